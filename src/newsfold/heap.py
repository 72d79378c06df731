"""Giving memory back: the heap's free pages returned to the system between stages, so that a process's resident
size follows what it holds rather than the largest it ever held (and forked workers do not copy freed pages)."""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
from functools import lru_cache
from typing import Any

__all__ = ["trim", "collect_and_trim"]


@lru_cache(maxsize=1)
def _libc() -> Any:
    """The C library when it is glibc (the one with ``malloc_trim``), else None."""
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
    except OSError:
        return None
    return libc if libc is not None and hasattr(libc, "malloc_trim") else None


def trim() -> bool:
    """Return the heap's free pages to the system (glibc's ``malloc_trim``); whether it could."""
    libc = _libc()
    if libc is None:
        return False
    libc.malloc_trim(0)
    return True


def collect_and_trim() -> bool:
    """``trim`` after a full garbage collection (what a stage left in reference cycles is freed first)."""
    gc.collect()
    return trim()
