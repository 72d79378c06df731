"""The language registry (nlp/languages): codes to packs, the fallback for a language with no pack, and the
patterns built from every pack's words. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from newsfold.errors import ConfigError
from newsfold.models import Article
from newsfold.nlp import analyse
from newsfold.nlp.languages import (
    FALLBACK,
    LanguagePack,
    clause_words,
    lexical_words,
    month_words,
    pack_for,
    paragraph_pack,
    quote_pairs,
    register,
    registered,
    state_force_words,
)
from newsfold.nlp.languages.base import NO_CLAUSE_WORDS
from newsfold.nlp.parse import load_model, parse_articles
from newsfold.nlp.relevance import hypothetical, refers_back


def test_every_registered_pack_is_a_language_pack():
    assert [p.code for p in registered()] == ["en", "uk", "ru", "cs", "pl", "sl", "sk", "hr", "fr", "de", "es", "it",
                                              "pt", "tr", "ar", "zh"]
    assert all(isinstance(p, LanguagePack) for p in [*registered(), FALLBACK])


def test_an_unknown_code_gets_the_fallback_which_says_what_it_does_not_analyse():
    assert pack_for("nl") is FALLBACK and pack_for("zz") is FALLBACK
    assert set(FALLBACK.not_analysed) == {"parse", "entities", "dates", "figures", "quotes", "events"}
    assert not FALLBACK.triggers and not FALLBACK.months and FALLBACK.entities("Die Hafenarbeiter streiken.") == []


def test_an_article_with_no_label_is_read_in_the_default_language():
    assert pack_for(None) is pack_for("en")


def test_a_paragraph_in_a_language_with_no_pack_is_analysed_only_as_far_as_the_generic_parts_go(settings):
    text = 'De havenarbeiders in Rotterdam staken sinds dinsdag. „Wij blijven buiten“, zei Anna de Vries.'
    assert paragraph_pack("nl", text) is FALLBACK
    article = Article(id="haven", path="haven", text=text, language="nl")
    parsed = next(parse_articles([article], load_model(settings.nlp.model)))
    analysis = analyse(parsed)
    assert parsed.quotes  # quotation marks are every pack's: the generic part still finds the quote
    first = text.index("„")  # spaCy's Dutch punctuation rules give the sentences
    assert [(s.start, s.end) for s in analysis.sentences] == [(0, first - 1), (first, len(text))]
    assert not analysis.mentions and not analysis.events and not analysis.quotes
    # dates need no pack, only CLDR's words for the article's language (nlp/lexical_dates.py)
    assert [(d.text, d.weekday, d.stage) for d in analysis.dates] == [("dinsdag", "tuesday", "lexical-dates")]
    assert analysis.not_analysed == {"nl": [x for x in FALLBACK.not_analysed if x != "dates"]}


def test_patterns_take_the_words_of_every_pack():
    assert ("«", "»") in quote_pairs() and ("“", "”") in quote_pairs()
    assert month_words()["sept"] == 9 and month_words("Cyrillic")["августа"] == 8


def test_a_pack_code_must_be_iso_639_1():
    class Bad:
        code = "eng"

    with pytest.raises(ConfigError, match="ISO 639-1"):
        register(Bad())  # type: ignore[arg-type]


def test_clause_words_have_a_neutral_default_for_packs_that_give_none(settings):
    class Bare:  # a pack written before clause words existed
        pass

    assert clause_words(Bare()) is NO_CLAUSE_WORDS  # type: ignore[arg-type]
    assert clause_words(FALLBACK) is NO_CLAUSE_WORDS and clause_words(pack_for("ru")) is NO_CLAUSE_WORDS
    assert lexical_words(FALLBACK) is None and lexical_words(pack_for("en")) is None
    assert lexical_words(pack_for("fr")) is not None and lexical_words(pack_for("ru")) is not None
    english = clause_words(pack_for("en"))
    assert "the" in english.definite and "for" in english.asking and "riot police" in english.state_forces
    assert "riot police" in state_force_words()
    doc = load_model(settings.nlp.model)("The protests went on. Unions called for strikes.")
    protests, strikes = doc[1], doc[-2]
    assert refers_back(protests, pack_for("en")) and not refers_back(protests, FALLBACK)
    assert hypothetical(strikes, pack_for("en")) == "asked for, not reported (called for)"
    assert hypothetical(strikes, FALLBACK) is None
