"""Accepted findings: waivers (expectations/waivers.yml) and a baseline (a previous results.json).

A waiver accepts known findings, by fingerprint or by a match on expectation, kind and articles,
with a required reason and an optional expiry date. A waived finding is shown as waived and
does not gate; an expired waiver fails the run; a waiver that matches nothing is stale. A
baseline accepts every finding of an earlier accepted run: only findings new since then gate,
and the ones gone since then are listed as resolved.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from validation.config import load_yaml
from validation.errors import Problem, SuiteError

WAIVER_KEYS = ("fingerprint", "expectation", "kind", "articles", "reason", "expires")
NEW, KNOWN, WAIVED = "new", "baseline", "waived"


@dataclass
class Waiver:
    """One accepted finding (or group of findings) and why."""

    index: int
    reason: str
    fingerprint: str | None = None
    expectation: str | None = None
    kind: str | None = None
    articles: tuple[str, ...] = ()
    expires: dt.date | None = None
    used: int = 0

    def matches(self, finding: dict[str, Any]) -> bool:
        if self.fingerprint:
            return finding["fingerprint"] == self.fingerprint
        if self.expectation and finding["expectation"] != self.expectation:
            return False
        if self.kind and finding["kind"] != self.kind:
            return False
        return not self.articles or bool(set(self.articles) & set(finding["article_ids"]))

    def describe(self) -> str:
        what = self.fingerprint or ", ".join(
            f"{k}={v}" for k, v in (("expectation", self.expectation), ("kind", self.kind),
                                    ("articles", list(self.articles) or None)) if v)
        return f"waiver #{self.index} ({what})"


def load_waivers(path: Path) -> list[Waiver]:
    """The waivers of a file (none when it does not exist); SuiteError lists every problem."""
    if not path.exists():
        return []
    where = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SuiteError(Problem(f"cannot read waivers: {exc}", where=where,
                                 fix="save it as a UTF-8 YAML file")) from exc
    data = load_yaml(text, where, SuiteError) or {}
    entries = data.get("waivers") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise SuiteError(Problem("expected a 'waivers:' list", where=where,
                                 fix="see README.md, 'Waivers and baselines'"))
    waivers, problems = [], []
    for index, entry in enumerate(entries, start=1):
        label = f"{where}: waiver #{index}"
        if not isinstance(entry, dict):
            problems.append(Problem("must be a mapping", where=label))
            continue
        unknown = sorted(set(entry) - set(WAIVER_KEYS))
        if unknown:
            problems.append(Problem(f"unknown key(s) {', '.join(unknown)}", where=label,
                                    fix=f"allowed: {', '.join(WAIVER_KEYS)}"))
        if not str(entry.get("reason") or "").strip():
            problems.append(Problem("has no reason", where=label,
                                    fix="say why this finding is accepted (reason: ...)"))
        if not any(entry.get(k) for k in ("fingerprint", "expectation", "kind")):
            problems.append(Problem("matches nothing in particular", where=label,
                                    fix="give a fingerprint, or an expectation and/or kind"))
        expires = entry.get("expires")
        if expires is not None and not isinstance(expires, dt.date):
            try:
                expires = dt.date.fromisoformat(str(expires))
            except ValueError:
                problems.append(Problem(f"expires {expires!r} is not a date", where=label,
                                        fix="write it as YYYY-MM-DD"))
                expires = None
        articles = entry.get("articles") or []
        if not isinstance(articles, list):
            problems.append(Problem("articles must be a list of article ids", where=label))
            articles = []
        waivers.append(Waiver(index, str(entry.get("reason") or ""),
                              entry.get("fingerprint"), entry.get("expectation"),
                              entry.get("kind"), tuple(str(a) for a in articles), expires))
    if problems:
        raise SuiteError(problems)
    return waivers


BASELINE_KEYS = ("fingerprint", "suite", "expectation", "severity", "kind", "article_ids",
                 "message")


def load_baseline(path: Path) -> dict[str, dict[str, Any]]:
    """The findings of an accepted results.json (or of a baseline written by `baseline`), by
    fingerprint: what they said is listed when they are resolved."""
    fix = "pass a results.json of an earlier run, or write one with `make baseline`"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise SuiteError(Problem(f"cannot read baseline: {exc}", where=str(path),
                                 fix=fix)) from exc
    findings = data.get("findings", []) if isinstance(data, dict) else None
    if not isinstance(findings, list) or not all(
            isinstance(f, dict) and isinstance(f.get("fingerprint"), str) for f in findings):
        raise SuiteError(Problem(
            "not a baseline: expected an object whose 'findings' list holds findings with a "
            f"'fingerprint', found {_shape(data)}", where=str(path), fix=fix))
    return {f["fingerprint"]: {k: f.get(k) for k in BASELINE_KEYS} for f in findings}


def _shape(data: Any) -> str:
    """A few words on what a JSON value is, for an error message."""
    if isinstance(data, dict):
        findings = data.get("findings")
        return f"'findings' as {type(findings).__name__}" if not isinstance(
            findings, list) else "findings without a fingerprint"
    return "null" if data is None else f"a JSON {type(data).__name__}"


@dataclass
class Acceptance:
    """What waivers and the baseline made of a run's findings."""

    expired: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    resolved: list[dict[str, Any]] = field(default_factory=list)  # baseline findings gone
    counts: dict[str, int] = field(default_factory=lambda: {NEW: 0, KNOWN: 0, WAIVED: 0})

    def as_dict(self) -> dict[str, Any]:
        return {"expired_waivers": self.expired, "stale_waivers": self.stale,
                "resolved_since_baseline": self.resolved, "counts": self.counts}


def accept(findings: list[dict[str, Any]], waivers: list[Waiver],
           baseline: dict[str, dict[str, Any]] | None, today: dt.date) -> Acceptance:
    """Mark each finding new, baseline or waived (in place) and check the waivers."""
    result = Acceptance()
    active = [w for w in waivers if not (w.expires and w.expires < today)]
    for finding in findings:
        waiver = next((w for w in active if w.matches(finding)), None)
        if waiver is not None:
            waiver.used += 1
            finding["status"] = WAIVED
            finding["waived_because"] = waiver.reason
        elif baseline is not None and finding["fingerprint"] in baseline:
            finding["status"] = KNOWN
        else:
            finding["status"] = NEW
        result.counts[finding["status"]] += 1
    for waiver in waivers:
        if waiver.expires and waiver.expires < today:
            result.expired.append(f"{waiver.describe()} expired on {waiver.expires}: "
                                  f"{waiver.reason}")
        elif not waiver.used:
            result.stale.append(f"{waiver.describe()} matches no finding: {waiver.reason}")
    if baseline is not None:
        current = {f["fingerprint"] for f in findings}
        result.resolved = [baseline[f] for f in sorted(set(baseline) - current)]
    return result
