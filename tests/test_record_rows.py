"""The record written row by row (store/record.py, flat.py, kept.py): an entity's rows are written again only when
they change, the full-text indexes follow each row without a rebuild, and the names the late stages look up are
read once per analysis."""

from __future__ import annotations

import json
import sqlite3

import pytest

from newsfold import Store
from newsfold.models import Article, Entity, Span
from newsfold.store.kept import read_looked_up_names

TEXT = "Vera Lind spoke in Korvala. Lind said the port stays shut."


def _articles(text=TEXT, title="Port shut"):
    return [Article("a1", "a1.txt", text, title=title, story="s1")]


def _entity(eid, name, spans, aliases=None):
    return Entity(eid, name, "PERSON", aliases or [name], [Span("a1", s, e, "nlp") for s, e in spans])


def _write(store, entities, articles=None):
    return store.replace_corpus(articles or _articles(), entities, [], [], [], [], {"s1": "Port shut"})


def _names(conn):
    return dict(conn.execute("SELECT id, name FROM entities"))


def _entity_rows(conn, eid):
    return {
        "aliases": conn.execute("SELECT alias FROM entity_aliases WHERE entity = ?", (eid,)).fetchall(),
        "mentions": conn.execute("SELECT article_id, start, end, text FROM entity_mentions WHERE entity = ? "
                                 "ORDER BY start", (eid,)).fetchall(),
        "search": conn.execute("SELECT title, body FROM search WHERE kind = 'entity' AND ref = ?", (eid,)).fetchall(),
        "digest": conn.execute("SELECT COUNT(*) FROM entity_digests WHERE entity = ?", (eid,)).fetchone()[0]}


@pytest.fixture()
def store(tmp_path):
    s = Store(tmp_path / "rows.db")
    yield s
    s.close()


def test_an_unchanged_entity_keeps_its_row_and_a_changed_one_is_written_again(store):
    lind, korvala = _entity("E1", "Vera Lind", [(0, 9), (28, 32)]), _entity("E2", "Korvala", [(19, 26)])
    _write(store, [lind, korvala])
    store.conn.execute("UPDATE entities SET name = 'left alone'")  # a row written again loses this mark
    store.conn.commit()
    _write(store, [lind, _entity("E2", "Korvala", [(19, 26)], ["Korvala", "Korvala Bay"])])
    assert _names(store.conn) == {"E1": "left alone", "E2": "Korvala"}
    assert _entity_rows(store.conn, "E2")["aliases"] == [("Korvala",), ("Korvala Bay",)]
    assert _entity_rows(store.conn, "E2")["search"] == [("Korvala", "Korvala Korvala Bay")]
    assert [e.aliases for e in store.entities() if e.id == "E2"] == [["Korvala", "Korvala Bay"]]


def test_a_mention_whose_words_changed_is_written_again(store):
    lind = _entity("E1", "Vera Lind", [(0, 9)])
    _write(store, [lind])
    _write(store, [lind], _articles(TEXT.replace("Vera Lind", "Vera Lynd")))
    assert _entity_rows(store.conn, "E1")["mentions"] == [("a1", 0, 9, "Vera Lynd")]


def test_a_gone_entity_leaves_no_row_and_redirects_to_the_one_holding_its_mentions(store):
    _write(store, [_entity("E1", "Vera Lind", [(0, 9)]), _entity("E3", "Lind", [(28, 32)])])
    redirects = _write(store, [_entity("E1", "Vera Lind", [(0, 9), (28, 32)])])
    assert [(r.kind, r.old_id, r.new_id) for r in redirects] == [("entity", "E3", "E1")]
    assert _entity_rows(store.conn, "E3") == {"aliases": [], "mentions": [], "search": [], "digest": 0}
    assert {e.id for e in store.entities()} == {"E1"}
    assert [r for r, in store.conn.execute("SELECT ref FROM search WHERE kind = 'entity'")] == ["E1"]


def test_full_text_indexes_follow_the_rows_without_a_rebuild(store):
    _write(store, [], _articles(title="Harbour closed"))
    _write(store, [], _articles(title="Harbour reopened"))
    for name in ("articles_fts", "quotes_fts", "events_fts", "search"):
        store.conn.execute(f"INSERT INTO {name}({name}) VALUES ('integrity-check')")  # raises when out of step
    found = {w: store.conn.execute("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH ?", (w,)).fetchone()[0]
             for w in ("closed", "reopened")}
    assert found == {"closed": 0, "reopened": 1}


def _put_analysis(conn, article, key, speaker):
    doc = {"quotes": [{"speaker_name": speaker}], "figures": [{"claimed_by_name": ""}], "events": []}
    conn.execute("INSERT OR REPLACE INTO analyses (article_id, key, doc) VALUES (?, ?, ?)",
                 (article, key, json.dumps(doc)))


def test_looked_up_names_are_read_once_per_analysis_key(store):
    conn: sqlite3.Connection = store.conn
    _put_analysis(conn, "a1", "k1", "Vera Lind")
    _put_analysis(conn, "a2", "k1", "")
    assert read_looked_up_names(conn, {"a1": "k1", "a2": "k1"}) == {"a1": ["Vera Lind"]}
    _put_analysis(conn, "a1", "k1", "Ivo Tamm")  # same key: the kept names stand (a key names one analysis)
    assert read_looked_up_names(conn, {"a1": "k1", "a2": "k1"}) == {"a1": ["Vera Lind"]}
    _put_analysis(conn, "a1", "k2", "Ivo Tamm")
    assert read_looked_up_names(conn, {"a1": "k2"}) == {"a1": ["Ivo Tamm"]}
    assert conn.execute("SELECT article_id FROM looked_up_names").fetchall() == [("a1",)]
