"""Each DuckDB gap of GX, fixed: a tiny table made for it, one suite through `check`.

tests/test_gx_duckdb_fix.py shows the same gaps on plain GX (so it fails when an upgrade makes
a fix unnecessary); here each fix must give the right verdict and the right rows.
"""

from __future__ import annotations

import datetime as dt
import textwrap

import duckdb
import pytest

from validation import pipeline


@pytest.fixture(scope="module")
def outcome(tmp_path_factory):
    folder = tmp_path_factory.mktemp("gaps")
    db = folder / "gaps.duckdb"
    now = dt.datetime.now()
    with duckdb.connect(str(db)) as con:
        con.execute("""
            CREATE TABLE t (name VARCHAR, code TEXT, n INTEGER, big BIGINT, x DOUBLE,
                            flag BOOLEAN, empty VARCHAR, doc VARCHAR, day VARCHAR,
                            loose VARCHAR, seen TIMESTAMP, obj VARCHAR)""")
        con.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            ("apple", "a_1", 1, 10, 1.5, True, None, '{"a": 1}', "2024-02-28",
             "1 March 2024", now - dt.timedelta(days=1), '{"a": 1}'),
            ("banana", "b%2", 2, 20, 2.5, False, None, '{"a": "x"}', "2024-02-30",
             "yesterday-ish", now - dt.timedelta(days=400), '{"a": "x"}'),
            ("avocado", "a_3", None, 30, None, True, None, "not json", None,
             "2024/03/01", dt.datetime(1999, 1, 1), None),
        ])
    suite = folder / "gaps.yml"
    suite.write_text(textwrap.dedent("""\
        suite: gaps
        table: t
        expectations:
          - {type: expect_column_values_to_match_like_pattern, id: like,
             kwargs: {column: name, like_pattern: 'a%'}}
          - {type: expect_column_values_to_not_match_like_pattern_list, id: not-like,
             kwargs: {column: code, like_pattern_list: ['b%']}}
          - {type: expect_column_values_to_be_of_type, id: text-is-varchar,
             kwargs: {column: code, type_: TEXT}}
          - {type: expect_column_values_to_be_of_type, id: integer-is-not-bigint,
             kwargs: {column: n, type_: BIGINT}}
          - {type: expect_column_values_to_be_in_type_list, id: double,
             kwargs: {column: x, type_list: [DOUBLE_PRECISION]}}
          - {type: expect_column_mean_to_be_between, id: mean-of-boolean,
             kwargs: {column: flag, min_value: 0.6, max_value: 0.7}}
          - {type: expect_column_mean_to_be_between, id: mean-of-nothing,
             kwargs: {column: empty, min_value: 0}}
          - {type: expect_column_values_to_be_json_parseable, id: json,
             kwargs: {column: doc}}
          - {type: expect_column_values_to_match_json_schema, id: json-schema,
             kwargs: {column: obj, json_schema: {properties: {a: {type: integer}}}}}
          - {type: expect_column_values_to_match_json_schema, id: json-schema-of-not-json,
             kwargs: {column: doc, json_schema: {}}}
          - {type: expect_column_values_to_match_strftime_format, id: strftime,
             kwargs: {column: day, strftime_format: '%Y-%m-%d'}}
          - {type: expect_column_values_to_match_strftime_format, id: strftime-not-text,
             kwargs: {column: n, strftime_format: '%Y'}}
          - {type: expect_column_values_to_be_dateutil_parseable, id: dateutil,
             kwargs: {column: loose}}
          - {type: expect_column_values_to_be_between, id: within-a-year,
             kwargs: {column: seen, min_value: {$PARAMETER: now() - timedelta(weeks=52)},
                      max_value: {$PARAMETER: now()}}}
          - {type: expect_column_values_to_be_between, id: this-century,
             kwargs: {column: seen, min_value: {$PARAMETER: 'datetime(2000, 1, 1)'}}}
          - {type: expect_column_kl_divergence_to_be_less_than, id: cannot-plan,
             kwargs: {column: x, partition_object: {bins: [0, 1]}, threshold: 0.1}}
        """))
    return pipeline.check(db, [suite])


def result(outcome, spec_id):
    return next(r for r in outcome.suite_results[0].results if r.spec.id == spec_id)


def values(outcome, spec_id, column):
    found = result(outcome, spec_id)
    assert found.error is None, found.error
    return found.status, sorted(str(row[column]) for row in found.rows)


def test_like_patterns_run_on_duckdb(outcome):
    assert values(outcome, "like", "name") == ("failed", ["banana"])
    assert values(outcome, "not-like", "code") == ("failed", ["b%2"])


def test_column_types_are_known_by_duckdb_names(outcome):
    assert result(outcome, "text-is-varchar").status == "passed"
    assert result(outcome, "integer-is-not-bigint").status == "failed"
    assert result(outcome, "integer-is-not-bigint").observed_value == "INTEGER"
    assert result(outcome, "double").status == "passed"


def test_mean_of_a_boolean_and_of_an_empty_text_column(outcome):
    mean = result(outcome, "mean-of-boolean")
    assert (mean.status, mean.observed_value) == ("passed", pytest.approx(2 / 3))
    nothing = result(outcome, "mean-of-nothing")
    assert (nothing.status, nothing.error, nothing.observed_value) == ("failed", None, None)


def test_json_checks_without_pandas(outcome):
    assert values(outcome, "json", "doc") == ("failed", ["not json"])
    assert values(outcome, "json-schema", "obj") == ("failed", ['{"a": "x"}'])
    # as in GX's pandas implementation, text that is not JSON at all is an error
    not_json = result(outcome, "json-schema-of-not-json")
    assert not_json.status == "error" and "JSONDecodeError" in not_json.error


def test_strftime_and_dateutil_as_python_reads_them(outcome):
    assert values(outcome, "strftime", "day") == ("failed", ["2024-02-30"])
    assert values(outcome, "dateutil", "loose") == ("failed", ["yesterday-ish"])
    not_text = result(outcome, "strftime-not-text")
    assert not_text.status == "error" and "must be of type string" in not_text.error


def test_gx_date_expressions_are_evaluated(outcome):
    status, rows = values(outcome, "within-a-year", "seen")
    assert status == "failed" and len(rows) == 2 and rows[0].startswith("1999-01-01")
    status, rows = values(outcome, "this-century", "seen")
    assert status == "failed" and len(rows) == 1 and rows[0].startswith("1999-01-01")


def test_an_expectation_gx_cannot_plan_is_an_error_and_the_rest_still_run(outcome):
    broken = result(outcome, "cannot-plan")
    assert broken.status == "error" and "partition_object" in broken.error
    assert len(outcome.suite_results[0].results) == 16


def test_reflection_reads_duckdb_types(outcome, tmp_path):
    import sqlalchemy as sa

    db = tmp_path / "types.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("CREATE TABLE t (a INTEGER PRIMARY KEY, b DOUBLE, c REAL, d VARCHAR, "
                    "e BIGINT, f DECIMAL(9,3), g INTEGER[], h TIMESTAMP WITH TIME ZONE)")
        con.execute("CREATE VIEW v AS SELECT d, b * 2 AS twice FROM t")
        con.execute("CREATE SCHEMA other; CREATE TABLE other.t (z DATE)")
    engine = sa.create_engine(f"duckdb:///{db}")
    inspector = sa.inspect(engine)
    columns = {c["name"]: c["type"] for c in inspector.get_columns("t")}
    view = {c["name"]: type(c["type"]) for c in inspector.get_columns("v")}
    other = [c["name"] for c in inspector.get_columns("t", schema="other")]
    keys = inspector.get_pk_constraint("t")["constrained_columns"]
    view_keys = inspector.get_pk_constraint("v")
    with pytest.raises(sa.exc.NoSuchTableError):
        inspector.get_columns("absent")
    engine.dispose()
    assert list(columns) == ["a", "b", "c", "d", "e", "f", "g", "h"]  # in the table's order
    assert {name: type(kind) for name, kind in columns.items()} == {
        "a": sa.INTEGER, "b": sa.DOUBLE, "c": sa.REAL, "d": sa.VARCHAR, "e": sa.BIGINT,
        "f": sa.NUMERIC, "g": sa.types.NullType, "h": sa.TIMESTAMP}
    assert (columns["f"].precision, columns["f"].scale) == (9, 3)
    assert view == {"d": sa.VARCHAR, "twice": sa.DOUBLE}
    assert other == ["z"] and keys == ["a"]
    assert view_keys["constrained_columns"] == []

