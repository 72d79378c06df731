"""The merge's clusters keep what the score reads of their members (origins, words, entities, actors, members per
article) as mentions join; these tests hold those sets to what the members say, and the scores to what a cluster
rebuilt from the same members gives, whatever order the members came in."""

from __future__ import annotations

from newsfold.events.features import MentionFeatures
from newsfold.events.merge import Cluster, _score, cluster_mentions
from newsfold.models import EventMention
from newsfold.settings import default_settings


def _feature(mid: str, article: str, origin: str, words: set[str], actors: list[str], paragraph: int = 0,
             date: str | None = "2031-05-05") -> MentionFeatures:
    start = 100 * paragraph
    mention = EventMention(id=mid, article=article, start=start, end=start + 10, text="", trigger="marched",
                           type="PROTEST", mode="demonstrate", date=date, date_granularity="day" if date else None)
    return MentionFeatures(mention, paragraph, origin, "S1", set(actors), actors, [], [], words,
                           published="2031-05-05")


MEMBERS = [
    _feature("a-e0", "a", "a", {"march", "square"}, ["E1"]),
    _feature("b-e0", "b", "a", {"march", "police"}, ["E2"], paragraph=2),
    _feature("a-e1", "a", "a", {"square", "crowd"}, [], paragraph=3),
]


def test_a_cluster_keeps_its_members_words_entities_actors_and_articles():
    c = Cluster.of("PROTEST", MEMBERS)
    assert c.vocab == set(c.words) == {"march", "square", "police", "crowd"}
    assert c.named == set(c.entities) == {"E1", "E2"}
    assert c.actors == {"E1", "E2"} and c.origins == {"a"}
    assert {a: [f.mention.id for f in fs] for a, fs in c.in_article.items()} == {"a": ["a-e0", "a-e1"],
                                                                                  "b": ["b-e0"]}


def test_a_mention_scores_alike_against_a_cluster_built_in_any_order():
    weights = default_settings().events
    new = _feature("c-e0", "c", "a", {"march", "crowd"}, ["E1"], paragraph=1)
    forward, backward = Cluster.of("PROTEST", MEMBERS), Cluster.of("PROTEST", MEMBERS[::-1])
    assert _score(new, forward, weights) == _score(new, backward, weights) > 0


def test_mentions_sharing_a_day_words_and_an_actor_become_one_event():
    clusters = cluster_mentions([*MEMBERS, _feature("c-e0", "c", "c", {"march", "square"}, ["E1"])],
                                default_settings().events)
    assert sorted(sorted(f.mention.id for f in c.members) for c in clusters) == [
        ["a-e0", "a-e1", "b-e0", "c-e0"]]
