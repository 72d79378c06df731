"""The order-free story clusterer ("links"): stories that depend on the set of texts alone, and a graph that takes
new texts one at a time, in any order, and ends with the stories of clustering them all at once. The texts are
invented for these tests."""

from __future__ import annotations

import itertools
from collections import Counter

import numpy as np
import pytest

from newsfold.events.stories import LinkClusterer, load_story_clusterer
from newsfold.events.story_graph import StoryGraph, average_link
from newsfold.events.story_links import linked_texts, similarity, text_vector
from newsfold.models import Article
from newsfold.settings import default_settings

TEXTS = {
    "dock1": "Dockworkers at the Port Seren container terminal walked off the job on Monday over unpaid wages, "
             "the Seren Dockers Union said.",
    "dock2": "The Port Seren dockworkers' strike entered its second day as the container terminal stood idle over "
             "unpaid wages.",
    "dock3": "Ships queued outside Port Seren on Wednesday as the dockworkers' strike over wages shut the container "
             "terminal for a third day.",
    "fruit1": "Farmers in the Velmar valley harvested a record crop of apricots this summer, the cooperative said.",
    "fruit2": "A record apricot harvest in the Velmar valley has lowered prices, the farmers' cooperative said.",
    "fruit3": "Velmar apricot growers say the record harvest left the cooperative's cold stores full.",
    "ferry": "The ferry between Dunmere and Brannock island reopened after three months of repairs to its ramp.",
    "dock_fr": "Les dockers du terminal à conteneurs de Port Seren sont en grève depuis lundi pour leurs salaires "
               "impayés, selon le Seren Dockers Union.",
}
LANGUAGE = {"dock_fr": "fr"}
STORIES = {frozenset({"dock1", "dock2", "dock3", "dock_fr"}), frozenset({"fruit1", "fruit2", "fruit3"}),
           frozenset({"ferry"})}


def _articles(names) -> list[Article]:
    return [Article(id=n, path=n, text=TEXTS[n], language=LANGUAGE.get(n, "en")) for n in names]


def _grouping(story_of: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for doc_id, story in story_of.items():
        groups.setdefault(story, set()).add(doc_id)
    return {frozenset(g) for g in groups.values()}


@pytest.fixture(scope="module")
def texts():
    return {t.id: t for t in linked_texts(_articles(TEXTS))}


def test_the_links_clusterer_finds_the_stories_and_loads_by_name():
    assert isinstance(load_story_clusterer("links"), LinkClusterer)
    story_of = LinkClusterer().assign(_articles(TEXTS), [])
    assert _grouping(story_of) == STORIES


def test_a_copy_joins_its_originals_story():
    copy = Article(id="copy", path="copy", text=TEXTS["fruit1"], language="en", duplicate_of="fruit1")
    story_of = LinkClusterer().assign([*_articles(TEXTS), copy], [])
    assert story_of["copy"] == story_of["fruit1"] != story_of["dock1"]


@pytest.mark.parametrize("order", ["forward", "backward", "shuffled"])
def test_adding_texts_one_at_a_time_gives_the_stories_of_all_at_once(texts, order):
    whole = StoryGraph(default_settings().stories)
    whole.add(texts.values())
    names = list(texts)
    if order == "backward":
        names.reverse()
    elif order == "shuffled":
        names = names[3:] + names[:3]
    one_by_one = StoryGraph(default_settings().stories)
    for name in names:
        one_by_one.add([texts[name]])
    assert one_by_one.story_of == whole.story_of and one_by_one.links == whole.links
    assert _grouping(whole.story_of) == STORIES


def test_an_update_returns_only_the_stories_it_changed(texts):
    graph = StoryGraph(default_settings().stories)
    graph.add(texts[n] for n in ("dock1", "dock2", "fruit1", "fruit2"))
    fruit = graph.story_of["fruit1"]
    changes = graph.add([texts["dock3"]])
    assert list(changes.stories.values()) == [frozenset({"dock1", "dock2", "dock3"})] and not changes.gone
    assert graph.story_of["fruit1"] == fruit  # its unit was not reached, so not re-decided
    alone = graph.add([texts["ferry"]])
    assert list(alone.stories.values()) == [frozenset({"ferry"})]


def test_similarity_does_not_depend_on_the_order_features_were_read_in():
    features = Counter({"W:strike": 2, "N:port seren": 1, "#:140": 1, "W:wage": 1, "W:terminal": 3})
    backward = Counter(dict(reversed(list(features.items()))))
    other = Counter({"W:strike": 1, "N:port seren": 2, "W:terminal": 1, "W:ship": 1})
    a, b, c = (text_vector(f, "en", "en", None) for f in (features, backward, other))
    assert similarity(a, c) == similarity(b, c) == similarity(c, a) > 0


def test_average_link_joins_while_the_mean_of_pairs_reaches_the_threshold():
    similarities = np.array([[0, 0.9, 0.5, 0.0], [0.9, 0, 0.3, 0.0], [0.5, 0.3, 0, 0.1], [0.0, 0.0, 0.1, 0]])
    assert average_link(similarities, 0.35) == [0, 0, 0, 3]  # {0, 1} then 2 at the mean of 0.5 and 0.3
    assert average_link(similarities, 0.45) == [0, 0, 2, 3]
    for order in itertools.permutations(range(4)):
        at = list(order)
        labels = average_link(similarities[np.ix_(at, at)], 0.35)
        assert {frozenset(at[i] for i in range(4) if labels[i] == g) for g in set(labels)} == {
            frozenset({0, 1, 2}), frozenset({3})}
