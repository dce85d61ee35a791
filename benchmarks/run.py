"""`make bench`: load, extract, compare and article-suite speed and memory on real Dutch news,
1,438 to 300,000 articles.

The real dpgmedia-2019 corpus (../shared/corpora) is loaded as is, then replicated to 10,000,
100,000 and 300,000 articles (each copy gets its own id and a marker sentence, so texts stay
unique and the duplicate check does not flood). Each stage runs in its own process; the table
gives wall seconds, articles per second and peak resident memory. Results go to stdout and to
build/bench/results.json. Skips cleanly when ../shared/corpora is absent.

    python -m benchmarks.run [--sizes 1438,10000,100000,300000]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DPGMEDIA = ROOT.parent / "shared" / "corpora" / "dpgmedia-2019" / \
    "dpgMedia2019-articles-byarticle-all.jsonl"
WORK = ROOT / "build" / "bench"
SUITE = ROOT / "expectations" / "articles.yml"


def replicate(source: Path, size: int) -> Path:
    """A JSONL corpus of `size` articles made of copies of `source` (reused when present)."""
    target = WORK / f"dpgmedia-{size}.jsonl"
    if target.exists():
        return target
    records = [json.loads(line) for line in source.open(encoding="utf-8") if line.strip()]
    WORK.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    with partial.open("w", encoding="utf-8") as out:
        for n in range(size):
            record = dict(records[n % len(records)])
            copy = n // len(records)
            if copy:
                record["id"] = f"{record['id']}-r{copy}"
                if record.get("text"):
                    record["text"] = f"{record['text']} (kopie {copy})"
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    partial.rename(target)
    return target


def stage(*args: str) -> dict:
    completed = subprocess.run([sys.executable, "-m", "benchmarks.stage", *args], cwd=ROOT,
                               capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        raise SystemExit(f"stage {args[0]} failed:\n{completed.stderr[-3000:]}")
    return json.loads(completed.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1438,10000,100000,300000",
                        help="corpus sizes; 1438 is the real corpus itself")
    args = parser.parse_args(argv)
    if not DPGMEDIA.exists():
        print(f"skipped: {DPGMEDIA} is absent (../shared/corpora is not next to this checkout)")
        return 0
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        corpus = DPGMEDIA if size == 1438 else replicate(DPGMEDIA, size)
        db = WORK / f"bench-{size}.duckdb"
        db.unlink(missing_ok=True)
        load = stage("load", str(corpus), str(db))
        extract = stage("extract", str(db))
        again = stage("extract", str(db))  # nothing changed: nothing is extracted again
        compare = stage("compare", str(db))
        suite = stage("suite", str(db), str(SUITE))
        rows.append({"articles": size, "load": load, "extract": extract, "extract_again": again,
                     "compare": compare, "suite": suite,
                     "db_mb": round(db.stat().st_size / 2**20)})
        print(f"{size:>7} articles | load {load['seconds']:6.1f} s "
              f"({load['read'] / load['seconds']:6.0f} records/s, peak {load['peak_mb']} MB, "
              f"{load['loaded']} loaded, {load['rejected']} rejected) | article suite "
              f"{suite['seconds']:5.1f} s ({suite['rows'] / suite['seconds']:6.0f} articles/s, "
              f"GX validation {suite['suite_seconds']} s, peak {suite['peak_mb']} MB) | "
              f"load + suite {load['seconds'] + suite['seconds']:5.1f} s | extract "
              f"{extract['seconds']:5.1f} s ({extract['articles'] / extract['seconds']:5.0f} "
              f"articles/s, {extract['claims']} claims, peak {extract['peak_mb']} MB; again "
              f"{again['seconds']:.1f} s, {again['articles']} re-extracted) | compare "
              f"{compare['seconds']:5.1f} s (peak {compare['peak_mb']} MB, "
              f"{compare['near_duplicate_pairs']} similar pairs, {compare['stories']} stories, "
              f"the largest {compare['largest_story']}) | "
              f"DuckDB file {rows[-1]['db_mb']} MB", flush=True)
    WORK.mkdir(parents=True, exist_ok=True)
    (WORK / "results.json").write_text(json.dumps(rows, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
