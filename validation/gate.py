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


def finding_gates(finding: dict[str, Any], strict: bool = False) -> bool:
    """The one rule every output follows (exit code, terminal, junit.xml, summary.md, HTML):
    a finding gates when it is new (not waived, not in the baseline) and of an error, or of a
    warning in a --strict run."""
    return finding.get("status", "new") == "new" and (
        finding["severity"] == "error" or (strict and finding["severity"] == "warning"))


def decide(suite_results: list[SuiteResult], findings: list[dict[str, Any]],
           strict: bool = False, expired_waivers: int = 0) -> Verdict:
    """The verdict over every expectation result and its findings (marked new, baseline or
    waived by waivers.accept; unmarked ones are new): the run fails when a finding gates or a
    waiver expired, and cannot be judged when an expectation could not run."""
    new = {(f["suite"], f["expectation"]) for f in findings if f.get("status", "new") == "new"}
    failing: Counter[str] = Counter({"error": 0, "warning": 0, "info": 0})
    errors = 0
    for suite_result in suite_results:
        for result in suite_result.results:
            if result.status == ERROR:
                errors += 1
            elif result.failed and (suite_result.suite.name, result.spec.id) in new:
                failing[result.spec.severity] += 1
    if errors:
        return Verdict(BROKEN, EXIT_BAD_INPUT, dict(failing), errors)
    if any(finding_gates(f, strict) for f in findings) or expired_waivers:
        return Verdict(FAIL, EXIT_FAILED, dict(failing), errors, expired_waivers)
    if failing["warning"]:
        return Verdict(PASS_WITH_WARNINGS, EXIT_OK, dict(failing), errors)
    return Verdict(PASS, EXIT_OK, dict(failing), errors)
