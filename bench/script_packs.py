"""What the Arabic and Chinese packs cost: seconds and resident memory to load each and read its first paragraph
(each in a fresh process), and the nlp stage's time per 1,000 words on their text, with the events, quotes and
figures it finds per 1,000 words.

Each text is analysed as ``newsfold run`` analyses an article (``nlp.analyse_articles``, packaged settings,
labelled with the language), without the clean stage. Chinese words are counted as the pack cuts them (its own
words, every other character one word), Arabic ones at spaces. Without ``--text``, a report written for this
script is repeated.

Usage: python bench/script_packs.py [--text ar=FILE] [--text zh=FILE] [--copies 50]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path

from newsfold import load_settings
from newsfold.models import Article, Rejected
from newsfold.nlp import analyse_articles
from newsfold.nlp.languages import pack_for

SAMPLES = {
    "ar": ("تظاهر آلاف من عمال الموانئ يوم الأربعاء في مدينة بورت سيرين احتجاجا على بيع محطة الحاويات. "
           "واعتقلت الشرطة ما لا يقل عن 140 شخصا.\n\nوقال أحمد سالم، رئيس نقابة عمال الموانئ: «لن نتراجع عن "
           "مطالبنا».\n\nوفقا لنقابة عمال الموانئ، شارك ١٢٬٠٠٠ شخص في المسيرة. ولم تعتقل الشرطة أي صحفي."),
    "zh": ("周三，数千名码头工人在塞伦港举行示威游行，抗议出售集装箱码头。警方逮捕了至少140人。\n\n"
           "全国码头工人工会主席王明说：“我们绝不会放弃我们的要求。”\n\n"
           "据码头工人工会称，共有1.2万人参加了游行。公交司机没有罢工。"),
}
# The first call each pack's reading makes: its words, its names (the place index for Chinese), its dates.
PROBE = ("from newsfold.nlp.languages import pack_for\nfrom newsfold.nlp.lexical_dates import lexical_date_spans\n"
         "p = pack_for({code!r})\np.entities({text!r})\n[p.lemma_of(w) for w in {text!r}.split()]\n"
         "lexical_date_spans({text!r}, {code!r})")


def _probe(code: str, text: str) -> dict[str, float]:
    """Seconds and the growth of the peak resident memory (MiB) of a fresh process loading the pack (after
    newsfold's language registry is imported) and reading one paragraph."""
    script = ("import newsfold.nlp.languages, resource, time\n"
              "base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\nt = time.perf_counter()\n"
              + PROBE.format(code=code, text=text) + "\nimport json\nprint(json.dumps({'seconds': round("
              "time.perf_counter() - t, 2), 'mib': round((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base)"
              " / 1024, 1)}))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _words(code: str, text: str) -> int:
    if code == "zh":
        return sum(len(pack_for(code).split_words(p)) for p in text.split("\n\n"))  # type: ignore[attr-defined]
    return len(re.findall(r"\w+", text))


def _read(code: str, texts: list[str]) -> dict[str, object]:
    articles = [Article(id=f"{code}{i}", path=f"{code}{i}", text=t, language=code, published="2025-03-05")
                for i, t in enumerate(texts)]
    settings = load_settings()
    list(analyse_articles(articles[:1], settings.nlp))  # the model and the pack loaded once
    began = time.perf_counter()
    analyses = [a for a in analyse_articles(articles, settings.nlp) if not isinstance(a, Rejected)]
    seconds = time.perf_counter() - began
    words = sum(_words(code, t) for t in texts)
    per = 1000 / max(1, words)
    return {"articles": len(texts), "words": words, "characters": sum(len(t) for t in texts),
            "seconds_per_1000_words": round(seconds * per, 3),
            "events_per_1000_words": round(per * sum(len(a.events) for a in analyses), 2),
            "quotes_per_1000_words": round(per * sum(len(a.quotes) for a in analyses), 2),
            "figures_per_1000_words": round(per * sum(len(a.figures) for a in analyses), 2),
            "names_per_1000_words": round(per * sum(len(a.mentions) for a in analyses), 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text", action="append", default=[], help="CODE=FILE: a UTF-8 text, articles split at "
                                                                     "lines of three dashes")
    parser.add_argument("--copies", type=int, default=50, help="copies of the written report without --text")
    args = parser.parse_args()
    given = dict(item.split("=", 1) for item in args.text)
    report = {}
    for code, sample in SAMPLES.items():
        texts = Path(given[code]).read_text(encoding="utf-8").split("\n---\n") if code in given else \
            [sample] * args.copies
        report[code] = {"load": _probe(code, sample.split("\n\n")[0]), **_read(code, texts),
                        "text": given.get(code, f"the written report, {args.copies} copies")}
        print(code, json.dumps(report[code], ensure_ascii=False))
    print(json.dumps({"bench": "script_packs", "languages": report}, ensure_ascii=False))


if __name__ == "__main__":
    main()
