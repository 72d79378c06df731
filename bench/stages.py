"""Stage costs: each stage's seconds when the whole record is rebuilt over a store of N benchmark articles whose
analyses are already cached (what a run that adds one article pays, less the analysis of that article).

    python bench/stages.py --size 1000          # builds bench/out/stages-1000.db once (bench/scale.py's corpus)
    python bench/stages.py --size 3000 --workers 1

The store is built by ``newsfold run`` over bench/scale.py's corpus of that size the first time (analysis
included, not timed); every later call copies it and re-runs the stages on the copy, so the figures are of the
corpus-level stages alone, and the copy's record is what a full run gives. Prints one line per stage (seconds and
the process's peak resident memory so far), then the total and the record's counts. When newsfold's analysis has
changed since the store was built, the nlp line includes analysing every article again, and the stories line
reading every text again (delete the store to build it anew). A benchmark, not a test.
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
    times: dict[str, float] = {}

    def timed(s: pipeline.Stage) -> pipeline.Stage:
        def run_stage(corpus: pipeline.Corpus) -> None:
            start = time.perf_counter()
            s.run(corpus)
            times[s.name] = time.perf_counter() - start
            print(f"{s.name:<12} {times[s.name]:8.2f} s   peak {_peak_mib():6.0f} MiB", flush=True)
        return replace(s, run=run_stage)

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "copy.db"
        shutil.copy(built, db)
        store = Store(db)
        summary = pipeline.RunSummary()
        pipeline.build_pipeline([timed(s) for s in pipeline.STAGES]).run(
            pipeline.Corpus(store, settings, summary, progress=False))
        store.close()
    print(f"total {sum(times.values()):.1f} s over {summary.articles} articles: {summary.stories} stories, "
          f"{summary.entities} entities, {summary.events} events")


if __name__ == "__main__":
    main()
