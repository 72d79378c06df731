"""CSV/TSV reader: one article per row of an export with a text column (Media Cloud, GDELT-style, your own).

Columns are recognised by name (``COLUMNS``) or the text column is named with ``--text-column``; a row without
text is reported as ``FILE:ROW``, never guessed, and a table with no text at all is rejected with its columns.
"""

from __future__ import annotations

import csv
import io
import re
from urllib.parse import urlsplit

from ..models import RawDoc, Rejected
from ..settings import IngestSettings
from .checks import repair_text, safe_id, set_published
from .sniff import delimiter

__all__ = ["read_table", "COLUMNS", "KNOWN_COLUMNS"]

# What each field is called in the exports people have, in order of preference (matched case-insensitively).
COLUMNS: dict[str, tuple[str, ...]] = {
    "text": ("text", "full_text", "story_text", "body", "content", "article_text", "maintext", "article"),
    "url": ("url", "link", "story_url", "sourceurl", "source_url", "documentidentifier"),
    "title": ("title", "headline"),
    "published": ("publish_date", "published", "publication_date", "date", "pubdate", "seendate"),
    "outlet": ("media_name", "outlet", "source", "publisher", "media", "domain", "sourcecommonname"),
    "id": ("id", "stories_id"),
    "language": ("language", "lang"),
}
KNOWN_COLUMNS = frozenset(name for names in COLUMNS.values() for name in names)
_GDELT_COLUMNS = {"globaleventid", "sqldate", "sourceurl", "gkgrecordid", "mentionidentifier"}
_URL = re.compile(r"^(?:https?|ftp)://\S+$", re.IGNORECASE)
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:\b|T|\d)")
NO_FETCH = "newsfold does not fetch: give it the pages"
GDELT = "a GDELT event table holds no article text; " + NO_FETCH


def _rows(path: str, text: str) -> list[list[str]]:
    sep = "\t" if path.lower().endswith(".tsv") else delimiter(text.split("\n", 1)[0])
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=sep))


def _is_gdelt(path: str, rows: list[list[str]]) -> bool:
    """GDELT's event, mention and GKG tables: no header, dozens of columns, a numeric id first, URLs as text."""
    if "gdelt" in path.lower() or _GDELT_COLUMNS & {c.strip().lower() for c in rows[0]}:
        return True
    sample = [r for r in rows[:20] if any(c.strip() for c in r)]
    wide = [r for r in sample if len(r) >= 10]
    return bool(wide) and len(wide) == len(sample) and all(
        r[0].strip().isdigit() and any(_URL.match(c.strip()) for c in r) for r in wide)


def _column(header: list[str], field: str) -> int | None:
    lowered = [c.strip().lower() for c in header]
    return next((lowered.index(name) for name in COLUMNS[field] if name in lowered), None)


def _no_text(path: str, header: list[str], named: str) -> Rejected:
    columns = ", ".join(c.strip() for c in header) or "none"
    if named:
        return Rejected(path, f"no column named {named!r} (its columns: {columns}); name the text column with "
                              "--text-column NAME or [ingest] text_column")
    only_urls = _column(header, "url") is not None
    return Rejected(path, f"table with no text column (its columns: {columns}); name the column that holds the "
                          "article text with --text-column NAME or [ingest] text_column"
                          + (f"; if it holds only URLs, {NO_FETCH}" if only_urls else ""))


def _published(value: str) -> str:
    """GDELT writes days as 20200810 or 20200810T123000Z; everything else is taken as written."""
    match = _COMPACT_DATE.match(value.strip())
    return f"{match[1]}-{match[2]}-{match[3]}" if match else value


def _doc(path: str, header: list[str], row: list[str], at: dict[str, int | None], text_at: int) -> RawDoc:
    def cell(field: str) -> str:
        index = at[field]
        return row[index].strip() if index is not None and index < len(row) else ""

    doc = RawDoc(path=path, text=row[text_at].replace("\r\n", "\n"), format="csv")
    repair_text(doc)
    safe_id(doc, cell("id") or None)
    doc.url, doc.title = cell("url") or None, cell("title") or None
    doc.outlet = cell("outlet") or (urlsplit(doc.url).hostname if doc.url else None) or None
    if cell("language"):
        doc.metadata["language"] = cell("language")
    used = {i for i in at.values() if i is not None} | {text_at}
    doc.metadata.update({header[i].strip(): v.strip() for i, v in enumerate(row[:len(header)])
                         if i not in used and v.strip() and header[i].strip()})
    set_published(doc, _published(cell("published")) or None, "csv")
    return doc


def read_table(path: str, text: str, settings: IngestSettings) -> list[RawDoc | Rejected]:
    csv.field_size_limit(max(csv.field_size_limit(), settings.max_bytes))
    rows = _rows(path, text)
    if not rows or not any(c.strip() for c in rows[0]):
        return [Rejected(path, "empty table")]
    header = rows[0]
    named = settings.text_column.strip()
    lowered = [c.strip().lower() for c in header]
    text_at = (lowered.index(named.lower()) if named.lower() in lowered else None) if named else \
        _column(header, "text")
    if text_at is None:
        return [Rejected(path, GDELT) if _is_gdelt(path, rows) else _no_text(path, header, named)]
    at = {field: _column(header, field) for field in COLUMNS if field != "text"}
    out: list[RawDoc | Rejected] = []
    for number, row in enumerate(rows[1:], start=2):
        where = f"{path}:{number}"
        if not any(c.strip() for c in row):
            continue
        if text_at >= len(row) or not row[text_at].strip():
            out.append(Rejected(where, f"no text in column {header[text_at].strip()!r}"))
        else:
            out.append(_doc(where, header, row, at, text_at))
    return out or [Rejected(path, "table with a header and no rows")]
