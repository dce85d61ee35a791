"""Claims already extracted elsewhere (a CSV), read through a column mapping into claims rows.

The mapping is a small YAML file (documented in README.md, "Loading claims directly"):

    columns:            # claim field: CSV column
      metric: loss_type         # required
      value: loss_count         # required, a number
      reported: days            # required: when the claim was reported
      source: claim_source      # who reported it; a source's claims of one metric form a series
      time_frame: time_frame    # optional; values listed in `cumulative` mean a running total
      subject: category         # optional
      location: loss_country    # optional
      hedged: unverified        # optional; 1 / true / yes means hedged
    reported_as: days since 2022-02-24   # or: date (ISO 8601 in the column)
    cumulative: [Cumulative]
    lower_bound_flag: minimum    # optional: 1 in this column means "at least value"
    upper_bound_flag: maximum    # optional: 1 in this column means "at most value"

Like articles, a row that cannot be read is kept in `rejected` with its file#row and the fix.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from validation.config import load_yaml
from validation.errors import CorpusError, Problem
from validation.load.readers import csv_rows, has_undecodable, storable
from validation.load.records import Rejection

REQUIRED = ("metric", "value", "reported")
OPTIONAL = ("source", "time_frame", "subject", "location", "hedged")
_DAYS_SINCE = re.compile(r"^days since (\d{4}-\d{2}-\d{2})$")
_TRUE = {"1", "true", "yes", "y", "t"}


@dataclass
class ClaimsMapping:
    """How the columns of one claims file become claim fields."""

    columns: dict[str, str]
    day_zero: dt.date | None = None  # "days since DAY"; None: the column holds ISO dates
    cumulative: set[str] = field(default_factory=set)
    lower_bound_flag: str | None = None
    upper_bound_flag: str | None = None

    @classmethod
    def read(cls, path: Path) -> ClaimsMapping:
        """Parse a mapping file; every problem is reported with the fix."""
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CorpusError(Problem(f"cannot read claims mapping: {exc}", where=str(path),
                                     fix="give a YAML file as described in README.md")) from exc
        data = load_yaml(text, str(path), CorpusError) or {}
        if not isinstance(data, dict):
            raise CorpusError(Problem(f"expected a mapping (key: value lines), found "
                                      f"{type(data).__name__}", where=str(path),
                                      fix="start with 'columns:' as described in README.md"))
        problems = []
        columns = data.get("columns") or {}
        if not isinstance(columns, dict):
            columns = {}
            problems.append("'columns:' must map claim fields to CSV column names")
        unknown = sorted(set(columns) - set(REQUIRED) - set(OPTIONAL))
        if unknown:
            problems.append(f"unknown claim field(s) {', '.join(unknown)}; known: "
                            f"{', '.join(REQUIRED + OPTIONAL)}")
        missing = [name for name in REQUIRED if name not in columns]
        if missing:
            problems.append(f"columns: {', '.join(missing)} must be mapped")
        reported_as = str(data.get("reported_as", "date"))
        day_zero = None
        if match := _DAYS_SINCE.match(reported_as):
            try:
                day_zero = dt.date.fromisoformat(match.group(1))
            except ValueError:
                problems.append(f"reported_as: {reported_as!r} names no real day")
        elif reported_as != "date":
            problems.append(f"reported_as: {reported_as!r}; write 'date' or "
                            "'days since YYYY-MM-DD'")
        if problems:
            raise CorpusError([Problem(p, where=str(path), fix="see README.md, 'Loading claims "
                                      "directly'") for p in problems])
        return cls(columns={k: str(v) for k, v in columns.items()}, day_zero=day_zero,
                   cumulative={str(v) for v in data.get("cumulative") or []},
                   lower_bound_flag=data.get("lower_bound_flag"),
                   upper_bound_flag=data.get("upper_bound_flag"))


@dataclass
class ClaimsLoad:
    """Rows read from a claims file: claims loaded and rejections (read = loaded + rejected)."""

    claims: list[dict[str, Any]] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)

    @property
    def read(self) -> int:
        return len(self.claims) + len(self.rejections)


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _flag(row: dict[str, str], column: str | None) -> bool:
    return bool(column) and str(row.get(column, "")).strip().lower() in _TRUE


def _claim(row: dict[str, str], mapping: ClaimsMapping, origin: str) -> dict[str, Any] | str:
    """One CSV row as a claim, or the reason it cannot be one."""
    columns = mapping.columns
    absent = [columns[name] for name in REQUIRED if columns[name] not in row]
    if absent:
        return f"no column {', '.join(absent)} in the file; fix the mapping's 'columns:'"
    metric = row[columns["metric"]].strip()
    if not metric:
        return f"empty metric ({columns['metric']}); fill it or drop the row"
    value = _number(row[columns["value"]].strip())
    if value is None:
        return (f"value {row[columns['value']]!r} ({columns['value']}) is not a number; write "
                "digits with a decimal point, e.g. 1250 or 12.5")
    reported = row[columns["reported"]].strip()
    try:
        if mapping.day_zero is not None:
            day = mapping.day_zero + dt.timedelta(days=int(float(reported)))
        else:
            day = dt.date.fromisoformat(reported[:10])
    except (ValueError, OverflowError):
        expected = "a whole number of days" if mapping.day_zero else "an ISO date YYYY-MM-DD"
        return f"reported {reported!r} ({columns['reported']}) is not {expected}"
    low, high = value, value
    if _flag(row, mapping.lower_bound_flag):
        high = None
    if _flag(row, mapping.upper_bound_flag):
        low = 0.0

    def text(name: str) -> str | None:
        column = columns.get(name)
        value = row.get(column, "").strip() if column else ""
        return value or None

    frame = text("time_frame")
    return {
        "claim_id": origin, "origin": origin, "source": text("source"), "metric": metric,
        "subject": text("subject"), "location": text("location"),
        "time_frame": None if frame is None else
        ("cumulative" if frame in mapping.cumulative else "period"),
        "value_low": low, "value_high": high, "lenient_low": low, "lenient_high": high,
        "hedged": _flag(row, columns.get("hedged")), "reported_start": day, "reported_end": day,
        "quote": ", ".join(f"{k}={v}" for k, v in row.items()),
    }


def read_claims_file(path: Path, mapping: ClaimsMapping) -> ClaimsLoad:
    """Every row of a claims CSV, as a claim or as a rejection with its file#row."""
    result = ClaimsLoad()
    for origin, row, problem, raw in _rows(path):
        claim = problem or _claim(row, mapping, origin)
        if isinstance(claim, dict):
            result.claims.append(claim)
        else:
            result.rejections.append(Rejection(origin=origin, reason=claim, raw=raw))
    return result


def _rows(path: Path) -> Iterator[tuple[str, dict[str, str], str | None, str]]:
    """(file#row, the row, what is wrong with it or None, its text), read as corpus CSVs are:
    a broken row (bad bytes, an open quote) is one rejection, never the end of the file."""
    try:
        rows = list(csv_rows(path))
    except OSError as exc:
        raise CorpusError(Problem(f"cannot read claims file: {exc}", where=str(path),
                                 fix="pass an existing CSV file")) from exc
    header: list[str] = []
    number = 0
    for row in rows:
        if row.header:
            header = row.cells
            continue
        number += 1
        origin = f"{path.name}#{number}"
        if row.cells is None:
            yield origin, {}, f"line {row.line}: {row.problem}", row.text
            continue
        bad = any(has_undecodable(cell) for cell in row.cells)
        problem = (f"line {row.line}: not valid UTF-8; re-save the file as UTF-8" if bad
                   else None if len(row.cells) == len(header) else
                   f"row has {len(row.cells)} fields where the header has {len(header)}"
                   f"{row.lines_note}; fix its quoting or commas")
        yield origin, dict(zip(header, row.cells, strict=False)), problem, storable(row.text)
