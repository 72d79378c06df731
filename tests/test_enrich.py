"""The enrich stage on a made-up report: claims, titles, tactics, actor groups and places, each with its span and stage;
then the same facts through the store, the JSON record and the ACLED and CCC rows."""

from __future__ import annotations

from collections import Counter

import pytest

from newsfold.events.enrich import enrich_events
from newsfold.export.acled import acled_rows
from newsfold.export.ccc import ccc_rows
from newsfold.export.json import build_record
from newsfold.models import Analysis, Article, Entity, Event, EventMention, Figure, Span
from newsfold.resolve import EntityIndex
from newsfold.resolve.build_gazetteer import tsv_line
from newsfold.resolve.places import Gazetteer, read_rows
from newsfold.store import Store

TEXT = ("Dockworkers marched through Eastharbour on Monday, demanding an end to night shifts. "
        "Police fired tear gas and a water cannon at the crowd, and shops near the quay were looted. "
        "More than 300 workers joined the “Fair Shifts March” in Twinford, organised by the Quay Workers Guild. "
        "Police detained 12 people in Westmoor.")
SENTENCES = [s + "." for s in TEXT.rstrip(".").split(". ")]


def _at(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def _gazetteer() -> Gazetteer:
    rows = [
        {"kind": "C", "geonameid": 1, "name": "Freedonia", "country_code": "FD", "iso_numeric": 999,
         "keys": ["freedonia"]},
        {"kind": "R", "geonameid": 2, "name": "Northshire", "country_code": "FD", "admin1": "01",
         "keys": ["northshire"]},
        {"kind": "P", "geonameid": 3, "name": "Eastharbour", "country_code": "FD", "admin1": "01",
         "population": 90000, "latitude": 10.0, "longitude": 20.0, "keys": ["eastharbour"]},
        # two towns of one name and about one size, far apart in one region: nothing tells them apart
        {"kind": "P", "geonameid": 4, "name": "Twinford", "country_code": "FD", "admin1": "01",
         "population": 30000, "latitude": 11.0, "longitude": 21.0, "keys": ["twinford"]},
        {"kind": "P", "geonameid": 5, "name": "Twinford", "country_code": "FD", "admin1": "01",
         "population": 25000, "latitude": 14.0, "longitude": 25.0, "keys": ["twinford"]},
    ]
    return Gazetteer(read_rows(tsv_line(r) for r in rows))


def _entity(eid: str, name: str, kind: str) -> Entity:
    return Entity(eid, name, kind, [name], [Span("a1", *_at(name), "nlp")])


def _mention(n: int, kind: str, mode: str) -> EventMention:
    start = TEXT.index(SENTENCES[n])
    return EventMention(f"m{n}", "a1", start, start + len(SENTENCES[n]), SENTENCES[n], "march", kind, mode,
                        "2031-05-05", "day")


@pytest.fixture(scope="module")
def corpus():
    entities = [_entity("E1", "Eastharbour", "GPE"), _entity("E2", "Twinford", "GPE"),
                _entity("E3", "Quay Workers Guild", "ORG"), _entity("E4", "Westmoor", "GPE")]
    figure = Figure("F1", "a1", *_at("More than 300 workers"), "More than 300 workers", 300, 300, None, "workers",
                    "participants", qualifier="more than", event="V1")
    mentions = [_mention(0, "PROTEST", "demonstrate"), _mention(1, "PROTEST", "demonstrate"),
                _mention(2, "PROTEST", "demonstrate"), _mention(3, "COERCE", "arrest")]
    analysis = Analysis("a1", "h", figures=[figure], events=mentions)
    events = [Event("V1", "PROTEST", "demonstrate", "2031-05-05", SENTENCES[0], places=["E1", "E2", "E3"],
                    actors=["E3"], mentions=["m0", "m1", "m2"], sources=["a1"], story="S1",
                    acled_event_type="Protests", acled_sub_event_type="Peaceful protest"),
              Event("V2", "COERCE", "arrest", "2031-05-05", SENTENCES[3], places=["E4"], mentions=["m3"],
                    sources=["a1"], story="S1", acled_event_type="Strategic developments",
                    acled_sub_event_type="Arrests")]
    index = EntityIndex(entities, {}, {})
    enriched = enrich_events(events, [analysis], index, _gazetteer())
    article = Article("a1", "made-up.txt", TEXT, outlet="Quay Courier", published="2031-05-05", story="S1")
    return {"events": events, "enriched": {e.id: e for e in enriched}, "entities": entities, "figure": figure,
            "mentions": mentions, "article": article, "analysis": analysis, "index": index}


def test_claims_and_tactics_carry_their_span_and_stage(corpus):
    march = corpus["enriched"]["V1"]
    assert [(c.cue, c.text, c.stage) for c in march.claims] == [("demanding", "an end to night shifts", "claims")]
    assert all(TEXT[c.start:c.end] == c.text and c.article == "a1" for c in march.claims)
    assert [(t.kind, t.text) for t in march.tactics] == [
        ("crowd-control weapon", "tear gas"), ("crowd-control weapon", "water cannon"), ("property damage", "looted")]
    assert all(TEXT[t.start:t.end] == t.text and t.stage == "tactics" for t in march.tactics)
    assert [(t.text, TEXT[t.start:t.end], t.stage) for t in march.titles] == [
        ("Fair Shifts March", "Fair Shifts March", "titles")]
    assert corpus["enriched"]["V2"].claims == []  # an arrest makes no claims
    assert corpus["events"][0].claims == []  # the stage returns new events and leaves its input alone


def test_a_place_resolved_with_its_region_and_one_not_resolved_with_the_reason(corpus):
    march = corpus["enriched"]["V1"]
    east, twin, guild = march.locations
    assert east.place is not None and east.reason is None and east.stage == "geocode"
    assert (east.place.name, east.place.admin1, east.place.country, east.place.precision) == (
        "Eastharbour", "Northshire", "Freedonia", "city")
    assert (east.article, TEXT[east.start or 0:east.end or 0]) == ("a1", "Eastharbour")
    assert twin.place is None and twin.reason is not None and twin.reason.startswith("ambiguous: Twinford")
    assert guild.place is None and guild.reason == "not a place: the corpus labels it ORG"
    assert march.location == east
    # the arrest names only a place the gazetteer lacks: the record says so, and the story gives the country
    arrest = corpus["enriched"]["V2"]
    assert [(x.name, x.reason) for x in arrest.locations] == [("Westmoor", "not in the gazetteer")]
    assert arrest.location is not None and arrest.location.basis == "story" and arrest.location.place is not None
    assert (arrest.location.place.precision, arrest.location.place.country) == ("country", "Freedonia")


def test_without_a_gazetteer_every_place_says_why(corpus):
    reason = "the packaged gazetteer could not be read (test); reinstall newsfold"
    (event,) = enrich_events(corpus["events"][:1], [corpus["analysis"]], corpus["index"], reason)
    assert event.location is None
    assert {x.reason for x in event.locations} == {reason, "not a place: the corpus labels it ORG"}


def test_actor_groups_from_the_type_the_figures_and_the_named_actors(corpus):
    march = corpus["enriched"]["V1"]
    groups = [(g.name, g.kind, g.role, g.country) for g in march.actor_groups]
    assert groups == [("Protesters", "side", "actor", "Freedonia"),
                      ("Labor Group", "identity", "associated actor", "Freedonia"),
                      ("Quay Workers Guild", "named", "associated actor", None)]
    labor = march.actor_groups[1]
    assert labor.basis == "a figure counts workers"
    assert TEXT[labor.start or 0:labor.end or 0] == "More than 300 workers"
    assert march.actor_groups[2].entity == "E3" and all(g.stage == "actor_groups" for g in march.actor_groups)
    arrest = corpus["enriched"]["V2"]
    assert [(g.name, g.kind, g.role) for g in arrest.actor_groups] == [
        ("Police Forces", "state", "actor"), ("Protesters", "side", "target")]


@pytest.fixture(scope="module")
def store(corpus, tmp_path_factory):
    db = tmp_path_factory.mktemp("enrich") / "enrich.db"
    writer = Store(db)
    writer.replace_corpus([corpus["article"]], corpus["entities"], [], [corpus["figure"]], corpus["mentions"],
                          list(corpus["enriched"].values()), {"S1": "Eastharbour"})
    writer.close()
    reader = Store(db, readonly=True)
    yield reader
    reader.close()


def test_the_store_keeps_the_facts_and_flat_tables_for_people(corpus, store):
    assert {e.id: e for e in store.events()} == corpus["enriched"]
    rows = store.conn.execute("SELECT event, name, chosen, precision, admin1, reason FROM event_locations "
                              "ORDER BY event, name").fetchall()
    assert ("V1", "Eastharbour", 1, "city", "Northshire", None) in rows
    assert ("V2", "Westmoor", 0, None, None, "not in the gazetteer") in rows
    assert ("V2", "Freedonia", 1, "country", None, None) in rows
    assert store.conn.execute("SELECT text, cue, start FROM event_claims").fetchall() == [
        ("an end to night shifts", "demanding", TEXT.index("an end"))]
    assert store.conn.execute("SELECT COUNT(*) FROM event_tactics").fetchone()[0] == 3


def test_json_record_and_table_rows_only_format_the_facts(store):
    event = next(e for e in build_record(store)["events"] if e["id"] == "V1")
    assert event["location"]["place"] == "Eastharbour" and event["location"]["admin1"] == "Northshire"
    assert [x["reason"] for x in event["locations"]][1].startswith("ambiguous")
    assert event["claims"][0] == {"article": "a1", "start": TEXT.index("an end"), "end": TEXT.index(" Police") - 1,
                                  "text": "an end to night shifts", "cue": "demanding", "stage": "claims"}
    assert {t["text"] for t in event["tactics"]} == {"tear gas", "water cannon", "looted"}
    assert event["actor_groups"][0]["name"] == "Protesters"
    acled = {r["event_type"]: r for r in acled_rows(store)}
    assert (acled["Protests"]["actor1"], acled["Protests"]["assoc_actor_1"]) == (
        "Protesters (Freedonia)", "Labor Group (Freedonia); Quay Workers Guild")
    assert (acled["Protests"]["location"], acled["Protests"]["admin1"], acled["Protests"]["iso"]) == (
        "Eastharbour", "Northshire", 999)
    arrest = acled["Strategic developments"]
    assert (arrest["actor1"], arrest["actor2"], arrest["interaction"], arrest["location"]) == (
        "Police Forces of Freedonia", "Protesters (Freedonia)", 16, "Freedonia")
    (ccc,) = ccc_rows(store)
    assert ccc["title"] == "Fair Shifts March"
    assert (ccc["claims"], ccc["chemical_agents"], ccc["property_damage"], ccc["property_damage_any"],
            ccc["state"]) == ("an end to night shifts", 1, "looted", 1, "Northshire")


def test_on_the_seeds_every_fact_points_at_its_words(seeds_store):
    texts = {a.id: a.text for a in seeds_store.articles()}
    aliases = {e.id: set(e.aliases) for e in seeds_store.entities()}
    events = seeds_store.events()
    assert any(e.claims for e in events) and all(e.actor_groups for e in events if e.type == "PROTEST")
    for event in events:
        for item in [*event.claims, *event.titles, *event.tactics]:
            assert texts[item.article][item.start:item.end] == item.text
        for place in event.locations:
            assert (place.place is None) != (place.reason is None)
            if place.article is not None and place.entity:
                assert texts[place.article][place.start:place.end] in aliases[place.entity]
        for group in event.actor_groups:
            if group.kind == "named" and group.article is not None:
                assert texts[group.article][group.start:group.end] in aliases[group.entity or ""]
    located = [e.location for e in events if e.location and e.location.place]
    assert Counter(x.place.country for x in located if x.place).most_common(1)[0][0] == "Belarus"
    assert any(x.place.precision == "city" and x.place.name == "Minsk" for x in located if x.place)
