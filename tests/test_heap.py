"""Giving memory back between stages: the heap's free pages returned to the system (glibc's malloc_trim)."""

from __future__ import annotations

import ctypes.util
import sys
from pathlib import Path

import pytest

from newsfold import heap


def _resident_mib() -> float:
    line = next(row for row in Path("/proc/self/status").read_text().splitlines() if row.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


@pytest.mark.skipif(not sys.platform.startswith("linux") or heap._libc() is None, reason="glibc only")
def test_the_pages_freed_below_a_live_block_go_back_to_the_system():
    blocks = [bytes(1000) + bytes([n % 256]) for n in range(100_000)]  # about 100 MB of the C heap, not pymalloc's
    pin = bytes(1000) + b"pin"  # allocated last: what is freed below it cannot just be cut off the heap's top
    del blocks
    before = _resident_mib()
    assert heap.trim()
    assert before - _resident_mib() > 50
    assert pin


def test_without_glibc_nothing_is_trimmed(monkeypatch):
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    heap._libc.cache_clear()
    try:
        assert heap.trim() is False
    finally:
        heap._libc.cache_clear()
