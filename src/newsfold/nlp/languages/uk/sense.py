"""Ukrainian topic words (lemmas): a page mostly about sport, markets or culture gives no contentious event from a
sentence that speaks of no contention ("атака команди"); and the words of contention that do."""

from __future__ import annotations

TOPIC_WORDS: dict[str, frozenset[str]] = {
    "sport": frozenset("""матч команда гол бомбардир гравець тренер чемпіонат ліга кубок стадіон перемога
        поразка фінал півфінал турнір сезон клуб футбол баскетбол суддя нападник захисник воротар пенальті
        медаль олімпійський""".split()),
    "markets": frozenset("""біржа акція акціонер індекс ринок інвестор дивіденд курс облігація долар євро
        квартал прибуток""".split()),
    "culture": frozenset("""фільм кіно режисер актор актриса концерт альбом пісня співак фестиваль роман
        письменник виставка музей театр серіал""".split()),
}
CONTENTION_WORDS = frozenset("""протестувальник мітингувальник поліція силовик опозиція затримання протест
    страйк активіст демонстрант""".split())
