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
from itertools import repeat
from operator import mul

__all__ = ["NEUTRAL_KINDS", "join_across_languages"]

# Features that read the same in any language: canonical entities, name sounds, numbers, dates.
NEUTRAL_KINDS = frozenset("EK#DTY")
# both tuned on BSNLP's training split with the thresholds of [stories]
_SHARED_LANGUAGE = 0.3
_SMALL_STORY = 10


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
    small, large = (a, b) if len(a.centroid) < len(b.centroid) else (b, a)
    dot = sum(map(mul, small.centroid.values(), map(large.centroid.get, small.centroid, repeat(0.0))))
    return dot / (a.norm * b.norm) if a.norm and b.norm else 0.0


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
    heap: list[tuple[float, int, int, int, int]] = []

    def push(a: int, b: int) -> None:
        ga, gb = groups[a], groups[b]
        if ga.apart(gb) and (s := _cosine(ga, gb)) >= threshold:
            heapq.heappush(heap, (-s, a, b, ga.version, gb.version))

    for a in sorted(near):
        for b in sorted(near[a]):
            if a < b:
                push(a, b)
    into: dict[int, int] = {}
    while heap:
        _, a, b, va, vb = heapq.heappop(heap)
        if a in into or b in into:
            continue
        if (groups[a].version, groups[b].version) != (va, vb):
            push(a, b)  # either changed since: compared again by their centroids now
            continue
        groups[a].absorb(groups[b])
        into[b] = a
        near[a] = (near[a] | near.pop(b, set())) - {a, b}
        for c in sorted(near[a]):
            if c not in into:
                push(min(a, c), max(a, c))
    return {doc_id: _final(story, into) for doc_id, story in numbers.items()}


def _final(story: int, into: dict[int, int]) -> int:
    while story in into:
        story = into[story]
    return story
