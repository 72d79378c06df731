"""Events stage: turn every article's event mentions into merged Events with sources and conflicts."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from .. import progress
from ..models import Analysis, Article, Event, EventMention, Figure, PublishedDate, Span
from ..nlp.dates import normalise
from ..nlp.event_types import ACLED_TYPES, event_label
from ..nlp.languages import month_prefixes
from ..resolve import EntityIndex
from ..settings import EventSettings
from .coreference import EventMerger, RuleMerger
from .dating import infer_dates
from .features import MentionFeatures, content_words
from .merge import Cluster
from .reconcile import citation, figure_conflicts, independent_sources, resolve_size, resolved_values

__all__ = ["EventsResult", "build_events", "find_officials", "infer_published", "merge_mentions"]


def _features(article: Article, analysis: Analysis, index: EntityIndex, story: str | None
              ) -> list[MentionFeatures]:
    out = []
    para_starts = [0] + [match.start() + 2 for match in re.finditer("(?=\n\n)", article.text)]
    def ids(spans: list[Span]) -> list[str]:
        return [e for x in spans if (e := index.at(x.article, x.start, x.end)) is not None]

    kinds = index.kinds
    labels = {(x.start, x.end): x.label for x in analysis.mentions}
    figures = {x.id: x for x in analysis.figures}
    for m in analysis.events:
        # the corpus-wide type decides what is a place: "capital Minsk" tagged ORG once is still a place
        in_sentence = [eid for x in analysis.mentions if m.start <= x.start < m.end and not x.in_quote
                       and (eid := index.at(m.article, x.start, x.end)) is not None]
        # a place is what the corpus takes for one, or an organisation the event happens at ("outside the MZKT
        # plant"); a name the model called a town in one sentence but the corpus knows as a company is not
        placed = [e for x in m.place_mentions if (e := index.at(x.article, x.start, x.end)) is not None
                  and (kinds.get(e) in ("GPE", "LOC", "FAC") or kinds.get(e) == labels.get((x.start, x.end)) == "ORG")]
        places = list(dict.fromkeys(placed + [e for e in in_sentence if kinds.get(e) in ("GPE", "LOC", "FAC")]))
        actors = [a for a in ids(m.actor_mentions) if a not in places
                  and kinds.get(a) in ("PERSON", "ORG", "NORP")]
        if m.type == "STATEMENT" and not actors and (speaker := index.named(m.speaker_name)):
            actors = [speaker]  # "he said": the person the pronoun stands for
        targets = [t for t in ids(m.target_mentions) if t not in places]
        paragraph = sum(1 for p in para_starts if p <= m.start) - 1
        # everyone the sentence names (outside quotes) is evidence of which event it tells, even when the parse
        # did not make them an argument
        f = MentionFeatures(m, paragraph, article.duplicate_of or article.id, story,
                            set(actors + places + targets + in_sentence), actors, places, targets,
                            content_words(m.text), citation(m.text), article.published,
                            {(x.category, x.value) for i in m.figures if (x := figures.get(i)) and x.value is not None})
        out.append(f)
    return out


_MONTH_PREFIX = "|".join(month_prefixes())
_MONTH_DAY = re.compile(rf"\b({_MONTH_PREFIX})[a-z]*\.?\s+\d{{1,2}}\b|\b\d{{1,2}}\s+({_MONTH_PREFIX})", re.I)


def _complete_years(features: list[MentionFeatures], articles: list[Article]) -> list[MentionFeatures]:
    """"Aug. 9" in an undated article takes its year from the dated articles of its story (the mention is
    replaced by a dated copy, which the events stage returns beside its events)."""
    latest: dict[str, str] = {}
    for a in articles:
        if a.story and a.published and a.published > latest.get(a.story, ""):
            latest[a.story] = a.published
    out = []
    for f in features:
        m = f.mention
        if m.date or not m.date_text or not f.story or f.story not in latest or not _MONTH_DAY.search(m.date_text):
            out.append(f)
            continue
        value, granularity, _ = normalise(m.date_text, date.fromisoformat(latest[f.story]))
        out.append(replace(f, mention=replace(m, date=value, date_granularity="day"))
                   if value and granularity == "day" else f)
    return out


def _anchored(f: MentionFeatures) -> bool:
    """Mentions with nothing to anchor them (no date, entity or figure) are background, not events."""
    m = f.mention
    return bool(m.date or m.weekday or f.entities or m.figures or m.quote)


def _reportable(f: MentionFeatures) -> bool:
    """Anchored mentions, and undated "the strike", which the merge may join to the event it names (an event
    made of such mentions alone is dropped after the merge: see ``_clusters``)."""
    return _anchored(f) or f.mention.reference


def _event(cluster: Cluster, articles: dict[str, Article], figures: dict[str, Figure],
           officials: frozenset[str] = frozenset()) -> Event:
    members = cluster.members
    # the sentence that tells it best: dated, with a reporter's own count ("More than 100,000 people took part
    # in ... on Sunday"), else the first in the earliest report
    first = min(members, key=lambda f: (
        not f.mention.date, not any(fid in figures and not figures[fid].claimed_by_name for fid in f.mention.figures),
        articles[f.mention.article].published or "9999", f.mention.article, f.mention.start))
    days = Counter(f.mention.date for f in members if f.mention.date and f.mention.date_granularity == "day")
    modes = Counter(f.mention.mode for f in members if f.mention.mode)
    count, chain, sources = independent_sources(members, articles)
    figs = [(figures[fid], f.mention.text) for f in members for fid in f.mention.figures if fid in figures]

    def ranked(attr: str) -> list[str]:
        counts = Counter(e for f in members for e in getattr(f, attr))
        return [e for e, _ in counts.most_common()]

    # the event's own people, and office holders (a government is a party to every protest against it)
    conflicts = figure_conflicts(figs, frozenset(ranked("actors") + ranked("targets")) | officials)
    low, high, rule = resolve_size([f for f, _ in figs], conflicts)
    # "the strike comes amid a campaign ..." names the strike, but its sentence tells of something else
    label = event_label(f.mention for f in members if not f.mention.reference) or \
        event_label(f.mention for f in members)
    acled = ACLED_TYPES[label] if label else (None, None)

    return Event(
        id=cluster.id, type=cluster.type, mode=modes.most_common(1)[0][0] if modes else None,
        date=days.most_common(1)[0][0] if days else None, summary=_summary(first.mention.text),
        places=ranked("places"), actors=ranked("actors"), targets=ranked("targets"),
        size_low=low, size_high=high, mentions=[f.mention.id for f in members], sources=sources,
        independent_sources=count, source_chain=chain, conflicts=conflicts, story=first.story,
        resolved=resolved_values([f for f, _ in figs], conflicts, (low, high, rule)),
        acled_event_type=acled[0], acled_sub_event_type=acled[1],
    )


def _summary(sentence: str) -> str:
    text = " ".join(sentence.split())
    return text if len(text) <= 220 else text[:217].rsplit(" ", 1)[0] + "..."


def _join_running_tallies(clusters: list[Cluster], figures: dict[str, Figure]) -> list[Cluster]:
    """Arrest reports that give a running count ("bringing the tally to", "since the protests began") are
    one ongoing event per story: its figures then form a series instead of separate events."""
    tally: dict[str | None, Cluster] = {}
    out = []
    for cluster in clusters:
        running = cluster.type == "COERCE" and any(
            figures[fid].cumulative and figures[fid].category == "arrests"
            for f in cluster.members for fid in f.mention.figures if fid in figures)
        story = cluster.members[0].story
        if running and story in tally:
            for f in cluster.members:
                tally[story].add(f)
            continue
        if running:
            tally[story] = cluster
        out.append(cluster)
    return out


def _clusters(articles: list[Article], analyses: list[Analysis], index: EntityIndex, stories: dict[str, str],
              merger: EventMerger, figures: dict[str, Figure]) -> list[Cluster]:
    by_id = {a.id: a for a in articles}
    features: list[MentionFeatures] = []
    for analysis in progress.over(analyses, "article", what="features"):
        article = by_id.get(analysis.article)
        if article is not None:
            features += [f for f in _features(article, analysis, index, stories.get(article.id)) if _reportable(f)]
    features = _complete_years(features, articles)
    contexts = {c.id: c for an in analyses for c in an.contexts if isinstance(c.id, str)}
    clusters = [c for c in merger.merge(features, contexts, articles) if any(_anchored(f) for f in c.members)]
    return _join_mass_gatherings(_join_running_tallies(clusters, figures), figures)


def infer_published(articles: list[Article], analyses: list[Analysis], clusters: list[Cluster]
                    ) -> list[PublishedDate]:
    """Publication dates for undated articles whose story tells their day (``clusters``: a first merge, which shows
    the events they share with dated reports), with the reasons; copies follow their original."""
    out = []
    for inference in infer_dates(articles, analyses, clusters):
        if inference.value is None:
            continue
        found = PublishedDate(inference.article, inference.value.isoformat(), "inferred", tuple(inference.reasons))
        out.append(found)
        out += [replace(found, article=copy.id) for copy in articles
                if copy.duplicate_of == inference.article and not copy.published]
    return out


# A crowd this large in one city is one gathering per day: two reports of one put it in the same place and size.
_MASS = 10_000


def _crowd(cluster: Cluster, figures: dict[str, Figure]) -> float | None:
    sizes = [size for f in cluster.members for fid in f.mention.figures
             if fid in figures and figures[fid].category == "participants"
             and (size := figures[fid].low or figures[fid].value)]
    return max(sizes) if sizes else None


def _join_mass_gatherings(clusters: list[Cluster], figures: dict[str, Figure]) -> list[Cluster]:
    """An undated report of a crowd of tens of thousands or more, in an article written on the day of (or the day
    after) a dated gathering in the same city of the same order of size, is that gathering: its figure then
    stands beside the other as a claim about one event instead of making a second event."""
    dated = [c for c in clusters if c.type == "PROTEST" and len(c.days) == 1 and (_crowd(c, figures) or 0) >= _MASS]
    absorbed: set[int] = set()
    for n, c in enumerate(clusters):
        size = _crowd(c, figures)
        if c.type != "PROTEST" or c.days or size is None or size < _MASS:
            continue
        published = {f.published for f in c.members}
        for d in dated:
            day = date.fromisoformat(min(d.days))
            other = _crowd(d, figures) or 0
            if d.members[0].story == c.members[0].story and c.places & d.places and \
                    all(p and 0 <= (date.fromisoformat(p) - day).days <= 1 for p in published) and \
                    max(size, other) <= 3 * min(size, other):
                crowd = [f for f in c.members if any(
                    fid in figures and figures[fid].category == "participants" for fid in f.mention.figures)]
                for f in crowd:  # only the report of the crowd: its neighbours may tell other things
                    d.add(f)
                kept = [f for f in c.members if f not in crowd]
                if kept:  # what remains is a cluster of its own, its days, modes and places those of its members
                    clusters[n] = Cluster.of(c.type, kept)
                else:
                    absorbed.add(n)
                break
    return [c for n, c in enumerate(clusters) if n not in absorbed]


_OFFICE = re.compile(r"(?i)\b(?:president|prime minister|premier|minister|chancellor|governor|mayor|"
                     r"spokes(?:man|woman|person)|police chief|interior ministry|leader)\s+(?:[A-Z][\w.'-]*\s+)?$")


def find_officials(articles: list[Article], index: EntityIndex) -> frozenset[str]:
    """People the texts give an office: "President Alexander Lukashenko", "leader Alexander Lukashenko"."""
    texts = {a.id: a.text for a in articles}
    out = set()
    for entity in index.entities:
        if entity.type == "PERSON" and any(_OFFICE.search(texts.get(m.article, "")[max(0, m.start - 40): m.start])
                                           for m in entity.mentions):
            out.add(entity.id)
    return frozenset(out)


def merge_mentions(articles: list[Article], analyses: list[Analysis], index: EntityIndex,
                   stories: dict[str, str], settings: EventSettings, merger: EventMerger | None = None
                   ) -> list[Cluster]:
    """The event mentions of every article merged into clusters of one event each (with ``merger``; the rules
    merger with ``settings`` when none is given)."""
    figures = {f.id: f for an in analyses for f in an.figures}
    return _clusters(articles, analyses, index, stories, merger or RuleMerger(settings), figures)


@dataclass(frozen=True)
class EventsResult:
    """What the events stage returns: the events, and what they teach about earlier records, for the pipeline to
    apply: event mentions whose year the story completed (by id) and the event each figure counts for."""

    events: list[Event]
    mentions: dict[str, EventMention]
    figure_events: dict[str, str]


def build_events(articles: list[Article], analyses: list[Analysis], index: EntityIndex,
                 clusters: list[Cluster], officials: frozenset[str] | None = None) -> EventsResult:
    """One Event per cluster of ``merge_mentions``, with its sources, figures, conflicts and resolved values;
    ``officials``: the people the texts give an office (``find_officials``, found here when not given)."""
    by_id = {a.id: a for a in articles}
    figures = {f.id: f for an in analyses for f in an.figures}
    officials = find_officials(articles, index) if officials is None else officials
    events = [_event(c, by_id, figures, officials) for c in progress.over(clusters, "event")]
    figure_events = {fid: c.id for c in clusters for f in c.members for fid in f.mention.figures if fid in figures}
    original = {m.id: m for an in analyses for m in an.events}
    completed = {f.mention.id: f.mention for c in clusters for f in c.members
                 if original.get(f.mention.id) != f.mention}
    events.sort(key=lambda e: (e.story or "", e.date or "9999", e.id))
    return EventsResult(events, completed, figure_events)
