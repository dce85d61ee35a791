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
    assert "invalid JSON" in reasons["articles.jsonl:6"]
    assert "not valid UTF-8" in reasons["articles.jsonl:7"]
    assert "February 2022 has 28 days" in reasons["articles.jsonl:8"]
    assert "unrecognised publication date 'yesterday'" in reasons["articles.jsonl:9"]
    assert "expected a JSON object" in reasons["articles.jsonl:10"]
    assert "seed header" in reasons["seed_no_header.txt"]
    assert "header has 4 columns" in reasons["table.csv:3"]
    assert "not valid UTF-8 in column(s) text" in reasons["table.csv:4"]
    # the second record of id a1 is rejected by the store, which keeps one of the two
    assert stats.rejected == len(reasons) == 11


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


# -- hostile input: every record is loaded or rejected with its reason, the load never crashes --

GOOD = {"id": "g1", "text": "Er zijn 45 mensen gearresteerd in Almaty.", "published": "2022-01-05"}


def store_corpus(path, tmp_path):
    """Load `path` into a fresh DuckDB file the way `load` does; (stats, rejected rows, ids)."""
    from validation.pipeline import load
    from validation.store import Store

    outcome = load(path, tmp_path / "hostile.duckdb")
    with Store(tmp_path / "hostile.duckdb", read_only=True) as store:
        rejected = {origin.rsplit("/", 1)[-1]: reason for origin, reason, raw in
                    store.con.execute("SELECT origin, reason, raw FROM rejected").fetchall()}
        loaded = {row[0] for row in store.con.execute("SELECT article_id FROM articles").fetchall()}
    assert outcome.stats.read == len(loaded) + len(rejected) == (outcome.stats.loaded
                                                                 + outcome.stats.rejected)
    return outcome.stats, rejected, loaded


def write_corpus(folder, files):
    folder.mkdir()
    for name, content in files.items():
        (folder / name).write_bytes(content if isinstance(content, bytes) else content.encode())
    return folder


def test_random_bytes_in_a_csv_are_rejected_and_stored_as_valid_text(tmp_path):
    import random

    noise = random.Random(13).randbytes(4000)
    corpus = write_corpus(tmp_path / "c", {"noise.csv": noise,
                                           "ok.jsonl": json.dumps(GOOD) + "\n"})
    stats, rejected, loaded = store_corpus(corpus, tmp_path)
    assert loaded == {"g1"} and stats.rejected >= 1
    assert all("UTF-8" in reason or "header" in reason or "cells" in reason
               for reason in rejected.values())


@pytest.mark.parametrize("name, content", [
    ("x.jsonl", json.dumps({"id": "s", "text": "ab\ud800c", "published": "2022-01-01"}) + "\n"
     + json.dumps(GOOD) + "\n"),
    ("x.json", json.dumps([{"id": "s", "title": "\udfff", "text": "tekst", "published": "2022"},
                           GOOD])),
])
def test_a_lone_surrogate_escape_in_json_is_a_rejection(tmp_path, name, content):
    stats, rejected, loaded = store_corpus(write_corpus(tmp_path / "c", {name: content}), tmp_path)
    assert loaded == {"g1"}
    (reason,) = rejected.values()
    assert "surrogate" in reason and "escape" in reason


@pytest.mark.parametrize("name, content", [
    ("deep.jsonl", "[" * 10_000 + "]" * 10_000 + "\n" + json.dumps(GOOD) + "\n"),
    ("deep.json", '{"id": "d", "published": "2022", "text": ' + "[" * 10_000 + "]" * 10_000 + "}"),
    ("deep_text.jsonl", '{"id": "d", "published": "2022", "text": ' + "[" * 900 + '"x"'
     + "]" * 900 + "}\n" + json.dumps(GOOD) + "\n"),
])
def test_json_nested_too_deep_is_a_rejection(tmp_path, name, content):
    stats, rejected, loaded = store_corpus(write_corpus(tmp_path / "c", {name: content}), tmp_path)
    assert loaded == ({"g1"} if name.endswith("l") else set())
    (reason,) = rejected.values()
    assert "nest" in reason


@pytest.mark.parametrize("text", [
    "[[" + "[" * 10_000 + "]" * 10_000 + "]]",
    "[[" + "-" * 100_000 + "1]]",  # the parser's stack: MemoryError
    "[[a" + ".a" * 100_000 + "]]",  # building the tree: RecursionError
])
def test_a_basil_style_text_that_is_no_python_list_stays_plain_text(text):
    assert body_text(text) == text


@pytest.mark.parametrize("published", ["0000", "0000-01", "0000-01-01", "0000-00-00"])
def test_year_zero_is_an_impossible_date_not_a_crash(published):
    with pytest.raises(DateProblem, match="year 0"):
        parse_published(published)


def test_parquet_values_python_cannot_hold_reject_their_rows_only(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    pq.write_table(pa.table({"id": ["old", "fine"], "text": ["tekst een", "tekst twee"],
                             "published": pa.array([-800_000, 19_000], pa.date32())}),
                   corpus / "dates.parquet")
    pq.write_table(pa.table({"id": ["late"], "text": ["tekst drie"], "published": pa.array(
        [dt.datetime(9999, 12, 31, 23, 59, 59)], pa.timestamp("us", tz="Europe/Amsterdam"))}),
        corpus / "stamps.parquet")
    (corpus / "ok.jsonl").write_text(json.dumps(GOOD) + "\n")
    stats, rejected, loaded = store_corpus(corpus, tmp_path)
    assert loaded == {"fine", "g1"}
    assert set(rejected) == {"dates.parquet#0", "stamps.parquet#0"}
    assert all("column 'published'" in reason for reason in rejected.values())


def test_a_corrupt_parquet_row_group_rejects_its_rows_and_the_rest_loads(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    rows = 400
    table = pa.table({"id": [f"i{n}" for n in range(rows)],
                      "text": [f"Tekst nummer {n} over de protesten." for n in range(rows)],
                      "published": ["2022-01-05"] * rows})
    path = corpus / "broken.parquet"
    pq.write_table(table, path, row_group_size=rows // 2, compression="none")
    column = pq.ParquetFile(path).metadata.row_group(1).column(1)
    data = bytearray(path.read_bytes())
    start = column.dictionary_page_offset or column.data_page_offset
    data[start + 8:start + column.total_compressed_size] = b"\xff" * (
        column.total_compressed_size - 8)  # the pages of one column chunk, past their header
    path.write_bytes(bytes(data))
    (corpus / "ok.jsonl").write_text(json.dumps(GOOD) + "\n")
    stats, rejected, loaded = store_corpus(corpus, tmp_path)
    assert "g1" in loaded and stats.read == rows + 1
    assert len(loaded) > 1 and len(rejected) >= 1
    assert all("row group 1" in reason for reason in rejected.values())


def test_an_unreadable_file_is_rejected_and_the_other_files_load(tmp_path, monkeypatch):
    from pathlib import Path

    corpus = write_corpus(tmp_path / "c", {"ok.jsonl": json.dumps(GOOD) + "\n",
                                           "locked.jsonl": json.dumps(GOOD) + "\n",
                                           "locked.txt": " date 2022-01 tekst"})
    (corpus / "gone.jsonl").symlink_to(tmp_path / "nowhere.jsonl")
    real_open = Path.open

    def refuse(path, *args, **kwargs):  # chmod 000 does not stop root, who runs this in CI
        if path.name.startswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    stats, rejected, loaded = store_corpus(corpus, tmp_path)
    assert loaded == {"g1"}
    assert set(rejected) == {"locked.jsonl", "locked.txt", "gone.jsonl"}
    assert all("cannot read" in reason for reason in rejected.values())
    assert "Permission denied" in rejected["locked.txt"]


def test_a_csv_field_over_the_old_limit_loads_and_one_over_ours_is_rejected(tmp_path, monkeypatch):
    from validation.load import readers

    long_text = "Een lange tekst. " * 10_000  # 170,000 characters: over csv's 131,072
    rows = ["id,text,published", f'a,"{long_text}",2022', "b,tekst over iets,2022",
            f'c,"{long_text}x",2022', "d,nog een tekst,2022"]
    corpus = write_corpus(tmp_path / "c", {"x.csv": "\n".join(rows) + "\n"})
    _, rejected, loaded = store_corpus(corpus, tmp_path)
    assert loaded == {"a", "b", "c", "d"} and not rejected
    monkeypatch.setattr(readers, "CSV_FIELD_LIMIT", 100_000)
    _, rejected, loaded = store_corpus(corpus, tmp_path)
    assert loaded == {"b", "d"}
    assert set(rejected) == {"x.csv:2", "x.csv:4"}
    assert "100,000 characters" in rejected["x.csv:2"]


def test_an_unterminated_quote_in_a_csv_is_rejected_on_its_line_and_later_rows_load(tmp_path):
    rows = ["id,text,published", 'a,"tekst zonder eind,2022', "b,tekst over iets,2022",
            "c,tekst met een citaat,2022", "d,nog een tekst,2022"]
    corpus = write_corpus(tmp_path / "c", {"x.csv": "\n".join(rows) + "\n"})
    _, rejected, loaded = store_corpus(corpus, tmp_path)
    assert loaded == {"b", "c", "d"}
    assert set(rejected) == {"x.csv:2"}
    assert "unterminated quote" in rejected["x.csv:2"] and "lines 2-5" in rejected["x.csv:2"]


def test_a_duplicate_id_is_rejected_naming_the_record_kept(tmp_path):
    _, rejected, loaded = store_corpus(DATA / "broken", tmp_path)
    assert "a1" in loaded
    [(line, reason)] = [(o, r) for o, r in rejected.items() if r.startswith("duplicate id a1")]
    kept = {"articles.jsonl:1", "articles.jsonl:5"} - {line}
    assert f"{next(iter(kept))} was kept" in reason


@pytest.mark.parametrize("order", [("a.jsonl", "b.jsonl"), ("b.jsonl", "a.jsonl")])
def test_of_two_records_of_one_id_the_same_is_kept_whatever_the_file_order(tmp_path, order):
    from validation.store import Store

    texts = ["Een eerste versie van het bericht over de brand.",
             "Een tweede, latere versie van het bericht over de brand."]
    files = {name: json.dumps({"id": "x", "published": "2022-01-06", "text": text}) + "\n"
             for name, text in zip(order, texts, strict=True)}
    corpus = write_corpus(tmp_path / "c", files)
    store_corpus(corpus, tmp_path)
    with Store(tmp_path / "hostile.duckdb", read_only=True) as store:
        [(kept,)] = store.con.execute("SELECT body FROM articles").fetchall()
    from validation.load.normalize import content_hash

    assert kept == min(texts, key=content_hash)


def test_a_csv_whose_header_is_rejected_never_reads_a_data_row_as_its_header(tmp_path):
    rows = ['id,body,"published', "a,een tekst over iets,2022", "b,nog een tekst,2022"]
    corpus = write_corpus(tmp_path / "c", {"x.csv": "\n".join(rows) + "\n"})
    _, rejected, loaded = store_corpus(corpus, tmp_path)
    assert loaded == set()
    assert set(rejected) == {"x.csv:1", "x.csv:2", "x.csv:3"}
    assert "the header (line 1) could not be read" in rejected["x.csv:3"]


def test_a_stray_quote_closed_lines_later_does_not_swallow_the_rows_between(tmp_path):
    rows = ["id,text,published", 'a,"tekst met een los aanhalingsteken,2022',
            "b,tekst over iets,2022", 'c,tekst met een inch-teken 5",2022',
            'd,"een tekst over\ntwee regels, met een ""citaat""",2022', "e,laatste tekst,2022"]
    corpus = write_corpus(tmp_path / "c", {"x.csv": "\n".join(rows) + "\n"})
    _, rejected, loaded = store_corpus(corpus, tmp_path)
    assert loaded == {"b", "c", "d", "e"}
    assert set(rejected) == {"x.csv:2"}
    assert "lines 2-4" in rejected["x.csv:2"]
