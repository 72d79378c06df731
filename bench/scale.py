"""Scale benchmark: newsfold against bare spaCy on corpora of growing size, with memory, database size and the
time to add one new article to the finished store (cold CLI and warm server). Per size, bare spaCy runs in this
process (its model loaded before the clock starts) and newsfold's ``run`` in a process of its own, timed inside it
with its model loading and without the process's start-up (stated apart, ``newsfold_start_s``); the peak memory
is that process tree's alone (``run_newsfold``).

    python bench/scale.py --sizes 1000,10000     # prints a table, writes bench/out/scale.json
    python bench/scale.py --sizes 200 --workers 1

Corpora (bench/out/scale-N.jsonl, built once) are made from the public texts in ../shared/benchmarks: PolNeAR,
TempEval-3 and ECB+ (English, through bench/throughput.py's reader), BSNLP raw texts (bg, cs, pl, ru, sl, uk),
the article-extraction pages' ground-truth bodies, WikiEvents and RAMS documents. Each source is shuffled with a
fixed seed and the sources are taken in turn, so every size mixes sources and languages. Of N articles, about
COPY_SHARE are syndicated copies (the same text under another id and outlet, dated the same day or the next) and
NEAR_SHARE near-duplicates (paragraphs dropped from the end, or two paragraphs swapped, or a new first line),
all dated across SPAN_DAYS days. Past the pool of distinct texts (about 9,000), the rest are near-duplicates too.
A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import pickle
import random
import re
import resource
import secrets
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = ROOT.parent / "shared" / "benchmarks"
OUT = ROOT / "bench" / "out"
SEED = 13
COPY_SHARE = 0.08  # syndicated copies: exact duplicates under another id and outlet
NEAR_SHARE = 0.12  # near-duplicates: shortened, reordered or re-headed versions of a corpus article
SPAN_DAYS = 30
START = dt.date(2024, 3, 1)
HELD_OUT = 3  # pool texts never put in a corpus: the new articles of the cold and warm add-one timings
MIN_WORDS = 30
Article = dict[str, Any]


def _bench_module(name: str) -> ModuleType:
    """bench/NAME.py (the bench folder is not a package)."""
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


throughput = _bench_module("throughput")
load = _bench_module("load")
proctree = _bench_module("proctree")


def _clean_id(raw: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.:-]", "-", raw)[:100]


def _english() -> dict[str, list[tuple[str, str]]]:
    """bench/throughput.py's texts (PolNeAR, TempEval-3, ECB+), by source."""
    sources: dict[str, list[tuple[str, str]]] = {}
    for doc_id, text in throughput._raw_texts():
        sources.setdefault(doc_id.split("-")[0], []).append((doc_id, text))
    return sources


def _bsnlp() -> list[tuple[str, str]]:
    paths = sorted((BENCHMARKS / "bsnlp" / "raw").glob("*/*/*.txt"))
    return [(f"bsnlp-{p.parent.parent.name}-{p.parent.name}-{p.stem}", p.read_text(encoding="utf-8", errors="replace"))
            for p in paths]


def _extraction() -> list[tuple[str, str]]:
    path = BENCHMARKS / "article-extraction" / "ground-truth.json"
    if not path.is_file():
        return []
    truth = json.loads(path.read_text(encoding="utf-8"))
    return [(f"ae-{key[:16]}", value["articleBody"]) for key, value in sorted(truth.items())]


def _wikievents() -> list[tuple[str, str]]:
    docs = []
    for path in sorted((BENCHMARKS / "wikievents").glob("*.jsonl")):
        if not path.stem.endswith("_info"):
            for line in path.read_text(encoding="utf-8").splitlines():
                doc = json.loads(line)
                docs.append((f"wikievents-{doc['doc_id']}", doc["text"]))
    return docs


def _rams() -> list[tuple[str, str]]:
    """One example per source article (RAMS windows of the same article overlap)."""
    docs, seen = [], set()
    for path in sorted((BENCHMARKS / "rams").glob("*.jsonlines")):
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            if doc["source_url"] not in seen:
                seen.add(doc["source_url"])
                docs.append((f"rams-{doc['doc_key'][-24:]}", " ".join(" ".join(s) for s in doc["sentences"])))
    return docs


def pool_texts() -> Iterator[tuple[str, str, str]]:
    """(source, id, text) of every usable benchmark text: each source shuffled, the sources taken in turn."""
    sources = _english() | {"bsnlp": _bsnlp(), "ae": _extraction(), "wikievents": _wikievents(), "rams": _rams()}
    rng = random.Random(SEED)
    queues = []
    for name in sorted(sources):
        texts = [(name, _clean_id(i), t.strip()) for i, t in sources[name] if len(t.split()) >= MIN_WORDS]
        rng.shuffle(texts)
        queues.append(iter(texts))
    while queues:
        for queue in list(queues):
            item = next(queue, None)
            if item is None:
                queues.remove(queue)
            else:
                yield item


def _day(offset: int) -> str:
    return (START + dt.timedelta(days=min(offset, SPAN_DAYS - 1))).isoformat()


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def near_duplicate(text: str, rng: random.Random) -> str:
    """The text shortened (paragraphs dropped from the end), reordered (two paragraphs after the first swapped) or
    re-headed (a new first line); a single-paragraph text loses its last sentences instead."""
    paragraphs = _paragraphs(text)
    if len(paragraphs) < 3:
        sentences = re.split(r"(?<=[.!?])\s+", text)
        return " ".join(sentences[: max(1, len(sentences) * 3 // 4)]) if len(sentences) > 1 else "UPDATE: " + text
    how = rng.choice(("shorten", "reorder", "rehead"))
    if how == "shorten":
        paragraphs = paragraphs[: max(2, len(paragraphs) - rng.randint(1, 3))]
    elif how == "reorder":
        i = rng.randrange(1, len(paragraphs) - 1)
        paragraphs[i], paragraphs[i + 1] = paragraphs[i + 1], paragraphs[i]
    else:
        paragraphs.insert(0, rng.choice(("UPDATED with more details.", "From our correspondents.",
                                         "This story has been updated.")))
    return "\n\n".join(paragraphs)


def _variants(originals: list[Article], count: int, copies: int, rng: random.Random) -> list[Article]:
    """``copies`` syndicated copies, then near-duplicates up to ``count``, of articles drawn from ``originals``."""
    made = []
    for n in range(count):
        base = rng.choice(originals)
        day = START.isoformat() if not base["published"] else base["published"]
        shift = rng.randint(0, 1)
        published = (dt.date.fromisoformat(day) + dt.timedelta(days=shift)).isoformat()
        kind = "copy" if n < copies else "near"
        text = base["text"] if kind == "copy" else near_duplicate(base["text"], rng)
        made.append({"id": f"{base['id']}.{kind}{n}", "text": text, "published": published,
                     "outlet": f"{kind}-outlet-{n % 7}", "scale_variant": kind, "scale_base": base["id"]})
    return made


def make_corpus(size: int) -> tuple[list[Article], list[Article]]:
    """``size`` articles (originals, copies, near-duplicates, shuffled) and HELD_OUT new articles outside them."""
    rng = random.Random(SEED + size)
    pool = pool_texts()
    held = [{"id": f"new-{i}", "text": t, "published": _day(SPAN_DAYS - 1), "outlet": src}
            for src, i, t in (next(pool) for _ in range(HELD_OUT))]
    copies = int(size * COPY_SHARE)
    wanted = size - copies - int(size * NEAR_SHARE)
    originals = [{"id": i, "text": t, "published": _day(rng.randrange(SPAN_DAYS)), "outlet": src}
                 for src, i, t in (item for _, item in zip(range(wanted), pool, strict=False))]
    articles = originals + _variants(originals, size - len(originals), copies, rng)
    rng.shuffle(articles)
    return articles, held


def _write_jsonl(path: Path, articles: list[Article]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for article in articles:
            fh.write(json.dumps(article, ensure_ascii=False) + "\n")
    return path


def build_corpus(size: int, out: Path = OUT) -> tuple[Path, list[Article]]:
    """The corpus file of ``size`` articles under ``out`` (built once) and the held-out new articles."""
    articles, held = make_corpus(size)
    path = out / f"scale-{size}.jsonl"
    if not path.is_file():
        _write_jsonl(path, articles)
        print(f"built {path} with {len(articles)} articles", flush=True)
    return path, held


class TreePeakMemory(throughput.PeakMemory):
    """bench/throughput.py's sampler, over this process and its children (the analysis workers): the largest sum
    of their proportional set sizes, so pages the forked workers share with the parent are counted once."""

    def __enter__(self) -> TreePeakMemory:
        super().__enter__()
        self.peak = self._now()
        return self

    def _now(self) -> int:
        return sum(proctree.pss_bytes(pid) for pid in proctree.tree(os.getpid()))

    def _sample(self) -> None:
        while not self._stop.wait(0.1):
            self.peak = max(self.peak, self._now())


class ChildTreePeakMemory(TreePeakMemory):
    """The same sampler over one child process and its own children only (``watch``): newsfold's run in a process
    of its own, without this benchmark's spaCy model and texts, which its workers would otherwise inherit."""

    pid: int | None = None

    def watch(self, pid: int) -> None:
        self.pid = pid

    def _now(self) -> int:
        return sum(proctree.pss_bytes(p) for p in proctree.tree(self.pid)) if self.pid is not None else 0


def run_newsfold(corpus: Path, db: Path, settings: Any) -> tuple[float, float, int, dict[str, int]]:
    """newsfold's ``run`` over ``corpus`` into ``db`` in a process of its own, as a user runs it: the seconds of
    ``run`` inside it (the figure set against bare spaCy's ``nlp.pipe``, which also starts with its model loaded),
    the process's start-up (Python, imports, settings) apart, the peak memory of its process tree (bytes), and
    the summary's counts."""
    job, out = db.parent / "settings.pickle", db.parent / "run.json"
    job.write_bytes(pickle.dumps(settings))
    with ChildTreePeakMemory() as mem:
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--child", str(corpus), str(db),
                                  str(job), str(out)], env=_env())
        mem.watch(child.pid)
        if child.wait() != 0:
            raise SystemExit(f"newsfold's run over {corpus} failed (exit {child.returncode})")
        wall = time.perf_counter() - start
    done = json.loads(out.read_text(encoding="utf-8"))
    return done["seconds"], wall - done["seconds"], mem.peak, done["counts"]


def _child(corpus: str, db: str, job: str, out: str) -> None:
    """The child process of ``run_newsfold``."""
    settings = pickle.loads(Path(job).read_bytes())
    from newsfold import run

    start = time.perf_counter()
    summary = run([corpus], db, settings, progress=False)
    seconds = time.perf_counter() - start
    counts = {k: getattr(summary, k) for k in ("duplicates", "stories", "events", "entities")}
    Path(out).write_text(json.dumps({"seconds": seconds, "counts": counts}), encoding="utf-8")


def _timed(fn: Callable[[], object]) -> tuple[float, int]:
    """Seconds and peak memory (bytes, process tree) of ``fn()``."""
    with TreePeakMemory() as mem:
        start = time.perf_counter()
        fn()
        seconds = time.perf_counter() - start
    return seconds, mem.peak


def _db_bytes(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*") if p.is_file())


def _env() -> dict[str, str]:
    return os.environ | {"PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}


def add_one_cli(db: Path, article: Article) -> float:
    """Whole-process seconds of ``python -m newsfold.cli run NEW.jsonl --db DB`` for one new article."""
    new = _write_jsonl(db.parent / f"{article['id']}.jsonl", [article])
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "newsfold.cli", "run", str(new), "--db", str(db), "--no-progress"],
                   env=_env(), check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


# Seconds one POST may take before the warm figure is given up (and recorded as missing, the rest of the run kept):
# an ingest still re-runs the corpus-level stages over the whole database.
WARM_TIMEOUT = 3600


def add_one_warm(db: Path, warm_up: Article, article: Article) -> tuple[float | None, float | None]:
    """Seconds of one POST /api/articles to `newsfold serve --allow-ingest` on the loopback: the first (which
    loads the language models) and the next (the models loaded: the warm figure). None for a POST that outlasts
    WARM_TIMEOUT (said on the terminal)."""
    import httpx

    token = secrets.token_hex(16)
    server, base = load.serve(db, token)
    seconds: list[float | None] = []
    try:
        with httpx.Client(base_url=base, timeout=WARM_TIMEOUT) as client:
            for item in (warm_up, article):
                start = time.perf_counter()
                try:
                    reply = client.post("/api/articles", json=item, headers={"Authorization": f"Bearer {token}"})
                except httpx.TimeoutException:
                    print(f"  add one, warm: no answer within {WARM_TIMEOUT} s; recorded as missing", flush=True)
                    seconds.append(None)
                    break
                seconds.append(time.perf_counter() - start)
                if reply.status_code != 201:
                    raise SystemExit(f"POST /api/articles answered {reply.status_code}: {reply.text[:200]}")
    finally:
        load.stop(server)
    seconds += [None] * (2 - len(seconds))
    return seconds[0], seconds[1]


def measure(size: int, settings: Any, nlp: Any, out: Path = OUT) -> dict[str, Any]:
    """One size: bare spaCy, then newsfold (``run_newsfold``) into a fresh database, then one new article added
    cold and warm."""
    from newsfold import Store

    corpus, held = build_corpus(size, out)
    texts = throughput._texts([str(corpus)], settings.ingest)
    words = sum(len(t.split()) for t in texts)
    print(f"{size}: {len(texts)} articles, {words:,} words", flush=True)
    spacy_s, spacy_peak = _timed(lambda: sum(1 for _ in nlp.pipe(texts, batch_size=settings.nlp.batch_size)))
    print(f"  bare spaCy: {spacy_s:.1f} s", flush=True)  # each phase as it ends: a long run that fails keeps them
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "scale.db"
        newsfold_s, start_s, peak, done = run_newsfold(corpus, db, settings)
        print(f"  newsfold: {newsfold_s:.1f} s (its process's start-up {start_s:.1f} s more), peak {peak / 2**20:.0f}"
              " MiB", flush=True)
        children_max = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        db_bytes = _db_bytes(db)
        store = Store(db, readonly=True)
        stored = store.counts()["articles"]
        store.close()
        cli_s = add_one_cli(db, held[0])
        cli_parts = last_run_seconds(db)
        print(f"  add one, cold CLI: {cli_s:.1f} s; {_parts(cli_s, cli_parts)}", flush=True)
        first_s, warm_s = add_one_warm(db, held[1], held[2])
        warm_parts = last_run_seconds(db) if warm_s is not None else {}
        print(f"  add one, warm: {warm_s if warm_s is None else round(warm_s, 1)} s"
              + (f"; {_parts(warm_s, warm_parts)}" if warm_s is not None else ""), flush=True)
    return {"articles": len(texts), "words": words, "stored_articles": stored, **done,
            "newsfold_start_s": start_s,
            "workers": settings.nlp.workers or os.cpu_count(), "newsfold_s": newsfold_s, "spacy_s": spacy_s,
            "ratio": newsfold_s / spacy_s, "articles_per_s": len(texts) / newsfold_s,
            "spacy_articles_per_s": len(texts) / spacy_s, "per_article_ms": 1000 * newsfold_s / len(texts),
            "peak_mib": peak / 2**20, "spacy_peak_mib": spacy_peak / 2**20,
            "children_maxrss_mib": children_max / 1024,  # the largest child so far in this process
            "db_mib": db_bytes / 2**20, "add_one_cli_s": cli_s, "add_one_warm_first_s": first_s,
            "add_one_warm_s": warm_s,
            # where each addition's time went: the run's parts (RunSummary.seconds); the rest is the process's start
            # (CLI: Python, imports, settings) or the request's way in and out (warm)
            "add_one_cli_run_s": sum(cli_parts.values()), "add_one_cli_parts": cli_parts,
            "add_one_warm_run_s": sum(warm_parts.values()) if warm_parts else None, "add_one_warm_parts": warm_parts}


def last_run_seconds(db: Path) -> dict[str, float]:
    """The seconds of the parts of the last finished run on ``db`` (ingest, basis, each stage), as it recorded them."""
    from newsfold import Store

    store = Store(db, readonly=True)
    try:
        return dict((store.last_summary() or {}).get("seconds", {}))
    finally:
        store.close()


def _parts(total: float, parts: dict[str, float]) -> str:
    """"run 12.3 s (stories 4.1, entities 2.0, ...), the rest 1.2 s": the largest parts first."""
    ran = sum(parts.values())
    largest = sorted(parts.items(), key=lambda item: -item[1])[:6]
    return (f"run {ran:.1f} s ({', '.join(f'{name} {seconds:.1f}' for name, seconds in largest)}), "
            f"the rest {total - ran:.1f} s")


COLUMNS = (("articles", "articles", "{:>8d}"), ("newsfold s", "newsfold_s", "{:>10.1f}"),
           ("spaCy s", "spacy_s", "{:>8.1f}"), ("ratio", "ratio", "{:>6.2f}"),
           ("art/s", "articles_per_s", "{:>6.2f}"), ("ms/art", "per_article_ms", "{:>7.0f}"),
           ("peak MiB", "peak_mib", "{:>8.0f}"), ("DB MiB", "db_mib", "{:>7.1f}"),
           ("add CLI s", "add_one_cli_s", "{:>9.1f}"), ("add warm s", "add_one_warm_s", "{:>10.1f}"))


def table(results: list[dict[str, Any]]) -> str:
    header = " ".join(f"{title:>{len(fmt.format(0)) if 'd' in fmt else len(fmt.format(0.0))}}"
                      for title, _, fmt in COLUMNS)
    rows = [" ".join(fmt.format(r[key]) if r[key] is not None else f"{'-':>{len(fmt.format(0.0))}}"
                     for _, key, fmt in COLUMNS) for r in results]
    return "\n".join([header, *rows])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes (default 1000,10000)")
    parser.add_argument("--workers", type=int, metavar="N", help="newsfold's [nlp] workers (default: the setting, "
                                                                 "0 = every core)")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)  # CORPUS DB SETTINGS OUT: run_newsfold's child
    args = parser.parse_args()
    if args.child:
        _child(*args.child)
        return
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if not BENCHMARKS.is_dir():
        raise SystemExit(f"no benchmark texts at {BENCHMARKS} (../shared/benchmarks beside the checkout)")
    from newsfold import load_settings
    from newsfold.nlp.parse import load_model

    settings = load_settings()
    # a corpus is one JSONL file: 10,000 articles are about 32 MB, over the packaged [ingest] max_bytes
    settings = replace(settings, ingest=replace(settings.ingest, max_bytes=max(settings.ingest.max_bytes, 1 << 30)))
    if args.workers is not None:
        settings = replace(settings, nlp=replace(settings.nlp, workers=args.workers))
    nlp = load_model(settings.nlp.model)  # loaded once, outside every timing
    results = []
    for size in sizes:
        results.append(measure(size, settings, nlp))
        print(table(results[-1:]), flush=True)
        OUT.mkdir(parents=True, exist_ok=True)
        (OUT / "scale.json").write_text(json.dumps(results, indent=2) + "\n")
    print(table(results))
    print(f"wrote {OUT / 'scale.json'}")


if __name__ == "__main__":
    main()
