"""Polish: names found by the shared Latin-script Slavic rules (``languages/latin_slavic.py``) with the Polish
words of ``names.py``; nothing else is analysed in a Polish paragraph yet, and the record says so."""

from __future__ import annotations

from ..latin_slavic import LatinSlavicPack, NameWords
from . import names

__all__ = ["PolishPack"]


class PolishPack(LatinSlavicPack):
    code = "pl"
    name = "Polish"
    words: NameWords = names.WORDS
