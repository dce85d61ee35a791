"""Which claims of the real corpora a change to the extractor adds, removes or alters, to read.

    python -m benchmarks.claim_diff --against <git worktree of another commit>

Extracts every article of ../shared/corpora/dpgmedia-2019 (Dutch) and ../shared/corpora/basil
(English) with this checkout and with the other one (each in its own process), and prints each
claim only one of them has, or that both have with another metric, interval, source or hedge,
with the text around it. A rule's effect on news nobody tuned to, read before it is committed.
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
# hedged, context]} as JSON.
_EXTRACT = """
import ast, json, sys
from pathlib import Path
from validation.extract.claims import extract_claims
from validation.extract.lexicon import load_pack
dutch, english = Path(sys.argv[1]), Path(sys.argv[2])
found = {}
def read(article_id, text, pack):
    for c in extract_claims(article_id, text, pack):
        found[f"{article_id}:{c.char_start}"] = [
            c.metric, c.value_low, c.value_high, c.attributed_to, c.hedged,
            text[max(0, c.char_start - 120):c.char_end + 60].replace("\\n", " ")]
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
json.dump(found, sys.stdout)
"""


def claims_of(checkout: Path) -> dict[str, list]:
    done = subprocess.run([sys.executable, "-c", _EXTRACT, str(DUTCH), str(ENGLISH)],
                          cwd=checkout, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", type=Path, required=True)
    args = parser.parse_args(argv)
    if not CORPORA.exists():
        print(f"skipped: {CORPORA} is absent")
        return 0
    ours, theirs = claims_of(ROOT), claims_of(args.against)
    added = [k for k in ours if k not in theirs]
    gone = [k for k in theirs if k not in ours]
    changed = [k for k in ours if k in theirs and ours[k][:5] != theirs[k][:5]]
    print(f"{len(ours)} claims here, {len(theirs)} in {args.against}: {len(added)} added, "
          f"{len(gone)} gone, {len(changed)} changed")
    for key in added:
        print(f"ADDED {key} {ours[key][:5]}\n    {ours[key][5]}")
    for key in gone:
        print(f"GONE {key} {theirs[key][:5]}\n    {theirs[key][5]}")
    for key in changed:
        print(f"CHANGED {key} {theirs[key][:5]} -> {ours[key][:5]}\n    {ours[key][5]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
