"""The flat tables read with plain SQL: their joins, their rows against the JSON documents, the migration that fills
them for an older database, their description (metadata.json), and datasette faceting on them."""

from __future__ import annotations

import asyncio
import json
import sqlite3

import pytest

from newsfold import Store
from newsfold.export import build_record
from newsfold.store.describe import datasette_metadata, main
from newsfold.store.flat import COLUMNS
from newsfold.store.schema import MIGRATIONS

# flat column -> path in the row's JSON document
DOC_PATHS = {
    "articles": {"url": "url", "title": "title", "outlet": "outlet", "published": "published",
                 "language": "language", "story": "story", "duplicate_of": "duplicate_of", "path": "path"},
    "events": {"story": "story", "type": "type", "mode": "mode", "date": "date", "size_low": "size_low",
               "size_high": "size_high", "independent_sources": "independent_sources",
               "acled_event_type": "acled_event_type", "acled_sub_event_type": "acled_sub_event_type",
               "summary": "summary", "location_name": "location.name", "location_country": "location.place.country",
               "location_admin1": "location.place.admin1", "location_lat": "location.place.latitude",
               "location_lon": "location.place.longitude"},
    "figures": {"article_id": "article", "start": "start", "end": "end", "text": "text", "value": "value",
                "low": "low", "high": "high", "category": "category", "counted": "counted",
                "claimed_by": "claimed_by", "claimed_by_name": "claimed_by_name", "event": "event"},
    "quotes": {"article_id": "article", "start": "start", "end": "end", "text": "text", "speaker": "speaker",
               "speaker_name": "speaker_name", "direct": "direct", "cue": "cue"},
    "entities": {"name": "name", "type": "type"},
}


def _get(doc, path):
    for key in path.split("."):
        doc = doc.get(key) if isinstance(doc, dict) else None
    return int(doc) if isinstance(doc, bool) else doc


@pytest.fixture()
def conn(demo_db):
    connection = sqlite3.connect(f"file:{demo_db}?mode=ro", uri=True)
    yield connection
    connection.close()


@pytest.mark.parametrize("table", sorted(DOC_PATHS))
def test_flat_columns_equal_the_json_documents(conn, table):
    columns = list(DOC_PATHS[table])
    rows = conn.execute(f"SELECT {', '.join(columns)}, doc FROM {table}").fetchall()
    assert rows
    for row in rows:
        doc = json.loads(row[-1])
        assert dict(zip(columns, row[:-1], strict=True)) == {c: _get(doc, p) for c, p in DOC_PATHS[table].items()}


def test_events_rows_are_the_exported_record(conn, demo_store):
    exported = {e["id"]: e for e in build_record(demo_store)["events"]}
    rows = conn.execute("SELECT id, type, date, size_low, size_high, location_country, location_lat FROM events")
    flat = {r[0]: r[1:] for r in rows}
    assert set(flat) == set(exported)
    for eid, e in exported.items():
        loc = e["location"] or {}
        assert flat[eid] == (e["type"], e["date"], e["size"]["low"], e["size"]["high"], loc.get("country"),
                             loc.get("latitude"))
    assert any(row[2] for row in flat.values()), "no event has a size on the demo"


def test_events_join_their_source_articles(conn, demo_store):
    pairs = conn.execute("SELECT e.id, a.id FROM events e JOIN event_sources s ON s.event = e.id "
                         "JOIN articles a ON a.id = s.article_id").fetchall()
    assert sorted(pairs) == sorted({(e.id, a) for e in demo_store.events() for a in e.sources})
    assert {e for e, _ in pairs} == {e.id for e in demo_store.events()}


def test_events_join_their_actors_and_places(conn, demo_store):
    actors = conn.execute("SELECT e.id, n.name FROM events e JOIN event_actors x ON x.event = e.id "
                          "JOIN entities n ON n.id = x.entity").fetchall()
    names = {n.id: n.name for n in demo_store.entities()}
    assert sorted(actors) == sorted((e.id, names[a]) for e in demo_store.events() for a in e.actors)
    assert actors
    places = conn.execute("SELECT COUNT(*) FROM event_places p JOIN entities n ON n.id = p.entity").fetchone()[0]
    assert places == sum(len(e.places) for e in demo_store.events()) > 0


def test_figures_join_their_events_and_quotes_their_speakers(conn, demo_store):
    figures = conn.execute("SELECT f.id, e.id FROM figures f JOIN events e ON e.id = f.event").fetchall()
    assert sorted(figures) == sorted((f.id, f.event) for f in demo_store.figures() if f.event)
    assert figures
    quotes = conn.execute("SELECT q.id, n.name FROM quotes q JOIN entities n ON n.id = q.speaker").fetchall()
    names = {n.id: n.name for n in demo_store.entities()}
    assert sorted(quotes) == sorted((q.id, names[q.speaker]) for q in demo_store.quotes() if q.speaker)
    assert quotes


def test_aliases_and_foreign_keys_hold(conn, demo_store):
    aliases = conn.execute("SELECT entity, alias FROM entity_aliases").fetchall()
    assert sorted(aliases) == sorted({(e.id, a) for e in demo_store.entities() for a in e.aliases})
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    targets = {t: {r[2] for r in conn.execute(f"PRAGMA foreign_key_list({t})")} for t in
               ("articles", "events", "event_sources", "figures", "quotes", "entity_aliases")}
    assert targets == {"articles": {"stories", "articles"}, "events": {"stories"},
                       "event_sources": {"events", "articles"}, "figures": {"articles", "entities", "events"},
                       "quotes": {"articles", "entities"}, "entity_aliases": {"entities"}}


def test_what_people_facet_by_is_indexed(conn):
    indexed = {(r[0], c[2]) for r in conn.execute("SELECT tbl_name, name FROM sqlite_master WHERE type = 'index'")
               for c in conn.execute(f"PRAGMA index_info({r[1]})") if c[0] == 0}  # each index's first column
    for table_column in [("events", "type"), ("events", "date"), ("events", "story"), ("events", "location_country"),
                         ("figures", "category"), ("quotes", "speaker"), ("articles", "story"),
                         ("entities", "type"), ("event_sources", "article_id")]:
        assert table_column in indexed


def test_full_text_search_finds_rows(conn):
    word = conn.execute("SELECT text FROM quotes ORDER BY length(text) DESC").fetchone()[0].split()[2]
    hits = conn.execute("SELECT q.id FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid "
                        "WHERE quotes_fts MATCH ?", (json.dumps(word.strip(".,;:!?\"'")),)).fetchall()
    assert hits
    assert conn.execute("SELECT COUNT(*) FROM events_fts WHERE events_fts MATCH 'said'").fetchone()[0] > 0


def test_migration_fills_the_tables_of_an_older_database(tmp_path, demo_db):
    db = tmp_path / "older.db"
    with sqlite3.connect(db) as old:
        old.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
        for name, sql in MIGRATIONS[:6]:  # a database written before 0007_flat_tables
            old.executescript(f"BEGIN; {sql}; INSERT INTO migrations VALUES ('{name}', 'then'); COMMIT;")
        old.execute("ATTACH ? AS demo", (str(demo_db),))
        for table, columns in [("articles", "id, path, published, outlet, duplicate_of, story, doc"),
                               ("entities", "id, name, type, doc"), ("quotes", "id, article_id, speaker, doc"),
                               ("figures", "id, article_id, event, doc"), ("events", "id, story, date, type, doc"),
                               ("stories", "id, name, doc")]:
            old.execute(f"INSERT INTO {table} SELECT {columns} FROM demo.{table}")
    Store(db).close()  # migrates
    with sqlite3.connect(db) as new, sqlite3.connect(demo_db) as demo:
        for table, columns in COLUMNS.items():
            query = f"SELECT {', '.join(columns)} FROM {table} ORDER BY {', '.join(columns[:2])}"
            assert new.execute(query).fetchall() == demo.execute(query).fetchall(), table
        assert new.execute("SELECT COUNT(*) FROM quotes_fts WHERE quotes_fts MATCH 'said'").fetchone() == \
            demo.execute("SELECT COUNT(*) FROM quotes_fts WHERE quotes_fts MATCH 'said'").fetchone()


def test_metadata_describes_every_column(conn):
    tables = datasette_metadata("demo.db")["databases"]["demo"]["tables"]
    names = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                                        "AND name NOT LIKE 'sqlite_%'")}
    virtual = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL%'")}
    shown = {n for n in names if not n.endswith("_fts") and not any(n.startswith(v + "_") for v in virtual)}
    assert set(tables) == shown
    for name, table in tables.items():
        if not table.get("hidden"):
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({name})")]
            assert list(table["columns"]) == columns, name
            assert all(table["columns"].values()) and table["description"]
            assert set(table.get("facets", [])) <= set(columns)


def test_describe_prints_the_metadata_for_a_database_name(capsys):
    assert main(["somewhere/mystory.db"]) == 0
    assert list(json.loads(capsys.readouterr().out)["databases"]) == ["mystory"]


def test_datasette_facets_the_record_without_json_functions(demo_db):
    app = pytest.importorskip("datasette.app")
    ds = app.Datasette([str(demo_db)], metadata=datasette_metadata(str(demo_db)))

    async def get(path):
        return (await ds.client.get(path)).json()

    events = asyncio.run(get("/demo/events.json?_facet=type&_facet=location_country&_shape=objects"))
    facets = {r["value"]: r["count"] for r in events["facet_results"]["type"]["results"]}
    assert facets["PROTEST"] == sum(1 for r in events["rows"] if r["type"] == "PROTEST") > 0
    quotes = asyncio.run(get("/demo/quotes.json?_search=strike&_shape=objects"))
    assert quotes["rows"] and all("strike" in q["text"].lower() for q in quotes["rows"])
