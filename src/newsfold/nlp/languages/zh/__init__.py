"""Chinese (simplified and traditional): a paragraph mostly in Han characters with no Japanese kana; sentences by
spaCy's punctuation rules, words cut at the pack's own (``words.py``: no segmenter), names by the words beside
them (``names.py``), and quotes and events read by their words as character sequences."""

from __future__ import annotations

import re

from ..lexical import WordsPack
from .names import chinese_entities, segmenter
from .words import HAN

__all__ = ["ChinesePack", "looks_chinese"]

_KANA = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")  # Japanese kana, Korean hangul
_HAN_SHARE = 0.5


def looks_chinese(text: str) -> bool:
    """Mostly Han characters among the letters, and no kana or hangul (Japanese and Korean write Han too)."""
    letters = sum(ch.isalpha() for ch in text) or 1
    return len(HAN.findall(text)) / letters >= _HAN_SHARE and not _KANA.search(text)


class ChinesePack(WordsPack, folder=__name__):
    code = "zh"
    name = "Chinese"
    script = "Han"
    # dates by their words (nlp/lexical_dates.py)
    names_stage = "chinese"  # the stage named on the mentions ``entities`` finds
    not_analysed: tuple[str, ...] = ("parse",)

    def split_words(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each word: the pack's words where they stand, every other Han character alone."""
        return segmenter()(text)

    def lemma_of(self, word: str) -> str:
        return word.lower()  # no inflection

    def reads(self, text: str) -> bool:
        return looks_chinese(text)

    def entities(self, text: str) -> list[tuple[int, int, str, str]]:
        return chinese_entities(text)
