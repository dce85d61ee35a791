"""Great Expectations and SQLAlchemy made correct on DuckDB: each fix here answers one gap.

GX and duckdb-engine are pinned exactly because these touch private names;
tests/test_gx_duckdb_fix.py shows each gap on plain GX, so it fails when an upgrade makes a fix
unnecessary, and tests/test_duckdb_gaps.py shows each fix working on a tiny table.
Imported only when suites run (it imports GX).
"""

from __future__ import annotations

import importlib
import types


class _DuckDBDialect:
    """Stands for DuckDB in GX's list of dialects that keep one persistent connection."""

    value = "duckdb"

    def __eq__(self, other: object) -> bool:
        return str(getattr(other, "value", other)).lower() == "duckdb"

    def __hash__(self) -> int:
        return hash(self.value)


def apply_duckdb_fixes() -> None:
    """Make GX correct on DuckDB. Idempotent; GX is pinned exactly because these touch private
    names, and tests/test_gx_duckdb_fix.py fails if any of them stops being needed or working.

    1. One persistent connection, as GX keeps for sqlite: otherwise GX fetches rows after
       `with engine.connect()` has closed; in duckdb-engine the cursor is the connection, so the
       rows are gone and every expectation fails with `MetricResolutionError: list index out of
       range` (GX #10738, #11579; duckdb-engine #734, #1087).
    2. A rollback after a failed query, so one broken expectation does not abort the rest.
    3. A regex expression for DuckDB, which GX does not recognise.
    4. A LIKE expression for DuckDB, for the same reason.
    5. Column types and primary keys: SQLAlchemy 2.1's PostgreSQL reflection, which
       duckdb-engine inherits, asks DuckDB's emulated catalog for what it lacks (pg_collation,
       REGCLASS), so GX saw columns without types; DuckDB's own catalog is read instead.
    6. The mean of a BOOLEAN column: GX averages `1.0 * column`, which DuckDB refuses for a
       BOOLEAN (and for a VARCHAR column of NULLs); DuckDB averages the column cast to DOUBLE.
    7. SQL metrics GX lacks (JSON parseable, JSON schema, strftime, dateutil): registered by
       importing validation.expect.duckdb_metrics.
    8. Quantiles: GX sets an expectation's quantiles on its metric after the metric's id was
       computed, so two quantile expectations of one column in one suite share one metric
       and the second reads the first's values (`list index out of range`, on any backend).
    """
    keep_one_duckdb_connection()
    roll_back_failed_duckdb_queries()
    teach_duckdb_regex()
    teach_duckdb_like()
    reflect_duckdb_catalog()
    average_duckdb_columns_as_double()
    importlib.import_module("validation.expect.duckdb_metrics")
    identify_quantile_metrics_by_their_quantiles()


def identify_quantile_metrics_by_their_quantiles() -> None:
    """Fix 8: the quantile metric made again once its quantiles are set, so its id has them."""
    from great_expectations.expectations.core import expect_column_quantile_values_to_be_between
    from great_expectations.validator.metric_configuration import MetricConfiguration

    expectation = expect_column_quantile_values_to_be_between.ExpectColumnQuantileValuesToBeBetween
    original = expectation.get_validation_dependencies
    if getattr(original, "_identifies_quantiles", False):
        return

    def get_validation_dependencies(self, *args, **kwargs):
        dependencies = original(self, *args, **kwargs)
        metric = dependencies.get_metric_configuration("column.quantile_values")
        dependencies.set_metric_configuration("column.quantile_values", MetricConfiguration(
            metric.metric_name, dict(metric.metric_domain_kwargs),
            dict(metric.metric_value_kwargs)))
        return dependencies

    get_validation_dependencies._identifies_quantiles = True
    expectation.get_validation_dependencies = get_validation_dependencies


def keep_one_duckdb_connection() -> None:
    """Fix 1: add DuckDB to GX's dialects that keep one persistent connection."""
    from great_expectations.execution_engine import sqlalchemy_execution_engine as engine

    dialects = engine._PERSISTED_CONNECTION_DIALECTS
    if not any(d == "duckdb" for d in dialects):
        engine._PERSISTED_CONNECTION_DIALECTS = (*dialects, _DuckDBDialect())


def roll_back_failed_duckdb_queries() -> None:
    """Fix 2: roll the persistent connection back after a failed query (see _rolling_back)."""
    from great_expectations.execution_engine import sqlalchemy_execution_engine as engine

    executor = engine.SqlAlchemyExecutionEngine
    if not getattr(executor._execute_query_with_recovery, "_rolls_back_duckdb", False):
        executor._execute_query_with_recovery = staticmethod(
            _rolling_back(executor._execute_query_with_recovery))


# GX modules that build regex conditions through util.get_dialect_regex_expression.
_REGEX_MODULES = (
    "great_expectations.expectations.metrics.column_map_metrics.column_values_match_regex",
    "great_expectations.expectations.metrics.column_map_metrics.column_values_not_match_regex",
    "great_expectations.expectations.metrics.column_map_metrics.column_values_match_regex_list",
    "great_expectations.expectations.metrics.column_map_metrics."
    "column_values_not_match_regex_list",
    "great_expectations.expectations.metrics.column_aggregate_metrics."
    "column_values_match_regex_values",
    "great_expectations.expectations.metrics.column_aggregate_metrics."
    "column_values_not_match_regex_values",
)


def teach_duckdb_regex() -> None:
    """Fix 3: give GX's regex expectations a DuckDB expression (GX raises 'Regex is not supported').

    GX recognises PostgreSQL by the psycopg2 dialect class, which SQLAlchemy 2.1 no longer
    makes the default, so duckdb-engine's dialect matches no branch. DuckDB's `~` is a full
    match, unlike PostgreSQL's, so the partial-match function regexp_matches is used instead.
    """
    import sqlalchemy as sa

    def on_duckdb(column, regex, dialect, positive=True):
        matches = sa.func.regexp_matches(column, sa.literal(regex))
        return matches if positive else sa.not_(matches)

    _answer_for_duckdb(_REGEX_MODULES, "get_dialect_regex_expression", on_duckdb,
                       lambda column, regex, dialect, positive=True: dialect)


def _answer_for_duckdb(modules: tuple[str, ...], function: str, on_duckdb, dialect_of) -> None:
    """Replace `function` in each of GX's `modules` by one that answers with `on_duckdb` when
    the dialect (`dialect_of` the arguments) is DuckDB and with GX's own otherwise. Idempotent."""
    for name in modules:
        module = importlib.import_module(name)
        original = getattr(module, function)
        if getattr(original, "_knows_duckdb", False):
            continue

        def expression(*args, _original=original, **kwargs):
            dialect = dialect_of(*args, **kwargs)
            if getattr(getattr(dialect, "dialect", dialect), "name", None) == "duckdb":
                return on_duckdb(*args, **kwargs)
            return _original(*args, **kwargs)

        expression._knows_duckdb = True
        setattr(module, function, expression)


def _rolling_back(execute):
    """Roll the persistent DuckDB connection back after a failed query, then re-raise.

    With one persistent connection, a query that fails (say, a range check on a text column)
    leaves DuckDB's transaction aborted, and every later query of the suite would fail with
    "Current transaction is aborted". GX only recovers from SQLAlchemy's PendingRollbackError,
    which duckdb-engine never raises; one bad expectation must not fail its neighbours.
    """
    from sqlalchemy.exc import DBAPIError

    def execute_with_rollback(connection, query):
        try:
            return execute(connection, query)
        except DBAPIError:
            if connection.dialect.name == "duckdb":
                connection.rollback()
            raise

    execute_with_rollback._rolls_back_duckdb = True
    return execute_with_rollback


# GX modules that build LIKE conditions through util.get_dialect_like_pattern_expression.
_LIKE_MODULES = (
    "great_expectations.expectations.metrics.column_map_metrics.column_values_match_like_pattern",
    "great_expectations.expectations.metrics.column_map_metrics."
    "column_values_not_match_like_pattern",
    "great_expectations.expectations.metrics.column_map_metrics."
    "column_values_match_like_pattern_list",
    "great_expectations.expectations.metrics.column_map_metrics."
    "column_values_not_match_like_pattern_list",
)


def teach_duckdb_like() -> None:
    """Fix 4: give GX's LIKE expectations a DuckDB expression (GX raises 'Like patterns are not
    supported for dialect duckdb'): the same PostgreSQL-by-psycopg2 test as regex. DuckDB's
    LIKE is PostgreSQL's, with the ESCAPE clause GX may ask for."""
    import sqlalchemy as sa

    def on_duckdb(column, dialect, like_pattern, positive=True, escape=None):
        like = column.like(sa.literal(like_pattern), escape=escape)
        return like if positive else sa.not_(like)

    _answer_for_duckdb(_LIKE_MODULES, "get_dialect_like_pattern_expression", on_duckdb,
                       lambda column, dialect, like_pattern, positive=True, escape=None: dialect)


def reflect_duckdb_catalog() -> None:
    """Fix 5: tables reflected from DuckDB's own catalog.

    duckdb-engine reflects through DuckDB's emulation of PostgreSQL's catalog with SQLAlchemy
    2.1's queries: the column query reads pg_catalog.pg_collation and the primary-key query
    casts to REGCLASS, neither of which DuckDB has, so GX saw columns without types and every
    validation paid a failing key query; the emulated catalog is also slow (about 50 ms a
    table). duckdb_columns() and duckdb_constraints() answer both in a few milliseconds.
    """
    import duckdb_engine

    dialect = duckdb_engine.Dialect
    if getattr(dialect.get_multi_columns, "_reads_duckdb", False):
        return

    def get_multi_columns(self, connection, schema=None, filter_names=None, **kw):
        tables: dict[tuple, list[dict]] = {}
        for row in _catalog_rows(connection, "duckdb_columns()",
                                 "column_name, data_type, is_nullable, column_default",
                                 schema, filter_names, order="column_index"):
            table, name, data_type, nullable, default = row
            tables.setdefault((schema, table), []).append({
                "name": name, "type": _duckdb_type(data_type), "nullable": nullable,
                "default": default, "autoincrement": False, "comment": None})
        return tables.items()

    def get_multi_pk_constraint(self, connection, schema=None, filter_names=None, **kw):
        keys = {(schema, table): {"name": None, "constrained_columns": [], "comment": None}
                for (table,) in _catalog_rows(connection, _TABLES_AND_VIEWS, None, schema,
                                              filter_names)}
        for table, name, columns in _catalog_rows(
                connection, "duckdb_constraints()", "constraint_name, constraint_column_names",
                schema, filter_names, where="constraint_type = 'PRIMARY KEY'"):
            keys[(schema, table)] = {"name": name, "constrained_columns": list(columns),
                                     "comment": None}
        return keys.items()

    get_multi_columns._reads_duckdb = True
    dialect.get_multi_columns = get_multi_columns
    dialect.get_multi_pk_constraint = get_multi_pk_constraint

    from great_expectations.expectations import type_comparison

    original = type_comparison._get_dialect_type_module
    if not getattr(original, "_knows_duckdb", False):
        def type_module(execution_engine, _original=original):
            if execution_engine.dialect_name == "duckdb":
                return _DuckDBTypeNames("duckdb_type_names")
            return _original(execution_engine)

        type_module._knows_duckdb = True
        type_comparison._get_dialect_type_module = type_module


# every relation a key can be asked of: views have none, as in PostgreSQL
_TABLES_AND_VIEWS = ("(SELECT DISTINCT database_name, schema_name, table_name "
                     "FROM duckdb_columns())")


def _catalog_rows(connection, function: str, columns: str | None, schema: str | None,
                  filter_names, where: str = "true", order: str = "table_name") -> list[tuple]:
    """(table_name, *columns) rows of one DuckDB catalog function, for one schema (the current
    one when None) and, when given, only the named tables."""
    from sqlalchemy import bindparam, text

    names = sorted(filter_names) if filter_names else None
    query = (f"SELECT table_name{', ' + columns if columns else ''} FROM {function} "
             f"WHERE {where} AND database_name = current_database() "
             "AND schema_name = coalesce(:schema, current_schema())"
             f"{' AND table_name IN :names' if names else ''} ORDER BY table_name, {order}")
    statement = text(query).bindparams(schema=schema)
    if names:
        statement = statement.bindparams(bindparam("names", names, expanding=True))
    # a list first: duckdb-engine shares one cursor per connection
    return [tuple(row) for row in connection.execute(statement).fetchall()]


def _duckdb_type(data_type: str):
    """The SQLAlchemy type of one of DuckDB's type names (duckdb_columns().data_type), as the
    PostgreSQL reflection read it where it could; nested and unknown types are NullType."""
    import sqlalchemy as sa
    from duckdb_engine import datatypes

    name, _, arguments = data_type.partition("(")
    if name == "DECIMAL":
        precision, scale = (int(part) for part in arguments.rstrip(")").split(","))
        return sa.NUMERIC(precision=precision, scale=scale)
    if name.startswith("ENUM"):
        return sa.Enum()
    simple = {
        "BOOLEAN": sa.BOOLEAN, "TINYINT": datatypes.TinyInteger, "SMALLINT": sa.SMALLINT,
        "INTEGER": sa.INTEGER, "BIGINT": sa.BIGINT, "HUGEINT": datatypes.HugeInteger,
        "UTINYINT": datatypes.UTinyInteger, "USMALLINT": datatypes.USmallInteger,
        "UINTEGER": datatypes.UInteger, "UBIGINT": datatypes.UBigInteger,
        "UHUGEINT": datatypes.UHugeInteger,
        # DuckDB's FLOAT is the 4-byte REAL; a DOUBLE must stay apart from it
        "FLOAT": sa.REAL, "DOUBLE": sa.DOUBLE, "VARCHAR": sa.VARCHAR, "JSON": sa.VARCHAR,
        "BLOB": sa.dialects.postgresql.BYTEA, "DATE": sa.DATE, "TIME": sa.TIME,
        "TIME WITH TIME ZONE": sa.TIME, "TIMESTAMP": sa.TIMESTAMP,
        "TIMESTAMP WITH TIME ZONE": sa.TIMESTAMP, "TIMESTAMP_S": sa.TIMESTAMP,
        "TIMESTAMP_MS": sa.TIMESTAMP, "TIMESTAMP_NS": sa.TIMESTAMP,
        "INTERVAL": sa.dialects.postgresql.INTERVAL, "UUID": sa.UUID,
        "BIT": sa.dialects.postgresql.BIT,
    }
    return simple.get(data_type, sa.types.NullType)()


# A type name in an expectation (type_, type_list), as DuckDB reads it: each alias DuckDB
# accepts for a type names the SQLAlchemy type that type is reflected as.
_DUCKDB_TYPE_ALIASES = {
    "INTEGER": ("INTEGER", "INT", "INT4", "SIGNED"),
    "BIGINT": ("BIGINT", "INT8", "LONG"),
    "SMALLINT": ("SMALLINT", "INT2", "SHORT"),
    "DOUBLE": ("DOUBLE", "DOUBLE_PRECISION", "FLOAT8"),
    "REAL": ("REAL", "FLOAT", "FLOAT4"),
    "VARCHAR": ("VARCHAR", "TEXT", "STRING", "CHAR", "BPCHAR", "NVARCHAR"),
    "BOOLEAN": ("BOOLEAN", "BOOL", "LOGICAL"),
    "TIMESTAMP": ("TIMESTAMP", "DATETIME"),
}


def _type_for(name: str):
    import sqlalchemy as sa

    for canonical, aliases in _DUCKDB_TYPE_ALIASES.items():
        if name.upper() in aliases:
            return getattr(sa, canonical)
    return getattr(sa, name)  # any other SQLAlchemy type name (Numeric, String, DATE, ...)


class _DuckDBTypeNames(types.ModuleType):
    """What GX's type comparison takes for a dialect's type module, for DuckDB."""

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return _type_for(name)


_AVERAGE_REGISTERED: list[bool] = []


def average_duckdb_columns_as_double() -> None:
    """Fix 6: GX's SQL mean is avg(1.0 * column); DuckDB has no `*` for DOUBLE and BOOLEAN
    (nor VARCHAR), where SQLite and PostgreSQL coerce. On DuckDB the column is cast to DOUBLE
    (true = 1.0, as pandas averages booleans); other dialects keep GX's own expression."""
    if _AVERAGE_REGISTERED:
        return
    import sqlalchemy as sa
    from great_expectations.execution_engine import SqlAlchemyExecutionEngine
    from great_expectations.expectations.metrics.column_aggregate_metric_provider import (
        ColumnAggregateMetricProvider,
        column_aggregate_partial,
    )

    class ColumnMeanOnDuckDB(ColumnAggregateMetricProvider):
        """column.mean for SQL, registered over GX's: a DOUBLE average on DuckDB."""

        metric_name = "column.mean"

        @column_aggregate_partial(engine=SqlAlchemyExecutionEngine)
        def _sqlalchemy(cls, column, _dialect, **kwargs):
            if getattr(_dialect, "name", None) == "duckdb":
                return sa.func.avg(sa.cast(column, sa.Double))
            return sa.func.avg(1.0 * column)  # GX's own (SQL Server needs the 1.0)

    _AVERAGE_REGISTERED.append(True)
