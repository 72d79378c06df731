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

from ..models import ActorGroup, Event, Figure
from ..store import Store
from .geo import event_place

__all__ = ["ACLED_COLUMNS", "acled_rows", "render_acled"]

ACLED_COLUMNS = ["event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
                 "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
                 "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
                 "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"]
_DISORDER = {"Protests": "Demonstrations", "Riots": "Demonstrations", "Violence against civilians":
             "Political violence", "Battles": "Political violence",
             "Explosions/Remote violence": "Political violence", "Strategic developments": "Strategic developments"}
_GEO_PRECISION = {"facility": 1, "city": 1, "region": 2, "country": 3}
_INTER = {"Police Forces": 1, "Unidentified Armed Group": 3, "Rioters": 5, "Protesters": 6, "Civilians": 7}


def _name(group: ActorGroup) -> str:
    """ACLED's actor names: "Police Forces of Belarus", "Protesters (Belarus)"; named actors as they are."""
    if group.kind == "named" or not group.country:
        return group.name
    return f"{group.name} of {group.country}" if group.kind == "state" else f"{group.name} ({group.country})"


def _actors(event: Event) -> tuple[str, str, int | str, str, str, int | str]:
    """actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2 from the record's actor groups."""
    by_role: dict[str, list[ActorGroup]] = {}
    for group in event.actor_groups:
        by_role.setdefault(group.role, []).append(group)

    def names(role: str, kind: str | None = None, limit: int | None = None) -> list[str]:
        return [_name(g) for g in by_role.get(role, []) if kind is None or g.kind == kind][:limit]

    def inter(role: str) -> int | str:
        first = next(iter(by_role.get(role, [])), None)
        return _INTER.get(first.name, "") if first and first.kind != "named" else ""

    if event.type == "PROTEST":  # the groups among the crowd, then at most three actors it names
        assoc1 = names("associated actor", "identity") + names("associated actor", "named", 3)
        return "; ".join(names("actor")), "; ".join(assoc1), inter("actor"), "", "", ""
    if event.type in ("COERCE", "ASSAULT"):
        return ("; ".join(names("actor")), "", inter("actor"), "; ".join(names("target")),
                "; ".join(names("associated target")), inter("target"))
    return "; ".join(names("actor")), "; ".join(names("associated actor", limit=2)), "", "", "", ""


def _tags(figures: list[Figure]) -> str:
    sizes = [f for f in figures if f.category == "participants"]
    reporter = [f for f in sizes if not f.claimed_by_name] or sizes
    if not reporter:
        return "crowd size=no report"
    return "crowd size=" + "; ".join(sorted({f.text.lower() for f in reporter}))


def acled_rows(store: Store) -> list[dict[str, Any]]:
    articles = {a.id: a for a in store.articles()}
    events = store.events()
    figures = store.figures_by_event()
    stamp = int(time.time())
    rows = []
    for event in events:
        if not event.acled_event_type or not event.acled_sub_event_type or not event.date or len(event.date) != 10:
            continue
        kind = (event.acled_event_type, event.acled_sub_event_type)
        place = event_place(event)
        figs = figures.get(event.id, [])
        actor1, assoc1, inter1, actor2, assoc2, inter2 = _actors(event)
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
