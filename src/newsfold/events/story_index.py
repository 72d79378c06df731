"""The story index: stories as centroids, found through an inverted index of their features, and the similarities
the incremental story clustering (``doc_clusters``) asks of it, with what does not change between passes kept.

Every similarity adds the same terms in the same order as the plain formula (a text's features in its vector's
order), so it is the same to the last bit however it is computed: kept, summed through the index, or in numpy.
"""

from __future__ import annotations

import math
from collections import defaultdict
from operator import neg

import numpy as np

from ..settings import ClusterSettings

__all__ = ["StoryIndex"]

# a story's texts, and their vectors one after another: feature numbers, weights, which text each belongs to
_Block = tuple[list[str], np.ndarray, np.ndarray, np.ndarray]
_SHIFT = 1 << 32  # a story's number times this, plus a feature's number: one key for the story's weight on it


class StoryIndex:
    """Stories as centroids (sums of their texts' unit vectors), and an inverted index from feature to the
    stories whose texts hold it: a text is only ever compared with the stories sharing its rarest features.

    Kept per text, as its vector never changes: its probes (``candidates``), its vector as arrays (``closest_text``)
    and its dot product with each story it was compared with, valid while that story's version (bumped whenever a
    text joins or leaves it) is the same."""

    def __init__(self, settings: ClusterSettings) -> None:
        self.settings = settings
        self.vectors: dict[str, dict[str, float]] = {}
        self.story_of: dict[str, int] = {}
        self.centroids: list[dict[str, float]] = []
        self.members: list[set[str]] = []
        self.norms2: list[float] = []
        self.versions: list[int] = []
        self.index: dict[str, set[int]] = defaultdict(set)
        self.coverage: dict[str, float] = {}  # of each text, see FeatureWeights.coverage (1 when not given)
        self.changes: dict[str, int] = defaultdict(int)  # feature -> how many times its postings changed
        self._probes: dict[str, list[str]] = {}
        self._candidates: dict[str, tuple[tuple[int, ...], set[int]]] = {}  # text -> (its probes' changes, stories)
        self._dots_kept: dict[str, dict[int, tuple[int, float]]] = {}  # text -> story -> (version, dot product)
        self._rows: dict[str, tuple[np.ndarray, np.ndarray]] = {}  # text -> feature numbers, weights
        self._blocks: dict[int, tuple[int, _Block]] = {}  # story -> (version, its texts as arrays)
        self._centroid_rows: dict[int, tuple[int, np.ndarray, np.ndarray]] = {}  # story -> (version, keys, values)
        self._number_order: dict[str, np.ndarray] = {}  # text -> the order of its row by feature number
        self._number: dict[str, int] = {}  # feature -> its number in the rows
        self._position = np.full(1024, -1, dtype=np.int64)  # feature number -> place in one text's row, or -1

    def probes(self, vector: dict[str, float]) -> list[str]:
        """The text's ``probes`` rarest features (the heaviest; ties in the vector's order)."""
        return sorted(vector, key=vector.__getitem__, reverse=True)[: self.settings.probes]

    def candidates(self, vector: dict[str, float], probes: list[str] | None = None) -> set[int]:
        """The stories holding the text's rarest features (``probes``), at most ``candidates`` of them: those
        sharing the most probe weight (ties to the older story), so a text is compared with a bounded number of
        stories however large the corpus grows."""
        shared: dict[int, float] = defaultdict(float)
        for feature in self.probes(vector) if probes is None else probes:
            weight = vector[feature]
            for story in self.index.get(feature, ()):
                shared[story] += weight
        if len(shared) <= self.settings.candidates:
            return set(shared)
        # the most shared weight first, then the older story
        ranked = sorted(zip(map(neg, shared.values()), shared, strict=True))
        return {story for _, story in ranked[: self.settings.candidates]}

    def best(self, doc_id: str) -> tuple[int | None, float]:
        """The story most similar to a text (its own story counted without it), and the similarity."""
        own = self.story_of.get(doc_id)
        stories = self._candidates_of(doc_id) | ({own} if own is not None else set())
        dots = self._dots(doc_id, stories)
        best, score = None, 0.0
        for story in stories:
            s = self._cosine(dots[story], story, story == own)
            if s > score:
                best, score = story, s
        return best, score

    def _candidates_of(self, doc_id: str) -> set[int]:
        """A text's ``candidates``, kept while the postings of its probes are unchanged (the same sets, untouched,
        give the same stories in the same order)."""
        probes = self._probes_of(doc_id)
        seen = tuple(map(self.changes.__getitem__, probes))
        kept = self._candidates.get(doc_id)
        if kept is None or kept[0] != seen:
            kept = self._candidates[doc_id] = (seen, self.candidates(self.vectors[doc_id], probes))
        return kept[1]

    def _probes_of(self, doc_id: str) -> list[str]:
        probes = self._probes.get(doc_id)
        if probes is None:
            probes = self._probes[doc_id] = self.probes(self.vectors[doc_id])
        return probes

    def _dots(self, doc_id: str, stories: set[int]) -> dict[int, float]:
        """The dot products of a text's vector with the centroids of ``stories``: kept ones while their story is
        unchanged, the others worked out (``_sum_dots``); those of ``stories`` are kept, the others let go."""
        kept, versions = self._dots_kept.get(doc_id, {}), self.versions
        now: dict[int, tuple[int, float]] = {}
        stale = set()
        for story in stories:
            known = kept.get(story)
            if known is not None and known[0] == versions[story]:
                now[story] = known
            else:
                stale.add(story)
        if stale:
            for story, dot in self._sum_dots(doc_id, stale).items():
                now[story] = (versions[story], dot)
        self._dots_kept[doc_id] = now
        return {story: known[1] for story, known in now.items()}

    def _sum_dots(self, doc_id: str, stories: set[int]) -> dict[int, float]:
        """The dot products of a text's vector with the centroids of ``stories``: the products of the features a
        story holds placed in a matrix by the text's feature order (0 where the story lacks one), each row summed
        left to right. A story's centroid is found by key (``_centroid_row``: the story's number, then the
        feature's), all the stories' at once."""
        numbers, weights = self._row(doc_id)
        order = sorted(stories)
        rows = [self._centroid_row(story) for story in order]
        keys = np.concatenate([row[0] for row in rows])
        if not len(keys) or not len(numbers):
            return dict.fromkeys(order, 0.0)
        by_number = self._by_number(doc_id)  # the keys looked up in order: a binary search from the last one found
        wanted = (np.array(order, dtype=np.int64) * _SHIFT)[:, None] + numbers[by_number][None, :]
        at = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
        found = np.empty(wanted.shape)
        found[:, by_number] = np.where(keys[at] == wanted, np.concatenate([row[1] for row in rows])[at], 0.0)
        return dict(zip(order, np.cumsum(found * weights, axis=1)[:, -1].tolist(), strict=True))

    def _by_number(self, doc_id: str) -> np.ndarray:
        """The order of a text's features by their numbers."""
        order = self._number_order.get(doc_id)
        if order is None:
            order = self._number_order[doc_id] = np.argsort(self._row(doc_id)[0])
        return order

    def _centroid_row(self, story: int) -> tuple[np.ndarray, np.ndarray]:
        """A story's centroid as arrays, by key (the story's number times ``_SHIFT`` plus the feature's number, in
        order: stories in order follow one another), kept while the story is unchanged."""
        kept = self._centroid_rows.get(story)
        if kept is None or kept[0] != self.versions[story]:
            centroid = self.centroids[story]
            keys = np.fromiter(map(self._number.__getitem__, centroid), dtype=np.int64, count=len(centroid))
            values = np.fromiter(centroid.values(), dtype=np.float64, count=len(centroid))
            order = np.argsort(keys)
            kept = self._centroid_rows[story] = (self.versions[story], keys[order] + story * _SHIFT, values[order])
        return kept[1], kept[2]

    def similarity(self, vector: dict[str, float], story: int, leave_out: bool = False) -> float:
        """Cosine of a unit vector with a story's centroid (without the vector itself when ``leave_out``)."""
        centroid = self.centroids[story]
        dot = 0.0
        for f, w in vector.items():
            if f in centroid:
                dot += w * centroid[f]
        return self._cosine(dot, story, leave_out)

    def _cosine(self, dot: float, story: int, leave_out: bool) -> float:
        norm2 = self.norms2[story]
        if leave_out:
            dot, norm2 = dot - 1.0, norm2 - 2 * dot + 1.0
        return dot / math.sqrt(norm2) if norm2 > 1e-9 else 0.0

    def let_go_of_dots(self) -> None:
        """Drop what only ``best`` uses (the kept dot products, the centroids as arrays): a caller done asking it
        frees their memory for ``closest_text``'s."""
        self._dots_kept.clear()
        self._centroid_rows.clear()
        self._number_order.clear()

    def register(self, doc_id: str, vector: dict[str, float]) -> None:
        """A text arriving, before it is put in a story."""
        self._keep(doc_id, vector)

    def _keep(self, doc_id: str, vector: dict[str, float]) -> None:
        if self.vectors.get(doc_id) is not vector:
            for kept in (self._probes, self._candidates, self._dots_kept, self._rows, self._number_order):
                kept.pop(doc_id, None)
        self.vectors[doc_id] = vector

    def add(self, doc_id: str, vector: dict[str, float], story: int | None) -> int:
        """Put a text into a story (a new one when None); returns the story number."""
        if story is None:
            story = len(self.centroids)
            self.centroids.append({})
            self.members.append(set())
            self.norms2.append(0.0)
            self.versions.append(0)
        self._keep(doc_id, vector)
        self._row(doc_id)  # numbers its features: its story's centroid is looked up by them
        centroid, index, changes = self.centroids[story], self.index, self.changes
        norm2 = self.norms2[story]
        for f, w in vector.items():
            old = centroid.get(f, 0.0)
            centroid[f] = old + w
            norm2 += 2 * old * w + w * w
            if old == 0.0:  # a feature new to the story
                holders = index[f]
                if story not in holders:
                    holders.add(story)
                    changes[f] += 1
        self.norms2[story] = norm2
        self.versions[story] += 1
        self.members[story].add(doc_id)
        self.story_of[doc_id] = story
        return story

    def remove(self, doc_id: str) -> None:
        story, vector = self.story_of.pop(doc_id), self.vectors[doc_id]
        centroid = self.centroids[story]
        norm2 = self.norms2[story]
        for f, w in vector.items():
            old = centroid.get(f, 0.0)
            centroid[f] = old - w
            norm2 += w * w - 2 * old * w
            if centroid[f] < 1e-9:
                del centroid[f]
                self.index[f].discard(story)
                self.changes[f] += 1
        self.norms2[story] = norm2
        self.versions[story] += 1
        self.members[story].discard(doc_id)

    def move(self, doc_id: str, story: int) -> None:
        vector = self.vectors[doc_id]
        self.remove(doc_id)
        self.add(doc_id, vector, story)

    def closest_text(self, doc_id: str) -> tuple[str | None, float]:
        """The text in another story most similar to this one, among the members of the stories holding its
        rarest features; the similarity of the two texts' whole vectors (their features of their own too, see
        coverage). Ties go to the first text by id."""
        own = self.story_of[doc_id]
        stories = self._candidates_of(doc_id) - {own}
        blocks = [self._block(story) for story in stories if self.members[story]]
        if not blocks:
            return None, 0.0
        texts = [other for block in blocks for other in block[0]]
        scale, coverage = self.coverage.get(doc_id, 1.0), self.coverage
        best, score = None, 0.0
        for other, dot in sorted(zip(texts, self._text_dots(doc_id, blocks).tolist(), strict=True)):
            s = dot * scale * coverage.get(other, 1.0)
            if s > score:
                best, score = other, s
        return best, score

    def _text_dots(self, doc_id: str, blocks: list[_Block]) -> np.ndarray:
        """The dot products of a text's vector with the vectors of the blocks' texts: the products of their shared
        features placed in a matrix by the first text's feature order (0 where a text lacks one), each row summed
        left to right (``cumsum`` adds in order, as the plain sum does; adding 0 changes nothing)."""
        numbers, weights = self._row(doc_id)
        size = sum(len(block[0]) for block in blocks)
        if not len(numbers):
            return np.zeros(size)
        position = self._positions(len(self._number))
        position[numbers] = np.arange(len(numbers))
        at = position[np.concatenate([block[1] for block in blocks])]
        position[numbers] = -1
        held = at >= 0
        offsets = np.cumsum([0] + [len(block[0]) for block in blocks[:-1]])
        text = np.concatenate([block[3] + offset for block, offset in zip(blocks, offsets.tolist(), strict=True)])
        at = at[held]
        terms = np.zeros((size, len(numbers)))
        terms[text[held], at] = weights[at] * np.concatenate([block[2] for block in blocks])[held]
        return np.cumsum(terms, axis=1)[:, -1]

    def _block(self, story: int) -> _Block:
        """A story's texts and their vectors as arrays, one after another: feature numbers, weights, and which
        text each belongs to (kept while the story is unchanged)."""
        kept = self._blocks.get(story)
        if kept is None or kept[0] != self.versions[story]:
            texts = sorted(self.members[story])
            rows = [self._row(doc_id) for doc_id in texts]
            owner = np.repeat(np.arange(len(texts)), [len(row[0]) for row in rows])
            block = (texts, np.concatenate([row[0] for row in rows]), np.concatenate([row[1] for row in rows]), owner)
            kept = self._blocks[story] = (self.versions[story], block)
        return kept[1]

    def _row(self, doc_id: str) -> tuple[np.ndarray, np.ndarray]:
        """A text's vector as arrays: its features' numbers and weights, in the vector's order."""
        row = self._rows.get(doc_id)
        if row is None:
            vector, number = self.vectors[doc_id], self._number
            numbers = [number.setdefault(f, len(number)) for f in vector]
            row = self._rows[doc_id] = (np.array(numbers, dtype=np.int64),
                                        np.fromiter(vector.values(), dtype=np.float64, count=len(vector)))
        return row

    def _positions(self, size: int) -> np.ndarray:
        if len(self._position) < size:
            self._position = np.full(2 * size, -1, dtype=np.int64)
        return self._position
