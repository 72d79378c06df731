"""Whether a capitalised span names something, and what kind of thing, from the words around it: no entity from a
bracket or a common word capitalised by position or title; "producer X" is a company, "his lawyer, X" a person.

Rules written from how news text writes names; each reads the article text around one mention.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping

__all__ = ["bracket_free", "CommonWords", "word_counts", "label_from_context", "adjective_runs",
           "nationality_labels"]

_BRACKETS = re.compile(r"[\[\]{}()<>|]")
# Nouns right before a name that say it is an organisation: "potash producer Belaruskali", "a journalist for Znak".
_ORG_BEFORE = re.compile(
    r"\b(?:producer|maker|manufacturer|company|firm|outlet|newspaper|broadcaster|website|portal|agency|"
    r"(?:journalist|correspondent|reporter|editor|columnist|writer|photographer)s? (?:for|at|with|of))"
    r"(?: the)?\s+$", re.I)
# Nouns for people right before a name, set off by a comma: "according to his lawyer, Vera Tamm".
_PERSON_BEFORE = re.compile(
    r"\b(?:lawyer|attorney|spokesman|spokeswoman|spokesperson|wife|husband|son|daughter|mother|father|brother|"
    r"sister|widow|colleague|aide|adviser|advisor|deputy|assistant),\s+$", re.I)
# What may stand between the names of a list of modifiers: "the German, Swiss, US, UK and Japanese ambassadors".
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)")
_LOWER_NEXT = re.compile(r"\s+[a-z]")
_WORD = re.compile(r"\w+")
# a word standing capitalised between lower-case words: "said Trump.", "for the Independent."
_ALONE = re.compile(r"(?<=[a-z,] )([^\W\d_]\w*)\b(?!['’]?\w| [A-Z])")


def bracket_free(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The longest piece of ``text[start:end]`` with no bracket or bar in it (the last of equal ones: a name's
    head comes last), trimmed of spaces and punctuation; None when nothing with a letter is left. "Svetlana]
    Tikhanovskaya", from "[the opposition candidate Svetlana] Tikhanovskaya", is "Tikhanovskaya"."""
    span = text[start:end]
    if not _BRACKETS.search(span):
        return start, end
    best: tuple[int, int] | None = None
    pos = 0
    for piece in _BRACKETS.split(span):
        lead = len(piece) - len(piece.lstrip(" ,.;:-'\""))
        core = piece.strip(" ,.;:-'\"")
        if core and any(ch.isalpha() for ch in core) and (best is None or len(core) >= best[1] - best[0]):
            best = (start + pos + lead, start + pos + lead + len(core))
        pos += len(piece) + 1
    return best


class CommonWords:
    """One-word names that the texts mostly write as common words: "state" (in "state-owned", "Secretary of
    State"), "Harbour" (first in "Harbour officials said"), "Interior" ("Interior Minister X"). A word counts as a
    name where it stands capitalised between lower-case words ("said Trump.", "for the Independent."), as a common
    word where it is written in lower case; it is common when the second outnumber the first. Built from the texts
    (counted in one pass over the corpus), or from counts summed before (``from_counts``)."""

    def __init__(self, texts: Iterable[str] = ()):
        self.words: Counter[str] = Counter()
        self.alone: Counter[str] = Counter()
        for text in texts:
            self.words.update(_WORD.findall(text))
            self.alone.update(_ALONE.findall(text))

    @classmethod
    def from_counts(cls, words: Mapping[str, int], alone: Mapping[str, int]) -> CommonWords:
        """From the counts of the words written in lower case and of those standing alone capitalised (those
        ``word_counts`` keeps: enough for every word asked)."""
        common = cls()
        common.words.update(words)
        common.alone.update(alone)
        return common

    def __call__(self, word: str) -> bool:
        if not word.isalpha() or not word[:1].isupper() or word.isupper():
            return False
        return self.words.get(word.lower(), 0) > self.alone.get(word, 0)


def word_counts(text: str) -> tuple[Counter[str], Counter[str]]:
    """What one text adds to ``CommonWords``'s counts that a question can read: its words written in lower case,
    and its capitalised words standing alone (summed over texts, they give the same answers as the texts)."""
    words = Counter(w for w in _WORD.findall(text) if w == w.lower())
    alone = Counter(w for w in _ALONE.findall(text) if w[:1].isupper())
    return words, alone


# The last letters of the words _ORG_BEFORE can end on ("producer", "company", "for", "the", ...), in any case.
_ORG_LAST_LETTERS = frozenset("rymtelhf")


def label_from_context(text: str, start: int, end: int, label: str) -> str:
    """The model's label, unless the words right before the name say what it is."""
    before = text[max(0, start - 60):start]
    if not before[-1:].isspace():  # both patterns end in spaces before the name: most names fail here
        return label
    last = before.rstrip()[-1:]  # and the last character before those spaces decides which pattern can match
    if label != "ORG" and (last.lower() in _ORG_LAST_LETTERS or not last.isascii()) and _ORG_BEFORE.search(before):
        return "ORG"
    if label != "PERSON" and last == "," and _PERSON_BEFORE.search(before) and text[start:end][:1].isupper():
        return "PERSON"
    return label


def adjective_runs(text: str, spans: list[tuple[int, int, str]]) -> list[list[int]]:
    """Lists of names that modify one noun ("German, Swiss, US, UK and Japanese ambassadors"): runs of
    ``spans`` (start, end, label; in text order) joined only by commas and "and"/"or", followed by a lower-case
    word, as indices into ``spans``."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i, (start, _, _) in enumerate(spans):
        joined = bool(current) and _LIST_GAP.fullmatch(text[spans[current[-1]][1]:start]) is not None
        if not joined:
            _close(text, spans, current, runs)
            current = []
        current.append(i)
    _close(text, spans, current, runs)
    return runs


def _close(text: str, spans: list[tuple[int, int, str]], run: list[int], runs: list[list[int]]) -> None:
    if len(run) >= 2 and _LOWER_NEXT.match(text, spans[run[-1]][1]):
        runs.append(run)


def nationality_labels(text: str, spans: list[tuple[int, int, str]], is_place: Callable[[str], bool]
                       ) -> dict[int, str]:
    """Places in a list of nationality adjectives ("the German, Swiss, US and Japanese ambassadors") that no
    gazetteer knows as a place ("Swiss") are nationalities (NORP), not places; "US" and "UK" name their country
    and stay. Index into ``spans`` -> new label."""
    out = {}
    for run in adjective_runs(text, spans):
        if not any(spans[i][2] == "NORP" for i in run):
            continue
        for i in run:
            start, end, label = spans[i]
            if label in ("GPE", "LOC") and not is_place(text[start:end]):
                out[i] = "NORP"
    return out
