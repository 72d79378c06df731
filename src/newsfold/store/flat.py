"""The record's flat tables: typed columns, foreign keys and full-text search beside each JSON document.

``FLAT_TABLES`` is migration 0007 (it also fills the columns of an existing database from its documents); the
``*_row`` functions give the same columns from the models on every run. Each column is described in metadata.json.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from ..models import Article, Entity, Event, Figure, Quote

__all__ = ["COLUMNS", "FLAT_TABLES", "FTS_TABLES", "put_story_rows", "stored_entities", "put_entity_rows",
           "unindex_rows"]

COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("id", "url", "title", "outlet", "published", "language", "story", "duplicate_of", "path", "doc"),
    "events": ("id", "story", "type", "mode", "date", "size_low", "size_high", "independent_sources",
               "acled_event_type", "acled_sub_event_type", "summary", "location_name", "location_country",
               "location_admin1", "location_lat", "location_lon", "doc", "confidence"),
    "figures": ("id", "article_id", "start", "end", "text", "value", "low", "high", "category", "counted",
                "claimed_by", "claimed_by_name", "event", "doc"),
    "quotes": ("id", "article_id", "start", "end", "text", "speaker", "speaker_name", "direct", "cue", "doc",
               "confidence"),
    "entities": ("id", "name", "type", "doc", "confidence"),
    "entity_aliases": ("entity", "alias"),
    "event_sources": ("event", "article_id"),
}
# full-text indexes over a table's own columns (external content: the text is stored once, in the table)
FTS_TABLES = {"articles_fts": "articles", "events_fts": "events", "quotes_fts": "quotes"}
# the columns each full-text index reads of its table
_FTS_COLUMNS = {"articles": "title", "events": "summary", "quotes": "text, speaker_name"}

_J = "json_extract(doc, '$.{}')"
FLAT_TABLES = f"""
    CREATE TABLE new_articles (
        id TEXT PRIMARY KEY,
        url TEXT, title TEXT, outlet TEXT,
        published TEXT,                -- YYYY-MM-DD, from the page or inferred
        language TEXT,
        story TEXT REFERENCES stories(id),
        duplicate_of TEXT REFERENCES articles(id),
        path TEXT NOT NULL,
        doc TEXT NOT NULL              -- Article as JSON
    );
    INSERT INTO new_articles SELECT id, {_J.format('url')}, {_J.format('title')}, outlet, published,
        {_J.format('language')}, story, duplicate_of, path, doc FROM articles;
    DROP TABLE articles;
    ALTER TABLE new_articles RENAME TO articles;

    CREATE TABLE new_events (
        id TEXT PRIMARY KEY,
        story TEXT REFERENCES stories(id),
        type TEXT NOT NULL, mode TEXT, date TEXT,
        size_low REAL, size_high REAL, independent_sources INTEGER,
        acled_event_type TEXT, acled_sub_event_type TEXT,
        summary TEXT,
        location_name TEXT, location_country TEXT, location_admin1 TEXT, location_lat REAL, location_lon REAL,
        doc TEXT NOT NULL              -- Event as JSON
    );
    INSERT INTO new_events SELECT id, story, type, {_J.format('mode')}, date, {_J.format('size_low')},
        {_J.format('size_high')}, {_J.format('independent_sources')}, {_J.format('acled_event_type')},
        {_J.format('acled_sub_event_type')}, {_J.format('summary')}, {_J.format('location.name')},
        {_J.format('location.place.country')}, {_J.format('location.place.admin1')},
        {_J.format('location.place.latitude')}, {_J.format('location.place.longitude')}, doc FROM events;
    DROP TABLE events;
    ALTER TABLE new_events RENAME TO events;

    CREATE TABLE new_figures (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id),
        start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
        value REAL, low REAL, high REAL,
        category TEXT NOT NULL, counted TEXT,
        claimed_by TEXT REFERENCES entities(id), claimed_by_name TEXT,
        event TEXT REFERENCES events(id),
        doc TEXT NOT NULL              -- Figure as JSON
    );
    INSERT INTO new_figures SELECT id, article_id, {_J.format('start')}, {_J.format('end')}, {_J.format('text')},
        {_J.format('value')}, {_J.format('low')}, {_J.format('high')}, {_J.format('category')},
        {_J.format('counted')}, {_J.format('claimed_by')}, {_J.format('claimed_by_name')}, event, doc FROM figures;
    DROP TABLE figures;
    ALTER TABLE new_figures RENAME TO figures;

    CREATE TABLE new_quotes (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id),
        start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
        speaker TEXT REFERENCES entities(id), speaker_name TEXT,
        direct INTEGER NOT NULL,       -- 1 for quoted words, 0 for reported speech
        cue TEXT,
        doc TEXT NOT NULL              -- Quote as JSON
    );
    INSERT INTO new_quotes SELECT id, article_id, {_J.format('start')}, {_J.format('end')}, {_J.format('text')},
        speaker, {_J.format('speaker_name')}, coalesce({_J.format('direct')}, 1), {_J.format('cue')}, doc
        FROM quotes;
    DROP TABLE quotes;
    ALTER TABLE new_quotes RENAME TO quotes;

    CREATE TABLE entity_aliases (
        entity TEXT NOT NULL REFERENCES entities(id), alias TEXT NOT NULL, PRIMARY KEY (entity, alias)
    );
    INSERT OR IGNORE INTO entity_aliases SELECT e.id, a.value FROM entities e, json_each(e.doc, '$.aliases') a;
    CREATE TABLE event_sources (
        event TEXT NOT NULL REFERENCES events(id), article_id TEXT NOT NULL REFERENCES articles(id),
        PRIMARY KEY (event, article_id)
    );
    INSERT OR IGNORE INTO event_sources SELECT e.id, s.value FROM events e, json_each(e.doc, '$.sources') s;
    CREATE VIEW event_actors AS SELECT event, entity FROM event_entities WHERE role = 'actor';
    CREATE VIEW event_places AS SELECT event, entity FROM event_entities WHERE role = 'place';
    CREATE VIEW event_targets AS SELECT event, entity FROM event_entities WHERE role = 'target';

    CREATE INDEX articles_story ON articles(story);
    CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
    CREATE INDEX articles_outlet ON articles(outlet, published);
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX events_story ON events(story, date);
    CREATE INDEX events_type ON events(type, date);
    CREATE INDEX events_date ON events(date);
    CREATE INDEX events_country ON events(location_country, location_admin1);
    CREATE INDEX figures_event ON figures(event);
    CREATE INDEX figures_article ON figures(article_id);
    CREATE INDEX figures_category ON figures(category);
    CREATE INDEX quotes_article ON quotes(article_id);
    CREATE INDEX quotes_speaker ON quotes(speaker);
    CREATE INDEX entities_type ON entities(type, name);
    CREATE INDEX entity_aliases_alias ON entity_aliases(alias);
    CREATE INDEX event_sources_article ON event_sources(article_id);

    CREATE VIRTUAL TABLE articles_fts USING fts5(title, content="articles", tokenize='unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE events_fts USING fts5(summary, content="events", tokenize='unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker_name, content="quotes",
                                               tokenize='unicode61 remove_diacritics 2');
    {"".join(f"INSERT INTO {name}({name}) VALUES ('rebuild');" for name in FTS_TABLES)}
"""


def article_row(a: Article, doc: str) -> tuple[Any, ...]:
    return (a.id, a.url, a.title, a.outlet, a.published, a.language, a.story, a.duplicate_of, a.path, doc)


def event_row(e: Event, doc: str) -> tuple[Any, ...]:
    loc = e.location
    place = loc.place if loc else None
    return (e.id, e.story, e.type, e.mode, e.date, e.size_low, e.size_high, e.independent_sources,
            e.acled_event_type, e.acled_sub_event_type, e.summary, loc.name if loc else None,
            place.country if place else None, place.admin1 if place else None,
            place.latitude if place else None, place.longitude if place else None, doc, e.confidence)


def figure_row(f: Figure, doc: str) -> tuple[Any, ...]:
    return (f.id, f.article, f.start, f.end, f.text, f.value, f.low, f.high, f.category, f.counted, f.claimed_by,
            f.claimed_by_name, f.event, doc)


def quote_row(q: Quote, doc: str) -> tuple[Any, ...]:
    return (q.id, q.article, q.start, q.end, q.text, q.speaker, q.speaker_name, int(q.direct), q.cue, doc,
            q.confidence)


def entity_row(e: Entity, doc: str) -> tuple[Any, ...]:
    return (e.id, e.name, e.type, doc, e.confidence)


def insert(conn: sqlite3.Connection, table: str, rows: Iterable[Sequence[Any]], ignore: bool = False) -> None:
    """Insert ``rows`` into ``table`` by its columns in ``COLUMNS``."""
    columns = COLUMNS[table]
    verb = "INSERT OR IGNORE" if ignore else "INSERT"
    marks = ", ".join("?" * len(columns))
    conn.executemany(f"{verb} INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)


def put_story_rows(conn: sqlite3.Connection, dump: Callable[[Any], str], articles: list[Article],
                   quotes: list[Quote], figures: list[Figure], events: list[Event]) -> None:
    """Write the documents of some stories' articles, quotes, figures and events with their flat columns, and the
    events' sources, and their rows of the full-text indexes (the caller has emptied their rows, in the same
    transaction, ``unindex_rows`` first)."""
    insert(conn, "articles", [article_row(a, dump(a)) for a in articles])
    insert(conn, "quotes", [quote_row(q, dump(q)) for q in quotes])
    insert(conn, "figures", [figure_row(f, dump(f)) for f in figures])
    insert(conn, "events", [event_row(e, dump(e)) for e in events])
    insert(conn, "event_sources", [(e.id, a) for e in events for a in e.sources], ignore=True)
    for table, rows in (("articles", articles), ("quotes", quotes), ("events", events)):
        columns = _FTS_COLUMNS[table]
        conn.execute(f"INSERT INTO {table}_fts(rowid, {columns}) SELECT rowid, {columns} FROM {table} "
                     "WHERE id IN (SELECT value FROM json_each(?))", (json.dumps([r.id for r in rows]),))


def stored_entities(conn: sqlite3.Connection) -> dict[str, str]:
    """The record's entity ids, each with the digest of its rows (empty where a database written before digests
    has none)."""
    return dict(conn.execute("SELECT e.id, coalesce(d.digest, '') FROM entities e "
                             "LEFT JOIN entity_digests d ON d.entity = e.id"))


def put_entity_rows(conn: sqlite3.Connection, dump: Callable[[Any], str], entities: list[Entity],
                    text: Mapping[str, str], stored: dict[str, str]) -> None:
    """Bring the entities' rows up to date: documents with their flat columns, aliases, mentions with their words
    (from ``text``, per article) and search rows. Only an entity whose digest differs from the one ``stored``
    (``stored_entities``) is written again; the stored entities not in ``entities`` are deleted."""
    changed = []
    for e in entities:
        doc = dump(e)
        words = [text.get(m.article, "")[m.start:m.end] for m in e.mentions]
        digest = hashlib.sha1("\x00".join([doc, *words]).encode()).hexdigest()
        if stored.get(e.id) != digest:
            changed.append((e, doc, words, digest))
    drop = json.dumps(sorted(set(stored) - {e.id for e in entities} | {e.id for e, *_ in changed}))
    for table, column in (("entities", "id"), ("entity_aliases", "entity"), ("entity_mentions", "entity"),
                          ("entity_digests", "entity")):
        conn.execute(f"DELETE FROM {table} WHERE {column} IN (SELECT value FROM json_each(?))", (drop,))
    conn.execute("DELETE FROM search WHERE kind = 'entity' AND ref IN (SELECT value FROM json_each(?))", (drop,))
    insert(conn, "entities", [entity_row(e, doc) for e, doc, _, _ in changed])
    insert(conn, "entity_aliases", [(e.id, alias) for e, *_ in changed for alias in e.aliases], ignore=True)
    conn.executemany("INSERT INTO entity_mentions VALUES (?, ?, ?, ?, ?)", [
        (e.id, m.article, m.start, m.end, word) for e, _, words, _ in changed
        for m, word in zip(e.mentions, words, strict=True)])
    conn.executemany("INSERT INTO search (kind, ref, title, body) VALUES (?, ?, ?, ?)",
                     [("entity", e.id, e.name, " ".join(e.aliases)) for e, *_ in changed])
    conn.executemany("INSERT INTO entity_digests VALUES (?, ?)", [(e.id, digest) for e, _, _, digest in changed])


def unindex_rows(conn: sqlite3.Connection, table: str, where: str, args: Sequence[Any]) -> None:
    """Take the rows of ``table`` (articles, events or quotes) that ``where`` selects out of its full-text index,
    before they are deleted: the index is kept up to date row by row, never rebuilt whole."""
    columns = _FTS_COLUMNS[table]
    conn.execute(f"INSERT INTO {table}_fts({table}_fts, rowid, {columns}) SELECT 'delete', rowid, {columns} "
                 f"FROM {table} WHERE {where}", args)
