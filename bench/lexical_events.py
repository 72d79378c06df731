"""Events and quotes read by their words in BSNLP's raw news texts (Bulgarian, Czech, Polish, Russian, Slovene,
Ukrainian): per language, documents, words, event mentions per 1,000 words, by PLOVER type, what was set aside and
quotes with a named speaker; and a sample of event mentions to check by hand.

Each document is analysed as ``newsfold run`` analyses an article (``nlp.analyse_articles``, packaged settings,
labelled with its folder's language), without the clean stage. No gold events exist for these texts: the figures
say how much is read, the sample how much of it is right.

Usage: python bench/lexical_events.py [--data ../shared/benchmarks/bsnlp] [--split test] [--per-language 40]
[--sample 20] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

from newsfold import load_settings
from newsfold.eval.bsnlp import load_documents
from newsfold.models import Analysis, Article, Rejected
from newsfold.nlp import analyse_articles

_WORD = re.compile(r"\w+")


def _by_language(data: Path, split: str, per_language: int) -> dict[str, list[Article]]:
    """The first ``per_language`` documents of each language in the split, as articles labelled with it."""
    out: dict[str, list[Article]] = {}
    for doc in load_documents(data, split):
        chosen = out.setdefault(doc.language, [])
        if len(chosen) < per_language:
            chosen.append(Article(id=doc.id, path=doc.id, text=doc.text, language=doc.language))
    return out


def _figures(articles: list[Article], analyses: list[Analysis]) -> dict[str, object]:
    words = sum(len(_WORD.findall(a.text)) for a in articles)
    events = [e for an in analyses for e in an.events]
    return {"documents": len(articles), "words": words, "events": len(events),
            "per_1000_words": round(1000 * len(events) / max(1, words), 2),
            "types": dict(Counter(e.type for e in events).most_common()),
            "set_aside": len([s for an in analyses for s in an.set_aside]),
            "quotes": len([q for an in analyses for q in an.quotes]),
            "quotes_with_speaker": len([q for an in analyses for q in an.quotes if q.speaker_name])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("..") / "shared" / "benchmarks" / "bsnlp")
    parser.add_argument("--split", default="test")
    parser.add_argument("--per-language", type=int, default=40)
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    settings = load_settings()
    report, told = {}, []
    for language, articles in sorted(_by_language(args.data, args.split, args.per_language).items()):
        analyses = [a for a in analyse_articles(articles, settings.nlp) if not isinstance(a, Rejected)]
        report[language] = _figures(articles, analyses)
        print(language, json.dumps(report[language], ensure_ascii=False))
        told += [(language, e.type, e.mode, e.trigger, e.text.strip()[:300]) for an in analyses for e in an.events
                 if e.type != "STATEMENT"]
    print("sample of event mentions (not statements) to check by hand:")
    for language, etype, mode, trigger, text in random.Random(args.seed).sample(told, min(args.sample, len(told))):
        print(f"- [{language}] {etype}/{mode} «{trigger}»: {text}")
    print(json.dumps({"bench": "lexical_events", "split": args.split, "languages": report}, ensure_ascii=False))


if __name__ == "__main__":
    main()
