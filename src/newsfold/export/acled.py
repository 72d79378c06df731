"""ACLED-style rows: one per dated event of a type ACLED codes, filled the way an ACLED coder would.

Columns follow ACLED's export. Numeric actor codes (inter1, inter2, interaction) use ACLED's classic scheme:
1 state forces, 5 rioters, 6 protesters, 7 civilians; interaction = the two codes, smaller first (60 = protesters
alone). Crowd size goes into ``tags`` as ``crowd size=...`` like ACLED's own tag.
"""

from __future__ import annotations

import csv
import io
import time
from typing import Any

from ..models import Event, Figure
from ..store import Store
from .geo import EventPlace, Locator

__all__ = ["ACLED_COLUMNS", "acled_rows", "render_acled"]

ACLED_COLUMNS = ["event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
                 "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
                 "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
                 "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"]
_DISORDER = {"Protests": "Demonstrations", "Riots": "Demonstrations", "Violence against civilians":
             "Political violence", "Battles": "Political violence",
             "Explosions/Remote violence": "Political violence", "Strategic developments": "Strategic developments"}
_GEO_PRECISION = {"facility": 1, "city": 1, "region": 2, "country": 3}
_GROUPS = {"workers": "Labor Group", "employees": "Labor Group", "strikers": "Labor Group", "miners": "Labor Group",
           "dockworkers": "Labor Group", "students": "Students", "women": "Women", "journalists": "Journalists"}


def _actors(event: Event, place: EventPlace, figures: list[Figure], names: dict[str, str]
            ) -> tuple[str, str, int | str, str, str, int | str]:
    where = f" ({place.country})" if place.country else ""
    state = f"Police Forces of {place.country}" if place.country else "Police Forces"
    groups = sorted({f"{_GROUPS[f.counted]}{where}" for f in figures if f.counted in _GROUPS})
    if event.mode == "strike" and f"Labor Group{where}" not in groups:
        groups.append(f"Labor Group{where}")
    named = [names[a] for a in event.actors if a in names]
    if event.type == "PROTEST":
        rioters = event.mode == "riot"
        return (("Rioters" if rioters else "Protesters") + where, "; ".join(groups + named[:3]), 5 if rioters else 6,
                "", "", "")
    if event.type == "COERCE":
        return state, "", 1, "Protesters" + where if event.mode in ("arrest", "repress") else "", "", 6
    if event.type == "ASSAULT":
        return state, "", 1, "Civilians" + where, "; ".join(groups), 7
    return "; ".join(named[:1]) or "", "; ".join(named[1:3]), "", "", "", ""


def _tags(figures: list[Figure]) -> str:
    sizes = [f for f in figures if f.category == "participants"]
    reporter = [f for f in sizes if not f.claimed_by_name] or sizes
    if not reporter:
        return "crowd size=no report"
    return "crowd size=" + "; ".join(sorted({f.text.lower() for f in reporter}))


def acled_rows(store: Store) -> list[dict[str, Any]]:
    articles = {a.id: a for a in store.articles()}
    entities = store.entities()
    events = store.events()
    names = {e.id: e.name for e in entities}
    figures = store.figures_by_event()
    locator = Locator(entities, events)
    stamp = int(time.time())
    rows = []
    for event in events:
        if not event.acled_event_type or not event.acled_sub_event_type or not event.date or len(event.date) != 10:
            continue
        kind = (event.acled_event_type, event.acled_sub_event_type)
        place = locator.locate(event)
        figs = figures.get(event.id, [])
        actor1, assoc1, inter1, actor2, assoc2, inter2 = _actors(event, place, figs, names)
        codes = sorted(c for c in (inter1, inter2) if isinstance(c, int))
        deaths = [f for f in figs if f.category == "deaths" and f.low is not None]
        # ACLED tags crowd size on protests and riots only
        tags = _tags(figs) if kind[0] in ("Protests", "Riots") else ""
        rows.append({
            "event_date": event.date, "year": int(event.date[:4]), "time_precision": 1,
            "disorder_type": _DISORDER.get(kind[0], ""), "event_type": kind[0], "sub_event_type": kind[1],
            "actor1": actor1, "assoc_actor_1": assoc1, "inter1": inter1, "actor2": actor2, "assoc_actor_2": assoc2,
            "inter2": inter2, "interaction": int(f"{codes[0]}{codes[1] if len(codes) > 1 else 0}") if codes else "",
            "civilian_targeting": "Civilian targeting" if kind[0] == "Violence against civilians" else "",
            "iso": place.iso_numeric or "", "region": "", "country": place.country, "admin1": place.admin1,
            "admin2": "", "admin3": "", "location": place.location or place.country,
            "latitude": place.latitude if place.latitude is not None else "",
            "longitude": place.longitude if place.longitude is not None else "",
            "geo_precision": _GEO_PRECISION.get(place.precision, ""),
            "source": "; ".join(sorted({o for s in event.sources if s in articles and (o := articles[s].outlet)})),
            "source_scale": "", "notes": f"On {event.date}, {event.summary}" + (f" [{tags}]" if tags else ""),
            "fatalities": int(max(f.low or 0 for f in deaths)) if deaths else 0, "tags": tags,
            "timestamp": stamp,
        })
    return rows


def render_acled(store: Store) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(acled_rows(store))
    return buf.getvalue()
