"""The Chinese pack: words cut at the pack's own, names by the words beside them, quotes and events read as
character sequences, dates (年月日, 周三) and figures (digits with 万, Han numerals, 数千), through the nlp stage
as ``newsfold run`` runs it. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lexical_checks import event, quote, set_aside, written
from newsfold.nlp.languages import pack_for, paragraph_pack
from newsfold.nlp.lexical_dates import normalise_lexical
from newsfold.nlp.lexicon import han_number

MARCH = ("周三，数千名码头工人在塞伦港举行示威游行，抗议出售集装箱码头。警方周三逮捕了至少140人。\n\n"
         "全国码头工人工会主席王明说：“我们绝不会放弃我们的要求。”\n\n"
         "据码头工人工会称，共有1.2万人参加了游行。公交司机没有罢工。")


def test_the_pack_reads_chinese_but_not_japanese_paragraphs():
    pack = pack_for("zh")
    assert pack.code == "zh" and paragraph_pack("en", "数千名码头工人举行示威游行。") is pack
    assert paragraph_pack("ja", "数千人の港湾労働者がデモ行進した。") is not pack
    assert set(pack.not_analysed) == {"parse"}


def test_a_march_its_arrest_with_date_and_count_and_a_negated_strike(read_text):
    analysis, text = read_text("zh", MARCH, published="2025-03-05")
    march = next(e for e in analysis.events if e.trigger == "示威游行")
    assert (march.type, march.date) == ("PROTEST", "2025-03-05") and written(text, march.place_mentions) == ["塞伦港"]
    [crowd] = [f for f in analysis.figures if f.id in march.figures]
    assert (crowd.low, crowd.high, crowd.category) == (2000, 9999, "participants")
    arrest = event(analysis, text, "COERCE", "arrest")
    assert arrest.trigger == "逮捕" and arrest.date == "2025-03-05"
    [count] = [f for f in analysis.figures if f.id in arrest.figures]
    assert (count.low, count.high, count.qualifier) == (140, None, "至少")
    assert set_aside(analysis, "罢工") == "negated (没有)"


def test_a_quote_takes_the_name_before_its_speech_verb_and_figures_their_claimant(read_text):
    analysis, text = read_text("zh", MARCH, published="2025-03-05")
    said = quote(analysis)
    assert (said.cue, said.speaker_name) == ("说", "王明") and said.text.startswith("我们绝不会放弃")
    assert ("全国码头工人工会", "ORG") in {(m.text, m.label) for m in analysis.mentions}
    [total] = [f for f in analysis.figures if f.value == 12000]
    assert total.claimed_by_name == "码头工人工会" and text[total.start:total.end] == "1.2万"
    assert [text[s.start:s.end] for s in analysis.sentences][3] == "据码头工人工会称，共有1.2万人参加了游行。"


def test_names_by_the_words_beside_them(read_text):
    analysis, _ = read_text("zh", "美国总统唐纳德·特朗普表示，外交部发言人李华在北京会见了埃及大使。")
    names = {(m.text, m.label) for m in analysis.mentions}
    assert {("唐纳德·特朗普", "PERSON"), ("外交部", "ORG"), ("李华", "PERSON"), ("北京", "GPE"), ("埃及", "GPE"),
            ("美国", "GPE")} <= names


def test_a_planned_march_is_hypothetical_and_next_wednesday_looks_ahead(read_text):
    analysis, _ = read_text("zh", "教师工会计划下周三举行游行。", published="2025-03-05")
    assert set_aside(analysis, "游行") == "hypothetical (计划)" and not analysis.events
    assert [(d.text, d.value) for d in analysis.dates] == [("下周三", "2025-03-12")]


@pytest.mark.parametrize(("text", "value"), [("2025年3月5日", "2025-03-05"), ("3月5日", "2025-03-05"),
                                             ("星期三", "2025-03-05"), ("上周三", "2025-02-26"),
                                             ("下周五", "2025-03-14"), ("上周一", "2025-02-24"),
                                             ("昨天", "2025-03-04"), ("2025年3月", "2025-03")])
def test_dates_against_the_article_date(text, value):
    assert normalise_lexical(text, "zh", date(2025, 3, 5))[0] == value


_DIGITS = "零一二三四五六七八九"


def _han(n: int) -> str:
    """A number in Han characters as a writer would give it ("一万二千", "三百零五")."""
    out, zero = "", False
    for scale, name in ((10 ** 8, "亿"), (10 ** 4, "万"), (1, "")):
        part, n = divmod(n, scale)
        if not part:
            zero = zero or bool(out)
            continue
        out += ("零" if zero or out and part < 1000 else "") + _section(part) + name
        zero = False
    return out


def _section(n: int) -> str:
    out, gap = "", False
    for size, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, size)
        if digit:
            out += ("零" if gap and out else "") + _DIGITS[digit] + name
            gap = False
        else:
            gap = True
    return out


@given(st.integers(min_value=1, max_value=10 ** 9))
def test_han_numerals_read_back_the_number_they_write(n):
    assert han_number(_han(n)) == n


def test_a_strike_called_for_next_week_is_in_the_future(read_text):
    analysis, _ = read_text("zh", "工会呼吁下周一举行大罢工。", published="2025-03-05")
    assert set_aside(analysis, "罢工") == "future (下周一)" and not analysis.events
