"""Extract: readings on a bounded scale, so that one past its scale's end can be found
(expect_scale_readings_within_their_scales): a wind force ("windkracht 14"), a pH ("een pH
van 17"), a Dutch report grade ("een rapportcijfer van 11,2"), a quarter of a year ("het
vijfde kwartaal van 2068"), a latitude ("93°N"), a radiation dose ("een dosis van min 0,2
millisievert").

The pack's `scales:` section names each scale's phrases, with {n} where the reading stands (a
figure, a number word or an ordinal, a sign maybe); the scales' ends are data of the suite
(`scales:` in expectations/ranges.yml).
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass

from validation.extract.arithmetic import arithmetic_words
from validation.extract.claims import sentences
from validation.extract.lexicon import LanguagePack, load_pack, trie_regex
from validation.extract.numbers import number_value, written_figure


@dataclass
class ScaleReading:
    """One row of the scale_readings table (offsets into the article body)."""

    reading_id: str
    article_id: str
    scale: str
    value: float
    char_start: int
    char_end: int
    reading: str  # as written ("windkracht 14")
    quote: str  # the sentence


_Phrase = tuple[str, re.Pattern[str]]  # a scale's name and one of its phrases


@functools.cache
def _scale_patterns(code: str) -> tuple[re.Pattern[str], dict[str, list[_Phrase]]]:
    """Each scale's phrases as regexes whose group `n` is the reading (and `minus` its sign
    in words), keyed by the phrase's longest run of words ("kwartaal van", "windkracht van"),
    and one regex finding those runs: a text is searched once for them, and a phrase only
    around one."""
    pack = load_pack(code)
    raw = pack.raw.get("scales", {}) or {}
    minus = arithmetic_words(code).minus
    decimal, thousands = re.escape(pack.decimal_separator), re.escape(pack.thousands_separator)
    ordinals = "|".join(map(re.escape, sorted(pack.raw["dates"].get("ordinals", {}),
                                              key=len, reverse=True))) or "\x00"
    figure = (rf"(?:(?P<minus>{minus})\s+)?(?P<n>[-−]?\d{{1,3}}(?:{thousands}\d{{3}})*"
              rf"(?:{decimal}\d+)?|[^\W\d_]+|(?:{ordinals})|\d{{1,2}}(?:{_day_suffixes(code)}))")

    def words_of(part: str) -> str:  # a phrase's words, {year} a year
        return r"\s+".join(r"(?:1[6-9]|2\d)\d\d" if word == "{year}" else re.escape(word)
                           for word in part.split())

    by_anchor: dict[str, list[_Phrase]] = {}
    for scale, phrases in raw.items():
        for phrase in phrases:
            before, _, after = phrase.partition("{n}")
            # (a word before the reading ends there: "a pH 7", never "a phone")
            body = words_of(before) + (
                r"\s+" if before.strip() and before.rstrip()[-1].isalnum()
                else r"\s*" if before.strip() else "") \
                + figure + (r"\s*" if after.strip() and not after.startswith(("°", "'"))
                            else "") + words_of(after)
            anchor = max((" ".join(w for w in part.split() if w != "{year}")
                          for part in (before, after)), key=len).lower()
            by_anchor.setdefault(anchor, []).append(
                (scale, re.compile(rf"(?<![\w-]){body}(?![\w-])", re.IGNORECASE)))
    # (found where they overlap too: "a pH of 9" holds "a pH" and "pH of"; an anchor of a
    # sign, "°N", right after the figure)
    worded = sorted(a for a in by_anchor if a[:1].isalnum()) or [chr(0)]
    marked = sorted(a for a in by_anchor if not a[:1].isalnum()) or [chr(0)]
    anchors = re.compile(rf"(?=((?<![\w-])(?:{trie_regex(worded)})(?![\w-])"
                         rf"|(?:{trie_regex(marked)})(?![\w-])))", re.IGNORECASE)
    return anchors, by_anchor


def _day_suffixes(code: str) -> str:
    """The pack's ordinal endings of a figure ("5e", "2nd") as an alternation."""
    suffixes = load_pack(code).raw["dates"].get("day_suffixes", [])
    return "|".join(map(re.escape, sorted(suffixes, key=len, reverse=True))) or "\x00"


def _reading_value(written: str, minus: bool, pack: LanguagePack) -> float | None:
    """The figure a reading is written as: digits with the pack's separators, a number word or
    an ordinal ("vijfde", "5e"), its sign in words or as a minus."""
    written = written.replace("−", "-")
    sign = -1.0 if minus or written.startswith("-") else 1.0
    digits = written.lstrip("-")
    ordinal = re.fullmatch(rf"(\d{{1,2}})(?:{_day_suffixes(pack.code)})", digits, re.IGNORECASE)
    if ordinal:
        return float(ordinal.group(1))
    ordinals = pack.raw["dates"].get("ordinals", {})
    if digits.lower() in ordinals:
        return float(ordinals[digits.lower()])
    figure = written_figure(digits, pack)
    if figure is not None:
        return sign * figure[0]
    value = number_value(digits.lower(), pack)
    return None if value is None else sign * value


def find_scale_readings(article_id: str, text: str, pack: LanguagePack) -> list[ScaleReading]:
    """Every reading on one of the pack's scales in `text`, once per place in the text."""
    anchors, by_anchor = _scale_patterns(pack.code)
    found: dict[tuple[int, int], ScaleReading] = {}
    cut: list = []  # the text's sentences, cut once a reading is found
    for anchor in anchors.finditer(text):
        for scale, pattern in by_anchor.get(anchor.group(1).lower(), []):
            # (the reading and the rest of its phrase lie within a few words of the anchor)
            match = next((m for m in pattern.finditer(text, max(0, anchor.start() - 40),
                                                      anchor.end(1) + 40)
                          if m.start() <= anchor.start() < m.end()), None)
            if match is None:
                continue
            value = _reading_value(match.group("n"), bool(match.group("minus")), pack)
            if value is None or any(s <= match.start("n") < e for s, e in found):
                continue
            cut = cut or sentences(text, pack)
            sentence = next((c for c in cut if c.start <= match.start() < c.end), None)
            quote = text[sentence.start:sentence.end] if sentence else match.group(0)
            identity = f"{article_id}:{match.start()}:{match.end()}:{scale}"
            found[(match.start(), match.end())] = ScaleReading(
                reading_id=hashlib.blake2b(identity.encode(), digest_size=8).hexdigest(),
                article_id=article_id, scale=scale, value=value, char_start=match.start(),
                char_end=match.end(), reading=match.group(0), quote=quote)
    return sorted(found.values(), key=lambda r: r.char_start)
