"""Who said what, through nlp.analyse on sentences written for these tests: direct quotes, "X said that ...",
"according to X", and a pronoun that names the last person the text was about. Each quote is also a STATEMENT
event mention of its speaker, and a figure inside a quote is claimed by the speaker."""

from __future__ import annotations

import pytest

from newsfold.models import Analysis, Article, Quote
from newsfold.nlp import analyse
from newsfold.nlp.parse import load_model, parse_articles

PUBLISHED = "2024-05-10"  # a Friday
TEXTS = {
    "direct": '"We will not sail until the rota is fixed," said Edda Valt, the chair of the seafarers\' guild.',
    "said-that": "The harbour master said that the cargo berth would stay open on Wednesday.",
    "according": "According to the harbour office, 14 ships were waiting outside the breakwater.",
    "pronoun": "Ansa Lind runs the ferry company in Korvala.\n\n\"The boats will stay in port this week,\" she said.",
    "they": "The ferry crews gathered at the quay on Monday.\n\n\"We have waited a year,\" they said.",
    "told": "Edda Valt told reporters that the crews would stay out.",
    "claim": '"More than 2,000 of us walked out," Edda Valt said on Tuesday.',
}


@pytest.fixture(scope="module")
def analysed(settings) -> dict[str, tuple[Article, Analysis]]:
    """Every text parsed once, as the pipeline analyses an article."""
    articles = [Article(id=k, path=k, text=v, published=PUBLISHED, language="en") for k, v in TEXTS.items()]
    out = {}
    for parsed in parse_articles(articles, load_model(settings.nlp.model)):
        out[parsed.article.id] = (parsed.article, analyse(parsed))
    return out


def _one_quote(analysed, key: str) -> tuple[str, Quote]:
    article, analysis = analysed[key]
    assert len(analysis.quotes) == 1, [(q.text, q.direct) for q in analysis.quotes]
    quote = analysis.quotes[0]
    text = article.text
    assert text[quote.start:quote.end] == quote.text  # every span points into the clean text
    assert quote.cue_start is not None and quote.cue_end is not None
    assert text[quote.cue_start:quote.cue_end] == quote.cue
    return text, quote


def _source(text: str, quote: Quote) -> str:
    assert quote.speaker_start is not None and quote.speaker_end is not None
    return text[quote.speaker_start:quote.speaker_end]


def test_a_direct_quote_with_its_speaker_and_cue(analysed):
    text, q = _one_quote(analysed, "direct")
    assert (q.direct, q.text, q.cue, q.speaker_name) == (True, "We will not sail until the rota is fixed,", "said",
                                                          "Edda Valt")
    # the source as written keeps its description; the name says who it is
    assert _source(text, q) == "Edda Valt, the chair of the seafarers' guild"


def test_said_that_is_reported_speech(analysed):
    text, q = _one_quote(analysed, "said-that")
    assert (q.direct, q.text, q.cue) == (False, "that the cargo berth would stay open on Wednesday", "said")
    assert _source(text, q) == "The harbour master"


def test_according_to_names_the_source(analysed):
    text, q = _one_quote(analysed, "according")
    assert (q.direct, q.cue, q.text) == (False, "According to", "14 ships were waiting outside the breakwater")
    assert _source(text, q) == "the harbour office" and q.speaker_name == "the harbour office"


def test_told_reporters_that(analysed):
    text, q = _one_quote(analysed, "told")
    assert (q.direct, q.cue, q.text, q.speaker_name) == (False, "told", "that the crews would stay out", "Edda Valt")


@pytest.mark.parametrize("key,pronoun,name", [("pronoun", "she", "Ansa Lind"), ("they", "they", "The ferry crews")])
def test_a_pronoun_speaker_is_the_last_one_the_text_was_about(analysed, key, pronoun, name):
    text, q = _one_quote(analysed, key)
    assert q.direct and _source(text, q) == pronoun  # the source as written stays the pronoun
    assert q.speaker_name == name


def test_every_quote_is_a_statement_by_its_speaker(analysed):
    for key in ("direct", "said-that", "according", "pronoun"):
        _, analysis = analysed[key]
        [quote] = analysis.quotes
        statements = [e for e in analysis.events if e.type == "STATEMENT"]
        assert len(statements) == 1, key
        s = statements[0]
        assert s.speaker_name == quote.speaker_name and s.trigger == quote.cue
        assert s.mode == ("quote" if quote.direct else "reported")
        assert s.quote == (quote.text if quote.direct else None)
        assert [(x.start, x.end) for x in s.actor_mentions] == [(quote.speaker_start, quote.speaker_end)]


def test_a_figure_in_a_quote_is_claimed_by_the_speaker_on_the_day_said(analysed):
    _, analysis = analysed["claim"]
    [figure] = analysis.figures
    assert (figure.text, figure.low, figure.high, figure.category) == ("More than 2,000", 2000, None, "participants")
    assert figure.claimed_by_name == "Edda Valt"
    [statement] = [e for e in analysis.events if e.type == "STATEMENT"]
    assert statement.date == "2024-05-07" and statement.weekday == "tuesday"  # "said on Tuesday", read on a Friday


def test_a_date_inside_reported_words_is_not_when_they_were_said(analysed):
    _, analysis = analysed["said-that"]
    [statement] = [e for e in analysis.events if e.type == "STATEMENT"]
    assert statement.date is None  # "on Wednesday" is when the berth stays open
    assert [(d.text, d.value) for d in analysis.dates] == [("Wednesday", "2024-05-15")]  # future tense: the coming one
