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
    5. Column types: SQLAlchemy 2.1's PostgreSQL reflection, which duckdb-engine inherits,
       reads pg_catalog.pg_collation, which DuckDB lacks, so GX saw columns without types.
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
    reflect_duckdb_column_types()
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

    for name in _REGEX_MODULES:
        module = importlib.import_module(name)
        original = module.get_dialect_regex_expression
        if getattr(original, "_knows_duckdb", False):
            continue

        def regex_expression(column, regex, dialect, positive=True, _original=original):
            dialect_name = getattr(getattr(dialect, "dialect", dialect), "name", None)
            if dialect_name == "duckdb":
                matches = sa.func.regexp_matches(column, sa.literal(regex))
                return matches if positive else sa.not_(matches)
            return _original(column, regex, dialect, positive)

        regex_expression._knows_duckdb = True
        module.get_dialect_regex_expression = regex_expression


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

    for name in _LIKE_MODULES:
        module = importlib.import_module(name)
        original = module.get_dialect_like_pattern_expression
        if getattr(original, "_knows_duckdb", False):
            continue

        def like_expression(column, dialect, like_pattern, positive=True, escape=None,
                            _original=original):
            dialect_name = getattr(getattr(dialect, "dialect", dialect), "name", None)
            if dialect_name == "duckdb":
                like = column.like(sa.literal(like_pattern), escape=escape)
                return like if positive else sa.not_(like)
            return _original(column, dialect, like_pattern, positive, escape)

        like_expression._knows_duckdb = True
        module.get_dialect_like_pattern_expression = like_expression


def reflect_duckdb_column_types() -> None:
    """Fix 5: column reflection on DuckDB under SQLAlchemy 2.1.

    duckdb-engine reflects columns with SQLAlchemy's PostgreSQL query, which since 2.1 asks
    pg_catalog.pg_collation (absent in DuckDB) for each column's collation and passes enums
    and domains to _get_columns_info differently. The query is kept, its collation column
    replaced by NULL (DuckDB has no per-column collation in that catalog), and the columns are
    read with 2.1's signature; DuckDB has no domains, so none are looked up.
    """
    import duckdb_engine
    from sqlalchemy import sql
    from sqlalchemy.dialects.postgresql.base import _NamedTypeLoader

    dialect = duckdb_engine.Dialect
    if getattr(dialect.get_multi_columns, "_reads_duckdb", False):
        return

    class NoDomains(_NamedTypeLoader):
        domains: dict = {}  # noqa: RUF012 - shadows the loader's query of pg_collation

    def get_multi_columns(self, connection, schema=None, filter_names=None, scope=None,
                          kind=None, **kw):
        has_filter_names, params = self._prepare_filter_names(filter_names)
        query = self._columns_query(schema, has_filter_names, scope, kind)
        query = query.with_only_columns(
            *[sql.null().label("collation") if column.name == "collation" else column
              for column in query.selected_columns], maintain_column_froms=False)
        # a list first: duckdb-engine shares one cursor per connection
        rows = list(connection.execute(query, params).mappings())
        return self._get_columns_info(rows, NoDomains(self, connection, kw), schema).items()

    get_multi_columns._reads_duckdb = True
    dialect.get_multi_columns = get_multi_columns
    # DuckDB's own type names (pg_catalog.format_type spells them int4, float8, varchar, ...)
    # as the SQL types they are: duckdb-engine reflects int4 as the generic Integer and both
    # float4 and float8 as FLOAT, so a DOUBLE could not be told from a REAL.
    dialect.ischema_names = {**dialect.ischema_names, **_reflected_types()}

    from great_expectations.expectations import type_comparison

    original = type_comparison._get_dialect_type_module
    if not getattr(original, "_knows_duckdb", False):
        def type_module(execution_engine, _original=original):
            if execution_engine.dialect_name == "duckdb":
                return _DuckDBTypeNames("duckdb_type_names")
            return _original(execution_engine)

        type_module._knows_duckdb = True
        type_comparison._get_dialect_type_module = type_module


def _reflected_types() -> dict:
    import sqlalchemy as sa

    return {"int4": sa.INTEGER, "int8": sa.BIGINT, "int2": sa.SMALLINT, "float4": sa.REAL,
            "float8": sa.DOUBLE, "varchar": sa.VARCHAR, "bool": sa.BOOLEAN}


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
