"""Extract: article text -> numeric claims, date mentions, stated arithmetic, scale readings and
publication windows, incrementally.

An article is extracted again only when its text (content hash) or the extractor (code version
plus the language packs' contents) changed; the `extractions` table remembers what was done.
Large batches use every core. Articles in a language without a pack are counted, not guessed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import duckdb
import pyarrow as pa

from validation.extract.arithmetic import StatedArithmetic, find_stated_arithmetic
from validation.extract.claims import Claim, extract_claims
from validation.extract.dates import DateMention, find_date_mentions, infer_publication
from validation.extract.lexicon import LANG_DIR, available_languages, load_pack
from validation.extract.scales import ScaleReading, find_scale_readings
from validation.parallel import ordered_map
from validation.store import EXTRACTED_TABLES, TOUCHED_ARTICLES

# Bump when extraction code changes meaning; pack edits are picked up from their contents.
CODE_VERSION = "claims-dates-344"
# An article is read up to a budget, so one hostile or broken record cannot hold up a run:
# this many characters (news articles are under 100,000) and this many figures (digits), the
# work per figure being bounded by MAX_SENTENCE_CHARS. Deterministic, unlike a clock. An
# article cut short is recorded in `extractions.cut_at` and reported by expectations/extraction.yml.
MAX_ARTICLE_CHARS = 1_000_000
MAX_ARTICLE_FIGURES = 10_000
_FIGURE = re.compile(r"\d+")
BATCH_ARTICLES = 2000
# From this many articles the work is spread over the cores: starting the worker processes
# costs about half a second, and a whole `run --append` of 1,000 articles was not measurably
# faster with two workers than with one.
PARALLEL_FROM_ARTICLES = 4000

CLAIM_COLUMNS = [f.name for f in dataclasses.fields(Claim)]
ARITHMETIC_COLUMNS = [f.name for f in dataclasses.fields(StatedArithmetic)]
READING_COLUMNS = [f.name for f in dataclasses.fields(ScaleReading)]
MENTION_COLUMNS = ["mention_id", "article_id", "text", "kind", "char_start", "char_end",
                   "resolved_start", "resolved_end", "weekday", "tense"]
_MENTION_ARROW = pa.schema([
    (name, pa.int32() if name.startswith("char_") or name == "weekday" else
     pa.date32() if name.startswith("resolved") else pa.string()) for name in MENTION_COLUMNS])
_WINDOW_ARROW = pa.schema([("article_id", pa.string()), ("inferred_start", pa.date32()),
                           ("inferred_end", pa.date32()), ("inferred_method", pa.string())])
# What extraction reads of an article: a change to any of it extracts the article again (its
# dates resolve against the publication window and the years its title names).
EXTRACTION_INPUT = ("md5(concat_ws('|', a.content_hash, coalesce(a.language, ''), "
                    "coalesce(a.title, ''), CAST(a.published_start AS VARCHAR), "
                    "CAST(a.published_end AS VARCHAR)))")
_ARITHMETIC_ARROW = pa.schema([
    (name, pa.float64() if name.endswith(("_value", "_low", "_high")) or name == "slack" else
     pa.int32() if name.startswith("char_") else pa.string()) for name in ARITHMETIC_COLUMNS])
_READING_ARROW = pa.schema([
    (name, pa.float64() if name == "value" else pa.int32() if name.startswith("char_")
     else pa.string()) for name in READING_COLUMNS])
_CLAIM_ARROW = pa.schema([
    (name, pa.float64() if name.startswith(("value_", "lenient_")) else
     pa.bool_() if name == "hedged" else pa.int32() if name.startswith("char_")
     or name == "day_part_weekday" else pa.string())
    for name in CLAIM_COLUMNS
])


def extractor_version() -> str:
    """Code version plus a hash of every language pack: editing a pack re-extracts."""
    digest = hashlib.blake2b(CODE_VERSION.encode(), digest_size=8)
    for path in sorted(LANG_DIR.glob("*.yml")):
        digest.update(path.read_bytes())
    return f"{CODE_VERSION}-{digest.hexdigest()}"


@dataclass
class ExtractStats:
    """What an extraction pass did."""

    articles: int = 0
    extracted: int = 0
    unchanged: int = 0
    no_language_pack: int = 0
    claims: int = 0
    date_mentions: int = 0
    conflicting_dates: int = 0
    version: str = ""


@dataclass
class BatchResult:
    """What one batch of articles gave."""

    claims: list[Claim]
    mentions: list[DateMention]
    windows: list[dict]
    arithmetic: list[StatedArithmetic] = dataclasses.field(default_factory=list)
    readings: list[ScaleReading] = dataclasses.field(default_factory=list)
    cuts: dict[str, tuple[int, str]] = dataclasses.field(default_factory=dict)


def within_budget(body: str) -> tuple[str, tuple[int, str] | None]:
    """The part of `body` extraction reads, and where and why it was cut (None: all of it)."""
    reason = None
    if len(body) > MAX_ARTICLE_CHARS:
        space = body.rfind(" ", MAX_ARTICLE_CHARS // 2, MAX_ARTICLE_CHARS)
        body, reason = body[:space if space > 0 else MAX_ARTICLE_CHARS], (
            f"longer than {MAX_ARTICLE_CHARS:,} characters")
    past = next(itertools.islice(_FIGURE.finditer(body), MAX_ARTICLE_FIGURES, None), None)
    if past is not None:
        body, reason = body[:past.start()], f"more than {MAX_ARTICLE_FIGURES:,} figures"
    return body, (len(body), reason) if reason else None


def _extract_batch(rows: list[tuple]) -> BatchResult:
    result = BatchResult([], [], [])
    languages = set(available_languages())
    for article_id, whole_body, language, title, published_start, published_end in rows:
        if language not in languages:
            continue
        body, cut = within_budget(whole_body)
        if cut:
            result.cuts[article_id] = cut
        pack = load_pack(language)
        result.claims.extend(extract_claims(article_id, body, pack))
        result.arithmetic.extend(find_stated_arithmetic(article_id, body, pack))
        result.readings.extend(find_scale_readings(article_id, body, pack))
        window = (published_start, published_end)
        mentions = find_date_mentions(article_id, body, pack, window, title or "")
        inferred = infer_publication(mentions, window, body, pack)
        if (inferred.start, inferred.end) != window:  # resolve against the narrower window
            mentions = find_date_mentions(article_id, body, pack, (inferred.start, inferred.end),
                                          title or "")
        result.mentions.extend(mentions)
        result.windows.append({"article_id": article_id, "inferred_start": inferred.start,
                               "inferred_end": inferred.end, "inferred_method": inferred.method})
    return result


def _batches(cursor: duckdb.DuckDBPyConnection, size: int) -> Iterator[list[tuple]]:
    while rows := cursor.fetchmany(size):
        yield rows


def _workers(total: int) -> int:
    return min(os.cpu_count() or 1, 4) if total >= PARALLEL_FROM_ARTICLES else 1


def _batch_size(total: int) -> int:
    """BATCH_ARTICLES, or less when that would leave a core idle (5,000 articles on two
    cores: four batches of 1,250, not 2,000 + 2,000 + 1,000)."""
    workers = _workers(total)
    if workers == 1:
        return BATCH_ARTICLES
    return max(1, min(BATCH_ARTICLES, -(-total // (2 * workers))))


def extract_into(con: duckdb.DuckDBPyConnection,
                 tick: Callable[[int, int], None] | None = None) -> ExtractStats:
    """Fill claims, date mentions and publication windows for every article not yet
    extracted by this extractor version; `tick(done, total)` after each batch."""
    version = extractor_version()
    stats = ExtractStats(version=version)
    languages = available_languages()
    # forget what belongs to articles that are gone or changed, or to another version
    con.execute(f"""
        DELETE FROM extractions WHERE extractor_version <> ? OR NOT EXISTS (
            SELECT 1 FROM articles a WHERE a.article_id = extractions.article_id
            AND {EXTRACTION_INPUT} IS NOT DISTINCT FROM extractions.input_hash)""", [version])
    for table in EXTRACTED_TABLES:
        con.execute(f"DELETE FROM {table} WHERE article_id NOT IN "
                    "(SELECT article_id FROM extractions)")
    stats.articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    pending_count = con.execute("""
        SELECT count(*) FROM articles a ANTI JOIN extractions e USING (article_id)""").fetchone()[0]
    stats.unchanged = stats.articles - pending_count
    stats.no_language_pack = con.execute(  # all of them, not only this pass's
        f"SELECT count(*) FROM articles "
        f"WHERE coalesce(language, '') NOT IN ({', '.join('?' * len(languages))})",
        languages).fetchone()[0]
    if not pending_count:
        return stats
    reader = con.cursor()  # a cursor of its own, so claims can be written while reading
    reader.execute("""
        SELECT a.article_id, a.body, a.language, a.title, a.published_start,
               a.published_end FROM articles a
        ANTI JOIN extractions e USING (article_id)""")  # no ORDER BY: a sort of every body
        # would have to fit DuckDB's memory limit
    for batch, result in _run(_batches(reader, _batch_size(pending_count)), pending_count):
        _write(con, result)
        done = pa.table({  # noqa: F841 (read by DuckDB's replacement scan)
            "article_id": [row[0] for row in batch],

            "extractor_version": [version] * len(batch),
            "cut_at": pa.array([result.cuts.get(row[0], (None, None))[0] for row in batch],
                               pa.int64()),
            "cut_because": pa.array([result.cuts.get(row[0], (None, None))[1] for row in batch],
                                    pa.string())})
        con.execute(f"""
            INSERT INTO extractions (article_id, content_hash, input_hash, extractor_version,
                                     extracted_at, cut_at, cut_because)
            SELECT d.article_id, a.content_hash, {EXTRACTION_INPUT}, d.extractor_version, now(),
                   d.cut_at, d.cut_because
            FROM done d JOIN articles a USING (article_id)""")
        con.execute(f"INSERT INTO {TOUCHED_ARTICLES} SELECT article_id FROM done")
        stats.claims += len(result.claims)
        stats.date_mentions += len(result.mentions)
        stats.conflicting_dates += sum(w["inferred_method"].startswith("conflicting")
                                       for w in result.windows)
        stats.extracted += len(batch)
        if tick:
            tick(stats.extracted, pending_count)
    reader.close()
    return stats


def _run(batches: Iterator[list[tuple]], total: int
         ) -> Iterator[tuple[list[tuple], BatchResult]]:
    """Each batch with what it gave, in order; a large backlog is spread over every core."""
    return ordered_map(_extract_batch, batches, _workers(total))


def _write(con: duckdb.DuckDBPyConnection, result: BatchResult) -> None:
    """Claims, date mentions and inferred publication windows of one batch, in bulk."""
    if result.claims:
        # batch names must differ from table names, or DuckDB reads the table
        claim_batch = pa.Table.from_pylist(  # noqa: F841 (read by DuckDB's replacement scan)
            [dataclasses.asdict(c) for c in result.claims], schema=_CLAIM_ARROW)
        con.execute(f"INSERT INTO claims ({', '.join(CLAIM_COLUMNS)}) "
                    f"SELECT {', '.join(CLAIM_COLUMNS)} FROM claim_batch")
    if result.arithmetic:
        arithmetic_batch = pa.Table.from_pylist(  # noqa: F841
            [dataclasses.asdict(a) for a in result.arithmetic], schema=_ARITHMETIC_ARROW)
        con.execute(f"INSERT INTO stated_arithmetic ({', '.join(ARITHMETIC_COLUMNS)}) "
                    f"SELECT {', '.join(ARITHMETIC_COLUMNS)} FROM arithmetic_batch")
    if result.readings:
        reading_batch = pa.Table.from_pylist(  # noqa: F841
            [dataclasses.asdict(r) for r in result.readings], schema=_READING_ARROW)
        con.execute(f"INSERT INTO scale_readings ({', '.join(READING_COLUMNS)}) "
                    f"SELECT {', '.join(READING_COLUMNS)} FROM reading_batch")
    if result.mentions:
        mention_batch = pa.Table.from_pylist(  # noqa: F841
            [{k: getattr(m, k) for k in MENTION_COLUMNS} for m in result.mentions],
            schema=_MENTION_ARROW)
        con.execute(f"INSERT INTO date_mentions ({', '.join(MENTION_COLUMNS)}) "
                    f"SELECT {', '.join(MENTION_COLUMNS)} FROM mention_batch")
    if result.windows:
        window_batch = pa.Table.from_pylist(result.windows, schema=_WINDOW_ARROW)  # noqa: F841
        con.execute("""
            UPDATE articles SET inferred_start = w.inferred_start, inferred_end = w.inferred_end,
                   inferred_method = w.inferred_method
            FROM window_batch w WHERE articles.article_id = w.article_id""")
