"""The results document -> reports/index.html: one self-contained page (inline CSS, no URLs out).

Article text is untrusted: Jinja autoescape is on for every value, and the page's
Content-Security-Policy forbids scripts and any request leaving the file. The only markup not
escaped is the timelines' SVG, which matplotlib draws with text as paths.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from validation.report.charts import timeline_svgs

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
SHOWN_FINDINGS = 200
FIRST_SCREEN = 5  # gating findings listed in the banner

_environment = jinja2.Environment(
    loader=jinja2.PackageLoader("validation.report", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def _number(value: Any) -> str:
    """A bound as a person reads it: 2000, 1750000, 0.5; nothing for an open bound."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}".replace(",", " ")
    return f"{value:g}"


_environment.filters["number"] = _number


def _verdict_sentence(doc: dict[str, Any]) -> str:
    failing = doc["failing_expectations"]
    verdict = doc["verdict"]
    if verdict == "error":
        return "Some expectations could not be evaluated: fix the suite or the database (exit 2)."
    if verdict == "fail":
        return (f"This corpus does not pass: {failing.get('error', 0)} error-severity "
                "expectation(s) failed" + (" and warnings are fatal (--strict)"
                                          if doc["exit_code"] and not failing.get("error") else "")
                + ".")
    if verdict == "pass with warnings":
        return f"This corpus can go in; {failing.get('warning', 0)} warning(s) to read."
    return "This corpus can go in: every expectation passed."


def _one_per_expectation(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The first finding of each expectation, with how many more it has ("and 4 more")."""
    first: dict[tuple[str, str], dict[str, Any]] = {}
    for finding in findings:
        key = (finding["suite"], finding["expectation"])
        if key in first:
            first[key]["more"] += 1
        else:
            first[key] = {**finding, "more": 0}
    return list(first.values())


def render_html(doc: dict[str, Any], charts: list[str] | None = None) -> str:
    """Render the report page from a results document (see report/results.py); `charts` are
    the SVGs of its timelines when they were drawn already (charts.TimelinesDrawn)."""
    findings = sorted(doc["findings"], key=lambda f: (f.get("status", "new") != "new",
                                                      SEVERITY_ORDER.get(f["severity"], 3)))
    # the first screen: the new findings that gate (errors; warnings too when they fail the run)
    gating_severities = ("error", "warning") if doc["exit_code"] and not doc[
        "failing_expectations"].get("error") else ("error",)
    gating = [f for f in findings if f.get("status", "new") == "new"
              and f["severity"] in gating_severities]
    # when nothing gates, the first screen lists what the headline says is "to read" instead
    first_heading = "What fails the run" if gating else "Warnings to read"
    if not gating:
        gating = [f for f in findings if f.get("status", "new") == "new"
                  and f["severity"] == "warning"]
        gating = _one_per_expectation(gating)
    keys = doc.get("timelines") or []
    drawn = [Markup(svg) for svg in (timeline_svgs(keys) if charts is None else charts)]
    return _environment.get_template("index.html").render(
        doc=doc, verdict_sentence=_verdict_sentence(doc),
        shown_findings=findings[:SHOWN_FINDINGS], gating=gating[:FIRST_SCREEN],
        more_gating=max(0, len(gating) - FIRST_SCREEN), first_heading=first_heading,
        charts=list(zip(keys, drawn, strict=True)),
        compared={c["fingerprint"] for c in doc.get("comparisons") or []},
        viewed={a["article_id"] for a in doc.get("articles") or []},
    )


def write_html(doc: dict[str, Any], path: str | Path, charts: list[str] | None = None) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(doc, charts), encoding="utf-8")
    return path
