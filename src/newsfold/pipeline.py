"""The pipeline: ingest, then the declared stages (clean, metadata, embeds, dedup, nlp, ... store) in order.

Each stage declares what it needs and produces; the list is checked once, when the pipeline is built. Per-article
analyses are cached in the store under a key of the versions of the stages they depend on, so a re-run analyses
only new or changed articles and an interrupted run resumes where it stopped. Corpus-level stages are cheap and
are recomputed over the whole database each run, so the result never depends on the order files came in.
"""

from __future__ import annotations

import hashlib
import logging
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from tqdm import tqdm

from . import progress
from .clean import clean_text, infer_outlet, language_texts, learn_repeated_blocks, with_languages
from .clean.language import KnownLanguages
from .dedup import find_duplicates
from .errors import InputError, PipelineError
from .events import build_events, infer_published, merge_mentions
from .events.confidence import score_entity, score_events, score_quote
from .events.coreference import load_merger
from .events.enrich import enrich_events, figures_by_event
from .events.merge import Cluster
from .events.stories import load_story_clusterer, read_story_features, story_names
from .ingest import Skipped, iter_inputs, read_file
from .metadata import propagate_dates, settle_published, with_published
from .models import Analysis, Article, EmbedName, Event, PublishedDate, Quote, RawDoc, Rejected
from .nlp import analyse_articles, analysis_key, redate
from .nlp.cyrillic import embed_entities
from .resolve import EntityIndex, link_nominal_mentions, resolve_entities
from .settings import Settings
from .store import Store

log = logging.getLogger(__name__)

__all__ = ["RunSummary", "run", "ingest_paths", "rebuild", "Stage", "STAGES", "Pipeline", "Corpus",
           "build_pipeline"]


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
    unanalysed: int = 0  # articles whose analysis failed this run (retried by the next)
    up_to_date: bool = False  # nothing new, changed or failed since the last run: no stage ran
    basis: str = ""  # a digest of what the record was built from (``record_basis``)
    rejected: list[Rejected] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)  # parts of inputs that are not articles (a WARC's images)

    def as_dict(self) -> dict[str, object]:
        data = dict(self.__dict__)
        data["rejected"] = [{"path": r.path, "reason": r.reason} for r in self.rejected]
        data["skipped"] = [{"path": s.path, "count": s.count, "detail": s.detail} for s in self.skipped]
        return data


# How readers that find many articles in one file name each one: FILE:LINE, FILE:ROW, FILE#item N, FILE#record N
_ITEM_MARKS = {"jsonl": ":", "csv": ":", "feed": "#item ", "warc": "#record "}


def _source_key(doc: RawDoc) -> str:
    if doc.id:
        return f"id:{doc.id}"
    if doc.format == "jsonl":
        return "sha:" + hashlib.sha1(doc.text.encode()).hexdigest()
    if doc.format == "feed" and doc.url:  # a feed dump re-saved later lists the same items in another order
        return "url:" + doc.url
    return "path:" + str(Path(doc.path).resolve())


def _article_id(doc: RawDoc, key: str, taken: Callable[[str], bool]) -> str:
    if doc.id:
        return doc.id
    mark = _ITEM_MARKS.get(doc.format)
    file, item = doc.path.rsplit(mark, 1) if mark and mark in doc.path else (doc.path, "")
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "-", Path(file).stem)[:60] or "article"
    if item:
        stem += "-" + item
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
            if isinstance(result, Skipped):
                summary.skipped.append(result)
                continue
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


@dataclass
class Corpus:
    """What the stages of one run read and write, in the order they fill it."""

    store: Store
    settings: Settings
    summary: RunSummary
    progress: bool = True
    keys: dict[str, str] = field(default_factory=dict)  # per stage, the digest its cache is keyed by (Pipeline.keys)
    articles: list[Article] = field(default_factory=list)
    analyses: list[Analysis] = field(default_factory=list)
    index: EntityIndex = field(default_factory=lambda: EntityIndex([], {}, {}))
    story_of: dict[str, str] = field(default_factory=dict)
    story_names: dict[str, str] = field(default_factory=dict)
    inferred_dates: list[PublishedDate] = field(default_factory=list)
    draft_events: list[Cluster] | None = None  # the dating stage's merge, when no inferred date changed it
    events: list[Event] = field(default_factory=list)


@dataclass(frozen=True)
class Stage:
    """One step of the pipeline: what it needs (made by an earlier stage, or given), what it produces, and a
    version to bump whenever its output changes for the same input (it invalidates the caches downstream)."""

    name: str
    version: str
    needs: tuple[str, ...]
    produces: tuple[str, ...]
    run: Callable[[Corpus], None]


def stage(name: str, version: str, needs: Iterable[str], produces: Iterable[str],
          run: Callable[[Corpus], None]) -> Stage:
    return Stage(name, version, tuple(needs), tuple(produces), run)


# What rebuild starts from: the raw documents ingest stored.
GIVEN = frozenset({"raw_docs"})


class Pipeline:
    """Stages checked once, when built: each needs only what the input gives or an earlier stage produces."""

    def __init__(self, stages: Iterable[Stage], given: frozenset[str] = GIVEN) -> None:
        self.stages = list(stages)
        available = set(given)
        seen: set[str] = set()
        for s in self.stages:
            if s.name in seen:
                raise PipelineError(f"stage {s.name!r} appears twice in the pipeline; give each stage its own name")
            missing = [need for need in s.needs if need not in available]
            if missing:
                raise PipelineError(
                    f"stage {s.name!r} needs {', '.join(map(repr, missing))}, which no earlier stage produces "
                    f"(available: {', '.join(sorted(available))}); add a stage that produces it before "
                    f"{s.name!r}, or move {s.name!r} after one")
            seen.add(s.name)
            available.update(s.produces)
        self.keys = {s.name: self._key(s.name) for s in self.stages}

    def depends_on(self, name: str) -> list[Stage]:
        """The stages whose products ``name`` reads, directly or through another stage, in pipeline order."""
        position = next(i for i, s in enumerate(self.stages) if s.name == name)
        wanted = set(self.stages[position].needs)
        found: list[Stage] = []
        for s in reversed(self.stages[:position]):
            if wanted.intersection(s.produces):
                found.append(s)
                wanted.update(s.needs)
        return found[::-1]

    def _key(self, name: str) -> str:
        """A digest of the versions of ``name`` and every stage it depends on: what a cache of its results is
        keyed by, so that bumping any of them redoes it and bumping a later or unrelated stage does not."""
        own = next(s for s in self.stages if s.name == name)
        basis = "\n".join(f"{s.name}:{s.version}" for s in [*self.depends_on(name), own])
        return hashlib.sha1(basis.encode()).hexdigest()[:16]

    def run(self, corpus: Corpus) -> None:
        corpus.keys = dict(self.keys)
        bar = tqdm(self.stages, desc="stages", unit="stage", disable=not corpus.progress, file=sys.stderr,
                   leave=False)
        for s in bar:
            bar.set_postfix_str(s.name)
            if corpus.progress and (note := _loading_note(s.name, corpus)):
                bar.write(note, file=sys.stderr)
            log.debug("stage %s", s.name)
            with progress.stage(s.name, corpus.progress):  # the stage's own loop shows a bar (progress.over)
                s.run(corpus)
        bar.close()


def _loading_note(stage_name: str, corpus: Corpus) -> str | None:
    """What a stage is about to load that takes seconds: the language detector (clean, every run) and the spaCy
    model (nlp, when new or changed articles need analysing)."""
    if stage_name == "clean":
        return "loading the language models: the language detector (lingua) ..."
    if stage_name == "nlp" and (corpus.summary.new or corpus.summary.changed):
        return f"loading the language models: spaCy ({corpus.settings.nlp.model}) for the new articles ..."
    return None


def _clean(corpus: Corpus) -> None:
    raws = corpus.store.raw_docs()
    outlets = [(infer_outlet(raw), raw) for _, raw in raws]
    learned = learn_repeated_blocks(outlets, corpus.settings.clean.min_repeated_block_chars)
    settings = corpus.settings.clean
    detector = KnownLanguages(settings.languages, settings.language_accuracy)
    detector.known = corpus.store.languages(detector.key)  # texts detected by an earlier run are not detected again
    drafts = [clean_text(raw, article_id, learned.get(outlet or "", set()))
              for (article_id, raw), (outlet, _) in progress.over(zip(raws, outlets, strict=True), "article",
                                                                  len(raws))]
    detector.detect_all(text for draft in drafts for text in language_texts(draft, settings))
    corpus.articles = [with_languages(draft, settings, detector) for draft in drafts]
    corpus.store.put_languages(detector.key, detector.found)


def _metadata(corpus: Corpus) -> None:
    found = {d.article: d for a in corpus.articles if (d := settle_published(a)) is not None}
    corpus.articles = _dated(corpus.articles, list(found.values()))


def _dated(articles: list[Article], found: list[PublishedDate]) -> list[Article]:
    """The articles with the publication dates ``found`` applied (new records; a dated article keeps its date)."""
    by_article = {d.article: d for d in found}
    return [with_published(a, by_article[a.id]) if a.id in by_article else a for a in articles]


def _embeds(corpus: Corpus) -> None:
    # Names in embedded posts: computed with the rest of the clean record rebuilt each run, and not in the cached
    # analysis, whose key covers the body only.
    corpus.articles = [replace(a, embeds=[replace(e, entities=[EmbedName(*found) for found in embed_entities(e.text)])
                                          for e in a.embeds])
                       if a.embeds else a for a in corpus.articles]


def _dedup(corpus: Corpus) -> None:
    links = {link.article: link for link in find_duplicates(corpus.articles, corpus.settings.dedup)}
    corpus.articles = [replace(a, duplicate_of=links[a.id].duplicate_of, duplicate_kind=links[a.id].kind)
                       if a.id in links else a for a in corpus.articles]
    corpus.articles = _dated(corpus.articles, propagate_dates(corpus.articles, list(links.values())))


def _nlp(corpus: Corpus) -> None:
    """Analyse the articles whose cached analysis is missing or stale; read the others from the store."""
    nlp = corpus.settings.nlp
    # the stages' versions and the settings that change what an analysis holds (not batch size or processes)
    store, version = corpus.store, f"{corpus.keys['nlp']}:{nlp.model}:{nlp.event_typer}"
    keys = store.analysis_keys()
    todo = [a for a in corpus.articles if keys.get(a.id) != analysis_key(a, version)]
    for analysis in progress.over(analyse_articles(todo, nlp, version), "article", len(todo), "analysing"):
        if isinstance(analysis, Rejected):  # the article stays in the record, without analysis, and is retried
            corpus.summary.rejected.append(analysis)
            corpus.summary.unanalysed += 1
            store.put_rejected([analysis])
            continue
        store.put_analysis(analysis)  # committed one by one: an interrupted run resumes here
        corpus.summary.analysed += 1
    current = {a.id for a in corpus.articles}
    corpus.analyses = [an for an in store.analyses() if an.article in current]


def _entities(corpus: Corpus) -> None:
    corpus.index = resolve_entities(corpus.articles, corpus.analyses)


def _stories(corpus: Corpus) -> None:
    clusterer = load_story_clusterer(corpus.settings.events.stories, corpus.settings.stories)
    corpus.story_of = clusterer.assign(corpus.articles, corpus.index.entities, _story_features(corpus))
    corpus.articles = [replace(a, story=corpus.story_of.get(a.id)) for a in corpus.articles]
    corpus.story_names = story_names(corpus.story_of, corpus.index.entities)


def _story_features(corpus: Corpus) -> dict[str, Counter[str]]:
    """Each original article's story features, kept in the store from run to run (``read_story_features``)."""
    reader = corpus.keys["stories"]
    features, found = read_story_features(corpus.articles, corpus.store.story_features(reader))
    corpus.store.put_story_features(reader, found)
    return features


def _nominals(corpus: Corpus) -> None:
    found = link_nominal_mentions(corpus.index, corpus.analyses, corpus.story_of, corpus.settings.nominals)
    corpus.index = corpus.index.with_nominals(found)


def _links(corpus: Corpus) -> None:
    """Quote speakers and figure claimants become entities (a nominal mention may stand for the speaker)."""
    index = corpus.index

    def speaker(quote: Quote) -> str | None:
        at = None
        if quote.speaker_start is not None and quote.speaker_end is not None:
            at = index.at(quote.article, quote.speaker_start, quote.speaker_end)
        return at or index.named(quote.speaker_name)

    corpus.analyses = [replace(an, quotes=[replace(q, speaker=speaker(q)) for q in an.quotes],
                               figures=[replace(f, claimed_by=index.named(f.claimed_by_name)) for f in an.figures])
                       for an in progress.over(corpus.analyses, "article")]


def _merge(corpus: Corpus) -> list[Cluster]:
    settings = corpus.settings.events
    return merge_mentions(corpus.articles, corpus.analyses, corpus.index, corpus.story_of, settings,
                          load_merger(settings))


def _dating(corpus: Corpus) -> None:
    """Undated articles whose story tells their day get it (inferred, with reasons), and their analyses are
    re-anchored to it; the first merge that showed it is kept for the events stage when nothing changed."""
    draft = _merge(corpus)
    found = infer_published(corpus.articles, corpus.analyses, draft)
    corpus.inferred_dates = found
    corpus.draft_events = None if found else draft
    if not found:
        return
    corpus.articles = _dated(corpus.articles, found)
    articles = {a.id: a for a in corpus.articles}
    redated = {d.article for d in found}
    corpus.analyses = [redate(articles[an.article], an) if an.article in redated else an for an in corpus.analyses]


def _events(corpus: Corpus) -> None:
    clusters = corpus.draft_events if corpus.draft_events is not None else _merge(corpus)
    result = build_events(corpus.articles, corpus.analyses, corpus.index, clusters)
    corpus.events = result.events
    corpus.analyses = [replace(an, events=[result.mentions.get(m.id, m) for m in an.events],
                               figures=[replace(f, event=result.figure_events.get(f.id)) for f in an.figures])
                       for an in corpus.analyses]


def _enrich(corpus: Corpus) -> None:
    corpus.events = enrich_events(corpus.events, corpus.analyses, corpus.index)


def _confidence(corpus: Corpus) -> None:
    """Scores on events, quotes and entities from what supports them (events/confidence.py)."""
    corpus.events = score_events(corpus.events, figures_by_event(corpus.analyses))
    corpus.analyses = [replace(an, quotes=[replace(q, confidence=score_quote(q)) for q in an.quotes])
                       for an in corpus.analyses]
    index = corpus.index
    corpus.index = EntityIndex([replace(e, confidence=score_entity(e)) for e in index.entities], index.by_span,
                               index.by_key)


def _store(corpus: Corpus) -> None:
    articles, analyses, events, summary = corpus.articles, corpus.analyses, corpus.events, corpus.summary
    quotes = [q for an in analyses for q in an.quotes]
    figures = [f for an in analyses for f in an.figures]
    mentions = [m for an in analyses for m in an.events]
    corpus.store.replace_corpus(articles, corpus.index.entities, quotes, figures, mentions, events,
                                corpus.story_names)
    summary.articles = len(articles)
    summary.duplicates = sum(1 for a in articles if a.duplicate_of)
    summary.entities = len(corpus.index.entities)
    summary.quotes, summary.figures, summary.events = len(quotes), len(figures), len(events)
    summary.conflicts = sum(len(e.conflicts) for e in events)
    summary.stories = len(corpus.story_names)


# The stages, in order. Adding one is one entry here (and its function above); bump a version whenever the
# stage's output changes for the same input. nlp's key covers clean, metadata and dedup, whose output it reads.
STAGES = (
    stage("clean", "3", ["raw_docs"], ["articles"], _clean),
    stage("metadata", "4", ["articles"], ["published"], _metadata),
    stage("embeds", "1", ["articles"], ["embed_names"], _embeds),
    stage("dedup", "1", ["articles", "published"], ["copies", "published"], _dedup),
    stage("nlp", "16", ["articles", "published"], ["analyses"], _nlp),
    stage("entities", "3", ["articles", "analyses", "embed_names"], ["entities"], _entities),
    stage("stories", "3", ["articles", "copies", "published", "entities"], ["stories"], _stories),
    stage("nominals", "1", ["analyses", "entities", "stories"], ["nominal_mentions"], _nominals),
    stage("links", "1", ["analyses", "entities", "nominal_mentions"], ["speakers", "claimants"], _links),
    stage("dating", "1", ["articles", "analyses", "entities", "stories", "claimants"],
          ["published", "draft_events"], _dating),
    stage("events", "4", ["articles", "analyses", "entities", "stories", "claimants", "draft_events"],
          ["events", "figure_events"], _events),
    stage("enrich", "1", ["analyses", "entities", "events"], ["event_facts"], _enrich),
    stage("confidence", "1", ["analyses", "entities", "speakers", "events", "figure_events", "event_facts"],
          ["confidence"], _confidence),
    stage("store", "1", ["articles", "analyses", "entities", "stories", "speakers", "events", "figure_events",
                         "event_facts", "confidence"],
          ["record"], _store),
)


def build_pipeline(stages: Iterable[Stage] | None = None) -> Pipeline:
    """The checked pipeline of ``stages`` (default: STAGES); raises PipelineError, saying what is missing where,
    on a stage list that cannot run."""
    return Pipeline(STAGES if stages is None else stages)


def rebuild(store: Store, settings: Settings, summary: RunSummary, progress: bool = True) -> None:
    """Run every stage over everything the store holds."""
    build_pipeline().run(Corpus(store, settings, summary, progress))


def run(paths: list[str], db: str, settings: Settings, progress: bool = True) -> RunSummary:
    """Ingest ``paths`` into the database ``db`` and bring every derived result up to date. When nothing could be
    ingested into a database that did not exist, no database is left behind. One run writes a database at a time:
    while another live process runs on ``db``, this raises DatabaseBusyError."""
    fresh = not Path(db).exists()
    store = Store(db)
    try:
        run_id = store.start_run()
        summary = RunSummary()
        try:
            _ingest_and_rebuild(store, paths, settings, summary, progress)
        except BaseException as exc:  # the run's record says how it ended; the lock is given back either way
            status = "interrupted" if isinstance(exc, KeyboardInterrupt) else "failed"
            store.finish_run(run_id, summary.as_dict(), "finished" if isinstance(exc, InputError) else status)
            if fresh and isinstance(exc, InputError):
                store.close()
                _remove_database(db)
            raise
        store.finish_run(run_id, summary.as_dict())
        return summary
    finally:
        store.close()


def _remove_database(db: str) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(db + suffix).unlink(missing_ok=True)


def _ingest_and_rebuild(store: Store, paths: list[str], settings: Settings, summary: RunSummary,
                        progress: bool) -> None:
    ingest_paths(store, paths, settings, summary)
    if summary.inputs == len(summary.rejected):
        if not summary.inputs:
            raise InputError(f"no input files found in {', '.join(paths)}; newsfold reads "
                             f"{', '.join(settings.ingest.extensions)}")
        raise InputError(f"nothing could be ingested ({len(summary.rejected)} inputs rejected): " + "; ".join(
            f"{r.path}: {r.reason}" for r in summary.rejected[:5]))
    summary.basis = record_basis(store, settings)
    last = store.last_summary()
    if last is not None and last.get("basis") == summary.basis and not last.get("unanalysed"):
        for name in _RECORD_COUNTS:  # the record the last run built stands: say what it holds
            setattr(summary, name, last.get(name, 0))
        summary.up_to_date = True
        return
    rebuild(store, settings, summary, progress)


# The counts a RunSummary gives of the record (not of the run's inputs).
_RECORD_COUNTS = ("articles", "duplicates", "entities", "quotes", "figures", "events", "conflicts", "stories")


def record_basis(store: Store, settings: Settings) -> str:
    """A digest of everything the record is built from: the stored inputs, the settings, the stages' versions
    and newsfold's own code. When it equals the last finished run's, that run's record stands and no stage runs
    again (a re-run over the same inputs costs the reading of them, whatever the size of the store)."""
    digest = hashlib.sha1()
    for key, article_id, raw_hash in store.raw_hashes():
        digest.update(f"{key}\t{article_id}\t{raw_hash}\n".encode())
    digest.update(repr(settings).encode())
    digest.update(repr(sorted(build_pipeline().keys.items())).encode())
    digest.update(_code_digest().encode())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """A digest of newsfold's own code and settings files: a changed newsfold rebuilds the record."""
    root = Path(__file__).parent
    digest = hashlib.sha1()
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".toml", ".json") and path.is_file():
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()
