"""Russian topic words (lemmas): a page mostly about sport, markets or culture gives no contentious event from a
sentence that speaks of no contention ("атака команды"); and the words of contention that do."""

from __future__ import annotations

TOPIC_WORDS: dict[str, frozenset[str]] = {
    "sport": frozenset("""матч команда гол бомбардир игрок тренер чемпионат лига кубок стадион победа поражение
        финал полуфинал турнир сезон клуб футбол хоккей баскетбол судья нападающий защитник вратарь пенальти
        медаль олимпийский шайба""".split()),
    "markets": frozenset("""биржа акция акционер индекс рынок инвестор дивиденд курс облигация доллар евро рубль
        квартал прибыль""".split()),
    "culture": frozenset("""фильм кино режиссёр режиссер актёр актер актриса концерт альбом песня певец фестиваль
        роман писатель выставка музей театр сериал""".split()),
}
CONTENTION_WORDS = frozenset("""протестующий митингующий полиция омон силовик оппозиция задержание протест
    забастовка активист демонстрант""".split())
