"""What readers yield (raw records) and what loading makes of them (articles or rejections)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass
class RawRecord:
    """One record as a reader found it, before any field is interpreted.

    `fields` is None when the record could not even be parsed; `problem` then says why.
    """

    origin: str
    raw: str
    fields: dict[str, Any] | None = None
    problem: str | None = None


@dataclass
class Article:
    """One loaded article: the canonical row of the `articles` table."""

    article_id: str
    body: str
    published_raw: str
    published_start: dt.date
    published_end: dt.date
    published_precision: str
    content_hash: str
    origin: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = None
    language_declared: str | None = None
    language_detected: str | None = None
    event: str | None = None


@dataclass
class Rejection:
    """A record that could not be loaded, kept with where it came from and why."""

    origin: str
    reason: str
    raw: str
    article_id: str | None = None
