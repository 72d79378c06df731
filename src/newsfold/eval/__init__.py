"""Evaluation on public benchmarks: `newsfold eval NAME` loads gold data, runs newsfold, prints the metrics.

Each benchmark module exposes ``evaluate(split, data_dir, out_dir, settings, report) -> dict`` where ``report``
prints one human-readable line; the dict holds every figure and is printed last as one JSON line.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..settings import Settings

__all__ = ["BENCHMARKS", "run_eval", "default_data_dir"]

# name -> (module, splits it can score, default split)
BENCHMARKS: dict[str, tuple[str, tuple[str, ...], str]] = {
    "tempeval3": ("tempeval3", ("train", "test"), "test"),
    "polnear": ("polnear", ("train", "dev", "test"), "test"),
    "newswcl50": ("newswcl50", ("test",), "test"),
    "case2021": ("case2021", ("test",), "test"),
    "ecbplus": ("ecbplus", ("train", "dev", "test"), "test"),
    "relevance": ("relevance", ("test",), "test"),
    "bsnlp": ("bsnlp", ("train", "test", "cross-topic-train", "cross-topic-test"), "test"),
}

Report = Callable[[str], None]


def default_data_dir(name: str) -> Path:
    """``../shared/benchmarks/<name>`` next to the working directory, as the project's checkout is laid out."""
    folder = {"tempeval3": "tempeval3", "polnear": "polnear", "newswcl50": "newswcl50", "ecbplus": "ecbplus",
              "case2021": "case2021-task2", "relevance": "article-extraction",
              "bsnlp": "bsnlp"}.get(name, name)
    return Path("..") / "shared" / "benchmarks" / folder


def run_eval(name: str, split: str | None, data_dir: str | None, out_dir: str | None, settings: Settings,
             report: Report = print, options: dict[str, str] | None = None) -> dict[str, Any]:
    """Score benchmark ``name``; ``options`` are benchmark-specific (ecbplus: {"mentions": "gold"|"predicted"})."""
    if name not in BENCHMARKS:
        raise ConfigError(f"unknown benchmark {name!r}; choose one of: {', '.join(sorted(BENCHMARKS))}")
    module_name, splits, default_split = BENCHMARKS[name]
    split = split or default_split
    if split not in splits:
        raise ConfigError(f"{name} has no split {split!r}; choose one of: {', '.join(splits)}")
    data = Path(data_dir) if data_dir else default_data_dir(name)
    if not data.is_dir():
        raise ConfigError(f"benchmark data for {name} not found at {data}; give --data DIR")
    out = Path(out_dir) if out_dir else None
    if out:
        out.mkdir(parents=True, exist_ok=True)
    module = importlib.import_module(f"{__name__}.{module_name}")
    if options:
        figures: dict[str, Any] = module.evaluate(split, data, out, settings, report, **options)
    else:
        figures = module.evaluate(split, data, out, settings, report)
    figures = {"benchmark": name, "split": split, **figures}
    report(json.dumps(figures, sort_keys=False))
    return figures
