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
n log n rather than n² comparisons, found for a block of claims at a time so that dense data
never holds all its pairs; claims alike in all that pairing reads (a sheet's rows for one
village and day) are one incident and are paired as one. Grouping reads only compact columns
of the claims (:class:`Columns`), so that a large export can keep the claims themselves on disk
(:func:`group_columns`).

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
import itertools
import math
import operator
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

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

    def join(self, pairs: Iterable[tuple[int, int]]) -> None:
        """:meth:`union_within` of each pair in turn, written out in one loop: it runs for every
        pair of nearby claims (a third of a second for 100,000 claims as method calls)."""
        parent, first, last, longest = self.parent, self.first, self.last, self.longest
        slack = 2 * SLACK_DAYS
        for i, j in pairs:
            while parent[i] != i:
                parent[i] = i = parent[parent[i]]
            while parent[j] != j:
                parent[j] = j = parent[parent[j]]
            if i == j:
                continue
            a, b = (i, j) if i < j else (j, i)
            start = first[a] if first[a] < first[b] else first[b]
            end = last[a] if last[a] > last[b] else last[b]
            days = longest[a] if longest[a] > longest[b] else longest[b]
            if end - start + 1 <= days + slack:  # max_days(days)
                parent[b] = a
                first[a], last[a], longest[a] = start, end, days


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


class Columns:
    """What grouping needs of each claim, in compact columns (some 150 bytes a claim where the
    claim itself takes about a kilobyte), filled a chunk of claims at a time (:meth:`add`): a
    caller can stream claims through to disk and keep only these (:mod:`mapper.spill`).

    Numbers are kept in arrays (dates as ordinals, 0 for none; NaN for a missing coordinate or
    uncertainty; :data:`NO_COUNT` for a missing count), texts as codes into one vocabulary.
    :meth:`claims` gives back claims with the fields an incident is made of.
    """

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.start, self.end = array("i"), array("i")
        self.lat, self.lon, self.unc = array("d"), array("d"), array("d")
        self.killed, self.wounded = array("q"), array("q")
        # codes into self.values: date precision, precision, place id, claimant, side, event
        # type, and the fallback key of an unlocated or undated claim (-1: none)
        self.texts = {name: array("i") for name in _CODED}
        self.fallback = array("i")
        self.values: list[Any] = []  # None, texts and fallback keys
        self._codes: dict[object, int] = {}
        self._spans: dict[tuple[int, int, int], DateSpan] = {}

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def of(cls, claims: Iterable[Claim]) -> Columns:
        columns = cls()
        columns.add(claims)
        return columns

    def _code(self, value: object) -> int:
        code = self._codes.get(value)
        if code is None:
            code = self._codes[value] = len(self.values)
            self.values.append(value)
        return code

    def add(self, claims: Iterable[Claim]) -> None:
        """Append the claims' columns (a column at a time)."""
        claims = list(claims)
        dates = list(map(_DATE, claims))
        self.ids.extend(map(_CLAIM_ID, claims))
        starts = [d.start.toordinal() if d.start else 0 for d in dates]
        ends = [d.end.toordinal() if d.end else 0 for d in dates]
        _extend(self.start, starts)
        _extend(self.end, ends)
        lats = list(map(_LAT, claims))
        for reals, values in ((self.lat, lats), (self.lon, map(_LON, claims)),
                              (self.unc, map(_UNCERTAINTY, claims))):
            _extend(reals, [math.nan if x is None else x for x in values])
        for counts, values in ((self.killed, map(_KILLED, claims)),
                               (self.wounded, map(_WOUNDED, claims))):
            _extend(counts, [NO_COUNT if x is None else x for x in values])
        texts = (map(_DAY_PRECISION, dates), *(map(operator.attrgetter(name), claims)
                                               for name in _CODED[1:]))
        codes = self._codes
        for name, values in zip(_CODED, texts, strict=True):
            values = list(values)
            for value in dict.fromkeys(values):  # each distinct text coded once, in order
                if value not in codes:
                    self._code(value)
            _extend(self.texts[name], list(map(codes.__getitem__, values)))
        # Located, dated claims (most) have no fallback key; the others may.
        fallback = [-1] * len(claims)
        for k, (lat, start, end) in enumerate(zip(lats, starts, ends, strict=True)):
            if lat is None or not start or not end:
                key = _fallback_key(claims[k])
                fallback[k] = -1 if key is None else self._code(key)
        _extend(self.fallback, fallback)

    def column(self, name: str) -> np.ndarray:
        """A column as a numpy array (texts: their codes)."""
        import numpy as np

        column = self.texts[name] if name in self.texts else getattr(self, name)
        return np.frombuffer(column, dtype=column.typecode).copy() if len(column) else np.empty(0)

    def claims(self, indexes: Iterable[int]) -> list[Claim]:
        """The claims at ``indexes`` with what an incident is made of: id, dates, place,
        position, claimant, side, event type and counts (report, texts and the rest empty)."""
        value, ids, spans = self.values, self.ids, self._spans
        day_precisions, precisions, places, claimants, sides, events = (
            self.texts[name] for name in _CODED
        )
        out = []
        for i in indexes:
            start, end, lat, unc = self.start[i], self.end[i], self.lat[i], self.unc[i]
            killed, wounded = self.killed[i], self.wounded[i]
            key = (start, end, day_precisions[i])
            span = spans.get(key)
            if span is None:  # claims share their dates: one DateSpan each
                span = spans[key] = DateSpan(date.fromordinal(start) if start else None,
                                             date.fromordinal(end) if end else None,
                                             value[day_precisions[i]])
            located = not math.isnan(lat)
            out.append(Claim(
                ids[i], "", span,
                place_id=value[places[i]],
                lat=lat if located else None,
                lon=self.lon[i] if located else None,
                precision=value[precisions[i]],
                uncertainty_m=None if math.isnan(unc) else unc,
                claimant=value[claimants[i]],
                claimant_side=value[sides[i]],
                event_type=value[events[i]],
                killed=None if killed == NO_COUNT else killed,
                wounded=None if wounded == NO_COUNT else wounded,
            ))
        return out


def _extend(column: array, values: list) -> None:
    """``column.extend(values)`` through an array of the values: an array extends by another
    by copying it, by a list a value at a time, at twice the time."""
    column.extend(array(column.typecode, values))


_DATE, _DAY_PRECISION = operator.attrgetter("date"), operator.attrgetter("precision")
_LAT, _LON, _UNCERTAINTY = (operator.attrgetter(n) for n in ("lat", "lon", "uncertainty_m"))
_KILLED, _WOUNDED = operator.attrgetter("killed"), operator.attrgetter("wounded")
#: The text columns of :class:`Columns`, kept as codes.
_CODED = ("date_precision", "precision", "place_id", "claimant", "claimant_side", "event_type")
#: A count that is not given, in :class:`Columns`.
NO_COUNT = -(2**63)


def group(claims: Iterable[Claim]) -> list[Incident]:
    """Group claims into incidents; set each claim's ``incident_id`` and ``contested``.

    Claims are joined in the order of their start dates (then ids), and a join that would make
    an incident last longer than :func:`max_days` is refused, so that a place attacked every
    day makes an incident every few days rather than one chain. The incidents do not depend on
    the input order. Returns them sorted by start date (undated last), then id.
    """
    claims = list(claims)
    return _in_order([_incident([claims[i] for i in members])
                      for members in link(Columns.of(claims))])


def mark(claims: Iterable[Claim]) -> int:
    """Set each claim's ``incident_id`` and ``contested`` as :func:`group` does, without making
    the incidents: all that a map shows of them (making them took a third of grouping's time
    for 100,000 claims). Returns how many incidents there are."""
    claims = list(claims)
    count = 0
    for members in link(Columns.of(claims)):
        incident = [claims[i] for i in members]
        iid = incident_id(map(_CLAIM_ID, incident))
        contested = any(_reasons(incident, _sides(incident)))  # the first reason is enough
        for c in incident:
            c.incident_id, c.contested = iid, contested
        count += 1
    return count


def group_columns(columns: Columns) -> tuple[list[Incident], np.ndarray]:
    """:func:`group` on claims given as their columns: the incidents (in the same order) and,
    for each claim, the index of its incident among them."""
    import numpy as np

    incidents: list[Incident] = []
    of_claim = np.empty(len(columns), dtype=np.int64)
    for members in link(columns):
        of_claim[members] = len(incidents)
        incidents.append(_incident(columns.claims(members)))
    order = sorted(range(len(incidents)), key=lambda k: _order_key(incidents[k]))
    position = np.empty(len(order), dtype=np.int64)
    position[order] = np.arange(len(order))
    return [incidents[k] for k in order], position[of_claim]


def _order_key(incident: Incident) -> tuple:
    return (incident.date.start is None, incident.date.start or 0, incident.id)


def _in_order(incidents: list[Incident]) -> list[Incident]:
    incidents.sort(key=_order_key)
    return incidents


def link(columns: Columns) -> Iterator[list[int]]:
    """The claims of each incident as indexes into ``columns``, in index order; the incidents
    in the order of their first claim. The rule is the module's (see its docstring)."""
    import numpy as np

    n = len(columns)
    sets = _Sets(n)
    start, end, lat = columns.column("start"), columns.column("end"), columns.column("lat")
    located_dated = (start > 0) & (end > 0) & ~np.isnan(lat) if n else np.zeros(0, bool)
    days: dict[int, int] = {}  # one int object a day, not one a claim (a million claims)
    sets.first = [days.setdefault(d, d) for d in np.where(located_dated, start, 0).tolist()]
    sets.last = [days.setdefault(d, d) for d in np.where(located_dated, end, 0).tolist()]
    sets.longest = np.where(located_dated, end - start + 1, 0).tolist()
    dated = np.flatnonzero(located_dated)
    area = _areas(columns)
    mixed_parts, areas_parts = [], []
    for points, mixed, areas in _pair_blocks(columns, _one_of_each_twin(columns, dated, area,
                                                                        sets), sets):
        sets.join(_each(points))
        mixed_parts.append(mixed)
        areas_parts.append(areas)
    mixed, areas = _joined(mixed_parts), _joined(areas_parts)
    # An area claim joins the one point incident it contains; when it contains several it does
    # not bridge them (it may mean any of them), and stays with the area claims alike it.
    joined: dict[int, set[int]] = defaultdict(set)
    for i, j in _each(mixed):
        a, point = (i, j) if area[i] else (j, i)
        joined[a].add(sets.find(point))
    apart = set(np.flatnonzero(located_dated & np.array(area, dtype=bool)).tolist())
    for a in sorted(joined, key=lambda i: (columns.start[i], columns.ids[i])):
        if len(joined[a]) == 1 and sets.union_within(a, joined[a].pop()):
            apart.discard(a)
    for i, j in _each(areas):
        if i in apart and j in apart:
            sets.union_within(i, j)
    by_key: dict[int, int] = {}
    fallback = columns.column("fallback")
    keyed = np.flatnonzero(fallback >= 0)  # the unlocated or undated claims with a key (few)
    for i, k in zip(keyed.tolist(), fallback[keyed].tolist(), strict=True):
        if k in by_key:
            sets.union(i, by_key[k])
        else:
            by_key[k] = i
    # The root of a set is its first claim: sorted by root, the incidents come in that order.
    # Each claim's root: every parent followed at once until none moves (sets.find of each).
    roots = np.array(sets.parent, dtype=np.int64)
    while not np.array_equal(up := roots[roots], roots):
        roots = up
    order = np.argsort(roots, kind="stable")
    bounds = [0, *(np.flatnonzero(np.diff(roots[order])) + 1).tolist(), n] if n else []
    for a, b in itertools.pairwise(bounds):
        yield order[a:b].tolist()


def _one_of_each_twin(columns: Columns, dated: np.ndarray, area: list[bool], sets: _Sets
                      ) -> np.ndarray:
    """Join the claims that pairing cannot tell apart (the same position, uncertainty,
    precision kind, place and days: a sheet's rows for one village and day) and return one of
    each such group, the first by id, for :func:`_pair_blocks`. Their pairs grow as the square
    of the rows: 10,000 rows of one day in ten villages made fifty million.
    """
    import numpy as np

    if len(dated) < 2:
        return dated
    unc = columns.column("unc")[dated]
    alike = (
        columns.column("lat")[dated], columns.column("lon")[dated],
        np.where(np.isnan(unc), -1.0, unc), np.array(area, dtype=bool)[dated],
        columns.column("place_id")[dated], columns.column("start")[dated],
        columns.column("end")[dated],
    )
    order = np.lexsort(alike)
    same = np.ones(len(order) - 1, dtype=bool)
    for values in alike:
        ordered = values[order]
        same &= ordered[1:] == ordered[:-1]
    if not same.any():
        return dated
    # where each group of alike claims starts in ``order``, and the end
    bounds = np.append(np.flatnonzero(np.concatenate(([True], ~same))), len(order))
    keep = np.ones(len(dated), dtype=bool)
    ids = columns.ids
    for k in np.flatnonzero(np.diff(bounds) > 1).tolist():  # the groups of two or more
        a, b = bounds[k], bounds[k + 1]
        members = dated[order[a:b]].tolist()
        first = min(members, key=ids.__getitem__)
        for i in members:
            if i != first:
                sets.union(first, i)  # alike in their days: the bound holds
        keep[order[a:b]] = False
        keep[np.searchsorted(dated, first)] = True
    return dated[keep]


def _areas(columns: Columns) -> list[bool]:
    """For each claim, whether its precision names an area."""
    is_area = [value in AREAS for value in columns.values]
    return [is_area[code] for code in columns.texts["precision"]]


Pairs = tuple["np.ndarray", "np.ndarray"]  # (earlier, later) claim indexes
#: Candidate or found pairs worked on at a time, to bound the memory of dense data.
BLOCK = 1 << 20
#: Later claims paired at a time (:func:`_pair_blocks`): the pairs of dense data grow as the
#: square of the claims a day, and are found and joined a block at a time.
BLOCK_CLAIMS = 20_000


def _pairs(columns: Columns, indexes: Sequence[int], sets: _Sets) -> tuple[Pairs, Pairs, Pairs]:
    """The pairs of :func:`_pair_blocks`, all blocks joined: points, mixed, areas."""

    blocks = list(_pair_blocks(columns, indexes, sets))
    return tuple(_joined([block[kind] for block in blocks]) for kind in range(3))  # type: ignore[return-value]


def _joined(parts: list[Pairs]) -> Pairs:
    import numpy as np

    if not parts:
        return np.empty(0, np.intp), np.empty(0, np.intp)
    return np.concatenate([e for e, _ in parts]), np.concatenate([x for _, x in parts])


def _pair_blocks(
    columns: Columns, indexes: Sequence[int] | np.ndarray, sets: _Sets
) -> Iterator[tuple[Pairs, Pairs, Pairs]]:
    """Pairs (earlier, later) of located, dated claims that overlap in time (with the slack)
    and share a place (the rule of :func:`same_place`): between two point claims, between a
    point and an area claim, between two area claims. Each is two arrays of claim indexes
    (earlier, later; :func:`_each` reads them), in the order of the later claim's start date and
    id, then the earlier's: the order in which :func:`group` joins them.

    They come for :data:`BLOCK_CLAIMS` later claims at a time, taken in that order, so that the
    pairs of dense data are never all held: a block's claims are paired among themselves and
    with the earlier claims still open when the block starts (their last day within the slack).
    A spatial index (:mod:`mapper.nearby`) finds the candidates; the rule, on arrays, decides.
    """
    import numpy as np

    from mapper import nearby

    if len(indexes) < 2:
        return
    index = np.asarray(indexes)
    lat = columns.column("lat")[index]
    lon = columns.column("lon")[index]
    unc = np.nan_to_num(columns.column("unc")[index], nan=0.0)
    area = np.array(_areas(columns))[index]
    first = np.array(sets.first)[index]
    last = np.array(sets.last)[index]
    place_of = np.array([k if v else -1 for k, v in enumerate(columns.values)])
    place = place_of[columns.column("place_id")[index]]
    reach = np.where(area, unc, np.maximum(unc, NEAR_M))
    # One place_id is one place even where claims put it at different coordinates (rare):
    # those pairs are looked for again at the coordinates of the place's first claim.
    _, lead_of, code_at = np.unique(place, return_index=True, return_inverse=True)
    lead = lead_of[code_at]
    moved = np.unique(place[(place >= 0) & ((lat != lat[lead]) | (lon != lon[lead]))])
    # The order of start dates, then ids (ties: the order given, as sorted() keeps it).
    ids = [columns.ids[i] for i in index.tolist()]
    by_id = np.empty(len(index), dtype=np.intp)
    # Python's sort of texts, not numpy's of objects: half the time.
    by_id[sorted(range(len(ids)), key=ids.__getitem__)] = np.arange(len(index))
    del ids
    order = np.lexsort((by_id, first))
    rank = np.empty(len(index), dtype=np.intp)
    rank[order] = np.arange(len(index))

    phi = np.radians(lat)  # each claim's, not each candidate pair's
    cos_phi = np.cos(phi)

    def kept(i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Which candidate pairs (i, j) the rule keeps."""
        overlap = (first[i] - SLACK_DAYS <= last[j]) & (first[j] - SLACK_DAYS <= last[i])
        p1, p2 = phi[i], phi[j]
        dl = np.radians(lon[j] - lon[i])
        h = np.sin((p2 - p1) / 2) ** 2 + cos_phi[i] * cos_phi[j] * np.sin(dl / 2) ** 2
        distance = 2 * 6_371_008.8 * np.arcsin(np.minimum(1.0, np.sqrt(h)))
        radius = np.where(
            ~area[i] & ~area[j],
            np.maximum(NEAR_M, np.maximum(unc[i], unc[j])),
            np.maximum(np.where(area[i], unc[i], 0.0), np.where(area[j], unc[j], 0.0)),
        )
        same = ((place[i] >= 0) & (place[i] == place[j])) | (distance <= radius)
        return overlap & same

    for start in range(0, len(order), BLOCK_CLAIMS):
        block = order[start : start + BLOCK_CLAIMS]
        before = order[:start]
        near = np.concatenate((before[last[before] >= first[block[0]] - SLACK_DAYS], block))
        found = near[nearby.pairs(lat[near], lon[near], reach[near], first[near], last[near],
                                  SLACK_DAYS)]
        which = near[np.isin(place[near], moved)]
        if len(which):
            again = nearby.pairs(lat[lead[which]], lon[lead[which]], np.ones(len(which)),
                                 first[which], last[which], SLACK_DAYS)
            found = np.unique(np.sort(np.concatenate((found, which[again])), axis=1), axis=0)
        found = found[np.maximum(rank[found[:, 0]], rank[found[:, 1]]) >= start]
        # The rule's arrays for a block of candidates at a time: dense data gives millions.
        keep = np.concatenate(
            [kept(part[:, 0], part[:, 1])
             for part in np.array_split(found, len(found) // BLOCK + 1)]
        )
        i, j = found[keep, 0], found[keep, 1]
        del found, keep
        earlier = np.where(rank[i] < rank[j], i, j)
        later = np.where(rank[i] < rank[j], j, i)
        sequence = np.lexsort((rank[earlier], rank[later]))
        earlier, later = earlier[sequence], later[sequence]
        areas = area[earlier].astype(int) + area[later]
        yield tuple(  # type: ignore[misc]
            (index[earlier[areas == n]], index[later[areas == n]]) for n in range(3)
        )


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


_CLAIM_ID = operator.attrgetter("claim_id")


def _incident(claims: list[Claim]) -> Incident:
    if len(claims) == 1:
        return _alone(claims[0])
    claims.sort(key=_CLAIM_ID)
    ids = tuple(map(_CLAIM_ID, claims))
    iid = incident_id(ids)
    dates = list(map(_DATE, claims))
    starts = [d.start for d in dates if d.start]
    ends = [d.end for d in dates if d.end]
    if starts and ends:
        kinds = {(d.start, d.end, d.precision) for d in dates if d.start}
        span = DateSpan(min(starts), max(ends), kinds.pop()[2] if len(kinds) == 1 else "range")
    else:
        span = DateSpan.unknown()
    sides = _sides(claims)
    reasons = tuple(_reasons(claims, sides))
    # The finest, the least uncertain, then the first id (the claims are in id order).
    best = min((c for c in claims if c.lat is not None), key=_fineness, default=None)
    contested = bool(reasons)
    for c in claims:
        c.incident_id = iid
        c.contested = contested
    return Incident(
        id=iid,
        claim_ids=ids,
        place_ids=tuple(sorted(set(map(_PLACE_ID, claims)) - {None, ""})),
        date=span,
        sides=sides,
        contested=contested,
        reasons=reasons,
        lat=best.lat if best else None,
        lon=best.lon if best else None,
        precision=best.precision if best else None,
        uncertainty_m=best.uncertainty_m if best else None,
    )


def _sides(claims: list[Claim]) -> tuple[str, ...]:
    """The known sides of the claimants of an incident's claims, sorted."""
    return tuple(sorted(set(map(_SIDE, claims)) - _UNKNOWN))


def _reasons(claims: list[Claim], sides: tuple[str, ...]) -> Iterator[str]:
    """Why an incident's claims (made by claimants of ``sides``) contest each other, if they
    do, one reason at a time."""
    if len(sides) > 1:
        yield f"sides differ: {', '.join(sides)}"
    # Disagreement is between claimants: one claimant using two event words contests nothing.
    if len(set(map(_CLAIMANT, claims))) > 1:
        events = sorted(set(map(_EVENT, claims)) - _UNKNOWN)
        if len(events) > 1:
            yield f"event types differ: {', '.join(events)}"
        for name, count in (("killed", _KILLED), ("wounded", _WOUNDED)):
            values = sorted(set(map(count, claims)) - {None})
            if len(values) > 1:
                yield f"{name} differ: {', '.join(map(str, values))}"


def _fineness(c: Claim) -> tuple[int, float]:
    return _FINENESS.get(c.precision, 1), c.uncertainty_m or 0.0


_SIDE, _CLAIMANT = operator.attrgetter("claimant_side"), operator.attrgetter("claimant")
_EVENT, _PLACE_ID = operator.attrgetter("event_type"), operator.attrgetter("place_id")
#: Sides and event types that disagree with nothing.
_UNKNOWN = frozenset(("unknown", ""))


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
