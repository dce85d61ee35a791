"""A reproducible random sample of extracted claims from a real corpus, for reading by a person.

    python -m benchmarks.claim_sample CORPUS [--n 30] [--seed 7]

Loads the corpus into a scratch database, extracts, and prints N random claims with their
metric, interval, qualifier, hedging, source and sentence, numbered for judging.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

from validation import pipeline
from validation.extract import extract_into
from validation.store import Store


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--n", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        db = Path(scratch) / "sample.duckdb"
        pipeline.load(args.corpus, db)
        with Store(db) as store:
            stats = extract_into(store.con)
            rows = store.con.execute(
                "SELECT c.article_id, c.metric, c.subject, c.value_low, c.value_high, "
                "c.qualifier, c.hedged, c.attributed_to, "
                "substr(a.body, c.char_start + 1, c.char_end - c.char_start), c.quote "
                "FROM claims c JOIN articles a USING (article_id) ORDER BY c.claim_id"
            ).fetchall()
    print(f"{stats.claims} claims from {stats.extracted} articles; sample of {args.n} "
          f"(seed {args.seed})")
    for number, row in enumerate(random.Random(args.seed).sample(rows, min(args.n, len(rows))),
                                 start=1):
        article, metric, subject, low, high, qualifier, hedged, source, text, quote = row
        print(f"{number:2}. [{article}] {metric} ({subject}) [{low}, {high}] {qualifier}"
              f"{' hedged' if hedged else ''}{f' source={source!r}' if source else ''}"
              f" <{text}> :: {quote[:220]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
