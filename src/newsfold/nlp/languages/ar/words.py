"""How Arabic words are read with no lemmatiser: one spelling for the letters writers vary (hamza, alef maqsura,
ta marbuta, vowel marks), and a word's clitics (و, ف, ب, ل, ك, س and the article ال) and endings taken off.

A clitic or an ending is taken off only when what remains is a word of the pack ("والمتظاهرين" is "متظاهر"):
stripping every و would make "وزير" (minister) a "زير"."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["normalise", "bare", "both", "Stemmer"]

_MARKS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u0640]")  # vowel marks, tanween, shadda, tatweel
_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
# Clitics a word may open with, longest first: a conjunction, a preposition or the future's س, the article.
_PREFIXES = tuple(sorted({c + p + a for c in ("", "و", "ف") for p in ("", "ب", "ل", "ك", "س")
                          for a in ("", "ال") if c + p + a} | {"لل", "ولل", "فلل"}, key=len, reverse=True))
# Endings of plurals, duals, feminines, verbs' persons and attached pronouns, longest first.
_SUFFIXES = ("تهم", "وها", "وهم", "ات", "ون", "ين", "ان", "ها", "هم", "هن", "كم", "نا", "وا", "ت", "ه", "ي", "ا")
_SHORTEST = 2  # letters a stem keeps at least


def bare(word: str) -> str:
    """The word without vowel marks or tatweel, its letters as written ("على" and "علي" stay two words)."""
    return _MARKS.sub("", word)


def normalise(word: str) -> str:
    """One spelling of a word: no vowel marks or tatweel, hamza on alef as a bare alef, ى as ي, ة as ه."""
    return _MARKS.sub("", word).translate(_LETTERS)


def both(words: Iterable[str]) -> frozenset[str]:
    """The words as written and in their one spelling (sets a word is compared to as written or as a lemma)."""
    listed = list(words)
    return frozenset(listed) | frozenset(normalise(w) for w in listed)


class Stemmer:
    """A word's form in a vocabulary (the pack's words): itself, without its clitics, without its ending, or
    with its ending as a ta marbuta ("مظاهرات" is "مظاهرة"); the word in its one spelling when none is."""

    def __init__(self, vocabulary: Iterable[str]):
        self.vocabulary = frozenset(normalise(w) for w in vocabulary)

    def __call__(self, word: str) -> str:
        plain = normalise(word)
        if plain in self.vocabulary:
            return plain
        bare = [plain[len(p):] for p in _PREFIXES if plain.startswith(p) and len(plain) - len(p) >= _SHORTEST]
        for form in bare:
            if form in self.vocabulary:
                return form
        for form in [plain, *bare]:
            for ending in _SUFFIXES:
                stem = form[: len(form) - len(ending)]
                if form.endswith(ending) and len(stem) >= _SHORTEST:
                    if stem in self.vocabulary:
                        return stem
                    if stem + "ه" in self.vocabulary:
                        return stem + "ه"
        return plain

    @staticmethod
    def clitics(word: str, heads: frozenset[str]) -> int | None:
        """How many letters of clitics open ``word`` before one of ``heads`` (in their one spelling): 0 for the
        head alone, 1 for "لنقابة"; None when the word is no head."""
        for p in ("", *sorted(_PREFIXES, key=len)):  # the fewest: "والاتحاد" keeps its article
            if word.startswith(p) and normalise(word[len(p):]) in heads:
                return len(p)
        return None
