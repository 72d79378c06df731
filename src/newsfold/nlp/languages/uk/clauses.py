"""Ukrainian small words for sentences with no parse: negation, the future, conditions, asking, and what opens or
attributes reported speech."""

from __future__ import annotations

from ..lexical import LexicalWords

LEXICAL = LexicalWords(
    lemma_code="uk",
    negation=frozenset({"не", "ні", "ніхто", "ніколи", "жодного", "жодних", "без"}),
    future=frozenset({"буде", "будуть", "буду", "будемо", "будете", "будеш"}),
    conditional=frozenset({"якщо", "якби"}),
    asking=frozenset({"закликати", "вимагати", "просити"}),
    complementizers=frozenset({"що"}),
    according_to=frozenset({"за словами", "за даними"}),
    future_endings=("тиму", "тимеш", "тиме", "тимемо", "тимете", "тимуть"),  # "страйкуватимуть"
    purpose=frozenset({"щоб", "аби"}),
    infinitive_endings=("ти", "тися", "ть"),
)
