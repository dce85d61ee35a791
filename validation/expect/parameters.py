"""Values a suite takes from the run: `{$PARAMETER: today}` and GX's date expressions.

Great Expectations lets an argument be `{$PARAMETER: EXPRESSION}` and documents the forms
`now()`, `now() - timedelta(weeks=52)` and `datetime(2003, 1, 1)`. A suite may use exactly
those: the text is parsed with Python's `ast` and walked through a whitelist (calls of now,
datetime and timedelta, + and - of dates and durations, whole-number arithmetic in their
arguments); it is never passed to eval(), and anything else is refused while parsing the suite.
Knows nothing of GX.
"""

from __future__ import annotations

import ast
import datetime as dt
from typing import Any

# A name the run supplies itself (GX substitutes it at validation time).
RUN_PARAMETERS = ("today",)
ACCEPTED_FORMS = ("today", "now()", "now() - timedelta(days=N, hours=N, ...)",
                  "datetime(YYYY, M, D[, h, m, s])")
_DURATION_UNITS = ("weeks", "days", "hours", "minutes", "seconds", "milliseconds",
                   "microseconds")
_NUMBER_OPERATORS = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b,
                     ast.Mult: lambda a, b: a * b}
_LARGEST = 10**9  # no argument needs more, and it bounds what arithmetic can build


class ParameterError(ValueError):
    """A $PARAMETER expression outside the accepted forms."""


def is_parameter(value: Any) -> bool:
    return isinstance(value, dict) and "$PARAMETER" in value


def check_expression(text: Any) -> None:
    """Raise ParameterError unless `text` is one of the accepted forms."""
    evaluate(text, dt.datetime(2000, 1, 1))


def is_run_parameter(text: Any) -> bool:
    return isinstance(text, str) and text.strip() in RUN_PARAMETERS


def evaluate(text: Any, now: dt.datetime) -> dt.datetime | dt.timedelta:
    """The value of a date expression, with `now()` meaning `now`."""
    if not isinstance(text, str) or not text.strip():
        raise ParameterError(f"{text!r} is not an expression")
    if is_run_parameter(text):
        raise ParameterError(f"{text!r} is supplied by the run, not evaluated here")
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError as exc:
        raise ParameterError(f"{text!r} is not an expression: {exc.msg}") from exc
    value = _Walker(now).value(tree.body)
    if not isinstance(value, dt.datetime):
        raise ParameterError(f"{text!r} is not a date and time")
    return value


class _Walker:
    def __init__(self, now: dt.datetime):
        self.now = now

    def value(self, node: ast.expr) -> dt.datetime | dt.timedelta:
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            return self.call(node)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Sub):
            left, right = self.value(node.left), self.value(node.right)
            if not isinstance(right, dt.timedelta):
                raise ParameterError("only a timedelta(...) can be added to or subtracted "
                                     "from a date")
            try:
                return left + right if isinstance(node.op, ast.Add) else left - right
            except OverflowError as exc:
                raise ParameterError(f"{ast.unparse(node)}: {exc}") from exc
        raise ParameterError(f"{ast.unparse(node)!r} is not one of the accepted forms")

    def call(self, node: ast.Call) -> dt.datetime | dt.timedelta:
        name = node.func.id
        if name == "now" and not node.args and not node.keywords:
            return self.now
        if name == "datetime" and not node.keywords and 3 <= len(node.args) <= 6:
            try:
                return dt.datetime(*(self.number(a) for a in node.args))
            except ValueError as exc:
                raise ParameterError(f"{ast.unparse(node)}: {exc}") from exc
        if name == "timedelta" and not node.args and node.keywords:
            units = {}
            for keyword in node.keywords:
                if keyword.arg not in _DURATION_UNITS:
                    raise ParameterError(f"timedelta takes {', '.join(_DURATION_UNITS)}, "
                                         f"not {keyword.arg!r}")
                units[keyword.arg] = self.number(keyword.value)
            try:
                return dt.timedelta(**units)
            except OverflowError as exc:
                raise ParameterError(f"{ast.unparse(node)}: {exc}") from exc
        raise ParameterError(f"{ast.unparse(node)!r} is not one of the accepted forms")

    def number(self, node: ast.expr) -> int:
        if isinstance(node, ast.Constant) and type(node.value) is int:
            result = node.value
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            result = -self.number(node.operand)
        elif isinstance(node, ast.BinOp) and type(node.op) in _NUMBER_OPERATORS:
            result = _NUMBER_OPERATORS[type(node.op)](self.number(node.left),
                                                      self.number(node.right))
        else:
            raise ParameterError(f"{ast.unparse(node)!r} is not a whole number")
        if abs(result) > _LARGEST:
            raise ParameterError(f"{ast.unparse(node)} is larger than {_LARGEST}")
        return result


def resolve(kwargs: dict[str, Any], now: dt.datetime) -> dict[str, Any]:
    """The arguments with every date expression replaced by its value (run parameters such
    as `today` are left for the executor, which substitutes them)."""
    resolved = {}
    for key, value in kwargs.items():
        if is_parameter(value) and not is_run_parameter(value["$PARAMETER"]):
            value = evaluate(value["$PARAMETER"], now)
        resolved[key] = value
    return resolved
