"""The clean stage over what the last run kept (``clean/kept.py``, table ``clean_kept``): articles added one at a
time come out as a full run cleans them, an older article is cleaned again when a new one teaches its outlet a
block it holds, a changed raw document is cleaned again, and a broken kept row is never used.

The articles are written for these tests: reports of a made-up nurses' strike in a made-up outlet.
"""

from __future__ import annotations

import pytest

from newsfold import front
from newsfold.intake import RunSummary
from newsfold.models import Article, RawDoc
from newsfold.pipeline import STAGES, Corpus, build_pipeline
from newsfold.store import Store

BLOCK = "Every story on this site is free to read because readers like you chip in a little each month."
LEADS = [
    "Nurses at the city hospital in Dravny stopped work for two hours on Monday over unpaid overtime.",
    "A school strike in the valley went on for a week before the council agreed to meet the teachers.",
    "Bus drivers on the coast road said they would not work on Sunday unless the new rota was dropped.",
]
MORE = "The hospital board said it would pay the overtime in the spring and asked the nurses to return."


def _raw(name: str, *paragraphs: str) -> RawDoc:
    return RawDoc(f"{name}.txt", "\n\n".join(paragraphs), "text", outlet="Dravny Post")


DOCS = {"a": _raw("a", LEADS[0], MORE, BLOCK), "b": _raw("b", LEADS[1], BLOCK), "c": _raw("c", LEADS[2])}


def _cleaned(store: Store, settings) -> dict[str, Article]:
    corpus = Corpus(store, settings, RunSummary(), progress=False)
    build_pipeline([next(s for s in STAGES if s.name == "clean")]).run(corpus)
    return {a.id: a for a in corpus.articles}


def _store(path, docs: dict[str, RawDoc]) -> Store:
    store = Store(path)
    for name, raw in docs.items():
        store.put_raw_doc(name, name, raw, name)
    return store


@pytest.fixture
def full(tmp_path, settings) -> dict[str, Article]:
    return _cleaned(_store(tmp_path / "full.db", DOCS), settings)


def test_articles_added_one_at_a_time_are_cleaned_as_a_full_run_cleans_them(tmp_path, settings, full):
    store = _store(tmp_path / "one.db", {})
    first = None
    for name, raw in DOCS.items():
        store.put_raw_doc(name, name, raw, name)
        found = _cleaned(store, settings)
        first = first or found["a"]
    assert BLOCK in first.text  # alone, article a teaches its outlet nothing
    assert found == full and BLOCK not in full["a"].text  # b taught the outlet the block: a was cleaned again


def test_a_rerun_cleans_nothing_and_a_changed_raw_document_is_cleaned_again(tmp_path, settings, monkeypatch, full):
    store = _store(tmp_path / "d.db", DOCS)
    _cleaned(store, settings)
    cleaned: list[str] = []
    clean_text = front.clean_text
    monkeypatch.setattr(front, "clean_text", lambda raw, aid, learned: cleaned.append(aid) or
                        clean_text(raw, aid, learned))
    assert _cleaned(store, settings) == full and cleaned == []
    later = "The drivers' union said on Tuesday that talks with the bus company would resume within days."
    store.put_raw_doc("c", "c", _raw("c", LEADS[2], later), "c2")
    found = _cleaned(store, settings)
    assert cleaned == ["c"] and later in found["c"].text and found["a"] == full["a"]


def test_a_broken_kept_row_is_cleaned_again(tmp_path, settings, full):
    store = _store(tmp_path / "d.db", DOCS)
    _cleaned(store, settings)
    store.conn.execute("UPDATE clean_kept SET doc = '{', blocks = '[1' WHERE article_id = 'b'")
    store.conn.commit()
    assert _cleaned(store, settings) == full
    assert store.front().clean_articles(["b"]) == {"b": full["b"]}


def test_an_article_whose_raw_document_is_gone_is_no_longer_kept(tmp_path, settings):
    store = _store(tmp_path / "d.db", DOCS)
    _cleaned(store, settings)
    store.conn.execute("DELETE FROM raw_docs WHERE article_id = 'c'")
    store.conn.commit()
    assert set(_cleaned(store, settings)) == {"a", "b"} and set(store.front().clean_rows()) == {"a", "b"}
