"""Metadata stage: an article's publication date, from the most trustworthy place that has one.

Order: header / JSONL / HTML metadata, then the byline, then a dated dateline opening the text, then a
duplicate's date; otherwise unknown. Copyright lines are boilerplate and never a publication date.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

import dateparser

from .clean.patterns import MONTHS
from .dedup import DuplicateLink
from .models import Article, PublishedDate
from .nlp.languages import date_locales

__all__ = ["settle_published", "propagate_dates", "with_published"]

# "MINSK, Aug 14, 2020 (Reuters) -" or "August 14, 2020 -" at the very start of the body.
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z .'-]{1,40},\s+)?(?P<date>" + MONTHS + r"\.?\s+\d{1,2},\s+\d{4})\s*(?:\([^)]{1,40}\))?\s*[-—–]"
)


def _parse_full_date(text: str) -> str | None:
    parsed = dateparser.parse(text, languages=date_locales(), settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date().isoformat() if parsed else None


def settle_published(article: Article) -> PublishedDate | None:
    """The publication date the byline or a dateline gives, when no metadata gave one."""
    if article.published:
        return None
    byline = article.metadata.get("byline") or {}
    if byline.get("date"):
        found = _parse_full_date(byline["date"])
        if found:
            return PublishedDate(article.id, found, "byline")
    match = _DATELINE.match(article.text[:200])
    if match:
        found = _parse_full_date(match["date"])
        if found:
            return PublishedDate(article.id, found, "dateline")
    return None


def propagate_dates(articles: list[Article], links: list[DuplicateLink]) -> list[PublishedDate]:
    """Copies of one text share one date: an undated member takes the earliest date of its group."""
    groups: dict[str, list[Article]] = defaultdict(list)
    by_id = {a.id: a for a in articles}
    for link in links:
        groups[link.duplicate_of].append(by_id[link.article])
    out = []
    for original_id, copies in groups.items():
        members = [by_id[original_id], *copies]
        dated = sorted((m.published, m.id) for m in members if m.published)
        if not dated:
            continue
        date, source_id = dated[0]
        out += [PublishedDate(m.id, date, f"duplicate:{source_id}") for m in members if not m.published]
    return out


def with_published(article: Article, found: PublishedDate) -> Article:
    """The article dated by ``found`` (a new record; an article that has a date keeps it). An inferred date keeps
    its reasons in ``metadata["published_inferred"]``."""
    if article.published:
        return article
    metadata = article.metadata
    if found.reasons:
        metadata = {**metadata, "published_inferred": list(found.reasons)}
    return replace(article, published=found.value, published_source=found.source, metadata=metadata)
