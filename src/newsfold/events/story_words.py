"""Story words in languages other than English: each word read as its lemma (simplemma) and weighted by how rare it
is in its language (wordfreq), so that a word's weight does not depend on the corpus the text arrives in.

A small language in a large corpus of others would otherwise find its everyday words rare (few texts hold them),
and all its texts alike; a language neither simplemma nor wordfreq knows keeps its words' first letters instead,
weighted by the corpus. A word's rarity is looked up once (``word_rarity``, one language's word list in memory at a
time) and kept with the story features, so that a re-run loads no word list at all.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from functools import lru_cache

from ..nlp.lexical_tokens import word_lemma

__all__ = ["Rarity", "reads_words", "word_key", "word_rarity", "word_weight"]

# Weights on wordfreq's Zipf scale (log10 of a word's frequency per billion words), chosen on BSNLP's training
# split: a word this frequent in its language or more says nothing of a story (a language's "be", "and", "that") ...
_COMMON_ZIPF = 7.0
# ... and a word rarer than this, or unknown to wordfreq (names, new coinages: "brexit"), weighs as this
_RARE_ZIPF = 2.0

# language -> lemma -> its frequency in hundredths of a Zipf point: wordfreq's own precision (``zipf_frequency``
# rounds to two decimals), so a kept value gives exactly the weight a fresh lookup does
Rarity = Mapping[str, Mapping[str, int]]


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


def word_weight(lemma: str, language: str, rarity: Rarity | None = None) -> float:
    """How much a shared lemma says: its rarity in the language, ln 10 times the Zipf points below
    ``_COMMON_ZIPF`` (0 for a word at least that common: a stop word of the language). ``rarity``: the lemma's
    frequency looked up before (``word_rarity``); without it, the language's word list is loaded to look it up."""
    known = rarity.get(language, {}).get(lemma) if rarity is not None else None
    zipf = max((known if known is not None else _centi_zipf(lemma, language)) / 100, _RARE_ZIPF)
    return max(0.0, math.log(10) * (_COMMON_ZIPF - zipf))


@lru_cache(maxsize=65536)
def _centi_zipf(lemma: str, language: str) -> int:
    from wordfreq import zipf_frequency

    return round(zipf_frequency(lemma, language) * 100)


def word_rarity(lemmas: Mapping[str, Iterable[str]]) -> dict[str, dict[str, int]]:
    """The frequency of each lemma in its language (language -> lemmas), as ``Rarity`` holds it. The word lists are
    loaded one language at a time and let go after it: together they take about half a gigabyte."""
    from wordfreq import get_frequency_dict, get_frequency_list

    out = {}
    for language, words in sorted(lemmas.items()):
        out[language] = {lemma: _centi_zipf(lemma, language) for lemma in sorted(set(words))}
        _centi_zipf.cache_clear()
        get_frequency_dict.cache_clear()
        get_frequency_list.cache_clear()
    return out
