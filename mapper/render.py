"""The map: a ``folium.Map`` whose page is one HTML file that opens anywhere, offline.

:func:`claims_map` returns a ``folium.Map`` (show it in Jupyter, add your own folium layers,
``save`` it) built of folium elements of our own, which declare the code they need as class data
like folium's plugins do, but inline it instead of linking a CDN:

* :class:`ClaimsLayer`: the claims as one JSON document in ``<script type="application/json">``
  (serialised by :func:`json.dumps` and escaped so that no data can close the element,
  :func:`script_json`), drawn by ``mapper/map.js``: one Leaflet canvas layer, every popup and
  panel built with ``textContent`` / ``createElement`` (no ``innerHTML`` with data, no ``eval``);
* :class:`Geography`: the offline base layer, Natural Earth land, water and borders
  (``mapper/data/geography.json``, built by ``mapper/data/build_geography.py``);
* Leaflet 1.9.4's JS and CSS inlined from the ``django-js-lib-leaflet`` wheel (read through
  :mod:`importlib.resources`, never fetched, never copied into the repository). folium's own
  CDN defaults (jQuery, Bootstrap, Font Awesome) are left out: folium elements that need them
  (``Popup``, ``Icon``) do not work in this page; ``Tooltip``, shapes, ``GeoJson`` do.

:class:`Page` (folium's ``Figure``) replaces branca's random element ids with numbers in tree
order, so the same input gives the same bytes, and writes a Content-Security-Policy admitting
only the hashes of the page's inline scripts and images from data URIs (and from the tile
server, when online tiles were asked for with ``tiles``: off by default, so the page contacts no
server).

The JSON is columnar and dictionary-encoded (:func:`encode_claims`): fields that vary together
(all the date fields, all the place fields, claimant fields, ...) form one *group*; each distinct
tuple of a group is stored once, and each claim stores one small integer per group, so 100,000
claims cost well under 150 bytes each.

How a claim reads on the map: a claim at a site, village, town or city is a marker whose **fill**
is its date (viridis over the claims' date range, grey when unknown) and whose **ring colour and
shape** are its claimant (a hue family per side, :data:`SIDE_SHADES`; shades and shapes tell the
claimants of one side apart); a dark halo marks a contested incident; its uncertainty is drawn as
a dotted circle where wider than the marker. A claim known only to a district, region or corridor
is a dashed outline of its uncertainty, beneath the markers. Claims at one position are spread on
a ring or spiral of fixed pixel offsets. Unlocated claims are listed in the panel.

Examples
--------
>>> m = claims_map({"type": "FeatureCollection", "features": []}, title="empty")
>>> page_html(m).startswith("<!DOCTYPE html>")
True
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import json
import math
import operator
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, cast

import folium
from branca.element import Element, Figure, MacroElement
from folium.elements import ElementAddToElement
from folium.map import Layer
from folium.raster_layers import TileLayer
from jinja2 import Template

from mapper.errors import DataError

__all__ = [
    "AREA_PRECISIONS",
    "SIDE_SHADES",
    "ClaimsLayer",
    "Geography",
    "Page",
    "area_radius_m",
    "claims_map",
    "encode_claims",
    "geography",
    "leaflet_assets",
    "page_html",
    "render_map",
    "script_json",
    "write_map",
]

#: One hue family per side, light to dark (ColorBrewer sequential ramps). Sides that contest each
#: other's claims (Azerbaijan and Türkiye against Armenia and Nagorno-Karabakh), and Russia,
#: stay apart for viewers with red-green colour blindness too (tests/test_render.py simulates
#: it); allied sides may look alike to them. Claimants of one side get shades spread over the
#: ramp and, as a second channel, each its own marker shape (SHAPES): no two look alike.
SIDE_SHADES: Mapping[str, tuple[str, ...]] = {
    "az": ("#9ecae1", "#4292c6", "#08519c", "#08306b"),  # blues
    "am": ("#fdae6b", "#f16913", "#a63603", "#7f2704"),  # oranges
    "nk": ("#fc9272", "#ef3b2c", "#a50f15", "#67000d"),  # reds
    "ru": ("#a1d99b", "#41ab5d", "#006d2c", "#00441b"),  # greens
    "tr": ("#bcbddc", "#807dba", "#54278f", "#3f007d"),  # purples
    "intl": ("#bdbdbd", "#737373", "#252525", "#000000"),  # greys
    "neutral": ("#dfc27d", "#bf812d", "#8c510a", "#543005"),  # browns
    "unknown": ("#f1b6da", "#de77ae", "#c51b7d", "#8e0152"),  # pinks
}
#: Marker shapes, the second channel within a side (drawn by map.js). A side of more claimants
#: than shades gives the k-th and the (k+4)-th one shade: their shapes, two or four places apart
#: here, are unlike (circle, triangle, square; diamond, triangle-down, hexagon), never a circle
#: and a hexagon, which look alike at 8 px.
SHAPES = ("circle", "diamond", "triangle", "triangle-down", "square", "hexagon")

#: Precisions drawn as an outlined area of their uncertainty radius; every other claim is a
#: marker at its place (with its uncertainty drawn when it is wider than the marker).
AREA_PRECISIONS = ("district", "region", "corridor", "country")
#: Radius drawn for an area claim that gives no uncertainty.
AREA_DEFAULT_M = {"district": 15_000.0, "region": 40_000.0, "corridor": 10_000.0,
                  "country": 150_000.0}

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
    # A group of its own: in another, claims that share a quote or an event but differ in
    # confidence would each need a tuple (a sentence naming five villages: five copies of
    # its quote); alone it costs an index a claim, and one number when no claim has one.
    ("confidence", ("confidence",)),
)
#: Computed fields appended to a group's tuples.
COMPUTED = {"date": ("_day0", "_day1"), "place": ("_area_m",), "claimant": ("_legend", "_side")}

_LEAFLET_DIR = "static/js_lib_leaflet"
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
    """Radius in metres to draw an area claim (district, region, ...), or None for a point.

    >>> area_radius_m("village", 500), area_radius_m("district", None), area_radius_m("town", 5000)
    (None, 15000.0, None)
    """
    if precision not in AREA_PRECISIONS:
        return None
    radius = _number(uncertainty_m)
    return radius if radius and radius > 0 else AREA_DEFAULT_M[precision]


def _position(geometry: Any) -> tuple[float, float] | None:
    """(lon, lat) rounded to 5 decimals (about 1 m) of a GeoJSON Point, else None."""
    if not isinstance(geometry, Mapping) or geometry.get("type") != "Point":
        return None
    coords = geometry.get("coordinates")
    if not isinstance(coords, Sequence) or len(coords) < 2:
        return None
    return _rounded(coords[0], coords[1])


def _rounded(x: Any, y: Any) -> tuple[float, float] | None:
    lon, lat = _number(x), _number(y)
    if lon is None or lat is None or not (-180 <= lon <= 180 and -90 <= lat <= 90):
        return None
    return round(lon, 5), round(lat, 5)


#: JSON scalar types: equal values of one of them give equal tuples in a dictionary.
_PLAIN = frozenset((str, int, float, bool, type(None)))
#: Types whose values compare equal across types (1 == 1.0 == True) yet encode apart.
_NUMBERS = frozenset((int, float, bool))
#: Types whose values :func:`_scalar` keeps as they are.
_KEPT = frozenset((str, int, bool, type(None)))


def _scalars(raw: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(v if v is None or type(v) is str else _scalar(v) for v in raw)


class _Dictionary:
    """Distinct tuples of one field group, numbered in order of first appearance."""

    def __init__(self) -> None:
        self.index: dict[tuple[Any, ...], int] = {}
        self.column: list[int] = []

    def encode(self, rows: list[tuple[Any, ...]], make: Callable[[tuple[Any, ...]], tuple] | None,
               of: list[int] | None = None) -> None:
        """Number the tuple ``make`` gives for each row (a claim's values of the group's fields).

        ``make`` runs once for each distinct row when the fields hold JSON scalars (keyed with
        their types where a field mixes numbers and booleans), else once a row. ``make`` None:
        the row as :func:`_scalar` makes each value (the row itself when it holds no float).
        ``of`` given: the rows are distinct, and claim i's row is ``rows[of[i]]``."""
        self._number(rows, make)
        if of is not None:
            self.column = list(map(self.column.__getitem__, of))

    def _number(self, rows: list[tuple[Any, ...]],
                make: Callable[[tuple[Any, ...]], tuple] | None) -> None:
        types = [set(map(type, column)) for column in zip(*rows, strict=True)]
        number = self.index.setdefault
        if make is None:
            if all(t <= _KEPT for t in types):  # the rows as they are, numbered in one pass
                self.column = [number(row, len(self.index)) for row in rows]
                return
            make = _scalars
        if not all(t <= _PLAIN for t in types):
            self.column = [number(make(row), len(self.index)) for row in rows]
            return
        keys: list[Any] = rows
        if any(len(t & _NUMBERS) > 1 for t in types):
            keys = [(row, tuple(map(type, row))) for row in rows]
        distinct = dict.fromkeys(keys, 0)
        for key in distinct:
            distinct[key] = number(make(key if keys is rows else key[0]), len(self.index))
        self.column = list(map(distinct.__getitem__, keys))

    def table(self) -> list[list[Any]]:
        return [list(values) for values in self.index]

    def compact_column(self) -> list[int] | int:
        """The per-claim indices, or one int when every claim shares the same tuple."""
        return self.column[0] if len(self.index) == 1 else self.column


def _claimant_legend(
    seen: Mapping[str, tuple[str, set[str], int]], claimants: Mapping[str, Mapping[str, Any]]
) -> list[list[Any]]:
    """Legend rows [key, name, side, colour, count, in_table, shape], ordered by side then name.

    A claimant in the table takes its name and side from there; any other the name the claims
    give and the side they agree on, else "unknown". Within a side, the k-th of m claimants gets
    a shade spread over the side's ramp and the k-th shape.
    """
    rows: list[list[Any]] = []
    for key in sorted(seen):
        name, sides, count = seen[key]
        entry = claimants.get(key)
        if entry is not None:
            rows.append([key, str(entry.get("name") or name), str(entry.get("side") or "unknown")])
        else:
            side = next(iter(sides)) if len(sides) == 1 else "unknown"
            rows.append([key, name, side])
        rows[-1] += [None, count, entry is not None]
    side_order = list(SIDE_LABELS)

    def order(row: list[Any]) -> tuple[int, str, str]:
        rank = side_order.index(row[2]) if row[2] in side_order else len(side_order)
        return rank, row[1].casefold(), row[0]

    rows.sort(key=order)
    by_side: dict[str, list[list[Any]]] = {}
    for row in rows:
        by_side.setdefault(row[2] if row[2] in SIDE_SHADES else "unknown", []).append(row)
    for side, members in by_side.items():
        ramp = SIDE_SHADES[side]
        for k, row in enumerate(members):
            # one claimant: a middle shade; more: spread from light to dark, then again
            shade = 1 if len(members) == 1 else round(k * (len(ramp) - 1) / (len(members) - 1))
            shade = shade if len(members) <= len(ramp) else k % len(ramp)
            row[3] = ramp[shade]
            row.append(SHAPES[k % len(SHAPES)])
    return rows


def encode_claims(
    collection: Mapping[str, Any],
    *,
    places: Iterable[Mapping[str, Any]] = (),
    claimants: Mapping[str, Mapping[str, Any]] | None = None,
    title: str = "mapper",
) -> dict[str, Any]:
    """The page's data document: columnar, dictionary-encoded claims plus legends and places.

    Keys: ``ids`` (claim ids), ``xy`` (per claim: index into ``positions``, -1 if unlocated),
    ``positions`` (flat [lon, lat, ...]), ``fields`` (group -> field names), ``tables``
    (group -> distinct tuples), ``columns`` (group -> per-claim tuple index, or one int when all
    claims share it), ``claimants`` (legend rows), ``sides`` ([code, label, count]), ``range``
    ([first, last] day numbers or None), ``places`` ([id, label, lat, lon, precision]),
    and ``title``. Output depends only on the input (no random ids), so the same
    input gives byte-identical pages.
    """
    ids: list[str] = []
    positions: list[tuple[float, float] | None] = []
    rows: list[Mapping[str, Any]] = []
    for number, feature in enumerate(collection.get("features") or []):
        if not isinstance(feature, Mapping):
            continue
        props = feature.get("properties")
        props = props if isinstance(props, Mapping) else {}
        rows.append(props)
        claim_id = feature.get("id", props.get("claim_id"))
        ids.append(str(claim_id) if claim_id is not None else f"#{number + 1}")
        positions.append(_position(feature.get("geometry")))
    groups = {}
    for group, names in GROUPS:
        try:
            values = map(operator.itemgetter(*names), rows)
            # itemgetter of one name gives the value, of more a tuple
            groups[group] = [(v,) for v in values] if len(names) == 1 else list(values)
        except KeyError:  # some claim lacks a field
            groups[group] = [tuple(map(props.get, names)) for props in rows]
    return _encode(ids, positions, groups, places=places, claimants=claimants, title=title)


def _claim_groups(
    claims: Iterable[Any],
) -> tuple[list[str], tuple[list[tuple[float, float] | None], list[int]],
           dict[str, tuple[list[tuple[Any, ...]], list[int]]]]:
    """What :func:`encode_claims` reads from the exported GeoJSON of ``claims`` (ids, positions,
    each group's values), taken from the claims as the export takes them, without the features
    or their properties: the positions, and each group's values, as the distinct ones and each
    claim's index into them."""
    from mapper.export import DECIMALS, sort_claims
    from mapper.model import claim_attributes, claim_columns, export_values

    ordered = sort_claims(claims)

    def positions_of(pairs: list[tuple[Any, Any]]) -> list[tuple[float, float] | None]:
        return [None if lat is None or lon is None else
                _rounded(round(lon, DECIMALS), round(lat, DECIMALS)) for lon, lat in pairs]

    ids: list[str] = []
    positions = _Distinct(("lon", "lat"))  # claims share their places' positions
    worked = {group: _Distinct(claim_attributes(names)) for group, names in GROUPS
              if group in _WORKED}
    rows: dict[str, list[tuple[Any, ...]]] = {group: [] for group, _ in GROUPS
                                               if group not in _WORKED}
    # A chunk of claims at a time, every field read while the chunk's claims are in the
    # processor's cache (a pass over all the claims for each group took 1.6 times as long).
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start : start + _CHUNK]
        ids.extend(map(_CLAIM_ID, chunk))
        positions.add(chunk)
        for group, names in GROUPS:
            if group in worked:
                worked[group].add(chunk)
            else:
                rows[group].extend(claim_columns(chunk, names))
    groups: dict[str, Any] = {
        group: worked[group].results(functools.partial(export_values, names=names))
        if group in worked else rows[group] for group, names in GROUPS
    }
    return ids, positions.results(positions_of), groups


#: Claims read at a time by :func:`_claim_groups`.
_CHUNK = 1_000
_CLAIM_ID = operator.attrgetter("claim_id")
#: The claim attributes of a number type (the others hold text, dates and tuples of text).
_NUMERIC = frozenset(("lat", "lon", "uncertainty_m", "score", "killed", "wounded"))
#: Groups whose export values are worked out of the claim's (dates written, scores rounded, lists
#: joined), for each distinct tuple of the claim attributes they are made of.
_WORKED = frozenset(("date", "place", "claimant"))


class _Distinct:
    """The claims' tuples of some attributes, read a chunk of claims at a time (:meth:`add`),
    each distinct tuple numbered in order of first appearance.

    :meth:`results` works on each distinct tuple once, unless an attribute of a number type
    (:data:`_NUMERIC`) mixes numbers and booleans (1, 1.0 and True are equal keys but are
    written apart) or holds what cannot be a key: then on every claim's tuple."""

    def __init__(self, attributes: tuple[str, ...]) -> None:
        self.read = operator.attrgetter(*attributes)
        self.numeric = [k for k, name in enumerate(attributes) if name in _NUMERIC]
        self.types: list[set[type]] = [set() for _ in self.numeric]
        self.keys: list[tuple[Any, ...]] = []
        self.number: dict[tuple[Any, ...], int] | None = {}
        self.column: list[int] = []

    def add(self, claims: list[Any]) -> None:
        keys = list(map(self.read, claims))
        self.keys.extend(keys)
        for types, k in zip(self.types, self.numeric, strict=True):
            types.update(map(type, map(operator.itemgetter(k), keys)))
        number = self.number
        if number is not None:
            try:
                self.column.extend([number.setdefault(key, len(number)) for key in keys])
            except TypeError:  # an unhashable value
                self.number = None

    def results(self, work: Callable[[list[tuple[Any, ...]]], list[Any]]
                ) -> tuple[list[Any], list[int]]:
        """``work`` of the distinct tuples, and each claim's index into what it gave."""
        if self.number is None or any(len(types & _NUMBERS) > 1 for types in self.types):
            return work(self.keys), list(range(len(self.keys)))
        return work(list(self.number)), self.column


def _encode(
    ids: list[str],
    positions: list[tuple[float, float] | None]
    | tuple[list[tuple[float, float] | None], list[int]],
    groups: Mapping[str, list[tuple[Any, ...]] | tuple[list[tuple[Any, ...]], list[int]]],
    *,
    places: Iterable[Mapping[str, Any]],
    claimants: Mapping[str, Mapping[str, Any]] | None,
    title: str,
) -> dict[str, Any]:
    """:func:`encode_claims` of each claim's id, position and its values of each group's fields
    (a position or tuple a claim, or the distinct ones and each claim's index into them)."""
    claimants = claimants or {}
    dictionaries = {group: _Dictionary() for group, _ in GROUPS}
    position_index: dict[tuple[float, float], int] = {}
    distinct, of = positions if isinstance(positions, tuple) else (positions, None)
    xy = [-1 if p is None else position_index.setdefault(p, len(position_index))
          for p in distinct]
    if of is not None:
        xy = list(map(xy.__getitem__, of))

    def make(group: str, raw: tuple[Any, ...]) -> tuple[Any, ...]:
        """A group's tuple for the page from a claim's values of its fields, with the values
        computed for the page (:data:`COMPUTED`)."""
        values = list(_scalars(raw))
        if group == "date":
            # A missing end means a single day; a missing start too.
            known = [d for d in (_day(values[0]), _day(values[1])) if d is not None]
            values += (min(known), max(known)) if known else (None, None)
        elif group == "place":
            values.append(area_radius_m(values[4], values[5]))
        elif group == "claimant":
            key = str(values[0] or values[1] or "")
            side = str(values[2] or "unknown")
            if side == "unknown" and key in claimants:  # the table knows better
                side = str(claimants[key].get("side") or "unknown")
            values += (key, side)  # key replaced by the legend index below
        return tuple(values)

    for group, _ in GROUPS:
        computed = functools.partial(make, group) if group in COMPUTED else None
        rows = groups[group]
        if isinstance(rows, tuple):  # (distinct rows, each claim's row)
            dictionaries[group].encode(rows[0], computed, rows[1])
        else:
            dictionaries[group].encode(rows, computed)

    # Each claimant key's name (from its first claim), sides and count, and the date range,
    # from the distinct tuples: they are numbered in the order of the claims that first had them.
    seen: dict[str, tuple[str, set[str], int]] = {}
    side_counts: dict[str, int] = {}
    for entry, count in zip(
        dictionaries["claimant"].index, _counts(dictionaries["claimant"].column), strict=True
    ):
        key, side = entry[-2], entry[-1]
        default: tuple[str, set[str], int] = (str(entry[1] or key or "(no claimant)"), set(), 0)
        name, claim_sides, total = seen.get(key, default)
        seen[key] = (name, claim_sides | {side}, total + count)
        side_counts[side] = side_counts.get(side, 0) + count
    days = [d for entry in dictionaries["date"].index for d in entry[-2:] if d is not None]

    legend = _claimant_legend(seen, claimants)
    legend_index = {row[0]: i for i, row in enumerate(legend)}
    claimant_table = [
        [*entry[:-2], legend_index[entry[-2]], entry[-1]]
        for entry in dictionaries["claimant"].table()
    ]
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


@functools.cache
def geography() -> dict[str, Any]:
    """The offline base layer (``mapper/data/geography.json``, built from Natural Earth)."""
    text = resources.files("mapper").joinpath("data/geography.json").read_text(encoding="utf-8")
    return json.loads(text)


def _geography_for(data: Mapping[str, Any]) -> dict[str, Any]:
    """The base layer for a page: the world, plus the detailed region when the map is there."""
    geo = geography()
    west, south, east, north = geo["bbox"]
    points = list(zip(data["positions"][0::2], data["positions"][1::2], strict=True))
    points += [(p[3], p[2]) for p in data["places"]]
    near = any(west - 2 <= x <= east + 2 and south - 2 <= y <= north + 2 for x, y in points)
    return {
        "source": geo["source"],
        "quantum": geo["quantum"],
        "world": geo["world"],
        "region": geo["region"] if near or not points else {},
        "labels": geo["labels"],
    }


class _Raw(Element):
    """Text placed in the page as it is (trusted code or escaped data), never a Jinja template."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "Raw"
        self.text = text

    def render(self, **kwargs: Any) -> str:
        return self.text


class InlineAssets(MacroElement):
    """Like folium's ``JSCSSMixin``, an element declares the JS and CSS it needs as class data;
    here they are (name, loader) pairs whose text is inlined in the page's head, once per name,
    so that the page makes no request for them.

    Its data (``self.json``, escaped by :func:`script_json`) goes into the body as it is, never
    through a Jinja macro: branca compiles what a macro returns as a template again, so a
    ``{{ ... }}`` in a report would be evaluated.
    """

    inline_css: tuple[tuple[str, Any], ...] = ()
    inline_js: tuple[tuple[str, Any], ...] = ()
    json = ""

    def render(self, **kwargs: Any) -> None:  # type: ignore[override]  # as MacroElement's
        figure = cast(Figure, self.get_root())
        for name, load in self.inline_css:
            figure.header.add_child(_Raw(f"<style>{load()}</style>"), name=name)
        for name, load in self.inline_js:
            script = load()
            if "</script" in script.lower():  # would end the element early
                raise ValueError(f"{name} contains '</script' and cannot be inlined")
            figure.header.add_child(_Raw(f"<script>{script}</script>"), name=name)
        name = self.get_name()
        element = f'<script type="application/json" id="{name}-data">{self.json}</script>'
        figure.html.add_child(_Raw(element), name=name + "-data")
        super().render(**kwargs)


def _leaflet_css() -> str:
    return leaflet_assets()[1]


def _leaflet_js() -> str:
    return leaflet_assets()[0]


def _map_css() -> str:
    return _page_assets()[1]


def _map_js() -> str:
    return _page_assets()[0]


class ClaimsLayer(InlineAssets):
    """The claims as one folium element: one JSON document drawn by ``mapper/map.js``.

    Add it to any ``folium.Map``; it inlines Leaflet and its own script and stylesheet.
    """

    inline_css = (("leaflet_css", _leaflet_css), ("mapper_css", _map_css))
    inline_js = (("leaflet", _leaflet_js), ("mapper_js", _map_js))
    _template = Template(
        """
        {% macro script(this, kwargs) %}
        mapper.claims({{ this._parent.get_name() }}, "{{ this.get_name() }}-data");
        {% endmacro %}
        """
    )

    def __init__(self, data: Mapping[str, Any]) -> None:
        super().__init__()
        self._name = "ClaimsLayer"
        self.json = script_json(data)


class Geography(InlineAssets, Layer):
    """The offline base layer: Natural Earth borders, water and land (``geography()``)."""

    inline_css = ClaimsLayer.inline_css
    inline_js = ClaimsLayer.inline_js
    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = mapper.geography("{{ this.get_name() }}-data");
        {% endmacro %}
        """
    )

    def __init__(self, data: Mapping[str, Any], *, show: bool = True) -> None:
        super().__init__(name="Offline map (Natural Earth)", overlay=False, show=show)
        self._name = "Geography"
        self.json = script_json(data)


#: Element types made while a page renders: numbering them would shift the ids of the others.
_RENDER_HELPERS = (_Raw, ElementAddToElement)


def _stable_ids(root: Element) -> None:
    """Number every element of the tree in order (branca draws random ids): same tree, same page.

    A layer whose control label was its random name gets the new name too.
    """
    count = 0

    def walk(element: Any) -> None:
        nonlocal count
        for child in element._children.values():
            if isinstance(child, _RENDER_HELPERS) or type(child) is Element:
                continue
            count += 1
            old = child.get_name()
            child._id = str(count)
            if getattr(child, "layer_name", None) == old:
                child.layer_name = child.get_name()
            walk(child)

    walk(root)


_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)
_SCRIPT_SRC = re.compile(r"<script src=\"(https?://[^\"]+)\"")
_CSP_SLOT = '<meta http-equiv="Content-Security-Policy" content="@csp@">'


def _origin(url: str) -> str | None:
    """The CSP source of a tile URL template (``{s}`` subdomains become ``*``), else None."""
    match = re.match(r"(https?://)([^/]+)", url)
    if not match:
        return None
    return match.group(1) + re.sub(r"\{[^}]*\}", "*", match.group(2))


class Page(Figure):
    """The HTML page of a map: folium's ``Figure`` with stable ids and a Content-Security-Policy.

    Every inline script's hash is admitted, nothing else runs (scripts a user's folium plugin
    loads by URL are admitted by that URL); images only from data URIs and the tile layers on the
    map.
    """

    _template = Template(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
        "{% if this.title %}<title>{{this.title}}</title>{% endif %}"
        "    {{this.header.render(**kwargs)}}\n</head>\n<body>\n"
        "    {{this.html.render(**kwargs)}}\n</body>\n"
        "<script>\n    {{this.script.render(**kwargs)}}\n</script>\n</html>\n"
    )

    def __init__(self, title: str = "mapper") -> None:
        super().__init__(title=html.escape(str(title)))
        self.header.add_child(_Raw(_CSP_SLOT), name="csp", index=0)
        self.header.add_child(_Raw('<meta name="generator" content="mapper">'), name="generator")

    def render(self, **kwargs: Any) -> str:
        # Elements render into the header, body and script anew each time (folium would add a
        # second copy of some: keep only what this page itself put there).
        for part in (self.header, self.html, self.script):
            for name in [n for n in part._children if n not in ("meta_http", "csp", "generator")]:
                del part._children[name]
        _stable_ids(self)
        page = super().render(**kwargs)
        images = ["data:"]
        for element in _walk(self):
            if isinstance(element, TileLayer) and isinstance(element.tiles, str):
                origin = _origin(element.tiles)
                if origin and origin not in images:
                    images.append(origin)
        scripts = sorted({_csp_hash(s) for s in _SCRIPT.findall(page)})
        scripts += sorted(set(_SCRIPT_SRC.findall(page)))
        csp = "; ".join(
            [
                "default-src 'none'",
                "script-src " + " ".join(scripts),
                "style-src 'unsafe-inline'",
                "img-src " + " ".join(images),
                "base-uri 'none'",
                "form-action 'none'",
            ]
        )
        slot = _CSP_SLOT.replace("@csp@", html.escape(csp, quote=False))  # ours: no quotes
        return page.replace(_CSP_SLOT, slot, 1)


def _walk(element: Element) -> Iterable[Element]:
    for child in element._children.values():
        yield child
        yield from _walk(child)


def _collection(claims: Mapping[str, Any] | str | os.PathLike[str]) -> Mapping[str, Any]:
    """A FeatureCollection from exported GeoJSON: a mapping, its text or a path."""
    if isinstance(claims, Mapping):
        return claims
    where = "GeoJSON text"
    if isinstance(claims, os.PathLike) or not claims.lstrip().startswith("{"):
        where = str(claims)
        claims = Path(claims).read_text(encoding="utf-8")
    try:
        collection = json.loads(claims)
    except json.JSONDecodeError as exc:
        why = f"not JSON ({exc.msg}, line {exc.lineno})"
    else:
        if isinstance(collection, dict) and collection.get("type") == "FeatureCollection":
            return collection
        why = "not a FeatureCollection"
    raise DataError(
        f"{why}: claims_map reads the GeoJSON mapper exports, or Claim objects (a sheet or "
        "reports: `mapper map FILE -o map.html`, or mapper.records.read_records)",
        where=where,
    )


def claims_map(
    claims: Any,
    *,
    places: Sequence[Mapping[str, Any]] = (),
    claimants: Mapping[str, Mapping[str, Any]] | None = None,
    title: str = "mapper",
    tiles: str | None = None,
    attribution: str | None = None,
) -> folium.Map:
    """A ``folium.Map`` of claims that works offline: add layers to it, show it, ``save`` it.

    Parameters
    ----------
    claims
        ``mapper.model.Claim`` objects, or exported GeoJSON (a FeatureCollection mapping, its
        text, or a path). All text is untrusted and is shown as text.
    places
        Gazetteer places (id, name, names, lat, lon, precision) drawn as labelled dots.
    claimants
        Claimant id -> {"name", "side"}. Colours come from the side (see ``SIDE_SHADES``).
    title
        Page title and panel heading.
    tiles
        None (default): no online tiles, the page contacts no server. ``"osm"`` for
        OpenStreetMap, or an XYZ URL template (then ``attribution`` is required), added as a base
        layer the viewer can switch with the offline one.

    Examples
    --------
    >>> m = claims_map({"type": "FeatureCollection", "features": []}, title="empty")
    >>> page = m.get_root().render()
    >>> "cdn" in page, page == m.get_root().render()
    (False, True)
    """
    if isinstance(claims, Mapping | str | os.PathLike):
        data = encode_claims(_collection(claims), places=places, claimants=claimants, title=title)
    else:
        data = _encode(*_claim_groups(claims), places=places, claimants=claimants, title=title)
    fmap = folium.Map(location=None, tiles=None, zoom_control=True, min_zoom=2, max_zoom=18)
    fmap.default_js, fmap.default_css = [], []  # folium's CDN defaults: none
    Page(title).add_child(fmap)
    tile_layer = _tile_layer(tiles, attribution)
    Geography(_geography_for(data), show=tile_layer is None).add_to(fmap)
    ClaimsLayer(data).add_to(fmap)
    if tile_layer is not None:
        tile_layer.add_to(fmap)
        folium.LayerControl(position="topleft", collapsed=False).add_to(fmap)
    return fmap


#: Online tile layers by short name: (URL template, attribution). Used only when asked for.
TILES = {
    "osm": (
        "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    ),
}


def _tile_layer(tiles: str | None, attribution: str | None) -> TileLayer | None:
    if not tiles:
        return None
    url, default_attribution = TILES.get(tiles, (tiles, None))
    if not url.startswith(("https://", "http://")) or "{z}" not in url:
        raise ValueError(f"tiles: {tiles!r} is neither 'osm' nor an XYZ URL with {{z}}/{{x}}/{{y}}")
    attribution = attribution or default_attribution
    if not attribution:
        raise ValueError("tiles: an XYZ URL needs its attribution (--attribution)")
    name = "OpenStreetMap (online)" if tiles in TILES else "Online tiles"
    return TileLayer(url, attr=attribution, name=name, max_zoom=19, overlay=False)


def page_html(fmap: folium.Map) -> str:
    """The map's whole HTML page (the same tree always gives the same text)."""
    return fmap.get_root().render()


def render_map(collection: Any, **options: Any) -> str:
    """The whole HTML page for claims (see :func:`claims_map` for the options), as a string.

    >>> page = render_map({"type": "FeatureCollection", "features": [
    ...     {"type": "Feature", "id": "c1", "geometry": {"type": "Point",
    ...      "coordinates": [46.75, 39.52]}, "properties": {"quote": "</script>"}}]})
    >>> "</script>" in page.split('-data">')[2].split("</script>")[0]
    False
    """
    return page_html(claims_map(collection, **options))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_map(path: str | os.PathLike[str], claims: Any, **options: Any) -> Path:
    """Render the map (a ``folium.Map``, or claims and :func:`claims_map`'s options) and write
    it to ``path`` atomically (temp file + ``os.replace``)."""
    target = Path(path)
    page = page_html(claims) if isinstance(claims, folium.Map) else render_map(claims, **options)
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
