"""Share of place spellings that `mapper gazetteer lookup` resolves within 2 km of the right place.

The spellings (bench/place_spellings.csv) are taken from the gazetteer's own sources (page
titles in other languages and transliterations: the truth is the curated place) and from public
pages about border villages and towns the gazetteer lacked when they were chosen (the truth is
the coordinate on that page, cited in the row). None comes from the tests. A spelling counts
only when lookup resolves it (not ambiguous) to a point within 2 km of the truth.

    python bench/bench_place_accuracy.py            # curated tables, then with GeoNames
    python bench/bench_place_accuracy.py --checkout ../main   # another checkout's code (before)
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LIMIT_KM = 2.0


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def lookup(spellings: list[str], checkout: Path, flags: list[str]) -> list[dict]:
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    done = subprocess.run(
        [sys.executable, "-m", "mapper", "gazetteer", "lookup", "--json", *flags, "-"],
        input="\n".join(spellings) + "\n", capture_output=True, text=True, env=env, check=True,
        cwd=checkout,
    )
    return [json.loads(line) for line in done.stdout.splitlines()]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--checkout", type=Path, default=HERE.parent)
    args = parser.parse_args()
    rows = list(csv.DictReader((HERE / "place_spellings.csv").open(encoding="utf-8")))
    sys.path.insert(0, str(args.checkout))
    from mapper import gazetteer

    gaz = gazetteer.load(args.checkout / "gazetteer")
    truth = []
    for r in rows:
        if r["place_id"]:
            p = gaz.places[r["place_id"]]
            truth.append((p.lat, p.lon))
        else:
            truth.append((float(r["lat"]), float(r["lon"])))
    curated = [bool(r["place_id"]) for r in rows]
    runs = [("curated tables only", ["--no-geonames"]), ("with GeoNames", [])]
    help_text = subprocess.run(
        [sys.executable, "-m", "mapper", "gazetteer", "lookup", "--help"], capture_output=True,
        text=True, env={**os.environ, "PYTHONPATH": str(args.checkout)}, cwd=args.checkout,
    ).stdout
    if "--no-geonames" not in help_text:
        runs = [("this checkout (no GeoNames option)", [])]
    spellings = [r["spelling"] for r in rows]
    print(f"{len(rows)} spellings: {sum(curated)} of curated places, "
          f"{len(rows) - sum(curated)} of border places with a coordinate from a public page")
    for label, flags in runs:
        results = lookup(spellings, args.checkout, flags)
        good = [
            res["status"] == "resolved" and km((res["lat"], res["lon"]), t) <= LIMIT_KM
            for res, t in zip(results, truth, strict=True)
        ]
        share = sum(good) / len(good)
        in_gaz = sum(g for g, c in zip(good, curated, strict=True) if c) / sum(curated)
        outside = sum(g for g, c in zip(good, curated, strict=True) if not c) / (
            len(curated) - sum(curated))
        print(f"{label}: {sum(good)}/{len(good)} = {share:.0%} within {LIMIT_KM:g} km "
              f"(curated places {in_gaz:.0%}, others {outside:.0%})")
        for res, ok, t in zip(results, good, truth, strict=True):
            if not ok:
                where = (f"{res['place_id']} {km((res['lat'], res['lon']), t):.1f} km off"
                         if res["lat"] is not None else "")
                print(f"    miss: {res['query']!r} {res['status']} {where}")


if __name__ == "__main__":
    main()
