"""PolNeAR: who said what, scored as source, cue and content spans (exact and overlap P/R/F1).

Gold is brat standoff (Source, Cue and Content text-bound annotations); a discontinuous annotation counts as one
span from its first to its last character. newsfold's quotes sharing one cue form one predicted attribution.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..models import Quote
from ..settings import Settings
from .metrics import PRF, Span, exact, overlaps, span_prf

__all__ = ["ROLES", "Attribution", "PolnearDoc", "parse_ann", "load_split", "attributions_from_quotes", "score",
           "evaluate"]

ROLES = ("source", "cue", "content")
_TEXT_BOUND = re.compile(r"^T\d+\t(?P<label>Source|Cue|Content) (?P<offsets>\d+ \d+(?:;\d+ \d+)*)\t")
_DATE = re.compile(r"_(\d{4}-\d\d-\d\d)_")
_QUOTE_MARKS = ("''", '"', "“", "”", "'", "‘", "’", "«", "»")


@dataclass(frozen=True)
class Attribution:
    """One attribution as spans (start, end) into its document; a part left out is None."""

    source: tuple[int, int] | None
    cue: tuple[int, int] | None
    content: tuple[int, int] | None


@dataclass
class PolnearDoc:
    id: str
    text: str
    published: str | None
    gold: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # role -> spans


def parse_ann(ann: str) -> dict[str, list[tuple[int, int]]]:
    """Source, cue and content spans of a brat .ann file (other labels, relations and notes are skipped)."""
    spans: dict[str, list[tuple[int, int]]] = {role: [] for role in ROLES}
    for line in ann.splitlines():
        match = _TEXT_BOUND.match(line)
        if not match:
            continue
        bounds = [int(n) for n in re.split(r"[ ;]", match["offsets"])]
        spans[match["label"].lower()].append((min(bounds), max(bounds)))
    return spans


def _split_dir(data_dir: Path, split: str) -> Path:
    """``data_dir`` may be the benchmark folder (with data/ inside) or its data/ folder."""
    for candidate in (data_dir / "data" / split, data_dir / split):
        if candidate.is_dir():
            return candidate
    return data_dir / "data" / split


def load_split(split: str, data_dir: Path) -> list[PolnearDoc]:
    """Every article of the split with its gold spans. An article annotated by several annotators (the
    agreement sample) is scored against the first annotation in file-name order."""
    folder = _split_dir(data_dir, split)
    docs = []
    for path in sorted((folder / "text").glob("*.txt")):
        anns = sorted((folder / "attributions").glob(f"{path.stem}_*.ann"))
        if not anns:
            continue
        date = _DATE.search(path.name)
        with open(path, encoding="utf-8", newline="") as fh:
            text = fh.read()
        docs.append(PolnearDoc(path.stem, text, date.group(1) if date else None,
                               parse_ann(anns[0].read_text(encoding="utf-8"))))
    return docs


def _with_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """PolNeAR's content spans include the quotation marks around the quoted words."""
    before = next((m for m in _QUOTE_MARKS if text[max(0, start - len(m)):start] == m), "")
    after = next((m for m in _QUOTE_MARKS if text[end:end + len(m)] == m), "")
    return start - len(before), end + len(after)


def attributions_from_quotes(text: str, quotes: Sequence[Quote]) -> list[Attribution]:
    """Quotes sharing a cue (an interrupted quote, a follow-on paragraph) become one attribution whose content
    runs from the first to the last of them."""
    groups: dict[tuple[int, int] | str, list[Quote]] = {}
    last_key: tuple[int, int] | str | None = None
    last: Quote | None = None
    for quote in sorted(quotes, key=lambda q: q.start):
        key: tuple[int, int] | str
        if quote.cue_start is not None and quote.cue_end is not None:
            key = (quote.cue_start, quote.cue_end)
        elif last_key is not None and last is not None and quote.speaker_start is not None \
                and (quote.speaker_start, quote.speaker_end) == (last.speaker_start, last.speaker_end):
            key = last_key  # a follow-on quote continues the attribution before it
        else:
            key = quote.id
        groups.setdefault(key, []).append(quote)
        last_key, last = key, quote
    out = []
    for members in groups.values():
        first = members[0]
        start, end = _with_marks(text, min(q.start for q in members), max(q.end for q in members))
        cue = (first.cue_start, first.cue_end) if first.cue_start is not None and first.cue_end is not None else None
        # without a cue the speaker is a guess from earlier text, not a source span of this attribution
        source = (first.speaker_start, first.speaker_end) \
            if cue and first.speaker_start is not None and first.speaker_end is not None else None
        out.append(Attribution(source, cue, (start, end)))
    return out


def _role_spans(by_doc: dict[str, list[Attribution]], role: str) -> list[Span]:
    return [(doc, *span) for doc, atts in by_doc.items() for a in atts if (span := getattr(a, role)) is not None]


def score(pred: dict[str, list[Attribution]], docs: Iterable[PolnearDoc]) -> dict[str, Any]:
    """P/R/F1 per role, exact and overlap; keys like ``content_f1_overlap`` and ``source_p_exact``."""
    docs = list(docs)
    figures: dict[str, Any] = {}
    for role in ROLES:
        gold = [(d.id, s, e) for d in docs for s, e in d.gold.get(role, [])]
        predicted = _role_spans(pred, role)
        for name, match in (("exact", exact), ("overlap", overlaps)):
            result: PRF = span_prf(predicted, gold, match)
            figures[f"{role}_p_{name}"] = round(result.precision, 4)
            figures[f"{role}_r_{name}"] = round(result.recall, 4)
            figures[f"{role}_f1_{name}"] = round(result.f1, 4)
        figures[f"{role}_gold"] = len(set(gold))
        figures[f"{role}_pred"] = len(set(predicted))
    return figures


def predict(docs: Sequence[PolnearDoc], settings: Settings) -> dict[str, list[Attribution]]:
    """newsfold's attributions for each document, with offsets into its text as given."""
    from ..nlp import analyse_texts

    texts = {d.id: d.text for d in docs}
    pred: dict[str, list[Attribution]] = {}
    for article, analysis in analyse_texts(((d.id, d.text, d.published) for d in docs), settings.nlp):
        pred[article.id] = attributions_from_quotes(texts[article.id], analysis.quotes)
    return pred


def _write(out_dir: Path, docs: Sequence[PolnearDoc], pred: dict[str, list[Attribution]]) -> None:
    """One brat .ann per document beside the gold layout, and every attribution in one JSONL file."""
    folder = out_dir / "polnear-predictions"
    folder.mkdir(parents=True, exist_ok=True)
    with open(out_dir / "polnear-predictions.jsonl", "w", encoding="utf-8") as jsonl:
        for doc in docs:
            lines, n = [], 0
            for number, att in enumerate(pred.get(doc.id, []), start=1):
                record: dict[str, Any] = {"doc": doc.id, "attribution": number}
                for role in ROLES:
                    span = getattr(att, role)
                    if span is None:
                        continue
                    n += 1
                    snippet = doc.text[span[0]:span[1]].replace("\n", " ")
                    lines.append(f"T{n}\t{role.capitalize()} {span[0]} {span[1]}\t{snippet}")
                    record[role] = {"start": span[0], "end": span[1], "text": doc.text[span[0]:span[1]]}
                jsonl.write(json.dumps(record, ensure_ascii=False) + "\n")
            (folder / f"{doc.id}.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")


def evaluate(split: str, data_dir: Path, out_dir: Path | None, settings: Settings,
             report: Callable[[str], None]) -> dict[str, Any]:
    docs = load_split(split, data_dir)
    pred = predict(docs, settings)
    figures = score(pred, docs)
    report(f"polnear {split}: {len(docs)} documents, {figures['content_gold']} gold attributions (content), "
           f"{sum(len(a) for a in pred.values())} predicted")
    for role in ROLES:
        report(f"{role:8} overlap P {figures[f'{role}_p_overlap']:.3f} R {figures[f'{role}_r_overlap']:.3f} "
               f"F1 {figures[f'{role}_f1_overlap']:.3f} | exact P {figures[f'{role}_p_exact']:.3f} "
               f"R {figures[f'{role}_r_exact']:.3f} F1 {figures[f'{role}_f1_exact']:.3f}")
    if out_dir:
        _write(out_dir, docs, pred)
    return {"documents": len(docs), **figures}
