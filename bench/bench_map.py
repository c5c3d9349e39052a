"""Benchmark the HTML map against folium on the same synthetic claims, in the same run.

For each size: build time, file size, bytes per claim, and the time headless Chromium takes to
load the file until the map is drawn (mapper: until its data layer reports ready; folium: the
load event plus two animation frames, with its CDN files served from local copies or empty
stubs). Prints figures and ratios; never asserts a time.

    python bench/bench_map.py                      # 1,000 / 10,000 / 100,000
    python bench/bench_map.py --sizes 1000,10000 --folium-max 1000
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from html import escape
from pathlib import Path
from typing import Any

# Runnable from a checkout without installing: the repository root holds the package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mapper.model import CLAIM_FIELDS
from mapper.render import leaflet_assets, render_map

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
SIDES = ("az", "am", "nk", "ru", "intl", "unknown")
EVENTS = ("shelling", "attack", "armed_clash", "ceasefire_violation", "casualty_report")
WAR_START = date(2020, 9, 27)


def synthetic_claims(n: int, seed: int = 1) -> tuple[dict, list[dict], dict]:
    """n claims in the shape mapper exports, with the repetition real reports have.

    About 5 claims per report (sharing its URL and source), one distinct quote per 4 claims,
    400 gazetteer places, 14 claimants, 44 days of dates (5 % ranges, 3 % unknown), 5 %
    district-level claims, 4 % unlocated claims with candidates, 30 % contested incidents.
    """
    rnd = random.Random(seed)
    places = [
        {
            "id": f"place-{k:03d}",
            "name": f"Village {k}",
            "names": f"Village {k} / Kənd {k}",
            "lat": round(rnd.uniform(39.2, 40.3), 5),
            "lon": round(rnd.uniform(46.2, 47.4), 5),
            "precision": "town" if k % 25 == 0 else "village",
            "uncertainty_m": 1000,
        }
        for k in range(400)
    ]
    claimants = {
        f"{side}-{k}": {"name": f"{side.upper()} body {k}", "side": side, "color": f"#{h:06x}"}
        for k, (side, h) in enumerate(
            (SIDES[k % len(SIDES)], rnd.randrange(0x1000000)) for k in range(12)
        )
    }
    claimant_ids = [*claimants, "outlet-x", "eyewitness"]
    quotes = [
        f"The {rnd.choice(['enemy', 'opposing side', 'adversary'])} "
        f"{rnd.choice(['shelled', 'attacked', 'fired on'])} positions near Village {k % 400} "
        f"overnight using {rnd.choice(['artillery', 'mortars', 'drones', 'rocket launchers'])}; "
        f"{k % 7} servicemen were reported wounded, the statement said ({k})."
        for k in range(max(n // 4, 10))
    ]
    features = []
    for i in range(n):
        report = i // 5
        k = rnd.randrange(len(places))
        place, neighbour = places[k], places[(k + 1) % len(places)]
        day = WAR_START + timedelta(days=rnd.randrange(44))
        kind = rnd.random()
        start, end, precision = day.isoformat(), day.isoformat(), "day"
        if kind < 0.05:
            end, precision = (day + timedelta(days=rnd.randrange(1, 6))).isoformat(), "range"
        elif kind < 0.08:
            start = end = None
            precision = "unknown"
        claimant = rnd.choice(claimant_ids)
        located = rnd.random() >= 0.04
        district = located and rnd.random() < 0.05
        props: dict[str, Any] = dict.fromkeys(CLAIM_FIELDS)
        props.update(
            claim_id=f"r{report:06d}-c{i % 5}",
            date_start=start,
            date_end=end,
            date_precision=precision,
            date_text=day.strftime("on %d %B") if start else "recently",
            report_date=(day + timedelta(days=1)).isoformat(),
            incident_id=f"inc-{i // 2}",
            contested=(i // 2) % 10 < 3,
            report=f"r{report:06d}",
            place_text=place["name"],
            place_id=place["id"] if located else None,
            place_name=place["name"] if located else None,
            place_names=place["names"] if located else None,
            precision=("district" if district else place["precision"]) if located else None,
            uncertainty_m=(15000.0 if district else 1000.0) if located else None,
            method="exact" if located else None,
            score=1.0 if located else None,
            candidates="" if located else f"{place['id']}; {neighbour['id']}",
            claimant=claimant,
            claimant_name=claimants.get(claimant, {}).get("name", claimant),
            claimant_side=claimants.get(claimant, {}).get("side", "unknown"),
            claim_chain=f"Outlet {report % 15} > {claimant}",
            event_type=rnd.choice(EVENTS),
            killed=rnd.choice([None, 0, 1, 2, 5]),
            wounded=rnd.choice([None, 0, 1, 3]),
            quote=quotes[(report * 3 + i % 5) % len(quotes)],
            source=f"Outlet {report % 15}",
            url=f"https://news{report % 15}.example.org/2020/{report:06d}-statement",
        )
        if located:
            props.update(lat=place["lat"], lon=place["lon"])
        geometry = (
            {"type": "Point", "coordinates": [place["lon"], place["lat"]]} if located else None
        )
        features.append(
            {"type": "Feature", "id": props["claim_id"], "geometry": geometry, "properties": props}
        )
    return {"type": "FeatureCollection", "features": features}, places, claimants


def folium_page(collection: dict, claimants: dict) -> str:
    """The baseline: folium with one CircleMarker + Popup per located claim."""
    import folium

    fmap = folium.Map(location=[39.8, 46.8], zoom_start=8)
    for feature in collection["features"]:
        if feature["geometry"] is None:
            continue
        props = feature["properties"]
        lon, lat = feature["geometry"]["coordinates"]
        colour = claimants.get(props["claimant"], {}).get("color", "#777777")
        text = (
            f"<b>{escape(str(props['claimant_name']))}</b> ({props['claimant_side']})<br>"
            f"{props['date_start']} {escape(str(props['place_text']))}<br>"
            f"{escape(str(props['quote']))}<br><a href='{escape(props['url'])}'>source</a>"
        )
        folium.CircleMarker(
            [lat, lon], radius=6, color=colour, fill=True, popup=folium.Popup(text, max_width=300)
        ).add_to(fmap)
    return fmap.get_root().render()


def load_seconds(browser: Any, path: Path, mapper: bool) -> float:
    """Seconds from navigation start until the map is drawn, network cut except local stubs."""
    js, css = leaflet_assets()
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()

    def route(route: Any) -> None:
        url = route.request.url
        if url.startswith("file:"):
            route.continue_()
        elif url.endswith("leaflet.js"):  # folium's CDN Leaflet, served from the local wheel
            route.fulfill(body=js, content_type="application/javascript")
        elif url.endswith("leaflet.css"):
            route.fulfill(body=css, content_type="text/css")
        elif route.request.resource_type in ("script", "stylesheet"):
            route.fulfill(body="", content_type="text/plain")  # jQuery, Bootstrap, ...: unused
        else:
            route.abort()

    context.route("**/*", route)
    try:
        if mapper:
            page.goto(path.as_uri(), timeout=300_000)
            page.wait_for_function(
                "() => window.mapperMap && window.mapperMap.ready", timeout=300_000
            )
            ms = page.evaluate("mapperMap.readyMs")
        else:
            page.goto(path.as_uri(), wait_until="load", timeout=300_000)
            ms = page.evaluate(
                "new Promise(r => requestAnimationFrame(() => requestAnimationFrame("
                "() => r(performance.now()))))"
            )
    finally:
        context.close()
    return ms / 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", default="1000,10000,100000", help="claim counts, comma-separated"
    )
    parser.add_argument(
        "--folium-max",
        type=int,
        default=10_000,
        help="largest size to run the folium baseline on (default 10000: at 100,000 it takes "
        "minutes and about 100 MB)",
    )
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium load times")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]

    browser = playwright = None
    if not args.no_browser:
        if not Path(CHROMIUM).is_file():
            print(f"error: {CHROMIUM} not found (or pass --no-browser)", file=sys.stderr)
            return 2
        from playwright.sync_api import sync_playwright

        playwright = sync_playwright().start()
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)

    print(synthetic_claims.__doc__.split("\n\n")[1].strip().replace("    ", ""))
    empty = len(render_map({"type": "FeatureCollection", "features": []}).encode())
    print(f"mapper's fixed part (Leaflet, script, styles, Natural Earth base layer): "
          f"{empty / 1e3:.0f} kB\n")
    header = (
        f"{'claims':>8} | {'build s':>8} {'MB':>7} {'B/claim':>8} {'load s':>7} |"
        f" {'folium build s':>14} {'MB':>7} {'B/claim':>8} {'load s':>7} |"
        f" {'build x':>8} {'size x':>7} {'load x':>7}"
    )
    print(header)
    print("-" * len(header))
    identical: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            collection, places, claimants = synthetic_claims(n)
            t0 = time.perf_counter()
            page = render_map(collection, places=places, claimants=claimants, title=f"{n} claims")
            build = time.perf_counter() - t0
            path = Path(tmp) / f"mapper-{n}.html"
            path.write_text(page, encoding="utf-8")
            rerun = render_map(collection, places=places, claimants=claimants, title=f"{n} claims")
            identical.append(f"{n}: {'identical' if rerun == page else 'DIFFERENT'}")
            del rerun
            size = path.stat().st_size
            load = load_seconds(browser, path, mapper=True) if browser else float("nan")
            row = f"{n:>8} | {build:>8.2f} {size / 1e6:>7.2f} {size / n:>8.0f} {load:>7.2f} |"
            if n <= args.folium_max:
                t0 = time.perf_counter()
                baseline = folium_page(collection, claimants)
                f_build = time.perf_counter() - t0
                f_path = Path(tmp) / f"folium-{n}.html"
                f_path.write_text(baseline, encoding="utf-8")
                f_size = f_path.stat().st_size
                f_load = load_seconds(browser, f_path, mapper=False) if browser else float("nan")
                row += (
                    f" {f_build:>14.2f} {f_size / 1e6:>7.2f} {f_size / n:>8.0f} {f_load:>7.2f} |"
                    f" {f_build / build:>7.1f}x {f_size / size:>6.1f}x {f_load / load:>6.1f}x"
                )
            else:
                row += f" {'(skipped: over --folium-max)':>40} |"
            print(row, flush=True)
    print("\nthe page rendered again from the same claims: " + ", ".join(identical))
    print(
        "\nB/claim is the whole file divided by the claim count. Ratios are folium / mapper "
        "(above 1: mapper is faster or smaller)."
    )
    if browser:
        browser.close()
        playwright.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
