"""Stories across languages: stories found in different languages that tell one situation become one story.

Words differ between languages, so texts of two languages meet only on what reads the same in any: canonical
entities (a name in any script is one entity), the sounds of names no entity joined, numbers and dates. Once each
language's texts are grouped by their words (``doc_clusters``), two stories told in different languages (see
``_Group.apart``) join when their centroids on those features alone are alike, the most alike first (average
link: a joined story is compared by its new centroid, so one shared name does not chain stories together).
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Mapping
from functools import reduce
from itertools import repeat
from operator import add, mul

import numpy as np

__all__ = ["NEUTRAL_KINDS", "join_across_languages"]

# Features that read the same in any language: canonical entities, name sounds, numbers, dates.
NEUTRAL_KINDS = frozenset("EK#DTY")
# both tuned on BSNLP's training split with the thresholds of [stories]
_SHARED_LANGUAGE = 0.3
_SMALL_STORY = 10
_SHIFT = 1 << 32  # a group's number times this, plus a feature's number: one key for the group's weight on it
_PRODUCTS = 1 << 20  # the most products worked out at once (``_chunks``)


class _Group:
    """Stories joined so far: their texts per language, and the sum of their texts' neutral unit vectors."""

    def __init__(self, languages: Counter[str], centroid: dict[str, float]) -> None:
        self.languages = languages
        self.centroid = centroid
        self.norm = math.sqrt(sum(w * w for w in centroid.values()))
        self.version = 0

    def apart(self, other: _Group) -> bool:
        """Whether the two tell their story in different languages: the texts of the smaller in a language the
        other has are at most ``_SHARED_LANGUAGE`` of it, counted against the other's texts in that language (a
        Polish story of 37 texts may join one with five Polish texts; two Polish stories of 20 were kept
        apart by their words, and stay apart). A story of at most ``_SMALL_STORY`` texts is too small for its
        words to have kept it apart, and may join any."""
        shared = sum(min(n, other.languages[lang]) for lang, n in self.languages.items() if lang in other.languages)
        small = min(self.languages.total(), other.languages.total())
        return small <= _SMALL_STORY or shared <= _SHARED_LANGUAGE * small

    def absorb(self, other: _Group) -> None:
        self.languages += other.languages
        for f, w in other.centroid.items():
            self.centroid[f] = self.centroid.get(f, 0.0) + w
        self.norm = math.sqrt(sum(w * w for w in self.centroid.values()))
        self.version += 1


def _cosine(a: _Group, b: _Group) -> float:
    """The cosine of two groups' centroids: the products over the smaller's features, added in its order."""
    small, large = (a, b) if len(a.centroid) < len(b.centroid) else (b, a)
    dot = reduce(add, map(mul, small.centroid.values(), map(large.centroid.get, small.centroid, repeat(0.0))), 0.0)
    return dot / (a.norm * b.norm) if a.norm and b.norm else 0.0


class _Rows:
    """The groups' centroids as arrays, kept while a group is unchanged, to work out many cosines at once
    (``cosines``), each the same to the last bit as ``_cosine``'s."""

    def __init__(self, groups: dict[int, _Group]) -> None:
        self.groups = groups
        self.number: dict[str, int] = {}  # feature -> its number
        self.rows: dict[int, tuple[int, np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = {}

    def row(self, story: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """A group's feature numbers and weights in its centroid's order, and its keys (the group's number times
        ``_SHIFT`` plus the feature's) in order with their weights."""
        group, kept = self.groups[story], self.rows.get(story)
        if kept is None or kept[0] != group.version:
            size, number = len(group.centroid), self.number
            numbers = np.fromiter((number.setdefault(f, len(number)) for f in group.centroid), np.int64, size)
            weights = np.fromiter(group.centroid.values(), np.float64, size)
            order = np.argsort(numbers)
            kept = self.rows[story] = (group.version, numbers, weights, numbers[order] + story * _SHIFT,
                                       weights[order])
        return kept[1:]

    def cosines(self, pairs: list[tuple[int, int]]) -> list[float]:
        """``_cosine`` of each pair of groups: each pair's products over the smaller group's features, in its
        order, in one row of a matrix (0 where the larger lacks a feature), the rows summed left to right."""
        stories = sorted({story for pair in pairs for story in pair})
        place = {story: n for n, story in enumerate(stories)}
        rows = [self.row(story) for story in stories]
        sizes = np.array([len(row[0]) for row in rows])
        starts = np.cumsum(sizes) - sizes
        first, second = (np.array([place[pair[n]] for pair in pairs], dtype=np.int64) for n in (0, 1))
        smaller = np.where(sizes[first] < sizes[second], first, second)
        larger = np.where(sizes[first] < sizes[second], second, first)
        dots = self._dots([np.concatenate([row[n] for row in rows]) for n in range(4)], sizes, starts, smaller,
                          np.array(stories, dtype=np.int64)[larger])
        norms = np.array([self.groups[story].norm for story in stories])
        scale = norms[first] * norms[second]
        return np.where(scale > 0, dots / np.where(scale > 0, scale, 1.0), 0.0).tolist()

    @staticmethod
    def _dots(flat: list[np.ndarray], sizes: np.ndarray, starts: np.ndarray, smaller: np.ndarray,
              larger: np.ndarray) -> np.ndarray:
        numbers, weights, keys, values = flat
        lengths = sizes[smaller]
        dots = np.zeros(len(smaller))
        if not len(keys) or not lengths.sum():
            return dots
        pair = np.repeat(np.arange(len(smaller)), lengths)
        column = np.arange(len(pair)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        element = starts[smaller][pair] + column
        wanted = larger[pair] * _SHIFT + numbers[element]
        at = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
        products = weights[element] * np.where(keys[at] == wanted, values[at], 0.0)
        return _row_sums(products, pair, column, lengths)


def _row_sums(products: np.ndarray, pair: np.ndarray, column: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Each pair's products (one after another, ``column`` their place in the pair's row) added left to right,
    all pairs a column at a time: the longest rows first, so the rows a column reaches come first."""
    rank = np.empty(len(lengths), dtype=np.int64)
    rank[np.argsort(-lengths, kind="stable")] = np.arange(len(lengths))
    reach = np.bincount(column, minlength=int(lengths.max()))  # the rows a column reaches
    starts = np.cumsum(reach) - reach
    by_column = np.empty(len(products))
    by_column[starts[column] + rank[pair]] = products
    sums = np.zeros(len(lengths))
    for start, rows in zip(starts.tolist(), reach.tolist(), strict=True):
        sums[:rows] += by_column[start:start + rows]
    return sums[rank]


def _groups(numbers: Mapping[str, int], languages: Mapping[str, str | None],
            neutral: Mapping[str, dict[str, float]]) -> dict[int, _Group]:
    groups: dict[int, _Group] = {}
    for doc_id, story in numbers.items():
        group = groups.setdefault(story, _Group(Counter(), {}))
        group.languages[languages.get(doc_id) or ""] += 1
        for f, w in neutral.get(doc_id, {}).items():
            group.centroid[f] = group.centroid.get(f, 0.0) + w
    for group in groups.values():
        group.norm = math.sqrt(sum(w * w for w in group.centroid.values()))
    return groups


def _neighbours(groups: dict[int, _Group]) -> dict[int, set[int]]:
    """Stories sharing at least one neutral feature with each story (through an inverted index)."""
    holders: dict[str, list[int]] = defaultdict(list)
    for story, group in groups.items():
        for f in group.centroid:
            holders[f].append(story)
    out: dict[int, set[int]] = defaultdict(set)
    for stories in holders.values():
        if len(stories) <= len(groups) // 2 + 1:  # a feature of half the stories says nothing
            for story in stories:
                out[story].update(stories)
    for story, near in out.items():
        near.discard(story)
    return out


def join_across_languages(numbers: dict[str, int], languages: Mapping[str, str | None],
                          neutral: Mapping[str, dict[str, float]], threshold: float) -> dict[str, int]:
    """Story numbers after joining stories told in different languages whose neutral centroids have a cosine of
    at least ``threshold``; ``neutral`` holds each text's unit vector of neutral features (``NEUTRAL_KINDS``)."""
    groups = _groups(numbers, languages, neutral)
    near = _neighbours(groups)
    rows = _Rows(groups)
    heap: list[tuple[float, int, int, int, int]] = []

    def push(pairs: list[tuple[int, int]]) -> None:
        """Onto the heap, the pairs told in different languages whose cosine reaches the threshold (worked out
        together; the order of pushes does not change the order of pops)."""
        pairs = [(a, b) for a, b in pairs if groups[a].apart(groups[b])]
        similar = [_cosine(groups[a], groups[b]) for a, b in pairs] if len(pairs) < 8 else [
            s for chunk in _chunks(pairs, groups) for s in rows.cosines(chunk)]
        for (a, b), s in zip(pairs, similar, strict=True):
            if s >= threshold:
                heapq.heappush(heap, (-s, a, b, groups[a].version, groups[b].version))

    push([(a, b) for a in sorted(near) for b in sorted(near[a]) if a < b])
    into: dict[int, int] = {}
    while heap:
        _, a, b, va, vb = heapq.heappop(heap)
        if a in into or b in into:
            continue
        if (groups[a].version, groups[b].version) != (va, vb):
            push([(a, b)])  # either changed since: compared again by their centroids now
            continue
        groups[a].absorb(groups[b])
        into[b] = a
        near[a] = (near[a] | near.pop(b, set())) - {a, b}
        push([(min(a, c), max(a, c)) for c in sorted(near[a]) if c not in into])
    return {doc_id: _final(story, into) for doc_id, story in numbers.items()}


def _chunks(pairs: list[tuple[int, int]], groups: dict[int, _Group]) -> list[list[tuple[int, int]]]:
    """The pairs in runs of at most ``_PRODUCTS`` products (one per feature of a pair's smaller group), so that
    the arrays of one run stay small however many stories there are."""
    chunks: list[list[tuple[int, int]]] = [[]]
    size = 0
    for a, b in pairs:
        products = min(len(groups[a].centroid), len(groups[b].centroid))
        if size + products > _PRODUCTS and chunks[-1]:
            chunks.append([])
            size = 0
        chunks[-1].append((a, b))
        size += products
    return chunks


def _final(story: int, into: dict[int, int]) -> int:
    while story in into:
        story = into[story]
    return story
