"""Scale: the map of 100,000 records, exports of 1,000,000, extraction on every core and a cluster.

Each case but grouping runs as its own process, end to end as a user runs it (`python -m mapper
...`), and reports its wall time and its peak memory (the largest process, from ``os.wait4``).
Figures are printed beside a baseline measured in the same run, with the load average before
and after (other processes on the machine slow both); nothing is asserted about time.

- group: grouping N claims into incidents, against the pairwise sweep it replaced; and N rows
  of one day in ten villages, against pairing every row (rows alike are paired as one).
- map: ``mapper map`` of N analyst rows with coordinates (read, group into incidents, render),
  against folium with one CircleMarker and popup for each of N/10 of the same rows. Target: at
  most half folium's time.
- export: ``mapper export`` of M rows to GeoPackage and GeoJSON (with incidents), against
  pyogrio converting the same rows, as one CSV, to the same format (no gazetteer, no
  incidents). A million rows are given to mapper as four files of 250,000 (a folder): it reads
  no file over 64 MB.
- extract: ``mapper extract`` of a corpus of reports with ``--jobs 1``, ``--jobs 2`` and on a
  Dask LocalCluster of two worker processes, twice (the second run finds the workers'
  extractors built): MB/s, speed-up over ``--jobs 1``, CPU time (all processes', which the
  load of the machine changes less) and whether the output is the same bytes; and the same on
  a LocalCluster of one worker, whose time against two workers' is the cluster's own speed-up
  (its scheduler and client share the machine's cores with the workers).

    python bench/bench_scale.py                 # 100,000 / 1,000,000 rows, 5,000 reports
    python bench/bench_scale.py --quick         # 20,000 / 100,000 rows, 1,000 reports
    python bench/bench_scale.py --only extract
    python bench/bench_scale.py --only export --rows 100000,300000,1000000  # peak memory by size
    python bench/bench_scale.py --only map --against ../old --rounds 3  # alternated with old code

``--against DIR`` runs the map case of another checkout too (``git worktree add ../old main``),
alternated with this one, and says whether its page is the same bytes; and its ``--jobs 1`` and
``--jobs 2``, each after this checkout's. mapper's modules are
compiled to bytecode before the map and extract cases, as an installed package's are.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import itertools
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # runnable from a checkout without installing

#: Rows per file given to mapper (one file for 100,000; a million in four files of 250,000).
PART_ROWS = 250_000
SIDES = ("Ministry of Defence of Azerbaijan", "Ministry of Defence of Armenia")
EVENTS = ("shelling", "attack", "armed_clash", "ceasefire_violation")


def write_rows(path: Path, n: int, seed: int = 7, sites: int = 2000, days: int = 180) -> None:
    """n analyst rows with coordinates: 2,000 sites in the region, 180 days, a few ranges."""
    rnd = random.Random(seed)
    places = [(round(rnd.uniform(39.0, 41.0), 5), round(rnd.uniform(44.5, 47.5), 5))
              for _ in range(sites)]
    start = date(2020, 9, 27)
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["id", "date", "date_end", "lat", "lon", "claimant", "event_type", "killed",
                      "source", "notes"])
        for i in range(n):
            lat, lon = rnd.choice(places)
            day = start + timedelta(days=rnd.randrange(days))
            end = (day + timedelta(days=rnd.randrange(1, 4))
                   if days > 1 and rnd.random() < 0.05 else None)
            out.writerow([f"row-{i:07d}", day.isoformat(), end.isoformat() if end else "", lat,
                          lon, rnd.choice(SIDES), rnd.choice(EVENTS), rnd.choice(["", 0, 1, 3]),
                          f"Outlet {i % 40}", f"row {i} of the bench sheet"])


def load() -> str:
    """The machine's load average over 1, 5 and 15 minutes."""
    return "load average " + ", ".join(f"{x:.2f}" for x in os.getloadavg())


def split_rows(path: Path, folder: Path, per_file: int) -> Path:
    """The rows of ``path`` in files of at most ``per_file`` rows each, in ``folder``: mapper
    reads files of at most 64 MB (``mapper.inputs.MAX_BYTES``), a sheet of 500,000 rows."""
    folder.mkdir()
    with path.open(encoding="utf-8", newline="") as f:
        header = f.readline()
        for k, chunk in enumerate(iter(lambda: list(itertools.islice(f, per_file)), [])):
            with (folder / f"rows-{k:02d}.csv").open("w", encoding="utf-8", newline="") as out:
                out.write(header)
                out.writelines(chunk)
    return folder


def measure(args: list[str], stdout=subprocess.DEVNULL, ok=(0, 1),
            expect: str = "", root: Path = ROOT) -> tuple[float, float, float]:
    """(seconds, peak MB, CPU seconds) of one command run to its end (the CPU time, user and
    system, changes less than the wall time with the other processes on the machine); raises
    if its exit code is not in ``ok`` (mapper exits 1 when some input needs attention, and
    still writes everything) or its standard error lacks ``expect`` (what it says when it has
    done the whole job)."""
    with tempfile.TemporaryFile() as err:  # a pipe would fill up with notes and block
        t = time.perf_counter()
        proc = subprocess.Popen(args, stdout=stdout, stderr=err, cwd=root,
                                env={**os.environ, "PYTHONPATH": str(root)})
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        said = err.read().decode(errors="replace")
        if proc.returncode not in ok or expect not in said:
            raise SystemExit(f"failed ({proc.returncode}): {' '.join(args)}\n{said[-2000:]}")
    return seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def folium_map(rows: Path, html: Path, n: int) -> None:
    """The baseline: folium, one CircleMarker and popup for each of the first n rows."""
    from html import escape

    import folium

    fmap = folium.Map(location=[40.0, 46.0], zoom_start=8)
    with rows.open(encoding="utf-8", newline="") as f:
        for k, row in enumerate(csv.DictReader(f)):
            if k == n:
                break
            text = (f"<b>{escape(row['claimant'])}</b><br>{row['date']} {row['event_type']}<br>"
                    f"{escape(row['notes'])}")
            folium.CircleMarker([float(row["lat"]), float(row["lon"])], radius=6, fill=True,
                                popup=folium.Popup(text, max_width=300)).add_to(fmap)
    fmap.save(str(html))


def pyogrio_copy(rows: Path, target: Path) -> None:
    """The export baseline: GDAL reads the CSV's lat/lon as points and writes them out."""
    import pyogrio

    frame = pyogrio.read_dataframe(rows, X_POSSIBLE_NAMES="lon", Y_POSSIBLE_NAMES="lat",
                                   KEEP_GEOM_COLUMNS="NO")
    pyogrio.write_dataframe(frame.set_crs("EPSG:4326"), target)


def compile_modules(root: Path) -> None:
    """mapper's modules in ``root`` compiled to bytecode beside them (``__pycache__``), as an
    installed package's are, and folium's: where PYTHONDONTWRITEBYTECODE is set (as on the
    machine of these figures), each run would otherwise compile them again (0.1-0.2 s)."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(root / "mapper")], check=True,
                   env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"})


def bench_map(tmp: Path, n: int, against: Path | None = None, rounds: int = 1) -> None:
    rows = tmp / f"rows-{n}.csv"
    write_rows(rows, n)
    for root in (ROOT, against) if against else (ROOT,):
        compile_modules(root)
    folium_n = n // 10
    for _ in range(rounds):
        html = tmp / "map.html"
        before = load()
        mapper_s, mapper_mb, mapper_cpu = measure(
            [sys.executable, "-m", "mapper", "map", str(rows), "-o", str(html), "--force"],
            expect=f"map of {n} claims")
        if against:
            old_html = tmp / "map-old.html"
            old_s, old_mb, old_cpu = measure(
                [sys.executable, "-m", "mapper", "map", str(rows), "-o", str(old_html),
                 "--force"], expect=f"map of {n} claims", root=against)
        folium_s, folium_mb, folium_cpu = measure(
            [sys.executable, __file__, "--folium", str(rows), str(tmp / "folium.html"),
             str(folium_n)], ok=(0,))
        print(f"\nmap, end to end (read, incidents, page): mapper {n:,} rows vs folium "
              f"{folium_n:,} markers ({before}, after: {load()})")
        print(f"  mapper map  {n:>9,} rows   {mapper_s:7.2f} s  {mapper_cpu:6.2f} s CPU  "
              f"{mapper_mb:6.0f} MB peak  {html.stat().st_size / n:5.0f} B/claim")
        if against:
            same = "the same bytes" if old_html.read_bytes() == html.read_bytes() else "DIFFERS"
            print(f"  {against.name + ' map':11} {n:>9,} rows   {old_s:7.2f} s  {old_cpu:6.2f} s "
                  f"CPU  {old_mb:6.0f} MB peak  (its page: {same}; CPU ratio to folium "
                  f"{old_cpu / folium_cpu:.2f})")
        print(f"  folium      {folium_n:>9,} markers {folium_s:6.2f} s  {folium_cpu:6.2f} s CPU  "
              f"{folium_mb:6.0f} MB peak  {(tmp / 'folium.html').stat().st_size / folium_n:5.0f} "
              "B/marker")
        print(f"  mapper / folium time: {mapper_s / folium_s:.2f} (target: at most 0.5); "
              f"CPU time: {mapper_cpu / folium_cpu:.2f}")


def sweep_pairs(claims: list) -> int:
    """The baseline: the pairing before the spatial index, a sweep over start dates comparing each
    claim with every claim still open, in Python. Returns the pairs found."""
    from mapper.incidents import SLACK_DAYS, same_place

    order = sorted(claims, key=lambda c: (c.date.start, c.claim_id))
    active: list = []
    found = 0
    for c in order:
        first = c.date.start.toordinal() - SLACK_DAYS
        active = [(end, o) for end, o in active if end >= first]
        found += sum(same_place(c, o) for _, o in active)
        active.append((c.date.end.toordinal(), c))
    return found


def bench_group(tmp: Path, sizes: list[int], baseline_max: int) -> None:
    from mapper import gazetteer
    from mapper.incidents import group
    from mapper.records import read_records

    print("\ngrouping into incidents (in this process): spatial index vs the sweep it replaced")
    gaz = gazetteer.load()
    for n in sizes:
        rows = tmp / f"rows-{n}.csv"
        write_rows(rows, n)
        claims = read_records([str(rows)], gaz).claims
        t = time.perf_counter()
        incidents = group(claims)
        seconds = time.perf_counter() - t
        line = (f"  {n:>9,} claims  group {seconds:6.2f} s  {len(incidents):>8,} incidents, "
                f"the longest {max((i.date.end - i.date.start).days + 1 for i in incidents)} "
                "days")
        if n <= baseline_max:
            t = time.perf_counter()
            sweep_pairs(claims)
            b_seconds = time.perf_counter() - t
            line += f"  |  sweep (pairs only) {b_seconds:6.2f} s  x{b_seconds / seconds:.1f}"
        print(line, flush=True)
    print("one day in ten villages (rows alike: one incident each), against pairing every row")
    for n in sizes:
        rows = tmp / f"dense-{n}.csv"
        write_rows(rows, n, sites=10, days=1)
        claims = read_records([str(rows)], gaz).claims
        t = time.perf_counter()
        incidents = group(claims)
        seconds = time.perf_counter() - t
        line = f"  {n:>9,} claims  group {seconds:6.2f} s  {len(incidents):>8,} incidents"
        if n <= baseline_max:
            with mock.patch("mapper.incidents._one_of_each_twin", lambda _c, dated, _a, _s: dated):
                t = time.perf_counter()
                group(claims)
                b_seconds = time.perf_counter() - t
            line += f"  |  every pair {b_seconds:6.2f} s  x{b_seconds / seconds:.1f}"
        print(line, flush=True)


def bench_export(tmp: Path, n: int) -> None:
    tmp.mkdir()
    rows = tmp / f"rows-{n}.csv"
    write_rows(rows, n)
    sheets = rows if n <= PART_ROWS else split_rows(rows, tmp / "rows", PART_ROWS)
    print(f"\nexport of {n:,} rows with coordinates (mapper: with incidents) vs pyogrio's copy "
          f"({load()} before)")
    for suffix in ("gpkg", "geojson"):
        target = tmp / f"claims.{suffix}"
        base = tmp / f"baseline.{suffix}"
        seconds, mb, _ = measure([sys.executable, "-m", "mapper", "export", str(sheets), "-o",
                               str(target), "--force"], expect=f"wrote {n} claims")
        b_seconds, b_mb, _ = measure([sys.executable, __file__, "--pyogrio", str(rows), str(base)],
                                  ok=(0,))
        print(f"  {suffix:8} mapper  {seconds:7.1f} s  {mb:6.0f} MB peak  "
              f"{target.stat().st_size / n:5.0f} B/claim  |  pyogrio {b_seconds:6.1f} s  "
              f"{b_mb:6.0f} MB  {base.stat().st_size / n:5.0f} B/row  |  "
              f"time x{seconds / b_seconds:.1f}  ({load()})")


def bench_extract(tmp: Path, n: int, against: Path | None = None) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_extract import make_corpus
    from distributed import LocalCluster

    for root in (ROOT, against) if against else (ROOT,):
        compile_modules(root)  # each worker process imports mapper afresh
    corpus = tmp / "corpus"
    corpus.mkdir()
    paths = make_corpus(corpus, n)
    megabytes = sum(p.stat().st_size for p in paths) / 1e6
    print(f"\nextraction of {n:,} reports ({megabytes:.1f} MB), `mapper extract` end to end "
          f"({load()} before)")
    command = [sys.executable, "-m", "mapper", "extract", "-q", str(corpus)]
    results = {}

    def run(label: str, flags: list[str], cluster_cpu: bool = False, root: Path = ROOT) -> None:
        out = tmp / f"claims-{len(results)}.jsonl"
        before = cpu_here()
        with out.open("wb") as f:
            seconds, mb, cpu = measure([*command, *flags], stdout=f, root=root)
        scheduler, workers = (a - b for a, b in zip(cpu_here(), before, strict=True))
        if cluster_cpu:
            cpu += scheduler + workers
        # A digest, not the bytes: this process, forked for each run, counted in its peak.
        results[label] = (seconds, mb, cpu, hashlib.sha256(out.read_bytes()).digest(),
                          workers if cluster_cpu else None)
        out.unlink()

    for jobs in ("1", "2"):  # alternated with the other checkout's (not on the cluster: its
        run(f"--jobs {jobs}", ["--jobs", jobs])  # workers run this checkout's code)
        if against:
            run(f"{against.name}: --jobs {jobs}", ["--jobs", jobs], root=against)
    # Started only now: an idle cluster takes CPU too (its event loops, heartbeats). A cluster
    # of one worker, its extractor built by a first run, is the cluster's own baseline: its
    # scheduler and client share the two cores with the workers, as --jobs runs share nothing.
    for workers in (1, 2):
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                          host="127.0.0.1", dashboard_address=None) as cluster:
            dask = ["--scheduler", cluster.scheduler_address]
            if workers == 1:
                run("LocalCluster, 1 worker", dask, cluster_cpu=True)
                run("the same cluster again", dask, cluster_cpu=True)
                results.pop("LocalCluster, 1 worker")
                results["LocalCluster, 1 worker, again"] = results.pop("the same cluster again")
            else:
                run("LocalCluster, 2 workers", dask, cluster_cpu=True)
                run("the same cluster again", dask, cluster_cpu=True)  # extractors kept
    one = results["--jobs 1"]
    for label, (seconds, mb, cpu, data, workers) in results.items():
        print(f"  {label:29} {seconds:5.1f} s  {megabytes / seconds:5.2f} MB/s  "
              f"speed-up {one[0] / seconds:4.2f}  CPU {cpu:5.1f} s (x{cpu / one[2]:4.2f})  "
              f"{mb:4.0f} MB peak  same bytes: {'yes' if data == one[3] else 'NO'}"
              + (f"  (workers {workers:4.1f} s)" if workers is not None else ""))
    single = results["LocalCluster, 1 worker, again"][0]
    double = results["the same cluster again"][0]
    print(f"  the cluster's own speed-up, 2 workers against 1 (both with their extractors "
          f"built): {single / double:4.2f}")
    print(f"  ({load()} after; the CPU time of a cluster run counts its scheduler and workers, "
          "beside the client's; same bytes: as --jobs 1)")


def cpu_here() -> tuple[float, float]:
    """CPU seconds of this process (a LocalCluster's scheduler runs in it) and of its living
    child processes (the cluster's workers)."""
    import psutil

    here = psutil.Process()
    times = [here.cpu_times()]
    for proc in here.children(recursive=True):
        try:
            times.append(proc.cpu_times())
        except psutil.NoSuchProcess:
            continue
    own, *children = (t.user + t.system for t in times)
    return own, sum(children)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes")
    parser.add_argument("--only", choices=["group", "map", "export", "extract"])
    parser.add_argument("--rows", help="export: sizes to run, comma-separated (a peak memory "
                        "that stays flat as they grow shows the claims are streamed)")
    parser.add_argument("--against", type=Path, metavar="DIR",
                        help="map, extract (--jobs): also run the checkout in DIR")
    parser.add_argument("--rounds", type=int, default=1, help="map: how many times to run it")
    parser.add_argument("--folium", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--pyogrio", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.folium:
        folium_map(Path(args.folium[0]), Path(args.folium[1]), int(args.folium[2]))
        return 0
    if args.pyogrio:
        pyogrio_copy(Path(args.pyogrio[0]), Path(args.pyogrio[1]))
        return 0
    print(f"{os.cpu_count()} cores; each figure is one run of one process")
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        if args.only in (None, "map"):
            bench_map(tmp, 20_000 if args.quick else 100_000, args.against, args.rounds)
        if args.only in (None, "export"):
            sizes = [100_000 if args.quick else 1_000_000]
            for n in [int(x) for x in args.rows.split(",")] if args.rows else sizes:
                bench_export(tmp / str(n), n)
        if args.only in (None, "extract"):
            bench_extract(tmp, 1_000 if args.quick else 5_000, args.against)
        if args.only in (None, "group"):  # last: it grows this process, whose memory the
            # processes forked from it afterwards would count in their peak
            sizes = [5_000, 20_000] if args.quick else [5_000, 20_000, 100_000]
            bench_group(tmp, sizes, baseline_max=20_000)
    return 0


if __name__ == "__main__":
    sys.exit(main())
