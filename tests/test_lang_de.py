"""The German pack: sentences, names, quotes and events read by their words in paragraphs no parser reads. Every
sentence here was written for these tests."""

from __future__ import annotations

from lexical_checks import event, quote, set_aside, written
from newsfold.nlp.languages import pack_for


def test_german_capitals_give_names_only_where_they_can_be_names():
    text = "Die Polizei in Bremen sprach am Montag mit Thomas Becker über das Tor."
    found = {text[s:e]: label for s, e, _, label in pack_for("de").entities(text)}
    assert found == {"Bremen": "GPE", "Thomas Becker": "PERSON"}
    assert "organisations" in pack_for("de").not_analysed


def test_a_strike_with_its_place_and_an_arrest_written_around_its_object(read_text):
    analysis, text = read_text("de", "Hunderte Beschäftigte streikten am Montag in Bremen für höhere Löhne. "
                                     "Die Polizei nahm Thomas Becker vor dem Rathaus fest.")
    strike = event(analysis, text, "PROTEST", "strike")
    assert strike.trigger == "streikten" and written(text, strike.place_mentions) == ["Bremen"]
    arrest = event(analysis, text, "COERCE", "arrest")
    assert arrest.trigger == "nahm … fest" and written(text, arrest.target_mentions) == ["Thomas Becker"]


def test_a_quote_takes_the_name_after_its_speech_verb(read_text):
    analysis, text = read_text("de", "„Wir geben nicht auf“, sagte Thomas Becker.")
    said = quote(analysis)
    assert (said.text, said.cue, said.speaker_name) == ("Wir geben nicht auf", "sagte", "Thomas Becker")


def test_sport_and_a_hypothetical_give_no_event(read_text):
    analysis, _ = read_text("de", "Der Angriff der Mannschaft brachte im Spiel ein Tor. "
                                  "Die Pfleger könnten nächste Woche streiken.")
    assert not analysis.events
    assert set_aside(analysis, "Angriff") == "a sentence about sport that speaks of no contention"
    assert set_aside(analysis, "streiken") == "hypothetical (könnten)"


def test_a_slavic_surname_in_german_spelling_is_a_person():
    text = "Gewerkschaftschef Michail Dorofejew sprach mit Anna Iwanowa. Dorofejew blieb in Bremen."
    found = {text[s:e]: label for s, e, _, label in pack_for("de").entities(text)}
    assert found == {"Michail Dorofejew": "PERSON", "Anna Iwanowa": "PERSON", "Dorofejew": "PERSON",
                     "Bremen": "GPE"}
