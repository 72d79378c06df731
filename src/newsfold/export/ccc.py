"""Crowd Counting Consortium rows: one per protest event, with the CCC's columns.

Size follows the CCC habit: ``size_text`` keeps the words, ``size_low``/``size_high`` the interval newsfold
derived (vague words by the rule table in the README); title, claims, tactics and the place are the record's
(``Event.titles``, ``Event.claims``, ``Event.tactics``, ``Event.location``), only formatted here.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from ..models import EventMention, Figure
from ..store import Store
from .geo import event_place

__all__ = ["CCC_COLUMNS", "ccc_rows", "render_ccc"]

CCC_COLUMNS = ["date", "locality", "state", "country", "type", "title", "claims", "organizations", "participants",
               "size_text", "size_low", "size_high", "arrests", "injuries_crowd", "injuries_police", "property_damage",
               "chemical_agents", "participant_deaths", "police_deaths", "notes"]
_POLICE = re.compile(r"\b(police|officers?|policemen|troops)\b", re.I)


def _type(mentions: list[EventMention], mode: str | None) -> str:
    """CCC's type field lists every form the event took: "strike; march"."""
    triggers = " ".join(m.trigger.lower() for m in mentions)
    kinds = [kind for word, kind in (("strike", "strike"), ("walk", "strike"), ("down tools", "strike"),
                                     ("march", "march"), ("rall", "rally"), ("vigil", "vigil"),
                                     ("picket", "picket"), ("sit-in", "sit-in")) if word in triggers]
    return "; ".join(dict.fromkeys(kinds)) or ("strike" if mode == "strike" else "demonstration")


def _figures_text(figs: list[Figure], category: str, police: bool | None = None) -> str:
    chosen = [f for f in figs if f.category == category
              and (police is None or bool(_POLICE.search(f.counted or "")) == police)]
    return "; ".join(dict.fromkeys(f.text for f in chosen))


def ccc_rows(store: Store) -> list[dict[str, Any]]:
    articles = {a.id: a for a in store.articles()}
    entities = store.entities()
    names = {e.id: e.name for e in entities}
    types = {e.id: e.type for e in entities}
    events = store.events()
    mentions = {m.id: m for m in store.event_mentions()}
    figures = store.figures_by_event()
    rows = []
    for event in (e for e in events if e.type == "PROTEST"):
        ms = [mentions[m] for m in event.mentions if m in mentions]
        figs = figures.get(event.id, [])
        place = event_place(event)
        tactics = {t.kind for t in event.tactics}
        sizes = [f for f in figs if f.category == "participants"]
        reporters = [f for f in sizes if not f.claimed_by_name]
        row: dict[str, Any] = {
            "date": event.date or "", "locality": place.location, "state": place.admin1, "country": place.country,
            "type": _type(ms, event.mode), "title": event.titles[0].text if event.titles else "",
            "claims": "; ".join(dict.fromkeys(c.text for c in event.claims))[:300],
            "organizations": "; ".join(names[a] for a in event.actors if types.get(a) == "ORG"),
            "participants": "; ".join(sorted({f.counted for f in sizes if f.counted and f.counted != "crowd"})),
            # the reporters' words; a party's claim ("20 people", said the president) goes to the notes
            "size_text": "; ".join(dict.fromkeys(f.text for f in (reporters or sizes))),
            "size_low": int(event.size_low) if event.size_low is not None else "",
            "size_high": int(event.size_high) if event.size_high is not None else "",
            "arrests": _figures_text(figs, "arrests"), "injuries_crowd": _figures_text(figs, "injuries", False),
            "injuries_police": _figures_text(figs, "injuries", True),
            "property_damage": int("property damage" in tactics),
            "chemical_agents": int("crowd-control weapon" in tactics),
            "participant_deaths": _figures_text(figs, "deaths", False),
            "police_deaths": _figures_text(figs, "deaths", True),
            "notes": " ".join(c.explanation for c in event.conflicts),
        }
        for n, source in enumerate(event.sources, start=1):
            article = articles.get(source)
            row[f"source_{n}"] = (article.url or article.path) if article else source
        rows.append(row)
    return rows


def render_ccc(store: Store) -> str:
    rows = ccc_rows(store)
    n_sources = max((sum(1 for k in r if k.startswith("source_")) for r in rows), default=1)
    columns = CCC_COLUMNS[:-1] + [f"source_{n}" for n in range(1, n_sources + 1)] + ["notes"]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n", restval="")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()
