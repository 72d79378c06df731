"""Where events happen: a place is resolved against every place its story's reports name, not only the places of
its events. Records written for these tests."""

from __future__ import annotations

from newsfold.events.geocode import locate_events
from newsfold.models import Entity, Event, Span
from newsfold.resolve.places import load_gazetteer


def _entity(eid: str, name: str, article: str, start: int) -> Entity:
    return Entity(eid, name, "GPE", [name], [Span(article, start, start + len(name), "nlp")])


def test_a_us_city_is_placed_in_the_state_its_report_names_elsewhere():
    """"Nurses rallied in Portland on Monday ... the largest strike in Maine's history": Maine is no event's
    place, but it says which Portland; without it the gazetteer's largest Portland (Oregon) would be chosen."""
    portland, maine = _entity("E1", "Portland", "a1", 20), _entity("E2", "Maine", "a1", 90)
    rally = Event("V1", "PROTEST", "demonstrate", "2031-05-05", "Nurses rallied in Portland.", places=["E1"],
                  sources=["a1"], story="S1")
    found = locate_events([rally], [portland, maine], {}, load_gazetteer())["V1"].location
    assert found is not None and found.place is not None
    assert (found.place.name, found.place.admin1) == ("Portland", "Maine")


def test_a_state_named_in_another_story_does_not_move_the_city():
    portland, maine = _entity("E1", "Portland", "a1", 20), _entity("E2", "Maine", "b1", 90)
    rally = Event("V1", "PROTEST", "demonstrate", "2031-05-05", "Nurses rallied in Portland.", places=["E1"],
                  sources=["a1"], story="S1")
    other = Event("V2", "PROTEST", "strike", "2031-05-05", "A strike in Maine.", sources=["b1"], story="S2")
    found = locate_events([rally, other], [portland, maine], {}, load_gazetteer())["V1"].location
    assert found is not None and found.place is not None and found.place.admin1 == "Oregon"


def test_an_entitys_span_is_its_mention_inside_the_events_first_sentence_that_holds_one():
    from newsfold.events.geocode import EntitySpans, entity_span
    from newsfold.models import EventMention

    mentions = [Span("b1", 5, 11, "nlp"), Span("a1", 40, 46, "nlp"), Span("a1", 300, 306, "nlp")]
    minsk = Entity("E1", "Minsk", "GPE", ["Minsk"], mentions)
    sentences = [EventMention("m1", "c1", 0, 50, "", "", "PROTEST", None, None, None),
                 EventMention("m2", "a1", 280, 320, "", "", "PROTEST", None, None, None)]
    spans = EntitySpans()
    assert spans(minsk, sentences) == entity_span(minsk, sentences) == ("a1", 300, 306)
    assert spans(minsk, sentences[:1]) == ("b1", 5, 11)  # in no sentence: its first mention
    moved = Entity("E1", "Minsk", "GPE", ["Minsk"], mentions[:2])  # the same id, other mentions: read again
    assert spans(moved, sentences) == ("b1", 5, 11)
