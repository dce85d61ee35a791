"""Expectation results -> findings: one row per failing row (or per failing aggregate check).

A finding names the articles and claims it concerns and carries a fingerprint that stays the
same across runs for the same problem, so waivers and baselines can refer to it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any

from validation.expect.results import ExpectationResult, SuiteResult

ARTICLE_KEYS = ("article_id", "article_ids")
CLAIM_KEYS = ("claim_id", "claim_ids")
UNIQUENESS = ("expect_column_values_to_be_unique", "expect_compound_columns_to_be_unique")


def _ids(row: dict[str, Any], keys: tuple[str, ...]) -> list[str]:
    ids: list[str] = []
    for key in keys:
        value = row.get(key)
        if isinstance(value, list | tuple):
            ids.extend(str(v) for v in value if v is not None)
        elif value is not None:
            ids.append(str(value))
    return sorted(set(ids))


def fingerprint(suite: str, expectation: str, kind: str, identity: Any) -> str:
    """A stable id for one finding: same suite, expectation, kind and rows give the same print."""
    text = json.dumps([suite, expectation, kind, identity], sort_keys=True, default=str)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=10).hexdigest()


def _describe(row: dict[str, Any], skip: tuple[str, ...]) -> str:
    shown = [f"{k}={v!r}" for k, v in row.items() if k not in skip and v is not None]
    return ", ".join(shown)


def _grouped(result: ExpectationResult) -> list[dict[str, Any]]:
    """Rows of a uniqueness check grouped by the repeated value: one finding per duplicate group."""
    columns = result.spec.kwargs.get("column_list") or [result.spec.kwargs.get("column")]
    if result.spec.type not in UNIQUENESS or not all(c for c in columns):
        return result.rows
    groups: dict[str, dict[str, Any]] = {}
    for row in result.rows:
        key = json.dumps([row.get(c) for c in columns], default=str)
        group = groups.setdefault(key, {c: row.get(c) for c in columns} | {"article_ids": []})
        group["article_ids"].extend(_ids(row, ARTICLE_KEYS))
        group["rows"] = group.get("rows", 0) + 1
    for group in groups.values():
        shown = ", ".join(f"{c}={group[c]!r}" for c in columns)
        group["message"] = f"{shown} appears in {group.pop('rows')} rows ({result.spec.id})"
    return list(groups.values())


def findings_for(suite_name: str, result: ExpectationResult) -> Iterator[dict[str, Any]]:
    """The findings of one failed expectation (none when it passed or could not run)."""
    if not result.failed:
        return
    spec = result.spec
    label = spec.description or spec.type
    base = {"suite": suite_name, "expectation": spec.id, "severity": spec.severity,
            "kind": spec.finding_kind}
    if not result.rows:
        observed = result.observed_value
        message = f"{label} (observed: {observed!r})" if observed is not None else label
        yield {**base, "article_ids": [], "claim_ids": [], "message": message,
               "fingerprint": fingerprint(suite_name, spec.id, spec.finding_kind, observed)}
        return
    seen: dict[str, int] = {}
    for row in _grouped(result):
        article_ids, claim_ids = _ids(row, ARTICLE_KEYS), _ids(row, CLAIM_KEYS)
        detail = _describe(row, ARTICLE_KEYS + CLAIM_KEYS + ("message",))
        if row.get("message"):
            text = str(row["message"])
        elif detail:
            text = f"{detail} fails {spec.id}"
        else:
            text = label
        if article_ids:
            text = f"[{', '.join(article_ids)}] {text}"
        # Rows without ids are identified by their values (e.g. `check` on another database);
        # rows with a message by it too, as one article can have several (two captions).
        identity = ([article_ids, claim_ids, row.get("message")] if (article_ids or claim_ids)
                    else row)
        if not (article_ids or claim_ids):
            # rows known only by their values: the same values twice are two findings, so a
            # baseline of one NULL does not hide a second
            key = json.dumps(row, sort_keys=True, default=str)
            seen[key] = seen.get(key, 0) + 1
            identity = [row, seen[key]] if seen[key] > 1 else row
        # an expectation that classifies (expect_reported_counts_to_agree) names each row's kind
        kind = str(row.get("kind") or spec.finding_kind)
        yield {**base, "kind": kind, "article_ids": article_ids, "claim_ids": claim_ids,
               "message": text, "fingerprint": fingerprint(suite_name, spec.id, kind, identity)}
    if result.rows_missing:
        # identified by the count, so a baseline never hides a change in the unlisted rows
        missing = result.rows_missing
        yield {**base, "article_ids": [], "claim_ids": [],
               "message": f"{missing} more failing rows of {spec.id} could not be listed "
                          f"(of {result.unexpected_count}); query the table to see them",
               "fingerprint": fingerprint(suite_name, spec.id, "rows_not_listed",
                                          result.unexpected_count)}


def _order(finding: dict[str, Any]) -> tuple:
    return finding["article_ids"], finding["claim_ids"], finding["message"], finding["fingerprint"]


def all_findings(suite_results: list[SuiteResult]) -> list[dict[str, Any]]:
    """Every finding of a run, in suite and declaration order, one per fingerprint."""
    findings: dict[str, dict[str, Any]] = {}
    for suite_result in suite_results:
        for result in suite_result.results:
            # in an order of their own, not the rows': any file order gives the same list
            for finding in sorted(findings_for(suite_result.suite.name, result), key=_order):
                findings.setdefault(finding["fingerprint"], finding)
    return list(findings.values())
