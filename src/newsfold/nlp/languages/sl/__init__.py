"""Slovene: names found by the shared Latin-script Slavic rules (``languages/latin_slavic.py``) with the Slovene
words of ``names.py``; nothing else is analysed in a Slovene paragraph yet, and the record says so."""

from __future__ import annotations

from ..latin_slavic import LatinSlavicPack, NameWords
from . import names

__all__ = ["SlovenePack"]


class SlovenePack(LatinSlavicPack):
    code = "sl"
    name = "Slovene"
    words: NameWords = names.WORDS
