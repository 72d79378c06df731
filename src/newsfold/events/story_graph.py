"""Order-free stories kept as a graph: each text linked to the texts like it, and stories re-decided only where a new
text links, so that adding texts one at a time, in any order, gives the stories of clustering them all at once.

A link between two texts depends on the two alone (``story_links.similarity``), and candidate pairs come from an
inverted index of each text's rarest features (``probes``): a pair is compared when either text's probes hold a
feature of the other, whichever arrived first. Texts joined by strong links form a unit (a connected component);
each unit's stories are decided from its members alone, in an order fixed by their dates and texts: within a
language group by average link (two groups of texts join while the mean similarity of their pairs reaches the
group's threshold; pairs never linked count 0), then across languages as ``story_languages`` joins stories. A new
text re-decides only the units it links to.
"""

from __future__ import annotations

import bisect
import hashlib
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from .. import progress
from ..settings import ClusterSettings
from .story_languages import join_across_languages
from .story_links import LinkedText, TextVector, similarity

__all__ = ["Journal", "StoryChanges", "StoryGraph", "average_link"]

# At most this many new texts into a restored graph are linked without building its inverted indexes.
_SCAN_MOST = 8


class StoryChanges(NamedTuple):
    """What one ``StoryGraph.add`` changed: each new or changed story with its texts, and the stories gone."""

    stories: dict[str, frozenset[str]]
    gone: frozenset[str]


@dataclass
class Journal:
    """What changed since the graph was made or restored, for the store to write: the texts added, those removed,
    and those whose links, scale, unit or story may have changed."""

    added: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)
    touched: set[str] = field(default_factory=set)


class StoryGraph:
    """The kept state: every text's vectors and key, its links (similarity of at least ``link_floor``), the
    inverted indexes the links are found through, its scale (see ``scaled``), its unit and its story."""

    def __init__(self, settings: ClusterSettings, english: Iterable[str] = ("en", "latin", "other")) -> None:
        self.settings = settings
        self.english = frozenset(english)  # groups read as English is: their own thresholds
        self.texts: dict[str, LinkedText] = {}
        self.links: dict[str, dict[str, float]] = defaultdict(dict)
        self.holders: dict[str, set[str]] = defaultdict(set)  # feature -> texts holding it
        self.probe_holders: dict[str, set[str]] = defaultdict(set)  # feature -> texts holding it as a probe
        self.scale: dict[str, float] = {}
        self.unit_of: dict[str, frozenset[str]] = {}
        self.story_of: dict[str, str] = {}
        # per text, the first text (by key) of its average-link group within its language group: kept while no
        # text of its part of the unit (``_parts``) changed, and decided again only where one did
        self.cluster_of: dict[str, str] = {}
        self.top: dict[str, list[float]] = {}  # per text, its highest similarities in its group, negated (``_kth``)
        self.dirty: set[str] = set()  # the texts whose group is to be decided again (new links, scale or parts)
        self.strong_of: dict[str, set[str]] = {}  # per text, the texts it is strongly linked to, where known
        self.probes_of: dict[str, list[str]] = {}
        self.indexed = True  # whether ``holders`` and ``probe_holders`` hold every text (see ``_candidates``)
        self.journal = Journal()

    @classmethod
    def restore(cls, settings: ClusterSettings, texts: Iterable[tuple[LinkedText, list[str]]],
                links: Mapping[str, dict[str, float]], kept: Mapping[str, tuple[float, str, str, str, list[str] | None]]
                ) -> StoryGraph:
        """The graph as kept: its texts with their probes, their links and per text its scale, the first text of
        its unit, its story, the first text of its group in its language and its strong links where known
        (``kept``), as a graph that took the same texts would hold them. Its inverted indexes are built when
        more than a few texts come (``_candidates``)."""
        graph = cls(settings)
        graph.indexed = False
        for text, probes in texts:
            graph.texts[text.id] = text
            graph.probes_of[text.id] = probes
        graph.links.update(links)
        units: dict[str, list[str]] = defaultdict(list)
        for doc_id, (scale, first, story, cluster, strong) in kept.items():
            if strong is not None:
                graph.strong_of[doc_id] = set(strong)
            graph.scale[doc_id] = scale
            graph.story_of[doc_id] = story
            graph.cluster_of[doc_id] = cluster
            units[first].append(doc_id)
        for members in units.values():
            graph.unit_of.update(dict.fromkeys(members, frozenset(members)))
        return graph

    def add(self, texts: Iterable[LinkedText]) -> StoryChanges:
        """Link the new texts (in any order: the links are the same) and re-decide the units they reach: theirs,
        and those of the texts whose scale they change."""
        new = sorted({t.id: t for t in texts if t.id not in self.texts}.values(), key=lambda t: t.key)
        if not self.indexed and len(new) > _SCAN_MOST:
            self._index()
        for text in progress.over(new, "article", what="linking"):
            self._link(text)
        self.journal.added.update(t.id for t in new)
        rescaled = {other for t in new for other in self.links.get(t.id, {})} | {t.id for t in new}
        self.journal.touched.update(rescaled)
        changed_scale = {doc_id for doc_id in rescaled if self._rescale(doc_id)}
        self._restrengthen(changed_scale | {t.id for t in new})
        self.dirty |= changed_scale | {t.id for t in new}
        start = {t.id for t in new} | {other for t in new for other, s in self.links.get(t.id, {}).items()
                                       if self._strong(t.id, other, s)}
        for doc_id in start | changed_scale:
            start |= self.unit_of.get(doc_id, frozenset())
        return self._redecide(start)

    def remove(self, ids: Iterable[str]) -> StoryChanges:
        """Take texts out (gone from the corpus, or become copies) and re-decide the units they were in, and those
        of the texts whose scale their links held up (a scale only falls: their links may grow strong)."""
        gone = {doc_id for doc_id in ids if doc_id in self.texts}
        before: set[str] = set(gone)  # the gone texts' units: their stories change
        for doc_id in gone:
            before |= self.unit_of.get(doc_id, frozenset())
        neighbours = {other for doc_id in gone for other in self.links.get(doc_id, {})} - gone
        old = self._stories_of(gone)
        for doc_id in sorted(gone):
            self._unlink(doc_id)
        self.journal.removed.update(gone)
        self.journal.added.difference_update(gone)
        self.journal.touched.difference_update(gone)
        self.journal.touched.update(neighbours)
        self.dirty |= neighbours  # their part of a unit may have lost a text
        start = before - gone
        changed_scale = {doc_id for doc_id in neighbours if self._rescale(doc_id)}
        self._restrengthen(changed_scale)
        for doc_id in changed_scale:
            start |= {doc_id} | self.unit_of.get(doc_id, frozenset())
        return self._redecide(start, old)

    def _unlink(self, doc_id: str) -> None:
        text = self.texts.pop(doc_id)
        for other, s in self.links.pop(doc_id, {}).items():
            del self.links[other][doc_id]
            if (near := self.strong_of.get(other)) is not None:
                near.discard(doc_id)
            top = self.top.get(other)
            if top is not None and (len(top) < self.settings.link_neighbours or -s <= top[-1]):
                del self.top[other]  # the link may be among its highest: found again when asked
        probes = self.probes_of.pop(doc_id)
        if self.indexed:
            for f in text.vector.full:
                _discard(self.holders, f, doc_id)
            for f in probes:
                _discard(self.probe_holders, f, doc_id)
        for kept in (self.scale, self.unit_of, self.story_of, self.cluster_of, self.top, self.strong_of):
            kept.pop(doc_id, None)
        self.dirty.discard(doc_id)

    def _stories_of(self, texts: set[str]) -> dict[str, set[str]]:
        old: dict[str, set[str]] = defaultdict(set)
        for doc_id in texts:
            if (story := self.story_of.get(doc_id)) is not None:
                old[story].add(doc_id)
        return old

    def _redecide(self, start: set[str], gone: dict[str, set[str]] | None = None) -> StoryChanges:
        """Decide again the units of the texts joined to ``start`` by strong links, each from its members alone;
        ``gone``: the stories of the texts removed, as they were."""
        strong = self._reach(list(start))
        self.journal.touched.update(strong)
        old = self._stories_of(set(strong))  # a story lies in one unit: all its texts are reached
        for story, texts in (gone or {}).items():
            old[story] |= texts
        now: dict[str, frozenset[str]] = {}
        for unit in _components(strong, strong.__getitem__):
            unit.sort(key=lambda t: self.texts[t].key)
            members = frozenset(unit)
            now.update(self._stories(unit, strong))
            self.unit_of.update(dict.fromkeys(unit, members))
        self.dirty.clear()
        for story, members in now.items():
            self.story_of.update(dict.fromkeys(members, story))
        changed = {story: members for story, members in now.items() if old.get(story) != members}
        return StoryChanges(changed, frozenset(set(old) - set(now)))

    def _rescale(self, doc_id: str) -> bool:
        """A text's scale: its ``link_neighbours``-th highest similarity to a text of its group, and at least the
        group's least scale; whether it changed."""
        group, settings = self.texts[doc_id].vector.group, self.settings
        least = settings.link_least_scale if group in self.english else settings.link_own_language_least_scale
        scale = max(self._kth(doc_id), least)
        changed = self.scale.get(doc_id) != scale
        self.scale[doc_id] = scale
        return changed

    def _restrengthen(self, texts: set[str]) -> None:
        """The texts whose scale or links changed: their strong links found again, and each link's other end's
        kept strong links told whether the link is strong now."""
        for a in texts:
            self.strong_of.pop(a, None)
        for a in sorted(texts):
            for b, s in self.links.get(a, {}).items():
                if (near := self.strong_of.get(b)) is not None:
                    self.journal.touched.add(b)
                    if self._strong(a, b, s):
                        near.add(a)
                    else:
                        near.discard(a)

    def _strong_links(self, a: str) -> set[str]:
        """The texts ``a`` is strongly linked to (kept in ``strong_of``, brought up to date by ``_restrengthen``
        as scales and links change)."""
        near = self.strong_of.get(a)
        if near is None:
            near = self.strong_of[a] = {b for b, s in self.links.get(a, {}).items() if self._strong(a, b, s)}
        return near

    def _kth(self, doc_id: str) -> float:
        """The text's ``link_neighbours``-th highest similarity to a text of its group (0 with fewer), from its
        highest ones, kept (``top``) and brought up to date as links come and go."""
        k, top = self.settings.link_neighbours, self.top.get(doc_id)
        if top is None:
            group, texts = self.texts[doc_id].vector.group, self.texts
            top = self.top[doc_id] = sorted(-s for other, s in self.links.get(doc_id, {}).items()
                                            if texts[other].vector.group == group)[:k]
        return -top[k - 1] if len(top) >= k else 0.0

    def _note_link(self, a: str, b: str, s: float) -> None:
        """A new link between two texts: into each one's highest similarities, where kept and of one group."""
        if self.texts[a].vector.group != self.texts[b].vector.group:
            return
        for doc_id in (a, b):
            if (top := self.top.get(doc_id)) is not None:
                bisect.insort(top, -s)
                del top[self.settings.link_neighbours:]

    def scaled(self, a: str, b: str, s: float) -> float:
        """A link's similarity against how alike the two texts are to their own nearest texts (local scaling): in
        a crowd of near-identical reports two of them must be closer to join than two reports in a thin one."""
        return s / math.sqrt(self.scale[a] * self.scale[b])

    def _probes(self, vector: TextVector) -> list[str]:
        full = vector.full
        return sorted(full, key=lambda f: (-full[f], f))[: self.settings.probes]

    def _index(self) -> None:
        for doc_id, text in self.texts.items():
            for f in text.vector.full:
                self.holders[f].add(doc_id)
            for f in self.probes_of[doc_id]:
                self.probe_holders[f].add(doc_id)
        self.indexed = True

    def _candidates(self, text: LinkedText, probes: list[str]) -> set[str]:
        """The texts holding one of the text's probes, and those whose probes it holds: through the inverted
        indexes, or for a few texts into a restored graph, by looking at each text (cheaper than indexing all)."""
        candidates: set[str] = set()
        full = text.vector.full
        if not self.indexed:
            return {doc_id for doc_id, other in self.texts.items() if any(f in full for f in self.probes_of[doc_id])
                    or any(f in other.vector.full for f in probes)}
        for f in probes:
            candidates |= self.holders.get(f, set())
        for f in full:
            candidates |= self.probe_holders.get(f, set())
        return candidates

    def _link(self, text: LinkedText) -> None:
        probes = self.probes_of[text.id] = self._probes(text.vector)
        candidates = self._candidates(text, probes)
        self.texts[text.id] = text
        for other in sorted(candidates):
            s = similarity(text.vector, self.texts[other].vector)
            if s >= self.settings.link_floor:
                self.links[text.id][other] = s
                self.links[other][text.id] = s
                self._note_link(text.id, other, s)
        if self.indexed:
            for f in text.vector.full:
                self.holders[f].add(text.id)
            for f in probes:
                self.probe_holders[f].add(text.id)

    def _threshold(self, group: str) -> float:
        s = self.settings
        return s.link_threshold if group in self.english else s.link_own_language_threshold

    def _strong(self, a: str, b: str, s: float) -> bool:
        """Whether a link puts its two texts in one unit."""
        ga, gb = self.texts[a].vector.group, self.texts[b].vector.group
        if ga == gb:
            return self.scaled(a, b, s) >= self._threshold(ga)
        return s >= self.settings.link_unit

    def _reach(self, start: list[str]) -> dict[str, set[str]]:
        """The texts joined to ``start`` by strong links (the units to re-decide), each with its strong links."""
        strong: dict[str, set[str]] = {}
        seen, todo = set(start), list(start)
        while todo:
            a = todo.pop()
            near = strong[a] = self._strong_links(a)
            for b in near:
                if b not in seen:
                    seen.add(b)
                    todo.append(b)
        return strong

    def _stories(self, unit: list[str], strong: dict[str, set[str]]) -> dict[str, frozenset[str]]:
        """A unit's stories (texts in key order): average link within each group, then joined across groups."""
        by_group: dict[str, list[str]] = defaultdict(list)
        position = {doc_id: n for n, doc_id in enumerate(unit)}
        for doc_id in unit:
            by_group[self.texts[doc_id].vector.group].append(doc_id)
        for group, members in by_group.items():
            if self._changed(members):  # else each of its parts keeps its groups (``_decide``)
                for part in self._parts(members, strong):
                    self._decide(part, group)
        number = {doc_id: position[self.cluster_of[doc_id]] for doc_id in unit}  # in key order: the join sums so
        if len(by_group) > 1:
            groups = {doc_id: self.texts[doc_id].vector.group for doc_id in unit}
            neutral = {doc_id: self.texts[doc_id].vector.neutral for doc_id in unit}
            number = join_across_languages(number, groups, neutral, self.settings.cross_language_threshold)
        members_of: dict[int, list[str]] = defaultdict(list)
        for doc_id in unit:
            members_of[number[doc_id]].append(doc_id)
        return {_story_id(members[0]): frozenset(members) for members in members_of.values()}

    def _parts(self, members: list[str], strong: dict[str, set[str]]) -> list[list[str]]:
        """A language group's texts in a unit joined by strong links of that group, each part in key order.
        Average link joins two groups only while the mean of their pairs reaches the threshold, so only groups
        with a strong pair: it never joins two parts, and each part's groups are decided from the part alone."""
        group = self.texts[members[0]].vector.group
        texts = self.texts
        parts = _components(members, lambda a: [b for b in strong[a] if texts[b].vector.group == group])
        return [sorted(part, key=lambda t: texts[t].key) for part in parts]

    def _decide(self, part: list[str], group: str) -> None:
        """A part's groups by average link (``cluster_of``): kept when none of its texts changed since they were
        decided (no new link among them, no new scale, no text gone from among them), else decided again."""
        if not self._changed(part):
            return
        labels = average_link(self._matrix(part), self._threshold(group))
        for doc_id, label in zip(part, labels, strict=True):
            self.cluster_of[doc_id] = part[label]

    def _changed(self, texts: list[str]) -> bool:
        return not self.dirty.isdisjoint(texts) or not all(doc_id in self.cluster_of for doc_id in texts)

    def _matrix(self, members: list[str]) -> np.ndarray:
        at = {doc_id: n for n, doc_id in enumerate(members)}
        matrix = np.zeros((len(members), len(members)))
        for doc_id, n in at.items():
            for other, s in self.links.get(doc_id, {}).items():
                if (m := at.get(other)) is not None:
                    matrix[n, m] = self.scaled(doc_id, other, s)
        return matrix


def _components(texts: Iterable[str], near: Callable[[str], Iterable[str]]) -> list[list[str]]:
    """The connected parts of ``texts`` by ``near`` (which stays among them)."""
    left, out = set(texts), []
    for doc_id in sorted(left):
        if doc_id in left:
            part, todo = [doc_id], [doc_id]
            left.discard(doc_id)
            while todo:
                for b in near(todo.pop()):
                    if b in left:
                        left.discard(b)
                        part.append(b)
                        todo.append(b)
            out.append(part)
    return out


def _discard(index: dict[str, set[str]], feature: str, doc_id: str) -> None:
    holders = index.get(feature)
    if holders is not None:
        holders.discard(doc_id)
        if not holders:
            del index[feature]


def _story_id(first: str) -> str:
    return "S" + hashlib.sha1(first.encode()).hexdigest()[:8]


def average_link(similarities: np.ndarray, threshold: float) -> list[int]:
    """Average-link clustering: the two groups whose pairs are the most alike on average join, while that mean
    reaches ``threshold``; found by the nearest-neighbour chain (exact for average link). Returns each item's
    group as the index of its first item; ties go to the lower index, so the result is fixed by the matrix."""
    n = len(similarities)
    mean = similarities.astype(np.float64, copy=True)
    np.fill_diagonal(mean, -math.inf)
    size = np.ones(n)
    into, done = list(range(n)), [False] * n
    chain: list[int] = []
    start = 0
    while True:
        if not chain:
            while start < n and (into[start] != start or done[start]):
                start += 1
            if start >= n:
                break
            chain = [start]
        a = chain[-1]
        b = int(np.argmax(mean[a]))
        best = mean[a, b]
        if best < threshold:  # no group reaches it now, nor will any it joins (means of means below it)
            done[a] = True
            mean[a, :] = mean[:, a] = -math.inf
            chain.pop()
            continue
        if len(chain) > 1 and mean[a, chain[-2]] == best:
            b = chain[-2]
        if len(chain) > 1 and b == chain[-2]:
            chain.pop()
            chain.pop()
            keep, gone = min(a, b), max(a, b)
            row = (size[a] * mean[a] + size[b] * mean[b]) / (size[a] + size[b])
            mean[keep, :] = mean[:, keep] = row
            mean[keep, keep] = -math.inf
            mean[gone, :] = mean[:, gone] = -math.inf
            size[keep] += size[gone]
            into[gone] = keep
        else:
            chain.append(b)
    return [_root(into, i) for i in range(n)]


def _root(into: list[int], i: int) -> int:
    while into[i] != i:
        i = into[i]
    return i
