"""ECB+ story tuning bench: the documents of the training and dev topics alone grouped into stories by a story
clusterer, scored against the gold sub-topics (B3), and whether the stories stay the same in another order.

    python bench/ecbplus_stories.py
    python bench/ecbplus_stories.py --set events.stories=documents --set stories.threshold=0.3

Clusters only the documents of the topics settings may be tuned on (train and dev of Cybulska and Vossen 2015), as
``newsfold eval ecbplus`` clusters every document (``load_story_clusterer`` with the same settings); the figure to
report is that command's. Prints B3 (precision, recall, F1, as ``eval ecbplus`` does), the stories found and the
seconds taken, then the same with the documents given backwards. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsfold.eval.ecbplus import story_scores
from newsfold.eval.ecbplus_corpus import EcbDocument, load_documents, read_splits
from newsfold.events.stories import load_story_clusterer
from newsfold.models import Article
from newsfold.settings import Settings, load_settings

DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "ecbplus"


def tuning_documents(data: Path) -> list[EcbDocument]:
    """The documents of the train and dev topics, in file-name order."""
    splits = read_splits(data)
    return load_documents(data, [t for s in ("train", "dev") for t in splits.get(s, [])])


def stories(docs: list[EcbDocument], settings: Settings) -> tuple[dict[str, str], float]:
    clusterer = load_story_clusterer(settings.events.stories, settings.stories)
    start = time.perf_counter()
    story_of = clusterer.assign([Article(id=d.name, path=d.name, text=d.body()) for d in docs], [])
    return story_of, round(time.perf_counter() - start, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--set", dest="overrides", action="append", default=[])
    args = parser.parse_args()
    settings = load_settings(None, args.overrides)
    docs = tuning_documents(args.data)
    forward, seconds = stories(docs, settings)
    backward, _ = stories(docs[::-1], settings)
    same = _grouping(forward) == _grouping(backward)
    print(f"{settings.events.stories}: {len(docs)} documents of the train and dev topics; {story_scores(docs, forward)}"
          f"; seconds {seconds}; the same stories backwards: {same}")


def _grouping(story_of: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for doc_id, story in story_of.items():
        groups.setdefault(story, set()).add(doc_id)
    return {frozenset(g) for g in groups.values()}


if __name__ == "__main__":
    main()
