"""German small words for sentences with no parse: negation, the future, conditions, asking, and what opens or
attributes reported speech."""

from __future__ import annotations

from ..lexical import LexicalWords

LEXICAL = LexicalWords(
    lemma_code="de",
    negation=frozenset({"nicht", "kein", "keine", "keinen", "keiner", "niemand", "niemanden", "nie", "ohne"}),
    future=frozenset({"wird", "werden", "werde", "wirst", "werdet"}),
    conditional=frozenset({"wenn", "falls", "sofern"}),
    asking=frozenset({"aufrufen", "auffordern", "fordern", "verlangen", "appellieren"}),
    complementizers=frozenset({"dass"}),
    according_to=frozenset({"laut", "nach angaben"}),
    purpose=frozenset({"um"}),
)
