"""What the clean and dedup stages keep per article between runs (tables ``clean_kept``, ``dedup_kept`` and
``dedup_pairs``), so that a re-run cleans and compares only the articles that are new or changed.

The stages decide what is still valid (by the keys they compute); this module only reads and writes the rows. A
row that cannot be read back (a broken document, a shingle list of the wrong length) is left out, as if it were
not kept: the stage works that article out again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from collections.abc import Iterable
from typing import Any

import numpy as np

from ..clean.kept import KeptClean
from ..dedup import Pair, Signature
from ..models import Article
from .loaders import load_article

log = logging.getLogger(__name__)

__all__ = ["FrontKept"]


_IN = "IN (SELECT value FROM json_each(?))"


class FrontKept:
    """The rows of one database's connection."""

    def __init__(self, conn: sqlite3.Connection, dump: Any) -> None:
        self.conn, self._dump = conn, dump

    # raw documents, by digest -----------------------------------------------------------------------------
    def raw_digests(self) -> list[tuple[str, str]]:
        """(article id, digest of its stored raw document), in the order the clean stage reads them."""
        rows = self.conn.execute("SELECT article_id, doc FROM raw_docs ORDER BY added_at, key")
        return [(aid, hashlib.sha1(doc.encode()).hexdigest()) for aid, doc in rows]

    def raw_docs(self, article_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The stored raw documents of ``article_ids``, as JSON objects."""
        rows = self.conn.execute(f"SELECT article_id, doc FROM raw_docs WHERE article_id {_IN}",
                                 (json.dumps(sorted(set(article_ids))),))
        return {aid: json.loads(doc) for aid, doc in rows}

    # clean ------------------------------------------------------------------------------------------------
    def clean_rows(self) -> dict[str, KeptClean]:
        rows = self.conn.execute("SELECT article_id, raw, basis, outlet, blocks, key FROM clean_kept")
        return {row[0]: KeptClean(*row[1:]) for row in rows}

    def clean_articles(self, article_ids: Iterable[str]) -> dict[str, Article]:
        """The kept clean articles of ``article_ids`` (a row that does not read back is left out)."""
        rows = self.conn.execute(f"SELECT article_id, text, doc FROM clean_kept WHERE article_id {_IN}",
                                 (json.dumps(sorted(set(article_ids))),))
        out = {}
        for aid, text, doc in rows:
            try:
                out[aid] = load_article(json.loads(doc) | {"text": text})
            except (ValueError, TypeError, KeyError) as exc:
                log.warning("the kept clean article %s does not read back (%s); cleaning it again", aid, exc)
        return out

    def put_clean(self, rows: list[tuple[KeptClean, Article]], current: Iterable[str]) -> None:
        """Keep ``rows`` (each with its article) and drop the rows of articles not in ``current``."""
        with self.conn:
            self.conn.executemany(
                "INSERT OR REPLACE INTO clean_kept VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(a.id, k.raw, k.basis, k.outlet, k.blocks, k.key, a.text, self._article_doc(a)) for k, a in rows])
            self.conn.execute(f"DELETE FROM clean_kept WHERE article_id NOT {_IN}", (json.dumps(sorted(current)),))

    def _article_doc(self, article: Article) -> str:
        return str(self._dump(article, drop=("text",)))  # the text has a column of its own

    # dedup ------------------------------------------------------------------------------------------------
    def signature_keys(self) -> dict[str, str]:
        """Each kept article's key; an empty one for a row whose shingles are broken (so no pair is read of it)."""
        return dict(self.conn.execute("SELECT article_id, CASE WHEN length(shingles) = 8 * size THEN key ELSE '' "
                                      "END FROM dedup_kept").fetchall())

    def signatures(self, article_ids: Iterable[str] | None = None) -> dict[str, Signature]:
        """The kept shingles (of ``article_ids``, when given); a row whose list has not the length it says is left
        out."""
        query = "SELECT article_id, key, norm, size, shingles FROM dedup_kept"
        rows = self.conn.execute(query) if article_ids is None else \
            self.conn.execute(f"{query} WHERE article_id {_IN}", (json.dumps(sorted(set(article_ids))),))
        out = {}
        for aid, key, norm, size, blob in rows:
            if not isinstance(blob, bytes) or len(blob) != 8 * size:
                log.warning("the kept shingles of %s are broken; comparing it again", aid)
                continue
            out[aid] = Signature(key, norm, np.frombuffer(blob, dtype=np.uint64))
        return out

    def pairs(self, basis: str) -> list[Pair]:
        rows = self.conn.execute("SELECT a, b, shared, kind, score FROM dedup_pairs WHERE basis = ?", (basis,))
        return [Pair(*row) for row in rows]

    def put_dedup(self, signatures: dict[str, Signature], current: Iterable[str], basis: str,
                  pairs: list[Pair]) -> None:
        """Keep the new ``signatures``, drop those of articles not in ``current``, and replace the pairs."""
        with self.conn:
            self.conn.executemany("INSERT OR REPLACE INTO dedup_kept VALUES (?, ?, ?, ?, ?)",
                                  [(aid, s.key, s.norm, len(s.shingles), s.shingles.astype(np.uint64).tobytes())
                                   for aid, s in signatures.items()])
            self.conn.execute(f"DELETE FROM dedup_kept WHERE article_id NOT {_IN}", (json.dumps(sorted(current)),))
            self.conn.execute("DELETE FROM dedup_pairs")
            self.conn.executemany("INSERT INTO dedup_pairs VALUES (?, ?, ?, ?, ?, ?)",
                                  [(basis, p.a, p.b, p.shared, p.kind, p.score) for p in pairs])
