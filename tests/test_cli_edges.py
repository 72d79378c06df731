"""Rough edges of the command line: closed pipes, CSV to a file, no database from nothing, progress, search page."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsfold.cli import main
from newsfold.store import Store
from newsfold.web import create_app

SRC = Path(__file__).resolve().parents[1] / "src"
ARTICLE = ("Dockworkers in the port city of Harwich walked off the job on Monday, demanding higher pay.\n\n"
           '"We will not go back until the company talks to us," said union leader Anna Berg.\n')


@pytest.fixture(scope="module")
def small_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("edges")
    (folder / "a.txt").write_text(" date 2022-05-02 " + ARTICLE)
    db = str(folder / "x.db")
    assert main(["run", str(folder / "a.txt"), "--db", db, "--no-progress"]) == 0
    return db


@pytest.mark.parametrize("command", [["export", "--format", "json"], ["export", "--format", "csv"], ["stages"]])
def test_output_into_a_closed_pipe_stops_quietly(tmp_path, command):
    db = tmp_path / "empty.db"
    Store(db).close()
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first byte, as `| head` is after its lines
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    extra = ["--db", str(db)] if command[0] == "export" else []
    done = subprocess.run([sys.executable, "-m", "newsfold.cli", *command, *extra],
                          stdout=write_end, stderr=subprocess.PIPE, env=env, timeout=120)
    os.close(write_end)
    assert done.returncode == 141
    assert b"Traceback" not in done.stderr and b"BrokenPipeError" not in done.stderr, done.stderr


def test_csv_to_a_file_ending_in_csv_is_the_events_table(tmp_path, capsys):
    db = tmp_path / "empty.db"
    Store(db).close()
    assert main(["export", "--db", str(db), "--format", "csv", "-o", str(tmp_path / "ev.csv")]) == 0
    assert (tmp_path / "ev.csv").is_file()
    assert (tmp_path / "ev.csv").read_text().startswith("id,date,type")
    assert main(["export", "--db", str(db), "--format", "csv", "-o", str(tmp_path / "tables")]) == 0
    assert (tmp_path / "tables" / "quotes.csv").is_file()


def test_nothing_to_ingest_creates_no_database(tmp_path, capsys):
    db = tmp_path / "m.db"
    assert main(["run", str(tmp_path / "nonexistent.txt"), "--db", str(db)]) == 1
    assert "no such file or folder" in capsys.readouterr().err
    (tmp_path / "empty.txt").write_text("")
    assert main(["run", str(tmp_path / "empty.txt"), "--db", str(db), "--no-progress"]) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt"]


def test_progress_over_the_stages_and_models_unless_no_progress(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(" date 2022-05-02 " + ARTICLE)
    assert main(["run", str(tmp_path / "a.txt"), "--db", str(tmp_path / "p.db")]) == 0
    first_err = capsys.readouterr().err
    assert "loading the language models" in first_err and "stages" in first_err
    (tmp_path / "b.txt").write_text(" date 2022-05-03 " + ARTICLE.replace("Monday", "Tuesday"))
    assert main(["run", str(tmp_path / "b.txt"), "--db", str(tmp_path / "p.db"), "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert "loading" not in err and "stages" not in err
    assert "spaCy" in first_err and "language detector" in first_err


def test_search_page_marks_matches_and_sets_the_speaker_apart(small_db):
    client = TestClient(create_app(small_db))
    results = client.get("/api/search", params={"q": "company"}).json()["results"]
    quote = next(r for r in results if r["kind"] == "quote")
    assert "[" not in quote["snippet"] and "company" in quote["snippet"]
    assert {"text": "company", "match": True} in quote["parts"]
    page = client.get("/search", params={"q": "company"}).text
    assert "<mark>company</mark>" in page and "[company]" not in page
    assert "Anna Berg</a>: <span class=\"snippet\">“" in page.replace("\n", " ")


def test_the_run_command_flushes_its_output_and_exit_status_before_leaving_the_process(tmp_path):
    """``newsfold run`` leaves without freeing what it built (``cli.console``): its summary, warnings and exit
    status must still come out whole, through a pipe, and the database be complete."""
    (tmp_path / "a.txt").write_text(" date 2022-05-02 " + ARTICLE)
    (tmp_path / "b.jsonl").write_text("{not json\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"} | {"PYTHONPATH": str(SRC)}
    db = tmp_path / "x.db"
    done = subprocess.run([sys.executable, "-m", "newsfold.cli", "run", str(tmp_path), "--db", str(db),
                           "--no-progress", "--strict"], capture_output=True, env=env, timeout=300)
    assert done.returncode == 1, done.stderr  # --strict: a rejected input
    assert b"database " in done.stdout and b"1 articles" in done.stdout, done.stdout
    assert b"rejected: " in done.stderr and b"b.jsonl" in done.stderr
    store = Store(db, readonly=True)
    assert store.last_summary()["articles"] == 1
    store.close()
