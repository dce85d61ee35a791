"""Contracts: a pandera schema per table, checked after loading (and after extraction).

A run checks the rows of the articles it wrote (the tables that are not per article whole);
the `contracts` command checks every row.

The tables are read from DuckDB in Arrow batches into polars, so memory is bounded by a batch,
not by the corpus. A violation raises ContractError naming the table, column, check and the
first failing rows (with the article id where the table has one).
"""

from __future__ import annotations

from collections.abc import Iterator

import duckdb
import pandera.polars as pa
import polars as pl

from validation.errors import ContractError, Problem, StoreError
from validation.extract.arithmetic import KINDS as ARITHMETIC_KINDS
from validation.extract.dates import DAY_PARTS
from validation.extract.grounding import GROUNDINGS
from validation.store import EXTRACTED_TABLES, TOUCHED_ARTICLES

PRECISIONS = ["day", "month", "year"]
SEVERITIES = ["error", "warning", "info"]
CONTRACT_BATCH_ROWS = 10_000
SHOWN_FAILURES = 10
PER_ARTICLE_TABLES = ("articles", *EXTRACTED_TABLES)

_text = pa.Column(pl.Utf8, nullable=True)
# where a row's text stands in its article's body
_OFFSETS = {"char_start": pa.Column(pl.Int32, nullable=True, checks=[pa.Check.ge(0)]),
            "char_end": pa.Column(pl.Int32, nullable=True, checks=[pa.Check.ge(0)])}


def _required_text(*checks: pa.Check) -> pa.Column:
    return pa.Column(pl.Utf8, nullable=False, checks=list(checks))


_non_blank = pa.Check(
    lambda data: data.lazyframe.select(pl.col(data.key).str.strip_chars().str.len_chars() > 0),
    name="not_blank",
)

SCHEMAS: dict[str, pa.DataFrameSchema] = {
    "articles": pa.DataFrameSchema(
        {
            "article_id": _required_text(_non_blank),
            "source": _text,
            "url": _text,
            "title": _text,
            "body": _required_text(_non_blank),
            "language": _text,
            "language_declared": _text,
            "published_raw": _required_text(),
            "published_start": pa.Column(pl.Date, nullable=False),
            "published_end": pa.Column(pl.Date, nullable=False),
            "published_precision": _required_text(pa.Check.isin(PRECISIONS)),
            "content_hash": _required_text(pa.Check.str_matches(r"^[0-9a-f]{32}$")),
            "origin": _required_text(),
            "language_detected": _text,
            "event": _text,
            "inferred_start": pa.Column(pl.Date, nullable=True),
            "inferred_end": pa.Column(pl.Date, nullable=True),
            "inferred_method": _text,
        },
        checks=[
            pa.Check(
                lambda data: data.lazyframe.select(
                    pl.col("published_start") <= pl.col("published_end")
                ),
                name="published_start_not_after_end",
            )
        ],
        strict=True,
        name="articles",
    ),
    "claims": pa.DataFrameSchema(
        {
            "claim_id": _required_text(),
            "article_id": _required_text(),
            "metric": _text,
            "subject": _text,
            "location": _text,
            "value_low": pa.Column(pl.Float64, nullable=True),
            "value_high": pa.Column(pl.Float64, nullable=True),
            "qualifier": _text,
            "hedged": pa.Column(pl.Boolean, nullable=True),
            "attributed_to": _text,
            **_OFFSETS,
            "quote": _text,
            "lenient_low": pa.Column(pl.Float64, nullable=True),
            "lenient_high": pa.Column(pl.Float64, nullable=True),
            "grounding": pa.Column(pl.Utf8, pa.Check.isin(list(GROUNDINGS)), nullable=True),
            "part_of": pa.Column(pl.Utf8, nullable=True),
            "scope": pa.Column(pl.Utf8, pa.Check.isin(["whole", "part", "several"]),
                               nullable=True),
            "earlier_than": pa.Column(pl.Utf8, nullable=True),
            "day_part": pa.Column(pl.Utf8, pa.Check.isin(list(DAY_PARTS)), nullable=True),
            "day_part_weekday": pa.Column(pl.Int32, pa.Check.in_range(0, 6), nullable=True),
        },
        checks=[
            pa.Check(
                lambda data: data.lazyframe.select(
                    pl.col("value_high").is_null()
                    | pl.col("value_low").is_null()
                    | (pl.col("value_low") <= pl.col("value_high"))
                ),
                name="value_low_not_above_value_high",
            )
        ],
        strict=True,
        name="claims",
    ),
    "stated_arithmetic": pa.DataFrameSchema(
        {
            "arithmetic_id": _required_text(),
            "article_id": _required_text(),
            "kind": _required_text(pa.Check.isin(list(ARITHMETIC_KINDS))),
            "first_value": pa.Column(pl.Float64, nullable=False),
            "second_value": pa.Column(pl.Float64, nullable=True),
            "stated_low": pa.Column(pl.Float64, nullable=True),
            "stated_high": pa.Column(pl.Float64, nullable=True),
            "slack": pa.Column(pl.Float64, nullable=False, checks=[pa.Check.ge(0)]),
            **_OFFSETS,
            "operands": _text,
            "stated": _text,
            "quote": _text,
        },
        strict=True,
        name="stated_arithmetic",
    ),
    "scale_readings": pa.DataFrameSchema(
        {
            "reading_id": _required_text(),
            "article_id": _required_text(),
            "scale": _required_text(),
            "value": pa.Column(pl.Float64, nullable=False),
            **_OFFSETS,
            "reading": _text,
            "quote": _text,
        },
        strict=True,
        name="scale_readings",
    ),
    "date_mentions": pa.DataFrameSchema(
        {
            "mention_id": _required_text(),
            "article_id": _required_text(),
            "text": _text,
            "kind": _text,
            **_OFFSETS,
            "resolved_start": pa.Column(pl.Date, nullable=True),
            "resolved_end": pa.Column(pl.Date, nullable=True),
            "weekday": pa.Column(pl.Int32, nullable=True, checks=[pa.Check.in_range(0, 6)]),
            "tense": pa.Column(pl.Utf8, pa.Check.isin(["past", "planned", "since", "unknown"]),
                               nullable=True),
        },
        strict=True,
        name="date_mentions",
    ),
    "findings": pa.DataFrameSchema(
        {
            "run_id": _required_text(),
            "suite": _required_text(),
            "expectation": _required_text(),
            "severity": _required_text(pa.Check.isin(SEVERITIES)),
            "kind": _required_text(),
            "article_ids": pa.Column(pl.List(pl.Utf8), nullable=True),
            "claim_ids": pa.Column(pl.List(pl.Utf8), nullable=True),
            "message": _required_text(),
            "fingerprint": _required_text(),
        },
        strict=True,
        name="findings",
    ),
    "rejected": pa.DataFrameSchema(
        {
            "origin": _required_text(),
            "reason": _required_text(_non_blank),
            "raw": _text,
            "article_id": _text,
        },
        strict=True,
        name="rejected",
    ),
    "runs": pa.DataFrameSchema(
        {
            "run_id": _required_text(),
            "started_at": pa.Column(pl.Datetime, nullable=False),
            "finished_at": pa.Column(pl.Datetime, nullable=True),
            "corpus_path": _text,
            "corpus_hash": _text,
            "records_read": pa.Column(pl.Int64, nullable=True),
            "records_loaded": pa.Column(pl.Int64, nullable=True),
            "records_rejected": pa.Column(pl.Int64, nullable=True),
            "articles_added": pa.Column(pl.Int64, nullable=True),
            "articles_changed": pa.Column(pl.Int64, nullable=True),
            "articles_removed": pa.Column(pl.Int64, nullable=True),
            "exit_code": pa.Column(pl.Int32, nullable=True),
            "tool_version": _text,
        },
        strict=True,
        name="runs",
    ),
}

# Row identity shown in a failure, per table: the id a person can look up.
ROW_KEYS = {
    "articles": "article_id",
    "claims": "claim_id",
    "date_mentions": "mention_id",
    "stated_arithmetic": "arithmetic_id",
    "scale_readings": "reading_id",
    "rejected": "origin",
    "runs": "run_id",
    "findings": "fingerprint",
}


def _batches(con: duckdb.DuckDBPyConnection, table: str, scope: str = ""
             ) -> Iterator[pl.DataFrame]:
    # a cursor of its own: the caller's connection may hold an unfinished result
    reader = con.cursor().sql(f"SELECT * FROM {table} {scope}").to_arrow_reader(
        CONTRACT_BATCH_ROWS)
    empty = True
    for batch in reader:
        empty = False
        yield pl.from_arrow(batch)
    if empty:
        yield pl.from_arrow(reader.schema.empty_table())


def check_table(con: duckdb.DuckDBPyConnection, table: str, touched_only: bool = False) -> int:
    """Validate one table against its contract; returns rows checked, raises ContractError.

    With `touched_only`, a table of articles, claims or date mentions is checked for the rows
    of the articles this connection wrote (store.TOUCHED_ARTICLES): the others were checked
    when they were written, and checking 100,000 unchanged rows again was a large part of a
    run that adds 1,000. Uniqueness is always checked over the whole table.
    """
    schema = SCHEMAS[table]
    key = ROW_KEYS[table]
    problems: list[Problem] = []
    rows = 0
    scope = (f"WHERE article_id IN (SELECT article_id FROM {TOUCHED_ARTICLES})"
             if touched_only and table in PER_ARTICLE_TABLES else "")
    for offset, frame in _offset_batches(_batches(con, table, scope)):
        rows += frame.height
        try:
            schema.validate(frame, lazy=True)
        except pa.errors.SchemaErrors as errors:
            problems.extend(_problems(table, key, frame, offset, errors.failure_cases))
    if table in (*PER_ARTICLE_TABLES, "runs"):
        # in SQL, not pandera: a per-batch unique check would miss duplicates across batches
        dupes = con.execute(
            f"SELECT {key}, count(*) FROM {table} GROUP BY 1 HAVING count(*) > 1 LIMIT ?",
            [SHOWN_FAILURES],
        ).fetchall()
        if dupes:
            shown = ", ".join(f"{k!r} x{n}" for k, n in dupes)
            problems.append(Problem(f"{key} is not unique: {shown}", where=f"table {table}"))
    if problems:
        raise ContractError(problems)
    return rows


def _offset_batches(frames: Iterator[pl.DataFrame]) -> Iterator[tuple[int, pl.DataFrame]]:
    offset = 0
    for frame in frames:
        yield offset, frame
        offset += frame.height


def _problems(
    table: str, key: str, frame: pl.DataFrame, offset: int, failures: pl.DataFrame
) -> list[Problem]:
    problems = []
    for (column, check), group in failures.group_by(["column", "check"], maintain_order=True):
        ids = []
        for index in group["index"].to_list()[:SHOWN_FAILURES]:
            if index is not None and key in frame.columns:
                ids.append(f"{key}={frame[key][index]!r} (row {offset + index + 1})")
        cases = [str(c) for c in group["failure_case"].to_list()[:SHOWN_FAILURES]]
        shown = "; ".join(ids) if ids else ", ".join(cases)
        column_text = f"column {column}" if column and column != table else "table"
        problems.append(
            Problem(
                f"{column_text} fails {check} in {group.height} row(s): {shown}",
                where=f"table {table}",
                fix="this table is written by the validator (load, extract, compare): if you "
                "edited the database by hand, reload it with `load`; if not, it is a bug in the "
                "validator, please report it with the rows named here",
            )
        )
    return problems


def check_tables(con: duckdb.DuckDBPyConnection, tables: list[str] | None = None,
                 touched_only: bool = False) -> dict[str, int]:
    """Validate several tables (see check_table); collects every table's problems first."""
    checked: dict[str, int] = {}
    problems: list[Problem] = []
    _require_tables(con, tables or list(SCHEMAS))
    for table in tables or list(SCHEMAS):
        try:
            checked[table] = check_table(con, table, touched_only)
        except ContractError as error:
            problems.extend(error.problems)
    if problems:
        raise ContractError(problems)
    return checked


def _require_tables(con: duckdb.DuckDBPyConnection, tables: list[str]) -> None:
    """Raise StoreError when the database lacks tables we would check: not one of ours."""
    present = {name for (name,) in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()"
    ).fetchall()}
    missing = [table for table in tables if table not in present]
    if missing:
        path = con.execute("SELECT path FROM duckdb_databases() "
                           "WHERE database_name = current_database()").fetchone()[0]
        raise StoreError(Problem(
            f"the database is not one of ours (or an older one): it has no table "
            f"{', '.join(missing)}", where=str(path or "the database"),
            fix="pass the --db file that `load` or `run` wrote; running `load` again adds "
                "missing tables to one of ours"))


__all__ = ["SCHEMAS", "check_table", "check_tables"]
