"""Great Expectations' own expectation fixtures, run through our `check` on DuckDB.

Each fixture dataset is loaded into a DuckDB table (column types from the fixture's PostgreSQL
schema), each of its test cases becomes one expectation of a suite, and the suite runs through
`validation.pipeline.check` (what `python -m validation check` calls). A case passes when our
outcome matches the fixture's: success, the unexpected values (as a multiset), or, for a case
that expects an error, an error.

    python -m benchmarks.gx_compat [--fixtures DIR] [--markdown]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import duckdb
import yaml

from validation.errors import SuiteError
from validation.expect.gx_runner import DUPLICATE_MARK
from validation.expect.spec import parse_suite_text

FIXTURES = Path(__file__).resolve().parents[1].parent / "shared" / "peer" / "gx-test-definitions"

EXPECTATIONS = (
    "column_map_expectations/expect_column_values_to_be_between.json",
    "column_map_expectations/expect_column_values_to_not_be_null.json",
    "column_map_expectations/expect_column_values_to_be_unique.json",
    "column_map_expectations/expect_column_values_to_match_regex.json",
    "column_map_expectations/expect_column_values_to_be_in_set.json",
    "column_map_expectations/expect_column_value_lengths_to_be_between.json",
    "multicolumn_map_expectations/expect_compound_columns_to_be_unique.json",
)

# Backends a fixture may name: a case only for other backends, or suppressed for every SQL
# backend, does not apply to DuckDB through SQLAlchemy.
SQL_BACKENDS = {"sqlalchemy", "sqlite", "postgresql", "duckdb"}
RUNTIME_KEYS = {"result_format", "catch_exceptions", "include_config"}
DUCKDB_TYPES = {"TEXT": "VARCHAR", "STRING": "VARCHAR", "DATETIME": "TIMESTAMP"}


@dataclass
class CaseOutcome:
    expectation: str
    dataset: str
    title: str
    status: str  # passed | failed | skipped
    reason: str = ""


def _applies(case: dict, dataset: dict) -> str:
    """Why a case does not apply to DuckDB, or '' when it does."""
    for holder in (dataset, case):
        only = set(holder.get("only_for") or [])
        if only and not only & SQL_BACKENDS:
            return f"only for {', '.join(sorted(only))}"
        if "sqlalchemy" in (holder.get("suppress_test_for") or []):
            return "suppressed for all SQL backends"
    return ""


def _create_table(con: duckdb.DuckDBPyConnection, table: str, dataset: dict) -> None:
    data = dataset["data"]
    schema = (dataset.get("schemas") or {}).get("postgresql") or {}
    columns = list(data)
    types = [DUCKDB_TYPES.get(schema[c], schema[c]) if c in schema else _inferred(data[c])
             for c in columns]
    con.execute(f'CREATE TABLE "{table}" ('
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


def _kwargs(case: dict) -> dict:
    return {k: v for k, v in case["in"].items() if k not in RUNTIME_KEYS}


def _arguments_key(case: dict) -> str:
    return json.dumps(_kwargs(case), sort_keys=True)


def _one_round(cases: list[tuple[int, dict]]) -> tuple[list, list]:
    """Split cases into one round of distinct arguments and the rest."""
    chosen, rest, keys = [], [], set()
    for index, case in cases:
        key = _arguments_key(case)
        (rest if key in keys else chosen).append((index, case))
        keys.add(key)
    return chosen, rest


def _suite_yaml(table: str, cases: list[tuple[int, dict]], expectation: str) -> str:
    entries = []
    for index, case in cases:
        entries.append({"type": expectation, "id": f"case-{index}", "kwargs": _kwargs(case)})
    return yaml.safe_dump({"suite": table, "table": table, "expectations": entries},
                          sort_keys=False, allow_unicode=True)


def _expects_error(case: dict) -> str | None:
    error = case.get("error") or {}
    out = case.get("out") or {}
    if "traceback_substring" in error:
        return error["traceback_substring"]
    if "traceback_substring" in out:
        return out["traceback_substring"]
    return None


def _compare(case: dict, result) -> tuple[bool, str]:
    expected_error = _expects_error(case)
    if expected_error is not None:
        if result.status == "error":
            return True, ""
        return False, f"expected an error ({expected_error}), got {result.status}"
    if result.status == "error":
        return False, f"could not run: {result.error}"
    out = case["out"]
    if "success" in out and out["success"] != (result.status == "passed"):
        return False, f"expected success={out['success']}, got {result.status}"
    if "unexpected_list" in out:
        column = case["in"].get("column")
        values = [next(iter(v for k, v in row.items() if k == column), None) if column else
                  tuple(row.get(c) for c in case["in"].get("column_list", []))
                  for row in result.rows]
        expected = [tuple(v.values()) if isinstance(v, dict) else v for v in out["unexpected_list"]]
        if Counter(map(_norm, values)) != Counter(map(_norm, expected)):
            shown = sorted(map(str, values)), sorted(map(str, expected))
            return False, f"unexpected values {shown[0]} != {shown[1]}"
    return True, ""


def _norm(value):
    if isinstance(value, list | tuple):
        return tuple(_norm(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    # DuckDB hands back the column's type; the fixtures list pandas values: compare as text.
    return str(value) if value is not None else None


def run_fixtures(fixtures: Path = FIXTURES, work: Path | None = None) -> list[CaseOutcome]:
    """Run every applicable case of the fixture files in EXPECTATIONS; one outcome per case."""
    from validation import pipeline

    work = work or Path(tempfile.mkdtemp(prefix="gx-compat-"))
    outcomes: list[CaseOutcome] = []
    for relative in EXPECTATIONS:
        definition = json.loads((fixtures / relative).read_text(encoding="utf-8"))
        expectation = definition["expectation_type"]
        for number, dataset in enumerate(definition["datasets"]):
            table = f"{expectation}_{number}"
            db = work / f"{table}.duckdb"
            with duckdb.connect(str(db)) as con:
                _create_table(con, table, dataset)
            runnable: list[tuple[int, dict]] = []
            for index, case in enumerate(dataset["tests"]):
                reason = _applies(case, dataset)
                if reason:
                    outcomes.append(
                        CaseOutcome(expectation, table, case["title"], "skipped", reason))
                    continue
                try:  # a case our suite parser refuses is judged on its own
                    parse_suite_text(_suite_yaml(table, [(index, case)], expectation))
                except SuiteError as error:
                    ok = _expects_error(case) is not None
                    outcomes.append(CaseOutcome(
                        expectation, table, case["title"], "passed" if ok else "failed",
                        "" if ok else f"suite parser refused it: {error.problems[0].message}"))
                    continue
                runnable.append((index, case))
            # GX runs identical expectations once (our runner reports the repeat as an error):
            # cases are spread over rounds of distinct arguments, and a repeat GX still finds
            # after its own coercion (1 == 1.0) goes to the next round.
            pending = runnable
            round_number = 0
            while pending:
                cases, pending = _one_round(pending)
                suite_path = work / f"{table}-{round_number}.yml"
                suite_path.write_text(_suite_yaml(table, cases, expectation), encoding="utf-8")
                outcome = pipeline.check(db, [suite_path])
                for (index, case), result in zip(cases, outcome.suite_results[0].results,
                                                 strict=True):
                    if result.error and result.error.startswith(DUPLICATE_MARK):
                        pending.append((index, case))
                        continue
                    ok, reason = _compare(case, result)
                    outcomes.append(CaseOutcome(expectation, table, case["title"],
                                                "passed" if ok else "failed", reason))
                round_number += 1
    return outcomes


def summary(outcomes: list[CaseOutcome]) -> dict[str, dict[str, int]]:
    table: dict[str, dict[str, int]] = {}
    for outcome in outcomes:
        row = table.setdefault(outcome.expectation, {"passed": 0, "failed": 0, "skipped": 0})
        row[outcome.status] += 1
    return table


def markdown(outcomes: list[CaseOutcome]) -> str:
    lines = ["| expectation | passed | failed | not applicable to SQL |", "|---|---|---|---|"]
    totals = Counter()
    for name, row in summary(outcomes).items():
        lines.append(f"| {name} | {row['passed']} | {row['failed']} | {row['skipped']} |")
        totals.update(row)
    run = totals["passed"] + totals["failed"]
    lines.append(f"| **all** | **{totals['passed']}** | **{totals['failed']}** | "
                 f"{totals['skipped']} |")
    lines.append("")
    lines.append(f"Pass rate on applicable cases: {totals['passed']}/{run} = "
                 f"{totals['passed'] / run:.1%}")
    reasons = Counter(o.reason for o in outcomes if o.status == "skipped")
    if reasons:
        lines.append("")
        lines.append("Not applicable: " + "; ".join(f"{n} {r}" for r, n in reasons.most_common()))
    failed = [o for o in outcomes if o.status == "failed"]
    if failed:
        lines.append("")
        lines.append("Failing cases:")
        for o in failed:
            lines.append(f"- `{o.expectation}` / {o.title}: {o.reason}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", type=Path, default=FIXTURES)
    args = parser.parse_args(argv)
    if not args.fixtures.is_dir():
        print(f"fixtures not found: {args.fixtures} (they live in ../shared/peer)", file=sys.stderr)
        return 2
    print(markdown(run_fixtures(args.fixtures)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
