"""Stable ids: a story, event or entity link saved before a run still answers after it, through a redirect to the
id that continues it; an id that nothing continues answers 410; re-running changes nothing."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from fastapi.testclient import TestClient

from conftest import ROOT
from newsfold import Store, run
from newsfold.web import create_app

DEMO = ROOT / "src" / "newsfold" / "demo"
PAGES = {"story": "stories", "event": "events", "entity": "entities"}


def _corpus(folder, leave_out=()):
    folder.mkdir(exist_ok=True)
    for path in DEMO.iterdir():
        if path.name not in leave_out:
            shutil.copy(path, folder / path.name)
    return folder


def _ids(db):
    store = Store(db, readonly=True)
    try:
        return {"story": set(store.stories()), "event": {e.id for e in store.events()},
                "entity": {e.id for e in store.entities()}}
    finally:
        store.close()


def _redirects(db):
    with sqlite3.connect(db) as conn:
        return sorted(conn.execute("SELECT kind, old_id, new_id, run_at FROM redirects").fetchall())


def _assert_all_answer(client, ids):
    for kind, kind_ids in ids.items():
        for old in kind_ids:
            for prefix in ("", "/api"):
                response = client.get(f"{prefix}/{PAGES[kind]}/{old}", follow_redirects=True)
                assert response.status_code == 200, (kind, old, response.text[:200])


@pytest.mark.parametrize("leave_out", ["01_walkout_begins.txt", "03_harbour_march.txt"])
def test_every_old_id_answers_after_an_article_is_added(tmp_path, settings, leave_out):
    folder, db = _corpus(tmp_path / "in", [leave_out]), tmp_path / "x.db"
    run([str(folder)], str(db), settings, progress=False)
    before = _ids(db)
    shutil.copy(DEMO / leave_out, folder / leave_out)
    run([str(folder)], str(db), settings, progress=False)
    after = _ids(db)
    replaced = {kind: before[kind] - after[kind] for kind in before}
    assert any(replaced.values())  # adding the article did rename something: the redirects are what keeps links
    client = TestClient(create_app(str(db)))
    _assert_all_answer(client, before)
    for kind, old_ids in replaced.items():
        for old in old_ids:
            hop = client.get(f"/api/{PAGES[kind]}/{old}", follow_redirects=False)
            assert hop.status_code == 307 and hop.json()["moved"]["id"] in after[kind]
            assert hop.headers["location"] == f"/api/{PAGES[kind]}/{hop.json()['moved']['id']}"
    record, redirects = _ids(db), _redirects(db)
    run([str(folder)], str(db), settings, progress=False)
    assert _ids(db) == record and _redirects(db) == redirects  # re-running changes nothing


def test_the_new_story_holds_the_old_ones_articles(tmp_path, settings):
    folder, db = _corpus(tmp_path / "in", ["01_walkout_begins.txt"]), tmp_path / "x.db"
    run([str(folder)], str(db), settings, progress=False)
    with sqlite3.connect(db) as conn:
        old_story = dict(conn.execute("SELECT id, story FROM articles").fetchall())
    shutil.copy(DEMO / "01_walkout_begins.txt", folder)
    run([str(folder)], str(db), settings, progress=False)
    with sqlite3.connect(db) as conn:
        new_story = dict(conn.execute("SELECT id, story FROM articles").fetchall())
        moved = dict(conn.execute("SELECT old_id, new_id FROM redirects WHERE kind = 'story'").fetchall())
    assert moved and all(moved[old_story[a]] == new_story[a] for a in old_story if old_story[a] in moved)


def test_links_saved_many_runs_ago_follow_the_chain(tmp_path, settings):
    first, second = "01_walkout_begins.txt", "03_harbour_march.txt"
    folder, db = _corpus(tmp_path / "in", [first, second]), tmp_path / "x.db"
    run([str(folder)], str(db), settings, progress=False)
    oldest = _ids(db)
    for name in (second, first):
        shutil.copy(DEMO / name, folder / name)
        run([str(folder)], str(db), settings, progress=False)
    current = _ids(db)
    with sqlite3.connect(db) as conn:  # flattened: every redirect points to a current id, one hop
        targets = conn.execute("SELECT kind, new_id FROM redirects WHERE new_id IS NOT NULL").fetchall()
    assert targets and all(new in current[kind] for kind, new in targets)
    _assert_all_answer(TestClient(create_app(str(db))), oldest)


def test_an_id_nothing_continues_is_gone_until_it_returns(tmp_path, demo_db):
    db = tmp_path / "x.db"
    shutil.copy(demo_db, db)
    store = Store(db)
    record = (store.articles(), store.entities(), store.quotes(), store.figures(), store.event_mentions(),
              store.events(), store.stories())
    ids = _ids(db)
    gone = store.replace_corpus([], [], [], [], [], [], {})  # every article removed: nothing continues anything
    assert {(r.kind, r.old_id) for r in gone} == {(k, i) for k, kind_ids in ids.items() for i in kind_ids}
    client = TestClient(create_app(str(db)))
    event = next(iter(ids["event"]))
    api = client.get(f"/api/events/{event}")
    assert api.status_code == 410 and api.json()["error"]["message"].startswith("this event no longer exists")
    assert client.get(f"/stories/{next(iter(ids['story']))}").status_code == 410
    assert client.get("/api/events/Vnever0000").status_code == 404  # never there: not found, as before
    store.replace_corpus(*record)  # they come back: themselves again, not redirects
    store.close()
    assert _redirects(db) == []
    _assert_all_answer(client, ids)
