"""News expectations: Great Expectations custom expectations with SQL over our DuckDB tables.

The SQL goes through SQLAlchemy's text(): no "%" or ":" followed by a letter in it, which
would be read as parameters. A query without a JOIN gets {batch} as "(...) AS subselect" from
GX, so it must not alias {batch} itself; a query with a JOIN must.

Each is a subclass of GX's UnexpectedRowsExpectation, so it runs, renders and reports like any
GX expectation. Its query runs on the suite's table ({batch}, the articles table) and may join
`date_mentions` and `claims`; every unexpected row names its `article_id` and carries a
`message` a person can act on. Parameters from the suite are validated and formatted into the
query by `build`, never pasted as raw text. Imported only when suites run (it imports GX).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any, ClassVar

import yaml
from great_expectations.expectations import UnexpectedRowsExpectation


def _future_words() -> str:
    """The future words of every language pack, as one SQL regex literal: a date after
    publication in a sentence about the future ("de verkiezingen zullen op 17 maart") is
    expected, not a defect."""
    from validation.extract.lexicon import available_languages, load_pack

    words = sorted({w for code in available_languages()
                    for w in load_pack(code).raw["dates"].get("future_words", [])})
    return _regex_literal(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b")


class NewsExpectation(UnexpectedRowsExpectation):
    """A news expectation: an SQL template with named parameters and their defaults."""

    sql_template: ClassVar[str] = ""
    defaults: ClassVar[dict[str, Any]] = {}

    @classmethod
    def build(cls, description: str | None = None, meta: dict | None = None,
              suite_dir: Path | None = None, **parameters: Any) -> NewsExpectation:
        """An instance whose query has `parameters` (over the defaults) formatted in."""
        values = {**cls.defaults, **parameters}
        query = cls.sql_template.format(**cls.sql_values(values, suite_dir), batch="{batch}")
        kwargs: dict[str, Any] = {"unexpected_rows_query": query, "meta": meta or {}}
        if description:
            kwargs["description"] = description
        return cls(**kwargs)

    @classmethod
    def sql_values(cls, values: dict[str, Any], suite_dir: Path | None) -> dict[str, str]:
        """The parameters as SQL text; by default each one a literal."""
        return {k: _literal(v) for k, v in values.items()}


def _literal(value: Any) -> str:
    """A parameter as an SQL literal: whole numbers, ISO dates; anything else is refused.
    Expectations with other parameters (files, word lists) format them in sql_values."""
    if isinstance(value, Path):
        raise ValueError(f"{value} is a path, not a value")
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a number or a date")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.date):
        return f"DATE '{value.isoformat()}'"
    if isinstance(value, str):
        try:
            return f"DATE '{dt.date.fromisoformat(value).isoformat()}'"
        except ValueError:
            pass
    raise ValueError(f"{value!r} is not a whole number or an ISO date (YYYY-MM-DD)")


class ExpectNoDateMentionsAfterPublication(NewsExpectation):
    """A dated day in the text lies after the article's publication window."""

    description: str = ("No dated day in the text lies after the article's publication window "
                        "(unless the sentence speaks of the future).")
    defaults: ClassVar[dict[str, Any]] = {"tolerance_days": 0}
    sql_template: ClassVar[str] = """
        SELECT a.article_id, m.mention_id, m.text AS mention, m.resolved_start,
               coalesce(a.inferred_end, a.published_end) AS published_by,
               'mentions ' || m.text || ' (' || CAST(m.resolved_start AS VARCHAR)
               || '), after the publication window that ends '
               || CAST(coalesce(a.inferred_end, a.published_end) AS VARCHAR) AS message
        FROM {batch} a JOIN date_mentions m USING (article_id)
        WHERE m.kind IN ('absolute', 'holiday') AND m.resolved_start IS NOT NULL
          AND m.resolved_start > coalesce(a.inferred_end, a.published_end)
                                 + INTERVAL ({tolerance_days}) DAY
          AND NOT regexp_matches(lower(substr(a.body, greatest(1, m.char_start - 80), 200)),
                                 {future})
        ORDER BY a.article_id, m.char_start
    """

    @classmethod
    def sql_values(cls, values: dict[str, Any], suite_dir: Path | None) -> dict[str, str]:
        return {**super().sql_values(values, suite_dir), "future": _future_words()}


class ExpectWeekdaysToMatchDates(NewsExpectation):
    """A weekday written with a date is not that date's weekday ("woensdag 4 augustus 2020")."""

    description: str = "A weekday written with a date is that date's weekday."
    sql_template: ClassVar[str] = """
        SELECT a.article_id, m.mention_id, m.text AS mention, m.resolved_start,
               m.text || ': ' || CAST(m.resolved_start AS VARCHAR) || ' was a '
               || dayname(m.resolved_start) AS message
        FROM {batch} a JOIN date_mentions m USING (article_id)
        WHERE m.weekday IS NOT NULL AND m.resolved_start IS NOT NULL AND m.kind = 'absolute'
          AND isodow(m.resolved_start) - 1 <> m.weekday
        ORDER BY a.article_id, m.char_start
    """


class ExpectDateCuesToAgree(NewsExpectation):
    """The text's date cues leave no publication day at all within the corpus's window."""

    description: str = ("The dates and weekdays in the text leave at least one possible "
                        "publication day.")
    sql_template: ClassVar[str] = """
        SELECT article_id, published_raw, inferred_method,
               'no publication day fits all date cues (' || substr(inferred_method, 13)
               || ') within ' || published_raw AS message
        FROM {batch}
        WHERE starts_with(inferred_method, 'conflicting')
        ORDER BY article_id
    """


def _regex_literal(pattern: str) -> str:
    """A regex as an SQL string literal that survives GX's own str.format of the query."""
    quoted = "'" + pattern.replace("'", "''") + "'"
    return quoted.replace("{", "{{").replace("}", "}}")


def _ranges_file(values: dict[str, Any], suite_dir: Path | None) -> dict[str, Any]:
    path = Path(values["ranges_file"])
    if not path.is_absolute() and suite_dir is not None:
        path = suite_dir / path
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise ValueError(f"cannot read ranges file {path}: {exc}") from exc
    return data


def _number(value: Any, where: str) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{where}: {value!r} is not a number")
    return repr(float(value))


def _name(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.replace("_", "").isalnum():
        raise ValueError(f"{where}: {value!r} is not a metric name (letters, digits, _)")
    return f"'{value}'"


class ExpectClaimsWithinRanges(NewsExpectation):
    """A claim whose whole interval lies outside its metric's plausible range."""

    description: str = "Every claim's interval meets its metric's plausible range (ranges.yml)."
    defaults: ClassVar[dict[str, Any]] = {"ranges_file": "ranges.yml"}
    sql_template: ClassVar[str] = """
        WITH ranges(metric, low, high) AS (VALUES {ranges})
        SELECT a.article_id, c.claim_id, c.metric, c.value_low, c.value_high,
               r.low AS range_low, r.high AS range_high,
               c.metric || ' ' || substr(a.body, c.char_start + 1, c.char_end - c.char_start)
               || ' is outside the plausible range [' || CAST(r.low AS VARCHAR) || ', '
               || CAST(r.high AS VARCHAR) || ']: ' || c.quote AS message
        FROM {batch} a JOIN claims c USING (article_id) JOIN ranges r USING (metric)
        WHERE coalesce(c.value_high, c.value_low) < r.low OR c.value_low > r.high
        ORDER BY a.article_id, c.char_start
    """

    @classmethod
    def sql_values(cls, values: dict[str, Any], suite_dir: Path | None) -> dict[str, str]:
        data = _ranges_file(values, suite_dir)
        rows = []
        for metric, bounds in (data.get("ranges") or {}).items():
            where = f"ranges.{metric}"
            if not isinstance(bounds, dict) or set(bounds) - {"min", "max"}:
                raise ValueError(f"{where}: give {{min: N, max: N}}")
            rows.append(f"({_name(metric, where)}, {_number(bounds.get('min', 0), where)}, "
                        f"{_number(bounds.get('max', 1e300), where)})")
        if not rows:
            raise ValueError(f"{values['ranges_file']}: no 'ranges:' entries")
        return {"ranges": ", ".join(rows)}


class ExpectClaimRelationsToHold(NewsExpectation):
    """Within one article, a count above the count it is part of (ICU above hospitalized)."""

    description: str = ("Within one article, a part is never larger than its whole "
                        "(intensive care <= hospitalized <= injured; beheaded <= deaths).")
    defaults: ClassVar[dict[str, Any]] = {"ranges_file": "ranges.yml"}
    sql_template: ClassVar[str] = """
        WITH relations(part, whole) AS (VALUES {relations})
        SELECT a.article_id, [p.claim_id, w.claim_id] AS claim_ids,
               p.metric || ' ' || substr(a.body, p.char_start + 1, p.char_end - p.char_start)
               || ' is more than ' || w.metric || ' '
               || substr(a.body, w.char_start + 1, w.char_end - w.char_start)
               || ' in the same article' AS message
        FROM {batch} a
        JOIN claims p USING (article_id)
        JOIN relations rel ON p.metric = rel.part
        JOIN claims w ON w.article_id = a.article_id AND w.metric = rel.whole
        WHERE w.value_high IS NOT NULL AND p.value_low > w.value_high
          AND (p.subject IS NOT DISTINCT FROM w.subject OR coalesce(w.subject, 'all') = 'all')
        ORDER BY a.article_id, p.char_start
    """

    @classmethod
    def sql_values(cls, values: dict[str, Any], suite_dir: Path | None) -> dict[str, str]:
        data = _ranges_file(values, suite_dir)
        rows = []
        for index, pair in enumerate(data.get("relations") or []):
            where = f"relations[{index}]"
            if not isinstance(pair, list) or len(pair) != 2:
                raise ValueError(f"{where}: give [part, whole]")
            rows.append(f"({_name(pair[0], where)}, {_name(pair[1], where)})")
        if not rows:
            raise ValueError(f"{values['ranges_file']}: no 'relations:' entries")
        return {"relations": ", ".join(rows)}


class ExpectNoMojibake(NewsExpectation):
    """Text decoded with the wrong encoding: UTF-8 read as Latin-1 ("Ã©", "â€™")."""

    description: str = "No text shows UTF-8 read as Latin-1 (Ã©, â€™): re-decode the source."
    sql_template: ClassVar[str] = """
        SELECT article_id,
               'mojibake "' || regexp_extract(body, {around}) || '" (UTF-8 read as Latin-1)'
               AS message
        FROM {batch}
        WHERE regexp_matches(body, {marks})
        ORDER BY article_id
    """

    @classmethod
    def sql_values(cls, values: dict[str, Any], suite_dir: Path | None) -> dict[str, str]:
        marks = r"Ã[\x80-\xbf©¨«¯¶¼½]|â€.|Â[ \xa0]"
        return {"marks": _regex_literal(marks),
                # a plain group: "(?:" followed by a letter would read as a bind parameter
                "around": _regex_literal(rf".{{0,30}}({marks}).{{0,30}}")}


class ExpectNoMediaResidue(NewsExpectation):
    """What is left of removed media: a paragraph ending in a colon that introduced a map, a
    video or a tweet, and photo captions and credits ("Beeld X/TASS", "... - AFP")."""

    description: str = ("No residue of removed media: a paragraph ending in a colon with "
                        "nothing after it, or a photo caption or credit.")
    sql_template: ClassVar[str] = """
        SELECT article_id, residue, 'residue of removed media: "' || residue || '"' AS message
        FROM (
            SELECT article_id,
                   trim(unnest(regexp_extract_all(body, {pattern})), ' "''“”‘’') AS residue
            FROM {batch}
        )
        ORDER BY article_id
    """

    @classmethod
    def sql_values(cls, values: dict[str, Any], suite_dir: Path | None) -> dict[str, str]:
        names = values["credits"]
        if not isinstance(names, list) or not all(isinstance(n, str) and n for n in names):
            raise ValueError(f"credits: {names!r} is not a list of agency names")
        credits = "|".join(re.escape(name) for name in names)
        captions = values["caption_words"]
        if not isinstance(captions, list) or not all(isinstance(w, str) and w for w in captions):
            raise ValueError(f"caption_words: {captions!r} is not a list of words")
        caption = "|".join(re.escape(word) for word in captions)
        pattern = (r"(?m)([^\n.!?]{3,160}:)[ \t]*$"
                   rf"|(({caption}) [A-Z][^\n]{{0,80}}/[A-Za-z][^\n]{{0,40}})$"
                   rf"|([^\n]{{10,200}} - ({credits}))[ \t]*$")
        return {"pattern": _regex_literal(pattern)}

    defaults: ClassVar[dict[str, Any]] = {
        "credits": ["AFP", "ANP", "AP", "Reuters", "EPA", "NOS", "Getty Images",
                    "Hollandse Hoogte"],
        # the word a photo credit starts with: "Beeld Valery Sharifulin/TASS"
        "caption_words": ["Beeld", "Foto", "Photo"]}


class ExpectConsistentNameSpellings(NewsExpectation):
    """One name spelled several ways across the corpus (Tokajev / Tokayev): one finding per
    name, listing the spellings and the articles that use each."""

    description: str = ("A name is spelled one way across the corpus (transliterations of "
                        "Cyrillic j/y: Tokajev / Tokayev). Only j/y: c/k and oe/u variants are "
                        "mostly different names (Becker / Bekker, Catherine / Katherine).")
    sql_template: ClassVar[str] = """
        WITH words AS (
            SELECT article_id, unnest(regexp_extract_all(body, {capitalised})) AS word
            FROM {batch}
        ), keyed AS (
            SELECT DISTINCT article_id, word,
                   replace(replace(lower(word), 'ij', 'y'), 'j', 'y') AS name_key
            FROM words WHERE length(word) >= 6
        ), groups AS (
            SELECT name_key, list(DISTINCT word ORDER BY word) AS spellings,
                   list(DISTINCT article_id ORDER BY article_id) AS article_ids
            FROM keyed GROUP BY name_key HAVING count(DISTINCT word) > 1
        )
        SELECT article_ids, spellings,
               'one name, ' || len(spellings) || ' spellings: '
               || array_to_string(spellings, ' / ') AS message
        FROM groups
        ORDER BY name_key
    """

    @classmethod
    def sql_values(cls, values: dict[str, Any], suite_dir: Path | None) -> dict[str, str]:
        return {"capitalised": _regex_literal(r"\b[A-Z][a-z]{3,}\b")}


NEWS_EXPECTATIONS = {
    "expect_no_mojibake": ExpectNoMojibake,
    "expect_no_media_residue": ExpectNoMediaResidue,
    "expect_consistent_name_spellings": ExpectConsistentNameSpellings,
    "expect_claims_within_ranges": ExpectClaimsWithinRanges,
    "expect_claim_relations_to_hold": ExpectClaimRelationsToHold,
    "expect_no_date_mentions_after_publication": ExpectNoDateMentionsAfterPublication,
    "expect_weekdays_to_match_dates": ExpectWeekdaysToMatchDates,
    "expect_date_cues_to_agree": ExpectDateCuesToAgree,
}
