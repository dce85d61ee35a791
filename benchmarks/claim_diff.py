"""Which claims of the real corpora a change to the extractor adds, removes or alters, to read.

    python -m benchmarks.claim_diff --against <git worktree of another commit>

Extracts every article of ../shared/corpora/dpgmedia-2019 (Dutch) and ../shared/corpora/basil
(English) with this checkout and with the other one (each in its own process), and prints each
claim only one of them has, or that both have with another metric, interval, source, hedge,
place, group, scope (part, whole) or part of the day (with its weekday), with the text around
it. A rule's effect on news nobody
tuned to, read before it is committed. The date mentions are compared the same way (kind,
offsets, resolution, tense), each article read as published on DATE_WINDOW so that both
checkouts resolve against one day.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
DUTCH = CORPORA / "dpgmedia-2019" / "dpgMedia2019-articles-byarticle-all.jsonl"
ENGLISH = CORPORA / "basil" / "articles"

# Run in the checkout being measured: prints {article:start: [metric, low, high, source,
# hedged, place, group, scope, day part, its weekday, context]} as JSON.
_EXTRACT = """
import ast, datetime, json, sys
from pathlib import Path
from validation.extract.claims import extract_claims
from validation.extract.dates import find_date_mentions
from validation.extract.lexicon import load_pack
dutch, english = Path(sys.argv[1]), Path(sys.argv[2])
window = tuple(datetime.date.fromisoformat(day) for day in sys.argv[3:5])
found, dates = {}, {}
def read(article_id, text, pack):
    for c in extract_claims(article_id, text, pack):
        found[f"{article_id}:{c.char_start}"] = [
            c.metric, c.value_low, c.value_high, c.attributed_to, c.hedged, c.location,
            c.subject, c.scope, c.day_part, c.day_part_weekday,
            text[max(0, c.char_start - 120):c.char_end + 60].replace("\\n", " ")]
    for m in find_date_mentions(article_id, text, pack, window):
        dates[f"{article_id}:{m.char_start}:{m.char_end}"] = [
            m.kind, str(m.resolved_start), str(m.resolved_end), m.tense,
            text[max(0, m.char_start - 80):m.char_end + 40].replace("\\n", " ")]
nl, en = load_pack("nl"), load_pack("en")
for line in dutch.open(encoding="utf-8"):
    record = json.loads(line)
    read(str(record["id"]), record["text"], nl)
for path in sorted(english.rglob("*.json")):
    record = json.loads(path.read_text(encoding="utf-8"))
    paragraphs = record["body-paragraphs"]
    if isinstance(paragraphs, str):
        paragraphs = ast.literal_eval(paragraphs)
    read(path.stem, "\\n\\n".join(" ".join(p) if isinstance(p, list) else str(p)
                                for p in paragraphs), en)
json.dump({"claims": found, "dates": dates}, sys.stdout)
"""
DATE_WINDOW = ("2019-03-01", "2019-03-02")


def claims_of(checkout: Path) -> dict[str, dict[str, list]]:
    """{"claims": ..., "dates": ...} as the checkout extracts them."""
    done = subprocess.run([sys.executable, "-c", _EXTRACT, str(DUTCH), str(ENGLISH),
                           *DATE_WINDOW], cwd=checkout, capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout)


def _differences(label: str, ours: dict[str, list], theirs: dict[str, list], against: Path,
                 fields: int) -> None:
    added = [k for k in ours if k not in theirs]
    gone = [k for k in theirs if k not in ours]
    changed = [k for k in ours if k in theirs and ours[k][:fields] != theirs[k][:fields]]
    print(f"{len(ours)} {label} here, {len(theirs)} in {against}: {len(added)} added, "
          f"{len(gone)} gone, {len(changed)} changed")
    for key in added:
        print(f"ADDED {key} {ours[key][:fields]}\n    {ours[key][fields]}")
    for key in gone:
        print(f"GONE {key} {theirs[key][:fields]}\n    {theirs[key][fields]}")
    for key in changed:
        print(f"CHANGED {key} {theirs[key][:fields]} -> {ours[key][:fields]}\n"
              f"    {ours[key][fields]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", type=Path, required=True)
    args = parser.parse_args(argv)
    if not CORPORA.exists():
        print(f"skipped: {CORPORA} is absent")
        return 0
    ours, theirs = claims_of(ROOT), claims_of(args.against)
    _differences("claims", ours["claims"], theirs["claims"], args.against, 10)
    _differences("date mentions", ours["dates"], theirs["dates"], args.against, 4)
    return 0


if __name__ == "__main__":
    sys.exit(main())
