"""Resolve stage: one canonical entity per real-world person, organisation and place across the corpus.

Mentions join by equal name keys, by acronyms defined in parentheses anywhere in the corpus, by initialisms of
a unique long name ("EU", "European Union"), by one-word mentions of a unique full name (the surname; else the
first word, as in "Kim" for "Kim Jong Un"), and by transliteration variants of person names.
Labels are made consistent corpus-wide: a name the model calls PERSON once and ORG twice is an ORG.
Names found in embedded posts join and vote like mentions; they are kept apart in ``Entity.embed_mentions``, since
their offsets index the post's text, not the article's.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from anyascii import anyascii

from .. import progress
from ..models import Analysis, Article, Entity, Mention, NamedMention, NominalMention, Span
from .kept import KeptNames
from .kinds import CommonWords, bracket_free, label_from_context, nationality_labels
from .names import (
    INDUSTRIAL_HEADS,
    acronym_letters,
    alike_surnames,
    case_form_bases,
    is_initialism,
    name_key,
    name_part,
    person_parts,
    same_person_name,
    translit_variants,
)
from .nominals import NominalLink, NominalSettings, link_nominals
from .places import load_gazetteer

__all__ = ["EntityIndex", "resolve_entities", "link_nominal_mentions", "acronym_definitions"]

_ACRONYM = re.compile(r"\s*\((?P<acr>[A-Z][A-Za-z0-9&.-]{1,9})\)")
_MIN_CAPS = 2
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Stages whose names are typed by rules, not by a model (the Czech, Polish and Slovene packs): in an entity that
# joins names from such a stage and from a model (one person in Polish and Russian), the model's types decide.
_RULE_TYPED_STAGES = frozenset({"latin_slavic"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_DOMINANT_PERSON = 4  # a lone surname goes to the full name mentioned this many times more often than the next


class EntityIndex:
    """Entities with lookups from a mention's offsets, or a bare name, to the entity id."""

    def __init__(self, entities: list[Entity], by_span: dict[tuple[str, int, int], str], by_key: dict[str, str]):
        self.entities = entities
        self.by_span = by_span
        self.by_key = by_key
        self._spans_of: dict[str, list[tuple[int, int, str]]] | None = None  # per article, in by_span's order
        self._kinds: dict[str, str] | None = None

    @property
    def kinds(self) -> dict[str, str]:
        """entity id -> type (built once)."""
        if self._kinds is None:
            self._kinds = {e.id: e.type for e in self.entities}
        return self._kinds

    def with_nominals(self, found: dict[str, list[NominalMention]]) -> EntityIndex:
        """A new index whose entities hold the nominal mentions ``found`` (``link_nominal_mentions``), which then
        also find their entity by offsets (a name's own mention wins where both cover one span)."""
        by_span = dict(self.by_span)
        for eid, links in found.items():
            for link in links:
                by_span.setdefault((link.span.article, link.span.start, link.span.end), eid)
        # an entity's list is kept in span order, so only those that gain mentions are copied
        entities = [replace(e, nominal_mentions=sorted([*e.nominal_mentions, *found[e.id]], key=_span_order))
                    if e.id in found else e for e in self.entities]
        return EntityIndex(entities, by_span, self.by_key)

    def at(self, article: str, start: int, end: int) -> str | None:
        found = self.by_span.get((article, start, end))
        if found:
            return found
        if self._spans_of is None:  # built once: a lookup reads one article's spans, not the corpus's
            self._spans_of = defaultdict(list)
            for (a, s, e), eid in self.by_span.items():
                self._spans_of[a].append((s, e, eid))
        return next((eid for s, e, eid in self._spans_of.get(article, ()) if s <= start < e), None)

    def named(self, name: str | None) -> str | None:
        if not name:
            return None
        key = name_key(name)
        if key in self.by_key:
            return self.by_key[key]
        if not all(w[:1].isupper() for w in name.split()):
            return None  # a description ("workers from the plant") is not a name: no surname fallback
        last = key.split()[-1] if key else ""
        return self.by_key.get(last)


def _span_order(found: NominalMention) -> tuple[str, int, int, str]:
    return (found.span.article, found.span.start, found.span.end, found.rule)


def acronym_definitions(article: Article, mentions: list[Mention]) -> list[tuple[str, str]]:
    """(long form, acronym) pairs written as "Long Name (ACR)"."""
    pairs = []
    ends = {m.end: m for m in mentions}
    for match in _ACRONYM.finditer(article.text):
        acr = match["acr"]
        if sum(ch.isupper() for ch in acr) < _MIN_CAPS:
            continue
        mention = ends.get(match.start())
        if mention and mention.text != acr and len(mention.text.split()) >= 2 and not _names_a_part(mention, acr):
            pairs.append((mention.text, acr))
    return pairs


def _names_a_part(mention: Mention, acr: str) -> bool:
    """A place whose initials are only part of the acronym is a word of the longer name it abbreviates, not that
    name: "Terminal à conteneurs de Port Seren (PSCT)" defines no "Port Seren" = PSCT."""
    letters = acronym_letters(acr)
    initials = "".join(w[0] for w in re.split(r"[\s-]+", anyascii(mention.text).lower()) if w)
    return mention.label in _PLACE_LABELS and letters is not None and initials != letters and initials in letters


@dataclass(frozen=True)
class _Name:
    """One occurrence of a name: a mention in an article's clean text, or, when ``embed`` is set, a name in that
    embedded post, whose text the offsets then index."""

    article: str
    start: int
    end: int
    text: str  # the form names are matched by: as written, or the nominative of an inflected Cyrillic name
    written: str
    label: str
    embed: int | None = None
    rule_typed: bool = False  # its label comes from rules, not a model: see _RULE_TYPED_STAGES
    raw: tuple[int, int] | None = None  # the mention's own offsets, where a bracket cut the name shorter


def _names(articles: list[Article], analyses: list[Analysis], kept: KeptNames | None) -> list[_Name]:
    by_article = {a.id: a for a in articles}
    found: list[tuple[Article | None, list[_Name]]] = []  # in the analyses' order
    for an in analyses:
        article = by_article.get(an.article)
        if article is None:
            found.append((None, [_Name(m.article, m.start, m.end, m.text, m.text, m.label) for m in an.mentions]))
        else:
            found.append((article, _article_names(article, an.mentions)))
    asked = {n.written for article, names in found if article for n in names if " " not in n.written}
    common = CommonWords(a.text for a in articles) if kept is None else kept.common_words(articles, asked)
    out = []
    for article, names in found:
        out += names if article is None else _without_common(article, names, common)
    for article in articles:
        for index, embed in enumerate(article.embeds):
            for name in embed.entities:
                out.append(_Name(article.id, name.start, name.end, name.name, embed.text[name.start:name.end],
                                 name.label, index))
    return [n for n in out if _keep(n)]


def _article_names(article: Article, mentions: list[Mention]) -> list[_Name]:
    """The names of one article, cut at brackets and typed by the words around them (``_without_common`` takes
    out the common words)."""
    text = article.text
    out = []
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        cut = bracket_free(text, m.start, m.end)
        if cut is None:
            continue
        start, end = cut
        written = text[start:end]
        label = label_from_context(text, start, end, m.label)
        if label == "PERSON" and _ORG_HEAD.match(text, end):
            label = "ORG"  # "Belmedpreparaty pharmaceutical plant": the noun after a name says what it names
        whole = (start, end) == (m.start, m.end)
        out.append(_Name(m.article, start, end, m.text if whole else written, written, label,
                         raw=None if whole else (m.start, m.end), rule_typed=m.stage in _RULE_TYPED_STAGES))
    return out


def _without_common(article: Article, names: list[_Name], common: CommonWords) -> list[_Name]:
    """One article's names without common words capitalised by position or title, and nationality adjectives in
    a list ("the German, Swiss and US ambassadors") that name no place taken for nationalities."""
    out = [n for n in names if " " in n.written or not common(n.written)]
    relabel = nationality_labels(article.text, [(n.start, n.end, n.label) for n in out], _known_place)
    return [replace(n, label=relabel[i]) if i in relabel else n for i, n in enumerate(out)]


def _known_place(name: str) -> bool:
    return load_gazetteer().lookup(name) is not None


_ORG_HEAD = re.compile(r"\s+(?:[a-z-]+\s+)?(?:plant|factory|works|company|corporation|group|producer|"
                       r"manufacturer|maker|bank|agency|party|union|ministry|university|newspaper|channel)\b")


def _keep(m: Mention | _Name) -> bool:
    """A name that begins with a capital, or with a letter of a script that has none (Arabic, Chinese)."""
    key, first = name_key(m.text), m.text[:1]
    capital = first.isupper() or first.isalpha() and first.lower() == first.upper()
    return bool(key) and capital and not key.isdigit() and len(key) > 1


def _label_votes(mentions: list[_Name]) -> tuple[dict[str, Counter[str]], set[str]]:
    """Per name key, the labels its mentions were given, and the keys some model typed: where a model typed a key
    ("Twitter" in a Russian text), mentions typed by rules ("Twitter" in a Polish one) do not vote on it."""
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    modelled = {name_key(m.text) for m in mentions if not m.rule_typed}
    for m in mentions:
        key = name_key(m.text)
        if not m.rule_typed or key not in modelled:
            labels[key][m.label] += 1
    return labels, modelled


def _label_consistency(labels: dict[str, Counter[str]], gpe_words: set[str]) -> dict[str, str]:
    out = {}
    for key, counts in labels.items():
        label = counts.most_common(1)[0][0]
        if label == "PERSON" and len(key.split()) > 1 and any(w in gpe_words for w in key.split()):
            label = "ORG"  # "Grodno Azot": a place name inside a "person" name points to an organisation
        out[key] = label
    return out


def resolve_entities(articles: Iterable[Article], analyses: Iterable[Analysis], kept: KeptNames | None = None
                     ) -> EntityIndex:
    """The corpus's entities. ``kept``: what earlier runs kept (``resolve/kept.py``), so that only new and changed
    texts are counted and only new surnames compared; the entities are the same without it."""
    analyses, articles = list(analyses), list(articles)
    by_article = {a.id: a for a in articles}
    mentions = _names(articles, analyses, kept)
    labels, modelled = _label_votes(mentions)
    gpe_words = {k for k, c in labels.items() if c.most_common(1)[0][0] in ("GPE", "LOC") and " " not in k
                 and k in modelled}
    label_of = _label_consistency(labels, gpe_words)
    parent = {k: k for k in labels}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    _join_spaceless(labels, union)
    defined: set[str] = set()
    for an in analyses:
        article = by_article.get(an.article)
        if article is None:
            continue
        for long_form, acr in acronym_definitions(article, an.mentions):
            lk, ak = name_key(long_form), name_key(acr)
            parent.setdefault(lk, lk)
            parent.setdefault(ak, ak)
            union(lk, ak)
            defined.add(ak)
    _join_initialisms(mentions, label_of, defined, union, root)
    _join_places(label_of, union)
    places = {k for k, label in label_of.items() if label in _PLACE_LABELS}
    for key, base in case_form_bases((k for m in mentions if _CYRILLIC.search(m.text) and (k := name_key(m.text))
                                      in places), places):
        union(key, base)
    _join_people(label_of, labels, union, root, alike_surnames if kept is None else kept.alike_surnames)
    return _build(mentions, label_of, root, parent)


def _join_spaceless(labels: dict[str, Counter[str]], union) -> None:  # type: ignore[no-untyped-def]
    """"Grodno Azot" and "Grodnoazot" (or its Cyrillic form) are one name; so are "Serbia" and "Сербия", whose
    letter я comes out of transliteration as "ya"."""
    seen: dict[str, str] = {}
    for key in sorted(labels):
        flat = re.sub(r"iy(?=[aeu])", "i", key.replace(" ", ""))
        if flat in seen:
            union(seen[flat], key)
        else:
            seen[flat] = key


def _join_places(label_of: dict[str, str], union) -> None:  # type: ignore[no-untyped-def]
    """Place names that the gazetteer resolves to one place are one entity, whatever their language or script:
    "Prague", "Praha", "Praga" and "Прага" (its alternate names), "Czechy" and "Чехия" (a country's names in
    the languages newsfold reads). An inflected name comes here as its base form ("w Pradze": "Praga")."""
    gazetteer = load_gazetteer()
    first: dict[int, str] = {}
    for key in sorted(label_of):
        if label_of[key] not in _PLACE_LABELS:
            continue
        place = gazetteer.lookup(key)
        if place is None or place.geonameid is None:
            continue
        if place.geonameid in first:
            union(first[place.geonameid], key)
        else:
            first[place.geonameid] = key


def _join_initialisms(mentions: list[_Name], label_of: dict[str, str], defined: set[str], union, root  # type: ignore[no-untyped-def]
                      ) -> None:
    """An acronym not defined in parentheses joins the one long name, not a person's, whose initials it spells."""
    surfaces: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        surfaces[name_key(m.text)].add(m.text)
    by_initials: dict[str, set[str]] = defaultdict(set)
    for key, forms in surfaces.items():
        if len(key.split()) >= 2 and label_of.get(key) != "PERSON":
            for form in forms:
                for letters in _initials(form):
                    by_initials[letters].add(key)
    for key, forms in sorted(surfaces.items()):
        letters_set = {acronym_letters(f) for f in forms} - {None}
        if key in defined or not letters_set:
            continue
        found = {k for letters in letters_set for k in by_initials.get(str(letters), ())
                 if any(is_initialism(a, f) for a in forms for f in surfaces[k])}
        if len({root(k) for k in found}) == 1:
            union(key, found.pop())


def _initials(form: str) -> set[str]:
    """Candidate initials of a long name (all words, or without minor words): an index, checked exactly later."""
    words = [w for w in form.split() if w[:1].isalpha()]
    return {"".join(w[0] for w in words).lower(), "".join(w[0] for w in words if w[:1].isupper()).lower()}


def _join_people(label_of: dict[str, str], labels: dict[str, Counter[str]], union, root,  # type: ignore[no-untyped-def]
                 surnames: Callable[[Iterable[str]], dict[str, set[str]]]) -> None:
    """Full names join across transliterations; a surname joins the one full name it can belong to.

    The model often calls a lone surname ORG or NORP: any key that matches a full name tagged PERSON joins it,
    whatever its own label, and the group's label is settled by votes afterwards.
    """
    full_people = sorted(k for k, label in label_of.items() if label == "PERSON" and len(k.split()) >= 2)
    maybe = sorted(k for k, c in labels.items() if len(k.split()) <= 3 and label_of[k] in ("PERSON", "ORG", "NORP")
                   and not any(w in INDUSTRIAL_HEADS | {"plant"} for w in k.split()))
    people = sorted(set(full_people) | {k for k in maybe if len(k.split()) == 1})
    alike = surnames(person_parts(k)[0] for k in [*full_people, *maybe])
    near_people = _PersonIndex(full_people, alike)
    full = sorted(set(full_people) | {k for k in maybe if len(k.split()) >= 2
                                        and any(same_person_name(k, f) for f in near_people.near(k))})
    near_full = _PersonIndex(full, alike)
    for a in progress.over(full, "name", what="people"):  # transliterated full names
        for b in near_full.near(a):
            if a < b and same_person_name(a, b):
                union(a, b)
    for k in people:  # one-word mentions join the one full name they can belong to, by surname before first word
        if len(k.split()) != 1:
            continue
        parts = {f: name_part(k, f) for f in near_full.near(k)}
        candidates = {f for f, part in parts.items() if part == "surname"}
        candidates = candidates or {f for f, part in parts.items() if part == "first"}
        for c in _dominant(candidates, labels, root):
            union(k, c)


def _dominant(candidates: set[str], labels: dict[str, Counter[str]], root) -> set[str]:  # type: ignore[no-untyped-def]
    """The full names a lone word joins: all of them when they are one person already; else those of the person
    named far more often than any other ("Putin" beside "Vladimir Putin" and a misread "Sobyanin Putin")."""
    weight: Counter[str] = Counter()
    for c in candidates:
        weight[root(c)] += sum(labels[c].values())
    if len(weight) <= 1:
        return candidates
    (top, first), (_, second) = weight.most_common(2)
    return {c for c in candidates if root(c) == top} if first >= _DOMINANT_PERSON * second else set()


class _PersonIndex:
    """Person keys by surname, and by the spellings of their first word: ``near`` gives, sorted, every key that
    ``same_person_name`` or ``name_part`` could match with a given key. Which surnames may be one is worked out
    once for all the words (``alike``, from ``alike_surnames``), so no pair of keys is compared blindly."""

    def __init__(self, keys: list[str], alike: dict[str, set[str]]) -> None:
        self.alike = alike
        self.by_surname: dict[str, list[str]] = defaultdict(list)  # keys of two words or more, by surname
        self.by_first: dict[str, list[str]] = defaultdict(list)  # the same keys by spellings of their first word
        self.single: dict[str, frozenset[str]] = {}  # one-word keys and the first letters of their spellings
        for key in keys:
            surname, first, single = person_parts(key)
            if single:
                self.single[key] = _spelled_initials(surname)
                continue
            self.by_surname[surname].append(key)
            for spelling in translit_variants(first) | {first}:
                self.by_first[spelling].append(key)

    def near(self, key: str) -> list[str]:
        surname, first, single = person_parts(key)
        found = {k for t in self.alike.get(surname, {surname}) for k in self.by_surname.get(t, ())}
        letters = _spelled_initials(surname)
        if single:  # a one-word key may also be the first word of a full name ("Kim" for "Kim Jong Un")
            found.update(k for spelling in translit_variants(surname) | {surname}
                         for k in self.by_first.get(spelling, ()))
        else:
            letters |= _spelled_initials(first)
        found.update(k for k, initials in self.single.items() if initials & letters)
        found.discard(key)
        return sorted(found)


def _spelled_initials(word: str) -> frozenset[str]:
    return frozenset(v[:1] for v in translit_variants(word)) if word else frozenset()


def _build(mentions: list[_Name], label_of: dict[str, str], root, parent: dict[str, str]) -> EntityIndex:  # type: ignore[no-untyped-def]
    groups: dict[str, list[_Name]] = defaultdict(list)
    for m in mentions:
        groups[root(name_key(m.text))].append(m)
    entities: list[Entity] = []
    by_span: dict[tuple[str, int, int], str] = {}
    by_key: dict[str, str] = {}
    for group in groups.values():
        surface = Counter(m.text for m in group)
        aliases = surface + Counter(m.written for m in group if m.written != m.text)
        type_votes: Counter[str] = Counter()
        # a full name tagged PERSON is the model's most reliable call; a lone word ("Tikhanovskaya" tagged ORG),
        # its least: where the group has a name of two words or more, those alone vote
        typed = [m for m in group if not m.rule_typed] or group
        full = [m for m in typed if len(m.text.split()) >= 2] or typed
        for m in full:
            label = label_of[name_key(m.text)]
            type_votes[label] += 3 if label == "PERSON" and len(m.text.split()) >= 2 else 1
        etype = type_votes.most_common(1)[0][0]
        name = _canonical_name(surface)
        eid = "E" + hashlib.sha1(f"{etype}:{name_key(name)}".encode()).hexdigest()[:10]
        written = sorted({(m.article, m.start, m.end) for m in group if m.embed is None})
        embedded = sorted({(m.article, m.embed, m.start, m.end) for m in group if m.embed is not None})
        entity = Entity(eid, name, etype, sorted(aliases, key=lambda s: (-aliases[s], s)),
                        [Span(a, s, e, "nlp") for a, s, e in written],
                        [Span(a, s, e, "embeds", embed=i) for a, i, s, e in embedded])
        entities.append(entity)
        for m in group:
            if m.embed is None:
                by_span[(m.article, m.start, m.end)] = eid
                if m.raw is not None:  # stages that hold the mention's own offsets find it too
                    by_span.setdefault((m.article, *m.raw), eid)
            by_key[name_key(m.text)] = eid
    for key in parent:  # acronyms defined but never tagged still find their entity
        if key not in by_key and root(key) in by_key:
            by_key[key] = by_key[root(key)]
    entities.sort(key=lambda e: (-len(e.mentions), e.name))
    return EntityIndex(entities, by_span, by_key)


def _canonical_name(surface: Counter[str]) -> str:
    """The most used multi-word form that is not an acronym, in Latin script if there is one; else the most used
    form."""
    def score(s: str) -> tuple[int, int, int, int]:
        words = s.split()
        is_acronym = len(words) == 1 and sum(c.isupper() for c in s) >= 2
        return (len(words) >= 2 and not is_acronym, not _CYRILLIC.search(s), surface[s], len(s))
    return max(surface, key=score)


def sure_link(link: NominalLink, entity: Entity) -> bool:
    """The links the record keeps: a definite, singular phrase in apposition to the name ("the capital Minsk",
    "Sergei Dylevsky, the leader of the protest"), or naming a place or organisation by the words of its own name
    ("the tractor plant" for Minsk Tractor Works, "the plant" for the one plant in the story). A person is never
    linked by a title alone: "the embattled leader" could be any of the leaders the story names."""
    n = link.nominal
    if n.plural or n.indefinite or n.several:
        return False
    if link.rule == "apposition":
        return True
    if link.rule != "title" or entity.type == "PERSON":
        return False
    words = {w for alias in entity.aliases for w in name_key(alias).split()}
    heads = {name_key(alias).split()[-1] for alias in entity.aliases if alias.strip()}
    return bool(set(n.modifiers) & words or n.head in heads or n.head == "plant" and heads & INDUSTRIAL_HEADS)


def link_nominal_mentions(index: EntityIndex, analyses: list[Analysis], story_of: dict[str, str],
                          settings: NominalSettings) -> dict[str, list[NominalMention]]:
    """Noun phrases that stand for one entity in a story ("the tractor plant", "the embattled leader"), by entity
    id: per story, only when the texts leave one candidate (resolve/nominals.py). Strict identity by default
    (``nominals.country_modifier`` off): a country's officials are not the country. ``index.with_nominals`` gives
    the index with them."""
    types = {e.id: e.type for e in index.entities}
    by_id = {e.id: e for e in index.entities}
    groups: dict[str, list[Analysis]] = defaultdict(list)
    for an in analyses:
        groups[story_of.get(an.article, an.article)].append(an)
    found: dict[str, list[NominalMention]] = defaultdict(list)
    for group in groups.values():
        named = [NamedMention(m.article, m.start, m.end, eid, types[eid], m.text, m.title, m.title_start)
                 for an in group for m in an.mentions if (eid := index.by_span.get((m.article, m.start, m.end)))]
        nominals = [n for an in group for n in an.nominals]
        for link in link_nominals(named, nominals, settings):
            if link.entity is None or not sure_link(link, by_id[link.entity]):
                continue
            n = link.nominal
            found[link.entity].append(NominalMention(Span(n.article, n.start, n.end, "nominals"), link.rule))
    return dict(found)
