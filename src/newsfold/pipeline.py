"""The pipeline: ingest, clean, metadata, dedup, nlp, resolve, stories, events, store, in that order.

Per-article analyses are cached in the store under a key of what they depend on, so a re-run analyses only
new or changed articles and an interrupted run resumes where it stopped. Corpus-level stages are cheap and
are recomputed over the whole database each run, so the result never depends on the order files came in.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from tqdm import tqdm

from .clean import clean_document, infer_outlet, learn_repeated_blocks
from .dedup import find_duplicates
from .errors import InputError
from .events import build_events
from .events.coreference import load_merger
from .events.enrich import enrich_events
from .events.stories import load_story_clusterer, story_name
from .ingest import iter_inputs, read_file
from .metadata import propagate_dates, settle_published
from .models import Analysis, Article, RawDoc, Rejected
from .nlp import analyse_articles, analysis_key
from .nlp.cyrillic import embed_entities
from .resolve import EntityIndex, link_nominal_mentions, resolve_entities
from .settings import Settings
from .store import Store

__all__ = ["RunSummary", "run", "ingest_paths", "rebuild"]


@dataclass
class RunSummary:
    inputs: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    repeated: int = 0  # inputs identical to one earlier in the same batch
    analysed: int = 0
    articles: int = 0
    duplicates: int = 0
    entities: int = 0
    quotes: int = 0
    figures: int = 0
    events: int = 0
    conflicts: int = 0
    stories: int = 0
    rejected: list[Rejected] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        data = dict(self.__dict__)
        data["rejected"] = [{"path": r.path, "reason": r.reason} for r in self.rejected]
        return data


def _source_key(doc: RawDoc) -> str:
    if doc.id:
        return f"id:{doc.id}"
    if doc.format == "jsonl":
        return "sha:" + hashlib.sha1(doc.text.encode()).hexdigest()
    return "path:" + str(Path(doc.path).resolve())


def _article_id(doc: RawDoc, key: str, taken: Callable[[str], bool]) -> str:
    if doc.id:
        return doc.id
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "-", Path(doc.path.rsplit(":", 1)[0] if doc.format == "jsonl"
                                                 else doc.path).stem)[:60] or "article"
    if doc.format == "jsonl":
        stem += "-" + doc.path.rsplit(":", 1)[-1]
    return stem if not taken(stem) else f"{stem}-{hashlib.sha1(key.encode()).hexdigest()[:6]}"


def _raw_hash(doc: RawDoc) -> str:
    basis = f"{doc.text}\n{doc.title}\n{doc.url}\n{doc.outlet}\n{doc.published}"
    return hashlib.sha1(basis.encode()).hexdigest()


def ingest_paths(store: Store, paths: Iterable[str], settings: Settings, summary: RunSummary) -> None:
    """Read every input; store new or changed raw documents; record rejections with their reasons."""
    ids_in_use = {aid for aid, _ in store.raw_docs()}
    this_run: dict[str, tuple[str, str]] = {}  # source key -> (path, raw hash) of its first input in this run
    for item in iter_inputs(paths, settings.ingest):
        results = [item] if isinstance(item, Rejected) else read_file(item, settings.ingest)
        for result in results:
            summary.inputs += 1
            if isinstance(result, Rejected):
                summary.rejected.append(result)
                continue
            key = _source_key(result)
            raw_hash = _raw_hash(result)
            if key in this_run:  # the same article twice in one batch: said out loud, never silently replaced
                first, first_hash = this_run[key]
                if first_hash == raw_hash:
                    summary.repeated += 1
                else:
                    summary.rejected.append(Rejected(result.path, f"same id as {first} but a different text; the "
                                                                  "first is kept (give each article its own id)"))
                continue
            this_run[key] = (result.path, raw_hash)
            known = store.raw_doc(key)
            if known and known[1] == raw_hash:
                summary.unchanged += 1
                continue
            article_id = known[0] if known else _article_id(result, key, ids_in_use.__contains__)
            ids_in_use.add(article_id)
            store.put_raw_doc(key, article_id, result, raw_hash)
            if known:
                summary.changed += 1
            else:
                summary.new += 1
    store.put_rejected(summary.rejected)


def _clean_all(store: Store, settings: Settings) -> list[Article]:
    raws = store.raw_docs()
    outlets = [(infer_outlet(raw), raw) for _, raw in raws]
    learned = learn_repeated_blocks(outlets, settings.clean.min_repeated_block_chars)
    articles = []
    for (article_id, raw), (outlet, _) in zip(raws, outlets, strict=True):
        article = clean_document(raw, article_id, learned.get(outlet or "", set()), settings.clean)
        settle_published(article)
        # Names in embedded posts: computed here, with the rest of the clean record rebuilt each run, and not in the
        # cached analysis, whose key covers the body only.
        article.embeds = [replace(e, entities=embed_entities(e.text)) for e in article.embeds]
        articles.append(article)
    links = find_duplicates(articles, settings.dedup)
    by_id = {a.id: a for a in articles}
    for link in links:
        by_id[link.article].duplicate_of = link.duplicate_of
        by_id[link.article].duplicate_kind = link.kind
    propagate_dates(articles, links)
    return articles


def _analyse(store: Store, articles: list[Article], settings: Settings, summary: RunSummary,
             progress: bool) -> list[Analysis]:
    keys = store.analysis_keys()
    todo = [a for a in articles if keys.get(a.id) != analysis_key(a)]
    bar = tqdm(total=len(todo), desc="analysing", unit="article", disable=not progress or len(todo) < 2,
               file=sys.stderr)
    for analysis in analyse_articles(todo, settings.nlp):
        store.put_analysis(analysis)  # committed one by one: an interrupted run resumes here
        summary.analysed += 1
        bar.update(1)
    bar.close()
    current = {a.id for a in articles}
    return [an for an in store.analyses() if an.article in current]


def _link_entities(analyses: list[Analysis], index: EntityIndex) -> None:
    for an in analyses:
        for quote in an.quotes:
            if quote.speaker_start is not None and quote.speaker_end is not None:
                quote.speaker = index.at(an.article, quote.speaker_start, quote.speaker_end)
            quote.speaker = quote.speaker or index.named(quote.speaker_name)
        for fig in an.figures:
            fig.claimed_by = index.named(fig.claimed_by_name)


def rebuild(store: Store, settings: Settings, summary: RunSummary, progress: bool = True) -> None:
    """Clean, analyse and merge everything the store holds."""
    articles = _clean_all(store, settings)
    analyses = _analyse(store, articles, settings, summary, progress)
    index = resolve_entities(articles, analyses)
    story_of = load_story_clusterer(settings.events.stories).assign(articles, index.entities)
    link_nominal_mentions(index, analyses, story_of)
    _link_entities(analyses, index)
    for article in articles:
        article.story = story_of.get(article.id)
    names = {sid: story_name([a for a in articles if a.story == sid], index.entities)
             for sid in sorted(set(story_of.values()))}
    merger = load_merger(settings.events.merger, settings.events.merge_threshold, settings.events.learned_threshold)
    events = build_events(articles, analyses, index, story_of, settings.events.merge_threshold, merger)
    events = enrich_events(events, analyses, index)
    quotes = [q for an in analyses for q in an.quotes]
    figures = [f for an in analyses for f in an.figures]
    mentions = [m for an in analyses for m in an.events]
    store.replace_corpus(articles, index.entities, quotes, figures, mentions, events, names)
    summary.articles = len(articles)
    summary.duplicates = sum(1 for a in articles if a.duplicate_of)
    summary.entities = len(index.entities)
    summary.quotes, summary.figures, summary.events = len(quotes), len(figures), len(events)
    summary.conflicts = sum(len(e.conflicts) for e in events)
    summary.stories = len(names)


def run(paths: list[str], db: str, settings: Settings, progress: bool = True) -> RunSummary:
    """Ingest ``paths`` into the database ``db`` and bring every derived result up to date."""
    store = Store(db)
    try:
        run_id = store.start_run()
        summary = RunSummary()
        ingest_paths(store, paths, settings, summary)
        if summary.inputs == len(summary.rejected):
            store.finish_run(run_id, summary.as_dict())
            if not summary.inputs:
                raise InputError(f"no input files found in {', '.join(paths)}; newsfold reads "
                                 f"{', '.join(settings.ingest.extensions)}")
            raise InputError(f"nothing could be ingested ({len(summary.rejected)} inputs rejected): " + "; ".join(
                f"{r.path}: {r.reason}" for r in summary.rejected[:5]))
        rebuild(store, settings, summary, progress)
        store.finish_run(run_id, summary.as_dict())
        return summary
    finally:
        store.close()
