"""CASE 2021 Task 2: classify news snippets into ACLED-style event types; micro, macro and weighted F1.

Scored with the event typer ``newsfold run`` uses (``[nlp] event_typer``, loaded by ``nlp.event_types.load_typer``
with the same settings), read two ways: on the whole snippet, as CASE poses the task (the headline figure); and
as the pipeline reads a page, through the nlp stage (spaCy, PLOVER triggers, each mention typed from its sentence
within its trigger's family, the snippet labelled as ``event_label`` labels an event; OTHER when no mention is
one ACLED codes). The labelled test set is the only split published; the typer has no trainable part and was
written from the ACLED codebook, so the test set is only scored, never fitted.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path
from typing import Any

from ..nlp import analyse_texts
from ..nlp.event_types import case_label, load_typer
from ..settings import Settings
from .metrics import classification_f1

__all__ = ["evaluate", "load_snippets", "pipeline_labels"]


def load_snippets(data_dir: Path) -> list[tuple[str, str, str]]:
    """(id, snippet, gold type) from the labelled test TSV."""
    path = next(data_dir.rglob("*with_labels*.tsv"), None)
    if path is None:
        raise FileNotFoundError(f"no labelled TSV under {data_dir}")
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(r[0], r[1], r[2]) for r in rows[1:] if len(r) >= 3]


def pipeline_labels(snippets: list[tuple[str, str, str]], settings: Settings) -> list[str | None]:
    """Each snippet's label as the pipeline reads a page: through the nlp stage, the label of the event its
    mentions tell (``case_label``: ACLED's label, else one ACLED does not code), None when the typer gave none."""
    analysed = analyse_texts(((i, text, None) for i, text, _ in snippets), settings.nlp)
    return [case_label(analysis.events) for _, analysis in analysed]


def evaluate(split: str, data_dir: Path, out_dir: Path | None, settings: Settings, report: Any) -> dict[str, Any]:
    snippets = load_snippets(data_dir)
    gold = [g for _, _, g in snippets]
    typer = load_typer(settings.nlp.event_typer)
    pred = [typer.label(text, None) for _, text, _ in snippets]
    scores = classification_f1(gold, pred)
    through = [label or "OTHER" for label in pipeline_labels(snippets, settings)]
    pipeline = classification_f1(gold, through)
    report(f"CASE 2021 task 2 ({split}): {len(snippets)} snippets, {len(set(gold))} types; "
           f"event typer {typer.name!r}")
    report(f"snippet:       micro F1 {scores['micro_f1']:.3f}  macro F1 {scores['macro_f1']:.3f}  "
           f"weighted F1 {scores['weighted_f1']:.3f}")
    report(f"through nlp:   micro F1 {pipeline['micro_f1']:.3f}  macro F1 {pipeline['macro_f1']:.3f}  "
           f"weighted F1 {pipeline['weighted_f1']:.3f}  (PLOVER-triggered mentions only)")
    if out_dir:
        (out_dir / "case2021-predictions.tsv").write_text(
            "".join(f"{i}\t{p}\n" for (i, _, _), p in zip(snippets, pred, strict=True)), encoding="utf-8")
        confusion = Counter(f"{g} -> {p}" for g, p in zip(gold, pred, strict=True) if g != p)
        (out_dir / "case2021-confusions.json").write_text(json.dumps(confusion.most_common(), indent=1))
    return {"snippets": len(snippets), "event_typer": typer.name, **{k: round(v, 4) for k, v in scores.items()},
            "through_nlp": {k: round(v, 4) for k, v in pipeline.items()}}
