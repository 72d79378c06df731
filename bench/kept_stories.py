"""Kept stories bench: the stories stage as ``newsfold run`` runs it (``pipeline._stories``), over the articles of a
database, first without one article (the graph built or the stories found from nothing), then with it, then again.

    python bench/kept_stories.py COPY.db ARTICLE_ID --set events.stories=links

Work on a copy: the stage writes what it keeps (the ``links`` clusterer's graph, the story features) into the
database. Prints the seconds of each pass and the stories it found. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import time

from newsfold import pipeline
from newsfold.settings import load_settings
from newsfold.store import Store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("article", help="the article left out of the first pass and added in the second")
    parser.add_argument("--set", dest="overrides", action="append", default=[])
    args = parser.parse_args()
    settings = load_settings(None, args.overrides)
    store = Store(args.db)
    articles = store.articles()
    print(f"{len(articles)} articles; clusterer {settings.events.stories}")
    passes = (("without the article", [a for a in articles if a.id != args.article]),
              ("with it added", articles), ("again, nothing new", articles))
    for label, given in passes:
        corpus = pipeline.Corpus(store, settings, pipeline.RunSummary(), progress=False)
        corpus.keys = dict(pipeline.build_pipeline().keys)
        corpus.articles = list(given)
        start = time.perf_counter()
        pipeline._stories(corpus)
        print(f"{label}: {time.perf_counter() - start:.2f} s, {len(set(corpus.story_of.values()))} stories",
              flush=True)
    store.close()


if __name__ == "__main__":
    main()
