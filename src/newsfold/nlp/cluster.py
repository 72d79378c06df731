"""The dask engine: articles analysed on the workers of a Dask cluster (``[nlp] engine = "dask"``), in batches,
results back in the order the articles were given, so the pipeline still commits them one by one.

Each worker loads the spaCy pipeline the first time it analyses an article and keeps it for as long as it runs
(``load_model`` is cached per process). With no scheduler address a local cluster is started for the run.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

from ..errors import ConfigError, MissingDependencyError, NewsfoldError

__all__ = ["on_cluster", "open_client", "check_engine", "CONNECT_TIMEOUT"]

log = logging.getLogger(__name__)

# Seconds to reach the scheduler, and then to see at least one worker, before saying what to do instead.
CONNECT_TIMEOUT = 10.0
# Batches kept in flight per worker thread: enough that no worker waits for the next, few enough that a run of
# 100,000 articles never holds them all in the scheduler's memory.
IN_FLIGHT_PER_THREAD = 2


def _distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise MissingDependencyError("the dask engine needs Dask distributed: pip install 'newsfold[cluster]' (or "
                                     "pip install 'dask[distributed]'), or run with --engine local") from exc
    return distributed


def open_client(scheduler: str, workers: int, stack: ExitStack) -> Any:
    """A Dask client on ``scheduler``, or on a local cluster of ``workers`` processes of one thread each when
    ``scheduler`` is empty; closed (with its local cluster) when ``stack`` closes."""
    distributed = _distributed()
    if not scheduler:
        cluster = stack.enter_context(distributed.LocalCluster(n_workers=workers, threads_per_worker=1,
                                                               processes=True, dashboard_address=None))
        return stack.enter_context(distributed.Client(cluster, set_as_default=False))
    try:
        client = stack.enter_context(distributed.Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False))
    except (OSError, TimeoutError, ValueError) as exc:
        raise ConfigError(f"cannot reach the Dask scheduler at {scheduler!r} ({exc}); start "
                          f"one there with `dask scheduler` and workers with `dask worker {scheduler}`, check the "
                          "address and port (e.g. tcp://HOST:8786), or drop --scheduler to start a local "
                          "cluster") from None
    try:
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
    except TimeoutError:
        raise ConfigError(f"the Dask scheduler at {scheduler!r} has no workers; start some with "
                          f"`dask worker {scheduler}` on machines where newsfold is installed") from None
    return client


def check_engine(scheduler: str) -> None:
    """Fail now, before a long ingest, when Dask is missing or the scheduler cannot be reached or has no worker."""
    if not scheduler:
        _distributed()
        return
    with ExitStack() as stack:
        open_client(scheduler, 0, stack)


def _batch(work: Callable[[Any], Any], items: list[Any]) -> list[Any]:
    return [work(item) for item in items]


def _result(future: Any, where: str) -> list[Any]:
    """A batch's results; what went wrong on a worker, said as what to do about it."""
    try:
        return list(future.result())
    except NewsfoldError as exc:  # e.g. the model is not installed there
        raise ConfigError(f"on a Dask worker of {where}: {exc}") from None
    except ImportError as exc:
        raise ConfigError(f"a Dask worker of {where} could not import what the analysis needs ({exc}); install "
                          "newsfold, the same version, and its spaCy model on every worker") from None
    except Exception as exc:
        if type(exc).__name__ != "KilledWorker":
            raise
        raise NewsfoldError(f"Dask workers of {where} died analysing one batch of articles, out of memory or "
                            "killed (see their logs); the articles analysed so far are stored: run the same "
                            "command again to resume, with fewer articles per task ([nlp] dask_batch) or more "
                            "memory per worker") from None


def on_cluster(work: Callable[[Any], Any], items: list[Any], scheduler: str, workers: int,
               batch: int) -> Iterator[Any]:
    """``work(item)`` for each item, in order, computed on a Dask cluster ``batch`` items per task (see
    open_client for ``scheduler`` and ``workers``). Nothing is started for no items."""
    if not items:
        return
    with ExitStack() as stack:
        client = open_client(scheduler, workers, stack)
        threads = sum(client.nthreads().values())
        log.info("dask engine: %d worker threads at %s", threads, client.scheduler.address)
        batches = iter(range(0, len(items), batch))
        pending: deque[Any] = deque()
        window = max(2, IN_FLIGHT_PER_THREAD * threads)
        while True:
            while len(pending) < window and (start := next(batches, None)) is not None:
                pending.append(client.submit(_batch, work, items[start:start + batch], pure=False))
            if not pending:
                return
            yield from _result(pending.popleft(), client.scheduler.address)
