"""Spanish: sentences by spaCy's punctuation rules, names by the capitalised-run rules of ``latin_slavic.py``, and
quotes and events read by their words (lemmas from simplemma), assembled from this folder's data modules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..latin_slavic import NameWords
from ..lexical import LexicalPack, LexicalWords
from . import clauses, events, names, punctuation, sense, speech

__all__ = ["SpanishPack"]


class SpanishPack(LexicalPack):
    code = "es"
    name = "Spanish"
    words: NameWords = names.WORDS
    lexical: LexicalWords = clauses.LEXICAL
    quote_marks: Sequence[tuple[str, str]] = punctuation.QUOTE_MARKS
    speech_verbs = speech.SPEECH_VERBS
    stance_verbs = speech.STANCE_VERBS
    quote_cues = speech.QUOTE_CUES
    triggers: Mapping[str, tuple[str, str | None]] = events.TRIGGERS
    hypothetical = events.HYPOTHETICAL
    topic_words: Mapping[str, frozenset[str]] = sense.TOPIC_WORDS
    contention_words = sense.CONTENTION_WORDS
