"""The HTML map, checked by fragments (element ids are not random here, but layout may change).

The browser behaviour is checked in test_browser.py; the sample collection is built here.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any
from unittest import mock

import pytest

from mapper import render
from mapper.model import CLAIM_FIELDS
from mapper.render import (
    SIDE_SHADES,
    area_radius_m,
    claims_map,
    encode_claims,
    geography,
    leaflet_assets,
    page_html,
    render_map,
    script_json,
    write_map,
)

XSS_QUOTE = (
    '</script><script>window.pwned=1</script><img src=x onerror="window.pwned=2">'
    " `${window.pwned=3}` ' \" \\ \u2028 <!-- -->"
)


def claim_feature(claim_id: str, lonlat: tuple[float, float] | None, **props: Any) -> dict:
    """A claim feature as mapper exports it: every CLAIM_FIELDS key present, mostly null."""
    properties: dict[str, Any] = dict.fromkeys(CLAIM_FIELDS)
    properties.update(
        claim_id=claim_id,
        date_precision="day",
        precision="village",
        uncertainty_m=500.0,
        claimant_side="unknown",
        event_type="shelling",
        contested=False,
    )
    if lonlat is not None:
        properties.update(lon=lonlat[0], lat=lonlat[1])
    properties.update(props)
    geometry = None if lonlat is None else {"type": "Point", "coordinates": list(lonlat)}
    return {"type": "Feature", "id": claim_id, "geometry": geometry, "properties": properties}


HIN_TAGHER = (46.91306, 39.51278)
HADRUT = (47.03333, 39.51667)

PLACES = [
    {
        "id": "hin-tagher",
        "name": "Hin Tagher",
        "names": "Hin Tagher / Köhnə Tağlar",
        "lat": HIN_TAGHER[1],
        "lon": HIN_TAGHER[0],
        "precision": "village",
        "uncertainty_m": 500,
    },
    {
        "id": "hadrut",
        "name": "Hadrut",
        "names": "Hadrut / Hadrut",
        "lat": HADRUT[1],
        "lon": HADRUT[0],
        "precision": "town",
        "uncertainty_m": 1500,
    },
    {
        "id": "khtsaberd",
        "name": "Khtsaberd",
        "names": "Khtsaberd / Çaylaqqala",
        "lat": 39.47,
        "lon": 46.97,
        "precision": "village",
        "uncertainty_m": 500,
    },
    {
        "id": "shushi",
        "name": "Shushi",
        "names": "Shushi / Şuşa",
        "lat": 39.7583,
        "lon": 46.7486,
        "precision": "town",
        "uncertainty_m": 1500,
    },
]

CLAIMANTS = {
    "az-mod": {"name": "Ministry of Defence of Azerbaijan", "side": "az", "color": "#2b8cbe"},
    "am-mod": {"name": "Ministry of Defence of Armenia", "side": "am", "color": "#e6550d"},
}


def sample_collection() -> dict:
    """Two contested claims at one village (one with a confidence), a district claim, a date
    range, an unlocated claim, an XSS claim, an unknown-date claim and a claimant missing from
    the claimant table."""
    village = {
        "place_text": "Khin Taher",
        "place_id": "hin-tagher",
        "place_name": "Hin Tagher",
        "place_names": "Hin Tagher / Köhnə Tağlar",
        "incident_id": "inc-1",
        "contested": True,
        "date_start": "2020-12-12",
        "date_end": "2020-12-12",
        "date_text": "on December 12",
    }
    features = [
        claim_feature(
            "az-1",
            HIN_TAGHER,
            **village,
            claimant="az-mod",
            claimant_name="Azerbaijani MoD",
            claimant_side="az",
            claim_chain="Reuters > Azerbaijani MoD",
            event_type="attack",
            killed=0,
            wounded=1,
            quote="Armenian forces attacked our positions near Köhnə Tağlar.",
            source="Reuters",
            url="https://example.org/az-1",
            confidence=0.716,
        ),
        claim_feature(
            "am-1",
            HIN_TAGHER,
            **village,
            claimant="am-mod",
            claimant_name="Armenian MoD",
            claimant_side="am",
            event_type="attack",
            killed=6,
            wounded=None,
            quote="Azerbaijani units entered Hin Tagher and Khtsaberd.",
            source="Armenpress",
            url="javascript:alert(1)",
        ),
        claim_feature(
            "district-1",
            HADRUT,
            place_text="the Hadrut region",
            place_name="Hadrut district",
            precision="district",
            uncertainty_m=15000.0,
            claimant="am-mod",
            claimant_side="am",
            date_start="2020-12-01",
            date_end="2020-12-05",
            date_precision="range",
            date_text="in early December",
            quote="Fighting continued across the Hadrut region.",
        ),
        claim_feature(
            "range-1",
            (46.97, 39.47),
            place_text="Khtsaberd",
            place_names="Khtsaberd / Çaylaqqala",
            claimant="osce",
            claimant_name="OSCE monitors",
            claimant_side="intl",
            date_start="2020-12-10",
            date_end="2020-12-20",
            date_precision="range",
            date_text="between 10 and 20 December",
            quote="Monitors recorded ceasefire violations.",
        ),
        claim_feature(
            "unloc-1",
            None,
            place_text="Mets Shen",
            precision=None,
            uncertainty_m=None,
            candidates="mets-shen-lachin; mets-shen-martakert",
            claimant="am-mod",
            claimant_side="am",
            date_start="2020-12-14",
            date_end="2020-12-14",
            quote="Shelling was reported in Mets Shen.",
        ),
        claim_feature(
            "xss-1",
            (46.7486, 39.7583),
            place_text=XSS_QUOTE,
            place_names="Shushi / Şuşa",
            claimant="<b>evil</b>",
            claimant_name=XSS_QUOTE,
            date_start="2020-12-25",
            date_end="2020-12-25",
            date_text=XSS_QUOTE,
            quote=XSS_QUOTE,
            source=XSS_QUOTE,
            url="https://example.org/?q=</script><script>window.pwned=4</script>",
            confidence=XSS_QUOTE,
        ),
        claim_feature(
            "nodate-1",
            (46.7486, 39.7583),
            place_text="Shusha",
            claimant="az-mod",
            claimant_side="az",
            date_precision="unknown",
            date_text="recently",
            quote="Shusha was shelled.",
        ),
    ]
    return {"type": "FeatureCollection", "features": features}


def data_json(page: str) -> dict:
    """The embedded data document, parsed."""
    match = re.search(
        r'<script type="application/json" id="claims_layer_\d+-data">(.*?)</script>', page, re.S
    )
    assert match, "data element missing"
    return json.loads(match.group(1))


@pytest.fixture(scope="module")
def page() -> str:
    return render_map(
        sample_collection(), places=PLACES, claimants=CLAIMANTS, title="Hadrut <test>"
    )


def test_no_remote_code_or_style(page: str) -> None:
    assert not re.search(r"<script[^>]+src=", page, re.I)
    assert not re.search(r"<link[^>]+href=[\"']?https?://", page, re.I)
    assert "@import" not in page
    js, _ = leaflet_assets()
    assert js[:2000] in page and "Leaflet 1.9.4" in page
    assert ".leaflet-container" in page and "url(images/" not in page


def test_content_security_policy_allows_only_the_inlined_scripts(page: str) -> None:
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert csp
    assert "default-src 'none'" in csp.group(1)
    inline = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(inline) == 4  # Leaflet, map.js, folium's switches, the map's own script
    hashes = {"'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
              for s in inline}
    script_src = csp.group(1).split("script-src ")[1].split(";")[0]
    assert set(script_src.split()) == hashes
    assert "img-src data:;" in csp.group(1)  # no tile server


def test_data_round_trips(page: str) -> None:
    data = data_json(page)
    assert data["ids"] == [f["id"] for f in sample_collection()["features"]]
    assert data["title"] == "Hadrut <test>"
    # Every claim's properties can be read back from the columns.
    for i, feature in enumerate(sample_collection()["features"]):
        for group, names in data["fields"].items():
            column = data["columns"][group]
            row = data["tables"][group][column if isinstance(column, int) else column[i]]
            for name, value in zip(names, row, strict=True):
                if not name.startswith("_"):
                    assert value == feature["properties"][name], (feature["id"], name)
        xy = data["xy"][i]
        if feature["geometry"] is None:
            assert xy == -1
        else:
            assert data["positions"][2 * xy : 2 * xy + 2] == feature["geometry"]["coordinates"]


def test_xss_payloads_stay_inside_the_json(page: str) -> None:
    body = page.split("<body>", 1)[1]
    data_start = re.search(r'id="claims_layer_\d+-data">', body).start()
    data_end = body.index("</script>", data_start)
    blob = body[data_start:data_end]
    assert "<" not in blob.split(">", 1)[1] and "\u2028" not in blob
    outside = page.replace(blob, "")
    assert "window.pwned" not in outside
    assert "<img src=x" not in page and not re.search(r"<img[^>]*onerror", page, re.I)
    assert page.count("</script>") == len(re.findall(r"<script[ >]", page)) == 6
    assert "&lt;test&gt;" in page.split("<title>")[1].split("</title>")[0]
    # And the payload still round-trips exactly.
    quotes = data_json(page)["tables"]["quote"]
    assert [XSS_QUOTE, None] in quotes
    assert [XSS_QUOTE] in data_json(page)["tables"]["confidence"]


def test_script_json_escapes_everything_that_could_end_a_script() -> None:
    value = {"a": "</script><!--<script>&\u2028\u2029'\"`\\"}
    text = script_json(value)
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == value


def test_empty_collection_renders() -> None:
    page = render_map({"type": "FeatureCollection", "features": []})
    data = data_json(page)
    assert data["ids"] == [] and data["range"] is None and data["claimants"] == []


def test_unlocated_claims_are_kept_with_candidates(page: str) -> None:
    data = data_json(page)
    i = data["ids"].index("unloc-1")
    assert data["xy"][i] == -1
    place = data["tables"]["place"][data["columns"]["place"][i]]
    assert place[data["fields"]["place"].index("candidates")] == (
        "mets-shen-lachin; mets-shen-martakert"
    )


def test_output_is_deterministic() -> None:
    first = render_map(sample_collection(), places=PLACES, claimants=CLAIMANTS)
    second = render_map(sample_collection(), places=PLACES, claimants=CLAIMANTS)
    assert first == second


def test_claimant_legend_names_sides_and_colours(page: str) -> None:
    legend = {row[0]: row for row in data_json(page)["claimants"]}
    assert legend["az-mod"][1:3] == ["Ministry of Defence of Azerbaijan", "az"]
    assert legend["az-mod"][3] == SIDE_SHADES["az"][1]  # the only one of its side: mid shade
    # Not in the table: the name the claims give, the side they agree on, the side's colours.
    assert legend["osce"][1:4] == ["OSCE monitors", "intl", SIDE_SHADES["intl"][1]]
    assert legend["osce"][5] is False
    assert legend["<b>evil</b>"][2] == "unknown"


def test_claimants_of_one_side_differ_in_shade_and_shape() -> None:
    features = [
        claim_feature(f"c{k}", HIN_TAGHER, claimant=f"az-body-{k}", claimant_side="az")
        for k in range(7)
    ]
    legend = encode_claims({"type": "FeatureCollection", "features": features})["claimants"]
    looks = [(row[3], row[6]) for row in legend]
    assert len(set(looks)) == 7 and {row[3] for row in legend} == set(SIDE_SHADES["az"])
    assert len({row[6] for row in legend[:6]}) == 6  # six shapes before one repeats
    # those that share a shade never pair a circle with a hexagon, alike at 8 px
    for shade in SIDE_SHADES["az"]:
        assert {"circle", "hexagon"} - {row[6] for row in legend if row[3] == shade}
    two = encode_claims({"type": "FeatureCollection", "features": features[:2]})["claimants"]
    assert [row[3] for row in two] == [SIDE_SHADES["az"][0], SIDE_SHADES["az"][-1]]


def _lab(hex_colour: str, cvd: str) -> tuple[float, float, float]:
    """CIELAB of a colour as seen with full protanopia / deuteranopia (Machado et al. 2009)."""
    matrices = {
        "none": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
        "protan": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
        "deutan": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                   (-0.011820, 0.042940, 0.968881)),
    }
    channels = [int(hex_colour[k : k + 2], 16) / 255 for k in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    r, g, b = (min(1.0, max(0.0, sum(m * c for m, c in zip(row, linear, strict=True))))
               for row in matrices[cvd])
    x, y, z = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, \
        0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


@pytest.mark.parametrize("cvd", ["none", "protan", "deutan"])
def test_opposing_sides_stay_apart_for_colour_blind_viewers(cvd: str) -> None:
    def delta_e(a: str, b: str) -> float:
        return math.dist(_lab(a, cvd), _lab(b, cvd))

    for ours, theirs, least in [
        *[(a, b, 20) for a in ("az", "tr") for b in ("am", "nk")],
        *[("ru", b, 8) for b in ("az", "am", "nk", "tr")],
        *[("intl", b, 8) for b in ("az", "am", "nk", "ru")],
    ]:
        for shade_a, shade_b in zip(SIDE_SHADES[ours], SIDE_SHADES[theirs], strict=True):
            assert delta_e(shade_a, shade_b) >= least, (cvd, ours, theirs, shade_a, shade_b)


def test_area_precision_and_date_range() -> None:
    assert area_radius_m("district", 15000) == 15000
    assert area_radius_m("region", None) == 40000
    assert area_radius_m("village", 500) is None
    assert area_radius_m("village", 2500) is None  # a village is a point, however uncertain
    assert area_radius_m("town", 5000) is None
    assert area_radius_m("corridor", 8000) == 8000
    assert area_radius_m(None, "bogus") is None
    data = encode_claims(sample_collection())
    fields = data["fields"]["place"]
    areas = [row[fields.index("_area_m")] for row in data["tables"]["place"]]
    assert 15000.0 in areas
    # 2020-12-01 .. 2020-12-25 as days since 1970-01-01.
    assert data["range"] == [18597, 18621]


def test_page_from_claims_is_the_page_from_their_geojson(gaz) -> None:
    # The map reads claims directly; it must draw what their exported GeoJSON draws.
    from mapper.export import geojson_text
    from mapper.incidents import group
    from mapper.records import read_records

    fixtures = Path(__file__).parent / "fixtures"
    claims = read_records([fixtures / "records_small.csv"], gaz).claims
    group(claims)
    text = geojson_text(claims, gazetteer_version="")
    options = {"places": PLACES, "claimants": CLAIMANTS, "title": "same"}
    assert render_map(claims, **options) == render_map(text, **options)


def test_a_claims_confidence_is_on_its_card_and_a_record_without_one_shows_none(gaz) -> None:
    from datetime import date

    from mapper.export import geojson_text
    from mapper.model import Claim, DateSpan

    day = DateSpan(date(2020, 12, 12), None, "day", "on December 12")
    read = Claim("read", "r.txt", day, place_text="Khin Taher", place_id="hin-tagher",
                 lat=39.51278, lon=46.91306, precision="village", quote="They attacked.")
    read.confidence = 0.716
    record = Claim("record", "sheet.csv", day, place_text="Hin Tagher", place_id="hin-tagher",
                   lat=39.51278, lon=46.91306, precision="village")
    page = render_map([read, record])
    assert page == render_map(geojson_text([read, record], gazetteer_version=""))
    data = data_json(page)
    assert data["fields"]["confidence"] == ["confidence"]
    shown = {claim_id: data["tables"]["confidence"][data["columns"]["confidence"][i]][0]
             for i, claim_id in enumerate(data["ids"])}
    assert shown == {"read": 0.716, "record": None}
    # map.js puts it on the card's last line, as text, two decimals: "confidence 0.72"
    assert "'confidence ' + (typeof p === 'number' ? p.toFixed(2) : String(p))" in page
    assert "inc && 'incident ' + inc, confidenceText(i)]" in page


def test_claim_columns_are_the_claim_row_values(gaz) -> None:
    # The page reads claims' values column by column; they must be what claim_row gives.
    from datetime import date

    from mapper.model import CLAIM_FIELDS, Claim, DateSpan, claim_columns, claim_row
    from mapper.records import read_records

    fixtures = Path(__file__).parent / "fixtures"
    claims = read_records([fixtures / "records_small.csv"], gaz).claims
    claims.append(Claim("full", "r.txt", DateSpan(date(2020, 10, 3), None, "day", "3 Oct"),
                        lat=39.123456789, lon=46.987654321, score=0.87654, candidates=("a", "b"),
                        claim_chain=("outlet", "ministry"), span=(3, 9),
                        report_date=date(2020, 10, 4), killed=2))
    claims[-1].confidence = 0.42
    rows = [tuple(claim_row(c).values()) for c in claims]
    assert claim_columns(claims, CLAIM_FIELDS) == rows
    quote, notes = CLAIM_FIELDS.index("quote"), CLAIM_FIELDS.index("notes")
    assert claim_columns(claims, ("notes",)) == [(row[notes],) for row in rows]
    assert claim_columns(claims, ("quote", "notes")) == [(row[quote], row[notes]) for row in rows]
    assert claim_columns(claims, ("confidence",))[-1] == (0.42,)


def test_equal_values_of_other_types_stay_apart() -> None:
    # 1 == True in Python, yet a district of uncertainty 1 m and one of uncertainty true (not
    # a number: the default radius) are drawn differently; claimant 1 and True are two keys.
    features = [
        claim_feature("a", (46.0, 39.0), precision="district", uncertainty_m=1, claimant=1),
        claim_feature("b", (46.0, 39.0), precision="district", uncertainty_m=True, claimant=True),
    ]
    data = encode_claims({"type": "FeatureCollection", "features": features})
    fields = data["fields"]["place"]
    areas = sorted(row[fields.index("_area_m")] for row in data["tables"]["place"])
    assert areas == [1.0, 15000.0]
    assert sorted(row[0] for row in data["claimants"]) == ["1", "True"]


def test_claims_of_equal_values_of_other_types_stay_apart() -> None:
    # The page works each distinct place of the claims once; 1, 1.0 and True are equal keys
    # yet written apart, so the page from the claims is still the page from their GeoJSON.
    from datetime import date

    from mapper.export import geojson_text
    from mapper.model import Claim, DateSpan

    day = DateSpan(date(2020, 10, 3), date(2020, 10, 3))
    claims = [Claim(f"c{k}", "r.txt", day, lat=39.5, lon=46.5, precision="district",
                    uncertainty_m=radius, score=radius, method="coordinates")
              for k, radius in enumerate((1, 1.0, True, 1, 2.5))]
    text = geojson_text(claims, gazetteer_version="")
    assert render_map(claims) == render_map(text)
    assert '"district",true,"coordinates",1,' in render_map(claims)
    with mock.patch("mapper.render._CHUNK", 2):  # the claims read two at a time
        assert render_map(claims) == render_map(text)


def test_untrusted_shapes_do_not_crash() -> None:
    features = [
        {"type": "Feature", "id": None, "geometry": {"type": "Point", "coordinates": ["x", 1]}},
        {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": []}, "properties": []},
        {"type": "Feature", "geometry": None, "properties": {"killed": float("nan"), "x": [1]}},
        "not a feature",
        claim_feature("ok", (46.0, 39.0), date_start="not a date", uncertainty_m="far"),
    ]
    data = data_json(render_map({"type": "FeatureCollection", "features": features}))
    assert data["xy"] == [-1, -1, -1, 0]
    assert data["range"] is None


def test_write_map_is_atomic(tmp_path) -> None:
    target = write_map(tmp_path / "map.html", sample_collection(), title="t")
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


def test_bytes_per_claim_stay_small() -> None:
    """Repeated strings are stored once: 2,000 claims sharing 50 quotes stay compact."""
    features = [
        claim_feature(
            f"r{i // 5:05d}-c{i % 5}",
            (46.5 + (i % 97) * 0.01, 39.5 + (i % 89) * 0.01),
            date_start=f"2020-{10 + i % 3:02d}-{1 + i % 28:02d}",
            date_end=f"2020-{10 + i % 3:02d}-{1 + i % 28:02d}",
            claimant=["az-mod", "am-mod"][i % 2],
            quote=f"Quote number {i % 50}: " + "the enemy shelled positions " * 5,
            url=f"https://news.example/{i // 5}",
            report=f"r{i // 5:05d}",
        )
        for i in range(2000)
    ]
    empty = len(render_map({"type": "FeatureCollection", "features": []}).encode())
    page = render_map({"type": "FeatureCollection", "features": features})
    assert (len(page.encode()) - empty) / 2000 < 150


def test_a_confidence_a_claim_costs_a_few_bytes_not_a_copy_of_its_quote() -> None:
    """Claims that share a quote (a sentence naming several villages) keep sharing it when
    each has its own confidence: beside the quote, each would copy it (double the page)."""
    quote = "The enemy shelled positions near several villages overnight, the ministry said. "
    features = [claim_feature(f"c{i}", (46.5 + (i % 97) * 0.01, 39.5), quote=f"{i % 50} {quote}")
                for i in range(2000)]
    without = len(render_map({"type": "FeatureCollection", "features": features}).encode())
    for i, feature in enumerate(features):
        feature["properties"]["confidence"] = round((i * 7919 % 1000) / 1000, 3)
    rated = len(render_map({"type": "FeatureCollection", "features": features}).encode())
    assert (rated - without) / 2000 < 10


def test_claim_without_side_takes_the_claimant_tables_side() -> None:
    features = [claim_feature("c1", HIN_TAGHER, claimant="am-mod", claimant_side=None)]
    data = encode_claims({"type": "FeatureCollection", "features": features}, claimants=CLAIMANTS)
    assert data["sides"] == [["am", "Armenia", 1]]


def test_claims_map_is_a_folium_map_users_can_add_to() -> None:
    import folium

    fmap = claims_map(sample_collection(), places=PLACES, claimants=CLAIMANTS)
    assert isinstance(fmap, folium.Map)
    folium.PolyLine([[39.5, 46.8], [39.7, 47.0]], tooltip="my line").add_to(fmap)
    page = page_html(fmap)
    assert "my line" in page and page == page_html(fmap)
    # The user's layer is inside the map's script, whose hash the policy admits.
    inline = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert any("my line" in script for script in inline)
    again = claims_map(sample_collection(), places=PLACES, claimants=CLAIMANTS)
    folium.PolyLine([[39.5, 46.8], [39.7, 47.0]], tooltip="my line").add_to(again)
    assert page_html(again) == page  # branca's random ids replaced by stable ones


def test_same_page_in_another_process(tmp_path) -> None:
    write_map(tmp_path / "here.html", sample_collection(), places=PLACES, claimants=CLAIMANTS)
    code = (
        "import sys; sys.path[:0] = [sys.argv[1], sys.argv[2]]\n"
        "from test_render import sample_collection, PLACES, CLAIMANTS\n"
        "from mapper.render import write_map\n"
        "write_map(sys.argv[3], sample_collection(), places=PLACES, claimants=CLAIMANTS)\n"
    )
    root = Path(__file__).resolve().parents[1]
    there = tmp_path / "there.html"
    subprocess.run([sys.executable, "-c", code, str(root), str(root / "tests"), str(there)],
                   check=True, env={**os.environ, "PYTHONHASHSEED": "7"})
    assert (tmp_path / "here.html").read_bytes() == there.read_bytes()


def test_no_tiles_unless_asked() -> None:
    page = render_map(sample_collection())
    assert "tile.openstreetmap.org" not in page and "L.tileLayer" not in page
    online = render_map(sample_collection(), tiles="osm")
    assert "L.tileLayer" in online and "img-src data: https://tile.openstreetmap.org" in online
    custom = render_map(sample_collection(), tiles="https://{s}.tiles.example/{z}/{x}/{y}.png",
                        attribution="Example tiles")
    assert "img-src data: https://*.tiles.example;" in custom and "Example tiles" in custom
    with pytest.raises(ValueError, match="attribution"):
        claims_map(sample_collection(), tiles="https://tiles.example/{z}/{x}/{y}.png")
    with pytest.raises(ValueError, match="XYZ"):
        claims_map(sample_collection(), tiles="ftp://tiles.example/")


def _geography_in(page: str) -> dict:
    match = re.search(r'id="geography_\d+-data">(.*?)</script>', page, re.S)
    assert match
    return json.loads(match.group(1))


def test_geography_is_natural_earth_clipped_to_the_region() -> None:
    geo = geography()
    assert geo["source"]["name"] == "Natural Earth" and geo["source"]["licence"] == "public domain"
    size = len((Path(render.__file__).parent / "data" / "geography.json").read_bytes())
    assert size < 300_000
    here = _geography_in(render_map(sample_collection()))
    assert here["region"]["borders"] and here["region"]["rivers"] and here["region"]["lakes"]
    assert here["world"]["land"] and here["labels"]
    # Claims far from the prepared region get the world layer only.
    far = {"type": "FeatureCollection", "features": [claim_feature("c", (-70.0, -30.0))]}
    elsewhere = _geography_in(render_map(far))
    assert elsewhere["region"] == {} and elsewhere["world"]["borders"]


def test_template_syntax_in_reports_is_text() -> None:
    """branca compiles what a macro returns as a Jinja template: our data never goes that way."""
    quote = "{{ 7 * 7 }} {% raw %} {# not a comment #} {{ ''.__class__ }}"
    features = [claim_feature("c1", HIN_TAGHER, quote=quote, place_text="{{ x }}")]
    page = render_map({"type": "FeatureCollection", "features": features}, title="{{ 1 + 1 }}")
    assert "49" not in page.split("-data\">", 2)[2].split("</script>")[0]
    assert [quote, None] in data_json(page)["tables"]["quote"]
    assert "<title>{{ 1 + 1 }}</title>" in page


@pytest.mark.parametrize(("content", "why"), [
    ("date,place\n2020-12-12,Hadrut\n", "not JSON"),  # a sheet, as a notebook user may try
    ('{"type": "Feature"}', "not a FeatureCollection"),
])
def test_claims_map_of_a_file_that_is_not_exported_geojson_says_so(tmp_path, content, why):
    from mapper.errors import DataError

    path = tmp_path / "sheet.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataError, match=rf"^{re.escape(str(path))}: {why}"):
        claims_map(str(path))
