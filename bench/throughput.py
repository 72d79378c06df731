"""Throughput benchmark: the newsfold pipeline against bare spaCy over the same texts, in one process.

    python bench/throughput.py                   # the demo corpus plus ../shared/seeds
    python bench/throughput.py --build 2000      # build (once) and use a corpus of 2,000 articles made from the
                                                 # raw texts of the public benchmarks in ../shared/benchmarks

Prints articles/s, words/s and peak resident memory for each, and the ratio. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = ROOT.parent / "shared" / "benchmarks"
OUT = ROOT / "bench" / "out"


def _rss_bytes() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


class PeakMemory:
    """Samples this process's resident memory every 20 ms while a block runs."""

    def __enter__(self) -> PeakMemory:
        self.peak = _rss_bytes()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def _sample(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, _rss_bytes())

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _raw_texts() -> Iterator[tuple[str, str]]:
    """(id, text) from the benchmark folders: PolNeAR articles, TempEval-3 documents, ECB+ documents."""
    for path in sorted((BENCHMARKS / "polnear" / "data").glob("*/text/*.txt")):
        yield f"polnear-{path.parent.parent.name}-{path.stem}", path.read_text(encoding="utf-8", errors="replace")
    for path in sorted((BENCHMARKS / "tempeval3").rglob("*.tml")):
        raw = path.read_text(encoding="utf-8", errors="replace")
        match = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
        yield f"tempeval-{path.stem}", re.sub(r"<[^>]+>", "", match.group(1) if match else raw)
    for path in sorted((BENCHMARKS / "ecbplus").rglob("*.xml")):
        tokens = re.findall(r'<token[^>]*sentence="(\d+)"[^>]*>([^<]*)</token>', path.read_text(errors="replace"))
        sentences: dict[str, list[str]] = {}
        for sentence, token in tokens:
            sentences.setdefault(sentence, []).append(token)
        yield f"ecb-{path.stem}", "\n\n".join(" ".join(words) for words in sentences.values())


def build_corpus(size: int) -> Path:
    path = OUT / f"corpus-{size}.jsonl"
    if path.is_file():
        return path
    OUT.mkdir(parents=True, exist_ok=True)
    written = 0
    with path.open("w", encoding="utf-8") as fh:
        for doc_id, text in _raw_texts():
            if len(text.split()) < 30:
                continue
            fh.write(json.dumps({"id": doc_id, "text": text}) + "\n")
            written += 1
            if written >= size:
                break
    print(f"built {path} with {written} articles")
    return path


def _texts(paths: list[str], settings: Any = None) -> list[str]:
    """The raw texts of the inputs as newsfold ingests them (``settings``: [ingest], default the packaged one);
    an input it rejects stops the benchmark, which would otherwise time nothing."""
    from newsfold.ingest import iter_inputs, read_file
    from newsfold.models import RawDoc, Rejected
    from newsfold.settings import load_settings

    settings = settings or load_settings().ingest
    docs = []
    for item in iter_inputs(paths, settings):
        results = [item] if isinstance(item, Rejected) else read_file(item, settings)
        for result in results:
            if isinstance(result, Rejected):
                raise SystemExit(f"{result.path}: {result.reason}")
            if isinstance(result, RawDoc):
                docs.append(result.text)
    return docs


def _timed(label: str, fn: Callable[[], None], n_docs: int, n_words: int) -> float:
    with PeakMemory() as mem:
        start = time.perf_counter()
        fn()
        seconds = time.perf_counter() - start
    print(f"{label:10s} {seconds:8.1f} s  {n_docs / seconds:8.2f} articles/s  {n_words / seconds:9.0f} words/s  "
          f"peak RSS {mem.peak / 2**20:7.0f} MiB")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", type=int, metavar="N", help="use a corpus of N articles from the benchmarks")
    parser.add_argument("--workers", type=int, metavar="N", help="newsfold's [nlp] workers (default: the setting, "
                                                                 "0 = every core)")
    parser.add_argument("paths", nargs="*", help="inputs (default: demo corpus and ../shared/seeds)")
    args = parser.parse_args()
    if args.build:
        paths = [str(build_corpus(args.build))]
    else:
        paths = args.paths or [str(ROOT / "src" / "newsfold" / "demo"), str(ROOT.parent / "shared" / "seeds")]
    texts = _texts(paths)
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(texts)} articles, {words:,} words")

    from newsfold import load_settings, run
    from newsfold.nlp.parse import load_model

    settings = load_settings()
    if args.workers is not None:
        from dataclasses import replace

        settings = replace(settings, nlp=replace(settings.nlp, workers=args.workers))
    print(f"newsfold workers: {settings.nlp.workers or os.cpu_count()} (peak memory is this process's only)")
    nlp = load_model(settings.nlp.model)  # loaded once, outside both timings

    def bare_spacy() -> None:
        for _ in nlp.pipe(texts, batch_size=settings.nlp.batch_size):
            pass

    with tempfile.TemporaryDirectory() as tmp:
        spacy_s = _timed("spaCy", bare_spacy, len(texts), words)
        newsfold_s = _timed("newsfold", lambda: run(paths, f"{tmp}/bench.db", settings, progress=False),
                            len(texts), words)
    print(f"ratio: newsfold takes {newsfold_s / spacy_s:.2f}x the time of bare spaCy (en_core_web_sm, nlp.pipe)")


if __name__ == "__main__":
    main()
