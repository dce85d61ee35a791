"""The report in a real browser: Debian's headless chromium driven by selenium and chromedriver.

A corpus with an article that contradicts the seeds and a script in a title is run; the page
must load with no console error, no request leaving the file, the contradiction on the first
screen, and the script shown as text. The screenshot stays in build/test-artifacts/ (CI uploads
it). `make test` installs chromium when it is missing; without it these tests skip.
"""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import ROOT
from tests.test_sources import CONTRADICTING

pytestmark = pytest.mark.browser

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
ARTIFACTS = ROOT / "build" / "test-artifacts"
INJECTION = "<script>document.title='pwned'</script><img src=x onerror=\"document.title='img'\">"
FIRST_SCREEN = (1280, 800)


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("Debian chromium and chromedriver are not installed (make browser)")
    from click.testing import CliRunner
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

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
    result = CliRunner().invoke(cli, ["run", "--corpus", str(corpus), "--db",
                                      str(tmp / "c.duckdb"), "--reports", str(tmp / "reports"),
                                      "--no-data-docs", "--today", "2026-11-22"])
    assert result.exit_code == 1, result.output  # the contradiction is an error

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={tmp / 'profile'}",
                 f"--window-size={FIRST_SCREEN[0]},{FIRST_SCREEN[1]}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
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
