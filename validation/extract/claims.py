"""Numeric claims: a quantity, the metric it counts, whose, where, how sure, and on whose word.

Rules, in the order they apply (all words come from the language pack):
- text is split into paragraphs (blank lines), then sentences; a claim never links across
  another number: a number's clause runs from the previous number to the next one;
- the metric is the metric cue nearest to the number in its clause; a sentence without one
  borrows the previous sentence's cues ("Onbevestigde berichten spreken over honderden");
  a count of protesters with no stronger cue is a crowd size;
- the subject is the group word right after the number, else the nearest in the clause;
- hedged when a hedge word stands in its clause (the sentence, or its part between semicolons),
  or opens the next sentence ("Vermoedelijk ...");
- attributed to the source after "volgens"/"aldus"/"hoorde van", or around a reporting verb
  ("meldt de politie", "organisers said"), bound to the number by position; else, when the
  sentence refers back ("Van hen", "Ook"), to the previous sentence's source.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import itertools
import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from validation.extract.dates import (
    DAY_PARTS,
    DayPart,
    clause_day_part,
    find_clock_stamps,
    find_day_parts,
    held_by_day_part,
    names_another_day,
)
from validation.extract.grounding import (
    CONTEXT,
    COORDINATED,
    NARROWER,
    NOUN,
    PARTITIVE,
    PREDICATE,
    TOLL,
    CountedNoun,
    Grounding,
    complement_pair,
    counted_noun,
    day_and_place_after_verb,
    did_it,
    died_there,
    ground,
    grounding_words,
    predicate_cues,
)
from validation.extract.lexicon import (
    CURRENCY,
    MAX_SENTENCE_CHARS,
    Cue,
    CueSet,
    LanguagePack,
    abbreviation_pattern,
    load_pack,
    partitive_words,
    phrase_pattern,
    trie_regex,
    words_before,
)
from validation.extract.numbers import (
    ALMOST,
    AT_LEAST,
    AT_MOST,
    EXACT,
    LESS_THAN,
    Quantity,
    as_amount,
    change_to_pattern,
    change_verb_pattern,
    find_quantities,
    negated,
    number_value,
    opens_a_qualifier,
    previous_words,
    range_joiner_pattern,
    reached_from,
    reads_as_change,
    sign_before,
    without_closing_qualifier,
)

# (Dutch quotes open with ",," and close with "''")
# (a Dutch sentence may open with a clipped article before its capital: "'s Ochtends ...")
# (a stop glued to the next sentence's capital, as scraped text loses a space or a paragraph
# break: "opgelicht.Volgens de politie", "gewond.De"; a word before it, so no "U.S." or
# "nu.nl"; web addresses are kept whole by _in_address)
_SENTENCE_END = re.compile(r"(?<=[.!?…])(?:''|[\"'”’])?\s+(?=(?:,,|[\"'“‘(])?[A-Z0-9À-Ý]"
                           r"|['’][st]\s+[A-Z])"
                           r"|(?<=[a-zß-ÿ]{3}[.!?])(?=[A-ZÀ-Ý][a-zß-ÿ])")
# a web or mail address around a glued stop ("www.Reuters.Com", "info@gemeente.Amsterdam")
_ADDRESS_MARKS = re.compile(r"@|://|(?<![\w])www\.", re.IGNORECASE)


@dataclass
class Sentence:
    start: int
    end: int
    paragraph: int


@dataclass
class Claim:
    """One row of the claims table (offsets into the article body)."""

    claim_id: str
    article_id: str
    metric: str
    subject: str | None
    location: str | None
    value_low: float | None
    value_high: float | None
    lenient_low: float | None
    lenient_high: float | None
    qualifier: str
    hedged: bool
    attributed_to: str | None
    char_start: int
    char_end: int
    quote: str
    grounding: str = "noun"  # how the metric was read: see grounding.GROUNDINGS
    part_of: str | None = None  # claim_id of the figure this one is a part of ("van wie vier")
    # "whole" ("in het hele land"), "part" ("in Laško alleen al") or "several" (places listed:
    # "in Mozambique, Zimbabwe en Malawi", a figure for all of them)
    scope: str | None = None
    # claim_id of the figure this one came before ("rose from 37 to 52": 37 before 52;
    # "six arrests, up from two": two before six): a past reading, not a report of now
    earlier_than: str | None = None
    # when in its day the figure was reported ("maandagochtend", "on Monday evening", said in
    # its sentence or in a next one reporting it): morning, afternoon or evening; and the
    # weekday it was written after (0 = Monday), if any
    day_part: str | None = None
    day_part_weekday: int | None = None


def sentences(text: str, pack: LanguagePack | None = None) -> list[Sentence]:
    """Sentences with offsets; paragraphs (blank-line separated) never share a sentence; a full
    stop after one of the pack's abbreviations or an initial ("Sept.", "dhr.", "J.") is none."""
    abbreviation = abbreviation_pattern(pack.code) if pack else None
    result = []
    for number, paragraph in enumerate(re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text)):
        offset = paragraph.start()
        position = 0
        body = paragraph.group(0)
        for boundary in _SENTENCE_END.finditer(body):
            if abbreviation and abbreviation.search(body, max(0, boundary.start() - 8),
                                                    boundary.start()):
                continue
            if boundary.start() == boundary.end() and _in_address(body, boundary.start(), pack):
                continue
            result.extend(_bounded(text, offset + position, offset + boundary.start(), number))
            position = boundary.end()
        if body[position:].strip():
            result.extend(_bounded(text, offset + position, offset + len(body), number))
    return result


def _in_address(text: str, at: int, pack: LanguagePack | None) -> bool:
    """Whether a stop glued to a capital at `at` is inside a web or mail address: its token
    has an address's marks, or the capital opens a web domain ("Booking.Com", "Tweakers.Net":
    the pack's `web_domains`)."""
    left = text.rfind(" ", 0, at) + 1
    right = len(text) if (end := text.find(" ", at)) < 0 else end
    if _ADDRESS_MARKS.search(text, left, right):
        return True
    word = re.match(r"[^\W\d_]+", text[at:right])
    return pack is not None and word is not None \
        and word.group(0).lower() in pack.raw.get("web_domains", [])


def _bounded(text: str, start: int, end: int, paragraph: int) -> Iterator[Sentence]:
    """The sentence, or pieces of at most MAX_SENTENCE_CHARS cut after a clause mark or a
    space: every figure is read against its whole sentence, so a "sentence" of a list or a
    table without full stops would cost the square of its length."""
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        floor = start + MAX_SENTENCE_CHARS // 2
        cut = max(text.rfind(mark, floor, limit) for mark in ("; ", ", ", ": "))
        if cut < 0:
            cut = text.rfind(" ", floor, limit)
        cut = cut + 1 if cut >= 0 else limit
        yield Sentence(start, cut, paragraph)
        start = cut
    yield Sentence(start, end, paragraph)



def _distance(cue: Cue, quantity: Quantity) -> int:
    return cue.start - quantity.end if cue.start >= quantity.end else quantity.start - cue.end


def _nearest(cues: list[Cue], quantity: Quantity) -> Cue | None:
    return min(cues, key=lambda cue: _distance(cue, quantity)) if cues else None


@dataclass
class Attribution:
    """A source named in a sentence, where its cue stands, and whether it is prepositional
    ("volgens X", which binds to the number right after it) or a reporting verb."""

    source: str
    position: int
    end: int
    prepositional: bool
    opens_sentence: bool  # "Volgens de politie ..." at the start covers the whole sentence
    # a report in a subordinate clause ("after the governor confirmed that 40 ...") covers
    # only the figures of its own clause, up to here
    covers_until: int | None = None
    # a report in a relative clause ("a payment to farmers who claimed ...") covers only the
    # figures after its verb, from here
    covers_from: int | None = None


def _attributions(text: str, sentence: Sentence, pack: LanguagePack,
                  quantities: list[Quantity], prepositions: list[Cue],
                  verbs: list[Cue]) -> list[Attribution]:
    """Sources a sentence names: after "volgens"/"aldus", or around a reporting verb.

    `prepositions` and `verbs` are the cues of the whole text (found once per article)."""
    span = text[sentence.start:sentence.end]
    starts = [q.start - sentence.start for q in quantities]
    found: list[Attribution] = []

    def local(cues: list[Cue]) -> list[Cue]:  # the sentence's own cues, already sliced
        return [Cue(c.label, c.start - sentence.start, c.end - sentence.start, c.text)
                for c in cues if c.end <= sentence.end]

    grammar = claim_words(pack.code)
    document = grammar.document_opener.match(span)
    poll = grammar.poll_opener.match(span) if document is None and grammar.poll_opener \
        else None
    # (the verb, then its subject: an article, a name or a figure; "In de peiling van vorige
    # week scoorde" is no verb "week")
    verb = re.match(r"\s+([^\W\d_][\w'’-]*)\s+(\w+)", span[poll.end():]) if poll else None
    if poll and verb and verb.group(1).islower() \
            and verb.group(1) not in grammar.not_verbs \
            and (verb.group(2).lower() in pack.articles or not verb.group(2).islower()) \
            and poll.group(1).split()[0].lower() in grammar.document_determiners:
        # "In dezelfde peiling scoorde de kerk 61 procent": a poll the sentence opens with,
        # its verb second (not "In het onderzoek zijn drie mannen aangehouden": an inquiry)
        document = poll
    if document and not any(s < document.end(1) for s in starts):
        # "In the poll, Gingrich garnered 11 percent": the document the sentence opens with
        found.append(Attribution(document.group(1), sentence.start + document.start(1),
                                 sentence.start + document.end(1), True, True))
    closer = grammar.document_closer.search(span)
    if closer and not any(s >= closer.start() for s in starts) and not grounding_words(
            pack.code).clause_break.search(span, max((q.end - sentence.start for q in quantities),
                                                     default=0), closer.start()):
        # "De partij verliest vier zetels in de exitpoll.": the poll the sentence closes with
        poll = closer.group(1).rstrip(".!?")
        found.append(Attribution(poll, sentence.start + closer.start(1),
                                 sentence.start + closer.start(1) + len(poll), False, False))
    reports = grammar.document_report.finditer(span) \
        if grammar.document_report_verb.search(span) else iter(())
    for report in reports:
        named = report.group(1) or report.group(2)
        first, _, rest = named.partition(" ")
        # "of tax returns", "and records": the document without the word that links it
        phrase = rest if rest and first.lower() in grammar.prepositions | pack.conjunctions \
            else named
        source = _valid_source(phrase, pack)
        turn = grammar.document_report_end.search(span, report.end())
        if source:
            found.append(Attribution(source, sentence.start + report.start(1 if report.group(1)
                                                                            else 2),
                                     sentence.start + report.end(), False, False,
                                     covers_from=sentence.start + report.end(),
                                     covers_until=sentence.start + turn.start() if turn
                                     else None))
    for cue in local(prepositions):
        phrase = _valid_source(_phrase_after(span, cue.end, pack, starts,
                                             opening=not span[:cue.start].strip(" \"'“‘(")),
                               pack) or ""
        if phrase:
            end = span.index(phrase, cue.end) + len(phrase)
            found.append(Attribution(phrase, sentence.start + cue.start, sentence.start + end,
                                     True, cue.start < 3))
    for cue in local(verbs):
        verb = cue.text.lower()
        if verb in grammar.figure_speech_verbs and not any(0 <= s - cue.end <= 25
                                                           for s in starts):
            continue  # "Witnesses spoke of scenes of chaos": no report of a figure
        if verb in grammar.adverbial_reports:
            # the clause's subject reports, not the verb and adverbs before the phrase ("De
            # gemeente trok dit keer naar eigen zeggen ..."): its opening noun phrase, or no one
            source = _adverbial_reporter(span[:cue.start], pack)
            if source:
                found.append(Attribution(source, sentence.start + cue.start,
                                         sentence.start + cue.end, False, False))
            continue
        if verb in grammar.quote_verbs and not _QUOTE_ENDS.search(span, 0, cue.start) \
                and not grammar.reported_clause.match(span, cue.end) \
                and not _closing_report(span, cue, pack):
            continue
        particles = grammar.not_reports_with.get(verb)
        if particles:
            # (in the verb's own clause, before what it reports: "schreef dat KLM in de rode
            # cijfers van ..." reports; "stelde de rechter dat bij" is no "dat" that reports)
            clause = re.split(r"[,;:]", span[cue.end:])[0]
            opener = next((m for m in grammar.reported_clause.finditer(clause)
                           if not particles.match(clause.lower(), m.end() + 1)), None)
            if particles.search(clause[:opener.start()] if opener else clause):
                continue  # "stelde ... bij": another verb (bijstellen), no report
        # (an age, a party or an aside in parentheses is no part of the subject: "Yildirim
        # (63) erkent", "Het bedrijf (400 merken, actief in 190 landen) heeft toegezegd")
        before = re.split(r"[,;:\"“”—–]|''|\s--\s",
                          re.sub(r"\s*\([^()]{1,80}\)", "", span[: cue.start]))[-1]
        if before.strip().lower() in grammar.relative_pronouns:
            # "Vanity Fair magazine, which estimated": the relative pronoun's antecedent, a
            # short noun phrase ("He cited a report by the WHO, which" names no one)
            segments = re.split(r"[,;:\"“”—–()]|\s--\s", span[: cue.start])
            antecedent = segments[-2] if len(segments) > 1 else ""
            short = len([w for w in antecedent.split()
                         if w.lower() not in grammar.subject_leaders]) <= 3
            before = antecedent if short and not pack.speech_verbs.find(antecedent) else ""
        bare_words = before.split()
        # "... and said", "... and last year announced": the verb goes on the clause before
        elided = next((i for i in range(len(bare_words) - 1, len(bare_words) - 5, -1)
                       if i >= 0 and bare_words[i].lower() == grammar.elided_after), None)
        if elided is not None and elided < len(bare_words) - 1 \
                and bare_words[elided + 1].lower() not in grammar.time_openers:
            elided = None
        if (verb in grammar.participles and not bare_words) or elided is not None:
            # "The ministry issued a statement, saying 40 ...", "The governor spoke to reporters
            # and said 12 ...": the verb's subject is the one its clause (the one before the
            # comma, or the one "and" goes on) opened with, or the source of a report before
            # it there ("the mayor said 12 died and added that 40 ...")
            clauses = [c for c in re.split(r"[;:\"“”—–()]|,(?!\d)", span[: cue.start])
                       if c.strip()]
            if len(clauses) > 1 and clauses[-1].split() == bare_words[-1:]:
                clauses.pop()  # "The coroner opened the inquest, and said"
            clause = clauses[-1] if clauses else ""
            clause_start = sentence.start + span.rfind(clause, 0, cue.start)
            earlier = [a for a in found if not a.prepositional and a.position >= clause_start]
            source = earlier[-1].source if earlier else _leading_subject(clause, pack)
            if source:
                found.append(Attribution(source, sentence.start + cue.start,
                                         sentence.start + cue.end, False, False))
            continue
        # an aside ends at the verb, or at an auxiliary or adverb before it (", has told")
        last_part = re.split(r"[,;:\"“”—–]|''|\s--\s", span[: cue.start])[-1]
        aside_end = cue.start - len(last_part) if all(
            w.lower() in grammar.subject_trailers for w in before.split()) else None
        named = grammar.name_apposition.search(span, 0, aside_end) if aside_end else None
        if named and _a_persons_name(named.group(1), span[:named.start()], grammar):
            # "Obama's press secretary, Ben LaBolt, said": the name set off before the verb
            found.append(Attribution(named.group(1), sentence.start + named.start(1),
                                     sentence.start + cue.end, False, False))
            continue
        aside = grammar.aside_before_verb.search(span, 0, aside_end) if aside_end else None
        after_verb = _phrase_after(span, cue.end, pack, starts)
        if aside and after_verb and (pack.reporters.find(after_verb) or re.fullmatch(
                r"\s*" + re.escape(after_verb) + r"\s*[.!?\"”’]*\s*", span[cue.end:])):
            aside = None  # "..., the worst fire in decades, said the fire brigade": inverted
        if aside:
            # "Obama, speaking from the White House, said": the subject before the aside
            head = re.split(r"[,;:\"“”—–]", span[: aside.start()])[-1]
            reports = pack.speech_verbs.find(head)
            if reports:
                # "a source told Fox News that Sen. John Cornyn, head of ..., has told": the
                # subject after that report and its subordinator
                rest = head[reports[-1].end:].split()
                cut = max((i for i, w in enumerate(rest) if w.lower() in grammar.subordinators
                           | grammar.clause_openers), default=None)
                # (with none, the one told and the subject run together: no subject)
                head = " ".join(rest[cut + 1:]) if cut is not None else ""
            if _subject_phrase(head, pack):
                before = head
        words = before.split()
        if words and words[-1].lower() in pack.articles:
            continue  # "an estimated 280,000", "the reported toll": no verb here
        if any(w.lower() in grammar.report_negations for w in words[-3:]):
            continue  # "I can neither confirm nor deny", "would not say": no report
        # "as the council announced a ban": a verb with an object of its own reports that
        first_after = span[cue.end:cue.end + 12].split()[:1]
        has_object = bool(first_after) and first_after[0].lower() in grammar.object_openers
        opens = [i for i, w in enumerate(words)
                 if (w.lower() in grammar.subordinators
                     or (has_object and w.lower() in grammar.object_subordinators))
                 # "Health officials after Monday's meeting said": a reporter before it makes
                 # the word a preposition
                 and not pack.reporters.find(" ".join(words[:i]))]
        covers_until = None
        if opens:
            # "even before Trump announced it, ...": the subject starts after the subordinator
            # and the report covers its own clause only
            before = " ".join(words[opens[-1] + 1:])
            ends = [i for i in (span.find(mark, cue.end) for mark in (",", ";")) if i >= 0]
            covers_until = sentence.start + (min(ends) if ends else len(span))
        fronted = _fronted(before, pack)
        covers_from = None
        closed = _QUOTE_CLOSED.search(span, 0, cue.start)
        if closed:
            # ",,Dat lijkt niet laag'', zegt de onderzoeker": the verb reports the quotation,
            # not the figures before it opened
            opened = max(span.rfind(mark, 0, closed.start()) for mark in grammar.quote_openers)
            covers_from = sentence.start + opened if opened >= 0 else None
        if len(words) > 1 and words[-1] in grammar.relative_pronouns:  # not "The WHO"
            # "American Indians who claimed": the antecedent reports what follows the verb
            before, covers_from = _antecedent(words[:-1], pack), sentence.start + cue.end
        # "zo laat X weten": the word before an inverted verb is never its subject
        inversion = before.strip().lower() in grammar.inversion_words
        after = _phrase_after(span, cue.end, pack, starts)
        if grammar.verb_second and not (fronted or inversion):
            # an adverb put first (a word of inversion_words, the sentence's or after a
            # conjunction), then the verb: its subject follows, an article's noun phrase
            # naming a reporter ("Toch zegt het CPB dat ..."); with an auxiliary second, the
            # subject stands between it and the verb ("en toch blijft het CPB volhouden dat")
            bare = before.split()
            opening = max([i + 1 for i, w in enumerate(bare) if w.lower() in pack.conjunctions]
                          + [0])
            clause = bare[opening:]
            # (or a time: "Maandagavond meldde de politie dat ...")
            adverb = bool(clause) and (clause[0].lower() in grammar.inversion_words
                                       or bool(find_day_parts(clause[0], pack, 0,
                                                              len(clause[0]))))
            if adverb and len(clause) == 1 and _inverted_subject(after, pack):
                inversion = True
            elif adverb and len(clause) > 2 and clause[1].lower() in grammar.finite_auxiliaries:
                # (its first noun phrase: "Toch heeft de minister de Kamer laten weten"; none
                # when a negation follows it: "Verder wil de politie niets zeggen")
                subject_words = _first_noun_phrase(clause[2:], pack)
                rest = clause[2 + len(subject_words):]
                if rest and rest[0].lower() in grammar.report_negations:
                    continue  # "Verder wil de politie niets zeggen": no report
                if subject_words[0].lower() in pack.articles:
                    before = " ".join(subject_words)
        subject = None if fronted or inversion else _subject_phrase(before, pack, verb)
        inverted = fronted or inversion or not before.strip()
        if inverted and grammar.verb_second:
            # the subject, not the one told after it ("heeft de minister de Kamer laten weten")
            after = " ".join(_first_noun_phrase(after.split(), pack))
            # ... and no report when a negation follows the subject ("Bovendien heeft de
            # politie nooit gemeld dat ...", "nog niets gemeld")
            following = span[cue.end:].split()[len(after.split()):][:2]
            if any(w.lower().strip(",.") in grammar.report_negations for w in following):
                continue
        if grammar.inverting_verbs is not None and verb not in grammar.inverting_verbs:
            # only a reporter or a name follows such a verb as its subject ("..., reported a
            # local newspaper"); "declared a state of emergency" is its object
            inverted = inverted and bool(pack.reporters.find(after)
                                         or re.search(r"\b[A-Z]", after))
        object_after = [w.lower().strip(",") for w in span[cue.end:cue.end + 40].split()[:4]]
        if grammar.report_object_openers and not inverted and object_after \
                and object_after[0] in grammar.report_object_openers \
                and not any(w in grammar.time_after for w in object_after[1:]) \
                and not pack.reporters.find(" ".join(object_after)):
            # "Sefcovic erkende zijn nederlaag toen bekend werd dat Caputova 60 procent ...": a
            # Dutch verb with an object of its own reports that object, not a clause a
            # subordinator opens after it (a Dutch reported clause always opens with "dat":
            # "zei dat ... toen" reports it; an inverted verb's noun phrase, or one naming a
            # reporter, is its subject, "meldde een woordvoerder, toen ...", and "een paar uur
            # later" a time)
            cut = next((w for w in re.finditer(r"[^\W\d_][\w'’-]*", span[cue.end:])
                        if w.group(0).lower() in grammar.clause_after_object), None)
            if cut is not None and cut.group(0).lower() not in grammar.clause_openers:
                ends = sentence.start + cue.end + cut.start()
                covers_until = ends if covers_until is None else min(covers_until, ends)
        if covers_until is not None or verb in grammar.addressee_verbs:
            inverted = False  # "... -- told Fox News": the one told, never the teller
        if inverted and after and (pack.reporters.find(after)
                                               or _names_someone(after, pack)):
            # inverted, the verb opening its clause: "meldt de politie", "..., said police"
            source = _valid_source(after, pack)
        else:
            source = subject
        if source and verb in grammar.count_verbs and \
                not (pack.reporters.find(source) or re.search(r"\b[A-Z]{2,}\b", source)):
            source = None
        if source:
            found.append(Attribution(source, sentence.start + cue.start,
                                     sentence.start + cue.end, False, False, covers_until,
                                     covers_from))
    found.sort(key=lambda a: a.position)
    return found


def _quotation_open(stretch: str, open_before: bool, grammar: _ClaimWords) -> bool:
    """Whether a quotation is open after `stretch` of text, one having been open before it
    or not."""
    quoting = open_before
    for mark in grammar.quote_mark.finditer(stretch):
        quoting = _opens(stretch, mark, grammar)
    return quoting


def _quotation_close(text: str, start: int, grammar: _ClaimWords) -> int | None:
    """Where the quotation open at `start` closes (None: not within MAX_QUOTATION_CHARS)."""
    for mark in grammar.quote_mark.finditer(text, start, start + MAX_QUOTATION_CHARS):
        if not _opens(text, mark, grammar):
            return mark.start()
    return None


def _opens(text: str, mark: re.Match[str], grammar: _ClaimWords) -> bool:
    """Whether a quotation mark opens; '"', both, opens after a space and before a word
    ('sal." Rik' closes)."""
    opens = mark.group(0) in grammar.quote_openers
    if opens and mark.group(0) in grammar.quote_closers:
        before = text[mark.start() - 1:mark.start()] if mark.start() else ""
        opens = (not before or before.isspace() or before in "([") and \
            text[mark.end():mark.end() + 1].isalnum()
    return opens


# a quotation longer than this is read as unclosed (news quotations run a paragraph or two)
MAX_QUOTATION_CHARS = 3000


# a quotation ending just before a reporting clause: '...," Obama declared'
def _speaker_label(text: str, sentence: Sentence, grammar: _ClaimWords,
                   pack: LanguagePack) -> str | None:
    """The name a sentence opens with before a colon and a quotation (an interview's 'Spaan:
    "Ik heb ..."', 'De minister van Justitie: "..."'): its first and last words capitalised,
    the first no pronoun, weekday or label ("Update:", "Foto:"); a title and a name
    ("Burgemeester Halsema:"), a reporter ("Politie:") or ending in a name the text used
    before, inside a sentence ("... zegt Kees Spaan."): "Samengevat:", "Key Points:" and
    "Laatste Nieuws:" label what follows, they name no one."""
    label = grammar.speaker_label.match(text, sentence.start, sentence.end)
    if label is None:
        return None
    words = label.group(1).split()
    first = words[0].lower()
    if not all(w[0].isupper() for w in (words[0], words[-1])) or len(words[-1]) < 2 \
            or first in grammar.speaker_label_not or first in grammar.pronouns \
            or first in grammar.months_and_days:
        return None
    head = words[1:] if words[0].lower() in pack.articles else words
    titled = len(words) > 1 and bool(head) and head[0].lower().endswith(grammar.speaker_titles)
    if not titled and not pack.reporters.find(label.group(1)) and not re.search(
            rf"[^\s.!?:\"“„,]\s+{re.escape(words[-1])}(?![\w-])", text[:sentence.start]):
        return None  # "Laatste Nieuws:", "By The Numbers:" name no one the text introduced
    return label.group(1)


def _subject_named(text: str, sentence: Sentence, grammar: _ClaimWords,
                   pack: LanguagePack) -> str | None:
    """The person a sentence opens with as its subject, by title and name, a quotation right
    after it being theirs ("Dierenarts Marieke Mullaert kon het eerst niet geloven. ,,De kans
    ...''", "Fire chief Dana Ortiz walked through the ruins."): the title first, or second
    after a capitalised word that is no article, preposition or pronoun ("Police
    spokeswoman"; not "Tegen wethouder Jan de Vries", "In general Mark Smith"), then a
    capitalised name (a name's particles inside) and a word in lower case, its verb. Without
    a title a name may be a storm or a town."""
    words = text[sentence.start:sentence.end].split()[:10]
    title = next((at for at, word in enumerate(words[:2])
                  if word.lower().endswith(grammar.speaker_titles)
                  and (at == 0 or (words[0][:1].isupper() and words[0].isalpha()
                                   and words[0].lower() not in pack.articles
                                   | grammar.prepositions | grammar.pronouns
                                   | pack.conjunctions))), None)
    if title is None:
        return None
    run = title + 1
    while run < len(words) and re.fullmatch(r"[^\W\d_][\w'’-]*", words[run]) and (
            words[run][0].isupper() or words[run] in grammar.name_particles):
        run += 1
    while run > title + 1 and words[run - 1] in grammar.name_particles:
        run -= 1
    if run == title + 1 or run == len(words) or not re.fullmatch(r"[^\W\d_]+", words[run]) \
            or not words[run].islower():
        return None
    return " ".join(words[:run])


_QUOTE_ENDS = re.compile(r"[,.!?]\s*[\"”’]\s*[^\"“”]{1,60}$")
# a quotation closing right before a reporting verb (Dutch '' or ” or ")
_QUOTE_CLOSED = re.compile(r"(?:''|”|\")\s*,?\s*$")
# a mark that parts a hedge from a figure it would hedge next to it
_GAP_BREAK = re.compile(r"[,;:.()\"“”]")
# a mark that ends what a belief opens ("denkt dat ..., maar"; not the stop of "ca. 40")
_BELIEF_BREAK = re.compile(r"[,;:()\"“”]")
# a clause's end right here, no object after a verb ("could not verify.")
_CLAUSE_ENDS = re.compile(r"[ \t]*(?:[,.;:!?)\"”’]|$)")


def _hedges_in_place(text: str, quantity: Quantity, cue: Cue, own: tuple[int, int],
                     relative: tuple[int, int], embedded: tuple[int, int],
                     pack: LanguagePack) -> bool:
    """Whether a hedge that hedges in one place only (its label) hedges this figure, whose own
    clause is `own` (a relative clause right after it `relative`, one around it `embedded`):
    right before it ("possibly as many as 80"), right after it ("20 are feared dead"), in the
    clause a fear or a belief opens ("fear that 20 died", "thinks that 20 died"), or a word
    that a figure was not checked ending its clause, the figure's or one about it ("a toll
    Reuters could not verify")."""
    grammar = claim_words(pack.code)
    if cue.label == "next_to_figure":
        # (only the figure's qualifier between: "as many as", "ruim")
        gap = text[cue.end:quantity.start]
        return cue.end <= quantity.start and (not gap.strip() or (
            quantity.qualifier != "exact" and len(gap.split()) <= 3
            and not _GAP_BREAK.search(gap)
            and not any(w.lower() in pack.articles for w in gap.split())))
    if cue.label == "after_figure":
        gap = text[quantity.end:cue.start]
        return cue.start >= quantity.end and len(gap.split()) <= 4 \
            and not _GAP_BREAK.search(gap)
    if cue.label in ("fears", "beliefs"):
        # (a belief is said of more than figures: only up to a clause mark, "he believes that
        # voters will not ..., he is worried about the caucus, in which ... 44 percent")
        return cue.end <= quantity.start and own[0] <= cue.start \
            and embedded[0] <= cue.start < embedded[1] \
            and not any(w.lower().strip(",") in grammar.subordinators
                        for w in text[cue.end:quantity.start].split()) \
            and not (cue.label == "beliefs" and (
                _BELIEF_BREAK.search(text, cue.end, quantity.start)
                or set(previous_words(text, quantity.start, 1)) & grammar.beliefs_not_before))
    # "unverified": with no object of its own after it
    if not _CLAUSE_ENDS.match(text, cue.end):
        return False
    if relative[0] <= cue.start < relative[1]:
        opener = re.match(r"[\s,]*([^\W\d_]+)", text[relative[0]:relative[1]])
        return opener is not None and opener.group(1).lower() not in grammar.possessive_relatives
    return own[0] <= cue.start < own[1]


def _reports_nothing(text: str, verb: Cue, grammar: _ClaimWords) -> bool:
    """A reporting verb whose object is no report: "The storm claimed 12 lives", "claimed
    responsibility for the attack, which killed 12" (not "claimed that 12 people lost their
    lives")."""
    return grammar.objects_not_reported.match(text, verb.start) is not None


def _objects_not_reported(spec: dict, articles: frozenset[str]) -> re.Pattern[str]:
    """A verb of `spec["verbs"]`, then one of `spec["objects"]` with an article or a number
    between at most."""
    verbs, objects = spec.get("verbs") or ["\x00"], spec.get("objects") or ["\x00"]
    return re.compile(r"(?:" + trie_regex(verbs) + r")\s+(?:(?:" + trie_regex(
        sorted(articles) or ["\x00"]) + r"|\d[\d,.]*|[^\W\d_]+)\s+)?(?:" + trie_regex(objects)
        + r")\b", re.IGNORECASE)


def _split_reports(text: str, pack: LanguagePack) -> list[Cue]:
    """The verb of each split reporting verb ("liet de politie weten": "liet"): found from its
    closing part back, within SPLIT_REACH characters of one clause."""
    grammar = claim_words(pack.code)
    found = []
    for closing in grammar.split_closings.find(text):
        if closing.label in grammar.split_must_close and not grammar.clause_closes.match(
                text, closing.end):
            continue  # "heeft het gebied rampgebied verklaard nadat ...": no report
        window_start = max(0, closing.start - SPLIT_REACH)
        clause = grammar.clause_break.split(text[window_start:closing.start])[-1]
        offset = closing.start - len(clause)
        verbs = [m for m in re.finditer(r"[^\W\d]+", clause)
                 if m.group(0).lower() in grammar.split_verbs[closing.label]]
        # the nearest ("liet weten" said together is a speech verb of the pack already)
        if verbs and not (not clause[verbs[-1].end():].strip() and pack.speech_verbs.find(
                f"{verbs[-1].group(0)} {closing.text}")):
            found.append(Cue("report", offset + verbs[-1].start(), offset + verbs[-1].end(),
                             verbs[-1].group(0)))
    return found


# how far before its closing part a split reporting verb is looked for
SPLIT_REACH = 60


def _antecedent(words: list[str], pack: LanguagePack) -> str:
    """The noun phrase a relative pronoun follows: from the last article or number before it
    ("The president met four children who wrote": "four children"), over "of" and one other
    preposition to the article before ("the head of the office of the prosecutor who said", "a
    man in the crowd who said"); all the words when none opens a phrase."""
    grammar = claim_words(pack.code)

    def opens(word: str) -> bool:
        return word.lower() in pack.articles or word[:1].isdigit() \
            or pack.number_word_pattern.fullmatch(word) is not None

    opener = next((i for i in range(len(words) - 1, 0, -1) if opens(words[i])), 0)
    over_preposition = False  # one only: "spoke to a man in the crowd who"
    while opener > 1 and (words[opener - 1].lower() in grammar.possessor_links or (
            not over_preposition and words[opener - 1].lower() in grammar.prepositions)):
        # ... to a short noun phrase right before it ("a spokesman for", not "The president
        # was joined by")
        before = next((i for i in range(opener - 2, max(opener - 5, -1), -1)
                       if opens(words[i])), None)
        if before is None:
            break
        over_preposition |= words[opener - 1].lower() not in grammar.possessor_links
        opener = before
    return " ".join(words[opener:])


def _fronted(before: str, pack: LanguagePack) -> bool:
    """True when, in a language that puts its verb second, the words before a reporting verb
    are a phrase put first, not its subject: a prepositional phrase ("In een interview zegt de
    minister") or a day ("Gisteren meldde de politie"); the subject then follows the verb."""
    grammar = claim_words(pack.code)
    if not grammar.verb_second:
        return False  # English keeps its subject before the verb ("with aid workers saying")
    written = [w.strip(".,'’\"") for w in before.split()]
    words = [w.lower() for w in written]
    timed = words[1:] if words and words[0] in pack.conjunctions else words
    particles = 0
    while particles < len(words) and words[particles] in grammar.name_particles:
        particles += 1
    if 0 < particles < len(written) and written[particles][:1].isupper():
        return False  # "Van Dissel zei", "Van der Laan meldde": a surname, not a phrase put first
    # (a time after a conjunction too: "Maar afgelopen weekeinde meldden kranten"; not a
    # phrase, which may open a clause with its verb last: "terwijl in Polen 74 procent ...
    # aangeeft")
    return bool(words) and (words[0] in grammar.prepositions or bool(timed) and all(
        w in grammar.fronted_times or w.isdigit() for w in timed))


def _subject_phrase(before: str, pack: LanguagePack, verb: str = "") -> str | None:
    """The reporting clause's subject: the words before the verb in its clause, without
    trailing auxiliaries and adverbs ("Health officials in Oregon have confirmed", "Trump is
    now insisting")."""
    grammar = claim_words(pack.code)
    words = before.split()
    if grammar.progressive_ending and verb.lower().endswith(grammar.progressive_ending):
        while words and words[-1].lower() in grammar.subject_trailers:
            words.pop()
        if words and words[-1].lower() in grammar.progressive_auxiliaries:
            words.pop()
    elif words and words[-1].lower() in grammar.passive_auxiliaries:
        return None  # "three people who had been reported missing": no one reporting
    if words and words[-1].lower() in grammar.infinitive_markers:
        return _infinitive_reporter(words[:-1], pack)
    while words and words[-1].lower() in grammar.subject_trailers | pack.conjunctions:
        words.pop()
    untimed = len(words)  # how many words are left once a time at the end is taken off
    while untimed > 1 and (_time_word(words[untimed - 1], words[untimed - 2], grammar)
                           or words[untimed - 1].lower() in grammar.subject_trailers
                           or words[untimed - 1].isdigit()):
        untimed -= 1
    if 0 < untimed < len(words) and any(_time_word(w, p, grammar) for p, w in zip(
            words[untimed - 1:], words[untimed:], strict=False)):
        # "The ministry on Tuesday", "Officials last week": the time is no part of them, nor
        # the participle it dated ("A Fox News poll released Wednesday")
        words = words[:untimed]
        while words and words[-1].lower() in grammar.subject_trailers | pack.conjunctions \
                | grammar.prepositions:
            words.pop()
        if len(words) > 1 and words[-1].islower() and words[-1].endswith(grammar.verb_endings):
            words.pop()
    while words and words[0].lower() in pack.conjunctions | grammar.subject_leaders:
        words.pop(0)
    leading = _leading_time(words, pack)
    if 0 < leading < len(words):
        words = words[leading:]  # "Last weekend Italian newspapers reported": not the time
    words = words[-7:]
    phrase = " ".join(words)
    if not words or not (pack.reporters.find(phrase) or len(words) <= 4
                         or any(w[:1].isupper() for w in words[1:])):
        return None
    if words[0].lower() in grammar.prepositions and not pack.reporters.find(phrase) \
            and not any(w[:1].isupper() for w in words[1:]):
        return None  # "By some estimates, ...": an adverbial, no one reporting
    return _valid_source(phrase, pack)


def _adverbial_reporter(before: str, pack: LanguagePack) -> str | None:
    """Who reports by a phrase inside their own clause ("naar eigen zeggen", "by its own
    account"): the noun phrase the clause opens with when it names a reporter or someone,
    past a relative clause set off by commas and an adverb put first ("Zelfs de gemeente, die
    ..., trok"); none when the clause opens otherwise ("Via crowdfunding haalde zij")."""
    grammar = claim_words(pack.code)
    clause = re.split(r"[;:\"“”]", before)[-1]
    relatives = "|".join(map(re.escape, sorted(grammar.relative_pronouns)))
    clause = re.sub(rf",\s*(?:{relatives})\s[^,]*,", " ", clause, flags=re.IGNORECASE)
    words = clause.split()
    # (a conjunction or an adverb set off by its comma opening the clause is no subject:
    # "Maar de gemeente", "However, the ministry")
    while words and (words[0].lower() in pack.conjunctions or words[0].endswith(",")):
        words.pop(0)
    fronted = bool(words) and words[0].lower().strip(",") in grammar.inversion_words
    while words and words[0].lower().strip(",") in grammar.inversion_words:
        words.pop(0)
    if fronted and grammar.verb_second and len(words) > 1 and words[1].lower() in pack.articles:
        words.pop(0)  # "Toch trok de gemeente": the verb put second, then its subject
    return _leading_subject(" ".join(words), pack) if words else None


def _infinitive_reporter(words: list[str], pack: LanguagePack) -> str | None:
    """The subject of the verb that governs a reporting infinitive ("The mayor went on to
    say", "Ik durf te stellen", "Het ministerie wist te melden"): the opening phrase of its
    clause; no one when that verb refuses or puts off the report ("declined to confirm",
    "has yet to confirm", "heeft geweigerd om te bevestigen") or hands it to another ("was
    asked to confirm", "urged the minister to confirm")."""
    grammar = claim_words(pack.code)
    if words and words[-1].lower() in grammar.infinitive_openers:
        words = words[:-1]  # "om te bevestigen"
    # (its own clause: "Officials could not confirm ..., but the Red Cross went on to say")
    cut = max((i + 1 for i, w in enumerate(words) if w.endswith((",", ";"))
               or w.lower() in pack.conjunctions), default=0)
    clause = words[cut:]
    subject = _leading_subject(" ".join(clause), pack)
    if subject is None:
        return None
    governing = clause[len(subject.split()):]
    if {w.lower().strip(",") for w in governing} & (
            grammar.report_negations | grammar.report_refusals) \
            or any(w.lower() in pack.articles or w[:1].isupper() for w in governing):
        return None
    return subject


def _leading_time(words: list[str], pack: LanguagePack) -> int:
    """How many words a time opening a subject's words takes ("Last weekend", "Earlier this
    month", "Yesterday"): two or more time words, or one day; none for a determiner alone
    ("This newspaper")."""
    grammar = claim_words(pack.code)
    run = 0
    while run < len(words) and (words[run].lower().strip(".,") in grammar.fronted_times
                                or words[run].lower().strip(".,") in grammar.months_and_days):
        run += 1
    if run == 1 and (words[0].lower().strip(".,") not in pack.relative_days
                     and words[0].lower().strip(".,") not in pack.weekdays
                     # (a day before a capital opens a name: "Sunday Times", "Today FM")
                     or len(words) > 1 and words[1][:1].isupper()):
        return 0
    return run


def _time_word(word: str, before: str, grammar: _ClaimWords) -> bool:
    """A time word written in lower case ("last", "week"), or a weekday or month after one
    ("on Tuesday", "in March"); after a capital it is a name ("Theresa May", "USA Today")."""
    bare = word.strip(".,")
    if bare.islower():
        return bare in grammar.fronted_times or bare in grammar.months_and_days
    return bare.lower() in grammar.months_and_days and (before.islower() or before.isdigit())


def _leading_subject(clause_text: str, pack: LanguagePack) -> str | None:
    """The noun phrase a clause opens with, when it names a reporter or a name of two words or
    more ("The health ministry", "President Trump"), or one name before a past verb ("Pence
    floated"); a clause opening with a preposition, a date or a relative pronoun names no one,
    one opening with a subordinator ("Although the ministry denied ...") its subject after it.
    Articles, capitalised words and reporters make the phrase; a lower-case word joins it only
    before a reporter ("the local police")."""
    grammar = claim_words(pack.code)
    clause = clause_text.split()
    if clause and clause[0].lower() in grammar.subordinators:
        clause = clause[1:]
    if not clause or clause[0].lower() in grammar.prepositions | grammar.months_and_days \
            | grammar.relative_pronouns | grammar.time_openers:
        return None
    words = clause
    taken: list[str] = []
    anchored = 0  # how many of the taken words end in a reporter or a name
    index = 0
    while index < len(words):
        bare = words[index].strip(".'’")
        ahead = " ".join(words[index:index + 3])
        reporter = next((c for c in pack.reporters.find(ahead) if c.start == 0), None)
        if reporter:  # "fire service", "police": as many words as the reporter has
            count = len(ahead[:reporter.end].split())
            taken.extend(words[index:index + count])
            index += count
            anchored = len(taken)
            continue
        if bare.lower() in pack.articles or (not anchored and not bare[:1].isupper()
                                             and pack.reporters.find(ahead)):
            taken.append(words[index])  # "the", "the local [police]": before the head only
        elif bare[:1].isupper():
            taken.append(words[index])
            anchored = len(taken)
        else:
            break
        index += 1
    taken = taken[:anchored]
    named = [w for w in taken if w[:1].isupper() and w.lower() not in pack.articles]
    # one capitalised word is a name only before a verb ("Pence floated ..., saying"), not
    # the first word of a longer phrase ("Rescue workers pulled ..., saying")
    verb_next = len(taken) == 1 and len(words) > 1 and \
        words[1].lower().endswith(grammar.verb_endings)
    if not (pack.reporters.find(" ".join(taken)) or len(named) >= 2 or (named and verb_next)):
        return None
    return _valid_source(" ".join(taken), pack)


def _valid_source(phrase: str, pack: LanguagePack) -> str | None:
    """A source is a noun phrase: never a function word, a pronoun, a date or a number."""
    words = [w.strip(".,'’\"") for w in phrase.split()]
    # (an acronym is a name: "het OM" is no "om", "WHO" no "who")
    content = [w for w in words if w.lower() not in pack.articles | pack.conjunctions
               and (w.lower() not in pack.raw["attribution"].get("stop_words", [])
                    or (len(w) > 1 and w.isupper()))]
    if not any(re.search(r"[^\W\d_]", w) for w in content) or re.search(r"\d", phrase):
        return None  # no word, only punctuation or figures
    pronouns = claim_words(pack.code).pronouns
    if all((w.lower() in pronouns and (len(w) == 1 or not w.isupper()))  # "WHO" is no "who"
           or w.lower() in claim_words(pack.code).months_and_days for w in content):
        return None
    return phrase.strip()


def _a_persons_name(name: str, before: str, grammar: _ClaimWords) -> bool:
    """A name in apposition is a person's: its words capitalised but for name particles
    ("Ursula von der Leyen"), after a noun phrase in lower case ("press secretary"), and not
    the name of the place a preposition just named ("in the capital, Addis Ababa")."""
    words = name.split()
    if not all(w[:1].isupper() or w.lower() in grammar.name_particles for w in words) \
            or not words[0][:1].isupper() or not before.rstrip()[-1:].islower():
        return False
    phrase = re.split(r"[,;:\"“”—–()]", before)[-1].lower().split()
    return not any(w in grammar.place_prepositions | grammar.origin_prepositions
                   for w in phrase[-4:])


def _prepositions_inside_names(words: list[str], pack: LanguagePack) -> bool:
    """Whether every preposition among `words` goes on a capitalised name (its article
    between): "Centraal Bureau voor de Statistiek", not "woordvoerder van de politie"."""
    prepositions = claim_words(pack.code).prepositions
    for at, word in enumerate(words):
        if word.lower() in prepositions:
            following = [w for w in words[at + 1:at + 3] if w.lower() not in pack.articles]
            if not following or not following[0][:1].isupper():
                return False
    return True


def _first_noun_phrase(words: list[str], pack: LanguagePack) -> list[str]:
    """The words up to a second article that no preposition or conjunction leads to: the
    first of two noun phrases ("de minister" of "de minister de Kamer"; "het Centraal Bureau
    voor de Statistiek", "de politie en het OM" whole)."""
    grammar = claim_words(pack.code)
    leads = grammar.prepositions | pack.conjunctions
    for at in range(1, len(words)):
        if words[at].lower() in pack.articles and words[at - 1].lower() not in leads \
                and not words[at][:1].isupper() \
                and not (words[at - 1][:1].isupper() and words[at].lower() in grammar.name_particles
                         and words[at + 1:at + 2] and words[at + 1][:1].isupper()):
            # (not a name's capitalised article, "de krant De Telegraaf", nor a surname's
            # particle, "Karin de Boer")
            return words[:at]
    return words


def _inverted_subject(phrase: str, pack: LanguagePack) -> bool:
    """A noun phrase that opens with an article and names a reporter or someone ("het CPB",
    "de politie"): the subject a verb put second has after it."""
    first = phrase.split()[:1]
    return bool(first) and first[0].lower() in pack.articles and bool(
        pack.reporters.find(phrase) or _names_someone(phrase, pack))


def _names_someone(phrase: str, pack: LanguagePack) -> bool:
    """A short noun phrase after an inverted reporting verb: "de burgemeester", "het CBS",
    or a title before a name ("onderzoeksbureau Telecompaper", "woordvoerder Jan Smit")."""
    grammar = claim_words(pack.code)
    # "Ruud Bosgraaf van Amnesty International": the head before its preposition is the name
    words = phrase.split()
    tail = len(words)
    while tail and (words[tail - 1][:1].isupper() or words[tail - 1] in grammar.name_particles):
        tail -= 1
    name = words[tail:]
    if 3 <= len(words) <= 7 and name and name[0][:1].isupper() \
            and sum(w[:1].isupper() for w in name) >= 2 \
            and not any(w.lower() in grammar.pronouns for w in words):
        return True  # "officier van justitie Karin de Boer": a title, then a full name
    cut = next((i for i, w in enumerate(words) if i and w.lower() in grammar.prepositions),
               len(words))
    words, of = words[:cut], words[cut + 1:]
    return 1 <= len(words) <= 4 and len(of) <= 4 and (
        words[0].lower() in pack.articles or words[0][:1].isupper()
        or (len(words) > 1 and words[-1][:1].isupper() and not any(
            w.lower() in grammar.pronouns or w.lower() in grammar.prepositions
            for w in words)))


def _attribution_stop(text: str, start: int, pack: LanguagePack) -> re.Match[str] | None:
    """The first word that ends a source phrase, not an acronym written like one ("aldus het
    OM" is the public prosecutor, no "om")."""
    return next((stop for stop in pack.attribution_stops.finditer(text, start)
                 if not (len(stop.group()) > 1 and stop.group().isupper())), None)


def _phrase_after(span: str, offset: int, pack: LanguagePack, quantity_starts: list[int],
                  opening: bool = False) -> str:
    """The source phrase after a cue: up to a stop word, a number or punctuation, and no
    further than its last capitalised word or reporter ("het Turkse rampenbureau AFAD").
    `opening`: the cue opens the sentence ("Volgens ..."), so in a verb-second language the
    finite verb follows the phrase."""
    limit = min([s for s in quantity_starts if s >= offset] + [len(span)])
    after = span[offset:limit]
    grammar = claim_words(pack.code)
    stop = _attribution_stop(after, 0, pack)
    first = re.match(r"\s*(\S+)", after)
    if stop and first and stop.start() <= first.end(1) <= stop.end() \
            and first.group(1).lower() in grammar.possessives:
        # "volgens zijn advocaat": a possessive, not the verb "zijn" that ends a phrase
        stop = _attribution_stop(after, first.end(1), pack)
    # (not at the dots inside an abbreviation: "the I.M.F.")
    phrase = re.split(r"[,;:\"“”]|(?<![\s.][A-Z])\.", after[: stop.start()] if stop else after
                      )[0].strip()
    if limit < len(span) and phrase == after.strip() and len(phrase.split()) == 1 \
            and (phrase.endswith("ly") or pack.qualifiers.find(phrase)):
        return ""  # "cited by only 4 percent of voters": an adverb of the figure, no one
    words = phrase.split()
    prepositions = claim_words(pack.code).prepositions
    cut = next((i for i, w in enumerate(words) if i and w.lower() in prepositions), None)
    joined = next((i for i, w in enumerate(words) if i and w.lower() in pack.conjunctions
                   and i + 1 < len(words) and (words[i + 1][:1].isupper()
                                               or words[i + 1].lower() in pack.articles)), None)
    if len(words) > 8 and joined is not None and cut is not None and cut < joined <= 8 \
            and _prepositions_inside_names(words[:joined], pack):
        # "meldden het Centraal Bureau voor de Statistiek en de Vlinderstichting": two
        # sources, the first a name holding a preposition, kept whole (not "een woordvoerder
        # van de politie tegen de NOS en ...": a preposition outside a name ends the source)
        words = words[:joined]
        phrase = " ".join(words)
    if len(words) > 8:
        # "according to slides from an internal presentation intended for ...": the head
        words = words[:cut] if cut else []
        phrase = " ".join(words)
    if not words or len(words) > 8:
        return ""
    if grammar.verb_second:
        # "Volgens de politie stak Willem H. ...": a word in lower case right after the
        # source's noun is the finite verb, and ends the phrase; so is one after a name
        # ("Volgens de NOS verliest de VVD"), not after an adjective of a place ("het Turkse
        # rampenbureau") nor inside a name that goes on in capitals ("Artsen zonder Grenzen")
        for at in range(1, len(words)):
            word, before = words[at], words[at - 1]
            if word[:1].islower() and (
                    before[:1].islower() and pack.reporters.find(before)
                    or before[:1].isupper()
                    and not before.lower().endswith(grammar.adjective_endings)
                    and _verb_follows(words, at, pack, names=opening)) \
                    and word.lower() not in pack.articles \
                    and word.lower() not in grammar.prepositions \
                    and word.lower() not in pack.conjunctions \
                    and word.lower() not in grammar.name_particles \
                    and not pack.reporters.find(word):
                words = words[:at]
                break
        # ... so, where the phrase opens the sentence, after any noun in lower case its
        # article and adjectives lead up to ("Volgens de eerste tellingen verliest D66": not
        # up to the party; elsewhere "blijkt uit de recent verschenen nota" goes on)
        head = _source_head(words, pack, grammar)
        if opening and head + 1 < len(words) and words[head][:1].islower() \
                and words[head + 1][:1].islower() \
                and not words[head + 1].lower().endswith(grammar.attributive_endings) \
                and words[head + 1].lower() not in (
                pack.articles | grammar.prepositions | pack.conjunctions) \
                and not pack.reporters.find(words[head + 1]) \
                and _verb_follows(words, head + 1, pack, names=True):
            words = words[:head + 1]
    anchors = [i for i, w in enumerate(words) if w[:1].isupper() or pack.reporters.find(w)]
    if grammar.verb_second and anchors == [1] and words[0].lower() in pack.articles \
            and words[1][:1].isupper() and not words[1].isupper() and len(words) > 2 \
            and all(w[:1].islower() for w in words[2:]):
        # "een Frans parlementair verslag": a capitalised adjective, then its noun
        return " ".join(words)
    if anchors:
        last = anchors[-1]
        if grammar.verb_second and last + 1 < len(words) \
                and words[last].lower().endswith(grammar.adjective_endings) \
                and not pack.reporters.find(words[last]) and words[last + 1][:1].islower():
            last += 1  # "de Poolse mijnexploitant": the adjective's noun
        return " ".join(words[: last + 1])
    if grammar.verb_second:
        # "Volgens de mijnexploitant raakten ...": the verb comes second, right after the
        # phrase's head noun (articles and inflected adjectives before it)
        # (with no reporter in it: "onbevestigde berichten", "de eerste poll")
        return " ".join(words[: head + 1])
    return phrase


def _verb_follows(words: list[str], at: int, pack: LanguagePack, names: bool) -> bool:
    """The word at `at` reads as the finite verb after a source: a figure, an article or
    nothing follows it ("verliest de VVD"), or with `names` (the source opens the sentence) a
    name ("verliest D66"; elsewhere "de Lange termijnvisie HSL" is one name); a word in lower
    case after it may be the noun it describes ("een intern memo van", "een Brits
    parlementair rapport")."""
    following = words[at + 1] if at + 1 < len(words) else ""
    return not following or following[:1].isdigit() or following.lower() in pack.articles \
        or (names and following[:1].isupper())


def _source_head(words: list[str], pack: LanguagePack, grammar: _ClaimWords) -> int:
    """Where a source phrase's head noun is: past its articles, possessives and inflected
    adjectives ("de eerste tellingen", "zijn advocaat"), and the adverbs of an adjective ("een
    zeer goed geïnformeerde bron")."""
    head = 0
    while True:
        while head < len(words) - 1 and (words[head].lower() in pack.articles
                                          or _source_possessive(words, head, grammar, pack)
                                          or words[head].lower().endswith(
                                              grammar.attributive_endings)):
            head += 1
        adjective = next((at for at in (head + 1, head + 2) if at < len(words) - 1
                          and all(w[:1].islower() and len(w) > 3 for w in words[head:at + 1])
                          and words[at].lower().endswith(grammar.attributive_endings)), None)
        if adjective is None:
            # "een intern memo van de marine": the word before "van" is the noun
            if head + 2 < len(words) and words[head][:1].islower() \
                    and words[head + 1][:1].islower() \
                    and words[head + 1].lower() not in pack.articles | grammar.prepositions \
                    and words[head + 2].lower() in grammar.possessor_links:
                return head + 1
            return head
        head = adjective


def _source_possessive(words: list[str], at: int, grammar: _ClaimWords,
                       pack: LanguagePack) -> bool:
    """A possessive before a source's noun ("volgens zijn advocaat"); one that is also a
    pronoun ("haar", "hun", "ons") only with a noun and a verb after it ("volgens haar partij
    raakten ...", not "volgens haar kwamen ..." nor "volgens haar bedragen de claims", where
    an article after the word says it is the verb)."""
    word = words[at].lower()
    return word in grammar.possessives and (
        word in grammar.firm_possessives
        or at + 2 < len(words) and words[at + 2].lower() not in pack.articles)


# a dash between spaces sets off an aside ("... euro - volgens X zelfs ...")
_DASH = r"\s[-–—]\s"


def _clause_breaks(text: str, start: int, end: int) -> bool:
    """True when a clause ends between start and end (a comma, a semicolon, a dash between
    spaces, a conjunction)."""
    return re.search(rf"[,;]|{_DASH}|(?<![\w-])(?:en|and|maar|but)(?![\w-])",
                     text[start:end]) is not None


def _source_for(text: str, quantity: Quantity, attributions: list[Attribution],
                others: list[Quantity], pack: LanguagePack) -> str | None:
    """Which named source a number is on the word of.

    The nearest cue before it with no other number between ("volgens de politie twaalf
    agenten"); else the nearest cue after it, unless that is a "volgens X" bound to a later
    number; else a reporting verb earlier in the sentence ("X meldde dat 318 ..., onder wie 57").
    """
    def between(a: int, b: int) -> bool:
        return any(a <= q.start < b for q in others)

    attributions = [a for a in attributions if (a.covers_until is None
                    or a.end <= quantity.start < a.covers_until)
                    and (a.covers_from is None or quantity.start >= a.covers_from)
                    and not _inside_source(text, quantity, a)]
    if len({a.source for a in attributions}) == 1:
        # one source named in a sentence covers the figures after it, up to a semicolon, and
        # those before it in its own clause ("... verricht en volgens de politie twaalf ...")
        first = attributions[0]
        gap = text[min(first.end, quantity.end):max(first.position, quantity.start)]
        breaks = ";" in gap if first.position < quantity.start else (
            _clause_breaks(text, quantity.end, first.position))
        if not breaks:
            return first.source
    before = [a for a in attributions if a.end <= quantity.start]
    if before and not between(before[-1].end, quantity.start):
        return before[-1].source
    for attribution in (a for a in attributions if a.position >= quantity.end):
        # "zeker vijftig gewonden; het parket spreekt van 29", "mogelijk drie gewonden, maar
        # volgens de brandweer twee doden": a source past a semicolon or a turn that goes on
        # to a figure of its own clause reports that one, not those before it (a source
        # closing the sentence reports them all: "...; drie van hen zijn naar het ziekenhuis
        # gebracht, aldus een woordvoerder")
        if claim_words(pack.code).clause_turn.search(
                text, quantity.end, attribution.position) and any(
                0 <= q.start - attribution.end <= 25
                and not re.search(r"[;,:]", text[attribution.end:q.start])
                and not pack.partitive.search(text, q.end, q.end + 12)
                for q in others):
            break  # (not "...; police said 3 of them were children": a part of the first)
        bound_later = attribution.prepositional and any(
            0 <= q.start - attribution.end <= 3 for q in others)
        # "... have died since 2001, and Trump announced that ...": a clause of its own; not
        # the last of a list of sources ("..., the ministry, the UN agency, and the Red Cross
        # said")
        coordinated = claim_words(pack.code).coordinated_report.search(
            text, quantity.end, attribution.position)
        listed = text[quantity.end:coordinated.start()].split(",")[1:] if coordinated else []
        if len(listed) >= 2 and all(pack.reporters.find(phrase) for phrase in listed[-2:]):
            coordinated = None
        # "... euro inzette - volgens zijn ex-vriendin zelfs op ...": an aside after a dash
        # that says more names the source of what it says, not of the figure before it, nor
        # does any source after it; "- according to police.", "- according to police, most
        # of them ...", "- according to the ministry in Gaza" are the figure's
        if attribution.prepositional and re.search(
                rf"{_DASH}|;", text[quantity.end:attribution.position]):
            more = re.match(rf"[^,.!?;]*?(?={_DASH}|[,.!?;]|$)",
                            text[attribution.end:]).group(0).split()
            if more and more[0].lower() not in claim_words(pack.code).prepositions:
                break
        if not bound_later and not coordinated:
            return attribution.source
    covering = [a for a in before if not a.prepositional or a.opens_sentence]
    return covering[-1].source if covering else None


def _inside_source(text: str, quantity: Quantity, attribution: Attribution) -> bool:
    """The figure is a part of its own source ("Two-thirds said ...", "Drie getuigen
    verklaarden"): the people reporting, not the ones reported on."""
    source = attribution.source
    at = text.rfind(source, max(0, attribution.position - len(source) - 40), attribution.position)
    return 0 <= at <= quantity.start and quantity.end <= at + len(source)


def _within_semicolons(text: str, quantity: Quantity, start: int, end: int) -> tuple[int, int]:
    """A semicolon ends a clause: "pulled 37 survivors; the death toll stands at 212"."""
    left = text.rfind(";", start, quantity.start)
    right = text.find(";", quantity.end, end)
    return (left + 1 if left >= 0 else start), (right if right >= 0 else end)


def _partitive(text: str, quantity: Quantity, pack: LanguagePack, clause_end: int,
               sentence_start: int | None = None) -> bool:
    """"van wie vier", "8 of them", "Dozens of journalists are among them": a part of the
    number before it. The marker stands just before the number, opens its sentence ("Van hen
    werden er 41 ..."; pass the sentence's start), stands right after it, or after a copula
    later in its clause; "5,600 homeless, most of them in X" names a part of 5,600."""
    if pack.partitive.search(text, max(0, quantity.start - 12), quantity.start):
        return True
    opening = text[sentence_start:quantity.start] if sentence_start is not None else ""
    marker = pack.partitive.match(
        text, sentence_start + len(opening) - len(opening.lstrip(" ,;:\n"))) if opening else None
    # ... in the number's own clause ("Of them, 41 ..."; not "Van hen zegt hij niets, maar 3")
    if marker and (not _clause_breaks(text, marker.end(), quantity.start)
                   or re.fullmatch(r"\s*,\s*", text[marker.end():quantity.start])):
        return True
    after = pack.partitive.search(text, quantity.end, min(clause_end, quantity.end + 16))
    # "nine of whom"; not "gestegen naar vijf, onder wie twee": after a comma it opens a part
    if after is not None and after.start() - quantity.end <= 2 \
            and "," not in text[quantity.end:after.start()]:
        return True
    of_the = claim_words(pack.code).partitive_of.match(text, quantity.end)
    if of_the and _names_people(of_the.group(1), pack):  # "Six of the injured"
        return True
    return _copular_partitive(text, quantity, pack, clause_end)


# the metrics of what happens to people: the only groups a figure is counted among ("onder de 30
# zetels" is below 30 seats, "onder de soldaten" among a population)
AMONG_METRICS = frozenset({"deaths", "injured", "hospitalized", "intensive_care", "arrests",
                           "missing", "displaced", "released"})
# how many words may stand between a group and the figure counted among it ("Onder de doden
# bevinden zich ook twaalf kinderen"; not "... en het dodental staat nu op 45")
AMONG_REACH = 4


def _among_markers(text: str, sentence: Sentence, end: int,
                   grammar: _ClaimWords) -> list[re.Match[str]]:
    """The phrases before `end` that name a group figures are counted among: "onder de
    doden" anywhere, "Van de 13 gewonden" opening the sentence."""
    opening = grammar.partitive_opening.match(text, sentence.start)
    return ([opening] if opening and opening.end() <= end else []) + [
        m for m in grammar.partitive_among.finditer(text, sentence.start, end)
        if not opening or m.start() >= opening.end()]


def _among_groups(text: str, sentence: Sentence, inside: list[Quantity],
                  pack: LanguagePack) -> list[str | None]:
    """Per figure of a sentence, the metric of the group it is counted among: "Onder de (40)
    doden zijn twaalf kinderen", "Five tourists are among the injured", "Nine of the injured
    were flown to hospitals", shared by list-mates
    ("twaalf kinderen en vier vrouwen bevinden zich onder de doden"), when the group's noun is
    one of a people metric's own ("doden", "dead", "dodelijke slachtoffers", "arrestanten")."""
    grammar = claim_words(pack.code)
    words = grounding_words(pack.code)

    def metric(found: re.Match[str] | None) -> str | None:
        if not found:
            return None
        phrase = found.group(1).lower().split()
        label = next((labels[noun] for noun in (" ".join(phrase), phrase[0])
                      for labels in (words.noun_label, words.weak_label) if noun in labels), None)
        return label if label in AMONG_METRICS else None

    markers = _among_markers(text, sentence, sentence.end, grammar)
    # "Nine of the injured were flown to hospitals": some of the group right after the figure
    # (not "all 12 of the dead": all of them)
    of_matches = [grammar.partitive_of.match(text, q.end) for q in inside]
    of_group = [metric(m) if m and not _all_of(text, q, pack) else None
                for q, m in zip(inside, of_matches, strict=True)]
    if not markers:  # (most sentences: the after-pattern needs a marker too)
        return of_group
    groups: list[str | None] = []
    # (the comma that ends an opening phrase breaks nothing: "Of the 23 injured, 12 ...")
    opened = markers[0].start() if markers[0].re is grammar.partitive_opening else None

    def reaches(marker: re.Match[str], quantity: Quantity) -> bool:
        start = marker.end() + (len(re.match(r"\s*,?", text[marker.end():]).group(0))
                                if marker.start() == opened else 0)
        return len(text[start:quantity.start].split()) <= AMONG_REACH \
            and not grammar.among_break.search(text, start, quantity.start)

    for quantity, of in zip(inside, of_group, strict=True):
        before = [m for m in markers if m.end() <= quantity.start and reaches(m, quantity)]
        groups.append(metric(before[-1] if before else grammar.copular_among.match(
            text, quantity.end, sentence.end)) or of)
    # list-mates share the group, after it and before it
    for position in range(1, len(inside)):
        if groups[position] is None and groups[position - 1] and _listed_together(
                text, inside[position - 1], inside[position], grammar):
            groups[position] = groups[position - 1]
    for position in range(len(inside) - 2, -1, -1):
        if groups[position] is None and groups[position + 1] and _listed_together(
                text, inside[position], inside[position + 1], grammar):
            groups[position] = groups[position + 1]
    return groups


def _all_of(text: str, quantity: Quantity, pack: LanguagePack) -> bool:
    """"all 12 of the dead", "alle 298 van de doden": the number is all of the group."""
    before = re.search(r"([^\W\d_]+)\s+$", text[max(0, quantity.start - 20):quantity.start])
    return before is not None and before.group(1).lower() in pack.raw["numbers"].get(
        "partitive_of_all", [])


def _whole_of(metric: str, quantity: Quantity, sentence_claims: list[Claim],
              recent_by_metric: dict[str, deque[Claim]],
              named_among: re.Match[str] | None = None) -> Claim | None:
    """The article's last figure of `metric` that can hold `quantity`, itself no part: its
    part's whole ("40 doden ... twaalf kinderen en vier vrouwen": both of the 40)."""
    here = [c for c in sentence_claims if c.metric == metric]
    if named_among is not None and len(here) == 1 and here[0].grounding != PARTITIVE \
            and here[0].part_of is None \
            and named_among.start() <= here[0].char_start < named_among.end():
        # the whole the among-phrase itself counts is the whole, larger or not ("Onder de 51
        # gewonden zijn 64 Nederlanders": a part larger than its whole, to report)
        return here[0]
    recent = itertools.chain(reversed(here), reversed(recent_by_metric.get(metric, ())))
    return next((c for c in recent if c.grounding != PARTITIVE and c.part_of is None and (
        c.value_high is None or quantity.strict[0] is None
        or c.value_high >= quantity.strict[0])), None)


def _partitive_whole(earlier: list[Claim], sentence_claims: list[Claim],
                     claims: list[Claim]) -> Claim:
    """The figure a partitive is some of: its sentence's last figure, or the whole of a list of
    parts that figure ends ("twelve passengers and eight crew, ten of whom ..."); of a sentence
    before, its last figure that is no part and no one person, else the whole its parts are of
    ("Among the dead are two firefighters and a nine-year-old girl. Eleven of the victims
    died in Pepinster")."""
    def owner(part: Claim, pool: list[Claim]) -> Claim:
        return next((c for c in pool if c.claim_id == part.part_of), part)

    if sentence_claims:
        last = sentence_claims[-1]
        listed = [c for c in sentence_claims
                  if last.part_of is not None and c.part_of == last.part_of]
        return owner(last, sentence_claims) if len(listed) > 1 else last
    return next((c for c in reversed(earlier) if c.part_of is None and c.value_high != 1),
                owner(earlier[-1], claims))


def _listed_together(text: str, previous: Quantity, quantity: Quantity,
                     grammar: _ClaimWords) -> bool:
    """"twaalf kinderen en vier vrouwen": two figures of one list (a noun, a coordinator and an
    adjective at most between them, as people side by side are read in `_ground_sentence`)."""
    gap = text[previous.end:quantity.start]
    return bool(grammar.coordinator.search(gap)) and len(gap.split()) <= 3


def _next_in_list(text: str, previous: Quantity, quantity: Quantity, sentence_end: int,
                  grammar: _ClaimWords) -> bool:
    """Two figures of one list: side by side ("vier kinderen en drie agenten") or apart by a
    comma in a list a coordinator closes later in the clause ("vier kinderen, drie agenten
    en zes toeristen")."""
    gap = text[previous.end:quantity.start]
    if _listed_together(text, previous, quantity, grammar):
        return True
    rest = re.match(r"[^.;:!?]*", text[quantity.end:sentence_end]).group(0)
    return re.fullmatch(r"\s*[^\s,;:.]+(?:\s+[^\s,;:.]+)?\s*,\s*", gap) is not None \
        and grammar.list_closer.search(rest) is not None


def _list_goes_on(text: str, noun_end: int, grammar: _ClaimWords) -> bool:
    """A comma or a list's coordinator after an item's noun: another item follows."""
    after = text[noun_end:noun_end + 20]
    return after.lstrip().startswith(",") or grammar.list_closer.match(after.lstrip()) is not None


def _ends_a_list_item(text: str, noun_end: int, grammar: _ClaimWords) -> bool:
    """A list's item ends at its noun, or at a phrase a preposition opens after it: a comma, a
    coordinator or the clause's end follows, not a verb ("en drie agenten,", "en twee agenten
    van de hondenbrigade."; not "and 300 mourners attended")."""
    after = text[noun_end:noun_end + 60]
    first = re.match(r"\s*([^\W\d_]+)", after)
    phrase = re.match(r"[^,;.:!?)]*", after).group(0)
    if first and first.group(1).lower() in grammar.prepositions and len(phrase.split()) <= 5:
        after = after[len(phrase):]
    return re.match(r"\s*(?:[,;.:!?)]|$)", after) is not None \
        or grammar.list_closer.match(after.lstrip()) is not None


def _names_people(word: str, pack: LanguagePack) -> bool:
    """A word for people or for a metric's people: "gewonden", "injured", "hostages"."""
    words = grounding_words(pack.code)
    lower = word.lower()
    return lower in words.noun_label or lower in words.persons \
        or lower in _generic_people(pack.code) or bool(words.predicates.find(lower))


def _people_of_group(text: str, quantity: Quantity, clause: tuple[int, int],
                     predicates: list[Cue], pack: LanguagePack) -> CountedNoun | None:
    """The group of people a figure counts some of, named after it ("drie van de betogers",
    "three of the protesters"; not "twee van de grootste bedrijven"), when no relative clause
    after it says what happened to the group, whose verb is no verb of the part ("Twee van
    de mannen die werden opgepakt, zijn vrijgelaten"; with no comma the clause runs to the
    end of the part's, so "Four of the fans who had stormed the pitch were detained" is left
    alone); else None."""
    if claim_words(pack.code).partitive_of.match(text, quantity.end) is None:
        return None
    group = counted_noun(text, quantity.end, pack, of=True)
    if group.kind not in ("weak", "person"):
        return None
    opening = re.match(r"\s*([^\W\d]+)", text[group.end:clause[1]])
    if not opening or opening.group(1).lower() not in claim_words(pack.code).relative_pronouns:
        return group
    comma = text.find(",", group.end, clause[1])
    reach = comma if comma >= 0 else clause[1]
    return None if any(group.end < cue.start and cue.end <= reach for cue in predicates) \
        else group


def _copular_partitive(text: str, quantity: Quantity, pack: LanguagePack,
                       clause_end: int) -> bool:
    """"Dozens of journalists are among them": a part named after a copula refers back across
    a sentence; "aan acht van hen" (an object) does not."""
    return claim_words(pack.code).copular_partitive.search(
        text, quantity.end, clause_end) is not None


def _noun_dropped(text: str, quantity: Quantity) -> bool:
    """True when no word follows the number in its clause ("spreken over honderden.")."""
    return re.match(r"\s*(?:[.,;:!?)\"”]|$)", text[quantity.end:quantity.end + 3]) is not None


# How far after a verb that takes no object its subject may stand in verb-second order
INVERSION_REACH = 60


def _singular_persons(text: str, pack: LanguagePack, taken: list[Quantity],
                      predicates: list[Cue]) -> list[Quantity]:
    """"een 32-jarige man", "a woman", "de 31-jarige Hakim": one person, a count of one.
    Looked for only before a predicate (it counts only by what happened to the person)."""
    found = []
    pattern = _singular_person_pattern(pack.code)
    grammar = claim_words(pack.code)
    taken_starts = sorted((q.start, q.end) for q in taken)
    searched_to = 0
    matches = []
    for cue in predicates:
        start = max(searched_to, cue.start - 200)
        matches.extend(pattern.finditer(text, start, cue.start))
        searched_to = max(searched_to, cue.start)
        # ... or as its object right after it ("killing one man", "arrested a suspect"; past
        # an inverted subject: "vermoordde hij de 25-jarige Lisa")
        gap = grammar.object_gap.match(text, cue.end, cue.end + OBJECT_GAP_REACH)
        after = pattern.match(text, gap.end()) if gap else None
        if after and not _object_of(text, cue, after.start(), pack):
            after = None  # "Zaterdag doodde een 34-jarige man zijn buurman": its subject
        if after:
            matches.append(after)
            searched_to = max(searched_to, after.end())
        elif grammar.verb_second and cue.text.lower() in grammar.intransitive:
            # ... or its subject after a phrase, a time or a place put first ("Afgelopen week
            # overleed in Syrië de dochter (3)")
            later = pattern.search(text, cue.end, min(len(text), cue.end + INVERSION_REACH))
            if later:
                matches.append(later)
                searched_to = max(searched_to, later.end())
    # ... or after an event said as a noun ("de moord op de 8-jarige Diya", "the killing of a
    # teenager")
    for event in grounding_words(pack.code).nominal_cues.find(text):
        gap = re.match(r"[ \t]+", text[event.end:event.end + 4])
        if not gap:
            continue
        # "de dood van de Nederlander Roy van T. (55)", "the killing of the nurse Ana Silva,
        # 34,": a name after its article and a noun is the person, not the noun
        article = _definite_article(pack.code).match(text, event.end + gap.end())
        noun = re.match(r"(?-i:[a-z][\w-]*)[ \t]+", text[article.end():article.end() + 30]) \
            if article else None
        named = pattern.match(text, article.end() + (noun.end() if noun else 0)) \
            if article else None
        after = named if named and named.group("name") else pattern.match(
            text, event.end + gap.end())
        if after:
            matches.append(after)
    # "een gewonde vrouw", "a wounded child": what happened to one person counted by their
    # article said by an adjective, with no verb ("the injured captain Harry Kane, 30," or
    # "de gewonde vrouw" describe someone, they count no one)
    events, _ = _person_event_adjectives(pack.code)
    singular = "|".join(map(re.escape, pack.raw.get("singular_articles", []))) or "\x00"
    for adjective in events.finditer(text) if events else ():
        article = re.search(rf"(?<![\w-])(?:{singular})[ \t]+$",
                            text[max(0, adjective.start() - 6):adjective.start()], re.IGNORECASE)
        with_article = pattern.match(text, adjective.start() - len(article.group(0))) \
            if article else None
        if with_article and with_article.end() > adjective.end():
            matches.append(with_article)
    # "een derde dode", "a third fatality": the toll that dead person brings it to, said with
    # no verb
    nouns = pack.raw.get("ordinal_metric_persons", [])
    if any(noun in text for noun in nouns):  # a plain search first: most texts have none
        matches.extend(_ordinal_metric_person_pattern(pack.code).finditer(text))
    ordinals = {k.lower(): float(v) for k, v in pack.raw["dates"].get("ordinals", {}).items()}
    found_to = 0
    for match in sorted(matches, key=lambda m: (m.start(), -m.end())):
        start = match.start()
        before = text[max(0, start - 40):start]
        if any(opener.end == len(before.rstrip()) for opener in pack.attribution.find(before)):
            continue  # "Volgens de 19-jarige Sanne ...": the source, no one it happened to
        if match.groupdict().get("name"):
            start = _name_start(text, match, pack)
            if start is None:
                continue  # "On Sunday, 45,", "de mannen uit Rijen (24)", "Volgens Jan Smit (45)"
        if opens_a_qualifier(text, start, pack):
            continue  # "een man of vijf": some five, no one man
        index = bisect.bisect_right(taken_starts, (start, len(text)))
        if (index and taken_starts[index - 1][1] > start) or (
                index < len(taken_starts) and taken_starts[index][0] < match.end()) \
                or start < found_to:
            continue  # a number's, or a person's already found by another verb
        found_to = match.end()
        # "a second person has died": the toll that person brings it to
        count = ordinals.get((match.group("ordinal") or "").lower(), 1.0)
        found.append(Quantity(start, match.end(), text[start:match.end()], count,
                              (count, count), (count, count), "exact", "person"))
    return found


@functools.cache
def _person_event_adjectives(code: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The adjectives that say what happened to one person before them, and their metrics."""
    metrics = {word.lower(): metric for metric, words in (load_pack(code).raw.get(
        "person_event_adjectives") or {}).items() for word in words}
    if not metrics:
        return None, {}
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(
        metrics, key=len, reverse=True))) + r")(?![\w-])", re.IGNORECASE), metrics


def _event_adjective_metric(text: str, quantity: Quantity, pack: LanguagePack) -> str | None:
    """The metric of an event adjective in one person's words ("een gewonde vrouw")."""
    events, metrics = _person_event_adjectives(pack.code)
    found = events.search(text, quantity.start, quantity.end) if events else None
    return metrics[found.group(0).lower()] if found else None


def _object_of(text: str, verb: Cue, start: int, pack: LanguagePack) -> bool:
    """What begins at `start` is the object of `verb`, right after it or past the words an
    object gap allows ("arresteerde zaterdag in Tiel een man", "vermoordde hij de 25-jarige
    Lisa"); in a language that puts its verb second, not when the clause opens with a phrase
    put first and no pronoun is the subject after the verb: then it is the subject ("Zaterdag
    doodde een 34-jarige man zijn buurman")."""
    grammar = claim_words(pack.code)
    gap = grammar.object_gap.fullmatch(text, verb.end, start)
    if not gap:
        return False
    # (after a verb that takes no object, whoever follows is whom it happened to)
    if not grammar.verb_second or verb.text.lower() in grammar.intransitive or any(
            w.lower() in grammar.inverted_pronouns for w in gap.group(0).split()):
        return True
    # (the opening from the sentence's start: "Om 23.00 uur doodde", "Zaterdagavond, rond elf
    # uur, doodde"; a clause before a comma is put first too: "Nadat hij was gevlucht, doodde")
    opening = re.split(r"[.!?;:]\s|\n", text[max(0, verb.start - 160):verb.start])[-1]
    return not (opening.strip() and (opening.rstrip().endswith(",")
                                     or _fronted(opening, pack)))


def _name_start(text: str, match: re.Match[str], pack: LanguagePack) -> int | None:
    """Where the name of a person with their age set off begins, past the capitalised words
    that open no name ("Police said Tuesday Maria Lopez, 31,", "Ook Jan Smit (45)"); None when
    nothing is left, or when the name is a place after its preposition ("de mannen uit Rijen
    (24)") or the source after "volgens"/"according to" (no one something happened to)."""
    openers = _name_openers(pack.code)
    start = match.start("name")
    for word in re.finditer(r"\S+", match.group("name")):
        if word.group(0).lower() not in openers:
            start = match.start("name") + word.start()
            break
    else:
        return None
    name = text[start:match.end("name")].lower().split()
    # "On Sunday, 45,": a weekday or a month written out is in no name ("Jan" is a name)
    if any(word in pack.months or word in pack.weekdays for word in name):
        return None
    words = claim_words(pack.code)
    before = text[max(0, start - 60):start]
    last = before.split()[-1:]
    if last and last[0].lower() in pack.conjunctions:
        # "uit Rijen (24) en Oosterhout (28)": listed after a place, a place
        before = before[:before.lower().rfind(last[0].lower())]
        earlier = _singular_person_pattern(pack.code).search(before.rstrip() + " ")
        last = before[:earlier.start()].split()[-1:] if earlier and earlier.group("name") \
            else []
    if last and last[0].lower() in words.place_or_origin:
        return None
    if any(cue.end == len(before.rstrip()) for cue in pack.attribution.find(before)):
        return None
    return start


@functools.cache
def _definite_article(code: str) -> re.Pattern[str]:
    return re.compile(r"(?:" + "|".join(map(re.escape, load_pack(code).raw.get(
        "definite_articles", []) or ["\x00"])) + r")[ \t]+", re.IGNORECASE)


@functools.cache
def _name_openers(code: str) -> frozenset[str]:
    """Capitalised words that open no name: months, weekdays, articles, prepositions,
    conjunctions, and the words that open a source or refer back ("Volgens", "Ook")."""
    pack = load_pack(code)
    raw = pack.raw
    attribution = raw.get("attribution", {}) or {}
    words = {w.lower() for w in [*pack.months, *pack.weekdays, *raw.get("articles", []),
                                 *raw.get("conjunctions", []), *raw.get("places_prepositions", []),
                                 *raw.get("definite_articles", [])]}
    words |= {phrase.split()[0].lower() for phrase in attribution.get("before_source", [])
              + attribution.get("inherit", []) + attribution.get("inversion_words", [])}
    return frozenset(words - {p.lower() for p in (raw.get("grammar", {}) or {}).get(
        "name_particles", [])})


@functools.cache
def _ordinal_metric_person_pattern(code: str) -> re.Pattern[str]:
    raw = load_pack(code).raw
    ordinals = "|".join(map(re.escape, raw["dates"].get("ordinals", {}))) or "\x00"
    nouns = "|".join(map(re.escape, raw.get("ordinal_metric_persons", []))) or "\x00"
    articles = "|".join(map(re.escape, raw.get("singular_articles", []))) or "\x00"
    # (a headline or a sentence may open with it, its article left out: "Derde dode na
    # kettingbotsing")
    return re.compile(rf"(?:(?<![\w-])(?:{articles})\s+|^|(?<=[.!?] ))(?P<ordinal>{ordinals})"
                      rf"\s+(?:{nouns})(?![\w-])", re.IGNORECASE | re.MULTILINE)


def _person_noun(quantity: Quantity) -> str:
    """The noun of one person said with an article or an age: its last word ("man" of "een
    32-jarige man", "dochter" of "de dochter (3)")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", quantity.text)
    return words[-1].lower() if words else ""


def _alternatives(words: Iterable[str]) -> str:
    """An alternation of the words, escaped, longest first (never empty)."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "\x00"


@functools.cache
def _singular_person_pattern(code: str) -> re.Pattern[str]:
    pack = load_pack(code)
    raw = pack.raw

    # "32-jarige", "zestienjarige", "twenty-five-year-old": an age in digits or number words
    digits_or_words = rf"(?:\d{{1,3}}-|{pack.number_word_body}-?)"
    # ... after an adverb that dates it ("de destijds 15-jarige Willeke", "the then-17-year-old")
    dated = rf"(?:(?:{_alternatives(raw.get('age_adverbs', []))})[ \t-]+)?"
    age = rf"{dated}{digits_or_words}(?:{_alternatives(raw.get('age_suffixes', []))})"
    # ... and the Dutch neuter form, only before a person's noun ("een 6-jarig kind"; "een
    # honderdjarig pand" is a building)
    neuter_age = rf"{dated}{digits_or_words}(?:{_alternatives(raw.get('neuter_age_suffixes', []))})"
    persons = _alternatives(raw.get("singular_persons", []))
    not_adjectives = _alternatives(raw.get("person_adjectives_not", []))
    not_adjective_endings = _alternatives(raw.get("person_adjective_endings_not", []))
    # an age makes any noun a person: "een 58-jarige vrachtwagenchauffeur"
    ordinals = _alternatives(list(raw["dates"].get("ordinals", {})))
    # "his 9-year-old daughter", "whose 6-year-old son": a person's noun or a name after them
    # ("her 60-year-old marriage" is no one)
    possessives = _alternatives((raw.get("grammar", {}) or {}).get("possessives", [])
                               + raw.get("relative_possessives", []))
    # a name with its age set off ("Jan Smit, 45,", "Hakim (31)"): the name's words are
    # capitalised (case-sensitive, hence (?-i:)), with the particles names hold between them
    particles = _alternatives((raw.get("grammar", {}) or {}).get("name_particles", []))
    name = (rf"(?-i:[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.\s+)?(?:(?:{particles})\s+){{0,2}}"
            rf"[A-Z][\w'’-]+){{0,3}}(?:\s+(?:(?:{particles})\s+){{0,2}}[A-Z]\.)?)")
    # ... ending in an initial: "Mohammed B. (31)", "Kees de B. (40)"
    named_ages = "|".join(form.replace("{age}", r"\d{1,3}")
                          for form in raw.get("age_after_name", [])) or "\x00"
    return re.compile(
        rf"(?<![\w-])(?:(?:{_alternatives(raw.get('singular_articles', []))})\s+"
        rf"(?:(?P<ordinal>{ordinals})\s+)?(?:{age}\s+[^\W\d][\w-]*"
        # one lower-case adjective may stand before the person ("a young woman", "een oudere man";
        # not a quantity or "one more": "een tiental man", "a further suspect")
        rf"|(?:(?!(?:{not_adjectives})\s)(?!(?-i:[a-z]+(?:{not_adjective_endings}))\s)"
        rf"(?-i:[a-z][a-z-]+)\s+)?(?:{persons})(?:{named_ages})?"
        rf"|{neuter_age}\s+(?:{persons}))"
        rf"|(?:{_alternatives(raw.get('definite_articles', []))})\s+{age}\s+"
        rf"(?:(?:{persons})|[A-Z][\w'-]+)"
        # "18-year-old Michael Brown": an age before a full name needs no article
        rf"|{age}\s+(?-i:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)"
        # "de dochter (3)": a person's noun with the age set off
        rf"|(?:{_alternatives(raw.get('definite_articles', []))})\s+(?:{persons})"
        rf"(?:{named_ages})"
        rf"|(?:{possessives})\s+{age}\s+(?:(?:{persons})|(?-i:[A-Z][\w'-]+))"
        rf"|(?P<name>{name})(?:{named_ages}))(?![\w-])", re.IGNORECASE)


# A sentence that refers back ("Ook ...", "In addition, ...") takes the source of a sentence at
# most this many before it: news paragraphs are short, and a text without paragraph breaks
# would hand one source to figures a page later
INHERIT_REACH = 2

# How far after a verb its object may begin (past a pronoun, a day and a place: "arresteerde
# zaterdag in Tiel een 34-jarige man")
OBJECT_GAP_REACH = 48

# Metrics that count many people at once, never one person said with an article or an age
AGGREGATE_METRICS = frozenset({"population", "crowd_size", "troops"})


def _one_person_grounding(text: str, quantity: Quantity, clause: tuple[int, int],
                          predicates: list[Cue], pack: LanguagePack) -> Grounding | None:
    """A single person counts only by what happened to them: said after them in the clause, or
    by the verb they are the object of."""
    grammar = claim_words(pack.code)
    words = grounding_words(pack.code)
    event = words.nominal_event.search(text, max(clause[0], quantity.start - 40), quantity.start)
    if event:  # "de moord op de 8-jarige Diya": what happened to them
        return Grounding(words.nominal_events[" ".join(event.group(1).lower().split())],
                         PREDICATE)
    if grammar.possessor.search(text[max(clause[0], quantity.start - 40):quantity.start]):
        return None  # "de moeder van Hamid Elouardi (44) overleed": the mother did
    governing = next((c for c in predicates if c.end < quantity.start <= c.end + OBJECT_GAP_REACH
                      and _object_of(text, c, quantity.start, pack)), None)
    inverted = _inverted_subject_of(text, quantity, clause, predicates, pack)
    if inverted is not None:
        return Grounding(inverted.label, PREDICATE)
    if governing is not None and governing.label not in AGGREGATE_METRICS:
        return Grounding(governing.label, PREDICATE)  # "killing one man": its object
    # "Jerry M. (59), die wordt verdacht van ..., is aangehouden", "Een 66-jarige bestuurder
    # van een scootmobiel die zaterdag gewond raakte, is overleden": past a relative aside
    aside = grammar.person_aside.match(  # (", 29," holds the aside's opening comma)
        text, quantity.end - (text[quantity.end - 1] == ","), clause[1])
    said_from = aside.end() if aside else quantity.end
    after = [c for c in predicates if said_from <= c.start and c.end <= clause[1]]
    if aside and not after:
        # "De 19-jarige vrouw die omkwam, was ...": no verb of the main clause says what
        # happened to them, their relative clause does
        after = [c for c in predicates if quantity.end <= c.start and c.end <= aside.end()]
        said_from = quantity.end
    for cue in after[:1]:
        said_to = cue.start
        died = died_there(text, cue, after, words) if cue.label == "injured" else cue
        if died is not cue:
            # "is in het AZ Sint-Jan aan zijn verwondingen overleden": the death after the
            # wounds, which say nothing of who did it ("zijn" is no auxiliary there)
            said_to = re.search(r"\S+\s+\S+\s+$", text[:cue.start]).start()
            cue = died
        if cue.label in AGGREGATE_METRICS:
            return None  # "de rechtszaak tegen de 23-jarige verdachte bij te wonen": no one lives
        if any(n.start <= cue.start < n.end for n in words.nominal_cues.find(
                text, quantity.end, min(clause[1], cue.end + 40))):
            return None  # "Tim S. (40) voor het doodschieten van ...": its people follow
        between = text[said_from:min(said_to, cue.start)]
        joined = grammar.coordinated_person.match(between)
        if joined and (cue.text.lower() in grammar.intransitive or (
                grammar.person_passive and grammar.person_passive.search(between))):
            # ... of both, when it happened to them ("De 50-jarige Piet en zijn broer
            # vermoordden hun buurman": they did it)
            between = between[joined.end():]
        if grammar.agent_words.search(between):
            if not _happened_in_relative_clause(between, cue, grammar):
                return None  # the person did it to someone else: "a man who killed two"
            # "The 30-year-old man who was stabbed died": the main clause's verb that takes
            # no object, after the relative clause, says what happened last
            # (with no other clause opened between: not "who was arrested when his wife died")
            cue = next((c for c in after[1:] if c.text.lower() in grammar.intransitive
                        and not {w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", text[
                            after[0].end:c.start])} & grammar.inversion_stops), cue)
        if words.relative_possessives & {w.strip(",").lower() for w in between.split()}:
            return None  # "a firefighter whose truck was trapped": it happened to the truck
        if grammar.person_passive and not (grammar.person_passive.search(between)
                                           or cue.text.lower() in grammar.intransitive):
            return None
        if did_it(text, quantity.start, said_from, cue, words, plural=False):
            return None  # "Jan de Vries (45) schoot zijn buurman dood": he did
        return Grounding(died_there(text, cue, after, grounding_words(pack.code)).label,
                         PREDICATE)
    return None


def _happened_in_relative_clause(between: str, cue: Cue, grammar: _ClaimWords) -> bool:
    """The words between a person and a verb of what happened open a relative clause whose verb
    is passive or takes no object: it happened to the person ("de man die zaterdag werd
    neergestoken", "the woman who was stabbed", "de vrouw die omkwam"); not "die zijn vrouw
    heeft gedood", "who killed two", "who has been charged with killing"."""
    words = re.findall(r"[^\W\d_][\w'’-]*|\d+|[^\w\s]", between)
    if not words or words[0].lower() not in grammar.relative_pronouns:
        return False
    rest = [w.lower() for w in words[1:]]
    if len(rest) > 8 or any(not w[0].isalnum() or grammar.agent_words.fullmatch(w)
                            for w in rest):
        return False  # another clause, or the person's own object ("die zijn vrouw ...")
    passive = any(w in grammar.relative_passive for w in rest)
    if not (passive or cue.text.lower() in grammar.intransitive):
        return False
    # the verb last in its clause (Dutch) may follow any adverbial; English puts it right after
    # its auxiliaries and an adverb
    return grammar.verb_second or all(w in grammar.relative_passive or w.endswith("ly")
                                      for w in rest)


def _inverted_subject_of(text: str, quantity: Quantity, clause: tuple[int, int],
                         predicates: list[Cue], pack: LanguagePack) -> Cue | None:
    """The verb that takes no object a person is the subject of when a time or a place was put
    before it ("Afgelopen week overleed in Syrië de dochter (3)": the finite verb second, its
    subject after the phrases that follow it); never when its subject is before it ("Zijn
    vrouw overleed toen de zoon (9) ..."), nor past a preposition that governs the person
    ("overleed in het bijzijn van de dochter (3)"), a clause break or another clause's word."""
    grammar = claim_words(pack.code)
    if not grammar.verb_second:
        return None
    # the nearest such verb before the person ("overleed in het ziekenhuis de 71-jarige ...")
    cue = next((c for c in reversed(predicates) if clause[0] <= c.start
                and c.end < quantity.start and c.text.lower() in grammar.intransitive), None)
    if cue is None or cue.label in AGGREGATE_METRICS \
            or not _fronted(text[clause[0]:cue.start], pack):
        return None  # "Zijn vrouw overleed toen de zoon (9) ...": the verb has its subject
    gap = text[cue.end:quantity.start]
    words = re.findall(r"[^\W\d_][\w'’-]*|\d+|[^\w\s]", gap)
    if not words or len(words) > 6 or any(not w[0].isalnum() or w.lower() in grammar.inversion_stops
                                          for w in words) \
            or words[-1].lower() in grammar.prepositions:
        return None
    return cue


# Metrics whose verb someone does to the people counted (killed, wounded, arrested, freed):
# its subject is never counted by it; "fled", "marched", "live" count their subject
DONE_TO_OTHERS = frozenset({"deaths", "injured", "arrests", "released", "beheaded"})


def _agents_of(text: str, quantity: Quantity, metric: str, predicates: list[Cue],
               clause_end: int, pack: LanguagePack) -> bool:
    """The people counted do the metric's verb to someone else: they are its subject and it
    has an object ("four gunmen killed 12 guests", "vier schutters doodden twee agenten"), or
    the subject of a relative clause that does ("two men who killed a policeman", "drie mannen
    die de agent hebben gedood"); not "four people killed in the crash", "two men who were
    killed", "die bij de brand zijn omgekomen"."""
    grammar = claim_words(pack.code)
    cue = next((c for c in predicates if c.label == metric and quantity.end <= c.start < clause_end
                and not re.search(r"[,;:]", text[quantity.end:c.start])), None)
    if cue is None:
        return False
    # the counted noun, then the verb or a relative pronoun
    words = re.findall(r"[^\W\d][\w'’-]*|\S", text[quantity.end:cue.start])
    relative = next((i for i, w in enumerate(words[:5]) if w.lower() in grammar.relative_pronouns),
                    None)
    if cue.text.lower() in grammar.intransitive:
        return False  # "die zijn omgekomen", "who died": it happened to them
    if relative is None or not grammar.verb_second:
        # the verb (right after the noun, or after the relative pronoun in English order)
        # with people or a number as its object: "killed 12 guests", "killed a policeman",
        # not "killed a week ago", "killed in Tyrol", "who were killed"
        direct = len(words) <= 3 if relative is None else relative == len(words) - 1
        return direct and _people_named(text[cue.end:cue.end + 40], pack)
    # Dutch order: the people done to between the pronoun and the verb ("die de agent hebben
    # gedood", "die Anne Faber vermoordde"), not "die de afgelopen dagen zijn omgekomen"
    return _people_named(" ".join(words[relative + 1:]), pack)


def _object_of_a_relative_clause(text: str, quantity: Quantity, metric: str,
                                 predicates: list[Cue], sentence_start: int,
                                 pack: LanguagePack) -> bool:
    """The people counted are the object of a relative clause's verb, and the metric's
    predicate follows them: it is said of the clause's antecedent ("the man who held seven
    people hostage will remain in custody", "a driver who had injured two cyclists was
    arrested"). English order only: a Dutch "die"/"dat" before a number is as often a
    demonstrative or a complementiser ("meldt dat drie mensen zijn opgepakt")."""
    grammar = claim_words(pack.code)
    if grammar.verb_second:
        return False
    cue = next((c for c in predicates if c.label == metric and c.start >= quantity.end), None)
    if cue is None:
        return False  # "who killed three": the verb before the people is their predicate
    # ... and the predicate is the main clause's, opened by an auxiliary ("who counted 40
    # people killed", "which saw thousands of activists reconvene ... to protest": theirs)
    between = text[quantity.end:cue.start].split()
    auxiliaries = grammar.passive_auxiliaries | grammar.modal_auxiliaries
    if not any(w.lower() in auxiliaries for w in between) \
            or any(w.lower() in grammar.relative_pronouns for w in between):
        return False  # ... not "40 people who were injured": the people's own clause
    before = re.split(r"[,;:\"“”—–()]", text[max(sentence_start, quantity.start - 60):
                                             quantity.start])[-1].split()
    # the pronoun (not "WHO"), then its verb and at most an auxiliary or adverb ("who had
    # shot"); a reporting verb reports the people's clause ("officials who said 40 people
    # were killed")
    return any(w.lower() in grammar.relative_pronouns and not w.isupper()
               for w in before[-3:-1]) \
        and before[-1].lower() not in grammar.relative_pronouns | pack.articles \
        and not pack.speech_verbs.find(before[-1])


def _people_named(phrase: str, pack: LanguagePack) -> bool:
    """The phrase opens with people: a word for people, a capitalised name, or a number with
    people or nothing after it, after at most an article ("12 guests", "a policeman", "de
    agent", "Anne Faber"; not "a week ago", "two days ago", "in Tyrol", "were miners")."""
    grammar = claim_words(pack.code)
    people = grounding_words(pack.code).persons
    words = [w.strip("'’\"") for w in re.split(r"[,.;:!?]", phrase, maxsplit=1)[0].split()[:3]]
    if words and words[0].lower() in pack.articles | grammar.object_openers:
        words = words[1:]
    if not words:
        return False
    first, rest = words[0], [w.lower() for w in words[1:2]]
    if first[:1].isdigit() or pack.number_word_pattern.fullmatch(first.lower()) is not None:
        return not rest or rest[0] in people
    return first.lower() in people or first[:1].isupper()


def _denied(text: str, quantity: Quantity, pack: LanguagePack, sentence: Sentence) -> bool:
    """A figure the text says is wrong: "niet 30 maar 18", "died, not 40", or one reported
    in a correction before its turn ("in een eerdere versie stond 40; het juiste aantal is 14")."""
    words = claim_words(pack.code)
    # "nog geen 30", "net geen 2300", "niet meer dan 40": a negation inside the qualifier
    # bounds the figure rather than denying it
    if quantity.qualifier not in (LESS_THAN, ALMOST, AT_LEAST, AT_MOST) and words.negation.search(
            text, max(sentence.start, quantity.start - 12), quantity.start):
        return True
    markers = list(words.correction.finditer(text, sentence.start, quantity.start))
    return bool(markers) and not words.correction_turn.search(
        text, markers[-1].end(), quantity.start)


@dataclass(frozen=True)
class _ClaimWords:
    """Pack words the claim rules need beyond grounding, compiled once per language."""

    negation: re.Pattern[str]
    contrast: re.Pattern[str]
    # "het parket spreekt van 29.", "police put the number at 29.": another report of the
    # figure before, its noun left out
    elided_after_report: re.Pattern[str]
    # ", en steeg woensdag tot", "and has since climbed to": a coordinated verb of change
    # with no subject of its own, stated as done, ending just before a bare figure
    change_target: re.Pattern[str]
    correction: re.Pattern[str]
    correction_turn: re.Pattern[str]
    part_of_group: re.Pattern[str]
    scope_whole: re.Pattern[str]
    scope_whole_of_places: frozenset[str]
    part_before_marker: re.Pattern[str]  # "In Silves municipality alone"
    part_after_marker: re.Pattern[str]  # "alleen al in het Elisabeth-TweeSteden Ziekenhuis"
    part_marker: re.Pattern[str]  # "alleen al", "alone" not before a reason ("alleen al omdat")
    part_opener: re.Pattern[str]  # "Excluding the crew,": a sentence opening that narrows it
    shelter_stay: re.Pattern[str]  # "overnachtten", "spent the night": stayed somewhere
    shelter_venue: re.Pattern[str]  # "in sporthal De Piet", "in a school gym": one venue
    shelter_not_with: re.Pattern[str]  # "geëvacueerd", "evacuated": the clause counts all
    shelter_all_words: frozenset[str]  # "de", "alle", "the", "all": a figure of all of them
    part_marker_not_after: frozenset[str]  # "lives alone", "not alone": no part
    remainder_before: re.Pattern[str]  # "the other four": the rest of a group, a part
    remainder_article: re.Pattern[str]  # "the" of "the four others"
    remainder_after: re.Pattern[str]  # "others" of "the four others"
    part_place_nouns: frozenset[str]
    clause_joint: re.Pattern[str]  # ";", ", and", ", while"
    modal_hedges: frozenset[str]  # "zou": a hedge of its own verb's clause only
    zero_degree: re.Pattern[str]  # "seriously": "nobody" of the worst hurt only
    zero_people: frozenset[str]  # "niemand", "nobody": a zero of people, never of a sum
    zero_of_group: re.Pattern[str]  # " van onze gasten", " of the guests": whose zero it is
    # "twee zwaargewonden", "two were seriously injured": the injured of one degree, a group
    injury_degrees: tuple[tuple[str, re.Pattern[str]], ...]
    relational_persons: frozenset[str]  # "colleagues", "collega's": people of someone named
    others_words: frozenset[str]  # "70 others", "70 anderen": more of the group named before
    ordinal_of: re.Pattern[str]  # "de eerste van de": a group one member of is counted
    deontic: re.Pattern[str]  # "zou ... moeten": an obligation, no hedge
    not_hedges: re.Pattern[str]  # "zo veel mogelijk": a set phrase holding a hedge word
    modal_clause_end: re.Pattern[str]  # ": ", "nadat": a clause after the figure's own
    counterfactual: re.Pattern[str]  # "would have", "dan hadden": what did not happen
    counterfactual_condition: re.Pattern[str] | None
    # "zou hoger geweest zijn als", "would have been higher if": a comparison with what did
    # not happen, right after a modal; the figure before it is what did
    counterfactual_comparison: re.Pattern[str]
    counterfactual_comparison_condition: re.Pattern[str]
    instead_of: re.Pattern[str]  # "in plaats van (de beloofde)" ending just before a figure
    quoted_name_after: frozenset[str]  # "zogenoemde", "so-called": a quoted name follows
    rate_after: re.Pattern[str]  # "14 per 100.000 inwoners": a rate, no count
    addressee_verbs: frozenset[str]  # "told": what follows is the one told
    report_negations: frozenset[str]  # "not", "neither" just before a reporting verb
    report_refusals: frozenset[str]  # "declined", "weigert": governing an infinitive report
    # a reporting verb with one of these as its object reports nothing ("claimed 12 lives")
    objects_not_reported: re.Pattern[str]
    subject_trailers: frozenset[str]
    # "te", "to": a reporting verb right after one is an infinitive another verb governs
    infinitive_markers: frozenset[str]
    infinitive_openers: frozenset[str]  # "om" before "te"
    subject_leaders: frozenset[str]
    subordinators: frozenset[str]
    adjective_endings: tuple[str, ...]
    attributive_endings: tuple[str, ...]
    quote_openers: tuple[str, ...]
    # 'Spaan: "Ik heb ...': a name and a colon opening a sentence before a quotation
    speaker_label: re.Pattern[str]
    speaker_label_not: frozenset[str]  # "Update", "Foto": a label, no speaker
    speaker_titles: tuple[str, ...]  # "burgemeester", "minister": a title before a name
    quote_closers: frozenset[str]
    quote_mark: re.Pattern[str]  # any of the openers and closers
    object_subordinators: frozenset[str]
    object_openers: frozenset[str]
    inversion_words: frozenset[str]
    inverting_verbs: frozenset[str] | None  # None: every reporting verb may invert
    # a reporting verb whose other part closes the clause after its subject ("liet de politie
    # weten", "heeft het OM bekendgemaakt"): the closing parts (labelled by their frame) and
    # the verbs each frame opens with
    split_closings: CueSet
    place_or_origin: frozenset[str]  # "in", "uit": a capitalised word after them is a place
    clause_break: re.Pattern[str]  # punctuation or a conjunction between words
    clause_closes: re.Pattern[str]  # punctuation or a complementiser: the clause ends here
    # a figure followed in its clause by a comparative and its "than" ("200 stemmen meer dan",
    # "12 more deaths than"): a difference, no count
    comparative: re.Pattern[str]
    split_verbs: dict[str, frozenset[str]]
    split_must_close: frozenset[str]  # frames whose closing part must end its clause
    quote_verbs: frozenset[str]
    figure_speech_verbs: frozenset[str]  # "spoke of": a report only of a figure right after
    count_verbs: frozenset[str]
    verb_second: bool
    # "erkende zijn nederlaag toen ...": a verb's own object, where a reported clause always
    # opens with its opener (Dutch), and the words that open a clause after that object
    report_object_openers: frozenset[str]
    clause_after_object: frozenset[str]  # subordinators, "toen", "terwijl" and "dat"
    time_after: frozenset[str]  # "meldde een dag later": a time, no object
    place_prepositions: frozenset[str]
    origin_prepositions: frozenset[str]  # "from", "uit": where people came from
    prepositions: frozenset[str]
    name_particles: frozenset[str]
    name_apposition: re.Pattern[str]
    passive_auxiliaries: frozenset[str]
    modal_auxiliaries: frozenset[str]  # "will", "would": a main clause's predicate may open so
    progressive_auxiliaries: frozenset[str]  # "is" of "is insisting"
    progressive_ending: str | None  # "ing"
    pronouns: frozenset[str]
    finite_auxiliaries: frozenset[str]  # "heeft", "blijft": a verb second before a participle
    day_part_after: bool  # "25 in the evening": a part of the day follows its figure
    possessives: frozenset[str]  # "zijn", "his": a determiner before a source's noun
    firm_possessives: frozenset[str]  # never a pronoun too ("zijn", not "haar")
    copular_partitive: re.Pattern[str]
    agent_words: re.Pattern[str]
    possessor: re.Pattern[str]  # "de moeder van ": the person after it is the noun's owner
    object_gap: re.Pattern[str]  # between a verb and its object: " ", or " hij " inverted
    inverted_pronouns: frozenset[str]  # "hij", "he": a subject after its verb
    possessor_links: frozenset[str]  # "of", "van"
    person_passive: re.Pattern[str] | None
    intransitive: frozenset[str]
    relative_passive: frozenset[str]  # "die werd ...", "who was ...": it happened to them
    inversion_stops: frozenset[str]  # "overleed zijn vrouw toen de zoon ...": a second clause
    toll_raiser: re.Pattern[str]  # "bringing the toll to 12": what a part before it raised
    coordinator: re.Pattern[str]
    list_closer: re.Pattern[str]  # "and", "en": the word before a list's last item
    possessive_relatives: frozenset[str]  # "whose": a relative clause about its own noun
    elided_noun: re.Pattern[str]  # "dat zijn er nog maar": a figure after it counts a noun before
    gapped_after: re.Pattern[str]
    list_place: re.Pattern[str]
    gapped_follower: re.Pattern[str]
    owners_listed_after: re.Pattern[str]  # ", het CDA 9": a list of owners' seats or votes
    owners_listed_follower: re.Pattern[str]
    # "GroenLinks (5 zetels), D66 (5), PvdA (4)": the next owner's figure in parentheses
    owners_in_parentheses: re.Pattern[str]
    place_list: re.Pattern[str]
    compared_with: re.Pattern[str]
    present: re.Pattern[str]
    money_verbs: re.Pattern[str]
    change_to: re.Pattern[str]
    not_place: re.Pattern[str]
    months_and_days: frozenset[str]
    fronted_times: frozenset[str]  # "Afgelopen zomer maakte X bekend": a time put first
    relative_aside: re.Pattern[str]
    person_aside: re.Pattern[str]  # ... after a person, with or without its comma, past a phrase
    coordinated_person: re.Pattern[str]  # " en haar moeder", " and his wife"
    aside_before_verb: re.Pattern[str]
    reported_clause: re.Pattern[str]
    clause_openers: frozenset[str]  # "that", "dat": the words opening a reported clause
    relative_pronouns: frozenset[str]
    beliefs_not_before: frozenset[str]  # "de", "the": a figure a belief presupposes
    relative_adverbs: frozenset[str]  # "waar", "where": open a relative clause as pronouns do
    participles: frozenset[str]
    # "naar eigen zeggen", "by its own account": a report put inside its subject's clause
    adverbial_reports: frozenset[str]
    word_list: re.Pattern[str]  # "homes, farms and businesses"
    list_opener: re.Pattern[str]  # " people, including " after a number
    noun_of: re.Pattern[str]  # " residents of " between two numbers
    time_openers: frozenset[str]
    document_opener: re.Pattern[str]
    poll_opener: re.Pattern[str] | None  # "In dezelfde peiling" before any verb (Dutch)
    document_determiners: frozenset[str]
    not_verbs: frozenset[str]  # prepositions, articles, particles, conjunctions
    document_closer: re.Pattern[str]  # "... verliest vier zetels in de exitpoll."
    document_report: re.Pattern[str]  # "the tax returns show", "het rapport laat zien"
    document_report_verb: re.Pattern[str]  # its verb alone: most sentences have none
    document_report_end: re.Pattern[str]  # ", maar": the report's turn
    clause_turn: re.Pattern[str]  # ";", ", maar", ", but": where a hedge or source ends
    denied_before: re.Pattern[str]  # "niet vijf" right before a turn: a correction
    elided_after: str | None
    verb_endings: tuple[str, ...]
    partitive_of: re.Pattern[str]
    partitive_among: re.Pattern[str]  # "onder de doden", "among the injured"
    # "Van de 13 gewonden ...", "Of the 380 people detained, ...": the same, opening a sentence
    partitive_opening: re.Pattern[str]
    copular_among: re.Pattern[str]  # "... zijn onder de doden": after the figure
    among_break: re.Pattern[str]
    back_reference: re.Pattern[str]
    not_reports_with: dict[str, re.Pattern[str]]
    accusation: re.Pattern[str]
    bystanders: frozenset[str]  # "Een ooggetuige", "A neighbour": an impression, not a count
    inherit_openers: re.Pattern[str]
    coordinated_report: re.Pattern[str]
    sentence_openers: frozenset[str]
    owned_change: re.Pattern[str]
    owned_margin: re.Pattern[str]
    owned_change_after: re.Pattern[str]
    joint_total: re.Pattern[str]
    not_owner: re.Pattern[str]


def _ordinal_of(raw: dict) -> re.Pattern[str]:
    """An ordinal and a link ending just before a number ("de eerste van de", "a second of
    the"): any ordinal after the definite article, or one that is never a fraction."""
    spec = (raw.get("grammar", {}) or {}).get("ordinal_of", {}) or {}

    every = list((raw.get("dates", {}) or {}).get("ordinals", {})) + spec.get("ordinals", [])
    return re.compile(rf"(?<![\w-])(?:(?:{_alternatives(spec.get('definite', []))})\s+"
                      rf"(?:{_alternatives(every)})|{_alternatives(spec.get('ordinals', []))})"
                      rf"\s+(?:{_alternatives(spec.get('links', []))})\s+$", re.IGNORECASE)


def _document_opener(attribution: dict, grammar: dict, documents: list[str],
                     verb_after: bool) -> re.Pattern[str]:
    """A preposition, a document's noun phrase (with who made it, when and among whom) as
    group 1, then (with `verb_after`) a comma or a document's verb ("In het rapport staat")."""
    return re.compile(
        r"\s*(?:" + _alternatives(attribution.get("document_prepositions", []))
        + r")\s+((?:[\w'’.-]+\s+){0,4}?(?:" + _alternatives(documents) + r")(?![\w-])(?:\s+(?:"
        + _alternatives(attribution.get("document_links", [])) + r")\s+[\w'’.&-]+"
        r"(?:\s+(?-i:[A-Z])[\w'’.&-]*)*)?)"
        # (when and among whom: "Uit een onderzoek in 2017 onder journalisten bleek")
        r"(?:\s+(?:" + _alternatives(grammar.get("prepositions", []))
        + r")\s+[\w'’.-]+(?:\s+[\w'’.-]+)?){0,2}" + ("?" if verb_after else "")
        + (r"(?=\s*,(?!\d)|\s+(?:" + _alternatives(attribution.get("document_verbs", []))
           + r")(?![\w-]))" if verb_after else ""), re.IGNORECASE)


@functools.cache
def claim_words(code: str) -> _ClaimWords:
    pack = load_pack(code)
    numbers = pack.raw["numbers"]
    grammar = pack.raw.get("grammar", {}) or {}
    attribution = pack.raw["attribution"]
    hedges = pack.raw.get("hedges", {}) or {}
    accuser = hedges.get("accuser_verbs", {}) or {}
    comparison = hedges.get("counterfactual_comparison", {}) or {}
    quote_openers = attribution.get("quote_openers", ['"', "“"])
    quote_closers = attribution.get("quote_closers", ['"', "”"])
    coordinators = "|".join(map(re.escape, numbers.get("coordinators", []) or ["\x00"]))
    def group_after(markers: str) -> str:
        return (r"(?<![\w-])(?:" + "|".join(map(re.escape, numbers.get(markers, []) or ["\x00"]))
                + r")\s+(?:(?:[\d.,]+|" + pack.number_word_body
                + r")\s+)?([^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*)?)")

    among = group_after("partitive_among")
    # the articles of a noun ("de", "een", "the"; not Dutch "er")
    articles_of_nouns = [*pack.raw.get("definite_articles", []),
                         *pack.raw.get("singular_articles", [])] or ["\x00"]
    return _ClaimWords(
        negation=words_before(numbers.get("negations", []), CURRENCY),
        contrast=phrase_pattern(numbers.get("contrast", []) or ["\x00"]),
        elided_after_report=re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, numbers.get(
            "elided_after_reports", []) or ["\x00"])) + r")\s*$", re.IGNORECASE),
        change_target=re.compile(
            r"(?:,\s*|\s+)(?i:" + "|".join(map(re.escape, numbers.get("gapped_after", [])
                                             + numbers.get("contrast", []) or ["\x00"]))
            + r")(?:\s+(?i:" + (fillers := "|".join(map(re.escape, numbers.get(
                "change_target_fillers", []) + pack.raw["dates"].get("weekdays", [])
                or ["\x00"]))) + r")){0,4}\s+(?i:" + "|".join(
                map(re.escape, pack.raw.get("change_verb_stems", []) or ["\x00"]))
            + r")\w{0,4}(?:\s+(?i:" + fillers + r")){0,2}\s+(?i:" + "|".join(
                map(re.escape, numbers.get("change_to", []) or ["\x00"])) + r")\s*$"),
        correction=phrase_pattern(pack.raw.get("correction_markers", []) or ["\x00"]),
        scope_whole=phrase_pattern(pack.raw.get("scope_whole", []) + (pack.raw.get(
            "clause_words", {}) or {}).get("area_wholes", []) or ["\x00"]),
        # whole-scope words that are the places a sentence lists, when it lists them ("in the
        # Netherlands and Belgium ..., as both countries")
        scope_whole_of_places=frozenset(w.lower() for w in pack.raw.get(
            "scope_whole_of_places", [])),
        part_before_marker=_part_pattern(pack, "part_markers_after_name", name_first=True),
        part_after_marker=_part_pattern(pack, "part_markers_before_name", name_first=False),
        part_marker=re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, pack.raw.get(
            "part_markers", []) or ["\x00"])) + r")(?![\w-])(?!\s+(?:" + "|".join(map(
                re.escape, pack.raw.get("part_markers_not_before", []) or ["\x00"]))
            + r")(?![\w-]))", re.IGNORECASE),
        part_opener=_part_opener(pack),
        shelter_stay=phrase_pattern(pack.raw.get("shelter", {}).get("stay", []) or ["\x00"]),
        # (one venue: not one of a list, "in sporthallen en scholen", "or with relatives")
        shelter_venue=re.compile(
            r"(?<![\w-])(?:" + "|".join(map(re.escape, pack.raw.get("shelter", {}).get(
                "venues", []) or ["\x00"])) + r")(?![\w-])(?!\s+(?:" + "|".join(map(
                    re.escape, [*pack.conjunctions, "or"])) + r")(?![\w-]))", re.IGNORECASE),
        shelter_not_with=phrase_pattern(pack.raw.get("shelter", {}).get("not_with", [])
                                        or ["\x00"]),
        shelter_all_words=frozenset(w.lower() for w in pack.raw.get("shelter", {}).get(
            "all_words", [])),
        part_marker_not_after=frozenset(w.lower() for w in pack.raw.get(
            "part_markers_not_after", [])),
        remainder_before=words_before(pack.raw.get("remainder_before", [])),
        remainder_article=words_before(pack.raw.get("remainder_articles", [])),
        remainder_after=re.compile(r"\s+(?:" + trie_regex(pack.raw.get(
            "remainder_after", []) or ["\x00"]) + r")(?![\w-])", re.IGNORECASE),
        part_place_nouns=frozenset(w.lower() for w in pack.raw.get("part_place_nouns", [])),
        addressee_verbs=frozenset(w.lower() for w in attribution.get("addressee_verbs", [])),
        report_negations=frozenset(w.lower() for w in attribution.get("report_negations", [])),
        report_refusals=frozenset(w.lower() for w in attribution.get("report_refusals", [])),
        objects_not_reported=_objects_not_reported(
            attribution.get("objects_not_reported") or {}, pack.articles),
        modal_hedges=frozenset(w.lower() for w in hedges.get("modals", [])),
        zero_degree=phrase_pattern(pack.raw.get("zero_degree_words", []) or ["\x00"]),
        zero_people=frozenset(w.lower() for w in pack.raw["numbers"].get("zero_people", [])),
        injury_degrees=tuple((group, phrase_pattern(phrases)) for group, phrases in (
            pack.raw.get("injury_degrees", {}) or {}).items()),
        zero_of_group=re.compile(r"\s+(?i:" + "|".join(map(re.escape, pack.raw["numbers"].get(
            "zero_of", []) or ["\x00"])) + r")\s+(?i:" + "|".join(map(re.escape, pack.raw[
                "numbers"].get("zero_of_determiners", []) or ["\x00"]))
            + r")(?:\s+\d[\d.,]*)?\s+([^\W\d_][\w'-]*)"),
        relational_persons=frozenset(w.lower() for w in pack.raw.get("relational_persons", [])),
        others_words=frozenset(w.lower() for w in grammar.get("others_words", [])),
        ordinal_of=_ordinal_of(pack.raw),
        deontic=re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, hedges.get(
            "deontic_after_modal", []) or ["\x00"])) + r")(?![\w-])", re.IGNORECASE),
        not_hedges=phrase_pattern(hedges.get("not_hedges", []) or ["\x00"]),
        modal_clause_end=re.compile(r":\s|(?<![\w-])(?:" + "|".join(map(re.escape, hedges.get(
            "modal_clause_openers", []) or ["\x00"])) + r")(?![\w-])", re.IGNORECASE),
        counterfactual=re.compile(r"(?<![\w'-])(?:" + "|".join(map(
            re.escape, hedges.get("counterfactual", []) or ["\x00"]))
            + r")(?![\w'-])(?!\s+to\b)", re.IGNORECASE),
        counterfactual_condition=phrase_pattern(hedges["counterfactual_conditions"])
        if hedges.get("counterfactual_conditions") else None,
        # (a few words may stand between: "zou zelfs nog hoger", "would have been far higher")
        counterfactual_comparison=re.compile(r"(?:\s+[^\W\d_][\w'-]*){0,6}?\s+(?i:" + "|".join(
            map(re.escape, comparison.get("comparatives", []) or ["\x00"])) + r")(?![\w-])"),
        counterfactual_comparison_condition=phrase_pattern(
            comparison.get("conditions", []) or ["\x00"]),
        # (an article and a word may stand between: "in plaats van de beloofde 300"; not two
        # words of a clause: "in plaats van zaterdag werden 12")
        instead_of=re.compile(r"(?<![\w'-])(?:" + "|".join(map(
            re.escape, hedges.get("instead_of", []) or ["\x00"])) + r")(?:\s+(?:" + "|".join(
                map(re.escape, articles_of_nouns)) + r"))?(?:\s+[^\W\d_][\w'’-]*)?"
            r"\s+(?:[$€£]\s*)?$", re.IGNORECASE),
        quoted_name_after=frozenset(w.lower() for w in attribution.get("quoted_name_after", [])),
        # a figure per a number of people or things, its noun between, is a rate ("3 deaths
        # per million", "14 per 100.000 inwoners")
        # (not a date: "220.000 inwoners per 1 januari")
        rate_after=re.compile(
            r"\s*(?:[^\W\d][\w'’-]*\s+){0,2}?(?:"
            + "|".join(map(re.escape, numbers.get("rate_words", []) or ["\x00"]))
            + r")\s+(?:\d[\d.,]*(?![\d.,])(?!\s*(?:" + "|".join(map(re.escape, pack.months))
            + r"))|(?:" + "|".join(map(re.escape, [*numbers.get("scales", {}),
                                                   *numbers.get("rate_base_words", [])]))
            # (not a time before or after: "a year ago", "een jaar geleden")
            + r")(?![\w-])(?!\s+(?:" + "|".join(map(re.escape, numbers.get(
                "rate_not_after", []) or ["\x00"])) + r")(?![\w-])))", re.IGNORECASE),
        clause_joint=re.compile(r";|,\s*(?:" + "|".join(map(re.escape, pack.raw.get(
            "conjunctions", []) + grammar.get("concessives", []) or ["\x00"]))
            + r")(?![\w-])", re.IGNORECASE),
        subject_trailers=frozenset(w.lower() for w in grammar.get("subject_trailers", [])),
        infinitive_markers=frozenset(w.lower() for w in grammar.get("infinitive_markers", [])),
        infinitive_openers=frozenset(w.lower() for w in grammar.get("infinitive_openers", [])),
        subject_leaders=frozenset(w.lower() for w in grammar.get("subject_leaders", [])),
        subordinators=frozenset(w.lower() for w in attribution.get("subordinators", [])),
        adjective_endings=tuple(attribution.get("adjective_endings", [])) or ("\x00",),
        attributive_endings=tuple(attribution.get("attributive_endings", [])) or ("\x00",),
        quote_openers=tuple(quote_openers),
        speaker_label=re.compile(
            r"((?:[^\W\d_][\w'’-]*\.?\s+|(?:" + "|".join(map(re.escape, grammar.get(
                "name_particles", []) or ["\x00"])) + r")\s+){0,3}[^\W\d_][\w'’-]+):\s*(?:"
            + "|".join(map(re.escape, quote_openers)) + ")"),
        speaker_label_not=frozenset(w.lower() for w in attribution.get("speaker_label_not", [])),
        speaker_titles=tuple(w.lower() for w in attribution.get("speaker_titles", [])) or ("\x00",),
        quote_closers=frozenset(quote_closers),
        quote_mark=re.compile("|".join(map(re.escape, sorted(
            set(quote_openers) | set(quote_closers), key=len, reverse=True)))),
        object_subordinators=frozenset(
            w.lower() for w in attribution.get("object_subordinators", [])),
        object_openers=frozenset(w.lower() for w in attribution.get("object_openers", [])),
        inversion_words=frozenset(w.lower() for w in attribution.get("inversion_words", [])),
        inverting_verbs=frozenset(w.lower() for w in attribution["inverting_verbs"])
        if "inverting_verbs" in attribution else None,
        # (at most two words between, no conjunction or preposition: "killed 2,100 people and
        # injured more than 7,000", "40 arrests in more than 10 cities"; a number after "than"
        # is looked at where it is used)
        comparative=re.compile(
            r"[ \t]+(?:(?!(?:" + "|".join(map(re.escape, pack.raw.get("conjunctions", [])
                                            + grammar.get("prepositions", []) or ["\x00"]))
            + r")[ \t])[^\W\d]+[ \t]+){0,2}?"
            r"(?:" + "|".join(map(re.escape, (grammar.get("comparative", {}) or {}).get(
                "words", []) or ["\x00"])) + r")(?![\w-])"
            r"[^,.;:!?]{0,40}?(?<![\w-])(?:" + "|".join(map(re.escape, (grammar.get(
                "comparative", {}) or {}).get("than", []) or ["\x00"])) + r")(?![\w-])",
            re.IGNORECASE),
        clause_break=re.compile(r"[,.;:!?\"“”]|(?<![\w-])(?:" + "|".join(map(
            re.escape, pack.raw.get("conjunctions", []) or ["\x00"])) + r")(?![\w-])",
            re.IGNORECASE),
        clause_closes=re.compile(r"\s*(?:[,.;:!?\"“”'’)]|$|(?:" + "|".join(map(
            re.escape, (pack.raw.get("clause_words", {}) or {}).get("complementisers", [])
            or ["\x00"])) + r")(?![\w-]))", re.IGNORECASE),
        place_or_origin=frozenset(w.lower() for w in pack.raw.get("places_prepositions", [])
                                  + pack.raw.get("origin_prepositions", [])),
        split_closings=CueSet({str(i): frame["closing"] for i, frame in enumerate(
            attribution.get("split_reports", []))}),
        split_verbs={str(i): frozenset(v.lower() for v in frame["verbs"]) for i, frame in
                     enumerate(attribution.get("split_reports", []))},
        split_must_close=frozenset(str(i) for i, frame in enumerate(
            attribution.get("split_reports", [])) if frame.get("must_close")),
        quote_verbs=frozenset(w.lower() for w in attribution.get("quote_verbs", [])),
        figure_speech_verbs=frozenset(w.lower() for w in attribution.get(
            "speech_verbs_of_a_figure", [])),
        count_verbs=frozenset(w.lower() for w in attribution.get("count_verbs", [])),
        verb_second=attribution.get("verb_second") is True,
        report_object_openers=frozenset(w.lower() for w in attribution.get(
            "report_object_openers", [])),
        clause_after_object=frozenset(w.lower() for w in (
            attribution.get("subordinators", []) + attribution.get("object_clause_openers", [])
            + attribution.get("reported_clause_openers", []))),
        time_after=frozenset(w.lower() for w in attribution.get("report_object_times", [])),
        place_prepositions=frozenset(w.lower() for w in pack.raw.get(
            "places_prepositions", [])),
        origin_prepositions=frozenset(w.lower() for w in pack.raw.get(
            "origin_prepositions", [])),
        prepositions=frozenset(w.lower() for w in grammar.get("prepositions", [])),
        name_particles=frozenset(w.lower() for w in grammar.get("name_particles", [])),
        # a person's full name between commas just before a reporting verb, after a noun
        # phrase ("Obama's press secretary, Ben LaBolt, said"; "de burgemeester, Jan de Vries,")
        name_apposition=re.compile(r"[^\W\d_'’]\s*,\s*((?:[^\W\d_][\w.'’-]*\s+){1,4}"
                                   r"[^\W\d_][\w'’-]*)\s*,\s*$"),
        passive_auxiliaries=frozenset(w.lower() for w in grammar.get("passive_auxiliaries", [])),
        modal_auxiliaries=frozenset(w.lower() for w in grammar.get("modal_auxiliaries", [])),
        progressive_auxiliaries=frozenset(
            w.lower() for w in grammar.get("progressive_auxiliaries", [])),
        progressive_ending=grammar.get("progressive_ending"),
        pronouns=frozenset(w.lower() for w in grammar.get("pronouns", [])),
        finite_auxiliaries=frozenset(w.lower() for w in grammar.get("finite_auxiliaries", [])),
        day_part_after=bool(pack.raw["dates"].get("day_part_in_clause_after")),
        possessives=frozenset(w.lower() for w in grammar.get("possessives", [])),
        firm_possessives=frozenset(w.lower() for w in grammar.get("firm_possessives", [])),
        copular_partitive=re.compile(
            r"(?<![\w-])(?:" + "|".join(map(re.escape, grammar.get("copulas", []) or ["\x00"]))
            + r")\s+(?:" + "|".join(map(re.escape, grammar.get("copular_partitives", [])
                                         or ["\x00"])) + r")(?![\w-])", re.IGNORECASE),
        agent_words=phrase_pattern(grammar.get("agent_words", []) or ["\x00"]),
        # a lower-case noun, then the link, then the person ("the father of ", "de vader van de ")
        possessor_links=frozenset(w.lower() for w in grammar.get("possessor_links", [])),
        possessor=re.compile(r"(?<![\w-])(?-i:[a-z][\w-]*)\s+(?:" + "|".join(map(
            re.escape, grammar.get("possessor_links", []) or ["\x00"])) + r")\s+(?:(?:"
            + "|".join(map(re.escape, pack.articles)) + r")\s+)?$", re.IGNORECASE),
        inverted_pronouns=frozenset(w.lower() for w in grammar.get("inverted_pronouns", [])),
        # (in a language that puts its verb second, a day and a place may come between:
        # "arresteerde zaterdag in Tiel een 34-jarige man")
        object_gap=re.compile(r"[ \t]+(?:(?:" + "|".join(map(re.escape, grammar.get(
            "inverted_pronouns", []) or ["\x00"])) + r")[ \t]+)?" + (
            day_and_place_after_verb(code) if attribution.get("verb_second") is True else ""),
            re.IGNORECASE),
        person_passive=words_before(grammar["person_passive"], r"(?:\w+\s+)?")
        if grammar.get("person_passive") else None,
        intransitive=frozenset(w.lower() for w in grammar.get("intransitive_predicates", [])),
        relative_passive=frozenset(w.lower() for w in grammar.get("relative_passive", [])),
        # (with the words that open any other clause)
        inversion_stops=frozenset(w.lower() for w in grammar.get("inversion_stops", [])
                                  + grammar.get("relative_pronouns", [])
                                  + attribution.get("subordinators", [])) | pack.conjunctions,
        toll_raiser=phrase_pattern(grammar.get("toll_raisers", []) or ["\x00"]),
        correction_turn=re.compile("|".join(
            re.escape(t) if not t[:1].isalpha() else rf"(?<![\w-]){re.escape(t)}(?![\w-])"
            for t in pack.raw.get("correction_turns", [])) or "\x00", re.IGNORECASE),
        part_of_group=re.compile(r"\s+(?:" + "|".join(map(re.escape, sorted(numbers.get(
            "part_of_group", []), key=len, reverse=True)) or ["\x00"]) + r")\s+$",
            re.IGNORECASE),
        list_closer=re.compile(r"(?<![\w-])(?:" + coordinators + r")\s", re.IGNORECASE),
        # (a word of its own: "hebben " ends in "en" too)
        coordinator=re.compile(r"\s*(?<![\w-])(?:" + coordinators + r")(?:\s+(?:" + "|".join(
            map(re.escape, numbers.get("coordinator_sequels", []) or ["\x00"]))
            + r"))?\s*(?:[$€£]\s*)?$", re.IGNORECASE),
        list_place=re.compile(r"(?<![\w-])(?i:" + "|".join(map(re.escape, pack.raw.get(
            "list_place_prepositions", []) or ["\x00"])) + r")\s+([A-Z][\w'-]+)"),
        # the coordinator, then at most three articles or names ("en de PvdA")
        gapped_after=re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, numbers.get(
            "gapped_after", []) or ["\x00"])) + r")(?:\s+(?:" + "|".join(map(
                re.escape, pack.raw.get("articles", []) or ["\x00"]))
            + r"|[A-Z][\w'.-]*)){0,3}(?:\s+(?i:" + "|".join(map(re.escape, numbers.get(
                "gapped_emphasis", []) or ["\x00"])) + r"))?\s*\(?\s*$"),
        # a list of owners' results goes on after a comma too (", het CDA 9 en D66 4")
        owners_listed_after=re.compile(r",(?:\s+(?:" + "|".join(map(
            re.escape, pack.raw.get("articles", []) or ["\x00"]))
            + r"|[A-Z][\w'.-]*)){1,3}\s*$"),
        # (a one-word owner: "Klaver (32)" after a list is more often an age)
        owners_in_parentheses=re.compile(r"(?:\s+[^\W\d][\w-]*)?\)\s*(?:,|\s+(?i:" + "|".join(
            map(re.escape, numbers.get("gapped_after", []) or ["\x00"])) + r"))\s+(?:(?i:"
            + "|".join(map(re.escape, pack.raw.get("articles", []) or ["\x00"]))
            + r")\s+)?[A-Z][\w'./&-]*\s*\(\s*"),
        # ... and its next owner may follow ("het CDA 9 en D66 4")
        owners_listed_follower=re.compile(r"\s+(?i:" + "|".join(map(
            re.escape, numbers.get("gapped_after", []) or ["\x00"])) + r")\s+(?:(?i:"
            + "|".join(map(re.escape, pack.raw.get("articles", []) or ["\x00"]))
            + r")\s+)?[A-Z]"),
        elided_noun=re.compile(r"(?<![\w-])(?i:" + "|".join(map(re.escape, numbers.get(
            "elided_noun_pronouns", []) or ["\x00"])) + r")(?:\s+[^\W\d_]+){0,3}\s*$"),
        # ... then the clause's end, a word of `gapped_followers`, or a preposition before a
        # name or a day ("and 4 on Sunday"; not "with 14 in critical condition")
        gapped_follower=re.compile(r"\)?\s*(?:[.,;:!?)]|$)|\s+(?i:" + "|".join(map(
            re.escape, numbers.get("gapped_followers", []) or ["\x00"])) + r")(?![\w-])"
            + r"|\s+(?i:" + "|".join(map(re.escape, numbers.get("gapped_place_words", [])
                                          or ["\x00"])) + r")\s+(?:(?i:" + "|".join(map(
                re.escape, pack.raw.get("articles", []) or ["\x00"])) + r")\s+)?[A-Z]"),
        place_list=re.compile(r"(?:,\s*[A-Z][\w'-]+)*,?\s+(?:" + "|".join(map(
            re.escape, numbers.get("coordinators", []) or ["\x00"])) + r")\s+(?:[A-Z][\w'-]+|"
            r"(?i:" + "|".join(map(re.escape, pack.raw.get("places_around", []) or ["\x00"]))
            + r")(?![\w-]))"),
        # "six arrests Wednesday, compared to 47 the night before": the second is the past
        compared_with=words_before(numbers.get("compared_with", []), CURRENCY),
        present=phrase_pattern(numbers.get("present_words", []) or ["\x00"]),
        # verbs by their stem ("gekost", "donated"); nouns of money as whole words ("winst",
        # never "winstgevend"; "owed", never "Owens")
        money_verbs=re.compile(r"(?<![\w-])(?!" + "|".join(map(re.escape, pack.raw.get(
            "money_verb_stems_not", []) or ["\x00"])) + r")(?:(?:" + "|".join(map(
                re.escape, pack.raw.get("money_verb_stems", []) or ["\x00"])) + r")\w*|(?:"
            + "|".join(map(
                re.escape, pack.raw.get("money_nouns", []) or ["\x00"])) + r")(?![\w-]))",
            re.IGNORECASE),
        # "rose from 37 to 52", "steeg van 37 naar 52": the first is the past
        change_to=change_to_pattern(pack.code),
        not_place=re.compile(r"^(?:" + "|".join(map(re.escape, pack.raw.get(
            "not_places", []) or ["\x00"])) + r")\b"),
        months_and_days=frozenset(pack.months) | frozenset(pack.weekdays)
        | frozenset(pack.raw.get("month_abbreviations", [])),
        fronted_times=frozenset(pack.months) | frozenset(pack.weekdays)
        | frozenset(pack.raw.get("month_abbreviations", []))
        | frozenset(w.lower() for w in grammar.get("fronted_time_words", [])),
        # ", which draws its support from ...,": an aside between a subject and its verb
        relative_aside=re.compile(r",\s*(?:" + "|".join(map(re.escape, grammar.get(
            "relative_pronouns", []) or ["\x00"])) + r")\b[^,;:]*,", re.IGNORECASE),
        # (the joiners of figures that also join clauses: "en", "and"; not "tegen", "versus")
        coordinated_person=re.compile(r"[ \t]+(?:" + "|".join(map(re.escape, sorted(
            set(numbers.get("coordinators", [])) & pack.conjunctions) or ["\x00"]))
            + r")[ \t]+(?:(?:" + "|".join(map(re.escape, (
                grammar.get("possessives", []) or []) + list(pack.articles) or ["\x00"]))
            + r")[ \t]+)?[^\W\d_][\w-]*(?:[ \t]*\(\d{1,3}\)|,[ \t]*\d{1,3},)?(?=[ \t])",
            re.IGNORECASE),
        # (past a short phrase of the person's own: "van een scootmobiel")
        person_aside=re.compile(r"(?:[ \t]+(?:" + "|".join(map(re.escape, grammar.get(
            "prepositions", []) or ["\x00"])) + r")[ \t][^,;:.()]{0,40}?)?[ \t]*,?[ \t]*(?:"
            + "|".join(map(re.escape, grammar.get("relative_pronouns", []) or ["\x00"]))
            + r")(?![\w-])[^,;:]*,", re.IGNORECASE),
        # ", speaking on Sunday,", ", a spokesman for the city,", ", who ...,", ", head of
        # the agency,": an aside between a reporting verb and its subject (or a short tag:
        # ", R-Texas,", ", 45,")
        aside_before_verb=re.compile(r",\s*(?:(?:(?:" + "|".join(map(re.escape, sorted(
            list(grammar.get("relative_pronouns", [])) + list(pack.articles)
            + list(attribution.get("reporters", [])), key=len, reverse=True)) or ["\x00"])
            + r")(?![\w-])|\w+(?:" + "|".join(map(re.escape, grammar.get(
                "participle_suffixes", []) or ["\x00"])) + r")(?![\w-])"
            + r"|(?-i:[a-z])[\w'’-]*\s+(?:" + "|".join(map(re.escape, grammar.get(
                "title_links", []) or ["\x00"])) + r")\s)[^,;:\"“”]*"
            r"|(?-i:[A-Z\d])[\w.-]*)\s*,\s*$", re.IGNORECASE),
        # "admitted that", "admitted there's": a quotation verb reporting a clause
        reported_clause=re.compile(r"\s+(?:" + "|".join(map(re.escape, attribution.get(
            "reported_clause_openers", []) or ["\x00"])) + r")(?![\w-])", re.IGNORECASE),
        clause_openers=frozenset(w.lower() for w in attribution.get("reported_clause_openers",
                                                                    [])),
        relative_pronouns=frozenset(w.lower() for w in grammar.get("relative_pronouns", [])),
        beliefs_not_before=frozenset(w.lower() for w in hedges.get("beliefs_not_before", [])),
        possessive_relatives=frozenset(w.lower() for w in grammar.get(
            "possessive_relative_pronouns", [])),
        relative_adverbs=frozenset(w.lower() for w in grammar.get("relative_adverbs", [])),
        participles=frozenset(w.lower() for w in attribution.get("participles", [])),
        adverbial_reports=frozenset(w.lower() for w in attribution.get("adverbial_reports", [])),
        time_openers=frozenset(w.lower() for w in attribution.get("time_openers", [])),
        noun_of=re.compile(r"\s+[^\W\d_][\w'’-]*\s+(?:" + "|".join(map(re.escape, grammar.get(
            "noun_of", []) or ["\x00"])) + r")\s+", re.IGNORECASE),
        list_opener=re.compile(r"(?:\s+[^\W\d_][\w'’-]*){0,2},\s*(?:" + "|".join(map(
            re.escape, partitive_words(numbers) or ["\x00"])) + r")\s+", re.IGNORECASE),
        word_list=re.compile(r"(?<![\w-])[^\W\d_]+(?:,\s*[^\W\d_]+)+,?\s+(?:" + "|".join(
            map(re.escape, [c for c in numbers.get("coordinators", []) if " " not in c
                            and c.isalpha()] or ["\x00"])) + r")\s+[^\W\d_]+"),
        # "In the poll, ...", "In het rapport staat ...": a document as the sentence's source
        document_opener=_document_opener(attribution, grammar, attribution.get("documents", []),
                                         verb_after=True),
        # "In dezelfde peiling scoorde ...": a poll, with its determiner, and any verb second
        poll_opener=_document_opener(attribution, grammar, attribution.get("polls", []),
                                     verb_after=False)
        if attribution.get("verb_second") is True else None,
        document_determiners=frozenset(w.lower() for w in attribution.get(
            "document_demonstratives", []) + pack.raw.get("articles", [])
            + grammar.get("possessives", [])),
        not_verbs=frozenset(w.lower() for w in grammar.get("prepositions", [])
                            + pack.raw.get("articles", []) + grammar.get("name_particles", [])
                            + pack.raw.get("conjunctions", [])),
        document_closer=re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, attribution.get(
            "document_prepositions", []) or ["\x00"])) + r")\s+((?:[\w'’.-]+\s+){0,3}?(?:"
            + "|".join(map(re.escape, attribution.get("closing_documents", []) or ["\x00"]))
            + r")(?![\w-])(?:\s+(?:" + "|".join(map(re.escape, attribution.get(
                "document_links", []) or ["\x00"])) + r")\s+[\w'’.&-]+(?:\s+(?:(?-i:[A-Z])"
            r"[\w'’.&-]*|" + "|".join(map(re.escape, grammar.get("name_particles", []) or [
                "\x00"])) + r"))*)?)\s*[.!?]?[\"'”’]*\s*$", re.IGNORECASE),
        # "the documents show", "tax returns, showing that": the document is the source of
        # what follows (a noun phrase of at most one word and the document's noun)
        document_report=re.compile(r"(?<![\w-])((?:[\w'’.-]+\s+)?(?:" + "|".join(map(
            re.escape, attribution.get("documents", []) or ["\x00"])) + r"))\s*,?\s+(?:"
            + "|".join(map(re.escape, attribution.get("document_report_verbs", [])
                           or ["\x00"])) + r")(?![\w-])"
            # (a poll gives its figures: "De exitpoll geeft de VVD twaalf zetels")
            r"|(?<![\w-])((?:[\w'’.-]+\s+)?(?:" + "|".join(map(
                re.escape, attribution.get("polls", []) or ["\x00"]))
            + r"))\s*,?\s+(?:" + "|".join(map(re.escape, attribution.get(
                "poll_report_verbs", []) or ["\x00"])) + r")(?![\w-])", re.IGNORECASE),
        document_report_verb=phrase_pattern(attribution.get("document_report_verbs", [])
                                            + attribution.get("poll_report_verbs", [])
                                            or ["\x00"]),
        # "De peilingen voorspelden 20 zetels, maar het werden er 14": a document's report
        # ends at a turn of the sentence
        document_report_end=re.compile(r";|,?\s+(?:" + "|".join(map(re.escape, attribution.get(
            "document_report_turns", []) or ["\x00"])) + r")(?![\w-])(?!\s+(?:" + "|".join(
                map(re.escape, attribution.get("document_report_turns_not_before", [])
                    or ["\x00"])) + r")(?![\w-]))", re.IGNORECASE),
        denied_before=re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, numbers.get(
            "negations", []) or ["\x00"])) + r")\s+(\S+(?:\s+\S+)?)\s*$", re.IGNORECASE),
        # ... and so does a hedge's or a source's reach in a sentence, at a semicolon or a
        # turn after a comma (not "maar twee", "niet vijf maar zeven": "only", "but rather")
        clause_turn=re.compile(r";|,\s*(?:" + "|".join(map(re.escape, attribution.get(
            "document_report_turns", []) or ["\x00"])) + r")(?![\w-])(?!\s+(?:" + "|".join(
                map(re.escape, attribution.get("document_report_turns_not_before", [])
                    or ["\x00"])) + r")(?![\w-]))", re.IGNORECASE),
        elided_after=attribution.get("elided_subject_after"),
        verb_endings=tuple(attribution.get("verb_endings", [])) or ("\x00",),
        # "stelde ... bij": a verb whose particle ends its clause, or stands just before a
        # preposition ("bij naar 330.000 euro"), reports nothing; "stelde dat bij de aanslag"
        # is a preposition
        not_reports_with={verb.lower(): re.compile(r"(?<![\w-])(?:" + "|".join(
            map(re.escape, words)) + r")(?:\s*$|\s+(?:" + "|".join(map(re.escape, grammar.get(
                "prepositions", []) or ["\x00"])) + r")(?![\w-]))", re.IGNORECASE)
            for verb, words in (attribution.get("not_reports_with") or {}).items()},
        bystanders=frozenset(w.lower() for w in hedges.get("bystanders", []) or []),
        # "accused of spending $750,000": an accusation the figure is part of
        accusation=re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, pack.raw.get(
            "hedges", {}).get("accusations", []) or ["\x00"])) + r")(?![\w-])"
            + r"|(?<![\w-])(?:" + "|".join(map(re.escape, accuser.get("verbs", []) or ["\x00"]))
            + r")(?![\w-])[^,;:.]{1,50}?(?<![\w-])(?:" + "|".join(map(re.escape, accuser.get(
                "then", []) or ["\x00"])) + r")(?![\w-])", re.IGNORECASE),
        # "Verder meldt ...", "In addition, ...": a sentence opening as a report goes on
        inherit_openers=re.compile(r"\s*[\"“]?(?:" + "|".join(map(re.escape, attribution.get(
            "inherit_openers", []) or ["\x00"])) + r")(?![\w-])", re.IGNORECASE),
        # "onder de (40) doden", "among the nine dead": group 1, the group's noun (two words
        # for "dodelijke slachtoffers")
        partitive_among=re.compile(among, re.IGNORECASE),
        partitive_opening=re.compile(r"[\s\"“]*" + group_after("partitive_opening"),
                                     re.IGNORECASE),
        # ... after the figure, its noun and a copula ("Vijf toeristen bevinden zich onder de
        # gewonden"; not "were not among the dead")
        copular_among=re.compile(r"(?:\s+[^\W\d_][\w'-]*){0,2}?\s+(?:" + "|".join(map(
            re.escape, grammar.get("copulas", []) or ["\x00"])) + r")(?:\s+(?:" + "|".join(map(
                re.escape, grammar.get("copula_fillers", []) or ["\x00"])) + r"))?\s+" + among,
            re.IGNORECASE),
        # what parts a figure from the group named before it: a clause's punctuation
        among_break=re.compile(r"[,;:()—–]"),
        # "Six of the injured": the words after the number, then the word they name
        partitive_of=re.compile(r"\s+(?:" + "|".join(map(re.escape, numbers.get(
            "partitive_of", []) or ["\x00"])) + r")\s+([^\W\d_][\w'-]*)", re.IGNORECASE),
        # "Dat meldt de politie.", "That's according to the ministry.": a sentence reporting
        # the one before it
        back_reference=re.compile(r"\s*[\"“]?(?:" + "|".join(map(re.escape, attribution.get(
            "back_reference", []) or ["\x00"])) + r")\s+(?:(?:" + "|".join(map(re.escape, sorted(
                attribution.get("speech_verbs", []) + attribution.get("before_source", []),
                key=len, reverse=True)) or ["\x00"]) + r")(?![\w-]))", re.IGNORECASE),
        # "..., and Trump announced": a conjunction opening a clause, its subject, the verb
        coordinated_report=re.compile(r"(?:" + "|".join(map(re.escape, pack.raw[
            "attribution"].get("clause_conjunctions", []) or ["\x00"]))
            + r")\s+[^,;:\"“”]{1,80}$", re.IGNORECASE),
        owned_change=phrase_pattern(pack.raw.get("owned_change_words", []) or ["\x00"]),
        # "won by 80,000 votes": a margin, the word right before the figure
        owned_margin=words_before(pack.raw.get("owned_margin_before", []) or ["\x00"]),
        # "won er 20 zetels bij.": the counted noun, then one of these ending the clause
        owned_change_after=re.compile(r"\s*\S+\s+(?:" + "|".join(map(re.escape, pack.raw.get(
            "owned_change_after", []) or ["\x00"])) + r")\s*(?:[.,;:!?]|$)", re.IGNORECASE),
        joint_total=phrase_pattern(pack.raw.get("owned_joint_words", []) or ["\x00"]),
        not_owner=re.compile("(?:" + "|".join(map(re.escape, pack.raw.get(
            "not_owners", []) or ["\x00"])) + ")", re.IGNORECASE),
        sentence_openers=frozenset(w.lower() for w in (
            list(pack.articles) + list(grammar.get("prepositions", []))
            + list(grammar.get("pronouns", [])) + list(grammar.get("possessives", []))
            + list(pack.raw["attribution"].get("before_source", [])))),
    )


def extract_claims(article_id: str, text: str, pack: LanguagePack) -> list[Claim]:
    """Every numeric claim about a metric of the pack's vocabulary, in text order."""
    found = find_quantities(text, pack)
    predicates = _ByStart(predicate_cues(text, pack))
    quantities = _ByStart(found + _singular_persons(text, pack, found, predicates.items))
    metric_words = _ByStart(predicates.items + grounding_words(pack.code).noun_anywhere.find(text))
    subject_cues = _ByStart(pack.subjects.find(text))
    not_hedges = claim_words(pack.code).not_hedges
    hedge_cues = _ByStart([c for c in pack.hedges.find(text) if not any(
        m.start() <= c.start and c.end <= m.end()
        for m in not_hedges.finditer(text, max(0, c.start - 30), c.end + 30))])
    preposition_cues = _ByStart(pack.attribution.find(text))
    grammar = claim_words(pack.code)
    verb_cues = _ByStart(sorted((c for c in pack.speech_verbs.find(text) + _split_reports(
        text, pack) if not _reports_nothing(text, c, grammar)), key=lambda c: c.start))
    claims: list[Claim] = []
    split = sentences(text, pack)
    previous_metrics: list[Cue] = []
    previous_claims: list[Claim] = []
    claims_sentence = -2  # the index of the sentence previous_claims were made in
    # the article's last figures of each metric, where a part's whole is looked for
    recent_by_metric: dict[str, deque[Claim]] = {}
    previous_paragraph = -1
    # the metric of a figure a correction denied, and in which sentence (it lends its metric
    # to a bare figure of that sentence or the next: "...; dat waren er ongeveer 1.200")
    denied_before: str | None = None
    denied_subject: str | None = None  # ... and whose count it was ("410 Nederlanders")
    denied_in = -2
    # the sentence whose sources a later "van hen", "also" inherits; read only when needed
    # the last sentence that named a source, its sources (None: not read yet) and its index
    source_sentence: tuple[Sentence, list[Attribution] | None, int] | None = None

    def sources_of(sentence: Sentence, inside: list[Quantity]) -> list[Attribution]:
        return _attributions(text, sentence, pack, inside,
                             preposition_cues.within(sentence.start, sentence.end),
                             verb_cues.within(sentence.start, sentence.end))

    quoting, quoted_to = False, 0  # a quotation open before the sentence, read up to where
    quote_speaker: str | None = None
    # ... and the one taken from a sentence opening with a title and a name before it, which a
    # closing "Dat zegt X" after the quotation outweighs
    lead_in_speaker: str | None = None
    for index, sentence in enumerate(split):
        inside = quantities.within(sentence.start, sentence.end)
        metrics_here = metric_words.within(sentence.start, sentence.end)
        if sentence.paragraph != previous_paragraph:
            source_sentence, previous_metrics, previous_claims = None, [], []
            quoting, quoted_to = False, sentence.start
        previous_paragraph = sentence.paragraph
        quoting = _quotation_open(text[quoted_to:sentence.start], quoting, grammar)
        quoted_to = sentence.start
        opener = next((mark for mark in grammar.quote_openers
                       if text.startswith(mark, sentence.start)), None)
        if opener:
            # a quotation is said by the one its closing reporting clause names, else, when it
            # opens right after a sentence naming a speaker (",,Roken verklaart 20 procent
            # ...''" after "..., zegt Mackenbach."), by them to its end; not when it closes
            # inside its first sentence (a quoted term); never by a pronoun
            quote_speaker, named = None, []
            closed = _quotation_close(text, sentence.start + len(opener), grammar)
            reported_after = closed is not None and text[closed - 1] != "." and (
                verb_cues.within(closed, closed + 40) or preposition_cues.within(
                    closed, closed + 40))
            if reported_after:
                # ",,Dat is onzin. Er zijn 300 opgepakt. Echt waar,'' zegt X": X's throughout
                holder = next((s for s in split[index:] if s.start <= closed < s.end), None)
                named = [a for a in (sources_of(holder, []) if holder else [])
                         if a.position >= closed][:1]
            elif closed is None or not re.search(r"\w", text[closed:sentence.end]):
                if source_sentence is not None and source_sentence[2] == index - 1:
                    named = source_sentence[1] if source_sentence[1] is not None \
                        else sources_of(source_sentence[0], [])
                elif index and split[index - 1].paragraph == sentence.paragraph and (
                        subject := _subject_named(text, split[index - 1], grammar, pack)):
                    quote_speaker = lead_in_speaker = subject  # "Dierenarts Marieke ..."
            if named and not set(named[-1].source.lower().split()) <= grammar.pronouns \
                    | pack.articles:
                quote_speaker = named[-1].source
        elif speaker := _speaker_label(text, sentence, grammar, pack):
            quote_speaker = speaker  # 'Spaan: "Ik heb een boete van 75 euro ...': Spaan's
        elif not quoting:
            quote_speaker = None
        if previous_claims and claims_sentence == index - 1 \
                and grammar.back_reference.match(text, sentence.start, sentence.end):
            # "... zestien doden. Dat meldt het ministerie.": the report of the sentence before
            sources = sources_of(sentence, [])
            part = _latest_day_part(text, sentence, pack) if sources else None
            for claim in previous_claims:
                if sources and (claim.attributed_to is None
                                or claim.attributed_to == lead_in_speaker):
                    claim.attributed_to = sources[0].source
                    if claim.day_part is None and part is not None:
                        claim.day_part, claim.day_part_weekday = part.part, part.weekday
        if not inside:
            if metrics_here:
                previous_metrics = metrics_here
            if preposition_cues.within(sentence.start, sentence.end) or verb_cues.within(
                    sentence.start, sentence.end):
                source_sentence = (sentence, None, index)
            continue
        predicates_here = predicates.within(sentence.start, sentence.end)
        # a number inside a metric's own phrase is part of its words, no figure ("geen dak
        # meer boven hun hoofd")
        inside = [q for q in inside if not any(c.start <= q.start and q.end <= c.end
                                               for c in predicates_here)]
        attributions = sources_of(sentence, inside)
        source_spans = [(found, found + len(a.source)) for a in attributions
                        if (found := text.find(a.source, sentence.start, sentence.end)) >= 0]
        previous_source = None
        if source_sentence is not None and index - source_sentence[2] <= INHERIT_REACH:
            earlier_sources = source_sentence[1]
            if earlier_sources is None:
                earlier_sources = sources_of(source_sentence[0], [])
            previous_source = earlier_sources[-1].source if earlier_sources else None
        span = text[sentence.start:sentence.end]
        refers_back = pack.inherit_source.search(pack.inherit_unless.sub(" ", span)) is not None \
            or grammar.inherit_openers.match(span) is not None
        hedges_here = hedge_cues.within(sentence.start, sentence.end)
        hedged_next = False
        if index + 1 < len(split):
            following = text[split[index + 1].start:split[index + 1].end]
            hedged_next = pack.next_sentence_hedges.match(following) is not None
        sentence_claims: list[Claim] = []
        groundings = _ground_sentence(text, sentence, inside, predicates_here, pack)
        past_readings = _past_readings(text, sentence, inside, groundings, pack)
        made: dict[int, Claim] = {}
        groups = _among_groups(text, sentence, inside, pack)
        for position, quantity in enumerate(inside):
            grounding = groundings[position]
            clause_end = _clause_end(text, inside, position, sentence, pack)
            earlier = sentence_claims or previous_claims
            among = groups[position]
            of_group = grammar.partitive_of.match(text, quantity.end) if among in NARROWER \
                else None
            if of_group:
                # "Two of the injured later died", "Nine of the injured were taken to hospital":
                # the part's own verb after its group says more of it, as it would after the
                # group's noun alone
                said = ground(text, quantity.start, quantity.end, (quantity.start, clause_end),
                              predicates_here, pack,
                              CountedNoun("metric", among, of_group.end()))
                if isinstance(said, Grounding) and said.metric != among:
                    grounding, among = Grounding(said.metric, PREDICATE), None
            if not (isinstance(grounding, Grounding) and grounding.metric == among
                    and grounding.how != NOUN) and not (
                    isinstance(grounding, CountedNoun) and grounding.kind in ("none", "person")):
                # a figure with a metric of its own is no part of the group ("Onder de doden
                # zijn twaalf kinderen en 30 mensen raakten gewond", "paid $5 a day"; "bleef
                # onder de 600 doden en kwam uit op 584 doden": below, not among)
                among = None
            # a marker opening the sentence is the first figure's ("Van hen werden er 41 ...");
            # "hen" in a new sentence is the last whole, not a part listed with it ("Veertien
            # gewonden, onder wie vijf omwonenden. Zes van hen ...": six of the fourteen)
            whole = None
            if earlier and (among or _partitive(
                    text, quantity, pack, clause_end, None if position else sentence.start)
                    or _listed_after_colon(text, inside, position, sentence_claims, grounding,
                                           sentence.end, pack)):
                whole = _partitive_whole(earlier, sentence_claims, claims)
            mate = made.get(position - 1)
            # (a noun of people of its own that ends the item: "and 14 were rescued", "and 300
            # mourners attended" open a clause)
            if whole is None and mate is not None and mate.part_of is not None \
                    and isinstance(grounding, CountedNoun) and grounding.kind == "person" \
                    and mate.grounding == PARTITIVE \
                    and _next_in_list(text, inside[position - 1], quantity, sentence.end, grammar) \
                    and _ends_a_list_item(text, grounding.end, grammar):
                # "onder wie vier kinderen en drie agenten", "comprising nine adults and five
                # children": a part's list-mate is a part of the same whole
                whole = next((c for c in sentence_claims if c.claim_id == mate.part_of), None)
            dropped = isinstance(grounding, CountedNoun) and grounding.kind in ("none", "person")
            # (or its metric only a list-mate's after it: "died, including four children, and
            # 30 were hurt" - the four died)
            borrowed = isinstance(grounding, Grounding) and grounding.how == COORDINATED
            if whole is not None and (dropped or borrowed or (
                    _weak_noun_after(text, quantity, grounding, pack)
                    and whole.metric not in AMOUNTS and whole.metric != grounding.metric)) \
                    and (sentence_claims or _copular_partitive(text, quantity, pack, clause_end)):
                # "8 of them critically", "van wie vier ernstig", "onder wie twee ambtenaren":
                # the whole's metric, when the whole is in the same sentence; a noun that is a
                # metric only unless its clause says otherwise too ("3800 mensen gewond, onder
                # wie 2200 betogers" are injured protesters, no crowd)
                grounding = Grounding(whole.metric, PARTITIVE)
            elif isinstance(grounding, CountedNoun) and grounding.kind == "toll" and earlier \
                    and earlier[-1].metric not in AMOUNTS:
                # "dat aantal groeit tot 700.000", "bringing the total to 58,310"
                grounding = Grounding(earlier[-1].metric, TOLL)
            elif dropped and grounding.kind == "none" and not metrics_here and previous_metrics \
                    and quantity.kind == "vague" and _noun_dropped(text, quantity):
                # "Onbevestigde berichten spreken over honderden": the count of the sentence
                # before, or its main figure
                labels = {c.label for c in previous_metrics} - AMOUNTS
                borrowed = ("killed_and_injured" if {"deaths", "injured"} <= labels
                            else previous_claims[0].metric if previous_claims
                            else previous_metrics[-1].label)
                if borrowed not in AMOUNTS:
                    grounding = Grounding(borrowed, CONTEXT)
            if among:
                grounding = Grounding(among, PARTITIVE)  # compared with nothing without a whole
            replaces_denied = isinstance(grounding, CountedNoun) and grounding.kind == "none" \
                and denied_before is not None and denied_in + 1 >= index
            if replaces_denied:
                grounding = Grounding(denied_before, COORDINATED)  # "...; dat waren er 1.200"
            if not isinstance(grounding, Grounding):
                continue  # a thing, a dropped noun nothing names, or "een van de pleinen"
            if grounding.how == PREDICATE and grounding.metric in DONE_TO_OTHERS \
                    and _agents_of(text, quantity, grounding.metric, predicates_here,
                                   clause_end, pack):
                continue  # "drie mannen die de agent hebben gedood": they did it
            if grounding.how == PREDICATE and _object_of_a_relative_clause(
                    text, quantity, grounding.metric, predicates_here, sentence.start, pack):
                continue  # "the man who held seven people hostage was arrested": the man was
            if _counterfactual(text, quantity, sentence, grammar):
                continue  # "dan hadden er geen doden gevallen": what did not happen
            if grammar.instead_of.search(text, max(sentence.start, quantity.start - 50),
                                         quantity.start):
                continue  # "in plaats van een paar honderd euro": what was expected
            if _in_quoted_name(text, quantity, sentence, grammar):
                continue  # "de zogenoemde 'Mars van 20 miljoen'": a name, no count
            if grounding.metric not in AMOUNTS and grammar.rate_after.match(text, quantity.end):
                continue  # "14 deaths per 100,000 residents": a rate, no count
            if grounding.metric not in AMOUNTS and grounding.how != NOUN \
                    and _changed_by(text, quantity, sentence, pack):
                # "the death toll rose by 5 to 37", "steeg met 5": a change, no count; the
                # figure it rose to is the toll
                if position + 1 < len(inside) and not isinstance(
                        groundings[position + 1], Grounding) and grammar.change_to.fullmatch(
                        text[quantity.end:inside[position + 1].start].lstrip(" ,")):
                    groundings[position + 1] = grounding
                continue
            if quantity.kind in ("one", "zero") and grounding.how in (PARTITIVE, CONTEXT):
                continue  # "een van de centrale pleinen", "geen geweld": not counts
            if grammar.ordinal_of.search(text, max(sentence.start, quantity.start - 30),
                                         quantity.start):
                continue  # "de eerste van de vijf voortvluchtigen": the group one is counted of
            if quantity.kind == "zero" and grounding.metric in AMOUNTS \
                    and quantity.text.lower() in grammar.zero_people:
                continue  # "75 euro geriskeerd, maar niemand heeft me gezien": nobody, no sum
            if quantity.kind == "zero" \
                    and grounding.metric in ("injured", "hospitalized", "intensive_care") \
                    and grammar.zero_degree.search(
                    re.split(r"[,;:]", text[quantity.end:clause_end], maxsplit=1)[0]):
                continue  # "Nobody was seriously hurt": none of the worst hurt, no count of all
            if quantity.kind == "person" and quantity.value != 1 \
                    and grounding.metric not in ORDINAL_TOLLS:
                continue  # "a second victim was taken to hospital": no count of the hospital
            of_group = grammar.partitive_of.match(text, quantity.end)
            if among:
                # "Onder de doden zijn twaalf kinderen": a part of the article's last figure of
                # the group's metric that can hold it, else of one it does not give
                markers = _among_markers(text, sentence, quantity.start, grammar)
                whole = _whole_of(among, quantity, sentence_claims, recent_by_metric,
                                  markers[-1] if markers else None)
            elif of_group and not _names_people(of_group.group(1), pack):
                if quantity.kind == "one":
                    continue  # "One of the largest fires killed 4": one of things, no count
            elif of_group and whole is not None and whole.metric != (of_metric := (
                    grounding_words(pack.code).noun_label.get(of_group.group(1).lower())
                    or grounding.metric)):
                # "Six of the injured", "Two of the dead": a part of one of the article's
                # last figures of the metric its group names, else of its own (not "a
                # 68-year-old woman"; "the clinic is treating 34 of the injured" is a part of
                # the injured, not of the 22 in hospital the sentence before)
                whole = _whole_of(of_metric, quantity, sentence_claims, recent_by_metric)
            # a group word of a coordinated clause before the figure's, or one that names the
            # source ("volgens buurtbewoners"), is the figure's only when the figure names no
            # people of its own and refers back ("Demonstranten gooiden stenen, en 25 van hen
            # werden opgepakt", "Agenten melden dat 6 collega's gewond zijn"; not "Residents
            # were told they could return, while the 1,240 evacuees ...")
            own_start = max([j.end() for j in grammar.clause_joint.finditer(
                text, sentence.start, quantity.start)] + [sentence.start])
            counted_here = counted_noun(text, quantity.end, pack)
            counts_back = counted_here.kind in ("none", "relational") \
                or pack.partitive.match(text, quantity.end + 1) is not None \
                or (counted_here.label or "").lower() in grammar.relational_persons \
                or (counted_here.label or "").lower() in grammar.others_words
            # (... but a bare figure that takes the metric of the one before, as another report
            # of it or the next of a list, counts that figure's group, never a reporter's:
            # "Omstanders spraken van honderd doden; de politie spreekt van 12")
            elided = grounding.how == COORDINATED and counted_here.kind == "none"
            subjects = [c for c in subject_cues.within(sentence.start, clause_end)
                        if c.end <= clause_end and ((counts_back and not elided) or (
                            c.start >= own_start
                            and not any(start <= c.start < end for start, end in source_spans)))]
            # "killing one man": the numeral a toll's verb takes as its object counts people
            governed_one = any(c.end <= quantity.start <= c.end + 3
                               and not text[c.end:quantity.start].strip()
                               for c in predicates_here)
            subject = _subject(text, quantity, subjects, pack, governed_one)
            zero_of = grammar.zero_of_group.match(text, quantity.end) \
                if quantity.kind == "zero" and subject is None else None
            if zero_of:
                subject = zero_of.group(1).lower()  # "Niemand van onze gasten": none of them
            # (a part keeps its whole's group: "vier Nederlanders ..., van wie twee met ernstig
            # letsel")
            degree = _injury_degree(text, quantity.end, clause_end, grammar) \
                if grounding.metric == "injured" and whole is None else None
            if degree:
                subject = _degree_of_group(degree, subject)
            if _denied(text, quantity, pack, sentence):
                denied_before, denied_in, denied_subject = grounding.metric, index, subject
                continue
            if replaces_denied and subject is None:
                subject = denied_subject  # "410 Nederlanders ... Dat waren er 140": theirs
            if quantity.kind == "person":
                # "een 41-jarige man": one person, whom only a figure for the same person
                # is compared with (never the toll they are a part of)
                named = _singular_person_pattern(pack.code).fullmatch(quantity.text)
                noun = _person_noun(quantity)
                subject = named.group("name") if named and named.group("name") else (
                    None if _is_generic(noun, pack)
                    or (governed_one and _counted_one(quantity.text.split()[0], noun, pack))
                    else _group_name(noun, pack))
                if degree and not (named and named.group("name")):
                    subject = _degree_of_group(degree, subject)
            elif subject is None and whole is not None:
                subject = whole.subject  # "Twee van hen": of the whole's group
            elif subject is None and of_group is not None:
                # "vier van de vijf ontsnapte gedetineerden": of the group its own whole counts
                subject = _one_group(_groups_counted(
                    text, quantities.within(of_group.start(1), of_group.end(1))[:1], pack), pack)
            elif subject is None and pack.partitive.search(
                    text, max(sentence.start, quantity.start - 12), quantity.end + 12):
                # "zeven Nederlanders aan boord. Twee van hen ...": a part of people counted
                # before it, though their count was no claim
                group_from = split[index - 1].start if index and \
                    split[index - 1].paragraph == sentence.paragraph else sentence.start
                counted_groups = _groups_counted(
                    text, quantities.within(group_from, quantity.start), pack)
                subject = _one_group(counted_groups, pack)
                if len(counted_groups) > 1 and whole is None \
                        and isinstance(grounding, Grounding):
                    # "Onder de 284 passagiers waren ruim negentig Nederlanders. Veertien van
                    # hen raakten gewond": a part of people counted before, which of them
                    # unsaid: a part of no group named, compared with nothing
                    grounding = Grounding(grounding.metric, PARTITIVE)
            if grounding.metric in OWNED_METRICS:
                previous_end = inside[position - 1].end if position else None
                subject = _owned_subject(text, quantity, previous_end, sentence, pack)
                if _owned_change(text, quantity, previous_end or sentence.start, clause_end,
                                 pack):
                    grounding = Grounding(OWNED_CHANGES[grounding.metric], grounding.how)
            # "200 stemmen meer dan in 2015", "12 more deaths than last year": a difference
            # (a number right after "than" opens the next figure: "meer dan 30 aanslagen")
            compared = grammar.comparative.match(text, quantity.end, sentence.end) \
                if grounding.metric not in AMOUNTS else None
            after_than = re.match(r"[ \t]+" + CURRENCY + r"([^\W_]+)",
                                  text[compared.end():compared.end() + 30]) if compared else None
            if compared and not (after_than and (after_than.group(1).isdigit() or any(
                    after_than.group(1).lower().startswith(stem) for stem in pack.word_stems))):
                if grounding.metric not in OWNED_CHANGES:
                    continue
                grounding = Grounding(OWNED_CHANGES[grounding.metric], grounding.how)
            others = inside[:position] + inside[position + 1:]
            source = said_by = _source_for(text, quantity, attributions, others, pack)
            if source is None and refers_back:
                source = previous_source
            source = source or quote_speaker
            # a hedge covers its own clause between semicolons ("about 14 percent ...; ...
            # some of that may have been ..."); a modal only its verb's, up to a comma and a
            # conjunction ("rond de 18 tot 19 zetels, maar ... zou het op 15 zetels blijven
            # steken"), where "..., maar dat is niet bevestigd" looks back
            clause_left, clause_right = _within_semicolons(text, quantity, sentence.start,
                                                           sentence.end)
            joints = list(grammar.clause_joint.finditer(text, clause_left, clause_right))
            own_left = max([j.end() for j in joints if j.end() <= quantity.start]
                           + [clause_left])
            own_right = min([j.start() for j in joints if j.start() >= quantity.end]
                            + [clause_right])
            # (a comma closing that clause before the modal brings it back: "2 miljoen euro,
            # nadat hij was ontslagen, zou hebben verduisterd")
            opened = grammar.modal_clause_end.search(text, quantity.end, own_right)
            cause_left = opened.start() if opened and "," not in text[
                opened.end():own_right] else clause_right
            modal_right = min(cause_left, own_right)
            # a partitive after the figure opens a clause about a part of it ("twaalf
            # verdachten opgepakt, van wie een deel mogelijk betrokken was"): its hedge is the
            # part's
            part_after = pack.partitive.search(text, quantity.end, clause_right)
            aside = (part_after.start(), next(
                (i for i in (text.find(",", part_after.end(), clause_right),) if i >= 0),
                clause_right)) if part_after and text[
                    quantity.end:part_after.start()].strip() else (0, 0)  # not "Twee van hen"
            # ... and so does a relative clause right after the figure's own ("5000 mensen
            # achter de tralies, die ideeën zouden kunnen krijgen"): said of the people
            relative = _relative_clause_after(text, quantity.end, clause_right, grammar)
            # a figure in a relative clause set off by commas has its own mood: a modal of the
            # clause around it is not its hedge ("Alsof er na de tragedie, waar vijftig
            # moslims werden gedood, nieuws nodig zou zijn")
            embedded = _relative_clause_around(text, quantity, clause_left, clause_right,
                                               pack, predicates)
            # a hedge word in a later coordinated clause that gives a figure of its own is
            # that figure's ("Er vielen drie doden, en vermoedelijk raakten nog vier mensen
            # gewond"; not "..., maar dat is niet bevestigd"; one opening the sentence covers
            # it all: "Naar verluidt vielen er 12 doden, en 40 gewonden")
            edges = [clause_left, *(j.end() for j in joints), clause_right]
            own_figures = [(left, right) for left, right in itertools.pairwise(edges)
                           if left >= own_right
                           and any(left <= q.start < right for q in inside)]
            # ... nor one in an earlier coordinated clause with a figure of its own, when the
            # figure's clause makes a report of its own ("Passengers said possibly as many as
            # 80 were hurt, but the emergency services said 23 were injured")
            if any(own_left <= a.position < own_right for a in attributions):
                own_figures += [(left, right) for left, right in itertools.pairwise(edges)
                                if right <= own_left
                                and any(left <= q.start < right for q in inside)]
            # the whole a part is counted of is given ("mogelijk 7 van de 55 zetels", "Daaruit
            # zou volgen dat de VVD tien van de 55 zetels verovert"): a hedge says how many of
            # it, never how large it is
            whole_of_part = position > 0 and grammar.part_of_group.match(
                text[inside[position - 1].end:quantity.start]) is not None
            hedged = not whole_of_part and (hedged_next or any(
                (_hedges_in_place(text, quantity, c, (own_left, own_right), relative, embedded,
                                  pack)
                 if c.label != "hedge"
                 else ((own_left <= c.start < modal_right
                        and embedded[0] <= c.start < embedded[1]
                        and not grammar.deontic.search(text, c.end, own_right))
                       if c.text.lower() in grammar.modal_hedges
                       else (clause_left <= c.start < clause_right
                             # (nor after the figure in a clause of its cause or time:
                             # "Drie mensen zijn opgenomen omdat er mogelijk gas vrijkwam")
                             and (c.start < quantity.end or c.start < cause_left)
                             and not any(left <= c.start < right for left, right in own_figures)))
                       and not relative[0] <= c.start < relative[1])
                and not aside[0] <= c.start < aside[1]
                and not _compared_with_what_did_not_happen(text, quantity, c, sentence, grammar)
                and not _turned_from(text, c, quantity, sentence, pack)
                for c in hedges_here)) \
                or (said_by is not None and bool(pack.hedges.find(said_by)  # "unconfirmed"
                                                 or _said_by_a_bystander(said_by, grammar)))
            accused = grammar.accusation.search(
                text, max(sentence.start, quantity.start - 80), quantity.start)
            sentence_claims.append(_claim(
                article_id, text, quantity, grounding, subject, sentence,
                hedged or (accused is not None and not whole_of_part
                           and not re.search(r"[,;]", text[accused.end():quantity.start])),
                source, pack, whole.claim_id if whole is not None else None, others))
            made[position] = sentence_claims[-1]
        for past, now in past_readings.items():
            if past in made and now in made and made[past].metric == made[now].metric:
                made[past].earlier_than = made[now].claim_id
        for position, part in made.items():
            group = made.get(position + 1)
            if part.part_of is None and group is not None and grammar.part_of_group.match(
                    text[inside[position].end:inside[position + 1].start]):
                part.part_of = group.claim_id  # "Two of the 40 people arrested were released"
        _parts_of_the_toll_after(text, sentence_claims, grammar)
        sentence_claims = _all_but(text, sentence, inside, sentence_claims, pack)
        # the part of the day the report was made in: named after its reporting verb
        # ("meldt de brandweer vanmiddag"), not the event's ("de explosie van maandagochtend")
        part = _latest_day_part(text, sentence, pack, min(a.position for a in attributions)) \
            if sentence_claims and attributions else None
        for claim in sentence_claims if part is not None else ():
            claim.day_part, claim.day_part_weekday = part.part, part.weekday
        claims.extend(sentence_claims)
        for claim in sentence_claims:
            recent_by_metric.setdefault(claim.metric, deque(maxlen=WHOLE_REACH)).append(claim)
        if sentence_claims:
            previous_claims, claims_sentence = sentence_claims, index
        if metrics_here:
            previous_metrics = metrics_here
        if attributions:
            source_sentence = (sentence, attributions, index)
    # when in its day each figure held or was reported: the part its own stretch of the
    # sentence says ("'s Ochtends ging de brandweer nog uit van negen gewonden"), else the time
    # a live blog's paragraph opens with ("07.45 uur: Zeker negen mensen ..."); neither in a
    # sentence of another time ("09.30 uur: Gisteravond meldde de politie ...")
    stamps = find_clock_stamps(text, pack) if claims else []
    starts = [s.start for s in split]
    for position, claim in enumerate(claims):
        sentence = split[bisect.bisect_right(starts, claim.char_start) - 1]
        # the part said in the figure's own stretch: before it from the figure before it in
        # the sentence (Dutch: "'s ochtends 300 en 's avonds 3000"), or after it up to the
        # next figure (English: "10 in the morning and 25 in the evening")
        # (claims are in text order: the figures beside it are its neighbours in the list)
        before = max(claims[position - 1].char_end if position else 0, sentence.start)
        after = min(claims[position + 1].char_start if position + 1 < len(claims)
                    else sentence.end, sentence.end)
        before, after = min(before, claim.char_start), max(after, claim.char_end)
        # the part the figure held by says its day when it names one ("By midday on Sunday,
        # 31"), within its clause: after a comma before the figure, not after a comma or a
        # conjunction after it ("hit by midday traffic; 3 hurt", "'s Ochtends 12 gewonden,
        # tegen de avond 30", "By midday 31 were hurt and by the evening 38"), on the side
        # the language says such parts first ("11 hurt by lunchtime and 26 by nightfall")
        clause_start = before + max((m.end() for m in re.finditer(
            r"[;:]", text[before:claim.char_start])), default=0)
        clause_end = claim.char_end + next(
            (m.start() for m in _clause_boundary(pack.code).finditer(text[claim.char_end:after])),
            after - claim.char_end)
        sides = ((claim.char_end, clause_end), (clause_start, claim.char_start))
        by = next(filter(None, (held_by_day_part(text, pack, start, end, claim.char_start,
                                                 claim.char_end)
                                for start, end in (sides if grammar.day_part_after
                                                   else sides[::-1]))), None)
        other_day = names_another_day(text[sentence.start:sentence.end], pack)
        if by is not None and (by.weekday is not None or not other_day):
            claim.day_part, claim.day_part_weekday = by.part, by.weekday
            continue
        if other_day:
            continue
        held = clause_day_part(text, pack, claim.char_end, after) \
            if grammar.day_part_after else clause_day_part(text, pack, before, claim.char_end)
        if held is not None:
            claim.day_part, claim.day_part_weekday = held, None
            continue
        stamp = next((part for at, end, part in reversed(stamps)
                      if at <= claim.char_start < end), None)
        # (a part of the day named anywhere in the sentence is its own: "19.20 uur:
        # Vanochtend meldde het ministerie al 300 doden")
        if claim.day_part is None and stamp is not None \
                and not find_day_parts(text, pack, sentence.start, sentence.end):
            claim.day_part = stamp
    _degree_only_beside_more_of_its_group(claims, grammar)
    return claims


def _degree_only_beside_more_of_its_group(claims: list[Claim], grammar: _ClaimWords) -> None:
    """The injured of one degree within a group named are the group's worst or least hurt
    only where the article counts more of that group hurt ("eight people, including six
    firefighters ... One firefighter was seriously injured") or that group hurt to another
    degree ("Twee brandweerlieden raakten zwaargewond en vijf lichtgewond"); alone they are
    the group's count, the degree said of all of them ("Vier brandweerlieden raakten
    lichtgewond")."""
    degrees = {name for name, _ in grammar.injury_degrees}
    graded = [(claim, *claim.subject.partition(" ")[::2]) for claim in claims
              if claim.subject and claim.subject.partition(" ")[0] in degrees
              and claim.subject.partition(" ")[2]]
    graded_ids = {claim.claim_id for claim, _, _ in graded}
    largest: dict[tuple[str, str], float] = {}
    for claim in claims:
        if claim.subject and claim.value_low is not None and claim.claim_id not in graded_ids:
            key = (claim.metric, claim.subject)
            largest[key] = max(largest.get(key, claim.value_low), claim.value_low)
    for claim, degree, group in graded:
        other_degree = any(o.metric == claim.metric and g == group and d != degree
                           for o, d, g in graded)
        if not other_degree and largest.get((claim.metric, group), -1) <= (
                claim.value_high if claim.value_high is not None else claim.value_low or 0):
            claim.subject = group


@functools.cache
def _clause_boundary(code: str) -> re.Pattern[str]:
    """A comma, semicolon or colon, or a conjunction: where a figure's clause ends after it."""
    words = list(load_pack(code).conjunctions) or ["\x00"]
    return re.compile(rf"[,;:]|(?<![\w-])(?:{trie_regex(words)})(?![\w-])", re.IGNORECASE)


def _weak_noun_after(text: str, quantity: Quantity, grounding: Grounding | CountedNoun,
                     pack: LanguagePack) -> bool:
    """True when the figure's metric comes from the weak noun it counts ("2200 betogers",
    "12 militairen"): a metric only unless its clause says otherwise."""
    return isinstance(grounding, Grounding) and grounding.how == NOUN \
        and counted_noun(text, quantity.end, pack).kind == "weak"


def _parts_of_the_toll_after(text: str, sentence_claims: list[Claim],
                             grammar: _ClaimWords) -> None:
    """A smaller figure of a toll's metric before the toll it raised is a part of it, no count
    of the whole ("Two people died on Tuesday, bringing the toll to 12")."""
    tolls = [c for c in sentence_claims if c.grounding == TOLL and c.value_low is not None]
    for claim in sentence_claims if tolls else ():
        toll = next((t for t in tolls if t.metric == claim.metric
                     and t.char_start > claim.char_start), None)
        if toll is not None and claim.grounding != TOLL and claim.part_of is None \
                and claim.earlier_than is None and claim.value_high is not None \
                and claim.value_high < toll.value_low \
                and grammar.toll_raiser.search(text, claim.char_end, toll.char_start):
            claim.part_of = toll.claim_id


def _said_by_a_bystander(source: str, grammar: _ClaimWords) -> bool:
    """The source's head is a bystander's noun, in lower case unless it is the source alone
    ("Een ooggetuige", "Onlookers"; not "Jehovah's Witnesses", "the neighbours'
    association")."""
    words = source.split()
    return bool(words) and (words[-1][:1].islower() or len(words) == 1) \
        and words[-1].lower() in grammar.bystanders


@functools.cache
def _all_but_patterns(code: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(template.replace("{excluded}", r"(?P<excluded>[^\s,;:]+)")
                            .replace("{whole}", r"(?P<whole>[^\s,;:]+)"), re.IGNORECASE)
                 for template in load_pack(code).raw.get("all_but", []) or [])


def _all_but(text: str, sentence: Sentence, quantities: list[Quantity],
             sentence_claims: list[Claim], pack: LanguagePack) -> list[Claim]:
    """A whole said with the few it leaves out counts the rest ("Op drie na raakten alle 44
    inzittenden gewond", "All but three of the 44 riders were injured": 41 injured): one
    claim of the difference, at the whole's figure, neither the whole nor the few left out;
    only where the clause's verb says what happened to them (not "All but two of the 12
    missing climbers have been found", "Alle 30 gewonden zijn naar huis, op 2 na")."""
    by_start = {q.start: q for q in quantities}
    for pattern in _all_but_patterns(pack.code):
        # (on the sentence alone, where "^" is its opening)
        for match in pattern.finditer(text[sentence.start:sentence.end]):
            excluded = by_start.get(sentence.start + match.start("excluded"))
            whole = by_start.get(sentence.start + match.start("whole"))
            if excluded is None or whole is None or excluded.value is None \
                    or whole.value is None or excluded.qualifier != EXACT \
                    or whole.qualifier != EXACT or not excluded.value < whole.value:
                continue
            spans = {(excluded.start, excluded.end), (whole.start, whole.end)}
            read = [c for c in sentence_claims if (c.char_start, c.char_end) in spans]
            if not read or any(c.grounding != PREDICATE for c in read):
                continue
            rest = whole.value - excluded.value
            kept = read[0]
            kept.value_low = kept.value_high = kept.lenient_low = kept.lenient_high = rest
            kept.char_start, kept.char_end, kept.part_of = whole.start, whole.end, None
            sentence_claims = [c for c in sentence_claims if c is kept or c not in read]
    return sentence_claims


def _latest_day_part(text: str, sentence: Sentence, pack: LanguagePack,
                     start: int | None = None) -> DayPart | None:
    """The latest part of a day a sentence names from `start` on ("..., the ministry said on
    Monday evening": the evening), or None."""
    parts = find_day_parts(text, pack, sentence.start if start is None else start,
                           sentence.end)
    return max(parts, key=lambda p: DAY_PARTS.index(p.part)) if parts else None


# amounts, not counts of people: a bare figure never borrows these from another sentence,
# and a part is never compared with one as its whole
# sums of money, of any kind
SUMS = frozenset({"money", "damage"})
AMOUNTS = SUMS | frozenset({"percentage", "percentage_change", "ratio_percentage", "turnout",
                            "price_change_factor"})


# figures that belong to someone named (a party's votes and seats): their subject is the owner,
# so that only figures of one owner are compared (claim_comparisons reads this set)
OWNED_METRICS = frozenset({"votes", "seats"})
# what a number counts when it counts things: a thing_metric's noun without its predicate is one
THING_KINDS = ("thing", "thing_metric")
# what a figure of an owned metric becomes when its clause says it was gained, lost or led by
OWNED_CHANGES = {"votes": "votes_change", "seats": "seats_change"}
# how many figures of its metric back a part ("Six of the injured") looks for its whole
WHOLE_REACH = 50
# running tolls an ordinal person brings to a number ("a second person has died": two dead)
ORDINAL_TOLLS = frozenset({"deaths", "injured", "arrests", "missing", "released", "beheaded"})
# how far around a sentence a name that opens it is looked for inside another sentence
OWNER_REACH = 3000
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _degree_of_group(degree: str, group: str | None) -> str:
    """The injured of one degree within a group named ("Three firefighters were seriously
    injured"): the group's worst or least hurt, compared only with the same, never with the
    group's count of all its hurt nor with everybody's of that degree."""
    return degree if group in (None, "all", degree) else f"{degree} {group}"


def _injury_degree(text: str, end: int, clause_end: int, grammar: _ClaimWords) -> str | None:
    """The group of injured a degree names between the figure and its clause's first comma
    ("twee zwaargewonden", "Two were seriously injured", "drie lichtgewonden"): the worst or
    the least hurt, a group within all the injured, never a count of them all."""
    stop = re.search(r"[,;:]", text[end:clause_end])
    stretch_end = end + stop.start() if stop else clause_end
    for group, pattern in grammar.injury_degrees:
        degree = pattern.search(text, end, stretch_end)
        # (not a degree denied: "Three people were not seriously injured")
        if degree and not set(text[end:degree.start()].lower().split()[-2:]) \
                & grammar.report_negations:
            return group
    return None


def _owned_subject(text: str, quantity: Quantity, previous_end: int | None,
                   sentence: Sentence, pack: LanguagePack) -> str | None:
    """The owner of a vote or seat count, or None: the whole of "12 van de 45 zetels" is the
    council's, and the second side of a tally ("37 om 35 zetels", "52 to 48") the other's."""
    if previous_end is not None:
        gap = text[previous_end:quantity.start]
        if claim_words(pack.code).part_of_group.match(gap) or len(gap.split()) <= 1:
            return None
    return _owner(text, quantity, previous_end or sentence.start, sentence, pack)


def _owned_change(text: str, quantity: Quantity, clause_start: int, clause_end: int,
                  pack: LanguagePack) -> bool:
    """True when a vote or seat count is a change, not a holding: "lost nearly 60 seats", "een
    voorsprong van twee zetels", "won by 80,000 votes", "won er 20 zetels bij"."""
    words = claim_words(pack.code)
    return bool(words.owned_change.search(text, max(clause_start, quantity.start - 60),
                                          min(clause_end, quantity.end + 40))
                or words.owned_margin.search(text, max(clause_start, quantity.start - 20),
                                             quantity.start)
                or words.owned_change_after.match(text, quantity.end))


def _name_runs(text: str) -> list[tuple[int, list[str]]]:
    """(start, words) of each run of capitalised words, in any script ("Leefbaar Rotterdam",
    "D66", "Łódź"), words separated by white space only."""
    runs: list[tuple[int, list[str]]] = []
    last_end = -1
    for word in _WORD.finditer(text):
        if not word.group(0)[0].isupper():
            last_end = -1
            continue
        if last_end >= 0 and text[last_end:word.start()].isspace():
            runs[-1][1].append(word.group(0))
        else:
            runs.append((word.start(), [word.group(0)]))
        last_end = word.end()
    return runs


def _owner(text: str, quantity: Quantity, clause_start: int, sentence: Sentence,
           pack: LanguagePack) -> str | None:
    """Whose votes or seats a figure counts: the one name written in its clause before it
    ("DENK haalde 18.950 stemmen", "the centrist D66 won 5 seats"), past a relative aside
    ("DENK, which draws ..., won"). None when the clause names two ("Trump won Georgia with",
    "Likud, led by Netanyahu, won"), gives a joint total ("samen 88 zetels") or names only a
    place ("in de Tweede Kamer"), an institution, a date or a common word that only opens the
    sentence ("Turnout was ...")."""
    words = claim_words(pack.code)
    start = max(sentence.start, clause_start)
    before = words.relative_aside.sub(lambda m: " " * len(m.group(0)),
                                      text[start:quantity.start])
    if words.joint_total.search(before):
        return None
    places = words.place_prepositions
    names: list[str | None] = []  # None: a word that may be a name or only opens the sentence
    for at, tokens in _name_runs(before):
        if start == sentence.start and not before[:at].strip():
            opened = []
            while tokens and tokens[0].lower() in words.sentence_openers:
                opened.append(tokens.pop(0).lower())
            if set(opened) & places:
                continue  # "In Rotterdam kreeg de partij ...": where, not whose
            # (looked for near the sentence, so a long article stays linear)
            nearby = text[max(0, sentence.start - OWNER_REACH):sentence.end + OWNER_REACH]
            if len(tokens) == 1 and tokens[0][1:].islower() and not re.search(
                    r"[^.!?\s]\s+" + re.escape(tokens[0]) + r"\b", nearby):
                names.append(None)  # "Turnout was", or a name: either way no sure owner
                continue
        if not tokens:
            continue
        preceding = [w.lower() for w in before[:at].split()[-2:]]
        if preceding and (preceding[-1] in places or (
                len(preceding) == 2 and preceding[0] in places
                and preceding[1] in pack.articles)):
            continue  # "in Rotterdam", "in de Tweede Kamer": where, not whose
        name = re.sub(r"['’]s$", "", " ".join(tokens))
        if name.split()[0].lower() in words.months_and_days \
                or any(w.lower() in pack.weekdays for w in name.split()) \
                or words.not_owner.fullmatch(name):
            continue  # "In March", "Last Wednesday": when, not whose
        names.append(name)
    return names[0] if len(set(names)) == 1 else None  # two names (or a maybe): no one owner


class _ByStart:
    """Spans (quantities, cues) sorted by start, sliced by position by bisection, so that an
    article's time grows with its length, not with the square of it."""

    def __init__(self, items: list) -> None:
        self.items = sorted(items, key=lambda item: item.start)
        self.starts = [item.start for item in self.items]

    def within(self, start: int, end: int) -> list:
        """The items starting in [start, end)."""
        return self.items[bisect.bisect_left(self.starts, start):
                          bisect.bisect_left(self.starts, end)]


def _clause_end(text: str, inside: list[Quantity], position: int, sentence: Sentence,
                pack: LanguagePack) -> int:
    """Where a number's clause ends: at the next number, passing over those in parentheses
    opened after it ("drie jihadisten (twee vrouwen en een man) opgepakt"), in a list set
    off by commas ("Six people, including two guards and a cook, were injured") or counting
    the things its people are of ("140 bewoners van 52 woningen")."""
    following = position + 1
    listed = _listed_parts_end(text, inside, position, sentence, pack)
    if listed is not None:
        while following < len(inside) and inside[following].start < listed:
            following += 1
    # "140 residents of 62 homes were evacuated": a number after its people's noun and "of",
    # counting things, says where they live; the people's clause goes on past it
    if following < len(inside) and claim_words(pack.code).noun_of.fullmatch(
            text, inside[position].end, inside[following].start) \
            and counted_noun(text, inside[following].end, pack).kind in (
                *THING_KINDS, "collective"):
        following += 1
    while following < len(inside):
        opened = text.rfind("(", inside[position].end, inside[following].start)
        if opened < 0 or ")" in text[opened:inside[following].start]:
            break
        closed = text.find(")", inside[following].end, sentence.end)
        if closed < 0:
            break
        while following < len(inside) and inside[following].start < closed:
            following += 1
    return inside[following].start if following < len(inside) else sentence.end


# a figure's noun (a few words at most) and a colon before the first of its parts listed
# ("twaalf gewonden: negen agenten en drie omstanders"; not a clock time, "12:30")
_PARTS_AFTER_COLON = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){0,3}\s*:\s+")


def _listed_after_colon(text: str, inside: list[Quantity], position: int,
                        sentence_claims: list[Claim], grounding: Grounding | CountedNoun,
                        sentence_end: int, pack: LanguagePack) -> bool:
    """The first part of a count of people listed after a colon right after it: people of no
    metric of their own, no more than it, a list going on after them ("zeven: zes
    brandweerlieden en een medewerker"; not "twee zetels: 37 om 35 zetels", nor a clause of its
    own, "Five were arrested: 3 others are still sought", "40 aangehouden: 12 agenten raakten
    gewond")."""
    whole = sentence_claims[-1] if sentence_claims else None
    quantity = inside[position]
    return whole is not None and whole.metric in AMONG_METRICS \
        and isinstance(grounding, CountedNoun) and grounding.kind in ("none", "person") \
        and _PARTS_AFTER_COLON.fullmatch(text, whole.char_end, quantity.start) is not None \
        and quantity.strict[0] is not None and whole.value_low is not None \
        and quantity.strict[0] <= whole.value_low \
        and (_list_goes_on(text, grounding.end, claim_words(pack.code))
             or (position + 1 < len(inside) and _next_in_list(
                 text, quantity, inside[position + 1], sentence_end, claim_words(pack.code))))


# a number's noun (a word or two) and the comma opening an apposition
_APPOSITION = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){1,2},\s*")


def _listed_parts_end(text: str, inside: list[Quantity], position: int, sentence: Sentence,
                      pack: LanguagePack) -> int | None:
    """The comma closing a list of parts opened right after the number's noun (", including
    two guards, a cook and a driver, were"), when one closes it before the sentence ends: the
    first comma not followed by another item (a number, an article, a conjunction)."""
    opener = claim_words(pack.code).list_opener.match(
        text, inside[position].end, min(sentence.end, inside[position].end + 60))
    if opener is None:
        # ... or an apposition naming them one by one ("Twee verdachten, een 21-jarige man
        # uit Lochem en een 20-jarige man uit Markelo, zijn aangehouden")
        opener = _APPOSITION.match(text, inside[position].end,
                                   min(sentence.end, inside[position].end + 60))
        if opener is None or position + 1 >= len(inside) \
                or inside[position + 1].start != opener.end() \
                or inside[position + 1].kind != "person":
            return None
    starts = {q.start for q in inside}
    for comma in re.finditer(r",\s*", text[opener.end():sentence.end]):
        at = opener.end() + comma.end()
        word = re.match(r"[\w'’-]+", text[at:sentence.end])
        if at not in starts and word and word.group(0).lower() not in pack.articles \
                | pack.conjunctions:
            return opener.end() + comma.start()
    return None


def _ground_sentence(text: str, sentence: Sentence, inside: list[Quantity],
                     predicates: list[Cue], pack: LanguagePack
                     ) -> list[Grounding | CountedNoun]:
    """The grounding of each number of a sentence; a number whose noun is dropped takes the
    noun of the next one when the two are coordinated ("12 en 15 doden", "50,9 tegen 47,1
    procent")."""
    words = claim_words(pack.code)
    result: list[Grounding | CountedNoun] = []
    # a group's relative clause after a part of it, by the group's position ("Eén van de vier
    # Nederlanders die nog in het ziekenhuis liggen"): said of the group, not of the part
    said_of_group: dict[int, tuple[int, int]] = {}
    clause_end = sentence.start
    for position, quantity in enumerate(inside):
        clause_start = inside[position - 1].end if position else sentence.start
        previous_clause_end, clause_end = clause_end, _clause_end(text, inside, position,
                                                                  sentence, pack)
        if quantity.share and position + 1 < len(inside) and words.part_of_group.match(
                text[quantity.end:inside[position + 1].start]):
            # "een kwart van de 1,2 miljoen zzp'ers": a share of the group, not a count of it
            result.append(Grounding("percentage", NOUN))
            continue
        if position + 1 < len(inside) and words.part_of_group.match(
                text[quantity.end:inside[position + 1].start]):
            # "zeven van de negen verdachten ... vrijgelaten": the part takes the group's noun
            # and the clause after it; the group's size is a claim only by its own noun or
            # its own relative clause
            following = inside[position + 1]
            clause_end = inside[position + 2].start if position + 2 < len(inside) \
                else sentence.end
            clause = _within_semicolons(text, quantity, clause_start, clause_end)
            noun = counted_noun(text, following.end, pack)
            relative = _relative_clause_of_group(text, noun.end, clause[1], predicates, pack) \
                or _participle_of_group(text, noun.end, clause[1], predicates)
            own = predicates
            if relative is not None:
                said_of_group[position + 1] = relative[:2]
                own = [c for c in predicates if not relative[0] <= c.start < relative[1]]
                # the part's own predicate follows the group's clause
                noun = CountedNoun(noun.kind, noun.label, relative[2])
            result.append(ground(text, quantity.start, quantity.end, clause, own, pack, noun))
            continue
        if position and previous_clause_end > quantity.start and words.noun_of.fullmatch(
                text, inside[position - 1].end, quantity.start):
            # "Twaalf leden van 3 families zijn opgepakt": the things the people are of (which
            # the clause of the people before them passed over) take no predicate of theirs
            result.append(counted_noun(text, quantity.end, pack))
            continue
        if position and words.part_of_group.match(text[inside[position - 1].end:quantity.start]):
            relative = said_of_group.get(position)
            grounding = ground(
                text, quantity.start, quantity.end,
                (quantity.start, relative[1] if relative else quantity.end),
                [c for c in predicates if relative and relative[0] <= c.start
                 and c.end <= relative[1]], pack)
            result.append(grounding if isinstance(grounding, Grounding)
                          and (grounding.how == NOUN or relative)
                          else CountedNoun("thing", None, quantity.end))
            continue
        clause = _within_semicolons(text, quantity, clause_start, clause_end)
        if position + 1 < len(inside) and clause_end == inside[position + 1].start:
            # "arrested two employees over a crash that killed seven people": a verb right
            # before the next number is that number's
            # (not when the next number counts a thing: "waarbij vier mensen overleden twee
            # inzamelingen" - the verb is the four's)
            governing = [c for c in predicates if quantity.end <= c.start
                         and clause_end - c.end <= 40 and _governs(text[c.end:clause_end], pack)
                         ] if inside[position + 1].kind != "one" and counted_noun(
                text, inside[position + 1].end, pack).kind not in THING_KINDS else []
            own = [c for c in predicates if c not in governing]
        else:
            own = predicates
        result.append(_ground_one(text, quantity, clause, own, pack))
    for group_at in said_of_group:
        part, group = result[group_at - 1], result[group_at]
        if not isinstance(part, Grounding) and isinstance(group, Grounding):
            # "twee van de vijf gewonden die in het ziekenhuis liggen, zijn overgebracht"
            result[group_at - 1] = Grounding(group.metric, PARTITIVE)
    range_joiner, change_to = range_joiner_pattern(pack.code), change_to_pattern(pack.code)
    for position in range(len(inside) - 2, -1, -1):
        here, following = result[position], result[position + 1]
        gap = text[inside[position].end:inside[position + 1].start]
        if (isinstance(here, CountedNoun) and here.kind == "none"
                and isinstance(following, Grounding) and following.how in (NOUN, COORDINATED)
                # (never a percentage for a figure with a scale word of its own: "2,7 miljoen
                # of 6,6 procent meer" is a count, then its share)
                and not (following.metric in AMOUNTS - SUMS and inside[position].kind == "scaled")
                # (a range or change of an amount whose unit the second says for both: "van
                # 3 naar 5 procent", "van 45 naar 150 euro")
                and (words.coordinator.match(gap) or (
                    following.metric in ("percentage", "money")
                    and (range_joiner.match(gap) or change_to.fullmatch(gap))
                    # (a scale it does not share is left unsaid: "from 900 to 1.2 million")
                    and inside[position + 1].kind != "scaled"))):
            result[position] = Grounding(following.metric, COORDINATED)
    for position in range(len(inside) - 1):
        # "killed 19 children and two teachers", "vier agenten en twaalf betogers gewond":
        # people counted side by side share the predicate one of them has
        gap = text[inside[position].end:inside[position + 1].start]
        if not _listed_together(text, inside[position], inside[position + 1], words) or any(
                inside[position].end <= p.start and p.end <= inside[position + 1].start
                for p in predicates):
            continue  # "(including 3 children) died and 40 were hurt": a predicate between
        for here_at, other_at in ((position, position + 1), (position + 1, position)):
            here, other = result[here_at], result[other_at]
            if isinstance(here, CountedNoun) and here.kind == "person" \
                    and isinstance(other, Grounding) and other.how == PREDICATE:
                result[here_at] = Grounding(other.metric, COORDINATED)
    for position in range(1, len(inside)):
        here = result[position]
        before = [g for g in result[:position] if isinstance(g, Grounding)]
        if isinstance(here, CountedNoun) and here.kind == "toll" and before \
                and before[-1].metric not in AMOUNTS:
            result[position] = Grounding(before[-1].metric, TOLL)  # "het juiste aantal is 14"
            continue
        earlier = result[position - 1]
        gap = text[inside[position - 1].end:inside[position].start]
        if (isinstance(here, CountedNoun) and here.kind == "none"
                and isinstance(earlier, Grounding) and earlier.metric not in AMOUNTS
                and len(gap) <= 120 and words.change_target.search(gap)
                and words.gapped_follower.match(text, inside[position].end)):
            # "had dinsdag 18 doden en steeg woensdag tot 27": the count the one before went to
            result[position] = Grounding(earlier.metric, COORDINATED)
            continue
        if (isinstance(here, CountedNoun) and here.kind == "none"
                and isinstance(earlier, Grounding) and words.contrast.search(gap)
                and len(gap.split()) <= 3):
            result[position] = Grounding(earlier.metric, COORDINATED)  # "niet 30 maar 18"
            continue
        if (isinstance(here, CountedNoun) and here.kind == "none"
                and isinstance(earlier, Grounding) and earlier.metric not in AMOUNTS
                and len(gap) <= 120
                and words.elided_after_report.search(without_closing_qualifier(gap, pack.code))
                and words.gapped_follower.match(text, inside[position].end)):
            # "Een ooggetuige had het over vijftig gewonden; het parket spreekt van 29": another
            # report of the same count, its noun left out
            result[position] = Grounding(earlier.metric, COORDINATED)
            continue
        if (isinstance(here, CountedNoun) and here.kind == "none"
                and isinstance(earlier, Grounding) and earlier.metric not in AMOUNTS
                and len(gap) <= 120 and words.elided_noun.search(gap)
                and words.gapped_follower.match(text, inside[position].end)
                # (not one a predicate of another metric governs: "vernielde 61 huizen en
                # beschadigde er nog 200" counts no destroyed homes; "kwamen 14 mensen om,
                # zondag waren het er 20" still the dead)
                and not any(inside[position - 1].end <= p.start and p.end <= inside[position].start
                            and p.label != earlier.metric for p in predicates)
                and not _partitive_opening(pack.code).match(
                    text[sentence.start:inside[0].start].lstrip(" \"'“‘("))):
            # "55 zetels, dat zijn er binnenkort nog maar 28": the noun "er" stands for (not
            # some of a whole the sentence opens with: "Van de negentien ..., liggen er nog
            # elf")
            result[position] = Grounding(earlier.metric, COORDINATED)
            continue
        if (isinstance(here, CountedNoun) and here.kind in ("none", *THING_KINDS)
                and isinstance(earlier, Grounding) and earlier.how == NOUN
                and position == 1 and re.fullmatch(r"\s+[\w'-]+(?:\s+[\w'-]+)?\s*,\s*", gap)
                and words.part_of_group.fullmatch(
                    " " + text[sentence.start:inside[0].start].lstrip(" \"'“‘(")
                    if text[sentence.start:inside[0].start].strip() else "")):
            # "Of the 20 seats, 12 are held by ...": the part counts the group's noun
            result[position] = Grounding(earlier.metric, PARTITIVE)
            continue
        if not (isinstance(here, CountedNoun) and here.kind in ("none", *THING_KINDS)
                and isinstance(earlier, Grounding) and earlier.metric not in AMOUNTS):
            continue
        # "vier zetels en de PvdA 3.", "nine drowned on Saturday and 4 on Sunday"; results
        # listed by owner go on after a comma and before the next owner too ("De SP kreeg 7
        # zetels, de PvdA 5 en het CDA 3"; only of seats and votes: "2 doden, de Boeing 737
        # en ..." lists no owners)
        by_owner = earlier.metric in OWNED_METRICS
        if by_owner and words.owners_in_parentheses.fullmatch(gap) \
                and text.startswith(")", inside[position].end):
            result[position] = Grounding(earlier.metric, COORDINATED)  # "D66 (5), PvdA (4)"
            continue
        if (words.gapped_after.search(gap) or by_owner and words.owners_listed_after.search(gap)) \
                and (words.gapped_follower.match(text, inside[position].end) or by_owner
                     and words.owners_listed_follower.match(text, inside[position].end)):
            result[position] = Grounding(earlier.metric, COORDINATED)
    return result


def _closing_report(span: str, cue: Cue, pack: LanguagePack) -> bool:
    """True when a verb closes its sentence after a comma with only its subject between, a short
    noun phrase opening with an article or a name ("..., the returns show."); not a comparison
    or a clause of another kind ("..., higher than polls had indicated", "..., which the army
    admitted", "..., as the figures show")."""
    if not re.fullmatch(r"[\s.!?\"'”’]*", span[cue.end:]) or "," not in span[:cue.start]:
        return False
    words = span[span.rindex(",", 0, cue.start) + 1:cue.start].split()
    grammar = claim_words(pack.code)
    lowered = {w.lower() for w in words}
    return 0 < len(words) <= 4 and not lowered & (
        grammar.relative_pronouns | grammar.pronouns | pack.conjunctions) and (
        words[0].lower() in pack.articles or words[0][:1].isupper())


def _participle_of_group(text: str, noun_end: int, right: int, predicates: list[Cue]
                         ) -> tuple[int, int, int] | None:
    """(start, end, resume) of a predicate right after a group's noun that another predicate
    follows in the clause: a participle saying what happened to the group ("Three of the 23
    people injured are still in hospital"); not the part's own verb ("Two of the five men
    died"). None when there is no such predicate."""
    cue = next((c for c in predicates if noun_end <= c.start and c.end <= right), None)
    if cue is None or text[noun_end:cue.start].strip():
        return None
    if not any(cue.end <= c.start and c.end <= right for c in predicates):
        return None
    return cue.start, cue.end, cue.end


def _relative_clause_of_group(text: str, noun_end: int, right: int, predicates: list[Cue],
                              pack: LanguagePack) -> tuple[int, int, int] | None:
    """(start, end, resume) of a relative clause right after a group's noun that says what
    happened to the group ("Drie van de zes mannen die werden opgepakt, zijn vrijgelaten",
    "Two of the five passengers who were injured remain in hospital"): from its pronoun to
    the end of its predicate, and where the part's own clause resumes. Only linking verbs may
    stand before the predicate, or none before one that takes no object ("who died"; not "who
    killed the guard", "who had set out together were killed"); the part resumes past a comma
    its verb follows, else right after the predicate (never in a verb-second language, where
    only that comma tells where the clause ends). None when no such clause opens there."""
    grammar = claim_words(pack.code)
    opening = re.match(r"\s*([^\W\d]+)", text[noun_end:right])
    if not opening or opening.group(1).lower() not in grammar.relative_pronouns:
        return None
    start = noun_end + opening.start(1)
    comma = text.find(",", start, right)
    cue = next((c for c in predicates if start < c.start and c.end <= (
        comma if comma >= 0 else right)), None)
    if cue is None:
        return None
    links = grounding_words(pack.code).state_links
    between = text[noun_end + opening.end():cue.start].lower().split()
    intransitive = cue.text.lower() in grammar.intransitive
    # (a verb-final clause puts its adjuncts before a verb that takes no object: "die in de
    # nacht omkwamen")
    if not (all(w in links for w in between) or (grammar.verb_second and intransitive)) \
            or not (between or intransitive):
        return None
    resumes = re.match(r",\s*([^\W\d]+)", text[comma:right]) if comma >= 0 else None
    if resumes and resumes.group(1).lower() in (
            links | grammar.passive_auxiliaries | grammar.modal_auxiliaries):
        return start, cue.end, comma + 1
    # ... or, in a verb-second language, the part's own finite verb in lower case right after
    # that comma ("Twee van de drie mannen die omkwamen, kwamen uit Breda"; not an aside that
    # opens with an article, a pronoun, a link or a preposition: ", een vader en zijn zoon,")
    if resumes and grammar.verb_second and resumes.group(1).islower() \
            and resumes.group(1) not in (pack.articles | pack.conjunctions | grammar.prepositions
                                         | grammar.relative_pronouns | grammar.relative_adverbs):
        return start, cue.end, comma + 1
    return None if grammar.verb_second else (start, cue.end, cue.end)


def _relative_clause_after(text: str, end: int, right: int, grammar) -> tuple[int, int]:
    """(start, end) of a relative clause opening at the first comma after a figure (", die
    ...", ", who ..."), up to the next comma; (0, 0) when none opens there."""
    comma = text.find(",", end, right)
    if comma < 0:
        return 0, 0
    opening = re.match(r",\s*([^\W\d]+)", text[comma:right])
    if not opening or opening.group(1).lower() not in grammar.relative_pronouns:
        return 0, 0
    after = text.find(",", comma + 1, right)
    return comma, after if after >= 0 else right


def _relative_clause_around(text: str, quantity: Quantity, left: int, right: int,
                            pack: LanguagePack, predicates: _ByStart) -> tuple[int, int]:
    """(start, end) of a relative clause set off by commas that holds the figure (", waar
    vijftig mensen werden gedood,", ", which killed 12,"); (left, right) when it is in none.
    Where nothing but the figure and its noun stand between the commas, they are a list's or
    an aside's (", waarbij 30 doden, 40 gewonden ... zouden zijn gevallen", ", where 40
    people, according to residents, may have been killed")."""
    grammar = claim_words(pack.code)
    comma = text.rfind(",", left, quantity.start)
    closing = text.find(",", quantity.end, right)
    if comma < 0 or closing < 0:
        return left, right
    # (a preposition may lead: ", in which 12 people died,", ", bij wie ..."; "dat" after a
    # comma opens what is said as often: ", dat 12 soldaten zijn gesneuveld,")
    relatives = (grammar.relative_pronouns | grammar.relative_adverbs) - grammar.clause_openers
    opening = re.findall(r"[^\W\d]+", text[comma:quantity.start].lower())
    led = 2 if len(opening) > 1 and opening[0] in grammar.prepositions \
        and opening[1] in relatives else 1 if opening and opening[0] in relatives else 0
    if not led:
        return left, right
    noun = counted_noun(text, quantity.end, pack)
    after = text[max(quantity.end, min(noun.end, closing)):closing]
    if predicates.within(comma, closing) or opening[led:] or re.search(r"[^\W\d]", after):
        return comma, closing
    return left, right


def _governs(gap: str, pack: LanguagePack) -> bool:
    """True when a verb this far before a number takes it as its object: nothing between but
    a qualifier ("killed at least seven"; not "were killed and seven", "aangehouden die twee")."""
    return re.fullmatch(r"\s*", gap) is not None or pack.qualifiers.pattern.fullmatch(
        gap.strip()) is not None


def _past_readings(text: str, sentence: Sentence, inside: list[Quantity],
                   groundings: list[Grounding | CountedNoun], pack: LanguagePack
                   ) -> dict[int, int]:
    """{position of a figure the sentence gives as the one before: position of the figure it
    came before}: "rose from 37 to 52", "steeg van 37 naar 52" (37 before 52); "six arrests
    Wednesday, compared to 47 the night before", "up from two" (47 before six). A figure
    without a noun takes the other's metric (in `groundings`)."""
    words = claim_words(pack.code)
    links: dict[int, int] = {}
    for position in range(1, len(inside)):
        first, second = inside[position - 1], inside[position]
        gap = text[first.end:second.start]
        # (the level may be bounded: "steeg van 37 tot ruim 52")
        if words.change_to.fullmatch(without_closing_qualifier(gap, pack.code)) \
                and reads_as_change(text, first, second, pack.code):
            past, now = position - 1, position
        elif reached_from(text, first, second, pack.code):
            past, now = position, position - 1  # "fell to 400,000 from 1.6 million"
        elif len(gap) <= 120 and words.change_target.search(gap):
            past, now = position - 1, position  # "had 18 doden en steeg tot 27"
        elif words.compared_with.search(gap) and len(gap.split()) <= 8:
            # the figure after the comparison is the past one, unless its own words make it the
            # present ("47 killed last year, compared with 12 this year")
            after = re.split(r"[,.;:!?]", text[second.end:second.end + 60], maxsplit=1)[0]
            past, now = ((position - 1, position) if words.present.search(after)
                         else (position, position - 1))
        else:
            continue
        grounded = [groundings[i] for i in (now, past) if isinstance(groundings[i], Grounding)]
        if grounded and grounded[0].metric == "percentage" and past < now \
                and inside[past].kind in ("digits", "word") \
                and isinstance(groundings[past], CountedNoun) and groundings[past].kind == "none":
            # "zakte van 54,4 naar 52 procent": the first figure's unit is the second's
            groundings[past] = Grounding("percentage", COORDINATED)
            links[past] = now
            continue
        if not grounded or grounded[0].metric in AMOUNTS:
            continue  # "up from 3 percent" is a change of an amount, not a count's past
        for i in (past, now):
            # no noun, or people ("van 1 miljard naar 1,26 miljard mensen"), or the time the
            # past figure held ("tegenover 1.240 donderdagochtend")
            counted = groundings[i]
            if isinstance(counted, CountedNoun) and (
                    counted.kind in ("none", "person")
                    or (i == past and counted.kind == "thing"
                        and names_another_day(text[inside[i].end:counted.end], pack)
                        # (the time ends the clause: not "tegenover 11 maandag bij een
                        # andere aanval", another event's)
                        and re.match(r"\s*(?:[.,;:!?)]|$)", text[counted.end:counted.end + 3]))):
                groundings[i] = Grounding(grounded[0].metric, COORDINATED)
        links[past] = now
    return links


def _ground_one(text: str, quantity: Quantity, clause: tuple[int, int], predicates: list[Cue],
                pack: LanguagePack) -> Grounding | CountedNoun:
    if quantity.kind == "multiplier":
        return Grounding("price_change_factor", NOUN)  # numbers.py keeps only price multipliers
    if quantity.currency:
        return Grounding("money", NOUN)
    if quantity.share:
        return Grounding("percentage", NOUN)
    if quantity.kind == "person":
        # (a metric's own phrase after an ordinal: "een derde dodelijk slachtoffer")
        label = grounding_words(pack.code).noun_label
        noun = label.get(" ".join(quantity.text.lower().split()[-2:])) \
            or label.get(_person_noun(quantity))
        if noun in ORDINAL_TOLLS:
            return Grounding(noun, NOUN)  # "een derde dode": the noun is the metric's
        grounding = _one_person_grounding(text, quantity, clause, predicates, pack)
        adjective = None if grounding else _event_adjective_metric(text, quantity, pack)
        return grounding or (Grounding(adjective, NOUN) if adjective
                             else CountedNoun("person", None, quantity.end))
    money_verbs = claim_words(pack.code).money_verbs
    if quantity.money_scale:
        # "de verbouwing kostte vier ton" is money; "40 ton afval" a weight, and so is "de oogst
        # van 20 ton is verloren, de schade ...": money must be spoken of between its commas
        left = max(text.rfind(",", clause[0], quantity.start),
                   text.rfind(";", clause[0], quantity.start), clause[0])
        rights = [i for i in (text.find(",", quantity.end, clause[1]),
                              text.find(";", quantity.end, clause[1])) if i >= 0]
        if quantity.bare_money_scale:
            # "een ton", "tonnen" are weights as often: money only as the object of a verb of
            # money in its own clause ("verdient tonnen", "kostte de stad een ton"; not "een
            # boete omdat het tonnen loosde") or with the money's noun after ("tonnen subsidie")
            words = text[left:quantity.start].split()
            openers = claim_words(pack.code).subordinators | pack.conjunctions
            cut = max((i + 1 for i, w in enumerate(words) if w.lower().strip(",") in openers),
                      default=0)
            own = " ".join(words[cut:][-4:])
            return Grounding("money", PREDICATE) if money_verbs.search(own) or \
                money_verbs.match(text[quantity.end:quantity.end + 30].lstrip()) \
                else CountedNoun("thing", None, quantity.end)
        return Grounding("money", PREDICATE) if money_verbs.search(
            text, left, min(rights) if rights else clause[1]) \
            else CountedNoun("thing", None, quantity.end)
    grounding = ground(text, quantity.start, quantity.end, clause, predicates, pack,
                       of=quantity.kind in ("vague", "share", "one"))
    group = _people_of_group(text, quantity, clause, predicates, pack) \
        if isinstance(grounding, CountedNoun) and grounding.kind == "none" \
        and quantity.kind in ("digits", "word") else None
    if group is not None:
        # "Vier van de passagiers raakten daarbij zwaargewond": a part of a group of people
        # counts what its own verb says, as far from it as from the group's own noun (its
        # verb, not the group's noun: "vijf van de demonstranten droegen een bivakmuts" are
        # no crowd; nor a word of another's noun: "hielpen de gewonde fietser"; "among the
        # dead" has none after it)
        attributive = grounding_words(pack.code).attributive
        own = [c for c in predicates
               if not (attributive.search(text, max(0, c.start - 12), c.start)
                       and re.match(r"[ \t]+[^\W\d_]", text[c.end:c.end + 3]))]
        said = ground(text, quantity.start, quantity.end, clause, own, pack, group)
        if isinstance(said, Grounding) and said.how == PREDICATE:
            grounding = said
    if isinstance(grounding, CountedNoun) and quantity.kind == "scaled" and (
            grounding.kind == "none" or (grounding.kind == "thing" and grounding.label
                                         and money_verbs.fullmatch(grounding.label))) \
            and money_verbs.search(text, clause[0], clause[1]):
        # "5 miljoen te doneren", "heeft 40 miljoen gekost": an amount, its currency unsaid
        return Grounding("money", PREDICATE)
    return grounding


def _subject(text: str, quantity: Quantity, subjects: list[Cue],
             pack: LanguagePack, governed_one: bool = False) -> str | None:
    """Whose count it is: the group word right after the number, else the people noun it
    counts when that is no group we know ("410 Nederlandse kampeerders": only the same group
    is comparable), else the nearest group word of its clause."""
    following = [c for c in subjects if 0 <= c.start - quantity.end <= 2 + len(
        re.match(r"\s*(?:\w+\s+)?", text[quantity.end:quantity.end + 30]).group(0))]
    if following:
        return following[0].label
    counted = counted_noun(text, quantity.end, pack)
    if complement_pair(text, quantity.end, counted.end, grounding_words(pack.code)):
        return None  # "twaalf passagiers en bemanningsleden": everyone, no group of its own
    if counted.kind == "person" and counted.label and not _is_generic(counted.label, pack) \
            and not (governed_one and _counted_one(quantity.text, counted.label, pack)):
        return _group_name(counted.label, pack)
    described = re.match(r"\s+([^\W\d][\w'’-]*)", text[counted.end:counted.end + 40]) \
        if counted.kind == "metric" else None
    if described and described.group(1).lower() in _group_names(pack.code):
        # "negen gewonde leerlingen", "nine injured pupils": the metric a word describing the
        # group, which is the pupils (no count of all the injured)
        return _group_name(described.group(1), pack)
    if counted.compound:
        # "tien tegendemonstranten": a compound of the weak noun, some of its people
        return _group_name(counted.compound, pack)
    if counted.kind == "weak" and (held := _group_of(text, quantity.end, counted, pack)):
        # "vijf gedetineerden", "300 detainees": people held, a group of their own, never
        # compared with the people an event's arrests count
        return _group_name(held, pack)
    nearest = _nearest(subjects, quantity)
    return nearest.label if nearest else None


def _counted_one(numeral: str, noun: str, pack: LanguagePack) -> bool:
    """"killing one man", "doodde één man": the numeral and a plain person's noun count
    people, no group of their own (asked only when a toll's verb takes them as its object)."""
    counted = pack.raw.get("counted_one", {}) or {}
    return numeral.lower() in counted.get("numerals", []) \
        and noun.lower() in counted.get("persons", [])


def _groups_counted(text: str, figures: list[Quantity], pack: LanguagePack) -> set[str]:
    """The groups of people the figures before a part count ("zeven Nederlanders ... Twee van
    hen"), or its own whole ("twee van de vijf gedetineerden")."""
    return {_group_of(text, q.end, counted_noun(text, q.end, pack), pack)
            for q in figures} - {None}


def _one_group(groups: set[str], pack: LanguagePack) -> str | None:
    """The group a part is of, when the figures before count one, unless that is people in
    general ("zeven Nederlanders en drie Belgen ... Twee van hen": whose, unsaid)."""
    if len(groups) != 1:
        return None
    group = next(iter(groups))
    return None if _is_generic(group, pack) else _group_name(group, pack)


def _group_of(text: str, start: int, counted: CountedNoun, pack: LanguagePack) -> str | None:
    """The people noun a number ending at `start` counts ("zeven Nederlanders"), or a noun of
    held people that is a group of its own ("vijf gedetineerden")."""
    if counted.kind == "person" and counted.label:
        return counted.label
    noun = text[start:counted.end].split()[-1:] if counted.kind == "weak" else []
    return noun[0] if noun and noun[0].lower() in _group_names(pack.code) else None


def _group_name(noun: str, pack: LanguagePack) -> str:
    """The name a counted group is stored under, one for every language ("mijnwerkers" and
    "miners" are "miners"); a noun the pack does not list is its own group (a compound too:
    "treinreizigers" may be some of the "reizigers")."""
    return _group_names(pack.code).get(noun.lower(), noun)


@functools.cache
def _group_names(code: str) -> dict[str, str]:
    return {noun.lower(): name for name, nouns in (
        load_pack(code).raw.get("group_names", {}) or {}).items() for noun in nouns}


def _is_generic(noun: str, pack: LanguagePack) -> bool:
    """People in general, also as the head of a compound no list names ("legionellapatiënten"
    are the story's patients; "bemanningsleden", "crew members" are a group)."""
    lower, generic = noun.lower(), _generic_people(pack.code)
    if lower in generic:
        return True
    return lower not in _listed_people(pack.code) and any(
        len(lower) - len(word) > 3 and lower.endswith(word) for word in generic if len(word) >= 5)


@functools.cache
def _listed_people(code: str) -> frozenset[str]:
    """Every people noun a pack lists by name: its persons, relations and groups."""
    raw = load_pack(code).raw
    return frozenset(w.lower() for w in raw.get("persons", []) + raw.get(
        "relational_persons", []) + [n for nouns in (raw.get("group_names", {}) or {}).values()
                                     for n in nouns])


@functools.cache
def _generic_people(code: str) -> frozenset[str]:
    """People counted with no group: "mensen", "people", "slachtoffers", "others"."""
    raw = load_pack(code).raw
    return frozenset(w.lower() for w in raw.get("subjects", {}).get("all", [])
                     + raw.get("generic_people", []))


def _clause_around(text: str, start: int, end: int, sentence: Sentence,
                   pack: LanguagePack) -> tuple[int, int]:
    """The clause of the figure text[start:end] in its sentence, by its punctuation; the commas
    of a list of words ("damage to homes, farms and businesses at 25 million") end nothing."""
    marked = claim_words(pack.code).word_list.sub(
        lambda m: m.group(0).replace(",", " "), text[sentence.start:sentence.end])
    offset = sentence.start
    clause_start = max([marked.rfind(mark, 0, start - offset) for mark in (",", ";", ".")]
                       + [-1]) + 1 + offset
    clause_end = min([i + offset for i in (marked.find(mark, end - offset)
                                           for mark in (",", ";", ". ")) if i >= 0]
                     or [sentence.end])
    return clause_start, clause_end


@functools.cache
def _station_turnout(code: str) -> re.Pattern[str]:
    return phrase_pattern(load_pack(code).raw.get("station_turnout", []) or ["\x00"])


def _over_hundred(figure: str) -> bool:
    """A percentage written above 100 ("146", "112,5")."""
    whole = re.match(r"\d[\d.,]*", figure)
    return whole is not None and int(re.split(r"[.,]", whole.group(0))[0] or 0) > 100


def _percentage_kind(text: str, start: int, end: int, sentence: Sentence,
                     pack: LanguagePack) -> str:
    """percentage (a share, 0-100), or percentage_change / ratio_percentage when the clause
    says so ("steeg met 195 procent", "134 procent van het bbp"): those may exceed 100."""
    clause_start, clause_end = _clause_around(text, start, end, sentence, pack)
    clause = text[clause_start:clause_end]
    # "turnout was down 9 percent", "sales were up by as much as 30%": a change, whatever the
    # clause counts (the figure's own bound between: "up by up to 30%")
    bound = next((cue for cue in pack.qualifiers.find(text, max(clause_start, start - 30), start)
                  if not text[cue.end:start].strip()), None)
    figure_start = bound.start if bound is not None else start
    if _change_right_before(pack.code).search(text, max(sentence.start, figure_start - 30),
                                              figure_start):
        return "percentage_change"
    if _station_turnout(pack.code).search(clause) and _over_hundred(text[start:end]):
        # "in het stembureau op het station lag de opkomst op 146 procent": one station's
        # turnout, counted against its district's voters while anyone may vote there
        return "ratio_percentage"
    for metric, pattern in _kinds(pack.code, "percentage_kinds"):
        if pattern.search(clause):
            return metric
    by, verbs = _change_by(pack.code)
    if by.search(text, max(clause_start, start - 12), start) and verbs.search(clause):
        return "percentage_change"  # "steeg de jaaromzet met 195 procent"
    # a verb of change with the figure as its object: "rose 340 percent", "steeg 40 procent"
    # ("rose to 64 percent" is a level)
    if any(not text[m.end():start].strip()
           for m in verbs.finditer(text, max(clause_start, start - 30), start)):
        return "percentage_change"
    # (a clause opening with a whole names what the figure is a share of: "Van de leerlingen
    # scoorde 62 procent boven het gemiddelde")
    if (_percentage_then(pack.code, "percentage_from_level").match(text, end)
            or _percentage_then(pack.code, "percentage_over_limit").match(text, end)) \
            and not _partitive_opening(pack.code).match(
                text, clause_start + len(text[clause_start:start]) - len(
                    text[clause_start:start].lstrip())):
        return "percentage_change"  # "260 procent boven het gemiddelde"
    if _percentage_then(pack.code, "percentage_of_limit").match(text, end) \
            or _percentage_then(pack.code, "percentage_of_usual").match(text, end) \
            or _percentage_of_dated_level(pack.code).match(text, end):
        return "ratio_percentage"  # "121 percent of its annual quota", "of a normal Sunday"
    # a ratio named before its value in the clause ("de dekkingsgraad zakte naar 98 procent";
    # not "65 procent van de fondsen heeft een dekkingsgraad ...": a share of the funds)
    # (nor "50 procent van de winst": a share of something after the figure)
    for metric, pattern in _kinds(pack.code, "percentage_kinds_before"):
        if pattern.search(text, clause_start, start) \
                and not _share_of_after(pack.code).match(text, end):
            return metric
    if _over_hundred(text[start:end]) and not _share_of_after(pack.code).match(text, end):
        # no share is above 100: near a ratio that may pass it, in the figure's paragraph, the
        # figure is its value, its threshold or one of a list of them ("from 116.8% ... to
        # 121.4% and 123.9%", "de grens van 125 procent"; not "130 procent van de
        # deelnemers", a share still)
        near = _paragraph_near(text, sentence)
        for metric, pattern in _kinds(pack.code, "percentage_kinds_before"):
            if pattern.search(text, *near):
                return metric
    return "percentage"


# how far before a figure's sentence its paragraph is read for what the figure is (the sentence
# before it or so: a text without line breaks is one paragraph)
PARAGRAPH_REACH = 300


def _paragraph_near(text: str, sentence: Sentence) -> tuple[int, int]:
    """The stretch of the sentence's paragraph from about the sentence before it to the
    sentence's end."""
    paragraph_start = text.rfind("\n", 0, sentence.start) + 1
    return max(paragraph_start, sentence.start - PARAGRAPH_REACH), sentence.end


@functools.cache
def _partitive_opening(code: str) -> re.Pattern[str]:
    """A clause opening with a whole ("Of the pupils", "Van de leerlingen")."""
    return phrase_pattern((load_pack(code).raw.get("clause_words", {}) or {}).get(
        "partitive_openers", []) or ["\x00"])


@functools.cache
def _percentage_then(code: str, section: str) -> re.Pattern[str]:
    """A percentage's noun, one of the section's links and within three words one of its
    nouns (or a compound ending in one of its compounds) after a figure: "procent boven het
    gemiddelde" (percentage_from_level), "percent of its annual quota"
    (percentage_of_limit)."""
    pack = load_pack(code)
    spec = pack.raw.get(section) or {}
    units = _any_of((pack.raw.get("metrics", {}) or {}).get("percentage", []))
    return re.compile(rf"\s*(?:{units})?\s+(?:{_any_of(spec.get('links', []))})"
                      rf"(?:\s+[\w'-]+){{0,3}}?\s+(?:(?:{_any_of(spec.get('nouns', []))})"
                      rf"|(?:[^\W\d][\w-]*?)?(?:{_any_of(spec.get('compounds', []))}))"
                      r"(?![\w-])", re.IGNORECASE)


def _any_of(values: list[str]) -> str:
    """An alternation of a pack list's phrases; one that matches nothing when it is empty."""
    return trie_regex(values or ["\x00"])


@functools.cache
def _percentage_of_dated_level(code: str) -> re.Pattern[str]:
    """A percentage's noun, a link ("percent of", "procent van") and within three words a level
    with its time right before it or after the link (a year or one of the section's `times`):
    "148 percent of the 2039 level", "130 procent van het peil van vorig jaar"; or a pronoun
    for the level with its time after it ("103 procent van dat in oktober vorig jaar")."""
    pack = load_pack(code)
    spec = pack.raw.get("percentage_of_dated_level") or {}
    units = _any_of((pack.raw.get("metrics", {}) or {}).get("percentage", []))
    links, nouns = _any_of(spec.get("links", [])), _any_of(spec.get("nouns", []))
    time = rf"(?:(?:1[89]|2\d)\d\d|{_any_of(spec.get('times', []))})(?:'s)?"
    pronouns, pronoun_links = (_any_of(spec.get(key, []) or ["\x00"])
                               for key in ("pronouns", "pronoun_links"))
    return re.compile(rf"\s*(?:{units})?\s+(?:{links})(?:(?:\s+[\w'-]+){{0,2}}?\s+"
                      rf"(?:{time}\s+(?:{nouns})|(?:{nouns})\s+(?:{links})\s+{time})"
                      # ... or a pronoun for the level ("van dat in oktober vorig jaar")
                      # (the time ending its clause: not "van die in 2040 geboren kinderen")
                      rf"|\s+(?:{pronouns})\s+(?:{pronoun_links})(?:\s+[\w'-]+){{0,2}}?"
                      rf"\s+{time}(?=\s*(?:[.,;:!?)]|$)))(?![\w-])", re.IGNORECASE)


@functools.cache
def _share_of_after(code: str) -> re.Pattern[str]:
    """A percentage's noun and "of" after it ("procent van de", "percent of"): a share."""
    pack = load_pack(code)
    nouns = (pack.raw.get("metrics", {}) or {}).get("percentage", [])
    return re.compile(r"\s*(?:" + "|".join(map(re.escape, nouns)) + r")?\s+(?:"
                      + "|".join(map(re.escape, pack.raw["numbers"].get("share_of_words", [])
                                     or ["\x00"])) + r")(?![\w-])", re.IGNORECASE)


def _money_kind(text: str, start: int, end: int, sentence: Sentence, pack: LanguagePack) -> str:
    """money, or damage when the clause says the amount is what an event destroyed ("de schade
    wordt geschat op 1,6 miljard euro"): the one amount reports of an event compare."""
    clause = text[slice(*_clause_around(text, start, end, sentence, pack))]
    if _money_given(pack.code).search(clause):
        return "money"  # "pledged $5 million to repair the damage": money for it
    return next((metric for metric, pattern in _kinds(pack.code, "money_kinds")
                 if pattern.search(clause)), "money")


@functools.cache
def _money_given(code: str) -> re.Pattern[str]:
    return phrase_pattern(load_pack(code).raw.get("money_kinds_unless", []) or ["\x00"])


def _counterfactual(text: str, quantity: Quantity, sentence: Sentence,
                    grammar: _ClaimWords) -> bool:
    """A figure of what would have happened: a counterfactual verb within a few words of it
    in its clause ("no one would have died", "dan hadden er geen doden gevallen"), in a
    sentence with a condition where the pack asks for one ("Had the guards been armed"); not
    the figure a comparison with what did not happen starts from ("The toll of 40 would have
    been far higher had ...")."""
    near = any(not re.search(r"[,;:]", text[m.end():quantity.start] if m.end() <= quantity.start
                             else text[quantity.end:m.start()])
               and not _compared_with_what_did_not_happen(text, quantity, m, sentence, grammar)
               for m in grammar.counterfactual.finditer(
                   text, max(sentence.start, quantity.start - 40),
                   min(sentence.end, quantity.end + 40)))
    return near and (grammar.counterfactual_condition is None
                           or grammar.counterfactual_condition.search(
                               text, sentence.start, sentence.end) is not None)


def _turned_from(text: str, hedge: Cue, quantity: Quantity, sentence: Sentence,
                 pack: LanguagePack) -> bool:
    """True when the sentence turns (", maar", ", but", a semicolon) between a hedge inside it
    and a figure after the turn: what follows is said in its own mood ("Er raakten mogelijk
    vier mensen gewond, maar er vielen zeker drie doden"; not "maar ook", nor "maar" with no
    comma, "vermoedelijk maar twee", "niet vijf maar zeven"). A hedge that opens the sentence
    still covers it all ("Naar verluidt ...")."""
    if hedge.end > quantity.start or not text[sentence.start:hedge.start].strip(" \"'„“”‘’,"):
        return False
    grammar = claim_words(pack.code)
    turn = grammar.clause_turn.search(text, hedge.end, quantity.start)
    if turn is None:
        return False
    # (a denied figure before the turn corrects, not turns: "niet vijf, maar zeven"; not
    # "niet door brandstichting, maar")
    denied = grammar.denied_before.search(text, hedge.end, turn.start())
    return denied is None or not any(
        word.isdigit() or number_value(word.lower(), pack) is not None
        for word in denied.group(1).split()[:1])


def _compared_with_what_did_not_happen(text: str, quantity: Quantity, modal: re.Match[str] | Cue,
                                       sentence: Sentence, grammar: _ClaimWords) -> bool:
    """True when a modal after the figure, in its clause, compares it with what would have
    been under a condition ("Het cijfer van 5,0 procent zou nog hoger geweest zijn als ...",
    "The rate of 5 percent would have been higher if ..."): the figure is what happened, and
    neither a counterfactual nor a hedged one."""
    start, end = (modal.start(), modal.end()) if isinstance(modal, re.Match) \
        else (modal.start, modal.end)
    if start < quantity.end or re.search(r"[,;:]", text[quantity.end:start]):
        return False
    # (the condition may stand before the comparative: "zou er zonder de dijk veel meer zijn")
    return grammar.counterfactual_comparison.match(text, end, sentence.end) is not None \
        and grammar.counterfactual_comparison_condition.search(
            text, quantity.end, sentence.end) is not None


def _changed_by(text: str, quantity: Quantity, sentence: Sentence, pack: LanguagePack) -> bool:
    """A count that is the change of a verb of change before it in its clause ("arrests fell
    by 30", "het dodental steeg met 5"), not a count of its own."""
    clause_start, _ = _clause_around(text, quantity.start, quantity.end, sentence, pack)
    by, verbs = _change_by(pack.code)
    # (the verb in the same stretch: "Het aantal arrestaties steeg, met 40 mensen opgepakt")
    # (or a margin: "outnumbered births by 20,000")
    return by.search(text, max(clause_start, quantity.start - 12), quantity.start) is not None \
        and any(not re.search(r"[,;:]", text[m.end():quantity.start])
                for pattern in (verbs, _margin_verbs(pack.code))
                for m in pattern.finditer(text, clause_start, quantity.start))


@functools.cache
def _change_by(code: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    raw = load_pack(code).raw
    return words_before(raw.get("percentage_change_by", [])), change_verb_pattern(code)


@functools.cache
def _change_right_before(code: str) -> re.Pattern[str]:
    """"were up", "closed down", ", up" (by): the words that make a percentage right after them
    a change (not "make up", "picked up": a share)."""
    spec = load_pack(code).raw.get("percentage_change_right_before") or {}
    if not spec.get("words"):
        return re.compile("\x00")
    by = "|".join(map(re.escape, load_pack(code).raw.get("percentage_change_by", []))) or "\x00"
    verbs = "|".join(map(re.escape, spec.get("after", []))) or "\x00"
    words = "|".join(map(re.escape, spec["words"]))
    # (or after a comma, an apposition of the change: "more than doubled, up 130 percent")
    return re.compile(rf"(?:(?<![\w-])(?:{verbs})\s+|,\s*)(?:{words})\s+(?:(?:{by})\s+)?$",
                      re.IGNORECASE)


@functools.cache
def _margin_verbs(code: str) -> re.Pattern[str]:
    return phrase_pattern(load_pack(code).raw.get("margin_verbs", []) or ["\x00"])


@functools.cache
def _kinds(code: str, key: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(metric, words) of a pack's finer kinds of one metric (percentage_kinds, money_kinds)."""
    kinds = load_pack(code).raw.get(key, {}) or {}
    return tuple((metric, phrase_pattern(words, marks_after_digits=True))
                 for metric, words in kinds.items())


def _claim(article_id: str, text: str, quantity: Quantity, grounding: Grounding,
           subject: str | None, sentence: Sentence, hedged: bool, source: str | None,
           pack: LanguagePack, part_of: str | None, others: list[Quantity]) -> Claim:
    metric = grounding.metric
    sign = sign_before(text, quantity) if metric == "percentage" \
        and quantity.kind != "range" else 0
    if sign:
        # "-0,3%", "+2,6%": a signed figure is a change (a share is never below zero), below
        # zero as written (changes are not compared between reports, so "daalde 0,3 procent"
        # kept as its size disagrees with none)
        metric = "percentage_change"
    elif metric == "percentage":
        metric = _percentage_kind(text, quantity.start, quantity.end, sentence, pack)
    elif metric == "money":
        metric = _money_kind(text, quantity.start, quantity.end, sentence, pack)
    if metric in AMOUNTS:
        quantity = as_amount(quantity)
    if sign < 0:
        quantity = negated(quantity)
    # the place named nearest the number in its sentence, before it or after it in its own
    # clause ("died in northern Slovenia ..., after three bodies were found near Laško":
    # Slovenia for the dead, Laško for the three; "3,200 homeless, most of them in Imzouren":
    # a place for some of them, not for the figure)
    # a place in the reporting clause before the number is where the source is ("Officials in
    # Ferguson said 14 were killed"), not the figure's
    # a toll is the event's whole: only a place in its own clause narrows it ("..., near
    # Alferce, bringing the death toll of the wildfire to two": no toll of Alferce)
    place_from = max(sentence.start, text.rfind(",", sentence.start, quantity.start) + 1,
                     text.rfind(";", sentence.start, quantity.start) + 1) \
        if grounding.how == TOLL else sentence.start
    places = [m for m in sorted(
        pack.place.finditer(text, place_from, sentence.end),
        key=lambda m: abs(m.start(1) - quantity.start)) if _is_place(m.group(1), pack)
        # (after it, not past a colon: "2.900 geëvacueerd: 1.800 uit Aldenwaard" is the
        # place of a part the colon opens)
        and (m.start() < quantity.start or _in_its_clause_after(text, quantity, m.start()))
        and not (m.end() < quantity.start and pack.speech_verbs.find(text, m.end(),
                                                                     quantity.start))]
    # "Slovenia's Savinja valley": the place the possessive names, which reference data knows
    place = [re.sub(r"['’]s\b.*|(?<=s)['’].*", "", m.group(1)) for m in places]
    scope, part = _scope(text, sentence, quantity, others, pack)
    if part is not None:
        place = [part]
    if places and scope in (None, "places") and _listed_with_others(text, places[0].end(1),
                                                                    pack):
        scope = "several"  # "in Mozambique, Zimbabwe en Malawi": a figure for all of them
    listed = [m for m in claim_words(pack.code).list_place.finditer(
        text, sentence.start, sentence.end) if _is_place(m.group(1), pack)
        and _listed_with_others(text, m.end(1), pack)] if not places else []
    if listed and scope in (None, "places"):
        # "evacuated 1,200 people from Kallo and neighbouring villages": from a list of places
        place, scope = [listed[0].group(1)], "several"
    if not place:
        # "off the Dutch and Belgian coasts": the countries its adjectives name
        ground = _country_ground(text, place_from, sentence.end, quantity, pack)
        if ground:
            place = ground[:1]
            scope = "several" if len(ground) > 1 and scope in (None, "places") else scope
    if scope == "places":
        scope = "whole"  # "52 doden in de drie landen": all of the story's countries
    if not place and pack.place_anaphora.search(text, sentence.start, sentence.end):
        # "in de stad": the place last named before the number, in this sentence or just before
        earlier = max(0, sentence.start - 400)
        place = [p for p in pack.place_antecedent.findall(text, earlier, quantity.start)
                 if _is_place(p, pack)][-1:]
    identity = f"{article_id}:{quantity.start}:{quantity.end}:{metric}"
    return Claim(
        claim_id=hashlib.blake2b(identity.encode(), digest_size=8).hexdigest(),
        article_id=article_id, metric=metric, subject=subject,
        location=place[0] if place else None,
        value_low=quantity.strict[0], value_high=quantity.strict[1],
        lenient_low=quantity.lenient[0], lenient_high=quantity.lenient[1],
        qualifier=quantity.qualifier, hedged=hedged, attributed_to=source,
        char_start=quantity.start, char_end=quantity.end,
        quote=text[sentence.start:sentence.end].strip(),
        grounding=grounding.how, part_of=part_of, scope=scope,
    )


def _in_its_clause_after(text: str, quantity: Quantity, start: int) -> bool:
    """Whether what starts at `start`, after the figure, is in the figure's own clause: no
    colon, semicolon or comma (but a thousands comma) between."""
    return not re.search(r"[;:]|,(?!\d)", text[quantity.end:start])


def _country_ground(text: str, start: int, end: int, quantity: Quantity, pack: LanguagePack
                    ) -> list[str]:
    """The countries named by their adjectives before a noun of their ground, after a
    preposition of place ("aan de Nederlandse kust", "off the Dutch and Belgian coasts"),
    nearest the figure: before it in its own clause with no comma, nor a reporting verb
    between ("Speaking on Dutch soil, the minister said 40 ..."), or after it in its own
    clause; [] when none is."""
    pattern, countries = _place_adjectives(pack.code)
    found = [m for m in pattern.finditer(text, start, end)
             if (m.end() <= quantity.start
                 and not re.search(r"[,;:]", text[m.end():quantity.start])
                 and not pack.speech_verbs.find(text, m.end(), quantity.start))
             or (m.start() >= quantity.end and _in_its_clause_after(text, quantity, m.start()))]
    if not found:
        return []
    nearest = min(found, key=lambda m: abs(m.start() - quantity.start))
    return [countries[a.lower()] for a in nearest.group("first", "second") if a]


@functools.cache
def _place_adjectives(code: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """The pack's place_adjectives as one pattern (a preposition of place, an article maybe,
    one or two country adjectives and a noun of ground) and each adjective's country."""
    spec = load_pack(code).raw.get("place_adjectives", {}) or {}
    countries = {adjective.lower(): country
                 for adjective, country in (spec.get("countries", {}) or {}).items()}
    if not countries:
        return re.compile("\x00"), {}
    adjectives = trie_regex(list(countries))
    prepositions, joiners, nouns = (trie_regex(spec.get(key, []) or ["\x00"])
                                    for key in ("prepositions", "joiners", "nouns"))
    articles = trie_regex(sorted(load_pack(code).articles))
    return re.compile(rf"(?<![\w-])(?:{prepositions})\s+(?:(?:{articles})\s+)?"
                      rf"(?P<first>{adjectives})(?:\s+(?:{joiners})\s+(?P<second>{adjectives}))?"
                      rf"\s+(?:{nouns})(?![\w-])", re.IGNORECASE), countries


# a capitalised word, in any Latin script ("Silves", "Šoštanj", "Łódź"), and a name of up to four
_CAPITAL = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_NAME = rf"[{_CAPITAL}][\w'’-]*(?:\s+[{_CAPITAL}][\w'’-]*){{0,3}}"


def _part_pattern(pack: LanguagePack, key: str, name_first: bool) -> re.Pattern[str]:
    """A part named before its marker ("[in] [the] NAME [place noun] alone") or after it
    ("alleen al in [het] [noun] NAME [noun]"); the groups say whether a place preposition or
    a word for a place came with the name."""
    words = "|".join(map(re.escape, sorted(pack.raw.get(key, []), key=len, reverse=True)))
    if not words:
        return re.compile("\x00")
    prepositions = "|".join(map(re.escape, pack.raw.get("places_prepositions", [])))
    articles = "|".join(map(re.escape, pack.raw.get("articles", [])))
    if name_first:
        return re.compile(rf"(?<![\w-])(?:(?P<preposition>(?i:{prepositions}))\s+"
                          rf"(?:(?i:{articles})\s+)?)?(?P<name>{_NAME})"
                          rf"(?P<nouns>(?:\s+[a-z][\w-]*){{0,2}}?),?\s+(?i:{words})(?![\w-])")
    return re.compile(rf"(?<![\w-])(?P<marker>(?i:{words}))\s+(?:(?i:{articles})\s+)?"
                      rf"(?P<nouns>(?:[a-z][\w-]*\s+)?)(?P<name>{_NAME})"
                      rf"(?P<after>(?:\s+[a-z][\w-]*)?)")


def _scope(text: str, sentence: Sentence, quantity: Quantity, others: list[Quantity],
           pack: LanguagePack) -> tuple[str | None, str | None]:
    """("part", the part's name) when the number's own "alone" phrase names a place or an
    institution, ("part", None) when it names something else ("Alleen al het herstel");
    ("whole", None) when the sentence gives a figure for all of the story's
    area; ("places", None) when its whole is the places it may list ("both countries": several
    if it lists them, else the whole)."""
    words = claim_words(pack.code)
    numbers = sorted([quantity, *others], key=lambda q: q.start)
    named: list[re.Match[str]] = []  # the phrases that name a place, another number's maybe
    for pattern in (words.part_before_marker, words.part_after_marker):
        for match in pattern.finditer(text, sentence.start, sentence.end):
            name = _part_name(match, pack)
            if name:
                named.append(match)
            # the phrase is the nearest number's in its clause: no number between them, nor a
            # semicolon or a comma and a conjunction ("..., while 30 were injured")
            before = [q for q in numbers if q.end <= match.start()][-1:]
            after = [q for q in numbers if q.start >= match.end()][:1]
            reach = [(match.start() - q.end, q) for q in before
                     if not words.clause_joint.search(text, q.end, match.start())] + [
                (q.start - match.end(), q) for q in after
                if not words.clause_joint.search(text, match.end(), q.start)]
            if name and reach and min(reach, key=lambda pair: pair[0])[1] is quantity:
                return "part", name
    # a part that names no place, by the same reach ("Alleen al het herstel kost 95 miljoen")
    for match in words.part_marker.finditer(text, sentence.start, sentence.end):
        if any(n.start() <= match.start() < n.end() for n in named):
            continue  # "en alleen al in het AZ Sint-Lucas liggen 12": the place's part
        if set(text[sentence.start:match.start()].lower().split()[-1:]) \
                & words.part_marker_not_after:
            continue  # "lives alone", "niet alleen al"
        before = [q for q in numbers if q.end <= match.start()][-1:]
        after = [q for q in numbers if q.start >= match.end()][:1]
        # (nor past a clause the marker is not in: "acting alone when he killed 22", "a
        # flight attendant alone survived the crash that killed 175")
        reach = [(match.start() - q.end, q) for q in before
                 if not words.clause_joint.search(text, q.end, match.start())
                 and not _subordinate_between(text, q.end, match.start(), words)] + [
            (q.start - match.end(), q) for q in after
            if not words.clause_joint.search(text, match.end(), q.start)
            and not _subordinate_between(text, match.end(), q.start, words)]
        if reach and min(reach, key=lambda pair: pair[0])[1] is quantity:
            return "part", None
    if _narrowed_by_opening(text, sentence, quantity, words):
        return "part", None  # "Not counting the crew, 190 people were on board"
    if _at_one_shelter(text, sentence, quantity, words):
        return "part", None  # "In sporthal De Piet overnachtten 140 geëvacueerden"
    if words.remainder_before.search(text, max(sentence.start, quantity.start - 20),
                                     quantity.start) or (
            words.remainder_after.match(text, quantity.end)
            and words.remainder_article.search(text, max(sentence.start, quantity.start - 8),
                                               quantity.start)):
        return "part", None  # "De andere vier die ...", "De vier anderen liggen nog ..."
    whole = words.scope_whole.search(text, sentence.start, sentence.end)
    if whole and whole.group(0).lower() in words.scope_whole_of_places:
        return "places", None  # "both countries": the places the sentence lists, if any
    return ("whole" if whole else None), None


def _at_one_shelter(text: str, sentence: Sentence, quantity: Quantity,
                    words: _ClaimWords) -> bool:
    """People said to have stayed the night at one named or single shelter are a part of all
    who had to leave ("In sporthal De Piet overnachtten 140 geëvacueerden", "Some 300 evacuees
    spent the night in a school gym"): in the figure's own clause, with a verb of staying and
    a venue that is no list ("in sporthallen en scholen", "in a sports hall or with
    relatives"); not a figure said of them all ("De 1.200 geëvacueerden", "All 1,200") nor
    one whose clause says they were evacuated ("zijn geëvacueerd en verblijven in ...")."""
    joints = list(words.clause_joint.finditer(text, sentence.start, sentence.end))
    left = max([j.end() for j in joints if j.end() <= quantity.start] + [sentence.start])
    right = min([j.start() for j in joints if j.start() >= quantity.end] + [sentence.end])
    before = text[max(left, quantity.start - 12):quantity.start].lower().split()
    venue = words.shelter_venue.search(text, left, right)
    return (venue is not None and words.shelter_stay.search(text, left, right) is not None
            and words.shelter_not_with.search(text, left, right) is None
            and not (before and before[-1] in words.shelter_all_words))


def _in_quoted_name(text: str, quantity: Quantity, sentence: Sentence,
                    grammar: _ClaimWords) -> bool:
    """True when the number stands in a short quoted name right after a naming word ("de
    zogenoemde 'Mars van 20 miljoen'", "a campaign called 'Forty Days'"): what something is
    called, no count; not a quotation after an article or a verb ("bevestigde 'Twee doden'",
    "issued a 'Preliminary count of 84 dead'")."""
    window = max(sentence.start, quantity.start - 40)
    if not any(mark in text[window:quantity.start] for mark in "'‘\"“"):
        return False  # (most figures: no quotation opens before them)
    quoted = _QUOTED_NAME.search(text, window, min(sentence.end, quantity.end + 40))
    while quoted and not quoted.start(1) <= quantity.start < quantity.end <= quoted.end(1):
        quoted = _QUOTED_NAME.search(text, quoted.start() + 1, min(sentence.end,
                                                                  quantity.end + 40))
    if quoted is None:
        return False
    before = re.search(r"([^\W\d_][\w'’-]*)\s+$", text[sentence.start:quoted.start()])
    return before is not None and before.group(1).lower() in grammar.quoted_name_after


# a short quoted stretch opening with a capital ("'Mars van 20 miljoen'"; a quoted figure, "the
# "47 percent"", is no name), its marks apart from letters outside ("zo'n 20" is no quotation)
_QUOTED_NAME = re.compile(r"(?<!\w)['‘\"“]([A-Z](?:[^'‘’\"“”,;:.!?\n]|(?<=\d)[.,](?=\d))"
                          r"{0,60}?)['’\"”](?!\w)")


def _part_opener(pack: LanguagePack) -> re.Pattern[str]:
    """A sentence's opening words that narrow what it counts ("Excluding the crew,", "Zonder
    de nachtbussen mee te rekenen")."""
    openers = pack.raw.get("part_openers", []) or []
    closing = pack.raw.get("part_openers_closing", {}) or {}
    alternatives = [trie_regex(openers)] if openers else []
    alternatives += [re.escape(opener) + r"(?![\w-])[^.;:!?,]{0,80}?(?<![\w-])(?:"
                     + trie_regex(ends) + ")" for opener, ends in closing.items()]
    if not alternatives:
        return re.compile(r"(?!)")
    return re.compile(r"[\s\"'“‘(]*(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)


def _narrowed_by_opening(text: str, sentence: Sentence, quantity: Quantity,
                         words: _ClaimWords) -> bool:
    """The figure is in the first clause of a sentence whose opening narrows what it counts
    ("Not counting the crew, 190 people were on board", "Excluding 40 children, 17 ..."): a
    part of the whole."""
    opening = words.part_opener.match(text, sentence.start, sentence.end)
    return opening is not None and quantity.start >= opening.end() \
        and not words.clause_joint.search(text, opening.end(), quantity.start)


def _subordinate_between(text: str, start: int, end: int, words: _ClaimWords) -> bool:
    """A word opening a subordinate or relative clause between `start` and `end` ("when",
    "that", "die", "toen")."""
    return any(w.lower() in words.subordinators | words.relative_pronouns | words.clause_openers
               for w in re.findall(r"[\w']+", text[start:end]))


def _part_name(match: re.Match[str], pack: LanguagePack) -> str | None:
    """The place or institution a part phrase names, or None when it names a time, a person
    or a thing ("in April alone", "by Trump alone", "tax increases alone", "residents in Paris
    who lived alone")."""
    words = claim_words(pack.code)
    written = match.group("name").split()
    # "Innsbruck's University Hospital": the place the possessive names, which reference data
    # knows; the words after it say what in that place
    owner = next((i for i, w in enumerate(written) if re.search(r"['’]s$", w)), None)
    name = " ".join(written) if owner is None else re.sub(r"['’]s$", "", " ".join(
        written[:owner + 1]))
    if written[0].lower() in pack.articles | pack.conjunctions | words.prepositions \
            | words.pronouns | words.part_place_nouns or not _is_place(name, pack):
        return None  # "The hospital", "Hospitals alone": no name
    nouns = match.group("nouns").split()
    if match.re is words.part_before_marker and nouns \
            and nouns[-1].lower() not in words.part_place_nouns:
        return None  # "Paris who lived alone": words between that name no place
    named_as_place = {w.lower() for w in nouns + written[-1:] + (
        match.groupdict().get("after") or "").split()} & words.part_place_nouns
    marker = (match.groupdict().get("marker") or "").split()
    by_preposition = match.groupdict().get("preposition") is not None \
        or (bool(marker) and marker[-1].lower() in words.place_prepositions)
    return name if by_preposition or named_as_place else None


def _listed_with_others(text: str, end: int, pack: LanguagePack) -> bool:
    """True when the place ending at `end` opens a list of capitalised names ("Mozambique,
    Zimbabwe en Malawi", "Almaty and Nur-Sultan"); a comma alone is an apposition
    ("Ferguson, Missouri")."""
    return claim_words(pack.code).place_list.match(text, end, end + 200) is not None


def _is_place(name: str, pack: LanguagePack) -> bool:
    """Not a month, a weekday, a newspaper, a company or an article ("in December", "The
    Washington Post", "bij Albert Heijn")."""
    words = claim_words(pack.code)
    first = re.sub(r"['’]s$", "", name.split()[0]).lower()  # "in Wednesday's election"
    return first not in words.months_and_days and words.not_place.match(name) is None
