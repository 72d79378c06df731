"""The command line: run, re-run, bad inputs in a batch, strict mode, exports and the demo."""

from __future__ import annotations

import json
import sqlite3

import pytest

from newsfold.cli import main

ARTICLE = ("Dockworkers in the port city of Harwich walked off the job on Monday, demanding higher pay.\n\n"
           "Police said 400 people took part in the march, while the union said 1,500 workers joined.\n\n"
           '"We will not go back until the company talks to us," said union leader Anna Berg.\n')


@pytest.fixture
def batch(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(" date 2022-05-02 " + ARTICLE)
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 binary")
    (folder / "latin.txt").write_bytes("Caf\xe9".encode("latin-1"))
    (folder / "feed.jsonl").write_text(json.dumps({"id": "j1", "text": ARTICLE.replace("Harwich", "Dover"),
                                                   "published": "2022-05-03"}) + "\n{broken\n")
    return folder


def _counts(db):
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("raw_docs", "articles", "analyses", "events", "entities", "rejected")}


def test_run_reports_rejections_and_keeps_going(batch, tmp_path, capsys):
    db = str(tmp_path / "x.db")
    assert main(["run", str(batch), "--db", db, "--no-progress"]) == 0
    out, err = capsys.readouterr()
    assert "2 new" in out and "4 rejected" in out
    for reason in ("empty file", "binary file", "not valid UTF-8", "malformed JSON"):
        assert reason in err
    assert "feed.jsonl:2" in err
    assert _counts(db)["articles"] == 2


def test_rerun_changes_nothing_and_strict_fails(batch, tmp_path, capsys):
    db = str(tmp_path / "x.db")
    main(["run", str(batch), "--db", db, "--no-progress"])
    first = _counts(db)
    with sqlite3.connect(db) as conn:
        before = conn.execute("SELECT doc FROM events ORDER BY id").fetchall()
    assert main(["run", str(batch), "--db", db, "--no-progress", "--strict"]) == 1
    out, _ = capsys.readouterr()
    assert "analysed 0 articles" in out and "2 unchanged" in out
    assert _counts(db) == first
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT doc FROM events ORDER BY id").fetchall() == before


def test_new_files_merge_with_what_is_stored(batch, tmp_path):
    db = str(tmp_path / "x.db")
    main(["run", str(batch / "good.txt"), "--db", db, "--no-progress"])
    assert _counts(db)["articles"] == 1
    main(["run", str(batch / "feed.jsonl"), "--db", db, "--no-progress"])
    assert _counts(db)["articles"] == 2


def test_nothing_ingested_exits_non_zero_and_keeps_the_database(batch, tmp_path, capsys):
    db = str(tmp_path / "x.db")
    main(["run", str(batch / "good.txt"), "--db", db, "--no-progress"])
    assert main(["run", str(batch / "empty.txt"), "--db", db, "--no-progress"]) == 1
    assert "nothing could be ingested" in capsys.readouterr().err
    assert _counts(db)["articles"] == 1
    assert main(["run", str(tmp_path / "nowhere"), "--db", db]) == 1


def test_exports(batch, tmp_path, capsys):
    db = str(tmp_path / "x.db")
    main(["run", str(batch), "--db", db, "--no-progress"])
    capsys.readouterr()
    assert main(["export", "--db", db, "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert {"articles", "entities", "quotes", "figures", "events", "stories", "rejected"} <= set(record)
    article = next(a for a in record["articles"] if a["id"] == "j1")
    for key in ("id", "path", "url", "title", "outlet", "published", "language", "duplicate_of", "story", "text",
                "removed", "embeds"):
        assert key in article
    for quote in record["quotes"]:
        text = next(a["text"] for a in record["articles"] if a["id"] == quote["article"])
        assert text[quote["start"]:quote["end"]] == quote["text"]
    assert main(["export", "--db", db, "--format", "md", "-o", str(tmp_path / "r.md")]) == 0
    assert (tmp_path / "r.md").read_text().startswith("# newsfold report")
    assert main(["export", "--db", db, "--format", "csv", "-o", str(tmp_path / "csv")]) == 0
    assert (tmp_path / "csv" / "events.csv").read_text().startswith("id,date,type")


def test_export_of_missing_database_is_one_clear_line(tmp_path, capsys):
    assert main(["export", "--db", str(tmp_path / "none.db")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not exist" in err


def test_demo(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "report:" in out and (tmp_path / "newsfold-demo-report.md").is_file()


def test_timings_give_each_part_of_the_run_in_order(batch, tmp_path, capsys):
    from newsfold.pipeline import STAGES

    db = str(tmp_path / "x.db")
    main(["run", str(batch / "good.txt"), "--db", db, "--no-progress", "--timings"])
    line = capsys.readouterr().out.splitlines()[-1]
    assert line.startswith("seconds: ingest ") and "; in all " in line
    parts = [part.split()[0] for part in line.removeprefix("seconds: ").split(";")[0].split(", ")]
    assert parts == ["ingest", "basis", *(s.name for s in STAGES)]
    with sqlite3.connect(db) as conn:
        [(summary,)] = conn.execute("SELECT summary FROM runs").fetchall()
    assert list(json.loads(summary)["seconds"]) == parts  # kept with the run
    main(["run", str(batch / "good.txt"), "--db", db, "--no-progress", "--timings"])
    again = capsys.readouterr().out.splitlines()[-1].removeprefix("seconds: ").split(";")[0]
    assert [part.split()[0] for part in again.split(", ")] == ["ingest", "basis"]  # up to date: no stage ran
