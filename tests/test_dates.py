"""Date mentions and publication windows, against the seed gold and small cases."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.conftest import ROOT, requires_shared
from validation.extract.dates import find_date_mentions, infer_publication
from validation.extract.lexicon import load_pack
from validation.load.readers import SEED_HEADER

JANUARY = (dt.date(2022, 1, 1), dt.date(2022, 1, 31))


def seed_bodies():
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        header = SEED_HEADER.match(raw).end()
        yield path.name, raw[header:], header


def test_core_seed_date_expressions_are_found():
    gold = json.loads(requires_shared("reference", "seed-gold-dates.json").read_text())
    core = [d for d in gold["dates"] if d["core"] and d["type"] != "header_month"]
    found, missed = 0, []
    for name, body, header in seed_bodies():
        mentions = find_date_mentions(name, body, load_pack("nl"), JANUARY)
        for expression in (d for d in core if d["article"] == name):
            start, end = expression["char_start"] - header, expression["char_end"] - header
            if any(m.char_start < end and m.char_end > start for m in mentions):
                found += 1
            else:
                missed.append(expression["span"])
    assert found / len(core) >= 0.9, missed


def test_seed_mentions_resolve_against_the_analysts_publication_day():
    gold = json.loads(requires_shared("reference", "seed-gold-dates.json").read_text())
    estimates = gold["publication_estimates"]
    checked = 0
    for name, body, _ in seed_bodies():
        day = dt.date.fromisoformat(estimates[name[:3]])
        mentions = find_date_mentions(name, body, load_pack("nl"), (day, day))
        for mention in mentions:
            expected = {"gisteren": day - dt.timedelta(days=1), "vandaag": day,
                        "nieuwjaarsdag": dt.date(2022, 1, 1), "1 januari": dt.date(2022, 1, 1)}
            if mention.text.lower() in expected:
                assert mention.resolved_start == expected[mention.text.lower()], mention
                checked += 1
        weekdays = {m.text.lower(): m.resolved_start for m in mentions if m.kind == "weekday"}
        if name.startswith("001"):  # published Thursday 6 January
            assert weekdays == {"woensdag": dt.date(2022, 1, 5), "donderdag": dt.date(2022, 1, 6)}
    assert checked >= 6


def test_inferred_windows_contain_the_analysts_estimate():
    gold = json.loads(requires_shared("reference", "seed-gold-dates.json").read_text())
    for name, body, _ in seed_bodies():
        mentions = find_date_mentions(name, body, load_pack("nl"), JANUARY)
        window = infer_publication(mentions, JANUARY, body, load_pack("nl"))
        estimate = dt.date.fromisoformat(gold["publication_estimates"][name[:3]])
        assert window.start <= estimate <= window.end and not window.conflicting


def test_a_weekday_and_a_dated_day_narrow_a_month_to_a_week():
    text = "Op maandag 3 januari begonnen de protesten. Woensdag werd het vliegveld bezet."
    mentions = find_date_mentions("a", text, load_pack("nl"), JANUARY)
    window = infer_publication(mentions, JANUARY, text, load_pack("nl"))
    assert (window.start, window.end) == (dt.date(2022, 1, 3), dt.date(2022, 1, 31))
    assert mentions[0].kind == "absolute" and mentions[0].weekday == 0  # maandag


def test_cues_that_cannot_all_hold_are_reported():
    text = "Gisteren, op 20 januari, riepen betogers op tot kalmte. Dat was op maandag."
    day = (dt.date(2022, 1, 10), dt.date(2022, 1, 12))  # a window of three days
    mentions = find_date_mentions("a", text, load_pack("nl"), day)
    window = infer_publication(mentions, day, text, load_pack("nl"))
    assert window.conflicting and window.method.startswith("conflicting:")
    assert (window.start, window.end) == day  # what the corpus said is kept


@pytest.mark.parametrize(("text", "window", "expected"), [
    # a holiday whose year the text does not say narrows a window of one year ...
    ("Met Kerstmis gingen de deuren dicht.", (dt.date(2031, 1, 1), dt.date(2031, 12, 31)),
     (dt.date(2031, 12, 25), dt.date(2031, 12, 31))),
    # ... but says nothing of which of several years the article is from
    ("Met Kerstmis gingen de deuren dicht.", (dt.date(2028, 1, 1), dt.date(2031, 12, 31)),
     (dt.date(2028, 1, 1), dt.date(2031, 12, 31))),
    ("Met Kerstmis 2029 gingen de deuren dicht.", (dt.date(2028, 1, 1), dt.date(2031, 12, 31)),
     (dt.date(2029, 12, 25), dt.date(2031, 12, 31))),
    # ... and only told as past: one told of as a habit or a plan may be after publication
    ("Met Pasen bezoeken veel Belgen de kerk.", (dt.date(2033, 3, 1), dt.date(2033, 3, 31)),
     (dt.date(2033, 3, 1), dt.date(2033, 3, 31))),
    ("Families gather on Thanksgiving.", (dt.date(2033, 4, 1), dt.date(2033, 4, 30)),
     (dt.date(2033, 4, 1), dt.date(2033, 4, 30))),
])
def test_a_holiday_narrows_publication_only_within_its_year(text, window, expected):
    pack = load_pack("en" if text.startswith("Families") else "nl")
    mentions = find_date_mentions("a", text, pack, window)
    inferred = infer_publication(mentions, window, text, pack)
    assert (inferred.start, inferred.end) == expected


@pytest.mark.parametrize(("text", "kind", "resolved"), [
    ("Protesters gathered on Wednesday 4 August 2020.", "absolute", dt.date(2020, 8, 4)),
    ("On January 6, 2022 troops arrived.", "absolute", dt.date(2022, 1, 6)),
    ("Police said yesterday that the roads were closed.", "relative", dt.date(2022, 1, 5)),
    ("The state of emergency will last two weeks.", "duration", None),
    ("It is the third day of protests.", "day_count", None),
    # a month abbreviated with a full stop (wire style)
    ("The fire broke out on Sunday, Aug. 4, near the coast.", "absolute", dt.date(2021, 8, 4)),
])
def test_english_date_mentions(text, kind, resolved):
    [mention] = find_date_mentions("a", text, load_pack("en"),
                                   (dt.date(2022, 1, 6), dt.date(2022, 1, 6)))
    assert (mention.kind, mention.resolved_start) == (kind, resolved)


@pytest.mark.parametrize(("text", "language", "published", "found"), [
    ("De hoorzitting staat gepland voor 31 april.", "nl", "2031-03-02", "31 april"),
    ("Het contract liep af op 31 september 2023.", "nl", "2031-03-02", "31 september 2023"),
    ("Op 29 februari 2023 vertrok hij naar Spanje.", "nl", "2031-03-02", "29 februari 2023"),
    ("The ferry stopped sailing on 29 February 2030.", "en", "2030-06-20",
     "29 February 2030"),
    ("Talks collapsed on September 31st in Geneva.", "en", "2031-10-02", "September 31st"),
    ("It was signed on April 31, 2030, in Oslo.", "en", "2031-10-02", "April 31, 2030"),
    ("De akte is gedateerd 31-04-2029.", "nl", "2031-03-02", "31-04-2029"),
    # clock times no day has
    ("De laatste trein vertrok om 25.10 uur uit Zwolle.", "nl", "2031-03-02", "25.10 uur"),
    ("De weg is dicht tussen 18.00 en 18.60 uur.", "nl", "2031-03-02", "18.60 uur"),
    ("The alarm went off at 14.20pm on the ward.", "en", "2031-03-02", "14.20pm"),
    ("Contact was lost at 9.61 a.m. over the Channel.", "en", "2031-03-02", "9.61 a.m."),
    ("The pumps failed at 2375 BST, the operator said.", "en", "2031-03-02", "2375 BST"),
    ("The camera logged the crash at 09:12:75 local time.", "en", "2031-03-02",
     "09:12:75 local time"),
    ("De sensor sloeg aan om 03.14.61 uur.", "nl", "2031-03-02", "03.14.61 uur"),
])
def test_a_date_or_clock_time_that_does_not_exist_is_marked(text, language, published, found):
    day = dt.date.fromisoformat(published)
    marked = [(m.text, m.resolved_start) for m in find_date_mentions(
        "a", text, load_pack(language), (day, day)) if m.kind.startswith("impossible")]
    assert marked == [(found, None)]


@pytest.mark.parametrize(("text", "language", "published"), [
    ("In April 31 people were arrested in the capital.", "en", "2031-06-20"),  # a count
    ("Op 29 februari kwamen de eerste patiënten binnen.", "nl", "2032-06-20"),  # 2032 has one
    ("De bar sluit om 24.00 uur en opent om 0.30 uur weer.", "nl", "2031-03-02"),
    # durations, a year before a time zone, a leap day without a year, counts per month
    ("De wachttijd bij de grens liep op tot 26.30 uur.", "nl", "2031-03-02"),
    ("Hij won de Tour met een totaaltijd van 83.38.56 uur.", "nl", "2031-03-02"),
    ("Between 1968 and 1971 BST was kept all year round.", "en", "2031-03-02"),
    ("People born on 29 February celebrate once in four years.", "en", "2030-06-20"),
    ("Arrests per month: April 25, May 30, June 31.", "en", "2031-09-02"),
    ("He scored at 24:35 of the second period.", "en", "2031-03-02"),  # a match clock
    ("Her winning time was 25.10 seconds.", "en", "2031-03-02"),
    ("The lights went out at 12.30am and came back at 11.59 p.m.", "en", "2031-03-02"),
    ("Op 30 april 2031 om 23.59 uur sluit de inschrijving.", "nl", "2031-03-02"),
    ("The camera logged the crash at 09:12:55 local time.", "en", "2031-03-02"),
])
def test_dates_and_clock_times_that_exist_or_are_no_date_are_not_marked(text, language,
                                                                         published):
    day = dt.date.fromisoformat(published)
    assert not [m for m in find_date_mentions("a", text, load_pack(language), (day, day))
                if m.kind.startswith("impossible")]


def test_a_planned_date_without_a_year_is_the_next_one():
    window = (dt.date(2019, 3, 1), dt.date(2019, 3, 1))
    [mention] = find_date_mentions("a", "Het concert staat op zondag 22 september gepland.",
                                   load_pack("nl"), window)
    assert (mention.resolved_start, mention.tense) == (dt.date(2019, 9, 22), "planned")


@pytest.mark.parametrize(("text", "resolved"), [
    # the year nearest publication, even though 3 July 2019 was a Wednesday: a finding
    ("Op zondag 3 juli werd het festival afgelast.", dt.date(2019, 7, 3)),
    # a year the paragraph names is the date's year when the weekday fits it there
    ("In 2016 ging het ook mis. Op zondag 3 juli werd het festival afgelast.",
     dt.date(2016, 7, 3)),
    # but a named year the weekday does not fit is no reason to leave publication's year
    ("In 1976 begon het. Op zaterdag 4 mei 2019 werd het gevierd.", dt.date(2019, 5, 4)),
    ("In 2020 komt er meer. Op woensdag 3 juli werd het festival afgelast.",
     dt.date(2019, 7, 3)),
    # a year named paragraphs earlier (a history piece), the nearest that fits first
    ("De fabriek ging in 1950 open.\n\nDe bond is uit 1911.\n\nOp maandag 5 juni begon de "
     "eerste staking.", dt.date(1911, 6, 5)),
    ("The mill opened in 1967. Its union dates from 2003.\n\nOn Monday, June 5, the first "
     "strike began.", dt.date(1967, 6, 5)),
    # ... even a week after publication: a history piece tells its day as if it were now
    # ("Volgende week dinsdag 10 april", in an article about 1888; judged on dpgmedia)
    ("Het is de zomer van 1888.\n\nVolgende week dinsdag 17 juli richten ze de club op.",
     dt.date(1888, 7, 17)),
    # a day stated as past with no year, four months after publication: last year's, which
    # the weekday fits (the sentence is read past "4:20 p.m." and an initial)
    ("The talks began at 4:20 p.m. on Friday, Nov. 9, when John W. Smith arrived.",
     dt.date(2018, 11, 9)),
])
def test_the_year_is_never_moved_to_fit_a_weekday(text, resolved):
    window = (dt.date(2019, 7, 10), dt.date(2019, 7, 10))
    pack = load_pack("en" if text.startswith("The ") else "nl")
    mention = next(m for m in find_date_mentions("a", text, pack, window)
                   if m.kind == "absolute")
    assert mention.resolved_start == resolved


@pytest.mark.parametrize(("text", "language", "resolved"), [
    # a year the text names from publication's, after the date in its sentence or before it
    ("De premières zijn op woensdag 22 en donderdag 23 juni volgend jaar.", "nl",
     dt.date(2050, 6, 23)),
    ("Het gebouw werd vorig jaar geopend, op vrijdag 6 maart.", "nl", dt.date(2048, 3, 6)),
    ("The band will tour again next June. Tickets for Thursday, June 23 went fast.", "en",
     dt.date(2050, 6, 23)),
    ("Last year the band's show on Friday, Oct. 9 sold out.", "en", dt.date(2048, 10, 9)),
    # ... never a year a phrase names that is no month ("the next may be"); a year said
    # right after the date is its year even where the weekday does not fit it (a finding)
    ("The next may be later. Its show on Thursday, June 23 sold out.", "en",
     dt.date(2049, 6, 23)),
    ("De premières zijn op vrijdag 23 juni volgend jaar.", "nl", dt.date(2050, 6, 23)),
    # ... nor a year an earlier sentence names from publication's, unless of the same month
    ("Vorig jaar was het rustig. Op vrijdag 6 maart werd de brug gesloten.", "nl",
     dt.date(2049, 3, 6)),
    ("The band tours again next March. Tickets for Thursday, June 23 went fast.", "en",
     dt.date(2049, 6, 23)),
])
def test_a_weekday_fits_a_year_the_text_names_from_publication(text, language, resolved):
    day = dt.date(2049, 11, 10)
    mentions = [m for m in find_date_mentions("a", text, load_pack(language), (day, day))
                if m.kind == "absolute"]
    assert mentions[-1].resolved_start == resolved
    # (a year the writer says is to come makes the day planned, whatever the verb)
    assert (mentions[-1].tense == "planned") == (resolved.year == 2050)


@pytest.mark.parametrize(("text", "language", "window"), [
    # the time since an event dates the event back from publication, give or take half a unit
    ("Drie maanden na de brand in de Kiem is de flat weer bewoond.", "nl",
     (dt.date(2049, 7, 28), dt.date(2049, 8, 27))),
    ("Two weeks after the explosion, the street reopened.", "en",
     (dt.date(2049, 10, 24), dt.date(2049, 10, 30))),
    ("A year after the earthquake, 300 people are still homeless.", "en",
     (dt.date(2048, 5, 12), dt.date(2049, 5, 11))),
    # ... not a time after something that is no event (nor a compound English does not write
    # as one word), nor one counted from an earlier time its sentence tells, nor a time of day
    ("De vergadering ging twee weken na de pauze verder.", "nl", None),
    ("A week after the shortfall the fund closed.", "en", None),
    ("Een dag na de brand op 3 juli werd de eigenaar opgepakt.", "nl", None),
    # ... nor one told in a past sentence that names no day of the last week, counted from a
    # time it tells ("reopened on Saturday, ten months after the collapse" counts from now)
    ("Twee dagen na de aanslag werd de daad opgeëist door een groepering.", "nl", None),
    ("The bridge reopened on Monday, two weeks after the collapse.", "en",
     (dt.date(2049, 10, 24), dt.date(2049, 10, 30))),
    ("Om 10.00 uur na de pauze begon de zitting.", "nl", None),
])
def test_the_time_since_an_event_dates_it(text, language, window):
    day = dt.date(2049, 11, 10)
    mentions = find_date_mentions("a", text, load_pack(language), (day, day))
    elapsed = [(m.resolved_start, m.resolved_end) for m in mentions if m.kind == "elapsed"]
    assert elapsed == ([window] if window else [])
    assert not any(m.kind == "duration" and m.text == "00 uur" for m in mentions)


@pytest.mark.parametrize(("text", "language", "published", "resolved"), [
    # a year's last two digits after an apostrophe: the last such year up to the next one
    ("Op 5 mei '45 werd de stad bevrijd.", "nl", "2019-05-05", dt.date(1945, 5, 5)),
    ("Zondag 14 juli '52 vergeet ik nooit.", "nl", "2052-09-01", dt.date(2052, 7, 14)),
    ("The flood of 1 February '53 killed 1,836.", "en", "2003-02-01", dt.date(1953, 2, 1)),
])
def test_a_year_written_by_its_last_two_digits_is_the_last_such(text, language, published,
                                                                 resolved):
    day = dt.date.fromisoformat(published)
    (mention,) = [m for m in find_date_mentions("a", text, load_pack(language), (day, day))
                  if m.kind == "absolute"]
    assert mention.resolved_start == resolved


@pytest.mark.parametrize(("text", "language", "weekday"), [
    # a part of the weekday's day written with it still names the weekday of the date
    ("De stembussen sloten dinsdagavond 16 juli om negen uur.", "nl", 1),
    ("Zaterdag middag 13 juli begon de optocht.", "nl", 5),
    ("Polls closed on Tuesday evening, July 16, at nine.", "en", 1),
    ("Fire crews were called out on Sunday night July 14.", "en", 6),
    # ... also linked to a date with its year ("de ... van", "the ... of")
    ("Het lek werd ontdekt op de woensdagochtend van 10 juli 2019.", "nl", 2),
    ("The leak was found on the Wednesday morning of 10 July 2019.", "en", 2),
    ("Op de zaterdag van 13 juli 2019 begon de optocht.", "nl", 5),
    # ... not without one: the day may be another year's the sentence does not say
    ("De vrijdag van 12 juli was de warmste van het jaar.", "nl", None),
    ("The Friday of July 12 was the hottest day of the year.", "en", None),
    # ... or with the date in brackets after it
    ("Sinds dinsdag (16 juli) is de weg dicht.", "nl", 1),
    ("Boxes have washed up since last Sunday (July 14).", "en", 6),
])
def test_a_weekday_with_its_part_of_the_day_is_checked_against_the_date(text, language,
                                                                         weekday):
    window = (dt.date(2019, 7, 20), dt.date(2019, 7, 20))
    (mention,) = [m for m in find_date_mentions("a", text, load_pack(language), window)
                  if m.kind == "absolute"]
    assert mention.weekday == weekday


@pytest.mark.parametrize(("text", "language", "found"), [
    # a weekday with a part of its day written into it is that weekday, alone too
    ("De agenten hielden zondagavond en -nacht twaalf jongeren aan.", "nl",
     [("zondagavond", dt.date(2030, 7, 7))]),
    ("Maandagochtend ging de school weer open.", "nl", [("Maandagochtend", dt.date(2030, 7, 8))]),
    ("Donderdagmiddag rukte de brandweer uit.", "nl",
     [("Donderdagmiddag", dt.date(2030, 7, 4))]),
    # ... never a longer word that opens with one, nor a night (the next day's early hours)
    ("De vrijdagmiddagborrel ging niet door.", "nl", []),
    ("Zaterdagnacht brak brand uit.", "nl", []),
])
def test_a_weekday_with_its_part_of_the_day_in_one_word_is_that_weekday(text, language,
                                                                        found):
    window = (dt.date(2030, 7, 8), dt.date(2030, 7, 8))
    mentions = find_date_mentions("a", text, load_pack(language), window)
    assert [(m.text, m.resolved_start) for m in mentions if m.kind == "weekday"] == found


@pytest.mark.parametrize(("text", "language", "days"), [
    # a month before a day is a date only where the language writes dates so
    ("The vote is on April 23.", "en", [dt.date(2019, 4, 23)]),
    ("Sinds april 23 keer per dag een trein.", "nl", []),
    ("De stemming is op 23 april.", "nl", [dt.date(2019, 4, 23)]),
])
def test_a_month_before_a_day_is_a_date_only_in_languages_that_write_it(text, language, days):
    window = (dt.date(2019, 4, 1), dt.date(2019, 4, 1))
    assert [m.resolved_start for m in find_date_mentions("a", text, load_pack(language), window)
            if m.kind == "absolute"] == days


@pytest.mark.parametrize(("text", "tense"), [
    ("De uitspraak staat op 21 maart.", "planned"),
    ("The hearing is scheduled for March 3.", "planned"),
    ("De inschrijving loopt tot 1 mei.", "planned"),
    ("Applications must be in by April 2.", "planned"),
    ("De dijk brak op 14 maart.", "past"),
    ("Op 14 maart haalden reddingswerkers een vrouw onder het puin vandaan.", "past"),
    ("Op 2 mei praatten de bonden opnieuw met de directie.", "past"),
    ("Op 2 mei gleden twee auto's van de dijk.", "past"),
    # ... not a present plural of a stem in t or d, which looks like a past after the date
    ("Op 9 mei praten de bonden opnieuw met de directie.", "unknown"),
    ("Op 2 mei bieden de bonden een nieuw voorstel aan.", "unknown"),
    # a date naming an event, or read past an abbreviation, takes the tense of its own clause
    ("Candidates met before the March 30 election.", "unknown"),
    ("The bridge collapsed on May 18.", "past"),
    ("Het festival is op 9 juni.", "unknown"),
    # a past verb about putting off a dated event does not date the event in the past
    ("Several senators were lobbying for a postponement of the April 8 hearing.", "planned"),
    ("The opposition wanted to postpone the May 2 ballot.", "planned"),
    ("De oppositie vroeg om uitstel van het debat van 12 april.", "planned"),
    # a date naming an event: the sentence's verbs are about something else
    ("Though the March 27 debate is sponsored by a network, he was named moderator.",
     "unknown"),
    # a regular past after a pronoun is past; a reporting verb there says nothing of the date
    ("They evacuated the school on April 4, officials said.", "past"),
    ("She resigned from the board on April 4.", "past"),
    ("The audit on April 4, he added, is public.", "unknown"),
    ("It will be reopened on April 4.", "planned"),
    # a date put off is planned, whatever past verb put it off (two reviews showed a clause's
    # own past outweighing the sentence's future makes court, election and strike dates past)
    ("The match, which was postponed to April 9, will be played behind closed doors.",
     "planned"),
    ("De wedstrijd, die werd verplaatst naar 9 april, wordt zonder publiek gespeeld.",
     "planned"),
    ("The bridge, which will reopen on April 9, was closed after the storm.", "planned"),
    # a past verb elsewhere in the sentence says nothing of a date to come
    ("De vakbond riep de leden op om op 9 april het werk neer te leggen.", "unknown"),
    ("Unions called a strike for April 9.", "unknown"),
    # the second of two days that share a month is bounded as the first is ("tot donderdag 8
    # en vrijdag 9 april"), and past as both are
    ("De inschrijving loopt tot donderdag 8 en vrijdag 9 april.", "planned"),
    ("Registration stays open until Monday, April 8 and Tuesday, April 9.", "planned"),
    ("De schilderijen verdwenen op 8 en 9 april uit het depot.", "past"),
    # a past participle after an article describes a noun: the clause is not past
    ("De begrafenis van de verongelukte chauffeur is op 9 april in Hengelo.", "unknown"),
    ("De herdenking voor de omgekomen mijnwerkers is op 9 april.", "unknown"),
    ("The evacuated residents may go home on April 9.", "unknown"),
    ("De getroffen bewoners werden op 9 april geëvacueerd.", "past"),
    # ... not after a pronoun that is also an article
    ("Het gebeurde op 9 april, zeggen buren.", "past"),
    ("This happened on April 9, neighbours said.", "past"),
    # ... nor where no present verb makes the participle the only past word a description
    ("Op 9 april vielen in de getroffen wijk vier doden.", "past"),
    ("The arrested man appeared in court on April 9.", "past"),
    # a rescheduled event's new date is planned, whatever tense says it was moved
    ("The hearing was moved to April 9 at the defence's request.", "planned"),
    ("De zitting werd verplaatst naar 9 april.", "planned"),
    ("The opening was postponed to 9 April.", "planned"),
    # a semicolon ends a clause: another clause's past says nothing of the date
    ("De club speelt op 9 april in Zwolle; vorig seizoen eindigde het duel in 2-2.", "unknown"),
    # an irregular past of an event
    ("De brug ging op 9 april weer open voor het verkeer.", "past"),
    ("De schilderijen verdwenen op 9 april uit het depot.", "past"),
    ("De patiënt kreeg op 9 april zijn laatste behandeling.", "past"),
    ("De ministers hielden op 9 april een debat over de begroting.", "past"),
    ("De brug gaat op 9 april weer open.", "planned"),
    # ... but not a plan told in the past, nor a day a period falls on
    ("De gemeente liet weten dat de brug op 9 april weer open ging.", "unknown"),
    ("De meivakantie viel dit jaar op 9 april.", "unknown"),
    ("Het ziekenhuis meldde dat de patiënt op 9 april zijn laatste behandeling kreeg.",
     "unknown"),
    ("De minister gaf aan dat de brug op 9 april weer opengaat.", "unknown"),
    ("Het kabinet nam het besluit dat de wet op 9 april ingaat.", "unknown"),
    ("De namen van de winnaars zijn op 9 april bekend.", "unknown"),
    ("Het dak kwam op 9 april naar beneden; niemand is gewond.", "past"),
    # a relative clause about a noun before the date tells that noun's past, not the date's
    ("De herdenking voor de brandweerman die vorige week overleed na de brand, is op 9 april "
     "in de Grote Kerk.", "unknown"),
    ("The memorial for the climber who died on the glacier, is on April 9.", "unknown"),
    ("The inquest into the crash, which killed four, opens on April 9.", "unknown"),
    # ... but the date's own clause may still be past
    ("De man die gewond raakte, overleed op 9 april in het ziekenhuis.", "past"),
    # a date in a relative clause of its own is told by that clause, not the main one
    ("The board had approved a budget for the festival, which opens on April 9.", "unknown"),
    ("De raad stemde in met de nieuwe regels, die op 9 april ingaan.", "unknown"),
    ("Rescuers found the hiker, who went missing on April 9.", "past"),
    ("The club thanked its goalkeeper, who turned 40 on April 9.", "past"),
    ("Rangers traced the eagle, whose transmitter last worked on April 9.", "past"),
    # ... only for a date in that relative clause
    ("Drivers who parked there can collect their cars from April 9.", "unknown"),
    ("The mayor, who in an April 9, 2018, interview claimed the deal was off, resigned.", "past"),
    ("De politie zocht de man, die op 9 april uit de kliniek was vertrokken.", "past"),
    # the writer's own mark after the date makes it past, whatever the clause plans
    ("De gemeente wil de brief van 9 april jongstleden nog beantwoorden.", "past"),
    ("De raad besprak op 9 april jl. het plan dat wordt uitgevoerd.", "past"),
    ("De raad bespreekt op 9 april het plan van 2 maart jl. opnieuw.", "unknown"),
    # ... and a document's date is past, the date it was written
    ("Het rapport, gedateerd 9 april, zal volgende maand worden besproken.", "past"),
    ("A court filing dated April 9 shows the firm will appeal.", "past"),
    # ... not a ticket's (the event's date), nor "dated" of another sense
    ("The concert tickets are dated April 9 and cost 40 dollars.", "unknown"),
    ("The format is dated but April 9 will see a relaunch.", "planned"),
    # a conjunct whose own present verb opens it tells its date alone
    ("De inschrijving begon maandag en eindigt op 9 april om middernacht.", "unknown"),
    # ... not a conjunct opened by another word, a name, a strong past, nor with an aside
    ("De storm was hevig en bracht op 9 april veel schade in Limburg.", "past"),
    ("De koning bezoekt volgende week Venlo en Maastricht, die zwaar getroffen werden, op "
     "9 april.", "planned"),
    ("De dijk brak en op 9 april stond het dorp onder water.", "past"),
    ("De brug stortte in en de weg werd op 9 april afgesloten.", "past"),
    # a Dutch present plural with ij before its ending is no past after an opening date
    ("Op 9 april rijden er geen bussen.", "unknown"),
    ("Op 9 april reden er geen bussen.", "past"),
])
def test_a_date_knows_whether_it_is_planned_or_past(text, tense):
    window = (dt.date(2019, 3, 1), dt.date(2019, 3, 1))
    language = "nl" if text[:3] in ("De ", "Op ", "Het") else "en"
    mention = next(m for m in find_date_mentions("a", text, load_pack(language), window)
                   if m.kind == "absolute")
    assert mention.tense == tense


def test_a_day_precise_publication_date_is_not_second_guessed():
    day = (dt.date(2022, 1, 10), dt.date(2022, 1, 10))
    text = "Op 20 januari werden betogers opgepakt."
    window = infer_publication(find_date_mentions("a", text, load_pack("nl"), day), day, text,
                               load_pack("nl"))
    assert (window.start, window.end, window.method, window.conflicting) == (
        *day, "corpus", False)


EDGE_TEXTS = {
    "nl": "Op maandag 3 januari, gisteren en vorige week zondag, in december en op 31 december "
          "vielen doden; morgen, in januari, op 1 januari en met Kerstmis volgen er meer.",
    "en": "On Monday, January 3, yesterday and last Sunday, in December and on December 31 "
          "people died; tomorrow, in January, on January 1 and at Christmas more will follow.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("window", [
    (dt.date.min, dt.date.min), (dt.date.max, dt.date.max), (dt.date.min, dt.date(1, 12, 31)),
    (dt.date(9999, 12, 1), dt.date.max)], ids=["year-1", "year-9999", "in-year-1", "in-9999"])
def test_dates_at_the_ends_of_the_calendar_resolve_without_overflow(language, window):
    pack = load_pack(language)
    mentions = find_date_mentions("a", EDGE_TEXTS[language], pack, window)
    assert len(mentions) >= 8
    for mention in mentions:
        if mention.resolved_start is not None:
            assert mention.resolved_start <= mention.resolved_end
    inferred = infer_publication(mentions, window, EDGE_TEXTS[language], pack)
    assert window[0] <= inferred.start <= inferred.end <= window[1]


@pytest.mark.parametrize(("text", "language", "kind", "tense"), [
    # a period from long ago to now: the figure with it is of now, no background
    ("It was the worst flood in the valley since 1953, with 14 dead.", "en", "year", "since"),
    ("Het is het hoogste aantal sinds maart 2011: 40 doden.", "nl", "month", "since"),
    ("In 1953, 14 people died in the valley.", "en", "year", "unknown"),
    # a month with its year opening a sentence, a past verb right after it: past
    ("In juni 2023 werd de laatste scheur gelast.", "nl", "month", "past"),
    ("In maart 2023 kwam het rapport uit.", "nl", "month", "past"),
    ("In maart 2023 komt het rapport uit.", "nl", "month", "unknown"),
    # ... and a season of a year, read as its three months
    ("In het najaar van 2023 werd de sluis vervangen.", "nl", "season", "past"),
    ("Sinds de lente van 2019 zijn er 30 incidenten geweest.", "nl", "season", "since"),
    ("In the spring of 2023 the lock will be replaced.", "en", "season", "unknown"),
])
def test_a_month_or_year_that_starts_a_period_says_so(text, language, kind, tense):
    window = (dt.date(2022, 1, 7), dt.date(2022, 1, 7))
    [mention] = [m for m in find_date_mentions("a", text, load_pack(language), window)
                 if m.kind == kind]
    assert mention.tense == tense


@pytest.mark.parametrize(("text", "language", "said", "kind", "period", "tense"), [
    ("Vorig jaar vielen er op de A2 negen doden.", "nl", "Vorig jaar", "year",
     ("2021-01-01", "2021-12-31"), "unknown"),
    ("Het museum gaat volgend jaar weer open.", "nl", "volgend jaar", "year",
     ("2023-01-01", "2023-12-31"), "unknown"),
    ("Sinds het begin van dit jaar zijn er 40 aangehouden.", "nl", "het begin van dit jaar",
     "year", ("2022-01-01", "2022-12-31"), "since"),
    ("Vorige maand werden 12 mensen opgepakt.", "nl", "Vorige maand", "month",
     ("2021-12-01", "2021-12-31"), "unknown"),
    ("Last year's figure was 310.", "en", "Last year", "year", ("2021-01-01", "2021-12-31"),
     "unknown"),
    ("Since the start of the year, 84 have drowned.", "en", "the start of the year", "year",
     ("2022-01-01", "2022-12-31"), "since"),
    ("The hearing is set for next month.", "en", "next month", "month",
     ("2022-02-01", "2022-02-28"), "unknown"),
])
def test_a_year_or_month_counted_from_publication_is_that_calendar_period(
        text, language, said, kind, period, tense):
    window = (dt.date(2022, 1, 7), dt.date(2022, 1, 7))
    [mention] = [m for m in find_date_mentions("a", text, load_pack(language), window)
                 if m.kind in ("year", "month")]
    assert (mention.text, mention.kind, mention.tense) == (said, kind, tense)
    assert (mention.resolved_start, mention.resolved_end) == tuple(
        dt.date.fromisoformat(day) for day in period)


@pytest.mark.parametrize(("text", "language"), [
    ("Over the last year, 1,400 migrants died.", "en"),
    ("It was his last year in office.", "en"),
    ("In the next month the council decides.", "en"),
    ("Het komend jaar wordt de brug gerenoveerd.", "nl"),
])
def test_a_span_up_to_now_or_someone_s_year_is_no_calendar_period(text, language):
    window = (dt.date(2022, 1, 7), dt.date(2022, 1, 7))
    assert not [m for m in find_date_mentions("a", text, load_pack(language), window)
                if m.kind in ("year", "month")]


@pytest.mark.parametrize(("text", "language", "tense"), [
    ("Sinds woensdag zijn er 12 doden gevallen.", "nl", "since"),
    ("Vanaf maandag gelden nieuwe regels voor 40 bedrijven.", "nl", "since"),
    ("Since Tuesday, 31 people have been arrested.", "en", "since"),
    ("Op woensdag vielen 12 doden.", "nl", "unknown"),
    ("On Friday 31 people were arrested.", "en", "unknown"),
    # the day of the event a running total started with
    ("Since the dam burst on Tuesday, 900 people have fled.", "en", "since"),
    ("Sinds de storm op zondag toesloeg, zijn 40 mensen gewond geraakt.", "nl", "since"),
    ("Since the vote, which was held on Sunday, 40 people were arrested.", "en", "unknown"),
])
def test_a_weekday_that_starts_a_running_total_says_so(text, language, tense):
    """compare reads 'since' to keep a running total from being taken for one day's count."""
    window = (dt.date(2022, 1, 7), dt.date(2022, 1, 7))
    [mention] = [m for m in find_date_mentions("a", text, load_pack(language), window)
                 if m.kind == "weekday"]
    assert mention.tense == tense


@pytest.mark.parametrize(("text", "language"), [
    # a clause about that time follows: the year dates an old event, no period
    ("It was the worst blast since the 1994 fire, which killed 31 people.", "en"),
    ("Het was de zwaarste ramp sinds 1994, toen 31 mensen omkwamen.", "nl"),
])
def test_since_an_event_described_after_it_is_no_period(text, language):
    window = (dt.date(2022, 1, 7), dt.date(2022, 1, 7))
    [mention] = [m for m in find_date_mentions("a", text, load_pack(language), window)
                 if m.kind == "year"]
    assert mention.tense == "unknown"


@pytest.mark.parametrize(("text", "language", "years"), [
    # a year after an event's noun and "of"/"van" is a date ("the blizzard of 1978"), compounds
    # too ("de vuurwerkramp van 2000"), its month before it too; even from "sinds" it starts no
    # period, as the clause about that event after it is of that time
    ("Ze herdachten de vuurwerkramp van 2000, waarbij 23 mensen omkwamen.", "nl",
     [(2000, "unknown")]),
    ("Survivors of the earthquake of 1999, which killed 17,000, met.", "en", [(1999, "unknown")]),
    ("Het is de zwaarste sinds de verwoestende hittegolf van 2019, die 400 levens eiste.", "nl",
     [(2019, "unknown")]),
    ("It is the worst since the mine blast of May 2014, which killed 301 miners.", "en",
     [(2014, "unknown")]),
    ("Het is de zwaarste sinds de overstroming van juli 2021, waarbij 43 doden vielen.", "nl",
     [(2021, "unknown")]),
    # ... a plural event noun, and the event's own verb after the comma that closes it
    ("It was the worst since the landslides of 2009, which killed 60.", "en",
     [(2009, "unknown")]),
    ("The Ruhr floods of 1961, killed 86 people in all.", "en", [(1961, "unknown")]),
    ("De stormen van 1990, kostten aan 30 mensen het leven.", "nl", [(1990, "unknown")]),
    # ... or with the event opening the clause, which is about it
    ("Bij de cycloon van april 1991 kwamen naar schatting 138.000 mensen om.", "nl",
     [(1991, "unknown")]),
    ("In the floods of 1953, 1,836 people died in the south-west.", "en", [(1953, "unknown")]),
    ("Door Anna Smit. Tijdens de tyfoon van 2013 vielen ruim 6000 doden.", "nl",
     [(2013, "unknown")]),
    # ... only with a clause about that event after it or the event opening it: no event that
    # is today's occasion, never a count
    ("Net als bij de storm van 2018 vielen er bomen om.", "nl", []),
    ("Bij de herdenking van de aanslag van 2016 in Brussel werden 4 mensen opgepakt.", "nl", []),
    ("Riots after the election of 2024 left 40 people injured this week.", "en", []),
    ("A crowd of 2000 gathered outside.", "en", []),
    ("De schade van de storm van 2000 huizen was groot.", "nl", []),
])
def test_a_year_after_an_event_noun(text, language, years):
    mentions = find_date_mentions("a", text, load_pack(language), (dt.date(2026, 3, 1),) * 2)
    assert [(m.resolved_start.year, m.tense) for m in mentions if m.kind == "year"] == years


@pytest.mark.parametrize(("text", "mentions"), [
    # an English month is written with a capital: "may" and "march" in lower case are verbs
    ("A further 10 may have died in the fire.", []),
    ("Officials said 3 may be trapped, and 200 march 3 miles to the square.", []),
    ("The vote is on 10 May.", ["10 May"]),
])
def test_an_english_month_in_lower_case_is_a_verb(text, mentions):
    found = find_date_mentions("a", text, load_pack("en"),
                               (dt.date(2030, 3, 10), dt.date(2030, 3, 10)))
    assert [m.text for m in found if m.kind == "absolute"] == mentions


@pytest.mark.parametrize(("text", "language", "mention", "resolved", "weekday"), [
    # a day written as an ordinal is a date, with or without "of"
    ("The hearing was adjourned on July 2nd.", "en", "July 2nd", dt.date(2030, 7, 2), None),
    ("Ballots were counted on the 3rd of July.", "en", "3rd of July", dt.date(2030, 7, 3),
     None),
    ("The festival opened on 1st July.", "en", "1st July", dt.date(2030, 7, 1), None),
    ("De zitting vond plaats op 2e juli.", "nl", "2e juli", dt.date(2030, 7, 2), None),
    # a weekday abbreviated before a date names its weekday (with a capital or a full stop)
    ("Timeline: Tue 2 July, hearing; Fri 5 July, verdict.", "en", "Tue 2 July",
     dt.date(2030, 7, 2), 1),
    ("Agenda: wo. 3 juli hoorzitting.", "nl", "wo. 3 juli", dt.date(2030, 7, 3), 2),
    ("Het duurde zo 3 juli werd.", "nl", "3 juli", dt.date(2030, 7, 3), None),
    # ... or in lower case as a Dutch agenda writes it, unless it is also a word
    ("Inloopavond di 2 juli in het dorpshuis.", "nl", "di 2 juli", dt.date(2030, 7, 2), 1),
    ("Markt za 6 juli op het plein.", "nl", "za 6 juli", dt.date(2030, 7, 6), 5),
    ("Dan is het ma 1 juli gedaan.", "nl", "1 juli", dt.date(2030, 7, 1), None),
    ("De cursus voor hbo en wo 3 juli start in Delft.", "nl", "3 juli", dt.date(2030, 7, 3),
     None),
    ("Opening fri 5 July at noon.", "en", "5 July", dt.date(2030, 7, 5), None),
    ("The Sun 2 July edition ran it.", "en", "2 July", dt.date(2030, 7, 2), None),
    # a weekday and a day of a month left unsaid: that day of the month around publication
    # the weekday fits
    ("Crews returned home on Wednesday the 3rd.", "en", "Wednesday the 3rd",
     dt.date(2030, 7, 3), 2),
    ("De bewoners keerden op zaterdag de 29e terug.", "nl", "zaterdag de 29e",
     dt.date(2030, 6, 29), 5),
    # a weekday set after the date with an article is the date's, wrong or right
    ("De stembussen sloten op 2 juli, een dinsdag, om negen uur.", "nl",
     "2 juli, een dinsdag", dt.date(2030, 7, 2), 1),
    ("The dam gave way on July 4, a Friday.", "en", "July 4, a Friday", dt.date(2030, 7, 4),
     4),
    # ... not a noun after the article, nor a weekday that names another thing
    ("The dam gave way on July 4, a day before the storm.", "en", "July 4",
     dt.date(2030, 7, 4), None),
    ("On July 4, a Tuesday meeting was called off.", "en", "July 4", dt.date(2030, 7, 4),
     None),
    # ... and one in brackets alone after it
    ("De raad vergadert weer op 1 juli (woensdag) over de dijk.", "nl", "1 juli (woensdag)",
     dt.date(2030, 7, 1), 2),
    ("Repairs ended on 5 July ( Friday ), the council said.", "en", "5 July ( Friday )",
     dt.date(2030, 7, 5), 4),
    # ... not another aside in brackets
    ("De raad vergaderde op 1 juli (zie kader) over de dijk.", "nl", "1 juli",
     dt.date(2030, 7, 1), None),
    # ... and after a numeric date too, right or wrong
    ("De keuring is op 03-07-2030 (woensdag) in Assen.", "nl", "03-07-2030 (woensdag)",
     dt.date(2030, 7, 3), 2),
    ("Uiterlijk 5-7-2030 (maandag) moet het dak klaar zijn.", "nl", "5-7-2030 (maandag)",
     dt.date(2030, 7, 5), 0),
])
def test_ordinal_days_and_abbreviated_weekdays_are_dates(text, language, mention, resolved,
                                                         weekday):
    window = (dt.date(2030, 7, 8), dt.date(2030, 7, 8))
    found = [m for m in find_date_mentions("a", text, load_pack(language), window)
             if m.kind == "absolute"]
    assert (found[0].text, found[0].resolved_start, found[0].weekday) == (
        mention, resolved, weekday)


@pytest.mark.parametrize(("text", "language", "published", "expected"), [
    # an ISO week, Monday to Sunday: its year, or the publication year's (the next for a plan)
    ("Het dak werd in week 9 vernieuwd.", "nl", "2061-03-10",
     [("week", "2061-02-28", "2061-03-06")]),
    ("Het dak wordt in week 2 vernieuwd.", "nl", "2061-12-10",
     [("week", "2062-01-09", "2062-01-15")]),
    ("Oplevering in week 40 van 2063.", "nl", "2061-12-10",
     [("week", "2063-10-01", "2063-10-07")]),
    ("Handover is due in week 40 of 2063.", "en", "2061-12-10",
     [("week", "2063-10-01", "2063-10-07")]),
    ("Oplevering in week 53 van 2063.", "nl", "2061-12-10", [("impossible_week", None, None)]),
    # ... but not one past 53 without a year, mostly a count of weeks ("in week 60 sinds de
    # invasie", "tot week 96 van de proef")
    ("Proefpersonen kregen tot week 96 een placebo.", "nl", "2061-12-10", []),
    # ... an English week without its year is a season's, no ISO week; nor is a week of
    # something else
    ("In week 13 the home side won again.", "en", "2061-12-10", []),
    ("Ze was in week 20 van de zwangerschap.", "nl", "2061-12-10", []),
    # ... nor a week before a count ("vorige week 14 mensen", "per week 13")
    ("Er werden vorige week 14 mensen opgepakt.", "nl", "2061-12-10", []),
    ("Per week 13 nieuwe besmettingen.", "nl", "2061-12-10", []),
])
def test_an_iso_week_is_its_monday_to_sunday(text, language, published, expected):
    day = dt.date.fromisoformat(published)
    found = [(m.kind, m.resolved_start and m.resolved_start.isoformat(),
              m.resolved_end and m.resolved_end.isoformat())
             for m in find_date_mentions("a", text, load_pack(language), (day, day))
             if "week" in m.kind]
    assert found == expected


@pytest.mark.parametrize(("text", "language", "published", "expected"), [
    # days that share the month of the date after them are dates of that month, each with
    # its own weekday (so a wrong one can be told)
    ("De weg is dicht van maandag 14 tot en met woensdag 16 oktober.", "nl", "2061-10-01",
     [("maandag 14", "2061-10-14", 0), ("woensdag 16 oktober", "2061-10-16", 2)]),
    ("Open op zaterdag 5, zondag 6 en maandag 7 maart.", "nl", "2061-02-20",
     [("zaterdag 5", "2061-03-05", 5), ("zondag 6", "2061-03-06", 6),
      ("maandag 7 maart", "2061-03-07", 0)]),
    ("The fair runs from Thursday 29 to Saturday 1 October.", "en", "2061-09-10",
     [("Thursday 29", "2061-09-29", 3), ("Saturday 1 October", "2061-10-01", 5)]),
    ("Tussen 2 en 4 juli worden de kaarten verstuurd.", "nl", "2061-06-01",
     [("2", "2061-07-02", None), ("4 juli", "2061-07-04", None)]),
    # ... not a count, a score or a time before a date: only after a preposition of time,
    # each smaller than the next and no comma right before the date, or with its weekday
    ("Er vielen 12 en 13 gewonden op 5 juli.", "nl", "2061-07-06",
     [("5 juli", "2061-07-05", None)]),
    ("Het aantal doden was 14 en 3 juli werd de laatste vermiste gevonden.", "nl",
     "2061-07-06", [("3 juli", "2061-07-03", None)]),
    ("De teller staat op 12, 14 juli komt de raad bijeen.", "nl", "2061-07-06",
     [("14 juli", "2061-07-14", None)]),
    ("The vote ended at 10:15, 5 July was the recount.", "en", "2061-07-06",
     [("5 July", "2061-07-05", None)]),
    ("Groep 7 en 8 juli op kamp.", "nl", "2061-07-06", [("8 juli", "2061-07-08", None)]),
])
def test_days_that_share_the_month_of_a_date_after_them(text, language, published, expected):
    day = dt.date.fromisoformat(published)
    mentions = find_date_mentions("a", text, load_pack(language), (day, day))
    assert [(m.text, m.resolved_start.isoformat(), m.weekday) for m in
            sorted(mentions, key=lambda m: m.char_start) if m.kind == "absolute"] == expected


@pytest.mark.parametrize(("text", "language"), [
    # a weekday and an ordinal no month near publication fits, or one a noun follows, is no date
    ("The crews went home on Thursday the 3rd.", "en"),
    ("On Friday the 4th quarter began badly for the club.", "en"),
    ("Zaterdag de 2e ronde werd afgelast.", "nl"),
    # ... nor is a score, a share or a range after a weekday
    ("Ajax speelde zaterdag 2-2 gelijk en won zondag 3/1.", "nl"),
    ("Het werd dinsdag 5/7 voor de coalitie.", "nl"),
])
def test_a_weekday_before_what_is_no_date_keeps_only_the_weekday(text, language):
    window = (dt.date(2030, 7, 8), dt.date(2030, 7, 8))
    found = find_date_mentions("a", text, load_pack(language), window)
    assert [m.kind for m in found if m.kind == "absolute"] == [], [m.text for m in found]


@pytest.mark.parametrize(("text", "mentions"), [
    # a Dutch date in figures is day first, after a weekday or with its year
    ("De actie begon op dinsdag 2/7 om acht uur.", [("dinsdag 2/7", dt.date(2030, 7, 2), 1)]),
    ("Het contract van 1-7-2030 liep af.", [("1-7-2030", dt.date(2030, 7, 1), None)]),
    ("De brief is gedateerd 28.6.2030.", [("28.6.2030", dt.date(2030, 6, 28), None)]),
    # ... never a score, a range, a decimal or a thirteenth month
    ("Ajax won met 3-1 en de peiling gaf 10-12 zetels; het cijfer was 7.5.", []),
    ("Op maandag 13/24 gebeurde niets.", []),
])
def test_a_dutch_date_in_figures(text, mentions):
    window = (dt.date(2030, 7, 8), dt.date(2030, 7, 8))
    found = [(m.text, m.resolved_start, m.weekday)
             for m in find_date_mentions("a", text, load_pack("nl"), window)
             if m.kind == "absolute"]
    assert found == mentions


@pytest.mark.parametrize(("text", "language", "published", "resolved", "tense"), [
    # a day stated as past with no year is the publication year's when it may be: a review of
    # the year looks back to its January, not ahead to the next
    ("Op 4 januari brak de dijk bij Wilnis door.", "nl", dt.date(2030, 12, 22),
     dt.date(2030, 1, 4), "past"),
    ("On January 9, the council approved the budget.", "en", dt.date(2030, 12, 18),
     dt.date(2030, 1, 9), "past"),
    # ... and last year's when this year's lies far ahead
    ("Op 29 december brak de dijk bij Wilnis door.", "nl", dt.date(2031, 1, 6),
     dt.date(2030, 12, 29), "past"),
    # ... but this year's just after publication stays the defect it is
    ("De brug werd op 9 augustus heropend.", "nl", dt.date(2030, 7, 28),
     dt.date(2030, 8, 9), "past"),
    # a day said to have come ("sinds", "since") is resolved as past, a start ("vanaf") is not
    ("Sinds 2 januari zijn 31 mensen opgepakt.", "nl", dt.date(2030, 12, 22),
     dt.date(2030, 1, 2), "since"),
    ("Since January 2, 31 people have been detained.", "en", dt.date(2030, 12, 22),
     dt.date(2030, 1, 2), "since"),
    ("Vanaf 2 januari gaat de brug dicht.", "nl", dt.date(2030, 12, 22),
     dt.date(2031, 1, 2), "since"),
])
def test_a_past_day_without_a_year_is_the_publication_years_when_it_may_be(
        text, language, published, resolved, tense):
    found = [m for m in find_date_mentions("a", text, load_pack(language),
                                           (published, published)) if m.kind == "absolute"]
    assert (found[0].resolved_start, found[0].tense) == (resolved, tense)


@pytest.mark.parametrize(("text", "language", "durations"), [
    # a clock time's minutes are no duration; a span of hours or nights is one
    ("Tot 10.00 uur rijden er geen treinen.", "nl", []),
    ("The road stays shut until 10:00 hours.", "en", []),
    ("De storing duurde 36 uur.", "nl", ["36 uur"]),
    ("The riots lasted three nights.", "en", ["three nights"]),
])
def test_a_clock_time_is_no_duration(text, language, durations):
    window = (dt.date(2030, 7, 8), dt.date(2030, 7, 8))
    found = find_date_mentions("a", text, load_pack(language), window)
    assert [m.text for m in found if m.kind == "duration"] == durations


@pytest.mark.parametrize(("text", "language", "published", "resolved"), [
    # a year said from publication's right after a day is the day's year
    ("Het vorige record stond op 2,31 miljoen, op 18 december vorig jaar.", "nl",
     dt.date(2049, 12, 18), dt.date(2048, 12, 18)),
    ("The record was set on 18 December last year.", "en", dt.date(2049, 12, 18),
     dt.date(2048, 12, 18)),
    ("De opening is op 3 maart van volgend jaar.", "nl", dt.date(2049, 11, 10),
     dt.date(2050, 3, 3)),
    # a weekday written with a day near the turn of the year tells which year it is
    ("In de drukste week, van maandag 13 tot en met zondag 19 december, gingen 11,9 miljoen "
     "pakketten door de sorteercentra.", "nl", dt.date(2050, 1, 9), dt.date(2049, 12, 19)),
    ("The sale opens on Friday, January 7.", "en", dt.date(2049, 12, 20),
     dt.date(2050, 1, 7)),
    # ... never a day far from publication: the weekday does not fit publication's year, a
    # finding
    ("Op dinsdag 3 juli werd het festival afgelast.", "nl", dt.date(2050, 1, 9),
     dt.date(2049, 7, 3)),
    # ... and a past day whose weekday fits the next year's is that day, after publication
    # (a finding)
    ("Op vrijdag 7 januari werd de brug gesloten.", "nl", dt.date(2049, 12, 20),
     dt.date(2050, 1, 7)),
    # ... but never a planned day moved before publication, where it would be no finding
    # (22 December 2048 was a Tuesday, 2049's a Wednesday)
    ("De brug gaat op dinsdag 22 december dicht.", "nl", dt.date(2049, 1, 5),
     dt.date(2049, 12, 22)),
])
def test_a_days_year_said_after_it_or_told_by_its_weekday_near_the_turn_of_the_year(
        text, language, published, resolved):
    mentions = [m for m in find_date_mentions("a", text, load_pack(language),
                                              (published, published)) if m.kind == "absolute"]
    assert mentions[-1].resolved_start == resolved


@pytest.mark.parametrize(("text", "language"), [
    # a year said after a span's end is its start's year too, and a span's joiner plans
    # nothing
    ("Tussen 1 januari en 31 maart vorig jaar werden 300 mensen aangehouden.", "nl"),
    ("Between January 1 and March 31 last year, 300 people were arrested.", "en"),
    ("Van 1 tot en met 31 maart vorig jaar werden 300 mensen aangehouden.", "nl"),
])
def test_a_year_said_after_a_span_is_its_start_s_year_too(text, language):
    day = dt.date(2049, 6, 10)
    mentions = [m for m in find_date_mentions("a", text, load_pack(language), (day, day))
                if m.kind == "absolute"]
    assert len(mentions) == 2
    assert {m.resolved_start.year for m in mentions} == {2048}
    assert {m.tense for m in mentions} <= {"past", "unknown"}


@pytest.mark.parametrize(("text", "language"), [
    # a span over the turn of the year starts in the year before its end's
    ("Bij het meldpunt kwamen tussen 1 november en 31 januari dit jaar 40 meldingen binnen.",
     "nl"),
    ("Between December 1 and January 31 this year, 40 reports came in.", "en"),
])
def test_a_span_over_the_turn_of_the_year_starts_the_year_before(text, language):
    day = dt.date(2025, 2, 10)
    first, last = [m for m in find_date_mentions("a", text, load_pack(language), (day, day))
                   if m.kind == "absolute"]
    assert (first.resolved_start.year, last.resolved_start.year) == (2024, 2025)


@pytest.mark.parametrize(("text", "language", "published", "expected"), [
    # a moveable feast is its day of the year Easter falls in
    ("Op Goede Vrijdag bleef de winkel dicht.", "nl", "2033-05-02", "2033-04-15"),
    ("De markt is op Tweede Pinksterdag open.", "nl", "2033-05-02", "2033-06-06"),
    ("Het museum gaat met Hemelvaart open.", "nl", "2033-05-02", "2033-05-26"),
    ("The bridge reopens on Easter Monday.", "en", "2034-03-01", "2034-04-10"),
    ("Crowds gathered on Whit Monday.", "en", "2034-06-01", "2034-05-29"),
    # ... a day counted by its weekday in its month, and moved off a Sunday
    ("Op Prinsjesdag leest de koning de troonrede.", "nl", "2033-09-01", "2033-09-20"),
    ("Stores open early on Thanksgiving.", "en", "2033-11-01", "2033-11-24"),
    ("Flags flew at half-mast on Memorial Day.", "en", "2033-06-10", "2033-05-30"),
    ("Op Koningsdag gaat de markt niet door.", "nl", "2031-04-01", "2031-04-26"),
    ("Op Koningsdag gaat de markt niet door.", "nl", "2032-04-01", "2032-04-27"),
    # ... a fixed one in the year the sentence's tense puts it
    ("Rond Driekoningen brak de dijk door.", "nl", "2034-02-10", "2034-01-06"),
    ("Met Allerheiligen gaat de begraafplaats open.", "nl", "2034-10-10", "2034-11-01"),
    # ... and the year written with it, whatever the tense, or said from publication's, and
    # the last or next one a word before it says
    ("Met Pasen 2035 opende het bedrijf een nieuwe hal.", "nl", "2034-12-01", "2035-03-25"),
    ("Christmas 2031 was the last one at the old site.", "en", "2034-12-01", "2031-12-25"),
    ("Vorig jaar met Pasen lag er sneeuw.", "nl", "2034-05-10", "2033-04-17"),
    ("Met Pinksteren volgend jaar gaat het park open.", "nl", "2034-05-10", "2035-05-13"),
    ("Last Easter the chapel was full.", "en", "2034-05-10", "2034-04-09"),
    ("Op Maria Hemelvaart is de winkel dicht.", "nl", "2034-05-10", "2034-08-15"),
    ("Cards for Valentine’s Day sold out.", "en", "2034-05-10", "2034-02-14"),
    # ... but no year that counts the people after it, or would lie far ahead
    ("Met Kerstmis 2000 gezinnen geholpen door de voedselbank.", "nl", "2034-01-10",
     "2033-12-25"),
    ("At Easter 2300 pilgrims visited the shrine.", "en", "2034-05-10", "2034-04-09"),
    # ... while a plan far ahead keeps its year, and the one year a sentence names before a
    # holiday is its year
    ("The tram line should open by Christmas 2047.", "en", "2034-05-10", "2047-12-25"),
    ("In 1953 kwam met Pasen het water tot aan de dijk.", "nl", "2034-05-10", "1953-04-05"),
])
def test_a_holiday_is_its_day_of_the_year(text, language, published, expected):
    day = dt.date.fromisoformat(published)
    found = [m for m in find_date_mentions("a", text, load_pack(language), (day, day))
             if m.kind == "holiday"]
    assert [m.resolved_start.isoformat() for m in found] == [expected]


@pytest.mark.parametrize(("text", "language"), [
    # a holiday's name in another thing's name is no day, nor one in lower case in English
    ("The Easter Island statues drew a crowd.", "en"),
    ("A new book on the Easter Rising came out.", "en"),
    ("Talks on the Good Friday Agreement resumed.", "en"),
    ("She had an epiphany on the train.", "en"),
])
def test_a_holiday_in_a_name_is_no_day(text, language):
    day = dt.date(2034, 6, 1)
    assert [m.kind for m in find_date_mentions("a", text, load_pack(language), (day, day))] \
        == []


@pytest.mark.parametrize(("text", "expected"), [
    # a weekday right before a date in figures with its year is that date's, right or wrong
    ("De hoorzitting is op woensdag 9-11-2033 in het stadhuis.", ("woensdag 9-11-2033", 2)),
    ("De hoorzitting is op dinsdag, 9.11.2033 in het stadhuis.", ("dinsdag, 9.11.2033", 1)),
])
def test_a_weekday_before_a_date_in_figures_is_its_weekday(text, expected):
    day = dt.date(2033, 10, 1)
    found = [(m.text, m.weekday) for m in find_date_mentions("a", text, load_pack("nl"),
                                                             (day, day))
             if m.kind == "absolute"]
    assert found == [expected]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a quarter or half of a year with its year: the months it spans, and how it is told
    ("In het tweede kwartaal van 2032 daalde de omzet.", "nl",
     [("2032-04-01", "2032-06-30", "past")]),
    ("In de tweede helft van 2031 kwamen er 40 banen bij.", "nl",
     [("2031-07-01", "2031-12-31", "past")]),
    ("Profits doubled in the fourth quarter of 2030.", "en", [("2030-10-01", "2030-12-31",
                                                               "unknown")]),
    ("Sinds het 3e kwartaal van 2030 daalt de werkloosheid.", "nl",
     [("2030-07-01", "2030-09-30", "since")]),
    ("The new model arrives in Q2 2033.", "en", [("2033-04-01", "2033-06-30", "unknown")]),
    # ... never one of no year (a match's), nor one its unit does not have
    ("He scored 12 points in the third quarter.", "en", []),
    ("In de derde helft van 2031 kwamen er banen bij.", "nl", []),
])
def test_a_quarter_or_half_of_a_year_is_its_months(text, language, expected):
    day = dt.date(2032, 8, 1)
    found = [(m.resolved_start.isoformat(), m.resolved_end.isoformat(), m.tense)
             for m in find_date_mentions("a", text, load_pack(language), (day, day))
             if m.kind == "part_of_year"]
    assert found == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # four digits after a day and month that count the people or things after them are no
    # year of the date
    ("In Utrecht sliepen op 1 maart 2800 mensen buiten.", "nl", [("1 maart", "2033-03-01")]),
    ("On 4 July 2400 residents were evacuated.", "en", [("4 July", "2033-07-04")]),
    # ... while a year with no such noun after it is the date's, and so is one near
    # publication's
    ("Op 1 maart 2031 sliepen veel mensen buiten.", "nl", [("1 maart 2031", "2031-03-01")]),
    ("On 12 May 2029 residents of the valley were told to leave.", "en",
     [("12 May 2029", "2029-05-12")]),
])
def test_a_count_after_a_date_is_no_year_of_it(text, language, expected):
    day = dt.date(2033, 8, 1)
    found = [(m.text, m.resolved_start.isoformat())
             for m in find_date_mentions("a", text, load_pack(language), (day, day))
             if m.kind == "absolute"]
    assert found == expected
