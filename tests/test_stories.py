"""Findings people can trust: stories before comparisons, tolerances, dates that know tense,
names and residue that mean something. Each test runs one suite on a tiny corpus made for it."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from tests.conftest import ROOT
from tests.test_news_expectations import run_suite
from tests.test_sources import CONTRADICTIONS_AS_ERRORS

SOURCES = {"scopes.yml": None, "ranges.yml": None}


def _article(article_id, published, text, **extra):
    return {"id": article_id, "published": published, "text": text, **extra}


def _stories(tmp_path):
    """The articles of each story of the run's store, in order."""
    with duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True) as con:
        return con.execute("SELECT list(article_id ORDER BY article_id) FROM stories "
                           "GROUP BY story_id ORDER BY 1").fetchall()


def _kinds(document, suite=None):
    return sorted((f["kind"], tuple(f["article_ids"])) for f in document["findings"]
                  if suite is None or f["suite"] == suite)


def test_a_newcomers_english_article_contradicting_the_dutch_seeds_is_found(invoke, tmp_path):
    """No event column: the English article joins the seeds' story through the names they
    share in other spellings (Kazakhstan / Kazachstan, Tokayev / Tokajev). A contradiction is
    a warning (its measured precision, README); it fails the run where it is made an error."""
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    (corpus / "005_reuters.txt").write_text(
        " date 2022-01 ALMATY (Reuters) - Forty police officers were killed in Almaty on "
        "Thursday, the Kazakh interior ministry said, as President Tokayev ordered troops to "
        "restore order in Kazakhstan's largest city.\n", encoding="utf-8")
    with (corpus / "publication-estimates.yml").open("a", encoding="utf-8") as estimates:
        estimates.write("005_reuters:\n  from: 2022-01-06\n  why: test\n")
    (tmp_path / "default").mkdir()
    result, document = run_suite(invoke, tmp_path / "default", corpus, "sources.yml", SOURCES)
    assert result.exit_code == 0, result.output
    assert ("contradiction", ("002_b6cc8ca60fd0e39b", "005_reuters")) in _kinds(document)
    result, document = run_suite(invoke, tmp_path, corpus, "sources.yml",
                                 {**SOURCES, "sources.yml": CONTRADICTIONS_AS_ERRORS})
    assert result.exit_code == 1, result.output
    assert ("contradiction", ("002_b6cc8ca60fd0e39b", "005_reuters")) in _kinds(document)
    assert document["compare"]["stories"] == 1
    assert document["compare"]["articles_in_stories"] == 6


QUAKE = "de aardbeving bij Imzouren in de provincie Al Hoceima"


@pytest.mark.parametrize(("first", "second", "kinds"), [
    # within the tolerance (ranges.yml): one figure, not a contradiction
    ("Bij {q} raakten 1026 mensen gewond.", "Bij {q} raakten 1031 mensen gewond.", []),
    # a falling toll a day later is a regression, whatever the words
    ("Bij {q} zijn 37 mensen omgekomen.", "Bij {q} kwamen 20 mensen om het leven.",
     ["regression"]),
    # the same day, a vague figure against a count cannot be put in order
    ("Bij {q} zijn tientallen mensen opgepakt.", "Bij {q} zijn 200 mensen opgepakt.",
     ["unordered"]),
])
def test_two_reports_of_one_story(invoke, tmp_path, first, second, kinds):
    day_two = "2025-03-11" if kinds == ["regression"] else "2025-03-10"
    corpus = [_article("a", "2025-03-10", "Gouverneur Abdelhak El Amrani van Al Hoceima. "
                       + first.format(q=QUAKE)),
              _article("b", day_two, "Gouverneur Abdelhak El Amrani van Al Hoceima. "
                       + second.format(q=QUAKE))]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SOURCES)
    assert [kind for kind, _ in _kinds(document, "sources")] == kinds


@pytest.mark.parametrize(("second", "kinds"), [
    # the same number with another open bound a day later: nothing rose
    ("Bij {q} kwamen meer dan 37 mensen om het leven.", []),
    ("Bij {q} zijn minstens 37 mensen omgekomen.", []),
    # ... a larger one did
    ("Bij {q} zijn zeker 52 mensen omgekomen.", ["update"]),
])
def test_a_lower_bound_said_again_is_no_update(invoke, tmp_path, second, kinds):
    corpus = [_article("a", "2025-03-10", "Gouverneur Abdelhak El Amrani van Al Hoceima. "
                       f"Bij {QUAKE} zijn zeker 37 mensen omgekomen."),
              _article("b", "2025-03-12", "Gouverneur Abdelhak El Amrani van Al Hoceima. "
                       + second.format(q=QUAKE))]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SOURCES)
    assert [kind for kind, _ in _kinds(document, "sources")] == kinds


def test_a_figure_said_twice_is_one_finding(invoke, tmp_path):
    corpus = [_article("a", "2025-03-10", f"Bij {QUAKE} zijn 37 mensen omgekomen, meldt "
                       "gouverneur Abdelhak El Amrani. Het gaat om 37 mensen omgekomen."),
              _article("b", "2025-03-10", f"Bij {QUAKE} zijn 51 mensen omgekomen, zegt "
                       "Abdelhak El Amrani.")]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SOURCES)
    assert [kind for kind, _ in _kinds(document, "sources")] == ["contradiction"]


def test_articles_that_share_no_story_are_never_compared(invoke, tmp_path):
    corpus = [_article("a", "2025-03-10", "In Rotterdam zijn bij rellen 12 mensen opgepakt, "
                       "meldt burgemeester Aboutaleb van Feijenoord."),
              _article("b", "2025-03-10", "In Utrecht zijn na de wedstrijd 40 supporters "
                       "opgepakt, meldt de politie van Hoograven.")]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SOURCES)
    assert _kinds(document, "sources") == []


def test_a_weekdays_name_is_no_name_a_story_shares(invoke, tmp_path):
    """Two articles of one day on other events that share only a weekday's name (capitalised
    in English) and one more name are no story (in a small corpus every name is rare); two
    that share two names of their own are."""
    corpus = [_article("fire", "2025-03-10", "Bij een brand in een fabriek van Stalmet zijn "
                       "12 mensen omgekomen, meldt woordvoerder Kowalczyk."),
              _article("fire2", "2025-03-11", "Bij de brand in de fabriek van Stalmet in "
                       "Katowice zijn 15 mensen omgekomen, zegt woordvoerder Kowalczyk."),
              _article("storm", "2025-03-10", "On Monday the storm killed 4 people in "
                       "Dorchester, the council said."),
              _article("vote", "2025-03-10", "The council voted on Monday to close the "
                       "Dorchester library, officials said.")]
    run_suite(invoke, tmp_path, corpus, "sources.yml", SOURCES)
    assert _stories(tmp_path) == [(["fire", "fire2"],), (["storm"],), (["vote"],)]


def test_a_name_of_two_words_is_read_whole_and_shared_once(invoke, tmp_path):
    """Every word of a run of capitalised words is read ("spokesman Marek Kowalczyk": the
    surname too), and a run two articles share counts as one name: a full name (with a
    particle or a hyphen too), a title ("Prime Minister") or a two-word place shared is one
    name, not two."""
    corpus = [_article("blast", "2025-03-10", "Eleven people were hurt in the blast at the "
                       "Stalmet plant, spokesman Marek Kowalczyk said."),
              _article("blast2", "2025-03-10", "Nine people were hurt at the Stalmet plant, "
                       "said Kowalczyk."),
              _article("fire", "2025-03-10", "On Monday, Prime Minister Mark Rutte said three "
                       "people had died in the fire in Zwolle."),
              _article("flood", "2025-03-10", "On Monday, Prime Minister Mark Rutte said two "
                       "people had died in the flood in Dordrecht."),
              # ... and so is a name with a particle or a hyphen
              _article("vaccine", "2025-03-11", "Volgens minister Hugo de Jonge zijn 40 mensen "
                       "ziek geworden na de inenting."),
              _article("bridge", "2025-03-11", "De nieuwe brug werd geopend door minister Hugo "
                       "de Jonge, waarna 300 mensen overstaken."),
              _article("strike", "2025-03-12", "Union leader Jean-Pierre Dumont said 2,000 "
                       "workers walked out."),
              _article("match", "2025-03-12", "Coach Jean-Pierre Dumont said 12 players were "
                       "injured this season.")]
    run_suite(invoke, tmp_path, corpus, "sources.yml", SOURCES)
    assert _stories(tmp_path) == [(["blast", "blast2"],), (["bridge"],), (["fire"],),
                                  (["flood"],), (["match"],), (["strike"],), (["vaccine"],)]


def test_an_event_column_of_one_event_per_article_is_a_warning(invoke, tmp_path):
    corpus = [_article(str(i), "2025-03-10", f"Bij {QUAKE} zijn {n} mensen omgekomen.",
                       event=f"e{i}") for i, n in ((1, 37), (2, 51))]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SOURCES)
    assert "event of its own" in " ".join(document["compare"]["warnings"])
    assert _kinds(document, "sources") == []


DATES = [
    # scheduled, expected, bounded: never after publication
    _article("scheduled", "2019-03-01", "De uitspraak staat op 21 maart gepland."),
    _article("deadline", "2019-03-01", "Inschrijven kan tot 1 mei bij de gemeente."),
    _article("slated", "2019-03-01", "The vote is slated for March 30, officials said."),
    _article("put-off", "2019-03-01", "Two members had pushed for a postponement of the "
             "March 20 vote, aides said."),
    # stated as past after publication: a finding, also on the next day
    _article("past", "2019-03-01", "De dijk brak op 14 maart en het water stroomde de wijk in."),
    _article("next-day", "2019-03-01", "Op 2 maart braken twee dijken door."),
    # ... but not the next day after a stamp in UTC, which may be the day before the local one
    _article("utc", "2019-03-01T23:30:00Z", "Op 2 maart braken twee dijken door."),
    # a weekday that fits publication's year; one that does not
    _article("fits", "2019-03-01", "Het ongeluk gebeurde op dinsdag 26 februari in Zwolle."),
    _article("wrong", "2019-03-01", "Het ongeluk gebeurde op woensdag 26 februari in Zwolle."),
]


def test_dates_know_tense_and_weekdays_keep_the_year(invoke, tmp_path):
    _, document = run_suite(invoke, tmp_path, DATES, "dates.yml")
    found = {(f["kind"], f["article_ids"][0]) for f in document["findings"]
             if f["kind"] in ("mention_after_publication", "weekday_mismatch")}
    assert found == {("mention_after_publication", "past"), ("mention_after_publication",
                     "next-day"), ("weekday_mismatch", "wrong")}


HYGIENE = [
    # one name, two spellings, one story
    _article("k1", "2025-05-15", "Commandant Boštjan Kovačič van de civiele bescherming in "
             "Celje en Laško meldt dat de Savinja is gezakt."),
    _article("k2", "2025-05-16", "Commandant Boštjan Kovacic zegt dat in Celje en Laško het "
             "water van de Savinja zakt."),
    # two names alike in two unrelated stories: no finding
    _article("f1", "2025-06-01", "In de wijk Feijenoord in Rotterdam opende wethouder Bakker "
             "een buurthuis."),
    _article("f2", "2025-09-01", "Supporters van Feyenoord vierden in Amsterdam de zege op "
             "Ajax."),
    # ij written y after the same first name is one person; ij and y with no first name (a
    # district and the club named after it) or after two first names are two names
    _article("ij1", "2025-04-02", "In Zwolle haalde de Stadspartij van Marieke van der Heijden "
             "veertien zetels. Bij een stembureau in Zwolle-Zuid bij het Hoornwegpark ging het "
             "mis."),
    _article("ij2", "2025-04-03", "De Stadspartij van Marieke van der Heyden blijft de "
             "grootste in Zwolle, ook na de hertelling in Zwolle-Zuid."),
    _article("ij3", "2025-04-02", "Wethouder Joost Thijssen sprak in Zwolle-Zuid over de "
             "Stadspartij en de wijk Hoornwegpark."),
    _article("ij4", "2025-04-03", "Raadslid Anne Thyssen van de Stadspartij woont aan het "
             "Hoornwegpark in Zwolle-Zuid."),
    # an umlaut written out before the same surname, a letter doubled after the same first
    # name: one person; a doubled letter with two first names, or an s at the end, is not
    _article("u1", "2025-06-20", "Woordvoerder Jürgen Weiß van de Rijkswaterstaat in Kampen "
             "zegt dat de IJssel bij Kampen en Zwolle nog stijgt. Wethouder Marloes Kleppers "
             "sprak in Zwolle."),
    _article("u2", "2025-06-20", "In Kampen meldt woordvoerder Juergen Weiß dat de IJssel bij "
             "Zwolle niet meer stijgt, zegt wethouder Marloes Klepers. Raadslid Joost Klepper "
             "en raadslid Ans Kleper waren in Kampen, net als Kamps moeder. Ook Michal Boer en "
             "haar broer Michael Bor waren er."),
    # c written k, x written ks, ou written oe (Dutch), beside the same first name or surname:
    # one person
    _article("c1", "2025-07-02", "Woordvoerster Katrien Dewaele van de brandweer in Tienen "
             "meldt dat de brand bij de Tiense Suikerraffinaderij onder controle is."),
    _article("c2", "2025-07-02", "De brand bij de Tiense Suikerraffinaderij in Tienen is onder "
             "controle, zegt woordvoerster Catrien Dewaele."),
    # ... but two names a fold makes one are two people beside one surname (twins)
    _article("twins", "2025-07-02", "De tweeling Luuk Jansen en Loek Jansen uit Oss won de "
             "roeiwedstrijd op het Maximakanaal bij Oss."),
    _article("x1", "2025-07-09", "Vakbondsman Alexander Peeters van het ACV in Genk zegt dat de "
             "staking bij Ford Genk doorgaat."),
    _article("x2", "2025-07-09", "In Genk gaat de staking bij Ford door, meldt vakbondsman "
             "Aleksander Peeters van het ACV."),
    _article("oe1", "2025-07-16", "Wethouder Nadia Boukhari van Maastricht opende in Maastricht "
             "het nieuwe zwembad De Geusselt."),
    _article("oe2", "2025-07-16", "Het zwembad De Geusselt in Maastricht is geopend door "
             "wethouder Nadia Boekhari."),
    # a surname's particles written apart and joined, after the same first name: one person
    _article("p1", "2025-08-26", "Kapitein Wim Van den Bussche van de brandweer in Aalter zegt "
             "dat de kettingbotsing op de E40 tussen Aalter en Beernem is opgeruimd."),
    _article("p2", "2025-08-26", "The pile-up on the E40 between Aalter and Beernem has been "
             "cleared, fire captain Wim Vandenbussche said in Aalter."),
    # ... reported once where the particles stay apart in both ("van der Straaten / van der
    # Straten" is the surname's own variant, not also a joined one's)
    _article("p5", "2025-09-09", "Wethouder Anna van der Straaten opende het nieuwe zwembad "
             "De Vennen in Tilburg-Noord."),
    _article("p6", "2025-09-09", "Het nieuwe zwembad De Vennen in Tilburg-Noord is geopend door "
             "wethouder Anna van der Straten."),
    # ... not two people of one family, each with a first name of their own, nor a place
    _article("p3", "2025-09-02", "Burgemeester Lies Van der Straeten opende de nieuwe brug "
             "over de Durme tussen Lokeren en Daknam, samen met schepen Tom Vanderstraeten."),
    _article("p4", "2025-09-02", "The new bridge over the Durme between Lokeren and Daknam was "
             "opened by mayor Lies Van der Straeten, who thanked engineer Ben van Damme of "
             "Vandamme Bouw."),
    # ck written k, z written s, after the same first name: one person
    _article("z1", "2025-08-05", "Commandant Paulo Sousa Martins zegt dat het vuur bij "
             "Monchique en Silves nog brandt."),
    _article("z2", "2025-08-06", "Bij Monchique en Silves is het vuur onder controle, zegt "
             "commandant Paulo Souza Martins. Arts Hanneke Broeckmans en arts Hanneke "
             "Broekmans waren in Silves."),
    # one letter dropped inside a long surname after the same first name: one person; short
    # names a letter apart are two, and so are a name and the name with an ending added
    # an apostrophe after a surname's first letter dropped, after the same first name: one
    # person; two first names, two people of two families
    _article("ap1", "2025-10-21", "Schepen Els D'Haese opende dinsdag de nieuwe loopbrug over "
             "de Dender in Ninove. Ook aannemer Bart D'Hooghe was er."),
    _article("ap2", "2025-10-21", "De nieuwe loopbrug over de Dender in Ninove is geopend door "
             "schepen Els Dhaese. Havenmeester Koen Dhooghe hield een toespraak. Ook Sean "
             "O’Brien, die de brug ontwierp, sprak."),
    _article("ap3", "2025-10-21", "Ontwerper Sean O'Brien noemde de loopbrug over de Dender in "
             "Ninove zijn mooiste werk."),
    _article("d1", "2025-08-12", "Brandweerwoordvoerder Sanne Verhoeven meldt dat het vuur op "
             "de Strabrechtse Heide onder controle is."),
    _article("d2", "2025-08-12", "Het vuur op de Strabrechtse Heide is onder controle, zegt "
             "brandweerwoordvoerder Sanne Verhoven. Ook arts Ruud Smit en arts Ruud Smid, en "
             "boswachter Joost Hendrik en boswachter Joost Hendriks waren op de Strabrechtse "
             "Heide."),
    # ... five letters are enough after the same first name
    _article("t1", "2025-08-19", "Schipper Ilse Tromp van de reddingsboot in Lauwersoog zegt "
             "dat de kotter bij Schiermonnikoog is gezonken."),
    _article("t2", "2025-08-19", "Bij Schiermonnikoog is een kotter gezonken, meldt schipper "
             "Ilse Trump van de reddingsboot in Lauwersoog."),
    # two letters side by side swapped in a long surname after the same first name: one
    # person; in a shorter one (Berg / Breg, Verbeek / Verbeke) two names
    _article("sw1", "2025-08-26", "Dijkgraaf Merel Schaapveld van het waterschap in Dokkum zegt "
             "dat de dijk bij Paesens het houdt. Ook Anna Berg en Jan Verbeek waren in Paesens."),
    _article("sw2", "2025-08-26", "Bij Paesens houdt de dijk, zegt dijkgraaf Merel Schaapvedl "
             "van het waterschap in Dokkum. Ook Anna Breg en Jan Verbeke waren in Paesens."),
    # a weekday or a month is no name, misspelt or not
    _article("wd1", "2025-08-27", "The levee at Paesens is holding, said Governor Obama "
             "Wednesday in Dokkum."),
    _article("wd2", "2025-08-27", "In Dokkum the levee at Paesens held, said Governor Obama "
             "Wednedsay."),
    _article("club1", "2025-04-05", "Na de wedstrijd van Feyenoord tegen Heracles hield de "
             "politie in Rotterdam-Zuid twaalf supporters aan bij De Kuip."),
    _article("club2", "2025-04-05", "In de wijk Feijenoord, rond De Kuip in Rotterdam-Zuid, "
             "bleef het na Feyenoord tegen Heracles onrustig."),
    # two names that differ only in which accent they carry are two names, not one misspelt
    _article("acc1", "2025-06-10", "In Girona sprak wethouder Martí Fàbrega met de regering "
             "over de staking in Figueres."),
    _article("acc2", "2025-06-10", "Burgemeester Pedro Fábrega van Figueres zei dat de staking "
             "in Girona vandaag eindigt. Een akkoord is dichtbij, zegt Fábrega."),
    # a colon before the words it introduces is no residue; a link line is
    _article("quote", "2025-05-16", "De burgemeester reageerde op Twitter:\n\n\"We bouwen de "
             "wijk samen weer op.\"\n\nDaarna sprak hij met bewoners."),
    _article("link", "2025-05-16", "Het water zakt langzaam.\n\nLees ook: Waarom de Savinja "
             "zo snel stijgt\n\nBewoners scheppen modder."),
    # text to read is carried by the article; a video is not
    _article("letter", "2025-05-16", "The mayor posted a long letter to residents. Read the "
             "whole letter on the city's website:\n\nDear neighbours, the water is going down."),
    _article("video", "2025-05-16", "Het water zakt langzaam. Bekijk de beelden van de "
             "modderstroom:\n\nBewoners scheppen modder uit hun huizen."),
    _article("credit", "2025-05-16", "The river is falling.\n\nPhoto: Reuters\n\nResidents "
             "are clearing mud."),
    # a caption left with its credit: the photo's, not the article's
    _article("caption", "2025-05-16", "Het water zakt langzaam.\n\nBewoners bij de kade in "
             "Celje. Foto: ANP / Ruud de Vries\n\nDe schade is groot."),
    # a credit in parentheses or after a copyright sign ends a caption; a link line in capitals
    _article("ap", "2025-05-16", "The river is falling.\n\nVolunteers fill sandbags in Celje "
             "on Friday. (AP Photo/Maria Novak)\n\nResidents are clearing mud."),
    _article("copyright", "2025-05-16", "Het water zakt.\n\nEen boer bekijkt zijn land bij "
             "Laško. © ANP/Pieter Smit\n\nDe schade is groot."),
    _article("capitals", "2025-05-16", "The river is falling.\n\nREAD MORE: How the Savinja "
             "burst its banks\n\nResidents are clearing mud."),
    # a wire story's own credit line is no residue
    _article("wire", "2025-05-16", "The river is falling, officials said.\n\n(Reporting by "
             "Ana Kos; Editing by Mark Lee)"),
    # a page's most-read list, navigation to the next article, text-size buttons, a blocked
    # video's notice, an author's box
    _article("mostread", "2025-05-16", "The river is falling.\n\nMost read 1. Flood warning "
             "lifted 2. Bridge reopens\n\nResidents are clearing mud."),
    _article("nextprev", "2025-05-16", "Het water zakt.\n\n« Previous story · Next story "
             "»\n\nDe schade is groot."),
    _article("textsize", "2025-05-16", "Het water zakt.\n\nLettergrootte A- A+\n\nDe schade "
             "is groot."),
    # a credit of a removed photo alone on its line, a publishing system's shortcode, the
    # page's text-size and print buttons, its switch to another language, a reader poll's
    # widget with its votes: residue
    _article("credit2", "2025-05-16", "Het water zakt.\n\nFoto: Rijkswaterstaat Zuid\n\nDe "
             "schade is groot."),
    _article("shortcode", "2025-05-16", "The river is falling.\n\n[gallery columns=\"3\" "
             "ids=\"4411,4412\"]\n\nResidents are clearing mud."),
    _article("shortcode2", "2025-05-16", "The river is falling.\n\nVolunteers fill sandbags "
             "at the quay.[/caption]\n\nResidents are clearing mud."),
    _article("textsize2", "2025-05-16", "Het water zakt.\n\nLettergrootte: A A A | Print\n\n"
             "De schade is groot."),
    _article("language", "2025-05-16", "The river is falling.\n\nThis article is also "
             "available in: Deutsch · Français\n\nResidents are clearing mud."),
    _article("poll2", "2025-05-16", "The river is falling.\n\nQuick poll | Should the dike "
             "be raised? Yes 64% | No 36% | 2,310 votes\n\nResidents are clearing mud."),
    # (a caption word opening a sentence, a poll's result in a sentence, brackets in a quote
    # and a page the story talks about are no residue)
    # (a sign-up a story advises is no residue; the site's own is)
    _article("advice", "2025-05-16", "Het water zakt.\n\nWat moet ik doen?\n\nMeld je aan "
             "via de website van het waterschap. Je krijgt dan zandzakken thuisbezorgd."),
    _article("signup2", "2025-05-16", "Het water zakt.\n\nMeld je aan voor onze nieuwsbrief "
             "over het hoogwater.\n\nDe schade is groot."),
    _article("signup3", "2025-05-16", "The river is falling.\n\nSubscribe to The Courier for "
             "unlimited access.\n\nResidents are clearing mud."),
    _article("advice2", "2025-05-16", "The river is falling.\n\nSign up for flood warnings "
             "with the Environment Agency, which also has an app.\n\nResidents are clearing."),
    _article("notlanguage", "2025-05-16", "The river is falling.\n\nThe new sandbags are "
             "heavier.\n\nAlso available in Black and Silver.\n\nResidents are clearing."),
    _article("notcredit", "2025-05-16", "Het water zakt.\n\nFoto: een dijkwerker bij de "
             "kade, gemaakt door een bewoner.\n\nDe schade is groot."),
    _article("notpoll", "2025-05-16", "The river is falling.\n\nPoll: 64% want the dike "
             "raised and 36% do not, out of 2,310 votes.\n\nResidents are clearing mud."),
    _article("notshortcode", "2025-05-16", "The river is falling.\n\n\"It [the dike] held,\" "
             "the mayor said.\n\nRead this article in full, she told the council, before "
             "you vote."),
    _article("blocked", "2025-05-16", "The river is falling.\n\nThis video is not available "
             "in your country.\n\nResidents are clearing mud."),
    _article("authorbox", "2025-05-16", "Het water zakt.\n\nOver de auteur: Ans Vos schrijft "
             "over de regio.\n\nDe schade is groot."),
    # ... not the words inside the story's sentences
    _article("mostread-ok", "2025-05-16", "The river is falling.\n\nMost read the warning as "
             "too late, the survey found."),
    _article("nextprev-ok", "2025-05-16", "Het water zakt.\n\nVolgend artikel in de wet wordt "
             "nu aangepast, zegt de minister."),
    _article("wirecopy", "2025-05-16", "The river is falling, officials said.\n\nCopyright "
             "2025 Agence France-Presse. All rights reserved."),
    _article("wirecopy2", "2025-05-16", "Het water zakt, zegt de gemeente.\n\n© 2025 ANP. "
             "Alle rechten voorbehouden."),
    # the page's furniture alone on a line, or a removed embed's notice, is residue; the
    # word inside a sentence is not
    _article("advert", "2025-05-16", "The river is falling.\n\nADVERTISEMENT\n\nResidents are "
             "clearing mud."),
    _article("share", "2025-05-16", "The river is falling.\n\nShare this article with a "
             "neighbour, the mayor asked residents."),
    _article("embed", "2025-05-16", "Het water zakt.\n\nDeze content kan niet worden "
             "weergegeven omdat je geen cookies hebt geaccepteerd.\n\nDe schade is groot."),
    # a line asking the reader to act on the web page, in any of its sentences, is residue;
    # the same words quoted inside the story are not
    _article("newsletter", "2025-05-16", "The river is falling.\n\nWant more? Sign up for "
             "our morning briefing.\n\nResidents are clearing mud."),
    _article("readon", "2025-05-16", "Het water zakt.\n\nLees verder na de advertentie\n\n"
             "De schade is groot."),
    _article("cookies", "2025-05-16", "Het water zakt.\n\nWij gebruiken cookies om de site "
             "te verbeteren.\n\nDe schade is groot."),
    _article("imagesource", "2025-05-16", "The river is falling.\n\nImage source, STA\n"
             "Image caption, Volunteers near Celje\n\nResidents are clearing mud."),
    # ... a removed video's or audio player's label, a removed post's placeholder
    _article("watch", "2025-05-16", "The river is falling.\n\nWATCH: Aerial footage of the "
             "flooded valley (02:10)\n\nResidents are clearing mud."),
    _article("player", "2025-05-16", "Het water zakt.\n\nLuister naar dit artikel (3 min)\n\n"
             "De schade is groot."),
    _article("player2", "2025-05-16", "The river is falling.\n\nListen to this article · 4 min"
             "\n\nResidents are clearing mud."),
    _article("cookie", "2025-05-16", "Het water zakt.\n\nAccepteer cookies om deze video te "
             "bekijken.\n\nDe schade is groot."),
    _article("post", "2025-05-16", "The river is falling.\n\nAccept cookies to view this "
             "Instagram post.\n\nResidents are clearing mud."),
    # ... a player's error, a call for tips, a promotion's "learn more", a skip link, a
    # prompt in parentheses
    _article("unplayable", "2025-05-16", "Het water zakt.\n\nDeze video kan niet worden "
             "afgespeeld. Probeer het later opnieuw.\n\nDe schade is groot."),
    _article("tips", "2025-05-16", "Het water zakt.\n\nHeb jij foto's van het hoogwater? Tip "
             "de redactie via onze app.\n\nDe schade is groot."),
    _article("promo", "2025-05-16", "The river is falling.\n\nProtect your home against floods "
             "with our partner's cover. Learn more.\n\nResidents are clearing mud."),
    _article("skip", "2025-05-16", "The river is falling.\n\nskip past newsletter promotion"
             "\n\nResidents are clearing mud."),
    _article("aside", "2025-05-16", "The river is falling.\n\n(For live updates on the flood, "
             "click here.)\n\nResidents are clearing mud."),
    # ... a call to follow an account, a paywall's offer, a call for donations, topic tags
    _article("follow", "2025-05-16", "Het water zakt.\n\nVolg het Journaal ook op Telegram "
             "en Instagram.\n\nDe schade is groot."),
    _article("follow2", "2025-05-16", "The river is falling.\n\nFollow our weather team on "
             "TikTok for the latest.\n\nResidents are clearing mud."),
    _article("paywall", "2025-05-16", "Het water zakt.\n\nDrie maanden onbeperkt lezen voor "
             "9 euro. Probeer gratis.\n\nDe schade is groot."),
    _article("donate", "2025-05-16", "The river is falling.\n\nOur reporting is free for "
             "everyone. Support independent journalism with a gift.\n\nResidents are "
             "clearing mud."),
    _article("tags", "2025-05-16", "The river is falling.\n\nMore on this story: Floods · "
             "Slovenia · Weather\n\nResidents are clearing mud."),
    # ... a prompt to install an app, a row of share buttons, a sign-up "here"
    _article("app", "2025-05-16", "Het water zakt.\n\nDownload de gratis Omroep Brabant-app "
             "voor al het nieuws uit je regio.\n\nDe schade is groot."),
    _article("sharebar", "2025-05-16", "The river is falling.\n\nShare: WhatsApp · Facebook · "
             "Copy link\n\nResidents are clearing mud."),
    _article("signup", "2025-05-16", "Het water zakt.\n\nAltijd als eerste op de hoogte? "
             "Schrijf je hier in voor de nieuwsbrief.\n\nDe schade is groot."),
    # ... a comment box's counter and login, a toolbar, a removed poll, a push offer
    _article("comments", "2025-05-16", "Het water zakt.\n\n12 reacties | Log in om te "
             "reageren\n\nDe schade is groot."),
    _article("comments2", "2025-05-16", "The river is falling.\n\n214 comments · Sign in to "
             "comment\n\nResidents are clearing mud."),
    _article("toolbar", "2025-05-16", "The river is falling.\n\nPrint article | E-mail | "
             "A- A+\n\nResidents are clearing mud."),
    _article("poll", "2025-05-16", "Het water zakt.\n\nMoet de dijk hoger? Stem in de poll "
             "hieronder.\n\nDe schade is groot."),
    _article("push", "2025-05-16", "The river is falling.\n\nTurn on notifications to get "
             "the latest flood alerts.\n\nResidents are clearing mud."),
    # ... a closed comment box, a tip line's box, an alert box, a podcast's promotion
    _article("closed", "2025-05-16", "Het water zakt.\n\nReageren is niet meer mogelijk."
             "\n\nDe schade is groot."),
    _article("closed2", "2025-05-16", "The river is falling.\n\nCommenting has been "
             "closed.\n\nResidents are clearing mud."),
    _article("tipline", "2025-05-16", "The river is falling.\n\nGot a news tip about the "
             "flood?\n\nResidents are clearing mud."),
    _article("alerts", "2025-05-16", "The river is falling.\n\nGet email alerts about the "
             "river\n\nResidents are clearing mud."),
    _article("podcast", "2025-05-16", "Het water zakt.\n\nLuister ook naar onze podcast "
             "over het water.\n\nDe schade is groot."),
    # ... a correction form's prompt and a reading list's, a tip line's question answered,
    # a removed gallery's link, an alert box's label
    _article("correction", "2025-05-16", "Het water zakt.\n\nZiet u een fout in dit artikel? "
             "Neem contact op met de eindredactie.\n\nDe schade is groot."),
    _article("readinglist", "2025-05-16", "The river is falling.\n\nLog in to save this "
             "article for later.\n\nResidents are clearing mud."),
    _article("tipreply", "2025-05-16", "The river is falling.\n\nGot a news tip about the "
             "flood? Email us\n\nResidents are clearing mud."),
    _article("gallery", "2025-05-16", "Het water zakt.\n\nBekijk alle foto's van de "
             "overstroming (24)\n\nDe schade is groot."),
    _article("alertbox", "2025-05-16", "The river is falling.\n\nE-mail alerts: hear first "
             "when we publish on the floods. Sign up\n\nResidents are clearing mud."),
    # ... a link "here" to a stream, a topic's follow prompt, a metered paywall's counter, a
    # photo's buttons, an advert's marker with its scroll hint
    _article("stream", "2025-05-16", "Het water zakt.\n\nKijk hier live mee met de drone "
             "boven de dijk\n\nDe schade is groot."),
    _article("stream2", "2025-05-16", "The river is falling.\n\nWatch the live stream here"
             "\n\nResidents are clearing mud."),
    _article("topic", "2025-05-16", "Het water zakt.\n\nVolg dit onderwerp en krijg een "
             "bericht bij elk nieuw stuk over het hoogwater.\n\nDe schade is groot."),
    _article("topic2", "2025-05-16", "The river is falling.\n\nFollow this topic to get "
             "updates on the floods\n\nResidents are clearing mud."),
    _article("meter", "2025-05-16", "The river is falling.\n\nYou've read 4 of 10 free "
             "stories. Subscribe for full access.\n\nResidents are clearing mud."),
    _article("meter2", "2025-05-16", "Het water zakt.\n\nDit is je laatste gratis artikel "
             "deze maand.\n\nDe schade is groot."),
    _article("zoom", "2025-05-16", "The river is falling.\n\nToggle caption\n\nResidents "
             "are clearing mud."),
    _article("zoom2", "2025-05-16", "Het water zakt.\n\nVergroot afbeelding\n\nDe schade "
             "is groot."),
    _article("scroll", "2025-05-16", "The river is falling.\n\nADVERTISEMENT | Scroll to "
             "continue with content\n\nResidents are clearing mud."),
    _article("here", "2025-05-16", "The river is falling.\n\nRead the water board's full "
             "flood report here\n\nResidents are clearing mud."),
    _article("here2", "2025-05-16", "Het water zakt.\n\nLuister naar het hele interview met "
             "de dijkgraaf hier.\n\nDe schade is groot."),
    _article("livelabel", "2025-05-16", "The river is falling.\n\nWatch live: the council's "
             "flood briefing\n\nResidents are clearing mud."),
    # ... a video player's label and countdown, a loading placeholder, a share button's
    # confirmation, a pointer to a video below, an app's prompt to read on in it
    _article("player", "2025-05-16", "Het water zakt.\n\nJe kijkt nu: Drone boven de dijk "
             "(1:12) · Volgende video start over 8 seconden\n\nDe schade is groot."),
    _article("player2", "2025-05-16", "The river is falling.\n\nNow playing: Flood drone "
             "footage\n\nResidents are clearing mud."),
    _article("loading", "2025-05-16", "Het water zakt.\n\nReacties laden...\n\nDe schade "
             "is groot."),
    _article("copied", "2025-05-16", "The river is falling.\n\nLink copied\n\nResidents are "
             "clearing mud."),
    _article("videobelow", "2025-05-16", "The river is falling.\n\nScroll down to watch\n\n"
             "Residents are clearing mud."),
    _article("inapp", "2025-05-16", "Het water zakt.\n\nLees dit artikel in de app voor "
             "meer foto's.\n\nDe schade is groot."),
    # ... a reading-time label, a skip link past a block, a trail of sections, an embed's
    # request to run its script
    _article("readtime", "2025-05-16", "Het water zakt.\n\nLeestijd 3 min\n\nDe schade is "
             "groot."),
    _article("readtime2", "2025-05-16", "The river is falling.\n\nReading time: 4 minutes"
             "\n\nResidents are clearing mud."),
    _article("skipblock", "2025-05-16", "The river is falling.\n\nSkip to navigation\n\n"
             "Residents are clearing mud."),
    _article("crumbs", "2025-05-16", "Het water zakt.\n\nNieuws » Binnenland » Hoogwater"
             "\n\nDe schade is groot."),
    _article("script", "2025-05-16", "The river is falling.\n\nThe flood chart cannot be "
             "shown. Please enable JavaScript to view it.\n\nResidents are clearing mud."),
    _article("readtime3", "2025-05-16", "The river is falling.\n\n5 min read\n\nResidents "
             "are clearing mud."),
    _article("crumbs2", "2025-05-16", "The river is falling.\n\nHome › News › Floods 2025"
             "\n\nResidents are clearing mud."),
    # ... a page's time stamp, its pager, a back-to-top link, an advert's link, an archive
    # banner
    _article("stamp", "2025-05-16", "Het water zakt.\n\nBijgewerkt: 16 mei 2025, 08.12 uur"
             "\n\nDe schade is groot."),
    _article("stamp2", "2025-05-16", "The river is falling.\n\nLast updated 07:40 BST\n\n"
             "Residents are clearing mud."),
    _article("pager", "2025-05-16", "The river is falling.\n\nPage 2 of 3 | Next page ›\n\n"
             "Residents are clearing mud."),
    _article("totop", "2025-05-16", "Het water zakt.\n\nNaar boven ↑\n\nDe schade is "
             "groot."),
    _article("sponsored", "2025-05-16", "The river is falling.\n\nSponsored | Five gadgets "
             "that keep your cellar dry\n\nResidents are clearing mud."),
    _article("archive", "2025-05-16", "Het water zakt.\n\nDit artikel is ouder dan 2 jaar"
             "\n\nDe schade is groot."),
    # (not a story's lines that open with those words, nor a colon before a table of figures)
    _article("stamp-story", "2025-05-16", "The river is falling.\n\nUpdated figures show 12 "
             "homes flooded at 14:00.\n\nPublished in 1998, the flood report warned of this."
             "\n\nPage 3 of the report lists 40 homes.\n\nSponsored by the council, 200 "
             "volunteers filled sandbags.\n\nThis article is more than a warning, the editor "
             "wrote.\n\nThe count by district:\n\nNoord (dike side) 412\nZuid (centre) 96"
             "\n\nResidents are clearing mud."),
    # (not a story's line about reading time, a home or a skip link, a comparison, a
    # process's steps, nor a story's sentence on JavaScript)
    _article("crumbs-story", "2025-05-16", "The river is falling.\n\nReading time for the "
             "flood report is two weeks, the council says.\n\nHome > 2,000 people "
             "returned > 1,500 last year\n\nNieuws over de dijk > alles > niets\n\n"
             "Start > Build > Review\n\nLeestijd is geen probleem, zegt de bibliotheek."
             "\n\nDirect naar de inhoud van het rapport: de dijk was te laag.\n\nEnable "
             "JavaScript-free mode, the council told residents, to read the map.\n\n5 min "
             "read the mayor's letter aloud at the meeting."),
    # (not a story's sentences that open with those words and go on)
    _article("here-story", "2025-05-16", "Het water zakt.\n\nKijk hier niet van op, zegt de "
             "dijkgraaf.\n\nYou have read the report, the minister told MPs.\n\nFollow the "
             "topic of the day, the editor told staff.\n\nScroll to continue reading the "
             "plan, the council's site says.\n\nWatch your step here, the ranger warns.\n\n"
             "Subscribe for full access and get a free umbrella, the paper's flood campaign "
             "promises.\n\nThe river is falling."),
    # (not a story's own sentence about closed comments, a police appeal for tips, or a
    # podcast the story is about)
    _article("closed-story", "2025-05-16", "The river is falling.\n\nComments are closed on "
             "the council's flood page, the union said.\n\nHave you seen the driver? Police "
             "asked anyone with a tip to call them.\n\nThe podcast's hosts listened to the "
             "river for a week.\n\nReageren is niet meer mogelijk: de inspraaktermijn sloot "
             "vrijdag.\n\nHave a news tip for our reporters? The paper now ends every story "
             "with that question.\n\nListen to our podcast, the mayor joked, and you will "
             "know it all.\n\nZie je een fout in dit artikel, dan kun je dat melden, zegt "
             "de hoofdredacteur.\n\nSpotted an error in this article? The council says its "
             "own map was wrong.\n\nE-mail alerts warned 4,000 residents on Tuesday.\n\n"
             "Email alerts: the water board says 900 farmers signed up last week.\n\nBekijk "
             "alle foto's van de dijk in het gemeentehuis, waar de plannen hangen."),
    # (not a story's count of reactions, nor advice a story reports)
    _article("reactions", "2025-05-16", "Het water zakt.\n\n37 reacties kwamen er binnen op "
             "het dijkplan.\n\n450 bezwaren\n\n37 reacties\n\nZet meldingen aan in de app "
             "van de veiligheidsregio, adviseert de burgemeester.\n\nStem in de poll van de "
             "gemeente voor 1 september.\n\nDe schade is groot."),
    # (not a story's line about downloads or platforms)
    _article("app-story", "2025-05-16", "The river is falling.\n\nDownload speeds fell in "
             "the flooded district, the provider said.\n\nFacebook and X removed fake flood "
             "videos, the ministry said.\n\nDownload the council's app for alerts, not a "
             "copy, the mayor warned.\n\nInstalleer geen app van een onbekende afzender, "
             "adviseert de politie.\n\nDownload apps only from the official stores.\n\n"
             "Facebook / Instagram\n\nBoth platforms removed the videos.\n\nThe adverts "
             "promised good wages. Sign up here and earn £3,000 a month, one read.\n\n"
             "Laden en lossen duurde de hele nacht.\n\nLink copied from a fake site was "
             "shared 4,000 times.\n\nNow playing at the town hall: a film about the dike."),
    # (not an order that names a platform later in its sentence, an agenda, a quote's end)
    _article("follow-said", "2025-05-16", "Het water zakt.\n\nVolg de aanwijzingen van de "
             "hulpdiensten op, schreef de burgemeester op Facebook.\n\nOnderwerpen: de dijk "
             "en de schade stonden centraal.\n\nIt is simple, the mayor says. Try it now."),
    # (those words inside the story's own sentences are not)
    _article("follow-story", "2025-05-16", "Volgens de gemeente zakt het water. Volg de "
             "borden naar het gemeentehuis, zegt de burgemeester. Follow-up checks on X-rays "
             "of the injured were planned. The mayor urged people to become a subscriber "
             "of the flood alert service."),
    _article("learn", "2025-05-16", "The river is falling. Residents who want to learn more "
             "about the repairs can visit the town hall. Police got a tip from a neighbour."),
    _article("story-lines", "2025-05-16", "Het water zakt.\n\nLukt aanmelden niet? Probeer "
             "het later opnieuw, zegt de gemeente.\n\n(Wie hulp nodig heeft bij het opruimen, "
             "meld je aan bij het buurthuis.)\n\nLearn more about the dike's history, the museum "
             "urges visitors.\n\nSkip the queue by booking online, the zoo says."),
    # ... a removed player's label with its running time, a comment box's counter in
    # brackets, a page's topic tags, a paywall's login after the text it cut
    _article("playerlabel", "2025-05-16", "Het water zakt.\n\nVideo · Zo liep de kelder "
             "van het gemeentehuis vol (2:07)\n\nDe schade is groot."),
    _article("playerlabel2", "2025-05-16", "The river is falling.\n\nWatch: Drone footage "
             "over the flooded village (0:58)\n\nResidents are clearing mud."),
    _article("counter", "2025-05-16", "Het water zakt.\n\nReacties (112) · Praat mee\n\n"
             "De schade is groot."),
    _article("counter2", "2025-05-16", "The river is falling.\n\nComments (58)\n\n"
             "Residents are returning."),
    _article("premium", "2025-05-16", "Het water zakt.\n\nDit is een premium artikel. Lees "
             "verder voor 2 euro per maand.\n\nDe schade is groot."),
    _article("topics", "2025-05-16", "The river is falling.\n\nTags: Floods | Slovenia\n\n"
             "Residents are clearing mud."),
    _article("topics2", "2025-05-16", "Het water zakt.\n\nOnderwerpen: Hoogwater · Maas · "
             "Limburg\n\nDe schade is groot."),
    _article("login", "2025-05-16", "The river is falling.\n\nAlready a subscriber? Sign "
             "in to continue reading.\n\nResidents are clearing mud."),
    _article("login2", "2025-05-16", "Het water zakt.\n\nAl abonnee? Log in om verder te "
             "lezen.\n\nDe schade is groot."),
    # (not a story's line about a video, an agenda's topics or fields, comments or a
    # subscriber)
    _article("notsubscriber", "2025-05-16", "Het water zakt.\n\nAl abonnee sinds 1959 is "
             "mevrouw Jansen uit Bennekom.\n\nDe schade is groot."),
    _article("notfields", "2025-05-16", "Het water zakt.\n\nOnderwerp: Windmolens · Locatie: "
             "Dorpshuis De Linde · Toegang gratis\n\nDe schade is groot."),
    _article("notplayer", "2025-05-16", "Het water zakt.\n\nVideo: de burgemeester sprak "
             "12 minuten over de dijk.\n\nDe schade is groot."),
    _article("notplayer2", "2025-05-16", "The river is falling.\n\nListen: the recording, "
             "1:24 long, has the dyke giving way (at 14:05).\n\nResidents are clearing mud."),
    _article("notopics", "2025-05-16", "Het water zakt.\n\nOnderwerpen: stikstof en asiel "
             "stonden centraal.\n\nDe schade is groot."),
    _article("notcounter", "2025-05-16", "Het water zakt.\n\nReacties (van bewoners) kwamen "
             "er volop.\n\nReacties (37) kwamen er binnen op het plan.\n\nDe schade is "
             "groot."),
    _article("notpaywall", "2025-05-16", "Het water zakt.\n\nDit is een premium artikel van "
             "de krant, schreef de ombudsman, en dat mag niemand verbazen."),
    _article("nologin", "2025-05-16", "The river is falling.\n\nAlready a subscriber, she "
             "signed up for flood alerts too.\n\nResidents are clearing mud."),
    # (the player's words in a sentence of the story are no residue)
    _article("tts", "2025-05-16", "The river is falling.\n\nListen to this article, the "
             "button says, and a synthetic voice reads the story aloud."),
    _article("scam", "2025-05-16", "The river is falling. A fake charity site told donors to "
             "\"click here to give\" and took their money, police said."),
    # a removed gallery's link with its count of photos, alone on its line, is residue; the
    # same words opening a sentence of the story are not
    _article("gallery2", "2025-05-16", "Het water zakt.\n\nBekijk alle 14 foto's »\n\n"
             "Bewoners keren terug."),
    _article("gallery3", "2025-05-16", "The river is falling.\n\nView all 9 photos\n\n"
             "Residents are returning."),
    _article("gallerytext", "2025-05-16", "Het water zakt.\n\nBekijk de 40 foto's van de "
             "fotoclub in het dorpshuis, zegt de voorzitter, want ze tonen het dorp van 1953."),
    # an advert's marker with the note that the story goes on past it
    _article("advert2", "2025-05-16", "The river is falling.\n\nADVERTISEMENT · Article "
             "continues below\n\nResidents are returning."),
    _article("advert3", "2025-05-16", "Het water zakt.\n\nAdvertentie | Lees verder onder de "
             "advertentie\n\nBewoners keren terug."),
]


def test_names_vary_within_a_story_and_residue_is_what_is_left_of_media(invoke, tmp_path):
    _, document = run_suite(invoke, tmp_path, HYGIENE, "hygiene.yml")
    found = {(f["kind"], tuple(f["article_ids"])) for f in document["findings"]
             if f["kind"] in ("name_variants", "media_residue")}
    assert found == {("name_variants", ("k1", "k2")), ("name_variants", ("ij1", "ij2")),
                     ("name_variants", ("u1", "u2")), ("name_variants", ("z1", "z2")),
                     ("name_variants", ("z2",)), ("name_variants", ("c1", "c2")),
                     ("name_variants", ("x1", "x2")), ("name_variants", ("oe1", "oe2")),
                     ("name_variants", ("d1", "d2")), ("name_variants", ("t1", "t2")),
                     ("name_variants", ("sw1", "sw2")), ("name_variants", ("p1", "p2")),
                     ("name_variants", ("p5", "p6")), ("name_variants", ("ap1", "ap2")),

                     ("media_residue", ("link",)),
                     ("media_residue", ("video",)), ("media_residue", ("caption",)),
                     ("media_residue", ("correction",)), ("media_residue", ("readinglist",)),
                     ("media_residue", ("tipreply",)), ("media_residue", ("gallery",)),
                     ("media_residue", ("alertbox",)),
                     ("media_residue", ("player",)), ("media_residue", ("player2",)),
                     ("media_residue", ("loading",)), ("media_residue", ("copied",)),
                     ("media_residue", ("videobelow",)), ("media_residue", ("inapp",)),
                     ("media_residue", ("credit",)), ("media_residue", ("ap",)),
                     ("media_residue", ("copyright",)), ("media_residue", ("capitals",)),
                     ("media_residue", ("advert",)), ("media_residue", ("embed",)),
                     ("media_residue", ("newsletter",)), ("media_residue", ("readon",)),
                     ("media_residue", ("cookies",)), ("media_residue", ("imagesource",)),
                     ("media_residue", ("watch",)), ("media_residue", ("player",)),
                     ("media_residue", ("post",)), ("media_residue", ("player2",)),
                     ("media_residue", ("cookie",)), ("media_residue", ("unplayable",)),
                     ("media_residue", ("tips",)), ("media_residue", ("promo",)),
                     ("media_residue", ("skip",)), ("media_residue", ("aside",)),
                     ("media_residue", ("follow",)), ("media_residue", ("follow2",)),
                     ("media_residue", ("paywall",)), ("media_residue", ("donate",)),
                     ("media_residue", ("counter2",)), ("media_residue", ("premium",)),
                     ("media_residue", ("tags",)), ("media_residue", ("app",)),
                     ("media_residue", ("sharebar",)), ("media_residue", ("signup",)),
                     ("media_residue", ("comments",)), ("media_residue", ("toolbar",)),
                     ("media_residue", ("poll",)), ("media_residue", ("push",)),
                     ("media_residue", ("comments2",)), ("media_residue", ("closed",)),
                     ("media_residue", ("closed2",)), ("media_residue", ("tipline",)),
                     ("media_residue", ("alerts",)), ("media_residue", ("podcast",)),
                     ("media_residue", ("stream",)), ("media_residue", ("stream2",)),
                     ("media_residue", ("topic",)), ("media_residue", ("topic2",)),
                     ("media_residue", ("meter",)), ("media_residue", ("meter2",)),
                     ("media_residue", ("zoom",)), ("media_residue", ("zoom2",)),
                     ("media_residue", ("scroll",)), ("media_residue", ("here",)),
                     ("media_residue", ("here2",)), ("media_residue", ("livelabel",)),
                     ("media_residue", ("readtime",)), ("media_residue", ("readtime2",)),
                     ("media_residue", ("skipblock",)), ("media_residue", ("crumbs",)),
                     ("media_residue", ("script",)), ("media_residue", ("readtime3",)),
                     ("media_residue", ("crumbs2",)), ("media_residue", ("mostread",)),
                     ("media_residue", ("nextprev",)), ("media_residue", ("textsize",)),
                     ("media_residue", ("blocked",)), ("media_residue", ("authorbox",)),
                     ("media_residue", ("stamp",)), ("media_residue", ("stamp2",)),
                     ("media_residue", ("pager",)), ("media_residue", ("totop",)),
                     ("media_residue", ("sponsored",)), ("media_residue", ("archive",)),
                     ("media_residue", ("credit2",)), ("media_residue", ("shortcode",)),
                     ("media_residue", ("shortcode2",)), ("media_residue", ("textsize2",)),
                     ("media_residue", ("language",)), ("media_residue", ("poll2",)),
                     ("media_residue", ("signup2",)), ("media_residue", ("signup3",)),
                     ("media_residue", ("playerlabel",)), ("media_residue", ("playerlabel2",)),
                     ("media_residue", ("counter",)), ("media_residue", ("topics",)),
                     ("media_residue", ("topics2",)), ("media_residue", ("login",)),
                     ("media_residue", ("login2",)), ("media_residue", ("gallery2",)),
                     ("media_residue", ("gallery3",)), ("media_residue", ("advert2",)),
                     ("media_residue", ("advert3",))}
    spellings = sorted(f["message"].split(": ", 1)[1] for f in document["findings"]
                       if f["kind"] == "name_variants" and f["article_ids"] == ["u1", "u2"])
    assert spellings == ["Juergen / Jürgen", "Klepers / Kleppers"]
    assert [f["message"].split(": ", 1)[1] for f in document["findings"]
            if f["kind"] == "name_variants" and f["article_ids"] == ["p5", "p6"]] \
        == ["Straaten / Straten"]
    assert [f["message"].split(": ", 1)[1] for f in document["findings"]
            if f["kind"] == "name_variants" and f["article_ids"] == ["ap1", "ap2"]] \
        == ["D'Haese / Dhaese"]
    assert sorted(f["message"].split(": ", 1)[1] for f in document["findings"]
                  if f["kind"] == "name_variants" and f["article_ids"] == ["sw1", "sw2"]) \
        == ["Schaapvedl / Schaapveld"]


def test_a_persons_name_spelled_otherwise_in_another_language_is_a_variant(invoke, tmp_path):
    # a Dutch surname's ij written y, a doubled letter dropped, beside the same first name in
    # an English article of the same story: one person spelled two ways; a transliterated
    # name the two languages write their own way (Tokajev / Tokayev, Zelenski / Zelensky,
    # Chamenei / Khamenei), a translated word and a country's name are not
    corpus = [
        _article("nl1", "2031-05-02", "In Deventer zegt brandweerwoordvoerder Hanneke Bleijenberg "
                 "dat de brand bij Kunststoffen Olthof in Deventer is geblust. Minister Sergej "
                 "Tokajev van Kazachstan bezocht Deventer.", language="nl"),
        _article("nl2", "2031-05-02", "De brand bij Kunststoffen Olthof in Deventer is geblust, "
                 "meldt Hanneke Bleijenberg van de brandweer. Directeur Wouter Kamminga van "
                 "Olthof spreekt van een ramp voor Deventer.", language="nl"),
        _article("en1", "2031-05-03", "The fire at Kunststoffen Olthof in Deventer is out, said "
                 "fire service spokeswoman Hanneke Bleyenberg. Olthof director Wouter Kaminga "
                 "called it a disaster for Deventer. Minister Sergej Tokayev of Kazakhstan "
                 "visited Deventer. President Volodymyr Zelensky and Ayatollah Ali Khamenei "
                 "sent their condolences to the National Cyber Security Centre.",
                 language="en"),
        _article("nl3", "2031-05-03", "President Volodymyr Zelenski en ayatollah Ali Chamenei "
                 "betuigden hun medeleven aan het Nationaal Cyber Security Centrum in Deventer, "
                 "het nationaal centrum voor de brand bij Kunststoffen Olthof.", language="nl"),
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "hygiene.yml")
    spellings = sorted(f["message"].split(": ", 1)[1] for f in document["findings"]
                       if f["kind"] == "name_variants")
    assert spellings == ["Bleijenberg / Bleyenberg", "Kaminga / Kamminga"]


@pytest.mark.parametrize(("later", "spellings"), [
    # months later, pointing back to the day of the fire: the same people, one misspelt
    ("Het rapport over de brand van 14 april bij Kunststoffen Olthof in Deventer is klaar, "
     "zegt directeur Wouter Kaminga van Olthof.", ["Kaminga / Kamminga"]),
    ("The report on the fire of April 14 at Kunststoffen Olthof in Deventer is out, said "
     "Olthof director Wouter Kamminga and spokeswoman Hanneke Bleyenberg.",
     ["Bleijenberg / Bleyenberg"]),
    # ... a later article naming no day of the fire is another story: its names stand alone
    ("Bij Kunststoffen Olthof in Deventer is een nieuwe hal geopend, zegt directeur Wouter "
     "Kaminga van Olthof.", []),
])
def test_a_name_spelt_otherwise_in_a_follow_up_months_later_is_a_variant(invoke, tmp_path,
                                                                         later, spellings):
    corpus = [
        _article("nl1", "2031-04-14", "In Deventer zegt brandweerwoordvoerder Hanneke "
                 "Bleijenberg dat de brand bij Kunststoffen Olthof in Deventer is geblust.",
                 language="nl"),
        _article("nl2", "2031-04-15", "De brand bij Kunststoffen Olthof in Deventer is geblust, "
                 "meldt Hanneke Bleijenberg van de brandweer. Directeur Wouter Kamminga van "
                 "Olthof spreekt van een ramp voor Deventer.", language="nl"),
        _article("later", "2031-09-22", later, language="en" if "The" in later else "nl"),
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "hygiene.yml")
    assert sorted(f["message"].split(": ", 1)[1] for f in document["findings"]
                  if f["kind"] == "name_variants") == spellings


def test_growth_above_100_percent_is_in_range_and_a_share_above_it_is_not(invoke, tmp_path):
    corpus = [_article("growth", "2019-03-01", "De jaaromzet steeg met 195 procent."),
              _article("gdp", "2019-03-01", "De staatsschuld is 134 procent van het bbp."),
              _article("share", "2019-03-01", "De opkomst was 134 procent, meldt de gemeente.")]
    _, document = run_suite(invoke, tmp_path, corpus, "claims.yml", {"ranges.yml": None})
    assert {f["article_ids"][0] for f in document["findings"] if f["kind"] == "out_of_range"} \
        == {"share"}


def test_a_city_population_is_checked_only_when_its_inhabitants_are_counted(invoke, tmp_path):
    corpus = [_article("inhabitants", "2019-03-01", "In Almelo wonen 148 inwoners."),
              _article("living", "2019-03-01", "In Almelo woonden 148 jonge ouders in een "
                       "opvang."),
              # (nor the people of the places a sentence lists: "a hospital for 180,000")
              _article("listed", "2019-03-01", "De school heeft locaties in Almelo en Vriezenveen "
                       "en is er voor zo'n 300.000 inwoners.")]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SOURCES)
    assert {f["article_ids"][0] for f in document["findings"]
            if f["kind"] == "reference_mismatch"} == {"inhabitants"}


def test_copies_of_one_text_are_one_report_in_the_name_graph():
    """Near-duplicate copies join their first copy's story (one here names one name fewer)
    without each making pairs with every article of its names (300,000 articles of 200 copies
    each ran out of memory)."""
    import duckdb

    from validation.compare import update_stories

    con = duckdb.connect()
    con.execute("""CREATE TABLE articles AS SELECT * FROM (VALUES
        ('a', 'h1', NULL, DATE '2022-01-05', DATE '2022-01-05'),
        ('a-copy', 'h2', NULL, DATE '2022-01-05', DATE '2022-01-05'),
        ('a-same', 'h1', NULL, DATE '2022-01-05', DATE '2022-01-05'),
        ('b', 'h3', NULL, DATE '2022-01-06', DATE '2022-01-06'),
        ('c', 'h4', NULL, DATE '2022-01-06', DATE '2022-01-06'))
        v(article_id, content_hash, event, published_start, published_end)""")
    con.execute("""CREATE TABLE article_names AS SELECT * FROM (VALUES
        ('a', 'h1', 'Tokajev', NULL), ('a', 'h1', 'Almaty', NULL),
        ('a-copy', 'h2', 'Tokajev', NULL), ('a-same', 'h1', 'Tokajev', NULL),
        ('a-same', 'h1', 'Almaty', NULL), ('b', 'h3', 'Tokayev', NULL),
        ('b', 'h3', 'Almaty', NULL), ('c', 'h4', 'Rutte', NULL))
        v(article_id, content_hash, name, next_name)""")
    con.execute("""CREATE TABLE near_duplicates AS SELECT * FROM (VALUES ('h1', 'h2', 0.95))
        v(hash_a, hash_b, similarity)""")
    update_stories(con)
    stories = dict(con.execute("SELECT article_id, story_id FROM stories").fetchall())
    assert stories["a"] == stories["a-copy"] == stories["a-same"] == stories["b"]
    assert stories["c"] == "article:c"


@pytest.mark.parametrize(("place", "elsewhere", "kinds"), [
    # the town most of the story's articles name is where it happened: its figure is the toll
    ("In Tilburg", "", ["contradiction"]),
    # a town only one report names may be a part of the toll
    ("In Goirle", "", []),
    # ... and so may the site, when the story's figures name another town too
    ("In Tilburg", " In Breda is een man overleden.", []),
    # ... but not the town of the hospital someone died in
    ("In Tilburg", " Een man overleed later in het ziekenhuis in Breda.", ["contradiction"]),
    # people from the site are no figure said to be there
    ("Uit Tilburg", "", []),
])
def test_the_place_a_story_happened_in_counts_the_whole_story(invoke, tmp_path, place,
                                                                elsewhere, kinds):
    corpus = [_article("a", "2025-10-15", "De uitbraak van legionella in Tilburg houdt aan. "
                       f"{place} zijn drie mensen overleden, meldt arts Marieke Verhoeven."
                       + elsewhere),
              _article("b", "2025-10-15", "The outbreak of legionnaires' disease in Tilburg "
                       "goes on. Two people have died, doctor Marieke Verhoeven said.")]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SOURCES)
    assert [kind for kind, _ in _kinds(document, "sources")] == kinds


@pytest.mark.parametrize(("second", "kinds"), [
    # a figure for the country whose sentence places the site in it counts the site's people
    ("The outbreak near Kortrijk in western Belgium has killed two people, doctor Marieke "
     "Verhoeven said.", ["contradiction"]),
    # ... where one for the country alone may count more than the site's
    ("Two people have died in Belgium, doctor Marieke Verhoeven said.",
     ["scope_inconsistency"]),
    # a total said of no place counts the site's people too
    ("In all, two people have died, doctor Marieke Verhoeven said.", ["contradiction"]),
    # a town within the country that is not the site may count a part of the country's
    ("Four people have died in Belgium, doctor Marieke Verhoeven said. In Gent one man died.",
     []),
])
def test_the_sites_figure_is_no_part_of_a_wider_one(invoke, tmp_path, second, kinds):
    corpus = [_article("a", "2025-10-15", "De uitbraak van legionella in Kortrijk houdt aan. "
                       "In Kortrijk zijn drie mensen overleden, meldt arts Marieke Verhoeven."),
              _article("b", "2025-10-15", "The outbreak of legionnaires' disease in Kortrijk "
                       "goes on. " + second)]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SOURCES)
    assert [kind for kind, _ in _kinds(document, "sources")] == kinds


@pytest.mark.parametrize(("local", "wire"), [
    # a live blog's early toll and its later one: the part (three workers) is above the first,
    # not the second, so nothing is inconsistent
    (("2026-03-10", "Explosie bij Scaldichem in Kallo. 09.20 uur - Brandweerwoordvoerder Sofie "
      "Goossens bevestigt twee doden.\n\n11.15 uur - De brandweer meldt een derde dode."),
     ("2026-03-10", "An explosion at the Scaldichem plant in Kallo killed three workers, "
      "spokeswoman Sofie Goossens said.")),
    # the local article gives the wire's fourteen too, beside a part: a figure of no group is
    # one for everybody
    (("2026-09-09", "Na de explosie bij Polyvance is het aantal gewonden opgelopen naar "
      "veertien, meldt woordvoerster Anja Kessels. Zeven gewonden werden door de huisarts "
      "behandeld."),
     ("2026-09-09", "Fourteen people were injured in the blast at Polyvance, spokeswoman Anja "
      "Kessels said.")),
])
def test_another_figure_of_the_article_agrees(invoke, tmp_path, local, wire):
    corpus = [_article("local", *local), _article("wire", *wire)]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SOURCES)
    assert _kinds(document, "sources") == []


@pytest.mark.parametrize(("wire", "kinds"), [
    # a toll said of no place, in an article of Dutch towns, is no reading of Belgium's two
    ("Storm Odile has killed three people, spokesman Pieter Claes said. Trees fell in Goes "
     "and Vlissingen.", []),
    # ... nor in an article that names both countries
    ("Storm Odile has killed four people, spokesman Pieter Claes said. Trees fell in the "
     "Netherlands and in Belgium.", []),
    # an article that names one country alone gives that country's toll
    ("Storm Odile has killed four people, spokesman Pieter Claes said. Trees fell across the "
     "Netherlands.", [("contradiction", ("nl", "wire"))]),
    # a toll placed in a country is that country's
    ("Storm Odile has killed four people in Belgium, spokesman Pieter Claes said.",
     [("contradiction", ("be", "wire"))]),
    # an article that names a town of the other country names both
    ("Storm Odile has killed four people, spokesman Pieter Claes said. Trees fell across the "
     "Netherlands and in Antwerp.", []),
])
def test_a_toll_of_no_place_in_a_story_of_two_countries(invoke, tmp_path, wire, kinds):
    corpus = [_article("be", "2025-11-03", "Storm Odile raasde over de Lage Landen. In België "
                       "zijn twee mensen omgekomen, meldt woordvoerder Pieter Claes."),
              _article("nl", "2025-11-03", "Storm Odile raasde over de Lage Landen. In "
                       "Nederland zijn drie mensen omgekomen, meldt woordvoerder Pieter Claes."),
              _article("wire", "2025-11-03", wire)]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SOURCES)
    assert _kinds(document, "sources") == kinds


@pytest.mark.parametrize(("second", "kinds"), [
    # an unconfirmed figure against another article's firm one is a hedged tension ...
    ("De explosie bij Polyvance in Geleen was enorm. Volgens lokale media zouden vier mensen "
     "zijn omgekomen.", [("hedged_tension", ("firm", "rumour"))]),
    # ... not between the articles when its article gives the firm one too (the article
    # says which holds); the rumour beside its own firm figure is a tension within it
    ("Bij de explosie bij Polyvance kwamen drie mensen om, meldt woordvoerster Anja Kessels. "
     "Volgens lokale media zouden er vier doden zijn gevallen.",
     [("hedged_tension", ("rumour",))]),
])
def test_an_unconfirmed_figure_beside_a_firm_one(invoke, tmp_path, second, kinds):
    corpus = [_article("firm", "2026-09-10", "Bij de explosie bij Polyvance in Geleen kwamen "
                       "drie mensen om, meldt woordvoerster Anja Kessels."),
              _article("rumour", "2026-09-10", second)]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SOURCES)
    assert _kinds(document, "sources") == kinds


@pytest.mark.parametrize(("text", "kinds"), [
    # a figure its sentence's opening narrows, above the whole said just before it
    ("De brandweer telde 37 gewonden. Met uitzondering van de omwonenden raakten 41 "
     "bezoekers gewond.", ["scope_inconsistency"]),
    ("Some 180 people were evacuated. Not counting the care home, 215 residents were "
     "evacuated.", ["scope_inconsistency"]),
    # ... the whole of those taken to hospital though a part of the injured
    ("Police said 60 people were injured, 25 of whom were taken to hospital. Not counting "
     "the children, 31 people were taken to hospital.", ["scope_inconsistency"]),
    # ... not a part within its whole, nor a whole said in another paragraph
    ("Some 280 people were evacuated. Not counting the care home, 215 residents were "
     "evacuated.", []),
    ("Some 180 people were evacuated.\n\nNot counting the care home, 215 residents were "
     "evacuated.", []),
    # ... nor a figure after an opener that may mean "besides"
    ("Some 180 people were evacuated. Apart from the care home, 215 residents were "
     "evacuated.", []),
])
def test_a_figure_its_sentence_narrows_is_within_the_whole_before_it(invoke, tmp_path, text,
                                                                     kinds):
    _, document = run_suite(invoke, tmp_path, [_article("a", "2031-03-02", text)], "claims.yml")
    assert [f["kind"] for f in document["findings"] if f["kind"] == "scope_inconsistency"] \
        == kinds


FOLLOWED = [_article("first", "2025-03-10", f"Bij {QUAKE} zijn zeker 37 mensen omgekomen, "
                     "meldt gouverneur Abdelhak El Amrani."),
            _article("final", "2025-03-12", f"Bij {QUAKE} zijn 52 mensen omgekomen, meldt "
                     "gouverneur Abdelhak El Amrani.")]


@pytest.mark.parametrize(("later", "kinds"), [
    # weeks later, naming the day it struck: a smaller toll than the story's last is stale
    ("De aardbeving van 9 maart bij Imzouren in de provincie Al Hoceima is nog niet vergeten. "
     "Bij de ramp kwamen 37 mensen om het leven, zegt gouverneur Abdelhak El Amrani.",
     [("regression", ("final", "later"))]),
    ("Op 10 maart trof een zware aardbeving Imzouren (Al Hoceima). De 52 doden worden "
     "vandaag herdacht, zegt gouverneur Abdelhak El Amrani.", []),
    # ... and an early count retold as one is no stale figure
    ("Op 10 maart trof een zware aardbeving Imzouren (Al Hoceima). In de eerste uren werden "
     "37 doden geteld, zegt gouverneur Abdelhak El Amrani.", []),
    # ... and so is one its sentence dates to the day of the quake, said of the quake
    ("Bij de aardbeving van 10 maart bij Imzouren in de provincie Al Hoceima kwamen 37 mensen "
     "om het leven, zegt gouverneur Abdelhak El Amrani.", [("regression", ("final", "later"))]),
    ("The March 10 earthquake killed 37 people in Imzouren, said governor Abdelhak El Amrani "
     "of Al Hoceima.", [("regression", ("final", "later"))]),
    ("Bij de aardbeving van 10 maart bij Imzouren in de provincie Al Hoceima kwamen 52 mensen "
     "om het leven, zegt gouverneur Abdelhak El Amrani.", []),
    # ... or said in a clause the time since the quake dates, with no day of it named
    ("Acht weken na de aardbeving bij Imzouren in de provincie Al Hoceima, die 37 mensen het "
     "leven kostte, gaat de school weer open, zegt gouverneur Abdelhak El Amrani.",
     [("regression", ("final", "later"))]),
    ("Acht weken na de aardbeving bij Imzouren in de provincie Al Hoceima herdenkt gouverneur "
     "Abdelhak El Amrani de 52 doden.", []),
    # ... nor one whose sentence tells how the toll grew
    ("Bij de aardbeving van 10 maart bij Imzouren in de provincie Al Hoceima kwamen eerst 37 "
     "mensen om; later overleden er nog 15, zegt gouverneur Abdelhak El Amrani.", []),
    # ... but not a count its sentence dates to that day, which held then
    ("Op 10 maart werden bij Imzouren in de provincie Al Hoceima 37 doden geteld, zegt "
     "gouverneur Abdelhak El Amrani.", []),
    # a larger figure weeks later is no finding: a story's own updates are its own
    ("Op 10 maart trof een zware aardbeving Imzouren (Al Hoceima). Het dodental is "
     "inmiddels 60, zegt gouverneur Abdelhak El Amrani.", []),
    # an article that names no day of the story's first days is no follow-up of it: another
    # quake in the same province, told by the same governor
    ("Bij een nieuwe aardbeving bij Imzouren in de provincie Al Hoceima zijn 3 mensen "
     "omgekomen, zegt gouverneur Abdelhak El Amrani.", []),
    # ... and one that does, pointing back from a new incident, gives no figure the story gave
    ("Bij een nieuwe aardbeving bij Imzouren in de provincie Al Hoceima zijn 3 mensen "
     "omgekomen, zegt gouverneur Abdelhak El Amrani. Op 10 maart trof een zware beving de "
     "streek al.", []),
])
def test_a_stale_figure_in_a_follow_up_weeks_later_is_a_regression(invoke, tmp_path, later,
                                                                   kinds):
    corpus = [*FOLLOWED, _article("later", "2025-05-02", later,
                                  language="en" if later.startswith("The") else "nl")]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SOURCES)
    # (the story's own update, 37 then 52, is found whatever comes later)
    assert _kinds(document, "sources") == sorted([("update", ("final", "first")), *kinds])
    assert all("a follow-up weeks or months later" in f["message"]
               for f in document["findings"] if f["kind"] == "regression")
    points_back = any(day in later for day in ("maart", "March", "weken na"))
    assert document["compare"]["follow_ups"] == (1 if points_back else 0)
