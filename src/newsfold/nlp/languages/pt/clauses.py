"""Portuguese small words for sentences with no parse: negation, the future, conditions, asking, and what opens
or attributes reported speech."""

from __future__ import annotations

from ..lexical import LexicalWords

LEXICAL = LexicalWords(
    lemma_code="pt",
    negation=frozenset({"não", "nunca", "nem", "nenhum", "nenhuma", "ninguém", "sem"}),
    future=frozenset({"vai", "vão", "vou", "vamos", "irá", "irão"}),
    conditional=frozenset({"caso"}),  # "se" is as often a pronoun ("se reuniram")
    asking=frozenset({"convocar", "pedir", "exigir", "apelar", "chamar"}),
    complementizers=frozenset({"que"}),
    according_to=frozenset({"segundo", "conforme"}),
    future_endings=("ará", "erá", "irá", "arão", "erão", "irão"),
    purpose=frozenset({"para"}),
    infinitive_endings=("ar", "er", "ir"),
)
