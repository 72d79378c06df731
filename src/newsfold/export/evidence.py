"""Which quotes belong with an event: its own quoted words first, then quotes in the paragraphs that report
it, then what its actors said, word for word, in the same sources. Shared by the reports and the workbench."""

from __future__ import annotations

from ..models import Article, Event, EventMention, Quote

__all__ = ["event_quotes", "paragraph_span"]


def paragraph_span(text: str, start: int, end: int) -> tuple[int, int]:
    p_start = text.rfind("\n\n", 0, start)
    p_end = text.find("\n\n", end)
    return (0 if p_start < 0 else p_start + 2), (len(text) if p_end < 0 else p_end)


def event_quotes(event: Event, mentions: dict[str, EventMention], quotes: list[Quote],
                 articles: dict[str, Article], limit: int = 16) -> list[Quote]:
    spans = [(m.article, m.start, m.end) for mid in event.mentions if (m := mentions.get(mid))]
    own = [q for q in quotes if any(a == q.article and s <= q.start < e for a, s, e in spans)]
    paragraphs = [(a, *paragraph_span(articles[a].text, s, e)) for a, s, e in spans if a in articles]
    people = set(event.actors + event.targets)
    # from the rest of the paragraph, only what the event's own people said (a long paragraph tells many things)
    nearby = [q for q in quotes if q.speaker in people and any(a == q.article and s <= q.start < e
                                                               for a, s, e in paragraphs)]
    said = [q for q in quotes if q.article in event.sources and q.speaker in people and q.direct]
    return list({q.id: q for q in own + nearby + said}.values())[:limit]
