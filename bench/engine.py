"""Engine benchmark: what the dask engine costs against the local one, on this machine, through `newsfold run`.

    python bench/engine.py                   # bench/out/corpus-200.jsonl (built once, as throughput.py --build)
    python bench/engine.py --build 50 --workers 2

Runs `newsfold.run` over the same corpus into a fresh database three times, each stage timed from the pipeline's
log: with the local engine; with the dask engine on a local cluster the run starts (processes of one thread
each); and with the dask engine on a running local cluster whose workers have loaded the spaCy pipeline (as a
long-lived cluster's would), whose start-up and loading are timed apart. Checks that all three give the same
JSON record. Prints a table and writes bench/out/engine.json. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import logging
import tempfile
import time
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"


def _bench_module(name: str) -> ModuleType:
    """bench/NAME.py (the bench folder is not a package)."""
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class StageClock(logging.Handler):
    """When each stage starts, from the pipeline's debug line "stage NAME"."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.starts: list[tuple[str, float]] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.msg == "stage %s":
            self.starts.append((str(record.args[0]) if record.args else "?", time.perf_counter()))

    def durations(self, end: float) -> dict[str, float]:
        ends = [t for _, t in self.starts[1:]] + [end]
        return {name: round(stop - start, 2) for (name, start), stop in zip(self.starts, ends, strict=True)}


def _load_model(name: str) -> None:
    from newsfold.nlp.parse import load_model

    load_model(name)


def warm_cluster(settings: Any, workers: int, stack: ExitStack) -> tuple[str, dict[str, float]]:
    """A local cluster of ``workers`` processes with the pipeline loaded on every worker, closed with ``stack``:
    its address, and the seconds it took to start and to load the pipeline."""
    from newsfold.nlp.cluster import open_client

    start = time.perf_counter()
    client = open_client("", workers, stack)
    ready = time.perf_counter()
    # one task pinned to each worker, run in its task thread as an analysis would be
    client.gather([client.submit(_load_model, settings.nlp.model, workers=[address], allow_other_workers=False,
                                 pure=False) for address in client.scheduler_info()["workers"]])
    loaded = time.perf_counter()
    return client.scheduler.address, {"cluster_start_s": round(ready - start, 2),
                                      "model_load_s": round(loaded - ready, 2)}


def timed_run(paths: list[str], db: str, settings: Any) -> dict[str, Any]:
    from newsfold import run

    clock = StageClock()
    logger = logging.getLogger("newsfold.pipeline")
    logger.addHandler(clock)
    logger.setLevel(logging.DEBUG)
    try:
        start = time.perf_counter()
        summary = run(paths, db, settings, progress=False)
        end = time.perf_counter()
    finally:
        logger.removeHandler(clock)
    seconds = end - start
    return {"articles": summary.articles, "analysed": summary.analysed, "run_s": round(seconds, 2),
            "articles_per_s": round(summary.articles / seconds, 3), "stages_s": clock.durations(end)}


def _record(db: str) -> dict[str, Any]:
    from newsfold import Store
    from newsfold.export import build_record

    store = Store(db, readonly=True)
    try:
        return build_record(store)
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", type=int, default=200, metavar="N", help="corpus size (default: 200)")
    parser.add_argument("--workers", type=int, default=0, metavar="N", help="processes for both engines "
                                                                           "(default: 0, every core)")
    args = parser.parse_args()
    from newsfold import load_settings
    from newsfold.nlp.workers import worker_count

    paths = [str(_bench_module("throughput").build_corpus(args.build))]
    base = load_settings()
    workers = worker_count(args.workers)
    local = replace(base, nlp=replace(base.nlp, engine="local", workers=workers))
    dask = replace(base, nlp=replace(base.nlp, engine="dask", scheduler="", workers=workers))
    result: dict[str, Any] = {"corpus": Path(paths[0]).name, "workers": workers}
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        result["local"] = timed_run(paths, f"{tmp}/local.db", local)
        result["dask"] = timed_run(paths, f"{tmp}/dask.db", dask)
        address, started = warm_cluster(base, workers, stack)
        result.update(started)
        warm = replace(dask, nlp=replace(dask.nlp, scheduler=address))
        result["dask_warm"] = timed_run(paths, f"{tmp}/warm.db", warm)
        records = [_record(f"{tmp}/{name}.db") for name in ("local", "dask", "warm")]
        result["same_record"] = records[0] == records[1] == records[2]
    print(f"corpus {result['corpus']}, {workers} workers; a local cluster: start {result['cluster_start_s']} s, "
          f"then the model on every worker {result['model_load_s']} s")
    for engine, label in (("local", "local"), ("dask", "dask, a local cluster started by the run"),
                          ("dask_warm", "dask, a running cluster with the model loaded")):
        r = result[engine]
        nlp = r["stages_s"].get("nlp", 0.0)
        r["nlp_articles_per_s"] = round(r["analysed"] / nlp, 3) if nlp else None
        print(f"run {r['run_s']:7.1f} s {r['articles_per_s']:6.2f} articles/s; nlp stage {nlp:7.1f} s "
              f"{r['nlp_articles_per_s']} articles/s ({r['analysed']} analysed): {label}")
    print(f"same record: {result['same_record']}; per stage: bench/out/engine.json")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "engine.json").write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
