"""Event typing into ACLED-style types (the snippet rules, the typer the pipeline calls, an event's label), and
the classification F1 metric, on hand-made cases."""

from __future__ import annotations

import pytest

from newsfold.errors import ConfigError
from newsfold.eval.metrics import classification_f1
from newsfold.models import EventMention
from newsfold.nlp.event_types import (
    ACLED_TYPES,
    LABELS,
    CodebookTyper,
    classify_snippet,
    event_label,
    load_typer,
    type_mentions,
)


@pytest.mark.parametrize("snippet,label", [
    ("Hundreds of teachers marched peacefully to the ministry demanding unpaid salaries.", "PEACE_PROTEST"),
    ("Police fired tear gas to disperse students protesting against the fee hike.", "FORCE_AGAINST_PROTEST"),
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
    # as the pipeline reads a page: only triggered mentions are typed (floor recorded from 0.356; 0.129 before the
    # triggers for attacks, explosions, strikes from the air, fighting, abductions, looting and doers)
    assert scores["through_nlp"]["micro_f1"] >= 0.35


@pytest.mark.parametrize("sentence,plover,label", [
    # the sentence refines the trigger's reading within its family
    ("Police fired tear gas at the marchers on the bridge.", ("PROTEST", "demonstrate"), "FORCE_AGAINST_PROTEST"),
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
    assert [m.acled for m in mentions] == ["OTHER", "PEACE_PROTEST", "FORCE_AGAINST_PROTEST", "PEACE_PROTEST"]
    assert event_label(mentions) == "PEACE_PROTEST"  # the most common coded label
    assert event_label(mentions[:1]) is None  # ACLED codes no statement
    assert event_label([mentions[2], mentions[1]]) == "FORCE_AGAINST_PROTEST"  # a tie: the earliest told
    assert ACLED_TYPES["FORCE_AGAINST_PROTEST"] == ("Protests", "Excessive force against protesters")


def test_unknown_typer_is_a_config_error():
    with pytest.raises(ConfigError, match="known: codebook"):
        load_typer("bert")
