"""TempEval-3 Task A: find and normalise TIMEX3 expressions, scored against TimeML gold.

Spans are scored relaxed (any overlap) and strict (same offsets); value and type on relaxed matches.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import unescape

from ..models import Article
from ..nlp.dates import extract_timexes
from ..nlp.parse import load_model, parse_articles
from ..settings import Settings
from .metrics import PRF, overlaps, prf, span_prf

__all__ = ["TimexItem", "TimeMLDoc", "parse_timeml", "load_split", "align", "score", "evaluate"]

_ENTITIES = {"&quot;": '"', "&apos;": "'"}
_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'([A-Za-z_:]+)\s*=\s*"([^"]*)"')
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT = re.compile(r"<TIMEX3\b[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>")
SPLITS = {"test": ("test/te3-platinum",), "train": ("training/TBAQ-cleaned/TimeBank", "training/TBAQ-cleaned/AQUAINT")}


@dataclass(frozen=True)
class TimexItem:
    """One TIMEX3, gold or predicted: offsets index the document's plain TEXT content."""

    doc: str
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimeMLDoc:
    id: str
    text: str
    dct: str | None  # YYYY-MM-DD of the creation time
    timexes: tuple[TimexItem, ...]
    creation: TimexItem | None = None  # the DCT's own TIMEX3, outside TEXT (offsets -1, 0)


def _attrs(raw: str) -> dict[str, str]:
    return {key: unescape(value, _ENTITIES) for key, value in _ATTR.findall(raw)}


def _strip_tags(body: str, doc_id: str) -> tuple[str, list[TimexItem]]:
    """Plain text of a TimeML fragment and the TIMEX3 spans in it (offsets into the unescaped text)."""
    out: list[str] = []
    pos, length = 0, 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    items: list[TimexItem] = []
    for match in _TAG.finditer(body):
        chunk = unescape(body[pos:match.start()], _ENTITIES)
        out.append(chunk)
        length += len(chunk)
        pos = match.end()
        closing, name, attrs, empty = match.groups()
        if name != "TIMEX3" or empty:
            continue
        if not closing:
            open_timex.append((length, _attrs(attrs)))
        elif open_timex:
            start, found = open_timex.pop()
            text = "".join(out)[start:length]
            items.append(TimexItem(doc_id, start, length, text, found.get("type", ""), found.get("value", "")))
    out.append(unescape(body[pos:], _ENTITIES))
    return "".join(out), sorted(items, key=lambda t: t.start)


def parse_timeml(source: str, doc_id: str) -> TimeMLDoc:
    """The TEXT content without tags, its TIMEX3s, and the creation date (YYYY-MM-DD) from the DCT."""
    body = _TEXT.search(source)
    text, items = _strip_tags(body.group(1) if body else "", doc_id)
    dct_tag = _DCT.search(source)
    attrs = _attrs(dct_tag.group(0)) if dct_tag else {}
    value = attrs.get("value", "")
    day = re.match(r"(\d{4})-?(\d\d)-?(\d\d)", value)
    creation = TimexItem(doc_id, -1, 0, "", attrs.get("type", "DATE"), value) if dct_tag else None
    return TimeMLDoc(doc_id, text, "-".join(day.groups()) if day else None, tuple(items), creation)


def load_split(split: str, data_dir: Path) -> list[TimeMLDoc]:
    """"test": TE3-platinum; "train": TBAQ-cleaned (TimeBank and AQUAINT), from the tempeval3 benchmark folder."""
    docs = []
    for folder in SPLITS[split]:
        for path in sorted((data_dir / folder).glob("*.tml")):
            docs.append(parse_timeml(path.read_text(encoding="utf-8"), path.name.removesuffix(".tml")))
    return docs


def align(pred: Sequence[TimexItem], gold: Sequence[TimexItem]) -> list[tuple[TimexItem, TimexItem]]:
    """One-to-one (predicted, gold) pairs among overlapping spans, the largest overlaps first."""
    candidates = []
    for p in pred:
        for g in gold:
            if p.doc == g.doc and p.start < g.end and g.start < p.end:
                shared = min(p.end, g.end) - max(p.start, g.start)
                candidates.append((-shared, p.start, g.start, p, g))
    used_p: set[TimexItem] = set()
    used_g: set[TimexItem] = set()
    pairs = []
    for _, _, _, p, g in sorted(candidates, key=lambda c: c[:3]):
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
            pairs.append((p, g))
    return pairs


def _prf_dict(name: str, result: PRF) -> dict[str, float]:
    return {f"{name}_p": round(result.precision, 4), f"{name}_r": round(result.recall, 4)}


def score(pred: Sequence[TimexItem], gold: Sequence[TimexItem]) -> dict[str, Any]:
    """Task A figures: span P/R/F1 (relaxed, strict); value and type P/R/F1 and accuracy on relaxed matches, where
    a matched pair counts when the attributes are equal (P over predictions, R over gold, as the TE3 scorer)."""
    spans_p = [(t.doc, t.start, t.end) for t in pred]
    spans_g = [(t.doc, t.start, t.end) for t in gold]
    relaxed, strict = span_prf(spans_p, spans_g, overlaps), span_prf(spans_p, spans_g)
    pairs = align(pred, gold)
    values = sum(1 for p, g in pairs if p.value == g.value)
    types = sum(1 for p, g in pairs if p.type == g.type)
    value, type_ = prf(values, len(pred), values, len(gold)), prf(types, len(pred), types, len(gold))
    return {"span_f1_relaxed": round(relaxed.f1, 4), "span_f1_strict": round(strict.f1, 4),
            "value_f1": round(value.f1, 4), "type_f1": round(type_.f1, 4),
            **_prf_dict("span_relaxed", relaxed), **_prf_dict("span_strict", strict),
            **_prf_dict("value", value), **_prf_dict("type", type_),
            "value_accuracy": round(values / len(pairs), 4) if pairs else 0.0,
            "type_accuracy": round(types / len(pairs), 4) if pairs else 0.0,
            "n_gold": len(gold), "n_pred": len(pred), "n_matched": len(pairs)}


def predict(docs: Iterable[TimeMLDoc], settings: Settings) -> list[TimexItem]:
    """newsfold's TIMEX3s for each document's plain text, anchored to its creation date."""
    articles = (Article(id=d.id, path=d.id, text=d.text, published=d.dct, language="en") for d in docs)
    nlp = load_model(settings.nlp.model)
    out: list[TimexItem] = []
    for parsed in parse_articles(articles, nlp, settings.nlp.batch_size, 1):
        for found in extract_timexes(parsed):
            out.append(TimexItem(parsed.article.id, found.start, found.end, found.text, found.type, found.value))
    return out


def _write(out_dir: Path, docs: Sequence[TimeMLDoc], pred: Sequence[TimexItem]) -> None:
    with open(out_dir / "tempeval3-predictions.jsonl", "w", encoding="utf-8") as fh:
        for item in pred:
            fh.write(json.dumps(asdict(item), ensure_ascii=False) + "\n")
    pairs = align(pred, [g for d in docs for g in d.timexes])
    matched_p = {id(p) for p, _ in pairs}
    matched_g = {id(g) for _, g in pairs}
    with open(out_dir / "tempeval3-errors.tsv", "w", encoding="utf-8") as fh:
        fh.write("doc\tkind\tgold_text\tgold_type\tgold_value\tpred_text\tpred_type\tpred_value\n")
        for p, g in pairs:
            if (p.value, p.type) != (g.value, g.type):
                fh.write(f"{g.doc}\tvalue\t{g.text}\t{g.type}\t{g.value}\t{p.text}\t{p.type}\t{p.value}\n")
        for d in docs:
            for g in d.timexes:
                if id(g) not in matched_g:
                    fh.write(f"{g.doc}\tmissed\t{g.text}\t{g.type}\t{g.value}\t\t\t\n")
        for p in pred:
            if id(p) not in matched_p:
                fh.write(f"{p.doc}\tspurious\t\t\t\t{p.text}\t{p.type}\t{p.value}\n")


def _with_creation_times(docs: Sequence[TimeMLDoc], pred: Sequence[TimexItem]) -> dict[str, Any]:
    """The figures as the TempEval-3 scorer counts them: each document's creation time is a TIMEX3 too, given to
    the system in its input and copied to its output."""
    creation = [d.creation for d in docs if d.creation]
    figures = score([*pred, *creation], [*(g for d in docs for g in d.timexes), *creation])
    return {f"{key}_with_dct": figures[key] for key in ("span_f1_relaxed", "span_f1_strict", "value_f1")}


def evaluate(split: str, data_dir: Path, out_dir: Path | None, settings: Settings,
             report: Callable[[str], None]) -> dict[str, Any]:
    """Score newsfold's TIMEX3s on a split; write predictions and per-document errors to out_dir when given."""
    docs = load_split(split, data_dir)
    gold = [t for d in docs for t in d.timexes]
    pred = predict(docs, settings)
    figures = score(pred, gold) | _with_creation_times(docs, pred)
    report(f"tempeval3 {split}: {len(docs)} documents, {len(gold)} gold TIMEX3 in TEXT, {len(pred)} predicted")
    report(f"spans relaxed P {figures['span_relaxed_p']:.3f} R {figures['span_relaxed_r']:.3f} "
           f"F1 {figures['span_f1_relaxed']:.3f}; strict F1 {figures['span_f1_strict']:.3f}")
    report(f"value P {figures['value_p']:.3f} R {figures['value_r']:.3f} F1 {figures['value_f1']:.3f}; "
           f"type accuracy {figures['type_accuracy']:.3f}")
    report(f"counting the {len(docs)} creation times as the TempEval-3 scorer does: relaxed F1 "
           f"{figures['span_f1_relaxed_with_dct']:.3f}, value F1 {figures['value_f1_with_dct']:.3f}")
    if out_dir:
        _write(out_dir, docs, pred)
    return {"documents": len(docs), **figures}
