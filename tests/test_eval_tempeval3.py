"""TempEval-3 loader and Task A scorer on hand-made TimeML, and the gate on the public test split."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfold.eval import run_eval
from newsfold.eval.tempeval3 import TimexItem, align, load_split, parse_timeml, score

BENCHMARKS = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"

# Written for this test: a made-up ferry story. The TEXT content without tags is
# "\nThe ferry sank <Thursday> & crews searched for <two days>.\n" (the entity &amp; is one character).
TOY = """<?xml version="1.0" ?>
<TimeML>
<DOCID>toy</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-03-05" temporalFunction="false"
 functionInDocument="CREATION_TIME">March 5, 2021</TIMEX3></DCT>
<TITLE>Ferry sinks</TITLE>
<TEXT>
The ferry <EVENT eid="e1" class="OCCURRENCE">sank</EVENT> <TIMEX3 tid="t1" type="DATE" value="2021-03-04">Thursday\
</TIMEX3> &amp; crews searched for <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_loader_gives_offsets_into_the_plain_text():
    doc = parse_timeml(TOY, "toy")
    assert doc.text == "\nThe ferry sank Thursday & crews searched for two days.\n"
    assert doc.dct == "2021-03-05"
    assert [(t.start, t.end, t.type, t.value) for t in doc.timexes] == [
        (16, 24, "DATE", "2021-03-04"),   # 1 newline + "The ferry sank " (15 characters)
        (46, 54, "DURATION", "P2D"),      # after " & crews searched for " (22 characters)
    ]
    assert [doc.text[t.start:t.end] for t in doc.timexes] == ["Thursday", "two days"]
    assert doc.creation is not None and doc.creation.value == "2021-03-05"


def test_load_split_reads_the_test_folder(tmp_path):
    folder = tmp_path / "test" / "te3-platinum"
    folder.mkdir(parents=True)
    (folder / "toy.tml").write_text(TOY, encoding="utf-8")
    docs = load_split("test", tmp_path)
    assert [d.id for d in docs] == ["toy"] and len(docs[0].timexes) == 2


def _t(start, end, type_, value):
    return TimexItem("d", start, end, "", type_, value)


GOLD = [_t(0, 8, "DATE", "2021-03-04"), _t(20, 28, "DURATION", "P2D"), _t(40, 45, "DATE", "2021")]
PRED = [_t(0, 8, "DATE", "2021-03-04"),      # exact, right value
        _t(18, 28, "DURATION", "P3D"),       # overlaps the second, wrong value
        _t(41, 44, "DATE", "2021"),          # inside the third, right value
        _t(50, 55, "DATE", "2020")]          # matches nothing


def test_score_worked_by_hand():
    figures = score(PRED, GOLD)
    # relaxed: 3 of 4 predictions overlap a gold span, all 3 gold spans are found
    assert figures["span_relaxed_p"] == 0.75 and figures["span_relaxed_r"] == 1.0
    assert figures["span_f1_relaxed"] == pytest.approx(6 / 7, abs=1e-4)
    # strict: only the first is exact: P 1/4, R 1/3, F1 2/7
    assert figures["span_f1_strict"] == pytest.approx(2 / 7, abs=1e-4)
    # value: 2 right values; P 2/4, R 2/3, F1 4/7
    assert (figures["value_p"], figures["value_r"]) == (0.5, pytest.approx(2 / 3, abs=1e-4))
    assert figures["value_f1"] == pytest.approx(4 / 7, abs=1e-4)
    assert figures["type_accuracy"] == 1.0 and figures["n_matched"] == 3


def test_one_prediction_over_two_gold_spans_counts_once_for_value():
    gold = [_t(0, 6, "DATE", "2021-03-01"), _t(8, 14, "DATE", "2021-03-04")]
    wide = [_t(2, 14, "DATE", "2021-03-04")]  # overlaps the first by 4 characters, the second by 6
    pairs = align(wide, gold)
    assert [(p.start, g.start) for p, g in pairs] == [(2, 8)]  # paired with the larger overlap only
    figures = score(wide, gold)
    assert figures["span_relaxed_p"] == 1.0 and figures["span_relaxed_r"] == 1.0  # any overlap counts for spans
    assert (figures["value_p"], figures["value_r"]) == (1.0, 0.5)  # but one value for one prediction


@pytest.mark.skipif(not (BENCHMARKS / "tempeval3").is_dir(),
                    reason=f"TempEval-3 data not found at {BENCHMARKS / 'tempeval3'} (../shared/benchmarks)")
def test_gate_on_te3_platinum(settings):
    figures = run_eval("tempeval3", "test", str(BENCHMARKS / "tempeval3"), None, settings, report=lambda _: None)
    assert figures["n_gold"] == 138
    assert figures["span_f1_relaxed"] >= 0.905  # 0.9094 reached
    assert figures["value_f1"] >= 0.80  # 0.803 reached (with "until Tuesday" read as future)
