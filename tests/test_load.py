"""Loading: every format, every kind of broken record kept with its reason, nothing lost."""

from __future__ import annotations

import datetime as dt
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tests.conftest import DATA, ROOT
from validation.errors import CorpusError
from validation.load import Article, FieldMap, LoadStats, Rejection, read_corpus
from validation.load.normalize import DateProblem, body_text, parse_published


def load_all(path, field_map=None):
    stats = LoadStats()
    items = list(read_corpus(path, field_map, stats))
    stats.check()
    return items, stats


def test_seed_corpus_loads_with_month_precision_and_ids_from_file_names():
    items, stats = load_all(ROOT / "corpus")
    assert (stats.read, stats.loaded, stats.rejected) == (5, 5, 0)
    first = items[0]
    assert isinstance(first, Article)
    assert first.article_id == "000_ff9379563cc96bce"
    assert first.published_precision == "month"
    assert (first.published_start, first.published_end) == (dt.date(2022, 1, 1),
                                                             dt.date(2022, 1, 31))
    assert first.language == "nl" and first.language_declared is None
    assert first.body.startswith("De branden in Almaty")
    assert first.origin.endswith("corpus/000_ff9379563cc96bce.txt")


def test_broken_inputs_are_rejected_with_origin_and_a_reason_nothing_lost():
    items, stats = load_all(DATA / "broken")
    assert stats.read == stats.loaded + stats.rejected
    assert len(stats.ignored_files) == 1 and stats.ignored_files[0].endswith("broken/notes.md")
    loaded = {i.article_id for i in items if isinstance(i, Article)}
    assert loaded == {"a1", "a10", "c1", "seed_ok"}
    reasons = {i.origin.split("broken/")[1]: i.reason for i in items if isinstance(i, Rejection)}
    assert "month 13 does not exist" in reasons["articles.jsonl:2"]
    assert "no publication date" in reasons["articles.jsonl:3"]
    assert "--map published=FIELD" in reasons["articles.jsonl:3"]
    assert "empty text" in reasons["articles.jsonl:4"]
    assert "duplicate id 'a1'" in reasons["articles.jsonl:5"]
    assert "articles.jsonl:1" in reasons["articles.jsonl:5"]
    assert "invalid JSON" in reasons["articles.jsonl:6"]
    assert "not valid UTF-8" in reasons["articles.jsonl:7"]
    assert "February 2022 has 28 days" in reasons["articles.jsonl:8"]
    assert "unrecognised publication date 'yesterday'" in reasons["articles.jsonl:9"]
    assert "expected a JSON object" in reasons["articles.jsonl:10"]
    assert "seed header" in reasons["seed_no_header.txt"]
    assert "header has 4 columns" in reasons["table.csv:3"]
    assert "not valid UTF-8 in column(s) text" in reasons["table.csv:4"]
    assert stats.rejected == len(reasons) == 12


def test_aliases_fill_canonical_fields():
    items, _ = load_all(DATA / "broken" / "articles.jsonl")
    a10 = next(i for i in items if getattr(i, "article_id", None) == "a10")
    assert a10.title == "Alias"
    assert a10.published_start == dt.date(2022, 1, 6) and a10.published_precision == "day"


def test_field_map_option_names_the_source_field(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"key": "k1", "story": "Tekst over Almaty en de protesten daar.",
                                "when": "2022-01-05"}) + "\n")
    items, stats = load_all(path, {"id": "key", "text": "story", "published": "when"})
    assert stats.loaded == 1 and items[0].article_id == "k1"


def test_unknown_canonical_field_in_map_is_refused():
    with pytest.raises(ValueError, match="canonical fields are"):
        FieldMap({"body": "text"})


def test_csv_and_parquet_load(tmp_path):
    table = pa.table({"id": ["p1", "p2"], "text": ["Tekst een over Almaty.", ""],
                      "published": [dt.date(2022, 1, 5), dt.date(2022, 1, 6)]})
    pq.write_table(table, tmp_path / "articles.parquet")
    items, stats = load_all(tmp_path / "articles.parquet")
    assert (stats.loaded, stats.rejected) == (1, 1)
    assert items[1].origin.endswith("articles.parquet#1") and "empty text" in items[1].reason


def test_basil_style_body_paragraphs_are_joined(tmp_path):
    record = {"uuid": "u1", "date": "2010-07-02", "title": "T",
              "body-paragraphs": [["First sentence.", "Second."], ["Next paragraph."]]}
    (tmp_path / "a.json").write_text(json.dumps(record))
    items, _ = load_all(tmp_path)
    assert items[0].body == "First sentence. Second.\n\nNext paragraph."
    assert items[0].language == "en"
    assert body_text("[['a', 'b'], ['c']]") == "a b\n\nc"


def test_missing_corpus_path_is_a_corpus_error(tmp_path):
    with pytest.raises(CorpusError, match="does not exist"):
        list(read_corpus(tmp_path / "nope"))


def test_folder_without_readable_files_is_a_corpus_error(tmp_path):
    (tmp_path / "readme.md").write_text("x")
    with pytest.raises(CorpusError, match="no readable files"):
        list(read_corpus(tmp_path))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2022", (dt.date(2022, 1, 1), dt.date(2022, 12, 31), "year")),
        ("2022-01", (dt.date(2022, 1, 1), dt.date(2022, 1, 31), "month")),
        ("2024-02", (dt.date(2024, 2, 1), dt.date(2024, 2, 29), "month")),
        ("2022-01-05", (dt.date(2022, 1, 5), dt.date(2022, 1, 5), "day")),
        ("2019-02-12T08:00:00Z", (dt.date(2019, 2, 12), dt.date(2019, 2, 12), "day")),
        (dt.date(2022, 1, 5), (dt.date(2022, 1, 5), dt.date(2022, 1, 5), "day")),
    ],
)
def test_publication_dates_and_their_precision(raw, expected):
    assert parse_published(raw)[1:] == expected


@pytest.mark.parametrize("raw", ["2022-13", "2022-00", "2021-02-29", "05-01-2022", "", None])
def test_impossible_or_malformed_dates_are_refused(raw):
    with pytest.raises(DateProblem):
        parse_published(raw)
