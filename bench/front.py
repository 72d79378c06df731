"""The stages before the analysis (clean, metadata, embeds, dedup) over a store of N benchmark articles: each stage's
seconds on a first run (nothing kept), a second (every article kept from the first) and a third after one new
article is ingested (what adding one article pays in them).

    python bench/front.py --size 1000
    python bench/front.py --size 10000

The corpus is bench/scale.py's of that size (built once in bench/out) and the added article its first held-out
one. Only these four stages run, as ``newsfold run`` runs them, with the packaged settings, over a store in a
temporary folder; the second and third runs give the clean articles and the copies of the first, plus the new one.
Prints one line per stage and run, the copies found, and the process's peak resident memory. A benchmark, not a
test.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FRONT = ("clean", "metadata", "embeds", "dedup")


def _scale():  # type: ignore[no-untyped-def]
    """bench/scale.py (the bench folder is not a package: imported from its folder)."""
    if str(ROOT / "bench") not in sys.path:
        sys.path.insert(0, str(ROOT / "bench"))
    import scale

    return scale


def _run(store, settings, pipeline, what: str) -> None:  # type: ignore[no-untyped-def]
    times: dict[str, float] = {}

    def timed(s):  # type: ignore[no-untyped-def]
        def run_stage(corpus) -> None:  # type: ignore[no-untyped-def]
            start = time.perf_counter()
            s.run(corpus)
            times[s.name] = time.perf_counter() - start
        return replace(s, run=run_stage)

    corpus = pipeline.Corpus(store, settings, pipeline.RunSummary(), progress=False)
    pipeline.build_pipeline([timed(s) for s in pipeline.STAGES if s.name in FRONT]).run(corpus)
    copies = sum(1 for a in corpus.articles if a.duplicate_of)
    print(f"-- {what}: {len(corpus.articles)} articles, {copies} copies", flush=True)
    for name, seconds in times.items():
        print(f"{name:<10} {seconds:8.2f} s", flush=True)
    print(f"peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB so far", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=1000, help="corpus size (bench/scale.py's corpus; default 1000)")
    parser.add_argument("--keep", metavar="DB", help="write the store to DB (kept after the run) instead of a "
                        "temporary folder")
    args = parser.parse_args()
    from newsfold import load_settings, pipeline
    from newsfold.store import Store

    settings = load_settings()
    settings = replace(settings, ingest=replace(settings.ingest, max_bytes=max(settings.ingest.max_bytes, 1 << 30)))
    corpus, held = _scale().build_corpus(args.size)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(args.keep or Path(tmp) / "front.db")
        start = time.perf_counter()
        pipeline.ingest_paths(store, [str(corpus)], settings, pipeline.RunSummary())
        print(f"ingested {corpus.name} in {time.perf_counter() - start:.1f} s (not counted below)", flush=True)
        _run(store, settings, pipeline, "first run, nothing kept")
        _run(store, settings, pipeline, "second run, everything kept")
        one = Path(tmp) / "one.jsonl"
        one.write_text(json.dumps(held[0], ensure_ascii=False) + "\n", encoding="utf-8")
        pipeline.ingest_paths(store, [str(one)], settings, pipeline.RunSummary())
        _run(store, settings, pipeline, "one article added")
        store.close()


if __name__ == "__main__":
    main()
