"""How linking articles into stories and follow-ups scales: `update_stories` (three days) and
`update_follow_ups` (a year, only for articles that name a day weeks back) on a synthetic
corpus of N articles spread over a year, each with twelve names drawn from a Zipf-like
vocabulary of 200,000 and three in ten naming a day 2 to 60 days before publication. Prints
seconds per step (one run; compare the two steps' ratio, the machine is shared).

    python -m benchmarks.story_links [--articles 20000,100000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import time

import duckdb
import pyarrow as pa

from validation.compare import update_follow_ups, update_stories

VOCABULARY = 200_000
NAMES_PER_ARTICLE = 12
LOOKING_BACK = 0.3


def synthetic_store(articles: int, seed: int = 1) -> duckdb.DuckDBPyConnection:
    """The tables the two steps read, filled for `articles` articles."""
    rng = random.Random(seed)
    con = duckdb.connect()
    first = dt.date(2030, 1, 1)
    ids = [f"a{i}" for i in range(articles)]
    days = [first + dt.timedelta(days=rng.randrange(365)) for _ in ids]
    rows = pa.table({"article_id": ids, "content_hash": [f"h{i}" for i in range(articles)],  # noqa: F841
                     "event": pa.nulls(articles, pa.string()), "published_start": days,
                     "published_end": days})
    con.execute("CREATE TABLE articles AS SELECT * FROM rows")
    weights = list(itertools.accumulate(1 / (k + 1) ** 1.05 for k in range(VOCABULARY)))
    named, names = [], []
    for article in ids:
        for k in set(rng.choices(range(VOCABULARY), cum_weights=weights, k=NAMES_PER_ARTICLE)):
            named.append(article)
            names.append(f"Name{k}")
    name_rows = pa.table({"article_id": named,  # noqa: F841
                          "content_hash": ["h" + a[1:] for a in named], "name": names,
                          "next_name": pa.nulls(len(named), pa.string())})
    con.execute("CREATE TABLE article_names AS SELECT * FROM name_rows")
    con.execute("CREATE TABLE near_duplicates (hash_a VARCHAR, hash_b VARCHAR, "
                "similarity DOUBLE)")
    back = [(a, d - dt.timedelta(days=rng.randrange(2, 60))) for a, d in zip(ids, days,
                                                                              strict=True)
            if rng.random() < LOOKING_BACK]
    mentions = pa.table({"article_id": [a for a, _ in back],  # noqa: F841
                         "kind": ["absolute"] * len(back), "resolved_start": [d for _, d in back],
                         "resolved_end": [d for _, d in back]})
    con.execute("CREATE TABLE date_mentions AS SELECT * FROM mentions")
    return con


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", default="20000,100000")
    args = parser.parse_args()
    print("articles  stories s  follow-ups s  ratio")
    for size in (int(n) for n in args.articles.split(",")):
        con = synthetic_store(size)
        started = time.perf_counter()
        update_stories(con)
        stories = time.perf_counter() - started
        started = time.perf_counter()
        update_follow_ups(con)
        follow_ups = time.perf_counter() - started
        print(f"{size:>8}  {stories:>9.2f}  {follow_ups:>12.2f}  {follow_ups / stories:>5.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
