"""Place resolution: a name as written in an article ("Grodno", "Гродно", "the US") to a GeoNames place.

The index is a compact gzipped TSV shipped with the package (built by `build_gazetteer` from GeoNames data,
CC BY 4.0); it is read on the first call of `load_gazetteer`, never at import time.
"""

from __future__ import annotations

import gzip
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import NamedTuple

from anyascii import anyascii

from ..models import Place

__all__ = ["Place", "UnknownPlace", "Gazetteer", "load_gazetteer", "place_key", "site_kind"]

INDEX_NAME = "gazetteer.tsv.gz"
COLUMNS = ("kind", "geonameid", "name", "country_code", "admin1", "population", "latitude", "longitude",
           "iso_numeric", "keys")
PRECISION = {"C": "country", "R": "region", "P": "city"}

# Words that make a name an organisation (or a site named after its owner), not a town.
ORG_WORDS = frozenset({
    "plant", "works", "factory", "mill", "enterprise", "ministry", "azot", "committee", "council", "party",
    "union", "company", "corporation", "corp", "inc", "ltd", "llc", "jsc", "ojsc", "bank", "agency", "police",
    "militia", "army", "government", "administration", "department", "association", "federation",
    "foundation", "organisation", "organization", "group", "holding", "concern", "movement", "network",
})
# Words that make a name a street, square or building inside a town.
FACILITY_WORDS = frozenset({
    "street", "st", "avenue", "ave", "boulevard", "blvd", "lane", "road", "highway", "embankment", "square",
    "plaza", "bridge", "park", "garden", "gardens", "prospekt", "prospect", "ulitsa", "vulitsa", "vulica",
    "ulica", "pereulok", "ploshchad", "ploshcha", "prison", "jail", "detention", "isolator", "colony",
    "hospital", "clinic", "station", "metro", "stadium", "arena", "palace", "church", "cathedral", "monument",
    "memorial", "market", "airport", "mall", "courthouse", "embassy", "consulate", "university", "school",
    "campus", "building", "headquarters", "hq", "centre", "center",
})
# Slavic street words come first ("ulitsa Akrestina", "prospekt Nezavisimosti", "ул. Окрестина").
FACILITY_PREFIXES = frozenset({"ulitsa", "vulitsa", "vulica", "ulica", "ul", "prospekt", "praspekt", "ploshchad",
                               "ploshcha", "pereulok", "bulvar"})
_KEY_WORDS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_WITHIN = re.compile(r"^(?P<site>.+?)(?:\s*,\s*|\s+in\s+)(?P<outer>[^,]+)$")
_ADMIN_AREA = re.compile(r"\b(?:region|oblast|voblast|province|district|governorate|county|raion|rayon)$", re.I)
_KIND_RANK = {"C": 3, "R": 2, "P": 1}
_AMBIGUOUS_RATIO = 2.0  # two rival places closer in size than this, with nothing to choose between them: give up
_SAME_PLACE_KM = 30.0  # GeoNames sometimes lists a city and one of its districts under one name


@dataclass(frozen=True)
class UnknownPlace:
    """A name the gazetteer cannot place, and why: a value, never an exception."""

    name: str
    reason: str


class _Row(NamedTuple):
    kind: str
    geonameid: int
    name: str
    country_code: str
    admin1: str
    population: int
    latitude: float | None
    longitude: float | None
    iso_numeric: int | None
    keys: tuple[str, ...]


def place_key(text: str) -> str:
    """Lowercase ASCII form of a place name: no diacritics, script, dots, apostrophes or leading "the"."""
    ascii_text = anyascii(text).lower().replace("&", " and ")
    ascii_text = re.sub(r"'s\b", "", ascii_text)
    ascii_text = re.sub(r"['`.]", "", ascii_text)
    words = re.findall(r"[a-z0-9]+", ascii_text)
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(_KEY_WORDS.get(w, w) for w in words)


def site_kind(name: str) -> str | None:
    """"facility" for a street, square or building, "organisation" for a name with an organisation word."""
    words = re.findall(r"[a-z]+", anyascii(name).lower())
    if words and (words[-1] in FACILITY_WORDS or words[0] in FACILITY_PREFIXES):
        return "facility"  # "Bank Street", "Azot Street": the head word decides
    return "organisation" if ORG_WORDS.intersection(words) else None


def _parse_row(line: str) -> _Row:
    f = line.rstrip("\n").split("\t")
    return _Row(f[0], int(f[1]), f[2], f[3], f[4], int(f[5] or 0), float(f[6]) if f[6] else None,
                float(f[7]) if f[7] else None, int(f[8]) if f[8] else None, tuple(f[9].split("|")))


def read_rows(lines: Iterable[str]) -> Iterator[_Row]:
    """The index's rows, skipping its comment lines (source and licence)."""
    for line in lines:
        if line.strip() and not line.startswith("#"):
            yield _parse_row(line)


def _distance_km(a: _Row, b: _Row) -> float:
    if a.latitude is None or b.latitude is None or a.longitude is None or b.longitude is None:
        return math.inf if a.geonameid != b.geonameid else 0.0
    dlat = math.radians(a.latitude - b.latitude)
    dlon = math.radians(a.longitude - b.longitude) * math.cos(math.radians((a.latitude + b.latitude) / 2))
    return 6371.0 * math.hypot(dlat, dlon)


class _Context(NamedTuple):
    countries: frozenset[str]
    regions: frozenset[tuple[str, str]]
    cities: tuple[_Row, ...]


_NO_CONTEXT = _Context(frozenset(), frozenset(), ())


class Gazetteer:
    """Countries, US states and cities of 15,000 people or more, looked up by any of their names."""

    def __init__(self, rows: Iterable[_Row]):
        self._rows = list(rows)
        # A hit is `row index << 1 | 1` for a place's own name, `row index << 1` for an alternate name.
        # Most keys name one place: those stay plain ints, which keeps loading fast.
        self._first: dict[str, int] = {}
        self._more: dict[str, list[int]] = {}
        self._countries: dict[str, _Row] = {}
        self._region_names: dict[tuple[str, str], str] = {}
        for i, row in enumerate(self._rows):
            hit = i << 1 | 1
            for key in row.keys:
                if key in self._first:
                    self._more.setdefault(key, []).append(hit)
                else:
                    self._first[key] = hit
                hit = i << 1
            if row.kind == "C":
                self._countries[row.country_code] = row
            elif row.kind == "R":
                self._region_names[(row.country_code, row.admin1)] = row.name
        self._plain: dict[str, _Row | None] = {}  # names looked up without context, each once (a story's
        # places are each other's context: without it a story of P places costs P² lookups)

    def __len__(self) -> int:
        return len(self._rows)

    def _hits(self, key: str) -> list[int]:
        first = self._first.get(key)
        return [] if first is None else [first, *self._more.get(key, ())]

    def lookup(self, name: str, context: Iterable[str] = ()) -> Place | None:
        """The place `name` most likely means, using the story's other place names to break ties."""
        found = self.resolve(name, context)
        return found if isinstance(found, Place) else None

    def resolve(self, name: str, context: Iterable[str] = ()) -> Place | UnknownPlace:
        """As `lookup`, but a name it cannot place comes back with the reason."""
        key = place_key(name)
        if not key:
            return UnknownPlace(name, "no letters or digits to look up")
        context = list(context)
        ctx = self._context(context)
        if hits := self._hits(key):  # a known name decides, even when its places are too close to call
            return self._choose(name, hits, ctx)
        site, outer, match = name.strip(), None, _WITHIN.match(name.strip())
        if match and (outer := self._resolve_plain(match["outer"])) is not None:
            site = match["site"].strip()
        kind = site_kind(site)
        if kind == "facility":
            return self._facility(site, outer, ctx) or UnknownPlace(
                name, "a street or building, and the text names no town to put it in")
        if kind == "organisation":
            return UnknownPlace(name, "the name of an organisation, not of a place")
        if match and outer is not None:  # "Paris, Texas", "Minsk, Belarus": context that must hold the place
            return self._inside(name, self.resolve(site, [*context, match["outer"]]), self._place(outer))
        if match and _ADMIN_AREA.search(match["outer"]):  # "Minsk, Minsk Region": a region we cannot check
            return self.resolve(match["site"], context)
        # a second try without the words "city" or "town" ("Minsk city", "the city of Hrodna")
        trimmed = re.sub(r"^(?:city|town|village) of |(?: city| town)$", "", key)
        if trimmed != key and (hits := self._hits(trimmed)):
            return self._choose(name, hits, ctx)
        return UnknownPlace(name, "not in the gazetteer")

    @staticmethod
    def _inside(name: str, inner: Place | UnknownPlace, outer: Place) -> Place | UnknownPlace:
        if isinstance(inner, UnknownPlace):
            return UnknownPlace(name, inner.reason)
        if inner.country_code == outer.country_code and (outer.precision != "region" or inner.admin1 == outer.admin1):
            return inner
        return UnknownPlace(name, f"the gazetteer has no such place in {outer.name}")

    def _choose(self, name: str, hits: list[int], ctx: _Context) -> Place | UnknownPlace:
        found = self._best(hits, ctx)
        if found is not None:
            return self._place(found)
        ranked = sorted(hits, key=lambda hit: self._rank(hit, ctx), reverse=True)
        rivals = [self._place(self._rows[hit >> 1]) for hit in ranked[:3]]
        return UnknownPlace(name, "ambiguous: " + "; ".join(
            ", ".join(dict.fromkeys(x for x in (p.name, p.admin1, p.country) if x)) for p in rivals)
            + " (nothing in the story tells them apart)")

    def _resolve_plain(self, name: str) -> _Row | None:
        if name not in self._plain:
            self._plain[name] = self._best(self._hits(place_key(name)), _NO_CONTEXT)
        return self._plain[name]

    def _context(self, context: Iterable[str]) -> _Context:
        rows = [row for row in map(self._resolve_plain, context) if row is not None]
        regions = {(r.country_code, r.admin1) for r in rows if r.kind in "RP" and r.admin1}
        return _Context(frozenset(r.country_code for r in rows), frozenset(regions),
                        tuple(r for r in rows if r.kind == "P"))

    def _rank(self, hit: int, ctx: _Context) -> tuple[int, int, int, int]:
        """(in a country or region the context names, country > region > city, own name > another place's
        alternate name, population): "Pekin" is Pekin, Illinois, not Beijing, unless the story names China."""
        row = self._rows[hit >> 1]
        in_context = 0
        if row.country_code in ctx.countries:
            in_context = 2 if row.kind == "P" and (row.country_code, row.admin1) in ctx.regions else 1
        return in_context, _KIND_RANK[row.kind], hit & 1, row.population

    def _best(self, hits: list[int], ctx: _Context) -> _Row | None:
        """The top candidate, or None when two distinct places tie with nothing to tell them apart."""
        if not hits:
            return None
        ranked = sorted(hits, key=lambda hit: self._rank(hit, ctx), reverse=True)
        top = self._rows[ranked[0] >> 1]
        if len(ranked) > 1:
            first, second = self._rank(ranked[0], ctx), self._rank(ranked[1], ctx)
            close = first[:3] == second[:3] and first[3] < _AMBIGUOUS_RATIO * second[3]
            if close and _distance_km(top, self._rows[ranked[1] >> 1]) > _SAME_PLACE_KM:
                return None
        return top

    def _facility(self, site: str, town: _Row | None, ctx: _Context) -> Place | None:
        """A street, square or building inside the town the name gives ("X in Minsk") or else the context's."""
        if town is None or town.kind != "P":
            town = ctx.cities[0] if ctx.cities else None
        if town is None:
            return None
        city = self._place(town)
        return Place(site, city.country, city.country_code, city.iso_numeric, city.admin1, city.latitude,
                     city.longitude, "facility", None, city.name)

    def _place(self, row: _Row) -> Place:
        country = self._countries.get(row.country_code)
        admin1 = row.name if row.kind == "R" else self._region_names.get((row.country_code, row.admin1))
        return Place(name=row.name, country=country.name if country else row.country_code,
                     country_code=row.country_code, iso_numeric=country.iso_numeric if country else None,
                     admin1=admin1, latitude=row.latitude, longitude=row.longitude,
                     precision=PRECISION[row.kind], geonameid=row.geonameid or None)


@cache
def load_gazetteer() -> Gazetteer:
    """The packaged index, read once on first use."""
    data = resources.files(__package__).joinpath("data", INDEX_NAME).read_bytes()
    return Gazetteer(read_rows(gzip.decompress(data).decode("utf-8").splitlines()))
