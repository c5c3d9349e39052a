"""Benchmark: 100,000 synthetic claims to GeoJSON and GeoPackage, against geopandas ``to_file``.

Each case runs in its own subprocess, which reports its wall time and its peak resident memory
(``resource.getrusage(...).ru_maxrss``), and the memory it held before writing, so that the
figures of one case do not leak into another. Figures are printed as ratios against plain
geopandas ``to_file`` (pyogrio engine) of the same points and attributes, measured in the same
run. Nothing is asserted: times depend on the machine.

    python bench/bench_export.py            # 100,000 claims
    python bench/bench_export.py -n 20000   # quicker
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GAZETTEER = ROOT / "tests" / "fixtures" / "gazetteer"  # fictional places: stable figures
#: (format, tool). "geopandas" writes a GeoDataFrame built beforehand (only to_file is timed);
#: "claims+geopandas" times mapper.geo.to_geodataframe(claims) and to_file, the whole way.
CASES = (
    ("geojson", "mapper"),
    ("geojson", "geopandas"),
    ("geojson", "claims+geopandas"),
    ("gpkg", "mapper"),
    ("gpkg", "geopandas"),
    ("gpkg", "claims+geopandas"),
    ("csv", "read_records"),
)


def synthetic_claims(n: int, seed: int = 1):
    """n claims spread over the fictional places and 2020, a fifth of them unlocated."""
    from mapper.model import Claim, DateSpan

    rnd = random.Random(seed)
    sides = [("a-mod", "az"), ("b-mod", "am"), ("observer", "intl"), ("someone", "unknown")]
    events = ["shelling", "attack", "armed_clash", "capture", "unknown"]
    claims = []
    for i in range(n):
        day = date(2020, 1, 1) + timedelta(days=rnd.randrange(366))
        located = rnd.random() > 0.2
        claimant, side = rnd.choice(sides)
        claims.append(
            Claim(
                claim_id=f"c-{i:08d}",
                report=f"reports/r{i % 997}.txt",
                date=DateSpan(day, day, "day", day.isoformat()),
                place_text=f"Place {i % 500}",
                place_id=f"place-{i % 500}" if located else None,
                lat=round(39.0 + rnd.random() * 2, 5) if located else None,
                lon=round(45.0 + rnd.random() * 3, 5) if located else None,
                precision="village" if located else None,
                uncertainty_m=1000.0 if located else None,
                method="exact" if located else None,
                score=1.0 if located else None,
                claimant=claimant,
                claimant_name=claimant,
                claimant_side=side,
                event_type=rnd.choice(events),
                killed=rnd.choice([None, 0, 1, 2, 5]),
                quote="They said something happened there, and others denied it. " * 2,
                source="Fictional Wire",
                url=f"https://example.org/{i}",
            )
        )
    return claims


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def run_case(fmt: str, tool: str, n: int, folder: Path) -> dict[str, float]:
    """One measurement, inside the child process."""
    sys.path.insert(0, str(ROOT))
    import geopandas  # noqa: F401 - imported before the baseline, for both tools alike

    from mapper import export, geo

    claims = synthetic_claims(n)
    path = folder / f"{tool}.{fmt}"
    if tool == "read_records":
        from mapper import gazetteer
        from mapper.records import read_records

        path.write_text(export.csv_text(claims), encoding="utf-8")
        gaz = gazetteer.load(GAZETTEER)
        before = _rss_mb()
        start = time.perf_counter()
        result = read_records([path], gaz)
        seconds = time.perf_counter() - start
        assert len(result.claims) == n
    elif tool == "mapper":
        before = _rss_mb()
        start = time.perf_counter()
        export.write(claims, path, gazetteer_version="bench", force=True)
        seconds = time.perf_counter() - start
    else:
        driver = "GeoJSON" if fmt == "geojson" else "GPKG"
        if tool == "geopandas":
            frame = geo.to_geodataframe(claims)
            del claims
            before = _rss_mb()
            start = time.perf_counter()
        else:
            before = _rss_mb()
            start = time.perf_counter()
            frame = geo.to_geodataframe(claims)
        frame.to_file(path, driver=driver, engine="pyogrio")
        seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "peak_mb": _rss_mb(),
        "before_mb": before,
        "bytes": path.stat().st_size,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=100_000, help="claims (default 100,000)")
    parser.add_argument("--case", help=argparse.SUPPRESS)
    parser.add_argument("--dir", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.case:
        fmt, tool = args.case.split(":")
        print(json.dumps(run_case(fmt, tool, args.n, Path(args.dir))))
        return 0
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        for fmt, tool in CASES:
            out = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "-n",
                    str(args.n),
                    "--case",
                    f"{fmt}:{tool}",
                    "--dir",
                    folder,
                ],
                check=True,
                capture_output=True,
                text=True,
                env={**os.environ},
            )
            results[fmt, tool] = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"{args.n:,} claims, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    print(f"{'case':<30}{'seconds':>9}{'peak MB':>9}{'+MB':>7}{'file MB':>9}")
    for (fmt, tool), r in results.items():
        print(
            f"{fmt + ' ' + tool:<30}{r['seconds']:>9.2f}{r['peak_mb']:>9.0f}"
            f"{r['peak_mb'] - r['before_mb']:>7.0f}{r['bytes'] / 1e6:>9.1f}"
        )
    for fmt in ("geojson", "gpkg"):
        m = results[fmt, "mapper"]
        for base in ("geopandas", "claims+geopandas"):
            g = results[fmt, base]
            added = (m["peak_mb"] - m["before_mb"]) / max(g["peak_mb"] - g["before_mb"], 1)
            print(
                f"{fmt}: mapper.export.write / {base} to_file: "
                f"time x{m['seconds'] / g['seconds']:.2f}, added memory x{added:.2f}, "
                f"peak memory x{m['peak_mb'] / g['peak_mb']:.2f}"
            )
    r = results["csv", "read_records"]
    print(f"read_records: {args.n / r['seconds']:,.0f} rows/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
