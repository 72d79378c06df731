"""What an event's sentences say about it beyond who, when and how many: the crowd's claims, the event's name,
the tactics used, and its parties named the way conflict data names them (ACLED's actors).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..models import ActorGroup, Claim, Event, EventMention, Figure, Tactic, Title
from ..nlp.languages import alternation, state_force_words

__all__ = ["CLAIMS_STAGE", "TITLES_STAGE", "TACTICS_STAGE", "GROUPS_STAGE", "IDENTITY_GROUPS", "event_claims",
           "event_titles", "event_tactics", "actor_groups"]

CLAIMS_STAGE, TITLES_STAGE, TACTICS_STAGE, GROUPS_STAGE = "claims", "titles", "tactics", "actor_groups"
_CLAIM = re.compile(r"\b(?P<cue>demanding|calling for|to demand|in protest against|to protest|against|in support of|"
                    r"in solidarity with)\s+(?P<claim>[^.;:!?\"“”]{4,120})", re.I)


def _names_state_forces(text: str) -> bool:
    """Names of state forces in an assault's sentences (every language pack's ``clause_words.state_forces``):
    without one the assailant is not known to be the state."""
    return _state_forces().search(text) is not None


@lru_cache(maxsize=1)
def _state_forces() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{alternation(state_force_words()) or '(?!)'})\b")


_TITLE = re.compile(r"[\"“](?P<t>(?:[A-Z][\w'-]*\s?){2,6})[\"”]")  # two to six capitalised words in quotes
_TACTICS = (
    ("crowd-control weapon",
     re.compile(r"\b(tear gas|pepper spray|water cannon|stun grenade|flash-bang|rubber bullets)\b", re.I)),
    ("property damage", re.compile(r"\b(smashed|vandali[sz]ed|set fire|burned|torched|looted|damaged)\b", re.I)),
)
# what a figure counts -> the identity group ACLED names for them
IDENTITY_GROUPS = {"workers": "Labor Group", "employees": "Labor Group", "strikers": "Labor Group",
                   "miners": "Labor Group", "dockworkers": "Labor Group", "students": "Students", "women": "Women",
                   "journalists": "Journalists"}


def event_claims(event: Event, mentions: list[EventMention]) -> list[Claim]:
    """What a protest's crowd demanded or opposed: the words after "demanding", "calling for", "against"..."""
    if event.type != "PROTEST":
        return []
    out = []
    for m in mentions:
        for match in _CLAIM.finditer(m.text):
            words = match["claim"]
            start = m.start + match.start("claim") + len(words) - len(words.lstrip())
            text = words.strip()
            out.append(Claim(m.article, start, start + len(text), text, match["cue"].lower(), CLAIMS_STAGE))
    return out


def event_titles(event: Event, mentions: list[EventMention]) -> list[Title]:
    """Names a protest goes by in its reports: two to six capitalised words in quotation marks."""
    if event.type != "PROTEST":
        return []
    out = []
    for m in mentions:
        for match in _TITLE.finditer(m.text):
            text = match["t"].rstrip()
            start = m.start + match.start("t")
            out.append(Title(m.article, start, start + len(text), text, TITLES_STAGE))
    return out


def event_tactics(mentions: list[EventMention]) -> list[Tactic]:
    """Crowd-control weapons (tear gas, water cannon, pepper spray ...) and property damage the sentences name."""
    return [Tactic(m.article, m.start + match.start(), m.start + match.end(), match[0], kind, TACTICS_STAGE)
            for m in mentions for kind, pattern in _TACTICS for match in pattern.finditer(m.text)]


def _identity_groups(event: Event, mentions: list[EventMention], figures: list[Figure], country: str | None,
                     role: str) -> list[ActorGroup]:
    """Groups from what the figures count (sorted by name), then the labour group a strike implies."""
    first: dict[str, Figure] = {}
    for f in sorted(figures, key=lambda f: (f.article, f.start)):
        if f.counted in IDENTITY_GROUPS:
            first.setdefault(IDENTITY_GROUPS[f.counted], f)
    groups = [ActorGroup(name, "identity", role, f"a figure counts {f.counted}", country, None, f.article,
                         f.start, f.end, GROUPS_STAGE) for name, f in sorted(first.items())]
    if event.mode == "strike" and "Labor Group" not in first:
        m = next((m for m in mentions if m.mode == "strike"), mentions[0] if mentions else None)
        groups.append(ActorGroup("Labor Group", "identity", role, "the event is a strike", country, None,
                                 m.article if m else None, m.start if m else None, m.end if m else None,
                                 GROUPS_STAGE))
    return groups


def _side(name: str, kind: str, role: str, basis: str, country: str | None, mentions: list[EventMention],
          mode: str | None = None) -> ActorGroup:
    m = next((m for m in mentions if mode is None or m.mode == mode), mentions[0] if mentions else None)
    return ActorGroup(name, kind, role, basis, country, None, m.article if m else None, m.start if m else None,
                      m.end if m else None, GROUPS_STAGE)


def actor_groups(event: Event, mentions: list[EventMention], figures: list[Figure], country: str | None,
                 named: list[ActorGroup]) -> list[ActorGroup]:
    """The event's parties: protesters (or rioters) and the groups among them; police and whom they arrest or
    attack; for other events the actors the sentences name. ``named`` are the event's actors as named groups."""
    if event.type == "PROTEST":
        riot = event.mode == "riot"
        side = _side("Rioters" if riot else "Protesters", "side", "actor",
                     "a riot" if riot else "a protest", country, mentions, "riot" if riot else None)
        return [side, *_identity_groups(event, mentions, figures, country, "associated actor"),
                *(replace(g, role="associated actor") for g in named)]
    if event.type == "FIGHT":
        return [replace(g, role="actor" if n == 0 else "associated actor") for n, g in enumerate(named)] or [
            _side("Unidentified Armed Group", "side", "actor", "fighting whose sentences name no party", country,
                  mentions)]
    police = _side("Police Forces", "state", "actor", f"a {event.type} event", country, mentions)
    if event.type == "ASSAULT" and not any(_names_state_forces(m.text) for m in mentions):
        police = _side("Unidentified Armed Group", "side", "actor", "an assault whose sentences name no state force",
                       country, mentions)
    if event.type == "COERCE":
        if event.mode not in ("arrest", "repress"):
            return [police]
        return [police, _side("Protesters", "side", "target", f"the mode {event.mode}", country, mentions,
                              event.mode)]
    if event.type == "ASSAULT":
        return [police, _side("Civilians", "side", "target", "an assault", country, mentions),
                *_identity_groups(event, mentions, figures, country, "associated target")]
    return [replace(g, role="actor" if n == 0 else "associated actor") for n, g in enumerate(named)]
