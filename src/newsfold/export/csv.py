"""CSV tables: events, figures, quotes and entities, one file each (or one events file to stdout)."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from ..store import Store

__all__ = ["write_csv", "tables"]


def tables(store: Store) -> dict[str, tuple[list[str], list[list[Any]]]]:
    names = {e.id: e.name for e in store.entities()}

    def named(ids: list[str]) -> str:
        return "; ".join(names.get(i, i) for i in ids)

    events = (["id", "date", "type", "mode", "story", "summary", "actors", "places", "targets", "size_low",
               "size_high", "sources", "independent_sources", "conflicts", "resolved", "confidence"],
              [[e.id, e.date or "", e.type, e.mode or "", e.story or "", e.summary, named(e.actors),
                named(e.places), named(e.targets), e.size_low, e.size_high, " ".join(e.sources),
                e.independent_sources, "; ".join(f"{c.field}: {c.kind}" for c in e.conflicts),
                "; ".join(f"{r['field']}: {r['low']}-{r['high']} ({r['rule']})" for r in e.resolved), e.confidence]
               for e in store.events()])
    figures = (["id", "article", "start", "end", "text", "value", "low", "high", "counted", "category",
                "claimed_by", "as_of", "event"],
               [[f.id, f.article, f.start, f.end, f.text, f.value, f.low, f.high, f.counted or "", f.category,
                 names.get(f.claimed_by or "", f.claimed_by_name or ""), f.as_of or "", f.event or ""]
                for f in store.figures()])
    # direct: 1 for words inside quotation marks in the source, 0 for reported speech (the reporter's words)
    quotes = (["id", "article", "start", "end", "speaker", "speaker_name", "cue", "direct", "text"],
              [[q.id, q.article, q.start, q.end, q.speaker or "", q.speaker_name or "", q.cue or "", int(q.direct),
                q.text]
               for q in store.quotes()])
    entities = (["id", "name", "type", "aliases", "mentions"],
                [[e.id, e.name, e.type, "; ".join(e.aliases), len(e.mentions)] for e in store.entities()])
    return {"events": events, "figures": figures, "quotes": quotes, "entities": entities}


def _render(header: list[str], rows: list[list[Any]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([["" if v is None else v for v in row] for row in rows])
    return buf.getvalue()


def write_csv(store: Store, out: str | None) -> list[str]:
    """Events to stdout when ``out`` is None, to the file ``out`` when it ends in ``.csv`` (and is not a folder);
    otherwise ``out`` is a folder that gets one file per table."""
    all_tables = tables(store)
    if out is None:
        print(_render(*all_tables["events"]), end="")
        return []
    if out.lower().endswith(".csv") and not Path(out).is_dir():
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text(_render(*all_tables["events"]), encoding="utf-8")
        return [out]
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (header, rows) in all_tables.items():
        path = folder / f"{name}.csv"
        path.write_text(_render(header, rows), encoding="utf-8")
        written.append(str(path))
    return written
