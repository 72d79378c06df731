"""Arabic speech verbs as news writes them (no lemmatiser: the past and present forms of each person that reports
use, compared in one spelling after their clitics: "وقال" is "قال"), stance verbs, and the cues of a direct
quote ("«...»، قال X", "وقالت X: «...»")."""

from __future__ import annotations

SPEECH_VERBS = frozenset("""
    قال قالت قالوا يقول تقول قائلا قائلة أكد أكدت أكدوا يؤكد مؤكدا صرح صرحت يصرح أعلن أعلنت أعلنوا يعلن
    أضاف أضافت مضيفا أوضح أوضحت ذكر ذكرت أشار أشارت مشيرا اعتبر اعتبرت شدد شددت كشف كشفت نفى نفت زعم زعمت
    كتب كتبت أفاد أفادت أبلغ أبلغت""".split())
STANCE_VERBS = frozenset("""اتهم اتهمت أدان أدانت ندد نددت استنكر استنكرت أيد أيدت دعم دعمت رفض رفضت""".split())
QUOTE_CUES = frozenset("""
    قال قالت قالوا يقول تقول قائلا قائلة أكد أكدت صرح صرحت أضاف أضافت مضيفا أوضح أوضحت كتب كتبت هتف هتفوا
    صاح صاحت""".split())
