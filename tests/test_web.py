"""The web workbench through its HTTP API and pages: contexts, escaping, CSP, errors, the ingest token."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from newsfold import load_settings, run
from newsfold.web import create_app
from newsfold.web.app import CSP

HOSTILE = ("<script>alert('pwned')</script> Workers at the <img src=x onerror=alert(1)> Harbour Works walked out on "
           "Monday, demanding pay. \"We will not <b>stop</b>,\" said union leader Ada Vance.")


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "x.jsonl").write_text(json.dumps({"id": "evil", "text": HOSTILE, "published": "2024-02-05",
                                                "title": "<script>alert(2)</script>"}) + "\n")
    db = folder / "x.db"
    run([str(folder / "x.jsonl")], str(db), load_settings(), progress=False)
    return db


@pytest.fixture(scope="module")
def client(seeds_db):
    return TestClient(create_app(str(seeds_db)))


def test_pages_and_api_twins_share_one_context(client):
    stories = client.get("/api/stories").json()["stories"]
    assert len(stories) == 1 and stories[0]["articles"] == 5
    page = client.get("/")
    assert page.status_code == 200 and stories[0]["name"] in page.text
    assert page.headers["content-security-policy"] == CSP
    story = client.get(f"/api/stories/{stories[0]['id']}").json()
    assert story["events"] and story["timeline"]["marks"]
    html = client.get(f"/stories/{stories[0]['id']}").text
    assert "<svg" in html and all(f"/events/{e['id']}" in html for e in story["events"][:5])


def test_mzkt_event_shows_both_sources_and_the_quotes(client):
    sid = client.get("/api/stories").json()["stories"][0]["id"]
    events = client.get(f"/api/stories/{sid}").json()["events"]
    mzkt = [e for e in events if e["type"] == "PROTEST" and e["independent_sources"] == 2 and e["sources"] == 2
            and any(a["name"] == "Minsk Wheel Tractor Plant" for a in e["actors"] + e["places"])]
    assert len(mzkt) == 1
    event = client.get(f"/api/events/{mzkt[0]['id']}").json()
    assert {s["id"][:3] for s in event["sources"]} == {"001", "004"}
    kills = [q for q in event["quotes"] if "until you kill me" in q["span"].lower()]
    assert {q["article"][:3] for q in kills} == {"001", "004"}
    assert all(q["speaker_name"] == "Alexander Lukashenko" for q in kills)
    assert all(ev["span"] and ev["before"] + ev["span"] + ev["after"] for ev in event["evidence"])


def test_entity_and_article_pages(client):
    results = client.get("/api/search", params={"q": "Lukashenko"}).json()["results"]
    entity_id = next(r["ref"] for r in results if r["kind"] == "entity")
    entity = client.get(f"/api/entities/{entity_id}").json()
    assert entity["entity"]["type"] == "PERSON" and entity["events"] and entity["quotes"]
    article = client.get("/api/articles/002_31852e31f9f7630b").json()
    assert article["article"]["duplicate_of"].startswith("000") and len(article["embeds"]) == 2
    assert client.get("/api/articles/000_47673dea54e1f42a").json()["copies"][0]["id"].startswith("002")


def test_event_says_what_the_record_keeps_and_article_why_its_date(client):
    sid = client.get("/api/stories").json()["stories"][0]["id"]
    events = client.get(f"/api/stories/{sid}").json()["events"]
    march = next(e for e in events if e["date"] == "2020-08-16" and "disagreement" in e["conflicts"])
    event = client.get(f"/api/events/{march['id']}").json()
    assert [r["field"] for r in event["resolved"]] == ["size"] and event["resolved"][0]["rule"]
    assert "What the record keeps" in client.get(f"/events/{march['id']}").text
    wuky = client.get("/api/articles/004_a68db85b5fd9e43a").json()["article"]
    assert wuky["published_source"] == "inferred" and wuky["published_inferred"]
    assert "why this date" in client.get("/articles/004_a68db85b5fd9e43a").text


def test_event_page_shows_where_the_claims_and_the_parties(client, seeds_store):
    texts = {a.id: a.text for a in seeds_store.articles()}
    sid = client.get("/api/stories").json()["stories"][0]["id"]
    events = client.get(f"/api/stories/{sid}").json()["events"]
    march = next(e for e in events if e["date"] == "2020-08-14" and e["type"] == "PROTEST")
    event = client.get(f"/api/events/{march['id']}").json()
    assert (event["location"]["place"], event["location"]["country"], event["location"]["precision"]) == (
        "Minsk", "Belarus", "city")
    assert texts[event["location"]["article"]][event["location"]["start"]:event["location"]["end"]] == "Minsk"
    assert event["claims"] and all(texts[c["article"]][c["start"]:c["end"]] == c["text"] for c in event["claims"])
    assert [g["name"] for g in event["actor_groups"]][:2] == ["Protesters", "Labor Group"]
    html = client.get(f"/events/{march['id']}").text
    assert "<h2>Where</h2>" in html and "<h2>Claims</h2>" in html and "<h2>Parties</h2>" in html
    assert "Minsk" in html and "Labor Group" in html
    unresolved = next(e for e in seeds_store.events() if any(x.reason for x in e.locations))
    page = client.get(f"/events/{unresolved.id}").text
    assert "unresolved" in page and next(x.reason for x in unresolved.locations if x.reason) in page


def test_one_error_shape_and_bounded_inputs(client):
    for path in ("/api/events/nope", "/api/stories/x", "/api/articles/..%2F..%2Fetc%2Fpasswd", "/api/entities/a%20b",
                 "/api/search?q=" + "x" * 500):
        response = client.get(path)
        assert response.status_code in (404, 422), path
        assert set(response.json()) == {"error"} and set(response.json()["error"]) == {"status", "message"}
    assert client.get("/events/nope").status_code == 404
    assert client.post("/api/articles", json={"text": "x"}).status_code in (404, 405)  # read-only by default
    assert client.get("/static/../app.py").status_code == 404


def test_article_text_is_escaped(hostile_db):
    client = TestClient(create_app(str(hostile_db)))
    html = client.get("/articles/evil").text
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>stop</b>" not in html
    assert "&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;" in html
    search = client.get("/search", params={"q": "script"}).text
    assert "<script>alert" not in search


def test_ingest_needs_the_token(tmp_path, hostile_db):
    import shutil

    db = tmp_path / "x.db"
    shutil.copy(hostile_db, db)
    client = TestClient(create_app(str(db), allow_ingest=True, token="s3cret"))
    article = {"id": "posted-1", "text": "Miners in Ostrava marched on Tuesday to demand safer shafts, police said.",
               "published": "2024-02-06"}
    assert client.post("/api/articles", json=article).status_code == 401
    assert client.post("/api/articles", json=article, headers={"Authorization": "Bearer nope"}).status_code == 401
    bad = client.post("/api/articles", content=b"{oops", headers={"Authorization": "Bearer s3cret"})
    assert bad.status_code == 400 and "error" in bad.json()
    ok = client.post("/api/articles", json=article, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 201 and ok.json()["articles"] == 2 and (ok.json()["new"], ok.json()["changed"]) == (1, 0)
    assert client.get("/api/articles/posted-1").status_code == 200


def test_head_docs_errors_and_bearer_scheme(tmp_path, hostile_db, monkeypatch):
    import shutil

    from newsfold.web import context

    db = tmp_path / "x.db"
    shutil.copy(hostile_db, db)
    client = TestClient(create_app(str(db), allow_ingest=True, token="s3cret"), raise_server_exceptions=False)
    assert client.head("/api/stories").status_code == 200 and client.head("/").status_code == 200
    docs = client.get("/docs")
    assert docs.status_code == 200 and "cdn.jsdelivr.net" in docs.headers["Content-Security-Policy"]
    assert client.get("/").headers["Content-Security-Policy"] == CSP  # the CDN is allowed on /docs only
    article = {"id": "posted-2", "text": "Bakers in Lindau struck on Friday over night shifts, their union said.",
               "published": "2024-02-09"}
    assert client.post("/api/articles", json=article, headers={"Authorization": "bearer s3cret"}).status_code == 201
    huge = client.post("/api/articles", content=b"x" * 2_100_000, headers={"Authorization": "Bearer s3cret"})
    assert huge.status_code == 413 and set(huge.json()["error"]) == {"status", "message"}

    def broken(store):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(context, "stories_context", broken)
    crashed = client.get("/api/stories")
    assert crashed.status_code == 500 and crashed.json()["error"]["message"].startswith("internal error")
