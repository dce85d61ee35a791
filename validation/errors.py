"""One base exception for the package, one subclass per stage.

Every error carries what is wrong, where, and how to fix it, so the CLI can print it as is and
exit with code 2 (bad input or configuration).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Problem:
    """One thing wrong with an input: what, where (file:line, record, article id), and the fix."""

    message: str
    where: str = ""
    fix: str = ""

    def __str__(self) -> str:
        text = f"{self.where}: {self.message}" if self.where else self.message
        return f"{text} ({self.fix})" if self.fix else text


class ValidationError(Exception):
    """Base for every error this package raises on bad input or configuration."""

    def __init__(self, problems: list[Problem] | Problem | str):
        if isinstance(problems, str):
            problems = [Problem(problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class CorpusError(ValidationError):
    """The corpus cannot be read at all (missing path, no readable files)."""


class SuiteError(ValidationError):
    """An expectation suite is malformed; carries every problem found, each with file:line."""


class ContractError(ValidationError):
    """A table does not satisfy its pandera contract."""


class StoreError(ValidationError):
    """The DuckDB file cannot be opened or is not one of ours."""


class ExecutionError(ValidationError):
    """An expectation could not be evaluated (bad column, bad SQL, fewer results than declared)."""


class ReportError(ValidationError):
    """The reports cannot be written (disk full, no permission); the previous ones are kept."""
