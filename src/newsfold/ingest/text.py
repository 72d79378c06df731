"""Plain-text reader: an optional metadata header on the first line, and a byline near the top."""

from __future__ import annotations

import re

from ..models import RawDoc, Rejected
from .checks import repair_text, set_published

# " date 2020-08-14 Text starts here" or "date: 2020-08-14" lines; also url/outlet/lang keys.
_HEADER_KEYS = ("date", "published", "url", "outlet", "source", "lang", "language", "title")
_INLINE_HEADER = re.compile(
    r"^[ \t]*(?P<pairs>(?:(?:date|published|url|outlet|source|lang|language)[ \t]*:?[ \t]+\S+[ \t]*)+)",
    re.IGNORECASE,
)
_PAIR = re.compile(r"(date|published|url|outlet|source|lang|language)[ \t]*:?[ \t]+(\S+)", re.IGNORECASE)
_KEY_LINE = re.compile(r"^(?P<key>" + "|".join(_HEADER_KEYS) + r")[ \t]*:[ \t]*(?P<value>.+)$", re.IGNORECASE)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _apply(doc: RawDoc, key: str, value: str) -> bool:
    key = key.lower()
    value = value.strip()
    if key in ("date", "published"):
        return set_published(doc, value, "header")
    elif key == "url":
        doc.url = value
    elif key in ("outlet", "source"):
        doc.outlet = value
    elif key in ("lang", "language"):
        doc.metadata["language"] = value
    elif key == "title":
        doc.title = value
    return True


def parse_header(doc: RawDoc) -> None:
    """Strip a metadata header (inline first line, or ``key: value`` lines) from ``doc.text``."""
    text = doc.text
    lines = text.split("\n")
    consumed = 0
    for line in lines:
        match = _KEY_LINE.match(line.strip())
        if not match or not _apply(doc, match["key"], match["value"]):
            break
        consumed += 1
    if consumed:
        doc.text = "\n".join(lines[consumed:]).lstrip("\n")
        return
    match = _INLINE_HEADER.match(text)
    if match:
        pairs = _PAIR.findall(match["pairs"])
        if pairs and all(_apply(doc, key, value) for key, value in pairs):
            doc.text = text[match.end():]


def read_text(path: str, text: str) -> RawDoc | Rejected:
    if not text.strip("\ufeff \t\n"):
        return Rejected(path, "empty file (nothing but a byte-order mark and white space)")
    doc = RawDoc(path=path, text=text, format="text")
    repair_text(doc)
    parse_header(doc)
    if not doc.text.strip():
        return Rejected(path, "no article text after the metadata header")
    return doc
