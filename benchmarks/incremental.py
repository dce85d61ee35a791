"""`make bench` (second part): what adding 1% of articles costs against a full run.

A corpus of 99,000 articles is made from the real dpgmedia-2019 texts, each copy with its own
id, a pseudo-random quarter of its words left out (so copies are neither duplicates nor
near-duplicates of each other: plain copies would make every article a near-duplicate of
seventy others) and its publication date moved back by 63 days per round of copies still to
come (so there are as many articles per day as in the real corpus, about 1,400 per two months,
over twelve years, none of them in the future, and the added articles are the newest).
The corpus is a folder. A full `run` (every shipped suite, no Data Docs) on a new database is
timed, then two ways of adding 1,000 more such articles to that state: `run --append` of the
added file alone (on a copy of the database), and a plain `run` of the folder after the added
file was put in it (the whole folder is read again; only what changed is rewritten).
Each run is a process of its own; wall seconds, peak memory and each suite's seconds (from the
run's results.json) go to stdout and to build/bench/incremental.json.

    python -m benchmarks.incremental [--base 99000] [--added 1000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.run import DPGMEDIA, ROOT, WORK

SPAN_DAYS = 63  # the real corpus spans 2019-02-12 to 2019-04-11


def distinct_copies(source: Path, first: int, count: int, total: int, target: Path) -> Path:
    """Articles first .. first+count-1 of `total`: copy n drops its own quarter of words."""
    if target.exists():
        return target
    records = [json.loads(line) for line in source.open(encoding="utf-8") if line.strip()]
    records = [r for r in records if (r.get("text") or "").strip()]
    last_round = (total - 1) // len(records)
    WORK.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    with partial.open("w", encoding="utf-8") as out:
        for n in range(first, first + count):
            record = dict(records[n % len(records)])
            record["id"] = f"{record['id']}-c{n}"
            # each round of copies gets its own two months, so the corpus is as dense per day
            # as the real one (seventy copies on one day would compare each claim seventy-fold);
            # the last round keeps the real dates, so no article is dated after today
            shift = dt.timedelta(days=-SPAN_DAYS * (last_round - n // len(records)))
            published = dt.datetime.fromisoformat(record["published_at"]) + shift
            record["published_at"] = published.isoformat()
            chooser = random.Random(n)
            words = record["text"].split(" ")
            record["text"] = " ".join(w for w in words if chooser.random() >= 0.25)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    partial.rename(target)
    return target


def timed_run(*args: str) -> dict:
    """`python -m validation run ...` in its own process: wall seconds, peak MB, exit code."""
    started = time.perf_counter()
    completed = subprocess.run([sys.executable, "-m", "validation", "run", "--quiet",
                                "--no-data-docs", *args], cwd=ROOT, capture_output=True,
                               text=True, check=False)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if completed.returncode not in (0, 1):
        raise SystemExit(f"run failed ({completed.returncode}):\n{completed.stderr[-3000:]}")
    return {"seconds": round(seconds, 1), "peak_mb_so_far": round(peak),
            "exit_code": completed.returncode,
            "verdict": completed.stdout.strip().splitlines()[-1]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=99_000)
    parser.add_argument("--added", type=int, default=1_000)
    args = parser.parse_args(argv)
    if not DPGMEDIA.exists():
        print(f"skipped: {DPGMEDIA} is absent (../shared/corpora is not next to this checkout)")
        return 0
    total = args.base + args.added
    base = distinct_copies(DPGMEDIA, 0, args.base, total,
                           WORK / f"past-{args.base}-of-{total}.jsonl")
    added = distinct_copies(DPGMEDIA, args.base, args.added, total,
                            WORK / f"past-{args.base}+{args.added}.jsonl")
    # the corpus is a folder, as users keep one: the full run reads it with the base file in
    # it; the grown run reads it again after the added file was put beside the base file
    folder = WORK / "growing-corpus"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    (folder / "a.jsonl").symlink_to(base.resolve())
    db, reports = WORK / "incremental.duckdb", WORK / "incremental-reports"
    appended_db = WORK / "incremental-append.duckdb"
    db.unlink(missing_ok=True)
    full = timed_run("--corpus", str(folder), "--db", str(db), "--reports", str(reports / "full"))
    shutil.copyfile(db, appended_db)  # the state after the full run, for the append run
    appended = timed_run("--corpus", str(added), "--append", "--db", str(appended_db),
                         "--reports", str(reports / "append"))
    (folder / "b.jsonl").symlink_to(added.resolve())
    grown = timed_run("--corpus", str(folder), "--db", str(db), "--reports", str(reports / "grown"))
    for name, timed in (("full", full), ("append", appended), ("grown", grown)):
        document = json.loads((reports / name / "results.json").read_text())
        timed["suite_seconds"] = {s["name"]: s["seconds"] for s in document["suites"]}
    result = {"base": args.base, "added": args.added, "full": full, "append": appended,
              "grown": grown, "append_ratio": round(appended["seconds"] / full["seconds"], 3),
              "grown_ratio": round(grown["seconds"] / full["seconds"], 3)}
    print(f"full run on {args.base} articles: {full['seconds']} s ({full['verdict']}); adding "
          f"{args.added} with --append: {appended['seconds']} s = {result['append_ratio']:.1%} "
          f"of the full run; the whole grown folder run again: {grown['seconds']} s = "
          f"{result['grown_ratio']:.1%}; peak memory of any run {grown['peak_mb_so_far']} MB; "
          f"suite seconds of the append run {appended['suite_seconds']}", flush=True)
    (WORK / "incremental.json").write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
