"""Suites cannot write or read outside the store: each way a probe found, run for real.

Every query of a suite runs on a DuckDB database opened read-only with external access off and
its configuration locked; a query holding a second statement is refused when the suite is read.
Each probe runs twice: as a suite expectation through GX (nothing may be written, no secret may
come back), and straight on GX's own connection (the reason DuckDB gives must be the sandbox:
GX runs each query in two metrics, and either one may report its error first).
"""

from __future__ import annotations

import dataclasses
import textwrap

import duckdb
import pytest

from validation.errors import SuiteError
from validation.expect.spec import parse_suite_text, statement_count

SECRET = "host-secret-7f3a"
DISABLED = "file system operations are disabled"
LOCKED = "the configuration has been locked"

# id: (query with {tmp} for the test's folder, what must not exist afterwards, DuckDB's reason)
PROBES = {
    "copy-to": ("COPY (SELECT * FROM {batch}) TO '{tmp}/copied.csv'", "copied.csv", DISABLED),
    "attach": ("ATTACH '{tmp}/attached.duckdb' AS elsewhere", "attached.duckdb", DISABLED),
    "install": ("INSTALL '{tmp}/fake.duckdb_extension'", "home/.duckdb", DISABLED),
    "read-text": ("SELECT content AS id FROM read_text('{tmp}/secret.txt')", None, DISABLED),
    "read-csv": ("SELECT * FROM read_csv('{tmp}/secret.csv')", None, DISABLED),
    "load": ("LOAD '{tmp}/fake.duckdb_extension'", None, "extensions is disabled"),
    # scripts of two statements as a probe wrote them, past the parser that now refuses them
    "second-statement": ("SELECT * FROM {batch} WHERE false; "
                         "COPY (SELECT * FROM t) TO '{tmp}/second.csv'", "second.csv", DISABLED),
    "attach-read": ("ATTACH '{tmp}/other.duckdb' AS other (READ_ONLY); "
                    "SELECT secret AS id FROM other.s", None, DISABLED),
    "set-back": ("SET enable_external_access = true; "
                 "SELECT content AS id FROM read_text('{tmp}/secret.txt')", None, LOCKED),
}


@pytest.fixture(scope="module")
def probe(tmp_path_factory):
    """Every probe as an expectation of one suite run by GX, and straight on GX's connection.
    Returns (folder, {id: expectation result}, {id: error of the direct execution})."""
    import sqlalchemy as sa

    from validation.expect.gx_runner import GXRunner

    tmp = tmp_path_factory.mktemp("sandbox")
    db = tmp / "store.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("CREATE TABLE t AS SELECT 1 AS id, 'text' AS body")
    with duckdb.connect(str(tmp / "other.duckdb")) as con:
        con.execute(f"CREATE TABLE s AS SELECT '{SECRET}' AS secret")
    (tmp / "secret.txt").write_text(SECRET)
    (tmp / "secret.csv").write_text(f"id\n{SECRET}\n")
    (tmp / "fake.duckdb_extension").write_bytes(b"\0" * 4096)
    (tmp / "home").mkdir()
    queries = {key: query.replace("{tmp}", str(tmp)) for key, (query, _, _) in PROBES.items()}
    entries = "".join(f"  - type: unexpected_rows_expectation\n    id: {key}\n    kwargs:\n"
                      f"      unexpected_rows_query: 'SELECT {n} FROM {{batch}}'\n"
                      for n, key in enumerate(queries))
    suite = parse_suite_text(f"suite: probes\ntable: t\nexpectations:\n{entries}", "p.yml")
    suite.expectations[:] = [dataclasses.replace(
        spec, kwargs={"unexpected_rows_query": queries[spec.id]}) for spec in suite.expectations]
    direct = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HOME", str(tmp / "home"))  # where INSTALL would put an extension
        runner = GXRunner(db)
        try:
            [outcome] = runner.run([suite])
            engine = runner.datasource.get_execution_engine()
            for key, query in queries.items():
                try:
                    engine.execute_query(sa.text(query.replace("{batch}", "t"))).fetchall()
                    direct[key] = "ran"
                except Exception as exc:
                    direct[key] = str(exc)
        finally:
            runner.close()
    return tmp, {r.spec.id: r for r in outcome.results}, direct


@pytest.mark.parametrize("key", PROBES)
def test_a_probe_neither_writes_nor_reads_a_file(probe, key):
    tmp, results, direct = probe
    _, written, reason = PROBES[key]
    assert results[key].status == "error"
    assert SECRET not in repr(results[key].rows)
    if written:
        assert not (tmp / written).exists()
    assert reason in direct[key]


def test_the_runner_refuses_a_database_open_elsewhere_in_the_process(tmp_path):
    """DuckDB holds settings per database: GX cannot sandbox a file this process already holds
    with other settings, and says so instead of a traceback."""
    from validation.errors import StoreError
    from validation.expect.gx_runner import GXRunner

    db = tmp_path / "store.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("CREATE TABLE t AS SELECT 1 AS id")
        with pytest.raises(StoreError, match="cannot open the database for the suites"):
            GXRunner(db).close()


def test_the_runner_refuses_to_run_suites_unsandboxed(tmp_path, monkeypatch):
    from validation.errors import ExecutionError
    from validation.expect import gx_runner
    from validation.store import duckdb_settings

    db = tmp_path / "store.duckdb"
    duckdb.connect(str(db)).close()
    monkeypatch.setattr(gx_runner, "sandbox_settings", duckdb_settings)
    with pytest.raises(ExecutionError, match="not sandboxed"):
        gx_runner.GXRunner(db).close()


@pytest.mark.parametrize("where, yaml_text", [
    ("s.yml:7", """\
        suite: demo
        table: t
        expectations:
          - type: unexpected_rows_expectation
            id: two
            kwargs:
              unexpected_rows_query: "SELECT * FROM {batch} WHERE x > 1; ATTACH '/tmp/a.db'"
        """),
    ("s.yml:2", """\
        suite: demo
        query: "SELECT * FROM t; COPY t TO '/tmp/t.csv'"
        expectations:
          - type: expect_column_values_to_not_be_null
            kwargs: {column: x}
        """),
])
def test_a_second_statement_is_refused_when_the_suite_is_read(where, yaml_text):
    with pytest.raises(SuiteError) as raised:
        parse_suite_text(textwrap.dedent(yaml_text), "s.yml")
    [problem] = raised.value.problems
    assert problem.where == where
    assert "more than one SQL statement" in problem.message and "keep one SELECT" in problem.fix
    # a ';' in a text, in a comment or at the end starts no statement
    assert statement_count("SELECT ';' AS a FROM {batch} -- b; c\n;") == 1
