"""TIMEX3 normalisation: one time expression and its anchor (the article's date) to a TimeML type and value.

One rule per kind of expression, tried in order; their vocabulary and calendar arithmetic are in timex_values.py.
Values follow TimeML: 2020-08-14, 2020-08, 2020-W33, 2020-Q3, 2020-H1, 2020-SU, 199 (the 1990s), 19 (the 20th
century), PRESENT_REF / PAST_REF / FUTURE_REF, 2020-08-14T19:00, 2020-08-14TMO; durations P3D, PT16H, PXY; sets
P1D, XXXX-WXX-1. Without an anchor, what cannot be placed keeps X placeholders (Friday: XXXX-WXX-5).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from .timex_values import (
    DECADES,
    EDGE_RE,
    HOLIDAYS,
    MONTH_RE,
    MONTHS,
    NUM_RE,
    ORDINALS,
    PART_RE,
    PARTS,
    REL_RE,
    SEASON_CODE,
    SEASONS,
    STEP,
    UNITS_RE,
    VAGUE,
    WEEKDAY_RE,
    WEEKDAYS,
    Timex,
    TimexContext,
    anchor_value,
    duration_value,
    holiday_date,
    infer_year,
    parse_number,
    shift_unit,
    shift_value,
    spelled_years,
    value_granularity,
    week_value,
    weekday_date,
)

__all__ = ["Timex", "TimexContext", "normalise_timex", "parse_number", "shift_value", "value_granularity"]

_REFS = {  # whole expressions that point at the present, the past or the future without a date
    "PRESENT_REF": re.compile(r"(?:right |just )?now|current(?:ly)?|(?:at )?present(?:ly)?|the present(?: time)?|"
                              r"nowadays|these days|(?:at )?the moment|this time|the time being|(?:at )?this "
                              r"(?:point|stage)"),
    "PAST_REF": re.compile(r"(?:more |until |only )?recently|recent|(?:in )?the (?:recent )?past|previously|once|"
                           r"(?:the )?past(?: years)?|formerly|lately|earlier|(?:years|long|a while|some time) ago"),
    "FUTURE_REF": re.compile(r"(?:the )?(?:near )?future|soon|later|a later date|the (?:short|near|long) term|"
                             r"(?:the )?coming (?:weeks|months|years)|the (?:days|weeks|months|years) ahead"),
}
_SETS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
         "hourly": "PT1H", "biweekly": "P2W"}


def _clean(text: str) -> str:
    low = text.lower().replace("’", "'").replace("`", "'")
    low = re.sub(r"'s\b", "", low.strip())  # "this year's third quarter"
    low = re.sub(r"(?<=[a-z])-(?=[a-z0-9])|(?<=[0-9])-(?=[a-z])", " ", low)  # third-quarter, two-year, mid-1990
    low = spelled_years(re.sub(r"\s+", " ", re.sub(r"[^\w'./: -]+", " ", low)).strip(" .:-"))
    low = re.sub(r"^(?:(?:on|in|at(?! least| most)|by|since|until|till|from|for|during|through|within|of|as of|"
                 r"as early as|as late as|sometime|as recently as|beginning|starting|between)\s+)+", "", low)
    low = re.sub(r"^year end$", "the end of the year", re.sub(r" or so$", "", low))  # "the next year or so"
    return re.sub(r"^(?:its|their|our|his|her|this company|the company) ", "the ", low)


def _reference_word(low: str, ctx: TimexContext) -> Timex | None:
    return next((Timex("DATE", ref) for ref, pattern in _REFS.items() if pattern.fullmatch(low)), None)


def _set(low: str, ctx: TimexContext) -> Timex | None:
    if low in _SETS:
        return Timex("SET", _SETS[low])
    match = re.fullmatch(rf"(?:every|each|per|once a|twice a|\w+ times a) (?:other )?(?:{NUM_RE} )?{UNITS_RE}", low)
    if match:
        n = parse_number(match["num"]) if match["num"] else 1
        return Timex("SET", duration_value(n, match["unit"])) if n else None
    month = re.fullmatch(rf"(?:every|each) {MONTH_RE}", low)
    if month:
        return Timex("SET", f"XXXX-{MONTHS[month['month'][:3]]:02d}")
    match = re.fullmatch(rf"(?:(?P<every>every|each|on) )?{WEEKDAY_RE}(?P<plural>s)?(?: {PART_RE}(?P<parts>s)?)?", low)
    if match and (match["every"] in ("every", "each") or match["plural"] or match["parts"]):
        suffix = f"T{PARTS[match['part']]}" if match["part"] else ""
        return Timex("SET", f"XXXX-WXX-{WEEKDAYS.index(match['weekday']) + 1}{suffix}")
    return None


_DURATION = re.compile(
    r"(?P<lead>(?:(?:the|a|an|another|over|more than|less than|fewer than|about|nearly|almost|at least|at most|"
    r"some|up to|roughly|around|approximately|only|just|first|last|past|next|previous|coming|following|full|"
    r"entire|whole|additional|further|consecutive|straight|better part of|each of|all|final|remaining|extra|"
    rf"long) )*){NUM_RE}? ?{UNITS_RE}"
    r"(?P<tail>(?: (?:long|running|straight|in a row|and a half|or so|or more|or longer))*)")


def _duration(low: str, ctx: TimexContext) -> Timex | None:
    match = _DURATION.fullmatch(low)
    if not match or re.search(r"\bold$", low):
        return None  # an age is not a time
    unit, lead, num = match["unit"], match["lead"].strip(), match["num"]
    n = parse_number(num) if num else None
    if num and n is None and num.split()[-1] not in VAGUE and num not in VAGUE:
        return None
    if not num and not unit.endswith("s"):
        if lead.split()[-1:] not in (["a"], ["an"], ["another"], ["full"], ["entire"], ["whole"], ["extra"],
                                     ["additional"], ["further"]) or lead.startswith("the "):
            return None  # "the year", "last week": a date, not a length
        n = 1.0
    n = n + 0.5 if n is not None and "and a half" in match["tail"] else n
    if n is None and lead.endswith("past") and not num:
        return None  # "the past years": a reference to the past
    return Timex("DURATION", duration_value(n, unit))


_DAY_OFFSETS = {"today": 0, "tonight": 0, "overnight": 0, "yesterday": -1, "tomorrow": 1,
                "the day before yesterday": -2, "the day after tomorrow": 2}
_DAY = re.compile(rf"(?:(?P<edge>early|late|mid|earlier|later) )?(?:the (?P<side>previous|following|next) |"
                  rf"(?P<that>that|the) )?{REL_RE}(?P<day>{'|'.join([*_DAY_OFFSETS, *WEEKDAYS])})?(?: ?{PART_RE})?|"
                  r"(?:(?:early|late|mid) )?(?P<part2>morning|afternoon|evening|night) "
                  r"(?P<day2>today|yesterday|tomorrow)")


def _part_of_day(match: re.Match[str], part: str | None, ctx: TimexContext) -> Timex | None:
    """"this morning", "last night": a part of the article's day; "the next morning", "that evening": of the day
    talked about (else the article's)."""
    rel, side = match["rel"] or match["edge"], match["side"] or ("next" if match["rel"] == "next" else None)
    if part is None or (match["that"] == "the" and part == "night"):
        return None  # "the night the plane went down" names no day by itself
    reference = ctx.reference if ctx.reference and value_granularity(ctx.reference) == "day" else None
    if side or match["that"]:
        if reference is None and not side:
            return None  # "that morning" with no day to belong to
        base, shift = date.fromisoformat(reference) if reference else ctx.anchor, STEP.get(side or "", 0)
    elif rel in ("this", "early", "late", "mid", "earlier", "later") or (rel == "last" and part == "night"):
        base, shift = ctx.anchor, -1 if rel == "last" else 0
    else:
        return None  # "morning" and "last morning" are not days
    shown = (base + timedelta(days=shift)).isoformat() if base else "XXXX-XX-XX"
    return Timex("TIME", f"{shown}T{PARTS[part]}")


def _day(low: str, ctx: TimexContext) -> Timex | None:
    """"today", "last night", "this morning", "last Tuesday", "Sunday night"; "the previous Friday" (from the date
    talked about)."""
    match = _DAY.fullmatch(low)
    if not match:
        return None
    word, part, rel = match["day"] or match["day2"], match["part"] or match["part2"], match["side"] or match["rel"]
    if word is None or match["that"]:
        return _part_of_day(match, part, ctx) if word is None else None
    part = "night" if word in ("tonight", "overnight") else part
    suffix, kind = (f"T{PARTS[part]}", "TIME") if part else ("", "DATE")
    reference = ctx.reference if ctx.reference and value_granularity(ctx.reference) == "day" else None
    if word in WEEKDAYS:
        index = WEEKDAYS.index(word)
        if ctx.anchor is None:
            return Timex("DATE", f"XXXX-WXX-{index + 1}{suffix}")
        anchor = date.fromisoformat(reference) if match["side"] and reference else ctx.anchor
        return Timex(kind, weekday_date(index, anchor, ctx.tense, rel).isoformat() + suffix)
    if ctx.anchor is None:
        return Timex(kind, "XXXX-XX-XX" + suffix)
    if word == "overnight" and ctx.tense == "past":  # the night before the day the text is telling about
        return Timex(kind, (date.fromisoformat(reference or ctx.anchor.isoformat()) - timedelta(days=1)).isoformat()
                     + suffix)
    shift = -1 if rel == "last" else _DAY_OFFSETS[word]
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


_MONTH_DATE = [
    re.compile(rf"(?:{WEEKDAY_RE},? )?{EDGE_RE}{MONTH_RE} (?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,? (?P<year>\d{{4}}))?"),
    re.compile(rf"(?:{WEEKDAY_RE},? )?(?:the )?(?P<day>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{MONTH_RE},?"
               r"(?: (?P<year>\d{4}))?"),
    re.compile(rf"{EDGE_RE}{REL_RE}{MONTH_RE}(?:,? (?:of )?(?P<year>\d{{4}}))?(?: (?P<rel2>last|this|next) year)?"),
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
        year = ctx.anchor.year + STEP.get(found["rel2"], 0)
    year = year or infer_year(month, day, ctx, found.get("rel"))
    if not 1 <= month <= 12 or day > (31 if year is None else (date(year + month // 12, month % 12 + 1, 1) -
                                                             timedelta(days=1)).day):
        return None  # "Feb. 30" is not a day
    shown = f"{year:04d}" if year else "XXXX"
    return Timex("DATE", f"{shown}-{month:02d}-{day:02d}" if day else f"{shown}-{month:02d}")


def _year(low: str, ctx: TimexContext) -> Timex | None:
    """"1990", "fiscal 1989", "the year 2000"."""
    match = re.fullmatch(rf"{EDGE_RE}(?:the )?(?:(?:fiscal|calendar|model|school|financial) (?:year )?|year |fy ?)?"
                         r"(?P<year>1[0-9]\d\d|20\d\d)(?: (?:fiscal|financial|model|calendar) year| fiscal)?", low)
    return Timex("DATE", match["year"]) if match else None


def _holiday(low: str, ctx: TimexContext) -> Timex | None:
    """Holidays on fixed dates, on set weekdays (Thanksgiving, Election Day) or set by Easter; "Easter week"."""
    match = re.fullmatch(rf"{REL_RE}(?P<name>[a-z ]+?)(?P<week> week)?(?: (?P<year>\d{{4}}))?", low)
    if not match or match["name"] not in HOLIDAYS:
        return None
    rule, year = HOLIDAYS[match["name"]], int(match["year"]) if match["year"] else None
    if year is None and ctx.anchor is None:
        fixed = rule[0] > 0 and len(rule) == 2
        return Timex("DATE", f"XXXX-{rule[0]:02d}-{rule[1]:02d}" if fixed else
                     f"XXXX-{rule[0]:02d}" if rule[0] else "XXXX-XX-XX")
    if year is None and ctx.anchor is not None:
        this_year = holiday_date(match["name"], ctx.anchor.year)
        year = infer_year(this_year.month, this_year.day, ctx, match["rel"])
    day = holiday_date(match["name"], year or 1)
    return Timex("DATE", week_value(day) if match["week"] else day.isoformat())


def _decade_or_century(low: str, ctx: TimexContext) -> Timex | None:
    """"the 1990s" -> 199, "the late '70s" -> 197 (the latest such decade), "the 20th century" -> 19."""
    edge = r"(?:the )?(?:(?:early|late|mid|the early|the late|the mid) )?"
    decade = re.fullmatch(rf"{edge}(?:(?P<c>1\d|20)(?P<d>\d)0|'?(?P<d2>\d)0) ?'?s|{edge}(?P<w>{'|'.join(DECADES)})",
                          low)
    if decade and decade["c"]:
        return Timex("DATE", decade["c"] + decade["d"])
    if decade:
        now = ctx.anchor.year if ctx.anchor else 1999
        digit = int(decade["d2"]) if decade["d2"] else DECADES.index(decade["w"]) + 2
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
        return ORDINALS[ordinal]
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
    if match["ord"] or year_text or match["rel1"] or match["rel2"]:
        n = _period_number(match, letter, ctx)
        if year_text:
            year = int(year_text) - back
        elif anchor is None:
            return Timex("DATE", f"XXXX-{letter}{n}")
        else:  # a quarter still to come this year is last year's, unless the text looks ahead
            year = anchor.year + STEP.get(relative_year or "", 0) - (0 if match["rel3"] else back)
            if not relative_year and n > (anchor.month - 1) * per_year // 12 + 1 and ctx.tense != "future":
                year -= 1
        return Timex("DATE", f"{year}-{letter}{n}")
    if anchor is None:
        return None
    index = anchor.year * per_year + (anchor.month - 1) * per_year // 12 + STEP.get(rel or "", 0)
    if rel not in STEP and rel not in ("this", "current"):
        if ctx.reference and re.fullmatch(rf"\d{{4}}-{letter}\d", ctx.reference):
            index = int(ctx.reference[:4]) * per_year + int(ctx.reference[6]) - 1
        else:
            index -= 1  # "the quarter" in results news: the last one completed
    index -= back * per_year  # "the same period last year": the one talked about, a year before
    return Timex("DATE", f"{index // per_year}-{letter}{index % per_year + 1}")


def _season(low: str, ctx: TimexContext) -> Timex | None:
    match = re.fullmatch(r"(?:the )?(?:(?P<rel>this past|this coming|this|last|next|past|coming|early|late|mid|"
                         r"the early|the late) )?(?P<season>spring|summer|fall|autumn|winter)(?: (?:of )?"
                         r"(?P<year>\d{4}))?(?: (?P<rel2>last|this|next) year)?", low)
    if not match:
        return None
    code = SEASON_CODE[match["season"]]
    if match["year"] or ctx.anchor is None:
        return Timex("DATE", f"{match['year'] or 'XXXX'}-{code}")
    month, rel = ctx.anchor.month, match["rel"] or ""
    season_year = ctx.anchor.year - (1 if month < 3 else 0)  # January's winter began last December
    current, target = 3 if month in (12, 1, 2) else (month - 3) // 3, SEASONS.index(code)
    step = STEP.get(match["rel2"] or rel, 0)
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
                      rf"little more than|at least|exactly) )*(?:{NUM_RE} )?{UNITS_RE}(?P<half> and a half)?"
                      r"(?: or so)? "
                      r"(?P<dir>ago|earlier|before|later|after|from now|hence|prior|previously|back|before that|"
                      r"after that)")


def _shifted(low: str, ctx: TimexContext) -> Timex | None:
    """"two years ago" from the article's date; "a year earlier", "the day before" from the date talked about;
    "three days later" is a length (TimeML leaves "later" out of the expression)."""
    match = _SHIFTED.fullmatch(re.sub(r"^the ", "", low))
    if not match:
        return None
    unit, num = re.sub(r"ies$", "y", match["unit"]).rstrip("s"), match["num"]
    backward = match["dir"] in ("ago", "earlier", "before", "prior", "previously", "back", "before that")
    n = parse_number(num) if num else (1.0 if not match["unit"].endswith("s") else None)
    n = n + 0.5 if n is not None and match["half"] else n
    if match["dir"] == "later":
        vague = n is not None or not num or num.split()[-1] in VAGUE
        return Timex("DURATION", duration_value(n, match["unit"])) if vague else None
    if n is not None and n != int(n) and unit == "year":
        n, unit = n * 12, "month"  # "a year and a half ago": eighteen months back
    if n is None or n != int(n) or unit in ("hour", "minute", "second"):
        vague = not num or parse_number(num) is not None or num.split()[-1] in VAGUE
        clock = unit in ("hour", "minute", "second")
        return Timex("DATE", "PAST_REF" if backward else "FUTURE_REF") if vague and not clock else None
    if ctx.anchor is None:
        return None
    reference = ctx.reference if ctx.reference and value_granularity(ctx.reference) != "other" else None
    from_anchor = match["dir"] in ("ago", "from now", "hence", "back") or reference is None
    if from_anchor and not (unit == "year" and reference and value_granularity(reference) in ("quarter", "half")):
        base = anchor_value(ctx.anchor, unit)
    else:  # "a year earlier" after "the third quarter" is that quarter a year before
        base = reference or anchor_value(ctx.anchor, unit)
        if value_granularity(base) == "day" and unit in ("month", "quarter", "year", "decade", "century"):
            base = anchor_value(date.fromisoformat(base), unit)
    steps = -int(n) if backward else int(n)
    moved = shift_unit(base, steps, unit) or shift_unit(anchor_value(ctx.anchor, unit), steps, unit)
    return Timex("DATE", moved) if moved else None


_RELATIVE = re.compile(rf"{EDGE_RE}(?:the )?(?:(?P<rel>last|this|next|past|previous|coming|current|following|same|"
                       r"that|latest|recent|prior|present|upcoming|this past|full|entire|whole) )?(?P<unit>week|"
                       r"weekend|month|year|decade|century|fiscal year|day|night)")


def _relative_base(ctx: TimexContext, unit: str, from_reference: bool) -> str:
    """What "the following year" or "that month" moves from: the date talked about, else the article's date."""
    anchor, reference = ctx.anchor or date.min, ctx.reference if from_reference else None
    if reference and value_granularity(reference) == unit:
        return reference
    if reference and value_granularity(reference) in ("day", "month") and unit in ("month", "year", "week"):
        return anchor_value(date.fromisoformat(reference if len(reference) == 10 else reference + "-01"), unit)
    return anchor_value(anchor, unit)


def _relative(low: str, ctx: TimexContext) -> Timex | None:
    """"last week", "this year", "early next month", "the following day", "the weekend", "year-end"."""
    match = _RELATIVE.fullmatch(low)
    if not match or ctx.anchor is None:
        return None
    rel, unit = match["rel"], match["unit"].replace("fiscal ", "")
    step = STEP.get(rel or "", 0)
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
        return Timex("DATE", week_value(day - timedelta(days=7 if rel is None and day.weekday() < 3 and
                                                      ctx.tense != "future" else 0)) + "-WE")
    if unit in ("decade", "century"):
        if rel == "past":
            return Timex("DURATION", duration_value(1, unit))
        size = 10 if unit == "decade" else 100
        return Timex("DATE", f"{ctx.anchor.year // size + step:0{4 - len(str(size)) + 1}d}")
    moved = shift_unit(_relative_base(ctx, unit, from_reference), step, unit)
    return Timex("DATE", moved) if moved else None


def _week_of(low: str, ctx: TimexContext) -> Timex | None:
    """"the week of March 6" -> the ISO week holding that day; "the weekend of" -> its weekend."""
    match = re.fullmatch(r"(?:the )?week(?P<end>end)? of (?P<day>.+)", low)
    found = normalise_timex(match["day"], ctx) if match else None
    if match is None or found is None or value_granularity(found.value) != "day":
        return None
    return Timex("DATE", week_value(date.fromisoformat(found.value)) + ("-WE" if match["end"] else ""))


_RULES: list[Callable[[str, TimexContext], Timex | None]] = [
    _reference_word, _set, _clock, _day, _month_date, _year, _holiday, _decade_or_century,
    _period, _season, _shifted, _relative, _week_of, _duration]


# A time word capitalised inside the expression makes it a title: "This Week", "60 Minutes", "Good Morning America"
_TITLE = re.compile(r"(?<=[\w.,] )(?<!Easter )(?<!Holy )(?:Week|Weeks|Month|Minutes|Hours|Today|Tonight|Morning|"
                    r"Afternoon|Evening)\b")


def normalise_timex(text: str, context: TimexContext | None = None) -> Timex | None:
    """The TIMEX3 type and value of a time expression, or None when the text is not one newsfold can read."""
    low = _clean(text)
    if not re.search(r"[a-z0-9]", low) or (_TITLE.search(text) and not text.isupper()):
        return None
    ctx = context or TimexContext()
    try:
        found = next((found for rule in _RULES if (found := rule(low, ctx)) is not None), None)
    except (OverflowError, ValueError):
        return None  # a count past the calendar's range ("1000000 days ago")
    if found is not None and found.value.startswith("-"):
        return None  # "99999999 years ago": before year zero
    return found
