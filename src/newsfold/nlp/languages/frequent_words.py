"""How frequent a word is in its language (wordfreq's Zipf scale), asked of frequent words only: the packs ask whether
a word is at least so frequent, and the frequent part of a word list is a few thousand words of its million.

``zipf_at_least(word, code, floor)`` is wordfreq's ``zipf_frequency(word, code)`` exactly wherever that is at least
``floor``, and some value below ``floor`` elsewhere: a word wordfreq splits into tokens is never more frequent than
its rarest token, and a token below ``floor`` is not kept. The kept part loads once per process (``preload`` before
analysis workers fork, so that they share it); the whole list is let go as soon as its frequent part is kept.
"""

from __future__ import annotations

import math
from functools import lru_cache

__all__ = ["zipf_at_least", "frequent_words"]

# Tokens this many hundredths of a Zipf point below the floor are kept too: rounding a word's frequency (to three
# digits, then to two decimals of Zipf) lifts it by less than one.
_MARGIN = 10


@lru_cache(maxsize=32)
def frequent_words(code: str, floor: float) -> dict[str, float]:
    """wordfreq's frequency of each token of its list for ``code`` that is at least ``floor`` on the Zipf scale."""
    from wordfreq import cB_to_freq, get_frequency_list

    # bucket i of the list holds the tokens of frequency 10 ** (-i / 100), that is of Zipf 9 - i / 100
    last = 900 - round(floor * 100) + _MARGIN
    buckets = get_frequency_list.__wrapped__(code)  # wordfreq's own cache would keep the whole list
    return {token: cB_to_freq(-i) for i, bucket in enumerate(buckets[: last + 1]) for token in bucket}


def zipf_at_least(word: str, code: str, floor: float) -> float:
    """``zipf_frequency(word, code)`` where it is at least ``floor``; 0.0 (or another value below ``floor``) else."""
    from wordfreq import INFERRED_SPACE_FACTOR, freq_to_zipf, lossy_tokenize
    from wordfreq.language_info import get_language_info
    from wordfreq.numbers import digit_freq, smash_numbers

    freqs = frequent_words(code, floor)
    tokens = lossy_tokenize(word, code)
    if not tokens:
        return 0.0
    one_over = 0.0  # wordfreq combines the tokens of a word as 1 / f = 1 / f1 + 1 / f2 + ...
    for token in tokens:
        smashed = smash_numbers(token)
        if smashed not in freqs:
            return 0.0
        one_over += 1.0 / (freqs[smashed] * (digit_freq(token) if smashed != token else 1.0))
    freq = 1.0 / one_over
    if get_language_info(code)["tokenizer"] == "jieba":
        freq *= INFERRED_SPACE_FACTOR ** -(len(tokens) - 1)
    rounded = round(freq, math.floor(-math.log(freq, 10)) + 3)  # wordfreq's precision: three digits
    return round(freq_to_zipf(rounded), 2)
