"""Date mentions normalised against the article's own date: DateRefs for the pipeline, TIMEX3s for evaluation.

Weekdays in news mean the current week: in past tense the most recent such day (the article's own day
included), in future tense the coming one. "The day before", "two days earlier" are anchored to the date
the text is talking about. Durations ("26 years") are not dates. Granularity is kept. TIMEX3 mentions
(``extract_timexes``) also keep durations, sets and times; their values come from ``timex.py``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

import dateparser
from spacy.tokens import Doc, Span, Token

from ..models import DateRef
from .languages import alternation, date_locales, month_abbreviations, month_names, month_prefixes, weekday_names
from .parse import Parsed
from .timex import Timex, TimexContext, normalise_timex, value_granularity

__all__ = ["TimexSpan", "anchor_dates", "extract_dates", "extract_timexes", "normalise"]

WEEKDAYS = weekday_names()
_MONTH_NAMES = alternation(month_names())
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "a": 1, "an": 1}
_DURATION = re.compile(
    r"^(?:(?:for|over|after|within|in|during)\s+)?(?:the\s+)?(?:(?:more than|about|nearly|almost|some|over)\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|several|few|a few|many)"
    r"(?:\s+or\s+\w+)?\s+(?:full\s+)?(?:years?|months?|weeks?|days?|nights?|hours?|minutes?|decades?)"
    r"(?:\s+(?:old|long))?$", re.I)
_AGE = re.compile(r"\d+-year-old|\byears? old\b", re.I)
_FUTURE = re.compile(r"\b(will|would|shall|'ll|are to|is to|going to|plans? to|planned to|scheduled|due to|next|"
                     r"until)\b", re.I)
_RELATIVE = re.compile(
    r"\b(?:the\s+)?(?P<n>\d+|one|two|three|four|five|six|seven|a|an)?\s*(?P<unit>days?|nights?|weeks?)\s+"
    r"(?P<dir>earlier|before|later|after|ago)\b|\bthe (?P<prev>previous|next|following) (?P<unit2>day|night|week)\b|"
    r"\bthe (?P<daybefore>day|night) before\b", re.I)
_YEAR = re.compile(r"^(?:in\s+)?(?P<y>1[89]\d\d|20\d\d)$")
_MONTH_ONLY = re.compile(rf"^(?:in\s+|early\s+|late\s+|mid-?)?(?P<m>{_MONTH_NAMES})$", re.I)


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
    """(value, granularity, weekday) of a date expression; value None when it cannot be anchored (a count past
    the calendar's range, "1000000 days ago", included)."""
    try:
        return _normalise(text, base, reference, future)
    except (OverflowError, ValueError):
        return None, "unknown", None


def _normalise(text: str, base: date | None, reference: date | None, future: bool
               ) -> tuple[str | None, str, str | None]:
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
    if re.fullmatch(r"(?:the|that) (?:same )?(?:day|night)", low):
        # "The day brought more bad news": the day the text is talking about, if it has named one
        return (reference.isoformat(), "day", None) if reference else (None, "unknown", None)
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
    parser = dateparser.date.DateDataParser(languages=date_locales(), settings=settings)
    data = parser.get_date_data(text)
    if data is None or data.date_obj is None:
        return None, "unknown", None
    found = data.date_obj.date()
    if found.year < 1000:
        return None, "unknown", None  # dateparser reads "the;2000;year" as the year 26: no date a report gives
    if base is not None and not has_year and (found - base).days > 183:
        # "August 14" in a January article is last August; a yearless 29 February, the last one there was
        year = found.year - 1
        while found.month == 2 and found.day == 29 and not calendar.isleap(year):
            year -= 1
        found = found.replace(year=year)
    period = data.period or "day"
    if period == "year":
        return str(found.year), "year", None
    if period == "month":
        return f"{found.year}-{found.month:02d}", "month", None
    if period == "day" and re.search(r"\d", text):
        return found.isoformat(), "day", None
    return None, "unknown", None


_DATE_WORD = re.compile(rf"\d|day|night|week|month|year|today|tonight|{'|'.join(month_prefixes())}|"
                        r"spring|summer|autumn|fall|winter", re.I)
_WEEKDAY_RE = re.compile(r"\b(?:on\s+)?(?:(?:last|next|this|earlier|late|early)\s+)?"
                         rf"({'|'.join(WEEKDAYS)})"
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


# Where the TIMEX3 reading beats the one above: "next year", "a year ago", "the 1990s" (dateparser reads these as
# this year, nothing and a day); plain dates keep the reading the pipeline has always given.
_TIMEX_KNOWS = re.compile(r"\b(?:next|last|this|ago|century|decade)\b|\d0'?s\b", re.I)


def _timex_reading(text: str, context: TimexContext) -> tuple[str | None, str] | None:
    """The TIMEX3 reading as DateRef's (value, granularity): it knows "next year", "a year ago", quarters and
    decades (which a DateRef cannot hold: unknown rather than a wrong day). None when it has no reading."""
    found = normalise_timex(text, context)
    if found is None or found.type not in ("DATE", "TIME") or found.value.endswith("_REF"):
        return None
    grain = value_granularity(found.value[:10])
    return (found.value[:10], grain) if grain in ("day", "week", "month", "year") else (None, "unknown")


_MONTH_NAME = re.compile(rf"(?i)(?:{_MONTH_NAMES})")
_NAME_GOES_ON = re.compile(r"\s+(?:for|of|against|to)\s+(?:the\s+)?[A-Z]")


def _is_a_name(text: str, start: int, end: int) -> bool:
    """A bare month name that goes on as a name: "the March for Freedom", "May of Teck"."""
    return bool(_MONTH_NAME.fullmatch(text[start:end]) and _NAME_GOES_ON.match(text, end))


def extract_dates(parsed: Parsed) -> list[DateRef]:
    article = parsed.article
    found: list[DateRef] = []
    for start, end, _ent in _candidate_spans(parsed):
        text = article.text[start:end]
        cut = re.search(r",\s+(?!\d)[A-Z]", text)
        if cut:  # "Aug. 9, Lukashenko": the model ran past the date
            end = start + cut.start()
            text = article.text[start:end]
        if not _DATE_WORD.search(text) or re.fullmatch(r"(?i)(all |every )(day|night)", text) or \
                _is_a_name(article.text, start, end):
            continue  # "every night": not a date anyone can place; "March for Freedom": not a date
        sent_idx = parsed.sentence_at(start)
        sent_start = parsed.sentences[sent_idx].start if sent_idx is not None else start
        # the tense of the words leading up to the date: "said the strike will continue until ... Tuesday"
        leading = article.text[max(sent_start, start - 100): start]
        found.append(DateRef(article.id, start, end, text, None, "unknown", future=bool(_FUTURE.search(leading))))
    return anchor_dates(found, date.fromisoformat(article.published) if article.published else None)


def anchor_dates(refs: list[DateRef], base: date | None) -> list[DateRef]:
    """Values for date mentions (in text order) against the article's date ``base``: each relative one
    ("the day before") is anchored to the last day the text talked about. Durations are dropped. Also used
    to re-date an undated article once the story tells its date."""
    out: list[DateRef] = []
    reference: date | None = None
    for ref in refs:
        value, granularity, weekday = normalise(ref.text, base, reference, ref.future)
        if granularity == "duration":
            continue
        if base is not None and weekday is None and (value is None or _TIMEX_KNOWS.search(ref.text)):
            context = TimexContext(base, "future" if ref.future else None,
                                   reference.isoformat() if reference else None)
            value, granularity = _timex_reading(ref.text, context) or (value, granularity)
        if value and granularity == "day":
            reference = date.fromisoformat(value)
        out.append(replace(ref, value=value, granularity=granularity, weekday=weekday))
    return out


@dataclass(frozen=True)
class TimexSpan:
    """A TIMEX3 found in an article: offsets into its text, TimeML type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str


_TIMEX_WORDS = re.compile(
    r"\b(?:(?:right )?now|currently|current|recently|the (?:near |distant )?future|the past|today|tomorrow|yesterday|"
    r"the (?:short|long|near) (?:term|run)|daily|weekly|monthly|yearly|hourly|nightly|"
    r"(?:every|each) (?:day|week|month|year|quarter)|tonight|overnight|this (?:morning|afternoon|evening)|"
    r"(?:last|to|tomorrow|yesterday) (?:night|morning|evening|afternoon)|(?:the|this|last|next) weekend|"
    r"(?:this|last|next) (?:year|month|week|quarter)|(?:year|quarter)-(?:earlier|ago)|"
    r"(?:the )?(?:latest|year-earlier|year-ago|comparable|corresponding|(?:19|20)\d\d) (?:period|quarter)|"
    r"(?:the )?(?:coming|next|past|last) (?:few )?(?:days|weeks|months|years)|"
    rf"(?:{alternation(month_abbreviations())})\.? \d{{1,2}}(?:, \d{{4}})?|"
    r"(?:Thanksgiving|Christmas|Labor|Memorial|Independence|Election|Veterans) Day|Christmas|Thanksgiving|"
    r"New Year's (?:Day|Eve))\b", re.I)
_SPLIT = re.compile(r"\s*(?:,(?!\s*\d{4}\b)|\b(?:and|or|to|through|until|ended|ending|of)\b|–)\s*|\s+-\s+")
_AGE_SPAN = re.compile(r"\b(?:years?|months?)[- ]old\b", re.I)
_JOIN = re.compile(r"[\s,]*(?:(?:on|at|of)\s+)?")
_LEAD = re.compile(r"^(?:(?:on|in|at|by|since|until|till|from|for|during|through|within|of|as of|between)\s+)+", re.I)
_FISCAL_YEAR = re.compile(r"(?i)the (?:fiscal |financial |full )?year$")
_ENDED = re.compile(r"\s+(?:ended|ending|to)\b")
# "extended its deadline until 9 a.m. Tuesday", "effective Feb. 1": a date after these looks ahead
_DEADLINE = re.compile(r"(?i)\b(?:until|till|effective)\s+(?:(?:on|at)\s+)?$")
_FUTURE_AUX = {"will", "shall", "'ll", "wo", "ll", "would", "could", "might", "may"}
_PLAN_VERBS = {"plan", "schedule", "set", "expect", "due", "hope", "intend", "aim", "prepare", "arrange", "propose",
               "agree", "promise", "vow", "pledge", "threaten", "decide", "want", "seek", "likely", "be"}


def _governing_verb(token: Token) -> Token:
    for _ in range(5):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass") or token.head is token:
            break
        token = token.head
    return token


def _clause_tense(doc: Doc, start: int, end: int) -> str | None:
    """"past", "future" or None for the clause a span (character offsets into the paragraph) belongs to.

    "Thursday's ruling" is past; an infinitive takes its tense from the verb it depends on, except after
    verbs of planning ("is scheduled to close Monday"), which look ahead."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    if _DEADLINE.search(doc.text[max(0, start - 20):start]) and not any(t.lower_ == "had" for t in span.sent):
        return "future"  # "Until Thursday, they had not called him a suspect" stays past
    if span.root.dep_ == "poss":
        return "past"
    token = _governing_verb(span.root)
    for _ in range(3):
        auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in _FUTURE_AUX for a in auxes):
            return "future"
        if not any(a.lower_ == "to" for a in auxes) or token.head is token:
            break
        if token.head.lemma_ in _PLAN_VERBS and not any(c.lower_ == "had" for c in token.head.children):
            return "future"
        token = _governing_verb(token.head)
    auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if token.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lower_ in ("has", "have", "had") for a in auxes):
        return "past"
    return None


def _timex_candidates(parsed: Parsed) -> list[tuple[int, int, int]]:
    """(start, end, paragraph index) of spaCy DATE/TIME entities and of time words the model does not tag."""
    spans: list[tuple[int, int, int]] = []
    for index, (para, doc) in enumerate(zip(parsed.paragraphs, parsed.docs, strict=True)):
        if doc is None:
            continue
        found = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME")]
        for pattern in (_TIMEX_WORDS, _WEEKDAY_RE):
            for match in pattern.finditer(para.text):
                s, e = match.start(), match.end()
                if not any(fs < e and s < fe for fs, fe in found):
                    found.append((s, e))
                elif any(s <= fs and fe <= e and (fs, fe) != (s, e) for fs, fe in found):
                    found = [(fs, fe) for fs, fe in found if not (s <= fs and fe <= e)] + [(s, e)]
        spans.extend((para.start + s, para.start + e, index) for s, e in found)
    return sorted(spans)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    lead = _LEAD.match(text[start:end])
    if lead:
        start += lead.end()
    tail = re.search(r"(?:'s|’s|[\s,;:!?\"'()])+$|(?<=[a-z]{4})\.$", text[start:end])
    if tail:
        end = start + tail.start()
    return start, end


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span itself, or its parts when it joins two time expressions ("1989 and 1990", "May 1 to June 3")."""
    parts, pos = [], start
    for sep in _SPLIT.finditer(text, start, end):
        parts.append((pos, sep.start()))
        pos = sep.end()
    parts.append((pos, end))
    return [(s, e) for s, e in parts if e > s]


def _merge_adjacent(text: str, spans: list[tuple[int, int, int]], anchor: date | None) -> list[tuple[int, int, int]]:
    """Join neighbours the model split ("9 a.m." + "Tuesday", "Monday" + "Oct. 26") when together they read as one."""
    out: list[tuple[int, int, int]] = []
    for start, end, index in spans:
        if out and out[-1][2] == index and _JOIN.fullmatch(text[out[-1][1]:start]):
            joined = (out[-1][0], end, index)
            if normalise_timex(text[joined[0]:end], TimexContext(anchor)):
                out[-1] = joined
                continue
        out.append((start, end, index))
    return out


def _from_reference(text: str) -> bool:
    """Expressions read from the date last talked about do not replace it ("a year earlier", "that quarter")."""
    return bool(re.search(r"\b(?:ago|earlier|before|later|after|previous|prior|following|same|that)\b", text, re.I))


def _read_span(text: str, start: int, end: int, context: TimexContext) -> list[tuple[int, int, Timex]]:
    """The span read as one TIMEX3, else as its parts ("today through Nov. 17"), else without up to three
    leading words ("as long as a month")."""
    found = normalise_timex(text[start:end], context)
    if found:
        return [(start, end, found)]
    pieces = _pieces(text, start, end)
    out = []
    for s, e in pieces if len(pieces) > 1 else []:
        out.extend(_read_span(text, *_trim(text, s, e), context))
    if out:
        return out
    for _ in range(3):
        word = re.match(r"\S+\s+", text[start:end])
        if not word:
            break
        start += word.end()
        found = normalise_timex(text[start:end], context)
        if found:
            return [(start, end, found)]
    return []


def extract_timexes(parsed: Parsed) -> list[TimexSpan]:
    """Every TIMEX3 in the article (dates, times, durations, sets), normalised against its publication date."""
    article = parsed.article
    anchor = date.fromisoformat(article.published) if article.published else None
    out: list[TimexSpan] = []
    reference: str | None = None
    for start, end, index in _merge_adjacent(article.text, _timex_candidates(parsed), anchor):
        start, end = _trim(article.text, start, end)
        if _AGE_SPAN.search(article.text[start:end]) or _is_a_name(article.text, start, end):
            continue
        para, doc = parsed.paragraphs[index], parsed.docs[index]
        tense = _clause_tense(doc, start - para.start, end - para.start) if doc is not None else None
        for s, e, found in _read_span(article.text, start, end, TimexContext(anchor, tense, reference)):
            if _FISCAL_YEAR.match(article.text[s:e]) and _ENDED.match(article.text, e):
                found = Timex("DURATION", "P1Y")  # "the year ended March 31": twelve months, not a calendar year
            out.append(TimexSpan(s, e, article.text[s:e], found.type, found.value))
            grain = value_granularity(found.value[:10])
            if found.type in ("DATE", "TIME") and grain != "other" and not _from_reference(article.text[s:e]):
                reference = found.value[:10]
    return out
