"""The report set is written aside and swapped in whole: a killed or disk-full run leaves the
previous reports as they were, never a 0-byte results.json beside an older index.html.

A run writes every report (results.json, index.html, junit.xml, summary.md, the GX Data Docs in
gx/) into a scratch folder beside the reports folder (same parent, so same file system). Once
complete, the two folders are exchanged in one rename (Linux renameat2 RENAME_EXCHANGE; where
that is missing, two renames, the previous set parked until the new one is in place) and the
previous set is removed. On a failure the scratch folder is removed; what a killed run left
behind is removed, or put back, by the next run. Files of the reports folder that no run writes
(a baseline.json, say) are linked into the new set, so they survive the swap.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import re
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path

from validation.errors import Problem, ReportError
from validation.pause import pause_point

# What a run writes into the reports folder; everything else there belongs to somebody else.
WRITTEN = ("results.json", "index.html", "junit.xml", "summary.md", "gx")
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _scratch_name(reports: Path, kind: str) -> re.Pattern[str]:
    return re.compile(rf"\.{re.escape(reports.name)}\.{kind}-(\d+)-[0-9a-f]+")


def _running(pid: int) -> bool:
    if pid == os.getpid():  # runs in one process follow each other: an own leftover is stale
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process is alive
        return True
    return True


def recover(reports: Path) -> None:
    """Undo what a killed run left beside `reports`: a parked previous set goes back when the
    new one never arrived, and scratch folders of runs no longer running are removed."""
    if not reports.parent.is_dir():
        return
    for kind in ("previous", "partial"):
        pattern = _scratch_name(reports, kind)
        for leftover in sorted(reports.parent.iterdir()):
            match = pattern.fullmatch(leftover.name)
            if not match or _running(int(match.group(1))):
                continue
            if kind == "previous" and not reports.exists():
                leftover.rename(reports)
            else:
                shutil.rmtree(leftover, ignore_errors=True)


@contextlib.contextmanager
def staged(reports: Path) -> Iterator[Path]:
    """A scratch folder to write the report set into; swapped in for `reports` when the block
    ends without an error, removed when it does not."""
    reports = reports.absolute()
    if reports.exists() and not reports.is_dir():
        raise ReportError(Problem(f"{reports} is a file, not a folder",
                                  fix="pass --reports a folder"))
    try:
        reports.parent.mkdir(parents=True, exist_ok=True)
        recover(reports)
        scratch = reports.parent / f".{reports.name}.partial-{os.getpid()}-{secrets.token_hex(4)}"
        scratch.mkdir()
    except OSError as exc:
        raise unwritable(exc, reports) from exc
    try:
        yield scratch
    except BaseException as exc:
        shutil.rmtree(scratch, ignore_errors=True)
        if isinstance(exc, ReportError):  # name the folder the user asked for, not the scratch
            for problem in exc.problems:
                problem.where = problem.where.replace(str(scratch), str(reports))
        raise
    try:
        pause_point("report")
        _keep_others(reports, scratch)
        _swap_in(scratch, reports)
    except BaseException as exc:
        shutil.rmtree(scratch, ignore_errors=True)
        if isinstance(exc, OSError):
            raise unwritable(exc, reports) from exc
        raise
    # after the exchange the scratch folder holds the previous set
    shutil.rmtree(scratch, ignore_errors=True)


def unwritable(exc: OSError, reports: Path) -> ReportError:
    """The ReportError for a failed write: what the system said, where, and what to do."""
    full = exc.errno in (errno.ENOSPC, errno.EDQUOT)
    return ReportError(Problem(
        f"cannot write the reports: {exc.strerror or exc}; the previous reports are untouched",
        where=str(exc.filename or reports),
        fix="free space on that disk, or pass --reports on another one" if full
        else "check the folder's permissions, or pass another --reports folder"))


def _keep_others(reports: Path, scratch: Path) -> None:
    """Link what no run writes (a baseline, notes) from the reports folder into the new set."""
    if not reports.is_dir():
        return
    for item in reports.iterdir():
        if item.name in WRITTEN or (scratch / item.name).exists():
            continue
        if item.is_dir() and not item.is_symlink():
            shutil.copytree(item, scratch / item.name, symlinks=True, copy_function=_link)
        else:
            _link(item, scratch / item.name)


def _link(source: str | Path, target: str | Path) -> None:
    """A hard link (no copy, and the original stays where it is); a copy where linking fails."""
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError:
        shutil.copy2(source, target, follow_symlinks=False)


def _swap_in(scratch: Path, reports: Path) -> None:
    if not reports.exists():
        scratch.rename(reports)
        return
    if _exchange(scratch, reports):
        return
    # two renames: between them the previous set waits parked, and recover() puts it back
    parked = reports.parent / scratch.name.replace(".partial-", ".previous-", 1)
    reports.rename(parked)
    scratch.rename(reports)
    parked.rename(scratch)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one atomic rename; False where the system cannot."""
    renameat2 = getattr(_libc(), "renameat2", None)
    if renameat2 is None:
        return False
    if renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second),
                 _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EXDEV):
        return False  # this file system or kernel has no exchange
    raise OSError(code, os.strerror(code), str(second))


def _libc():
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None
