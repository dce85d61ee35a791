"""A whole run on one large event: every report of it is paired with every other within days.

    python -m benchmarks.one_event [--articles 600] [--checkout PATH]

Writes a corpus of ARTICLES reports of one declared event over three days (a toll, an injured
count and arrests in each, the figures rising), runs `run` on it into a scratch directory and
prints the wall time and the compare line. With --checkout the run uses that checkout's code
(a `git worktree` of an older commit), to compare in one sitting.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def write_corpus(path: Path, articles: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i in range(articles):
            day = dt.date(2026, 2, 1) + dt.timedelta(days=i * 3 // articles)
            out.write(json.dumps({
                "id": f"a{i}", "published": day.isoformat(), "event": "storm",
                "source": f"s{i % 40}", "language": "en",
                "text": f"The storm has killed {30 + i} people and injured {100 + i}, police "
                        f"said. {i} people were arrested."}) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--checkout", type=Path, default=ROOT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        corpus = Path(scratch) / "corpus.jsonl"
        write_corpus(corpus, args.articles)
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "validation", "run", "--corpus", str(corpus),
             "--db", str(Path(scratch) / "c.duckdb"), "--reports", str(Path(scratch) / "r")],
            cwd=args.checkout, capture_output=True, text=True, check=False,
            env={**os.environ, "PYTHONPATH": str(args.checkout)})
        seconds = time.perf_counter() - started
    compare = next((line for line in done.stdout.splitlines() + done.stderr.splitlines()
                    if line.startswith("[compare]")), "(no compare line)")
    print(f"{args.checkout}: {args.articles} reports of one event, exit {done.returncode}, "
          f"{seconds:.1f} s\n  {compare}")
    if done.returncode == 3:
        print("  " + "\n  ".join(done.stderr.strip().splitlines()[:3]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
