"""The stages before the analysis: clean, metadata, embeds and dedup. Each goes over every article of the store, but
clean and dedup work out only what is new or changed and read the rest back as the last run kept it
(``clean/kept.py``, ``store/front.py``); metadata and embeds are cheap per article and run over all."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from . import progress
from .clean import clean_text, language_texts, with_languages
from .clean.kept import KEPT_FORMAT, code_digest, plan_cleaning
from .clean.language import KnownLanguages
from .dedup import dedup_basis, find_duplicates_kept
from .metadata import propagate_dates, settle_published, with_published
from .models import Article, EmbedName, PublishedDate, RawDoc
from .nlp.cyrillic import embed_entities

if TYPE_CHECKING:
    from .pipeline import Corpus

__all__ = ["clean", "metadata", "embeds", "dedup", "dated"]


def clean(corpus: Corpus) -> None:
    """Clean the articles whose raw document, outlet's learned blocks in them, or stage changed; read the others
    back as the last run kept them (``clean/kept.py``, ``store/front.py``)."""
    settings, front = corpus.settings.clean, corpus.store.front()
    detector = KnownLanguages(settings.languages, settings.language_accuracy)
    basis = f"{corpus.keys.get('clean', '')}:{KEPT_FORMAT}:{code_digest()}:{settings!r}:{detector.key}"
    rows = front.clean_rows()
    plan = plan_cleaning(front.raw_digests(), rows, basis, front.raw_docs, settings.min_repeated_block_chars)
    articles = front.clean_articles(plan.keep)
    todo = [aid for aid in plan.order if aid not in articles]
    cleaned = _cleaned(corpus, detector, todo, plan.raw_docs(todo, front.raw_docs),
                       [plan.learned.get(plan.rows[aid].outlet or "", set()) for aid in todo])
    if cleaned or rows.keys() != plan.rows.keys():
        front.put_clean([(plan.rows[a.id], a) for a in cleaned], plan.order)
    articles.update((a.id, a) for a in cleaned)
    corpus.articles = [articles[aid] for aid in plan.order]


def _cleaned(corpus: Corpus, detector: KnownLanguages, ids: list[str], raws: list[RawDoc],
             learned: list[set[str]]) -> list[Article]:
    """The articles ``ids`` cleaned from their raw documents, with their languages (a text detected by an earlier
    run is not detected again)."""
    if not ids:
        return []
    settings = corpus.settings.clean
    detector.known = corpus.store.languages(detector.key)
    drafts = [clean_text(raw, article_id, blocks) for article_id, raw, blocks in
              progress.over(zip(ids, raws, learned, strict=True), "article", len(ids))]
    detector.detect_all(text for draft in drafts for text in language_texts(draft, settings))
    articles = [with_languages(draft, settings, detector) for draft in drafts]
    corpus.store.put_languages(detector.key, detector.found)
    return articles


def metadata(corpus: Corpus) -> None:
    found = {d.article: d for a in corpus.articles if (d := settle_published(a)) is not None}
    corpus.articles = dated(corpus.articles, list(found.values()))


def dated(articles: list[Article], found: list[PublishedDate]) -> list[Article]:
    """The articles with the publication dates ``found`` applied (new records; a dated article keeps its date)."""
    by_article = {d.article: d for d in found}
    return [with_published(a, by_article[a.id]) if a.id in by_article else a for a in articles]


def embeds(corpus: Corpus) -> None:
    # Names in embedded posts: computed with the rest of the clean record rebuilt each run, and not in the cached
    # analysis, whose key covers the body only.
    corpus.articles = [replace(a, embeds=[replace(e, entities=[EmbedName(*found) for found in embed_entities(e.text)])
                                          for e in a.embeds])
                       if a.embeds else a for a in corpus.articles]


def dedup(corpus: Corpus) -> None:
    """Copies, comparing only the pairs a new or changed article is in (the others' kept, ``store/front.py``)."""
    kept, settings = corpus.store.front(), corpus.settings.dedup
    basis = dedup_basis(corpus.keys.get("dedup", ""), settings)
    found = find_duplicates_kept(corpus.articles, settings, kept, basis)
    if found.signatures or len(kept.signature_keys()) != len(corpus.articles):
        kept.put_dedup(found.signatures, [a.id for a in corpus.articles], basis, found.pairs)
    links = {link.article: link for link in found.links}
    corpus.articles = [replace(a, duplicate_of=links[a.id].duplicate_of, duplicate_kind=links[a.id].kind)
                       if a.id in links else a for a in corpus.articles]
    corpus.articles = dated(corpus.articles, propagate_dates(corpus.articles, list(links.values())))
