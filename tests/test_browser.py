"""The report in a real browser: Debian's headless chromium driven by selenium and chromedriver.

A corpus with an article that contradicts the seeds and a script in a title is run with the
contradiction made an error (a warning by default); the page must load with no console error,
no request leaving the file, the contradiction on the first screen, and the script shown as
text. The screenshot stays in build/test-artifacts/ (CI uploads it). `make test` installs
chromium when it is missing; without it these tests skip.
"""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import ROOT
from tests.test_sources import CONTRADICTING, CONTRADICTIONS_AS_ERRORS

pytestmark = pytest.mark.browser

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
ARTIFACTS = ROOT / "build" / "test-artifacts"
INJECTION = "<script>document.title='pwned'</script><img src=x onerror=\"document.title='img'\">"
FIRST_SCREEN = (1280, 800)


def _chromium(tmp, *flags: str):
    """Headless chromium through chromedriver, logging the console and the network."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={tmp / 'profile'}",
                 f"--window-size={FIRST_SCREEN[0]},{FIRST_SCREEN[1]}", *flags):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    return webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("Debian chromium and chromedriver are not installed (make browser)")
    from click.testing import CliRunner

    from validation.cli import cli

    tmp = tmp_path_factory.mktemp("browser")
    corpus = tmp / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    (corpus / "005_contradiction.txt").write_text(CONTRADICTING)
    (corpus / "006_injection.jsonl").write_text(json.dumps({
        "id": "injection", "published": "2022-01-06", "title": INJECTION,
        "text": f"Een tekst over Almaty met {INJECTION} erin, en twee agenten gewond."}) + "\n")
    with (corpus / "publication-estimates.yml").open("a") as estimates:
        estimates.write("005_contradiction:\n  from: 2022-01-06\n  why: test\n")
    expectations = tmp / "expectations"
    shutil.copytree(ROOT / "expectations", expectations)
    (expectations / "sources.yml").write_text(CONTRADICTIONS_AS_ERRORS)
    result = CliRunner().invoke(cli, ["run", "--corpus", str(corpus), "--db",
                                      str(tmp / "c.duckdb"), "--reports", str(tmp / "reports"),
                                      "--expectations", str(expectations),
                                      "--no-data-docs", "--today", "2026-11-22"])
    assert result.exit_code == 1, result.output  # the contradiction, made an error

    driver = _chromium(tmp)
    try:
        driver.get((tmp / "reports" / "index.html").as_uri())
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(ARTIFACTS / "report-first-screen.png"))
        yield driver, tmp
    finally:
        driver.quit()


def test_the_page_loads_with_no_console_error(page):
    driver, _ = page
    problems = [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
    assert problems == []
    assert driver.title.startswith("Corpus validation: fail")


def test_no_request_leaves_the_file(page):
    driver, _ = page
    requests = [json.loads(e["message"])["message"]["params"]
                for e in driver.get_log("performance")
                if '"Network.requestWillBeSent"' in e["message"]]
    # the browser's own start page asks for chrome:// resources; the report asks for itself only
    ours = [r["request"]["url"] for r in requests
            if r.get("documentURL", "").startswith("file://")]
    assert ours and all(u.startswith(("file://", "data:")) for u in ours), ours
    assert not [r["request"]["url"] for r in requests
                if r["request"]["url"].startswith(("http:", "https:", "ws:", "wss:"))]


def test_the_contradiction_is_on_the_first_screen(page):
    from selenium.webdriver.common.by import By

    driver, _ = page
    gating = driver.find_element(By.CSS_SELECTOR, "ol.gating li")
    assert "contradiction" in gating.text and "twintig" in gating.text
    top = gating.location["y"] + gating.size["height"]
    assert gating.is_displayed() and top <= FIRST_SCREEN[1], top
    side = driver.find_element(By.CSS_SELECTOR, "#comparisons .comparison mark.claim")
    assert side.text in ("twaalf", "twintig")


def test_a_script_in_the_corpus_stays_text(page):
    from selenium.webdriver.common.by import By

    driver, _ = page
    assert "pwned" not in driver.title and "img" not in driver.title
    assert driver.find_elements(By.CSS_SELECTOR, "main script, main img") == []
    summary = driver.find_element(By.CSS_SELECTOR, "#article-injection summary")
    assert "<script>document.title='pwned'</script>" in summary.text


# Put into every field a record has; each sets window.__pwned, one also opens an alert.
PAYLOADS = ("<script>window.__pwned=1</script>",
            "<img src=x onerror=\"window.__pwned=1;alert(1)\">",
            "<svg onload=\"window.__pwned=1\"></svg>",
            "<iframe srcdoc=\"<script>parent.__pwned=1</script>\"></iframe>")
PAYLOAD = "".join(PAYLOADS)


def test_no_page_of_a_run_runs_a_script_from_the_corpus(tmp_path):
    """Every page a run writes, opened in chromium with a script in every field of two
    records (one loaded, one rejected for its date): index.html, every GX Data Docs page, and
    summary.md rendered by mistune with raw HTML passed through, as a careless viewer would."""
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("Debian chromium and chromedriver are not installed (make browser)")
    import mistune
    from click.testing import CliRunner
    from selenium.common.exceptions import NoAlertPresentException

    from validation.cli import cli

    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    fields = {"id": f"x{PAYLOAD}", "title": PAYLOAD, "source": PAYLOAD, "url": f"https://e.x/{PAYLOAD}",
              "event": PAYLOAD, "published": "2030-01-06",
              "text": f"Een tekst over Almaty met {PAYLOAD} erin, en twee agenten gewond. Ã©"}
    with (corpus / "payload.jsonl").open("w") as records:
        records.write(json.dumps(fields) + "\n")
        records.write(json.dumps({**fields, "id": f"y{PAYLOAD}", "published": PAYLOAD}) + "\n")
    reports = tmp_path / "reports"
    result = CliRunner().invoke(cli, ["run", "--corpus", str(corpus), "--db",
                                      str(tmp_path / "c.duckdb"), "--reports", str(reports),
                                      "--today", "2026-11-22"])
    assert result.exit_code == 1, result.output  # published in 2030 is an error
    rendered = reports.parent / "summary.html"
    rendered.write_text(mistune.create_markdown(escape=False, plugins=["table", "url"])(
        (reports / "summary.md").read_text()))
    pages = [reports / "index.html", rendered, *sorted((reports / "gx").rglob("*.html"))]
    assert len(pages) > 4
    # nothing may reach the network either: every host name fails to resolve
    driver = _chromium(tmp_path, "--host-resolver-rules=MAP * ~NOTFOUND")
    shown = []
    try:
        for html in pages:
            driver.get(html.as_uri())
            with pytest.raises(NoAlertPresentException):
                driver.switch_to.alert.text  # noqa: B018 (raises when no alert is open)
            assert driver.execute_script("return window.__pwned") is None, html
            if "window.__pwned" in driver.page_source:
                shown.append(html.name)
    finally:
        driver.quit()
    # the payload reached the summary, the report and GX's validation pages, and never ran
    assert {"index.html", "summary.html"} <= set(shown) and len(shown) > 2, shown
