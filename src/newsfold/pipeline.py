"""The pipeline: ingest, then the declared stages (clean, metadata, embeds, dedup, nlp, ... store) in order.

Each stage declares what it needs and produces; the list is checked once, when the pipeline is built. Per-article
analyses are cached in the store under a key of the versions of the stages they depend on, so a re-run analyses
only new or changed articles and an interrupted run resumes where it stopped. The corpus stages up to stories run
over the whole database each run; the later ones only for the stories whose inputs changed (``scope``), the others
keeping their record: either way the result never depends on the order files came in.
"""

from __future__ import annotations

import hashlib
import logging
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from tqdm import tqdm

from . import front, heap, progress
from .errors import InputError, PipelineError
from .events import build_events, find_officials, infer_published, merge_mentions
from .events.confidence import score_entity, score_events, score_quote
from .events.coreference import load_merger
from .events.enrich import enrich_events, figures_by_event
from .events.merge import Cluster
from .events.stories import (
    ReadBefore,
    graph_rows,
    load_story_clusterer,
    read_name_sounds,
    read_story_features,
    read_word_rarity,
    restore_graph,
    story_names,
    story_text_hashes,
    update_graph,
    with_copies,
)
from .events.story_graph import StoryGraph
from .front import dated
from .intake import RunSummary, ingest_paths
from .models import Analysis, Article, Event, PublishedDate, Quote, Rejected
from .nlp import analyse_articles, analysis_key, redate
from .resolve import EntityIndex, link_nominal_mentions, resolve_entities
from .resolve.kept import KeptNames
from .scope import story_digests
from .settings import Settings
from .store import Store
from .store.record import RecordWriter
from .store.story_graph import GraphRows, GraphText, read_story_features_of, read_story_graph, write_story_graph

log = logging.getLogger(__name__)

__all__ = ["RunSummary", "run", "ingest_paths", "rebuild", "Stage", "STAGES", "Pipeline", "Corpus",
           "build_pipeline"]


@dataclass
class Corpus:
    """What the stages of one run read and write, in the order they fill it."""

    store: Store
    settings: Settings
    summary: RunSummary
    progress: bool = True
    keys: dict[str, str] = field(default_factory=dict)  # per stage, the digest its cache is keyed by (Pipeline.keys)
    articles: list[Article] = field(default_factory=list)
    # each article's names only up to scope (all the stages before read), then in full for the stories redone
    analyses: list[Analysis] = field(default_factory=list)
    index: EntityIndex = field(default_factory=lambda: EntityIndex([], {}, {}))
    story_of: dict[str, str] = field(default_factory=dict)
    story_names: dict[str, str] = field(default_factory=dict)
    digests: dict[str, str] = field(default_factory=dict)  # per story, what its late stages read (scope.py)
    officials: frozenset[str] = frozenset()
    batches: list[list[str]] = field(default_factory=list)  # the other stories' articles, a batch at a time
    writer: RecordWriter | None = None  # the record being written, batch by batch (store/record.py)
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
    per_story: bool = False  # runs once per batch of stories worked out again (``Corpus.batches``), not once


def stage(name: str, version: str, needs: Iterable[str], produces: Iterable[str],
          run: Callable[[Corpus], None], per_story: bool = False) -> Stage:
    return Stage(name, version, tuple(needs), tuple(produces), run, per_story)


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
        runs = [s.per_story for s in self.stages]
        if any(runs):
            first, last = runs.index(True), len(runs) - 1 - runs[::-1].index(True)
            inside = [s.name for s in self.stages[first:last + 1] if not s.per_story]
            if inside:
                raise PipelineError(f"stage {inside[0]!r} runs once but stands among the stages that run per story "
                                    "batch; make it per-story too, or move it before or after them")
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
        """Each stage in order; a run of per-story stages goes over one batch of stories at a time (its
        analyses read in full for it, ``_open_batch``). A failure leaves the last record as it was."""
        corpus.keys = dict(self.keys)
        bar = tqdm(total=len(self.stages), desc="stages", unit="stage", disable=not corpus.progress,
                   file=sys.stderr, leave=False)
        try:
            at = 0
            while at < len(self.stages):
                group = [self.stages[at]]
                while group[0].per_story and at + len(group) < len(self.stages) and \
                        self.stages[at + len(group)].per_story:
                    group.append(self.stages[at + len(group)])
                batches = corpus.batches if group[0].per_story else [[]]
                for n, batch in enumerate(batches, 1):
                    if group[0].per_story:
                        _open_batch(corpus, batch)
                    for s in group:
                        bar.set_postfix_str(s.name + (f" (stories, batch {n} of {len(batches)})"
                                                      if group[0].per_story else ""))
                        self._run_stage(s, corpus, bar)
                    heap.trim()  # what the stage (or the batch) let go of goes back to the system
                at += len(group)
                bar.update(len(group))
        except BaseException:
            if corpus.writer is not None:
                corpus.writer.abort()
            raise
        finally:
            bar.close()

    @staticmethod
    def _run_stage(s: Stage, corpus: Corpus, bar: tqdm) -> None:  # type: ignore[type-arg]
        if corpus.progress and (note := _loading_note(s.name, corpus)):
            bar.write(note, file=sys.stderr)
        log.debug("stage %s", s.name)
        # timed into the run's summary; the stage's own loop shows a bar (progress.over)
        with corpus.summary.timed(s.name), progress.stage(s.name, corpus.progress):
            s.run(corpus)


def _loading_note(stage_name: str, corpus: Corpus) -> str | None:
    """What a stage is about to load that takes seconds: the language detector (clean) and the spaCy model (nlp),
    when new or changed articles need them (the others' languages and analyses are kept)."""
    if stage_name == "clean" and (corpus.summary.new or corpus.summary.changed):
        return "loading the language models: the language detector (lingua) ..."
    if stage_name == "nlp" and (corpus.summary.new or corpus.summary.changed):
        return f"loading the language models: spaCy ({corpus.settings.nlp.model}) for the new articles ..."
    return None


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
    corpus.analyses = [an for an in store.analysis_names() if an.article in current]  # in full from scope on


def _entities(corpus: Corpus) -> None:
    """The corpus's entities; each text's word counts and the surnames compared are kept (``resolve/kept.py``)."""
    corpus.index = resolve_entities(corpus.articles, corpus.analyses, KeptNames(corpus.store.name_rows()))


def _stories(corpus: Corpus) -> None:
    name = corpus.settings.events.stories
    if name == "links":
        corpus.story_of = _linked_stories(corpus)
    else:
        clusterer = load_story_clusterer(name, corpus.settings.stories)
        corpus.story_of = clusterer.assign(corpus.articles, corpus.index.entities, _story_features(corpus))
    corpus.articles = [replace(a, story=corpus.story_of.get(a.id)) for a in corpus.articles]
    corpus.story_names = story_names(corpus.story_of, corpus.index.entities)


def _linked_stories(corpus: Corpus) -> dict[str, str]:
    """The ``links`` clusterer over the story graph kept in the store: only the texts new or changed since the
    last run are linked and the gone ones taken out (``update_graph``); a graph kept under another basis (stage,
    settings, code, word lists) or broken is built again from all the texts."""
    store, settings = corpus.store, corpus.settings.stories
    basis = (f"{corpus.keys['stories']}\n{settings!r}\n{_code_digest()}\n"
             f"{version('anyascii')} {version('wordfreq')} {version('simplemma')}")
    kept = read_story_graph(store.conn, basis)
    graph, digests = restore_graph(settings, kept) if kept is not None else (StoryGraph(settings), {})
    digests = update_graph(graph, digests, corpus.articles, lambda new: _story_features(corpus, new))
    rows, removed, counts = graph_rows(graph, digests)
    write_story_graph(store.conn, basis, GraphRows([GraphText(*row) for row in rows], removed, counts, kept is None))
    return with_copies(corpus.articles, dict(graph.story_of))


def _story_features(corpus: Corpus, articles: list[Article] | None = None) -> ReadBefore:
    """Each original article's story features and name sounds, and their words' frequencies in their languages,
    kept in the store from run to run (``read_story_features``, ``read_name_sounds``, ``read_word_rarity``): a
    re-run reads no text again, nor loads a dictionary or word list. ``articles``: those alone (their features
    and sounds, not their words' frequencies, which the ``links`` clusterer does not read), not the corpus."""
    reader, store = corpus.keys["stories"], corpus.store
    sounds_reader = f"{reader} sounds {version('anyascii')}"  # another anyascii may spell a name another way
    if articles is not None:
        hashes = story_text_hashes(articles)
        features, found = read_story_features(articles, read_story_features_of(store.conn, reader, hashes))
        store.put_story_features(reader, found)
        sounds, found = read_name_sounds(articles, read_story_features_of(store.conn, sounds_reader, hashes))
        store.put_story_features(sounds_reader, found)
        return ReadBefore(features, sounds)
    features, found = read_story_features(corpus.articles, store.story_features(reader))
    store.put_story_features(reader, found)
    sounds, found = read_name_sounds(corpus.articles, store.story_features(sounds_reader))
    store.put_story_features(sounds_reader, found)
    rarity_reader = f"{reader} rarity {version('wordfreq')}"  # another wordfreq may count another frequency
    rarity, found = read_word_rarity(corpus.articles, features, store.story_features(rarity_reader))
    store.put_story_features(rarity_reader, found)
    return ReadBefore(features, sounds, rarity)


def _scope(corpus: Corpus) -> None:
    """The stories whose late stages run again: those whose digest (scope.py) differs from the one the record was
    written from, in batches (``_open_batch`` reads a batch's analyses in full; the stages before read each
    analysis's names only). The others' rows stay in the record; their nominal mentions go back into the index."""
    corpus.officials = find_officials(corpus.articles, corpus.index)
    settings = corpus.settings  # what the late stages read of them: [events] and [nominals]
    basis = f"{_code_digest()}\n{settings.events!r}\n{settings.nominals!r}\n{sorted(corpus.keys.items())!r}"
    store = corpus.store
    keys = store.analysis_keys()
    corpus.digests = story_digests(corpus.articles, store.looked_up_names(keys), keys, corpus.index,
                                   corpus.officials, basis)
    before = store.story_digests()
    record = store.kept_record(s for s, d in corpus.digests.items() if before.get(s) == d)
    kept = record.stories
    corpus.index = corpus.index.with_nominals(record.nominals)
    members: dict[str, list[str]] = {}
    for an in corpus.analyses:
        if (story := corpus.story_of.get(an.article)) not in kept:
            members.setdefault(story or "", []).append(an.article)
    corpus.batches = _batches(members, _STORY_BATCH)
    corpus.analyses = []
    corpus.summary.stories_redone = len(corpus.digests) - len(kept)
    corpus.writer = store.record_writer(kept)


# Articles whose stories the late stages work out at a time: their analyses are held in memory only meanwhile.
_STORY_BATCH = 500


def _batches(members: dict[str, list[str]], size: int) -> list[list[str]]:
    """Stories' articles in batches of about ``size`` articles, whole stories each (in story order)."""
    out: list[list[str]] = [[]]
    for story in sorted(members):
        if out[-1] and len(out[-1]) + len(members[story]) > size:
            out.append([])
        out[-1].extend(members[story])
    return out


def _open_batch(corpus: Corpus, batch: list[str]) -> None:
    """The per-story stages' view of one batch: its analyses in full, and nothing left of the batch before."""
    corpus.analyses = corpus.store.analyses(batch)
    corpus.events, corpus.draft_events, corpus.inferred_dates = [], None, []


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
    corpus.articles = dated(corpus.articles, found)
    articles = {a.id: a for a in corpus.articles}
    redated = {d.article for d in found}
    corpus.analyses = [redate(articles[an.article], an) if an.article in redated else an for an in corpus.analyses]


def _events(corpus: Corpus) -> None:
    clusters = corpus.draft_events if corpus.draft_events is not None else _merge(corpus)
    result = build_events(corpus.articles, corpus.analyses, corpus.index, clusters, corpus.officials)
    corpus.events = result.events
    corpus.analyses = [replace(an, events=[result.mentions.get(m.id, m) for m in an.events],
                               figures=[replace(f, event=result.figure_events.get(f.id)) for f in an.figures])
                       for an in corpus.analyses]


def _enrich(corpus: Corpus) -> None:
    corpus.events = enrich_events(corpus.events, corpus.analyses, corpus.index)


def _confidence(corpus: Corpus) -> None:
    """Scores on events and quotes from what supports them (events/confidence.py); entities' in ``store``."""
    corpus.events = score_events(corpus.events, figures_by_event(corpus.analyses))
    corpus.analyses = [replace(an, quotes=[replace(q, confidence=score_quote(q)) for q in an.quotes])
                       for an in corpus.analyses]


def _record(corpus: Corpus) -> None:
    """The rows of one batch of stories: its articles (as dated now), quotes, figures, event mentions, events."""
    assert corpus.writer is not None, "the scope stage starts the record"
    batch = {an.article for an in corpus.analyses}
    analyses = corpus.analyses
    corpus.writer.put([a for a in corpus.articles if a.id in batch], [q for an in analyses for q in an.quotes],
                      [f for an in analyses for f in an.figures], [m for an in analyses for m in an.events],
                      corpus.events)


def _store(corpus: Corpus) -> None:
    """The entities (scored now that every story's nominal mentions are in), story names and digests; commit the
    record (the kept stories' rows stay). The summary counts the whole record."""
    assert corpus.writer is not None, "the scope stage starts the record"
    index, summary = corpus.index, corpus.summary
    corpus.index = EntityIndex([replace(e, confidence=score_entity(e)) for e in index.entities], index.by_span,
                               index.by_key)
    corpus.writer.finish(corpus.articles, corpus.index.entities, corpus.story_names, corpus.digests)
    corpus.writer = None
    counts = corpus.store.counts()
    summary.articles = len(corpus.articles)
    summary.duplicates = sum(1 for a in corpus.articles if a.duplicate_of)
    summary.entities = len(corpus.index.entities)
    summary.quotes, summary.figures, summary.events = counts["quotes"], counts["figures"], counts["events"]
    summary.conflicts = counts["conflicts"]
    summary.stories = len(corpus.story_names)


# The stages, in order. Adding one is one entry here (and its function above); bump a version whenever the
# stage's output changes for the same input. nlp's key covers clean, metadata and dedup, whose output it reads.
STAGES = (
    stage("clean", "3", ["raw_docs"], ["articles"], front.clean),
    stage("metadata", "4", ["articles"], ["published"], front.metadata),
    stage("embeds", "1", ["articles"], ["embed_names"], front.embeds),
    stage("dedup", "1", ["articles", "published"], ["copies", "published"], front.dedup),
    stage("nlp", "16", ["articles", "published"], ["analyses"], _nlp),
    stage("entities", "3", ["articles", "analyses", "embed_names"], ["entities"], _entities),
    stage("stories", "3", ["articles", "copies", "published", "entities"], ["stories"], _stories),
    stage("scope", "2", ["articles", "analyses", "entities", "stories"], ["scope"], _scope),
    # from here to record: once per batch of the stories worked out again (Corpus.batches)
    stage("nominals", "1", ["analyses", "entities", "stories", "scope"], ["nominal_mentions"], _nominals, True),
    stage("links", "1", ["analyses", "entities", "nominal_mentions"], ["speakers", "claimants"], _links, True),
    stage("dating", "1", ["articles", "analyses", "entities", "stories", "claimants"],
          ["published", "draft_events"], _dating, True),
    stage("events", "4", ["articles", "analyses", "entities", "stories", "claimants", "draft_events"],
          ["events", "figure_events"], _events, True),
    stage("enrich", "1", ["analyses", "entities", "events"], ["event_facts"], _enrich, True),
    stage("confidence", "2", ["analyses", "speakers", "events", "figure_events", "event_facts"], ["confidence"],
          _confidence, True),
    stage("record", "1", ["articles", "analyses", "stories", "speakers", "events", "figure_events", "event_facts",
                          "confidence"], ["story_rows"], _record, True),
    stage("store", "2", ["entities", "nominal_mentions", "stories", "story_rows"], ["record"], _store),
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
    with summary.timed("ingest"):
        ingest_paths(store, paths, settings, summary)
    if summary.inputs == len(summary.rejected):
        if not summary.inputs:
            raise InputError(f"no input files found in {', '.join(paths)}; newsfold reads "
                             f"{', '.join(settings.ingest.extensions)}")
        raise InputError(f"nothing could be ingested ({len(summary.rejected)} inputs rejected): " + "; ".join(
            f"{r.path}: {r.reason}" for r in summary.rejected[:5]))
    with summary.timed("basis"):
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
