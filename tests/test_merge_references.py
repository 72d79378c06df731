"""The merge joins an undated "the strike" to the one dated event of its kind that its article, else its story,
tells; with two such events, or for a kind a story tells many of ("the meeting"), it joins none by that alone."""

from __future__ import annotations

from newsfold.events.features import MentionFeatures
from newsfold.events.merge import cluster_mentions
from newsfold.models import EventMention
from newsfold.settings import default_settings


def _feature(mid: str, article: str, date: str | None, kind: tuple[str, str] = ("PROTEST", "strike"),
             reference: bool = False, text: str = "") -> MentionFeatures:
    start = 100 * int(mid.rsplit("e", 1)[1])  # one sentence each
    mention = EventMention(id=mid, article=article, start=start, end=start + len(text), text=text, trigger=kind[1],
                           type=kind[0], mode=kind[1], date=date, date_granularity="day" if date else None,
                           reference=reference)
    # no shared words or entities: only the reference rule can join them
    return MentionFeatures(mention, 0, article, "S1", published="2031-05-09")


def _groups(features: list[MentionFeatures]) -> list[set[str]]:
    clusters = cluster_mentions(features, default_settings().events)
    return sorted(({f.mention.id for f in c.members} for c in clusters), key=sorted)


def test_the_strike_joins_the_one_strike_its_story_dates():
    found = _groups([_feature("a-e0", "a", "2031-05-05"), _feature("b-e0", "b", None, reference=True)])
    assert found == [{"a-e0", "b-e0"}]


def test_its_own_articles_strike_comes_first_and_two_in_the_story_are_no_answer():
    strikes = [_feature("a-e0", "a", "2031-05-05"), _feature("b-e0", "b", "2031-05-07")]
    assert {"b-e0", "b-e1"} in _groups([*strikes, _feature("b-e1", "b", None, reference=True)])
    assert {"c-e0"} in _groups([*strikes, _feature("c-e0", "c", None, reference=True)])


def test_an_unmarked_undated_mention_or_a_meeting_is_not_joined_by_the_rule():
    dated = _feature("a-e0", "a", "2031-05-05")
    assert {"b-e0"} in _groups([dated, _feature("b-e0", "b", None)])
    meetings = [_feature("a-e0", "a", "2031-05-05", ("CONSULT", "meet")),
                _feature("a-e1", "a", None, ("CONSULT", "meet"), reference=True)]
    assert {"a-e1"} in _groups(meetings)
