"""Arabic small words for sentences with no parse: negation (with a joined "and": "ولم"), the future (the word
"سوف"; the prefix سـ is read on the verb, see ``FUTURE_PREFIXES``), conditions ("إن" is left out: after a speech
verb it opens what was said), asking, purpose, what opens reported speech ("قال إن ...") and attributes it
("وفقا لـ", "بحسب")."""

from __future__ import annotations

from ..lexical import LexicalWords
from .words import both

LEXICAL = LexicalWords(
    lemma_code="ar",
    negation=both("لا لم لن ليس ليست غير دون بدون عدم ولم ولن ولا وليس فلم".split()),
    future=both(["سوف", "وسوف"]),
    conditional=both("إذا وإذا لو ولو".split()),
    asking=both("دعا دعت دعوا يدعو تدعو دعوة ناشد ناشدت حث حثت".split()),
    complementizers=both("إن أن بأن وأن".split()),
    according_to=both(["وفقا", "وفقًا", "حسب", "بحسب", "طبقا", "نقلا عن"]),
    purpose=both("لكي كي بهدف لأجل".split()),
    complementizer_reach=6,  # the subject stands between: "وقال وزير الداخلية محمد علي إن ..."
    future_prefixes=("سي", "ست", "سن", "سأ", "وسي", "وست", "وسن", "فسي", "فست"),
)
