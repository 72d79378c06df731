"""Progress on standard error: a bar with a count, a rate and an ETA over the items of each long stage, through
one helper, so that a run of 100,000 articles says where it is and how long it still has to go.

The pipeline opens each stage with ``stage(name, enabled)``; the stage's main loop, wherever it lives, walks its
items through ``over(items)`` (or counts the calls of what it does to each item, ``counted``). Outside an open
stage, with progress off (``run --no-progress``, and every test), or for fewer than MIN_ITEMS items, nothing is
printed and the items come back untouched.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Sized
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

from tqdm import tqdm

__all__ = ["stage", "over", "counted", "MIN_ITEMS"]

T = TypeVar("T")
R = TypeVar("R")

# Below this many items a stage is over before a bar could say anything useful.
MIN_ITEMS = 2

_STAGE: ContextVar[str | None] = ContextVar("newsfold_progress_stage", default=None)


@contextmanager
def stage(name: str, enabled: bool) -> Iterator[None]:
    """While open, ``over`` shows a bar named ``name`` (when ``enabled``)."""
    token = _STAGE.set(name if enabled else None)
    try:
        yield
    finally:
        _STAGE.reset(token)


def over(items: Iterable[T], unit: str = "item", total: int | None = None, what: str = "") -> Iterator[T]:
    """``items``, one by one, with a bar "STAGE (WHAT)" of ``total`` (default: ``len(items)``) ``unit``s."""
    if total is None and isinstance(items, Sized):
        total = len(items)
    bar = _bar(total, unit, what)
    return iter(items) if bar is None else _advancing(items, bar)


def _advancing(items: Iterable[T], bar: tqdm) -> Iterator[T]:
    try:
        for item in items:
            yield item
            bar.update(1)
    finally:
        bar.close()


def _bar(total: int | None, unit: str, what: str) -> tqdm | None:
    name = _STAGE.get()
    if name is None or (total is not None and total < MIN_ITEMS):
        return None
    return tqdm(desc=f"{name} ({what})" if what else name, unit=unit, total=total, file=sys.stderr, leave=False,
                dynamic_ncols=True)


def counted(work: Callable[[T], R], total: int, unit: str = "item", what: str = "") -> Callable[[T], R]:
    """``work``, advancing a bar of ``total`` calls (for a loop written as one call per item, e.g. a list built
    inside another function); the bar closes at the last call."""
    bar = _bar(total, unit, what)
    if bar is None:
        return work

    def step(item: T) -> R:
        result = work(item)
        bar.update(1)
        if bar.n >= total:
            bar.close()
        return result
    return step
