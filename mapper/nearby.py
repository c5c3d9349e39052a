"""Candidate pairs of things near each other in space and time, found on a grid of cells.

Each thing is a point (lat, lon) with a reach in metres and a span of days. A pair is a candidate
when the great-circle distance is at most the larger of the two reaches and the spans come within
``slack`` days of each other. Every such pair is returned, and some more: the caller applies its
exact rule to these few instead of to all n² pairs, so the cost grows as n log n plus the pairs.

Points sit on a sphere in metres (x, y, z: a chord is never longer than its arc) with the middle
of their span as a fourth coordinate, scaled so that the reach in time weighs as much as the
reach in space. Things of ordinary reach and span are indexed apart from the few that reach far
(an area claim) or last long (a month), so that those few do not widen every search. The index
is a grid of cells as wide as the search radius, in numpy: points that close lie in the same or
adjacent cells (:func:`within`). It does the work of a KD-tree without importing scipy, whose
import took longer than the search.

>>> pairs([39.6, 39.61, 40.5], [46.8, 46.8, 46.8], [5000.0] * 3, [0, 1, 0], [0, 1, 0], 1).tolist()
[[0, 1]]
"""

from __future__ import annotations

import itertools

import numpy as np
from numpy.typing import ArrayLike

EARTH_RADIUS_M = 6_371_008.8


def pairs(
    lat: ArrayLike,
    lon: ArrayLike,
    reach: ArrayLike,
    first: ArrayLike,
    last: ArrayLike,
    slack: int,
) -> np.ndarray:
    """Candidate pairs ``(i, j)``, ``i < j``, as an array of shape (k, 2), sorted.

    ``first`` and ``last`` are the first and last day (ordinals) of each span.
    """
    phi, lam = np.radians(np.asarray(lat, float)), np.radians(np.asarray(lon, float))
    if len(phi) < 2:
        return np.empty((0, 2), dtype=np.intp)
    xyz = EARTH_RADIUS_M * np.column_stack(
        (np.cos(phi) * np.cos(lam), np.cos(phi) * np.sin(lam), np.sin(phi))
    )
    reach_m = np.maximum(np.asarray(reach, float), 0.0)
    first_d, last_d = np.asarray(first, float), np.asarray(last, float)
    middle = (first_d + last_d) / 2 - first_d.min()
    half = (last_d - first_d) / 2
    far = reach_m > max(float(np.median(reach_m)), 1.0)
    long = half > max(float(np.median(half)), 1.0)
    classes = [np.flatnonzero((far == f) & (long == g)) for f in (0, 1) for g in (0, 1)]
    classes = [c for c in classes if len(c)]
    found = []
    for a, ia in enumerate(classes):
        for ib in classes[a:]:
            space = max(reach_m[ia].max(), reach_m[ib].max(), 1.0)
            time = max(half[ia].max() + half[ib].max() + slack, 0.5)
            scale = space / time  # metres per day
            # A pair's chord is at most its arc, and so is each axis of it: boxes are enough.
            radius = space * (1 + 1e-9) + 1.0
            points_a = np.column_stack((xyz[ia], middle[ia] * scale))
            if ib is ia:
                local = within(points_a, None, radius)
                found.append(np.column_stack((ia[local[:, 0]], ia[local[:, 1]])))
                continue
            hits = within(points_a, np.column_stack((xyz[ib], middle[ib] * scale)), radius)
            found.append(np.column_stack((ia[hits[:, 0]], ib[hits[:, 1]])))
    both = np.concatenate(found)  # each pair is in one class pair: no repeats
    del found
    both.sort(axis=1)
    # Sorted by (i, j) as one number: no copies of the pairs while sorting (dense data gives
    # tens of millions of them).
    n = len(phi)
    key = both[:, 0].astype(np.int64) * n + both[:, 1]
    del both
    key.sort()
    return np.column_stack((key // n, key % n)).astype(np.intp, copy=False)


#: At most this many cells along each axis of :func:`within`'s grid, so that a cell's number in
#: up to four dimensions fits an int64 (cells then grow wider than the radius: still right).
CELLS = 1 << 15


def within(a: np.ndarray, b: np.ndarray | None, radius: float) -> np.ndarray:
    """Pairs ``(i, j)`` of rows of ``a`` and ``b`` at most ``radius`` apart along every axis, as
    an array of shape (k, 2); ``b`` None: pairs of rows of ``a``, each once, ``i < j``.

    The points go into cells at least ``radius`` wide along each axis: two points that close lie
    in the same cell or in adjacent ones. Each cell is looked for among the occupied cells
    beside it (3^d of them, or half of those for pairs within ``a``), and the points of each
    two cells found are compared.
    """
    if b is not None and len(b) < len(a):  # a's cells are looked for: the fewer the better
        return within(b, a, radius)[:, ::-1]
    same = b is None
    points = a if same else np.concatenate((a, b))
    empty = np.empty((0, 2), dtype=np.intp)
    if not len(a) or (not same and not len(b)):
        return empty
    low = points.min(axis=0)
    size = np.maximum(radius, (points.max(axis=0) - low) / CELLS)
    cell = ((points - low) // size).astype(np.int64) + 1  # a margin of one cell each side
    dims = cell.max(axis=0) + 2
    weights = np.append(np.cumprod(dims[:0:-1])[::-1], 1)
    keys = cell @ weights
    key_a, key_b = (keys, keys) if same else (keys[: len(a)], keys[len(a) :])
    axes_a = [np.ascontiguousarray(x) for x in a.T]
    axes_b = axes_a if same else [np.ascontiguousarray(x) for x in b.T]
    order_a = np.argsort(key_a, kind="stable")
    cells_a, start_a, count_a = np.unique(key_a[order_a], return_index=True, return_counts=True)
    if same:
        order_b, cells_b, start_b, count_b = order_a, cells_a, start_a, count_a
    else:
        order_b = np.argsort(key_b, kind="stable")
        cells_b, start_b, count_b = np.unique(key_b[order_b], return_index=True,
                                              return_counts=True)
    steps = np.array(list(itertools.product((-1, 0, 1), repeat=points.shape[1]))) @ weights
    found = []
    for step in steps[steps >= 0] if same else steps:
        at = np.searchsorted(cells_b, cells_a + step)
        hit = at < len(cells_b)
        hit[hit] = cells_b[at[hit]] == cells_a[hit] + step
        ca, cb = np.flatnonzero(hit), at[hit]
        n = count_a[ca] * count_b[cb]
        pair = np.repeat(np.arange(len(n)), n)
        k = np.arange(int(n.sum())) - np.repeat(np.cumsum(n) - n, n)
        width = count_b[cb][pair]
        i = order_a[start_a[ca][pair] + k // width]
        j = order_b[start_b[cb][pair] + k % width]
        if same and step == 0:
            i, j = i[i < j], j[i < j]
        for x, y in zip(axes_a, axes_b, strict=True):  # an axis at a time, fewer pairs each
            close = np.abs(x[i] - y[j]) <= radius
            i, j = i[close], j[close]
        found.append(np.column_stack((i, j)))
    return np.concatenate(found).astype(np.intp, copy=False) if found else empty
