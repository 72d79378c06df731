"""The story graph the ``links`` clusterer keeps from run to run (``events/story_graph.py``): each text's vectors,
its links, scale, unit and story, so that a run links only the texts new or changed since the last one.

The graph is kept under a basis (the stage's key, its settings, newsfold's code and the word lists' versions) and
the counts of its rows: a graph kept under another basis, or whose rows do not add up, is not read (the stage
builds it again), never used as it is.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

log = logging.getLogger(__name__)

__all__ = ["KeptGraph", "read_story_graph", "write_story_graph", "read_story_features_of"]

# Bumped whenever what a row holds changes.
FORMAT = "1"


class KeptGraph(NamedTuple):
    """The rows of a kept graph: per text (id, digest of what it was read from, [full, neutral, group, day, key],
    scale, first text of its unit, story, first text of its group in its language, its strong links or None);
    its links, each pair once."""

    texts: list[tuple[str, str, list[Any], float, str, str, str, list[str] | None]]
    links: list[tuple[str, str, float]]


class GraphRows(NamedTuple):
    """What ``write_story_graph`` writes: the texts added (id -> digest, vectors), removed and touched (id -> scale,
    first text of unit, story, first of group in its language, strong links or None), the added texts' links,
    the graph's counts; ``whole``: the graph is written anew."""

    added: Mapping[str, tuple[str, list[Any]]]
    removed: Iterable[str]
    touched: Mapping[str, tuple[float, str, str, str, list[str] | None]]
    links: Iterable[tuple[str, str, float]]
    counts: tuple[int, int]
    whole: bool


def read_story_graph(conn: sqlite3.Connection, basis: str) -> KeptGraph | None:
    """The graph kept under ``basis``; None when there is none, it was kept under another, or its rows are
    broken (the stage then builds it from all the texts)."""
    row = conn.execute("SELECT basis, texts, links FROM story_graph_basis").fetchone()
    if row is None or row[0] != f"{FORMAT}\n{basis}":
        return None
    try:
        texts = [(doc_id, digest, json.loads(vectors), float(scale), unit, story, cluster,
                  json.loads(strong) if strong is not None else None)
                 for doc_id, digest, vectors, scale, unit, story, cluster, strong in conn.execute(
                     "SELECT id, digest, vectors, scale, unit, story, cluster, strong FROM story_graph_texts")]
        links = [(a, b, float(s)) for a, b, s in conn.execute("SELECT a, b, similarity FROM story_graph_links")]
        ids = {t[0] for t in texts}
        whole = len(texts) == row[1] and len(links) == row[2]
        if not whole or any(a not in ids or b not in ids for a, b, _ in links) or any(
                t[4] not in ids or t[6] not in ids for t in texts):
            raise ValueError("its rows do not add up")
    except (ValueError, TypeError) as exc:
        log.warning("the kept story graph is broken (%s); building it again", exc)
        return None
    return KeptGraph(texts, links)


def write_story_graph(conn: sqlite3.Connection, basis: str, rows: GraphRows) -> None:
    """Bring the kept graph up to date in one transaction: a failure leaves it as it was."""
    with conn:
        if rows.whole:
            conn.execute("DELETE FROM story_graph_texts")
            conn.execute("DELETE FROM story_graph_links")
        removed = json.dumps(sorted(rows.removed))
        conn.execute("DELETE FROM story_graph_texts WHERE id IN (SELECT value FROM json_each(?))", (removed,))
        conn.execute("DELETE FROM story_graph_links WHERE a IN (SELECT value FROM json_each(?1)) "
                     "OR b IN (SELECT value FROM json_each(?1))", (removed,))
        conn.executemany("INSERT OR REPLACE INTO story_graph_texts VALUES (?, ?, ?, 0, '', '', '', NULL)",
                         [(doc_id, digest, json.dumps(vectors, ensure_ascii=False))
                          for doc_id, (digest, vectors) in sorted(rows.added.items())])
        conn.executemany("UPDATE story_graph_texts SET scale = ?, unit = ?, story = ?, cluster = ?, strong = ? "
                         "WHERE id = ?", [(*kept[:4], None if kept[4] is None else json.dumps(kept[4]), doc_id)
                                          for doc_id, kept in sorted(rows.touched.items())])
        conn.executemany("INSERT OR REPLACE INTO story_graph_links VALUES (?, ?, ?)", sorted(rows.links))
        conn.execute("DELETE FROM story_graph_basis")
        conn.execute("INSERT INTO story_graph_basis VALUES (?, ?, ?)", (f"{FORMAT}\n{basis}", *rows.counts))


def read_story_features_of(conn: sqlite3.Connection, reader: str, hashes: Iterable[str]) -> dict[str, dict[str, int]]:
    """text hash -> the features the stories stage ``reader`` found in it, for ``hashes`` alone (see
    ``Store.story_features``)."""
    rows = conn.execute("SELECT text_hash, features FROM story_features WHERE reader = ? AND text_hash IN "
                        "(SELECT value FROM json_each(?))", (reader, json.dumps(sorted(set(hashes)))))
    return {text_hash: json.loads(features) for text_hash, features in rows}
