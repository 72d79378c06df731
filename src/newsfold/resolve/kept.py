"""What the entities stage keeps between runs, so that a run reads only its new and changed articles for it: each
text's word counts (``CommonWords``, summed in the store) and the pairs of surnames that may be one.

Both are sums or unions of what one text, or one pair of words, gives alone, so the kept state read back equals
what counting every text and comparing every pair again gives; ``tests/test_entity_kept.py`` checks it.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from importlib.metadata import version
from pathlib import Path
from typing import Protocol

from ..models import Article
from .kinds import CommonWords, word_counts
from .names import alike_from_pairs, surname_pairs, surname_spellings

__all__ = ["NameRows", "KeptNames", "counts_key", "counts_basis", "surnames_basis"]

Counts = tuple[Counter[str], Counter[str]]


class NameRows(Protocol):
    """The rows a store keeps for ``KeptNames`` (``Store.name_rows``); writes are committed as one."""

    def counted(self) -> dict[str, str]:
        """article id -> ``counts_key`` of the text its counts are summed from."""

    def counts_of(self, article_ids: Iterable[str]) -> dict[str, Counts | None]:
        """The counts summed for each of ``article_ids`` (None where a row does not read back)."""

    def put_counts(self, added: dict[str, tuple[str, Counts]], removed: Iterable[str], delta: Counts) -> None:
        """Keep ``added`` (article id -> key, counts), forget ``removed``, and add ``delta`` to the sums."""

    def clear_counts(self) -> None: ...

    def sums(self, words: Iterable[str]) -> Counts:
        """The summed counts of ``words`` (lower-case words, and capitalised words alone)."""

    def surnames(self, basis: str) -> tuple[dict[str, frozenset[str]], set[tuple[str, str]]]:
        """The surnames compared under ``basis``, with their spellings, and the pairs found among them (nothing
        when the kept ones were compared under another basis)."""

    def put_surnames(self, basis: str, spellings: dict[str, frozenset[str]], pairs: set[tuple[str, str]]) -> None:
        """Add ``spellings`` and ``pairs`` to those kept under ``basis`` (those of any other basis go)."""


def counts_key(article: Article, basis: str) -> str:
    """The digest of what a text's counts depend on: the text, and the code that counts (``counts_basis``)."""
    return hashlib.sha1(f"{basis}\n{article.text}".encode()).hexdigest()


def counts_basis() -> str:
    return _code_digest("kinds.py", "")


def surnames_basis() -> str:
    """What a pair of surnames depends on besides the two words: the name rules' code, rapidfuzz and anyascii."""
    return _code_digest("names.py", f"{version('rapidfuzz')} {version('anyascii')}")


def _code_digest(module: str, versions: str) -> str:
    return hashlib.sha1((Path(__file__).parent / module).read_bytes() + versions.encode()).hexdigest()


class KeptNames:
    """``CommonWords`` and ``alike_surnames`` for ``resolve_entities``, from what ``rows`` keeps."""

    def __init__(self, rows: NameRows) -> None:
        self.rows = rows
        self.counted_now = 0  # texts counted by this run (the others were read back)
        self.compared_now = 0  # surnames compared by this run

    def common_words(self, articles: Sequence[Article], asked: Iterable[str]) -> CommonWords:
        """``CommonWords`` of the articles' texts, for the ``asked`` words: the kept sums, brought up to date
        with the articles new or changed since (and without those gone). A kept row that does not read back
        means the sums cannot be trusted: every text is counted again."""
        kept = self.rows.counted()
        basis = counts_basis()
        now = {a.id: (counts_key(a, basis), a) for a in articles}
        changed = [aid for aid, (key, _) in now.items() if kept.get(aid) != key]
        redone = set(changed)
        gone = [aid for aid in kept if aid not in now or aid in redone]
        old = self.rows.counts_of(gone)
        if any(counts is None for counts in old.values()):
            self.rows.clear_counts()
            kept, changed, old = {}, list(now), {}
        words: Counter[str] = Counter()
        alone: Counter[str] = Counter()
        added = {}
        for aid in changed:
            key, article = now[aid]
            counts = word_counts(article.text)
            added[aid] = (key, counts)
            words.update(counts[0])
            alone.update(counts[1])
        for before in old.values():
            assert before is not None
            words.subtract(before[0])
            alone.subtract(before[1])
        self.rows.put_counts(added, [aid for aid in kept if aid not in now], (words, alone))
        self.counted_now = len(added)
        asked = set(asked)
        return CommonWords.from_counts(*self.rows.sums(asked | {w.lower() for w in asked}))

    def alike_surnames(self, words: Iterable[str]) -> dict[str, set[str]]:
        """``alike_surnames`` of ``words``: only the words never compared before are compared, with all the
        others."""
        basis = surnames_basis()
        spellings, pairs = self.rows.surnames(basis)
        wanted = set(words)
        new = surname_spellings(w for w in wanted if w not in spellings)
        found = surname_pairs(new, spellings) if new else set()
        if new:
            self.rows.put_surnames(basis, new, found)
        self.compared_now = len(new)
        return alike_from_pairs((w for w in wanted if w), pairs | found)
