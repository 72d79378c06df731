"""Nominal mentions ("the president", "the tractor plant", "migrants"): link each to the named entity it stands for
when the texts leave one candidate, and group the rest by their head word.

The evidence comes from the texts, never from lists of names. A head word describes an entity when it is written
as a title before the name ("President Trump", "North Korean leader Kim Jong Un"), when it ends an organisation's
name ("Minsk Tractor Works" is a plant), or when a phrase with that head stands in apposition to the name
("Sergei Dylevsky, the leader of the protest"). A nominal takes the entity its head describes in its own article,
else in the whole group of articles passed in (one story, or one event); when two entities share the head, the
nominal's other words must pick one (or one must dominate the evidence), else it stays unlinked: "the plant" in a
text about two plants links to neither. Rules, in order (``NominalLink.rule``):

- ``name``: the head is a proper noun the recogniser missed that is a word of one entity's name ("[May] said");
- ``apposition``: the phrase stands in apposition to a name, or is its copula complement ("Comey is the director");
  a definite one also teaches its head to the other rules ("Byron Claros, a migrant" does not make every migrant
  Byron Claros);
- ``title``: the head is a title, an organisation's last word or an apposition's head seen with one entity (in the
  article, then in the group; the phrase's other words pick among several, then dominance, then how much more
  often the article names one of them); a plural phrase takes only cues seen in the plural (never a person), an
  indefinite ("a migrant") or counted one ("the two leaders") none, and a name inside the phrase must fit ("the
  Japanese minister" is not Theresa May);
- ``country``: a country named inside the phrase stands for it ("Russian officials", "North Korea's government",
  "the Trump administration" once a title said "U.S. President Donald Trump"), as in NewsWCL50's concepts, where
  a country's government, officials and institutions are the country (``nominals.country_modifier``);
- ``spread``: an unlinked bare phrase ("the officials") takes the entity its head went to in the group, when one
  dominates and no title rule found the head contested;
- ``head``: no link: the nominal joins the other unlinked nominals with the same head lemma (``head:<lemma>``).

The linker never merges two named entities: each nominal takes one label, an entity id or a head cluster.
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..models import NamedMention, Nominal
from ..settings import NominalSettings, default_settings
from .names import INDUSTRIAL_HEADS, name_key

__all__ = ["NamedMention", "Nominal", "NominalLink", "NominalSettings", "link_nominals"]

_PERSON = "PERSON"
_COUNTRY_LABELS = frozenset({"GPE"})
_NAME_HEAD_LABELS = frozenset({"ORG", "FAC"})
_COUNTRY_WORDS = frozenset({"NORP", "GPE"})


@dataclass(frozen=True)
class NominalLink:
    nominal: Nominal
    cluster: str  # the entity id when linked, else "head:<lemma>"
    entity: str | None
    rule: str  # "apposition" | "name" | "title" | "country" | "spread" | "head"


@dataclass(frozen=True)
class _Cue:
    """Evidence that ``head`` describes ``entity``: where it was seen, and the words seen with it."""

    entity: str
    article: str
    head: str
    words: frozenset[str]
    plural: bool = False  # seen as a plural ("the officials, ..."): titles and names are singular


def _singular(word: str) -> str:
    word = word.lower()
    if word in INDUSTRIAL_HEADS:
        return "plant"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _words(text: str) -> list[str]:
    return [w for w in name_key(text).split() if w.isalpha()]


def _name_cue(m: NamedMention) -> _Cue | None:
    """An organisation's name ends in what it is: "Minsk Tractor Works" is a plant, "Justice Department" a
    department; before "of", the word before it: "Ministry of Defence"."""
    words = [w for w in m.text.replace("’", "'").split() if w[:1].isalpha()]
    lowered = [w.lower().strip(".,'") for w in words]
    if "of" in lowered[1:]:
        lowered = lowered[:lowered.index("of")]
    if len(lowered) < 2 or all(w.isupper() for w in words):
        return None
    return _Cue(m.entity, m.article, _singular(lowered[-1]), frozenset(lowered[:-1]) | frozenset(_words(m.text)))


def _title_cue(m: NamedMention) -> _Cue | None:
    words = [w for w in m.title if w.replace(".", "").isalpha()]
    if not words:
        return None
    return _Cue(m.entity, m.article, _singular(words[-1]), frozenset(words[:-1]) | frozenset(_words(m.text)))


def _dominant(counts: Counter[str], dominance: float) -> str | None:
    if not counts:
        return None
    ranked = counts.most_common(2)
    if len(ranked) == 1 or ranked[0][1] >= dominance * ranked[1][1]:
        return ranked[0][0]
    return None


class _Linker:
    """The named mentions and cues of one group of articles, and the rules that use them."""

    def __init__(self, named: Sequence[NamedMention], settings: NominalSettings):
        self.settings = settings
        self.by_article: dict[str, list[NamedMention]] = defaultdict(list)
        self.by_word: dict[str, Counter[str]] = defaultdict(Counter)  # name word -> entity -> mentions
        for m in named:
            self.by_article[m.article].append(m)
            for word in set(_words(m.text)):
                self.by_word[word][m.entity] += 1
        self.labels = {m.entity: m.label for m in named}
        self.countries = {(name_key(m.text), m.entity) for m in named if m.label in _COUNTRY_LABELS}
        self.adjectives: dict[str, frozenset[str]] = {}  # adjective -> countries (``_country_of_adjective``)
        self.cues: dict[str, list[_Cue]] = defaultdict(list)  # by head
        for m in named:
            for cue in (_title_cue(m), _name_cue(m) if m.label in _NAME_HEAD_LABELS else None):
                if cue is not None:
                    self.cues[cue.head].append(cue)
        self.affiliation: dict[str, Counter[str]] = defaultdict(Counter)  # person -> countries in their titles
        for m in named:
            if m.label == _PERSON and m.title_start is not None:
                for t in self.by_article[m.article]:
                    if m.title_start <= t.start and t.end <= m.start:
                        self.affiliation[m.entity].update(self._countries(t))
        self.contested: set[tuple[str, int, int]] = set()

    def covering(self, article: str, offset: int) -> NamedMention | None:
        return next((m for m in self.by_article[article] if m.start <= offset < m.end), None)

    def inside(self, n: Nominal, before_head: bool = False) -> list[NamedMention]:
        """Names written inside the phrase, other than its head: "North Korean" in "the North Korean leader",
        "Japan" in "the leader of Japan"."""
        end = n.head_start if before_head else n.end
        return [m for m in self.by_article[n.article]
                if n.start <= m.start and m.end <= end and not m.start <= n.head_start < m.end]

    def learn(self, n: Nominal, entity: str, teach_head: bool = True) -> None:
        """What a phrase linked to a name teaches: its head describes the entity ("Sergei Dylevsky, the leader of
        the protest"), and a country named in it is a person's ("Kim Jong-un, North Korea's leader")."""
        if teach_head:
            cue = _Cue(entity, n.article, _singular(n.head), frozenset(n.modifiers), n.plural)
            self.cues[cue.head].append(cue)
        if self.labels.get(entity) == _PERSON:
            for m in self.inside(n):
                if m.label in _COUNTRY_WORDS:
                    self.affiliation[entity].update(self._countries(m))

    def apposition(self, n: Nominal) -> str | None:
        partner = self.covering(n.article, n.partner) if n.partner is not None else None
        if partner is None or (n.plural and partner.label == _PERSON):
            return None
        if partner.label in _COUNTRY_LABELS and any(m.label in _COUNTRY_WORDS for m in self.inside(n)):
            return None  # a dateline, "SEOUL, South Korea — North Korea's leader", is no apposition
        return partner.entity

    def name(self, n: Nominal) -> str | None:
        """A proper head that is a word of one entity's name, in the article, else in the group."""
        key = name_key(n.head.replace(".", ""))  # "D.N.C." is "DNC"
        if not n.proper or not key:
            return None
        local = Counter(m.entity for m in self.by_article[n.article] if key in _words(m.text))
        return _dominant(local or self.by_word.get(key, Counter()), self.settings.dominance)

    def title(self, n: Nominal) -> str | None:
        """The entity the head describes in the article; if none, or several with none dominant, in the group;
        if still several, the one the article names far more often."""
        fitting = [c for c in self.cues.get(_singular(n.head), []) if self._fits(n, c)]
        chosen = self._best(n, [c for c in fitting if c.article == n.article])
        if isinstance(chosen, set):  # contested in the article: the group may tell the candidates apart
            fitting = [c for c in fitting if c.entity in chosen]
        if not isinstance(chosen, str):
            chosen = self._best(n, fitting)
        if isinstance(chosen, set):
            chosen = self._salient(n, chosen)
        if isinstance(chosen, set):
            self.contested.add(n.id)  # two entities fit the head: no later rule may pick one
        return chosen if isinstance(chosen, str) else None

    def _fits(self, n: Nominal, cue: _Cue) -> bool:
        """A plural is no person and takes only cues seen in the plural; a name inside the phrase must be among
        the cue's words or be the candidate's country: "the Japanese minister" is not Theresa May, "the U.S.
        president" may be Trump."""
        if n.plural and (self.labels.get(cue.entity) == _PERSON or not cue.plural):
            return False  # "the plants" are not Minsk Tractor Works, "migrants" not "Byron Claros, a migrant"
        inside = self.inside(n)
        if not inside or {w for m in inside for w in _words(m.text)} & cue.words:
            return True
        countries = {c for m in inside for c in self._countries(m)}
        known = set(self.affiliation[cue.entity])
        return bool(countries) and (countries <= known or not known and self.settings.unknown_country)

    def _best(self, n: Nominal, cues: list[_Cue]) -> str | set[str] | None:
        """The one entity the cues point to (modifiers first, then dominance); the candidates if contested."""
        if not cues:
            return None
        overlap: Counter[str] = Counter()
        for c in cues:
            overlap[c.entity] = max(overlap[c.entity], len(set(n.modifiers) & c.words))
        top = max(overlap.values())
        counts = Counter(c.entity for c in cues if overlap[c.entity] == top)
        return _dominant(counts, self.settings.dominance) or set(counts)

    def _salient(self, n: Nominal, candidates: set[str]) -> str | set[str]:
        """The candidate the article names far more often than the others ("the president" in a story about
        Trump's meeting with Macron, told from Washington), if there is one."""
        if not self.settings.salience:
            return candidates
        counts = Counter(m.entity for m in self.by_article[n.article] if m.entity in candidates)
        chosen = _dominant(counts, self.settings.salience) if len(counts) == len(candidates) else None
        return chosen or candidates

    def country(self, n: Nominal) -> str | None:
        """A country named inside the phrase ("the U.S. government"), or by the adjective of one that is named in
        the group ("Russian officials" when "Russia" is), or through a person's title ("the Trump administration"
        when "U.S. President Donald Trump" was written)."""
        if not self.settings.country_modifier:
            return None
        found = {c for m in self.inside(n, before_head=True) for c in self._countries(m)}
        return found.pop() if len(found) == 1 else None

    def _countries(self, m: NamedMention) -> set[str]:
        if m.label in _COUNTRY_LABELS:
            return {m.entity}
        if m.label in _COUNTRY_WORDS:
            return self._country_of_adjective(m.text)
        if m.label == _PERSON and self.settings.person_country:
            country = _dominant(self.affiliation[m.entity], self.settings.dominance)
            return {country} if country else set()
        return set()

    def _country_of_adjective(self, adjective: str) -> set[str]:
        """Countries whose name the adjective extends or shares all but its ending with: Russia/Russian,
        China/Chinese, Britain/British, Japan/Japanese."""
        key = name_key(adjective)
        if key not in self.adjectives:  # asked again for every cue a phrase is held against: worked out once
            self.adjectives[key] = frozenset(
                entity for name, entity in self.countries
                if len(name) >= 4 and (shared := len(os.path.commonprefix([name, key]))) >= 4
                and shared >= min(len(name), len(key)) - 3)
        return set(self.adjectives[key])

    def spread(self, links: list[NominalLink]) -> list[NominalLink]:
        """An unlinked bare nominal ("the officials", no name inside, no contest) takes the entity its head was
        linked to elsewhere in the group, in the same number and not by an indefinite phrase, when that entity
        dominates the head's links."""
        linked: dict[tuple[str, bool], Counter[str]] = defaultdict(Counter)
        for link in links:
            n = link.nominal
            if link.entity is not None and link.rule in ("apposition", "title", "country") and not n.indefinite:
                linked[_singular(n.head), n.plural][link.entity] += 1
        out = []
        for link in links:
            n, entity = link.nominal, None
            if link.entity is None and not (n.several or n.indefinite or n.id in self.contested or self.inside(n)):
                counts = Counter({e: k for e, k in linked[_singular(n.head), n.plural].items()
                                  if not (n.plural and self.labels.get(e) == _PERSON)})
                entity = _dominant(counts, self.settings.dominance)
            out.append(NominalLink(n, entity, entity, "spread") if entity else link)
        return out


def link_nominals(named: Iterable[NamedMention], nominals: Iterable[Nominal],
                  settings: NominalSettings | None = None) -> list[NominalLink]:
    """Link the nominals of one group of articles (one story or event) to the named mentions' entities.

    Returns one link per nominal, in the order given; an unlinked nominal's cluster is ``head:<lemma>``, shared by
    the unlinked nominals of the group with that head. ``settings``: the [nominals] settings (default: the
    packaged ones)."""
    settings = settings or default_settings().nominals
    nominals = list(nominals)
    linker = _Linker(list(named), settings)
    apposed = [(n, linker.apposition(n)) for n in nominals]
    for n, entity in apposed:
        if entity is not None:
            linker.learn(n, entity, teach_head=not n.indefinite)  # "Byron Claros, a migrant": not every migrant
    found: list[tuple[Nominal, str | None, str]] = []
    for n, apposed_to in apposed:
        entity, rule = (linker.name(n), "name") if n.proper else (None, "")
        if entity is None and apposed_to is not None:
            entity, rule = apposed_to, "apposition"
        if entity is None and not n.several and not n.indefinite:
            entity, rule = linker.title(n), "title"
            if entity is not None:
                linker.learn(n, entity, teach_head=False)  # "the U.S. president" is Trump: Trump is American
        found.append((n, entity, rule))
    links = []
    for n, entity, rule in found:  # once every person's country is known
        if entity is None and not n.several:
            entity, rule = linker.country(n), "country"
        links.append(NominalLink(n, entity or f"head:{n.head}", entity, rule if entity else "head"))
    return linker.spread(links) if settings.spread else links
