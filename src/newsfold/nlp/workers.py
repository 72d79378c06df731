"""Parallel analysis: articles analysed in worker processes, each article whole in one worker, results in the
order the articles were given (so the pipeline still commits them one by one and an interrupted run resumes).

Workers are forked from the running process where the platform allows it, so the spaCy pipeline loaded there is
shared rather than loaded again; elsewhere each worker loads it once. Before forking, the heap's free pages go back
to the system and every object of this process is frozen out of the garbage collector (``gc.freeze``): a worker's
collections never write to the pages it shares with this process, so they stay shared instead of being copied.
Forked workers are replaced by fresh ones every ``PER_POOL`` items: what a worker gathers as it reads (spaCy's
vocabulary grows with every new word, freed memory its allocator keeps) does not grow with the size of the run.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from ..heap import collect_and_trim, trim

__all__ = ["worker_count", "pooled", "in_workers"]

# Fewer articles than this per worker are analysed in this process: starting workers costs more than it saves.
MIN_PER_WORKER = 4

# Items a pool of forked workers takes before fresh workers are forked for the next ones (a fork costs
# milliseconds, the model being shared); workers started afresh (no fork) are kept for the whole run.
PER_POOL = 2000

_WORK: Callable[[Any], Any] | None = None


def worker_count(setting: int) -> int:
    """``[nlp] workers``: a count, or 0 for every core of the machine."""
    return setting if setting > 0 else (os.cpu_count() or 1)


def pooled(items: int, workers: int) -> bool:
    """Whether ``in_workers`` runs ``items`` items in worker processes (rather than in this one)."""
    return workers >= 2 and items >= MIN_PER_WORKER * workers


def _init(work: Callable[[Any], Any]) -> None:
    global _WORK
    _WORK = work


def _run(item: Any) -> Any:
    assert _WORK is not None, "worker started without its task"
    return _WORK(item)


def in_workers(work: Callable[[Any], Any], items: list[Any], workers: int) -> Iterator[Any]:
    """``work(item)`` for each item, in order: in ``workers`` processes when there are enough items, else here."""
    if not pooled(len(items), workers):
        yield from map(work, items)
        return
    forked = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if forked else "spawn")
    size = PER_POOL if forked else len(items)
    collect_and_trim()
    try:
        for start in range(0, len(items), size):
            trim()
            gc.freeze()
            with ProcessPoolExecutor(workers, mp_context=context, initializer=_init, initargs=(work,)) as pool:
                yield from pool.map(_run, items[start: start + size], chunksize=1)
    finally:
        gc.unfreeze()
