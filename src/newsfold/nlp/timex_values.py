"""TIMEX3 building blocks: the Timex and TimexContext types, the words of time (numbers, months, units, holidays)
and the calendar arithmetic on TimeML values that the rules in ``timex.py`` are written with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .languages import alternation, month_prefixes, month_words, weekday_names
from .languages.en.numbers import CARDINALS, NUMBER_WORDS, TENS

__all__ = [
    "Timex", "TimexContext", "parse_number", "spelled_years", "value_granularity", "shift_value", "anchor_value",
    "shift_unit", "week_value", "duration_value", "holiday_date", "weekday_date", "infer_year", "HOLIDAYS", "MONTHS",
    "WEEKDAYS", "PARTS", "SEASONS", "SEASON_CODE", "DECADES", "ORDINALS", "VAGUE", "STEP", "MONTH_RE", "WEEKDAY_RE",
    "PART_RE", "EDGE_RE", "REL_RE", "NUM_RE", "UNITS_RE",
]


@dataclass(frozen=True)
class Timex:
    type: str  # DATE | TIME | DURATION | SET
    value: str


@dataclass(frozen=True)
class TimexContext:
    """What an expression is read against: the article's date, the tense of its clause, the last date mentioned."""

    anchor: date | None = None
    tense: str | None = None  # "past" | "future" | None (present or unknown)
    reference: str | None = None  # TIMEX3 value of the date the text was last talking about


# The grammar of spelled numbers below is English: "twenty four" is a ten and a one.
_ONES = {word: value for word, value in NUMBER_WORDS.items() if value < 20}
_TENS = {word: value for word, value in NUMBER_WORDS.items() if value >= 20}
VAGUE = {"several", "few", "a few", "many", "some", "numerous", "multiple", "the", "more", "recent", "coming",
         "a number of", "the last few", "dozens of", "hundreds of"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
MONTHS = month_prefixes()  # "aug" -> 8: a month word's first three letters
WEEKDAYS = weekday_names()
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
SEASONS = ["SP", "SU", "FA", "WI"]
DECADES = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
SEASON_CODE = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_UNIT = {"second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W", "month": "M",
         "quarter": "Q", "year": "Y", "decade": "Y", "century": "Y"}
_SMALLER = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"), "H": (60, "M"), "TM": (60, "S")}
STEP = {"last": -1, "past": -1, "previous": -1, "prior": -1, "this past": -1, "next": 1, "coming": 1,
        "following": 1, "upcoming": 1, "this coming": 1}
# (month, day) for fixed dates; (month, weekday, n) for the nth weekday of a month (n -1: the last);
# (0, offset) for days set by Easter Sunday
HOLIDAYS: dict[str, tuple[int, ...]] = {
    "new year day": (1, 1), "new year": (1, 1), "new year eve": (12, 31), "christmas": (12, 25),
    "christmas day": (12, 25), "christmas eve": (12, 24), "independence day": (7, 4), "the fourth of july": (7, 4),
    "halloween": (10, 31), "valentine day": (2, 14), "veterans day": (11, 11), "boxing day": (12, 26),
    "may day": (5, 1), "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "labor day": (9, 0, 1),
    "memorial day": (5, 0, -1), "martin luther king day": (1, 0, 3), "presidents day": (2, 0, 3),
    "columbus day": (10, 0, 2), "mother day": (5, 6, 2), "father day": (6, 6, 3),
    "election day": (11, 1, 0),  # the Tuesday after the first Monday: n 0 is read as "between the 2nd and 8th"
    "easter": (0, 0), "easter sunday": (0, 0), "easter monday": (0, 1), "good friday": (0, -2),
    "palm sunday": (0, -7), "ash wednesday": (0, -46),
}

MONTH_RE = rf"(?P<month>{alternation(month_words())})\.?"
WEEKDAY_RE = rf"(?P<weekday>{'|'.join(WEEKDAYS)})"
PART_RE = r"(?P<part>morning|afternoon|evening|night)"
EDGE_RE = (r"(?:(?:early|late|mid|earlier|later|so far|the end of|end of|the beginning of|the start of|"
           r"the middle of|the rest of|the remainder of|the close of|the turn of)\s+)?")
REL_RE = r"(?:(?P<rel>last|next|this past|this coming|this|coming|past|early|late|mid|earlier|later) )?"
NUM_RE = r"(?P<num>(?:\d+(?:\.\d+)?(?: 1/2)?(?: more)?|[a-z]+(?: [a-z]+)?(?: and a half)?(?: of)?))"
UNITS_RE = r"(?P<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|months?|quarters?|years?|decades?|centur(?:y|ies))"


def parse_number(text: str) -> float | None:
    """"two" -> 2, "twenty four" -> 24, "5 1/2" -> 5.5, "a dozen" -> 12, "two more" -> 2; None for vague words."""
    text = re.sub(r" (?:of|more)$", "", text.strip())
    half = 0.5 if re.search(r" (?:1/2|and a half)$", text) else 0.0
    text = re.sub(r" (?:1/2|and a half)$", "", text)
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text) + half
    if text in _ONES:
        return _ONES[text] + half
    words = text.split()
    if words and words[0] in _TENS and all(w in _ONES and _ONES[w] < 10 for w in words[1:]):
        return _TENS[words[0]] + sum(_ONES[w] for w in words[1:]) + half
    return None


_DIGIT = CARDINALS[1:10]
_TEEN = CARDINALS[10:20]
_TEN = TENS
_SPELLED_YEAR = re.compile(
    rf"\b(?P<century>{'|'.join(_TEEN[6:])}|twenty) (?:(?P<teen>{'|'.join(_TEEN)})|(?P<ten>{'|'.join(_TEN)})"
    rf"(?: (?P<one>{'|'.join(_DIGIT)}))?|oh (?P<oh>{'|'.join(_DIGIT)})|(?P<hundred>hundred))\b|"
    rf"\btwo thousand(?: and)?(?: (?:(?P<teen2>{'|'.join(_TEEN)})|(?P<ten2>{'|'.join(_TEN)})(?: (?P<one2>"
    rf"{'|'.join(_DIGIT)}))?|(?P<one3>{'|'.join(_DIGIT)})))?\b(?! (?:years?|centur|decades?|days?|months?))")


def _spelled_year(match: re.Match[str]) -> str:
    if match["century"] is None:  # "two thousand and twelve"
        teen, ten, one = match["teen2"], match["ten2"], match["one2"] or match["one3"]
        rest = _TEEN.index(teen) + 10 if teen else (_TEN.index(ten) + 2) * 10 if ten else 0
        return str(2000 + rest + (_DIGIT.index(one) + 1 if one else 0))
    century = 20 if match["century"] == "twenty" else _TEEN.index(match["century"]) + 10
    if match["teen"]:
        rest = _TEEN.index(match["teen"]) + 10
    elif match["ten"]:
        rest = (_TEN.index(match["ten"]) + 2) * 10 + (_DIGIT.index(match["one"]) + 1 if match["one"] else 0)
    else:
        rest = _DIGIT.index(match["oh"]) + 1 if match["oh"] else 0
    return f"{century}{rest:02d}"


def spelled_years(low: str) -> str:
    """Years said in words, as in broadcast transcripts, to digits: "nineteen ninety six" -> "1996", "twenty
    thirteen" -> "2013", "the year two thousand" -> "the year 2000" (hyphens already spaces)."""
    return _SPELLED_YEAR.sub(_spelled_year, low)


def week_value(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def value_granularity(value: str) -> str:
    """"day", "week", "month", "quarter", "half", "season", "year", "decade", "century" or "other"."""
    patterns = [(r"\d{4}-\d\d-\d\d", "day"), (r"\d{4}-W\d\d", "week"), (r"\d{4}-\d\d", "month"),
                (r"\d{4}-Q\d", "quarter"), (r"\d{4}-H\d", "half"), (r"\d{4}-(SP|SU|FA|WI)", "season"),
                (r"\d{4}", "year"), (r"\d{3}", "decade"), (r"\d\d", "century")]
    return next((name for pattern, name in patterns if re.fullmatch(pattern, value)), "other")


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + n
    return index // 12, index % 12 + 1


def shift_value(value: str, n: int, unit: str) -> str | None:
    """Move a DATE value by n units (day, week, month, quarter, year), keeping its granularity where it can."""
    grain = value_granularity(value)
    months = {"month": n, "quarter": 3 * n, "year": 12 * n}.get(unit)
    if grain == "day":
        day = date.fromisoformat(value)
        if months is None:
            return (day + timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
        y, m = _add_months(day.year, day.month, months)
        return f"{y}-{m:02d}-{min(day.day, 28 if m == 2 else 30 if day.day > 30 else day.day):02d}"
    if months is None or grain in ("decade", "century", "other", "week"):
        return None
    year = int(value[:4])
    if grain == "month":
        return "{}-{:02d}".format(*_add_months(year, int(value[5:7]), months))
    if grain == "quarter" and months % 3 == 0:
        y, m = _add_months(year, (int(value[6]) - 1) * 3 + 1, months)
        return f"{y}-Q{(m - 1) // 3 + 1}"
    return f"{year + months // 12}{value[4:]}" if months % 12 == 0 else None


def anchor_value(anchor: date, unit: str) -> str:
    """The anchor day said at a unit's granularity: 2020-08-14, 2020-08, 2020-Q3, 2020."""
    grains = {"month": f"{anchor.year}-{anchor.month:02d}", "quarter": f"{anchor.year}-Q{(anchor.month - 1) // 3 + 1}"}
    return anchor.isoformat() if unit in ("day", "night", "week") else grains.get(unit, str(anchor.year))


def shift_unit(base: str, n: int, unit: str) -> str | None:
    """shift_value for any calendar unit ("decade", "night"), giving weeks as ISO weeks."""
    if unit in ("decade", "century"):
        n, unit = n * (10 if unit == "decade" else 100), "year"
    moved = shift_value(base, n, "day" if unit == "night" else unit)
    return week_value(date.fromisoformat(moved)) if moved and unit == "week" and len(moved) == 10 else moved


def duration_value(n: float | None, unit: str) -> str:
    """P2W, PT16H, P1Y6M ("a year and a half"), PXY (a vague number)."""
    unit = re.sub(r"ies$", "y", unit).rstrip("s")
    letter, time = _UNIT[unit], "T" if unit in ("hour", "minute", "second") else ""
    if n is None:
        return f"P{time}X{letter}"
    n *= {"decade": 10, "century": 100}.get(unit, 1)
    whole, rest = int(n), n - int(n)
    if rest and letter in _SMALLER:
        factor, small = _SMALLER["TM" if time and letter == "M" else letter]
        joined, part = f"{whole}{letter}" if whole else "", f"{int(round(rest * factor))}{small}"
        return f"PT{joined}{part}" if time else f"P{joined}T{part}" if small == "H" else f"P{joined}{part}"
    return f"P{time}{whole}{letter}"


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e, f = b // 4, b % 4, (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    return date(year, month, (h + l_ - 7 * m + 114) % 31 + 1)


def holiday_date(name: str, year: int) -> date:
    """The day of a holiday in HOLIDAYS in a given year: Thanksgiving is the 4th Thursday of November."""
    rule = HOLIDAYS[name]
    if rule[0] == 0:
        return _easter(year) + timedelta(days=rule[1])
    if len(rule) == 2:
        return date(year, rule[0], rule[1])
    month, weekday, n = rule
    if n < 0:
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 2 if n == 0 else 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * max(n - 1, 0))


def weekday_date(index: int, anchor: date, tense: str | None, rel: str | None) -> date:
    """The date of a weekday read on the anchor day: in its week, on the side the tense or "last"/"next" say."""
    back, ahead = (anchor.weekday() - index) % 7, (index - anchor.weekday()) % 7
    step = STEP.get(rel or "", 0)
    if step:  # "last Friday" on a Friday is a week ago, "next Friday" a week on
        return anchor + timedelta(days=step * ((back if step < 0 else ahead) or 7))
    if tense == "future" and ahead:
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=back)  # news mostly reports what has happened: the article's own day included


def infer_year(month: int, day: int, ctx: TimexContext, rel: str | None) -> int | None:
    """The year of a month (and day) given without one: the nearest, unless the tense or "last"/"next" say."""
    if ctx.anchor is None:
        return None
    year, gap = ctx.anchor.year, month - ctx.anchor.month
    here, there = (ctx.anchor.month, ctx.anchor.day), (month, day)
    step = STEP.get(rel or "", 0)
    if step:  # "last March" is the latest March before this month, "next March" the first one after
        return year if (there < here if step < 0 else there > here) else year + step
    if rel == "this":
        return year
    # News looks back: a month a little ahead is this year's, further ahead last year's; the window widens
    # ahead for exact days ("payable Dec. 7") and for the future tense, and shrinks behind for the future tense.
    ahead = 12 if ctx.tense == "future" else 3 if day else 1 if ctx.tense == "past" else 2
    behind = -1 if ctx.tense == "future" else -12 if ctx.tense == "past" else -7
    return year - 1 if gap > ahead else year + 1 if gap < behind else year
