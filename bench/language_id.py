"""Language identification bench: the clean stage's detector on short texts of known language, its time and memory.

    python bench/language_id.py                      # first 200 characters of BSNLP texts, [clean] settings
    python bench/language_id.py --chars 100 --per-language 150 --set clean.language_accuracy=high

Takes up to ``--per-language`` BSNLP raw texts per language (bg, cs, pl, ru, sl, uk; the folder names the
language), in the order their split lists them, cut to their first ``--chars`` characters (at a space), and labels
each with ``clean.language.detect_language`` as ``newsfold run`` does (``[clean] languages`` and
``language_accuracy``). Also labels each paragraph of the whole texts with ``clean.language.paragraph_languages``
(what the nlp stage reads each paragraph with) and counts the paragraphs given another language than the folder's.
Prints accuracy per language, the time per text and the detector's resident memory. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from collections import Counter, defaultdict
from pathlib import Path

from newsfold.clean.language import detect_language, page_languages, paragraph_languages
from newsfold.eval.bsnlp import load_documents
from newsfold.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "benchmarks" / "bsnlp"


def _cut(text: str, chars: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= chars else text[:chars].rsplit(" ", 1)[0]


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=200)
    parser.add_argument("--per-language", type=int, default=100)
    parser.add_argument("--split", default="cross-topic-train")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--set", dest="overrides", action="append", default=[])
    args = parser.parse_args()
    clean = load_settings(None, args.overrides).clean
    taken: dict[str, list[str]] = defaultdict(list)
    for d in load_documents(args.data, args.split):
        if len(taken[d.language]) < args.per_language:
            taken[d.language].append(d.text)
    before = _rss_mib()
    detect_language("Warm-up text to load the models once.", clean.languages, clean.language_accuracy)
    loaded = _rss_mib()
    right, seconds, n = Counter(), 0.0, 0
    switched, paragraphs = Counter(), Counter()
    whole_seconds = page_seconds = 0.0
    for language, texts in sorted(taken.items()):
        for text in texts:
            start = time.perf_counter()
            right[language] += detect_language(_cut(text, args.chars), clean.languages,
                                               clean.language_accuracy) == language
            seconds += time.perf_counter() - start
            n += 1
            start = time.perf_counter()
            detect_language(text, clean.languages, clean.language_accuracy)
            whole_seconds += time.perf_counter() - start
            start = time.perf_counter()
            page_languages(text, clean)
            page_seconds += time.perf_counter() - start
            found = paragraph_languages(text, language, clean)
            paragraphs[language] += len(found)
            switched[language] += sum(1 for lang in found if lang != language)
    accuracy = {lang: round(right[lang] / len(texts), 3) for lang, texts in sorted(taken.items())}
    share = {lang: round(switched[lang] / paragraphs[lang], 4) for lang in sorted(paragraphs)}
    print(f"{n} texts cut to {args.chars} characters ({clean.language_accuracy} accuracy, {len(clean.languages)} "
          f"languages): accuracy {accuracy}, mean {sum(right.values()) / n:.3f}; {1000 * seconds / n:.1f} ms per "
          f"text; detector memory {loaded - before:.0f} MiB after one text, {_rss_mib() - before:.0f} MiB after all")
    print(f"whole texts: {1000 * whole_seconds / n:.1f} ms per text read whole, {1000 * page_seconds / n:.1f} ms "
          f"per text with its paragraphs (the clean stage's page_languages)")
    print(f"paragraphs given another language than their folder's: {dict(switched)} of {dict(paragraphs)} ({share})")
    print(json.dumps({"accuracy": accuracy, "ms_per_text": round(1000 * seconds / n, 2),
                      "detector_mib": round(_rss_mib() - before), "paragraphs_switched": share,
                      "ms_whole": round(1000 * whole_seconds / n, 2),
                      "ms_paragraphs": round(1000 * page_seconds / n, 2)}))


if __name__ == "__main__":
    main()
