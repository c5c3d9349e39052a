"""Write claims for GIS tools and colleagues: GeoJSON (RFC 7946), GeoPackage, CSV with WKT, JSONL.

Every writer is deterministic (claims sorted by date, then id; fixed field order and number
formatting), so that a diff of two runs shows only what changed, and atomic (a temporary file in
the same folder, then :func:`os.replace`), so that a failed run leaves no half-written file.
An existing file is not overwritten unless it lies directly in a folder named ``out``, or in the
output folder of a ``mapper run`` (:func:`output_set`), or ``force`` is given.

CSV is written for spreadsheets as well as for GIS: it starts with a UTF-8 byte-order mark (so
that Excel shows Armenian and Cyrillic), and a text cell that a spreadsheet would run as a
formula (``=``, ``+``, ``-``, ``@``, tab, carriage return first) gets a leading apostrophe, as
OWASP recommends; mapper drops that apostrophe when it reads its own CSV back, and GeoJSON and
GeoPackage keep the text as it was.

>>> write(claims, "out/claims.geojson", gazetteer_version=gaz.version)  # doctest: +SKIP
>>> write(claims, "out/claims.gpkg", gazetteer_version=gaz.version,  # doctest: +SKIP
...       incidents=incidents.group(claims))
"""

from __future__ import annotations

import contextlib
import csv
import fcntl
import io
import itertools
import json
import operator
import os
import re
import secrets
import shutil
import signal
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from mapper import __version__
from mapper.errors import OutputError, OutputRefused
from mapper.gazetteer import Gazetteer
from mapper.incidents import INCIDENT_FIELDS, Incident, incident_row
from mapper.inputs import RUN_LOCK  # a run's folder's own mark and lock (see inputs.walk)
from mapper.model import CLAIM_FIELDS, Claim, claim_row
from mapper.records import FORMULA_START

FORMATS = {
    ".geojson": "geojson",
    ".json": "geojson",
    ".gpkg": "gpkg",
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
DECIMALS = 6
#: Fields written as GeoPackage DATE (date_start and date_end come first: QGIS's temporal
#: controller takes them), floats (REAL), whole numbers (INTEGER) and booleans.
DATE_FIELDS = ("date_start", "date_end", "report_date")
FLOAT_FIELDS = ("lat", "lon", "uncertainty_m", "score", "confidence")
INT_FIELDS = ("killed", "wounded", "span_start", "span_end", "claim_count")
BOOL_FIELDS = ("contested",)
#: The time GDAL records in a GeoPackage's contents table (see write_gpkg).
FIXED_TIMESTAMP = "2000-01-01T00:00:00.000Z"
#: Unresolved-places report: one row per thing a person should look at.
UNRESOLVED_FIELDS = ("where", "kind", "claim_id", "text", "suggestions", "message")
BOM = "\ufeff"


# -- safe writing -------------------------------------------------------------------------------


def check_target(path: str | Path, *, force: bool = False, create: bool = True) -> Path:
    """The output path, its folder created as ``mapper run`` creates its own (unless not
    ``create``: a check before any work); OutputRefused if writing it would lose something,
    OutputError if the folder cannot be made.

    An existing file is only replaced directly in a folder named ``out`` or with ``force``.
    """
    path = Path(path)
    if len(path.name.encode()) > 200:  # room for the temporary name beside it
        raise OutputRefused("file name too long", where=_short(path))
    if os.path.isdir(path):
        raise OutputRefused("is a folder; give a file name", where=str(path))
    if os.path.lexists(path) and not force and path.resolve().parent.name != "out":
        raise OutputRefused(
            "exists; pass --force to overwrite it (files directly in a folder named "
            "'out' are replaced without asking)",
            where=str(path),
        )
    if not create:
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"cannot create folder {str(path.parent)!r} ({exc.strerror or exc})", where=str(path)
        ) from None
    return path


def _short(path: Path) -> str:
    text = str(path)
    return text if len(text) <= 80 else f"{text[:60]}...{text[-12:]}"


def check_set(folder: str | Path, names: Sequence[str], *, force: bool = False) -> None:
    """Refuse, before any work and making nothing, what :func:`output_set` would refuse: an
    output that is no folder, or one holding files of the set that no run wrote (without
    ``force``)."""
    folder = Path(folder)
    if os.path.lexists(folder) and not os.path.isdir(folder):
        raise OutputRefused("exists and is not a folder; give a folder for the outputs",
                            where=_short(folder))
    owned = os.path.lexists(folder / RUN_LOCK)  # (False, not OSError, for a 300-byte name)
    for name in names:
        check_target(folder / name, force=force or owned, create=False)


@contextlib.contextmanager
def output_set(folder: str | Path, names: Sequence[str], *, force: bool = False):
    """Write files that belong together (a run's map and exports) as one set.

    Yields a temporary folder beside the files (inside ``folder``); write ``names`` there. On
    success they are moved into ``folder`` together, with interrupts held off meanwhile; on any
    failure or interrupt nothing in ``folder`` changes. A lock file keeps a second run from
    writing the same folder and marks it as a run's own, so that its files are replaced
    without ``force``; temporary files that killed runs left are removed.
    """
    folder = Path(folder)
    check_set(folder, (), force=force)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        lock_path = folder / RUN_LOCK
        owned = lock_path.exists()
        lock = open(lock_path, "a")  # noqa: SIM115 - held until the set is in place
    except OSError as exc:
        raise OutputError(f"cannot write ({exc.strerror or exc})", where=_short(folder)) from None
    with lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise OutputRefused("another mapper run is writing this folder; wait for it to end",
                                where=str(folder)) from None
        _remove_stale(folder, names)
        for name in names:
            check_target(folder / name, force=force or owned)
        tmp = folder / f".mapper-run.{os.getpid()}-{secrets.token_hex(4)}.tmp"
        try:
            tmp.mkdir()
            yield tmp
            held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
            try:
                for name in names:
                    os.replace(tmp / name, folder / name)
            finally:
                signal.pthread_sigmask(signal.SIG_SETMASK, held)
        except OSError as exc:
            raise OutputError(f"cannot write ({exc.strerror or exc})", where=str(folder)) from None
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


# The temporary names output_set and _temporary give: .NAME.PID-8HEX.tmp[.suffix]
_TEMPORARY = re.compile(r"(\.[^/]*?)\.(\d+)-[0-9a-f]{8}\.tmp")


def _remove_stale(folder: Path, names: Sequence[str]) -> None:
    """Remove what runs killed before they could clean up left in ``folder``: their temporary
    folders and the temporary files of ``names``, when the process that made them is gone."""
    stems = {".mapper-run"} | {f".{Path(n).stem}" for n in names}
    for entry in folder.iterdir():
        m = _TEMPORARY.match(entry.name)
        if not m or m.group(1) not in stems or _alive(int(m.group(2))):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                entry.unlink()


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # a leftover of this process: nothing of it is being written now
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process
    return True


@contextlib.contextmanager
def _temporary(path: Path):
    """A fresh temporary path beside ``path`` (same suffix, for GDAL), removed on failure."""
    tmp = path.with_name(f".{path.stem}.{os.getpid()}-{secrets.token_hex(4)}.tmp{path.suffix}")
    try:
        yield tmp
    except BaseException:
        for leftover in (tmp, *(Path(f"{tmp}{s}") for s in ("-wal", "-shm", "-journal"))):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise


def write_chunks_atomic(path: str | Path, chunks: Iterable[str], *, force: bool = False) -> Path:
    """Write UTF-8 text, chunk by chunk, to ``path`` atomically (``-``: standard output)."""
    if str(path) == "-":
        sys.stdout.writelines(chunks)
        sys.stdout.flush()
        return Path("-")
    target = check_target(path, force=force)
    try:
        with _temporary(target) as tmp:
            # os.open with 0o666 honours the umask, as open() does; mkstemp would give 0600.
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            with open(fd, "w", encoding="utf-8", newline="") as f:
                f.writelines(chunks)
            os.replace(tmp, target)
    except OSError as exc:
        raise OutputError(f"cannot write ({exc.strerror or exc})", where=str(path)) from None
    return target


def write_text_atomic(path: str | Path, text: str, *, force: bool = False) -> Path:
    """Write UTF-8 text to ``path`` atomically (``-``: standard output)."""
    return write_chunks_atomic(path, [text], force=force)


# -- formats ------------------------------------------------------------------------------------


def sort_claims(claims: Iterable[Claim]) -> list[Claim]:
    """Claims in export order: by start date (undated last), then claim id."""
    claims = sorted(claims, key=operator.attrgetter("claim_id"))
    # then by start date, keeping the id order among equal dates (one key a sort: a third of
    # the time of sorting by both at once)
    dated = [c for c in claims if c.date.start is not None]
    dated.sort(key=operator.attrgetter("date.start"))
    return dated + [c for c in claims if c.date.start is None]


@dataclass(frozen=True)
class Ordered:
    """Claims already in export order, read a chunk at a time (``chunks()``) as they are
    written: what :func:`write` takes instead of claims too many to hold
    (:class:`mapper.spill.Spill` gives one)."""

    count: int
    chunks: Callable[[], Iterator[list[Claim]]]


#: Claims (or incidents) turned into rows and columns at a time.
CHUNK_ROWS = 10_000


def _chunks(claims: Iterable[Claim] | Ordered) -> Iterator[list[Claim]]:
    """The claims in export order, a chunk at a time."""
    if isinstance(claims, Ordered):
        yield from claims.chunks()
        return
    ordered = sort_claims(claims)
    for start in range(0, len(ordered), CHUNK_ROWS):
        yield ordered[start : start + CHUNK_ROWS]


def _in_order(claims: Iterable[Claim] | Ordered) -> Iterator[Claim]:
    return itertools.chain.from_iterable(_chunks(claims))


def _point(lat: float | None, lon: float | None) -> dict[str, Any] | None:
    if lat is None or lon is None:
        return None
    return {"type": "Point", "coordinates": [round(lon, DECIMALS), round(lat, DECIMALS)]}


def _feature_collection(features: Iterable[str], meta: dict[str, str]) -> Iterator[str]:
    """One feature per line, so that diffs show features; RFC 7946, no ``crs`` member."""
    meta_json = json.dumps(meta, ensure_ascii=False)
    yield '{"type": "FeatureCollection", "generator": ' + meta_json + ', "features": [\n'
    separator = ""
    for feature in features:
        yield separator + feature
        separator = ",\n"
    yield ("\n" if separator else "") + "]}\n"


def _feature(fid: str, geometry: dict[str, Any] | None, properties: dict[str, Any]) -> str:
    return json.dumps(
        {"type": "Feature", "id": fid, "geometry": geometry, "properties": properties},
        ensure_ascii=False,
        allow_nan=False,
    )


def geojson_chunks(claims: Iterable[Claim] | Ordered, *, gazetteer_version: str) -> Iterator[str]:
    """The claims as an RFC 7946 FeatureCollection, in pieces (see :func:`geojson_text`)."""
    meta = {"tool": f"mapper {__version__}", "gazetteer_version": gazetteer_version}
    return _feature_collection(
        (_feature(c.claim_id, _point(c.lat, c.lon), claim_row(c)) for c in _in_order(claims)),
        meta,
    )


def geojson_text(claims: Iterable[Claim], *, gazetteer_version: str) -> str:
    """The claims as an RFC 7946 FeatureCollection: [lon, lat], flat properties, id = claim id.

    Unlocated claims are kept with ``"geometry": null``.
    """
    return "".join(geojson_chunks(claims, gazetteer_version=gazetteer_version))


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return defuse(value)
    return str(value)


def defuse(text: str) -> str:
    """A text cell a spreadsheet shows as text, not runs as a formula: ``=1+1`` -> ``'=1+1``."""
    return "'" + text if text.startswith(FORMULA_START) else text


def _wkt(lat: float | None, lon: float | None) -> str:
    if lat is None or lon is None:
        return ""
    return f"POINT ({round(lon, DECIMALS)!r} {round(lat, DECIMALS)!r})"


def csv_chunks(claims: Iterable[Claim] | Ordered) -> Iterator[str]:
    """The claims as CSV, a line (record) at a time (see :func:`csv_text`)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")

    def line(values: Iterable[object]) -> str:
        out.seek(0)
        out.truncate()
        writer.writerow(values)
        return out.getvalue()

    yield line((*CLAIM_FIELDS, "WKT"))
    for c in _in_order(claims):
        row = claim_row(c)
        yield line([*(_csv_value(row[f]) for f in CLAIM_FIELDS), _wkt(c.lat, c.lon)])


def csv_text(claims: Iterable[Claim]) -> str:
    """The claims as CSV: CLAIM_FIELDS (lat, lon among them) and ``WKT`` (POINT (lon lat))."""
    return "".join(csv_chunks(claims))


def jsonl_chunks(claims: Iterable[Claim] | Ordered) -> Iterator[str]:
    """One claim_row per line."""
    return (json.dumps(claim_row(c), ensure_ascii=False) + "\n" for c in _in_order(claims))


def jsonl_text(claims: Iterable[Claim]) -> str:
    """One claim_row per line."""
    return "".join(jsonl_chunks(claims))


def _columns(
    rows: Sequence[dict[str, Any]], fields: Sequence[str]
) -> tuple[list[np.ndarray], list[np.ndarray | None]]:
    """Typed numpy columns for pyogrio, and the null masks of the whole-number columns."""
    arrays: list[np.ndarray] = []
    masks: list[np.ndarray | None] = []
    for name in fields:
        values = [r[name] for r in rows]
        mask = None
        if name in DATE_FIELDS:
            array = np.array(["NaT" if v is None else v for v in values], dtype="datetime64[D]")
        elif name in FLOAT_FIELDS:
            array = np.array([np.nan if v is None else v for v in values], dtype="float64")
        elif name in INT_FIELDS:
            array = np.array([0 if v is None else v for v in values], dtype="int64")
            mask = np.array([v is None for v in values], dtype=bool)
        elif name in BOOL_FIELDS:
            array = np.array([bool(v) for v in values], dtype=bool)
        else:
            array = np.array(values, dtype=object)
        arrays.append(array)
        masks.append(mask)
    return arrays, masks


class _Layer:
    """A layer's geometry (WKB) and typed columns for pyogrio, made a chunk of items at a time
    as they are written, so that only one chunk's rows and columns are held, never a million.

    pyogrio's writer asks for feature ``i``'s geometry, then each of its fields (``column[i]``,
    and ``mask[i]`` of a column with a null mask), for ``i`` = 0, 1, 2...: each column answers
    from the chunk at hand, and the first asked past it moves them all to the next chunk. The
    values are those of whole numpy columns (dates as numpy dates, which pyogrio needs; the
    rest as the Python values GDAL is given the same way), so the file is the same bytes.
    """

    def __init__(self, chunks: Iterator[Sequence[Any]], count: int,
                 row_of: Callable[[Any], dict[str, Any]], fields: Sequence[str]) -> None:
        self.count, self._chunks, self._row_of, self.names = count, chunks, row_of, fields
        self.stop = 0
        self.geometry = _Column(self, np.dtype(object))
        self.fields = [_Column(self, _dtype(name)) for name in fields]
        # The null masks of the whole-number fields (None for the others).
        self.masks = [_Column(self, np.dtype(bool)) if name in INT_FIELDS else None
                      for name in fields]

    def load(self, i: int) -> None:
        """Make the chunk that holds item ``i`` the one at hand (items come in order)."""
        while i >= self.stop:
            rows = [self._row_of(x) for x in next(self._chunks)]
            columns, nulls = _columns(rows, self.names)
            geometry = _wkb([r["lat"] for r in rows], [r["lon"] for r in rows])
            start, self.stop = self.stop, self.stop + len(rows)
            del rows
            pairs = [(self.geometry, geometry), *zip(self.fields, columns, strict=True),
                     *((m, n) for m, n in zip(self.masks, nulls, strict=True)
                       if m is not None and n is not None)]
            for column, values in pairs:
                column.start = start
                column.values = values if values.dtype.kind == "M" else values.tolist()


class _Column:
    """One column of a :class:`_Layer`, read by index in order."""

    def __init__(self, layer: _Layer, dtype: np.dtype) -> None:
        self.layer, self.dtype = layer, dtype
        self.start = 0
        self.values: list[Any] | np.ndarray = []

    def __len__(self) -> int:
        return self.layer.count

    def __getitem__(self, i: int) -> Any:
        if i < self.start:  # never: pyogrio reads rows in order; a list would read from its end
            raise IndexError(f"row {i} asked for after row {self.start}")
        try:
            return self.values[i - self.start]
        except IndexError:
            self.layer.load(i)
            return self.values[i - self.start]


def _dtype(name: str) -> np.dtype:
    """The numpy type of a field's column (as :func:`_columns` makes it)."""
    if name in DATE_FIELDS:
        return np.dtype("datetime64[D]")
    if name in FLOAT_FIELDS:
        return np.dtype("float64")
    if name in INT_FIELDS:
        return np.dtype("int64")
    if name in BOOL_FIELDS:
        return np.dtype(bool)
    return np.dtype(object)


def _wkb(lats: Sequence[float | None], lons: Sequence[float | None]) -> np.ndarray:
    import shapely

    from mapper.geo import points  # the one place where (lat, lon) becomes (x, y)

    return shapely.to_wkb(points(lats, lons))


def write_gpkg(
    path: str | Path,
    claims: Iterable[Claim] | Ordered,
    *,
    gazetteer_version: str,
    incidents: Iterable[Incident] | None = None,
) -> None:
    """Write the layer ``claims`` (and ``incidents``) to a new GeoPackage at ``path``.

    ``date_start``/``date_end`` are DATE fields; the layer metadata records the tool and
    gazetteer versions. Unlocated claims are rows with an empty geometry.
    """
    import pyogrio
    from pyogrio.raw import write as ogr_write

    # GDAL stamps gpkg_contents.last_change with the current time; a fixed stamp makes two runs
    # on the same input byte-identical, so that a diff shows only what changed.
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": FIXED_TIMESTAMP})

    if not isinstance(claims, Ordered):
        claims = list(claims)
    count = claims.count if isinstance(claims, Ordered) else len(claims)
    meta = {"mapper_version": __version__, "gazetteer_version": gazetteer_version}
    layers = [
        (
            "claims",
            _Layer(_chunks(claims), count, claim_row, CLAIM_FIELDS),
            "claims: where and when each claimant says something happened",
        ),
    ]
    if incidents is not None:
        incidents = list(incidents)
        parts = (incidents[k : k + CHUNK_ROWS] for k in range(0, len(incidents), CHUNK_ROWS))
        layers.append(
            (
                "incidents",
                _Layer(parts, len(incidents), incident_row, INCIDENT_FIELDS),
                "incidents: claims about one event, linked; contested when they disagree",
            )
        )
    for i, (name, layer, description) in enumerate(layers):
        ogr_write(
            str(path),
            layer.geometry,
            layer.fields,
            list(layer.names),
            field_mask=layer.masks,
            layer=name,
            driver="GPKG",
            geometry_type="Point",
            crs="EPSG:4326",
            append=i > 0,
            layer_metadata=meta,
            layer_options={
                "DESCRIPTION": f"{description} (mapper {__version__}, gazetteer "
                f"{gazetteer_version})"
            },
        )


def format_of(path: str | Path, fmt: str | None = None) -> str:
    """The output format: ``fmt`` if given, else by suffix; OutputRefused when unknown."""
    if fmt:
        if fmt not in set(FORMATS.values()):
            raise OutputRefused(
                f"unknown output format {fmt!r}; expected one of "
                f"{', '.join(sorted(set(FORMATS.values())))}",
                where=str(path),
            )
        return fmt
    suffix = Path(str(path)).suffix.lower()
    if suffix not in FORMATS:
        raise OutputRefused(
            f"unknown output format {suffix or '(no suffix)'!r}; expected one of "
            f"{', '.join(FORMATS)}",
            where=str(path),
        )
    return FORMATS[suffix]


def write(
    claims: Iterable[Claim] | Ordered,
    path: str | Path,
    *,
    gazetteer_version: str,
    force: bool = False,
    incidents: Iterable[Incident] | None = None,
    fmt: str | None = None,
) -> Path:
    """Write the claims to ``path`` in the format its suffix names (``-``: stdout, needs ``fmt``).

    ``.geojson``/``.json`` (RFC 7946), ``.gpkg`` (layers ``claims`` and, when given,
    ``incidents``), ``.csv`` (with WKT) or ``.jsonl``. Raises OutputError for an unknown format,
    an existing file outside ``out/`` without ``force``, or a write that fails.
    """
    kind = format_of(path, fmt or (None if str(path) != "-" else "geojson"))
    if not isinstance(claims, Ordered):
        claims = list(claims)
    texts: dict[str, Callable[[], Iterator[str]]] = {
        "geojson": lambda: geojson_chunks(claims, gazetteer_version=gazetteer_version),
        "csv": lambda: csv_chunks(claims),
        "jsonl": lambda: jsonl_chunks(claims),
    }
    if kind in texts:
        chunks = texts[kind]()
        if kind == "csv" and str(path) != "-":
            chunks = itertools.chain([BOM], chunks)  # Excel then reads the file as UTF-8
        return write_chunks_atomic(path, chunks, force=force)
    if str(path) == "-":
        raise OutputRefused("a GeoPackage cannot be written to standard output", where="-")
    target = check_target(path, force=force)
    try:
        with _temporary(target) as tmp:
            try:
                write_gpkg(tmp, claims, gazetteer_version=gazetteer_version, incidents=incidents)
            except Exception as exc:  # GDAL's errors (pyogrio.errors.*) are not OSErrors
                if not type(exc).__module__.startswith("pyogrio"):
                    raise
                # GDAL names the temporary file ('sqlite3_open(/d/.x.123-ab.tmp.gpkg) failed'):
                # the user knows only the output's name
                why = str(exc).replace(str(tmp), str(path))
                raise OutputError(f"cannot write GeoPackage ({why})", where=str(path)) from None
            os.replace(tmp, target)
    except OutputError:
        raise
    except OSError as exc:
        raise OutputError(f"cannot write ({exc.strerror or exc})", where=str(path)) from None
    return target


# -- the gazetteer and the attention list -------------------------------------------------------


def places_geojson(gazetteer: Gazetteer) -> str:
    """The gazetteer's places as an RFC 7946 FeatureCollection, one feature per line, by id."""
    features = []
    for pid in sorted(gazetteer.places):
        p = gazetteer.places[pid]
        source = gazetteer.sources.get(p.source_id, {})
        props = {
            "id": p.id,
            "name": p.name,
            "names": gazetteer.display_names(p.id),
            "precision": p.precision,
            "uncertainty_m": p.uncertainty_m,
            "kind": p.kind,
            "country": p.country,
            "admin": p.admin,
            "source_id": p.source_id,
            "source": source.get("citation", ""),
            "source_url": source.get("url", ""),
        }
        features.append(_feature(p.id, _point(p.lat, p.lon), props))
    meta = {"tool": f"mapper {__version__}", "gazetteer_version": gazetteer.version}
    return "".join(_feature_collection(features, meta))


def unresolved_rows(claims: Iterable[Claim], problems: Iterable[Any]) -> list[dict[str, str]]:
    """What needs a person: every notice (unresolved or ambiguous place with its suggestions,
    unknown claimant, row error, ...) and every unlocated claim no notice mentions.

    ``problems`` holds :class:`mapper.records.Notice` objects (anything with ``where, kind,
    message`` and optionally ``claim_id, text, suggestions``) or plain strings.
    """
    rows = []
    mentioned = set()
    for p in problems:
        if isinstance(p, str):
            where, _, message = p.partition(": ")
            rows.append(
                {
                    "where": where if message else "",
                    "kind": "problem",
                    "claim_id": "",
                    "text": "",
                    "suggestions": "",
                    "message": message or p,
                }
            )
            continue
        claim_id = getattr(p, "claim_id", "")
        if getattr(p, "kind", "") in ("unresolved", "ambiguous", "no_place", "geonames"):
            mentioned.add(claim_id)
        rows.append(
            {
                "where": p.where,
                "kind": p.kind,
                "claim_id": claim_id,
                "text": getattr(p, "text", ""),
                "suggestions": "; ".join(getattr(p, "suggestions", ())),
                "message": p.message,
            }
        )
    for c in claims:
        if c.method == "geonames" and c.claim_id not in mentioned:
            rows.append(
                {
                    "where": c.report,
                    "kind": "geonames",
                    "claim_id": c.claim_id,
                    "text": c.place_text,
                    "suggestions": c.place_id or "",
                    "message": f"place {c.place_text!r} located by GeoNames, not the gazetteer; "
                    "review it",
                }
            )
        if not c.located and c.claim_id not in mentioned:
            rows.append(
                {
                    "where": c.report,
                    "kind": "unlocated",
                    "claim_id": c.claim_id,
                    "text": c.place_text,
                    "suggestions": "; ".join(c.candidates),
                    "message": f"place {c.place_text!r} is not located"
                    if c.place_text
                    else "no place and no coordinates",
                }
            )
    return rows


def write_unresolved(
    claims: Iterable[Claim], problems: Iterable[Any], path: str | Path, *, force: bool = False
) -> Path:
    """Write the attention list (see :func:`unresolved_rows`) as CSV; returns the path."""
    out = io.StringIO()
    out.write(BOM)
    writer = csv.DictWriter(out, UNRESOLVED_FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: defuse(v) for k, v in row.items()}
                     for row in unresolved_rows(claims, problems))
    return write_text_atomic(path, out.getvalue(), force=force)
