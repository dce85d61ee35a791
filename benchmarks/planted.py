"""Score a run's findings against a planted-defect corpus (tests/data/planted/, or another
folder of corpus.jsonl and gold.yml: tests/data/planted2/ was written later, blind, to measure
the rules drawn from the first).

    python -m benchmarks.planted [--corpus DIR] [--results FILE] [--show]

Without --results, the corpus is run first (`run --no-data-docs` into build/<folder name>/). A
defect is found when a finding of its kind names its article (one-article kinds) or at least two
of its articles (comparisons, duplicates, name variants), a comparison is of its metric, and a
finding of one article that quotes its text quotes only figures of the defect's evidence (a
part above its whole counts for a defect of either kind the gold files use for it:
`relation_violated` or `scope_inconsistency`).
A trap is hit when a finding of a kind the trap names (`must_not_be`) names its articles the
same way and, for a comparison, quotes only figures of the trap's evidence. Findings that match
neither are listed as unjudged: the gold says a cumulative rise it does not list is neither a
hit nor a false alarm, so unjudged updates are expected.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import yaml

from benchmarks.extraction_quality import OUR_METRICS

ROOT = Path(__file__).resolve().parents[1]
PLANTED = ROOT / "tests" / "data" / "planted"
# The gold's free metric words that name one of our metrics
GOLD_WORDS = {"evacuated": "displaced", "hospitalised": "hospitalized", "dead": "deaths",
              "percent": "percentage"}
ONE_ARTICLE_KINDS = {"relation_violated", "out_of_range", "mention_after_publication",
                     "weekday_mismatch", "media_residue"}
# A part above its whole in one article is `relation_violated` in the first planted corpora's
# gold and `scope_inconsistency` in the later ones (our partitive checks say the first, our
# place checks the second): a finding of either kind from a part-whole check of the default
# suite (expectations/claims.yml) is about a defect of either.
PART_WHOLE_KINDS = {"relation_violated", "scope_inconsistency"}
PART_WHOLE_CHECKS = {"parts-within-wholes", "partitives-within-wholes",
                     "parts-alone-within-wholes", "places-within-wholes"}


def _of_kind(finding: dict, kind: str) -> bool:
    """The finding is of the defect's or trap's kind, or both set a part above its whole."""
    if finding["kind"] == kind:
        return True
    return {finding["kind"], kind} <= PART_WHOLE_KINDS \
        and finding.get("expectation") in PART_WHOLE_CHECKS \
        and len(finding.get("article_ids") or []) == 1


def _in_evidence(figure: str, evidence: str) -> bool:
    """The figure as a whole word of the evidence ("two" is not in "Twenty-two", "400" not in
    "2.400"), in any case."""
    return re.search(rf"(?<![\w.,-]){re.escape(figure)}(?![\w-])", evidence,
                     re.IGNORECASE) is not None


def _names(finding: dict, articles: list[str], kind: str) -> bool:
    named = set(finding.get("article_ids") or [])
    wanted = set(articles)
    # (a finding within one article, an unconfirmed figure beside its firm one, is about a
    # defect of that article and others)
    if kind in ONE_ARTICLE_KINDS or len(wanted) == 1 or len(named) == 1:
        return bool(named & wanted)
    return len(named & wanted) >= 2


def _about(finding: dict, item: dict) -> bool:
    """A comparison finding quotes its figures ("37" vs "51") and names its metric: it is
    about a gold item when the metric agrees and, for a trap, every quoted figure is in the
    trap's evidence; a part above its whole, when the item's evidence holds the part."""
    message = finding.get("message", "")
    # (a comparison's shape: `injured: "38" (article, day) vs ...`; not a quoted sentence)
    quoted = re.findall(r'"([^"]+)"', message) if re.search(r'\w: "[^"]*" \(', message) \
        else []
    metric = item.get("metric")
    # our finer metrics count as the gold's ("turnout" is a percentage), and our names for
    # the gold's words ("evacuated" people are displaced)
    names = {metric, GOLD_WORDS.get(metric)} | {ours for ours, gold in OUR_METRICS.items()
                                                if gold == metric}
    if metric and quoted and not any(f"{name}: " in message for name in names):
        return False
    evidence = " ".join(item.get("evidence", []))
    if "must_not_be" in item and quoted:
        # every figure the finding quotes: a finding about other figures of the same articles
        # is not about the trap
        return all(_in_evidence(value, evidence) for value in quoted)
    if finding.get("expectation") in PART_WHOLE_CHECKS:
        # ... and a part above its whole is about a trap or a defect only when its evidence
        # holds the part as the finding says it (not another item of the same article)
        figures = _parts_said(message)
        return bool(figures) and all(_in_evidence(figure, evidence) for figure in figures)
    if not quoted and "must_not_be" in item:
        # ... and a finding of one article that quotes its text is about a trap only when
        # the trap's evidence holds every figure of the quote
        return all(_in_evidence(figure, evidence)
                   for excerpt in re.findall(r'"([^"]*\d[^"]*)"', message)
                   for figure in re.findall(r"\d+(?:[.,]\d+)*", excerpt))
    return True


def _parts_said(message: str) -> list[str]:
    """The part a part-above-whole finding names: the largest figure its quotes hold (the
    part is above its whole), or the quote itself when it writes its figures in words
    ("Seven of the five men"), or the part before "is given as a part of" / "is more than"
    ("injured elf is given as a part of ...": "elf"), or the parts it adds up ("parts 9 + 7
    add up to 16")."""
    excerpts = re.findall(r'"([^"]+)"', message)
    if excerpts:
        figures = [figure for excerpt in excerpts
                   for figure in re.findall(r"\d+(?:[.,]\d+)*", excerpt)]
        if not figures:
            return excerpts[:1]
        return [max(figures, key=lambda f: float(re.sub(r"[.,]", "", f)))]
    part = re.search(r"^(?:\[[^]]*\] )?\w+ (.+?) (?:in .+ alone |for a part .+ )?"
                     r"is (?:given as a part of|more than) ", message)
    if part:
        return [part.group(1)]
    added = re.search(r"parts (.+?) add up to ", message)
    return [p.strip() for p in added.group(1).split(" + ")] if added else []


def score(findings: list[dict], gold: dict) -> dict:
    """Defects found per kind, traps hit, and the findings no gold item speaks of."""
    found: dict[str, list[str]] = {}
    judged: set[int] = set()  # about a defect
    trapped: set[int] = set()  # about a trap (and no defect)
    for defect in gold["defects"]:
        hits = [i for i, f in enumerate(findings)
                if _of_kind(f, defect["kind"]) and _names(f, defect["articles"], f["kind"])
                and _about(f, defect)]
        judged.update(hits)
        found.setdefault(defect["kind"], []).append(defect["id"] if hits else "")
    hit_traps = []
    for trap in gold["traps"]:
        kinds = set(trap["must_not_be"])
        hits = [i for i, f in enumerate(findings) if any(_of_kind(f, k) for k in kinds)
                and _names(f, trap["articles"], f["kind"]) and _about(f, trap)
                and i not in judged]
        if hits:
            hit_traps.append((trap["id"], sorted({findings[i]["kind"] for i in hits}),
                              trap.get("note", "")))
            trapped.update(hits)
    unjudged = [f for i, f in enumerate(findings) if i not in judged | trapped]
    per_kind: dict[str, list[int]] = {}
    for i, finding in enumerate(findings):
        row = per_kind.setdefault(finding["kind"], [0, 0, 0])
        row[0 if i in judged else 1 if i in trapped else 2] += 1
    return {"found": found, "hit_traps": hit_traps, "unjudged": unjudged, "per_kind": per_kind}


def run_corpus(corpus: Path, out: Path) -> Path:
    """Run the validator on a planted corpus (a fresh store); the path of its results.json.
    Its "today" is its own: the day of its latest article, so that a story invented in a
    year still to come is not published "in the future"."""
    (out / "planted.duckdb").unlink(missing_ok=True)
    subprocess.run([sys.executable, "-m", "validation", "run", "--corpus",
                    str(corpus / "corpus.jsonl"), "--db", str(out / "planted.duckdb"),
                    "--reports", str(out), "--no-data-docs", "--quiet", "--today",
                    corpus_today(corpus / "corpus.jsonl")], check=False, capture_output=True)
    return out / "results.json"


def corpus_today(corpus: Path) -> str:
    """The day of the corpus's latest article (at least 2026-12-01, the day the planted corpora
    were first scored against)."""
    days = [json.loads(line)["published"][:10] for line in corpus.read_text().splitlines()
            if line.strip()]
    return max(days + ["2026-12-01"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=PLANTED,
                        help="a folder of corpus.jsonl and gold.yml (default: %(default)s)")
    parser.add_argument("--results", type=Path, help="a results.json of a run on the corpus")
    parser.add_argument("--show", action="store_true", help="list misses, traps and unjudged")
    args = parser.parse_args(argv)
    results = args.results or run_corpus(args.corpus, ROOT / "build" / args.corpus.name)
    findings = json.loads(results.read_text(encoding="utf-8"))["findings"]
    gold = yaml.safe_load((args.corpus / "gold.yml").read_text(encoding="utf-8"))
    result = score(findings, gold)
    total = sum(len(ids) for ids in result["found"].values())
    hits = sum(1 for ids in result["found"].values() for i in ids if i)
    print(f"planted defects found: {hits} of {total}; traps reported: "
          f"{len(result['hit_traps'])} of {len(gold['traps'])}; findings: {len(findings)} "
          f"({len(result['unjudged'])} about nothing planted)")
    for kind, ids in sorted(result["found"].items()):
        print(f"  {kind}: {sum(1 for i in ids if i)} of {len(ids)}")
    print("findings per kind: about a planted defect / a trap / nothing planted")
    for kind, (defect, trap, other) in sorted(result["per_kind"].items()):
        print(f"  {kind}: {defect} / {trap} / {other}")
    if args.show:
        for trap, kinds, note in result["hit_traps"]:
            print(f"  trap {trap} reported as {', '.join(kinds)}: {note}")
        missed = [d for d in gold["defects"]
                  if d["id"] not in {i for ids in result["found"].values() for i in ids}]
        for defect in missed:
            print(f"  missed {defect['id']} {defect['kind']} {defect['articles']}: "
                  f"{defect.get('note', '')}")
        for kind, count in Counter(f["kind"] for f in result["unjudged"]).most_common():
            print(f"  unjudged {kind}: {count}")
        # the gold allows rises it does not list; any other finding about nothing planted is
        # read one by one (a false alarm that pairs a trap's figure with another lands here)
        for finding in result["unjudged"]:
            if finding["kind"] != "update":
                print(f"  about nothing planted: {finding['kind']} {finding['article_ids']} "
                      f"{finding['message'][:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
