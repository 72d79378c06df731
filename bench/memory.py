"""Where the memory of a run goes: `newsfold run` in a child process, its proportional set size (PSS) and that of
each analysis worker sampled while it runs, the peak split between the analysis (workers alive) and the rest.

    python bench/memory.py bench/out/scale-1000.jsonl            # a fresh database in a temporary folder
    python bench/memory.py NEW.jsonl --db COPY.db                # one more article into a copy of a store

Prints the peak of the sum over the process tree (what bench/scale.py reports as peak MiB, without its bare-spaCy
pass in the same process), the largest PSS of the main process and of each worker, and the main process's peak
after the last worker ended (the corpus stages). A benchmark, not a test; sampling every 0.2 s may miss a peak
shorter than that.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
import proctree  # noqa: E402  (bench/proctree.py, beside this script)

INTERVAL = 0.2  # seconds between samples


def _pss_mib(pid: int) -> float:
    """Proportional set size in MiB, 0 once gone."""
    return proctree.pss_bytes(pid) / 2**20


def sample(child: subprocess.Popen[bytes]) -> dict[str, object]:
    """Sample the child's process tree until it exits: the peaks, in MiB, and the seconds they came at."""
    began, peak, peak_at, main_after, workers_seen = time.perf_counter(), 0.0, 0.0, 0.0, False
    largest: dict[int, float] = {}
    while child.poll() is None:
        now = {pid: _pss_mib(pid) for pid in proctree.tree(child.pid)}
        for pid, mib in now.items():
            largest[pid] = max(largest.get(pid, 0.0), mib)
        total = sum(now.values())
        if total > peak:
            peak, peak_at = total, time.perf_counter() - began
        workers_seen = workers_seen or len(now) > 1
        if workers_seen and len(now) == 1:  # the analysis is over: the corpus stages run in the main process
            main_after = max(main_after, now.get(child.pid, 0.0))
        time.sleep(INTERVAL)
    workers = sorted((mib for pid, mib in largest.items() if pid != child.pid), reverse=True)
    return {"peak_mib": round(peak), "peak_at_s": round(peak_at, 1), "main_max_mib": round(largest.get(child.pid, 0)),
            "worker_max_mib": [round(w) for w in workers], "main_after_workers_mib": round(main_after),
            "seconds": round(time.perf_counter() - began, 1), "exit": child.returncode}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", help="what `newsfold run` reads")
    parser.add_argument("--db", help="the database (default: a fresh one in a temporary folder)")
    parser.add_argument("--workers", type=int, metavar="N", help="`newsfold run --workers N`")
    args = parser.parse_args()
    env = os.environ | {"PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    with tempfile.TemporaryDirectory() as tmp:
        command = [sys.executable, "-m", "newsfold.cli", "run", *args.inputs, "--db", args.db or f"{tmp}/memory.db",
                   "--no-progress"] + (["--workers", str(args.workers)] if args.workers is not None else [])
        child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
        result = sample(child)
    print(json.dumps(result))
    if result["exit"]:
        raise SystemExit(f"newsfold run failed (exit {result['exit']})")


if __name__ == "__main__":
    main()
