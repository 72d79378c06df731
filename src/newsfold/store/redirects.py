"""Redirects: when a run replaces the record, each story, event or entity id that disappears points to the new id
that best continues it, so that a link saved many runs ago still finds what it named.

A story is continued by the new story holding most of its articles, an event by the new event holding most of its
mentions, an entity by the new entity holding most of its mentions; ties go to the smallest id. An id that nothing
continues points to nothing (NULL): it is gone. Chains are flattened as they are written: when an id that others
point to disappears in its turn, they are pointed to its successor, so a lookup is always one row.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from ..models import Entity
from .loaders import load_entity

__all__ = ["Redirect", "KINDS", "previous_members", "gone_entities", "entity_owners", "record_redirects",
           "find_redirect"]

KINDS = ("story", "event", "entity")
Members = dict[str, set[Hashable]]


@dataclass(frozen=True)
class Redirect:
    """``old_id`` of ``kind`` is now ``new_id``; ``new_id`` is None when nothing continues it."""

    kind: str
    old_id: str
    new_id: str | None


def _entity_keys(entity: Entity) -> set[Hashable]:
    return ({("text", m.article, m.start, m.end) for m in entity.mentions}
            | {("embed", m.article, m.embed, m.start, m.end) for m in entity.embed_mentions})


_NOT_KEPT = "NOT IN (SELECT value FROM json_each(?))"


def previous_members(conn: sqlite3.Connection, kept: frozenset[str]) -> dict[str, Members]:
    """What each story and event of the record about to be replaced is made of: stories' articles, events' mention
    ids. The ``kept`` stories and their events stay, so only the others are read (the entities that disappear are
    read when the new ones are known: ``gone_entities``)."""
    members: dict[str, Members] = {kind: {} for kind in KINDS}
    ids = json.dumps(sorted(kept))
    for (sid,) in conn.execute(f"SELECT id FROM stories WHERE id {_NOT_KEPT}", (ids,)):
        members["story"][sid] = set()
    for story, article in conn.execute(f"SELECT story, id FROM articles WHERE story IS NOT NULL AND story {_NOT_KEPT}",
                                       (ids,)):
        members["story"].setdefault(story, set()).add(article)
    events = f"SELECT id FROM events WHERE story IS NULL OR story {_NOT_KEPT}"
    for (eid,) in conn.execute(events, (ids,)):
        members["event"][eid] = set()
    for event, mention in conn.execute(f"SELECT event, id FROM event_mentions WHERE event IN ({events})", (ids,)):
        members["event"].setdefault(event, set()).add(mention)
    return members


def gone_entities(conn: sqlite3.Connection, ids: set[str]) -> Members:
    """The mentions of the record's entities ``ids`` (those about to disappear), as read back."""
    rows = conn.execute("SELECT doc FROM entities WHERE id IN (SELECT value FROM json_each(?))",
                        (json.dumps(sorted(ids)),))
    return {e.id: _entity_keys(e) for e in (load_entity(json.loads(doc)) for (doc,) in rows)}


def entity_owners(entities: list[Entity], wanted: Members) -> dict[Hashable, str]:
    """Which new entity holds each mention of the entities ``wanted`` (``gone_entities``): all a redirect reads."""
    keys = set().union(*wanted.values())
    if not keys:
        return {}
    return {key: e.id for e in entities for key in _entity_keys(e) if key in keys}


def _successor(members: set[Hashable], owner: Mapping[Hashable, str]) -> str | None:
    votes = Counter(owner[m] for m in members if m in owner)
    if not votes:
        return None
    return min(votes, key=lambda new: (-votes[new], new))


def record_redirects(conn: sqlite3.Connection, before: dict[str, Members], owners: dict[str, Mapping[Hashable, str]],
                     current: dict[str, set[str]]) -> list[Redirect]:
    """Write a redirect for every id in ``before`` missing from ``current``; call inside the replacing
    transaction, after the new record is written."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    written = []
    for kind in KINDS:
        for old_id in sorted(set(before[kind]) - current[kind]):
            new_id = _successor(before[kind][old_id], owners[kind])
            # those that pointed to old_id follow it to its successor
            conn.execute("UPDATE redirects SET new_id = ? WHERE kind = ? AND new_id = ?", (new_id, kind, old_id))
            conn.execute("INSERT OR REPLACE INTO redirects VALUES (?, ?, ?, ?)", (kind, old_id, new_id, now))
            written.append(Redirect(kind, old_id, new_id))
        # an id that exists again is itself, not a redirect
        conn.execute("DELETE FROM redirects WHERE kind = ? AND old_id IN (SELECT value FROM json_each(?))",
                     (kind, json.dumps(sorted(current[kind]))))
    return written


def find_redirect(conn: sqlite3.Connection, kind: str, old_id: str) -> Redirect | None:
    row = conn.execute("SELECT new_id FROM redirects WHERE kind = ? AND old_id = ?", (kind, old_id)).fetchone()
    return Redirect(kind, old_id, row[0]) if row else None
