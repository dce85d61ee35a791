"""Named points where a run stops itself on request, so that tests can kill it exactly there.

With NEWS_VALIDATION_PAUSE_AT=<point> in its environment, a run reaching that point says so on
stderr and stops (SIGSTOP); tests/test_crash.py then kills it with SIGKILL, as a crash, an
out-of-memory kill or a cancelled CI job would. Unset, a point costs one environment lookup.
"""

from __future__ import annotations

import os
import signal
import sys

PAUSE_VARIABLE = "NEWS_VALIDATION_PAUSE_AT"
# load and extract stop at their first progress tick, in the middle of their writes; compare
# after its tables are written; expect with the suites run and their Data Docs written aside;
# report with every file of the new set written aside, before it is swapped in.
POINTS = ("load", "extract", "compare", "expect", "report")


def pause_point(name: str) -> None:
    """Stop this process here when NEWS_VALIDATION_PAUSE_AT names this point."""
    if os.environ.get(PAUSE_VARIABLE) != name:
        return
    sys.stderr.write(f"paused at {name}\n")
    sys.stderr.flush()
    os.kill(os.getpid(), signal.SIGSTOP)
