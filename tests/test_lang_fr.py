"""The French pack: sentences, names, quotes and events read by their words in paragraphs no parser reads. Every
sentence here was written for these tests."""

from __future__ import annotations

from lexical_checks import event, quote, set_aside, written
from newsfold.nlp.languages import pack_for, paragraph_pack


def test_the_pack_reads_french_paragraphs_and_says_what_it_does_not_analyse():
    pack = pack_for("fr")
    assert pack.code == "fr" and paragraph_pack("fr", "Les dockers sont en grève.") is pack
    assert set(pack.not_analysed) == {"parse", "dates", "figures"}
    assert pack.triggers["grève"] == ("PROTEST", "strike") and "déclarer" in pack.quote_cues


def test_a_march_with_its_place_and_an_arrest_are_two_events_in_their_sentences(read_text):
    analysis, text = read_text("fr", "Des centaines d'enseignants ont défilé samedi à Lyon contre la réforme. "
                                     "La police a interpellé Paul Martin devant la préfecture.")
    first = text.index(". ") + 1
    assert [(s.start, s.end) for s in analysis.sentences] == [(0, first), (first + 1, len(text))]
    march = event(analysis, text, "PROTEST", "demonstrate")
    assert march.trigger == "défilé" and written(text, march.place_mentions) == ["Lyon"]
    arrest = event(analysis, text, "COERCE", "arrest")
    assert arrest.trigger == "interpellé" and written(text, arrest.target_mentions) == ["Paul Martin"]
    assert arrest.acled == "ARREST" and not arrest.actor_mentions


def test_a_quote_takes_the_name_beside_its_speech_verb(read_text):
    analysis, text = read_text("fr", "« Nous ne céderons rien sur les salaires », a déclaré Claire Moreau, "
                                     "porte-parole du syndicat.")
    said = quote(analysis)
    assert (said.text, said.cue, said.speaker_name) == ("Nous ne céderons rien sur les salaires", "déclaré",
                                                        "Claire Moreau")
    assert text[said.speaker_start:said.speaker_end] == "Claire Moreau"
    statement = event(analysis, text, "STATEMENT", "quote")
    assert statement.speaker_name == "Claire Moreau"


def test_a_quote_with_no_name_beside_its_verb_has_an_unknown_speaker(read_text):
    analysis, _ = read_text("fr", "« Nous reviendrons demain matin », a lancé le ministre.")
    said = quote(analysis)
    assert said.cue == "lancé" and said.speaker_name is None and said.speaker_start is None


def test_reported_speech_is_a_quote_of_the_reported_kind(read_text):
    analysis, text = read_text("fr", "Hélène Roux a affirmé que le gouvernement retirerait son projet.")
    reported = quote(analysis, direct=False)
    assert reported.text == "le gouvernement retirerait son projet" and reported.speaker_name == "Hélène Roux"
    assert reported.cue == "affirmé"


def test_sport_a_hypothetical_and_a_negation_give_no_event(read_text):
    analysis, _ = read_text("fr", "L'attaque de l'équipe a marqué un but dans le match. Les infirmières "
                                  "pourraient manifester mardi. Les chauffeurs n'ont pas fait grève.")
    assert not analysis.events
    assert set_aside(analysis, "attaque") == "a sentence about sport that speaks of no contention"
    assert set_aside(analysis, "manifester") == "hypothetical (pourraient)"
    assert set_aside(analysis, "grève") == "negated (pas)"


def test_a_future_tense_is_set_aside(read_text):
    analysis, _ = read_text("fr", "Les étudiants manifesteront devant le rectorat. Les dockers vont faire grève.")
    assert set_aside(analysis, "manifesteront") == "future (manifesteront)"
    assert set_aside(analysis, "grève") == "future (vont)" and not analysis.events


def test_a_company_with_an_english_head_is_one_organisation():
    text = "Le terminal a été vendu au consortium Meridian Harbour Holdings, a indiqué Jean Morel."
    found = {text[s:e]: label for s, e, _, label in pack_for("fr").entities(text)}
    assert found["Meridian Harbour Holdings"] == "ORG" and found["Jean Morel"] == "PERSON"
