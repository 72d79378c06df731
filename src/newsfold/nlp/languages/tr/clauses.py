"""Turkish small words for sentences with no parse: negation (a suffix mostly: only the separate words here), the
future (a suffix: its endings), conditions and asking. Reported speech has no complementizer ("...dığını söyledi")
and "according to" follows its name ("X'e göre"): neither is read yet."""

from __future__ import annotations

from ..lexical import LexicalWords

LEXICAL = LexicalWords(
    lemma_code="tr",
    negation=frozenset({"değil", "yok"}),
    future=frozenset(),
    conditional=frozenset({"eğer"}),
    asking=frozenset({"çağrı", "çağırmak", "çağır"}),
    complementizers=frozenset(),
    according_to=frozenset(),
    future_endings=("acak", "ecek", "acağ", "eceğ", "acakl", "ecekl"),
    verb_final=True,
    purpose=frozenset({"için"}),
    infinitive_endings=("mak", "mek"),
)
