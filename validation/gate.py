"""Gate: the verdict and exit code a CI job acts on.

0 = no error-severity failure (warnings are reported, not fatal);
1 = an error-severity expectation failed (or, with --strict, a warning);
2 = bad input or configuration: unreadable suite, unknown expectation, missing corpus path,
    or an expectation that could not be evaluated;
3 = an internal error (a bug): the CLI writes the traceback to a log under the reports folder.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from validation.expect.results import ERROR, SuiteResult

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report a SIGINT

PASS, PASS_WITH_WARNINGS, FAIL, BROKEN = "pass", "pass with warnings", "fail", "error"


@dataclass
class Verdict:
    """What the run concludes: a verdict word, the exit code, failing expectations per severity."""

    verdict: str
    exit_code: int
    failing: dict[str, int]
    errors: int
    expired_waivers: int = 0

    @property
    def headline(self) -> str:
        parts = [f"{n} {sev}{'s' if n != 1 and sev != 'info' else ''}"
                 for sev, n in self.failing.items() if n]
        if self.errors:
            parts.append(f"{self.errors} could not run")
        if self.expired_waivers:
            parts.append(f"{self.expired_waivers} expired waiver"
                         f"{'s' if self.expired_waivers != 1 else ''}")
        return f"{self.verdict.upper()}" + (f" ({', '.join(parts)})" if parts else "")


def decide(suite_results: list[SuiteResult], strict: bool = False,
           findings: list[dict[str, Any]] | None = None, expired_waivers: int = 0) -> Verdict:
    """The verdict over every expectation result; `strict` makes failing warnings fatal.

    With `findings` marked by waivers.accept, an expectation fails only through findings that
    are new (not waived, not in the baseline); an expired waiver fails the run.
    """
    failing: Counter[str] = Counter({"error": 0, "warning": 0, "info": 0})
    errors = 0
    gating = None
    if findings is not None:
        gating = {(f["suite"], f["expectation"]) for f in findings
                  if f.get("status", "new") == "new"}
    for suite_result in suite_results:
        for result in suite_result.results:
            if result.status == ERROR:
                errors += 1
            elif result.failed and (gating is None
                                    or (suite_result.suite.name, result.spec.id) in gating):
                failing[result.spec.severity] += 1
    if errors:
        return Verdict(BROKEN, EXIT_BAD_INPUT, dict(failing), errors)
    if failing["error"] or (strict and failing["warning"]) or expired_waivers:
        return Verdict(FAIL, EXIT_FAILED, dict(failing), errors, expired_waivers)
    if failing["warning"]:
        return Verdict(PASS_WITH_WARNINGS, EXIT_OK, dict(failing), errors)
    return Verdict(PASS, EXIT_OK, dict(failing), errors)
