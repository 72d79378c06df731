"""Dates, figures and publication dates newsfold finds in paragraphs no parser reads, per language, on BSNLP's raw
news texts (Bulgarian, Czech, Polish, Russian, Slovene, Ukrainian), through the metadata stage and
``nlp.analyse_articles`` as ``newsfold run`` takes them; and a sample of each, with its context, to check by hand.

Usage: python bench/lexical.py [--data ../shared/benchmarks/bsnlp] [--split cross-topic-test] [--sample 20]
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

from newsfold import load_settings
from newsfold.eval.bsnlp import load_documents
from newsfold.metadata import settle_published, with_published
from newsfold.models import Analysis, Article
from newsfold.nlp import analyse_articles
from newsfold.nlp.lexical_dates import STAGE as DATES
from newsfold.nlp.lexical_figures import STAGE as FIGURES


def _context(text: str, start: int, end: int) -> str:
    return " ".join(f"{text[max(0, start - 50):start]}[[{text[start:end]}]]{text[end:end + 50]}".split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="../shared/benchmarks/bsnlp")
    parser.add_argument("--split", default="cross-topic-test")
    parser.add_argument("--sample", type=int, default=20)
    args = parser.parse_args()
    settings = load_settings()
    docs = load_documents(Path(args.data), args.split)
    articles = [Article(id=d.id, path=d.id, text=d.text, language=d.language) for d in docs]
    articles = [with_published(a, found) if (found := settle_published(a)) else a for a in articles]
    texts = {a.id: a for a in articles}
    analyses = [an for an in analyse_articles(articles, settings.nlp) if isinstance(an, Analysis)]
    counts: dict[str, Counter[str]] = {}
    dates, figures = [], []
    for a in articles:
        counts.setdefault(a.language or "", Counter()).update(
            documents=1, words=len(a.text.split()), published=int(a.published is not None))
    for an in analyses:
        article = texts[an.article]
        count = counts[article.language or ""]
        found = [d for d in an.dates if d.stage == DATES]
        count.update(dates=len(found), day_values=sum(1 for d in found if d.value and d.granularity == "day"),
                     figures=sum(1 for f in an.figures if f.stage == FIGURES))
        dates += [(article, d) for d in found]
        figures += [(article, f) for f in an.figures if f.stage == FIGURES]
    rows = {lang: {**c, "dates_per_1000_words": round(1000 * c["dates"] / max(1, c["words"]), 2),
                   "figures_per_1000_words": round(1000 * c["figures"] / max(1, c["words"]), 2)}
            for lang, c in sorted(counts.items())}
    for lang, row in rows.items():
        print(lang, row)
    rng = random.Random(0)
    print(f"\n{args.sample} dates drawn at random (language, value, granularity, context):")
    for article, d in rng.sample(dates, min(args.sample, len(dates))):
        print(f"  {article.language} {d.value} {d.granularity} {d.weekday or ''} | "
              f"{_context(article.text, d.start, d.end)}")
    print(f"\n{args.sample} figures drawn at random (language, value or interval, category, counted, context):")
    for article, f in rng.sample(figures, min(args.sample, len(figures))):
        print(f"  {article.language} {f.value if f.value is not None else (f.low, f.high)} {f.category} "
              f"{f.counted} | {_context(article.text, f.start, f.end)}")
    print(json.dumps({"split": args.split, "languages": rows}))


if __name__ == "__main__":
    main()
