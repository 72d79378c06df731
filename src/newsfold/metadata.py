"""Metadata stage: an article's publication date, from the most trustworthy place that has one.

Order: header / JSONL / HTML metadata, then the byline, then a dated dateline opening the text, then a
duplicate's date; otherwise unknown. Copyright lines are boilerplate and never a publication date.
"""

from __future__ import annotations

import re
from collections import defaultdict

import dateparser

from .clean.patterns import MONTHS
from .dedup import DuplicateLink
from .models import Article
from .nlp.languages import date_locales

__all__ = ["settle_published", "propagate_dates"]

# "MINSK, Aug 14, 2020 (Reuters) -" or "August 14, 2020 -" at the very start of the body.
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z .'-]{1,40},\s+)?(?P<date>" + MONTHS + r"\.?\s+\d{1,2},\s+\d{4})\s*(?:\([^)]{1,40}\))?\s*[-—–]"
)


def _parse_full_date(text: str) -> str | None:
    parsed = dateparser.parse(text, languages=date_locales(), settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date().isoformat() if parsed else None


def settle_published(article: Article) -> None:
    """Fill ``published`` from the byline or a dateline when no metadata gave it."""
    if article.published:
        return
    byline = article.metadata.get("byline") or {}
    if byline.get("date"):
        found = _parse_full_date(byline["date"])
        if found:
            article.published, article.published_source = found, "byline"
            return
    match = _DATELINE.match(article.text[:200])
    if match:
        found = _parse_full_date(match["date"])
        if found:
            article.published, article.published_source = found, "dateline"


def propagate_dates(articles: list[Article], links: list[DuplicateLink]) -> None:
    """Copies of one text share one date: an undated member takes the earliest date of its group."""
    groups: dict[str, list[Article]] = defaultdict(list)
    by_id = {a.id: a for a in articles}
    for link in links:
        groups[link.duplicate_of].append(by_id[link.article])
    for original_id, copies in groups.items():
        members = [by_id[original_id], *copies]
        dated = sorted((m.published, m.id) for m in members if m.published)
        if not dated:
            continue
        date, source_id = dated[0]
        for member in members:
            if not member.published:
                member.published, member.published_source = date, f"duplicate:{source_id}"
