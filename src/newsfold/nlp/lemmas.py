"""simplemma's lemmas with its memory-frugal dictionaries, indexed once per machine: simplemma's reader scans a
language's whole dictionary to index it whenever a process first asks that language (one to three seconds each);
the index is kept in newsfold's cache folder, so a later process reads it back in a tenth of a second.

``lemmatize`` and ``is_known`` answer exactly as ``simplemma.lemmatize`` and ``simplemma.is_known`` with
``low_memory=True``: the same dictionaries, read through the same reader (``StreamMap``), only its index comes from
the cache. The folder is ``$NEWSFOLD_CACHE``, else ``$XDG_CACHE_HOME/newsfold``, else ``~/.cache/newsfold``; an index
that is missing, unreadable or from another simplemma is built again, and a folder that cannot be written is only
not written (the index is then built in each process, as simplemma does).
"""

from __future__ import annotations

import logging
import marshal
import os
import tempfile
from collections.abc import Mapping
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from simplemma import Lemmatizer
from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy
from simplemma.strategies.dictionaries import frontcode
from simplemma.strategies.dictionaries.dictionary_factory import CachingDictionaryFactory, _read_decompressed
from simplemma.strategies.dictionaries.stream_dictionary_factory import _BLOCK_SIZE, StreamMap
from simplemma.utils import normalize_token, validate_lang_input

log = logging.getLogger(__name__)

__all__ = ["lemmatize", "is_known", "cache_folder", "load_index"]

# The fields of simplemma's StreamMap that its constructor computes, in the order the index file holds them.
_FIELDS = ("_data", "_rev", "_count", "_pos", "_firsts", "_blocks")
_FORMAT = 1  # bumped when the file's layout changes


def cache_folder() -> Path:
    """Where newsfold keeps what it computes once per machine (see the module's docstring)."""
    if folder := os.environ.get("NEWSFOLD_CACHE"):
        return Path(folder)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsfold"


def _index_path(lang: str) -> Path:
    return cache_folder() / f"simplemma-{version('simplemma')}" / f"{lang}.index"


def _read(path: Path) -> StreamMap | None:
    """The reader kept at ``path``, or None when there is none or it does not hold together."""
    try:
        kept = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not (isinstance(kept, tuple) and len(kept) == len(_FIELDS) + 1 and kept[0] == _FORMAT):
        return None
    data, rev, count, pos, firsts, blocks = kept[1:]
    try:
        header = frontcode._read_header(data)
    except (ValueError, IndexError, TypeError):
        return None
    if header != (rev, count, pos) or len(firsts) != len(blocks) or len(firsts) != -(-count // _BLOCK_SIZE):
        return None
    reader = StreamMap.__new__(StreamMap)
    for name, value in zip(_FIELDS, kept[1:], strict=True):
        setattr(reader, name, value)
    return reader


def _write(path: Path, reader: StreamMap) -> None:
    """Keep ``reader``'s index at ``path`` (whole or not at all: written aside, then renamed)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=path.name, delete=False) as out:
            out.write(marshal.dumps((_FORMAT, *(getattr(reader, name) for name in _FIELDS))))
        os.replace(out.name, path)
    except OSError as exc:
        log.debug("could not keep simplemma's index at %s: %s", path, exc)


def load_index(lang: str) -> StreamMap:
    """simplemma's reader of ``lang``'s dictionary, its index read from the cache (built and kept when missing)."""
    path = _index_path(lang)
    reader = _read(path)
    if reader is None:
        _read_decompressed(lang)  # raises ValueError for a language simplemma does not have, as simplemma does
        reader = StreamMap(lang)
        _write(path, reader)
    return reader


class _KeptIndexes(CachingDictionaryFactory):
    """simplemma's memory-frugal dictionaries (as many languages at a time as simplemma's own factory keeps),
    their indexes read from the cache."""

    __slots__ = ()

    def _get_dictionary_uncached(self, lang: str) -> Mapping[str, str]:
        return load_index(lang)


_DICTIONARIES = _KeptIndexes()
_LEMMATIZER = Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=_DICTIONARIES))
_LOOKUP = DictionaryLookupStrategy(_DICTIONARIES)


def lemmatize(word: str, code: str) -> str:
    """``simplemma.lemmatize(word, lang=code, low_memory=True)``; ValueError for a language simplemma lacks."""
    return str(_LEMMATIZER.lemmatize(word, code))


@lru_cache(maxsize=65536)
def is_known(word: str, code: str) -> bool:
    """``simplemma.is_known(word, lang=code, low_memory=True)`` (ValueError for an empty word, as there)."""
    if not word:
        raise ValueError("Wrong input value: empty string")
    token = normalize_token(word)
    return any(_LOOKUP.get_lemma(token, lang) is not None for lang in validate_lang_input(code))
