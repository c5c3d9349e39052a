"""From inputs to outputs: reports and records -> claims -> incidents -> map and exports.

The CLI's ``run``, ``map`` and ``export`` commands share these steps; each step lives in its own
module, this one only sequences them.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from mapper.errors import OutputError
from mapper.gazetteer import Gazetteer
from mapper.inputs import RUN_OUTPUTS, walk
from mapper.model import Claim
from mapper.reports import NO_SUFFIX, OTHER_FORMATS, REPORT_SUFFIXES

RECORD_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson", ".geojson", ".json")
OUTPUTS = RUN_OUTPUTS


def examples_dir() -> Path:
    """The bundled example reports and records: the checkout's examples/, or the installed copy."""
    checkout = Path(__file__).resolve().parent.parent / "examples"
    if (checkout / "reports").is_dir():
        return checkout
    return Path(str(resources.files("mapper.examples_data")))


def report_labels(inputs: Iterable[str]) -> dict[str, str]:
    """How each input file is named in outputs: under a folder given on the command line, the
    folder's name and the path below it (``records/sheet.csv``); a file given by a relative path,
    that path; by an absolute one, its name. No path of the user's machine leaves the tool."""
    labels: dict[str, str] = {}
    for item in inputs:
        p = Path(item)
        if os.path.isdir(p):  # False, not OSError, for a 300-byte name
            for child in walk(p):
                labels[str(child)] = (Path(p.resolve().name) / child.relative_to(p)).as_posix()
        else:
            labels[str(p)] = p.name if p.is_absolute() else p.as_posix()
    return labels


def split_inputs(inputs: Iterable[str]
                 ) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """(report files, record files, unread documents) named or found in folders, in a stable
    order; the unread documents are (path, what to save it as) of each PDF, Word document,
    spreadsheet or GIS file inside a folder: none is read (named on its own, each is an error
    saying so), but a folder's are named rather than passed over without a word.

    ``-`` is records on standard input (CSV, JSON Lines or GeoJSON, told apart by their text);
    a subfolder that cannot be listed is kept as a report, whose reading says why."""
    reports: list[str] = []
    records: list[str] = []
    unread: list[tuple[str, str]] = []
    seen: set[str] = set()  # a file named twice (alone and in its folder) is read once
    for item in inputs:
        if item == "-":
            records.append(item)
            continue
        p = Path(item)
        children = list(walk(p)) if os.path.isdir(p) else [p]
        for child in children:
            suffix = child.suffix.lower()
            if child != p and child.name.lower() in ("readme.md", "gold.jsonl"):
                continue
            real = os.path.realpath(child)
            if real in seen:
                continue
            seen.add(real)
            if os.path.isdir(child):
                reports.append(str(child))
            elif suffix in RECORD_SUFFIXES or (suffix == ".txt" and _is_sheet(child)):
                records.append(str(child))  # a sheet Excel saved as text, too
            elif suffix in REPORT_SUFFIXES or child == p:
                reports.append(str(child))
            elif suffix in OTHER_FORMATS:
                unread.append((str(child), OTHER_FORMATS[suffix]))
            elif not suffix:  # a page saved by curl, notes of an editor that adds none
                unread.append((str(child), NO_SUFFIX))
    return reports, records, unread


def _is_sheet(path: Path) -> bool:
    """:func:`mapper.records.is_sheet` (records imported only where a text file may be one)."""
    from mapper.records import is_sheet

    return is_sheet(path)


def empty_folders(inputs: Iterable[str], found: Iterable[str]) -> list[str]:
    """The folders among ``inputs`` in which no file to read was ``found`` (a mistyped or
    wrong folder, which would otherwise give nothing without a word)."""
    folders = [item for item in inputs if item != "-" and os.path.isdir(item)]
    if not folders:
        return []
    # (by real paths: a file read once may have been named by another path than its folder's)
    found = [os.path.realpath(f) for f in found]
    return [folder for folder in folders
            if not any(f.startswith(os.path.join(os.path.realpath(folder), "")) for f in found)]


NOTHING_TO_READ = ("no report or records file in this folder (reports: "
                   f"{' '.join(REPORT_SUFFIXES)}; records: {' '.join(RECORD_SUFFIXES)})")


@contextlib.contextmanager
def bulk() -> Iterator[None]:
    """Python's cyclic garbage collector held off while many small objects that make no cycles
    (rows, claims, incidents, the page's data) are built: its passes over the growing heap took
    a tenth to a fifth of the time of a map of 100,000 rows. Cycles made meanwhile are collected
    afterwards. A context manager, or a decorator (``@bulk()``)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass
class Collected:
    """Everything read: claims, what needs attention, and counts for the summary."""

    claims: list[Claim] = field(default_factory=list)
    notices: list[Any] = field(default_factory=list)  # records.Notice
    reports_read: int = 0
    reports_failed: int = 0
    reports_empty: int = 0  # reports read that gave no claim (listed in unresolved.csv)
    records_read: int = 0  # records files read (a bad row is reported, and kept as a claim)
    records_rows: int = 0  # their rows, each a claim
    records_unreadable: int = 0  # records files none of whose rows could be read
    left_out: int = 0  # located claims of reports below the confidence asked for
    kept_below: int = 0  # claims of records below a --min-confidence given: never left out
    records_failed: bool = False
    started: float = field(default_factory=time.monotonic)

    @property
    def ok(self) -> bool:
        return not self.reports_failed and not self.records_failed

    def nothing_read(self, claims: int) -> bool:
        """Whether every input failed and none gave a claim (a mistyped folder): the commands
        then write no file, so that the last good output stays (standard output still gets
        an empty collection, which a pipe can read)."""
        return not claims and not self.reports_read and not self.ok


def collect(inputs: Iterable[str], gazetteer: Gazetteer, **options: Any) -> Collected:
    """Read report and record files into claims (reports extracted, records resolved): the
    claims of :func:`read_claims`, all held."""
    out = Collected()
    for claims in read_claims(inputs, gazetteer, out, **options):
        out.claims.extend(claims)
    return out


def read_claims(inputs: Iterable[str], gazetteer: Gazetteer, out: Collected, *,
                published: date | None = None, outlet: str = "", url: str = "", lang: str = "",
                encoding: str | None = None, strict: bool = False, geocoder=None,
                progress: Callable[[int, int], None] | None = None,
                warn: Callable[[str], None] | None = None,
                note: Callable[[str], None] | None = None,
                jobs: int = 1, scheduler: str | None = None,
                min_confidence: float | None = None) -> Iterator[list[Claim]]:
    """The claims of report and record files, in input order, a list at a time (so that a
    caller need not hold them all); ``out`` gathers the notices and counts, but not the claims.

    ``warn`` is told each unreadable file and bad row, ``note`` what a report lacks (no
    publication date, a front-matter field ignored) and how a file was decoded. Reports are
    extracted by ``jobs`` processes or on the Dask cluster at ``scheduler``
    (:mod:`mapper.parallel`); the claims come in the same order either way. Their located
    claims below ``min_confidence`` (default: the model's threshold) are counted, not kept."""
    from mapper.parallel import extract_files
    from mapper.records import RecordReader

    inputs = list(inputs)
    labels = report_labels(inputs)
    reports, records, unread = split_inputs(inputs)
    if note:
        for folder in empty_folders(inputs, reports + records):
            note(f"{folder}: {NOTHING_TO_READ}")
    for path, advice in unread:
        out.notices.append(not_read_notice(path, advice))
        if note:
            note(f"{path}: not read: {advice}")
    if reports:
        for n, result in enumerate(extract_files(reports, gazetteer, jobs=jobs,
                                                 scheduler=scheduler, published=published,
                                                 outlet=outlet, url=url, lang=lang,
                                                 encoding=encoding,
                                                 min_confidence=min_confidence), 1):
            if result.error:
                out.reports_failed += 1
                out.notices.append(error_notice(result))
                if warn:
                    warn(result.error)
            else:
                out.reports_read += 1
                out.left_out += result.left_out
                out.notices.extend(unlikely_notices(result.unlikely))
                if result.gave_no_claim:
                    out.reports_empty += 1
                    out.notices.append(no_claim_notice(result))
                if note:
                    for message in result.notices:
                        note(message)
                yield label_claims(result.claims, labels)  # unlocated: export.unresolved_rows
            if progress:
                progress(n, len(reports))
    if records:
        from mapper.geocode import default_cache_dir
        from mapper.geonames import GeoNames

        # Names the gazetteer does not know may resolve against GeoNames, listed for review.
        geonames = GeoNames.for_gazetteer(gazetteer, default_cache_dir())
        reader = RecordReader(gazetteer, geonames=geonames, geocoder=geocoder, strict=strict,
                              labels=labels)
        notices: list = []
        with bulk():
            for claims in reader.stream(records, notices, encoding=encoding or "utf-8"):
                if min_confidence is not None:
                    out.kept_below += sum(c.confidence is not None and c.located
                                          and c.confidence < min_confidence for c in claims)
                out.records_rows += len(claims)
                yield label_claims(claims, labels)
        unreadable = {n.where for n in notices if n.is_error and n.where in records}
        out.records_unreadable = len(unreadable)
        out.records_read = len(set(records) - unreadable)
        out.notices.extend(notices)
        out.records_failed = any(n.is_error for n in notices)
        if warn:
            for n in notices:
                if n.is_error:
                    warn(str(n))
        if note:
            for notice in notices:
                if notice.kind in ("encoding", "skipped_lines"):
                    note(str(notice))
    out.notices = [_relabel(n, labels) for n in out.notices]


def unlikely_notices(claims: Iterable[Claim]) -> list[Any]:
    """A notice for each claim of a report left out as unlikely, so that unresolved.csv says
    which were (the summary only counts them)."""
    from mapper.records import Notice

    return [Notice(c.report, "unlikely",
                   f"{c.claimant_name or c.claimant or 'no claimant'}: "
                   f"{c.event_type.replace('_', ' ')} at {c.place_text!r} "
                   f"({c.place_id or 'coordinates'}), {c.date.text or 'no date'}: confidence "
                   f"{c.confidence:.2f}; left out as unlikely (--min-confidence 0 keeps it)",
                   c.claim_id, c.place_text)
            for c in claims]


def not_read_notice(path: str, advice: str) -> Any:
    """The notice of a folder's PDF, Word document or spreadsheet, which is not read."""
    from mapper.records import Notice

    return Notice(path, "not_read", advice)


def error_notice(result: Any) -> Any:
    """The notice of a report that could not be read, naming it by ``where`` (relabelled as
    claims are: no path of the user's machine in unresolved.csv; a name may hold ": ")."""
    from mapper.records import Notice

    return Notice(result.path, "problem", result.error.removeprefix(f"{result.path}: "))


def no_claim_notice(result: Any) -> Any:
    """A notice for a report read without error that gave no claim, with what its reading
    noted (its language, no publication date), so that unresolved.csv keeps it listed: a
    report in a language extraction does not read, or of no incident, is not silently lost."""
    from mapper.records import Notice

    prefix = f"{result.path}: "
    why = "; ".join(n.removeprefix(prefix) for n in result.notices) or (
        "no incident extraction recognises; it reads English, French and Russian")
    return Notice(result.path, "no_claim", f"no claim found ({why})")


def label_claims(claims: Iterable[Claim], labels: dict[str, str]) -> list[Claim]:
    """The claims, ``report`` named by its label (:func:`report_labels`); the claims are
    relabelled in place (they are the reader's own, just made)."""
    claims = list(claims)
    for c in claims:
        label = labels.get(c.report)
        if label is not None:
            c.report = label
    return claims


def _relabel(notice: Any, labels: dict[str, str]) -> Any:
    """A records.Notice whose ``where`` ("path", "path:line", or a GeoJSON or JSON file's
    "path: feature N", "path: item N") names the file by its label."""
    where = getattr(notice, "where", None)
    if not isinstance(where, str):
        return notice
    path, colon, rest = where.rpartition(":")
    if not (path and (rest.isdigit() or rest.startswith((" feature ", " item ")))):
        path, colon, rest = where, "", ""
    if path not in labels:
        return notice
    return replace(notice, where=labels[path] + colon + rest)


@bulk()
def group(claims: list[Claim]):
    """Link claims about one incident; marks contested ones in place."""
    from mapper import incidents

    return incidents.group(claims)


@bulk()
def mark_incidents(claims: list[Claim]) -> int:
    """Link claims about one incident, marking each with its incident and whether that is
    contested (all that a map shows of the incidents); returns how many there are."""
    from mapper import incidents

    return incidents.mark(claims)


def export(inputs: Iterable[str], gazetteer: Gazetteer, path: str | Path, out: Collected,
           *, force: bool = False, attention: list[Claim] | None = None,
           **options: Any) -> tuple[int, int, int]:
    """Read the inputs (:func:`read_claims`), group the claims into incidents and write them to
    ``path`` (:func:`mapper.export.write`, with the incidents), holding only a chunk of claims
    at a time: each chunk goes to a :class:`mapper.spill.Spill` on disk as it is read, and the
    writer reads them back in export order. ``out`` gathers the notices; ``attention``, when
    given, the claims the attention list names (unlocated, or located by GeoNames). Returns
    (claims, located claims, incidents)."""
    from mapper.export import write
    from mapper.incidents import group_columns
    from mapper.spill import Spill

    located = 0
    with Spill() as spill:
        for claims in read_claims(inputs, gazetteer, out, **options):
            spill.add(claims)
            located += sum(c.located for c in claims)
            if attention is not None:
                attention.extend(c for c in claims if c.method == "geonames" or not c.located)
        if out.nothing_read(len(spill)) and str(path) != "-":
            return 0, 0, 0
        with bulk():
            incidents, of_claim = group_columns(spill.columns)
            write(spill.ordered(incidents, of_claim), path, gazetteer_version=gazetteer.version,
                  force=force, incidents=incidents)
        return len(spill), located, len(incidents)


@bulk()
def write_map(path: str | os.PathLike, claims: list[Claim], gazetteer: Gazetteer, *,
              title: str = "mapper", force: bool = False, tiles: str | None = None,
              attribution: str | None = None) -> Path:
    from mapper.export import check_target
    from mapper.render import render_map
    from mapper.render import write_map as render

    to_stdout = str(path) == "-"
    if not to_stdout:
        check_target(path, force=force)
    places = [{"id": p.id, "name": p.name, "names": gazetteer.display_names(p.id),
               "lat": p.lat, "lon": p.lon, "precision": p.precision,
               "uncertainty_m": p.uncertainty_m} for p in gazetteer.places.values()]
    claimants = {c.id: {"name": c.name, "side": c.side}
                 for c in gazetteer.claimants.values()}
    options = {"places": places, "claimants": claimants, "title": title, "tiles": tiles,
               "attribution": attribution}
    if to_stdout:
        sys.stdout.write(render_map(claims, **options))
        sys.stdout.flush()
        return Path("-")
    try:
        return render(path, claims, **options)
    except OSError as exc:  # a read-only folder, a full disk
        raise OutputError(f"cannot write ({exc.strerror or exc})", where=str(path)) from None


@bulk()
def write_all(collected: Collected, out_dir: str | os.PathLike, gazetteer: Gazetteer, *,
              force: bool = False, tiles: str | None = None,
              attribution: str | None = None) -> dict[str, Path]:
    """map.html, claims.geojson/.gpkg/.csv and unresolved.csv into ``out_dir``, as one set
    (:func:`mapper.export.output_set`: all of them replaced, or none)."""
    from mapper.export import output_set, write, write_unresolved

    out = Path(out_dir)
    incidents = group(collected.claims)
    version = gazetteer.version
    with output_set(out, OUTPUTS, force=force) as tmp:
        write(collected.claims, tmp / "claims.geojson", gazetteer_version=version)
        write(collected.claims, tmp / "claims.gpkg", gazetteer_version=version,
              incidents=incidents)
        write(collected.claims, tmp / "claims.csv", gazetteer_version=version)
        write_unresolved(collected.claims, collected.notices, tmp / "unresolved.csv")
        write_map(tmp / "map.html", collected.claims, gazetteer, tiles=tiles,
                  attribution=attribution)
    return {name: out / name for name in OUTPUTS}


def summary(collected: Collected, incidents: int | None = None) -> str:
    claims = collected.claims
    located = sum(c.located for c in claims)
    contested = len({c.incident_id for c in claims if c.contested and c.incident_id})
    seconds = time.monotonic() - collected.started
    parts = [f"{collected.reports_read} report{'' if collected.reports_read == 1 else 's'} read"]
    if collected.reports_empty:
        parts[0] += f" ({collected.reports_empty} with no claim)"
    if collected.records_read:  # so that rows in = claims out can be checked
        files, rows = collected.records_read, collected.records_rows
        parts.append(f"{files} records file{'' if files == 1 else 's'} read "
                     f"({rows} row{'' if rows == 1 else 's'})")
    unreadable = collected.reports_failed + collected.records_unreadable
    if unreadable:
        parts.append(f"{unreadable} unreadable")
    parts += [f"{len(claims)} claim{'' if len(claims) == 1 else 's'}", f"{located} located",
              f"{len(claims) - located} unlocated",
              f"{contested} contested incident{'' if contested == 1 else 's'}", f"{seconds:.1f} s"]
    if collected.left_out:
        parts.insert(-1, left_out_note(collected.left_out))
    return ", ".join(parts)


def kept_below_note(collected: Collected, min_confidence: float | None) -> str | None:
    """What to say of the claims of records below a ``--min-confidence`` given, which it
    kept (an analyst's file is never thinned: its claims may have been reviewed), if any."""
    count = collected.kept_below
    if not count or min_confidence is None:
        return None
    return (f"{count} claim{' of records has' if count == 1 else 's of records have'} a "
            f"confidence below {min_confidence:g}, kept: --min-confidence leaves out claims of "
            "reports as they are read, never a records file's (filter those by `confidence`)")


def left_out_note(count: int) -> str:
    """What the summary says of the claims left out as unlikely."""
    return (f"{count} unlikely claim{'' if count == 1 else 's'} left out "
            f"(--min-confidence 0 keeps them)")


def progress_printer(label: str) -> Callable[[int, int], None] | None:
    """A one-line progress counter on stderr, or None when stderr is not a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done == total else ""
        print(f"\r{label}: {done}/{total}", end=end, file=sys.stderr, flush=True)

    return show
