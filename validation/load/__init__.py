"""Load: a corpus file or folder -> Article records and Rejections, nothing dropped silently.

Invariant: records read = articles loaded + records rejected (LoadStats.check()).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from validation.errors import CorpusError, Problem
from validation.load.normalize import FieldMap, to_article
from validation.load.readers import READABLE_SUFFIXES, corpus_files, read_file, storable
from validation.load.records import Article, RawRecord, Rejection
from validation.parallel import ordered_map

__all__ = ["Article", "Rejection", "RawRecord", "LoadStats", "FieldMap", "read_corpus"]


@dataclass
class LoadStats:
    """Counts of one load; `ignored_files` are files of no known format under the corpus path."""

    read: int = 0
    loaded: int = 0
    rejected: int = 0
    files: int = 0
    ignored_files: list[str] = field(default_factory=list)

    def check(self) -> None:
        """Raise if a record was lost between reading and storing (a bug, never an input error)."""
        if self.read != self.loaded + self.rejected:
            raise AssertionError(
                f"records read ({self.read}) != loaded ({self.loaded}) + rejected ({self.rejected})"
            )


def _display(path: Path) -> str:
    """Paths in origins are relative to the working directory when possible: short and clickable."""
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def read_corpus(
    path: str | Path, field_map: FieldMap | Mapping[str, str] | None = None,
    stats: LoadStats | None = None, known_languages: Mapping[str, str] | None = None,
) -> Iterator[Article | Rejection]:
    """Every record under `path` as an Article or a Rejection; `stats` is filled as it goes.
    `known_languages`: content hash -> the language detected when that text was stored
    (Store.detected_languages), so only new texts are detected."""
    path = Path(path)
    if not path.exists():
        raise CorpusError(
            Problem(
                f"corpus path {path} does not exist",
                fix="pass --corpus with a file or folder of .txt, .jsonl, .json, .csv or .parquet",
            )
        )
    if not isinstance(field_map, FieldMap):
        field_map = FieldMap(field_map or {})
    files, ignored = corpus_files(path)
    stats = stats if stats is not None else LoadStats()
    stats.files = len(files)
    stats.ignored_files = [_display(p) for p in ignored]
    if not files:
        raise CorpusError(
            Problem(
                f"no readable files under {path}",
                fix=f"corpus files must end in one of {', '.join(READABLE_SUFFIXES)}",
            )
        )
    # records of one id are all yielded: the store keeps one, the same whatever the file order
    for _record, item in _normalised(files, field_map, _workers(files), known_languages or {}):
        stats.read += 1
        if isinstance(item, Article):
            stats.loaded += 1
        else:
            stats.rejected += 1
            # what a rejection quotes of a broken record must still be storable text
            item = Rejection(storable(item.origin), storable(item.reason), storable(item.raw),
                             None if item.article_id is None else storable(item.article_id))
        yield item


# Below this many bytes of corpus, starting worker processes costs more than it saves.
PARALLEL_FROM_BYTES = 8 * 2**20
CHUNK_RECORDS = 500


def _size(file: Path) -> int:
    try:
        return file.stat().st_size
    except OSError:  # unreadable or gone: reading it will say so, as a rejection
        return 0


def _workers(files: list[Path]) -> int:
    size = sum(_size(f) for f in files)
    return min(os.cpu_count() or 1, 4) if size >= PARALLEL_FROM_BYTES else 1


def _raw_records(files: list[Path]) -> Iterator[RawRecord]:
    for file in files:
        # a file name is bytes on Linux: one that is not UTF-8 must still be storable text
        yield from read_file(file, storable(_display(file)))


# What this process (a worker, or the loader itself) knows of stored texts' languages.
_known_languages: Mapping[str, str] = {}


def _remember_languages(known: Mapping[str, str]) -> None:
    global _known_languages
    _known_languages = known


def _normalise_chunk(chunk: tuple[list[RawRecord], FieldMap]) -> list[Article | Rejection]:
    records, field_map = chunk
    return [to_article(record, field_map, _known_languages) for record in records]


def _chunks(records: Iterator[RawRecord], field_map: FieldMap
            ) -> Iterator[tuple[list[RawRecord], FieldMap]]:
    chunk: list[RawRecord] = []
    for record in records:
        chunk.append(record)
        if len(chunk) == CHUNK_RECORDS:
            yield chunk, field_map
            chunk = []
    if chunk:
        yield chunk, field_map


def _normalised(
    files: list[Path], field_map: FieldMap, workers: int, known_languages: Mapping[str, str]
) -> Iterator[tuple[RawRecord, Article | Rejection]]:
    """Each raw record with what it became, in corpus order; large corpora use every core.

    Interpreting records (dates, hashes, language detection) is CPU-bound Python, so a big
    corpus is cut into chunks that worker processes normalise; reading and the duplicate-id
    check stay here, in order, so results do not depend on the number of workers.
    """
    if workers <= 1:
        for record in _raw_records(files):
            yield record, to_article(record, field_map, known_languages)
        return
    # each worker gets the stored languages once, not with every chunk
    for (records, _), items in ordered_map(_normalise_chunk,
                                           _chunks(_raw_records(files), field_map), workers,
                                           _remember_languages, (dict(known_languages),)):
        yield from zip(records, items, strict=True)
