"""MUC, B3, CEAF-e and CoNLL F1 on clusterings worked out by hand, and the CoNLL coreference file format."""

from __future__ import annotations

import io
import itertools
import random

import pytest

from newsfold.eval.coref import (
    ConllDocument,
    b_cubed,
    ceaf_e,
    clusters_from_labels,
    conll_scores,
    max_weight_assignment,
    muc,
    read_conll,
    write_conll,
)

# Pradhan et al. (2014), Figure 1: key {a,b,c} {d,e,f,g}; response {a,b} {c,d} {f,g,h,i}.
KEY = [set("abc"), set("defg")]
RESPONSE = [set("ab"), set("cd"), set("fghi")]


def approx(x: float) -> object:
    return pytest.approx(x, abs=1e-9)


def test_classic_example_muc():
    # recall: {a,b,c} splits into {a,b}{c} (3-2); {d,e,f,g} into {d}{e}{f,g} (4-3); over (3-1)+(4-1)
    # precision: {a,b} whole (2-1); {c,d} split (2-2); {f,g,h,i} into {f,g}{h}{i} (4-3); over 1+1+3
    s = muc(KEY, RESPONSE)
    assert (s.recall_num, s.recall_den, s.precision_num, s.precision_den) == (2, 5, 2, 5)
    assert s.f1 == approx(0.4)


def test_classic_example_b_cubed():
    # recall = (2²/3 + 1²/3 + 1²/4 + 2²/4) / 7 = 35/84; precision = (2²/2 + 1²/2 + 1²/2 + 2²/4) / 8 = 1/2
    s = b_cubed(KEY, RESPONSE)
    assert s.recall == approx(35 / 84)
    assert s.precision == approx(0.5)
    assert s.f1 == approx(5 / 11)


def test_classic_example_ceaf_e():
    # phi4: {abc}-{ab} 4/5, {abc}-{cd} 2/5, {defg}-{cd} 2/6, {defg}-{fghi} 4/8; best alignment 4/5 + 1/2 = 1.3
    s = ceaf_e(KEY, RESPONSE)
    assert s.recall_num == approx(1.3)
    assert s.recall == approx(1.3 / 2)
    assert s.precision == approx(1.3 / 3)
    assert s.f1 == approx(0.52)


def test_classic_example_conll():
    scores = conll_scores(KEY, RESPONSE)
    assert scores["muc_f1"] == approx(40.0)
    assert scores["b3_f1"] == approx(500 / 11)
    assert scores["ceafe_f1"] == approx(52.0)
    assert scores["conll_f1"] == approx((40 + 500 / 11 + 52) / 3)


def test_identical_clusterings_score_100():
    scores = conll_scores(KEY, KEY)
    assert scores["muc_f1"] == approx(100) and scores["b3_f1"] == approx(100) and scores["ceafe_f1"] == approx(100)


def test_singletons_only():
    # MUC has no links to count (0/0 -> 0, as in the reference scorer); B3 and CEAF-e count singletons.
    key = [{"a"}, {"b"}, {"c"}]
    assert muc(key, key).f1 == 0.0
    assert b_cubed(key, key).f1 == approx(1.0)
    assert ceaf_e(key, key).f1 == approx(1.0)


def test_one_key_entity_split_into_singletons():
    # B3: recall 5 x (1/5) / 5 = 1/5, precision 1; CEAF-e: phi4(K, {x}) = 2/6 = 1/3, R = 1/3, P = (1/3) / 5
    key, response = [set("abcde")], [{x} for x in "abcde"]
    assert muc(key, response).recall == 0.0 and muc(key, response).precision_den == 0
    assert b_cubed(key, response).recall == approx(0.2) and b_cubed(key, response).precision == approx(1.0)
    c = ceaf_e(key, response)
    assert c.recall == approx(1 / 3) and c.precision == approx(1 / 15) and c.f1 == approx(1 / 9)


def test_everything_merged():
    # key {a,b} {c,d,e}, response one cluster: MUC R = 3/3, P = (5-2)/4; B3 P = (2²+3²)/5 / 5 = 13/25;
    # CEAF-e: phi4 = 4/7 and 6/8, the best single pair is 3/4: R = 3/8, P = 3/4
    key, response = [set("ab"), set("cde")], [set("abcde")]
    m = muc(key, response)
    assert m.recall == approx(1.0) and m.precision == approx(0.75) and m.f1 == approx(6 / 7)
    b = b_cubed(key, response)
    assert b.recall == approx(1.0) and b.precision == approx(13 / 25)
    c = ceaf_e(key, response)
    assert c.recall == approx(3 / 8) and c.precision == approx(3 / 4) and c.f1 == approx(0.5)


def test_twinless_mentions_count_against_their_side():
    # key {a,b}, response {a,c}: no common link; B3 R = (1/2) / 2, P the same; CEAF-e phi4 = 2/4
    key, response = [{"a", "b"}], [{"a", "c"}]
    assert muc(key, response).f1 == 0.0
    assert b_cubed(key, response).recall == approx(0.25) and b_cubed(key, response).precision == approx(0.25)
    assert ceaf_e(key, response).f1 == approx(0.5)


@pytest.mark.parametrize("response,common", [
    ([{"a"}, set("de")], 1 + 4 / 5),  # TC2: missing mentions and entities
    ([{"a"}, set("bcx"), set("defy"), {"z"}], 1 + 4 / 5 + 6 / 7),  # TC3: false-alarm mentions and entities
    ([{"a"}, set("bcx"), set("dy"), {"z"}], 1 + 4 / 5 + 2 / 5),  # TC4: both
])
def test_ceaf_e_with_twinless_mentions_as_in_the_reference_scorer_test_cases(response, common):
    # key {a} {b,c} {d,e,f}: phi4 {a}-{a} = 1, {bc}-{bcx} = 4/5, {def}-{de} = 4/5, {def}-{defy} = 6/7, {def}-{dy} = 2/5
    s = ceaf_e([{"a"}, set("bc"), set("def")], response)
    assert s.recall_num == approx(common)
    assert s.recall == approx(common / 3) and s.precision == approx(common / len(response))


def test_a_mention_in_two_clusters_is_refused():
    with pytest.raises(ValueError, match="two clusters"):
        muc([{"a", "b"}, {"b", "c"}], [{"a"}])


def _brute_force(weights: list[list[float]]) -> float:
    rows, cols = len(weights), len(weights[0])
    best = 0.0
    for perm in itertools.permutations(range(max(rows, cols)), rows):
        best = max(best, sum(weights[i][j] for i, j in enumerate(perm) if j < cols))
    return best


@pytest.mark.parametrize("seed", range(40))
def test_assignment_is_optimal_on_random_matrices(seed):
    rng = random.Random(seed)
    rows, cols = rng.randint(1, 6), rng.randint(1, 6)
    weights = [[rng.choice([0.0, 0.0, rng.random(), round(rng.random(), 1)]) for _ in range(cols)]
               for _ in range(rows)]
    edges = {i: {j: w for j, w in enumerate(row) if w > 0} for i, row in enumerate(weights)}
    matching = max_weight_assignment(edges)
    assert len({i for i, _, _ in matching}) == len(matching) == len({j for _, j, _ in matching})
    assert sum(w for _, _, w in matching) == approx(_brute_force(weights))


def test_assignment_is_fast_on_a_long_chain():
    # key {2i, 2i+1}, response {0} {2i+1, 2i+2}: one connected component of 4,000 clusters. Best: {0,1}-{0}
    # (2/3), then every other key cluster with the response cluster on its left (1/2 each): 2/3 + 1999/2.
    key = [{2 * i, 2 * i + 1} for i in range(2000)]
    response = [{0}] + [{2 * i + 1, 2 * i + 2} for i in range(2000)]
    assert ceaf_e(key, response).recall_num == approx(2 / 3 + 1999 / 2)


def test_write_conll_layout():
    doc = ConllDocument("d1", [["President", "Trump", "met", "Kim", "."], ["He", "left"]],
                        [(0, 2, "trump"), (1, 2, "trump"), (3, 4, "kim"), (5, 6, "trump")])
    out = io.StringIO()
    write_conll(out, [doc])
    assert out.getvalue().splitlines() == [
        "#begin document (d1); part 000",
        "d1\t0\t0\tPresident\t(0", "d1\t0\t1\tTrump\t(0)|0)", "d1\t0\t2\tmet\t-", "d1\t0\t3\tKim\t(1)",
        "d1\t0\t4\t.\t-", "", "d1\t0\t0\tHe\t(0)", "d1\t0\t1\tleft\t-", "", "#end document"]


def test_conll_round_trip_keeps_nested_and_single_token_mentions():
    doc = ConllDocument("d/2", [["a", "b", "c", "d"], ["e", "f"]],
                        [(0, 4, "x"), (1, 3, "x"), (2, 3, "y"), (4, 6, "z"), (5, 6, "x")])
    out = io.StringIO()
    numbers = write_conll(out, [doc])
    back = read_conll(io.StringIO(out.getvalue()))
    assert len(back) == 1 and back[0].name == "d/2" and back[0].sentences == doc.sentences
    assert sorted(back[0].mentions) == sorted((s, e, str(numbers[c])) for s, e, c in doc.mentions)


def test_read_conll_with_named_chains_and_spaced_separators():
    text = ("#begin document 0/-/0_L; part 000\n"
            "0/-/0_L\t1\t0\ta\t(e1_X\t\n0/-/0_L\t1\t1\tsummit\t(e2_Y)| e1_X)\t\n0/-/0_L\t1\t2\t \t-\t\n\n")
    doc = read_conll(io.StringIO(text))[0]
    assert doc.name == "0/-/0_L" and doc.tokens() == ["a", "summit", " "]
    assert sorted(doc.mentions) == [(0, 2, "e1_X"), (1, 2, "e2_Y")]


def test_clusters_from_labels_keeps_the_first_label():
    clusters = clusters_from_labels([("m1", "A"), ("m2", "A"), ("m3", "B"), ("m1", "B")])
    assert sorted(map(sorted, clusters)) == [["m1", "m2"], ["m3"]]
