"""Arabic event triggers as news writes them (nouns, and the verbs' past and present forms; a plural or a
feminine is found by its ending, a clitic taken off: "والمتظاهرين", "بالإضراب"), with their PLOVER type and mode
in the vocabulary of ``en/events.py``, and the words that make an event hypothetical. General news vocabulary."""

from __future__ import annotations

_DEMONSTRATE = ("PROTEST", "demonstrate")
_ARREST = ("COERCE", "arrest")
_KILL = ("ASSAULT", "kill")
_ATTACK = ("ASSAULT", "attack")


def _all(words: str, plover: tuple[str, str | None]) -> dict[str, tuple[str, str | None]]:
    return {word.replace("_", " "): plover for word in words.split()}


TRIGGERS: dict[str, tuple[str, str | None]] = {
    **_all("مظاهرة تظاهرة تظاهر تظاهروا يتظاهر متظاهر احتجاج احتج احتجوا يحتج محتج مسيرة اعتصام اعتصم معتصم "
           "وقفة_احتجاجية", _DEMONSTRATE),
    **_all("إضراب أضرب أضربوا مضرب", ("PROTEST", "strike")),
    **_all("شغب أعمال_شغب اشتباكات اشتباك اشتبك مواجهات", ("PROTEST", "riot")),
    **_all("اعتقال اعتقل اعتقلت اعتقلوا يعتقل تعتقل توقيف احتجاز احتجز احتجزت", _ARREST),
    **_all("القبض_على ألقت_القبض ألقى_القبض", _ARREST),
    **_all("قمع قمعت تفريق", ("COERCE", "repress")),
    **_all("حظر حظرت", ("COERCE", "restrict")),
    **_all("اعتداء اعتدى اعتدت", ("ASSAULT", "beat")),
    **_all("تعذيب عذب", ("ASSAULT", "torture")),
    **_all("قتل قتلت قتلوا مقتل اغتيال اغتال مجزرة مذبحة", _KILL),
    **_all("إطلاق_النار أطلق_النار أطلقت_النار", ("ASSAULT", "shoot")),
    **_all("هجوم هاجم هاجمت هاجموا", _ATTACK),
    **_all("تفجير انفجار", ("ASSAULT", "explosive")),
    **_all("قصف قصفت", ("ASSAULT", "artillery")),
    **_all("غارة_جوية غارات_جوية", ("ASSAULT", "aerial")),
    **_all("اختطاف اختطف خطف", ("ASSAULT", "abduct")),
    **_all("اغتصاب", ("ASSAULT", "sexual")),
    **_all("نهب أحرق إحراق", ("ASSAULT", "property")),
    **_all("قتال معركة معارك", ("FIGHT", None)),
    **_all("وقف_إطلاق_النار هدنة", ("AGREE", "ceasefire")),
    **_all("اتفاق_سلام اتفاقية_سلام", ("AGREE", "peace")),
    **_all("زيارة زار", ("CONSULT", "visit")),
    **_all("لقاء التقى اجتماع قمة محادثات", ("CONSULT", "meet")),
    **_all("طالب طالبت طالبوا", ("REQUEST", None)),
    **_all("هدد هددت تهديد", ("THREATEN", None)),
    **_all("اتهم اتهمت اتهام أدان أدانت ندد نددت", ("ACCUSE", None)),
    **_all("رفض رفضت", ("REJECT", None)),
    **_all("عقوبات", ("SANCTION", None)),
    **_all("مناورات_عسكرية", ("MOBILIZE", "military drill")),
    **_all("استقالة استقال استقالت", ("CONCEDE", "resign")),
    **_all("الإفراج_عن أفرج أفرجت إطلاق_سراح", ("CONCEDE", "release")),
    **_all("انتخابات", ("ELECTION", None)),
    **_all("استفتاء", ("ELECTION", "referendum")),
}
NEEDS_OBJECT: dict[str, frozenset[str]] = {}
# Words that make an event hypothetical rather than reported ("من المحتمل أن", "تعتزم النقابة الإضراب"); "قد" is
# left out: before a past verb it asserts ("قد اعتقلت"), only before a present one is it "may".
HYPOTHETICAL = frozenset("""ربما يمكن يمكنها يمكنهم محتمل المحتمل يحتمل يعتزم تعتزم يعتزمون يخطط تخطط يخططون
    ينوي تنوي يهدد تهدد يهددون""".split())
