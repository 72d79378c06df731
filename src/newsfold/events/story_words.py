"""Story words in languages other than English: each word read as its lemma (simplemma) and weighted by how rare it
is in its language (wordfreq), so that a word's weight does not depend on the corpus the text arrives in.

A small language in a large corpus of others would otherwise find its everyday words rare (few texts hold them),
and all its texts alike; a language neither simplemma nor wordfreq knows keeps its words' first letters instead,
weighted by the corpus.
"""

from __future__ import annotations

import math
from functools import lru_cache

from ..nlp.lexical_tokens import word_lemma

__all__ = ["reads_words", "word_key", "word_weight"]

# Weights on wordfreq's Zipf scale (log10 of a word's frequency per billion words), chosen on BSNLP's training
# split: a word this frequent in its language or more says nothing of a story (a language's "be", "and", "that") ...
_COMMON_ZIPF = 7.0
# ... and a word rarer than this, or unknown to wordfreq (names, new coinages: "brexit"), weighs as this
_RARE_ZIPF = 2.0


@lru_cache(maxsize=64)
def reads_words(language: str | None) -> bool:
    """Whether simplemma and wordfreq both know the language (English keeps its own reading)."""
    if language in (None, "en"):
        return False
    from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES
    from wordfreq import available_languages

    return language in SUPPORTED_LANGUAGES and language in available_languages()  # no dictionary loaded to ask


def word_key(word: str, language: str) -> str:
    """The word's feature key: its lemma, lower case ("volitvah" and "volitve" are one)."""
    return word_lemma(word, language)


@lru_cache(maxsize=262144)
def word_weight(lemma: str, language: str) -> float:
    """How much a shared lemma says: its rarity in the language, ln 10 times the Zipf points below
    ``_COMMON_ZIPF`` (0 for a word at least that common: a stop word of the language)."""
    from wordfreq import zipf_frequency

    zipf = max(zipf_frequency(lemma, language), _RARE_ZIPF)
    return max(0.0, math.log(10) * (_COMMON_ZIPF - zipf))
