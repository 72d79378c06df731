"""Stories: groups of articles covering one unfolding situation.

Found incrementally in publication order by ``doc_clusters``: an article joins the story whose texts share its
rarest names, numbers, dates and words (through an inverted index, so no all-pairs comparison), or starts a new
one; each article's words are read in its language. Copies join their original's story. Names count as their
canonical entities, so an article in Russian ("Лукашенко", "13 августа") meets the English ones ("Lukashenko",
"August 13") on the same features, and stories of different languages join on those (``story_languages``).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from ..errors import ConfigError
from ..models import Article, Entity
from ..settings import ClusterSettings, default_settings
from .doc_clusters import ReadBefore, cluster_texts, name_sounds, text_features
from .story_graph import StoryGraph
from .story_links import LinkedText, TextVector, linked_texts
from .story_words import reads_words, word_rarity

__all__ = ["StoryClusterer", "DocumentClusterer", "LinkClusterer", "CLUSTERERS", "load_story_clusterer", "ReadBefore",
           "assign_stories", "with_copies", "story_text_hashes", "text_digest", "restore_graph", "update_graph",
           "graph_rows", "read_story_features", "read_name_sounds", "read_word_rarity", "story_names"]


class StoryClusterer(Protocol):
    """Groups articles into stories, chosen by ``[events] stories``; ``newsfold run`` and ``newsfold eval ecbplus``
    both call it. ``read_before``: what is known of the articles' texts already (the pipeline keeps it from run to
    run: ``read_story_features``, ``read_name_sounds``, ``read_word_rarity``)."""

    name: str

    def assign(self, articles: Sequence[Article], entities: Sequence[Entity], read_before: ReadBefore | None = None
               ) -> dict[str, str]: ...


class DocumentClusterer:
    """Incremental document clustering (``doc_clusters``) on rare names, numbers, dates and words."""

    name = "documents"

    def __init__(self, settings: ClusterSettings | None = None) -> None:
        self.settings = settings

    def assign(self, articles: Sequence[Article], entities: Sequence[Entity], read_before: ReadBefore | None = None
               ) -> dict[str, str]:
        return assign_stories(articles, entities, self.settings, read_before)


class LinkClusterer:
    """Order-free stories (``story_graph``): the same stories for the same texts, in whatever order they come."""

    name = "links"

    def __init__(self, settings: ClusterSettings | None = None) -> None:
        self.settings = settings or default_settings().stories

    def assign(self, articles: Sequence[Article], entities: Sequence[Entity], read_before: ReadBefore | None = None
               ) -> dict[str, str]:
        """The rarity ``read_before`` holds is not read: the links weigh words through wordfreq themselves
        (``story_links``)."""
        graph = StoryGraph(self.settings)
        graph.add(linked_texts([a for a in articles if not a.duplicate_of], read_before))
        return with_copies(articles, graph.story_of)


CLUSTERERS = ("documents", "links")


def text_digest(article: Article) -> str:
    """A digest of what the story graph reads of an article: its language, date and text (a changed one is taken
    out of the graph and linked again)."""
    return hashlib.sha1(f"{article.language}\n{article.published}\n{article.text}".encode()).hexdigest()


def restore_graph(settings: ClusterSettings, texts: Sequence[tuple[Any, ...]]) -> tuple[StoryGraph, dict[str, str]]:
    """The graph kept in the store (rows of ``store.story_graph.GraphText``) and each text's digest."""
    linked = [(LinkedText(doc_id, TextVector(full, neutral, group, day), (key[0], key[1], key[2])), probes)
              for doc_id, _, (full, neutral, group, day, key, probes), *_ in texts]
    kept = {t[0]: (t[4], t[5], t[6], t[7], t[8]) for t in texts}
    graph = StoryGraph.restore(settings, linked, {t[0]: t[3] for t in texts}, kept)
    return graph, {t[0]: t[1] for t in texts}


def update_graph(graph: StoryGraph, digests: dict[str, str], articles: Sequence[Article],
                 read: Callable[[list[Article]], ReadBefore]) -> dict[str, str]:
    """Bring ``graph`` to the articles' originals: the texts gone, become copies or changed since (``digests``:
    those the graph was made from) taken out, the new and changed ones linked (``read``: their features read
    before). Returns the digests it holds now; the graph's stories are those of all the texts linked at once."""
    originals = {a.id: a for a in articles if not a.duplicate_of}
    now = {doc_id: text_digest(a) for doc_id, a in originals.items()}
    graph.remove([doc_id for doc_id in graph.texts if now.get(doc_id) != digests.get(doc_id)])
    new = [originals[doc_id] for doc_id in sorted(now) if doc_id not in graph.texts]
    graph.add(linked_texts(new, read(new) if new else None))
    return now


def graph_rows(graph: StoryGraph, digests: Mapping[str, str]) -> tuple[list[tuple[Any, ...]], set[str],
                                                                         tuple[int, int]]:
    """What changed in ``graph`` since it was made or restored (its ``journal``), as the store keeps it
    (``store.story_graph.GraphRows``): the rows of the texts added (with their vectors and probes) or touched
    (without), the texts removed, the counts of texts and links."""
    journal, firsts = graph.journal, dict[int, str]()
    rows = []
    for doc_id in sorted(journal.touched | journal.added):
        text, unit = graph.texts[doc_id], graph.unit_of[doc_id]
        first = firsts.get(id(unit)) or firsts.setdefault(id(unit), min(unit))
        vectors = [*text.vector, list(text.key), graph.probes_of[doc_id]] if doc_id in journal.added else None
        strong = sorted(graph.strong_of[doc_id]) if doc_id in graph.strong_of else None
        rows.append((doc_id, digests[doc_id], vectors, graph.links.get(doc_id, {}), graph.scale[doc_id], first,
                     graph.story_of[doc_id], graph.cluster_of[doc_id], strong))
    count = sum(len(linked) for linked in graph.links.values()) // 2
    return rows, set(journal.removed), (len(graph.texts), count)


def load_story_clusterer(name: str, settings: ClusterSettings | None = None) -> StoryClusterer:
    if name == "documents":
        return DocumentClusterer(settings)
    if name == "links":
        return LinkClusterer(settings)
    raise ConfigError(f"unknown story clusterer {name!r} in [events] stories; known: {', '.join(CLUSTERERS)}")


def assign_stories(articles: Sequence[Article], entities: Sequence[Entity], settings: ClusterSettings | None = None,
                   read_before: ReadBefore | None = None) -> dict[str, str]:
    """article id -> story id (``entities`` name the stories afterwards, see story_names). ``read_before``: each
    article's ``text_features`` and ``name_sounds`` where they are known already, and their words' frequencies in
    their languages (the pipeline keeps them from run to run: ``read_story_features``, ``read_name_sounds``,
    ``read_word_rarity``)."""
    # by date; articles of one day (or undated) in an order fixed by their text alone, so that the stories never
    # depend on what the files were called
    ordered = sorted(articles, key=lambda a: (a.published or "9999", a.duplicate_of is not None,
                                              hashlib.sha1(a.text.encode()).hexdigest(), a.id))
    originals = [a for a in ordered if not a.duplicate_of]
    named: dict[str, Counter[str]] = defaultdict(Counter)
    for entity in entities:
        for where in [m.article for m in [*entity.mentions, *entity.embed_mentions]]:
            named[where]["E:" + entity.id] += 1
    number = cluster_texts([(a.id, a.text) for a in originals], settings, keep_order=True, extra=named,
                           languages={a.id: a.language for a in originals}, read_before=read_before)
    first: dict[int, str] = {}
    for article in originals:
        first.setdefault(number[article.id], article.id)
    story_of = {a.id: "S" + hashlib.sha1(first[number[a.id]].encode()).hexdigest()[:8] for a in originals}
    return with_copies(ordered, story_of)


def with_copies(articles: Sequence[Article], story_of: dict[str, str]) -> dict[str, str]:
    """Each copy joins its original's story (its own when the original is not among the articles)."""
    for copy in articles:
        if copy.duplicate_of:
            story_of[copy.id] = story_of.get(copy.duplicate_of, "S" + hashlib.sha1(copy.id.encode()).hexdigest()[:8])
    return story_of


def _text_hash(article: Article) -> str:
    return hashlib.sha1(f"{article.language}\n{article.text}".encode()).hexdigest()


def story_text_hashes(articles: Sequence[Article]) -> list[str]:
    """The keys the originals' story features are kept by (``read_story_features``)."""
    return [_text_hash(a) for a in articles if not a.duplicate_of]


def read_story_features(articles: Sequence[Article], known: dict[str, dict[str, int]]
                        ) -> tuple[dict[str, Counter[str]], dict[str, dict[str, int]]]:
    """Each original article's ``text_features`` (by id), read once per text and language: ``known`` holds those
    read before by text hash (the store keeps them), and the second dict those read now, to keep. A re-run reads no
    text, nor loads its language's dictionary, a second time."""
    return _read_once(articles, known, lambda article: text_features(article.text, article.language))


def read_name_sounds(articles: Sequence[Article], known: dict[str, dict[str, int]]
                     ) -> tuple[dict[str, Counter[str]], dict[str, dict[str, int]]]:
    """Each original article's ``name_sounds`` (by id), read once per text, as ``read_story_features`` reads its
    features."""
    return _read_once(articles, known, lambda article: name_sounds(article.text))


def _read_once(articles: Sequence[Article], known: dict[str, dict[str, int]],
               read: Callable[[Article], Counter[str]]) -> tuple[dict[str, Counter[str]], dict[str, dict[str, int]]]:
    found: dict[str, dict[str, int]] = {}
    out: dict[str, Counter[str]] = {}
    for article in articles:
        if article.duplicate_of:
            continue
        text_hash = _text_hash(article)
        if text_hash not in known and text_hash not in found:
            found[text_hash] = dict(read(article))
        out[article.id] = Counter(known[text_hash] if text_hash in known else found[text_hash])
    return out, found


def read_word_rarity(articles: Sequence[Article], features: Mapping[str, Counter[str]],
                     known: dict[str, dict[str, int]]) -> tuple[dict[str, dict[str, int]], dict[str, dict[str, int]]]:
    """The frequency in its language of each word of the originals' ``features`` whose language ``story_words``
    reads (``Rarity``), looked up once per text: ``known`` holds, by text hash, those looked up before (the store
    keeps them), and the second dict those looked up now, to keep. A re-run loads no word list."""
    rarity: dict[str, dict[str, int]] = {}
    wanted: dict[str, tuple[str, list[str]]] = {}  # text hash -> (language, lemmas) not looked up before
    for article in articles:
        language = article.language
        if article.duplicate_of or language is None or not reads_words(language):
            continue
        text_hash = _text_hash(article)
        if text_hash in known:
            rarity.setdefault(language, {}).update(known[text_hash])
        else:
            wanted[text_hash] = (language, [f[2:] for f in features[article.id] if f.startswith("W:")])
    lemmas: dict[str, set[str]] = {}
    for language, words in wanted.values():
        lemmas.setdefault(language, set()).update(w for w in words if w not in rarity.get(language, {}))
    for language, looked_up in word_rarity(lemmas).items():
        rarity.setdefault(language, {}).update(looked_up)
    found = {text_hash: {w: rarity[language][w] for w in words} for text_hash, (language, words) in wanted.items()}
    return rarity, found


def story_names(story_of: dict[str, str], entities: Sequence[Entity]) -> dict[str, str]:
    """Each story's name: its most mentioned place and person, e.g. "Belarus / Alexander Lukashenko" (ties go to
    the entity listed first); "untitled story" when it names neither. Counted in one pass over the mentions."""
    position = {e.id: n for n, e in enumerate(entities)}
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for entity in entities:
        for m in entity.mentions:
            if (sid := story_of.get(m.article)) is not None:
                counts[sid][entity.id] += 1
    types = {e.id: e.type for e in entities}
    names = {e.id: e.name for e in entities}
    out = {}
    for sid in sorted(set(story_of.values())):
        parts = []
        for wanted in (("GPE", "LOC"), ("PERSON",)):
            found = [(n, -position[eid], eid) for eid, n in counts[sid].items() if types[eid] in wanted]
            if found:
                parts.append(names[max(found)[2]])
        out[sid] = " / ".join(parts) or "untitled story"
    return out
