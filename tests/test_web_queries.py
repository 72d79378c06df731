"""The web pages query only what they show, and show what they showed when they read whole tables: every page and
API answer on the demo database equals the one built by the former whole-table contexts (kept below as the
reference), and no page reads a whole table."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from jinja2 import Environment, FileSystemLoader

import newsfold.web.context as web_context
from newsfold import Store
from newsfold.export.evidence import event_quotes
from newsfold.export.json import event_facts
from newsfold.export.timeline import timeline
from newsfold.web import create_app
from newsfold.web.context import _event_row, _evidence, _segments

TEMPLATES = Path(web_context.__file__).parent / "templates"
WHOLE_TABLES = ("articles", "entities", "quotes", "figures", "figures_by_event", "event_mentions", "events", "stories")


# the reference: the contexts as they were, built from whole tables ------------------------------------------------
def _story_rows(store: Store) -> list[dict[str, Any]]:
    articles = store.articles()
    events = store.events()
    rows = []
    for sid, name in store.stories().items():
        members = [a for a in articles if a.story == sid]
        dates = sorted(a.published for a in members if a.published)
        rows.append({"id": sid, "name": name, "first_date": dates[0] if dates else None,
                     "last_date": dates[-1] if dates else None, "articles": len(members),
                     "events": sum(1 for e in events if e.story == sid)})
    return rows


def story_reference(store: Store, story_id: str) -> dict[str, Any]:
    story = next((s for s in _story_rows(store) if s["id"] == story_id), None)
    if story is None:
        raise LookupError(story_id)
    names = {e.id: e.name for e in store.entities()}
    events = [_event_row(e, names) for e in store.events() if e.story == story_id]
    events.sort(key=lambda e: (e["date"] or "9999", e["type"]))
    articles = [{"id": a.id, "title": a.title, "outlet": a.outlet, "published": a.published,
                 "duplicate_of": a.duplicate_of} for a in store.articles() if a.story == story_id]
    return {"story": story, "events": events, "articles": articles, "timeline": timeline(events)}


def event_reference(store: Store, event_id: str) -> dict[str, Any]:
    event = next((e for e in store.events() if e.id == event_id), None)
    if event is None:
        raise LookupError(event_id)
    articles = {a.id: a for a in store.articles()}
    names = {e.id: e.name for e in store.entities()}
    mentions = [m for m in store.event_mentions() if m.id in set(event.mentions)]
    figures = [f for f in store.figures() if f.event == event.id]
    quotes = event_quotes(event, {m.id: m for m in mentions}, store.quotes(), articles)
    fields: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in mentions:
        fields["date"].append({"value": m.date or (f"a {m.weekday.title()}" if m.weekday else "not stated"),
                               "article": m.article, "start": m.start, "end": m.end})
    for f in figures:
        fields[f.category].append({"value": f.text, "article": f.article, "start": f.start, "end": f.end,
                                   "claimed_by": names.get(f.claimed_by or "", f.claimed_by_name), "as_of": f.as_of})
    badges = {c.field.split(" ")[0]: c.kind for c in event.conflicts}
    return {
        "event": _event_row(event, names) | {"targets": [{"id": t, "name": names.get(t, t)} for t in event.targets],
                                             "source_chain": event.source_chain, "story": event.story},
        "sources": [{"id": s, "title": articles[s].title, "outlet": articles[s].outlet,
                     "published": articles[s].published, "duplicate_of": articles[s].duplicate_of}
                    for s in event.sources if s in articles],
        "fields": [{"name": k, "values": v, "badge": badges.get({"participants": "size"}.get(k, k), "agreement")}
                   for k, v in fields.items()],
        "conflicts": [{"field": c.field, "kind": c.kind, "explanation": c.explanation, "values": c.values}
                      for c in event.conflicts],
        "resolved": event.resolved,
        "quotes": [{"id": q.id, "speaker": q.speaker, "speaker_name": names.get(q.speaker or "", q.speaker_name),
                    "cue": q.cue, "direct": q.direct, **_evidence(articles[q.article], q.start, q.end)}
                   for q in quotes],
        "evidence": [_evidence(articles[m.article], m.start, m.end) | {"trigger": m.trigger} for m in mentions],
        # where, the claims, the tactics and the parties, each with its span and stage, as in the JSON export
        **event_facts(event),
    }


def entity_reference(store: Store, entity_id: str) -> dict[str, Any]:
    entity = next((e for e in store.entities() if e.id == entity_id), None)
    if entity is None:
        raise LookupError(entity_id)
    articles = {a.id: a for a in store.articles()}
    counts = Counter(articles[m.article].text[m.start:m.end] for m in entity.mentions if m.article in articles)
    names = {e.id: e.name for e in store.entities()}
    events = [_event_row(e, names) | {"role": "actor" if entity.id in e.actors else
                                      "place" if entity.id in e.places else "target"}
              for e in store.events() if entity.id in e.actors + e.places + e.targets]
    quotes = [{"id": q.id, "text": q.text, "article": q.article, "start": q.start, "end": q.end, "cue": q.cue,
               "direct": q.direct} for q in store.quotes() if q.speaker == entity.id]
    return {"entity": {"id": entity.id, "name": entity.name, "type": entity.type,
                       "aliases": [{"alias": a, "count": counts.get(a, 0)} for a in entity.aliases],
                       "mentions": len(entity.mentions)},
            "events": events, "quotes": quotes}


def article_reference(store: Store, article_id: str) -> dict[str, Any]:
    articles = store.articles()
    article = next((a for a in articles if a.id == article_id), None)
    if article is None:
        raise LookupError(article_id)
    spans = [(m.start, m.end, ent.id) for ent in store.entities() for m in ent.mentions if m.article == article.id]
    return {"article": {"id": article.id, "title": article.title, "outlet": article.outlet, "url": article.url,
                        "published": article.published, "published_source": article.published_source,
                        "published_inferred": article.metadata.get("published_inferred", []),
                        "language": article.language, "path": article.path, "story": article.story,
                        "duplicate_of": article.duplicate_of, "duplicate_kind": article.duplicate_kind},
            "paragraphs": _segments(article, spans),
            "removed": [{"text": r.text, "reason": r.reason} for r in article.removed],
            "embeds": [{"text": e.text, "author": e.author, "handle": e.handle, "date": e.date,
                        "language": e.language} for e in article.embeds],
            "copies": [{"id": a.id, "kind": a.duplicate_kind} for a in articles if a.duplicate_of == article.id]}


def _stories_reference(store: Store) -> dict[str, Any]:
    return {"stories": _story_rows(store)}


REFERENCE = {"": ("stories.html", _stories_reference), "stories": ("story.html", story_reference),
             "events": ("event.html", event_reference), "entities": ("entity.html", entity_reference),
             "articles": ("article.html", article_reference)}


def _paths(store: Store) -> list[tuple[str, str]]:
    ids = {"stories": list(store.stories()), "events": [e.id for e in store.events()],
           "entities": [e.id for e in store.entities()], "articles": [a.id for a in store.articles()]}
    return [("", "")] + [(kind, i) for kind, kind_ids in ids.items() for i in kind_ids]


def test_every_page_is_what_the_whole_table_contexts_built(demo_db, demo_store):
    client = TestClient(create_app(str(demo_db)))
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True, lstrip_blocks=True)
    paths = _paths(demo_store)
    assert len(paths) > 60  # stories, events, entities and articles, all of them
    for kind, item in paths:
        template, build = REFERENCE[kind]
        expected = build(demo_store, item) if item else build(demo_store)
        api = client.get(f"/api/{kind}/{item}" if item else "/api/stories")
        assert api.status_code == 200 and api.json() == json.loads(json.dumps(expected)), (kind, item)
        page = client.get(f"/{kind}/{item}" if item else "/")
        assert page.text == env.get_template(template).render(**expected), (kind, item)


def test_no_page_reads_a_whole_table(demo_db, demo_store, monkeypatch):
    paths = _paths(demo_store)
    statements: list[str] = []
    opened = Store.__init__

    def traced(self: Store, *args: Any, **kwargs: Any) -> None:
        opened(self, *args, **kwargs)
        self.conn.set_trace_callback(statements.append)

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a page read a whole table")

    monkeypatch.setattr(Store, "__init__", traced)
    for name in WHOLE_TABLES:
        monkeypatch.setattr(Store, name, refuse)
    client = TestClient(create_app(str(demo_db)))
    for kind, item in paths:
        for prefix in ("", "/api"):
            response = client.get(f"{prefix}/{kind}/{item}" if item else prefix + ("/stories" if prefix else "/"))
            assert response.status_code == 200, (kind, item, response.text[:300])
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT") and "migrations" not in s]
    assert selects and all(" WHERE " in s.upper() for s in selects), [s for s in selects if "WHERE" not in s]


def test_the_migration_fills_the_page_rows_of_an_older_database(tmp_path, demo_db):
    import shutil
    import sqlite3

    db = tmp_path / "older.db"
    shutil.copy(demo_db, db)
    tables = ("entity_mentions", "event_entities")
    with sqlite3.connect(db) as conn:
        written = {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall()) for t in tables}
        for index in ("event_mentions_event", "figures_event", "quotes_article", "quotes_speaker",
                      "articles_duplicate_of"):
            conn.execute(f"DROP INDEX {index}")
        for table in tables:
            conn.execute(f"DROP TABLE {table}")
        conn.execute("DELETE FROM migrations WHERE name = '0006_page_queries'")
    Store(db).close()  # migrates
    with sqlite3.connect(db) as conn:
        assert {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall()) for t in tables} == written
    assert all(written.values())
