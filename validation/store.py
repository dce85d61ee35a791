"""Store: one DuckDB file holding articles, claims, date mentions, stated arithmetic, scale
readings, findings, rejects and runs.

The table layout below is a stable contract (documented in README.md, checked by contracts.py).
Rows are written in bulk through Arrow, never row by row.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import os
import re
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from validation.errors import Problem, StoreError
from validation.load.records import Article, Rejection

SCHEMA_VERSION = 1
MEMORY_LIMIT_VARIABLE = "NEWS_VALIDATION_DUCKDB_MEMORY"
DEFAULT_MEMORY_LIMIT = "512MB"
DEFAULT_DB = Path("build/corpus.duckdb")
WRITE_BATCH = 10_000
# The ids of the articles loaded, changed or extracted since the store was opened for writing
# (not a TEMP table: DuckDB's cursors are connections of their own and would not see it).
TOUCHED_ARTICLES = "touched_articles"

ARTICLE_COLUMNS = {
    "article_id": "VARCHAR NOT NULL",
    "source": "VARCHAR",
    "url": "VARCHAR",
    "title": "VARCHAR",
    "body": "VARCHAR NOT NULL",
    "language": "VARCHAR",
    "language_declared": "VARCHAR",
    "published_raw": "VARCHAR NOT NULL",
    "published_start": "DATE NOT NULL",
    "published_end": "DATE NOT NULL",
    "published_precision": "VARCHAR NOT NULL",
    "content_hash": "VARCHAR NOT NULL",
    "origin": "VARCHAR NOT NULL",
    "language_detected": "VARCHAR",
    "event": "VARCHAR",
}

# Filled by extraction from the text, not by loading: the publication window the text allows.
INFERRED_COLUMNS = {
    "inferred_start": "DATE",
    "inferred_end": "DATE",
    "inferred_method": "VARCHAR",
}

# The tables extraction fills per article, emptied for an article extracted again.
EXTRACTED_TABLES = ("claims", "date_mentions", "stated_arithmetic", "scale_readings")

DDL = f"""
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles ({", ".join(
    f"{k} {v}" for k, v in {**ARTICLE_COLUMNS, **INFERRED_COLUMNS}.items())});
CREATE TABLE IF NOT EXISTS claims (
    claim_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, metric VARCHAR, subject VARCHAR,
    location VARCHAR, value_low DOUBLE, value_high DOUBLE, qualifier VARCHAR, hedged BOOLEAN,
    attributed_to VARCHAR, char_start INTEGER, char_end INTEGER, quote VARCHAR,
    lenient_low DOUBLE, lenient_high DOUBLE, grounding VARCHAR, part_of VARCHAR, scope VARCHAR,
    earlier_than VARCHAR, day_part VARCHAR, day_part_weekday INTEGER
);
CREATE TABLE IF NOT EXISTS stated_arithmetic (
    arithmetic_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, kind VARCHAR NOT NULL,
    first_value DOUBLE, second_value DOUBLE, stated_low DOUBLE, stated_high DOUBLE,
    slack DOUBLE, char_start INTEGER, char_end INTEGER, operands VARCHAR, stated VARCHAR,
    quote VARCHAR
);
CREATE TABLE IF NOT EXISTS scale_readings (
    reading_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, scale VARCHAR NOT NULL,
    value DOUBLE NOT NULL, char_start INTEGER, char_end INTEGER, reading VARCHAR, quote VARCHAR
);
CREATE TABLE IF NOT EXISTS extractions (
    article_id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL, extracted_at TIMESTAMP, cut_at BIGINT,
    cut_because VARCHAR, input_hash VARCHAR
);
CREATE TABLE IF NOT EXISTS date_mentions (
    mention_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, text VARCHAR, kind VARCHAR,
    char_start INTEGER, char_end INTEGER, resolved_start DATE, resolved_end DATE,
    weekday INTEGER, tense VARCHAR
);
CREATE TABLE IF NOT EXISTS findings (
    run_id VARCHAR NOT NULL, suite VARCHAR NOT NULL, expectation VARCHAR NOT NULL,
    severity VARCHAR NOT NULL, kind VARCHAR NOT NULL, article_ids VARCHAR[],
    claim_ids VARCHAR[], message VARCHAR NOT NULL, fingerprint VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS rejected (
    origin VARCHAR NOT NULL, reason VARCHAR NOT NULL, raw VARCHAR, article_id VARCHAR
);
CREATE TABLE IF NOT EXISTS external_claims (
    claim_id VARCHAR NOT NULL, origin VARCHAR NOT NULL, source VARCHAR, metric VARCHAR NOT NULL,
    subject VARCHAR, location VARCHAR, time_frame VARCHAR, value_low DOUBLE, value_high DOUBLE,
    lenient_low DOUBLE, lenient_high DOUBLE, hedged BOOLEAN, reported_start DATE NOT NULL,
    reported_end DATE NOT NULL, quote VARCHAR
);
CREATE TABLE IF NOT EXISTS publication_estimates (
    article_id VARCHAR NOT NULL, estimated_start DATE NOT NULL, estimated_end DATE NOT NULL,
    reason VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS {TOUCHED_ARTICLES} (article_id VARCHAR);
CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR NOT NULL, started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP,
    corpus_path VARCHAR, corpus_hash VARCHAR, records_read BIGINT, records_loaded BIGINT,
    records_rejected BIGINT, articles_added BIGINT, articles_changed BIGINT,
    articles_removed BIGINT, exit_code INTEGER, tool_version VARCHAR
);
"""



def engine_compatible_config() -> dict[str, str]:
    """The DuckDB config duckdb-engine uses, so our connection and GX's can share one database.

    DuckDB refuses a second connection to the same file in one process with a different
    configuration, and duckdb-engine adds a custom_user_agent. Matching it lets the pipeline
    write findings while Great Expectations still holds its connection.
    """
    engine = metadata.version("duckdb_engine")
    sqlalchemy = metadata.version("sqlalchemy")
    return {"custom_user_agent": f"duckdb_engine/{engine}(sqlalchemy/{sqlalchemy})",
            **duckdb_settings()}


def duckdb_settings() -> dict[str, str]:
    """DuckDB settings for every connection we and GX open: a memory limit, so memory is
    bounded by a setting rather than by corpus size (DuckDB spills to disk beyond it)."""
    return {"memory_limit": os.environ.get(MEMORY_LIMIT_VARIABLE, DEFAULT_MEMORY_LIMIT)}


@dataclass
class SyncCounts:
    """What a load changed: articles added, changed (same id, other text or metadata),
    removed (gone from the corpus; not counted with --append), unchanged."""

    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    duplicates: int = 0  # records of an id already given by another record: rejected


class Store:
    """A DuckDB file with our tables; opening it creates the schema if the file is new."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False):
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(
                Problem(f"database {self.path} does not exist", fix="run `load` or `run` first")
            )
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.read_only = read_only
        self.con = self._connect()
        if not read_only:
            self._ensure_schema()
            # the articles this connection writes (loads, changes or extracts): contracts
            # check these rows, not the whole corpus again on every run
            self.con.execute(f"DELETE FROM {TOUCHED_ARTICLES}")

    def _connect(self) -> duckdb.DuckDBPyConnection:
        try:
            try:
                return duckdb.connect(str(self.path), read_only=self.read_only,
                                      config=engine_compatible_config())
            except duckdb.ConnectionException as exc:
                if "different configuration" not in str(exc):
                    raise
                # the suites' sandboxed connection is closed but not yet collected; collecting
                # here, when the file is opened again, spares every `check` the collection
                gc.collect()
                return duckdb.connect(str(self.path), read_only=self.read_only,
                                      config=engine_compatible_config())
        except duckdb.Error as exc:
            raise StoreError(
                Problem(
                    f"cannot open {self.path}: {exc}",
                    fix="close other programs using the file, or pass another --db",
                )
            ) from exc

    @contextmanager
    def released(self) -> Iterator[None]:
        """Close the file for the block and reopen it after, its tables as they were.

        Suites read the file through a sandboxed database of their own (gx_runner), and DuckDB
        holds settings per database: while this connection is open they could not differ.
        """
        self.con.close()
        try:
            yield
        finally:
            self.con = self._connect()

    def _ensure_schema(self) -> None:
        tables = {row[0] for row in
                  self.con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        if tables and "meta" not in tables:
            raise StoreError(
                Problem(
                    f"{self.path} is a DuckDB file but not one of ours (no meta table)",
                    fix="pass a new --db path; use `check` to validate other databases",
                )
            )
        self.con.execute(DDL)
        # columns added since schema version 1 was first written
        for name, kind in {**ARTICLE_COLUMNS, **INFERRED_COLUMNS}.items():
            if "NOT NULL" in kind:
                continue
            self.con.execute(f"ALTER TABLE articles ADD COLUMN IF NOT EXISTS {name} {kind}")
        for name, kind in (("lenient_low", "DOUBLE"), ("lenient_high", "DOUBLE"),
                           ("grounding", "VARCHAR"), ("part_of", "VARCHAR"),
                           ("scope", "VARCHAR"), ("earlier_than", "VARCHAR"),
                           ("day_part", "VARCHAR"), ("day_part_weekday", "INTEGER")):
            self.con.execute(f"ALTER TABLE claims ADD COLUMN IF NOT EXISTS {name} {kind}")
        self.con.execute("ALTER TABLE date_mentions ADD COLUMN IF NOT EXISTS weekday INTEGER")
        self.con.execute("ALTER TABLE date_mentions ADD COLUMN IF NOT EXISTS tense VARCHAR")
        self.con.execute("ALTER TABLE extractions ADD COLUMN IF NOT EXISTS cut_at BIGINT")
        self.con.execute("ALTER TABLE extractions ADD COLUMN IF NOT EXISTS cut_because VARCHAR")
        self.con.execute("ALTER TABLE extractions ADD COLUMN IF NOT EXISTS input_hash VARCHAR")
        self.con.execute(
            "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
        )

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- loading -------------------------------------------------------------------------------

    def sync_articles(
        self, items: Iterable[Article | Rejection], append: bool = False
    ) -> SyncCounts:
        """Store loaded articles and rejections in bulk; the table then mirrors the corpus.

        Without `append` the articles and rejected tables are replaced by this load (an article
        gone from the corpus is removed); with it, articles are upserted by id. Either way a
        second load of the same corpus changes nothing: only rows that differ are written.
        """
        con = self.con
        # Staging goes to a scratch database file beside ours: not to memory (TEMP tables would
        # hold the whole corpus in RAM), nor to our file (which would keep the freed space).
        staging = self.path.with_name(self.path.name + ".staging")
        for leftover in (staging, staging.with_name(staging.name + ".wal")):
            leftover.unlink(missing_ok=True)
        con.execute(f"ATTACH '{staging}' AS staging")
        try:
            return self._sync_through(items, append)
        except duckdb.OutOfMemoryException as exc:
            raise StoreError(Problem(
                f"DuckDB ran out of its memory limit while storing the corpus: {exc}",
                where=str(self.path),
                fix=f"set {MEMORY_LIMIT_VARIABLE} higher (now "
                    f"{duckdb_settings()['memory_limit']}), e.g. {MEMORY_LIMIT_VARIABLE}=2GB",
            )) from exc
        finally:
            con.execute("DETACH staging")
            for leftover in (staging, staging.with_name(staging.name + ".wal")):
                leftover.unlink(missing_ok=True)

    def _reject_duplicate_ids(self) -> int:
        """Of the records that give one id, keep the one whose content sorts first, whatever
        the order of the files, and reject the others naming the kept record's origin."""
        con = self.con
        order = ", ".join(["content_hash", *(c for c in ARTICLE_COLUMNS if c != "origin"),
                           "origin"])
        con.execute(f"""
            CREATE TABLE staging.copies AS
            SELECT * FROM (
                SELECT article_id, origin, body,
                       row_number() OVER (PARTITION BY article_id ORDER BY {order}) AS copy,
                       first_value(origin) OVER (PARTITION BY article_id ORDER BY {order})
                           AS kept_origin
                FROM staging.incoming) WHERE copy > 1""")
        con.execute(
            "INSERT INTO staging.incoming_rejected "
            "SELECT origin, format('duplicate id {}: the record at {} was kept (of the records "
            "of one id, the first by content); give each article its own id or remove the "
            "copy', article_id, kept_origin), left(body, 1000), article_id FROM staging.copies")
        con.execute("DELETE FROM staging.incoming WHERE (article_id, origin) IN "
                    "(SELECT (article_id, origin) FROM staging.copies)")
        return con.execute("SELECT count(*) FROM staging.copies").fetchone()[0]

    def _sync_through(self, items: Iterable[Article | Rejection], append: bool) -> SyncCounts:
        con = self.con
        con.execute("CREATE TABLE staging.incoming AS SELECT * FROM articles LIMIT 0")
        con.execute("CREATE TABLE staging.incoming_rejected AS SELECT * FROM rejected LIMIT 0")
        for articles, rejections in _batches(items, WRITE_BATCH):
            if articles:
                batch = _articles_to_arrow(articles)  # noqa: F841 (read by DuckDB's replacement scan)
                con.execute(f"INSERT INTO staging.incoming ({', '.join(ARTICLE_COLUMNS)}) "
                            f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM batch")
            if rejections:
                rejection_batch = pa.Table.from_pylist(  # noqa: F841
                    [dataclasses.asdict(r) for r in rejections], schema=_REJECTED_ARROW)
                con.execute("INSERT INTO staging.incoming_rejected SELECT * FROM rejection_batch")
        duplicates = self._reject_duplicate_ids()
        differs = " OR ".join(f"a.{c} IS DISTINCT FROM i.{c}" for c in ARTICLE_COLUMNS)
        # the rows to write, compared once (a comparison of every text is most of a re-load)
        con.execute(f"""
            CREATE TABLE staging.changes AS
            SELECT i.article_id, a.article_id IS NULL AS added
            FROM staging.incoming i LEFT JOIN articles a USING (article_id)
            WHERE a.article_id IS NULL OR {differs}
        """)
        counts = SyncCounts(duplicates=duplicates)
        counts.added, counts.changed, counts.unchanged = con.execute(
            """
            SELECT count(*) FILTER (WHERE added), count(*) FILTER (WHERE NOT added),
                   (SELECT count(*) FROM staging.incoming) - count(*)
            FROM staging.changes
            """
        ).fetchone()
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(f"INSERT INTO {TOUCHED_ARTICLES} SELECT article_id FROM staging.changes")
            if not append:
                counts.removed = con.execute(
                    "SELECT count(*) FROM articles ANTI JOIN staging.incoming USING (article_id)"
                ).fetchone()[0]
                con.execute("DELETE FROM articles WHERE article_id NOT IN "
                            "(SELECT article_id FROM staging.incoming)")
                con.execute("DELETE FROM rejected")
            con.execute("DELETE FROM articles WHERE article_id IN "
                        "(SELECT article_id FROM staging.changes WHERE NOT added)")
            con.execute("INSERT INTO articles SELECT * FROM staging.incoming "
                        "ANTI JOIN articles USING (article_id)")
            con.execute("INSERT INTO rejected SELECT * FROM staging.incoming_rejected")
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")  # the table keeps what the previous load stored
            raise
        return counts

    def detected_languages(self) -> dict[str, str]:
        """Content hash -> the language detected for that text when it was stored."""
        return dict(self.con.execute(
            "SELECT content_hash, any_value(language_detected) FROM articles "
            "WHERE language_detected IS NOT NULL GROUP BY 1").fetchall())

    def corpus_hash(self) -> str:
        """One hash over (id, content hash) of every article: equal corpora, equal hashes."""
        return self.con.execute(
            "SELECT md5(coalesce(string_agg(article_id || chr(9) || content_hash, chr(10) "
            "ORDER BY article_id), '')) FROM articles").fetchone()[0]

    # -- runs and findings ---------------------------------------------------------------------

    def start_run(self, corpus_path: str | None) -> str:
        run_id = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:6]
        self.con.execute(
            "INSERT INTO runs (run_id, started_at, corpus_path, tool_version) VALUES (?, ?, ?, ?)",
            [run_id, dt.datetime.now(dt.UTC).replace(tzinfo=None), corpus_path, _tool_version()],
        )
        return run_id

    def finish_run(self, run_id: str, **values: Any) -> None:
        self.update_run(run_id, finished_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
                        **values)

    def mark_current_run(self, run_id: str) -> None:
        """current_run: the row of this run, which suites read (expectations/load.yml)."""
        if not re.fullmatch(r"[\w-]+", run_id):
            raise ValueError(f"not a run id: {run_id!r}")
        self.con.execute("CREATE OR REPLACE VIEW current_run AS "
                         f"SELECT * FROM runs WHERE run_id = '{run_id}'")

    def update_run(self, run_id: str, **values: Any) -> None:
        assignments = ", ".join(f"{name} = ?" for name in values)
        self.con.execute(
            f"UPDATE runs SET {assignments} WHERE run_id = ?", [*values.values(), run_id]
        )

    def write_findings(self, run_id: str, findings: Iterable[dict[str, Any]]) -> int:
        rows = [{"run_id": run_id, **f} for f in findings]
        if not rows:
            return 0
        finding_batch = pa.Table.from_pylist(  # noqa: F841
            rows,
            schema=pa.schema([
                ("run_id", pa.string()), ("suite", pa.string()), ("expectation", pa.string()),
                ("severity", pa.string()), ("kind", pa.string()),
                ("article_ids", pa.list_(pa.string())), ("claim_ids", pa.list_(pa.string())),
                ("message", pa.string()), ("fingerprint", pa.string()),
            ]),
        )
        self.con.execute("DELETE FROM findings WHERE run_id = ?", [run_id])
        self.con.execute(
            "INSERT INTO findings SELECT run_id, suite, expectation, severity, kind, article_ids, "
            "claim_ids, message, fingerprint FROM finding_batch"
        )
        return len(rows)

    def figures(self) -> dict[str, Any]:
        """Corpus figures for reports: row counts, languages, date range."""
        counts = {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("articles", "claims", "date_mentions", "rejected")}
        languages = dict(
            self.con.execute(
                "SELECT coalesce(language, '?'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC"
            ).fetchall()
        )
        first, last = self.con.execute(
            "SELECT min(published_start), max(published_end) FROM articles"
        ).fetchone()
        return {
            "articles": counts["articles"],
            "claims": counts["claims"],
            "date_mentions": counts["date_mentions"],
            "rejected": counts["rejected"],
            "languages": languages,
            "published_from": first.isoformat() if first else None,
            "published_to": last.isoformat() if last else None,
        }

    def rejected_rows(self, limit: int = 50) -> list[dict[str, Any]]:
        cursor = self.con.execute(
            # by what a record is, not where it was read: any file order lists the same ones
            "SELECT origin, reason, article_id FROM rejected "
            "ORDER BY article_id NULLS LAST, reason, raw, origin LIMIT ?", [limit]
        )
        return dict_rows(cursor)


def dict_rows(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """The rows of an executed query as dicts by column name."""
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _tool_version() -> str:
    try:
        return metadata.version("news-corpus-validation")
    except metadata.PackageNotFoundError:
        return "unknown"


def _batches(
    items: Iterable[Article | Rejection], size: int
) -> Iterator[tuple[list[Article], list[Rejection]]]:
    articles: list[Article] = []
    rejections: list[Rejection] = []
    for item in items:
        (articles if isinstance(item, Article) else rejections).append(item)
        if len(articles) + len(rejections) >= size:
            yield articles, rejections
            articles, rejections = [], []
    if articles or rejections:
        yield articles, rejections


_REJECTED_ARROW = pa.schema([("origin", pa.string()), ("reason", pa.string()),
                             ("raw", pa.string()), ("article_id", pa.string())])

_ARTICLE_ARROW = pa.schema(
    [(name, pa.date32() if ddl.startswith("DATE") else pa.string())
     for name, ddl in ARTICLE_COLUMNS.items()]
)


def _articles_to_arrow(articles: list[Article]) -> pa.Table:
    columns = {name: [getattr(a, name) for a in articles] for name in ARTICLE_COLUMNS}
    return pa.Table.from_pydict(columns, schema=_ARTICLE_ARROW)
