"""Language packs (lang/<code>.yml) loaded into matchers. Knowledge is data; this is machinery.

A pack lists number words, vague quantities with their intervals, qualifiers, metric and
subject cues, hedges, attribution cues and date words. Adding a language is adding a pack
(plus tests); nothing here names a language's words.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from validation.config import FAST_SAFE_LOADER

LANG_DIR = Path(__file__).with_name("lang")

# Longer "sentences" (lists, tables, text without full stops) are read in pieces of this size,
# and no search for a sentence's or clause's edge looks further: news sentences are well under
# it, and an unbounded look in a text without full stops costs the square of its length.
MAX_SENTENCE_CHARS = 1000


def _place_name(data: dict) -> str:
    """A place's name as a regex group: one or two capitalised words, or capitalised words
    joined by the pack's place-name particles ("Bergen op Zoom", "Capelle aan den IJssel",
    "Newcastle upon Tyne")."""
    particles = "|".join(r"\s+".join(map(re.escape, p.split()))
                         for p in sorted(data.get("place_name_particles", []) or ["\x00"],
                                         key=len, reverse=True))
    return (rf"([A-Z][\w'-]+(?:\s+(?:{particles})\s+[A-Z][\w'-]+"
            rf"|[- ][A-Z][\w'-]+)?)")


def phrase_pattern(phrases: list[str], marks_after_digits: bool = False) -> re.Pattern[str]:
    """One case-insensitive regex matching any phrase on word boundaries, longest first; with
    `marks_after_digits` a phrase opening with a mark may follow a figure's digits, never a
    letter ("160% more": a phrase said of the figure, where a cue word's "%" is not one)."""
    marked = [p for p in phrases if not re.match(r"\w", p)] if marks_after_digits else []
    if not marked:
        return re.compile(rf"(?<![\w-])(?:{trie_regex(phrases)})(?![\w-])", re.IGNORECASE)
    worded = [p for p in phrases if re.match(r"\w", p)] or ["\x00"]
    return re.compile(rf"(?:(?<![\w-])(?:{trie_regex(worded)})"
                      rf"|(?<![^\W\d_])(?<!-)(?:{trie_regex(marked)}))(?![\w-])", re.IGNORECASE)


def _next_sentence_hedges(hedges: dict) -> re.Pattern[str]:
    """What a sentence opens with when it hedges the sentence before: a phrase that says so,
    or a hedge of its own followed within a few words by a word that refers back."""
    phrases = hedges.get("next_sentence", []) or ["\x00"]
    openers = hedges.get("next_sentence_openers", []) or ["\x00"]
    references = hedges.get("next_sentence_references", []) or ["\x00"]
    return re.compile(rf"(?<![\w-])(?:(?:{trie_regex(phrases)})(?![\w-])"
                      rf"|(?:{trie_regex(openers)})(?![\w-])[^.!?]{{0,40}}?(?<![\w-])"
                      rf"(?:{trie_regex(references)})(?![\w-]))", re.IGNORECASE)


def word_start_alternation(words: list[str]) -> str:
    """Any of `words` (lower-case) where a word starts: the look-behind for the word's edge
    comes after each word's first letter, so that `re` skips ahead to those letters (a
    look-behind first is tried at every character)."""
    return "|".join(f"{re.escape(word[0])}(?<![\\w-]{re.escape(word[0])}){re.escape(word[1:])}"
                    for word in sorted({w.lower() for w in words}, key=len, reverse=True))


# an optional currency sign between a word and its number: "between $10", "niet € 30"
CURRENCY = r"(?:[$€£]\s*)?"
# a currency sign or an ISO 4217 code right before a number: "£17,000", "GBP 17,000",
# "EUR 2,5 miljoen" (the codes newsrooms and wires write)
# (not CNY, also Chinese New Year: "During CNY 300 million people travel")
CURRENCY_BEFORE = re.compile(r"(?:[$€£]|(?<![A-Za-z])(?:EUR|USD|GBP|CHF|JPY|SEK|NOK|DKK|PLN"
                             r"|CAD|AUD|NZD|INR|RUB|TRY|ZAR|BRL|MXN|HKD|SGD)\s?)\s*$")


def words_before(words: list[str], then: str = "") -> re.Pattern[str]:
    """One of `words` ending a stretch of text, then white space and `then` (a regex): what
    stands just before a number or a date ("niet 30", "tot 1 mei", "between $10")."""
    alternatives = "|".join(map(re.escape, words)) or "\x00"
    return re.compile(rf"(?<![\w-])(?:{alternatives})\s+{then}$", re.IGNORECASE)


def trie_regex(phrases: list[str]) -> str:
    """An alternation of phrases as a trie ("ge(?:wond|dood)"): `re` tries a flat
    alternation of hundreds of words at every position, a trie one branch per character."""
    trie: dict = {}
    for phrase in {p.lower() for p in phrases}:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_body(trie) if trie else "\x00"


def _trie_body(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(char) + _trie_body(child)
                for char, child in sorted(node.items(), reverse=True) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # a phrase may end here; the longer continuation is tried first (greedy ?)
    return f"(?:{body})?" if ends else body


class Cue(NamedTuple):
    """A phrase found in text: what it stands for (a metric, subject...) and where it is.
    (A named tuple: articles make thousands of them, and a dataclass is slower to build.)"""

    label: str
    start: int
    end: int
    text: str


def partitive_words(numbers: dict) -> list[str]:
    """The words before a part of a figure: partitives ("van wie", "including") and the words
    that list all the parts a whole is made of ("te weten", "comprising")."""
    return list(numbers.get("partitive") or []) + list(numbers.get("part_lists") or [])


# the lists of a pack's hedges that hedge only in one place, each the label of its cues
HEDGE_PLACES = ("next_to_figure", "after_figure", "fears", "beliefs", "unverified")


class CueSet:
    """Phrases grouped by label (metric -> cue words); finds them all in a text."""

    def __init__(self, groups: dict[str, list[str]]):
        self.label_of: dict[str, str] = {}
        for label, phrases in groups.items():
            for phrase in phrases:
                self.label_of.setdefault(str(phrase).lower(), label)
        self.pattern = phrase_pattern(list(self.label_of)) if self.label_of else None
        # Matching lower-cased text without IGNORECASE is several times faster in `re`.
        self.lower_pattern = re.compile(self.pattern.pattern) if self.pattern else None
        # where a phrase can start in a long text: its first word, or its first character
        # when that is no letter ("%")
        self.first_words, self.first_marks = first_words_of(list(self.label_of))

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Cue]:
        """Every phrase of the set in text[start:end], left to right."""
        if self.pattern is None:
            return []
        end = len(text) if end is None else end
        if end - start >= INDEXED_FROM:
            index = word_index(text)
            if index is not None:
                return self._find_indexed(text, index, start, end)
        # only the stretch searched is lower-cased (with the character the look-behind reads):
        # lower-casing the whole text for every short search cost the square of its length
        offset = max(0, start - 1)
        lowered = text[offset:end].lower()
        if len(lowered) != end - offset:  # a few characters change length when lower-cased
            return [Cue(self.label_of[m.group(0).lower()], m.start(), m.end(), m.group(0))
                    for m in self.pattern.finditer(text, start, end)]
        return [Cue(self.label_of[m.group(0)], m.start() + offset, m.end() + offset,
                    text[m.start() + offset:m.end() + offset])
                for m in self.lower_pattern.finditer(lowered, start - offset)]

    def _find_indexed(self, text: str, index: WordIndex, start: int, end: int) -> list[Cue]:
        """`find` in a long text, through its word index."""
        return [Cue(self.label_of[m.group(0)], m.start(), m.end(), text[m.start():m.end()])
                for m in matches_at_words(self.lower_pattern, self.first_words,
                                          self.first_marks, index, start, end)]


def first_words_of(phrases: list[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The lower-case first words of phrases, and the first characters of those that open with
    no letter ("%"): where a match of them can start."""
    first = [_WORD.match(phrase).group() or phrase[0] for phrase in {p.lower() for p in phrases}]
    words = frozenset(word for word in first if _WORD.match(word).group())
    assert all(len(word) < _LONGEST_WORD for word in words), \
        f"a pack phrase's first word is {_LONGEST_WORD} letters or more"
    return words, tuple(sorted(set(first) - words))


def matches_at_words(pattern: re.Pattern[str], first_words: frozenset[str],
                     first_marks: tuple[str, ...], index: WordIndex, start: int = 0,
                     end: int | None = None) -> list[re.Match[str]]:
    """pattern.finditer over index.lowered[start:end], a pattern that can only start where one
    of `first_words` starts (or one of `first_marks` stands): tried only there, where `re`
    would try it at every character. The matches are those finditer gives."""
    lowered, words, starts, word_set = index
    end = len(lowered) if end is None else end
    first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    candidates = []
    for word in first_words & word_set:
        at = first - 1
        try:
            while True:
                at = words.index(word, at + 1, last)
                candidates.append(starts[at])
        except ValueError:
            pass  # no more of it before `end`
    if end < len(lowered) and _WORD_CHARS.fullmatch(lowered, end - 1, end + 1):
        # a word cut by `end` is read as ending there, as in text[start:end]
        cut = _WORD_CHARS.search(lowered, max(start, end - _LONGEST_WORD), end).start()
        if lowered[cut:end] in first_words:
            candidates.append(cut)
    for mark in first_marks:
        position = lowered.find(mark, start, end)
        while position >= 0:
            candidates.append(position)
            position = lowered.find(mark, position + 1, end)
    candidates.sort()
    found: list[re.Match[str]] = []
    reached = start
    for position in candidates:
        if position < reached:
            continue  # inside the match found before: matches do not overlap
        match = pattern.match(lowered, position, end)
        if match:
            found.append(match)
            reached = match.end()
    return found


# A stretch searched at least this long is found through its text's word index (made once:
# `word_index` keeps the last few texts'); shorter ones are matched directly.
INDEXED_FROM = 300
_WORD = re.compile(r"\w*")
_WORD_CHARS = re.compile(r"\w+$")
_LONGEST_WORD = 60  # a phrase's first word is shorter: a word cut by a stretch's end is looked
# for this far back


class WordIndex(NamedTuple):
    """A text's words and where they start, to try a pattern only where it can match."""

    lowered: str  # the text lower-cased
    words: list[str]  # its runs of letters and digits, and "" between two marks in a row
    starts: list[int]  # where each starts
    word_set: frozenset[str]  # the words, once each


class _Blanks(dict):
    """str.translate's table: a letter or digit (re's \\w) stays, any other character is a
    space; each character looked up once in the process."""

    def __missing__(self, code: int) -> int:
        self[code] = code if re.match(r"\w", chr(code)) else 32
        return self[code]


_BLANKS = _Blanks()


@functools.lru_cache(maxsize=8)
def word_index(text: str) -> WordIndex | None:
    """The text's words and where they start, read with str methods only (a regex or a loop
    over the words cost more than the searches they save); None when lower-casing changes the
    text's length. A word after a hyphen is listed too: the patterns' look-behind rejects it."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    words = lowered.translate(_BLANKS).split(" ")
    starts = list(itertools.accumulate(map((1).__add__, map(len, words)), initial=0))
    return WordIndex(lowered, words, starts, frozenset(words))


@dataclass(frozen=True)
class LanguagePack:
    """Everything the extractor knows about one language, compiled for matching."""

    code: str
    decimal_separator: str
    thousands_separator: str
    word_stems: tuple[str, ...]
    one_phrases: CueSet
    scales: dict[str, float]
    multipliers: dict[str, float]
    vague: dict[str, dict[str, list[float]]]
    vague_phrases: CueSet
    qualifiers: CueSet
    # qualifiers only of an amount of money or a percentage ("onder de 10.000 euro", "under
    # $10,000"; "onder de 300 doden" is among them)
    amount_qualifiers: CueSet
    metrics: CueSet
    subjects: CueSet
    hedges: CueSet
    next_sentence_hedges: re.Pattern[str]
    attribution: CueSet
    speech_verbs: CueSet
    zero_words: CueSet
    partitive: re.Pattern[str]
    inherit_source: re.Pattern[str]
    inherit_unless: re.Pattern[str]  # phrases that hold an inherit word as another word
    attribution_stops: re.Pattern[str]
    reporters: CueSet
    articles: frozenset[str]
    conjunctions: frozenset[str]
    place: re.Pattern[str]
    place_anaphora: re.Pattern[str]
    place_antecedent: re.Pattern[str]
    future: re.Pattern[str]
    weekdays: tuple[str, ...]
    months: tuple[str, ...]
    month_first: bool  # the language writes "July 22" as well as "22 July" (dates.month_first)
    relative_days: dict[str, tuple[int, int]]
    holidays: dict[str, str]
    # a hyphen and the noun a number counts, written as one word with it ("a 60-vote majority");
    # group 1 is the noun, `counted_compounds` its metric
    counted_compound: re.Pattern[str]
    counted_compounds: dict[str, str]
    raw: dict[str, Any]

    @property
    def number_word_pattern(self) -> re.Pattern[str]:
        return _number_word_pattern(self.number_word_body, self.counted_compound.pattern)

    @property
    def number_word_body(self) -> str:
        """The number-word pattern without its word edges, to build others from
        ("zestienjarige", "twenty-five-year-old")."""
        return _number_word_body(self.code, self.word_stems, tuple(self.scales),
                                 tuple(self.raw["numbers"].get("and_after", [])))


@functools.cache
def _number_word_pattern(body: str, compound: str) -> re.Pattern[str]:
    """Compiled once per language: it is read for every text and every people check."""
    return re.compile(rf"(?<![\w-]){body}(?:(?![\w-])|(?={compound}))", re.IGNORECASE)


@functools.cache
def _number_word_body(code: str, stems: tuple[str, ...], scales: tuple[str, ...],
                      and_after: tuple[str, ...] = ()) -> str:
    # a word made only of number stems (and joiners such as Dutch "en"), e.g. tweeduizend,
    # vierhonderdvijftig, twenty-one; "and" after a scale word ("one hundred and twenty-one")
    parts = sorted(set(stems) | set(scales), key=len, reverse=True)
    alternatives = "|".join(re.escape(p) for p in parts)
    after_scale = "".join(f"(?<={re.escape(word)})" if not i else f"|(?<={re.escape(word)})"
                          for i, word in enumerate(and_after))
    joiners = (rf"(?:(?:{after_scale})\s+and\s+|en|ën|-|\s)?" if and_after
               else r"(?:en|ën|-|\s)?")
    return rf"(?:(?:{alternatives}){joiners})+"


@functools.cache
def load_pack(code: str) -> LanguagePack:
    """The language pack for an ISO 639-1 code; KeyError when there is none."""
    path = LANG_DIR / f"{code}.yml"
    if not path.exists():
        raise KeyError(code)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=FAST_SAFE_LOADER)
    _check_words(data, str(path))
    numbers = data["numbers"]
    attribution = data["attribution"]
    dates = data["dates"]
    compounds = {noun.lower(): metric for metric, nouns in (
        data.get("metric_hyphen_compounds", {}) or {}).items() for noun in nouns}
    return LanguagePack(
        code=data["language"],
        decimal_separator=data["decimal_separator"],
        thousands_separator=data["thousands_separator"],
        word_stems=tuple(numbers["word_stems"]),
        one_phrases=CueSet({"one": numbers.get("one_phrases", [])}),
        scales={k.lower(): float(v) for k, v in numbers.get("scales", {}).items()},
        multipliers={k.lower(): float(v) for k, v in numbers.get("multipliers", {}).items()},
        vague={k.lower(): v for k, v in data.get("vague_quantities", {}).items()},
        vague_phrases=CueSet({"vague": list(data.get("vague_quantities", {}))}),
        qualifiers=CueSet(data.get("qualifiers", {})),
        amount_qualifiers=CueSet(data.get("amount_qualifiers", {}) or {}),
        metrics=CueSet(data.get("metrics", {})),
        subjects=CueSet(data.get("subjects", {})),
        # (labelled by where they hedge: their clause, next to the figure, after it, the
        # clause a fear opens, or where they end a clause about the figure)
        hedges=CueSet({"hedge": data.get("hedges", {}).get("words", []),
                       **{place: data.get("hedges", {}).get(place, []) or []
                          for place in HEDGE_PLACES}}),
        next_sentence_hedges=_next_sentence_hedges(data.get("hedges", {}) or {}),
        attribution=CueSet({"source": attribution.get("before_source", [])}),
        speech_verbs=CueSet({"verb": attribution.get("speech_verbs", [])}),
        zero_words=CueSet({"zero": numbers.get("zero_words", [])}),
        partitive=phrase_pattern(partitive_words(numbers) or ["\x00"]),
        inherit_source=phrase_pattern(attribution.get("inherit", [])),
        inherit_unless=re.compile("(?:" + ("|".join(map(re.escape, attribution.get(
            "inherit_unless", []))) or "\x00") + r")(?![\w-])", re.IGNORECASE),
        # (with the closing parts of split reporting verbs: "liet de politie weten")
        attribution_stops=phrase_pattern(attribution.get("stop_words", []) + [
            closing for frame in attribution.get("split_reports", [])
            for closing in frame["closing"]]),
        reporters=CueSet({"reporter": attribution.get("reporters", [])}),
        articles=frozenset(w.lower() for w in data.get("articles", [])),
        conjunctions=frozenset(w.lower() for w in data.get("conjunctions", [])),
        # "in Almaty", "bij Nur-Sultan": a capitalised name after a place preposition
        # with a direction between: "in northern Slovenia", "in het noorden van Marokko"
        place=re.compile(r"(?<![\w-])(?i:" + "|".join(map(re.escape, data.get(
            "places_prepositions", []) + data.get("place_people", []) or ["\x00"]))
            + r")\s+(?:(?i:" + "|".join(map(
                re.escape, data.get("place_modifiers", []) or ["\x00"])) + r")\s+)?"
            # "in the Netherlands": an article only before the names that take one, the name
            # ending its phrase ("the US embassy", "the Congo River" name no place)
            + r"(?:(?i:" + "|".join(map(re.escape, data.get("articles", []) or ["\x00"]))
            + r")\s+(?=(?:" + "|".join(map(re.escape, data.get("places_after_article", [])
                                          or ["\x00"]))
            + r")(?:['’]s?)?(?:\s*[^\w\s'’-]|\s*$|\s+(?:" + "|".join(map(re.escape, data.get(
                "place_after_article_followers", []) or ["\x00"])) + r")(?![\w-]))))?"
            + _place_name(data)),
        # "in de stad" names no place: it is the one last named ("de politie van Almaty")
        place_anaphora=phrase_pattern(data.get("place_anaphora", []) or ["\x00"]),
        place_antecedent=re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, data.get(
            "places_prepositions", []) + data.get("place_antecedent_prepositions", []) or [
            "\x00"])) + r")\s+" + _place_name(data)),
        future=phrase_pattern(dates.get("future_words", []) or ["\x00"]),
        weekdays=tuple(w.lower() for w in dates.get("weekdays", [])),
        months=tuple(m.lower() for m in dates.get("months", [])),
        month_first=bool(dates.get("month_first")),
        relative_days={k.lower(): (int(v[0]), int(v[1]))
                       for k, v in dates.get("relative_days", {}).items()},
        holidays={k.lower(): v for k, v in dates.get("holidays", {}).items()},
        counted_compound=re.compile(r"-(" + "|".join(map(re.escape, compounds or ["\x00"]))
                                    + r")(?![\w-])", re.IGNORECASE),
        counted_compounds=compounds,
        raw=data,
    )


def _check_words(value: Any, where: str) -> None:
    """YAML reads bare on/off/yes/no as booleans: a word list must hold only text."""
    if isinstance(value, dict):
        for key, item in value.items():
            _check_words(item, f"{where}: {key}")
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, bool):
                raise ValueError(f"{where}: {item!r} is not a word; quote it (\"on\", \"no\")")
            _check_words(item, where)


@functools.cache
def abbreviation_pattern(code: str) -> re.Pattern[str]:
    """One of the pack's abbreviations or an initial ending a stretch of text with its full
    stop ("Sept.", "dhr.", "p.m.", "W."): a full stop that ends no sentence."""
    words = sorted(load_pack(code).raw.get("abbreviations", []), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, words or ["\x00"]))
                      + r"|[A-Z])\.$", re.IGNORECASE)


def available_languages() -> list[str]:
    return sorted(p.stem for p in LANG_DIR.glob("*.yml"))


@functools.cache
def every_pack_clause_words(key: str, section: str = "clause_words") -> tuple[str, ...]:
    """The words every pack lists under section[key] (a section path with dots: "dates.tense"),
    lower-cased, longest first (one list for every language: the words of one are no words of
    another)."""
    def listed(code: str) -> list[str]:
        node = load_pack(code).raw
        for part in section.split("."):
            node = node.get(part) or {}
        return node.get(key, [])

    return tuple(sorted({w.lower() for code in available_languages() for w in listed(code)},
                        key=len, reverse=True))


@functools.cache
def every_pack_words_pattern(key: str, after: str = "([^[:alnum:]_]|$)",
                             section: str = "clause_words") -> str:
    """A regular expression (RE2, for DuckDB's regexp_matches on lower-cased text) of
    every_pack_clause_words(key, section), each a whole word or phrase, then `after`."""
    words = every_pack_clause_words(key, section)
    alternatives = "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in words)
    return "(^|[^[:alnum:]_])(" + (alternatives or "\\x00") + ")" + after
