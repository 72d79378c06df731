"""What the merge compares: one mention's type, date, entities, words and place in its article."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import EventMention

_STOP = set("""a an the and or but of to in on at for from by with as is are was were be been being has have had
this that these those it its their they them he she his her we our you your who which what when where
after before over under about into out than then there here not no also more most some many said says
would could should will can may might one two three after while during since until""".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{2,}")


def content_words(text: str) -> set[str]:
    return {w.lower().rstrip("'s") for w in _WORD.findall(text) if w.lower() not in _STOP}


@dataclass
class MentionFeatures:
    mention: EventMention
    paragraph: int
    origin: str  # the original article this one copies (itself when it copies none)
    story: str | None
    entities: set[str] = field(default_factory=set)
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    words: set[str] = field(default_factory=set)
    cites: str | None = None  # "according to X" in the sentence
    published: str | None = None  # the article's own date
    # what its figures count, as (category, value): "at least 140" detained reads alike in any language
    counts: set[tuple[str, float]] = field(default_factory=set)
