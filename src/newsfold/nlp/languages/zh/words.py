"""How Chinese text, written without spaces, is cut into words with no segmenter: at the longest word of the
pack's (its triggers, speech verbs, small words, titles, ...) that starts at each character, every other Han
character a word of its own; Latin words and numbers as written.

This is enough to find the pack's words and to count how far a negation stands from its trigger; the words a
segmenter would make of the other characters are not made ("码头工人" is four one-character words here)."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["Segmenter", "SMALL_WORDS", "HAN"]

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+|[^\W\d_]+|\d+(?:[.,]\d+)*")
# Words of the language that are not the pack's findings but stop a name or end a word: particles, prepositions,
# pronouns, days, light verbs, classifiers, and words whose characters would otherwise start a name ("港口", "市场").
SMALL_WORDS = frozenset("""的 了 在 和 与 與 及 是 被 对 對 向 从 從 于 於 由 为 為 也 都 已 已经 已經 他 她 它 他们
    他們 她们 她們 我们 我們 你们 你們 这 這 那 这些 這些 其 并 並 但 而 后 後 之后 之後 以来 以來 中 今天 昨天 明天
    前天 今日 昨日 本周 上周 下周 周一 周二 周三 周四 周五 周六 周日 星期一 星期二 星期三 星期四 星期五 星期六
    星期日 星期天 上午 下午 晚上 当天 當天 发生 發生 举行 舉行 进行 進行 爆发 爆發 参加 參加 参与 參與 名 位 约 約
    至少 超过 超過 数千 數千 数百 數百 数万 數萬 上千 上百 上万 上萬 港口 市场 市場 城市 全部 内部 內部
    一些 一名 其中 当地 當地 地区 地區 街头 街頭 目前""".split())


class Segmenter:
    """Cuts a text at the longest word of ``vocabulary`` starting at each Han character (see the module)."""

    def __init__(self, vocabulary: Iterable[str]):
        self.vocabulary = frozenset(w for w in vocabulary if HAN.match(w))
        self.longest = max((len(w) for w in self.vocabulary), default=1)

    def __call__(self, text: str) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for run in _RUN.finditer(text):
            if not HAN.match(run.group()):
                out.append((run.start(), run.end()))
                continue
            i = run.start()
            while i < run.end():
                size = next((n for n in range(min(self.longest, run.end() - i), 1, -1)
                             if text[i:i + n] in self.vocabulary), 1)
                out.append((i, i + size))
                i += size
        return out

    def known(self, word: str) -> bool:
        return word in self.vocabulary
