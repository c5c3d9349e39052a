"""Tabular records -> claims: CSV, JSON Lines and mapper's own GeoJSON, with per-row errors.

Every row becomes a :class:`~mapper.model.Claim`. A row with a bad field is reported (a
:class:`Notice` of kind ``error``, naming the file and line) and still kept, with the field left
unknown and the problem written into ``claim.problems`` and ``claim.notes``; ``strict=True``
raises :class:`~mapper.errors.RecordError` at the first such row instead. A place that the
gazetteer does not know, or knows several of, is not an error: the claim stays unlocated with its
candidates, and a notice lists it for a person to look at.

The columns (case-insensitive, surrounding spaces ignored) are ``id, date, date_end, place, lat,
lon, claimant, event_type, killed, wounded, source, url, notes``, the field names of
:data:`~mapper.model.CLAIM_FIELDS`, so that every export reads back, and the columns of ACLED and
UCDP GED downloads (:data:`COLUMNS`), whose rows become claims of the dataset itself.

>>> from mapper import gazetteer  # doctest: +SKIP
>>> result = read_records(["records.csv"], gazetteer.load())  # doctest: +SKIP
>>> for notice in result.notices: print(notice)  # doctest: +SKIP
records.csv:7: date '2020-13-01' is not a date

This module imports no GIS library: it runs without GDAL.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import math
import operator
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import chain, compress
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from mapper.claimants import SIDE_OF, ClaimantIndex, ClaimantMatch, names_a_country
from mapper.dates import date_ambiguity, parse_date_field, writes_day_first
from mapper.errors import DataError, GeocoderError, RecordError
from mapper.gazetteer import Gazetteer
from mapper.inputs import (
    MAX_BYTES,
    likely_encoding,
    read_bounded,
    utf8_instead,
    utf16_without_bom,
)
from mapper.lang import en, fr, ru
from mapper.match import NEAR_KM, Matcher, distance_km
from mapper.model import DATE_PRECISIONS, EVENT_TYPES, LIST_SEP, PRECISIONS, Claim, DateSpan, Place
from mapper.names import clean
from mapper.reports import file_outlet

if TYPE_CHECKING:
    from mapper.geonames import GeoNames

#: Column names as written -> the field they fill. Both the issue's short names and the export's
#: CLAIM_FIELDS names are accepted, so exports read back.
COLUMNS = {
    "id": "id",
    "claim_id": "id",
    "date": "date",
    "date_start": "date",
    "date_end": "date_end",
    "date_precision": "date_precision",
    "date_text": "date_text",
    "report_date": "report_date",
    "place": "place",
    "place_text": "place",
    "place_id": "place_id",
    "lat": "lat",
    "latitude": "lat",
    "lon": "lon",
    "lng": "lon",
    "longitude": "lon",
    "precision": "precision",
    "uncertainty_m": "uncertainty_m",
    "method": "method",
    "score": "score",
    "claimant": "claimant",
    "claim_chain": "claim_chain",
    "event_type": "event_type",
    "killed": "killed",
    "wounded": "wounded",
    "quote": "quote",
    "span": "span",
    "span_start": "span_start",
    "span_end": "span_end",
    "report": "report",
    "source": "source",
    "url": "url",
    "notes": "notes",
    "confidence": "confidence",
    # ACLED and UCDP GED exports, and common synonyms.
    "event_date": "date",
    "event_id_cnty": "id",
    "event": "event_type",
    "sub_event_type": "sub_event_type",
    "location": "place",
    "where_coordinates": "place",
    "long": "lon",
    "coordinates": "coordinates",  # "39.82, 46.75" in one cell, latitude first
    "coords": "coordinates",
    "latlon": "coordinates",
    "lat_lon": "coordinates",
    "lat_long": "coordinates",
    "latlng": "coordinates",
    "lat_lng": "coordinates",
    "wkt": "wkt",  # read where lat and lon are blank: QGIS's CSV export gives only it
    "fatalities": "killed",
    "best": "killed",
    "deaths": "killed",
    "low": "low",
    "high": "high",
    "actor1": "actor1",
    "actor2": "actor2",
    "side_a": "actor1",
    "side_b": "actor2",
    "source_article": "source",
    "time_precision": "time_precision",
    "geo_precision": "geo_precision",
    "where_prec": "where_prec",
    # The district or province a row names: it picks among homonyms of its place.
    "district": "district",
    "admin1": "admin1",
    "adm_1": "admin1",
    "admin2": "admin2",
    "adm_2": "admin2",
    "admin3": "admin3",
}
#: Headers analysts give their own sheets, in English, French and Russian, as
#: :func:`column_name` spells them -> the field. Each is read only when no column of the
#: field's own name above is in the header, and only the first of them, so that a sheet that
#: also keeps, say, "place" and "village" reads "place" and names "village" as not read.
HEADER_SYNONYMS = {
    **dict.fromkeys((
        "when", "day", "incident_date", "date_of_incident", "date_of_event", "jour", "дата",
        "дата_события", "дата_инцидента"), "date"),
    **dict.fromkeys((
        "village", "settlement", "town", "city", "locality", "site", "place_name", "where",
        "toponym", "lieu", "localité", "localite", "ville", "место", "населённый_пункт",
        "населенный_пункт", "нп", "н.п.", "село", "пункт", "локация", "местоположение",
        "место_события"), "place"),
    **dict.fromkeys((
        "claimed_by", "claimant_name", "attributed_to", "according_to", "reported_by", "who",
        "claim_by", "who_claims", "claiming_side", "revendiqué_par", "selon", "déclarant",
        "по_данным", "заявитель", "кто_заявил", "кто_сообщает"), "claimant"),
    **dict.fromkeys((
        "incident_type", "type", "type_of_event", "event_category", "type_d'événement",
        "type_d’événement", "événement", "evenement", "тип", "тип_события", "событие"),
        "event_type"),
    **dict.fromkeys((
        "dead", "died", "kia", "killed_in_action", "fatality", "tués", "tues", "morts",
        "décès", "deces", "victimes", "погибшие", "погибло", "погибших", "убито", "убитые",
        "жертвы"), "killed"),
    **dict.fromkeys((
        "injured", "injuries", "wia", "wounded_in_action", "hurt", "blessés", "blesses",
        "раненые", "ранено", "раненых", "ранены"), "wounded"),
    **dict.fromkeys((
        "link", "links", "source_url", "source_link", "href", "lien", "ссылка", "ссылки"), "url"),
    **dict.fromkeys(("outlet", "media", "publication", "média", "média_source", "источник",
                     "сми"), "source"),
    **dict.fromkeys((
        "comment", "comments", "remarks", "note", "description", "details", "remarques",
        "commentaire", "commentaires", "примечание", "примечания", "комментарий",
        "описание"), "notes"),
    # not X and Y: QGIS writes a projected layer's metres under them as well as degrees
    **dict.fromkeys(("широта", "latitude_n", "lat_n"), "lat"),
    **dict.fromkeys(("долгота", "longitude_e", "lon_e", "long_e"), "lon"),
    **dict.fromkeys(("province", "marz", "rayon", "район", "область", "марз"), "district"),
}


def known_column(raw: Any) -> bool:
    """Whether a header cell names a column records read (:data:`COLUMNS` or a synonym)."""
    name = column_name(raw)
    return name in COLUMNS or name in HEADER_SYNONYMS


#: Fields whose places break a tie between homonyms of a row's place, as `lookup --context`.
CONTEXT = ("district", "admin3", "admin2", "admin1")
#: Headers that mark a download from a public dataset: its rows are that dataset's claims.
DATASETS = (
    ("ACLED", frozenset({"event_id_cnty", "actor1", "geo_precision", "time_precision"})),
    ("UCDP GED", frozenset({"where_coordinates", "side_a", "source_article", "where_prec"})),
)
#: ACLED event types and sub-event types -> mapper's (a sub-event type decides first).
EVENT_SYNONYMS = {
    "armed clash": "armed_clash",
    "battles": "armed_clash",
    "government regains territory": "capture",
    "non-state actor overtakes territory": "capture",
    "shelling/artillery/missile attack": "shelling",
    "air/drone strike": "attack",
    "remote explosive/landmine/ied": "ambush_sabotage",
    "attack": "attack",
    "violence against civilians": "attack",
    "explosions/remote violence": "attack",
    "grenade": "attack",
    "suicide bomb": "attack",
    "sexual violence": "attack",
    # the handovers of Aghdam, Kalbajar and Lachin in 2020, the withdrawals of 2023
    "non-violent transfer of territory": "withdrawal_evacuation",
    "abduction/forced disappearance": "detention",
    "arrests": "detention",
    "clash": "armed_clash",
    "shelling": "shelling",
}
#: ACLED time_precision: 2 is "within a week" of event_date, 3 "within the month". The span
#: covers the week on both sides of the date, whichever day of it ACLED wrote.
ACLED_WEEK_DAYS = 6
#: ACLED geo_precision and UCDP where_prec -> precision (and a radius where the codebook gives
#: one: UCDP 2 is "within 25 km").
GEO_PRECISION = {
    ("geo_precision", "1"): ("town", None),
    ("geo_precision", "2"): ("district", None),
    ("geo_precision", "3"): ("region", None),
    ("where_prec", "1"): ("site", None),
    ("where_prec", "2"): ("district", 25000.0),
    ("where_prec", "3"): ("district", None),
    ("where_prec", "4"): ("region", None),
    ("where_prec", "5"): ("region", None),
    ("where_prec", "6"): ("country", None),
    ("where_prec", "7"): ("region", None),  # international waters or airspace, a wider area
}
#: Export fields that are recomputed on reading (from the gazetteer, or by incidents.group).
DERIVED = frozenset(
    {
        "place_name",
        "place_names",
        "candidates",
        "claimant_name",
        "claimant_side",
        "incident_id",
        "contested",
        "geometry",
    }
)
FORMATS = {
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".geojson": "geojson",
    ".json": "json",
}
#: The fields that locating a row reads besides its coordinates: a row with coordinates and none
#: of these is located at them, with nothing to look up.
LOCATING = ("place", "place_id", "method", "precision", "geo_precision", "where_prec",
            "uncertainty_m", *CONTEXT)
#: What a row that names no claimant gives.
NO_CLAIMANT = ClaimantMatch("", "", "", "unknown", "unknown", 0.0, False)
#: User coordinates are checked against the place named in the same row within this distance.
NEAR_PLACE_KM = 10.0
#: Trust in a place given by its gazetteer id.
PLACE_ID_SCORE = 1.0
MAX_SUGGESTIONS = 5
#: Rows turned into claims at a time (:meth:`RecordReader.stream`): a batch's rows, cells and
#: claims stay in the processor's caches while its columns are worked through (batches of
#: 10,000 rows took a third longer).
BATCH_ROWS = 1_000
#: The largest count a GeoPackage INTEGER (and a spreadsheet) holds exactly.
MAX_COUNT = 2**63 - 1
#: A cell a spreadsheet would run as a formula, defused on export with a leading apostrophe
#: (see :mod:`mapper.export`); the apostrophe is dropped again when mapper reads its own CSV.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class Notice:
    """Something a person should look at, and where it was found.

    ``kind`` is ``error`` (a bad row: the run fails), or one of ``unresolved``, ``ambiguous``,
    ``unknown_claimant``, ``claimant_guess`` (fuzzy or partial), ``unknown_event_type``,
    ``no_place``, ``far_from_place``, ``outside_regions``, ``ignored_columns``, ``ambiguous_date``,
    ``geonames``, ``homonym`` (located at the largest of homonyms of different rank),
    ``geocoded``, ``geocoder_failed``, ``outside_district`` (resolved outside the district
    the row names), ``claimant_from_source`` (a sheet without a claimant column whose sources
    were read as claimants), ``encoding`` (attention only), ``not_read`` (a folder's PDF, Word
    document or spreadsheet: what to save it as); a report's claim left out as unlikely is an
    ``unlikely`` notice (:func:`mapper.pipeline.unlikely_notices`), a report that gave no claim
    a ``no_claim`` one (:func:`mapper.pipeline.no_claim_notice`).
    """

    where: str
    kind: str
    message: str
    claim_id: str = ""
    text: str = ""  # the place or claimant text at issue
    suggestions: tuple[str, ...] = ()  # "place_id (name, score)", best first

    @property
    def is_error(self) -> bool:
        return self.kind == "error"

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class Records:
    """What reading gave: every claim, and every notice in input order."""

    claims: list[Claim] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)

    @property
    def errors(self) -> list[Notice]:
        return [n for n in self.notices if n.is_error]

    @property
    def ok(self) -> bool:
        """False when any row was bad: the CLI then exits 1 (after writing what it read)."""
        return not self.errors


@dataclass(slots=True)  # no __dict__: a sheet makes one for each line
class Row:
    """One record as read, before resolution: canonical field -> value (str, number or list)."""

    where: str
    values: dict[str, Any]
    problems: list[str] = field(default_factory=list)  # found while parsing the file
    file: str = ""  # the file's name, part of a derived claim id
    ignored: tuple[str, ...] = ()  # column or field names that are not read
    header: bool = False  # a CSV header: carries only ``ignored`` and ``note``
    note: str = ""  # about the whole file (how it was decoded, lines above its header)
    note_kind: str = "encoding"  # the kind of the note's notice
    dataset: str = ""  # a header's: the dataset whose download it is ("ACLED", "UCDP GED")


# -- reading files ------------------------------------------------------------------------------


def detect_format(path: str | Path) -> str:
    """``csv``, ``jsonl``, ``geojson`` or ``json``, by suffix; raise RecordError otherwise."""
    suffix = Path(str(path)).suffix.lower()
    if suffix not in FORMATS:
        raise RecordError(
            f"unknown record format {suffix or '(no suffix)'!r}; expected one of "
            f"{', '.join(sorted(FORMATS))}",
            where=str(path),
        )
    return FORMATS[suffix]


def decode(data: bytes, where: str, encoding: str = "utf-8") -> str:
    """Bytes to text; an undecodable byte raises RecordError naming its line and --encoding."""
    try:
        codec = "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding
    except LookupError:
        raise RecordError(f"unknown encoding {encoding!r}", where=where) from None
    if codec == "utf-8-sig" and data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        codec = "utf-16"  # Excel's "Unicode text", as reports read it
    elif codec == "utf-8-sig" and b"\x00" in data[:4096] and (wide := utf16_without_bom(data)):
        codec = wide  # its byte-order mark left out: NUL bytes had been dropped as noise
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):  # ZIP (.xlsx, .ods), OLE (.xls)
        raise RecordError("a spreadsheet file (Excel or LibreOffice), not text: save it as CSV "
                          "(UTF-8) and give that", where=where)
    try:
        return clean(data.decode(codec))
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        bad = data[exc.start : exc.start + 1].hex()
        likely = likely_encoding(data) if codec == "utf-8-sig" else None
        hint = (f"{likely} (its text reads as such)" if likely else
                "cp1251 (or the file's encoding)" if codec == "utf-8-sig" else "ENCODING")
        hint = f"; try --encoding {hint}"
        raise RecordError(
            f"byte 0x{bad} cannot be decoded as {encoding}{hint}", where=f"{where}:{line}"
        ) from None


def iter_rows(
    path: str | Path, *, encoding: str = "utf-8", fmt: str | None = None, data: bytes | None = None
) -> Iterator[Row]:
    """The rows of one records file, with where each was found.

    ``path`` ``-`` reads standard input (then ``fmt`` defaults to what the text looks like).
    ``data`` gives the bytes directly (tests, stdin). Raises RecordError for a file that cannot
    be read at all (missing, empty, undecodable, not JSON); row problems are carried on the rows.
    """
    where = "<stdin>" if str(path) == "-" else str(path)
    if data is None:
        try:
            data = read_bounded(None if where == "<stdin>" else path, MAX_BYTES)
        except FileNotFoundError:
            raise RecordError("no such file", where=where) from None
        except IsADirectoryError:
            raise RecordError("is a folder, not a records file", where=where) from None
        except OSError as exc:
            raise RecordError(f"cannot read ({exc.strerror or exc})", where=where) from None
    if utf8_instead(data, encoding):
        yield Row(where, {}, [], where, header=True,
                  note=f"read as UTF-8 (the bytes are valid UTF-8), not {encoding}")
        encoding = "utf-8"
    text = decode(data, where, encoding)
    if not text.strip():
        raise RecordError("file is empty: no records", where=where)
    if fmt is None:
        fmt = detect_format(path) if where != "<stdin>" else _sniff(text)
    if fmt == "json":
        fmt = _sniff(text)
    if fmt == "csv":
        yield from _csv_rows(text, where)
    elif fmt == "jsonl":
        yield from _jsonl_rows(text, where)
    elif fmt == "geojson":
        yield from _geojson_rows(text, where)
    else:
        raise RecordError(f"unknown record format {fmt!r}", where=where)


def _sniff(text: str) -> str:
    head = text.lstrip()[:1]
    if head == "{":
        first = text.lstrip().split("\n", 1)[0]
        try:
            json.loads(first)
        except ValueError:
            return "geojson"  # a multi-line JSON document
        return "geojson" if '"FeatureCollection"' in first else "jsonl"
    if head == "[":
        return "geojson"  # a JSON array of records (see _geojson_rows)
    return "csv"


_HEADER_GAPS = re.compile(r"[\s-]+")


def column_name(raw: Any) -> str:
    """A header as :data:`COLUMNS` spells it: "Event Date", "event-date" -> "event_date"."""
    return _HEADER_GAPS.sub("_", unicodedata.normalize("NFC", str(raw)).strip().casefold())


def is_sheet(path: str | Path) -> bool:
    """Whether a text file is a sheet, as Excel saves one as "Unicode Text" (UTF-16) or "Text
    (Tab delimited)": a first line of tab-separated known columns ("date<TAB>place"), which no
    report opens with."""
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return False
    utf16 = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))  # as decode() reads
    text = head.decode("utf-16" if utf16 else "utf-8-sig", "ignore")
    first = next((line for line in text.splitlines() if line.strip()), "")
    cells = first.split("\t")
    return len(cells) >= 2 and sum(map(known_column, cells)) >= 2


def dataset_of(names: Iterable[str]) -> str:
    """"ACLED" or "UCDP GED" when a header is such a download, else ""."""
    folded = {column_name(n) for n in names}
    for name, marks in DATASETS:
        if len(folded & marks) >= 2:
            return name
    return ""


#: The header of the rows to review that mapper writes (``unresolved.csv``, ``--unresolved``).
REVIEW_HEADER = ["where", "kind", "claim_id", "text", "suggestions", "message"]


def _canonical_header(names: list[str], where: str) -> tuple[list[str | None], list[str]]:
    """Each column's field (None: ignored) and the ignored names; raise on no known column."""
    if [column_name(n) for n in names] == REVIEW_HEADER:  # its claim_id had made each a claim
        raise RecordError("rows to review that mapper wrote (unresolved.csv), not records: the "
                          "claims are in the claims file written beside it", where=where)
    fields: list[str | None] = []
    ignored = []
    seen: dict[str, str] = {}
    own = {COLUMNS[n] for n in map(column_name, names) if n in COLUMNS}
    for raw in names:
        name = column_name(raw)
        canon = COLUMNS.get(name)
        if canon is None and (weak := HEADER_SYNONYMS.get(name)) and weak not in own:
            own.add(weak)  # "Village": the place, unless "place" (or a second synonym) is there
            canon = weak
        if canon is None:
            if name and name not in DERIVED:
                ignored.append(raw.strip())
        elif canon in seen:
            if canon not in ("date", "id", *CONTEXT) or column_name(seen[canon]) == name:
                raise RecordError(
                    f"columns {seen[canon]!r} and {raw.strip()!r} both give {canon!r}", where=where
                )
            # date and date_start (an export), a sheet's id and ACLED's, ACLED's admin1 and
            # UCDP's adm_1: the first wins
            ignored.append(raw.strip())
            canon = None
        else:
            seen[canon] = raw.strip()
        fields.append(canon)
    if not seen:
        shown = ", ".join(repr(n.strip()) for n in names[:6])
        first = names[0].strip().lower() if names else ""
        # a report's front matter or page: standard input of run and map is records
        report = first == "---" or first.startswith(("<!doctype", "<html"))
        raise RecordError(
            f"no known column in the header ({shown}); expected id, date, place, lat, lon, "
            "claimant, event_type, killed, wounded, source, url, notes"
            + ("; this looks like a report: save it as a .txt, .md or .html file, or give it "
               "to mapper extract" if report else ""),
            where=where,
        )
    return fields, ignored


class _Lines:
    """An iterator over physical lines that counts how many the csv reader has taken."""

    def __init__(self, lines: list[str], start: int) -> None:
        self.lines = lines
        self.pos = start

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.pos >= len(self.lines):
            raise StopIteration
        self.pos += 1
        return self.lines[self.pos - 1]


def _dialect(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


_SEP_LINE = re.compile(r"\s*sep=(.)\s*")
#: How many lines below a sheet's first a header is looked for, under a title.
TITLE_LINES = 10


def _csv_rows(text: str, where: str) -> Iterator[Row]:
    csv.field_size_limit(MAX_BYTES)  # a long quote (the default limit is 128 KiB) reads back
    lines = io.StringIO(text, newline="").readlines()
    # The header is the first line that is not blank, nor Excel's "sep=;" naming the delimiter.
    top = next(n for n, line in enumerate(lines) if line.strip())
    named = _SEP_LINE.fullmatch(lines[top].rstrip("\r\n"))
    if named:
        top = next((n for n in range(top + 1, len(lines)) if lines[n].strip()), len(lines))
        if top == len(lines):
            raise RecordError("no header below the 'sep=' line", where=f"{where}:{top}")
    delimiter = named[1] if named else _dialect(lines[top])
    header = next(csv.reader([lines[top]], delimiter=delimiter))
    skipped = ""
    if not any(map(known_column, header)):
        # a title above the header ("Incidents log, December 2020"), as sheets often open
        # with (below a "sep=;" line too): the header is the first line below that names two
        # known columns
        for n in range(top + 1, min(len(lines), top + 1 + TITLE_LINES)):
            below = named[1] if named else _dialect(lines[n])
            cells = next(csv.reader([lines[n]], delimiter=below), [])
            if sum(map(known_column, cells)) >= 2:
                above = f"line {top + 1}" if n == top + 1 else f"lines {top + 1}-{n}"
                skipped = f"{above} above the header skipped (a title, not records)"
                top, delimiter, header = n, below, cells
                break
    fields, ignored = _canonical_header(header, f"{where}:{top + 1}")
    dataset = dataset_of(header)
    every_column_read = None not in fields
    if ignored or skipped:
        yield Row(f"{where}:{top + 1}", {}, [], where, tuple(ignored), header=True, note=skipped,
                  note_kind="skipped_lines", dataset=dataset)
    pos = top + 1
    source = _Lines(lines, pos)
    # One reader for the file: it starts each record afresh, from wherever source.pos points.
    reader = csv.reader(source, delimiter=delimiter, strict=True)
    while pos < len(lines):
        start = source.pos = pos
        problems: list[str] = []
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            # An unclosed or stray quote: report the line where the record starts, keep that
            # line as a row of its own, and read on from the next line.
            reason = (
                "unclosed quote: the field runs to the end of the file"
                if "unexpected end" in str(exc)
                else f"stray quote ({exc})"
            )
            problems.append(reason)
            values = next(csv.reader([lines[start].rstrip("\r\n")], delimiter=delimiter))
            source.pos = start + 1
        pos = source.pos
        if pos - start > 1 and not problems and _swallowed(values, len(fields), delimiter):
            # A quoted field that runs over lines and holds a row's worth of delimiters (or
            # leaves the wrong number of fields) is a stray quote: read its lines one by one.
            why = (
                f"leaves {len(values)} fields, not {len(fields)}"
                if len(values) != len(fields)
                else f"holds a whole row's {delimiter!r}"
            )
            problems.append(
                f"stray quote? a quoted field runs over lines {start + 1}-{pos} "
                f"and {why}; this line was read alone"
            )
            values = next(csv.reader([lines[start].rstrip("\r\n")], delimiter=delimiter))
            pos = start + 1
        joined = "".join(values)
        if not joined.strip():  # no cell holds anything but blanks
            continue
        if len(values) != len(fields) and not problems:
            problems.append(f"found {len(values)} fields, expected {len(fields)}")
        if every_column_read and "'" not in joined:  # nothing to skip or undo: the cells as read
            row = dict(zip(fields, values, strict=False))
        else:
            row = {
                f: v if v[:1] != "'" else _undefused(v)
                for f, v in zip(fields, values, strict=False)
                if f is not None
            }
        if not problems and not any(row.get(f) and str(row[f]).strip() for f in CLAIM_SIGNS):
            # a note alone on its line: a sheet's merged note going on below its row, or a
            # total; kept as a row to review, not made a claim with no date, place or claimant
            shown = " | ".join(str(v).strip() for v in row.values() if str(v).strip())
            yield Row(f"{where}:{start + 1}", {}, [], where, header=True, note_kind="notes_only",
                      note=f"a row with no date, place, claimant or count ({_show(shown)}): "
                           "not a claim (a note going on from the row above, or a total?)")
            continue
        if dataset:
            row["dataset"] = dataset
        yield Row(f"{where}:{start + 1}", row, problems, where)


#: The fields of which a sheet's row must give one to be a claim: a row of notes, a source or
#: an id alone is not one.
CLAIM_SIGNS = ("date", "date_end", "date_text", "place", "place_id", "lat", "lon", "coordinates",
                "wkt", "claimant", "event_type", "sub_event_type", "killed", "wounded", "quote",
                "span", "span_start", *CONTEXT)


def _undefused(value: str) -> str:
    """A cell as it was before export defused it (``'=1+1`` -> ``=1+1``)."""
    return value[1:] if value[:1] == "'" and value[1:2] in FORMULA_START else value


def _swallowed(values: list[str], expected: int, delimiter: str) -> bool:
    if len(values) != expected:
        return True
    return any("\n" in v or "\r" in v for v in values) and any(
        v.count(delimiter) >= expected - 1 for v in values
    )


def _jsonl_rows(text: str, where: str) -> Iterator[Row]:
    for number, line in enumerate(text.split("\n"), 1):
        line = line.strip()
        if not line:
            continue
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError) as exc:
            yield Row(
                f"{where}:{number}",
                {"notes": line},
                [f"not a JSON object: {_json_error(exc)}"],
                where,
            )
            continue
        if not isinstance(obj, dict):
            yield Row(
                f"{where}:{number}",
                {"notes": line},
                [f"expected a JSON object, found {type(obj).__name__}"],
                where,
            )
            continue
        values, ignored = _object_values(obj)
        yield Row(f"{where}:{number}", values, [], where, ignored)


def _json_error(exc: Exception) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return _show(getattr(exc, "msg", exc)).strip("'\"")


def _object_values(obj: dict[str, Any]) -> tuple[dict[str, Any], tuple[str, ...]]:
    values: dict[str, Any] = {}
    ignored = []
    for name, value in obj.items():
        name = clean(str(name))
        canon = COLUMNS.get(column_name(name))
        if canon is None:
            if column_name(name) not in DERIVED:
                ignored.append(str(name))
            continue
        if canon in values and values[canon] not in (None, ""):
            continue  # date and date_start both present: the first wins
        values[canon] = value
    if dataset := dataset_of(obj):
        values["dataset"] = dataset
    return values, tuple(ignored)


def _geojson_rows(text: str, where: str) -> Iterator[Row]:
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError) as exc:
        line = getattr(exc, "lineno", None)
        raise RecordError(
            f"not valid JSON: {_json_error(exc)}",
            where=f"{where}:{line}" if line else where,
        ) from None
    if isinstance(doc, dict) and doc.get("type") == "Feature":
        doc = {"type": "FeatureCollection", "features": [doc]}
    if isinstance(doc, list):  # an array of records, as many tools write JSON
        if not any(isinstance(item, dict) for item in doc):  # [], [1, 2]: no records
            raise RecordError("a JSON array with no object in it: no records", where=where)
        yield from _array_rows(doc, where)
        return
    if isinstance(doc, dict) and isinstance(doc.get("messages"), list):
        raise RecordError(TELEGRAM_EXPORT, where=where)
    if not (
        isinstance(doc, dict)
        and doc.get("type") == "FeatureCollection"
        and isinstance(doc.get("features"), list)
    ):
        raise RecordError("not a GeoJSON FeatureCollection, a JSON array of records or JSON "
                          "Lines", where=where)
    for index, feature in enumerate(doc["features"], 1):
        here = f"{where}: feature {index}"
        if not isinstance(feature, dict):
            yield Row(here, {"notes": _json_text(feature)}, ["not a GeoJSON Feature"], where)
            continue
        props = feature.get("properties")
        values, ignored = _object_values(props if isinstance(props, dict) else {})
        problems: list[str] = []
        if "id" not in values and isinstance(feature.get("id"), str | int):
            values["id"] = feature["id"]
        geometry = feature.get("geometry")
        if geometry is not None:
            coords = geometry.get("coordinates") if isinstance(geometry, dict) else None
            if (
                isinstance(geometry, dict)
                and geometry.get("type") == "Point"
                and isinstance(coords, list)
                and len(coords) >= 2
            ):
                lon, lat = coords[0], coords[1]
                moved = any(_differs(values.get(k), v) for k, v in (("lat", lat), ("lon", lon)))
                values["lat"], values["lon"] = lat, lon
                if moved:  # the point was edited (in QGIS, say): it is the user's coordinate now
                    values.pop("method", None)
                    values.pop("score", None)
            elif isinstance(geometry, dict) and geometry.get("type") == "Point":
                shown = json.dumps(coords, ensure_ascii=False)[:60]
                problems.append(f"geometry Point has coordinates {shown}, not [lon, lat]")
            else:
                kind = geometry.get("type") if isinstance(geometry, dict) else type(geometry)
                problems.append(f"geometry {kind!s} is not a Point; only Point or null is read")
        yield Row(here, values, problems, where, ignored)


#: What a chat export (Telegram Desktop's result.json: {"name", "messages": [...]}) is told.
TELEGRAM_EXPORT = ("a chat export (its posts under 'messages'), not records: save each post as a "
                   "report, a text file whose front matter gives its date ('published:')")


def _array_rows(items: list[Any], where: str) -> Iterator[Row]:
    """The rows of a JSON array of objects, each read as a line of JSON Lines is."""
    for index, obj in enumerate(items, 1):
        here = f"{where}: item {index}"
        if not isinstance(obj, dict):
            yield Row(here, {"notes": _json_text(obj)},
                      [f"expected a JSON object, found {type(obj).__name__}"], where)
            continue
        values, ignored = _object_values(obj)
        yield Row(here, values, [], where, ignored)


def _json_text(value: Any) -> str:
    """A JSON value as text for a row's notes, its first 2,000 characters."""
    try:
        return json.dumps(value, ensure_ascii=False)[:2000]
    except RecursionError:
        return "(JSON nested too deeply to show)"


def _differs(old: Any, new: Any) -> bool:
    if old in (None, ""):
        return False
    try:
        return abs(float(old) - float(new)) > 1e-6
    except (TypeError, ValueError, OverflowError):
        return True


# -- rows -> claims -----------------------------------------------------------------------------


def _text(value: Any) -> str:
    if value is None:
        return ""
    if type(value) is str and value.isascii() and value.isprintable():
        return " ".join(value.split())  # what the general case gives, without its work
    if isinstance(value, list | tuple | dict):
        return _json_text(value) if _nested(value) else LIST_SEP.join(_text(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(unicodedata.normalize("NFC", clean(_str(value))).split())


#: The types of cells whose distinct values are worked out once (None: a row lacks the column).
_STR = frozenset((str, type(None)))


def _long_text(value: Any) -> str:
    """Free text (quote, notes): NFC, ends trimmed, inner line breaks kept."""
    if type(value) is str and value.isascii() and value.isprintable():
        return value.strip()  # what the general case gives, without its work
    if isinstance(value, list | tuple | dict) and _nested(value):
        value = _json_text(value)
    return "" if value is None else unicodedata.normalize("NFC", clean(_str(value))).strip()


def _nested(value: Any) -> bool:
    """A JSON object, or a list holding lists or objects: shown as JSON, not joined."""
    return isinstance(value, dict) or any(isinstance(v, list | tuple | dict) for v in value)


def _str(value: Any) -> str:
    try:
        return str(value)
    except ValueError:  # an integer of more digits than str() converts
        return f"(a number of about {value.bit_length() * 0.30103:.0f} digits)"


def _float(value: Any, name: str) -> float | None:
    if value is None or value == "" or isinstance(value, bool):
        if isinstance(value, bool):
            raise ValueError(f"{name} {value!r} is not a number")
        return None
    try:
        number = float(str(value).strip().replace(",", ".") if isinstance(value, str) else value)
    except (TypeError, ValueError, OverflowError):
        raise ValueError(f"{name} {_show(value)} is not a number") from None
    if not math.isfinite(number):
        raise ValueError(f"{name} {_show(value)} is not a finite number")
    return number


# Counts as sheets write them: a range or a bound ("2-3", "5+", "at least 5", "~4") gives its
# lower number, as do a number with its thousands grouped ("1,200", "1 200") and one followed by
# who was counted or a remark ("2 soldiers", "3 (unconfirmed)"); a number in words ("two",
# "deux", "двое") is that number; the text as written goes to notes. Words for no count give
# none; words for nobody give 0.
_COUNT_TAIL = r"(?:\s+[^\W\d_][^\d()]{0,60}|\s*\([^()]{0,60}\))?"
_BOUNDED = re.compile(
    r"(?:(?:at least|more than|over|about|around|approx(?:imately|\.)?|~|>=?|≥)\s*)?"
    r"([0-9]{1,18}|[0-9]{1,3}(?:[, \u00a0\u202f][0-9]{3})+)"
    r"\s*(?:(?:-|–|—|to)\s*([0-9]{1,18})|\+|or more)?" + _COUNT_TAIL,
    re.IGNORECASE,
)
_NUMBER_WORDS = {**en.NUMBERS, **fr.NUMBERS, **ru.NUMBERS}
_WORD_COUNT = re.compile(
    "(" + "|".join(re.escape(w) for w in sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
    + _COUNT_TAIL, re.IGNORECASE)
_NO_COUNT = frozenset({"unknown", "n/a", "na", "?", "-", "–", "—", "unk",
                       "no data", "not reported", "unreported", "unconfirmed", "unclear", "tbc",
                       "tbd", "нет данных", "н/д", "неизвестно", "inconnu", "non communiqué"})
#: Counts that say there are some but not how many: no count, the words kept in notes.
_VAGUE_COUNT = frozenset({"several", "some", "a few", "few", "many", "multiple", "dozens",
                          "scores", "hundreds", "numerous", "несколько", "десятки", "много",
                          "plusieurs", "quelques", "des dizaines", "de nombreux"})
_NOBODY = frozenset({"none", "nil", "zero", "no one", "nobody", "no casualties", "aucun",
                     "aucune", "personne", "нет", "никто", "ни одного"})


def _bounded(value: Any) -> str | None:
    """The number a count written otherwise than as digits alone gives (a range's or bound's
    lower number, grouped thousands, a number with words after it, a number word; "0" for
    nobody), or None."""
    text = value.strip() if isinstance(value, str) else ""
    if not text or text.isdecimal():
        return None
    if text.casefold() in _NOBODY:
        return "0"
    if m := _WORD_COUNT.fullmatch(text):
        return str(_NUMBER_WORDS[m[1].casefold()])
    m = _BOUNDED.fullmatch(text)
    if m is None:
        return None
    first = re.sub(r"\D", "", m[1])
    if m[2] is None or int(first) <= int(m[2]):
        return first
    return None


def _count(value: Any, name: str) -> int | None:
    """A whole number >= 0, exact (never rounded through a float), at most :data:`MAX_COUNT`;
    for casualties, the lower number of a range or bound ("2-3", "5+"), None for "unknown"."""
    if isinstance(value, str) and name in ("killed", "wounded"):
        if value.strip().casefold() in _NO_COUNT | _VAGUE_COUNT:
            return None
        value = _bounded(value) or value
    exact = value if isinstance(value, int) and not isinstance(value, bool) else None
    if isinstance(value, str) and value.strip().isdecimal() and len(value.strip()) <= 40:
        exact = int(value.strip())
    if exact is None:
        number = _float(value, name)
        if number is None:
            return None
        if not number.is_integer() or number < 0:
            raise ValueError(f"{name} {_show(value)} is not a whole number >= 0")
        exact = int(number)
    if exact < 0:
        raise ValueError(f"{name} {_show(value)} is not a whole number >= 0")
    if exact > MAX_COUNT:
        raise ValueError(f"{name} {_show(value)} is larger than {MAX_COUNT}; left unknown")
    return exact


def _show(value: Any) -> str:
    text = _str(value)
    return repr(text if len(text) <= 60 else text[:57] + "...")


def stable_id(file: str, values: dict[str, Any]) -> str:
    """``c-`` and 12 hex digits of the file name and the row's normalised values."""
    file = Path(file).name
    body = "\x1f".join(f"{k}={_text(values[k])}" for k in sorted(values) if _text(values[k]))
    return "c-" + hashlib.sha1(f"{file}\x1e{body}".encode()).hexdigest()[:12]


def _suggestion(place: Place, score: float) -> str:
    return f"{place.id} ({place.name}, {score:.2f})"


def _once(cache: dict, key: tuple[Any, ...], work: Callable[[], Any]) -> Any:
    """``work()`` for a key, or its error's message (:func:`_attempt`), worked out once."""
    if key not in cache:
        cache[key] = _attempt(work)
    return cache[key]


def _attempt(func: Callable[..., Any], *args: Any) -> Any:
    """``func(*args)``, or the message of the ValueError or DataError it raises: what a row's
    field gave, or the problem to note on the row. (``func`` returns no str.)"""
    try:
        return func(*args)
    except DataError as exc:
        return exc.message
    except ValueError as exc:
        return str(exc)


def _per_distinct(func: Callable[[Any], Any], keys: list[Any]) -> list[Any]:
    """``func`` of each key, worked out once for each distinct key when the keys are texts or
    tuples of texts (other values, such as JSON's 1, 1.0 and true, which are equal as keys but
    read differently, each on its own)."""
    kinds = set(map(type, keys))
    if kinds <= _STR or (kinds == {tuple} and set(map(type, chain.from_iterable(keys))) <= _STR):
        distinct = set(keys)
        if len(distinct) < len(keys):
            made = {key: func(key) for key in distinct}
            return list(map(made.__getitem__, keys))
    return list(map(func, keys))  # every key differs (ids, free text) or is read on its own


def _marked(column: list[Any]) -> Iterator[int]:
    """The positions of the column's cells that hold something."""
    return compress(range(len(column)), column)


class RecordReader:
    """Turns rows into claims against one gazetteer; lookups are cached per place text.

    ``geocoder`` (optional) is called as ``geocoder.lookup(text)`` for places the gazetteer does
    not know and returns an object with ``lat, lon, method, score, precision, uncertainty_m,
    address`` or None (see :mod:`mapper.geocode`). Without ``matcher``, one is made against the
    gazetteer (and ``geonames``, when given) at the first place text looked up: rows with
    coordinates alone need none.
    """

    def __init__(
        self,
        gazetteer: Gazetteer,
        *,
        matcher: Matcher | None = None,
        geonames: GeoNames | None = None,
        claimants: ClaimantIndex | None = None,
        geocoder: Any = None,
        strict: bool = False,
        labels: dict[str, str] | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        # how a message names a file ("first at records/sheet.csv:13"): no path of the machine
        self.labels = labels or {}
        self._matcher = matcher
        self.geonames = geonames
        self.claimants = claimants or ClaimantIndex(gazetteer)
        self.geocoder = geocoder
        self.strict = strict
        self._lookups: dict[tuple[str, tuple[str, ...]], Any] = {}
        self._typed: dict[tuple[str, tuple[str, ...]], tuple[Any, str | None]] = {}
        self._ids: dict[str, str] = {}
        self._repeats: dict[str, int] = {}  # an id given more than once: its last ~n
        self._ignored: set[tuple[str, str]] = set()
        self._from_source: set[str] = set()  # files whose sources were read as claimants
        self.regions = _regions(gazetteer)
        self._dates: dict[tuple[str, ...], DateSpan | str] = {}  # span, or why not
        self._ambiguous: dict[str, str | None] = {}
        self._positions: dict[tuple[str, str], tuple[float, float] | str | None] = {}
        self._inside: dict[tuple[float, float], bool] = {}
        self._events: dict[tuple[str, str], tuple[str, str]] = {}
        self._counts: dict[tuple[str, str], int | str | None] = {}

    @property
    def matcher(self) -> Matcher:
        if self._matcher is None:
            self._matcher = Matcher(self.gazetteer, geonames=self.geonames)
        return self._matcher

    def read(
        self, paths: Iterable[str | Path], *, encoding: str = "utf-8", fmt: str | None = None
    ) -> Records:
        result = Records()
        for claims in self.stream(paths, result.notices, encoding=encoding, fmt=fmt):
            result.claims.extend(claims)
        return result

    def stream(
        self,
        paths: Iterable[str | Path],
        notices: list[Notice],
        *,
        encoding: str = "utf-8",
        fmt: str | None = None,
        size: int = 10_000,
    ) -> Iterator[list[Claim]]:
        """The claims of ``paths`` in input order, in lists of at most ``size``, so that a
        caller need not hold them all; the notices are appended to ``notices`` as found.

        Rows are turned into claims a batch of :data:`BATCH_ROWS` at a time (:meth:`add_rows`);
        with ``strict``, one at a time, so that nothing after the first bad row is looked up."""
        into = Records(notices=notices)
        batch: list[Row] = []
        for path in paths:
            report = str(path) if str(path) != "-" else "<stdin>"
            try:
                for row in iter_rows(path, encoding=encoding, fmt=fmt):
                    batch.append(row)
                    if row.header:
                        continue
                    if (self.strict or len(batch) >= BATCH_ROWS
                            or len(into.claims) + len(batch) >= size):
                        self.add_rows(batch, report=report, into=into)
                        batch = []
                    if len(into.claims) >= size:
                        yield into.claims
                        into.claims = []
            except RecordError as exc:
                if self.strict:
                    raise
                self.add_rows(batch, report=report, into=into)
                batch = []
                # The file cannot be read (or no further): its error is listed, the rest is read.
                notices.append(Notice(exc.where or report, "error", exc.message))
            self.add_rows(batch, report=report, into=into)
            batch = []
            if len(into.claims) >= size:
                yield into.claims
                into.claims = []
        if into.claims:
            yield into.claims

    def add_rows(self, rows: list[Row], *, report: str, into: Records) -> None:
        """Turn rows into claims appended to ``into``, with their notices, in row order."""
        data = [row for row in rows if not row.header]
        made = iter(self.claims(data, report) if data else ())
        notices = into.notices
        for row in rows:
            new = row.ignored and [n for n in row.ignored if (row.file, n) not in self._ignored]
            if new:
                self._ignored.update((row.file, n) for n in new)
                notices.append(
                    Notice(
                        row.where,
                        "ignored_columns",
                        f"not read: {', '.join(map(repr, new))} "
                        + (f"(columns of the {row.dataset} download that mapper has no field "
                           "for)" if row.dataset else "(unknown columns)"),
                    )
                )
            if row.note:
                notices.append(Notice(row.where, row.note_kind, row.note))
            if row.header:
                continue
            claim, found = next(made)
            if row.problems or claim.problems:
                errors = [*row.problems, *claim.problems]
                if self.strict:
                    raise RecordError(errors[0], where=row.where)
                for message in errors:
                    notices.append(Notice(row.where, "error", message, claim.claim_id))
                claim.problems[:0] = row.problems
                _note_problems(claim)
            if found:
                notices.extend(found)
            into.claims.append(claim)

    def claims(self, rows: list[Row], report: str) -> list[tuple[Claim, list[Notice]]]:
        """Rows -> (claim, attention notices) each; bad fields become ``claim.problems``.

        The work goes a column at a time: each distinct cell of a column (a date, a claimant, a
        pair of coordinates) is read and checked once, and each row takes what its cells gave.
        A row's problems and notices come in the order of its fields, as a row at a time gave.
        """
        n = len(rows)
        values = [row.values for row in rows]
        wheres = [row.where for row in rows]
        names: set[str] = set().union(*values)
        raws: dict[str, list[Any]] = {}
        texts: dict[str, list[str]] = {}
        blank, nothing = [""] * n, [None] * n

        def raw(name: str) -> list[Any]:
            """The column's cells as read (None where a row lacks it)."""
            if name not in names:
                return nothing
            if name not in raws:
                try:
                    raws[name] = list(map(operator.itemgetter(name), values))
                except KeyError:
                    raws[name] = [v.get(name) for v in values]
            return raws[name]

        def text(name: str) -> list[str]:
            if name not in names:
                return blank
            if name not in texts:
                # each distinct text worked out once: most cells of a sheet repeat
                texts[name] = _per_distinct(_text, raw(name))
            return texts[name]

        problems: list[list[str]] = [[] for _ in range(n)]
        found: list[list[Notice]] = [[] for _ in range(n)]

        def kept(column: list[Any], instead: Callable[[int], Any] = lambda i: None) -> list[Any]:
            """The column, each message in it (why a cell gave nothing) noted as its row's
            problem and replaced by ``instead(row)``."""
            if str not in set(map(type, column)):
                return column
            out = list(column)
            for i, got in enumerate(column):
                if type(got) is str:
                    problems[i].append(got)
                    out[i] = instead(i)
            return out

        given = text("id")
        ids = given if all(given) else [
            cid or stable_id(row.file, row.values) for cid, row in zip(given, rows, strict=True)
        ]
        if len(set(ids)) == n and self._ids.keys().isdisjoint(ids):
            self._ids.update(zip(ids, wheres, strict=True))
        else:
            ids = [self._unique(cid, where, problems[i], bool(g))
                   for i, (cid, where, g) in enumerate(zip(ids, wheres, given, strict=True))]
        keys = list(zip(text("date"), text("date_end"), text("date_text"), text("date_precision"),
                        strict=True))
        spans = kept(_per_distinct(self._date, keys), lambda i: DateSpan.unknown(keys[i][0]))
        if "time_precision" in names:
            spans = list(map(_acled_time, spans, text("time_precision")))
            for i, code in enumerate(text("time_precision")):
                if code not in ("", "1", "2", "3"):
                    problems[i].append(f"time_precision {code!r} is not 1, 2 or 3 (ACLED's "
                                       "codebook); the date is read as written")
        # (the rows read together: a sheet's thousand, a larger one's in thousands)
        day_first = writes_day_first(text("date") + text("date_end"))
        for name in ("date", "date_end"):
            if day_first:
                continue  # a column that writes 13/09/2022 reads 03/04/2022 day first too
            warnings = _per_distinct(self._ambiguity, text(name))
            for i in _marked(warnings):
                found[i].append(
                    Notice(wheres[i], "ambiguous_date", warnings[i], ids[i], text(name)[i])
                )
        pairs = list(zip(text("sub_event_type"), text("event_type"), strict=True))
        events = _per_distinct(lambda pair: self._event(*pair), pairs)
        for i in _marked([unknown for _, unknown in events]):
            unknown = events[i][1]
            found[i].append(
                Notice(
                    wheres[i],
                    "unknown_event_type",
                    f"event_type {unknown!r} is not one of {', '.join(EVENT_TYPES)}; kept as "
                    "written",
                    ids[i],
                    unknown,
                )
            )
        # A row of an ACLED or UCDP download is that dataset's claim unless it names another.
        named = text("claimant")
        if "dataset" in names:
            named = [c or d for c, d in zip(named, text("dataset"), strict=True)]
        elif "claimant" not in names and "source" in names:
            # A sheet with no claimant column says who said it in its source ("Armenia MoD",
            # "mil.am", "Reuters"): a source the claimant table knows by name is the claimant
            # (a note says so once a file); any other stays provenance only.
            named = _per_distinct(self._known_claimant, text("source"))
            for i, said in enumerate(named):
                if said and rows[i].file not in self._from_source:
                    self._from_source.add(rows[i].file)
                    found[i].append(Notice(
                        wheres[i], "claimant_from_source",
                        f"no claimant column: a source the claimant table knows is read as the "
                        f"claimant ({said!r} as {self.claimants.match(said).claimant})",
                        ids[i], said))
        # a local voice ("Martakert district head") speaks for the side that held its place on
        # the row's day
        days = [span.start.isoformat() if span.start else "" for span in spans]
        claimants = _per_distinct(lambda said: self._claimant(*said),
                                  list(zip(named, days, strict=True)))
        if "report" in names:
            # a report's file's name, which stood for its outlet where none was named ("report"
            # of reports/report.md), stays as written: not the agency Report nor any side
            outlets = _per_distinct(lambda path: path and file_outlet(path), text("report"))
            for i, (c, outlet) in enumerate(zip(named, outlets, strict=True)):
                if c and c == outlet:
                    claimants[i] = (ClaimantMatch(c, c, c, "unknown", "unknown", 0.0, False), "",
                                    "")
        for i in _marked([message for _, _, message in claimants]):
            _, kind, message = claimants[i]
            found[i].append(Notice(wheres[i], kind, message, ids[i], named[i]))
        quotes, notes = (list(map(_long_text, raw(name))) if name in names else blank
                         for name in ("quote", "notes"))
        made = [
            Claim(claim_id=claim_id, report=row_report or report, date=span, place_text=place,
                  claimant=m.claimant, claimant_name=m.name, claimant_side=m.side,
                  event_type=event[0], quote=quote, source=source, url=url, notes=note)
            for claim_id, row_report, span, place, (m, _, _), event, quote, source, url, note
            in zip(ids, text("report"), spans, text("place"), claimants, events, quotes,
                   text("source"), text("url"), notes, strict=True)
        ]
        if "report_date" in names:
            days = [_attempt(_iso_date, value, "report_date") if shown else None
                    for value, shown in zip(raw("report_date"), text("report_date"), strict=True)]
            for claim, day in zip(made, kept(days), strict=True):
                claim.report_date = day
        for name in ("killed", "wounded"):
            if name in names:
                counts = _per_distinct(lambda value, name=name: self._count(value, name),
                                       raw(name))
                for claim, count, cell in zip(made, kept(counts), raw(name), strict=True):
                    setattr(claim, name, count)
                    bounded = type(cell) is str and not cell.isdecimal() and (
                        _bounded(cell) or cell.strip().casefold() in _VAGUE_COUNT)
                    if bounded and (count is not None or cell.strip().casefold() in _VAGUE_COUNT):
                        line = f"{name} as written: {cell.strip()}"
                        claim.notes = f"{claim.notes}\n{line}" if claim.notes else line
        if "confidence" in names:  # an export read back keeps its claims' confidence
            for claim, cell in zip(made, raw("confidence"), strict=True):
                try:
                    value = _float(cell, "confidence")
                except ValueError:
                    value = None
                claim.confidence = value if value is not None and 0 <= value <= 1 else None
        if names & {"actor1", "actor2", "low", "high"}:
            datasets = text("dataset")
            for i, claim in enumerate(made):
                # each under its dataset's own name: UCDP's side_a is a government, not an actor1
                labels = ("side_a", "side_b") if datasets[i] == "UCDP GED" else ("actor1", "actor2")
                extra = [f"{label}: {text(k)[i]}" for label, k in zip(labels, ("actor1", "actor2"),
                                                                      strict=True) if text(k)[i]]
                low, high = text("low")[i], text("high")[i]
                if low or high:
                    extra.append(f"deaths low-high: {low}-{high}")
                if extra:
                    claim.notes = "\n".join([claim.notes, *extra] if claim.notes else extra)
        if "claim_chain" in names:
            for claim, v in zip(made, values, strict=True):
                if "claim_chain" in v:
                    claim.claim_chain = _chain(v["claim_chain"])
        if names & {"span", "span_start", "span_end"}:
            spanned = [_attempt(_span, v) if "span" in v or "span_start" in v or "span_end" in v
                       else None for v in values]
            for claim, span in zip(made, kept(spanned), strict=True):
                claim.span = span
        cells = list(zip(raw("lat"), raw("lon"), strict=True))
        positions = _per_distinct(self._coordinates, cells)
        if "coordinates" in names or "place" in names or "wkt" in names:
            # where lat and lon say nothing: both in one cell, as a map's "copy coordinates"
            # gives them ("39.82, 46.75"), in a coordinates column or a place that is no name;
            # or a WKT point (QGIS's CSV export)
            places = _per_distinct(_pair_or_blank, text("place"))
            for i, (pair, wkt, (lat, lon)) in enumerate(zip(raw("coordinates"), raw("wkt"),
                                                            cells, strict=True)):
                if not (_blank(lat) and _blank(lon)):
                    continue
                if not _blank(pair):
                    positions[i] = _attempt(_pair, pair)
                elif not _blank(wkt):
                    positions[i] = _attempt(_wkt_point, wkt)
                elif places[i]:
                    positions[i] = _attempt(_pair, places[i])
        unusable = [p if type(p) is str else None for p in positions]  # why, for each row
        positions = kept(positions)
        located = [k for k in LOCATING if k in names]
        for i, (claim, v, coords) in enumerate(zip(made, values, positions, strict=True)):
            if coords is not None and not located:  # no more than coordinates: nothing to look up
                claim.lat, claim.lon = coords
                claim.method = "coordinates"
                if not self._in_regions(*coords):
                    found[i].append(self._outside(claim, coords, wheres[i]))
            else:
                row_text = {k: text(k)[i] for k in located}
                self._locate(claim, v, row_text, coords, wheres[i], found[i], problems[i])
                if unusable[i] and claim.lat is not None:  # said where it went instead
                    k = problems[i].index(unusable[i])
                    problems[i][k] += f"; located at {claim.place_id or 'its place'} instead"
            if claim.span is not None:
                # a report's witnesses speak for the side that held the place they speak of
                # (extraction's rule): its export read back keeps that side; an analyst's
                # own row (no span) names a resident whose side is not guessed
                day = claim.report_date or claim.date.start
                side = self.gazetteer.witness_side(claim.claimant, claim.place_id,
                                                   day.isoformat() if day else None)
                claim.claimant_side = side or claim.claimant_side
        for claim, why in zip(made, problems, strict=True):
            claim.problems = why
        return list(zip(made, found, strict=True))

    def _event(self, sub_event: str, event: str) -> tuple[str, str]:
        """(event type, the text when it is not a known type, else "") of a row's sub_event_type
        and event_type texts, each pair worked out once."""
        texts = (sub_event, event)
        if texts not in self._events:
            for given in texts:
                if given.casefold() in EVENT_SYNONYMS:
                    event = EVENT_SYNONYMS[given.casefold()]
                    break
            folded = event.casefold().replace(" ", "_").replace("-", "_")
            known = folded in EVENT_TYPES or not event
            self._events[texts] = (folded or "unknown", "") if known else (event, event)
        return self._events[texts]

    def _count(self, value: Any, name: str) -> int | str | None:
        """:func:`_count` of a value, or why not (a message), each text worked out once."""
        if type(value) is not str:
            return _attempt(_count, value, name)
        return _once(self._counts, (value, name), lambda: _count(value, name))

    def _unique(self, claim_id: str, where: str, problems: list[str], given: bool) -> str:
        first = self._ids.get(claim_id)
        if first is None:
            self._ids[claim_id] = where
            return claim_id
        n = self._repeats.get(claim_id, 1) + 1  # not counted up from 2 at every repeat
        while f"{claim_id}~{n}" in self._ids:
            n += 1
        self._repeats[claim_id] = n
        path, _, line = first.rpartition(":")
        first = f"{self.labels.get(path, path)}:{line}" if path else first
        what = (
            f"duplicate id {claim_id!r}, first at {first}"
            if given
            else f"row repeats {first} (same content, derived id {claim_id!r})"
        )
        problems.append(f"{what}; kept as '{claim_id}~{n}'")
        self._ids[f"{claim_id}~{n}"] = where
        return f"{claim_id}~{n}"

    def _date(self, fields: tuple[str, str, str, str]) -> DateSpan | str:
        """The span of a row's date, date_end, date_text and date_precision texts, or why not
        (a message), each four worked out once."""
        cached = self._dates.get(fields)
        if cached is None:
            cached = self._dates[fields] = _attempt(_date_span, *fields)
        return cached

    def _coordinates(self, cells: tuple[Any, Any]) -> tuple[float, float] | str | None:
        """:func:`_coordinates` of a row's lat and lon, or why not (a message), each pair of
        texts read once (a sheet's rows repeat their places)."""
        v = {"lat": cells[0], "lon": cells[1]}
        if type(cells[0]) is not str or type(cells[1]) is not str:
            return _attempt(_coordinates, v)
        return _once(self._positions, cells, lambda: _coordinates(v))

    def _in_regions(self, lat: float, lon: float) -> bool:
        """Whether a position lies in a region of regions.csv (true when there are none)."""
        inside = self._inside.get((lat, lon))
        if inside is None:
            inside = not self.regions or any(
                a <= lat <= b and c <= lon <= d for a, b, c, d in self.regions
            )
            self._inside[lat, lon] = inside
        return inside

    def _outside(self, claim: Claim, coords: tuple[float, float], where: str) -> Notice:
        lat, lon = coords
        if abs(lon) <= 90 and self._in_regions(lon, lat):
            guess = " (lat and lon swapped?)"
        elif self._in_regions(lat, -lon):
            guess = " (a W longitude?)"
        else:  # a place of another country, as a dataset of the whole region has
            guess = ""
        return Notice(
            where,
            "outside_regions",
            f"coordinates ({lat}, {lon}) lie outside every region of regions.csv{guess}; "
            "kept as given",
            claim.claim_id,
            claim.place_text,
        )

    def _ambiguity(self, value: str) -> str | None:
        """:func:`date_ambiguity` of a date text, each text worked out once."""
        if value not in self._ambiguous:
            self._ambiguous[value] = date_ambiguity(value)
        return self._ambiguous[value]

    def _known_claimant(self, text: str) -> str:
        """``text`` when the claimant table knows it by name (not fuzzily or in part), else "";
        not a country or a place ("RU", "Stepanakert": where or in what language the source
        is, more likely than a voice)."""
        m = self.claimants.match(text) if text else None
        if (not (m and m.known and m.method not in ("fuzzy", "partial"))
                or names_a_country(text) or text.strip().upper() in SIDE_OF):  # "Russian", "RU"
            return ""
        return "" if self.matcher.lookup(text, fuzzy=False).status != "unresolved" else text

    def _claimant(self, text: str, on: str = "") -> tuple[ClaimantMatch, str, str]:
        """(the claimant a text said on the day ``on`` names, the kind of notice it needs and
        its message, or "")."""
        if not text:
            return NO_CLAIMANT, "", ""
        m = self.claimants.match(text, on or None)
        if not m.known:
            side = (", side unknown" if m.side == "unknown" else
                    f", side {m.side} from its name" if m.method == "side" else
                    # a place's own people or officials: the side that held the place
                    f", side {m.side} from the place it names")
            message = f"claimant {text!r} is not in the claimant table; kept as written{side}"
        elif m.method in ("fuzzy", "partial"):
            message = f"claimant {text!r} read as {m.claimant} ({m.name}; {m.method} {m.score:.2f})"
        else:
            return m, "", ""
        return m, "unknown_claimant" if not m.known else "claimant_guess", message

    def _named_area(self, names: tuple[str, ...]) -> Any:
        """The match of the first of a row's district or province cells (the finest first)
        that resolves to an area: a district, province or region, not a town named like its
        district."""
        for name in names:
            # (in a district's column, "Kalbajar" is the district, not its town)
            for text in (name, f"{name} district"):
                res = self._lookup(text)
                if res.status == "resolved" and res.best.place.precision in ("district",
                                                                             "region"):
                    return res.best
        return None

    def _lookup_typed(self, text: str, context: tuple[str, ...]) -> tuple[Any, str | None]:
        """:meth:`Matcher.lookup_typed`, each text and context looked up once."""
        found = self._typed.get((text, context))
        if found is None:
            found = self._typed[text, context] = self.matcher.lookup_typed(text, context=context)
        return found

    def _lookup(self, text: str, context: tuple[str, ...] = ()) -> Any:
        res = self._lookups.get((text, context))
        if res is None:
            res = self._lookups[text, context] = self.matcher.lookup(
                text, context=context, standalone=True
            )
        return res

    def _locate(
        self,
        claim: Claim,
        v: dict[str, Any],
        text: dict[str, str],
        coords: tuple[float, float] | None,
        where: str,
        notices: list[Notice],
        problems: list[str],
    ) -> None:
        place_id = text.get("place_id", "")
        place = self.gazetteer.places.get(place_id) if place_id else None
        if place_id and place is None:
            notices.append(
                Notice(
                    where,
                    "unresolved",
                    f"place_id {place_id!r} is not in the gazetteer; using the place text",
                    claim.claim_id,
                    place_id,
                )
            )
        context = tuple(name for field in CONTEXT if (name := text.get(field, "")))
        method, score = text.get("method", ""), None
        if method:
            try:
                score = _float(v.get("score"), "score")
            except ValueError:
                score = None
        if coords is not None:
            claim.lat, claim.lon = coords
            if not self._in_regions(*coords):
                notices.append(self._outside(claim, coords, where))
            claim.method = method or "coordinates"
            claim.score = score
            if place is None and claim.place_text:
                res = self._lookup(claim.place_text, context)
                if res.place is not None:
                    # the coordinates, not the rank, pick among homonyms
                    point = Place("", "", coords[0], coords[1], "site", 1)
                    named = ([c.place for c in res.candidates if c.method != "fuzzy"]
                             if res.best.method == "rank" else [res.place])
                    nearest = min(named, key=lambda p: distance_km(p, point))
                    km = distance_km(nearest, point)
                    limit = max(NEAR_PLACE_KM, nearest.uncertainty_m / 1000)
                    if km <= limit:
                        place = nearest
                    else:
                        notices.append(
                            Notice(
                                where,
                                "far_from_place",
                                f"coordinates ({coords[0]}, {coords[1]}) lie {km:.0f} km from "
                                f"{nearest.name} ({nearest.id}), which the place text "
                                f"{claim.place_text!r} names; kept the coordinates",
                                claim.claim_id,
                                claim.place_text,
                            )
                        )
            if place is not None:
                self._set_place(claim, place, keep_position=True)
            self._precision(claim, v, text, problems)
            return
        if place is not None:
            self._set_place(claim, place)
            claim.method = method or "place_id"
            claim.score = score if method else PLACE_ID_SCORE
            self._precision(claim, v, text, problems)
            return
        if not claim.place_text:
            # a row that names only its district or province (ACLED's admin1 with no location)
            # is at that area, to review
            named = self._named_area(context)
            if named is not None:
                area = named.place
                self._set_place(claim, area)
                claim.method, claim.score = named.method, named.score
                self._precision(claim, v, text, problems)
                notices.append(Notice(where, "no_place", f"no place and no coordinates: located "
                                      f"at {area.name} ({area.id}), the area the row names",
                                      claim.claim_id, area.name))
                return
            notices.append(
                Notice(where, "no_place", "no place and no coordinates: unlocated", claim.claim_id)
            )
            return
        # "Hadrut, Khojavend": a place and its district, as analysts and geocoders write them;
        # the district is the row's context, as a district column would be
        res, area = self._lookup_typed(claim.place_text, context)
        if area is not None:
            context = (*context, area)
        if res.status == "resolved":
            best = res.best
            self._set_place(claim, best.place)
            claim.method, claim.score = best.method, best.score
            # a dataset's row without coordinates still codes its precision (where_prec 3 at
            # 'Tovuz' is the district, not the town)
            self._precision(claim, v, text, problems)
            if context and (outside := self._outside_context(best.place, context)):
                notices.append(Notice(where, "outside_district",
                                      f"place {claim.place_text!r} resolved to "
                                      f"{best.place.name} ({best.place.id}), which {outside!r} "
                                      "the row names does not hold; review it",
                                      claim.claim_id, claim.place_text))
            if best.method == "geonames":
                notices.append(
                    Notice(
                        where,
                        "geonames",
                        f"place {claim.place_text!r} is not in the gazetteer; located by "
                        f"{best.place.note.split(';')[0]} {best.place.name!r} "
                        f"({best.place.lat}, {best.place.lon}); review it",
                        claim.claim_id,
                        claim.place_text,
                    )
                )
            elif best.method == "rank":
                others = tuple(_suggestion(c.place, c.score) for c in res.candidates[1:]
                               if c.method != "fuzzy")
                notices.append(
                    Notice(
                        where,
                        "homonym",
                        f"place {claim.place_text!r} is also the name of smaller places: located "
                        f"at the {best.place.kind} {best.place.name!r} ({best.place.id}), the "
                        f"largest; also {', '.join(others[:MAX_SUGGESTIONS])}; review it",
                        claim.claim_id,
                        claim.place_text,
                        others[:MAX_SUGGESTIONS],
                    )
                )
            return
        claim.candidates = tuple(c.place.id for c in res.candidates)
        suggestions = tuple(_suggestion(c.place, c.score) for c in res.candidates)
        geocode = res.status == "unresolved" and self.geocoder is not None
        if geocode and self._geocode(claim, where, notices):
            return
        claim.method = res.status  # unresolved or ambiguous, as a report's claim says
        if res.status == "ambiguous":
            message = (
                f"place {claim.place_text!r} is ambiguous: "
                f"{', '.join(suggestions[:MAX_SUGGESTIONS])}; left unlocated"
            )
        else:
            hint = ", ".join(suggestions[:3])
            message = (
                f"place {claim.place_text!r} is not in the gazetteer; "
                + (f"did you mean {hint}? " if hint else "")
                + "left unlocated"
            )
        notices.append(
            Notice(
                where,
                res.status,
                message,
                claim.claim_id,
                claim.place_text,
                suggestions[:MAX_SUGGESTIONS],
            )
        )

    def _geocode(self, claim: Claim, where: str, notices: list[Notice]) -> bool:
        try:
            found = self.geocoder.lookup(claim.place_text)
        except GeocoderError as exc:
            notices.append(
                Notice(
                    where, "geocoder_failed", f"geocoder: {exc}", claim.claim_id, claim.place_text
                )
            )
            return False
        if found is None:
            return False
        claim.lat, claim.lon = found.lat, found.lon
        claim.method, claim.score = found.method, found.score
        claim.precision, claim.uncertainty_m = found.precision, found.uncertainty_m
        notices.append(
            Notice(
                where,
                "geocoded",
                f"place {claim.place_text!r} located by {found.method} at "
                f"({found.lat}, {found.lon}) {found.address!r}; review it",
                claim.claim_id,
                claim.place_text,
            )
        )
        return True

    def _outside_context(self, place: Place, context: tuple[str, ...]) -> str | None:
        """The district or province a row names (its ``district`` columns) that does not hold
        ``place``, nor lies within NEAR_KM of it, if every one it names is such; None
        when one holds it or none is known. The name alone decides a name one place carries
        ('Мец Шен' is the Lachin village's Russian name alone), which a row's district can
        contradict."""
        areas = [(text, self._lookup(text).place) for text in context]
        known = [(text, area) for text, area in areas if area is not None]
        if not known:
            return None
        chain = set(self.gazetteer.areas_above(place.id))
        for _, area in known:
            # a district column often names the district by its seat ('Kəlbəcər'): the seat's
            # district holds the place; else near as the matcher's context counts it
            seat_of = area.admin if area.precision in ("town", "city") else ""
            if area.id in chain or seat_of in chain or distance_km(area, place) <= max(
                    NEAR_KM, area.uncertainty_m / 1000):
                return None
        return known[0][0]

    def _precision(self, claim: Claim, v: dict[str, Any], text: dict[str, str],
                   problems: list[str]) -> None:
        """Set a located claim's precision and radius from its row's ``precision``,
        ``uncertainty_m``, ACLED ``geo_precision`` or UCDP ``where_prec``, over its place's."""
        precision = text.get("precision", "")
        if precision in PRECISIONS and _coarser(precision, claim.precision):
            # an area coarser than the place it names (an export's ACLED geo_precision 2
            # row read back): the place's radius is not the area's, left unknown as it was
            claim.uncertainty_m = None
        for column in ("geo_precision", "where_prec"):
            code = text.get(column, "")
            coded = GEO_PRECISION.get((column, code))
            if code and not coded:  # as time_precision: a code the codebook lacks is no silence
                codes = "1-3" if column == "geo_precision" else "1-7"
                problems.append(f"{column} {code!r} is not one of {codes} (the dataset's "
                                "codebook); the place's own precision is kept")
            if coded and not precision:
                precision, radius = coded
                place_precision = claim.precision or ""
                settlement = place_precision in ("village", "town", "city")
                if column == "geo_precision" and precision == "town" and settlement:
                    precision = place_precision  # ACLED's 1 is the settlement itself
                if radius or _coarser(precision, claim.precision):
                    # the place's own radius would tell a district's event as the town's
                    claim.uncertainty_m = radius
        if precision in PRECISIONS:
            claim.precision = precision
        elif precision:
            problems.append(f"precision {precision!r} is not one of {', '.join(PRECISIONS)}")
        try:
            uncertainty = _float(v.get("uncertainty_m"), "uncertainty_m")
        except ValueError as exc:
            problems.append(str(exc))
        else:
            if uncertainty is not None:
                claim.uncertainty_m = uncertainty

    def _set_place(self, claim: Claim, place: Place, *, keep_position: bool = False) -> None:
        claim.place_id, claim.place_name = place.id, place.name
        claim.place_names = self.gazetteer.display_names(place.id)
        claim.precision, claim.uncertainty_m = place.precision, place.uncertainty_m
        if not keep_position:
            claim.lat, claim.lon = place.lat, place.lon


def _date_span(value: str, end: str, text: str, precision: str) -> DateSpan:
    """The span of a row's date fields; ValueError or DataError when they are not dates."""
    if not value:
        if end:
            raise ValueError(f"date_end {end!r} without a date")
        if text and precision != "unknown":
            try:
                return parse_date_field(text)
            except DataError:
                pass
        return DateSpan.unknown(text)
    span = parse_date_field(value, end or None)
    if precision in DATE_PRECISIONS and precision != "unknown" and precision != span.precision:
        span = replace(span, precision=precision)
    if text:
        span = replace(span, text=text)
    return span


def _coarser(precision: str, than: str | None) -> bool:
    """Whether a row's precision (a dataset's code, an export's column) is an area coarser than
    the place the row names."""
    area = PRECISIONS.index("district")
    fineness = PRECISIONS.index(than) if than in PRECISIONS else len(PRECISIONS)
    return PRECISIONS.index(precision) >= area and PRECISIONS.index(precision) > fineness


def _acled_time(span: DateSpan, precision: str) -> DateSpan:
    """Widen a day to what ACLED's time_precision says: 2 the week around it, 3 its month."""
    if span.precision != "day" or span.start is None or precision not in ("2", "3"):
        return span
    if precision == "2":
        week = timedelta(days=ACLED_WEEK_DAYS)
        return replace(span, start=span.start - week, end=span.start + week, precision="range")
    first = span.start.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return replace(span, start=first, end=last, precision="month")


def _regions(gazetteer: Gazetteer) -> list[tuple[float, float, float, float]]:
    """The plausible boxes of the gazetteer's regions.csv (min_lat, max_lat, min_lon, max_lon)."""
    path = Path(gazetteer.directory) / "regions.csv"
    try:
        rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
        return [
            (float(r["min_lat"]), float(r["max_lat"]), float(r["min_lon"]), float(r["max_lon"]))
            for r in rows
        ]
    except (OSError, KeyError, TypeError, ValueError):
        return []  # gazetteer.load has checked the table; a missing one only skips this check


def _iso_date(value: Any, name: str) -> date | None:
    text = _text(value)
    if not text:
        return None
    if len(text) > 10 and text[10] in "T ":
        text = text[:10]  # a timestamp: its day
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{name} {_show(text)} is not a date (YYYY-MM-DD)") from None


def _chain(value: Any) -> tuple[str, ...]:
    if isinstance(value, list | tuple):
        return tuple(t for t in (_text(x) for x in value) if t)
    return tuple(t.strip() for t in _text(value).split(LIST_SEP.strip()) if t.strip())


def _span(v: dict[str, Any]) -> tuple[int, int] | None:
    raw = v.get("span")
    if isinstance(raw, list | tuple) and len(raw) == 2:
        start, end = raw
    elif raw not in (None, "", []):
        raise ValueError(f"span {_show(raw)} is not [start, end]")
    else:
        start, end = v.get("span_start"), v.get("span_end")
    a, b = _count(start, "span_start"), _count(end, "span_end")
    if a is None or b is None:
        return None
    if b < a:
        raise ValueError(f"span ends before it starts: {a}..{b}")
    return a, b


# A coordinate as maps and encyclopedias print it: 39.615 N, N39.615, 39°36′54″N, 46°48.9'E.
_NUMBER = r"([0-9]+(?:[.,][0-9]+)?)"
_DEGREES = re.compile(
    rf"([NSEW]?)\s*{_NUMBER}\s*(?:[°º]\s*(?:{_NUMBER}\s*['′’]\s*(?:{_NUMBER}\s*(?:\"|″|''))?)?)?"
    r"\s*([NSEW]?)",
    re.IGNORECASE,
)
_HEMISPHERES = {"lat": "NS", "lon": "EW"}


def _degree(value: Any, name: str) -> float | None:
    """A lat or lon: a number (:func:`_float`), or degrees with minutes, seconds and a hemisphere
    letter (S and W negative)."""
    m = _DEGREES.fullmatch(value.strip()) if isinstance(value, str) else None
    if not m or not (m[1] or m[5] or "°" in value or "º" in value) or (m[1] and m[5]):
        return _float(value, name)
    degrees, minutes, seconds = (float((x or "0").replace(",", ".")) for x in m.group(2, 3, 4))
    if minutes >= 60 or seconds >= 60:
        raise ValueError(f"{name} {_show(value)} has minutes or seconds of 60 or more")
    hemisphere = (m[1] or m[5]).upper()
    if hemisphere and hemisphere not in _HEMISPHERES[name]:
        other = "longitude" if name == "lat" else "latitude"
        raise ValueError(f"{name} {_show(value)} is a {other} ({hemisphere})")
    number = degrees + minutes / 60 + seconds / 3600
    return -number if hemisphere in ("S", "W") else number


#: A place cell that is coordinates, latitude first: "39.82, 46.75", "(39.82 46.75)".
_PAIR = re.compile(r"\(?\s*[-+]?\d{1,3}(?:\.\d+)?\s*[,; ]\s*[-+]?\d{1,3}(?:\.\d+)?\s*\)?")


#: A web map's link to a point, as analysts paste it (latitude first unless ``lon_first``):
#: Google Maps' pin (``!3d39.84!4d45.67``), query (``?q=``, ``query=``, ``ll=``,
#: ``destination=``) or view (``@39.84,45.67,14z``); OpenStreetMap's marker (``mlat=&mlon=``)
#: or view (``#map=14/39.84/45.67``); a ``geo:`` URI; Yandex Maps, longitude first (``pt=``,
#: ``ll=``). The most precise form a link carries wins: the pin, then the query, then the view.
_NUM = r"([-+]?\d{1,3}(?:\.\d+)?)"
_MAP_LINKS = (
    (re.compile(rf"!3d{_NUM}!4d{_NUM}"), False),
    (re.compile(rf"[?&]mlat={_NUM}&mlon={_NUM}"), False),
    (re.compile(rf"^geo:{_NUM},{_NUM}"), False),
    (re.compile(rf"yandex\.\w+/.*?[?&](?:pt|ll)={_NUM},{_NUM}"), True),
    (re.compile(rf"[?&](?:q|query|ll|sll|destination|daddr|center)={_NUM},\s*{_NUM}"), False),
    (re.compile(rf"/@{_NUM},{_NUM}"), False),
    (re.compile(rf"#map=\d+(?:\.\d+)?/{_NUM}/{_NUM}"), False),
)
_LINK = re.compile(r"(?:https?://|www\.|geo:)\S+$", re.IGNORECASE)


def _map_link(text: str) -> tuple[str, str] | None:
    """(lat, lon) as written in a web map's link (:data:`_MAP_LINKS`); None for another text."""
    if not _LINK.match(text.strip()):
        return None
    link = unquote(text.strip())
    for pattern, lon_first in _MAP_LINKS:
        if m := pattern.search(link):
            return (m[2], m[1]) if lon_first else (m[1], m[2])
    return None


def _pair_or_blank(place: str) -> str:
    """A place cell that is coordinates (or a web map's link to them), else ""."""
    return place if _PAIR.fullmatch(place) or _map_link(place) else ""


def _blank(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _pair(cell: Any) -> tuple[float, float] | None:
    """Coordinates in one cell, latitude first: "39.82, 46.75", "39.82;46.75", "39,82, 46,75"
    (decimal commas), "39.82 46.75", "39°49′N, 46°45′E"; a web map's link to a point
    (:func:`_map_link`); a WKT point, longitude first ("POINT (46.75 39.82)")."""
    if not isinstance(cell, str):  # a JSON list: [lon, lat] in GeoJSON, [lat, lon] elsewhere
        raise ValueError(f"coordinates {_show(cell)} are not text, latitude first; give lat "
                         "and lon")
    if _LINK.match(cell.strip()):
        if (linked := _map_link(cell)) is None:
            raise ValueError(f"coordinates {_show(cell)} are a link that gives no position: "
                             "copy the point's coordinates ('39.82, 46.75')")
        return _coordinates({"lat": linked[0], "lon": linked[1]})
    if _WKT_POINT.fullmatch(cell):  # QGIS's WKT pasted into the coordinates: longitude first
        return _wkt_point(cell)
    text = cell.strip().strip("()[]")
    for sep in (";", ", ", ","):
        if text.count(sep) == 1:
            parts = text.split(sep)
            break
    else:
        parts = text.split()
    if len(parts) != 2 or not all(p.strip() for p in parts):
        raise ValueError(f"coordinates {_show(cell)} are not a latitude and a longitude "
                         "('39.82, 46.75')")
    return _coordinates({"lat": parts[0], "lon": parts[1]})


_WKT_POINT = re.compile(r"\s*POINT\s*Z?M?\s*\(\s*(\S+)\s+(\S+)(?:\s+\S+){0,2}\s*\)\s*",
                        re.IGNORECASE)


def _wkt_point(cell: Any) -> tuple[float, float] | None:
    """A WKT point's (lat, lon): ``POINT (46.75 39.82)``, longitude first; ``POINT EMPTY``
    is none."""
    text = _str(cell)
    if re.fullmatch(r"\s*POINT\s*EMPTY\s*", text, re.IGNORECASE):
        return None
    m = _WKT_POINT.fullmatch(text)
    if m is None:
        raise ValueError(f"WKT {_show(cell)} is not a point: give its lat and lon")
    return _coordinates({"lat": m[2], "lon": m[1]})


def _coordinates(v: dict[str, Any]) -> tuple[float, float] | None:
    lat, lon = _degree(v.get("lat"), "lat"), _degree(v.get("lon"), "lon")
    if lat is None and lon is None:
        return None
    if lat is None or lon is None:
        raise ValueError("lat and lon must be given together")
    if not -90 <= lat <= 90:
        raise ValueError(f"lat {lat} is outside -90..90")
    if not -180 <= lon <= 180:
        raise ValueError(f"lon {lon} is outside -180..180")
    return lat, lon


def _note_problems(claim: Claim) -> None:
    """Write the claim's problems into its notes, so exports show them (once)."""
    for problem in claim.problems:
        line = f"problem: {problem}"
        if line not in claim.notes:
            claim.notes = f"{claim.notes}\n{line}" if claim.notes else line


def read_records(
    paths: Iterable[str | Path],
    gazetteer: Gazetteer,
    *,
    encoding: str = "utf-8",
    strict: bool = False,
    fmt: str | None = None,
    matcher: Matcher | None = None,
    claimants: ClaimantIndex | None = None,
    geocoder: Any = None,
) -> Records:
    """Read records files into claims (ids unique across all of them) and notices.

    With ``strict``, raises RecordError at the first file that cannot be read at all (missing,
    empty, undecodable, no known column) and at the first bad row. Otherwise such files and
    rows are listed in ``Records.errors`` and every other row is read.
    """
    reader = RecordReader(
        gazetteer, matcher=matcher, claimants=claimants, geocoder=geocoder, strict=strict
    )
    return reader.read(paths, encoding=encoding, fmt=fmt)
