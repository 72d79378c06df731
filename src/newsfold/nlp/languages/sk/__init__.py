"""Slovak: names found by the shared Latin-script Slavic rules (``languages/latin_slavic.py``) with the Slovak
words of ``names.py``; nothing else is analysed in a Slovak paragraph yet, and the record says so."""

from __future__ import annotations

from ..latin_slavic import LatinSlavicPack, NameWords
from . import names

__all__ = ["SlovakPack"]


class SlovakPack(LatinSlavicPack):
    code = "sk"
    name = "Slovak"
    words: NameWords = names.WORDS
