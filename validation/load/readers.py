"""Readers per input format: each turns one file into RawRecords, never raising on a bad record.

Formats are chosen by file extension: .txt (the seed format), .jsonl/.ndjson, .json (one object
or a list of objects), .csv and .parquet. A record that cannot be parsed still becomes a
RawRecord, with `problem` set, so it reaches the `rejected` table instead of vanishing.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

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
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        return RawRecord(
            origin=where,
            raw=text,
            problem=f"invalid JSON ({exc.msg} at column {exc.colno}); fix the line or remove it",
        )
    if not isinstance(value, dict):
        return RawRecord(
            origin=where,
            raw=text,
            problem=f"expected a JSON object per record, found {type(value).__name__}",
        )
    return RawRecord(origin=where, raw=text, fields=value)


def read_json(path: Path, origin: str) -> Iterator[RawRecord]:
    """A .json file holds one article object, or a list of them."""
    data = path.read_bytes()
    text, problem = _decode(data)
    if text is None:
        yield RawRecord(origin=origin, raw=data.decode("utf-8", "replace"), problem=problem)
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        yield RawRecord(
            origin=f"{origin}:{exc.lineno}",
            raw=text,
            problem=f"invalid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})",
        )
        return
    if isinstance(value, dict):
        yield RawRecord(origin=origin, raw=text, fields=value)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            where = f"{origin}[{index}]"
            raw = json.dumps(item, ensure_ascii=False)
            if isinstance(item, dict):
                yield RawRecord(origin=where, raw=raw, fields=item)
            else:
                yield RawRecord(
                    origin=where, raw=raw, problem="expected a JSON object, found "
                    f"{type(item).__name__}"
                )
    else:
        yield RawRecord(
            origin=origin, raw=text, problem="expected a JSON object or a list of objects"
        )


def read_csv(path: Path, origin: str) -> Iterator[RawRecord]:
    """CSV with a header row; a record whose bytes are not UTF-8 is rejected on its own."""
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    # surrogateescape keeps undecodable bytes so one bad record does not sink the whole file.
    text = data.decode("utf-8", "surrogateescape")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    while True:
        start_line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield RawRecord(origin=f"{origin}:{start_line}", raw="",
                            problem=f"unreadable CSV: {exc}")
            return
        where = f"{origin}:{start_line}"
        raw = ",".join(str(v) for v in row.values())
        bad = [name for name, value in row.items()
               if isinstance(value, str) and _has_surrogate(value)]
        if bad:
            yield RawRecord(
                origin=where,
                raw=raw.encode("utf-8", "surrogateescape").decode("utf-8", "replace"),
                problem=(
                    f"not valid UTF-8 in column(s) {', '.join(bad)}; re-save the file as UTF-8"
                ),
            )
            continue
        if None in row:  # more cells than header columns
            yield RawRecord(
                origin=where,
                raw=raw,
                problem=(
                    f"{len(header) + len(row[None])} cells but the header has {len(header)} "
                    "columns; quote fields that contain commas"
                ),
            )
            continue
        yield RawRecord(origin=where, raw=raw, fields=dict(row))


def _has_surrogate(value: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in value)


def read_parquet(path: Path, origin: str) -> Iterator[RawRecord]:
    """Parquet, read in row batches so a large file does not have to fit in memory."""
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several types for a damaged file
        yield RawRecord(origin=origin, raw="", problem=f"unreadable Parquet file: {exc}")
        return
    index = 0
    for batch in parquet.iter_batches(batch_size=5000):
        for row in batch.to_pylist():
            yield RawRecord(origin=f"{origin}#{index}", raw=json.dumps(row, default=str),
                            fields=row)
            index += 1


READERS = {
    ".txt": read_seed,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".json": read_json,
    ".csv": read_csv,
    ".parquet": read_parquet,
}


def corpus_files(path: Path) -> tuple[list[Path], list[Path]]:
    """Readable files under `path` (sorted, hidden ones skipped), and those of no known format."""
    if path.is_file():
        return ([path], []) if path.suffix.lower() in READERS else ([], [path])
    readable, ignored = [], []
    for candidate in sorted(path.rglob("*")):
        relative = candidate.relative_to(path)
        if (any(part.startswith(".") for part in relative.parts) or not candidate.is_file()
                or candidate.name in SIDECAR_FILES):
            continue
        (readable if candidate.suffix.lower() in READERS else ignored).append(candidate)
    return readable, ignored


def read_file(path: Path, origin: str) -> Iterator[RawRecord]:
    """Every record of one file, with the reader its extension names."""
    return READERS[path.suffix.lower()](path, origin)
