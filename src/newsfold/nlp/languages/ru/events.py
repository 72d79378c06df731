"""Russian event triggers (lemmas) with their PLOVER type and mode, for a parser of Russian paragraphs; natasha gives
names only, so no stage reads them yet. General news vocabulary; nothing here names a place, person or outlet."""

from __future__ import annotations

TRIGGERS: dict[str, tuple[str, str | None]] = {
    "протест": ("PROTEST", "demonstrate"), "протестовать": ("PROTEST", "demonstrate"),
    "митинг": ("PROTEST", "demonstrate"), "демонстрация": ("PROTEST", "demonstrate"),
    "шествие": ("PROTEST", "demonstrate"), "марш": ("PROTEST", "demonstrate"), "пикет": ("PROTEST", "demonstrate"),
    "акция": ("PROTEST", "demonstrate"),
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
    "выборы": ("ELECTION", None), "референдум": ("ELECTION", "referendum"), "заявление": ("STATEMENT", None),
}
NEEDS_OBJECT: dict[str, frozenset[str]] = {}
HYPOTHETICAL = frozenset({"мочь", "бы", "угрожать", "планировать", "собираться", "хотеть", "намереваться"})
