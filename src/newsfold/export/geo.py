"""Where an event happened, for table exports: the record's ``Event.location`` in the columns the tables use.

The location is chosen and resolved upstream (events/geocode.py); an event with none leaves the columns empty.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..models import Event

__all__ = ["EventPlace", "event_place", "alpha3"]


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


@cache
def _alpha3_codes() -> dict[str, str]:
    text = resources.files("newsfold").joinpath("export/data/countries.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t")[:2] for line in text.splitlines() if line and not line.startswith("#"))


def alpha3(country_code: str) -> str:
    """A country's ISO 3166 alpha-3 code from its alpha-2 code ("BY" -> "BLR"); "" when unknown."""
    return _alpha3_codes().get(country_code.upper(), "")
