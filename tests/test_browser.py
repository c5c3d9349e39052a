"""The HTML map in a real headless Chromium with the network cut (fixtures in conftest.py).

Screenshots are saved in out/screenshots/ (ignored by git) for a person to look at.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_render import (
    CLAIMANTS,
    HADRUT,
    PLACES,
    XSS_QUOTE,
    claim_feature,
    sample_collection,
)

from mapper.render import claims_map, write_map

SCREENSHOTS = Path(__file__).resolve().parents[1] / "out" / "screenshots"


def screenshot(view: Any, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / name
    view.page.screenshot(path=str(path))
    print(f"\nscreenshot: {path}")
    return path


@pytest.fixture
def sample_map(tmp_path: Path) -> Path:
    return write_map(
        tmp_path / "sample.html",
        sample_collection(),
        places=PLACES,
        claimants=CLAIMANTS,
        title="Hadrut, December 2020",
    )


@pytest.fixture
def opened(offline_page: Any, sample_map: Path) -> Any:
    offline_page.open(sample_map)
    return offline_page


def point_of(view: Any, claim_id: str) -> dict[str, float] | None:
    return view.page.evaluate("id => mapperMap.pointOf(id)", claim_id)


def click_claim(view: Any, claim_id: str) -> Any:
    """Click where a claim is drawn, as a user would; return the popup locator."""
    point = point_of(view, claim_id)
    assert point, f"{claim_id} is not drawn"
    box = view.page.locator(".mapper-map").bounding_box()
    view.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    # A replaced popup fades out for 200 ms: wait until only the new one is left.
    view.page.wait_for_function("() => document.querySelectorAll('.leaflet-popup').length === 1")
    return view.page.locator(".leaflet-popup-content")


def painted(view: Any, claim_id: str, point: dict[str, float]) -> bool:
    """Whether the claim canvas has a non-transparent pixel where the claim is drawn."""
    return view.page.evaluate(
        """([p]) => {
            const canvas = mapperMap.map.getPanes().overlayPane.querySelector('canvas');
            const r = canvas.getBoundingClientRect();
            const map = mapperMap.map.getContainer().getBoundingClientRect();
            const scale = canvas.width / r.width;
            const x = (p.x + map.left - r.left) * scale, y = (p.y + map.top - r.top) * scale;
            return canvas.getContext('2d').getImageData(x, y, 1, 1).data[3] > 0;
        }""",
        [point],
    )


def test_map_renders_offline(opened: Any, tmp_path: Path) -> None:
    page = opened.page
    assert opened.errors == []
    fetched = {kind for kind, _ in opened.blocked}
    assert not fetched & {"script", "stylesheet", "font"}, opened.blocked
    assert opened.stats() == {
        "claims": 7,
        "located": 6,
        "unlocated": 1,
        "areas": 1,
        "visible": 7,
        "visibleLocated": 6,
        "visibleUnlocated": 1,
        "listedUnlocated": 1,
        "uncertaintyDrawn": 0,  # 500 m is narrower than a marker at this zoom
        "offline": True,
    }
    for claim_id in ("az-1", "am-1", "range-1", "nodate-1"):
        assert painted(opened, claim_id, point_of(opened, claim_id)), claim_id
    panel = page.locator(".mapper-panel").inner_text()
    for text in (
        "Ministry of Defence of Azerbaijan",
        "Ministry of Defence of Armenia",
        "OSCE monitors",
        "Azerbaijan",
        "International",
        "Side unknown",
        "2020-12-01",
        "2020-12-25",
        "date unknown",
    ):
        assert text in panel, text
    labels = page.locator(".mapper-label").all_inner_texts()
    assert "Hin Tagher / Köhnə Tağlar" in labels
    assert page.locator(".leaflet-control-scale").is_visible()
    screenshot(opened, "sample.png")


def test_claims_at_one_village_are_apart_and_each_clickable(opened: Any, tmp_path: Path) -> None:
    az, am = point_of(opened, "az-1"), point_of(opened, "am-1")
    assert ((az["x"] - am["x"]) ** 2 + (az["y"] - am["y"]) ** 2) ** 0.5 >= 14
    popup = click_claim(opened, "az-1")
    text = popup.inner_text()
    assert "Ministry of Defence of Azerbaijan" in text and "(Azerbaijan)" in text
    assert "“Khin Taher”" in text and "Hin Tagher / Köhnə Tağlar" in text
    assert "“on December 12”" in text and "2020-12-12 (day)" in text
    assert "Reuters > Azerbaijani MoD" in text and "attack · killed 0 · wounded 1" in text
    assert "Köhnə Tağlar." in text  # the quote
    assert "Competing claims about this incident (1)" in text and "killed 6" in text
    assert "incident inc-1 · confidence 0.72" in text
    # The district claim whose outline surrounds the village is not mixed in.
    assert "claims here" not in text and "the Hadrut region" not in text
    assert popup.locator("a").get_attribute("href") == "https://example.org/az-1"
    opened.page.wait_for_timeout(300)  # the popup fades in
    screenshot(opened, "sample-popup.png")
    # The competing claim opens in place; its javascript: URL is text, not a link.
    popup.get_by_role("button", name="show").click()
    assert "Ministry of Defence of Armenia" in popup.inner_text()
    assert "confidence" not in popup.inner_text()  # a claim without one shows none
    assert popup.locator("a").count() == 0 and "javascript:alert(1)" in popup.inner_text()
    assert "Ministry of Defence of Armenia" in click_claim(opened, "am-1").inner_text()


def test_xss_payload_is_shown_as_text(opened: Any) -> None:
    popup = click_claim(opened, "xss-1")
    text = popup.inner_text()
    assert "<script>window.pwned=1</script>" in text
    assert '<img src=x onerror="window.pwned=2">' in text
    assert "confidence </script><script>window.pwned=1</script>" in text  # text too
    assert popup.locator("img, script").count() == 0
    assert popup.locator("a").get_attribute("href").startswith("https://example.org/?q=")
    legend = opened.page.locator(".mapper-claimants").inner_text()
    assert "`${window.pwned=3}`" in legend
    assert opened.page.evaluate("typeof window.pwned") == "undefined"
    assert opened.page.locator("script").count() == 6  # 2 data, Leaflet, map.js, folium's 2
    assert opened.errors == []


def test_area_claim_is_a_dashed_circle_that_can_be_clicked(opened: Any) -> None:
    popup = click_claim(opened, "district-1")  # its centre: inside the circle, no marker there
    text = popup.inner_text()
    assert "“the Hadrut region”" in text and "district, ±15.0 km" in text
    assert "2020-12-01 – 2020-12-05 (range)" in text


def test_time_window_hides_and_shows_claims(opened: Any) -> None:
    page = opened.page
    az = point_of(opened, "az-1")
    page.focus("input.mapper-from")
    for _ in range(12):  # 2020-12-01 -> 2020-12-13, by keyboard
        page.keyboard.press("ArrowRight")
    assert page.locator(".mapper-time .dates").inner_text().startswith("2020-12-13")
    stats = opened.stats()
    # Hidden: az-1, am-1 (12 Dec), district-1 (1-5 Dec). Kept: range-1 (10-20 Dec overlaps),
    # xss-1 (25 Dec), nodate-1 (unknown date, box ticked), unloc-1 (14 Dec).
    assert (stats["visibleLocated"], stats["visibleUnlocated"]) == (3, 1)
    assert point_of(opened, "az-1") is None and point_of(opened, "range-1")
    page.wait_for_timeout(100)  # one animation frame for the canvas
    assert not painted(opened, "az-1", az)
    page.locator("input.mapper-unknown-dates").uncheck()
    assert opened.stats()["visibleLocated"] == 2
    page.focus("input.mapper-to")
    for _ in range(12):  # the last date moves below the first: the first follows
        page.keyboard.press("ArrowLeft")
    assert opened.stats()["visibleLocated"] == 1  # range-1 only
    page.keyboard.press("End")
    page.focus("input.mapper-from")
    page.keyboard.press("Home")
    page.locator("input.mapper-unknown-dates").check()
    assert opened.stats()["visibleLocated"] == 6
    page.wait_for_timeout(100)
    assert painted(opened, "az-1", point_of(opened, "az-1"))
    assert opened.errors == []


def test_claimant_and_side_toggles(opened: Any) -> None:
    page = opened.page
    page.locator("label.mapper-claimant", has_text="Ministry of Defence of Armenia").click()
    assert opened.stats()["visible"] == 7 - 3
    page.locator("label.mapper-side", has_text="Azerbaijan").click()
    assert opened.stats()["visible"] == 7 - 3 - 2
    page.get_by_role("button", name="all").click()
    assert opened.stats()["visible"] == 7 - 2  # sides are a separate switch


def test_unlocated_panel_lists_the_claim(opened: Any) -> None:
    entry = opened.page.locator('.mapper-unlocated details[data-claim="unloc-1"]')
    text = entry.inner_text()
    assert "Mets Shen" in text and "mets-shen-lachin; mets-shen-martakert" in text
    entry.locator("summary").click()
    entry.locator(".mapper-card").wait_for()  # built on the (asynchronous) toggle event
    assert "Shelling was reported in Mets Shen." in entry.inner_text()


def test_empty_map_opens_on_the_gazetteer_places(offline_page: Any, tmp_path: Path) -> None:
    places = [
        {"id": "a", "name": "A", "lat": 40.0, "lon": 45.0, "precision": "town"},
        {"id": "b", "name": "B", "lat": 40.5, "lon": 46.0, "precision": "town"},
    ]
    empty = {"type": "FeatureCollection", "features": []}
    path = write_map(tmp_path / "empty.html", empty, places=places)
    offline_page.open(path)
    assert offline_page.errors == []
    assert offline_page.stats()["claims"] == 0
    assert "No claim has a known date." in offline_page.page.locator(".mapper-panel").inner_text()
    centre = offline_page.page.evaluate("mapperMap.map.getCenter()")
    assert 39.5 < centre["lat"] < 41 and 44.5 < centre["lng"] < 46.5  # fitted to the places


def test_a_stray_point_is_drawn_but_left_out_of_the_first_view(offline_page: Any,
                                                                tmp_path: Path) -> None:
    # eight villages close together, one of the region's towns 1.5 degrees off them, and one
    # row whose latitude and longitude were swapped
    spots = [(45.0 + 0.1 * k, 40.1 + 0.05 * (k % 3)) for k in range(8)] + [(46.2, 38.9)]
    features = [claim_feature(f"c{k}", lonlat) for k, lonlat in enumerate(spots)]
    features.append(claim_feature("swapped", (40.21, 45.45)))
    path = write_map(tmp_path / "stray.html", {"type": "FeatureCollection",
                                               "features": features})
    offline_page.open(path)
    assert offline_page.errors == []
    view = offline_page.page.evaluate(
        "(() => { const b = mapperMap.map.getBounds();"
        " return [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()]; })()")
    south, west, north, east = view
    assert north < 44 and west > 41  # the stray, at 45.45 N 40.21 E, is outside the view
    assert all(south <= lat <= north and west <= lon <= east for lon, lat in spots)
    assert offline_page.stats()["claims"] == 10  # it is drawn all the same


def test_many_claims_at_one_place_each_get_their_own_spot_then_share_one(offline_page: Any,
                                                                         tmp_path) -> None:
    features = [
        claim_feature(
            f"c{i}",
            (46.75, 39.82),
            claimant=f"outlet-{i % 9}",
            date_start=f"2020-10-{1 + i % 28:02d}",
            date_end=f"2020-10-{1 + i % 28:02d}",
            quote=XSS_QUOTE if i == 7 else f"claim {i}",
        )
        for i in range(300)
    ]
    path = write_map(tmp_path / "stack.html", {"type": "FeatureCollection", "features": features})
    offline_page.open(path)
    points = offline_page.page.evaluate(
        "ids => ids.map(id => mapperMap.pointOf(id))", [f["id"] for f in features]
    )
    spots = {(p["x"], p["y"]) for p in points}
    assert len(spots) == 40  # 39 spots of their own, one shared by the other 261
    closest = min(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5
                  for k, a in enumerate(sorted(spots)) for b in sorted(spots)[k + 1:])
    assert closest >= 12  # markers are 14 px wide: none hides another
    centre = offline_page.page.evaluate(
        "() => mapperMap.map.latLngToContainerPoint([39.82, 46.75])")
    assert max(((x - centre["x"]) ** 2 + (y - centre["y"]) ** 2) ** 0.5 for x, y in spots) < 75
    assert "claim 31" in click_claim(offline_page, "c31").inner_text()
    shared = [f["id"] for f, p in zip(features, points, strict=True)
              if (p["x"], p["y"]) == (points[-1]["x"], points[-1]["y"])]
    assert len(shared) == 261
    assert "261 claims here" in click_claim(offline_page, shared[0]).inner_text()
    assert offline_page.errors == []


# -- the bundled examples, as `mapper run` maps them ----------------------------------------


@pytest.fixture(scope="module")
def example_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from mapper.gazetteer import load as load_gazetteer
    from mapper.pipeline import collect, examples_dir, group, write_map

    gazetteer = load_gazetteer()
    got = collect([str(examples_dir() / "reports"), str(examples_dir() / "records")], gazetteer)
    group(got.claims)
    path = tmp_path_factory.mktemp("examples") / "map.html"
    return write_map(path, got.claims, gazetteer, title="mapper examples")


def geography_pixels(view: Any) -> dict[str, int]:
    """How many pixels of the base layer's canvas are border grey, river blue or land."""
    return view.page.evaluate(
        """() => {
            const canvas = mapperMap.map.getPane('mapper-geography').querySelector('canvas');
            const px = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            const near = (k, rgb) => Math.abs(px[k] - rgb[0]) + Math.abs(px[k + 1] - rgb[1]) +
                Math.abs(px[k + 2] - rgb[2]) < 40 && px[k + 3] > 200;
            const counts = { border: 0, water: 0, land: 0 };
            for (let k = 0; k < px.length; k += 4) {
                if (near(k, [0x8c, 0x86, 0x86])) counts.border++;
                else if (near(k, [0x7a, 0xa6, 0xc6]) || near(k, [0xd4, 0xe3, 0xec])) counts.water++;
                else if (near(k, [0xf3, 0xf1, 0xea])) counts.land++;
            }
            return counts;
        }"""
    )


def test_on_a_phone_the_map_opens_on_the_claims_with_the_panel_folded(offline_page: Any,
                                                                       example_map: Path) -> None:
    view = offline_page
    view.page.set_viewport_size({"width": 375, "height": 667})
    view.open(example_map)
    assert view.errors == []
    assert view.page.locator(".mapper-panel.collapsed").count() == 1
    assert view.page.evaluate("mapperMap.map.getZoom()") >= 6  # not the world
    size = view.page.viewport_size
    points = [p for p in view.page.evaluate("mapperMap.ids().map(id => mapperMap.pointOf(id))")
              if p]
    inside = [p for p in points if 0 <= p["x"] <= size["width"] and 0 <= p["y"] <= size["height"]]
    assert len(inside) == len(points) > 50
    first = view.page.evaluate("() => mapperMap.ids().find(id => mapperMap.pointOf(id) &&"
                               " !mapperMap.isArea(id))")
    popup = view.page.locator(".leaflet-popup")
    click_claim(view, first)
    assert popup.bounding_box()["width"] <= size["width"]
    view.page.locator(".mapper-head button").click()  # the panel, a tap away
    assert view.page.locator(".mapper-panel.collapsed").count() == 0


def test_examples_offline_with_borders_and_water(offline_page: Any, example_map: Path) -> None:
    offline_page.open(example_map)
    view = offline_page
    assert view.errors == [] and view.blocked == []
    assert view.stats()["offline"] is True
    pixels = geography_pixels(view)
    assert pixels["border"] > 300 and pixels["water"] > 300 and pixels["land"] > 10_000, pixels
    screenshot(view, "examples-initial.png")

    # A popup: one claim, never the areas around it.
    ids = view.page.evaluate("mapperMap.stats().claims")
    assert ids > 50
    first = view.page.evaluate(
        "() => { for (const id of mapperMap.ids()) { const p = mapperMap.pointOf(id);"
        " if (p && !mapperMap.isArea(id) && p.x > 300 && p.x < 900) return id; } }"
    )
    popup = click_claim(view, first)
    assert "claim " + first in popup.inner_text()
    assert "Competing claims" in popup.inner_text() or "Event" in popup.inner_text()
    view.page.wait_for_timeout(300)
    screenshot(view, "examples-popup.png")
    view.page.keyboard.press("Escape")

    # A claimant toggled off.
    before = view.stats()["visible"]
    view.page.locator("label.mapper-claimant", has_text="Ministry of Defence of Armenia").click()
    assert view.stats()["visible"] < before
    view.page.wait_for_timeout(100)
    screenshot(view, "examples-claimant-off.png")
    view.page.get_by_role("button", name="all").click()

    # The time window moved.
    view.page.focus("input.mapper-from")
    for _ in range(60):
        view.page.keyboard.press("ArrowRight")
    assert view.stats()["visible"] < before
    view.page.wait_for_timeout(100)
    screenshot(view, "examples-time-window.png")
    view.page.keyboard.press("Home")

    # Zoomed out to the Caucasus: the world layer says where this is.
    view.page.evaluate("() => { mapperMap.map.setView([41.8, 45.5], 5, { animate: false }); }")
    view.page.wait_for_timeout(300)
    countries = view.page.locator(".mapper-country").all_text_contents()
    assert {"Armenia", "Azerbaijan", "Georgia", "Iran"} <= set(countries), countries
    pixels = geography_pixels(view)
    assert pixels["border"] > 200 and pixels["land"] > 10_000, pixels
    screenshot(view, "examples-caucasus.png")
    assert view.errors == [] and view.blocked == []


def test_online_tiles_only_when_asked(offline_page: Any, tmp_path: Path) -> None:
    import folium

    fmap = claims_map(sample_collection(), places=PLACES, claimants=CLAIMANTS, tiles="osm")
    folium.Marker([39.6, 46.9], tooltip="an analyst's own layer").add_to(fmap)
    path = write_map(tmp_path / "online.html", fmap)
    offline_page.open(path)
    # Only the blocked tile requests fail.
    assert [e for e in offline_page.errors if "net::ERR_FAILED" not in e] == []
    hosts = {url.split("/")[2] for _, url in offline_page.blocked}
    assert hosts == {"tile.openstreetmap.org"}, offline_page.blocked
    assert {kind for kind, _ in offline_page.blocked} == {"image"}
    # Offline, the first tiles all fail: the offline base takes their place, no land lost
    offline_page.page.wait_for_function("() => mapperMap.stats().offline")
    assert offline_page.page.get_by_label("Offline map (Natural Earth)").is_checked()
    assert geography_pixels(offline_page)["land"] > 10_000
    assert offline_page.page.locator(".leaflet-marker-icon").count() >= 1  # the user's marker
    # ... once: the viewer may choose the tiles again, and switch back
    offline_page.page.get_by_text("OpenStreetMap (online)").click()
    offline_page.page.wait_for_timeout(500)
    assert offline_page.stats()["offline"] is False
    offline_page.page.get_by_text("Offline map (Natural Earth)").click()
    assert offline_page.stats()["offline"] is True


def test_the_keyboard_opens_the_claims_nearest_the_maps_centre(opened: Any) -> None:
    page = opened.page
    page.evaluate("() => { mapperMap.map.setView([39.51278, 46.91306], 12, { animate: false }); }")
    page.focus(".mapper-map")
    page.keyboard.press("Enter")
    popup = page.locator(".leaflet-popup-content")
    assert "az-1" in popup.inner_text()  # Hin Tagher's claim, drawn near the centre
    assert page.evaluate("document.activeElement.classList.contains('leaflet-popup-content')")
    page.keyboard.press("Escape")  # (a closed popup fades out for 200 ms)
    page.wait_for_function("() => !document.querySelector('.leaflet-popup')", timeout=2000)
    assert page.evaluate("document.activeElement.classList.contains('mapper-map')")
    # the nearest in view, however far from the centre ...
    page.evaluate("() => { mapperMap.map.setView([39.5, 46.87], 12, { animate: false }); }")
    page.focus(".mapper-map")
    page.keyboard.press("Enter")
    assert "az-1" in popup.inner_text()
    page.keyboard.press("Escape")
    page.wait_for_function("() => !document.querySelector('.leaflet-popup')", timeout=2000)
    # ... and none with no claim in view
    page.evaluate("() => { mapperMap.map.setView([41.5, 44.0], 12, { animate: false }); }")
    page.focus(".mapper-map")
    page.keyboard.press("Enter")
    assert page.locator(".leaflet-popup").count() == 0
    assert opened.errors == []


def test_tiles_that_load_are_kept(offline_page: Any, tmp_path: Path) -> None:
    import base64

    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk"
                           "YAAAAAYAAjCB0C8AAAAASUVORK5CYII=")
    # a tile server that refuses its first requests, then answers (as one that limits its
    # rate); routes added later are tried first
    asked = []

    def serve(route: Any) -> None:
        asked.append(route.request.url)
        if len(asked) <= 6:
            route.fulfill(status=429, body="")
        else:
            route.fulfill(status=200, content_type="image/png", body=png)

    offline_page.page.route("**/tile.openstreetmap.org/**", serve)
    fmap = claims_map(sample_collection(), places=PLACES, claimants=CLAIMANTS, tiles="osm")
    offline_page.open(write_map(tmp_path / "online.html", fmap))
    offline_page.page.wait_for_timeout(800)
    assert len(asked) > 6
    assert offline_page.stats()["offline"] is False
    assert offline_page.page.get_by_label("OpenStreetMap (online)").is_checked()


def test_uncertainty_is_drawn_once_wider_than_the_marker(opened: Any) -> None:
    assert opened.stats()["uncertaintyDrawn"] == 0
    opened.page.evaluate(
        "() => { mapperMap.map.setView([39.51278, 46.91306], 15, { animate: false }); }"
    )
    opened.page.wait_for_timeout(200)
    assert opened.stats()["uncertaintyDrawn"] >= 1  # Hin Tagher's 500 m, now ~100 px
    point = point_of(opened, "az-1")  # the claims were reprojected and redrawn at the new zoom
    assert abs(point["x"] - 640) < 40 and abs(point["y"] - 400) < 40
    assert painted(opened, "az-1", point)
    screenshot(opened, "sample-zoomed-in.png")


def outline_share(view: Any, claim_id: str, scale: float) -> float:
    """Share of points on the circle of `scale` times an area claim's radius (those on the area
    canvas) where that canvas is painted."""
    return view.page.evaluate(
        """([id, scale]) => {
            const canvas = mapperMap.map.getPane('mapper-areas').querySelector('canvas');
            const ctx = canvas.getContext('2d');
            const r = canvas.getBoundingClientRect();
            const map = mapperMap.map.getContainer().getBoundingClientRect();
            const m = canvas.width / r.width;
            const p = mapperMap.pointOf(id), radius = mapperMap.radiusOf(id) * scale;
            let on = 0, all = 0;
            for (let k = 0; k < 360; k += 2) {
                const t = k * Math.PI / 180;
                const x = (p.x + radius * Math.cos(t) + map.left - r.left) * m;
                const y = (p.y + radius * Math.sin(t) + map.top - r.top) * m;
                if (x < 1 || y < 1 || x >= canvas.width - 1 || y >= canvas.height - 1) continue;
                all++;
                if (ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data[3] > 0) on++;
            }
            return all ? on / all : -1;
        }""",
        [claim_id, scale],
    )


def test_an_areas_dashed_outline_is_drawn_at_its_radius_narrow_or_wide(opened: Any) -> None:
    # Narrow: composited from a sprite. Wide (over 160 px): stroked with the canvas API.
    for zoom in (9, 11):
        opened.page.evaluate(
            "([lon, lat, z]) => { mapperMap.map.setView([lat, lon], z, { animate: false }); }",
            [*HADRUT, zoom],
        )
        opened.page.wait_for_timeout(200)
        radius = opened.page.evaluate("mapperMap.radiusOf('district-1')")
        assert (radius <= 160) if zoom == 9 else (radius > 160), radius
        on = outline_share(opened, "district-1", 1.0)
        assert 0.4 < on < 0.95, (zoom, on)  # dashed: mostly painted, not everywhere
        assert outline_share(opened, "district-1", 0.5) == 0.0  # no fill inside
    # A click on the outline, away from every marker, opens the area claim.
    point = point_of(opened, "district-1")
    box = opened.page.locator(".mapper-map").bounding_box()
    radius = opened.page.evaluate("mapperMap.radiusOf('district-1')")
    opened.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"] + radius)
    opened.page.wait_for_function("() => document.querySelectorAll('.leaflet-popup').length")
    assert "Hadrut region" in opened.page.locator(".leaflet-popup-content").inner_text()


def labels_at(view: Any, tmp_path: Path, features: list, places: list,
              centre: tuple[float, float]) -> list[str]:
    """The place labels of a map of these claims and places, drawn at zoom 8 around centre."""
    path = write_map(tmp_path / "labels.html", {"type": "FeatureCollection",
                                                "features": features}, places=places)
    view.open(path)
    view.page.evaluate("c => { mapperMap.map.setView(c, 8, { animate: false }); }", list(centre))
    view.page.wait_for_timeout(200)
    return view.page.locator(".mapper-label").all_inner_texts()


def test_the_village_of_a_claim_is_named_first(offline_page: Any, tmp_path: Path) -> None:
    # at zoom 8 villages are not labelled, and a town's label would cover this one's
    places = [
        {"id": "town", "name": "Bigtown", "names": "Bigtown", "lat": 39.5, "lon": 46.1,
         "precision": "town"},
        {"id": "village", "name": "Smallvillage", "names": "Smallvillage", "lat": 39.5,
         "lon": 46.05, "precision": "village"},
        {"id": "quiet", "name": "Quietvillage", "names": "Quietvillage", "lat": 39.3,
         "lon": 46.0, "precision": "village"},
    ]
    features = [claim_feature("v1", (46.05, 39.5), precision="village", uncertainty_m=1000.0)]
    labels = labels_at(offline_page, tmp_path, features, places, (39.5, 46.1))
    assert "Smallvillage" in labels and "Quietvillage" not in labels
    assert "Bigtown" not in labels  # its label would lie over the claimed village's


def test_a_regions_label_gives_way_to_a_towns(offline_page: Any, tmp_path: Path) -> None:
    places = [
        {"id": "hadrut-district", "name": "Hadrut District", "names": "Hadrut District",
         "lat": 39.52, "lon": 47.03, "precision": "district"},
        {"id": "hadrut", "name": "Hadrut", "names": "Hadrut town", "lat": 39.51667,
         "lon": 47.03333, "precision": "town"},
        {"id": "tavush", "name": "Tavush", "names": "Tavush Province", "lat": 40.9,
         "lon": 45.1, "precision": "region"},
    ]
    features = [claim_feature("t1", (47.03333, 39.51667), precision="town",
                              uncertainty_m=5000.0)]
    labels = labels_at(offline_page, tmp_path, features, places, (39.8, 46.2))
    assert "Hadrut town" in labels and "Hadrut District" not in labels
    assert "Tavush Province" in labels  # an area's label where it hides nothing
    assert offline_page.stats()["areas"] == 0  # a town is a marker, whatever its uncertainty
