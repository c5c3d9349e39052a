"""Small frozen value objects that every stage passes along.

They validate on the way in (a latitude in range, a known precision) and keep the raw text they
came from, so that every claim can be audited back to its report.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

#: How exactly a location is known, finest first.
PRECISIONS = ("site", "village", "town", "city", "district", "region", "country")
#: How exactly a date is known.
DATE_PRECISIONS = ("day", "range", "month", "year", "unknown")
#: Whose side a claimant speaks for.
SIDES = ("az", "am", "nk", "ru", "tr", "intl", "neutral", "unknown")
#: Event types, modelled on ACLED's event and sub-event types.
EVENT_TYPES = (
    "armed_clash",
    "attack",
    "shelling",
    "capture",
    "ambush_sabotage",
    "ceasefire_violation",
    "casualty_report",
    "statement_threat",
    "withdrawal_evacuation",
    "detention",
    "unknown",
)


def check_coordinate(lat: float, lon: float) -> None:
    """Raise ValueError unless (lat, lon) is a finite WGS84 position."""
    if not (math.isfinite(lat) and math.isfinite(lon)):
        raise ValueError(f"coordinate ({lat}, {lon}) is not finite")
    if not -90 <= lat <= 90:
        raise ValueError(f"latitude {lat} is outside -90..90")
    if not -180 <= lon <= 180:
        raise ValueError(f"longitude {lon} is outside -180..180")


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A date or date range with its precision and the text it was read from."""

    start: date | None
    end: date | None
    precision: str = "day"
    text: str = ""

    def __post_init__(self) -> None:
        if self.precision not in DATE_PRECISIONS:
            raise ValueError(f"unknown date precision {self.precision!r}")
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"date range ends before it starts: {self.start}..{self.end}")

    @classmethod
    def unknown(cls, text: str = "") -> DateSpan:
        return cls(None, None, "unknown", text)

    def overlaps(self, other: DateSpan, slack_days: int = 0) -> bool:
        """True when both spans are known and meet within ``slack_days``."""
        if not (self.start and self.end and other.start and other.end):
            return False
        return (
            self.start.toordinal() - slack_days <= other.end.toordinal()
            and other.start.toordinal() - slack_days <= self.end.toordinal()
        )


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry: a located place with an honest precision."""

    id: str
    name: str
    lat: float
    lon: float
    precision: str
    uncertainty_m: float
    kind: str = ""
    country: str = ""
    admin: str = ""
    source_id: str = ""
    note: str = ""

    def __post_init__(self) -> None:
        check_coordinate(self.lat, self.lon)
        if self.precision not in PRECISIONS:
            raise ValueError(f"unknown precision {self.precision!r}")


@dataclass(frozen=True, slots=True)
class Name:
    """One spelling of a place, in a language and script, with its source."""

    place_id: str
    name: str
    lang: str
    script: str
    kind: str
    source_id: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Claimant:
    """An asserting party and the side it speaks for."""

    id: str
    name: str
    side: str
    kind: str = ""
    color: str = ""
    source_id: str = ""

    def __post_init__(self) -> None:
        if self.side not in SIDES:
            raise ValueError(f"unknown side {self.side!r}")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a name may refer to, with how it matched and a score in 0..1."""

    place: Place
    method: str  # exact | variant | key | fuzzy | context | site | near | rank | ... (match.py)
    score: float
    matched: str  # the gazetteer spelling that matched


@dataclass(frozen=True, slots=True)
class Resolution:
    """The outcome of looking a name up: resolved, ambiguous or unresolved, never hidden."""

    query: str
    status: str  # resolved | ambiguous | unresolved
    candidates: tuple[Candidate, ...] = ()

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None

    @property
    def place(self) -> Place | None:
        """The place, only when resolved."""
        return self.candidates[0].place if self.status == "resolved" else None


@dataclass(slots=True)
class Claim:
    """One assertion: a claimant says an event happened at a place on a date.

    Located claims carry lat/lon; unlocated ones keep ``None`` and their candidates.
    """

    claim_id: str
    report: str
    date: DateSpan
    place_text: str = ""
    place_id: str | None = None
    place_name: str | None = None
    place_names: str = ""  # the place's names in both languages, for display
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None
    uncertainty_m: float | None = None
    method: str | None = None
    score: float | None = None
    candidates: tuple[str, ...] = ()  # "place_id" strings, best first, when not resolved
    claimant: str = ""  # canonical claimant id, or the text as written when unknown
    claimant_name: str = ""
    claimant_side: str = "unknown"
    claim_chain: tuple[str, ...] = ()  # outer to inner: outlet > agency > ministry
    event_type: str = "unknown"
    killed: int | None = None
    wounded: int | None = None
    quote: str = ""
    span: tuple[int, int] | None = None
    report_date: date | None = None  # the date of the statement, when distinct from the event
    source: str = ""
    url: str = ""
    notes: str = ""
    incident_id: str = ""
    contested: bool = False
    problems: list[str] = field(default_factory=list)
    #: how likely a careful reader would record this claim (0-1), for claims read from reports
    confidence: float | None = None

    def __post_init__(self) -> None:
        if (self.lat is None) != (self.lon is None):
            raise ValueError(f"claim {self.claim_id}: lat and lon must both be set or both None")
        if self.lat is not None and self.lon is not None:
            check_coordinate(self.lat, self.lon)

    @property
    def located(self) -> bool:
        return self.lat is not None


#: The flat fields of a claim in every export, in order. date_start/date_end come first among the
#: date-like fields so that QGIS's temporal controller picks them up.
CLAIM_FIELDS = (
    "claim_id",
    "date_start",
    "date_end",
    "date_precision",
    "date_text",
    "report_date",
    "incident_id",
    "contested",
    "report",
    "place_text",
    "place_id",
    "place_name",
    "place_names",
    "lat",
    "lon",
    "precision",
    "uncertainty_m",
    "method",
    "score",
    "candidates",
    "claimant",
    "claimant_name",
    "claimant_side",
    "claim_chain",
    "event_type",
    "killed",
    "wounded",
    "quote",
    "span_start",
    "span_end",
    "source",
    "url",
    "notes",
    "confidence",
)

#: Separator of list-valued fields (candidates, claim_chain) in flat exports.
LIST_SEP = " > "


def claim_row(claim: Claim) -> dict[str, object]:
    """The claim as one flat dict of scalars (str, int, float, bool, None) in CLAIM_FIELDS order."""
    d = claim.date
    return {
        "claim_id": claim.claim_id,
        "date_start": d.start.isoformat() if d.start else None,
        "date_end": d.end.isoformat() if d.end else None,
        "date_precision": d.precision,
        "date_text": d.text,
        "report_date": claim.report_date.isoformat() if claim.report_date else None,
        "incident_id": claim.incident_id,
        "contested": claim.contested,
        "report": claim.report,
        "place_text": claim.place_text,
        "place_id": claim.place_id,
        "place_name": claim.place_name,
        "place_names": claim.place_names,
        "lat": None if claim.lat is None else round(claim.lat, 6),
        "lon": None if claim.lon is None else round(claim.lon, 6),
        "precision": claim.precision,
        "uncertainty_m": claim.uncertainty_m,
        "method": claim.method,
        "score": None if claim.score is None else round(claim.score, 3),
        "candidates": "; ".join(claim.candidates),
        "claimant": claim.claimant,
        "claimant_name": claim.claimant_name,
        "claimant_side": claim.claimant_side,
        "claim_chain": LIST_SEP.join(claim.claim_chain),
        "event_type": claim.event_type,
        "killed": claim.killed,
        "wounded": claim.wounded,
        "quote": claim.quote,
        "span_start": claim.span[0] if claim.span else None,
        "span_end": claim.span[1] if claim.span else None,
        "source": claim.source,
        "url": claim.url,
        "notes": claim.notes,
        "confidence": claim.confidence,
    }


def _isos(days: list[date | None]) -> list[str | None]:
    known = {d: d.isoformat() for d in set(days) if d}  # claims share their dates
    return list(map(known.get, days))


def _rounds(digits: int) -> Callable[[list[float | None]], list[float | None]]:
    return lambda xs: [None if x is None else round(x, digits) for x in xs]


#: Each claim_row field that is not a plain attribute of the claim: the attribute it is read
#: from (a dotted path for operator.attrgetter) and what is done to the whole column of them.
_COLUMNS: dict[str, tuple[str, Callable[[list[Any]], list[Any]] | None]] = {
    "date_start": ("date.start", _isos),
    "date_end": ("date.end", _isos),
    "date_precision": ("date.precision", None),
    "date_text": ("date.text", None),
    "report_date": ("report_date", _isos),
    "lat": ("lat", _rounds(6)),
    "lon": ("lon", _rounds(6)),
    "score": ("score", _rounds(3)),
    "candidates": ("candidates", lambda xs: ["; ".join(x) for x in xs]),
    "claim_chain": ("claim_chain", lambda xs: [LIST_SEP.join(x) for x in xs]),
    "span_start": ("span", lambda xs: [x[0] if x else None for x in xs]),
    "span_end": ("span", lambda xs: [x[1] if x else None for x in xs]),
}


def claim_attributes(names: Sequence[str]) -> tuple[str, ...]:
    """The claim attributes (dotted paths for ``operator.attrgetter``) that the
    :func:`claim_row` values of ``names`` are read from, in order.

    >>> claim_attributes(("date_start", "claim_id", "candidates"))
    ('date.start', 'claim_id', 'candidates')
    """
    return tuple(_COLUMNS.get(n, (n, None))[0] for n in names)


def export_values(values: Sequence[tuple[Any, ...]], names: Sequence[str]
                  ) -> list[tuple[Any, ...]]:
    """:func:`claim_columns` of claims given by their :func:`claim_attributes` of ``names``, a
    tuple of them for each claim (so that claims sharing one tuple are worked on once).

    >>> export_values([(date(2020, 10, 1), "c1", ("a", "b"))],
    ...               ("date_start", "claim_id", "candidates"))
    [('2020-10-01', 'c1', 'a; b')]
    """
    if not values:
        return []
    works = [_COLUMNS.get(n, (n, None))[1] for n in names]
    columns = [work(list(column)) if work else column
               for column, work in zip(zip(*values, strict=True), works, strict=True)]
    return list(zip(*columns, strict=True))


def claim_columns(claims: Sequence[Claim], names: Sequence[str]) -> list[tuple[Any, ...]]:
    """For each claim, the tuple of its :func:`claim_row` values of ``names``, without making
    the rows: attributes are read by ``operator.attrgetter`` and worked on a column at a time.

    >>> c = Claim("c1", "r", DateSpan(date(2020, 10, 1), date(2020, 10, 2), "range"), lat=40.0,
    ...           lon=46.5, candidates=("a", "b"))
    >>> claim_columns([c], ("date_start", "claim_id", "candidates", "date_precision"))
    [('2020-10-01', 'c1', 'a; b', 'range')]
    """
    paths = [_COLUMNS.get(n, (n, None)) for n in names]
    if all(work is None for _, work in paths) and len(names) > 1:
        return list(map(operator.attrgetter(*(path for path, _ in paths)), claims))
    columns = []
    for path, work in paths:
        column = list(map(operator.attrgetter(path), claims))
        columns.append(work(column) if work else column)
    return list(zip(*columns, strict=True))
