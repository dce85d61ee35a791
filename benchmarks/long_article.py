"""Claim extraction time on one long article: it must grow with the length, not its square.

    python -m benchmarks.long_article [--sizes 100000,1000000]

An article made of one news sentence repeated to each size (in characters) is read by
extract_claims; wall seconds and claims per size. Run the old code the same way to compare
(PYTHONPATH pointing at a checkout of it).
"""

from __future__ import annotations

import argparse
import sys
import time

from validation.extract.claims import extract_claims
from validation.extract.lexicon import load_pack

SENTENCE = "Bij de rellen zijn volgens de politie 12 doden gevallen en raakten 30 mensen gewond. "


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000")
    args = parser.parse_args(argv)
    pack = load_pack("nl")
    extract_claims("warm", SENTENCE, pack)
    for size in (int(s) for s in args.sizes.split(",")):
        text = SENTENCE * (size // len(SENTENCE))
        started = time.perf_counter()
        claims = extract_claims("long", text, pack)
        print(f"{len(text):>10,} characters: {time.perf_counter() - started:7.2f} s, "
              f"{len(claims):,} claims")
    return 0


if __name__ == "__main__":
    sys.exit(main())
