"""The HTML report: one self-contained, printable page (inline CSS, an SVG timeline per story, and a chart of
each contested figure by source). Every value is cited as [article start-end]; all text is escaped."""

from __future__ import annotations

from collections import defaultdict
from importlib import resources
from typing import Any

from jinja2 import Environment

from ..store import Store
from .citation import describe
from .evidence import event_quotes
from .quoting import reported_label
from .timeline import figure_bars, timeline

__all__ = ["render_html"]


def _context(store: Store) -> dict[str, Any]:
    arts = {a.id: a for a in store.articles()}
    names = {e.id: e.name for e in store.entities()}
    mentions = {m.id: m for m in store.event_mentions()}
    figs: dict[str, list[Any]] = defaultdict(list, store.figures_by_event())
    quotes = store.quotes()

    def cite(article: str, start: int, end: int) -> str:
        a = arts[article]
        where = "".join(f"; {x}" for x in (a.outlet, a.published) if x)
        return f"[{article} {start}-{end}{where}]"

    stories = []
    for sid, name in store.stories().items():
        events = sorted((e for e in store.events() if e.story == sid),
                        key=lambda e: (e.date or "9999", e.type))
        rows = []
        for e in events:
            first = mentions[e.mentions[0]]
            near = event_quotes(e, mentions, quotes, arts, limit=8)
            rows.append({
                "date": e.date, "type": e.type, "mode": e.mode, "summary": e.summary,
                "cite": cite(first.article, first.start, first.end), "independent": e.independent_sources,
                "sources": [f"{describe(arts[s])} [{s}]" for s in e.sources if s in arts],
                "chain": e.source_chain,
                "figures": [{"text": f.text, "category": f.category, "as_of": f.as_of,
                             "claimed_by": names.get(f.claimed_by or "", f.claimed_by_name),
                             "cite": cite(f.article, f.start, f.end)} for f in figs[e.id]],
                "conflicts": [{"field": c.field, "kind": c.kind, "explanation": c.explanation,
                               "chart": figure_bars(c.values)} for c in e.conflicts],
                "quotes": [{"speaker": names.get(q.speaker or "", q.speaker_name or "unknown speaker"),
                            "text": q.text, "direct": q.direct, "reported": reported_label(q.cue),
                            "cite": cite(q.article, q.start, q.end)} for q in near],
                "size_low": e.size_low, "id": e.id, "conflict_kinds": [c.kind for c in e.conflicts],
            })
        marks = [{"id": r["id"], "date": r["date"], "type": r["type"], "size_low": r["size_low"],
                  "conflicts": r["conflict_kinds"]} for r in rows]
        stories.append({"name": name, "events": rows, "timeline": timeline(marks)})
    return {"stories": stories, "n_articles": len(arts), "n_copies": sum(1 for a in arts.values() if a.duplicate_of)}


def render_html(store: Store) -> str:
    template = resources.files("newsfold").joinpath("export/templates/report.html").read_text(encoding="utf-8")
    return Environment(autoescape=True).from_string(template).render(**_context(store))
