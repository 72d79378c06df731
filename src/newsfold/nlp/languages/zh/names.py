"""Names in Chinese paragraphs with no model: Chinese has no capitals and no spaces, so only names a word beside
them types are found: a person after a title or before a speech verb, a foreign name with its middle dot, an
organisation by its last word, a place CLDR names or one ending in a place word after "在" (in).

The text is cut as ``words.py`` cuts it: a name is made of the characters that are no word of the pack. A person is
a common surname and one or two such characters after a title ("主席王明") or opening a clause before a speech
verb ("王明说"), or two runs of such characters around a middle dot ("唐纳德·特朗普"). An organisation is one to
eight such characters before its last word ("全国码头工人工会", "外交部"). A place is a country or region CLDR
names in Chinese ("埃及"), a run ending in 市, 省, 县, 州, 港 ... ("塞伦港"), or after "在", "于" ... a run whose
pinyin the place index knows ("北京"). Names with none of these beside them are missed.
"""

from __future__ import annotations

from functools import cache

from .words import HAN, SMALL_WORDS, Segmenter

__all__ = ["chinese_entities", "TITLES", "ORG_ENDINGS", "SURNAMES"]

TITLES = frozenset("""总统 總統 主席 总理 總理 首相 部长 部長 发言人 發言人 市长 市長 州长 州長 局长 局長 秘书长
    秘書長 书记 書記 领导人 領導人 负责人 負責人 教授 议员 議員 大使 法官 将军 將軍 律师 律師 记者 記者 主任 总裁
    總裁 董事长 董事長 会长 會長 理事长 理事長 省长 省長 外长 外長 总书记 總書記 司令 队长 隊長 委员 委員""".split())
ORG_ENDINGS = frozenset("""公司 协会 協會 工会 工會 委员会 委員會 联合会 聯合會 政府 大学 大學 银行 銀行 集团
    集團 组织 組織 联盟 聯盟 法院 议会 議會 基金会 基金會 党 黨 部 警察局 通讯社 通訊社 电视台 電視台 学院 學院
    医院 醫院""".split())
# The commonest surnames (simplified and traditional), a few of two characters.
SURNAMES = frozenset("""王 李 张 張 刘 劉 陈 陳 杨 楊 黄 黃 赵 趙 吴 吳 周 徐 孙 孫 马 馬 朱 胡 郭 何 林 高 罗 羅 郑 鄭
    梁 谢 謝 宋 唐 许 許 韩 韓 冯 馮 邓 鄧 曹 彭 曾 肖 蕭 田 董 袁 潘 于 蒋 蔣 蔡 余 杜 叶 葉 程 苏 蘇 魏 吕 呂 丁 任 沈
    姚 卢 盧 姜 崔 钟 鍾 谭 譚 陆 陸 汪 范 金 石 廖 贾 賈 夏 韦 韋 付 方 白 邹 鄒 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 龍
    史 陶 黎 贺 賀 顾 顧 毛 郝 龚 龔 邵 万 萬 钱 錢 严 嚴 覃 武 戴 莫 孔 向 汤 湯 习 習 温 溫 欧阳 歐陽 司马 司馬 诸葛
    諸葛 上官 东方 東方""".split())
# The last character of a town's or a port's name ("塞伦港", "广州市"), and words after which a place comes.
_PLACE_ENDINGS = frozenset("市省县縣州港镇鎮村岛島区區")
_LOCATIVE = frozenset("在 于 於 到 从 從 抵达 抵達 前往".split())
_DOTS = frozenset("·•‧・")
_MOST_GIVEN = 2
_MOST_ORG = 8
_MOST_PLACE = 5


@cache
def _segmenter() -> Segmenter:
    from .clauses import LEXICAL
    from .events import HYPOTHETICAL, TRIGGERS
    from .sense import CONTENTION_WORDS, TOPIC_WORDS
    from .speech import QUOTE_CUES, SPEECH_VERBS, STANCE_VERBS

    small = (LEXICAL.negation | LEXICAL.future | LEXICAL.conditional | LEXICAL.asking | LEXICAL.according_to
             | LEXICAL.purpose)
    topics = {w for words in TOPIC_WORDS.values() for w in words}
    return Segmenter(set(TRIGGERS) | SPEECH_VERBS | STANCE_VERBS | QUOTE_CUES | HYPOTHETICAL | small | topics
                     | CONTENTION_WORDS | SMALL_WORDS | TITLES | ORG_ENDINGS | _LOCATIVE)


def segmenter() -> Segmenter:
    """The pack's word cutter (its vocabulary is every word list of the pack)."""
    return _segmenter()


def _free(text: str, span: tuple[int, int]) -> bool:
    """A one-character word that is no word of the pack: a character a name may be made of."""
    word = text[span[0]:span[1]]
    return len(word) == 1 and bool(HAN.match(word)) and word not in _segmenter().vocabulary


def _person_at(text: str, words: list[tuple[int, int]], i: int) -> tuple[int, int] | None:
    """(start, end) of a surname and its given name opening at word ``i``: one or two free characters after it."""
    if i >= len(words) or text[words[i][0]:words[i][1]] not in SURNAMES and not (
            _free(text, words[i]) and i + 1 < len(words) and
            text[words[i][0]:words[i + 1][1]] in SURNAMES):
        return None
    k = i + 1 if text[words[i][0]:words[i][1]] in SURNAMES else i + 2
    given = 0
    while k < len(words) and given < _MOST_GIVEN and _free(text, words[k]) and words[k][0] == words[k - 1][1]:
        k, given = k + 1, given + 1
    return (words[i][0], words[k - 1][1]) if given else None


def _persons(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    out = []
    speech = _speech()
    for i, (start, end) in enumerate(words):
        word = text[start:end]
        found = None
        if word in TITLES and i + 1 < len(words) and words[i + 1][0] == end:
            found = _person_at(text, words, i + 1)
        elif i == 0 or words[i - 1][1] < start:  # a clause's start: "，王明说"
            found = _person_at(text, words, i)
            after = next((w for w in words if w[0] == (found or (0, -1))[1]), None)
            found = found if after and text[after[0]:after[1]] in speech else None
        if found:
            out.append((found[0], found[1], "PERSON"))
    return _dotted(text, words) + out  # a foreign name whole, before a surname in its first part ("唐纳德")


@cache
def _speech() -> frozenset[str]:
    from .speech import QUOTE_CUES, SPEECH_VERBS

    return SPEECH_VERBS | QUOTE_CUES


def _dotted(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Foreign names written with a middle dot: the free characters on both sides of it ("唐纳德·特朗普")."""
    out: list[tuple[int, int, str]] = []
    for pos, ch in enumerate(text):
        if ch not in _DOTS or out and out[-1][1] > pos:
            continue
        start, end = pos, pos + 1
        while start > 0 and any(w == (start - 1, start) and _free(text, w) for w in words):
            start -= 1
        while True:
            while end < len(text) and any(w == (end, end + 1) and _free(text, w) for w in words):
                end += 1
            if end < len(text) and text[end] in _DOTS:
                end += 1
                continue
            break
        if start < pos and end > pos + 1:
            out.append((start, end, "PERSON"))
    return out


def _run_before(text: str, words: list[tuple[int, int]], i: int, most: int) -> int:
    """The start of the run of free characters right before word ``i`` (at most ``most`` of them)."""
    k = i
    while k > 0 and i - k < most and _free(text, words[k - 1]) and words[k - 1][1] == words[k][0]:
        k -= 1
    return k


def _organisations(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    out = []
    for i, (start, end) in enumerate(words):
        if text[start:end] in ORG_ENDINGS:
            k = _run_before(text, words, i, _MOST_ORG)
            if i - k >= 2:  # "外交部", not a bare "部"
                out.append((words[k][0], end, "ORG"))
    return out


@cache
def _territories() -> tuple[str, ...]:
    """Country and region names CLDR gives in Chinese (simplified and traditional), longest first."""
    from babel import Locale

    names = {n for code in ("zh", "zh_Hant") for n in Locale.parse(code).territories.values() if len(n) >= 2}
    return tuple(sorted(names, key=len, reverse=True))


def _places(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    out = []
    for name in _territories():
        at = text.find(name)
        while at >= 0:
            out.append((at, at + len(name), "GPE"))
            at = text.find(name, at + len(name))
    for i, (start, end) in enumerate(words):
        if text[start:end] in _PLACE_ENDINGS and _free(text, (start, end)):
            k = _run_before(text, words, i, _MOST_PLACE - 1)
            if i - k >= 1:
                out.append((words[k][0], end, "GPE"))
        elif text[start:end] in _LOCATIVE and (found := _known_after(text, words, i + 1)):
            out.append((*found, "GPE"))
    return out


def _known_after(text: str, words: list[tuple[int, int]], i: int) -> tuple[int, int] | None:
    """The longest run of two to five free characters opening at word ``i`` that the place index knows by its
    pinyin ("北京" is "Beijing")."""
    from ....resolve.places import load_gazetteer

    k = i
    while k < len(words) and k - i < _MOST_PLACE and _free(text, words[k]) and (k == i or
                                                                               words[k][0] == words[k - 1][1]):
        k += 1
    for last in range(k, i + 1, -1):
        span = (words[i][0], words[last - 1][1])
        if load_gazetteer().lookup(text[span[0]:span[1]]) is not None:
            return span
    return None


def chinese_entities(text: str) -> list[tuple[int, int, str, str]]:
    """Names in one paragraph as (start, end, normal form, label): offsets into ``text``, the normal form as
    written; where two overlap, the place, then the organisation, then the person."""
    words = _segmenter()(text)
    out: list[tuple[int, int, str, str]] = []
    for start, end, label in _places(text, words) + _organisations(text, words) + _persons(text, words):
        if not any(start < e and s < end for s, e, _, _ in out):
            out.append((start, end, text[start:end], label))
    return sorted(out)
