"""The results document -> reports/index.html: one self-contained page (inline CSS, no URLs out).

Article text is untrusted: Jinja autoescape is on for every value, and the page's
Content-Security-Policy forbids scripts and any request leaving the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
SHOWN_FINDINGS = 200

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


def render_html(doc: dict[str, Any]) -> str:
    """Render the report page from a results document (see report/results.py)."""
    findings = sorted(doc["findings"], key=lambda f: (f.get("status", "new") != "new",
                                                      SEVERITY_ORDER.get(f["severity"], 3)))
    return _environment.get_template("index.html").render(
        doc=doc, verdict_sentence=_verdict_sentence(doc),
        shown_findings=findings[:SHOWN_FINDINGS],
    )


def write_html(doc: dict[str, Any], path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(doc), encoding="utf-8")
    return path
