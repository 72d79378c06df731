"""Russian (and any Cyrillic paragraph no other pack claims): names from natasha's news models in their normal
form, sentences by spaCy's punctuation rules, quotes and events read by their words (no parser of Russian yet),
and the Russian words, assembled from this folder's data modules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Token

from ..latin_slavic import lemma
from ..lexical import LexicalWords
from . import clauses, dates, events, numbers, punctuation, sense, speech
from .names import cyrillic_entities, is_cyrillic, looks_ukrainian

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
    doer_actions: frozenset[str] = frozenset()
    hypothetical = events.HYPOTHETICAL
    topic_words: Mapping[str, frozenset[str]] = sense.TOPIC_WORDS
    contention_words = sense.CONTENTION_WORDS
    lexical: LexicalWords = clauses.LEXICAL
    names_stage = "cyrillic"  # the stage named on the mentions ``entities`` finds
    # no parse of Russian: quotes and events are read by their words (nlp/lexical_quotes.py, lexical_events.py)
    not_analysed: tuple[str, ...] = ("parse", "dates", "figures")

    def reads(self, text: str) -> bool:
        return is_cyrillic(text) and not looks_ukrainian(text)  # Ukrainian has its own pack

    def preload(self) -> None:
        """Load simplemma's dictionary for the language (the lemmas quotes and events are read by) before analysis
        workers fork, so that they share one copy."""
        lemma("а", self.code)

    def parses_with(self, pipeline_language: str) -> bool:
        return False

    def entities(self, text: str) -> list[tuple[int, int, str, str]]:
        return cyrillic_entities(text)

    def other_sense(self, tok: Token) -> str | None:
        return None

    def refine(self, tok: Token, plover: tuple[str, str | None]) -> tuple[str, str | None]:
        return plover
