"""Who said what in the seed articles (../shared/seeds): every direct quote of 000, 001, 003 and 004, and the
reported speech the record keeps, each with its speaker. A quote is found by a few of its words.

A speaker is checked one of three ways: ``entity`` (the canonical entity of that name), ``name`` (the name as
written; the NER may have missed it, so no entity is required, but any entity must be that person) or
``unnamed`` (a description such as "one of the strikers": no entity may be assigned at all).
"""

from __future__ import annotations

import pytest

from newsfold.models import Quote
from newsfold.resolve.names import name_key

DIRECT = [
    ("000", "Long live Belarus", "unnamed", "the striking workers"),
    ("000", "to bring back Tikhanovskaya", "unnamed", "One of the strikers"),
    ("000", "We're not sheep", "unnamed", "Tractor plant workers"),
    ("000", "not 20 of us", "unnamed", "Tractor plant workers"),
    ("000", "20 people decided", "entity", "Lukashenko"),
    ("001", "You can shout 'Leave'", "entity", "Lukashenko"),
    ("001", "all peaceful strikes", "name", "Ilya Rybkin"),
    ("001", "never expect me", "entity", "Lukashenko"),
    ("001", "the door is open", "entity", "Lukashenko"),
    ("001", "God knows who", "entity", "Lukashenko"),
    ("001", "Until you kill me", "entity", "Lukashenko"),
    ("001", "how scared you are", "entity", "Maria Kolesnikova"),
    ("001", "Fate decreed", "entity", "Tikhanovskaya"),
    ("001", "ready to take responsibility", "entity", "Tikhanovskaya"),
    ("003", "Stand up if you voted", "unnamed", "one of workers at the back of the room"),
    ("003", "Who voted for Tikhanovskaya?", "unnamed", "a worker"),
    ("003", "We are the 97%", "unnamed", "Workers"),
    ("003", "also joining strike", "entity", "Oliver Carroll"),
    ("003", "What do you want?", "unnamed", "the management"),
    ("003", "Free and fair elections", "unnamed", "the workers"),
    ("003", "the election is over", "unnamed", "management"),
    ("003", "Energy bars", "entity", "Spiderman"),
    ("003", "You can hear screams", "name", "Maksym Eristavi"),
    ("003", "like a living carpet", "entity", "Telizhenko"),
    ("003", "severe beatings", "entity", "Telizhenko"),
    ("003", "only a peaceful solution", "entity", "Pompeo"),
    # the quotation marks are the Elysee statement's ("..., the Elysee said in a statement")
    ("003", "very worried about the situation", "entity", "Elysee"),
    ("003", "path of dialogue", "entity", "Elysee"),
    ("004", "never cave in", "entity", "Lukashenko"),
    ("004", "never collapse", "entity", "Lukashenko"),
    ("004", "no new election until you kill me", "entity", "Lukashenko"),
    ("004", "You can shout 'Leave,'", "entity", "Lukashenko"),
    ("004", "put the changes to a referendum", "entity", "Lukashenko"),
    ("004", "a former president", "entity", "Sergei Dylevsky"),
    ("004", "He needs to go", "entity", "Sergei Dylevsky"),
    ("004", "legitimate and elected", "entity", "Sergei Dylevsky"),
    ("004", "external forces", "entity", "Kremlin"),
    ("004", "all worrying about it", "entity", "Hanna Yahorava"),
    ("004", "peaceful protesters", "entity", "Hanna Yahorava"),
]

# Reported speech the record keeps: a clause, a demand ("demanding his resignation" asks that he resign) or a
# stance the writer gives a group ("downed tools to condemn the elections").
INDIRECT = [
    ("000", "for leader Alexander Lukashenko to step down", "unnamed", "the opposition"),
    ("000", "victory in the polls", "entity", "Svetlana Tikhanovskaya"),
    ("000", "she came under official pressure", "unnamed", "allies"),
    ("000", "presidential elections where", "unnamed", "Workers"),
    ("000", "foreign competitors would benefit", "entity", "Lukashenko"),
    ("000", "Grodno Azot, also protested", "unnamed", "local media"),
    ("001", "his resignation", "unnamed", "Hundreds of workers and protesters"),
    ("001", "would not give in", "entity", "Lukashenko"),
    ("001", "ready to transfer powers", "entity", "Lukashenko"),
    ("001", "she won the election", "entity", "Tikhanovskaya"),
    ("001", "never planned to enter politics", "entity", "Tikhanovskaya"),
    ("001", "she will organize new elections", "entity", "Tikhanovskaya"),
    ("001", "prepared to back an expansion", "entity", "Germany"),
    ("001", "for a general strike", "unnamed", "The opposition"),
    ("003", "for Lukashenko to leave and fresh elections", "unnamed",
     "Workers from many of Belarus' most famous companies"),
    ("003", "new free and fair elections", "unnamed", "Workers from the Minsk Automobile Works"),
    ("003", "would only win 3%", "unnamed", "an independent poll"),
    ("003", "Yukhodi", "unnamed", "workers"),
    ("004", "to cling tightly to power", "entity", "Lukashenko"),
    ("004", "his immediate resignation", "unnamed", "hundreds of thousands of anti-government protesters"),
    ("004", "no intention of stepping down", "entity", "Lukashenko"),
    ("004", "had spoken by phone", "entity", "Kremlin"),
    ("004", "earlier comments from the Kremlin", "entity", "Kremlin"),
    ("004", "concerned about the possibility", "entity", "Hanna Yahorava"),
]


@pytest.fixture(scope="module")
def quotes(seeds_store) -> list[Quote]:
    return seeds_store.quotes()


def _entity_id(store, name: str) -> str:
    key = name_key(name)
    found = [e for e in store.entities() if key in {name_key(a) for a in e.aliases}]
    assert len(found) == 1, f"{name}: {[(e.name, e.aliases) for e in found]}"
    return found[0].id


def _one(quotes: list[Quote], article: str, words: str, direct: bool) -> Quote:
    found = [q for q in quotes if q.article.startswith(article) and q.direct is direct and words in q.text]
    assert len(found) == 1, (article, words, [(q.text, q.speaker_name) for q in found])
    return found[0]


def _check(store, quote: Quote, how: str, who: str) -> None:
    said = (quote.text, quote.speaker_name, quote.speaker)
    if how == "entity":
        assert quote.speaker == _entity_id(store, who), said
    elif how == "name":
        assert quote.speaker_name == who, said
        if quote.speaker is not None:
            assert quote.speaker == _entity_id(store, who), said
    else:  # an honest description: no named entity may stand in for it
        assert quote.speaker_name == who and quote.speaker is None, said


@pytest.mark.parametrize(("article", "words", "how", "who"), DIRECT)
def test_direct_quote_speaker(seeds_store, quotes, article, words, how, who):
    _check(seeds_store, _one(quotes, article, words, direct=True), how, who)


@pytest.mark.parametrize(("article", "words", "how", "who"), INDIRECT)
def test_reported_speech_speaker(seeds_store, quotes, article, words, how, who):
    _check(seeds_store, _one(quotes, article, words, direct=False), how, who)


def test_every_direct_quote_is_in_the_table(quotes):
    for article in ("000", "001", "003", "004"):
        direct = [q.text for q in quotes if q.article.startswith(article) and q.direct]
        listed = [words for a, words, _, _ in DIRECT if a == article]
        unlisted = [text for text in direct if not any(words in text for words in listed)]
        assert not unlisted and len(direct) == len(listed), (article, unlisted, direct)


def test_the_copy_has_the_same_speakers(quotes):
    """002 repeats 000: its quotes go to the same speakers."""
    original = {(q.text, q.direct): q.speaker_name for q in quotes if q.article.startswith("000")}
    copy = [q for q in quotes if q.article.startswith("002")]
    assert copy and all(original.get((q.text, q.direct)) == q.speaker_name for q in copy)


def test_no_fragment_or_misread_attribution(quotes):
    texts = {q.text for q in quotes}
    assert "for leader Alexander Lukashenko" not in texts  # "calling for X to step down" keeps its verb
    assert "a worker" not in texts and "him" not in texts  # '"...?" shouts a worker'; "shouted him down"
    assert "Lukashenko" not in texts  # "the strikes are going to worry Lukashenko" reports nothing
    assert not any(q.text.startswith("themselves") for q in quotes)  # "found themselves facing ..."
    assert not any("Sasha 3%" == q.text for q in quotes)  # the name of a meme, not a quote
    assert not any(q.speaker_name == "Belarus Truck Plant" for q in quotes)
