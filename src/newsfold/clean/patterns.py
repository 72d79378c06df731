"""Line and paragraph patterns of web boilerplate, each with the reason recorded when it removes text.

Patterns describe kinds of page furniture seen across many outlets (player widgets, donation appeals,
copyright footers, photo credits); none is keyed to one article's wording.
"""

from __future__ import annotations

import re

from ..nlp.languages import alternation, month_words

# A whole line that is page furniture.
LINE_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^(support|donate to|subscribe to) [A-Z][^.!?]{1,60}!?$", re.I), "donation appeal"),
    (re.compile(r"^(read more|read next|related( stories| articles)?|more on this story|advertisement|"
                r"share( this( article| story)?)?|sign up( for [^.]{1,40})?|skip to (main )?content|"
                r"remind me later\.?|not ready to support today\??|pa[iy]ment methods|"
                r"listen( live)?|play live radio|live radio|next up:?|available on air stations|"
                r"toggle navigation|open menu|close menu|menu|search|log ?in|sign in|"
                r"click here to [^.]{1,60}|watch:? [^.]{0,60}video|accept( all)? cookies)\.?$", re.I),
     "navigation or widget"),
    # "Read more" in the other languages newsfold reads, alone or with the linked headline
    (re.compile(r"^((à )?lire aussi|lesen sie (auch|mehr)|mehr zum thema|читайте (также|також|тоже)|"
                r"czytaj (też|także|również)|leggi anche|lee (también|más)|leia (também|mais)|devamını oku)\b"
                r".{0,150}$", re.I), "navigation or widget"),
    (re.compile(r"^(\d{1,2}:\d{2}(:\d{2})?\s*)+$"), "media player"),
    (re.compile(r"^[A-Z]{3,5}\b.{0,40}\b\d{2,3}(\.\d)?\s*(FM|AM)$"), "navigation or widget"),
    (re.compile(r"^(all streams|heard on\b.{0,60}|listen to (this|the) (story|article).{0,40})$", re.I),
     "navigation or widget"),
    (re.compile(r"^(updated|published|posted|last updated|first published)\b.{0,40}\d{4}.{0,30}$", re.I),
     "timestamp line"),
    (re.compile(r"^(©|\(c\)|copyright\b)\s*(©\s*)?\d{4}\b.*$", re.I), "copyright line"),
    (re.compile(r"^(all rights reserved|this article (was|is) (originally )?published).*$", re.I),
     "copyright line"),
    (re.compile(r"^(photo|image|picture|video|credit)s?( by)?\s*[:|]\s*\S.{0,120}$", re.I), "photo credit"),
    (re.compile(r"^(getty images|ap( photo)?|afp|reuters|epa(-efe)?|tass|shutterstock|ria novosti|"
                r"sputnik|anadolu( agency)?|xinhua|dpa|efe|[a-z .]+ via getty images)$", re.I), "photo credit"),
    (re.compile(r"^.{0,120}\bcontributed (reporting )?to this (report|story|article)\.?$", re.I),
     "contributor credit"),
    (re.compile(r"^[A-Z][\w'.-]+( [A-Z][\w'.-]+){1,3} is an? ([\w-]+ ){0,4}(reporter|correspondent|editor|"
                r"journalist|writer|columnist|producer)\b.{0,300}$"), "author bio"),
]

# Phrases that mark a paragraph as a donation or membership appeal.
DONATION = re.compile(
    r"(small favou?r to ask|please (consider )?(support|donat)|support us\b|donate now|make a (donation|"
    r"contribution)|become a (member|supporter|patron)|need your (help|support)|support (open, )?independent "
    r"journalism|support (open|quality) journalism|starting from just|remind me later|subscribe to support)",
    re.I,
)

# "... the caption. Sergei Name / AGENCY": a caption ending with a photographer credit.
CAPTION_CREDIT = re.compile(
    r"[.!?\"”]\s+(?P<credit>[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,3}\s*/\s*[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})\s*$"
)

# A bare photographer name line (two or three capitalised words) sitting next to an agency credit.
NAME_LINE = re.compile(r"^[A-Z][\w'.-]+( [A-Z][\w'.-]+){1,2}$")

# "By Ben Name in Berlin August 13, 2020" and variants.
MONTHS = f"(?:{alternation(month_words(), title=True)})"
BYLINE = re.compile(
    r"^By\s+(?P<author>[A-Z][\w.'-]+(?:\s+(?:[A-Z][\w.'-]+|and|de|van|von))*?)"
    r"(?:\s*,?\s+in\s+(?P<place>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+)*))?"
    r"(?:\s*[,|-]?\s*(?P<date>" + MONTHS + r"\.?\s+\d{1,2},?\s+\d{4}))?"
    r"(?:\s*[,|-]?\s*(?:updated\s+)?\d{1,2}:\d{2}.*)?\s*$"
)

# An embedded tweet as copied from a page: "text pic.twitter.com/x — Name (@handle) August 14, 2020".
EMBED_SIGNATURE = re.compile(
    r"(?:\s*(?P<pic>pic\.twitter\.com/\w+))?\s*[—–]\s*(?P<author>[^\n()—–]{1,80}?)\s*"
    r"\(@(?P<handle>\w{1,30})\)\s*(?P<date>" + MONTHS + r"\.? \d{1,2},? \d{4})\s*$"
)

COPYRIGHT_HOLDER = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{4}\s+(?P<holder>[^.,;|]{2,60})", re.I)
SUPPORT_HOLDER = re.compile(r"^(?i:support) (?P<holder>[A-Z][^.!?]{1,60})!$")
