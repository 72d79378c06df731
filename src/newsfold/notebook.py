"""A Python API for notebooks: ``fold`` article texts, JSONL-like dicts or files into a ``Record``.

It runs exactly what ``newsfold run`` runs (the same readers, stages and settings) on the database given, or on a
temporary one that is removed before it returns; the record is the JSON export's, with pandas frames on request.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import MissingDependencyError
from .export.json import build_record
from .pipeline import RunSummary, run
from .settings import Settings, default_settings
from .store import Store

if TYPE_CHECKING:
    import pandas

__all__ = ["Record", "fold"]

Item = str | Path | Mapping[str, Any]
_FILES = {"text": "text.jsonl", "dict": "item.jsonl"}  # strings become articles text-1, text-2, ...; dicts item-1


def fold(items: Iterable[Item] | Item, db: str | Path | None = None, settings: Settings | None = None) -> Record:
    """Fold ``items`` into one record and return it.

    Each item is an article's text (a ``str``), a dict like a JSONL line (``text`` and optional ``id``, ``url``,
    ``title``, ``published``, ``outlet``; other keys are kept as metadata), or a file or folder (a ``Path``, or a
    one-line ``str`` naming one that exists) read as ``newsfold run`` reads it. With ``db`` the record is kept in
    that database (and merged with what it holds); without, nothing is left on disk. ``settings`` default to the
    packaged defaults. Raises InputError when nothing could be ingested, as ``newsfold run`` does.
    """
    given = [items] if isinstance(items, (str, Path, Mapping)) else list(items)
    with tempfile.TemporaryDirectory(prefix="newsfold-") as tmp:
        paths = _write_inputs(given, Path(tmp))
        database = str(db) if db is not None else str(Path(tmp) / "record.db")
        summary = run(paths, database, settings or default_settings(), progress=False)
        store = Store(database, readonly=True)
        try:
            data = build_record(store)
        finally:
            store.close()
        return Record(_without_folder(data, tmp), summary)


def _is_path(item: str) -> bool:
    return "\n" not in item and len(item) < 4096 and Path(item).exists()


def _write_inputs(items: list[Item], folder: Path) -> list[str]:
    """The inputs as ``newsfold run`` takes them: paths as given, texts and dicts as lines of JSONL files."""
    paths: list[str] = []
    lines: dict[str, list[str]] = {"text": [], "dict": []}
    for item in items:
        if isinstance(item, Path) or (isinstance(item, str) and _is_path(item)):
            paths.append(str(item))
        elif isinstance(item, str):
            lines["text"].append(json.dumps({"text": item}, ensure_ascii=False))
        elif isinstance(item, Mapping):
            lines["dict"].append(json.dumps(dict(item), ensure_ascii=False, default=str))
        else:
            raise TypeError(f"fold takes article texts, dicts or paths, not {type(item).__name__}")
    for kind, written in lines.items():
        if written:
            (folder / _FILES[kind]).write_text("\n".join(written) + "\n", encoding="utf-8")
            paths.append(str(folder / _FILES[kind]))
    return paths


def _without_folder(data: dict[str, Any], folder: str) -> dict[str, Any]:
    """Paths into the temporary folder shown as the file's name ("text.jsonl:2"), which is all the user gave."""
    prefix = str(Path(folder)) + "/"
    for row in data["articles"] + data["rejected"]:
        if row["path"].startswith(prefix):
            row["path"] = row["path"][len(prefix):]
    return data


@dataclass(frozen=True)
class Record:
    """The folded record, as the JSON export builds it (``newsfold export --format json``; see the README's "JSON
    export" for every field), and the run's summary."""

    data: dict[str, Any]
    summary: RunSummary

    @property
    def events(self) -> list[dict[str, Any]]:
        return list(self.data["events"])

    @property
    def figures(self) -> list[dict[str, Any]]:
        return list(self.data["figures"])

    @property
    def quotes(self) -> list[dict[str, Any]]:
        return list(self.data["quotes"])

    @property
    def entities(self) -> list[dict[str, Any]]:
        return list(self.data["entities"])

    @property
    def articles(self) -> list[dict[str, Any]]:
        return list(self.data["articles"])

    @property
    def stories(self) -> list[dict[str, Any]]:
        return list(self.data["stories"])

    @property
    def rejected(self) -> list[dict[str, Any]]:
        return list(self.data["rejected"])

    def to_json(self, indent: int | None = None) -> str:
        """The record as ``newsfold export --format json`` writes it."""
        return json.dumps(self.data, ensure_ascii=False, indent=indent)

    def events_frame(self) -> pandas.DataFrame:
        """One row per event: its fields, its size, its location's name, country, region and coordinates, and
        its actors, places and targets by name."""
        names = {e["id"]: e["name"] for e in self.data["entities"]}
        rows = []
        for e in self.data["events"]:
            loc = e["location"] or {}
            rows.append({
                "id": e["id"], "type": e["type"], "mode": e["mode"], "date": e["date"], "story": e["story"],
                "summary": e["summary"], "size_low": e["size"]["low"], "size_high": e["size"]["high"],
                "independent_sources": e["independent_sources"], "location_name": loc.get("name"),
                "location_country": loc.get("country"), "location_admin1": loc.get("admin1"),
                "location_lat": loc.get("latitude"), "location_lon": loc.get("longitude"),
                **{key: [names.get(x, x) for x in e[key]] for key in ("actors", "places", "targets")},
                "sources": list(e["sources"]),
            })
        return _frame(rows, _EVENT_COLUMNS)

    def figures_frame(self) -> pandas.DataFrame:
        return _frame(self.data["figures"], _FIGURE_COLUMNS)

    def quotes_frame(self) -> pandas.DataFrame:
        return _frame(self.data["quotes"], _QUOTE_COLUMNS)

    def entities_frame(self) -> pandas.DataFrame:
        """One row per entity, with its aliases and how many times the articles name it."""
        rows = [{"id": e["id"], "name": e["name"], "type": e["type"], "aliases": list(e["aliases"]),
                 "mentions": len(e["mentions"])} for e in self.data["entities"]]
        return _frame(rows, ("id", "name", "type", "aliases", "mentions"))

    def articles_frame(self) -> pandas.DataFrame:
        return _frame(self.data["articles"], _ARTICLE_COLUMNS)


_EVENT_COLUMNS = ("id", "type", "mode", "date", "story", "summary", "size_low", "size_high", "independent_sources",
                  "location_name", "location_country", "location_admin1", "location_lat", "location_lon", "actors",
                  "places", "targets", "sources")
_FIGURE_COLUMNS = ("id", "article", "start", "end", "text", "value", "low", "high", "counted", "category",
                   "qualifier", "claimed_by", "claimed_by_name", "as_of", "event")
_QUOTE_COLUMNS = ("id", "article", "start", "end", "text", "speaker", "speaker_name", "cue", "direct")
_ARTICLE_COLUMNS = ("id", "path", "url", "title", "outlet", "published", "language", "duplicate_of", "story",
                    "topic", "text")


def _frame(rows: Iterable[Mapping[str, Any]], columns: tuple[str, ...]) -> pandas.DataFrame:
    try:
        import pandas
    except ImportError as exc:
        raise MissingDependencyError("the frames need pandas: pip install 'newsfold[pandas]' (or pip install "
                                     "pandas)") from exc
    return pandas.DataFrame([{c: row.get(c) for c in columns} for row in rows], columns=list(columns))
