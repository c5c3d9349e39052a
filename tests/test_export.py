"""Exports: GeoJSON (RFC 7946) and CSV goldens, GeoPackage dates, GDAL read-back, safe writes.

Goldens are regenerated only with ``UPDATE_GOLDEN=1 python -m pytest tests/test_export.py`` and
reviewed like code.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import sqlite3
import warnings
from datetime import date
from pathlib import Path

import pyogrio
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import mapper
from mapper import export
from mapper.errors import OutputError, OutputRefused
from mapper.geo import to_geodataframe
from mapper.incidents import group
from mapper.model import CLAIM_FIELDS, Claim, DateSpan
from mapper.records import read_records

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"
GOLDEN = HERE / "golden"
VERSION = "fixture"  # a fixed gazetteer version, so goldens do not change with the tables


@pytest.fixture
def small(gaz, monkeypatch):
    """The small fixture's claims, read as a user would (path relative to its folder)."""
    monkeypatch.chdir(FIXTURES)
    result = read_records(["records_small.csv"], gaz)
    incidents = group(result.claims)
    return result, incidents


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8", newline="")
        return
    assert path.is_file(), f"{path} is missing: run with UPDATE_GOLDEN=1 and review it"
    assert text == path.read_bytes().decode("utf-8"), (
        f"{name} differs from the golden file; if the change is intended, regenerate with "
        "UPDATE_GOLDEN=1 and review the diff"
    )


def read_back(path: Path, **options):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # several layers in a GeoPackage
        return pyogrio.read_dataframe(path, **options)


# -- goldens ------------------------------------------------------------------------------------


def test_geojson_golden(small, tmp_path):
    result, incidents = small
    path = export.write(
        result.claims, tmp_path / "claims.geojson", gazetteer_version=VERSION, incidents=incidents
    )
    check_golden("claims_small.geojson", path.read_bytes().decode("utf-8"))


def test_csv_golden(small, tmp_path):
    result, _ = small
    path = export.write(result.claims, tmp_path / "claims.csv", gazetteer_version=VERSION)
    check_golden("claims_small.csv", path.read_bytes().decode("utf-8"))


def test_unresolved_golden(small, tmp_path):
    result, _ = small
    path = export.write_unresolved(result.claims, result.notices, tmp_path / "unresolved.csv")
    check_golden("unresolved_small.csv", path.read_bytes().decode("utf-8"))


# -- GeoJSON ------------------------------------------------------------------------------------


def test_geojson_is_rfc7946(small):
    result, _ = small
    doc = json.loads(export.geojson_text(result.claims, gazetteer_version=VERSION))
    assert doc["type"] == "FeatureCollection" and "crs" not in doc
    features = doc["features"]
    assert len(features) == len(result.claims) == 8
    keys = [(f["properties"]["date_start"] or "~", f["id"]) for f in features]
    assert keys == sorted(keys), "sorted by date_start, then claim id"
    for feature in features:
        props = feature["properties"]
        assert feature["id"] == props["claim_id"]
        assert list(props) == list(CLAIM_FIELDS)
        assert all(v is None or isinstance(v, str | int | float | bool) for v in props.values())
        if feature["geometry"] is None:
            assert props["lat"] is None
            continue
        lon, lat = feature["geometry"]["coordinates"]
        assert (lat, lon) == (props["lat"], props["lon"])
        assert 38.8 <= lat <= 41.3 and 43.4 <= lon <= 48.9, "[lon, lat], not [lat, lon]"
    unlocated = [f["id"] for f in features if f["geometry"] is None]
    assert unlocated == ["r4", "r6"]


def test_geojson_rounds_to_six_decimals():
    claim = Claim("c", "r", DateSpan.unknown(), lat=39.123456789, lon=46.987654321)
    feature = json.loads(export.geojson_text([claim], gazetteer_version=VERSION))["features"][0]
    assert feature["geometry"]["coordinates"] == [46.987654, 39.123457]


def test_export_reads_back_to_the_same_export(small, gaz, tmp_path):
    result, _incidents = small
    first = export.write(result.claims, tmp_path / "a.geojson", gazetteer_version=VERSION)
    back = read_records([first], gaz)
    assert back.ok, back.errors
    group(back.claims)
    second = export.write(back.claims, tmp_path / "b.geojson", gazetteer_version=VERSION)
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")
    for name in ("c.csv", "c.jsonl"):
        path = export.write(result.claims, tmp_path / name, gazetteer_version=VERSION)
        again = read_records([path], gaz)
        group(again.claims)
        assert export.geojson_text(again.claims, gazetteer_version=VERSION) == (
            first.read_text(encoding="utf-8")
        ), name


# -- GDAL reads every export --------------------------------------------------------------------


def test_gdal_reads_every_export(small, tmp_path):
    result, incidents = small
    for name in ("claims.geojson", "claims.gpkg", "claims.csv"):
        path = export.write(
            result.claims, tmp_path / name, gazetteer_version=VERSION, incidents=incidents
        )
        frame = read_back(path, layer="claims") if name.endswith(".gpkg") else read_back(path)
        assert len(frame) == 8, name
        located = frame[frame.geometry.notna()]
        assert len(located) == 6, name
        r1 = located[located.claim_id == "r1"].geometry.iloc[0]
        assert (r1.x, r1.y) == (46.81234, 39.61234), name
    frame = read_back(tmp_path / "claims.gpkg", layer="incidents")
    assert len(frame) == len(incidents) == 5
    assert set(frame.incident_id) == {i.id for i in incidents}
    assert frame.contested.sum() == 2


def test_geopackage_dates_are_dates_and_come_first(small, tmp_path):
    result, incidents = small
    path = export.write(
        result.claims, tmp_path / "claims.gpkg", gazetteer_version="g-1", incidents=incidents
    )
    info = pyogrio.read_info(path, layer="claims")
    types = dict(zip(info["fields"], info["ogr_types"], strict=True))
    assert types["date_start"] == types["date_end"] == types["report_date"] == "OFTDate"
    fields = list(info["fields"])
    date_like = [f for f in fields if "date" in f]
    assert date_like[:2] == ["date_start", "date_end"]
    assert fields.index("date_end") < fields.index("report_date")
    assert info["layer_metadata"]["mapper_version"] == mapper.__version__
    assert info["layer_metadata"]["gazetteer_version"] == "g-1"
    assert info["crs"] == "EPSG:4326"
    with sqlite3.connect(path) as db:
        schema = db.execute("SELECT sql FROM sqlite_master WHERE name = 'claims'").fetchone()[0]
        assert '"date_start" DATE' in schema and '"date_end" DATE' in schema
        rows = db.execute(
            "SELECT claim_id, date_start, geom IS NULL FROM claims ORDER BY fid"
        ).fetchall()
    assert rows[0] == ("r4", "2020-12-01", 1), "unlocated claims are kept, geometry empty"
    frame = read_back(path, layer="claims")
    assert frame.date_start.dt.date.iloc[0] == date(2020, 12, 1)
    incidents_info = pyogrio.read_info(path, layer="incidents")
    types = dict(zip(incidents_info["fields"], incidents_info["ogr_types"], strict=True))
    assert types["date_start"] == types["date_end"] == "OFTDate"
    assert types["claim_count"] in ("OFTInteger", "OFTInteger64")


def test_geopackage_made_in_chunks_is_the_same_file(small, tmp_path, monkeypatch):
    # Large exports turn claims into columns a chunk at a time; the file must not show it.
    result, incidents = small
    whole = export.write(result.claims, tmp_path / "whole.gpkg", gazetteer_version="g",
                         incidents=incidents)
    monkeypatch.setattr(export, "CHUNK_ROWS", 3)  # 8 claims, 5 incidents: several chunks
    chunked = export.write(result.claims, tmp_path / "chunked.gpkg", gazetteer_version="g",
                           incidents=incidents)
    assert chunked.read_bytes() == whole.read_bytes()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.floats(-89.99, 89.99), st.floats(-179.99, 179.99))
def test_lat_lon_survive_records_geojson_gdal_without_a_swap(gaz, tmp_path, lat, lon):
    records = tmp_path / "point.csv"
    records.write_text(f"id,date,lat,lon\np,2020-12-12,{lat!r},{lon!r}\n", encoding="utf-8")
    result = read_records([records], gaz)
    (claim,) = result.claims
    assert (claim.lat, claim.lon) == (lat, lon)
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    for name in ("p.geojson", "p.gpkg"):
        path = export.write(result.claims, out / name, gazetteer_version=VERSION)
        point = read_back(path).geometry.iloc[0]
        assert math.isclose(point.x, lon, abs_tol=1e-6) and math.isclose(
            point.y, lat, abs_tol=1e-6
        ), name


def test_geodataframe_puts_lon_on_x():
    located = Claim("a", "r", DateSpan.unknown(), lat=39.5, lon=46.8)
    unlocated = Claim("b", "r", DateSpan.unknown())
    frame = to_geodataframe([located, unlocated])
    assert frame.crs.to_epsg() == 4326
    assert (frame.geometry.iloc[0].x, frame.geometry.iloc[0].y) == (46.8, 39.5)
    assert frame.geometry.iloc[1] is None
    assert list(frame.columns) == [*CLAIM_FIELDS, "geometry"]


# -- CSV, JSONL, places, attention list ---------------------------------------------------------


def test_csv_has_wkt_and_lat_lon(small):
    result, _ = small
    rows = list(csv.DictReader(io.StringIO(export.csv_text(result.claims))))
    by_id = {r["claim_id"]: r for r in rows}
    assert by_id["r1"]["WKT"] == "POINT (46.81234 39.61234)"
    assert (by_id["r1"]["lat"], by_id["r1"]["lon"]) == ("39.61234", "46.81234")
    assert by_id["r4"]["WKT"] == "" and by_id["r4"]["lat"] == ""


def test_jsonl_is_one_claim_row_per_line(small):
    result, _ = small
    lines = export.jsonl_text(result.claims).splitlines()
    assert len(lines) == 8
    assert list(json.loads(lines[0])) == list(CLAIM_FIELDS)


def test_places_geojson(gaz):
    doc = json.loads(export.places_geojson(gaz))
    assert "crs" not in doc
    by_id = {f["id"]: f for f in doc["features"]}
    testavan = by_id["testavan"]
    assert testavan["geometry"]["coordinates"] == [46.81234, 39.61234]
    assert testavan["properties"]["names"] == "Testavan / Տեստավան / Testkənd / Теставан"
    assert testavan["properties"]["source"].startswith("Fictional test data")
    assert list(by_id) == sorted(by_id)


def test_unresolved_lists_everything_needing_attention(gaz, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("r.csv").write_text(
        "id,date,place,claimant\n1,2020-12-12,Mets Proba,\n2,2020-12-12,Nowhere,Someone\n"
        "3,2020-13-01,Testavan,\n",
        encoding="utf-8",
    )
    result = read_records(["r.csv"], gaz)
    extra = Claim("x", "report.txt", DateSpan.unknown(), place_text="Somewhere")
    path = export.write_unresolved([*result.claims, extra], result.notices, "unresolved.csv")
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig")))
    assert [(r["where"], r["kind"], r["claim_id"]) for r in rows] == [
        ("r.csv:2", "ambiguous", "1"),
        ("r.csv:3", "unknown_claimant", "2"),
        ("r.csv:3", "unresolved", "2"),
        ("r.csv:4", "error", "3"),
        ("report.txt", "unlocated", "x"),
    ]
    assert rows[0]["suggestions"].startswith("mets-proba-east (Mets Proba, 1.00); mets-proba-west")


# -- safe writing -------------------------------------------------------------------------------


def test_existing_file_outside_out_is_not_overwritten(tmp_path):
    claims = [Claim("a", "r", DateSpan.unknown())]
    target = tmp_path / "claims.geojson"
    target.write_text("precious", encoding="utf-8")
    with pytest.raises(OutputRefused) as exc:
        export.write(claims, target, gazetteer_version=VERSION)
    assert str(exc.value).startswith(f"{target}: exists; pass --force")
    assert target.read_text(encoding="utf-8") == "precious"
    export.write(claims, target, gazetteer_version=VERSION, force=True)
    assert json.loads(target.read_text(encoding="utf-8"))["features"][0]["id"] == "a"
    inside = tmp_path / "out"
    (inside / "deeper").mkdir(parents=True)
    for _ in range(2):
        export.write(claims, inside / "claims.gpkg", gazetteer_version=VERSION)
    # Only the output folder itself is free: not any folder below one named out.
    export.write(claims, inside / "deeper" / "claims.gpkg", gazetteer_version=VERSION)
    with pytest.raises(OutputError, match="exists; pass --force"):
        export.write(claims, inside / "deeper" / "claims.gpkg", gazetteer_version=VERSION)


def test_unknown_format_is_refused_and_a_missing_folder_is_made(tmp_path):
    with pytest.raises(OutputRefused, match=r"unknown output format '\.shp'"):
        export.write([], tmp_path / "claims.shp", gazetteer_version=VERSION)
    assert not (tmp_path / "nope").exists()
    export.write([], tmp_path / "nope" / "deeper" / "claims.geojson", gazetteer_version=VERSION)
    assert (tmp_path / "nope" / "deeper" / "claims.geojson").is_file()
    (tmp_path / "file").write_text("", encoding="utf-8")
    with pytest.raises(OutputError, match="cannot create folder"):
        export.write([], tmp_path / "file" / "claims.geojson", gazetteer_version=VERSION)


def test_a_failed_write_leaves_no_file(tmp_path, monkeypatch):
    claims = [Claim("a", "r", DateSpan.unknown(), lat=39.5, lon=46.8)]

    def broken_gpkg(path, *args, **kwargs):
        Path(path).write_bytes(b"half a geopackage")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "write_gpkg", broken_gpkg)
    with pytest.raises(OutputError, match="No space left"):
        export.write(claims, tmp_path / "claims.gpkg", gazetteer_version=VERSION)
    assert list(tmp_path.iterdir()) == []

    def broken_replace(src, dst):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", broken_replace)
    (tmp_path / "keep.geojson").write_text("old", encoding="utf-8")
    with pytest.raises(OutputError, match="Input/output error"):
        export.write(claims, tmp_path / "keep.geojson", gazetteer_version=VERSION, force=True)
    assert [p.name for p in tmp_path.iterdir()] == ["keep.geojson"]
    assert (tmp_path / "keep.geojson").read_text(encoding="utf-8") == "old"


def test_written_files_honour_the_umask(tmp_path):
    path = export.write_text_atomic(tmp_path / "x.geojson", "{}")
    mask = os.umask(0)
    os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask


def test_empty_claims_write_valid_files(tmp_path):
    for name in ("e.geojson", "e.gpkg", "e.csv"):
        path = export.write([], tmp_path / name, gazetteer_version=VERSION)
        assert pyogrio.read_info(path)["features"] == 0, name
