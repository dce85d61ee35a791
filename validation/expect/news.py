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
from typing import Any, ClassVar

from great_expectations.expectations import UnexpectedRowsExpectation

# Sentences around a date that speak of the future ("de verkiezingen van 17 maart zullen",
# "from 1 October"): a date after publication is then expected, not a defect.
_FUTURE_WORDS = r"(zal|zullen|gaat|gaan|volgende|komende|vanaf|will|next|upcoming|from|until|tot)"


class NewsExpectation(UnexpectedRowsExpectation):
    """A news expectation: an SQL template with named parameters and their defaults."""

    sql_template: ClassVar[str] = ""
    defaults: ClassVar[dict[str, Any]] = {}

    @classmethod
    def build(cls, description: str | None = None, meta: dict | None = None,
              **parameters: Any) -> NewsExpectation:
        """An instance whose query has `parameters` (over the defaults) formatted in."""
        values = {**cls.defaults, **parameters}
        query = cls.sql_template.format(**{k: _literal(v) for k, v in values.items()},
                                        batch="{batch}")
        kwargs: dict[str, Any] = {"unexpected_rows_query": query, "meta": meta or {}}
        if description:
            kwargs["description"] = description
        return cls(**kwargs)


def _literal(value: Any) -> str:
    """A parameter as an SQL literal: whole numbers, ISO dates; anything else is refused."""
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
    sql_template: ClassVar[str] = f"""
        SELECT a.article_id, m.mention_id, m.text AS mention, m.resolved_start,
               coalesce(a.inferred_end, a.published_end) AS published_by,
               'mentions ' || m.text || ' (' || CAST(m.resolved_start AS VARCHAR)
               || '), after the publication window that ends '
               || CAST(coalesce(a.inferred_end, a.published_end) AS VARCHAR) AS message
        FROM {{batch}} a JOIN date_mentions m USING (article_id)
        WHERE m.kind IN ('absolute', 'holiday') AND m.resolved_start IS NOT NULL
          AND m.resolved_start > coalesce(a.inferred_end, a.published_end)
                                 + INTERVAL ({{tolerance_days}}) DAY
          AND NOT regexp_matches(lower(substr(a.body, greatest(1, m.char_start - 80), 200)),
                                 '\\b{_FUTURE_WORDS}\\b')
        ORDER BY a.article_id, m.char_start
    """


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


NEWS_EXPECTATIONS = {
    "expect_no_date_mentions_after_publication": ExpectNoDateMentionsAfterPublication,
    "expect_weekdays_to_match_dates": ExpectWeekdaysToMatchDates,
    "expect_date_cues_to_agree": ExpectDateCuesToAgree,
}
