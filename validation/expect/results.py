"""What running a suite produced, in terms that know nothing of the executor (GX) or the report."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from validation.expect.spec import ExpectationSpec, Suite

PASSED, FAILED, ERROR = "passed", "failed", "error"


@dataclass
class ExpectationResult:
    """One expectation's outcome: status, counts, the unexpected rows, or why it could not run."""

    spec: ExpectationSpec
    status: str
    element_count: int | None = None
    unexpected_count: int | None = None
    observed_value: Any = None
    rows: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    traceback: str | None = None
    # GX lists a sample of the failing rows; this query (the expectation's own condition)
    # selects them all, and rows_missing counts those it still could not list.
    rows_query: str | None = None
    rows_missing: int = 0

    @property
    def failed(self) -> bool:
        return self.status == FAILED


@dataclass
class SuiteResult:
    """Every expectation result of one suite, in declaration order."""

    suite: Suite
    results: list[ExpectationResult]
    seconds: float = 0.0

    @property
    def status(self) -> str:
        if any(r.status == ERROR for r in self.results):
            return ERROR
        return FAILED if any(r.failed for r in self.results) else PASSED
