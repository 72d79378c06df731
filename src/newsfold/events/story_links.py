"""Order-free story links: each text a vector of features weighted by fixed statistics of its language, and a link
between two texts decided by the two alone, so that stories (the linked groups) depend on the set of texts only.

A feature weighs by its kind and its rarity in the text's language (wordfreq), never by the corpus: words and names
by their frequency in the language, numbers by wordfreq's estimate for digits, dates and name sounds by their kind
alone. Two texts of one language compare by all their features, two of different languages by those that read the
same in any (``NEUTRAL_KINDS``: numbers, dates, the consonant sounds of names, canonical entities when given).
"""

from __future__ import annotations

import hashlib
import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from ..models import Article
from .doc_clusters import ReadBefore, name_sounds, text_features
from .story_languages import NEUTRAL_KINDS
from .story_words import reads_words, word_weight

__all__ = ["TextVector", "LinkedText", "linked_texts", "link_features", "feature_weight", "text_vector", "similarity"]

# kind weights: names, words, numbers, month and day, full dates and their year, name sounds, canonical entities
_KIND_WEIGHT = {"N": 1.6, "W": 1.0, "#": 0.8, "D": 1.2, "T": 3.0, "Y": 3.0, "K": 1.0, "E": 1.6}
# the rarity of a feature that no frequency list reads (a date, a name's sounds, an entity, a word of a language
# wordfreq does not know): that of a word seen about once in ten million (Zipf 3)
_FIXED_RARITY = word_weight("", "en") * 4 / 5
_LATIN_LETTER = re.compile(r"[a-z]")
_LETTER = re.compile(r"[^\W\d_]")


class TextVector(NamedTuple):
    """What a text is compared by: its unit vector of every feature, its unit vector of the neutral ones, its
    language group (texts of one group compare by ``full``, of two by ``neutral``) and its day, if dated."""

    full: dict[str, float]
    neutral: dict[str, float]
    group: str
    day: int | None


class LinkedText(NamedTuple):
    """One text as the story graph takes it: its id, its vectors, and the key that orders it (date, text hash,
    id)."""

    id: str
    vector: TextVector
    key: tuple[str, str, str]


def linked_texts(articles: Sequence[Article], read_before: ReadBefore | None = None) -> list[LinkedText]:
    """The articles as the story graph takes them; ``read_before``: their ``text_features`` and ``name_sounds``
    where read before."""
    known = read_before or ReadBefore({}, {})
    out = []
    for a in articles:
        read = known.features[a.id] if a.id in known.features else text_features(a.text, a.language)
        sounds = known.sounds[a.id] if a.id in known.sounds else name_sounds(a.text)
        group = a.language or ("latin" if _latin_share(a.text) >= 0.5 else "other")
        vector = text_vector(read + sounds, a.language, group, a.published)
        out.append(LinkedText(a.id, vector, ((a.published or "9999")[:10], _text_hash(a.text), a.id)))
    return out


def _text_hash(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def _latin_share(text: str) -> float:
    letters = _LETTER.findall(text)
    return sum(1 for c in letters if c.isascii()) / len(letters) if letters else 1.0


def link_features(text: str, language: str | None) -> Counter[str]:
    """A text's features, read from the text alone: ``text_features`` and the sounds of its names."""
    return text_features(text, language) + name_sounds(text)


@lru_cache(maxsize=262144)
def feature_weight(feature: str, language: str | None) -> float:
    """The rarity of one feature in the text's language, times its kind's weight."""
    kind, key = feature[0], feature[2:]
    if kind in "WN":
        words_in = language if reads_words(language) else "en" if language in (None, "en") else None
        if kind == "N" and words_in is None and _LATIN_LETTER.search(key):
            words_in = "en"  # a name in Latin letters in a language wordfreq does not know: as in English
        rarity = word_weight(key, words_in) if words_in else _FIXED_RARITY
    elif kind == "#":
        rarity = word_weight(key, "en")
    else:
        rarity = _FIXED_RARITY
    return rarity * _KIND_WEIGHT.get(kind, 1.0)


def _unit(weights: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(math.fsum(w * w for w in weights.values()))
    return {f: w / norm for f, w in weights.items()} if norm > 0 else {}


def text_vector(features: Mapping[str, int], language: str | None, group: str, published: str | None
                ) -> TextVector:
    """The vectors of one text's features: (1 + log count) times the feature's weight, to unit length."""
    weights = {}
    names = _name_rarity(features, language)
    for f, n in features.items():
        w = names[f] if f in names else feature_weight(f, language)
        if n > 0 and w > 0:
            weights[f] = (1 + math.log(n)) * w
    neutral = {f: w for f, w in weights.items() if f[0] in NEUTRAL_KINDS}
    return TextVector(_unit(weights), _unit(neutral), group, _day(published))


def _name_rarity(features: Mapping[str, int], language: str | None) -> dict[str, float]:
    """The weights of a text's names cut to their first letters ("N:německ"), in a language wordfreq reads: those
    of the commonest of the text's words they begin ("W:německo"), so that a country's name is not rare."""
    if not reads_words(language):
        return {}
    words = sorted(f[2:] for f in features if f[0] == "W")
    out = {}
    for f in features:
        if f[0] == "N" and " " not in f:
            prefix, at = f[2:], bisect_left(words, f[2:])
            rarities = []
            while at < len(words) and words[at].startswith(prefix):
                rarities.append(feature_weight("W:" + words[at], language))
                at += 1
            if rarities:
                out[f] = min(rarities) * _KIND_WEIGHT["N"] / _KIND_WEIGHT["W"]
    return out


def _day(published: str | None) -> int | None:
    try:
        return date.fromisoformat(published[:10]).toordinal() if published else None
    except ValueError:
        return None


def similarity(a: TextVector, b: TextVector) -> float:
    """Cosine of two texts: of their full vectors in one language group, of their neutral ones across two. Summed
    with ``math.fsum`` (exactly rounded), so that it never depends on the order the features were read in."""
    va, vb = (a.full, b.full) if a.group == b.group else (a.neutral, b.neutral)
    if len(vb) < len(va):
        va, vb = vb, va
    return math.fsum(w * vb[f] for f, w in va.items() if f in vb)
