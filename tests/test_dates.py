"""Dates: analysts' structured fields, and date expressions in report text.

Every sentence here is written for these tests. Most cases read against one publication date,
Monday 14 December 2020, so that "yesterday" is Sunday the 13th and "last week" is 7..13.
"""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mapper.dates import DateMention, date_ambiguity, find_dates, parse_date_field
from mapper.errors import DataError
from mapper.model import DateSpan

MONDAY = date(2020, 12, 14)
THURSDAY = date(2020, 12, 17)


def d(iso: str) -> date:
    return date.fromisoformat(iso)


def found(text: str, published: date | None = MONDAY, lang: str | None = None) -> list[tuple]:
    """(text, start, end, precision) of every mention, dates as ISO strings."""
    return [
        (
            m.text,
            m.span.start and m.span.start.isoformat(),
            m.span.end and m.span.end.isoformat(),
            m.span.precision,
        )
        for m in find_dates(text, published, lang)
    ]


def one(text: str, published: date | None = MONDAY, lang: str | None = None) -> DateMention:
    mentions = find_dates(text, published, lang)
    assert len(mentions) == 1, mentions
    return mentions[0]


def span(text: str, published: date | None = MONDAY, lang: str | None = None) -> tuple:
    """(mention text, start, end, precision) of the one mention in ``text``."""
    (mention,) = found(text, published, lang)
    return mention


# -- structured fields -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "start", "end", "precision"),
    [
        ("2020-12-12", "2020-12-12", "2020-12-12", "day"),
        ("2020/12/12", "2020-12-12", "2020-12-12", "day"),
        ("12.12.2020", "2020-12-12", "2020-12-12", "day"),
        ("1.2.2021", "2021-02-01", "2021-02-01", "day"),
        ("2020-12", "2020-12-01", "2020-12-31", "month"),
        ("2020-02", "2020-02-01", "2020-02-29", "month"),
        ("2021-02", "2021-02-01", "2021-02-28", "month"),
        ("2020", "2020-01-01", "2020-12-31", "year"),
        ("2020-12-11/2020-12-13", "2020-12-11", "2020-12-13", "range"),
        ("2020-12-11 / 2020-12-13", "2020-12-11", "2020-12-13", "range"),
        ("2020-12-11..2020-12-13", "2020-12-11", "2020-12-13", "range"),
        ("2020-11/2020-12", "2020-11-01", "2020-12-31", "range"),
        ("2020-12-12/2020-12-12", "2020-12-12", "2020-12-12", "day"),
        ("2020-12/2020-12", "2020-12-01", "2020-12-31", "month"),
        ("  2020-12-12\t", "2020-12-12", "2020-12-12", "day"),
    ],
)
def test_field_forms(value, start, end, precision):
    result = parse_date_field(value)
    assert (result.start, result.end, result.precision) == (d(start), d(end), precision)
    assert result.text == value.strip()


def test_field_with_a_separate_end():
    result = parse_date_field("2020-12-11", end="2020-12-13")
    assert (result.start, result.end, result.precision) == (
        d("2020-12-11"),
        d("2020-12-13"),
        "range",
    )
    assert result.text == "2020-12-11/2020-12-13"
    assert parse_date_field("12.12.2020", end=" 12.12.2020 ").precision == "day"
    assert parse_date_field("2020-12-12", end="  ").precision == "day"


@pytest.mark.parametrize("value", ["", "   ", "\n"])
def test_empty_field_is_unknown(value):
    assert parse_date_field(value) == DateSpan.unknown()


@pytest.mark.parametrize(
    "value",
    [
        "2020-13-01",
        "2020-02-30",
        "2020-12-32",
        "yesterday",
        "December 12",
        "20201212",
        "31/02/2022",
        "13/13/2022",
        "Smarch 2022",
        "2020-12-11/",
        "2020-12-11/2020-12-12/2020-12-13",
        "0000",
        "２０２０",
    ],
)
def test_bad_field_is_a_data_error(value):
    with pytest.raises(DataError) as error:
        parse_date_field(value)
    assert str(error.value).startswith("date ")
    assert "\n" not in str(error.value)
    assert isinstance(error.value, ValueError)


def test_bad_field_message_names_the_value():
    with pytest.raises(DataError, match=r"^date '2020-13-01' is not a date$"):
        parse_date_field("2020-13-01")
    with pytest.raises(DataError, match=r"^date '2020-12-11/2020-13-01' is not a date$"):
        parse_date_field("2020-12-11/2020-13-01")
    with pytest.raises(DataError, match=r"^date '2020-13-01' is not a date$"):
        parse_date_field("2020-12-11", end="2020-13-01")


@pytest.mark.parametrize(
    ("value", "start", "end", "precision"),
    [
        # two whole dates joined as analysts type a range
        ("03/10/2021 - 05/10/2021", "2021-10-03", "2021-10-05", "range"),
        ("03.10.2021–05.10.2021", "2021-10-03", "2021-10-05", "range"),
        ("2021-10-03 to 2021-10-05", "2021-10-03", "2021-10-05", "range"),
        ("Oct 2021 — Nov 2021", "2021-10-01", "2021-11-30", "range"),
        # days of one month, a third of a month: as a report's text writes them, with a year
        ("3-5 October 2021", "2021-10-03", "2021-10-05", "range"),
        ("Oct. 3–5, 2021", "2021-10-03", "2021-10-05", "range"),
        ("mid-October 2021", "2021-10-11", "2021-10-20", "range"),
        ("late Oct 2021", "2021-10-21", "2021-10-31", "range"),
        # a Russian year word after the date
        ("03.10.2021 г.", "2021-10-03", "2021-10-03", "day"),
        ("3 октября 2021 года", "2021-10-03", "2021-10-03", "day"),
        # the part of the day before it
        ("night of 3-4 Oct 2021", "2021-10-03", "2021-10-04", "range"),
        ("the morning of 5 October 2021", "2021-10-05", "2021-10-05", "day"),
        ("la nuit du 3 au 4 octobre 2021", "2021-10-03", "2021-10-04", "range"),
    ],
)
def test_field_ranges_and_dates_as_analysts_type_them(value, start, end, precision):
    result = parse_date_field(value)
    assert (result.start, result.end, result.precision) == (d(start), d(end), precision)
    assert result.text == value


@pytest.mark.parametrize("value", ["3-5 October", "early next week", "3-5 October 2021 or so",
                                   "05/10/2021 - 03/10/2021", "2021 г. и позже",
                                   "before 5 October 2021", "night of 3-4 Oct"])
def test_field_written_as_text_still_needs_a_whole_date(value):
    with pytest.raises(DataError, match=r"^date "):
        parse_date_field(value)


def test_a_range_whose_other_end_writes_its_day_first_is_not_ambiguous():
    assert date_ambiguity("12/10/2021 - 13/10/2021") is None
    assert date_ambiguity("12/10/2021..13/10/2021") is None
    assert date_ambiguity("03/10/2021 - 05/10/2021") is not None


def test_range_ending_before_it_starts_is_a_data_error():
    with pytest.raises(DataError, match="ends before it starts"):
        parse_date_field("2020-12-13/2020-12-11")
    with pytest.raises(DataError, match="ends before it starts"):
        parse_date_field("2020-12-13", end="2020-12-11")
    with pytest.raises(DataError, match="no start"):
        parse_date_field("", end="2020-12-11")


@given(st.dates())
def test_iso_dates_round_trip(day):
    assert parse_date_field(day.isoformat()) == DateSpan(day, day, "day", day.isoformat())


@given(st.dates(), st.dates())
def test_iso_ranges_round_trip(a, b):
    first, last = min(a, b), max(a, b)
    result = parse_date_field(f"{first.isoformat()}/{last.isoformat()}")
    assert (result.start, result.end) == (first, last)
    assert result.precision == ("day" if first == last else "range")


# -- absolute dates in text --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "iso"),
    [
        ("Shelling resumed on December 12 near the ridge.", "December 12", "2020-12-12"),
        ("Shelling resumed on Dec. 12 near the ridge.", "Dec. 12", "2020-12-12"),
        ("Shelling resumed on Dec 12 near the ridge.", "Dec 12", "2020-12-12"),
        ("Shelling resumed on 12 December near the ridge.", "12 December", "2020-12-12"),
        ("Shelling resumed on 12 Dec near the ridge.", "12 Dec", "2020-12-12"),
        ("It began on the 12th of December.", "12th of December", "2020-12-12"),
        ("It began on December 12th.", "December 12th", "2020-12-12"),
        ("It began on 12 December 2020.", "12 December 2020", "2020-12-12"),
        ("It began on December 12, 2020, at dawn.", "December 12, 2020", "2020-12-12"),
        ("It began on 12 December 2019.", "12 December 2019", "2019-12-12"),
        ("DECEMBER 12: villagers fled", "DECEMBER 12", "2020-12-12"),
        ("STEPANAKERT, 12 December. Sirens sounded.", "12 December", "2020-12-12"),
        ("It began on Saturday, December 12.", "Saturday, December 12", "2020-12-12"),
        ("It began on Saturday 12 December.", "Saturday 12 December", "2020-12-12"),
        ("Since the November 10 agreement, guns were quiet.", "November 10", "2020-11-10"),
        ("The 10 November statement ended the war.", "10 November", "2020-11-10"),
        ("It was signed on May 5.", "May 5", "2020-05-05"),
        ("On December 12 shells fell on the town.", "December 12", "2020-12-12"),
        ("On 12 December 4 soldiers died.", "12 December", "2020-12-12"),
        ("It was signed on 5 May.", "5 May", "2020-05-05"),
        ("It was signed in March 2021 or so.", "March 2021", "2021-03-01"),
    ],
)
def test_english_days(text, mention, iso):
    m = one(text)
    assert m.text == mention
    assert m.span.start == d(iso)
    assert m.relative is False and m.anchored is True


@pytest.mark.parametrize(
    ("text", "mention", "start", "end"),
    [
        ("Ночью 12 декабря позиции обстреляли.", "12 декабря", "2020-12-12", "2020-12-12"),
        ("Это произошло 12 декабря 2020 года.", "12 декабря 2020 года", "2020-12-12", None),
        ("Это произошло 12 декабря 2020 г. утром.", "12 декабря 2020 г.", "2020-12-12", None),
        ("Это произошло 12-го декабря.", "12-го декабря", "2020-12-12", None),
        ("Это произошло 1 января.", "1 января", "2020-01-01", None),
        ("Это произошло 3 марта.", "3 марта", "2020-03-03", None),
        ("Это произошло 9 мая.", "9 мая", "2020-05-09", None),
        ("Это произошло 30 августа.", "30 августа", "2020-08-30", None),
        ("Это произошло в субботу, 12 декабря.", "субботу, 12 декабря", "2020-12-12", None),
        ("В ночь на 13 декабря шли бои.", "В ночь на 13 декабря", "2020-12-12", "2020-12-13"),
        ("В ночь с 12 на 13 декабря.", "В ночь с 12 на 13 декабря", "2020-12-12", "2020-12-13"),
        ("Бои шли с 11 по 13 декабря.", "с 11 по 13 декабря", "2020-12-11", "2020-12-13"),
        ("Бои шли 11-13 декабря.", "11-13 декабря", "2020-12-11", "2020-12-13"),
        ("Бои шли 11 и 12 декабря.", "11 и 12 декабря", "2020-12-11", "2020-12-12"),
        (
            "Бои шли с 30 ноября по 2 декабря.",
            "с 30 ноября по 2 декабря",
            "2020-11-30",
            "2020-12-02",
        ),
        ("Это было 12.12.2020 около полудня.", "12.12.2020", "2020-12-12", None),
    ],
)
def test_russian_days(text, mention, start, end):
    assert span(text) == (mention, start, end or start, "day" if end in (None, start) else "range")


@pytest.mark.parametrize(
    ("text", "mention", "start", "end"),
    [
        ("L'attaque a eu lieu le 12 décembre.", "12 décembre", "2020-12-12", None),
        ("L'attaque a eu lieu samedi 12 décembre.", "samedi 12 décembre", "2020-12-12", None),
        ("L'attaque a eu lieu le 1er décembre 2020.", "1er décembre 2020", "2020-12-01", None),
        ("Elle a eu lieu le 5 mars.", "5 mars", "2020-03-05", None),
        ("Elle a eu lieu le 15 août.", "15 août", "2020-08-15", None),
        ("Les combats du 11 au 13 décembre.", "du 11 au 13 décembre", "2020-12-11", "2020-12-13"),
        (
            "Les combats entre le 11 et le 13 décembre.",
            "entre le 11 et le 13 décembre",
            "2020-12-11",
            "2020-12-13",
        ),
        (
            "Dans la nuit du 12 au 13 décembre, des tirs.",
            "Dans la nuit du 12 au 13 décembre",
            "2020-12-12",
            "2020-12-13",
        ),
        ("Des tirs ont visé le village dans la nuit.", "dans la nuit", "2020-12-13",
         "2020-12-14"),
        ("Des obus sont tombés sur la ferme la nuit précédente.", "la nuit précédente",
         "2020-12-13", "2020-12-14"),
    ],
)
def test_french_days(text, mention, start, end):
    assert span(text) == (mention, start, end or start, "day" if end is None else "range")


@pytest.mark.parametrize(
    ("text", "mention", "start", "end"),
    [
        ("Clashes on December 11-13 left two dead.", "December 11-13", "2020-12-11", "2020-12-13"),
        ("Clashes on 11-13 December left two dead.", "11-13 December", "2020-12-11", "2020-12-13"),
        ("Clashes on 11–13 December left two dead.", "11–13 December", "2020-12-11", "2020-12-13"),
        ("Clashes on 11 and 12 December.", "11 and 12 December", "2020-12-11", "2020-12-12"),
        (
            "Clashes between 11 and 13 December.",
            "between 11 and 13 December",
            "2020-12-11",
            "2020-12-13",
        ),
        (
            "Clashes from December 11 to 13 were reported.",
            "from December 11 to 13",
            "2020-12-11",
            "2020-12-13",
        ),
        (
            "Clashes from 30 November to 2 December.",
            "from 30 November to 2 December",
            "2020-11-30",
            "2020-12-02",
        ),
        (
            "Clashes on November 30 - December 2.",
            "November 30 - December 2",
            "2020-11-30",
            "2020-12-02",
        ),
        (
            "Clashes on 30 December 2019 - 2 January 2020.",
            "30 December 2019 - 2 January 2020",
            "2019-12-30",
            "2020-01-02",
        ),
        ("Clashes on 30 December - 2 January 2020.", None, "2019-12-30", "2020-01-02"),
        ("Clashes on December 12-12.", "December 12-12", "2020-12-12", "2020-12-12"),
        (
            "Clashes between the 11th and the 13th of December 2020.",
            "between the 11th and the 13th of December 2020",
            "2020-12-11",
            "2020-12-13",
        ),
        ("Clashes on Dec 12-13, 2020.", "Dec 12-13, 2020", "2020-12-12", "2020-12-13"),
        ("Les combats des 11 et 12 décembre.", "11 et 12 décembre", "2020-12-11", "2020-12-12"),
    ],
)
def test_ranges(text, mention, start, end):
    m = one(text)
    assert (m.span.start, m.span.end) == (d(start), d(end))
    assert m.span.precision == ("day" if start == end else "range")
    if mention:
        assert m.text == mention


def test_range_written_backwards_is_no_date():
    assert found("Clashes on December 13-11.") == []


@pytest.mark.parametrize(
    ("text", "mention", "start", "end"),
    [
        ("Fighting flared in December 2020.", "December 2020", "2020-12-01", "2020-12-31"),
        ("Fighting flared in December.", "December", "2020-12-01", "2020-12-31"),
        ("Fighting flared in January.", "January", "2020-01-01", "2020-01-31"),
        ("Fighting has gone on since May.", "May", "2020-05-01", "2020-05-31"),
        ("February 2020 was quiet.", "February 2020", "2020-02-01", "2020-02-29"),
        ("Бои шли в декабре.", "декабре", "2020-12-01", "2020-12-31"),
        ("Бои шли в декабре 2019 года.", "декабре 2019 года", "2019-12-01", "2019-12-31"),
        ("Les combats ont repris en mars.", "mars", "2020-03-01", "2020-03-31"),
        ("Les combats ont repris en décembre 2020.", "décembre 2020", "2020-12-01", "2020-12-31"),
    ],
)
def test_months_alone(text, mention, start, end):
    assert span(text) == (mention, start, end, "month")


@pytest.mark.parametrize(
    ("text", "mention", "start", "end"),
    [
        ("Fighting flared in early March.", "March", "2020-03-01", "2020-03-10"),
        ("Fighting flared in mid-December.", "December", "2020-12-11", "2020-12-20"),
        ("Fighting flared in late February.", "February", "2020-02-21", "2020-02-29"),
        ("Fighting flared in late March 2019.", "late March 2019", "2019-03-21", "2019-03-31"),
        ("Бои шли в конце ноября.", "ноября", "2020-11-21", "2020-11-30"),
        ("Бои шли в начале марта 2019 года.", "начале марта 2019 года", "2019-03-01",
         "2019-03-10"),
        ("Les combats ont repris à la mi-mars.", "mars", "2020-03-11", "2020-03-20"),
        ("Les combats ont repris fin mars.", "mars", "2020-03-21", "2020-03-31"),
    ],
)
def test_a_third_of_a_month_is_its_ten_days(text, mention, start, end):
    assert span(text) == (mention, start, end, "range")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Recorded 2020-12-12 at the checkpoint.", "2020-12-12"),
        ("Recorded 2020/12/12 at the checkpoint.", "2020-12-12"),
        ("Recorded 12.12.2020 at the checkpoint.", "2020-12-12"),
        ("Recorded 12/12/2020 at the checkpoint.", "2020-12-12"),
        ("Recorded 05/12/2020 at the checkpoint.", "2020-12-05"),  # day first
        ("Recorded 12/31/2020 at the checkpoint.", "2020-12-31"),  # unless impossible
        ("Recorded 31-12-2020 at the checkpoint.", "2020-12-31"),
        ("Recorded (12.12.2020) at the checkpoint.", "2020-12-12"),
    ],
)
def test_numeric_dates(text, iso):
    m = one(text)
    assert m.span == DateSpan(d(iso), d(iso), "day", m.text)
    assert m.anchored is True


def test_numeric_range():
    m = one("Logged 2020-12-11/2020-12-13 by the mission.")
    assert (m.text, m.span.start, m.span.end) == (
        "2020-12-11/2020-12-13",
        d("2020-12-11"),
        d("2020-12-13"),
    )
    assert found("Logged 2020-12-13/2020-12-11 by the mission.") == []


@pytest.mark.parametrize(
    "text",
    ["Recorded 13/13/2020.", "Recorded 2020-13-12.", "Recorded 12.12.1812.", "v1.12.12.2020"],
)
def test_impossible_numeric_dates_are_no_dates(text):
    assert found(text) == []


# -- the year of a date written without one ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "iso"),
    [
        ("On December 12 the village was shelled.", "2020-12-14", "2020-12-12"),
        ("On December 28 the village was shelled.", "2021-01-03", "2020-12-28"),
        ("On December 28 the village was shelled.", "2020-12-14", "2019-12-28"),
        ("On December 15 the village was shelled.", "2020-12-14", "2020-12-15"),  # slack
        ("On December 16 the village was shelled.", "2020-12-14", "2020-12-16"),  # slack
        ("On December 17 the village was shelled.", "2020-12-14", "2019-12-17"),
        ("On January 2 the village was shelled.", "2020-12-31", "2021-01-02"),
        ("On January 5 the village was shelled.", "2020-12-31", "2020-01-05"),
        ("On February 29 the village was shelled.", "2021-03-01", "2020-02-29"),
        ("On February 29 the village was shelled.", "2020-03-01", "2020-02-29"),
        ("Le 31 décembre, des tirs.", "2021-01-02", "2020-12-31"),
        ("31 декабря начался обстрел.", "2021-01-02", "2020-12-31"),
    ],
)
def test_missing_year_is_the_latest_before_publication(text, published, iso):
    assert one(text, d(published)).span.start == d(iso)


def test_range_across_new_year_takes_the_year_of_its_end():
    m = one("Fighting on December 30 to January 2.", d("2021-01-03"))
    assert (m.span.start, m.span.end) == (d("2020-12-30"), d("2021-01-02"))


def test_explicit_years_are_kept_whatever_the_publication_date():
    assert one("It began on 12 December 2015.", d("2020-01-01")).span.start == d("2015-12-12")
    assert one("It began on 12 December 2025.", d("2020-01-01")).span.start == d("2025-12-12")


def test_publication_date_may_be_a_datetime():
    assert one("yesterday", datetime(2020, 12, 14, 23, 59)).span.start == d("2020-12-13")


# -- without a publication date ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("On December 12 the village was shelled.", "December 12"),
        ("Fighting flared in December.", "December"),
        ("В ночь на 13 декабря шли бои.", "В ночь на 13 декабря"),
        ("Clashes between 11 and 13 December.", "between 11 and 13 December"),
    ],
)
def test_without_publication_a_date_without_year_keeps_its_text(text, mention):
    m = one(text, None)
    assert m.text == mention and m.span.text == mention
    assert m.span.start is None and m.span.end is None and m.span.precision == "unknown"
    assert m.anchored is False and m.relative is False


@pytest.mark.parametrize(
    "text", ["yesterday", "last weekend", "on Sunday", "вчера", "il y a trois jours", "ночью"]
)
def test_without_publication_relative_dates_are_unknown(text):
    m = one(text, None)
    assert m.span == DateSpan.unknown(m.text)
    assert m.relative is True and m.anchored is False


def test_without_publication_dates_with_years_are_still_known():
    m = one("It began on 12 December 2020.", None)
    assert m.span.start == d("2020-12-12") and m.anchored is True
    assert one("Recorded 2020-12-12.", None).anchored is True
    assert one("Fighting flared in December 2020.", None).span.precision == "month"


# -- relative dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "start", "end"),
    [
        ("Shells fell today on the town.", "today", "2020-12-14", None),
        ("Shells fell yesterday on the town.", "yesterday", "2020-12-13", None),
        ("Shells fell yesterday morning.", "yesterday morning", "2020-12-13", None),
        ("Shells fell the day before yesterday.", "the day before yesterday", "2020-12-12", None),
        ("Shells may fall tonight.", "tonight", "2020-12-14", None),
        ("Shells fell this morning.", "this morning", "2020-12-14", None),
        ("Shells fell last night.", "last night", "2020-12-13", "2020-12-14"),
        ("Shells fell overnight on the town.", "overnight", "2020-12-13", "2020-12-14"),
        ("Shells fell on the farm the previous night.", "the previous night", "2020-12-13",
         "2020-12-14"),
        ("The farm was hit the night before.", "the night before", "2020-12-13", "2020-12-14"),
        ("Shells fell two days ago.", "two days ago", "2020-12-12", None),
        ("Shells fell three days ago.", "three days ago", "2020-12-11", None),
        ("Shells fell ten days ago.", "ten days ago", "2020-12-04", None),
        ("Shells fell 5 days ago.", "5 days ago", "2020-12-09", None),
        ("Shells fell a day ago.", "a day ago", "2020-12-13", None),
        ("Shells fell last weekend.", "last weekend", "2020-12-12", "2020-12-13"),
        ("Shells fell over the weekend.", "over the weekend", "2020-12-12", "2020-12-13"),
        ("Shells fell last week.", "last week", "2020-12-07", "2020-12-13"),
        ("Shells fell this week.", "this week", "2020-12-14", None),
        ("Shells fell in the past week.", "past week", "2020-12-07", "2020-12-14"),
    ],
)
def test_english_relative(text, mention, start, end):
    m = one(text)
    assert (m.text, m.span.start, m.span.end) == (mention, d(start), d(end or start))
    assert m.span.precision == ("day" if end is None else "range")
    assert m.relative is True and m.anchored is True


@pytest.mark.parametrize(
    ("text", "mention", "start", "end"),
    [
        # Monday 14 December: the latest Sunday is the 13th
        ("Shells fell on Sunday.", "Sunday", "2020-12-13", None),
        ("Shells fell last Sunday.", "last Sunday", "2020-12-13", None),
        ("Shells fell on Saturday.", "Saturday", "2020-12-12", None),
        ("Shells fell on Tuesday.", "Tuesday", "2020-12-08", None),
        # the publication's own weekday: itself for "on", a week back for "last"
        ("Shells fell on Monday.", "Monday", "2020-12-14", None),
        ("Shells fell last Monday.", "last Monday", "2020-12-07", None),
        ("Shells fell on Sunday night.", "Sunday night", "2020-12-13", "2020-12-14"),
        ("Shells fell on Sunday morning.", "Sunday morning", "2020-12-13", None),
        ("Shells fell on Saturday and Sunday.", "Saturday and Sunday", "2020-12-12", "2020-12-13"),
        ("Shells fell from Friday to Sunday.", "Friday to Sunday", "2020-12-11", "2020-12-13"),
        ("Shells fell Friday-Sunday.", "Friday-Sunday", "2020-12-11", "2020-12-13"),
        ("Shells fell last Friday night.", "last Friday night", "2020-12-11", "2020-12-12"),
        ("Azerbaijan said Sunday's attack failed.", "Sunday", "2020-12-13", None),
    ],
)
def test_weekdays(text, mention, start, end):
    m = one(text)
    assert (m.text, m.span.start, m.span.end) == (mention, d(start), d(end or start))
    assert m.relative is True


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Shells fell earlier this week.", "2020-12-14", "2020-12-16"),
        ("Shells fell last weekend.", "2020-12-12", "2020-12-13"),
        ("Shells fell last week.", "2020-12-07", "2020-12-13"),
        ("Shells fell on Thursday.", "2020-12-17", "2020-12-17"),
        ("Shells fell last Thursday.", "2020-12-10", "2020-12-10"),
        ("Shells fell on Friday.", "2020-12-11", "2020-12-11"),
        ("Shells fell on Monday and Tuesday.", "2020-12-14", "2020-12-15"),
        ("Shells fell on Sunday and Monday.", "2020-12-13", "2020-12-14"),
    ],
)
def test_weekday_arithmetic_midweek(text, start, end):
    m = one(text, THURSDAY)
    assert (m.span.start, m.span.end) == (d(start), d(end))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Fighting flared up at the end of September.", "2020-09-21", "2020-09-30"),
        ("The posts moved at the beginning of March 2021.", "2021-03-01", "2021-03-10"),
        ("Au début d'octobre, les tirs ont repris.", "2020-10-01", "2020-10-10"),
        ("À la fin de novembre, le calme est revenu.", "2020-11-21", "2020-11-30"),
    ],
)
def test_a_third_of_a_month_in_words(text, start, end):
    m = one(text)
    assert (m.span.start, m.span.end, m.span.precision) == (d(start), d(end), "range")


@pytest.mark.parametrize(
    ("text", "lang", "start", "end", "precision"),
    [
        # published Monday 14 December 2020: last month is November, this month runs to today
        ("A shepherd was shot near the pasture last month.", "en", "2020-11-01", "2020-11-30",
         "month"),
        ("Le mois dernier, deux maisons ont brûlé.", "fr", "2020-11-01", "2020-11-30", "month"),
        ("В прошлом месяце у села погиб пастух.", "ru", "2020-11-01", "2020-11-30", "month"),
        ("Earlier this month, the post was fired upon.", "en", "2020-12-01", "2020-12-14",
         "range"),
        ("Ce mois-ci, les tirs ont repris.", "fr", "2020-12-01", "2020-12-14", "range"),
        ("В этом месяце обстрелы участились.", "ru", "2020-12-01", "2020-12-14", "range"),
    ],
)
def test_months_relative_to_publication(text, lang, start, end, precision):
    m = one(text, lang=lang)
    assert (m.span.start, m.span.end, m.span.precision) == (d(start), d(end), precision)
    assert m.relative is True


@pytest.mark.parametrize(
    ("published", "start"),
    [
        ("2020-12-12", "2020-12-05"),  # a Saturday: the weekend before
        ("2020-12-13", "2020-12-05"),  # a Sunday: still the weekend before
        ("2020-12-14", "2020-12-12"),
        ("2020-12-18", "2020-12-12"),
    ],
)
def test_last_weekend_is_a_whole_weekend_before_publication(published, start):
    m = one("It happened last weekend.", d(published))
    assert (m.span.start, m.span.end) == (d(start), d(start) + timedelta(days=1))


@pytest.mark.parametrize(
    ("text", "mention", "start", "end"),
    [
        ("Вчера обстреляли село.", "Вчера", "2020-12-13", None),
        ("Сегодня обстреляли село.", "Сегодня", "2020-12-14", None),
        ("Позавчера обстреляли село.", "Позавчера", "2020-12-12", None),
        ("Накануне обстреляли село.", "Накануне", "2020-12-13", None),
        ("Вчера вечером обстреляли село.", "Вчера вечером", "2020-12-13", None),
        ("Ночью обстреляли село.", "Ночью", "2020-12-13", "2020-12-14"),
        ("Сегодня ночью обстреляли село.", "Сегодня ночью", "2020-12-13", "2020-12-14"),
        ("В минувшие выходные было тихо.", "минувшие выходные", "2020-12-12", "2020-12-13"),
        ("На прошлой неделе было тихо.", "На прошлой неделе", "2020-12-07", "2020-12-13"),
        ("В субботу обстреляли село.", "субботу", "2020-12-12", None),
        ("В прошлую субботу было тихо.", "прошлую субботу", "2020-12-12", None),
        ("В прошлый понедельник было тихо.", "прошлый понедельник", "2020-12-07", None),
        ("В субботу и воскресенье.", "субботу и воскресенье", "2020-12-12", "2020-12-13"),
        ("В ночь на воскресенье.", "В ночь на воскресенье", "2020-12-12", "2020-12-13"),
        ("В ночь с пятницы на субботу.", "В ночь с пятницы на субботу", "2020-12-11", "2020-12-12"),
        ("В ночь со среды на четверг.", "В ночь со среды на четверг", "2020-12-09", "2020-12-10"),
        ("Два дня назад обстреляли село.", "Два дня назад", "2020-12-12", None),
        ("5 дней назад обстреляли село.", "5 дней назад", "2020-12-09", None),
    ],
)
def test_russian_relative(text, mention, start, end):
    m = one(text)
    assert (m.text, m.span.start, m.span.end) == (mention, d(start), d(end or start))
    assert m.relative is True


@pytest.mark.parametrize(
    ("text", "mention", "start", "end"),
    [
        ("Hier, le village a été bombardé.", "Hier", "2020-12-13", None),
        ("Aujourd'hui, le village a été bombardé.", "Aujourd'hui", "2020-12-14", None),
        ("Aujourd’hui, le village a été bombardé.", "Aujourd’hui", "2020-12-14", None),
        ("Avant-hier, le village a été bombardé.", "Avant-hier", "2020-12-12", None),
        ("Hier soir, le village a été bombardé.", "Hier soir", "2020-12-13", None),
        ("La veille, le village a été bombardé.", "La veille", "2020-12-13", None),
        ("Cette nuit, le village a été bombardé.", "Cette nuit", "2020-12-13", "2020-12-14"),
        (
            "Dans la nuit de samedi à dimanche, des tirs.",
            "Dans la nuit de samedi à dimanche",
            "2020-12-12",
            "2020-12-13",
        ),
        ("Le week-end dernier, des tirs.", "week-end dernier", "2020-12-12", "2020-12-13"),
        ("La semaine dernière, des tirs.", "La semaine dernière", "2020-12-07", "2020-12-13"),
        ("Samedi, des tirs ont visé le village.", "Samedi", "2020-12-12", None),
        ("Samedi dernier, des tirs.", "Samedi dernier", "2020-12-12", None),
        ("Il y a trois jours, des tirs.", "Il y a trois jours", "2020-12-11", None),
        ("Il y a 2 jours, des tirs.", "Il y a 2 jours", "2020-12-12", None),
    ],
)
def test_french_relative(text, mention, start, end):
    m = one(text)
    assert (m.text, m.span.start, m.span.end) == (mention, d(start), d(end or start))
    assert m.relative is True


@pytest.mark.parametrize(("text", "mention", "day"), [
    ("The road was closed a week ago.", "a week ago", "2020-12-07"),
    ("Shots were fired two weeks ago.", "two weeks ago", "2020-11-30"),
    ("Shots were fired 3 weeks ago.", "3 weeks ago", "2020-11-23"),
    ("La route a été fermée il y a une semaine.", "il y a une semaine", "2020-12-07"),
    ("Дорогу перекрыли неделю назад.", "неделю назад", "2020-12-07"),
    ("Дорогу перекрыли две недели назад.", "две недели назад", "2020-11-30"),
    ("A year ago, the village was shelled.", "A year ago", "2019-12-14"),
    ("Il y a deux ans, des tirs.", "Il y a deux ans", "2018-12-14"),
    ("Год назад село обстреляли.", "Год назад", "2019-12-14"),
])
def test_weeks_and_years_ago(text, mention, day):
    m = one(text)
    assert (m.text, m.span.start, m.span.end, m.relative) == (mention, d(day), d(day), True)


@pytest.mark.parametrize("text", ["Ce soir-là, des tirs.", "Ce matin-là, des tirs.",
                                  "Cet après-midi-là, des tirs."])
def test_that_evening_in_french_is_no_today(text):
    assert found(text) == []


def test_eve_of_something_else_is_not_the_day_before_publication():
    assert found("La veille de l'attaque, le village était calme.") == []


# -- what is not a date ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "They may attack the village again.",
        "As many as 12 may have died in the strike.",
        "Columns of troops march through the valley.",
        "Troops March 5 km To The Border",
        "Four soldiers were killed; 4 soldiers and 2 civilians were wounded.",
        "The front line has barely moved since the 1990s.",
        "The siren sounded at 12:30 local time.",
        "A Su-25 flew over the district.",
        "A 122-mm howitzer and 12 mortars were seized.",
        "The ministry counted 1,200 shells and 35 drones.",
        "Resolution 884 of the Security Council.",
        "The 5th brigade and the 3rd battalion moved north.",
        "The surface of Mars is cold.",
        "May God protect them, the priest said.",
        "May 4 soldiers rest in peace.",
        "Version 1.12.3 of the software.",
        "Il y a sept soldats blessés.",
        "Le village est calme. La situation reste tendue.",
        "Уровень загрязнения окружающей среды вырос.",
        "In the district, 12 houses burned.",
        "",
    ],
)
def test_no_false_hits(text):
    assert found(text) == []


def test_a_casualty_count_next_to_a_weekday_is_not_part_of_it():
    assert [m[0] for m in found("On Sunday, 4 soldiers were killed.")] == ["Sunday"]


def test_a_number_glued_to_a_designation_is_not_a_day():
    assert [m[0] for m in found("A Su-25 December 12 sortie.")] == ["December 12"]


# -- languages ---------------------------------------------------------------------------------


def test_lang_limits_the_words_read():
    assert found("Hier soir, des tirs.", lang="en") == []
    assert found("Hier soir, des tirs.", lang="fr") != []
    assert found("Les combats du 11 au 13 décembre.", lang="en") == []
    assert found("Les combats du 11 au 13 décembre.", lang="fr-FR") != []
    assert found("Бои шли 12 декабря.", lang="fr") == []
    assert found("Бои шли 12 декабря.", lang="ru") != []
    assert found("It began on 12 Dec.", lang="fr") != []  # "dec" is French too
    assert found("Recorded 12.12.2020.", lang="ru") != []  # numbers belong to every language


def test_unknown_lang_accepts_every_language():
    assert found("вчера и hier", lang="hy") == found("вчера и hier")
    assert len(found("вчера и hier")) == 2


# -- offsets and order -------------------------------------------------------------------------


def test_offsets_point_into_the_original_text():
    text = (
        "KÖHNƏ TAĞLAR — İstisu residents said that on December 12 shells fell; "
        "Армянская сторона заявила, что в ночь на 13 декабря шли бои. "
        "Le 1er décembre 2020, selon l'AFP… Yesterday, too. 2020-12-12."
    )
    mentions = find_dates(text, MONDAY)
    assert [m.text for m in mentions] == [
        "December 12",
        "в ночь на 13 декабря",
        "1er décembre 2020",
        "Yesterday",
        "2020-12-12",
    ]
    for m in mentions:
        assert text[m.start : m.end] == m.text == m.span.text


def test_mentions_are_sorted_and_separate():
    text = "On December 11 and on Sunday, yesterday and today; 12 декабря, hier, 2020-12-10."
    mentions = find_dates(text, MONDAY)
    assert len(mentions) == 7
    assert all(a.end <= b.start for a, b in pairwise(mentions))


def test_a_date_at_the_very_start_and_end_of_the_text():
    assert [m[0] for m in found("December 12")] == ["December 12"]
    assert [m[0] for m in found("12 декабря")] == ["12 декабря"]
    assert [m.start for m in find_dates("yesterday", MONDAY)] == [0]


def test_whitespace_and_line_breaks_inside_an_expression():
    assert span("on 12\nDecember") == ("12\nDecember", "2020-12-12", "2020-12-12", "day")
    assert span("on December\u00a012") == ("December\u00a012", "2020-12-12", "2020-12-12", "day")


# -- robustness --------------------------------------------------------------------------------

FRAGMENTS = [
    "December 12",
    "12 декабря",
    "le 1er décembre",
    "yesterday",
    "last weekend",
    "в ночь на 13",
    "between 11 and",
    "2020-12-",
    "12.12.",
    "may",
    "March",
    "Su-25",
    "12:30",
    "İ",
    "\x00",
    "\n",
    " ",
    "-",
    "dans la nuit de",
    "il y a",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=30).map("".join),
    st.one_of(st.none(), st.dates()),
    st.sampled_from([None, "en", "fr", "ru", "xx"]),
)
def test_never_crashes_and_offsets_are_sound(text, published, lang):
    mentions = find_dates(text, published, lang)
    previous_end = 0
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert m.start >= previous_end
        assert text[m.start : m.end] == m.text == m.span.text
        assert m.anchored == (m.span.precision != "unknown")
        previous_end = m.end


@settings(max_examples=100, deadline=None)
@given(st.text(), st.one_of(st.none(), st.dates()))
def test_never_crashes_on_arbitrary_text(text, published):
    for m in find_dates(text, published):
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize("published", [date.min, date.max, date(1, 1, 3), date(9999, 12, 30)])
def test_extreme_publication_dates(published):
    text = "On December 31, yesterday, last week and on Sunday, February 29 and 2020-12-12."
    for m in find_dates(text, published):
        assert text[m.start : m.end] == m.text


def test_long_and_repetitive_inputs():
    line = "x" * 1_000_000 + " on December 12"
    assert [m.text for m in find_dates(line, MONDAY)] == ["December 12"]
    assert len(find_dates("May " * 50_000, MONDAY)) == 0
    assert len(find_dates("12 " * 50_000 + "December", MONDAY)) == 1
    assert len(find_dates("between 1 and " * 20_000, MONDAY)) == 0
    assert len(find_dates("December 12 " * 10_000, MONDAY)) == 10_000
    assert len(find_dates("\u0130 " * 100_000 + "вчера", MONDAY)) == 1


def test_importing_pulls_in_only_the_standard_library():
    code = (
        "import sys; before = set(sys.modules); import mapper.dates; "
        "new = {m.split('.')[0] for m in set(sys.modules) - before}; "
        "print(sorted(new - set(sys.stdlib_module_names)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "['mapper']"


@pytest.mark.parametrize(
    ("value", "start", "end", "precision"),
    [
        ("13/09/2022", "2022-09-13", "2022-09-13", "day"),
        ("09/13/2022", "2022-09-13", "2022-09-13", "day"),  # a field over 12 is the day
        ("03/04/2022", "2022-04-03", "2022-04-03", "day"),  # day first
        ("13-09-2022", "2022-09-13", "2022-09-13", "day"),
        ("13 September 2022", "2022-09-13", "2022-09-13", "day"),
        ("1st Sept. 2022", "2022-09-01", "2022-09-01", "day"),
        ("September 13, 2022", "2022-09-13", "2022-09-13", "day"),
        ("Sep 13 2022", "2022-09-13", "2022-09-13", "day"),
        ("13 сентября 2022", "2022-09-13", "2022-09-13", "day"),
        ("13 septembre 2022", "2022-09-13", "2022-09-13", "day"),
        ("Sep 2022", "2022-09-01", "2022-09-30", "month"),
        ("February 2024", "2024-02-01", "2024-02-29", "month"),
        ("2022-09-13T03:00", "2022-09-13", "2022-09-13", "day"),
        ("2022-09-13 03:00:00+04:00", "2022-09-13", "2022-09-13", "day"),
        ("13/09/2022..15/09/2022", "2022-09-13", "2022-09-15", "range"),
        # a spreadsheet's date-time and long date formats (Excel's in en-GB, ru and en-US)
        ("13/09/2022 03:00", "2022-09-13", "2022-09-13", "day"),
        ("13.09.2022 03:00:00", "2022-09-13", "2022-09-13", "day"),
        ("9/13/2022 3:00 PM", "2022-09-13", "2022-09-13", "day"),
        ("Tuesday, September 13, 2022", "2022-09-13", "2022-09-13", "day"),
        ("Tuesday 13 September 2022", "2022-09-13", "2022-09-13", "day"),
        ("Sat, 12 Dec 2020 10:00:00 +0000", "2020-12-12", "2020-12-12", "day"),
        # Excel's d-mmm-yyyy, and ACLED's older downloads' 12-December-2020: had been errors
        ("12-Dec-2020", "2020-12-12", "2020-12-12", "day"),
        ("12-December-2020", "2020-12-12", "2020-12-12", "day"),
        ("12-дек-2020", "2020-12-12", "2020-12-12", "day"),
    ],
)
def test_sheet_dates(value, start, end, precision):
    span = parse_date_field(value)
    assert (span.start.isoformat(), span.end.isoformat(), span.precision) == (start, end, precision)
    assert span.text == value  # the time of a date-time is kept in the text


@pytest.mark.parametrize(
    ("value", "warned"),
    [("03/04/2022", True), ("13/09/2022", False), ("09/13/2022", False), ("04/04/2022", False),
     ("03.04.2022", False), ("2022-04-03", False), ("01/02/2022..03/02/2022", True),
     ("03/04/2022 10:00", True)],
)
def test_ambiguous_day_month_is_warned(value, warned):
    message = date_ambiguity(value)
    assert (message is not None) == warned
    if warned:
        assert "day first" in message and "month first" in message


@pytest.mark.parametrize("text", [
    "Over the past day two violations were recorded.",
    "in the past 24 hours",
    "За прошедшие сутки зафиксировано одно нарушение.",
    "В минувшие сутки противник трижды открывал огонь.",
    "В течение суток было зафиксировано два нарушения.",
    "au cours des dernières 24 heures",
])
def test_a_daily_bulletins_past_day_is_the_day_before_and_its_own(text):
    (found,) = find_dates(text, date(2023, 9, 14))
    assert (found.span.start, found.span.end) == (date(2023, 9, 13), date(2023, 9, 14))


@pytest.mark.parametrize(("text", "first"), [
    ("Shells have hit the farms over the past two days.", date(2023, 9, 13)),
    ("Gunfire was heard in the last three days, villagers say.", date(2023, 9, 12)),
    ("Les tirs se poursuivent depuis deux jours près du village.", date(2023, 9, 13)),
    ("Ces trois derniers jours, les habitants ont quitté leurs maisons.", date(2023, 9, 12)),
    ("Обстрелы продолжаются уже в течение двух дней.", date(2023, 9, 13)),
    ("За последние трое суток зафиксированы три нарушения.", date(2023, 9, 12)),
])
def test_the_past_days_counted_end_on_the_day_they_are_told(text, first):
    (found,) = find_dates(text, date(2023, 9, 14))
    assert (found.span.start, found.span.end) == (first, date(2023, 9, 14))
    assert found.relative


@pytest.mark.parametrize("text", [
    "The talks will go on for two days.",  # a length of time, not days up to the telling
    "Les négociations se tiendront pendant deux jours à Moscou.",
    "Воду обещали дать в течение двух дней после ремонта.",
])
def test_a_count_of_days_that_runs_to_no_telling_is_no_date(text):
    assert find_dates(text, date(2023, 9, 14)) == []


@pytest.mark.parametrize(("text", "days"), [
    # a span after something, not the bulletin's past day
    ("Свет в селе не появился в течение суток после обстрела.", []),
    # all of a named day long
    ("13 сентября в течение суток противник обстреливал позиции.", [date(2023, 9, 13)]),
    ("В течение суток 13 сентября противник обстреливал позиции.", [date(2023, 9, 13)]),
])
def test_within_a_day_of_something_else_is_no_bulletins_past_day(text, days):
    assert [m.span.start for m in find_dates(text, date(2023, 9, 14))] == days


@pytest.mark.parametrize(("text", "mention"), [
    ("The day before, troops shelled the ridge.", "The day before"),
    ("The previous day a drone hit a post.", "The previous day"),
    ("A post came under fire a day earlier.", "a day earlier"),
])
def test_the_day_before_the_report_is_its_eve(text, mention):
    m = one(text)
    assert m.text == mention
    assert m.span.start == m.span.end == d("2020-12-13") and m.relative is True


@pytest.mark.parametrize("text", ["The day before the ceasefire, guns fell silent.",
                                  "The previous day's attack was repelled."])
def test_the_day_before_an_event_named_after_it_is_not_the_report_s_eve(text):
    assert find_dates(text, MONDAY) == []


@pytest.mark.parametrize("value", ["12-Dec-20", "12.12.20", "12/12/20", "12 Dec 20"])
def test_a_year_in_two_digits_is_an_error_that_says_so(value):
    # Excel's d-mmm-yy: 1920, 1992 or 2020 (a war of 1992 is in scope) is not guessed
    with pytest.raises(DataError, match="write its year in four digits"):
        parse_date_field(value)


def test_a_weekday_that_does_not_fit_the_date_is_an_error():
    with pytest.raises(DataError, match="Tuesday"):
        parse_date_field("Monday, September 13, 2022")


@pytest.mark.parametrize(
    "text",
    [
        "On December 9, overnight, shells fell on the farm.",
        "Le 9 décembre, dans la nuit, des obus sont tombés sur la ferme.",
        "9 декабря ночью снаряды упали на ферму.",
    ],
)
def test_night_right_after_a_date_is_that_dates(text):
    """A night word right after a date tells the part of that day, not the night before the
    report."""
    assert [(m.span.start, m.span.end) for m in find_dates(text, MONDAY)] == [
        (d("2020-12-09"), d("2020-12-09"))]


def test_the_night_before_something_is_no_date():
    assert find_dates("The night before the vote was calm.", MONDAY) == []


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("A mine wounded a shepherd on December 3. The previous day, shots were heard.", "en",
     "2020-12-02"),
    ("Gunfire was reported on December 3; a day earlier, a drone had flown over.", "en",
     "2020-12-02"),
    ("Le 3 décembre, un berger a été blessé. La veille, des tirs avaient été entendus.", "fr",
     "2020-12-02"),
    ("3 декабря был ранен пастух. Накануне вечером слышались выстрелы.", "ru", "2020-12-02"),
    # no day told before it: the day before the report
    ("The previous day, shots were heard near the farm.", "en", "2020-12-13"),
    ("Накануне слышались выстрелы.", "ru", "2020-12-13"),
    # a day told in another paragraph is not the one it counts from
    ("A mine wounded a shepherd on December 3.\n\nThe previous day, shots were heard.", "en",
     "2020-12-13"),
])
def test_the_day_before_a_day_told_counts_from_that_day(text, lang, day):
    """"The previous day", "a day earlier", "la veille", "накануне" right after a day the text
    told: the day before that one, as "the next day" is the day after it; alone, the day
    before the report."""
    assert find_dates(text, MONDAY, lang)[-1].span.start == d(day)


@pytest.mark.parametrize(("text", "mention", "start", "end"), [
    ("Shots were fired on May 3, 4, 5 and 6.", "May 3, 4, 5 and 6", "2020-05-03", "2020-05-06"),
    ("Shots were fired on May 3, 4, 5, 6.", "May 3, 4, 5, 6", "2020-05-03", "2020-05-06"),
    ("Des tirs les 3, 4 et 5 mai.", "3, 4 et 5 mai", "2020-05-03", "2020-05-05"),
    ("Обстрелы 3, 4 и 5 мая.", "3, 4 и 5 мая", "2020-05-03", "2020-05-05"),
])
def test_a_list_of_days_is_its_first_to_its_last(text, mention, start, end):
    m = one(text)
    assert (m.text, m.span.start, m.span.end) == (mention, d(start), d(end))


def test_a_count_after_a_day_is_no_list():
    assert [m.text for m in find_dates("On May 3, 14 soldiers were hurt.", MONDAY)] == ["May 3"]


def test_a_list_of_days_out_of_order_keeps_its_first_day():
    """Not a span of them, but the first day stays told, as before lists of days were read."""
    assert [(start, end) for _, start, end, _ in found("Shells fell on April 16, 15, 14.")] == [
        ("2020-04-16", "2020-04-16")]


def test_a_long_list_of_numbers_is_read_once():
    """Each number of a list opens a date; a list of days is at most a month's, so the list is
    not read again to its end from each (20,000 numbers took half a minute)."""
    text = ", ".join(str(i % 31 + 1) for i in range(20_000)) + " May"
    started = time.perf_counter()
    find_dates(text, MONDAY)
    assert time.perf_counter() - started < 3


def test_a_list_of_days_ending_in_a_count_is_its_first_day():
    """"On May 2, 3 and 4 soldiers were wounded": 4 soldiers, not May 2 to 4."""
    assert [m.text for m in find_dates("On May 2, 3 and 4 soldiers were wounded.", MONDAY)] == [
        "May 2"]


@pytest.mark.parametrize(("text", "lang", "mention"), [
    ("The two armies fought for weeks last year.", "en", "last year"),
    ("Les deux armées se sont battues l'an dernier.", "fr", "l'an dernier"),
    ("Les deux armées se sont battues l’année passée.", "fr", "l’année passée"),
    ("В прошлом году армии воевали неделями.", "ru", "В прошлом году"),
])
def test_last_year_is_the_whole_year_before_publication(text, lang, mention):
    assert found(text, date(2021, 5, 20), lang) == [(mention, "2020-01-01", "2020-12-31", "year")]


@pytest.mark.parametrize(("text", "mention", "start", "end"), [
    ("The road was shut on December 12 last year.", "December 12 last year", "2020-12-12",
     "2020-12-12"),
    ("Clashes in May of last year killed dozens.", "May of last year", "2020-05-01",
     "2020-05-31"),
    ("La route a été fermée le 12 décembre de l'année dernière.",
     "12 décembre de l'année dernière", "2020-12-12", "2020-12-12"),
])
def test_a_day_or_month_of_last_year_is_one_date_in_that_year(text, mention, start, end):
    assert [row[:3] for row in found(text, date(2021, 5, 20))] == [(mention, start, end)]


@pytest.mark.parametrize(("text", "lang", "mention"), [
    ("Shells hit the village on 12 May. The next day, more fell on it.", "en", "The next day"),
    ("Le 12 mai, le village a été bombardé. Le lendemain, d'autres obus sont tombés.", "fr",
     "Le lendemain"),
    ("12 мая село обстреляли, а на следующий день обстрел повторился.", "ru",
     "на следующий день"),
])
def test_the_next_day_is_the_day_after_the_one_just_told(text, lang, mention):
    assert found(text, date(2021, 5, 20), lang)[-1] == (mention, "2021-05-13", "2021-05-13", "day")


def test_the_next_day_with_no_day_told_before_it_is_no_date():
    assert found("The next day, more shells fell on the village.", date(2021, 5, 20)) == []


@pytest.mark.parametrize("text", [
    "Over the last year, the village was shelled again and again.",
    "Shelling has not stopped in the last year.",
])
def test_the_last_year_is_the_past_twelve_months_not_the_calendar_year_before(text):
    assert found(text, date(2021, 5, 20)) == []


def test_a_weekday_before_last_year_is_not_moved_a_year_back():
    """"Monday last year" would be no Monday a year back: the weekday is dated as told."""
    assert found("The road was shut on Monday last year.", date(2021, 5, 20))[0] == (
        "Monday", "2021-05-17", "2021-05-17", "day")


@pytest.mark.parametrize(("text", "mention", "start", "end"), [
    ("Село обстреляли 12 марта прошлого года.", "12 марта прошлого года", "2020-03-12",
     "2020-03-12"),
    ("В марте прошлого года село обстреляли.", "марте прошлого года", "2020-03-01",
     "2020-03-31"),
])
def test_a_russian_day_of_last_year_in_the_genitive_is_that_year(text, mention, start, end):
    assert [row[:3] for row in found(text, date(2021, 5, 20))] == [(mention, start, end)]


def test_last_year_in_the_genitive_alone_is_a_noun_not_a_date():
    """"войны прошлого года" is "last year's war", as "last year's" is no date."""
    assert found("Последствия войны прошлого года видны до сих пор.", date(2021, 5, 20)) == []


@pytest.mark.parametrize("text", [
    "Activists have blocked the road since last year.",
    "La route est bloquée depuis l'an dernier.",
])
def test_since_last_year_is_an_action_going_on_still_not_a_date_last_year(text):
    """Dated last year, the blockade would be history and dropped from the report."""
    assert found(text, date(2021, 5, 20)) == []


@pytest.mark.parametrize(("text", "mention", "day"), [
    ("Shells hit the village on 12 May. Two days later, more fell on it.", "Two days later",
     "2021-05-14"),
    ("Shells hit the village on 12 May. A day later, more fell on it.", "A day later",
     "2021-05-13"),
    ("Shells hit the village on 12 May. 3 days later, more fell on it.", "3 days later",
     "2021-05-15"),
    ("Le 12 mai, des obus sont tombés sur le village. Deux jours plus tard, d'autres sont "
     "tombés.", "Deux jours plus tard", "2021-05-14"),
    ("Le 12 mai, des obus sont tombés sur le village. Trois jours après, d'autres sont "
     "tombés.", "Trois jours après", "2021-05-15"),
    ("12 мая село обстреляли. Спустя два дня снаряды снова упали на село.", "Спустя два дня",
     "2021-05-14"),
    ("12 мая село обстреляли. Через три дня снаряды снова упали на село.", "Через три дня",
     "2021-05-15"),
    ("12 мая село обстреляли. Два дня спустя снаряды снова упали на село.", "Два дня спустя",
     "2021-05-14"),
])
def test_days_later_count_from_the_day_just_told(text, mention, day):
    assert found(text, date(2021, 5, 20))[-1] == (mention, day, day, "day")


def test_days_after_something_named_count_from_it_not_from_the_day_told():
    text = ("Le 12 mai, des obus sont tombés sur le village. Trois jours après la signature de "
            "l'accord, d'autres sont tombés.")
    assert [m for m, *_ in found(text, date(2021, 5, 20))] == ["12 mai"]


def test_days_later_with_no_day_told_before_them_are_no_date():
    assert found("Two days later, more shells fell on the village.", date(2021, 5, 20)) == []


@pytest.mark.parametrize("text,day", [
    ("5-го числа военные обстреляли село", "2020-12-05"),
    ("Le 12 courant, des tirs ont visé le village", "2020-12-12"),
    ("20-го числа военные обстреляли село", "2020-11-20"),  # after the report's day: last month
])
def test_a_day_of_the_month_alone_is_the_last_such_day(text, day):
    found = find_dates(text, MONDAY)
    assert [(m.span.start, m.span.end) for m in found] == [(d(day), d(day))]
