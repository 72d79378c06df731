"""Enrich stage: after events are merged, what the exports and pages show about them becomes fields of the record.

Claims, titles, tactics, actor groups and locations, each with offsets into its article's clean text and the name
of the stage that produced it.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from ..models import ActorGroup, Analysis, Entity, Event, EventMention, Figure
from ..resolve import EntityIndex
from ..resolve.places import Gazetteer, load_gazetteer
from .facts import GROUPS_STAGE, actor_groups, event_claims, event_tactics, event_titles
from .geocode import EntitySpans, locate_events

__all__ = ["STAGE", "NEEDS", "PRODUCES", "enrich_events", "figures_by_event"]

log = logging.getLogger(__name__)

STAGE = "enrich"
NEEDS = ("events", "event_mentions", "figures.event", "entities")
PRODUCES = ("Event.claims", "Event.titles", "Event.tactics", "Event.actor_groups", "Event.locations",
            "Event.location")


def _gazetteer() -> Gazetteer | str:
    """The packaged gazetteer, or why it cannot be read (then every place carries that reason)."""
    try:
        return load_gazetteer()
    except (OSError, ValueError) as exc:
        log.warning("the packaged gazetteer could not be read (%s): events keep their places unresolved", exc)
        return f"the packaged gazetteer could not be read ({exc}); reinstall newsfold"


def _named(event: Event, entities: dict[str, Entity], mentions: list[EventMention], spans: EntitySpans
           ) -> list[ActorGroup]:
    out = []
    for a in event.actors:
        if a in entities:
            article, start, end = spans(entities[a], mentions)
            out.append(ActorGroup(entities[a].name, "named", "associated actor", "a named actor of the event", None,
                                  a, article, start, end, GROUPS_STAGE))
    return out


def figures_by_event(analyses: list[Analysis]) -> dict[str, list[Figure]]:
    """The analyses' figures grouped by the event they count for (``Figure.event``, set by merging)."""
    figures: dict[str, list[Figure]] = {}
    for f in (f for an in analyses for f in an.figures if f.event):
        figures.setdefault(f.event or "", []).append(f)
    return figures


def enrich_events(events: list[Event], analyses: list[Analysis], index: EntityIndex,
                  gazetteer: Gazetteer | str | None = None) -> list[Event]:
    """The events with claims, titles, tactics, actor groups and locations filled in (new objects; the input is kept).

    Needs the merged events, the analyses' event mentions and figures (``Figure.event`` set by merging) and the
    canonical entities; ``gazetteer`` defaults to the packaged one.
    """
    mentions = {m.id: m for an in analyses for m in an.events}
    figures = figures_by_event(analyses)
    entities = {e.id: e for e in index.entities}
    spans = EntitySpans()
    located = locate_events(events, index.entities, mentions, _gazetteer() if gazetteer is None else gazetteer,
                            spans)
    out = []
    for event in events:
        sentences = [mentions[m] for m in event.mentions if m in mentions]
        where = located[event.id]
        country = where.location.place.country if where.location and where.location.place else None
        out.append(replace(
            event, claims=event_claims(event, sentences), titles=event_titles(event, sentences),
            tactics=event_tactics(sentences),
            actor_groups=actor_groups(event, sentences, figures.get(event.id, []), country,
                                      _named(event, entities, sentences, spans)),
            locations=where.locations, location=where.location))
    return out
