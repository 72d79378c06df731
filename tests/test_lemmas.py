"""simplemma's dictionaries read through an index kept in the cache folder (nlp/lemmas.py): the same answers as
simplemma's own memory-frugal reader, whether the index is built, read back, broken or cannot be written."""

from __future__ import annotations

from pathlib import Path

import pytest
import simplemma

from newsfold.nlp import lemmas

LANG = "ms"  # simplemma's smallest dictionary: the index builds in a fraction of a second
WORDS = ["makan", "dimakan", "Makanan", "MEMAKAN", "rumah-rumah", "berlari", "xqztw", "Kuala"]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEWSFOLD_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _fields(reader: object) -> tuple[object, ...]:
    return tuple(getattr(reader, name) for name in lemmas._FIELDS)


def test_the_index_is_kept_and_read_back_the_same(cache: Path) -> None:
    built = lemmas.load_index(LANG)
    [kept] = list(cache.glob(f"simplemma-*/{LANG}.index"))
    read = lemmas._read(kept)
    assert read is not None and _fields(read) == _fields(built)
    fresh = simplemma.strategies.dictionaries.stream_dictionary_factory.StreamMap(LANG)
    assert _fields(read) == _fields(fresh)
    assert [read.get(w) for w in WORDS] == [fresh.get(w) for w in WORDS]


@pytest.mark.parametrize("content", [b"", b"not marshal at all", b"\x00" * 40])
def test_a_broken_index_is_built_again(cache: Path, content: bytes) -> None:
    path = lemmas._index_path(LANG)
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    assert lemmas._read(path) is None
    reader = lemmas.load_index(LANG)
    assert lemmas._read(path) is not None  # written again, whole
    assert reader.get("dimakan") == simplemma.lemmatize("dimakan", lang=LANG, low_memory=True)


def test_an_index_that_does_not_hold_together_is_not_used(cache: Path) -> None:
    import marshal

    built = lemmas.load_index(LANG)
    path = lemmas._index_path(LANG)
    fields = list(_fields(built))
    fields[4] = fields[4][:-1]  # one block's first key missing
    path.write_bytes(marshal.dumps((lemmas._FORMAT, *fields)))
    assert lemmas._read(path) is None


def test_a_folder_that_cannot_be_written_only_costs_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    monkeypatch.setenv("NEWSFOLD_CACHE", str(blocker))
    reader = lemmas.load_index(LANG)
    assert reader.get("makan") == simplemma.lemmatize("makan", lang=LANG, low_memory=True)


def test_answers_are_simplemmas(cache: Path) -> None:
    for word in WORDS:
        assert lemmas.lemmatize(word, LANG) == simplemma.lemmatize(word, lang=LANG, low_memory=True)
        assert lemmas.is_known(word, LANG) == simplemma.is_known(word, lang=LANG, low_memory=True)
    with pytest.raises(ValueError):
        lemmas.lemmatize("word", "xx")
    with pytest.raises(ValueError):
        lemmas.is_known("", LANG)


def test_the_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("NEWSFOLD_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert lemmas.cache_folder() == tmp_path / "newsfold"
    monkeypatch.setenv("NEWSFOLD_CACHE", str(tmp_path / "mine"))
    assert lemmas.cache_folder() == tmp_path / "mine"
