"""Quantities in text: digits, number words, vague quantities and multipliers, as intervals.

Each quantity carries a strict and a lenient interval and a qualifier, following the interval
semantics of shared/reference/seed-analysis.md: vague words have fixed ranges, "meer dan N" is
open above N, "bijna N" is just below N, a round number is +-10 % when read leniently, and
"1,8 miljoen" is the rounding interval of its last digit.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import math
import re
from dataclasses import dataclass

from validation.extract.lexicon import (
    CURRENCY,
    CURRENCY_BEFORE,
    Cue,
    CueSet,
    LanguagePack,
    load_pack,
    phrase_pattern,
    trie_regex,
    word_start_alternation,
    words_before,
)

EXACT, APPROXIMATE, AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, ALMOST, VAGUE = (
    "exact", "approximate", "at_least", "more_than", "at_most", "less_than", "almost", "vague")


@dataclass
class Quantity:
    """A number in the text with its interval (None as a bound: unbounded)."""

    start: int
    end: int
    text: str
    value: float | None
    strict: tuple[float | None, float | None]
    lenient: tuple[float | None, float | None]
    qualifier: str
    kind: str  # digits | word | vague | scaled | multiplier | one | zero
    currency: bool = False  # "$45,000", "€ 3 miljoen": an amount of money
    share: bool = False  # "één op de vijf", "a third of": a percentage said as a share
    scale: float = 1.0  # "3 miljoen": the number as written times this is the value
    money_scale: bool = False  # "vier ton": a scale that means money only ("ton" = 100,000)
    # "een ton", "tonnen": a money scale with no number of its own, as often a weight
    bare_money_scale: bool = False


@functools.cache
def _digit_pattern(decimal: str, thousands: str, suffixes: tuple[str, ...] = ()
                   ) -> re.Pattern[str]:
    t, d = re.escape(thousands), re.escape(decimal)
    # a scale letter may follow at once ("€4.3m", "$2bn"); the first digit comes before the
    # look-behind so that `re` skips ahead to a digit instead of trying every character
    attached = "|".join(map(re.escape, suffixes)) or "\x00"
    # (a digit right after a separator continues a number, unless the two are the Dutch
    # opening quote: ",,75 procent van ..."; not after a digit: "3,,5" is a typo of 3,5)
    return re.compile(rf"(\d(?:(?<![\w{t}{d}]\d)|(?<=,,\d)(?<!\d,,\d))"
                      rf"(?:\d{{0,2}}(?:{t}\d{{3}})+|\d*))(?:{d}(\d+))?"
                      rf"(?:(?![\w])|(?=(?:{attached})(?![\w])))", re.IGNORECASE)


@functools.cache
def _text2num(word: str, language: str) -> float | None:
    from text_to_num import text2num

    for spelled in (word.lower().replace(" ", ""), " ".join(word.lower().split())):
        try:
            return float(text2num(spelled, language))
        except (ValueError, IndexError):
            continue
    return None


def opens_a_qualifier(text: str, start: int, pack: LanguagePack) -> bool:
    """Whether a qualifier of the number after it starts at `start` ("een man of vijf", "een
    stuk of 20")."""
    cue = next((c for c in pack.qualifiers.find(text, start, min(len(text), start + 40))
                if c.start == start), None)
    after = re.match(r"\s*(\d|[^\W\d_]+)", text[cue.end:cue.end + 40]) if cue else None
    return after is not None and (after.group(1).isdigit()
                                  or number_value(after.group(1).lower(), pack) is not None)


def _is_round(value: float) -> bool:
    return value >= 100 and value % 100 == 0


def _next_word(text: str, end: int) -> str:
    match = re.match(r"\s*([\w%]+)", text[end:end + 40])
    return match.group(1).lower() if match else ""


def previous_words(text: str, start: int, count: int = 2) -> list[str]:
    """The last `count` words before `start`, lower-cased."""
    return [w.lower() for w in re.findall(r"[\w']+", text[max(0, start - 40):start])][-count:]


def _said_as_age(text: str, start: int, end: int, after: str,
                 patterns: _NumberPatterns) -> bool:
    """A person's age said with a pronoun and a verb, with nothing between them: "when he was
    50." (the number ends its clause), "toen hij 50 was" (the verb after it), or after the
    verb in a clause about the youngest or oldest; not "Het aantal doden, zegt ze, is 45"."""
    before = re.findall(r"[^\W\d]+|[^\w\s]", text[max(0, start - 30):start])
    words = [w.lower() for w in before[-2:]]
    if words[-1:] and words[-1] in patterns.age_verbs and (
            after in patterns.age_units or re.match(r"\s*(?:[.,;:!?)]|$)", text[end:end + 3])):
        # "The youngest of those arrested is 13", "De oudste dode was 91 jaar": the superlative
        # opens the clause (not "In de oudste wijk was 30 procent", "Het dodental onder de
        # jongste kinderen is 12")
        clause = re.split(r"[,;:()]|[.!?]\s", text[max(0, start - 80):start])[-1].lower()
        if patterns.age_superlatives & set(re.findall(r"\w+", clause)[:2]):
            return True
    if words[-1:] and words[-1] in patterns.age_subjects and after in patterns.age_verbs \
            and re.match(r"\s+\w", text[end:end + 3]):
        return True
    return len(words) == 2 and words[0] in patterns.age_subjects \
        and words[1] in patterns.age_verbs and re.match(r"\s*(?:[.,;:!?)]|$)",
                                                         text[end:end + 3]) is not None


def _coordinated_age(text: str, start: int, end: int, pack: LanguagePack,
                     patterns: _NumberPatterns) -> bool:
    """"twee jongens van 15 en 16", "two boys aged 15 and 16": ages said together, the first
    after people and "van"/"of" or after "aged", the second after a conjunction."""
    persons = patterns.singular_persons | patterns.persons
    before = previous_words(text, start, 5)
    following = re.match(r"\s+(\w+)\s+\d", text[end:end + 30])
    if len(before) >= 2 and following and following.group(1).lower() in pack.conjunctions:
        return before[-1] in patterns.age_of and before[-2] in persons
    if len(before) < 4 or before[-1] not in pack.conjunctions or not before[-2].isdigit():
        return False
    return before[-3] in patterns.age_before or (
        before[-3] in patterns.age_of and before[-4] in persons)


@dataclass(frozen=True)
class _NumberPatterns:
    """What find_quantities needs from a pack beyond its fields, built once per language."""

    not_counts: frozenset[str]
    one_not_after: frozenset[str]  # "in zijn eentje": alone, no count
    age_before: frozenset[str]
    age_of: frozenset[str]  # "de man van 45", "a man of 45"
    age_subjects: frozenset[str]  # "toen hij 50 was", "when he was 50"
    age_superlatives: frozenset[str]  # "the youngest ... is 13"
    age_units: frozenset[str]  # "jaar", "years": an age's unit after it
    age_verbs: frozenset[str]
    rate_bases: frozenset[str]  # "per", "op elke": the number after them is a rate's base
    positions: frozenset[str]  # "op plek 9", "number 3 on the ballot": a place in a list
    ordinal_nouns: frozenset[str]  # "een derde keer": after an ordinal, never after a share
    singular_persons: frozenset[str]
    persons: frozenset[str]
    year_cues: frozenset[str]
    years_before_money: re.Pattern[str]  # "in 2008 dollars": a year, though money follows
    metric_compound: re.Pattern[str]  # " klimaatbetogers": a compound of a metric noun next
    scale_after: re.Pattern[str] | None
    multiplier: re.Pattern[str] | None
    idioms: re.Pattern[str]
    clause_approximation: re.Pattern[str]  # "naar schatting zijn er 300": the clause's estimate
    multiplier_context: re.Pattern[str]
    months: frozenset[str]
    dozen: re.Pattern[str] | None
    share_of: re.Pattern[str] | None
    number_before: re.Pattern[str]
    dozen_words: tuple[str, ...]
    clock: re.Pattern[str]
    suffixes: dict[str, float]
    suffix: re.Pattern[str] | None
    fractions: CueSet
    # "about half", "fewer than half": a fraction that is a share only right after a qualifier
    qualified_fractions: CueSet
    fraction_not_before: frozenset[str]  # "half past", "half way"
    fraction_not_after: frozenset[str]  # "the first half of": a part of a time
    # a qualifier that is a verb's particle after these ("handed over 300"): {"over": {...}}
    verb_particles: dict[str, frozenset[str]]
    range_joiners: re.Pattern[str]
    range_between: re.Pattern[str]
    # a sum's or a percentage's unit right after a number ("euro", "per cent", "euro's")
    amount_unit: re.Pattern[str]
    # a group's noun (and its link) ending the text before a qualifier: "those with"
    threshold: re.Pattern[str]
    between_gap: re.Pattern[str]
    change_before: re.Pattern[str]
    change_to: re.Pattern[str]  # "naar", "to" between a change's two figures
    # "to 400,000 from a peak of 1.6 million": the starting figure after the one reached
    change_from_after: re.Pattern[str]
    change_to_before: re.Pattern[str]  # "to" just before the figure reached
    change_verb: re.Pattern[str]
    change_by: frozenset[str]  # "rose by 5", "steeg met 5": the figure is the change
    money_scale: re.Pattern[str] | None
    money_scale_end: re.Pattern[str]
    money_scales: dict[str, float]  # "ton": 100000
    money_scale_plurals: frozenset[str]  # "tonnen": hundreds of thousands, of money only
    money_plural_not_after: frozenset[str]  # "de tonnen": barrels, no amount
    bare_joiners: frozenset[str]  # "op", "in": a share's joiner of one word
    every_joiners: frozenset[str]  # "out of every": a share even above its base
    change_from: frozenset[str]  # "van" before "400 op 1.200": a change, not a share
    scale_part: re.Pattern[str] | None  # "een half ", "a few " just before a scale word
    part_scale_word: re.Pattern[str]
    scale_parts: dict[str, tuple[float, float]]  # "een half": (0.5, 0.5), "a few": (2, 5)
    part_scales: dict[str, float]  # the scale words they multiply
    compound_goes_on: re.Pattern[str]  # "... thousand and one", "... thousand-five"
    at_least_suffix: re.Pattern[str] | None
    at_least_after: re.Pattern[str] | None  # " or more" after the number or its unit
    alternatives: re.Pattern[str]
    # "een tiental", "het drietal": a collective numeral, its number, and the words before it
    # that make it a known group ("het (Limburgse)")
    collective: re.Pattern[str] | None
    collective_values: dict[str, int]
    collective_known: re.Pattern[str]
    units: frozenset[str]  # the metric nouns a range may repeat ("2 procent tot 3 procent")
    percent_unit: re.Pattern[str]  # "procent", "per cent", "%": a percentage's noun
    # nouns after which two figures joined by a hyphen are a tally, whichever is larger ("met
    # 64-86 stemmen verworpen")
    tally_nouns: re.Pattern[str]
    money_fractions: dict[str, float]  # "cent": 0.01
    shared_unit_gap: re.Pattern[str]  # "5 and 10 [cents]": a unit the second says for both
    money_fraction: re.Pattern[str]  # "cent", "cents" right after a figure; group 1
    zero_fraction: re.Pattern[str]  # "(geen) rooie cent": a fraction word just after a zero
    fraction_idiom: re.Pattern[str]  # "my two cents": an idiom, no sum
    zero_determiners: frozenset[str]  # "no", "geen": a zero only before what it counts
    zero_not_before: frozenset[str]  # "No new cases": none of the new ones, no count of all
    # "GroenLinks (5 zetels), D66 (5)": a party's seats or votes in parentheses before, so
    # the next owner's bare figure in parentheses is its seats too, no age
    owned_in_parentheses: re.Pattern[str]
    # "niet hoger zijn dan", "not be more than": a bound said through its negation (group
    # "comparative" names the bound it gives: negated_bounds)
    negated_comparative: re.Pattern[str] | None
    negated_bounds: dict[str, str]  # "hoger": "at_most"


def _negated_comparative(raw: dict) -> re.Pattern[str] | None:
    """The pack's negated comparatives ("niet hoger zijn dan", "not be more than"; nl.yml)."""
    spec = raw.get("negated_comparatives")
    if not spec:
        return None

    def either(words: list[str]) -> str:
        return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    # (a clitic negation ends its word: "isn't more than")
    negation = "|".join(re.escape(n) if "'" in n or "’" in n else rf"(?<![\w-]){re.escape(n)}"
                        for n in spec["negations"])
    between = rf"(?:\s+(?:{either(spec['between_negation'])}))?" \
        if spec.get("between_negation") else ""
    comparative = either(spec["at_most"] + spec["at_least"])
    gap = rf"(?:\s+[\w-]+){{0,{int(spec.get('words_before_than', 0))}}}"
    return re.compile(rf"(?:{negation}){between}\s+(?P<comparative>{comparative}){gap}"
                      rf"\s+(?:{either(spec['than'])})(?![\w-])", re.IGNORECASE)


def change_to_pattern(code: str) -> re.Pattern[str]:
    """What stands between a change's two figures ("naar", "to $"): fullmatch the gap."""
    return _number_patterns(code).change_to


# the longest gap a range's joiner and its top's qualifier fill ("  tot bijna ruim  ")
MAX_QUALIFIED_GAP = 30


def without_closing_qualifier(gap: str, code: str) -> str:
    """The words between two figures without a qualifier of the second that ends them ("tot
    ruim ", "to more than $"): what joins the two; the gap itself when none ends it (a joiner
    and its qualifier are a few words: a longer gap is looked at no further)."""
    if len(gap) > MAX_QUALIFIED_GAP:
        return gap
    cue = next((c for c in load_pack(code).qualifiers.find(gap)
                if gap[c.end:].strip() in ("", "$", "€", "£")), None)
    return gap if cue is None else gap[:cue.start]


def without_opening_qualifier(before: str, code: str) -> str:
    """The text before a figure without a qualifier that ends it ("van zo'n ", "from about
    $"): what stands before the qualified figure."""
    tail = before[-MAX_QUALIFIED_GAP:]
    cue = next((c for c in load_pack(code).qualifiers.find(tail)
                if tail[c.end:].strip() in ("", "$", "€", "£")), None)
    return before if cue is None else before[:len(before) - len(tail) + cue.start]


def range_joiner_pattern(code: str) -> re.Pattern[str]:
    """What joins a range's two figures ("tot", "to", "-"): match the gap."""
    return _number_patterns(code).range_joiners


def change_verb_pattern(code: str) -> re.Pattern[str]:
    """A verb of change ("rose", "steeg", "liep op")."""
    return _number_patterns(code).change_verb


def is_change(text: str, first_start: int, second_end: int, code: str) -> bool:
    """True when the two figures from first_start to second_end are a change ("rose from 37 to
    52", "is van 37 tot 52 gestegen"): "from"/"van" before the first and a verb of change in
    their clause, before or after them; without the verb "from 40 to 60" is a range."""
    patterns = _number_patterns(code)
    before = without_opening_qualifier(text[max(0, first_start - 60):first_start], code)[-40:]
    after = re.split(r"[,.;:!?]", text[second_end:second_end + 40], maxsplit=1)[0]
    return patterns.change_before.search(before) is not None and (
        patterns.change_verb.search(before) is not None
        or patterns.change_verb.search(after) is not None)


def reached_from(text: str, first: Quantity, second: Quantity, code: str) -> bool:
    """The second figure is where a change started, said after where it went ("have fallen, to
    400,000 from a peak of 1.6 million", "steeg tot 45, van 30 gisteren"): "to" just before
    the first, a verb of change before that in the sentence, "from" (and "a peak of") between."""
    patterns = _number_patterns(code)
    before = text[max(0, first.start - 60):first.start]
    return patterns.change_from_after.fullmatch(text, first.end, second.start) is not None \
        and patterns.change_to_before.search(before) is not None \
        and patterns.change_verb.search(re.split(r"[;:!?]|\.(?!\d)", before)[-1]) is not None


def reads_as_change(text: str, first: Quantity, second: Quantity, code: str) -> bool:
    """is_change, or "from"/"van" before two figures that cannot be a range whatever the verb:
    joined by a word no range uses ("van negen naar vijf") or falling ("from 14 to 9")."""
    if is_change(text, first.start, second.end, code):
        return True
    patterns = _number_patterns(code)
    if patterns.change_before.search(without_opening_qualifier(
            text[max(0, first.start - 60):first.start], code)[-40:]) is None:
        return False
    return patterns.range_joiners.match(text[first.end:second.start]) is None or (
        first.value is not None and second.value is not None and second.value < first.value)


@functools.cache
def _number_patterns(code: str) -> _NumberPatterns:
    pack = load_pack(code)
    numbers = pack.raw["numbers"]
    # a number as digits or a word made of number stems ("vijf", "twintig", "één")
    number = r"\d+|(?:" + trie_regex(["één", "eén", "een", "one", *pack.word_stems]) + r")+"
    # a share's base may be written with thousands ("één op de 10.000", "one in 10,000")
    base = rf"\d{{1,3}}(?:{re.escape(pack.thousands_separator)}\d{{3}})+|{number}"
    articles = "|".join(map(re.escape, sorted(pack.articles))) or "\x00"
    halves = "|".join(map(re.escape, numbers.get("half_words", []))) or "\x00"
    # "a few dozen", "een paar dozijn": a few of twelve ("a dozen" alone: the dozen pattern)
    dozens = {word: 12 for word in numbers.get("dozen_words", [])}
    # a money scale ends its phrase: punctuation or a follower ("vier ton per jaar"), no noun
    money_scale_end = r"(?=\s*(?:[^\w\s]|$|(?:" + "|".join(map(
        re.escape, numbers.get("money_scale_followers", []) or ["\x00"])) + r")(?![\w-])))" \
        + r"(?!\s+per\s+(?:" + "|".join(map(re.escape, numbers.get("money_scale_not_per", [])
                                           or ["\x00"])) + r")(?![\w-]))"
    negated = pack.raw.get("negated_comparatives") or {}
    return _NumberPatterns(
        negated_comparative=_negated_comparative(pack.raw),
        negated_bounds={**{w.lower(): AT_MOST for w in negated.get("at_most", [])},
                        **{w.lower(): AT_LEAST for w in negated.get("at_least", [])}},
        not_counts=frozenset(numbers.get("not_counts", [])),
        one_not_after=frozenset(w.lower() for w in numbers.get("one_phrases_not_after", [])),
        zero_determiners=frozenset(w.lower() for w in numbers.get("zero_determiners", [])),
        zero_not_before=frozenset(w.lower() for w in numbers.get("zero_not_before", [])),
        age_before=frozenset(numbers.get("age_before", [])),
        age_of=frozenset(numbers.get("age_of", [])),
        age_subjects=frozenset(numbers.get("age_subjects", [])),
        age_superlatives=frozenset(numbers.get("age_superlatives", [])),
        age_units=frozenset(numbers.get("age_units", [])),
        age_verbs=frozenset(numbers.get("age_verbs", [])),
        rate_bases=frozenset(w.lower() for w in numbers.get("rate_words", [])),
        positions=frozenset(w.lower() for w in numbers.get("position_before", [])),
        # (in a list apart by commas, its last item after "en"/"and": not "De VVD (24
        # zetels) en Yeşilgöz (47)", a leader's age)
        owned_in_parentheses=re.compile(
            r"\(\s*[\d.,]+\s+(?i:" + "|".join(map(re.escape, [
                *pack.raw["metrics"].get("seats", []), *pack.raw["metrics"].get("votes", [])]
                or ["\x00"])) + r")\s*\)"
            r"(?:(?:\s*,\s*[A-Z][^.!?(),]*\(\s*[\d.,]+\s*\))*\s*,\s*[A-Z][^.!?(),]*"
            r"|(?:\s*,\s*[A-Z][^.!?(),]*\(\s*[\d.,]+\s*\))+\s+(?i:" + "|".join(map(
                re.escape, numbers.get("gapped_after", []) or ["\x00"])) + r")\s+[^.!?(),]+)"
            r"\(\s*$"),
        ordinal_nouns=frozenset(w.lower() for w in numbers.get("ordinal_nouns", [])),
        singular_persons=frozenset(p.lower() for p in pack.raw.get("singular_persons", [])),
        persons=frozenset(p.lower() for p in pack.raw.get("persons", [])),
        year_cues=frozenset(numbers.get("year_cues", [])) | frozenset(pack.months),
        years_before_money=words_before([*numbers.get("years_before_money", []), *pack.months]),
        # (as grounding's compound_ending reads one: not after a former one's prefix)
        metric_compound=re.compile(r"\s+(?!(?:" + (trie_regex(pack.raw.get(
            "metric_compound_not_after", [])) or "\x00") + r"))[^\W\d_][\w-]{3,}(?:" + (trie_regex([
            ending for endings in (pack.raw.get("metric_compound_endings", {}) or {}).values()
            for ending in endings]) or "\x00") + r")(?![\w-])", re.IGNORECASE),
        scale_after=re.compile(r"\s+(" + "|".join(map(re.escape, pack.scales)) + r")\b",
                               re.IGNORECASE) if pack.scales else None,
        multiplier=re.compile(rf"({word_start_alternation(list(pack.multipliers))})\w*",
                              re.IGNORECASE) if pack.multipliers else None,
        idioms=phrase_pattern(numbers.get("not_multipliers", []) or ["\x00"]),
        clause_approximation=phrase_pattern(numbers.get("clause_approximations", [])
                                            or ["\x00"]),
        multiplier_context=phrase_pattern(numbers.get("multiplier_context", []) or ["\x00"]),
        months=frozenset(pack.months) | frozenset(pack.raw.get("month_abbreviations", [])),
        # "half a dozen", "een half dozijn": half of it, the half word either side of the
        # article (group "half")
        dozen=re.compile(rf"(?<![\w-])(?:(?P<half>{halves})\s+)?(?P<count>{number}|{articles})\s+"
                         rf"(?:(?P<half_after>{halves})\s+)?"
                         rf"(?:{'|'.join(numbers['dozen_words'])})(?![\w-])",
                         re.IGNORECASE) if numbers.get("dozen_words") else None,
        # a share's joiner alone ("1 op 10", "3 in 10"), after which a year may follow
        bare_joiners=frozenset(j.lower() for j in numbers.get("share_joiners", [])
                               if " " not in j),
        every_joiners=frozenset(" ".join(j.lower().split())
                                for j in numbers.get("share_joiners_every", [])),
        change_from=frozenset(w.lower() for w in numbers.get("share_not_after", [])),
        # the joiner first ("op de vijf"), then the number before it: a literal start is fast
        # hyphens join it too: "a one-in-three chance"
        # (a base going on as a range, a decimal, a group of thousands or a scale word is
        # none we read: "1 op de 10.000-20.000", "1 op 2,5 miljoen")
        share_of=re.compile(r"(?<!\w)(?:" + trie_regex(numbers["share_joiners"])
                            + rf")[\s-]+({base})(?![\w-]|[.,]\d|\s\d{{3}}(?!\d)|\s+(?:"
                            + "|".join(map(re.escape, pack.scales)) + r")(?![\w-]))",
                            re.IGNORECASE)
        if numbers.get("share_joiners") else None,
        # (not the last group of a figure written with separators: "1,200 in 2102")
        number_before=re.compile(rf"(?<![\w-])(?<!\d[.,])({number})[\s-]+$", re.IGNORECASE),
        dozen_words=tuple(numbers.get("dozen_words", [])),
        clock=words_before(numbers.get("clock_words", [])),
        suffixes={k.lower(): float(v) for k, v in numbers.get("scale_suffixes", {}).items()},
        suffix=re.compile(r"(" + "|".join(map(re.escape, numbers["scale_suffixes"]))
                          + r")(?![\w])", re.IGNORECASE) if numbers.get("scale_suffixes")
        else None,
        fractions=CueSet({"fraction": list(numbers.get("fractions", {}))}),
        qualified_fractions=CueSet({"fraction": list(numbers.get("qualified_fractions", {}))}),
        fraction_not_before=frozenset(w.lower() for w in numbers.get(
            "qualified_fraction_not_before", [])),
        fraction_not_after=frozenset(w.lower() for w in numbers.get("fraction_not_after", [])),
        verb_particles={word.lower(): frozenset(v.lower() for v in verbs) for word, verbs in (
            numbers.get("verb_particles", {}) or {}).items()},
        range_joiners=re.compile(r"\s*(?:" + "|".join(map(re.escape, numbers.get(
            "range_joiners", []))) + r")\s*(?:[$€£]\s*)?$", re.IGNORECASE),
        # "tussen 10 en 20", "tussen de 50 en de 90 procent", "between $10 and $20"
        range_between=words_before(numbers.get("range_between", []),
                                   rf"(?:(?:{articles})\s+)?{CURRENCY}"),
        amount_unit=re.compile(r"\s*(?:" + "|".join(map(re.escape, sorted(
            {u.lower() for key in ("money", "percentage")
             for u in (pack.raw.get("metrics", {}) or {}).get(key, [])}, key=len, reverse=True)
            or ["\x00"])) + r")(?:'s|s)?(?![\w])", re.IGNORECASE),
        threshold=re.compile(r"(?<![\w-])(?:" + ("|".join(map(re.escape, numbers.get(
            "threshold_heads", []))) or "\x00") + r")(?:[ \t]+(?:" + ("|".join(map(
                re.escape, numbers.get("threshold_links", []))) or "\x00")
            + r"))?[ \t]*$", re.IGNORECASE),
        between_gap=re.compile(rf"\s*\S+\s+(?:(?:{articles})\s+)?(?:[$€£]\s*)?|\s*\S+\s*"
                               rf"(?:[$€£]\s*)?", re.IGNORECASE),
        change_before=words_before(numbers.get("change_before", []), CURRENCY),
        # (the first figure's year may stand between: "van 3000 in 1972 naar 630")
        change_to=re.compile(r"\s*(?:(?:" + "|".join(map(re.escape, numbers.get(
            "change_year_prepositions", []) or ["\x00"])) + r")\s+(?:19|20)\d\d\s*,?\s*)?(?:"
            + "|".join(map(re.escape, numbers.get("change_to", []) or ["\x00"])) + r")\s*"
            + CURRENCY, re.IGNORECASE),
        change_from_after=re.compile(
            r"\s*,?\s*(?:" + "|".join(map(re.escape, numbers.get("change_before", [])
                                         or ["\x00"]))
            + r")(?:\s+(?:" + "|".join(map(re.escape, numbers.get("change_from_of", [])
                                         or ["\x00"]))
            + r"))?\s*" + CURRENCY, re.IGNORECASE),
        change_to_before=words_before(numbers.get("change_to", []), CURRENCY),
        change_verb=re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, pack.raw.get(
            "change_verb_stems", []) or ["\x00"])) + r")\w{0,4}(?![\w-])", re.IGNORECASE),
        change_by=frozenset(w.lower() for w in pack.raw.get("percentage_change_by", [])),
        money_scales={k.lower(): float(v) for k, v in numbers.get("money_scales", {}).items()},
        money_scale_plurals=frozenset(w.lower() for w in numbers.get("money_scale_plurals", [])),
        money_plural_not_after=frozenset(
            w.lower() for w in numbers.get("money_scale_plural_not_after", [])),
        scale_parts={" ".join(k.lower().split()): (float(v[0]), float(v[1]))
                     for k, v in numbers.get("scale_parts", {}).items()},
        compound_goes_on=re.compile(r"\s+(?:" + "|".join(map(re.escape, numbers.get(
            "range_between_joiners", []) or ["\x00"])) + r")\s+\w|-\w", re.IGNORECASE),
        part_scales={k.lower(): float(v) for k, v in {
            **pack.scales, **numbers.get("hundreds", {}), **dozens,
            **numbers.get("money_scales", {})}.items()},
        # the part, ending just before a scale word ("een half " + "miljoen")
        scale_part=re.compile(r"(?<![\w-])(" + "|".join(
            re.escape(k).replace(r"\ ", r"\s+") for k in sorted(
                numbers["scale_parts"], key=len, reverse=True)) + r")\s+$",
            re.IGNORECASE) if numbers.get("scale_parts") else None,
        # lower case, matched against the lowered text (pack.scales are lower case)
        part_scale_word=re.compile(r"(?<![\w-])(?:" + "|".join(
            map(re.escape, {**pack.scales, **numbers.get("hundreds", {}), **dozens,
                            **numbers.get("money_scales", {})})) + r")(?![\w-])"),
        money_scale=re.compile(r"\s+(" + "|".join(map(re.escape, numbers["money_scales"]))
                               + r")" + money_scale_end, re.IGNORECASE)
        if numbers.get("money_scales") else None,
        money_scale_end=re.compile(money_scale_end, re.IGNORECASE),
        shared_unit_gap=re.compile(r"\s+(?:" + "|".join(map(re.escape, numbers.get(
            "coordinators", []) + numbers.get("range_joiners", []) or ["\x00"])) + r")\s+",
            re.IGNORECASE),
        money_fraction=re.compile(r"\s*(" + "|".join(map(re.escape, numbers.get(
            "money_fractions", {}) or ["\x00"])) + r")(?![\w-])", re.IGNORECASE),
        # "geen (rooie) cent", "not a (red) cent": no sum
        zero_fraction=re.compile(r"(?:\s+[^\W\d_][\w'-]*){0,2}?\s+(?:" + "|".join(map(
            re.escape, numbers.get("money_fractions", {}) or ["\x00"])) + r")(?![\w-])",
            re.IGNORECASE),
        fraction_idiom=re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, numbers.get(
            "money_fraction_idioms", []) or ["\x00"])) + r")(?![\w-])", re.IGNORECASE),
        money_fractions={word.lower(): float(factor) for word, factor in (
            numbers.get("money_fractions", {}) or {}).items()},
        tally_nouns=re.compile(r"\s*(?:" + "|".join(map(re.escape, numbers.get(
            "tally_nouns", []) or ["\x00"])) + r")(?![\w-])", re.IGNORECASE),
        percent_unit=re.compile(r"\s*(?:" + "|".join(map(re.escape, sorted((pack.raw.get(
            "metrics", {}) or {}).get("percentage", []) or ["\x00"], key=len, reverse=True)))
            + r")(?![\w-])", re.IGNORECASE),
        units=frozenset(str(noun).lower() for group in ("metrics", "weak_metrics")
                        for nouns in (pack.raw.get(group, {}) or {}).values()
                        for noun in nouns or [] if " " not in str(noun)),
        # (an alternative after a comma: "duizenden, zo niet tienduizenden")
        collective=re.compile(r"(?<![\w-])(" + "|".join(map(
            re.escape, numbers["collective_numerals"])) + r")(?![\w-])", re.IGNORECASE)
        if numbers.get("collective_numerals") else None,
        collective_known=re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, numbers.get(
            "collective_known", []) or ["\x00"])) + r")\s+(?:[^\W\d_]+e\s+)?$", re.IGNORECASE),
        collective_values={word.lower(): int(value) for word, value in (numbers.get(
            "collective_numerals") or {}).items()},
        alternatives=re.compile(r"(?:\s+|\s*(?=,))(?:" + "|".join(map(re.escape, numbers.get(
            "alternatives", []) or ["\x00"])) + r")\s+", re.IGNORECASE),
        at_least_suffix=re.compile("(?:" + "|".join(map(re.escape, numbers[
            "at_least_suffixes"])) + r")(?![\w-])", re.IGNORECASE)
        if numbers.get("at_least_suffixes") else None,
        # ("5 percent or more than 2 million people": "more than" opens another figure)
        at_least_after=re.compile(r"(\s+[^\W\d][\w-]*)?\s+(?:" + "|".join(map(re.escape, numbers[
            "at_least_after"])) + r")(?![\w-])(?!\s+(?:" + "|".join(map(re.escape, numbers.get(
                "comparison_words", []) or ["\x00"])) + r")(?![\w-]))", re.IGNORECASE)
        if numbers.get("at_least_after") else None,
    )


@functools.cache
def _case_sensitive(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def _finditer(pattern: re.Pattern[str], text: str, lowered: str | None):
    """pattern.finditer(text), run on the lower-cased text when it has the text's length (a
    pattern of lower-case words matches it several times faster without IGNORECASE); the
    matches' offsets are the text's, their groups lower-cased."""
    if lowered is None:
        return pattern.finditer(text)
    return _case_sensitive(pattern).finditer(lowered)


def find_quantities(text: str, pack: LanguagePack) -> list[Quantity]:
    """Every quantity in `text`, left to right, without overlaps."""
    patterns = _number_patterns(pack.code)
    lowered: str | None = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lower-cased
        lowered = None
    not_counts, year_cues = patterns.not_counts, patterns.year_cues
    found: list[Quantity] = []
    # spans taken so far, kept sorted: a look-up is a bisection, so a long article stays linear
    starts: list[int] = []
    ends: list[int] = []

    def free(start: int, end: int) -> bool:
        index = bisect.bisect_right(starts, start)
        return (index == 0 or ends[index - 1] <= start) and (
            index == len(starts) or starts[index] >= end)

    def add(quantity: Quantity) -> None:
        if not _finite(quantity):
            return  # a figure past the largest float once scaled or widened: no count
        before = previous_words(text, quantity.start)
        if before[-1:] and (before[-1] in patterns.rate_bases
                            or " ".join(before) in patterns.rate_bases):
            return  # "per 10.000 inwoners", "op elke 1000 geboortes": a rate's base
        found.append(quantity)
        index = bisect.bisect_right(starts, quantity.start)
        starts.insert(index, quantity.start)
        ends.insert(index, quantity.end)

    _find_parts_of_scales(text, patterns, add, free)  # before "a few" alone is taken
    # last first: "enkele duizenden" is taken whole before "enkele" alone
    for cue in reversed(pack.vague_phrases.find(text)):
        if _next_word(text, cue.end) in not_counts or not free(cue.start, cue.end):
            continue
        money = cue.text.lower() in patterns.money_scale_plurals
        if money and not _money_plural(text, cue.start, cue.end, patterns):
            continue
        ranges = pack.vague[cue.text.lower()]
        part = patterns.scale_part.search(text, max(0, cue.start - 40), cue.start) \
            if patterns.scale_part else None
        low, high = patterns.scale_parts[" ".join(part.group(1).lower().split())] \
            if part else (1.0, 1.0)
        if low != high and free(part.start(), cue.end):
            # "enkele duizenden", "several dozens": a few of the plural's units (its strict
            # reading opens at two of them); Dutch puts the unit in the plural where English
            # says "a few thousand": [2, 5] thousands either way, as the singular
            unit = ranges["strict"][0] / 2
            strict = (low * unit, high * unit)
            add(Quantity(part.start(), cue.end, text[part.start():cue.end], None, strict,
                         tuple(ranges["lenient"]), VAGUE, "vague", money_scale=money,
                         bare_money_scale=money))
            continue
        add(Quantity(cue.start, cue.end, cue.text, None, tuple(ranges["strict"]),
                     tuple(ranges["lenient"]), VAGUE, "vague", money_scale=money,
                     bare_money_scale=money))

    for match in patterns.collective.finditer(text) if patterns.collective \
            and "tal" in (lowered if lowered is not None else text.lower()) else ():
        # "een tiental mensen" is about ten, as "ongeveer tien"; "het (Limburgse) drietal",
        # "dit drietal" the three
        n = patterns.collective_values[match.group(1).lower()]
        quantity = Quantity(match.start(), match.end(), match.group(1), float(n),
                            (float(n), float(n)), (float(n), float(n)), EXACT, "word")
        if not patterns.collective_known.search(text[max(0, match.start() - 40):match.start()]):
            _approximate(quantity, n)
        if free(quantity.start, quantity.end):
            add(quantity)

    _find_dozens_and_shares(text, lowered, pack, patterns, add, free)

    scale_after = patterns.scale_after
    for match in _digit_pattern(pack.decimal_separator, pack.thousands_separator,
                                  tuple(patterns.suffixes)).finditer(text):
        if not free(match.start(), match.end()):
            continue
        whole = match.group(1).replace(pack.thousands_separator, "")
        fraction = match.group(2)
        end, kind = match.end(), "digits"
        odd_decimal = re.match(rf"{re.escape(pack.thousands_separator)}(\d{{1,2}})(?![\d\w])",
                               text[end:end + 4])
        if not fraction and odd_decimal and pack.thousands_separator not in match.group(1):
            fraction, end = odd_decimal.group(1), end + odd_decimal.end()  # "27.50 euro"
        value = float(f"{whole}.{fraction}") if fraction else float(whole)
        if not math.isfinite(value):
            continue  # more digits than a float holds (hundreds): no figure a report gives
        scale = scale_after.match(text, end) if scale_after else None
        money_scale = patterns.money_scale.match(text, end) \
            if patterns.money_scale and not scale else None
        if scale:
            factor = pack.scales[scale.group(1).lower()]
            end, kind = scale.end(), "scaled"
        elif money_scale:
            factor = patterns.money_scales[money_scale.group(1).lower()]
            end, kind = money_scale.end(), "scaled"
        plus = patterns.at_least_suffix.match(text, end) if patterns.at_least_suffix else None
        if plus and kind == "digits":
            end = plus.end()  # "90-plus percent", "300+ deaths": at least the figure
        currency = CURRENCY_BEFORE.search(text, max(0, match.start() - 5),
                                          match.start()) is not None
        suffix = patterns.suffix.match(text, end) if patterns.suffix else None
        if suffix and currency and kind == "digits":
            factor, kind = patterns.suffixes[suffix.group(1).lower()], "scaled"
            end = suffix.end()  # "€4.3m", "$2bn" (a bare "4m" is four metres)
        after = _next_word(text, end)
        before = previous_words(text, match.start())
        if patterns.clock.search(text, max(0, match.start() - 12), match.start()):
            continue  # "half drie": a time of day
        if kind == "digits" and not fraction and len(whole) == 2 \
                and re.search(r"(?<![\d.,:])\d{1,2}:$", text[max(0, match.start() - 4):
                                                            match.start()]):
            continue  # "14:40": the minutes of a time of day
        if after in patterns.months or after in not_counts:
            continue  # "1 januari", "twee weken": a date or a duration, not a count
        if re.match(r"-[^\W\d]", text[end:end + 2]) and not pack.counted_compound.match(
                text, end):
            continue  # "19-jarige", "19-year-old": an age or a compound, not a count
        # (only where the language writes "July 22": Dutch "in maart 12 procent" is a count)
        if kind == "digits" and value <= 31 and pack.month_first and before[-1:] \
                and before[-1] in patterns.months \
                and re.search(r"[A-Za-z]\.?\s*$", text[max(0, match.start() - 4):match.start()]):
            continue  # "July 22", "August 9": a date
        if before[-1:] and before[-1] in patterns.positions:
            continue  # "op plek 9 van het CDA", "number 3 on the list": a place, not a count
        if kind == "digits" and value < 120 and _looks_like_age(text, match.start(), end) \
                and not (patterns.owned_in_parentheses.search(
                    text, max(0, match.start() - 200), match.start())
                    and not re.search(r"[A-Z][\w'-]*\s+[A-Z][\w'./&-]*\s*\(\s*$",
                                      text[max(0, match.start() - 60):match.start()])):
            # "Ridouan Taghi (41)", "Stone, 66,": an age (a party's seats after another
            # party's in a list: "GroenLinks (5 zetels), D66 (4)", not "Jesse Klaver (32)")
            continue
        if value < 120 and (before[-1:] and before[-1] in patterns.age_before or (
                len(before) == 2 and before[0] in patterns.singular_persons
                and before[1] in patterns.age_of)
                or _coordinated_age(text, match.start(), end, pack, patterns)):
            continue  # "a man aged 45", "de man van 45", "jongens van 15 en 16": an age
        if value < 120 and _said_as_age(text, match.start(), end, after, patterns):
            continue  # "toen hij 50 was", "when he was 50": an age
        if (kind == "digits" and not fraction and 1800 <= value <= 2100
                and pack.thousands_separator not in match.group(1)
                and (set(before[-1:]) & year_cues or not counted_noun_follows(text, end, pack))
                and not _amount_after_a_year_cue(text, match.start(), end, patterns)):
            continue  # a year: "in 2035", "the 2016 candidate"; but "2000 mensen" is a count
        if re.match(r"\s*[-–]\s*\d+\s+(\w+)", text[end:end + 20]) and re.match(
                r"\s*[-–]\s*\d+\s+(\w+)", text[end:end + 20]).group(1).lower() in not_counts:
            continue  # "40-60 hours": a range of a measure
        if re.match(r"[.:]\d{2}\b", text[match.end():match.end() + 3]) and value < 24:
            continue  # a time of day, 12.30
        if kind == "digits" and value <= 31 and re.match(
                r"\s*[-/]\s*\d{1,2}\s*\)", text[end:end + 8]):
            continue  # "(AD 9-4)": a day and month in a reference, not a count
        if kind == "digits" and (re.match(r"0\d", match.group(1))
                                 or _after_other_digits(text, match.start(), end, year_cues)):
            continue  # "0165-526800": a leading zero or digits just before: a phone number
        if kind == "digits" and (re.search(r"\d/$", text[max(0, match.start() - 3):
                                                         match.start()])
                                 or re.match(r"/\d", text[end:end + 2])):
            continue  # "9/11", "24/7": a date or a fraction written with a slash
        if kind == "scaled":
            # "1,8 miljoen" is the rounding interval of its last digit; "18 miljoen", "1
            # million" are round figures: a point, +-10 % when read leniently
            step = 10 ** -len(fraction) if fraction else 0.0
            strict = ((value - step / 2) * factor, (value + step / 2) * factor)
            lenient = ((value - step) * factor, (value + step) * factor) if fraction else (
                value * factor * 0.9, value * factor * 1.1)
            add(Quantity(match.start(), end, text[match.start():end], value * factor,
                         strict, lenient, EXACT, kind, currency, scale=factor,
                         money_scale=money_scale is not None))
        elif plus:
            add(Quantity(match.start(), end, text[match.start():end], value, (value, None),
                         (value, None), AT_LEAST, kind, currency))
        else:
            quantity = _point(match.start(), end, text, value, kind)
            quantity.currency = currency
            add(quantity)

    for match in _finditer(pack.number_word_pattern, text, lowered):
        span = text[match.start():match.end()].rstrip(" -")
        start, end = match.start(), match.start() + len(span)
        if not free(start, end):
            continue
        value = _text2num(span, pack.code)
        if value is None:
            continue
        if _next_word(text, end) in not_counts or patterns.clock.search(
                text, max(0, start - 12), start):
            continue
        money_scale = patterns.money_scale.match(text, end) if patterns.money_scale else None
        if money_scale:
            factor = patterns.money_scales[money_scale.group(1).lower()]
            value *= factor
            add(Quantity(start, money_scale.end(), text[start:money_scale.end()], value,
                         (value, value), (value * 0.9, value * 1.1), EXACT, "scaled",
                         scale=factor, money_scale=True))
            continue
        add(_point(start, end, text, value, "word"))

    for cue in pack.zero_words.find(text):
        if cue.text.lower() in patterns.zero_determiners and re.match(
                r"\s*(?:[^\w\s]|$)", text[cue.end:cue.end + 3]):
            continue  # "No, not $2.5 billion": an answer, no count
        if patterns.zero_fraction.match(text, cue.end):
            continue  # "geen (rooie) cent", "not a cent": no sum, an idiom
        if _next_word(text, cue.end) in patterns.zero_not_before:
            continue  # "No new cases", "geen verdere doden": none added, no count of all
        if free(cue.start, cue.end):
            add(Quantity(cue.start, cue.end, cue.text, 0.0, (0.0, 0.0), (0.0, 0.0), EXACT,
                         "zero"))

    for cue in pack.one_phrases.find(text):
        if set(previous_words(text, cue.start, 1)) & patterns.one_not_after:
            continue  # "in zijn eentje": alone; "geen eentje": none
        if opens_a_qualifier(text, cue.start, pack):
            continue  # "een man of vijf": some five, no one man
        if free(cue.start, cue.end):
            first = re.match(r"\S+", cue.text)
            add(_point(cue.start, cue.start + first.end(), text, 1.0, "one"))

    if patterns.multiplier:
        for match in _finditer(patterns.multiplier, text, lowered):
            if patterns.idioms.match(text, match.start()):
                continue  # "doubled down", "a double standard"
            if not patterns.multiplier_context.search(text, max(0, match.start() - 40),
                                                      match.end() + 40):
                continue  # a multiplier of a price, a fare, a tax: not of anything
            if free(match.start(), match.end()):
                factor = pack.multipliers[match.group(1).lower()]
                add(Quantity(match.start(), match.end(), text[match.start():match.end()],
                             factor, (factor, factor), (factor * 0.9, factor * 1.1), EXACT,
                             "multiplier"))

    found.sort(key=lambda q: q.start)
    found = _join_ranges(text, found, patterns, pack.code)
    for quantity in found:
        if quantity.kind == "range":
            _approximate_range(quantity, text, pack)
        else:
            _apply_qualifier(quantity, text, pack)
            _apply_or_more(quantity, text, patterns)
    _apply_clause_approximation(found, text, patterns)
    found = _fractions_of_money(found, text, patterns)
    return [quantity for quantity in found if _finite(quantity)]


def _fractions_of_money(found: list[Quantity], text: str, patterns: _NumberPatterns
                        ) -> list[Quantity]:
    """"5 cents", "25 eurocent": a hundredth of the money unit, also of a figure before that
    says the unit once for both ("5 and 10 cents"); "50 Cent" (a name) and "my two cents" (an
    idiom) are no sums."""
    kept: list[Quantity] = []
    carried = None  # the factor of the figure after, when its unit is said for both
    for position in range(len(found) - 1, -1, -1):
        quantity = found[position]
        unit = patterns.money_fraction.match(text, quantity.end)
        if unit and (unit.group(1) == "Cent" or any(  # (idioms looked for only here)
                m.start() <= quantity.start < m.end() for m in patterns.fraction_idiom.finditer(
                    text, max(0, quantity.start - 12), unit.end()))):
            carried = None
            continue
        if unit:
            carried = patterns.money_fractions[unit.group(1).lower()]
        elif not (carried and patterns.shared_unit_gap.fullmatch(
                text, quantity.end, found[position + 1].start)):
            carried = None
        if carried and not quantity.currency:
            _scale(quantity, carried)
        kept.append(quantity)
    return kept[::-1]


def _scale(quantity: Quantity, factor: float) -> None:
    def times(bounds: tuple[float | None, float | None]) -> tuple[float | None, float | None]:
        return tuple(None if b is None else b * factor for b in bounds)
    if quantity.value is not None:
        quantity.value *= factor
    quantity.strict, quantity.lenient = times(quantity.strict), times(quantity.lenient)


def _apply_clause_approximation(found: list[Quantity], text: str,
                                patterns: _NumberPatterns) -> None:
    """"Naar schatting zijn er 300 mensen omgekomen": an estimate said before the figure in
    its clause makes the clause's first figure approximate, as "zo'n 300" does."""
    for phrase in patterns.clause_approximation.finditer(text):
        first = next((q for q in found if q.start >= phrase.end()), None)
        # (the phrase's own comma aside: "By some estimates, 500 people died")
        between = re.sub(r"^\s*,", "", text[phrase.end():first.start]) if first else ""
        if first is None or first.qualifier != EXACT or first.value is None \
                or first.kind not in ("digits", "word", "scaled") \
                or re.search(r"[.,;:!?]", between):
            continue
        _approximate(first, first.value)


def _approximate(quantity: Quantity, n: float) -> None:
    """Read the figure as about n: a tenth either side strictly, a fifth loosely, rounded
    outward for a whole figure."""
    quantity.qualifier = APPROXIMATE
    quantity.strict = (_bound_down(0.9 * n, n), _bound_up(1.1 * n, n))
    quantity.lenient = (_bound_down(0.8 * n, n), _bound_up(1.2 * n, n))


def _finite(quantity: Quantity) -> bool:
    """True when the value and every bound is a number or open (None), never inf or nan."""
    return all(math.isfinite(number) for number in (quantity.value, *quantity.strict,
                                                    *quantity.lenient) if number is not None)


def _money_plural(text: str, start: int, end: int, patterns: _NumberPatterns) -> bool:
    """A plural money scale as an amount: it ends its phrase ("verdiende tonnen"; not "tonnen
    afval", a weight) and no article or possessive, with an adjective at most, stands before
    it ("de (nieuwe) tonnen": barrels or bins)."""
    if not patterns.money_scale_end.match(text, end):
        return False
    before = previous_words(text, start)
    return not (before[-1:] and before[-1] in patterns.money_plural_not_after or (
        len(before) == 2 and before[-1].endswith("e")
        and before[0] in patterns.money_plural_not_after))


def _find_parts_of_scales(text: str, patterns: _NumberPatterns, add, free) -> None:
    """"een half miljoen", "half a million", "een kwart miljard": a part of a scale word; "een
    paar honderd", "a few hundred": a few of them (an interval)."""
    if patterns.scale_part is None:
        return
    # a case-sensitive pattern on the lowered text is three times faster than IGNORECASE; a
    # text whose length lowering changes ("İ") is searched as written (its lower-case words)
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text
    elif not any(word in lowered for word in patterns.part_scales):
        return  # no scale word at all (a substring test is far cheaper than a pattern)
    # the scale words are rare and "a"/"een" are everywhere: find the first, look back
    for word in patterns.part_scale_word.finditer(lowered):
        part = patterns.scale_part.search(text, max(0, word.start() - 40), word.start())
        if not part or not free(part.start(), word.end()):
            continue
        low, high = patterns.scale_parts[" ".join(part.group(1).lower().split())]
        scale = patterns.part_scales[word.group(0).lower()]
        start, end = part.start(), word.end()
        larger = patterns.scale_after.match(lowered, end) if patterns.scale_after else None
        if larger and low != high:  # "a few hundred thousand": a few of a hundred thousand
            scale, end = scale * patterns.part_scales[larger.group(1)], larger.end()
        money = word.group(0).lower() in patterns.money_scales
        if money and not patterns.money_scale_end.match(text, end):
            continue  # "een ton graan": a weight; "kost een ton" is money (see money_scale)
        if low == high == 1 and (scale < 1000 or patterns.compound_goes_on.match(text, end)):
            continue  # "one hundred and six", "a thousand and one": a compound number word
        if low == high:
            value = low * scale
            add(Quantity(start, end, text[start:end], value, (value, value),
                         (value * 0.9, value * 1.1), EXACT, "scaled", scale=scale,
                         money_scale=money, bare_money_scale=money))
        else:
            add(Quantity(start, end, text[start:end], None, (low * scale, high * scale),
                         (low * scale, 2 * high * scale), VAGUE, "vague", money_scale=money,
                         bare_money_scale=money))


# "één op de miljoen" at most: a larger base is no share a report gives
MAX_SHARE_BASE = 1_000_000


def _find_dozens_and_shares(text: str, lowered: str | None, pack: LanguagePack,
                            patterns: _NumberPatterns, add, free) -> None:
    """"een dozijn", "two dozen"; shares as percentages: "één op de vijf", "a third of"."""
    if patterns.dozen and any(word in (lowered or text.lower())
                              for word in patterns.dozen_words):
        for match in patterns.dozen.finditer(text):
            word = match.group("count").lower()
            count = 1.0 if word in pack.articles else (
                float(word) if word.isdigit() else _text2num(word, pack.code))
            if match.group("half") or match.group("half_after"):
                count = 0.5 if word in pack.articles else None  # "half two dozen": no count
            if count and free(match.start(), match.end()):
                add(_point(match.start(), match.end(), text, count * 12, "word"))
    if patterns.share_of:
        for joiner in patterns.share_of.finditer(text):
            before = patterns.number_before.search(text, max(0, joiner.start() - 12),
                                                   joiner.start())
            if not before:
                continue
            written = joiner.group(1)
            part = number_value(before.group(1), pack)
            base = number_value(written.replace(pack.thousands_separator, ""), pack)
            start, end = before.start(), joiner.end()
            joined_by = " ".join(text[joiner.start():joiner.start(1)].strip(" -").lower().split())
            above_base = joined_by in patterns.every_joiners and part and base \
                and base <= part < 10 * base
            if not (part and base and (part < base or above_base) and base <= MAX_SHARE_BASE) \
                    or not free(start, end):
                continue
            if written.isdigit() and YEAR.fullmatch(written) and (part != 1 or base <= 2100) \
                    and joined_by in patterns.bare_joiners \
                    and not counted_noun_follows(text, end, pack):
                continue  # "won 3 in 2016", "1 in 2016": a year ("één op de 2000 baby's")
            if joined_by in patterns.bare_joiners \
                    and set(previous_words(text, before.start(), 1)) & patterns.change_from:
                continue  # "steeg van 400 op 1.200": a change, no share
            if _next_word(text, end) in patterns.not_counts | patterns.months:
                continue  # "3 in 10 days", "de nacht van 12 op 13 juli"
            # one decimal, or two significant digits for a rare risk ("1 op de 10.000": 0.01)
            share = round(100 * part / base, 1) if 100 * part >= base else float(
                f"{100 * part / base:.2g}")
            add(Quantity(start, end, text[start:end], share, (share, share), (share, share),
                         EXACT, "share", share=True))
    for cue in patterns.fractions.find(text):
        following = _next_word(text, cue.end)
        # (an adjective may stand between: "een derde dodelijk slachtoffer")
        second = re.match(r"\s*[^\W\d_][\w'’-]*\s+([^\W\d_][\w'’-]*)", text[cue.end:cue.end + 40])
        if following in patterns.ordinal_nouns or following in patterns.singular_persons or (
                second and following not in pack.articles
                and second.group(1).lower() in patterns.singular_persons):
            continue  # "een derde keer", "een derde slachtoffer": an ordinal
        if following in patterns.not_counts or following in pack.scales:
            continue  # "eenkwart eeuw": a duration; "eenkwart miljoen": a part of a scale
        year_after = re.match(r"\s*(\d{4})(?![\d.,])", text[cue.end:cue.end + 8])
        if set(previous_words(text, cue.start, 1)) & patterns.fraction_not_after or (
                year_after and 1600 <= int(year_after.group(1)) <= 2100
                and not counted_noun_follows(text, cue.end + year_after.end(), pack)):
            continue  # "the first half of 2105", "Half of 2024 was lost": a part of a time
        if free(cue.start, cue.end):
            share = float(pack.raw["numbers"]["fractions"][cue.text.lower()])
            add(Quantity(cue.start, cue.end, cue.text, share, (share, share), (share, share),
                         EXACT, "share", share=True))
    for cue in patterns.qualified_fractions.find(text):
        following = _next_word(text, cue.end)
        if following in pack.articles or following in patterns.not_counts \
                or following in patterns.fraction_not_before \
                or pack.number_word_pattern.fullmatch(following) \
                or re.match(r"[-\w]", text[cue.end:cue.end + 1]) or not free(cue.start, cue.end) \
                or not any(not text[q.end:cue.start].strip() for q in pack.qualifiers.find(
                    text, max(0, cue.start - 30), cue.start)):
            continue  # a qualifier right before it ("about half"); not "half an hour"
        share = float(pack.raw["numbers"]["qualified_fractions"][cue.text.lower()])
        add(Quantity(cue.start, cue.end, cue.text, share, (share, share), (share, share),
                     EXACT, "share", share=True))


# a year written in digits, of any century a news text may name
YEAR = re.compile(r"(1[6-9]|2[0-9])[0-9][0-9]")


def written_figure(written: str, pack: LanguagePack) -> tuple[float, float] | None:
    """A figure written in digits with the pack's separators, a minus maybe ("-6", "−0,2",
    "15,1", "62.000"), as (value, half its last digit); None when it is no such figure."""
    thousands, decimal = pack.thousands_separator, pack.decimal_separator
    written = written.replace("−", "-")
    digits = written.lstrip("-")
    if re.fullmatch(rf"\d{{1,3}}(?:{re.escape(thousands)}\d{{3}})+", digits):
        digits = digits.replace(thousands, "")
    whole, _, fraction = digits.partition(decimal)
    if not whole.isdigit() or (fraction and not fraction.isdigit()):
        return None
    value = float(f"{whole}.{fraction}" if fraction else whole)
    return (-value if written.startswith("-") else value), 0.5 * 10 ** -len(fraction)


def number_value(word: str, pack: LanguagePack) -> float | None:
    """A digit string or a number word ("vijf", "één", "one") as a number."""
    if word.isdigit():
        return float(word)
    if word.lower() in ("één", "eén", "een", "one"):
        return 1.0
    return _text2num(word, pack.code)


def _spanning(one: tuple, other: tuple) -> tuple:
    """The interval from the lower of two intervals' lows to the higher of their highs."""
    highs = (one[1], other[1])
    return (min(one[0], other[0]), None if None in highs else max(highs))


_UNIT = re.compile(r"\s*(%|[^\W\d_]+)")


def _without_repeated_unit(text: str, gap: str, second_end: int, units: frozenset[str]) -> str:
    """The gap between two figures without the unit the second repeats: "2 percent to 3
    percent", "2% to 3%" join as "2 to 3" do. A unit is a metric noun of the pack, never a
    joiner ("between 200 and 300 and injured")."""
    unit = _UNIT.match(gap)
    if not unit or unit.group(1).lower() not in units:
        return gap
    word = unit.group(1).lower()
    after = text[second_end:second_end + 40].lstrip().lower()
    # compared as text: a pattern built per unit would be compiled again and again
    if after.startswith(word) and not after[len(word):len(word) + 1].isalnum():
        return gap[unit.end():]
    return gap


def _changes_by(gap: str, by_words: frozenset[str], far_apart: bool) -> bool:
    """The words between a verb of change and a figure make the figure its change: none
    ("rose 5 percent"), or a few ending in "by" ("steeg dinsdag met 3") before a figure the
    next is far above (`far_apart`: "by 8 to 52", not "by 10 to 20")."""
    words = gap.split()
    return not words or (far_apart and len(words) <= 3 and words[-1].lower() in by_words
                         and not re.search(r"[,;:]", gap))


def _after_other_digits(text: str, start: int, end: int,
                        year_cues: frozenset[str] = frozenset()) -> bool:
    """Digits just before the number make it a part of a phone number, a date or a span of
    years ("06 1234", "0165-526800", "555-1234", "3-12-2019", "1940-45"); after a hyphen and a
    figure of its own it is the second end of a range ("30-40 procent", "800-1,200"), or of a
    tally or score that `_join_ranges` drops ("won 98-0"). A year after one of `year_cues`
    is no such digits ("verkochten in 2018 10 procent meer")."""
    before = text[max(0, start - 12):start]
    year = re.search(r"(?<![\w.,])(\w+)\s+(1[89]\d\d|20\d\d) $", text[max(0, start - 30):start]) \
        if before.endswith(" ") else None
    if year and year.group(1).lower() in year_cues:
        return False
    if not re.search(r"\d-$", before):
        # (not the digits of a name: "verliest D66 4,4 procent", "op de A12 3 kilometer"; nor
        # a live blog's time stamp: "11:40 17 people have been taken to hospital")
        return re.search(r"(?<!\w)(?<![^\W\d]-)\d+ ?$", before) is not None \
            and not re.search(r"(?<![\d.,:])\d{1,2}[:.]\d{2} $", before)
    first = re.search(r"(?<![\w.,-])(\d[\d.,]*)-$", before)
    if first is None or re.match(r"0\d", first.group(1)) \
            or re.match(r"-\d", text[end:end + 2]):
        return True
    written = first.group(1)
    return written.isdigit() and (len(written) >= 3 and text[start:end].isdigit()
                                  and end - start >= 4  # "555-1234"
                                  or len(written) == 4 and 1800 <= int(written) <= 2100)


def _join_ranges(text: str, found: list[Quantity], patterns: _NumberPatterns,
                 pack_code: str) -> list[Quantity]:
    """"2 tot 3 miljoen", "$800 to $1,000", "tussen 10 en 20", "range from 40 to 60" are one
    interval; "98-0" and "52 to 48" (the second figure smaller) are a tally or a score, never a
    count; "steeg van 37 tot 52", "is van 37 tot 52 gestegen" (is_change) are two figures."""
    joined: list[Quantity] = []
    index = 0
    while index < len(found):
        first = found[index]
        second = found[index + 1] if index + 1 < len(found) else None
        if second is not None and first.kind == second.kind == "vague" \
                and patterns.alternatives.fullmatch(text, first.end, second.start):
            # "honderden of duizenden", "dozens or hundreds" (either way round): one interval
            joined.append(Quantity(first.start, second.end, text[first.start:second.end], None,
                                   _spanning(first.strict, second.strict),
                                   _spanning(first.lenient, second.lenient), VAGUE, "vague"))
            index += 2
            continue
        if second is None or first.value is None or second.value is None \
                or first.kind in ("vague", "share", "multiplier") or second.kind in (
                "vague", "share", "multiplier"):
            joined.append(first)
            index += 1
            continue
        if first.kind in ("digits", "word") and second.kind in ("digits", "word") \
                and first.value < second.value and first.currency == second.currency \
                and (patterns.alternatives.fullmatch(text, first.end, second.start)
                     or _neighbours_by_comma(text, found, index, pack_code)):
            # "vijf of zes zetels", "two or three hikers": one interval
            joined.append(Quantity(first.start, second.end, text[first.start:second.end], None,
                                   _spanning(first.strict, second.strict),
                                   _spanning(first.lenient, second.lenient), "range", "range",
                                   first.currency))
            index += 2
            continue
        written_gap = text[first.end:second.start]
        gap = _without_repeated_unit(text, written_gap, second.end, patterns.units)
        before = text[max(0, first.start - 40):first.start]
        between = patterns.range_between.search(before) is not None
        joiner = patterns.range_joiners.match(gap) is not None or (
            between and patterns.between_gap.fullmatch(gap) is not None
            and gap.strip().strip("$€£").strip() != "")
        # "van 7146 euro tot ruim 108.000 euro", "from 20 to almost 50": the top end bounded
        top = None
        if not joiner and not between and patterns.range_joiners.match(
                without_closing_qualifier(gap, pack_code)):
            top = dataclasses.replace(second)
            _apply_qualifier(top, text, load_pack(pack_code))
            joiner = True
        # "rose 5 percent to 40 percent", "rose by 5 to 37": a change by the first to the
        # second, no range ("rise by 10 to 20 percent" may be one: a change of 10 to a level
        # of 20 would be said otherwise)
        changed_by = any(_changes_by(text[m.end():first.start], patterns.change_by,
                                     second.value > 2 * first.value)
                         for m in patterns.change_verb.finditer(
                             text, max(0, first.start - 30), first.start))
        if not joiner or changed_by or is_change(text, first.start, second.end, pack_code):
            joined.append(_scaled_like(first, second, pack_code) if patterns.change_to.fullmatch(
                written_gap) and reads_as_change(text, first, second, pack_code) else first)
            index += 1
            continue
        if written_gap.strip() in ("-", "–") and patterns.tally_nouns.match(text, second.end) \
                and first.kind == second.kind == "digits" and second.value < 1000 \
                and first.qualifier == EXACT:
            index += 2  # "met 64-86 stemmen verworpen": a tally of a chamber, not a range
            continue
        low = first.value
        second_scale = _written_scale(second, pack_code)
        if second_scale > 1 and _written_scale(first, pack_code) == 1 and low < 1000:
            low *= second_scale  # "2 tot 3 miljoen", "zes en twaalf miljoen"
        if second.value <= low and gap != written_gap:
            joined.append(first)  # "46 percent to 45 percent": two shares side by side
            index += 1
            continue
        if second.value <= low and first.currency and second.currency:
            joined.append(first)  # "outraised him $5.4 million to $200,000": two amounts
            index += 1
            continue
        if second.value <= low and (patterns.change_before.search(before) or (
                not between and patterns.percent_unit.match(text, second.end))):
            # "from 14 to 9": a fall; "won 52 to 48 per cent": two shares (a percentage's
            # noun after them), no tally; two figures
            joined.append(first)
            index += 1
            continue
        if second.value <= low:
            index += 2  # a tally or a score: "98-0", "52 to 48"
            continue
        # the ends are the figures as written: "$1 trillion and $1.5 trillion" is [1e12, 1.5e12]
        high = (second.value, second.lenient[1]) if top is None \
            else (top.strict[1], top.lenient[1])
        joined.append(Quantity(first.start, second.end, text[first.start:second.end], None,
                               (low, high[0]), (low, high[1]), "range",
                               "range", first.currency or second.currency,
                               money_scale=second.money_scale))
        index += 2
    return joined


def _neighbours_by_comma(text: str, found: list[Quantity], index: int, code: str) -> bool:
    """Two number words in a row with a comma between, the second the next of the first
    ("zeven, acht zetels", "two, three people", "twintig, dertig"): one guess said twice, no
    list ("drie, vier en vijf", "one, two, three" go on)."""
    first, second = found[index], found[index + 1]
    if first.kind != "word" or second.kind != "word" or first.qualifier != EXACT \
            or second.qualifier != EXACT or text[first.end:second.start] != ", ":
        return False
    step = second.value - first.value
    if not (step == 1 or (step == 10 and first.value % 10 == 0)):
        return False
    listed = re.compile(r"\s*,\s*$|\s+\w+\s+$")
    after = found[index + 2] if index + 2 < len(found) else None
    before = re.search(r"([^\W\d_]+|\d+),\s*$", text[max(0, first.start - 30):first.start])
    return not (after is not None and listed.match(text[second.end:after.start] + " ")
                and after.start - second.end < 6) \
        and not (before is not None and (before.group(1).isdigit() or number_value(
            before.group(1), load_pack(code)) is not None))


def _written_scale(quantity: Quantity, code: str) -> float:
    """The scale word a figure is written with: "3 miljoen" (kind scaled) or a number word
    read whole with its scale ("twaalf miljoen"); 1 when none."""
    if quantity.kind == "scaled":
        return quantity.scale
    if quantity.kind == "word":
        return load_pack(code).scales.get(quantity.text.split()[-1].lower(), 1.0)
    return 1.0


def _scaled_like(first: Quantity, second: Quantity, code: str) -> Quantity:
    """The first figure of a change in the second's scale word when it is said once for both
    ("van 17 naar 17,5 miljoen", "from 2 to 2.5 billion"): when so read the two are of one
    size; "from 900 to 1.2 million" keeps its 900."""
    scale = _written_scale(second, code)
    if not (scale > 1 and first.kind in ("digits", "word") and _written_scale(first, code) == 1
            and first.value is not None and second.value is not None
            and second.value / 10 <= first.value * scale <= second.value * 10):
        return first
    return dataclasses.replace(
        first, value=first.value * scale, kind="scaled", scale=scale,
        strict=tuple(None if b is None else b * scale for b in first.strict),
        lenient=tuple(None if b is None else b * scale for b in first.lenient),
        currency=first.currency or second.currency)


def _amount_after_a_year_cue(text: str, start: int, end: int, patterns: _NumberPatterns
                             ) -> bool:
    """A year-shaped figure with a unit of money after it is an amount ("een beloning van
    2000 euro", "a fine of 1950 dollars"), unless a word of time stands before it ("in 2008
    dollars", "sinds januari 2002 euro's"), a word that may open a year opens its clause
    ("Until 2002 francs were legal tender"), or a Dutch plural unit makes it a price level
    ("het prijspeil van 2015 euro's")."""
    unit = patterns.amount_unit.match(text, end)
    if unit is None or re.search(r"['’]s$", unit.group(0)):
        return False
    before = text[max(0, start - 40):start]
    if patterns.years_before_money.search(before):
        return False
    opening = re.search(r"(?:^|[.!?;:,\n(])\s*([^\W\d]+)\s+$", before)
    return not (opening and opening.group(1).lower() in patterns.year_cues)


def counted_noun_follows(text: str, end: int, pack: LanguagePack) -> bool:
    """True when a group or metric word follows within a word ("2000 mensen", "1991 arrests",
    "2000 klimaatbetogers")."""
    window = text[end:end + 30]
    first = [c for c in pack.subjects.find(window) + pack.metrics.find(window)
             if re.fullmatch(r"\s*(?:\w+\s+)?", window[:c.start])]
    return bool(first) or _number_patterns(pack.code).metric_compound.match(text, end) is not None


def _looks_like_age(text: str, start: int, end: int) -> bool:
    """A bare number in parentheses, or between commas after a name, is an age in news."""
    if text[start - 1:start] == "(" and text[end:end + 1] == ")":
        return True
    before = text[max(0, start - 40):start]
    return (re.search(r"[A-Z][\w'-]+,\s*$", before) is not None
            and re.match(r"\s*[,;.]", text[end:end + 2]) is not None)


def _down(value: float) -> float:
    """A lower bound on a count: counts are whole, so 0.9 x 748 = 673.2 is read as 673."""
    if not math.isfinite(value):
        return value  # overflowed: the quantity is dropped (find_quantities keeps finite ones)
    return float(math.floor(value + 1e-12 * max(1.0, abs(value))))


def _up(value: float) -> float:
    """An upper bound on a count; the tolerance keeps 1.1 x 30e6 (33000000.000000004) whole."""
    if not math.isfinite(value):
        return value
    return float(math.ceil(value - 1e-12 * max(1.0, abs(value))))


def _bound_down(bound: float, value: float, least: float = 2) -> float:
    """A whole count's lower bound is whole ("bijna 748": 673, "bijna vijf": 4; not "about
    one", which would reach zero); "about $6.50" keeps 5.85 (as_amount reads a point again for
    money, never a range)."""
    return _down(bound) if value == int(value) and value >= least else bound


def _bound_up(bound: float, value: float, least: float = 2) -> float:
    return _up(bound) if value == int(value) and value >= least else bound


def _point(start: int, end: int, text: str, value: float, kind: str) -> Quantity:
    whole = math.isfinite(value) and value == int(value)
    lenient = ((_down(value * 0.9), _up(value * 1.1)) if whole else (value * 0.9, value * 1.1)) \
        if _is_round(value) else (value, value)
    return Quantity(start, end, text[start:end], value, (value, value), lenient, EXACT, kind)


def _qualifier_before(quantity: Quantity, text: str, pack: LanguagePack) -> str | None:
    """The qualifier standing just before the number (nothing, an article or a currency sign
    between them), or None."""
    chain, _ = _qualifiers_before(quantity, text, pack)
    return chain[-1] if chain else None


def _qualifiers_before(quantity: Quantity, text: str, pack: LanguagePack
                       ) -> tuple[list[str], int]:
    """The qualifiers standing just before the number, outermost first: ["at_least",
    "approximate"] for "vanaf zo'n 30.000", "at least about 40"; and where the first begins."""
    offset = max(0, quantity.start - 40)
    window = text[offset:quantity.start]
    cues = pack.qualifiers.find(window)
    patterns = _number_patterns(pack.code)
    negated: list[Cue] = []
    if patterns.negated_comparative is not None:
        # "niet hoger (zijn) dan 20": the negated comparison in place of the cues inside it
        negated = [Cue(patterns.negated_bounds[m.group("comparative").lower()], m.start(),
                       m.end(), m.group(0))
                   for m in patterns.negated_comparative.finditer(window)]
        if negated:
            cues = [c for c in cues if not any(n.start <= c.start and c.end <= n.end
                                               for n in negated)] + negated
    # an amount's own qualifiers, not inside a longer one ("just under"); whether the figure
    # is an amount is asked only when one stands there
    amount = [a for a in pack.amount_qualifiers.find(window) if not any(
        c.start <= a.start and a.end <= c.end for c in cues)]
    if amount and not (quantity.currency or _number_patterns(pack.code).amount_unit.match(
            text, quantity.end, quantity.end + 30)):
        amount = []
    cues = sorted(cues + amount, key=lambda c: c.start)
    chain: list[str] = []
    end = len(window)
    signs = {"", "$", "€", "£"}
    particles = patterns.verb_particles
    for cue in reversed(cues):
        between = window[cue.end:end].strip().lower()
        # (an article may stand between, not after an amount's qualifier: "under a 10
        # percent tariff" is none; nor after a negated comparison: "niet meer subsidie dan de
        # 4,5 miljoen die het nu krijgt" compares with a known sum)
        if between not in ({""} if chain else signs if cue in amount or cue in negated
                           else signs | pack.articles):
            break
        verb = window[:cue.start].lower().split()[-1:]
        if verb and verb[0] in particles.get(cue.text.lower(), ()):
            break  # "turned over 60,000 emails": the verb's particle, no bound
        chain.insert(0, cue.label)
        end = cue.start
    return chain, offset + end


def _apply_qualifier(quantity: Quantity, text: str, pack: LanguagePack) -> None:
    """Bound the interval by the qualifier standing just before the number."""
    if quantity.kind in ("multiplier", "zero") or quantity.qualifier == AT_LEAST:
        return  # "about 40-plus": the suffix already bounds it
    chain, chain_start = _qualifiers_before(quantity, text, pack)
    if not chain:
        return
    if quantity.value is not None and quantity.kind != "vague" \
            and chain[-1] in (MORE_THAN, AT_LEAST) \
            and _number_patterns(pack.code).threshold.search(text, max(0, chain_start - 40),
                                                             chain_start):
        # "those with income above $250,000", "donaties boven de 4.500 euro": the figure is a
        # threshold that names a group, said exactly, no bound of a sum ("donations of up to
        # $200" is a cap: read as one)
        n = quantity.value
        quantity.strict = quantity.lenient = (n, n)
        return
    if quantity.kind == "vague":
        # "hooguit een paar duizend", "up to hundreds": from none to the vague figure's top;
        # "zeker enkele duizenden", "at least hundreds": from its bottom up; other qualifiers
        # say nothing a reader can bound of a vague figure
        if chain[-1] in (AT_MOST, LESS_THAN):
            quantity.qualifier = chain[-1]
            quantity.strict = (0, quantity.strict[1])
            quantity.lenient = (0, quantity.lenient[1])
        elif chain[-1] == AT_LEAST:
            quantity.qualifier = AT_LEAST
            quantity.strict = (quantity.strict[0], None)
            quantity.lenient = (quantity.lenient[0], None)
        return
    qualifier = chain[-1]
    n = quantity.value
    if n is None:
        return
    quantity.qualifier = qualifier
    # a whole figure as written steps one; "5.7 billion" (a decimal, scaled) does not
    whole = n >= 1 and n == int(n) and quantity.strict[0] == quantity.strict[1]
    if qualifier == MORE_THAN:
        quantity.strict = quantity.lenient = (n + 1 if whole else n, None)
    elif qualifier == AT_LEAST:
        quantity.strict = quantity.lenient = (n, None)
    elif qualifier == ALMOST:
        quantity.strict = (_bound_down(0.9 * n, n), n)
        quantity.lenient = (_bound_down(0.8 * n, n), n)
    elif qualifier == APPROXIMATE:
        _approximate(quantity, n)
        # "vanaf zo'n 30.000", "up to about 40": a bound of an approximate figure (which
        # steps nowhere: more than about 40 is at least about 40)
        if len(chain) > 1 and chain[-2] in (AT_LEAST, MORE_THAN):
            quantity.qualifier = AT_LEAST
            quantity.strict = (quantity.strict[0], None)
            quantity.lenient = (quantity.lenient[0], None)
        elif len(chain) > 1 and chain[-2] in (AT_MOST, LESS_THAN):
            quantity.qualifier = AT_MOST
            quantity.strict = (0, quantity.strict[1])
            quantity.lenient = (0, quantity.lenient[1])
    elif qualifier == AT_MOST:
        quantity.strict = quantity.lenient = (0, n)
    elif qualifier == LESS_THAN:
        # the mirror of "more than": a whole figure steps one down, a decimal stays the bound
        quantity.strict = quantity.lenient = (0, n - 1 if whole else n)


def _apply_or_more(quantity: Quantity, text: str, patterns: _NumberPatterns) -> None:
    """"40 or more people", "$60,000 or more", "60.000 euro of meer": no upper bound; right
    after the number the words join it, so the noun after them is what it counts."""
    after = patterns.at_least_after.match(text, quantity.end) if patterns.at_least_after \
        else None
    if after is None or quantity.value is None \
            or quantity.qualifier not in (EXACT, APPROXIMATE, AT_MOST) \
            or quantity.kind in ("vague", "multiplier", "zero"):
        return
    if quantity.qualifier == AT_MOST:  # "could rise to 50 or more": past the figure, not to it
        quantity.strict = quantity.lenient = (quantity.value, quantity.value)
    quantity.qualifier = AT_LEAST
    quantity.strict = (quantity.strict[0], None)
    quantity.lenient = (quantity.lenient[0], None)
    if after.group(1) is None:
        quantity.end = after.end()
        quantity.text = text[quantity.start:quantity.end]


def _approximate_range(quantity: Quantity, text: str, pack: LanguagePack) -> None:
    """"zo'n vijf tot zes ton", "about 10 to 20": the range widened as one approximate figure;
    other qualifiers before a range say nothing a reader can bound."""
    low, high = quantity.strict
    if _qualifier_before(quantity, text, pack) == APPROXIMATE and low is not None \
            and high is not None:
        quantity.qualifier = APPROXIMATE
        # (small ends stay as widened: "rond 4 à 5 dollar" is money as often as people, and
        # as_amount cannot read a range again)
        quantity.strict = (_bound_down(0.9 * low, low, 10), _bound_up(1.1 * high, high, 10))
        quantity.lenient = (_bound_down(0.8 * low, low, 10), _bound_up(1.2 * high, high, 10))


def as_amount(quantity: Quantity) -> Quantity:
    """The quantity read as an amount (a percentage, money), which need not be whole: "about
    53 percent" is [47.7, 58.3], where 53 people would be [47, 59]."""
    n = quantity.value
    if n is None or quantity.kind in ("vague", "multiplier", "zero", "range"):
        return quantity
    if quantity.qualifier == ALMOST:
        return dataclasses.replace(quantity, strict=(0.9 * n, n), lenient=(0.8 * n, n))
    if quantity.qualifier == APPROXIMATE:
        return dataclasses.replace(quantity, strict=(0.9 * n, 1.1 * n),
                                   lenient=(0.8 * n, 1.2 * n))
    # the strict reading steps one from a whole figure, as the annotation guide says; an
    # amount need not be whole, so the loose reading keeps the bound ("ruim 60 procent" and
    # "60,4 procent" may be one figure)
    if quantity.qualifier == MORE_THAN:
        return dataclasses.replace(quantity, lenient=(n, None))
    if quantity.qualifier == LESS_THAN:
        return dataclasses.replace(quantity, lenient=(0, n))
    return quantity


# signs written against a figure: "-0,3%", "+2,6%", "−1.4%" (a true minus sign too)
_SIGNS = {"+": 1, "-": -1, "\u2212": -1}


def sign_before(text: str, quantity: Quantity) -> int:
    """+1 or -1 for a sign written against the number ("-0,3%", "+2,6%", as tables of share
    prices write a change), 0 for none; a hyphen after a word or a digit is no sign ("10-20%",
    "COVID-19"), nor "+/-"."""
    at = quantity.start
    if at == 0 or text[at - 1] not in _SIGNS:
        return 0
    if at >= 2 and not (text[at - 2].isspace() or text[at - 2] in "(:"):
        return 0
    return _SIGNS[text[at - 1]]


def negated(quantity: Quantity) -> Quantity:
    """The quantity below zero: its bounds mirrored."""
    def mirror(bounds: tuple[float | None, float | None]) -> tuple[float | None, float | None]:
        low, high = bounds
        return (None if high is None else -high, None if low is None else -low)
    return dataclasses.replace(quantity, value=None if quantity.value is None else -quantity.value,
                               strict=mirror(quantity.strict), lenient=mirror(quantity.lenient))


__all__ = ["Quantity", "as_amount", "find_quantities", "negated", "previous_words",
           "reached_from", "sign_before"]
