"""Numeric claims: a quantity, the metric it counts, whose, where, how sure, and on whose word.

Rules, in the order they apply (all words come from the language pack):
- text is split into paragraphs (blank lines), then sentences; a claim never links across
  another number: a number's clause runs from the previous number to the next one;
- the metric is the metric cue nearest to the number in its clause; a sentence without one
  borrows the previous sentence's cues ("Onbevestigde berichten spreken over honderden");
  a count of protesters with no stronger cue is a crowd size;
- the subject is the group word right after the number, else the nearest in the clause;
- hedged when a hedge word stands in the sentence, or opens the next one ("Vermoedelijk ...");
- attributed to the source after "volgens"/"aldus" or before "meldt"/"hoorde van" in the
  sentence, else to the previous sentence's source in the same paragraph.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from validation.extract.lexicon import Cue, LanguagePack
from validation.extract.numbers import Quantity, find_quantities

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’]?\s+(?=[\"'“‘(]?[A-Z0-9À-Ý])")
_PLACE = re.compile(r"\b(?:in|bij|rond|rondom|nabij|uit)\s+((?:[A-Z][\w'-]+)(?:[- ][A-Z][\w'-]+)?)")


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


def _nearest(cues: list[Cue], quantity: Quantity) -> Cue | None:
    def distance(cue: Cue) -> int:
        return cue.start - quantity.end if cue.start >= quantity.end else quantity.start - cue.end

    return min(cues, key=distance) if cues else None


@dataclass
class Attribution:
    """A source named in a sentence, and where its cue stands."""

    source: str
    position: int


def _attributions(text: str, sentence: Sentence, pack: LanguagePack) -> list[Attribution]:
    """Sources a sentence names: after "volgens"/"aldus", before "spreken over"/"meldden", or
    a reporter it mentions (the last one: "TASS hoorde van het ministerie dat ...")."""
    span = text[sentence.start:sentence.end]
    found: list[Attribution] = []
    for cue in pack.attribution.find(span):
        after = span[cue.end:]
        stop = pack.attribution_stops.search(after)
        phrase = re.split(r"[,.;:\"“”]", after[: stop.start()] if stop else after)[0].strip()
        if phrase and len(phrase.split()) <= 8:
            found.append(Attribution(phrase, sentence.start + cue.start))
    for cue in pack.attribution_before.find(span):
        before = re.split(r"[,.;:\"“”]", span[: cue.start])[-1].strip()
        words = before.split()[-4:]
        if words:
            found.append(Attribution(" ".join(words), sentence.start + cue.start))
    if not found:
        reporters = pack.reporters.find(span)
        if reporters:
            found.append(Attribution(reporters[-1].text, sentence.start + reporters[-1].start))
    return found


def _source_for(quantity: Quantity, attributions: list[Attribution],
                later_quantities: list[Quantity]) -> str | None:
    """A cue standing before a number of its sentence covers that number and the ones after
    it ("volgens de politie twaalf agenten"); a cue with no number after it covers the numbers
    before it ("Tientallen aanvallers zijn geëlimineerd, aldus de politie")."""
    before = [a for a in attributions if a.position < quantity.start]
    if before:
        return before[-1].source
    for attribution in (a for a in attributions if a.position >= quantity.end):
        if not any(q.start > attribution.position for q in later_quantities):
            return attribution.source
    return None


def _group_follows(text: str, quantity: Quantity, subjects: list[Cue]) -> bool:
    return any(0 <= c.start - quantity.end <= 16 for c in subjects)


def extract_claims(article_id: str, text: str, pack: LanguagePack) -> list[Claim]:
    """Every numeric claim about a metric of the pack's vocabulary, in text order."""
    quantities = find_quantities(text, pack)
    metric_cues = pack.metrics.find(text)
    subject_cues = pack.subjects.find(text)
    hedge_cues = pack.hedges.find(text)
    claims: list[Claim] = []
    split = sentences(text)
    previous_metrics: list[Cue] = []
    previous_source: str | None = None
    previous_paragraph = -1
    for index, sentence in enumerate(split):
        inside = [q for q in quantities if sentence.start <= q.start < sentence.end]
        metrics_here = [c for c in metric_cues if sentence.start <= c.start < sentence.end]
        attributions = _attributions(text, sentence, pack)
        if sentence.paragraph != previous_paragraph:
            previous_source, previous_metrics = None, []
        span = text[sentence.start:sentence.end]
        refers_back = pack.inherit_source.search(span) is not None
        hedged = any(sentence.start <= c.start < sentence.end for c in hedge_cues)
        if index + 1 < len(split):
            following = text[split[index + 1].start:split[index + 1].end]
            hedged = hedged or pack.next_sentence_hedges.match(following) is not None
        for position, quantity in enumerate(inside):
            clause_start = inside[position - 1].end if position else sentence.start
            clause_end = inside[position + 1].start if position + 1 < len(inside) else sentence.end
            in_clause = [c for c in metrics_here if clause_start <= c.start and c.end <= clause_end
                         and not (c.start < quantity.end and c.end > quantity.start)]
            subjects = [c for c in subject_cues if clause_start <= c.start and c.end <= clause_end]
            subject = _subject(text, quantity, subjects)
            if quantity.kind == "one" and not _group_follows(text, quantity, subjects):
                continue  # "een van de centrale pleinen" is not a count
            metric = _metric(quantity, in_clause, subject, pack)
            if metric is None and not metrics_here and previous_metrics:
                labels = {c.label for c in previous_metrics}
                metric = ("killed_and_injured" if {"deaths", "injured"} <= labels
                          else previous_metrics[-1].label)
            if metric is None:
                continue
            if quantity.kind == "multiplier" and metric != "price_change_factor":
                continue
            source = _source_for(quantity, attributions, inside[position + 1:])
            if source is None and refers_back:
                source = previous_source
            claims.append(_claim(article_id, text, quantity, metric, subject, sentence, hedged,
                                 source))
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
        return "price_change_factor"
    strong = [c for c in cues if c.label != "crowd_size"]
    if subject in pack.crowd_subjects and not strong:
        return "crowd_size"
    nearest = _nearest(strong or cues, quantity)
    return nearest.label if nearest else None


def _claim(article_id: str, text: str, quantity: Quantity, metric: str, subject: str | None,
           sentence: Sentence, hedged: bool, source: str | None) -> Claim:
    place = _PLACE.findall(text[sentence.start:sentence.end])
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


def claims_in(articles: Iterator[tuple[str, str, LanguagePack]]) -> Iterator[Claim]:
    for article_id, text, pack in articles:
        yield from extract_claims(article_id, text, pack)
