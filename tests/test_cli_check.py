"""`check`: any DuckDB file, any suite, read-only, JSON out."""

from __future__ import annotations

import hashlib
import json
import textwrap

import duckdb
import pytest

from tests.conftest import TODAY

SUITE = textwrap.dedent("""\
    suite: sales
    table: sales
    row_id: order_id
    expectations:
      - type: expect_column_values_to_not_be_null
        id: amount-present
        kwargs: {column: amount}
      - type: expect_column_values_to_be_between
        id: amount-positive
        severity: warning
        kwargs: {column: amount, min_value: 0}
      - type: unexpected_rows_expectation
        id: no-orders-from-the-future
        description: Orders are not dated after the run.
        kwargs:
          unexpected_rows_query: "SELECT order_id, day FROM {batch} WHERE day > DATE '2026-01-01'"
    """)


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "shop.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("""CREATE TABLE sales AS SELECT * FROM (VALUES
            (1, 10.0, DATE '2025-01-01'), (2, NULL, DATE '2025-01-02'),
            (3, -4.0, DATE '2027-01-01')) v(order_id, amount, day)""")
    (tmp_path / "sales.yml").write_text(SUITE)
    return path


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_check_reports_failures_as_json_and_leaves_the_database_alone(invoke, database, tmp_path):
    before = digest(database)
    out = tmp_path / "out" / "results.json"
    result = invoke("check", "--db", database, "--suite", tmp_path / "sales.yml",
                    "--json", out, "--today", TODAY)
    assert result.exit_code == 1
    assert "ERROR   sales/amount-present: 1 unexpected" in result.stdout
    assert "WARNING sales/amount-positive: 1 unexpected" in result.stdout
    document = json.loads(out.read_text())
    statuses = {e["id"]: e["status"] for e in document["suites"][0]["expectations"]}
    assert statuses == {"amount-present": "failed", "amount-positive": "failed",
                        "no-orders-from-the-future": "failed"}
    future = next(e for e in document["suites"][0]["expectations"]
                  if e["id"] == "no-orders-from-the-future")
    assert future["sample_rows"] == [{"order_id": 3, "day": "2027-01-01"}]
    assert digest(database) == before
    with duckdb.connect(str(database)) as con:  # GX let go of the file
        assert con.execute("SELECT count(*) FROM sales").fetchone() == (3,)


def test_check_json_to_stdout_is_pure_json(invoke, database, tmp_path):
    result = invoke("check", "--db", database, "--suite", tmp_path / "sales.yml", "--json", "-")
    assert json.loads(result.stdout)["verdict"] == "fail"


def test_check_with_a_missing_database_exits_2(invoke, tmp_path):
    (tmp_path / "sales.yml").write_text(SUITE)
    result = invoke("check", "--db", tmp_path / "none.duckdb", "--suite", tmp_path / "sales.yml")
    assert result.exit_code == 2 and "does not exist" in result.stderr


def test_check_on_a_missing_table_is_an_error_not_a_pass(invoke, database, tmp_path):
    (tmp_path / "other.yml").write_text(SUITE.replace("table: sales", "table: orders"))
    result = invoke("check", "--db", database, "--suite", tmp_path / "other.yml")
    assert result.exit_code == 2
    assert "table 'orders' cannot be read" in result.stderr
    assert "tables in shop.duckdb: sales" in result.stderr


def test_a_suite_reading_a_table_an_older_run_did_not_write_says_how_to_build_it(
        invoke, database, tmp_path):
    """A database from before the compare stage wrote claim_comparisons: the expectation
    could not run, and says to run the validator on the database, not DuckDB's words."""
    suite = tmp_path / "later.yml"
    suite.write_text(textwrap.dedent("""\
        suite: later
        table: sales
        expectations:
          - type: unexpected_rows_expectation
            id: pairs-agree
            kwargs:
              unexpected_rows_query: "SELECT c.* FROM {batch} JOIN claim_comparisons c ON true"
        """))
    result = invoke("check", "--db", database, "--suite", suite)
    assert result.exit_code == 2
    assert "the database has no table claim_comparisons" in result.stdout
    assert "python -m validation run" in result.stdout
