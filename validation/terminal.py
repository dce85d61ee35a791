"""Progress on a terminal: one line per stage, redrawn in place, then the stage's summary.

A bar when the stage knows its total (extraction, suites), a running count when it does not
(loading streams the corpus). Quiet when the output is not a terminal (CI logs stay clean) or
with --quiet; the summaries then print as plain lines, as before.
"""

from __future__ import annotations

import shutil
import time
from typing import TextIO

UNITS = {"load": "records", "extract": "articles", "expect": "suites"}
REDRAW_SECONDS = 0.1


class StageProgress:
    """The `progress` and `tick` callbacks of validation.pipeline.run, drawn on `stream`."""

    def __init__(self, stream: TextIO, *, bars: bool, quiet: bool = False):
        self.stream, self.bars, self.quiet = stream, bars and not quiet, quiet
        self.started: dict[str, float] = {}
        self.last_line = time.monotonic()  # a stage's clock starts at the line before it
        self.drawn_at, self.drawn_stage = 0.0, ""
        self.line_open = False

    def message(self, stage: str, text: str) -> None:
        """A stage's summary line (replaces its bar)."""
        if self.quiet:
            return
        self._clear()
        self.stream.write(f"[{stage}] {text}\n")
        self.stream.flush()
        self.last_line = time.monotonic()

    def tick(self, stage: str, done: int, total: int | None) -> None:
        """Progress within a stage: `done` of `total` (None: unknown)."""
        if not self.bars:
            return
        now = time.monotonic()
        started = self.started.setdefault(stage, self.last_line)
        if now - self.drawn_at < REDRAW_SECONDS and done != total and stage == self.drawn_stage:
            return
        self.drawn_at, self.drawn_stage = now, stage
        unit = UNITS.get(stage, "items")
        width = max(60, shutil.get_terminal_size((80, 20)).columns)
        elapsed = f"{now - started:5.1f} s"
        if total:
            share = min(1.0, done / total)
            size = min(30, width - 50)
            bar = "#" * round(share * size) + "." * (size - round(share * size))
            text = f"[{stage}] [{bar}] {share:4.0%} {done:,}/{total:,} {unit} {elapsed}"
        else:
            text = f"[{stage}] {done:,} {unit} {elapsed}"
        self.stream.write("\r" + text[:width - 1].ljust(width - 1))
        self.stream.flush()
        self.line_open = True

    def _clear(self) -> None:
        if self.line_open:
            width = shutil.get_terminal_size((80, 20)).columns
            self.stream.write("\r" + " " * (width - 1) + "\r")
            self.line_open = False
