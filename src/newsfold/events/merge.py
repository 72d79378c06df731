"""Cross-document event coreference: event mentions that report the same real event become one Event.

Greedy clustering within each story: a mention joins the best compatible event (same type, compatible
mode and date) when shared entities, shared words and closeness in its own article say it is the same.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from rapidfuzz import fuzz

from .. import progress
from ..settings import EventSettings
from .features import MentionFeatures

__all__ = ["Cluster", "cluster_mentions", "compatible", "join_rules"]

# Kinds of event a story has at most one of on a given day.
ONE_PER_DAY = {"ELECTION"}
# The kinds of event a story is about, whose "the strike" names one the story tells; "the meeting" or "the
# statement" names any of many and is never joined by its article alone.
REFERRED = {"PROTEST", "COERCE", "ASSAULT", "FIGHT", "ELECTION"}


@dataclass
class Cluster:
    """Mentions of one event, with what they say in common kept up to date as mentions join (``add``)."""

    type: str
    members: list[MentionFeatures] = field(default_factory=list)
    words: Counter[str] = field(default_factory=Counter)
    entities: Counter[str] = field(default_factory=Counter)
    days: set[str] = field(default_factory=set)  # the day-precise dates its mentions give
    weekdays: set[str] = field(default_factory=set)
    modes: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)  # the place entities its mentions name
    counts: set[tuple[str, float]] = field(default_factory=set)  # what its mentions' figures count
    articles: set[str] = field(default_factory=set)  # the articles its mentions stand in
    sentences: set[tuple[str, int]] = field(default_factory=set)  # (article, start) of its mentions
    dates: set[str] = field(default_factory=set)  # its mentions' dates as given ("" for none)
    coarse: set[str] = field(default_factory=set)  # the month- or year-precise dates among them
    # what ``_score`` asks of every cluster shown to a mention, kept as members join instead of read from all of
    # them each time: their origins, words, entities and actors, and the members in each article
    origins: set[str] = field(default_factory=set)
    vocab: set[str] = field(default_factory=set)
    named: set[str] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)
    in_article: dict[str, list[MentionFeatures]] = field(default_factory=dict)

    @classmethod
    def of(cls, type_: str, members: list[MentionFeatures]) -> Cluster:
        """A cluster of ``members`` (its shared words, days, modes and places worked out as each joins)."""
        cluster = cls(type_)
        for f in members:
            cluster.add(f)
        return cluster

    def add(self, f: MentionFeatures) -> None:
        self.members.append(f)
        self.words.update(f.words)
        self.entities.update(f.entities)
        m = f.mention
        self.articles.add(m.article)
        self.sentences.add((m.article, m.start))
        self.dates.add(m.date or "")
        if m.date and m.date_granularity in ("month", "year"):
            self.coarse.add(m.date)
        if m.date and m.date_granularity == "day":
            self.days.add(m.date)
        if m.weekday:
            self.weekdays.add(m.weekday)
        if m.mode:
            self.modes.add(m.mode)
        self.places.update(f.places)
        self.counts.update(f.counts)
        self.origins.add(f.origin)
        self.vocab.update(f.words)
        self.named.update(f.entities)
        self.actors.update(f.actors)
        self.in_article.setdefault(m.article, []).append(f)

    @property
    def id(self) -> str:
        first = min(f.mention.id for f in self.members)
        return "V" + hashlib.sha1(first.encode()).hexdigest()[:10]


@lru_cache(maxsize=1 << 16)
def _norm_quote(text: str) -> str:
    """A quotation's words in lower case, in any script (a Russian quote compares with its copy as an English one
    does)."""
    return " ".join(re.findall(r"[^\W_]+", text.lower()))


def _long_enough(normalised: str) -> bool:
    return len(normalised) >= 20 and len(normalised.split()) >= 5


@lru_cache(maxsize=1 << 16)
def quote_words(text: str) -> frozenset[str] | None:
    """The words of four letters or more of a quotation long enough to be recognised in another report (None for
    a shorter one). Two renderings of one quotation that have two or more such words each share two of them."""
    normalised = _norm_quote(text)
    return frozenset(w for w in normalised.split() if len(w) >= 4) if _long_enough(normalised) else None


@lru_cache(maxsize=1 << 18)  # a story's mentions are compared with the same members again and again
def same_quote(a: str | None, b: str | None) -> bool:
    """Two renderings of one quotation (punctuation, truncation and small edits aside)."""
    wa, wb = quote_words(a or ""), quote_words(b or "")
    if wa is None or wb is None or min(len(wa), len(wb)) >= 2 and len(wa & wb) < 2:
        return False
    na, nb = _norm_quote(a or ""), _norm_quote(b or "")
    # a cut-off lets rapidfuzz stop early; below it the score is 0
    return fuzz.partial_ratio(na, nb, score_cutoff=88) >= 88 or fuzz.token_sort_ratio(na, nb, score_cutoff=85) >= 85


def _quoted_alike(f: MentionFeatures, c: Cluster) -> bool:
    """The same words in the same mouth (speakers must not differ where both are known)."""
    if quote_words(f.mention.quote or "") is None:
        return False
    actors = set(f.actors)  # the speakers first: comparing the words costs more
    return any((not actors or not g.actors or actors.intersection(g.actors)) and
               same_quote(f.mention.quote, g.mention.quote) for g in c.members)


class _Quoted:
    """``_quoted_alike`` of one mention with the clusters shown to it, worked out once per cluster (both
    ``_compatible`` and ``_score`` ask, and the clusters do not change meanwhile)."""

    def __init__(self, f: MentionFeatures) -> None:
        self.f, self.seen = f, dict[int, bool]()

    def __call__(self, c: Cluster) -> bool:
        if (key := id(c)) not in self.seen:
            self.seen[key] = _quoted_alike(self.f, c)
        return self.seen[key]


def _compatible(f: MentionFeatures, c: Cluster, quoted: _Quoted | None = None) -> bool:
    m = f.mention
    if m.type != c.type:
        return False
    if (m.article, m.start) in c.sentences:
        return False  # one sentence's mentions of one type are different events (the extractor keeps one each)
    if m.date and m.date_granularity == "day" and c.days and m.date not in c.days:
        return False
    if m.date and m.date_granularity in ("month", "year") and any(not d.startswith(m.date) for d in c.dates):
        return False  # "in 1991" is not any day of this event's
    if c.coarse and not m.date:
        return False  # nor does an undated mention join what happened "in 1991"
    if m.type == "STATEMENT":
        alike = quoted(c) if quoted is not None else _quoted_alike(f, c)
        if not alike and not _fits_day(f, c.days):
            return False
        same_speaker = bool(c.named.intersection(f.actors))
        return alike or (same_speaker and m.article in c.articles)
    if m.mode and c.modes and m.mode not in c.modes and (m.type != "PROTEST" or not any(
            g.origin == f.origin for g in c.members)):
        return False  # a strike and a march are one event only as one report tells them
    if m.date and m.date_granularity == "day" and c.days and m.date not in c.days:
        return False
    if m.weekday and c.weekdays and m.weekday not in c.weekdays:
        return False
    return True


def _lemma(trigger: str) -> str:
    word = trigger.split()[0].lower()
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _fits_day(f: MentionFeatures, days: set[str]) -> bool:
    """An undated statement in a report is taken as made around the report's own day: it does not join
    statements dated to another day ("On Aug. 9, he claimed ..." in a report of 17 August)."""
    m = f.mention
    if m.date or not days or not f.published:
        return True
    return any(abs((date.fromisoformat(d) - date.fromisoformat(f.published)).days) <= 1 for d in days)


def _dated_alike(f: MentionFeatures, c: Cluster) -> bool:
    m = f.mention
    return bool((m.date and m.date in c.days) or (m.weekday and m.weekday in c.weekdays))


def _score(f: MentionFeatures, c: Cluster, weights: EventSettings, quoted: _Quoted | None = None) -> float:
    """How strongly the evidence says mention ``f`` reports cluster ``c``'s event."""
    m = f.mention
    here = c.in_article.get(m.article, [])  # the members in the mention's own article
    same_source = bool(here) or f.origin in c.origins
    if quoted(c) if quoted is not None else _quoted_alike(f, c):
        return 2.0  # the same words from the same mouth: one statement
    if m.type == "STATEMENT":  # one speaker, one article, a few paragraphs apart: one speech (nearest first)
        gaps = [abs(g.paragraph - f.paragraph) for g in here]
        if not gaps or min(gaps) > 3:
            return 0.0
        vocab = c.vocab
        return 0.6 + 0.05 * (3 - min(gaps)) + 0.3 * len(f.words & vocab) / max(1, len(f.words | vocab))
    # another article's mention with no date in common must bring more evidence: a wrong merge is worse than two
    # entries for one event
    score = 0.0 if same_source or _dated_alike(f, c) else -weights.stranger_penalty
    if m.date and m.date in c.days:
        score += 0.8 if m.type in ONE_PER_DAY else weights.same_day
        if m.article in c.articles and m.mode in c.modes and \
                not (f.places and c.places and not set(f.places) & c.places):
            score += 0.3  # one article, one kind of event, one day, no two places: told twice
    elif m.weekday and m.weekday in c.weekdays:
        score += 0.15
    actors = c.actors
    if not m.date and not m.weekday and f.published and c.days == {f.published} and m.mode in c.modes and \
            m.article in c.articles and not (f.actors and actors and not set(f.actors) & actors):
        score += 0.3  # an undated account, in a report of the day, of the kind of event the report dates to that day
    # a figure counting the same thing with the same value is named evidence too, whatever the language
    shared = len(f.entities & c.named) + len(f.counts & c.counts)
    score += min(weights.shared_entities_max, weights.shared_entity * shared)
    vocab = c.vocab
    if f.words and vocab:
        score += len(f.words & vocab) / len(f.words | vocab) * weights.shared_words
    # the lines next to a look back at the event ("since the strike began on Monday") tell other things: only
    # members that report the event as news vouch for what stands beside them
    gaps = [abs(g.paragraph - f.paragraph) for g in here if not _retrospective(g)]
    if any(_lemma(g.mention.trigger) == _lemma(m.trigger) and abs(g.paragraph - f.paragraph) <= 3 for g in here):
        score += 0.3  # the same word for it a few paragraphs on: "confronted ... on Monday", "was confronted by"
    if gaps and min(gaps) <= 1 and (not m.mode or m.mode in c.modes) and (not m.date or not c.days):
        score += 0.4  # the next lines of one article elaborating the same event
    elif gaps and min(gaps) <= 2:
        score += 0.2
    copies = [g for g in c.members if g.origin == f.origin and g.mention.article != m.article] \
        if f.origin in c.origins else []
    if copies and any(len(g.words & f.words) >= 0.8 * max(1, len(f.words)) for g in copies):
        score += weights.copied_sentence  # the same sentence in a copy of the same article
    if m.mode and c.modes and m.mode not in c.modes:
        score -= 0.15
    return score


def cluster_mentions(features: list[MentionFeatures], settings: EventSettings) -> list[Cluster]:
    """Deterministic greedy clustering (mentions visited in date, article and position order): a mention joins
    the best compatible event when its score reaches ``settings.merge_threshold``."""
    clusters: list[Cluster] = []
    order = sorted(features, key=lambda f: (f.story or "", f.mention.date or "9999", f.mention.article,
                                            f.mention.start))
    held = _Held()
    for f in progress.over(order, "mention", what="merging"):
        quoted = _Quoted(f)
        candidates = [c for c in held.open_to(f) if _compatible(f, c, quoted)]
        if (referred := _referred(f, candidates)) is not None:
            held.join(referred, f)
            continue
        scores = [_score(f, c, settings, quoted) for c in candidates]
        if scores and max(scores) >= settings.merge_threshold:  # the first of the best
            held.join(candidates[scores.index(max(scores))], f)
            continue
        if (told := _told_again(f, candidates)) is not None:
            held.join(told, f)
            continue
        cluster = Cluster(f.mention.type)
        held.join(cluster, f)
        clusters.append(cluster)
    return join_rules(clusters)


class _Held:
    """The events found so far, per story and type, in the order they were opened (which breaks ties). A statement
    joins only a speech its own article tells or one quoting the same words (``_compatible``, ``same_quote``): it
    is shown those alone, found through its article and the words of its quotation, so the work per statement
    grows with what it shares, not with its story."""

    def __init__(self) -> None:
        self.held: dict[int, Cluster] = {}  # id(cluster) -> cluster
        self.opened: dict[int, int] = {}  # id(cluster) -> when it was opened
        self.by_type: dict[tuple[str | None, str], list[Cluster]] = {}
        self.by_article: dict[tuple[str | None, str], set[int]] = {}  # (story, article) -> statements told there
        self.by_word: dict[tuple[str | None, str], set[int]] = {}  # (story, word) -> statements quoting it
        self.few_words: dict[str | None, set[int]] = {}  # statements quoting fewer than two such words

    def open_to(self, f: MentionFeatures) -> list[Cluster]:
        if f.mention.type != "STATEMENT":
            return self.by_type.get((f.story, f.mention.type), [])
        words = quote_words(f.mention.quote or "")
        if words is not None and len(words) < 2:
            return self.by_type.get((f.story, f.mention.type), [])
        found = set(self.by_article.get((f.story, f.mention.article), ()))
        if words is not None:
            shared: Counter[int] = Counter()
            for word in words:
                shared.update(self.by_word.get((f.story, word), ()))
            found.update(c for c, n in shared.items() if n >= 2)
            found.update(self.few_words.get(f.story, ()))
        return [self.held[c] for c in sorted(found, key=self.opened.__getitem__)]

    def join(self, cluster: Cluster, f: MentionFeatures) -> None:
        key = id(cluster)
        if key not in self.held:
            self.held[key] = cluster
            self.opened[key] = len(self.opened)
            self.by_type.setdefault((f.story, f.mention.type), []).append(cluster)
        cluster.add(f)
        if f.mention.type != "STATEMENT":
            return
        self.by_article.setdefault((f.story, f.mention.article), set()).add(key)
        words = quote_words(f.mention.quote or "")
        if words is not None and len(words) < 2:
            self.few_words.setdefault(f.story, set()).add(key)
        for word in words or ():
            self.by_word.setdefault((f.story, word), set()).add(key)


def _referred(f: MentionFeatures, candidates: list[Cluster]) -> Cluster | None:
    """The event an undated "the strike" names (``EventMention.reference``): the one dated event of its type and
    kind that its own article tells, else the one its story tells; None when there are several (an honest
    event of its own rather than a guess). Undated mentions are merged after dated ones, so every dated event of
    the story is known by then."""
    m = f.mention
    if not m.reference or m.date or m.type not in REFERRED:
        return None
    dated = [c for c in candidates if c.type == m.type and c.days and (not m.mode or m.mode in c.modes)]
    here = [c for c in dated if m.article in c.articles]
    for found in (here, dated):
        if len(found) == 1:
            return found[0]
        if found:
            return None
    return None


def _retrospective(f: MentionFeatures) -> bool:
    """A mention dated two days or more before its article's own: a look back ("since the strike began on
    Monday" on Saturday), where yesterday's event is still the news."""
    m = f.mention
    if not (m.date and m.date_granularity == "day" and f.published):
        return False
    return (date.fromisoformat(f.published) - date.fromisoformat(m.date)).days >= 2


def _told_again(f: MentionFeatures, candidates: list[Cluster]) -> Cluster | None:
    """A look back at an event the story already holds joins it, with no other evidence, when it is the one event
    of its type and kind the story has on that day, in no other place: "the interior ministry said ... since the
    strike began on Monday" in Friday's report is Monday's walkout told again, not a second strike. Either side
    may be the look back (whichever report is read first)."""
    m = f.mention
    if m.type == "STATEMENT" or not (m.date and m.date_granularity == "day"):
        return None
    same_day = [c for c in candidates if c.type == m.type and m.date in c.days
                and (not m.mode or not c.modes or m.mode in c.modes)]
    if len(same_day) != 1:
        return None
    c = same_day[0]
    if f.places and c.places and not set(f.places) & c.places:
        return None
    return c if _retrospective(f) or all(_retrospective(g) for g in c.members) else None


def join_rules(clusters: list[Cluster]) -> list[Cluster]:
    """The record's joins, whatever scored the mention pairs: one speaker's statements a few paragraphs apart,
    statements quoted word for word by the same origins, and events told beside a quote two reports share. Each
    story is joined on its own (an event never spans two stories), so the work grows with the stories' sizes,
    not with the corpus."""
    by_story: dict[str | None, list[Cluster]] = {}
    for c in clusters:
        by_story.setdefault(c.members[0].story if c.members else None, []).append(c)
    return [joined for group in progress.over(list(by_story.values()), "story", what="joins")
            for joined in _merge_anchored(_join_scenes(_join_speeches(group)))]


def compatible(f: MentionFeatures, g: MentionFeatures) -> bool:
    """Whether two mentions may tell one event at all (type, mode, day, weekday; statements by speaker or words),
    both ways round."""
    return _compatible(f, Cluster.of(g.mention.type, [g])) and _compatible(g, Cluster.of(f.mention.type, [f]))


def _join_scenes(clusters: list[Cluster]) -> list[Cluster]:
    """Statements of one speaker quoted word for word by the same origins are one speech."""
    by_scene: dict[tuple[str, ...], Cluster] = {}
    out = []
    for c in clusters:
        scenes = {s for places in _anchors([c]).values() for s in places}
        scene = min(scenes) if len(scenes) == 1 else None
        if scene is not None and scene in by_scene:
            for f in c.members:
                by_scene[scene].add(f)
            continue
        if scene is not None:
            by_scene[scene] = c
        out.append(c)
    return out


def _join_speeches(clusters: list[Cluster]) -> list[Cluster]:
    """Statements by one speaker a few paragraphs apart in one article are one speech: join their clusters
    (quoted or reported, as long as they are not put on different days)."""
    statements = [c for c in clusters if c.type == "STATEMENT"]
    keep = [c for c in clusters if c.type != "STATEMENT"]
    joined: list[Cluster] = []
    for c in sorted(statements, key=lambda c: (not c.days, "quote" not in c.modes)):
        target = next((j for j in joined if c.articles & j.articles and _one_speech(c, j)), None)
        if target is None:
            joined.append(c)
        else:
            for f in c.members:
                target.add(f)
    return keep + joined


def _one_speech(c: Cluster, j: Cluster) -> bool:
    """Not put on different days, and one speaker a few paragraphs apart in one article."""
    same_days = c.days == j.days or not (c.days and j.days) and all(_fits_day(f, j.days) for f in c.members) \
        and all(_fits_day(f, c.days) for f in j.members)
    return same_days and any(f.mention.article == g.mention.article and set(f.actors) & set(g.actors)
                             and abs(f.paragraph - g.paragraph) <= 3 for f in c.members for g in j.members)


def _anchors(clusters: list[Cluster], vocab: dict[tuple[str, ...], set[str]] | None = None
             ) -> dict[tuple[str, int], set[tuple[str, ...]]]:
    """(article, paragraph) -> scenes standing there (two paragraphs either way). A scene is a speaker whose very
    words two or more origins quote: every statement of one speaker quoted by the same origins is one scene."""
    where: dict[tuple[str, int], set[tuple[str, ...]]] = {}
    for c in clusters:
        if c.type != "STATEMENT":
            continue
        quoted = [f for f in c.members if any(g.origin != f.origin and same_quote(f.mention.quote, g.mention.quote)
                                              for g in c.members)]
        if not quoted:
            continue
        scene = tuple(sorted({a for f in quoted for a in f.actors})) + tuple(sorted({f.origin for f in quoted}))
        if vocab is not None:
            vocab.setdefault(scene, set()).update(w for f in quoted for w in f.words)
        for f in quoted:
            for p in range(f.paragraph - 2, f.paragraph + 3):
                where.setdefault((f.mention.article, p), set()).add(scene)
    return where


def _anchor_score(a: Cluster, b: Cluster) -> float:
    shared = len(a.named & b.named)
    vocab_a, vocab_b = a.vocab, b.vocab
    return 0.25 * shared + len(vocab_a & vocab_b) / max(1, len(vocab_a | vocab_b))


def _merge_anchored(clusters: list[Cluster]) -> list[Cluster]:
    """Two articles quoting the same words report the same scene: an event of one kind and mode told beside that
    quote in both is one event (the confrontation around a speech both outlets quote). Best pairs first."""
    vocab: dict[tuple[str, ...], set[str]] = {}
    where = _anchors(clusters, vocab)

    # each cluster's scenes, worked out once (the clusters do not change until the pairs are chosen)
    anchors = [{s for f in c.members for s in where.get((f.mention.article, f.paragraph), set())}
               for c in clusters]
    candidates = []
    for i, a in enumerate(clusters):
        if not anchors[i] or a.type == "STATEMENT":
            continue
        for j in range(i + 1, len(clusters)):
            b = clusters[j]
            if a.type != b.type or a.modes != b.modes or not anchors[i] & anchors[j]:
                continue
            if a.in_article.keys() & b.in_article.keys():
                continue
            if all(_compatible(f, a) for f in b.members):
                scene_words = set().union(*(vocab[s] for s in anchors[i] & anchors[j]))
                near_scene = sum(len(c.vocab & scene_words) / max(1, len(c.words)) for c in (a, b))
                candidates.append((_anchor_score(a, b) + near_scene, i, j))
    used: set[int] = set()
    absorbed: set[int] = set()
    for _, i, j in sorted(candidates, reverse=True):
        if i in used or j in used:
            continue
        for f in clusters[j].members:
            clusters[i].add(f)
        used |= {i, j}
        absorbed.add(j)
    return [c for n, c in enumerate(clusters) if n not in absorbed]
