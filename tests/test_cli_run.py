"""`run`: the whole pipeline on a corpus, with its output, reports and exit codes."""

from __future__ import annotations

import json

import duckdb
import pytest

from tests.conftest import ROOT, TODAY

FUTURE_ARTICLE = (" date 2030-01-05 Een artikel uit de toekomst over de protesten in Almaty, "
                  "lang genoeg om niet als te kort te gelden.\n")


@pytest.fixture
def run(invoke, tmp_path, seed_corpus, suites_dir):
    """`run` on copies of the corpus and suites, into a temporary database and reports folder."""

    def go(*extra: str, corpus=None, docs=False):
        args = ["run", "--corpus", corpus or seed_corpus, "--expectations", suites_dir,
                "--db", tmp_path / "build" / "c.duckdb", "--reports", tmp_path / "reports",
                "--today", TODAY, *extra]
        if not docs:
            args.append("--no-data-docs")
        return invoke(*args)

    return go


def test_seed_corpus_passes_with_the_month_precision_warning(run, tmp_path):
    result = run(docs=True)
    assert result.exit_code == 0, result.output
    assert "WARNING articles/published-to-the-day: 5 unexpected" in result.stdout
    assert "records: 5 read, 5 loaded, 0 rejected" in result.stdout
    assert "WARNING hygiene/no-media-residue: 6 unexpected" in result.stdout
    assert result.stdout.strip().endswith("PASS WITH WARNINGS (3 warnings, 2 info) - exit 0")
    reports = tmp_path / "reports"
    assert (reports / "index.html").exists() and (reports / "gx" / "index.html").exists()
    document = json.loads((reports / "results.json").read_text())
    assert document["schema_version"] == 2 and document["verdict"] == "pass with warnings"
    assert document["load"]["loaded"] == 5 and document["corpus"]["languages"] == {"nl": 5}
    counts = {suite["name"]: len(suite["expectations"]) for suite in document["suites"]}
    assert counts == {"articles": 9, "claims": 7, "dates": 4, "extraction": 1, "hygiene": 5,
                      "load": 2, "sources": 6}
    assert {f["kind"] for f in document["findings"]} == {
        "coarse_publication_date", "media_residue", "name_variants", "hedged_tension",
        "scope_inconsistency", "update"}
    with duckdb.connect(str(tmp_path / "build" / "c.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM findings").fetchone()[0] == 5 + 6 + 2 + 3 + 9
        assert con.execute("SELECT exit_code, records_read FROM runs").fetchall() == [(0, 5)]


def test_strict_makes_warnings_fatal(run):
    result = run("--strict")
    assert result.exit_code == 1
    assert "FAIL (3 warnings, 2 info) - exit 1" in result.stdout


def test_an_article_from_the_future_fails_the_run(run, seed_corpus):
    (seed_corpus / "future.txt").write_text(FUTURE_ARTICLE)
    result = run()
    assert result.exit_code == 1
    assert "ERROR   articles/published-not-in-future: 1 unexpected" in result.stdout


def test_a_duplicate_text_under_another_id_is_one_finding_naming_both(run, seed_corpus, tmp_path):
    source = seed_corpus / "000_ff9379563cc96bce.txt"
    (seed_corpus / "copy.txt").write_bytes(source.read_bytes())
    result = run()
    assert result.exit_code == 1
    document = json.loads((tmp_path / "reports" / "results.json").read_text())
    [finding] = [f for f in document["findings"] if f["kind"] == "duplicate_text"]
    assert finding["article_ids"] == ["000_ff9379563cc96bce", "copy"]


def test_fingerprints_are_stable_across_runs(run, tmp_path):
    run()
    first = json.loads((tmp_path / "reports" / "results.json").read_text())["findings"]
    run()
    second = json.loads((tmp_path / "reports" / "results.json").read_text())["findings"]
    assert [f["fingerprint"] for f in first] == [f["fingerprint"] for f in second]
    assert len({f["fingerprint"] for f in first}) == len(first)


def test_broken_records_are_counted_and_listed(run, tmp_path):
    from tests.conftest import DATA

    result = run(corpus=DATA / "broken")
    assert "records: 16 read, 4 loaded, 12 rejected (see the 'rejected' table)" in result.stdout
    assert "not read (unknown format):" in result.stdout and "notes.md" in result.stdout
    document = json.loads((tmp_path / "reports" / "results.json").read_text())
    assert len(document["rejected"]) == 12
    assert all(r["reason"] and r["origin"] for r in document["rejected"])


def test_a_broken_suite_exits_2_naming_file_and_line(run, suites_dir):
    (suites_dir / "typo.yml").write_text(
        "suite: typo\ntable: articles\nexpectations:\n  - type: expect_column_to_exists\n"
        "    kwargs: {column: body}\n")
    result = run()
    assert result.exit_code == 2
    assert "typo.yml:4: unknown expectation 'expect_column_to_exists'" in result.stderr
    assert "did you mean 'expect_column_to_exist'?" in result.stderr


def test_a_missing_corpus_exits_2(run, tmp_path):
    result = run(corpus=tmp_path / "no-such-corpus")
    assert result.exit_code == 2
    assert "corpus path" in result.stderr and "does not exist" in result.stderr


def test_an_expectation_that_cannot_run_exits_2(run, suites_dir):
    (suites_dir / "bad_column.yml").write_text(
        "suite: bad-column\ntable: articles\nexpectations:\n"
        "  - type: expect_column_values_to_not_be_null\n    id: ghost\n"
        "    kwargs: {column: no_such_column}\n")
    result = run()
    assert result.exit_code == 2
    assert "ERROR   bad-column/ghost: could not run:" in result.stdout
    assert "bad_column.yml:4" in result.stdout


def test_field_mapping_option_is_validated(run):
    result = run("--map", "textbody")
    assert result.exit_code == 2
    assert "is not FIELD=NAME" in result.output


def junit_cases(tmp_path):
    import xml.etree.ElementTree as ET

    root = ET.parse(tmp_path / "reports" / "junit.xml").getroot()
    return {(case.get("classname"), case.get("name")): case for case in root.iter("testcase")}


def test_junit_has_one_testcase_per_expectation_and_fails_only_what_gates(run, seed_corpus,
                                                                           tmp_path):
    (seed_corpus / "future.txt").write_text(FUTURE_ARTICLE)
    run()
    cases = junit_cases(tmp_path)
    assert len(cases) == 34
    future = cases[("articles", "published-not-in-future")]
    assert future.find("failure") is not None and "future" in future.find("failure").text
    coarse = cases[("articles", "published-to-the-day")]
    assert coarse.find("failure") is None and "warning: 5 unexpected" in coarse.find(
        "system-out").text
    summary = (tmp_path / "reports" / "summary.md").read_text()
    assert summary.startswith("## ❌ Corpus validation: FAIL")
    assert "`articles/published-not-in-future`" in summary


def test_strict_turns_warnings_into_junit_failures(run, tmp_path):
    run("--strict")
    assert junit_cases(tmp_path)[("articles", "published-to-the-day")].find("failure") is not None


def test_the_command_leaves_nothing_behind_on_stderr(tmp_path):
    """The timelines' drawing process ends with the run: left running, it made Python warn of
    leaked semaphores after every `make validate`."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "validation", "run", "--quiet", "--no-data-docs",
         "--corpus", str(ROOT / "corpus"), "--expectations", str(ROOT / "expectations"),
         "--db", str(tmp_path / "c.duckdb"), "--reports", str(tmp_path / "reports")],
        capture_output=True, text=True, cwd=ROOT, check=False, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Warning" not in done.stderr and "leaked" not in done.stderr


def test_a_run_that_loaded_no_article_is_never_a_pass(run, tmp_path):
    corpus = tmp_path / "empty"
    corpus.mkdir()
    (corpus / "a.jsonl").write_text("")
    (corpus / "b.jsonl").write_text("\n\n")
    result = run(corpus=corpus)
    assert result.exit_code == 1
    assert "ERROR   load/articles-loaded: 1 unexpected" in result.stdout
    # nor does an --append that added nothing to a healthy store, judged on its own figures
    assert run().exit_code == 0
    result = run("--append", corpus=corpus)
    assert result.exit_code == 1
    assert "ERROR   load/articles-loaded: 1 unexpected" in result.stdout
    assert "few-records-rejected" not in result.stdout


def test_a_corpus_whose_records_are_mostly_rejected_fails(run):
    from tests.conftest import DATA

    result = run(corpus=DATA / "broken")
    assert result.exit_code == 1
    assert "ERROR   load/few-records-rejected: 1 unexpected" in result.stdout


def test_a_bug_exits_3_and_logs_its_traceback_under_the_reports_folder(tmp_path):
    import subprocess
    import sys

    reports = tmp_path / "reports"
    crash = ("import validation.pipeline as p, validation.cli as c\n"
             "def broken(*args, **kwargs): raise KeyError('a bug')\n"
             "p.run = broken\n"
             f"c.main(['run', '--corpus', 'corpus', '--reports', {str(reports)!r}, "
             f"'--db', {str(tmp_path / 'c.duckdb')!r}])\n")
    done = subprocess.run([sys.executable, "-c", crash], capture_output=True, text=True,
                          cwd=ROOT, check=False, timeout=120)
    assert done.returncode == 3, done.stderr[-2000:]
    assert "internal error: KeyError: 'a bug'" in done.stderr
    assert "Traceback" not in done.stderr
    [log] = reports.glob("crash-*.log")
    assert str(log) in done.stderr
    assert "Traceback" in log.read_text() and "a bug" in log.read_text()
