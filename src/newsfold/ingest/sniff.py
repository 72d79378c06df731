"""What a file is, from its first bytes and its content as well as its name: WARC, feed, HTML, table, URL list.

A file given by name is read by what it holds; its extension only breaks ties (a ``.csv`` is a table).
"""

from __future__ import annotations

import re
import zlib

__all__ = ["is_warc", "is_gzip", "xml_root", "is_url_list", "looks_like_table", "ARCHIVE_REASONS"]

_URL = re.compile(r"^(?:https?|ftp)://\S+$", re.IGNORECASE)
# the first start tag after the XML declaration, comments, processing instructions and a DOCTYPE
_PROLOG = re.compile(r"^(?:\s+|<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)*", re.DOTALL | re.IGNORECASE)
_START_TAG = re.compile(r"<([A-Za-z_][\w.:-]*)")
_COLUMN = re.compile(r"^[A-Za-z_][\w .-]{0,39}$")
_DELIMITERS = (",", "\t", ";")
# other files people have that are not text: what they are, and what to do
ARCHIVE_REASONS = (
    (b"%PDF-", "a PDF document; newsfold reads text: extract the text first (e.g. pdftotext)"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.odt document); unpack it or save the text as .txt"),
)


def is_gzip(head: bytes) -> bool:
    return head.startswith(b"\x1f\x8b")


def is_warc(head: bytes) -> bool:
    """True for a WARC file, plain or gzip-compressed (per record or whole), from its first bytes."""
    if is_gzip(head):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    return head.startswith(b"WARC/")


def xml_root(text: str) -> str | None:
    """The lower-cased name of the root element when ``text`` is markup (``rss``, ``feed``, ``rdf:rdf``,
    ``html``, ...); None when it does not open with a tag."""
    start = _PROLOG.match(text[:20_000].lstrip("\ufeff"))
    rest = text[start.end() if start else 0:]
    match = _START_TAG.match(rest)
    return match[1].lower() if match else None


def is_url_list(text: str) -> bool:
    """True when every non-empty line is one URL (a crawl list, not pages)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return bool(lines) and all(_URL.match(line) for line in lines)


def delimiter(first_line: str) -> str:
    """The field delimiter of a table, from its first line: the most frequent of comma, tab and semicolon."""
    return max(_DELIMITERS, key=first_line.count)


def looks_like_table(text: str, known_columns: frozenset[str]) -> bool:
    """True when the first line is a header of short column names, at least one of them known, and the second
    line has as many fields: a CSV or TSV export, whatever the file is called."""
    lines = text.lstrip("\ufeff").split("\n", 2)
    if len(lines) < 2:
        return False
    sep = delimiter(lines[0])
    header = [c.strip().strip('"') for c in lines[0].split(sep)]
    if len(header) < 3 or not all(_COLUMN.match(c) for c in header):
        return False
    return bool(known_columns & {c.lower() for c in header}) and lines[1].count(sep) >= len(header) - 1
