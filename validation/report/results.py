"""The results document: one JSON-safe dict that reports/results.json holds and the HTML renders.

Its schema is versioned (SCHEMA_VERSION) and documented in README.md ("results.json").
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from validation.expect.results import ERROR, SuiteResult
from validation.gate import Verdict, finding_gates

SCHEMA_VERSION = 2  # 2: claims per article gave way to comparisons, articles, timelines
SAMPLE_ROWS = 20


def _plain(value: Any) -> Any:
    """What JSON cannot hold as it is: dates as ISO text, anything else as its text."""
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return str(value)


def _jsonable(value: Any) -> Any:
    """The value as JSON would give it back (through json's C encoder and decoder: a walk in
    Python took a fifth of a second for 10,000 findings)."""
    return json.loads(json.dumps(value, default=_plain))


def _worst_severity(suite_result: SuiteResult) -> str | None:
    failing = {r.spec.severity for r in suite_result.results if r.failed}
    return next((s for s in ("error", "warning", "info") if s in failing), None)


def count_text(expectation: dict[str, Any]) -> str:
    """'3 unexpected' (and how many are new when some are accepted), or the observed value:
    how the terminal, junit.xml and summary.md say what an expectation found."""
    if expectation.get("unexpected_count") is None:
        return f"observed {expectation.get('observed_value')!r}"
    found = expectation.get("findings") or {}
    accepted = found.get("baseline", 0) + found.get("waived", 0)
    new = f" ({found.get('new', 0)} new)" if accepted and found.get("new") else ""
    return f"{expectation['unexpected_count']} unexpected{new}"


def suite_entries(suite_results: list[SuiteResult], findings: list[dict[str, Any]],
                  strict: bool = False) -> list[dict[str, Any]]:
    """Per suite and expectation: status, arguments, counts, the first failing rows, its
    findings by status (new, baseline, waived) and whether it gates the run."""
    statuses: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    gating = set()
    for finding in findings:
        key = (finding["suite"], finding["expectation"])
        statuses[key][finding.get("status", "new")] += 1
        if finding_gates(finding, strict):
            gating.add(key)
    entries = []
    for suite_result in suite_results:
        suite = suite_result.suite
        expectations = []
        for result in suite_result.results:
            spec = result.spec
            key = (suite.name, spec.id)
            expectations.append({
                "id": spec.id,
                "type": spec.type,
                "kwargs": spec.kwargs,
                "severity": spec.severity,
                "kind": spec.finding_kind,
                "description": spec.description,
                "line": spec.line,
                "status": result.status,
                "element_count": result.element_count,
                "unexpected_count": result.unexpected_count,
                "observed_value": result.observed_value,
                "error": result.error,
                "sample_rows": result.rows[:SAMPLE_ROWS],
                "findings": {status: statuses[key][status]
                             for status in ("new", "baseline", "waived")},
                "gates": result.status == ERROR or key in gating,
                # failed, and every finding waived or in the baseline: reported, no gate
                "accepted": result.failed and not statuses[key]["new"],
            })
        entries.append({
            "name": suite.name,
            "path": suite.path,
            "description": suite.description,
            "table": suite.table,
            "query": suite.query,
            "status": suite_result.status,
            "worst_severity": _worst_severity(suite_result),
            "seconds": round(suite_result.seconds, 3),
            "expectations": expectations,
        })
    return entries


def results_document(
    *, run: dict[str, Any], verdict: Verdict, suites: list[SuiteResult],
    findings: list[dict[str, Any]], load: dict[str, Any] | None = None,
    corpus: dict[str, Any] | None = None, rejected: list[dict[str, Any]] | None = None,
    extract: dict[str, Any] | None = None, acceptance: dict[str, Any] | None = None,
    compare: dict[str, Any] | None = None, comparisons: list[dict[str, Any]] | None = None,
    articles: list[dict[str, Any]] | None = None, timelines: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Assemble the results document from the stages' outputs."""
    by_severity = {"error": 0, "warning": 0, "info": 0}
    for finding in findings:
        if finding.get("status", "new") == "new":
            by_severity[finding["severity"]] = by_severity.get(finding["severity"], 0) + 1
    return _jsonable({
        "schema_version": SCHEMA_VERSION,
        "run": run,
        "verdict": verdict.verdict,
        "exit_code": verdict.exit_code,
        "headline": verdict.headline,
        "failing_expectations": verdict.failing,
        "findings_by_severity": by_severity,
        "load": load,
        "corpus": corpus,
        "suites": suite_entries(suites, findings, bool(run.get("strict"))),
        "findings": findings,
        "rejected": rejected or [],
        "extract": extract,
        "compare": compare,
        "comparisons": comparisons or [],
        "articles": articles or [],
        "timelines": timelines or [],
        "acceptance": acceptance,
    })


def write_json(document: dict[str, Any], path: str | Path) -> Path:
    """The document as JSON at `path`, written beside it and renamed: never half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial-{os.getpid()}")
    try:
        partial.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n",
                           encoding="utf-8")
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path
