"""Ukrainian: a Cyrillic paragraph with Ukrainian letters (і, ї, є, ґ; no Russian ы, э, ъ, ё), or any Cyrillic
paragraph of an article labelled Ukrainian that has none of Russian's; names from natasha's Cyrillic finder kept as
written, sentences by spaCy's punctuation rules, and quotes and events read by their words (lemmas from
simplemma), assembled from this folder's data modules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Token

from ..latin_slavic import lemma
from ..lexical import LexicalWords
from ..ru.names import cyrillic_entities, looks_ukrainian
from . import clauses, events, punctuation, sense, speech

__all__ = ["UkrainianPack"]

class UkrainianPack:
    code = "uk"
    name = "Ukrainian"
    script = "Cyrillic"
    claims_script = True  # a Ukrainian paragraph in a report in any language is read as Ukrainian
    date_locale = ""
    months: Sequence[str] = ()  # the Russian pack's month stems hold the Ukrainian ones
    month_abbreviations: Mapping[str, int] = {}
    month_stems: Mapping[str, int] = {}
    weekdays: Sequence[str] = ()
    number_words: Mapping[str, float] = {}
    quote_marks: Sequence[tuple[str, str]] = punctuation.QUOTE_MARKS
    speech_verbs = speech.SPEECH_VERBS
    stance_verbs = speech.STANCE_VERBS
    quote_cues = speech.QUOTE_CUES
    triggers: Mapping[str, tuple[str, str | None]] = events.TRIGGERS
    needs_object: Mapping[str, frozenset[str]] = {}
    doer_triggers: Mapping[str, tuple[str, str | None]] = {}
    doer_actions: frozenset[str] = frozenset()
    hypothetical = events.HYPOTHETICAL
    topic_words: Mapping[str, frozenset[str]] = sense.TOPIC_WORDS
    contention_words = sense.CONTENTION_WORDS
    lexical: LexicalWords = clauses.LEXICAL
    names_stage = "cyrillic"  # the stage named on the mentions ``entities`` finds
    not_analysed: tuple[str, ...] = ("parse", "dates", "figures")

    def reads(self, text: str) -> bool:
        return looks_ukrainian(text)

    def preload(self) -> None:
        """Load simplemma's dictionary for the language (the lemmas quotes and events are read by) before analysis
        workers fork, so that they share one copy."""
        lemma("а", self.code)

    def parses_with(self, pipeline_language: str) -> bool:
        return False

    def entities(self, text: str) -> list[tuple[int, int, str, str]]:
        return cyrillic_entities(text)  # a text with Ukrainian letters keeps its names as written

    def other_sense(self, tok: Token) -> str | None:
        return None

    def refine(self, tok: Token, plover: tuple[str, str | None]) -> tuple[str, str | None]:
        return plover
