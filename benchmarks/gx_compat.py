"""Great Expectations' own expectation fixtures: our `check` on DuckDB against plain GX on SQLite.

Every case of every fixture file (../shared/peer/gx-test-definitions, 663 cases) is classified
first. A case applies when

  1. the fixture does not limit it (or its dataset) to backends other than SQL ones
     (`only_for` pandas, spark, mssql, ...) nor suppress it for every SQL backend, and
  2. the installed Great Expectations still has the expectation (three statistical tests of
     GX 0.x, with fixtures still shipped, were removed in GX 1.x).

Applicable cases then run twice in the same run, judged by the same comparator:

- ours: each fixture dataset becomes a DuckDB table (column types from the fixture's PostgreSQL
  schema, or inferred as pandas would), each case one expectation of a suite, and the suites
  run through `validation.pipeline.check` (what `python -m validation check` calls);
- the reference: plain GX on SQLite through GX's own test harness (its validator per dataset),
  in a process of its own that never imports our GX patches (benchmarks/gx_sqlite.py).

A case passes when the outcome matches the fixture's: success, the unexpected values (as a
multiset), the observed value for aggregates, or, for a case that expects an error, an error.

    python -m benchmarks.gx_compat [--fixtures DIR] [--only NAME ...] [--no-reference]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import yaml

from validation.errors import ValidationError
from validation.expect.catalog import load_catalog
from validation.expect.spec import parse_suite_text

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT.parent / "shared" / "peer" / "gx-test-definitions"

# Backends a fixture may name: a case only for other backends, or suppressed for every SQL
# backend, does not apply to DuckDB through SQLAlchemy.
SQL_BACKENDS = {"sqlalchemy", "sqlite", "postgresql", "duckdb"}
RUNTIME_KEYS = {"result_format", "catch_exceptions", "include_config"}
DUCKDB_TYPES = {"TEXT": "VARCHAR", "STRING": "VARCHAR", "DATETIME": "TIMESTAMP",
                "DOUBLE_PRECISION": "DOUBLE", "NUMERIC": "DOUBLE"}
PASSED, FAILED, SKIPPED = "passed", "failed", "skipped"


@dataclass
class Case:
    """One test case of a fixture file, with its dataset."""

    relative: str  # the fixture file, relative to the fixture folder
    expectation: str
    dataset_number: int
    index: int
    case: dict
    dataset: dict
    reason: str = ""  # why it does not apply; '' when it does

    @property
    def key(self) -> str:
        return f"{self.relative}#{self.dataset_number}#{self.index}"

    @property
    def title(self) -> str:
        return self.case["title"]

    @property
    def table(self) -> str:
        return f"{Path(self.relative).stem}_{self.dataset_number}"


@dataclass
class Observed:
    """What an engine made of a case: its status, error, unexpected values and observed value."""

    status: str  # passed | failed | error
    error: str = ""
    unexpected: list | None = None
    observed_value: Any = None
    seconds: float = 0.0


@dataclass
class CaseOutcome:
    expectation: str
    dataset: str
    title: str
    status: str  # passed | failed | skipped
    reason: str = ""
    key: str = ""


@dataclass
class Comparison:
    """The outcomes of one run: ours and the reference's, case by case, and their timings."""

    ours: list[CaseOutcome]
    reference: list[CaseOutcome] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)


# -- which cases apply ---------------------------------------------------------------------


def _applies(case: dict, dataset: dict, expectation: str) -> str:
    """Why a case does not apply to DuckDB, or '' when it does."""
    for holder in (dataset, case):
        only = set(holder.get("only_for") or [])
        if only and not only & SQL_BACKENDS:
            return f"only for {', '.join(sorted(only))}"
        if "sqlalchemy" in (holder.get("suppress_test_for") or []):
            return "suppressed for all SQL backends"
    if expectation not in load_catalog():
        return "not in Great Expectations 1.x"
    return ""


def discover(fixtures: Path = FIXTURES, only: list[str] | None = None) -> list[Case]:
    """Every case of every fixture file, each marked with why it does not apply (if so)."""
    cases = []
    for path in sorted(fixtures.glob("*/*.json")):
        definition = json.loads(path.read_text(encoding="utf-8"))
        expectation = definition["expectation_type"]
        if only and expectation not in only and path.stem not in only:
            continue
        relative = str(path.relative_to(fixtures))
        for number, dataset in enumerate(definition["datasets"]):
            for index, case in enumerate(dataset["tests"]):
                cases.append(Case(relative, expectation, number, index, case, dataset,
                                  _applies(case, dataset, expectation)))
    return cases


# -- tables --------------------------------------------------------------------------------


def dataset_tables(case: Case) -> list[tuple[str, dict, dict]]:
    """(table name, columns, schemas) for the case's dataset; several for multi-table ones."""
    data = case.dataset["data"]
    if isinstance(data, list):
        return [(part["dataset_name"], part["data"], part.get("schemas") or {}) for part in data]
    return [(case.table, data, case.dataset.get("schemas") or {})]


def create_table(con: duckdb.DuckDBPyConnection, table: str, data: dict, schemas: dict) -> None:
    schema = schemas.get("postgresql") or {}
    columns = list(data)
    types = [DUCKDB_TYPES.get(schema[c], schema[c]) if c in schema else _inferred(data[c])
             for c in columns]
    con.execute(f'CREATE OR REPLACE TABLE "{table}" ('
                + ", ".join(f'"{c}" {t}' for c, t in zip(columns, types, strict=True)) + ")")
    converted = [
        [_timestamp(v) for v in data[c]] if t in ("TIMESTAMP", "DATE") else data[c]
        for c, t in zip(columns, types, strict=True)
    ]
    rows = list(zip(*converted, strict=True))
    placeholders = ", ".join("?" for _ in columns)
    if rows:
        con.executemany(f'INSERT INTO "{table}" VALUES ({placeholders})', rows)


def _inferred(values: list) -> str:
    """A DuckDB type for a fixture column without a schema, as pandas would infer it."""
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, bool) for v in present):
        return "BOOLEAN"
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "BIGINT"
    if present and all(isinstance(v, int | float) and not isinstance(v, bool) for v in present):
        return "DOUBLE"
    return "VARCHAR"


def _timestamp(value):
    # Fixture timestamps are free text ("Jan 01 1970 12:00:01"), as pandas would read them.
    from dateutil import parser

    return parser.parse(value) if isinstance(value, str) else value


# -- suites --------------------------------------------------------------------------------


def kwargs_of(case: dict) -> dict:
    return {k: v for k, v in case["in"].items() if k not in RUNTIME_KEYS}


def _arguments_key(case: Case) -> str:
    return json.dumps(kwargs_of(case.case), sort_keys=True)


def _one_round(cases: list[Case]) -> tuple[list[Case], list[Case]]:
    """Split cases into one round of distinct arguments and the rest."""
    chosen, rest, keys = [], [], set()
    for case in cases:
        key = _arguments_key(case)
        (rest if key in keys else chosen).append(case)
        keys.add(key)
    return chosen, rest


def suite_yaml(table: str, cases: list[Case], name: str | None = None) -> str:
    entries = [{"type": c.expectation, "id": f"case-{c.index}", "kwargs": kwargs_of(c.case)}
               for c in cases]
    return yaml.safe_dump({"suite": name or table, "table": table, "expectations": entries},
                          sort_keys=False, allow_unicode=True)


# -- judging -------------------------------------------------------------------------------


def expects_error(case: dict) -> str | None:
    error = case.get("error") or {}
    out = case.get("out") or {}
    if "traceback_substring" in error:
        return error["traceback_substring"]
    if "traceback_substring" in out:
        return out["traceback_substring"]
    return None


def judge(case: dict, observed: Observed) -> tuple[bool, str]:
    """Whether an engine's outcome matches the fixture's, and why not."""
    expected_error = expects_error(case)
    if expected_error is not None:
        if observed.status == "error":
            return True, ""
        return False, f"expected an error ({expected_error}), got {observed.status}"
    if observed.status == "error":
        return False, f"could not run: {observed.error}"
    out = case["out"]
    if "success" in out and out["success"] != (observed.status == PASSED):
        return False, f"expected success={out['success']}, got {observed.status}"
    if "unexpected_list" in out:
        expected = [tuple(v.values()) if isinstance(v, dict) else v
                    for v in out["unexpected_list"]]
        values = observed.unexpected or []
        if Counter(map(_norm, values)) != Counter(map(_norm, expected)):
            shown = sorted(map(str, values)), sorted(map(str, expected))
            return False, f"unexpected values {shown[0]} != {shown[1]}"
    # GX 1.x reports no observed value for some expectations whose fixtures still state one
    # (distinct values: "always None"); a missing value is not judged, a different one is.
    reported = observed.observed_value
    if "observed_value" in out and reported is not None and not _same_value(
            out["observed_value"], reported, case.get("tolerance")):
        return False, (f"observed value {observed.observed_value!r} != "
                       f"{out['observed_value']!r}")
    return True, ""


def _same_value(expected, observed, tolerance) -> bool:
    if isinstance(expected, dict) and isinstance(observed, dict):
        # quantile ranges and distributions: compare what the fixture states
        return all(k in observed and _same_value(v, observed[k], tolerance)
                   for k, v in expected.items())
    if isinstance(expected, list) and isinstance(observed, list | tuple):
        return len(expected) == len(observed) and all(
            _same_value(e, o, tolerance) for e, o in zip(expected, observed, strict=True))
    if isinstance(expected, int | float) and not isinstance(expected, bool) and \
            isinstance(observed, int | float) and not isinstance(observed, bool):
        return math.isclose(expected, observed, rel_tol=tolerance or 1e-9,
                            abs_tol=tolerance or 1e-9)
    return _norm(expected) == _norm(observed)


def _norm(value):
    if isinstance(value, list | tuple):
        return tuple(_norm(v) for v in value)
    if isinstance(value, dict):
        return tuple(_norm(v) for v in value.values())
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value) if value is not None else None
    # DuckDB and SQLite hand back the column's type (a timestamp, a Decimal); the fixtures
    # list pandas values: compare as text, timestamps without a "T" or a zero time
    if text and len(text) >= 19 and text[10] == "T" and text[4] == "-":
        text = text[:10] + " " + text[11:]
    return text


def unexpected_values(kwargs: dict, rows: list[dict]) -> list:
    """The unexpected values of an expectation's rows, in the fixture's shape."""
    values = []
    for row in rows:
        if len(row) == 1:
            values.append(next(iter(row.values())))
        elif kwargs.get("column") in row:
            values.append(row[kwargs["column"]])
        elif "column_A" in kwargs:
            values.append((row.get(kwargs["column_A"]), row.get(kwargs["column_B"])))
        else:
            values.append(tuple(row.get(c) for c in kwargs.get("column_list", row)))
    return values


def _outcome(case: Case, observed: Observed) -> CaseOutcome:
    ok, reason = judge(case.case, observed)
    return CaseOutcome(case.expectation, case.table, case.title, PASSED if ok else FAILED,
                       reason, case.key)


def _not_applicable(case: Case) -> CaseOutcome:
    return CaseOutcome(case.expectation, case.table, case.title, SKIPPED, case.reason, case.key)


# -- ours: check on DuckDB -----------------------------------------------------------------


def run_ours(cases: list[Case], work: Path) -> dict[str, Observed]:
    """Every applicable case through `check` on one DuckDB file; an Observed per case key."""
    from validation import pipeline
    from validation.errors import SuiteError
    from validation.expect.gx_runner import DUPLICATE_MARK

    db = work / "fixtures.duckdb"
    db.unlink(missing_ok=True)
    by_table: dict[str, list[Case]] = {}
    observed: dict[str, Observed] = {}
    with duckdb.connect(str(db)) as con:
        made = set()
        for case in cases:
            for table, data, schemas in dataset_tables(case):
                if table not in made:
                    create_table(con, table, data, schemas)
                    made.add(table)
            try:  # a case our suite parser refuses is judged on its own
                parse_suite_text(suite_yaml(case.table, [case]))
            except SuiteError as error:
                observed[case.key] = Observed("error", "suite parser refused it: "
                                              + error.problems[0].message)
                continue
            by_table.setdefault(dataset_tables(case)[0][0], []).append(case)
    # GX runs identical expectations once (our runner reports the repeat as an error): cases
    # are spread over rounds of distinct arguments, and a repeat GX still finds after its own
    # coercion (1 == 1.0) goes to the next round. Each round is one `check` of every table.
    pending = by_table
    round_number = 0
    while pending:
        suites: dict[Path, list[Case]] = {}
        later: dict[str, list[Case]] = {}
        for table, table_cases in pending.items():
            chosen, rest = _one_round(table_cases)
            path = work / f"{table}-{round_number}.yml"
            path.write_text(suite_yaml(table, chosen, f"{table}-{round_number}"),
                            encoding="utf-8")
            suites[path] = chosen
            if rest:
                later[table] = rest
        started = time.perf_counter()
        try:
            groups = [(list(suites), pipeline.check(db, list(suites)))]
        except ValidationError:  # one suite broke the whole call: run them one by one
            groups = []
            for path in suites:
                try:
                    groups.append(([path], pipeline.check(db, [path])))
                except ValidationError as error:
                    for case in suites[path]:
                        observed[case.key] = Observed("error", str(error).splitlines()[0])
        share = (time.perf_counter() - started) / max(1, sum(map(len, suites.values())))
        for paths, outcome in groups:
            for path, suite_result in zip(paths, outcome.suite_results, strict=True):
                for case, result in zip(suites[path], suite_result.results, strict=True):
                    if result.error and result.error.startswith(DUPLICATE_MARK):
                        later.setdefault(dataset_tables(case)[0][0], []).append(case)
                        continue
                    kwargs = kwargs_of(case.case)
                    status = "error" if result.status == "error" else result.status
                    observed[case.key] = Observed(
                        status, result.error or "",
                        unexpected_values(kwargs, result.rows), result.observed_value, share)
        pending = later
        round_number += 1
    return observed


# -- the reference: plain GX on SQLite, in a process of its own ----------------------------


def start_reference(fixtures: Path, only: list[str] | None, out: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "benchmarks.gx_sqlite", str(fixtures), str(out)]
    if only:
        command += ["--only", *only]
    return subprocess.Popen(command, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def read_reference(out: Path) -> dict[str, Observed]:
    data = json.loads(out.read_text(encoding="utf-8"))
    return {key: Observed(**value) for key, value in data.items()}


# -- the run -------------------------------------------------------------------------------


def run_fixtures(fixtures: Path = FIXTURES, work: Path | None = None,
                 only: list[str] | None = None, reference: bool = True) -> Comparison:
    """Ours and (unless reference=False) GX on SQLite over every case; outcomes per case."""
    work = work or Path(tempfile.mkdtemp(prefix="gx-compat-"))
    work.mkdir(parents=True, exist_ok=True)
    cases = discover(fixtures, only)
    applicable = [c for c in cases if not c.reason]
    reference_out = work / "reference.json"
    started = time.perf_counter()
    process = start_reference(fixtures, only, reference_out) if reference else None
    ours_observed = run_ours(applicable, work)
    seconds = {"ours": time.perf_counter() - started}
    comparison = Comparison([_not_applicable(c) if c.reason else _outcome(c, ours_observed[c.key])
                             for c in cases])
    if process is not None:
        _, stderr = process.communicate()
        seconds["reference"] = time.perf_counter() - started
        if process.returncode != 0:
            raise RuntimeError(f"the GX-on-SQLite reference failed:\n{stderr[-3000:]}")
        theirs = read_reference(reference_out)
        comparison.reference = [
            _not_applicable(c) if c.reason else _outcome(c, theirs.get(
                c.key, Observed("error", "the reference did not run it"))) for c in cases]
        seconds["reference_per_case"] = sum(o.seconds for o in theirs.values()) / max(1,
                                                                                      len(theirs))
    seconds["ours_per_case"] = sum(o.seconds for o in ours_observed.values()) / max(
        1, len(ours_observed))
    comparison.seconds = seconds
    return comparison


def summary(outcomes: list[CaseOutcome]) -> dict[str, dict[str, int]]:
    table: dict[str, dict[str, int]] = {}
    for outcome in outcomes:
        row = table.setdefault(outcome.expectation, {PASSED: 0, FAILED: 0, SKIPPED: 0})
        row[outcome.status] += 1
    return table


def _rate(outcomes: list[CaseOutcome]) -> tuple[int, int]:
    counts = Counter(o.status for o in outcomes)
    return counts[PASSED], counts[PASSED] + counts[FAILED]


def markdown(comparison: Comparison) -> str:
    ours = summary(comparison.ours)
    theirs = summary(comparison.reference) if comparison.reference else {}
    lines = ["| expectation | applicable | ours (DuckDB) | GX on SQLite | not applicable |",
             "|---|---:|---:|---:|---:|"]
    for name, row in sorted(ours.items()):
        applicable = row[PASSED] + row[FAILED]
        reference = theirs.get(name, {}).get(PASSED, "-")
        lines.append(f"| {name} | {applicable} | {row[PASSED]} | {reference} | {row[SKIPPED]} |")
    passed, run = _rate(comparison.ours)
    skipped = sum(row[SKIPPED] for row in ours.values())
    reference_line = ""
    if comparison.reference:
        their_passed, their_run = _rate(comparison.reference)
        reference_line = f"**{their_passed}**"
    lines.append(f"| **all** | **{run}** | **{passed}** | {reference_line or '-'} | {skipped} |")
    lines.append("")
    lines.append(f"Ours (check on DuckDB): {passed}/{run} = {passed / max(1, run):.1%} of the "
                 f"applicable cases")
    if comparison.reference:
        lines.append(f"Plain GX on SQLite (GX's test harness): {their_passed}/{their_run} = "
                     f"{their_passed / max(1, their_run):.1%}")
    seconds = comparison.seconds
    if seconds:
        timing = (f"Wall time {seconds['ours']:.0f} s for ours, "
                  f"{seconds['ours_per_case'] * 1000:.0f} ms per case")
        if "reference" in seconds:
            timing += (f"; the reference ran alongside ({seconds['reference']:.0f} s, "
                       f"{seconds['reference_per_case'] * 1000:.0f} ms per case)")
        lines.append(timing)
    reasons = Counter(o.reason for o in comparison.ours if o.status == SKIPPED)
    if reasons:
        lines.append("")
        lines.append(f"Not applicable ({skipped}): "
                     + "; ".join(f"{n} {r}" for r, n in reasons.most_common()))
    failed = [o for o in comparison.ours if o.status == FAILED]
    if failed:
        lines.append("")
        lines.append("Our failing cases:")
        for o in failed:
            lines.append(f"- `{o.expectation}` / {o.title}: {o.reason}")
    if comparison.reference:
        ours_failed = {o.key for o in failed}
        theirs_only = [o for o in comparison.reference
                       if o.status == FAILED and o.key not in ours_failed]
        if theirs_only:
            lines.append("")
            lines.append(f"Cases GX on SQLite fails and we pass ({len(theirs_only)}):")
            for o in theirs_only:
                lines.append(f"- `{o.expectation}` / {o.title}: {o.reason}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", type=Path, default=FIXTURES)
    parser.add_argument("--only", nargs="*", help="expectation names or fixture file stems")
    parser.add_argument("--no-reference", action="store_true",
                        help="do not run plain GX on SQLite alongside")
    args = parser.parse_args(argv)
    if not args.fixtures.is_dir():
        print(f"fixtures not found: {args.fixtures} (they live in ../shared/peer)", file=sys.stderr)
        return 2
    print(markdown(run_fixtures(args.fixtures, only=args.only,
                                reference=not args.no_reference)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
