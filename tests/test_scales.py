"""Readings on a bounded scale (extract/scales.py) and the check that each lies within its
scale (expect_scale_readings_within_their_scales)."""

from __future__ import annotations

import pytest

from tests.test_news_expectations import run_suite
from validation.extract.lexicon import load_pack
from validation.extract.scales import find_scale_readings


def read(text: str, language: str) -> list[tuple[str, float]]:
    return [(r.scale, r.value) for r in find_scale_readings("a", text, load_pack(language))]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a figure, a number word, a decimal comma, an ordinal, a sign in words
    ("Op zee stond windkracht 11, later windkracht negen.", "nl",
     [("beaufort", 11), ("beaufort", 9)]),
    ("The ferry sailed into force 8 gales off Harwich.", "en", [("beaufort", 8)]),
    ("Het slootwater had een pH-waarde van 4,5.", "nl", [("ph", 4.5)]),
    ("Tests found a pH of 9.2 in the well.", "en", [("ph", 9.2)]),
    ("De leerlingen gaven het rooster een rapportcijfer van 6,4.", "nl", [("school_grade", 6.4)]),
    ("De bouw start in het derde kwartaal van 2041.", "nl", [("quarter", 3)]),
    ("Results for the 2nd quarter of 2041 are due.", "en", [("quarter", 2)]),
    ("The buoy drifted to 71°N, then to 72° N.", "en", [("latitude", 71), ("latitude", 72)]),
    ("Het schip lag op 54 graden noorderbreedte.", "nl", [("latitude", 54)]),
    ("Medewerkers kregen een dosis van min 0,3 millisievert.", "nl", [("radiation_dose", -0.3)]),
    # ... never a word that only starts like the scale's ("a phone"), nor a figure of another
    # thing after the scale's word
    ("She bought a phone and a pH meter.", "en", []),
    ("De windkrachtmeter van 14 jaar oud werkte niet.", "nl", []),
    # ... nor a count of quarters ("het vijfde kwartaal van krimp"), a heading in degrees or
    # a temperature "south of" a place
    ("Het is het vijfde kwartaal van krimp op rij.", "nl", []),
    ("Temperatures hit 104 degrees south of Phoenix as the plane turned 180 degrees north.",
     "en", []),
])
def test_readings_on_a_bounded_scale_are_read(text, language, expected):
    assert read(text, language) == expected


ARTICLES = [
    {"id": "wind", "published": "2061-06-16",
     "text": "Het KNMI mat windstoten van windkracht 13 boven de Waddenzee."},
    {"id": "acid", "published": "2061-06-16", "language": "en",
     "text": "Tests showed the river water had a pH of 16 downstream of the plant."},
    {"id": "quarter", "published": "2061-06-16",
     "text": "De nieuwe sluis gaat open in het zesde kwartaal van 2062, meldt Rijkswaterstaat."},
    {"id": "north", "published": "2061-06-16", "language": "en",
     "text": "The tag last reported the seal at 93°N, the institute said."},
    # within their scales: no finding
    {"id": "fine", "published": "2061-06-16",
     "text": "Er stond windkracht 12 en het water had een pH van 0,5; de werken duren tot het "
             "vierde kwartaal van 2062 op 52 graden noorderbreedte."},
]


def test_a_reading_past_its_scale_is_a_warning(invoke, tmp_path):
    result, document = run_suite(invoke, tmp_path, ARTICLES, "claims.yml", {"ranges.yml": None})
    found = {f["article_ids"][0]: f["message"] for f in document["findings"]
             if f["expectation"] == "readings-within-scales"}
    assert sorted(found) == ["acid", "north", "quarter", "wind"]
    assert found["wind"].endswith('"windkracht 13" is outside the beaufort scale [0, 12]')
    assert found["north"].endswith('"93°N" is outside the latitude scale [0, 90]')
    assert {f["severity"] for f in document["findings"]
            if f["expectation"] == "readings-within-scales"} == {"warning"}
    assert result.exit_code == 0


def test_a_ranges_file_without_scales_is_a_configuration_error(invoke, tmp_path):
    result, _ = run_suite(invoke, tmp_path, ARTICLES[:1], "claims.yml",
                          {"ranges.yml": "ranges:\n  deaths: {min: 0, max: 10}\n"
                                         "relations: [[injured, deaths]]\n"})
    assert result.exit_code == 2
    assert "no 'scales:' entries" in result.stdout
