"""What one `check` costs before it checks anything: imports, and the fixed cost of each call.

    python -m benchmarks.check_startup [--calls 15]

On a table of four rows and a suite of one expectation (so nearly all of the time is fixed
cost): the seconds to import the pipeline and Great Expectations, the first call (which also
builds what later calls reuse), and the median of the later calls in the same process, as
`make bench` or a test harness calling `check` many times pays it. Run the same script with
PYTHONPATH at an older checkout to compare (it calls only `validation.pipeline.check`).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

SUITE = """suite: startup
table: items
row_id: item_id
expectations:
  - type: expect_column_values_to_not_be_null
    id: value-present
    kwargs: {column: value}
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=15)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    import great_expectations  # noqa: F401  (what `check` imports, timed apart)

    from validation import pipeline
    imported = time.perf_counter() - started
    import duckdb

    folder = Path(tempfile.mkdtemp(prefix="check-startup-"))
    database, suite = folder / "items.duckdb", folder / "startup.yml"
    with duckdb.connect(str(database)) as con:
        con.execute("CREATE TABLE items AS SELECT * FROM (VALUES ('a', 1), ('b', NULL), "
                    "('c', 3), ('d', 4)) v(item_id, value)")
    suite.write_text(SUITE, encoding="utf-8")
    seconds = []
    for _ in range(args.calls):
        started = time.perf_counter()
        pipeline.check(database, [suite])
        seconds.append(time.perf_counter() - started)
    print(f"imports {imported:.2f} s | first check {seconds[0]:.3f} s | later checks: median "
          f"{statistics.median(seconds[1:]):.3f} s, min {min(seconds[1:]):.3f} s "
          f"({len(seconds) - 1} calls)")
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    import os

    os._exit(code)  # skip duckdb's noisy "nanobind: leaked" teardown
