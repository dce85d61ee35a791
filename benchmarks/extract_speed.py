"""Claim extraction alone, on every dpgmedia article, against another checkout in one window.

    python -m benchmarks.extract_speed [--against CHECKOUT] [--rounds 3]
    python -m benchmarks.extract_speed --profile 12
    PYTHONPATH=CHECKOUT python benchmarks/extract_speed.py --profile 12

Times `extract_claims` over the texts of ../shared/corpora/dpgmedia-2019 in one process (the
best of --rounds passes, after a warm-up), without DuckDB or worker processes, so that a change
to the rules shows in the figure and little else does. The time is the process's CPU time
(`time.process_time`): on a shared machine, time spent waiting for a core is not the code's.
The date mentions (`find_date_mentions`) are timed the same way and printed beside, and so are
the stated arithmetic and scale readings (`find_stated_arithmetic`, `find_scale_readings`,
together) where the checkout has them.
With --against, the same script runs with CHECKOUT first on PYTHONPATH (an older commit's work
tree), alternating with this one, and the ratio of the medians is printed: the machine is
shared, so only ratios measured in one window mean anything. With --profile N, one pass runs
under cProfile and its total and the N functions with the most time of their own are printed
(run as a script with PYTHONPATH at a checkout to profile that checkout's `validation`).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "dpgmedia-2019" / \
    "dpgMedia2019-articles-byarticle-all.jsonl"


def best_seconds(rounds: int) -> tuple[float, int, int, float, float | None]:
    """(best CPU seconds of `rounds` passes, articles, claims, best CPU seconds of the date
    mentions' passes, and of the stated arithmetic's and scale readings' passes, None where
    the checkout has no such readers) for the code on sys.path."""
    from validation.extract.claims import extract_claims
    from validation.extract.dates import find_date_mentions
    from validation.extract.lexicon import load_pack

    texts = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    pack = load_pack("nl")
    window = (datetime.date(2019, 3, 1), datetime.date(2019, 3, 2))
    for text in texts[:50]:
        extract_claims("warm-up", text, pack)
        find_date_mentions("warm-up", text, pack, window)
    best, claims, best_dates = float("inf"), 0, float("inf")
    for _ in range(rounds):
        started = time.process_time()
        claims = sum(len(extract_claims(str(i), text, pack)) for i, text in enumerate(texts))
        best = min(best, time.process_time() - started)
        started = time.process_time()
        for i, text in enumerate(texts):
            find_date_mentions(str(i), text, pack, window)
        best_dates = min(best_dates, time.process_time() - started)
    return best, len(texts), claims, best_dates, _other_readers_seconds(texts, pack, rounds)


def _other_readers_seconds(texts: list[str], pack, rounds: int) -> float | None:
    """Best CPU seconds of a pass of the stated arithmetic and scale readings (None before
    they existed)."""
    try:
        from validation.extract.arithmetic import find_stated_arithmetic
        from validation.extract.scales import find_scale_readings
    except ImportError:
        return None
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        for i, text in enumerate(texts):
            find_stated_arithmetic(str(i), text, pack)
            find_scale_readings(str(i), text, pack)
        best = min(best, time.process_time() - started)
    return best


def profile(top: int) -> None:
    """One pass under cProfile: the total, then the `top` functions by their own time."""
    import cProfile
    import pstats

    from validation.extract.claims import extract_claims
    from validation.extract.lexicon import load_pack

    texts = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    pack = load_pack("nl")
    for text in texts[:50]:
        extract_claims("warm-up", text, pack)
    profiler = cProfile.Profile()
    profiler.enable()
    for i, text in enumerate(texts):
        extract_claims(str(i), text, pack)
    profiler.disable()
    stats = pstats.Stats(profiler)
    print(f"{stats.total_tt:.2f} s under cProfile, {len(texts)} articles "
          f"({sys.modules['validation'].__file__})")
    for (path, line, name), (_, calls, own, _, _) in sorted(
            stats.stats.items(), key=lambda item: -item[1][2])[:top]:
        print(f"{own:7.3f} s {calls:8d} calls  {name} ({Path(path).name}:{line})")


def _measured(checkout: Path, rounds: int) -> dict:
    """best_seconds in a process whose `validation` comes from `checkout`."""
    # this file run as a script: its own folder, then `checkout`, come first on sys.path
    environment = {**os.environ, "PYTHONPATH": str(checkout)}
    out = subprocess.run([sys.executable, __file__, "--measure", "--rounds", str(rounds)],
                         cwd=checkout, env=environment, capture_output=True, text=True,
                         check=True).stdout
    seconds, articles, claims, date_seconds, *other = json.loads(out.strip().splitlines()[-1])
    return {"seconds": seconds, "articles": articles, "claims": claims,
            "date_seconds": date_seconds, "other_seconds": (other or [None])[0]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", type=Path, help="an older checkout's work tree")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pairs", type=int, default=3, help="alternations with --against")
    parser.add_argument("--profile", type=int, metavar="N",
                        help="profile one pass and print the N costliest functions")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:  # one measurement as JSON, for _measured
        print(json.dumps(best_seconds(args.rounds)))
        return 0
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent")
        return 0
    if args.profile:
        profile(args.profile)
        return 0
    if args.against is None:
        seconds, articles, claims, date_seconds, other = best_seconds(args.rounds)
        print(f"{articles} articles, {claims} claims: {seconds:.2f} s "
              f"({articles / seconds:,.0f} articles/s); date mentions {date_seconds:.2f} s"
              + (f"; stated arithmetic and scale readings {other:.2f} s" if other else ""))
        return 0
    runs: dict[str, list[dict]] = {"this checkout": [], str(args.against): []}
    for _ in range(args.pairs):
        runs[str(args.against)].append(_measured(args.against.resolve(), args.rounds))
        runs["this checkout"].append(_measured(ROOT, args.rounds))
    medians = {}
    for name, measured in runs.items():
        medians[name] = statistics.median(m["seconds"] for m in measured)
        times = " ".join(f"{m['seconds']:.2f}" for m in measured)
        print(f"{name}: {times} s "
              f"(median {medians[name]:.2f} s; {measured[0]['claims']} claims "
              f"from {measured[0]['articles']} articles)")
    ratio = medians["this checkout"] / medians[str(args.against)]
    print(f"this checkout / {args.against}: {ratio:.2f}")
    dates = {name: statistics.median(m["date_seconds"] for m in measured)
             for name, measured in runs.items()}
    print(f"date mentions: this checkout {dates['this checkout']:.2f} s, {args.against} "
          f"{dates[str(args.against)]:.2f} s (medians), ratio "
          f"{dates['this checkout'] / dates[str(args.against)]:.2f}")
    for name, measured in runs.items():
        others = [m["other_seconds"] for m in measured if m["other_seconds"] is not None]
        if others:
            share = statistics.median(others) / (medians[name] + dates[name])
            print(f"stated arithmetic and scale readings: {name} {statistics.median(others):.2f}"
                  f" s (median), {share:.0%} of its claims and date mentions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
