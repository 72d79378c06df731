"""Chinese small words for sentences with no parse: negation, the future (words, not "将" alone, which as often
takes an object before its verb: "警方将他逮捕"), conditions, asking, purpose, and what attributes reported
speech ("据X报道"). Reported speech after a verb has no complementizer ("他表示，..."): only "据" is read."""

from __future__ import annotations

from ..lexical import LexicalWords

LEXICAL = LexicalWords(
    lemma_code="zh",
    negation=frozenset("不 没 沒 没有 沒有 未 并未 並未 尚未 从未 從未 未能 无 無 并没有 並沒有 不会 不會".split()),
    future=frozenset("将于 將於 将在 將在 将要 將要 将会 將會 即将 即將 将举行 將舉行 将进行 將進行 会 會".split()),
    conditional=frozenset("如果 若 假如 一旦 倘若 要是".split()),
    asking=frozenset("呼吁 呼籲 号召 號召 敦促".split()),
    complementizers=frozenset(),
    according_to=frozenset("据 據 根据 根據".split()),
    purpose=frozenset("为了 為了 以便".split()),
)
