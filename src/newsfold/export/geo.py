"""Where an event happened, for table exports: the record's ``Event.location`` in the columns the tables use.

The location is chosen and resolved upstream (events/geocode.py); an event with none leaves the columns empty.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Event

__all__ = ["EventPlace", "event_place"]


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


def event_place(event: Event) -> EventPlace:
    """The event's location as table columns: a town (or "site, town"), its region and country."""
    place = event.location.place if event.location else None
    if place is None:
        return _NOWHERE
    if place.precision == "facility":
        location = f"{place.name}, {place.within}"
    else:
        location = (place.within or place.name) if place.precision != "country" else ""
    return EventPlace(location, place.country, place.country_code, place.iso_numeric, place.admin1 or "",
                      place.latitude, place.longitude, place.precision)
