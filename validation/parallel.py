"""Ordered parallel map over worker processes, with memory bounded by the batches in flight."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


def ordered_map(function: Callable[[Item], Result], items: Iterable[Item], workers: int,
                initializer: Callable[..., None] | None = None,
                initargs: tuple[Any, ...] = ()) -> Iterator[tuple[Item, Result]]:
    """Each item with function(item), in input order.

    With more than one worker, items go to `spawn` processes (not fork: the caller may hold
    DuckDB's threads and an open database), at most two per worker in flight, so memory does
    not grow with the number of items. `function` must be importable (a module-level name).
    `initializer(*initargs)` runs once in each worker (in this process without workers): the
    way to hand every worker the same large value once rather than with every item.
    """
    if workers <= 1:
        if initializer is not None:
            initializer(*initargs)
        for item in items:
            yield item, function(item)
        return
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(
            workers, start_worker, (initializer, *initargs)) as pool:
        in_flight: deque = deque()
        for item in items:
            in_flight.append((item, pool.apply_async(function, (item,))))
            if len(in_flight) >= 2 * workers:
                done, result = in_flight.popleft()
                yield done, result.get()
        while in_flight:
            done, result = in_flight.popleft()
            yield done, result.get()


def start_worker(initializer: Callable[..., None] | None = None, *initargs: Any) -> None:
    """What a worker process runs first: `initializer(*initargs)`, and a watch that ends the
    worker when the process that started it is gone (killed with SIGKILL, it cannot stop its
    workers, and a worker waiting on its task pipe would wait for ever)."""
    import os
    import threading
    import time

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
    if initializer is not None:
        initializer(*initargs)
