"""The store's loaders: each record as it was written (``Store._dump``, JSON), read back into its model, including
records written by earlier versions (spans stored as lists, fields added since)."""

from __future__ import annotations

from typing import Any

from ..models import (
    ActorGroup,
    Analysis,
    Article,
    Claim,
    Conflict,
    DateRef,
    Embed,
    EmbedName,
    Entity,
    Event,
    EventMention,
    Figure,
    Location,
    Mention,
    MentionContext,
    Nominal,
    NominalMention,
    Place,
    Quote,
    Removed,
    Sentence,
    SetAside,
    Span,
    Tactic,
    Title,
)

__all__ = ["load_mention", "load_entity", "load_article", "load_event", "load_nominal_mention", "load_event_mention",
           "load_analysis"]


def load_entity(data: dict[str, Any]) -> Entity:
    data["mentions"] = [_span(m, "nlp") for m in data["mentions"]]
    data["embed_mentions"] = [_span(m, "embeds") for m in data.get("embed_mentions", [])]
    data["nominal_mentions"] = [load_nominal_mention(m) for m in data.get("nominal_mentions", [])]
    return Entity(**data)


def load_article(data: dict[str, Any]) -> Article:
    data["removed"] = [Removed(**r) for r in data["removed"]]
    data["embeds"] = [Embed(**e | {"entities": [EmbedName(**x) if isinstance(x, dict) else EmbedName(*x)
                                                for x in e.get("entities", [])]}) for e in data["embeds"]]
    return Article(**data)


def _location(data: dict[str, Any]) -> Location:
    return Location(**data | {"place": Place(**data["place"]) if data.get("place") else None})


def load_event(data: dict[str, Any]) -> Event:
    data["conflicts"] = [Conflict(**c) for c in data["conflicts"]]
    # events stored before these fields existed read back with them empty
    data["claims"] = [Claim(**c) for c in data.get("claims", [])]
    data["titles"] = [Title(**t) for t in data.get("titles", [])]
    data["tactics"] = [Tactic(**t) for t in data.get("tactics", [])]
    data["actor_groups"] = [ActorGroup(**g) for g in data.get("actor_groups", [])]
    data["locations"] = [_location(x) for x in data.get("locations", [])]
    data["location"] = _location(data["location"]) if data.get("location") else None
    return Event(**data)


def _span(data: dict[str, Any] | list[Any], stage: str, article: str = "") -> Span:
    """A stored Span; records written before spans were named hold a list: (article, start, end), (article,
    embed, start, end) or, in an analysis, (start, end)."""
    if isinstance(data, dict):
        return Span(**data)
    if len(data) == 2:
        return Span(article, data[0], data[1], stage)
    if len(data) == 4:
        return Span(data[0], data[2], data[3], stage, embed=data[1])
    return Span(data[0], data[1], data[2], stage)


def load_nominal_mention(data: dict[str, Any] | list[Any]) -> NominalMention:
    if isinstance(data, dict):
        return NominalMention(Span(**data["span"]), data["rule"])
    return NominalMention(Span(data[0], data[1], data[2], "nominals"), data[3])


def load_event_mention(data: dict[str, Any]) -> EventMention:
    for key in ("actor_mentions", "place_mentions", "target_mentions"):
        data[key] = [_span(x, "nlp", data["article"]) for x in data[key]]
    return EventMention(**data)


def load_mention(data: dict[str, Any]) -> Mention:
    return Mention(**data | {"title": tuple(data.get("title", ()))})


def load_analysis(data: dict[str, Any]) -> Analysis:
    return Analysis(
        article=data["article"], clean_hash=data["clean_hash"],
        sentences=[Sentence(**s) for s in data["sentences"]],
        mentions=[load_mention(m) for m in data["mentions"]],
        dates=[DateRef(**d) for d in data["dates"]],
        quotes=[Quote(**q) for q in data["quotes"]],
        figures=[Figure(**f) for f in data["figures"]],
        events=[load_event_mention(e) for e in data["events"]],
        nominals=[Nominal(**n | {"modifiers": tuple(n["modifiers"])}) for n in data.get("nominals", [])],
        contexts=[_mention_context(c) for c in data.get("contexts", [])],
        not_analysed=data.get("not_analysed", {}),
        set_aside=[SetAside(**x) for x in data.get("set_aside", [])], topic=data.get("topic"),
    )


_SETS = ("words", "subjects", "objects", "participants", "places", "times")
_TUPLES = ("context", "window", "vector", "context_vector")


def _mention_context(data: dict[str, Any]) -> MentionContext:
    return MentionContext(**data | {k: frozenset(data[k]) for k in _SETS} | {k: tuple(data[k]) for k in _TUPLES})
