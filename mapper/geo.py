"""Claims -> GeoDataFrame in EPSG:4326: the one place where (lat, lon) becomes Point(x=lon, y=lat).

Everything before this module speaks (lat, lon), as people and gazetteers do; everything after it
(GeoPandas, GDAL, GeoJSON) speaks (x, y) = (lon, lat). Keeping the swap here, once, is what keeps
a claim at Hadrut from landing in the Indian Ocean.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import geopandas as gpd
import numpy as np
import shapely

from mapper.model import CLAIM_FIELDS, Claim, claim_row

CRS = "EPSG:4326"


def points(lats: Sequence[float | None], lons: Sequence[float | None]) -> np.ndarray:
    """Shapely points from latitudes and longitudes; None where either is missing."""
    lat = np.array([np.nan if v is None else v for v in lats], dtype=float)
    lon = np.array([np.nan if v is None else v for v in lons], dtype=float)
    out = shapely.points(lon, lat)  # x = longitude, y = latitude
    missing = np.isnan(lat) | np.isnan(lon)
    if missing.any():
        out = out.astype(object)
        out[missing] = None
    return out


def to_geodataframe(claims: Iterable[Claim]) -> gpd.GeoDataFrame:
    """The claims as a GeoDataFrame: one row per claim, columns CLAIM_FIELDS, geometry.

    Unlocated claims are kept with geometry None.

    >>> from mapper.model import Claim, DateSpan
    >>> gdf = to_geodataframe([Claim("c-1", "r.csv", DateSpan.unknown(), lat=39.5, lon=46.8)])
    >>> gdf.geometry[0].x, gdf.geometry[0].y
    (46.8, 39.5)
    """
    claims = list(claims)
    rows = [claim_row(c) for c in claims]
    columns = {name: [r[name] for r in rows] for name in CLAIM_FIELDS}
    geometry = points([c.lat for c in claims], [c.lon for c in claims])
    return gpd.GeoDataFrame(columns, geometry=gpd.GeoSeries(geometry, crs=CRS), crs=CRS)
