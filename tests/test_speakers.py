"""Speakers are people, organisations or named groups: a banner, a sign or a fragment of a clause is no speaker
(the speaker is left unknown), through nlp.analyse on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsfold.models import Article, Quote
from newsfold.nlp import analyse
from newsfold.nlp.parse import load_model, parse_articles
from newsfold.nlp.quotes import speaker_text

TEXTS = {
    "banners": "Dockers marched through Korvala with banners responding to the minister's remarks about the strike.",
    "signs": "Taxi drivers put up signs offering free rides to the harbour gates on Monday.",
    "crews": "Crews at the ferry terminal said that the strike would go on until Friday.",
    "named": "The Korvala Dockworkers Union said that 2,000 members had walked out.",
}


@pytest.fixture(scope="module")
def quotes(settings) -> dict[str, list[Quote]]:
    articles = [Article(id=k, path=k, text=v, published="2024-05-10", language="en") for k, v in TEXTS.items()]
    return {p.article.id: analyse(p).quotes for p in parse_articles(articles, load_model(settings.nlp.model))}


def test_things_that_carry_words_are_no_speakers(quotes):
    for key in ("banners", "signs"):
        named = [q.speaker_name for q in quotes[key] if q.speaker_name]
        assert not any(w in n.lower() for n in named for w in ("banner", "sign")), (key, named)


def test_people_and_groups_still_speak(quotes):
    assert [q.speaker_name for q in quotes["crews"]] == ["Crews at the ferry terminal"]
    assert [q.speaker_name for q in quotes["named"]] == ["Korvala Dockworkers Union"]


@pytest.mark.parametrize("text, expected", [
    ("Workers to condemn:", None), ("Svetlana] Tikhanovskaya", None), ("— ,", None),
    ("the striking workers", "the striking workers"), ("Maria Kolesnikova,", "Maria Kolesnikova")])
def test_speaker_text_refuses_fragments(text, expected):
    assert speaker_text(text) == expected


@pytest.mark.parametrize("corpus", ["demo_store", "seeds_store"])
def test_no_fragment_speaks_in_the_corpora(request, corpus):
    store = request.getfixturevalue(corpus)
    named = [q.speaker_name for q in store.quotes() if q.speaker_name]
    assert named
    bad = [n for n in named if any(ch in n for ch in ":[]") or n.split()[-1].lower().rstrip("s")
           in ("banner", "sign", "placard", "poster")]
    assert bad == []
