"""Dedup stage: exact copies, near-duplicates and containment (a shortened copy inside a longer article).

Candidate pairs come from an inverted index of word shingles, so no all-pairs comparison is made.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from . import progress
from .models import Article
from .settings import DedupSettings

__all__ = ["DuplicateLink", "find_duplicates", "shingles"]

_WORD = re.compile(r"\w+", re.UNICODE)
_MAX_POSTINGS = 200  # a shingle found in more articles than this is too common to point at a copy


@dataclass(frozen=True)
class DuplicateLink:
    article: str
    duplicate_of: str
    kind: str  # "exact" | "near-duplicate" | "containment"
    score: float


def shingles(text: str, size: int) -> set[int]:
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {hash(" ".join(words))} if words else set()
    return {hash(" ".join(words[i: i + size])) for i in range(len(words) - size + 1)}


def _candidate_pairs(sets: dict[str, set[int]]) -> dict[tuple[str, str], int]:
    index: dict[int, list[str]] = defaultdict(list)
    for aid, sh in sets.items():
        for s in sh:
            index[s].append(aid)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for ids in index.values():
        if len(ids) < 2 or len(ids) > _MAX_POSTINGS:
            continue
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                shared[(a, b) if a < b else (b, a)] += 1
    return shared


def _classify(a: Article, b: Article, n_shared: int, sa: set[int], sb: set[int],
              settings: DedupSettings) -> tuple[str, float] | None:
    if " ".join(a.text.split()) == " ".join(b.text.split()):
        return "exact", 1.0
    union = len(sa) + len(sb) - n_shared
    jaccard = n_shared / union if union else 0.0
    if jaccard >= settings.near_duplicate:
        return "near-duplicate", jaccard
    smaller = min(len(sa), len(sb))
    containment = n_shared / smaller if smaller else 0.0
    if smaller >= 20 and containment >= settings.containment:
        return "containment", containment
    return None


def _original_first(a: Article, b: Article) -> tuple[Article, Article]:
    """Which of two copies is the original: the longer text, then the earlier date, then the id."""
    key_a = (-len(a.text), a.published or "9999", a.id)
    key_b = (-len(b.text), b.published or "9999", b.id)
    return (a, b) if key_a <= key_b else (b, a)


def find_duplicates(articles: list[Article], settings: DedupSettings) -> list[DuplicateLink]:
    """Each copy points at the original of its group (groups are closed transitively)."""
    by_id = {a.id: a for a in articles}
    sets = {a.id: shingles(a.text, settings.shingle) for a in progress.over(articles, "article")}
    parent = {a.id: a.id for a in articles}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    kinds: dict[str, tuple[str, float]] = {}
    for (x, y), n in sorted(_candidate_pairs(sets).items()):
        found = _classify(by_id[x], by_id[y], n, sets[x], sets[y], settings)
        if not found:
            continue
        ra, rb = root(x), root(y)
        if ra == rb:
            continue
        original, copy = _original_first(by_id[ra], by_id[rb])
        parent[copy.id] = original.id
        kinds[copy.id] = found
    links = []
    for aid in sorted(by_id):
        top = root(aid)
        if top != aid:
            kind, score = kinds.get(aid, ("near-duplicate", 0.0))
            links.append(DuplicateLink(aid, top, kind, round(score, 3)))
    return links
