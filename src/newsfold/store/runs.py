"""The runs table and the run lock: one run writes a database at a time, and a run that died is said so.

A run takes the lock (one row in ``run_lock``) when it starts and gives it back when it ends, however it ends. A
lock whose holder is gone (killed, crashed, the machine restarted) is stale: the next run takes it over.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import DatabaseBusyError

__all__ = ["start_run", "finish_run", "process_start", "RUN_STATUSES"]

RUN_STATUSES = ("running", "finished", "failed", "interrupted")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def process_start(pid: int) -> str | None:
    """When process ``pid`` started, in the kernel's clock ticks (Linux), or None where the OS does not say."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[1].split()[19]  # field 22, counted from the state after the command name


def _alive(pid: int, host: str, started: str | None) -> bool:
    """Whether the process that took a lock still runs; a holder on another machine is assumed to."""
    if host != socket.gethostname() or os.name == "nt":  # no safe probe for another host's, or on Windows
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another user
        pass
    return started is None or process_start(pid) in (None, started)  # a reused pid is another process


def start_run(conn: sqlite3.Connection, path: str) -> int:
    """Take the run lock (or raise DatabaseBusyError naming its live holder), mark runs that never finished as
    interrupted, and record a new run; returns its id."""
    try:
        conn.execute("BEGIN IMMEDIATE")  # check and take the lock in one write transaction
    except sqlite3.OperationalError as exc:  # another process has been writing for longer than busy_timeout
        raise DatabaseBusyError(f"another process is writing to {path} ({exc}); wait for it to finish, then run "
                                "again") from exc
    try:
        holder = conn.execute("SELECT run, pid, host, process_start, taken_at FROM run_lock").fetchone()
        if holder and _alive(holder[1], holder[2], holder[3]):
            raise DatabaseBusyError(
                f"another newsfold run (run {holder[0]}, process {holder[1]} on {holder[2]}, since {holder[4]}) is "
                f"writing to {path}; wait for it to finish, then run again")
        conn.execute("UPDATE runs SET status = 'interrupted' WHERE finished_at IS NULL")
        pid = os.getpid()
        run_id = conn.execute("INSERT INTO runs (started_at, status, pid, host) VALUES (?, 'running', ?, ?)",
                              (_now(), pid, socket.gethostname())).lastrowid
        conn.execute("INSERT OR REPLACE INTO run_lock VALUES (1, ?, ?, ?, ?, ?)",
                     (run_id, pid, socket.gethostname(), process_start(pid), _now()))
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    return int(run_id or 0)


def finish_run(conn: sqlite3.Connection, run_id: int, summary: dict[str, Any], status: str) -> None:
    """Record how run ``run_id`` ended and give back its lock."""
    if status not in RUN_STATUSES:
        raise ValueError(f"unknown run status {status!r}; one of {', '.join(RUN_STATUSES)}")
    with conn:
        conn.execute("UPDATE runs SET finished_at = ?, summary = ?, status = ? WHERE id = ?",
                     (_now(), json.dumps(summary), status, run_id))
        conn.execute("DELETE FROM run_lock WHERE run = ?", (run_id,))
