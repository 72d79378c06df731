"""Writing a run's record: story batch by story batch (the rows of each batch's articles, quotes, figures, event
mentions and events), then the entities, story names, digests and redirects, all in one transaction, so that a
reader sees the last record or the new one, never a mix, and an interrupted run leaves the last record whole."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Hashable, Mapping
from typing import Any

from .. import progress
from ..models import Article, Entity, Event, EventMention, Figure, Place, Quote
from .flat import put_entity_rows, put_story_rows, stored_entities
from .kept import delete_unkept, write_story_digests
from .redirects import Redirect, entity_owners, gone_entities, previous_members, record_redirects

__all__ = ["RecordWriter"]


class RecordWriter:
    """One run's record (``Store.record_writer``): ``put`` each batch of stories worked out again, then ``finish``
    (or ``abort``). The rows of the ``kept`` stories stay as they are."""

    def __init__(self, conn: sqlite3.Connection, kept: frozenset[str], dump: Callable[[Any], str]) -> None:
        self.conn, self.dump = conn, dump
        self.before = previous_members(conn, kept)  # the record's stories and events that may go
        delete_unkept(conn, kept)
        self.events = {eid for (eid,) in conn.execute("SELECT id FROM events")}  # the kept stories'
        self.event_of: dict[Hashable, str] = {}  # mention id -> event, of the events written by this run

    def put(self, articles: list[Article], quotes: list[Quote], figures: list[Figure], mentions: list[EventMention],
            events: list[Event]) -> None:
        """The rows of one batch of stories: its articles, quotes, figures, event mentions and events."""
        event_of = {m: e.id for e in events for m in e.mentions}
        dump = progress.counted(self.dump, len(articles) + len(quotes) + len(figures) + len(events) + len(mentions),
                                "record")
        put_story_rows(self.conn, dump, articles, quotes, figures, events)
        self.conn.executemany("INSERT INTO event_mentions VALUES (?, ?, ?, ?)",
                              [(m.id, m.article, event_of.get(m.id), dump(m)) for m in mentions])
        self._put_event_facts(events)
        self.conn.executemany("INSERT INTO event_entities VALUES (?, ?, ?)", [
            (e.id, x, role) for e in events
            for role, ids in (("actor", e.actors), ("place", e.places), ("target", e.targets)) for x in ids])
        rows = [("article", a.id, a.title or a.id, a.text) for a in articles]
        rows += [("quote", q.id, q.speaker_name or "", q.text) for q in quotes]
        self.conn.executemany("INSERT INTO search (kind, ref, title, body) VALUES (?, ?, ?, ?)", rows)
        self.events.update(e.id for e in events)
        self.event_of.update(event_of)

    def finish(self, articles: list[Article], entities: list[Entity], stories: dict[str, str],
               digests: dict[str, str]) -> list[Redirect]:
        """The entities (``articles``: every article, whose texts their mentions' words are read from), story
        names and digests; the redirects of every id that disappeared (returned); commit."""
        stored = stored_entities(self.conn)
        gone = gone_entities(self.conn, set(stored) - {e.id for e in entities})
        put_entity_rows(self.conn, progress.counted(self.dump, len(entities), "record"), entities,
                        {a.id: a.text for a in articles}, stored)
        self.conn.executemany("INSERT INTO stories VALUES (?, ?, ?)",
                              [(sid, name, json.dumps({"id": sid, "name": name})) for sid, name in stories.items()])
        write_story_digests(self.conn, digests)
        current = {"story": set(stories), "event": self.events, "entity": {e.id for e in entities}}
        owners: dict[str, Mapping[Hashable, str]] = {"story": {a.id: a.story for a in articles if a.story},
                                                      "event": self.event_of, "entity": entity_owners(entities, gone)}
        redirects = record_redirects(self.conn, {**self.before, "entity": gone}, owners, current)
        self.conn.commit()
        return redirects

    def abort(self) -> None:
        self.conn.rollback()

    def _put_event_facts(self, events: list[Event]) -> None:
        """The flat copies of each event's locations, claims, titles, tactics and actor groups."""
        locations = []
        for e in events:
            for loc in e.locations + ([e.location] if e.location and e.location.basis == "story" else []):
                p = loc.place or Place("", "", "", None, None, None, None, "")
                locations.append((
                    e.id, loc.entity, loc.name, int(loc == e.location), loc.basis, p.precision or None,
                    p.name or None, p.within, p.admin1, p.country or None, p.country_code or None, p.latitude,
                    p.longitude, p.geonameid, loc.reason, loc.article, loc.start, loc.end, loc.stage))
        self.conn.executemany(f"INSERT INTO event_locations VALUES ({', '.join('?' * 19)})", locations)
        self.conn.executemany("INSERT INTO event_claims VALUES (?, ?, ?, ?, ?, ?, ?)", [
            (e.id, c.text, c.cue, c.article, c.start, c.end, c.stage) for e in events for c in e.claims])
        self.conn.executemany("INSERT INTO event_titles VALUES (?, ?, ?, ?, ?, ?)", [
            (e.id, t.text, t.article, t.start, t.end, t.stage) for e in events for t in e.titles])
        self.conn.executemany("INSERT INTO event_tactics VALUES (?, ?, ?, ?, ?, ?, ?)", [
            (e.id, t.kind, t.text, t.article, t.start, t.end, t.stage) for e in events for t in e.tactics])
        self.conn.executemany("INSERT INTO event_actor_groups VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            (e.id, g.name, g.kind, g.role, g.basis, g.country, g.entity, g.article, g.start, g.end, g.stage)
            for e in events for g in e.actor_groups])
