"""Chinese topic words: a page mostly about sport, markets or culture gives no contentious event from a sentence
that speaks of no contention ("球队的进攻"); and the words of contention that do."""

from __future__ import annotations

TOPIC_WORDS: dict[str, frozenset[str]] = {
    "sport": frozenset("""比赛 比賽 球队 球隊 进球 進球 球员 球員 教练 教練 冠军 冠軍 联赛 聯賽 球场 球場 足球 篮球
        籃球 决赛 決賽 赛季 賽季 俱乐部 俱樂部 奥运 奧運 奖牌 獎牌 裁判""".split()),
    "markets": frozenset("""股市 股票 股价 股價 指数 指數 投资者 投資者 汇率 匯率 债券 債券 利率 涨幅 漲幅
        跌幅""".split()),
    "culture": frozenset("""电影 電影 导演 導演 演员 演員 音乐会 音樂會 专辑 專輯 歌曲 歌手 电影节 電影節 小说 小說
        作家 展览 展覽 博物馆 博物館 剧院 劇院""".split()),
}
CONTENTION_WORDS = frozenset("""警方 警察 示威者 抗议者 抗議者 抗议 抗議 罢工 罷工 反对派 反對派 逮捕 活动人士
    活動人士""".split())
