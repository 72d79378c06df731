"""Stories: groups of articles covering one unfolding situation.

Found incrementally in publication order: an article joins the story whose entities it shares most (through
an inverted index from entity to story, so no all-pairs comparison), or starts a new one. Copies join their
original's story.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict

from ..models import Article, Entity

__all__ = ["assign_stories", "story_name"]

_MIN_SHARED = 3
_MIN_SHARE = 0.15


def assign_stories(articles: list[Article], entities: list[Entity]) -> dict[str, str]:
    """article id -> story id."""
    ents_of: dict[str, set[str]] = defaultdict(set)
    for entity in entities:
        for article_id, _, _ in entity.mentions:
            ents_of[article_id].add(entity.id)
    story_of: dict[str, str] = {}
    story_entities: dict[str, Counter[str]] = {}
    index: dict[str, set[str]] = defaultdict(set)
    ordered = sorted(articles, key=lambda a: (a.published or "9999", a.duplicate_of is not None, a.id))
    for article in ordered:
        if article.duplicate_of and article.duplicate_of in story_of:
            story_of[article.id] = story_of[article.duplicate_of]
            continue
        mine = ents_of.get(article.id, set())
        candidates = Counter(s for entity_id in mine for s in index[entity_id])
        best = None
        for story, shared in candidates.most_common():
            share = shared / max(1, min(len(mine), len(story_entities[story])))
            if shared >= _MIN_SHARED or share >= _MIN_SHARE and shared >= 2:
                best = story
                break
        if best is None:
            best = "S" + hashlib.sha1(article.id.encode()).hexdigest()[:8]
            story_entities[best] = Counter()
        story_of[article.id] = best
        story_entities[best].update(mine)
        for entity_id in mine:
            index[entity_id].add(best)
    for late in articles:  # copies whose original came later in the order
        if late.duplicate_of and late.id not in story_of:
            story_of[late.id] = story_of.get(late.duplicate_of, "S" + late.id[:8])
    return story_of


def story_name(members: list[Article], entities: list[Entity]) -> str:
    """The story's most mentioned place and person, e.g. "Belarus / Alexander Lukashenko"."""
    ids = {a.id for a in members}
    parts = []
    for wanted in (("GPE", "LOC"), ("PERSON",)):
        best = max((e for e in entities if e.type in wanted), default=None,
                   key=lambda e: sum(1 for m in e.mentions if m[0] in ids))
        if best is not None and any(m[0] in ids for m in best.mentions):
            parts.append(best.name)
    return " / ".join(parts) or "untitled story"
