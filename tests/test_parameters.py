"""GX's $PARAMETER date expressions: the accepted forms evaluate, anything else is refused."""

from __future__ import annotations

import datetime as dt

import pytest

from validation.errors import SuiteError
from validation.expect.parameters import ParameterError, evaluate, resolve
from validation.expect.spec import parse_suite_text

NOW = dt.datetime(2026, 11, 22, 12, 30)


@pytest.mark.parametrize(("text", "value"), [
    ("now()", NOW),
    ("now() - timedelta(weeks=52)", NOW - dt.timedelta(weeks=52)),
    ("now() - timedelta(weeks=52*100)", NOW - dt.timedelta(weeks=5200)),
    ("now() + timedelta(days=1, hours=-2)", NOW + dt.timedelta(days=1, hours=-2)),
    ("datetime(2003, 1, 1)", dt.datetime(2003, 1, 1)),
    ("datetime(1969, 7, 20, 20, 17) - timedelta(minutes=17)", dt.datetime(1969, 7, 20, 20)),
])
def test_accepted_forms_evaluate(text, value):
    assert evaluate(text, NOW) == value


@pytest.mark.parametrize("text", [
    "__import__('os').system('true')", "now().year", "open('x')", "datetime(2003, 1)",
    "timedelta(days=1)", "now() - now()", "now() - timedelta(days=10**20)", "now(1)",
    "datetime(2003, 13, 1)", "timedelta(fortnights=1) + now()", "lambda: 1", "'2024-01-01'",
    "now() - timedelta(weeks=1000000)", "datetime(9999, 12, 31) + timedelta(days=1)",
])
def test_anything_else_is_refused(text):
    with pytest.raises(ParameterError):
        evaluate(text, NOW)


def test_resolve_leaves_the_run_parameters_to_the_executor():
    kwargs = {"column": "x", "min_value": {"$PARAMETER": "datetime(2000, 1, 1)"},
              "max_value": {"$PARAMETER": "today"}}
    assert resolve(kwargs, NOW) == {"column": "x", "min_value": dt.datetime(2000, 1, 1),
                                    "max_value": {"$PARAMETER": "today"}}


def test_the_suite_parser_refuses_an_expression_with_file_line_and_the_forms():
    text = ("suite: s\ntable: t\nexpectations:\n"
            "  - type: expect_column_values_to_be_between\n"
            "    kwargs:\n      column: ts\n"
            "      min_value: {$PARAMETER: \"__import__('os')\"}\n")
    with pytest.raises(SuiteError) as caught:
        parse_suite_text(text, "s.yml")
    problem = caught.value.problems[0]
    assert problem.where == "s.yml:7"
    assert "now() - timedelta" in problem.fix and "datetime(YYYY, M, D" in problem.fix


def test_the_suite_parser_accepts_gx_forms():
    text = ("suite: s\ntable: t\nexpectations:\n"
            "  - type: expect_column_values_to_be_between\n"
            "    kwargs: {column: ts, min_value: {$PARAMETER: 'now() - timedelta(days=7)'},"
            " max_value: {$PARAMETER: today}}\n")
    assert parse_suite_text(text).expectations[0].kwargs["min_value"] == {
        "$PARAMETER": "now() - timedelta(days=7)"}
