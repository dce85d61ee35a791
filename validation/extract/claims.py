"""Numeric claims: a quantity, the metric it counts, whose, where, how sure, and on whose word.

Rules, in the order they apply (all words come from the language pack):
- text is split into paragraphs (blank lines), then sentences; a claim never links across
  another number: a number's clause runs from the previous number to the next one;
- the metric is the metric cue nearest to the number in its clause; a sentence without one
  borrows the previous sentence's cues ("Onbevestigde berichten spreken over honderden");
  a count of protesters with no stronger cue is a crowd size;
- the subject is the group word right after the number, else the nearest in the clause;
- hedged when a hedge word stands in the sentence, or opens the next one ("Vermoedelijk ...");
- attributed to the source after "volgens"/"aldus"/"hoorde van", or around a reporting verb
  ("meldt de politie", "organisers said"), bound to the number by position; else, when the
  sentence refers back ("Van hen", "Ook"), to the previous sentence's source.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from validation.extract.lexicon import Cue, LanguagePack
from validation.extract.numbers import Quantity, find_quantities

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’]?\s+(?=[\"'“‘(]?[A-Z0-9À-Ý])")


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


def sentences(text: str) -> list[Sentence]:
    """Sentences with offsets; paragraphs (blank-line separated) never share a sentence."""
    result = []
    for number, paragraph in enumerate(re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text)):
        offset = paragraph.start()
        position = 0
        body = paragraph.group(0)
        for boundary in _SENTENCE_END.finditer(body):
            result.append(Sentence(offset + position, offset + boundary.start(), number))
            position = boundary.end()
        if body[position:].strip():
            result.append(Sentence(offset + position, offset + len(body), number))
    return result


# A metric word further than this from its number, in characters, is about something else.
MAX_CUE_DISTANCE = 120


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


def _attributions(text: str, sentence: Sentence, pack: LanguagePack,
                  quantities: list[Quantity], prepositions: list[Cue],
                  verbs: list[Cue]) -> list[Attribution]:
    """Sources a sentence names: after "volgens"/"aldus", or around a reporting verb.

    `prepositions` and `verbs` are the cues of the whole text (found once per article)."""
    span = text[sentence.start:sentence.end]
    starts = [q.start - sentence.start for q in quantities]
    found: list[Attribution] = []

    def local(cues: list[Cue]) -> list[Cue]:
        return [Cue(c.label, c.start - sentence.start, c.end - sentence.start, c.text)
                for c in cues if sentence.start <= c.start and c.end <= sentence.end]

    for cue in local(prepositions):
        phrase = _phrase_after(span, cue.end, pack, starts)
        if phrase:
            end = span.index(phrase, cue.end) + len(phrase)
            found.append(Attribution(phrase, sentence.start + cue.start, sentence.start + end,
                                     True, cue.start < 3))
    for cue in local(verbs):
        after = _phrase_after(span, cue.end, pack, starts)
        if after and (pack.reporters.find(after) or _names_someone(after, pack)):
            # inverted: "meldt de politie", "zegt de burgemeester", "meldt het CBS"
            found.append(Attribution(after, sentence.start + cue.start,
                                     sentence.start + cue.end, False, False))
            continue
        before = re.split(r"[,.;:\"“”]", span[: cue.start])[-1]
        words = [w for w in before.split() if w.lower() not in pack.conjunctions][-5:]
        if words and (pack.reporters.find(" ".join(words)) or len(words) <= 4):
            found.append(Attribution(" ".join(words), sentence.start + cue.start,
                                     sentence.start + cue.end, False, False))
    found.sort(key=lambda a: a.position)
    return found


def _names_someone(phrase: str, pack: LanguagePack) -> bool:
    """A short noun phrase after an inverted reporting verb: "de burgemeester", "het CBS"."""
    words = phrase.split()
    return 1 <= len(words) <= 4 and (words[0].lower() in pack.articles or words[0][:1].isupper())


def _phrase_after(span: str, offset: int, pack: LanguagePack, quantity_starts: list[int]) -> str:
    """The source phrase after a cue: up to a stop word, a number or punctuation, and no
    further than its last capitalised word or reporter ("het Turkse rampenbureau AFAD")."""
    limit = min([s for s in quantity_starts if s >= offset] + [len(span)])
    after = span[offset:limit]
    stop = pack.attribution_stops.search(after)
    phrase = re.split(r"[,.;:\"“”]", after[: stop.start()] if stop else after)[0].strip()
    words = phrase.split()
    if not words or len(words) > 8:
        return ""
    anchors = [i for i, w in enumerate(words) if w[:1].isupper() or pack.reporters.find(w)]
    return " ".join(words[: anchors[-1] + 1]) if anchors else phrase


def _source_for(quantity: Quantity, attributions: list[Attribution],
                others: list[Quantity]) -> str | None:
    """Which named source a number is on the word of.

    The nearest cue before it with no other number between ("volgens de politie twaalf
    agenten"); else the nearest cue after it, unless that is a "volgens X" bound to a later
    number; else a reporting verb earlier in the sentence ("X meldde dat 318 ..., onder wie 57").
    """
    def between(a: int, b: int) -> bool:
        return any(a <= q.start < b for q in others)

    before = [a for a in attributions if a.end <= quantity.start]
    if before and not between(before[-1].end, quantity.start):
        return before[-1].source
    for attribution in (a for a in attributions if a.position >= quantity.end):
        bound_later = attribution.prepositional and any(
            0 <= q.start - attribution.end <= 3 for q in others)
        if not bound_later:
            return attribution.source
    covering = [a for a in before if not a.prepositional or a.opens_sentence]
    return covering[-1].source if covering else None


def _within_semicolons(text: str, quantity: Quantity, start: int, end: int) -> tuple[int, int]:
    """A semicolon ends a clause: "pulled 37 survivors; the death toll stands at 212"."""
    left = text.rfind(";", start, quantity.start)
    right = text.find(";", quantity.end, end)
    return (left + 1 if left >= 0 else start), (right if right >= 0 else end)


def _partitive(text: str, quantity: Quantity, pack: LanguagePack, clause_end: int) -> bool:
    """"8 of them", "van wie vier", "Dozens of journalists are among them": a part of the
    number before it. Looked for just before the number and up to the end of its clause."""
    return pack.partitive.search(text, max(0, quantity.start - 12), clause_end) is not None


def _noun_dropped(text: str, quantity: Quantity) -> bool:
    """True when no word follows the number in its clause ("spreken over honderden.")."""
    return re.match(r"\s*(?:[.,;:!?)\"”]|$)", text[quantity.end:quantity.end + 3]) is not None


def _cue_follows(quantity: Quantity, cues: list[Cue]) -> bool:
    return any(0 <= c.start - quantity.end <= 16 for c in cues)


def extract_claims(article_id: str, text: str, pack: LanguagePack) -> list[Claim]:
    """Every numeric claim about a metric of the pack's vocabulary, in text order."""
    quantities = find_quantities(text, pack)
    metric_cues = sorted(pack.metrics.find(text) + [
        Cue(label, m.end() - len(m.group(0).split()[-1]), m.end(), m.group(0))
        for label, pattern in pack.metric_patterns for m in pattern.finditer(text)],
        key=lambda c: c.start)
    subject_cues = pack.subjects.find(text)
    hedge_cues = pack.hedges.find(text)
    preposition_cues = pack.attribution.find(text)
    verb_cues = pack.speech_verbs.find(text)
    claims: list[Claim] = []
    split = sentences(text)
    previous_metrics: list[Cue] = []
    previous_claims: list[Claim] = []
    previous_source: str | None = None
    previous_paragraph = -1
    for index, sentence in enumerate(split):
        inside = [q for q in quantities if sentence.start <= q.start < sentence.end]
        metrics_here = [c for c in metric_cues if sentence.start <= c.start < sentence.end]
        attributions = _attributions(text, sentence, pack, inside, preposition_cues,
                                     verb_cues)
        if sentence.paragraph != previous_paragraph:
            previous_source, previous_metrics, previous_claims = None, [], []
        span = text[sentence.start:sentence.end]
        refers_back = pack.inherit_source.search(span) is not None
        hedged = any(sentence.start <= c.start < sentence.end for c in hedge_cues)
        if index + 1 < len(split):
            following = text[split[index + 1].start:split[index + 1].end]
            hedged = hedged or pack.next_sentence_hedges.match(following) is not None
        sentence_claims: list[Claim] = []
        for position, quantity in enumerate(inside):
            clause_start = inside[position - 1].end if position else sentence.start
            clause_end = inside[position + 1].start if position + 1 < len(inside) else sentence.end
            clause_start, clause_end = _within_semicolons(text, quantity, clause_start, clause_end)
            in_clause = [c for c in metrics_here if clause_start <= c.start and c.end <= clause_end
                         and not (c.start < quantity.end and c.end > quantity.start)]
            subjects = [c for c in subject_cues if clause_start <= c.start and c.end <= clause_end]
            subject = _subject(text, quantity, subjects)
            if quantity.kind in ("one", "zero") and not _cue_follows(
                    quantity, subjects + in_clause):
                continue  # "een van de centrale pleinen", "geen geweld": not counts
            partitive = _partitive(text, quantity, pack, clause_end)
            if partitive:  # "45 of them in intensive care": what follows says what they are
                after = [c for c in in_clause if c.start >= quantity.end]
                in_clause = after or in_clause
            metric = _metric(quantity, in_clause, subject, pack)
            if metric is None and partitive and (sentence_claims or previous_claims):
                # "8 of them critically", "Dozens of journalists are among them"
                metric = (sentence_claims or previous_claims)[-1].metric
            if (metric is None and not metrics_here and previous_metrics
                    and _noun_dropped(text, quantity)):
                # "Onbevestigde berichten spreken over honderden": the count of the sentence
                # before, or its main figure
                labels = {c.label for c in previous_metrics}
                metric = ("killed_and_injured" if {"deaths", "injured"} <= labels
                          else previous_claims[0].metric if previous_claims
                          else previous_metrics[-1].label)
            if metric is None:
                continue
            others = inside[:position] + inside[position + 1:]
            source = _source_for(quantity, attributions, others)
            if source is None and refers_back:
                source = previous_source
            sentence_claims.append(_claim(article_id, text, quantity, metric, subject, sentence,
                                          hedged, source, pack))
        claims.extend(sentence_claims)
        if sentence_claims:
            previous_claims = sentence_claims
        if metrics_here:
            previous_metrics = metrics_here
        if attributions:
            previous_source = attributions[-1].source
        previous_paragraph = sentence.paragraph
    return claims


def _subject(text: str, quantity: Quantity, subjects: list[Cue]) -> str | None:
    following = [c for c in subjects if 0 <= c.start - quantity.end <= 2 + len(
        re.match(r"\s*(?:\w+\s+)?", text[quantity.end:quantity.end + 30]).group(0))]
    if following:
        return following[0].label
    nearest = _nearest(subjects, quantity)
    return nearest.label if nearest else None


def _metric(quantity: Quantity, cues: list[Cue], subject: str | None,
            pack: LanguagePack) -> str | None:
    if quantity.kind == "multiplier":
        return "price_change_factor"  # numbers.py keeps only multipliers of prices
    if quantity.currency:
        return "price"
    cues = [c for c in cues if _distance(c, quantity) <= MAX_CUE_DISTANCE]
    strong = [c for c in cues if c.label != "crowd_size"]
    if subject in pack.crowd_subjects and not strong:
        return "crowd_size"
    nearest = _nearest(strong or cues, quantity)
    return nearest.label if nearest else None


def _claim(article_id: str, text: str, quantity: Quantity, metric: str, subject: str | None,
           sentence: Sentence, hedged: bool, source: str | None, pack: LanguagePack) -> Claim:
    place = pack.place.findall(text[sentence.start:sentence.end])
    if not place and pack.place_anaphora.search(text, sentence.start, sentence.end):
        # "in de stad": the place last named before the number, in this sentence or just before
        earlier = max(0, sentence.start - 400)
        place = pack.place_antecedent.findall(text, earlier, quantity.start)[-1:]
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
    )
