"""TIMEX3 normalisation: one time expression and its anchor (the article's date) to a TimeML type and value.

Values follow TimeML: 2020-08-14, 2020-08, 2020-W33, 2020-Q3, 2020-H1, 2020-SU, 199 (the 1990s), 19 (the 20th
century), PRESENT_REF / PAST_REF / FUTURE_REF, 2020-08-14T19:00, 2020-08-14TMO; durations P3D, PT16H, PXY; sets
P1D, XXXX-WXX-1. Without an anchor, what cannot be placed keeps X placeholders (Friday: XXXX-WXX-5).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["Timex", "TimexContext", "normalise_timex", "parse_number", "shift_value", "value_granularity"]


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


_ONES: dict[str, float] = {word: i for i, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen".split())} | {"a": 1, "an": 1, "couple": 2, "a couple": 2, "dozen": 12, "a dozen": 12,
                                     "half a dozen": 6, "half a": .5, "half an": .5, "a half": .5}
_TENS = {word: 10 * i for i, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)} | \
    {"hundred": 100, "a hundred": 100}
_VAGUE = {"several", "few", "a few", "many", "some", "numerous", "multiple", "the", "more", "recent", "coming",
          "a number of", "the last few", "dozens of", "hundreds of"}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
MONTHS = {name: i for i, name in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
_SEASONS = ["SP", "SU", "FA", "WI"]
_DECADES = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
_SEASON_CODE = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_UNIT = {"second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W", "month": "M",
         "quarter": "Q", "year": "Y", "decade": "Y", "century": "Y"}
_SMALLER = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"), "H": (60, "M"), "TM": (60, "S")}
_STEP = {"last": -1, "past": -1, "previous": -1, "prior": -1, "this past": -1, "next": 1, "coming": 1,
         "following": 1, "upcoming": 1, "this coming": 1}
_REFS = {  # whole expressions that point at the present, the past or the future without a date
    "PRESENT_REF": re.compile(r"(?:right |just )?now|current(?:ly)?|(?:at )?present(?:ly)?|the present(?: time)?|"
                              r"nowadays|these days|(?:at )?the moment|this time|the time being|(?:at )?this "
                              r"(?:point|stage)"),
    "PAST_REF": re.compile(r"(?:more |until |only )?recently|recent|(?:in )?the (?:recent )?past|previously|once|"
                           r"(?:the )?past(?: years)?|formerly|lately|earlier|(?:years|long|a while|some time) ago"),
    "FUTURE_REF": re.compile(r"(?:the )?(?:near )?future|soon|later|a later date|the (?:short|near|long) (?:term|run)|"
                             r"(?:the )?coming (?:weeks|months|years)|the (?:days|weeks|months|years) ahead"),
}
_SETS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
         "hourly": "PT1H", "biweekly": "P2W"}
_HOLIDAYS = {"new year day": (1, 1), "new year": (1, 1), "new year eve": (12, 31), "christmas": (12, 25),
             "christmas day": (12, 25), "christmas eve": (12, 24), "independence day": (7, 4),
             "the fourth of july": (7, 4), "halloween": (10, 31), "valentine day": (2, 14), "veterans day": (11, 11),
             "boxing day": (12, 26), "may day": (5, 1), "thanksgiving": (11, -4), "thanksgiving day": (11, -4),
             "labor day": (9, -1), "memorial day": (5, -5)}  # negative: the nth Monday or Thursday (-5: the last)

_MONTH = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAY = r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PART = r"(?P<part>morning|afternoon|evening|night)"
_EDGE = (r"(?:(?:early|late|mid|earlier|later|so far|the end of|end of|the beginning of|the start of|the middle of|"
         r"the rest of|the remainder of|the close of|the turn of)\s+)?")
_REL = r"(?:(?P<rel>last|next|this past|this coming|this|coming|past|early|late|mid|earlier|later) )?"
_NUM = r"(?P<num>(?:\d+(?:\.\d+)?(?: 1/2)?|[a-z]+(?: [a-z]+)?(?: and a half)?(?: of)?))"
_UNITS = r"(?P<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|months?|quarters?|years?|decades?|centur(?:y|ies))"


def parse_number(text: str) -> float | None:
    """"two" -> 2, "twenty four" -> 24, "5 1/2" -> 5.5, "a dozen" -> 12; None for vague or unknown words."""
    text = re.sub(r" of$", "", text.strip())
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


def _clean(text: str) -> str:
    low = text.lower().replace("’", "'").replace("`", "'")
    low = re.sub(r"'s\b", "", low.strip())  # "this year's third quarter"
    low = re.sub(r"(?<=[a-z])-(?=[a-z0-9])|(?<=[0-9])-(?=[a-z])", " ", low)  # third-quarter, two-year, mid-1990
    low = re.sub(r"\s+", " ", re.sub(r"[^\w'./: -]+", " ", low)).strip(" .:-")
    low = re.sub(r"^(?:(?:on|in|at|by|since|until|till|from|for|during|through|within|of|as of|as early as|"
                 r"as late as|sometime|as recently as|beginning|starting|between)\s+)+", "", low)
    low = re.sub(r"^year end$", "the end of the year", low)
    return re.sub(r"^(?:its|their|our|his|her|this company|the company) ", "the ", low)


def _week(day: date) -> str:
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


def _anchor_value(anchor: date, unit: str) -> str:
    """The anchor day said at a unit's granularity: 2020-08-14, 2020-08, 2020-Q3, 2020."""
    grains = {"month": f"{anchor.year}-{anchor.month:02d}", "quarter": f"{anchor.year}-Q{(anchor.month - 1) // 3 + 1}"}
    return anchor.isoformat() if unit in ("day", "night", "week") else grains.get(unit, str(anchor.year))


def _shift(base: str, n: int, unit: str) -> str | None:
    if unit in ("decade", "century"):
        n, unit = n * (10 if unit == "decade" else 100), "year"
    moved = shift_value(base, n, "day" if unit == "night" else unit)
    return _week(date.fromisoformat(moved)) if moved and unit == "week" and len(moved) == 10 else moved


def _reference_word(low: str, ctx: TimexContext) -> Timex | None:
    return next((Timex("DATE", ref) for ref, pattern in _REFS.items() if pattern.fullmatch(low)), None)


def _set(low: str, ctx: TimexContext) -> Timex | None:
    if low in _SETS:
        return Timex("SET", _SETS[low])
    match = re.fullmatch(rf"(?:every|each|per|once a|twice a|\w+ times a) (?:other )?(?:{_NUM} )?{_UNITS}", low)
    if match:
        n = parse_number(match["num"]) if match["num"] else 1
        return Timex("SET", _duration_value(n, match["unit"])) if n else None
    month = re.fullmatch(rf"(?:every|each) {_MONTH}", low)
    if month:
        return Timex("SET", f"XXXX-{MONTHS[month['month'][:3]]:02d}")
    match = re.fullmatch(rf"(?:(?P<every>every|each|on) )?{_WEEKDAY}(?P<plural>s)?(?: {_PART}(?P<parts>s)?)?", low)
    if match and (match["every"] in ("every", "each") or match["plural"] or match["parts"]):
        suffix = f"T{_PARTS[match['part']]}" if match["part"] else ""
        return Timex("SET", f"XXXX-WXX-{WEEKDAYS.index(match['weekday']) + 1}{suffix}")
    return None


def _duration_value(n: float | None, unit: str) -> str:
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


_DURATION = re.compile(
    r"(?P<lead>(?:(?:the|a|an|another|over|more than|less than|fewer than|about|nearly|almost|at least|at most|"
    r"some|up to|roughly|around|approximately|only|just|first|last|past|next|previous|coming|following|full|"
    r"entire|whole|additional|further|consecutive|straight|better part of|each of|all|final|remaining|extra|"
    rf"long) )*){_NUM}? ?{_UNITS}(?P<tail>(?: (?:long|running|straight|in a row|and a half|or so|or more|or longer))*)")


def _duration(low: str, ctx: TimexContext) -> Timex | None:
    match = _DURATION.fullmatch(low)
    if not match or re.search(r"\bold$", low):
        return None  # an age is not a time
    unit, lead, num = match["unit"], match["lead"].strip(), match["num"]
    n = parse_number(num) if num else None
    if num and n is None and num.split()[-1] not in _VAGUE and num not in _VAGUE:
        return None
    if not num and not unit.endswith("s"):
        if not lead.endswith(("a", "an", "another", "full", "entire", "whole")) or lead.startswith("the "):
            return None  # "the year", "last week": a date, not a length
        n = 1.0
    n = n + 0.5 if n is not None and "and a half" in match["tail"] else n
    if n is None and lead.endswith("past") and not num:
        return None  # "the past years": a reference to the past
    return Timex("DURATION", _duration_value(n, unit))


_DAY_OFFSETS = {"today": 0, "tonight": 0, "overnight": 0, "yesterday": -1, "tomorrow": 1,
                "the day before yesterday": -2, "the day after tomorrow": 2}
_DAY = re.compile(rf"(?:the (?P<side>previous|following) )?{_REL}(?P<day>{'|'.join([*_DAY_OFFSETS, *WEEKDAYS])})?"
                  rf"(?: ?{_PART})?|(?P<part2>morning|afternoon|evening|night) (?P<day2>today|yesterday|tomorrow)")


def _weekday_date(index: int, anchor: date, tense: str | None, rel: str | None) -> date:
    back, ahead = (anchor.weekday() - index) % 7, (index - anchor.weekday()) % 7
    step = _STEP.get(rel or "", 0)
    if step:  # "last Friday" on a Friday is a week ago, "next Friday" a week on
        return anchor + timedelta(days=step * ((back if step < 0 else ahead) or 7))
    if tense == "future" and ahead:
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=back)  # news mostly reports what has happened: the article's own day included


def _day(low: str, ctx: TimexContext) -> Timex | None:
    """"today", "last night", "this morning", "last Tuesday", "Sunday night"; "the previous Friday" (from the date
    talked about)."""
    match = _DAY.fullmatch(low)
    if not match:
        return None
    word, part, rel = match["day"] or match["day2"], match["part"] or match["part2"], match["side"] or match["rel"]
    if word is None and (part is None or rel is None or (rel == "last") != (part == "night")):
        return None  # "this morning" and "last night" are days; "morning" and "last morning" are not
    part = "night" if word in ("tonight", "overnight") else part
    suffix, kind = (f"T{_PARTS[part]}", "TIME") if part else ("", "DATE")
    if word in WEEKDAYS:
        index = WEEKDAYS.index(word)
        if ctx.anchor is None:
            return Timex("DATE", f"XXXX-WXX-{index + 1}{suffix}")
        from_reference = match["side"] and ctx.reference and value_granularity(ctx.reference) == "day"
        anchor = date.fromisoformat(ctx.reference) if from_reference and ctx.reference else ctx.anchor
        return Timex(kind, _weekday_date(index, anchor, ctx.tense, rel).isoformat() + suffix)
    if ctx.anchor is None:
        return Timex(kind, "XXXX-XX-XX" + suffix)
    shift = -1 if rel == "last" or (word == "overnight" and ctx.tense == "past") else _DAY_OFFSETS[word or "today"]
    return Timex(kind, (ctx.anchor + timedelta(days=shift)).isoformat() + suffix)


_CLOCK = re.compile(r"(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))? ?(?P<ampm>a\.?m\.?|p\.?m\.?)(?=\W|$)|(?P<h2>\d{1,2}):"
                    r"(?P<m2>\d\d)|(?P<word>\bnoon|\bmidnight|\bmidday)|(?P<h3>\d{1,2}) o'clock|(?P<h4>\d{1,2}) in the "
                    r"(?P<part>morning|afternoon|evening|night)")
_CLOCK_FILLER = re.compile(r"\b(?:est|edt|cst|cdt|mst|mdt|pst|pdt|gmt|utc|bst|cet|et|pt|local time|at|on|about|"
                           r"around|approximately|shortly|just|after|before|by|until|of|the|local)\b|[,.]")


def _clock(low: str, ctx: TimexContext) -> Timex | None:
    """"7 p.m.", "10:35 a.m. Tuesday", "noon Thursday": the day from the text, else the one talked about."""
    match = _CLOCK.search(low)
    if not match:
        return None
    if match["word"]:
        hour, minute = (24 if match["word"] == "midnight" else 12), 0
    else:
        hour, minute = int(match["h"] or match["h2"] or match["h3"] or match["h4"]), int(match["m"] or match["m2"] or 0)
        afternoon = (match["ampm"] or "").startswith("p") or match["part"] in ("afternoon", "evening", "night")
        hour += 12 if afternoon and hour < 12 else -12 if (match["ampm"] or "").startswith("a") and hour == 12 else 0
    if hour > 24 or minute > 59:
        return None
    rest = _CLOCK_FILLER.sub(" ", low[:match.start()] + " " + low[match.end():]).strip()
    day = ctx.reference if ctx.reference and value_granularity(ctx.reference) == "day" else \
        ctx.anchor.isoformat() if ctx.anchor else "XXXX-XX-XX"
    if rest:
        found = normalise_timex(rest, ctx)
        if found is None or not re.fullmatch(r"(\d{4}|XXXX)-[\dWX]+-[\dX]+", found.value[:10]):
            return None
        day = found.value[:10]
    return Timex("TIME", f"{day}T{hour:02d}:{minute:02d}")


def _infer_year(month: int, day: int, ctx: TimexContext, rel: str | None) -> int | None:
    """The year of a month (and day) given without one: the nearest, unless the tense or "last"/"next" say."""
    if ctx.anchor is None:
        return None
    year, gap = ctx.anchor.year, month - ctx.anchor.month
    here, there = (ctx.anchor.month, ctx.anchor.day), (month, day)
    step = _STEP.get(rel or "", 0)
    if step:  # "last March" is the latest March before this month, "next March" the first one after
        return year if (there < here if step < 0 else there > here) else year + step
    if rel == "this":
        return year
    # News looks back: a month a little ahead is this year's, further ahead last year's; the window widens
    # ahead for exact days ("payable Dec. 7") and for the future tense, and shrinks behind for the future tense.
    ahead = 12 if ctx.tense == "future" else 3 if day else 1 if ctx.tense == "past" else 2
    behind = -1 if ctx.tense == "future" else -12 if ctx.tense == "past" else -7
    return year - 1 if gap > ahead else year + 1 if gap < behind else year


_MONTH_DATE = [
    re.compile(rf"(?:{_WEEKDAY},? )?{_EDGE}{_MONTH} (?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,? (?P<year>\d{{4}}))?"),
    re.compile(rf"(?:{_WEEKDAY},? )?(?:the )?(?P<day>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_MONTH},?"
               r"(?: (?P<year>\d{4}))?"),
    re.compile(rf"{_EDGE}{_REL}{_MONTH}(?:,? (?:of )?(?P<year>\d{{4}}))?(?: (?P<rel2>last|this|next) year)?"),
    re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)"),
]


def _month_date(low: str, ctx: TimexContext) -> Timex | None:
    """"Aug. 7, 1998", "Monday, Oct. 26", "7 August", "early September", "June last year", "2020-08-14"."""
    match = next(filter(None, (pattern.fullmatch(low) for pattern in _MONTH_DATE)), None)
    if not match:
        return None
    found = match.groupdict()
    month = int(found["month"]) if found["month"].isdigit() else MONTHS[found["month"][:3]]
    day = int(found.get("day") or 0)
    year = int(found["year"]) if found.get("year") else None
    if year is None and found.get("rel2") and ctx.anchor:
        year = ctx.anchor.year + _STEP.get(found["rel2"], 0)
    year = year or _infer_year(month, day, ctx, found.get("rel"))
    if not 1 <= month <= 12 or day > (31 if year is None else (date(year + month // 12, month % 12 + 1, 1) -
                                                             timedelta(days=1)).day):
        return None  # "Feb. 30" is not a day
    shown = f"{year:04d}" if year else "XXXX"
    return Timex("DATE", f"{shown}-{month:02d}-{day:02d}" if day else f"{shown}-{month:02d}")


def _year(low: str, ctx: TimexContext) -> Timex | None:
    """"1990", "fiscal 1989", "the year 2000"."""
    match = re.fullmatch(rf"{_EDGE}(?:the )?(?:(?:fiscal|calendar|model|school|financial) (?:year )?|year |fy ?)?"
                         r"(?P<year>1[0-9]\d\d|20\d\d)(?: (?:fiscal|financial|model|calendar) year| fiscal)?", low)
    return Timex("DATE", match["year"]) if match else None


def _holiday(low: str, ctx: TimexContext) -> Timex | None:
    """Fixed-date holidays, and those set by weekday: Thanksgiving (4th Thursday), Labor Day, Memorial Day."""
    match = re.fullmatch(rf"{_REL}(?P<name>[a-z ]+?)(?: (?P<year>\d{{4}}))?", low)
    if not match or match["name"] not in _HOLIDAYS:
        return None
    month, day = _HOLIDAYS[match["name"]]
    year = int(match["year"]) if match["year"] else _infer_year(month, abs(day), ctx, match["rel"])
    if year is None:
        return Timex("DATE", f"XXXX-{month:02d}" + (f"-{day:02d}" if day > 0 else ""))
    if day > 0:
        return Timex("DATE", f"{year}-{month:02d}-{day:02d}")
    if day == -5:
        last = date(year, month, 31)
        return Timex("DATE", (last - timedelta(days=last.weekday())).isoformat())
    first = date(year, month, 1)
    first += timedelta(days=((3 if day == -4 else 0) - first.weekday()) % 7)
    return Timex("DATE", (first + timedelta(days=7 * (abs(day) - 1))).isoformat())


def _decade_or_century(low: str, ctx: TimexContext) -> Timex | None:
    """"the 1990s" -> 199, "the late '70s" -> 197 (the latest such decade), "the 20th century" -> 19."""
    edge = r"(?:the )?(?:(?:early|late|mid|the early|the late|the mid) )?"
    decade = re.fullmatch(rf"{edge}(?:(?P<c>1\d|20)(?P<d>\d)0|'?(?P<d2>\d)0) ?'?s|{edge}(?P<w>{'|'.join(_DECADES)})",
                          low)
    if decade and decade["c"]:
        return Timex("DATE", decade["c"] + decade["d"])
    if decade:
        now = ctx.anchor.year if ctx.anchor else 1999
        digit = int(decade["d2"]) if decade["d2"] else _DECADES.index(decade["w"]) + 2
        return Timex("DATE", f"{now // 100 - (0 if digit <= now // 10 % 10 else 1)}{digit}")
    century = re.fullmatch(rf"{edge}(?P<n>\d{{1,2}})(?:st|nd|rd|th) century", low)
    return Timex("DATE", f"{int(century['n']) - 1:02d}") if century else None


_PERIOD = re.compile(
    r"(?:the )?(?:(?P<rel>year earlier|year ago|same|latest|last|current|previous|this|that|past|next|coming|final|"
    r"recent|prior|comparable|corresponding|most recent) )?(?:(?P<rel1>this|last|next) year )?(?:(?P<year1>\d{4}) )?"
    r"(?:fiscal )?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last) )?(?:(?P<year>\d{4}) )?"
    r"(?:fiscal |calendar )?(?P<unit>quarter|half|period)(?: (?:of|in|for) (?:fiscal |the )?(?:(?P<year2>\d{4})|"
    r"(?P<rel2>this|last|next|the) (?:fiscal )?year))?(?: (?P<rel3>a year ago|a year earlier|last year))?")


def _period_number(match: re.Match[str], letter: str, ctx: TimexContext) -> int:
    """Which quarter or half: the ordinal, else the one the text was talking about, else the last completed."""
    ordinal, per_year = match["ord"], 2 if letter == "H" else 4
    if ordinal in ("final", "last") or (not ordinal and match["rel"] in ("last", "final") and
                                        (match["year"] or match["year2"])):
        return per_year
    if ordinal:
        return _ORDINALS[ordinal]
    if ctx.reference and re.fullmatch(rf"\d{{4}}-{letter}\d", ctx.reference):
        return int(ctx.reference[6])
    months = (ctx.anchor.month - 1) if ctx.anchor else 0
    return (months * per_year // 12 - 1) % per_year + 1


def _period(low: str, ctx: TimexContext) -> Timex | None:
    """Quarters and halves: "the third quarter", "the year-earlier period", "the first half of 1990"."""
    match = _PERIOD.fullmatch(low)
    if not match or (match["unit"] == "period" and not (match["rel"] or match["year"] or match["year1"])):
        return None
    letter, per_year = ("H", 2) if match["unit"] == "half" else ("Q", 4)
    rel, anchor = match["rel"], ctx.anchor
    year_text = match["year"] or match["year1"] or match["year2"]
    back = 1 if rel in ("year earlier", "year ago") or match["rel3"] else 0
    relative_year = match["rel1"] or match["rel2"] or ("last" if match["rel3"] else None)
    if match["ord"] or year_text or relative_year:
        n = _period_number(match, letter, ctx)
        if year_text:
            year = int(year_text) - back
        elif anchor is None:
            return Timex("DATE", f"XXXX-{letter}{n}")
        else:  # a quarter still to come this year is last year's, unless the text looks ahead
            year = anchor.year + _STEP.get(relative_year or "", 0) - (0 if match["rel3"] else back)
            if not relative_year and n > (anchor.month - 1) * per_year // 12 + 1 and ctx.tense != "future":
                year -= 1
        return Timex("DATE", f"{year}-{letter}{n}")
    if anchor is None:
        return None
    index = anchor.year * per_year + (anchor.month - 1) * per_year // 12 + _STEP.get(rel or "", 0)
    if rel not in _STEP and rel not in ("this", "current"):
        if ctx.reference and re.fullmatch(rf"\d{{4}}-{letter}\d", ctx.reference):
            index = int(ctx.reference[:4]) * per_year + int(ctx.reference[6]) - 1
        else:
            index -= 1  # "the quarter" in results news: the last one completed
    index -= back * per_year
    return Timex("DATE", f"{index // per_year}-{letter}{index % per_year + 1}")


def _season(low: str, ctx: TimexContext) -> Timex | None:
    match = re.fullmatch(r"(?:the )?(?:(?P<rel>this past|this coming|this|last|next|past|coming|early|late|mid|"
                         r"the early|the late) )?(?P<season>spring|summer|fall|autumn|winter)(?: (?:of )?"
                         r"(?P<year>\d{4}))?(?: (?P<rel2>last|this|next) year)?", low)
    if not match:
        return None
    code = _SEASON_CODE[match["season"]]
    if match["year"] or ctx.anchor is None:
        return Timex("DATE", f"{match['year'] or 'XXXX'}-{code}")
    month, rel = ctx.anchor.month, match["rel"] or ""
    season_year = ctx.anchor.year - (1 if month < 3 else 0)  # January's winter began last December
    current, target = 3 if month in (12, 1, 2) else (month - 3) // 3, _SEASONS.index(code)
    step = _STEP.get(match["rel2"] or rel, 0)
    if match["rel2"]:
        year = ctx.anchor.year + step
    elif rel == "this":
        year = season_year if target == current else ctx.anchor.year
    elif step == 1 or (step == 0 and ctx.tense == "future"):
        year = season_year + (0 if target > current or (step == 0 and target == current) else 1)
    else:  # "last fall", or unmarked: the latest one, the current season included unless "last"
        year = season_year - (0 if target < current or (step == 0 and target == current) else 1)
    return Timex("DATE", f"{year}-{code}")


_SHIFTED = re.compile(r"(?:(?:about|nearly|almost|some|roughly|around|more than|less than|just|only|over|barely|"
                      rf"little more than|at least|exactly) )?(?:{_NUM} )?{_UNITS}(?: or so)? (?P<dir>ago|earlier|"
                      r"before|later|after|from now|hence|prior|previously|back|before that|after that)")


def _shifted(low: str, ctx: TimexContext) -> Timex | None:
    """"two years ago" from the article's date; "a year earlier", "the day before" from the date talked about."""
    match = _SHIFTED.fullmatch(re.sub(r"^the ", "", low))
    if not match:
        return None
    unit, num = re.sub(r"ies$", "y", match["unit"]).rstrip("s"), match["num"]
    backward = match["dir"] in ("ago", "earlier", "before", "prior", "previously", "back", "before that")
    n = parse_number(num) if num else (1.0 if not match["unit"].endswith("s") else None)
    if n is None or n != int(n) or unit in ("hour", "minute", "second"):
        vague = not num or parse_number(num) is not None or num.split()[-1] in _VAGUE
        clock = unit in ("hour", "minute", "second")
        return Timex("DATE", "PAST_REF" if backward else "FUTURE_REF") if vague and not clock else None
    if ctx.anchor is None:
        return None
    reference = ctx.reference if ctx.reference and value_granularity(ctx.reference) != "other" else None
    from_anchor = match["dir"] in ("ago", "from now", "hence", "back") or reference is None
    if from_anchor and not (unit == "year" and reference and value_granularity(reference) in ("quarter", "half")):
        base = _anchor_value(ctx.anchor, unit)
    else:  # "a year earlier" after "the third quarter" is that quarter a year before
        base = reference or _anchor_value(ctx.anchor, unit)
        if value_granularity(base) == "day" and unit in ("month", "quarter", "year", "decade", "century"):
            base = _anchor_value(date.fromisoformat(base), unit)
    steps = -int(n) if backward else int(n)
    moved = _shift(base, steps, unit) or _shift(_anchor_value(ctx.anchor, unit), steps, unit)
    return Timex("DATE", moved) if moved else None


_RELATIVE = re.compile(rf"{_EDGE}(?:the )?(?:(?P<rel>last|this|next|past|previous|coming|current|following|same|"
                       r"that|latest|recent|prior|present|upcoming|this past|full|entire|whole) )?(?P<unit>week|"
                       r"weekend|month|year|decade|century|fiscal year|day|night)")


def _relative_base(ctx: TimexContext, unit: str, from_reference: bool) -> str:
    """What "the following year" or "that month" moves from: the date talked about, else the article's date."""
    anchor, reference = ctx.anchor or date.min, ctx.reference if from_reference else None
    if reference and value_granularity(reference) == unit:
        return reference
    if reference and value_granularity(reference) in ("day", "month") and unit in ("month", "year", "week"):
        return _anchor_value(date.fromisoformat(reference if len(reference) == 10 else reference + "-01"), unit)
    return _anchor_value(anchor, unit)


def _relative(low: str, ctx: TimexContext) -> Timex | None:
    """"last week", "this year", "early next month", "the following day", "the weekend", "year-end"."""
    match = _RELATIVE.fullmatch(low)
    if not match or ctx.anchor is None:
        return None
    rel, unit = match["rel"], match["unit"].replace("fiscal ", "")
    step = _STEP.get(rel or "", 0)
    if rel is None and not low.startswith("the ") or low in ("the day", "the night", "that day", "that night"):
        return None
    from_reference = rel in ("following", "previous", "prior", "same", "that") or unit in ("day", "night")
    if unit in ("day", "night"):
        if rel in (None, "last", "this", "past", "latest", "recent"):
            return None
        moved = shift_value(_relative_base(ctx, "day", from_reference), step, "day")
        return Timex("DATE", moved) if moved else None
    if unit == "weekend":  # "the weekend" read on a Monday is the one just gone
        day = ctx.anchor + timedelta(days=7 * step)
        return Timex("DATE", _week(day - timedelta(days=7 if rel is None and day.weekday() < 3 and
                                                      ctx.tense != "future" else 0)) + "-WE")
    if unit in ("decade", "century"):
        if rel == "past":
            return Timex("DURATION", _duration_value(1, unit))
        size = 10 if unit == "decade" else 100
        return Timex("DATE", f"{ctx.anchor.year // size + step:0{4 - len(str(size)) + 1}d}")
    moved = _shift(_relative_base(ctx, unit, from_reference), step, unit)
    return Timex("DATE", moved) if moved else None


_RULES: list[Callable[[str, TimexContext], Timex | None]] = [
    _reference_word, _set, _clock, _day, _month_date, _year, _holiday, _decade_or_century,
    _period, _season, _shifted, _relative, _duration]


def normalise_timex(text: str, context: TimexContext | None = None) -> Timex | None:
    """The TIMEX3 type and value of a time expression, or None when the text is not one newsfold can read."""
    low = _clean(text)
    if not re.search(r"[a-z0-9]", low):
        return None
    ctx = context or TimexContext()
    return next((found for rule in _RULES if (found := rule(low, ctx)) is not None), None)
