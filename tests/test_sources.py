"""Contradictions between sources: the seeds against the analyst's table, claims files, and the
hygiene checks that compare articles (near-duplicates, declared language, reference data)."""

from __future__ import annotations

import functools
import json

import duckdb
import pytest

from tests.conftest import ROOT
from tests.test_news_expectations import run_suite
from validation.compare import read_estimates
from validation.errors import CorpusError
from validation.load.claims_file import ClaimsMapping, read_claims_file
from validation.report.ci import MESSAGE_CHARACTERS, shortened, text

SCOPES = {"scopes.yml": None}
# the sources suite of a maintainer who lets a contradiction fail the build: the committed one
# with `no-contradictions` moved to error (a warning by default: README, measured precision)
CONTRADICTIONS_AS_ERRORS = (ROOT / "expectations" / "sources.yml").read_text().replace(
    "id: no-contradictions\n    severity: warning", "id: no-contradictions\n    severity: error")


def _compared(document) -> set[tuple[str, tuple[str, ...]]]:
    """Findings of the sources suite as (kind, article ids)."""
    return {(f["kind"], tuple(f["article_ids"])) for f in document["findings"]
            if f["suite"] == "sources"}


def _run_with_data_files(invoke, tmp_path, files: dict[str, str]):
    """`run` on the seeds with the sources suite and these data files beside it."""
    suites = tmp_path / "expectations"
    suites.mkdir()
    (suites / "sources.yml").write_text((ROOT / "expectations" / "sources.yml").read_text())
    for name, content in files.items():
        (suites / name).write_text(content)
    return invoke("run", "--corpus", ROOT / "corpus", "--expectations", suites,
                  "--db", tmp_path / "c.duckdb", "--reports", tmp_path / "reports")


def _pairs(document, kind=None):
    """Findings of the sources suite as (kind, metric, first article, second article)."""
    found = set()
    for finding in document["findings"]:
        if finding["suite"] != "sources" or (kind and finding["kind"] != kind):
            continue
        metric = finding["message"].split("] ", 1)[1].split(":", 1)[0]
        first, second = (a[:3] for a in finding["article_ids"])
        found.add((finding["kind"], metric, first, second))
    return found


@pytest.fixture
def seeds_outcome(invoke, tmp_path):
    return run_suite(invoke, tmp_path, ROOT / "corpus", "sources.yml", SCOPES)


def test_seed_disagreements_get_the_analysts_verdicts(seeds_outcome):
    """shared/reference/seed-analysis.md: one hedged tension (arrests 001 vs 002), one scope
    inconsistency (12 police dead nationwide vs 13 in Almaty), beheaded 1 vs 2 between hedged
    reports, update series for arrests, police deaths and injured police; nothing else."""
    result, document = seeds_outcome
    assert result.exit_code == 0, result.output  # no contradiction: warnings and infos only
    tensions = _pairs(document) - _pairs(document, "update")
    assert tensions == {("hedged_tension", "arrests", "001", "002"),
                        ("hedged_tension", "beheaded", "001", "002"),
                        ("scope_inconsistency", "deaths", "001", "002")}
    updates = _pairs(document, "update")
    assert {("update", "arrests", "000", "002"), ("update", "arrests", "001", "003"),
            ("update", "deaths", "001", "003"), ("update", "deaths", "002", "003"),
            ("update", "injured", "001", "004"), ("update", "injured", "002", "004")} <= updates
    # consistent in the analyst's table, so never listed: protester deaths ("tientallen"
    # everywhere), hospitalized (honderden vs 400), injured (meer dan duizend vs duizend)
    assert not {p for p in _pairs(document) if p[1] == "hospitalized"}
    assert ("update", "injured", "001", "002") not in updates
    message = next(f["message"] for f in document["findings"]
                   if f["kind"] == "scope_inconsistency")
    assert "Almaty within Kazachstan" in message and "2022-01-06" in message


def test_comparisons_are_one_table_with_verdicts_reasons_and_counts(seeds_outcome, tmp_path):
    """The compare stage classifies every pair once; the suite's three expectations pick
    verdicts from it, the report counts them, and the side-by-side view takes its reason."""
    import duckdb

    _, document = seeds_outcome
    with duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True) as con:
        rows = con.execute("SELECT verdict, reason, metric, article_a, article_b "
                           "FROM claim_comparisons").fetchall()
    verdicts = {}
    for verdict, *_ in rows:
        verdicts[verdict] = verdicts.get(verdict, 0) + 1
    counts = document["compare"]["comparisons"]
    assert counts["compared"] == len(rows) and counts["verdicts"] == verdicts
    assert set(counts["left_out"]) == {"story_too_large", "background", "unnamed_part",
                                       "increment", "forecast", "superseded", "average"}
    assert ("scope_inconsistency", "part_above_whole", "deaths") in {r[:3] for r in rows}
    assert verdicts.get("consistent", 0) > 0  # pairs that agree are counted, not reported
    reported = [f for f in document["findings"] if f["suite"] == "sources"]
    assert len(reported) == sum(n for v, n in verdicts.items() if v in (
        "update", "regression", "scope_inconsistency", "hedged_tension", "contradiction",
        "unordered"))
    side = next(c for c in document["comparisons"] if c["kind"] == "scope_inconsistency")
    assert side["why"].startswith("a part is larger than its whole")
    assert side["why"].endswith("(Almaty within Kazachstan)")


@pytest.mark.parametrize(("settings", "said", "line"), [
    ("max_days_apart: soon\n", "max_days_apart: 'soon' is not a whole number", 1),
    ("# ours\nmax_days_apart: 200000000\n",
     "max_days_apart: 200000000 is not a whole number from 0", 2),
    ("max_story_articles: 9\nmax_day_apart: 2\n1: 3\n", "unknown setting 'max_day_apart'", 2),
    ("metrics: [deaths]\nowned_metrics: votes\n",
     "owned_metrics: 'votes' is not a list of names", 2),
])
def test_comparison_settings_that_are_wrong_stop_the_run_before_any_work(
        invoke, tmp_path, settings, said, line):
    result = _run_with_data_files(invoke, tmp_path, {"comparisons.yml": settings})
    assert result.exit_code == 2, result.output
    assert said in result.output and f"comparisons.yml:{line}" in result.output
    assert not (tmp_path / "c.duckdb").exists()


@pytest.mark.parametrize("tolerance", [".inf", "-1", "150", "lots"])
def test_a_tolerance_is_a_percentage(invoke, tmp_path, tolerance):
    result = _run_with_data_files(invoke, tmp_path, {
        "ranges.yml": f"tolerances:\n  deaths: 5\n  default: {tolerance}\n"})
    assert result.exit_code == 2, result.output
    assert "tolerances: give metric: percent (from 0 to 100)" in result.output
    assert "ranges.yml:3" in result.output


@pytest.mark.parametrize("relations", ["- [deaths]", "- [hospitalized, 12]",
                                       "  hospitalized: injured"])
def test_relations_are_pairs_of_metric_names(invoke, tmp_path, relations):
    result = _run_with_data_files(invoke, tmp_path, {
        "ranges.yml": f"tolerances:\n  default: 2\nrelations:\n{relations}\n"})
    assert result.exit_code == 2, result.output
    assert "relations[0]: " in result.output and "ranges.yml:3" in result.output


def test_comparison_settings_narrow_what_is_compared(invoke, tmp_path):
    """max_days_apart: 0 compares only articles whose windows touch: the seeds' update from
    5 to 6 January is no longer a pair; those of windows that meet, and the same day, are."""
    result, document = run_suite(invoke, tmp_path, ROOT / "corpus", "sources.yml",
                                 {**SCOPES, "comparisons.yml": "max_days_apart: 0\n"})
    updates = _pairs(document, "update")
    assert ("update", "arrests", "000", "002") not in updates
    assert ("update", "deaths", "001", "003") in updates
    assert _pairs(document, "scope_inconsistency")


def test_without_publication_days_the_pairs_cannot_be_ordered(invoke, tmp_path, seed_corpus):
    (seed_corpus / "publication-estimates.yml").unlink()
    result, document = run_suite(invoke, tmp_path, seed_corpus, "sources.yml", SCOPES)
    kinds = {f["kind"] for f in document["findings"]}
    assert kinds == {"unordered"}, kinds
    assert all("cannot be ordered" in f["message"] for f in document["findings"])


CONTRADICTING = (" date 2022-01 De politie meldt dat in Kazachstan twintig agenten zijn "
                 "omgekomen bij de onlusten van de afgelopen dagen in Almaty en Nur-Sultan.")


def test_a_contradiction_is_a_warning_an_error_when_made_one_until_it_is_waived(
        invoke, tmp_path, seed_corpus):
    """Below 0.9 measured precision on news nobody tuned to (README), a contradiction is a
    warning; a maintainer who gates on it makes it an error, and waives what was checked."""
    assert "severity: error" in CONTRADICTIONS_AS_ERRORS
    (seed_corpus / "005_contradiction.txt").write_text(CONTRADICTING)
    with (seed_corpus / "publication-estimates.yml").open("a") as estimates:
        estimates.write("005_contradiction:\n  from: 2022-01-06\n  why: test\n")
    (tmp_path / "default").mkdir()
    result, document = run_suite(invoke, tmp_path / "default", seed_corpus, "sources.yml",
                                 SCOPES)
    assert result.exit_code == 0, result.output
    assert [f["severity"] for f in document["findings"] if f["kind"] == "contradiction"] == [
        "warning"]
    gating = {**SCOPES, "sources.yml": CONTRADICTIONS_AS_ERRORS}
    result, document = run_suite(invoke, tmp_path, seed_corpus, "sources.yml", gating)
    assert result.exit_code == 1
    contradiction = [f for f in document["findings"] if f["kind"] == "contradiction"]
    assert [f["article_ids"] for f in contradiction] == [
        ["001_fd20afe90b49c0f6", "005_contradiction"]]
    assert '"twaalf"' in contradiction[0]["message"] and '"twintig"' in contradiction[0]["message"]
    summary = (tmp_path / "reports" / "summary.md").read_text()
    assert summary.startswith("## ❌ Corpus validation: FAIL")
    # the message as Markdown text (escaped: it quotes the corpus), cut at a word
    shown = text(shortened(contradiction[0]["message"], MESSAGE_CHARACTERS))
    assert f"- **error** `contradiction`: {shown}" in summary
    assert "twaalf" in shown and "\\_" in shown  # 001_fd20... with its '_' escaped
    waivers = tmp_path / "expectations" / "waivers.yml"
    waivers.write_text(f"waivers:\n  - fingerprint: {contradiction[0]['fingerprint']}\n"
                       "    reason: the ministry corrected 001's figure on 7 January\n")
    (tmp_path / "again").mkdir()
    result, document = run_suite(invoke, tmp_path / "again", seed_corpus, "sources.yml",
                                 {**gating, "waivers.yml": waivers.read_text()})
    assert result.exit_code == 0, result.output
    assert [f["status"] for f in document["findings"] if f["kind"] == "contradiction"] == [
        "waived"]


CLAIMS_CSV = """day,source,what,count,frame
1,A,deaths,10,Cumulative
2,A,deaths,8,Cumulative
2,A,deaths,12,Cumulative
3,A,deaths,11,Cumulative
1,B,deaths,30,Cumulative
2,B,deaths,40,Day
x,B,deaths,40,Day
3,B,deaths,lots,Cumulative
4,B,deaths,50,Cumulative,extra
5,B,deaths
"""

MAPPING = """columns: {metric: what, value: count, reported: day, source: source,
          time_frame: frame}
reported_as: days since 2022-02-24
cumulative: [Cumulative]
"""


def test_a_claims_file_is_read_through_its_mapping_and_bad_rows_are_kept(tmp_path):
    (tmp_path / "claims.csv").write_text(CLAIMS_CSV)
    (tmp_path / "mapping.yml").write_text(MAPPING)
    loaded = read_claims_file(tmp_path / "claims.csv",
                              ClaimsMapping.read(tmp_path / "mapping.yml"))
    assert loaded.read == 10 and len(loaded.claims) == 6
    reasons = {r.origin: r.reason for r in loaded.rejections}
    assert reasons["claims.csv#9"].startswith("row has 6 fields where the header has 5")
    assert reasons["claims.csv#10"].startswith("row has 3 fields where the header has 5")
    assert "extra" in next(r.raw for r in loaded.rejections if r.origin == "claims.csv#9")
    assert "is not a whole number of days" in reasons["claims.csv#7"]
    assert "'lots' (count) is not a number" in reasons["claims.csv#8"]
    first = loaded.claims[0]
    assert (first["reported_start"].isoformat(), first["time_frame"]) == ("2022-02-25",
                                                                           "cumulative")


def test_claims_file_series_and_per_day_spread(invoke, tmp_path):
    (tmp_path / "claims.csv").write_text(CLAIMS_CSV)
    (tmp_path / "mapping.yml").write_text(MAPPING)
    suites = tmp_path / "expectations"
    suites.mkdir()
    (suites / "s.yml").write_text((ROOT / "expectations" / "sources.yml").read_text())
    (suites / "scopes.yml").write_text((ROOT / "expectations" / "scopes.yml").read_text())
    result = invoke("run", "--corpus", ROOT / "corpus", "--expectations", suites,
                    "--db", tmp_path / "c.duckdb", "--reports", tmp_path / "reports",
                    "--no-data-docs", "--claims", tmp_path / "claims.csv",
                    "--claims-mapping", tmp_path / "mapping.yml")
    document = json.loads((tmp_path / "reports" / "results.json").read_text())
    regressions = [f["message"] for f in document["findings"] if f["kind"] == "regression"]
    # day 2 is read in increasing order (8, 12): only 10 -> 8 and 12 -> 11 go down
    assert regressions == [
        "A deaths: 10.0 on 2022-02-25, then 8.0 on 2022-02-26 (a running total went down)",
        "A deaths: 12.0 on 2022-02-26, then 11.0 on 2022-02-27 (a running total went down)"]
    spreads = [f["message"] for f in document["findings"] if f["kind"] == "source_spread"]
    assert spreads == ["deaths (cumulative) on 2022-02-25: 2 sources (A, B) report 10.0 to "
                       "30.0, spread 3.0"]
    assert "records: 15 read, 11 loaded, 4 rejected" in result.stdout


def test_a_mapping_without_required_columns_says_what_to_map(tmp_path):
    (tmp_path / "mapping.yml").write_text("columns: {metric: what, valeu: count}\n")
    with pytest.raises(CorpusError) as error:
        ClaimsMapping.read(tmp_path / "mapping.yml")
    text = str(error.value)
    assert "unknown claim field(s) valeu" in text and "value, reported must be mapped" in text


def test_estimates_must_name_days_and_reasons(tmp_path):
    (tmp_path / "publication-estimates.yml").write_text(
        "a: {from: 2022-01-05, why: cues}\nb: {from: soon, why: x}\nc: {to: 2022-01-01}\n")
    with pytest.raises(CorpusError) as error:
        read_estimates(tmp_path)
    assert [p.where.rsplit(": ", 1)[1] for p in error.value.problems] == ["b", "c"]


TEXT = ("De gemeenteraad van Utrecht besloot dinsdagavond na een lang debat dat de nieuwe "
        "fietsenstalling bij het station er toch komt, ondanks bezwaren van omwonenden die "
        "vrezen voor overlast en lawaai in de straten rond het plein. Wethouder De Vries noemde "
        "het besluit een belangrijke stap voor de bereikbaarheid van de binnenstad en zei dat "
        "de bouw in het voorjaar begint en ongeveer een jaar duurt.")

HYGIENE = [
    {"id": "original", "published": "2019-03-01", "title": "Stalling komt er", "text": TEXT},
    {"id": "syndicated", "published": "2019-03-01", "title": "Raad kiest voor stalling",
     "text": TEXT.replace("ongeveer een jaar", "ruim een jaar")},
    {"id": "declared-english", "published": "2019-03-01", "language": "en",
     "text": TEXT.replace("Utrecht", "Zwolle").replace("fietsenstalling", "parkeergarage")
     .replace("stap", "beslissing").replace("voorjaar", "najaar").replace("plein", "park")
     .replace("omwonenden", "bewoners").replace("lawaai", "drukte")},
    {"id": "almaty", "published": "2022-01-05",
     "text": "De branden in Almaty, met 5 miljoen inwoners de grootste stad van Kazachstan, "
             "woeden nog steeds volgens de brandweer."},
    # a population of several places named together is no city's population
    {"id": "region", "published": "2022-01-05", "language": "en",
     "text": "Greater Manchester, which takes in Salford, Bolton and Wigan, has 2.8 million "
             "inhabitants, the council said."},
    {"id": "almaty-ok", "published": "2022-01-05",
     "text": "In Almaty, met 1,8 miljoen inwoners de grootste stad van Kazachstan, is het "
             "rustig volgens de politie van de stad."},
]


def test_near_duplicates_declared_language_and_reference_populations(invoke, tmp_path):
    sources = (ROOT / "expectations" / "sources.yml").read_text()
    result, document = run_suite(invoke, tmp_path, HYGIENE, "hygiene.yml",
                                 {"sources.yml": sources, **SCOPES})
    found = {(f["kind"], tuple(f["article_ids"])) for f in document["findings"]
             if f["kind"] in ("near_duplicate", "language_mismatch", "reference_mismatch")}
    assert found == {("near_duplicate", ("original", "syndicated")),
                     ("language_mismatch", ("declared-english",)),
                     ("reference_mismatch", ("almaty",))}


FLOOD = ("Het waterschap heeft dinsdagochtend de dijk langs de IJssel bij Zutphen over een "
         "lengte van driehonderd meter versterkt met zandzakken. Volgens een woordvoerder van "
         "het waterschap stond het water rond zes uur 's ochtends op het hoogste punt sinds "
         "1995. Bewoners van de wijk De Hoven kregen een brief waarin staat dat zij hun auto's "
         "beter hoger kunnen parkeren. De gemeente heeft in de sporthal aan de Kanaalstraat "
         "opvang ingericht voor wie niet thuis wil blijven. Tot nu toe hebben zich daar twaalf "
         "gezinnen gemeld. De brandweer pompt water weg uit kelders in de binnenstad en houdt "
         "de kades in de gaten. Rijkswaterstaat verwacht dat het water woensdag langzaam gaat "
         "zakken, als het in Duitsland droog blijft. De veerpont naar Bronsbergen vaart "
         "voorlopig niet. QUOTE Het waterschap vraagt mensen niet op de dijk te gaan staan "
         "kijken, omdat hulpdiensten daar ruimte nodig hebben.")


STORM = ("Het KNMI heeft voor dinsdag code oranje afgegeven voor Zeeland, Zuid-Holland en "
         "Noord-Brabant. Tussen 14.00 en 20.00 uur kunnen windstoten van 90 tot 110 kilometer "
         "per uur voorkomen. Op de Zeeuwse eilanden kan lokaal 120 kilometer per uur worden "
         "gemeten. Rijkswaterstaat raadt af om de weg op te gaan met een aanhanger of caravan. "
         "In de rest van het land geldt code geel, met windstoten van 75 tot 90 kilometer per "
         "uur. De NS verwacht dat er minder treinen rijden tussen Rotterdam en Vlissingen. Het "
         "KNMI adviseert om losse voorwerpen in de tuin vast te zetten en op te letten voor "
         "vallende takken. Na 20.00 uur neemt de wind langzaam af.")


def test_a_wire_copy_with_a_quote_reworded_is_a_near_duplicate(invoke, tmp_path):
    """Seven tenths of the word 3-shingles shared (a quote of 170 words reworded, a sentence
    added; estimated 0.75) is a copy; an article of the same flood that shares half its
    sentences (0.36) is not, nor the same text filled in with other names (0.77), nor a
    bulletin issued again with other times and speeds (0.73)."""
    wire = FLOOD.replace("QUOTE", '"We hebben alles onder controle, maar we blijven de hele '
                         'nacht alert en er lopen steeds twee ploegen over de dijk", zegt '
                         'dijkgraaf Hermien Schutte.')
    corpus = [
        {"id": "wire", "published": "2024-01-09", "title": "Dijk bij Zutphen versterkt",
         "text": wire},
        {"id": "copy", "published": "2024-01-09", "title": "Zandzakken langs de IJssel",
         "text": FLOOD.replace("QUOTE", '"Niemand hoeft zich zorgen te maken, de dijk houdt '
                               'het, al zetten we vannacht extra mensen in om alles te '
                               'controleren", aldus dijkgraaf Hermien Schutte. Ook de kades '
                               'worden bewaakt.')},
        {"id": "own", "published": "2024-01-09", "title": "Opvang in de sporthal",
         "text": FLOOD.split(" Tot nu toe")[0] + " In de sporthal staan tachtig veldbedden "
                 "klaar en het Rode Kruis zorgt voor warme maaltijden. Een bewoner vertelt dat "
                 "hij in 1995 ook moest vertrekken en dat hij zijn spullen al op zolder heeft "
                 "gezet. Volgens de wethouder is het te vroeg om van een evacuatie te spreken, "
                 "maar de bussen staan klaar als het nodig is. Woensdag beslist het college of "
                 "de scholen in De Hoven dicht moeten."},
        {"id": "template", "published": "2024-01-09", "title": "Dijk bij Deventer versterkt",
         "text": wire.replace("Zutphen", "Deventer").replace("De Hoven", "Colmschate")
         .replace("Kanaalstraat", "Zwolseweg").replace("Bronsbergen", "Olst")
         .replace("Hermien Schutte", "Gerrit Wolters").replace("driehonderd", "vierhonderd")},
        {"id": "storm-1", "published": "2024-01-09", "title": "Code oranje", "text": STORM},
        {"id": "storm-2", "published": "2024-01-09", "title": "Code oranje", "text": STORM
         .replace("90 tot 110", "80 tot 100").replace("lokaal 120", "lokaal 115")
         .replace("Na 20.00", "Na 18.00").replace("14.00 en 20.00", "12.00 en 18.00")},
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "hygiene.yml")
    assert {tuple(f["article_ids"]) for f in document["findings"]
            if f["kind"] == "near_duplicate"} == {("copy", "wire")}


EVENT = [
    {"id": "first", "published": "2014-08-20", "event": "ferguson", "source": "nyt",
     "text": "Officials said 47 people were arrested overnight in Ferguson, Missouri, after "
             "bottles were thrown."},
    {"id": "second", "published": "2014-08-21", "event": "ferguson", "source": "fox",
     "text": "Captain Johnson said there were six arrests Wednesday in Ferguson, Missouri, "
             "a quieter night."},
    {"id": "third", "published": "2014-08-21", "event": "ferguson", "source": "hpo",
     "text": "He cited a 1997 case in which a gunman had killed two students in Ferguson, "
             "Missouri. Officials said 12 people were killed in the unrest."},
    {"id": "fourth", "published": "2014-08-21", "event": "ferguson", "source": "nyt",
     "text": "Officials in Ferguson, Missouri said 14 people were killed in the unrest."},
]


def test_a_count_for_one_day_and_a_background_figure_are_not_running_totals(invoke, tmp_path):
    result, document = run_suite(invoke, tmp_path, EVENT, "sources.yml", SCOPES)
    found = {(f["kind"], tuple(f["article_ids"])) for f in document["findings"]}
    # 47 overnight, then six on Wednesday: two nights, not a running total that went down
    assert ("update", ("first", "second")) in found
    assert not [f for f in found if f[0] == "regression"]
    # "a 1997 case ... killed two students" is background; 12 vs 14 the same day is not
    assert found & {("contradiction", ("fourth", "third")),
                    ("contradiction", ("third", "fourth"))}
    assert not [f for f in document["findings"] if '"two"' in f["message"]]


EARLIER_READINGS = [
    {"id": "night-one", "published": "2021-06-07", "event": "riots", "source": "a",
     "text": "Police said 38 people were detained overnight in Springfield."},
    {"id": "night-two", "published": "2021-06-08", "event": "riots", "source": "b",
     "text": "Police said 11 people were detained on Monday, down from 38 the night before."},
    {"id": "toll-one", "published": "2021-06-07", "event": "riots", "source": "c",
     "text": "Hospital staff said 14 people were injured in Springfield."},
    {"id": "toll-two", "published": "2021-06-08", "event": "riots", "source": "d",
     "text": "The number of injured rose from 9 to 14, hospital staff said."},
]


def test_an_old_figure_in_an_article_does_not_agree_for_it(invoke, tmp_path):
    """"In the 2019 attack, 12 died" is background: it does not stand in for a current 12,
    so "four dead" against "12 dead" the same day stays a contradiction."""
    corpus = [
        {"id": "now-12", "published": "2023-06-02", "event": "blast", "source": "a",
         "text": "The explosion at the depot killed 12 people, police said."},
        {"id": "now-4", "published": "2023-06-02", "event": "blast", "source": "b",
         "text": "The explosion at the depot killed four people, police said. In a similar "
                 "blast in March 2019, 12 people were killed."},
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    assert _compared(document) == {("contradiction", ("now-12", "now-4"))}


def test_a_period_since_long_ago_does_not_make_a_figure_background(invoke, tmp_path):
    """"the worst since 1987" compares the figure with the past; the figure is of now, so a
    later lower toll is a regression."""
    corpus = [
        {"id": "sat", "published": "2023-06-03", "event": "collapse", "source": "a",
         "text": "In all, eleven workers died in the collapse, the worst in the region since "
                 "1987."},
        {"id": "mon", "published": "2023-06-05", "event": "collapse", "source": "b",
         "text": "In all, eight workers died in the collapse, officials said."},
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    assert _compared(document) == {("regression", ("mon", "sat"))}


@pytest.mark.parametrize("tally", [
    "So far this year, 1,400 migrants have died on the route, the IOM said.",
    "Since the beginning of this year 1,400 migrants have drowned on the route, the IOM said.",
    "Since 2019, 1,400 migrants have died on that crossing, according to the IOM.",
    "Last year 1,400 migrants died on the route, the IOM said.",
])
def test_a_tally_of_a_period_begun_long_before_is_no_count_of_the_event(invoke, tmp_path,
                                                                         tally):
    """A year's or a month's tally, or one since a day a month or more back, counts many
    events: it is no reading of this wreck's toll (nine, then twelve: an update)."""
    corpus = [
        {"id": "tue", "published": "2023-06-13", "event": "wreck", "source": "a",
         "text": "Nine migrants died when their boat capsized off Lampedusa, the coastguard "
                 "said."},
        {"id": "wed", "published": "2023-06-14", "event": "wreck", "source": "b",
         "text": "Twelve migrants died when their boat capsized off Lampedusa, the coastguard "
                 "said."},
        {"id": "thu", "published": "2023-06-15", "event": "wreck", "source": "c",
         "text": "The boat that capsized off Lampedusa had left Sfax. " + tally},
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    assert _compared(document) == {("update", ("tue", "wed"))}


@pytest.mark.parametrize("last_year", [
    "Vorig jaar stond de teller op dat moment op 188.",
    "Last year the tally stood at 188 by then.",
    "In 2030 stond de teller op dat moment op 188.",
])
def test_last_years_figure_and_a_nationwide_one_are_no_earlier_reading_of_the_site(
        invoke, tmp_path, last_year):
    """A year that ended before publication dates a figure of that year, however few days
    ago it ended (last year's 188 is no earlier reading of this New Year's arrests), and a
    figure for the whole country ("landelijk 215") is no earlier reading of the arrests in
    the story's own town the next day (two): neither is a regression."""
    corpus = [
        _in_story("newyear", "night", "2031-01-01", "nl", "In Almere is in de nieuwjaarsnacht "
                  "een 17-jarige jongen zwaargewond geraakt door vuurwerk. Landelijk heeft de "
                  "politie tot 08.00 uur 215 mensen aangehouden. " + last_year),
        _in_story("newyear", "final", "2031-01-02", "nl", "De politie heeft in het hele land "
                  "240 mensen aangehouden. In Almere zijn zondagavond twee mannen van 19 en 21 "
                  "jaar aangehouden in verband met een brand."),
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    assert _compared(document) == {("update", ("final", "night"))}


def test_a_part_of_the_year_just_ended_still_dates_the_story_itself(invoke, tmp_path):
    """"eind 2030" names the end of a year, not a whole year: a story of 31 December told on
    2 January with fewer dead is still a regression of it."""
    corpus = [
        _in_story("gale", "first", "2030-12-31", "nl", "Door de storm zijn twaalf mensen om "
                  "het leven gekomen, meldt de veiligheidsregio."),
        _in_story("gale", "after", "2031-01-02", "en", "The storm of late 2030 killed nine "
                  "people, the safety region said."),
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    assert _compared(document) == {("regression", ("after", "first"))}


def test_a_tally_since_a_dutch_year_start_is_no_count_of_the_event(invoke, tmp_path):
    corpus = [
        {"id": "di", "published": "2023-06-13", "event": "wrak", "source": "a",
         "text": "Negen migranten kwamen om toen hun boot voor Lampedusa kapseisde, meldt de "
                 "kustwacht."},
        {"id": "wo", "published": "2023-06-14", "event": "wrak", "source": "b",
         "text": "Sinds het begin van dit jaar zijn op die route volgens de IOM al 1.400 "
                 "migranten omgekomen. Vorig jaar waren het er 2.100."},
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    assert _compared(document) == set()


@pytest.mark.parametrize("back", [
    "The worst such disaster struck Bastia in 1992. In that disaster, 18 people died.",
    "Het ergste ongeluk gebeurde in 1992 in Bastia. Daarbij vielen 18 doden.",
])
def test_a_clause_pointing_back_to_an_old_event_is_background(invoke, tmp_path, back):
    corpus = [
        {"id": "sat", "published": "2023-06-03", "event": "stand", "source": "a",
         "text": "Two people died when a temporary stand collapsed in Emmeloord, police said."},
        {"id": "sun", "published": "2023-06-04", "event": "stand", "source": "b",
         "text": "Two people died when a temporary stand collapsed in Emmeloord, police said. "
                 + back},
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    assert _compared(document) == set()


def test_a_part_of_a_narrower_group_is_no_count_of_its_own_metric(invoke, tmp_path):
    """Six of the nine in hospital are badly injured: six counts some of the injured, not all
    of them, so it is no later reading of 28 injured (by the relations of ranges.yml)."""
    corpus = [
        {"id": "mon", "published": "2023-06-05", "event": "coach", "source": "a",
         "text": "Police said 28 passengers were injured and 11 were in hospital after the "
                 "coach crash near Kufstein."},
        {"id": "tue", "published": "2023-06-06", "event": "coach", "source": "b",
         "text": "Nine passengers remain in hospital, six of them with serious injuries, "
                 "police said after the coach crash near Kufstein."},
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml",
                            {**SCOPES, "ranges.yml": None})
    assert _compared(document) == set()


def test_a_part_above_its_whole_with_a_hedged_side_is_a_hedged_tension(invoke, tmp_path):
    corpus = [
        {"id": "whole", "published": "2023-06-03", "event": "storm", "source": "a",
         "text": "Across the country, 10 people reportedly died in the storm."},
        {"id": "part", "published": "2023-06-03", "event": "storm", "source": "b",
         "text": "In Utrecht alone, 25 people died in the storm, police said."},
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    assert _compared(document) == {("hedged_tension", ("part", "whole"))}


def test_an_earlier_reading_an_article_gives_is_no_report_of_now(invoke, tmp_path):
    """"down from 38 the night before" agrees with the article that gave 38 (no update, no
    regression); "rose from 9 to 14" reports 14, not 9, so nothing disagrees."""
    _, document = run_suite(invoke, tmp_path, EARLIER_READINGS, "sources.yml", SCOPES)
    assert _compared(document) == set()


SEVERAL_PLACES = [
    {"id": "region-1", "published": "2021-05-03", "event": "floods", "source": "a",
     "text": "Floods killed 40 people in Bosnia, Serbia and Croatia, officials said."},
    {"id": "one-country", "published": "2021-05-04", "event": "floods", "source": "b",
     "text": "The death toll in the flooded valley reached 31, officials said."},
    {"id": "region-2", "published": "2021-05-05", "event": "floods", "source": "c",
     "text": "The floods have now killed 52 people in Bosnia, Serbia and Croatia."},
]


def test_a_figure_for_several_places_is_compared_only_with_one_for_the_same_places(
        invoke, tmp_path):
    """40 in three countries, then 31 for no place named: perhaps one country's, no
    regression; 52 for the same three countries later: an update."""
    _, document = run_suite(invoke, tmp_path, SEVERAL_PLACES, "sources.yml", SCOPES)
    assert _compared(document) == {("update", ("region-1", "region-2"))}


def test_appending_articles_keeps_the_estimates_of_those_stored(invoke, tmp_path, seed_corpus):
    result, _ = run_suite(invoke, tmp_path, seed_corpus, "sources.yml",
                          {**SCOPES, "sources.yml": CONTRADICTIONS_AS_ERRORS})
    added = tmp_path / "added"
    added.mkdir()
    (added / "005_contradiction.txt").write_text(CONTRADICTING)
    (added / "publication-estimates.yml").write_text(
        "005_contradiction:\n  from: 2022-01-06\n  why: test\n")
    result = invoke("run", "--corpus", added, "--append", "--expectations",
                    tmp_path / "expectations", "--db", tmp_path / "c.duckdb",
                    "--reports", tmp_path / "again", "--no-data-docs")
    document = json.loads((tmp_path / "again" / "results.json").read_text())
    assert document["compare"]["estimates"] == 6
    assert [f["article_ids"] for f in document["findings"] if f["kind"] == "contradiction"] == [
        ["001_fd20afe90b49c0f6", "005_contradiction"]]
    assert result.exit_code == 1


def test_a_claims_file_of_bad_bytes_and_broken_quotes_rejects_rows_not_the_run(tmp_path):
    broken = (CLAIMS_CSV.replace("3,A,deaths,11", '3,A,"deaths,11')
              .replace("1,B,deaths,30", "1,B,d\xe9aths,30").encode("latin-1"))
    (tmp_path / "claims.csv").write_bytes(broken + b"6,B,deaths,60,Cumulative\n")
    (tmp_path / "mapping.yml").write_text(MAPPING)
    loaded = read_claims_file(tmp_path / "claims.csv",
                              ClaimsMapping.read(tmp_path / "mapping.yml"))
    reasons = {r.origin: r.reason for r in loaded.rejections}
    assert "unterminated quote" in reasons["claims.csv#4"]
    assert "not valid UTF-8" in reasons["claims.csv#5"]
    assert loaded.read == 11 and loaded.claims[-1]["value_low"] == 60


@pytest.mark.parametrize(("mapping", "expected"), [
    ("- columns\n", "expected a mapping"),
    ("columns: {metric: what, value: count, reported: day}\ncumulative: [2026-02-30]\n",
     "mapping.yml:2: '2026-02-30' is not a date"),
    ("columns: !!python/object/apply:os.system ['echo pwned']\n", "mapping.yml:1: not plain"),
    ("columns: {metric: what, value: count, reported: day}\nreported_as: days since 2022-02-30\n",
     "reported_as: 'days since 2022-02-30'"),
    (b"\xff\xfe\x00c\x00o", "cannot read claims mapping"),
])
def test_a_claims_mapping_that_is_no_mapping_is_an_error_with_the_fix(tmp_path, mapping,
                                                                      expected):
    path = tmp_path / "mapping.yml"
    path.write_bytes(mapping if isinstance(mapping, bytes) else mapping.encode())
    with pytest.raises(CorpusError) as error:
        ClaimsMapping.read(path)
    assert expected in str(error.value) and error.value.problems[0].fix


ELECTION = [
    {"id": "wire", "published": "2027-05-13", "event": "vote", "source": "a",
     "text": "The Green Alliance won 14,200 votes in the council election, officials said. "
             "Turnout was 38.5%, the city said."},
    {"id": "paper", "published": "2027-05-13", "event": "vote", "source": "b",
     "language": "nl",
     "text": "De Groene Alliantie haalde 9.870 stemmen. Volt, dat campagne voerde met wonen "
             "en vervoer, haalde 14.200 stemmen. De opkomst kwam uit op 38,5 procent."},
    {"id": "blog", "published": "2027-05-13", "event": "vote", "source": "c",
     "text": "The Green Alliance won 11,050 votes, the party said. In Harbourside turnout "
             "was 61 percent. The party won 6,000 votes there."},
]


def test_votes_are_compared_per_owner_and_turnout_per_place(invoke, tmp_path):
    """The Green Alliance's 14,200 and 11,050 the same day disagree; Volt's 14,200 and the
    Dutch spelling's 9,870 belong to other owners, "the party" owns nothing; 38.5 % city-wide
    and 61 % in one district are rates of two places, not a part above its whole."""
    _, document = run_suite(invoke, tmp_path, ELECTION, "sources.yml", SCOPES)
    assert _compared(document) == {("contradiction", ("blog", "wire"))}
    with duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True) as con:
        turnout = con.execute("SELECT article_a, article_b, verdict FROM claim_comparisons "
                              "WHERE metric = 'turnout'").fetchall()
    assert sorted(turnout) == [("blog", "paper", "not_comparable"),
                               ("blog", "wire", "not_comparable"),
                               ("paper", "wire", "consistent")]


def test_two_turnouts_of_one_day_are_never_a_contradiction(invoke, tmp_path):
    """Turnout is read through the day (at noon, at the close) and these claims carry no part
    of the day: 21 % and 63 % of one day are unordered, a warning, not an error."""
    corpus = [
        {"id": "noon", "published": "2027-05-13", "event": "vote", "source": "a",
         "language": "nl", "text": "Om 13.00 uur was de opkomst in Zwolle 21 procent."},
        {"id": "close", "published": "2027-05-13", "event": "vote", "source": "b",
         "language": "nl", "text": "De opkomst in Zwolle kwam uit op 63 procent."},
    ]
    result, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    assert _compared(document) == {("unordered", ("close", "noon"))}
    assert result.exit_code == 0, result.output


def _in_story(event: str, article_id: str, published: str, language: str, text: str) -> dict:
    """An article of one story (the event column), its own source."""
    return {"id": article_id, "published": published, "event": event, "source": article_id,
            "language": language, "text": text}


_storm = functools.partial(_in_story, "storm")
_mine = functools.partial(_in_story, "mine")


def test_reports_of_one_day_are_ordered_by_the_part_of_it_they_were_made_in(invoke, tmp_path):
    """12 dead reported on Monday morning (said in the sentence after the figure), 19 on
    Monday evening: the toll rose, an update, not a contradiction. At least 9 injured, then 23
    a day later: above the earlier lower bound, an update too; 9 and 23 on one day with no
    part named stay a contradiction."""
    corpus = [
        _storm("morning", "2026-02-02", "nl", "Door de storm zijn twaalf mensen omgekomen. Dat "
               "meldde de brandweer maandagochtend."),
        _storm("evening", "2026-02-02", "en", "The storm killed 19 people, the fire service said "
               "on Monday evening."),
        _storm("bound", "2026-02-02", "en", "At least 9 people were injured in the storm, police "
               "said."),
        _storm("later", "2026-02-03", "en", "The storm injured 23 people, police said."),
        _storm("same-day", "2026-02-03", "en", "The storm injured 9 people, police said."),
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    assert _compared(document) == {("update", ("evening", "morning")),
                                   ("update", ("bound", "later")),
                                   ("contradiction", ("later", "same-day"))}


def test_readings_held_by_parts_of_a_named_day_are_ordered_and_other_days_not_compared(
        invoke, tmp_path):
    """Articles of a Tuesday: 14 injured by Monday noon and 23 by Monday evening are two
    readings of one day in order, an update, and Tuesday's 30 in all comes after both; 40
    arrested on Saturday and 25 on Sunday are counts of two days, not compared; 9 and 17 dead
    with no day named stay a contradiction."""
    riot = functools.partial(_in_story, "riot")
    corpus = [
        riot("noon", "2026-06-02", "en", "By noon on Monday, 14 people had been injured in the "
             "riots, the fire service said."),
        riot("evening", "2026-06-02", "nl", "Tegen maandagavond waren 23 mensen gewond "
             "geraakt bij de rellen, meldde de brandweer."),
        riot("saturday", "2026-06-02", "en", "Police arrested 40 people on Saturday, when the "
             "riots began."),
        riot("sunday", "2026-06-02", "nl", "De politie heeft zondag 25 relschoppers "
             "aangehouden."),
        # a count of the report's day after the readings held by Monday's parts
        riot("tuesday", "2026-06-02", "nl", "Bij de rellen zijn in totaal 30 mensen gewond "
             "geraakt, meldt de brandweer."),
        riot("dead-a", "2026-06-02", "en", "The riots have killed 9 people, police said."),
        riot("dead-b", "2026-06-02", "nl", "Bij de rellen zijn 17 doden gevallen, meldt de "
             "politie."),
        # parts of two days: in the order of those days
        riot("fri", "2026-06-02", "en", "By Friday evening, 60 people were missing after the "
             "riots, the fire service said."),
        riot("sat", "2026-06-02", "nl", "Tegen zaterdagochtend werden 75 mensen vermist na "
             "de rellen, meldde de brandweer."),
        # a weekday owning a noun dates that noun, not the count
        riot("verdict", "2026-06-02", "en", "Police said 12 people were hospitalized after "
             "the clashes that followed Friday's verdict."),
        riot("hospital", "2026-06-02", "nl", "Volgens de politie zijn 20 mensen in het "
             "ziekenhuis opgenomen na de rellen van zondag."),
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    assert _compared(document) == {("update", ("evening", "noon")),
                                   ("update", ("noon", "tuesday")),
                                   ("update", ("evening", "tuesday")),
                                   ("contradiction", ("dead-a", "dead-b")),
                                   ("update", ("fri", "sat")),
                                   ("contradiction", ("hospital", "verdict"))}
    with duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True) as con:
        assert con.execute("SELECT reason FROM claim_comparisons WHERE metric = 'arrests'"
                           ).fetchall() == [("counts_of_other_days",)]


def test_a_live_blogs_morning_bound_and_the_evenings_toll_are_an_update(invoke, tmp_path):
    """A live blog's 07.20 entry gives at least 5 injured; the evening report gives 17 and
    quotes the morning's 5 as such ("'s ochtends") and 12 more since: the toll rose, an update.
    The quoted 5 is of the morning and the 12 were added to it: neither is another reading of
    the evening that agrees with the blog."""
    corpus = [
        _mine("blog", "2026-04-08", "nl", "06.55 uur: In de mijn is een gasexplosie geweest."
              "\n\n07.20 uur: Zeker vijf mijnwerkers raakten gewond, meldt de mijnbouwer."),
        _mine("evening", "2026-04-08", "nl", "Bij de explosie in de mijn zijn 17 mijnwerkers "
              "gewond geraakt, meldt de mijnbouwer vanavond. 's Ochtends ging het bedrijf nog "
              "uit van vijf gewonden, maar later meldden zich nog twaalf mijnwerkers met "
              "verwondingen."),
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    assert _compared(document) == {("update", ("blog", "evening"))}


def test_a_part_one_person_or_another_group_is_no_report_of_the_whole(invoke, tmp_path):
    """"Six of the injured" is a part of the nine, "a 41-year-old man" one of the arrested,
    "geen Nederlanders" a group beside the nine injured: none of them disagrees with the
    other article's whole figures, which agree."""
    corpus = [
        {"id": "wire", "published": "2026-03-02", "event": "fire", "source": "a",
         "language": "en", "text": "Nine people were injured in the warehouse fire. Six of the "
                                   "injured are firefighters. A 41-year-old man was arrested "
                                   "at the scene."},
        {"id": "paper", "published": "2026-03-02", "event": "fire", "source": "b",
         "language": "nl", "text": "Bij de brand in het pakhuis raakten negen mensen gewond. Er "
                                   "zijn geen Nederlanders gewond geraakt. De politie heeft "
                                   "drie mensen aangehouden."},
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    assert _compared(document) == set()
    with duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True) as con:
        verdicts = con.execute("SELECT metric, verdict FROM claim_comparisons "
                               "ORDER BY metric, verdict").fetchall()
    assert verdicts == [("arrests", "not_comparable"), ("injured", "consistent"),
                        ("injured", "not_comparable")]


def test_the_worst_hurt_of_a_group_are_no_count_of_the_group(invoke, tmp_path):
    """"One firefighter was seriously injured" after "Four firefighters were hurt" is the worst
    hurt of the four, no count of them all: it is compared with no other report's count of the
    firefighters hurt. Two firefighters seriously injured, said alone, are all the
    firefighters hurt, and disagree with another report's four."""
    corpus = [
        _in_story("fire", "wire", "2026-03-02", "en",
                  "Four firefighters were hurt in the warehouse fire. One firefighter was "
                  "seriously injured when the roof gave way, officials said."),
        _in_story("fire", "paper", "2026-03-02", "nl",
                  "Bij de brand in het pakhuis raakten vier brandweerlieden gewond, meldt de "
                  "veiligheidsregio."),
        _in_story("barn", "radio", "2026-05-11", "nl",
                  "Bij de brand in de loods raakten twee brandweerlieden zwaargewond, zegt de "
                  "brandweer."),
        _in_story("barn", "tv", "2026-05-11", "nl",
                  "Bij de brand in de loods raakten vier brandweerlieden gewond, zegt de "
                  "brandweer."),
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    assert {(kind, tuple(sorted(articles))) for kind, articles in _compared(document)} \
        == {("contradiction", ("radio", "tv"))}
    with duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True) as con:
        fire = con.execute("SELECT verdict, reason FROM claim_comparisons "
                           "WHERE 'wire' IN (article_a, article_b) ORDER BY ALL").fetchall()
    assert fire == [("consistent", "intervals_overlap"),
                    ("not_comparable", "other_group_or_place")]


def test_a_part_of_a_whole_the_article_does_not_give_is_compared_with_nothing(invoke, tmp_path):
    """"Onder de doden zijn twaalf kinderen" names a part of the dead, whose number that article
    does not give: no total of twelve that disagrees with another article's forty."""
    corpus = [
        _in_story("quake", "part", "2026-03-02", "nl",
                  "Onder de doden zijn twaalf kinderen, meldt de brandweer."),
        _in_story("quake", "whole", "2026-03-02", "en",
                  "The earthquake killed 40 people, officials said."),
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    assert _compared(document) == set()
    assert document["compare"]["comparisons"]["left_out"]["unnamed_part"] == 1


def test_estimates_parts_of_another_metric_and_a_falling_toll_through_a_day(invoke, tmp_path):
    """Two damage estimates of one day that disagree are a hedged tension, never an error; a
    hospital count given as a part of the injured is the hospital count, compared with
    another article's; a toll that falls from the afternoon to the evening of one day is a
    regression, not an update."""
    corpus = [
        _storm("dmg-a", "2026-04-07", "nl", "De schade door de storm wordt geschat op 40 miljoen "
               "euro."),
        _storm("dmg-b", "2026-04-07", "en", "The storm caused about $90 million of damage, "
               "insurers said."),
        _storm("hosp-a", "2026-04-07", "nl", "Dertig mensen raakten gewond, van wie vier in het "
               "ziekenhuis werden opgenomen."),
        _storm("hosp-b", "2026-04-07", "nl", "Twaalf mensen zijn in het ziekenhuis opgenomen, "
               "meldt de veiligheidsregio."),
        _storm("toll-pm", "2026-04-07", "en", "The storm has killed 40 people, officials said this"
               " afternoon."),
        _storm("toll-eve", "2026-04-07", "en", "The storm has killed 37 people, officials said "
               "this evening."),
    ]
    result, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    assert _compared(document) == {("hedged_tension", ("dmg-a", "dmg-b")),
                                   ("contradiction", ("hosp-a", "hosp-b")),
                                   ("regression", ("toll-eve", "toll-pm"))}


RUNNING_TOTALS = [
    # a toll with the weekday it was reported on is still a running total: a later smaller
    # one is a regression
    {"id": "toll-mon", "published": "2024-04-08", "event": "landslide", "source": "a",
     "text": "Daarmee zijn bij de aardverschuiving elf mensen omgekomen, meldt de "
             "gemeente maandag."},
    {"id": "toll-thu", "published": "2024-04-11", "event": "landslide", "source": "b",
     "text": "The landslide has claimed nine lives so far, officials said on Thursday."},
    # ... unless the later report says it revised the figure down
    {"id": "flu-tue", "published": "2024-04-09", "event": "outbreak", "source": "c",
     "text": "The outbreak has killed 8 people in total, the health agency said."},
    {"id": "flu-fri", "published": "2024-04-12", "event": "outbreak", "source": "d",
     "text": "The health agency on Friday lowered the outbreak's death toll to 7, saying one "
             "death had been counted twice."},
    # the words count only in the figure's own clause: one day's arrests stay one day's, and a
    # revision of another figure excuses nothing
    {"id": "riot-mon", "published": "2024-04-08", "event": "riots", "source": "e",
     "text": "Police have arrested 40 people so far, a spokesman said."},
    {"id": "riot-wed", "published": "2024-04-10", "event": "riots", "source": "f",
     "text": "Police arrested 6 people on Wednesday, bringing the number of arrests so far "
             "to 46."},
    {"id": "quake-mon", "published": "2024-04-08", "event": "quake", "source": "g",
     "text": "The earthquake has killed 14 people, officials said."},
    {"id": "quake-thu", "published": "2024-04-11", "event": "quake", "source": "h",
     "text": "Officials revised the number of injured upward to 300, while the death toll "
             "from the earthquake stands at 12."},
]


def test_a_running_total_said_on_a_weekday_and_a_revision_said_so(invoke, tmp_path):
    _, document = run_suite(invoke, tmp_path, RUNNING_TOTALS, "sources.yml", SCOPES)
    found = _compared(document)
    assert ("regression", ("toll-mon", "toll-thu")) in found
    assert ("update", ("flu-fri", "flu-tue")) in found or ("update", ("flu-tue", "flu-fri")) \
        in found
    assert not {f for f in found if f[0] == "regression" and "flu-fri" in f[1]}
    assert not {f for f in found if f[0] == "regression" and "riot-wed" in f[1]}
    assert ("regression", ("quake-mon", "quake-thu")) in found


@pytest.mark.parametrize(("later", "kind"), [
    # a smaller figure whose sentence names the one it replaces, as an earlier report's: a
    # correction said so, an update
    ("Bij de explosie raakten acht mensen gewond, niet negen zoals eerder werd gemeld.",
     "update"),
    ("Eight people were injured in the blast, not nine as first reported.", "update"),
    ("Eight people were injured and not the nine people as was previously reported.",
     "update"),
    # ... not a figure said as an earlier report's without one replaced, nor said alone
    ("Zoals eerder werd gemeld, raakten bij de explosie acht mensen gewond.", "regression"),
    ("Bij de explosie raakten acht mensen gewond.", "regression"),
])
def test_a_smaller_figure_that_names_the_earlier_report_it_replaces_is_an_update(
        invoke, tmp_path, later, kind):
    corpus = [_storm("first", "2026-02-13", "nl", "Bij de explosie raakten negen mensen "
                     "gewond, meldt de brandweer."),
              _storm("later", "2026-02-14", "en" if later.startswith("Eight") else "nl", later)]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    assert [f[0] for f in _compared(document)] == [kind]


def test_the_day_a_figure_was_reported_on_does_not_make_it_that_days_count(invoke, tmp_path):
    """Six dead on Friday, then "killing five people, investigators said Monday" (or "meldt
    de brandweer maandag"): the weekday dates the report, so five is the running total read
    again, smaller: a stale figure. "said three people died Monday" counts Monday's deaths."""
    corpus = [
        _storm("friday", "2026-02-13", "en", "The storm has killed six people, police said."),
        _storm("monday", "2026-02-16", "en", "Investigators said Monday they are looking at the "
               "warnings issued before the storm, which swept the coast last week, killing five "
               "people."),
        _storm("maandag", "2026-02-16", "nl", "Door de storm zijn vijf mensen omgekomen, meldt de "
               "brandweer maandag."),
        _storm("that-day", "2026-02-16", "en", "Police said three people died Monday."),
        # ... and a weekday after "that" dates what is reported, as one after a full stop
        _storm("complement", "2026-02-16", "en", "Police said that on Monday two people died."),
        _storm("next", "2026-02-16", "en", "The storm is over, the mayor told reporters. On "
               "Monday, four people died in the floods."),
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    with duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True) as con:
        frames = dict(con.execute("SELECT article_id, time_frame FROM reported_claims "
                                  "WHERE article_id IS NOT NULL").fetchall())
    assert frames == {"friday": None, "monday": None, "maandag": None, "that-day": "period",
                      "complement": "period", "next": "period"}
    assert {("regression", ("friday", "monday")), ("regression", ("friday", "maandag"))} <= \
        _compared(document)


def test_a_later_firm_count_below_an_earlier_unconfirmed_one_is_no_tension(invoke, tmp_path):
    """Four dead "possibly", per local media on Tuesday; three confirmed on Wednesday: the
    rumour said it was one, so the later figure is an update, neither a stale figure nor a
    tension. On one day the two would be a hedged tension."""
    corpus = [
        _storm("rumour", "2026-02-10", "nl", "Lokale media melden dat er mogelijk al vier doden "
               "zijn gevallen."),
        _storm("official", "2026-02-11", "en", "The storm has killed three people, the civil "
               "protection agency said."),
        _storm("same-day", "2026-02-10", "en", "The storm has killed two people, the civil "
               "protection agency said."),
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    assert _compared(document) == {("update", ("official", "rumour")),
                                   ("hedged_tension", ("rumour", "same-day")),
                                   ("update", ("official", "same-day"))}


def test_an_unconfirmed_figure_beside_the_articles_own_firm_one_is_a_tension(invoke,
                                                                             tmp_path):
    """One article gives a rumour ("nine may have died", "zouden twaalf vermisten zijn") above
    a firm figure of its own that does not bear it out: a hedged tension within the article.
    Not when a firm figure of the article says the same as the rumour, nor for a smaller
    rumour (a part its words do not name), nor for figures that agree, nor for an article of
    firm figures only."""
    corpus = [
        _storm("rumour", "2026-03-02", "en", "Local media said nine people may have died. "
               "The civil protection agency said three people were killed in the storm."),
        _storm("geruchten", "2026-03-02", "nl", "Volgens bewoners zouden er twaalf mensen vermist "
               "zijn. De brandweer houdt het op vier vermisten."),
        _storm("borne-out", "2026-03-02", "en", "Unconfirmed reports spoke of five dead. Police "
               "said two people died in the storm. Later the coroner said five people died."),
        _storm("groups", "2026-03-02", "nl", "Er zouden mogelijk zes kinderen gewond zijn. In "
               "totaal raakten twintig mensen gewond."),
        _storm("agreeing", "2026-03-02", "en", "Reportedly 40 people were injured. The hospital "
               "said 40 people were injured."),
        _storm("firm", "2026-03-02", "nl", "Er vielen drie doden. Later op de dag waren het er "
               "vier."),
        # (nor another incident's, a first report taken back, a feared rise)
        _storm("second", "2026-03-02", "en", "Three people died in the storm, police said. A "
               "second storm further north reportedly killed eight."),
        _storm("eerst", "2026-03-02", "nl", "Er vielen drie doden, meldt de politie. Volgens "
               "eerste berichten zouden er tien doden zijn."),
        # an unconfirmed bound from above puts its figure forward ("as many as nine may have
        # died": nine, not anything up to nine), and is no tension when the firm one is larger
        _storm("as-many", "2026-03-02", "en", "A tabloid said as many as nine people may have "
               "died. Police confirmed four deaths in the storm."),
        _storm("tot-wel", "2026-03-02", "nl", "Volgens omwonenden zouden er tot wel twaalf "
               "mensen vermist zijn. De brandweer houdt het op vier vermisten."),
        _storm("bound-below", "2026-03-02", "en", "Local media said as many as three people may "
               "have died. Police confirmed four deaths in the storm."),
        # ... a ceiling stays a ceiling ("at most five", "hooguit vijf")
        _storm("ceiling", "2026-03-02", "en", "Four people died in the storm, police said. A "
               "police source said at most six people may have died."),
        _storm("hooguit", "2026-03-02", "nl", "Bij de storm kwamen vier mensen om, meldt de "
               "politie. Volgens een bron zouden hooguit zes mensen zijn omgekomen."),
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    within = {(kind, articles) for kind, articles in _compared(document) if len(articles) == 1}
    assert within == {("hedged_tension", ("rumour",)), ("hedged_tension", ("geruchten",)),
                      ("hedged_tension", ("as-many",)), ("hedged_tension", ("tot-wel",))}


def test_a_report_naming_the_figure_it_replaces_comes_after_it_on_one_day(invoke, tmp_path):
    """Two reports of one day: the one that says which figure it replaces ("nu 90 bewoners
    geëvacueerd in plaats van 60") is the later, so the change is an update, no
    contradiction; two of one day that name none still disagree."""
    corpus = [
        _storm("morning", "2026-03-02", "nl", "Bij de brand zijn 60 bewoners geëvacueerd, meldt "
               "de brandweer."),
        _storm("afternoon", "2026-03-02", "nl", "Bij de brand zijn nu 90 bewoners geëvacueerd "
               "in plaats van 60, meldt de brandweer."),
        _storm("other", "2026-03-02", "en", "Firefighters said 75 residents were evacuated "
               "because of the fire."),
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    compared = _compared(document)
    assert ("update", ("afternoon", "morning")) in compared \
        or ("update", ("morning", "afternoon")) in compared
    assert {kind for kind, pair in compared if set(pair) == {"morning", "other"}} == {
        "contradiction"}


def test_a_place_joined_by_a_particle_that_the_reference_lacks_is_its_first_names(invoke,
                                                                                  tmp_path):
    """"in Utrecht aan de Oudegracht" is read as one name; the reference lacks it, so it is
    Utrecht's place, and 12 arrests there disagree with 30 in Utrecht the same day."""
    corpus = [
        _storm("gracht", "2026-03-02", "nl", "In Utrecht aan de Oudegracht zijn bij de rellen "
               "12 mensen opgepakt, meldt de politie."),
        _storm("stad", "2026-03-02", "en", "Police in Utrecht said 30 people were arrested in "
               "Utrecht during the riots."),
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    assert ("contradiction", ("gracht", "stad")) in _compared(document) or \
        ("contradiction", ("stad", "gracht")) in _compared(document)


def test_a_date_in_an_aside_about_a_noun_dates_no_figure(invoke, tmp_path):
    """"The Hartwijk dam, a structure built in 1962, broke on Friday, killing 14 people": the
    year dates the dam, not the toll, which is today's and disagrees with 11 the same day; a
    year said of the figure's own clause ("In 1998, 9 people drowned") still makes it
    background."""
    corpus = [
        _storm("aside", "2031-03-20", "en", "The Hartwijk dam, a structure built in 1962, broke "
               "on Friday, killing 14 people, the water board said."),
        _storm("today", "2031-03-20", "nl", "Bij de dijkdoorbraak bij de Hartwijk-dam kwamen 11 "
               "mensen om, meldt het waterschap."),
        _storm("then", "2031-03-20", "en", "In 1998, 9 people drowned when the Hartwijk dam "
               "broke, the water board said."),
        # (nor one whose figure points back to the aside's time)
        _storm("that-year", "2031-03-20", "en", "The Hartwijk dam, a structure built in 1962, "
               "broke that year too, killing 30 people, the water board said."),
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    assert {kind for kind, articles in _compared(document)
            if set(articles) == {"aside", "today"}} == {"contradiction"}
    assert not {articles for _, articles in _compared(document)
                if {"then", "that-year"} & set(articles)}


def test_an_update_a_report_between_splits_is_listed_by_its_steps(invoke, tmp_path):
    """37 dead on Monday, 40 on Tuesday, 52 on Wednesday: two updates, not three (Monday to
    Wednesday goes through Tuesday, which claim_comparisons names); a fall after them is still
    a regression against every earlier report."""
    corpus = [
        _storm("mon", "2026-02-02", "en", "The storm has killed 37 people, police said."),
        _storm("tue", "2026-02-03", "en", "The storm has killed 40 people, police said."),
        _storm("wed", "2026-02-04", "en", "The storm has killed 52 people, police said."),
        _storm("thu", "2026-02-05", "en", "The storm has killed 30 people, police said."),
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    assert {pair for kind, pair in _compared(document) if kind == "update"} == {
        ("mon", "tue"), ("tue", "wed")}
    assert {pair for kind, pair in _compared(document) if kind == "regression"} == {
        ("mon", "thu"), ("thu", "tue"), ("thu", "wed")}
    with duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True) as con:
        through = con.execute("""
            SELECT c.article_a, c.article_b, t.article_id FROM claim_comparisons c
            JOIN claims t ON t.claim_id = c.through_claim""").fetchall()
    assert through == [("mon", "wed", "tue")]


_MISSING_MINERS = "Twee mijnwerkers worden woensdag nog vermist, meldden reddingswerkers."
_ALL_THE_MINERS = "In all, 18 people were injured and four miners died, the operator said."


@pytest.mark.parametrize(("later", "beside", "expected"), [
    # the group most of the story's articles count (miners at a mine), whose figure the story
    # also gives for everybody, is everybody: 18 miners and 25 people injured on one day
    # disagree
    (_ALL_THE_MINERS, _MISSING_MINERS, {("contradiction", ("miners", "people"))}),
    # ... unless an article counts the group beside a larger figure for everybody
    (_ALL_THE_MINERS,
     "Bij de instorting raakten woensdag 25 mensen gewond, onder wie 18 mijnwerkers.", set()),
    # ... or nothing says the group is everybody (14 students among 17 dead stay a part)
    ("Four miners died in the collapse, the operator said.", _MISSING_MINERS, set()),
])
def test_a_group_most_of_a_storys_articles_count_is_everybody(invoke, tmp_path, later, beside,
                                                               expected):
    corpus = [
        _mine("miners", "2026-01-21", "en", "Eighteen miners were injured when the gallery "
              "collapsed on Wednesday, the operator said."),
        _mine("people", "2026-01-21", "nl", "Volgens de mijnexploitant raakten woensdag 25 "
              "mensen gewond bij de instorting."),
        _mine("later", "2026-01-22", "en", later),
        _mine("beside", "2026-01-21", "nl", beside),
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    assert {f for f in _compared(document) if f[0] == "contradiction"} == expected


def test_a_figure_added_to_an_earlier_one_is_no_count_of_the_whole(invoke, tmp_path):
    """"three more bodies" and "the bodies of two people ..., raising the death toll to four"
    count what was added, not the toll another report gives that day."""
    corpus = [
        _mine("more", "2026-01-22", "en", "Rescuers recovered three more bodies from the "
              "gallery on Thursday, the operator said."),
        _mine("raising", "2026-01-22", "en", "The bodies of two miners were found on Thursday, "
              "raising the death toll to nine, the operator said."),
        _mine("toll", "2026-01-22", "nl", "Bij de instorting zijn negen mijnwerkers om het "
              "leven gekomen, meldde de mijnexploitant donderdag."),
        # ("12 more" after a figure of another metric is all of its own)
        _mine("other", "2026-01-22", "en", "Nine miners were killed and 12 more were injured, "
              "the operator said on Thursday."),
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    assert {f for f in _compared(document) if f[0] in ("contradiction", "regression")} == set()
    with duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True) as con:
        frames = con.execute("SELECT article_id, metric, value_low, time_frame "
                             "FROM reported_claims ORDER BY ALL").fetchall()
    assert frames == [("more", "deaths", 3, "increment"), ("other", "deaths", 9, None),
                      ("other", "injured", 12, None), ("raising", "deaths", 2, "increment"),
                      ("raising", "deaths", 9, None), ("toll", "deaths", 9, None)]


def test_new_ones_are_an_increment(invoke, tmp_path):
    """"two new deaths on Friday" are that day's, no toll a report of the whole could contradict
    or fall below."""
    corpus = [
        _mine("new", "2026-01-23", "en", "Officials confirmed two new deaths on Friday, the "
              "operator said."),
        _mine("nieuw", "2026-01-23", "nl", "De exploitant meldde vrijdag drie nieuwe doden in de "
              "mijn."),
        _mine("toll", "2026-01-22", "nl", "Bij de instorting zijn negen mijnwerkers om het "
              "leven gekomen, meldde de mijnexploitant donderdag."),
        # (not a name, nor new ones so far: a running total)
        _mine("name", "2026-01-22", "en", "Nine New Zealand miners were killed in the collapse, "
              "the operator said."),
        _mine("since", "2026-01-21", "en", "So far 8 new deaths have been recorded, the "
              "operator said."),
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    assert {f for f in _compared(document) if f[0] in ("contradiction", "regression")} == set()
    with duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True) as con:
        frames = con.execute("SELECT article_id, metric, value_low, time_frame "
                             "FROM reported_claims ORDER BY ALL").fetchall()
    assert frames == [("name", "deaths", 9, None), ("new", "deaths", 2, "increment"),
                      ("nieuw", "deaths", 3, "increment"), ("since", "deaths", 8, None),
                      ("toll", "deaths", 9, None)]


def test_another_figure_after_an_increment_is_one_too(invoke, tmp_path):
    """"Another 15 were arrested" right after "a further 12 were injured" adds to an earlier
    count: not the night's total that another report's 63 contradicts. "Another 310 were
    hurt" after three dead, "Daarnaast ... 8 aangehouden" after "nog eens 12 gewonden" (a
    sentence adverb adds a fact, not a count), "Another ... the toll rose to" and "Bovendien
    ... 40 aangehouden" are counts of all."""
    corpus = [
        _in_story("riot", "further", "2025-11-09", "en", "A further 12 people were injured "
                  "on Saturday night, police said. Another 15 people were arrested."),
        _in_story("riot", "total", "2025-11-09", "en", "The number of arrests over two "
                  "nights rose to 63, police said on Sunday."),
        _in_story("fest", "nog", "2025-06-22", "nl", "Op het festival zijn zaterdag nog eens "
                  "12 mensen gewond geraakt, meldt de GHOR.\n\nDaarnaast werden 8 mensen "
                  "aangehouden."),
        _in_story("fest", "totaal", "2025-06-22", "nl", "De politie hield op het festival in "
                  "totaal 28 mensen aan, meldt de GHOR."),
        _in_story("quake", "another", "2025-03-02", "en", "Three people died in the quake. "
                  "Another 310 were hurt, officials said."),
        _in_story("flood", "bovendien", "2025-03-02", "nl", "Bij de rellen raakten 30 "
                  "mensen gewond. Bovendien werden 40 mensen aangehouden."),
        _in_story("mine", "toll", "2025-03-02", "en", "Rescuers found 3 more bodies. Another "
                  "day of searching raised the death toll to 45."),
    ]
    run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    with duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True) as con:
        frames = con.execute("SELECT article_id, metric, value_low, time_frame "
                             "FROM reported_claims WHERE article_id IN ('further', 'nog', "
                             "'another', 'bovendien', 'toll') ORDER BY ALL").fetchall()
    assert frames == [("another", "deaths", 3, None), ("another", "injured", 310, None),
                      ("bovendien", "arrests", 40, None), ("bovendien", "injured", 30, None),
                      ("further", "arrests", 15, "increment"),
                      ("further", "injured", 12, "increment"),
                      ("nog", "arrests", 8, None), ("nog", "injured", 12, "increment"),
                      ("toll", "deaths", 3, "increment"), ("toll", "deaths", 45, None)]


def test_a_smaller_figure_beside_the_later_articles_own_larger_firm_total_is_no_regression(
        invoke, tmp_path):
    """"Rescuers found three more bodies, bringing the toll to nine" after five: the three
    are a part of the later total, which grew; a later article whose only total is smaller
    is still a regression. The later total must be a firm toll of the smaller figure's own
    group: the soldiers' fall from eight to five stays a regression beside "the attack killed
    20 people", and so does a fall beside an unconfirmed toll."""
    corpus = [
        _in_story("quake", "day1", "2023-06-03", "en",
                  "Five people were killed in the earthquake, officials said."),
        _in_story("quake", "day2", "2023-06-04", "en",
                  "Rescuers found three more bodies, bringing the death toll to nine. The three "
                  "bodies were found in a collapsed school, officials said."),
        _in_story("quake", "day3", "2023-06-05", "en",
                  "Four people were killed in the earthquake, officials said."),
        _in_story("raid", "mon", "2023-06-03", "en",
                  "Eight soldiers were killed near the border post, officials said."),
        _in_story("raid", "tue", "2023-06-04", "en",
                  "Five soldiers were killed near the border post, officials said. The attack "
                  "killed 20 people in all."),
        _in_story("ferry", "wed", "2023-06-03", "en",
                  "Nine passengers drowned when the ferry sank, the coast guard said."),
        _in_story("ferry", "thu", "2023-06-04", "en",
                  "Six passengers drowned when the ferry sank, the coast guard said. Unconfirmed "
                  "reports said the death toll had risen to 15."),
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    found = _compared(document)
    assert ("regression", ("day1", "day2")) not in found
    assert ("regression", ("day2", "day3")) in found
    assert ("regression", ("mon", "tue")) in found
    assert ("regression", ("thu", "wed")) in found or ("regression", ("wed", "thu")) in found


def test_a_figure_of_another_named_place_is_no_other_reading(invoke, tmp_path):
    """An article's figure of another named place does not agree for it: "drie in heel
    Nederland" and "twee in Zeeland" on one day, "twee in Nederland" the next is a
    regression of the Netherlands' toll."""
    corpus = [
        _in_story("storm", "sat", "2023-06-03", "nl",
                  "In heel Nederland vielen drie doden. In Zeeland kwamen twee mensen om het "
                  "leven."),
        _in_story("storm", "mon", "2023-06-05", "nl",
                  "Bij de storm kwamen in Nederland twee mensen om het leven."),
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    assert ("regression", ("mon", "sat")) in _compared(document)


def test_two_articles_disagree_once_about_one_figure(invoke, tmp_path):
    """An article that gives several figures for one metric, group and place (today's, and
    yesterday's in passing) disagrees with another article's figure once: the closest of them
    is its counterpart, and the finding names it."""
    corpus = [
        _in_story("flood", "nos", "2023-06-04", "nl",
                  "Volgens de brandweer raakten achttien mensen gewond. Zaterdag ging het nog "
                  "om elf gewonden, maar zondag meldden zich nog zes lichtgewonde bewoners."),
        _in_story("flood", "ap", "2023-06-04", "en",
                  "Twenty-one people were injured, the fire brigade said."),
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    contradictions = [f for f in document["findings"] if f["kind"] == "contradiction"]
    assert len(contradictions) == 1, [f["message"] for f in contradictions]
    assert "achttien" in contradictions[0]["message"]


def test_a_first_report_said_to_be_superseded_is_no_count_of_now(invoke, tmp_path):
    """"Aanvankelijk meldde de brandweer dat twaalf mensen gewond raakten" says the count has
    moved on: against another article's 38 of that day it is no contradiction; a figure of
    the same clause without that word still is."""
    corpus = [
        _in_story("blast", "blast-local", "2023-06-04", "nl",
                  "Aanvankelijk meldde de brandweer dat twaalf mensen gewond raakten bij de "
                  "explosie."),
        _in_story("blast", "blast-wire", "2023-06-04", "en",
                  "Thirty-eight people were injured in the explosion, the fire brigade said."),
        _in_story("crash", "crash-wire", "2023-06-04", "en",
                  "Officials had initially said 12 people died in the crash."),
        _in_story("crash", "crash-local", "2023-06-04", "nl",
                  "Bij het ongeluk kwamen negentien mensen om, meldt de politie."),
        _in_story("fire", "fire-wire", "2023-06-04", "en",
                  "Officials said 12 people died in the fire."),
        _in_story("fire", "fire-local", "2023-06-04", "nl",
                  "Bij de brand kwamen negentien mensen om, meldt de politie."),
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    found = {ids for kind, ids in _compared(document) if kind == "contradiction"}
    assert found == {("fire-local", "fire-wire")} or found == {("fire-wire", "fire-local")}, found
    assert document["compare"]["comparisons"]["left_out"]["superseded"] == 2


def test_people_held_are_not_compared_with_the_people_an_event_arrested(invoke, tmp_path):
    """Five detainees who overpowered their guards are prisoners; the four suspects arrested
    for helping them days later are not a smaller count of the same people."""
    corpus = [
        {"id": "escape", "published": "2024-05-04", "event": "escape", "source": "a",
         "text": "Vijf gedetineerden overmeesterden in de nacht twee bewakers en vluchtten."},
        {"id": "helpers", "published": "2024-05-07", "event": "escape", "source": "b",
         "text": "Volgens het parket zijn vier verdachten aangehouden voor hulp bij de "
                 "vlucht."},
        {"id": "held", "published": "2024-05-04", "event": "riot", "source": "c",
         "text": "The 300 detainees at the camp refused food, officials said."},
        {"id": "arrested", "published": "2024-05-06", "event": "riot", "source": "d",
         "text": "Police said 45 people were arrested after the riot at the camp."},
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    assert _compared(document) == set()


HELD = "Vijf gedetineerden zitten in de isoleercel na de muiterij."
CAMP = "Op de camping in Ljubno zijn 410 campinggasten geëvacueerd."
TOLL = "Bij de instorting van het flatgebouw zijn twaalf mensen omgekomen."
LATER_TOLL = "Bij de instorting van het flatgebouw kwamen negen mensen om."


@pytest.mark.parametrize(("first_day", "first", "later_day", "later", "kinds"), [
    # how many are held now rises and falls: four recaptured after five escaped is an
    # update, no regression; their dead only grow
    ("2024-05-04", HELD, "2024-05-06",
     "Inmiddels zijn vier van de vijf ontsnapte gedetineerden weer opgepakt.", ["update"]),
    ("2024-03-02", "Bij de opstand zijn 31 gedetineerden om het leven gekomen.", "2024-03-05",
     "Bij de opstand kwamen 19 gedetineerden om het leven.", ["regression"]),
    # a correction notice says why the later figure is lower
    ("2024-05-04", CAMP, "2024-05-06", "Correctie: in een eerder artikel stond dat 410 "
     "campinggasten waren geëvacueerd. Dat waren er 140.", ["update"]),
    # a toll that fell four days later is still compared (max_days_apart, 4 by default); one
    # six days later is as often the next of a weekly event
    ("2024-05-04", TOLL, "2024-05-08", LATER_TOLL, ["regression"]),
    ("2024-05-04", TOLL, "2024-05-10", LATER_TOLL, []),
    # a figure the toll may rise to is a forecast, compared with nothing; one it rose to is a
    # count, and so is the count beside a forecast
    ("2024-03-19", "Het dodental kan in de provincie makkelijk oplopen tot boven de duizend.",
     "2024-03-22", "Het dodental staat inmiddels op 468.", []),
    ("2024-03-19", "Officials said the death toll could climb to 1,000.",
     "2024-03-22", "Het dodental staat inmiddels op 468.", []),
    ("2024-03-19", "Deaths are expected to rise to 1,000, officials said.",
     "2024-03-22", "Het dodental staat inmiddels op 468.", []),
    ("2024-03-19", "The number of dead is likely to rise above 1,000, the governor warned.",
     "2024-03-22", "Het dodental staat inmiddels op 468.", []),
    ("2024-03-19", "The death toll will probably top 1,000 by the weekend.",
     "2024-03-22", "Het dodental staat inmiddels op 468.", []),
    ("2024-03-19", "Hulpverleners vrezen dat het aantal doden zal stijgen tot ruim 1000.",
     "2024-03-22", "Het dodental staat inmiddels op 468.", []),
    ("2024-03-19", "Het dodental is opgelopen tot 1000.",
     "2024-03-22", "Het dodental staat inmiddels op 468.", ["regression"]),
    ("2024-03-19", "The death toll stands at 1,000 and could rise further.",
     "2024-03-22", "Het dodental staat inmiddels op 468.", ["regression"]),
    # "Veertien van hen" after passengers and the Dutch among them: fourteen of one of the two
    # groups, no count of everybody injured
    ("2024-11-07", "Onder de 284 passagiers waren ruim negentig Nederlanders. Veertien van "
     "hen raakten gewond.", "2024-11-07",
     "Bij de treinbotsing raakten 51 mensen gewond, meldt de politie.", []),
    # a count of those still away or held falls as they go home or are released: an update,
    # no regression; and on one day it is no reading of all evacuated so far
    # (Dutch "nog" right before a figure may say more of them: compared with nothing)
    ("2024-09-14", "Na de dijkdoorbraak bij Kampen zijn ruim 2.600 inwoners geëvacueerd.",
     "2024-09-16", "Nog 350 inwoners van Kampen zijn geëvacueerd.", []),
    ("2024-09-14", "Na de dijkdoorbraak bij Kampen zijn ruim 2.600 inwoners geëvacueerd.",
     "2024-09-16", "Nog altijd zijn 350 inwoners van Kampen geëvacueerd.", ["update"]),
    ("2024-09-14", "About 2,600 residents of Kampen were evacuated after the dike breach.",
     "2024-09-16", "Some 350 residents of Kampen remain evacuated, the municipality said.",
     ["update"]),
    ("2024-09-14", "About 2,600 residents of Kampen were evacuated after the dike breach.",
     "2024-09-14", "Some 350 residents of Kampen are still evacuated, officials said.", []),
    ("2024-10-10", "De politie heeft bij de blokkade 830 klimaatactivisten aangehouden.",
     "2024-10-12", "Volgens de politie worden nog 14 klimaatactivisten vastgehouden.",
     ["update"]),
    ("2024-04-17", "In ziekenhuizen in Lyon liggen 21 gewonden van het busongeluk.",
     "2024-04-19", "In ziekenhuizen in Lyon liggen nog 9 gewonden van het busongeluk.",
     ["update"]),
    ("2024-04-17", "Bij het busongeluk bij Montélimar raakten 38 mensen gewond.",
     "2024-04-21", "Van de inzittenden van de bus zijn er nog twee gewond.", []),
    # ... also with words between the verb and "nog": one day's count of now, so two of them
    # that day disagree
    ("2024-06-07", "In het ziekenhuis liggen er vrijdag nog 26 gewonden van de brand, meldt "
     "de brandweer.", "2024-06-07", "Volgens de brandweer liggen er vrijdag nog 19 "
     "gewonden van de brand in het ziekenhuis.", ["contradiction"]),
    # ("worden er ... nog" is more of them to come: compared with nothing)
    ("2024-06-07", "Bij de instorting zijn vrijdag 14 lichamen geborgen, meldt de brandweer.",
     "2024-06-07", "In de puinhoop worden er vrijdag nog 3 lichamen geborgen, meldt de "
     "brandweer.", []),
    # a figure said of a part alone that names no place is a part of nothing the other
    # article says: compared with nothing
    ("2024-06-07", "Bij de rellen in de stad zijn 45 mensen opgepakt, meldt de politie.",
     "2024-06-08", "Alleen al tijdens de eerste nacht van de rellen in de stad werden 30 "
     "mensen opgepakt, meldt de politie.", []),
    ("2024-06-07", "Bij de rellen in de stad zijn 45 mensen opgepakt, meldt de politie.",
     "2024-06-08", "Tijdens de rellen in de stad werden 30 mensen opgepakt, meldt de politie.",
     ["regression"]),
    # ... but "alone" said of who did it makes no part of the toll
    ("2024-06-07", "Police said the gunman was acting alone when he shot dead 22 people.",
     "2024-06-07", "A gunman shot dead 31 people at the market, police said.",
     ["contradiction"]),
    # ("nog" said of something else in the sentence makes no count of now)
    ("2024-02-11", "De politie heeft bij de rellen 60 plunderaars aangehouden.",
     "2024-02-12", "De politie heeft in totaal 45 plunderaars aangehouden en onderzoekt nog "
     "tientallen meldingen.", ["regression"]),
    # a report of the day still being added to comes first: the other's figure updates it
    ("2024-06-07", "Bij een explosie in de haven van Moerdijk zijn vijf mensen gewond geraakt, "
     "meldt de brandweer. Dit bericht wordt aangevuld.", "2024-06-07",
     "Bij de explosie in de haven van Moerdijk zijn acht mensen gewond geraakt, meldt de "
     "brandweer.", ["update"]),
    ("2024-06-07", "Eight people were injured in the blast at the port of Moerdijk, the fire "
     "service said.", "2024-06-07", "Five people were injured in the blast at the port of "
     "Moerdijk, the fire service said. This story is developing.", ["update"]),
    ("2024-06-07", "Bij een explosie in de haven van Moerdijk zijn vijf mensen gewond geraakt, "
     "meldt de brandweer.", "2024-06-07", "Bij de explosie in de haven van Moerdijk zijn acht "
     "mensen gewond geraakt, meldt de brandweer.", ["contradiction"]),
    # ... not when it gives the larger figure: no growth, the two disagree
    ("2024-06-07", "Bij een explosie in de haven van Moerdijk zijn acht mensen gewond geraakt, "
     "meldt de brandweer. Dit bericht wordt aangevuld.", "2024-06-07",
     "Bij de explosie in de haven van Moerdijk zijn vijf mensen gewond geraakt, meldt de "
     "brandweer.", ["contradiction"]),
    # the injured of one degree are a group within all the injured, no count of them all
    ("2024-06-07", "Bij een explosie in de haven van Moerdijk zijn acht mensen gewond geraakt, "
     "meldt de brandweer.", "2024-06-08", "Bij de explosie in de haven van Moerdijk raakten "
     "drie mensen zwaargewond, meldt de brandweer.", []),
    ("2024-06-07", "Eight people were injured in the blast at the port of Moerdijk.",
     "2024-06-08", "Three people were critically injured in the blast at the port of "
     "Moerdijk, the fire service said.", []),
    ("2024-06-07", "Drie mensen raakten zwaargewond bij de explosie in de haven van Moerdijk.",
     "2024-06-07", "Five people were seriously injured in the blast at the port of Moerdijk.",
     ["contradiction"]),
    # an average over many events is no count of this one
    ("2024-06-07", "Bij de lawine bij Zermatt zijn vier mensen omgekomen.", "2024-06-08",
     "Rond Zermatt kwamen de afgelopen tien winters gemiddeld 25 mensen per jaar om bij "
     "lawines.", []),
    ("2024-06-07", "Four people were killed in the avalanche near Zermatt.", "2024-06-08",
     "Over the past ten winters, an average of about 25 people a year have died in "
     "avalanches around Zermatt.", []),
    # ... but a figure whose clause merely says "every day" or "gemiddeld" of something else is
    ("2024-06-07", "Bij het ongeluk bij Zaltbommel kwamen vier mensen om.", "2024-06-08",
     "Bij Zaltbommel kwamen zeven mensen om op een weg waar elke dag 90.000 auto's rijden.",
     ["update"]),
    ("2024-06-07", "Bij de brand in het verpleeghuis in Zaltbommel kwamen vier mensen om.",
     "2024-06-08", "De zeven bewoners die bij de brand in het verpleeghuis in Zaltbommel "
     "omkwamen, waren gemiddeld 84 jaar oud.", ["update"]),
    # none of the new ones is no count of all
    ("2024-06-07", "Bij de uitbraak in het verpleeghuis in Moerdijk zijn 23 besmettingen met "
     "het virus vastgesteld.", "2024-06-09", "In het verpleeghuis in Moerdijk zijn geen nieuwe "
     "besmettingen met het virus vastgesteld.", []),
    # ... but the dead are no count of now, whatever the words beside them
    ("2024-05-04", TOLL, "2024-05-07",
     "Bij de instorting van het flatgebouw zijn nog altijd negen mensen omgekomen.",
     ["regression"]),
])
def test_two_reports_of_one_event(invoke, tmp_path, first_day, first, later_day, later,
                                  kinds):
    corpus = [{"id": "first", "published": first_day, "event": "e", "source": "a",
               "text": first},
              {"id": "later", "published": later_day, "event": "e", "source": "b",
               "text": later}]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    assert sorted(kind for kind, _ in _compared(document)) == kinds


def test_a_vaguer_figure_the_articles_own_lies_within_does_not_agree_for_it(invoke, tmp_path):
    """"Tientallen mensen raakten gewond ... de GGD telde 44" is one reading, said twice: its
    vague "tientallen" agrees with another article's 37 as much as with its own 44, so it is
    no other reading of the 37 and the two disagree. A figure the article gives for another
    time (an earlier reading) or another incident still agrees for it, and a later figure
    added to an earlier one ("A further 9 were hurt") is no count of the whole."""
    corpus = [
        _in_story("blast", "blast-vague", "2023-06-04", "nl",
                  "Tientallen mensen raakten gewond bij de explosie. De GGD telde zondag 44 "
                  "gewonden."),
        _in_story("blast", "blast-exact", "2023-06-04", "en",
                  "Thirty-seven people were injured in the explosion, the health service said."),
        _in_story("riot", "riot-early", "2023-06-04", "en",
                  "Police said dozens of people were injured in the riots on Saturday night. A "
                  "further 9 were hurt on Sunday morning when unrest flared again."),
        _in_story("riot", "riot-late", "2023-06-04", "nl",
                  "Bij de rellen raakten zaterdagnacht 52 mensen gewond, meldt de politie."),
        _in_story("quake", "quake-then", "2023-06-04", "en",
                  "At least 60 people were killed, up from 48 earlier in the day, officials "
                  "said."),
        _in_story("quake", "quake-now", "2023-06-04", "nl",
                  "Bij de aardbeving kwamen volgens de autoriteiten 48 mensen om."),
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    found = {tuple(sorted(ids)) for kind, ids in _compared(document) if kind == "contradiction"}
    assert found == {("blast-exact", "blast-vague")}, found
    with duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True) as con:
        frames = con.execute("SELECT time_frame FROM reported_claims WHERE article_id = "
                             "'riot-early' AND value_low = 9").fetchall()
    assert frames == [("increment",)]


def test_a_part_of_a_figure_that_names_no_group_of_its_own_is_compared_with_nothing(
        invoke, tmp_path):
    """"Hundreds of residents were evacuated ..., among them 450 from the villages of Marvesa
    and Colleto": the 450 are some of the residents, which villages' unsaid; another
    article's 90 in Marvesa is no other count of them."""
    corpus = [
        _in_story("fire", "fire-all", "2023-06-04", "en",
                  "Hundreds of residents were evacuated on Sunday as a forest fire swept through "
                  "the hills, among them 450 from the villages of Marvesa and Colleto, officials "
                  "said."),
        _in_story("fire", "fire-village", "2023-06-04", "en",
                  "Firefighters from the villages of Marvesa and Colleto are fighting the blaze. "
                  "Officials said 900 people had been evacuated. In Marvesa, 90 residents were "
                  "evacuated."),
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    assert {kind for kind, _ in _compared(document)} <= {"unordered"}, _compared(document)


def test_homes_and_flights_an_event_struck_are_compared_as_its_people_are(invoke, tmp_path):
    """Homes destroyed and damaged are running totals of their own (a later, smaller count of
    destroyed homes is a regression; destroyed beside damaged is no disagreement); flights
    cancelled are read but not compared: one airline's share and everybody's stand side by
    side ("Airlines scrapped 90" beside the airport's 240)."""
    corpus = [
        _in_story("gale", "first", "2031-10-14", "nl", "Door de storm werden 120 woningen "
                  "verwoest en raakten 800 huizen beschadigd, meldt de veiligheidsregio."),
        _in_story("gale", "next", "2031-10-15", "en", "The gale destroyed 164 homes and "
                  "damaged some 1,100 houses, the safety region said on Wednesday."),
        _in_story("gale", "late", "2031-10-17", "en", "In all 95 homes were destroyed by the "
                  "gale, the safety region said."),
        _in_story("strike", "morning", "2031-06-03", "nl", "Door de staking zijn op Schiphol "
                  "dinsdag 240 vluchten geschrapt, meldt de luchthaven."),
        _in_story("strike", "rival", "2031-06-03", "en", "The strike forced the cancellation "
                  "at Schiphol of 90 flights on Tuesday, the airport said."),
        _in_story("strike", "wire", "2031-06-03", "en", "Airlines scrapped 90 flights at "
                  "Schiphol on Tuesday because of the strike, the airport said."),
        _in_story("strike", "after", "2031-06-04", "nl", "Op Schiphol werden woensdag nog 60 "
                  "vluchten geschrapt door de staking, meldt de luchthaven."),
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    assert _pairs(document) == {
        ("update", "homes_destroyed", "fir", "nex"), ("update", "homes_damaged", "fir", "nex"),
        ("regression", "homes_destroyed", "fir", "lat"),
        ("regression", "homes_destroyed", "lat", "nex")}


def test_a_toll_of_two_countries_and_a_days_none_are_no_later_readings(invoke, tmp_path):
    """Saturday's two drowned on the German coast become three on Sunday: an update. Monday's
    five "off the German and Danish coasts over the weekend" count two countries (the three
    plus Denmark's), and its "no deaths on the German coast on Sunday" counts that day alone:
    neither is a later reading of the German toll."""
    swim = functools.partial(_in_story, "swim")
    corpus = [
        swim("sat", "2031-07-12", "nl", "Aan de Duitse kust zijn zaterdag twee mensen "
             "verdronken, meldt de reddingsdienst DGzRS."),
        swim("sun", "2031-07-13", "nl", "Een man die zaterdag bij Sylt uit zee werd gehaald, is "
             "overleden. Daarmee zijn aan de Duitse kust drie mensen verdronken, meldt de "
             "DGzRS."),
        swim("mon", "2031-07-14", "en", "Five people drowned off the German and Danish coasts "
             "over the weekend, rescue services said. There were no deaths on the German coast "
             "on Sunday, the DGzRS said."),
    ]
    # ... while none of a day against a figure that named no day may correct it
    gale = functools.partial(_in_story, "gale")
    corpus += [
        gale("first", "2031-11-02", "en", "The gale killed two people in Ostend, police said on "
             "Sunday evening."),
        gale("corrected", "2031-11-03", "en", "Nobody died in Ostend on Sunday, police said on "
             "Monday; earlier reports had been wrong."),
    ]
    _, document = run_suite(invoke, tmp_path, corpus, "sources.yml", SCOPES)
    assert _compared(document) == {("update", ("sat", "sun")),
                                   ("update", ("corrected", "first"))}
