"""BSNLP tuning bench: cross-lingual links and stories on a sample of a training split, with analyses kept on disk.

    python bench/bsnlp_stories.py --split train --per-topic 120
    python bench/bsnlp_stories.py --split train --set stories.threshold=0.3

Reads up to ``--per-topic`` documents of each topic of the split (taken in turn from its languages, in the
split's order), analyses them once as ``eval bsnlp`` does (``eval.bsnlp.read_documents``; the analyses are kept
in bench/out/ for the next run), then resolves names and finds stories with the given settings (``--set``, as
``newsfold eval``) and prints cross-lingual linking (CoNLL F1, all languages and LOC alone) and stories B3, with
where B3 is lost (``breakdown``). For tuning on training splits only: ``newsfold eval bsnlp`` gives the figures
to report. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import json
import pickle
from collections import Counter, defaultdict
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


def breakdown(documents: list[Document], story_of: dict[str, str]) -> list[str]:
    """Where B3 is lost: pairs of one topic in different stories (over-splitting) and pairs of two topics in one
    story (over-merging), each within one language and across two; then each topic's stories and each story's
    topics (the ten largest), with their languages."""
    cells: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)  # story -> (topic, language) -> documents
    for d in documents:
        cells[story_of.get(d.id, d.id)][(d.topic, d.language)] += 1
    together = Counter[str]()
    for counts in cells.values():
        for (t1, l1), n1 in counts.items():
            for (t2, l2), n2 in counts.items():
                pairs = n1 * (n1 - 1) if (t1, l1) == (t2, l2) else n1 * n2
                together[("same topic" if t1 == t2 else "two topics") + (", one language" if l1 == l2 else
                                                                          ", two languages")] += pairs
    size: Counter[tuple[str, str]] = Counter((d.topic, d.language) for d in documents)
    possible = Counter[str]()
    for (t1, l1), n1 in size.items():
        for (t2, l2), n2 in size.items():
            if t1 == t2:
                possible["same topic" + (", one language" if l1 == l2 else ", two languages")] += (
                    n1 * (n1 - 1) if l1 == l2 else n1 * n2)
    lines = [f"{k}: {together[k]} of {possible[k]} pairs together ({together[k] / possible[k]:.3f})"
             for k in sorted(possible)]
    lines += [f"{k}: {together[k]} pairs together (over-merging)" for k in sorted(together) if k not in possible]
    for topic in sorted({d.topic for d in documents}):
        held = sorted(((sum(n for (t, _), n in c.items() if t == topic), s) for s, c in cells.items()), reverse=True)
        parts = [f"{n} ({_languages(cells[s], topic)})" for n, s in held[:6] if n]
        lines.append(f"{topic}: {sum(n for n, _ in held)} documents in {sum(1 for n, _ in held if n)} stories: "
                     + ", ".join(parts))
    for counts in sorted(cells.values(), key=lambda c: -c.total())[:10]:
        topics = Counter[str]()
        for (t, _), n in counts.items():
            topics[t] += n
        lines.append(f"story of {counts.total()}: " + ", ".join(f"{t} {n}" for t, n in topics.most_common()))
    return lines


def _languages(counts: Counter[tuple[str, str]], topic: str) -> str:
    return " ".join(f"{lang} {n}" for (t, lang), n in sorted(counts.items()) if t == topic)


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
    print("\n".join(breakdown(documents, reading.story_of)))
    print(json.dumps({"linking": linking, "linking_loc": places, "stories": stories}))


if __name__ == "__main__":
    main()
