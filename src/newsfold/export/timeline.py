"""Chart geometry shared by the HTML report and the workbench: a date axis of events, bars of figures."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

__all__ = ["timeline", "figure_bars"]


def timeline(events: list[dict[str, Any]], width: int = 900, height: int = 160) -> dict[str, Any]:
    """Marks on a date axis, sized by crowd or count; contested events flagged."""
    dated = [e for e in events if e["date"] and len(e["date"]) == 10]
    if not dated:
        return {"width": width, "height": height, "marks": [], "ticks": []}
    days = [date.fromisoformat(e["date"]).toordinal() for e in dated]
    lo, hi = min(days), max(days)
    span = max(1, hi - lo)
    marks, per_day = [], Counter[int]()
    for e, day in zip(dated, days, strict=True):
        size = e["size_low"] or 0
        radius = 5 + min(14, (len(str(int(size))) - 1) * 2.5) if size else 5
        per_day[day] += 1
        marks.append({"id": e["id"], "x": round(40 + (day - lo) / span * (width - 80), 1),
                      "y": height - 40 - (per_day[day] - 1) * 22 % (height - 60), "r": round(radius, 1),
                      "label": f"{e['date']} {e['type']}", "contested": any(k in ("claimant", "disagreement", "scope")
                                                                             for k in e["conflicts"])})
    ticks = sorted({(m["x"], m["label"][:10]) for m in marks})
    return {"width": width, "height": height, "marks": marks, "ticks": [{"x": x, "label": t} for x, t in ticks]}


def figure_bars(values: list[dict[str, Any]], width: int = 640, row: int = 26) -> dict[str, Any]:
    """Horizontal bars for one contested figure: one row per value, an open end drawn to the edge."""
    finite = [v["high"] if v["high"] is not None else v["low"] for v in values] + [v["low"] for v in values]
    top = max([x for x in finite if x] or [1]) * 1.15
    scale = (width - 220) / top
    bars = []
    for n, v in enumerate(values):
        low = v["low"] or 0
        high = v["high"] if v["high"] is not None else top
        bars.append({"y": 8 + n * row, "x": 200 + low * scale, "w": max(3.0, (high - low) * scale),
                     "open": v["high"] is None, "label": f"{v['value']} ({', '.join(v['articles'])})"})
    return {"width": width, "height": 16 + len(values) * row, "bars": bars}
