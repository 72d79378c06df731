"""French small words for sentences with no parse: negation, the future, conditions, asking, and what opens or
attributes reported speech."""

from __future__ import annotations

from ..lexical import LexicalWords

LEXICAL = LexicalWords(
    lemma_code="fr",
    negation=frozenset({"pas", "jamais", "ni", "aucun", "aucune", "personne", "rien", "sans"}),
    future=frozenset({"va", "vont", "vais", "allons", "allez", "iront", "ira"}),
    conditional=frozenset({"si"}),
    asking=frozenset({"appeler", "exhorter", "inviter", "demander", "réclamer"}),
    complementizers=frozenset({"que", "qu"}),  # "qu'il" is read as "qu" and "il"
    according_to=frozenset({"selon", "d après"}),
    future_endings=("eront", "era", "iront"),
    purpose=frozenset({"pour", "afin"}),
    infinitive_endings=("er", "ir"),  # not "re": "meurtre", "massacre"
)
