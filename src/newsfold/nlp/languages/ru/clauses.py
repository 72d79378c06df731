"""Russian small words for sentences with no parse: negation, the future, conditions, asking, and what opens or
attributes reported speech."""

from __future__ import annotations

from ..lexical import LexicalWords

LEXICAL = LexicalWords(
    lemma_code="ru",
    negation=frozenset({"не", "ни", "никто", "никого", "никогда", "без"}),
    future=frozenset({"будет", "будут", "буду", "будем", "будете", "будешь"}),
    conditional=frozenset({"если", "ежели"}),
    asking=frozenset({"призвать", "призывать", "потребовать", "требовать", "просить"}),
    complementizers=frozenset({"что"}),
    according_to=frozenset({"по словам", "по данным"}),
    purpose=frozenset({"чтобы", "дабы"}),
    infinitive_endings=("ть", "ться", "ти", "чь"),
)
