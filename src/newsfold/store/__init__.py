"""Store: the SQLite database (WAL, versioned by named migrations). All of newsfold's SQL lives here.

Raw inputs and per-article analyses are kept so that a re-run only analyses what changed; corpus-level
results (entities, events, stories) are replaced as a whole inside one transaction.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import StoreError
from ..models import (
    Analysis,
    Article,
    Entity,
    Event,
    EventMention,
    Figure,
    Quote,
    RawDoc,
    Rejected,
)
from . import runs
from .kept import (
    Kept,
    read_kept,
    read_looked_up_names,
    read_names,
    read_story_digests,
)
from .loaders import (
    load_analysis,
    load_article,
    load_entity,
    load_event,
    load_event_mention,
    load_nominal_mention,
)
from .record import RecordWriter
from .redirects import Redirect, find_redirect
from .schema import MIGRATIONS

if TYPE_CHECKING:
    from .front import FrontKept
    from .names import NameRowsSQL

__all__ = ["Store", "SCHEMA_VERSION", "Redirect"]

SCHEMA_VERSION = len(MIGRATIONS)

def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _sets_as_lists(value: Any) -> Any:
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(f"cannot store a {type(value).__name__}")


_SCALARS = frozenset({str, int, float, bool, type(None)})


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(kind: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(kind))
    return names


def _plain(value: Any) -> Any:
    """What ``dataclasses.asdict`` gives, without its deep copies (the record is written once per run). Scalars,
    most of the values, are taken as they are without a call."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    if hasattr(value, "__dataclass_fields__"):
        out = {}
        for name in _field_names(kind):
            v = getattr(value, name)
            out[name] = v if type(v) in _SCALARS else _plain(v)
        return out
    if isinstance(value, (list, tuple)):
        return [v if type(v) in _SCALARS else _plain(v) for v in value]
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    return value


def _dump(obj: Any, drop: tuple[str, ...] = ()) -> str:
    """``obj`` as the store writes it, JSON, without the fields ``drop`` (kept in columns of their own)."""
    plain = _plain(obj)
    for name in drop:
        del plain[name]
    return json.dumps(plain, ensure_ascii=False, default=_sets_as_lists)


class Store:
    """One writer connection to a newsfold database."""

    def __init__(self, path: str | Path, readonly: bool = False):
        self.path = str(path)
        self._min_sources, self._min_confidence = 0, 0.0  # which events ``events()`` gives (``keep_events``)
        try:
            if readonly:
                if not Path(self.path).is_file():
                    raise StoreError(f"database {self.path} does not exist; create it with `newsfold run PATH --db "
                                     f"{self.path}`")
                self.conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            else:
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                self.conn = sqlite3.connect(self.path, check_same_thread=False)
                self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA busy_timeout=10000")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}; check the path and permissions") from exc
        self._migrate(readonly)

    def _migrate(self, readonly: bool) -> None:
        try:
            if not readonly:
                self.conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
            done = {r[0] for r in self.conn.execute("SELECT name FROM migrations")}
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is not a newsfold database ({exc}); give another --db path") from exc
        known = {name for name, _ in MIGRATIONS}
        if done - known:
            raise StoreError(f"{self.path} was written by a newer newsfold (migrations {sorted(done - known)}); "
                             "upgrade newsfold to read it")
        for name, sql in MIGRATIONS:
            if name not in done:
                if readonly:
                    raise StoreError(f"{self.path} needs migration {name}; run `newsfold run` once to upgrade it")
                self.conn.executescript(f"BEGIN; {sql}; INSERT INTO migrations VALUES ('{name}', '{_now()}'); COMMIT;")

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self.conn:
            yield self.conn

    # raw inputs -------------------------------------------------------------------------------------------
    def raw_doc(self, key: str) -> tuple[str, str] | None:
        row = self.conn.execute("SELECT article_id, raw_hash FROM raw_docs WHERE key = ?", (key,)).fetchone()
        return (row[0], row[1]) if row else None

    def raw_hashes(self) -> list[tuple[str, str, str]]:
        """(source key, article id, raw hash) of every stored raw document, by key: what the inputs are."""
        return [tuple(row) for row in self.conn.execute("SELECT key, article_id, raw_hash FROM raw_docs ORDER BY key")]

    def put_raw_doc(self, key: str, article_id: str, raw: RawDoc, raw_hash: str) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT INTO raw_docs (key, article_id, path, raw_hash, doc, added_at) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET path = excluded.path, raw_hash = excluded.raw_hash, "
                "doc = excluded.doc", (key, article_id, raw.path, raw_hash, _dump(raw), _now()))

    def raw_docs(self) -> list[tuple[str, RawDoc]]:
        rows = self.conn.execute("SELECT article_id, doc FROM raw_docs ORDER BY added_at, key").fetchall()
        return [(aid, RawDoc(**json.loads(doc))) for aid, doc in rows]

    def put_rejected(self, rejected: Iterable[Rejected]) -> None:
        with self.conn:
            self.conn.executemany("INSERT OR REPLACE INTO rejected VALUES (?, ?, ?)",
                                  [(r.path, r.reason, _now()) for r in rejected])

    def rejected(self) -> list[Rejected]:
        return [Rejected(p, r) for p, r in self.conn.execute("SELECT path, reason FROM rejected ORDER BY path")]

    def name_rows(self) -> NameRowsSQL:
        """What the entities stage keeps between runs (``store/names.py``, ``resolve/kept.py``)."""
        from .names import NameRowsSQL

        return NameRowsSQL(self.conn)

    def front(self) -> FrontKept:
        """What the clean and dedup stages keep per article between runs (``store/front.py``; imported here, on
        first use: its records are the clean and dedup stages', which reading a database does not need)."""
        from .front import FrontKept

        return FrontKept(self.conn, _dump)

    # languages found by the clean stage -----------------------------------------------------------------
    def languages(self, detector: str) -> dict[str, str | None]:
        """text hash -> the language ``detector`` found for that text."""
        return dict(self.conn.execute("SELECT text_hash, language FROM languages WHERE detector = ?", (detector,)))

    def put_languages(self, detector: str, found: dict[str, str | None]) -> None:
        with self.conn:
            self.conn.executemany("INSERT OR REPLACE INTO languages VALUES (?, ?, ?)",
                                  [(text_hash, detector, language) for text_hash, language in found.items()])

    def story_features(self, reader: str) -> dict[str, dict[str, int]]:
        """text hash -> the features the stories stage ``reader`` found in that text."""
        rows = self.conn.execute("SELECT text_hash, features FROM story_features WHERE reader = ?", (reader,))
        return {text_hash: json.loads(features) for text_hash, features in rows}

    def put_story_features(self, reader: str, found: dict[str, dict[str, int]]) -> None:
        with self.conn:
            self.conn.executemany("INSERT OR REPLACE INTO story_features VALUES (?, ?, ?)",
                                  [(text_hash, reader, json.dumps(features, ensure_ascii=False))
                                   for text_hash, features in found.items()])

    # analyses ---------------------------------------------------------------------------------------------
    def analysis_keys(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT article_id, key FROM analyses").fetchall())

    def put_analysis(self, analysis: Analysis) -> None:
        """Keep ``analysis``, and its names apart (``analysis_names`` reads them without the rest)."""
        plain = _plain(analysis)
        doc, names = (json.dumps(x, ensure_ascii=False, default=_sets_as_lists) for x in (plain, plain["mentions"]))
        with self.conn:
            self.conn.execute("INSERT OR REPLACE INTO analyses (article_id, key, doc, names) VALUES (?, ?, ?, ?)",
                              (analysis.article, analysis.clean_hash, doc, names))

    def analyses(self, article_ids: Iterable[str] | None = None) -> list[Analysis]:
        """The stored analyses (of ``article_ids``, when given), by article id."""
        if article_ids is None:
            rows = self.conn.execute("SELECT doc FROM analyses ORDER BY article_id")
        else:
            rows = self.conn.execute("SELECT doc FROM analyses WHERE article_id IN (SELECT value FROM json_each(?)) "
                                     "ORDER BY article_id", (_id_list(article_ids),))
        return [load_analysis(json.loads(doc)) for (doc,) in rows]

    def analysis_names(self) -> list[Analysis]:
        """Every stored analysis with its names only (``store.kept.read_names``)."""
        return read_names(self.conn)

    def looked_up_names(self, keys: dict[str, str]) -> dict[str, list[str]]:
        """Per article, the speakers' and claimants' names its analysis gives (``store.kept.read_looked_up_names``;
        ``keys``: ``analysis_keys()``)."""
        return read_looked_up_names(self.conn, keys)

    # corpus-level results ----------------------------------------------------------------------------------
    def story_digests(self) -> dict[str, str]:
        """Per story, the digest of its late stages' inputs the record was written from (``scope.py``)."""
        return read_story_digests(self.conn)

    def kept_record(self, stories: Iterable[str]) -> Kept:
        """What the late stages need of the record of ``stories``, which they do not run again: its nominal
        mentions, by entity id (entities are written anew each run)."""
        return read_kept(self.conn, stories, load_nominal_mention)

    def record_writer(self, kept: frozenset[str] = frozenset()) -> RecordWriter:
        """Start writing a run's record (``store/record.py``): the ``kept`` stories' rows stay."""
        return RecordWriter(self.conn, kept, _dump)

    def replace_corpus(self, articles: list[Article], entities: list[Entity], quotes: list[Quote],
                       figures: list[Figure], mentions: list[EventMention], events: list[Event],
                       stories: dict[str, str]) -> list[Redirect]:
        """Replace the whole corpus-level record in one batch; each story, event or entity id that disappears is
        redirected to the one that continues it (returned)."""
        writer = self.record_writer()
        try:
            writer.put(articles, quotes, figures, mentions, events)
            return writer.finish(articles, entities, stories, {})
        except BaseException:
            writer.abort()
            raise

    def search(self, query: str, limit: int = 50) -> list[dict[str, str]]:
        """Full-text search over articles, entities and quotes; the query is matched as plain words. The snippet
        marks each match between U+E000 and U+E001 (private-use characters, never in a clean text)."""
        words = re.findall(r"\w+", query, re.UNICODE)[:20]
        if not words:
            return []
        match = " ".join('"' + w.replace('"', "") + '"' for w in words)
        rows = self.conn.execute(
            "SELECT kind, ref, title, snippet(search, 3, '\ue000', '\ue001', ' … ', 12) FROM search "
            "WHERE search MATCH ? ORDER BY rank LIMIT ?", (match, limit)).fetchall()
        return [{"kind": k, "ref": r, "title": t, "snippet": s} for k, r, t, s in rows]

    def start_run(self) -> int:
        """Take the database's run lock and record a new run (see store/runs.py); raises DatabaseBusyError while
        another live process holds the lock."""
        return runs.start_run(self.conn, self.path)

    def finish_run(self, run_id: int, summary: dict[str, Any], status: str = "finished") -> None:
        runs.finish_run(self.conn, run_id, summary, status)

    def last_summary(self) -> dict[str, Any] | None:
        """The summary of the last run that finished, or None."""
        row = self.conn.execute("SELECT summary FROM runs WHERE status = 'finished' AND summary IS NOT NULL "
                                "ORDER BY id DESC LIMIT 1").fetchone()
        return json.loads(row[0]) if row else None

    def runs(self) -> list[dict[str, Any]]:
        """Every run, oldest first: id, started_at, finished_at, status."""
        rows = self.conn.execute("SELECT id, started_at, finished_at, status FROM runs ORDER BY id").fetchall()
        return [dict(zip(("id", "started_at", "finished_at", "status"), row, strict=True)) for row in rows]

    # reads for exports -------------------------------------------------------------------------------------
    def articles(self) -> list[Article]:
        return [load_article(json.loads(d)) for (d,) in self.conn.execute("SELECT doc FROM articles ORDER BY id")]

    def entities(self) -> list[Entity]:
        return [load_entity(json.loads(d)) for (d,) in self.conn.execute("SELECT doc FROM entities ORDER BY name, id")]

    def quotes(self) -> list[Quote]:
        return [Quote(**json.loads(d)) for (d,) in self.conn.execute("SELECT doc FROM quotes ORDER BY id")]

    def figures(self) -> list[Figure]:
        return [Figure(**json.loads(d)) for (d,) in self.conn.execute("SELECT doc FROM figures ORDER BY id")]

    def figures_by_event(self) -> dict[str, list[Figure]]:
        """Figures grouped by the event they count for (figures tied to no event are left out)."""
        grouped: dict[str, list[Figure]] = {}
        for f in self.figures():
            if f.event:
                grouped.setdefault(f.event, []).append(f)
        return grouped

    def event_mentions(self) -> list[EventMention]:
        return [load_event_mention(json.loads(d)) for (d,) in
                self.conn.execute("SELECT doc FROM event_mentions ORDER BY id")]

    def keep_events(self, min_sources: int = 0, min_confidence: float = 0.0) -> None:
        """From now on ``events()`` gives only the events with at least ``min_sources`` independent sources and
        ``min_confidence``: every export reads its events there, so all formats show the same events."""
        self._min_sources, self._min_confidence = min_sources, min_confidence

    def events(self) -> list[Event]:
        out = []
        for (d,) in self.conn.execute("SELECT doc FROM events ORDER BY story, date, id"):
            event = load_event(json.loads(d))
            if event.independent_sources >= self._min_sources and event.confidence >= self._min_confidence:
                out.append(event)
        return out

    def stories(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT id, name FROM stories ORDER BY id").fetchall())

    # reads for one page: only the rows it shows -------------------------------------------------------------
    def story_rows(self, story_id: str | None = None) -> list[dict[str, Any]]:
        """Each story (or the one ``story_id``) with its first and last dates and its article and event counts."""
        rows = self.conn.execute(
            "SELECT s.id, s.name, (SELECT MIN(published) FROM articles WHERE story = s.id AND published <> ''), "
            "(SELECT MAX(published) FROM articles WHERE story = s.id AND published <> ''), "
            "(SELECT COUNT(*) FROM articles WHERE story = s.id), (SELECT COUNT(*) FROM events WHERE story = s.id) "
            "FROM stories s WHERE ? IS NULL OR s.id = ? ORDER BY s.id", (story_id, story_id)).fetchall()
        return [{"id": i, "name": n, "first_date": f, "last_date": last, "articles": a, "events": e}
                for i, n, f, last, a, e in rows]

    def story_articles(self, story_id: str) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT id, json_extract(doc, '$.title'), outlet, published, duplicate_of "
                                 "FROM articles WHERE story = ? ORDER BY id", (story_id,)).fetchall()
        return [{"id": i, "title": t, "outlet": o, "published": p, "duplicate_of": d} for i, t, o, p, d in rows]

    def story_events(self, story_id: str) -> list[Event]:
        return self._events("WHERE story = ?", (story_id,))

    def entity_events(self, entity_id: str) -> list[Event]:
        """The events the entity takes part in, as actor, place or target."""
        return self._events("WHERE id IN (SELECT event FROM event_entities WHERE entity = ?)", (entity_id,))

    def _events(self, where: str, args: tuple[Any, ...]) -> list[Event]:
        rows = self.conn.execute(f"SELECT doc FROM events {where} ORDER BY story, date, id", args)
        return [load_event(json.loads(d)) for (d,) in rows]

    def event(self, event_id: str) -> Event | None:
        row = self.conn.execute("SELECT doc FROM events WHERE id = ?", (event_id,)).fetchone()
        return load_event(json.loads(row[0])) if row else None

    def event_mentions_by_id(self, ids: Iterable[str]) -> list[EventMention]:
        rows = self.conn.execute("SELECT doc FROM event_mentions WHERE id IN (SELECT value FROM json_each(?)) "
                                 "ORDER BY id", (_id_list(ids),))
        return [load_event_mention(json.loads(d)) for (d,) in rows]

    def event_figures(self, event_id: str) -> list[Figure]:
        rows = self.conn.execute("SELECT doc FROM figures WHERE event = ? ORDER BY id", (event_id,))
        return [Figure(**json.loads(d)) for (d,) in rows]

    def quotes_in(self, article_ids: Iterable[str]) -> list[Quote]:
        rows = self.conn.execute("SELECT doc FROM quotes WHERE article_id IN (SELECT value FROM json_each(?)) "
                                 "ORDER BY id", (_id_list(article_ids),))
        return [Quote(**json.loads(d)) for (d,) in rows]

    def quotes_by(self, speaker: str) -> list[Quote]:
        rows = self.conn.execute("SELECT doc FROM quotes WHERE speaker = ? ORDER BY id", (speaker,))
        return [Quote(**json.loads(d)) for (d,) in rows]

    def articles_by_id(self, ids: Iterable[str]) -> dict[str, Article]:
        rows = self.conn.execute("SELECT doc FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
                                 (_id_list(ids),))
        return {a.id: a for a in (load_article(json.loads(d)) for (d,) in rows)}

    def article(self, article_id: str) -> Article | None:
        return self.articles_by_id([article_id]).get(article_id)

    def copies_of(self, article_id: str) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT id, json_extract(doc, '$.duplicate_kind') FROM articles "
                                 "WHERE duplicate_of = ? ORDER BY id", (article_id,))
        return [{"id": i, "kind": k} for i, k in rows]

    def entity(self, entity_id: str) -> Entity | None:
        row = self.conn.execute("SELECT doc FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return load_entity(json.loads(row[0])) if row else None

    def entity_names(self, ids: Iterable[str]) -> dict[str, str]:
        rows = self.conn.execute("SELECT id, name FROM entities WHERE id IN (SELECT value FROM json_each(?))",
                                 (_id_list(ids),))
        return dict(rows.fetchall())

    def alias_counts(self, entity_id: str) -> dict[str, int]:
        """How often each wording names the entity in the articles' text."""
        return dict(self.conn.execute("SELECT text, COUNT(*) FROM entity_mentions WHERE entity = ? GROUP BY text",
                                      (entity_id,)).fetchall())

    def entity_spans(self, article_id: str) -> list[tuple[int, int, str]]:
        """(start, end, entity id) of each entity mention in the article."""
        rows = self.conn.execute("SELECT start, end, entity FROM entity_mentions WHERE article_id = ?", (article_id,))
        return [(s, e, eid) for s, e, eid in rows]

    def redirect(self, kind: str, old_id: str) -> Redirect | None:
        """Where ``old_id`` of ``kind`` (story, event, entity) went, if a run replaced it."""
        return find_redirect(self.conn, kind, old_id)

    def counts(self) -> dict[str, int]:
        tables = ("articles", "entities", "quotes", "figures", "events", "rejected")
        found = {t: self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
        found["conflicts"] = self.conn.execute(
            "SELECT COALESCE(SUM(json_array_length(doc, '$.conflicts')), 0) FROM events").fetchone()[0]
        return found


def _id_list(ids: Iterable[str]) -> str:
    """Ids as one JSON array parameter (``IN (SELECT value FROM json_each(?))``): no limit on how many."""
    return json.dumps(sorted(set(ids)))
