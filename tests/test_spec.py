"""Suite files: every problem reported with file:line, typos answered with the nearest name."""

from __future__ import annotations

import textwrap

import pytest

from tests.conftest import ROOT
from validation.errors import SuiteError
from validation.expect.spec import load_suites, parse_suite_text


def parse(text: str):
    return parse_suite_text(textwrap.dedent(text), "s.yml")


def problems(text: str) -> list[str]:
    with pytest.raises(SuiteError) as raised:
        parse(text)
    return [str(p) for p in raised.value.problems]


def test_the_committed_suites_parse():
    suites = load_suites(ROOT / "expectations")
    articles = next(s for s in suites if s.name == "articles")
    assert articles.table == "articles" and articles.row_id == "article_id"
    assert {s.severity for s in articles.expectations} == {"error", "warning"}
    ids = [s.id for s in articles.expectations]
    assert "published-to-the-day" in ids and len(ids) == len(set(ids))


def test_a_valid_suite_becomes_typed_specs_with_lines():
    suite = parse("""\
        suite: demo
        table: t
        expectations:
          - type: expect_column_values_to_not_be_null
            id: x-present
            severity: warning
            kwargs: {column: x}
        """)
    spec = suite.expectations[0]
    assert (spec.type, spec.id, spec.severity, spec.kwargs, spec.line) == (
        "expect_column_values_to_not_be_null", "x-present", "warning", {"column": "x"}, 4)


def test_typo_in_expectation_name_suggests_the_nearest():
    [message] = problems("""\
        suite: demo
        table: t
        expectations:
          - type: expect_column_values_to_be_uniqe
            kwargs: {column: x}
        """)
    assert message.startswith("s.yml:4: unknown expectation 'expect_column_values_to_be_uniqe'")
    assert "did you mean 'expect_column_values_to_be_unique'?" in message


def test_every_problem_is_collected_not_just_the_first():
    messages = problems("""\
        suite: demo
        table: t
        expectations:
          - type: expect_column_values_to_be_between
            severity: critcal
            kwargs: {column: x, min_vale: 1}
          - type: expect_column_values_to_not_be_null
          - type: expect_column_values_to_not_be_null
            kwargs: {column: y}
            descripton: y is there
        """)
    joined = "\n".join(messages)
    assert "s.yml:5: unknown severity 'critcal' (use one of error, warning, info)" in joined
    assert "s.yml:6: expect_column_values_to_be_between has no argument 'min_vale' " \
           "(did you mean 'min_value'?)" in joined
    assert "s.yml:7: expect_column_values_to_not_be_null needs the argument 'column'" in joined
    assert "s.yml:10: unknown key 'descripton' in expectation #3 (did you mean 'description'?)" \
        in joined
    assert len(messages) == 4


def test_suite_level_problems():
    messages = problems("""\
        suite: demo
        tabel: t
        expectations: []
        """)
    joined = "\n".join(messages)
    assert "unknown key 'tabel' in the suite (did you mean 'table'?)" in joined
    assert "names exactly one of 'table' or 'query'" in joined
    assert "'expectations' must be a non-empty list" in joined


def test_invalid_yaml_points_at_the_line():
    [message] = problems("""\
        suite: demo
        table: t
        expectations:
          - type: expect_column_values_to_not_be_null
           kwargs: {column: x}
        """)
    assert message.startswith("s.yml:5: not valid YAML")


def test_repeated_ids_and_repeated_expectations_are_refused():
    messages = problems("""\
        suite: demo
        table: t
        expectations:
          - type: expect_column_values_to_not_be_null
            id: same
            kwargs: {column: x}
          - type: expect_column_values_to_not_be_null
            id: same
            kwargs: {column: x}
        """)
    joined = "\n".join(messages)
    assert "s.yml:7: expectation id 'same' is used twice (first at line 4)" in joined
    assert "already declared at line 4; Great Expectations would run it only once" in joined


def test_run_parameters_are_checked():
    [message] = problems("""\
        suite: demo
        table: t
        expectations:
          - type: expect_column_values_to_be_between
            kwargs: {column: d, max_value: {$PARAMETER: tody}}
        """)
    assert "unknown run parameter 'tody'" in message and "did you mean 'today'?" in message


def test_load_suites_reports_problems_of_every_file(tmp_path):
    (tmp_path / "a.yml").write_text("suite: a\ntable: t\nexpectations:\n  - type: nope\n")
    (tmp_path / "b.yml").write_text("suite: b\nquery: SELECT 1\nexpectations: 3\n")
    (tmp_path / "ranges.yml").write_text("ranges: {deaths: [0, 1000000]}\n")
    with pytest.raises(SuiteError) as raised:
        load_suites(tmp_path)
    wheres = sorted(p.where.split(":")[0].rsplit("/", 1)[-1] for p in raised.value.problems)
    assert wheres == ["a.yml", "b.yml"]


def test_missing_expectations_folder(tmp_path):
    with pytest.raises(SuiteError, match="does not exist"):
        load_suites(tmp_path / "nope")


@pytest.mark.parametrize(("value", "expected"), [
    ("!!python/object/apply:os.system ['echo pwned']", "s.yml:6: not plain YAML data"),
    ("!!python/name:os.system", "s.yml:6: not plain YAML data"),
    ("2026-02-30", "s.yml:6: '2026-02-30' is not a date"),
])
def test_a_suite_argument_is_plain_data_or_a_suite_error_with_its_line(value, expected):
    [message] = problems(f"""\
        suite: demo
        table: t
        expectations:
          - type: expect_column_values_to_be_between
            kwargs:
              min_value: {value}
              column: x
        """)
    assert message.startswith(expected)


def test_an_argument_the_compare_stage_took_over_says_where_it_went():
    messages = problems("""\
        suite: demo
        table: reported_claims
        expectations:
          - type: expect_reported_counts_to_agree
            kwargs: {verdicts: [contradiction], max_days_apart: 5}
        """)
    assert messages == [
        "s.yml:5: expect_reported_counts_to_agree has no argument 'max_days_apart' (the compare "
        "stage reads it now: set it in comparisons.yml in the expectations folder)"]
