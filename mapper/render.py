"""The self-contained HTML map: one file that opens anywhere, with or without a network.

Why the page is written here rather than with folium: folium's elements get random ids (the same
input would give a different file each time), its default page pulls Leaflet, jQuery, Bootstrap and
Font Awesome from ten CDN addresses, and one folium object per claim costs about 1.2 kB of HTML
and 0.7-1.6 ms of build time (see ``bench/bench_map.py``). This module instead writes a fixed page
skeleton with

* Leaflet 1.9.4's JS and CSS inlined from the ``django-js-lib-leaflet`` wheel (read through
  :mod:`importlib.resources`, never fetched, never copied into the repository);
* the claims as one JSON document in ``<script type="application/json">``, serialised by
  :func:`json.dumps` and escaped so that no data can close the element (:func:`script_json`);
* ``mapper/map.js`` and ``mapper/map.css``, which draw one Leaflet canvas layer of
  ``L.circleMarker`` subclasses and build every popup and panel with ``textContent`` /
  ``createElement`` (no ``innerHTML`` with data, no ``eval``);
* a Content-Security-Policy that admits only the hashes of those inline scripts, so even a
  payload that slipped through the escaping could not run.

The JSON is columnar and dictionary-encoded (:func:`encode_claims`): fields that vary together
(all the date fields, all the place fields, claimant fields, ...) form one *group*; each distinct
tuple of a group is stored once, and each claim stores one small integer per group. Quotes, URLs,
place names and claimant names repeat across claims, so 100,000 claims cost well under 150 bytes
each.

How a claim reads on the map (both at once, in a screenshot): the **centre** is coloured by date
on a sequential (viridis) scale over the claims' date range, grey when the date is unknown; the
thick **ring** is the claimant's colour. Claims of a contested incident get an extra dark outline.
Claims known only to a district or region (or with an uncertainty above 2 km) are drawn as a
dashed circle of that radius in the claimant's colour instead of a pin. Claims at the same
position are spread on a ring or spiral of fixed pixel offsets, so each one can be seen and
clicked. Unlocated claims are listed in the panel with their place text and candidates.

Examples
--------
>>> html = render_map({"type": "FeatureCollection", "features": []}, title="empty")
>>> html.startswith("<!DOCTYPE html>") and "mapper-data" in html
True
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import json
import math
import os
import re
import tempfile
import zlib
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = [
    "AREA_MIN_M",
    "OSM_TILES",
    "PALETTE",
    "area_radius_m",
    "encode_claims",
    "leaflet_assets",
    "render_map",
    "script_json",
    "write_map",
]

#: The tile layer used when the page is online: URL template and attribution (trusted, ours).
OSM_TILES: Mapping[str, str] = {
    "url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    "attribution": "&copy; OpenStreetMap contributors",
}

#: Categorical colours for claimants missing from the claimant table (Tableau 10 and two more).
PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
    "#17becf",
    "#8c564b",
)

#: A location less certain than this (metres) is drawn as an area, not as a point.
AREA_MIN_M = 2000.0
#: Radius drawn for area precisions when the claim gives no uncertainty.
AREA_DEFAULT_M = {"district": 15_000.0, "region": 40_000.0, "country": 150_000.0}

#: Side codes (model.SIDES) in legend order, with neutral labels: the map judges no side.
SIDE_LABELS = {
    "az": "Azerbaijan",
    "am": "Armenia",
    "nk": "Nagorno-Karabakh authorities",
    "ru": "Russia",
    "tr": "Türkiye",
    "intl": "International",
    "neutral": "Neutral / independent",
    "unknown": "Side unknown",
}

#: Field groups of the columnar encoding: fields that change together share one dictionary.
#: Names starting with "_" are computed here for the page and are not claim properties.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("date", ("date_start", "date_end", "date_precision", "date_text", "report_date")),
    (
        "place",
        (
            "place_text",
            "place_id",
            "place_name",
            "place_names",
            "precision",
            "uncertainty_m",
            "method",
            "score",
            "candidates",
        ),
    ),
    ("claimant", ("claimant", "claimant_name", "claimant_side", "claim_chain")),
    ("event", ("event_type", "killed", "wounded")),
    ("incident", ("incident_id", "contested")),
    ("quote", ("quote", "notes")),
    ("report", ("report", "source", "url")),
)
#: Computed fields appended to a group's tuples.
COMPUTED = {"date": ("_day0", "_day1"), "place": ("_area_m",), "claimant": ("_legend", "_side")}

_LEAFLET_DIR = "static/js_lib_leaflet"
_HEX_COLOR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")
_EPOCH = date(1970, 1, 1).toordinal()
#: What script_json escapes (str.replace per character is ~20x faster than str.translate here).
_JSON_ESCAPES = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


def script_json(obj: Any) -> str:
    """Serialise ``obj`` as JSON safe to place inside a ``<script>`` element.

    ``<``, ``>`` and ``&`` become ``\\u003c``-style escapes (so ``</script>`` or ``<!--`` in the
    data cannot end or alter the element) and U+2028/U+2029 are escaped as well. The result is
    still plain JSON: ``json.loads(script_json(x)) == x``.

    >>> script_json({"q": "</script><b>"})
    '{"q":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, escape in _JSON_ESCAPES:
        text = text.replace(char, escape)
    return text


@functools.cache
def leaflet_assets() -> tuple[str, str]:
    """Leaflet's JS and CSS from the installed ``django-js-lib-leaflet`` wheel, ready to inline.

    The source-map comment is dropped; the CSS's image references become data URIs so the page
    makes no request even for Leaflet's own icons.
    """
    root = resources.files("js_lib_leaflet").joinpath(_LEAFLET_DIR)
    js = root.joinpath("leaflet.js").read_text(encoding="utf-8")
    js = re.sub(r"//# sourceMappingURL=\S*\s*$", "", js)
    css = root.joinpath("leaflet.css").read_text(encoding="utf-8")

    def data_uri(match: re.Match[str]) -> str:
        png = root.joinpath("images", match.group(1)).read_bytes()
        return "url(data:image/png;base64," + base64.b64encode(png).decode("ascii") + ")"

    css = re.sub(r"url\(images/([\w.-]+\.png)\)", data_uri, css)
    return js, css


@functools.cache
def _page_assets() -> tuple[str, str]:
    """The page's own script and stylesheet (package data next to this module)."""
    here = resources.files("mapper")
    return (
        here.joinpath("map.js").read_text(encoding="utf-8"),
        here.joinpath("map.css").read_text(encoding="utf-8"),
    )


def _scalar(value: Any) -> str | int | float | bool | None:
    """A JSON scalar for an untrusted property value (non-finite floats become None)."""
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _number(value: Any) -> float | None:
    """A finite float from an untrusted value, else None."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _day(value: Any) -> int | None:
    """Days since 1970-01-01 of an ISO date string (the first 10 characters), else None."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip()[:10]).toordinal() - _EPOCH
    except ValueError:
        return None


def area_radius_m(precision: Any, uncertainty_m: Any) -> float | None:
    """Radius in metres to draw a claim as an area, or None to draw it as a point.

    >>> area_radius_m("village", 500), area_radius_m("district", None), area_radius_m("town", 5000)
    (None, 15000.0, 5000.0)
    """
    radius = _number(uncertainty_m)
    radius = radius if radius and radius > 0 else None
    if radius is not None and radius > AREA_MIN_M:
        return radius
    if precision in AREA_DEFAULT_M:
        return radius or AREA_DEFAULT_M[precision]
    return None


def _position(geometry: Any) -> tuple[float, float] | None:
    """(lon, lat) rounded to 5 decimals (about 1 m) of a GeoJSON Point, else None."""
    if not isinstance(geometry, Mapping) or geometry.get("type") != "Point":
        return None
    coords = geometry.get("coordinates")
    if not isinstance(coords, Sequence) or len(coords) < 2:
        return None
    lon, lat = _number(coords[0]), _number(coords[1])
    if lon is None or lat is None or not (-180 <= lon <= 180 and -90 <= lat <= 90):
        return None
    return round(lon, 5), round(lat, 5)


def _color_for(key: str, used: set[str]) -> str:
    """A palette colour for ``key``: its hash slot, or the next one not yet ``used``."""
    start = zlib.crc32(key.encode("utf-8")) % len(PALETTE)
    for step in range(len(PALETTE)):
        color = PALETTE[(start + step) % len(PALETTE)]
        if color not in used:
            return color
    return PALETTE[start]


class _Dictionary:
    """Distinct tuples of one field group, numbered in order of first appearance."""

    def __init__(self) -> None:
        self.index: dict[tuple[Any, ...], int] = {}
        self.column: list[int] = []

    def add(self, values: tuple[Any, ...]) -> None:
        self.column.append(self.index.setdefault(values, len(self.index)))

    def table(self) -> list[list[Any]]:
        return [list(values) for values in self.index]

    def compact_column(self) -> list[int] | int:
        """The per-claim indices, or one int when every claim shares the same tuple."""
        return self.column[0] if len(self.index) == 1 else self.column


def _claimant_legend(
    seen: Mapping[str, tuple[str, set[str], int]], claimants: Mapping[str, Mapping[str, Any]]
) -> list[list[Any]]:
    """Legend rows [key, name, side, colour, count, in_table], ordered by side then name.

    A claimant in the table takes its name, side and (valid hex) colour from there. Any other
    gets a palette colour, the name the claims give, and the side the claims agree on, else
    "unknown".
    """
    rows: list[list[Any]] = []
    used = {
        str(c.get("color", "")).lower()
        for c in claimants.values()
        if _HEX_COLOR.fullmatch(str(c.get("color", "")))
    }
    for key in sorted(seen):
        name, sides, count = seen[key]
        entry = claimants.get(key)
        if entry is not None:
            color = str(entry.get("color") or "")
            if not _HEX_COLOR.fullmatch(color):
                color = _color_for(key, used)
            rows.append([key, str(entry.get("name") or name), str(entry.get("side") or "unknown")])
        else:
            color = _color_for(key, used)
            side = next(iter(sides)) if len(sides) == 1 else "unknown"
            rows.append([key, name, side])
        used.add(color.lower())
        rows[-1] += [color, count, entry is not None]
    side_order = list(SIDE_LABELS)

    def order(row: list[Any]) -> tuple[int, str, str]:
        rank = side_order.index(row[2]) if row[2] in side_order else len(side_order)
        return rank, row[1].casefold(), row[0]

    return sorted(rows, key=order)


def encode_claims(
    collection: Mapping[str, Any],
    *,
    places: Iterable[Mapping[str, Any]] = (),
    claimants: Mapping[str, Mapping[str, Any]] | None = None,
    title: str = "mapper",
    tiles: Mapping[str, str] | None = OSM_TILES,
) -> dict[str, Any]:
    """The page's data document: columnar, dictionary-encoded claims plus legends and places.

    Keys: ``ids`` (claim ids), ``xy`` (per claim: index into ``positions``, -1 if unlocated),
    ``positions`` (flat [lon, lat, ...]), ``fields`` (group -> field names), ``tables``
    (group -> distinct tuples), ``columns`` (group -> per-claim tuple index, or one int when all
    claims share it), ``claimants`` (legend rows), ``sides`` ([code, label, count]), ``range``
    ([first, last] day numbers or None), ``places`` ([id, label, lat, lon, precision]),
    ``tiles`` and ``title``. Output depends only on the input (no random ids), so the same
    input gives byte-identical pages.
    """
    claimants = claimants or {}
    features = collection.get("features") or []
    dictionaries = {group: _Dictionary() for group, _ in GROUPS}
    ids: list[str] = []
    xy: list[int] = []
    position_index: dict[tuple[float, float], int] = {}
    seen: dict[str, tuple[str, set[str], int]] = {}
    days: list[int] = []

    for number, feature in enumerate(features):
        if not isinstance(feature, Mapping):
            continue
        props = feature.get("properties")
        props = props if isinstance(props, Mapping) else {}
        claim_id = feature.get("id", props.get("claim_id"))
        ids.append(str(claim_id) if claim_id is not None else f"#{number + 1}")
        pos = _position(feature.get("geometry"))
        xy.append(-1 if pos is None else position_index.setdefault(pos, len(position_index)))

        for group, names in GROUPS:
            values: list[Any] = [props.get(name) for name in names]
            for k, value in enumerate(values):
                if value is not None and type(value) is not str:  # the common cases, fast
                    values[k] = _scalar(value)
            if group == "date":
                # A missing end means a single day; a missing start too.
                known = [d for d in (_day(values[0]), _day(values[1])) if d is not None]
                span = (min(known), max(known)) if known else (None, None)
                days += known
                values += span
            elif group == "place":
                values.append(area_radius_m(values[4], values[5]))
            elif group == "claimant":
                key = str(values[0] or values[1] or "")
                side = str(values[2] or "unknown")
                if side == "unknown" and key in claimants:  # the table knows better
                    side = str(claimants[key].get("side") or "unknown")
                default: tuple[str, set[str], int] = (
                    str(values[1] or key or "(no claimant)"),
                    set(),
                    0,
                )
                name, claim_sides, count = seen.get(key, default)
                seen[key] = (name, claim_sides | {side}, count + 1)
                values += (key, side)  # key replaced by the legend index below
            dictionaries[group].add(tuple(values))

    legend = _claimant_legend(seen, claimants)
    legend_index = {row[0]: i for i, row in enumerate(legend)}
    claimant_table = [
        [*entry[:-2], legend_index[entry[-2]], entry[-1]]
        for entry in dictionaries["claimant"].table()
    ]
    side_counts: dict[str, int] = {}
    for entry, count in zip(
        dictionaries["claimant"].index, _counts(dictionaries["claimant"].column), strict=True
    ):
        side_counts[entry[-1]] = side_counts.get(entry[-1], 0) + count
    side_order = list(SIDE_LABELS)
    sides = [
        [code, SIDE_LABELS.get(code, code), side_counts[code]]
        for code in sorted(
            side_counts, key=lambda s: (side_order.index(s) if s in side_order else 99, s)
        )
    ]
    tables = {group: d.table() for group, d in dictionaries.items()}
    tables["claimant"] = claimant_table
    return {
        "version": 1,
        "title": str(title),
        "ids": ids,
        "xy": xy,
        "positions": [c for pos in position_index for c in pos],
        "fields": {group: [*names, *COMPUTED.get(group, ())] for group, names in GROUPS},
        "tables": tables,
        "columns": {group: d.compact_column() for group, d in dictionaries.items()},
        "claimants": legend,
        "sides": sides,
        "range": [min(days), max(days)] if days else None,
        "places": _encode_places(places),
        "tiles": dict(tiles) if tiles else None,
    }


def _counts(column: list[int]) -> list[int]:
    """How often each tuple index occurs in a dictionary column."""
    counts = [0] * (max(column) + 1 if column else 0)
    for index in column:
        counts[index] += 1
    return counts


def _encode_places(places: Iterable[Mapping[str, Any]]) -> list[list[Any]]:
    """Gazetteer places as [id, label, lat, lon, precision]; the label gives both languages."""
    rows = []
    for place in places:
        lat, lon = _number(place.get("lat")), _number(place.get("lon"))
        if lat is None or lon is None:
            continue
        label = place.get("names") or place.get("name") or place.get("id") or ""
        rows.append(
            [
                str(place.get("id", "")),
                str(label),
                round(lat, 5),
                round(lon, 5),
                str(place.get("precision") or ""),
            ]
        )
    return rows


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render_map(
    collection: Mapping[str, Any],
    *,
    places: Sequence[Mapping[str, Any]] = (),
    claimants: Mapping[str, Mapping[str, Any]] | None = None,
    title: str = "mapper",
    tiles: Mapping[str, str] | None = OSM_TILES,
) -> str:
    """The whole HTML page for a GeoJSON FeatureCollection of claims, as a string.

    Parameters
    ----------
    collection
        A FeatureCollection as mapper exports it: Point or null geometry, flat claim properties
        (``mapper.model.CLAIM_FIELDS``). Any property may be missing; all text is untrusted and
        is shown as text.
    places
        Gazetteer places (id, name, names, lat, lon, precision) drawn as a labelled reference
        layer, which keeps the map readable offline.
    claimants
        Claimant id -> {"name", "side", "color"}. Others get a palette colour.
    title
        Page title and panel heading.
    tiles
        {"url", "attribution"} of a base tile layer used when online, or None for none.

    Examples
    --------
    >>> page = render_map({"type": "FeatureCollection", "features": [
    ...     {"type": "Feature", "id": "c1", "geometry": {"type": "Point",
    ...      "coordinates": [46.75, 39.52]}, "properties": {"quote": "</script>"}}]})
    >>> "</script>" in page.split('id="mapper-data">')[1].split("</script>")[0]
    False
    """
    data = encode_claims(collection, places=places, claimants=claimants, title=title, tiles=tiles)
    leaflet_js, leaflet_css = leaflet_assets()
    map_js, map_css = _page_assets()
    for name, script in (("leaflet.js", leaflet_js), ("map.js", map_js)):
        if "</script" in script.lower():  # would end the element early
            raise ValueError(f"{name} contains '</script' and cannot be inlined")
    img_src = "data:"
    if tiles and tiles.get("url", "").startswith(("https://", "http://")):
        img_src += " " + tiles["url"].split(":", 1)[0] + ":"
    csp = "; ".join(
        [
            "default-src 'none'",
            f"script-src {_csp_hash(leaflet_js)} {_csp_hash(map_js)}",
            "style-src 'unsafe-inline'",
            f"img-src {img_src}",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    return _PAGE.format(
        csp=html.escape(csp, quote=False),  # our own text; no double quotes
        title=html.escape(str(title)),
        leaflet_css=leaflet_css,
        map_css=map_css,
        data=script_json(data),
        leaflet_js=leaflet_js,
        map_js=map_js,
    )


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_map(path: str | os.PathLike[str], collection: Mapping[str, Any], **options: Any) -> Path:
    """Render the map and write it to ``path`` atomically (temp file + ``os.replace``)."""
    target = Path(path)
    page = render_map(collection, **options)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(page)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes it private; a map is for sharing
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


# The page skeleton. Every slot is either escaped (csp, title) or trusted code; the data goes
# only into the JSON element. Braces of the template are doubled for str.format.
_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="generator" content="mapper">
<title>{title}</title>
<style>{leaflet_css}</style>
<style>{map_css}</style>
</head>
<body>
<div id="mapper-map" role="application" aria-label="Map of claimed incidents"></div>
<script type="application/json" id="mapper-data">{data}</script>
<script>{leaflet_js}</script>
<script>{map_js}</script>
</body>
</html>
"""
