"""Entities that exist (resolve.kinds through resolve_entities), on sentences written for these tests with the
labels a model gives them: no entity from a bracket or a capitalised common word, types from the words around a
name and made consistent across the corpus, nationality adjectives that are no place."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfold.models import Analysis, Article, Mention
from newsfold.resolve import resolve_entities
from newsfold.resolve.kinds import (
    _ORG_BEFORE,
    _PERSON_BEFORE,
    CommonWords,
    bracket_free,
    label_from_context,
    nationality_labels,
)

_ORG_PATTERN, _PERSON_PATTERN = _ORG_BEFORE.pattern, _PERSON_BEFORE.pattern

TEXTS = {
    "a": ("Harbour officials said the harbour was closed. Interior Minister Ada Brenn said the interior ministry "
          "would act. US Secretary of State Mara Quist spoke to state television. The German, Swiss, UK and "
          "Japanese ambassadors met in Korvala."),
    "b": ("“Stand up if you voted for [the opposition candidate Lena] Varga?” a worker shouted. Lena Varga, "
          "the opposition candidate, said Varga would win. Varga spoke to potash producer Kalimet and to Teo Ruus, "
          "a journalist for Znak. Varga left, according to her lawyer, Vera Tamm. Tamm said she was free."),
}
# (text, label) as a model tags them; offsets are found in the article text
LABELS = {
    "a": [("Harbour", "PERSON"), ("Interior", "ORG"), ("Ada Brenn", "PERSON"), ("US", "GPE"), ("State", "ORG"),
          ("Mara Quist", "PERSON"), ("German", "NORP"), ("Swiss", "GPE"), ("UK", "GPE"), ("Japanese", "NORP"),
          ("Korvala", "GPE")],
    "b": [("Lena] Varga", "PERSON"), ("Lena Varga", "PERSON"), ("Varga", "ORG"), ("Varga", "ORG"), ("Kalimet", "NORP"),
          ("Teo Ruus", "PERSON"), ("Znak", "PERSON"), ("Vera Tamm", "ORG"), ("Tamm", "ORG")],
}


def _mentions(key: str) -> list[Mention]:
    text, out, pos = TEXTS[key], [], 0
    for name, label in LABELS[key]:
        start = text.index(name, pos)
        out.append(Mention(key, start, start + len(name), name, label, 0))
        pos = start + len(name)
    return out


@pytest.fixture(scope="module")
def entities():
    articles = [Article(id=k, path=k, text=v, language="en") for k, v in TEXTS.items()]
    index = resolve_entities(articles, [Analysis(k, "", mentions=_mentions(k)) for k in TEXTS])
    return {e.name: e for e in index.entities}, index


def test_no_entity_from_a_bracket_or_a_capitalised_common_word(entities):
    by_name, _ = entities
    assert not {"Harbour", "Interior", "State"} & set(by_name)
    assert not any(re.search(r"[\[\]]", alias) for e in by_name.values() for alias in e.aliases)
    assert {"Korvala", "Ada Brenn", "Mara Quist", "Znak"} <= set(by_name)


def test_a_cut_name_is_still_found_at_its_own_offsets(entities):
    by_name, index = entities
    start = TEXTS["b"].index("Lena] Varga")
    assert index.at("b", start, start + len("Lena] Varga")) == by_name["Lena Varga"].id


def test_types_from_the_words_around_and_consistent_across_the_corpus(entities):
    by_name, _ = entities
    assert by_name["Znak"].type == "ORG" and by_name["Kalimet"].type == "ORG"
    assert by_name["Vera Tamm"].type == "PERSON" and "Tamm" in by_name["Vera Tamm"].aliases
    assert by_name["Lena Varga"].type == "PERSON" and "Varga" in by_name["Lena Varga"].aliases


def test_nationality_adjectives_are_no_places(entities):
    by_name, _ = entities
    assert by_name["Swiss"].type == "NORP"
    assert by_name["UK"].type == "GPE" and by_name["US"].type == "GPE"  # they name their country


@pytest.mark.parametrize("span, expected", [("Svetlana] Tikhanovskaya", "Tikhanovskaya"), ("[Maria", "Maria"),
                                            ("Grodno Azot", "Grodno Azot"), ("] [", None)])
def test_bracket_free(span, expected):
    cut = bracket_free(span, 0, len(span))
    assert (span[cut[0]:cut[1]] if cut else None) == expected


def test_common_words_count_where_a_word_stands():
    common = CommonWords(["Harbour staff left. The harbour shut. said Trump. Trump said. a trump card."])
    assert common("Harbour") and not common("Trump") and not common("Znak") and not common("EU")


def test_label_from_context_and_nationality_lists():
    assert label_from_context("a reporter for the Daily Bell, who", 19, 29, "PERSON") == "ORG"
    assert label_from_context("said his spokesman, Ivo Lind.", 20, 28, "ORG") == "PERSON"
    assert label_from_context("Ivo Lind said", 0, 8, "PERSON") == "PERSON"
    text = "the French, Swiss and US envoys"
    spans = [(4, 10, "NORP"), (12, 17, "GPE"), (22, 24, "GPE")]
    assert nationality_labels(text, spans, lambda name: name == "US") == {1: "NORP"}
    assert nationality_labels("in Swiss and US cities", [(3, 8, "GPE"), (13, 15, "GPE")], lambda n: False) == {}


_CONTEXT_WORDS = st.sampled_from(["the", "producer", "company", "journalist for", "a", "his lawyer,", "said",
                                  "Firm", "OF", "with", "outlet", "sister,", "in", "", "ſ", "İ", "at the"])


@given(st.lists(_CONTEXT_WORDS, max_size=6), st.sampled_from([" ", "  ", "\n", "\u00a0", ", ", ""]),
       st.sampled_from(["ORG", "PERSON", "GPE", "NORP"]), st.sampled_from(["Vera Tamm", "vera", "Kalimet"]))
def test_label_from_context_reads_what_its_patterns_read(words, gap, label, name):
    """The quick checks before the patterns leave every label the patterns alone give."""
    text = " ".join(words) + gap + name
    start = len(text) - len(name)
    before = text[max(0, start - 60):start]
    expected = label
    if label != "ORG" and re.search(_ORG_PATTERN, before, re.I):
        expected = "ORG"
    elif label != "PERSON" and re.search(_PERSON_PATTERN, before, re.I) and name[:1].isupper():
        expected = "PERSON"
    assert label_from_context(text, start, len(text), label) == expected
