"""Event typing into ACLED-style types (the snippet rules, the typer the pipeline calls, an event's label), and
the classification F1 metric, on hand-made cases."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsfold.errors import ConfigError
from newsfold.eval.metrics import classification_f1
from newsfold.models import EventMention
from newsfold.nlp.event_types import (
    ACLED_TYPES,
    LABELS,
    CodebookTyper,
    case_label,
    classify_snippet,
    event_label,
    load_typer,
    type_mentions,
)


@pytest.mark.parametrize("snippet,label", [
    ("Hundreds of teachers marched peacefully to the ministry demanding unpaid salaries.", "PEACE_PROTEST"),
    ("Police fired tear gas to disperse students protesting against the fee hike.", "PROTEST_WITH_INTER"),
    ("Police opened fire on the demonstrators, killing two.", "FORCE_AGAINST_PROTEST"),
    ("Protesters threw stones at shops and torched two buses during the demonstration.", "VIOL_DEMONSTR"),
    ("Police detained a dozen activists who staged a sit-in outside parliament.", "PROTEST_WITH_INTER"),
    ("A suicide bomber blew himself up at a checkpoint, killing four soldiers.", "SUIC_BOMB"),
    ("Warplanes carried out an airstrike on a village, killing three people.", "AIR_STRIKE"),
    ("Militants lobbed a grenade at a police patrol.", "GRENADE"),
    ("A roadside bomb exploded near a convoy.", "REM_EXPLOS"),
    ("Security forces defused an IED planted under a bridge.", "DISR_WEAP"),
    ("Police arrested a former minister on corruption charges.", "ARREST"),
    ("Army troops recaptured the town from the rebels after a week.", "GOV_REGAINS_TERIT"),
    ("The two sides signed a ceasefire agreement in the capital.", "AGREEMENT"),
    ("Floods displaced thousands of families in the delta.", "NATURAL_DISASTER"),
    ("Unknown gunmen shot dead a shopkeeper in the market.", "ATTACK"),
    ("Troops and insurgents exchanged fire for hours near the border.", "ARMED_CLASH"),
    ("The weather was pleasant and the festival went ahead.", "OTHER"),
])
def test_classify(snippet, label):
    assert classify_snippet(snippet) == label


def test_labels_cover_the_case_types():
    assert {"PEACE_PROTEST", "ARREST", "ATTACK", "OTHER", "DIPLO", "ATTRIB"} <= set(LABELS)


def test_classification_f1_by_hand():
    gold = ["A", "A", "B", "C"]
    pred = ["A", "B", "B", "B"]
    # A: tp1 fp0 fn1 -> P1 R.5 F.667; B: tp1 fp2 fn0 -> P.333 R1 F.5; C: tp0 -> F0
    scores = classification_f1(gold, pred)
    assert scores["micro_f1"] == pytest.approx(0.5)
    assert scores["macro_f1"] == pytest.approx((2 / 3 + 0.5 + 0) / 3)
    assert scores["weighted_f1"] == pytest.approx((2 / 3 * 2 + 0.5 * 1 + 0) / 4)


def test_case2021_gate(settings):
    """Floors on the CASE 2021 labelled test set (lowering one is a visible, deliberate edit)."""
    from pathlib import Path

    from newsfold.eval import run_eval

    data = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "case2021-task2"
    if not data.is_dir():
        pytest.skip(f"CASE 2021 data not found at {data}")
    scores = run_eval("case2021", "test", str(data), None, settings, report=lambda _line: None)
    assert scores["event_typer"] == settings.nlp.event_typer == "codebook"
    assert scores["micro_f1"] >= 0.52 and scores["macro_f1"] >= 0.51 and scores["weighted_f1"] >= 0.52
    # as the pipeline reads a page: only triggered mentions are typed (floor recorded from 0.623; 0.356 before the
    # triggers read with their objects, the disasters, diplomacy and crime, and ACLED's rules for one event's label;
    # 0.129 before the triggers for attacks, explosions, strikes from the air, fighting, abductions and looting)
    assert scores["through_nlp"]["micro_f1"] >= 0.62


@pytest.mark.parametrize("sentence,plover,label", [
    # the sentence refines the trigger's reading within its family
    ("Police fired tear gas at the marchers on the bridge.", ("PROTEST", "demonstrate"), "PROTEST_WITH_INTER"),
    ("Police opened fire on the marchers, killing three.", ("PROTEST", "demonstrate"), "FORCE_AGAINST_PROTEST"),
    ("Dockworkers walked off the job on Monday.", ("PROTEST", "strike"), "PEACE_PROTEST"),
    # ... and never moves it to another family: an arrest stays an arrest, a statement is not coded
    ("Police arrested a dozen protesters who threw stones.", ("COERCE", "arrest"), "ARREST"),
    ("The minister said the protest was illegal.", ("STATEMENT", None), "OTHER"),
    ("Guards beat the prisoners.", ("ASSAULT", "beat"), "ATTACK"),
    ("The governor resigned after the protests.", ("CONCEDE", "resign"), "STRATEGIC_OTHER"),
    # no trigger reading: the snippet rules alone
    ("Warplanes bombed the village at dawn.", None, "AIR_STRIKE"),
])
def test_codebook_typer_reads_the_sentence_within_the_trigger_family(sentence, plover, label):
    assert CodebookTyper().label(sentence, plover) == label


def _mention(n: int, sentence: str, etype: str, mode: str | None) -> EventMention:
    return EventMention(f"a-e{n}", "a", 0, len(sentence), sentence, "x", etype, mode, None, None)


def test_type_mentions_and_event_label():
    mentions = type_mentions([
        _mention(0, "The union said the strike goes on.", "STATEMENT", None),
        _mention(1, "Hundreds marched to the harbour.", "PROTEST", "demonstrate"),
        _mention(2, "Police used water cannon on the march.", "PROTEST", "demonstrate"),
        _mention(3, "The march was peaceful.", "PROTEST", "demonstrate"),
    ], load_typer("codebook"))
    assert [m.acled for m in mentions] == ["OTHER", "PEACE_PROTEST", "PROTEST_WITH_INTER", "PEACE_PROTEST"]
    # ACLED codes a protest by what happened at it: police dispersing it make it a protest with intervention
    assert event_label(mentions) == "PROTEST_WITH_INTER"
    assert event_label([mentions[1], mentions[3]]) == "PEACE_PROTEST"
    assert event_label(mentions[:1]) is None  # ACLED codes no statement
    assert ACLED_TYPES["PROTEST_WITH_INTER"] == ("Protests", "Protest with intervention")


@pytest.mark.parametrize("labels,label", [
    (["PEACE_PROTEST", "PROPERTY_DISTRUCT"], "VIOL_DEMONSTR"),  # a protest whose crowd damages property is a riot
    (["PEACE_PROTEST", "VIOL_DEMONSTR", "FORCE_AGAINST_PROTEST"], "VIOL_DEMONSTR"),
    (["ATTACK", "ATTACK", "GRENADE"], "GRENADE"),  # the weapon decides an explosion
    (["ARMED_CLASH", "GOV_REGAINS_TERIT"], "GOV_REGAINS_TERIT"),  # the battle that retook a town
    (["ARMED_CLASH", "ARMED_CLASH", "GOV_REGAINS_TERIT"], "ARMED_CLASH"),  # ... unless fighting is most told
    (["NON_VIOL_TERRIT_TRANSFER", "NON_STATE_ACTOR_OVERTAKES_TER"], "NON_VIOL_TERRIT_TRANSFER"),
    (["ATTACK", "ARMED_CLASH", "ATTACK"], "ARMED_CLASH"),  # armed parties on both sides
    (["ARREST", "ARREST", "ATTACK"], "ARREST"),  # otherwise the most common
])
def test_event_label_codes_one_event_as_acled_does(labels, label):
    told = [replace(_mention(n, "x", "ASSAULT", None), acled=x) for n, x in enumerate(labels)]
    assert event_label(told) == label


def test_case_label_falls_back_to_the_labels_acled_does_not_code():
    told = [replace(_mention(n, "x", "CONSULT", None), acled=x) for n, x in enumerate(["OTHER", "DIPLO"])]
    assert event_label(told) is None and case_label(told) == "DIPLO"
    assert case_label([*told, replace(_mention(3, "x", "COERCE", "arrest"), acled="ARREST")]) == "ARREST"
    assert case_label(told[:1]) is None


def test_unknown_typer_is_a_config_error():
    with pytest.raises(ConfigError, match="known: codebook"):
        load_typer("bert")


def test_fighting_is_a_battle_only_between_armed_parties():
    """ACLED's battles are fought by armed, organised groups: "the fighting" of a night of protests, where only
    the police are named, is no armed clash; troops against rebels is."""
    from newsfold.nlp.event_types import CodebookTyper

    typer = CodebookTyper()
    assert typer.label("Arrests during the fighting on Tuesday night fell, and the police ran out of cells.",
                       ("FIGHT", None)) == "OTHER"
    assert typer.label("Heavy fighting between troops and rebels broke out near Korvala on Wednesday.",
                       ("FIGHT", None)) == "ARMED_CLASH"
