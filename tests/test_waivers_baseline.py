"""Waivers and baselines: accepted findings do not gate; new ones do."""

from __future__ import annotations

import json

import pytest

from tests.conftest import TODAY

FUTURE = (" date 2030-01-05 Een artikel uit de toekomst over de protesten in Almaty, lang "
          "genoeg om niet als te kort te gelden.\n")


@pytest.fixture
def run(invoke, tmp_path, seed_corpus, suites_dir):
    def go(*extra):
        result = invoke("run", "--corpus", seed_corpus, "--expectations", suites_dir,
                        "--db", tmp_path / "c.duckdb", "--reports", tmp_path / "reports",
                        "--today", TODAY, "--no-data-docs", *extra)
        document = json.loads((tmp_path / "reports" / "results.json").read_text())
        return result, document

    return go


def future_finding(document):
    return next(f for f in document["findings"] if f["kind"] == "future_publication")


def test_a_waived_finding_no_longer_fails_the_run(run, seed_corpus, suites_dir):
    (seed_corpus / "future.txt").write_text(FUTURE)
    result, document = run()
    assert result.exit_code == 1
    fingerprint = future_finding(document)["fingerprint"]
    (suites_dir / "waivers.yml").write_text(
        f"waivers:\n  - fingerprint: {fingerprint}\n"
        "    reason: embargoed piece, published on its date\n    expires: 2099-01-01\n")
    result, document = run()
    assert result.exit_code == 0, result.output
    finding = future_finding(document)
    assert finding["status"] == "waived"
    assert finding["waived_because"] == "embargoed piece, published on its date"


def test_an_expired_waiver_fails_and_a_stale_one_is_reported(run, seed_corpus, suites_dir,
                                                             tmp_path):
    (seed_corpus / "future.txt").write_text(FUTURE)
    (suites_dir / "waivers.yml").write_text(
        "waivers:\n"
        "  - expectation: published-not-in-future\n    articles: [future]\n"
        "    reason: embargo\n    expires: 2020-01-01\n"
        "  - kind: duplicate_text\n    reason: syndicated copies are expected\n")
    result, document = run()
    assert result.exit_code == 1
    assert "EXPIRED waiver #1" in result.stdout and "expired on 2020-01-01" in result.stdout
    import xml.etree.ElementTree as ET

    junit = ET.parse(tmp_path / "reports" / "junit.xml").getroot()
    [failure] = junit.findall("testsuite[@name='waivers']/testcase/failure")
    assert "expired on 2020-01-01" in failure.get("message")
    assert "STALE   waiver #2 (kind=duplicate_text) matches no finding" in result.stdout
    assert future_finding(document)["status"] == "new"  # an expired waiver waives nothing


def test_a_waiver_without_a_reason_is_a_configuration_error(invoke, tmp_path, seed_corpus,
                                                           suites_dir):
    (suites_dir / "waivers.yml").write_text("waivers:\n  - kind: duplicate_text\n")
    result = invoke("run", "--corpus", seed_corpus, "--expectations", suites_dir,
                    "--db", tmp_path / "c.duckdb", "--reports", tmp_path / "reports")
    assert result.exit_code == 2
    assert "waivers.yml: waiver #1: has no reason" in result.stderr
    assert not (tmp_path / "reports" / "results.json").exists()  # stopped before any work


def test_the_baseline_fails_only_on_new_findings_and_lists_resolved_ones(run, invoke, tmp_path,
                                                                         seed_corpus):
    (seed_corpus / "future.txt").write_text(FUTURE)
    result, _ = run()
    assert result.exit_code == 1
    baseline = tmp_path / "baseline.json"
    accepted = invoke("baseline", "--results", tmp_path / "reports" / "results.json",
                      "--out", baseline)
    assert accepted.exit_code == 0 and "findings accepted" in accepted.stdout
    result, document = run("--baseline", baseline)
    assert result.exit_code == 0, result.output
    assert document["acceptance"]["counts"]["new"] == 0
    (seed_corpus / "future.txt").unlink()
    (seed_corpus / "future2.txt").write_text(FUTURE.replace("uit de toekomst", "van later"))
    result, document = run("--baseline", baseline)
    assert result.exit_code == 1  # the new future article gates
    assert future_finding(document)["article_ids"] == ["future2"]
    assert len(document["acceptance"]["resolved_since_baseline"]) == 1  # the old one is gone


def test_a_run_passing_through_waivers_and_a_baseline_is_green_in_every_output(run, invoke,
                                                                              tmp_path,
                                                                              seed_corpus,
                                                                              suites_dir):
    import xml.etree.ElementTree as ET

    (seed_corpus / "future.txt").write_text(FUTURE)
    (seed_corpus / "copy.txt").write_text((seed_corpus / "000_ff9379563cc96bce.txt").read_text())
    result, document = run()
    assert result.exit_code == 1
    duplicate = next(f for f in document["findings"] if f["kind"] == "duplicate_text")
    (suites_dir / "waivers.yml").write_text(
        f"waivers:\n  - fingerprint: {duplicate['fingerprint']}\n"
        "    reason: a syndicated copy we keep on purpose\n")
    baseline = tmp_path / "baseline.json"
    invoke("baseline", "--results", tmp_path / "reports" / "results.json", "--out", baseline)
    result, document = run("--baseline", baseline)
    assert result.exit_code == 0, result.output
    # the terminal: no ERROR line before the PASS
    assert not [line for line in result.stdout.splitlines() if line.startswith("ERROR")]
    assert "ACCEPTED" in result.stdout and "PASS" in result.stdout.splitlines()[-1]
    # junit.xml: nothing fails; accepted expectations are skipped with their reason
    root = ET.parse(tmp_path / "reports" / "junit.xml").getroot()
    assert not root.findall(".//failure") and not root.findall(".//error")
    skipped = {case.get("name"): case.find("skipped").get("message")
               for case in root.iter("testcase") if case.find("skipped") is not None}
    assert "1 in the baseline" in skipped["published-not-in-future"]
    assert "waived: a syndicated copy we keep on purpose" in skipped["no-duplicate-bodies"]
    # summary.md: the verdict is green and no line says an expectation gates
    summary = (tmp_path / "reports" / "summary.md").read_text()
    assert summary.startswith("## ✅") or summary.startswith("## ⚠️")
    assert "❌" not in summary and "| accepted |" in summary
    # index.html: accepted, and nothing marked as gating the run
    page = (tmp_path / "reports" / "index.html").read_text()
    assert ">accepted</span>" in page and "gates the run" not in page
    # a baseline finding that is gone is listed, with what it said
    (seed_corpus / "future.txt").unlink()
    result, document = run("--baseline", baseline)
    assert result.exit_code == 0
    summary = (tmp_path / "reports" / "summary.md").read_text()
    assert "Resolved since the baseline (1 of 1)" in summary
    assert "future\\_publication" in summary or "future_publication" in summary
    [gone] = document["acceptance"]["resolved_since_baseline"]
    assert gone["kind"] == "future_publication" and gone["article_ids"] == ["future"]


@pytest.mark.parametrize(("text", "expected"), [
    ("waivers:\n  - kind: duplicate_text\n    reason: known\n    expires: 2026-02-30\n",
     "waivers.yml:4: '2026-02-30' is not a date"),
    ("waivers:\n  - kind: !!python/object/apply:os.system ['echo pwned']\n    reason: x\n",
     "waivers.yml:2: not plain YAML data"),
])
def test_a_waivers_file_that_is_no_plain_yaml_is_an_error_with_its_line(tmp_path, text, expected):
    from validation.errors import SuiteError
    from validation.waivers import load_waivers

    (tmp_path / "waivers.yml").write_text(text)
    with pytest.raises(SuiteError) as error:
        load_waivers(tmp_path / "waivers.yml")
    assert str(error.value.problems[0]).startswith(f"{tmp_path}/{expected}")


@pytest.mark.parametrize("content", [b"null", b"[1, 2]", b'"text"', b"\x89PNG\r\n\x1a\n\x00\xff",
                                     b'{"findings": 3}', b'{"findings": [1]}',
                                     b'{"findings": [{"kind": "x"}]}'])
def test_a_baseline_that_is_not_a_results_document_is_an_error(tmp_path, content):
    from validation.errors import SuiteError
    from validation.waivers import load_baseline

    (tmp_path / "baseline.json").write_bytes(content)
    with pytest.raises(SuiteError, match="baseline") as error:
        load_baseline(tmp_path / "baseline.json")
    assert error.value.problems[0].fix


@pytest.mark.parametrize("content", [b"\x89PNG\r\n\x1a\n\x00\xff", b"[1]", b'{"findings": 2}'])
def test_baseline_of_a_file_that_is_no_results_document_exits_2(invoke, tmp_path, content):
    (tmp_path / "results.json").write_bytes(content)
    result = invoke("baseline", "--results", tmp_path / "results.json", "--out",
                    tmp_path / "baseline.json")
    assert result.exit_code == 2
    assert "baseline" in result.stderr and not (tmp_path / "baseline.json").exists()
