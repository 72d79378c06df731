"""The learned event-coreference model as a packaged file: the pair model's weights and the lemma pair counts.

Built from ECB+ train and dev by ``python -m newsfold.eval.build_coref_model`` (the same fit that ``newsfold eval
ecbplus --split test`` scores), loaded by the ``learned`` event merger of ``newsfold run``.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ConfigError
from .coref import FEATURES, LemmaPairs, PairModel

__all__ = ["CorefModel", "PACKAGED", "load_coref_model", "save_coref_model"]

PACKAGED = "coref-ecbplus.json.gz"
_FORMAT = 1


@dataclass
class CorefModel:
    model: PairModel
    pairs: LemmaPairs
    trained_on: str = ""


def _pairs_data(pairs: LemmaPairs) -> dict[str, Any]:
    return {"prior": pairs.prior, "base_rate": pairs.base_rate,
            "pairs": sorted([a, b, pairs.seen[(a, b)], pairs.together.get((a, b), 0)] for a, b in pairs.seen),
            "kinds": sorted([k, pairs.mentions[k], pairs.linked.get(k, 0)] for k in pairs.mentions)}


def save_coref_model(model: CorefModel, path: Path) -> None:
    data = {"format": _FORMAT, "features": list(FEATURES), "trained_on": model.trained_on,
            "l2": model.model.l2, "mean": model.model.mean.tolist(), "scale": model.model.scale.tolist(),
            "weights": model.model.weights.tolist(), **_pairs_data(model.pairs)}
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump(data, fh, separators=(",", ":"))


def load_coref_model(path: Path | None = None) -> CorefModel:
    """The model in ``path``, or the packaged one."""
    source = path or resources.files("newsfold").joinpath("events", "data", PACKAGED)
    with source.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    if data.get("format") != _FORMAT or data.get("features") != list(FEATURES):
        raise ConfigError(f"the coreference model {source} was built for another newsfold version; rebuild it with "
                          "python -m newsfold.eval.build_coref_model")
    model = PairModel(data["l2"])
    model.mean, model.scale, model.weights = (np.array(data[k]) for k in ("mean", "scale", "weights"))
    pairs = LemmaPairs(data["prior"], data["base_rate"])
    for a, b, seen, together in data["pairs"]:
        pairs.seen[(a, b)], pairs.together[(a, b)] = seen, together
    for kind, mentions, linked in data["kinds"]:
        pairs.mentions[kind], pairs.linked[kind] = mentions, linked
    return CorefModel(model, pairs, data.get("trained_on", ""))
