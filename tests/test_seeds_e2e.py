"""End to end on the five seed articles (../shared/seeds): the concrete results the project promises."""

from __future__ import annotations

from conftest import by_prefix
from newsfold.resolve.names import name_key


def _entity(store, name):
    key = name_key(name)
    found = [e for e in store.entities() if key in {name_key(a) for a in e.aliases}]
    assert len(found) == 1, f"{name}: {[(e.name, e.aliases) for e in found]}"
    return found[0]


def test_002_is_a_duplicate_of_000(seeds_store):
    articles = seeds_store.articles()
    copy = by_prefix(articles, "002")
    assert copy.duplicate_of == by_prefix(articles, "000").id
    assert copy.duplicate_kind == "containment"
    assert sum(1 for a in articles if a.duplicate_of) == 1


def test_boilerplate_is_removed_and_news_stays(seeds_store):
    articles = seeds_store.articles()
    mt = by_prefix(articles, "001")
    assert "small favor to ask" not in mt.text and "Support The Moscow Times" not in mt.text
    assert "Remind me later" not in mt.text and "Read more" not in mt.text
    assert "The police crackdown saw more than 6,700 people arrested" in mt.text
    assert any("small favor to ask" in r.text for r in mt.removed)
    wuky = by_prefix(articles, "004")
    for widget in ("Play Live Radio", "Next Up:", "0:00", "Available On Air Stations", "© 2024 WUKY",
                   "Copyright 2021 NPR"):
        assert widget not in wuky.text
    assert wuky.text.startswith("The president of Belarus, Alexander Lukashenko, vowed Monday")
    assert "Some 7,000 people have been arrested" in wuky.text


def test_embedded_posts_are_separated(seeds_store):
    copy = by_prefix(seeds_store.articles(), "002")
    assert "pic.twitter.com" not in copy.text
    handles = {e.handle: e for e in copy.embeds}
    assert set(handles) == {"HannaLiubakova", "tutby"}
    assert handles["tutby"].language == "ru" and handles["HannaLiubakova"].language == "en"
    assert handles["tutby"].date == "2020-08-14"


def test_publication_dates(seeds_store):
    articles = seeds_store.articles()
    assert by_prefix(articles, "002").published == "2020-08-14"
    assert by_prefix(articles, "000").published == "2020-08-14"  # from its copy
    assert by_prefix(articles, "003").published == "2020-08-13"  # byline
    for prefix in ("001", "004"):  # no date of their own: "Monday", from the story (not the 2021/2024 copyright)
        article = by_prefix(articles, prefix)
        assert (article.published, article.published_source) == ("2020-08-17", "inferred")
        assert article.metadata["published_inferred"][0].startswith("Monday is the day")


def test_entities_across_spellings(seeds_store):
    assert _entity(seeds_store, "Tikhanovskaya").id == _entity(seeds_store, "Sviatlana Tsikhanouskaya").id
    assert _entity(seeds_store, "Svetlana Tikhanovskaya").type == "PERSON"
    assert _entity(seeds_store, "MTZ").id == _entity(seeds_store, "Minsk Tractor Works").id
    assert _entity(seeds_store, "MTZ").id == _entity(seeds_store, "Minsk Tractor Plant").id
    assert _entity(seeds_store, "MTZ").id != _entity(seeds_store, "MZKT").id
    assert _entity(seeds_store, "MZKT").id == _entity(seeds_store, "Minsk Wheel Tractor Plant").id
    assert _entity(seeds_store, "Lukashenko").id == _entity(seeds_store, "Alexander Lukashenko").id


def test_until_you_kill_me_quotes_are_lukashenkos(seeds_store):
    lukashenko = _entity(seeds_store, "Lukashenko").id
    quotes = [q for q in seeds_store.quotes() if "until you kill me" in q.text.lower()]
    assert {q.article[:3] for q in quotes} == {"001", "004"}
    assert all(q.speaker == lukashenko for q in quotes), [(q.article, q.speaker_name) for q in quotes]


def test_arrest_figure_found(seeds_store):
    figures = [f for f in seeds_store.figures() if f.text.endswith("6,700") and f.category == "arrests"]
    assert {f.article[:3] for f in figures} >= {"001", "003"}
    mt = next(f for f in figures if f.article.startswith("001"))
    assert mt.low == 6700 and mt.high is None and mt.qualifier == "more than"


def test_mzkt_confrontation_is_one_event_from_001_and_004(seeds_store):
    mzkt = _entity(seeds_store, "MZKT").id
    events = [e for e in seeds_store.events() if {s[:3] for s in e.sources} >= {"001", "004"}
              and e.type == "PROTEST" and mzkt in e.actors + e.places + e.targets]
    assert len(events) == 1, [(e.type, e.sources) for e in events]
    event = events[0]
    assert event.independent_sources == 2 and event.date == "2020-08-17"
    assert mzkt in event.actors + event.places + event.targets
    speech = [e for e in seeds_store.events() if e.type == "STATEMENT" and {s[:3] for s in e.sources} >= {"001", "004"}]
    assert len(speech) == 1


def test_copies_are_one_witness(seeds_store):
    shared = [e for e in seeds_store.events() if {s[:3] for s in e.sources} == {"000", "002"}]
    assert shared, "events told by 000 and its copy 002"
    assert all(e.independent_sources == 1 for e in shared)
