"""The record newsfold makes of the seeds (../shared/seeds): the events, dates, figures and disagreements the
issue "events merged across outlets" lists, each checked against the store."""

from __future__ import annotations

import pytest

from newsfold.models import Event
from newsfold.resolve.names import name_key


def _events(store, type_: str, day: str | None = None, mode: str | None = None) -> list[Event]:
    return [e for e in store.events() if e.type == type_ and (day is None or e.date == day)
            and (mode is None or e.mode == mode)]


def _names(store, ids: list[str]) -> set[str]:
    by_id = {e.id: e for e in store.entities()}
    return {name_key(a) for i in ids for a in by_id[i].aliases}


def _one(events: list[Event]) -> Event:
    assert len(events) == 1, [(e.date, e.type, e.mode, e.sources, e.summary[:60]) for e in events]
    return events[0]


def test_the_election_is_dated_9_august(seeds_store):
    election = _one(_events(seeds_store, "ELECTION", "2020-08-09"))
    assert election.independent_sources >= 2


def test_the_strike_call_for_11_august(seeds_store):
    call = _one(_events(seeds_store, "PROTEST", "2020-08-11", "strike"))
    assert [s[:3] for s in call.sources] == ["003"]


def test_the_13_august_walkouts_name_the_plants(seeds_store):
    walkout = _one(_events(seeds_store, "PROTEST", "2020-08-13", "strike"))
    named = _names(seeds_store, walkout.actors + walkout.places + walkout.targets)
    assert {name_key("Grodno Azot"), name_key("MTZ"), name_key("BelAZ")} <= named


def test_the_14_august_walkout_is_one_witness_and_keeps_the_claims_apart(seeds_store):
    walkout = _one([e for e in _events(seeds_store, "PROTEST", "2020-08-14")
                    if {s[:3] for s in e.sources} == {"000", "002"}])
    assert walkout.independent_sources == 1
    size = next(c for c in walkout.conflicts if c.field == "size")
    values = {v["value"]: v for v in size.values}
    assert {"20", "Hundreds", "16,000"} <= set(values)
    assert size.kind == "claimant"
    assert values["20"]["claimed_by"] == ["Lukashenko"]
    resolved = next(r for r in walkout.resolved if r["field"] == "size")
    assert (resolved["low"], resolved["high"]) == (200, 999)  # the reporter's "hundreds", not a party's claim


def test_the_march_for_freedom_is_one_event_with_a_true_disagreement(seeds_store):
    march = _one([e for e in _events(seeds_store, "PROTEST", "2020-08-16") if e.size_low and e.size_low >= 100_000])
    assert {s[:3] for s in march.sources} == {"001", "004"} and march.independent_sources == 2
    size = next(c for c in march.conflicts if c.field == "size")
    assert size.kind == "disagreement"
    assert {v["value"] for v in size.values} == {"More than 100,000", "200,000"}


def test_lukashenko_at_mzkt_on_17_august_from_two_sources(seeds_store):
    mzkt = next(e.id for e in seeds_store.entities() if name_key("MZKT") in {name_key(a) for a in e.aliases})
    event = _one([e for e in _events(seeds_store, "PROTEST", "2020-08-17") if mzkt in e.actors + e.places])
    assert {s[:3] for s in event.sources} == {"001", "004"} and event.independent_sources == 2
    speech = _one([e for e in _events(seeds_store, "STATEMENT") if {s[:3] for s in e.sources} >= {"001", "004"}])
    assert speech.date == "2020-08-17"


def test_the_state_television_strike(seeds_store):
    strike = _one([e for e in _events(seeds_store, "PROTEST", mode="strike") if e.size_low == 600])
    assert [s[:3] for s in strike.sources] == ["001"]


def test_the_arrests_grow_and_the_latest_count_supersedes(seeds_store):
    arrests = _one([e for e in _events(seeds_store, "COERCE")
                    if any(c.field.startswith("arrests") for c in e.conflicts)])
    conflict = next(c for c in arrests.conflicts if c.field == "arrests (running total)")
    assert conflict.kind == "supersedes"
    assert {v["value"] for v in conflict.values} >= {"6,700", "Some 7,000"}
    assert {s[:3] for s in arrests.sources} >= {"001", "003", "004"}
    resolved = next(r for r in arrests.resolved if r["field"] == "arrests (running total)")
    assert resolved["low"] == 7000 and resolved["as_of"] == "2020-08-17"


def test_proskalovich_resigned_on_13_august(seeds_store):
    texts = {m.id: m.text for m in seeds_store.event_mentions()}
    resignation = _one([e for e in _events(seeds_store, "CONCEDE", mode="resign")
                        if any("Proskalovich" in texts[m] for m in e.mentions)])
    assert resignation.date == "2020-08-13"


@pytest.mark.parametrize("prefix", ["001", "004"])
def test_undated_reports_say_why_they_are_dated(seeds_store, prefix):
    article = next(a for a in seeds_store.articles() if a.id.startswith(prefix))
    reasons = article.metadata["published_inferred"]
    assert any("nearest the story's dated reports" in r or "same" in r for r in reasons)


@pytest.mark.parametrize(("text", "category"), [
    ("700", "arrests"), ("6,700", "arrests"), ("Some 7,000", "arrests"), ("more than 6,700", "arrests"),
    ("More than 100,000", "participants"), ("200,000", "participants"), ("more than 5,000", "participants"),
    ("600", "participants"), ("Hundreds", "participants"), ("80%", "vote share"),
])
def test_figures_have_the_right_category(seeds_store, text, category):
    found = {f.category for f in seeds_store.figures() if f.text == text}
    assert category in found, (text, found)


def test_twenty_people_is_lukashenkos_claim(seeds_store):
    lukashenko = next(e.id for e in seeds_store.entities() if e.name.endswith("Lukashenko"))
    twenty = [f for f in seeds_store.figures() if f.text == "20" and f.category == "participants"]
    assert twenty and all(f.claimed_by == lukashenko for f in twenty)


def test_the_hundreds_wounded_are_injuries_not_arrests(seeds_store):
    texts = {a.id[:3]: a.text for a in seeds_store.articles()}
    wounded = [f for f in seeds_store.figures() if f.article.startswith("001") and f.text == "hundreds"
               and "wounded" in texts["001"][f.end: f.end + 10]]
    assert [f.category for f in wounded] == ["injuries"]


def test_sure_noun_phrases_join_their_entity_and_titles_alone_do_not(seeds_store):
    texts = {a.id: a.text for a in seeds_store.articles()}

    def phrases(name):
        entity = next(e for e in seeds_store.entities() if e.name == name)
        return {texts[m.span.article][m.span.start:m.span.end].lower() for m in entity.nominal_mentions}

    assert "the tractor plant" in phrases("Minsk Tractor Works")
    assert "the embattled leader" not in phrases("Alexander Lukashenko") | phrases("Sergei Dylevsky")
    assert not any("workers" in p for e in seeds_store.entities() for p in phrases(e.name))
