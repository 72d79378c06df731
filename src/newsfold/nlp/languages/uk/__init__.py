"""Ukrainian: a Cyrillic paragraph with Ukrainian letters (і, ї, є, ґ; no Russian ы, э, ъ, ё), or any Cyrillic
paragraph of an article labelled Ukrainian that has none of Russian's; names from natasha's Cyrillic finder kept as
written, sentences by spaCy's punctuation rules, and quotes and events read by their words (lemmas from
simplemma), assembled from this folder's data modules."""

from __future__ import annotations

from ..latin_slavic import lemma
from ..lexical import WordsPack
from ..ru.names import cyrillic_entities, load_names, looks_ukrainian

__all__ = ["UkrainianPack"]


class UkrainianPack(WordsPack, folder=__name__):
    code = "uk"
    name = "Ukrainian"
    script = "Cyrillic"
    # no months or weekdays of its own: the Russian pack's month stems hold the Ukrainian ones
    names_stage = "cyrillic"  # the stage named on the mentions ``entities`` finds

    def reads(self, text: str) -> bool:
        return looks_ukrainian(text)

    def preload(self) -> None:
        """Load simplemma's dictionary for the language (the lemmas quotes and events are read by) and natasha's
        models (the names) before analysis workers fork, so that they share one copy."""
        lemma("а", self.code)
        load_names()

    def entities(self, text: str) -> list[tuple[int, int, str, str]]:
        return cyrillic_entities(text)  # a text with Ukrainian letters keeps its names as written
