"""Score a run on a blind review's correct corpora (tests/data/reviews/<review>/, by default
fresh16: 16 news events, 70 articles, written by a helper as correct news without reading the
validator; every finding of the first run on them judged against the text in judged.tsv).

    python -m benchmarks.fresh_review [--review tests/data/reviews/fresh17] [--show]

Each corpus is run into build/<review>/<name>/ with "today" the day after its latest article. A
finding is matched with a judgement by corpus, kind, articles and message; one no judgement
names is unjudged (read it and add it to judged.tsv). Prints, per kind, the findings judged
right, wrong and defensible and the unjudged, and how many corpora a run fails (exit 1: a
finding of error severity), since every one of them is correct news.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REVIEWS = ROOT / "tests" / "data" / "reviews"
VERDICTS = ("right", "wrong", "defensible")


def _key(corpus: str, kind: str, articles: list[str] | str) -> tuple:
    ids = articles.split(",") if isinstance(articles, str) else articles
    return corpus, kind, tuple(sorted(i.strip() for i in ids))


def _message(message: str) -> str:
    # (a finding's message opens with its articles in brackets; the judged one does not)
    return re.sub(r"^\[[^\]]*\]\s*", "", message.strip())


def judgements(review: Path) -> dict[tuple, list[tuple[str, str, str]]]:
    """(corpus, kind, articles) -> [(message, verdict, reason)]; a judged message may be cut
    short (the reviewer kept 200 characters): it names each finding it opens."""
    judged: dict[tuple, list[tuple[str, str, str]]] = {}
    path = review / "judged.tsv"
    if not path.exists():
        return judged
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            judged.setdefault(_key(row["corpus"], row["kind"], row["article_ids"]), []).append(
                (_message(row["message"]).rstrip(" …."), row["verdict"], row["reason"]))
    return judged


def _judged(judged: dict, corpus: str, finding: dict) -> tuple[str, str]:
    message = _message(finding["message"])
    return next(((verdict, reason) for said, verdict, reason in judged.get(
        _key(corpus, finding["kind"], finding["article_ids"]), []) if message.startswith(said)),
        ("unjudged", ""))


def run(corpus: Path, build: Path) -> tuple[int, list[dict]]:
    """The run's exit code and findings, on a fresh store."""
    out = build / corpus.stem
    out.mkdir(parents=True, exist_ok=True)
    (out / "run.duckdb").unlink(missing_ok=True)
    days = [json.loads(line)["published"][:10]
            for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    today = dt.date.fromisoformat(max(days)) + dt.timedelta(days=1)
    done = subprocess.run([sys.executable, "-m", "validation", "run", "--corpus", str(corpus),
                           "--db", str(out / "run.duckdb"), "--reports", str(out),
                           "--no-data-docs", "--quiet", "--today", today.isoformat()],
                          check=False, capture_output=True)
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    return done.returncode, results["findings"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true",
                        help="list every finding judged wrong and every unjudged one")
    parser.add_argument("--review", type=Path, default=REVIEWS / "fresh16",
                        help="the review's folder: corpora/*.jsonl and judged.tsv "
                             "(default: %(default)s)")
    args = parser.parse_args(argv)
    if not (args.review / "corpora").is_dir():
        print(f"error: {args.review / 'corpora'} is no folder; give --review a folder holding "
              "corpora/*.jsonl (and judged.tsv once judged)", file=sys.stderr)
        return 2
    judged = judgements(args.review)
    build = ROOT / "build" / args.review.resolve().name
    counts: dict[str, Counter] = {}
    failed, listed = [], []
    corpora = sorted((args.review / "corpora").glob("*.jsonl"))
    for corpus in corpora:
        code, findings = run(corpus, build)
        if code == 1:
            failed.append(corpus.stem)
        for finding in findings:
            kind = finding["kind"]
            verdict, reason = _judged(judged, corpus.stem, finding)
            counts.setdefault(kind, Counter())[verdict] += 1
            if verdict in ("wrong", "unjudged"):
                listed.append(f"  {verdict} {corpus.stem} {kind} {finding['article_ids']}: "
                              f"{finding['message'][:200]}" + (f" ({reason})" if reason else ""))
    print(f"{'kind':<28}{'right':>7}{'wrong':>7}{'defens.':>9}{'unjudged':>10}")
    totals: Counter = Counter()
    for kind in sorted(counts):
        row = counts[kind]
        print(f"{kind:<28}" + "".join(f"{row[v]:>{w}}" for v, w in
                                      (("right", 7), ("wrong", 7), ("defensible", 9),
                                       ("unjudged", 10))))
        if kind != "update":
            totals.update(row)
    judged_count = sum(totals[v] for v in VERDICTS)
    share = f"{totals['right'] / judged_count:.2f}" if judged_count else "n/a"
    print(f"all but updates: {sum(totals.values())} findings, {judged_count} judged, "
          f"{totals['right']} right ({share}), {totals['wrong']} wrong, "
          f"{totals['unjudged']} unjudged")
    print(f"runs that fail (exit 1) on correct news: {len(failed)} of {len(corpora)}"
          + (f" ({', '.join(failed)})" if failed else ""))
    if args.show:
        print("\n".join(listed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
