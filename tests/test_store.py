"""The DuckDB store: the documented table contract, bulk sync, idempotent re-loads."""

from __future__ import annotations

import json

import pytest

from tests.conftest import DATA, ROOT
from validation.errors import StoreError
from validation.load import read_corpus
from validation.store import Store

# The stable contract documented in README.md ("Tables"): these columns at least.
CONTRACT = {
    "articles": ["article_id", "source", "url", "title", "body", "language", "published_raw",
                 "published_start", "published_end", "published_precision", "content_hash",
                 "origin"],
    "claims": ["claim_id", "article_id", "metric", "subject", "location", "value_low",
               "value_high", "qualifier", "hedged", "attributed_to", "char_start", "char_end",
               "quote"],
    "date_mentions": ["mention_id", "article_id", "text", "kind", "char_start", "char_end",
                      "resolved_start", "resolved_end"],
    "findings": ["run_id", "suite", "expectation", "severity", "kind", "article_ids", "claim_ids",
                 "message", "fingerprint"],
    "rejected": ["origin", "reason", "raw"],
    "runs": ["run_id", "started_at", "corpus_hash"],
}


def columns(store, table):
    return [r[0] for r in store.con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index",
        [table]).fetchall()]


def test_new_database_has_every_contract_table_and_column(tmp_path):
    with Store(tmp_path / "x.duckdb") as store:
        for table, expected in CONTRACT.items():
            assert set(expected) <= set(columns(store, table)), table


def test_loading_twice_changes_nothing(tmp_path):
    db = tmp_path / "x.duckdb"
    with Store(db) as store:
        first = store.sync_articles(read_corpus(ROOT / "corpus"))
        hash_one = store.corpus_hash()
        rows_one = store.con.execute("SELECT * FROM articles ORDER BY article_id").fetchall()
        second = store.sync_articles(read_corpus(ROOT / "corpus"))
        rows_two = store.con.execute("SELECT * FROM articles ORDER BY article_id").fetchall()
        assert (first.added, first.unchanged) == (5, 0)
        assert (second.added, second.changed, second.removed, second.unchanged) == (0, 0, 0, 5)
        assert rows_one == rows_two and store.corpus_hash() == hash_one


def test_changed_and_removed_articles_are_counted(tmp_path, seed_corpus):
    with Store(tmp_path / "x.duckdb") as store:
        store.sync_articles(read_corpus(seed_corpus))
        (seed_corpus / "000_ff9379563cc96bce.txt").unlink()
        path = seed_corpus / "001_fd20afe90b49c0f6.txt"
        path.write_text(path.read_text() + "\n\nEen correctie.")
        counts = store.sync_articles(read_corpus(seed_corpus))
        assert (counts.added, counts.changed, counts.removed, counts.unchanged) == (0, 1, 1, 3)
        assert store.figures()["articles"] == 4


def test_append_upserts_and_keeps_other_articles(tmp_path):
    extra = tmp_path / "extra.jsonl"
    extra.write_text(json.dumps({"id": "x1", "text": "Nieuwe tekst over Almaty, lang genoeg.",
                                 "published": "2022-01-07"}) + "\n")
    with Store(tmp_path / "x.duckdb") as store:
        store.sync_articles(read_corpus(ROOT / "corpus"))
        counts = store.sync_articles(read_corpus(extra), append=True)
        assert counts.added == 1 and store.figures()["articles"] == 6


def test_rejections_are_stored_with_origin_reason_and_raw(tmp_path):
    with Store(tmp_path / "x.duckdb") as store:
        store.sync_articles(read_corpus(DATA / "broken"))
        rows = store.con.execute(
            "SELECT origin, reason, raw FROM rejected WHERE origin LIKE '%articles.jsonl:7'"
        ).fetchall()
        assert len(rows) == 1
        origin, reason, raw = rows[0]
        assert "not valid UTF-8" in reason and "caf" in raw
        assert store.figures()["rejected"] == 12


def test_a_foreign_duckdb_file_is_refused(tmp_path):
    import duckdb

    path = tmp_path / "other.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE sales (x INTEGER)")
    with pytest.raises(StoreError, match="not one of ours"):
        Store(path)
