"""Event merging behind one protocol: both mergers load by name, the learned model survives its file, and the
learned merger never joins what the record holds apart (demo corpus, written for newsfold)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from newsfold import Store, default_settings, run
from newsfold.errors import ConfigError
from newsfold.events.coref_model import load_coref_model, save_coref_model
from newsfold.events.coreference import LearnedMerger, RuleMerger, load_merger

DEMO = Path(__file__).resolve().parents[1] / "src" / "newsfold" / "demo"


def test_mergers_load_by_name():
    events = default_settings().events
    assert isinstance(load_merger(replace(events, merger="rules")), RuleMerger)
    learned = load_merger(replace(events, merger="learned", learned_threshold=0.35))
    assert isinstance(learned, LearnedMerger) and learned.threshold == 0.35
    with pytest.raises(ConfigError, match="known: rules, learned"):
        load_merger(replace(events, merger="bert"))


def test_the_packaged_model_round_trips(tmp_path):
    built = load_coref_model()
    assert built.trained_on == "ECB+ train and dev topics" and built.pairs.seen
    save_coref_model(built, tmp_path / "model.json.gz")
    again = load_coref_model(tmp_path / "model.json.gz")
    assert np.array_equal(again.model.weights, built.model.weights)
    assert again.pairs.seen == built.pairs.seen and again.pairs.linked == built.pairs.linked


@pytest.fixture(scope="module")
def learned_demo(tmp_path_factory, settings):
    db = tmp_path_factory.mktemp("learned") / "demo.db"
    learned = replace(settings, events=replace(settings.events, merger="learned"))
    run([str(DEMO)], str(db), learned, progress=False)
    store = Store(db, readonly=True)
    yield store
    store.close()


def test_every_event_mention_has_its_coreference_description(learned_demo):
    contexts = {c.id for an in learned_demo.analyses() for c in an.contexts}
    # the description is read from the parse: paragraphs read by their words (the demo's four foreign reports)
    # have none, and their mentions stand alone under the learned merger
    parsed = {a.id for a in learned_demo.articles() if a.language == "en"}
    mentions = [m for m in learned_demo.event_mentions() if m.article in parsed]
    assert mentions and all(m.id in contexts for m in mentions if m.type != "STATEMENT")


def test_the_learned_merger_keeps_types_and_days_apart(learned_demo):
    by_id = {m.id: m for m in learned_demo.event_mentions()}
    events = learned_demo.events()
    assert events
    for event in events:
        members = [by_id[i] for i in event.mentions]
        assert {m.type for m in members} == {event.type}
        assert len({m.date for m in members if m.date and m.date_granularity == "day"}) <= 1
    assert any(len(e.sources) > 1 for e in events)  # and it does merge across reports
