"""English: sentences, parse and names from the spaCy pipeline (``en_core_web_sm``, or the one [nlp] model
names), and the words the English stages match, assembled from this folder's data modules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Token

from . import clauses, dates, events, numbers, punctuation, sense, speech

__all__ = ["EnglishPack"]


class EnglishPack:
    code = "en"
    name = "English"
    script = "Latin"
    claims_script = False  # Latin script is shared: a paragraph in it is English only in an English article
    date_locale = dates.DATE_LOCALE
    months: Sequence[str] = dates.MONTHS
    month_abbreviations: Mapping[str, int] = dates.MONTH_ABBREVIATIONS
    month_stems: Mapping[str, int] = {}
    weekdays: Sequence[str] = dates.WEEKDAYS
    number_words: Mapping[str, float] = numbers.NUMBER_WORDS
    quote_marks: Sequence[tuple[str, str]] = punctuation.QUOTE_MARKS
    speech_verbs = speech.SPEECH_VERBS
    stance_verbs = speech.STANCE_VERBS
    quote_cues = speech.QUOTE_CUES
    triggers: Mapping[str, tuple[str, str | None]] = events.TRIGGERS
    needs_object: Mapping[str, frozenset[str]] = events.NEEDS_OBJECT
    doer_triggers: Mapping[str, tuple[str, str | None]] = events.DOER_TRIGGERS
    doer_actions: frozenset[str] = events.DOER_ACTIONS
    hypothetical = events.HYPOTHETICAL
    topic_words: Mapping[str, frozenset[str]] = sense.TOPIC_WORDS
    contention_words = sense.CONTENTION_WORDS
    clause_words = clauses.CLAUSE_WORDS
    names_stage = "nlp"  # the stage named on the mentions ``entities`` finds
    not_analysed: tuple[str, ...] = ()

    def reads(self, text: str) -> bool:
        return True  # a paragraph in a script some other pack claims never reaches this pack

    def parses_with(self, pipeline_language: str) -> bool:
        return pipeline_language == self.code

    def entities(self, text: str) -> list[tuple[int, int, str, str]]:
        return []  # the spaCy pipeline gives them

    def other_sense(self, tok: Token) -> str | None:
        return sense.other_sense(tok)

    def refine(self, tok: Token, plover: tuple[str, str | None]) -> tuple[str, str | None]:
        return sense.refine(tok, plover)
