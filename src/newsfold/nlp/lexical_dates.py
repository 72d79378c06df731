"""Dates in paragraphs no parser reads, in the paragraph's language: day and month names (CLDR), numeric dates,
day words ("hier", "вчора") and weekdays, found by pattern and normalised one span at a time against the article's date.

A weekday means the current week, as in English: the most recent such day (the article's own day included) unless
a word of the language looks ahead ("lundi prochain", "в следующий понедельник") or back ("letzten Montag").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import cache, lru_cache

from babel.dates import get_month_names
from dateparser.date import DateDataParser

from ..models import Article, DateRef
from .languages import paragraph_pack
from .lexicon import DateWords, alternation, ascii_digits, date_words, paragraph_language, plain, reads_dates
from .parse import Parsed, paragraphs

__all__ = ["STAGE", "DatePatterns", "extract_lexical_dates", "lexical_date_spans", "normalise_lexical",
           "reanchor_lexical", "read_paragraphs"]

STAGE = "lexical-dates"
_YEAR = r"(?:1[89]|20)\d\d"
_SMALL_WORD = r"(?:[^\W\d_]{1,3}\.?\s+)?"  # "de" in "17 de agosto", "le" in "lundi le 17", "den" in "Montag, den 17."
# what DateRef.weekday holds, in every language (calendar.day_name would follow the process's locale)
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_HALF_YEAR = 183


@dataclass(frozen=True)
class DatePatterns:
    """One language's date patterns; each match's kind is the name of its group."""

    words: DateWords
    pattern: re.Pattern[str]


def _month(words: DateWords) -> str:
    stems = "|".join(f"{re.escape(s)}[^\\W\\d_]{{0,4}}" for s in sorted(words.month_stems, key=len, reverse=True))
    return "|".join(p for p in (alternation(words.months), stems) if p)


# A date written with the characters for year, month and day (Chinese, Japanese): "2025年3月5日", "3月5日".
_YMD = rf"(?P<ymd>(?:{_YEAR}\s*年\s*)?\d{{1,2}}\s*月\s*\d{{1,2}}\s*[日号號])|(?P<ym>{_YEAR}\s*年\s*\d{{1,2}}\s*月)"
_YMD_PARTS = re.compile(rf"(?:(?P<year>{_YEAR})\s*年\s*)?(?P<month>\d{{1,2}})\s*月\s*(?P<day>\d{{1,2}})?")


@cache
def patterns(code: str) -> DatePatterns:
    words = date_words(code)
    month, weekday = _month(words), alternation(words.weekdays)
    moves = alternation(list(words.next_words + words.last_words)) or "(?!)"
    days = alternation(words.day_words) or "(?!)"
    gap = r"\s+" if words.spaced else r"\s*"  # "下周三": no space between "next" and the day in Chinese
    text = (rf"{_YMD}|(?P<absolute>(?:(?:{weekday}),?\s+{_SMALL_WORD})?\d{{1,2}}(?:\.|er|º|ª)?\s*{_SMALL_WORD}"
            rf"(?:{month})(?![^\W\d_])(?:\s*/\s*(?:{month}))?(?:\.?,?\s*{_SMALL_WORD}{_YEAR})?)"
            rf"|(?P<numeric>(?<![\d.,/])(?:\d{{1,2}}[./-]\d{{1,2}}[./-]{_YEAR}|{_YEAR}-\d{{1,2}}-\d{{1,2}})(?![\d/]|[.,]\d))"
            rf"|(?P<monthyear>(?:{month})(?![^\W\d_])\.?\s+{_SMALL_WORD}{_YEAR})"
            rf"|(?P<weekday>(?:(?:{moves}){gap})?(?:{weekday})(?:\s+(?:{moves}))?)"
            rf"|(?P<day>{days})")
    if not words.spaced:  # a date inside a run of characters, but not inside a number
        return DatePatterns(words, re.compile(rf"(?<!\d)(?:{text})(?!\d)", re.I))
    return DatePatterns(words, re.compile(rf"(?<!\w)(?:{text})(?!\w)", re.I))


def _caseless(found: str) -> bool:
    """Written in a script with no capitals (Arabic, Chinese): its case says nothing."""
    return found.lower() == found.upper()


def _lower_or_first(text: str, start: int, found: str) -> bool:
    """A day word counts in lower case, or capitalised where a sentence starts ("Gestern", but not the noun
    "Morgen", morning, in "heute Morgen")."""
    return found.islower() or _caseless(found) or not re.search(r"[^\s.!?»\"“”«(:\-–—]\s*$", text[:start])


def _is_a_name(text: str, match: re.Match[str]) -> bool:
    """A weekday written with a capital where a sentence does not start, or before another capitalised word."""
    if match.group().islower() or _caseless(match.group()):
        return False
    following = re.match(r"\s+(\w)", text[match.end():])
    return not _lower_or_first(text, match.start(), match.group()) or bool(following and following[1].isupper())


def lexical_date_spans(text: str, code: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the dates in ``text`` read in language ``code``; kind is "absolute", "numeric",
    "monthyear", "ymd" or "ym" (written with 年, 月, 日), "weekday" or "day"."""
    out = []
    found = patterns(code)
    words = found.words
    for match in found.pattern.finditer(ascii_digits(text)):
        kind = match.lastgroup or ""
        if kind == "day" and not _lower_or_first(text, match.start(), match.group()):
            continue
        if kind == "weekday" and not words.capital_weekdays and _is_a_name(text, match):
            continue  # "Domenica Ferri", not Sunday (where CLDR writes weekdays in lower case)
        out.append((match.start(), match.end(), kind))
    return out


@lru_cache(maxsize=64)
def _parser(code: str, base: date | None, order: str) -> DateDataParser:
    settings: dict[str, object] = {"PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": False,
                                   "DATE_ORDER": order.upper()}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    return DateDataParser(languages=[code], settings=settings)


def _has(text: str, word: str, spaced: bool) -> bool:
    """Whether the word stands in the text: as a word of its own, or anywhere in a language with no spaces."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None if spaced else word in text


def _weekday(text: str, words: DateWords, base: date | None, future: bool) -> tuple[str | None, str, str | None]:
    low = plain(text)
    index = next((i for w, i in sorted(words.weekdays.items(), key=lambda kv: -len(kv[0])) if w in low), None)
    if index is None:  # matched in another case than its lower case ("PAZARTESİ")
        return None, "unknown", None
    name = _WEEKDAY_NAMES[index]
    if base is None:
        return None, "day", name
    monday = base - timedelta(days=base.weekday())
    if words.week_moves and any(_has(low, w, words.spaced) for w in words.last_words + words.next_words):
        week = -7 if any(_has(low, w, words.spaced) for w in words.last_words) else 7
        return (monday + timedelta(days=week + index)).isoformat(), "day", name
    if any(_has(low, w, words.spaced) for w in words.last_words):
        return (base - timedelta(days=((base.weekday() - index) % 7) or 7)).isoformat(), "day", name
    if future or any(_has(low, w, words.spaced) for w in words.next_words):
        return (base + timedelta(days=(index - base.weekday()) % 7)).isoformat(), "day", name
    return (base - timedelta(days=(base.weekday() - index) % 7)).isoformat(), "day", name


def _year_month_day(text: str, base: date | None) -> tuple[str | None, str, str | None]:
    """A date written with the characters for year, month and day ("2025年3月5日", "3月5日", "2025年3月")."""
    parts = _YMD_PARTS.search(text)
    if parts is None or base is None and not parts["year"]:
        return None, "month" if parts and not parts["day"] else "day", None
    year = int(parts["year"]) if parts["year"] else base.year if base else 0
    if not parts["day"]:
        return f"{year}-{int(parts['month']):02d}", "month", None
    found = date(year, int(parts["month"]), int(parts["day"]))
    if base is not None and not parts["year"] and (found - base).days > _HALF_YEAR:
        found = _year_before(found)
    return found.isoformat(), "day", None


def _cldr_month(text: str, code: str) -> str:
    """The text with a month name CLDR does not give (Arabic "آذار") as CLDR's ("مارس"), for dateparser, and
    a second name after a slash ("مارس/آذار") left out."""
    words = date_words(code)
    text = re.sub(rf"\s*/\s*(?:{_month(words)})", "", text, count=1, flags=re.I)
    cldr = get_month_names("wide", "format", code)
    for name, month in sorted(words.months.items(), key=lambda item: -len(item[0])):
        found = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.I)
        if found:
            return text[:found.start()] + cldr[month] + text[found.end():]
    return text


def _absolute(text: str, kind: str, code: str, base: date | None) -> tuple[str | None, str, str | None]:
    if kind in ("ymd", "ym"):
        return _year_month_day(text, base)
    text = _cldr_month(text, code)
    grain = "month" if kind == "monthyear" else "day"
    has_year = bool(re.search(rf"(?<!\d){_YEAR}(?!\d)", text))
    if base is None and not has_year:
        return None, grain, None  # "17 août" in an undated article: a day, in a year only the story can tell
    digits = re.search(r"\d", text)  # from the day on: "Montag, den 10. August" is read as "10. August"
    data = _parser(code, base, date_words(code).order).get_date_data(text[digits.start() if digits else 0:])
    if data is None or data.date_obj is None:
        return None, "unknown", None
    found = data.date_obj.date()
    if base is not None and not has_year and (found - base).days > _HALF_YEAR:
        found = _year_before(found)  # "25 décembre" in a January article is last December
    if grain == "month":
        return f"{found.year}-{found.month:02d}", "month", None
    return found.isoformat(), "day", None


def _year_before(found: date) -> date:
    year = found.year - 1
    while found.month == 2 and found.day == 29 and not calendar.isleap(year):
        year -= 1
    return found.replace(year=year)


def normalise_lexical(text: str, code: str, base: date | None, future: bool = False
                      ) -> tuple[str | None, str, str | None]:
    """(value, granularity, weekday) of one date span in language ``code``, against the article's date ``base``."""
    text = ascii_digits(text)
    spans = lexical_date_spans(text, code)
    if not spans or (spans[0][0], spans[0][1]) != (0, len(text)):
        return None, "unknown", None
    kind = spans[0][2]
    words = date_words(code)
    if kind == "weekday":
        return _weekday(text, words, base, future)
    if kind == "day":
        if base is None:
            return None, "day", None
        shift = words.day_words.get(plain(text))
        return ((base + timedelta(days=shift)).isoformat(), "day", None) if shift is not None else \
            (None, "unknown", None)
    try:
        value, grain, _ = _absolute(text, kind, code, base)
    except (OverflowError, ValueError):
        return None, "unknown", None
    weekday = next((_WEEKDAY_NAMES[i] for w, i in words.weekdays.items() if plain(text).startswith(w)), None)
    return value, grain, weekday


def read_paragraphs(parsed: Parsed) -> list[tuple[int, str, str]]:
    """(start, text, language) of each paragraph no parser read, in a language other than English that CLDR
    knows."""
    out = []
    for para, pack, doc in zip(parsed.paragraphs, parsed.packs, parsed.docs, strict=True):
        code = paragraph_language(parsed.article.language, pack)
        if doc is None and code and para.text.strip() and reads_dates(code):
            out.append((para.start, para.text, code))
    return out


def _is_future(text: str, start: int, words: DateWords) -> bool:
    leading = text[max(0, start - 60): start].lower()
    return any(_has(leading, w, words.spaced) for w in words.future_words)


def extract_lexical_dates(parsed: Parsed) -> list[DateRef]:
    """DateRefs of the paragraphs no parser read (see ``read_paragraphs``), anchored to the article's date; a day
    after the article's ("下周一", "lundi prochain") is in the future whatever the words before it."""
    article = parsed.article
    base = date.fromisoformat(article.published) if article.published else None
    out = []
    for offset, text, code in read_paragraphs(parsed):
        words = date_words(code)
        for start, end, _ in lexical_date_spans(text, code):
            future = _is_future(text, start, words)
            value, grain, weekday = normalise_lexical(text[start:end], code, base, future)
            ahead = base is not None and grain == "day" and value is not None and value > base.isoformat()
            out.append(DateRef(article.id, offset + start, offset + end, text[start:end], value, grain, weekday,
                               STAGE, future or ahead))
    return out


def reanchor_lexical(article: Article, refs: list[DateRef], base: date) -> list[DateRef]:
    """The lexical DateRefs of ``article`` anchored to ``base`` (a date given after the analysis was made)."""
    paras = paragraphs(article.text)
    out = []
    for ref in refs:
        para = next((p for p in paras if p.start <= ref.start < p.end), None)
        if para is None:
            out.append(ref)
            continue
        code = paragraph_language(article.language, paragraph_pack(article.language, para.text))
        if not code:
            out.append(ref)
            continue
        value, grain, weekday = normalise_lexical(ref.text, code, base, ref.future)
        out.append(replace(ref, value=value, granularity=grain, weekday=weekday))
    return out
