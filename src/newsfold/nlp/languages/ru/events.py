"""Russian event triggers (lemmas, or lemmas of several words: "уйти в отставку") with their PLOVER type and mode,
read by ``nlp/lexical_events.py``. General news vocabulary; nothing here names a place, person or outlet."""

from __future__ import annotations

TRIGGERS: dict[str, tuple[str, str | None]] = {
    "протест": ("PROTEST", "demonstrate"), "протестовать": ("PROTEST", "demonstrate"),
    "митинг": ("PROTEST", "demonstrate"), "демонстрация": ("PROTEST", "demonstrate"),
    "шествие": ("PROTEST", "demonstrate"), "марш": ("PROTEST", "demonstrate"), "пикет": ("PROTEST", "demonstrate"),
    "забастовка": ("PROTEST", "strike"), "бастовать": ("PROTEST", "strike"), "стачка": ("PROTEST", "strike"),
    "беспорядки": ("PROTEST", "riot"), "столкновение": ("PROTEST", "riot"), "бойкот": ("PROTEST", "boycott"),
    "задержать": ("COERCE", "arrest"), "задержание": ("COERCE", "arrest"), "арестовать": ("COERCE", "arrest"),
    "арест": ("COERCE", "arrest"), "разгон": ("COERCE", "repress"), "запретить": ("COERCE", "restrict"),
    "избить": ("ASSAULT", "beat"), "пытка": ("ASSAULT", "torture"), "убить": ("ASSAULT", "kill"),
    "стрелять": ("ASSAULT", "shoot"), "ранить": ("ASSAULT", "beat"),
    "визит": ("CONSULT", "visit"), "посетить": ("CONSULT", "visit"), "встреча": ("CONSULT", "meet"),
    "встретиться": ("CONSULT", "meet"), "переговоры": ("CONSULT", "meet"),
    "потребовать": ("REQUEST", None), "призвать": ("REQUEST", None),
    "пригрозить": ("THREATEN", None), "угрожать": ("THREATEN", None),
    "обвинить": ("ACCUSE", None), "осудить": ("ACCUSE", None),
    "отвергнуть": ("REJECT", None), "отказаться": ("REJECT", None),
    "санкция": ("SANCTION", None), "мобилизация": ("MOBILIZE", None), "учения": ("MOBILIZE", "military drill"),
    "отставка": ("CONCEDE", "resign"), "уйти в отставку": ("CONCEDE", "resign"), "освободить": ("CONCEDE", "release"),
    "атака": ("ASSAULT", "attack"), "нападение": ("ASSAULT", "attack"), "напасть": ("ASSAULT", "attack"),
    "взрыв": ("ASSAULT", "explosive"), "теракт": ("ASSAULT", "explosive"), "обстрел": ("ASSAULT", "artillery"),
    "авиаудар": ("ASSAULT", "aerial"), "убийство": ("ASSAULT", "kill"), "похитить": ("ASSAULT", "abduct"),
    "перемирие": ("AGREE", "ceasefire"), "митинговать": ("PROTEST", "demonstrate"),
    "акция протеста": ("PROTEST", "demonstrate"), "задерживать": ("COERCE", "arrest"),
    "выборы": ("ELECTION", None), "референдум": ("ELECTION", "referendum"), "заявление": ("STATEMENT", None),
}
NEEDS_OBJECT: dict[str, frozenset[str]] = {}
HYPOTHETICAL = frozenset({"мочь", "бы", "угрожать", "планировать", "собираться", "хотеть", "намереваться",
                          "намерение", "намерен"})
