"""Turkish: sentences by spaCy's punctuation rules, names by the capitalised-run rules of ``latin_slavic.py`` (a
name's case suffix after its apostrophe left out: "Ankara'da" is "Ankara"), and quotes and events read by their
words (lemmas from simplemma), assembled from this folder's data modules."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..latin_slavic import NameWords, latin_slavic_entities
from ..lexical import LexicalPack, LexicalWords
from . import clauses, events, names, punctuation, sense, speech

__all__ = ["TurkishPack"]


class TurkishPack(LexicalPack):
    code = "tr"
    name = "Turkish"
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

    def entities(self, text: str) -> list[tuple[int, int, str, str]]:
        out = []
        # the suffixes blanked out, offsets kept: "İzmir'de" is read as "İzmir", a place the index knows
        bare = _SUFFIX.sub(lambda m: " " * len(m.group()), text)
        for start, end, normal, label in latin_slavic_entities(bare, self.words):
            out.append((start, end, normal, label))
        return out


# A case suffix written after a name with an apostrophe: "Ankara'da", "Erdoğan'ın".
_SUFFIX = re.compile(r"['’][^\s'’]*")
