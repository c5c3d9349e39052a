"""Dates in analysts' records and in report text, read against a report's publication date.

Two entry points:

- :func:`parse_date_field` reads one structured value typed by an analyst (``2020-12-12``,
  ``2020-12``, ``12.12.2020``, ``2020-12-11/2020-12-13``) and raises :class:`DataError` on
  anything else.
- :func:`find_dates` finds every date expression in a report's text, in English, French or
  Russian: absolute (``12 December 2020``, ``12 декабря``, ``le 1er décembre``), partial (``in
  December 2020``) and relative (``yesterday``, ``last weekend``, ``в минувшие выходные``), and
  resolves each against the publication date.

How ``find_dates`` stays fast: text without dates is the common case. The whole grammar is one
regex that ``re`` tries only at the start of a word (it skips to the next separator in C), and
only after a cheap test that the word can begin a date at all: a digit, a month or weekday, or
one of a few dozen openers such as "yesterday", "last", "в ночь". Every repeat is bounded, so no
input makes the matching backtrack badly.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import cache, lru_cache

from mapper.errors import DataError
from mapper.model import DateSpan

__all__ = ["DateMention", "date_ambiguity", "find_dates", "parse_date_field"]

# --------------------------------------------------------------------------------------------
# Structured fields
# --------------------------------------------------------------------------------------------

_YMD = re.compile(r"([0-9]{4})([-/])([0-9]{1,2})\2([0-9]{1,2})")
# Sheets: 13/09/2022, 13.09.2022, 13-09-2022 (day first unless a field over 12 says otherwise).
_DMY = re.compile(r"([0-9]{1,2})([./-])([0-9]{1,2})\2([0-9]{4})")
# ISO date-times: the day is the date; the time stays in the text (date_text).
_DATETIME = re.compile(
    r"([0-9]{4}-[0-9]{1,2}-[0-9]{1,2})[T ][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?"
    r"(?:Z|[+-][0-9]{2}:?[0-9]{2})?"
)
# A sheet's date-time in any of the day forms (13/09/2022 03:00, 9/13/2022 3:00 PM): the day.
_TIME_AFTER = re.compile(
    r"(.+?[0-9])(?:T|,?\s+)(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\.[0-9]+)?)?"
    r"(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:Z|UTC|[+-][0-9]{2}:?[0-9]{2}))?"
)
# A long date format's weekday (Tuesday, September 13, 2022), checked against the day.
_WEEKDAY_BEFORE = re.compile(r"([^\W\d_]+)\.?,?\s+(.+)")
# 13 September 2022, and Excel's 13-Sep-2022
_D_MONTH_Y = re.compile(
    r"([0-9]{1,2})(?:st|nd|rd|th|er)?(?:\s+|-)([^\W\d_]+)\.?,?(?:\s+|-)([0-9]{4})")
_MONTH_D_Y = re.compile(r"([^\W\d_]+)\.?\s+([0-9]{1,2})(?:st|nd|rd|th)?,?\s+([0-9]{4})")
_MONTH_Y = re.compile(r"([^\W\d_]+)\.?,?\s+([0-9]{4})")
_YM = re.compile(r"([0-9]{4})-([0-9]{1,2})")
_Y = re.compile(r"[0-9]{4}")
_RANGE_SEPARATORS = ("/", "..")
#: How analysts also join the two ends of a range: "12/09/2022 - 13/09/2022" (a hyphen with a
#: space on each side, never inside a date), "12.09.2022–13.09.2022", "... to ...".
_TYPED_RANGE = re.compile(r"\s+(?:-|to)\s+|\s*[–—]\s*", re.I)
#: What a sheet may write around a date that the text grammar reads whole: a Russian year word
#: after it ("13.09.2022 г.", "13 сентября 2022 года").
_YEAR_WORD = re.compile(r"\s*(?:гг?\.?|года?)\s*", re.I)
#: ... and words before it that tell the part of the day or the preposition ("night of 12-13
#: Sept 2022", "on 13 September 2022", "la nuit du 12 au 13 septembre 2022").
_BEFORE_DATE = re.compile(
    r"\s*(?:(?:the\s+)?(?:night|evening|morning|afternoon)\s+of|on|la\s+nuit|le\s+soir|"
    r"le\s+matin)?\s*", re.I)
_SHORT_YEAR = re.compile(r"[0-9]{1,2}[-./ ](?:[0-9]{1,2}|[^\W\d_]+\.?)[-./ ][0-9]{2}")


def parse_date_field(value: str, end: str | None = None) -> DateSpan:
    """Read a date typed into a structured record.

    Parameters
    ----------
    value
        ``2020-12-12``, ``2020/12/12``, ``12.12.2020``, ``13/09/2022`` (day first unless a
        field over 12 says otherwise: :func:`date_ambiguity` tells when it cannot),
        ``13 September 2022``, ``13-Sep-2022``, ``September 13, 2022``, ``2022-09-13T03:00``
        or ``13/09/2022 03:00`` (the day; the time stays in the span's text), ``Tuesday,
        September 13, 2022``
        (the weekday must fit) (day); ``2020-12``, ``Sep 2022`` (month); ``2020`` (year); or
        a range of two of these joined by ``/``, ``..``, `` - ``, ``–`` or `` to ``. Else a
        date that report text writes, with its year, read as a report's is: ``12-13 September
        2022``, ``Sept. 12–13, 2022``, ``mid-September 2022`` (a range), ``13 сентября 2022
        года`` and ``13.09.2022 г.`` (the day).
        Surrounding whitespace is ignored; an empty value is an unknown date.
    end
        The end of a range, when the record keeps it in a field of its own.

    Raises
    ------
    DataError
        When the value is not one of these forms, or a range ends before it starts.

    Examples
    --------
    >>> parse_date_field("2020-12")
    DateSpan(start=datetime.date(2020, 12, 1), end=datetime.date(2020, 12, 31), \
precision='month', text='2020-12')
    >>> parse_date_field("12.12.2020", end="13.12.2020").precision
    'range'
    """
    raw = value.strip()
    raw_end = (end or "").strip()
    if not raw:
        if raw_end:
            raise DataError(f"date range has an end {raw_end!r} but no start")
        return DateSpan.unknown()
    if raw_end:
        first, last = _parse_single(raw), _parse_single(raw_end)
        return _join(first, last, f"{raw}/{raw_end}")
    single = _parse_single(raw, strict=False)
    if single is not None:
        return single
    for parts in (*(raw.split(separator) for separator in _RANGE_SEPARATORS),
                  _TYPED_RANGE.split(raw)):
        if len(parts) == 2 and all(part.strip() for part in parts):
            try:
                first, last = (_parse_single(part.strip()) for part in parts)
            except DataError:
                continue
            return _join(first, last, raw)
    if (written := _as_written(raw)) is not None:
        return written
    if _SHORT_YEAR.fullmatch(raw):  # Excel's 12-Dec-20, 12.12.20: 1920, 1992 or 2020?
        raise DataError(f"date {raw!r} is not a date: write its year in four digits")
    raise DataError(f"date {raw!r} is not a date")


def _parse_single(raw: str, strict: bool = True) -> DateSpan | None:
    """One date, month or year; None (or DataError when ``strict``) if it is none of them."""
    try:
        if m := _YMD.fullmatch(raw):
            day = date(int(m[1]), int(m[3]), int(m[4]))
            return DateSpan(day, day, "day", raw)
        if m := _DMY.fullmatch(raw):
            first, second = int(m[1]), int(m[3])
            if second > 12 >= first:  # 09/13/2022: the second field is the day
                first, second = second, first
            day = date(int(m[4]), second, first)
            return DateSpan(day, day, "day", raw)
        if m := _DATETIME.fullmatch(raw):
            day = date.fromisoformat(_iso(m[1]))
            return DateSpan(day, day, "day", raw)
        if (m := _D_MONTH_Y.fullmatch(raw)) and m[2].casefold() in MONTHS:
            day = date(int(m[3]), MONTHS[m[2].casefold()], int(m[1]))
            return DateSpan(day, day, "day", raw)
        if (m := _MONTH_D_Y.fullmatch(raw)) and m[1].casefold() in MONTHS:
            day = date(int(m[3]), MONTHS[m[1].casefold()], int(m[2]))
            return DateSpan(day, day, "day", raw)
        if (m := _MONTH_Y.fullmatch(raw)) and m[1].casefold() in MONTHS:
            first = date(int(m[2]), MONTHS[m[1].casefold()], 1)
            return DateSpan(first, _month_end(first), "month", raw)
        if m := _YM.fullmatch(raw):
            first = date(int(m[1]), int(m[2]), 1)
            return DateSpan(first, _month_end(first), "month", raw)
        if _Y.fullmatch(raw):
            year = int(raw)
            return DateSpan(date(year, 1, 1), date(year, 12, 31), "year", raw)
    except (ValueError, OverflowError):
        raise DataError(f"date {raw!r} is not a date") from None
    m = _TIME_AFTER.fullmatch(raw)
    if m and (day := _parse_single(m[1], strict=False)) and day.precision == "day":
        return DateSpan(day.start, day.end, "day", raw)
    if (m := _WEEKDAY_BEFORE.fullmatch(raw)) and (
        weekday := WEEKDAYS.get(m[1].casefold(), _SHEET_WEEKDAYS.get(m[1].casefold()))
    ) is not None:
        day = _parse_single(m[2], strict=False)
        if day and day.precision == "day":
            if weekday != day.start.weekday():
                raise DataError(f"date {raw!r} is not a date: {m[2]} is a {day.start:%A}")
            return DateSpan(day.start, day.end, "day", raw)
    if strict:
        raise DataError(f"date {raw!r} is not a date")
    return None


def _as_written(raw: str) -> DateSpan | None:
    """The date a sheet's value writes as report text does, when the text grammar reads one
    date, with its year, from the whole value (a Russian year word after it, the part of the day
    or "on" before it aside); else None.
    Nothing relative: without a report there is no day to count from."""
    mentions = find_dates(raw, None)
    if len(mentions) != 1:
        return None
    m = mentions[0]
    if not m.anchored or m.relative or m.span.start is None or m.span.end is None:
        return None
    if not _BEFORE_DATE.fullmatch(raw[: m.start]) or (
            raw[m.end:].strip() and not _YEAR_WORD.fullmatch(raw[m.end:])):
        return None
    return DateSpan(m.span.start, m.span.end, m.span.precision, raw)


def _iso(text: str) -> str:
    """``2022-9-3`` -> ``2022-09-03``."""
    y, m, d = text.split("-")
    return f"{y}-{int(m):02d}-{int(d):02d}"


def writes_day_first(values: Iterable[str]) -> bool:
    """Whether a sheet's column of dates shows it writes the day first: some date's first field
    is over 12 (13/09/2022, with slashes or dashes) and no date's second is (09/13/2022). Its
    dates that could be read two ways (03/04/2022) are then read so without a doubt."""
    day = month = False
    for value in values:
        for m in _DMY.finditer(value):
            if m[2] != ".":  # 13.09.2022 is day first wherever dots are written: no sign
                day = day or int(m[1]) > 12 >= int(m[3])
                month = month or int(m[3]) > 12 >= int(m[1])
    return day and not month


def date_ambiguity(value: str) -> str | None:
    """Why a sheet date could be read two ways, or None.

    >>> date_ambiguity("03/04/2022")
    "date '03/04/2022' read day first as 2022-04-03; month first it would be 2022-03-04"
    >>> date_ambiguity("13/09/2022") is None
    True
    """
    parts = [(t[1] if (t := _TIME_AFTER.fullmatch(part.strip())) else part).strip()
             for half in value.split("..") for part in _TYPED_RANGE.split(half)]
    fields = [(m, int(m[1]), int(m[3])) for part in parts if (m := _DMY.fullmatch(part))]
    if len(fields) > 1 and any(a > 12 >= b for _, a, b in fields) and not any(
            b > 12 >= a for _, a, b in fields):
        return None  # a range's other end writes its day first (12/09/2022 - 13/09/2022)
    for m, a, b in fields:
        # 03.04.2022 is day first wherever dots are written; slashes and dashes are not.
        if m[2] != "." and a != b and a <= 12 and b <= 12:
            try:
                read, other = date(int(m[4]), b, a), date(int(m[4]), a, b)
            except ValueError:
                continue
            return (
                f"date {value.strip()!r} read day first as {read.isoformat()}; "
                f"month first it would be {other.isoformat()}"
            )
    return None


def _join(first: DateSpan, last: DateSpan, text: str) -> DateSpan:
    """The range from the start of ``first`` to the end of ``last``."""
    assert first.start and first.end and last.start and last.end
    if last.end < first.start:
        raise DataError(f"date range {text!r} ends before it starts")
    if (first.start, first.end) == (last.start, last.end):
        return DateSpan(first.start, first.end, first.precision, text)
    return DateSpan(first.start, last.end, "range", text)


def _month_end(first: date) -> date:
    """The last day of the month that ``first`` is in."""
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return following - timedelta(days=1)


# --------------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------------

LANGS = ("en", "fr", "ru")


def _wordlist(words: str) -> tuple[str, ...]:
    return tuple(words.split())


def _ru_forms(stems: dict[str, int], endings: str) -> dict[str, int]:
    return {stem + ending: n for stem, n in stems.items() for ending in endings.split("|")}


_EN_MONTHS = {
    name: n
    for n, name in enumerate(
        _wordlist(
            "january february march april may june july august september october november december"
        ),
        start=1,
    )
}
_EN_MONTH_ABBR = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_FR_MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}  # fmt: skip
_FR_MONTH_ABBR = {
    "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11,
    "déc": 12, "dec": 12,
}  # fmt: skip
_RU_MONTHS = {
    **_ru_forms(
        {"январ": 1, "феврал": 2, "апрел": 4, "июн": 6, "июл": 7, "сентябр": 9, "октябр": 10,
         "ноябр": 11, "декабр": 12},
        "ь|я|е|ю|ём|ем",
    ),
    **_ru_forms({"март": 3, "август": 8}, "|а|е|у|ом"),
    **_ru_forms({"ма": 5}, "й|я|е|ю|ем|ём"),
}  # fmt: skip
_RU_MONTH_ABBR = {
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "авг": 8, "сен": 9, "сент": 9,
    "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
}  # fmt: skip

#: Every month word, lower case, in English, French and Russian (all cases), to its number.
MONTHS: dict[str, int] = {
    **_EN_MONTHS, **_EN_MONTH_ABBR, **_FR_MONTHS, **_FR_MONTH_ABBR, **_RU_MONTHS,
    **_RU_MONTH_ABBR,
}  # fmt: skip
_MONTH_ABBREVIATIONS = {*_EN_MONTH_ABBR, *_FR_MONTH_ABBR, *_RU_MONTH_ABBR}
#: English month words that are also common verbs: read as months only when capitalised, and
#: not when the number after them counts something ("March 5 km", "May 4 soldiers").
_VERB_MONTHS = frozenset({"may", "march", "mar"})

_EN_WEEKDAYS = {
    name: n
    for n, name in enumerate(_wordlist("monday tuesday wednesday thursday friday saturday sunday"))
}
_FR_WEEKDAYS = {
    name: n
    for n, name in enumerate(_wordlist("lundi mardi mercredi jeudi vendredi samedi dimanche"))
}
# "среда" (Wednesday) is also "environment", so only its unambiguous accusative "среду" counts
# on its own; the genitive "среды" only inside "в ночь со среды на ...".
_RU_WEEKDAYS = {
    **_ru_forms({"понедельник": 0, "вторник": 1, "четверг": 3}, "|а|у|е|ом"),
    "среду": 2,
    **_ru_forms({"пятниц": 4, "суббот": 5}, "а|у|ы|е|ей"),
    **_ru_forms({"воскресень": 6}, "е|я|ю|ем"),
}  # fmt: skip
_RU_WEEKDAYS_GENITIVE = {
    "понедельника": 0, "вторника": 1, "среды": 2, "четверга": 3, "пятницы": 4, "субботы": 5,
    "воскресенья": 6,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    **_EN_WEEKDAYS, **_FR_WEEKDAYS, **_RU_WEEKDAYS, **_RU_WEEKDAYS_GENITIVE,
}  # fmt: skip

#: Weekdays as sheets and feeds abbreviate them ("Sat, 12 Dec 2020"); only before a date.
_SHEET_WEEKDAYS = {
    name: n for n, names in enumerate(("mon", "tue tues", "wed", "thu thur thurs", "fri", "sat",
                                       "sun"))
    for name in names.split()
}  # fmt: skip

_NUMBERS = {
    "en": {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10},
    "fr": {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
           "sept": 7, "huit": 8, "neuf": 9, "dix": 10},
    "ru": {"один": 1, "одни": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5,
           "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10},
}  # fmt: skip


#: Russian number words in the forms a count of days takes: the genitive after "в течение" or
#: "последних", and the collective of "двое суток".
_RU_COUNTS = {"двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5,
              "шести": 6, "семи": 7, "двое": 2, "трое": 3, "четверо": 4}
#: The number words a count of days or years ago may take, by language.
_COUNT_WORDS = {**_NUMBERS, "ru": {**_NUMBERS["ru"], **_RU_COUNTS}}


def _word_langs() -> dict[str, frozenset[str]]:
    """The languages each month and weekday word belongs to ("nov" to two)."""
    langs: dict[str, frozenset[str]] = {}
    for lang, table in (
        ("en", _EN_MONTHS | _EN_MONTH_ABBR | _EN_WEEKDAYS),
        ("fr", _FR_MONTHS | _FR_MONTH_ABBR | _FR_WEEKDAYS),
        ("ru", _RU_MONTHS | _RU_MONTH_ABBR | _RU_WEEKDAYS | _RU_WEEKDAYS_GENITIVE),
    ):
        for word in table:
            langs[word] = langs.get(word, frozenset()) | {lang}
    return langs


#: Languages of the month and weekday words, for the ``lang`` filter of find_dates.
_WORD_LANGS = _word_langs()
_ALL_LANGS = frozenset(LANGS)

#: Words after which a month alone (no day, no year) is read as a date, so that "Mars" the
#: planet and "May" the name are not: "in December", "since March", "в декабре", "en mars".
_MONTH_PREPOSITIONS = _wordlist(
    "in since during until till by early late throughout "
    "en depuis début fin courant "
    "в во с со до к конце начале середине"
)
#: Words before a month that name a third of it: "early March", "mi-mars", "в конце марта".
_MONTH_THIRDS = {"early": 0, "début": 0, "начале": 0, "beginning": 0, "start": 0,
                 "mid": 1, "mi": 1, "середине": 1, "middle": 1, "milieu": 1,
                 "late": 2, "fin": 2, "конце": 2, "end": 2}
#: Openers: how a date expression can begin, besides a weekday or a month followed by a number.
#: The grammar is tried only where one of these begins a word, so that a common word ("the",
#: "in") costs a look at the next word at most. In these patterns " " stands for whitespace,
#: "#" for a digit and "@" for the start of a month word (see _ATOMS).
_OPENERS = (
    *(f"{word} @" for word in _MONTH_PREPOSITIONS), "mid-@", "mi-@",
    "between #", "between the #", "between @", "from #", "from the #", "from @",
    "du #", "entre #", "entre le #", "с #", "со #",
    "the day before", "the previous day", "a day earlier", "a day before", "on the weekend",
    "at the weekend", "over the weekend", "during the weekend",
    *(f"{word} {after}" for word in ("last", "past", "previous")
      for after in ("night", "week", "month", "year", *_EN_WEEKDAYS)),
    *(f"this {after}" for after in ("morning", "afternoon", "evening", "week", "month",
                                    *_EN_WEEKDAYS)),
    *(f"{at}the {part} of" for at in ("", "at ", "in ")
      for part in ("beginning", "start", "middle", "end")),
    "au début", "au milieu", "à la fin",
    "earlier this week", "earlier this month", "le mois", "ce mois", "plus tôt ce mois",
    "в прошлом", "в минувшем", "в прошедшем", "в этом", "в текущем",
    "overnight", "yesterday", "today", "tonight", "the night before", "the previous night",
    "over the past", "over the last", "in the past", "in the last", "during the past",
    "for the past", "for the last", "pendant les", "durant les", "уже в течение", "уже #",
    *(f"depuis {n}" for n in (*_NUMBERS["fr"], "#")), *(f"ces {n}" for n in (*_NUMBERS["fr"], "#")),
    *(f"уже {n}" for n in _NUMBERS["ru"]),
    "au cours des", "ces dernières", "за сутки", "за прошедшие", "за минувшие", "за последние",
    "в прошедшие", "в минувшие", "в последние", "в течение",
    *(f"{number} day" for number in _NUMBERS["en"]),
    "avant-hier", "hier", "aujourd", "cette nuit", "cette semaine", "cet après", "ce matin",
    "ce soir", "ce week", "la veille", "la nuit dernière", "la semaine", "dernier week",
    "week-end dernier", "weekend dernier", "plus tôt cette semaine", "dans la nuit", "il y a",
    "la nuit précédente", "le lendemain", "le jour suivant", "на следующий день", "назавтра",
    "the next day", "the following day", "l'an dernier", "l’an dernier", "l'an passé", "l’an passé",
    "l'année dernière", "l’année dernière", "l'année passée", "l’année passée",
    "в ночь", "в начале", "на прошлой", "на минувшей", "на прошедшей", "на этой",
    "на выходных", "позавчера", "вчера", "накануне", "сегодня", "ночью", "минувш", "прошл",
    "прошедш", "эти выходн", "этих выходн", "эту", "этот", "день назад", "дня назад",
    "дней назад", *(f"{number} д" for number in _NUMBERS["ru"]),
    # "deux jours plus tard", "спустя два дня", "через три дня"
    *(f"{number} jour" for number in _NUMBERS["fr"]), "спустя", "через",
    *(f"{number} week" for number in _NUMBERS["en"]), "неделю назад",
    *(f"{number} недел" for number in _NUMBERS["ru"]),
    *(f"{number} year" for number in _NUMBERS["en"]), "год назад",
    *(f"{number} год" for number in _NUMBERS["ru"]),
    *(f"{number} лет" for number in _NUMBERS["ru"]),
)  # fmt: skip
#: What follows a number that begins a date: a separator (12.12.2020, 11-13), or a month, a
#: range word or "days" ("12 December", "12th of", "11 and 13", "3 days ago").
_AFTER_NUMBER = (
    *_wordlist("and to through thru until till or au et à по до и на day день дня дней week "
               "courant числа "
               "недели недель years года лет"),
    "@",
)
#: What the atoms of these patterns mean in a regex: whitespace, a digit, what follows a month
#: that begins a date ("Dec. 12", "December, 2020"), and the first three letters of a month.
_ATOMS = {" ": r"\s{1,3}", "#": "[0-9]", "§": r"\.?,?\s{1,3}[0-9]"}


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex matching exactly ``words``, factored as a trie so that a miss fails fast.

    ``re`` tries the branches of an alternation one by one; sharing prefixes makes the common
    case (the word is none of these) cost one or two character comparisons. The characters of
    ``_ATOMS`` stand for patterns ("#" for a digit).
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: dict[str, dict]) -> str:
    branches = [
        _ATOMS.get(char, re.escape(char)) + _node_pattern(child)
        for char, child in sorted(node.items())
    ]
    branches = [branch for branch in branches if branch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


_ATOMS["@"] = "(?:" + _trie_pattern({month[:3] for month in MONTHS}) + ")"


# --------------------------------------------------------------------------------------------
# Grammar
# --------------------------------------------------------------------------------------------

# Characters that may stand before a word. The grammar starts with one of them, so that ``re``
# skips ahead to the next word start in C instead of trying the grammar at every character.
_SEP = (
    " \t\n\r\f\v\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000"
    "\\-\u2010-\u2015\u2212/\\\\()\\[\\]{}<>\"'`\u2018-\u201f\u00ab\u00bb\u2039\u203a"
    ".,;:!?*\u2022\u00b7|#~\u2026+=&@\u0589\u055d"
)

_PARTS: dict[str, str] = {
    "S": r"\s{1,3}",
    "S0": r"\s{0,2}",
    "DASH": r"[\-\u2010-\u2015\u2212]",
    "MONV": r"(?:may|march|mar\.?)(?!\w)",
    "MONX": "(?:" + _trie_pattern(
        [*(m for m in MONTHS if m not in _VERB_MONTHS),
         *(a + "." for a in _MONTH_ABBREVIATIONS if a not in _VERB_MONTHS)]
    ) + r")(?!\w)",
    # "March 5 km", "May 4 soldiers": a number that counts, after a month that is also a verb
    "COUNTED": (
        r"\s{0,2}(?:%|per\s?cent|percent|km|kilomet|miles?\b|met(?:er|re)s?\b|m\b|mm\b|kg\b"
        r"|hours?\b|minutes?\b|times\b|soldiers|troops|servicemen|civilians|people|persons"
        r"|men\b|women|children|killed|dead|wounded|injured|casualties|tanks|drones|rockets"
        r"|shells|missiles|more\b|others\b|villages|houses)"
    ),
    "MON": "(?:" + _trie_pattern(
        [*MONTHS, *(abbreviation + "." for abbreviation in _MONTH_ABBREVIATIONS)]
    ) + r")(?!\w)",
    "WD": "(?:" + _trie_pattern([*_EN_WEEKDAYS, *_FR_WEEKDAYS, *_RU_WEEKDAYS]) + r")(?!\w)",
    "WDEN": "(?:" + _trie_pattern(_EN_WEEKDAYS) + r")(?!\w)",
    "WDFR": "(?:" + _trie_pattern(_FR_WEEKDAYS) + r")(?!\w)",
    "WDRU": "(?:" + _trie_pattern(_RU_WEEKDAYS) + r")(?!\w)",
    "WDRUGEN": "(?:" + _trie_pattern(_RU_WEEKDAYS_GENITIVE) + r")(?!\w)",
    # A day of the month with its ordinal ending (12th, 1er, 12-го); 0 and 32..99 are refused
    # later, which keeps the first step of the pattern a plain character class.
    "DAY": r"[0-9][0-9]?(?:st|nd|rd|th|er|-?го|-?е)?(?!\w|[.,:][0-9])",
    "YEAR": r"(?:19|20)[0-9]{2}(?!\w|[.,:][0-9])(?:\s?(?:года|году|год|г\.?)(?!\w))?",
    "OF": r"(?:<S>of)?<S>",
    "THE": r"(?:(?:the|le)<S>)?",
    "RSEP": (
        r"(?:<S0><DASH><S0>|<S>(?:to|through|thru|until|till|and|or|au|et|à|по|до|и|на)<S><THE>)"
    ),
    "TODEN": r"(?:morning|afternoon|evening)",
    "TODFR": r"(?:matin|soir|après-midi)",
    "TODRU": r"(?:утром|днём|днем|вечером)",
    "NUMEN": _trie_pattern(_NUMBERS["en"]),
    "NUMFR": _trie_pattern(_NUMBERS["fr"]),
    "NUMRU": _trie_pattern(_NUMBERS["ru"]),
    "NUMRUGEN": _trie_pattern(_RU_COUNTS),
    "APOS": r"['\u2019]",
    "PREP": "(?:" + "|".join(_MONTH_PREPOSITIONS) + ")",
    "THIRD": "(?:" + "|".join(w for w in _MONTH_THIRDS if len(w) > 2) + ")",
    # "at the end of September", "au début d'octobre": a third of the month, in words
    "PARTOF": r"(?:(?:(?:at|in)<S>)?the<S>(?:beginning|start|middle|end)<S>of<S>"
              r"|(?:au|à<S>la)<S>(?:début|milieu|fin)<S>(?:de<S>|d<APOS>))",
    # Day-first and month-first dates and ranges, after whatever starts them.
    "DM": r"<DAY>(?:<OF><MON>(?:,?<S><YEAR>)?<RSEP><DAY>)?<OF><MON>(?:,?<S><YEAR>)?",
    # ... and lists of days ("13, 14 et 15 avril", "April 13, 14, 15"): first to last. No
    # more than a month's days, so that a long list of numbers is not read again from each
    "DMR": r"<DAY>(?:,<S0><DAY>){0,29}<RSEP><DAY><OF><MON>(?:,?<S><YEAR>)?",
    "DMX": r"<DAY><OF><MON>(?:,?<S><YEAR>)?<RSEP><DAY><OF><MON>(?:,?<S><YEAR>)?",
    "MD": r"(?:<MONV><S><DAY>(?!<COUNTED>)|<MONX><S><DAY>)"
          r"(?:(?:,<S0><DAY>){1,29}<RSEP><DAY>(?!<COUNTED>)(?:,?<S><YEAR>)?"
          r"|(?:,<S0><DAY>){2,30}(?!<COUNTED>)(?:,?<S><YEAR>)?"
          r"|(?:,?<S><YEAR>)?(?:<RSEP>(?:<MON><S>)?<DAY>(?:,?<S><YEAR>)?)?)",
}  # fmt: skip

# The alternatives, in the order ``re`` tries them at one position: longer forms first. A name
# is "<kind>" or "<kind>_<lang>", with a digit at the end when a kind has several alternatives;
# _interpret dispatches on the kind. Those that begin with a number come first, each starting
# with a character class, which ``re`` skips at once at a word.
_NUMBER_GRAMMAR: list[tuple[str, str]] = [
    ("isorange", r"[12][09][0-9]{2}-[01]?[0-9]-[0-3]?[0-9]\s?/\s?"
                 r"[12][09][0-9]{2}-[01]?[0-9]-[0-3]?[0-9](?![0-9]|[.\-/][0-9])"),
    ("iso", r"[12][09][0-9]{2}(?P<iso_sep>[-/.])[01]?[0-9](?P=iso_sep)[0-3]?[0-9]"
            r"(?![0-9]|[.\-/][0-9])"),
    ("dmy", r"[0-9][0-9]?(?P<dmy_sep>[-/.])[0-9][0-9]?(?P=dmy_sep)[12][09][0-9]{2}"
            r"(?![0-9]|[.\-/][0-9])(?:\s?(?:года|г\.?)(?!\w))?"),
    ("dmr", r"<DMR>"),
    ("dm", r"<DM>"),
    ("ago_en2", r"[0-9][0-9]?<S>days?<S>ago"),
    ("ago_ru2", r"[0-9][0-9]?<S>(?:день|дня|дней)<S>назад"),
    ("weeksago_en2", r"[0-9][0-9]?<S>weeks?<S>ago"),
    ("yearsago_en2", r"[0-9][0-9]?<S>years<S>ago"),
    ("yearsago_ru2", r"[0-9][0-9]?<S>(?:года|лет)<S>назад"),
    ("weeksago_ru2", r"[0-9][0-9]?<S>(?:недели|недель)<S>назад"),
]  # fmt: skip
_WORD_GRAMMAR: list[tuple[str, str]] = [
    ("night_ru", r"в<S>ночь<S>(?:(?:с|со)<S>(?:<DAY>(?:<S><MON>)?|<WDRUGEN>)<S>)?"
                 r"на<S>(?:<DAY><S><MON>(?:<S><YEAR>)?|<WDRU>)"),
    ("night_fr", r"dans<S>la<S>nuit<S>(?:de|du)<S>(?:<WDFR>(?:<S>(?:à|au)<S><WDFR>)?"
                 r"|<DAY>(?:<S><MON>)?(?:<S>(?:à|au)<S><DAY>)?<S><MON>(?:<S><YEAR>)?)"),
    ("dmr2", r"(?:between|from|du|entre|с|со)<S><THE>(?:<DMR>|<DMX>)"),
    ("dm2", r"<WD>,?<S><THE><DM>"),
    ("md2", r"(?:between|from)<S><MD>"),
    ("md3", r"<WD>,?<S><MD>"),
    ("md", r"<MD>"),
    ("monthy", r"(?:<PARTOF>|<THIRD><S>|mid-|mi-)?<MON>,?<S><YEAR>"),
    ("month", r"(?:<PARTOF>|<PREP><S>|mid-|mi-)<MON>(?!\.?,?<S>[0-9])"),
    # a day of the month alone, the last such day ("5-го числа", "le 12 courant")
    ("dayof_ru", r"[0-9][0-9]?(?:-?го)?<S>числа"),
    ("dayof_fr", r"[0-9][0-9]?<S>courant"),
    ("dby_en", r"the<S>day<S>before<S>yesterday"),
    ("dby_fr", r"avant-hier"),
    ("dby_ru", r"позавчера"),
    # "the previous night": the night before the day it is told on
    ("lastnight_en", r"last<S>night|overnight|yesterday<S>night|the<S>previous<S>night"
                     r"|the<S>night<S>before(?=\s*(?:[,.;)]|$))"),
    ("lastnight_fr", r"cette<S>nuit|la<S>nuit<S>(?:dernière|précédente)"
                     r"|dans<S>la<S>nuit(?!<S>(?:de|du|d['’]|"
                     r"entre|où|qui|suivante|précédente)(?!\w))"),
    # "ночью 12 декабря" is the night of that date, read from the date
    ("lastnight_ru", r"(?:(?:сегодня|вчера|прошлой|минувшей)<S>)?ночью(?!<S>[0-9])"),
    # "over the past two days", "depuis trois jours", "уже два дня": as many days, the last
    # of them the day it is told on
    ("pastdays_en", r"(?:over|in|during|for)<S>the<S>(?:past|last)<S>(?:<NUMEN>|[0-9]{1,2})"
                    r"<S>days"),
    ("pastdays_fr", r"depuis<S>(?:<NUMFR>|[0-9]{1,2})<S>jours"
                    r"|(?:ces|au<S>cours<S>des|pendant<S>les|durant<S>les)<S>(?:<NUMFR>|[0-9]{1,2})"
                    r"<S>derniers<S>jours"),
    ("pastdays_ru", r"(?:за|в)<S>(?:последние|прошедшие|минувшие)<S>"
                    r"(?:<NUMRU>|<NUMRUGEN>|[0-9]{1,2})<S>(?:дня|дней|суток)"
                    r"|(?:уже<S>(?:в<S>течение<S>)?|в<S>течение<S>(?:последних|прошедших|минувших)<S>)"
                    r"(?:<NUMRU>|<NUMRUGEN>|[0-9]{1,2})<S>(?:дня|дней|суток)"),
    # a daily bulletin's "over the past day": the day before it and its own day
    ("pastday_en", r"(?:over|in|during)<S>the<S>(?:past|last)<S>(?:day|24<S>hours)"),
    ("pastday_fr", r"(?:au<S>cours<S>des|ces)<S>dernières<S>24<S>heures"),
    ("pastday_ru", r"(?:за<S>(?:(?:прошедшие|минувшие|последние)<S>)?"
                   r"|в<S>(?:прошедшие|минувшие|последние)<S>)сутки"
                   r"|в<S>течение<S>(?:прошедших|минувших|последних)<S>суток"
                   # bare, a bulletin's day unless it is a span after something ("в течение
                   # суток после обстрела": within a day after the shelling)
                   r"|в<S>течение<S>суток(?!<S>(?:после|с<S>момента|с<S>начала|со<S>дня|\d))"),
    # "the day before" alone, not "the day before the attack"
    ("yesterday_en", r"yesterday(?:<S><TODEN>)?|the<S>previous<S>day(?!['’])"
                     r"|(?:a|the)<S>day<S>(?:before|earlier)(?=\s*(?:[,.;)]|$))"),
    ("yesterday_fr", r"hier(?:<S><TODFR>)?|la<S>veille(?!<S>(?:de|du|des|d<APOS>))"
                     r"(?:<S>au<S>soir)?"),
    ("yesterday_ru", r"(?:вчера|накануне)(?:<S><TODRU>)?"),
    ("today_en", r"today|tonight|this<S><TODEN>"),
    ("today_fr", r"aujourd<APOS>hui|(?:ce<S>(?:matin|soir)|cet<S>après-midi)(?!-là)"),
    ("today_ru", r"сегодня(?:<S><TODRU>)?"),
    ("lastweekend_en", r"(?:last|past|previous)<S>weekend"),
    ("lastweekend_fr", r"week-?end<S>dernier|dernier<S>week-?end"),
    ("lastweekend_ru", r"(?:минувшие|прошлые|прошедшие)<S>выходные"),
    ("weekend_en", r"(?:over|at|during|on)<S>the<S>weekend|this<S>weekend"),
    ("weekend_fr", r"ce<S>week-?end"),
    ("weekend_ru", r"(?:эти|этих)<S>выходн(?:ые|ых)|на<S>выходных"),
    ("lastweek_en", r"last<S>week"),
    ("lastweek_fr", r"la<S>semaine<S>(?:dernière|passée)"),
    ("lastweek_ru", r"на<S>(?:прошлой|минувшей|прошедшей)<S>неделе"),
    ("pastweek_en", r"past<S>week"),
    ("lastmonth_en", r"last<S>month"),
    ("lastmonth_fr", r"le<S>mois<S>(?:dernier|passé)"),
    ("lastmonth_ru", r"в<S>(?:прошлом|минувшем|прошедшем)<S>месяце"),
    # "the next day": the day after the one told just before (find_dates), no date alone
    ("nextday_en", r"the<S>(?:next|following)<S>day"),
    ("nextday_fr", r"le<S>lendemain|le<S>jour<S>suivant"),
    ("nextday_ru", r"на<S>следующий<S>день|назавтра"),
    # "two days later", "a day later": as many days after the day told just before
    ("dayslater_en", r"(?:<NUMEN>|[0-9]{1,2})<S>days?<S>later"),
    # ... "cinq jours après," alone (not "après la signature", counted from something else)
    ("dayslater_fr", r"(?:<NUMFR>|[0-9]{1,2})<S>jours?<S>(?:plus<S>tard|après(?=\s*,))"),
    ("dayslater_ru", r"(?:спустя|через)<S>(?:<NUMRU>|[0-9]{1,2})<S>(?:дня|дней)"
                     r"|(?:<NUMRU>|[0-9]{1,2})<S>(?:дня|дней)<S>спустя"),
    # "last year": a whole year, told of the war or events long past ("fought a war last year");
    # not "over the last year", "in the last year": the past twelve months, no calendar year;
    # nor "since last year" ("depuis l'an dernier"): an action going on still, not then
    ("lastyear_en", r"(?<!the\s)(?<!since\s)last<S>year(?!['’])"),
    ("lastyear_fr", r"(?<!depuis\s)l<APOS>(?:an|année)<S>(?:dernière|dernier|passée|passé)"),
    ("lastyear_ru", r"в<S>(?:прошлом|минувшем|прошедшем)<S>году"),
    # "12 марта прошлого года": read only after a day or month, which it puts a year back
    # (alone it is mostly a noun's, "войны прошлого года", as "last year's war")
    ("lastyear_ru2", r"(?:прошлого|минувшего|прошедшего)<S>года"),
    ("thismonth_en", r"(?:earlier<S>)?this<S>month"),
    ("thismonth_fr", r"(?:plus<S>tôt<S>)?ce<S>mois(?:-ci)?"),
    ("thismonth_ru", r"в<S>(?:этом|текущем)<S>месяце"),
    ("earlierweek_en", r"earlier<S>this<S>week"),
    ("earlierweek_fr", r"plus<S>tôt<S>cette<S>semaine"),
    ("earlierweek_ru", r"в<S>начале<S>(?:этой|текущей)<S>недели"),
    ("thisweek_en", r"this<S>week"),
    ("thisweek_fr", r"cette<S>semaine"),
    ("thisweek_ru", r"на<S>этой<S>неделе"),
    ("ago_en", r"<NUMEN><S>days?<S>ago"),
    ("ago_fr", r"il<S>y<S>a<S>(?:<NUMFR>|[0-9]{1,2})<S>jours?"),
    ("ago_ru", r"(?:<NUMRU><S>)?(?:день|дня|дней)<S>назад"),
    ("weeksago_en", r"<NUMEN><S>weeks?<S>ago"),
    ("weeksago_fr", r"il<S>y<S>a<S>(?:<NUMFR>|[0-9]{1,2})<S>semaines?"),
    ("weeksago_ru", r"(?:<NUMRU><S>)?(?:неделю|недели|недель)<S>назад"),
    ("yearsago_en", r"<NUMEN><S>years?<S>ago"),
    ("yearsago_fr", r"il<S>y<S>a<S>(?:<NUMFR>|[0-9]{1,2})<S>ans?"),
    ("yearsago_ru", r"(?:<NUMRU><S>)?(?:год|года|лет)<S>назад"),
    ("weekday_en", r"(?:(?:last|past|previous|this)<S>)?<WDEN>"
                   r"(?:(?:<S0><DASH><S0>|<S>(?:and|or|to|through|into)<S>)<WDEN>)?"
                   r"(?:<S>(?:night|<TODEN>))?"),
    ("weekday_fr", r"<WDFR>(?:(?:<S0><DASH><S0>|<S>(?:et|ou|à|au)<S>)<WDFR>)?"
                   r"(?:<S>(?:dernier|passé))?(?:<S><TODFR>)?"),
    ("weekday_ru", r"(?:(?:минувш(?:ую|ий|ее)|прошл(?:ую|ый|ое)|прошедш(?:ую|ий|ее)|эт(?:у|от))"
                   r"<S>)?<WDRU>(?:<S>(?:и|или)<S>(?:(?:в|во)<S>)?<WDRU>)?"
                   r"(?:<S>(?:ночью|<TODRU>))?"),
]  # fmt: skip


def _expand(template: str) -> str:
    """Replace every ``<NAME>`` in ``template`` by its part, recursively."""
    return re.sub(r"<([A-Z0-9]+)>", lambda m: _expand(_PARTS[m[1]]), template)


@cache
def _grammar() -> re.Pattern[str]:
    """The grammar as one regex.

    A match is one separator character, then the expression, then an empty group named after
    the alternative that matched (so ``lastgroup`` tells which). The lookaheads after the
    separator turn away, cheaply, every word that cannot begin a date. Compiled on first use
    (some 25 ms), so that importing mapper stays fast.
    """
    word_opener = _trie_pattern([*WEEKDAYS, *(month + "§" for month in MONTHS), *_OPENERS])
    number_opener = (
        r"[0-9]{1,4}(?:[./\-\u2010-\u2015\u2212]|,\s{0,2}[0-9]|(?:st|nd|rd|th|er|-?го|-?е)?\s{1,3}"
        rf"(?:of\s{{1,3}})?{_trie_pattern(_AFTER_NUMBER)})"
    )
    numbers, words = (
        "|".join(f"(?:{_expand(body)})(?P<{name}>)" for name, body in grammar)
        for grammar in (_NUMBER_GRAMMAR, _WORD_GRAMMAR)
    )
    return re.compile(f"[{_SEP}](?={number_opener}|{word_opener})(?:{numbers}|{words})")


#: The pieces of a matched expression, in order.
_TOKEN = re.compile(
    r"(?P<year>(?<![0-9])(?:19|20)[0-9]{2}(?![0-9]))|(?P<day>(?<![0-9])[0-9]{1,2}(?![0-9]))"
    r"|(?<!\w)(?:(?P<mon>"
    + _trie_pattern(MONTHS)
    + r")|(?P<wd>"
    + _trie_pattern(WEEKDAYS)
    + r")|(?P<word>\w+))(?!\w)"
)


# --------------------------------------------------------------------------------------------
# Finding dates in text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in a report's text.

    ``text[start:end]`` of the original text is ``text``. ``span`` is what the expression means,
    resolved against the publication date; ``relative`` is True for expressions that mean
    nothing without it ("yesterday", "on Sunday"); ``anchored`` is False when the day or the
    year could not be fixed because there was no publication date (``span`` is then unknown).
    """

    start: int
    end: int
    text: str
    span: DateSpan
    relative: bool
    anchored: bool


def find_dates(text: str, published: date | None, lang: str | None = None) -> list[DateMention]:
    """Every date expression in ``text``, sorted by position.

    Parameters
    ----------
    text
        A report's text, any length; never raises on arbitrary input.
    published
        The report's publication date. A date without a year is the latest such date on or
        before ``published`` plus two days; relative dates count from it. Without it such
        mentions are still found, with an unknown span and ``anchored=False``.
    lang
        ``"en"``, ``"fr"`` or ``"ru"`` (or a tag such as ``"en-GB"``) to accept only that
        language's words; None, or any other language, accepts all three.

    Examples
    --------
    >>> [m.span.start for m in find_dates("Shelling resumed on December 12.", date(2020, 12, 14))]
    [datetime.date(2020, 12, 12)]
    >>> [(m.text, m.span.end) for m in find_dates("вчера", date(2020, 12, 14))]
    [('вчера', datetime.date(2020, 12, 13))]
    """
    if isinstance(published, datetime):
        published = published.date()
    want = _normalise_lang(lang)
    low = _lower(text)
    grammar = _grammar()
    mentions: list[DateMention] = []
    position = 0
    while m := grammar.search(low, position):
        mention = _mention(m, text, low, published, want)
        if mention is None:  # not a date after all: look again from the next word
            position = m.start() + 1
        elif (mentions and (m.lastgroup.startswith("lastnight_")
                            or _THROUGHOUT.fullmatch(mention.text))
              and _JUST_AFTER.fullmatch(text, mentions[-1].end, mention.start)):
            # "13 сентября в течение суток": all that day long, not the bulletin's past day;
            # "On May 12, overnight": that day's night, not the one before the report
            position = m.end()
        elif m.lastgroup.startswith(("nextday_", "dayslater_")):
            # "the next day", "le lendemain", "two days later": the day after (or as many days
            # after) the day just told, else no date
            told = _told_day(text, mentions[-1], mention.start) if mentions else None
            if told is not None:
                day = told + _DAY * _days_later(m.lastgroup, mention.text)
                mentions.append(DateMention(mention.start, mention.end, mention.text,
                                            DateSpan(day, day, "day", mention.text), False,
                                            True))
            position = m.end()
        elif (mentions and m.lastgroup.startswith("lastyear_") and published is not None
              and _OF_IT.fullmatch(text, mentions[-1].end, mention.start)
              and (moved := _a_year_earlier(mentions[-1], published)) is not None):
            # "December 12 last year", "en septembre de l'an dernier": one date
            mentions[-1] = replace(moved, end=mention.end, text=text[moved.start:mention.end])
            position = m.end()
        elif m.lastgroup == "lastyear_ru2":  # not after a date: no date of its own
            position = m.end()
        else:
            if (mentions and _BEFORE_IT.fullmatch(mention.text)
                    and (told := _told_day(text, mentions[-1], mention.start)) is not None):
                # "Shelling hit X on May 12. The night before, ...": the night before that day
                again = _mention(m, text, low, told, want)
                if again is not None:
                    mention = DateMention(again.start, again.end, again.text, again.span,
                                          False, again.anchored)
            mentions.append(mention)
            position = m.end()
    return mentions


def _a_year_earlier(told: DateMention, published: date) -> DateMention | None:
    """A day or month told without its year, put in the year before publication."""
    span, year = told.span, published.year - 1
    if (span.precision not in ("day", "month") or span.start is None or span.end is None
            or told.relative):  # "Monday last year" is no date a year before a Monday
        return None
    try:
        moved = replace(span, start=span.start.replace(year=year), end=span.end.replace(year=year))
    except ValueError:  # 29 February
        return None
    return replace(told, span=moved)


_OF_IT = re.compile(r"[\s,]*(?:of|de)?\s*", re.I)
_THROUGHOUT = re.compile(r"в\s+течение\s+суток", re.I)
_JUST_AFTER = re.compile(r"[\s,]*")
#: Night words that count back from the day the text last told, not from the report's
_BEFORE_IT = re.compile(r"the\s+previous\s+night|the\s+night\s+before|la\s+nuit\s+précédente"
                        r"|the\s+previous\s+day|(?:a|the)\s+day\s+(?:before|earlier)"
                        r"|la\s+veille(?:\s+au\s+soir)?|накануне(?:\s+\w+)?", re.I)
#: How far back in its paragraph a day told may be for such a word to count from it
_TOLD_REACH = 300


def _days_later(group: str, said: str) -> int:
    """How many days after the day told a "next day" or "N days later" names."""
    if not group.startswith("dayslater_"):
        return 1
    numbers = _NUMBERS[group.rsplit("_", 1)[1]]
    for word in said.casefold().split():  # "two days later", "спустя два дня"
        if word.isdigit():
            return int(word)
        if word in numbers:
            return numbers[word]
    return 1


def _told_day(text: str, told: DateMention, at: int) -> date | None:
    """The day ``told`` names, when it is one day told shortly before ``at`` in its paragraph."""
    if (told.span.precision != "day" or told.span.start is None or at - told.end > _TOLD_REACH
            or "\n\n" in text[told.end : at]):
        return None
    return told.span.start


def _normalise_lang(lang: str | None) -> str | None:
    if not lang:
        return None
    code = lang.strip().lower().replace("_", "-").split("-")[0]
    return code if code in LANGS else None


def _lower(text: str) -> str:
    """``" " + text.lower()``, keeping every character at its offset (plus one).

    Of all of Unicode only "İ" lower-cases to two characters; it is read as "i".
    """
    if "\u0130" in text:
        text = text.replace("\u0130", "i")
    low = " " + text.lower()
    if len(low) != len(text) + 1:  # pragma: no cover - a future Unicode may add such letters
        low = " " + "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


#: A number right after one of these is part of something else: "Su-25", "1.12", "12:30".
_NOT_BEFORE_NUMBER = frozenset(".,:/-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")


def _mention(
    m: re.Match[str], text: str, low: str, published: date | None, want: str | None
) -> DateMention | None:
    """The mention for one match of the grammar, or None when it is no date after all."""
    # The match starts with the separator before the expression. ``low`` has one extra leading
    # character, so that in ``text`` the expression is m.start() .. m.end() - 1.
    if low[m.start() + 1] in "0123456789" and low[m.start()] in _NOT_BEFORE_NUMBER:
        return None
    name = m.lastgroup
    assert name is not None
    meaning = _meaning(name, text[m.start() : m.end() - 1], published, want)
    if meaning is None:
        return None
    skip, span, relative, anchored = meaning
    return DateMention(m.start() + skip, m.end() - 1, span.text, span, relative, anchored)


@lru_cache(maxsize=4096)
def _meaning(
    name: str, raw: str, published: date | None, want: str | None
) -> tuple[int, DateSpan, bool, bool] | None:
    """What expression ``raw``, matched by grammar alternative ``name``, means.

    Returns where the mention starts within ``raw`` ("in December" is "December"), its span,
    and whether it is relative and anchored; None when it is no date after all. A pure
    function, cached: reports repeat their dates.
    """
    kind, _, kind_lang = name.rstrip("0123456789").partition("_")
    if want and kind_lang and want != kind_lang:
        return None
    low = _lower(raw)[1:]
    tokens = [(t.lastgroup, t[t.lastgroup], t.start()) for t in _TOKEN.finditer(low)]
    for token_kind, word, offset in tokens:
        if token_kind not in ("mon", "wd"):
            continue
        if want and want not in _WORD_LANGS.get(word, _ALL_LANGS):
            return None
        if word in _VERB_MONTHS and raw[offset : offset + len(word)].islower():
            return None  # "they may attack", "troops march", "12 may have died"
    try:
        resolved = _interpret(kind, kind_lang, tokens, low, published)
    except (ValueError, OverflowError):  # an impossible day, or a date out of range
        return None
    if resolved is None:
        return None
    span, relative, anchored = resolved
    skip = 0
    if kind == "month":
        skip = next(offset for token_kind, _, offset in tokens if token_kind == "mon")
    return skip, DateSpan(span.start, span.end, span.precision, raw[skip:]), relative, anchored


#: A matched expression in pieces: (kind, lower-cased text, offset), where kind is "year",
#: "day", "mon", "wd" or "word".
_Tokens = list[tuple[str | None, str, int]]
#: What _interpret returns: the span (its text filled in later), relative, anchored.
_Resolved = tuple[DateSpan, bool, bool]


def _interpret(
    kind: str, lang: str, tokens: _Tokens, low: str, published: date | None
) -> _Resolved | None:
    """What one matched expression means; ``low`` is its lower-cased text."""
    if kind == "isorange":  # 2020-12-11/2020-12-13, as analysts and ISO 8601 write ranges
        numbers = [int(number) for number in re.findall("[0-9]+", low)]
        first, last = date(*numbers[:3]), date(*numbers[3:])
        if first > last or not 1900 <= first.year <= last.year <= 2099:
            return None
        return _range_span(first, last), False, True
    if kind in ("iso", "dmy"):
        first, second, third = (int(number) for number in re.findall("[0-9]+", low)[:3])
        if kind == "iso":
            year, month, day = first, second, third
        else:
            # day first, as in Europe and Russia, unless impossible: 12/31/2020
            year, month, day = (third, second, first) if second <= 12 else (third, first, second)
        if not 1900 <= year <= 2099:
            return None
        return _day_span(date(year, month, day)), False, True
    if kind in ("dmr", "dm", "md", "monthy", "month") or (
        kind == "night" and any(k == "mon" for k, _, _ in tokens)
    ):
        return _absolute(kind, tokens, low, published)
    if kind in ("night", "weekday"):
        return _weekdays(kind, tokens, low, published)
    return _relative(kind, lang, tokens, published)


def _day_span(day: date) -> DateSpan:
    return DateSpan(day, day, "day")


def _range_span(first: date, last: date) -> DateSpan:
    return DateSpan(first, last, "day" if first == last else "range")


def _absolute(kind: str, tokens: _Tokens, low: str, published: date | None) -> _Resolved | None:
    """Day-month dates and ranges, and months alone, in any of the three languages."""
    years = [int(value) for k, value, _ in tokens if k == "year"]
    parts = [(k, value) for k, value, _ in tokens if k in ("day", "mon")]
    if kind in ("monthy", "month"):
        month = MONTHS[parts[0][1]]
        if years:
            first = date(years[0], month, 1)
        elif published is None:
            return DateSpan.unknown(), False, False
        else:
            limit = _limit(published)
            first = date(limit.year, month, 1)
            if first > limit:
                first = date(limit.year - 1, month, 1)
        third = next((_MONTH_THIRDS[w] for w in re.findall(r"\w+", low)
                      if w in _MONTH_THIRDS), None)
        if third is not None:  # ten days; the last third runs to the month's end
            start = first + timedelta(days=10 * third)
            end = _month_end(first) if third == 2 else start + timedelta(days=9)
            return DateSpan(start, end, "range"), False, True
        return DateSpan(first, _month_end(first), "month"), False, True

    days = _month_days(parts)
    if len(days) > 2:  # a list of days of one month, in order: its first to its last
        if len({m for m, _ in days}) > 1:
            return None
        # out of order ("April 16, 15, 14"): no span of them, but the first day is still told
        in_order = [d for _, d in days] == sorted(d for _, d in days)
        days = [days[0], days[-1]] if in_order else days[:1]
    if not days:
        return None
    for month, day in days:
        date(2000, month, day)  # a possible day of that month in some year? (ValueError if not)
    if kind == "night" and len(days) == 1:
        # "в ночь на 13 декабря": the night into the 13th. "dans la nuit du 12": out of the 12th.
        into = not low.startswith("dans")
        end_day = _resolve_day(*days[0], years[-1] if years else None, published)
        if end_day is None:
            return DateSpan.unknown(), False, False
        if into:
            return _range_span(end_day - timedelta(days=1), end_day), False, True
        return _range_span(end_day, end_day + timedelta(days=1)), False, True

    last = _resolve_day(*days[-1], years[-1] if years else None, published)
    if last is None:
        return DateSpan.unknown(), False, False
    if len(days) == 1:
        return _day_span(last), False, True
    month, day = days[0]
    if len(years) >= 2:
        first = date(years[0], month, day)
    else:
        first = date(last.year, month, day)
        if first > last and month > last.month:  # "30 December - 2 January 2021"
            first = date(last.year - 1, month, day)
    if first > last:
        return None
    return _range_span(first, last), False, True


def _month_days(parts: list[tuple[str, str]]) -> list[tuple[int, int]]:
    """(month, day) pairs from day and month words in the order written.

    A day written before a month belongs to the next month ("11 and 13 December", "30 November
    to 2 December"); one written after a month to that month ("December 11-13").
    """
    pairs: list[tuple[int, int]] = []
    pending: list[int] = []
    month: int | None = None
    day_first = bool(parts) and parts[0][0] == "day"
    for kind, value in parts:
        if kind == "mon":
            month = MONTHS[value]
            pairs.extend((month, day) for day in pending)
            pending = []
        elif day_first:
            pending.append(int(value))
        elif month is not None:
            pairs.append((month, int(value)))
    return [] if pending else pairs


def _resolve_day(month: int, day: int, year: int | None, published: date | None) -> date | None:
    """The date of a day and month: in ``year`` if written, else the latest one before the
    publication date (plus slack); None when neither is known."""
    if year is not None:
        return date(year, month, day)
    if published is None:
        return None
    limit = _limit(published)
    for candidate_year in range(limit.year, limit.year - 9, -1):  # 29 February: a leap year
        try:
            candidate = date(candidate_year, month, day)
        except ValueError:
            continue
        if candidate <= limit:
            return candidate
    return None


#: A report may mention the day after its publication date ("tomorrow's talks", time zones).
_SLACK = timedelta(days=2)


def _limit(published: date) -> date:
    return published + _SLACK if published <= date.max - _SLACK else date.max


_STRICT_PAST = ("last", "past", "previous", "dernier", "passé", "минувш", "прошл", "прошедш")


def _weekdays(kind: str, tokens: _Tokens, low: str, published: date | None) -> _Resolved | None:
    """Weekdays: "on Sunday", "last Sunday night", "Saturday and Sunday", "в ночь на субботу"."""
    weekdays = [WEEKDAYS[value] for k, value, _ in tokens if k == "wd"]
    if published is None:
        return DateSpan.unknown(), True, False
    strict = any(word in low for word in _STRICT_PAST)
    last = _weekday_before(published, weekdays[-1], strict)
    first = last - timedelta(days=(weekdays[-1] - weekdays[0]) % 7)
    if kind == "night" and len(weekdays) == 1:
        if low.startswith("dans"):  # "dans la nuit de samedi": out of Saturday
            return _range_span(last, last + timedelta(days=1)), True, True
        return _range_span(last - timedelta(days=1), last), True, True  # "в ночь на субботу"
    if low.endswith(("night", "ночью")):
        return _range_span(first, last + timedelta(days=1)), True, True
    return _range_span(first, last), True, True


def _weekday_before(published: date, weekday: int, strict: bool) -> date:
    """The latest ``weekday`` on or before ``published`` (strictly before when ``strict``)."""
    days_back = (published.weekday() - weekday) % 7
    if strict and days_back == 0:
        days_back = 7
    return published - timedelta(days=days_back)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _month_start(day: date) -> date:
    return day.replace(day=1)


_DAY = timedelta(days=1)
#: Relative expressions: kind -> (first day, last day) given the publication date.
_RELATIVE: dict[str, Callable[[date], tuple[date, date]]] = {
    "today": lambda p: (p, p),
    "yesterday": lambda p: (p - _DAY, p - _DAY),
    "dby": lambda p: (p - 2 * _DAY, p - 2 * _DAY),
    "lastnight": lambda p: (p - _DAY, p),
    "pastday": lambda p: (p - _DAY, p),
    # the latest whole weekend before publication: its Sunday is before the publication date
    "lastweekend": lambda p: (
        _weekday_before(p, 6, True) - _DAY,
        _weekday_before(p, 6, True),
    ),
    # "over the weekend": the latest weekend that had begun by publication
    "weekend": lambda p: (_weekday_before(p, 5, False), _weekday_before(p, 5, False) + _DAY),
    "lastweek": lambda p: (_monday(p) - 7 * _DAY, _monday(p) - _DAY),
    "pastweek": lambda p: (p - 7 * _DAY, p),
    "thisweek": lambda p: (_monday(p), p),
    "lastmonth": lambda p: (_month_start(_month_start(p) - _DAY), _month_start(p) - _DAY),
    "thismonth": lambda p: (_month_start(p), p),
    "lastyear": lambda p: (date(p.year - 1, 1, 1), date(p.year - 1, 12, 31)),
    "nextday": lambda p: (p, p),  # a placeholder: find_dates counts it from the day told
    "dayslater": lambda p: (p, p),  # the same
    "earlierweek": lambda p: (_monday(p), max(_monday(p), p - _DAY)),
}


def _relative(kind: str, lang: str, tokens: _Tokens, published: date | None) -> _Resolved:
    if published is None:
        return DateSpan.unknown(), True, False
    if kind == "dayof":
        day = int(re.findall("[0-9]+", "".join(v for _, v, _ in tokens))[0])
        month = published.replace(day=1)
        if day > published.day:
            month = (month - timedelta(days=1)).replace(day=1)
        return _day_span(month.replace(day=day)), True, True
    if kind in ("ago", "weeksago", "yearsago", "pastdays"):
        numbers = _COUNT_WORDS[lang]
        counts = (
            int(value) if value.isdigit() else numbers.get(value)
            for k, value, _ in tokens
            if k != "year"
        )
        days = next((count for count in counts if count is not None), 1)  # "день назад"
        if kind == "yearsago":  # "a year ago": the same day that many years before
            back = published.replace(year=published.year - days, day=min(published.day, 28)
                                     if published.month == 2 else published.day)
            return _day_span(back), True, True
        if kind == "pastdays":  # "the past two days": yesterday and the day it is told on
            return _range_span(published - timedelta(days=max(days, 1) - 1), published), True, True
        days *= 7 if kind == "weeksago" else 1
        return _day_span(published - timedelta(days=days)), True, True
    first, last = _RELATIVE[kind](published)
    if kind in ("lastmonth", "lastyear"):
        return DateSpan(first, last, kind[4:]), True, True
    return _range_span(first, last), True, True
