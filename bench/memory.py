"""Where the memory of a run goes: `newsfold run` in a child process, its proportional set size (PSS) and that of
each analysis worker sampled while it runs, the peak split between the analysis (workers alive) and the rest.

    python bench/memory.py bench/out/scale-1000.jsonl            # a fresh database in a temporary folder
    python bench/memory.py NEW.jsonl --db COPY.db                # one more article into a copy of a store
    python bench/memory.py BIG.jsonl --set ingest.max_bytes=100000000

Prints the peak of the sum over the process tree (what bench/scale.py reports as peak MiB, without its bare-spaCy
pass in the same process), the largest PSS of the main process and of each worker, the main process's peak after
the last worker ended (the corpus stages), and per part of the run (ingest, then each stage) the largest sum over
the tree while it ran and the main process's own peak resident size in it (its high-water mark, reset as the part
starts). The child is `newsfold run` (newsfold.cli.main) with each stage's start written to a file: the same code
path. A benchmark, not a test; sampling every 0.2 s may miss a peak shorter than that (the per-part resident
peaks miss nothing).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
import proctree  # noqa: E402  (bench/proctree.py, beside this script)

INTERVAL = 0.2  # seconds between samples


def _pss_mib(pid: int) -> float:
    """Proportional set size in MiB, 0 once gone."""
    return proctree.pss_bytes(pid) / 2**20


def sample(child: subprocess.Popen[bytes]) -> tuple[dict[str, object], list[tuple[float, float]]]:
    """Sample the child's process tree until it exits: the peaks, in MiB, and the seconds they came at; and every
    sample as (wall-clock time, MiB of the tree)."""
    began, peak, peak_at, main_after, workers_seen = time.perf_counter(), 0.0, 0.0, 0.0, False
    largest: dict[int, float] = {}
    samples: list[tuple[float, float]] = []
    while child.poll() is None:
        now = {pid: _pss_mib(pid) for pid in proctree.tree(child.pid)}
        for pid, mib in now.items():
            largest[pid] = max(largest.get(pid, 0.0), mib)
        total = sum(now.values())
        samples.append((time.time(), total))
        if total > peak:
            peak, peak_at = total, time.perf_counter() - began
        workers_seen = workers_seen or len(now) > 1
        if workers_seen and len(now) == 1:  # the analysis is over: the corpus stages run in the main process
            main_after = max(main_after, now.get(child.pid, 0.0))
        time.sleep(INTERVAL)
    workers = sorted((mib for pid, mib in largest.items() if pid != child.pid), reverse=True)
    return {"peak_mib": round(peak), "peak_at_s": round(peak_at, 1), "main_max_mib": round(largest.get(child.pid, 0)),
            "worker_max_mib": [round(w) for w in workers], "main_after_workers_mib": round(main_after),
            "seconds": round(time.perf_counter() - began, 1), "exit": child.returncode}, samples


def _high_water_mib() -> float:
    """This process's peak resident size since the last reset (VmHWM), in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _reset_high_water() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")  # Linux: VmHWM starts again from the current size
    except OSError:
        pass


def child(log: str, argv: list[str]) -> int:
    """`newsfold run ARGV` here, each stage's start and end (with the peak resident size since the part before it
    ended) written to ``log`` as JSON lines."""
    from newsfold import cli, pipeline

    out = open(log, "a", buffering=1)  # noqa: SIM115  (open for the whole run)

    def mark(part: str) -> None:
        out.write(json.dumps({"at": time.time(), "part": part, "hwm_mib": _high_water_mib()}) + "\n")
        _reset_high_water()

    def traced(s: pipeline.Stage) -> pipeline.Stage:
        def run(corpus: Any) -> None:
            mark(s.name)
            s.run(corpus)
        return replace(s, run=run)

    pipeline.STAGES = tuple(traced(s) for s in pipeline.STAGES)
    mark("ingest")
    try:
        return cli.main(["run", *argv])
    finally:
        mark("end")


def per_part(log: Path, samples: list[tuple[float, float]]) -> list[dict[str, object]]:
    """Per part of the run (ingest, each stage; a per-story stage's batches together): the largest tree PSS sampled
    while it ran and the main process's peak resident size in it."""
    marks = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
    parts: dict[str, dict[str, float]] = {}
    for mark, following in zip(marks, marks[1:], strict=False):
        part = parts.setdefault(mark["part"], {"tree_mib": 0.0, "main_rss_mib": 0.0})
        part["main_rss_mib"] = max(part["main_rss_mib"], following["hwm_mib"])  # the HWM reset as this part began
        inside = [mib for at, mib in samples if mark["at"] <= at < following["at"]]
        part["tree_mib"] = max([part["tree_mib"], *inside])
    return [{"part": name, "tree_mib": round(v["tree_mib"]), "main_rss_mib": round(v["main_rss_mib"])}
            for name, v in parts.items()]


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        raise SystemExit(child(sys.argv[2], sys.argv[3:]))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", help="what `newsfold run` reads")
    parser.add_argument("--db", help="the database (default: a fresh one in a temporary folder)")
    parser.add_argument("--workers", type=int, metavar="N", help="`newsfold run --workers N`")
    parser.add_argument("--set", action="append", default=[], metavar="SECTION.KEY=VALUE",
                        help="`newsfold run --set ...` (e.g. ingest.max_bytes=100000000 for one large file)")
    args = parser.parse_args()
    env = os.environ | {"PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "parts.jsonl"
        run_args = [*args.inputs, "--db", args.db or f"{tmp}/memory.db", "--no-progress",
                    *(["--workers", str(args.workers)] if args.workers is not None else []),
                    *(f"--set={item}" for item in args.set)]
        process = subprocess.Popen([sys.executable, __file__, "--child", str(log), *run_args], env=env,
                                   stdout=subprocess.DEVNULL)
        result, samples = sample(process)
        result["parts"] = per_part(log, samples)
    print(json.dumps(result))
    if result["exit"]:
        raise SystemExit(f"newsfold run failed (exit {result['exit']})")


if __name__ == "__main__":
    main()
