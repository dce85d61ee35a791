"""Properties that hold for any input: loaders account for every record and never raise; the
extractor never raises and its intervals are ordered and hold their figure.

Hypothesis runs a small, derandomised sample in the default test run (the same inputs on every
machine, so CI is deterministic); `make fuzz` searches far longer, guided by coverage.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import os
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from validation.extract.claims import extract_claims
from validation.extract.dates import find_date_mentions
from validation.extract.lexicon import load_pack
from validation.extract.numbers import MORE_THAN, find_quantities
from validation.load import FieldMap, LoadStats, read_corpus
from validation.load.normalize import to_article
from validation.load.readers import read_csv, read_jsonl, read_seed
from validation.load.records import Article

# PROPERTY_EXAMPLES=5000 searches longer, by hand; the default keeps the whole file near 5 s
FAST = settings(max_examples=int(os.environ.get("PROPERTY_EXAMPLES", "60")), deadline=None,
                derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])

# Pieces that reach the extractor's branches: digits with both separators, scales, qualifiers,
# ranges, dates, number words, and a figure no float holds.
PIECES = ["0", "7", "12", "45", "1.000", "1,8", "2.300", "31", "2022", "9" * 400, "9" * 309,
          " ", " ", " ", ",", ".", "-", "(", ")", "\n", "\n\n", "€", "$", "%", '"',
          "miljoen", "miljard", "duizend", "million", "bijna", "meer dan", "ongeveer", "tussen",
          " en ", " tot ", "at least", "about", "doden", "mensen", "gearresteerd", "killed",
          "people", "maandag", "januari", "gisteren", "Kerstmis", "Monday", "December",
          "één", "twintig", "honderd", "twee dozijn", "op de", "one in", "de politie zei",
          "volgens", "tientallen"]
texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=4), max_size=40).map("".join)
days = st.dates(min_value=dt.date.min, max_value=dt.date.max)


def storable(text: str | None) -> bool:
    try:
        (text or "").encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@FAST
@given(data=st.binary(max_size=600) | texts.map(lambda t: f"id,text,published\n{t}".encode()))
@example(data=b"i\xffd,text\n1,\xfe\n")  # bytes that are not UTF-8, in the header too
def test_any_bytes_in_a_csv_become_records_or_rejections(tmp_path, data):
    path = tmp_path / "x.csv"
    path.write_bytes(data)
    for record in read_csv(path, "x.csv"):
        assert (record.fields is None) == (record.problem is not None)
        assert storable(record.raw) and storable(record.problem)


PROSE = ["De", "politie", "zei", "45", "mensen", "Almaty", " ", " ", ", ", ". ", "\n", "\n\n",
         '"', '""', "'", "tekst"]
prose = st.lists(st.sampled_from(PROSE), max_size=30).map("".join)


@FAST
@given(rows=st.lists(st.tuples(st.text(st.characters(codec="utf-8"), max_size=8), prose,
                               st.sampled_from(["2022-01-05", "2022", ""])), max_size=6))
@example(rows=[("a", "lang " * 30_000, "2022"), ("b", "kort", "2022")])  # over csv's limit
def test_a_csv_of_prose_written_by_csv_reads_back_as_csv_reads_it(tmp_path, rows):
    records, expected = write_and_read(tmp_path, rows)
    assert [r.fields for r in records] == expected


@FAST
@given(rows=st.lists(st.tuples(texts, texts, texts), max_size=6))
@example(rows=[("a", "lang " * 30_000, "2022"), ("b", "kort", "2022")])
def test_a_csv_written_by_csv_reads_back_unless_a_quote_is_taken_for_an_open_one(tmp_path,
                                                                                   rows):
    records, expected = write_and_read(tmp_path, rows)
    # read_csv's one guess: a quoted field holding a line that reads as a record of its own
    # (three cells, no space after a comma) is taken for a quote left open, and rejected
    if not any("unterminated quote" in (r.problem or "") for r in records):
        assert [r.fields for r in records] == expected


def write_and_read(tmp_path, rows):
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(["id", "text", "published"])
    writer.writerows(rows)
    path = tmp_path / "x.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8", newline="")
    limit = csv.field_size_limit(10**6)  # what csv reads, without its 131,072-character cap
    try:
        expected = list(csv.DictReader(io.StringIO(buffer.getvalue(), newline="")))
    finally:
        csv.field_size_limit(limit)
    return list(read_csv(path, "x.csv")), expected


@FAST
@given(lines=st.lists(st.binary(max_size=60) | texts.map(str.encode), max_size=8))
@example(lines=[b"[" * 5000, b'{"text": "a\\ud800"}'])  # nested too deep; a lone surrogate
def test_every_non_blank_jsonl_line_is_one_record(tmp_path, lines):
    path = tmp_path / "x.jsonl"
    path.write_bytes(b"\n".join(line.replace(b"\n", b" ") for line in lines))
    records = list(read_jsonl(path, "x.jsonl"))
    assert len(records) == sum(1 for line in lines if line.replace(b"\n", b" ").strip())


@FAST
@given(data=st.binary(max_size=300) | texts.map(lambda t: (" date 2022-01 " + t).encode()))
@example(data=b" date 0000-01 Tekst uit het jaar nul.")
def test_a_seed_file_is_always_one_article_or_one_rejection(tmp_path, data):
    path = tmp_path / "x.txt"
    path.write_bytes(data)
    [record] = read_seed(path, "x.txt")
    item = to_article(record, FieldMap())
    assert isinstance(item, Article) or item.reason


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12) | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                 max_size=3),
    max_leaves=12)


@FAST
@given(fields=st.dictionaries(st.sampled_from(["id", "text", "body", "published", "date",
                                               "title", "language", "source", "x"]),
                              json_values, max_size=6))
@example(fields={"text": "tekst", "published": "0000"})
@example(fields={"text": "tekst \ud800", "published": "2022"})
@example(fields={"text": "tekst", "title": ["\udfff"], "published": "2022"})
def test_any_json_record_becomes_an_article_or_a_rejection(tmp_path, fields):
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps(fields) + "\n")  # \u escapes: any string, surrogates too
    [record] = read_jsonl(path, "x.jsonl")
    item = to_article(record, FieldMap())
    if isinstance(item, Article):
        assert item.body.strip() and item.published_start <= item.published_end
        assert all(storable(getattr(item, name)) for name in ("article_id", "body", "title"))
    else:
        assert item.reason


@FAST
@given(files=st.lists(st.tuples(st.sampled_from([".txt", ".jsonl", ".json", ".csv", ".parquet"]),
                                st.binary(max_size=200)), min_size=1, max_size=4))
@example(files=[(".json", b"[" * 5000), (".jsonl", b"{}\n")])
def test_records_read_are_records_loaded_plus_rejected(tmp_path, files):
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    for old in corpus.iterdir():
        old.unlink()
    for index, (suffix, data) in enumerate(files):
        (corpus / f"f{index}{suffix}").write_bytes(data)
    stats = LoadStats()
    items = list(read_corpus(corpus, stats=stats))
    stats.check()
    assert len(items) == stats.read  # an empty file holds no record


@FAST
@given(text=texts, language=st.sampled_from(["nl", "en"]))
def test_quantities_are_ordered_intervals_around_their_figure(text, language):
    for quantity in find_quantities(text, load_pack(language)):
        for low, high in (quantity.strict, quantity.lenient):
            assert low is None or math.isfinite(low)
            assert high is None or math.isfinite(high)
            assert low is None or high is None or low <= high
        low, high = quantity.strict
        if quantity.value is not None and quantity.qualifier != MORE_THAN:
            assert (low is None or low <= quantity.value) and (
                high is None or quantity.value <= high), quantity


@FAST
@given(text=texts, language=st.sampled_from(["nl", "en"]), start=days, width=st.integers(0, 40))
@example(text="Op maandag vielen doden, morgen meer.", language="nl", start=dt.date.min,
         width=0)
@example(text="Op maandag vielen doden, morgen meer.", language="nl", start=dt.date.max,
         width=0)
def test_claims_and_dates_of_any_text_at_any_publication_date(text, language, start, width):
    pack = load_pack(language)
    end = dt.date.fromordinal(min(start.toordinal() + width, dt.date.max.toordinal()))
    for claim in extract_claims("a", text, pack):
        assert claim.value_low is None or claim.value_high is None or \
            claim.value_low <= claim.value_high
        assert 0 <= claim.char_start <= claim.char_end <= len(text)
    for mention in find_date_mentions("a", text, pack, (start, end)):
        assert mention.resolved_start is None or mention.resolved_start <= mention.resolved_end


# Matching made faster must find what the plain pattern finds. The pieces are the packs' own
# phrases and words, in both cases, glued to letters, hyphens, digits and a letter whose lower
# case is longer ("İ"), so that texts hold phrases at word edges and inside words alike.
def _pack_words(language: str) -> list[str]:
    from validation.extract.grounding import grounding_words

    words = grounding_words(language)
    phrases = sorted({phrase for cues in _cue_sets(load_pack(language)) for phrase in cues.label_of}
                     | {word for _, _, pattern in words.patterns
                        for word in re.findall(r"[a-z]{2,}", pattern.pattern)})
    return phrases + [p.upper() for p in phrases[::7]] + [p.title() for p in phrases[::5]]


def _cue_sets(pack):
    from validation.extract.grounding import grounding_words
    from validation.extract.lexicon import CueSet

    sources = [vars(pack), vars(grounding_words(pack.code))]
    return [value for source in sources for value in source.values() if isinstance(value, CueSet)]


GLUE = [" ", " ", " ", "-", ",", ".", "%", "5", "x", "ge", "İ", "\n", "'"]


def _long_texts(language: str):
    return st.lists(st.sampled_from(_pack_words(language)) | st.sampled_from(GLUE),
                    min_size=60, max_size=160).map("".join)


@FAST
@given(data=st.data(), language=st.sampled_from(["nl", "en"]),
       cut=st.tuples(st.floats(0, 1), st.floats(0, 1)))
def test_a_cue_set_finds_the_same_in_a_long_text_as_tried_at_every_character(
        data, language, cut, monkeypatch):
    from validation.extract import lexicon

    text = data.draw(_long_texts(language))
    start, end = sorted(int(f * len(text)) for f in cut)
    for cues in _cue_sets(load_pack(language)):
        monkeypatch.setattr(lexicon, "INDEXED_FROM", 300)
        indexed = [cues.find(text), cues.find(text, start, end)]
        monkeypatch.setattr(lexicon, "INDEXED_FROM", 10**9)
        assert indexed == [cues.find(text), cues.find(text, start, end)]


@FAST
@given(data=st.data(), language=st.sampled_from(["nl", "en"]))
def test_a_pack_pattern_starting_with_its_letters_matches_as_the_pattern_itself(data, language):
    from validation.extract.grounding import grounding_words

    text = data.draw(_long_texts(language)).lower()
    raw = load_pack(language).raw["metric_patterns"]
    written = [re.compile(pattern) for patterns in raw.values() for pattern in patterns]
    assert [[m.span() for m in pattern.finditer(text)] for _, _, pattern in
            grounding_words(language).patterns] == [[m.span() for m in pattern.finditer(text)]
                                                     for pattern in written]


DIGIT_PIECES = ["1", "12", "123", "1234", ".", ",", ".000", ",5", "m", "bn", " ", "a", "-", "€"]


@FAST
@given(text=st.lists(st.sampled_from(DIGIT_PIECES), max_size=30).map("".join),
       separators=st.sampled_from([(",", "."), (".", ",")]))
def test_digits_are_read_as_by_the_pattern_with_its_word_edge_first(text, separators):
    from validation.extract.numbers import _digit_pattern

    decimal, thousands = separators
    t, d = re.escape(thousands), re.escape(decimal)
    edge_first = re.compile(rf"(?<![\w{t}{d}])(\d{{1,3}}(?:{t}\d{{3}})+|\d+)(?:{d}(\d+))?"
                            rf"(?:(?![\w])|(?=(?:m|bn)(?![\w])))", re.IGNORECASE)
    assert [(m.span(), m.groups()) for m in _digit_pattern(decimal, thousands, ("m", "bn"))
            .finditer(text)] == [(m.span(), m.groups()) for m in edge_first.finditer(text)]


@FAST
@given(text=st.lists(st.sampled_from(["verdubbel", "halveer", "de", "-", " ", "x", "ver", "h"]),
                     max_size=30).map("".join))
def test_words_where_a_word_starts_are_those_after_no_letter_or_hyphen(text):
    from validation.extract.lexicon import word_start_alternation

    words = ["verdubbel", "halveer", "halvering", "de"]
    plain = re.compile(r"(?<![\w-])(?:halvering|verdubbel|halveer|de)")
    assert [m.span() for m in re.finditer(word_start_alternation(words), text)] == [
        m.span() for m in plain.finditer(text)]


def test_a_long_text_gives_the_cues_a_short_one_gives_at_edges_overlaps_and_marks(monkeypatch):
    from validation.extract import lexicon
    from validation.extract.lexicon import CueSet

    cues = CueSet({"deaths": ["om het leven", "doden"], "other": ["het leven", "%"]})
    filler = "woorden zonder iets " * 20
    text = filler + "kwamen om het leven, ex-doden, 5% en 7 % en Doden; gewonde dodenlijst"
    cut = text.index("dodenlijst") + len("doden")
    found = {}
    for indexed_from in (300, 10**9):
        monkeypatch.setattr(lexicon, "INDEXED_FROM", indexed_from)
        found[indexed_from] = [cues.find(text), cues.find(text, 3, cut),
                               cues.find(text, 3, text.index("; gewonde")),
                               cues.find("İ" + text)]
    assert found[300] == found[10**9]
    whole, stretch, to_a_phrase, _ = found[300]
    assert [cue.text for cue in whole] == ["om het leven", "%", "Doden"]
    # the stretch starts inside a word and ends inside "dodenlijst", read as ending there
    assert [cue.text for cue in stretch] == ["om het leven", "%", "Doden", "doden"]
    assert [cue.text for cue in to_a_phrase] == ["om het leven", "%", "Doden"]


def _date_words(language: str) -> list[str]:
    pack = load_pack(language)
    dates = pack.raw["dates"]
    words = [*pack.weekdays, *pack.months, *pack.holidays, *pack.relative_days,
             *dates.get("parts_of_day", []), *dates.get("period_prepositions", [])]
    periods = dates.get("period_prepositions", [])
    # (the phrases two words make first: hypothesis draws the first elements most; months as
    # the pack writes them: "in January", "in januari")
    months = [m.capitalize() if dates.get("months_capitalised") else m for m in pack.months]
    return [f"{p} {m}" for p in periods for m in months[:2]] + [
        f"{p} 2012" for p in periods] + words + [w.title() for w in words[::3]] + [
        "12", "2019", "1888", "3", "-", " ", ",", "."]


@FAST
@given(data=st.data(), language=st.sampled_from(["nl", "en"]))
def test_date_mentions_are_the_same_found_through_the_word_index(data, language, monkeypatch):
    from validation.extract import dates

    text = data.draw(st.lists(st.sampled_from(_date_words(language)), min_size=20,
                              max_size=120).map(" ".join))
    window = (dt.date(2019, 3, 1), dt.date(2019, 3, 2))
    indexed = find_date_mentions("a", text, load_pack(language), window)
    monkeypatch.setattr(dates, "word_index", lambda text: None)
    assert indexed == find_date_mentions("a", text, load_pack(language), window)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_date_word_of_a_pack_is_found_through_the_word_index(language, monkeypatch):
    from validation.extract import dates

    text = ". ".join(word.capitalize() if i % 2 else word
                     for i, word in enumerate(_date_words(language))) + "."
    window = (dt.date(2019, 3, 1), dt.date(2019, 3, 2))
    indexed = find_date_mentions("a", text, load_pack(language), window)
    monkeypatch.setattr(dates, "word_index", lambda text: None)
    assert indexed == find_date_mentions("a", text, load_pack(language), window)
    assert {m.kind for m in indexed} >= {"weekday", "month", "year", "relative"}
