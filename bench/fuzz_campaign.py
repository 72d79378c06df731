"""A longer fuzz campaign than the test suite's: the same generated inputs (tests/test_fuzz.py), counted, not asserted.

Prints, per target, the inputs tried and how many crashed (an exception escaped, a 500, or a rejection whose reason
is a caught crash), hung (one input over --slow seconds), were lost (neither stored nor rejected, or a good file
beside them missing) or doubled (stored twice). Usage: python bench/fuzz_campaign.py [--examples N] [--slow S]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfold.ingest import read_file
from newsfold.models import Rejected
from newsfold.nlp.dates import normalise
from newsfold.pipeline import STAGES, Corpus, Pipeline, RunSummary, ingest_paths
from newsfold.settings import default_settings
from newsfold.store import Store
from newsfold.web.app import create_app

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import test_fuzz as fz  # noqa: E402  (the strategies live with the tests)


def campaign(name: str, strategy: st.SearchStrategy, examples: int, slow: float,
             check: Callable[[object], Counter[str]]) -> Counter[str]:
    """Run ``check`` on ``examples`` generated inputs; it returns the counts for one input."""
    counts: Counter[str] = Counter()

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def one(value: object) -> None:
        counts["inputs"] += 1
        started = time.monotonic()
        try:
            counts.update(check(value))
        except Exception as exc:  # noqa: BLE001  (counted, and the first few shown)
            counts["crashes"] += 1
            if counts["crashes"] <= 3:
                print(f"  {name} crash: {type(exc).__name__}: {str(exc)[:200]} on {value!r:.300}")
        if time.monotonic() - started > slow:
            counts["hangs"] += 1

    one()
    print(f"{name}: " + ", ".join(f"{k} {counts[k]}" for k in ("inputs", "crashes", "hangs", "lost", "doubled"))
          + "".join(f", {k} {v}" for k, v in sorted(counts.items())
                    if k not in ("inputs", "crashes", "hangs", "lost", "doubled")))
    return counts


def read_one(file: object) -> Counter[str]:
    suffix, data = file  # type: ignore[misc]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input.{suffix}"
        path.write_bytes(data)
        results = read_file(str(path), default_settings().ingest)
    fz._check(results)
    return Counter("rejected" if isinstance(r, Rejected) else "read" for r in results)


def batch_one(files: object) -> Counter[str]:
    config = default_settings()
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "batch"
        batch.mkdir()
        (batch / "0-good.txt").write_text(f"date: 2025-03-03\n{fz.GOOD}\n")
        (batch / "0-good.jsonl").write_text(json.dumps({"id": "good~", "text": fz.GOOD + " Again."}) + "\n")
        for n, (suffix, data) in enumerate(files):  # type: ignore[arg-type]
            (batch / f"{n}-fuzz.{suffix}").write_bytes(data)
        store, summary = Store(Path(tmp) / "n.db"), RunSummary()
        try:
            ingest_paths(store, [str(batch)], config, summary)
            stored = store.raw_docs()
            names = [Path(raw.path).name for _, raw in stored]
            corpus = Corpus(store, config, summary, progress=False)
            Pipeline(STAGES[:4]).run(corpus)
        finally:
            store.close()
    lost = summary.inputs - summary.new - summary.repeated - len(summary.rejected)
    lost += sum(1 for good in ("0-good.txt", "0-good.jsonl:1") if good not in names)
    lost += len(stored) - len(corpus.articles)
    crashed = sum(1 for r in summary.rejected if fz.CRASH in r.reason)
    return Counter({"lost": lost, "doubled": max(0, len(stored) - summary.new), "crashes": crashed,
                    "stored": summary.new, "rejected": len(summary.rejected), "repeated": summary.repeated})


def endpoint(examples: int, slow: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        client = TestClient(create_app(str(Path(tmp) / "n.db"), allow_ingest=True, token="t"),
                            raise_server_exceptions=False)
        auth = {"Authorization": "Bearer t"}
        held = {"articles": 0}

        def post(body: object) -> Counter[str]:
            response = client.post("/api/articles", content=body, headers=auth)  # type: ignore[arg-type]
            answer = response.json()
            if response.status_code not in (201, 400) or fz.CRASH in response.text:
                return Counter({"crashes": 1})
            if response.status_code == 400:
                return Counter({"rejected": 1})
            grew = answer["articles"] - held["articles"]
            held["articles"] = answer["articles"]
            if grew != answer["new"]:  # a changed article (same id, or same text without one) replaces its source
                print(f"  ingest endpoint: {answer['new']} new but {grew} more articles, on {body!r:.300}")
            return Counter({"stored": answer["new"], "changed": answer["changed"], "lost": int(grew < answer["new"]),
                            "doubled": int(grew > answer["new"])})

        campaign("ingest endpoint", fz.POSTED, examples, slow, post)
        good = client.post("/api/articles", json={"id": "after", "text": fz.GOOD}, headers=auth)
        print(f"  a good article after the campaign: {good.status_code}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=1000, help="inputs per target (the endpoint gets a tenth)")
    parser.add_argument("--slow", type=float, default=10.0, help="seconds over which one input counts as a hang")
    args = parser.parse_args()
    n, slow = args.examples, args.slow
    campaign("readers", fz.FILES, n, slow, read_one)
    campaign("header parser", st.tuples(st.lists(fz.HEADER_LINE, max_size=4), fz.BODY, st.booleans()), n, slow,
             lambda v: (fz.check_header(*v), Counter())[1])
    campaign("dates", st.tuples(st.one_of(fz.DATE_PHRASE, fz.ANY_TEXT), fz.ARTICLE_DATE, fz.ARTICLE_DATE,
                                st.booleans()), n, slow, lambda v: (normalise(*v), Counter())[1])
    campaign("batches", st.lists(fz.FILES, min_size=1, max_size=4), max(1, n // 4), slow, batch_one)
    endpoint(max(1, n // 10), slow * 6)


if __name__ == "__main__":
    main()
