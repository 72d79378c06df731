"""Dating undated articles from their story: which Monday is "Monday"?

A page that names no date of its own still says "on Monday", "since the Aug. 9 election", "some 7,000
arrested since the protests began". Within a story whose other reports are dated, those words leave few
possible days. The article's own day is the weekday its past-tense weekdays lead up to (a report that says
"Sunday" and "Monday" was written on the Monday, or soon after). Its candidates are the dates with that weekday
near the story's dated reports, and each candidate must fit:

- every explicit past date the article gives ("the Aug. 9 election") is on or before it;
- a count of arrests at least as high as a dated running total ("6,700 over four nights", as of 12 August)
  comes no earlier than that total's date (running totals only grow);
- "last week" next to an event word must find a dated event of that kind in the week before, when the
  story's dated reports cover that week;
- an event two articles report (one merged event) happened on one day in both.

When more than one candidate is left, the one nearest the story's dated reports is taken only if it is within
a week of them and strictly nearer than every other; otherwise the date stays unknown. The chosen date is
returned as a ``PublishedDate`` with source "inferred" and its reasons; the pipeline dates the article with it
(``metadata["published_inferred"]`` keeps the reasons, so a reader can see it was worked out and how) and
re-anchors its analysis (``nlp.redate``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..models import Analysis, Article
from ..nlp.dates import WEEKDAYS, normalise
from .merge import Cluster

__all__ = ["Inference", "infer_dates"]

_BEFORE_DAYS, _AFTER_DAYS, _NEAR_DAYS = 7, 14, 7
_NOT_OWN_DAY = re.compile(r"\b(last|next|this|coming|previous)\b", re.I)


@dataclass
class Inference:
    article: str
    weekday: str
    candidates: list[date]
    reasons: list[str] = field(default_factory=list)

    @property
    def value(self) -> date | None:
        return self.candidates[0] if len(self.candidates) == 1 else None


def _own_weekday(analysis: Analysis) -> str | None:
    """The weekday all the article's plain past weekdays lead up to (the shortest span wins; a tie: none)."""
    days = {WEEKDAYS.index(d.weekday) for d in analysis.dates
            if d.weekday and not d.future and not _NOT_OWN_DAY.search(d.text)}
    if not days:
        return None
    spans = sorted((max((w - v) % 7 for v in days), w) for w in days)
    if len(spans) > 1 and spans[0][0] == spans[1][0]:
        return None
    return WEEKDAYS[spans[0][1]]


def _resolve(weekday: str, own_day: date) -> date:
    return own_day - timedelta(days=(own_day.weekday() - WEEKDAYS.index(weekday)) % 7)


@dataclass
class _Story:
    dated: list[Article]
    totals: list[tuple[float, date]]  # running arrest totals from dated reports: (value, as of)
    events: dict[tuple[str, str | None], set[date]]  # (type, mode) -> days dated reports put such events on

    @property
    def first(self) -> date:
        return min(date.fromisoformat(a.published or "") for a in self.dated)

    @property
    def last(self) -> date:
        return max(date.fromisoformat(a.published or "") for a in self.dated)

    def distance(self, day: date) -> int:
        return max((self.first - day).days, (day - self.last).days, 0)


def _stories(articles: list[Article], analyses: dict[str, Analysis]) -> dict[str, _Story]:
    out: dict[str, _Story] = {}
    for a in articles:
        if not a.story or not a.published or a.published_source == "inferred":
            continue
        story = out.setdefault(a.story, _Story([], [], defaultdict(set)))
        story.dated.append(a)
        an = analyses.get(a.id)
        if an is None:
            continue
        story.totals += [(f.value, date.fromisoformat(f.as_of)) for f in an.figures
                         if f.cumulative and f.category == "arrests" and f.value and f.as_of and len(f.as_of) == 10]
        for m in an.events:
            if m.date and m.date_granularity == "day":
                story.events[(m.type, m.mode)].add(date.fromisoformat(m.date))
    return out


def _candidates(weekday: str, story: _Story) -> list[date]:
    start = story.first - timedelta(days=_BEFORE_DAYS)
    first = start + timedelta(days=(WEEKDAYS.index(weekday) - start.weekday()) % 7)
    out = []
    while first <= story.last + timedelta(days=_AFTER_DAYS):
        out.append(first)
        first += timedelta(days=7)
    return out


def _constrain(inf: Inference, analysis: Analysis, story: _Story) -> None:
    latest = story.last
    for ref in analysis.dates:
        if ref.future or ref.granularity != "day" or ref.weekday or not re.search(r"\d", ref.text):
            continue
        value, grain, _ = normalise(ref.text, latest)
        if value and grain == "day":
            bound = date.fromisoformat(value)
            kept = [c for c in inf.candidates if c >= bound]
            if kept != inf.candidates:
                inf.reasons.append(f"the past date {ref.text} comes on or before it: on or after {bound}")
            inf.candidates = kept
    for fig in analysis.figures:
        if fig.category != "arrests" or not fig.value:
            continue
        for total, counted_on in story.totals:
            if fig.value >= total:
                kept = [c for c in inf.candidates if c >= counted_on]
                if kept != inf.candidates:
                    inf.reasons.append(f"its count of {fig.text} arrested is no fewer than the {total:,.0f} counted by "
                                       f"{counted_on}: on or after {counted_on}")
                inf.candidates = kept
    for m in analysis.events:
        if not m.date_text or not re.fullmatch(r"(?i)last week", m.date_text.strip()):
            continue
        seen = story.events.get((m.type, m.mode), set())
        kept = []
        for c in inf.candidates:
            week_start = c - timedelta(days=c.weekday() + 7)
            covered = story.last >= week_start + timedelta(days=7)  # dated reports written after that week
            if not covered or any(week_start <= d < week_start + timedelta(days=7) for d in seen):
                kept.append(c)
        if kept != inf.candidates:
            days = ", ".join(sorted(str(d) for d in seen)) or "no day"
            inf.reasons.append(f"an event it dates last week ({m.text[:60].strip()} ...), and the story dates "
                               f"such events ({m.type.lower()}) on {days}")
        inf.candidates = kept


def _shared_events(inferences: dict[str, Inference], clusters: list[Cluster], dated: dict[str, date]) -> None:
    """An event two reports share happened on one day: intersect what each report allows for it."""
    for _ in range(3):
        for cluster in clusters:
            by_article: dict[str, set[str]] = defaultdict(set)
            for f in cluster.members:
                if f.mention.weekday and not _NOT_OWN_DAY.search(f.mention.date_text or ""):
                    by_article[f.mention.article].add(f.mention.weekday)
            if len(by_article) < 2:
                continue
            allowed: set[date] | None = None
            for article, weekdays in by_article.items():
                days = ({_resolve(w, c) for w in weekdays for c in inferences[article].candidates}
                        if article in inferences else {_resolve(w, dated[article]) for w in weekdays}
                        if article in dated else None)
                if days is not None:
                    allowed = days if allowed is None else allowed & days
            if allowed is None:
                continue
            for article, weekdays in by_article.items():
                inf = inferences.get(article)
                if inf is None:
                    continue
                kept = [c for c in inf.candidates if any(_resolve(w, c) in allowed for w in weekdays)]
                if kept and kept != inf.candidates:
                    others = sorted(set(by_article) - {article})
                    inf.reasons.append(f"it reports the same {cluster.type.lower()} event as {', '.join(others)}")
                    inf.candidates = kept


def _choose(inf: Inference, story: _Story) -> None:
    if len(inf.candidates) < 2:
        return
    ranked = sorted(inf.candidates, key=story.distance)
    best = story.distance(ranked[0])
    if best <= _NEAR_DAYS and story.distance(ranked[1]) > best:
        inf.reasons.append(f"of the days left ({', '.join(str(c) for c in sorted(inf.candidates))}), {ranked[0]} is "
                           f"the one nearest the story's dated reports ({story.first} to {story.last})")
        inf.candidates = [ranked[0]]


def infer_dates(articles: list[Article], analyses: list[Analysis], clusters: list[Cluster]) -> list[Inference]:
    """What the story tells about each undated article's day (``value`` None when it cannot tell)."""
    by_id = {an.article: an for an in analyses}
    stories = _stories(articles, by_id)
    inferences: dict[str, Inference] = {}
    for a in articles:
        an = by_id.get(a.id)
        if a.published or a.duplicate_of or an is None or a.story not in stories:
            continue
        weekday = _own_weekday(an)
        if weekday is None:
            continue
        story = stories[a.story]
        inf = Inference(a.id, weekday, _candidates(weekday, story),
                        [f"{weekday.title()} is the day its past-tense weekdays lead up to"])
        _constrain(inf, an, story)
        inferences[a.id] = inf
    dated = {a.id: date.fromisoformat(a.published) for a in articles if a.published}
    _shared_events(inferences, clusters, dated)
    for inf in inferences.values():
        story_id = next(a.story for a in articles if a.id == inf.article)
        if story_id:
            _choose(inf, stories[story_id])
    return list(inferences.values())
