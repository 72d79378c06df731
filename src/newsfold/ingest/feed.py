"""RSS/Atom reader (feedparser): items that carry the article become articles; link-only items are listed.

feedparser is handed the file's bytes as a stream, never a string it could take for a URL, so it never goes to
the network; external entities are off in its XML parser. newsfold does not fetch the pages a feed links to.
"""

from __future__ import annotations

import io
import re
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

import feedparser
import lxml.html

from ..models import RawDoc, Rejected
from ..settings import IngestSettings
from .checks import repair_text, set_published

__all__ = ["read_feed", "html_to_text"]

_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "section",
           "article", "figcaption", "ul", "ol", "table")
_SPACE = re.compile(r"[ \t\u00a0]+")
NOT_FETCHED = "not fetched: the feed has only a link; newsfold does not fetch pages"


def html_to_text(fragment: str) -> str:
    """An HTML fragment (an item's content) as plain text, one paragraph per block, blank lines between."""
    if "<" not in fragment:
        return fragment.strip()
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n\n" + (element.tail or "")
    for element in root.iter("br"):
        element.tail = "\n" + (element.tail or "")
    text = root.text_content()
    paragraphs = (_SPACE.sub(" ", p).strip() for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(" ".join(line.strip() for line in p.split("\n") if line.strip())
                       for p in paragraphs if p)


def _day(value: str | None) -> str | None:
    """The item's day as the feed writes it (its own time zone, not converted to UTC)."""
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).date().isoformat()  # RSS: RFC 822
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date().isoformat()  # Atom: RFC 3339
    except ValueError:
        return value


def _content(entry: Any, min_words: int) -> str | None:
    """The item's full text: content:encoded or Atom content, else a description of at least ``min_words``."""
    for part in entry.get("content") or []:
        value = part.get("value") or ""
        text = html_to_text(value) if "html" in (part.get("type") or "html") else value.strip()
        if text:
            return text
    summary = html_to_text(entry.get("summary") or "")
    return summary if len(summary.split()) >= min_words else None


def _item(path: str, number: int, entry: Any, outlet: str | None, min_words: int) -> RawDoc | Rejected:
    where = f"{path}#item {number}"
    link = (entry.get("link") or "").strip() or None
    text = _content(entry, min_words)
    if text is None:
        if link:
            return Rejected(f"{where} ({link})", NOT_FETCHED)
        return Rejected(where, "item with neither text nor a link")
    doc = RawDoc(path=where, text=text, format="feed", url=link, outlet=outlet)
    repair_text(doc)
    doc.title = html_to_text(entry.get("title") or "") or None
    if entry.get("id"):
        doc.metadata["guid"] = str(entry["id"])[:500]
    if entry.get("author"):
        doc.metadata["author"] = str(entry["author"])[:200]
    set_published(doc, _day(entry.get("published") or entry.get("updated")), "feed")
    return doc


def read_feed(path: str, data: bytes, settings: IngestSettings) -> list[RawDoc | Rejected]:
    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        reason = f"not a readable RSS or Atom feed ({problem})" if problem else "feed with no items"
        return [Rejected(path, reason)]
    outlet = html_to_text(parsed.feed.get("title") or "") or None
    out: list[RawDoc | Rejected] = []
    for number, entry in enumerate(parsed.entries, 1):
        try:
            out.append(_item(path, number, entry, outlet, settings.feed_min_words))
        except Exception as exc:  # containment: one bad item never costs the feed its other items
            out.append(Rejected(f"{path}#item {number}", f"could not be read ({type(exc).__name__}: "
                                                         f"{str(exc)[:200]})"))
    return out
