"""The real corpora in ../shared/corpora load with their known defects reported, nothing lost.

Marked `integration` (run with `make test-all`); skipped when ../shared is absent.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.conftest import requires_shared
from validation.load import Article, LoadStats, Rejection, read_corpus

pytestmark = pytest.mark.integration


def load(path):
    stats = LoadStats()
    items = list(read_corpus(path, stats=stats))
    stats.check()
    return items, stats


def test_dpgmedia_loads_with_its_empty_texts_rejected():
    path = requires_shared("corpora", "dpgmedia-2019", "dpgMedia2019-articles-byarticle-all.jsonl")
    items, stats = load(path)
    assert (stats.read, stats.loaded, stats.rejected) == (1438, 1398, 40)
    reasons = Counter(i.reason.split(":")[0] for i in items if isinstance(i, Rejection))
    assert reasons == {"empty text": 40}
    articles = [i for i in items if isinstance(i, Article)]
    assert all(a.published_precision == "day" for a in articles)
    assert Counter(a.language for a in articles)["nl"] >= 1390


def test_basil_loads_its_paragraph_lists_and_reports_the_placeholder_ids():
    path = requires_shared("corpora", "basil")
    items, stats = load(path)
    assert (stats.read, stats.loaded, stats.rejected) == (300, 297, 3)
    rejected = [i for i in items if isinstance(i, Rejection)]
    assert all("duplicate id 'empty'" in r.reason for r in rejected)  # a real defect of BASIL
    articles = [i for i in items if isinstance(i, Article)]
    assert all(a.language == "en" and "\n\n" in a.body for a in articles)
    # source casing varies in BASIL (nyt / NYT): kept as given, for the hygiene suite to flag
    assert {a.source.lower() for a in articles} == {"fox", "nyt", "hpo"}
