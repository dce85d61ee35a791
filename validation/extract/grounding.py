"""Grounding: which metric a number counts, read from the phrase it stands in, and how firmly.

A number counts metric M when
- the noun it quantifies is one of M's nouns ("twaalf doden", "300 wounded", "12 procent",
  "$6.5 trillion"): grounded by `noun`;
- it quantifies people ("45 mensen", "three children", "a 32-year-old man") or nothing named
  ("killing 12", "12 were arrested"), and its clause says what happened to them ("werden
  opgepakt", "were killed"): `predicate`;
- it has no noun of its own and its clause counts M ("het aantal arrestaties steeg naar 400",
  "the death toll rose to 37"): `toll`;
- it counts a crowd or troops ("duizenden betogers", "3,000 soldiers") and its clause says
  nothing stronger: `noun`.
A number that counts anything else (jobs, homes, emails, trains, hectares, dentists with
nothing happening to them) is no claim. Relational nouns ("relatives of Americans killed")
never take the predicate: it happened to someone else. Words come from the language pack.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from validation.extract.lexicon import (
    Cue,
    CueSet,
    LanguagePack,
    load_pack,
    partitive_words,
    phrase_pattern,
    trie_regex,
    words_before,
)
from validation.extract.numbers import find_quantities

NOUN, PREDICATE, TOLL, PARTITIVE, COORDINATED, CONTEXT = (
    "noun", "predicate", "toll", "partitive", "coordinated", "context")
# How a claim was grounded, firmest first; `context` (borrowed from the sentence before) is weak.
GROUNDINGS = (NOUN, PREDICATE, TOLL, PARTITIVE, COORDINATED, CONTEXT)

_NEXT_WORD = re.compile(r"[ \t]+([a-zà-öø-ÿ][\w-]*)")
_WORD = re.compile(r"[ \t\n]*(%|[^\W\d_](?:[\w'’-]|\.(?=\w))*|\d+-\w+)")
# "tens of thousands of protesters", "a third of nurses": the noun after "of" is the counted one
_OF = re.compile(r"(,?)[ \t\n]+(?:of|van)(?:[ \t\n]+(?:the|de|het))?(?=[ \t\n])", re.IGNORECASE)
# how many words may stand between a number and the noun it counts ("zes jonge Afghaanse mannen")
MAX_MODIFIERS = 3


@dataclass(frozen=True)
class CountedNoun:
    """What follows a number: `kind` is metric, weak, thing_metric, person, relational,
    collective (groups of people: communities, villages), thing, agent (people who did what
    their clause says to others) or none (no noun: a verb, a preposition or punctuation
    follows); `label` the metric or noun; `compound` the word, lower-cased, when a compound
    of a weak noun gave its metric ("tegendemonstranten"): a group of its own."""

    kind: str
    label: str | None
    end: int
    compound: str | None = None


# a context with no `near` words: found in any sentence
_ANYWHERE = re.compile("")


def compound_pattern(words: list[str]) -> re.Pattern[str]:
    """A compound ending in two of `words`, written as one word or with a hyphen
    ("mazelenuitbraak", "legionella-uitbraak", "norovirusuitbraak"; not "coronaboetes",
    "gevangenisuitbraak": one part is another thing's)."""
    words_regex = trie_regex(words)
    return re.compile(rf"(?<![\w-])\w{{0,5}}(?:{words_regex})-?(?:{words_regex})(?![\w-])",
                      re.IGNORECASE)


@dataclass(frozen=True)
class WeakContext:
    """When a weak noun counts its metric: one of `near` in its sentence (or, `across`
    sentences, within CONTEXT_REACH characters: "demonstreerden ... De organisatie spreekt van
    40.000 deelnemers"), none of `not_near`, the number not right after one of `not_after` ("in
    20 gevallen") and the noun not followed by one of `not_followed_by` ("pounds of
    cocaine"); else it counts `otherwise` (person or thing)."""

    near: re.Pattern[str]
    not_near: re.Pattern[str]
    not_after: re.Pattern[str]
    not_followed_by: re.Pattern[str]
    otherwise: str
    across: bool
    # with `in_compounds`, a compound of two near words ("mazelenuitbraak: 221 gevallen"), for
    # a noun that ends its clause, maybe after one of `compounds_followed_by` ("zijn 18
    # gevallen bekend."; not "15 gevallen van inbraak sinds de virusuitbraak", "30 gevallen
    # waarin oplichters ...": cases of something else)
    compound_near: re.Pattern[str] | None = None
    compound_followed_by: re.Pattern[str] | None = None

    @classmethod
    def of(cls, spec: dict) -> WeakContext:
        # (a context of `not_near` words alone holds unless one of them is there)
        compounds = spec.get("in_compounds") is True and spec.get("near")
        return cls(near=phrase_pattern(spec["near"]) if spec.get("near") else _ANYWHERE,
                   compound_near=compound_pattern(spec["near"]) if compounds else None,
                   compound_followed_by=re.compile(r"(?:\s+(?:" + "|".join(map(
                       re.escape, spec.get("compounds_followed_by", []) or ["\x00"]))
                       + r"))?\s*(?:[.,;:!?)]|$)", re.IGNORECASE) if compounds else None,
                   not_near=phrase_pattern(spec.get("not_near", []) or ["\x00"]),
                   not_after=re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, spec.get(
                       "not_after", []) or ["\x00"])) + r")\s+\S+\s*$", re.IGNORECASE),
                   not_followed_by=re.compile(r"\s+(?:" + "|".join(map(re.escape, spec.get(
                       "not_followed_by", []) or ["\x00"])) + r")(?![\w-])", re.IGNORECASE),
                   otherwise=spec.get("otherwise", "person"),
                   across=spec.get("across") is True)

    def holds(self, text: str, number_end: int, noun_end: int) -> bool:
        """True when the noun ending at `noun_end`, after a number ending at `number_end`,
        counts its metric (the sentence is looked for within CONTEXT_REACH characters)."""
        start, end = ((max(0, number_end - CONTEXT_REACH), noun_end + CONTEXT_REACH)
                      if self.across else _sentence_around(text, number_end, noun_end))
        near = self.near.search(text, start, end) is not None or (
            self.compound_near is not None
            and self.compound_near.search(text, start, end) is not None
            and self.compound_followed_by.match(text, noun_end) is not None)
        return (near and self.not_near.search(text, start, end) is None
                and self.not_after.search(text, max(0, number_end - 40), number_end) is None
                and self.not_followed_by.match(text, noun_end) is None)


def _weak_contexts(raw: dict) -> list[tuple[str, dict]]:
    """(metric, context) for each of the pack's weak-noun contexts: a metric may have one, or a
    list when its nouns need different words ("claimed three lives", "nine bodies recovered")."""
    return [(label, spec) for label, specs in (raw.get("weak_metric_contexts", {}) or {}).items()
            for spec in (specs if isinstance(specs, list) else [specs])]


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding text[start:end], as far as CONTEXT_REACH characters either side."""
    low, high = max(0, start - CONTEXT_REACH), min(len(text), end + CONTEXT_REACH)
    left = max(text.rfind(mark, low, start) for mark in (". ", "! ", "? ", "\n"))
    right = [i for i in (text.find(mark, end, high) for mark in (". ", "! ", "? ", "\n"))
             if i >= 0]
    return (left + 1 if left >= 0 else low), (min(right) if right else high)


@dataclass(frozen=True)
class GroundingWords:
    """A pack's grounding vocabulary, compiled once per language."""

    nouns: re.Pattern[str]
    noun_label: dict[str, str]
    weak: re.Pattern[str]
    weak_label: dict[str, str]
    weak_context: dict[str, WeakContext]  # a weak noun: the words it needs in its sentence
    not_people: re.Pattern[str]  # "vier dode schapen": a metric noun before these counts them
    animals: re.Pattern[str]  # "deaths among cattle", "seal deaths": a toll of no people
    not_people_heads: tuple[str, ...]  # "traumahelikopters": a compound of one is no people
    left_care: CueSet  # "mochten het ziekenhuis verlaten": after the injured, the discharged
    care_staff: re.Pattern[str]  # a verb of working in a clause: no one in it is a patient
    care_staff_nouns: frozenset[str]  # "artsen", "nurses": a hospital's staff, no patients
    care_places: tuple[str, ...]  # "in ": a care predicate that says where, not what happened
    weak_things: frozenset[str]  # weak metrics of things (money, cases): no people's predicate
    # "gunmen", "ontsnapte gevangenen": people who flee the law, never displaced by fleeing
    offenders: re.Pattern[str]
    whole_population_modifiers: frozenset[str]  # "vaste inwoners": still all of them
    predicates: CueSet
    # "65 kinderen en hun moeders worden vastgehouden": people with the counted, uncounted
    companions: re.Pattern[str]
    # "zeven kinderen en volwassenen stierven": people named with their complement, all counted
    complements: re.Pattern[str]
    patterns: tuple[tuple[str, str, re.Pattern[str]], ...]
    thing_nouns: dict[str, tuple[str, ...]]  # a noun may count in several ("homes damaged")
    thing_predicates: dict[str, frozenset[str]]
    # "homes lost power after the storm damaged a substation": a clause of another subject
    thing_clause_openers: re.Pattern[str]
    attributive: re.Pattern[str]  # "the", "de", "deze" before "damaged": an adjective
    persons: frozenset[str]
    collectives: frozenset[str]
    person_phrases: re.Pattern[str]
    own_noun_metrics: frozenset[str]
    # metrics whose predicates count only these people ("20.000 kiezers stemden", never "tien
    # senatoren stemden")
    predicate_subjects: dict[str, frozenset[str]]
    predicate_subjects_not_in: re.Pattern[str]  # right after the people: "on the jury"
    # metrics whose predicate refuses only people named outside predicate_subjects (a people
    # written with a capital still counts: "Palestinians"); a number without a noun counts
    open_subjects: frozenset[str]
    person_suffixes: tuple[str, ...]
    thing_suffixes: tuple[str, ...]
    state_links: frozenset[str]
    nominal_event: re.Pattern[str]  # "the arrest of " just before a number
    nominal_events: dict[str, str]  # "arrest of": arrests
    nominal_cues: CueSet  # every event said as a noun in a text
    relational: re.Pattern[str]
    modifiers: frozenset[str]
    modified_nouns: re.Pattern[str]
    compound_endings: tuple[tuple[str, str], ...]  # (ending, metric)
    compound_not_after: tuple[str, ...]  # "oud-": a former one, none of the metric now
    plural_endings: tuple[str, ...]
    singular_endings: tuple[str, ...]
    after_number: frozenset[str]
    tolls: re.Pattern[str]
    # what follows a marker that names no noun and so counts the figure before ("dat aantal
    # groeit tot", "the total rose to"); any other word is the noun it counts ("het aantal
    # zieken is opgelopen tot 31" counts the sick, no metric)
    toll_followers: frozenset[str]
    partitive: re.Pattern[str]
    toll_nouns: CueSet
    # "bringing to": the words right before a figure whose toll is named after it, and what
    # may stand between the figure and that toll (an article: "to 19 the number of")
    toll_before_figure: re.Pattern[str]
    toll_after_figure_gap: re.Pattern[str]
    toll_group: re.Pattern[str]  # " among (the) (dairy) cows": whom a toll's noun counts
    noun_anywhere: CueSet
    clause_break: re.Pattern[str]
    relative: re.Pattern[str]  # "who", "die": a relative clause's opening word
    demonstrative_time: re.Pattern[str]  # " avond" after "die": no relative clause
    relative_possessives: frozenset[str]  # "whose", "wiens": a clause about what they own
    possessives: frozenset[str]  # "zijn", "his": a possessive that may open an object
    articles: frozenset[str]
    death_causes: frozenset[str]  # "aan", "of": before what someone died of
    death_cause_openers: frozenset[str]  # "de gevolgen van": what they died of follows
    size_of: re.Pattern[str]  # "van de 8.000 inwoners": a place's size, ending the text
    after_verb_skip: re.Pattern[str]  # " zaterdag in Emmen": a day and a place after a verb
    # words after a noun that end its phrase ("emails on Friday", "emails were released")
    function_words: frozenset[str]
    # "3,000 of her emails", "3,000 of Ms. Abedin's emails": a part of someone's things
    owned_part: re.Pattern[str]
    prepositions: frozenset[str]
    negated: re.Pattern[str]  # a negation ending the words before a predicate: "were not"
    ages: re.Pattern[str]
    # "de ", "de in 2009 ", "de in Syrië ": an article, and a time or place, up to a predicate
    attributive_opener: re.Pattern[str]
    not_nouns_after: frozenset[str]  # closed words: no noun a predicate could describe
    attributive_predicates: frozenset[str]  # participles that may stand before a noun
    # verbs whose active voice has an object: the people counted before it, with no passive
    # auxiliary between and an object after it (or before it, in a Dutch verb-final clause),
    # did it ("Drie overvallers schoten de eigenaar dood", "Two gunmen killed the owner")
    transitive_forms: frozenset[str]
    transitive_passive: frozenset[str]
    transitive_active: frozenset[str]  # "hebben": active, whatever else ("zijn woning")
    transitive_singular: frozenset[str]  # "heeft" after people counted: another's verb
    object_openers: frozenset[str]
    object_times: frozenset[str]  # "injured a week earlier": a time, no object
    body_parts: frozenset[str]  # "hurt their legs": their own, no one else's
    object_before_verb: bool  # Dutch: "hebben de man doodgestoken"
    object_prepositions: frozenset[str]  # an opener after one of these opens no object


def _at(phrases: list[str]) -> re.Pattern[str]:
    """Matches one of `phrases` right at a position (after white space), on a word boundary."""
    ordered = sorted({p.lower() for p in phrases}, key=len, reverse=True) or ["\x00"]
    body = "|".join(re.escape(p) for p in ordered)
    return re.compile(rf"[ \t\n]*(?:-[ \t\n]*)?({body})(?![\w-])", re.IGNORECASE)


def _labels(groups: dict[str, list[str]]) -> dict[str, str]:
    return {str(p).lower(): label for label, phrases in groups.items() for p in phrases or []}


@functools.cache
def day_and_place_after_verb(code: str) -> str:
    """A regex body (each word followed by blanks): up to two days or times and a place that
    may stand between a verb and its object ("doodde zaterdag in Emmen zijn buurman",
    "arresteerde zondagavond in Tiel een man"); a weekday may carry a part of the day."""
    pack = load_pack(code)
    raw = pack.raw
    times = {w.lower() for w in [
        *((raw.get("grammar", {}) or {}).get("transitive_predicates", {}) or {}).get(
            "times", []), *pack.months, *(w for w in pack.relative_days if " " not in w)]}
    weekdays = "|".join(map(re.escape, sorted(pack.weekdays, key=len, reverse=True)))
    others = "|".join(map(re.escape, sorted(times - {w.lower() for w in pack.weekdays},
                                            key=len, reverse=True))) or "\x00"
    places = "|".join(map(re.escape, raw.get("places_prepositions", []) or ["\x00"]))
    return (rf"(?:(?:(?:{weekdays})\w*|{others})(?![\w-])[ \t]+){{0,2}}"
            rf"(?:(?:{places})[ \t]+(?-i:[A-Z][\w-]+)[ \t]+)?")


def _without_qualifiers(gap: str, pack: LanguagePack) -> str:
    """The words between a verb and a number without the qualifiers among them ("some",
    "ruim"), which belong to the number."""
    for cue in reversed(pack.qualifiers.find(gap)):
        gap = gap[:cue.start] + " " + gap[cue.end:]
    return gap


def _labels_of_nouns(things: dict[str, dict]) -> dict[str, tuple[str, ...]]:
    """Each noun of `thing_metrics` with the metrics it counts in, in the pack's order."""
    labels: dict[str, tuple[str, ...]] = {}
    for label, spec in things.items():
        for noun in spec.get("nouns", []):
            labels[noun.lower()] = (*labels.get(noun.lower(), ()), label)
    return labels


@functools.cache
def grounding_words(code: str) -> GroundingWords:
    pack = load_pack(code)
    raw = pack.raw
    things = raw.get("thing_metrics", {}) or {}
    nouns = _labels(raw.get("metrics", {}) or {})
    weak = _labels(raw.get("weak_metrics", {}) or {})
    predicates = dict(raw.get("metric_predicates", {}) or {})
    transitive = (raw.get("grammar", {}) or {}).get("transitive_predicates", {}) or {}
    for label, spec in things.items():
        predicates.setdefault(label, [])
        predicates[label] = list(predicates[label]) + list(spec.get("predicates", []))
    return GroundingWords(
        nouns=_at(list(nouns)), noun_label=nouns, weak=_at(list(weak)), weak_label=weak,
        weak_context={noun.lower(): WeakContext.of(spec)
                      for _, spec in _weak_contexts(raw) for noun in spec["nouns"]},
        not_people=_at(raw.get("animals", []) + raw.get("not_people", []) or ["\x00"]),
        offenders=re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(
            raw.get("offenders", []), key=len, reverse=True)) or ["\x00"]) + r")(?![\w-])",
            re.IGNORECASE),
        animals=_at(raw.get("animals", []) or ["\x00"]),
        not_people_heads=tuple(w.lower() for w in raw.get("thing_compound_heads", [])),
        left_care=CueSet({"discharged": raw.get("left_care", [])}),
        care_staff=phrase_pattern((raw.get("care_staff", {}) or {}).get("verbs", [])
                                  or ["\x00"]),
        care_staff_nouns=frozenset(w.lower() for w in (raw.get("care_staff", {}) or {}).get(
            "nouns", [])),
        care_places=tuple(w.lower() + " " for w in (raw.get("care_staff", {}) or {}).get(
            "places", [])) or ("\x00",),
        weak_things=frozenset(label for label, spec in _weak_contexts(raw)
                              if spec.get("otherwise") == "thing"),
        predicates=CueSet(predicates),
        companions=re.compile(r"\s*(?:" + "|".join(map(re.escape, (
            raw.get("grammar", {}) or {}).get("companions", []) or ["\x00"]))
            + r")\s+[^\W\d][\w'’-]*", re.IGNORECASE),
        # (not a possessive: "two men and women's rights activists")
        complements=re.compile(phrase_pattern((raw.get("grammar", {}) or {}).get(
            "complements", []) or ["\x00"]).pattern + r"(?!['’]s\b)", re.IGNORECASE),
        # matched against lower-cased text: without IGNORECASE `re` can skip ahead to a literal
        # each with a word it must hold (its opening letters, else its closing word): a text
        # without it is not searched at all
        patterns=tuple((label, _required_word(pattern), re.compile(_literal_first(pattern)))
                       for label, patterns in (raw.get("metric_patterns", {}) or {}).items()
                       for pattern in patterns),
        thing_nouns=_labels_of_nouns(things),
        thing_predicates={label: frozenset(p.lower() for p in spec.get("predicates", []))
                          for label, spec in things.items()},
        # "killed one person", "één man": a singular noun of people counts people too
        persons=frozenset(p.lower() for p in raw.get("persons", [])
                          + raw.get("singular_persons", [])),
        collectives=frozenset(p.lower() for p in raw.get("collectives", [])),
        person_phrases=_at([p for p in raw.get("persons", []) if " " in p]),
        own_noun_metrics=frozenset(raw.get("own_noun_predicates", [])),
        predicate_subjects={metric: frozenset(n.lower() for n in nouns) for metric, nouns in (
            raw.get("predicate_subjects", {}) or {}).items()},
        open_subjects=frozenset(raw.get("predicate_subjects_open", []) or []),
        predicate_subjects_not_in=re.compile(r"\s+(?:" + "|".join(map(re.escape, (raw.get(
            "grammar", {}) or {}).get("prepositions", []) or ["\x00"])) + r")\s+(?:(?:" + "|".join(
            map(re.escape, raw.get("articles", []) or ["\x00"])) + r")\s+)?(?:[\w-]+\s+)?(?:"
            + "|".join(map(re.escape, raw.get("predicate_subjects_not_in", []) or ["\x00"]))
            + r")(?![\w-])", re.IGNORECASE),
        person_suffixes=tuple(raw.get("person_suffixes", [])),
        thing_suffixes=tuple(raw.get("thing_suffixes", [])) or ("\x00",),
        nominal_cues=CueSet(raw.get("nominal_events", {}) or {}),
        nominal_events={" ".join(p.lower().split()): metric for metric, phrases in (
            raw.get("nominal_events", {}) or {}).items() for p in phrases},
        nominal_event=re.compile(r"(?<![\w-])(" + "|".join(sorted((re.escape(p) for phrases in (
            raw.get("nominal_events", {}) or {}).values() for p in phrases), key=len,
            reverse=True) or ["\x00"]) + r")\s+(?:(?:" + "|".join(map(re.escape, raw.get(
                "articles", []))) + r")\s+(?:(?-i:[a-z][\w-]*)\s+)?)?$", re.IGNORECASE),
        state_links=frozenset(w.lower() for w in (raw.get("grammar", {}) or {}).get(
            "state_links", [])),
        relational=_at(raw.get("relational_persons", [])),
        modifiers=frozenset(m.lower() for m in raw.get("noun_modifiers", [])),
        whole_population_modifiers=frozenset(
            m.lower() for m in raw.get("whole_population_modifiers", [])),
        modified_nouns=_at(raw.get("modified_metric_nouns", []) or ["\x00"]),
        plural_endings=tuple(raw.get("plural_endings", [])) or ("\x00",),
        singular_endings=tuple(raw.get("singular_endings", [])) or ("\x00",),
        compound_endings=tuple((ending.lower(), label) for label, endings in (
            raw.get("metric_compound_endings", {}) or {}).items() for ending in endings),
        compound_not_after=tuple(w.lower() for w in raw.get("metric_compound_not_after", []))
        or ("\x00",),
        after_number=frozenset(w.lower() for w in raw.get("after_number_words", [])),
        tolls=phrase_pattern(raw.get("toll_markers", []) or ["\x00"]),
        toll_followers=frozenset(w.lower() for w in raw.get("toll_marker_followers", [])),
        toll_nouns=CueSet(raw.get("toll_nouns", {}) or {}),
        toll_before_figure=words_before(raw.get("toll_before_figure", [])),
        toll_after_figure_gap=re.compile(r"[ \t]+(?:(?:" + trie_regex(raw.get(
            "articles", []) or ["\x00"]) + r")[ \t]+)?", re.IGNORECASE),
        toll_group=re.compile(r"\s+(?:" + "|".join(map(re.escape, raw.get(
            "toll_group_prepositions", []) or ["\x00"])) + r")\s+(?:(?:" + "|".join(map(
                re.escape, raw.get("articles", []) or ["\x00"])) + r")\s+)?"
            r"((?:[^\W\d][\w'’-]*[ \t]+){0,2}[^\W\d][\w'’-]*)", re.IGNORECASE),
        partitive=_at(partitive_words(raw["numbers"])),
        # nouns of a metric anywhere in a clause ("het aantal demonstranten op 10.000")
        noun_anywhere=CueSet({**(raw.get("weak_metrics", {}) or {}),
                              **(raw.get("metrics", {}) or {})}),
        transitive_forms=frozenset(w.lower() for w in transitive.get("forms", [])),
        transitive_passive=frozenset(w.lower() for w in transitive.get("passive", [])),
        transitive_active=frozenset(w.lower() for w in transitive.get("active", [])),
        transitive_singular=frozenset(w.lower() for w in transitive.get("singular", [])),
        object_openers=frozenset(w.lower() for w in transitive.get("objects", [])),
        object_times=frozenset(w.lower() for w in [*transitive.get("times", []), *pack.months,
                                                   *pack.weekdays]),
        body_parts=frozenset(w.lower() for w in transitive.get("body_parts", [])),
        object_before_verb=bool(transitive.get("verb_last")),
        object_prepositions=frozenset(w.lower() for w in [
            *(raw.get("grammar", {}) or {}).get("prepositions", []),
            *transitive.get("prepositions", [])]),
        prepositions=frozenset(w.lower() for w in (raw.get("grammar", {}) or {}).get(
            "prepositions", [])),
        relative_possessives=frozenset(w.lower() for w in raw.get("relative_possessives", [])),
        articles=frozenset(pack.articles),
        death_causes=frozenset(w.lower() for w in (raw.get("grammar", {}) or {}).get(
            "death_cause_prepositions", [])),
        death_cause_openers=frozenset(" ".join(w.lower().split()) for w in (
            raw.get("grammar", {}) or {}).get("death_cause_openers", [])),
        size_of=re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, (raw.get(
            "grammar", {}) or {}).get("size_of", []) or ["\x00"])) + r")\s+[\d.,]+(?:\s+\w+)?"
            r"\s+[\w'-]+$", re.IGNORECASE),
        possessives=frozenset(w.lower() for w in (raw.get("grammar", {}) or {}).get(
            "possessives", [])),
        after_verb_skip=re.compile(r"[ \t]*" + day_and_place_after_verb(code), re.IGNORECASE),
        function_words=frozenset(w.lower() for w in raw.get("conjunctions", [])
                                 + raw.get("after_number_words", [])
                                 + (raw.get("grammar", {}) or {}).get("passive_auxiliaries", [])
                                 + (raw.get("grammar", {}) or {}).get("relative_pronouns", [])),
        owned_part=re.compile(r"[ \t\n]+(?i:" + "|".join(map(re.escape, [
            g for g in raw["numbers"].get("part_of_group", []) if " " not in g] or ["\x00"]))
            + r")[ \t\n]+(?:(?i:" + "|".join(map(re.escape, (raw.get("grammar", {}) or {}).get(
                "possessives", []) or ["\x00"])) + r")[ \t\n]+|(?:[A-Z][\w.'’-]*[ \t\n]+){0,3}"
            r"[A-Z][\w'’-]*['’]s[ \t\n]+)"),
        relative=re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, (raw.get(
            "grammar", {}) or {}).get("relative_pronouns", []) or ["\x00"])) + r")(?![\w-])",
            re.IGNORECASE),
        demonstrative_time=re.compile(r"\s+(?:" + "|".join(map(re.escape, (raw.get(
            "grammar", {}) or {}).get("demonstrative_times", []) + list(raw["dates"].get(
                "weekdays", [])) or ["\x00"])) + r")(?![\w-])", re.IGNORECASE),
        # what ends the reach of a predicate: another clause ("killed 12 and injured 30")
        clause_break=re.compile(r"[,;:()—–]|(?<![\w-])(?:" + "|".join(map(re.escape, raw.get(
            "conjunctions", []) or ["\x00"])) + r")(?![\w-])", re.IGNORECASE),
        # ("weren't": a clitic after its verb; "have not yet been": a few words may follow)
        negated=re.compile(r"(?:(?<![\w-])|(?=n't))(?:" + "|".join(map(re.escape, raw.get(
            "predicate_negations", []) or ["\x00"])) + r")(?:\s+(?:" + "|".join(map(
                re.escape, raw.get("predicate_negation_fillers", []) or ["\x00"]))
            + r")){0,2}\s*$", re.IGNORECASE),
        attributive_opener=re.compile(r"(?<![\w-])(?i:" + "|".join(map(re.escape, (raw.get(
            "grammar", {}) or {}).get("attributive_openers", []) or ["\x00"])) + r")"
            r"(?:[ \t]+(?i:" + "|".join(map(re.escape, (raw.get("grammar", {}) or {}).get(
                "attributive_times", []) or ["\x00"]))
            + r")(?:[ \t]+(?:(?:1[89]|20)\d\d|(?-i:[A-Z])[\w'-]+))?)?[ \t]+$"),
        attributive_predicates=frozenset(w.lower() for w in (raw.get("grammar", {}) or {}).get(
            "attributive_predicates", [])),
        thing_clause_openers=re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, (
            raw.get("grammar", {}) or {}).get("thing_clause_openers", []) or ["\x00"]))
            + r")(?![\w-])", re.IGNORECASE),
        # an article or a determiner right before a participle makes it an adjective (not a
        # possessive: Dutch "zijn" is an auxiliary too, "zijn gekaapt")
        attributive=re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, raw.get(
            "articles", []) + (raw.get("grammar", {}) or {}).get("determiners", [])
            or ["\x00"])) + r")\s+$", re.IGNORECASE),
        not_nouns_after=frozenset(w.lower() for w in raw.get("after_number_words", []) + (
            raw.get("grammar", {}) or {}).get("prepositions", []) + raw.get("conjunctions", [])
            + (raw.get("grammar", {}) or {}).get("not_nouns_after", [])
            + (raw.get("attribution", {}) or {}).get("subordinators", [])
            + (raw.get("grammar", {}) or {}).get("relative_pronouns", [])),
        # "twee meisjes van 14 en 15 aangehouden": the people's ages, no clause of their own
        ages=re.compile(r",?\s*(?:" + "|".join(map(re.escape, (
            raw["numbers"].get("age_of", []) + raw["numbers"].get("age_before", []))
            or ["\x00"])) + r")\s+\d{1,3}(?:\s*(?:,|" + "|".join(map(re.escape, raw.get(
                "conjunctions", []) or ["\x00"])) + r")\s*\d{1,3})*,?", re.IGNORECASE),
    )


def _required_word(pattern: str) -> str:
    """Letters every match of a pack pattern holds: those it opens with ("\\bschoot\\b..."),
    else its closing word (before a look-ahead, if any) when nothing but a space or a group's
    end stands before it ("...){1,3}ziekenhuis\\b", "...)+vrij(?=...)"); "" when neither (the
    pattern is tried on every text)."""
    if _top_level_alternation(pattern):
        return ""  # "\\bfoo|\\bbar": no word every match holds
    opening = _OPENING.match(pattern).group(1)
    closing = re.search(r"(?<=[ )}+*?])([a-z]{4,})(?:\\b)?(?:\(\?[=!].*\))?$", pattern)
    return opening or (closing.group(1) if closing else "")


def _top_level_alternation(pattern: str) -> bool:
    """Whether a "|" outside every group splits the pattern."""
    depth, escaped, in_class = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return True
    return False


# the letters a pattern opens with, short of one a quantifier applies to ("legden?": legde)
_OPENING = re.compile(r"(?:\\b)?((?:[a-z](?![?*{+]))*)")


def _literal_first(pattern: str) -> str:
    """"\\bkw..." as "kw(?<!\\wkw)...", the same matches: `re` jumps from one "kw" to the next
    instead of trying the word edge at every character."""
    opening = _OPENING.match(pattern).group(1)
    if opening and pattern.startswith("\\b" + opening) and not _top_level_alternation(pattern):
        return f"{opening}(?<!\\w{opening}){pattern[2 + len(opening):]}"
    return pattern


# a capital and a full stop before a word in lower case: an initial ("Gökmen T."), no sentence
# end, since a sentence opens with a capital
_INITIAL_STOP = re.compile(r"(?<![\w.])([^\W\d_])\.(?=\s+([^\W\d_]))")


def predicate_cues(text: str, pack: LanguagePack) -> list[Cue]:
    """Every predicate of the pack in the text (found once per article), in text order."""
    words = grounding_words(pack.code)
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lower-cased
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    # an initial's full stop ends no clause: "schoot Gökmen T. drie mensen dood"
    stops = [m.end() - 1 for m in _INITIAL_STOP.finditer(text)
             if m.group(1).isupper() and m.group(2).islower()]
    if stops:
        chars = list(lowered)
        for stop in stops:
            chars[stop] = " "
        lowered = "".join(chars)
    # "March 31", "a May deadline": a capitalised month is no verb ("march", "may")
    read = [Cue(label, m.end() - len(m.group(0).split()[-1]), m.end(), text[m.start():m.end()])
            for label, opening, pattern in words.patterns if opening in lowered
            for m in pattern.finditer(lowered)]
    # a pattern reads the word in its clause, so it outweighs the bare word there ("zitten in
    # het rampgebied opgesloten" is trapped, though "opgesloten" alone is held)
    spans = {(c.start, c.end) for c in read}
    cues = [c for c in words.predicates.find(text)
            if not (c.text[:1].isupper() and c.text.lower() in pack.months)
            and (c.start, c.end) not in spans] + read
    return sorted((c for c in cues if not _attributive(text, c, words)), key=lambda c: c.start)


def _attributive(text: str, cue: Cue, words: GroundingWords) -> bool:
    """A participle between an article (and a time or place) and a common noun describes that
    noun: "de (in 2009) overleden popster", "de in Syrië omgekomen journalist", "the slain
    officer"."""
    if cue.text.lower() not in words.attributive_predicates:
        return False
    # (a name or a figure after it is the one counted: "de doodgeschoten Lara S. (25)")
    noun = _NEXT_WORD.match(text, cue.end)
    if not noun or noun.group(1) in words.not_nouns_after:
        return False
    opener = words.attributive_opener.search(text, max(0, cue.start - 40), cue.start)
    return opener is not None


def counted_noun(text: str, end: int, pack: LanguagePack, of: bool = False) -> CountedNoun:
    """The noun a number ending at `end` counts, skipping a few modifiers; `of` (after a vague
    quantity or a share) reads on past "of"/"van" ("hundreds of people")."""
    words = grounding_words(pack.code)
    compound = pack.counted_compound.match(text, end)
    if compound:  # "a 60-vote majority"
        return CountedNoun("metric", pack.counted_compounds[compound.group(1).lower()],
                           compound.end())
    position = end
    owned = words.owned_part.match(text, position)
    things = _owned_things(text, owned.end(), words) if owned else None
    if things is not None:  # "released 3,000 of her (personal) emails": someone's things
        return things
    of_match = _OF.match(text, position) if of else None
    if of_match and not of_match.group(1):
        position = of_match.end()
    elif of_match:
        # after an aside's closing comma only people ("dozens, if not hundreds, of villagers";
        # not "hundreds, of course, fled")
        past = counted_noun(text, of_match.end(), pack)
        if past.kind in ("metric", "weak", "person", "relational", "collective"):
            return past
    partitive = words.partitive.match(text, position)
    if partitive:  # "58 van hen liggen op de IC": what follows "van hen" is said of the part
        position = partitive.end()
    for _ in range(MAX_MODIFIERS + 1):
        for pattern, labels, kind in ((words.nouns, words.noun_label, "metric"),
                                      (words.weak, words.weak_label, "weak")):
            match = pattern.match(text, position)
            if match:
                if kind == "metric" and _part_of_a_name(text, match):
                    return CountedNoun("thing", match.group(1), match.end())
                animals = words.not_people.match(text, match.end())
                if animals:  # "vier dode schapen", "40 dead cattle": not people
                    return CountedNoun("thing", animals.group(1), animals.end())
                if kind == "weak" and labels[match.group(1).lower()] == "population" \
                        and _modified_by(text, end, match.start(), words):
                    # "twee jeugdige inwoners": some of the people who live there, no population
                    # (named with their modifier, which no population predicate lists)
                    return CountedNoun("person", " ".join(text[end:match.end()].lower().split()),
                                       match.end())
                # (a metric noun may have a context too: "212,000 seats sold" are no party's)
                context = words.weak_context.get(match.group(1).lower())
                if context and not context.holds(text, end, match.end()):
                    return CountedNoun(context.otherwise, match.group(1).lower(), match.end())
                return CountedNoun(kind, labels[match.group(1).lower()], match.end())
        relational = words.relational.match(text, position)
        if relational and re.match(r"\s+(?:of|van)\b", text[relational.end():relational.end() + 5]):
            # "relatives of Americans killed": the predicate is about the others
            return CountedNoun("relational", relational.group(1).lower(), relational.end())
        phrase = words.person_phrases.match(text, position)
        if phrase:
            return CountedNoun("person", phrase.group(1).lower(), phrase.end())
        predicate = words.predicates.pattern and re.match(
            r"[ \t\n]*(" + words.predicates.pattern.pattern + ")",
            text[position:position + 40], re.IGNORECASE)
        if predicate and _part_of_a_name(text[position:position + 60], predicate):
            # "tien IC Directs": the name's words are the noun, no predicate of it
            return CountedNoun("thing", predicate.group(1), position + predicate.end())
        if predicate:
            return CountedNoun("none", None, position)  # "eight taken into custody"
        match = _WORD.match(text, position)
        if not match:
            return CountedNoun("none", None, position)
        word = match.group(1)
        lower = word.lower().rstrip(".")
        compound = _compound_ending(lower, words)
        if compound and compound[0] in words.weak_label:
            # "tien tegendemonstranten": the head's metric, as weak as the head ("twaalf
            # klimaatdemonstranten gedood" are deaths)
            return CountedNoun("weak", compound[1], match.end(), compound=lower)
        if compound:  # "21 senaatszetels", "300 coronadoden"
            return CountedNoun("metric", compound[1], match.end())
        if lower in words.thing_nouns:
            return CountedNoun("thing_metric", lower, match.end())
        if lower in words.collectives:
            return CountedNoun("collective", lower, match.end())
        if words.not_people.fullmatch(lower) or _thing_compound(lower, words):
            # "177 accidents", "vier traumahelikopters": shaped as people, no people
            return CountedNoun("thing", lower, match.end())
        if lower in words.persons or _person_shaped(word, words):
            return CountedNoun("person", lower, match.end())
        if lower in words.after_number and lower not in words.modifiers:
            return CountedNoun("none", None, position)
        if lower in words.modifiers or _modifier_shaped(text, match, pack) or (
                words.modified_nouns.match(text, match.end())
                and lower not in pack.vague and lower not in pack.scales
                # "in two villages soldiers opened fire": a plural is the counted noun
                and not (lower.endswith(words.plural_endings)
                         and not lower.endswith(words.singular_endings))):
            position = match.end()
            continue
        if partitive:  # "two of them critically": what follows describes the part
            return CountedNoun("none", None, position)
        return CountedNoun("thing", lower, match.end())
    return CountedNoun("thing", None, position)


def complement_pair(text: str, start: int, noun_end: int, words: GroundingWords
                    ) -> re.Match[str] | None:
    """The counted noun (the last word of text[start:noun_end]) with its complement after it
    ("zeven kinderen en volwassenen", "twelve passengers and crew"): everyone is counted."""
    noun = re.search(r"\S+$", text[start:noun_end])
    return words.complements.match(text, start + noun.start()) if noun else None


def _compound_ending(word: str, words: GroundingWords) -> tuple[str, str] | None:
    """(ending, metric) of a lower-cased word that is a compound of a metric noun ("21
    senaatszetels"), neither a short verb ("instemmen") nor a former one ("oud-betogers")."""
    if word.startswith(words.compound_not_after):
        return None
    return next(((ending, label) for ending, label in words.compound_endings
                 if word.endswith(ending) and len(word) > len(ending) + 3), None)


def _modified_by(text: str, start: int, end: int, words: GroundingWords) -> bool:
    """Whether a word between a number and its noun narrows the people it counts (not one that
    keeps all of them: "300 vaste inwoners")."""
    return any(word.lower() not in words.whole_population_modifiers
               for word in re.findall(r"[^\W\d_][\w'’-]*", text[start:end]))


def _counts_its_people(text: str, metric: str, noun: CountedNoun,
                       words: GroundingWords) -> bool:
    """Whether a predicate of `metric` may count the noun's people: any, unless the metric
    has predicate_subjects; then those listed, outside a body named right after them, or for
    an open metric also a people written with a capital or a number with no people named
    ("In Almelo wonen er 40.000")."""
    if metric not in words.predicate_subjects:
        return True
    open_metric = metric in words.open_subjects
    if noun.kind == "weak":
        # a weak noun's people as written ("stemden 10.214 inwoners tegen": votes), not a
        # place's size after "van"/"of" ("Van de 8.000 inwoners stemden er 3.000 tegen", "The
        # town of 4,000 inhabitants voted")
        word = re.search(r"[\w'-]+$", text[max(0, noun.end - 40):noun.end])
        return word is not None and word.group(0).lower() in words.predicate_subjects[metric] \
            and not words.predicate_subjects_not_in.match(text, noun.end) \
            and not words.size_of.search(text, max(0, noun.end - 60), noun.end)
    if noun.kind != "person":
        return open_metric
    listed = noun.label in words.predicate_subjects[metric] or (
        open_metric and _written_capitalised(text, noun))
    return listed and not words.predicate_subjects_not_in.match(text, noun.end)


def _written_capitalised(text: str, noun: CountedNoun) -> bool:
    """The counted noun as written starts with a capital: a people of a place ("2,2 miljoen
    Palestijnen", "10.000 Amsterdammers")."""
    word = text[max(0, noun.end - len(noun.label or "")):noun.end]
    return word[:1].isupper()


def _owned_things(text: str, position: int, words: GroundingWords) -> CountedNoun | None:
    """The things of someone's a partitive counts ("3,000 of her emails", "of Mr. Lee's
    personal files"): one of not_people as the head noun, after at most two modifiers, and
    followed by no noun of its own ("12 of their cattle herders" are people)."""
    for _ in range(3):
        found = words.not_people.match(text, position)
        if found:
            rest = text[found.end():found.end() + 30]
            next_word = re.match(r"\s+([^\W\d]+)", rest)
            head = re.match(r"\s*(?:[.,;:!?)]|$)", rest) or (
                next_word and next_word.group(1).lower() in words.prepositions
                | words.function_words)
            return CountedNoun("thing", found.group(1), found.end()) if head else None
        word = _WORD.match(text, position)
        if not word:
            return None
        position = word.end()
    return None


def _part_of_a_name(text: str, match: re.Match[str]) -> bool:
    """"12 IC Directs": a capitalised metric word followed by another capitalised word is a name."""
    word = match.group(1)
    return word[:1].isupper() and re.match(r"[ \t]+[A-Z]", text[match.end():match.end() + 2]) \
        is not None


def _person_shaped(word: str, words: GroundingWords) -> bool:
    """A plural of people by its ending (omwonenden, relschoppers, Palestinians)."""
    lower = word.lower()
    return len(lower) > 5 and lower.endswith(words.person_suffixes) and not lower.endswith(
        ("'s", *words.thing_suffixes))


def _modifier_shaped(text: str, match: re.Match[str], pack: LanguagePack) -> bool:
    """An adjective before a noun: Dutch inflected -e ("jonge", "Afghaanse"), or a capitalised
    nationality before a lower-case noun ("American soldiers")."""
    word = match.group(1)
    following = _WORD.match(text, match.end())
    if not following or not following.group(1)[:1].isalpha():
        return False
    if pack.code == "nl":
        return word.endswith("e") and len(word) > 3
    return word[:1].isupper() and word.endswith(("an", "ish", "ese", "i")) \
        and following.group(1)[:1].islower()


@dataclass(frozen=True)
class Grounding:
    metric: str
    how: str


def ground(text: str, start: int, end: int, clause: tuple[int, int], predicates: list[Cue],
           pack: LanguagePack, noun: CountedNoun | None = None, of: bool = False
           ) -> Grounding | CountedNoun:
    """The metric a number at text[start:end] counts, or what it counts when that is no metric
    (the CountedNoun, so callers can tell a thing from a dropped noun)."""
    noun = noun or counted_noun(text, end, pack, of)
    grounding = _ground(text, start, end, clause, predicates, pack, noun)
    if isinstance(grounding, Grounding) and grounding.metric == "displaced":
        # (the people counted, past "of the" and a word of theirs: "Two of the suspects",
        # "two escaped prisoners")
        far = max(noun.end, counted_noun(text, end, pack, of=True).end)
        far += re.match(r"(?:\s+[^\W\d_][\w'’-]*)?", text[far:far + 40]).end()
        if grounding_words(pack.code).offenders.search(text, start, far):
            # "Two gunmen fled the scene": they got away (what they did), nobody left a home
            return CountedNoun("agent", noun.label, noun.end)
    return grounding


def _ground(text: str, start: int, end: int, clause: tuple[int, int], predicates: list[Cue],
            pack: LanguagePack, noun: CountedNoun) -> Grounding | CountedNoun:
    """ground(), before its check of who fled."""
    if noun.kind == "metric" and noun.label in NARROWER:
        # "Twee gewonden bezweken aan hun verwondingen", "two injured passengers later died":
        # the injured whose own verb says they died are dead, only linking verbs between
        # (not "said their colleague died", "zijn niet overleden", "nearly died", "are feared
        # dead", "drie gewonden en twee doden") and no object after it ("killed the gunman")
        words = grounding_words(pack.code)
        died = next((c for c in predicates if noun.end <= c.start and c.end <= clause[1]
                     and c.label == "deaths"), None)
        between = text[noun.end:died.end - len(died.text)] if died else ""
        for care in (c for c in predicates if died and noun.end <= c.start
                     and c.end <= died.start and c.label in DIED_THERE):
            # where they died is no link ("zijn later in het ziekenhuis overleden")
            between = between.replace(text[care.start:care.end], " ")
        gap = between.lower().split()
        # ... nor what they died of, opened by a possessive or the pack's openers ("aan hun
        # (zware) verwondingen", "aan de gevolgen van hun brandwonden")
        cause = next((at for at, word in enumerate(gap) if word in words.death_causes and (
            gap[at + 1:at + 2] and gap[at + 1] in words.possessives
            or " ".join(gap[at + 1:at + 4]) in words.death_cause_openers)), None)
        gap = gap[:cause] if cause is not None else gap
        if gap and gap[0] in words.persons:
            gap = gap[1:]  # "two injured passengers later died"
        following = re.match(r"\s+(\w+)", text[died.end:died.end + 20]) if died else None
        # (a verb split around its object is transitive: "schoten de dader dood")
        if died and died.end - died.start == len(died.text) \
                and all(word in words.state_links for word in gap) and not (
                following and following.group(1).lower() in pack.articles):
            return Grounding("deaths", PREDICATE)
        # "elf gewonden liggen in het ziekenhuis", "twelve injured were taken to hospital":
        # injured people whose verb puts them in hospital count the narrower metric (only
        # linking verbs between: "did not need to go to hospital" does not; a relative
        # pronoun may open them, "de veertien gewonden die naar het ziekenhuis werden
        # gebracht"), and those whose verb has them leave it count the discharged, said of
        # them alone ("zeven gewonden mochten het ziekenhuis verlaten"; not "twee kinderen
        # mochten naar huis")
        links = words.state_links
        narrower = next((c for c in predicates + words.left_care.find(text, noun.end, clause[1])
                         if noun.end <= c.start and c.end <= clause[1]
                         and c.label in NARROWER[noun.label]), None)
        # (to where its words start: "in Franse ziekenhuizen" is one predicate)
        gap = text[noun.end:narrower.end - len(narrower.text)].lower().split() \
            if narrower else []
        if gap and gap[0] in words.persons:
            gap = gap[1:]  # the people an adjective counts: "23 gewonde mensen liggen in ..."
        relative = bool(gap) and words.relative.fullmatch(gap[0]) is not None
        if relative:
            gap = gap[1:]
        if narrower and (gap or relative or narrower.label in LEFT_CARE) \
                and all(word in links for word in gap):
            return Grounding(narrower.label, PREDICATE)
        return Grounding(noun.label, NOUN)
    if noun.kind == "metric":
        return Grounding(noun.label, NOUN)
    if noun.kind in ("relational", "collective"):
        return noun  # "520 communities live there": what happens to them counts no people
    in_clause = [c for c in predicates if clause[0] <= c.start and c.end <= clause[1]
                 and not (c.start < noun.end and c.end > start)]
    words = grounding_words(pack.code)
    if words.care_staff.search(text, clause[0], clause[1]):
        # people who work in a hospital are no patients of it ("In Franse ziekenhuizen werken
        # 300 Nederlanders")
        in_clause = [c for c in in_clause if c.label not in CARE_METRICS]
    elif noun.label and noun.label.lower() in words.care_staff_nouns:
        # ... nor is its staff said to be in it right after them ("300 doctors in French
        # hospitals"; "twelve nurses were taken to hospital", "remain in hospital" are)
        in_clause = [c for c in in_clause if c.label not in CARE_METRICS
                     or not c.text.lower().startswith(words.care_places)
                     or text[noun.end:c.end - len(c.text)].strip()]
    if noun.kind == "thing_metric":
        # what the clause says happened to the things: the verb right before them ("destroyed
        # 120 homes") or one after them in their own clause ("200 homes were destroyed and
        # 1,000 damaged": destroyed); never one of another noun ("near the damaged dam", "the
        # storm that destroyed the pier left 300 homes"), nor past a clause of another subject
        # ("homes lost power after the storm damaged ...")
        labels = words.thing_nouns[noun.label]
        cues = [c for c in in_clause if any(c.text.lower() in words.thing_predicates[label]
                                            for label in labels)
                and not words.attributive.search(text, max(0, c.start - 12), c.start)
                and not words.thing_clause_openers.search(text, noun.end, max(noun.end, c.start))]
        # (a day, a place or a qualifier may stand between the verb and them: "schrapte
        # zaterdag 318", "damaged some 1,100 houses")
        chosen = _predicate(text, start, noun.end, cues, near=False, words=words, people=False,
                            before=False) or next(
            (c for c in cues if c.end <= start and words.after_verb_skip.fullmatch(
                _without_qualifiers(text[c.end:start], pack))), None)
        if chosen:
            return Grounding(next(label for label in labels
                                  if chosen.text.lower() in words.thing_predicates[label]),
                             PREDICATE)
        return noun
    thing_predicates = set().union(*words.thing_predicates.values())
    # a predicate of predicate_subjects counts only its people, not members of a body named
    # right after them ("20.000 kiezers stemden"; not "tien senatoren stemden", "25 women in
    # the Senate voted")
    in_clause = [c for c in in_clause if c.text.lower() not in thing_predicates
                 and _counts_its_people(text, c.label, noun, words)]
    if noun.kind != "weak":
        # "3.000 militairen ingezet" counts troops; "drie ministers gestationeerd" counts nothing
        in_clause = [c for c in in_clause if c.label not in words.own_noun_metrics]
    event = words.nominal_event.search(text, max(clause[0], start - 40), start) \
        if noun.kind in ("person", "weak") and noun.label not in words.weak_things else None
    if event:  # "the arrest of three men", "the deaths of 2 protesters": what happened to them
        return Grounding(words.nominal_events[" ".join(event.group(1).lower().split())],
                         PREDICATE)
    if noun.kind == "weak" and noun.label in words.weak_things:
        return Grounding(noun.label, NOUN)  # "40 million pounds ... killed": still money
    if noun.kind == "weak":
        chosen = _predicate(text, start, noun.end, in_clause, near=False, words=words)
        if _agents(text, start, noun, chosen, words):
            return CountedNoun("agent", noun.label, noun.end)
        if chosen and chosen.label in words.own_noun_metrics and chosen.label != noun.label:
            chosen = None
        if chosen is None or chosen.label == noun.label:  # "in Almelo wonen 40.000 inwoners"
            return Grounding(noun.label, NOUN)
        return Grounding(chosen.label, PREDICATE)
    if noun.kind == "person":
        chosen = _predicate(text, start, noun.end, in_clause, near=False, words=words)
        if _agents(text, start, noun, chosen, words):
            return CountedNoun("agent", noun.label, noun.end)
        return Grounding(chosen.label, PREDICATE) if chosen else noun
    if noun.kind == "thing":
        # an unlisted noun is people when a people's predicate follows it at once ("twee
        # stewards raakten gewond"); "released 250,000 emails" has it before
        chosen = _predicate(text, start, noun.end, in_clause, near=True, words=words,
                            before=False, max_words=THING_WORDS, people=False)
        if _agents(text, start, noun, chosen, words):
            return CountedNoun("agent", noun.label, noun.end)
        never_people = noun.label is not None and (words.not_people.fullmatch(noun.label)
                                                   or _thing_compound(noun.label, words))
        return Grounding(chosen.label, PREDICATE) if chosen and not never_people else noun
    chosen = _predicate(text, start, noun.end, in_clause, near=True, words=words)
    if _agents(text, start, noun, chosen, words):
        return CountedNoun("agent", noun.label, noun.end)
    toll_after = words.toll_nouns.find(text, end, min(clause[1], end + 40)) \
        if words.toll_before_figure.search(text, max(clause[0], start - 30), start) else []
    if toll_after and words.toll_after_figure_gap.fullmatch(text, end, toll_after[0].start) \
            and not _of_animals(text, toll_after[0].start, toll_after[0].end, pack):
        # "bringing to 10 the number of people killed": the toll named after its figure
        return Grounding(toll_after[0].label, TOLL)
    if chosen and any(_marker_counts_animals(text, m.end(), chosen.start, words)
                      for m in words.tolls.finditer(text, clause[0], chosen.start)):
        chosen = None  # "brought the number of sheep killed to nine": no people
    if chosen and not any(t.start <= chosen.start and chosen.end <= t.end
                          for t in words.toll_nouns.find(text, clause[0], start)):
        # (not a toll's own participle: "the number of people killed rose to 10")
        return Grounding(chosen.label, PREDICATE)
    toll = _toll(text, clause, start, pack)
    if toll:
        return Grounding(toll, TOLL) if toll != "?" else CountedNoun("toll", None, noun.end)
    return noun


# metrics of people in care, which its staff are not
CARE_METRICS = frozenset({"hospitalized", "intensive_care"})
# metrics whose people may be said to be in a narrower state: hospital, intensive care
NARROWER = {"injured": ("hospitalized", "intensive_care", "discharged"),
            "hospitalized": ("intensive_care", "discharged")}
# ... of which leaving hospital needs no linking verb ("zeven gewonden mochten het ziekenhuis
# verlaten", "six injured were discharged": those who left, no count of all the injured)
LEFT_CARE = frozenset({"discharged"})
NEAR_WORDS = 4
# how far (characters either side) a weak noun looks for the words that make it its metric
CONTEXT_REACH = 400
# (a list of parts between commas too: "Six people, including two guards, a cook and 3
# drivers, were hurt")
# (an age glued to its noun is no figure: ", a 21-year-old man from Leeds and ...,")
_ASIDE = re.compile(r",\s*(?:[^,;:()]{1,60},){2,5}|,(?:[^,;:()\d]|\d+-(?=[^\W\d])){1,80},"
                    r"|\([^()]{1,60}\)")
# an unlisted noun is people only when their predicate follows within this many words
THING_WORDS = 2


# where people were when they died does not count them ("in het ziekenhuis overleden", "died
# in hospital"): a death later in the same clause wins over these
DIED_THERE = frozenset({"hospitalized", "intensive_care"})


def died_there(text: str, cue: Cue, cues: list[Cue], words: GroundingWords) -> Cue:
    """The death said after a place of care or the wounds someone died of ("aan zijn
    verwondingen overleden"), a few words of the place or the cause
    between at most ("in het ziekenhuis overleden", "in het Jessa Ziekenhuis in Hasselt
    overleden", "in het ziekenhuis aan zijn verwondingen overleden", "died in hospital"), else
    the cue itself ("hospitalized after the fire that killed two" counts the hospitalized; "in
    het ziekenhuis en een derde overleed" is another person's death)."""
    if cue.label == "injured":
        # the wounds someone died of, the death right after them ("is in het AZ Sint-Jan aan
        # zijn verwondingen overleden"; English says the death first: "died of his injuries")
        before = text[max(0, cue.start - 30):cue.start].lower().split()
        later = next((c for c in cues if c.start >= cue.end), None)
        if len(before) >= 2 and before[-2] in words.death_causes \
                and before[-1] in words.possessives and later is not None \
                and later.label == "deaths" and len(text[cue.end:later.start].split()) <= 1:
            return later
        return cue
    if cue.label not in DIED_THERE:
        return cue
    # (past the wounds they died of: "in het ziekenhuis aan zijn verwondingen overleden")
    later = next((c for c in cues if c.start >= cue.end and c.label != "injured"), None)
    if later is None or later.label != "deaths":
        return cue
    # (only the place's name and the cause between, in prepositions, articles, possessives and
    # names: not another's death, "in het ziekenhuis toen hun collega overleed", "in hospital
    # after their friend died", "en een derde overleed")
    wounds = [c for c in cues if cue.end <= c.start and c.end <= later.start]
    gap = text[cue.end:later.start]
    for wound in wounds:
        gap = gap.replace(wound.text, " ")
    between = [w.lower() if not w[:1].isupper() else w for w in gap.split()]
    function = words.prepositions | words.articles | words.possessives
    if len(between) <= 6 and not words.clause_break.search(gap) and all(
            word in function or word[:1].isupper()
            # (the cause: "aan haar brandwonden"; not "sinds hun vader overleed")
            or (at >= 2 and between[at - 1] in words.possessives
                and between[at - 2] in words.death_causes)
            for at, word in enumerate(between)):
        return later
    return cue


def _narrowest_care(text: str, cue: Cue, cues: list[Cue], words: GroundingWords) -> Cue:
    """Intensive care said later in the clause of people said to be in hospital ("Twintig
    patiënten in Franse ziekenhuizen liggen op de ic": the hospitals where, the ic what),
    else the cue itself."""
    if cue.label != "hospitalized":
        return cue
    later = next((c for c in cues if c.start >= cue.end and c.label == "intensive_care"), None)
    if later is not None and not words.clause_break.search(text, cue.end, later.start):
        return later
    return cue


def _predicate(text: str, start: int, noun_end: int, cues: list[Cue], near: bool,
               words: GroundingWords, before: bool = True, max_words: int = NEAR_WORDS,
               people: bool = True) -> Cue | None:
    """What the clause says happened to the counted people: the first predicate after them with
    no clause break between ("45 mensen werden ... opgepakt", "12 were killed"), else one
    just before them ("killed 12", "arresteerde gisteren 45 mensen"). `near` (no noun, or one
    we do not know) keeps both within a few words. A verb right before them takes them as its
    object whatever follows ("a man who killed two people was arrested")."""
    if before:
        governing = [c for c in cues if c.end <= start <= c.end + 3
                     and not text[c.end:start].strip()]
        if governing:
            negated = words.negated.search(text, max(0, governing[-1].start - 20),
                                           governing[-1].start)
            return None if negated else governing[-1]  # "police have not arrested 12"
    paired = complement_pair(text, start, noun_end, words) if people else None
    for cue in (c for c in cues if c.start >= noun_end):
        # an aside between commas or in parentheses is no clause of its own ("Six people,
        # all tourists, were killed", "drie jihadisten (twee vrouwen en een man) opgepakt")
        gap = _ASIDE.sub(" ", text[noun_end:cue.start])
        if paired and noun_end < paired.end() <= cue.start and gap.startswith(
                text[noun_end:paired.end()]):
            gap = gap[paired.end() - noun_end:]  # "Seven men and women were hurt": all of them
        ages = words.ages.match(gap)
        gap = gap[ages.end():] if ages else gap
        companions = words.companions.match(gap) if people else None
        gap = gap[companions.end():] if companions else gap  # not "300 houses and their ..."
        relative = words.relative.search(gap)
        while relative and _demonstrative(gap, relative, words):
            # after a verb of the clause, "die"/"dat" before a time points to it: "raakten die
            # avond gewond", "werden dat weekend opgepakt"; a relative clause may still open
            # after it ("zochten die week naar de man die werd vermist")
            relative = words.relative.search(gap, relative.end())
        first = gap[:relative.start()].split()[:1] if relative else []
        if relative and relative.group(0).lower() in words.relative_possessives:
            break  # "a firefighter whose truck was trapped": the truck was
        if first and first[0].lower() not in words.prepositions:
            # "Thousands gathered for the miners who lost their lives": another noun's (not
            # "Five children from one family who drowned": theirs, past a phrase of theirs)
            break
        if not words.clause_break.search(gap) and (not near or len(gap.split()) <= max_words):
            if words.negated.search(gap):
                return None  # "the 40 passengers were not injured", "zonder verwondingen"
            return _narrowest_care(text, died_there(text, cue, cues, words), cues, words)
        break
    if not before:
        return None
    earlier = [c for c in cues if c.end <= start]
    if earlier:
        gap = text[earlier[-1].end:start]
        if not words.clause_break.search(gap) and len(gap.split()) <= NEAR_WORDS \
                and not words.negated.search(text, max(0, earlier[-1].start - 20),
                                             earlier[-1].start):
            return earlier[-1]
    return None


def _demonstrative(gap: str, pronoun: re.Match[str], words: GroundingWords) -> bool:
    """"die"/"dat" in `gap` points to the time after it, after a word of the clause (right
    after a noun it opens a relative clause: "agenten die zaterdag dienst hadden", and after
    a noun with its article: "de vrouw die jaren geleden werd vermoord")."""
    before = gap[:pronoun.start()].lower().split()
    return bool(before) and words.demonstrative_time.match(gap, pronoun.end()) is not None \
        and not (len(before) >= 2 and before[-2] in words.articles)


def _thing_compound(noun: str, words: GroundingWords) -> bool:
    """A compound ending in a vehicle's noun ("traumahelikopters"), which is no people."""
    return any(noun.endswith(head) and len(noun) > len(head) + 3
               for head in words.not_people_heads)


def _agents(text: str, start: int, noun: CountedNoun, chosen: Cue | None,
            words: GroundingWords) -> bool:
    """Whether the people counted did what the predicate after them says (an `agent` noun,
    which no list-mate's predicate grounds either: "Police arrested 12 people and 40 rioters
    injured the officers" counts no 40 arrested)."""
    return chosen is not None and chosen.start >= noun.end \
        and did_it(text, start, noun.end, chosen, words)


def did_it(text: str, start: int, noun_end: int, cue: Cue, words: GroundingWords,
           plural: bool = True) -> bool:
    """The people counted before an active verb that takes an object did what it says: no
    passive auxiliary between them and it (nor just before them), and its object after it
    ("killed the owner", "doodden de eigenaar") or, in a Dutch clause whose verb or particle
    comes last, before it and after no preposition ("hebben de man doodgestoken", "schoten de
    eigenaar dood"); an opener followed by a time or a share opens no object ("killed that
    Friday", "the majority"). People after a preposition are nobody's subject, and plural
    people before a singular verb (`plural`) its object."""
    if cue.text.lower().split()[-1] not in words.transitive_forms:
        return False
    before = re.findall(r"[^\W\d]+", text[max(0, start - 30):start].lower())[-2:]
    if before and (before[-1] in words.object_prepositions or (
            len(before) == 2 and before[-1] in words.object_openers
            and before[0] in words.object_prepositions)):
        return False  # "Of the 200 people arrested the majority": no subject of anything
    # (an aside is no object: "werden drie jihadisten (twee vrouwen en een man) opgepakt")
    between = re.findall(r"[^\W\d]+", _ASIDE.sub(" ", text[noun_end:cue.start]).lower())
    if plural and words.transitive_singular & set(between):
        return False  # "Negen verdachten heeft de politie aangehouden": the police did
    if words.transitive_passive & set(between + before) \
            and not words.transitive_active & set(between):
        # "Twee mannen zijn doodgestoken", "12 were killed the next day", "Eerder deze maand
        # werden drie jihadisten opgepakt"
        return False
    # (past a day and a place: "Een 34-jarige man doodde zaterdag in Emmen zijn buurman")
    skipped = words.after_verb_skip.match(text, cue.end, cue.end + 60)
    start_after = skipped.end() if skipped else cue.end
    after = re.match(r"\s*([^\W\d]+)(?:\s+([^\W\d]+))?", text[start_after:start_after + 40])
    # (a possessive opens the object of a finite active verb: "doodde zijn buurman"; after a
    # participle it may be the auxiliary: "aangehouden zijn")
    openers = words.object_openers | (words.possessives if cue.text.lower().split()[-1]
                                      in words.transitive_singular else frozenset())
    if after and after.group(1).lower() in openers \
            and (after.group(2) or "").lower() not in words.object_times | words.body_parts:
        return True  # (not "hurt their legs": their own)
    return words.object_before_verb and any(
        word in words.object_openers
        and (i == 0 or between[i - 1] not in words.object_prepositions)
        and (i + 1 == len(between)
             or between[i + 1] not in words.object_times | words.body_parts)
        for i, word in enumerate(between))


def _of_animals(text: str, start: int, end: int, pack: LanguagePack) -> bool:
    """A toll's noun said of animals: after it ("deaths among (dairy) cows", "het dodental
    onder de schapen") or before it ("seal deaths", "animal deaths"): no count of people."""
    words = grounding_words(pack.code)
    group = words.toll_group.match(text, end)
    if group is not None and any(words.animals.fullmatch(w.lower())
                                 for w in group.group(1).split()):
        return True
    window = text[max(0, start - 30):start]
    before = re.search(r"([^\W\d]+)[ \t]+$", window)
    # (in lower case unless it opens the sentence: "The Buffalo death toll" is a city's)
    opens = before is not None and re.search(r"(?:^|[.!?\n][\"'“‘]?)\s*$",
                                             window[:before.start()]) is not None
    return before is not None and (before.group(1).islower() or opens) and any(
        words.animals.fullmatch(w) for w in (
        before.group(1).lower(), before.group(1).lower() + "s"))


def _animals_counted_before(text: str, position: int, pack: LanguagePack,
                            words: GroundingWords) -> bool:
    """Whether the sentence's last figure before a toll counts animals that a verb of a toll
    counts too ("Fourteen more dogs have died, bringing the toll to 23", "Er verdronken nog
    negen koeien; het totaal staat op 40"): then the toll is theirs, no count of people (not
    "Some 20 sniffer dogs searched the rubble as the death toll rose to 40", "the bodies of
    two hikers")."""
    left = max(0, position - 200)
    # (from the sentence's start: a stop and a capital, or a new line)
    left += max((m.end() for m in re.finditer(r"[.!?]\s+(?=\W*[A-Z])|\n",
                                               text[left:position])), default=0)
    named = [word for word in re.findall(r"[^\W\d_][\w'’-]*", text[left:position])
             if word.islower() and words.animals.fullmatch(word)]
    if not named:
        return False  # (most tolls: no animal named, no figures to read)
    months = "|".join(map(re.escape, pack.months))
    figures = [q for q in find_quantities(text[left:position], pack)
               if q.kind != "share" and not re.match(rf"\s*(?i:{months})\b",
                                                      text[left + q.end:position])]
    if not figures:
        return False
    last = figures[-1]
    before = figures[-2].end if len(figures) > 1 else 0
    # (the verb after them, or before them with no other figure between: "killed 14 people
    # and 3,000 sheep" is a toll of both)
    return any(words.animals.fullmatch(word) and word.islower()
               for word in re.findall(r"[^\W\d_][\w'’-]*", text[left + last.end:position])[:3]) \
        and any(c.start >= last.end or before <= c.start < last.start
                for c in predicate_cues(text[left:position], pack))


def _marker_counts_animals(text: str, marker_end: int, limit: int,
                           words: GroundingWords) -> bool:
    """A toll marker's count of animals: an animal its noun phrase ends with, in its first
    three words ("the number of sheep killed", "het aantal doodgebeten schapen steeg"; not
    "the number of dog bite victims treated")."""
    found = re.findall(r"[^\W\d][\w'’-]*", text[marker_end:limit])
    return any(words.animals.fullmatch(w.lower())
               and (i + 1 == len(found) or found[i + 1].lower() in words.toll_followers)
               for i, w in enumerate(found[:3]))


def _toll(text: str, clause: tuple[int, int], start: int, pack: LanguagePack) -> str | None:
    """"het aantal arrestaties steeg naar 400": a toll marker before the number, with one of a
    metric's nouns just after the marker."""
    words = grounding_words(pack.code)
    nouns = [c for c in words.toll_nouns.find(text, clause[0], start)
             if not words.clause_break.search(text, c.end, start)
             and not _of_animals(text, c.start, c.end, pack)
             and not _animals_counted_before(text, c.start, pack, words)]
    if nouns:
        return nouns[-1].label  # "het dodental na de overstromingen is 30"
    found = None
    for marker in words.tolls.finditer(text, clause[0], start):
        if _marker_counts_animals(text, marker.end(), start, words) \
                or _animals_counted_before(text, marker.start(), pack, words):
            continue
        cues = words.noun_anywhere.find(text, marker.end(), min(start, marker.end() + 40))
        follower = re.match(r"\s*([^\W\d][\w'’-]*)", text[marker.end():start])
        if cues:
            found = cues[0].label
        elif not follower or follower.group(1).lower() in words.toll_followers:
            found = found or "?"
    return found  # "?": a toll of what was counted before ("dat aantal groeit tot 700.000")



__all__ = ["GROUNDINGS", "Grounding", "CountedNoun", "counted_noun", "ground", "predicate_cues"]
