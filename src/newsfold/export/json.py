"""The JSON record (schema documented in the README and kept stable; extra fields are additions)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from ..models import Event, Location, Span
from ..store import SCHEMA_VERSION, Store

__all__ = ["build_record", "event_facts", "location_record"]


def _span(span: Span) -> dict[str, Any]:
    return {"article": span.article, "start": span.start, "end": span.end, "stage": span.stage}


def location_record(loc: Location | None) -> dict[str, Any] | None:
    """A location as JSON: the place's fields flat beside the span, ``reason`` set when it is unresolved."""
    if loc is None:
        return None
    place = asdict(loc.place) if loc.place else {}
    return {"name": loc.name, "entity": loc.entity, "resolved": loc.place is not None, "reason": loc.reason,
            "basis": loc.basis, "place": place.get("name"), "within": place.get("within"),
            "precision": place.get("precision"), "admin1": place.get("admin1"), "country": place.get("country"),
            "country_code": place.get("country_code"), "iso_numeric": place.get("iso_numeric"),
            "latitude": place.get("latitude"), "longitude": place.get("longitude"),
            "geonameid": place.get("geonameid"), "article": loc.article, "start": loc.start, "end": loc.end,
            "stage": loc.stage}


def event_facts(e: Event) -> dict[str, Any]:
    """An event's enrichment fields as JSON (also used by the web event page and its /api twin)."""
    return {"location": location_record(e.location), "locations": [location_record(x) for x in e.locations],
            "claims": [asdict(c) for c in e.claims], "titles": [asdict(t) for t in e.titles],
            "tactics": [asdict(t) for t in e.tactics], "actor_groups": [asdict(g) for g in e.actor_groups]}


def build_record(store: Store) -> dict[str, Any]:
    mentions = {m.id: m for m in store.event_mentions()}
    analyses = {an.article: an for an in store.analyses()}
    articles = []
    for a in store.articles():
        analysis = analyses.get(a.id)
        articles.append({
            "id": a.id, "path": a.path, "url": a.url, "title": a.title, "outlet": a.outlet,
            "published": a.published, "published_source": a.published_source, "language": a.language,
            "duplicate_of": a.duplicate_of, "duplicate_kind": a.duplicate_kind, "story": a.story,
            "text": a.text, "removed": [asdict(r) for r in a.removed], "embeds": [asdict(e) for e in a.embeds],
            "metadata": a.metadata, "topic": analysis.topic if analysis else None,
            "set_aside": [asdict(x) for x in analysis.set_aside] if analysis else [],
        })
    entities = [{"id": e.id, "name": e.name, "type": e.type, "aliases": e.aliases,
                 "mentions": [_span(m) for m in e.mentions],
                 "embed_mentions": [{"article": m.article, "embed": m.embed, "start": m.start, "end": m.end,
                                     "stage": m.stage} for m in e.embed_mentions],
                 "nominal_mentions": [_span(m.span) | {"rule": m.rule} for m in e.nominal_mentions],
                 "confidence": e.confidence}
                for e in store.entities()]
    quotes = [{"id": q.id, "article": q.article, "start": q.start, "end": q.end, "text": q.text,
               "speaker": q.speaker, "speaker_name": q.speaker_name, "cue": q.cue, "direct": q.direct,
               "cue_start": q.cue_start, "cue_end": q.cue_end, "confidence": q.confidence} for q in store.quotes()]
    figures = [{"id": f.id, "article": f.article, "start": f.start, "end": f.end, "text": f.text,
                "value": f.value, "low": f.low, "high": f.high, "counted": f.counted, "category": f.category,
                "qualifier": f.qualifier, "claimed_by": f.claimed_by, "claimed_by_name": f.claimed_by_name,
                "as_of": f.as_of, "event": f.event} for f in store.figures()]
    events = []
    for e in store.events():
        events.append({
            "id": e.id, "type": e.type, "mode": e.mode, "date": e.date, "story": e.story,
            "places": e.places, "actors": e.actors, "targets": e.targets, "summary": e.summary,
            "size": {"low": e.size_low, "high": e.size_high},
            "mentions": [{"article": mentions[m].article, "start": mentions[m].start, "end": mentions[m].end,
                          "text": mentions[m].text, "trigger": mentions[m].trigger} for m in e.mentions
                         if m in mentions],
            "sources": e.sources, "independent_sources": e.independent_sources, "source_chain": e.source_chain,
            "conflicts": [{"field": c.field, "kind": c.kind, "values": c.values, "explanation": c.explanation}
                          for c in e.conflicts],
            "resolved": e.resolved, "confidence": e.confidence, "support": e.support,
            **event_facts(e),
        })
    stories = [{"id": sid, "name": name} for sid, name in store.stories().items()]
    return {"schema_version": SCHEMA_VERSION, "articles": articles, "entities": entities, "quotes": quotes,
            "figures": figures, "events": events, "stories": stories,
            "rejected": [{"path": r.path, "reason": r.reason} for r in store.rejected()]}
