"""A process and its descendants, and their proportional set sizes, read from /proc: what bench/scale.py and
bench/memory.py sample a run's memory by (Linux only)."""

from __future__ import annotations

import re
from pathlib import Path

__all__ = ["tree", "pss_bytes"]


def tree(pid: int) -> list[int]:
    """``pid`` and its descendants, from /proc/PID/task/*/children."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            try:
                todo += [int(c) for c in task.read_text().split()]
            except OSError:
                pass
    return found


def pss_bytes(pid: int) -> int:
    """Proportional set size (shared pages split between the processes that share them), 0 for a gone process."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0
    match = re.search(r"^Pss:\s+(\d+) kB", text, re.M)
    return int(match.group(1)) * 1024 if match else 0
