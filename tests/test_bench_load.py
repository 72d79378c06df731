"""bench/load.py's parts work on a tiny database (a smoke test: no timing is asserted, it is a benchmark)."""

from __future__ import annotations

import importlib.util
import itertools
import json

from fastapi.testclient import TestClient

from conftest import ROOT
from newsfold import Store, run
from newsfold.web import create_app

TEXTS = ["Dockers at the Harbour Works walked out on Monday, demanding pay, said union leader Ada Vance.",
         "Police in Port Seren said about 400 people marched to the town hall on Tuesday to back the dockers."]


def _load_module():
    spec = importlib.util.spec_from_file_location("load", ROOT / "bench" / "load.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_load_script_reads_every_route_alone_and_while_ingesting(tmp_path, settings):
    load = _load_module()
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": f"a{i}", "text": t, "published": "2025-03-1" + str(i)}) + "\n"
                            for i, t in enumerate(TEXTS)))
    db = tmp_path / "tiny.db"
    run([str(feed)], str(db), settings, progress=False)
    app = create_app(str(db), allow_ingest=True, token="t0ken", settings=settings)
    posts = ({"id": f"posted-{n}", "text": f"Bakers in Lindau number {n} struck on Friday over night shifts."}
             for n in itertools.count())
    result = load.run_phases(lambda: TestClient(app), "t0ken", posts, 0.1, 2, "dockers")
    assert set(result["read"]) == set(result["read_with_ingest"])
    assert {"/", "/api/stories", "/stories/{story}", "/api/events/{event}", "/articles/{article}",
            "/search?q={q}"} <= set(result["read"])
    for phase in ("read", "read_with_ingest"):
        assert all(r["requests"] > 0 and r["errors"] == 0 and r["p50_ms"] <= r["p99_ms"]
                   for r in result[phase].values())
    ingest = result["ingest"]
    assert ingest["posted"] + ingest["in_flight_at_end"] >= 1 and ingest["failed"] == 0
    store = Store(db, readonly=True)
    assert store.counts()["articles"] >= 2 + ingest["posted"]
    store.close()
    table = load._table(result)
    assert "/api/search?q={q}" in table and "posted meanwhile" in table
