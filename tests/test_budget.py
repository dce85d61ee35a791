"""The per-article extraction budget: a hostile or broken record is read up to it, reported,
and never holds up a run. Deterministic: characters and figures, not seconds."""

from __future__ import annotations

import json

import pytest

import validation.extract as extract
from tests.conftest import TODAY
from validation.extract import within_budget


@pytest.fixture
def small_budget(monkeypatch):
    monkeypatch.setattr(extract, "MAX_ARTICLE_CHARS", 400)
    monkeypatch.setattr(extract, "MAX_ARTICLE_FIGURES", 6)


def test_an_article_within_the_budget_is_read_whole(small_budget):
    text = "Bij de rellen vielen 12 doden. " * 5
    assert within_budget(text) == (text, None)


def test_a_long_article_is_cut_at_a_space_before_the_character_budget(small_budget):
    text = "Een zin zonder cijfers. " * 40
    body, cut = within_budget(text)
    assert len(body) <= 400 and text.startswith(body) and text[len(body)] == " "
    assert cut == (len(body), "longer than 400 characters")


def test_an_article_of_too_many_figures_is_cut_before_the_first_figure_past_it(small_budget):
    text = "12 doden, 13 gewonden, 14 vermisten, 15 gearresteerden, 16 doden, 17 doden, 18 doden"
    body, cut = within_budget(text)
    assert body == "12 doden, 13 gewonden, 14 vermisten, 15 gearresteerden, 16 doden, 17 doden, "
    assert cut == (len(body), "more than 6 figures")


def test_a_cut_article_is_recorded_and_reported_as_a_warning(small_budget, invoke, tmp_path,
                                                               suites_dir):
    corpus = tmp_path / "corpus.jsonl"
    long_text = "In Almaty vielen volgens de politie 12 doden bij de rellen. " * 12
    corpus.write_text(json.dumps({"id": "long", "published": "2022-01-06", "language": "nl",
                                  "text": long_text}) + "\n")
    result = invoke("run", "--corpus", corpus, "--expectations", suites_dir, "--db",
                    tmp_path / "c.duckdb", "--reports", tmp_path / "reports", "--today", TODAY,
                    "--no-data-docs")
    assert "WARNING extraction/read-whole: 1 unexpected" in result.stdout
    document = json.loads((tmp_path / "reports" / "results.json").read_text())
    [finding] = [f for f in document["findings"] if f["expectation"] == "read-whole"]
    assert finding["article_ids"] == ["long"] and finding["kind"] == "article_cut_short"
    # six figures read, no claim from past the cut
    assert document["extract"]["claims"] == 6
