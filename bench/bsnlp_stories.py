"""BSNLP tuning bench: cross-lingual links and stories on a sample of a training split, with analyses kept on disk.

    python bench/bsnlp_stories.py --split train --per-topic 120
    python bench/bsnlp_stories.py --split train --set stories.threshold=0.3

Reads up to ``--per-topic`` documents of each topic of the split (taken in turn from its languages, in the
split's order), analyses them once as ``eval bsnlp`` does (``eval.bsnlp.read_documents``; the analyses are kept
in bench/out/ for the next run), then resolves names and finds stories with the given settings (``--set``, as
``newsfold eval``) and prints cross-lingual linking (CoNLL F1, all languages and LOC alone) and stories B3. For
tuning on training splits only: ``newsfold eval bsnlp`` gives the figures to report. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import json
import pickle
from collections import defaultdict
from pathlib import Path

from newsfold.eval.bsnlp import (
    AnalysisCache,
    Document,
    found_names,
    linking_scores,
    load_documents,
    read_documents,
    story_scores,
)
from newsfold.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
DATA = ROOT.parent / "shared" / "benchmarks" / "bsnlp"


def sample(documents: list[Document], per_topic: int) -> list[Document]:
    """Up to ``per_topic`` documents of each topic, its languages taken in turn."""
    by_topic: dict[str, dict[str, list[Document]]] = defaultdict(lambda: defaultdict(list))
    for d in documents:
        by_topic[d.topic][d.language].append(d)
    out = []
    for languages in by_topic.values():
        queues = [list(docs) for _, docs in sorted(languages.items())]
        taken = 0
        while taken < per_topic and any(queues):
            for queue in queues:
                if queue and taken < per_topic:
                    out.append(queue.pop(0))
                    taken += 1
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train", choices=("train", "cross-topic-train"))
    parser.add_argument("--per-topic", type=int, default=120)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--set", dest="overrides", action="append", default=[])
    args = parser.parse_args()
    settings = load_settings(None, args.overrides)
    documents = sample(load_documents(args.data, args.split), args.per_topic)
    OUT.mkdir(parents=True, exist_ok=True)
    kept = OUT / f"bsnlp-{args.split}-{args.per_topic}.pickle"
    cache: AnalysisCache = pickle.loads(kept.read_bytes()) if kept.is_file() else {}
    reading = read_documents(documents, settings, cache)
    kept.write_bytes(pickle.dumps(cache))
    found = found_names(reading)
    gold = [g for d in documents for g in d.names]
    linking = linking_scores(gold, found)
    places = linking_scores([g for g in gold if g.category == "LOC"], [f for f in found if f.category == "LOC"])
    stories = story_scores(documents, reading.story_of)
    print(f"{len(documents)} documents; linking CoNLL F1 {linking['conll_f1']:.2f} (LOC {places['conll_f1']:.2f}); "
          f"stories B3 F1 {stories['b3_f1']:.3f} (P {stories['b3_precision']:.3f}, R {stories['b3_recall']:.3f}, "
          f"{stories['stories']} stories of {stories['topics']} topics); seconds {reading.seconds}")
    print(json.dumps({"linking": linking, "linking_loc": places, "stories": stories}))


if __name__ == "__main__":
    main()
