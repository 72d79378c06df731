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
