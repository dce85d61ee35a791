"""Draw the blind sentence sample from the real corpora (fixed seed), as annotation skeletons.

    python -m benchmarks.sample_sentences [--check]

Sentences come from ../shared/corpora/dpgmedia-2019 (Dutch) and ../shared/corpora/basil
(English). They are split with a plain rule of this file (a full stop, question or exclamation
mark, then white space and a capital, a digit or a quote), never the extractor's own splitter,
so the sample does not depend on the code it measures. A sentence is eligible when it is 40 to
400 characters long and holds a number token: a digit, a number word or a vague quantity word
(`NUMBER_WORDS`); we want sentences where a claim is possible, and numberless sentences would
only measure that nothing is found in them. From the eligible sentences of each language,
`PER_LANGUAGE` are drawn with random.Random(SEED); a third of each language (the first third of
a second shuffle) is the reserve, kept aside until the end of the work on the extractor.

Once that reserve had been scored (and so seen), each of `LATER_DRAWS` gave a fresh one: more
eligible sentences per language with random.Random(its seed), never one drawn before
(`real_<lang>_reserve2.yml` ... `real_<lang>_reserve12.yml`); `dev2` ... `dev11` are draws to work
on, annotated like the others before the extractor saw them. BASIL has 1,530 eligible English
sentences: after `dev11` (60, not 80, for that reason) only 9 are left undrawn, so a thirteenth
English reserve needs another English source; `reserve13`, `dev12`, `reserve14`, `dev13`,
`reserve15`, `dev14`, `reserve16`, `dev15`, `reserve17`, `dev16`, `reserve18`, `dev17`,
`reserve19`, `dev18`, `reserve20`, `dev19`, `reserve21`, `dev20`, `reserve22`, `dev21`,
`reserve23`, `dev22`, `reserve24`, `dev23`, `reserve25`, `dev24`, `reserve26`, `dev25`,
`reserve27`, `dev26`, `reserve28`, `dev27`, `reserve29`, `dev28`, `reserve30`, `dev29`,
`reserve31`, `dev30`, `reserve32`, `dev31`, `reserve33`, `dev32`, `reserve34`, `dev33`,
`reserve35`, `dev34`, `reserve36`, `dev35`, `reserve37`, `dev36`, `reserve38`, `dev37`,
`reserve39`, `dev38`, `reserve40`, `dev39`, `reserve41`, `dev40`, `reserve42`, `dev41` and
`reserve43` are drawn in Dutch only (a draw may name its languages).
A sentence syndicated into two articles is two eligible pairs, so the draws up to `dev12` hold
26 texts twice (one of them in reserve 13, with no claim); `extraction_quality --reserve` also
scores a reserve without the sentences a worked-on set holds, and every draw listed after
`dev12` skips a text drawn before.

Without --check the skeletons are written to tests/data/blind/real_<lang>_<split>.yml, unless
those files exist (annotations are never overwritten). With --check the committed files are
compared with a fresh draw: their texts must be exactly those drawn.
"""

from __future__ import annotations

import argparse
import ast
import json
import random
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
BLIND = ROOT / "tests" / "data" / "blind"
SEED = 20261201
PER_LANGUAGE = 81
# Later draws, each a fresh reserve once the one before had been scored and seen, or more
# sentences to work on (dev2): (split, seed, sentences per language[, languages]), none of them
# drawn before; a draw that names no languages is drawn in both.
LATER_DRAWS = [("reserve2", 20261202, 60), ("reserve3", 20261203, 60), ("dev2", 20261204, 80),
               ("reserve4", 20261205, 60), ("dev3", 20261206, 80),
               ("reserve5", 20261207, 60), ("dev4", 20261208, 80),
               ("reserve6", 20261209, 60), ("dev5", 20261210, 80),
               ("reserve7", 20261211, 60), ("dev6", 20261212, 80),
               ("reserve8", 20261213, 60), ("dev7", 20261214, 80),
               ("reserve9", 20261215, 60), ("dev8", 20261216, 80),
               ("reserve10", 20261217, 60), ("dev9", 20261218, 80),
               ("reserve11", 20261219, 60), ("dev10", 20261220, 80),
               ("reserve12", 20261221, 60), ("dev11", 20261222, 60),
               ("reserve13", 20261223, 60, ("nl",)), ("dev12", 20261224, 80, ("nl",)),
               ("reserve14", 20261225, 60, ("nl",)), ("dev13", 20261226, 80, ("nl",)),
               ("reserve15", 20261227, 60, ("nl",)), ("dev14", 20261228, 80, ("nl",)),
               ("reserve16", 20261229, 60, ("nl",)), ("dev15", 20261230, 80, ("nl",)),
               ("reserve17", 20261231, 60, ("nl",)), ("dev16", 20270101, 80, ("nl",)),
               ("reserve18", 20270102, 60, ("nl",)), ("dev17", 20270103, 80, ("nl",)),
               ("reserve19", 20270104, 60, ("nl",)), ("dev18", 20270105, 80, ("nl",)),
               ("reserve20", 20270106, 60, ("nl",)), ("dev19", 20270107, 80, ("nl",)),
               ("reserve21", 20270108, 60, ("nl",)), ("dev20", 20270109, 80, ("nl",)),
               ("reserve22", 20270110, 60, ("nl",)), ("dev21", 20270111, 80, ("nl",)),
               ("reserve23", 20270112, 60, ("nl",)), ("dev22", 20270113, 80, ("nl",)),
               ("reserve24", 20270114, 60, ("nl",)), ("dev23", 20270115, 80, ("nl",)),
               ("reserve25", 20270116, 60, ("nl",)), ("dev24", 20270117, 80, ("nl",)),
               ("reserve26", 20270118, 60, ("nl",)), ("dev25", 20270119, 80, ("nl",)),
               ("reserve27", 20270120, 60, ("nl",)), ("dev26", 20270121, 80, ("nl",)),
               ("reserve28", 20270122, 60, ("nl",)), ("dev27", 20270123, 80, ("nl",)),
               ("reserve29", 20270124, 60, ("nl",)), ("dev28", 20270125, 80, ("nl",)),
               ("reserve30", 20270126, 60, ("nl",)), ("dev29", 20270127, 80, ("nl",)),
               ("reserve31", 20270128, 60, ("nl",)), ("dev30", 20270129, 80, ("nl",)),
               ("reserve32", 20270130, 60, ("nl",)),
               ("dev31", 20270131, 80, ("nl",)), ("reserve33", 20270201, 60, ("nl",)),
               ("dev32", 20270202, 80, ("nl",)), ("reserve34", 20270203, 60, ("nl",)),
               ("dev33", 20270204, 80, ("nl",)), ("reserve35", 20270205, 60, ("nl",)),
               ("dev34", 20270206, 80, ("nl",)), ("reserve36", 20270207, 60, ("nl",)),
               ("dev35", 20270208, 80, ("nl",)), ("reserve37", 20270209, 60, ("nl",)),
               ("dev36", 20270210, 80, ("nl",)), ("reserve38", 20270211, 60, ("nl",)),
               ("dev37", 20270212, 80, ("nl",)), ("reserve39", 20270213, 60, ("nl",)),
               ("dev38", 20270214, 80, ("nl",)), ("reserve40", 20270215, 60, ("nl",)),
               ("dev39", 20270216, 80, ("nl",)), ("reserve41", 20270217, 60, ("nl",)),
               ("dev40", 20270218, 80, ("nl",)), ("reserve42", 20270219, 60, ("nl",)),
               ("dev41", 20270220, 80, ("nl",)), ("reserve43", 20270221, 60, ("nl",))]
LANGUAGES = ("nl", "en")
# draws after this one never take a sentence whose text was drawn before (a syndicated copy)
TEXT_UNIQUE_AFTER = "dev12"

NUMBER_WORDS = {
    "nl": ["twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf",
           "twaalf", "dertien", "veertien", "vijftien", "twintig", "dertig", "veertig",
           "vijftig", "zestig", "zeventig", "tachtig", "negentig", "honderd", "duizend",
           "miljoen", "miljard", "tientallen", "honderden", "duizenden", "dozijn", "procent"],
    "en": ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
           "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
           "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion",
           "dozen", "dozens", "hundreds", "thousands", "millions", "percent"],
}
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[A-Z0-9\"'“‘À-Ý])")


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of one paragraph by the plain rule in the module docstring."""
    return [s.strip() for s in SENTENCE_END.split(paragraph) if s.strip()]


def _eligible(sentence: str, language: str) -> bool:
    if not 40 <= len(sentence) <= 400:
        return False
    if re.search(r"\d", sentence):
        return True
    words = set(re.findall(r"[a-zà-ÿ]+", sentence.lower()))
    return any(w in words for w in NUMBER_WORDS[language])


def dutch_sentences() -> list[tuple[str, str]]:
    """(origin, sentence) for every sentence of dpgmedia-2019, in file order."""
    path = CORPORA / "dpgmedia-2019" / "dpgMedia2019-articles-byarticle-all.jsonl"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for paragraph in re.split(r"\n\s*\n|\n", record["text"]):
            out.extend((f"dpgmedia-2019:{record['id']}", s) for s in split_sentences(paragraph))
    return out


def english_sentences() -> list[tuple[str, str]]:
    """(origin, sentence) for every sentence of BASIL, in path order."""
    out = []
    for path in sorted((CORPORA / "basil" / "articles").rglob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = record["body-paragraphs"]
        if isinstance(paragraphs, str):
            paragraphs = ast.literal_eval(paragraphs)
        origin = f"basil:{path.relative_to(CORPORA / 'basil').as_posix()}"
        for paragraph in paragraphs:
            text = " ".join(paragraph) if isinstance(paragraph, list) else str(paragraph)
            out.extend((origin, s) for s in split_sentences(text))
    return out


def draw() -> dict[tuple[str, str], list[dict]]:
    """{(language, split): [document skeleton]} for dev, reserve and each later draw."""
    drawn: dict[tuple[str, str], list[dict]] = {}
    for language, sentences in (("nl", dutch_sentences()), ("en", english_sentences())):
        rng = random.Random(f"{SEED}-{language}")
        eligible = sorted({(o, s) for o, s in sentences if _eligible(s, language)})
        picked = rng.sample(eligible, PER_LANGUAGE)
        order = list(range(PER_LANGUAGE))
        rng.shuffle(order)
        reserve = set(order[: PER_LANGUAGE // 3])
        for index, (origin, sentence) in enumerate(picked):
            split = "reserve" if index in reserve else "dev"
            drawn.setdefault((language, split), []).append(_skeleton(language, split, index,
                                                                     origin, sentence))
        taken = set(picked)
        unique = False
        for split, seed, count, *named in LATER_DRAWS:
            if language not in (named[0] if named else LANGUAGES):
                unique = unique or split == TEXT_UNIQUE_AFTER
                continue
            rest = [pair for pair in eligible if pair not in taken]
            if unique:  # one pair per text, and none drawn before
                texts = {text for _, text in taken}
                fresh = []
                for pair in rest:
                    if pair[1] not in texts:
                        texts.add(pair[1])
                        fresh.append(pair)
                rest = fresh
            unique = unique or split == TEXT_UNIQUE_AFTER
            later = random.Random(f"{seed}-{language}").sample(rest, count)
            taken.update(later)
            drawn[(language, split)] = [_skeleton(language, split, index, origin, sentence)
                                        for index, (origin, sentence) in enumerate(later)]
    return drawn


def _skeleton(language: str, split: str, index: int, origin: str, sentence: str) -> dict:
    return {"id": f"{language}-{split}-{index:03d}", "language": language, "origin": origin,
            "text": sentence, "claims": []}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="compare the committed files' texts with a fresh draw")
    args = parser.parse_args(argv)
    if not CORPORA.exists():
        print(f"skipped: {CORPORA} is absent")
        return 0
    problems = 0
    drawn = draw()
    # the sets each text stands in (a sentence syndicated into two articles can be drawn twice)
    sets_of: dict[str, set[str]] = {}
    for (language, split), documents in drawn.items():
        for document in documents:
            sets_of.setdefault(document["text"], set()).add(f"real_{language}_{split}.yml")
    for (language, split), documents in sorted(drawn.items()):
        path = BLIND / f"real_{language}_{split}.yml"
        if args.check:
            committed = yaml.safe_load(path.read_text(encoding="utf-8"))["documents"]
            same = [d["text"] for d in committed] == [d["text"] for d in documents]
            problems += not same
            twice = sum(len(sets_of[d["text"]]) > 1 for d in documents)
            print(f"{path.name}: {len(committed)} documents, "
                  f"{'as drawn' if same else 'DIFFERENT from the draw'}"
                  + (f", {twice} of them also in another set" if twice else ""))
        elif path.exists():
            print(f"{path.name}: exists, not overwritten")
        else:
            BLIND.mkdir(parents=True, exist_ok=True)
            seed = {later: seed for later, seed, *_ in LATER_DRAWS}.get(split, SEED)
            header = (f"# Drawn by `python -m benchmarks.sample_sentences` (seed {seed}); "
                      "claims annotated by hand before any extractor run.\n")
            path.write_text(header + yaml.safe_dump({"documents": documents}, allow_unicode=True,
                                                    sort_keys=False, width=100),
                            encoding="utf-8")
            print(f"{path.name}: {len(documents)} documents written")
    if args.check:
        print(f"texts drawn into two sets or more: "
              f"{sum(len(sets) > 1 for sets in sets_of.values())}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
