"""The results document -> files CI systems read: JUnit XML and a Markdown summary.

Both follow the gate's own rule, as results.json records it per expectation (`gates`, and its
findings by status). junit.xml has one testcase per expectation (classname = suite, name =
expectation id): one that gates the run is a <failure> (an <error> when it could not run); one
whose findings are all waived or in the baseline is <skipped> with the reason; a failing warning
of a run without --strict passes with the warning in <system-out>. So CI shows exactly what
gates the run. summary.md is short enough for a
pull-request comment or a GitHub step summary; every value in it is escaped (text()), so corpus
text shows as text in any Markdown viewer, never as markup or HTML.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from validation.report.results import count_text

SHOWN_ROWS = 10
SHOWN_FINDINGS = 15
MESSAGE_CHARACTERS = 200
# What starts Markdown inside a line: emphasis, code, links and images, strikethrough, table
# cells, and the ':' of 'https://' that GFM makes a link by itself. Values never start a line
# here, so line-start markup (#, -, 1.) cannot arise; '<', '>' and '&' become entities instead.
_MARKDOWN = re.compile(r"([\\`*_\[\]!|~]|:(?=//))")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def text(value: object) -> str:
    """A value as Markdown that shows exactly its text: on one line, no markup, no HTML."""
    flat = " ".join(str(value).split())
    escaped = _MARKDOWN.sub(r"\\\1", flat)
    return "".join(_HTML.get(c, c) for c in escaped)


def code(value: object, in_table: bool = False) -> str:
    """A value as an inline code span, its fence longer than any run of backticks inside it.
    In a table a value with '|' is plain text: renderers disagree on '\\|' in a code span."""
    flat = " ".join(str(value).split())
    if in_table and "|" in flat:
        return text(flat)
    fence = "`" * (max((len(run) for run in re.findall("`+", flat)), default=0) + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""  # GFM strips one each side
    return f"{fence}{pad}{flat}{pad}{fence}"


def shortened(value: str, limit: int) -> str:
    """At most `limit` characters and an ellipsis, cut at a space: never within a word unless
    one word is longer than the limit."""
    flat = " ".join(value.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0] if " " in flat[:limit] else flat[:limit]
    return cut.rstrip(" ,;:") + " …"


def _rows_text(expectation: dict[str, Any]) -> str:
    rows = expectation.get("sample_rows") or []
    lines = [", ".join(f"{k}={v}" for k, v in row.items()) for row in rows[:SHOWN_ROWS]]
    total = expectation.get("unexpected_count")
    if total is not None and total > len(lines):
        lines.append(f"... {total - len(lines)} more")
    return "\n".join(lines)


def _accepted(expectation: dict[str, Any], reasons: list[str]) -> str:
    """Why a failing expectation does not gate: its findings are waived or in the baseline."""
    found = expectation["findings"]
    parts = []
    if found["baseline"]:
        parts.append(f"{found['baseline']} in the baseline")
    if found["waived"]:
        parts.append(f"{found['waived']} waived: " + "; ".join(dict.fromkeys(reasons)))
    return f"accepted, does not gate ({', '.join(parts)})"


def junit_xml(document: dict[str, Any]) -> str:
    """One <testsuite> per suite, one <testcase> per expectation."""
    reasons: dict[tuple[str, str], list[str]] = {}
    for finding in document["findings"]:
        if finding.get("waived_because"):
            reasons.setdefault((finding["suite"], finding["expectation"]), []).append(
                finding["waived_because"])
    root = ET.Element("testsuites", name="news-corpus-validation")
    for suite in document["suites"]:
        element = ET.SubElement(root, "testsuite", name=suite["name"],
                                tests=str(len(suite["expectations"])),
                                time=str(suite.get("seconds", 0)))
        failures = errors = skipped = 0
        for expectation in suite["expectations"]:
            case = ET.SubElement(element, "testcase", classname=suite["name"],
                                 name=expectation["id"], file=suite["path"],
                                 line=str(expectation.get("line", 0)))
            summary = (f"{expectation['severity']}: {count_text(expectation)} - "
                       f"{expectation['description'] or expectation['type']}")
            if expectation["status"] == "error":
                errors += 1
                ET.SubElement(case, "error", message=f"could not run: {expectation['error']}")
            elif expectation["status"] == "failed":
                if expectation["gates"]:
                    failures += 1
                    failure = ET.SubElement(case, "failure", message=summary,
                                            type=expectation["kind"])
                    failure.text = _rows_text(expectation)
                elif expectation["accepted"]:
                    skipped += 1
                    ET.SubElement(case, "skipped", message=_accepted(
                        expectation, reasons.get((suite["name"], expectation["id"]), [])))
                else:
                    ET.SubElement(case, "system-out").text = (
                        f"{summary}\n{_rows_text(expectation)}")
        element.set("failures", str(failures))
        element.set("errors", str(errors))
        element.set("skipped", str(skipped))
    expired = (document.get("acceptance") or {}).get("expired_waivers") or []
    if expired:  # an expired waiver fails the run by itself
        element = ET.SubElement(root, "testsuite", name="waivers", tests=str(len(expired)),
                                failures=str(len(expired)), errors="0", skipped="0")
        for number, line in enumerate(expired, start=1):
            case = ET.SubElement(element, "testcase", classname="waivers",
                                 name=f"waiver-{number}-not-expired")
            ET.SubElement(case, "failure", message=line, type="expired_waiver")
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def summary_markdown(document: dict[str, Any], report_link: str = "index.html") -> str:
    """A few lines for a pull request: verdict, counts, what failed, where to read more."""
    icon = {"pass": "✅", "pass with warnings": "⚠️", "fail": "❌", "error": "🛑"}
    lines = [f"## {icon.get(document['verdict'], '')} Corpus validation: "
             f"{text(document['headline'])}", ""]
    corpus = document.get("corpus")
    if corpus:
        load = document.get("load") or {}
        lines.append(f"{corpus['articles']} articles, {corpus['claims']} claims, "
                     f"{corpus['date_mentions']} date mentions; "
                     f"{load.get('rejected', corpus['rejected'])} records rejected.")
        lines.append("")
    lines += ["| severity | failing expectations | findings |", "|---|---:|---:|"]
    for severity in ("error", "warning", "info"):
        lines.append(f"| {severity} | {document['failing_expectations'].get(severity, 0)} | "
                     f"{document['findings_by_severity'].get(severity, 0)} |")
    failing = [(suite["name"], e) for suite in document["suites"] for e in suite["expectations"]
               if e["status"] != "passed"]
    if failing:
        lines += ["", "| | expectation | unexpected | what it checks |", "|---|---|---:|---|"]
        for suite_name, e in failing:
            if e["status"] == "error":
                mark = "🛑 could not run"
            elif e["gates"]:
                mark = f"❌ {e['severity']}"
            elif e["accepted"]:
                mark = "accepted"
            else:
                mark = e["severity"]
            lines.append(f"| {text(mark)} | {code(suite_name + '/' + e['id'], in_table=True)} | "
                         f"{text(count_text(e))} | {text(e['description'] or e['type'])} |")
    acceptance = document.get("acceptance") or {}
    counts = acceptance.get("counts") or {}
    resolved = acceptance.get("resolved_since_baseline") or []
    if counts.get("waived") or counts.get("baseline") or resolved:
        lines += ["", f"{counts.get('new', 0)} new findings; {counts.get('baseline', 0)} known "
                  f"from the baseline and {counts.get('waived', 0)} waived do not gate; "
                  f"{len(resolved)} of the baseline resolved."]
    if resolved:
        lines += ["", f"Resolved since the baseline ({min(len(resolved), SHOWN_FINDINGS)} of "
                  f"{len(resolved)}):", ""]
        for gone in resolved[:SHOWN_FINDINGS]:
            said = shortened(gone.get("message") or gone["fingerprint"], MESSAGE_CHARACTERS)
            lines.append(f"- ✔️ {code(gone.get('kind') or 'finding')}: {text(said)}")
    for line in acceptance.get("expired_waivers", []):
        lines.append(f"- ❌ expired {text(line)}")
    for line in acceptance.get("stale_waivers", []):
        lines.append(f"- stale {text(line)}")
    ordered = sorted((f for f in document["findings"] if f.get("status", "new") == "new"),
                     key=lambda f: {"error": 0, "warning": 1}.get(f["severity"], 2))
    if ordered:
        lines += ["", f"First new findings ({min(len(ordered), SHOWN_FINDINGS)} of "
                  f"{len(ordered)}):", ""]
        for finding in ordered[:SHOWN_FINDINGS]:
            lines.append(f"- **{text(finding['severity'])}** {code(finding['kind'])}: "
                         f"{text(shortened(finding['message'], MESSAGE_CHARACTERS))}")
    lines += ["", f"Full report: `reports/{report_link}`; machine-readable: "
              "`reports/results.json`."]
    return "\n".join(lines) + "\n"


def write_ci_files(document: dict[str, Any], reports: Path) -> dict[str, Path]:
    reports.mkdir(parents=True, exist_ok=True)
    junit = reports / "junit.xml"
    junit.write_text(junit_xml(document), encoding="utf-8")
    summary = reports / "summary.md"
    summary.write_text(summary_markdown(document), encoding="utf-8")
    return {"junit": junit, "summary": summary}
