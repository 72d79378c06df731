"""Which articles the clean stage cleans again: those whose raw document, whose outlet's learned blocks (the ones
found in the article), or whose stage and settings changed; the others' clean articles are read back.

Each article keeps what learning reads of it (its outlet, and its lines' block keys and sizes), so learning the
outlets' repeated blocks reads no raw document a second time.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from ..models import RawDoc
from . import block_key, block_sizes, infer_outlet, learn_from_blocks, split_lines

__all__ = ["KeptClean", "CleanPlan", "plan_cleaning", "KEPT_FORMAT", "code_digest"]

KEPT_FORMAT = "1"  # how a kept clean row is written: bump to read none written by an older newsfold


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of the clean stage's code and patterns: an edited rule cleans every article again, as a bumped
    stage version does."""
    digest = hashlib.sha1()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class KeptClean:
    """An article's kept clean row without its article: what the clean stage decides by."""

    raw: str  # digest of the stored raw document
    basis: str  # the stage's key and settings its blocks and article were made by
    outlet: str | None
    blocks: str  # JSON [block sizes of its long lines, the block keys of its other lines]
    key: str  # digest of basis, raw and the outlet's learned blocks found in the article


class RawDocs(Protocol):
    def __call__(self, article_ids: Iterable[str]) -> dict[str, dict[str, Any]]: ...


@dataclass
class CleanPlan:
    """Every article (in order) with its row as it is kept after this run, the articles whose kept article
    stands, the raw documents read so far, and the outlets' learned blocks."""

    order: list[str]
    rows: dict[str, KeptClean]
    keep: list[str]
    raws: dict[str, RawDoc]
    learned: dict[str, set[str]]

    def raw_docs(self, article_ids: list[str], read: RawDocs) -> list[RawDoc]:
        """The raw documents of ``article_ids``, read from the store when the plan did not read them."""
        missing = [aid for aid in article_ids if aid not in self.raws]
        self.raws.update((aid, RawDoc(**doc)) for aid, doc in read(missing).items())
        return [self.raws[aid] for aid in article_ids]


def plan_cleaning(digests: list[tuple[str, str]], kept: dict[str, KeptClean], basis: str, read: RawDocs,
                  min_chars: int) -> CleanPlan:
    """The plan for articles (id, raw digest) in order, from the rows ``kept`` by the last run: blocks are read
    back when the raw document and the basis are the same, and worked out from the raw document otherwise."""
    blocks: dict[str, tuple[str | None, dict[str, int], list[str]]] = {}
    written: dict[str, str] = {}  # the blocks as kept, for the rows read back
    for aid, raw in digests:
        row = kept.get(aid)
        if row is not None and row.raw == raw and row.basis == basis and (read_back := _read_blocks(row)) is not None:
            blocks[aid], written[aid] = (row.outlet, *read_back), row.blocks
    todo = [aid for aid, _ in digests if aid not in blocks]
    raws = {aid: RawDoc(**doc) for aid, doc in read(todo).items()}
    for aid in todo:
        blocks[aid] = _blocks_of(raws[aid], min_chars)
    learned = learn_from_blocks([(blocks[aid][0], blocks[aid][1]) for aid, _ in digests])
    rows: dict[str, KeptClean] = {}
    for aid, raw in digests:
        outlet, sizes, others = blocks[aid]
        found = learned.get(outlet or "", set()) & (sizes.keys() | set(others))
        key = hashlib.sha1(f"{basis}\n{raw}\n{' '.join(sorted(found))}".encode()).hexdigest()
        rows[aid] = KeptClean(raw, basis, outlet, written.get(aid) or json.dumps([sizes, others]), key)
    keep = [aid for aid, _ in digests if (row := kept.get(aid)) is not None and row.key == rows[aid].key]
    return CleanPlan([aid for aid, _ in digests], rows, keep, raws, learned)


def _blocks_of(raw: RawDoc, min_chars: int) -> tuple[str | None, dict[str, int], list[str]]:
    lines = split_lines(raw.text)
    sizes = block_sizes(lines, min_chars)
    return infer_outlet(raw), sizes, sorted({block_key(ln.text) for ln in lines} - sizes.keys())


def _read_blocks(row: KeptClean) -> tuple[dict[str, int], list[str]] | None:
    """A kept row's blocks, or None when they do not read back as written (the article is then read again)."""
    try:
        sizes, others = json.loads(row.blocks)
    except ValueError:
        return None
    if not isinstance(sizes, dict) or not isinstance(others, list) or \
            not all(isinstance(v, int) for v in sizes.values()):
        return None
    return sizes, others

