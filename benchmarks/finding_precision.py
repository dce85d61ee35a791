"""Precision of findings on the real corpora, from judgements made by reading the articles.

    python -m benchmarks.finding_precision [--run] [--export FILE]

benchmarks/judged_findings.yml holds one judgement per finding (corpus, kind, articles, the
finding's message, verdict right / defensible / wrong, and a one-line reason), made by reading
the article texts. This scores the findings of a run of each corpus against it: precision per
kind (right / judged; defensible counted apart), and lists the findings not yet judged. With
--run, dpgmedia-2019 and BASIL are run first (into build/precision/); with --export FILE, the
unjudged findings are written as a skeleton to judge.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
JUDGED = ROOT / "benchmarks" / "judged_findings.yml"
OUT = ROOT / "build" / "precision"
RUNS = {
    "dpgmedia-2019": CORPORA / "dpgmedia-2019" / "dpgMedia2019-articles-byarticle-all.jsonl",
    "basil": CORPORA / "basil" / "articles",
}


def run(corpus: str) -> Path:
    """Run the validator on one corpus (a fresh store); its results.json."""
    out = OUT / corpus
    (out / "store.duckdb").unlink(missing_ok=True)
    subprocess.run([sys.executable, "-m", "validation", "run", "--corpus", str(RUNS[corpus]),
                    "--db", str(out / "store.duckdb"), "--reports", str(out),
                    "--no-data-docs", "--quiet", "--today", "2026-12-01"],
                   check=False, capture_output=True)
    return out / "results.json"


def key(corpus: str, finding: dict) -> tuple:
    """What identifies a finding across runs: corpus, kind, articles and message."""
    return (corpus, finding["kind"], tuple(sorted(finding.get("article_ids") or [])),
            finding.get("message", ""))


def load_judged() -> dict[tuple, dict]:
    if not JUDGED.exists():
        return {}
    rows = yaml.safe_load(JUDGED.read_text(encoding="utf-8"))["judgements"] or []
    return {(r["corpus"], r["kind"], tuple(sorted(r["articles"])), r["message"]): r
            for r in rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run", action="store_true", help="run both corpora first")
    parser.add_argument("--export", type=Path, help="write the unjudged findings here")
    args = parser.parse_args(argv)
    if not CORPORA.exists():
        print(f"skipped: {CORPORA} is absent")
        return 0
    judged = load_judged()
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    unjudged = []
    for corpus in RUNS:
        results = run(corpus) if args.run else OUT / corpus / "results.json"
        for finding in json.loads(results.read_text(encoding="utf-8"))["findings"]:
            judgement = judged.get(key(corpus, finding))
            if judgement is None:
                unjudged.append({"corpus": corpus, "kind": finding["kind"],
                                 "articles": sorted(finding.get("article_ids") or []),
                                 "message": finding.get("message", ""),
                                 "verdict": None, "reason": None})
                counts[finding["kind"]]["unjudged"] += 1
            else:
                counts[finding["kind"]][judgement["verdict"]] += 1
    total = defaultdict(int)
    print(f"{'kind':28} {'findings':>8} {'right':>6} {'defens.':>7} {'wrong':>6} "
          f"{'unjudged':>8} {'precision':>9}")
    for kind, row in sorted(counts.items()):
        judged_here = row["right"] + row["defensible"] + row["wrong"]
        for name in ("right", "defensible", "wrong", "unjudged"):
            total[name] += row[name]
        precision = f"{row['right'] / judged_here:.2f}" if judged_here else "-"
        print(f"{kind:28} {sum(row.values()):>8} {row['right']:>6} {row['defensible']:>7} "
              f"{row['wrong']:>6} {row['unjudged']:>8} {precision:>9}")
    judged_total = total["right"] + total["defensible"] + total["wrong"]
    print(f"all: {judged_total + total['unjudged']} findings, {judged_total} judged, "
          f"precision {total['right'] / max(1, judged_total):.2f} "
          f"({(total['right'] + total['defensible']) / max(1, judged_total):.2f} counting the "
          f"defensible)")
    if args.export:
        args.export.write_text(yaml.safe_dump({"judgements": unjudged}, allow_unicode=True,
                                              sort_keys=False, width=100), encoding="utf-8")
        print(f"{len(unjudged)} unjudged findings written to {args.export}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
