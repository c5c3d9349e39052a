"""Claims -> incidents: same or nearby place, overlapping dates; contested when claims disagree."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from unittest import mock

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from mapper.incidents import (
    AREAS,
    SLACK_DAYS,
    Columns,
    _each,
    _pair_blocks,
    _pairs,
    _Sets,
    group,
    group_columns,
    incident_id,
    incident_row,
    mark,
    same_place,
)
from mapper.model import Claim, DateSpan
from mapper.nearby import within

DAY = date(2020, 12, 12)


def claim(
    cid: str,
    *,
    day: int = 0,
    days: int = 1,
    lat: float | None = 39.6,
    lon: float | None = 46.8,
    place_id: str | None = "testavan",
    precision: str | None = "village",
    uncertainty: float | None = 1000.0,
    side: str = "unknown",
    event: str = "unknown",
    killed: int | None = None,
    wounded: int | None = None,
    place_text: str = "Testavan",
    dated: bool = True,
    claimant: str | None = None,
) -> Claim:
    start = DAY + timedelta(days=day)
    span = (
        DateSpan(start, start + timedelta(days=days - 1), "day" if days == 1 else "range")
        if dated
        else DateSpan.unknown("some day")
    )
    located = lat is not None
    return Claim(
        cid,
        "r.csv",
        span,
        place_text=place_text,
        lat=lat,
        lon=lon,
        place_id=place_id if located else None,
        precision=precision if located else None,
        uncertainty_m=uncertainty if located else None,
        claimant=claimant or f"claimant-{cid}",
        claimant_side=side,
        event_type=event,
        killed=killed,
        wounded=wounded,
    )


def ids(incidents) -> list[tuple[str, ...]]:
    return sorted(i.claim_ids for i in incidents)


def test_claims_from_two_sides_about_one_village_are_one_contested_incident():
    a = claim("a", side="az", event="shelling", killed=0)
    b = claim("b", side="am", event="attack", killed=1, day=1)
    (incident,) = group([a, b])
    assert incident.claim_ids == ("a", "b") and incident.sides == ("am", "az")
    assert incident.contested
    assert incident.reasons == (
        "sides differ: am, az",
        "event types differ: attack, shelling",
        "killed differ: 0, 1",
    )
    assert a.incident_id == b.incident_id == incident.id == incident_id(["b", "a"])
    assert a.contested and b.contested
    assert (incident.date.start, incident.date.end, incident.date.precision) == (
        DAY,
        DAY + timedelta(days=1),
        "range",
    )


def test_agreeing_claims_are_not_contested():
    a = claim("a", side="az", event="shelling", killed=2)
    b = claim("b", side="az", event="unknown", killed=None)
    (incident,) = group([a, b])
    assert not incident.contested and incident.reasons == ()
    assert incident.date.precision == "day"


def test_one_claimant_using_two_event_words_contests_nothing():
    a = claim("a", side="az", event="shelling", claimant="az-mod")
    b = claim("b", side="az", event="attack", claimant="az-mod")
    (incident,) = group([a, b])
    assert not incident.contested and incident.reasons == ()


def test_wounded_disagreement_alone_contests():
    (incident,) = group([claim("a", wounded=1), claim("b", wounded=4)])
    assert incident.reasons == ("wounded differ: 1, 4",)


def test_dates_must_overlap_within_a_day():
    assert ids(group([claim("a"), claim("b", day=1)])) == [("a", "b")]
    assert ids(group([claim("a"), claim("b", day=2)])) == [("a",), ("b",)]
    assert ids(group([claim("a", days=5), claim("b", day=5)])) == [("a", "b")]


def test_distance_depends_on_precision():
    near = claim("near", lat=39.63, place_id="other")  # about 3.3 km north
    far = claim("far", lat=39.8, place_id="far")  # about 22 km north
    assert ids(group([claim("a"), near, far])) == [("a", "near"), ("far",)]


def district_claim(cid: str, lat: float = 39.65, lon: float = 46.85) -> Claim:
    """A claim about the whole Proba district: a 20 km circle around Testavan."""
    return claim(cid, lat=lat, lon=lon, place_id="proba-district", precision="district",
                 uncertainty=20000.0)


def test_an_area_claim_joins_the_one_incident_it_contains():
    district = district_claim("district")
    village = claim("village")
    assert ids(group([district, village])) == [("district", "village")]


def test_an_area_claim_does_not_bridge_two_incidents():
    district = district_claim("district")
    west = claim("west")
    east = claim("east", lat=39.7, lon=46.95, place_id="examplashen")  # 15 km away
    assert same_place(district, west) and same_place(district, east)
    assert not same_place(west, east)
    assert ids(group([district, west, east])) == [("district",), ("east",), ("west",)]
    other = district_claim("district-2", lat=39.66, lon=46.86)
    assert ids(group([district, other, west, east])) == [
        ("district", "district-2"),
        ("east",),
        ("west",),
    ]


def test_unlocated_or_undated_claims_join_only_on_same_text_and_date():
    a = claim("a", lat=None, lon=None, place_text="Nowhereville")
    b = claim("b", lat=None, lon=None, place_text="nowhereville")
    c = claim("c", lat=None, lon=None, place_text="Nowhereville", day=1)
    d = claim("d", dated=False)
    e = claim("e", dated=False)
    f = claim("f", lat=None, lon=None, place_text="")
    g = claim("g", lat=None, lon=None, place_text="")
    assert ids(group([a, b, c, d, e, f, g])) == [("a", "b"), ("c",), ("d", "e"), ("f",), ("g",)]


def test_incident_point_is_its_most_precise_claim_not_an_average():
    district = district_claim("district")
    (incident,) = group([district, claim("v")])
    assert (incident.lat, incident.lon, incident.precision) == (39.6, 46.8, "village")
    row = incident_row(incident)
    assert row["claim_count"] == 2 and row["claim_ids"] == "district; v"


def test_incidents_sorted_by_date_with_undated_last():
    incidents = group([claim("late", day=9), claim("undated", dated=False), claim("early")])
    assert [i.claim_ids for i in incidents] == [("early",), ("late",), ("undated",)]


@settings(max_examples=50, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 6),
            st.integers(1, 3),
            st.sampled_from([None, 39.6, 39.62, 39.7, 40.5]),
            st.sampled_from(["az", "am", "unknown"]),
            st.sampled_from(["village", "village", "district"]),
        ),
        max_size=14,
    ),
    st.randoms(),
)
def test_grouping_is_a_partition_independent_of_order(specs, rnd: random.Random):
    def make():
        return [
            claim(
                f"c{i}",
                day=d,
                days=n,
                lat=lat,
                lon=None if lat is None else 46.8,
                place_id=None,
                side=side,
                precision=precision,
                uncertainty=20000.0 if precision == "district" else 1000.0,
            )
            for i, (d, n, lat, side, precision) in enumerate(specs)
        ]

    first = group(make())
    claims = make()
    rnd.shuffle(claims)
    second = group(claims)
    assert ids(first) == ids(second)
    assert sorted(c for i in first for c in i.claim_ids) == sorted(
        f"c{i}" for i in range(len(specs))
    ), "nothing dropped, nothing twice"
    assert [i.id for i in first] == [i.id for i in second]
    for incident in first:
        assert incident.id == incident_id(incident.claim_ids)


def test_a_place_attacked_every_day_is_an_incident_every_three_days():
    """Before the time bound, 30 daily claims at one village chained into one incident of 30
    days; now each incident covers at most its longest claim and a day of slack each side."""
    month = [claim(f"d{k:02d}", day=k) for k in range(30)]
    incidents = group(month)
    assert ids(incidents) == [tuple(f"d{k:02d}" for k in range(s, s + 3)) for s in range(0, 30, 3)]
    assert {(i.date.end - i.date.start).days + 1 for i in incidents} == {3}


def test_an_incident_lasts_as_long_as_its_longest_claim_and_the_slack():
    week = claim("week", day=2, days=7)  # days 2..8
    daily = [claim(f"d{k}", day=k) for k in range(1, 11)]  # days 1..10
    incidents = group([week, *daily])
    (long,) = [i for i in incidents if "week" in i.claim_ids]
    assert long.claim_ids == ("d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9", "week")
    assert (long.date.start, long.date.end) == (DAY + timedelta(days=1), DAY + timedelta(days=9))
    assert ids(incidents) == [("d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9", "week"),
                              ("d10",)]


def test_an_area_claim_does_not_join_an_incident_past_its_time_bound():
    district = district_claim("district")  # day 0
    near = [claim("v1", day=-1), claim("v2", day=0), claim("v3", day=1)]
    assert ids(group([district, *near])) == [("district", "v1", "v2", "v3")]
    week = claim("district-week", lat=39.65, lon=46.85, place_id="proba-district",
                 precision="district", uncertainty=20000.0, day=-3, days=2)  # days -3..-2
    assert ids(group([week, *near])) == [("district-week",), ("v1", "v2", "v3")]


def test_rows_alike_are_one_incident_and_are_paired_as_one():
    # A sheet's rows for one village and day: alike in all that pairing reads.
    alike = [claim(f"a{k:03d}", side=("am", "az")[k % 2]) for k in range(300)]
    other_day = [claim(f"b{k}", day=5) for k in range(3)]
    elsewhere = [claim(f"c{k}", lat=40.2, place_id="elsewhere") for k in range(3)]
    paired = []

    def spy(columns, indexes, sets):
        paired.append(sorted(columns.ids[i] for i in indexes))
        return _pair_blocks(columns, indexes, sets)

    with mock.patch("mapper.incidents._pair_blocks", spy):
        incidents = group([*reversed(alike), *other_day, *elsewhere])
    assert ids(incidents) == [tuple(c.claim_id for c in alike), ("b0", "b1", "b2"),
                              ("c0", "c1", "c2")]
    assert paired == [["a000", "b0", "c0"]]  # the first id of each
    assert next(i for i in incidents if "a000" in i.claim_ids).contested


def brute_pairs(claims, indexes):
    """The rule written plainly: every pair, in the order group() joins them."""
    order = sorted(indexes, key=lambda i: (claims[i].date.start, claims[i].claim_id))
    kinds = ([], [], [])
    for b, later in enumerate(order):
        for earlier in order[:b]:
            x, y = claims[earlier], claims[later]
            if x.date.overlaps(y.date, SLACK_DAYS) and same_place(x, y):
                kinds[(x.precision in AREAS) + (y.precision in AREAS)].append((earlier, later))
    return kinds


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 12),  # first day
            st.sampled_from([1, 1, 1, 2, 3, 9, 31]),  # days
            st.floats(39.5, 39.9),
            st.floats(46.6, 47.0),
            st.sampled_from(["village", "village", "town", "district", "region"]),
            st.sampled_from([0.0, 500.0, 4000.0, 9000.0, 30000.0]),
            st.sampled_from([None, None, "p1", "p2"]),
        ),
        max_size=40,
    )
)
def test_the_spatial_index_finds_exactly_the_pairs_of_the_rule(specs):
    claims = [
        claim(f"c{k:02d}", day=d, days=n, lat=lat, lon=lon, precision=precision,
              uncertainty=unc, place_id=place)
        for k, (d, n, lat, lon, precision, unc, place) in enumerate(specs)
    ]
    indexes = list(range(len(claims)))
    sets = _Sets(len(claims))
    for i, c in enumerate(claims):
        sets.first[i], sets.last[i] = c.date.start.toordinal(), c.date.end.toordinal()
    columns = Columns.of(claims)
    found = tuple(list(_each(pairs)) for pairs in _pairs(columns, indexes, sets))
    assert found == brute_pairs(claims, indexes)
    # Dense data is worked on in blocks of candidates and of later claims.
    with mock.patch("mapper.incidents.BLOCK", 3), mock.patch("mapper.incidents.BLOCK_CLAIMS", 4):
        assert tuple(list(_each(pairs)) for pairs in _pairs(columns, indexes, sets)) == found


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 60), st.integers(0, 60), st.integers(1, 4), st.sampled_from([0.3, 1.0, 5.0]),
       st.integers(0, 2**32 - 1))
def test_the_grid_finds_the_pairs_within_the_radius_along_every_axis(n, m, dims, radius, seed):
    rng = np.random.default_rng(seed)
    a, b = rng.normal(size=(n, dims)) * 3, rng.normal(size=(m, dims)) * 3
    a[: n // 2] = np.round(a[: n // 2] * 2) / 2  # some points share a place, as claims do
    apart = np.abs(a[:, None, :] - a[None, :, :]).max(axis=2, initial=0.0)
    found = within(a, None, radius).tolist()
    assert sorted(map(sorted, found)) == [[i, j] for i in range(n) for j in range(i + 1, n)
                                          if apart[i, j] <= radius]
    apart = np.abs(a[:, None, :] - b[None, :, :]).max(axis=2, initial=0.0)
    assert sorted(within(a, b, radius).tolist()) == [[i, j] for i in range(n) for j in range(m)
                                                     if apart[i, j] <= radius]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 6),  # first day
            st.sampled_from([1, 1, 2, 5]),  # days
            st.sampled_from([None, 39.6, 39.61, 39.7]),  # latitude; None: unlocated
            st.sampled_from(["village", "town", "district"]),
            st.sampled_from([None, 0.0, 1000.0, 20000.0]),  # uncertainty
            st.sampled_from([None, "p1", "p2"]),  # place id
            st.sampled_from(["az", "am", "unknown"]),
            st.sampled_from(["shelling", "attack", "unknown"]),
            st.sampled_from([None, 0, 2]),  # killed
            st.booleans(),  # dated
        ),
        max_size=30,
    )
)
def test_incidents_made_from_columns_are_those_made_from_the_claims(specs):
    # A large export keeps only the claims' columns while it streams the claims to disk; the
    # incidents it makes of them must be those group() makes of the claims themselves.
    claims = [
        claim(f"c{k:02d}", day=d, days=n, lat=lat, lon=None if lat is None else 46.8,
              precision=precision, uncertainty=unc, place_id=place, side=side, event=event,
              killed=killed, dated=dated, place_text=f"Place {k % 3}")
        for k, (d, n, lat, precision, unc, place, side, event, killed, dated) in enumerate(specs)
    ]
    with mock.patch("mapper.incidents.BLOCK_CLAIMS", 4):  # later claims paired 4 at a time
        incidents, of_claim = group_columns(Columns.of(claims))
    assert incidents == group(claims)
    assert [incidents[k].id for k in of_claim] == [c.incident_id for c in claims]
    assert [incidents[k].contested for k in of_claim] == [c.contested for c in claims]
    # A map marks the claims without making the incidents: the same marks.
    fresh = [replace(c, incident_id="", contested=False) for c in claims]
    assert mark(fresh) == len(incidents)
    assert [(c.incident_id, c.contested) for c in fresh] == [
        (c.incident_id, c.contested) for c in claims
    ]
