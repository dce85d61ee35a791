"""Atomic, crash-safe outputs: a killed or disk-full run leaves the previous reports intact, the
store consistent and, by the next run at the latest, no scratch files.

The fast tests drive report.staging directly and fill a small tmpfs; the slow ones (`make
test-all`) SIGKILL a `run` subprocess stopped at a named point of every stage
(NEWS_VALIDATION_PAUSE_AT, validation/pause.py) and run again.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, TODAY
from validation.errors import ReportError
from validation.pause import PAUSE_VARIABLE, POINTS
from validation.report import staging
from validation.report.staging import recover, staged


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under a folder with the hash of its bytes."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(reports: Path) -> list[str]:
    """Scratch folders beside the reports folder."""
    return sorted(p.name for p in reports.parent.iterdir()
                  if p.name.startswith(f".{reports.name}."))


@pytest.fixture
def previous(tmp_path) -> Path:
    """A reports folder holding a previous run's set and a file no run writes."""
    reports = tmp_path / "reports"
    (reports / "gx").mkdir(parents=True)
    for name in ("results.json", "index.html", "junit.xml", "summary.md", "gx/index.html"):
        (reports / name).write_text(f"previous {name}\n")
    (reports / "baseline.json").write_text('{"findings": []}\n')
    return reports


def dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(done.stdout)


def test_a_failing_run_keeps_the_previous_set_and_removes_its_scratch(previous):
    before = snapshot(previous)
    with pytest.raises(RuntimeError), staged(previous) as scratch:
        (scratch / "results.json").write_text("")  # half written, as when killed
        raise RuntimeError("the run failed")
    assert snapshot(previous) == before
    assert leftovers(previous) == []


@pytest.mark.parametrize("exchange", [True, False], ids=["renameat2", "two-renames"])
def test_the_new_set_replaces_the_previous_whole(previous, monkeypatch, exchange):
    if not exchange:  # systems without RENAME_EXCHANGE
        monkeypatch.setattr(staging, "_exchange", lambda first, second: False)
    with staged(previous) as scratch:
        (scratch / "results.json").write_text("new\n")
        (scratch / "index.html").write_text("new\n")
    # the previous Data Docs go (this run made none); a file no run writes stays
    assert sorted(snapshot(previous)) == ["baseline.json", "index.html", "results.json"]
    assert (previous / "results.json").read_text() == "new\n"
    assert (previous / "baseline.json").read_text() == '{"findings": []}\n'
    assert leftovers(previous) == []


def test_the_next_run_puts_a_parked_set_back_and_removes_scratch_of_dead_runs(previous):
    """Killed between the two renames (systems without an exchange): the previous set waits
    parked and the new one is whole in its scratch folder; killed while writing: scratch."""
    before = snapshot(previous)
    pid = dead_pid()
    parked = previous.parent / f".reports.previous-{pid}-ab12"
    previous.rename(parked)
    (previous.parent / f".reports.partial-{pid}-ab12").mkdir()
    (previous.parent / f".reports.partial-{pid}-ab12" / "results.json").write_text("")
    running = previous.parent / f".reports.partial-{os.getppid()}-cd34"  # a live run's
    running.mkdir()
    recover(previous)
    assert snapshot(previous) == before
    assert leftovers(previous) == [running.name]


def test_a_full_disk_while_writing_keeps_the_previous_set(previous, monkeypatch):
    """Simulated ENOSPC (the tmpfs test below needs mount rights): a clear ReportError."""
    from validation import pipeline

    def full(document, path):
        Path(path).write_text('{"schema_vers')  # a truncated file, then the disk is full
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(pipeline, "write_json", full)
    before = snapshot(previous)
    with pytest.raises(ReportError) as raised, staged(previous) as scratch:
        pipeline.write_reports({}, scratch)
    [problem] = raised.value.problems
    assert problem.where == str(previous.absolute() / "results.json")
    assert "No space left on device" in problem.message and "free space" in problem.fix
    assert snapshot(previous) == before and leftovers(previous) == []


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MB tmpfs (as root; skipped where mounting is not allowed)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", str(disk)], check=False)


@pytest.mark.parametrize("data_docs", [False, True], ids=["reports", "data-docs"])
def test_a_full_disk_fails_the_run_clearly_and_keeps_the_previous_reports(
        invoke, tmp_path, previous, small_disk, data_docs):
    reports = shutil.copytree(previous, small_disk / "reports")
    before = snapshot(reports)
    free = os.statvfs(small_disk).f_bavail * os.statvfs(small_disk).f_frsize
    (small_disk / "filler").write_bytes(b"\0" * (free - 64 * 1024))  # less than a report set
    result = invoke("run", "--corpus", ROOT / "corpus", "--db", tmp_path / "c.duckdb",
                    "--reports", reports, "--today", TODAY, "--quiet",
                    *([] if data_docs else ["--no-data-docs"]))
    assert result.exit_code == 2
    assert "cannot write the reports: No space left on device" in result.stderr
    assert str(reports.absolute()) in result.stderr and ".partial-" not in result.stderr
    assert snapshot(reports) == before and leftovers(reports) == []


# -- slow: a run killed at every stage ---------------------------------------------------------

CHANGED_ARTICLE = json.dumps({
    "id": "added-later", "published": "2022-01-07", "title": "Nieuw artikel",
    "text": "Bij de onrust in Almaty zijn volgens de politie 26 mensen omgekomen en 18 agenten "
            "gewond geraakt. Er werden meer dan 3000 mensen opgepakt."}) + "\n"


def run_cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "validation", "run", *map(str, args)],
                          capture_output=True, text=True, env=env, check=False, timeout=300)


def outcome(reports: Path) -> dict:
    document = json.loads((reports / "results.json").read_text())
    return {"exit_code": document["exit_code"], "corpus": document["corpus"],
            "findings": sorted(f["fingerprint"] for f in document["findings"])}


@pytest.fixture(scope="module")
def changed_corpus(tmp_path_factory):
    """The corpus with one article more, and what a clean run of it concludes."""
    tmp = tmp_path_factory.mktemp("changed")
    corpus = tmp / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    (corpus / "added.jsonl").write_text(CHANGED_ARTICLE)
    done = run_cli("--corpus", corpus, "--db", tmp / "clean.duckdb", "--reports", tmp / "r",
                   "--today", TODAY, "--quiet")
    assert done.returncode in (0, 1), done.stderr[-2000:]
    return corpus, outcome(tmp / "r")


@pytest.mark.slow
@pytest.mark.parametrize("point", POINTS)
def test_a_run_killed_at_any_stage_keeps_the_reports_and_the_store(tmp_path, changed_corpus,
                                                                     point):
    corpus, clean = changed_corpus
    db, reports = tmp_path / "c.duckdb", tmp_path / "reports"
    first = run_cli("--corpus", ROOT / "corpus", "--db", db, "--reports", reports,
                    "--today", TODAY, "--quiet")
    assert first.returncode == 0, first.stderr[-2000:]
    before = snapshot(reports)
    # the changed corpus, stopped at the point and killed there: mid-write in the store
    process = subprocess.Popen(
        [sys.executable, "-m", "validation", "run", "--corpus", str(corpus), "--db", str(db),
         "--reports", str(reports), "--today", TODAY, "--quiet"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        env={**os.environ, PAUSE_VARIABLE: point})
    try:
        said = []
        for line in process.stderr:
            said.append(line)
            if line.strip() == f"paused at {point}":
                break
        else:
            pytest.fail(f"the run never reached {point}: {''.join(said)[-2000:]}")
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL
    assert snapshot(reports) == before  # the previous set, byte for byte
    again = run_cli("--corpus", corpus, "--db", db, "--reports", reports, "--today", TODAY,
                    "--quiet")
    assert again.returncode == clean["exit_code"], again.stderr[-2000:]
    assert outcome(reports) == clean  # the store holds what a clean run of it would
    assert leftovers(reports) == []
    assert not db.with_name(db.name + ".staging").exists()
    contracts = subprocess.run([sys.executable, "-m", "validation", "contracts", "--db", str(db)],
                               capture_output=True, text=True, check=False, timeout=120)
    assert contracts.returncode == 0, contracts.stderr
