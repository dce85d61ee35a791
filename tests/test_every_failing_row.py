"""Every failing row of every expectation becomes a finding, not GX's sample of 20 (or 200).

A baseline compares findings: with only a sample listed, new failing rows hide behind old ones
and a run that got worse passes.
"""

from __future__ import annotations

import textwrap

import duckdb
import pytest

from validation.expect.findings import all_findings
from validation.expect.spec import parse_suite_file

ROWS = 260  # past GX's lists: 20 values of a column expectation, 200 rows of a query

SUITE = textwrap.dedent("""\
    suite: {name}
    {target}
    row_id: item_id
    expectations:
      - type: expect_column_values_to_not_be_null
        id: value-present
        kwargs: {{column: value}}
      - type: expect_column_values_to_be_in_set
        id: known-label
        kwargs: {{column: label, value_set: ["it's fine", "ok"]}}
      - type: expect_column_values_to_match_regex
        id: label-pattern
        kwargs: {{column: label, regex: "^ok:?$"}}
      - type: expect_column_values_to_be_unique
        id: unique-label
        kwargs: {{column: label}}
      - type: unexpected_rows_expectation
        id: no-big-numbers
        kwargs:
          unexpected_rows_query: "SELECT item_id FROM {{batch}} WHERE number > 3"
    """)


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rows")
    database = folder / "items.duckdb"
    with duckdb.connect(str(database)) as con:
        # every row fails each expectation but `ok` rows; labels repeat in groups of 13
        con.execute(f"""CREATE TABLE items AS SELECT 'i' || lpad(n::VARCHAR, 4, '0') AS item_id,
            CASE WHEN n % 5 = 0 THEN 'ok' ELSE 'label ' || (n % 20)::VARCHAR END AS label,
            CASE WHEN n % 5 = 0 THEN 1 ELSE NULL END AS value, n AS number
            FROM range({ROWS}) r(n)""")
    yield _run(database, {name: SUITE.format(name=name, target=target) for name, target in (
        ("on-table", "table: items"),
        ("on-query", "query: SELECT * FROM items WHERE number >= 0"))})


def _run(database, suites):
    """Each suite text (by name) written beside the database and run; results by suite."""
    from validation.expect.gx_runner import GXRunner

    parsed = []
    for name, text in suites.items():
        path = database.parent / f"{name}.yml"
        path.write_text(text)
        parsed.append(parse_suite_file(path))
    runner = GXRunner(database)
    try:
        return {r.suite.name: r for r in runner.run(parsed)}
    finally:
        runner.close()


@pytest.mark.parametrize("suite", ["on-table", "on-query"])
def test_every_failing_row_is_listed(results, suite):
    failing = ROWS - ROWS // 5
    by_id = {r.spec.id: r for r in results[suite].results}
    for spec_id in ("value-present", "known-label", "label-pattern", "no-big-numbers"):
        result = by_id[spec_id]
        expected = failing if spec_id != "no-big-numbers" else ROWS - 4
        assert result.unexpected_count == expected, spec_id
        assert len(result.rows) == expected, spec_id
        assert result.rows_missing == 0
        assert len({row["item_id"] for row in result.rows}) == expected, spec_id


@pytest.mark.parametrize("suite", ["on-table", "on-query"])
def test_one_finding_per_failing_row_and_per_duplicate_group(results, suite):
    findings = all_findings([results[suite]])
    per_expectation: dict[str, int] = {}
    for finding in findings:
        per_expectation[finding["expectation"]] = per_expectation.get(finding["expectation"], 0) + 1
    failing = ROWS - ROWS // 5
    assert per_expectation["value-present"] == failing
    assert per_expectation["no-big-numbers"] == ROWS - 4
    assert per_expectation["unique-label"] == 17  # 'ok' and the 16 labels not divisible by 5


def test_rows_that_cannot_be_listed_are_one_finding_named_by_their_count(results):
    result = next(r for r in results["on-table"].results if r.spec.id == "value-present")
    sample = result.rows[:20]
    shortfalls = []
    for count in (208, 209):
        result.rows, result.rows_missing, result.unexpected_count = sample, count - 20, count
        [finding] = [f for f in all_findings([results["on-table"]])
                     if "could not be listed" in f["message"]]
        shortfalls.append(finding)
    assert shortfalls[0]["message"].startswith("188 more failing rows of value-present")
    # one more unlisted failing row is a new finding, which no baseline holds
    assert shortfalls[0]["fingerprint"] != shortfalls[1]["fingerprint"]


PAIR_SUITE = textwrap.dedent("""\
    suite: {name}
    table: pairs
    {row_id}
    expectations:
      - type: expect_column_pair_values_to_be_equal
        id: same-number
        kwargs: {{column_A: a, column_B: b}}
      - type: expect_column_values_to_not_be_null
        id: a-present
        kwargs: {{column: a}}
    """)


@pytest.fixture(scope="module")
def pair_results(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pairs")
    database = folder / "pairs.duckdb"
    with duckdb.connect(str(database)) as con:
        con.execute(f"""CREATE TABLE pairs AS SELECT 'p' || n AS pair_id,
            CASE WHEN n % 4 = 0 THEN NULL ELSE n END AS a, n + (n % 2) AS b
            FROM range({ROWS}) r(n)""")
    return _run(database, {name: PAIR_SUITE.format(name=name, row_id=row_id)
                           for name, row_id in (("with-ids", "row_id: pair_id"),
                                                ("without-ids", ""))})


def test_a_column_pair_expectation_lists_every_failing_row(pair_results):
    result = next(r for r in pair_results["with-ids"].results if r.spec.id == "same-number")
    assert result.unexpected_count > 20 and len(result.rows) == result.unexpected_count
    assert result.rows_missing == 0


def test_rows_known_only_by_their_values_are_one_finding_each(pair_results):
    nulls = ROWS // 4
    findings = [f for f in all_findings([pair_results["without-ids"]])
                if f["expectation"] == "a-present"]
    assert len(findings) == nulls  # every NULL, not one finding for all of them
    assert len({f["fingerprint"] for f in findings}) == nulls
