"""Extract report files on several processes or on a Dask cluster, results in input order.

The files are cut into batches of :data:`BATCH` (:data:`DASK_BATCH` on a cluster); a batch is
read and extracted where it runs, by the same entry point as a single process
(:func:`mapper.extract.extract_files`), and comes back as that batch's results. At most
:data:`IN_FLIGHT` batches per worker are out at a time and results are handed on in input
order as they arrive, so memory does not grow with the corpus and the output is the same, byte
for byte, as with one process.

- ``jobs=N``: N local processes (:mod:`concurrent.futures`). On Linux, when the caller runs
  no other thread, they are forked from it after it has built the extractor, and share that
  one (copy-on-write) instead of each importing mapper and building its own (about 1 s of CPU
  each); otherwise they are started fresh (``spawn``), so that no thread or lock of the caller
  is copied into them.
- ``scheduler=ADDRESS``: the workers of a Dask distributed cluster (``tcp://host:8786``). They
  receive the gazetteer once a run, build their extractor once and keep it for later runs
  with the same gazetteer version, and must see the input files at the same paths as the
  caller (a shared folder; relative paths resolve in the folder each worker was started in).
  Dask runs a batch again on another worker when its worker dies; when it gives up, the run
  stops with one line saying so.

>>> for result in extract_files(["report.txt"], gazetteer, jobs=2):  # doctest: +SKIP
...     print(result.path, len(result.claims), result.error)
"""

from __future__ import annotations

import os
import socket
import sys
import threading
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from itertools import chain, islice
from typing import Any

from mapper.errors import ClusterError
from mapper.gazetteer import Gazetteer

#: Reports in one batch: enough that sending a batch costs little next to extracting it.
BATCH = 32
#: Reports in one batch for a Dask cluster, where each batch (a task) costs its scheduler,
#: worker and client some 8 ms of CPU and of waiting besides extracting it (measured with
#: batches of 4): 157 tasks for 5,000 reports in batches of 32, 40 in batches of 128, whose
#: last one keeps a worker busy about 0.3 s longer than the other.
DASK_BATCH = 128
#: Batches out at a time per worker: enough to keep each worker busy while results travel.
IN_FLIGHT = 3
#: How long to try to reach a Dask scheduler.
CONNECT_TIMEOUT = "20s"


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def extract_files(
    inputs: Iterable[str],
    gazetteer: Gazetteer,
    *,
    jobs: int = 1,
    scheduler: str | None = None,
    stdin: bytes | None = None,
    skip: Collection[str] = (),
    **options: Any,
) -> Iterator[Any]:
    """Like :func:`mapper.extract.extract_files`, one result per report file in input order,
    extracted by ``jobs`` processes or by the Dask cluster at ``scheduler``.

    ``skip`` names files not to read (a sheet a folder holds as text, which is records).
    ``options`` are those of :func:`mapper.extract.extract_files` (``published``, ``outlet``,
    ``url``, ``lang``, ``encoding``, ``min_confidence``). Raises :class:`ClusterError` when a
    worker dies (local processes) or the cluster gives up on a batch: the results after it never
    come, and the callers write their files only once every result is in; and
    :class:`mapper.errors.DataError` at once when the claim-confidence model is missing or
    stale, as it would be on every worker.
    """
    from mapper.extract import confidence, read_once
    from mapper.reports import iter_report_paths

    confidence.model()  # a missing or stale model file: one error here, not one per batch
    if stdin is not None:
        options["stdin"] = stdin
    paths = (p for p in iter_report_paths(list(inputs)) if p not in skip)
    size = DASK_BATCH if scheduler else BATCH
    batches = iter(lambda: list(islice(paths, size)), [])
    first = list(islice(batches, 2))
    if scheduler:
        results = _on_dask(chain(first, batches), gazetteer, scheduler, options)
    elif jobs > 1 and len(first) > 1:
        results = _on_processes(chain(first, batches), gazetteer, jobs, options)
    else:
        results = (r for batch in chain(first, batches)
                   for r in extract_batch(batch, gazetteer, options))
    yield from read_once(results)


def extract_batch(paths: Sequence[str], gazetteer: Gazetteer, options: dict, *,
                  by_version: bool = False) -> list[Any]:
    """The results of one batch of report files, extracted where this runs (by the extractor
    :func:`_extractor` keeps)."""
    from mapper.extract import extract_files as extract

    return list(extract(paths, _extractor(gazetteer, by_version=by_version), **options))


_local = threading.local()


def _extractor(gazetteer: Gazetteer, *, by_version: bool = False):
    """One extractor per thread, built on first use and kept for later batches of the same
    gazetteer: the same object, or with ``by_version`` any gazetteer of the same version (a
    digest of its tables), as a Dask worker receives a new copy at each run."""
    from mapper.extract import Extractor

    kept = getattr(_local, "kept", None)
    if kept is None or not (kept[0] is gazetteer
                            or (by_version and kept[0].version == gazetteer.version)):
        kept = _local.kept = (gazetteer, Extractor(gazetteer))
    return kept[1]


def _in_order(submit: Callable[[list[str]], Any], batches: Iterable[list[str]], window: int,
              result: Callable[[Any], list[Any]]) -> Iterator[Any]:
    """Submit batches, at most ``window`` out at a time; yield their results in input order."""
    pending: deque = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield from result(pending.popleft())
    while pending:
        yield from result(pending.popleft())


# -- local processes ------------------------------------------------------------------------

_gazetteer: Gazetteer | None = None


def _start_process(gazetteer: Gazetteer) -> None:
    global _gazetteer
    _gazetteer = gazetteer


def _process_batch(paths: list[str], options: dict) -> list[Any]:
    assert _gazetteer is not None, "the pool's initializer sets the gazetteer"
    return extract_batch(paths, _gazetteer, options)


def _start_method() -> str:
    """``fork`` where it is safe (Linux, and no other thread in this process whose locks the
    children would inherit held), else ``spawn``."""
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "spawn"


def _on_processes(batches: Iterable[list[str]], gazetteer: Gazetteer, jobs: int,
                  options: dict) -> Iterator[Any]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    broken = ClusterError("a worker process stopped while extracting reports (killed, or out "
                          "of memory?)")
    context = multiprocessing.get_context(_start_method())
    if context.get_start_method() == "fork":
        _extractor(gazetteer)  # built once, here: the forked processes inherit it
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_process,
                             initargs=(gazetteer,)) as pool:
        # Start every process now: one started later, beside one that died, can hang the pool.
        for _ in range(jobs):
            pool.submit(int)

        def submit(batch: list[str]) -> Any:
            try:
                return pool.submit(_process_batch, batch, options)
            except (BrokenProcessPool, OSError, ValueError):  # starting one beside a dead one
                raise broken from None

        def result(future: Any) -> list[Any]:
            try:
                return future.result()
            except BrokenProcessPool:
                raise broken from None

        try:
            yield from _in_order(submit, batches, jobs * IN_FLIGHT, result)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


# -- a Dask cluster ---------------------------------------------------------------------------


def _dask_batch(paths: list[str], gazetteer: Gazetteer, options: dict,
                seen: list[bool]) -> list[Any]:
    """A batch on a Dask worker: first check that it sees the files the client saw."""
    for path, client_saw in zip(paths, seen, strict=True):
        if client_saw and not os.path.isfile(path):
            raise ClusterError(
                f"not found on the Dask worker on {socket.gethostname()} (in "
                f"{os.getcwd()}): workers must see the input files at the same paths as the "
                "client", where=path)
    return extract_batch(paths, gazetteer, options, by_version=True)


def _on_dask(batches: Iterable[list[str]], gazetteer: Gazetteer, address: str,
             options: dict) -> Iterator[Any]:
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError("--scheduler needs Dask: pip install 'dask[distributed]'") from None
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:  # ValueError: 'foo://h', 'tcp://h:x'
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    pending: set[Any] = set()
    try:
        workers = max(len(client.scheduler_info().get("workers", {})), 1)
        shared = client.scatter(gazetteer, broadcast=True, hash=False)

        def submit(batch: list[str]) -> Any:
            seen = [os.path.isfile(path) for path in batch]
            future = client.submit(_dask_batch, batch, shared, options, seen, pure=False)
            pending.add(future)
            return future

        def result(future: Any) -> list[Any]:
            try:
                return future.result()
            except ClusterError:
                raise
            except Exception as exc:  # KilledWorker, lost data, a cancelled future...
                said = " ".join(str(exc).split())
                raise ClusterError(f"the Dask cluster at {address} gave up on a batch of "
                                   f"reports ({type(exc).__name__}: {said})") from None
            finally:
                pending.discard(future)

        yield from _in_order(submit, batches, workers * IN_FLIGHT, result)
    finally:
        client.cancel(list(pending))
        client.close()
