"""bench/memory.py's sampler on a small process tree written for the test: a parent that starts a child holding
50 MiB, waits for it, then runs on alone (no newsfold run: it is a benchmark)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

from conftest import ROOT

TREE = ("import subprocess, sys, time\n"
        "child = subprocess.Popen([sys.executable, '-c', "
        "'import time; held = bytearray(b\"x\" * (50 << 20)); time.sleep(1.5)'])\n"
        "child.wait()\n"
        "time.sleep(0.8)\n")


def _memory():
    spec = importlib.util.spec_from_file_location("memory", ROOT / "bench" / "memory.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_tree_is_sampled_per_process_and_the_main_process_alone_after_its_workers():
    result, samples = _memory().sample(subprocess.Popen([sys.executable, "-c", TREE]))
    assert result["exit"] == 0
    [worker] = result["worker_max_mib"]
    assert worker >= 50 and result["peak_mib"] > worker  # the two together, at once
    assert 0 < result["main_after_workers_mib"] <= result["main_max_mib"] < 50
    assert round(max(mib for _, mib in samples)) == result["peak_mib"]


def test_each_part_of_the_run_gets_the_samples_taken_while_it_ran_and_its_own_resident_peak(tmp_path):
    log = tmp_path / "parts.jsonl"
    marks = [(10.0, "ingest", 90.0), (20.0, "clean", 120.0), (30.0, "nominals", 300.0), (31.0, "nominals", 150.0),
             (32.0, "end", 310.0)]
    log.write_text("".join(f'{{"at": {at}, "part": "{part}", "hwm_mib": {hwm}}}\n' for at, part, hwm in marks))
    samples = [(12.0, 200.0), (25.0, 400.0), (30.5, 700.0), (31.5, 650.0), (40.0, 999.0)]
    assert _memory().per_part(log, samples) == [
        {"part": "ingest", "tree_mib": 200, "main_rss_mib": 120},  # a part's peak is written as the next begins
        {"part": "clean", "tree_mib": 400, "main_rss_mib": 300},
        {"part": "nominals", "tree_mib": 700, "main_rss_mib": 310}]  # a per-story stage: its batches together
