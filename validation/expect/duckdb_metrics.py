"""DuckDB answers for the GX column metrics that GX 1.x computes only in pandas and Spark.

GX's expect_column_values_to_be_json_parseable, _match_json_schema, _match_strftime_format
and _dateutil_parseable have no SQL implementation: on any SQL datasource they fail with "No
provider found for column_values.X ... using SqlAlchemyExecutionEngine". Each class below
registers the SQL condition of one such metric under GX's own metric name, so suites name the
expectations exactly as GX spells them.

The conditions are DuckDB SQL; on another SQL dialect they raise and the expectation reports
an error, as it did before. JSON Schema and dateutil have no SQL equivalent: DuckDB calls a
Python function for them, the same one GX's pandas implementation uses, so the verdicts match
row for row (text that is not JSON at all is an error, as in GX).

Imported by validation.expect.gx_duckdb.apply_duckdb_fixes (it imports GX).
"""

from __future__ import annotations

import json
from datetime import datetime

import sqlalchemy as sa
from great_expectations.execution_engine import SqlAlchemyExecutionEngine
from great_expectations.expectations.metrics.map_metric_provider import (
    ColumnMapMetricProvider,
    column_condition_partial,
)

# The Python functions DuckDB calls, registered on each connection the first time a metric
# needs them (a read-only DuckDB connection accepts functions: they live in memory).
_JSON_SCHEMA_FUNCTION = "gx_matches_json_schema"
_DATEUTIL_FUNCTION = "gx_dateutil_parseable"
_STRING_TYPES = ("VARCHAR", "JSON")


def _require_duckdb(dialect, what: str) -> None:
    name = getattr(getattr(dialect, "dialect", dialect), "name", None)
    if name != "duckdb":
        raise NotImplementedError(f"{what} is implemented in SQL for DuckDB only, not {name}")


class ColumnValuesJsonParseableInDuckDB(ColumnMapMetricProvider):
    """column_values.json_parseable: a text that DuckDB's JSON reader accepts (a number column
    is not JSON text, as json.loads refuses a number)."""

    condition_metric_name = "column_values.json_parseable"

    @column_condition_partial(engine=SqlAlchemyExecutionEngine)
    def _sqlalchemy(cls, column, _dialect, **kwargs):
        _require_duckdb(_dialect, "expect_column_values_to_be_json_parseable")
        return sa.case(
            (sa.func.typeof(column).in_(_STRING_TYPES),
             sa.func.coalesce(sa.func.json_valid(sa.cast(column, sa.String)), sa.false())),
            else_=sa.false())


class ColumnValuesMatchStrftimeFormatInDuckDB(ColumnMapMetricProvider):
    """column_values.match_strftime_format: DuckDB's try_strptime, whose format codes are
    Python's; a format that cannot round-trip a date is refused, as GX refuses it."""

    condition_metric_name = "column_values.match_strftime_format"
    condition_value_keys = ("strftime_format",)

    @column_condition_partial(engine=SqlAlchemyExecutionEngine)
    def _sqlalchemy(cls, column, _dialect, strftime_format, **kwargs):
        _require_duckdb(_dialect, "expect_column_values_to_match_strftime_format")
        try:
            datetime.strptime(datetime.now().strftime(strftime_format), strftime_format)  # noqa: DTZ005, DTZ007
        except ValueError as exc:
            raise ValueError(f"Unable to use provided strftime_format: {exc}") from exc
        return sa.and_(_string_only(column, "expect_column_values_to_match_strftime_format"),
                       sa.func.try_strptime(sa.cast(column, sa.String),
                                            sa.literal(strftime_format)).isnot(None))


class ColumnValuesMatchJsonSchemaInDuckDB(ColumnMapMetricProvider):
    """column_values.match_json_schema: jsonschema.validate on each value, called by DuckDB."""

    condition_metric_name = "column_values.match_json_schema"
    condition_value_keys = ("json_schema",)

    @column_condition_partial(engine=SqlAlchemyExecutionEngine)
    def _sqlalchemy(cls, column, _dialect, _execution_engine, json_schema, **kwargs):
        _require_duckdb(_dialect, "expect_column_values_to_match_json_schema")
        import jsonschema

        jsonschema.validators.validator_for(json_schema).check_schema(json_schema)
        _register(_execution_engine, _JSON_SCHEMA_FUNCTION, _matches_json_schema,
                  ["VARCHAR", "VARCHAR"])
        return sa.func.gx_matches_json_schema(sa.cast(column, sa.String),
                                              sa.literal(json.dumps(json_schema)))


class ColumnValuesDateutilParseableInDuckDB(ColumnMapMetricProvider):
    """column_values.dateutil_parseable: dateutil's parser on each text, called by DuckDB."""

    condition_metric_name = "column_values.dateutil_parseable"

    @column_condition_partial(engine=SqlAlchemyExecutionEngine)
    def _sqlalchemy(cls, column, _dialect, _execution_engine, **kwargs):
        _require_duckdb(_dialect, "expect_column_values_to_be_dateutil_parseable")
        _register(_execution_engine, _DATEUTIL_FUNCTION, _dateutil_parseable, ["VARCHAR"])
        return sa.and_(_string_only(column, "expect_column_values_to_be_dateutil_parseable"),
                       sa.func.gx_dateutil_parseable(sa.cast(column, sa.String)))


def _string_only(column, expectation: str):
    """True for a text column; for any other type an error naming the expectation, as GX's
    pandas implementation raises for values that are not strings."""
    message = (f"Values passed to {expectation} must be of type string; this column is not "
               "text. Validate dates or timestamps before converting them from text.")
    return sa.case((sa.func.typeof(column).in_(_STRING_TYPES), sa.true()),
                   else_=sa.func.error(sa.literal(message)))


def _matches_json_schema(value: str, schema: str) -> bool:
    import jsonschema

    try:
        jsonschema.validate(json.loads(value), json.loads(schema))
    except jsonschema.ValidationError:
        return False
    return True


def _dateutil_parseable(value: str) -> bool:
    from dateutil.parser import parse

    try:
        parse(value)
    except (ValueError, OverflowError):
        return False
    return True


def _register(execution_engine, name: str, function, parameters: list[str]) -> None:
    """Register a Python function on the DuckDB connection GX queries, once per connection."""
    with execution_engine.get_connection() as connection:
        raw = connection.connection.dbapi_connection
        registered = getattr(raw, "_gx_functions", None)
        if registered is None:
            registered = set()
            # duckdb-engine's connection wrapper forwards unknown attributes to DuckDB's
            object.__setattr__(raw, "_gx_functions", registered)
        if name in registered:
            return
        raw.create_function(name, function, parameters, "BOOLEAN")
        registered.add(name)
