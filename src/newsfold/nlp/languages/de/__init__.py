"""German: sentences by spaCy's punctuation rules, quotes and events read by their words (lemmas from simplemma),
and names by the capitalised-run rules of ``latin_slavic.py`` held back to what German capitals can tell (every
noun is capitalised): countries, known places, acronyms, and people named in words English writes too."""

from __future__ import annotations

from ..latin_slavic import latin_slavic_entities
from ..lexical import LexicalPack
from . import names

__all__ = ["GermanPack"]


class GermanPack(LexicalPack, folder=__name__):
    code = "de"
    name = "German"
    not_analysed: tuple[str, ...] = ("parse", "dates", "figures", "organisations")

    def preload(self) -> None:
        """The pack's own dictionaries and the English words names are checked against, before workers fork."""
        super().preload()
        names.preload()

    def entities(self, text: str) -> list[tuple[int, int, str, str]]:
        return [found for found in latin_slavic_entities(text, self.words) if names.is_name(text, found)]
