"""Confidence: every event, quote and entity carries a score from what supports it; exports filter on it alike."""

from __future__ import annotations

import csv
import io
import json

import pytest

from newsfold.cli import main
from newsfold.events.confidence import score_entity, score_quote
from newsfold.models import Entity, Quote, Span


def test_an_events_score_is_the_sum_of_its_support(demo_store):
    events = demo_store.events()
    assert events and all(0 < e.confidence <= 1 for e in events)
    for e in events:
        assert e.confidence == pytest.approx(min(1.0, sum(float(part.split()[0]) for part in e.support)), abs=0.01)
        assert e.support[0].endswith(f"{e.independent_sources} independent source" +
                                     ("s" if e.independent_sources != 1 else ""))
    two = [e for e in events if e.independent_sources >= 2]
    one = [e for e in events if e.independent_sources == 1]
    assert two and one and max(e.confidence for e in two) > min(e.confidence for e in one)


def test_quote_and_entity_scores():
    said = Quote("q", "a", 0, 5, "words", "said", "Ana Vesk", speaker="E1")
    reported = Quote("r", "a", 0, 5, "words", None, None, direct=False)
    assert score_quote(said) == 1.0 and score_quote(reported) == 0.3
    once = Entity("E1", "Ana Vesk", "PERSON", ["Ana Vesk"], [Span("a", 0, 8, "nlp")])
    assert score_entity(once) == 0.5
    assert score_entity(Entity("E2", "Port Seren", "GPE", [], [Span("a", 0, 4, "nlp")] * 3)) == 0.88


def test_min_sources_and_confidence_filter_every_format_alike(demo_db, capsys):
    def export(fmt, *extra):
        assert main(["export", "--db", str(demo_db), "--format", fmt, *extra]) == 0
        return capsys.readouterr().out

    record = json.loads(export("json", "--min-sources", "2"))
    kept = {e["id"] for e in record["events"]}
    assert kept and all(e["independent_sources"] >= 2 for e in record["events"])
    assert len(json.loads(export("json"))["events"]) > len(kept)
    assert {r["id"] for r in csv.DictReader(io.StringIO(export("csv", "--min-sources", "2")))} == kept
    confident = json.loads(export("json", "--min-confidence", "0.6"))["events"]
    assert confident and all(e["confidence"] >= 0.6 and e["support"] for e in confident)
