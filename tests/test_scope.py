"""The late stages run again only for the stories whose inputs changed (scope.py), and the record is the one a full
run gives (issue: 100,000 articles)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from conftest import ROOT, TRAM_REPORT, record_of
from newsfold import run
from newsfold.models import Article, Entity, Span
from newsfold.resolve import EntityIndex
from newsfold.scope import story_digests

DEMO = ROOT / "src" / "newsfold" / "demo"


def _copy(db: Path, to: Path) -> str:
    source, target = sqlite3.connect(db), sqlite3.connect(to)
    source.backup(target)
    source.close()
    target.close()
    return str(to)


def test_a_new_unrelated_report_works_out_its_own_story_only(demo_db, tmp_path, settings):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "tram.txt").write_text(TRAM_REPORT, encoding="utf-8")
    db = _copy(demo_db, tmp_path / "kept.db")
    summary = run([str(tmp_path / "in")], db, settings, progress=False)
    assert summary.new == 1 and summary.stories == 2
    assert summary.stories_redone == 1  # the tram's; the demo's story keeps its record
    whole = str(tmp_path / "whole.db")
    run([str(DEMO), str(tmp_path / "in")], whole, settings, progress=False)
    assert record_of(db) == record_of(whole)


def test_other_event_settings_work_out_every_story_again(demo_db, tmp_path, settings):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "tram.txt").write_text(TRAM_REPORT, encoding="utf-8")
    db = _copy(demo_db, tmp_path / "kept.db")
    run([str(tmp_path / "in")], db, settings, progress=False)
    other = replace(settings, events=replace(settings.events, merge_threshold=settings.events.merge_threshold + 0.1))
    assert run([str(tmp_path / "in")], db, other, progress=False).stories_redone == 2


def _digests(entities: list[Entity], officials: frozenset[str] = frozenset(), by_key: dict[str, str] | None = None
             ) -> dict[str, str]:
    articles = [Article("a", "a.txt", "Vera Lind spoke.", story="S1"), Article("b", "b.txt", "Otto Berg left.",
                                                                               story="S2")]
    index = EntityIndex(entities, {("a", 0, 9): "E1", ("b", 0, 9): "E2"}, by_key or {})
    return story_digests(articles, {"b": ["Vera Lind"]}, {"a": "k1", "b": "k2"}, index, officials, "basis")


def test_a_story_digest_follows_the_entities_its_names_stand_for():
    lind = Entity("E1", "Vera Lind", "PERSON", ["Vera Lind"], [Span("a", 0, 9, "nlp")])
    berg = Entity("E2", "Otto Berg", "PERSON", ["Otto Berg"], [Span("b", 0, 9, "nlp")])
    base = _digests([lind, berg])
    renamed = _digests([replace(lind, name="V. Lind"), berg])
    assert renamed["S1"] != base["S1"] and renamed["S2"] == base["S2"]
    assert _digests([lind, replace(berg, type="ORG")])["S1"] == base["S1"]
    official = _digests([lind, berg], frozenset({"E1"}))
    assert official["S1"] != base["S1"] and official["S2"] == base["S2"]
    more = _digests([replace(lind, mentions=[*lind.mentions, Span("z", 0, 4, "nlp")]), berg])
    assert more == base  # a mention elsewhere, after the first, changes nothing the late stages read
    # S2 quotes Vera Lind by name: the entity the name stands for is one of its inputs
    named = _digests([lind, berg], by_key={"vera lind": "E1"})
    assert named["S2"] != base["S2"] and named["S1"] == base["S1"]
    assert _digests([replace(lind, name="V. Lind"), berg], by_key={"vera lind": "E1"})["S2"] != named["S2"]


def _story_a(entities: list[Entity]) -> str:
    """The digest of a story whose one article names the first entity's and the last entity's spans."""
    article = Article("a", "a.txt", "Vera Lind of Lind Group spoke.", story="S1")
    index = EntityIndex(entities, {("a", 0, 9): "E1", ("a", 13, 23): "E3"}, {})
    return story_digests([article], {}, {"a": "k1"}, index, frozenset(), "basis")["S1"]


def test_only_the_order_of_places_among_a_storys_entities_is_one_of_its_inputs():
    """One new mention of a much-named entity moves it ahead of others in the corpus's order: that changes no
    story, except where two places change places (the geocoder reads a story's places in that order)."""
    lind = Entity("E1", "Vera Lind", "PERSON", ["Vera Lind"], [Span("a", 0, 9, "nlp")])
    berg = Entity("E2", "Otto Berg", "PERSON", ["Otto Berg"], [Span("b", 0, 9, "nlp")])
    firm = Entity("E3", "Lind Group", "ORG", ["Lind Group"], [Span("a", 13, 23, "nlp")])
    base = _story_a([lind, berg, firm])
    assert _story_a([firm, berg, lind]) == base
    town, river = replace(lind, type="GPE"), replace(firm, type="LOC")
    places = _story_a([town, berg, river])
    assert places != base and _story_a([river, berg, town]) != places
    assert _story_a([replace(firm, name="Lind Holdings"), berg, lind]) != base  # its facts still count
