"""Page contexts: one function per page builds a plain dict from the store, served as HTML *or* as JSON.

Nothing here escapes text: the templates autoescape, and JSON is JSON. Offsets index each article's clean text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from ..export.evidence import event_quotes, paragraph_span
from ..export.json import event_facts
from ..export.timeline import timeline
from ..models import Article, Event
from ..store import Store

__all__ = ["NotFound", "Moved", "Gone", "stories_context", "story_context", "event_context", "entity_context",
           "article_context", "search_context"]


class NotFound(LookupError):
    """The id names nothing in this database."""


class Moved(LookupError):
    """The id was replaced by a later run: ``new_id`` continues it."""

    def __init__(self, kind: str, old_id: str, new_id: str):
        super().__init__(f"this {kind} is now {new_id} (it was {old_id})")
        self.new_id = new_id


class Gone(LookupError):
    """The id was in an earlier record, but nothing in the current one continues it."""


def _missing(store: Store, kind: str, item_id: str) -> LookupError:
    """Why ``item_id`` is not in the record: moved to another id, gone, or never there."""
    redirect = store.redirect(kind, item_id)
    if redirect is None:
        return NotFound(f"no {kind} {item_id!r}")
    if redirect.new_id is None:
        return Gone(f"this {kind} no longer exists: {item_id!r} was in an earlier record, but nothing in the "
                    "current one continues it (its sources are no longer in the database)")
    return Moved(kind, item_id, redirect.new_id)


def _evidence(article: Article, start: int, end: int) -> dict[str, Any]:
    """The sentence's paragraph split around the cited span, for highlighting."""
    p_start, p_end = paragraph_span(article.text, start, end)
    return {"article": article.id, "title": article.title, "outlet": article.outlet, "published": article.published,
            "start": start, "end": end, "before": article.text[p_start:start], "span": article.text[start:end],
            "after": article.text[end:p_end]}


def stories_context(store: Store) -> dict[str, Any]:
    return {"stories": store.story_rows()}


def _event_row(e: Event, names: dict[str, str]) -> dict[str, Any]:
    return {"id": e.id, "date": e.date, "type": e.type, "mode": e.mode, "summary": e.summary,
            "actors": [{"id": a, "name": names.get(a, a)} for a in e.actors[:4]],
            "places": [{"id": p, "name": names.get(p, p)} for p in e.places[:4]],
            "size_low": e.size_low, "size_high": e.size_high, "sources": len(e.sources),
            "independent_sources": e.independent_sources,
            "conflicts": [c.kind for c in e.conflicts]}


def story_context(store: Store, story_id: str) -> dict[str, Any]:
    story = next(iter(store.story_rows(story_id)), None)
    if story is None:
        raise _missing(store, "story", story_id)
    story_events = store.story_events(story_id)
    names = store.entity_names(x for e in story_events for x in e.actors[:4] + e.places[:4])
    events = [_event_row(e, names) for e in story_events]
    events.sort(key=lambda e: (e["date"] or "9999", e["type"]))
    return {"story": story, "events": events, "articles": store.story_articles(story_id),
            "timeline": timeline(events)}


def event_context(store: Store, event_id: str) -> dict[str, Any]:
    event = store.event(event_id)
    if event is None:
        raise _missing(store, "event", event_id)
    mentions = store.event_mentions_by_id(event.mentions)
    where = set(event.sources) | {m.article for m in mentions}
    articles = store.articles_by_id(where)
    figures = store.event_figures(event.id)
    quotes = event_quotes(event, {m.id: m for m in mentions}, store.quotes_in(where), articles)
    names = store.entity_names([*event.actors, *event.places, *event.targets, *(q.speaker or "" for q in quotes),
                                *(f.claimed_by or "" for f in figures)])
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
                    "cue": q.cue, "direct": q.direct, **_evidence(articles[q.article], q.start, q.end)}
                   for q in quotes],
        "evidence": [_evidence(articles[m.article], m.start, m.end) | {"trigger": m.trigger} for m in mentions],
        # where, the claims, the tactics and the parties, each with its span and stage, as in the JSON export
        **event_facts(event),
    }


def entity_context(store: Store, entity_id: str) -> dict[str, Any]:
    entity = store.entity(entity_id)
    if entity is None:
        raise _missing(store, "entity", entity_id)
    counts = store.alias_counts(entity.id)
    entity_events = store.entity_events(entity.id)
    names = store.entity_names(x for e in entity_events for x in e.actors[:4] + e.places[:4])
    events = [_event_row(e, names) | {"role": "actor" if entity.id in e.actors else
                                      "place" if entity.id in e.places else "target"}
              for e in entity_events]
    quotes = [{"id": q.id, "text": q.text, "article": q.article, "start": q.start, "end": q.end, "cue": q.cue,
               "direct": q.direct} for q in store.quotes_by(entity.id)]
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
    article = store.article(article_id)
    if article is None:
        raise NotFound(f"no article {article_id!r}")
    spans = store.entity_spans(article.id)
    return {"article": {"id": article.id, "title": article.title, "outlet": article.outlet, "url": article.url,
                        "published": article.published, "published_source": article.published_source,
                        "published_inferred": article.metadata.get("published_inferred", []),
                        "language": article.language, "path": article.path, "story": article.story,
                        "duplicate_of": article.duplicate_of, "duplicate_kind": article.duplicate_kind},
            "paragraphs": _segments(article, spans),
            "removed": [{"text": r.text, "reason": r.reason} for r in article.removed],
            "embeds": [{"text": e.text, "author": e.author, "handle": e.handle, "date": e.date,
                        "language": e.language} for e in article.embeds],
            "copies": store.copies_of(article.id)}


def search_context(store: Store, query: str) -> dict[str, Any]:
    """Each result's snippet as plain text and as parts, the matched words marked (``match: true``)."""
    results = store.search(query) if query.strip() else []
    return {"query": query, "results": [{**r, **_snippet(r["snippet"])} | _quote_kind(store, r) for r in results]}


def _quote_kind(store: Store, result: dict[str, str]) -> dict[str, Any]:
    """A quote's ``direct``: only words that stood in quotation marks are shown inside them."""
    if result["kind"] != "quote":
        return {}
    article = result["ref"].rsplit("-q", 1)[0]
    quote = next((q for q in store.quotes_in([article]) if q.id == result["ref"]), None)
    return {"direct": quote is not None and quote.direct}


def _snippet(marked: str) -> dict[str, Any]:
    pieces = re.split("\ue000(.*?)\ue001", marked)
    parts = [{"text": text, "match": n % 2 == 1} for n, text in enumerate(pieces) if text]
    return {"snippet": "".join(pieces), "parts": parts}
