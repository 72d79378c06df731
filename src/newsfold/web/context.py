"""Page contexts: one function per page builds a plain dict from the store, served as HTML *or* as JSON.

Nothing here escapes text: the templates autoescape, and JSON is JSON. Offsets index each article's clean text.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from ..export.evidence import event_quotes, paragraph_span
from ..export.json import event_facts
from ..export.timeline import timeline
from ..models import Article, Event
from ..store import Store

__all__ = ["NotFound", "stories_context", "story_context", "event_context", "entity_context", "article_context",
           "search_context"]


class NotFound(LookupError):
    """The id names nothing in this database."""


def _evidence(article: Article, start: int, end: int) -> dict[str, Any]:
    """The sentence's paragraph split around the cited span, for highlighting."""
    p_start, p_end = paragraph_span(article.text, start, end)
    return {"article": article.id, "title": article.title, "outlet": article.outlet, "published": article.published,
            "start": start, "end": end, "before": article.text[p_start:start], "span": article.text[start:end],
            "after": article.text[end:p_end]}


def _story_rows(store: Store) -> list[dict[str, Any]]:
    articles = store.articles()
    events = store.events()
    rows = []
    for sid, name in store.stories().items():
        members = [a for a in articles if a.story == sid]
        dates = sorted(a.published for a in members if a.published)
        rows.append({"id": sid, "name": name, "first_date": dates[0] if dates else None,
                     "last_date": dates[-1] if dates else None, "articles": len(members),
                     "events": sum(1 for e in events if e.story == sid)})
    return rows


def stories_context(store: Store) -> dict[str, Any]:
    return {"stories": _story_rows(store)}


def _event_row(e: Event, names: dict[str, str]) -> dict[str, Any]:
    return {"id": e.id, "date": e.date, "type": e.type, "mode": e.mode, "summary": e.summary,
            "actors": [{"id": a, "name": names.get(a, a)} for a in e.actors[:4]],
            "places": [{"id": p, "name": names.get(p, p)} for p in e.places[:4]],
            "size_low": e.size_low, "size_high": e.size_high, "sources": len(e.sources),
            "independent_sources": e.independent_sources,
            "conflicts": [c.kind for c in e.conflicts]}


def story_context(store: Store, story_id: str) -> dict[str, Any]:
    story = next((s for s in _story_rows(store) if s["id"] == story_id), None)
    if story is None:
        raise NotFound(f"no story {story_id!r}")
    names = {e.id: e.name for e in store.entities()}
    events = [_event_row(e, names) for e in store.events() if e.story == story_id]
    events.sort(key=lambda e: (e["date"] or "9999", e["type"]))
    articles = [{"id": a.id, "title": a.title, "outlet": a.outlet, "published": a.published,
                 "duplicate_of": a.duplicate_of} for a in store.articles() if a.story == story_id]
    return {"story": story, "events": events, "articles": articles, "timeline": timeline(events)}


def event_context(store: Store, event_id: str) -> dict[str, Any]:
    event = next((e for e in store.events() if e.id == event_id), None)
    if event is None:
        raise NotFound(f"no event {event_id!r}")
    articles = {a.id: a for a in store.articles()}
    names = {e.id: e.name for e in store.entities()}
    mentions = [m for m in store.event_mentions() if m.id in set(event.mentions)]
    figures = [f for f in store.figures() if f.event == event.id]
    quotes = event_quotes(event, {m.id: m for m in mentions}, store.quotes(), articles)
    fields: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in mentions:
        fields["date"].append({"value": m.date or (f"a {m.weekday.title()}" if m.weekday else "not stated"),
                               "article": m.article, "start": m.start, "end": m.end})
    for f in figures:
        fields[f.category].append({"value": f.text, "article": f.article, "start": f.start, "end": f.end,
                                   "claimed_by": names.get(f.claimed_by or "", f.claimed_by_name), "as_of": f.as_of})
    badges = {c.field.split(" ")[0]: c.kind for c in event.conflicts}
    return {
        "event": _event_row(event, names) | {"targets": [{"id": t, "name": names.get(t, t)} for t in event.targets],
                                             "source_chain": event.source_chain, "story": event.story},
        "sources": [{"id": s, "title": articles[s].title, "outlet": articles[s].outlet,
                     "published": articles[s].published, "duplicate_of": articles[s].duplicate_of}
                    for s in event.sources if s in articles],
        "fields": [{"name": k, "values": v, "badge": badges.get({"participants": "size"}.get(k, k), "agreement")}
                   for k, v in fields.items()],
        "conflicts": [{"field": c.field, "kind": c.kind, "explanation": c.explanation, "values": c.values}
                      for c in event.conflicts],
        "resolved": event.resolved,
        "quotes": [{"id": q.id, "speaker": q.speaker, "speaker_name": names.get(q.speaker or "", q.speaker_name),
                    "cue": q.cue, **_evidence(articles[q.article], q.start, q.end)} for q in quotes],
        "evidence": [_evidence(articles[m.article], m.start, m.end) | {"trigger": m.trigger} for m in mentions],
        # where, the claims, the tactics and the parties, each with its span and stage, as in the JSON export
        **event_facts(event),
    }


def entity_context(store: Store, entity_id: str) -> dict[str, Any]:
    entity = next((e for e in store.entities() if e.id == entity_id), None)
    if entity is None:
        raise NotFound(f"no entity {entity_id!r}")
    articles = {a.id: a for a in store.articles()}
    counts = Counter(articles[m.article].text[m.start:m.end] for m in entity.mentions if m.article in articles)
    names = {e.id: e.name for e in store.entities()}
    events = [_event_row(e, names) | {"role": "actor" if entity.id in e.actors else
                                      "place" if entity.id in e.places else "target"}
              for e in store.events() if entity.id in e.actors + e.places + e.targets]
    quotes = [{"id": q.id, "text": q.text, "article": q.article, "start": q.start, "end": q.end, "cue": q.cue}
              for q in store.quotes() if q.speaker == entity.id]
    return {"entity": {"id": entity.id, "name": entity.name, "type": entity.type,
                       "aliases": [{"alias": a, "count": counts.get(a, 0)} for a in entity.aliases],
                       "mentions": len(entity.mentions)},
            "events": events, "quotes": quotes}


def _segments(article: Article, spans: list[tuple[int, int, str]]) -> list[list[dict[str, Any]]]:
    """Paragraphs as lists of text segments, each either plain or a mention linked to its entity."""
    paragraphs, pos = [], 0
    for chunk in article.text.split("\n\n"):
        start, end = pos, pos + len(chunk)
        inside = sorted((s, e, eid) for s, e, eid in spans if start <= s and e <= end)
        segs, cursor = [], start
        for s, e, eid in inside:
            if s < cursor:
                continue
            segs.append({"text": article.text[cursor:s], "entity": None})
            segs.append({"text": article.text[s:e], "entity": eid})
            cursor = e
        segs.append({"text": article.text[cursor:end], "entity": None})
        paragraphs.append([s for s in segs if s["text"]])
        pos = end + 2
    return paragraphs


def article_context(store: Store, article_id: str) -> dict[str, Any]:
    articles = store.articles()
    article = next((a for a in articles if a.id == article_id), None)
    if article is None:
        raise NotFound(f"no article {article_id!r}")
    spans = [(m.start, m.end, ent.id) for ent in store.entities() for m in ent.mentions if m.article == article.id]
    return {"article": {"id": article.id, "title": article.title, "outlet": article.outlet, "url": article.url,
                        "published": article.published, "published_source": article.published_source,
                        "published_inferred": article.metadata.get("published_inferred", []),
                        "language": article.language, "path": article.path, "story": article.story,
                        "duplicate_of": article.duplicate_of, "duplicate_kind": article.duplicate_kind},
            "paragraphs": _segments(article, spans),
            "removed": [{"text": r.text, "reason": r.reason} for r in article.removed],
            "embeds": [{"text": e.text, "author": e.author, "handle": e.handle, "date": e.date,
                        "language": e.language} for e in article.embeds],
            "copies": [{"id": a.id, "kind": a.duplicate_kind} for a in articles if a.duplicate_of == article.id]}


def search_context(store: Store, query: str) -> dict[str, Any]:
    return {"query": query, "results": store.search(query) if query.strip() else []}
