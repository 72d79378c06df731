"""Polish small words for sentences with no parse: negation, the future, conditions, asking, and what opens or
attributes reported speech."""

from __future__ import annotations

from ..lexical import LexicalWords

LEXICAL = LexicalWords(
    lemma_code="pl",
    negation=frozenset({"nie", "nikt", "nikogo", "nigdy", "żadnych", "żadnego", "bez"}),
    future=frozenset({"będzie", "będą", "będę", "będziemy", "będziecie"}),
    conditional=frozenset({"jeśli", "jeżeli", "gdyby"}),
    asking=frozenset({"wezwać", "wzywać", "zaapelować", "apelować", "żądać", "zażądać"}),
    complementizers=frozenset({"że", "iż"}),
    according_to=frozenset({"według", "zdaniem"}),
    purpose=frozenset({"żeby", "aby", "by"}),
    infinitive_endings=("ć", "c"),
)
