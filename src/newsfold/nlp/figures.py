"""Figures: numbers with what they count, qualifier, interval, category and who claims them.

Vague quantities become intervals by the rule table VAGUE (documented in the README):
the low end follows the Crowd Counting Consortium's habit of coding the smallest number the word allows.
"""

from __future__ import annotations

import re
from datetime import date

from ..models import DateRef, Figure
from .languages import month_prefixes
from .parse import Parsed

__all__ = ["extract_figures", "as_of", "VAGUE", "QUALIFIERS"]

# word -> (low, high)
VAGUE: dict[str, tuple[float, float | None]] = {
    "a dozen": (12, 12), "half a dozen": (6, 6), "dozens": (24, 99), "scores": (40, 99),
    "a few hundred": (200, 499), "several hundred": (200, 999), "hundreds": (200, 999),
    "a few thousand": (2000, 4999), "several thousand": (2000, 9999), "thousands": (2000, 9999),
    "tens of thousands": (20000, 99999), "hundreds of thousands": (200000, 999999),
    "millions": (2000000, None),
}
QUALIFIERS: dict[str, str] = {
    "more than": "low", "over": "low", "at least": "low", "upwards of": "low", "in excess of": "low",
    "up to": "high", "fewer than": "high", "less than": "high", "nearly": "high", "almost": "high",
    "under": "high", "as many as": "high", "no more than": "high",
    "about": "approx", "around": "approx", "some": "approx", "roughly": "approx", "approximately": "approx",
    "an estimated": "approx", "estimated": "approx", "close to": "approx",
}
_WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
                 "fifty": 50, "hundred": 100, "a hundred": 100, "one hundred": 100}
_QUAL = "|".join(sorted(map(re.escape, QUALIFIERS), key=len, reverse=True))
_VAGUE = "|".join(sorted(map(re.escape, VAGUE), key=len, reverse=True))
_WORDS = "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
FIGURE = re.compile(
    rf"(?:(?P<qual>{_QUAL})\s+)?(?:(?P<vague>{_VAGUE})\b|"
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?:\s*(?P<mult>million|thousand|m\b))?(?P<pct>\s*%|\s+percent)?|"
    rf"\b(?P<word>{_WORDS})\b)", re.I)
_MONTH_PREFIX = "|".join(prefix.title() for prefix in month_prefixes())  # "Aug" in "Aug 9" and "August 9"
_MONTH_AFTER = re.compile(rf"\s*(?:{_MONTH_PREFIX})")  # "9 August"
_MONTH_BEFORE = re.compile(rf"(?:{_MONTH_PREFIX})[a-z]*\.?\s*$")  # "Aug. 9"
_UNIT_AFTER = re.compile(r"^[\s-]*(?:years?|months?|weeks?|days?|nights?|hours?|minutes?|seconds?|"
                         r"year-old|am\b|pm\b|a\.m\.|p\.m\.|:\d|times\b|st\b|nd\b|rd\b|th\b|-year)", re.I)
_CATEGORY_WORDS = [
    ("arrests", re.compile(r"\b(arrest\w*|detain\w*|detention\w*|detainee\w*|jail\w*|imprison\w*|custody)\b", re.I)),
    ("deaths", re.compile(r"\b(kill\w*|dead|died|die|deaths?|fatalit\w*|lost their lives)\b", re.I)),
    ("injuries", re.compile(r"\b(injur\w*|wound\w*|hurt|hospital\w*|medical treatment)\b", re.I)),
    ("participants", re.compile(r"\b(protest\w*|demonstrat\w*|march\w*|rall\w*|gather\w*|took part|"
                                r"turn(ed)? out|join\w*|strik\w*|walk\w* out|crowd\w*|workers|people)\b", re.I)),
]
_CUMULATIVE = re.compile(r"\b(tally|total|so far|in all|since|over (the )?(\w+ )?(nights|days|weeks)|"
                         r"(crackdown|unrest|protests|clashes|violence) (has |have )?(saw|seen))\b", re.I)
_NEGATED = re.compile(r"\b(?:not|never|no)\s+(?:just\s+|only\s+)?$", re.I)
_VOTE = re.compile(r"\b(vote|votes|ballots?|poll\w*|election)\b", re.I)
_ACCORDING = re.compile(r"according to (?P<who>(?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)")


def _value(match: re.Match[str]) -> tuple[float | None, float | None, float | None]:
    if match["vague"]:
        low, high = VAGUE[match["vague"].lower()]
        return None, low, high
    if match["word"]:
        v = float(_WORD_NUMBERS[match["word"].lower()])
        return v, v, v
    v = float(match["num"].replace(",", ""))
    mult = (match["mult"] or "").lower()
    v *= 1_000_000 if mult in ("million", "m") else 1000 if mult == "thousand" else 1
    return v, v, v


def _interval(qual: str | None, value: float | None, low: float | None, high: float | None
              ) -> tuple[float | None, float | None]:
    kind = QUALIFIERS.get((qual or "").lower())
    if kind == "low":
        return low, None
    if kind == "high":
        return None, high if value is None else value
    return low, high


def _is_not_a_count(text: str, match: re.Match[str]) -> bool:
    if match["num"]:
        after = text[match.end(): match.end() + 12]
        before = text[max(0, match.start() - 2): match.start()]
        num = match["num"]
        if re.fullmatch(r"1[89]\d\d|20\d\d", num) and not match["qual"]:
            return True  # a year
        if _UNIT_AFTER.match(after) or before.endswith(("$", "€", "£", ":")) or after.startswith(":"):
            return True
        if _MONTH_AFTER.match(after) or _MONTH_BEFORE.search(text[:match.start()]):
            return True  # a day of the month
    if match["word"] and _UNIT_AFTER.match(text[match.end(): match.end() + 12]):
        return True
    return False


_PEOPLE = {"us", "them", "people", "protesters", "demonstrators", "workers", "employees", "strikers", "marchers",
           "participants", "students", "women", "men", "residents", "supporters", "citizens", "miners", "persons"}


def _counted(window: str) -> tuple[str | None, int]:
    """The noun a number counts, and where in ``window`` the words after it begin."""
    m = re.match(r"^\s*(?:of\s+(?:the\s+)?)?(?:[a-z-]+\s+){0,2}?(us|them|people|protesters|demonstrators|workers|"
                 r"employees|strikers|marchers|participants|detainees|students|women|men|police(?:men)?|"
                 r"officers|soldiers|journalists|prisoners|civilians|residents|voters|supporters|others|"
                 r"persons|citizens|members|miners|children|troops)\b", window, re.I)
    if m:
        return m.group(1).lower(), m.end()
    # any plural noun for people: dockworkers, activists, miners, policemen ...
    m = re.match(r"^\s*(?:of\s+(?:the\s+)?)?(?:[a-z-]+\s+)?([a-z-]+(?:ers|ists|ants|ents|ees|ians|men|ors))\b", window)
    if m:
        return m.group(1).lower(), m.end()
    return None, 0


def _category(sentence_window: str, counted: str | None, pct: bool) -> str:
    if pct:
        return "vote share" if _VOTE.search(sentence_window) else "other"
    found = []
    for name, pattern in _CATEGORY_WORDS:
        match = pattern.search(sentence_window)
        if match and not (name == "participants" and counted is None):
            found.append((match.start(), name))
    if found:
        return min(found)[1]
    return "participants" if counted in _PEOPLE else "other"


def extract_figures(parsed: Parsed, dates: list[DateRef]) -> list[Figure]:
    article = parsed.article
    out: list[Figure] = []
    for sent in parsed.sentences:
        text = article.text[sent.start: sent.end]
        previous: Figure | None = None
        for match in FIGURE.finditer(text):
            if _is_not_a_count(text, match):
                continue
            value, low, high = _value(match)
            low, high = _interval(match["qual"], value, low, high)
            pct = bool(match["pct"])
            after = text[match.end(): match.end() + 60]
            counted, skip = (("percent", 0) if pct else _counted(after))
            window = after[skip: skip + 45]
            category = _category(window if not pct else text, counted, pct)
            # the words just before, within its own clause: "6,700 people arrested, hundreds wounded"
            before = " ".join(re.split(r"[,;]", text[max(0, match.start() - 40): match.start()])[-1].split()[-2:])
            verb_before = _category(before, None, False) if not pct else "other"
            if verb_before in ("arrests", "deaths", "injuries") and category not in ("arrests", "deaths", "injuries"):
                category = verb_before
            elif counted is None and previous is not None and previous.end >= sent.start + match.start() - 25 and \
                    re.search(r"\b(?:but|or|to|and)\s*$", text[max(0, match.start() - 6): match.start()]):
                counted, category = previous.counted, previous.category  # "not 20 of us but 16,000"
            elif counted is None and not pct and re.search(r"\b(crowd|turnout|attendance|size)\b[^.;]{0,25}$",
                                                          text[max(0, match.start() - 40): match.start()]):
                category, counted = "participants", "crowd"
            if category == "other" and not pct and re.search(r"\b(tally|total|number|count)\b[^.;]{0,40}$",
                                                             text[max(0, match.start() - 60): match.start()]):
                category = _category(text[max(0, match.start() - 60): match.start()], "tally", pct)
                counted = counted or "tally"
            if category == "other" and counted is None and not pct:
                continue  # a bare number with nothing counted is not a figure worth keeping
            start, end = sent.start + match.start(), sent.start + match.end()
            fig = Figure(f"{article.id}-f{len(out)}", article.id, start, end, article.text[start:end],
                         value, low, high, counted, category, qualifier=(match["qual"] or None),
                         claimed_by_name=_claimant_by_grammar(parsed, start, end) or _claimant(text),
                         as_of=as_of(text, sent.start, dates, article.published),
                         cumulative=_is_running_count(text, match.start(), match.end()))
            previous = fig
            if _NEGATED.search(text[max(0, match.start() - 20): match.start()]):
                continue  # "there's not 20 of us": a number denied is not a figure (its noun still serves the next)
            out.append(fig)
    return out


def _is_running_count(sentence: str, start: int, end: int) -> bool:
    """Tally words in the figure's own clause: "bringing the tally to 6,700", "7,000 arrested since ..."."""
    before = re.split(r"[,;:]", sentence[max(0, start - 80): start])[-1]
    after = re.split(r"[,;:]", sentence[end: end + 80])[0]
    return bool(_CUMULATIVE.search(before) or _CUMULATIVE.search(after))


def as_of(sentence: str, offset: int, dates: list[DateRef], published: str | None) -> str | None:
    if not _CUMULATIVE.search(sentence):
        return None
    in_sentence = [d.value for d in dates if offset <= d.start < offset + len(sentence)
                   and d.granularity == "day" and d.value]
    if in_sentence:  # a running count is as of the latest day the sentence talks about
        latest = max(v for v in in_sentence if v)
        return min(latest, published) if published else latest
    return published if published and date.fromisoformat(published) else None


_CLAIM_VERBS = {"say", "tell", "report", "claim", "estimate", "put", "count", "announce", "state", "give", "tweet",
                "write", "insist", "add"}


def _claimant_by_grammar(parsed: Parsed, start: int, end: int) -> str | None:
    """The subject of the saying verb the figure hangs from: "The union, which ..., said 12,000 took part"."""
    for para, doc in zip(parsed.paragraphs, parsed.docs, strict=True):
        if doc is None or not (para.start <= start < para.end):
            continue
        span = doc.char_span(start - para.start, end - para.start, alignment_mode="expand")
        if span is None:
            return None
        for verb in span.root.ancestors:
            if verb.lemma_.lower() not in _CLAIM_VERBS:
                continue
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or subject.lower_ in ("he", "she", "they", "it", "we", "i", "you"):
                return None
            text = doc.text[subject.left_edge.idx: subject.right_edge.idx + len(subject.right_edge.text)]
            return text.split(",")[0].strip() or None
        return None
    return None


def _claimant(sentence: str) -> str | None:
    match = _ACCORDING.search(sentence)
    if match:
        return match["who"]
    match = re.search(r"(?P<who>(?:the )?(?:[A-Z][\w.'-]*\s){0,4}[A-Z]?[\w.'-]+)\s+(?:says|said|reported|"
                      r"claimed|estimated|told|put|counted|gave)\b", sentence)
    if match and match["who"][0].isupper():
        return match["who"].strip()
    return None
