"""The story graph kept in the store ("links" clusterer): a run links only the texts new or changed since the last,
takes the gone ones out, and ends with the stories of linking every text at once; a graph kept under other
settings, or broken, is built again. The texts are invented for these tests."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from conftest import record_of
from newsfold import run
from newsfold.events import stories as stories_module
from newsfold.events import story_graph
from newsfold.events.story_graph import StoryGraph
from newsfold.events.story_links import linked_texts
from newsfold.models import Article
from newsfold.settings import load_settings
from newsfold.store import Store

TEXTS = {
    "dock1": "Dockworkers at the Port Seren container terminal walked off the job on Monday over unpaid wages, the "
             "Seren Dockers Union said. Cranes stood still and lorries queued at the gates of the terminal.",
    "dock2": "The Port Seren dockworkers' strike entered its second day as the container terminal stood idle over "
             "unpaid wages. The Seren Dockers Union said talks with the terminal operator had not resumed.",
    "dock3": "Ships queued outside Port Seren on Wednesday as the dockworkers' strike over wages shut the container "
             "terminal for a third day, and the Seren Dockers Union called a rally at the gates.",
    "fruit1": "Farmers in the Velmar valley harvested a record crop of apricots this summer, the cooperative said. "
              "Growers filled the cooperative's cold stores within a week of the first picking.",
    "fruit2": "A record apricot harvest in the Velmar valley has lowered prices, the farmers' cooperative said, as "
              "growers sent more apricots to market than in any summer before.",
    "fruit3": "Velmar apricot growers say the record harvest left the cooperative's cold stores full, and the "
              "valley's farmers are looking for buyers abroad for their apricots.",
    "ferry": "The ferry between Dunmere and Brannock island reopened after three months of repairs to its ramp, "
             "the island council said, with the first crossing full of islanders and their cars.",
    "dock_fr": "Les dockers du terminal à conteneurs de Port Seren sont en grève depuis lundi pour leurs salaires "
               "impayés, selon le Seren Dockers Union. Les grues sont à l'arrêt et les camions attendent.",
}
DATES = {"dock1": "2025-03-03", "dock2": "2025-03-04", "dock3": "2025-03-05", "dock_fr": "2025-03-04",
         "fruit1": "2025-03-01", "fruit2": "2025-03-02", "fruit3": "2025-03-04", "ferry": "2025-03-03"}
FERRY_CHANGED = ("Growers in the Velmar valley sent the record apricot harvest to the cooperative's cold stores, "
                 "which were full by the end of the week, the farmers said.")


@pytest.fixture(scope="module")
def links():
    return load_settings(None, ["events.stories=links"])


@pytest.fixture
def linked(monkeypatch):
    """How many texts each run linked (``linked_texts`` as the stories stage calls it)."""
    counts: list[int] = []

    def counting(articles, read_before=None):
        counts.append(len(articles))
        return linked_texts(articles, read_before)

    monkeypatch.setattr(stories_module, "linked_texts", counting)
    return counts


def _write(path: Path, texts: dict[str, str]) -> str:
    path.write_text("".join(json.dumps({"id": name, "title": name, "published": DATES[name], "text": text}) + "\n"
                            for name, text in texts.items()), encoding="utf-8")
    return str(path)


def _stories(db: str) -> dict[str, str | None]:
    store = Store(db, readonly=True)
    try:
        return {a.id: a.story for a in store.articles()}
    finally:
        store.close()


def _record(db: str) -> dict:
    """The record but for the articles' paths (the files they came in differ)."""
    record = record_of(db)
    for article in record["articles"]:
        del article["path"]
    return record


def _full(tmp_path: Path, texts: dict[str, str], settings) -> str:
    db = str(tmp_path / "full.db")
    run([_write(tmp_path / "all.jsonl", texts)], db, settings, progress=False)
    return db


@pytest.mark.parametrize("order", ["forward", "backward"])
def test_one_article_a_run_links_that_article_alone_and_gives_the_full_runs_record(tmp_path, links, linked, order):
    full = _record(_full(tmp_path, TEXTS, links))
    assert len({a["story"] for a in full["articles"]}) == 3
    names = sorted(TEXTS, reverse=order == "backward")
    db = str(tmp_path / "one.db")
    linked.clear()
    for name in names:
        run([_write(tmp_path / f"{name}.jsonl", {name: TEXTS[name]})], db, links, progress=False)
    assert linked == [1] * len(names)  # the kept graph read back each run, never built again
    assert _record(db) == full


def test_a_text_become_a_copy_or_changed_leaves_the_graph_as_built_from_the_texts_now(tmp_path, links, linked):
    db = str(tmp_path / "kept.db")
    run([_write(tmp_path / "first.jsonl", TEXTS)], db, links, progress=False)
    now = {**TEXTS, "fruit2": TEXTS["fruit1"], "ferry": FERRY_CHANGED}  # fruit2 a copy of fruit1; ferry changed
    linked.clear()
    run([_write(tmp_path / "second.jsonl", now)], db, links, progress=False)
    assert linked == [1]  # the changed text alone; the copy taken out
    kept = _stories(db)
    assert kept == _stories(_full(tmp_path, now, links))
    assert kept["ferry"] == kept["fruit1"] == kept["fruit2"] and kept["dock1"] != kept["fruit1"]


def test_other_settings_or_a_broken_graph_build_it_again(tmp_path, links, linked):
    db = str(tmp_path / "kept.db")
    first = {name: text for name, text in TEXTS.items() if name != "ferry"}
    run([_write(tmp_path / "first.jsonl", first)], db, links, progress=False)
    other = load_settings(None, ["events.stories=links", "stories.link_threshold=0.9"])
    linked.clear()
    run([_write(tmp_path / "first.jsonl", first)], db, other, progress=False)
    assert linked == [len(first)]
    (tmp_path / "other").mkdir()
    assert _stories(db) == _stories(_full(tmp_path / "other", first, other))
    with sqlite3.connect(db) as conn:  # a link lost: the rows no longer add up
        conn.execute("UPDATE story_graph_texts SET links = '{}' WHERE links <> '{}' AND rowid = "
                     "(SELECT min(rowid) FROM story_graph_texts WHERE links <> '{}')")
    linked.clear()
    run([_write(tmp_path / "ferry.jsonl", {"ferry": TEXTS["ferry"]})], db, other, progress=False)
    assert linked == [len(TEXTS)]
    (tmp_path / "again").mkdir()
    assert _stories(db) == _stories(_full(tmp_path / "again", TEXTS, other))


def _articles(names) -> list[Article]:
    return [Article(id=n, path=n, text=TEXTS[n], language="fr" if n == "dock_fr" else "en",
                    published=DATES[n]) for n in names]


def _graph(names) -> StoryGraph:
    graph = StoryGraph(load_settings().stories)
    graph.add(linked_texts(_articles(names)))
    return graph


@pytest.mark.parametrize("gone", [["dock2"], ["fruit1", "ferry"], ["dock1", "dock2", "dock3"]])
def test_taking_texts_out_gives_the_stories_of_the_others_linked_at_once(gone):
    graph = _graph(TEXTS)
    changes = graph.remove(gone)
    rest = _graph([n for n in TEXTS if n not in gone])
    assert graph.story_of == rest.story_of and graph.scale == rest.scale and graph.unit_of == rest.unit_of
    assert {a: b for a, b in graph.links.items() if b} == {a: b for a, b in rest.links.items() if b}
    assert set(changes.gone) <= {_graph(TEXTS).story_of[n] for n in TEXTS} - set(rest.story_of.values())
    assert graph.journal.removed == set(gone)


def test_a_new_text_decides_again_only_the_part_of_its_unit_it_changes(monkeypatch):
    graph = _graph([n for n in TEXTS if n != "dock3"])
    decided: list[list[str]] = []
    real = story_graph.average_link

    def counting(similarities, threshold):
        decided.append(len(similarities))
        return real(similarities, threshold)

    monkeypatch.setattr(story_graph, "average_link", counting)
    graph.add(linked_texts(_articles(["dock3"])))
    # the strike's English reports, not its French one: one unit (the strike's story), two parts
    assert decided == [3] and graph.unit_of["dock3"] == {"dock1", "dock2", "dock3", "dock_fr"}
    assert graph.story_of == _graph(TEXTS).story_of


@pytest.mark.parametrize("scan_most", [0, 8])
def test_a_restored_graph_links_new_texts_by_looking_or_through_its_indexes_alike(monkeypatch, scan_most):
    monkeypatch.setattr(story_graph, "_SCAN_MOST", scan_most)
    first = ["dock1", "fruit2", "ferry"]
    graph = _graph(first)
    digests = {name: name for name in first}
    rows, _, _ = stories_module.graph_rows(graph, digests)
    restored, kept = stories_module.restore_graph(load_settings().stories, json.loads(json.dumps(rows)))
    assert kept == digests and not restored.indexed
    restored.add(linked_texts(_articles([n for n in TEXTS if n not in first])))
    assert restored.indexed == (scan_most == 0)
    assert restored.story_of == _graph(TEXTS).story_of
