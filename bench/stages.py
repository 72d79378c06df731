"""Stage costs: each stage's seconds when the whole record is rebuilt over a store of N benchmark articles whose
analyses are already cached (what a run that adds one article pays, less the analysis of that article).

    python bench/stages.py --size 1000          # builds bench/out/stages-1000.db once (bench/scale.py's corpus)
    python bench/stages.py --size 3000 --workers 1

The store is built by ``newsfold run`` over bench/scale.py's corpus of that size the first time (analysis
included, not timed); every later call copies it and re-runs the stages on the copy, so the figures are of the
corpus-level stages alone, and the copy's record is what a full run gives. Prints one line per stage (its seconds),
then the total, the record's counts and the process's peak resident memory so far, twice: a first rebuild, in
which every story is worked out (the copy's digests are those of the code that built it, or none), and a second
over its result, in which every story keeps its record (what a run that adds one article far from the others pays
before its own story). When newsfold's analysis has changed since the store was built, the nlp line includes
analysing every article again, and the stories line reading every text again (delete the store to build it anew).
A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import importlib.util
import resource
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"


def _scale():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("scale", ROOT / "bench" / "scale.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["scale"] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=1000, help="corpus size (bench/scale.py's corpus; default 1000)")
    parser.add_argument("--workers", type=int, metavar="N", help="[nlp] workers when the store is first built")
    args = parser.parse_args()
    from newsfold import load_settings, pipeline, run
    from newsfold.store import Store

    settings = load_settings()
    settings = replace(settings, ingest=replace(settings.ingest, max_bytes=max(settings.ingest.max_bytes, 1 << 30)))
    if args.workers is not None:
        settings = replace(settings, nlp=replace(settings.nlp, workers=args.workers))
    built = OUT / f"stages-{args.size}.db"
    if not built.exists():
        corpus, _ = _scale().build_corpus(args.size)
        print(f"building {built} from {corpus} (analysis included; not timed) ...", flush=True)
        run([str(corpus)], str(built), settings, progress=False)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "copy.db"
        shutil.copy(built, db)
        for what in ("every story worked out", "every story kept"):
            print(f"-- rebuild, {what}", flush=True)
            _rebuild(db, settings, pipeline, Store)


def _rebuild(db: Path, settings, pipeline, store_type) -> None:  # type: ignore[no-untyped-def]
    """One rebuild over the store ``db``, each stage timed (a per-story stage summed over its batches)."""
    times: dict[str, float] = {}

    def timed(s):  # type: ignore[no-untyped-def]
        def run_stage(corpus) -> None:  # type: ignore[no-untyped-def]
            start = time.perf_counter()
            s.run(corpus)
            times[s.name] = times.get(s.name, 0.0) + time.perf_counter() - start
        return replace(s, run=run_stage)

    store = store_type(db)
    summary = pipeline.RunSummary()
    pipeline.build_pipeline([timed(s) for s in pipeline.STAGES]).run(
        pipeline.Corpus(store, settings, summary, progress=False))
    store.close()
    for name, seconds in times.items():
        print(f"{name:<12} {seconds:8.2f} s", flush=True)
    print(f"total {sum(times.values()):.1f} s over {summary.articles} articles: {summary.stories} stories "
          f"({summary.stories_redone} worked out), {summary.entities} entities, {summary.events} events; "
          f"peak {_peak_mib():.0f} MiB so far", flush=True)

if __name__ == "__main__":
    main()
