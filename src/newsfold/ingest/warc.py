"""WARC reader (warcio): each HTML page captured in a web archive goes through the HTML reader (trafilatura).

The capture's address (WARC-Target-URI) becomes the article's url and its day (WARC-Date) the publication date
when the page itself gives none (a date in the page's metadata wins). Records that are not HTML pages (images,
scripts, redirects, requests) are skipped and counted; a record that fails is rejected as ``FILE#record N``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from ..models import RawDoc, Rejected
from ..settings import IngestSettings
from .checks import set_published
from .html import read_html

__all__ = ["read_warc", "Skipped"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_PAGE_RECORDS = ("response", "resource")


@dataclass(frozen=True)
class Skipped:
    """Parts of an input that are not articles and were passed over on purpose (a WARC's images, redirects)."""

    path: str
    count: int
    detail: str


def _content_type(record: ArcWarcRecord) -> str:
    headers = record.http_headers if record.rec_type == "response" and record.http_headers else record.rec_headers
    return (headers.get_header("Content-Type") or "").split(";")[0].strip().lower()


def _why_skipped(record: ArcWarcRecord) -> str | None:
    """None for an HTML page worth reading; otherwise what the record is, to count it."""
    if record.rec_type not in _PAGE_RECORDS:
        return f"{record.rec_type} record"
    if record.rec_type == "response" and record.http_headers:
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return f"HTTP {status or 'without status'}"
    kind = _content_type(record)
    return None if kind in _HTML_TYPES else (kind or "no content type")


def _page(path: str, record: ArcWarcRecord, settings: IngestSettings) -> RawDoc | Rejected:
    payload = record.content_stream().read(settings.max_bytes + 1)
    if len(payload) > settings.max_bytes:
        return Rejected(path, f"page over the limit of {settings.max_bytes:,} bytes (raise [ingest] max_bytes)")
    doc = read_html(path, payload)
    if isinstance(doc, Rejected):
        return doc
    doc.format = "warc"
    uri = (record.rec_headers.get_header("WARC-Target-URI") or "").strip("<> ")  # WARC 1.1 drafts bracket it
    if uri:
        if doc.url and doc.url != uri:
            doc.metadata["page_url"] = doc.url
        doc.url = uri
    captured = record.rec_headers.get_header("WARC-Date") or ""
    doc.metadata["captured"] = captured
    if doc.published is None:
        set_published(doc, captured or None, "capture")
    return doc


def read_warc(path: str, settings: IngestSettings) -> list[RawDoc | Rejected | Skipped]:
    out: list[RawDoc | Rejected | Skipped] = []
    skipped: Counter[str] = Counter()
    number = 0
    with open(path, "rb") as stream:
        records = iter(ArchiveIterator(stream))
        while True:
            try:
                record = next(records)
            except StopIteration:
                break
            except Exception as exc:  # a damaged archive: keep what was read before the damage
                out.append(Rejected(f"{path}#record {number + 1}", f"unreadable WARC record ({type(exc).__name__}: "
                                    f"{str(exc)[:200]}); the records before it were read"))
                break
            number += 1
            where = f"{path}#record {number}"
            if not record.rec_type:
                out.append(Rejected(where, "not a WARC record (no WARC-Type header); the archive may be damaged"))
                continue
            why = _why_skipped(record)
            if why:
                skipped[why] += 1
                continue
            try:
                out.append(_page(where, record, settings))
            except Exception as exc:  # containment: one bad record never stops the archive
                out.append(Rejected(where, f"could not be read ({type(exc).__name__}: {str(exc)[:200]})"))
    if skipped:
        detail = ", ".join(f"{what}: {n}" for what, n in skipped.most_common())
        out.append(Skipped(path, sum(skipped.values()), f"records that are not HTML pages ({detail})"))
    if not any(isinstance(item, RawDoc | Rejected) for item in out):
        out.append(Rejected(path, "web archive with no HTML page in it"))
    return out
