"""Chinese event triggers (simplified and traditional forms), matched as character sequences (the text has no
spaces: ``words.py`` cuts it at the pack's words), with their PLOVER type and mode in the vocabulary of
``en/events.py``, and the words that make an event hypothetical. General news vocabulary."""

from __future__ import annotations


def _all(words: str, plover: tuple[str, str | None]) -> dict[str, tuple[str, str | None]]:
    return {word: plover for word in words.split()}


TRIGGERS: dict[str, tuple[str, str | None]] = {
    **_all("示威 游行 遊行 抗议 抗議 集会 集會 静坐 靜坐", ("PROTEST", "demonstrate")),
    **_all("示威者 抗议者 抗議者 示威游行 示威遊行", ("PROTEST", "demonstrate")),
    **_all("罢工 罷工 罢工者 罷工者", ("PROTEST", "strike")),
    **_all("骚乱 騷亂 暴乱 暴亂 冲突 衝突 打砸", ("PROTEST", "riot")),
    **_all("抵制", ("PROTEST", "boycott")),
    **_all("逮捕 拘留 拘捕 被捕 羁押 羈押 扣押 抓捕 刑拘", ("COERCE", "arrest")),
    **_all("镇压 鎮壓 驱散 驅散", ("COERCE", "repress")),
    **_all("封锁 封鎖 取缔 取締", ("COERCE", "restrict")),
    **_all("殴打 毆打", ("ASSAULT", "beat")),
    **_all("酷刑", ("ASSAULT", "torture")),
    **_all("杀害 殺害 打死 击毙 擊斃 屠杀 屠殺 杀死 殺死 谋杀 謀殺 刺杀 刺殺", ("ASSAULT", "kill")),
    **_all("开枪 開槍 枪击 槍擊", ("ASSAULT", "shoot")),
    **_all("袭击 襲擊 攻击 攻擊", ("ASSAULT", "attack")),
    **_all("爆炸 炸弹袭击 炸彈襲擊", ("ASSAULT", "explosive")),
    **_all("炮击 炮擊", ("ASSAULT", "artillery")),
    **_all("空袭 空襲", ("ASSAULT", "aerial")),
    **_all("绑架 綁架", ("ASSAULT", "abduct")),
    **_all("强奸 強姦", ("ASSAULT", "sexual")),
    **_all("抢劫 搶劫 纵火 縱火", ("ASSAULT", "property")),
    **_all("交战 交戰 激战 激戰 战斗 戰鬥", ("FIGHT", None)),
    **_all("停火", ("AGREE", "ceasefire")),
    **_all("和平协议 和平協議", ("AGREE", "peace")),
    **_all("访问 訪問", ("CONSULT", "visit")),
    **_all("会晤 會晤 会谈 會談 峰会 峰會 会见 會見", ("CONSULT", "meet")),
    **_all("要求", ("REQUEST", None)),
    **_all("威胁 威脅", ("THREATEN", None)),
    **_all("指责 指責 谴责 譴責 指控", ("ACCUSE", None)),
    **_all("拒绝 拒絕", ("REJECT", None)),
    **_all("制裁", ("SANCTION", None)),
    **_all("军事演习 軍事演習 军演 軍演", ("MOBILIZE", "military drill")),
    **_all("辞职 辭職 下台", ("CONCEDE", "resign")),
    **_all("释放 釋放 获释 獲釋", ("CONCEDE", "release")),
    **_all("选举 選舉 大选 大選", ("ELECTION", None)),
    **_all("公投 全民公决 全民公決", ("ELECTION", "referendum")),
}
NEEDS_OBJECT: dict[str, frozenset[str]] = {}
# Words that make an event hypothetical rather than reported ("可能举行罢工", "计划游行").
HYPOTHETICAL = frozenset("""可能 或将 或將 也许 也許 或许 或許 计划 計劃 打算 准备 準備 拟 擬 考虑 考慮 想要 希望 威胁要
    威脅要""".split())
