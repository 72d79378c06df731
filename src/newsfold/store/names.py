"""The rows the entities stage keeps between runs (tables ``name_counts``, ``name_count_sums``,
``surname_words``, ``surname_pairs``, ``kept_bases``): see ``resolve/kept.py`` for what they mean.

Only reads and writes; ``resolve/kept.py`` decides what is still valid. Each write is one transaction, so the sums
always equal the kept counts they were summed from.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections import Counter
from collections.abc import Iterable

__all__ = ["NameRowsSQL"]

_IN = "IN (SELECT value FROM json_each(?))"
Counts = tuple[Counter[str], Counter[str]]


def _pack(counts: Counts) -> bytes:
    return zlib.compress(json.dumps([counts[0], counts[1]], ensure_ascii=False).encode())


def _unpack(blob: bytes) -> Counts | None:
    try:
        words, alone = json.loads(zlib.decompress(blob))
        return Counter({str(w): int(n) for w, n in words.items()}), Counter({str(w): int(n) for w, n in alone.items()})
    except (zlib.error, ValueError, TypeError, AttributeError):
        return None


class NameRowsSQL:
    """``resolve.kept.NameRows`` on one database connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def counted(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT article_id, key FROM name_counts"))

    def counts_of(self, article_ids: Iterable[str]) -> dict[str, Counts | None]:
        wanted = sorted(set(article_ids))
        rows = dict(self.conn.execute(f"SELECT article_id, counts FROM name_counts WHERE article_id {_IN}",
                                      (json.dumps(wanted),)))
        return {aid: _unpack(rows[aid]) if aid in rows else None for aid in wanted}

    def put_counts(self, added: dict[str, tuple[str, Counts]], removed: Iterable[str], delta: Counts) -> None:
        words, alone = delta
        sums = {w: [n, 0] for w, n in words.items() if n}
        for w, n in alone.items():
            if n:
                sums.setdefault(w, [0, 0])[1] = n
        with self.conn:
            self.conn.execute(f"DELETE FROM name_counts WHERE article_id {_IN}", (json.dumps(sorted(removed)),))
            self.conn.executemany("INSERT OR REPLACE INTO name_counts VALUES (?, ?, ?)",
                                  [(aid, key, _pack(counts)) for aid, (key, counts) in added.items()])
            self.conn.executemany(
                "INSERT INTO name_count_sums VALUES (?, ?, ?) ON CONFLICT(word) DO UPDATE SET "
                "lower = lower + excluded.lower, alone = alone + excluded.alone",
                [(w, lower, alone_n) for w, (lower, alone_n) in sums.items()])
            self.conn.execute(f"DELETE FROM name_count_sums WHERE lower = 0 AND alone = 0 AND word {_IN}",
                              (json.dumps(sorted(sums)),))

    def clear_counts(self) -> None:
        with self.conn:
            self.conn.execute("DELETE FROM name_counts")
            self.conn.execute("DELETE FROM name_count_sums")

    def sums(self, words: Iterable[str]) -> Counts:
        rows = self.conn.execute(f"SELECT word, lower, alone FROM name_count_sums WHERE word {_IN}",
                                 (json.dumps(sorted(set(words)), ensure_ascii=False),))
        lower: Counter[str] = Counter()
        alone: Counter[str] = Counter()
        for word, n_lower, n_alone in rows:
            lower[word], alone[word] = n_lower, n_alone
        return lower, alone

    def surnames(self, basis: str) -> tuple[dict[str, frozenset[str]], set[tuple[str, str]]]:
        kept = self.conn.execute("SELECT basis FROM kept_bases WHERE name = 'surnames'").fetchone()
        if kept is None or kept[0] != basis:
            return {}, set()
        spellings = {w: frozenset(json.loads(forms)) for w, forms in self.conn.execute(
            "SELECT word, spellings FROM surname_words")}
        return spellings, set(self.conn.execute("SELECT a, b FROM surname_pairs"))

    def put_surnames(self, basis: str, spellings: dict[str, frozenset[str]], pairs: set[tuple[str, str]]) -> None:
        with self.conn:
            kept = self.conn.execute("SELECT basis FROM kept_bases WHERE name = 'surnames'").fetchone()
            if kept is None or kept[0] != basis:
                self.conn.execute("DELETE FROM surname_words")
                self.conn.execute("DELETE FROM surname_pairs")
                self.conn.execute("INSERT OR REPLACE INTO kept_bases VALUES ('surnames', ?)", (basis,))
            self.conn.executemany("INSERT OR REPLACE INTO surname_words VALUES (?, ?)",
                                  [(w, json.dumps(sorted(forms), ensure_ascii=False))
                                   for w, forms in spellings.items()])
            self.conn.executemany("INSERT OR IGNORE INTO surname_pairs VALUES (?, ?)", sorted(pairs))
