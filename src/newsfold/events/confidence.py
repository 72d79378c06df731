"""Confidence: a score from 0 to 1 on each event, quote and entity, from what supports it, with the reasons.

The scores add up visible evidence, so a researcher can trade precision for recall (``newsfold export
--min-confidence``) and see why a row scored as it did. They are not probabilities; each part is listed in the
record's ``support``.

- an event: independent sources (one 0.3, two 0.5, three or more 0.6), a day date (+0.15), a place the gazetteer
  resolves (+0.1), a named party (+0.05), a figure that counts it (+0.05);
- a quote: direct words in quotation marks (0.5) or reported speech (0.3), a speaker who is a known entity
  (+0.4) or only named (+0.2), a cue verb (+0.1);
- an entity: 1 - 0.5 ** n, n its mentions in the texts and in embedded posts (one mention 0.5, two 0.75, ...),
  at most 0.99.
"""

from __future__ import annotations

from dataclasses import replace

from ..models import Entity, Event, Figure, Quote

__all__ = ["STAGE", "score_events", "score_quote", "score_entity"]

STAGE = "confidence"
_SOURCES = {1: 0.3, 2: 0.5}


def _event_support(event: Event, figures: list[Figure]) -> list[tuple[float, str]]:
    n = event.independent_sources
    parts = [(_SOURCES.get(n, 0.6 if n >= 3 else 0.0),
              f"{n} independent source{'s' if n != 1 else ''}")]
    if event.date and len(event.date) == 10:
        parts.append((0.15, f"dated to a day ({event.date})"))
    if event.location is not None and event.location.place is not None:
        parts.append((0.1, f"placed: {event.location.name}"))
    if event.actors:
        parts.append((0.05, "a named party"))
    if figures:
        parts.append((0.05, f"a figure counts it ({figures[0].text})"))
    return parts


def score_events(events: list[Event], figures: dict[str, list[Figure]]) -> list[Event]:
    """The events with ``confidence`` and ``support`` (new records)."""
    out = []
    for event in events:
        parts = _event_support(event, figures.get(event.id, []))
        out.append(replace(event, confidence=round(min(1.0, sum(w for w, _ in parts)), 2),
                           support=[f"+{w:.2f} {why}" for w, why in parts]))
    return out


def score_quote(quote: Quote) -> float:
    score = 0.5 if quote.direct else 0.3
    score += 0.4 if quote.speaker else (0.2 if quote.speaker_name else 0.0)
    score += 0.1 if quote.cue else 0.0
    return round(min(1.0, score), 2)


def score_entity(entity: Entity) -> float:
    n = len(entity.mentions) + len(entity.embed_mentions)
    return round(min(0.99, 1 - 0.5 ** max(n, 1)), 2)
