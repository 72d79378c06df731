"""Story clustering behind one protocol: loaded by name, and the same stories whatever the files are called."""

from __future__ import annotations

import pytest

from newsfold.errors import ConfigError
from newsfold.events.stories import DocumentClusterer, load_story_clusterer
from newsfold.models import Article

TEXTS = [
    "Dockworkers at the Port Seren container terminal walked off the job on Monday over unpaid wages.",
    "The Port Seren dockworkers' strike entered its second day as the container terminal stood idle over wages.",
    "Farmers in the Velmar valley harvested a record crop of apricots this summer, the cooperative said.",
    "A record apricot harvest in the Velmar valley has lowered prices, the farmers' cooperative said.",
]


def _grouping(names: list[str]) -> set[frozenset[int]]:
    articles = [Article(id=name, path=name, text=text) for name, text in zip(names, TEXTS, strict=True)]
    story_of = load_story_clusterer("documents").assign(articles, [])
    groups: dict[str, set[int]] = {}
    for n, name in enumerate(names):
        groups.setdefault(story_of[name], set()).add(n)
    return {frozenset(g) for g in groups.values()}


def test_stories_do_not_depend_on_file_names():
    assert _grouping(["a", "b", "c", "d"]) == _grouping(["z", "y", "x", "w"]) == {frozenset({0, 1}),
                                                                                  frozenset({2, 3})}


def test_clusterers_load_by_name():
    assert isinstance(load_story_clusterer("documents"), DocumentClusterer)
    with pytest.raises(ConfigError, match="known: documents"):
        load_story_clusterer("topics")
