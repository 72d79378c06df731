"""Relevance: whether an event trigger reports a contentious event where it stands, from the word's sense in its
sentence (the paragraph's language pack) and what the article is about.

A page mostly about sport, markets, culture or science yields a protest, assault or arrest only from a sentence
that speaks of contention (protesters, police, strikers ...); elsewhere a trigger counts unless its pack reads it
in another sense ("Russia beat Croatia", "in March", "shares rallied"). What is set aside is kept with its reason.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from .languages import LanguagePack

__all__ = ["CONTENTIOUS", "article_topic", "set_aside_reason"]

# PLOVER types that conflict data codes (ACLED, CCC): they need a contentious sense to count.
CONTENTIOUS = frozenset({"PROTEST", "ASSAULT", "COERCE", "FIGHT"})
# A topic decides an article when this share of its words (and at least _MIN_WORDS of them) are the topic's and
# it has more than _OVER times as many of them as words of contention.
_SHARE, _MIN_WORDS, _OVER = 0.02, 6, 2


def article_topic(docs: Iterable[tuple[Doc | None, LanguagePack]]) -> str | None:
    """The topic (a key of the packs' ``topic_words``) an article is mostly about, or None (news of any kind)."""
    counts: Counter[str] = Counter()
    words = contention = 0
    for doc, pack in docs:
        if doc is None:
            continue
        for tok in doc:
            if not tok.is_alpha:
                continue
            words += 1
            lemma = tok.lemma_.lower()
            contention += lemma in pack.contention_words
            counts.update(topic for topic, vocabulary in pack.topic_words.items() if lemma in vocabulary)
    if not counts:
        return None
    topic, n = counts.most_common(1)[0]
    return topic if n >= _MIN_WORDS and n >= _SHARE * words and n > _OVER * contention else None


def _speaks_of_contention(tok: Token, pack: LanguagePack) -> bool:
    return any(t.lemma_.lower() in pack.contention_words for t in tok.sent if t.i != tok.i)


def set_aside_reason(tok: Token, plover: str, pack: LanguagePack, topic: str | None) -> str | None:
    """Why the trigger ``tok`` (of PLOVER type ``plover``) is not taken for an event, or None when it is."""
    sense = pack.other_sense(tok)
    if sense:
        return sense
    if topic is not None and plover in CONTENTIOUS and not _speaks_of_contention(tok, pack):
        return f"an article about {topic}, and a sentence that speaks of no contention"
    return None
