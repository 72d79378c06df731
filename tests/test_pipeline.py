"""Pipeline behaviour: resuming an interrupted run, re-analysing only what changed, copies teaching dates."""

from __future__ import annotations

import pytest

import newsfold.pipeline as pipeline
from newsfold import Store, run

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

    def two_then_crash(articles, nlp_settings):
        for n, analysis in enumerate(real(articles, nlp_settings)):
            if n == 2:
                raise KeyboardInterrupt
            yield analysis

    monkeypatch.setattr(pipeline, "analyse_articles", two_then_crash)
    with pytest.raises(KeyboardInterrupt):
        run([str(tmp_path / "in")], db, settings, progress=False)
    monkeypatch.setattr(pipeline, "analyse_articles", real)
    summary = run([str(tmp_path / "in")], db, settings, progress=False)
    assert summary.analysed == 1 and summary.articles == 3


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


def test_offsets_index_the_clean_text(seeds_store):
    texts = {a.id: a.text for a in seeds_store.articles()}
    for entity in seeds_store.entities():
        for article, start, end in entity.mentions:
            assert texts[article][start:end] in entity.aliases
    for figure in seeds_store.figures():
        assert texts[figure.article][figure.start:figure.end] == figure.text
