"""One measured stage in a process of its own: wall time and the process's peak memory, as JSON.

    python -m benchmarks.stage load  CORPUS DB
    python -m benchmarks.stage extract DB
    python -m benchmarks.stage compare DB
    python -m benchmarks.stage suite DB SUITE.yml

Run by benchmarks/run.py; a separate process per stage so each peak RSS is that stage's own.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    stage, *args = argv
    started = time.perf_counter()
    if stage == "load":
        from validation import pipeline

        corpus, db = map(Path, args)
        outcome = pipeline.load(corpus, db)
        figures = {"read": outcome.stats.read, "loaded": outcome.stats.loaded,
                   "rejected": outcome.stats.rejected}
    elif stage == "extract":
        from validation.extract import extract_into
        from validation.store import Store

        with Store(Path(args[0])) as store:
            stats = extract_into(store.con)
        figures = {"articles": stats.extracted, "claims": stats.claims,
                   "unchanged": stats.unchanged}
    elif stage == "compare":
        from validation.compare import compare_into
        from validation.store import Store

        with Store(Path(args[0])) as store:
            stats = compare_into(store.con)
        figures = {"reported_claims": stats.reported_claims,
                   "near_duplicate_pairs": stats.near_duplicate_pairs,
                   "stories": stats.stories, "largest_story": stats.largest_story,
                   "claim_pairs": stats.comparisons.compared}
    elif stage == "suite":
        from validation import pipeline

        db, suite = map(Path, args)
        outcome = pipeline.check(db, [suite])
        result = outcome.suite_results[0]
        figures = {"rows": result.results[0].element_count, "status": result.status,
                   "suite_seconds": round(result.seconds, 3)}
    else:
        print(f"unknown stage {stage!r}", file=sys.stderr)
        return 2
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"stage": stage, "seconds": round(seconds, 3), "peak_mb": round(peak_mb),
                      **figures}))
    return 0


if __name__ == "__main__":
    code = main(sys.argv[1:])
    sys.stdout.flush()
    os._exit(code)  # skip duckdb's noisy "nanobind: leaked" teardown
