"""Italian small words for sentences with no parse: negation, the future, conditions, asking, and what opens or
attributes reported speech."""

from __future__ import annotations

from ..lexical import LexicalWords

LEXICAL = LexicalWords(
    lemma_code="it",
    negation=frozenset({"non", "mai", "né", "nessun", "nessuno", "nessuna", "senza"}),
    future=frozenset(),  # the future is a tense of the verb itself: its endings below
    conditional=frozenset({"se"}),
    asking=frozenset({"chiamare", "invitare", "chiedere", "esortare", "convocare"}),
    complementizers=frozenset({"che"}),
    according_to=frozenset({"secondo"}),
    future_endings=("erà", "eranno", "irà", "iranno"),
    purpose=frozenset({"per"}),
    infinitive_endings=("are", "ere", "ire"),
)
