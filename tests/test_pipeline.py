"""Pipeline behaviour: resuming an interrupted run, re-analysing only what changed, copies teaching dates."""

from __future__ import annotations

import sqlite3
from copy import deepcopy
from dataclasses import FrozenInstanceError, replace

import pytest

import newsfold.pipeline as pipeline
from newsfold import Store, run
from newsfold.errors import ConfigError, PipelineError
from newsfold.export import build_record
from newsfold.models import Article, Rejected
from newsfold.nlp import analysis_key

TEXT = ("Teachers in the city of Arden went on strike on Monday over unpaid wages, the union said.\n\n"
        "About 800 teachers marched to the town hall, where the mayor refused to meet them.\n")


def _write(folder, n):
    folder.mkdir(exist_ok=True)
    for i in range(n):
        (folder / f"a{i}.txt").write_text(f" date 2023-0{i % 9 + 1}-1{i % 9} " + TEXT.replace("Arden", f"Arden{i}"))


def test_interrupted_run_resumes_without_redoing_work(tmp_path, settings, monkeypatch):
    _write(tmp_path / "in", 3)
    db = str(tmp_path / "x.db")
    real = pipeline.analyse_articles

    def two_then_crash(articles, nlp_settings, version):
        for n, analysis in enumerate(real(articles, nlp_settings, version)):
            if n == 2:
                raise KeyboardInterrupt
            yield analysis

    monkeypatch.setattr(pipeline, "analyse_articles", two_then_crash)
    with pytest.raises(KeyboardInterrupt):
        run([str(tmp_path / "in")], db, settings, progress=False)
    monkeypatch.setattr(pipeline, "analyse_articles", real)
    summary = run([str(tmp_path / "in")], db, settings, progress=False)
    assert summary.analysed == 1 and summary.articles == 3
    whole = str(tmp_path / "whole.db")  # the same inputs in one uninterrupted run: the same record
    run([str(tmp_path / "in")], whole, settings, progress=False)
    resumed, uninterrupted = _record(db), _record(whole)
    assert resumed["events"] and resumed == uninterrupted


def _record(db):
    store = Store(db, readonly=True)
    try:
        return build_record(store)
    finally:
        store.close()


def test_changed_file_is_reanalysed_and_replaced(tmp_path, settings):
    _write(tmp_path / "in", 1)
    db = str(tmp_path / "x.db")
    run([str(tmp_path / "in")], db, settings, progress=False)
    path = tmp_path / "in" / "a0.txt"
    path.write_text(path.read_text().replace("About 800", "About 900"))
    summary = run([str(tmp_path / "in")], db, settings, progress=False)
    assert (summary.changed, summary.analysed, summary.articles) == (1, 1, 1)
    store = Store(db, readonly=True)
    assert [f.text for f in store.figures()] == ["About 900"]
    store.close()


def test_a_rerun_over_the_same_inputs_runs_no_stage_unless_something_changed(tmp_path, settings, monkeypatch):
    _write(tmp_path / "in", 2)
    db = str(tmp_path / "x.db")
    first = run([str(tmp_path / "in")], db, settings, progress=False)
    ran: list[str] = []
    real = pipeline.rebuild
    monkeypatch.setattr(pipeline, "rebuild", lambda *args, **kw: (ran.append("rebuild"), real(*args, **kw)))
    again = run([str(tmp_path / "in")], db, settings, progress=False)
    assert again.up_to_date and ran == [] and again.basis == first.basis
    assert (again.articles, again.events, again.entities) == (first.articles, first.events, first.entities)
    other = replace(settings, events=replace(settings.events, merge_threshold=0.9))  # another setting: rebuilt
    assert not run([str(tmp_path / "in")], db, other, progress=False).up_to_date and ran == ["rebuild"]
    (tmp_path / "in" / "a0.txt").write_text(" date 2023-01-10 " + TEXT.replace("800", "700"))
    changed = run([str(tmp_path / "in")], db, other, progress=False)
    assert not changed.up_to_date and changed.changed == 1 and ran == ["rebuild", "rebuild"]


def test_a_run_with_a_failed_analysis_is_followed_by_one_that_retries_it(tmp_path, settings, monkeypatch):
    _write(tmp_path / "in", 1)
    db = str(tmp_path / "x.db")
    monkeypatch.setattr(pipeline, "analyse_articles",
                        lambda articles, *_: iter([Rejected(a.path, "could not be analysed (test)") for a in articles]))
    assert run([str(tmp_path / "in")], db, settings, progress=False).unanalysed == 1
    monkeypatch.undo()
    retried = run([str(tmp_path / "in")], db, settings, progress=False)
    assert not retried.up_to_date and retried.analysed == 1 and retried.unanalysed == 0


def test_offsets_index_the_clean_text(seeds_store):
    texts = {a.id: a.text for a in seeds_store.articles()}
    for entity in seeds_store.entities():
        for m in entity.mentions:
            assert texts[m.article][m.start:m.end] in entity.aliases and m.stage == "nlp"
    for figure in seeds_store.figures():
        assert texts[figure.article][figure.start:figure.end] == figure.text


def test_stages_run_in_their_declared_order():
    names = [s.name for s in pipeline.build_pipeline().stages]
    assert names == ["clean", "metadata", "embeds", "dedup", "nlp", "entities", "stories", "scope", "nominals",
                     "links", "dating", "events", "enrich", "confidence", "record", "store"]


def test_a_stage_needing_what_nothing_earlier_produces_is_an_error():
    places = pipeline.stage("places", "1", ["events", "gazetteer"], ["places"], lambda corpus: None)
    with pytest.raises(PipelineError, match=r"stage 'places' needs 'gazetteer', which no earlier stage produces"):
        pipeline.build_pipeline([*pipeline.STAGES, places])
    early = pipeline.stage("places", "1", ["events"], ["places"], lambda corpus: None)
    with pytest.raises(PipelineError, match=r"'places' needs 'events'"):
        pipeline.build_pipeline([pipeline.STAGES[0], early, *pipeline.STAGES[1:]])
    assert isinstance(PipelineError("x"), ConfigError)


def test_adding_a_stage_is_one_entry():
    seen = []
    tally = pipeline.stage("tally", "1", ["events"], ["event_tally"], lambda corpus: seen.append(corpus), True)
    stages = list(pipeline.STAGES)
    stages.insert([s.name for s in stages].index("events") + 1, tally)
    built = pipeline.build_pipeline(stages)
    assert [s.name for s in built.stages][-6:] == ["events", "tally", "enrich", "confidence", "record", "store"]
    with pytest.raises(PipelineError, match="'events' appears twice"):
        pipeline.build_pipeline([*pipeline.STAGES, pipeline.STAGES[11]])
    apart = pipeline.stage("apart", "1", ["events"], ["apart"], lambda corpus: None)
    stages.insert([s.name for s in stages].index("enrich"), apart)
    with pytest.raises(PipelineError, match="runs once but stands among"):
        pipeline.build_pipeline([s for s in stages if s.name != "tally"])


def _nlp_key(bumped: str) -> str:
    stages = [replace(s, version=s.version + ".1") if s.name == bumped else s for s in pipeline.STAGES]
    return pipeline.build_pipeline(stages).keys["nlp"]


def test_the_analysis_cache_key_follows_the_stages_it_depends_on():
    base = pipeline.build_pipeline().keys["nlp"]
    assert [s.name for s in pipeline.build_pipeline().depends_on("nlp")] == ["clean", "metadata", "dedup"]
    for per_article in ("clean", "metadata", "dedup", "nlp"):
        assert _nlp_key(per_article) != base, per_article
    for corpus_stage in ("embeds", "entities", "stories", "scope", "nominals", "links", "dating", "events", "enrich",
                         "confidence", "record", "store"):
        assert _nlp_key(corpus_stage) == base, corpus_stage
    article = Article(id="a", path="a", text="Workers marched.", published="2023-01-02", language="en")
    assert analysis_key(article, base) != analysis_key(article, _nlp_key("clean"))


def test_bumping_a_stage_version_reanalyses_every_article(tmp_path, settings, monkeypatch):
    _write(tmp_path / "in", 2)
    db = str(tmp_path / "x.db")
    run([str(tmp_path / "in")], db, settings, progress=False)
    bumped = tuple(replace(s, version="99") if s.name == "nlp" else s for s in pipeline.STAGES)
    monkeypatch.setattr(pipeline, "STAGES", bumped)
    assert run([str(tmp_path / "in")], db, settings, progress=False).analysed == 2


def test_no_stage_changes_a_record_an_earlier_stage_made(tmp_path, settings, demo_db):
    """Data flows one way: after every stage, the records it handed on are snapshot; at the end of the run each
    record still equals its snapshot (a later stage made new records instead of changing these)."""
    db = tmp_path / "demo.db"
    with sqlite3.connect(demo_db) as source, sqlite3.connect(db) as copy:
        source.backup(copy)
    handed_on: list[tuple[str, object, object]] = []

    def snapshot(after: str, per_story: bool):
        def keep(corpus: pipeline.Corpus) -> None:
            for record in [*corpus.articles, *corpus.analyses, *corpus.index.entities, *corpus.events]:
                handed_on.append((after, record, deepcopy(record)))
        return pipeline.stage(f"after-{after}", "1", [], [], keep, per_story)

    stages = [x for s in pipeline.STAGES for x in (s, snapshot(s.name, s.per_story))]
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM story_digests")  # every story worked out again
    store = Store(str(db))
    try:
        corpus = pipeline.Corpus(store, settings, pipeline.RunSummary(), progress=False)
        pipeline.build_pipeline(stages).run(corpus)
    finally:
        store.close()
    assert corpus.events and len(handed_on) > 100
    changed = [(after, type(record).__name__) for after, record, copy in handed_on if record != copy]
    assert changed == []
    with pytest.raises(FrozenInstanceError):
        corpus.articles[0].story = "elsewhere"  # type: ignore[misc]


def test_a_rerun_reads_languages_back_instead_of_detecting_again(tmp_path, settings, monkeypatch):
    """The clean stage remembers each text's language per detector: a second run over the same store detects
    nothing (the detector is never called), and the articles keep the languages found the first time."""
    from newsfold.clean import language

    (tmp_path / "a.txt").write_text("Workers at the harbour walked out on Monday over unpaid wages and "
                                    "marched to the town hall.\n", encoding="utf-8")
    db = str(tmp_path / "l.db")
    run([str(tmp_path / "a.txt")], db, settings, progress=False)
    first = {a.id: a.language for a in Store(db, readonly=True).articles()}
    monkeypatch.setattr(language, "detect_language", lambda *a, **k: pytest.fail("detected again"))
    run([str(tmp_path / "a.txt")], db, settings, progress=False)
    assert {a.id: a.language for a in Store(db, readonly=True).articles()} == first == {"a": "en"}


class _NoAnalyses:
    def analyses(self, batch):
        return []


def test_the_heap_goes_back_to_the_system_after_each_stage_and_each_batch_of_stories(settings, monkeypatch):
    seen: list[str] = []
    monkeypatch.setattr(pipeline.heap, "trim", lambda: seen.append("trim") or True)

    def step(name: str):
        def run(corpus):
            seen.append(name)
            if name == "scope":
                corpus.batches = [["a1"], ["a2"]]
        return run

    stages = [pipeline.stage("scope", "1", ["raw_docs"], ["x"], step("scope")),
              pipeline.stage("late", "1", ["x"], ["y"], step("late"), True),
              pipeline.stage("later", "1", ["y"], ["z"], step("later"), True),
              pipeline.stage("store", "1", ["z"], ["record"], step("store"))]
    corpus = pipeline.Corpus(_NoAnalyses(), settings, pipeline.RunSummary(), progress=False)
    pipeline.build_pipeline(stages).run(corpus)
    assert seen == ["scope", "trim", "late", "later", "trim", "late", "later", "trim", "store", "trim"]
