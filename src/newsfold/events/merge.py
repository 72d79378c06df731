"""Cross-document event coreference: event mentions that report the same real event become one Event.

Greedy clustering within each story: a mention joins the best compatible event (same type, compatible
mode and date) when shared entities, shared words and closeness in its own article say it is the same.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .features import MentionFeatures

__all__ = ["Cluster", "cluster_mentions"]

# Another article's mention with no date in common must bring this much more evidence: a wrong merge is
# worse than two entries for one event.
STRANGER_PENALTY = 0.6
# Kinds of event a story has at most one of on a given day.
ONE_PER_DAY = {"ELECTION"}


@dataclass
class Cluster:
    type: str
    members: list[MentionFeatures] = field(default_factory=list)
    words: Counter[str] = field(default_factory=Counter)
    entities: Counter[str] = field(default_factory=Counter)

    def add(self, f: MentionFeatures) -> None:
        self.members.append(f)
        self.words.update(f.words)
        self.entities.update(f.entities)

    @property
    def days(self) -> set[str]:
        return {f.mention.date for f in self.members if f.mention.date and f.mention.date_granularity == "day"}

    @property
    def weekdays(self) -> set[str]:
        return {f.mention.weekday for f in self.members if f.mention.weekday}

    @property
    def modes(self) -> set[str]:
        return {f.mention.mode for f in self.members if f.mention.mode}

    @property
    def id(self) -> str:
        first = min(f.mention.id for f in self.members)
        return "V" + hashlib.sha1(first.encode()).hexdigest()[:10]


def _norm_quote(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def same_quote(a: str | None, b: str | None) -> bool:
    """Two renderings of one quotation (punctuation, truncation and small edits aside)."""
    if not a or not b:
        return False
    na, nb = _norm_quote(a), _norm_quote(b)
    if min(len(na), len(nb)) < 20:
        return False
    return fuzz.partial_ratio(na, nb) >= 88 or fuzz.token_set_ratio(na, nb) >= 85


def _quoted_alike(f: MentionFeatures, c: Cluster) -> bool:
    return f.mention.quote is not None and any(same_quote(f.mention.quote, g.mention.quote) for g in c.members)


def _compatible(f: MentionFeatures, c: Cluster) -> bool:
    m = f.mention
    if m.type != c.type:
        return False
    if m.type == "STATEMENT":
        same_speaker = bool(set(f.actors) & set(c.entities))
        return _quoted_alike(f, c) or (same_speaker and any(g.mention.article == m.article for g in c.members))
    if m.mode and c.modes and m.mode not in c.modes and m.type != "PROTEST":
        return False
    if m.date and m.date_granularity == "day" and c.days and m.date not in c.days:
        return False
    if m.weekday and c.weekdays and m.weekday not in c.weekdays:
        return False
    return True


def _dated_alike(f: MentionFeatures, c: Cluster) -> bool:
    m = f.mention
    return bool((m.date and m.date in c.days) or (m.weekday and m.weekday in c.weekdays))


def _score(f: MentionFeatures, c: Cluster) -> float:
    """How strongly the evidence says mention ``f`` reports cluster ``c``'s event."""
    m = f.mention
    same_source = any(g.mention.article == m.article or g.origin == f.origin for g in c.members)
    if _quoted_alike(f, c):
        return 2.0  # the same words from the same mouth: one statement
    if m.type == "STATEMENT":  # one speaker, one article, a few paragraphs apart: one speech
        near = any(g.mention.article == m.article and abs(g.paragraph - f.paragraph) <= 3 for g in c.members)
        return 0.6 if near else 0.0
    score = 0.0 if same_source or _dated_alike(f, c) else -STRANGER_PENALTY
    if m.date and m.date in c.days:
        score += 0.8 if m.type in ONE_PER_DAY else 0.3
    elif m.weekday and m.weekday in c.weekdays:
        score += 0.15
    shared = len(f.entities & set(c.entities))
    score += min(0.5, 0.25 * shared)
    vocab = set(c.words)
    if f.words and vocab:
        score += len(f.words & vocab) / len(f.words | vocab) * 1.5
    gaps = [abs(g.paragraph - f.paragraph) for g in c.members if g.mention.article == m.article]
    if gaps and min(gaps) <= 1 and (not m.mode or m.mode in c.modes) and (not m.date or not c.days):
        score += 0.4  # the next lines of one article elaborating the same event
    elif gaps and min(gaps) <= 2:
        score += 0.2
    copies = [g for g in c.members if g.origin == f.origin and g.mention.article != m.article]
    if copies and any(len(g.words & f.words) >= 0.8 * max(1, len(f.words)) for g in copies):
        score += 1.0  # the same sentence in a copy of the same article
    if m.mode and c.modes and m.mode not in c.modes:
        score -= 0.15
    return score


def cluster_mentions(features: list[MentionFeatures], threshold: float) -> list[Cluster]:
    """Deterministic greedy clustering (mentions visited in date, article and position order)."""
    clusters: list[Cluster] = []
    order = sorted(features, key=lambda f: (f.story or "", f.mention.date or "9999", f.mention.article,
                                            f.mention.start))
    by_story: dict[str | None, list[Cluster]] = {}
    for f in order:
        candidates = [c for c in by_story.get(f.story, []) if _compatible(f, c)]
        best = max(candidates, key=lambda c: _score(f, c), default=None)
        if best is not None and _score(f, best) >= threshold:
            best.add(f)
            continue
        cluster = Cluster(f.mention.type)
        cluster.add(f)
        clusters.append(cluster)
        by_story.setdefault(f.story, []).append(cluster)
    return _merge_anchored(_join_speeches(clusters))


def _join_speeches(clusters: list[Cluster]) -> list[Cluster]:
    """Statements by one speaker a few paragraphs apart in one article are one speech: join their clusters."""
    statements = [c for c in clusters if c.type == "STATEMENT"]
    keep = [c for c in clusters if c.type != "STATEMENT"]
    joined: list[Cluster] = []
    for c in statements:
        target = next((j for j in joined if any(
            f.mention.article == g.mention.article and set(f.actors) & set(g.actors)
            and abs(f.paragraph - g.paragraph) <= 3 for f in c.members for g in j.members)), None)
        if target is None:
            joined.append(c)
        else:
            for f in c.members:
                target.add(f)
    return keep + joined


def _anchors(clusters: list[Cluster]) -> dict[tuple[str, int], set[int]]:
    """(article, paragraph) -> statements reported by several articles that stand there (or one off)."""
    where: dict[tuple[str, int], set[int]] = {}
    for n, c in enumerate(clusters):
        if c.type != "STATEMENT" or len({f.origin for f in c.members}) < 2:
            continue
        for f in c.members:
            for p in (f.paragraph - 1, f.paragraph, f.paragraph + 1):
                where.setdefault((f.mention.article, p), set()).add(n)
    return where


def _merge_anchored(clusters: list[Cluster]) -> list[Cluster]:
    """Two articles quoting the same statement report the same scene: events of one kind told beside that
    statement in both are one event (the confrontation around a speech both outlets quote)."""
    where = _anchors(clusters)
    merged: dict[int, int] = {}
    for i, a in enumerate(clusters):
        if a.type == "STATEMENT" or i in merged:
            continue
        anchors_a = {s for f in a.members for s in where.get((f.mention.article, f.paragraph), set())}
        for j in range(i + 1, len(clusters)):
            b = clusters[j]
            if j in merged or b.type != a.type or not anchors_a:
                continue
            anchors_b = {s for f in b.members for s in where.get((f.mention.article, f.paragraph), set())}
            articles_a = {f.mention.article for f in a.members}
            if anchors_a & anchors_b and not articles_a & {f.mention.article for f in b.members} \
                    and all(_compatible(f, a) for f in b.members):
                for f in b.members:
                    a.add(f)
                merged[j] = i
    return [c for n, c in enumerate(clusters) if n not in merged]
