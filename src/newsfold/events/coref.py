"""Cross-document event coreference: which event mentions, across the articles of one story, tell the same event.

Each mention is described by its head word and the participants, places and times around it (see
``nlp.mention_context``); a logistic model scores mention pairs inside one story, and average-link clustering
groups them (``coreference.LearnedMerger`` does both, in ``newsfold run`` and ``newsfold eval ecbplus`` alike).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from ..models import MentionContext

__all__ = ["MentionContext", "derivational_stem", "LemmaPairs", "FEATURES", "PairScorer",
           "PairModel", "pair_probabilities", "average_link", "LabelledGroup",
           "count_lemma_pairs", "train_pair_model"]

_LEAD = 2  # sentences at the top of a report that tell its main event
_SUFFIXES = ("ations", "ation", "ings", "ing", "ions", "ion", "ments", "ment", "ers", "er", "als", "al", "ed",
             "es", "s", "e", "y")


# Words that name the same kind of happening in news reports, written from general knowledge (not from any
# benchmark's test documents). Two mentions sharing a group may tell the same event; the model decides how much
# that weighs.
_SYNONYM_GROUPS = [group.split() for group in (
    "kill slay murder homicide slaying killing assassinate assassination massacre execute execution | "
    "die death dead perish fatal fatality decease pass passing | "
    "shoot shooting gun gunfire shot gunshot crossfire gunplay | stab stabbing knife | "
    "hit strike jolt rock shake rattle slam pound | earthquake quake temblor tremor | "
    "damage destroy destruction devastate raze flatten level wreck | cut sever damage break | "
    "outage disruption disrupt downtime blackout interruption | cause trigger spark unleash prompt | "
    "arrest detain apprehend nab capture custody | charge indict indictment accuse accusation prosecute | "
    "sue lawsuit suit litigation | sentence sentencing jail imprison imprisonment prison | "
    "convict conviction guilty plead plea verdict | acquit acquittal clear | "
    "fire sack dismiss dismissal oust ouster terminate axe firing relieve | "
    "hire appoint appointment name tap pick select choose replace succeed | job post position role | "
    "resign resignation quit step retire retirement leave departure | "
    "announce announcement unveil reveal introduce launch release debut present unveiling | "
    "release issue publish rush | buy acquire acquisition purchase takeover deal bid merger merge | "
    "win victory beat defeat triumph lose loss | clinch secure lock | retain keep defend | break set record | "
    "attack assault raid ambush offensive strike | raid sweep crackdown operation blitz | "
    "hack hacking breach intrusion | rob robbery heist raid steal theft burglary grab snatch loot | "
    "explode explosion blast bomb bombing detonate detonation | crash collision accident collide wreck smash | "
    "injure injury wound hurt injured | rescue save evacuate evacuation | flee escape fled getaway run | "
    "find discover discovery uncover locate | see watch witness | enter check admit admission | "
    "rehab rehabilitation treatment | suicide hang | protest demonstrate demonstration rally march | "
    "meet meeting talk talks summit | elect election reelect | vote poll ballot cast | "
    "nominate nomination nominee | hijack hijacking seize seizure commandeer | "
    "thwart foil repel repulse prevent stop | blaze fire burn burning flame inferno arson | flood flooding deluge | "
    "storm hurricane cyclone typhoon | erupt eruption | kidnap kidnapping abduct abduction | "
    "invade invasion incursion | cut slash reduce lower reduction | raise hike increase boost | host emcee | "
    "perform performance play concert show gig | ceremony awards gala show | patch fix update plug | "
    "drive driving dui dwi"
).split(" | ")]
# Reporting words: two reports of speech are one event only when the speaker and what is said match.
_REPORTING = frozenset("say tell report state add claim announce confirm reveal note explain describe insist admit "
                       "deny accord speak comment write quote".split())
_SYNONYMS: dict[str, set[int]] = defaultdict(set)
for _number, _group in enumerate(_SYNONYM_GROUPS):
    for _word in _group:
        _SYNONYMS[_word].add(_number)


def derivational_stem(lemma: str) -> str:
    """A crude shared stem for derivations: "election" / "elect", "shooting" / "shoot", "arrest" / "arrests"."""
    word = lemma.lower()
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:6]


class LemmaPairs:
    """How often two head lemmas corefer in training pairs: a smoothed log-odds against the base rate. Also how
    often a kind of mention (its lemma, dependency label, tag) corefers with anything at all in its story."""

    def __init__(self, prior: float = 2.0, base_rate: float = 0.1) -> None:
        self.prior = prior
        self.base_rate = base_rate
        self.together: Counter[tuple[str, str]] = Counter()
        self.seen: Counter[tuple[str, str]] = Counter()
        self.linked: Counter[str] = Counter()  # mentions of a kind with a coreferent
        self.mentions: Counter[str] = Counter()
        self._linked_rate: float | None = None

    @staticmethod
    def key(a: str, b: str) -> tuple[str, str]:
        return (a, b) if a <= b else (b, a)

    def add(self, a: str, b: str, coreferent: bool) -> None:
        k = self.key(a, b)
        self.seen[k] += 1
        self.together[k] += int(coreferent)

    @staticmethod
    def kinds(m: MentionContext) -> tuple[str, str, str]:
        dep, _, tag = m.role.partition("/")
        return f"lemma:{m.lemma}", f"dep:{dep}", f"tag:{tag}"

    def add_mention(self, m: MentionContext, linked: bool) -> None:
        for kind in self.kinds(m):
            self.mentions[kind] += 1
            self.linked[kind] += int(linked)
        self._linked_rate = None

    def without(self, other: LemmaPairs) -> LemmaPairs:
        """These counts minus another's (to score training pairs with counts from the other topics only)."""
        out = LemmaPairs(self.prior, self.base_rate)
        out.together, out.seen = self.together - other.together, self.seen - other.seen
        out.linked, out.mentions = self.linked - other.linked, self.mentions - other.mentions
        return out

    def log_odds(self, a: str, b: str) -> float:
        k = self.key(a, b)
        n, k_pos = self.seen.get(k, 0), self.together.get(k, 0)
        rate = (k_pos + self.prior * self.base_rate) / (n + self.prior)
        return math.log(rate / (1 - rate)) - math.log(self.base_rate / (1 - self.base_rate))

    def known(self, a: str, b: str) -> float:
        return math.log1p(self.seen.get(self.key(a, b), 0))

    def linked_odds(self, m: MentionContext) -> float:
        """Summed log-odds, against the share of all mentions, that a mention of this lemma, dependency label and
        tag corefers with another: modifiers ("security update") and reporting verbs seldom do, headline verbs do.
        Unseen kinds add nothing."""
        if self._linked_rate is None:
            counted = [k for k in self.mentions if k.startswith("dep:")]  # each mention counted once
            self._linked_rate = (sum(self.linked[k] for k in counted) + 1) / (sum(self.mentions[k] for k in counted)
                                                                              + 2)
        base = self._linked_rate
        out = 0.0
        for kind in self.kinds(m):
            rate = (self.linked[kind] + self.prior * base) / (self.mentions[kind] + self.prior)
            out += math.log(rate / (1 - rate)) - math.log(base / (1 - base))
        return out


FEATURES = tuple("""same_lemma same_stem synonym acronym lemma_context lemma_pair lemma_pair_seen word_overlap same_pos
    verb_noun head_vector context_vector subject_overlap object_overlap argument_cross participant_overlap
    participant_conflict place_overlap place_conflict time_overlap time_conflict context window centrality_min
    centrality_max lead same_doc same_sentence document_similarity linked_min linked_max reporting reporting_subject
    reporting_object
    reporting_context reporting_context_vector reporting_same_doc reporting_participant""".split())
_REPORTING_WITH = ("subject_overlap", "object_overlap", "context", "context_vector", "same_doc", "participant_overlap")


def _incidence(sets: Sequence[Iterable[str]]) -> np.ndarray:
    vocab: dict[str, int] = {}
    rows = [[vocab.setdefault(w, len(vocab)) for w in s] for s in sets]
    out = np.zeros((len(sets), max(1, len(vocab))))
    for i, row in enumerate(rows):
        out[i, row] = 1.0
    return out


def _overlap(sets: Sequence[frozenset[str]]) -> tuple[np.ndarray, np.ndarray]:
    """Pairwise Jaccard overlap, and 1 where both sides name something and share nothing."""
    m = _incidence(sets)
    inter = m @ m.T
    size = m.sum(axis=1)
    union = size[:, None] + size[None, :] - inter
    jaccard = np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
    conflict = ((size[:, None] > 0) & (size[None, :] > 0) & (inter == 0)).astype(float)
    return jaccard, conflict


def _unit_rows(m: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    return np.divide(m, norms, out=np.zeros_like(m), where=norms > 0)


def _cosines(vectors: Sequence[tuple[float, ...]]) -> np.ndarray:
    if not vectors or any(len(v) != len(vectors[0]) for v in vectors) or not vectors[0]:
        return np.zeros((len(vectors), len(vectors)))
    unit = _unit_rows(np.array(vectors, dtype=float))
    return unit @ unit.T


def _equal(values: Sequence[object]) -> np.ndarray:
    codes: dict[object, int] = {}
    ids = np.array([codes.setdefault(v, len(codes)) for v in values])
    return np.equal.outer(ids, ids).astype(float)


def _synonyms(lemmas: list[str]) -> np.ndarray:
    groups = [_SYNONYMS.get(x, set()) for x in lemmas]
    return np.array([[float(bool(a & b)) for b in groups] for a in groups])


def _acronyms(members: Sequence[MentionContext]) -> np.ndarray:
    out = np.array([[float(bool(a.acronym) and a.acronym == b.lemma) for b in members] for a in members])
    return np.maximum(out, out.T)


@dataclass
class PairScorer:
    """Computes pair features for a group of mentions from lemma pair counts and word rarity (idf)."""

    pairs: LemmaPairs
    idf: dict[str, float]
    documents: dict[str, dict[str, float]] = field(default_factory=dict)  # unit vectors of the story clustering

    def _documents(self, docs: list[str]) -> np.ndarray:
        """Cosine of the two mentions' documents (1 within a document, 0 when no vectors were given)."""
        names = sorted(set(docs))
        where = {d: i for i, d in enumerate(names)}
        vectors = [self.documents.get(d, {}) for d in names]
        sims = np.array([[sum(w * b.get(f, 0.0) for f, w in a.items()) for b in vectors] for a in vectors])
        rows = [where[d] for d in docs]
        return sims[np.ix_(rows, rows)]

    def _context(self, bags: Sequence[tuple[str, ...]]) -> np.ndarray:
        """Pairwise idf-weighted cosine of bags of words."""
        vocab: dict[str, int] = {}
        rows = [[vocab.setdefault(w, len(vocab)) for w in bag] for bag in bags]
        weights = np.zeros((len(bags), max(1, len(vocab))))
        for i, row in enumerate(rows):
            for j in row:
                weights[i, j] += 1.0
        idf = np.ones(weights.shape[1])
        for w, j in vocab.items():
            idf[j] = self.idf.get(w, 1.0)
        unit = _unit_rows(weights * idf)
        return unit @ unit.T

    def _lemma_context(self, members: Sequence[MentionContext]) -> np.ndarray:
        """Cosine of the pooled sentence words of every mention with the one lemma and the other in the group:
        two words for one happening keep the same company (who, where, when) across a story's reports."""
        lemmas = sorted({m.lemma for m in members})
        where = {x: i for i, x in enumerate(lemmas)}
        pooled = [Counter[str]() for _ in lemmas]
        for m in members:
            pooled[where[m.lemma]].update(m.context)
        vocab: dict[str, int] = {}
        weights = np.zeros((len(lemmas), 1 + sum(len(c) for c in pooled)))
        for i, counts in enumerate(pooled):
            for w, n in counts.items():
                weights[i, vocab.setdefault(w, len(vocab))] = (1 + math.log(n)) * self.idf.get(w, 1.0)
        unit = _unit_rows(weights)
        similarity = unit @ unit.T
        np.fill_diagonal(similarity, 0.0)  # one lemma pooled with itself says nothing
        rows = [where[m.lemma] for m in members]
        return similarity[np.ix_(rows, rows)]

    def _lemma_pairs(self, lemmas: list[str]) -> tuple[np.ndarray, np.ndarray]:
        unique = sorted(set(lemmas))
        where = {x: i for i, x in enumerate(unique)}
        rows = [where[x] for x in lemmas]
        odds = np.array([[self.pairs.log_odds(a, b) for b in unique] for a in unique])
        seen = np.array([[self.pairs.known(a, b) for b in unique] for a in unique])
        return odds[np.ix_(rows, rows)], seen[np.ix_(rows, rows)]

    def features(self, members: Sequence[MentionContext]) -> np.ndarray:
        """(n, n, len(FEATURES)) pair features of one group of mentions."""
        lemmas = [m.lemma for m in members]
        docs = [m.doc for m in members]
        same_doc = _equal(docs)
        sentence = np.array([m.sentence for m in members])
        pos = np.array([m.pos for m in members])
        verb, noun = pos == "VERB", pos == "NOUN"
        n_docs = max(1, len(set(docs)))
        share = {x: len({m.doc for m in members if m.lemma == x}) / n_docs for x in set(lemmas)}
        central = np.array([share[x] for x in lemmas])
        lead = (sentence <= _LEAD).astype(float)
        linked = np.array([self.pairs.linked_odds(m) for m in members])
        blocks = [
            _equal(lemmas), _equal([derivational_stem(x) for x in lemmas]), _synonyms(lemmas), _acronyms(members),
            self._lemma_context(members),
            *self._lemma_pairs(lemmas),
            _overlap([m.words for m in members])[0],
            _equal(list(pos)), (np.outer(verb, noun) | np.outer(noun, verb)).astype(float),
            _cosines([m.vector for m in members]), _cosines([m.context_vector for m in members]),
            _overlap([m.subjects for m in members])[0], _overlap([m.objects for m in members])[0],
            _overlap([m.subjects | m.objects for m in members])[0],
            *_overlap([m.participants for m in members]), *_overlap([m.places for m in members]),
            *_overlap([m.times for m in members]),
            self._context([m.context for m in members]), self._context([m.window for m in members]),
            np.minimum.outer(central, central), np.maximum.outer(central, central), np.outer(lead, lead),
            same_doc, same_doc * np.equal.outer(sentence, sentence), self._documents(docs),
            np.minimum.outer(linked, linked), np.maximum.outer(linked, linked),
        ]
        reporting = np.array([x in _REPORTING for x in lemmas], dtype=float)
        both = np.outer(reporting, reporting)
        names = FEATURES[: len(blocks)]
        blocks += [both] + [both * blocks[names.index(name)] for name in _REPORTING_WITH]
        return np.stack(blocks, axis=-1)

    def split_features(self, members: Sequence[MentionContext]) -> np.ndarray:
        """The features twice over, once for pairs with the same head lemma and once for the others, so the model
        weighs evidence separately for the two (arguments matter more when the words already agree)."""
        x = self.features(members)
        same = x[:, :, :1]
        return np.concatenate([x * same, x * (1 - same)], axis=-1)


class PairModel:
    """Logistic regression over pair features (standardised), fitted by Newton's method with an L2 penalty."""

    def __init__(self, l2: float = 1.0) -> None:
        self.l2 = l2
        self.mean = np.zeros(2 * len(FEATURES))
        self.scale = np.ones(2 * len(FEATURES))
        self.weights = np.zeros(2 * len(FEATURES) + 1)

    def _design(self, x: np.ndarray) -> np.ndarray:
        return np.hstack([(x - self.mean) / self.scale, np.ones((len(x), 1))])

    def fit(self, x: np.ndarray, y: np.ndarray, iterations: int = 30) -> PairModel:
        spread = x.std(axis=0)
        self.mean, self.scale = x.mean(axis=0), np.where(spread > 1e-9, spread, 1.0)  # constant features stay put
        z = self._design(x)
        w = np.zeros(z.shape[1])
        penalty = self.l2 * np.eye(z.shape[1])
        penalty[-1, -1] = 0.0
        for _ in range(iterations):
            p = 1 / (1 + np.exp(-(z @ w)))
            step = np.linalg.solve((z * (p * (1 - p))[:, None]).T @ z + penalty, z.T @ (p - y) + penalty @ w)
            w -= step
            if np.abs(step).max() < 1e-6:
                break
        self.weights = w
        return self

    def probability(self, x: np.ndarray) -> np.ndarray:
        return np.asarray(1 / (1 + np.exp(-(self._design(x) @ self.weights))))


def average_link(scores: np.ndarray, threshold: float) -> list[int]:
    """Average-link agglomerative clustering of a symmetric score matrix; returns a cluster label per row."""
    n = len(scores)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    sums = scores.astype(float).copy()  # sums[i, j]: total score between clusters i and j
    sizes = np.ones(n)
    active = np.ones(n, dtype=bool)
    while active.sum() > 1:
        average = sums / np.outer(sizes, sizes)
        average[~active, :] = -np.inf
        average[:, ~active] = -np.inf
        np.fill_diagonal(average, -np.inf)
        i, j = divmod(int(np.argmax(average)), n)
        if average[i, j] < threshold:
            break
        sums[i, :] += sums[j, :]
        sums[:, i] = sums[i, :]
        sizes[i] += sizes[j]
        members[i] += members.pop(j)
        active[j] = False
    labels = [0] * n
    for label, rows in members.items():
        for row in rows:
            labels[row] = label
    return labels


def pair_probabilities(members: Sequence[MentionContext], model: PairModel, scorer: PairScorer) -> np.ndarray:
    """Symmetric matrix of coreference probabilities (zero diagonal)."""
    n = len(members)
    if n < 2:
        return np.zeros((n, n))
    scores = model.probability(scorer.split_features(members).reshape(n * n, -1)).reshape(n, n)
    scores = (scores + scores.T) / 2
    np.fill_diagonal(scores, 0.0)
    return scores


@dataclass(frozen=True)
class LabelledGroup:
    """Training data: the mentions of one story, the gold chain of each, and a fold (e.g. the topic): pairs of a
    fold are scored with lemma pair counts from the other folds, as unseen stories will be."""

    members: list[MentionContext]
    chains: list[Hashable]
    fold: Hashable


def count_lemma_pairs(groups: Iterable[LabelledGroup]) -> LemmaPairs:
    """Lemma pair counts over every mention pair of each group, and per kind of mention whether it has a coreferent
    in its group."""
    pairs = LemmaPairs()
    for group in groups:
        sizes = Counter(group.chains)
        for m, chain in zip(group.members, group.chains, strict=True):
            pairs.add_mention(m, sizes[chain] > 1)
        for i, a in enumerate(group.members):
            for j in range(i + 1, len(group.members)):
                pairs.add(a.lemma, group.members[j].lemma, group.chains[i] == group.chains[j])
    return pairs


def train_pair_model(groups: Sequence[LabelledGroup], idf: dict[str, float],
                     documents: dict[str, dict[str, float]] | None = None) -> tuple[PairModel, PairScorer]:
    """Fit the pair model on every mention pair inside each group; returns it with the scorer to use it with."""
    everything = count_lemma_pairs(groups)
    by_fold: dict[Hashable, list[LabelledGroup]] = defaultdict(list)
    for group in groups:
        by_fold[group.fold].append(group)
    xs, ys = [], []
    for fold_groups in by_fold.values():
        scorer = PairScorer(everything.without(count_lemma_pairs(fold_groups)), idf, documents or {})
        for group in fold_groups:
            if len(group.members) < 2:
                continue
            upper = np.triu_indices(len(group.members), 1)
            xs.append(scorer.split_features(group.members)[upper])
            ys.append(_equal(group.chains)[upper])
    model = PairModel().fit(np.vstack(xs), np.concatenate(ys))
    return model, PairScorer(everything, idf, documents or {})
