"""NewsWCL50 evaluation: rebuilding texts from CoNLL tokens, matching gold mentions to newsfold's, linking the
nominals among them, and the gate."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from newsfold import load_settings
from newsfold.eval.coref import clusters_from_labels, conll_scores, read_conll
from newsfold.eval.newswcl50 import (
    ENTITY_TYPES,
    EventResult,
    detokenize,
    evaluate,
    gold_mention_response,
    link_event,
    load_articles,
    names_only_response,
    predicted_mention_response,
    same_head_response,
    score_variant,
    write_scorer_files,
)
from newsfold.models import Article
from newsfold.nlp.nominals import named_mention, nominal
from newsfold.nlp.parse import load_model, parse_articles
from newsfold.resolve.nominals import NamedMention, Nominal

BENCHMARKS = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"

# Two outlets of one event, in NewsWCL50's layout: named chains, "\n" tokens ending paragraphs, trailing tabs.
ROWS = {
    "0/-/0_L": [[("President", "(0_USA_Trump_ACTOR"), ("Trump", "0_USA_Trump_ACTOR)"), ("met", "-"),
                 ("Kim", "(0_PRK_Kim_ACTOR"), ("Jong", "-"), ("-", "-"), ("un", "0_PRK_Kim_ACTOR)"), (".", "-"),
                 ("\\n", "-")],
                [('"', "-"), ("Trump", "(0_USA_Trump_ACTOR)"), ("left", "-"), (",", "-"), ('"', "-"), ("they", "-"),
                 ("said", "-"), (".", "-")]],
    "0/-/0_R": [[("Donald", "(0_USA_Trump_ACTOR"), ("Trump", "0_USA_Trump_ACTOR)"), ("and", "-"),
                 ("the", "(0_USA_Trump_ACTOR"), ("president", "0_USA_Trump_ACTOR)"), ("in", "-"),
                 ("Paris", "(0_Summit_EVENT)"), (".", "-")]],
}


def _conll() -> str:
    out = []
    for name, sentences in ROWS.items():
        out.append(f"#begin document {name}; part 000")
        for s, sentence in enumerate(sentences):
            out += [f"{name}\t{s}\t{i}\t{token}\t{coref}\t" for i, (token, coref) in enumerate(sentence)] + [""]
        out.append("#end document")
    return "\n".join(out) + "\n"


@pytest.fixture
def articles(tmp_path):
    (tmp_path / "NewsWCL50.conll").write_text(_conll(), encoding="utf-8")
    return load_articles(tmp_path)


def _spans(text: str, *words: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for w in words:
        start = text.index(w, pos)
        out.append((start, start + len(w)))
        pos = start + len(w)
    return out


@pytest.fixture
def result(articles):
    left, right = articles
    gold = {(m.article, left.text[m.start:m.end] if m.article == "0_L" else right.text[m.start:m.end]): m
            for m in left.mentions + right.mentions}
    trump1, kim, trump2 = _spans(left.text, "Trump", "Kim Jong-un", "Trump")
    donald, president, paris = _spans(right.text, "Donald Trump", "president", "Paris")
    heads = {gold["0_L", "President Trump"].id: trump1, gold["0_L", "Kim Jong-un"].id: (kim[0], kim[0] + 3),
             gold["0_L", "Trump"].id: trump2, gold["0_R", "Donald Trump"].id: (donald[1] - 5, donald[1]),
             gold["0_R", "the president"].id: president, gold["0_R", "Paris"].id: paris}
    predicted = [("0_L", *trump1, "E1"), ("0_L", *kim, "E2"), ("0_L", *trump2, "E1"), ("0_R", *donald, "E1"),
                 ("0_R", *paris, "E3")]
    return EventResult("0", {"0_L": left.text, "0_R": right.text}, left.mentions + right.mentions, heads, predicted)


def test_detokenize_spacing_quotes_hyphens_and_paragraphs():
    text, offsets = detokenize(["Kim", "Jong", "-", "un", "'s", "\\n", '"', "No", ",", '"', "he", "said", "."])
    assert text == 'Kim Jong-un\'s\n\n"No," he said.'
    assert [text[s:e] for s, e in offsets] == ["Kim", "Jong", "-", "un", "'s", "", '"', "No", ",", '"', "he", "said",
                                               "."]


def test_load_articles_keeps_gold_offsets(articles):
    left, right = articles
    assert (left.id, left.event, right.id) == ("0_L", "0", "0_R")
    assert left.text == 'President Trump met Kim Jong-un.\n\n"Trump left," they said.'
    assert sorted((left.text[m.start:m.end], m.chain) for m in left.mentions) == [
        ("Kim Jong-un", "0_PRK_Kim_ACTOR"), ("President Trump", "0_USA_Trump_ACTOR"), ("Trump", "0_USA_Trump_ACTOR")]
    assert {m.kind for m in right.mentions} == {"ACTOR", "EVENT"}


def test_gold_mentions_take_the_entity_covering_their_head(result):
    labels = {m: label for m, label in gold_mention_response(result, [m for m in result.gold if m.kind == "ACTOR"])}
    by_text = {result.texts[a][s:e]: labels[(a, s, e)] for a, s, e in labels}
    assert by_text["President Trump"] == by_text["Trump"] == by_text["Donald Trump"] == "E1"
    assert by_text["Kim Jong-un"] == "E2"
    assert by_text["the president"][0] == "alone"  # no newsfold mention, no nominal link: a singleton


def test_a_nominal_takes_its_link_and_names_only_leaves_it_alone(result):
    left, right = result.texts["0_L"], result.texts["0_R"]
    start = right.index("the president")
    trump = left.index("Trump")
    result.named = [NamedMention("0_L", trump, trump + 5, "E1", "PERSON", "Trump", ("president",), 0)]
    result.phrases = [Nominal("0_R", start, start + len("the president"), "president", start + 4)]
    link_event(result)
    actors = [m for m in result.gold if m.kind == "ACTOR"]
    linked = {result.texts[a][s:e]: label for (a, s, e), label in gold_mention_response(result, actors)}
    alone = {result.texts[a][s:e]: label for (a, s, e), label in names_only_response(result, actors)}
    assert linked["the president"] == "E1" and alone["the president"][0] == "alone"
    assert score_variant([result], ENTITY_TYPES, gold_mention_response)["conll_f1"] == pytest.approx(100.0)


def test_nominal_records_read_off_the_parse():
    text = ("North Korean leader Kim Jong Un met the South Korean officials. Sergei Dylevsky, the leader of the "
            "strike, said the two leaders were wrong.")
    parsed = next(parse_articles([Article(id="a", path="a", text=text, language="en")],
                                 load_model(load_settings().nlp.model)))
    kim = text.index("Kim Jong Un")
    named = named_mention(parsed, "a", kim, kim + len("Kim Jong Un"), "KIM", "PERSON")
    assert named.title == ("north", "korean", "leader") and named.title_start == 0
    officials = nominal(parsed, "a", text.index("the South"), text.index(". Sergei"))
    assert officials is not None and (officials.head, officials.plural) == ("official", True)
    assert set(officials.modifiers) == {"south", "korean"}
    phrase = "the leader of the strike"
    leader = nominal(parsed, "a", text.index(phrase), text.index(phrase) + len(phrase))
    assert leader is not None and leader.head == "leader" and leader.partner == text.index("Dylevsky")
    pair = nominal(parsed, "a", text.index("the two leaders"), text.index(" were"))
    assert pair is not None and pair.several and not leader.several


def test_scores_on_gold_mentions_by_hand(result):
    # key: Trump {g1 g3 g4 g5}, Kim {g2}; response: {g1 g3 g4} {g2} {g5}
    # MUC R 2/3, P 2/2 -> F 0.8; B3 R (9/4 + 1/4 + 1) / 5 = 0.7, P 1 -> F 14/17; CEAF-e phi 6/7 + 1 = 13/7,
    # R 13/14, P 13/21 -> F 26/35
    s = score_variant([result], ENTITY_TYPES, gold_mention_response)
    assert s["muc_f1"] == pytest.approx(80.0)
    assert s["b3_f1"] == pytest.approx(1400 / 17)
    assert s["ceafe_f1"] == pytest.approx(2600 / 35)
    assert s["conll_f1"] == pytest.approx((80 + 1400 / 17 + 2600 / 35) / 3)


def test_predicted_mentions_stand_for_gold_ones_and_other_kinds_drop_out(result):
    entities = dict(predicted_mention_response(result, [m for m in result.gold if m.kind in ENTITY_TYPES]))
    assert sorted(entities.values()) == ["E1", "E1", "E1", "E2"]  # Paris stands for an EVENT mention: dropped
    everything = dict(predicted_mention_response(result, result.gold))
    assert sorted(everything.values()) == ["E1", "E1", "E1", "E2", "E3"]
    assert not any(k[0] == "predicted" for k in everything)  # every newsfold mention stood for a gold one


def test_same_head_baseline_groups_equal_head_words(result):
    labels = dict(same_head_response(result, result.gold))
    assert len({label for label in labels.values() if label[1] == "trump"}) == 1
    assert sum(1 for label in labels.values() if label == ("0", "trump")) == 3


def test_scorer_files_hold_one_document_per_event(result, articles, tmp_path):
    write_scorer_files(tmp_path, articles, [result])
    key = read_conll(io.StringIO((tmp_path / "key.conll").read_text()))
    response = read_conll(io.StringIO((tmp_path / "response.conll").read_text()))
    assert [d.name for d in key] == [d.name for d in response] == ["newswcl50_event_0"]
    assert len(key[0].mentions) == len(response[0].mentions) == 5  # the ACTOR mentions of both outlets
    assert len({c for _, _, c in key[0].mentions}) == 2 and len({c for _, _, c in response[0].mentions}) == 3


def _rescore(key_file: Path, response_file: Path) -> dict[str, float]:
    def labelled(path: Path) -> list[tuple[object, object]]:
        docs = read_conll(io.StringIO(path.read_text(encoding="utf-8")))
        return [((d.name, s, e), (d.name, c)) for d in docs for s, e, c in d.mentions]
    return conll_scores(clusters_from_labels(labelled(key_file)), clusters_from_labels(labelled(response_file)))


def test_gate_newswcl50_entity_coreference(tmp_path):
    data = BENCHMARKS / "newswcl50"
    if not (data / "NewsWCL50.conll").is_file():
        pytest.skip(f"NewsWCL50 not found at {data} (the public benchmarks live in ../shared/benchmarks)")
    lines: list[str] = []
    figures = evaluate("test", data, tmp_path, load_settings(), lines.append)
    assert figures["conll_f1"] >= 58.0  # entity concepts on gold mentions (59.21 with the nominal linker)
    assert figures["all_concepts"]["conll_f1"] >= 50.5
    assert figures["entities_predicted_mentions"]["conll_f1"] >= 36.0
    assert figures["entities_names_only"]["conll_f1"] >= 44.0  # newsfold's named entities alone
    assert figures["entities_as_run_links"]["conll_f1"] >= 44.5  # what the record keeps: sure links only (44.91)
    held_out = figures["entities_held_out_events_5_9"]  # the linker was tuned on events 0-4 only
    assert held_out["conll_f1"] >= 57.0 and held_out["conll_f1"] > held_out["same_head_baseline"] + 5
    assert figures["conll_f1"] > figures["entities_same_head_baseline"]["conll_f1"] + 5
    assert lines[-1].startswith("headline:")
    # the files written for the reference scorer hold the same partitions
    rescored = _rescore(tmp_path / "key.conll", tmp_path / "response.conll")
    assert round(rescored["conll_f1"], 2) == figures["conll_f1"]
