"""Load benchmark: requests/s and p50/p99 latency of the workbench's pages and their /api twins, once reading only
and once while articles are posted to it (`POST /api/articles`), against `newsfold serve` on the loopback.

    python bench/load.py                        # a database built (once) from ../shared/seeds
    python bench/load.py --db mystory.db        # an existing database (served from a copy: it is not changed)
    python bench/load.py --articles 300         # a database built (once) from 300 articles of the public
                                                # benchmarks in ../shared/benchmarks (see bench/throughput.py)

Each route is requested by --concurrency client threads for --seconds, so a run takes about
2 x 12 routes x --seconds + --settle, plus the build. Prints a table and writes bench/out/load.json.
A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
OUT = ROOT / "bench" / "out"
HOST = "127.0.0.1"  # loopback only: this script never serves or requests anything else
ROUTES = ("/", "/stories/{story}", "/events/{event}", "/entities/{entity}", "/articles/{article}", "/search?q={q}")
IDS_PER_ROUTE = 20  # the requests of one route cycle through this many different ids
TIMEOUT = 600  # seconds for one request: an ingest re-runs the corpus-level stages over the whole database
ClientFactory = Callable[[], httpx.Client]


def _throughput() -> ModuleType:
    """bench/throughput.py, whose corpus builder makes the --articles corpus."""
    spec = importlib.util.spec_from_file_location("throughput", Path(__file__).with_name("throughput.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_db(articles: int | None) -> Path:
    """The seeds database, or one of ``articles`` benchmark articles; built once under bench/out/."""
    from newsfold import load_settings, run

    db = OUT / (f"load-{articles}.db" if articles else "load-seeds.db")
    if not db.is_file():
        if not articles and not SEEDS.is_dir():
            raise SystemExit(f"no seeds at {SEEDS}: give --db FILE or --articles N")
        source = _throughput().build_corpus(articles) if articles else SEEDS
        print(f"building {db.name} from {source} (once) ...", flush=True)
        run([str(source)], str(db), load_settings(), progress=True)
    return db


def ingest_texts(skip: int) -> Iterator[dict[str, Any]]:
    """Articles to post: benchmark texts not in an --articles database, then numbered made-up ones."""
    try:
        texts = _throughput()._raw_texts()
        for n, (doc_id, text) in enumerate(texts):
            if n >= skip and len(text.split()) >= 30:
                yield {"id": f"load-{doc_id}", "text": text}
    except OSError:
        pass
    n = 0
    while True:
        n += 1
        yield {"id": f"load-made-up-{n}", "published": "2024-03-01",
               "text": f"Workers at plant number {n} in Ostrava walked out on Monday to demand higher pay, their "
                       f"union said. Police said about {n * 10} people marched to the town hall."}


def discover(client: httpx.Client, query: str) -> dict[str, list[str]]:
    """For each route, the paths to request: up to IDS_PER_ROUTE ids of each kind found through the API."""
    stories = [s["id"] for s in client.get("/api/stories").json()["stories"]]
    events, articles, entities = [], [], []
    for sid in stories:
        story = client.get(f"/api/stories/{sid}").json()
        events += [e["id"] for e in story["events"]]
        articles += [a["id"] for a in story["articles"]]
        entities += [x["id"] for e in story["events"] for x in e["actors"] + e["places"]]
    ids = {"story": stories, "event": events, "article": articles, "entity": list(dict.fromkeys(entities)),
           "q": [query]}
    paths = {}
    for route in ROUTES:
        kind = route.split("{")[1].rstrip("}") if "{" in route else None
        values = ids[kind][:IDS_PER_ROUTE] if kind else [""]
        if values:
            paths[route] = [route.replace("{" + kind + "}", v) if kind else route for v in values]
            api = "/api/stories" if route == "/" else "/api" + route
            paths[api] = [api.replace("{" + kind + "}", v) if kind else api for v in values]
    return paths


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def measure(make_client: ClientFactory, paths: list[str], seconds: float, concurrency: int) -> dict[str, Any]:
    """``concurrency`` threads request ``paths`` in turn for ``seconds`` (each at least once, even when opening its
    client took longer than that): requests/s, p50 and p99 in ms, errors."""
    latencies: list[float] = []
    errors: list[int] = []
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def worker(offset: int) -> None:
        mine, bad, n = [], 0, offset
        with make_client() as client:
            while not mine or time.perf_counter() < deadline:  # at least one request, however slow the start
                start = time.perf_counter()
                try:
                    bad += client.get(paths[n % len(paths)]).status_code != 200
                except httpx.HTTPError:  # a timeout counts as an error, with its wait as latency
                    bad += 1
                mine.append(time.perf_counter() - start)
                n += 1
        with lock:
            latencies.extend(mine)
            errors.append(bad)

    started = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    return {"requests": len(latencies), "rps": len(latencies) / elapsed, "p50_ms": 1000 * _percentile(latencies, 0.5),
            "p99_ms": 1000 * _percentile(latencies, 0.99), "errors": sum(errors)}


class Ingester:
    """A thread that posts articles one after another while a phase runs; counts and times those that finish.

    On a large database one post (which re-runs the corpus-level stages) can outlast the phase: it is then reported
    as in flight, and the phase does not wait for it."""

    def __init__(self, make_client: ClientFactory, token: str, texts: Iterator[dict[str, Any]]):
        self.make_client, self.token, self.texts = make_client, token, texts
        self.seconds: list[float] = []
        self.failed = 0
        self.in_flight = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._post, daemon=True)

    def _post(self) -> None:
        with self.make_client() as client:
            while not self._stop.is_set():
                self.in_flight, start = True, time.perf_counter()
                try:
                    ok = client.post("/api/articles", json=next(self.texts),
                                     headers={"Authorization": f"Bearer {self.token}"}).status_code == 201
                except httpx.HTTPError:
                    ok = False
                self.seconds.append(time.perf_counter() - start)
                self.failed += not ok
                self.in_flight = False

    def __enter__(self) -> Ingester:
        self._thread.start()
        while not self.in_flight and self._thread.is_alive():  # the phase starts once a post is under way
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=0.5)  # a post that outlasts the phase is left to the server's shutdown

    def summary(self) -> dict[str, Any]:
        return {"posted": len(self.seconds), "failed": self.failed, "in_flight_at_end": self.in_flight,
                "mean_s": statistics.fmean(self.seconds) if self.seconds else None}


def run_phases(make_client: ClientFactory, token: str, texts: Iterator[dict[str, Any]], seconds: float,
               concurrency: int, query: str, settle: float = 0.0) -> dict[str, Any]:
    """Every route read alone, then every route read while the ingester posts articles (after ``settle`` seconds
    of unrecorded reading, while the server loads its language models for the first post)."""
    with make_client() as client:
        paths = discover(client, query)
    reads = {route: measure(make_client, p, seconds, concurrency) for route, p in paths.items()}
    with Ingester(make_client, token, texts) as ingester:
        measure(make_client, paths["/"], settle, concurrency)
        busy = {route: measure(make_client, p, seconds, concurrency) for route, p in paths.items()}
    return {"read": reads, "read_with_ingest": busy, "ingest": ingester.summary()}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def serve(db: Path, token: str) -> tuple[subprocess.Popen[bytes], str]:
    """`newsfold serve --allow-ingest` on the loopback, in its own process; waits until it answers."""
    port = _free_port()
    env = os.environ | {"NEWSFOLD_TOKEN": token,
                        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    server = subprocess.Popen([sys.executable, "-c", "import sys; from newsfold.cli import main; sys.exit(main())",
                               "serve", "--db", str(db), "--host", HOST, "--port", str(port), "--allow-ingest"],
                              env=env, stdout=subprocess.DEVNULL)
    base = f"http://{HOST}:{port}"
    for _ in range(300):
        try:
            if httpx.get(base + "/api/stories", timeout=1).status_code == 200:
                return server, base
        except httpx.TransportError:
            time.sleep(0.1)
    stop(server)
    raise SystemExit(f"the server on {base} did not answer within 30 s")


def stop(server: subprocess.Popen[bytes]) -> None:
    """Ends the server; one still running an ingest after 10 s is killed (it serves a throwaway copy)."""
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def _table(result: dict[str, Any]) -> str:
    lines = [f"{'route':24s} {'req/s':>8s} {'p50 ms':>8s} {'p99 ms':>8s} | {'req/s':>8s} {'p50 ms':>8s} "
             f"{'p99 ms':>8s}  (reading | reading while ingesting)"]
    for route, alone in result["read"].items():
        busy = result["read_with_ingest"][route]
        lines.append(f"{route:24s} {alone['rps']:8.1f} {alone['p50_ms']:8.1f} {alone['p99_ms']:8.1f} | "
                     f"{busy['rps']:8.1f} {busy['p50_ms']:8.1f} {busy['p99_ms']:8.1f}")
    ingest = result["ingest"]
    mean = f"{ingest['mean_s']:.1f} s each" if ingest["mean_s"] is not None else "none finished"
    lines.append(f"ingest: {ingest['posted']} articles posted meanwhile ({mean}, {ingest['failed']} failed"
                 f"{', one more in flight at the end' if ingest['in_flight_at_end'] else ''})")
    return "\n".join(lines)


def _save(label: str, result: dict[str, Any]) -> Path:
    path = OUT / "load.json"
    saved = json.loads(path.read_text()) if path.is_file() else {}
    saved[label] = result
    path.write_text(json.dumps(saved, indent=2) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--db", type=Path, help="an existing database (default: one built from the seeds)")
    source.add_argument("--articles", type=int, metavar="N", help="build a database of N benchmark articles")
    parser.add_argument("--seconds", type=float, default=3.0, help="how long each route is requested (default 3)")
    parser.add_argument("--concurrency", type=int, default=4, help="client threads (default 4)")
    parser.add_argument("--query", default="police", help="the search query (default: police)")
    parser.add_argument("--settle", type=float, default=10.0,
                        help="seconds of unrecorded reading once ingest starts, while the server loads its models "
                             "(default 10)")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    original = args.db or build_db(args.articles)
    token = secrets.token_hex(16)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "load.db"
        shutil.copy(original, db)  # ingest writes to the copy; the database given stays as it was
        from newsfold import Store

        store = Store(db)  # brings an older database's schema up to date
        articles = store.counts()["articles"]
        store.close()
        server, base = serve(db, token)
        try:
            result = run_phases(lambda: httpx.Client(base_url=base, timeout=TIMEOUT), token,
                                ingest_texts(args.articles or 0), args.seconds, args.concurrency, args.query,
                                args.settle)
        finally:
            stop(server)
    result |= {"database": original.name, "articles": articles, "seconds": args.seconds,
               "concurrency": args.concurrency, "settle": args.settle}
    print(f"{original.name}: {articles} articles, {args.concurrency} client threads, {args.seconds:g} s per route")
    print(_table(result))
    print(f"wrote {_save(original.name, result)}")


if __name__ == "__main__":
    main()
