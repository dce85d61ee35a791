"""Raw records -> articles: field mapping, date parsing, hashing, language; or a clear rejection."""

from __future__ import annotations

import ast
import calendar
import datetime as dt
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from validation.load.records import Article, RawRecord, Rejection

CANONICAL_FIELDS = ("id", "title", "text", "published", "source", "url", "language", "event")

# Field names tried, in order, when a record has no canonical field of that name. Documented in
# the README ("Field mapping"); --map FIELD=NAME puts NAME first.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "uuid", "doc_id"),
    "title": ("title", "headline"),
    "text": ("text", "body", "content", "body-paragraphs", "article"),
    "published": ("published", "published_at", "date", "pub_date", "publication_date"),
    "source": ("source", "publisher", "outlet"),
    "url": ("url", "link"),
    "language": ("language", "lang"),
    # the news event an article covers, when the corpus says so (BASIL: triplet-uuid); articles
    # of one event are compared with each other (expect_reported_counts_to_agree). A "story"
    # or "story_id" column is not taken for one unasked: it is often one id per article
    # (--map event=story when it really names events)
    "event": ("event", "event_id", "triplet-uuid", "triplet_uuid"),
}

LANGUAGE_SAMPLE_CHARS = 400  # enough for a stable guess (BENCHMARKS.md: language sample)

_DATE_PATTERNS = (
    (re.compile(r"^(\d{4})$"), "year"),
    (re.compile(r"^(\d{4})-(\d{1,2})$"), "month"),
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
                r"(?:Z|[+-]\d{2}:?\d{2})?$"), "day"),
)


class DateProblem(ValueError):
    """A publication date that is missing, malformed or impossible."""


@dataclass
class FieldMap:
    """Which source field fills each canonical field: user mapping first, then the aliases."""

    overrides: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = sorted(set(self.overrides) - set(CANONICAL_FIELDS))
        if unknown:
            raise ValueError(
                f"cannot map {', '.join(unknown)}: canonical fields are "
                f"{', '.join(CANONICAL_FIELDS)} (use --map text=body for example)"
            )
        self._candidates = {
            name: ((self.overrides[name],) if name in self.overrides else ()) + FIELD_ALIASES[name]
            for name in CANONICAL_FIELDS
        }

    def pick(self, fields: Mapping[str, Any], name: str) -> Any:
        """The value of canonical field `name` in a record, or None."""
        for candidate in self._candidates[name]:
            value = fields.get(candidate)
            if value is not None:
                return value
        return None


def parse_published(value: Any) -> tuple[str, dt.date, dt.date, str]:
    """A publication date as (raw, first day, last day, precision); raises DateProblem."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise DateProblem(
            "no publication date; add a 'published' field (YYYY-MM-DD, YYYY-MM or YYYY) or "
            "name yours with --map published=FIELD"
        )
    if isinstance(value, dt.datetime):
        return value.isoformat(), value.date(), value.date(), "day"
    if isinstance(value, dt.date):
        return value.isoformat(), value, value, "day"
    raw = str(value).strip()
    for pattern, precision in _DATE_PATTERNS:
        match = pattern.match(raw)
        if not match:
            continue
        parts = [int(group) for group in match.groups()]
        year = parts[0]
        if year < 1:
            raise DateProblem(f"impossible publication date {raw!r}: year 0 does not exist "
                              "(the calendar goes from 1 BC to AD 1); write the real year")
        if precision == "year":
            return raw, dt.date(year, 1, 1), dt.date(year, 12, 31), precision
        month = parts[1]
        if not 1 <= month <= 12:
            raise DateProblem(f"impossible publication date {raw!r}: month {month} does not exist")
        last_day = calendar.monthrange(year, month)[1]
        if precision == "month":
            return raw, dt.date(year, month, 1), dt.date(year, month, last_day), precision
        day = parts[2]
        if not 1 <= day <= last_day:
            raise DateProblem(
                f"impossible publication date {raw!r}: {calendar.month_name[month]} {year} "
                f"has {last_day} days"
            )
        return raw, dt.date(year, month, day), dt.date(year, month, day), precision
    raise DateProblem(
        f"unrecognised publication date {raw!r}; write it as ISO 8601: YYYY-MM-DD, YYYY-MM or YYYY"
    )


class TextProblem(ValueError):
    """An article text of a shape no text has: an object, or lists nested inside sentences."""


def body_text(value: Any) -> str:
    """The article text; a list of paragraphs (each a string or a list of sentences) is joined."""
    if isinstance(value, str) and value.lstrip().startswith("[["):
        # BASIL-style: a Python list of lists stored as one string.
        try:
            return _joined(ast.literal_eval(value))
        # MemoryError and RecursionError: the parser's stack, on text nested thousands deep
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            return value  # text that only starts like a list of lists
    if isinstance(value, list):
        return _joined(value)
    if isinstance(value, dict):
        raise TextProblem("the text is an object (key: value pairs), not text; give a string "
                          "or a list of paragraphs, or name the text field with --map text=FIELD")
    return "" if value is None else str(value)


def _joined(paragraphs: Any) -> str:
    if not isinstance(paragraphs, list):
        raise TextProblem("not a list of paragraphs")
    texts = []
    for paragraph in paragraphs:
        sentences = paragraph if isinstance(paragraph, list) else [paragraph]
        if any(isinstance(sentence, list | dict) for sentence in sentences):
            raise TextProblem("the text nests lists or objects inside its sentences; give a "
                              "string, a list of paragraphs, or a list of lists of sentences")
        texts.append(" ".join(str(sentence) for sentence in sentences))
    return "\n\n".join(text for text in texts if text.strip())


def content_hash(body: str) -> str:
    """A stable hash of the article text (whitespace-normalised), for duplicates and re-loads."""
    normalised = " ".join(body.split())
    return hashlib.blake2b(normalised.encode("utf-8"), digest_size=16).hexdigest()


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _language_code(value: Any) -> str | None:
    text = _clean(value)
    return text.lower().replace("_", "-").split("-")[0] if text else None


def detect_language(body: str) -> str:
    """ISO 639-1 code of the text's language (py3langid, model shipped in the package)."""
    import py3langid

    return py3langid.classify(body[:LANGUAGE_SAMPLE_CHARS])[0]


def to_article(record: RawRecord, field_map: FieldMap,
               known_languages: Mapping[str, str] | None = None) -> Article | Rejection:
    """Interpret one raw record; anything wrong with it becomes a Rejection with the fix.
    `known_languages` (content hash -> language detected before) spares detecting again the
    language of a text already stored: detection is most of the time of re-reading a corpus."""
    if record.fields is None:
        return Rejection(origin=record.origin, reason=record.problem or "unreadable",
                         raw=record.raw)
    fields = record.fields
    raw_id = field_map.pick(fields, "id")
    try:
        body = body_text(field_map.pick(fields, "text")).strip()
    except TextProblem as problem:
        return Rejection(origin=record.origin, raw=record.raw, reason=str(problem))
    article_id = _clean(raw_id) or (f"h{content_hash(body)[:16]}" if body else None)
    if not body:
        names = "/".join(FIELD_ALIASES["text"])
        return Rejection(
            origin=record.origin,
            reason=(
                f"empty text: no non-blank {names} field; fill it or name the text field with "
                "--map text=FIELD"
            ),
            raw=record.raw,
            article_id=article_id,
        )
    try:
        published_raw, start, end, precision = parse_published(field_map.pick(fields, "published"))
    except DateProblem as problem:
        return Rejection(
            origin=record.origin, reason=str(problem), raw=record.raw, article_id=article_id
        )
    declared = _language_code(field_map.pick(fields, "language"))
    text_hash = content_hash(body)
    detected = (known_languages or {}).get(text_hash) or detect_language(body)
    return Article(
        article_id=article_id,
        body=body,
        published_raw=published_raw,
        published_start=start,
        published_end=end,
        published_precision=precision,
        content_hash=text_hash,
        origin=record.origin,
        title=_clean(field_map.pick(fields, "title")),
        source=_clean(field_map.pick(fields, "source")),
        url=_clean(field_map.pick(fields, "url")),
        language=declared or detected,
        language_declared=declared,
        language_detected=detected,
        event=_clean(field_map.pick(fields, "event")),
    )
