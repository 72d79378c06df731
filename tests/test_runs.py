"""The runs table and the run lock (store/runs.py): a run that died is marked interrupted by the next one, and a
second run on a database another live process is writing to refuses with one line, touching nothing."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys

import pytest
from fastapi.testclient import TestClient

from newsfold import Store, run
from newsfold.cli import main
from newsfold.errors import DatabaseBusyError, InputError
from newsfold.store.runs import process_start
from newsfold.store.schema import MIGRATIONS
from newsfold.web.app import create_app


def _hold_lock(db, pid: int, started: str | None) -> int:
    """A run record and lock as a process ``pid`` leaves them while it runs (or when it was killed)."""
    store = Store(db)
    with store.conn:
        run_id = store.conn.execute("INSERT INTO runs (started_at, status, pid, host) VALUES "
                                    "('2026-01-01T00:00:00+00:00', 'running', ?, ?)",
                                    (pid, socket.gethostname())).lastrowid
        store.conn.execute("INSERT INTO run_lock VALUES (1, ?, ?, ?, ?, '2026-01-01T00:00:00+00:00')",
                           (run_id, pid, socket.gethostname(), started))
    store.close()
    return int(run_id)


def _statuses(db) -> list[str | None]:
    store = Store(db)
    statuses = [r["status"] for r in store.runs()]
    store.close()
    return statuses


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_run_killed_before_it_finished_is_marked_interrupted_by_the_next(tmp_path, settings):
    db = str(tmp_path / "n.db")
    _hold_lock(db, _dead_pid(), None)  # killed with -9: its record unfinished, its lock still in place
    (tmp_path / "empty.txt").write_text("")
    with pytest.raises(InputError, match="nothing could be ingested"):  # quick: nothing to analyse
        run([str(tmp_path / "empty.txt")], db, settings, progress=False)
    assert _statuses(db) == ["interrupted", "finished"]
    store = Store(db)
    assert store.conn.execute("SELECT COUNT(*) FROM run_lock").fetchone()[0] == 0  # given back
    store.close()


@pytest.mark.skipif(process_start(os.getpid()) is None, reason="the OS does not tell when a process started")
def test_a_lock_left_by_a_reused_process_id_is_stale(tmp_path, settings):
    db = str(tmp_path / "n.db")
    _hold_lock(db, os.getpid(), "1")  # this pid is alive, but it is not the process that took the lock
    (tmp_path / "empty.txt").write_text("")
    with pytest.raises(InputError):
        run([str(tmp_path / "empty.txt")], db, settings, progress=False)
    assert _statuses(db) == ["interrupted", "finished"]


def test_a_second_run_refuses_while_a_live_process_holds_the_database(tmp_path, settings, capsys):
    db = str(tmp_path / "n.db")
    (tmp_path / "a.txt").write_text("Dockworkers in Port Seren walked off the job on Monday, the union said.")
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        _hold_lock(db, holder.pid, process_start(holder.pid))
        with pytest.raises(DatabaseBusyError, match=f"process {holder.pid} on .* is writing to "):
            run([str(tmp_path / "a.txt")], db, settings, progress=False)
        assert main(["run", str(tmp_path / "a.txt"), "--db", db, "--no-progress"]) == 1
        error = capsys.readouterr().err
        assert error.startswith("newsfold: error: another newsfold run (run 1, process") and error.count("\n") == 1
        client = TestClient(create_app(db, allow_ingest=True, token="t"))
        posted = client.post("/api/articles", json={"text": "Bakers in Lindau struck on Friday, their union said."},
                             headers={"Authorization": "Bearer t"})
        assert posted.status_code == 503 and "is writing to" in posted.json()["error"]["message"]
        store = Store(db)
        assert not store.raw_docs() and store.counts()["rejected"] == 0  # nothing touched
        store.close()
        assert _statuses(db) == ["running"]  # the holder's run is not marked interrupted
    finally:
        holder.kill()
        holder.wait()


def test_a_run_stopped_by_ctrl_c_or_a_crash_says_so_and_gives_the_lock_back(tmp_path, settings, monkeypatch):
    import newsfold.pipeline as pipeline

    db = str(tmp_path / "n.db")
    (tmp_path / "a.txt").write_text("Dockworkers in Port Seren walked off the job on Monday, the union said.")
    for error in (KeyboardInterrupt(), RuntimeError("disk on fire")):
        def stop(*args, error=error):
            raise error

        monkeypatch.setattr(pipeline, "ingest_paths", stop)
        with pytest.raises(type(error)):
            run([str(tmp_path / "a.txt")], db, settings, progress=False)
    assert _statuses(db) == ["interrupted", "failed"]
    store = Store(db)
    assert store.conn.execute("SELECT COUNT(*) FROM run_lock").fetchone()[0] == 0
    store.close()


def test_the_migration_records_finished_runs_and_leaves_the_others_to_the_next_run(tmp_path):
    db = str(tmp_path / "old.db")
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    for name, sql in MIGRATIONS[:3]:  # a database written before 0004_run_status
        conn.executescript(f"BEGIN; {sql}; INSERT INTO migrations VALUES ('{name}', 'then'); COMMIT;")
    conn.execute("INSERT INTO runs (started_at, finished_at) VALUES ('a', 'b'), ('c', NULL)")
    conn.commit()
    conn.close()
    assert _statuses(db) == ["finished", None]
    store = Store(db)
    run_id = store.start_run()
    store.finish_run(run_id, {})
    assert [r["status"] for r in store.runs()] == ["finished", "interrupted", "finished"]
    store.close()


def test_a_database_held_in_a_long_write_is_busy_not_a_crash(tmp_path):
    db = str(tmp_path / "n.db")
    Store(db).close()
    writer = sqlite3.connect(db)
    writer.execute("BEGIN IMMEDIATE")  # another process in the middle of a long write
    store = Store(db)
    store.conn.execute("PRAGMA busy_timeout=50")
    try:
        with pytest.raises(DatabaseBusyError, match="another process is writing to"):
            store.start_run()
    finally:
        store.close()
        writer.rollback()
        writer.close()
