"""Where each event happened: its place entities resolved against the gazetteer, each with its reason when not.

The event's own places come first (a city beats a country); an event with none takes its story's most named
country. Nothing is guessed beyond that: a place that cannot be resolved stays in the record with the reason.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from ..models import Entity, Event, EventMention, Location, Place, Span
from ..resolve.places import Gazetteer, UnknownPlace

__all__ = ["STAGE", "PLACE_TYPES", "NAMED_PLACE_TYPES", "EventLocations", "EntitySpans", "entity_span", "locate_events"]

STAGE = "geocode"
PLACE_TYPES = ("GPE", "LOC", "FAC")
# The places a story's reports name anywhere, read in the corpus's order of entities (``_add_named_places``): the
# one thing the late stages read of that order (``scope.story_digests``)
NAMED_PLACE_TYPES = ("GPE", "LOC")
_RANK = {"facility": 0, "city": 1, "region": 2, "country": 3}


@dataclass(frozen=True)
class EventLocations:
    locations: list[Location]  # one per place of the event, in the event's order
    location: Location | None  # the one the exports give


class _Resolver:
    """Gazetteer look-ups of one story's place names, each against that story's other place names."""

    def __init__(self, gazetteer: Gazetteer | str, context: list[str]):
        self.gazetteer = gazetteer  # a str is why there is no gazetteer to ask
        self.context = context
        self.cache: dict[str, Place | UnknownPlace] = {}

    def resolve(self, name: str) -> Place | UnknownPlace:
        if isinstance(self.gazetteer, str):
            return UnknownPlace(name, self.gazetteer)
        if name not in self.cache:  # the other names: a name read alone must not vote for its own reading
            self.cache[name] = self.gazetteer.resolve(name, [c for c in self.context if c != name])
        return self.cache[name]


def entity_span(entity: Entity, mentions: list[EventMention]) -> tuple[str | None, int | None, int | None]:
    """A mention of the entity inside one of the event's sentences, else its first mention anywhere."""
    return EntitySpans()(entity, mentions)


class EntitySpans:
    """``entity_span`` over many events: each entity's mentions grouped by article once, so that finding one in an
    event's sentences reads that article's mentions only, not every mention of a much-named entity."""

    def __init__(self) -> None:
        self.held: dict[str, tuple[Entity, dict[str, list[Span]]]] = {}

    def __call__(self, entity: Entity, mentions: list[EventMention]) -> tuple[str | None, int | None, int | None]:
        held = self.held.get(entity.id)
        if held is None or held[0] is not entity:  # another entity of that id: grouped again
            groups: dict[str, list[Span]] = defaultdict(list)
            for x in entity.mentions:
                groups[x.article].append(x)
            held = self.held[entity.id] = (entity, groups)
        for m in mentions:  # the first sentence's first mention, as the mentions are ordered
            for x in held[1].get(m.article, ()):
                if m.start <= x.start < m.end:
                    return x.article, x.start, x.end
        return _first_mention(entity)


def _first_mention(entity: Entity) -> tuple[str | None, int | None, int | None]:
    first = entity.mentions[0] if entity.mentions else None
    return (first.article, first.start, first.end) if first else (None, None, None)


def _location(entity: Entity, found: Place | UnknownPlace | None, mentions: list[EventMention],
              spans: EntitySpans) -> Location:
    article, start, end = spans(entity, mentions)
    if found is None:
        reason = f"not a place: the corpus labels it {entity.type}"
        return Location(entity.name, entity.id, None, reason, "event", article, start, end, STAGE)
    if isinstance(found, UnknownPlace):
        return Location(entity.name, entity.id, None, found.reason, "event", article, start, end, STAGE)
    return Location(entity.name, entity.id, found, None, "event", article, start, end, STAGE)


def _precision(loc: Location) -> int:
    return _RANK.get(loc.place.precision, len(_RANK)) if loc.place else len(_RANK)


def _story_country(context: list[Entity], resolver: _Resolver) -> Location | None:
    """The country the story's places name most often, for events that name no place of their own."""
    found = [(e, p) for e in context if isinstance(p := resolver.resolve(e.name), Place)]
    countries = Counter(p.country for _, p in found)
    if not countries:
        return None
    country = countries.most_common(1)[0][0]
    entity, place = next((e, p) for e, p in found if p.country == country)
    article, start, end = _first_mention(entity)
    where = Place(place.country, place.country, place.country_code, place.iso_numeric, None, None, None, "country")
    return Location(place.country, entity.id, where, None, "story", article, start, end, STAGE)


def _add_named_places(context: dict[str | None, list[Entity]], events: list[Event], entities: list[Entity]) -> None:
    """Each story's context also holds the places its reports name anywhere, not only where an event happens:
    a rally in Portland in a report that names Maine elsewhere is in Portland, Maine."""
    story_of = {a: event.story for event in events for a in event.sources}
    held = {story: {e.id for e in places} for story, places in context.items()}
    for entity in entities:
        if entity.type not in NAMED_PLACE_TYPES:
            continue
        for story in dict.fromkeys(story_of[m.article] for m in entity.mentions if m.article in story_of):
            if entity.id not in held[story]:
                held[story].add(entity.id)
                context[story].append(entity)


def locate_events(events: list[Event], entities: list[Entity], mentions: dict[str, EventMention],
                  gazetteer: Gazetteer | str, spans: EntitySpans | None = None) -> dict[str, EventLocations]:
    """Per event id, its places resolved (the story's other places break ties) and the one the exports give.
    ``gazetteer`` may be the reason there is none: every place then carries that reason."""
    spans = spans or EntitySpans()
    by_id = {e.id: e for e in entities}
    context: dict[str | None, list[Entity]] = {}
    for event in events:
        context.setdefault(event.story, []).extend(
            by_id[p] for p in event.places if p in by_id and by_id[p].type in PLACE_TYPES)
    _add_named_places(context, events, entities)
    resolvers = {story: _Resolver(gazetteer, [e.name for e in places]) for story, places in context.items()}
    fallback: dict[str | None, Location | None] = {}
    out = {}
    for event in events:
        resolver = resolvers[event.story]
        sentences = [mentions[m] for m in event.mentions if m in mentions]
        locations = [_location(by_id[p], resolver.resolve(by_id[p].name) if by_id[p].type in PLACE_TYPES else None,
                               sentences, spans) for p in event.places if p in by_id]
        resolved = [loc for loc in locations if loc.place is not None]
        if resolved:  # the most precise: a street beats a town, a town a country; the first of equals
            chosen: Location | None = min(resolved, key=_precision)
        else:
            if event.story not in fallback:
                fallback[event.story] = _story_country(context[event.story], resolver)
            chosen = fallback[event.story]
        out[event.id] = EventLocations(locations, chosen)
    return out
