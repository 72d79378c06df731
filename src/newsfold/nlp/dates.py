"""Date mentions normalised against the article's own date.

Weekdays in news mean the current week: in past tense the most recent such day (the article's own day
included), in future tense the coming one. "The day before", "two days earlier" are anchored to the date
the text is talking about. Durations ("26 years") are not dates. Granularity is kept.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import dateparser
from spacy.tokens import Span

from ..models import DateRef
from .parse import Parsed

__all__ = ["extract_dates", "normalise"]

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "a": 1, "an": 1}
_DURATION = re.compile(
    r"^(?:(?:for|over|after|within|in|during)\s+)?(?:the\s+)?(?:(?:more than|about|nearly|almost|some|over)\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|several|few|a few|many)"
    r"(?:\s+or\s+\w+)?\s+(?:full\s+)?(?:years?|months?|weeks?|days?|nights?|hours?|minutes?|decades?)"
    r"(?:\s+(?:old|long))?$", re.I)
_AGE = re.compile(r"\d+-year-old|\byears? old\b", re.I)
_FUTURE = re.compile(r"\b(will|shall|'ll|are to|is to|going to|plans? to|scheduled|due to|next)\b", re.I)
_RELATIVE = re.compile(
    r"\b(?:the\s+)?(?P<n>\d+|one|two|three|four|five|six|seven|a|an)?\s*(?P<unit>days?|nights?|weeks?)\s+"
    r"(?P<dir>earlier|before|later|after|ago)\b|\bthe (?P<prev>previous|next|following) (?P<unit2>day|night|week)\b|"
    r"\bthe (?P<daybefore>day|night) before\b", re.I)
_YEAR = re.compile(r"^(?:in\s+)?(?P<y>1[89]\d\d|20\d\d)$")
_MONTH_ONLY = re.compile(r"^(?:in\s+|early\s+|late\s+|mid-?)?(?P<m>january|february|march|april|may|june|july|"
                         r"august|september|october|november|december)$", re.I)


def _weekday(text: str, base: date, future: bool) -> tuple[date, str] | None:
    for idx, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", text, re.I):
            delta = (idx - base.weekday()) % 7
            if re.search(r"\blast\b", text, re.I):
                return base - timedelta(days=((base.weekday() - idx) % 7) or 7), name
            if future or re.search(r"\bnext\b|\bcoming\b", text, re.I):
                return base + timedelta(days=delta), name
            return base - timedelta(days=(base.weekday() - idx) % 7), name
    return None


def _relative(text: str, reference: date) -> date | None:
    match = _RELATIVE.search(text)
    if not match:
        return None
    if match["daybefore"]:
        return reference - timedelta(days=1)
    if match["prev"]:
        step = 7 if match["unit2"].lower() == "week" else 1
        return reference + timedelta(days=-step if match["prev"].lower() == "previous" else step)
    n_text = (match["n"] or "1").lower()
    n = int(n_text) if n_text.isdigit() else _NUMBER_WORDS.get(n_text, 1)
    days = n * (7 if match["unit"].lower().startswith("week") else 1)
    return reference + timedelta(days=days if match["dir"].lower() in ("later", "after") else -days)


def normalise(text: str, base: date | None, reference: date | None = None, future: bool = False
              ) -> tuple[str | None, str, str | None]:
    """(value, granularity, weekday) of a date expression; value None when it cannot be anchored."""
    clean = text.strip().rstrip(".,")
    low = clean.lower()
    if _DURATION.match(clean) or _AGE.search(clean):
        return None, "duration", None
    year = _YEAR.match(clean)
    if year:
        return year["y"], "year", None
    if base is None:
        weekday = _weekday(low, date(2000, 1, 3), future)
        if weekday and not re.search(r"\d", low):
            return None, "day", weekday[1]  # which Monday is unknown, but that it was a Monday is not
        return _absolute(clean, None)
    if low in ("today", "tonight", "this morning", "this afternoon", "this evening", "now"):
        return base.isoformat(), "day", None
    if low in ("yesterday", "last night"):
        return (base - timedelta(days=1)).isoformat(), "day", None
    if low == "tomorrow":
        return (base + timedelta(days=1)).isoformat(), "day", None
    if re.search(r"\bago\b", low):
        found = None if re.search(r"\b(more than|over|about|nearly|some)\b", low) else _relative(low, base)
        return (found.isoformat(), "day", None) if found else (None, "unknown", None)
    if re.search(r"\b(last|this|next) week\b", low):
        shift = {"last": -7, "this": 0, "next": 7}[re.search(r"\b(last|this|next)\b", low)[1]]  # type: ignore[index]
        year_, week, _ = (base + timedelta(days=shift)).isocalendar()
        return f"{year_}-W{week:02d}", "week", None
    relative = _relative(low, reference or base)
    if relative:
        return relative.isoformat(), "day", None
    weekday = _weekday(low, base, future)
    if weekday and not re.search(r"\d", low):
        return weekday[0].isoformat(), "day", weekday[1]
    return _absolute(clean, base)


def _absolute(text: str, base: date | None) -> tuple[str | None, str, str | None]:
    month = _MONTH_ONLY.match(text)
    if month and base is None:
        return None, "month", None
    has_year = bool(re.search(r"\b(1[89]\d\d|20\d\d)\b", text))
    if base is None and not has_year:
        # "Aug. 9" in an undated article: a day, in a year only the story can tell
        return None, "day" if re.search(r"[a-z]\.?\s+\d{1,2}\b|\b\d{1,2}\s+[a-z]", text, re.I) else "unknown", None
    settings: dict[str, object] = {"PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": False}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    parser = dateparser.date.DateDataParser(languages=["en"], settings=settings)
    data = parser.get_date_data(text)
    if data is None or data.date_obj is None:
        return None, "unknown", None
    found = data.date_obj.date()
    if base is not None and not has_year and (found - base).days > 183:
        found = found.replace(year=found.year - 1)  # "August 14" in a January article is last August
    period = data.period or "day"
    if period == "year":
        return str(found.year), "year", None
    if period == "month":
        return f"{found.year}-{found.month:02d}", "month", None
    if period == "day" and re.search(r"\d", text):
        return found.isoformat(), "day", None
    return None, "unknown", None


_DATE_WORD = re.compile(r"\d|day|night|week|month|year|today|tonight|jan|feb|mar|apr|may|jun|jul|aug|sep|"
                        r"oct|nov|dec|spring|summer|autumn|fall|winter", re.I)
_WEEKDAY_RE = re.compile(r"\b(?:on\s+)?(?:(?:last|next|this|earlier|late|early)\s+)?"
                         r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                         r"(?:\s+(?:morning|afternoon|evening|night))?\b", re.I)


def _candidate_spans(parsed: Parsed) -> list[tuple[int, int, Span | None]]:
    spans: list[tuple[int, int, Span | None]] = []
    for para, doc in zip(parsed.paragraphs, parsed.docs, strict=True):
        if doc is None:
            continue
        for ent in doc.ents:
            if ent.label_ == "DATE" or (ent.label_ == "TIME" and re.search(r"night|yesterday", ent.text, re.I)):
                spans.append((para.start + ent.start_char, para.start + ent.end_char, ent))
        for match in _WEEKDAY_RE.finditer(para.text):
            start, end = para.start + match.start(), para.start + match.end()
            if not any(s <= start < e or start <= s < end for s, e, _ in spans):
                spans.append((start, end, None))
    return sorted(spans, key=lambda s: s[0])


def extract_dates(parsed: Parsed) -> list[DateRef]:
    article = parsed.article
    base = date.fromisoformat(article.published) if article.published else None
    refs: list[DateRef] = []
    reference: date | None = None
    for start, end, _ent in _candidate_spans(parsed):
        text = article.text[start:end]
        cut = re.search(r",\s+(?!\d)[A-Z]", text)
        if cut:  # "Aug. 9, Lukashenko": the model ran past the date
            end = start + cut.start()
            text = article.text[start:end]
        if not _DATE_WORD.search(text) or re.fullmatch(r"(?i)(the |all |every |that )(day|night)", text):
            continue  # "the day", "every night": not a date anyone can place
        sent_idx = parsed.sentence_at(start)
        sentence = article.text[parsed.sentences[sent_idx].start: parsed.sentences[sent_idx].end] \
            if sent_idx is not None else text
        future = bool(_FUTURE.search(sentence)) and not re.search(r"\b(said|was|were|had)\b", sentence[:start])
        value, granularity, weekday = normalise(text, base, reference, future)
        if granularity == "duration":
            continue
        if value and granularity == "day":
            reference = date.fromisoformat(value)
        refs.append(DateRef(article.id, start, end, text, value, granularity, weekday))
    return refs
