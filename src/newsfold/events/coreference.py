"""Cross-document event merging behind one ``EventMerger`` protocol, chosen by ``[events] merger``.

``rules`` is the hand-weighted greedy merger of ``merge.py`` (evidence of shared dates, entities, words and place
in an article). ``learned`` is the pair model of ``coref.py``, fitted on ECB+ train and dev and shipped with
newsfold (``coref_model.py``): average-link clustering of its pair probabilities inside each story, with pairs the
record can never join (another type or mode, another day, one sentence) held apart, then the same record joins as
``rules`` (speeches, scenes). ``newsfold eval ecbplus`` scores the learned model; see the README for which figure
belongs to which merger.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import Protocol

import numpy as np

from ..errors import ConfigError
from ..models import Article, MentionContext
from ..settings import EventSettings
from .coref import PairScorer, average_link, pair_probabilities
from .coref_model import CorefModel, load_coref_model
from .doc_clusters import document_vectors
from .features import MentionFeatures
from .merge import Cluster, cluster_mentions, compatible, join_rules

__all__ = ["EventMerger", "RuleMerger", "LearnedMerger", "MERGERS", "load_merger", "context_idf"]

# How strongly a pair the record can never join pulls its clusters apart in average linking.
_NEVER = -10.0


class EventMerger(Protocol):
    name: str

    def merge(self, features: list[MentionFeatures], contexts: Mapping[str, MentionContext],
              articles: Sequence[Article]) -> list[Cluster]:
        """Group mentions (each knows its story) into events; ``contexts`` describe mentions by id (from the nlp
        stage) for learned scoring."""
        ...


class RuleMerger:
    name = "rules"

    def __init__(self, settings: EventSettings) -> None:
        self.settings = settings  # merge_threshold and the weights of the evidence

    def merge(self, features: list[MentionFeatures], contexts: Mapping[str, MentionContext],
              articles: Sequence[Article]) -> list[Cluster]:
        return cluster_mentions(features, self.settings)


def context_idf(contexts: Sequence[MentionContext]) -> dict[str, float]:
    """Inverse document frequency of the words around mentions, over their documents."""
    words: dict[str, set[str]] = defaultdict(set)
    for c in contexts:
        words[c.doc].update(c.context)
    df = Counter(w for bag in words.values() for w in bag)
    return {w: math.log(len(words) / n) for w, n in df.items()}


class LearnedMerger:
    name = "learned"

    def __init__(self, threshold: float, model: CorefModel | None = None) -> None:
        self.threshold = threshold
        self.model = model or load_coref_model()

    def scorer(self, contexts: Sequence[MentionContext], documents: Mapping[str, dict[str, float]]) -> PairScorer:
        """Pair features with the model's lemma pair counts, the rarity of words around these mentions and the
        documents' feature vectors."""
        return PairScorer(self.model.pairs, context_idf(contexts), dict(documents))

    def merge(self, features: list[MentionFeatures], contexts: Mapping[str, MentionContext],
              articles: Sequence[Article]) -> list[Cluster]:
        known = [f for f in features if f.mention.id in contexts]
        documents = document_vectors([(a.id, a.text) for a in articles])
        scorer = self.scorer([contexts[f.mention.id] for f in known], documents)
        by_story: dict[str | None, list[MentionFeatures]] = defaultdict(list)
        for f in sorted(known, key=lambda f: (f.story or "", f.mention.article, f.mention.start, f.mention.id)):
            by_story[f.story].append(f)
        clusters = []
        for f in features:  # a mention with no description (its trigger word was not found) stands alone
            if f.mention.id not in contexts:
                clusters.append(Cluster(f.mention.type))
                clusters[-1].add(f)
        for members in by_story.values():
            clusters += self._story(members, contexts, scorer)
        return join_rules(clusters)

    def cluster(self, members: Sequence[MentionContext], scorer: PairScorer, allowed: np.ndarray | None = None
                ) -> list[int]:
        """A cluster label per mention of one story: average-link clustering of the pair probabilities, pairs not
        ``allowed`` held apart. ``newsfold eval ecbplus`` calls this with ECB+'s mentions (allowing every pair)."""
        scores = pair_probabilities(members, self.model.model, scorer)
        if allowed is not None:
            scores = np.where(allowed, scores, _NEVER)
            np.fill_diagonal(scores, 0.0)
        return average_link(scores, self.threshold)

    def _story(self, members: list[MentionFeatures], contexts: Mapping[str, MentionContext], scorer: PairScorer
               ) -> list[Cluster]:
        n = len(members)
        allowed = np.array([[i == j or compatible(members[i], members[j]) for j in range(n)] for i in range(n)])
        out: dict[int, Cluster] = {}
        labels = self.cluster([contexts[f.mention.id] for f in members], scorer, allowed)
        for f, label in zip(members, labels, strict=True):
            out.setdefault(label, Cluster(f.mention.type)).add(f)
        return list(out.values())


MERGERS = ("rules", "learned")


def load_merger(settings: EventSettings) -> EventMerger:
    """The merger the settings name (``[events] merger``), with its settings."""
    if settings.merger == "rules":
        return RuleMerger(settings)
    if settings.merger == "learned":
        return LearnedMerger(settings.learned_threshold)
    raise ConfigError(f"unknown event merger {settings.merger!r} in [events] merger; known: {', '.join(MERGERS)}")
