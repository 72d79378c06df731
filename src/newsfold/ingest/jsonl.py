"""JSONL reader: one article per line with ``text`` and optional id, url, title, published/date, outlet."""

from __future__ import annotations

import json
from typing import Any

from ..models import RawDoc, Rejected
from .checks import repair_text, repair_value, safe_id, set_published
from .text import parse_header

_KNOWN = {"id", "url", "title", "published", "date", "outlet", "text"}


def _doc(path: str, line_no: int, obj: Any) -> RawDoc | Rejected:
    where = f"{path}:{line_no}"
    if not isinstance(obj, dict):
        return Rejected(where, "line is not a JSON object; give one object per line")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return Rejected(where, "object has no non-empty 'text' field")
    doc = RawDoc(path=where, text=text.replace("\r\n", "\n"), format="jsonl")
    doc.metadata = repair_value({k: v for k, v in obj.items() if k not in _KNOWN})
    repair_text(doc)
    safe_id(doc, obj.get("id"))
    for key in ("url", "title", "outlet"):
        if isinstance(obj.get(key), str) and obj[key].strip():
            setattr(doc, key, repair_value(obj[key].strip()))
    set_published(doc, obj.get("published") or obj.get("date"), "jsonl")
    if doc.published is None:
        parse_header(doc)
    if not doc.text.strip():
        return Rejected(where, "no article text once the metadata header and NUL characters are taken off")
    return doc


def read_jsonl(path: str, text: str) -> list[RawDoc | Rejected]:
    out: list[RawDoc | Rejected] = []
    for line_no, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            out.append(Rejected(f"{path}:{line_no}", f"malformed JSON ({exc.msg} at column {exc.colno})"))
            continue
        except RecursionError:
            out.append(Rejected(f"{path}:{line_no}", "JSON nested too deeply; give one flat object per line"))
            continue
        out.append(_doc(path, line_no, obj))
    if not out:
        out.append(Rejected(path, "no JSON lines in file"))
    return out
