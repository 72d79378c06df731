"""Adding articles one at a time gives the record a full run over the same articles gives, in any order: what the
incremental corpus stages must keep true (issue: 100,000 articles)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import record_of
from newsfold import run

DEMO = Path(__file__).resolve().parents[1] / "src" / "newsfold" / "demo"


@pytest.fixture(scope="module")
def whole(tmp_path_factory, settings):
    db = str(tmp_path_factory.mktemp("whole") / "whole.db")
    run([str(DEMO)], db, settings, progress=False)
    return record_of(db)


@pytest.mark.parametrize("order", ["forward", "backward"])
def test_one_article_at_a_time_gives_the_full_runsrecord_of(whole, tmp_path, settings, order):
    files = sorted(DEMO.iterdir())
    if order == "backward":
        files.reverse()
    db = str(tmp_path / f"{order}.db")
    for path in files:
        run([str(path)], db, settings, progress=False)
    one_by_one = record_of(db)
    assert one_by_one["events"] and one_by_one == whole
