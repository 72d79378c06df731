"""Russian (and any Cyrillic paragraph no other pack claims): names from natasha's news models in their normal
form, sentences by spaCy's punctuation rules, quotes and events read by their words (no parser of Russian yet),
and the Russian words, assembled from this folder's data modules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..latin_slavic import lemma
from ..lexical import WordsPack
from . import dates, numbers
from .names import cyrillic_entities, is_cyrillic, load_names, looks_ukrainian

__all__ = ["RussianPack"]


class RussianPack(WordsPack, folder=__name__):
    code = "ru"
    name = "Russian"
    script = "Cyrillic"
    date_locale = dates.DATE_LOCALE
    months: Sequence[str] = dates.MONTHS
    month_abbreviations: Mapping[str, int] = dates.MONTH_ABBREVIATIONS
    month_stems: Mapping[str, int] = dates.MONTH_STEMS
    weekdays: Sequence[str] = dates.WEEKDAYS
    number_words: Mapping[str, float] = numbers.NUMBER_WORDS
    names_stage = "cyrillic"  # the stage named on the mentions ``entities`` finds: natasha's, in normal form
    # no parse of Russian: quotes and events are read by their words (nlp/lexical_quotes.py, lexical_events.py)

    def reads(self, text: str) -> bool:
        return is_cyrillic(text) and not looks_ukrainian(text)  # Ukrainian has its own pack

    def preload(self) -> None:
        """Load simplemma's dictionary for the language (the lemmas quotes and events are read by) and natasha's
        models (the names) before analysis workers fork, so that they share one copy."""
        lemma("а", self.code)
        load_names()

    def entities(self, text: str) -> list[tuple[int, int, str, str]]:
        return cyrillic_entities(text)
