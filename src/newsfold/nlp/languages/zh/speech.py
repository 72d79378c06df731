"""Chinese speech verbs (simplified and traditional forms): reporting ("表示，..."), stance on an object, and the
verbs around a direct quote ("王明说：“...”", "“...”，他说")."""

from __future__ import annotations

SPEECH_VERBS = frozenset("""说 說 表示 称 稱 指出 强调 強調 宣布 声称 聲稱 告诉 告訴 透露 介绍 介紹 回应 回應 承认 承認
    警告 宣称 宣稱 说道 說道 写道 寫道""".split())
STANCE_VERBS = frozenset("""指责 指責 谴责 譴責 支持 反对 反對 否认 否認 批评 批評""".split())
QUOTE_CUES = frozenset("""说 說 表示 称 稱 指出 强调 強調 高呼 喊道 说道 說道 写道 寫道 问道 問道 回应 回應 告诉
    告訴""".split())
