"""What the report shows beyond the findings, read from the store: disagreeing claims side by
side, articles with their claims and date mentions marked, and timelines of reported values.

Everything returned is plain JSON-able data (it goes into results.json too); the page is drawn
from it by html.py and charts.py.
"""

from __future__ import annotations

from typing import Any

import duckdb

from validation.claim_comparisons import NO_COUNT_FRAMES, REASONS
from validation.store import dict_rows

SIDE_BY_SIDE_KINDS = ("contradiction", "hedged_tension", "scope_inconsistency", "regression",
                      "unordered", "update")
MAX_COMPARISONS = 100
MAX_ARTICLES = 30
MAX_TIMELINES = 6
MAX_BODY_CHARS = 20_000


def comparisons(con: duckdb.DuckDBPyConnection,
                findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Findings about two claims, each claim with its quote, source, window and basis."""
    chosen = [f for f in findings if f["kind"] in SIDE_BY_SIDE_KINDS
              and len(f.get("claim_ids") or []) == 2]
    chosen.sort(key=lambda f: (f.get("status", "new") != "new",
                               SIDE_BY_SIDE_KINDS.index(f["kind"])))
    chosen = chosen[:MAX_COMPARISONS]
    ids = sorted({i for f in chosen for i in f["claim_ids"]})
    if not ids:
        return []
    claims = {row["claim_id"]: row for row in dict_rows(con.execute(
        """
        SELECT claim_id, article_id, title, source, attributed_to, metric, subject, location,
               said, quote, value_low, value_high, hedged, qualifier,
               CAST(reported_start AS VARCHAR) AS reported_start,
               CAST(reported_end AS VARCHAR) AS reported_end, reported_basis
        FROM reported_claims WHERE claim_id IN (SELECT unnest(?))
        """, [ids]))}
    # why each pair was judged so: the reason the compare stage gave, with the places of a
    # part and its whole (a finding of another expectation on the same two claims, such as a
    # source's own series, keeps its message)
    judged = {(row["claim_a"], row["claim_b"], row["verdict"]): row for row in dict_rows(
        con.execute("""
            SELECT claim_a, claim_b, verdict, reason,
                   CASE WHEN verdict = 'scope_inconsistency' THEN part_within END AS within
            FROM claim_comparisons WHERE claim_a IN (SELECT unnest(?))""", [ids]))}
    result = []
    for finding in chosen:
        sides = [claims.get(i) for i in finding["claim_ids"]]
        if None in sides:
            continue
        # a finding's claims may be in either order (findings are sorted by their content)
        first, second = finding["claim_ids"]
        pair = judged.get((first, second, finding["kind"])) or judged.get(
            (second, first, finding["kind"]))
        why = finding["message"]
        if pair is not None and pair["reason"] in REASONS:
            why = REASONS[pair["reason"]][1] + (f" ({pair['within']})" if pair["within"] else "")
        sides.sort(key=lambda side: (side["reported_start"], side["reported_end"]))
        result.append({"fingerprint": finding["fingerprint"], "kind": finding["kind"],
                       "severity": finding["severity"],
                       "status": finding.get("status", "new"), "why": why,
                       "claims": [_with_parts(side) for side in sides]})
    return result


def _with_parts(claim: dict[str, Any]) -> dict[str, Any]:
    """The quote split around the number, so the page can mark it without raw HTML."""
    quote, said = claim.get("quote") or "", claim.get("said") or ""
    at = quote.find(said) if said else -1
    parts = ([quote[:at], said, quote[at + len(said):]] if at >= 0 else [quote, "", ""])
    return {**claim, "quote_parts": parts}


def article_views(con: duckdb.DuckDBPyConnection, first_ids: list[str]) -> list[dict[str, Any]]:
    """Articles (those named by findings first) as text segments: plain, claim or date."""
    # the articles are chosen first: marks gathered for every article only to keep thirty
    # took a second per 100,000 articles (and only the first ids named can be shown)
    first_ids = first_ids[:MAX_ARTICLES]
    cursor = con.execute(
        """
        WITH shown AS (
            SELECT * FROM articles
            ORDER BY list_position(?, article_id) IS NULL, list_position(?, article_id),
                     article_id
            LIMIT ?
        )
        SELECT article_id, title, source, CAST(published_start AS VARCHAR) AS published_start,
               published_raw, body,
               (SELECT list(struct_pack(s := char_start, e := char_end, kind := 'claim',
                    label := metric || ' [' || coalesce(CAST(value_low AS VARCHAR), '') || ', '
                             || coalesce(CAST(value_high AS VARCHAR), '') || '] '
                             || coalesce(qualifier, '')
                             || CASE WHEN hedged THEN ', hedged' ELSE '' END
                             || coalesce(', ' || subject, '') || coalesce(', in ' || location, '')
                             || coalesce(', according to ' || attributed_to, '')))
                FROM claims c WHERE c.article_id = a.article_id) AS claim_marks,
               (SELECT list(struct_pack(s := char_start, e := char_end, kind := 'date',
                    label := m.kind || coalesce(': ' || CAST(resolved_start AS VARCHAR), '')
                             || CASE WHEN resolved_end > resolved_start
                                THEN '..' || CAST(resolved_end AS VARCHAR) ELSE '' END))
                FROM date_mentions m WHERE m.article_id = a.article_id) AS date_marks
        FROM shown a
        ORDER BY list_position(?, article_id) IS NULL, list_position(?, article_id), article_id
        """, [first_ids, first_ids, MAX_ARTICLES, first_ids, first_ids])
    views = []
    for row in dict_rows(cursor):
        marks = sorted((row.pop("claim_marks") or []) + (row.pop("date_marks") or []),
                       key=lambda m: (m["s"], m["e"]))
        body = row.pop("body")
        row["truncated"] = len(body) > MAX_BODY_CHARS
        row["segments"] = _segments(body[:MAX_BODY_CHARS], marks)
        row["marks"] = [m | {"text": body[m["s"]:m["e"]]} for m in marks]
        views.append(row)
    return views


def _segments(body: str, marks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The body cut at the marks (overlapping marks: the first one wins)."""
    segments, at = [], 0
    for mark in marks:
        if mark["s"] < at or mark["e"] > len(body):
            continue
        if mark["s"] > at:
            segments.append({"text": body[at:mark["s"]], "kind": None, "label": None})
        segments.append({"text": body[mark["s"]:mark["e"]], "kind": mark["kind"],
                         "label": mark["label"]})
        at = mark["e"]
    if at < len(body):
        segments.append({"text": body[at:], "kind": None, "label": None})
    return segments


def timeline_points(con: duckdb.DuckDBPyConnection, metrics: tuple[str, ...]
                    ) -> list[dict[str, Any]]:
    """Per (metric, group, event) key with reports on at least two days or from two sources: every
    reported value with its window and interval, one series per source."""
    keys = dict_rows(con.execute(
        """
        SELECT metric, coalesce(subject, '') AS subject, coalesce(event, '') AS event,
               coalesce(time_frame, '') AS time_frame, count(*) AS points
        FROM reported_claims
        WHERE value_low IS NOT NULL AND NOT background
          AND NOT list_contains(?, coalesce(time_frame, ''))
          AND (metric IN (SELECT unnest(?)) OR time_frame = 'cumulative')
        GROUP BY ALL
        HAVING count(DISTINCT reported_start) >= 2
           OR count(DISTINCT coalesce(source, attributed_to, article_id)) >= 2
        ORDER BY points DESC, metric, subject, event, time_frame LIMIT ?
        """, [list(NO_COUNT_FRAMES), list(metrics), MAX_TIMELINES]))
    for key in keys:
        key["points"] = dict_rows(con.execute(
            """
            SELECT coalesce(source, attributed_to, 'article ' || article_id, 'unknown') AS series,
                   CAST(reported_start AS VARCHAR) AS reported_start,
                   CAST(reported_end AS VARCHAR) AS reported_end,
                   value_low, value_high, hedged, coalesce(article_id, claim_id) AS report
            FROM reported_claims
            WHERE metric = ? AND coalesce(subject, '') = ? AND coalesce(event, '') = ?
              AND coalesce(time_frame, '') = ? AND value_low IS NOT NULL AND NOT background
            ORDER BY reported_start, value_low, value_high, series, report, hedged
            """, [key["metric"], key["subject"], key["event"], key["time_frame"]]))
    return keys
