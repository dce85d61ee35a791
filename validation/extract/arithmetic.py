"""Extract: arithmetic a sentence states, so that a figure which cannot follow from the others
can be found (expect_stated_arithmetic_to_hold).

The kinds, each said within one clause or sentence:
- percent_change: a change from one figure to another with its percentage ("daalde van 62.000
  naar 49.000, een daling van 40 procent", "rose from 120 to 150, an increase of 25%");
- multiple: a change with the multiple it is said to be ("verdubbelde van 46 naar 92",
  "tripled from 14 to 42");
- share: a part of a whole with the percentage it is ("57.400 van de 5,6 miljoen loten, ruim
  tien procent", "12 of the 40 members (30%)");
- years_ago: a year with how long ago it was ("in 2017, 44 jaar geleden", "25 years ago, in
  1999"), against the year of publication;
- conversion: a measure with its conversion in brackets ("17 m (56 ft)", "31C (88F)") or set
  after a comma at its clause's end ("15 meter per seconde, ruim 70 kilometer per uur");
- difference and times_as_many: a figure, then how many more or fewer, or how many times as
  many, it is than a figure said after it ("24 inzittenden, zes meer dan de voorste, waarin 20
  mensen zaten", "14 boxes, three times as many as Vlieland, where seven washed up");
- average: a total over a time and its average per unit of time after a comma ("84 meldingen
  in twee weken, gemiddeld twaalf per dag", "45 arrests over three days, averaging 15 a day").
- parts_sum: a whole and the parts the text says make it up, whose sum the whole must hold,
  where nothing lets them overlap ("Zeventien gewonden, respectievelijk dertien bewoners, vier
  medewerkers en één brandweerman", "six crew, comprising two pilots and five flight
  attendants"; three or more names with their figures in brackets after a preposition of
  place: "in Menen (6.100), Wevelgem (3.900) en Wervik (1.900)").

What is read here is what the text says; the arithmetic is done by the expectation, so the
tolerance of each kind is where it can be read with the check.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
from dataclasses import dataclass

from validation.extract.claims import claim_words, sentences
from validation.extract.lexicon import LanguagePack, load_pack, trie_regex
from validation.extract.numbers import (
    EXACT,
    Quantity,
    change_verb_pattern,
    find_quantities,
    number_value,
    range_joiner_pattern,
    reads_as_change,
    without_opening_qualifier,
    written_figure,
)

# (share_change: a change of two percentages by a percentage, which may be relative or in
# points: "van 40 naar 50 procent, een stijging van 10 procent")
KINDS = ("percent_change", "share_change", "percent_points", "multiple", "share", "years_ago",
         "conversion", "difference", "times_as_many", "average", "parts_sum")


@dataclass
class StatedArithmetic:
    """One row of the stated_arithmetic table (offsets into the article body).

    `first_value` is the change's start, the year, or the measure in the unit of its
    conversion; `second_value` the change's end or the conversion as written; `stated_low` and
    `stated_high` what the text says follows (the percentage, the multiple, the years; a bound
    of None is open); `slack` how far the arithmetic may miss it through rounding."""

    arithmetic_id: str
    article_id: str
    kind: str
    first_value: float
    second_value: float | None
    stated_low: float | None
    stated_high: float | None
    slack: float
    char_start: int
    char_end: int
    operands: str  # the figures as written ("62.000 -> 49.000", "2017", "31C")
    stated: str  # what the text says follows, as written ("40 procent", "(97F)")
    quote: str


@dataclass(frozen=True)
class _ArithmeticWords:
    change_percent: re.Pattern[str]  # "een daling van", "a rise of", "rose by" before a figure
    change_percent_anywhere: re.Pattern[str]
    change_from: re.Pattern[str]  # "van", "from" right before a figure
    percent_by: re.Pattern[str]  # "met", "by" right before a figure
    # what joins a change's two figures, a time of the first between maybe ("van 46 in heel
    # 2059 naar 92", "from 62,000 in July last year to 49,000")
    change_gap: re.Pattern[str]
    percent_after: re.Pattern[str]  # "procent", "%" right after it
    points_after: re.Pattern[str]  # "procentpunt", "percentage points"
    multiples: dict[str, float]
    multiple_word: re.Pattern[str]
    at_least: re.Pattern[str]  # "ruim", "more than" just before a multiple's word
    at_most: re.Pattern[str]  # "bijna", "nearly"
    at_least_after: re.Pattern[str]  # "ruim" right after a multiple's verb ("verdubbelde ruim")
    about: re.Pattern[str]  # "ongeveer", "roughly" before a multiple's verb
    # what opens a change's percentage after the change ("..., een daling van", " (up ")
    change_after: re.Pattern[str]
    multiple_gap: re.Pattern[str]  # between a multiple's verb and the change's "van"
    figure_unit: re.Pattern[str]  # a figure's unit after it ("euro", "procent", "bezoekers")
    comparative_after: re.Pattern[str]  # " meer", " higher" after a percentage's word
    part_of: re.Pattern[str]  # " van de ", " of the " between a part and its whole
    # what stands between a whole and the share a part is of it ("..., ruim", " (")
    share_opening: re.Pattern[str]
    # a year and "N jaar geleden" beside it, either way round
    years_ago: tuple[re.Pattern[str], re.Pattern[str]]
    ago: re.Pattern[str]  # "jaar geleden" alone: a text without it says no year's age
    decade_before: re.Pattern[str]  # "jaren" before a year: a decade ("de jaren 1950")
    units: dict[str, tuple[str, float, float]]  # unit -> (dimension, factor, offset)
    minus: str  # the words of a sign before a figure ("min", "minus"), as an alternation
    qualifiers: dict[str, frozenset[str]]  # at_least, at_most, about: their words
    conversion: re.Pattern[str]
    # ... or in an apposition ending its clause ("bij windsnelheden boven 15 meter per
    # seconde, ruim 70 kilometer per uur.")
    conversion_apposed: re.Pattern[str]
    measure: re.Pattern[str]  # a figure and its unit: what a conversion opens with
    # after a figure: "meer dan", "fewer than", "times as many as" (groups more, fewer, times),
    # then the comma and the word opening the clause about what it is compared with
    compared: re.Pattern[str]
    # a total, a time it took and the average said of it per unit of time ("84 meldingen in
    # twee weken, gemiddeld twaalf per dag"), with the periods' lengths in days
    average: re.Pattern[str]
    average_said: re.Pattern[str]  # "gemiddeld", "an average of": what an average needs
    periods: dict[str, float]
    # a whole's noun and the words that say the parts after it make it up (", respectievelijk",
    # ", te weten", " comprising"), up to the first part's figure
    parts_opening: re.Pattern[str]
    pair_before: re.Pattern[str]  # "70 en ", "twee en " before a whole: one of a pair
    parts_joint: re.Pattern[str]  # a part's noun and the joint to the next part
    # a name and the bracket its figure stands in ("Menen (", "), Wevelgem (", ") en Wervik (")
    bracket_first: re.Pattern[str]
    bracket_joint: re.Pattern[str]
    parts_said: re.Pattern[str]  # what a text listing parts holds: looked for first
    parts_words: tuple[str, ...]  # ... its words, in lower case, looked for as strings
    bracket_figure: re.Pattern[str]  # ... and its figure in brackets, "(6.100), "
    place_before_names: re.Pattern[str]  # a preposition of place before bracketed names
    bracket_names: re.Pattern[str]  # each name before a bracketed figure
    not_part_names: frozenset[str]  # weekdays, months and countries: no part of a list
    prepositions: frozenset[str]  # before a figure: a circumstance, no whole
    comparatives: frozenset[str]  # "meer", "more" after a part: a difference, no part
    before_whole_skips: frozenset[str]  # articles, possessives, "last" between them
    dimensions: dict[str, frozenset[str]]  # a noun of people: the ways of dividing it names


_NUMBER = r"\d+(?:[.,]\d{3})*(?:[.,]\d+)?"
# a name of up to three words, each with a capital ("Menen", "Den Haag")
_NAME = r"(?-i:[A-ZÀ-Ý])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]*){0,2}"


@functools.cache
def arithmetic_words(code: str) -> _ArithmeticWords:
    """The pack's `arithmetic` words as matchers."""
    pack = load_pack(code)
    raw = pack.raw.get("arithmetic", {}) or {}
    numbers = pack.raw["numbers"]
    change_percent = trie_regex(raw.get("change_percent", []) or ["\x00"])
    qualifiers = raw.get("qualifiers", {}) or {}
    multiples = {w.lower(): float(f) for w, f in (raw.get("multiples", {}) or {}).items()}
    ago = trie_regex(raw.get("years_ago", []) or ["\x00"])
    year = r"(?P<year>1[6-9]\d\d|2\d\d\d)"
    count = r"(?P<count>\d{1,3}|[^\W\d_]+)"
    # any qualifier of a figure's bound ("ruim", "bijna", "ongeveer")
    qualifier = trie_regex(qualifiers.get("at_least", []) + qualifiers.get("at_most", [])
                           + qualifiers.get("about", []) or ["\x00"])
    ago_qualifier = rf"(?:(?P<qualifier>{qualifier})\s+)?"
    link = r"\s*(?:,|\(|–|—|-)\s*"
    units = {}
    for unit, (dimension, factor, *offset) in (raw.get("units", {}) or {}).items():
        units[str(unit)] = (dimension, float(factor), float(offset[0]) if offset else 0.0)
    unit = r"(?:°\s*)?(?P<{}>" + trie_regex(sorted(units, key=len, reverse=True) or ["\x00"]) \
        + r")(?![\w°])"
    about = trie_regex(qualifiers.get("about", []) or ["\x00"])
    minus = trie_regex(raw.get("minus", []) or ["\x00"])  # "min 6 graden", "minus 6"
    listed = raw.get("listed_parts") or {}
    grammar = pack.raw.get("grammar", {}) or {}
    parts_joiners, parts_places = (
        trie_regex(listed.get(key, []) or ["\x00"]) for key in ("joiners", "places"))
    number_words = trie_regex(list(pack.word_stems) or ["\x00"])
    # (the words that list all the parts a whole is made of, "te weten", "comprising", too)
    parts_openers = trie_regex(listed.get("openers", []) + numbers.get("part_lists", [])
                               or ["\x00"])
    return _ArithmeticWords(
        change_percent=re.compile(rf"(?<![\w-])(?:{change_percent})\s+$", re.IGNORECASE),
        change_percent_anywhere=re.compile(rf"(?<![\w-])(?:{change_percent})\s", re.IGNORECASE),
        change_from=re.compile(r"(?<![\w-])(?:" + trie_regex(
            numbers.get("change_before", []) or ["\x00"])
            + r")\s+(?:\S+\s+)?$", re.IGNORECASE),
        change_gap=re.compile(
            r"\s*(?:(?:" + trie_regex(numbers.get("change_year_prepositions", [])
                                      + raw.get("time_between", []) or ["\x00"])
            + r")\s+(?:[^\W\d][^,;:.!?\d]{0,30}?)?(?:\s*(?:1[6-9]|2\d)\d\d)?\s*,?\s*)?(?:"
            + trie_regex(numbers.get("change_to", []) or ["\x00"]) + r")\s*(?:[$€£]\s*)?",
            re.IGNORECASE),
        part_of=re.compile(r"\s+(?:" + trie_regex(numbers.get("part_of_group", []) or ["\x00"])
                           + r")\s+", re.IGNORECASE),
        share_opening=re.compile(r"(?:,|\(|—|–|:)\s*(?:(?:" + trie_regex(
            raw.get("share_openers", []) or ["\x00"]) + r")\s+)?$", re.IGNORECASE),
        percent_by=re.compile(r"(?<![\w-])(?:" + trie_regex(
            pack.raw.get("percentage_change_by", []) or ["\x00"]) + r")\s+$",
            re.IGNORECASE),
        percent_after=re.compile(r"\s*(?:" + trie_regex(raw.get("percent", []) or ["\x00"])
                                 + r")(?![\w])", re.IGNORECASE),
        points_after=re.compile(r"\s*(?:" + trie_regex(raw.get("points", []) or ["\x00"])
                                + r")(?![\w])", re.IGNORECASE),
        multiples=multiples,
        multiple_word=re.compile(r"(?<![\w-])(?:" + trie_regex(sorted(multiples) or ["\x00"])
                                 + r")(?![\w-])", re.IGNORECASE),
        at_least=re.compile(r"(?:" + trie_regex(qualifiers.get("at_least", []) or ["\x00"])
                            + r")\s+$", re.IGNORECASE),
        at_least_after=re.compile(r"\s+(?:" + trie_regex(qualifiers.get("at_least", [])
                                                        or ["\x00"]) + r")(?![\w-])",
                                  re.IGNORECASE),
        about=re.compile(r"(?<![\w-])(?:" + trie_regex(qualifiers.get("about", []) or ["\x00"])
                         + r")\s+$", re.IGNORECASE),
        change_after=re.compile(r"\s*(?:,|\(|—|–|:)\s*(?:(?:" + trie_regex(
            sorted(pack.articles) or ["\x00"]) + rf")\s+)?(?:{change_percent})\s*",
            re.IGNORECASE),
        multiple_gap=re.compile(r"\s*(?:(?:" + trie_regex(qualifiers.get("at_least", [])
                                                         + qualifiers.get("at_most", [])
                                                         or ["\x00"]) + r")\s*)?[,:]?\s*",
                                re.IGNORECASE),
        comparative_after=re.compile(r"\s+(?:" + trie_regex(raw.get("comparatives", [])
                                                           or ["\x00"]) + r")(?![\w-])",
                                     re.IGNORECASE),
        figure_unit=re.compile(r"(?:\s*(?:%|[^\W\d_]+)){0,2}(?=\s*(?:[,.;:()!?—–]|$))"),
        at_most=re.compile(r"(?:" + trie_regex(qualifiers.get("at_most", []) or ["\x00"])
                           + r")\s+$", re.IGNORECASE),
        decade_before=re.compile(r"(?<![\w-])(?:" + trie_regex(raw.get("decade_words", [])
                                                              or ["\x00"]) + r")\s+$",
                                 re.IGNORECASE),
        ago=re.compile(rf"(?<![\w-])(?:{ago})(?![\w-])", re.IGNORECASE),
        # (the years ago end their clause: "in 2010, twintig jaar geleden was dat ..." dates
        # the clause after it, not 2010)
        years_ago=(re.compile(rf"(?<![\w.,]){year}{link}{ago_qualifier}{count}\s+(?:{ago})\b"
                              r"(?=\s*(?:[,.;:)!?—–]|$))", re.IGNORECASE),
                   re.compile(rf"(?<![\w.,]){ago_qualifier}{count}\s+(?:{ago}){link}"
                              rf"(?:in\s+)?{year}(?![\w.,]\d|\d)", re.IGNORECASE)),
        units=units,
        minus=minus,
        qualifiers={kind: frozenset(w.lower() for w in qualifiers.get(kind, []))
                    for kind in ("at_least", "at_most", "about")},
        # a measure: what both conversions open with, looked for once in a text
        measure=re.compile(rf"(?<![\w.,$€£]){_NUMBER}\s*{unit.format('unit')}", re.IGNORECASE),
        conversion=re.compile(rf"(?<![\w.,$€£])(?:(?P<minus>{minus})\s+)?(?P<first>[-−]?"
                              rf"{_NUMBER})\s*{unit.format('unit')}\s*\(\s*(?:(?:{about})\s+)?"
                              rf"(?:(?P<second_minus>{minus})\s+)?(?P<second>[-−]?{_NUMBER})\s*"
                              rf"{unit.format('second_unit')}\s*\)", re.IGNORECASE),
        compared=_compared_pattern(raw.get("compared") or {}),
        average=_average_pattern(raw.get("average") or {}, qualifier),
        average_said=re.compile(r"(?<![\w-])(?:" + trie_regex(
            (raw.get("average") or {}).get("words", []) or ["\x00"]) + r")\s", re.IGNORECASE),
        periods={str(k).lower(): float(v)
                 for k, v in ((raw.get("average") or {}).get("periods") or {}).items()},
        # (after a comma, the whole's noun with no other subject joined to it: not "won 19
        # races en Norris en Leclerc respectievelijk 11 en 9", a pairing of two lists)
        parts_opening=re.compile(
            rf"(?P<noun>(?:\s+(?!(?:{parts_joiners})\s)[^\W\d][\w'’-]*){{1,6}})\s*,\s*"
            rf"(?:{parts_openers})\s*:?\s+(?:(?:{qualifier})\s+)?$", re.IGNORECASE),
        pair_before=re.compile(rf"(?<![\w-])(?:\d[\d.,]*|(?:{number_words})[^\W\d_]*)\s+"
                               rf"(?:{parts_joiners})\s+$", re.IGNORECASE),
        parts_joint=re.compile(
            rf"(?:\s+[^\W\d][\w'’-]*){{0,4}}?(?:\s*,\s+(?:(?:{parts_joiners})\s+)?"
            rf"|\s+(?:{parts_joiners})\s+)(?:(?:{qualifier})\s+)?$", re.IGNORECASE),
        bracket_first=re.compile(rf"{_NAME}\s*\(\s*$"),
        bracket_joint=re.compile(
            rf"\s*\)\s*(?:,\s+(?:(?:{parts_joiners})\s+)?|\s+(?:{parts_joiners})\s+)"
            rf"{_NAME}\s*\(\s*$", re.IGNORECASE),
        bracket_figure=re.compile(rf"\((?:\s*(?:\d[\d.,]*|(?i:{number_words})[^\W\d_]*)\s*)\)"
                                  rf"\s*(?:,|(?i:{parts_joiners})\s)"),
        # (a figure in brackets after a name, then a comma or a joiner; or the words)
        parts_said=re.compile(rf"\(\s*(?:\d[\d.,]*|(?:{number_words})[^\W\d_]*)\s*\)\s*"
                              rf"(?:,|(?:{parts_joiners})\s)|(?<![\w-])(?:{parts_openers})"
                              rf"(?![\w-])", re.IGNORECASE),
        parts_words=tuple(w.lower() for w in listed.get("openers", [])
                          + numbers.get("part_lists", [])),
        place_before_names=re.compile(rf"(?<![\w-])(?:{parts_places})\s+{_NAME}\s*\(\s*$",
                                      re.IGNORECASE),
        bracket_names=re.compile(rf"{_NAME}(?=\s*\()"),
        not_part_names=frozenset(w.lower() for w in [
            *pack.weekdays, *pack.months, *(pack.raw.get("countries") or {}),
            *((pack.raw.get("place_adjectives") or {}).get("countries") or {}).values()]),
        prepositions=frozenset(w.lower() for w in grammar.get("prepositions", [])),
        comparatives=frozenset(w.lower() for w in raw.get("comparatives", [])),
        before_whole_skips=frozenset(w.lower() for w in [
            *pack.articles, *grammar.get("possessives", []), *listed.get("before_whole", [])]),
        dimensions={noun.lower(): frozenset(d for d, nouns in (listed.get("dimensions") or {}
                                                              ).items() if noun in nouns)
                    for nouns in (listed.get("dimensions") or {}).values() for noun in nouns},
        conversion_apposed=re.compile(
            rf"(?<![\w.,$€£])(?:(?P<minus>{minus})\s+)?(?P<first>[-−]?{_NUMBER})\s*"
            rf"{unit.format('unit')}(?:\s+[^\W\d_]+)?\s*,\s*(?:(?P<qualifier>{qualifier})\s+)?"
            rf"(?:(?P<second_minus>{minus})\s+)?(?P<second>[-−]?{_NUMBER})\s*"
            rf"{unit.format('second_unit')}(?=\s*(?:[.;:!?)]|$))", re.IGNORECASE),
    )


def _compared_pattern(spec: dict) -> re.Pattern[str]:
    """A comparison right after a figure: how many more or fewer than, or how many times as
    many as, a figure said later ("zes meer dan", "three times as many as")."""
    def words(key: str) -> str:
        return trie_regex(spec.get(key, []) or ["\x00"])
    return re.compile(rf"\s+(?:(?:(?P<more>{words('more')})|(?P<fewer>{words('fewer')}))\s+"
                      rf"(?:{words('than')})|(?P<times>{words('times')})\s+"
                      rf"(?:{words('as_many')})\s+(?:{words('as')}))(?![\w-])"
                      # ... and the clause about what it is compared with, opened after a
                      # comma, that says the other figure ("..., waarin 20 mensen zaten")
                      rf"(?P<compared_with>[^.;:!?]{{0,60}}?,\s*(?:{words('clause_openers')})"
                      rf"\s)", re.IGNORECASE)


def find_stated_arithmetic(article_id: str, text: str, pack: LanguagePack
                           ) -> list[StatedArithmetic]:
    """The arithmetic each sentence of `text` states (see the module's docstring)."""
    words = arithmetic_words(pack.code)
    # (most articles state none: what each kind needs is looked for in the whole text first,
    # so that their sentences are cut only when one may)
    multiples = words.multiple_word.search(text) is not None
    percentages = words.percent_after.search(text) is not None
    ago = words.ago.search(text) is not None
    converted = words.measure.search(text) is not None
    compared = words.compared.search(text) is not None
    averaged = words.average_said.search(text) is not None
    # (the words and a bracket looked for as strings first: most texts hold neither)
    lowered = text.lower()
    listed = words.bracket_figure.search(text) is not None or (
        any(word in lowered for word in words.parts_words)
        and words.parts_said.search(text) is not None)
    if not (multiples or percentages or ago or converted or compared or averaged or listed):
        return []
    found: list[StatedArithmetic] = []
    for sentence in sentences(text, pack):
        span = text[sentence.start:sentence.end]
        percent = percentages and words.percent_after.search(span) is not None
        changes = (multiples and words.multiple_word.search(span)) or (percent and (
            words.change_percent_anywhere.search(span)
            or change_verb_pattern(pack.code).search(span)))
        shares = percent and words.part_of.search(span)
        if changes or shares:
            # (each clause's figures read once, for both)
            clauses = [(left, right, _quantities(text, left, right, pack))
                       for left, right in _clauses(text, sentence.start, sentence.end,
                                                   pack.code)]
            quote = (sentence.start, sentence.end)
            if changes:
                found.extend(_changes(article_id, text, quote, clauses, pack))
            if shares:
                found.extend(_shares(article_id, text, quote, clauses, pack))
        if ago and words.ago.search(span):
            found.extend(_years_ago(article_id, text, sentence.start, sentence.end, pack))
        if converted:
            found.extend(_conversions(article_id, text, sentence.start, sentence.end, pack))
        # (a sentence's figures are read only where it holds what a kind needs)
        if compared and words.compared.search(span):
            found.extend(_comparisons(article_id, text, sentence.start, sentence.end, pack))
        if averaged and words.average_said.search(span):
            found.extend(_averages(article_id, text, sentence.start, sentence.end, pack))
        if listed and words.parts_said.search(span):
            found.extend(_listed_parts(article_id, text, sentence.start, sentence.end, pack))
    return found


def _row(article_id: str, text: str, kind: str, start: int, end: int, quote: tuple[int, int],
         first: float, second: float | None, stated: tuple[float | None, float | None],
         slack: float, operands: str, stated_text: str) -> StatedArithmetic:
    identity = f"{article_id}:{start}:{end}:{kind}"
    return StatedArithmetic(
        arithmetic_id=hashlib.blake2b(identity.encode(), digest_size=8).hexdigest(),
        article_id=article_id, kind=kind, first_value=first, second_value=second,
        stated_low=stated[0], stated_high=stated[1], slack=slack, char_start=start,
        char_end=end, operands=operands, stated=stated_text, quote=text[quote[0]:quote[1]])


def _clauses(text: str, start: int, end: int, code: str) -> list[tuple[int, int]]:
    """The sentence cut at its clause joints (a semicolon, ", while", ", maar")."""
    joints = list(claim_words(code).clause_joint.finditer(text, start, end))
    edges = [start, *(edge for j in joints for edge in (j.start(), j.end())), end]
    return list(zip(edges[::2], edges[1::2], strict=True))


def _quantities(text: str, left: int, right: int, pack: LanguagePack) -> list[Quantity]:
    """The figures of text[left:right], with offsets into the whole text."""
    return [dataclasses.replace(q, start=q.start + left, end=q.end + left)
            for q in find_quantities(text[left:right], pack)]


def _a_year(quantity: Quantity) -> bool:
    return quantity.kind == "digits" and re.fullmatch(r"(1[6-9]|2\d)\d\d", quantity.text) \
        is not None


_Clause = tuple[int, int, list[Quantity]]  # a clause's edges and its figures


def _changes(article_id: str, text: str, quote: tuple[int, int], clauses: list[_Clause],
             pack: LanguagePack) -> list[StatedArithmetic]:
    """A change from one figure to another with the percentage or multiple said right beside
    it: one change in the clause, and the percentage or multiple joined to it with nothing of
    another subject between ("daalde met 40 procent, van 62.000 naar 49.000", "van 62.000 naar
    49.000, een daling van 40 procent", "verdubbelde van 46 naar 92"; not "steeg met 12
    procent, in Utrecht van 30 naar 41", "doubled down, saying spending rose from ...")."""
    words = arithmetic_words(pack.code)
    found = []
    for left, right, quantities in clauses:
        # every two figures joined as a change is ("from 10 to 12"), whatever the verb: one
        # change in the clause, or which figure goes with which is a guess
        joined = [(a, b) for a, b in zip(quantities, quantities[1:], strict=False)
                  if words.change_gap.fullmatch(text, _past_percent(text, a.end, words),
                                                b.start)]
        # (a change read as a range counts too: "wages from 30 to 33")
        ranged = [q for q in quantities if q.kind == "range"
                  and words.change_from.search(text, max(left, q.start - 20), q.start)]
        if len(joined) != 1 or ranged:
            continue
        first, second = joined[0]
        if first.value is None or second.value is None or first.value <= 0 \
                or _a_year(first) or _a_year(second) \
                or not reads_as_change(text, first, second, pack.code):
            continue
        opening = words.change_from.search(text, max(left, first.start - 20), first.start)
        pair_start = opening.start() if opening else first.start
        pair_end = _past_unit(text, second.end, words)
        # (two percentages: each with its word, or the second's said once for both, "van 62
        # naar 55 procent")
        shares = bool(words.percent_after.match(text, second.end)
                      and (words.percent_after.match(text, first.end)
                           or text[first.end:second.start].strip().isalpha()))
        stated = [q for q in quantities if q not in (first, second) and q.value is not None
                  and (words.percent_after.match(text, q.end)
                       or words.points_after.match(text, q.end))
                  and _beside(text, left, q, pair_start, pair_end, pack)]
        multiples = [m for m in words.multiple_word.finditer(text, left, right)
                     if _multiple_beside(text, m, pair_start, second.end, words)]
        operands = f"{first.text} -> {second.text}"
        low_first, high_first = _bounds(first)
        low_second, high_second = _bounds(second)
        if len(stated) == 1 and not multiples:
            said = stated[0]
            points = bool(words.points_after.match(text, said.end))
            if points and not shares:
                continue
            unit = (words.points_after if points else words.percent_after).match(text, said.end)
            low, high = said.strict
            change = 100 * abs(second.value - first.value) / first.value
            # (a rounded percentage: a tenth of it, and at least a point; and as far as the
            # rounding of the two figures moves the change: "van 1,2 naar 1,5 miljoen")
            rounding = 0.0 if points or shares else max(
                abs(100 * abs(b - a) / a - change)
                for a in (low_first, high_first) for b in (low_second, high_second) if a > 0)
            found.append(_row(
                article_id, text,
                "percent_points" if points else "share_change" if shares else "percent_change",
                min(first.start, said.start), max(second.end, unit.end()), quote,
                first.value, second.value, (low, high),
                max(1.0, 0.1 * (high or low or 0)) + rounding, operands,
                text[_qualified_start(text, left, said, pack):unit.end()]))
        elif len(multiples) == 1 and not stated:
            word = multiples[0]
            factor = words.multiples[word.group(0).lower()]
            before = text[max(left, word.start() - 20):word.start()]
            # (more than halved is below a half, nearly halved above it; a qualifier may
            # stand after the verb too: "verdubbelde ruim")
            bounds = (factor, factor)
            if words.at_least.search(before) or words.at_least_after.match(text, word.end()):
                bounds = (factor, None) if factor >= 1 else (None, factor)
            elif words.at_most.search(before):
                bounds = (0.75 * factor, factor) if factor >= 1 else (factor, factor / 0.75)
            elif words.about.search(before):
                bounds = (0.8 * factor, 1.25 * factor)
            ratio = second.value / first.value
            rounding = max(abs(b / a - ratio) for a in (low_first, high_first)
                           for b in (low_second, high_second) if a > 0)
            found.append(_row(article_id, text, "multiple", min(first.start, word.start()),
                              max(second.end, word.end()), quote, first.value,
                              second.value, bounds, 0.15 * factor + rounding, operands,
                              text[word.start():word.end()]))
    return found


def _bounds(quantity: Quantity) -> tuple[float, float]:
    """The figure's strict interval, closed at the figure where it is open."""
    low, high = quantity.strict
    return (quantity.value if low is None else low), (quantity.value if high is None else high)


def _past_unit(text: str, end: int, words: _ArithmeticWords) -> int:
    """Where a change's second figure ends with its unit ("49.000", "55 procent", "2.400
    euro"): the end of a word or two after it, up to a clause mark."""
    unit = words.figure_unit.match(text, end)
    return unit.end() if unit else end


def _beside(text: str, left: int, quantity: Quantity, pair_start: int, pair_end: int,
            pack: LanguagePack) -> bool:
    """A percentage said of the change beside it: before it, with a verb of change or its
    noun before the percentage and only a comma between the percentage and the change's
    "van"/"from" ("daalde met 40 procent, van 62.000"); or right after it, set off by a
    comma, a bracket or a dash and opened by a change's noun ("naar 49.000, een daling van
    40 procent", "to 150 (up 25%)")."""
    words = arithmetic_words(pack.code)
    if quantity.end <= pair_start:
        unit = words.percent_after.match(text, quantity.end) or words.points_after.match(
            text, quantity.end)
        return unit is not None and re.fullmatch(r"\s*,?\s*", text[unit.end():pair_start]) \
            is not None and _said_as_change(text, left, quantity, pack)
    if quantity.start >= pair_end:
        gap = without_opening_qualifier(text[pair_end:quantity.start], pack.code)
        return words.change_after.fullmatch(gap) is not None
    return False


def _multiple_beside(text: str, word: re.Match[str], pair_start: int, second_end: int,
                     words: _ArithmeticWords) -> bool:
    """A multiple's word joined to the change: right before its "van"/"from" (a qualifier or
    a colon between: "verdubbelde ruim, van", "verdrievoudigd: van") or right after its
    second figure, a unit between at most ("is van 46 naar 92 meldingen verdubbeld")."""
    if word.end() <= pair_start:
        return words.multiple_gap.fullmatch(text, word.end(), pair_start) is not None
    return word.start() >= second_end and re.fullmatch(
        r"\s*(?:[^\W\d_]+\s+)?", text[second_end:word.start()]) is not None


def _shares(article_id: str, text: str, quote: tuple[int, int], clauses: list[_Clause],
            pack: LanguagePack) -> list[StatedArithmetic]:
    """A part of a whole with the percentage of it that part is, set off after the whole in
    its clause ("57.400 van de 5,6 miljoen verkochte loten, ruim tien procent", "12 of the 40
    members (30%)"): one such part in the clause, and no change."""
    words = arithmetic_words(pack.code)
    found = []
    for left, _right, quantities in clauses:
        parts = [(a, b) for a, b in zip(quantities, quantities[1:], strict=False)
                 if words.part_of.fullmatch(text, a.end, b.start)]
        if len(parts) != 1:
            continue
        part, whole = parts[0]
        after = quantities[quantities.index(whole) + 1:quantities.index(whole) + 2]
        # (a part of ten or fewer is a rounding said in words: "vier van de tien (36
        # procent)")
        if part.value is None or whole.value is None or not 0 < part.value <= whole.value \
                or whole.value <= 10 or not after or after[0].value is None \
                or not words.percent_after.match(text, after[0].end):
            continue
        share = after[0]
        gap = without_opening_qualifier(text[whole.end:share.start], pack.code)
        unit = words.percent_after.match(text, share.end)
        # (nor a percentage of a comparison: "30 procent meer dan vorig jaar")
        if len(gap) > 60 or not words.share_opening.search(gap) \
                or _said_as_change(text, left, share, pack) \
                or words.comparative_after.match(text, unit.end()):
            continue
        low, high = share.strict
        ratio = 100 * part.value / whole.value
        # (as far as the rounding of the part and the whole moves the share: "bijna 400")
        rounding = max(abs(100 * a / b - ratio) for a in _bounds(part) for b in _bounds(whole)
                       if b > 0)
        found.append(_row(article_id, text, "share", part.start, unit.end(), quote,
                          part.value, whole.value, (low, high),
                          max(1.0, 0.1 * (high or low or 0)) + rounding,
                          text[part.start:whole.end],
                          text[_qualified_start(text, left, share, pack):unit.end()]))
    return found


def _qualified_start(text: str, left: int, quantity: Quantity, pack: LanguagePack) -> int:
    """Where a figure starts with its qualifier ("ruim tien procent": at "ruim")."""
    before = text[max(left, quantity.start - 40):quantity.start]
    return quantity.start - len(before) + len(without_opening_qualifier(before, pack.code))


def _said_as_change(text: str, left: int, quantity: Quantity, pack: LanguagePack) -> bool:
    """A percentage the words before it say is a change's: "een daling van", "rose by", or
    "met"/"by" with a verb of change before it in its clause ("daalde het aantal bezoekers
    met 40 procent")."""
    words = arithmetic_words(pack.code)
    before = without_opening_qualifier(text[left:quantity.start], pack.code)
    return bool(words.change_percent.search(before[-40:]) or (
        words.percent_by.search(before) and change_verb_pattern(pack.code).search(before)))


def _past_percent(text: str, end: int, words: _ArithmeticWords) -> int:
    """Where a figure's percentage word ends ("40% to 50%": the gap starts after "%")."""
    unit = words.percent_after.match(text, end)
    return unit.end() if unit else end


def _years_ago(article_id: str, text: str, start: int, end: int, pack: LanguagePack
               ) -> list[StatedArithmetic]:
    """A year beside how long ago it was ("in 2017, 44 jaar geleden"): exact to a year either
    way (the day of the year is not said), a qualifier's bound kept ("ruim 40 jaar")."""
    words = arithmetic_words(pack.code)
    said = words.qualifiers
    found = []
    matches = [m for pattern in words.years_ago for m in pattern.finditer(text, start, end)]
    for match in sorted(matches, key=lambda m: m.start()):
        count = number_value(match.group("count").lower(), pack)
        if count is None or count != int(count):
            continue
        year = int(match.group("year"))
        before = text[max(start, match.start("year") - 12):match.start("year")]
        # (not a range's second year, "tussen 1980 en 1990", nor a decade, "de jaren 1950")
        if re.search(r"\d{4}\s*(?:[-–/]|[^\W\d_]{1,4})\s*$", before) \
                or words.decade_before.search(before):
            continue
        qualifier = (match.group("qualifier") or "").lower()
        bounds = (count, None) if qualifier in said["at_least"] else (
            None, count) if qualifier in said["at_most"] else (count, count)
        found.append(_row(article_id, text, "years_ago", match.start(), match.end(),
                          (start, end), float(year), None, bounds,
                          2.0 if qualifier in said["about"] else 1.0,
                          str(year), _ago_phrase(text, match)))
    return found


def _ago_phrase(text: str, match: re.Match[str]) -> str:
    """The "44 jaar geleden" of a years-ago match, as written."""
    start = match.start("qualifier") if match.group("qualifier") else match.start("count")
    end = match.end() if match.start("year") < start else match.start("year")
    phrase = text[start:end].rstrip()
    return re.sub(r"[\s,(–—-]*(?:\bin)?\s*$", "", phrase, flags=re.IGNORECASE)


def _conversions(article_id: str, text: str, start: int, end: int, pack: LanguagePack
                 ) -> list[StatedArithmetic]:
    """A measure with its conversion into another unit of its dimension, in brackets or set
    after a comma at its clause's end: the first converted, with its rounding and the
    second's, and three percent for a conversion rounded once more (never the end of a range:
    "van 20 tot 25 meter per seconde, ongeveer 75 kilometer per uur" converts the range)."""
    words = arithmetic_words(pack.code)
    found = []
    matches = [*words.conversion.finditer(text, start, end),
               *words.conversion_apposed.finditer(text, start, end)]
    for match in matches:
        joined = range_joiner_pattern(pack.code).search(text, max(start, match.start() - 12),
                                                        match.start())
        if joined and re.search(r"\d\s*$", text[max(start, joined.start() - 3):joined.start()]):
            continue  # the end of a range ("20 tot 25 meter"; not "fell to minus 6")
        units = words.units
        first_unit = units.get(_unit_key(match.group("unit"), units))
        second_unit = units.get(_unit_key(match.group("second_unit"), units))
        first = written_figure(("-" if match.group("minus") else "") + match.group("first"), pack)
        second = written_figure(("-" if match.group("second_minus") else "")
                                + match.group("second"), pack)
        if not (first_unit and second_unit and first and second) \
                or first_unit[0] != second_unit[0] or first_unit == second_unit:
            continue
        (value, rounding), (written, written_rounding) = first, second
        converted = (value + first_unit[2]) * first_unit[1] / second_unit[1] - second_unit[2]
        # (a difference of temperatures converts without the offset: "warming of 1.5C
        # (2.7F)", "10 degrees Celsius (18 degrees Fahrenheit) above normal")
        difference = value * first_unit[1] / second_unit[1]
        if abs(difference - written) < abs(converted - written):
            converted = difference
        slack = written_rounding + rounding * first_unit[1] / second_unit[1] \
            + 0.03 * abs(written)
        # (an apposed one may say its bound: "ruim 70 kilometer per uur")
        qualifier = (match.groupdict().get("qualifier") or "").lower()
        said = words.qualifiers
        stated = (written, None) if qualifier in said["at_least"] else (
            None, written) if qualifier in said["at_most"] else (written, written)
        if qualifier in said["about"]:
            slack += 0.1 * abs(written)
        found.append(_row(article_id, text, "conversion", match.start(), match.end(),
                          (start, end), converted, written, stated, slack,
                          text[match.start():match.end("unit")],  # "minus 6 degrees Celsius"
                          text[match.start("qualifier") if qualifier
                               else match.start("second_minus") if match.group("second_minus")
                               else match.start("second"):match.end("second_unit")]))
    return found


# between a figure and how it compares: its noun (a few words) and a comma
_COMPARED_AFTER = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){0,4}\s*,\s*")
# the end of a clause: a stop, a comma or a bracket (not a figure's decimal sign: "4,4")
_CLAUSE_END = re.compile(r"[,.](?!\d)|[;:!?()]")


def _average_pattern(spec: dict, qualifier: str) -> re.Pattern[str]:
    """After a total, the time it took and the average per unit of time after a comma ("84
    meldingen in twee weken, gemiddeld twaalf per dag", "1,200 visitors in four days, an
    average of 300 a day"): the total's noun (at most two words: not "40 volunteers handled
    requests", who did it) and the average's (one)."""
    def words(key: str) -> str:
        return trie_regex([str(w) for w in spec.get(key, [])] or ["\x00"])
    figure = rf"{_NUMBER}|[^\W\d_]+"
    noun = r"[^\W\d_][\w'’-]*"  # ("auto's")
    return re.compile(
        rf"(?P<noun>(?:\s+{noun}){{0,2}}?)"
        rf"\s+(?:{words('within')})\s+(?:(?:{words('before_period')})\s+){{0,2}}"
        rf"(?:(?P<count>{figure})\s+)??(?P<period>{words('periods')}),\s*"
        rf"(?P<said>(?:{words('words')})\s+(?:(?P<qualifier>{qualifier})\s+)?"
        rf"(?P<mean>{_NUMBER}|[^\W\d_]+)(?P<mean_noun>(?:\s+{noun})?)\s+"
        rf"(?P<per>{words('per')})\s+(?P<unit>{words('periods')}))(?![\w-])", re.IGNORECASE)


def _averages(article_id: str, text: str, start: int, end: int, pack: LanguagePack
              ) -> list[StatedArithmetic]:
    """A total over a time and the average per unit of time said of the same thing (see
    _average_pattern): the total, an exact count in whole numbers (not "more than 80"),
    divided by the time in the average's unit; the average as rounded as it is written, and
    a twentieth either way (a month is no fixed number of days, nor a total always exact)."""
    words = arithmetic_words(pack.code)
    found = []
    for total in _quantities(text, start, end, pack):
        match = words.average.match(text, total.end)
        if match is None or total.qualifier != EXACT or not total.value \
                or total.value != int(total.value) or total.kind == "share" or _a_year(total):
            continue
        noun, mean_noun = match.group("noun").lower().split(), match.group("mean_noun").lower()
        # (of one thing: "12 klachten per dag" of 84 meldingen is another thing's; a
        # percentage is no total)
        if (mean_noun.strip() and noun and mean_noun.strip() not in noun) \
                or (noun and words.percent_after.match(noun[0])):
            continue
        count = match.group("count")
        times = 1.0 if count is None else _exact_value(count, pack)
        mean = _exact_value(match.group("mean"), pack)
        if not times or mean is None or mean <= 0:
            continue
        days = times * words.periods[match.group("period").lower()]
        follows = total.value * words.periods[match.group("unit").lower()] / days
        written = written_figure(match.group("mean"), pack)
        slack = (written[1] if written else 0.5) + 0.05 * mean
        qualifier = (match.group("qualifier") or "").lower()
        stated = (None if qualifier in words.qualifiers["at_most"] else mean,
                  None if qualifier in words.qualifiers["at_least"] else mean)
        if qualifier in words.qualifiers["about"]:
            slack += 0.1 * mean
        found.append(_row(article_id, text, "average", total.start, match.end(),
                          (start, end), follows, None, stated, slack,
                          f"{text[total.start:match.end('period')]} "
                          f"({match.group('per')} {match.group('unit')})",
                          match.group("said")))
    return found


def _comparisons(article_id: str, text: str, start: int, end: int, pack: LanguagePack
                 ) -> list[StatedArithmetic]:
    """A figure, a comma, how many more or fewer (or times as many) it is, and the figure it
    is compared with: the one figure of the clause about that other thing, opened after a
    comma ("27 ingetrokken, elf meer dan in augustus, toen het er 19 waren", "14 boxes, three
    times as many as Vlieland, where seven washed up"); all three exact, the first on the side
    the words say. A clause with two figures, or none opened so, says no one figure compared
    with ("twaalf meer dan Ajax, dat na 34 duels op 68 punten staat")."""
    words = arithmetic_words(pack.code)
    figures = [q for q in _quantities(text, start, end, pack) if not _a_year(q)]
    found = []
    for match in words.compared.finditer(text, start, end):
        # (how many, read here: "three times" is no count of its own)
        said = re.search(rf"(?<![\w.,])({_NUMBER}|[^\W\d_]+)$", text[start:match.start()])
        said_value = said and _exact_value(said.group(1), pack)
        first = next((q for q in reversed(figures) if q.end <= match.start()
                      and said and _COMPARED_AFTER.fullmatch(
                          text, q.end, start + said.start())), None)
        stop = _CLAUSE_END.search(text, match.end(), end)
        clause_end = stop.start() if stop else end
        inside = [q for q in figures if match.end() <= q.start and q.end <= clause_end]
        if not said_value or first is None or len(inside) != 1 \
                or any(q.qualifier != EXACT or not q.value for q in (first, inside[0])):
            continue
        other = inside[0]
        if match.group("times"):
            # (as rounded as a multiple: "twee keer zoveel als ..., toen het er 9 waren" of 19)
            kind, follows, slack = "times_as_many", first.value / other.value, 0.15 * said_value
        elif match.group("more") and first.value > other.value:
            kind, follows = "difference", first.value - other.value
        elif match.group("fewer") and first.value < other.value:
            kind, follows = "difference", other.value - first.value
        else:
            continue
        if kind == "difference":
            slack = _difference_slack((first, other), said.group(1), said_value, pack)
        found.append(_row(article_id, text, kind, first.start, other.end, (start, end),
                          follows, None, (said_value, said_value), slack,
                          f"{first.text} and {other.text}",
                          text[start + said.start():match.start("compared_with")]))
    return found


def _listed_parts(article_id: str, text: str, start: int, end: int, pack: LanguagePack
                  ) -> list[StatedArithmetic]:
    """A whole and two or more parts listed right after it (see the module's docstring), each
    part below the whole and all of them a slip above it at most (a quarter: not ages in
    brackets after names, "drie doden: Jan (45) en Piet (38)"), with the whole's unit or none,
    and no share or year. Read as the least the parts may be and the most the whole may be."""
    words = arithmetic_words(pack.code)
    figures = [q for q in _quantities(text, start, end, pack) if not _a_year(q) and q.value
               and not q.share and not words.percent_after.match(text, q.end)]
    found = []
    position = 0
    while position < len(figures) - 1:
        whole = figures[position]
        parts = _parts_after(text, figures, position, pack)
        if len(parts) < 2:
            position += 1
            continue
        position += len(parts) + 1
        unit = _unit_after(text, whole, words)
        if any(_unit_after(text, part, words) not in (unit, "") or part.currency != whole.currency
               for part in parts):
            continue  # another measure among them ("3 doden: 2 in Gent en 45 kilometer verder")
        least = sum(_bounds(part)[0] for part in parts)
        most = whole.strict[1] if whole.strict[1] is not None else (
            whole.value if whole.strict[0] is None else None)
        if most is None or any(_bounds(part)[0] >= most for part in parts) \
                or least > 1.25 * most:
            continue  # no upper bound ("ruim 11.300"), or no parts of it
        found.append(_row(article_id, text, "parts_sum", whole.start, parts[-1].end,
                          (start, end), least, None, (None, most),
                          _difference_slack((whole, *parts), "0", 0.0, pack)
                          + _round_figure(whole),
                          " + ".join(part.text for part in parts), whole.text))
    return found


def _parts_after(text: str, figures: list[Quantity], position: int, pack: LanguagePack
                 ) -> list[Quantity]:
    """The parts listed after the whole figures[position], when the text says they make it up
    and nothing lets them overlap: after the words that say so (", respectievelijk", ", te
    weten", "comprising"), each part a count with its noun and nothing more (not "20 by
    Rembrandt and 12 from the 17th century", "300 at the plant and 250 part-timers": two ways
    of dividing), of people divided one way only ("25 kinderen en 18 meisjes" is two), the
    whole with a noun of its own and no preposition before it; or three or more names with
    their figures in brackets after a preposition of place ("in Menen (6.100), Wevelgem
    (3.900) en Wervik (1.900)"; not "followed by Friday (510,000)")."""
    words = arithmetic_words(pack.code)
    whole, following = figures[position], figures[position + 1:]
    gap = text[whole.end:following[0].start]
    opening = words.parts_opening.fullmatch(gap)
    bracketed = not opening and words.bracket_first.search(gap) is not None \
        and not re.search(r"[.;!?]", gap)
    if not (opening or bracketed) or _circumstance(text, whole.start, pack):
        return []
    if words.pair_before.search(text, max(0, whole.start - 30), whole.start):
        return []  # "400 and 120 staff, comprising 70 and 60 engineers respectively": a pair
    parts = [following[0]]
    for later in following[1:]:
        joint = text[parts[-1].end:later.start]
        if not (words.bracket_joint.fullmatch(joint) if bracketed
                else words.parts_joint.fullmatch(joint)):
            break
        parts.append(later)
    if bracketed:
        names = [m.group(0) for m in words.bracket_names.finditer(
            text, whole.end, parts[-1].start)]
        if len(parts) < 3 or not re.match(r"\s*\)", text[parts[-1].end:]) \
                or not words.place_before_names.search(gap) \
                or any(name.lower() in words.not_part_names for name in names):
            return []
        return parts
    said = [_item_words(text, part.end) for part in parts]
    if any(set(item) & (words.prepositions | words.comparatives) for item in said):
        # "80 naar Spanje en 50 naar Málaga": a part of a place, a time, a maker; "8 en 6
        # meer dan vorig seizoen": differences
        return []
    dimensions = {words.dimensions.get(item[0], frozenset()) if item else frozenset()
                  for item in said}
    if len(dimensions) > 1 and any(dimensions):
        return []  # "35 women and 30 pensioners", "25 children and 18 girls": two divisions
    return parts


def _round_figure(quantity: Quantity) -> float:
    """Half the unit of a round figure's second digit, as a figure rounded to two digits may
    be ("3.000" may be 2,950 to 3,049, "10.000" 9,500 to 10,499); 0 for one of 100 or less or
    with a third digit of its own ("11.300")."""
    value = quantity.value or 0.0
    if value < 100 or value != int(value):
        return 0.0
    unit = 10 ** (len(str(int(value))) - 2)
    return 0.5 * unit if int(value) % unit == 0 else 0.0


def _item_words(text: str, end: int) -> list[str]:
    """The words after a part's figure up to the next part, a clause mark or a joiner."""
    item = re.match(r"[^,;:.!?()\d]*", text[end:end + 80]).group(0)
    found = re.findall(r"[^\W\d_][\w'’-]*", item.lower())
    return found[:next((i for i, w in enumerate(found) if w in ("en", "and")), len(found))]


def _circumstance(text: str, start: int, pack: LanguagePack) -> bool:
    """The figure follows a preposition, past articles, possessives and words like "last" ("in
    his last 5 games", "na 7 ronden"): a circumstance of what is counted, no whole of it."""
    words = arithmetic_words(pack.code)
    before = re.findall(r"[^\W\d_]+", text[max(0, start - 40):start].lower())
    while before and before[-1] in words.before_whole_skips:
        before.pop()
    return bool(before) and before[-1] in words.prepositions


def _unit_after(text: str, quantity: Quantity, words: _ArithmeticWords) -> str:
    """The unit of measure right after a figure ("9,4 ton", "1.200 meter"), "" for none."""
    after = re.match(r"\s*([^\W\d_][\w/]*)", text[quantity.end:quantity.end + 30])
    if after is None:
        return ""
    key = _unit_key(after.group(1), words.units)
    return key.lower() if key in words.units else ""


def _difference_slack(figures: tuple[Quantity, Quantity], said: str, said_value: float,
                      pack: LanguagePack) -> float:
    """How far a difference may miss through rounding: the figures' and the stated
    difference's last written decimal ("4,1 ... 0,3 minder dan ... 4,4"), and a tenth of a
    round difference of 50 or more ("200 meer dan ..., toen er 1.052 waren")."""
    def rounding(written: str) -> float:  # (a count in whole numbers is exact)
        figure = written_figure(written, pack)
        return figure[1] if figure and figure[1] < 0.5 else 0.0
    slack = sum(rounding(q.text) for q in figures) + rounding(said) + 1e-9
    if said_value >= 50 and said_value % 10 == 0:
        slack += 0.1 * said_value
    return slack


def _exact_value(written: str, pack: LanguagePack) -> float | None:
    """A figure as written, in digits or a number word ("elf", "three")."""
    figure = written_figure(written, pack)
    return figure[0] if figure else number_value(written.lower(), pack)


def _unit_key(written: str, units: dict[str, tuple[str, float, float]]) -> str:
    """The units' key a unit as written is (case kept where it tells units apart: "m", "M")."""
    return written if written in units else next(
        (u for u in units if u.lower() == written.lower()), written)

