"""Story scope: the late stages (nominals to record) run again only for the stories whose inputs changed since the
last run; every other story keeps the part of the record that run wrote.

A story's inputs are its articles as the stories stage leaves them, their analyses (by cache key), and what the late
stages read of the corpus-wide entities: the entity each of its names and looked-up names stands for, and of those
entities their name, type, aliases, first mention, whether a text gives them an office, and the relative order of
the places among them (the geocoder reads a story's named places in the corpus's order; nothing reads the order of
the others, which one new mention of a much-named entity may change in every story that names it).
Their digest, with the settings, the stages' versions and newsfold's code, is kept per story beside the record; an
equal digest means the late stages would compute again what the record holds.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

from .events.geocode import NAMED_PLACE_TYPES
from .models import Article
from .resolve import EntityIndex

__all__ = ["story_digests"]


def _sha(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def story_digests(articles: list[Article], looked_up: dict[str, list[str]], analysis_keys: dict[str, str],
                  index: EntityIndex, officials: frozenset[str], basis: str) -> dict[str, str]:
    """Each story's digest of what its late stages read (see the module's docstring). ``looked_up``: per article,
    the names its late stages find an entity for by the name alone (quote speakers, figure claimants, the speakers
    of statements: ``Store.looked_up_names``); ``basis``: a digest of the settings, stage versions and code."""
    position = {e.id: n for n, e in enumerate(index.entities)}
    kinds = index.kinds
    facts = {e.id: _sha(repr((e.id, e.name, e.type, e.aliases, e.mentions[0] if e.mentions else None,
                              e.id in officials))) for e in index.entities}
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for (article, start, end), eid in index.by_span.items():
        spans[article].append((start, end, eid))
    members: dict[str, list[Article]] = defaultdict(list)
    for a in articles:
        if a.story is not None:
            members[a.story].append(a)
    out = {}
    for story, group in members.items():
        digest = hashlib.sha1(basis.encode())
        referenced: set[str] = set()
        for a in sorted(group, key=lambda x: x.id):
            own = sorted(spans.get(a.id, ()))
            referenced.update(eid for _, _, eid in own)
            names = sorted({(n, index.named(n) or "") for n in looked_up.get(a.id, ())})
            referenced.update(eid for _, eid in names if eid)
            digest.update(repr((_sha(repr(a)), analysis_keys.get(a.id, ""), own, names)).encode())
        places = sorted((e for e in referenced if kinds.get(e) in NAMED_PLACE_TYPES), key=lambda e: position[e])
        for eid in [*places, *sorted(referenced.difference(places))]:
            digest.update(f"{eid}:{facts.get(eid, '')}\n".encode())
        out[story] = digest.hexdigest()
    return out
