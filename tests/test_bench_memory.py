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
    result = _memory().sample(subprocess.Popen([sys.executable, "-c", TREE]))
    assert result["exit"] == 0
    [worker] = result["worker_max_mib"]
    assert worker >= 50 and result["peak_mib"] > worker  # the two together, at once
    assert 0 < result["main_after_workers_mib"] <= result["main_max_mib"] < 50
