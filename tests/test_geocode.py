"""The online geocoder fallback, against a local server that answers like Nominatim and Photon.

Nothing here leaves 127.0.0.1: geopy is pointed at the server with ``domain=`` and
``scheme="http"``.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar
from urllib.parse import parse_qs, urlparse

import pytest

from mapper.errors import GeocoderError
from mapper.geocode import Bounds, Geocoder, default_cache_dir, load_bounds, slug
from mapper.records import read_records

FIXTURES = Path(__file__).parent / "fixtures"

# Fictional answers, in each service's JSON shape.
NOMINATIM = {
    "Fictionville": [
        {
            "place_id": 1,
            "lat": "39.81234",
            "lon": "46.71234",
            "type": "village",
            "addresstype": "village",
            "display_name": "Fictionville, Test Province, Testland",
            "boundingbox": ["39.802", "39.822", "46.702", "46.722"],
        }
    ],
    "Farawayville": [
        {
            "place_id": 2,
            "lat": "10.5",
            "lon": "10.5",
            "type": "town",
            "display_name": "Farawayville, Elsewhere",
        },
    ],
    "Twoville": [
        {
            "place_id": 3,
            "lat": "-33.9",
            "lon": "18.4",
            "type": "village",
            "display_name": "Twoville, far away",
        },
        {
            "place_id": 4,
            "lat": "40.1",
            "lon": "45.1",
            "type": "hamlet",
            "display_name": "Twoville, Test Province",
        },
    ],
}
PHOTON = {
    "Fictionville": {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [46.71234, 39.81234]},
                "properties": {
                    "name": "Fictionville",
                    "osm_value": "village",
                    "country": "Testland",
                    "extent": [46.702, 39.822, 46.722, 39.802],
                },
            }
        ],
    },
}


class Handler(BaseHTTPRequestHandler):
    requests: ClassVar[Counter] = Counter()

    def do_GET(self) -> None:
        url = urlparse(self.path)
        query = parse_qs(url.query).get("q", [""])[0]
        Handler.requests[query] += 1
        if query == "Broken":
            self.send_error(500, "Internal Server Error")
            return
        if query == "Sleepy":
            time.sleep(1.5)
        if url.path == "/search":
            body = NOMINATIM.get(query, [])
        elif url.path == "/api":
            body = PHOTON.get(query, {"type": "FeatureCollection", "features": []})
        else:
            self.send_error(404)
            return
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(data)  # fails when the client gave up waiting (the timeout case)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    for name in (
        "http_proxy",
        "HTTP_PROXY",
        "https_proxy",
        "HTTPS_PROXY",
        "all_proxy",
        "ALL_PROXY",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    Handler.requests.clear()


def make(gaz, server, tmp_path, service="nominatim", **options) -> Geocoder:
    options = {"min_delay": 0.0, "max_retries": 0, "timeout": 0.5, **options}
    return Geocoder.for_gazetteer(
        service, gaz, domain=server, scheme="http", cache_dir=tmp_path / "cache", **options
    )


def test_nominatim_answer_inside_bounds_is_accepted(gaz, server, tmp_path):
    result = make(gaz, server, tmp_path).lookup("Fictionville")
    assert result is not None
    assert (result.lat, result.lon) == (39.81234, 46.71234)
    assert (result.method, result.score, result.precision) == ("geocoder:nominatim", 0.5, "village")
    assert 1000 < result.uncertainty_m < 2000, "half the bounding box diagonal"
    assert result.address == "Fictionville, Test Province, Testland"


def test_photon_answer(gaz, server, tmp_path):
    result = make(gaz, server, tmp_path, "photon").lookup("Fictionville")
    assert result is not None and result.method == "geocoder:photon"
    assert (result.lat, result.lon, result.precision) == (39.81234, 46.71234, "village")


def test_answers_outside_the_plausible_bounds_are_refused(gaz, server, tmp_path):
    geocoder = make(gaz, server, tmp_path)
    assert geocoder.lookup("Farawayville") is None
    second = geocoder.lookup("Twoville")
    assert second is not None and (second.lat, second.lon) == (40.1, 45.1)
    rows = list(csv.DictReader(io.StringIO(geocoder.review_csv())))
    assert [(r["query"], r["status"]) for r in rows] == [
        ("Farawayville", "outside the plausible bounds"),
        ("Twoville", "outside the plausible bounds"),
        ("Twoville", "accepted"),
    ]


def test_empty_answer_is_none(gaz, server, tmp_path):
    assert make(gaz, server, tmp_path).lookup("Nothing") is None
    assert make(gaz, server, tmp_path, "photon").lookup("Nothing") is None


def test_http_500_and_timeout_raise_geocoder_errors(gaz, server, tmp_path):
    geocoder = make(gaz, server, tmp_path)
    with pytest.raises(GeocoderError, match="nominatim failed for 'Broken'"):
        geocoder.lookup("Broken")
    with pytest.raises(GeocoderError, match="nominatim failed for 'Sleepy'"):
        geocoder.lookup("Sleepy")
    assert geocoder.lookup("Fictionville") is not None, "a success resets the failure count"


def test_a_dead_service_is_not_asked_forever(gaz, server, tmp_path):
    geocoder = make(gaz, server, tmp_path, max_failures=2)
    for _ in range(2):
        with pytest.raises(GeocoderError):
            geocoder.lookup("Broken")
    with pytest.raises(GeocoderError, match="not asked: it failed 2 times"):
        geocoder.lookup("Fictionville")
    assert Handler.requests["Fictionville"] == 0


def test_answers_are_cached_on_disk(gaz, server, tmp_path):
    first = make(gaz, server, tmp_path).lookup("Fictionville")
    make(gaz, server, tmp_path).lookup("Nothing")
    again = make(gaz, server, tmp_path).lookup("Fictionville")
    make(gaz, server, tmp_path).lookup("Nothing")
    assert first == again
    assert Handler.requests == Counter({"Fictionville": 1, "Nothing": 1})
    cache = json.loads((tmp_path / "cache" / "geocode-cache.json").read_text(encoding="utf-8"))
    assert set(cache) == {"nominatim\tFictionville", "nominatim\tNothing"}
    assert make(gaz, server, tmp_path, "photon").lookup("Fictionville") is not None
    assert Handler.requests["Fictionville"] == 2, "the cache is keyed by service too"


def test_requests_are_rate_limited(gaz, server, tmp_path):
    geocoder = make(gaz, server, tmp_path, min_delay=0.4)
    started = time.monotonic()
    geocoder.lookup("Nothing")
    geocoder.lookup("Farawayville")
    assert time.monotonic() - started >= 0.4


def test_bounds_come_from_regions_csv(gaz, tmp_path):
    (bounds,) = load_bounds(gaz.directory)
    assert bounds == Bounds("test-zone", 38.8, 41.3, 43.4, 48.9)
    with pytest.raises(GeocoderError, match=r"regions\.csv"):
        load_bounds(tmp_path)
    with pytest.raises(GeocoderError, match="unknown geocoder 'google'"):
        Geocoder("google", bounds=[bounds], cache_dir=None)


def test_records_fall_back_to_the_geocoder_and_list_it_for_review(
    gaz, server, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    Path("r.csv").write_text(
        "id,date,place\n1,2020-12-12,Fictionville\n2,2020-12-12,Testavan\n"
        "3,2020-12-12,Broken\n4,2020-12-12,Mets Proba\n",
        encoding="utf-8",
    )
    geocoder = make(gaz, server, tmp_path)
    result = read_records(["r.csv"], gaz, geocoder=geocoder)
    geocoded, known, broken, ambiguous = result.claims
    assert (geocoded.lat, geocoded.lon, geocoded.method) == (
        39.81234,
        46.71234,
        "geocoder:nominatim",
    )
    assert geocoded.place_id is None and geocoded.score == 0.5
    assert known.method == "exact", "the gazetteer comes first"
    assert not broken.located and not ambiguous.located, "ambiguous names are not geocoded"
    assert Handler.requests == Counter({"Fictionville": 1, "Broken": 1})
    assert [(n.where, n.kind) for n in result.notices] == [
        ("r.csv:2", "geocoded"),
        ("r.csv:4", "geocoder_failed"),
        ("r.csv:4", "unresolved"),
        ("r.csv:5", "ambiguous"),
    ]
    assert result.ok, "a geocoder failure is not a bad row"
    path = geocoder.write_review("review.csv")
    (row,) = list(csv.DictReader(path.open(encoding="utf-8")))
    assert row == {
        "id_suggestion": "fictionville",
        "name": "Fictionville",
        "lat": "39.81234",
        "lon": "46.71234",
        "precision": "village",
        "uncertainty_m": row["uncertainty_m"],
        "service": "nominatim",
        "query": "Fictionville",
        "address": "Fictionville, Test Province, Testland",
        "status": "accepted",
    }


def test_default_cache_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("MAPPER_CACHE", str(tmp_path / "c"))
    assert default_cache_dir() == tmp_path / "c"
    monkeypatch.delenv("MAPPER_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_cache_dir() == tmp_path / "mapper"


def test_slug_transliterates():
    assert slug("Հին Թաղեր") == "hin-tagher"
    assert slug("Köhnə Tağlar") == "kohne-taghlar"


def test_an_unreachable_geocoder_is_one_line_without_a_traceback(tmp_path, monkeypatch,
                                                                  capfd, caplog):
    # offline, `mapper export --geocoder nominatim` printed geopy's retry warning with three
    # chained tracebacks (its logger, without a handler, fell back to stderr), then a note
    # cut at 400 characters of urllib3's message
    import socket

    from mapper.cli import main

    with socket.socket() as s:  # a port that nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    made = Geocoder.for_gazetteer.__func__

    def unreachable(cls, service, gazetteer, **options):
        options.update(domain=f"127.0.0.1:{port}", scheme="http", min_delay=0.0,
                       cache_dir=tmp_path / "cache")
        return made(cls, service, gazetteer, **options)

    monkeypatch.setattr(Geocoder, "for_gazetteer", classmethod(unreachable))
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("date,place\n2020-12-12,Farawayville\n", encoding="utf-8")
    assert main(["export", str(sheet), "-o", str(tmp_path / "out" / "s.geojson"),
                 "--gazetteer", str(FIXTURES / "gazetteer"), "--geocoder", "nominatim"]) == 0
    err = capfd.readouterr().err
    assert "Traceback" not in err and "RateLimiter" not in err
    # (pytest's own log handler stands where the fallback to stderr had printed them)
    assert not [r for r in caplog.records if r.name.startswith("geopy")]
    assert ("mapper: note: sheet.csv:2: geocoder: nominatim failed for 'Farawayville': cannot "
            "reach the service (offline, or its address is wrong)\n") in err
