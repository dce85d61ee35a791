"""An appending run keeps its comparison tables as a full run would make them."""

from __future__ import annotations

import random
import shutil

import duckdb
import yaml

from validation.compare import update_near_duplicates

WORDS = (
    "de", "politie", "meldt", "dat", "er", "gisteren", "in", "het", "centrum", "van", "de",
    "stad", "een", "brand", "woedde", "waarbij", "drie", "mensen", "gewond", "raakten", "en",
    "twee", "auto's", "verloren", "gingen", "volgens", "de", "brandweer",
)


def _texts(count: int) -> list[str]:
    """Texts in families: each family's members share most of their words."""
    texts = []
    for family in range(count // 3):
        chooser = random.Random(family)
        base = [chooser.choice(WORDS) for _ in range(60)] + [f"familie{family}"]
        for member in range(3):
            words = list(base)
            words[member * 7] = f"lid{member}"
            texts.append(" ".join(words))
    return texts


def _pairs(con: duckdb.DuckDBPyConnection) -> set[tuple[str, str, float]]:
    return set(con.execute("SELECT hash_a, hash_b, round(similarity, 6) "
                           "FROM near_duplicates").fetchall())


def _store(texts: list[str]) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE articles (content_hash VARCHAR, body VARCHAR)")
    con.executemany("INSERT INTO articles VALUES (md5(?), ?)", [[t, t] for t in texts])
    return con


def test_near_duplicates_found_in_steps_equal_those_found_at_once():
    texts = _texts(60)
    at_once = _store(texts)
    update_near_duplicates(at_once)
    expected = _pairs(at_once)
    assert len(expected) >= 20  # the families are found

    in_steps = _store(texts[:31])
    update_near_duplicates(in_steps)
    in_steps.executemany("INSERT INTO articles VALUES (md5(?), ?)", [[t, t] for t in texts[31:]])
    signed, pairs = update_near_duplicates(in_steps)
    assert signed == len(texts) - 31  # only the new texts are signed
    assert _pairs(in_steps) == expected and pairs == len(expected)

    # a text that leaves the corpus takes its pairs with it
    gone = texts[0]
    in_steps.execute("DELETE FROM articles WHERE body = ?", [gone])
    update_near_duplicates(in_steps)
    gone_hash = in_steps.execute("SELECT md5(?)", [gone]).fetchone()[0]
    assert _pairs(in_steps) == {p for p in expected if gone_hash not in p[:2]}


def test_many_copies_of_one_text_pair_with_its_first_not_each_with_each():
    """120 copies of one text: all connected to one, never the 7,140 pairs of each with each
    (300,000 articles of 200 copies each made 31 million pairs and ran out of memory)."""
    from validation.compare import MAX_BUCKET_PAIRING

    chooser = random.Random(7)
    base = " ".join(chooser.choice(WORDS) for _ in range(80))
    copies = [f"{base} kopie{n}" for n in range(120)]
    family = _texts(9)  # a small family keeps every pair
    con = _store(copies + family)
    update_near_duplicates(con)
    hashes = {h for (h,) in con.execute("SELECT md5(unnest(?))", [copies]).fetchall()}
    pairs = [(a, b) for a, b, _ in _pairs(con) if a in hashes or b in hashes]
    assert len(copies) - 1 <= len(pairs) <= len(copies) * MAX_BUCKET_PAIRING
    # every copy is paired with the copies' first text
    first = min(hashes)
    assert {a if b == first else b for a, b in pairs if first in (a, b)} == hashes - {first}
    family_hashes = {h for (h,) in con.execute("SELECT md5(unnest(?))", [family]).fetchall()}
    assert len([p for p in _pairs(con) if p[0] in family_hashes]) == 9  # 3 families of 3


def _compared(store_path, *steps):
    """Load, extract and compare each (corpus, append) step into one store; its claims."""
    from validation.compare import compare_into
    from validation.extract import extract_into
    from validation.pipeline import load_into
    from validation.store import Store

    with Store(store_path) as store:
        for corpus, append in steps:
            load_into(store, corpus, append=append)
            extract_into(store.con)
            compare_into(store.con, corpus, append=append)
        return store.con.execute("SELECT * FROM reported_claims ORDER BY claim_id").fetchall()


def _split(seed_corpus, tmp_path):
    """The seeds as two folders: three articles first, two added later, estimates beside."""
    estimates = yaml.safe_load((seed_corpus / "publication-estimates.yml").read_text())
    parts = []
    for name, articles in (("first", sorted(seed_corpus.glob("*.txt"))[:3]),
                           ("added", sorted(seed_corpus.glob("*.txt"))[3:])):
        folder = tmp_path / name
        folder.mkdir()
        for article in articles:
            shutil.copy(article, folder)
        (folder / "publication-estimates.yml").write_text(yaml.safe_dump(
            {a.stem: estimates[a.stem] for a in articles}))
        parts.append(folder)
    return parts


def test_reported_claims_after_appending_equal_those_of_one_full_run(tmp_path, seed_corpus):
    first, added = _split(seed_corpus, tmp_path)
    at_once = _compared(tmp_path / "once.duckdb", (seed_corpus, False))
    in_steps = _compared(tmp_path / "steps.duckdb", (first, False), (added, True))
    assert len(at_once) > 20 and in_steps == at_once


def test_reported_claims_follow_a_changed_estimate_and_a_removed_article(tmp_path, seed_corpus):
    path = tmp_path / "c.duckdb"
    before = _compared(path, (seed_corpus, False))
    estimates = seed_corpus / "publication-estimates.yml"
    data = yaml.safe_load(estimates.read_text())
    data["000_ff9379563cc96bce"]["from"] = "2022-01-04"
    del data["003_eb47b517691dc6ae"]
    estimates.write_text(yaml.safe_dump(data))
    (seed_corpus / "003_eb47b517691dc6ae.txt").unlink()
    after = _compared(path, (seed_corpus, False))
    fresh = _compared(tmp_path / "fresh.duckdb", (seed_corpus, False))
    assert after == fresh and after != before
    assert not [row for row in after if row[1] == "003_eb47b517691dc6ae"]


def test_a_reload_detects_the_language_of_new_texts_only(tmp_path, seed_corpus, monkeypatch):
    from validation.load import normalize
    from validation.pipeline import load_into
    from validation.store import Store

    detected = []
    real = normalize.detect_language
    monkeypatch.setattr(normalize, "detect_language",
                        lambda body: detected.append(body) or real(body))
    with Store(tmp_path / "c.duckdb") as store:
        load_into(store, seed_corpus)
        assert len(detected) == 5
        added = seed_corpus / "005_added.txt"
        added.write_text((seed_corpus / "000_ff9379563cc96bce.txt").read_text()
                         .replace("Kazachstan", "Kirgizië"))
        load_into(store, seed_corpus)
        assert len(detected) == 6 and "Kirgizië" in detected[-1]
        languages = store.con.execute("SELECT DISTINCT language_detected FROM articles")
        assert languages.fetchall() == [("nl",)]


def test_worker_processes_are_given_the_stored_languages(monkeypatch):
    """A marker language for one stored text reaches the workers: they did not detect it."""
    import validation.load as load
    from tests.conftest import ROOT
    from validation.load.normalize import content_hash

    monkeypatch.setattr(load, "PARALLEL_FROM_BYTES", 0)  # two workers even for five seeds
    first = next(a for a in load.read_corpus(ROOT / "corpus") if hasattr(a, "body"))
    articles = list(load.read_corpus(ROOT / "corpus",
                                     known_languages={content_hash(first.body): "xx"}))
    marked = [a.article_id for a in articles if a.language_detected == "xx"]
    assert marked == [first.article_id] and len(articles) == 5


def test_reported_claims_are_built_again_when_their_tables_are_gone(tmp_path, seed_corpus):
    path = tmp_path / "c.duckdb"
    before = _compared(path, (seed_corpus, False))
    with duckdb.connect(str(path)) as con:
        con.execute("DROP TABLE reported_claims")
    assert _compared(path, (seed_corpus, False)) == before


def test_a_claims_file_is_compared_in_the_runs_that_are_given_it(tmp_path):
    """Kept by an --append run, like the articles; gone from a run that is not given it."""
    import datetime as dt

    from validation.compare import compare_into
    from validation.load.claims_file import ClaimsLoad
    from validation.store import Store

    claim = {"claim_id": "c.csv#2", "origin": "c.csv#2", "source": "A", "metric": "deaths",
             "value_low": 3.0, "value_high": 3.0, "lenient_low": 3.0, "lenient_high": 3.0,
             "hedged": False, "reported_start": dt.date(2022, 2, 25),
             "reported_end": dt.date(2022, 2, 25), "quote": "A,3"}
    with Store(tmp_path / "c.duckdb") as store:
        assert compare_into(store.con, external=ClaimsLoad([claim])).external_claims == 1
        assert compare_into(store.con, append=True).external_claims == 1
        assert compare_into(store.con).external_claims == 0
        assert store.con.execute("SELECT count(*) FROM reported_claims").fetchone()[0] == 0


def test_copies_stay_connected_whichever_copy_comes_first_or_leaves():
    """Many copies pair with their first text; a new first text, or the first one leaving,
    re-pairs them, so steps and one load give the same pairs."""
    chooser = random.Random(11)
    base = " ".join(chooser.choice(WORDS) for _ in range(80))
    copies = [f"{base} kopie{n}" for n in range(40)]
    at_once = _store(copies)
    update_near_duplicates(at_once)
    hashes = dict(at_once.execute("SELECT body, content_hash FROM articles").fetchall())
    ordered = sorted(copies, key=hashes.get)
    # loaded without the copy that sorts first, then with it: it becomes the hub
    in_steps = _store(ordered[1:])
    update_near_duplicates(in_steps)
    in_steps.execute("INSERT INTO articles VALUES (md5(?), ?)", [ordered[0], ordered[0]])
    update_near_duplicates(in_steps)
    assert _pairs(in_steps) == _pairs(at_once)
    hub = hashes[ordered[0]]
    assert {b for a, b, _ in _pairs(at_once) if a == hub} == set(hashes.values()) - {hub}
    # the hub leaves: the others are paired with the next first text
    for con in (in_steps, at_once):
        con.execute("DELETE FROM articles WHERE body = ?", [ordered[0]])
        update_near_duplicates(con)
    rest = _store(ordered[1:])
    update_near_duplicates(rest)
    assert _pairs(in_steps) == _pairs(rest)
    hub = hashes[ordered[1]]
    assert {b for a, b, _ in _pairs(rest) if a == hub} == set(hashes.values()) - {
        hashes[ordered[0]], hub}


def _dates(store_path, corpus):
    from validation.extract import extract_into
    from validation.pipeline import load_into
    from validation.store import Store

    with Store(store_path) as store:
        load_into(store, corpus)
        extract_into(store.con)
        return store.con.execute("SELECT text, resolved_start FROM date_mentions "
                                 "ORDER BY char_start").fetchall()


def test_a_changed_date_or_title_of_the_same_text_is_read_again(tmp_path):
    """Dates resolve against the publication window and the years a title names: a record
    corrected in either, its text unchanged, is extracted again (not only a changed text)."""
    import json

    corpus = tmp_path / "corpus.jsonl"

    def write(published, title):
        corpus.write_text(json.dumps({
            "id": "a", "published": published, "title": title, "language": "nl",
            "text": "Op dinsdag 4 maart brandde de molen af. Niemand raakte gewond."}) + "\n")

    write("2025-03-05", "Molen afgebrand")
    path = tmp_path / "c.duckdb"
    first = _dates(path, corpus)
    write("2014-03-05", "Molen afgebrand")  # the date was wrong: 4 March 2014 was a Tuesday
    moved = _dates(path, corpus)
    assert moved == _dates(tmp_path / "fresh.duckdb", corpus) and moved != first
    write("2019-03-05", "Terugblik: de brand van 1980")  # 4 March 1980 was a Tuesday
    retitled = _dates(path, corpus)
    assert retitled == _dates(tmp_path / "fresh2.duckdb", corpus) != moved
