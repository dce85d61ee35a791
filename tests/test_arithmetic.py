"""Arithmetic a sentence states (extract/arithmetic.py) and the check that it holds
(expect_stated_arithmetic_to_hold)."""

from __future__ import annotations

import pytest

from tests.test_news_expectations import run_suite
from validation.extract.arithmetic import find_stated_arithmetic
from validation.extract.lexicon import load_pack


def read(text: str, language: str) -> list[tuple]:
    return [(a.kind, pytest.approx(a.first_value, rel=1e-3), a.second_value, a.stated_low,
             a.stated_high) for a in find_stated_arithmetic("a", text, load_pack(language))]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a change with its percentage, either way round in its clause, with a qualifier
    ("Het aantal leden liep terug van 8.400 naar 6.300, een daling van 25 procent.", "nl",
     [("percent_change", 8400, 6300, 25, 25)]),
    ("De omzet groeide met ruim 12 procent, van 3,1 miljoen naar 3,5 miljoen euro.", "nl",
     [("percent_change", 3100000, 3500000, 13, None)]),
    ("Ridership climbed from 410,000 to 492,000, an increase of 20 percent.", "en",
     [("percent_change", 410000, 492000, 20, 20)]),
    ("Passenger numbers rose by more than 15% from 1.2 million to 1.4 million.", "en",
     [("percent_change", 1200000, 1400000, 16, None)]),
    # ... with the subject between the verb and "met"/"by", a time of the first figure
    # between the two
    ("Vorig jaar steeg het aantal aangiften met 30 procent, van 1.100 in 2040 naar 1.430.",
     "nl", [("percent_change", 1100, 1430, 30, 30)]),
    ("Last winter the number of callers fell by a quarter, from 8,000 in December to 6,000.",
     "en", []),
    ("Bookings dropped from 5,200 in March last year to 3,900, a decline of 25%.", "en",
     [("percent_change", 5200, 3900, 25, 25)]),
    # ... of two percentages, by a percentage (relative or in points) or in points
    ("Unemployment rose from 4% to 5%, an increase of 25 percent.", "en",
     [("share_change", 4, 5, 25, 25)]),
    ("De opkomst daalde van 62 naar 55 procent, een daling van 7 procentpunten.", "nl",
     [("percent_points", 62, 55, 7, 7)]),
    # a change with its multiple, a qualifier bounding it
    ("Het aantal klachten verdubbelde van 140 naar 290.", "nl",
     [("multiple", 140, 290, 2, 2)]),
    ("Sales more than tripled from 12,000 to 41,000 units.", "en",
     [("multiple", 12000, 41000, 3, None)]),
    ("Het aantal wachtenden is bijna gehalveerd, van 3.000 naar 1.600.", "nl",
     [("multiple", 3000, 1600, 0.5, pytest.approx(0.667, rel=1e-2))]),
    # a part of a whole with the share it is, after a comma or in brackets
    ("Het ging om 3.100 van de 12.400 aanvragen, ofwel 25 procent.", "nl",
     [("share", 3100, 12400, 25, 25)]),
    ("Nine of the 60 schools (about 15%) stayed shut.", "en",
     [("share", 9, 60, 13, 17)]),
    # a year with how long ago it was, either way round
    ("De brug werd in 1988, 36 jaar geleden, geopend.", "nl",
     [("years_ago", 1988, None, 36, 36)]),
    ("Some 40 years ago, in 1984, the mine closed.", "en",
     [("years_ago", 1984, None, 40, 40)]),
    # a measure with its conversion in brackets
    ("De golven werden 9 meter (30 voet) hoog.", "nl", [("conversion", 29.53, 30, 30, 30)]),
    ("Gusts reached 110 km/h (68 mph) and it was 35C (95F) inland.", "en",
     [("conversion", 68.35, 68, 68, 68), ("conversion", 95, 95, 95, 95)]),
    # ... a sign said in words or written
    ("Het vroor min 12 graden (10 F) in de nacht.", "nl", [("conversion", 10.4, 10, 10, 10)]),
    ("Overnight it fell to minus 6 degrees Celsius (21 degrees Fahrenheit) and to −9C (16F).",
     "en", [("conversion", 21.2, 21, 21, 21), ("conversion", 15.8, 16, 16, 16)]),
    # ... or set after it by a comma, ending its clause, with its bound ("ruim")
    ("De brug sluit bij windstoten boven 20 meter per seconde, ruim 70 kilometer per uur.", "nl",
     [("conversion", 72, 70, 70, None)]),
    ("On the coast gusts reached 100 km/h, about 62 mph.", "en",
     [("conversion", 62.14, 62, 62, 62)]),
    # a figure, how many more, fewer or times as many it is, and the figure it is compared with
    ("Bus twee vervoerde 31 leerlingen, negen meer dan bus een, waarin 22 kinderen zaten.", "nl",
     [("difference", 9, None, 9, 9)]),
    ("The shelter took in 18 dogs, five fewer than the one in Ede, which took 23.", "en",
     [("difference", 5, None, 5, 5)]),
    ("Zeeland telde 12 drenkelingen, drie keer zoveel als Groningen, waar er vier waren.", "nl",
     [("times_as_many", 3, None, 3, 3)]),
    # ... its figures' decimals and a round difference's tenth as rounding
    ("De werkloosheid was 4,1 procent, 0,3 minder dan in mei, toen 4,4 procent.", "nl",
     [("difference", 0.3, None, 0.3, 0.3)]),
    # ... and a multiple with a time between the two figures
    ("Het aantal meldingen verdubbelde: van 310 in heel 2040 naar 640 in 2041.", "nl",
     [("multiple", 310, 640, 2, 2)]),
    # a total over a time and its average per unit of time, in that unit, with its bound
    ("Het asiel ving 96 katten op in acht weken, gemiddeld twaalf per week.", "nl",
     [("average", 12, None, 12, 12)]),
    ("De veerdienst zette 2.100 auto's over in de afgelopen drie maanden, gemiddeld ruim 700 "
     "per maand.", "nl", [("average", 700, None, 700, None)]),
    ("The hotline logged 630 calls over the past week, an average of about 90 a day.", "en",
     [("average", 90, None, 90, 90)]),
    ("Rangers counted 48 bears in two days, averaging 2 per hour.", "en",
     [("average", 1, None, 2, 2)]),
    # ... a total with its scale's word, or in words
    ("The park drew 12 million visitors in two years, an average of 500,000 a month.", "en",
     [("average", 500000, None, 500000, 500000)]),
    ("De meldkamer kreeg tachtig meldingen in twee weken, gemiddeld zes per dag.", "nl",
     [("average", 5.714, None, 6, 6)]),
])
def test_arithmetic_a_sentence_states_is_read(text, language, expected):
    assert read(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # parts the text says make up their whole ("respectievelijk", "te weten", "comprising"), or
    # three or more names with their figures in brackets after a preposition of place (the
    # least the parts may be, the most the whole may be, a round whole's rounding as slack)
    ("Er raakten twaalf mensen gewond, respectievelijk zeven fietsers en vijf wandelaars.", "nl",
     [("parts_sum", 12, None, None, 12)]),
    ("Op de boot zaten acht opvarenden, te weten drie toeristen en zes bemanningsleden.", "nl",
     [("parts_sum", 9, None, None, 8)]),
    ("The orchestra has 64 players, comprising 40 strings and 30 winds.", "en",
     [("parts_sum", 70, None, None, 64)]),
    ("The 9,800 voters were split between polling stations in Delft (5,200), Rijswijk "
     "(3,100) and Leiden (1,800).", "en", [("parts_sum", 10100, None, None, 9800)]),
    # ... never parts that may overlap: after a colon or "waarvan" (which may divide a whole
    # two ways), a part with more than its noun, people divided two ways, two bracketed names
    # or names that rank rather than divide
    ("Op de boot zaten acht opvarenden: drie toeristen en zes bemanningsleden.", "nl", []),
    ("Er werd 6,2 ton afval opgehaald, waarvan 4,1 ton plastic en 2,3 ton verpakkingen.", "nl",
     []),
    ("The gallery bought 30 prints, comprising 20 by Escher and 12 from the 1930s.", "en", []),
    ("The club has 400 members, namely 250 men and 180 juniors.", "en", []),
    ("Het koor telt 40 leden, te weten 25 kinderen en 18 meisjes.", "nl", []),
    ("Er zijn 800 meldingen, vooral uit Gent (500) en Oost-Vlaanderen (400).", "nl", []),
    ("Monday drew 90,000 visitors, followed by Tuesday (60,000), Wednesday (50,000) and "
     "Thursday (40,000).", "en", []),
    # ... ages, a whole of no upper bound, a round whole its parts stay within the rounding of,
    # or a whole that is no whole (after a preposition, or with no noun of its own)
    ("Twee slachtoffers, respectievelijk Anouk (34) en Femke (29).", "nl", []),
    ("Ruim 300 woningen, te weten 200 in Ede en 150 in Wageningen.", "nl", []),
    ("The fair drew 5,000 visitors, comprising 3,150 adults and 1,900 children.", "en",
     [("parts_sum", 5050, None, None, 5000)]),
    ("In her last 6 races, namely 4 wins and 3 podiums.", "en", []),
    # ... nor lists "respectievelijk" pairs with other subjects, with no comma or after a pair,
    # nor differences
    ("Feyenoord won 21 duels en AZ en Twente respectievelijk 15 en 12.", "nl", []),
    ("De twee scholen tellen 300 en 90 leerlingen, respectievelijk 40 en 50 in groep 8.",
     "nl", []),
    ("Rotterdam en Den Haag kregen 60 en 45 centimeter sneeuw, respectievelijk 20 en 30 "
     "centimeter meer dan verwacht.", "nl", []),
])
def test_parts_listed_after_their_whole_are_read(text, language, expected):
    assert read(text, language) == expected


@pytest.mark.parametrize(("text", "language"), [
    # years are no change ("from 2019 to 2020"), nor a range of years counted
    ("Het aantal inbraken steeg van 2019 naar 2020 met 14 procent.", "nl"),
    # two changes in one clause: which percentage goes with which is a guess
    ("Prices went from 10 to 12 dollars and wages from 30 to 33 dollars, a rise of 10 percent.",
     "en"),
    # a percentage of another clause
    ("Het ledental groeide van 500 naar 800, terwijl de contributie met 5 procent steeg.",
     "nl"),
    # a level, not a change ("steeg tot 12 procent")
    ("De werkloosheid steeg van 9 naar 12 procent.", "nl"),
    # a conversion needs its brackets and a unit of the same dimension
    ("The trail is 12 km long, 3 miles of it along the river.", "en"),
    ("The shed measures 4 m (12 kg of paint went into it).", "en"),
    # ... and an apposed figure only where it ends its clause, never one of a list
    ("Hij liep 10 kilometer, 3 mijl meer dan vorig jaar.", "nl"),
    ("The car was doing 90 km/h, 30 mph over the limit.", "en"),
    ("Het parcours: 12 kilometer lopen, 400 meter zwemmen.", "nl"),
    ("Er stonden windstoten van 20 tot 25 meter per seconde, ongeveer 75 kilometer per uur.",
     "nl"),
    # ... never a figure on the other side of the comparison, a year, or none named
    ("De partij haalde 41 zetels, drie meer dan nodig voor een meerderheid van 76 zetels.",
     "nl"),
    ("Police arrested 40 people, 12 more than in 2019.", "en"),
    ("Er kwamen 300 bezoekers, zo'n 50 meer dan vorig jaar.", "nl"),
    # ... nor a figure but the one of a clause about what it is compared with ("toen",
    # "where"), nor one of two there
    ("PSV heeft 80 punten, twaalf meer dan Ajax, dat na 34 duels op 68 punten staat.", "nl"),
    ("Police arrested 40 people, 12 more than last year, and seized 3 kilos of cocaine.", "en"),
    ("De wagon telde 24 inzittenden, zes meer dan de voorste, waarin 2 kinderen en 16 "
     "volwassenen zaten.", "nl"),
    ("Police arrested 40 people, 12 more as protests spread to 3 other cities.", "en"),
    # a share of something else after a part ("Twee van de vijf ...; 40 procent van de
    # inwoners"), a part larger than its "whole"
    ("Twee van de vijf verdachten zijn vrij; 40 procent van de inwoners is boos.", "nl"),
    ("Nine of the 6 ferries, 150%, were late.", "en"),
    # a year beside a count of years that is not how long ago ("in 2017, 44 jaar oud")
    ("In 2017, 44 jaar oud, werd hij burgemeester.", "nl"),
    # an average of another thing than the total, of a percentage, or with no average said
    ("Er kwamen 70 klachten binnen in een week, gemiddeld twaalf meldingen per dag.", "nl"),
    ("De prijs steeg 20 procent in drie jaar, gemiddeld 7 procent per jaar.", "nl"),
    ("The river rose 2.5 metres in two days, an average of 1.2 a day.", "en"),
    ("The hotline logged 630 calls over the past week, 90 a day.", "en"),
    # ... nor a total said as a bound
    ("The ministry reported more than 80 cases in a week, an average of 14 a day.", "en"),
    # ... nor the people who did the work
    ("The 40 volunteers handled requests in two weeks, an average of 12 a day.", "en"),
])
def test_what_is_no_stated_arithmetic_is_not_read(text, language):
    assert read(text, language) == []


ARTICLES = [
    {"id": "percent-wrong", "published": "2061-06-16",
     "text": "Het aantal bezoekers van het park liep terug van 62.000 naar 49.000, een daling "
             "van 40 procent."},
    {"id": "percent-right", "published": "2061-06-16", "language": "en",
     "text": "Visitor numbers fell from 62,000 to 49,000, a drop of 21 percent."},
    {"id": "multiple-wrong", "published": "2061-06-16",
     "text": "Het aantal meldingen verdrievoudigde van 46 naar 92."},
    {"id": "multiple-right", "published": "2061-06-16", "language": "en",
     "text": "Complaints more than doubled from 46 to 101 in a year."},
    {"id": "years-wrong", "published": "2061-06-16",
     "text": "Het park opende in 2017, 34 jaar geleden, met veel bombarie."},
    {"id": "years-right", "published": "2061-06-16", "language": "en",
     "text": "The park opened in 2017, 44 years ago, to great fanfare."},
    {"id": "conversion-wrong", "published": "2061-06-16", "language": "en",
     "text": "On Sunday it was 31C (97F) in the shade at the park."},
    {"id": "conversion-right", "published": "2061-06-16", "language": "en",
     "text": "On Sunday it was 31C (88F) in the shade; the crater is 17 m (56 ft) deep."},
    {"id": "share-wrong", "published": "2061-06-16",
     "text": "Het ging om 57.400 van de 5,6 miljoen verkochte loten, ruim tien procent."},
    {"id": "share-right", "published": "2061-06-16", "language": "en",
     "text": "Twelve of the 40 members (30%) voted against the plan."},
    # none of these states arithmetic that fails: a percentage or multiple of another subject
    # or an idiom beside a change, figures whose rounding allows the percentage, a warming
    # in degrees, a range's years, a clause dated by years ago, a rounded ratio in words, a
    # comparison after a share
    {"id": "other-subject", "published": "2061-06-16",
     "text": "Het aantal verkeersdoden steeg vorig jaar met 12 procent, in Utrecht van 30 naar "
             "41. De omzet steeg van 20 naar 30 miljoen euro, de winst met 12 procent. In "
             "Amsterdam verdubbelde het aantal, in Rotterdam steeg het van 20 naar 25."},
    {"id": "idioms", "published": "2061-06-16", "language": "en",
     "text": "The senator doubled down, saying spending rose from $10 billion to $12 billion. "
             "The gym, which doubled as a shelter, housed from 200 to 300 people."},
    {"id": "rounded", "published": "2061-06-16",
     "text": "De omzet steeg van 1,2 miljoen naar 1,5 miljoen, een stijging van 18 procent. "
             "Bijna 400 van de 1200 leerlingen, 30 procent, zakte. Vier van de tien "
             "Nederlanders (36 procent) zegt dat."},
    {"id": "warming", "published": "2061-06-16", "language": "en",
     "text": "Leaders agreed to limit warming to 1.5C (2.7F); it was 10 degrees Celsius (18 "
             "degrees Fahrenheit) above normal and minus 6 degrees Celsius (21 degrees "
             "Fahrenheit) at night."},
    {"id": "years", "published": "2061-06-16",
     "text": "Hij woonde er tussen 2010 en 2020, zo'n 45 jaar geleden. Hij won de titel in "
             "2030, twintig jaar geleden was dat nog ondenkbaar."},
    {"id": "comparison", "published": "2061-06-16",
     "text": "Ruim 300 van de 1200 leerlingen, 30 procent meer dan vorig jaar, zakte."},
    {"id": "share-points", "published": "2061-06-16",
     "text": "Het aandeel steeg van 40 naar 50 procent, een stijging van 10 procent."},
    {"id": "difference-wrong", "published": "2061-06-16",
     "text": "De achterste wagon telde 24 inzittenden, zes meer dan de voorste, waarin 20 "
             "mensen zaten."},
    {"id": "difference-right", "published": "2061-06-16", "language": "en",
     "text": "The rear carriage held 24 people, four more than the front one, which held 20. "
             "Harlingen had 14 boxes, twice as many as Vlieland, where seven washed up."},
    {"id": "difference-rounded", "published": "2061-06-16",
     "text": "De werkloosheid was 4,1 procent, 0,3 minder dan in mei, toen 4,4 procent. Het "
             "aantal steeg tot 1.240 gevallen, 200 meer dan vorige week, toen er 1.052 waren. "
             "Er werden 19 wolven gezien, twee keer zoveel als vorig jaar, toen het er 9 waren."},
    {"id": "average-wrong", "published": "2061-06-16",
     "text": "De meldkamer kreeg 84 meldingen in twee weken, gemiddeld twaalf per dag."},
    {"id": "average-right", "published": "2061-06-16", "language": "en",
     "text": "The museum drew 1,000 visitors in three days, an average of 333 a day, and 365 "
             "school groups in a year, an average of one a day."},
    {"id": "times-wrong", "published": "2061-06-16", "language": "en",
     "text": "Terschelling had 14 boxes on its beaches, three times as many as Vlieland, where "
             "seven washed up."},
    {"id": "parts-wrong", "published": "2061-06-16",
     "text": "Het museum leende 14 schilderijen uit, te weten negen landschappen en zes "
             "portretten."},
    {"id": "parts-right", "published": "2061-06-16", "language": "en",
     "text": "The museum lent out 14 paintings, namely nine landscapes and five portraits."},
]


def test_stated_arithmetic_that_cannot_hold_is_a_warning(invoke, tmp_path):
    result, document = run_suite(invoke, tmp_path, ARTICLES, "claims.yml", {"ranges.yml": None})
    found = {f["article_ids"][0]: f["message"] for f in document["findings"]
             if f["expectation"] == "stated-arithmetic"}
    assert sorted(found) == ["average-wrong", "conversion-wrong", "difference-wrong",
                             "multiple-wrong", "parts-wrong", "percent-wrong", "share-wrong",
                             "times-wrong", "years-wrong"]
    assert found["parts-wrong"].endswith('the parts negen + zes add up to 15.0, more than their '
                                         'whole "14"')
    assert found["average-wrong"].endswith('84 meldingen in twee weken (per dag) is 6.0 on '
                                           'average, not "gemiddeld twaalf per dag"')
    assert found["difference-wrong"].endswith('24 and 20 differ by 4.0, not "zes meer dan"')
    assert found["times-wrong"].endswith(
        '14 and seven: the first is 2.0 times the second, not "three times as many as"')
    assert found["share-wrong"].endswith('57.400 van de 5,6 miljoen is 1.0 percent, not "ruim '
                                         'tien procent"')
    assert found["percent-wrong"].endswith(
        '62.000 -> 49.000 is a change of 21.0 percent, not "40 procent"')
    assert found["multiple-wrong"].endswith('46 -> 92 is 2.0 times the start, not '
                                            '"verdrievoudigde"')
    assert found["years-wrong"].endswith('2017 was 44 years before publication, not '
                                         '"34 jaar geleden"')
    assert found["conversion-wrong"].endswith('31C converts to about 87.8, not "97F"')
    assert {f["severity"] for f in document["findings"]
            if f["expectation"] == "stated-arithmetic"} == {"warning"}
    assert result.exit_code == 0
