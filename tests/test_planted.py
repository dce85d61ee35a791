"""The planted-defect corpora (tests/data/planted*/, each written with its gold before the
validator first ran on it; planted2 to planted32 blind, by helpers who did not read the code):
what is found stays found, and no trap is reported. BENCHMARKS.md has each corpus's first-run
and current figures (`python -m benchmarks.planted --corpus DIR`)."""

from __future__ import annotations

import json

import pytest
import yaml

from benchmarks.planted import PART_WHOLE_CHECKS, PLANTED, ROOT, corpus_today, score

# corpus folder: (defects found at least, traps that may be reported)
CORPORA = {
    # (D12, 3,500 evacuated "in the towns of Celje, Laško and Polzela and in villages further
    # up the valley" then 6,000 across the country, was found while "the towns of" hid the
    # places; a figure of places listed is not set against the whole country's)
    "planted": (42, set()),
    "planted2": (31, set()),
    "planted3": (39, set()),
    "planted4": (47, set()),
    "planted5": (31, set()),
    "planted6": (29, set()),
    # (F17, one hospital's 63 injured passengers against 51 injured in all, was found while
    # the passengers had no group of their own; a group alone is set against its group only)
    # (F05, three dead then two, was found while `de explosie van dinsdagochtend` named no
    # day: a weekday written with its part of the day now counts that day, as `van dinsdag`
    # always did)
    "planted7": (31, set()),
    # (F10, an update of 23 ill to 31, was found as 23 against `acht nieuwe ziektegevallen`,
    # eight new cases read as all of them: an increment now)
    "planted8": (29, set()),
    "planted9": (27, set()),
    # (F08, 1,800 evacuated then 2,900, was found while `2.900 mensen geëvacueerd: 1.800 uit
    # Aldenwaard en 1.100 uit Mullerhoek` listed no parts: the later article's 1,800 of
    # Aldenwaard now agrees with the earlier 1,800)
    "planted10": (32, set()),
    # (F02, 27 cases against 39 the same day, was found as 39 against `zestien nieuwe
    # besmettingen`, sixteen new ones read as all of them: an increment now)
    "planted11": (22, set()),
    "planted12": (24, set()),
    "planted13": (24, set()),
    "planted14": (22, set()),
    "planted15": (26, set()),
    "planted16": (15, set()),
    "planted17": (22, set()),
    # (F17, 61 detained in the district against 52 in the city, was found while "The youngest
    # of those arrested is 13" was read as 13 arrests: an age, no count, and the district is
    # no place the reference puts within the city)
    "planted18": (22, set()),
    "planted19": (19, set()),
    "planted20": (23, set()),
    "planted21": (20, set()),
    "planted22": (25, set()),
    "planted23": (24, set()),
    "planted24": (21, set()),
    "planted25": (16, set()),
    "planted26": (19, set()),
    "planted27": (25, set()),
    "planted28": (15, set()),
    "planted29": (16, set()),
    "planted30": (21, set()),
    "planted31": (17, set()),
    "planted32": (13, set()),
}


@pytest.fixture(scope="module", params=sorted(CORPORA))
def planted(request, tmp_path_factory):
    from click.testing import CliRunner

    from validation.cli import cli

    folder = PLANTED.parent / request.param
    out = tmp_path_factory.mktemp(request.param)
    CliRunner().invoke(cli, ["run", "--corpus", str(folder / "corpus.jsonl"), "--db",
                              str(out / "p.duckdb"), "--reports", str(out), "--no-data-docs",
                              "--quiet", "--today", corpus_today(folder / "corpus.jsonl")])
    findings = json.loads((out / "results.json").read_text(encoding="utf-8"))["findings"]
    gold = yaml.safe_load((folder / "gold.yml").read_text(encoding="utf-8"))
    return request.param, score(findings, gold)


def test_no_trap_is_reported(planted):
    corpus, scored = planted
    assert {trap for trap, *_ in scored["hit_traps"]} <= CORPORA[corpus][1], scored["hit_traps"]


def test_planted_defects_are_found(planted):
    corpus, scored = planted
    found = sum(1 for ids in scored["found"].values() for i in ids if i)
    assert found >= CORPORA[corpus][0], scored["found"]
    if corpus == "planted":  # every kind with a check of its own is found at least once
        assert all(any(ids) for ids in scored["found"].values())


def test_a_finding_of_one_article_hits_a_trap_only_with_the_traps_figures():
    # the scorer's own rule: a finding that quotes its article's text is about a trap of that
    # article only when the quote's figures are the trap's (a part larger than its whole,
    # reported beside a trap about clock times in the same article, is no hit of that trap)
    gold = {"defects": [], "traps": [
        {"id": "T1", "must_not_be": ["relation_violated"], "articles": ["a1"],
         "evidence": ["Het lek ontstond rond 10.15 uur", "at about 10.15 a.m. (0815 GMT)"]}]}
    other = {"kind": "relation_violated", "article_ids": ["a1"],
             "message": 'a part larger than the whole it is some of: "41 people in the '
                        'building, including 56"'}
    own = {"kind": "relation_violated", "article_ids": ["a1"],
           "message": '10.15 uur converts to about 9.15, not "0815 GMT"'}
    assert score([other], gold)["hit_traps"] == []
    assert [trap for trap, *_ in score([own], gold)["hit_traps"]] == ["T1"]


def _relation(check: str, message: str) -> dict:
    """A finding of article a1 by one of the default suite's checks."""
    return {"kind": "relation_violated", "article_ids": ["a1"], "expectation": check,
            "message": message}


def test_a_part_above_its_whole_counts_for_a_defect_of_either_kind_with_its_figures():
    # the gold files name a part above its whole in one article `relation_violated` (the
    # first corpora) or `scope_inconsistency` (the later ones); a finding quoting other
    # figures of the same article is about another defect
    gold = {"traps": [], "defects": [
        {"id": "F1", "kind": "scope_inconsistency", "articles": ["a1"],
         "evidence": ["Van de 312 zieke honden, waaronder 340 in Nederland"]},
        {"id": "F2", "kind": "relation_violated", "articles": ["a1"],
         "evidence": ["waren dat er nog 180: het aantal steeg dus met 132 procent"]}]}
    part = _relation("partitives-within-wholes", '[a1] a part larger than the whole it is '
                     'some of: "312 zieke honden, waaronder 340"')
    assert score([part], gold)["found"] == {"scope_inconsistency": ["F1"],
                                            "relation_violated": [""]}
    # ... and a finding of arithmetic is no part above a whole
    change = _relation("stated-arithmetic",
                       '[a1] from 180 to 312 is a rise of 73 percent, not "132 procent"')
    assert score([change], gold)["found"] == {"scope_inconsistency": [""],
                                              "relation_violated": ["F2"]}


def test_a_claim_relation_counts_only_for_a_defect_whose_evidence_holds_its_part():
    # "injured elf is given as a part of injured Negen": the part as written ("elf") must be
    # in the defect's evidence, else the finding is about another defect of the article
    gold = {"traps": [], "defects": [
        {"id": "F1", "kind": "scope_inconsistency", "articles": ["a1"],
         "evidence": ["Sinds dinsdag kwamen in totaal 1.850 meldingen binnen"]},
        {"id": "F2", "kind": "scope_inconsistency", "articles": ["a1"],
         "evidence": ["Negen mensen raakten gewond, van wie elf ernstig."]}]}
    finding = _relation("parts-within-wholes",
                        "[a1] injured elf is given as a part of injured Negen but is larger")
    assert score([finding], gold)["found"] == {"scope_inconsistency": ["", "F2"]}
    # ... and one that names no figure is about no defect
    parts = _relation("parts-within-wholes", "[a1] the parts said are more")
    assert score([parts], gold)["found"] == {"scope_inconsistency": ["", ""]}


def test_the_part_whole_checks_the_scorer_names_are_the_default_suites():
    # the scorer keys the part-whole kinds on the default suite's check ids
    suite = yaml.safe_load((ROOT / "expectations" / "claims.yml").read_text(encoding="utf-8"))
    ids = {entry.get("id") for entry in suite["expectations"]}
    assert ids >= PART_WHOLE_CHECKS
