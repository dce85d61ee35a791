"""Date mentions, resolved against a publication window; and the window the text supports.

Kinds: `absolute` (1 januari, 6 January 2022, January 6), `weekday` (woensdag; with a date,
"Wednesday 4 August 2020", the mention keeps both for the weekday check), `relative`
(gisteren, vannacht, yesterday, last night), `holiday` (Nieuwjaarsdag), `part_of_day`
('s middags), `day_count` (de derde dag), `duration` (twee weken), `elapsed` (drie maanden na
de ramp: the event's days, counted back from publication), `month` (in december, in December
2012) and `year` (in 1997, sinds 2012). Resolution gives a
window [start, end] of days, or none when the text alone cannot place it.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from validation.extract.lexicon import (
    MAX_SENTENCE_CHARS,
    LanguagePack,
    abbreviation_pattern,
    available_languages,
    first_words_of,
    load_pack,
    matches_at_words,
    phrase_pattern,
    trie_regex,
    word_index,
    words_before,
)
from validation.extract.numbers import YEAR, counted_noun_follows, number_value

ONE_DAY = dt.timedelta(days=1)


@dataclass
class DateMention:
    """One row of the date_mentions table (offsets into the article body)."""

    mention_id: str
    article_id: str
    text: str
    kind: str
    char_start: int
    char_end: int
    resolved_start: dt.date | None
    resolved_end: dt.date | None
    weekday: int | None = None  # 0 = Monday, when the mention names one
    # how the sentence states it: past (it happened), planned (scheduled, expected, a
    # deadline, the future), since (a start bound: "sinds woensdag") or unknown; only a past
    # date can be a date after publication
    tense: str = "unknown"


# the parts of a day a report can be made in, in order (dates.day_parts of a language pack)
DAY_PARTS = ("morning", "afternoon", "evening")


@dataclass(frozen=True)
class DayPart:
    """A part of a day named in the text ("maandagochtend", "this evening"): when in its day
    a figure was reported; `weekday` (0 = Monday) when it was written after one."""

    part: str
    weekday: int | None


def _day_part_words(code: str, *kinds: str) -> dict[str, str]:
    """{word: part of the day} of the pack's day_parts words of these kinds ("after_weekday",
    "alone", "in_clause")."""
    spec = load_pack(code).raw["dates"].get("day_parts") or {}
    return {w.lower(): part for part, words in spec.items() if part in DAY_PARTS
            for kind in kinds for w in words.get(kind, [])}


@functools.cache
def _day_part_pattern(code: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    pack = load_pack(code)
    after = _day_part_words(code, "after_weekday")
    alone = _day_part_words(code, "alone")
    if not after and not alone:
        return None
    return re.compile(rf"(?<![\w-])(?:({_pattern(pack.weekdays)})\s?({_pattern(list(after))})"
                      rf"|({_pattern(list(alone))}))(?![\w-])", re.IGNORECASE), after | alone


def find_day_parts(text: str, pack: LanguagePack, start: int, end: int) -> list[DayPart]:
    """The parts of a day named in text[start:end]: after a weekday ("Monday evening",
    "dinsdagmiddag") or alone as the publication day's ("vanochtend", "this morning")."""
    compiled = _day_part_pattern(pack.code)
    if compiled is None:
        return []
    pattern, part_of = compiled
    found = []
    for match in pattern.finditer(text, start, end):
        if match.group(1):
            found.append(DayPart(part_of[match.group(2).lower()],
                                 pack.weekdays.index(match.group(1).lower())))
        else:
            found.append(DayPart(part_of[match.group(3).lower()], None))
    return found


# the hours (from, up to) each part of a day holds, for a time a live blog stamps its entries
# with; the night before 05:00 is no part (the entry may belong to the day before)
DAY_PART_HOURS = {"morning": (5, 12), "afternoon": (12, 18), "evening": (18, 24)}


# the most days each month has in any year
_LONGEST_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def clock_time_exists(hour: int, minute: int, meridiem: str = "", second: int = 0) -> bool:
    """Whether a day has this time: seconds and minutes to 59, hours to 23 (24.00 is
    midnight), to 12 with a.m. or p.m. (0.30am is written too)."""
    if minute > 59 or second > 59:
        return False
    if meridiem:
        return hour <= 12
    return hour <= 23 or (hour == 24 and minute == 0)


@functools.cache
def _clock_times(code: str) -> tuple[str, tuple[re.Pattern[str], ...]]:
    """The pack's clock-time patterns, and the text a text must hold for any to match."""
    dates = load_pack(code).raw["dates"]
    return (dates.get("clock_time_hint", ""),
            tuple(re.compile(p, re.IGNORECASE) for p in dates.get("clock_times", [])))


@functools.cache
def _clock_stamp(code: str) -> re.Pattern[str] | None:
    pattern = load_pack(code).raw["dates"].get("clock_stamp")
    return re.compile(pattern, re.IGNORECASE | re.MULTILINE) if pattern else None


def find_clock_stamps(text: str, pack: LanguagePack) -> list[tuple[int, int, str]]:
    """(start, end, part of the day) of each paragraph a time opens, as a live blog stamps its
    entries ("07.45 uur: Zeker negen mensen ...", "6.15pm: ..."): when it was reported."""
    pattern = _clock_stamp(pack.code)
    if pattern is None or not any(c.isdigit() for c in text):
        return []
    found = []
    for match in pattern.finditer(text):
        hour, minute = int(match.group("hour")), int(match.group("minute"))
        meridiem = (match.groupdict().get("pm") or "").lower()[:1]
        if hour == 24 or not clock_time_exists(hour, minute, meridiem):
            continue
        # (12.15am is a quarter past midnight, 12.15pm past noon)
        hour = hour % 12 + (12 if meridiem == "p" else 0) if meridiem else hour
        part = next((p for p, (start, end) in DAY_PART_HOURS.items() if start <= hour < end),
                    None)
        if part is not None:
            end = text.find("\n", match.end())
            found.append((match.start(), len(text) if end < 0 else end, part))
    return found


@functools.cache
def _clause_parts(code: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    part_of = _day_part_words(code, "in_clause")
    return (re.compile(rf"(?<![\w-])(?:{_pattern(list(part_of))})(?![\w-])", re.IGNORECASE),
            part_of) if part_of else None


def clause_day_part(text: str, pack: LanguagePack, start: int, end: int) -> str | None:
    """The part of the day text[start:end] says a figure held in ("'s Ochtends ging de
    brandweer nog uit van negen gewonden": the morning): the last one said, or None."""
    compiled = _clause_parts(pack.code)
    matches = list(compiled[0].finditer(text, start, end)) if compiled else []
    return compiled[1][matches[-1].group(0).lower()] if matches else None


@functools.cache
def _held_by_pattern(code: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    pack = load_pack(code)
    held_by = pack.raw["dates"].get("held_by") or {}
    part_of = _day_part_words(code, "held_by")
    if not held_by.get("prepositions") or not part_of:
        return None
    weekday = _pattern(pack.weekdays)
    articles = _pattern(held_by.get("articles") or ["\x00"])
    on = _pattern(held_by.get("weekday_before") or ["\x00"])
    return re.compile(rf"(?<![\w-])(?:{_pattern(held_by['prepositions'])})\s+"
                      rf"(?:(?:{articles})\s+)?(?:(?P<before>{weekday})\s?)?"
                      rf"(?P<part>{_pattern(list(part_of))})"
                      rf"(?:\s+(?:{on})\s+(?P<after>{weekday}))?(?![\w-])",
                      re.IGNORECASE), part_of


@functools.cache
def held_by_sql_pattern() -> str:
    """The held-by phrases of every pack as one RE2 pattern for lower-cased text (DuckDB's
    regexp_matches: no look-behind), the words _held_by_pattern reads ("by sunday evening",
    "tegen de avond")."""
    prepositions, articles, weekdays, parts = set(), set(), set(), set()
    for code in available_languages():
        pack = load_pack(code)
        held_by = pack.raw["dates"].get("held_by") or {}
        prepositions.update(held_by.get("prepositions", []))
        articles.update(held_by.get("articles", []))
        weekdays.update(pack.weekdays)
        parts.update(_day_part_words(code, "held_by"))

    def words(values: set[str]) -> str:
        return _pattern([v.lower() for v in values]) or "\\x00"

    return (rf"(^|[^[:alnum:]_])({words(prepositions)})\s+(({words(articles)})\s+)?"
            rf"(({words(weekdays)})\s?)?({words(parts)})([^[:alnum:]_]|$)")


def held_by_day_part(text: str, pack: LanguagePack, start: int, end: int, figure_start: int,
                     figure_end: int) -> DayPart | None:
    """The part of a day that text[start:end] says the figure at [figure_start, figure_end)
    held by ("By Sunday evening police said 38", "By midday on Sunday, 31", "tegen het
    middaguur"), with its weekday when one is said: the one nearest the figure ("31 by midday
    and 38 by the evening"), or None."""
    compiled = _held_by_pattern(pack.code)
    matches = [m for m in (compiled[0].finditer(text, start, end) if compiled else ())
               if _holds_the_figure(text, m, figure_start, figure_end, pack)]
    if not matches:
        return None
    match = min(matches, key=lambda m: figure_start - m.end() if m.end() <= figure_start
                else m.start() - figure_end)
    weekday = match.group("before") or match.group("after")
    return DayPart(compiled[1][match.group("part").lower()],
                   pack.weekdays.index(weekday.lower()) if weekday else None)


def _holds_the_figure(text: str, match: re.Match[str], figure_start: int, figure_end: int,
                      pack: LanguagePack) -> bool:
    """Whether a held-by phrase is said of the figure: it opens its clause or ends it ("By
    Sunday evening police said 38", "31 were hurt by midday and"; not an agent or a cause,
    "arrested by evening patrols", "hurt by Sunday morning's explosion"), and no comma or
    conjunction stands between them but the one that sets it off ("By midday on Sunday, 31";
    not "By midday the fire was out, but officials said ... 40")."""
    before = text[max(0, match.start() - 40):match.start()]
    opens = re.search(r"(?:^|[,;:.!?(\n])\s*$", before) is not None or (
        (before.split() or [""])[-1].lower() in pack.conjunctions)
    after = text[match.end():match.end() + 40]
    ends = re.match(r"\s*(?:[,;:.!?)]|$)", after) is not None or (
        (after.split() or [""])[0].lower() in pack.conjunctions)
    if not (opens or ends):
        return False
    between = text[match.end():figure_start] if match.end() <= figure_start \
        else text[figure_end:match.start()]
    if match.end() <= figure_start:
        between = re.sub(r"^(?:['’]s\s+[^\W\d]+)?\s*,", "", between)  # "morning's count,"
    return re.search(r"[,;:]", between) is None and not (
        set(w.lower() for w in re.findall(r"[^\W\d]+", between)) & pack.conjunctions)


@functools.cache
def _other_days(code: str) -> re.Pattern[str]:
    pack = load_pack(code)
    dates = pack.raw["dates"]
    words = [w for w, (start, end) in (dates.get("relative_days") or {}).items()
             if (start, end) != (0, 0)] + [*pack.weekdays, *dates.get("other_times", [])]
    # (a weekday also opening a compound: "maandagavond"; a month as the pack writes it:
    # English "May" is the month, "may" a verb)
    months = "|".join(re.escape(m.capitalize()) for m in pack.months) \
        if dates.get("months_capitalised") else _pattern(pack.months)
    return re.compile(rf"(?<![\w-])(?:(?:{_pattern(pack.weekdays)})\w*|{_pattern(words)}"
                      rf"|(?-i:{months})|(?:1[89]|20)\d\d)(?![\w-])", re.IGNORECASE)


@functools.cache
def since_pattern(code: str) -> re.Pattern[str]:
    """"sinds", "since": a period that runs up to now starts after these."""
    return phrase_pattern(load_pack(code).raw["dates"].get("tense", {}).get("start_bound", [])
                          or ["\x00"])


def names_another_day(text: str, pack: LanguagePack) -> bool:
    """Whether text names a time other than the publication day ("gisteravond", "on Monday",
    "in 2015", "vorig jaar", "earlier"): a live blog's time or a part of the day said in the
    sentence then says nothing of when its figure was reported."""
    return _other_days(pack.code).search(text) is not None


@functools.cache
def _abbreviations(code: str) -> dict[str, int]:
    """A pack's month abbreviations and their months: each is the first month whose name
    starts with its letter and holds the rest in order (sept: september, mrt: maart)."""
    pack = load_pack(code)
    found = {}
    for short in pack.raw.get("month_abbreviations", []):
        short = short.lower()
        for number, name in enumerate(pack.months, 1):
            letters = iter(name)
            if name[0] == short[0] and all(letter in letters for letter in short[1:]):
                found[short] = number
                break
    return found


def _month_number(word: str, pack: LanguagePack) -> int:
    """1-12 for a month's name or its abbreviation ("Aug.")."""
    word = word.lower()
    if word in pack.months:
        return pack.months.index(word) + 1
    return _abbreviations(pack.code)[word.rstrip(".")]


@functools.cache
def _weekday_abbreviations(code: str) -> dict[str, int]:
    """A pack's weekday abbreviations and their weekdays (0 = Monday): "thu": 3."""
    return {short.lower(): int(day) for short, day in (load_pack(code).raw["dates"].get(
        "weekday_abbreviations", {}) or {}).items()}


def _pattern(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class _Patterns:
    absolute: re.Pattern[str]
    weekday_after: re.Pattern[str]  # "6 maart, een dinsdag": the date's weekday after it
    weekday: re.Pattern[str]
    weekday_day: re.Pattern[str] | None
    numeric_dated: re.Pattern[str] | None
    numeric_after_weekday: re.Pattern[str] | None
    weekday_before_figures: re.Pattern[str]  # "maandag " before "4-11-2019"
    weekday_link: re.Pattern[str] | None  # "of", "van" between a weekday and its date
    # "in week 13", "week 40 van 2057": an ISO week (groups "before", "word", "week", "year")
    iso_week: re.Pattern[str] | None
    # "vrijdag 22 tot en met ", "Thursday 22 to ", "17, ": a day (and its weekday) ending the
    # text before a date whose month it shares
    shared_month_day: re.Pattern[str] | None
    # "op ", "van ", "from ": a preposition of time before the first of such days
    shared_month_opener: re.Pattern[str] | None
    holiday: re.Pattern[str] | None
    holiday_from_now: re.Pattern[str] | None  # "vorige" before "Pasen", "next" before "Easter"
    holiday_in_name: re.Pattern[str] | None  # "Good Friday Agreement": no day
    relative: re.Pattern[str] | None
    # "vorig jaar", "this month": a calendar year or month counted from publication's
    relative_period: re.Pattern[str] | None
    # between a day and a year said from publication's: a link ("van"), or a range's joiner
    # and its other end ("en 31 maart")
    said_year_link: re.Pattern[str]
    period_units: dict[str, tuple[str, int]]  # "vorig jaar": ("year", -1)
    period_not_after: re.Pattern[str] | None
    # "next June", "last March": the next or last such month from publication
    month_from_now: re.Pattern[str] | None
    part_of_day: re.Pattern[str] | None
    day_count: re.Pattern[str] | None
    duration: re.Pattern[str] | None
    # "drie maanden na de ramp", "ten months after the collapse": an event's time counted
    # back from publication
    elapsed: re.Pattern[str] | None
    unit_days: dict[str, int]  # "maanden": 30
    month: re.Pattern[str] | None
    season: re.Pattern[str] | None  # "in de zomer van 2103": the season and the year
    # "in het derde kwartaal van 2019", "in Q3 2019": a quarter or half of a year (groups
    # "article", "ordinal", "unit", "code", "number", "year")
    part_of_year: re.Pattern[str] | None
    year: re.Pattern[str] | None
    # "the flood of 1953", "de watersnoodramp van 1953": a year after an event's noun
    event_year: re.Pattern[str] | None
    event_clause_after: re.Pattern[str]
    event_clause_before: re.Pattern[str]
    event_nouns: tuple[str, ...]
    # the words (and marks) a match of each phrase pattern starts with, by its field's name
    first_words: dict[str, tuple[frozenset[str], tuple[str, ...]]]


@functools.cache
def _patterns(code: str, ignore_case: bool) -> _Patterns:
    """The date regexes of one language pack, compiled once: for lower-cased text (faster),
    or case-insensitive for the rare text whose length changes when lower-cased."""
    pack = load_pack(code)
    dates = pack.raw["dates"]
    flags = re.IGNORECASE if ignore_case else 0
    months, weekdays = _pattern(pack.months), _pattern(pack.weekdays)
    # a day's month also abbreviated with a full stop ("Aug. 4", "4 sept.")
    abbreviated = _pattern([a + "." for a in _abbreviations(code)])
    day_months = f"{months}|{abbreviated}" if abbreviated else months
    # a day may be written as an ordinal ("27th March", "the 27th of March", "27e maart")
    suffix = rf"(?:{_pattern(dates['day_suffixes'])})?" if dates.get("day_suffixes") else ""
    link = rf"(?:(?:{_pattern(dates['day_month_links'])})\s+)?" \
        if dates.get("day_month_links") else ""
    # (a year in full, or its last two digits after an apostrophe: "16 juli '51")
    day_month = rf"(\d{{1,2}}){suffix}\s+{link}({day_months})(?:\s+(\d{{4}}|['’]\d\d))?"
    # "April 23" only where the language writes its dates so ("sinds april 23 mensen ziek" is
    # no date in Dutch); the groups stay, never matching, where it does not
    month_day = ("" if pack.month_first else "(?!)") \
        + rf"({day_months})\s+(\d{{1,2}}){suffix}(?:,?\s+(\d{{4}}|['’]\d\d))?"
    # a weekday before a date may be abbreviated ("Thu 19 March", "do 20 maart")
    shorts = list(_weekday_abbreviations(code))
    named_weekdays = _pattern(list(pack.weekdays) + shorts + [f"{short}." for short in shorts])
    ordinals = {k.lower(): v for k, v in dates.get("ordinals", {}).items()}
    day_count = None
    if ordinals and dates.get("day_count"):
        template = re.escape(dates["day_count"]).replace(r"\{ordinal\}",
                                                         rf"({_pattern(ordinals)})")
        day_count = re.compile(rf"(?<![\w-]){template}(?![\w-])", flags)
    # "in december", "sinds 2012": a month or a year after a preposition (a bare 2000 is a count)
    periods = _pattern(dates.get("period_prepositions", []))
    units = dates.get("duration_units", [])
    amount = rf"(\d+|{_pattern(list(pack.word_stems) + dates.get('duration_amounts', []))})"
    followers = _pattern(dates.get("day_followers", [])) or "\x00"
    # "dinsdagavond 18 maart", "Tuesday evening, March 18": a part of the weekday's day
    part_words = [w for part in (dates.get("day_parts", {}) or {}).values()
                  for w in part.get("after_weekday", [])]
    parts = _pattern(part_words) or "\x00"
    not_before = _pattern(dates.get("holiday_not_before", [])) or NOTHING
    holiday_names = [*pack.holidays, *(name.replace("'", "’") for name in pack.holidays
                                       if "'" in name)]
    year_parts = {unit.lower(): spec
                  for unit, spec in (dates.get("parts_of_year") or {}).items()}
    ordinals_of_parts = sorted({str(o).lower() for spec in year_parts.values()
                                for o in spec["ordinals"]})
    # "the Tuesday morning of 14 May", "de dinsdagochtend van 14 mei": the weekday's date
    of = rf"(?:\s+(?:{_pattern(dates['weekday_date_links'])}))?" \
        if dates.get("weekday_date_links") else ""
    return _Patterns(
        # (the date may stand in brackets after its weekday: "last Wednesday (10 November)")
        absolute=re.compile(rf"(?<![\w-])(?:({named_weekdays})(?:\s?(?:{parts}))?{of}"
                            rf"(?:,?\s+|\s*\(\s*)(?:(?:{_pattern(pack.articles)})\s+)?)?"
                            rf"(?:{day_month}|{month_day})(?![\w-])", flags),
        # (a part of the day may be written into it: "zondagavond")
        weekday=re.compile(rf"(?<![\w-])({weekdays})(?:{parts})?(?![\w-])", flags),
        # (with its year, or after a preposition of time: "vorige week 14 mensen", "per week
        # 13" are no ISO week; nor a week of something else, "week 12 van de zwangerschap": a
        # link with no year after it; nor "week 1.234")
        iso_week=re.compile(
            rf"(?<![\w-])(?:(?P<before>{_pattern(dates['iso_weeks']['before'])})\s+)?"
            rf"(?P<word>{_pattern(dates['iso_weeks']['words'])})\s+(?P<week>\d{{1,2}})(?![.,]\d)"
            rf"(?:\s+(?:{_pattern(dates['iso_weeks']['year_links'])})\s+(?P<year>\d{{4}}))?"
            rf"(?![\w-])(?!\s+(?:{_pattern(dates['iso_weeks']['year_links'])})\s+(?!\d{{4}}))"
            rf"(?(year)|(?(before)|(?!)))", flags)
        if dates.get("iso_weeks") else None,
        shared_month_day=re.compile(
            rf"(?<![\w-])(?:({named_weekdays}),?\s+)?(\d{{1,2}}){suffix}\s*"
            rf"(?:,|(?:{_pattern(dates['shared_month_joiners'])})(?![\w-]))\s*$", flags)
        if dates.get("shared_month_joiners") else None,
        shared_month_opener=re.compile(
            rf"(?<![\w-])(?:{_pattern(dates['shared_month_openers'])})\s+$", flags)
        if dates.get("shared_month_openers") else None,
        weekday_link=re.compile(rf"\s(?:{_pattern(dates['weekday_date_links'])})\s", flags)
        if dates.get("weekday_date_links") else None,
        # "zondag 17/11", "17-11-2031": a date in figures, day first, with its year or with a
        # slash after a weekday (the weekday must fit it: "zaterdag 2-2 gelijk", "zondag 3/4
        # van de stemmen" are a score and a share; "10-12 zetels" a range)
        # (each form tried only where it can start: the second at a weekday, the first in a
        # text with a separator before a year)
        numeric_dated=re.compile(r"(?<![\w/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)"
                                 r"(?![\w/-]|[.,]\d)") if dates.get("numeric_day_first") else None,
        weekday_before_figures=re.compile(rf"(?<![\w-])({weekdays}),?\s+$", flags),
        numeric_after_weekday=re.compile(rf"({weekdays}),?\s+(\d{{1,2}})/(\d{{1,2}})"
                                         rf"(?:/((?:19|20)\d\d))?(?![\w/-]|[.,]\d)", flags)
        if dates.get("numeric_day_first") else None,
        # "op 6 maart, een dinsdag", "on 6 March, a Tuesday": the weekday set after the date
        # (the clause's end or a word of its own after it: not "a Friday deadline")
        # (or in brackets alone: "op 3 januari (maandag)", "on January 3 (Monday)")
        weekday_after=re.compile(rf",\s+(?:{_pattern(pack.raw.get('singular_articles', []))})"
                                 rf"\s+({weekdays})(?=\s*(?:[.,;:!?)]|$)|\s+(?:{followers})"
                                 rf"(?![\w-]))|\s*\(\s*({weekdays})\s*\)", flags),
        # "on Sunday the 15th", "op zondag de 15e": a weekday and a day of a month left unsaid,
        # the clause's end or a word of its own after it (not "the 3rd seed", "de 3e etappe")
        weekday_day=re.compile(rf"(?<![\w-])({weekdays}),?\s+(?:{_pattern(pack.articles)})\s+"
                               rf"(\d{{1,2}})(?:{_pattern(dates['day_suffixes'])})"
                               rf"(?=\s*(?:[.,;:!?)]|$)|\s+(?:{followers})(?![\w-]))",
                               flags) if dates.get("day_suffixes") else None,
        # (with its year: "Pasen 2046", "Christmas 2019"; not "Easter Island"; its apostrophe
        # either way, "Valentine’s Day")
        holiday=re.compile(
            rf"(?<![\w-])({_pattern(holiday_names)})(?:\s+({YEAR.pattern}))?"
            rf"(?![\w-]|[.,]\d)(?!\s+(?:{not_before})(?![\w-]))", flags)
        if pack.holidays else None,
        # a holiday's name in another thing's, reserved so that no weekday is read in it
        # ("the Good Friday Agreement")
        holiday_in_name=re.compile(
            rf"(?<![\w-])(?:{_pattern(holiday_names)})\s+(?:{not_before})(?![\w-])", flags)
        if pack.holidays else None,
        # "vorige", "next" right before a holiday: the last one before publication, or the next
        holiday_from_now=re.compile(
            rf"(?<![\w-])({_pattern(list(dates['months_from_now']))})\s+$", flags)
        if dates.get("months_from_now") else None,
        relative=re.compile(phrase_pattern(list(pack.relative_days)).pattern, flags)
        if pack.relative_days else None,
        said_year_link=re.compile(
            r"[ \t]+(?:(?:" + "|".join(map(re.escape, dates.get("shared_month_joiners", [])
                                            or ["\x00"]))
            + r")[ \t]+(?:\d{1,2}[ \t]+([^\W\d_]+)\.?|([^\W\d_]+)\.?[ \t]+\d{1,2},?)[ \t]+)?"
            r"(?:(?:" + "|".join(map(re.escape, dates.get("said_year_links", []) or ["\x00"]))
            + r")[ \t]+)?", flags),
        relative_period=re.compile(phrase_pattern(list(dates["relative_periods"])).pattern,
                                   flags) if dates.get("relative_periods") else None,
        period_units={k.lower(): (v[0], int(v[1]))
                      for k, v in (dates.get("relative_periods") or {}).items()},
        # ... not after the words that make it a span of time up to now ("over the last year")
        period_not_after=re.compile(rf"(?<![\w-])(?:{_pattern(dates['relative_period_not_after'])})"
                                    r"\s+$", flags)
        if dates.get("relative_period_not_after") else None,
        part_of_day=re.compile(phrase_pattern(dates["parts_of_day"]).pattern, flags)
        if dates.get("parts_of_day") else None,
        month_from_now=re.compile(
            rf"(?<![\w-])({_pattern(list(dates['months_from_now']))})\s+({months})(?![\w-])",
            flags) if dates.get("months_from_now") else None,
        day_count=day_count,
        # (not the minutes of a clock time: "tot 10.00 uur")
        duration=re.compile(rf"(?<![\w-])(?<!\d[.:]){amount}\s+({_pattern(units)})(?![\w-])",
                            flags)
        if units else None,
        # (an event's noun, by its ending where the language writes compounds as one word: "na
        # de gasexplosie"; "after the quake", not "after the shortfall")
        elapsed=re.compile(
            rf"(?<![\w-]){amount}\s+({_pattern(list(dates['unit_days']))})\s+"
            rf"(?:{_pattern(dates['elapsed_links'])})\s+(?:(?:{_pattern(pack.articles)})\s+)?"
            rf"(?:[^\W\d_]+\s+)?" + (r"[^\W\d_]*" if dates.get("compound_events") else "")
            + rf"(?:{_pattern(dates['year_events'])})(?![\w-])", flags)
        if dates.get("elapsed_links") and dates.get("unit_days") else None,
        unit_days={k.lower(): int(v) for k, v in (dates.get("unit_days") or {}).items()},
        month=re.compile(rf"(?<![\w-])(?:{periods})\s+({months})(?:\s+(\d{{4}}))?(?![\w-])",
                         flags) if periods else None,
        season=re.compile(
            rf"(?<![\w-])(?:{periods})\s+(?P<article>(?:"
            rf"{_pattern(dates.get('season_articles', [])) or NOTHING})"
            rf"\s+)?(?P<season>{_pattern(list(dates['seasons']))})\s+(?:(?:"
            rf"{_pattern(dates.get('season_links', [])) or NOTHING})\s+)?(?P<year>"
            rf"{YEAR.pattern})(?![\w-]|[.,]\d)", flags)
        if periods and dates.get("seasons") else None,
        part_of_year=re.compile(
            rf"(?<![\w-])(?:{periods})\s+(?:(?P<article>(?:"
            rf"{_pattern(dates.get('season_articles', [])) or NOTHING})\s+)?"
            rf"(?P<ordinal>{_pattern(ordinals_of_parts)})\s+(?P<unit>{_pattern(list(year_parts))})"
            rf"\s+(?:(?:{_pattern(dates.get('season_links', [])) or NOTHING})\s+)?"
            rf"|(?P<code>{_pattern(list(dates.get('part_of_year_codes', {})))})"
            rf"(?P<number>[1-4])\s*[-'’]?\s*)(?P<year>{YEAR.pattern})(?![\w-]|[.,]\d)", flags)
        if periods and year_parts else None,
        year=re.compile(rf"(?<![\w-])(?:{periods})\s+((?:18|19|20)\d\d)(?![\w-])", flags)
        if periods else None,
        # the link first (a literal), the noun before it checked by its ending (compounds:
        # "watersnoodramp"); a clause about that event follows ("..., waarbij 1.836 mensen
        # omkwamen") or the event opens the clause, so the event is no occasion of today's
        # figures ("tijdens de herdenking van de vuurwerkramp van 2000 werden 3 mensen
        # aangehouden") and no count is read ("the gas explosion of January 2010, which killed
        # 14": its month may stand before)
        event_year=re.compile(rf"(?<![\w-])(?:{_pattern(dates['year_event_links'])})\s+"
                              rf"(?:(?:{months})\s+)?"
                              rf"((?:18|19|20)\d\d)(?![\w-]|[.,]\d)", flags)
        if dates.get("year_event_links") else None,
        # (or the event's own verb after the comma that closes it: "the North Sea flood of
        # 1953, killed 1,836"; not "Riots after the election of 2024 left 40 injured", the
        # riots' verb)
        event_clause_after=re.compile(
            rf"(?:,?\s+(?:{_pattern(dates.get('year_event_followers', []))})"
            rf"|,\s+(?:{_pattern(dates.get('year_event_verbs') or [NOTHING])}))(?![\w-])",
            flags),
        # "Bij de cycloon van april 1991 kwamen ...", "In the floods of 1953, ...": the event
        # opens the clause, which is about it
        event_clause_before=re.compile(
            rf"(?:^|[.!?;:,(]\s*|\n\s*)"
            rf"(?:{_pattern(dates.get('year_event_openers') or [NOTHING])})"
            rf"\s+(?:{_pattern(pack.articles or [NOTHING])})\s+$", flags),
        event_nouns=tuple(w.lower() for w in dates.get("year_events", [])),
        first_words={
            "weekday": first_words_of([*pack.weekdays, *(day + part for day in pack.weekdays
                                                          for part in part_words)]),
            "holiday": first_words_of(holiday_names),
            "holiday_in_name": first_words_of(holiday_names),
            "relative": first_words_of(list(pack.relative_days)),
            "relative_period": first_words_of(list(dates.get("relative_periods", {}))),
            "part_of_day": first_words_of(dates.get("parts_of_day", [])),
            "month": first_words_of(dates.get("period_prepositions", [])),
            "season": first_words_of(dates.get("period_prepositions", [])),
            "part_of_year": first_words_of(dates.get("period_prepositions", [])),
            "year": first_words_of(dates.get("period_prepositions", [])),
            "event_year": first_words_of(dates.get("year_event_links", []))},
    )


def find_date_mentions(article_id: str, text: str, pack: LanguagePack,
                       window: tuple[dt.date, dt.date], title: str = "") -> list[DateMention]:
    """Every date expression of `text`, resolved against the publication `window` (and the
    years `title` names, read before the text)."""
    lowered = text.lower()
    exact = len(lowered) == len(text)
    patterns = _patterns(pack.code, ignore_case=not exact)
    scanned = lowered if exact else text
    index = word_index(text) if exact else None

    def matches(name: str) -> Iterable[re.Match[str]]:
        """A phrase pattern's matches, tried only where its first words start when it can."""
        pattern = getattr(patterns, name)
        if index is None:
            return pattern.finditer(scanned)
        return matches_at_words(pattern, *patterns.first_words[name], index)
    found: list[DateMention] = []
    # the spans taken so far, disjoint and sorted: only the last one starting before a new
    # span's end can overlap it (a scan of all of them cost the square of the mentions)
    taken_starts: list[int] = []
    taken_ends: list[int] = []

    def take(start: int, end: int) -> bool:
        """Reserve a span, unless it overlaps one taken before."""
        before = bisect.bisect_left(taken_starts, end)
        if before and taken_ends[before - 1] > start:
            return False
        taken_starts.insert(before, start)
        taken_ends.insert(before, end)
        return True

    def add(start: int, end: int, kind: str, resolved: tuple | None, weekday: int | None = None,
            tense: str = "unknown"):
        if not take(start, end):
            return
        identity = f"{article_id}:{start}:{end}:{kind}"
        found.append(DateMention(
            hashlib.blake2b(identity.encode(), digest_size=8).hexdigest(), article_id,
            text[start:end], kind, start, end, resolved[0] if resolved else None,
            resolved[1] if resolved else None, weekday, tense))

    found_years: list[list[tuple[int, int]]] = []  # (offset, year) of every year, when asked

    def named_years(end: int) -> list[int]:
        """The years the text names up to the end of the sentence at `end`, the nearest first
        (only a weekday that does not fit asks, so the text is searched then, once)."""
        if not found_years:  # the title's years come before every year of the text
            found_years.append([(-1, int(m.group(1))) for m in _YEAR.finditer(title)]
                               + [(m.start(), int(m.group(1))) for m in _YEAR.finditer(text)])
        years = found_years[0]
        before = bisect.bisect_left(years, (_sentence_of(text, end, end, pack)[1], 0))
        # the last 50 mentions of a year are enough, and keep a list of dates linear
        named = [year for _, year in reversed(years[max(0, before - 50):before])]
        return list(dict.fromkeys(named))

    def years_from_publication(start: int, end: int, month: int) -> list[int]:
        """The years the date's own sentence names from publication's ("donderdag 23 juni
        volgend jaar", "vorig jaar op 3 maart"), and the year of the same month said as the next
        or last one up to that sentence ("five concerts next June ... on Thursday, June 23")."""
        left, right = _sentence_of(text, start, end, pack)
        named = [window[1].year + offset for m in (patterns.relative_period.finditer(
            scanned, left, right) if patterns.relative_period else ())
            for unit, offset in [patterns.period_units[" ".join(m.group(0).lower().split())]]
            if unit == "year"]
        return named + [_month_after(m, window, pack) for m in (
            patterns.month_from_now.finditer(scanned, 0, right) if patterns.month_from_now
            else ()) if _month_number(m.group(2), pack) == month
            # ("the next may come": a month in lower case is none where months are capitalised)
            and not (pack.raw["dates"].get("months_capitalised")
                     and text[m.start(2)].islower())]

    for match in patterns.absolute.finditer(scanned):
        named_weekday, d1, m1, y1, m2, d2, y2 = match.groups()
        day, month, year = (d1, m1, y1) if d1 else (d2, m2, y2)
        if year and not year.isdigit():
            # "'51": the last year ending so up to the year after publication
            year = str(_latest_year_ending(int(year[1:]), window[1].year + 1))
        if pack.raw["dates"].get("months_capitalised"):
            written = text[match.start(3 if d1 else 5):match.end(3 if d1 else 5)]
            if written.islower():
                continue  # "a further 10 may have died", "3 march on": no month in lower case
        weekday = _weekday_named(named_weekday, text[max(0, match.start() - 12):match.start() + 1],
                                 pack)
        # (a weekday linked to a date, "de maandag van 14 mei", is the date's only with its
        # year: without one it may be a day of another year the sentence does not say)
        if weekday is not None and not year and patterns.weekday_link is not None \
                and patterns.weekday_link.search(text, match.start(), match.start(2 if d1 else 5)):
            weekday = None
        # (an abbreviation not taken for a weekday is no part of the date: "sat 3 March exams")
        start = match.start() if weekday is not None or not named_weekday \
            else match.start(2 if d1 else 5)
        end = match.end()
        if year and year.isdigit() and int(year) > window[1].year + FUTURE_YEARS \
                and counted_noun_follows(text, end, pack):
            # "op 1 januari 3300 mensen dakloos": a count after the date, no year of it (a
            # year near publication's stays one: "On 12 May 2008 people in Sichuan ...")
            year, end = None, match.end(3 if d1 else 6)
        if "(" in text[start:end] and text[end:end + 1] == ")":
            end += 1  # "Wednesday (10 November)": the date's closing bracket
        if weekday is None:
            weekday, end = _weekday_after(scanned, end, patterns, pack)
        # the year written with it, else the one publication gives (the next for a planned
        # date); a weekday that does not fit it is checked against the publication year and
        # the years the text names before it ("In 1888 ... dinsdag 10 april", nearest first),
        # never against a year picked to fit
        tense = _tense(text, match.start(), match.end(), pack)
        month_number = _month_number(month, pack)
        # a year said from publication's right after the day ("op 18 december vorig jaar",
        # "on 24 June next year") is the day's year
        said_year = _year_said_after(scanned, end, month_number, window, patterns, pack) \
            if not year else None
        if said_year is not None and said_year > window[1].year:
            tense = "planned"  # (a year the writer says is to come makes the day planned)
        resolved = _absolute(int(day), month_number, int(year) if year else said_year,
                             window, _resolved_as(text, match.start(), tense, pack))
        if resolved and not year and said_year is None and weekday is not None \
                and resolved[0].weekday() != weekday:
            # (the years before and after publication's where the day lies within a season of
            # it: "maandag 17 december" read on 9 January is last December's; never the year
            # before for a planned day, where it would be no finding, while a past day may be
            # the year after's: "Sinds maandag 6 januari" on 12 December, a finding)
            nearby = ([window[0].year - 1] if tense != "planned" else []) \
                + [window[1].year + 1]
            publication = sorted({window[0].year, window[1].year} | {
                near for near in nearby
                if _near_publication(_absolute(int(day), month_number, near, window), window)})
            relative = years_from_publication(match.start(), match.end(), month_number)
            for named in publication + relative + named_years(match.end()):
                candidate = _absolute(int(day), month_number, named, window)
                if candidate and candidate[0].weekday() == weekday:
                    resolved = candidate
                    # (a year the writer says is to come makes the day planned, whatever the
                    # clause's verb: "kaarten voor ... 24 juni volgend jaar waren weg")
                    if named in relative and named > window[1].year:
                        tense = "planned"
                    break
        # a day its month never has ("31 juni"), or not in the year written with it ("29
        # februari 2046"), is no date at all, when the form cannot be a month and a count ("In
        # June 31 people died", "May 30, June 31.": counts; "June 31, 2048", "June 31st":
        # dates); a 29 February without a year may be any leap year's
        surely_a_date = d1 or year or not text[end - 1].isdigit()
        impossible = resolved is None and surely_a_date and (
            bool(year) or int(day) > _LONGEST_MONTH[month_number - 1]) and int(day) <= 31
        add(start, end, "impossible_date" if impossible else "absolute", resolved, weekday, tense)
        if not d1 or resolved is None:
            continue
        # the days before it that share its month ("van vrijdag 22 tot en met zondag 24
        # september", "op 3, 4 en 5 mei", "woensdag 30 tot vrijdag 2 juli"), each read with
        # its own weekday: every one with a weekday, or the first after a preposition of time
        # and each smaller than the next (not counts or times before a date: "liep op tot 12
        # en 3 april werd ...", "om 20.15, 5 april", "Groep 7 en 8 april"); a month back only
        # from a day with its weekday
        chain, following_day, following_start = [], int(day), start
        while patterns.shared_month_day is not None:
            shared = patterns.shared_month_day.search(
                scanned, max(0, following_start - 40), following_start)
            if shared is None:
                break
            chain.append((shared, following_day))
            following_day, following_start = int(shared.group(2)), shared.start()
        opened = patterns.shared_month_opener is not None and bool(chain) \
            and patterns.shared_month_opener.search(scanned, max(0, chain[-1][0].start() - 20),
                                                    chain[-1][0].start()) is not None
        # (a comma lists days only before a joiner: "op 3, 4 en 5 mei"; not "staat op 12, 14
        # maart komt ...")
        opened = opened and not chain[0][0].group(0).rstrip().endswith(",")
        days = []
        for shared, later_day in chain:
            named = _weekday_named(
                shared.group(1), text[max(0, shared.start() - 12):shared.start() + 1], pack)
            if named is None and not (opened and int(shared.group(2)) < later_day):
                break
            days.append((shared, named, int(shared.group(2)) > later_day))
        if len(days) < len(chain):
            continue
        month_of = resolved[0].replace(day=1)
        for shared, named, month_back in days:
            if month_back:
                month_of = shift_days(month_of, -1).replace(day=1)
            earlier = _absolute(int(shared.group(2)), month_of.month, month_of.year, window)
            if earlier is not None:
                add(shared.start(1) if named is not None else shared.start(2),
                    shared.start(2) + len(shared.group(2)), "absolute", earlier, named, tense)
    for match in patterns.iso_week.finditer(scanned) if patterns.iso_week else ():
        week, year = int(match.group("week")), match.group("year")
        if year is None and pack.raw["dates"]["iso_weeks"].get("year_required"):
            continue
        start = match.start("word")
        tense = _tense(text, start, match.end(), pack)
        resolved = _iso_week(week, int(year) if year else None, window,
                             _resolved_as(text, start, tense, pack))
        if resolved is not None:
            add(start, match.end(), "week", resolved, tense=tense)
        elif year:
            add(start, match.end(), "impossible_week", None)  # "week 53 van 2057", "week 0"
    if patterns.holiday:
        for match in matches("holiday_in_name"):
            take(match.start(), match.end())
        for match in matches("holiday"):
            if pack.raw["dates"].get("holidays_capitalised") \
                    and text[match.start()].islower():
                continue  # "an epiphany": no holiday in lower case
            spec = pack.holidays[" ".join(match.group(1).replace("’", "'").lower().split())]
            year, end = match.group(2), match.end()
            tense = _tense(text, match.start(), end, pack)
            # ("Met Kerstmis 2000 gezinnen geholpen", "On Thanksgiving 2500 meals were
            # served": a count, when people or things it counts follow, or the year would lie
            # far ahead of a day not planned, or beyond the year after publication's of one
            # told as past; "Met Pasen 2035 opende ..." in December 2034 is the slip the date
            # check is for, "by Christmas 2045" a plan)
            if year and (counted_noun_follows(text, end, pack)
                         or (tense != "planned" and int(year) > window[1].year + FUTURE_YEARS)
                         or (tense == "past" and int(year) > window[1].year + 1)):
                year, end = None, match.end(1)
            # (read before weekdays: "Goede Vrijdag", "Easter Monday") the year written with
            # it ("Pasen 2046") or said from publication's ("vorig jaar met Pasen", "Pasen
            # vorig jaar"), else the one publication gives: a holiday said in the past tense,
            # or after "vorige", "last", is the last one before publication, after "volgende",
            # "next" the first after it
            said = None if year else _holiday_year_said(scanned, match.start(), end,
                                                        patterns, pack, window) \
                or _sentence_year(text, match.start(), pack)
            years = [int(year)] if year else [said] if said else \
                [window[1].year + offset for offset in (0, -1, 1)]
            days = [day for y in years if (day := holiday_day(spec, y)) is not None]
            from_now = patterns.holiday_from_now.search(
                scanned, max(0, match.start() - 12), match.start()) \
                if patterns.holiday_from_now and not (year or said) else None
            if from_now and patterns.period_not_after and patterns.period_not_after.search(
                    scanned, max(0, from_now.start() - 20), from_now.start()):
                from_now = None  # "the last Christmas before the war": no last one from now
            direction = pack.raw["dates"]["months_from_now"][from_now.group(1).lower()] \
                if from_now else 0
            resolved_as = "unknown" if year or said else "planned" if direction > 0 \
                else "past_by_publication" if direction < 0 or tense == "past" else tense
            best = _of_its_year(days, window, resolved_as) if days else None
            add(from_now.start() if from_now else match.start(), end, "holiday",
                (best, best) if best else None, tense=tense)
    weekdays_found = list(matches("weekday"))
    numeric = [m for m in (patterns.numeric_after_weekday.match(scanned, w.start())
                           for w in weekdays_found) if m] if patterns.numeric_after_weekday else []
    if patterns.numeric_dated and any(f"{mark}{century}" in text for mark in "/.-"
                                      for century in ("19", "20")):
        numeric += list(patterns.numeric_dated.finditer(scanned))
    for match in sorted(numeric, key=lambda m: m.start()):
        named_weekday, day, month, year = match.groups() if match.re is \
            patterns.numeric_after_weekday else (None, *match.group(1, 3, 4))
        if not 1 <= int(month) <= 12:
            continue
        weekday = pack.weekdays.index(named_weekday.lower()) if named_weekday else None
        start, end = match.start(), match.end()
        before = patterns.weekday_before_figures.search(scanned, max(0, start - 16), start) \
            if weekday is None else None
        if before:  # the weekday right before one with its year ("maandag 4-11-2019")
            weekday, start = pack.weekdays.index(before.group(1).lower()), before.start()
        if weekday is None:  # ... or after it ("24-01-2068 (dinsdag)", "6-3, een dinsdag")
            weekday, end = _weekday_after(scanned, end, patterns, pack)
        tense = _tense(text, match.start(), match.end(), pack)
        resolved = _absolute(int(day), int(month), int(year) if year else None, window,
                             _resolved_as(text, match.start(), tense, pack))
        if weekday is not None and not year and (resolved is None
                                                 or resolved[0].weekday() != weekday):
            continue  # "zaterdag 2/2": a score more likely than a wrong weekday
        add(start, end, "absolute" if resolved or not 1 <= int(day) <= 31
            else "impossible_date", resolved, weekday, tense)  # (its year always written)
    for match in (patterns.weekday_day.match(scanned, w.start()) for w in weekdays_found) \
            if patterns.weekday_day else ():
        if not match:
            continue
        weekday = pack.weekdays.index(match.group(1).lower())
        resolved = _day_of_a_month_unsaid(int(match.group(2)), weekday, window)
        if resolved:
            add(match.start(), match.end(), "absolute", resolved, weekday,
                _tense(text, match.start(), match.end(), pack))
    since = _tense_words(pack.code).since
    for match in weekdays_found:
        weekday = pack.weekdays.index(match.group(1).lower())
        # only "since" matters for a weekday: a running total starting then is no day's count
        starts = since.search(text[max(0, match.start() - 60):match.start()].lower())
        add(match.start(), match.end(), "weekday", _weekday(weekday, window), weekday,
            "since" if starts else "unknown")
    if patterns.relative:
        for match in matches("relative"):
            before, after = pack.relative_days[match.group(0).lower()]
            add(match.start(), match.end(), "relative",
                (shift_days(window[0], before), shift_days(window[1], after)))
    # ... nor for a month or a year: "the deadliest since 2006" starts a period that runs to
    # now, unless a clause about that time follows ("since the 2006 floods, which killed 40")
    event_clause = _tense_words(pack.code).event_clause

    def period_from(start: int, end: int) -> str:
        starts = since.search(text[max(0, start - 25):start].lower())
        return "since" if starts and not event_clause.match(text, end) else "unknown"

    if patterns.relative_period:
        for match in matches("relative_period"):
            if patterns.period_not_after and patterns.period_not_after.search(
                    scanned, max(0, match.start() - 20), match.start()):
                continue
            unit, offset = patterns.period_units[re.sub(r"\s+", " ", match.group(0).lower())]
            add(match.start(), match.end(), unit, _period_from_publication(unit, offset, window),
                tense=period_from(match.start(), match.end()))
    if patterns.month:
        for match in matches("month"):
            if pack.raw["dates"].get("months_capitalised") \
                    and text[match.start(1):match.end(1)].islower():
                continue  # "in may": no month in lower case
            month = pack.months.index(match.group(1).lower()) + 1
            tense = period_from(match.start(1), match.end())
            # a month with its year may lie after publication, and be said as past ("In december
            # 2041 verhuisde het bedrijf"); one without is the last by publication (news states
            # when rules take effect so: only the verb right after an opening month makes it
            # past, not any past in the sentence; and only past is read so, a plan elsewhere in
            # the sentence is none of the month's)
            if match.group(2) and tense == "unknown" and _tense(
                    text, match.start(1), match.end(), pack, any_past_verb=False) == "past":
                tense = "past"
            add(match.start(1), match.end(), "month",
                _month(month, int(match.group(2)) if match.group(2) else None, window),
                tense=tense)
    if patterns.season:
        for match in matches("season"):
            first = int(pack.raw["dates"]["seasons"][match.group("season").lower()])
            year = int(match.group("year"))
            last = dt.date(year + (first + 3 > 12), (first + 2) % 12 + 1, 1) - dt.timedelta(1)
            tense = period_from(match.start("season"), match.end())
            # (past as a month with its year is: "In de zomer van 2103 werd ...", read from the
            # article so that the season opens its sentence)
            if tense == "unknown" and _tense(text, match.start("article") if match.group(
                    "article") else match.start("season"), match.end(), pack,
                    any_past_verb=False) == "past":
                tense = "past"
            add(match.start("season"), match.end(), "season", (dt.date(year, first, 1), last),
                tense=tense)
    if patterns.part_of_year:
        for match in matches("part_of_year"):
            months, ordinal = _part_of_year(match, pack)
            if ordinal is None:
                continue  # "de derde helft": an ordinal the unit does not have
            year, first = int(match.group("year")), (ordinal - 1) * months + 1
            last = dt.date(year + (first + months > 12), (first + months - 1) % 12 + 1, 1) \
                - dt.timedelta(1)
            opening = match.group("article") or match.group("ordinal") or match.group("code")
            start = match.start("article") if match.group("article") else (
                match.start("ordinal") if match.group("ordinal") else match.start("code"))
            tense = period_from(start, match.end())
            # (past as a season with its year is, read from where the period starts)
            if tense == "unknown" and opening and _tense(
                    text, start, match.end(), pack, any_past_verb=False) == "past":
                tense = "past"
            add(start, match.end(), "part_of_year", (dt.date(year, first, 1), last), tense=tense)
    if patterns.year:
        for match in matches("year"):
            year = int(match.group(1))
            add(match.start(1), match.end(), "year", (dt.date(year, 1, 1), dt.date(year, 12, 31)),
                tense=period_from(match.start(1), match.end()))
    if patterns.event_year:
        # a clause about that event always follows it, so even after "since" ("the deadliest
        # since the gas explosion of January 2010, which killed 14") it starts no period: the
        # figures of that clause are the old event's
        for match in matches("event_year"):
            window_start = max(0, match.start() - 40)
            noun = re.search(r"([\w-]+)\s+$", text[window_start:match.start()])
            noun_at = window_start + noun.start() if noun else 0
            year = int(match.group(1))
            # (the event opening its clause only of a year before publication's: "Bij de
            # verkiezingen van 2025 haalde D66 26 zetels" in 2025 are today's figures)
            if noun and noun.group(1).lower().endswith(patterns.event_nouns) and (
                    patterns.event_clause_after.match(scanned, match.end())
                    or (year < window[0].year and patterns.event_clause_before.search(
                        scanned, max(0, noun_at - 40), noun_at))):
                add(match.start(1), match.end(1), "year",
                    (dt.date(year, 1, 1), dt.date(year, 12, 31)))
    if patterns.part_of_day:
        for match in matches("part_of_day"):
            add(match.start(), match.end(), "part_of_day", None)
    # (before durations: "24.35 uur" holds "35 uur")
    hint, clock_patterns = _clock_times(pack.code)
    for pattern in clock_patterns if hint.lower() in lowered else ():
        for match in pattern.finditer(text):
            meridiem = (match.groupdict().get("pm") or "").lower()[:1]
            second = match.groupdict().get("second")
            if second and int(match.group("hour")) > 24:
                continue  # "83.38.56 uur": a duration in hours, minutes and seconds
            if not clock_time_exists(int(match.group("hour")), int(match.group("minute")),
                                     meridiem, int(second or 0)):
                add(match.start("hour"), match.end(), "impossible_time", None)
            else:  # a time of day is no date, and no duration ("10.00 uur" holds "00 uur")
                take(match.start("hour"), match.end())
    # (an elapsed time opens as a duration does: tried only where one is found)
    durations = list(patterns.duration.finditer(scanned)) if patterns.duration else []
    elapsed = [patterns.elapsed.match(scanned, d.start()) for d in durations] \
        if patterns.elapsed else []
    for match in (m for m in elapsed if m):
        # (counted from publication only where the sentence tells no earlier time, from which
        # it may count: "Een dag na de brand op 3 juli werd de eigenaar opgepakt"; "reopened on
        # Saturday, ten months after the collapse" counts from now)
        left, right = _sentence_of(text, match.start(), match.end(), pack)
        if any(left <= m.char_start < right and m.resolved_end
               and m.resolved_end < shift_days(window[0], -30) for m in found):
            continue
        # ... and that is told now: in a past sentence the time runs to a time it tells ("Vijf
        # dagen na de crash stond Debets in een veld"), unless a day of the last week is named
        # ("reopened on Saturday, ten months after the collapse")
        if _tense(text, match.start(), match.end(), pack) == "past" and not any(
                left <= m.char_start < right and m.resolved_start
                and m.resolved_start >= shift_days(window[0], -7) for m in found):
            continue
        written = match.group(1).lower()
        amount = 1.0 if written in pack.articles else number_value(written, pack)
        if amount is None or amount <= 0:
            continue
        unit = patterns.unit_days[match.group(2).lower()]
        # the event's days: publication less the time said, give or take half a unit ("drie
        # maanden na het ongeluk": a month wide, "twee weken na de brand": a week)
        back = shift_days(window[0], -round(amount * unit))
        add(match.start(), match.end(), "elapsed",
            (shift_days(back, -(unit // 2)), shift_days(back, unit // 2)), tense="past")
    for match in patterns.day_count.finditer(scanned) if patterns.day_count else ():
        add(match.start(), match.end(), "day_count", None)
    for match in durations:
        add(match.start(), match.end(), "duration", None)
    found.sort(key=lambda m: m.char_start)
    return found


# a word no text holds, for an empty list of alternatives
NOTHING = "\x00"
# a year on its own, at a sentence's end too ("in 1911."), never a piece of a longer number
_YEAR = re.compile(r"(?<![\w-])(?<!\d[.,])(1[89]\d\d|20\d\d)(?![\w-]|[.,]\d)")


def _sentence_of(text: str, start: int, end: int, pack: LanguagePack) -> tuple[int, int]:
    """The sentence around text[start:end], by its full stops, not those of an abbreviation
    or an initial ("at 4:20 p.m. on Friday", "Stephen W. Preston")."""
    floor, ceiling = max(0, start - MAX_SENTENCE_CHARS), min(len(text), end + MAX_SENTENCE_CHARS)
    abbreviation = abbreviation_pattern(pack.code)
    stops = [m.start() for m in _FULL_STOP.finditer(text, floor, ceiling)
             if not abbreviation.search(text, max(0, m.start() - 8), m.start() + 1)]
    left = max([i for i in stops if i < start] + [text.rfind("\n", floor, start), floor - 1]) + 1
    right = min([i for i in stops if i >= end]
                + [i for i in (text.find("\n", end, ceiling),) if i >= 0] or [ceiling])
    return left, right


_FULL_STOP = re.compile(r"\.\s")


def _resolved_as(text: str, start: int, tense: str, pack: LanguagePack) -> str:
    """The tense a date is resolved by: a day said to have come ("sinds 3 januari", "since
    March 3") is resolved as a past one, though it starts a running total."""
    if tense == "since" and _tense_words(pack.code).past_since.search(
            text[max(0, start - 30):start].lower()):
        return "past"
    return tense


# A day's year further than this after publication's, with people or things counted after it,
# is a count ("op 1 januari 3300 mensen"), and so is a holiday's of a day not planned ("On
# Thanksgiving 2500 meals were served"): news plans so far ahead seldom
FUTURE_YEARS = 10
# A day and month with no year, read against a weekday written with it, may be of the year
# before or after publication's when it lies this close to publication
NEAR_YEAR_DAYS = 92


def _near_publication(day: tuple[dt.date, dt.date] | None,
                      window: tuple[dt.date, dt.date]) -> bool:
    """The day lies within NEAR_YEAR_DAYS of the publication window."""
    return day is not None and (shift_days(window[0], -NEAR_YEAR_DAYS) <= day[0]
                                <= shift_days(window[1], NEAR_YEAR_DAYS))


def _year_said_after(text: str, end: int, month: int, window: tuple[dt.date, dt.date],
                     patterns: _Patterns, pack: LanguagePack) -> int | None:
    """The year a relative period of years right after a date names ("18 december vorig
    jaar", "24 June next year", "3 maart van dit jaar"), or after the range's other end it
    opens ("tussen 1 januari en 31 maart vorig jaar"), else None."""
    if patterns.relative_period is None:
        return None
    after = patterns.said_year_link.match(text, end)
    if after is None:
        return None
    said = patterns.relative_period.match(text, after.end())
    if said is None:
        return None
    unit, offset = patterns.period_units[" ".join(said.group(0).lower().split())]
    if unit != "year":
        return None
    # (a span over the turn of the year starts in the year before its end's: "tussen 1
    # november en 31 januari dit jaar")
    named = (after.group(1) or after.group(2) or "").lower().rstrip(".")
    end_month = _month_number(named, pack) if named in pack.months \
        or named in _abbreviations(pack.code) else None
    return window[1].year + offset - (1 if end_month and month > end_month else 0)


def _holiday_year_said(text: str, start: int, end: int, patterns: _Patterns,
                       pack: LanguagePack, window: tuple[dt.date, dt.date]) -> int | None:
    """The year a relative period of years names right after a holiday ("Pasen vorig jaar")
    or right before it, a preposition maybe between ("vorig jaar met Pasen", "last year at
    Christmas"), else None."""
    if patterns.relative_period is None:
        return None
    after = patterns.said_year_link.match(text, end)
    said = patterns.relative_period.match(text, after.end()) if after else None
    if said is None:  # (a word between: "vorig jaar met Pasen", "last year at Easter")
        said = next((m for m in patterns.relative_period.finditer(
            text, max(0, start - 30), start)
            if re.fullmatch(r"\s+(?:[^\W\d_]+\s+)?", text[m.end():start])), None)
    if said is None:
        return None
    unit, offset = patterns.period_units[" ".join(said.group(0).lower().split())]
    return window[1].year + offset if unit == "year" else None


def _sentence_year(text: str, start: int, pack: LanguagePack) -> int | None:
    """The one year the sentence names before `start` ("In 1944 werd met Kerstmis het dorp
    bevrijd"), else None."""
    left, _ = _sentence_of(text, start, start, pack)
    years = {int(m.group(1)) for m in _YEAR.finditer(text, left, start)}
    return years.pop() if len(years) == 1 else None


def _without_span_joiners(text: str, words: _TenseWords) -> str:
    """The text with each span's joiner blanked ("van 17 tot en met 23 december")."""
    for joined in words.span_joiner.finditer(text):
        text = text[:joined.start(1)] + " " * len(joined.group(1)) + text[joined.end(1):]
    return text


def _tense(text: str, start: int, end: int, pack: LanguagePack, any_past_verb: bool = True
           ) -> str:
    """planned when the clause of the date schedules, expects or bounds something ("staat op",
    "slated for", "uiterlijk", "by"); past when it says something happened; else unknown.
    Without `any_past_verb` a past verb elsewhere in the sentence does not make it past
    ("approved a ban that takes effect in January 2026"): only the verb right after a date
    that opens the sentence ("In december 2041 verhuisde het bedrijf")."""
    words = _tense_words(pack.code)
    left, right = _sentence_of(text, start, end, pack)
    # (a semicolon ends a clause of its own: "speelt zaterdag 22/11 uit; de heenwedstrijd
    # eindigde in 25-11" is not past)
    left = text.rfind(";", left, start) + 1 or left
    right = text.find(";", end, right) if ";" in text[end:right] else right
    # a relative clause about a noun before the date tells that noun's past, not the date's
    # ("De uitvaart van de vrouw die zondag overleed, is zaterdag 24 mei")
    asides = list(words.relative_aside.finditer(text, left, start))
    sentence = (text[left:asides[-1].start()] + " " + text[asides[-1].end():right] if asides
                else text[left:right]).lower()
    # ... and a date in a relative clause of its own is told by that clause alone ("the target
    # for the Games, which end on Feb. 25": not the main clause's "had set")
    opened = words.relative_opening.search(text, left, start)
    if opened:
        # (the comma closing a date written with one is no clause's end: "Oct. 14, 2016,")
        past = end + (text[end:end + 1] == "," and "," in text[start:end])
        closing = re.search(r"[,;]", text[past:right])
        sentence = text[opened.start():past + closing.start() if closing else right].lower()
    # ... and a conjunct whose own present verb opens it, by that conjunct ("ging zaterdag open
    # en sluit op zondag 16 maart")
    # (not with an aside cut out before it, which this would put back)
    conjunct = None if opened or asides else next(reversed(list(
        words.coordinated_present.finditer(text, left, start))), None)
    if conjunct:
        sentence = text[conjunct.start():right].lower()
    if words.since.search(text[max(left, start - 60):start].lower()):
        return "since"  # "sinds woensdag": a running total starts then, it is no day's count
    if words.past_after.match(text, end) or words.past_before.search(
            text[max(left, start - 60):start].lower()):
        # "op 3 februari jongstleden", "a letter dated 20 December": past, whatever the
        # clause plans
        return "past"
    # (the second of two days that share a month is read from where the first begins: "voor
    # donderdag 23 en vrijdag 24 juni")
    shared = words.first_of_two_days.search(text, max(left, start - 30), start)
    opens = shared.start() if shared else start
    # (a span's joiner plans nothing: "van maandag 13 tot en met zondag 19 december gingen")
    sentence = _without_span_joiners(sentence, words)
    # (the window reads 40 characters on, so that a span's joiner sees the day after it)
    around = max(left, opens - 60)
    if words.planned.search(sentence) or words.before_date.search(_without_span_joiners(
            text[around:min(right, opens + 40)].lower(), words)[:opens - around][-25:]):
        return "planned"
    # "the Dec. 27 debate", "de 21 maart-verkiezing": a date naming an event, whose tense the
    # sentence's verbs do not give
    article = re.search(r"(\w+)\s+$", text[max(left, start - 20):start])
    if article and article.group(1).lower() in pack.articles and re.match(
            r"[\s-]+[^\W\d_]", text[end:end + 3]) and not re.match(r"\s+\d", text[end:end + 3]):
        return "unknown"
    present = words.present.search(sentence) is not None
    date_at = max(sentence.find(text[start:end].lower()), 0)
    if any_past_verb and (any(not (present and _attributive(sentence, match.start(), words))
                              for match in words.past.finditer(sentence)) or any(
            match.group(1) not in words.reporting
            # (a relative pronoun's past only for a date in that relative clause: not "Pupils
            # who failed can resit from June 21")
            for pattern in words.past_patterns + (words.relative_past_patterns if opened else ())
            for match in pattern.finditer(sentence)) or any(
            not words.subordinators.search(sentence, 0, match.start())
            # (nor one that opens a clause the date is in: "gaf aan dat de brug op 10 april
            # opengaat")
            and not (match.end() <= date_at
                     and words.subordinators.search(sentence, match.end(), date_at))
            for match in words.past_in_main_clause.finditer(sentence))):
        return "past"
    # "Op 14 maart haalden reddingswerkers ...": the verb right after an opening date
    opening = re.match(r"\W*(?:\w+\s+)?$", text[left:start])
    following = re.match(r"[\s,]*(\w+)", text[end:end + 40])
    if opening and following and words.past_endings and \
            following.group(1).lower().endswith(words.past_endings) and \
            (following.group(1).lower() in words.strong_pasts
             or not following.group(1).lower().endswith(words.present_lookalikes)) and \
            len(following.group(1)) > 4:
        return "past"
    # ... or a past of `past` or `past_in_main_clause` right after it ("In juni 2103 werd de
    # scheur gelast")
    if opening and following and (words.past.fullmatch(following.group(1))
                                  or words.past_in_main_clause.fullmatch(following.group(1))):
        return "past"
    return "unknown"


def _attributive(sentence: str, start: int, words: _TenseWords) -> bool:
    """A past participle after an article describes a noun, it says no clause is past ("De
    uitvaart van de omgekomen docent is vrijdag", "the evacuated residents may return on
    Monday"); only articles that are no pronouns ("Het gebeurde op 9 mei", "This happened on
    May 9"), and only in a sentence whose verb is present (`_tense` asks: "In de getroffen
    gemeente vielen op 14 juli twaalf doden" is past)."""
    before = re.search(r"([^\W\d]+)\W+$", sentence[max(0, start - 20):start])
    return before is not None and before.group(1) in words.attributive_openers


@dataclass(frozen=True)
class _TenseWords:
    planned: re.Pattern[str]
    span_joiner: re.Pattern[str]  # "van 17 tot en met 23 december": group 1 the joiner
    before_date: re.Pattern[str]
    since: re.Pattern[str]
    past_since: re.Pattern[str]  # "sinds", "since" right before the date: the day has come
    # "donderdag 23 en ", "June 23 and ": the first of two days that share a month
    first_of_two_days: re.Pattern[str]
    past_after: re.Pattern[str]  # "3 februari jongstleden": the writer marks the date past
    past_before: re.Pattern[str]  # "a letter dated 20 December": a document's date, so past
    past: re.Pattern[str]
    # a relative clause from its pronoun to its closing comma ("die zondag overleed,")
    relative_aside: re.Pattern[str]
    # a relative clause opened after a comma that runs on to the date ("Games, which end on")
    relative_opening: re.Pattern[str]
    # a past that says an event happened only in a main clause ("De uitslag ging op 16 juni
    # naar de scholen"; not "liet weten dat de uitslag op 16 juni naar de scholen ging", a plan
    # told in the past)
    past_in_main_clause: re.Pattern[str]
    subordinators: re.Pattern[str]
    past_patterns: tuple[re.Pattern[str], ...]
    relative_past_patterns: tuple[re.Pattern[str], ...]  # "who turned 13": its clause's verb
    reporting: frozenset[str]
    past_endings: tuple[str, ...]
    present_lookalikes: tuple[str, ...]  # "praten": a present plural that looks like a past
    strong_pasts: frozenset[str]  # "reden": a past all the same
    event_clause: re.Pattern[str]
    attributive_openers: frozenset[str]
    present: re.Pattern[str]
    coordinated_present: re.Pattern[str]  # "en sluit": a conjunct's own present verb


def _coordinated_present(spec: dict) -> re.Pattern[str]:
    """A coordinator and a present verb in lower case right after it, known by its ending ("en
    sluit"), not one of the words that end so too."""
    if not spec.get("coordinators") or not spec.get("endings"):
        return re.compile(NOTHING)
    return re.compile(rf"(?<![\w-])(?i:{_pattern(spec['coordinators'])})\s+"
                      rf"(?!(?i:{_pattern(spec.get('not', [])) or NOTHING})(?![\w-]))"
                      rf"[a-zà-öø-ÿ][^\W\d_]+(?:{_pattern(spec['endings'])})(?![\w-])")


def _dated_document(spec: dict, pack: LanguagePack) -> re.Pattern[str]:
    """A document's noun and its word of dating right before a date ("een brief gedateerd",
    "the memo, dated Friday"): the day the document was written, so past."""
    if not spec.get("documents") or not spec.get("words"):
        return re.compile(NOTHING)
    links = _pattern(spec.get("links", [])) or NOTHING
    return re.compile(rf"(?<![\w-])(?:{_pattern(spec['documents'])})\s*,?\s+"
                      rf"(?:{_pattern(spec['words'])})\s+(?:(?:{links})\s+)?"
                      rf"(?:(?:{_pattern(pack.weekdays)}),?\s+)?$", re.IGNORECASE)


@functools.cache
def _tense_words(code: str) -> _TenseWords:
    pack = load_pack(code)
    tense = pack.raw["dates"].get("tense", {})
    attribution = pack.raw["attribution"]
    joiners = "|".join(map(re.escape, sorted(pack.raw["dates"].get("shared_month_joiners", []),
                                             key=len, reverse=True))) or "\x00"
    return _TenseWords(
        planned=phrase_pattern(tense.get("planned", []) or ["\x00"]),
        # "van maandag 13 tot en met zondag 19 december": a span's joiner, no plan
        span_joiner=re.compile(
            r"(?<![\w-])(?:" + "|".join(map(re.escape, tense.get("span_openers", []) or ["\x00"]))
            + r")\s+(?:[^\W\d_]+\.?\s+)?\d{1,2}(?:\s+(?!(?:" + joiners + r")(?![\w-]))"
            r"[^\W\d_]+\.?)?\s+((?:" + joiners + r"))\s+(?=[^\W\d_]*\s*\d)", re.IGNORECASE),
        # "tot 1 mei", "by March 3", "vanaf maandag": a bound, not an event
        before_date=words_before(tense.get("bound_before", []), r"(?:\w+\s+)?"),
        # "since Monday", "since last Monday", "since the fire broke out on Monday"
        since=re.compile(words_before(tense.get("start_bound", []), r"(?:\w+\s+)?").pattern
                         + "|" + words_before(tense.get("start_bound", []),
                                              r"[^,.;:]{1,40}?\s(?:" + "|".join(map(
                                                  re.escape, tense.get("event_day_words", [])
                                                  or ["\x00"])) + r")\s+").pattern,
                         re.IGNORECASE),
        past_since=words_before(tense.get("past_start_bound", []), r"(?:\w+\s+)?"),
        first_of_two_days=re.compile(
            rf"(?<![\w-])(?:(?:{_pattern(pack.weekdays)}),?\s+)?"
            rf"(?:(?:{_pattern(pack.months)})\s+)?\d{{1,2}}(?:\s+(?:{_pattern(pack.months)}))?"
            rf"\s*(?:,|{_pattern(pack.conjunctions)})\s+$", re.IGNORECASE),
        past_before=_dated_document(tense.get("dated_documents", {}) or {}, pack),
        past_after=re.compile(r"\s*,?\s*(?:" + trie_regex(tense.get("past_after_date", [])
                                                         or [NOTHING]) + r")(?!\w)",
                              re.IGNORECASE),
        past=phrase_pattern(tense.get("past", []) or ["\x00"]),
        relative_aside=re.compile(r"(?:(?<=\w )|(?<=\w, ))(?:" + trie_regex(
            tense.get("relative_aside_openers", []) or [NOTHING]) + r")\s[^,;.:!?]{1,120}?,\s",
            re.IGNORECASE),
        relative_opening=re.compile(r",\s+(?:" + trie_regex(
            tense.get("relative_aside_openers", []) or [NOTHING]) + r")\s[^,;.:!?]{0,120}$",
            re.IGNORECASE),
        past_in_main_clause=phrase_pattern(tense.get("past_in_main_clause", []) or ["\x00"]),
        # (the clauses attribution reads as subordinate: "dat", "omdat", "nadat" ...)
        subordinators=phrase_pattern([*attribution.get("subordinators", []), *attribution.get(
            "reported_clause_openers", [])] or ["\x00"]),
        past_patterns=tuple(re.compile(p, re.IGNORECASE) for p in tense.get("past_patterns", [])),
        relative_past_patterns=tuple(re.compile(p, re.IGNORECASE)
                                     for p in tense.get("relative_past_patterns", [])),
        reporting=frozenset(str(v).lower() for v in attribution.get("speech_verbs", [])),
        past_endings=tuple(tense.get("past_endings_after_date", [])),
        present_lookalikes=tuple(tense.get("present_lookalike_endings", [])),
        strong_pasts=frozenset(w.lower() for w in tense.get("strong_pasts_after_date", [])),
        event_clause=re.compile(r"[^.;:!?]{0,25}?,\s*(?:" + "|".join(map(re.escape, tense.get(
            "event_clause_openers", []) or ["\x00"])) + r")(?![\w-])", re.IGNORECASE),
        attributive_openers=frozenset(w.lower() for w in tense.get("attributive_articles", [])),
        coordinated_present=_coordinated_present(tense.get("coordinated_present") or {}),
        # (never before a number: "May 9" is the month)
        present=re.compile(phrase_pattern(tense.get("present_finite", []) or ["\x00"]).pattern
                           + r"(?!\s+\d)", re.IGNORECASE),
    )


def _period_from_publication(unit: str, offset: int, window: tuple[dt.date, dt.date]
                              ) -> tuple[dt.date, dt.date] | None:
    """The calendar year or month `offset` of them from the publication window's ("vorig
    jaar": -1), from the one its start lies in to the one its end lies in."""
    if unit == "year":
        first, last = window[0].year + offset, window[1].year + offset
        return (dt.date(first, 1, 1), dt.date(last, 12, 31)) \
            if first >= dt.MINYEAR and last <= dt.MAXYEAR else None
    first, last = (divmod(day.year * 12 + day.month - 1 + offset, 12) for day in window)
    if not (first[0] >= dt.MINYEAR and last[0] <= dt.MAXYEAR):
        return None
    return (dt.date(first[0], first[1] + 1, 1),
            dt.date(last[0], last[1] + 1, calendar.monthrange(last[0], last[1] + 1)[1]))


def _month_after(match: re.Match[str], window: tuple[dt.date, dt.date],
                 pack: LanguagePack) -> int:
    """The year of "next June" (the first June after publication) or "last June" (the last
    one before it)."""
    direction = pack.raw["dates"]["months_from_now"][match.group(1).lower()]
    month = _month_number(match.group(2), pack)
    if direction > 0:
        return window[1].year + (month <= window[1].month)
    return window[0].year - (month >= window[0].month)


def _month(month: int, year: int | None,
           window: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date] | None:
    """A month; without a year, its last occurrence that began by the end of the window."""
    if year is None:
        year = window[1].year if month <= window[1].month else window[1].year - 1
    if year < dt.MINYEAR:
        return None  # a month before year 1, for a publication in year 1
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _weekday_named(written: str | None, around: str, pack: LanguagePack) -> int | None:
    """0-6 for a weekday written before a date, in full or abbreviated (`around`: the text up
    to the weekday's first letter); an abbreviation only with a capital or a full stop and
    never after an article ("Thu 19 March", "do. 20 maart"; not "zo 3 maart": so; not "The
    Sun 24 March": a newspaper)."""
    if not written:
        return None
    written = written.lower()
    if written in pack.weekdays:
        return pack.weekdays.index(written)
    before = around[:-1].split()
    dates = pack.raw.get("dates", {}) or {}
    # (an agenda's lower case, "vr 5 juni", where the language writes it and it is no word)
    agenda = bool(dates.get("weekday_abbreviations_in_lower_case")) \
        and written not in dates.get("weekday_abbreviations_also_words", [])
    if not (around[-1:].isupper() or written.endswith(".") or agenda) \
            or (before and before[-1].lower() in pack.articles):
        return None
    return _weekday_abbreviations(pack.code).get(written.rstrip("."))


def _day_of_a_month_unsaid(day: int, weekday: int, window: tuple[dt.date, dt.date]
                           ) -> tuple[dt.date, dt.date] | None:
    """The date of "Sunday the 15th": that day of the one month around publication (45 days
    either way) whose date has that weekday; none when no month or two fit (then the writer
    meant something else, or the month cannot be told)."""
    fitting = []
    for months_on in (-2, -1, 0, 1, 2):
        month_index = window[1].year * 12 + window[1].month - 1 + months_on
        try:
            candidate = dt.date(month_index // 12, month_index % 12 + 1, day)
        except ValueError:
            continue  # the 31st of a month of 30 days
        if candidate.weekday() == weekday \
                and shift_days(window[0], -45) <= candidate <= shift_days(window[1], 45):
            fitting.append(candidate)
    return (fitting[0], fitting[0]) if len(fitting) == 1 else None


def _part_of_year(match: re.Match[str], pack: LanguagePack) -> tuple[int, int | None]:
    """The months a quarter or half of a year spans, and which one it is (None for an ordinal
    its unit does not have: "de derde helft")."""
    dates = pack.raw["dates"]
    if match.group("code"):
        return int(dates["part_of_year_codes"][match.group("code").lower()]), \
            int(match.group("number"))
    spec = {k.lower(): v for k, v in dates["parts_of_year"].items()}[
        match.group("unit").lower()]
    ordinal = {str(k).lower(): v for k, v in spec["ordinals"].items()}.get(
        match.group("ordinal").lower())
    return int(spec["months"]), ordinal


_WEEKDAY_CODES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def easter_sunday(year: int) -> dt.date:
    """Easter Sunday of a Gregorian year (the anonymous algorithm of Meeus, Jones and
    Butcher)."""
    golden, century, of_century = year % 19, year // 100, year % 100
    epact = (19 * golden + century - century // 4 - (century - (century + 8) // 25 + 1) // 3
             + 15) % 30
    weekday = (32 + 2 * (century % 4) + 2 * (of_century // 4) - epact - of_century % 4) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return dt.date(year, month, day + 1)


def holiday_day(spec: str, year: int) -> dt.date | None:
    """The day a language pack's holiday falls on in `year`: "12-25" (a fixed day), "04-27
    sun-1" (moved a day back when it falls on a Sunday), "easter+50" (counted from Easter
    Sunday) or "09-tue-3", "05-mon-last" (a month's third Tuesday, its last Monday)."""
    day_spec, _, shift = spec.partition(" ")
    if day_spec.startswith("easter"):
        return shift_days(easter_sunday(year), int(day_spec[len("easter"):] or 0))
    month, *rest = day_spec.split("-")
    if rest[0] in _WEEKDAY_CODES:
        weekday, nth = _WEEKDAY_CODES.index(rest[0]), rest[1]
        first = dt.date(year, int(month), 1)
        day = shift_days(first, (weekday - first.weekday()) % 7)
        if nth == "last":
            while (later := shift_days(day, 7)).month == day.month:
                day = later
            return day
        day = shift_days(day, 7 * (int(nth) - 1))
        return day if day.month == int(month) else None
    try:
        day = dt.date(year, int(month), int(rest[0]))
    except ValueError:
        return None  # (29 February in a common year)
    if shift:
        weekday, moved = shift.split("-", 1) if shift.count("-") else shift.split("+", 1)
        if day.weekday() == _WEEKDAY_CODES.index(weekday):
            day = shift_days(day, -int(moved) if "-" in shift else int(moved))
    return day


def _latest_year_ending(digits: int, latest: int) -> int:
    """The last year up to `latest` whose last two digits are `digits` ('45 written in 2019 is
    1945, '51 written in 2051 is 2051)."""
    year = latest - latest % 100 + digits
    return year if year <= latest else year - 100


def _absolute(day: int, month: int, year: int | None, window: tuple[dt.date, dt.date],
              tense: str = "unknown") -> tuple[dt.date, dt.date] | None:
    """A day and month (and maybe a year); without a year, the one _of_its_year picks. Never
    a year picked to fit a weekday."""
    years = [year] if year else [window[1].year, window[1].year - 1, window[1].year + 1]
    candidates = []
    for y in years:
        try:
            candidates.append(dt.date(y, month, day))
        except ValueError:
            continue  # 30 February: not a date; nothing to resolve
    if not candidates:
        return None
    best = _of_its_year(candidates, window, tense if year is None else "unknown")
    return best, best


def _iso_week(week: int, year: int | None, window: tuple[dt.date, dt.date],
              tense: str = "unknown") -> tuple[dt.date, dt.date] | None:
    """An ISO week, Monday to Sunday, of its year; without one, the week _of_its_year picks.
    None for a week its year does not have (week 53 of a year of 52)."""
    years = [year] if year else [window[1].year, window[1].year - 1, window[1].year + 1]
    candidates = []
    for y in years:
        try:
            candidates.append(dt.date.fromisocalendar(y, week, 1))
        except ValueError:
            continue
    if not candidates:
        return None
    monday = _of_its_year(candidates, window, tense if year is None else "unknown", days=7)
    return monday, shift_days(monday, 6)


def _of_its_year(candidates: list[dt.date], window: tuple[dt.date, dt.date], tense: str,
                 days: int = 1) -> dt.date:
    """Of a day's (or a span's of `days`, by its first day) candidates in the years around
    publication: the next after publication for a planned one ("het concert is op 22
    september"), for a past one the publication year's when it starts at most 30 days after
    publication, else the last one before it (a holiday named as past: the last by
    publication), else the one nearest the window."""
    if tense == "planned":
        candidates = [d for d in candidates
                      if shift_days(d, days - 1) >= window[0]] or candidates
    elif tense in ("past", "past_by_publication"):
        # a day and month stated as past may still fall just after publication (that is
        # the defect the date check looks for) ...
        latest = shift_days(window[1], 30 if tense == "past" else 0)
        earlier = [d for d in candidates if d <= latest]
        # ... in the publication's year when it may be ("Op 3 januari kwamen ..." in a
        # review of the year published on 20 December is that January, not the next)
        this_year = [d for d in earlier if d.year == window[1].year]
        candidates = this_year or earlier or candidates
    near = (shift_days(window[0], -200), shift_days(window[1], 30))
    return min(candidates, key=lambda d: (0 if near[0] <= d <= near[1] else 1,
                                          abs((d - window[1]).days)))


def _weekday_after(text: str, end: int, patterns: _Patterns, pack: LanguagePack
                   ) -> tuple[int | None, int]:
    """The weekday written after a date that ends at `end` ("6 maart, een dinsdag", "1 juli
    (woensdag)") and where the date then ends; (None, end) when none is."""
    after = patterns.weekday_after.match(text, end)
    if not after:
        return None, end
    return pack.weekdays.index((after.group(1) or after.group(2)).lower()), after.end()


def _weekday(weekday: int, window: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date] | None:
    """A weekday named in news is this week's: the last such day on or before publication.

    With a publication window wider than a day, every such day in [start - 6, end] is possible.
    """
    first = shift_days(window[0], -6)
    first = shift_days(first, (weekday - first.weekday()) % 7)
    last = shift_days(window[1], -((window[1].weekday() - weekday) % 7))
    if last < first:
        return None  # at the start of year 1: no such day before publication
    return first, last


def shift_days(day: dt.date, days: int) -> dt.date:
    """`day` moved by `days`, stopping at the calendar's ends (years 1 and 9999) instead of
    overflowing: a publication date at either end is odd, never a reason to crash."""
    return dt.date.fromordinal(min(max(day.toordinal() + days, 1), dt.date.max.toordinal()))


@dataclass
class PublicationWindow:
    """The publication days the text allows, and why."""

    start: dt.date
    end: dt.date
    method: str
    conflicting: bool = False


def infer_publication(mentions: list[DateMention], window: tuple[dt.date, dt.date],
                      text: str, pack: LanguagePack) -> PublicationWindow:
    """Narrow a coarse publication window with the text's own cues.

    A weekday named in the text happened within the week before publication (news names
    weekdays for today and the last few days); a fully dated day in the past tense means
    publication on or after it. Cues that leave no day at all are reported as conflicting,
    and the corpus window is kept.
    """
    if window[0] == window[1]:
        # the corpus gives the day: nothing to infer, and a cue that disagrees is more likely a
        # reference to another day than a wrong date
        return PublicationWindow(window[0], window[1], "corpus")
    days = {window[0] + i * ONE_DAY for i in range((window[1] - window[0]).days + 1)}
    used: list[str] = []
    for mention in mentions:
        if mention.kind == "weekday" and mention.weekday is not None:
            # the weekday within the 7 days up to d (by weekday numbers: no date arithmetic
            # that could leave the calendar)
            allowed = {d for d in days if any(
                (d.weekday() - k) % 7 == mention.weekday for k in range(7))}
            days &= allowed
            used.append(f"weekday:{mention.text.lower()}")
        elif mention.kind in ("absolute", "holiday") and mention.resolved_start:
            if mention.kind == "holiday" and (mention.tense != "past" or (
                    window[0].year != window[1].year and not _YEAR.search(mention.text))):
                # a holiday told of as past has been; one told otherwise may be any year's,
                # and of no year said, in a window of several years, any one is
                continue
            sentence = _sentence_around(text, mention.char_start, mention.char_end, pack)
            if pack.future.search(sentence):
                continue  # a date in a sentence about the future may follow publication
            days &= {d for d in days if d >= mention.resolved_start}
            used.append(f"{mention.kind}:{mention.text}")
    if not used:
        return PublicationWindow(window[0], window[1], "corpus")
    if not days:
        return PublicationWindow(window[0], window[1], "conflicting:" + ",".join(used), True)
    return PublicationWindow(min(days), max(days), ",".join(sorted(set(used))))


def _sentence_around(text: str, start: int, end: int, pack: LanguagePack) -> str:
    left, right = _sentence_of(text, start, end, pack)
    return text[left:right]


__all__ = ["DAY_PARTS", "DateMention", "DayPart", "PublicationWindow", "clause_day_part",
           "find_clock_stamps", "find_date_mentions", "find_day_parts", "held_by_day_part",
           "held_by_sql_pattern", "infer_publication", "names_another_day"]
