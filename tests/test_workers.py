"""Parallel analysis: the same analyses, in the same order, in worker processes as in one."""

from __future__ import annotations

import gc
import multiprocessing
import os
from dataclasses import replace
from functools import lru_cache

import pytest

import newsfold.nlp as nlp_stage
import newsfold.nlp.workers as workers
from newsfold.models import Article
from newsfold.nlp import analyse_articles, analyse_texts
from newsfold.nlp.workers import MIN_PER_WORKER, in_workers, worker_count

TEXTS = [f"Dockers in Port Seren{n} walked off the job on Monday, and about {100 + n} marched to the port." for n
         in range(2 * MIN_PER_WORKER)]


def _square(n: int) -> int:
    return n * n


def test_work_comes_back_in_order_from_workers():
    assert list(in_workers(_square, list(range(20)), 2)) == [n * n for n in range(20)]
    assert list(in_workers(_square, [3], 2)) == [9]  # too few to start workers
    assert worker_count(0) >= 1 and worker_count(3) == 3


def _frozen_here(_: int) -> int:
    return gc.get_freeze_count()


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="workers are forked only here")
def test_forked_workers_find_what_they_share_frozen_out_of_the_collector_and_this_process_gets_it_back():
    held = [[n] for n in range(1000)]  # objects of this process, there when the workers fork
    frozen = list(in_workers(_frozen_here, list(range(2 * MIN_PER_WORKER)), 2))
    # a worker's collections never write to (and so copy) the pages it shares with this process
    assert min(frozen) >= len(held)
    assert gc.get_freeze_count() == 0  # after the workers, this process collects its objects again
    assert list(in_workers(_frozen_here, [1], 2)) == [0]  # too few to fork: nothing frozen


def _pid_and_square(n: int) -> tuple[int, int]:
    return os.getpid(), n * n


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="workers are forked only here")
def test_forked_workers_are_replaced_every_so_many_items_so_what_they_gather_does_not_grow_with_the_run(
        monkeypatch):
    monkeypatch.setattr(workers, "PER_POOL", 10)
    done = list(in_workers(_pid_and_square, list(range(25)), 2))
    assert [square for _, square in done] == [n * n for n in range(25)]
    pools = [{pid for pid, _ in done[start: start + 10]} for start in (0, 10, 20)]
    assert all(pools) and not pools[0] & pools[1] and not pools[1] & pools[2] and os.getpid() not in set.union(*pools)


def test_two_workers_give_the_analyses_one_gives(settings):
    docs = [(f"a{n}", text, "2025-03-04") for n, text in enumerate(TEXTS)]
    one = list(analyse_texts(docs, replace(settings.nlp, workers=1)))
    two = list(analyse_texts(docs, replace(settings.nlp, workers=2)))
    assert [a.id for a, _ in two] == [f"a{n}" for n in range(len(TEXTS))]
    assert [an for _, an in two] == [an for _, an in one]
    assert all(an.events for _, an in one)


def _article_id(article: Article, *_: object, **__: object) -> str:
    return article.id


def test_the_model_loaded_for_the_workers_to_share_is_let_go_after_them_and_kept_for_one_process(settings,
                                                                                                monkeypatch):
    @lru_cache(maxsize=2)
    def model(name: str) -> object:
        return object()

    monkeypatch.setattr(nlp_stage, "load_model", model)
    monkeypatch.setattr(nlp_stage, "_analyse_one", _article_id)
    articles = [Article(id=f"a{n}", path=f"a{n}.txt", text=text, language="en") for n, text in enumerate(TEXTS)]
    assert list(analyse_articles(articles, replace(settings.nlp, workers=2))) == [a.id for a in articles]
    assert model.cache_info().currsize == 0  # the corpus stages run without it
    assert list(analyse_articles(articles[:1], replace(settings.nlp, workers=2))) == ["a0"]
    assert model.cache_info().currsize == 1  # one article analysed here: kept for the next (a server's warm path)
