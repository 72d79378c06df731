"""Progress on standard error: a bar with a count, a rate and an ETA over the items of each long stage, through
one helper, so that a run of 100,000 articles says where it is and how long it still has to go.

The pipeline opens each stage with ``stage(name, enabled)``; the stage's main loop, wherever it lives, walks its
items through ``over(items)``. Outside an open stage, with progress off (``run --no-progress``, and every test),
or for fewer than MIN_ITEMS items, ``over`` gives the items back untouched and prints nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sized
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

from tqdm import tqdm

__all__ = ["stage", "over", "MIN_ITEMS"]

T = TypeVar("T")

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
    name = _STAGE.get()
    if total is None and isinstance(items, Sized):
        total = len(items)
    if name is None or (total is not None and total < MIN_ITEMS):
        return iter(items)
    return iter(tqdm(items, desc=f"{name} ({what})" if what else name, unit=unit, total=total, file=sys.stderr,
                     leave=False, dynamic_ncols=True))
