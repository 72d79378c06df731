"""Relevance: does newsfold write conflict-data rows only where a page reports a contentious event?

Three measures, each on the code path ``newsfold run`` executes with the settings given:

- negatives: the 181 pages of the article-extraction benchmark (sport, business, culture, science and politics
  news), each run through the pipeline alone into its own database; the ACLED and CCC rows the exporters then
  write are counted per page. The few pages that really report a protest, strike, arrest or attack are listed
  with the reason in ``data/relevance-positives.tsv`` and counted apart (goal: no row on any other page);
- CASE 2021 Task 2 snippets (every one reports an event): how many the nlp stage finds a labelled event in
  (``eval.case2021.pipeline_labels``: an ACLED-coded one, else one of the CASE types ACLED does not code), how many
  of those it types right (precision) and of all (recall), and the micro F1 of the labels;
- the seeds (the Belarus August 2020 reports), when present: events per 1,000 words of clean text.
"""

from __future__ import annotations

import gzip
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..export.acled import acled_rows
from ..export.ccc import ccc_rows
from ..pipeline import run
from ..settings import Settings
from ..store import Store
from .case2021 import load_snippets, pipeline_labels
from .metrics import classification_f1

__all__ = ["evaluate", "load_positives", "negative_rows", "page_rows"]

POSITIVES = Path(__file__).parent / "data" / "relevance-positives.tsv"


def load_positives(path: Path = POSITIVES) -> dict[str, str]:
    """Page id -> why it reports a contentious event (the file's own comments and blank lines skipped)."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            page, reason = line.split("\t", 1)
            out[page.strip()] = reason.strip()
    return out


def page_rows(html: str, name: str, folder: Path, settings: Settings) -> tuple[list[dict[str, Any]],
                                                                            list[dict[str, Any]]]:
    """The ACLED and CCC rows ``newsfold run`` writes for one page alone (run into a database of its own)."""
    page = folder / f"{name}.html"
    page.write_text(html, encoding="utf-8")
    db = folder / f"{name}.db"
    try:
        run([str(page)], str(db), settings, progress=False)
    except InputError:  # a page newsfold rejects (no article on it) writes no row; any other error is a bug
        return [], []
    store = Store(db, readonly=True)
    try:
        return acled_rows(store), ccc_rows(store)
    finally:
        store.close()


def negative_rows(data_dir: Path, settings: Settings, report: Callable[[str], None]) -> dict[str, Any]:
    positives = load_positives()
    per_page: dict[str, dict[str, Any]] = {}
    pages = sorted((data_dir / "html").glob("*.html.gz"))
    with tempfile.TemporaryDirectory() as tmp:
        for n, path in enumerate(pages, 1):
            name = path.name.removesuffix(".html.gz")
            acled, ccc = page_rows(gzip.decompress(path.read_bytes()).decode("utf-8", "replace"), name, Path(tmp),
                                   settings)
            if acled or ccc:
                per_page[name] = {"acled": len(acled), "ccc": len(ccc), "positive": name in positives,
                                  "rows": [r["notes"][:160] for r in acled] + [f"CCC {r['type']}: {r['date']}"
                                                                               for r in ccc]}
            if n % 20 == 0:
                report(f"  negatives: {n}/{len(pages)} pages run")
    false = {k: v for k, v in per_page.items() if not v["positive"]}
    for name, found in sorted(false.items()):
        report(f"  false rows on {name[:16]}: ACLED {found['acled']}, CCC {found['ccc']}: "
               + " | ".join(found["rows"][:3]))
    return {"pages": len(pages), "positive_pages": len(positives),
            "negative_pages": len(pages) - len(positives),
            "acled_rows_on_negatives": sum(v["acled"] for v in false.values()),
            "ccc_rows_on_negatives": sum(v["ccc"] for v in false.values()),
            "negative_pages_with_rows": len(false),
            "rows_on_positives": sum(v["acled"] + v["ccc"] for v in per_page.values() if v["positive"]),
            "per_page": {k[:16]: {"acled": v["acled"], "ccc": v["ccc"]} for k, v in sorted(false.items())}}


def _case(case_dir: Path, settings: Settings) -> dict[str, Any]:
    snippets = load_snippets(case_dir)
    gold = [g for _, _, g in snippets]
    found = pipeline_labels(snippets, settings)
    detected = [(g, p) for g, p in zip(gold, found, strict=True) if p]
    real = [g for g in gold if g != "OTHER"]
    right = sum(1 for g, p in detected if g == p)
    scores = classification_f1(gold, [p or "OTHER" for p in found])
    precision = right / len(detected) if detected else 0.0
    recall = right / len(real) if real else 0.0
    return {"snippets": len(snippets), "detected": len(detected), "precision": round(precision, 4),
            "recall": round(recall, 4), "micro_f1": round(scores["micro_f1"], 4),
            "macro_f1": round(scores["macro_f1"], 4)}


def _seeds(seeds: Path, settings: Settings) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "seeds.db")
        summary = run([str(seeds)], db, settings, progress=False)
        store = Store(db, readonly=True)
        try:
            words = sum(len(a.text.split()) for a in store.articles())
            return {"articles": summary.articles, "words": words, "events": summary.events,
                    "events_per_1000_words": round(1000 * summary.events / words, 1) if words else 0.0,
                    "acled_rows": len(acled_rows(store)), "ccc_rows": len(ccc_rows(store))}
        finally:
            store.close()


def evaluate(split: str, data_dir: Path, out_dir: Path | None, settings: Settings,
             report: Callable[[str], None]) -> dict[str, Any]:
    """``data_dir``: the article-extraction benchmark; CASE 2021 and the seeds are found beside it."""
    figures: dict[str, Any] = {"negatives": negative_rows(data_dir, settings, report)}
    neg = figures["negatives"]
    report(f"negatives: {neg['negative_pages']} pages, ACLED rows {neg['acled_rows_on_negatives']}, CCC rows "
           f"{neg['ccc_rows_on_negatives']} on {neg['negative_pages_with_rows']} pages (goal 0; "
           f"{neg['positive_pages']} labelled positive pages: {neg['rows_on_positives']} rows)")
    case_dir = data_dir.parent / "case2021-task2"
    if case_dir.is_dir():
        case = figures["case2021"] = _case(case_dir, settings)
        report(f"CASE 2021 through the nlp stage: {case['detected']} of {case['snippets']} snippets hold an "
               f"event the typer labels; precision {case['precision']:.3f}, recall {case['recall']:.3f}, "
               f"micro F1 {case['micro_f1']:.3f}")
    seeds = data_dir.parent.parent / "seeds"
    if seeds.is_dir():
        found = figures["seeds"] = _seeds(seeds, settings)
        report(f"seeds: {found['events']} events in {found['words']} words: {found['events_per_1000_words']} per "
               f"1,000 words; ACLED rows {found['acled_rows']}, CCC rows {found['ccc_rows']}")
    return figures
