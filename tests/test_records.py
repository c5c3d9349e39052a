"""Records (CSV, JSON Lines, GeoJSON) -> claims, with per-row errors that name file and line."""

from __future__ import annotations

import contextlib
import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapper.errors import RecordError
from mapper.records import COLUMNS, Records, iter_rows, read_records, stable_id

FIXTURES = Path(__file__).parent / "fixtures"
HEADER = "id,date,date_end,place,lat,lon,claimant,event_type,killed,wounded,source,url,notes\n"


def read(gaz, name: str, content: str | bytes, **options) -> Records:
    data = content.encode("utf-8") if isinstance(content, str) else content
    Path(name).write_bytes(data)
    return read_records([name], gaz, **options)


def messages(result: Records) -> list[str]:
    return [str(n) for n in result.errors]


# -- places -------------------------------------------------------------------------------------


def test_one_place_in_three_scripts_resolves_to_one_id(gaz, here):
    rows = "".join(
        f"{i},2020-12-12,,{name},,,,,,,,,\n"
        for i, name in enumerate(["Testavan", "Տեստավան", "Testkənd", "Теставан"])
    )
    result = read(gaz, "records.csv", HEADER + rows)
    assert result.ok
    assert {c.place_id for c in result.claims} == {"testavan"}
    claim = result.claims[1]
    assert (claim.lat, claim.lon) == (39.61234, 46.81234)
    assert claim.place_names == "Testavan / Տեստավան / Testkənd / Теставан"
    assert (claim.precision, claim.uncertainty_m, claim.method) == ("village", 1000.0, "exact")
    assert claim.report == "records.csv"


def test_unknown_place_is_kept_unlocated_with_suggestions(gaz, here):
    result = read(gaz, "records.csv", HEADER + "1,2020-12-12,,Testavn village,,,,,,,,,\n")
    assert result.ok, "an unresolved place is not an error"
    (claim,) = result.claims
    assert not claim.located and claim.place_id is None
    assert claim.candidates == ("testavan",)
    (notice,) = result.notices
    assert notice.kind == "unresolved" and notice.where == "records.csv:2"
    assert notice.suggestions and notice.suggestions[0].startswith("testavan (Testavan")
    assert "did you mean" in notice.message


def test_ambiguous_place_lists_every_candidate(gaz, here):
    result = read(gaz, "records.csv", HEADER + "1,2020-12-12,,Mets Proba,,,,,,,,,\n")
    (claim,) = result.claims
    assert result.ok and not claim.located
    assert claim.candidates == ("mets-proba-east", "mets-proba-west")
    assert [n.kind for n in result.notices] == ["ambiguous"]



def test_a_place_written_with_its_district_after_a_comma_resolves(gaz, here):
    # "Hadrut, Khojavend", as analysts type a place and geocoders take it, had been left
    # unresolved; the district after the comma is the row's context, as a district column is
    rows = ('1,2020-12-12,,"Examplashen, Proba district",,,,,,,,,\n'
            '2,2020-12-12,,"Testavan, Mets Proba",,,,,,,,,\n'
            '3,2020-12-12,,"Nowherezzz, Proba district",,,,,,,,,\n')
    result = read(gaz, "records.csv", HEADER + rows)
    assert [(c.place_id, c.method) for c in result.claims] == [
        ("examplashen", "exact"), ("testavan", "exact"), (None, "unresolved")]
    assert result.claims[0].place_text == "Examplashen, Proba district"  # as written
    assert [n.kind for n in result.notices] == ["unresolved"]

def test_a_place_written_as_a_distance_from_a_village_is_there_with_a_wider_radius(gaz, here):
    rows = ('1,2020-12-12,,3 km north of Testavan,,,,,,,,,\n'
            '2,2020-12-12,,à 500 m de Testavan,,,,,,,,,\n')
    result = read(gaz, "records.csv", HEADER + rows)
    assert result.ok and not result.notices
    assert [(c.place_id, c.method, c.lat, c.lon, c.uncertainty_m) for c in result.claims] == [
        ("testavan", "near", 39.61234, 46.81234, 4000.0),
        ("testavan", "near", 39.61234, 46.81234, 1500.0)]
    assert result.claims[0].place_text == "3 km north of Testavan"  # as written


def test_an_unlocated_row_says_why_in_method_as_a_reports_claim_does(gaz, here):
    # the README lists unresolved and ambiguous among the methods; a row's claim left them blank
    rows = "1,2020-12-12,,Testavn village,,,,,,,,,\n2,2020-12-12,,Mets Proba,,,,,,,,,\n"
    result = read(gaz, "records.csv", HEADER + rows)
    assert [c.method for c in result.claims] == ["unresolved", "ambiguous"]


def test_a_misspelt_village_resolves_by_the_district_its_row_names(here):
    # one letter off Akhpradzor: alone no name is close enough; the row's district has one
    # village spelt so
    from mapper import gazetteer

    real = gazetteer.load(Path(__file__).resolve().parent.parent / "gazetteer")
    rows = ("date,place,district,claimant\n2022-09-13,Akhpradeor,Vardenis,Armenia MoD\n"
            "2022-09-13,Akhpradeor,,Armenia MoD\n")
    result = read(real, "records.csv", rows)
    assert [(c.place_id, c.method) for c in result.claims] == [
        ("akhpradzor", "fuzzy"), (None, "unresolved")]
    assert [(n.kind, n.where) for n in result.notices] == [("unresolved", "records.csv:3")]


def test_a_homonym_of_lower_rank_is_located_at_the_largest_and_listed(here):
    from mapper import gazetteer

    real = gazetteer.load(Path(__file__).resolve().parent.parent / "gazetteer")
    result = read(real, "records.csv", HEADER + "1,2022-09-13,,Syunik,,,,,,,,,\n")
    (claim,) = result.claims
    assert (claim.place_id, claim.method) == ("syunik-province", "rank")
    (notice,) = result.notices
    assert notice.kind == "homonym" and notice.suggestions[0].startswith("syunik-kapan (")
    # coordinates in the row, not the rank, pick the homonym: the Tovuz village, not the city
    result = read(real, "records.csv", HEADER + "2,2020-07-12,,Ağdam,40.905,45.556,,,,,,,\n")
    (claim,) = result.claims
    assert claim.place_id == "agdam-tovuz" and not result.notices


def test_coordinates_locate_without_the_gazetteer(gaz, here):
    text = HEADER + (
        "1,2020-12-12,,Testavan,39.615,46.815,,,,,,,\n"
        "2,2020-12-12,,Testavan,40.9,44.0,,,,,,,\n"
        "3,2020-12-12,,Nowhere,40.123456789,44.5,,,,,,,\n"
        "4,2020-12-12,,,46.8,39.6,,,,,,,\n"
        "5,2020-12-13,,,46.8,39.6,,,,,,,\n"
    )
    result = read(gaz, "records.csv", text)
    near, far, unknown, swapped, again = result.claims
    assert (near.lat, near.lon, near.method) == (39.615, 46.815, "coordinates")
    assert near.place_id == "testavan", "a place named beside its coordinates is recorded"
    assert (far.lat, far.lon, far.place_id) == (40.9, 44.0, None)
    kinds = ["far_from_place", "outside_regions", "outside_regions"]
    assert [n.kind for n in result.notices] == kinds, "each row outside is told"
    assert unknown.lat == 40.123456789 and unknown.method == "coordinates"
    assert (swapped.lat, swapped.lon) == (46.8, 39.6), "kept as given, with a notice"
    assert (again.lat, again.lon) == (46.8, 39.6)
    assert result.ok


def test_a_point_outside_the_regions_is_called_swapped_only_when_swapping_fits(gaz, here):
    # an ACLED export of the whole Caucasus has Tbilisi's rows: "lat and lon swapped?" misled
    text = HEADER + (
        "1,2020-12-12,,,46.8,39.6,,,,,,,\n"  # swapped
        "2,2020-12-12,,,39.6,-46.8,,,,,,,\n"  # a W longitude
        "3,2020-12-12,,Tbilisi,41.6941,44.8337,,,,,,,\n"  # another country
    )
    swapped, west, tbilisi = (n.message for n in read(gaz, "records.csv", text).notices)
    assert "lat and lon swapped?" in swapped and "W longitude" not in swapped
    assert "a W longitude?" in west and "swapped" not in west
    assert "swapped" not in tbilisi and "W longitude" not in tbilisi
    assert "kept as given" in tbilisi


@pytest.mark.parametrize(
    ("lat", "lon", "message"),
    [
        ("91", "46.8", "lat 91.0 is outside -90..90"),
        ("39.6", "200", "lon 200.0 is outside -180..180"),
        ("north", "46.8", "lat 'north' is not a number"),
        ("39.6", "", "lat and lon must be given together"),
        ("nan", "46.8", "lat 'nan' is not a finite number"),
    ],
)
def test_bad_coordinates_are_row_errors(gaz, here, lat, lon, message):
    # Twice: each pair of texts is read once, and each row still gets its error.
    rows = "".join(f"{i},2020-12-12,,Nowhere,{lat},{lon},,,,,,,\n" for i in (1, 2))
    result = read(gaz, "records.csv", HEADER + rows)
    assert messages(result) == [f"records.csv:2: {message}", f"records.csv:3: {message}"]
    for claim in result.claims:
        assert not claim.located and claim.problems == [message]


def test_a_row_with_bad_coordinates_located_by_its_place_says_so(gaz, here):
    result = read(gaz, "records.csv", HEADER + "1,2020-12-12,,Testavan,139.2,46.8,,,,,,,\n")
    (claim,) = result.claims
    assert claim.place_id == "testavan"
    assert messages(result) == ["records.csv:2: lat 139.2 is outside -90..90; located at "
                                "testavan instead"]


@pytest.mark.parametrize(
    ("lat", "lon", "expected"),
    [
        ("39.615 N", "46.815 E", (39.615, 46.815)),  # as a map or a GPS shows them
        ("N39.615", "E46.815", (39.615, 46.815)),
        ("39°36′54″N", "46°48′54″E", (39.615, 46.815)),  # copied from an encyclopedia
        ("39°36'54\"N", "46°48.9'E", (39.615, 46.815)),
        ("39° 36′ 54″ N", "46° 48′ 54″ E", (39.615, 46.815)),
        ("39.615", "46.815", (39.615, 46.815)),
        ("39.615 S", "46.815 W", (-39.615, -46.815)),
    ],
)
def test_coordinates_in_degrees_minutes_seconds_and_hemispheres(gaz, here, lat, lon, expected):
    quoted = [f'"{v.replace(chr(34), chr(34) * 2)}"' for v in (lat, lon)]  # CSV quoting
    result = read(gaz, "records.csv", HEADER + f"1,2020-12-12,,,{','.join(quoted)},,,,,,,\n")
    (claim,) = result.claims
    assert messages(result) == []
    assert (round(claim.lat, 6), round(claim.lon, 6)) == expected


@pytest.mark.parametrize(
    ("lat", "lon", "message"),
    [
        ("46.8 E", "39.6 N", "lat '46.8 E' is a longitude (E)"),
        ("39°75′N", "46.8", "lat '39°75′N' has minutes or seconds of 60 or more"),
    ],
)
def test_a_hemisphere_on_the_wrong_axis_is_a_row_error(gaz, here, lat, lon, message):
    result = read(gaz, "records.csv", HEADER + f"1,2020-12-12,,,{lat},{lon},,,,,,,\n")
    assert messages(result) == [f"records.csv:2: {message}"]


def test_headers_written_with_spaces_or_dashes_are_read(gaz, here):
    # a sheet typed by hand: "Event Date", "Event Type", "date-end" as event_date, event_type
    text = ("Event Date,date-end,Place,Event Type, Claim  ID \n"
            "2020-12-12,2020-12-13,Testavan,shelling,x1\n")
    result = read(gaz, "records.csv", text)
    (claim,) = result.claims
    assert (claim.date.start, claim.date.end) == (date(2020, 12, 12), date(2020, 12, 13))
    assert (claim.event_type, claim.claim_id) == ("shelling", "x1")
    assert not result.notices


@pytest.mark.parametrize("header", [
    "When,Village,Claimed by,Dead,Injured,Link,Comment",
    "Дата,Населённый пункт,Заявитель,Погибшие,Раненые,Ссылка,Примечание",
    "Date,Lieu,Selon,Tués,Blessés,Lien,Remarques",
    "date,where,who,KIA,WIA,source url,description",
])
def test_a_sheets_own_headers_in_english_french_or_russian_are_read(gaz, here, header):
    # such headers had been columns not read (the place, the claimant and the counts lost: the
    # row unlocated) or, with no English name at all, 'no known column', nothing read
    text = header + "\n12.12.2020,Testavan,Ministry A,2,1,https://example.org/1,my note\n"
    result = read(gaz, "records.csv", text)
    assert messages(result) == [] and not result.notices
    (claim,) = result.claims
    assert (claim.date.start, claim.place_id, claim.claimant, claim.killed, claim.wounded,
            claim.url, claim.notes) == (date(2020, 12, 12), "testavan", "a-mod", 2, 1,
                                        "https://example.org/1", "my note")


def test_x_and_y_columns_are_not_taken_for_degrees(gaz, here):
    # QGIS writes a projected layer's metres under X and Y: read as lat and lon they would be
    # an error on every row of a sheet its place names locate
    result = read(gaz, "records.csv", "Place,X,Y\nTestavan,456000.5,4401000.25\n")
    assert result.claims[0].place_id == "testavan" and messages(result) == []


def test_a_row_of_notes_alone_is_listed_not_made_a_claim(gaz, here):
    # a note going on below its row (a merged cell), or a total: each had become a claim with
    # no date, place or claimant, listed among the map's unlocated claims
    text = ("id,date,place,claimant,notes\n"
            "1,2020-12-12,Testavan,Ministry A,shells at dawn\n"
            ",,,,and again at noon\n"
            ",,,,\n"
            ",,Testavan,,\n"
            ",,,,Total: 2 rows\n")
    result = read(gaz, "records.csv", text)
    assert [c.place_id for c in result.claims] == ["testavan", "testavan"]
    assert [(n.where, n.kind) for n in result.notices] == [
        ("records.csv:3", "notes_only"), ("records.csv:6", "notes_only")]
    assert "'and again at noon'" in result.notices[0].message and not result.errors


def test_a_sheet_in_utf16_without_its_byte_order_mark_is_read(gaz, here):
    # its NUL bytes had been dropped as noise: ASCII read by chance, Cyrillic as nonsense
    # ("claimant '8=>1>@>=K' is not in the claimant table")
    text = "date,place,notes\n2020-12-12,Testavan,обстрел ночью\n"
    result = read(gaz, "records.csv", text.encode("utf-16-le"))
    (claim,) = result.claims
    assert (claim.place_id, claim.notes) == ("testavan", "обстрел ночью")


def test_a_column_of_the_fields_own_name_wins_over_a_sheets_synonym(gaz, here):
    result = read(gaz, "records.csv", "Village,Place,Town\nNowhere,Testavan,Elsewhere\n")
    assert result.claims[0].place_id == "testavan" and messages(result) == []
    assert [n.message for n in result.notices] == [
        "not read: 'Village', 'Town' (unknown columns)"]


@pytest.mark.parametrize(("written", "count", "noted"), [
    ("2-3", 2, True), ("2 – 3", 2, True), ("5+", 5, True), ("at least 5", 5, True),
    ("more than 10", 10, True), ("~4", 4, True), ("about 4", 4, True), ("3", 3, False),
    ("unknown", None, False), ("n/a", None, False), ("-", None, False),
])
def test_counts_as_sheets_write_them(gaz, here, written, count, noted):
    # a range or a bound keeps its lower number, the text as written in notes; "unknown" is none
    result = read(gaz, "records.csv", f"id,place,killed\n1,Testavan,{written}\n")
    assert messages(result) == []
    (claim,) = result.claims
    assert claim.killed == count
    assert (f"killed as written: {written}" in claim.notes) == noted


@pytest.mark.parametrize(("written", "count", "noted"), [
    ("4 soldiers", 4, True), ("1 (unconfirmed)", 1, True), ("at least 6 servicemen", 6, True),
    ("two", 2, True), ("trois", 3, True), ("четверо", 4, True), ("seven civilians", 7, True),
    ('"1,500"', 1500, True), ("1 500", 1500, True), ("none", 0, True), ("aucun", 0, True),
    ("several", None, True), ("dozens", None, True), ("несколько", None, True),
    ("no data", None, False), ("TBC", None, False), ("нет данных", None, False),
])
def test_counts_as_analysts_type_them_in_words(gaz, here, written, count, noted):
    # each of these had been a row error ("'4 soldiers' is not a number", "'1,500' is not a
    # whole number"), exit 1, the count lost; a vague count's words are kept, no number made up
    result = read(gaz, "records.csv", f"id,place,killed\n1,Testavan,{written}\n")
    assert messages(result) == []
    (claim,) = result.claims
    assert claim.killed == count
    assert (f"killed as written: {written.strip(chr(34))}" in claim.notes) == noted


@pytest.mark.parametrize("written", ["2O", "1.5", "2 + 1", "5 4"])
def test_a_count_that_is_no_number_in_any_form_is_still_a_row_error(gaz, here, written):
    result = read(gaz, "records.csv", f"id,place,killed\n1,Testavan,{written}\n")
    assert len(messages(result)) == 1 and result.claims[0].killed is None


def test_a_range_that_runs_backwards_is_a_row_error(gaz, here):
    result = read(gaz, "records.csv", "id,place,killed\n1,Testavan,5-3\n")
    assert messages(result) == ["records.csv:2: killed '5-3' is not a number"]


# -- dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize("other, warned", [
    ("2022-09-13", True),  # nothing says which the sheet writes first
    ("13/09/2022", False),  # the day: 03/04/2022 is 3 April without a doubt
    ("09/13/2022", True),  # the month, elsewhere: still read day first, and said so
    ("13.09.2022", True),  # dots are day first wherever written: no sign for slashes
])
def test_a_day_and_month_that_could_swap_are_warned_about_unless_the_column_says(
        gaz, here, other, warned):
    result = read(gaz, "sheet.csv", f"date,place\n03/04/2022,Testavan\n{other},Testavan\n")
    assert result.claims[0].date.start == date(2022, 4, 3)
    notices = [n for n in result.notices if n.kind == "ambiguous_date"]
    assert [n.where for n in notices] == (["sheet.csv:2"] if warned else [])


def test_bad_date_is_reported_with_file_and_line_and_the_row_kept(gaz, here):
    rows = "".join(f"{i},2020-12-1{i},,Testavan,,,,,,,,,\n" for i in range(5))
    text = HEADER + rows + "7,2020-13-01,,Testavan,,,,,,,,,note\n"
    result = read(gaz, "records.csv", text)
    assert not result.ok
    assert messages(result) == ["records.csv:7: date '2020-13-01' is not a date"]
    bad = result.claims[-1]
    assert len(result.claims) == 6
    assert bad.claim_id == "7" and bad.place_id == "testavan"
    assert bad.date.precision == "unknown" and bad.date.start is None
    assert bad.date.text == "2020-13-01"
    assert bad.problems == ["date '2020-13-01' is not a date"]
    assert bad.notes == "note\nproblem: date '2020-13-01' is not a date"


def test_strict_raises_at_the_first_bad_row(gaz, here):
    with pytest.raises(RecordError) as exc:
        read(gaz, "records.csv", HEADER + "1,2020-13-01,,Testavan,,,,,,,,,\n", strict=True)
    assert str(exc.value) == "records.csv:2: date '2020-13-01' is not a date"


def test_partial_dates_and_ranges_keep_their_precision(gaz, here):
    text = HEADER + (
        "1,2020-12,,Testavan,,,,,,,,,\n"
        "2,2020-12-11,2020-12-13,Testavan,,,,,,,,,\n"
        "3,2020-12-11/2020-12-13,,Testavan,,,,,,,,,\n"
        "4,2020,,Testavan,,,,,,,,,\n"
        "5,,,Testavan,,,,,,,,,\n"
    )
    spans = [c.date for c in read(gaz, "records.csv", text).claims]
    assert [
        (s.start and s.start.isoformat(), s.end and s.end.isoformat(), s.precision) for s in spans
    ] == [
        ("2020-12-01", "2020-12-31", "month"),
        ("2020-12-11", "2020-12-13", "range"),
        ("2020-12-11", "2020-12-13", "range"),
        ("2020-01-01", "2020-12-31", "year"),
        (None, None, "unknown"),
    ]


# -- claimants, ids, columns --------------------------------------------------------------------


def test_claimants_resolve_to_canonical_id_and_side(gaz, here):
    text = HEADER + (
        "1,2020-12-12,,Testavan,,,Ministry A,,,,,,\n"
        "2,2020-12-12,,Testavan,,,  the Ministry B ,,,,,,\n"
        "3,2020-12-12,,Testavan,,,A local blogger,,,,,,\n"
    )
    result = read(gaz, "records.csv", text)
    a, b, unknown = result.claims
    assert (a.claimant, a.claimant_name, a.claimant_side) == (
        "a-mod",
        "Side A Defence Ministry",
        "az",
    )
    assert (b.claimant, b.claimant_side) == ("b-mod", "am")
    assert (unknown.claimant, unknown.claimant_side) == ("A local blogger", "unknown")
    (notice,) = result.notices
    assert notice.kind == "unknown_claimant" and notice.where == "records.csv:4"
    assert result.ok, "an unknown claimant is a notice, not an error"


def test_a_sheet_without_a_claimant_column_names_its_claimants_in_its_source(gaz, here):
    text = ("date,place,source\n2020-12-12,Testavan,Ministry A\n"
            "2020-12-12,Testavan,A local blogger\n2020-12-12,Testavan,the Ministry B\n")
    result = read(gaz, "records.csv", text)
    assert [(c.claimant, c.claimant_side, c.source) for c in result.claims] == [
        ("a-mod", "az", "Ministry A"), ("", "unknown", "A local blogger"),
        ("b-mod", "am", "the Ministry B")]
    # said once for the file; a source the table does not know is provenance, not a claimant
    assert [(n.kind, n.where) for n in result.notices] == [
        ("claimant_from_source", "records.csv:2")]
    # a claimant column, even blank, says who claims: the source stays provenance
    result = read(gaz, "other.csv", "date,place,claimant,source\n2020-12-12,Testavan,,Ministry A\n")
    assert (result.claims[0].claimant, result.claims[0].claimant_side) == ("", "unknown")


def test_an_unknown_claimant_given_a_side_by_its_place_is_not_called_side_unknown(here):
    from mapper import gazetteer

    real = gazetteer.load(Path(__file__).resolve().parent.parent / "gazetteer")
    text = HEADER + ("1,2022-09-13,,Tegh,,,the deputy mayor of Goris,,,,,,\n"
                     "2,2022-09-13,,Tegh,,,A local blogger,,,,,,\n")
    result = read(real, "records.csv", text)
    pairs = zip(result.claims, result.notices, strict=True)
    assert [(c.claimant_side, n.message) for c, n in pairs] == [
        ("am", "claimant 'the deputy mayor of Goris' is not in the claimant table; kept as "
               "written, side am from the place it names"),
        ("unknown", "claimant 'A local blogger' is not in the claimant table; kept as written, "
                    "side unknown"),
    ]


def test_a_local_voice_in_a_sheet_speaks_for_who_held_its_place_on_the_rows_day(here):
    from mapper import gazetteer

    real = gazetteer.load(Path(__file__).resolve().parent.parent / "gazetteer")
    text = HEADER + ("1,2020-10-01,,Hadrut,,,head of the Hadrut community,,,,,,\n"
                     "2,2022-09-13,,Martakert,,,Martakert district head,,,,,,\n"
                     "3,,,Hadrut,,,head of the Hadrut community,,,,,,\n")
    result = read(real, "records.csv", text)
    # Hadrut changed hands in October 2020: undated, its head has no side
    assert [c.claimant_side for c in result.claims] == ["nk", "nk", "unknown"]


def test_a_row_that_names_only_its_district_or_province_is_at_that_area(here):
    from mapper import gazetteer

    real = gazetteer.load(Path(__file__).resolve().parent.parent / "gazetteer")
    text = ("id,date,place,district,admin1,uncertainty_m\n"
            "1,2022-09-14,,Kalbajar district,,\n"
            "2,2022-09-14,,Goris,Syunik,\n"  # a town, then its province: the province
            "3,2022-09-14,,Goris,,\n"  # a town alone is no area: unlocated, as before
            "4,2022-09-14,,Lachin,,\n"  # a district's column: the district, not its town
            "5,2022-09-14,,Lachin district,,12000\n")  # the row's own radius, as any row's
    result = read(real, "records.csv", text)
    assert [(c.place_id, c.precision) for c in result.claims] == [
        ("kalbajar-district", "district"), ("syunik-province", "region"), (None, None),
        ("lachin-district", "district"), ("lachin-district", "district")]
    assert result.claims[4].uncertainty_m == 12000
    assert [(n.kind, n.message.split(": ", 1)[1]) for n in result.notices][:3] == [
        ("no_place", "located at Kalbajar District (kalbajar-district), the area the row names"),
        ("no_place", "located at Syunik Province (syunik-province), the area the row names"),
        ("no_place", "unlocated")]


def test_duplicate_ids_name_both_lines_and_keep_both_claims(gaz, here):
    text = HEADER + (
        "x1,2020-12-12,,Testavan,,,,,,,,,\n"
        "x2,2020-12-12,,Testavan,,,,,,,,,\n"
        "x1,2020-12-14,,Testavan,,,,,,,,,\n"
    )
    result = read(gaz, "records.csv", text)
    assert messages(result) == [
        "records.csv:4: duplicate id 'x1', first at records.csv:2; kept as 'x1~2'"
    ]
    assert [c.claim_id for c in result.claims] == ["x1", "x2", "x1~2"]


def test_an_id_given_many_times_is_kept_with_the_next_free_number(gaz, here):
    rows = ["x1", "x1~3", "x1", "x1", "x1"]
    text = HEADER + "".join(f"{i},2020-12-12,,Testavan,,,,,,,,,\n" for i in rows)
    result = read(gaz, "records.csv", text)
    assert [c.claim_id for c in result.claims] == ["x1", "x1~3", "x1~2", "x1~4", "x1~5"]


def test_duplicate_ids_across_files_name_both_files(gaz, here):
    Path("a.csv").write_text(HEADER + "x1,2020-12-12,,Testavan,,,,,,,,,\n", encoding="utf-8")
    Path("b.csv").write_text(HEADER + "x1,2020-12-13,,Testavan,,,,,,,,,\n", encoding="utf-8")
    result = read_records(["a.csv", "b.csv"], gaz)
    assert messages(result) == ["b.csv:2: duplicate id 'x1', first at a.csv:2; kept as 'x1~2'"]


def test_rows_without_id_get_a_stable_id_from_their_content(gaz, here):
    text = "date,place\n2020-12-12,Testavan\n2020-12-13,Testavan\n2020-12-12,Testavan\n"
    first = read(gaz, "records.csv", text)
    again = read(gaz, "records.csv", text)
    ids = [c.claim_id for c in first.claims]
    assert ids == [c.claim_id for c in again.claims]
    assert all(re.fullmatch(r"c-[0-9a-f]{12}(~2)?", i) for i in ids)
    assert ids[0] != ids[1] and ids[2] == ids[0] + "~2"
    assert messages(first) == [
        f"records.csv:4: row repeats records.csv:2 (same content, "
        f"derived id {ids[0]!r}); kept as '{ids[0]}~2'"
    ]
    assert stable_id("other/records.csv", {"date": "2020-12-12", "place": "Testavan"}) == ids[0]


def test_columns_are_case_insensitive_and_trimmed(gaz, here):
    text = " ID , Date ,PLACE, Claimant ,Killed,extra\nk1,2020-12-12,Testavan,Ministry A,3,x\n"
    result = read(gaz, "records.csv", text)
    (claim,) = result.claims
    assert (claim.claim_id, claim.place_id, claim.claimant, claim.killed) == (
        "k1",
        "testavan",
        "a-mod",
        3,
    )
    assert [n.kind for n in result.notices] == ["ignored_columns"]
    assert result.notices[0].where == "records.csv:1" and "'extra'" in result.notices[0].message


def test_semicolon_separated_csv(gaz, here):
    result = read(gaz, "records.csv", "id;date;place\n1;12.12.2020;Testavan\n")
    assert result.claims[0].place_id == "testavan"
    assert result.claims[0].date.start.isoformat() == "2020-12-12"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("killed", "-1", "killed '-1' is not a whole number >= 0"),
        ("wounded", "1O", "wounded '1O' is not a number"),  # a letter O typed for 0
    ],
)
def test_bad_counts_are_row_errors(gaz, here, field, value, message):
    rows = f"1,2020-12-12,Testavan,{value}\n2,2020-12-13,Testavan,{value}\n"
    result = read(gaz, "records.csv", f"id,date,place,{field}\n{rows}")
    assert messages(result) == [f"records.csv:2: {message}", f"records.csv:3: {message}"]
    assert [getattr(c, field) for c in result.claims] == [None, None]


def test_unknown_event_type_is_kept_and_noticed(gaz, here):
    result = read(
        gaz, "records.csv",
        "id,place,event_type\n1,Testavan,Drone Strike\n2,Testavan,Armed clash\n"
        "3,Testavan,Drone Strike\n",
    )
    assert [c.event_type for c in result.claims] == ["Drone Strike", "armed_clash", "Drone Strike"]
    assert [(n.kind, n.where) for n in result.notices] == [
        ("unknown_event_type", "records.csv:2"), ("unknown_event_type", "records.csv:4")]


# -- broken files -------------------------------------------------------------------------------


def test_empty_file_is_a_clear_error(gaz, here):
    for content in ("", "  \n\n"):
        with pytest.raises(RecordError) as exc:
            read(gaz, "records.csv", content, strict=True)
        assert str(exc.value) == "records.csv: file is empty: no records"
        assert messages(read(gaz, "records.csv", content)) == [str(exc.value)]


def test_missing_file_and_unknown_header(gaz, here):
    with pytest.raises(RecordError, match=r"^missing\.csv: no such file$"):
        read_records(["missing.csv"], gaz, strict=True)
    with pytest.raises(RecordError, match=r"^records\.csv:1: no known column in the header"):
        read(gaz, "records.csv", "foo,bar\n1,2\n", strict=True)
    with pytest.raises(RecordError, match=r"^records\.csv:1: columns 'date' and 'DATE' both"):
        read(gaz, "records.csv", "date,DATE\n1,2\n", strict=True)
    with pytest.raises(RecordError, match=r"^records\.csv: unknown encoding 'klingon'"):
        read(gaz, "records.csv", "id\n1\n", encoding="klingon", strict=True)
    with pytest.raises(RecordError, match=r"unknown record format '\.xlsx'"):
        read(gaz, "records.xlsx", "id\n1\n", strict=True)


def test_stray_quote_names_the_line_and_the_rest_is_read(gaz, here):
    text = HEADER + (
        "1,2020-12-12,,Testavan,,,,,,,,,\n"
        '2,2020-12-12,,"Testavan,,,,,,,,,\n'
        "3,2020-12-13,,Testkənd,,,,,,,,,\n"
        "4,2020-12-14,,Теставан,,,,,,,,,\n"
    )
    result = read(gaz, "records.csv", text)
    assert messages(result) == [
        "records.csv:3: unclosed quote: the field runs to the end of the file"
    ]
    assert [c.claim_id for c in result.claims] == ["1", "2", "3", "4"]
    assert [c.place_id for c in result.claims[2:]] == ["testavan", "testavan"]


def test_stray_quote_that_swallows_lines_is_caught_by_the_field_count(gaz, here):
    text = HEADER + (
        '1,2020-12-12,,"Testavan,,,,,,,,,\n'
        '2,2020-12-12,,Testavan",,,,,,,,,\n'
        "3,2020-12-13,,Testkənd,,,,,,,,,\n"
    )
    result = read(gaz, "records.csv", text)
    assert messages(result) == [
        "records.csv:2: stray quote? a quoted field runs over lines 2-3 and holds a whole "
        "row's ','; this line was read alone"
    ]
    assert [c.claim_id for c in result.claims] == ["1", "2", "3"]
    assert result.claims[2].place_id == "testavan"


def test_a_quoted_field_may_span_lines(gaz, here):
    text = HEADER + '1,2020-12-12,,Testavan,,,,,,,,,"two\nlines"\n2,2020-12-13,,Testavan,,,,,,,,,\n'
    result = read(gaz, "records.csv", text)
    assert result.ok and result.claims[0].notes == "two\nlines"
    Path("records.csv").write_text(text + "3,2020-13-01,,Testavan,,,,,,,,,\n", encoding="utf-8")
    assert messages(read_records(["records.csv"], gaz)) == [
        "records.csv:5: date '2020-13-01' is not a date"
    ], "physical lines, not records"


def test_cp1251_needs_its_encoding(gaz, here):
    text = HEADER + "1,2020-12-12,,Теставан,,,Министерство А,,,,,,заметка\n"
    data = text.encode("cp1251")
    result = read(gaz, "records.csv", data, encoding="cp1251")
    (claim,) = result.claims
    assert (claim.place_id, claim.claimant, claim.notes) == ("testavan", "a-mod", "заметка")
    with pytest.raises(RecordError) as exc:
        read(gaz, "records.csv", data, strict=True)
    assert str(exc.value).startswith("records.csv:2: byte 0xd2 cannot be decoded as utf-8")
    assert "--encoding cp1251" in str(exc.value)


def test_utf8_bom_is_ignored(gaz, here):
    result = read(gaz, "records.csv", "\ufeffid,place\n1,Testavan\n")
    assert result.claims[0].claim_id == "1" and result.claims[0].place_id == "testavan"


@pytest.mark.parametrize("text", [
    "sep=;\nid;date;place\n1;12.12.2020;Testavan\n",  # Excel's line naming the delimiter
    "\n\r\n  \nid,date,place\n1,2020-12-12,Testavan\n",  # blank lines above the header
    "sep=;\nBorder log, 2020\nid;date;place\n1;12.12.2020;Testavan\n",  # and a title
])
def test_the_header_is_found_below_a_delimiter_line_or_blank_lines(gaz, here, text):
    result = read(gaz, "records.csv", text)
    assert result.ok, messages(result)
    (claim,) = result.claims
    assert (claim.claim_id, claim.place_id) == ("1", "testavan")
    assert claim.date.start == date(2020, 12, 12)


def test_a_bad_row_below_blank_lines_names_its_physical_line(gaz, here):
    result = read(gaz, "records.csv", "\nsep=,\nid,date\n1,2020-13-01\n")
    assert messages(result) == ["records.csv:4: date '2020-13-01' is not a date"]


def test_utf16_with_its_bom_is_read_as_reports_are(gaz, here):
    # Excel's "Unicode text": UTF-16 with a byte-order mark, tab-separated
    data = "id\tplace\tnotes\n1\tTestavan\tзаметка\n".encode("utf-16")
    result = read(gaz, "records.csv", data)
    assert result.ok, messages(result)
    assert (result.claims[0].place_id, result.claims[0].notes) == ("testavan", "заметка")


# -- JSON Lines and GeoJSON ---------------------------------------------------------------------


def test_jsonl_rows_name_their_line(gaz, here):
    lines = [
        {"id": "j1", "date": "2020-12-12", "place": "Testavan", "killed": 2},
        {
            "claim_id": "j2",
            "date_start": "2020-12-11",
            "date_end": "2020-12-13",
            "date_precision": "range",
            "date_text": "December 11-13",
            "place_text": "Testkənd",
            "claimant": "Ministry B",
            "quote": "They said so.",
            "span": [10, 24],
            "claim_chain": ["Fictional Wire", "Ministry B"],
            "contested": True,
            "place_names": "ignored: derived",
        },
    ]
    text = json.dumps(lines[0]) + "\n\n" + json.dumps(lines[1], ensure_ascii=False) + "\n"
    text += '{"id": "j3", "date": "2020-13-01"}\n[1, 2]\n{not json\n'
    result = read(gaz, "claims.jsonl", text)
    j1, j2, _j3, _listed, broken = result.claims
    assert (j1.killed, j1.place_id) == (2, "testavan")
    assert (j2.date.text, j2.date.precision, j2.span, j2.claim_chain) == (
        "December 11-13",
        "range",
        (10, 24),
        ("Fictional Wire", "Ministry B"),
    )
    assert j2.claimant == "b-mod" and j2.quote == "They said so."
    assert messages(result) == [
        "claims.jsonl:4: date '2020-13-01' is not a date",
        "claims.jsonl:5: expected a JSON object, found list",
        "claims.jsonl:6: not a JSON object: Expecting property name enclosed in double quotes",
    ]
    assert broken.notes.startswith("{not json"), "an unreadable line is kept, not lost"


def test_geojson_features_name_their_index(gaz, here):
    doc = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "id": "g1",
                "geometry": {"type": "Point", "coordinates": [46.8, 39.6]},
                "properties": {"date_start": "2020-12-12", "place_text": "Testavan"},
            },
            {
                "type": "Feature",
                "id": "g2",
                "geometry": None,
                "properties": {"date_start": "2020-13-01", "place_text": "Testavan"},
            },
            {
                "type": "Feature",
                "id": "g3",
                "geometry": {"type": "Polygon", "coordinates": []},
                "properties": None,
            },
        ],
    }
    result = read(gaz, "claims.geojson", json.dumps(doc))
    g1, g2, _g3 = result.claims
    assert (g1.claim_id, g1.lat, g1.lon, g1.method) == ("g1", 39.6, 46.8, "coordinates")
    assert (g2.place_id, g2.lat) == ("testavan", 39.61234)
    assert messages(result) == [
        "claims.geojson: feature 2: date '2020-13-01' is not a date",
        "claims.geojson: feature 3: geometry Polygon is not a Point; only Point or null is read",
    ]
    with pytest.raises(RecordError, match=r"^claims\.geojson: not a GeoJSON FeatureCollection"):
        read(gaz, "claims.geojson", '{"features": 5}', strict=True)
    with pytest.raises(RecordError, match=r"^claims\.geojson:2: not valid JSON"):
        read(gaz, "claims.geojson", '{"type":\n  nope}', strict=True)



def test_a_json_array_of_records_is_read_as_json_lines_are(gaz, here):
    # what many tools write as "JSON" had been refused as "not a GeoJSON FeatureCollection"
    rows = [{"id": "a1", "date": "2020-12-12", "place": "Testavan"}, 5,
            {"id": "a3", "date": "2020-13-01", "place": "Testavan"}]
    result = read(gaz, "sheet.json", json.dumps(rows, indent=1))
    assert [c.claim_id for c in result.claims][::2] == ["a1", "a3"]
    assert result.claims[0].place_id == "testavan"
    assert messages(result) == [
        "sheet.json: item 2: expected a JSON object, found int",
        "sheet.json: item 3: date '2020-13-01' is not a date",
    ]
    for content in ("[]", "[1, 2]"):
        with pytest.raises(RecordError, match=r"^sheet\.json: a JSON array with no object"):
            read(gaz, "sheet.json", content, strict=True)


def test_a_chat_export_is_told_what_to_save_its_posts_as(gaz, here):
    # Telegram Desktop's result.json: not "not a GeoJSON FeatureCollection"
    export = {"name": "Front News", "type": "public_channel", "messages": [
        {"id": 1, "type": "message", "date": "2020-12-13T21:10:00", "text": "Hadrut"}]}
    with pytest.raises(RecordError, match=r"^result\.json: a chat export .*'published:'"):
        read(gaz, "result.json", json.dumps(export, indent=1), strict=True)

def test_a_point_without_two_coordinates_says_so(gaz, here):
    doc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [46.7]},
         "properties": {"place": "Testavan"}}]}
    result = read(gaz, "claims.geojson", json.dumps(doc))
    assert messages(result) == [
        "claims.geojson: feature 1: geometry Point has coordinates [46.7], not [lon, lat]"]


def test_column_names_cover_every_export_field():
    from mapper.model import CLAIM_FIELDS
    from mapper.records import DERIVED

    assert set(CLAIM_FIELDS) <= set(COLUMNS) | DERIVED


def test_reading_does_not_import_geopandas():
    code = (
        "import sys, mapper.records; "
        "sys.exit('geopandas' in sys.modules or 'pyogrio' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


# -- fuzzing ------------------------------------------------------------------------------------

FIELDS = [
    "id",
    "date",
    "date_end",
    "place",
    "lat",
    "lon",
    "claimant",
    "event_type",
    "killed",
    "wounded",
    "source",
    "url",
    "notes",
]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.fixed_dictionaries({f: st.text(max_size=30) for f in FIELDS}), max_size=5))
def test_arbitrary_text_in_every_column_never_crashes(gaz, tmp_path, rows):
    import csv
    import io

    out = io.StringIO()
    writer = csv.DictWriter(out, FIELDS)
    writer.writeheader()
    writer.writerows(rows)
    path = tmp_path / "fuzz.csv"
    path.write_text(out.getvalue(), encoding="utf-8", newline="")
    try:
        result = read_records([path], gaz)
    except RecordError:
        return
    assert len({c.claim_id for c in result.claims}) == len(result.claims)
    for claim in result.claims:
        assert claim.lat is None or -90 <= claim.lat <= 90


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=300), st.sampled_from(["f.csv", "f.jsonl", "f.geojson", "f.json"]))
def test_arbitrary_bytes_give_claims_or_record_errors(gaz, tmp_path, data, name):
    path = tmp_path / name
    path.write_bytes(data)
    with contextlib.suppress(RecordError):
        read_records([path], gaz)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.dictionaries(
            st.sampled_from(sorted(COLUMNS)),
            st.one_of(
                st.none(),
                st.booleans(),
                st.integers(),
                st.floats(),
                st.text(max_size=20),
                st.lists(st.integers(), max_size=3),
            ),
        ),
        max_size=4,
    )
)
def test_arbitrary_json_values_never_crash(gaz, tmp_path, objects):
    path = tmp_path / "fuzz.jsonl"
    path.write_text("\n".join(json.dumps(o) for o in objects) + "\n", encoding="utf-8")
    with contextlib.suppress(RecordError):
        read_records([path], gaz)


def test_iter_rows_reads_without_a_gazetteer(here):
    Path("r.csv").write_text("id,place\n1,Testavan\n", encoding="utf-8")
    (row,) = [r for r in iter_rows("r.csv") if not r.header]
    assert (row.where, row.values) == ("r.csv:2", {"id": "1", "place": "Testavan"})


@pytest.mark.parametrize("report", ["---\npublished: 2020-12-16\n---\nTroops shelled Tartar.\n",
                                    "<!DOCTYPE html><html><body><p>Troops shelled Tartar.</p>"])
def test_a_report_given_as_records_is_told_apart(here, capsys, monkeypatch, report):
    # mapper run - and mapper map - read records on standard input: a report there was "no
    # known column in the header ('---')", and no more
    import io

    from mapper.cli import main

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(report.encode())))
    assert main(["run", "-", "-o", "out"]) == 1
    err = capsys.readouterr().err
    assert "<stdin>:1: no known column in the header" in err
    assert "this looks like a report: save it as a .txt, .md or .html file" in err


@pytest.mark.parametrize("magic", [b"PK\x03\x04\x14\x00\x06\x00", b"\xd0\xcf\x11\xe0\xa1\xb1"])
def test_a_spreadsheet_named_csv_is_told_to_be_saved_as_csv(gaz, here, magic):
    # an .xlsx renamed .csv had been "byte 0x85 cannot be decoded; try --encoding cp1251"
    with pytest.raises(RecordError, match=r"^sheet\.csv: a spreadsheet file .*save it as CSV"):
        read(gaz, "sheet.csv", magic + b"\x00\x85 rest of the workbook", strict=True)


def test_an_export_read_back_keeps_a_claimant_named_by_its_reports_file(gaz, here):
    # a report without an outlet is its file's own claim ("report" of reports/report.md); read
    # back from the export it had become the claimant of that name (Azerbaijan's agency Report,
    # side az; here the fictional observers), where the run had said nothing of the kind
    content = ("id,date,lat,lon,claimant,claim_chain,report\n"
               "a,2020-12-12,39.5,46.8,observer,observer,reports/observer.md\n"
               "b,2020-12-12,39.5,46.8,t,t,t.md\n"
               "c,2020-12-12,39.5,46.8,observer,,\n")
    result = read(gaz, "claims.csv", content)
    assert [(c.claimant, c.claimant_side) for c in result.claims] == [
        ("observer", "unknown"), ("t", "unknown"), ("observer", "intl")]
    assert not result.notices


def test_coordinates_in_one_cell_locate_the_row(gaz, here):
    # "39.52, 46.95" as a map's "copy coordinates" gives it: a coordinates column had been an
    # unknown column, not read, and a place cell so written an unknown place, both unlocated
    content = ("id,date,place,coordinates,claimant\n"
               "a,2020-12-12,X,\"39.52, 46.95\",observer\n"
               "b,2020-12-12,\"39.52, 46.95\",,observer\n"
               "c,2020-12-12,X,39.52;46.95,observer\n"
               "d,2020-12-12,X,\"39°31′12″N 46°57′E\",observer\n")
    result = read(gaz, "claims.csv", content)
    assert [(c.lat, c.lon, c.method) for c in result.claims][:3] == [
        (39.52, 46.95, "coordinates")] * 3
    assert (result.claims[3].lat, result.claims[3].lon) == pytest.approx((39.52, 46.95))
    assert result.claims[1].place_text == "39.52, 46.95"
    assert not result.notices


def test_coordinates_in_one_cell_that_are_not_two_numbers_are_a_row_error(gaz, here):
    content = "id,date,coordinates,claimant\na,2020-12-12,39.52 46.95 12,observer\n"
    result = read(gaz, "claims.csv", content)
    assert messages(result) == ["claims.csv:2: coordinates '39.52 46.95 12' are not a latitude "
                                "and a longitude ('39.82, 46.75')"]


def test_a_web_maps_link_or_a_wkt_point_in_the_coordinates_locates_the_row(gaz, here):
    # a link pasted from a web map, as OSINT sheets keep them, had been 'lat ... is not a
    # number' or 'not a latitude and a longitude', and QGIS's WKT there 'lat 'POINT(46.95'...'
    links = [
        "https://www.google.com/maps/@39.52,46.95,15z",
        "https://maps.google.com/maps?q=39.52,46.95&z=12",
        "https://www.google.com/maps/place/X/@39.4,46.8,12z/data=!3m1!4m5!3m4!1s0x0:0x0!8m2"
        "!3d39.52!4d46.95",  # the pin, not the view around it
        "https://www.openstreetmap.org/?mlat=39.52&mlon=46.95#map=13/39.40/46.80",
        "https://www.openstreetmap.org/#map=15/39.52/46.95",
        "https://yandex.ru/maps/?ll=46.95%2C39.52&z=14",  # longitude first
        "geo:39.52,46.95",
        "POINT (46.95 39.52)",
    ]
    content = "id,date,place,coordinates,claimant\n" + "".join(
        f'{i},2020-12-12,X,"{link}",observer\n' for i, link in enumerate(links))
    content += 'p,2020-12-12,"https://maps.google.com/?q=39.52%2C46.95",,observer\n'
    content += "z,2020-12-12,X,https://goo.gl/maps/xyz,observer\n"
    result = read(gaz, "claims.csv", content)
    assert [(c.lat, c.lon, c.method) for c in result.claims] == [
        (39.52, 46.95, "coordinates")] * (len(links) + 1) + [(None, None, "unresolved")]
    assert messages(result) == [
        f"claims.csv:{len(links) + 3}: coordinates 'https://goo.gl/maps/xyz' are a link that "
        "gives no position: copy the point's coordinates ('39.82, 46.75')"]


def test_coordinates_as_a_json_list_are_not_read_in_either_order(gaz, here):
    # GeoJSON writes [lon, lat], most other tools [lat, lon]: a list says neither
    result = read(gaz, "claims.jsonl", '{"date": "2020-12-12", "coordinates": [46.95, 39.52]}\n')
    assert result.claims[0].lat is None
    assert messages(result) == ["claims.jsonl:1: coordinates '[46.95, 39.52]' are not text, "
                                "latitude first; give lat and lon"]


def test_the_rows_to_review_mapper_wrote_are_not_read_as_claims(gaz, here):
    # out/unresolved.csv given back (or a folder holding export's --unresolved file): each
    # review row had become a claim without place, date or claimant
    content = ("\ufeffwhere,kind,claim_id,text,suggestions,message\n"
               "sheet.csv:3,unresolved,A2,Lusakhach,,place 'Lusakhach' is not in the gazetteer\n")
    result = read(gaz, "unresolved.csv", content)
    assert not result.claims
    assert messages(result) == ["unresolved.csv:1: rows to review that mapper wrote "
                                "(unresolved.csv), not records: the claims are in the claims file "
                                "written beside it"]


def test_a_wkt_point_locates_a_row_without_lat_and_lon(gaz, here):
    # QGIS's CSV export (GEOMETRY=AS_WKT) keeps the position in WKT alone: it had been a
    # column passed over, each row "no place and no coordinates"
    content = ("WKT,id,date,claimant\n"
               '"POINT (46.95 39.52)",a,2020-12-12,observer\n'
               '"Point Z (46.95 39.52 0)",b,2020-12-12,observer\n'
               ",c,2020-12-12,observer\n"
               '"LINESTRING (46.9 39.5, 47 39.6)",d,2020-12-12,observer\n')
    result = read(gaz, "qgis.csv", content)
    assert [(c.lat, c.lon) for c in result.claims] == [
        (39.52, 46.95), (39.52, 46.95), (None, None), (None, None)]
    assert messages(result) == ["qgis.csv:5: WKT 'LINESTRING (46.9 39.5, 47 39.6)' is not a "
                                "point: give its lat and lon"]


def test_a_title_above_a_sheets_header_is_skipped_and_said(gaz, here):
    # "Incidents log, December 2020" above the header, as sheets often open: the whole file
    # had been refused ("no known column in the header"), nothing read, exit 1
    content = ("Incidents log, December 2020,,\n,,,\n"
               "date,lat,lon,claimant\n2020-12-12,39.5,46.8,observer\n")
    result = read(gaz, "titled.csv", content)
    assert [(c.lat, c.claimant) for c in result.claims] == [(39.5, "observer")]
    assert [str(n) for n in result.notices] == [
        "titled.csv:3: lines 1-2 above the header skipped (a title, not records)"]


def test_a_sheet_without_a_header_is_still_refused(gaz, here):
    result = read(gaz, "plain.csv", "Incidents log\nsome,thing\n2020-12-12,Hadrut\n")
    assert not result.claims
    assert "no known column in the header" in messages(result)[0]
