"""GeoNames as a second source: the coordinate cross-check and the last-resort lookup."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from mapper import gazetteer
from mapper.cli import main
from mapper.export import unresolved_rows
from mapper.geocode import default_cache_dir
from mapper.geonames import GeoNames, GeoPlace, cross_check
from mapper.match import Matcher
from mapper.records import read_records

GAZ = Path(__file__).resolve().parent.parent / "gazetteer"


@pytest.fixture(scope="module")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.load(GAZ)


def place(gid: str, name: str, lat: float, lon: float, country: str = "AM", pop: int = 800,
          names: tuple[str, ...] = ()) -> GeoPlace:
    return GeoPlace(gid, name, lat, lon, country, pop, (name, *names))


def test_a_curated_place_far_from_its_geonames_namesake_is_a_warning(gaz):
    goris = gaz.places["goris"]
    near = place("1", "Goris", goris.lat + 0.01, goris.lon)  # about 1 km: agrees
    found = cross_check(gaz, GeoNames.of([near]))
    assert (found.compared, found.problems, found.only_geonames) == (1, [], [])
    far = place("2", "Gorisi", goris.lat + 0.1, goris.lon, names=("Goris",))  # about 11 km
    (problem,) = cross_check(gaz, GeoNames.of([far])).problems
    assert problem.warning and problem.where.startswith("gazetteer/places.csv:")
    assert "goris" in problem.message and "11.1 km from GeoNames 2" in problem.message


def test_a_namesake_in_another_country_or_far_away_is_another_place(gaz):
    goris = gaz.places["goris"]
    elsewhere = place("3", "Goris", goris.lat + 0.1, goris.lon, country="AZ")
    homonym = place("4", "Goris", goris.lat + 0.5, goris.lon)  # 55 km: a homonym
    found = cross_check(gaz, GeoNames.of([elsewhere, homonym]))
    assert (found.compared, found.problems) == (0, [])
    assert {g.geonameid for g in found.only_geonames} == {"3", "4"}


def test_a_namesake_that_agrees_with_a_curated_homonym_is_not_a_warning(gaz):
    town = gaz.places["horadiz"]  # the town; the village Horadiz lies 8 km west
    geo = place("5", "Horadiz", town.lat, town.lon, country="AZ", pop=3000)
    found = cross_check(gaz, GeoNames.of([geo]))
    assert (found.compared, found.problems) == (2, [])


def test_geonames_resolves_what_the_gazetteer_does_not_know_and_scores_lower(gaz):
    geo = GeoNames.of([place("6", "Testashen", 40.1, 45.2, names=("Տեստաշեն", "Тесташен"))])
    matcher = Matcher(gaz, geonames=geo)
    for spelling in ("Testashen", "Тесташен", "Տեստաշեն"):
        res = matcher.lookup(spelling)
        assert res.status == "resolved"
        assert (res.best.method, res.best.place.id) == ("geonames", "geonames-6")
        assert res.best.score < 0.72  # below any curated match that resolves
    assert Matcher(gaz).lookup("Testashen").status == "unresolved"  # only when asked for
    # a curated name never goes to GeoNames
    namesake = GeoNames.of([place("7", "Goris", 40.0, 45.0)])
    assert Matcher(gaz, geonames=namesake).lookup("Goris").best.place.id == "goris"


def test_two_geonames_namesakes_are_ambiguous(gaz):
    geo = GeoNames.of([place("8", "Testavan", 40.1, 45.2), place("9", "Testavan", 40.5, 45.0)])
    res = Matcher(gaz, geonames=geo).lookup("Testavan")
    assert res.status == "ambiguous"
    assert [c.place.id for c in res.candidates[:2]] == ["geonames-8", "geonames-9"]


def test_a_record_located_by_geonames_is_listed_for_review(gaz, tmp_path):
    geo = GeoNames.of([place("10", "Testashen", 40.1, 45.2)])
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("date,place,claimant\n2022-09-13,Testashen,Armenia MoD\n", encoding="utf-8")
    got = read_records([sheet], gaz, matcher=Matcher(gaz, geonames=geo))
    (claim,) = got.claims
    assert (claim.lat, claim.lon, claim.method) == (40.1, 45.2, "geonames")
    rows = unresolved_rows(got.claims, got.notices)
    assert [r["kind"] for r in rows] == ["geonames"]
    assert "review" in rows[0]["message"]


def test_the_real_data_knows_towns_of_armenia(gaz):
    """The packaged GeoNames data (read once, through the cache folder)."""
    geo = GeoNames.for_gazetteer(gaz, default_cache_dir())
    (found,) = geo.lookup("Аштарак")  # a town of Aragatsotn, far from the border provinces
    assert found.country == "AM"
    assert abs(found.lat - 40.30) < 0.05 and abs(found.lon - 44.36) < 0.05
    assert geo.places and all(
        any(a <= p.lat <= b and c <= p.lon <= d for a, b, c, d in geo.bounds) for p in geo.places
    )


def test_check_command_reports_the_cross_check(capsys):
    assert main(["gazetteer", "check"]) == 0
    err = capsys.readouterr().err
    assert "GeoNames cross-check:" in err and "places known to GeoNames" in err
    assert main(["gazetteer", "check", "--geonames-only"]) == 0
    listed = capsys.readouterr().out.splitlines()
    # Yerevan's central district: left out of the import as within 1 km of the curated city
    assert any(line.split("\t")[1] == "Kentron" for line in listed)

    # the README gives the figures check prints (it said 869 known while check printed 879)
    import re

    readme = (GAZ.parent / "README.md").read_text(encoding="utf-8")
    shown = re.search(r"\*\*(\d+) curated places are known to GeoNames", readme)
    printed = re.search(r"(\d+) places known to GeoNames", err)
    assert shown and printed and shown.group(1) == printed.group(1), "update README.md"
    shown = re.search(r"The (\d+) GeoNames places of\s+the region still not curated", readme)
    assert shown and int(shown.group(1)) == len(listed)


def test_lookup_command_marks_geonames(capsys):
    assert main(["gazetteer", "lookup", "--json", "Kentron"]) == 0
    out = capsys.readouterr().out
    assert '"method": "geonames"' in out
    assert main(["gazetteer", "lookup", "--json", "--no-geonames", "Kentron"]) == 0
    assert '"geonames' not in capsys.readouterr().out  # curated only


def test_unresolved_csv_of_a_run_lists_geonames_places(tmp_path):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("date,place,claimant\n2022-09-13,Kentron,Armenia MoD\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(sheet), "-o", str(out)]) == 0
    rows = list(csv.DictReader((out / "unresolved.csv").open(encoding="utf-8")))
    assert [r["kind"] for r in rows] == ["geonames"]


def test_a_name_geonames_knows_beats_a_similar_curated_one(gaz):
    # "Bahnadzor" (made up) is one letter from the curated village Banadzor (Karabakh), and a
    # town GeoNames knows by that very name 150 km away: the town, marked geonames, then Banadzor
    # (as Vanadzor was before the import of GeoNames places made it curated).
    banadzor = gaz.places["banadzor"]
    geo = GeoNames.of([place("11", "Bahnadzor", 40.81, 44.49, pop=80000)])
    res = Matcher(gaz, geonames=geo).lookup("Bahnadzor")
    assert (res.status, res.best.method) == ("resolved", "geonames")
    assert banadzor.id in [c.place.id for c in res.candidates]
    # ...unless GeoNames puts the name where the similar curated place is: then it is that place
    near = GeoNames.of([place("12", "Bahnadzor", banadzor.lat + 0.01, banadzor.lon, "AZ")])
    res = Matcher(gaz, geonames=near).lookup("Bahnadzor")
    assert (res.status, res.best.place.id) == ("resolved", "banadzor")


def test_the_place_whose_own_name_it_is_comes_first():
    geo = GeoNames.of([
        place("13", "Testazdan", 40.5, 44.7, pop=40000),
        place("14", "Otherville", 40.0, 44.4, pop=20000, names=("Testazdan",)),
    ])
    assert [p.geonameid for p in geo.lookup("Testazdan", distinct=True)] == ["13"]
    assert len(geo.lookup("Testazdan")) == 2
