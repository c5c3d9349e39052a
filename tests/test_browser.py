"""The HTML map in a real headless Chromium with the network cut (fixtures in conftest.py).

Screenshots are saved under pytest's tmp_path (the path is printed; run with -s to see it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_render import CLAIMANTS, PLACES, XSS_QUOTE, claim_feature, sample_collection

from mapper.render import write_map


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
    box = view.page.locator("#mapper-map").bounding_box()
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
            const map = document.getElementById('mapper-map').getBoundingClientRect();
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
    shot = tmp_path / "map.png"
    page.screenshot(path=str(shot))
    print(f"\nscreenshot: {shot}")


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
    assert popup.locator("a").get_attribute("href") == "https://example.org/az-1"
    opened.page.wait_for_timeout(300)  # the popup fades in
    opened.page.screenshot(path=str(tmp_path / "popup.png"))
    print(f"\nscreenshot: {tmp_path / 'popup.png'}")
    # The competing claim opens in place; its javascript: URL is text, not a link.
    popup.get_by_role("button", name="show").click()
    assert "Ministry of Defence of Armenia" in popup.inner_text()
    assert popup.locator("a").count() == 0 and "javascript:alert(1)" in popup.inner_text()
    assert "Ministry of Defence of Armenia" in click_claim(opened, "am-1").inner_text()


def test_xss_payload_is_shown_as_text(opened: Any) -> None:
    popup = click_claim(opened, "xss-1")
    text = popup.inner_text()
    assert "<script>window.pwned=1</script>" in text
    assert '<img src=x onerror="window.pwned=2">' in text
    assert popup.locator("img, script").count() == 0
    assert popup.locator("a").get_attribute("href").startswith("https://example.org/?q=")
    legend = opened.page.locator(".mapper-claimants").inner_text()
    assert "`${window.pwned=3}`" in legend
    assert opened.page.evaluate("typeof window.pwned") == "undefined"
    assert opened.page.locator("script").count() == 3
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


def test_many_claims_at_one_place_each_get_their_own_spot(offline_page: Any, tmp_path) -> None:
    features = [
        claim_feature(
            f"c{i}",
            (46.75, 39.82),
            claimant=f"outlet-{i % 9}",
            date_start=f"2020-10-{1 + i % 28:02d}",
            date_end=f"2020-10-{1 + i % 28:02d}",
            quote=XSS_QUOTE if i == 7 else f"claim {i}",
        )
        for i in range(60)
    ]
    path = write_map(tmp_path / "stack.html", {"type": "FeatureCollection", "features": features})
    offline_page.open(path)
    points = offline_page.page.evaluate(
        "ids => ids.map(id => mapperMap.pointOf(id))", [f["id"] for f in features]
    )
    closest = min(
        ((a["x"] - b["x"]) ** 2 + (a["y"] - b["y"]) ** 2) ** 0.5
        for k, a in enumerate(points)
        for b in points[k + 1 :]
    )
    assert closest >= 12  # markers are 14 px wide: none hides another
    assert "claim 31" in click_claim(offline_page, "c31").inner_text()
    assert offline_page.errors == []
