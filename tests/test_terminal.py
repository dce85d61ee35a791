"""Progress on a terminal: bars when asked for, nothing but the summaries otherwise."""

from __future__ import annotations

import io

from validation.terminal import StageProgress


def test_bars_show_share_and_count_then_give_way_to_the_summary():
    out = io.StringIO()
    progress = StageProgress(out, bars=True)
    progress.tick("extract", 50, 200)
    progress.tick("extract", 200, 200)
    progress.message("extract", "12 claims")
    progress.tick("load", 3000, None)
    text = out.getvalue()
    assert "25% 50/200 articles" in text and "100% 200/200 articles" in text
    assert "[extract] 12 claims\n" in text and "[load] 3,000 records" in text
    assert text.split("\r")[-1].strip().startswith("[load] 3,000 records")


def test_no_bars_off_a_terminal_and_nothing_at_all_when_quiet():
    out = io.StringIO()
    progress = StageProgress(out, bars=False)
    progress.tick("extract", 50, 200)
    progress.message("extract", "12 claims")
    assert out.getvalue() == "[extract] 12 claims\n"
    quiet = io.StringIO()
    StageProgress(quiet, bars=True, quiet=True).message("load", "x")
    assert quiet.getvalue() == ""
