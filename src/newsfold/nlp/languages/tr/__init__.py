"""Turkish: sentences by spaCy's punctuation rules, names by the capitalised-run rules of ``latin_slavic.py`` (a
name's case suffix after its apostrophe left out: "Ankara'da" is "Ankara"), and quotes and events read by their
words (lemmas from simplemma), assembled from this folder's data modules."""

from __future__ import annotations

import re

from ..latin_slavic import latin_slavic_entities
from ..lexical import LexicalPack

__all__ = ["TurkishPack"]


class TurkishPack(LexicalPack, folder=__name__):
    code = "tr"
    name = "Turkish"

    def entities(self, text: str) -> list[tuple[int, int, str, str]]:
        out = []
        # the suffixes blanked out, offsets kept: "İzmir'de" is read as "İzmir", a place the index knows
        bare = _SUFFIX.sub(lambda m: " " * len(m.group()), text)
        for start, end, normal, label in latin_slavic_entities(bare, self.words):
            out.append((start, end, normal, label))
        return out


# A case suffix written after a name with an apostrophe: "Ankara'da", "Erdoğan'ın".
_SUFFIX = re.compile(r"['’][^\s'’]*")
