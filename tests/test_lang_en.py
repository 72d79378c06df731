"""The English pack (nlp/languages/en): its words, and a sentence run through the stages that read them.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

from newsfold.models import Article
from newsfold.nlp import analyse, analyse_texts
from newsfold.nlp.event_types import case_label, event_label
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


# (a sentence written for this test, the CASE label of what the nlp stage reads in it)
CODED = [
    ("On 3 May, police seized two pistols and 40 rounds of ammunition from a house in Velmar.", "DISR_WEAP"),
    ("Security forces recovered a cache of arms and explosives near the border.", "DISR_WEAP"),
    ("A bomb disposal squad defused an improvised explosive device planted on the road.", "DISR_WEAP"),
    ("Army troops regained control of the town of Korvala after a week of fighting.", "GOV_REGAINS_TERIT"),
    ("Rebel fighters captured the town of Korvala after the army fled.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Government troops pulled out of Korvala, handing it over to the local militia.", "NON_VIOL_TERRIT_TRANSFER"),
    ("The insurgents established a checkpoint on the main road.", "HQ_ESTABLISHED"),
    ("The militia set up a new base in the village.", "HQ_ESTABLISHED"),
    ("Dozens of fighters of the group surrendered to the army with their weapons.", "CHANGE_TO_GROUP_ACT"),
    ("The government and the rebels signed a peace agreement in Velmar.", "AGREEMENT"),
    ("Militants hurled a grenade at a police patrol in the market.", "GRENADE"),
    ("Warplanes struck a village near Korvala, killing three people.", "AIR_STRIKE"),
    ("Government forces used chlorine gas in an attack on the town.", "CHEM_WEAP"),
    ("Militants attacked a police post and killed three policemen.", "ARMED_CLASH"),
    ("Gunmen shot dead a shopkeeper in the market.", "ATTACK"),
    ("Students protested outside the university. Police fired tear gas shells to disperse them.",
     "PROTEST_WITH_INTER"),
    ("Residents staged a protest; police fired rubber bullets and killed one demonstrator.", "FORCE_AGAINST_PROTEST"),
    ("Villagers protested the death of a man. The protesters torched a van.", "VIOL_DEMONSTR"),
    ("Workers went on strike demanding higher wages; the protest turned violent.", "VIOL_DEMONSTR"),
    ("A woman was raped by three men in the district.", "SEX_VIOL"),
    ("A three-storey building collapsed in the old city, trapping several people.", "MAN_MADE_DISASTER"),
    ("The explosion occurred at a fireworks factory, killing eight workers.", "MAN_MADE_DISASTER"),
    ("An explosion at a chemical plant killed three workers on Monday.", "MAN_MADE_DISASTER"),
    ("Militants planted a bomb at the market, which exploded and killed two people.", "REM_EXPLOS"),
    ("The recovery of arms and ammunition from a hideout was announced by the army.", "DISR_WEAP"),
    ("A bus fell into a gorge, killing 20 passengers.", "MAN_MADE_DISASTER"),
    ("A magnitude 5.8 earthquake struck the northern province on Tuesday.", "NATURAL_DISASTER"),
    ("The foreign ministers of the two countries held talks in the capital on trade and visas.", "DIPLO"),
    ("Police arrested three men for smuggling heroin across the border.", "ORG_CRIME"),
    ("Customs officers seized 40 kilograms of cocaine at the port.", "ORG_CRIME"),
    ("The group claimed responsibility for the bombing that killed four soldiers.", "ATTRIB"),
]


@pytest.fixture(scope="module")
def coded(settings):
    return [case_label(a.events) for _, a in analyse_texts(((str(n), text, None) for n, (text, _) in
                                                             enumerate(CODED)), settings.nlp)]


@pytest.mark.parametrize("n", range(len(CODED)))
def test_the_events_conflict_data_codes_read_from_their_words_and_arguments(coded, n):
    assert coded[n] == CODED[n][1], CODED[n][0]


def test_what_no_conflict_data_codes_gives_no_acled_label(settings):
    texts = ["A bus fell into a gorge, killing 20 passengers.", "Police recovered two grenades from a car.",
             "The two countries agreed to reopen their embassies."]
    for _, analysis in analyse_texts(((str(n), t, None) for n, t in enumerate(texts)), settings.nlp):
        assert event_label(analysis.events) != "ATTACK" and not any(
            m.type == "ASSAULT" for m in analysis.events), analysis.events
