"""Metadata stage: an article's publication date, from the most trustworthy place that has one.

Order: header / JSONL / HTML metadata, then the byline, then a dated dateline opening the text, then a
duplicate's date; otherwise unknown. Copyright lines are boilerplate and never a publication date. A page in
another language than English is read in its own: a label ("Publié le 17/08/2020", "Опубликовано 17.08.2020",
"发布时间：2025年3月5日", "نشر في 5 مارس 2025") near its start, or a dateline ("BERLIN, 17. August 2020 (dpa) -"),
whose date has a year, or whose year is the one its address gives ("/2020/08/17/").
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

import dateparser

from .clean.patterns import MONTHS
from .dedup import DuplicateLink
from .models import Article, PublishedDate
from .nlp.languages import DEFAULT_LANGUAGE, date_locales
from .nlp.lexical_dates import lexical_date_spans, normalise_lexical
from .nlp.lexicon import date_words, reads_dates

__all__ = ["settle_published", "propagate_dates", "with_published"]

# "MINSK, Aug 14, 2020 (Reuters) -" or "August 14, 2020 -" at the very start of the body.
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z .'-]{1,40},\s+)?(?P<date>" + MONTHS + r"\.?\s+\d{1,2},\s+\d{4})\s*(?:\([^)]{1,40}\))?\s*[-—–]"
)


def _parse_full_date(text: str) -> str | None:
    parsed = dateparser.parse(text, languages=date_locales(), settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date().isoformat() if parsed else None


# "MINSK, 17 серпня —", "Minsk, le 17 août (AFP) —": a place in capitals or a capitalised name, then the date
_PLACE = re.compile(r"^[^\W\d_][^\W\d_ .'-]*(?:[ .'-]+[^\W\d_]+){0,4},\s+(?:[^\W\d_]{1,3}\s+)?")
_DATELINE_END = re.compile(r"\s*(?:\([^)]{1,40}\))?\s*[-—–]")
_URL_YEAR = re.compile(r"/((?:19|20)\d\d)/(?:0?[1-9]|1[0-2])/")
_LABEL_WINDOW = 400  # a label this close to the start of the text dates the page


def _own_date(text: str, code: str, url: str | None) -> tuple[str, int, str] | None:
    """(value, length, how it reads) of a date opening ``text``: a full date, or a day and month in the year of the
    page's address."""
    spans = lexical_date_spans(text[:60], code)
    if not spans or spans[0][0] != 0 or spans[0][2] not in ("absolute", "numeric", "ymd"):
        return None
    span = text[: spans[0][1]]
    value, grain, _ = normalise_lexical(span, code, None)
    if value and grain == "day":
        return value, len(span), span
    year = _URL_YEAR.search(url or "")
    if year is None:
        return None
    value, grain, _ = normalise_lexical(f"{span} {year[1]}", code, None)
    return (value, len(span), f"{span}, in the year of its address ({year[1]})") if value and grain == "day" \
        else None


def _in_language(article: Article) -> PublishedDate | None:
    """A label or dateline in the article's own language (not English, whose forms are read above)."""
    code = article.language
    if not code or code == DEFAULT_LANGUAGE or not reads_dates(code):
        return None
    head = article.text[:_LABEL_WINDOW]
    labels = date_words(code).published
    for label in re.finditer(rf"(?i)(?<!\w)(?:{'|'.join(map(re.escape, labels))})\s*[:：]?\s*", head) if labels else ():
        small = re.match(r"[^\W\d_]{1,3}\s+", head[label.end():])  # "le", "am", "el"
        found = _own_date(head[label.end() + (small.end() if small else 0):], code, article.url)
        if found:
            return PublishedDate(article.id, found[0], "byline", (f'the label "{label.group().strip()}" before '
                                                                  f'"{found[2]}" ({code})',))
    place = _PLACE.match(head)
    found = _own_date(head[place.end():], code, article.url) if place else None
    if place and found and _DATELINE_END.match(head, place.end() + found[1]):
        return PublishedDate(article.id, found[0], "dateline", (f'the dateline "{place.group()}{found[2]}" '
                                                                f"({code})",))
    return None


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
    return _in_language(article)


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
