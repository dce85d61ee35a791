"""Shared fixtures: the repository's own corpus and suites, temporary databases, the CLI."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from validation.cli import cli

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"
TODAY = "2026-11-22"


@pytest.fixture
def seed_corpus(tmp_path: Path) -> Path:
    """A copy of the committed corpus that a test may change."""
    target = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", target)
    return target


@pytest.fixture
def suites_dir(tmp_path: Path) -> Path:
    """A copy of the committed expectations folder that a test may change."""
    target = tmp_path / "expectations"
    shutil.copytree(ROOT / "expectations", target)
    return target


@pytest.fixture
def invoke():
    """Run the CLI in-process; returns click's Result (exit_code, stdout, stderr)."""
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)

    return run


def requires_shared(*parts: str) -> Path:
    """A path under ../shared, or skip the test cleanly when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not next to this checkout)")
    return path
