"""PolNeAR scoring (eval.polnear) on brat snippets written for these tests, and the gate on the real test split."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from newsfold.eval import run_eval
from newsfold.eval.polnear import Attribution, PolnearDoc, attributions_from_quotes, load_split, parse_ann, score
from newsfold.models import Quote

BENCHMARKS = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"

ANN = """T1\tSource 0 9\tThe mayor
T2\tCue 10 14\tsaid
T3\tContent 15 50\tthat the bridge would reopen in May
T4\tAttribution 10 14\tsaid
E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
T5\tContent 52 60;75 90\tfirst part second part
T6\tDiscard 100 110\tRead more.
#1\tAnnotatorNotes T5\tsplit around the cue
"""


def _write(root: Path, split: str, name: str, text: str, anns: dict[str, str]) -> None:
    (root / "data" / split / "text").mkdir(parents=True, exist_ok=True)
    (root / "data" / split / "attributions").mkdir(parents=True, exist_ok=True)
    (root / "data" / split / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
    for annotator, ann in anns.items():
        (root / "data" / split / "attributions" / f"{name}_{annotator}.ann").write_text(ann, encoding="utf-8")


def test_parse_ann_keeps_roles_and_joins_fragments():
    spans = parse_ann(ANN)
    assert spans == {"source": [(0, 9)], "cue": [(10, 14)], "content": [(15, 50), (52, 90)]}


def test_load_split_reads_text_date_and_the_first_annotation(tmp_path):
    _write(tmp_path, "dev", "paper_2016-09-12_some-story", "x" * 120, {"b2b2": ANN, "a1a1": "T1\tCue 1 2\tx\n"})
    docs = load_split("dev", tmp_path)
    assert [d.id for d in docs] == ["paper_2016-09-12_some-story"]
    assert docs[0].published == "2016-09-12"
    assert docs[0].gold["cue"] == [(1, 2)]  # annotator a1a1 comes first
    assert load_split("dev", tmp_path / "data")[0].id == docs[0].id  # the data/ folder itself works too


def _span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def _quote(start: int, end: int, cue: tuple[int, int] | None, source: tuple[int, int] | None, n: int) -> Quote:
    return Quote(f"q{n}", "d", start, end, "", None, None, source[0] if source else None,
                 source[1] if source else None, cue_start=cue[0] if cue else None, cue_end=cue[1] if cue else None)


def test_quotes_sharing_a_cue_are_one_attribution():
    text = '"We will stay," she said. "The gates are shut."\n\n"Nobody leaves."'
    she, said = _span(text, "she"), _span(text, "said")
    quotes = [_quote(*_span(text, "We will stay,"), said, she, 0),
              _quote(*_span(text, "The gates are shut."), said, she, 1),
              _quote(*_span(text, "Nobody leaves."), None, she, 2)]  # a follow-on paragraph: same speaker, no cue
    atts = attributions_from_quotes(text, quotes)
    assert atts == [Attribution(she, said, (0, len(text)))]  # from the first opening mark to the last closing one


def test_a_quote_without_cue_has_no_source_span():
    text = 'Earlier, Reval spoke. "We are all tired of this."'
    atts = attributions_from_quotes(text, [_quote(*_span(text, "We are all tired of this."), None,
                                                  _span(text, "Reval"), 0)])
    assert atts == [Attribution(None, None, _span(text, '"We are all tired of this."'))]


def test_score_exact_and_overlap_by_hand():
    gold = PolnearDoc("d", "", None, {"source": [], "cue": [], "content": [(0, 10), (20, 30)]})
    pred = {"d": [Attribution(None, None, (0, 10)), Attribution(None, None, (25, 40)),
                  Attribution(None, None, (50, 60))]}
    figures = score(pred, [gold])
    # exact: 1 of 3 predictions, 1 of 2 gold spans -> P 1/3, R 1/2, F1 0.4
    assert (figures["content_p_exact"], figures["content_r_exact"], figures["content_f1_exact"]) == (0.3333, 0.5, 0.4)
    # overlap: 2 of 3 predictions touch a gold span, both gold spans are touched -> P 2/3, R 1, F1 0.8
    assert (figures["content_p_overlap"], figures["content_r_overlap"], figures["content_f1_overlap"]) \
        == (0.6667, 1.0, 0.8)
    assert figures["source_f1_overlap"] == 0.0 and figures["content_gold"] == 2


def test_evaluate_end_to_end(tmp_path, settings):
    text = ('The mayor said that the bridge would reopen in May.\n\n'
            '“We are ready,” said Anna Kask.\n\n'
            'The crowds appear to be getting smaller.')
    gold = {"source": [_span(text, "The mayor"), _span(text, "Anna Kask")],
            "cue": [_span(text, "said"), _span(text, "said", 60), _span(text, "appear")],
            "content": [_span(text, "that the bridge would reopen in May"), _span(text, "“We are ready,”"),
                        _span(text, "The crowds")]}
    lines = []
    for n, role in enumerate(("source", "cue", "content")):
        for i, (s, e) in enumerate(gold[role]):
            lines.append(f"T{n * 10 + i + 1}\t{role.capitalize()} {s} {e}\t{text[s:e]}")
    _write(tmp_path, "dev", "paper_2016-10-01_bridge", text, {"abcd": "\n".join(lines) + "\n"})
    out = tmp_path / "out"
    printed: list[str] = []
    figures = run_eval("polnear", "dev", str(tmp_path), str(out), settings, report=printed.append)
    # the two reported statements are found exactly; "appear" (no one's words) is left out
    assert (figures["source_p_exact"], figures["source_r_exact"]) == (1.0, 1.0)
    assert (figures["cue_p_exact"], figures["cue_r_exact"]) == (1.0, 0.6667)
    assert (figures["content_p_exact"], figures["content_r_exact"], figures["content_f1_exact"]) == (1.0, 0.6667, 0.8)
    assert figures["content_f1_overlap"] == 0.8
    assert printed[-1].startswith('{"benchmark": "polnear", "split": "dev"')
    assert (out / "polnear-predictions" / "paper_2016-10-01_bridge.ann").read_text().count("\tContent ") == 2
    assert (out / "polnear-predictions.jsonl").exists()


# What the test split scores, rounded down (rules tuned on train and dev only): content 0.820, source 0.767,
# cue 0.743 overlap F1; content 0.530, source 0.696 exact F1.
FLOORS = {"content_f1_overlap": 0.81, "source_f1_overlap": 0.76, "cue_f1_overlap": 0.74,
          "content_f1_exact": 0.53, "source_f1_exact": 0.69}


def test_gate_polnear_test_split(settings):
    data = BENCHMARKS / "polnear"
    if not data.is_dir():
        pytest.skip(f"PolNeAR not found at {data} (the benchmarks live in ../shared/benchmarks beside the checkout)")
    began = time.monotonic()
    figures = run_eval("polnear", "test", str(data), None, settings, report=lambda line: None)
    assert time.monotonic() - began < 120
    for name, floor in FLOORS.items():
        assert figures[name] >= floor, (name, figures[name], floor)
