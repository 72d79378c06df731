"""newsfold.fold: texts, dicts and paths folded into a Record in a plain interpreter, with its frames; nothing left on
disk without a database, the record kept in one when it is given."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import newsfold
from newsfold import Record, Store, fold
from newsfold.errors import MissingDependencyError
from newsfold.pipeline import RunSummary

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [
    "Thousands of dock workers marched through Lyon, France, on Saturday, 3 May 2025, demanding higher wages. "
    "Police said 4,000 people took part; the union said 12,000. \"We will not back down,\" said union leader "
    "Marie Dupont.",
    "Police fired tear gas at protesters in Lyon on Saturday. The CGT union said 12,000 people marched. Interior "
    "minister Jean Martin said 35 people were arrested.",
]
WIRE = {"id": "wire-1", "title": "Lyon port strike", "outlet": "Example Wire", "published": "2025-05-05",
        "url": "https://example.org/lyon", "text": "Dock workers in Lyon, France, went on strike on Monday, 5 May. "
        "\"The port is closed,\" said Marie Dupont, leader of the union."}

SCRIPT = """
import json, sys
import newsfold
record = newsfold.fold(json.loads(sys.argv[1]))
events = record.events_frame()
print(json.dumps({
    "events": [[e["type"], e["date"]] for e in record.events],
    "countries": sorted(set(events["location_country"].dropna())),
    "frames": {name: list(getattr(record, name + "_frame")().shape)
               for name in ("events", "figures", "quotes", "entities", "articles")},
    "articles": sorted([a["id"], a["path"], a["outlet"]] for a in record.articles),
    "speakers": sorted({q["speaker_name"] for q in record.quotes}),
    "json_events": len(json.loads(record.to_json())["events"]),
}))
"""


def test_fold_texts_and_a_dict_in_a_plain_interpreter(tmp_path):
    temp, cwd = tmp_path / "temp", tmp_path / "cwd"
    temp.mkdir()
    cwd.mkdir()
    env = os.environ | {"PYTHONPATH": str(ROOT / "src"), "TMPDIR": str(temp)}
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(SCRIPT), json.dumps([*TEXTS, WIRE])], cwd=cwd,
                          env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert ["PROTEST", "2025-05-03"] in out["events"]
    assert out["countries"] == ["France"]
    assert out["frames"]["events"] == [len(out["events"]), 18] and out["json_events"] == len(out["events"])
    assert out["frames"]["articles"][0] == 3 and out["frames"]["quotes"][0] >= 2
    assert out["articles"] == [["text-1", "text.jsonl:1", None], ["text-2", "text.jsonl:2", None],
                               ["wire-1", "item.jsonl:1", "Example Wire"]]
    assert {"Marie Dupont", "Jean Martin"} <= set(out["speakers"])
    assert list(temp.iterdir()) == [] and list(cwd.iterdir()) == [], "fold left files behind"


def test_a_given_database_keeps_the_record(tmp_path):
    page = tmp_path / "pages" / "lyon.txt"
    page.parent.mkdir()
    page.write_text(TEXTS[1], encoding="utf-8")
    db = tmp_path / "lyon.db"
    record = fold([TEXTS[0], page, WIRE], db=db)
    assert {a["path"] for a in record.articles} == {"text.jsonl:1", str(page), "item.jsonl:1"}
    store = Store(db, readonly=True)
    try:
        assert sorted(e.id for e in store.events()) == sorted(e["id"] for e in record.events)
        assert {a.id for a in store.articles()} == {a["id"] for a in record.articles}
    finally:
        store.close()
    with sqlite3.connect(db) as conn:  # the flat tables hold the place the gazetteer resolves
        rows = conn.execute("SELECT location_name, location_country, location_lat, doc FROM events "
                            "WHERE location_country IS NOT NULL").fetchall()
    assert rows and {r[1] for r in rows} == {"France"}
    for name, country, lat, doc in rows:
        place = json.loads(doc)["location"]
        assert (name, country, lat) == (place["name"], place["place"]["country"], place["place"]["latitude"])
    again = fold([TEXTS[0]], db=str(db))
    assert again.summary.unchanged == 1 and again.summary.new == 0
    assert len(again.articles) == 3


def test_a_path_given_as_a_string_is_read_and_other_strings_are_text(tmp_path):
    page = tmp_path / "lyon.txt"
    page.write_text(TEXTS[1], encoding="utf-8")
    record = fold([str(page), "Police arrested 35 people at the port of Lyon on Sunday."])
    assert sorted(a["path"] for a in record.articles) == sorted([str(page), "text.jsonl:1"])
    assert newsfold.fold(TEXTS[0]).articles[0]["id"] == "text-1"  # one text alone is one article


def test_what_cannot_be_folded_is_said():
    with pytest.raises(TypeError, match="fold takes article texts, dicts or paths"):
        fold([3])
    with pytest.raises(newsfold.InputError, match="nothing could be ingested"):
        fold([{"title": "no text"}])


def test_frames_name_the_extra_when_pandas_is_missing(monkeypatch):
    record = Record({"events": [], "figures": [], "quotes": [], "entities": [], "articles": [], "stories": [],
                     "rejected": []}, RunSummary())
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingDependencyError, match=r"newsfold\[pandas\]") as caught:
        record.quotes_frame()
    assert isinstance(caught.value, ImportError)
