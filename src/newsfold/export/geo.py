"""Where an event happened, for table exports: its place entities resolved against the gazetteer.

The event's own places come first (a city beats a country); an event with none takes its story's most named
country. Nothing is guessed beyond that: an unresolved place leaves the columns empty.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..models import Entity, Event

__all__ = ["EventPlace", "Locator"]


@dataclass(frozen=True)
class EventPlace:
    location: str
    country: str
    country_code: str
    iso_numeric: int | None
    admin1: str
    latitude: float | None
    longitude: float | None
    precision: str  # "city" | "facility" | "region" | "country" | ""


_NOWHERE = EventPlace("", "", "", None, "", None, None, "")


class Locator:
    """Resolves events to places using the packaged gazetteer (if present) and the story's context."""

    def __init__(self, entities: list[Entity], events: list[Event]):
        self.names = {e.id: e.name for e in entities}
        self.places = {e.id: e for e in entities if e.type in ("GPE", "LOC", "FAC")}
        self.gazetteer = _gazetteer()
        self.story_context: dict[str | None, list[str]] = {}
        for event in events:
            self.story_context.setdefault(event.story, []).extend(
                self.names[p] for p in event.places if p in self.places)

    def _lookup(self, name: str, context: list[str]) -> EventPlace | None:
        if self.gazetteer is None:
            return None
        place = self.gazetteer.lookup(name, context)
        if place is None:
            return None
        location = place.within or place.name if place.precision != "country" else ""
        return EventPlace(location if place.precision != "facility" else f"{place.name}, {place.within}",
                          place.country, place.country_code, place.iso_numeric, place.admin1 or "",
                          place.latitude, place.longitude, place.precision)

    def locate(self, event: Event) -> EventPlace:
        context = self.story_context.get(event.story, [])
        found = [p for p in (self._lookup(self.names[i], context) for i in event.places if i in self.places) if p]
        rank = {"facility": 0, "city": 1, "region": 2, "country": 3}
        if found:
            return min(found, key=lambda p: rank.get(p.precision, 4))
        countries = Counter(p.country for p in (self._lookup(n, context) for n in context) if p)
        if countries:
            country = countries.most_common(1)[0][0]
            place = next(p for p in (self._lookup(n, context) for n in context) if p and p.country == country)
            return EventPlace("", place.country, place.country_code, place.iso_numeric, "", None, None, "country")
        return _NOWHERE


def _gazetteer():  # type: ignore[no-untyped-def]
    try:
        from ..resolve.places import load_gazetteer
    except ImportError:
        return None
    try:
        return load_gazetteer()
    except (OSError, ValueError):
        return None
