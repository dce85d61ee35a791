"""The HTML report: self-contained, escaped, and showing what failed with its rows."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from tests.conftest import ROOT, TODAY

EVIL = '<script>alert("x")</script>'


class Page(HTMLParser):
    """Collects tags, their attributes and the text of a page."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


@pytest.fixture
def report(invoke, tmp_path, seed_corpus, suites_dir):
    (seed_corpus / "evil.jsonl").write_text(json.dumps({
        "id": f"evil{EVIL}", "title": EVIL, "published": "2030-01-01",
        "text": f"{EVIL} Een artikel met een script erin over de onrust in Almaty en Nur-Sultan."
    }) + "\n")
    result = invoke("run", "--corpus", seed_corpus, "--expectations", suites_dir,
                    "--db", tmp_path / "c.duckdb", "--reports", tmp_path / "reports",
                    "--today", TODAY, "--no-data-docs")
    assert result.exit_code == 1  # the article from 2030 is an error
    html = (tmp_path / "reports" / "index.html").read_text()
    page = Page()
    page.feed(html)
    return html, page


def test_untrusted_text_is_escaped_never_a_script(report):
    html, page = report
    assert not any(tag == "script" for tag, _ in page.tags)
    assert "&lt;script&gt;" in html
    assert any(EVIL in chunk for chunk in page.text)  # shown as text


def test_page_is_self_contained(report):
    html, page = report
    assert not re.search(r"https?://", html)
    for tag, attrs in page.tags:
        assert "src" not in attrs, tag
        if tag == "link":
            pytest.fail("no external stylesheets")
    assert any(tag == "style" for tag, _ in page.tags)


def test_verdict_and_failing_rows_are_on_the_page(report):
    html, page = report
    text = " ".join(page.text)
    assert "FAIL" in text and "This corpus does not pass" in text
    failing = [attrs.get("id") for tag, attrs in page.tags if tag == "tr"
               and attrs.get("class") == "row-failed"]
    assert "exp-articles-published-not-in-future" in failing
    assert "failing rows: showing 1 of 1" in text
    # how the corpus falls into stories, which decides what is compared
    assert re.search(r"Stories: 1 of two articles or more, holding \d+ articles", text)


def test_a_passing_run_lists_one_warning_per_expectation_on_the_first_screen(invoke, tmp_path):
    from tests.conftest import ROOT

    invoke("run", "--corpus", ROOT / "corpus", "--db", tmp_path / "c.duckdb",
           "--reports", tmp_path / "reports", "--today", TODAY, "--no-data-docs")
    html = (tmp_path / "reports" / "index.html").read_text()
    banner = html[html.index('<header'):html.index('</header>')]
    assert "Warnings to read:" in banner and "What fails the run" not in banner
    # five month-only dates are one line, "and 4 more like it", not five
    assert banner.count("coarse_publication_date") == 1 and "and 4 more like it" in banner


def test_a_script_that_calls_run_without_a_main_guard_works(tmp_path):
    """The library draws timelines in its own process only when asked (the CLI asks): a
    `spawn` process would run such a script again and the run would fail."""
    import subprocess
    import sys

    script = tmp_path / "validate.py"
    script.write_text(
        "from pathlib import Path\n"
        "from validation import pipeline\n"
        f"outcome = pipeline.run(pipeline.RunOptions(corpus=Path({str(ROOT / 'corpus')!r}), "
        f"expectations=Path({str(ROOT / 'expectations')!r}), db=Path({str(tmp_path)!r}) / "
        f"'c.duckdb', reports=Path({str(tmp_path)!r}) / 'reports', data_docs=False))\n"
        "print('exit', outcome.exit_code, len(outcome.document['timelines']))\n")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          cwd=tmp_path, check=False, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split()[:2] == ["exit", "0"] and int(done.stdout.split()[2]) > 0
    assert "<svg" in (tmp_path / "reports" / "index.html").read_text()


PAYLOADS = ('<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=1">',
            '[click](javascript:alert(1)) ![x](x) **bold** _it_ `code` ~~gone~~ a | b \\')


def test_summary_md_shows_corpus_text_as_text_and_cuts_between_words():
    """summary.md goes to pull requests and step summaries: rendered, no value of the corpus
    may become markup (mistune with raw HTML passed through, as a careless viewer would)."""
    import mistune

    from validation.report.ci import MESSAGE_CHARACTERS, summary_markdown

    message = " ".join(PAYLOADS) + " " + "lang woord " * 40
    finding = {"severity": "error", "kind": "future_publication", "status": "new",
               "message": message}
    failing = {"id": "a-b", "status": "failed", "severity": "error", "unexpected_count": 1,
               "description": " ".join(PAYLOADS), "type": "unexpected_rows_expectation",
               "gates": True, "findings": {"new": 1, "baseline": 0, "waived": 0}}
    document = {"verdict": "fail", "headline": "FAIL (1 error)", "corpus": None,
                "failing_expectations": {"error": 1}, "findings_by_severity": {"error": 1},
                "suites": [{"name": "s|<b>x</b>", "expectations": [failing]}],
                "acceptance": {"expired_waivers": [PAYLOADS[0]], "counts": {}},
                "findings": [finding]}
    markdown = summary_markdown(document)
    html = mistune.create_markdown(escape=False, plugins=["table", "strikethrough", "url"])(
        markdown)
    page = Page()
    page.feed(html)
    tags = [tag for tag, _ in page.tags]
    assert not {"script", "img", "a", "em", "del", "b"} & set(tags), tags
    assert tags.count("strong") == 1  # the finding's severity, ours
    assert tags.count("code") == 3  # the kind and the two file names: ours
    shown = "".join(page.text)
    for payload in PAYLOADS:
        assert payload in " ".join(shown.split()), payload
    assert shown.count("s|<b>x</b>/a-b") == 1
    finding_line = next(line for line in markdown.splitlines() if "future_publication" in line)
    assert finding_line.endswith("lang woord …") or finding_line.endswith("lang …")
    cut = next(chunk for chunk in page.text if "lang woord" in chunk)
    assert len(" ".join(cut.split())) <= MESSAGE_CHARACTERS + 2


@pytest.mark.parametrize("days", [
    ("0001-01-01", "0001-01-02"), ("9999-12-30", "9999-12-31"), ("0001-01-01", "9999-12-31")],
    ids=["year-1", "year-9999", "both-ends"])
def test_a_timeline_draws_reports_at_the_ends_of_the_calendar(days):
    from validation.report.charts import timeline_svg

    points = [{"series": source, "reported_start": day, "reported_end": day, "value_low": low,
               "value_high": high, "hedged": False, "report": source}
              for source, day, low, high in (("A", days[0], 45.0, 45.0),
                                             ("B", days[1], 50.0, None))]
    svg = timeline_svg({"metric": "arrests", "subject": "", "event": "", "time_frame": "",
                        "points": points})
    assert svg.startswith("<svg") and "</svg>" in svg


def test_every_side_by_side_pair_says_the_compare_stages_reason(report):
    """The reason comes from claim_comparisons whichever order the finding names its claims
    in, never the finding's message cut up."""
    html, _ = report
    whys = re.findall(r'<p class="why">(.*?)</p>', html, re.S)
    assert whys
    assert not [why for why in whys if why.lstrip().startswith("[")], whys
