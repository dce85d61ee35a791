"""Guards for the GX-on-DuckDB fixes: a known-bad table must give exactly its failures.

If a test here fails after a GX, SQLAlchemy or duckdb-engine upgrade, either a fix stopped
working (the known-bad table no longer reports its rows) or it is no longer needed (the
upstream-bug test below says so): read validation/expect/gx_duckdb.py:apply_duckdb_fixes.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import duckdb
import pytest

from validation import pipeline


@pytest.fixture(scope="module")
def known_bad(tmp_path_factory):
    """A table with one defect per expectation, and a suite naming those expectations."""
    folder = tmp_path_factory.mktemp("known-bad")
    db = folder / "bad.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("""
            CREATE TABLE t AS SELECT * FROM (VALUES
                ('a', 'Almaty', 5,    'nl'),
                ('b', 'Astana', NULL, 'nl'),
                ('b', 'Shymkent', 7,  'en'),
                ('d', 'taraz',  250,  'xx')
            ) v(id, city, n, language)
        """)
    suite = folder / "bad.yml"
    suite.write_text(textwrap.dedent("""\
        suite: bad
        table: t
        row_id: id
        expectations:
          - {type: expect_column_values_to_be_unique, id: unique, kwargs: {column: id}}
          - {type: expect_column_values_to_not_be_null, id: present, kwargs: {column: n}}
          - {type: expect_column_values_to_be_between, id: range,
             kwargs: {column: n, min_value: 0, max_value: 100}}
          - {type: expect_column_values_to_be_between, id: broken-range, severity: warning,
             kwargs: {column: city, min_value: 0, max_value: 100}}
          - {type: expect_column_values_to_match_regex, id: capitalised,
             kwargs: {column: city, regex: '^[A-Z]'}}
          - {type: expect_column_values_to_be_in_set, id: language,
             kwargs: {column: language, value_set: [nl, en]}}
          - {type: expect_column_value_lengths_to_be_between, id: short-city,
             kwargs: {column: city, max_value: 6}}
          - {type: unexpected_rows_expectation, id: sql,
             kwargs: {unexpected_rows_query: "SELECT id FROM {batch} WHERE n > 6"}}
        """))
    return pipeline.check(db, [suite])


def unexpected(outcome, spec_id):
    result = next(r for r in outcome.suite_results[0].results if r.spec.id == spec_id)
    return result.status, sorted(json.dumps(row, sort_keys=True) for row in result.rows)


def rows(*items):
    return sorted(json.dumps(item, sort_keys=True) for item in items)


def test_each_defect_is_reported_with_its_rows(known_bad):
    assert unexpected(known_bad, "unique") == ("failed", rows({"id": "b"}, {"id": "b"}))
    assert unexpected(known_bad, "present") == ("failed", rows({"id": "b", "n": None}))
    assert unexpected(known_bad, "range") == ("failed", rows({"id": "d", "n": 250}))
    assert unexpected(known_bad, "capitalised") == ("failed", rows({"id": "d", "city": "taraz"}))
    assert unexpected(known_bad, "language") == ("failed", rows({"id": "d", "language": "xx"}))
    assert unexpected(known_bad, "short-city") == ("failed",
                                                   rows({"id": "b", "city": "Shymkent"}))
    assert unexpected(known_bad, "sql") == ("failed", rows({"id": "b"}, {"id": "d"}))


def test_a_broken_expectation_is_an_error_and_does_not_poison_the_others(known_bad):
    status, _ = unexpected(known_bad, "broken-range")
    assert status == "error"
    assert known_bad.exit_code == 2  # could not evaluate: configuration problem
    assert len(known_bad.suite_results[0].results) == 8


UPSTREAM_PROBE = textwrap.dedent("""
    import json, sys, duckdb, great_expectations as gx
    from validation.expect import gx_duckdb
    db, fixes = sys.argv[1], sys.argv[2:]
    for fix in fixes:
        getattr(gx_duckdb, fix)()
    with duckdb.connect(db) as con:
        con.execute("CREATE TABLE t AS SELECT * FROM (VALUES (1, 'a', true), (NULL, 'b', false))"
                    " v(n, s, b)")
    ctx = gx.get_context(mode="ephemeral")
    ds = ctx.data_sources.add_sql(name="d", connection_string="duckdb:///" + db)
    batch = ds.add_table_asset(name="t", table_name="t").add_batch_definition_whole_table("b")
    suite = ctx.suites.add(gx.ExpectationSuite(name="s"))
    suite.add_expectation(gx.expectations.ExpectColumnValuesToBeBetween(column="s", min_value=0))
    suite.add_expectation(gx.expectations.ExpectColumnValuesToNotBeNull(column="n"))
    suite.add_expectation(gx.expectations.ExpectColumnValuesToMatchRegex(column="s", regex="a"))
    suite.add_expectation(gx.expectations.ExpectColumnValuesToMatchLikePattern(
        column="s", like_pattern="a%"))
    suite.add_expectation(gx.expectations.ExpectColumnValuesToBeOfType(column="s", type_="TEXT"))
    suite.add_expectation(gx.expectations.ExpectColumnMeanToBeBetween(column="b", min_value=0))
    suite.add_expectation(gx.expectations.ExpectColumnValuesToBeJsonParseable(column="s"))
    vd = ctx.validation_definitions.add(gx.ValidationDefinition(name="v", data=batch, suite=suite))
    out = {}
    for r in vd.run().to_json_dict()["results"]:
        info = r["exception_info"]
        nested = [v for v in info.values() if isinstance(v, dict)] or [info]
        out[r["expectation_config"]["type"]] = " ".join(
            str(v.get("exception_message")) for v in nested) if not r["success"] else "passed"
    import sqlalchemy as sa
    for probe, reflect in (("reflection", "get_columns"), ("primary_key", "get_pk_constraint")):
        try:
            getattr(sa.inspect(sa.create_engine("duckdb:///" + db)), reflect)("t")
            out[probe] = "works"
        except Exception as exc:
            out[probe] = str(exc).splitlines()[0]
    print(json.dumps(out))
""")


def probe(folder, *fixes):
    folder.mkdir(parents=True, exist_ok=True)
    completed = subprocess.run(
        [sys.executable, "-c", UPSTREAM_PROBE, str(folder / "probe.duckdb"), *fixes],
        capture_output=True, text=True, timeout=300, check=True)
    return json.loads(completed.stdout.strip().splitlines()[-1])


def test_upstream_bugs_are_still_there_so_the_fixes_are_still_needed(tmp_path):
    """Plain GX loses the rows; with one connection, a failed query aborts the rest and regex
    is unsupported. When this fails, upstream fixed something: drop that part of the patch."""
    not_null, regex = "expect_column_values_to_not_be_null", "expect_column_values_to_match_regex"
    plain = probe(tmp_path / "a")
    assert "list index out of range" in plain[not_null]
    one_connection = probe(tmp_path / "b", "keep_one_duckdb_connection")
    assert "Current transaction is aborted" in one_connection[not_null]
    all_but_regex = probe(tmp_path / "c", "keep_one_duckdb_connection",
                          "roll_back_failed_duckdb_queries")
    assert "Current transaction is aborted" not in all_but_regex[not_null]
    assert "Regex is not supported for dialect duckdb" in all_but_regex[regex]
    # the gaps fixed since (gx_duckdb fixes 4 to 7), each seen on GX with only fixes 1 and 2
    assert "Like patterns are not supported for dialect duckdb" in all_but_regex[
        "expect_column_values_to_match_like_pattern"]
    assert "pg_catalog.pg_collation" in all_but_regex["reflection"]
    assert "REGCLASS" in all_but_regex["primary_key"]
    assert all_but_regex["expect_column_values_to_be_of_type"] == "'type'"
    assert "'*(DOUBLE, BOOLEAN)'" in all_but_regex["expect_column_mean_to_be_between"]
    assert "No provider found for column_values.json_parseable" in all_but_regex[
        "expect_column_values_to_be_json_parseable"]


def test_every_fix_together_answers_each_gap(tmp_path):
    """The same probe with apply_duckdb_fixes: no gap left, and a type is now known."""
    fixed = probe(tmp_path, "apply_duckdb_fixes")
    assert fixed["reflection"] == "works"
    assert fixed["primary_key"] == "works"
    assert fixed["expect_column_values_to_be_of_type"] == "passed"
    assert fixed["expect_column_mean_to_be_between"] == "passed"
    for name in ("expect_column_values_to_match_regex",
                 "expect_column_values_to_match_like_pattern",
                 "expect_column_values_to_be_json_parseable",
                 "expect_column_values_to_not_be_null"):
        assert fixed[name] == "None", (name, fixed[name])  # failed on its rows, no exception


QUANTILE_PROBE = textwrap.dedent("""
    import json, sys, duckdb, great_expectations as gx
    from validation.expect import gx_duckdb
    db, fixes = sys.argv[1], sys.argv[2:]
    for fix in fixes:
        getattr(gx_duckdb, fix)()
    with duckdb.connect(db) as con:
        con.execute("CREATE TABLE t AS SELECT range::DOUBLE AS n FROM range(10)")
    ctx = gx.get_context(mode="ephemeral")
    ds = ctx.data_sources.add_sql(name="d", connection_string="duckdb:///" + db)
    batch = ds.add_table_asset(name="t", table_name="t").add_batch_definition_whole_table("b")
    suite = ctx.suites.add(gx.ExpectationSuite(name="s"))
    for quantiles in ([0.0, 1.0], [0.0, 0.5, 1.0]):
        suite.add_expectation(gx.expectations.ExpectColumnQuantileValuesToBeBetween(
            column="n", quantile_ranges={"quantiles": quantiles,
                                         "value_ranges": [[0, 9]] * len(quantiles)}))
    results = batch.get_batch().validate(suite).to_json_dict()["results"]
    print(json.dumps([r["exception_info"].get("exception_message") or bool(r["success"])
                      for r in results]))
""")


def test_two_quantile_expectations_of_one_column_each_get_their_own_values(tmp_path):
    """Fix 8, not DuckDB's alone: GX gives both expectations one metric, so the second reads
    the first's two values. When plain GX passes both, drop the fix."""
    def probe_quantiles(name, *fixes):
        completed = subprocess.run(
            [sys.executable, "-c", QUANTILE_PROBE, str(tmp_path / f"{name}.duckdb"), *fixes],
            capture_output=True, text=True, timeout=300, check=True)
        return json.loads(completed.stdout.strip().splitlines()[-1])

    plain = probe_quantiles("plain", "keep_one_duckdb_connection")
    assert plain[0] is True and "list index out of range" in str(plain[1])
    assert probe_quantiles("fixed", "apply_duckdb_fixes") == [True, True]
