"""Spanish small words for sentences with no parse: negation, the future, conditions, asking, and what opens or
attributes reported speech."""

from __future__ import annotations

from ..lexical import LexicalWords

LEXICAL = LexicalWords(
    lemma_code="es",
    negation=frozenset({"no", "nunca", "ni", "ningún", "ninguna", "nadie", "sin"}),
    future=frozenset({"va", "van", "voy", "vamos", "irá", "irán"}),
    conditional=frozenset({"si"}),
    asking=frozenset({"llamar", "convocar", "pedir", "exigir", "instar"}),
    complementizers=frozenset({"que"}),
    according_to=frozenset({"según"}),
    future_endings=("ará", "erá", "irá", "arán", "erán", "irán"),
    purpose=frozenset({"para"}),
    infinitive_endings=("ar", "er", "ir"),
)
