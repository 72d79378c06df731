"""Russian (and Cyrillic script): names from natasha's news models in their normal form, one sentence per
paragraph (no parser of Russian yet), and the Russian words, assembled from this folder's data modules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Token

from . import dates, events, numbers, punctuation, speech
from .names import cyrillic_entities, is_cyrillic

__all__ = ["RussianPack"]


class RussianPack:
    code = "ru"
    name = "Russian"
    script = "Cyrillic"
    claims_script = True  # a Cyrillic paragraph in a report in any language gets its names from natasha
    date_locale = dates.DATE_LOCALE
    months: Sequence[str] = dates.MONTHS
    month_abbreviations: Mapping[str, int] = dates.MONTH_ABBREVIATIONS
    month_stems: Mapping[str, int] = dates.MONTH_STEMS
    weekdays: Sequence[str] = dates.WEEKDAYS
    number_words: Mapping[str, float] = numbers.NUMBER_WORDS
    quote_marks: Sequence[tuple[str, str]] = punctuation.QUOTE_MARKS
    speech_verbs = speech.SPEECH_VERBS
    stance_verbs = speech.STANCE_VERBS
    quote_cues = speech.QUOTE_CUES
    triggers: Mapping[str, tuple[str, str | None]] = events.TRIGGERS
    needs_object: Mapping[str, frozenset[str]] = events.NEEDS_OBJECT
    doer_triggers: Mapping[str, tuple[str, str | None]] = {}
    hypothetical = events.HYPOTHETICAL
    # natasha gives names only: without a parse there are no sentences (a paragraph is one), dates, figures,
    # quote speakers or events in a Russian paragraph
    # no parse of Russian yet: no triggers are read, so no sense or topic rules
    topic_words: Mapping[str, frozenset[str]] = {}
    contention_words: frozenset[str] = frozenset()
    names_stage = "cyrillic"  # the stage named on the mentions ``entities`` finds
    not_analysed: tuple[str, ...] = ("sentences", "dates", "figures", "quotes", "events")

    def reads(self, text: str) -> bool:
        return is_cyrillic(text)

    def parses_with(self, pipeline_language: str) -> bool:
        return False

    def entities(self, text: str) -> list[tuple[int, int, str, str]]:
        return cyrillic_entities(text)

    def other_sense(self, tok: Token) -> str | None:
        return None

    def refine(self, tok: Token, plover: tuple[str, str | None]) -> tuple[str, str | None]:
        return plover
