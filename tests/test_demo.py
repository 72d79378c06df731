"""The demo corpus (src/newsfold/demo) against its hand-written key (tests/demo_answers.md)."""

from __future__ import annotations

from conftest import by_prefix
from newsfold.resolve.names import name_key


def _entity_of(store, alias):
    key = name_key(alias)
    found = [e for e in store.entities() if key in {name_key(a) for a in e.aliases}]
    assert len(found) == 1, (alias, [(e.name, e.aliases) for e in found])
    return found[0]


def test_dates_titles_outlets(demo_store):
    articles = demo_store.articles()
    expected = {"01": ("2025-03-03", "Harbor Ledger"), "02": ("2025-03-04", "KVLD Radio Valdoria"),
                "03": ("2025-03-06", None), "04": ("2025-03-06", None), "05": ("2025-03-07", None),
                "hl-": ("2025-03-10", "Harbor Ledger"), "page": ("2025-03-08", "Seren Observer")}
    for prefix, (published, outlet) in expected.items():
        article = by_prefix(articles, prefix)
        assert article.published == published, prefix
        if outlet:
            assert article.outlet == outlet, prefix
    assert by_prefix(articles, "03").published_source.startswith("duplicate:")
    assert by_prefix(articles, "05").published_source == "byline"
    assert by_prefix(articles, "02").title.startswith("Valdoria's parliament approves port sale")


def test_copy_and_boilerplate(demo_store):
    articles = demo_store.articles()
    assert by_prefix(articles, "04").duplicate_of == by_prefix(articles, "03").id
    assert sum(1 for a in articles if a.duplicate_of) == 1
    for prefix in ("01", "hl-"):
        text = by_prefix(articles, prefix).text
        assert "small favor" not in text and "Remind me later" not in text and "Read more" not in text
    assert by_prefix(articles, "01").text.endswith("if deputies approve the sale.")
    assert by_prefix(articles, "hl-").text.endswith("The strike at the terminal is now in its second week.")
    kvld = by_prefix(articles, "02").text
    assert kvld.startswith("Valdoria's National Assembly voted on Tuesday")
    assert kvld.endswith("take over operations at the terminal in July.")
    for furniture in ("88.4 FM", "All Streams", "Updated March 4", "Heard on", "Copyright 2024"):
        assert furniture not in kvld
    five = by_prefix(articles, "05").text
    assert "Protesters hold portraits" not in five and "Getty Images" not in five
    assert "Yelena Stavrova, an opposition deputy, wrote on X" in five


def test_embeds(demo_store):
    articles = demo_store.articles()
    found = {e.handle: e for a in articles for e in a.embeds}
    assert set(found) == {"VUD_Dockers", "lenabrask", "StavrovaYe"}
    assert found["StavrovaYe"].language == "ru" and found["StavrovaYe"].date == "2025-03-06"
    assert all(a.language == "en" for a in articles if a.id[:2] not in ("06", "07", "08", "09"))


def test_entities(demo_store):
    assert _entity_of(demo_store, "Mikhail Dorofeyev").id == _entity_of(demo_store, "Mikhail Darafeyeu").id
    assert _entity_of(demo_store, "Mikhail Dorofeyev").type == "PERSON"
    assert _entity_of(demo_store, "PSCT").id == _entity_of(demo_store, "Port Seren Container Terminal").id
    assert _entity_of(demo_store, "PSKT").id != _entity_of(demo_store, "PSCT").id
    assert _entity_of(demo_store, "MHH").id == _entity_of(demo_store, "Meridian Harbour Holdings").id


def test_quotes(demo_store):
    names = {e.id: e.name for e in demo_store.entities()}

    def speaker(start_of_quote):
        quote = next(q for q in demo_store.quotes() if q.text.startswith(start_of_quote))
        return names.get(quote.speaker or "", quote.speaker_name)

    assert speaker("Officers used force only") == "Anton Vesk"
    assert speaker("The door of my ministry is open") == "Irina Sokolova"  # "She added:"
    assert speaker("We are all dockers") == "Pavel Ruus"  # inverted "said Pavel Ruus"
    assert speaker("We asked for a referendum") == "Mikhail Dorofeyev"  # spelt Darafeyeu in that article


def test_march_size_disagreement_is_between_claimants(demo_store):
    march = [e for e in demo_store.events() if e.date == "2025-03-05" and e.type == "PROTEST"
             and any(c.field == "size" for c in e.conflicts)]
    assert len(march) == 1
    conflict = next(c for c in march[0].conflicts if c.field == "size")
    assert conflict.kind == "claimant"
    assert {v["value"] for v in conflict.values} >= {"3,000", "12,000"}
    # 03 and its copy 04 are one witness; 05 and the web page look back at "Wednesday's march" (the key's E4), and
    # the four foreign reports tell it too (section 9 of the key)
    assert march[0].independent_sources == 7


def test_a_look_back_joins_the_event_it_refers_to(demo_store):
    """The web page (8 March) says more than 210 were detained "since the strike began on Monday": Monday's
    walkout told again, not a second strike on 3 March (the key's E2: 01, and the page)."""
    strikes = [e for e in demo_store.events() if e.date == "2025-03-03" and e.type == "PROTEST"]
    assert len(strikes) == 1
    assert any(s.startswith("01_walkout") for s in strikes[0].sources)
    assert any(s.startswith("page") for s in strikes[0].sources)


def test_the_strike_and_the_arrest_join_the_events_they_name(demo_store):
    """05 says "the strike at PSCT entered its fifth day" and that "the arrest" had nothing to do with "the strike":
    no new undated events, but Monday's strike (the key's E2) and Thursday's arrest (E5) told again. 01's "the
    strike will continue until the vote on Tuesday" is not a strike on Tuesday."""
    events = demo_store.events()
    mentions = {m.id: m for m in demo_store.event_mentions()}

    def texts(event):
        return " ".join(mentions[i].text for i in event.mentions)

    [strike] = [e for e in events if e.date == "2025-03-03" and e.type == "PROTEST"]
    assert "entered its fifth day" in texts(strike) and "will continue until the vote" in texts(strike)
    # the Ukrainian and German reports' detention is an event of its own so far (key, section 9, known gaps)
    [arrest] = [e for e in events if e.date == "2025-03-06" and e.type == "COERCE" and
                any(s.startswith("05") for s in e.sources)]
    assert "denied that the arrest had anything to do" in texts(arrest)
    assert not [e for e in events if e.type == "PROTEST" and e.mode == "strike" and e.date == "2025-03-04"]
    assert not [e for e in events if e.type == "COERCE" and "without arrests" in texts(e)]
