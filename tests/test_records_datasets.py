"""ACLED and UCDP GED downloads and sheet dates read beside an analyst's own claims.

The rows are written for these tests under the real column names of each dataset (the values
are invented, not copied from either dataset).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from mapper import gazetteer
from mapper.records import dataset_of, read_records

GAZ = Path(__file__).resolve().parent.parent / "gazetteer"

ACLED = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
    "actor1,actor2,country,admin1,location,latitude,longitude,geo_precision,source,notes,"
    "fatalities\n"
    "ARM1,2022-09-13,2022,1,Political violence,Battles,Armed clash,Military Forces of "
    "Azerbaijan,Military Forces of Armenia,Armenia,Vayots Dzor,Jermuk,39.8417,45.6722,1,"
    "Armenpress,Fighting near the town (test row),4\n"
    "ARM2,2022-09-14,2022,2,Political violence,Explosions/Remote violence,"
    "Shelling/artillery/missile attack,Military Forces of Armenia,,Azerbaijan,Kalbajar,"
    "Kalbajar,40.1053,46.0386,2,Azerbaijan Ministry of Defence,Shells landed (test row),0\n"
    "ARM3,2022-09-15,2022,3,Political violence,Battles,Armed clash,A,B,Armenia,Syunik,"
    "Goris,39.5111,46.3386,3,Trend,Month only (test row),\n"
)
UCDP = (
    "id,year,type_of_violence,side_a,side_b,source_article,where_coordinates,where_prec,"
    "latitude,longitude,date_prec,date_start,date_end,best,low,high\n"
    "9001,2020,1,Government of Azerbaijan,Republic of Artsakh,Test wire 2020-10-01,"
    "Hadrut town,2,39.52,47.03,1,2020-10-01,2020-10-02,12,10,15\n"
)
SHEET = (
    "event,date,location,lng,lat,fatalities,claimant\n"
    "shelling,13/09/2022,Jermuk,,,2,Armenia MoD\n"
    "attack,03/04/2022,Hadrut,,,,Azerbaijan MoD\n"
    "armed clash,September 13 2022,Goris,,,,NK Defense Army\n"
    "attack,Sep 2022,,45.6722,39.8417,,local residents\n"
    "attack,2022-09-13T03:00,Jermuk,,,,EU monitoring mission\n"
)


@pytest.fixture(scope="module")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.load(GAZ)


def read(gaz, tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_records([path], gaz)


def test_acled_download_becomes_claims_of_acled(gaz, tmp_path):
    result = read(gaz, tmp_path, "acled.csv", ACLED)
    assert result.ok, result.errors
    first, second, third = result.claims
    assert (first.claimant, first.claimant_side) == ("acled", "neutral")
    assert (first.date.start, first.date.precision) == (date(2022, 9, 13), "day")
    assert (first.lat, first.lon, first.killed) == (39.8417, 45.6722, 4)
    assert first.event_type == "armed_clash"
    assert first.source == "Armenpress"
    assert first.place_text == "Jermuk"
    assert "actor1: Military Forces of Azerbaijan" in first.notes
    assert first.precision == "town"
    # time_precision 2: the week around the date; 3: the month
    assert (second.date.start, second.date.end, second.date.precision) == (
        date(2022, 9, 8), date(2022, 9, 20), "range"
    )
    assert second.event_type == "shelling"
    assert second.precision == "district"
    assert (third.date.start, third.date.end, third.date.precision) == (
        date(2022, 9, 1), date(2022, 9, 30), "month"
    )
    # year, disorder_type, country are not read (admin1 picks among homonyms): said once
    ignored = [n for n in result.notices if n.kind == "ignored_columns"]
    assert len(ignored) == 1 and "'year'" in ignored[0].message
    assert "(columns of the ACLED download that mapper has no field for)" in ignored[0].message


def test_acled_rows_keep_acleds_event_id(gaz, tmp_path):
    # an analyst traces a point on the map back to the ACLED row (UCDP's `id` already is)
    result = read(gaz, tmp_path, "acled.csv", ACLED)
    assert [c.claim_id for c in result.claims] == ["ARM1", "ARM2", "ARM3"]
    header, *rows = ACLED.splitlines()
    text = "\n".join(["id," + header, *(f"mine-{n},{row}" for n, row in enumerate(rows))])
    merged = read(gaz, tmp_path, "merged.csv", text + "\n")
    assert merged.ok, merged.errors  # a sheet's own id column wins over ACLED's
    assert [c.claim_id for c in merged.claims] == ["mine-0", "mine-1", "mine-2"]


def test_ucdp_download_becomes_claims_of_ucdp(gaz, tmp_path):
    result = read(gaz, tmp_path, "ged.csv", UCDP)
    assert result.ok, result.errors
    (claim,) = result.claims
    assert (claim.claimant, claim.claimant_side) == ("ucdp-ged", "neutral")
    assert (claim.date.start, claim.date.end, claim.date.precision) == (
        date(2020, 10, 1), date(2020, 10, 2), "range"
    )
    assert claim.killed == 12
    assert "deaths low-high: 10-15" in claim.notes
    # under UCDP's own names (they were labelled ACLED's actor1 and actor2)
    assert "side_a: Government of Azerbaijan\nside_b: Republic of Artsakh" in claim.notes
    assert claim.source == "Test wire 2020-10-01"
    assert (claim.precision, claim.uncertainty_m) == ("district", 25000.0)


def test_an_analyst_sheet_with_common_headers_and_dates(gaz, tmp_path):
    result = read(gaz, tmp_path, "mine.csv", SHEET)
    assert result.ok, result.errors
    c = result.claims
    assert [x.event_type for x in c] == ["shelling", "attack", "armed_clash", "attack", "attack"]
    assert [x.claimant_side for x in c] == ["am", "az", "nk", "unknown", "intl"]
    assert c[0].date.start == date(2022, 9, 13) and c[0].killed == 2
    assert c[0].place_id is not None
    assert c[2].date.start == date(2022, 9, 13)
    assert (c[3].date.precision, c[3].lon) == ("month", 45.6722)
    assert c[4].date.text == "2022-09-13T03:00"  # the time is kept
    # 03/04/2022 is read day first, as the column's 13/09/2022 shows it writes them: no doubt
    assert c[1].date.start == date(2022, 4, 3)
    assert not [n for n in result.notices if n.kind == "ambiguous_date"]
    assert not [n for n in result.notices if n.kind == "ignored_columns"]


def test_a_source_is_the_claimant_only_when_it_names_a_voice_not_a_place(gaz, tmp_path):
    # no claimant column: the source says who said it, unless it says where or in what tongue
    rows = "".join(f"2022-09-13,Jermuk,{source}\n" for source in (
        "Armenia MoD", "mil.am", "Stepanakert", "RU", "Russian"))
    result = read(gaz, tmp_path, "sources.csv", "date,place,source\n" + rows)
    assert [c.claimant for c in result.claims] == ["am-mod", "am-mod", "", "", ""]


def test_jsonl_rows_of_a_dataset(gaz, tmp_path):
    line = (
        '{"event_id_cnty": "X1", "event_date": "2022-09-13", "actor1": "A", "geo_precision": 1,'
        ' "location": "Jermuk", "latitude": 39.8417, "longitude": 45.6722, "fatalities": 1}\n'
    )
    (claim,) = read(gaz, tmp_path, "acled.jsonl", line).claims
    assert (claim.claimant, claim.killed, claim.precision) == ("acled", 1, "town")


def test_dataset_is_recognised_by_its_header_only():
    assert dataset_of(["event_date", "actor1", "geo_precision"]) == "ACLED"
    assert dataset_of(["date_start", "where_coordinates", "side_a"]) == "UCDP GED"
    assert dataset_of(["date", "place", "actor1"]) == ""


def test_a_coarser_dataset_precision_drops_the_places_own_radius(gaz, tmp_path):
    # ACLED geo_precision 2 names the nearest town of an event somewhere in the district, UCDP
    # where_prec 4 a province: the town's or village's 1-2.5 km radius would draw the claim as
    # known to the town; the radius is left unknown (the map draws the area's own default)
    result = read(gaz, tmp_path, "acled.csv", ACLED)
    second, third = result.claims[1:]
    assert (second.precision, second.uncertainty_m) == ("district", None)
    assert (third.precision, third.uncertainty_m) == ("region", None)
    ged = UCDP.replace("Hadrut town,2,", "Sotk,4,").replace("39.52,47.03", "40.2069,45.9375")
    (claim,) = read(gaz, tmp_path, "ged.csv", ged).claims
    assert (claim.place_id, claim.precision, claim.uncertainty_m) == ("sotk", "region", None)
    first = result.claims[0]  # geo_precision 1 at a town keeps the town's radius
    assert (first.precision, first.uncertainty_m) == ("town", 2500.0)


def test_a_district_column_picks_among_homonyms(gaz, tmp_path):
    # two Agaraks in Syunik, two Mets Shens: the sheet's district (or a download's admin2 /
    # adm_2) decides as `lookup --context` does; a province holding both, or none, does not
    sheet = (
        "id,date,place,district\n"
        "h1,2022-09-13,Agarak,Meghri\n"
        "h2,2022-09-13,Агарак,Kapan\n"
        "h3,2022-09-13,Mets Shen,Martakert\n"
        "h4,2022-09-13,Agarak,Syunik\n"
        "h5,2022-09-13,Agarak,\n"
    )
    result = read(gaz, tmp_path, "sheet.csv", sheet)
    assert result.ok, result.errors
    assert [c.place_id for c in result.claims] == [
        "agarak-meghri", "agarak-kapan", "mets-shen-martakert", None, None
    ]
    assert not [n for n in result.notices if n.kind == "ignored_columns"]
    ged = "id,date_start,where_coordinates,adm_1,adm_2\n9,2022-09-13,Agarak,Syunik,Meghri\n"
    (claim,) = read(gaz, tmp_path, "ged.csv", ged).claims
    assert claim.place_id == "agarak-meghri"
    # a sheet merged from both keeps ACLED's admin2 and UCDP's adm_2: the first wins
    merged = "id,date,place,admin2,adm_2\nm,2022-09-13,Agarak,Meghri,Kapan\n"
    result = read(gaz, tmp_path, "merged.csv", merged)
    assert result.ok and result.claims[0].place_id == "agarak-meghri"


def test_a_time_precision_outside_acleds_codebook_is_a_row_error(gaz, tmp_path):
    # ACLED codes 1-3; a 4 (or a typo) was read silently as a day, claiming more than the row
    bad = ACLED.replace("ARM1,2022-09-13,2022,1,", "ARM1,2022-09-13,2022,4,")
    result = read(gaz, tmp_path, "acled.csv", bad)
    (error,) = result.errors
    assert error.where.endswith("acled.csv:2") and "time_precision '4'" in error.message
    first = result.claims[0]
    assert (first.claim_id, first.date.start) == ("ARM1", date(2022, 9, 13))  # kept


@pytest.mark.parametrize(("sub_event", "event_type"), [
    ("Non-violent transfer of territory", "withdrawal_evacuation"),  # the handovers of 2020
    ("Grenade", "attack"),
    ("Sexual violence", "attack"),
])
def test_acled_sub_event_types_of_this_conflict_map_onto_mappers(gaz, tmp_path, sub_event,
                                                                  event_type):
    text = ACLED.replace("Battles,Armed clash,Military Forces of Azerbaijan",
                         f"Strategic developments,{sub_event},Military Forces of Azerbaijan")
    result = read(gaz, tmp_path, "acled.csv", text)
    assert result.claims[0].event_type == event_type
    assert not [n for n in result.notices if n.kind == "unknown_event_type"]


def test_acled_geo_precision_1_at_a_village_stays_a_village(gaz, tmp_path):
    # geo_precision 1 is "the town or village itself": Sotk was labelled a town
    text = ACLED.replace("Jermuk,39.8417,45.6722,1,", "Sotk,40.2069,45.9375,1,")
    first = read(gaz, tmp_path, "acled.csv", text).claims[0]
    assert (first.place_id, first.precision, first.uncertainty_m) == ("sotk", "village", 1000.0)


def test_a_coded_area_keeps_its_unknown_radius_when_its_export_is_read_back(gaz, tmp_path):
    # geo_precision 2 at a village and 3 at a town: the radius is unknown, not the place's; the
    # exported GeoJSON read back gave the village's 1000 m and the town's 2500 m again
    from mapper.export import geojson_text

    first = read(gaz, tmp_path, "acled.csv", ACLED).claims
    assert [(c.precision, c.uncertainty_m) for c in first[1:]] == [("district", None),
                                                                  ("region", None)]
    exported = tmp_path / "claims.geojson"
    exported.write_text(geojson_text(first, gazetteer_version="test"), encoding="utf-8")
    again = {c.claim_id: c for c in read_records([exported], gaz).claims}
    for claim in first:
        back = again[claim.claim_id]
        assert (back.precision, back.uncertainty_m) == (claim.precision, claim.uncertainty_m)


def test_a_witness_claim_keeps_the_side_of_the_place_it_speaks_of_when_read_back(gaz, tmp_path):
    # residents of Goris speak for Armenia (held.csv) in a report; its export read back gave
    # them side unknown; an analyst's own row (no span into a report) is not guessed
    sheet = ("date,place,claimant,span_start,span_end\n2022-09-13,Goris,local residents,0,40\n"
             "2022-09-13,Goris,local residents,,\n")
    read_back, own = read(gaz, tmp_path, "claims.csv", sheet).claims
    assert (read_back.claimant, read_back.claimant_side) == ("witnesses", "am")
    assert (own.claimant, own.claimant_side) == ("witnesses", "unknown")


def test_a_dataset_row_without_coordinates_still_codes_its_precision(gaz, tmp_path):
    # where_prec 3 is the district: located by the gazetteer at the town Tovuz, it was the town
    # with the town's 2500 m; so was ACLED's geo_precision 2 with blank coordinates
    ucdp = UCDP + ("9002,2022,1,Government of Azerbaijan,Government of Armenia,Test wire,"
                   "Tovuz,3,,,1,2022-09-14,2022-09-14,0,0,0\n")
    claim = read(gaz, tmp_path, "ged.csv", ucdp).claims[1]
    assert (claim.place_id, claim.precision, claim.uncertainty_m) == ("tovuz", "district", None)
    acled = ACLED.replace("Kalbajar,40.1053,46.0386,2,", "Kalbajar,,,2,")
    claim = read(gaz, tmp_path, "acled.csv", acled).claims[1]
    assert (claim.place_id, claim.precision, claim.uncertainty_m) == ("kalbajar", "district", None)


def test_where_prec_7_is_an_area_and_a_code_outside_the_codebooks_a_row_error(gaz, tmp_path):
    # UCDP's 7 (international waters or airspace, a wider area) had no precision at all; an 8,
    # or ACLED's geo_precision 4, was read silently as if the row coded nothing
    ucdp = UCDP + UCDP.splitlines()[1].replace("9001,", "9002,").replace(",2,39.52", ",7,39.52")
    ucdp += "\n" + UCDP.splitlines()[1].replace("9001,", "9003,").replace(",2,39.52", ",8,39.52")
    result = read(gaz, tmp_path, "ged.csv", ucdp + "\n")
    seven, eight = result.claims[1:]
    assert (seven.precision, seven.uncertainty_m) == ("region", None)
    (error,) = result.errors
    assert error.where.endswith("ged.csv:4") and "where_prec '8' is not one of 1-7" in error.message
    assert eight.claim_id == "9003" and eight.located  # kept, at its coordinates
    acled = ACLED.replace("Jermuk,39.8417,45.6722,1,", "Jermuk,39.8417,45.6722,4,")
    (error,) = read(gaz, tmp_path, "acled.csv", acled).errors
    assert error.where.endswith("acled.csv:2")
    assert "geo_precision '4' is not one of 1-3" in error.message


def test_a_place_resolved_outside_the_district_its_row_names_is_listed_for_review(gaz,
                                                                                   tmp_path):
    # 'Мец Шен' is a Russian name of the Lachin village alone in the tables: with the district
    # 'Мартакертский район' (the other Mets Shen's) it went to Lachin without a word
    sheet = ("id,date,place,district\nR1,2022-09-13,Мец Шен,Мартакертский район\n"
             "R2,2022-09-13,Sotk,Gegharkunik\nR3,2022-09-13,Hin Tagher,Nagorno-Karabakh\n")
    result = read(gaz, tmp_path, "sheet.csv", sheet)
    (notice,) = [n for n in result.notices if n.kind == "outside_district"]
    assert notice.where.endswith("sheet.csv:2") and notice.claim_id == "R1"
    assert "mets-shen-lachin" in notice.message and "'Мартакертский район'" in notice.message
    assert result.claims[0].place_id == "mets-shen-lachin"  # kept as resolved, for a person
