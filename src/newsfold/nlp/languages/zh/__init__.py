"""Chinese (simplified and traditional): a paragraph mostly in Han characters with no Japanese kana; sentences by
spaCy's punctuation rules, words cut at the pack's own (``words.py``: no segmenter), names by the words beside
them (``names.py``), and quotes and events read by their words as character sequences."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from spacy.tokens import Token

from ..lexical import LexicalWords
from . import clauses, events, punctuation, sense, speech
from .names import chinese_entities, segmenter
from .words import HAN

__all__ = ["ChinesePack", "looks_chinese"]

_KANA = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")  # Japanese kana, Korean hangul
_HAN_SHARE = 0.5


def looks_chinese(text: str) -> bool:
    """Mostly Han characters among the letters, and no kana or hangul (Japanese and Korean write Han too)."""
    letters = sum(ch.isalpha() for ch in text) or 1
    return len(HAN.findall(text)) / letters >= _HAN_SHARE and not _KANA.search(text)


class ChinesePack:
    code = "zh"
    name = "Chinese"
    script = "Han"
    claims_script = True  # a Chinese paragraph in a report in any language is read as Chinese
    date_locale = ""  # dates by their words (nlp/lexical_dates.py)
    months: Sequence[str] = ()
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
    names_stage = "chinese"  # the stage named on the mentions ``entities`` finds
    not_analysed: tuple[str, ...] = ("parse",)

    def split_words(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each word: the pack's words where they stand, every other Han character alone."""
        return segmenter()(text)

    def lemma_of(self, word: str) -> str:
        return word.lower()  # no inflection

    def reads(self, text: str) -> bool:
        return looks_chinese(text)

    def parses_with(self, pipeline_language: str) -> bool:
        return False

    def entities(self, text: str) -> list[tuple[int, int, str, str]]:
        return chinese_entities(text)

    def other_sense(self, tok: Token) -> str | None:
        return None

    def refine(self, tok: Token, plover: tuple[str, str | None]) -> tuple[str, str | None]:
        return plover
