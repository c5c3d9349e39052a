"""Candidate pairs of things near each other in space and time, found with a KD-tree.

Each thing is a point (lat, lon) with a reach in metres and a span of days. A pair is a candidate
when the great-circle distance is at most the larger of the two reaches and the spans come within
``slack`` days of each other. Every such pair is returned, and some more: the caller applies its
exact rule to these few instead of to all n² pairs, so the cost grows as n log n plus the pairs.

Points sit on a sphere in metres (x, y, z: a chord is never longer than its arc) with the middle
of their span as a fourth coordinate, scaled so that the reach in time weighs as much as the
reach in space. Things of ordinary reach and span are indexed apart from the few that reach far
(an area claim) or last long (a month), so that those few do not widen every search.

>>> pairs([39.6, 39.61, 40.5], [46.8, 46.8, 46.8], [5000.0] * 3, [0, 1, 0], [0, 1, 0], 1).tolist()
[[0, 1]]
"""

from __future__ import annotations

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
    from scipy.spatial import cKDTree

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
            radius = space * np.sqrt(2) * (1 + 1e-9) + 1.0
            tree_a = cKDTree(np.column_stack((xyz[ia], middle[ia] * scale)))
            if ib is ia:
                local = tree_a.query_pairs(radius, output_type="ndarray")
                found.append(np.column_stack((ia[local[:, 0]], ia[local[:, 1]])))
                continue
            tree_b = cKDTree(np.column_stack((xyz[ib], middle[ib] * scale)))
            hits = tree_a.sparse_distance_matrix(tree_b, radius, output_type="ndarray")
            found.append(np.column_stack((ia[hits["i"]], ib[hits["j"]])))
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
