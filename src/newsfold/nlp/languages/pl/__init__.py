"""Polish: names found by the shared Latin-script Slavic rules (``languages/latin_slavic.py``) with the Polish
words of ``names.py``, sentences by spaCy's punctuation rules, and quotes and events read by their words (lemmas
from simplemma), assembled from this folder's data modules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..latin_slavic import LatinSlavicPack, NameWords
from ..lexical import LexicalWords
from . import clauses, events, names, punctuation, sense, speech

__all__ = ["PolishPack"]


class PolishPack(LatinSlavicPack):
    code = "pl"
    name = "Polish"
    words: NameWords = names.WORDS
    lexical: LexicalWords = clauses.LEXICAL
    quote_marks: Sequence[tuple[str, str]] = punctuation.QUOTE_MARKS
    speech_verbs = speech.SPEECH_VERBS
    stance_verbs = speech.STANCE_VERBS
    quote_cues = speech.QUOTE_CUES
    triggers: Mapping[str, tuple[str, str | None]] = events.TRIGGERS
    needs_object: Mapping[str, frozenset[str]] = events.NEEDS_OBJECT
    hypothetical = events.HYPOTHETICAL
    topic_words: Mapping[str, frozenset[str]] = sense.TOPIC_WORDS
    contention_words = sense.CONTENTION_WORDS
    not_analysed: tuple[str, ...] = ("parse", "dates", "figures")
