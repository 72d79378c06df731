"""Arabic topic words (in one spelling, their clitics and plural endings read off): a page mostly about sport,
markets or culture gives no contentious event from a sentence that speaks of no contention ("هجوم الفريق"); and
the words of contention that do."""

from __future__ import annotations

TOPIC_WORDS: dict[str, frozenset[str]] = {
    "sport": frozenset("""مباراة فريق هدف لاعب مدرب بطولة دوري كأس ملعب نادي منتخب مهاجم حارس ركلة ميدالية
        أولمبياد سباق نهائي موسم""".split()),
    "markets": frozenset("""بورصة أسهم سهم مؤشر سوق مستثمر أرباح سندات عملة دولار فائدة تداول""".split()),
    "culture": frozenset("""فيلم سينما مخرج حفل ألبوم أغنية مغني مهرجان رواية كاتب معرض متحف مسرح مسلسل""".split()),
}
CONTENTION_WORDS = frozenset("""شرطة متظاهر احتجاج إضراب معارضة اعتقال ناشط قوات أمن""".split())
