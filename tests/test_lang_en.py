"""The English pack (nlp/languages/en): its words, and a sentence run through the stages that read them.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

from newsfold.models import Article
from newsfold.nlp import analyse
from newsfold.nlp.languages import pack_for, paragraph_pack
from newsfold.nlp.parse import load_model, parse_articles

EN = pack_for("en")
STRIKE = ('Dockers at the north harbour went on strike on Tuesday, 10 February. Police arrested twelve strikers near '
          'the gates. "We will not go back until we are paid," said Mara Olsen, a union steward.')


@pytest.fixture(scope="module")
def strike(settings):
    article = Article(id="dock", path="dock", text=STRIKE, published="2026-02-12", language="en")
    return analyse(next(parse_articles([article], load_model(settings.nlp.model))))


def test_months_weekdays_and_number_words():
    assert EN.months[7] == "august" and len(EN.months) == 12
    assert EN.month_abbreviations["sept"] == EN.month_abbreviations["sep"] == 9
    assert "may" not in EN.month_abbreviations  # "May" is never shortened
    assert EN.weekdays[0] == "monday" and EN.weekdays[6] == "sunday"
    assert EN.number_words["two"] == 2 and EN.number_words["a dozen"] == 12 and EN.number_words["ninety"] == 90


def test_marks_speech_verbs_and_triggers():
    assert ("“", "”") in EN.quote_marks
    assert "say" in EN.speech_verbs and "accuse" in EN.stance_verbs and "say" in EN.quote_cues
    assert EN.triggers["walk out"] == ("PROTEST", "strike") and EN.triggers["march"] == ("PROTEST", "demonstrate")
    assert "may" in EN.hypothetical and "call" in EN.needs_object["phone"]


def test_an_english_paragraph_is_the_english_packs():
    assert paragraph_pack("en", STRIKE) is EN and paragraph_pack(None, STRIKE) is EN
    assert EN.not_analysed == ()


def test_the_weekday_and_the_month_give_one_day(strike):
    days = {(d.text, d.value, d.weekday) for d in strike.dates}
    assert days == {("Tuesday", "2026-02-10", "tuesday"), ("10 February", "2026-02-10", None)}


def test_the_quote_and_its_speech_verb(strike):
    quote = next(q for q in strike.quotes if q.direct)
    assert quote.text == "We will not go back until we are paid," and quote.cue == "said"
    assert quote.speaker_name == "Mara Olsen"


def test_the_event_triggers(strike):
    kinds = {(e.trigger, e.type, e.mode) for e in strike.events}
    assert {("strike", "PROTEST", "strike"), ("arrested", "COERCE", "arrest")} <= kinds
    assert strike.not_analysed == {}


def test_a_number_word_gives_a_figure(strike):
    assert [(f.text, f.low, f.category) for f in strike.figures] == [("twelve", 12, "arrests")]
