"""Readers per input format: each turns one file into RawRecords, never raising on a bad record.

Formats are chosen by file extension: .txt (the seed format), .jsonl/.ndjson, .json (one object
or a list of objects), .csv and .parquet. A record that cannot be parsed still becomes a
RawRecord, with `problem` set, so it reaches the `rejected` table instead of vanishing.
"""

from __future__ import annotations

import bisect
import csv
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from validation.load.records import RawRecord

SEED_HEADER = re.compile(r"^ ?date (?P<date>\S+) ")

READABLE_SUFFIXES = (".txt", ".jsonl", ".ndjson", ".json", ".csv", ".parquet")
# Files about the corpus rather than of it (read by validation/compare.py), never articles.
SIDECAR_FILES = ("publication-estimates.yml",)


def _decode(data: bytes) -> tuple[str | None, str | None]:
    """Decode UTF-8 (a BOM is allowed); on failure say where the bad byte is and how to fix it."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        bad = data[exc.start : exc.start + 1]
        in_line = f"line {line}, " if b"\n" in data.rstrip(b"\r\n") else ""
        return None, (
            f"not valid UTF-8: byte {bad!r} at {in_line}offset {exc.start}; "
            "re-save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)"
        )


def read_seed(path: Path, origin: str) -> Iterator[RawRecord]:
    """The seed format: optional leading space, `date YYYY-MM[-DD]`, a space, then the text."""
    data = path.read_bytes()
    text, problem = _decode(data)
    if text is None:
        yield RawRecord(origin=origin, raw=data.decode("utf-8", "replace"), problem=problem)
        return
    match = SEED_HEADER.match(text)
    if not match:
        yield RawRecord(
            origin=origin,
            raw=text,
            problem=(
                "the file does not start with the seed header 'date YYYY-MM ' (or 'date "
                "YYYY-MM-DD '); put the publication date first, e.g. ' date 2022-01-05 De tekst...'"
            ),
        )
        return
    fields = {"id": path.stem, "published": match.group("date"), "text": text[match.end() :]}
    yield RawRecord(origin=origin, raw=text, fields=fields)


def read_jsonl(path: Path, origin: str) -> Iterator[RawRecord]:
    """One JSON object per line; blank lines are skipped, every other line is a record."""
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            where = f"{origin}:{number}"
            if not line.strip():
                continue
            text, problem = _decode(line)
            if text is None:
                yield RawRecord(origin=where, raw=line.decode("utf-8", "replace"), problem=problem)
                continue
            yield _json_record(text.rstrip("\r\n"), where)


def _json_record(text: str, where: str) -> RawRecord:
    value, problem, _ = _json_value(text)
    if problem is not None:
        return RawRecord(origin=where, raw=text, problem=f"{problem}; fix the line or remove it")
    if not isinstance(value, dict):
        return RawRecord(
            origin=where,
            raw=text,
            problem=f"expected a JSON object per record, found {type(value).__name__}",
        )
    return _checked(RawRecord(origin=where, raw=text, fields=value), text)


_TOO_DEEP = ("invalid JSON: nested too deeply (arrays or objects hundreds of levels deep, "
             "where an article needs a few)")


def _json_value(text: str) -> tuple[Any, str | None, int | None]:
    """The value of a JSON text, or None, what is wrong with it and on which line."""
    try:
        return json.loads(text), None, None
    except json.JSONDecodeError as exc:
        where = (f"line {exc.lineno}, column {exc.colno}" if "\n" in text.rstrip()
                 else f"column {exc.colno}")
        return None, f"invalid JSON ({exc.msg} at {where})", exc.lineno
    except RecursionError:
        return None, _TOO_DEEP, None


# A \u escape of half a surrogate pair: json.loads turns a lone one into a str that no UTF-8
# encoder accepts (hashing, storing), so a record holding one is looked at more closely.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _checked(record: RawRecord, text: str) -> RawRecord:
    """The record, or a rejection when a \\u escape left a lone surrogate in one of its fields."""
    if record.fields is None or not _SURROGATE_ESCAPE.search(text):
        return record
    for name, value in record.fields.items():
        found = _lone_surrogate(name) or _lone_surrogate(value)
        if found is not None:
            return RawRecord(
                origin=record.origin, raw=text,
                problem=(f"field {storable(name)!r} holds a lone surrogate escape "
                         f"(\\u{ord(found):04x}), half of a UTF-16 pair and no character; fix "
                         "the escape or remove it"))
    return record


def _lone_surrogate(value: Any) -> str | None:
    """The first lone surrogate in a JSON value's strings (keys too), walked without recursion."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if found := _LONE_SURROGATE.search(item):
                return found.group()
        elif isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return None


def storable(text: str) -> str:
    """Text any UTF-8 encoder accepts: a lone surrogate (an undecodable byte kept by
    surrogateescape, or a broken \\u escape) becomes U+FFFD."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _LONE_SURROGATE.sub("\ufffd", text)
    return text


def read_json(path: Path, origin: str) -> Iterator[RawRecord]:
    """A .json file holds one article object, or a list of them."""
    data = path.read_bytes()
    text, problem = _decode(data)
    if text is None:
        yield RawRecord(origin=origin, raw=data.decode("utf-8", "replace"), problem=problem)
        return
    value, problem, line = _json_value(text)
    if problem is not None:
        yield RawRecord(origin=f"{origin}:{line}" if line else origin, raw=text, problem=problem)
    elif isinstance(value, dict):
        yield _checked(RawRecord(origin=origin, raw=text, fields=value), text)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            where = f"{origin}[{index}]"
            try:
                raw = storable(json.dumps(item, ensure_ascii=False))
            except RecursionError:  # loaded at the edge of the limit, one call deeper here
                yield RawRecord(origin=where, raw="", problem=_TOO_DEEP)
                continue
            if isinstance(item, dict):
                yield _checked(RawRecord(origin=where, raw=raw, fields=item), text)
            else:
                yield RawRecord(
                    origin=where, raw=raw, problem="expected a JSON object, found "
                    f"{type(item).__name__}"
                )
    else:
        yield RawRecord(
            origin=origin, raw=text, problem="expected a JSON object or a list of objects"
        )


# The most characters one CSV field may hold: csv's own 131,072 cuts long articles short, and
# a field of 16 million characters is no article but a broken quote or another file's content.
CSV_FIELD_LIMIT = 16 * 2**20

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Outside quotes, a record ends at a line break; a quote opens a quoted field only as the first
# character of a field (elsewhere csv reads it as a plain character, as in 5" screen).
_OUTSIDE_QUOTES = re.compile(r'\r\n|\r|\n|(?<![^,\r\n])"')


@dataclass
class _CsvSpan:
    """Where one CSV record lies in the text; `quote` is where its first quoted field that
    crosses a line break opens, `closed` where it closes (None: never, the file ends first)."""

    start: int
    end: int
    next: int
    quote: int | None = None
    closed: int | None = None


def _csv_span(text: str, pos: int) -> _CsvSpan:
    """The record starting at `pos`, split as the csv module would (doubled quotes, quoted
    line breaks), but without parsing it: a broken quote is then seen before it costs rows."""
    span = _CsvSpan(pos, len(text), len(text))
    while True:
        found = _OUTSIDE_QUOTES.search(text, pos)
        if found is None:
            return span
        if found.group() != '"':
            span.end, span.next = found.start(), found.end()
            return span
        close = text.find('"', found.end())
        while close != -1 and text.startswith('""', close):
            close = text.find('"', close + 2)
        if close == -1 or (span.quote is None and _LINE_BREAK.search(text, found.end(), close)):
            span.quote, span.closed = found.start(), None if close == -1 else close
        if close == -1:
            return span
        pos = close + 1


def _csv_cells(record: str) -> list[str]:
    """The cells of one record's text (csv.Error on a malformed one)."""
    previous = csv.field_size_limit(sys.maxsize)  # the length is checked by read_csv, in words
    try:
        return next(csv.reader([record]), [])
    finally:
        csv.field_size_limit(previous)


_TIGHT_COMMA = re.compile(r",(?!\s)")  # a comma as CSV writes it, not as prose does


def _looks_like_record(line: str, columns: int) -> bool:
    """A line that would be a whole record by itself: as many cells as the header, none after
    the first starting with a space (prose has a space after its commas, CSV writers do not)."""
    if line.count(",") - line.count(", ") < columns - 1:
        return False  # too few commas without a space after them: prose, and quick to tell
    try:
        cells = _csv_cells(line)
    except csv.Error:
        return False
    return columns >= 2 and len(cells) == columns and not any(
        cell[:1].isspace() for cell in cells[1:])


class _Lines:
    """Line numbers of offsets in a text (line breaks as csv counts them: \\n, \\r\\n, \\r)."""

    def __init__(self, text: str):
        self.text = text
        self.starts = [0, *(m.end() for m in _LINE_BREAK.finditer(text))]

    def of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)

    def line(self, number: int) -> str:
        end = self.starts[number] if number < len(self.starts) else len(self.text)
        return self.text[self.starts[number - 1]:end].rstrip("\r\n")

    def end_of(self, number: int) -> int:
        """The offset of the line break that ends line `number` (or of the end of the text)."""
        found = _LINE_BREAK.search(self.text, self.starts[number - 1])
        return found.start() if found else len(self.text)


def _stray_quote(span: _CsvSpan, lines: _Lines, columns: int) -> str | None:
    """Why the quoted field crossing lines in `span` is a quote left open by mistake, or None.

    A quote never closed swallows the rest of the file; one closed by another stray quote lines
    later swallows the rows between, and some line after the first then reads as a whole record
    (the line that closes it only when a record starts before its quote: '0",,2022' closes a
    quoted '\n0' and holds one cell of it, 'b,tekst 5",2022' holds a row of its own).
    """
    if span.quote is None:
        return None
    opened = lines.of(span.quote)
    if span.closed is None:
        last = lines.of(len(lines.text.rstrip()) - 1)
        return (f"unterminated quote: the quote opened on line {opened} is never closed, so "
                f"lines {opened}-{last} would be read as one record; "
                f"line {opened} is rejected and the lines after it are read as records")
    closed = lines.of(span.closed)
    before_close = lines.text[lines.starts[closed - 1]:span.closed]
    suspects = [lines.line(n) for n in range(opened + 1, closed)]
    if _TIGHT_COMMA.search(before_close):
        suspects.append(lines.line(closed))
    if not any(_looks_like_record(line, columns) for line in suspects):
        return None
    return (f"unterminated quote: the quote opened on line {opened} is closed only on line "
            f"{closed}, so lines {opened}-{closed} would be read as one record although lines "
            f"among them read as records of their own; line {opened} is rejected and the lines "
            "after it are read as records")


@dataclass
class CsvRow:
    """One record of a CSV file: the line it starts on, its text, and its cells or the problem
    that keeps it from having any; the first record with cells is the header."""

    line: int
    text: str
    cells: list[str] | None = None
    problem: str | None = None
    lines_note: str = ""  # " (lines 4-6)" for a record over several lines
    header: bool = False
    header_expected: bool = False  # a problem where the header should have been


def csv_rows(path: Path) -> Iterator[CsvRow]:
    """Every record of a CSV file; a record whose quote is left open or whose field is too long
    is a problem on its own, and reading goes on with the next one. When that record is the
    header, every later one is a problem too: a data row never becomes the header."""
    header_lost: int | None = None
    for row in _csv_records(path):
        if row.cells is None and row.header_expected and header_lost is None:
            header_lost = row.line
        elif row.cells is not None and header_lost is not None:
            row = CsvRow(row.line, row.text, problem=(
                f"the header (line {header_lost}) could not be read, so this record's columns "
                "are unknown; fix the header"))
        yield row


def _csv_records(path: Path) -> Iterator[CsvRow]:
    """csv_rows before the header's rejection is carried to the records after it."""
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    # surrogateescape keeps undecodable bytes so one bad record does not sink the whole file.
    text = data.decode("utf-8", "surrogateescape")
    lines = _Lines(text)
    columns = 0
    pos = 0
    while pos < len(text):
        span = _csv_span(text, pos)
        pos = span.next
        first = lines.of(span.start)
        stray = _stray_quote(span, lines, columns)
        if stray:
            cut = lines.end_of(lines.of(span.quote))
            pos = _LINE_BREAK.match(text, cut).end() if cut < len(text) else cut
            yield CsvRow(first, storable(text[span.start:cut]),
                         problem=f"{stray}; close the quote or double it (\"\")",
                         header_expected=not columns)
            continue
        record = text[span.start:span.end]
        covered = lines.of(span.end)
        note = f" (lines {first}-{covered})" if covered > first else ""
        try:
            cells = _csv_cells(record)
        except csv.Error as exc:
            yield CsvRow(first, storable(record), problem=f"unreadable CSV record{note}: {exc}",
                         header_expected=not columns)
            continue
        if not cells:
            continue  # a blank line, as csv.DictReader skips it
        longest = max(len(cell) for cell in cells)
        if longest > CSV_FIELD_LIMIT:
            yield CsvRow(first, storable(record[:1000]) + "...", problem=(
                f"a field of {longest:,} characters{note}, over the {CSV_FIELD_LIMIT:,} "
                "characters a CSV field may hold; look for a quote left open before it, or "
                "split the text"), header_expected=not columns)
            continue
        yield CsvRow(first, record, cells, lines_note=note, header=not columns)
        columns = columns or len(cells)


def read_csv(path: Path, origin: str) -> Iterator[RawRecord]:
    """CSV with a header row; a record whose bytes are not UTF-8, whose quote is left open or
    whose field is too long is rejected on its own, and reading goes on with the next one."""
    header: list[str] = []
    for row in csv_rows(path):
        where = f"{origin}:{row.line}"
        if row.cells is None:
            yield RawRecord(origin=where, raw=row.text, problem=row.problem)
        elif row.header:
            header = row.cells
        else:
            yield _csv_record(header, row.cells, where, row.text, row.lines_note)


def _csv_record(header: list[str], cells: list[str], where: str, record: str,
                lines_note: str) -> RawRecord:
    bad = [name for name, value in zip(header, cells, strict=False) if has_undecodable(value)]
    if bad or any(has_undecodable(cell) for cell in cells[len(header):]):
        columns = ", ".join(storable(name) for name in bad) or "cells beyond the header"
        return RawRecord(
            origin=where, raw=storable(record),
            problem=f"not valid UTF-8 in column(s) {columns}; re-save the file as UTF-8")
    if len(cells) > len(header):
        return RawRecord(
            origin=where, raw=record,
            problem=(f"{len(cells)} cells but the header has {len(header)} columns"
                     f"{lines_note}; quote fields that contain commas"))
    # as csv.DictReader: a later column of the same name wins, missing cells are None
    fields: dict[str, Any] = dict.fromkeys(header)
    fields.update(zip(header, cells, strict=False))
    return RawRecord(origin=where, raw=record, fields=fields)


_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # a byte surrogateescape could not decode


def has_undecodable(value: str) -> bool:
    """True when text read with surrogateescape holds a byte that was not UTF-8."""
    return _ESCAPED_BYTE.search(value) is not None


def read_parquet(path: Path, origin: str) -> Iterator[RawRecord]:
    """Parquet, read in row batches so a large file does not have to fit in memory.

    A row group that cannot be decoded (a damaged page) rejects its rows, and the other row
    groups still load; a value Python cannot hold (a date before year 1) rejects its row.
    """
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
        groups = [parquet.metadata.row_group(n).num_rows
                  for n in range(parquet.metadata.num_row_groups)]
    except Exception as exc:  # pyarrow raises several types for a damaged file
        yield RawRecord(origin=origin, raw="", problem=f"unreadable Parquet file: {exc}; "
                        "write it again, or remove it from the corpus")
        return
    index = 0
    for group, rows in enumerate(groups):
        end = index + rows
        try:
            for batch in parquet.iter_batches(batch_size=5000, row_groups=[group]):
                for row in _parquet_rows(batch):
                    yield _parquet_record(row, f"{origin}#{index}")
                    index += 1
        except Exception as exc:  # a damaged page: pyarrow raises OSError, ArrowException...
            problem = (f"row group {group} (rows {index}-{end - 1}) cannot be decoded: {exc}; "
                       "write the file again")
            for lost in range(index, end):
                yield RawRecord(origin=f"{origin}#{lost}", raw="", problem=problem)
        index = end


def _parquet_rows(batch: Any) -> Iterator[dict[str, Any] | str]:
    """Each row of a batch as a dict, or the problem that keeps it from being one."""
    try:
        yield from batch.to_pylist()
        return
    except (OverflowError, ValueError):  # a value outside Python's types, in some row
        pass
    columns = batch.schema.names
    for row in range(batch.num_rows):
        values: dict[str, Any] = {}
        for name, column in zip(columns, batch.columns, strict=True):
            try:
                values[name] = column[row].as_py()
            except (OverflowError, ValueError) as exc:
                values = (f"column {name!r} ({column.type}) holds a value Python cannot "
                          f"represent ({exc}); write dates and times within years 1-9999")
                break
        yield values


def _parquet_record(row: dict[str, Any] | str, where: str) -> RawRecord:
    if isinstance(row, str):
        return RawRecord(origin=where, raw="", problem=row)
    return RawRecord(origin=where, raw=json.dumps(row, default=str), fields=row)


READERS = {
    ".txt": read_seed,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".json": read_json,
    ".csv": read_csv,
    ".parquet": read_parquet,
}


def corpus_files(path: Path) -> tuple[list[Path], list[Path]]:
    """Files under `path` (sorted, hidden ones skipped) named as a readable format, and those of
    no known format. A broken link or a pipe with a readable name is listed with the readable:
    reading it then says why it cannot be read."""
    if path.is_file():
        return ([path], []) if path.suffix.lower() in READERS else ([], [path])
    readable, ignored = [], []
    for candidate in sorted(path.rglob("*")):
        relative = candidate.relative_to(path)
        if (any(part.startswith(".") for part in relative.parts) or candidate.is_dir()
                or candidate.name in SIDECAR_FILES):
            continue
        if candidate.suffix.lower() in READERS:
            readable.append(candidate)
        elif candidate.is_file():
            ignored.append(candidate)
    return readable, ignored


def read_file(path: Path, origin: str) -> Iterator[RawRecord]:
    """Every record of one file, with the reader its extension names; a file that cannot be
    read becomes one rejection saying why, and loading goes on with the next file."""
    if not path.is_file():
        yield RawRecord(origin=origin, raw="", problem=(
            "cannot read: not a regular file (a broken link, a pipe or a device); point the "
            "link at a file or remove it from the corpus"))
        return
    records = 0
    try:
        for record in READERS[path.suffix.lower()](path, origin):
            records += 1
            yield record
    except OSError as exc:
        rest = f"the rest of the file after {records} records" if records else "the file"
        yield RawRecord(origin=origin, raw="", problem=(
            f"cannot read {rest}: {exc.strerror or exc}; make it readable (chmod a+r) or "
            "remove it from the corpus"))
