"""Czech: names found by the shared Latin-script Slavic rules (``languages/latin_slavic.py``) with the Czech
words of ``names.py``; nothing else is analysed in a Czech paragraph yet, and the record says so."""

from __future__ import annotations

from ..latin_slavic import LatinSlavicPack, NameWords
from . import names

__all__ = ["CzechPack"]


class CzechPack(LatinSlavicPack):
    code = "cs"
    name = "Czech"
    words: NameWords = names.WORDS
