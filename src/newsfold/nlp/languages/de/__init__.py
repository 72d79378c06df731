"""German: sentences by spaCy's punctuation rules, quotes and events read by their words (lemmas from simplemma),
and names by the capitalised-run rules of ``latin_slavic.py`` held back to what German capitals can tell (every
noun is capitalised): countries, known places, acronyms, and people named in words English writes too."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..latin_slavic import NameWords, latin_slavic_entities
from ..lexical import LexicalPack, LexicalWords
from . import clauses, events, names, punctuation, sense, speech

__all__ = ["GermanPack"]


class GermanPack(LexicalPack):
    code = "de"
    name = "German"
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
    not_analysed: tuple[str, ...] = ("parse", "dates", "figures", "organisations")

    def entities(self, text: str) -> list[tuple[int, int, str, str]]:
        return [found for found in latin_slavic_entities(text, self.words) if names.is_name(text, found)]
