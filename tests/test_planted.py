"""The planted-defect corpus (tests/data/planted/, written with its gold before the validator
first ran on it): what is found stays found, and no trap is reported. BENCHMARKS.md has the
first-run and current figures (`python -m benchmarks.planted`)."""

from __future__ import annotations

import json

import pytest
import yaml

from benchmarks.planted import PLANTED, score
from tests.conftest import TODAY


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    from click.testing import CliRunner

    from validation.cli import cli

    out = tmp_path_factory.mktemp("planted")
    CliRunner().invoke(cli, ["run", "--corpus", str(PLANTED / "corpus.jsonl"), "--db",
                              str(out / "p.duckdb"), "--reports", str(out), "--no-data-docs",
                              "--quiet", "--today", TODAY])
    findings = json.loads((out / "results.json").read_text(encoding="utf-8"))["findings"]
    gold = yaml.safe_load((PLANTED / "gold.yml").read_text(encoding="utf-8"))
    return score(findings, gold)


def test_no_trap_is_reported(planted):
    assert planted["hit_traps"] == []


def test_planted_defects_are_found(planted):
    found = sum(1 for ids in planted["found"].values() for i in ids if i)
    assert found >= 36, planted["found"]
    # every kind with a check of its own is found at least once
    assert all(any(ids) for ids in planted["found"].values())
