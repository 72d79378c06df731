"""Events read by their words take the date and the figures other stages find in their sentence, by offset (the
dates and figures of French paragraphs are given here as those stages will give them). Every sentence here was
written for these tests."""

from __future__ import annotations

from newsfold.models import Article, DateRef, Figure
from newsfold.nlp.lexical_events import lexical_event_mentions
from newsfold.nlp.parse import load_model, parse_articles

TEXT = "Samedi, 3 000 infirmiers ont manifesté à Nantes. Les électeurs ont voté dimanche lors des élections."


def _parsed(settings):
    article = Article(id="fr", path="fr", text=TEXT, language="fr", published="2026-03-09")
    return next(parse_articles([article], load_model(settings.nlp.model)))


def _ref(word: str, value: str, future: bool = False) -> DateRef:
    start = TEXT.index(word)
    return DateRef("fr", start, start + len(word), word, value, "day", future=future)


def _crowd() -> Figure:
    start = TEXT.index("3 000")
    return Figure("fr-f0", "fr", start, start + 5, "3 000", 3000, 3000, 3000, "infirmiers", "participants")


def test_an_event_takes_the_date_and_the_count_of_its_sentence(settings):
    events, aside = lexical_event_mentions(_parsed(settings), [_ref("Samedi", "2026-03-07")], [_crowd()], None)
    [march] = events
    assert (march.type, march.mode, march.date, march.date_text, march.figures) == (
        "PROTEST", "demonstrate", "2026-03-07", "Samedi", ["fr-f0"])
    assert [s.reason for s in aside] == ["an election named with no date of its own: background, not a report of it"]


def test_a_dated_election_is_an_event_and_a_date_ahead_sets_a_trigger_aside(settings):
    dates = [_ref("Samedi", "2026-03-14", future=True), _ref("dimanche", "2026-03-08")]
    events, aside = lexical_event_mentions(_parsed(settings), dates, [], None)
    assert [(e.type, e.date) for e in events] == [("ELECTION", "2026-03-08")]
    assert [(s.text, s.reason) for s in aside] == [("manifesté", "future (Samedi)")]


def test_a_date_long_before_the_article_is_history(settings):
    events, aside = lexical_event_mentions(_parsed(settings), [_ref("Samedi", "2019-03-07")], [], None)
    assert not [e for e in events if e.type == "PROTEST"]
    assert ("manifesté", "long before the article (Samedi)") in [(s.text, s.reason) for s in aside]
