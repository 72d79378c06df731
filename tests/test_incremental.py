"""Adding articles one at a time gives the record a full run over the same articles gives, in any order: what the
incremental corpus stages must keep true (issue: 100,000 articles)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfold import Store, run
from newsfold.export import build_record

DEMO = Path(__file__).resolve().parents[1] / "src" / "newsfold" / "demo"


def _record(db: str) -> dict:
    store = Store(db, readonly=True)
    try:
        return build_record(store)
    finally:
        store.close()


@pytest.fixture(scope="module")
def whole(tmp_path_factory, settings):
    db = str(tmp_path_factory.mktemp("whole") / "whole.db")
    run([str(DEMO)], db, settings, progress=False)
    return _record(db)


@pytest.mark.parametrize("order", ["forward", "backward"])
def test_one_article_at_a_time_gives_the_full_runs_record(whole, tmp_path, settings, order):
    files = sorted(DEMO.iterdir())
    if order == "backward":
        files.reverse()
    db = str(tmp_path / f"{order}.db")
    for path in files:
        run([str(path)], db, settings, progress=False)
    one_by_one = _record(db)
    assert one_by_one["events"] and one_by_one == whole
