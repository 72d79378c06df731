"""Metrics shared by the benchmarks: span precision/recall/F1 (exact, overlap, relaxed)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

__all__ = ["PRF", "prf", "span_prf", "overlaps", "exact"]

Span = tuple[str, int, int]  # (document, start, end), end exclusive


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float
    tp_pred: int = 0
    tp_gold: int = 0
    n_pred: int = 0
    n_gold: int = 0


def prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> PRF:
    """Precision over predictions matched, recall over gold items matched (they differ under overlap matching)."""
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return PRF(p, r, f, tp_pred, tp_gold, n_pred, n_gold)


def exact(a: Span, b: Span) -> bool:
    return a == b


def overlaps(a: Span, b: Span) -> bool:
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def span_prf(pred: Iterable[Span], gold: Iterable[Span], match: Callable[[Span, Span], bool] = exact) -> PRF:
    """P = share of predicted spans that match some gold span; R = share of gold spans matched by a prediction."""
    pred_l, gold_l = sorted(set(pred)), sorted(set(gold))
    by_doc: dict[str, list[Span]] = {}
    for g in gold_l:
        by_doc.setdefault(g[0], []).append(g)
    tp_pred = sum(1 for p in pred_l if any(match(p, g) for g in by_doc.get(p[0], [])))
    pred_doc: dict[str, list[Span]] = {}
    for p in pred_l:
        pred_doc.setdefault(p[0], []).append(p)
    tp_gold = sum(1 for g in gold_l if any(match(p, g) for p in pred_doc.get(g[0], [])))
    return prf(tp_pred, len(pred_l), tp_gold, len(gold_l))


def classification_f1(gold: list[str], pred: list[str]) -> dict[str, float]:
    """Micro, macro and support-weighted F1 of single-label predictions (labels seen in gold or prediction)."""
    labels = sorted(set(gold) | set(pred))
    tp = {label: 0 for label in labels}
    fp = dict(tp)
    fn = dict(tp)
    for g, p in zip(gold, pred, strict=True):
        if g == p:
            tp[g] += 1
        else:
            fp[p] += 1
            fn[g] += 1
    f1s = {label: prf(tp[label], tp[label] + fp[label], tp[label], tp[label] + fn[label]).f1 for label in labels}
    support = {label: tp[label] + fn[label] for label in labels}
    total_tp = sum(tp.values())
    micro = prf(total_tp, len(pred), total_tp, len(gold)).f1
    gold_labels = [label for label in labels if support[label]]
    macro = sum(f1s[label] for label in gold_labels) / len(gold_labels) if gold_labels else 0.0
    weighted = sum(f1s[label] * support[label] for label in labels) / len(gold) if gold else 0.0
    return {"micro_f1": micro, "macro_f1": macro, "weighted_f1": weighted}
