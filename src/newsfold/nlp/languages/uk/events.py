"""Ukrainian event triggers (lemmas, or lemmas of several words: "піти у відставку") with their PLOVER type and
mode, in the vocabulary of ``en/events.py``, and the modal words that make an event hypothetical."""

from __future__ import annotations

TRIGGERS: dict[str, tuple[str, str | None]] = {
    "протест": ("PROTEST", "demonstrate"), "протестувати": ("PROTEST", "demonstrate"),
    "мітинг": ("PROTEST", "demonstrate"), "демонстрація": ("PROTEST", "demonstrate"),
    "хода": ("PROTEST", "demonstrate"), "марш": ("PROTEST", "demonstrate"), "пікет": ("PROTEST", "demonstrate"),
    "акція протесту": ("PROTEST", "demonstrate"), "страйк": ("PROTEST", "strike"), "страйкувати": ("PROTEST", "strike"),
    "заворушення": ("PROTEST", "riot"), "сутичка": ("PROTEST", "riot"), "бойкот": ("PROTEST", "boycott"),
    "затримати": ("COERCE", "arrest"), "затримання": ("COERCE", "arrest"), "заарештувати": ("COERCE", "arrest"),
    "арешт": ("COERCE", "arrest"), "розгін": ("COERCE", "repress"), "заборонити": ("COERCE", "restrict"),
    "побити": ("ASSAULT", "beat"), "катування": ("ASSAULT", "torture"), "вбити": ("ASSAULT", "kill"),
    "убити": ("ASSAULT", "kill"), "вбивство": ("ASSAULT", "kill"), "стріляти": ("ASSAULT", "shoot"),
    "обстріл": ("ASSAULT", "artillery"), "поранити": ("ASSAULT", "beat"), "атака": ("ASSAULT", "attack"),
    "напад": ("ASSAULT", "attack"), "напасти": ("ASSAULT", "attack"), "вибух": ("ASSAULT", "explosive"),
    "теракт": ("ASSAULT", "explosive"), "авіаудар": ("ASSAULT", "aerial"), "викрасти": ("ASSAULT", "abduct"),
    "перемир'я": ("AGREE", "ceasefire"),
    "візит": ("CONSULT", "visit"), "відвідати": ("CONSULT", "visit"), "зустріч": ("CONSULT", "meet"),
    "зустрітися": ("CONSULT", "meet"), "переговори": ("CONSULT", "meet"), "вимагати": ("REQUEST", None),
    "закликати": ("REQUEST", None), "погрожувати": ("THREATEN", None), "пригрозити": ("THREATEN", None),
    "звинуватити": ("ACCUSE", None), "засудити": ("ACCUSE", None), "відкинути": ("REJECT", None),
    "санкція": ("SANCTION", None), "мобілізація": ("MOBILIZE", None), "навчання": ("MOBILIZE", "military drill"),
    "відставка": ("CONCEDE", "resign"), "піти у відставку": ("CONCEDE", "resign"), "звільнити": ("CONCEDE", "release"),
    "вибори": ("ELECTION", None), "референдум": ("ELECTION", "referendum"),
}
# Modal and planning words that make an event hypothetical rather than reported ("можуть вийти на протест").
HYPOTHETICAL = frozenset({"могти", "можуть", "може", "би", "б", "планувати", "збиратися", "хотіти", "намір",
                          "погрожувати"})
