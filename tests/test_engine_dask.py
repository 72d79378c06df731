"""The dask engine (nlp/cluster.py): a local cluster gives the record the local engine gives; a scheduler that
cannot be reached, or Dask not installed, is one clear error."""

from __future__ import annotations

import sys
from dataclasses import replace

import pytest

from conftest import ROOT
from newsfold import Store, run
from newsfold.cli import main
from newsfold.errors import ConfigError, MissingDependencyError
from newsfold.export import build_record
from newsfold.nlp import cluster

DEMO = ROOT / "src" / "newsfold" / "demo"
ARTICLE = " date 2024-05-06 Nurses in Arden walked off the job on Monday; about 300 marched to the town hall.\n"


def _dask(settings, scheduler=""):
    return replace(settings, nlp=replace(settings.nlp, engine="dask", scheduler=scheduler, workers=2, dask_batch=2))


def _record(db):
    store = Store(db, readonly=True)
    try:
        return build_record(store)
    finally:
        store.close()


def _square(n: int) -> int:
    return n * n


def test_a_local_cluster_gives_the_record_of_the_local_engine(tmp_path, settings, demo_db):
    pytest.importorskip("distributed")
    db = tmp_path / "dask.db"
    summary = run([str(DEMO)], str(db), _dask(settings), progress=False)
    assert summary.analysed == summary.articles == 11
    local, on_cluster = _record(demo_db), _record(db)
    assert on_cluster["events"] and on_cluster == local


def test_results_come_back_in_order_in_batches():
    pytest.importorskip("distributed")
    assert list(cluster.on_cluster(_square, list(range(11)), "", 2, 3)) == [n * n for n in range(11)]
    assert list(cluster.on_cluster(_square, [], "tcp://127.0.0.1:1", 2, 3)) == []  # nothing to do: no connection


def _needs_a_model(n: int) -> int:
    raise ConfigError("spaCy model 'xx_missing' is not installed")


def test_an_error_on_a_worker_says_where_it_happened():
    pytest.importorskip("distributed")
    with pytest.raises(ConfigError, match=r"^on a Dask worker of tcp://127.0.0.1:\d+: spaCy model 'xx_missing'"):
        list(cluster.on_cluster(_needs_a_model, [1, 2], "", 1, 1))


def test_an_unreachable_scheduler_says_where_and_what_to_do(tmp_path, settings, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 1.0)
    (tmp_path / "a.txt").write_text(ARTICLE)
    with pytest.raises(ConfigError, match=r"cannot reach the Dask scheduler at 'tcp://127.0.0.1:1'.*dask scheduler"):
        run([str(tmp_path / "a.txt")], str(tmp_path / "x.db"), _dask(settings, "tcp://127.0.0.1:1"), progress=False)


def test_the_command_line_refuses_an_unreachable_scheduler_before_ingesting(tmp_path, capsys, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 1.0)
    (tmp_path / "a.txt").write_text(ARTICLE)
    db = tmp_path / "x.db"
    assert main(["run", str(tmp_path / "a.txt"), "--db", str(db), "--engine", "dask", "--scheduler",
                 "tcp://127.0.0.1:1"]) == 1
    assert "newsfold: error: cannot reach the Dask scheduler at 'tcp://127.0.0.1:1'" in capsys.readouterr().err
    assert not db.exists()


def test_without_dask_the_error_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # what an environment without Dask sees
    with pytest.raises(MissingDependencyError, match=r"newsfold\[cluster\]"):
        list(cluster.on_cluster(_square, [1, 2], "", 2, 1))


def test_the_command_line_takes_engine_and_scheduler(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE)
    assert main(["run", str(tmp_path / "a.txt"), "--db", str(tmp_path / "x.db"), "--scheduler", "tcp://h:8786"]) == 1
    assert "add --engine dask" in capsys.readouterr().err
    assert main(["run", str(tmp_path / "a.txt"), "--db", str(tmp_path / "x.db"), "--set", "nlp.engine=spark"]) == 1
    assert "nlp.engine is 'spark'; use one of local, dask" in capsys.readouterr().err
