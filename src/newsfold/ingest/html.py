"""HTML reader: the article body and its metadata through trafilatura."""

from __future__ import annotations

import json
import logging

import trafilatura

from ..models import RawDoc, Rejected
from .checks import set_published

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


def read_html(path: str, html: str | bytes) -> RawDoc | Rejected:
    """One page (text, or bytes whose encoding trafilatura finds) as a document, or why it is no article."""
    result = trafilatura.extract(
        html, output_format="json", with_metadata=True, include_comments=False,
        include_tables=False, favor_precision=True, deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if not result:
        return Rejected(path, "HTML page with no article text found (navigation or empty page?)")
    data = json.loads(result)
    text = (data.get("text") or "").strip()
    if len(text.split()) < 20:
        return Rejected(path, "HTML page with no article text found (fewer than 20 words of body)")
    # trafilatura puts one paragraph per line; newsfold separates paragraphs by blank lines.
    doc = RawDoc(path=path, text="\n\n".join(p for p in text.split("\n") if p.strip()), format="html")
    doc.title = data.get("title") or None
    names = [data.get(k) for k in ("sitename", "source-hostname", "hostname") if data.get(k)]
    doc.outlet = next((n for n in names if "." not in n), names[0] if names else None)
    doc.url = data.get("source") or data.get("url") or None
    doc.metadata = {k: data[k] for k in ("author", "description", "categories", "tags") if data.get(k)}
    set_published(doc, data.get("date"), "html-metadata")
    return doc
