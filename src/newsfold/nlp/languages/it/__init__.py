"""Italian: sentences by spaCy's punctuation rules, names by the capitalised-run rules of ``latin_slavic.py``, and
quotes and events read by their words (lemmas from simplemma), assembled from this folder's data modules."""

from __future__ import annotations

from ..lexical import LexicalPack

__all__ = ["ItalianPack"]


class ItalianPack(LexicalPack, folder=__name__):
    code = "it"
    name = "Italian"
