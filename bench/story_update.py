"""Story update bench: the order-free story graph (``events/story_graph.py``) built on a sample of BSNLP's training
split, then the last texts added one at a time, each update timed; the stories must end as clustering all at once.

    python bench/story_update.py --per-topic 700 --last 20

Reads only the texts, their languages and dates (no analysis). Prints the seconds to build the graph of all but the
last ``--last`` texts at once, the seconds of each one-text update (median and largest), the stories each update
changed, and whether the stories after the updates equal those of all texts at once. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from bsnlp_stories import DATA, sample

from newsfold.eval.bsnlp import _articles, load_documents
from newsfold.events.story_graph import StoryGraph
from newsfold.events.story_links import linked_texts
from newsfold.settings import load_settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-topic", type=int, default=120)
    parser.add_argument("--last", type=int, default=20)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--set", dest="overrides", action="append", default=[])
    args = parser.parse_args()
    settings = load_settings(None, args.overrides)
    articles = [a for a in _articles(sample(load_documents(args.data, "train"), args.per_topic), settings)
                if not a.duplicate_of]
    texts = linked_texts(articles)
    start = time.perf_counter()
    graph = StoryGraph(settings.stories)
    graph.add(texts[: -args.last])
    built = time.perf_counter() - start
    seconds, changed = [], []
    for text in texts[-args.last:]:
        start = time.perf_counter()
        changes = graph.add([text])
        seconds.append(time.perf_counter() - start)
        changed.append(len(changes.stories))
    whole = StoryGraph(settings.stories)
    whole.add(texts)
    print(f"{len(texts)} texts; graph of {len(texts) - args.last} built in {built:.1f} s; one-text updates: median "
          f"{statistics.median(seconds):.3f} s, largest {max(seconds):.3f} s; stories changed per update: "
          f"{changed}; the same stories as all at once: {graph.story_of == whole.story_of}")


if __name__ == "__main__":
    main()
