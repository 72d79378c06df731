"""Croatian: names found by the shared Latin-script Slavic rules (``languages/latin_slavic.py``) with the Croatian
words of ``names.py``; nothing else is analysed in a Croatian paragraph yet, and the record says so."""

from __future__ import annotations

from ..latin_slavic import LatinSlavicPack, NameWords
from . import names

__all__ = ["CroatianPack"]


class CroatianPack(LatinSlavicPack):
    code = "hr"
    name = "Croatian"
    words: NameWords = names.WORDS
