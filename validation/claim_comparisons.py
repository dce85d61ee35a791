"""The `claim_comparisons` table: every two comparable claims of different articles, classified
once in the compare stage (the expectations only pick the verdicts they report), and the
unconfirmed figures an article gives beside a firm one of its own that does not bear them out
(a hedged tension within one article: "mogelijk vier vermisten" beside "houdt het op één").

Comparable: same metric; articles of one story (the `stories` table: the same event, or
articles linked by rare names they share; a story of more than `max_story_articles` is a chain
of stories that share names and is not compared, an event always is), published at most
`max_days_apart` days apart; groups and places equal or one within the other (police within
security forces within everybody, scopes.yml; Almaty within Kazakhstan, the places table);
in a story counted in several countries, a figure of no place is one country's only when its
article names that country (or its towns) alone.
Background figures (a sentence dated a month or more before publication, an earlier reading
such as "rose from 9 to 14") are no report of the current figure and are left out.

The publication windows of reported_claims order a pair, and on one day the parts of it the
figures were reported in (the morning's toll before the evening's); each row has a `verdict`
and the `reason` for it (REASONS: the reason's verdict and the words a report uses for it):
- intervals that overlap are consistent; lenient readings that overlap, or figures within the
  metric's tolerance (ranges.yml `tolerances:`), approximate;
- a part below its whole is consistent; above it on the same day, scope_inconsistency;
- same single day: disjoint figures are a contradiction, hedged_tension when either is hedged,
  unordered when either is vague; a report that says it is still being added to and gives
  the smaller figure comes before one of its day that does not, and one that names the figure
  it replaces ("in plaats van 140") after one of its day that does not;
- one before the other: a cumulative count that grew (or rose above an earlier lower bound:
  "at least 16", then 37), or any other metric that changed, is an update; a cumulative count
  that shrank (and did not narrow its group or place) a regression;
- overlapping windows: unordered, rather than a guess.
An article that gives several figures for one metric and group (several incidents, or an
earlier reading) disagrees with another only when none of its figures agrees; one pair of
articles saying the same two figures twice is one row.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from validation.config import load_yaml_file, where_key
from validation.errors import Problem, SuiteError
from validation.extract.claims import OWNED_METRICS as OWNERS_READ
from validation.extract.dates import names_another_day, since_pattern
from validation.extract.lexicon import (
    available_languages,
    every_pack_clause_words,
    every_pack_words_pattern,
    load_pack,
    phrase_pattern,
)

# Counts of people and things an event has, and the damage it did: what sources report,
# update and contradict. Other amounts, percentages, crowds and populations differ between
# stories far more than they contradict each other, so they are not compared by default; nor
# are flights cancelled, which one airline's share ("KLM schrapte 187") and everybody's (318)
# give side by side with no owner read reliably.
COMPARED_METRICS = ("deaths", "injured", "hospitalized", "intensive_care", "arrests", "beheaded",
                    "missing", "displaced", "released", "killed_and_injured", "troops", "cases",
                    "votes", "seats", "turnout", "damage", "homes_destroyed", "homes_damaged")
# Figures that belong to someone named (a party's votes and seats; the extractor puts the owner
# in `subject`): compared only between two figures of one owner, never with an unowned one
OWNED_METRICS = tuple(sorted(OWNERS_READ))
# Rates of a place (turnout): compared only for the same place (a district's rate is no part of
# the city's and may well exceed it), and two of one day are never a contradiction (they are
# read through the day: turnout at noon, at the close)
RATE_METRICS = ("turnout",)
# Estimates (the damage an event did): two of one day that disagree are estimates that
# disagree, a hedged tension, never a contradiction
ESTIMATE_METRICS = ("damage",)
# Running totals: a later, smaller figure is a regression. Missing is not one: the missing are
# found, alive or dead.
CUMULATIVE_METRICS = ("deaths", "injured", "arrests", "beheaded", "displaced",
                      "killed_and_injured", "released", "homes_destroyed", "homes_damaged")
# Figures that are no count of now, never compared: one added to an earlier one ("three more
# bodies"), one a count may rise to ("kan oplopen tot 1000"), a first report the writer
# says was superseded ("Aanvankelijk meldde de brandweer twaalf gewonden") and an average or
# rate over many events ("an average of 20 people a year") (reported_claims.time_frame)
NO_COUNT_FRAMES = ("increment", "forecast", "superseded", "average")
# Groups whose count of people held (arrests) is how many are held now, rising and falling
# (prisoners are released, escape, are recaptured): a later, smaller such count is an update,
# not a regression (their dead and injured still only grow).
STOCK_GROUPS = ("prisoners",)
# Counts of people held, away from home, in hospital, missing or hurt: one said of now
# ("still", "nog"; reported_claims.time_frame 'now') falls as they leave it ("nog vijf
# gewonden", those still in care, or five more), so it is no running total and no reading of
# a count so far of the same day ("3,000 evacuated", "400 still away")
NOW_COUNT_METRICS = ("arrests", "displaced", "hospitalized", "injured", "intensive_care",
                     "missing")
# A story's follow-up names a day, or a month at most, of the story's first days ("op 15 juli",
# "the crash in July"; compare.update_follow_ups)
FOLLOW_UP_MENTION_DAYS = 31
SETTINGS_FILE = "comparisons.yml"
SCOPES_FILE = "scopes.yml"
TOLERANCES_FILE = "ranges.yml"

# reason: (verdict, what it means, as a report says it)
REASONS: dict[str, tuple[str, str]] = {
    "other_group_or_place": ("not_comparable", "the figures count other groups or places"),
    "country_unsaid": ("not_comparable", "the story counts in several countries and one "
                       "figure says no place: its article names another country, or none or "
                       "several where the other figure names its country"),
    "scopes_cross": ("not_comparable", "one figure's group is the narrower, the other's place: "
                     "neither lies within the other"),
    "counts_of_other_days": ("not_comparable", "each figure counts the day its own clause "
                             "names, and the days differ"),
    "now_and_so_far": ("not_comparable", "one figure counts those still held, away, in "
                       "hospital, hurt or missing, the other all so far: the first may be "
                       "the smaller on the same day"),
    "intervals_overlap": ("consistent", "the figures agree"),
    "lenient_overlap": ("approximate", "the figures agree when read as loosely as written"),
    "within_tolerance": ("approximate", "the figures differ by less than the metric's tolerance"),
    "part_below_whole": ("consistent", "a part is below its whole"),
    "part_above_whole": ("scope_inconsistency", "a part is larger than its whole on the same "
                         "day: a stale figure or a different source"),
    "town_and_unplaced": ("consistent", "a town's figure and one for no place may count "
                          "different areas"),
    "hedged_disagree": ("hedged_tension", "the figures disagree on the same day and at least "
                        "one is hedged: unverified reports that disagree"),
    "hedged_beside_firm": ("hedged_tension", "one article gives an unconfirmed figure above a "
                           "firm one of the same day that does not bear it out"),
    "same_article": ("not_comparable", "two figures of one article that are no tension (such "
                     "pairs are not written)"),
    "estimates_disagree": ("hedged_tension", "two estimates disagree on the same day (the "
                           "damage, perhaps of other parts or in other currencies)"),
    "vague_same_day": ("unordered", "a vague figure and a count of the same day cannot be put "
                       "in order"),
    "rate_same_day": ("unordered", "a rate read through the day (turnout at noon, at the "
                      "close) and another of the same day cannot be put in order"),
    "disagree_same_day": ("contradiction", "the figures disagree on the same day and neither "
                          "is hedged"),
    "later_larger": ("update", "the later report gives a larger figure: an update"),
    "later_above_bound": ("update", "the later report gives a figure above the earlier one's "
                          "lower bound: an update"),
    "later_smaller": ("update", "the later report gives a smaller figure: an update"),
    "later_larger_narrower": ("update", "the later report gives a larger figure: an update "
                              "(of a narrower group or place)"),
    "later_smaller_narrower": ("update", "the later report gives a smaller figure: an update "
                               "(of a narrower group or place)"),
    "later_none": ("consistent", "nobody, days later: another incident, not a running total "
                   "taken back to zero"),
    "later_narrower": ("consistent", "the later, smaller figure counts a narrower group or "
                       "place"),
    "later_revised": ("update", "the later report revises the figure down and says so: a "
                      "correction, not a stale figure"),
    "later_total_holds": ("consistent", "the later report's own total is as large: the "
                          "smaller figure is a part of it, not the running total shrunk"),
    "later_smaller_total": ("regression", "the later report gives a smaller cumulative count: "
                            "a stale figure or a change of scope"),
    "stale_in_follow_up": ("regression", "a follow-up weeks or months later gives an earlier, "
                           "smaller reading of the story's running total: a stale figure"),
    "later_below_hedged": ("update", "the later report gives a smaller count than an earlier "
                           "unconfirmed one, which said it was unconfirmed: not borne out, "
                           "no stale figure"),
    "windows_overlap": ("unordered", "the figures disagree but the articles cannot be ordered "
                        "(publication windows overlap): an update if one is later, a "
                        "contradiction if not"),
    "another_figure_agrees": ("consistent", "another figure of the same article agrees"),
}
VERDICTS = tuple(dict.fromkeys(verdict for verdict, _ in REASONS.values()))
# verdicts that say two figures disagree, as opposed to agree or cannot be compared
DISAGREEMENTS = tuple(v for v in VERDICTS
                      if v not in ("not_comparable", "consistent", "approximate"))


def part_whole_pairs(data: dict[str, Any], key: str) -> list[tuple[str, str]]:
    """The [part, whole] metric pairs of a ranges file's list `key` ("relations",
    "linked_parts"); a ValueError saying which item is wrong."""
    pairs = []
    for index, pair in enumerate(data.get(key) or []):
        where = f"{key}[{index}]"
        if not isinstance(pair, list) or len(pair) != 2:
            raise ValueError(f"{where}: give [part, whole]")
        for name in pair:
            if not isinstance(name, str) or not name.replace("_", "").isalnum():
                raise ValueError(f"{where}: {name!r} is not a metric name (letters, digits, _)")
        pairs.append((pair[0], pair[1]))
    return pairs


@dataclass(frozen=True)
class ComparisonSettings:
    """How claims are paired and classified: comparisons.yml, scopes.yml and the tolerances
    of ranges.yml in the expectations folder, each optional."""

    metrics: tuple[str, ...] = COMPARED_METRICS
    cumulative_metrics: tuple[str, ...] = CUMULATIVE_METRICS
    stock_groups: tuple[str, ...] = STOCK_GROUPS
    owned_metrics: tuple[str, ...] = OWNED_METRICS
    rate_metrics: tuple[str, ...] = RATE_METRICS
    estimate_metrics: tuple[str, ...] = ESTIMATE_METRICS
    max_days_apart: int = 4
    # a story this large is more likely a chain of stories sharing names than one story
    max_story_articles: int = 12
    scopes: dict[str, str] = field(default_factory=dict)  # group: the group it lies within
    tolerances: dict[str, float] = field(default_factory=dict)  # metric or default: percent
    # [part, whole] metrics whose part always lies within the whole (ranges.yml `relations:`)
    relations: tuple[tuple[str, str], ...] = ()

    @classmethod
    def read(cls, folder: Path | None) -> ComparisonSettings:
        """The settings of an expectations folder (defaults for a file it lacks)."""
        if folder is None or not folder.is_dir():
            return cls()
        settings = _mapping(folder / SETTINGS_FILE)
        lists = ("metrics", "cumulative_metrics", "owned_metrics", "rate_metrics",
                 "estimate_metrics", "stock_groups")
        unknown = set(settings) - {*lists, "max_days_apart", "max_story_articles"}
        problems = [Problem(f"unknown setting {name!r}",
                            where=where_key(folder / SETTINGS_FILE, str(name)),
                            fix=f"known: {', '.join(lists)}, max_days_apart, "
                                "max_story_articles") for name in sorted(map(str, unknown))]
        values: dict[str, Any] = {}
        for name in lists:
            if name in settings:
                names = settings[name]
                if not isinstance(names, list) or not all(isinstance(n, str) and n.isidentifier()
                                                          for n in names):
                    problems.append(Problem(f"{name}: {names!r} is not a list of names",
                                            where=where_key(folder / SETTINGS_FILE, name),
                                            fix="write [deaths, injured, ...]"))
                elif name == "owned_metrics" and set(names) - OWNERS_READ:
                    problems.append(Problem(
                        f"owned_metrics: {sorted(set(names) - OWNERS_READ)} carry no "
                        "owner in claims", where=where_key(folder / SETTINGS_FILE, name),
                        fix=f"name only metrics whose owner is read: {list(OWNED_METRICS)}"))
                else:
                    values[name] = tuple(names)
        for name, most in (("max_days_apart", 3650), ("max_story_articles", 1_000_000)):
            if name in settings:
                number = settings[name]
                if isinstance(number, bool) or not isinstance(number, int) \
                        or not 0 <= number <= most:
                    problems.append(Problem(
                        f"{name}: {number!r} is not a whole number from 0 to {most:,}",
                        where=where_key(folder / SETTINGS_FILE, name),
                        fix=f"write {name}: {getattr(cls, name)}"))
                else:
                    values[name] = number
        scopes = _mapping(folder / SCOPES_FILE).get("subjects") or {}
        ranges = _mapping(folder / TOLERANCES_FILE)
        tolerances = ranges.get("tolerances") or {}
        try:
            relations = part_whole_pairs(ranges, "relations")
        except ValueError as error:
            problems.append(Problem(str(error),
                                    where=where_key(folder / TOLERANCES_FILE, "relations"),
                                    fix="- [hospitalized, injured]"))
            relations = []
        bad_scopes = [str(k) for k, v in scopes.items() if not (
            isinstance(k, str) and isinstance(v, str))] if isinstance(scopes, dict) else [""]
        if bad_scopes:
            problems.append(Problem("subjects: give part: whole, one per line",
                                    where=where_key(folder / SCOPES_FILE, "subjects",
                                                    bad_scopes[0]),
                                    fix="police: security_forces"))
            scopes = {}
        bad_tolerances = [str(k) for k, v in tolerances.items() if not (
            isinstance(k, str) and not isinstance(v, bool) and isinstance(v, int | float)
            and 0 <= v <= 100)] if isinstance(tolerances, dict) else [""]
        if bad_tolerances:
            problems.append(Problem("tolerances: give metric: percent (from 0 to 100)",
                                    where=where_key(folder / TOLERANCES_FILE, "tolerances",
                                                    bad_tolerances[0]),
                                    fix="default: 2"))
            tolerances = {}
        problems.extend(_scope_loops(scopes, folder / SCOPES_FILE))
        if problems:
            raise SuiteError(problems)
        return cls(**values, scopes=dict(scopes),
                   tolerances={k: float(v) for k, v in tolerances.items()},
                   relations=tuple(relations))

    def scope_paths(self) -> list[tuple[str, str]]:
        """(group, path) for every group of scopes.yml: police -> 'all/security_forces/police',
        so containment is a prefix test."""
        rows = []
        for subject in sorted(set(self.scopes) | set(self.scopes.values())):
            chain = [subject]
            while chain[-1] in self.scopes:
                chain.append(self.scopes[chain[-1]])
            rows.append((subject, "/".join(reversed(chain))))
        return rows


def _mapping(path: Path) -> dict[str, Any]:
    data = load_yaml_file(path, SuiteError) if path.exists() else None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SuiteError(Problem("expected a mapping", where=str(path),
                                  fix="write name: value lines"))
    return data


def _scope_loops(scopes: dict[str, str], path: Path) -> list[Problem]:
    problems = []
    for subject in scopes:
        seen, current = {subject}, subject
        while current in scopes:
            current = scopes[current]
            if current in seen:
                problems.append(Problem(f"subjects loop at {current}", where=str(path),
                                        fix="each group lies within a larger one, never itself"))
                break
            seen.add(current)
    return problems


# A name folded so that spellings of one name meet: case and accents dropped, Dutch and
# English transliterations joined (Kazachstan / Kazakhstan, Tokajev / Tokayev, Kovačič /
# Kovacic, Qaddafi / Kaddafi).
NAME_KEY_SQL = """regexp_replace(regexp_replace(
    strip_accents(lower({name})), 'ij|j|yy', 'y', 'g'), 'ch|kh|q', 'k', 'g')"""
# ... and for a place also y as i (Tyrol / Tirol)
SITE_KEY_SQL = "replace(" + NAME_KEY_SQL + ", 'y', 'i')"

_COMPARISONS = """
    CREATE OR REPLACE TABLE claim_comparisons AS
    WITH scopes AS (SELECT * FROM scope_rows),
    tolerances AS (SELECT * FROM tolerance_rows),
    sites AS (
        -- a town or region most of a story's articles name is where it happened:
        -- a figure "in Tilburg" of an outbreak in Tilburg counts the whole story, no part
        -- (a place the reference lacks is keyed by its folded name: "Tyrol", "Tirol")
        SELECT st.story_id, coalesce(p.place_key, {site_key_name}) AS place_key
        FROM stories st JOIN article_names n USING (article_id)
        LEFT JOIN places p ON p.name_key = lower(n.name)
        WHERE p.kind IS DISTINCT FROM 'country' AND st.story_articles >= 2
        GROUP BY ALL
        HAVING count(DISTINCT st.article_id) * 2 > any_value(st.story_articles)
    ), story_places AS (
        -- how many towns a story's figures of one metric name (folded like the sites); the
        -- town of the hospital someone was taken to is not where it happened ("a woman died
        -- overnight in hospital in Wesel")
        SELECT st.story_id, r.metric, count(DISTINCT {site_key_place}) AS towns
        FROM reported_claims r JOIN stories st USING (article_id)
        WHERE r.place_key IS NOT NULL AND NOT r.background
          AND NOT regexp_matches(r.place_key, '^[A-Z][A-Z]$')
          AND NOT list_bool_or(list_transform($care_places, lambda p: contains(
                  lower(r.quote), p || ' ' || lower(r.location))))
        GROUP BY ALL
    ), article_countries AS (
        -- the one country an article names, or whose towns it names, in its text or in its
        -- figures' places (none when it names none or several: a crash in Wesel of a train
        -- from Amsterdam)
        SELECT article_id, CASE WHEN count(DISTINCT country) = 1 THEN any_value(country) END
                               AS named_country
        FROM (SELECT n.article_id, left(p.place_key, 2) AS country
              FROM article_names n JOIN places p ON p.name_key = lower(n.name)
              UNION ALL
              SELECT article_id, left(place_key, 2) FROM reported_claims
              WHERE regexp_matches(place_key, '^[A-Z][A-Z](/|$)'))
        GROUP BY article_id
    ), story_countries AS (
        -- how many countries a story's figures of one metric are placed in (a storm across
        -- two countries, each with its own toll)
        SELECT st.story_id, r.metric, count(DISTINCT left(r.place_key, 2)) AS countries
        FROM reported_claims r JOIN stories st USING (article_id)
        WHERE NOT r.background AND regexp_matches(r.place_key, '^[A-Z][A-Z](/|$)')
        GROUP BY ALL
    ), principal_candidates AS (
        -- a group within everybody (scopes.yml) that most of a story's articles count is
        -- everybody the story is about: "Eighteen miners were injured" at a mine and "25
        -- mensen raakten gewond" are one figure told twice, not a part and its whole ...
        SELECT st.story_id, r.subject
        FROM reported_claims r JOIN stories st USING (article_id)
        JOIN scopes s USING (subject)
        WHERE starts_with(s.path, 'all/') AND st.story_articles >= 2 AND NOT r.background
          AND NOT list_contains($no_count_frames, coalesce(r.time_frame, ''))
        GROUP BY ALL
        HAVING count(DISTINCT st.article_id) * 2 > any_value(st.story_articles)
    ), agreeing_groups AS (
        -- ... and the story somewhere gives the group's figure for everybody too (18 miners
        -- injured, and "Of the 18 injured"): without that, 14 students among 17 dead are a part
        SELECT DISTINCT st.story_id, g.subject
        FROM reported_claims g JOIN stories st USING (article_id)
        JOIN reported_claims w ON w.metric = g.metric
        JOIN stories ws ON ws.article_id = w.article_id AND ws.story_id = st.story_id
        WHERE coalesce(w.subject, 'all') = 'all' AND g.subject IS NOT NULL
          AND NOT g.background AND NOT w.background
          AND w.value_low <= coalesce(g.value_high, g.value_low)
          AND coalesce(w.value_high, w.value_low) >= g.value_low
    ), principal_groups AS (
        -- ... when it is the only one (miners and rescuers, students and teachers: neither)
        SELECT * FROM principal_candidates JOIN agreeing_groups USING (story_id, subject)
        QUALIFY count(*) OVER (PARTITION BY story_id) = 1
    ), groups_beside_everybody AS (
        -- ... unless an article counts that group beside a larger figure of the metric for
        -- everybody ("25 gewonden, onder wie 18 mijnwerkers")
        SELECT DISTINCT g.article_id, g.subject, g.metric
        FROM reported_claims g JOIN reported_claims w USING (article_id, metric)
        WHERE coalesce(w.subject, 'all') = 'all' AND g.subject IS NOT NULL
          AND g.subject <> 'all' AND NOT g.background AND NOT w.background
          AND NOT list_contains($no_count_frames, coalesce(g.time_frame, ''))
          AND NOT list_contains($no_count_frames, coalesce(w.time_frame, ''))
          AND w.value_low > coalesce(g.value_high, g.value_low)
    ), event_readings AS (
        -- a follow-up's figure whose own sentence dates the story's event to its days ("The
        -- March 3 fire, which injured 19", "Bij de ontsporing op 15 juli kwamen 34 mensen
        -- om"): background to its article, a reading of that story's event to the story
        -- (only when every old day its sentence names is one of those days and dates an
        -- event; "Op 15 juli werden 20 doden geteld" is a count of that day; and not when the
        -- sentence gives another figure of it, telling how it grew: "kwamen 30 mensen ter
        -- plaatse om; vier anderen overleden later")
        SELECT r.claim_id
        FROM reported_claims r JOIN claims cl USING (claim_id)
        JOIN stories st ON st.article_id = r.article_id
        JOIN follow_ups f ON f.follow_up_story_id = st.story_id
        JOIN articles a ON a.article_id = r.article_id
        JOIN date_mentions m ON m.article_id = r.article_id
             AND m.char_start >= cl.char_start - length(r.quote)
             AND m.char_start <= cl.char_end + length(r.quote)
             AND contains(r.quote, m.text)
        WHERE r.background AND m.kind NOT IN ('duration', 'day_count')
          AND m.resolved_end < a.published_start - INTERVAL 30 DAY
          AND NOT EXISTS (SELECT 1 FROM claims o
                          WHERE o.article_id = r.article_id AND o.metric = r.metric
                            AND o.claim_id <> r.claim_id AND o.quote = cl.quote)
        GROUP BY r.claim_id, f.story_id
        HAVING bool_and(m.resolved_end - m.resolved_start <= $follow_up_mention_days
                        AND m.resolved_start <= f.event_to AND m.resolved_end >= f.event_from
                        AND (regexp_matches(lower(substr(a.body, greatest(m.char_start - 39, 1),
                                                         least(m.char_start, 40))),
                                            $event_before_day)
                             OR regexp_matches(lower(substr(a.body, m.char_end + 1, 30)),
                                               $event_after_day)))
    ), put_forward AS (
        -- an unconfirmed figure said as a bound from above in words that put it forward ("as
        -- many as eight may have died", "zouden tot wel twintig ...") is compared as said, not
        -- as anything below it; a ceiling ("at most five", "hooguit vijf") stays a ceiling
        SELECT r.claim_id
        FROM reported_claims r JOIN claims cl USING (claim_id)
        JOIN articles a ON a.article_id = r.article_id
        WHERE r.hedged AND r.qualifier = 'at_most' AND r.value_high IS NOT NULL
          AND regexp_matches(lower(substr(a.body, greatest(cl.char_start - 23, 1),
                                          least(cl.char_start, 24))), $put_forward)
    ), figures AS (
        SELECT r.* REPLACE (
                   CASE WHEN r.claim_id IN (SELECT claim_id FROM put_forward)
                        THEN r.value_high ELSE r.value_low END AS value_low,
                   CASE WHEN r.claim_id IN (SELECT claim_id FROM put_forward)
                        THEN r.value_high ELSE r.lenient_low END AS lenient_low),
               r.claim_id IN (SELECT claim_id FROM event_readings) AS event_reading,
               CASE WHEN EXISTS (SELECT 1 FROM principal_groups g
                                 WHERE g.story_id = st.story_id AND g.subject = r.subject)
                         AND NOT EXISTS (SELECT 1 FROM groups_beside_everybody b
                                         JOIN stories bs USING (article_id)
                                         WHERE bs.story_id = st.story_id
                                           AND b.subject = r.subject AND b.metric = r.metric)
                    THEN 'all' ELSE coalesce(s.path, r.subject) END AS subject_path,
               coalesce(r.time_frame = 'now', false)
                   AND list_contains($now_count_metrics, r.metric) AS count_of_now,
               -- (a count of one day is no running total; one of now is, for the dead)
               coalesce(CASE WHEN r.time_frame <> 'now' THEN r.time_frame = 'cumulative' END,
                        list_contains($cumulative, r.metric)
                        AND NOT (r.metric = 'arrests'
                                 AND coalesce(list_contains($stock_groups, r.subject), false))
                        AND NOT count_of_now)
                   AS cumulative,
               st.story_id, st.story_articles,
               -- the site, not said as where the people counted came from ("46 gewonden uit
               -- Imzouren"), and the only town the story's figures of this metric name (a fire
               -- that spread: "400 evacuated in Monchique" may be a part of 1,400)
               EXISTS (SELECT 1 FROM sites site
                       WHERE site.story_id = st.story_id
                         AND site.place_key IN (r.place_key, {site_key_place}))
               AND NOT list_bool_or(list_transform($origin_prepositions, lambda p: contains(
                       ' ' || lower(r.quote), ' ' || p || ' ' || lower(r.location))))
               AND coalesce((SELECT towns FROM story_places sp
                             WHERE sp.story_id = st.story_id AND sp.metric = r.metric), 0)
                   <= 1 AS at_site,
               -- the country a figure counts in: its place's, or for a figure of no place the
               -- one country its article names (none for a town the reference lacks)
               CASE WHEN regexp_matches(r.place_key, '^[A-Z][A-Z](/|$)')
                        THEN left(r.place_key, 2)
                    WHEN r.place_key IS NULL THEN ac.named_country END AS country,
               regexp_matches(coalesce(r.place_key, ''), '^[A-Z][A-Z](/|$)') AS placed_in_country,
               coalesce(sc.countries, 0) AS story_countries,
               coalesce(r.developing, false) AS developing
        FROM reported_claims r LEFT JOIN scopes s USING (subject)
        JOIN stories st USING (article_id)
        LEFT JOIN article_countries ac USING (article_id)
        LEFT JOIN story_countries sc ON sc.story_id = st.story_id AND sc.metric = r.metric
        WHERE r.article_id IS NOT NULL AND r.value_low IS NOT NULL
          AND list_contains($metrics, r.metric)
    ), c AS (
        -- ("30 gewonden, van wie vier in het ziekenhuis" is no unnamed part: the hospital's)
        -- (nor an increment: "three more bodies" is no count of the whole; nor a forecast)
        -- (nor a part of a narrower group: "Nine remain in hospital, six of them with serious
        -- injuries" counts only some of the injured)
        SELECT * FROM figures WHERE (NOT background OR event_reading) AND NOT unnamed_part
                                AND NOT list_contains($no_count_frames,
                                                      coalesce(time_frame, ''))
                                AND NOT coalesce(list_contains($narrower_wholes,
                                                               whole_metric || ' < ' || metric),
                                                 false)
    ), latest AS (
        -- a story's last reading of a figure (of its metric, group and place): what a follow-up
        -- weeks later is held to, not a first count the story itself went on to correct
        SELECT *, reported_start = max(reported_start) OVER (
                      PARTITION BY story_id, metric, coalesce(subject_path, 'all'), place_key)
                      AS latest_in_story
        FROM c
    ), story_pairs AS (
        -- a story with itself, and with each story that follows it up (compare.follow_ups,
        -- the earlier story first) or that it follows up
        SELECT DISTINCT story_id, story_id AS other_story_id, false AS follow_up,
               NULL AS a_earlier FROM c
        UNION ALL
        SELECT story_id, follow_up_story_id, true, true FROM follow_ups
        UNION ALL
        SELECT follow_up_story_id, story_id, true, false FROM follow_ups
    ), pairs AS (
        SELECT a.*, b.claim_id AS b_claim_id, b.article_id AS b_article_id,
               b.value_low AS b_low, b.value_high AS b_high, b.lenient_low AS b_lenient_low,
               b.lenient_high AS b_lenient_high, b.hedged AS b_hedged, b.revised AS b_revised,
               b.reported_start AS b_start, b.reported_end AS b_end, b.said AS b_said,
               b.quote AS b_quote, b.scope AS b_scope,
               b.subject AS b_subject, b.location AS b_location, b.qualifier AS b_qualifier,
               b.day_part AS b_day_part, b.day_part_on AS b_day_part_on,
               b.counted_day AS b_counted_day, b.time_frame AS b_time_frame,
               b.held_day AS b_held_day, b.so_far AS b_so_far,
               b.place_key AS b_place_key, b.country AS b_country,
               b.placed_in_country AS b_placed_in_country, b.developing AS b_developing,
               sp.follow_up,
               a.cumulative AND b.cumulative AS both_cumulative,
               a.count_of_now <> b.count_of_now AS now_and_so_far,
               -- one figure for a town (a city, or a place the reference lacks), the other
               -- for no place: the town's may count only part of the other's
               a.place_key IS NOT NULL AND b.place_key IS NULL AND NOT a.at_site
                   AND NOT regexp_matches(a.place_key, '^[A-Z][A-Z]$') AS a_in_a_town,
               b.place_key IS NOT NULL AND a.place_key IS NULL AND NOT b.at_site
                   AND NOT regexp_matches(b.place_key, '^[A-Z][A-Z]$') AS b_in_a_town,
               -- no group named is everybody: within it lie the groups scopes.yml nests,
               -- beside it those it does not ("none of the hostages was hurt, apart from
               -- one man": the man is not compared with the hostages' none)
               CASE WHEN coalesce(a.subject_path, 'all') = coalesce(b.subject_path, 'all')
                        THEN 0
                    WHEN starts_with(a.subject_path, coalesce(b.subject_path, 'all') || '/')
                        THEN -1
                    WHEN starts_with(b.subject_path, coalesce(a.subject_path, 'all') || '/')
                        THEN 1
               END AS subject_order,
               -- a place named alone, or a figure for the whole area, makes an unplaced
               -- figure comparable with a placed one ("92 doden in Imzouren alleen al"
               -- within the toll; "7,400 in Laško" within "6,000 across the country")
               CASE -- a rate (turnout) is compared only for the same place
                    WHEN list_contains($rates, a.metric) THEN
                        CASE WHEN a.place_key IS NOT DISTINCT FROM b.place_key THEN 0 END
                    -- a figure for several places listed ("in Mozambique, Zimbabwe en
                    -- Malawi") is compared only with another for the same list
                    WHEN a.scope = 'several' OR b.scope = 'several' THEN
                        CASE WHEN a.scope IS NOT DISTINCT FROM b.scope
                                  AND a.place_key IS NOT DISTINCT FROM b.place_key THEN 0 END
                    WHEN a.place_key IS NOT DISTINCT FROM b.place_key THEN 0
                    -- (a figure at the story's site counts its whole already: "vijf doden"
                    -- in Emmerich, where the train derailed, and "in totaal zes" a day later)
                    -- (... unless the whole is a wider area's: "landelijk 312", and the
                    -- site's two)
                    WHEN b.place_key IS NULL
                         AND (a.scope = 'part' OR (b.scope = 'whole' AND (
                             NOT a.at_site OR regexp_matches(lower(b.quote), $area_wholes))))
                        THEN -1
                    WHEN a.place_key IS NULL
                         AND (b.scope = 'part' OR (a.scope = 'whole' AND (
                             NOT b.at_site OR regexp_matches(lower(a.quote), $area_wholes))))
                        THEN 1
                    WHEN a.place_key IS NULL OR b.place_key IS NULL THEN 0
                    -- ... nor of a wider place's figure whose sentence places the site in
                    -- it ("six killed in the derailment near Emmerich in western Germany" and
                    -- "five" in Emmerich; "twintig agenten in Kazachstan, ... in Almaty en
                    -- Nur-Sultan" may count more than Almaty's thirteen)
                    WHEN starts_with(a.place_key, b.place_key || '/')
                        THEN CASE WHEN a.at_site AND list_bool_or(list_transform(
                                           $place_within, lambda w: contains(' ' || lower(b.quote),
                                           ' ' || lower(a.location) || ' ' || w || ' ')))
                                  THEN 0 ELSE -1 END
                    WHEN starts_with(b.place_key, a.place_key || '/')
                        THEN CASE WHEN b.at_site AND list_bool_or(list_transform(
                                           $place_within, lambda w: contains(' ' || lower(a.quote),
                                           ' ' || lower(b.location) || ' ' || w || ' ')))
                                  THEN 0 ELSE 1 END
               END AS place_order,
               coalesce((SELECT t.percent FROM tolerances t WHERE t.metric = a.metric),
                        (SELECT t.percent FROM tolerances t WHERE t.metric = 'default'), 0)
                   AS tolerance_percent
        FROM latest a JOIN story_pairs sp ON sp.story_id = a.story_id
        JOIN latest b
          ON b.story_id = sp.other_story_id AND a.metric = b.metric
         -- (and within one article, an unconfirmed figure beside a firm one)
         AND (a.article_id < b.article_id
              OR (a.article_id = b.article_id AND a.claim_id < b.claim_id
                  AND a.hedged <> b.hedged))
        -- an event is one story whatever its size; a story of names grown this large is a
        -- chain of stories that share names (judged on dpgmedia: mostly different events)
        WHERE (starts_with(a.story_id, 'event:') OR a.story_articles <= $max_story_articles)
          -- (a follow-up's reading of the story's event is compared with that story alone)
          AND NOT (CASE WHEN sp.follow_up AND sp.a_earlier THEN a.event_reading
                        WHEN sp.follow_up THEN b.event_reading
                        ELSE a.event_reading OR b.event_reading END)
          AND (NOT sp.follow_up OR (b.story_articles <= $max_story_articles
                                    AND CASE WHEN sp.a_earlier THEN a.latest_in_story
                                             ELSE b.latest_in_story END
                                    -- the follow-up repeats a reading the story itself gave
                                    -- before its last: a stale figure, not a new incident's
                                    -- ("De aardbeving van 9 maart ...: 37 doden" after 37,
                                    -- then 52; not "Op 11 maart ontplofte er ook al een
                                    -- explosief" beside a new blast's 2 injured)
                                    AND EXISTS (
                                        SELECT 1 FROM latest e
                                        WHERE e.story_id = CASE WHEN sp.a_earlier
                                                                THEN a.story_id
                                                                ELSE b.story_id END
                                          AND e.metric = a.metric AND NOT e.latest_in_story
                                          -- (of the group, or of everybody: a first count
                                          -- is often said of no group or place)
                                          AND coalesce(e.subject_path, 'all') IN ('all',
                                              coalesce(CASE WHEN sp.a_earlier
                                                            THEN a.subject_path
                                                            ELSE b.subject_path END, 'all'))
                                          AND e.value_low <= coalesce(CASE WHEN sp.a_earlier
                                                                           THEN b.value_high
                                                                           ELSE a.value_high
                                                                      END, 1e308)
                                          AND coalesce(e.value_high, 1e308)
                                              >= CASE WHEN sp.a_earlier THEN b.value_low
                                                      ELSE a.value_low END)))
          -- one party's votes are never compared with another's, nor with nobody's
          AND (NOT list_contains($owned, a.metric) OR a.subject = b.subject)
          -- (a story and its follow-up are weeks apart: only a running total that shrank
          -- is kept of their pairs)
          AND ((b.reported_start <= a.reported_end + to_days($max_days_apart)
                AND a.reported_start <= b.reported_end + to_days($max_days_apart))
               OR (sp.follow_up AND a.cumulative AND b.cumulative))
    ), judged AS (
        SELECT *,
               -- -1: a is the part of b, 1: b is the part of a, 0: same scope, NULL: the
               -- group narrows one way and the place the other
               CASE WHEN subject_order + place_order = 0 AND subject_order <> 0 THEN NULL
                    ELSE sign(subject_order + place_order) END AS part,
               coalesce(value_high, 1e308) >= b_low AND coalesce(b_high, 1e308) >= value_low
                   AS strict_overlap,
               -- one figure within the other's lenient reading ("tientallen" read loosely
               -- holds 12); both loosened at once would let 3,200 and 4,100 agree
               (coalesce(lenient_high, 1e308) >= b_low
                AND coalesce(b_high, 1e308) >= lenient_low)
               OR (coalesce(b_lenient_high, 1e308) >= value_low
                   AND coalesce(value_high, 1e308) >= b_lenient_low) AS lenient_overlap,
               -- the gap between the two intervals is at most the tolerance's share of the
               -- larger figure ("1,026 vs 1,031 injured")
               gap <= greatest(value_low, b_low) * tolerance_percent / 100 AS within_tolerance,
               one_day AND NOT parts_differ AND NOT days_differ AND NOT part_days_differ
                   AND NOT developing_differs AND NOT revision_differs AS same_day,
               CASE WHEN days_differ THEN counted_day < b_counted_day
                    WHEN parts_differ THEN day_part < b_day_part
                    WHEN part_days_differ
                        THEN coalesce(day_part_on, reported_start)
                             < coalesce(b_day_part_on, b_start)
                    WHEN developing_differs THEN developing
                    WHEN revision_differs THEN b_revised
                    ELSE reported_end <= b_start END AS a_first,
               CASE WHEN days_differ THEN b_counted_day < counted_day
                    WHEN parts_differ THEN b_day_part < day_part
                    WHEN part_days_differ
                        THEN coalesce(b_day_part_on, b_start)
                             < coalesce(day_part_on, reported_start)
                    WHEN developing_differs THEN b_developing
                    WHEN revision_differs THEN revised
                    ELSE b_end <= reported_start END AS b_first,
               value_low > coalesce(b_high, 1e308) AS a_larger
        FROM (SELECT *,
                     reported_start = reported_end AND b_start = b_end
                         AND reported_start = b_start AS one_day,
                     -- one day, in other parts of it (the morning's toll, the evening's; "By
                     -- midday on Sunday" and "By Sunday evening"): in order
                     coalesce(day_part_on = b_day_part_on AND day_part <> b_day_part, false)
                         AS parts_differ,
                     -- ... or parts of different days ("By Saturday evening, 38", "By
                     -- lunchtime on Sunday, 31"), or a figure held by a part of a day before
                     -- the day a total so far was reported on ("By Sunday evening, 27" and
                     -- Monday's "in totaal 33"; not Monday's "Nine were injured in the
                     -- crash", which may count Sunday's): in the order of those days
                     coalesce(day_part_on <> b_day_part_on
                              OR (b_day_part_on IS NULL AND b_so_far AND b_start = b_end
                                  AND held_day < b_start)
                              OR (day_part_on IS NULL AND so_far
                                  AND reported_start = reported_end
                                  AND b_held_day < reported_start), false)
                         AS part_days_differ,
                     -- reported the same day, of other days the figures' clauses name ("on
                     -- Friday", "on Saturday"): in their order
                     coalesce(reported_start = reported_end AND b_start = b_end
                              AND reported_start = b_start AND counted_day <> b_counted_day,
                              false)
                         AS days_differ,
                     -- ... or one day's reports, one of them still being added to ("Dit bericht
                     -- wordt aangevuld") and the smaller: that one is the day's first (a larger
                     -- first figure is no growth, the two still disagree)
                     coalesce(reported_start = reported_end AND b_start = b_end
                              AND reported_start = b_start
                              AND ((developing AND NOT b_developing
                                    AND coalesce(value_high, value_low) < b_low)
                                   OR (b_developing AND NOT developing
                                       AND coalesce(b_high, b_low) < value_low)),
                              false) AS developing_differs,
                     -- ... or one day's reports, one of them saying it revised its figure or
                     -- naming the figure it replaces ("nu 210 bewoners geëvacueerd in plaats
                     -- van 140"): that one is the later
                     coalesce(reported_start = reported_end AND b_start = b_end
                              AND reported_start = b_start AND revised <> b_revised, false)
                         AS revision_differs,
                     -- how far apart the two intervals are (below zero: they overlap)
                     greatest(value_low - coalesce(b_high, 1e308),
                              b_low - coalesce(value_high, 1e308)) AS gap
              FROM pairs)
    ), reasoned AS (
        SELECT *,
            CASE
                -- one article's unconfirmed figure above its firm one, of the same group and
                -- place, neither said of a part or a whole, the unconfirmed one in a sentence
                -- that names no other time (a rumour's toll beside the confirmed one; not
                -- "Zaterdagochtend ... twee",
                -- "Zaterdagavond zou ... vijf", "sinds het begin van de oorlog zouden 2.000",
                -- "in heel Nederland zouden tien"; a smaller unconfirmed figure is mostly a
                -- part the words do not name: "er zouden zes kinderen gewond zijn" beside
                -- twenty injured)
                WHEN article_id = b_article_id THEN
                    CASE WHEN subject_order = 0
                              AND (place_key IS NOT DISTINCT FROM b_place_key
                                   OR place_key IS NULL OR b_place_key IS NULL)
                              AND scope IS NULL AND b_scope IS NULL AND NOT parts_differ
                              -- (nor a part of the day the firm one's sentence does not name:
                              -- "By Monday morning ... three", "By Monday evening ... seven")
                              AND list_has_all(
                                  regexp_extract_all(lower(CASE WHEN hedged THEN b_quote
                                                                ELSE quote END),
                                                     $day_part_words),
                                  regexp_extract_all(lower(CASE WHEN hedged THEN quote
                                                                ELSE b_quote END),
                                                     $day_part_words))
                              AND NOT now_and_so_far AND NOT lenient_overlap
                              AND NOT within_tolerance AND a_larger = hedged
                              AND (a_larger OR value_high < b_low)
                              -- (the unconfirmed one's sentence names no time of its own:
                              -- the firm one's "vrijdagavond" is the event's)
                              AND NOT EXISTS (
                                  SELECT 1 FROM date_mentions m
                                  WHERE m.article_id = j.article_id AND m.kind <> 'duration'
                                    AND contains(CASE WHEN j.hedged THEN j.quote
                                                      ELSE j.b_quote END, m.text)
                                    AND NOT contains(CASE WHEN j.hedged THEN j.b_quote
                                                          ELSE j.quote END, m.text))
                        THEN 'hedged_beside_firm'
                         ELSE 'same_article' END
                -- other people or other towns: not the same figure
                WHEN subject_order IS NULL OR place_order IS NULL THEN 'other_group_or_place'
                WHEN part IS NULL THEN 'scopes_cross'
                -- "38 injured on Saturday" and "31 injured on Friday", reported the same day:
                -- each a count of its own day
                WHEN days_differ AND time_frame = 'period' AND b_time_frame = 'period'
                    THEN 'counts_of_other_days'
                -- none on a day its clause names ("There were no deaths on the coast on
                -- Sunday") beside another named day's count or a running total: that day's
                -- count, as a total never falls back to none (beside a figure of no day named
                -- it may be a correction: "Earlier reports had been wrong")
                WHEN (value_high = 0 AND counted_day IS NOT NULL
                      AND (b_counted_day <> counted_day OR b_so_far))
                     OR (b_high = 0 AND b_counted_day IS NOT NULL
                         AND (counted_day <> b_counted_day OR so_far))
                    THEN 'counts_of_other_days'
                -- (of one day, in other parts of it too: "nine still in hospital" in the
                -- morning is no earlier reading of 31 injured by the evening)
                WHEN (same_day OR parts_differ) AND now_and_so_far THEN 'now_and_so_far'
                -- a storm across two countries: a figure of no place is no reading of one
                -- country's figure unless its article names that country alone ("a third person
                -- has died" in an article of Dutch towns is no reading of Belgium's two)
                WHEN story_countries >= 2
                     AND ((placed_in_country AND b_place_key IS NULL AND b_country IS NULL)
                          OR (b_placed_in_country AND place_key IS NULL AND country IS NULL)
                          OR country <> b_country) THEN 'country_unsaid'
                -- "at least 16" in the morning, 37 by the evening: the toll rose ("hundreds
                -- of thousands" is too vague to say so; "more than 50" after "at least 50" is
                -- the same number said with another bound)
                WHEN part = 0 AND qualifier IS DISTINCT FROM 'vague'
                     AND b_qualifier IS DISTINCT FROM 'vague'
                     AND NOT (value_high IS NULL AND b_high IS NULL
                              AND qualifier <> b_qualifier AND abs(value_low - b_low) <= 1)
                     AND ((a_first AND NOT b_first AND value_high IS NULL AND b_low > value_low)
                          OR (b_first AND NOT a_first AND b_high IS NULL
                              AND value_low > b_low)) THEN 'later_above_bound'
                WHEN strict_overlap THEN 'intervals_overlap'
                WHEN lenient_overlap THEN 'lenient_overlap'
                WHEN within_tolerance THEN 'within_tolerance'
                WHEN part <> 0 AND (part = -1) <> a_larger THEN 'part_below_whole'
                WHEN same_day AND part <> 0 AND NOT (hedged OR b_hedged)
                    THEN 'part_above_whole'
                WHEN same_day AND part <> 0 THEN 'hedged_disagree'
                WHEN same_day AND (a_in_a_town OR b_in_a_town) THEN 'town_and_unplaced'
                WHEN same_day AND (hedged OR b_hedged) THEN 'hedged_disagree'
                WHEN same_day AND list_contains($estimates, metric) THEN 'estimates_disagree'
                -- "dozens" in the morning, "200" by the evening: no order
                WHEN same_day AND (qualifier = 'vague' OR b_qualifier = 'vague')
                    THEN 'vague_same_day'
                -- a turnout is read through the day
                WHEN same_day AND list_contains($rates, metric) THEN 'rate_same_day'
                WHEN same_day THEN 'disagree_same_day'
                WHEN a_first OR b_first THEN
                    -- two reports of one day in order: a count for that day is still a
                    -- running total through it (37 by the evening after 40 in the afternoon)
                    CASE WHEN NOT (both_cumulative OR (parts_differ
                                                       AND list_contains($cumulative, metric)))
                              OR a_first <> a_larger THEN
                             CASE WHEN a_first = a_larger THEN 'later_smaller'
                                  ELSE 'later_larger' END
                             || CASE WHEN part <> 0 THEN '_narrower' ELSE '' END
                         -- "er is niemand aangehouden" days later is another incident
                         WHEN (a_first AND b_high = 0) OR (b_first AND value_high = 0)
                             THEN 'later_none'
                         -- the later, smaller report counts a narrower group or place
                         WHEN (a_first AND part = 1) OR (b_first AND part = -1)
                              OR (a_first AND b_in_a_town) OR (b_first AND a_in_a_town)
                             THEN 'later_narrower'
                         -- the later report says it revised the figure down
                         WHEN (a_first AND b_revised) OR (b_first AND revised)
                             THEN 'later_revised'
                         -- an unconfirmed figure is no reading of the running total
                         WHEN (a_first AND hedged) OR (b_first AND b_hedged)
                             THEN 'later_below_hedged'
                         -- the later article's own toll of the same group and place is as
                         -- large, firmly ("two more bodies ..., raising the toll to six" after
                         -- four): the smaller figure is a part of it, the total did not shrink
                         -- (one side is the later here: a_first, else b_first)
                         WHEN EXISTS (
                                  SELECT 1 FROM figures o
                                  WHERE o.article_id = CASE WHEN a_first THEN j.b_article_id
                                                            ELSE j.article_id END
                                    AND o.metric = j.metric AND NOT o.background
                                    AND o.claim_id NOT IN (j.claim_id, j.b_claim_id)
                                    AND o.grounding = 'toll' AND NOT o.hedged
                                    AND coalesce(o.subject, 'all') = coalesce(
                                        CASE WHEN a_first THEN j.b_subject ELSE j.subject END,
                                        'all')
                                    AND o.place_key IS NOT DISTINCT FROM
                                        CASE WHEN a_first THEN j.b_place_key ELSE j.place_key END
                                    AND o.value_low >= CASE WHEN a_first THEN j.value_low
                                                            ELSE j.b_low END)
                             THEN 'later_total_holds'
                         ELSE 'later_smaller_total' END
                ELSE 'windows_overlap'
            END AS first_reason,
            -- an article with several figures for one metric, group and place (several
            -- incidents, "86 dead in all, four in this attack", or an earlier reading, "six
            -- arrests, down from 47") disagrees with a figure only when none of them agrees
            -- (a figure of another named place is no other reading: "twee in Zeeland"
            -- beside "drie in heel Nederland")
            -- (for a part and its whole: another figure of the whole's group that the part
            -- fits within, "twee doden" at 09.20 and "een derde dode" at 11.15)
            -- (nor a vaguer figure the article's own figure lies within: "Dozens were hurt
            -- ... police said 38" is no other reading of 31; an earlier reading is)
            CASE WHEN j.article_id = j.b_article_id THEN EXISTS (
                -- (within one article: a firm figure of its own bears the unconfirmed one out)
                SELECT 1 FROM figures o
                WHERE o.article_id = j.article_id AND o.metric = j.metric
                  AND o.claim_id NOT IN (j.claim_id, j.b_claim_id) AND NOT o.hedged
                  AND NOT o.background
                  AND NOT list_contains($no_count_frames, coalesce(o.time_frame, ''))
                  AND coalesce(o.subject, 'all') = coalesce(
                      CASE WHEN j.hedged THEN j.subject ELSE j.b_subject END, 'all')
                  AND o.place_key IS NOT DISTINCT FROM j.place_key
                  AND coalesce(o.lenient_high, 1e308) >= CASE WHEN j.hedged THEN j.lenient_low
                                                              ELSE j.b_lenient_low END
                  AND o.lenient_low <= coalesce(CASE WHEN j.hedged THEN j.lenient_high
                                                     ELSE j.b_lenient_high END, 1e308))
            ELSE EXISTS (
                SELECT 1 FROM figures o
                WHERE o.article_id = j.b_article_id AND o.metric = j.metric
                  AND o.claim_id <> j.b_claim_id AND (NOT o.background OR o.earlier_reading)
                  AND NOT coalesce(o.place_key <> j.b_place_key, false)
                  -- (not a figure of earlier in the day than the one compared: "'s ochtends
                  -- nog negen" beside 23 by the evening is no other reading of the evening;
                  -- nor one added to a figure, "nog veertien", nor a forecast)
                  AND NOT coalesce(o.day_part_on IS NOT DISTINCT FROM j.b_day_part_on
                                   AND o.day_part < j.b_day_part, false)
                  AND NOT list_contains($no_count_frames, coalesce(o.time_frame, ''))
                  AND (o.earlier_reading OR o.lenient_low > j.b_lenient_low
                       OR coalesce(o.lenient_high, 1e308) < coalesce(j.b_lenient_high, 1e308))
                  AND (((coalesce(o.subject, 'all') = coalesce(j.subject, 'all')
                         OR (o.earlier_reading AND o.subject IS NULL))
                        AND coalesce(o.lenient_high, 1e308) >= j.lenient_low
                        AND coalesce(j.lenient_high, 1e308) >= o.lenient_low)
                       OR (j.part = -1 AND coalesce(o.subject, 'all') = coalesce(j.b_subject, 'all')
                           AND coalesce(o.lenient_high, 1e308) >= j.lenient_low)))
            OR EXISTS (
                SELECT 1 FROM figures o
                WHERE o.article_id = j.article_id AND o.metric = j.metric
                  AND o.claim_id <> j.claim_id AND (NOT o.background OR o.earlier_reading)
                  AND NOT coalesce(o.place_key <> j.place_key, false)
                  AND NOT coalesce(o.day_part_on IS NOT DISTINCT FROM j.day_part_on
                                   AND o.day_part < j.day_part, false)
                  AND NOT list_contains($no_count_frames, coalesce(o.time_frame, ''))
                  AND (o.earlier_reading OR o.lenient_low > j.lenient_low
                       OR coalesce(o.lenient_high, 1e308) < coalesce(j.lenient_high, 1e308))
                  AND (((coalesce(o.subject, 'all') = coalesce(j.b_subject, 'all')
                         OR (o.earlier_reading AND o.subject IS NULL))
                        AND coalesce(o.lenient_high, 1e308) >= j.b_lenient_low
                        AND coalesce(j.b_lenient_high, 1e308) >= o.lenient_low)
                       OR (j.part = 1 AND coalesce(o.subject, 'all') = coalesce(j.subject, 'all')
                           AND coalesce(o.lenient_high, 1e308) >= j.b_lenient_low))) END
                AS another_agrees
        FROM judged j
    ), classified AS (
        SELECT *,
               CASE WHEN another_agrees AND first_reason IN (
                           SELECT reason FROM reason_rows
                           WHERE verdict NOT IN ('consistent', 'not_comparable'))
                       THEN 'another_figure_agrees'
                    WHEN follow_up AND first_reason = 'later_smaller_total'
                       THEN 'stale_in_follow_up'
                    ELSE first_reason END AS reason
        FROM reasoned
    )
    SELECT c.metric, c.story_id, c.story_articles,
           c.claim_id AS claim_a, c.b_claim_id AS claim_b,
           c.article_id AS article_a, c.b_article_id AS article_b,
           c.said AS said_a, c.b_said AS said_b,
           c.reported_start AS start_a, c.reported_end AS end_a,
           c.b_start AS start_b, c.b_end AS end_b,
           c.hedged AS hedged_a, c.b_hedged AS hedged_b,
           c.subject AS subject_a, c.b_subject AS subject_b,
           c.location AS location_a, c.b_location AS location_b,
           c.part, r.verdict, c.reason, c.tolerance_percent,
           -- what the part is within: the places when they differ, else the groups
           CASE WHEN c.part = 0 OR c.part IS NULL THEN NULL
                WHEN c.place_order <> 0 THEN
                    coalesce(CASE WHEN c.part = -1 THEN c.location ELSE c.b_location END,
                             'the whole area') || ' within '
                    || coalesce(CASE WHEN c.part = -1 THEN c.b_location ELSE c.location END,
                                'the whole area')
                ELSE coalesce(CASE WHEN c.part = -1 THEN c.subject ELSE c.b_subject END,
                              'everybody') || ' within '
                     || coalesce(nullif(CASE WHEN c.part = -1 THEN c.b_subject ELSE c.subject
                                        END, 'all'), 'everybody')
           END AS part_within
    FROM classified c JOIN reason_rows r USING (reason)
    -- (of one article's pairs only its tensions are comparisons; of a story and its
    -- follow-up, only a running total that shrank: their other pairs are weeks apart)
    WHERE (c.article_id <> c.b_article_id OR c.reason = 'hedged_beside_firm')
      AND (NOT c.follow_up OR c.reason = 'stale_in_follow_up')
    -- the same two figures said twice by one pair of articles are one comparison; and one
    -- pair of articles disagrees once about one figure (a metric of one group and place): of
    -- several figures an article gives for it ("veertien gewonden", "Dinsdag ging het nog om
    -- negen"), the one closest to the other article's is its counterpart (both windows in one
    -- order, so the first comparison of rows linked either way is always kept)
    QUALIFY row_number() OVER (PARTITION BY c.article_id, c.b_article_id, c.metric, r.verdict,
                               c.said, c.b_said ORDER BY gap, c.claim_id, c.b_claim_id) = 1
        AND (r.verdict IN ('consistent', 'not_comparable')
             OR row_number() OVER (
                    PARTITION BY c.article_id, c.b_article_id, c.metric, r.verdict,
                                 coalesce(c.subject_path, 'all'), coalesce(c.b_subject, 'all'),
                                 c.place_key, c.b_place_key
                    ORDER BY gap, c.claim_id, c.b_claim_id) = 1)
    ORDER BY c.metric, c.article_id, c.b_article_id, c.claim_id, c.b_claim_id
"""


# An update from one report to a later one that a report between them already splits into
# steps (37 on Monday, 40 on Tuesday, 52 on Wednesday: 37 -> 52 is 37 -> 40 -> 52) names that
# report: the updates a reader needs are the steps, not every pair of a long series. The report
# between counts the same group and place as both, on a day between theirs, with a figure
# between theirs (one join of the pair with the story's figures: a join through the pairs
# themselves grew with the cube of a story's reports, and 600 reports of one event ran out of
# memory); only the updates it names are written, the table is not copied.
_THROUGH = """
    ALTER TABLE claim_comparisons ADD COLUMN through_claim VARCHAR;
    UPDATE claim_comparisons c SET through_claim = t.through_claim
    FROM (
        WITH figures AS (
            -- (no group named is everybody, as in the pairs)
            SELECT r.claim_id, st.story_id, r.metric, coalesce(r.subject, 'all') AS subject,
                   r.place_key, r.value, r.reported_start, r.reported_end
            FROM reported_claims r JOIN stories st USING (article_id)
            WHERE NOT r.background AND r.value IS NOT NULL
        ), spans AS (
            SELECT c.claim_a, c.claim_b, c.story_id, c.metric, a.subject, a.place_key,
                   least(c.end_a, c.end_b) AS after_day,
                   greatest(c.start_a, c.start_b) AS before_day,
                   least(a.value, b.value) AS low, greatest(a.value, b.value) AS high
            FROM claim_comparisons c
            JOIN figures a ON a.claim_id = c.claim_a JOIN figures b ON b.claim_id = c.claim_b
            WHERE c.verdict = 'update' AND (c.end_a < c.start_b OR c.end_b < c.start_a)
              AND a.subject IS NOT DISTINCT FROM b.subject
              AND a.place_key IS NOT DISTINCT FROM b.place_key
        )
        SELECT s.claim_a, s.claim_b, min(f.claim_id) AS through_claim
        FROM spans s JOIN figures f
          ON f.story_id = s.story_id AND f.metric = s.metric
         AND f.subject IS NOT DISTINCT FROM s.subject
         AND f.place_key IS NOT DISTINCT FROM s.place_key
         AND f.reported_start > s.after_day AND f.reported_end < s.before_day
         AND f.value BETWEEN s.low AND s.high
        GROUP BY ALL
    ) t
    WHERE c.claim_a = t.claim_a AND c.claim_b = t.claim_b
"""


def _drop_tensions_of_another_time(con: duckdb.DuckDBPyConnection) -> None:
    """A tension within one article whose unconfirmed figure's sentence names another time
    ("Eerder deze week zouden ... vijf", "Last week ... reportedly") or a period up to now
    ("Sinds het begin van de oorlog zouden ruim 2.000"), which the firm one's does not: the
    rumour counts another event or a running total, no reading of the firm figure."""
    rows = con.execute("""
        SELECT c.claim_a, c.claim_b, coalesce(a.language, a.language_detected),
               CASE WHEN c.hedged_a THEN ra.quote ELSE rb.quote END,
               CASE WHEN c.hedged_a THEN rb.quote ELSE ra.quote END
        FROM claim_comparisons c JOIN articles a ON a.article_id = c.article_a
        JOIN reported_claims ra ON ra.claim_id = c.claim_a
        JOIN reported_claims rb ON rb.claim_id = c.claim_b
        WHERE c.article_a = c.article_b
    """).fetchall()
    drop = []
    for claim_a, claim_b, language, unconfirmed, firm in rows:
        if language not in available_languages():
            continue
        pack = load_pack(language)
        other = names_another_day(unconfirmed, pack) and not names_another_day(firm, pack)
        if other or since_pattern(pack.code).search(unconfirmed) \
                or _no_rumour_of_now(pack.code).search(unconfirmed):
            drop.append((claim_a, claim_b))
    if drop:
        con.executemany("DELETE FROM claim_comparisons WHERE claim_a = ? AND claim_b = ?", drop)


@functools.cache
def _no_rumour_of_now(code: str) -> re.Pattern[str]:
    """The words that make an unconfirmed figure no rumour of the firm one's count: another
    incident ("bij een tweede explosie"), a condition ("als de dijk doorbreekt"), a first
    report taken back ("aanvankelijk werd gemeld"), a year's total, a rise feared, a denial."""
    return phrase_pattern(load_pack(code).raw.get("clause_words", {}).get(
        "no_rumour_of_now", []) or ["\x00"])


def _day_part_words() -> str:
    """A regex of the words every pack names a part of the day with after a weekday, also as
    a compound's end ("zaterdagavond")."""
    words = sorted({word.lower() for code in available_languages()
                    for spec in (load_pack(code).raw["dates"].get("day_parts", {}) or {}).values()
                    for word in spec.get("after_weekday", [])}, key=len, reverse=True)
    return "(" + "|".join(re.escape(word) for word in words or ["\x00"]) + ")"


def _origin_prepositions() -> list[str]:
    """The words the language packs say name where people came from ("uit", "from")."""
    return sorted({word.lower() for code in available_languages()
                   for word in load_pack(code).raw.get("origin_prepositions", [])})


@dataclass
class ComparisonCounts:
    """What pairing found: pairs classified, per verdict, and claims of a story left out of
    every pair, per reason."""

    compared: int = 0
    verdicts: dict[str, int] = field(default_factory=dict)
    left_out: dict[str, int] = field(default_factory=dict)


def update_claim_comparisons(con: duckdb.DuckDBPyConnection,
                             settings: ComparisonSettings) -> ComparisonCounts:
    """Rebuild claim_comparisons from reported_claims and stories (both rebuilt each run)."""
    paths = settings.scope_paths()
    # read by DuckDB's replacement scan (con.register would need every earlier result of the
    # store's connection finished)
    scope_rows = pa.table(  # noqa: F841
        {"subject": [s for s, _ in paths], "path": [p for _, p in paths]},
        schema=pa.schema([("subject", pa.string()), ("path", pa.string())]))
    tolerance_rows = pa.table(  # noqa: F841
        {"metric": list(settings.tolerances), "percent": list(settings.tolerances.values())},
        schema=pa.schema([("metric", pa.string()), ("percent", pa.float64())]))
    reason_rows = pa.table({"reason": list(REASONS),  # noqa: F841
                            "verdict": [v for v, _ in REASONS.values()]})
    con.execute(_COMPARISONS.replace("{site_key_name}", SITE_KEY_SQL.format(name="n.name"))
                .replace("{site_key_place}", SITE_KEY_SQL.format(name="r.place_key")), {
        "metrics": list(settings.metrics), "cumulative": list(settings.cumulative_metrics),
        "narrower_wholes": [f"{part} < {whole}" for part, whole in settings.relations],
        "stock_groups": list(settings.stock_groups), "no_count_frames": list(NO_COUNT_FRAMES),
        "now_count_metrics": list(NOW_COUNT_METRICS),
        "owned": list(settings.owned_metrics), "rates": list(settings.rate_metrics),
        "estimates": list(settings.estimate_metrics),
        "max_days_apart": settings.max_days_apart,
        "max_story_articles": settings.max_story_articles,
        "follow_up_mention_days": FOLLOW_UP_MENTION_DAYS,
        "put_forward": every_pack_words_pattern("bound_put_forward", r"\s+$"),
        "area_wholes": every_pack_words_pattern("area_wholes"),
        # "de ontsporing op 15 juli", "the collision on 13 October", "the March 3 fire": a day
        # that dates an event
        "event_before_day": every_pack_words_pattern(
            "year_events", r"\s+(" + "|".join(every_pack_clause_words(
                "day_event_links", section="dates")) + r")\s+$", section="dates"),
        "event_after_day": "^\\s*" + every_pack_words_pattern("year_events", section="dates"),
        "origin_prepositions": _origin_prepositions(),
        # "hospital in", "ziekenhuis in": a place of care before a town
        "care_places": list(every_pack_clause_words("care_place")),
        # "in": a place after a town and this word holds the town
        "place_within": list(every_pack_clause_words("place_within")),
        # "morning", "avond" (in "zaterdagavond" too): the parts of a day a sentence names
        "day_part_words": _day_part_words()})
    _drop_tensions_of_another_time(con)
    con.execute(_THROUGH)
    counts = ComparisonCounts()
    counts.verdicts = dict(con.execute(
        "SELECT verdict, count(*) FROM claim_comparisons GROUP BY verdict ORDER BY verdict"
    ).fetchall())
    counts.compared = sum(counts.verdicts.values())
    counts.left_out = _left_out(con, settings)
    return counts


def _left_out(con: duckdb.DuckDBPyConnection, settings: ComparisonSettings) -> dict[str, int]:
    """Claims of a story with two articles or more that no pair holds, per reason: in a story
    too large to be one (a chain of stories sharing names), background (an earlier reading,
    a figure dated long before publication), a part of an earlier figure of no group
    named ("Six of the injured"), and each of NO_COUNT_FRAMES (an increment, "three more
    bodies"; a forecast, "kan oplopen tot 1000"; a first report said to be superseded,
    "aanvankelijk"; an average, "20 people a year")."""
    row = con.execute("""
        SELECT count(*) FILTER (WHERE NOT r.background AND NOT starts_with(st.story_id, 'event:')
                                  AND st.story_articles > $max_story_articles),
               count(*) FILTER (WHERE r.background),
               count(*) FILTER (WHERE NOT r.background AND r.unnamed_part),
               list(r.time_frame) FILTER (WHERE NOT r.background AND NOT r.unnamed_part
                                          AND list_contains($no_count_frames, r.time_frame))
        FROM reported_claims r JOIN stories st USING (article_id)
        WHERE r.value_low IS NOT NULL AND list_contains($metrics, r.metric)
          AND st.story_articles > 1
    """, {"metrics": list(settings.metrics), "no_count_frames": list(NO_COUNT_FRAMES),
          "max_story_articles": settings.max_story_articles}).fetchone()
    too_large, background, parts, frames = row
    return {"story_too_large": int(too_large), "background": int(background),
            "unnamed_part": int(parts),
            **{frame: (frames or []).count(frame) for frame in NO_COUNT_FRAMES}}
