"""Build the packaged event-coreference model from ECB+ train and dev: ``python -m newsfold.eval.build_coref_model``.

The fit is the one ``newsfold eval ecbplus --split test`` scores, so the figure printed there is the model's that
``newsfold run`` loads with ``[events] merger = "learned"``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..events.coref_model import PACKAGED, CorefModel, save_coref_model
from ..settings import load_settings
from .ecbplus import fit, prepare

__all__ = ["build"]


def build(data_dir: Path, out: Path) -> CorefModel:
    settings = load_settings(None)
    model, scorer = fit(prepare("test", data_dir, settings))
    built = CorefModel(model, scorer.pairs, "ECB+ train and dev topics")
    save_coref_model(built, out)
    return built


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default=str(Path("..") / "shared" / "benchmarks" / "ecbplus"),
                        help="the ECB+ folder (default: ../shared/benchmarks/ecbplus)")
    parser.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "events" / "data" / PACKAGED))
    args = parser.parse_args()
    build(Path(args.data), Path(args.out))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
