"""Group claims into incidents and mark the contested ones.

An incident is the real-world event that one or more claims refer to. Two located, dated claims
are about the same incident when their dates overlap (with a day of slack) and their places are
the same place, or near each other for their precision: two point-like places within
:data:`NEAR_M` (or the larger uncertainty of the two), or a point inside an area claim's
uncertainty radius ("the Hadrut district" contains the villages in it). Grouping is transitive.
Claims that are unlocated or undated only join others with the same place text and the same date.

An incident is *contested* when its claims come from different known sides, or disagree on the
event type (unknown ignored) or on the killed or wounded. Every claim is kept; nothing is
averaged: the incident's point is the position of its most precise claim.

>>> incidents = group(claims)  # doctest: +SKIP
>>> [(i.id, i.contested, i.reasons) for i in incidents]  # doctest: +SKIP
[('i-3f2a...', True, ('sides differ: am, az', 'killed differ: 2, 5'))]
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from mapper.model import PRECISIONS, Claim, DateSpan
from mapper.names import key

#: Claims a day apart can be about one incident (reports date night fighting either way).
SLACK_DAYS = 1
#: Point-like places this close (metres) are one incident's place.
NEAR_M = 5000.0
#: Precisions that name an area: such a claim contains whatever lies in its uncertainty radius.
AREAS = ("district", "region", "country")


@dataclass(frozen=True, slots=True)
class Incident:
    """Claims about one real-world event, linked, with why they disagree (if they do)."""

    id: str
    claim_ids: tuple[str, ...]
    place_ids: tuple[str, ...]
    date: DateSpan
    sides: tuple[str, ...]  # known sides of the claimants, sorted
    contested: bool
    reasons: tuple[str, ...] = ()
    lat: float | None = None  # the most precise claim's position, or None
    lon: float | None = None
    precision: str | None = None
    uncertainty_m: float | None = None


#: The flat fields of an incident in exports, in order.
INCIDENT_FIELDS = (
    "incident_id",
    "date_start",
    "date_end",
    "date_precision",
    "claim_count",
    "claim_ids",
    "place_ids",
    "sides",
    "contested",
    "reasons",
    "lat",
    "lon",
    "precision",
    "uncertainty_m",
)


def incident_row(incident: Incident) -> dict[str, object]:
    """The incident as one flat dict of scalars, in INCIDENT_FIELDS order."""
    d = incident.date
    return {
        "incident_id": incident.id,
        "date_start": d.start.isoformat() if d.start else None,
        "date_end": d.end.isoformat() if d.end else None,
        "date_precision": d.precision,
        "claim_count": len(incident.claim_ids),
        "claim_ids": "; ".join(incident.claim_ids),
        "place_ids": "; ".join(incident.place_ids),
        "sides": "; ".join(incident.sides),
        "contested": incident.contested,
        "reasons": "; ".join(incident.reasons),
        "lat": None if incident.lat is None else round(incident.lat, 6),
        "lon": None if incident.lon is None else round(incident.lon, 6),
        "precision": incident.precision,
        "uncertainty_m": incident.uncertainty_m,
    }


def distance_m(a: Claim, b: Claim) -> float:
    """Great-circle distance between two located claims (haversine, mean Earth radius)."""
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6_371_008.8 * math.asin(min(1.0, math.sqrt(h)))


def same_place(a: Claim, b: Claim) -> bool:
    """True when two located claims can be about one place, given their precision."""
    if a.place_id and a.place_id == b.place_id:
        return True
    d = distance_m(a, b)
    a_area, b_area = a.precision in AREAS, b.precision in AREAS
    if a_area or b_area:
        radius = max(
            a.uncertainty_m or 0.0 if a_area else 0.0, b.uncertainty_m or 0.0 if b_area else 0.0
        )
        return d <= radius
    return d <= max(NEAR_M, a.uncertainty_m or 0.0, b.uncertainty_m or 0.0)


def _dated(c: Claim) -> bool:
    return c.date.start is not None and c.date.end is not None


class _Sets:
    """Union-find over claim indexes."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _fallback_key(c: Claim) -> tuple[str, object, object, str] | None:
    """Unlocated or undated claims join only on the same place text and the same date."""
    text = key(c.place_text) if c.place_text else ""
    if not text:
        return None
    if _dated(c):
        return (text, c.date.start, c.date.end, "")
    date_text = " ".join(c.date.text.casefold().split())
    return (text, None, None, date_text) if date_text else None


def group(claims: Iterable[Claim]) -> list[Incident]:
    """Group claims into incidents; set each claim's ``incident_id`` and ``contested``.

    Returns the incidents sorted by start date (undated last), then id.
    """
    claims = list(claims)
    sets = _Sets(len(claims))
    dated = [i for i, c in enumerate(claims) if c.located and _dated(c)]
    points = [i for i in dated if claims[i].precision not in AREAS]
    areas = [i for i in dated if claims[i].precision in AREAS]
    for i, j in _pairs(claims, points):
        sets.union(i, j)
    # An area claim joins the one point incident it contains; when it contains several it does
    # not bridge them (it may mean any of them), and stays with the area claims alike it.
    joined: dict[int, set[int]] = {i: set() for i in areas}
    for i, j in _pairs(claims, points + areas):
        if (i in joined) != (j in joined):
            area, point = (i, j) if i in joined else (j, i)
            joined[area].add(sets.find(point))
    for area, roots in joined.items():
        if len(roots) == 1:
            sets.union(area, roots.pop())
            joined[area] = {-1}
    alone = [i for i in areas if joined[i] != {-1}]
    for i, j in _pairs(claims, alone):
        sets.union(i, j)
    by_key: dict[tuple, int] = {}
    for i, c in enumerate(claims):
        if c.located and _dated(c):
            continue
        k = _fallback_key(c)
        if k is not None:
            if k in by_key:
                sets.union(i, by_key[k])
            else:
                by_key[k] = i
    members: dict[int, list[Claim]] = defaultdict(list)
    for i, c in enumerate(claims):
        members[sets.find(i)].append(c)
    incidents = [_incident(group_claims) for group_claims in members.values()]
    incidents.sort(key=lambda x: (x.date.start is None, x.date.start or 0, x.id))
    return incidents


def _pairs(claims: list[Claim], indexes: list[int]) -> Iterator[tuple[int, int]]:
    """Pairs of located, dated claims that overlap in time (with slack) and share a place.

    A sweep over start dates: each claim is compared only with those still open.
    """
    order = sorted(indexes, key=lambda i: (claims[i].date.start, claims[i].claim_id))
    active: list[tuple[int, int]] = []  # (last day it can meet, index)
    for i in order:
        c = claims[i]
        first = c.date.start.toordinal() - SLACK_DAYS  # type: ignore[union-attr]
        active = [(end, j) for end, j in active if end >= first]
        for _, j in active:
            if same_place(c, claims[j]):
                yield j, i
        active.append((c.date.end.toordinal(), i))  # type: ignore[union-attr]


def incident_id(claim_ids: Iterable[str]) -> str:
    """``i-`` and 12 hex digits of the sorted claim ids: stable across runs and input order."""
    return "i-" + hashlib.sha1("\n".join(sorted(claim_ids)).encode()).hexdigest()[:12]


def _rank(c: Claim) -> tuple[int, float, str]:
    precision = PRECISIONS.index(c.precision) if c.precision in PRECISIONS else 1
    return precision, c.uncertainty_m or 0.0, c.claim_id


def _incident(claims: list[Claim]) -> Incident:
    claims.sort(key=lambda c: c.claim_id)
    ids = tuple(c.claim_id for c in claims)
    iid = incident_id(ids)
    starts = [c.date.start for c in claims if c.date.start]
    ends = [c.date.end for c in claims if c.date.end]
    if starts and ends:
        lo, hi = min(starts), max(ends)
        kinds = {(c.date.start, c.date.end, c.date.precision) for c in claims if c.date.start}
        precision = kinds.pop()[2] if len(kinds) == 1 else "range"
        span = DateSpan(lo, hi, precision)
    else:
        span = DateSpan.unknown()
    sides = tuple(sorted({c.claimant_side for c in claims} - {"unknown", ""}))
    reasons = []
    if len(sides) > 1:
        reasons.append(f"sides differ: {', '.join(sides)}")
    events = sorted({c.event_type for c in claims} - {"unknown", ""})
    if len(events) > 1:
        reasons.append(f"event types differ: {', '.join(events)}")
    for name in ("killed", "wounded"):
        values = sorted({getattr(c, name) for c in claims} - {None})
        if len(values) > 1:
            reasons.append(f"{name} differ: {', '.join(map(str, values))}")
    located = sorted((c for c in claims if c.located), key=_rank)
    best = located[0] if located else None
    for c in claims:
        c.incident_id = iid
        c.contested = bool(reasons)
    return Incident(
        id=iid,
        claim_ids=ids,
        place_ids=tuple(sorted({c.place_id for c in claims if c.place_id})),
        date=span,
        sides=sides,
        contested=bool(reasons),
        reasons=tuple(reasons),
        lat=best.lat if best else None,
        lon=best.lon if best else None,
        precision=best.precision if best else None,
        uncertainty_m=best.uncertainty_m if best else None,
    )
