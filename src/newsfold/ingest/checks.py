"""Checks on values read from an input, where they enter: dates, ids and text that would fail later.

A bad value never reaches the store: it is kept as unknown with a warning in ``RawDoc.metadata["warnings"]``
(an impossible date, an id that cannot be a page address), or the text is repaired and the repair recorded.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from ..models import RawDoc, Rejected
from ..settings import IngestSettings

__all__ = ["calendar_date", "set_published", "safe_id", "repair_text", "repair_value", "warn", "within_limits"]

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
# What an article id may look like: it names a page (/articles/ID) and a row; longer or stranger ids are derived.
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$")


def warn(doc: RawDoc, message: str) -> None:
    doc.metadata.setdefault("warnings", []).append(repair_value(message))  # it may quote the bad value


def calendar_date(value: str) -> str | None:
    """``YYYY-MM-DD...`` as an ISO date if it is a real day of the calendar (year 1000 or later), else None."""
    match = _ISO.match(value.strip())
    if not match:
        return None
    try:
        day = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    return day.isoformat() if day.year >= 1000 else None


def set_published(doc: RawDoc, value: Any, source: str) -> bool:
    """Take ``value`` as the publication date if it is a real date; otherwise warn and leave it unknown. Returns
    whether the value looked like a date at all (a header line ``date: 2020-13-45`` is still a header line)."""
    if not isinstance(value, str) or not _ISO.match(value.strip()):
        if value not in (None, ""):
            warn(doc, f"{source} date {str(value)[:40]!r} is not YYYY-MM-DD; publication date left unknown")
        return False
    day = calendar_date(value)
    if day is None:
        warn(doc, f"{source} date {value.strip()[:40]!r} is not a real calendar date; publication date left unknown")
    else:
        doc.published, doc.published_source = day, source
    return True


def safe_id(doc: RawDoc, value: Any) -> None:
    """A JSONL ``id`` is kept when it is a short string or an integer of safe characters; otherwise the article
    gets a derived id and the original is kept as ``metadata["original_id"]`` with a warning."""
    if isinstance(value, bool) or value is None:
        given = None if value is None else json.dumps(value)
    elif isinstance(value, int):
        given = str(value)
    elif isinstance(value, str):
        given = value.strip()
    else:
        given = json.dumps(value, ensure_ascii=False)[:200]
    if given is None:
        return
    if (isinstance(value, (str, int)) and not isinstance(value, bool)) and _ID.match(given):
        doc.id = given
        return
    doc.metadata["original_id"] = repair_value(given[:200])
    warn(doc, "id is not 1-128 letters, digits and _.:- (it names a page address); a derived id is used and the "
              "original kept as original_id")


def repair_text(doc: RawDoc) -> None:
    """Unpaired surrogates (from ``\\ud800`` escapes) become U+FFFD and NUL bytes are dropped, with a warning."""
    text = doc.text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = doc.text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        warn(doc, "text held unpaired surrogate escapes; each became U+FFFD")
    if "\x00" in text:
        text = text.replace("\x00", "")
        warn(doc, "text held NUL characters; they were dropped")
    doc.text = text


def repair_value(value: Any) -> Any:
    """``value`` (read from JSON) with every unpaired surrogate in its strings, keys included, made U+FFFD: a lone
    ``\\ud800`` escape anywhere in a line would otherwise fail when the document is stored."""
    if isinstance(value, str):
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if isinstance(value, list):
        return [repair_value(v) for v in value]
    if isinstance(value, dict):
        return {repair_value(k): repair_value(v) for k, v in value.items()}
    return value


def within_limits(doc: RawDoc, settings: IngestSettings) -> RawDoc | Rejected:
    """``doc``, or its rejection when it has more paragraphs (non-empty lines, as the clean stage counts them) or
    characters than ``[ingest]`` allows: the analysis of one article grows faster than its length, so an
    oversized article is refused whole, with its counts, rather than left to hold the run or cut short."""
    paragraphs = sum(1 for line in doc.text.split("\n") if line.strip())
    if paragraphs > settings.max_paragraphs:
        return Rejected(doc.path, f"{paragraphs:,} paragraphs, over [ingest] max_paragraphs = "
                                  f"{settings.max_paragraphs:,}; split the file (or raise the limit)")
    if len(doc.text) > settings.max_chars:
        return Rejected(doc.path, f"{len(doc.text):,} characters, over [ingest] max_chars = {settings.max_chars:,}; "
                                  "split the article into several (or raise the limit)")
    return doc
