"""Timelines of reported values as inline SVG, drawn by matplotlib (no script, no URL).

One chart per (metric, group, event): x is the publication window (a bar across it when wider than a
day), y the reported interval (a bar from low to high; an open upper bound ends in a caret),
one colour per source. Text is drawn as paths, so nothing from the corpus becomes markup.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

from validation.extract.dates import shift_days

MAX_SERIES = 8
# Finer than the pixels of the plot area (about 650 x 250 at 7.5 x 3.2 inches, 100 dpi): marks
# in one cell of this grid would be drawn on one another.
GRID_COLUMNS, GRID_ROWS = 1300, 500


class _Grid:
    """The cell of the drawing a date or a value falls in."""

    def __init__(self, left: dt.date, right: dt.date, ceiling: float):
        self.left, self.day_width = left, GRID_COLUMNS / max(1, (right - left).days)
        self.row_height = ceiling / GRID_ROWS

    def x(self, day: dt.date) -> int:
        return int((day - self.left).days * self.day_width)

    def y(self, value: float) -> int:
        return int(value / self.row_height)


def timeline_svgs(keys: list[dict[str, Any]]) -> list[str]:
    """The SVG of each timeline, in order."""
    return [timeline_svg(key) for key in keys]


class TimelinesDrawn:
    """Timelines drawn in a process of their own while the suites run in this one (`aside`),
    or here when asked for.

    They read only the compare tables, so they need not wait for the suites; the second core
    draws them (a `run --append` of 1,000 articles to 100,000 took 0.2-0.8 s less, over three
    pairs of runs). A `spawn` process, not fork: this one holds DuckDB's threads. Use it as a
    context manager, so the process ends with the run, also when the run fails.
    """

    def __init__(self, aside: bool) -> None:
        self._aside = aside
        self._keys: list[dict[str, Any]] = []
        self._executor: Any = None
        self._future: Any = None

    def start(self, keys: list[dict[str, Any]]) -> None:
        self._keys = keys
        if not keys or not self._aside:
            return
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        from validation.parallel import start_worker

        self._executor = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=start_worker)
        self._future = self._executor.submit(timeline_svgs, keys)

    def result(self) -> list[str]:
        """The SVGs (waiting for them); the drawing process's error is raised here."""
        return self._future.result() if self._future is not None else timeline_svgs(self._keys)

    def __enter__(self) -> TimelinesDrawn:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        # waiting for the process to end (at once when its charts were taken; after the chart
        # it draws when the run failed): left running, it leaves semaphores that Python
        # warns about at exit
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)


def timeline_svg(key: dict[str, Any]) -> str:
    """The SVG document of one timeline (see views.timeline_points)."""
    import matplotlib

    matplotlib.use("Agg")  # no display here, and none needed
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    points = key["points"]
    series: dict[str, list[dict[str, Any]]] = {}
    for point in points:
        series.setdefault(point["series"], []).append(point)
    names = sorted(series, key=lambda s: -len(series[s]))
    if len(names) > MAX_SERIES:
        kept, rest = names[:MAX_SERIES - 1], names[MAX_SERIES - 1:]
        series["other sources"] = [p for name in rest for p in series.pop(name)]
        names = [*kept, "other sources"]
    tops = [p["value_high"] or p["value_low"] for p in points]
    ceiling = max(tops) * 1.15 if tops and max(tops) > 0 else 1.0

    first = min(dt.date.fromisoformat(p["reported_start"]) for p in points)
    last = max(dt.date.fromisoformat(p["reported_end"]) for p in points)
    left, right = shift_days(first, -1), shift_days(last, 2)  # a publication may be in 9999
    # marks that would land on the same spot of the drawing are drawn once: years of reports
    # are thousands of marks on a few hundred columns of pixels, and each costs time and bytes
    spot = _Grid(left, right, ceiling)
    figure, axes = plt.subplots(figsize=(7.5, 3.2), dpi=100)
    # one collection per kind of mark and series: thousands of reports stay a few artists
    for index, name in enumerate(names):
        colour = plt.get_cmap("tab10")(index % 10)
        bars: dict[tuple[int, int, int], tuple[dt.date, float, float]] = {}
        windows: dict[tuple[int, int, int], tuple[dt.date, dt.date, float]] = {}
        dots: dict[tuple[int, int], tuple[dt.date, float]] = {}
        hollow: dict[tuple[int, int], tuple[dt.date, float]] = {}
        open_top: dict[int, dt.date] = {}
        for point in series[name]:
            start = dt.date.fromisoformat(point["reported_start"])
            end = shift_days(dt.date.fromisoformat(point["reported_end"]), 1)
            middle = start + (end - start) / 2
            low = point["value_low"]
            high = point["value_high"] if point["value_high"] is not None else ceiling
            bars.setdefault((spot.x(middle), spot.y(low), spot.y(high)), (middle, low, high))
            if (end - start).days > 1:
                windows.setdefault((spot.x(start), spot.x(end), spot.y(low)), (start, end, low))
            if point["value_high"] is None:
                open_top.setdefault(spot.x(middle), middle)
            value = (low + high) / 2 if point["value_high"] is not None else low
            (hollow if point["hedged"] else dots).setdefault(
                (spot.x(middle), spot.y(value)), (middle, value))
        middles, lows, highs = zip(*bars.values(), strict=True)
        axes.vlines(middles, lows, highs, colors=[colour], linewidth=3, alpha=0.8)
        windows, dots, hollow = list(windows.values()), list(dots.values()), list(hollow.values())
        open_top = list(open_top.values())
        if windows:
            axes.hlines([y for _, _, y in windows], [s for s, _, _ in windows],
                        [e for _, e, _ in windows], colors=[colour], linewidth=1, alpha=0.5)
        if open_top:
            axes.scatter(open_top, [ceiling] * len(open_top), marker="^", color=colour, s=25)
        if dots:
            axes.scatter(*zip(*dots, strict=True), s=12, color=colour, zorder=3)
        if hollow:
            axes.scatter(*zip(*hollow, strict=True), s=12, facecolors="white",
                         edgecolors=[colour], zorder=3)
        axes.plot([], [], color=colour, linewidth=3, label=name[:40])
    axes.set_ylim(bottom=0)
    axes.set_xlim(left, right)
    if (last - first).days <= 14:  # a story of days: one tick a day, not half days
        axes.xaxis.set_major_locator(mdates.DayLocator())
    axes.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
    axes.tick_params(axis="x", labelsize=8, labelrotation=20)
    axes.tick_params(axis="y", labelsize=8)
    axes.grid(True, alpha=0.3)
    axes.legend(fontsize=7, loc="upper left", frameon=False)
    title = key["metric"] + (f", {key['subject']}" if key.get("subject") else "") + (
        f" ({key['time_frame']})" if key.get("time_frame") else "")
    axes.set_title(title + (f", event {key['event'][:30]}" if key.get("event") else ""),
                   fontsize=9)
    figure.tight_layout()
    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "path", "svg.hashsalt": "news-validation"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    plt.close(figure)
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg"):]  # inline: no XML declaration or doctype
    # inline SVG needs no namespace declarations, and the RDF metadata names web addresses:
    # without them the page holds no URL at all
    svg = re.sub(r"<metadata>.*?</metadata>", "", svg, flags=re.DOTALL)
    return re.sub(r'\s+xmlns(:\w+)?="[^"]*"', "", svg)
