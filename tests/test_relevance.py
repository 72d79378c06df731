"""Relevance: trigger words read in another sense, off-topic articles and background mentions give no event; the
words set aside are kept with the reason. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsfold.nlp import analyse_texts
from newsfold.nlp.event_types import ACLED_TYPES, event_label
from newsfold.settings import default_settings

PUBLISHED = "2031-05-07"

# (text, why nothing contentious is found in it)
NOT_EVENTS = [
    ("Ostrava beat Kladno 3-1 on Sunday to top the table.", "a result with a score"),
    ("The fleet has been grounded since March, the airline said.", "the month March"),
    ("Shares of Harbin Foods rallied on Tuesday after strong quarterly earnings.", "a market rally"),
    ("The study demonstrated that the new vaccine protects older patients.", "demonstrate as show"),
    ("The disease tends to strike people who work closely with birds.", "strike as hit"),
    ("The senator attacked the budget plan in a speech on Monday.", "attack as criticism"),
    ("A marching band led the parade through Velmar on Saturday.", "marching as a description"),
    ("The plague killed millions of people in the fourteenth century.", "killed by a disease"),
    ("He was held in a small jail cell for two nights.", "a jail (a place)"),
    ("The new processor beats the old one on every benchmark.", "beat without a victim"),
    ("Harbin Foods took control of its largest rival on Tuesday.", "with no armed party or conflict"),
    ("The senator withdrew from the race on Monday.", "with no armed party or conflict"),
    ("Velmar Bank opened a new office in the old town.", "with no armed party or conflict"),
    ("Harbin Foods signed an agreement with a supermarket chain.", "with no armed party or conflict"),
    ("Shares crashed on Friday after the earnings warning.", "of markets, talks or words"),
    ("The singer faced a flood of complaints after the show.", "of markets, talks or words"),
    ("The mayor fired his chief of staff on Monday.", "as shooting, arson, an assault or a dismissal"),
    ("The minister, according to his office, visited the hospital on Monday.", "according to"),
    ("The rumour spread like a bush fire through the shop floors of the city.", "in a likeness"),
    ("In the lawsuit it is alleged that he raped a model in 2004.", "an allegation"),
    ("The union leader walked out of the central police station on Friday to cheers from his family.",
     "walking out of a place"),
]

EVENTS = [
    ("Police beat protesters with batons in Velmar on Sunday.", "ASSAULT"),
    ("Thousands of dockers rallied outside the port authority in Velmar on Monday.", "PROTEST"),
    ("Gunmen opened fire on a bus near Korvala on Tuesday, killing four passengers.", "ASSAULT"),
    ("Protesters blocked the main highway into Velmar on Friday.", "PROTEST"),
    ("Heavy fighting between troops and rebels broke out near Korvala on Wednesday.", "FIGHT"),
    ("A drone strike hit a rebel convoy near Korvala on Thursday, killing six fighters.", "ASSAULT"),
    ("The army and the rebels agreed a ceasefire in Korvala on Sunday.", "AGREE"),
    ("Police seized weapons and explosives in a raid in Velmar on Monday.", "COERCE"),
    ("Ferry crews walked out over unpaid wages in Velmar on Monday.", "PROTEST"),
]

SPORT = ("Velmar United won the cup final on Saturday. The team's coach praised his players after the match, and "
         "the league's top scorer added two goals in the second half as the season ended. Fans cheered the squad "
         "at the stadium. The club will face Korvala in the first round of next season's tournament, the coach "
         "said, after a win that lifted the team to the title. The players attacked from the first minute, and "
         "the defence held firm. Some fans boycotted the final over the kick-off time. In the stands, supporters "
         "staged a brief protest against ticket prices before "
         "kick-off, holding banners and chanting outside the gates as police watched.")


@pytest.fixture(scope="module")
def analysed():
    texts = [(f"n{i}", text, PUBLISHED) for i, (text, _) in enumerate(NOT_EVENTS)]
    texts += [(f"e{i}", text, PUBLISHED) for i, (text, _) in enumerate(EVENTS)]
    texts += [("sport", SPORT, PUBLISHED)]
    return {article.id: analysis for article, analysis in analyse_texts(texts, default_settings().nlp)}


@pytest.mark.parametrize("n", range(len(NOT_EVENTS)))
def test_a_trigger_in_another_sense_is_set_aside_with_its_reason(analysed, n):
    analysis = analysed[f"n{n}"]
    contentious = [m for m in analysis.events if m.type in ("PROTEST", "ASSAULT", "COERCE", "FIGHT")]
    assert contentious == [], NOT_EVENTS[n][0]
    assert event_label(analysis.events) not in ACLED_TYPES
    assert any(NOT_EVENTS[n][1] in x.reason for x in analysis.set_aside), [x.reason for x in analysis.set_aside]
    for x in analysis.set_aside:  # every word set aside points at itself
        assert NOT_EVENTS[n][0][x.start:x.end] == x.text and x.stage == "relevance"


@pytest.mark.parametrize("n", range(len(EVENTS)))
def test_the_same_words_in_their_contentious_sense_are_events(analysed, n):
    types = {m.type for m in analysed[f"e{n}"].events}
    assert EVENTS[n][1] in types, EVENTS[n][0]


def test_a_sports_page_gives_only_the_protest_it_reports(analysed):
    analysis = analysed["sport"]
    assert analysis.topic == "sport"
    assert [m.type for m in analysis.events if m.type != "STATEMENT"] == ["PROTEST"]
    assert "against ticket prices" in analysis.events[0].text
    reasons = {x.text: x.reason for x in analysis.set_aside}
    assert reasons["boycotted"] == "an article about sport, and a sentence that speaks of no contention"
    assert reasons["attacked"].startswith("attack as criticism or in a game")


def test_background_and_history_are_not_events():
    text = ("Shop owners in Velmar reopened on Monday. The protests had left the old town quiet for weeks. "
            "The city last saw such strikes in 1989, when dockers walked out for a month.")
    [(_, analysis)] = list(analyse_texts([("b", text, "2031-05-07")], default_settings().nlp))
    assert [m for m in analysis.events if m.type == "PROTEST"] == []
    reasons = {x.text: x.reason for x in analysis.set_aside}
    assert reasons["protests"].startswith("a background mention")
    assert reasons["strikes"] == "long before the article (1989)"


def test_modifiers_figurative_explosions_and_other_nouns_days():
    texts = [("m", "South Dakota dropped its pipeline protest laws on Monday.", PUBLISHED),
             ("x", "With protests exploding to new levels, the army may be deployed.", PUBLISHED),
             ("d", "He was arrested in April for the March 21 call to her office.", PUBLISHED)]
    found = {a.id: an for a, an in analyse_texts(texts, default_settings().nlp)}
    assert [x.reason for x in found["m"].set_aside] == ["a modifier of another noun (protest laws)"]
    assert any("exploding as growth or anger" in x.reason for x in found["x"].set_aside)
    [arrest] = [m for m in found["d"].events if m.type == "COERCE"]
    assert arrest.date != "2031-03-21" and arrest.date_text != "March 21"  # the call's day, not the arrest's


def test_the_positive_pages_are_labelled_with_a_reason():
    from newsfold.eval.relevance import load_positives

    positives = load_positives()
    assert len(positives) >= 10 and all(len(page) == 64 and len(why) > 20 for page, why in positives.items())


def test_doers_tell_their_event_only_where_none_of_its_kind_is_told():
    alone = "Protesters blocked the main road into Velmar on Friday."
    told = ("Thousands marched through Velmar on Friday against the port sale.\n\n"
            "Some protesters threw bottles at the police lines. Marchers needed hospital treatment.")
    found = {a.id: an for a, an in analyse_texts([("a", alone, PUBLISHED), ("t", told, PUBLISHED)],
                                                    default_settings().nlp)}
    assert [m.trigger for m in found["a"].events] == ["Protesters blocked"]
    assert [m.trigger for m in found["t"].events if m.type == "PROTEST"] == ["marched"]
    assert any(x.reason == "part of the protest told before (marched)" for x in found["t"].set_aside)


def test_a_circumstance_and_a_cause_are_background():
    texts = [("w", "With protests spreading to new cities, the president is likely to deploy the army.", PUBLISHED),
             ("c", "A summit in the capital was canceled because of domestic protests.", PUBLISHED)]
    found = {a.id: an for a, an in analyse_texts(texts, default_settings().nlp)}
    for key in "wc":
        assert [m for m in found[key].events if m.type == "PROTEST"] == [], key
        assert any(x.text == "protests" and x.reason.startswith("a background mention") for x in found[key].set_aside)


def test_an_undated_since_clause_is_a_time_reference_and_a_dated_one_a_look_back():
    """"since the protests began" only says from when a count runs: no event of its own; "since the strike began
    on Monday" is dated, so it stays a mention, which the events stage joins to Monday's strike."""
    texts = [("u", "Some 900 people have been detained since the protests began, the ministry said.", PUBLISHED),
             ("d", "More than 210 people have been detained since the strike began on Monday.", PUBLISHED)]
    found = {a.id: an for a, an in analyse_texts(texts, default_settings().nlp)}
    assert [(x.text, x.reason) for x in found["u"].set_aside if x.type == "PROTEST"] == [
        ("protests", "a time reference (since it began): no event of its own")]
    assert not [m for m in found["u"].events if m.type == "PROTEST"]
    assert [(m.trigger, m.date) for m in found["d"].events if m.type == "PROTEST"] == [("strike", "2031-05-05")]


def test_a_denied_event_a_deadline_and_a_recalled_time_give_no_event_of_their_own():
    """"without arrests" denies the arrests; "until the vote on Tuesday" is when the strike may end, not when it
    happened; "such strikes ... before the collapse of the federation in 1989" is history, though the year hangs
    from another word."""
    texts = [("w", "The march through Velmar passed off without arrests, police said on Sunday.", PUBLISHED),
             ("u", "The union said the strike would go on until the vote on Tuesday.", PUBLISHED),
             ("h", "Velmar's docks last saw such walkouts and strikes before the collapse of the old federation in "
                   "1989.", PUBLISHED)]
    found = {a.id: an for a, an in analyse_texts(texts, default_settings().nlp)}
    assert not [m for m in found["w"].events if m.type == "COERCE"]
    assert ("arrests", "negated (without)") in {(x.text, x.reason) for x in found["w"].set_aside}
    [strike] = [m for m in found["u"].events if m.type == "PROTEST"]
    assert (strike.date, strike.reference) == (None, True)  # "the strike": the events stage looks for its event
    assert not [m for m in found["h"].events if m.type == "PROTEST"]
    assert "long before the article (1989)" in {x.reason for x in found["h"].set_aside if x.type == "PROTEST"}


def test_a_dated_or_counted_or_indefinite_event_noun_is_no_reference():
    texts = [("d", "The strike began in Velmar on Monday.", PUBLISHED),
             ("c", "The strike drew 4,000 dockers in Velmar, the union said.", PUBLISHED),
             ("i", "A strike kept the harbour in Velmar closed, the union said.", PUBLISHED)]
    found = {a.id: an for a, an in analyse_texts(texts, default_settings().nlp)}
    for key in "dci":
        assert [m.reference for m in found[key].events if m.type == "PROTEST"] == [False], key


def test_in_protest_is_the_purpose_of_another_act_unless_none_is_told():
    texts = [("s", "Dockers at three ports went on strike in protest against the sale on Monday.", PUBLISHED),
             ("r", "A senior official resigned in protest against police violence on Monday.", PUBLISHED),
             ("b", "The musicians of the city orchestra put down their bows in protest on Monday.", PUBLISHED)]
    found = {a.id: an for a, an in analyse_texts(texts, default_settings().nlp)}
    assert [(m.trigger, m.mode) for m in found["s"].events if m.type == "PROTEST"] == [("strike", "strike")]
    assert not [m for m in found["r"].events if m.type == "PROTEST"]
    for key in "sr":
        assert ("protest", "the purpose of another act (in protest)") in {(x.text, x.reason)
                                                                           for x in found[key].set_aside}
    assert [m.trigger for m in found["b"].events if m.type == "PROTEST"] == ["protest"]
