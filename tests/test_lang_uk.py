"""The Ukrainian pack: told apart from Russian by its letters and the article's label; sentences, names, quotes and
events read by their words. Every sentence here was written for these tests."""

from __future__ import annotations

from lexical_checks import event, quote, set_aside, written
from newsfold.nlp.languages import pack_for, paragraph_pack


def test_ukrainian_and_russian_paragraphs_go_to_their_own_packs():
    ukrainian = "Поліція затримала активіста біля міської ради."
    russian = "Полиция задержала активиста у здания городского совета."
    assert paragraph_pack("en", ukrainian) is pack_for("uk") and paragraph_pack("en", russian) is pack_for("ru")
    assert paragraph_pack("uk", ukrainian) is pack_for("uk") and paragraph_pack("uk", russian) is pack_for("ru")
    assert paragraph_pack("ru", "Зустріч у Києві.") is pack_for("uk")  # only Ukrainian letters
    assert paragraph_pack("en", "Мітынг у Гомелі сабраў людзей і ўлада маўчала.") is pack_for("ru")  # Belarusian ў


def test_a_rally_an_arrest_and_a_quote(read_text):
    analysis, text = read_text("uk", "У неділю в Харкові відбувся мітинг проти підвищення тарифів. Поліція "
                                     "затримала Андрія Коваленка. «Ми будемо виходити щотижня», — заявив Андрій "
                                     "Коваленко.")
    rally = event(analysis, text, "PROTEST", "demonstrate")
    assert rally.trigger == "мітинг" and written(text, rally.place_mentions) == ["Харкові"]
    arrest = event(analysis, text, "COERCE", "arrest")
    assert written(text, arrest.target_mentions) == ["Андрія Коваленка"]
    said = quote(analysis)
    assert (said.text, said.cue, said.speaker_name) == ("Ми будемо виходити щотижня", "заявив", "Андрій Коваленко")
    assert event(analysis, text, "STATEMENT", "quote").speaker_name == "Андрій Коваленко"


def test_sport_and_a_hypothetical_give_no_event(read_text):
    analysis, _ = read_text("uk", "Атака команди принесла гол у матчі. Робітники можуть почати страйк.")
    assert not analysis.events
    assert set_aside(analysis, "Атака") == "a sentence about sport that speaks of no contention"
    assert set_aside(analysis, "страйк") == "hypothetical (можуть)"


def test_a_future_tense_before_the_trigger_or_on_it_is_set_aside(read_text):
    analysis, _ = read_text("uk", "Пілоти братимуть участь у страйку в середу. Пілоти страйкуватимуть у четвер.")
    assert not analysis.events
    assert set_aside(analysis, "страйку") == "future (братимуть)"
    assert set_aside(analysis, "страйкуватимуть") == "future (страйкуватимуть)"
