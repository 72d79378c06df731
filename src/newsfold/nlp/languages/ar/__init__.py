"""Arabic: a paragraph mostly in Arabic letters with none of Persian's or Urdu's (پ چ ژ گ ی ک ...); sentences by
spaCy's punctuation rules, names by the words beside them (``names.py``: Arabic has no capitals), and quotes and
events read by their words, each compared in one spelling with its clitics and endings off (``words.py``)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cached_property

from ..lexical import WordsPack
from . import events, sense, speech
from .names import ORG_HEADS, TITLES, arabic_entities
from .words import Stemmer, both

__all__ = ["ArabicPack", "looks_arabic"]

_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
# Letters Persian, Urdu and Kurdish write and Arabic does not (and their forms of ي and ك).
_OTHER = re.compile(r"[پچژگکیۀٹڈڑںےھۆێڵ]")
_ARABIC_SHARE = 0.5


def looks_arabic(text: str) -> bool:
    """Mostly Arabic letters, and fewer of Persian's or Urdu's than of Arabic's own ي and ك."""
    letters = sum(ch.isalpha() for ch in text) or 1
    if len(_ARABIC.findall(text)) / letters < _ARABIC_SHARE:
        return False
    return len(_OTHER.findall(text)) <= len(re.findall(r"[يك]", text)) // 10


class ArabicPack(WordsPack, folder=__name__):
    code = "ar"
    name = "Arabic"
    script = "Arabic"
    # dates by their words (nlp/lexical_dates.py): the English date grammar reads none of these
    speech_verbs = both(speech.SPEECH_VERBS)  # each word in both its spellings (``words.both``)
    stance_verbs = both(speech.STANCE_VERBS)
    quote_cues = both(speech.QUOTE_CUES)
    hypothetical = both(events.HYPOTHETICAL)
    topic_words: Mapping[str, frozenset[str]] = {k: both(v) for k, v in sense.TOPIC_WORDS.items()}
    contention_words = both(sense.CONTENTION_WORDS)
    names_stage = "arabic"  # the stage named on the mentions ``entities`` finds
    not_analysed: tuple[str, ...] = ("parse",)

    @cached_property
    def _stemmer(self) -> Stemmer:
        words = {w for key in self.triggers for w in key.split()} | self.speech_verbs | self.stance_verbs | \
            self.quote_cues | self.hypothetical | self.contention_words | self.lexical.asking | TITLES | ORG_HEADS
        return Stemmer(words | {w for vocabulary in self.topic_words.values() for w in vocabulary})

    def lemma_of(self, word: str) -> str:
        """A word's form among the pack's words (its clitics and ending off), else the word in one spelling."""
        return self._stemmer(word)

    def reads(self, text: str) -> bool:
        return looks_arabic(text)

    def entities(self, text: str) -> list[tuple[int, int, str, str]]:
        return arabic_entities(text)
