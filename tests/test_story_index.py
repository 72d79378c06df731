"""The story index and the cross-language join keep and batch their sums: every similarity they give must be the
plain one to the last bit (a threshold compared with a cosine that moved in its last bit could flip a story)."""

from __future__ import annotations

import random
from collections import Counter

from newsfold.events import stories, story_languages
from newsfold.events.story_index import StoryIndex
from newsfold.events.story_languages import _cosine, _Group, _Rows
from newsfold.models import Article
from newsfold.settings import default_settings


def _vectors(seed: int, texts: int, features: int) -> dict[str, dict[str, float]]:
    """Unit vectors over a few hundred features, some common, most rare, with weights of many magnitudes."""
    rng = random.Random(seed)
    out = {}
    for n in range(texts):
        held = {f"F:{min(int(rng.paretovariate(0.7)), features)}" for _ in range(rng.randint(1, 60))}
        weights = {f: rng.random() ** 3 + 1e-6 for f in sorted(held, key=lambda _: rng.random())}
        norm = sum(w * w for w in weights.values()) ** 0.5
        out[f"t{n:03d}"] = {f: w / norm for f, w in weights.items()}
    return out


def _plain_dot(a: dict[str, float], b: dict[str, float]) -> float:
    dot = 0.0
    for f, w in a.items():
        if f in b:
            dot += w * b[f]
    return dot


def test_kept_and_batched_dot_products_are_the_plain_ones_through_moves():
    vectors = _vectors(7, 120, 300)
    index = StoryIndex(default_settings().stories)
    rng = random.Random(3)
    for doc_id, vector in vectors.items():
        index.register(doc_id, vector)
        index.best(doc_id)  # keeps its dot products with the stories as they are now
        index.add(doc_id, vector, rng.choice([None, *range(len(index.centroids))]))
    for doc_id in rng.sample(sorted(vectors), 60):
        index.move(doc_id, rng.randrange(len(index.centroids)))
    checked = 0
    for doc_id, vector in vectors.items():
        stories = set(range(len(index.centroids)))
        dots = index._dots(doc_id, stories)
        for story in stories:
            assert dots[story] == _plain_dot(vector, index.centroids[story])  # bit for bit
            checked += dots[story] > 0
    assert checked > 500


def test_closest_text_is_the_plainly_closest():
    vectors = _vectors(11, 80, 200)
    index = StoryIndex(default_settings().stories)
    for n, (doc_id, vector) in enumerate(vectors.items()):
        index.register(doc_id, vector)
        index.add(doc_id, vector, None if n < 40 else n % 40)
    for doc_id, vector in vectors.items():
        own = index.story_of[doc_id]
        others = sorted(t for s in index._candidates_of(doc_id) - {own} for t in index.members[s])
        plain = [(t, _plain_dot(vector, vectors[t])) for t in others]
        best = max(plain, key=lambda pair: (pair[1], [-ord(c) for c in pair[0]]), default=(None, 0.0))
        found = index.closest_text(doc_id)
        assert found == (best if best[1] > 0 else (None, 0.0))


def test_batched_cosines_of_groups_are_the_plain_ones():
    vectors = list(_vectors(5, 60, 400).values()) + [{}]
    groups = {n: _Group(Counter({"pl": n % 3 + 1}), dict(v)) for n, v in enumerate(vectors)}
    groups[3].absorb(groups[4])  # a group changed since its centroid's arrays were made
    rows = _Rows(groups)
    rows.row(3)
    groups[3].absorb(groups[5])
    pairs = [(a, b) for a in groups for b in groups if a < b]
    batched = rows.cosines(pairs)
    assert batched == [_cosine(groups[a], groups[b]) for a, b in pairs]  # bit for bit
    assert sum(1 for s in batched if s > 0) > 100


def test_name_sounds_are_read_once_per_text(monkeypatch):
    article = Article(id="a", path="a.txt", text="Brexit talks: Johnson met Merkel in Berlin.", language="en")
    sounds, found = stories.read_name_sounds([article], {})
    assert sounds["a"]["K:brks"] == 1 and len(found) == 1

    def unread(text: str) -> Counter[str]:
        raise AssertionError(f"read again: {text[:30]}")

    monkeypatch.setattr(stories, "name_sounds", unread)
    again, new = stories.read_name_sounds([article], found)
    assert again == sounds and new == {}


def test_the_join_is_the_same_worked_out_in_small_runs(monkeypatch):
    vectors = _vectors(13, 90, 120)
    numbers = {doc_id: n // 2 for n, doc_id in enumerate(vectors)}
    languages = {doc_id: ("pl", "ru", "cs")[n % 3] for n, doc_id in enumerate(vectors)}
    whole = story_languages.join_across_languages(numbers, languages, vectors, 0.05)
    monkeypatch.setattr(story_languages, "_PRODUCTS", 40)
    assert story_languages.join_across_languages(numbers, languages, vectors, 0.05) == whole
    assert len(set(whole.values())) < len(set(numbers.values()))
