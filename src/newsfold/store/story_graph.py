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
from collections.abc import Iterable
from typing import Any, NamedTuple

log = logging.getLogger(__name__)

__all__ = ["GraphText", "GraphRows", "read_story_graph", "write_story_graph", "read_story_features_of"]

# Bumped whenever what a row holds changes.
FORMAT = "2"


class GraphText(NamedTuple):
    """One text of a kept graph: its id, the digest of what it was read from, its vectors ([full, neutral, group,
    day, key, probes]; None in a row written to bring the rest up to date), its links (text -> similarity), scale,
    the first text of its unit, its story, the first text of its group in its language, its strong links (None
    when not worked out)."""

    id: str
    digest: str
    vectors: list[Any] | None
    links: dict[str, float]
    scale: float
    unit: str
    story: str
    cluster: str
    strong: list[str] | None


class GraphRows(NamedTuple):
    """What ``write_story_graph`` writes: the rows of the texts added or changed (those with vectors are written
    whole), the texts removed, the graph's counts of texts and links; ``whole``: the graph is written anew."""

    texts: list[GraphText]
    removed: Iterable[str]
    counts: tuple[int, int]
    whole: bool


_COLUMNS = "id, digest, vectors, links, scale, unit, story, cluster, strong"


def read_story_graph(conn: sqlite3.Connection, basis: str) -> list[GraphText] | None:
    """The texts of the graph kept under ``basis``; None when there is none, it was kept under another, or its
    rows are broken (the stage then builds it from all the texts)."""
    row = conn.execute("SELECT basis, texts, links FROM story_graph_basis").fetchone()
    if row is None or row[0] != f"{FORMAT}\n{basis}":
        return None
    try:
        texts = [GraphText(doc_id, digest, json.loads(vectors), json.loads(links), float(scale), unit, story,
                           cluster, json.loads(strong) if strong is not None else None)
                 for doc_id, digest, vectors, links, scale, unit, story, cluster, strong
                 in conn.execute(f"SELECT {_COLUMNS} FROM story_graph_texts")]
        ids = {t.id for t in texts}
        if len(texts) != row[1] or sum(len(t.links) for t in texts) != row[2] * 2 or not all(
                t.links.keys() <= ids and t.unit in ids and t.cluster in ids for t in texts):
            raise ValueError("its rows do not add up")
    except (ValueError, TypeError, AttributeError) as exc:
        log.warning("the kept story graph is broken (%s); building it again", exc)
        return None
    return texts


def write_story_graph(conn: sqlite3.Connection, basis: str, rows: GraphRows) -> None:
    """Bring the kept graph up to date in one transaction: a failure leaves it as it was."""
    with conn:
        if rows.whole:
            conn.execute("DELETE FROM story_graph_texts")
        conn.execute("DELETE FROM story_graph_texts WHERE id IN (SELECT value FROM json_each(?))",
                     (json.dumps(sorted(rows.removed)),))
        whole = [t for t in rows.texts if t.vectors is not None]
        conn.executemany(f"INSERT OR REPLACE INTO story_graph_texts ({_COLUMNS}) VALUES "
                         "(?, ?, ?, ?, ?, ?, ?, ?, ?)", [_row(t) for t in sorted(whole)])
        conn.executemany("UPDATE story_graph_texts SET links = ?, scale = ?, unit = ?, story = ?, cluster = ?, "
                         "strong = ? WHERE id = ?", [(*_row(t)[3:], t.id) for t in sorted(rows.texts)
                                                     if t.vectors is None])
        conn.execute("DELETE FROM story_graph_basis")
        conn.execute("INSERT INTO story_graph_basis VALUES (?, ?, ?)", (f"{FORMAT}\n{basis}", *rows.counts))


def _row(t: GraphText) -> tuple[Any, ...]:
    return (t.id, t.digest, json.dumps(t.vectors, ensure_ascii=False), json.dumps(t.links, ensure_ascii=False),
            t.scale, t.unit, t.story, t.cluster, None if t.strong is None else json.dumps(t.strong))


def read_story_features_of(conn: sqlite3.Connection, reader: str, hashes: Iterable[str]) -> dict[str, dict[str, int]]:
    """text hash -> the features the stories stage ``reader`` found in it, for ``hashes`` alone (see
    ``Store.story_features``)."""
    rows = conn.execute("SELECT text_hash, features FROM story_features WHERE reader = ? AND text_hash IN "
                        "(SELECT value FROM json_each(?))", (reader, json.dumps(sorted(set(hashes)))))
    return {text_hash: json.loads(features) for text_hash, features in rows}
