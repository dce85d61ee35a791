"""The same records in any file order or split give the same findings, fingerprints and
results.json, apart from run ids, times and where each record was read (file:line)."""

from __future__ import annotations

import json
import random
import re

from tests.conftest import DATA, TODAY

VARYING = {"run_id", "started_at", "finished_at", "corpus_path", "database", "seconds",
           "origin", "files"}


def _stable(value):
    """results.json without what names the run or the files the records were read from."""
    if isinstance(value, dict):
        return {k: _stable(v) for k, v in value.items() if k not in VARYING}
    if isinstance(value, list):
        return [_stable(v) for v in value]
    if isinstance(value, str):
        return re.sub(r"the record at \S+:\d+", "the record at FILE:LINE", value)
    return value


def _run(invoke, tmp_path, name, files):
    corpus = tmp_path / name
    corpus.mkdir()
    for file_name, lines in files.items():
        (corpus / file_name).write_text("".join(lines), encoding="utf-8")
    invoke("run", "--corpus", corpus, "--db", tmp_path / f"{name}.duckdb", "--reports",
           tmp_path / f"{name}-reports", "--today", TODAY, "--no-data-docs", "--quiet")
    return json.loads((tmp_path / f"{name}-reports" / "results.json").read_text())


def test_file_order_and_split_change_nothing(invoke, tmp_path):
    records = (DATA / "planted" / "corpus.jsonl").read_text(encoding="utf-8").splitlines(True)
    records += records[:3]  # the same records twice: duplicates across files
    # and an id given twice with two texts: the same one is kept whatever the order
    changed = json.loads(records[3])
    changed["text"] = changed["text"].replace(".", ", meldt een tweede bron.", 1)
    records.append(json.dumps(changed, ensure_ascii=False) + "\n")
    shuffled = records[:]
    random.Random(20261202).shuffle(shuffled)
    half = len(shuffled) // 2
    one = _run(invoke, tmp_path, "one", {"all.jsonl": records})
    two = _run(invoke, tmp_path, "two", {"b.jsonl": shuffled[:half], "a.jsonl": shuffled[half:]})
    assert [f["fingerprint"] for f in one["findings"]] == \
        [f["fingerprint"] for f in two["findings"]]
    assert one["findings"], "the planted corpus has findings to compare"
    assert _stable(one) == _stable(two)
