"""Dedup stage: exact copies, near-duplicates and containment (a shortened copy inside a longer article).

Candidate pairs come from an inverted index of word shingles, so no all-pairs comparison is made; what a run
compared is kept (``KeptCopies``), so that the next compares only the pairs a new or changed article is in.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from . import progress
from .models import Article
from .settings import DedupSettings

__all__ = ["DuplicateLink", "find_duplicates", "find_duplicates_kept", "shingles", "Signature", "Pair",
           "KeptCopies", "Copies"]

_WORD = re.compile(r"\w+", re.UNICODE)
_MAX_POSTINGS = 200  # a shingle found in more articles than this is too common to point at a copy
_CHUNK = 2_000_000  # candidate (article, shingle, article) triples worked at a time: bounds the memory
_SIGNATURE = "2"  # how shingles are hashed: bump to read no kept shingles of an older newsfold
_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)  # odd: a shingle's words mix into one 64-bit number


@dataclass(frozen=True)
class DuplicateLink:
    article: str
    duplicate_of: str
    kind: str  # "exact" | "near-duplicate" | "containment"
    score: float


@dataclass(frozen=True)
class Signature:
    """What an article is compared by: its key (the stage's basis and its text), a digest of its words (equal for
    exact copies) and its shingles, sorted and unique."""

    key: str
    norm: str
    shingles: np.ndarray


@dataclass(frozen=True)
class Pair:
    """Two copies (``a`` < ``b``), by how many shingles they share (of those at most 200 articles hold)."""

    a: str
    b: str
    shared: int
    kind: str
    score: float


class KeptCopies(Protocol):
    """What the last run kept (``store/front.py``): each article's signature and the copies found among them."""

    def signature_keys(self) -> dict[str, str]: ...

    def signatures(self, article_ids: Iterable[str] | None = None) -> dict[str, Signature]: ...

    def pairs(self, basis: str) -> list[Pair]: ...


@dataclass
class Copies:
    """A run's result: the links, and what to keep for the next run (the new signatures and all the pairs)."""

    links: list[DuplicateLink]
    signatures: dict[str, Signature]
    pairs: list[Pair]


class _NothingKept:
    def signature_keys(self) -> dict[str, str]:
        return {}

    def signatures(self, article_ids: Iterable[str] | None = None) -> dict[str, Signature]:
        return {}

    def pairs(self, basis: str) -> list[Pair]:
        return []


class _WordCodes(dict[str, int]):
    """Each word's 64-bit number (the same in every process), remembered for the texts of one comparison."""

    def of(self, words: list[str]) -> np.ndarray:
        for word in [w for w in set(words) if w not in self]:
            self[word] = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")
        return np.fromiter(map(self.__getitem__, words), dtype=np.uint64, count=len(words))


def shingle_array(text: str, size: int, codes: _WordCodes | None = None) -> np.ndarray:
    """The text's word ``size``-grams as sorted unique 64-bit numbers (the same in every process); a text of fewer
    words is one shingle, a text of none has none."""
    words = _WORD.findall(text.lower())
    numbers = (codes if codes is not None else _WordCodes()).of(words)
    width = min(size, len(words))
    out = np.zeros(len(words) - width + 1 if words else 0, dtype=np.uint64)
    for k in range(width):
        out = out * _MULTIPLIER + numbers[k: k + len(out)]
    return _unique(out)


def _unique(values: np.ndarray) -> np.ndarray:
    """Sorted and unique (``np.unique`` by sorting, which is faster on these than its hashing)."""
    values = np.sort(values)
    if values.size < 2:
        return values
    first = np.empty(values.size, dtype=bool)
    first[0] = True
    np.not_equal(values[1:], values[:-1], out=first[1:])
    return values[first]


def shingles(text: str, size: int) -> set[int]:
    return set(shingle_array(text, size).tolist())


def signature(text: str, size: int, basis: str, codes: _WordCodes | None = None) -> Signature:
    key = hashlib.sha1(f"{basis}\n{text}".encode()).hexdigest()
    return Signature(key, hashlib.sha1(" ".join(text.split()).encode()).hexdigest(),
                     shingle_array(text, size, codes))


def dedup_basis(stage_key: str, settings: DedupSettings) -> str:
    """What kept signatures and pairs are valid for: the stage's key, its settings, the shingles' hashing and this
    module's code (an edited rule compares every pair again, as a bumped stage version does)."""
    return f"{stage_key}:{settings!r}:{_SIGNATURE}:{_code_digest()}"


@lru_cache(maxsize=1)
def _code_digest() -> str:
    return hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:16]


def find_duplicates(articles: list[Article], settings: DedupSettings) -> list[DuplicateLink]:
    """Each copy points at the original of its group (groups are closed transitively)."""
    return find_duplicates_kept(articles, settings, _NothingKept(), dedup_basis("", settings)).links


def find_duplicates_kept(articles: list[Article], settings: DedupSettings, kept: KeptCopies,
                         basis: str) -> Copies:
    """``find_duplicates``, comparing only the pairs an article new or changed since ``kept`` is in: the others'
    pairs are read back (corrected where a shingle became too common), and the links are the same."""
    ids = sorted(a.id for a in articles)
    texts = {a.id: a.text for a in articles}
    keys = {aid: hashlib.sha1(f"{basis}\n{texts[aid]}".encode()).hexdigest() for aid in ids}
    stored = kept.signature_keys()
    same = {aid for aid in ids if stored.get(aid) == keys[aid]}
    gone = [aid for aid in stored if aid not in same]
    pairs = [p for p in kept.pairs(basis) if p.a in same and p.b in same]
    new: dict[str, Signature] = {}
    if len(same) < len(ids) or gone:
        pairs, new = _compare_new(ids, texts, same, gone, pairs, kept, settings, basis)
    by_id = {a.id: a for a in articles}
    return Copies(_links(by_id, pairs), new, pairs)


def _compare_new(ids: list[str], texts: dict[str, str], same: set[str], gone: list[str], pairs: list[Pair],
                 kept: KeptCopies, settings: DedupSettings, basis: str) -> tuple[list[Pair], dict[str, Signature]]:
    """The pairs after the new and changed articles are compared: the kept ones corrected, the new ones found."""
    loaded = kept.signatures([*same, *gone])
    sigs = {aid: loaded[aid] for aid in same if aid in loaded}
    old = [loaded[aid].shingles for aid in gone if aid in loaded]
    codes = _WordCodes()
    new = {aid: signature(texts[aid], settings.shingle, basis, codes)
           for aid in progress.over([aid for aid in ids if aid not in sigs], "article")}
    sigs.update(new)
    kept_ids = [aid for aid in ids if aid in same and aid in loaded]
    whole = len(kept_ids) < len(same) or len(old) < len(gone)  # a broken kept row: compare everything
    if not whole and kept_ids:
        counts = _count_changes(sigs, kept_ids, old, [s.shingles for s in new.values()])
        whole = counts is None
        if counts is not None and counts.size:
            pairs = _corrected(pairs, sigs, counts, settings)
    if whole:
        pairs, kept_ids = [], []
    unchanged = set(kept_ids)
    todo = np.array([aid not in unchanged for aid in ids], dtype=bool)
    return sorted([*pairs, *_new_pairs(ids, sigs, todo, settings)], key=lambda p: (p.a, p.b)), new


def _count_in(values: np.ndarray, arrays: list[np.ndarray]) -> np.ndarray:
    """How many of ``arrays`` hold each of the sorted unique ``values``."""
    if not arrays or not values.size:
        return np.zeros(values.size, dtype=np.int64)
    found = np.concatenate(arrays)
    at = np.minimum(np.searchsorted(values, found), values.size - 1)
    return np.bincount(at[values[at] == found], minlength=values.size)


def _count_changes(sigs: dict[str, Signature], kept_ids: list[str], old: list[np.ndarray],
                   new: list[np.ndarray]) -> np.ndarray | None:
    """The shingles the kept articles share that became too common to count (sorted); None when one that was
    too common counts again (a removed or changed article held it): then every pair is compared again."""
    changed = _unique(np.concatenate([*old, *new])) if old or new else np.zeros(0, dtype=np.uint64)
    among_kept = _count_in(changed, [sigs[aid].shingles for aid in kept_ids])
    before, after = among_kept + _count_in(changed, old), among_kept + _count_in(changed, new)
    shared = among_kept >= 2
    if (shared & (before > _MAX_POSTINGS) & (after <= _MAX_POSTINGS)).any():
        return None
    return changed[shared & (before <= _MAX_POSTINGS) & (after > _MAX_POSTINGS)]


def _corrected(pairs: list[Pair], sigs: dict[str, Signature], too_common: np.ndarray,
               settings: DedupSettings) -> list[Pair]:
    """The kept pairs, each sharing fewer shingles by those that became too common (and classified again)."""
    out = []
    for p in pairs:
        both = np.intersect1d(sigs[p.a].shingles, sigs[p.b].shingles, assume_unique=True)
        lost = int(np.isin(both, too_common, assume_unique=True).sum())
        if not lost:
            out.append(p)
            continue
        found = _classify(sigs[p.a], sigs[p.b], p.shared - lost, settings) if p.shared > lost else None
        if found:
            out.append(Pair(p.a, p.b, p.shared - lost, *found))
    return out


def _classify(a: Signature, b: Signature, shared: int, settings: DedupSettings) -> tuple[str, float] | None:
    if a.norm == b.norm:
        return "exact", 1.0
    union = len(a.shingles) + len(b.shingles) - shared
    jaccard = shared / union if union else 0.0
    if jaccard >= settings.near_duplicate:
        return "near-duplicate", jaccard
    smaller = min(len(a.shingles), len(b.shingles))
    containment = shared / smaller if smaller else 0.0
    if smaller >= 20 and containment >= settings.containment:
        return "containment", containment
    return None


def _new_pairs(ids: list[str], sigs: dict[str, Signature], todo: np.ndarray,
               settings: DedupSettings) -> list[Pair]:
    """The copies among the pairs a ``todo`` article is in."""
    out = []
    for a, b, shared in _shared_counts([sigs[aid].shingles for aid in ids], todo):
        for i, j, n in zip(a.tolist(), b.tolist(), shared.tolist(), strict=True):
            if found := _classify(sigs[ids[i]], sigs[ids[j]], n, settings):
                out.append(Pair(ids[i], ids[j], n, *found))
    return out


def _shared_counts(arrays: list[np.ndarray], todo: np.ndarray
                   ) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """(i, j, shared) of each pair of articles (i < j) that a ``todo`` article is in and that share a shingle at
    most ``_MAX_POSTINGS`` articles hold, with how many such shingles they share; a chunk of articles at a time."""
    if not todo.any():
        return
    sizes = np.fromiter(map(len, arrays), dtype=np.int64, count=len(arrays))
    found, owner = np.concatenate(arrays), np.repeat(np.arange(len(arrays)), sizes)
    if 4 * todo.sum() < len(arrays):  # a few new articles: only the shingles they hold can make their pairs
        wanted = _unique(np.concatenate([arrays[i] for i in np.flatnonzero(todo)]))
        at = np.minimum(np.searchsorted(wanted, found), max(wanted.size - 1, 0))
        hit = wanted[at] == found if wanted.size else np.zeros(found.size, dtype=bool)
        found, owner = found[hit], owner[hit]
    order = np.lexsort((owner, found))
    found, owner = found[order], owner[order]
    starts = np.flatnonzero(np.r_[True, found[1:] != found[:-1]]) if found.size else np.zeros(0, dtype=np.int64)
    counts = np.diff(np.r_[starts, found.size])
    usable = (counts >= 2) & (counts <= _MAX_POSTINGS)
    first, size = np.repeat(starts, counts), np.repeat(counts, counts)
    sources = np.flatnonzero(np.repeat(usable, counts) & todo[owner])
    work = np.bincount(owner[sources], weights=size[sources], minlength=len(arrays))
    for lo, hi in _chunks(work):
        chunk = sources[(owner[sources] >= lo) & (owner[sources] < hi)]
        yield _count_chunk(chunk, first, size, owner, todo, len(arrays))


def _chunks(work: np.ndarray) -> Iterator[tuple[int, int]]:
    """Ranges of articles whose work adds up to about ``_CHUNK`` (an article's work is never split)."""
    lo, total = 0, 0.0
    for i, w in enumerate(work.tolist()):
        if total and total + w > _CHUNK:
            yield lo, i
            lo, total = i, 0.0
        total += w
    if total:
        yield lo, len(work)


def _count_chunk(chunk: np.ndarray, first: np.ndarray, size: np.ndarray, owner: np.ndarray, todo: np.ndarray,
                 n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each source shingle against every other holder of it; a pair of two ``todo`` articles counted from the
    first of them only."""
    k = size[chunk]
    step = np.arange(int(k.sum())) - np.repeat(np.cumsum(k) - k, k)
    a, b = owner[np.repeat(chunk, k)], owner[np.repeat(first[chunk], k) + step]
    keep = (a != b) & (~todo[b] | (a < b))
    a, b = a[keep], b[keep]
    codes, shared = np.unique(np.minimum(a, b) * n + np.maximum(a, b), return_counts=True)
    return codes // n, codes % n, shared


def _links(by_id: dict[str, Article], pairs: list[Pair]) -> list[DuplicateLink]:
    """Groups closed over the pairs (in order), each copy pointing at its group's original."""
    parent = {aid: aid for aid in by_id}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    kinds: dict[str, tuple[str, float]] = {}
    for p in pairs:
        ra, rb = root(p.a), root(p.b)
        if ra == rb:
            continue
        original, copy = _original_first(by_id[ra], by_id[rb])
        parent[copy.id] = original.id
        kinds[copy.id] = (p.kind, p.score)
    links = []
    for aid in sorted(by_id):
        top = root(aid)
        if top != aid:
            kind, score = kinds.get(aid, ("near-duplicate", 0.0))
            links.append(DuplicateLink(aid, top, kind, round(score, 3)))
    return links


def _original_first(a: Article, b: Article) -> tuple[Article, Article]:
    """Which of two copies is the original: the longer text, then the earlier date, then the id."""
    key_a = (-len(a.text), a.published or "9999", a.id)
    key_b = (-len(b.text), b.published or "9999", b.id)
    return (a, b) if key_a <= key_b else (b, a)
