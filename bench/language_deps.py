"""What each dependency of the Czech, Polish and Slovene packs costs: seconds and resident memory to load it and
answer its first question, each in a fresh process, and the packs' names per second on text they have loaded.

Usage: python bench/language_deps.py [--paragraphs FILE] (a UTF-8 file of Polish, Czech or Slovene text; without
it, a few sentences written for this script are repeated).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time

# One probe per dependency: the first call the packs make into it.
PROBES = {
    "simplemma (cs, pl, sl)": "import simplemma\nfor c in ('cs', 'pl', 'sl'): "
                              "simplemma.lemmatize('Polską', lang=c, low_memory=True)",
    # newsfold's own reader (nlp/lemmas.py), its index kept in the cache folder (built there on the first run of this)
    "simplemma, index kept (cs, pl, sl)": "for c in ('cs', 'pl', 'sl'): lemmatize('Polską', c)",
    "wordfreq (cs, pl, sl)": "from wordfreq import zipf_frequency\nfor c in ('cs', 'pl', 'sl'): "
                             "zipf_frequency('dziś', c)",
    "babel territories (cs, pl, sl)": "from babel import Locale\nfor c in ('cs', 'pl', 'sl'): "
                                      "Locale.parse(c).territories",
    "place index (resolve/data)": "from newsfold.resolve.places import load_gazetteer\nload_gazetteer()",
}
SAMPLE = ("Wczoraj premier Marek Zając spotkał się w Gdańsku z przedstawicielami Komisji Europejskiej. "
          "Według Zająca rozmowy z Niemcami trwały dwie godziny, a Wielka Brytania milczy.")


# What a probe imports before it is timed (newsfold's package imports much that the probe does not measure).
SETUP = {"simplemma, index kept (cs, pl, sl)": "from newsfold.nlp.lemmas import lemmatize"}


def _probe(code: str, setup: str = "") -> dict[str, float]:
    """Seconds and the growth of the peak resident memory (MiB) of a fresh process running ``code`` (after
    ``setup``, which is not counted)."""
    script = (setup + "\nimport resource, time\nbase = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
              "t = time.perf_counter()\n" + code + "\nimport json\nprint(json.dumps({'seconds': round("
              "time.perf_counter() - t, 2), 'mib': round((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base)"
              " / 1024, 1)}))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _throughput(paragraphs: list[str]) -> dict[str, float]:
    from newsfold.nlp.languages import pack_for

    pack = pack_for("pl")
    pack.entities(paragraphs[0])  # loads everything once
    began, names = time.perf_counter(), 0
    for text in paragraphs:
        names += len(pack.entities(text))
    seconds = time.perf_counter() - began
    return {"paragraphs": len(paragraphs), "names": names, "seconds": round(seconds, 2),
            "paragraphs_per_second": round(len(paragraphs) / seconds, 1),
            "maxrss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", help="a text file, one paragraph per blank-line-separated block")
    args = parser.parse_args()
    for name, code in PROBES.items():
        print(f"{name}: {_probe(code, SETUP.get(name, ''))}")
    if args.paragraphs:
        with open(args.paragraphs, encoding="utf-8") as f:
            paragraphs = [p for p in f.read().split("\n\n") if p.strip()]
    else:
        paragraphs = [SAMPLE + f" {i}" for i in range(2000)]
    print(f"Polish pack, names: {_throughput(paragraphs)}")


if __name__ == "__main__":
    main()
