"""The Russian pack (nlp/languages/ru): its words, and names in a Russian paragraph coming out through it.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from newsfold.events.doc_clusters import text_features
from newsfold.models import Article
from newsfold.nlp import analyse
from newsfold.nlp.languages import month_stems, pack_for, paragraph_pack
from newsfold.nlp.parse import load_model, parse_articles

RU = pack_for("ru")
STRIKE = ("Во вторник, 10 февраля, докеры северной гавани объявили забастовку. «Мы не вернёмся, пока нам не "
          "заплатят», — заявила Ольга Петрова, представитель профсоюза, журналистам в Калининграде.")


def test_months_weekdays_and_number_words():
    assert RU.months[1] == "февраля" and len(RU.months) == 12  # as a date writes them: "10 февраля"
    assert RU.month_stems["феврал"] == 2 and RU.month_abbreviations["сент"] == 9
    assert RU.weekdays[1] == "вторник" and len(RU.weekdays) == 7
    assert RU.number_words["двенадцать"] == 12 and RU.number_words["две"] == 2


def test_marks_speech_verbs_and_triggers():
    assert ("«", "»") in RU.quote_marks
    assert "заявить" in RU.speech_verbs and "заявить" in RU.quote_cues and "обвинить" in RU.stance_verbs
    assert RU.triggers["забастовка"] == ("PROTEST", "strike") and RU.triggers["задержать"] == ("COERCE", "arrest")


def test_a_cyrillic_paragraph_is_the_russian_packs_in_any_article():
    assert paragraph_pack("ru", STRIKE) is RU and paragraph_pack("en", STRIKE) is RU
    assert paragraph_pack("ru", "Dockers at the north harbour went on strike.") is not RU


def test_a_date_in_russian_meets_the_same_date_in_english():
    assert month_stems()["феврал"] == 2
    russian, english = text_features(STRIKE), text_features("The dockers went on strike on February 10.")
    assert "D:february 10" in russian and "D:february 10" in english


def test_names_come_out_through_the_russian_pack(settings):
    found = {(STRIKE[s:e], name, label) for s, e, name, label in RU.entities(STRIKE)}
    assert ("Ольга Петрова", "Ольга Петрова", "PERSON") in found
    assert ("Калининграде", "Калининград", "GPE") in found  # in its normal form, as names are matched
    article = Article(id="dock-ru", path="dock-ru", text=STRIKE, published="2026-02-12", language="ru")
    analysis = analyse(next(parse_articles([article], load_model(settings.nlp.model))))
    assert {(m.text, m.label, m.stage) for m in analysis.mentions} == {
        ("Ольга Петрова", "PERSON", "cyrillic"), ("Калининград", "GPE", "cyrillic")}
    assert analysis.not_analysed == {"ru": ["parse"]}  # no parse of Russian: the record says so
    assert "dates" in RU.not_analysed and "entities" not in RU.not_analysed
