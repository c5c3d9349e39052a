"""An opt-in online fallback for place names the gazetteer does not know (Nominatim or Photon).

Off by default; the CLI turns it on with ``--geocoder nominatim|photon``. Requests go through
geopy, one at a time at most every ``min_delay`` seconds (geopy's RateLimiter; Nominatim's usage
policy asks for one a second), and every answer is cached on disk (a JSON file keyed by service
and query), so a rerun or an offline run asks nothing twice. An answer is accepted only inside
the plausible bounds of ``regions.csv`` in the gazetteer's folder; it is marked
``geocoder:<service>`` with a modest score, and listed in a review CSV of candidate gazetteer
rows, because a geocoder's guess is not curated data.

>>> geocoder = Geocoder.for_gazetteer("nominatim", gaz, cache_dir=Path(".cache"))  # doctest: +SKIP
>>> result = read_records(paths, gaz, geocoder=geocoder)  # doctest: +SKIP
>>> geocoder.write_review("out/geocoded_review.csv")  # doctest: +SKIP
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mapper import __version__
from mapper.errors import GeocoderError
from mapper.export import write_text_atomic
from mapper.gazetteer import Gazetteer
from mapper.match import clean_query
from mapper.names import translit

SERVICES = ("nominatim", "photon")
#: Trust in a geocoder's answer: below every gazetteer match, above nothing.
SCORE = 0.5
CACHE_FILE = "geocode-cache.json"
LIMIT = 5
REVIEW_FIELDS = (
    "id_suggestion",
    "name",
    "lat",
    "lon",
    "precision",
    "uncertainty_m",
    "service",
    "query",
    "address",
    "status",
)
#: OSM place types -> mapper's precisions.
_PRECISION = {
    "hamlet": "village",
    "village": "village",
    "isolated_dwelling": "village",
    "locality": "village",
    "neighbourhood": "village",
    "farm": "site",
    "building": "site",
    "town": "town",
    "suburb": "town",
    "city": "city",
    "municipality": "district",
    "county": "district",
    "district": "district",
    "state_district": "district",
    "state": "region",
    "region": "region",
    "province": "region",
    "country": "country",
}
#: Uncertainty (m) when the answer gives no bounding box.
_UNCERTAINTY = {
    "site": 200.0,
    "village": 2000.0,
    "town": 4000.0,
    "city": 8000.0,
    "district": 20000.0,
    "region": 60000.0,
    "country": 200000.0,
}


@dataclass(frozen=True, slots=True)
class Bounds:
    """One plausible box from regions.csv."""

    id: str
    min_lat: float
    max_lat: float
    min_lon: float
    max_lon: float

    def contains(self, lat: float, lon: float) -> bool:
        return self.min_lat <= lat <= self.max_lat and self.min_lon <= lon <= self.max_lon


def load_bounds(directory: str | Path) -> list[Bounds]:
    """The boxes of ``regions.csv`` in a gazetteer folder; GeocoderError if there are none."""
    path = Path(directory) / "regions.csv"
    try:
        rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
        bounds = [
            Bounds(
                r["id"],
                float(r["min_lat"]),
                float(r["max_lat"]),
                float(r["min_lon"]),
                float(r["max_lon"]),
            )
            for r in rows
        ]
    except (OSError, KeyError, TypeError, ValueError) as exc:
        raise GeocoderError(f"cannot read plausible bounds ({exc})", where=str(path)) from None
    if not bounds:
        raise GeocoderError(
            "no plausible bounds: the geocoder would accept nothing", where=str(path)
        )
    return bounds


@dataclass(frozen=True, slots=True)
class GeocodeResult:
    """A geocoder's answer for one query: where, how sure, and what it said."""

    query: str
    service: str
    lat: float
    lon: float
    address: str
    precision: str | None
    uncertainty_m: float
    raw: dict[str, Any] = field(default_factory=dict, compare=False)
    accepted: bool = True

    @property
    def method(self) -> str:
        return f"geocoder:{self.service}"

    @property
    def score(self) -> float:
        return SCORE


def slug(text: str) -> str:
    """A gazetteer id suggestion: transliterated, lower case, hyphens (Հին Թաղեր: hin-tagher)."""
    return "-".join(re.findall(r"[a-z0-9]+", translit(text)))


class Geocoder:
    """One online service behind a rate limit and a disk cache; answers checked against bounds.

    ``domain`` and ``scheme`` point geopy at another server (tests use a local one);
    ``geolocator`` replaces geopy's object entirely (anything with a geopy-like ``geocode``).
    After ``max_failures`` failed requests in a row the geocoder stops asking and every lookup
    raises GeocoderError at once, so a dead service does not cost a timeout per row.
    """

    def __init__(
        self,
        service: str,
        *,
        bounds: Sequence[Bounds],
        cache_dir: str | Path | None,
        min_delay: float = 1.0,
        domain: str | None = None,
        scheme: str = "https",
        timeout: float = 10.0,
        user_agent: str | None = None,
        max_retries: int = 1,
        max_failures: int = 3,
        proxies: Any = None,
        geolocator: Any = None,
    ) -> None:
        if service not in SERVICES:
            raise GeocoderError(
                f"unknown geocoder {service!r}; expected one of {', '.join(SERVICES)}"
            )
        if not bounds:
            raise GeocoderError("no plausible bounds given")
        self.service = service
        self.bounds = list(bounds)
        self.cache_path = Path(cache_dir) / CACHE_FILE if cache_dir else None
        self.max_failures = max_failures
        self.failures = 0
        self.review: list[GeocodeResult] = []
        self._cache = self._read_cache()
        if geolocator is None:
            geolocator = _geolocator(
                service,
                domain=domain,
                scheme=scheme,
                timeout=timeout,
                proxies=proxies,
                user_agent=user_agent or f"mapper/{__version__}",
            )
        from geopy.extra.rate_limiter import RateLimiter

        self._geocode: Callable[..., Any] = RateLimiter(
            geolocator.geocode,
            min_delay_seconds=min_delay,
            max_retries=max_retries,
            error_wait_seconds=max(min_delay, 2.0) if max_retries else min_delay,
            swallow_exceptions=False,
        )

    @classmethod
    def for_gazetteer(cls, service: str, gazetteer: Gazetteer, **options: Any) -> Geocoder:
        """A geocoder bounded by the gazetteer's ``regions.csv``."""
        options.setdefault("cache_dir", None)
        return cls(service, bounds=load_bounds(gazetteer.directory), **options)

    # -- the cache ---------------------------------------------------------------------------

    def _read_cache(self) -> dict[str, list[dict[str, Any]]]:
        if self.cache_path is None or not self.cache_path.is_file():
            return {}
        try:
            data = json.loads(self.cache_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise GeocoderError(
                f"unreadable cache ({exc}); delete it to start afresh", where=str(self.cache_path)
            ) from None
        return data if isinstance(data, dict) else {}

    def _write_cache(self) -> None:
        if self.cache_path is None:
            return
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self._cache, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        write_text_atomic(self.cache_path, text, force=True)

    # -- lookups -----------------------------------------------------------------------------

    def _ask(self, query: str) -> list[dict[str, Any]]:
        """The service's answers for a query, from the cache or the network."""
        cache_key = f"{self.service}\t{query}"
        if cache_key in self._cache:
            return self._cache[cache_key]
        if self.failures >= self.max_failures:
            raise GeocoderError(
                f"{self.service} not asked: it failed {self.failures} times in a row"
            )
        from geopy.exc import GeocoderUnavailable, GeopyError

        west, south, east, north = self._box()
        box = [(south, west), (north, east)]
        extra = (
            {"viewbox": box, "addressdetails": True}
            if self.service == "nominatim"
            else {"bbox": box}
        )
        try:
            found = self._geocode(query, exactly_one=False, limit=LIMIT, **extra)
        except GeopyError as exc:
            self.failures += 1
            # (not urllib3's 400 characters of pool, host, port and retries)
            reason = ("cannot reach the service (offline, or its address is wrong)"
                      if isinstance(exc, GeocoderUnavailable) else str(exc) or type(exc).__name__)
            raise GeocoderError(f"{self.service} failed for {query!r}: {reason}") from None
        self.failures = 0
        answers = [
            {
                "lat": float(loc.latitude),
                "lon": float(loc.longitude),
                "address": str(loc.address or ""),
                "raw": loc.raw if isinstance(loc.raw, dict) else {},
            }
            for loc in (found or [])
        ]
        self._cache[cache_key] = answers
        self._write_cache()
        return answers

    def _box(self) -> tuple[float, float, float, float]:
        return (
            min(b.min_lon for b in self.bounds),
            min(b.min_lat for b in self.bounds),
            max(b.max_lon for b in self.bounds),
            max(b.max_lat for b in self.bounds),
        )

    def lookup(self, query: str) -> GeocodeResult | None:
        """The first answer inside the plausible bounds, or None; GeocoderError on failure.

        Every answer considered is kept in :attr:`review` (accepted or not).
        """
        query = clean_query(query)
        if not query:
            return None
        best = None
        for answer in self._ask(query):
            lat, lon = answer["lat"], answer["lon"]
            if not (math.isfinite(lat) and math.isfinite(lon)):
                continue
            inside = any(b.contains(lat, lon) for b in self.bounds)
            precision = _precision(answer["raw"])
            result = GeocodeResult(
                query,
                self.service,
                lat,
                lon,
                answer["address"],
                precision,
                _uncertainty(answer["raw"], precision, lat),
                answer["raw"],
                accepted=inside and best is None,
            )
            if result not in self.review:
                self.review.append(result)
            if result.accepted:
                best = result
        return best

    __call__ = lookup

    # -- the review file ---------------------------------------------------------------------

    def review_csv(self) -> str:
        """Candidate gazetteer rows, one per answer, for a person to check before adding."""
        out = io.StringIO()
        writer = csv.DictWriter(out, REVIEW_FIELDS, lineterminator="\n")
        writer.writeheader()
        for r in self.review:
            writer.writerow(
                {
                    "id_suggestion": slug(r.query),
                    "name": r.query,
                    "lat": f"{r.lat:.5f}",
                    "lon": f"{r.lon:.5f}",
                    "precision": r.precision or "",
                    "uncertainty_m": f"{r.uncertainty_m:.0f}",
                    "service": r.service,
                    "query": r.query,
                    "address": r.address,
                    "status": "accepted"
                    if r.accepted
                    else (
                        "outside the plausible bounds"
                        if not any(b.contains(r.lat, r.lon) for b in self.bounds)
                        else "not the first"
                    ),
                }
            )
        return out.getvalue()

    def write_review(self, path: str | Path, *, force: bool = False) -> Path:
        return write_text_atomic(path, self.review_csv(), force=force)


def default_cache_dir() -> Path:
    """Where answers are cached: $MAPPER_CACHE, else $XDG_CACHE_HOME/mapper or ~/.cache/mapper."""
    if os.environ.get("MAPPER_CACHE"):
        return Path(os.environ["MAPPER_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "mapper"


def _geolocator(service: str, **options: Any) -> Any:
    from geopy.geocoders import Nominatim, Photon

    kwargs = {k: v for k, v in options.items() if v is not None}
    cls = Nominatim if service == "nominatim" else Photon
    return cls(**kwargs)


def _precision(raw: dict[str, Any]) -> str | None:
    props = raw["properties"] if isinstance(raw.get("properties"), dict) else raw
    for name in ("addresstype", "type", "osm_value"):
        value = props.get(name)
        if isinstance(value, str) and value in _PRECISION:
            return _PRECISION[value]
    return None


def _uncertainty(raw: dict[str, Any], precision: str | None, lat: float) -> float:
    """Half the diagonal of the answer's bounding box, else a default for its precision."""
    box = None
    try:
        if isinstance(raw.get("boundingbox"), list):  # Nominatim: south, north, west, east
            s, n, w, e = (float(x) for x in raw["boundingbox"])
            box = (s, n, w, e)
        elif isinstance(raw.get("properties"), dict) and isinstance(
            raw["properties"].get("extent"), list
        ):  # Photon: west, north, east, south
            w, n, e, s = (float(x) for x in raw["properties"]["extent"])
            box = (s, n, w, e)
    except (TypeError, ValueError):
        box = None
    if box is not None and all(math.isfinite(v) for v in box):
        s, n, w, e = box
        dy = (n - s) * 111_320.0
        dx = (e - w) * 111_320.0 * math.cos(math.radians(lat))
        if dx >= 0 and dy >= 0:
            return max(100.0, round(math.hypot(dx, dy) / 2, -1))
    return _UNCERTAINTY.get(precision or "", 5000.0)
