"""The ordered parallel map used by loading and extraction."""

import os
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT
from validation.parallel import ordered_map


def test_results_come_back_in_input_order_from_worker_processes():
    words = [f"w{'x' * n}" for n in range(25)]
    assert list(ordered_map(len, words, workers=2)) == [(w, len(w)) for w in words]


def test_one_worker_runs_in_process():
    assert list(ordered_map(str.upper, iter(["a", "b"]), workers=1)) == [("a", "A"), ("b", "B")]


# Started as its own process, SIGKILLed by the test: prints its worker's pid, then waits.
_HOLDER = """
import sys, time
from validation.report.charts import TimelinesDrawn
from validation.parallel import ordered_map
kind = sys.argv[1]
if kind == "pool":
    import multiprocessing
    from validation.parallel import start_worker
    pool = multiprocessing.get_context("spawn").Pool(1, start_worker)
    pid = pool.apply(__import__("os").getpid)
else:
    drawn = TimelinesDrawn(aside=True)
    drawn.start([{"points": []}])
    pid = drawn._executor.submit(__import__("os").getpid).result()
print(pid, flush=True)
time.sleep(600)
"""


@pytest.mark.parametrize("kind", ["pool", "timelines"])
def test_a_worker_ends_when_the_run_that_started_it_is_killed(kind):
    """A run killed with SIGKILL cannot stop its workers; each ends by itself once its parent
    is gone, instead of waiting on its task pipe for ever."""
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, kind], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True)
    worker = int(holder.stdout.readline())
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    for _ in range(100):  # the watch looks once a second
        try:
            os.kill(worker, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    os.kill(worker, signal.SIGKILL)
    pytest.fail(f"worker {worker} outlived its killed parent")
