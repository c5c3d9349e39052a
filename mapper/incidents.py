"""Group claims into incidents and mark the contested ones.

An incident is the real-world event that one or more claims refer to. Two located, dated claims
are about the same incident when their dates overlap (with a day of slack) and their places are
the same place, or near each other for their precision: two point-like places within
:data:`NEAR_M` (or the larger uncertainty of the two), or a point inside an area claim's
uncertainty radius ("the Hadrut district" contains the villages in it). Grouping is transitive,
within a bound in time: claims join in the order of their start dates, and a join that would
make an incident cover more days than its longest claim plus the slack at each end is refused (a
village shelled every day of a month is ten incidents, not one). An area claim that contains
several point incidents joins none of them. Claims that are unlocated or undated only join
others with the same place text and the same date.

The candidate pairs come from a spatial index (:mod:`mapper.nearby`), so that grouping costs
n log n rather than n² comparisons.

An incident is *contested* when its claims come from different known sides, or when different
claimants disagree on the event type (unknown ignored) or on the killed or wounded; one claimant
using two event words contests nothing. Every claim is kept; nothing is
averaged: the incident's point is the position of its most precise claim.

>>> incidents = group(claims)  # doctest: +SKIP
>>> [(i.id, i.contested, i.reasons) for i in incidents]  # doctest: +SKIP
[('i-3f2a...', True, ('sides differ: am, az', 'killed differ: 2, 5'))]
"""

from __future__ import annotations

import hashlib
import math
import operator
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mapper.model import PRECISIONS, Claim, DateSpan
from mapper.names import key

if TYPE_CHECKING:
    import numpy as np

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
    """Union-find over claim indexes; a guarded union keeps an incident within its time bound."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.first = [0] * n  # at a root: the first day (ordinal) of its claims
        self.last = [0] * n  # the last day
        self.longest = [0] * n  # the days of its longest claim

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)

    def union_within(self, i: int, j: int) -> bool:
        """Join two dated groups unless the result would last longer than :func:`max_days`."""
        a, b = self.find(i), self.find(j)
        if a == b:
            return True
        first = min(self.first[a], self.first[b])
        last = max(self.last[a], self.last[b])
        longest = max(self.longest[a], self.longest[b])
        if last - first + 1 > max_days(longest):
            return False
        root = min(a, b)
        self.parent[max(a, b)] = root
        self.first[root], self.last[root], self.longest[root] = first, last, longest
        return True


def max_days(longest: int) -> int:
    """The most days an incident may cover when its longest claim covers ``longest`` days:
    that claim and the slack at each end (claims of one day make incidents of three days)."""
    return longest + 2 * SLACK_DAYS


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

    Claims are joined in the order of their start dates (then ids), and a join that would make
    an incident last longer than :func:`max_days` is refused, so that a place attacked every
    day makes an incident every few days rather than one chain. The incidents do not depend on
    the input order. Returns them sorted by start date (undated last), then id.
    """
    claims = list(claims)
    sets = _Sets(len(claims))
    dated = [i for i, c in enumerate(claims) if c.lat is not None and _dated(c)]
    for i in dated:
        d = claims[i].date
        first, last = d.start.toordinal(), d.end.toordinal()  # type: ignore[union-attr]
        sets.first[i], sets.last[i], sets.longest[i] = first, last, last - first + 1
    points, mixed, areas = _pairs(claims, dated, sets)
    for i, j in _each(points):
        sets.union_within(i, j)
    # An area claim joins the one point incident it contains; when it contains several it does
    # not bridge them (it may mean any of them), and stays with the area claims alike it.
    joined: dict[int, set[int]] = defaultdict(set)
    for i, j in _each(mixed):
        area, point = (i, j) if claims[i].precision in AREAS else (j, i)
        joined[area].add(sets.find(point))
    apart = {i for i in dated if claims[i].precision in AREAS}
    for area in sorted(joined, key=lambda i: (claims[i].date.start, claims[i].claim_id)):
        if len(joined[area]) == 1 and sets.union_within(area, joined[area].pop()):
            apart.discard(area)
    for i, j in _each(areas):
        if i in apart and j in apart:
            sets.union_within(i, j)
    by_key: dict[tuple, int] = {}
    for i, c in enumerate(claims):
        if c.lat is not None and _dated(c):
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


Pairs = tuple["np.ndarray", "np.ndarray"]  # (earlier, later) claim indexes
#: Candidate or found pairs worked on at a time, to bound the memory of dense data.
BLOCK = 1 << 20


def _pairs(claims: list[Claim], indexes: list[int], sets: _Sets) -> tuple[Pairs, Pairs, Pairs]:
    """Pairs (earlier, later) of located, dated claims that overlap in time (with the slack)
    and share a place (the rule of :func:`same_place`): between two point claims, between a
    point and an area claim, between two area claims. Each is two arrays of claim indexes
    (earlier, later; :func:`_each` reads them), in the order of the later claim's start date and
    id, then the earlier's: the order in which :func:`group` joins them.

    A spatial index (:mod:`mapper.nearby`) finds the candidates; the rule, on arrays, decides.
    """
    import numpy as np

    from mapper import nearby

    if len(indexes) < 2:
        none = (np.empty(0, np.intp), np.empty(0, np.intp))
        return none, none, none
    cs = [claims[i] for i in indexes]
    index = np.asarray(indexes)
    lat = np.array([c.lat for c in cs], float)
    lon = np.array([c.lon for c in cs], float)
    unc = np.array([c.uncertainty_m or 0.0 for c in cs], float)
    area = np.array([c.precision in AREAS for c in cs])
    first = np.array(sets.first)[index]
    last = np.array(sets.last)[index]
    codes: dict[str, int] = {}
    place = np.array([codes.setdefault(c.place_id, len(codes)) if c.place_id else -1 for c in cs])
    reach = np.where(area, unc, np.maximum(unc, NEAR_M))
    found = nearby.pairs(lat, lon, reach, first, last, SLACK_DAYS)
    # One place_id is one place even where claims put it at different coordinates (rare):
    # look for those pairs again at the coordinates of the place's first claim.
    _, lead_of, code_at = np.unique(place, return_index=True, return_inverse=True)
    lead = lead_of[code_at]
    moved = (place >= 0) & ((lat != lat[lead]) | (lon != lon[lead]))
    if moved.any():
        which = np.flatnonzero(np.isin(place, place[moved]))
        again = nearby.pairs(lat[lead[which]], lon[lead[which]], np.ones(len(which)),
                             first[which], last[which], SLACK_DAYS)
        found = np.unique(np.concatenate((found, which[again])), axis=0)
    def kept(i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Which candidate pairs (i, j) the rule keeps."""
        overlap = (first[i] - SLACK_DAYS <= last[j]) & (first[j] - SLACK_DAYS <= last[i])
        p1, p2 = np.radians(lat[i]), np.radians(lat[j])
        dl = np.radians(lon[j] - lon[i])
        h = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
        distance = 2 * 6_371_008.8 * np.arcsin(np.minimum(1.0, np.sqrt(h)))
        radius = np.where(
            ~area[i] & ~area[j],
            np.maximum(NEAR_M, np.maximum(unc[i], unc[j])),
            np.maximum(np.where(area[i], unc[i], 0.0), np.where(area[j], unc[j], 0.0)),
        )
        same = ((place[i] >= 0) & (place[i] == place[j])) | (distance <= radius)
        return overlap & same

    # The rule's arrays for a block of candidates at a time: dense data gives tens of millions.
    keep = np.concatenate(
        [kept(block[:, 0], block[:, 1]) for block in np.array_split(found, len(found) // BLOCK + 1)]
    )
    i, j = found[keep, 0], found[keep, 1]
    del found, keep
    keys = list(map(operator.attrgetter("date.start", "claim_id"), cs))
    order = sorted(range(len(cs)), key=keys.__getitem__)
    rank = np.empty(len(cs), dtype=np.intp)
    rank[order] = np.arange(len(cs))
    earlier = np.where(rank[i] < rank[j], i, j)
    later = np.where(rank[i] < rank[j], j, i)
    sequence = np.lexsort((rank[earlier], rank[later]))
    earlier, later = earlier[sequence], later[sequence]
    areas = area[earlier].astype(int) + area[later]

    def kind(n: int) -> Pairs:
        chosen = areas == n
        return index[earlier[chosen]], index[later[chosen]]

    return kind(0), kind(1), kind(2)


def _each(pairs: Pairs) -> Iterator[tuple[int, int]]:
    """The pairs as Python ints, converted a block at a time."""
    earlier, later = pairs
    for start in range(0, len(earlier), BLOCK):
        yield from zip(earlier[start : start + BLOCK].tolist(),
                       later[start : start + BLOCK].tolist(), strict=True)


def incident_id(claim_ids: Iterable[str]) -> str:
    """``i-`` and 12 hex digits of the sorted claim ids: stable across runs and input order."""
    return "i-" + hashlib.sha1("\n".join(sorted(claim_ids)).encode()).hexdigest()[:12]


#: The rank of each precision, finest first.
_FINENESS = {p: k for k, p in enumerate(PRECISIONS)}


def _rank(c: Claim) -> tuple[int, float, str]:
    return _FINENESS.get(c.precision, 1), c.uncertainty_m or 0.0, c.claim_id


_CLAIM_ID = operator.attrgetter("claim_id")


def _incident(claims: list[Claim]) -> Incident:
    if len(claims) == 1:
        return _alone(claims[0])
    claims.sort(key=_CLAIM_ID)
    ids = tuple(map(_CLAIM_ID, claims))
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
    # Disagreement is between claimants: one claimant using two event words contests nothing.
    if len({c.claimant for c in claims}) > 1:
        events = sorted({c.event_type for c in claims} - {"unknown", ""})
        if len(events) > 1:
            reasons.append(f"event types differ: {', '.join(events)}")
        for name in ("killed", "wounded"):
            values = sorted({getattr(c, name) for c in claims} - {None})
            if len(values) > 1:
                reasons.append(f"{name} differ: {', '.join(map(str, values))}")
    best = min((c for c in claims if c.located), key=_rank, default=None)
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


def _alone(c: Claim) -> Incident:
    """The incident of one claim: what :func:`_incident` gives, without its sorting and sets."""
    iid = incident_id((c.claim_id,))
    c.incident_id, c.contested = iid, False
    d = c.date
    side = c.claimant_side not in ("unknown", "")
    return Incident(
        id=iid,
        claim_ids=(c.claim_id,),
        place_ids=(c.place_id,) if c.place_id else (),
        date=DateSpan(d.start, d.end, d.precision) if d.start and d.end else DateSpan.unknown(),
        sides=(c.claimant_side,) if side else (),
        contested=False,
        lat=c.lat,
        lon=c.lon,
        precision=c.precision if c.located else None,
        uncertainty_m=c.uncertainty_m if c.located else None,
    )
