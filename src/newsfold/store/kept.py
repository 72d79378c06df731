"""What the scope (``scope.py``) reads and keeps: each article's names (all the stages before it read of an analysis),
the names the late stages look up, the record's part of the stories a run keeps (left in place when the record is
written, with what the late stages need of it read back), and the digest of each story's inputs."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..models import Analysis, NominalMention
from .flat import unindex_rows
from .loaders import load_mention

__all__ = ["Kept", "read_story_digests", "write_story_digests", "read_kept", "delete_unkept", "read_names",
           "read_looked_up_names"]


@dataclass
class Kept:
    """The stories whose inputs did not change, whose record stays as it is, and what the late stages need of it:
    its nominal mentions (by entity id), which the entities written anew each run hold."""

    stories: frozenset[str] = frozenset()
    nominals: dict[str, list[NominalMention]] = field(default_factory=dict)


_IN_STORIES = "IN (SELECT value FROM json_each(?))"
_ARTICLES_OF = f"IN (SELECT id FROM articles WHERE story {_IN_STORIES})"


def read_story_digests(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT story, digest FROM story_digests").fetchall())


def write_story_digests(conn: sqlite3.Connection, digests: dict[str, str]) -> None:
    conn.execute("DELETE FROM story_digests")
    conn.executemany("INSERT INTO story_digests VALUES (?, ?)", sorted(digests.items()))


def read_kept(conn: sqlite3.Connection, stories: Iterable[str],
              nominal: Callable[[dict[str, Any]], NominalMention]) -> Kept:
    """The nominal mentions of ``stories`` the record's entities hold (``nominal``: the store's loader)."""
    ids = json.dumps(sorted(set(stories)))
    nominals: dict[str, list[NominalMention]] = defaultdict(list)
    rows = conn.execute("SELECT e.id, n.value FROM entities e, json_each(e.doc, '$.nominal_mentions') n "
                        f"WHERE json_extract(n.value, '$.span.article') {_ARTICLES_OF}", (ids,))
    for eid, value in rows:
        nominals[eid].append(nominal(json.loads(value)))
    return Kept(frozenset(json.loads(ids)), dict(nominals))


# The tables of an event's flat facts, by event id.
_EVENT_TABLES = ("event_locations", "event_claims", "event_titles", "event_tactics", "event_actor_groups",
                 "event_entities", "event_sources")


def delete_unkept(conn: sqlite3.Connection, kept: Iterable[str]) -> None:
    """Empty the record but for the articles, quotes, figures, event mentions and events of the ``kept`` stories
    (and the search rows of those articles and quotes), and the entities (brought up to date row by row when the
    record is finished: ``flat.put_entity_rows``); stories are always written anew."""
    ids = json.dumps(sorted(set(kept)))
    articles = f"SELECT id FROM articles WHERE story {_IN_STORIES}"
    events = f"SELECT id FROM events WHERE story {_IN_STORIES}"
    unindex_rows(conn, "quotes", f"article_id NOT IN ({articles})", (ids,))
    for table in ("quotes", "figures", "event_mentions"):
        conn.execute(f"DELETE FROM {table} WHERE article_id NOT IN ({articles})", (ids,))
    for table in _EVENT_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE event NOT IN ({events})", (ids,))
    unindex_rows(conn, "events", f"story IS NULL OR story NOT {_IN_STORIES}", (ids,))
    conn.execute(f"DELETE FROM events WHERE story IS NULL OR story NOT {_IN_STORIES}", (ids,))
    conn.execute("DELETE FROM search WHERE kind = 'article' AND ref NOT IN "
                 f"({articles}) OR kind = 'quote' AND ref NOT IN (SELECT id FROM quotes)", (ids,))
    unindex_rows(conn, "articles", f"story IS NULL OR story NOT {_IN_STORIES}", (ids,))
    conn.execute(f"DELETE FROM articles WHERE story IS NULL OR story NOT {_IN_STORIES}", (ids,))
    conn.execute("DELETE FROM stories")


def read_names(conn: sqlite3.Connection) -> list[Analysis]:
    """Each stored analysis with its names (``mentions``) only, by article id: what the entities and stories stages
    read, without the rest of each analysis (its event contexts, nominals, events and quotes are most of it)."""
    rows = conn.execute("SELECT article_id, key, COALESCE(names, json_extract(doc, '$.mentions')) "
                        "FROM analyses ORDER BY article_id")  # key: the clean hash the analysis was made for
    return [Analysis(article, clean_hash, mentions=[load_mention(m) for m in json.loads(mentions)])
            for article, clean_hash, mentions in rows]


# The names the late stages find an entity for by the name alone (``EntityIndex.named``), per analysis: quote
# speakers, figure claimants and the speakers of statements (``scope.story_digests`` resolves them per story).
# The analyses are those of the articles in a JSON list, the one parameter given three times.
_LOOKED_UP = " UNION ALL ".join(
    f"SELECT article_id, json_extract(x.value, '$.{name}') FROM analyses, json_each(analyses.doc, '$.{part}') x "
    f"WHERE article_id IN (SELECT value FROM json_each(?)) AND json_extract(x.value, '$.{name}') <> ''"
    for part, name in (("quotes", "speaker_name"), ("figures", "claimed_by_name"), ("events", "speaker_name")))


def read_looked_up_names(conn: sqlite3.Connection, keys: dict[str, str]) -> dict[str, list[str]]:
    """Per article id, the names its analysis looks up (see ``_LOOKED_UP``). ``keys``: each stored analysis's cache
    key; what an analysis looks up is kept under its key (table ``looked_up_names``), so a run reads only the
    analyses new or changed since the last one."""
    out: dict[str, list[str]] = {}
    stale = []
    for article, key, names in conn.execute("SELECT article_id, key, names FROM looked_up_names"):
        if keys.get(article) == key:
            out[article] = json.loads(names)
        else:
            stale.append(article)
    todo = sorted(set(keys) - set(out))
    if not todo and not stale:
        return {a: names for a, names in out.items() if names}
    found: dict[str, list[str]] = defaultdict(list)
    ids = json.dumps(todo)
    for article, name in conn.execute(_LOOKED_UP, (ids, ids, ids)):
        found[article].append(name)
    with conn:
        conn.execute("DELETE FROM looked_up_names WHERE article_id IN (SELECT value FROM json_each(?))",
                     (json.dumps(stale),))
        conn.executemany("INSERT OR REPLACE INTO looked_up_names VALUES (?, ?, ?)",
                         [(a, keys[a], json.dumps(found.get(a, []), ensure_ascii=False)) for a in todo])
    out.update(found)
    return {a: names for a, names in out.items() if names}
