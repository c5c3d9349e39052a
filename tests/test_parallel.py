"""--jobs and --scheduler: the same bytes as one process, in input order; a dead worker never
leaves a partial output. The Dask tests run a LocalCluster of two worker processes on 127.0.0.1."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from distributed.diagnostics.plugin import WorkerPlugin

from mapper import parallel
from mapper.cli import main
from mapper.errors import ClusterError

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
OUTPUTS = ("map.html", "claims.geojson", "claims.gpkg", "claims.csv", "unresolved.csv")
INPUTS = [
    str(ROOT / "examples" / "reports"),
    str(ROOT / "examples" / "records"),
    *sorted(str(p) for p in SEEDS.glob("*.txt")),
]


@pytest.fixture(autouse=True)
def small_batches(monkeypatch):
    """Batches of 3 reports, so that the 14 reports of the examples and seeds make 5 batches."""
    monkeypatch.setattr(parallel, "BATCH", 3)
    monkeypatch.setattr(parallel, "DASK_BATCH", 3)


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster

    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                     dashboard_address=None) as local,
        Client(local, set_as_default=False) as client,
    ):
        yield local, client


def run(tmp_path: Path, name: str, *flags: str) -> tuple[int, Path]:
    out = tmp_path / name
    code = main(["run", "--published", "2020-12-14", "-o", str(out), *flags, *INPUTS])
    return code, out


def same_outputs(a: Path, b: Path) -> None:
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def extract(capsys, *flags: str) -> str:
    reports = [p for p in INPUTS if not p.endswith("records")]
    assert main(["extract", "--published", "2020-12-14", "-q", *flags, *reports]) == 0
    return capsys.readouterr().out


def test_jobs_give_the_same_bytes_as_one_process(tmp_path, capsys):
    one = extract(capsys, "--jobs", "1")
    assert one.count("\n") > 50
    assert extract(capsys, "--jobs", "2") == one
    assert run(tmp_path, "one", "--jobs", "1")[0] == 0
    assert run(tmp_path, "two", "--jobs", "2")[0] == 0
    same_outputs(tmp_path / "one", tmp_path / "two")


def test_forked_and_spawned_processes_give_the_same_bytes(capsys, monkeypatch):
    import subprocess

    reports = [p for p in INPUTS if not p.endswith("records")]
    # A process of its own, with no other thread: on Linux its processes are forked.
    forked = subprocess.run([sys.executable, "-m", "mapper", "extract", "--published",
                             "2020-12-14", "-q", "--jobs", "2", *reports], capture_output=True,
                            text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True)
    monkeypatch.setattr(parallel, "_start_method", lambda: "spawn")
    assert extract(capsys, "--jobs", "2") == forked.stdout == extract(capsys, "--jobs", "1")


def test_fork_only_on_linux_and_without_another_thread(monkeypatch):
    import threading

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    assert parallel._start_method() == "fork"
    monkeypatch.setattr(threading, "active_count", lambda: 2)  # its locks could be held
    assert parallel._start_method() == "spawn"
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    monkeypatch.setattr(sys, "platform", "darwin")
    assert parallel._start_method() == "spawn"


def test_results_come_in_input_order(tmp_path):
    from mapper import gazetteer

    for k in range(7):
        (tmp_path / f"r{k}.txt").write_text(f"Troops shelled Goris on day {k}, the outlet said.\n",
                                            encoding="utf-8")
    (tmp_path / "r3.txt").write_text("", encoding="utf-8")  # an error keeps its place too
    paths = [str(tmp_path / f"r{k}.txt") for k in (6, 0, 5, 1, 4, 2, 3)]
    results = list(parallel.extract_files(paths, gazetteer.load(), jobs=2))
    assert [r.path for r in results] == paths
    assert [bool(r.error) for r in results] == [p.endswith("r3.txt") for p in paths]


class _Dies:
    """Unpickled in a worker process, ends it at once, as a kill would."""

    def __reduce__(self):
        return (os._exit, (1,))


def test_a_dead_worker_process_stops_the_run_with_one_line():
    from mapper import gazetteer

    with pytest.raises(ClusterError) as failure:
        list(parallel.extract_files(INPUTS[:1], gazetteer.load(), jobs=2, published=_Dies()))
    assert "worker process stopped" in str(failure.value) and "\n" not in str(failure.value)


def test_jobs_and_scheduler_together_are_bad_usage(capsys):
    assert main(["extract", "--jobs", "2", "--scheduler", "tcp://127.0.0.1:8786", "x.txt"]) == 2
    assert "--jobs and --scheduler" in capsys.readouterr().err


def test_an_unreachable_scheduler_is_one_line(capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(parallel, "CONNECT_TIMEOUT", "1s")
    code, out = run(tmp_path, "out", "--scheduler", "tcp://127.0.0.1:9")
    err = capsys.readouterr().err.strip()
    assert code == 1 and not out.exists()
    assert err.startswith("mapper: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert "\n" not in err


@pytest.mark.parametrize("address", ["foo://127.0.0.1:9", "tcp://127.0.0.1:port"])
def test_a_scheduler_address_dask_cannot_read_is_one_line(capsys, tmp_path, address):
    code, out = run(tmp_path, "out", "--scheduler", address)
    err = capsys.readouterr().err.strip()
    assert code == 1 and not out.exists()
    assert err.startswith(f"mapper: error: cannot reach the Dask scheduler at {address}: ")
    assert "\n" not in err


def test_scheduler_gives_the_same_bytes_as_one_process(cluster, tmp_path, capsys):
    local, _ = cluster
    assert extract(capsys, "--scheduler", local.scheduler_address) == extract(capsys, "--jobs", "1")
    assert run(tmp_path, "one", "--jobs", "1")[0] == 0
    assert run(tmp_path, "dask", "--scheduler", local.scheduler_address)[0] == 0
    same_outputs(tmp_path / "one", tmp_path / "dask")


def test_a_dask_worker_keeps_its_extractor_for_the_next_run(cluster, capsys):
    local, client = cluster
    workers = sorted(client.scheduler_info()["workers"])

    def on_thread() -> int:  # the extractor a worker's thread keeps, as its next batch finds it
        return id(getattr(parallel._local, "kept", (None, None))[1])

    def kept() -> list[int]:
        return [client.submit(on_thread, workers=[w], pure=False).result() for w in workers]

    first = extract(capsys, "--scheduler", local.scheduler_address)
    built = kept()
    assert extract(capsys, "--scheduler", local.scheduler_address) == first
    assert kept() == built and id(None) not in built


class KillOnce(WorkerPlugin):
    """The first worker to start a batch while ``flag`` exists dies there, as a kill would."""

    name = "mapper-test-kill-once"

    def __init__(self, flag: str) -> None:
        self.flag = flag

    def transition(self, key, start, finish, **kwargs) -> None:
        if finish == "executing" and "dask_batch" in str(key):
            try:
                os.remove(self.flag)  # only one worker succeeds
            except FileNotFoundError:
                return
            os._exit(1)


@pytest.fixture
def kill_once(cluster, tmp_path):
    """Arms KillOnce; afterwards waits for the cluster to have its two workers again."""
    import cloudpickle

    _, client = cluster
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    flag = tmp_path / "kill-a-worker"
    flag.write_text("armed", encoding="utf-8")
    client.register_plugin(KillOnce(str(flag)))
    yield flag
    client.wait_for_workers(2, timeout=300)  # the nanny restarts the one that died
    client.unregister_worker_plugin(KillOnce.name)
    cloudpickle.unregister_pickle_by_value(sys.modules[__name__])


def test_a_batch_whose_worker_dies_runs_again_elsewhere(cluster, kill_once, tmp_path):
    local, _ = cluster
    assert run(tmp_path, "one", "--jobs", "1")[0] == 0
    assert run(tmp_path, "dask", "--scheduler", local.scheduler_address)[0] == 0
    assert not kill_once.exists(), "a worker was killed during the run"
    same_outputs(tmp_path / "one", tmp_path / "dask")


def test_when_the_cluster_gives_up_nothing_is_written(cluster, kill_once, tmp_path, capsys):
    local, _ = cluster
    allowed = local.scheduler.allowed_failures
    local.scheduler.allowed_failures = 0  # no second try after a worker dies
    try:
        code, out = run(tmp_path, "dask", "--scheduler", local.scheduler_address)
    finally:
        local.scheduler.allowed_failures = allowed
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and not kill_once.exists()
    assert not out.exists() or not [p for p in out.iterdir() if p.name in OUTPUTS]
    assert [e for e in err if e.startswith("mapper: error:")] == [err[-1]]
    assert "gave up on a batch of reports (KilledWorker" in err[-1]


def test_workers_must_see_the_files_the_client_sees(cluster, tmp_path, monkeypatch, capsys):
    local, _ = cluster
    (tmp_path / "here.txt").write_text("Troops shelled Goris on Monday.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # the workers were started elsewhere: "here.txt" is not theirs
    code = main(["extract", "--scheduler", local.scheduler_address, "here.txt"])
    err = capsys.readouterr().err.strip()
    assert code == 1
    assert err.startswith("mapper: error: here.txt: not found on the Dask worker")
    assert "same paths as the client" in err and "\n" not in err


@pytest.mark.parametrize("threshold", ["0", "0.9"])
def test_min_confidence_reaches_processes_and_the_cluster(cluster, capsys, threshold):
    local, _ = cluster
    one = extract(capsys, "--jobs", "1", "--min-confidence", threshold)
    assert one != extract(capsys, "--jobs", "1")
    assert extract(capsys, "--jobs", "2", "--min-confidence", threshold) == one
    assert extract(capsys, "--scheduler", local.scheduler_address,
                   "--min-confidence", threshold) == one
