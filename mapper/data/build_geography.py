"""Build ``mapper/data/geography.json``, the map's offline base layer, from Natural Earth.

Natural Earth (https://www.naturalearthdata.com) is public domain. This script reads its layers as
GeoJSON, one file per layer named as Natural Earth names them (``ne_10m_lakes.json`` or
``.geojson``), from the folder given on the command line, and writes a small JSON document:

* a world layer at 1:110m (land and national borders), drawn when zoomed out, with the region's
  box cut out so that it never doubles the detailed lines;
* the region at 1:10m (land, national borders, the disputed-area and reference lines Natural
  Earth carries, lakes and reservoirs, rivers), clipped to ``--bbox``;
* country labels at 1:50m label points.

Lines are simplified for the zoom levels the map uses (Douglas-Peucker, ``--tolerance`` degrees;
the world layer 20 times coarser) and stored as delta-encoded integer coordinates
(``--quantum`` degrees), so the whole file stays at a few hundred kB. Roads are not included: no
copy of the 1:10m roads layer could be had when this was built (``README.md`` beside this says
where it was looked for).

The originals used for the committed file: the repository martynafford/natural-earth-geojson
(Natural Earth converted to GeoJSON with GDAL), commit 0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e
of 2024-01-24: ``10m/physical/ne_10m_land.7z``, ``ne_10m_lakes.7z`` and
``ne_10m_rivers_lake_centerlines.7z`` (unpacked with 7-Zip), ``10m/cultural/
ne_10m_admin_0_boundary_lines_land.json``, ``ne_10m_admin_0_boundary_lines_disputed_areas.json``,
``110m/cultural/ne_110m_admin_0_countries.json``, ``ne_110m_admin_0_boundary_lines_land.json``
and ``50m/cultural/ne_50m_admin_0_countries.7z``.

    python mapper/data/build_geography.py ~/natural-earth/ -o mapper/data/geography.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import box, shape

#: Natural Earth's own line classes kept from the disputed-areas layer, as the map styles them.
DISPUTED_CLASSES = {"Breakaway", "Claim boundary", "Reference line", "Elusive frontier"}
SOURCE = {
    "name": "Natural Earth",
    "url": "https://www.naturalearthdata.com",
    "licence": "public domain",
    "via": "martynafford/natural-earth-geojson@0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e",
    "versions": "1:10m land, lakes, rivers: 4.0 (2017); borders, disputed areas, 1:110m and "
    "1:50m countries: as converted 2024-01-24",
}


def read_layer(folder: Path, name: str) -> list[dict[str, Any]]:
    for suffix in (".json", ".geojson"):
        path = folder / (name + suffix)
        if path.is_file():
            return json.loads(path.read_text(encoding="utf-8"))["features"]
    raise SystemExit(f"build_geography: error: {name}.json not found in {folder}")


def encode(geom: Any, quantum: float) -> list[list[int]]:
    """Lines and polygon rings as [x0, y0, dx1, dy1, ...] in units of ``quantum`` degrees."""
    parts: list[list[int]] = []
    for part in shapely.get_parts(geom):
        if part.is_empty:
            continue
        rings = (
            [part.exterior, *part.interiors] if part.geom_type == "Polygon" else [part]
        )
        for ring in rings:
            flat: list[int] = []
            last = (0, 0)
            for x, y in ring.coords:
                q = (round(x / quantum), round(y / quantum))
                if flat and q == last:
                    continue
                flat += [q[0] - last[0], q[1] - last[1]]
                last = q
            if len(flat) >= 4:
                parts.append(flat)
    return parts


def layer(
    features: list[dict[str, Any]],
    clip: Any,
    tolerance: float,
    quantum: float,
    *,
    keep: Any = None,
    kind: Any = None,
    cut: Any = None,
    merge: bool = False,
) -> list[list[Any]]:
    """[[kind, part, part, ...], ...] for the features that ``keep`` accepts, clipped."""
    rows: list[list[Any]] = []
    geoms: dict[Any, list[Any]] = {}
    for feature in features:
        props = {k.lower(): v for k, v in (feature.get("properties") or {}).items()}
        if not feature.get("geometry") or (keep and not keep(props)):
            continue
        geom = shape(feature["geometry"])
        if not geom.intersects(clip):
            continue
        geom = geom.intersection(clip)
        if cut is not None:
            geom = geom.difference(cut)
        geoms.setdefault(kind(props) if kind else 0, []).append(geom)
    for key in sorted(geoms, key=str):
        group = [shapely.union_all(geoms[key])] if merge else geoms[key]
        for geom in group:
            geom = geom.simplify(tolerance, preserve_topology=True)
            parts = encode(geom, quantum)
            if parts:
                rows.append([key, *parts])
    return rows


def build(folder: Path, bbox: tuple[float, float, float, float], tolerance: float,
          quantum: float) -> dict[str, Any]:
    region = box(*bbox)
    world = box(-180, -85, 180, 85)
    coarse, coarse_q = tolerance * 20, quantum * 10
    countries50 = read_layer(folder, "ne_50m_admin_0_countries")
    labels = []
    for feature in countries50:
        p = {k.lower(): v for k, v in feature["properties"].items()}
        x, y = p.get("label_x"), p.get("label_y")
        if x is None or y is None:
            point = shape(feature["geometry"]).representative_point()
            x, y = point.x, point.y
        labels.append([p["name"], round(x, 2), round(y, 2), int(p.get("labelrank") or 5)])
    labels.sort()
    return {
        "source": SOURCE,
        "bbox": list(bbox),
        "quantum": [coarse_q, quantum],  # world, region
        "world": {
            "land": layer(read_layer(folder, "ne_110m_admin_0_countries"), world, coarse,
                          coarse_q, cut=region, merge=True),
            "borders": layer(read_layer(folder, "ne_110m_admin_0_boundary_lines_land"), world,
                             coarse, coarse_q, cut=region),
        },
        "region": {
            "land": layer(read_layer(folder, "ne_10m_land"), region, tolerance, quantum,
                          merge=True),
            "lakes": layer(read_layer(folder, "ne_10m_lakes"), region, tolerance, quantum,
                           kind=lambda p: "reservoir" if p["featurecla"] == "Reservoir"
                           else "lake"),
            "rivers": layer(read_layer(folder, "ne_10m_rivers_lake_centerlines"), region,
                            tolerance, quantum, kind=lambda p: int(p.get("scalerank") or 10)),
            "borders": layer(read_layer(folder, "ne_10m_admin_0_boundary_lines_land"), region,
                             tolerance, quantum, kind=lambda p: p["featurecla"].split(" (")[0]),
            "disputed": layer(read_layer(folder, "ne_10m_admin_0_boundary_lines_disputed_areas"),
                              region, tolerance, quantum,
                              keep=lambda p: p["featurecla"] in DISPUTED_CLASSES,
                              kind=lambda p: p["featurecla"]),
        },
        "labels": labels,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder of Natural Earth GeoJSON layers")
    parser.add_argument("-o", "--output", type=Path,
                        default=Path(__file__).with_name("geography.json"))
    parser.add_argument("--bbox", default="40,36,52,44",
                        help="region as west,south,east,north (default: the South Caucasus "
                        "and a margin)")
    parser.add_argument("--tolerance", type=float, default=0.002)
    parser.add_argument("--quantum", type=float, default=0.001)
    args = parser.parse_args(argv)
    west, south, east, north = (float(v) for v in args.bbox.split(","))
    doc = build(args.folder, (west, south, east, north), args.tolerance, args.quantum)
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    args.output.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {args.output} ({len(text) / 1e3:.0f} kB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
