"""News expectations (custom GX expectations over our tables): dates, numbers, hygiene."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import ROOT, TODAY
from validation.expect.catalog import load_catalog

ARTICLES = [
    # weekday_mismatch: 4 August 2020 was a Tuesday
    {"id": "wrong-weekday", "published": "2020-08-05",
     "text": "Op woensdag 4 augustus 2020 braken in de stad rellen uit bij het stadhuis."},
    # mention_after_publication and conflicting_date_cues: 3 February in a January article
    {"id": "later-date", "published": "2022-01",
     "text": "Op 3 februari werden twaalf betogers opgepakt bij het ministerie in de hoofdstad."},
    # a future event is expected after publication: no finding
    {"id": "future-event", "published": "2022-01-10",
     "text": "De verkiezingen zullen op 20 januari plaatsvinden, meldt de kiescommissie vandaag."},
    {"id": "fine", "published": "2022-01-10",
     "text": "Gisteren, zondag 9 januari, demonstreerden duizenden mensen in de hoofdstad."},
    # a day said to have come ("sinds") after publication is said as past; a start ("vanaf")
    # is not
    {"id": "since-later", "published": "2022-01-10",
     "text": "Sinds maandag 17 januari is de brug weer open voor al het verkeer."},
    {"id": "from-later", "published": "2022-01-10",
     "text": "Vanaf maandag 17 januari is de brug weer open voor al het verkeer."},
    # a month with its year after publication said as past is one too; planned, it is not
    {"id": "later-month", "published": "2022-01-10",
     "text": "In maart 2022 verhuisde het bureau naar een pand aan het Plein in Den Haag."},
    {"id": "planned-month", "published": "2022-01-10",
     "text": "Het bureau verhuist in maart 2022 naar een pand aan het Plein in Den Haag."},
    # ... and so is a season with its year (three months from its first day)
    {"id": "later-season", "published": "2022-01-10",
     "text": "In de zomer van 2022 werd de laatste scheur in de brug gelast."},
    {"id": "planned-season", "published": "2022-01-10",
     "text": "In het voorjaar van 2022 gaat de brug dicht voor groot onderhoud."},
    # (a past verb elsewhere in the sentence is no past of the month: when a rule takes effect)
    {"id": "rule-month", "published": "2022-01-10",
     "text": "The council approved a ban on fireworks, which takes effect in March 2022."},
    # out_of_range twice: November has 30 days, and no day has 25.15
    {"id": "no-such-day", "published": "2022-01-10",
     "text": "Het onderzoek begon op 31 november; de eerste verhoren waren om 25.15 uur."},
]


def run_suite(invoke, tmp_path, corpus, suite, files=None, args=()):
    """`run` with one committed suite (plus data files: name -> text, None = the committed one)
    on `corpus` (a list of article records, or a folder), with more of `run`'s arguments
    (`args`); returns (result, results.json)."""
    if isinstance(corpus, list):
        path = tmp_path / "corpus.jsonl"
        path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in corpus))
        corpus = path
    suites = tmp_path / "expectations"
    suites.mkdir()
    shutil.copy(ROOT / "expectations" / suite, suites)
    for name, text in (files or {}).items():
        if text is None:
            shutil.copy(ROOT / "expectations" / name, suites)
        else:
            (suites / name).write_text(text)
    result = invoke("run", "--corpus", corpus, "--expectations", suites,
                    "--db", tmp_path / "c.duckdb", "--reports", tmp_path / "reports",
                    "--today", TODAY, "--no-data-docs", *args)
    return result, json.loads((tmp_path / "reports" / "results.json").read_text())


@pytest.fixture
def outcome(invoke, tmp_path):
    return run_suite(invoke, tmp_path, ARTICLES, "dates.yml")


def test_each_date_problem_is_one_finding_of_its_kind(outcome):
    result, document = outcome
    found = sorted((f["kind"], f["article_ids"][0]) for f in document["findings"])
    assert found == [("conflicting_date_cues", "later-date"),
                     ("mention_after_publication", "later-date"),
                     ("mention_after_publication", "later-month"),
                     ("mention_after_publication", "later-season"),
                     ("mention_after_publication", "since-later"),
                     ("out_of_range", "no-such-day"), ("out_of_range", "no-such-day"),
                     ("weekday_mismatch", "wrong-weekday")]
    # all warnings: below 0.9 measured precision no kind fails a build (README: precision)
    assert result.exit_code == 0
    assert {f["severity"] for f in document["findings"]} == {"warning"}


def test_a_period_said_as_past_after_publication_or_that_its_year_lacks_is_found(invoke,
                                                                                tmp_path):
    # (a week, a quarter of a year, a holiday with its year; each said as planned is none)
    corpus = [
        {"id": "past-week", "published": "2061-03-20",
         "text": "De oude brug werd in week 14 gesloopt, meldt de gemeente."},
        {"id": "planned-week", "published": "2061-03-20",
         "text": "De oude brug wordt in week 14 gesloopt, meldt de gemeente."},
        {"id": "week-53", "published": "2061-03-02",
         "text": "De nieuwe brug gaat open in week 53 van 2061."},
        {"id": "week-52", "published": "2061-03-02",
         "text": "De nieuwe brug gaat open in week 52 van 2061."},
        {"id": "past-quarter", "published": "2061-05-20",
         "text": "In het derde kwartaal van 2061 werd de oude brug gesloopt."},
        {"id": "planned-quarter", "published": "2061-05-20",
         "text": "In het derde kwartaal van 2061 wordt de oude brug gesloopt."},
        {"id": "past-feast", "published": "2061-02-20",
         "text": "Met Pasen 2061 opende de nieuwe brug, meldt de gemeente."},
        {"id": "past-feast-before", "published": "2061-05-20",
         "text": "Met Pasen 2061 opende de nieuwe brug, meldt de gemeente."},
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "dates.yml")
    found = sorted((f["kind"], f["article_ids"][0], f["message"]) for f in document["findings"])
    assert found == [
        ("mention_after_publication", "past-feast", "[past-feast] mentions Pasen 2061 "
         "(2061-04-10), after the publication window that ends 2061-02-20"),
        ("mention_after_publication", "past-quarter", "[past-quarter] mentions het derde "
         "kwartaal van 2061 (2061-07-01), after the publication window that ends 2061-05-20"),
        ("mention_after_publication", "past-week", "[past-week] mentions week 14 (2061-04-04), "
         "after the publication window that ends 2061-03-20"),
        ("out_of_range", "week-53", "[week-53] week 53 van 2061 is no week of that year (ISO "
         "weeks run to 52, in some years 53)")]


def test_findings_say_what_is_wrong(outcome):
    _, document = outcome
    messages = {(f["kind"], f["article_ids"][0]): f["message"] for f in document["findings"]}
    assert "woensdag 4 augustus 2020: 2020-08-04 was a Tuesday" \
        in messages["weekday_mismatch", "wrong-weekday"]
    assert "mentions 3 februari (2022-02-03), after the publication window that ends 2022-01-31" \
        in messages["mention_after_publication", "later-date"]
    assert "mentions zomer van 2022 (2022-06-01), after the publication window" \
        in messages["mention_after_publication", "later-season"]
    assert "no publication day fits all date cues (absolute:3 februari) within 2022-01" \
        in messages["conflicting_date_cues", "later-date"]
    impossible = sorted(f["message"] for f in document["findings"]
                        if f["article_ids"] == ["no-such-day"])
    assert impossible == [
        "[no-such-day] 25.15 uur is no time of day (hours run to 23, to 12 with a.m. or p.m.; "
        "minutes and seconds to 59)",
        "[no-such-day] 31 november is no date: that month never has that day"]


def test_news_catalog_matches_the_classes():
    from validation.expect import news

    ours = {name: info for name, info in load_catalog().items()
            if info.module and name not in news.GX_OVERRIDES}
    assert set(ours) == set(news.NEWS_EXPECTATIONS)
    for name, cls in news.GX_OVERRIDES.items():
        assert load_catalog()[name].gx_class == cls.__name__
    for name, info in ours.items():
        cls = news.NEWS_EXPECTATIONS[name]
        assert cls.__name__ == info.gx_class
        assert set(info.optional) == set(cls.defaults) and not info.required
        assert info.kind


def test_parameters_are_literals_not_sql(tmp_path):
    from validation.expect.news import ExpectNoDateMentionsAfterPublication

    with pytest.raises(ValueError, match="not a whole number or an ISO date"):
        ExpectNoDateMentionsAfterPublication.build(tolerance_days="1; DROP TABLE articles")


RANGE_ARTICLES = [
    {"id": "turnout", "published": "2022-03-17",
     "text": "Bij de verkiezingen stemde volgens de gemeente 120 procent van de kiezers."},
    {"id": "icu", "published": "2022-03-17",
     "text": "In het ziekenhuis liggen 40 patiënten. Op de intensive care liggen 55 patiënten."},
    {"id": "plausible", "published": "2022-03-17",
     "text": "In het ziekenhuis liggen 400 patiënten, van wie 62 op de intensive care."},
    # nobody is a count of a crowd too, in range
    {"id": "nobody", "published": "2022-03-17",
     "text": "Na de oproep ging in Zwolle niemand de straat op om te demonstreren."},
    # a part said to be among the one figure of its whole the sentence gives, larger than it
    {"id": "among", "published": "2022-03-17",
     "text": "Onder de 20 gewonden van de busramp zijn 25 scholieren uit Tiel."},
    # ... and one above the whole of this event, beside a larger figure of long before
    {"id": "background", "published": "2022-03-17",
     "text": "Bij de explosie raakten vijf mensen gewond. Acht mensen werden in het ziekenhuis "
             "opgenomen. Bij een vergelijkbare explosie in 2019 raakten 40 mensen gewond."},
    # a part above one figure of its whole, within another the article gives
    {"id": "two-wholes", "published": "2022-03-17",
     "text": "Bij de brand raakten 14 mensen gewond. Zes van hen liggen in het ziekenhuis. De "
             "drie zwaargewonde medewerkers worden in Rotterdam behandeld."},
    # one place alone above the whole, inside one article; and one below it
    {"id": "alone", "published": "2022-03-17",
     "text": "Het dodental van het noodweer in Nederland is gestegen tot 12. In Maastricht "
             "alleen al kwamen 15 mensen om, zegt de burgemeester."},
    {"id": "alone-ok", "published": "2022-03-17", "language": "en",
     "text": "Storms killed 30 people across the province, officials said. In Bristol alone, "
             "nine people died."},
    # ... but a group's figure alone is compared only with its group's (a blind review's
    # week-long counts of one group against one day's of everybody)
    {"id": "alone-group", "published": "2022-03-17", "language": "en",
     "text": "Police said 40 people were injured in the derailment. The hospital in Utrecht "
             "alone treated 47 injured passengers."},
    # ... but not one night's count against a town's since the storm
    {"id": "alone-times", "published": "2022-03-17", "language": "en",
     "text": "Police arrested 45 people on Monday night. In Bude alone, 70 people have been "
             "arrested since the storm."},
    # a sum for a part alone above the sum said just before it in its paragraph
    {"id": "sum-alone", "published": "2022-03-17",
     "text": "De totale schade van de brand wordt geschat op 9 miljoen euro. Alleen al de "
             "sloop van de loods kost volgens de verzekeraar 12 miljoen euro."},
    {"id": "sum-alone-en", "published": "2022-03-17", "language": "en",
     "text": "The appeal has raised £50,000 so far. Gifts from local firms alone came to "
             "£64,000, the organisers said."},
    # ... a place's part too, when the whole's sentence names no place; a voucher between is
    # no whole of it
    {"id": "sum-alone-place", "published": "2022-03-17", "language": "en",
     "text": "The fund said it had so far paid £80,000 to families and would give each a £50 "
             "voucher. Families in Derby alone had received £95,000, it added."},
    # ... and a sum said to be a bill or a mountain of debt is a whole
    {"id": "sum-alone-bill", "published": "2022-03-17", "language": "en",
     "text": "Insurers face a bill of about $30m for the collapse, with claims from shops alone "
             "put at $38m."},
    {"id": "sum-alone-debt", "published": "2022-03-17",
     "text": "Het bedrijf laat een schuldenberg van 120 miljoen euro achter. Alleen al bij de "
             "banken staat het voor 150 miljoen euro in het krijt."},
    # ... but not a place's part after a sum whose place the text may give in other words
    # (a town as the subject: "Leeds has raised")
    {"id": "sum-alone-other-place", "published": "2022-03-17", "language": "en",
     "text": "Leeds has raised £15 million so far. In Manchester alone donors gave £20 "
             "million."},
    # ... not one below it, nor one in another paragraph, nor a whole said after the part
    {"id": "sum-alone-ok", "published": "2022-03-17",
     "text": "De totale schade wordt geschat op 9 miljoen euro. Alleen al de sloop kost 2 "
             "miljoen euro."},
    {"id": "sum-alone-far", "published": "2022-03-17",
     "text": "Het bedrijf maakte vorig jaar 3 miljoen euro winst.\n\nAlleen al de nieuwe "
             "fabriek kost 40 miljoen euro."},
    {"id": "sum-alone-after", "published": "2022-03-17", "language": "en",
     "text": "Ticket sales alone brought in $4 million, while the sponsors paid $1 million."},
    # ... nor one beside a sum that is no whole (another's, another kind, a rate, a year)
    {"id": "sum-alone-other", "published": "2022-03-17", "language": "en",
     "text": "The governor raised $9 million last quarter. Her rival alone raised $14 "
             "million. Rent is $3,000 a month. Security alone costs $80,000 a year. In 2020 "
             "the club lost $2 million. In 2021 alone it lost $6 million."},
    {"id": "sum-alone-kind", "published": "2022-03-17",
     "text": "De omroep maakte 4 miljoen euro winst. Alleen al de nieuwe studio kost 30 "
             "miljoen euro."},
    # a count for one part alone above the count of the same thing said before it in its
    # paragraph, whatever it counts, its noun said or left out
    {"id": "count-alone", "published": "2022-03-17",
     "text": "Bij het meldpunt kwamen in totaal 1.400 klachten binnen. Alleen al uit Zwolle "
             "kwamen er 1.650."},
    {"id": "count-alone-en", "published": "2022-03-17", "language": "en",
     "text": "About 900 homes were flooded across the region. In Kampen alone, 1,100 homes "
             "were flooded, the council said."},
    # ... not one below it, one of another thing, or one in another paragraph; not "let
    # alone", a time alone, nor a place beside a figure of another place (no whole said)
    {"id": "count-alone-let", "published": "2022-03-17", "language": "en",
     "text": "In total the hall can barely hold 1,200 people, let alone 2,000."},
    {"id": "count-alone-time", "published": "2022-03-17", "language": "en",
     "text": "On Monday 12 boats sank across the region. This year alone, 30 boats have sunk."},
    {"id": "count-alone-neighbour", "published": "2022-03-17", "language": "en",
     "text": "Leeds counted 300 complaints. In Sheffield alone, 400 complaints were filed."},
    # ... the place alone said in other words ("zelf", "itself"), not one below its whole
    {"id": "count-zelf", "published": "2022-03-17",
     "text": "In totaal zijn 1.900 schademeldingen binnengekomen. In Oudehaske zelf gaat het "
             "om 2.150 schademeldingen."},
    {"id": "count-itself", "published": "2022-03-17", "language": "en",
     "text": "Across the region, 3,100 homes lost power. In Marsby itself, 3,400 homes were "
             "cut off."},
    {"id": "count-on-its-own", "published": "2022-03-17", "language": "en",
     "text": "Across the region, 3,100 homes lost power. In Marsby on its own, 1,200 homes "
             "were cut off."},
    {"id": "count-alone-ok", "published": "2022-03-17",
     "text": "Bij het meldpunt kwamen in totaal 1.400 klachten binnen. Alleen al uit Zwolle "
             "kwamen er 650."},
    {"id": "count-alone-other", "published": "2022-03-17",
     "text": "De gemeente telt 120 scholen. Alleen al in het centrum wonen 300 gezinnen."},
    {"id": "count-alone-far", "published": "2022-03-17",
     "text": "Bij het meldpunt kwamen in totaal 1.400 klachten binnen.\n\nAlleen al uit Zwolle "
             "kwamen er 1.650 klachten over de stank."},
    # a sentence opening with a whole gives no larger figure as some of it, whatever it counts
    {"id": "partitive", "published": "2022-03-17",
     "text": "Van de 40 gevangenen die de rechter vrijliet, ontsnapten er 52."},
    {"id": "partitive-en", "published": "2022-03-17", "language": "en",
     "text": "Of the 1,150 homes inspected since the storm, 1,400 were found to need a new "
             "roof."},
    # ... a part the claims read, but as no part of that whole (released of the detained)
    {"id": "partitive-claim", "published": "2022-03-17", "language": "en",
     "text": "Of the 220 people held after the match, 260 were released before midnight."},
    # ... said in words too
    {"id": "partitive-words", "published": "2022-03-17",
     "text": "Van de zeven raadsleden van de nieuwe partij hebben er negen nooit eerder een "
             "functie gehad."},
    # a figure said to be some of a smaller one
    {"id": "partitive-inline", "published": "2022-03-17", "language": "en",
     "text": "Nine of the six ferries were back in service by Friday."},
    {"id": "partitive-inline-nl", "published": "2022-03-17",
     "text": "Volgens de gemeente zijn 230 van de 190 lantaarnpalen vervangen."},
    # ... or a part after the marker of a whole's parts ("waaronder", "including")
    {"id": "partitive-after", "published": "2022-03-17",
     "text": "Bij de storingsdienst kwamen 2.600 meldingen binnen, waaronder 2.900 uit "
             "Drenthe."},
    {"id": "partitive-after-en", "published": "2022-03-17", "language": "en",
     "text": "Out of the 31 papers retracted, 36 were co-written by his students. The agency "
             "logged 480 complaints, including 510 about noise."},
    # ... or a part after a verb of inclusion right after the whole's noun
    {"id": "partitive-include", "published": "2022-03-17", "language": "en",
     "text": "The 212 paintings on loan include 240 by Dutch masters. The 90 rooms include "
             "30 suites."},
    {"id": "partitive-include-nl", "published": "2022-03-17",
     "text": "De 64 vondsten omvatten 70 vondsten uit de Romeinse tijd."},
    # ... not a part of another thing, nor a marker with no comma
    {"id": "partitive-include-ok", "published": "2022-03-17", "language": "en",
     "text": "The 12 measures include 20 new speed cameras. The 4 groups include 6 teams from "
             "Europe. She scored 10 goals in 4 matches including 5 penalties. The 10 bus "
             "routes being cut include 17 to the airport."},
    {"id": "partitive-include-ok-nl", "published": "2022-03-17",
     "text": "De 5 regelingen omvatten 8 subsidies voor ondernemers. Hij scoorde 9 keer in 6 "
             "wedstrijden waaronder 7 strafschoppen."},
    # ... or a part with a partitive pronoun after it, set after a whole and a comma or
    # semicolon
    {"id": "partitive-pronoun", "published": "2022-03-17",
     "text": "Sinds de invoering zijn 1.300 fietsers bekeurd; ruim 1.450 daarvan reden door "
             "rood."},
    {"id": "partitive-pronoun-en", "published": "2022-03-17", "language": "en",
     "text": "Inspectors found 64 cracks in the deck, 70 of them in the main span."},
    # ... a date or a year before the whole is no whole
    {"id": "partitive-pronoun-date", "published": "2022-03-17",
     "text": "Sinds 13 januari zijn 2.100 chauffeurs beboet; ruim 2.400 daarvan reden te "
             "hard."},
    {"id": "partitive-pronoun-date-en", "published": "2022-03-17", "language": "en",
     "text": "Since 13 January 2021, 2,100 drivers have been fined, 2,400 of them for "
             "speeding. Since 2021 the force counted 300 crashes; 350 of them on the A2. Since "
             "January 13, 1,100 riders have been fined, 1,400 of them for speeding."},
    # ... or most of the group the sentence before counts, larger than any of its counts
    {"id": "partitive-most", "published": "2022-03-17",
     "text": "Er werden 21.400 duiven gelost, ongeveer 15.300 uit België. Het merendeel, "
             "24.500 duiven, kwam uit West-Vlaanderen."},
    {"id": "partitive-most-en", "published": "2022-03-17", "language": "en",
     "text": "In all 1,150 trains were cancelled on Monday. The bulk of them - some 1,400 "
             "trains - were intercity services."},
    # ... not most of a larger group, a share, a unit, nor one far above every count
    {"id": "partitive-most-ok", "published": "2022-03-17",
     "text": "Er werden 21.400 duiven gelost, ongeveer 15.300 uit België. Het merendeel, "
             "16.000 duiven, kwam op tijd thuis.\n\nIn 12 gemeenten werden huizen ontruimd. "
             "Het merendeel, zo'n 3.000 woningen, ligt in Limburg.\n\nOp 3 maart 2021 telde "
             "de bond 900 leden. De meerderheid, 60 procent, is ouder dan 50.\n\nEr vielen 40 "
             "doden. Het gros, 45 kilometer ten zuiden van de stad, was onbewoond.\n\nIn "
             "totaal werden 2.000 mensen geëvacueerd. Onder hen waren 800 kinderen. Het "
             "merendeel, 1.200 mensen, is inmiddels teruggekeerd.\n\nDe chauffeur (46) raakte "
             "zwaargewond. Het merendeel, 52 passagiers, kwam met de schrik vrij.\n\nBij een "
             "brand aan de Dorpsstraat 24 moesten de bewoners hun woning uit. Het merendeel, "
             "40 mensen, werd opgevangen.\n\nIn het dorp wonen 2000 mensen; 900 van hen zijn "
             "ouder dan 65. Het merendeel, 1.400 mensen, stemde voor de fusie.\n\nEr werden "
             "30 gezinnen opgevangen. Het merendeel, 55 kinderen, ging naar school.\n\nDe "
             "ploeg liep eerst 30 kilometer. Het gros, 45 kilometer, ging over zand."},
    # ... not a smaller part, a part of another figure, a year, a share or a unit
    {"id": "partitive-pronoun-ok", "published": "2022-03-17",
     "text": "Er zijn 1.300 fietsers bekeurd; 450 daarvan reden door rood. De 3 bussen "
             "vervoerden 120 reizigers, 40 van hen kinderen. De keten telt 40 winkels, 45 "
             "procent daarvan in Brabant. Van de 200 gevangenen zaten er 40 in cel A, 70 van "
             "hen ontsnapten. Sinds 2102 zijn veel boetes uitgedeeld, 2500 daarvan aan "
             "fietsers. Op 13 januari zijn 2.100 chauffeurs beboet; 400 daarvan reden te "
             "hard. Van de 1200 gevangenen zaten er 40 in cel A, 70 van hen ontsnapten. Van "
             "1800 gevangenen zaten er 40 in cel B, 70 van hen ontsnapten."},
    {"id": "partitive-pronoun-ok-en", "published": "2022-03-17", "language": "en",
     "text": "The chain runs 40 stores in Belgium, 60 including its franchises. The school has "
             "40 teachers; 60 of those surveyed said no."},
    # ... not a smaller part, a share, a year or a unit after the marker
    {"id": "partitive-after-ok", "published": "2022-03-17",
     "text": "Er kwamen 2.600 meldingen binnen, waaronder 900 uit Drenthe. De keten telt "
             "40 winkels, waarvan 45 procent in Brabant. Er reden 60 bussen, waaronder 70 km "
             "over de dijk."},
    # ... not some of a larger one, a scale, a year, a share, or another's
    {"id": "partitive-inline-ok", "published": "2022-03-17", "language": "en",
     "text": "Four of the nine ferries were back. 300 of the 2 million residents fled. Two "
             "of the 1990s hits were played. 40 of the 30 percent who voted stayed home. "
             "About 600 of the 400 schools' pupils were sent home. Seven of the fourteen "
             "crew were rescued. Twelve of the 10 Downing Street staff left. Three of the two "
             "hundred passengers were Dutch. Of the two hundred passengers, three were Dutch. "
             "Nine of the 5 star hotels were full. Eight of the 6 a.m. trains ran late."},
    # ... not a smaller one, nor a date, a share, a scale, an age or a year after it, nor a
    # figure that describes the whole, nor one after a comma that counts something else
    {"id": "partitive-ok", "published": "2022-03-17", "language": "en",
     "text": "Of the 30 flights cancelled on 14 March, 12 were rebooked. Of the 20 schools, 45 "
             "percent reopened. Of the 3 million residents, 400,000 fled. Of the 6 suspects, "
             "19-year-old Ann Lee was charged. Of the 40 members, 2021 saw many leave. Of the "
             "8 riders in the top 20, 5 were Belgian. Of the 4 matches, 19 goals came in the "
             "second half. Of the 3 villages worst hit, 2,000 have no power."},
    {"id": "partitive-ok-nl", "published": "2022-03-17",
     "text": "Van de 6 kinderen onder de 12 zijn er 2 gewond. Van de 3 scholen in de regio, "
             "40 klassen krijgen les op afstand. Van de 5 vrachtwagens werden er 8 kratten "
             "gestolen."},
    # the injured who left hospital are no count of all the injured
    {"id": "discharged", "published": "2022-03-17",
     "text": "Nog 14 inzittenden van de bus liggen in Franse ziekenhuizen. Zondag mochten "
             "vijf gewonden het ziekenhuis verlaten."},
    # the parts a whole is said to be made of never add up to more than it
    {"id": "made-of", "published": "2022-03-17", "language": "en",
     "text": "Eleven people were injured, namely six residents and seven firefighters."},
    {"id": "made-of-nl", "published": "2022-03-17",
     "text": "Zeven mensen zijn gearresteerd, te weten vier mannen, twee vrouwen en drie "
             "minderjarigen."},
    {"id": "made-of-colon", "published": "2022-03-17",
     "text": "Bij de brand raakten zeventien mensen gewond: dertien bewoners, vier medewerkers "
             "en een brandweerman."},
    # ... not parts that add up, nor parts "including" names, which may overlap
    {"id": "made-of-ok", "published": "2022-03-17", "language": "en",
     "text": "Eleven people were injured, namely six residents and five firefighters. "
             "Twelve people died, including eight children and seven women."},
    # ... nor a part of its parts, nor a part said in another sentence
    {"id": "made-of-ok2", "published": "2022-03-17", "language": "en",
     "text": "Eighteen people were hurt, namely 11 passengers and 7 crew members, nine of "
             "whom are in hospital. Among the injured were 4 children."},
    {"id": "made-of-colon-ok", "published": "2022-03-17", "language": "en",
     "text": "The number of injured rose to nine: six firefighters and three workers."},
    {"id": "made-of-colon-ok-nl", "published": "2022-03-17",
     "text": "In Tiel zijn negen mensen aangehouden: zes mannen en drie vrouwen, en vier van "
             "hen zitten nog vast."},
    {"id": "made-of-ok-nl", "published": "2022-03-17",
     "text": "Achttien mensen raakten gewond, te weten elf passagiers en zeven "
             "bemanningsleden, van wie negen ernstig. Onder de gewonden zijn vier kinderen."},
    # a part of another thing the text links to its whole (ranges.yml linked_parts) ...
    {"id": "linked", "published": "2022-03-17",
     "text": "De uitbraak maakte 20 mensen ziek, van wie 26 in het ziekenhuis belandden."},
    # some of a group whose figure the article does not give is no whole ("Twelve of the
    # injured" are not all the injured)
    {"id": "some-of-unknown", "published": "2022-03-17", "language": "en",
     "text": "Two people died and 41 were taken to hospital. Nine of the injured were in a "
             "critical condition."},
    # a change or a level against an earlier year's may pass 100 percent, with its sign too
    {"id": "change-signed", "published": "2022-03-17", "language": "en",
     "text": "The ward saw 180% more admissions than a year earlier. Calls rose to 152 "
             "percent of the 2021 level."},
    # ... but unlinked, two such counts of one article may count other people
    {"id": "unlinked", "published": "2022-03-17",
     "text": "Bij de storm werden 12 mensen in het ziekenhuis opgenomen. Er zijn drie gevallen "
             "van cholera gemeld."},
]


def run_claims_suite(invoke, tmp_path, ranges_text=None):
    return run_suite(invoke, tmp_path, RANGE_ARTICLES, "claims.yml", {"ranges.yml": ranges_text})


def test_parts_alone_on_a_reviews_texts_are_all_judged_right(invoke, tmp_path):
    """A blind review's 80 articles (tests/data/reviews/parts_alone/): every part alone the
    check reports is one the reviewer judged larger than its whole, before the check ran."""
    folder = ROOT / "tests" / "data" / "reviews" / "parts_alone"
    judged = {line.split("\t")[0]: line.split("\t")[1]
              for line in (folder / "judged.tsv").read_text(encoding="utf-8").splitlines()}
    _, document = run_suite(invoke, tmp_path, folder / "corpus.jsonl", "claims.yml",
                            {"ranges.yml": None})
    reported = {f["article_ids"][0] for f in document["findings"]
                if f["expectation"] == "parts-alone-within-wholes"}
    assert reported and all(judged[a] == "YES" for a in reported), reported
    assert len(reported) >= 6


def test_out_of_range_claims_and_parts_larger_than_wholes(invoke, tmp_path):
    result, document = run_claims_suite(invoke, tmp_path)
    found = sorted((f["kind"], f["article_ids"][0], len(f["claim_ids"]))
                   for f in document["findings"])
    assert found == [("out_of_range", "turnout", 1), ("relation_violated", "among", 2),
                     ("relation_violated", "background", 2), ("relation_violated", "icu", 2),
                     ("relation_violated", "linked", 2),
                     ("relation_violated", "made-of", 3),
                     ("relation_violated", "made-of-colon", 4),
                     ("relation_violated", "made-of-nl", 4),
                     ("relation_violated", "partitive", 0),
                     ("relation_violated", "partitive-after", 0),
                     ("relation_violated", "partitive-after-en", 0),
                     ("relation_violated", "partitive-after-en", 0),
                     ("relation_violated", "partitive-claim", 0),
                     ("relation_violated", "partitive-en", 0),
                     ("relation_violated", "partitive-include", 0),
                     ("relation_violated", "partitive-include-nl", 0),
                     ("relation_violated", "partitive-inline", 0),
                     ("relation_violated", "partitive-inline-nl", 0),
                     ("relation_violated", "partitive-most", 0),
                     ("relation_violated", "partitive-most-en", 0),
                     ("relation_violated", "partitive-pronoun", 0),
                     ("relation_violated", "partitive-pronoun-date", 0),
                     ("relation_violated", "partitive-pronoun-date-en", 0),
                     ("relation_violated", "partitive-pronoun-date-en", 0),
                     ("relation_violated", "partitive-pronoun-date-en", 0),
                     ("relation_violated", "partitive-pronoun-en", 0),
                     ("relation_violated", "partitive-words", 0),
                     ("scope_inconsistency", "alone", 2),
                     ("scope_inconsistency", "count-alone", 0),
                     ("scope_inconsistency", "count-alone-en", 0),
                     ("scope_inconsistency", "count-itself", 0),
                     ("scope_inconsistency", "count-zelf", 0),
                     ("scope_inconsistency", "sum-alone", 2),
                     ("scope_inconsistency", "sum-alone-bill", 2),
                     ("scope_inconsistency", "sum-alone-debt", 2),
                     ("scope_inconsistency", "sum-alone-en", 2),
                     ("scope_inconsistency", "sum-alone-place", 2)]
    messages = " ".join(f["message"] for f in document["findings"])
    assert "deaths 15 in Maastricht alone is more than 12 for the whole" in messages
    assert "money 12 miljoen for a part alone is more than 9 miljoen said just before it" \
        in messages
    assert ('a part larger than the whole the sentence opens with: "Of the 1,150 homes '
            'inspected since the storm, 1,400"') in messages
    assert "percentage 120 is outside the plausible range [0.0, 100.0]" in messages
    assert ('a part larger than the whole it is some of: "1.300 fietsers bekeurd; ruim 1.450 '
            'daarvan"') in messages
    assert "intensive_care 55 is more than hospitalized 40 in the same article" in messages
    # warnings all: below 0.9 measured precision no kind fails a build (README: precision)
    assert {f["severity"] for f in document["findings"]} == {"warning"}
    assert result.exit_code == 0


def test_a_broken_ranges_file_is_a_configuration_error(invoke, tmp_path):
    result, _ = run_claims_suite(invoke, tmp_path, "ranges:\n  deaths: {min: 0, max: many}\n")
    assert result.exit_code == 2
    assert "ranges.deaths: 'many' is not a number" in result.stdout


def test_seed_hygiene_finds_the_analysts_name_variants_and_media_residue(invoke, tmp_path,
                                                                         seed_corpus):
    (seed_corpus / "mojibake.jsonl").write_text(json.dumps({
        "id": "broken-encoding", "published": "2022-01-07",
        "text": "De president sprak over een â€˜ernstige bedreigingâ€™ voor het land en de regio."
    }, ensure_ascii=False) + "\n")
    _, document = run_suite(invoke, tmp_path, seed_corpus, "hygiene.yml")
    findings = document["findings"]
    names = sorted(f["message"].split("] ")[-1] for f in findings if f["kind"] == "name_variants")
    assert names == ["one name, 2 spellings in one story: Nazarbajev / Nazarbayev",
                     "one name, 2 spellings in one story: Tokajev / Tokayev"]
    residue = " ".join(f["message"] for f in findings if f["kind"] == "media_residue")
    for leftover in ("Beeld Valery Sharifulin/TASS", "De kaart van Kazachstan:",
                     "buitgemaakt - AFP", "niet de straat op te gaan:"):
        assert leftover in residue
    [mojibake] = [f for f in findings if f["kind"] == "mojibake"]
    assert mojibake["article_ids"] == ["broken-encoding"] and "â€˜" in mojibake["message"]


def test_every_unexpected_row_is_a_finding_not_only_the_first_200(invoke, tmp_path):
    """GX's own SQL expectation returns at most 200 rows; ours return all, from one query."""
    wrong = [{"id": f"wrong-{n:03}", "published": "2020-08-05",
              "text": f"Op woensdag 4 augustus 2020 braken in wijk {n} rellen uit bij het "
                      "stadhuis, meldt de politie."} for n in range(230)]
    result, document = run_suite(invoke, tmp_path, wrong, "dates.yml")
    mismatches = [f for f in document["findings"] if f["kind"] == "weekday_mismatch"]
    assert len(mismatches) == 230
    entry = next(e for s in document["suites"] for e in s["expectations"]
                 if e["id"] == "weekday-matches-date")
    assert entry["unexpected_count"] == 230
