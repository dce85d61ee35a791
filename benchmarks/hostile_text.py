"""Extraction time on hostile texts: it must grow with the length, never with its square.

    python -m benchmarks.hostile_text [--size 50000] [--article-mb 0] [--no-budget]

Each pattern (repeated phrases, a sentence without full stops, digits without end, one long
word) is extracted at --size characters and at four times that, as one article; the ratio of the
two times is about 4 for linear work and 16 for quadratic. --article-mb N also times one article
of N megabytes of news sentences, through the whole per-article extraction. The per-article
budget (validation.extract.MAX_ARTICLE_CHARS, MAX_ARTICLE_FIGURES) cuts the largest texts;
--no-budget lifts it to time the extractor itself.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time

import validation.extract
from validation.extract import _extract_batch

PATTERNS = {
    "deaths, repeated": "12 doden, ",
    "source, repeated": "volgens de politie ",
    "numbers and scale words": "12 duizend 3 miljoen honderden 45 procent ",
    "dates without full stops": "op 3 maart 2021, op dinsdag 4 mei, ",
    "digits and separators": "1.234.567,89 ",
    "one long word": "a",
    "newlines": "12 doden\n",
    "brackets and quotes": "(\"12\" [doden] '€4' ",
    "years and weekdays": "maandag 2021 dinsdag 1999 ",
    "seats, names open sentences": "Partij haalde 12 zetels. ",
    "money ranges, units repeated": "zo'n 5 tot 6 ton, 3 procent tot 4 procent, ",
}
SENTENCE = ("Bij de rellen in Almaty zijn volgens de politie op 5 januari 12 doden gevallen en "
            "raakten 30 mensen gewond. ")
WINDOW = (dt.date(2022, 1, 6), dt.date(2022, 1, 6))


def seconds(text: str) -> tuple[float, int]:
    """Wall seconds to extract one article with this text, and the claims it gave."""
    started = time.perf_counter()
    result = _extract_batch([("hostile", text, "nl", "", *WINDOW)])
    return time.perf_counter() - started, len(result.claims)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=50_000)
    parser.add_argument("--article-mb", type=float, default=0)
    parser.add_argument("--no-budget", action="store_true")
    args = parser.parse_args(argv)
    if args.no_budget:
        validation.extract.MAX_ARTICLE_CHARS = validation.extract.MAX_ARTICLE_FIGURES = 10**12
    seconds(SENTENCE)  # packs loaded and patterns compiled before timing
    print(f"{'pattern':<28} {args.size:>9,} chars {4 * args.size:>10,} chars  ratio")
    worst = 0.0
    for name, unit in PATTERNS.items():
        small, _ = seconds((unit * (args.size // len(unit) + 1))[:args.size])
        large, _ = seconds((unit * (4 * args.size // len(unit) + 1))[:4 * args.size])
        ratio = large / max(small, 1e-3)
        worst = max(worst, ratio)
        print(f"{name:<28} {small:>13.3f} s {large:>13.3f} s {ratio:6.1f}")
    print(f"worst ratio {worst:.1f} (linear ~4, quadratic ~16)")
    if args.article_mb:
        text = SENTENCE * int(args.article_mb * 1_000_000 // len(SENTENCE))
        took, claims = seconds(text)
        print(f"one article of {len(text) / 1e6:.1f} MB: {took:.1f} s, {claims:,} claims")
    return 0


if __name__ == "__main__":
    sys.exit(main())
