"""Intake: the inputs of a run read into the store's raw documents (new or changed ones only, rejections with their
reasons), and the run's summary, which counts what came in and what the record holds."""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .ingest import Skipped, iter_inputs, read_file
from .models import RawDoc, Rejected
from .settings import Settings
from .store import Store

__all__ = ["RunSummary", "ingest_paths"]


@dataclass
class RunSummary:
    inputs: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    repeated: int = 0  # inputs identical to one earlier in the same batch
    analysed: int = 0
    articles: int = 0
    duplicates: int = 0
    entities: int = 0
    quotes: int = 0
    figures: int = 0
    events: int = 0
    conflicts: int = 0
    stories: int = 0
    stories_redone: int = 0  # stories whose late stages ran (scope.py): the others' inputs had not changed
    unanalysed: int = 0  # articles whose analysis failed this run (retried by the next)
    up_to_date: bool = False  # nothing new, changed or failed since the last run: no stage ran
    basis: str = ""  # a digest of what the record was built from (``record_basis``)
    rejected: list[Rejected] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)  # parts of inputs that are not articles (a WARC's images)
    # seconds of the run's parts, in the order they ran: "ingest", "basis" (record_basis), then each stage that ran
    # (a per-story stage summed over its batches); what they leave of a process's time is its start-up
    seconds: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def timed(self, part: str) -> Iterator[None]:
        """Add the seconds of the ``with`` block to ``seconds[part]`` (a part run in batches sums them)."""
        began = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[part] = self.seconds.get(part, 0.0) + time.perf_counter() - began

    def as_dict(self) -> dict[str, object]:
        data = dict(self.__dict__)
        data["rejected"] = [{"path": r.path, "reason": r.reason} for r in self.rejected]
        data["skipped"] = [{"path": s.path, "count": s.count, "detail": s.detail} for s in self.skipped]
        return data


# How readers that find many articles in one file name each one: FILE:LINE, FILE:ROW, FILE#item N, FILE#record N
_ITEM_MARKS = {"jsonl": ":", "csv": ":", "feed": "#item ", "warc": "#record "}


def _source_key(doc: RawDoc) -> str:
    if doc.id:
        return f"id:{doc.id}"
    if doc.format == "jsonl":
        return "sha:" + hashlib.sha1(doc.text.encode()).hexdigest()
    if doc.format == "feed" and doc.url:  # a feed dump re-saved later lists the same items in another order
        return "url:" + doc.url
    return "path:" + str(Path(doc.path).resolve())


def _article_id(doc: RawDoc, key: str, taken: Callable[[str], bool]) -> str:
    if doc.id:
        return doc.id
    mark = _ITEM_MARKS.get(doc.format)
    file, item = doc.path.rsplit(mark, 1) if mark and mark in doc.path else (doc.path, "")
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "-", Path(file).stem)[:60] or "article"
    if item:
        stem += "-" + item
    return stem if not taken(stem) else f"{stem}-{hashlib.sha1(key.encode()).hexdigest()[:6]}"


def _raw_hash(doc: RawDoc) -> str:
    basis = f"{doc.text}\n{doc.title}\n{doc.url}\n{doc.outlet}\n{doc.published}"
    return hashlib.sha1(basis.encode()).hexdigest()


def ingest_paths(store: Store, paths: Iterable[str], settings: Settings, summary: RunSummary) -> None:
    """Read every input; store new or changed raw documents; record rejections with their reasons."""
    ids_in_use = {aid for aid, _ in store.raw_docs()}
    this_run: dict[str, tuple[str, str]] = {}  # source key -> (path, raw hash) of its first input in this run
    for item in iter_inputs(paths, settings.ingest):
        results = [item] if isinstance(item, Rejected) else read_file(item, settings.ingest)
        for result in results:
            if isinstance(result, Skipped):
                summary.skipped.append(result)
                continue
            summary.inputs += 1
            if isinstance(result, Rejected):
                summary.rejected.append(result)
                continue
            key = _source_key(result)
            raw_hash = _raw_hash(result)
            if key in this_run:  # the same article twice in one batch: said out loud, never silently replaced
                first, first_hash = this_run[key]
                if first_hash == raw_hash:
                    summary.repeated += 1
                else:
                    summary.rejected.append(Rejected(result.path, f"same id as {first} but a different text; the "
                                                                  "first is kept (give each article its own id)"))
                continue
            this_run[key] = (result.path, raw_hash)
            known = store.raw_doc(key)
            if known and known[1] == raw_hash:
                summary.unchanged += 1
                continue
            article_id = known[0] if known else _article_id(result, key, ids_in_use.__contains__)
            ids_in_use.add(article_id)
            store.put_raw_doc(key, article_id, result, raw_hash)
            if known:
                summary.changed += 1
            else:
                summary.new += 1
    store.put_rejected(summary.rejected)
