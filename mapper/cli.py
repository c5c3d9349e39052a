"""The `mapper` command line: arguments, I/O, exit codes. The work happens in the library.

Data goes to stdout, diagnostics to stderr; errors are one line (``mapper: error: ...``) unless
``-v``; exit codes: 0 success, 1 bad data, 2 bad usage, 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path

from mapper import __version__
from mapper.errors import MapperError

EXAMPLES = {
    "gazetteer check": "mapper gazetteer check",
    "gazetteer fmt": "mapper gazetteer fmt --check",
    "gazetteer lookup": 'mapper gazetteer lookup "Khin Taher" Гадрута "Köhnə Tağlar" --json',
    "gazetteer export": "mapper gazetteer export -o out/places.geojson",
}


class UsageError(MapperError):
    """Bad flags or arguments: exit 2."""


def _stderr(msg: str) -> None:
    print(msg, file=sys.stderr)


def _gazetteer(args):
    from mapper import gazetteer

    return gazetteer.load(Path(args.gazetteer) if args.gazetteer else None)


def _matcher(args):
    from mapper.match import Matcher

    return Matcher(_gazetteer(args))


# -- gazetteer -------------------------------------------------------------------------------


def cmd_gazetteer_check(args) -> int:
    from mapper import gazetteer

    directory = Path(args.gazetteer) if args.gazetteer else None
    problems = gazetteer.check(gazetteer.read(directory))
    errors = [p for p in problems if not p.warning]
    for p in problems:
        if not p.warning or args.warnings:
            print(p)
    warnings = len(problems) - len(errors)
    tables = gazetteer.read(directory)
    summary = (
        f"{len(tables['places.csv'])} places, {len(tables['names.csv'])} names, "
        f"{len(tables['sources.csv'])} sources, {len(tables['claimants.csv'])} claimants: "
        f"{len(errors)} errors, {warnings} warnings"
        + ("" if args.warnings or not warnings else " (--warnings lists them)")
    )
    _stderr(summary)
    return 1 if errors else 0


def cmd_gazetteer_fmt(args) -> int:
    from mapper import gazetteer

    changed = gazetteer.fmt(Path(args.gazetteer) if args.gazetteer else None, check_only=args.check)
    for name in changed:
        print(f"{name}: {'would be reformatted' if args.check else 'reformatted'}")
    return 1 if changed and args.check else 0


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
                "score": c.score,
            }
            for c in res.candidates
        ],
    }


def cmd_gazetteer_lookup(args) -> int:
    matcher = _matcher(args)
    gaz = matcher.gazetteer
    names = args.names
    if names == ["-"]:
        names = [line.rstrip("\n") for line in sys.stdin]
    for query in names:
        res = matcher.lookup(query, context=args.context or ())
        if args.json:
            print(json.dumps(_resolution_json(res), ensure_ascii=False))
            continue
        best = res.best
        if res.status == "unresolved":
            hint = ", ".join(
                f"{c.place.name} ({c.place.id}, {c.score:.2f})" for c in res.candidates[:3]
            )
            print(f"{res.query!r}: unresolved" + (f"; did you mean {hint}?" if hint else ""))
            continue
        assert best is not None
        p = best.place
        source = gaz.sources.get(p.source_id, {}).get("citation", p.source_id)
        print(
            f"{res.query!r}: {res.status} -> {p.id} {p.name} ({p.lat}, {p.lon}) "
            f"{p.precision} ±{p.uncertainty_m:g} m, {best.method} {best.score:.2f} "
            f"via {best.matched!r}"
        )
        print(f"    names: {gaz.display_names(p.id)}")
        print(f"    source: {source}")
        for c in res.candidates[1:] if res.status == "ambiguous" else ():
            if best.score - c.score <= 0.02:
                print(
                    f"    also: {c.place.id} {c.place.name} ({c.place.lat}, {c.place.lon}) "
                    f"{c.method} {c.score:.2f}"
                )
    return 0


def cmd_gazetteer_export(args) -> int:
    from mapper.export import places_geojson, write_text_atomic

    gaz = _gazetteer(args)
    text = places_geojson(gaz)
    write_text_atomic(args.output, text, force=args.force)
    _stderr(f"wrote {len(gaz.places)} places to {args.output}")
    return 0


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
    return p


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
    parser.add_argument("-v", "--verbose", action="store_true", help="tracebacks on errors")
    parser.add_argument(
        "--gazetteer",
        metavar="DIR",
        help="gazetteer folder (default: $MAPPER_GAZETTEER or the bundled one)",
    )
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
    p = _add(gsub, "fmt", cmd_gazetteer_fmt, "rewrite the tables canonically", "gazetteer fmt")
    p.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if a file is not canonical"
    )
    p = _add(
        gsub,
        "lookup",
        cmd_gazetteer_lookup,
        "resolve place names in any spelling or script",
        "gazetteer lookup",
    )
    p.add_argument(
        "names", nargs="+", metavar="NAME", help="names to look up ('-': one per line on stdin)"
    )
    p.add_argument("--json", action="store_true", help="one JSON object per NAME, in order")
    p.add_argument(
        "--context",
        action="append",
        metavar="PLACE",
        help="a place or district named nearby, to break ties (repeatable)",
    )
    p = _add(
        gsub, "export", cmd_gazetteer_export, "write the places as GeoJSON", "gazetteer export"
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE.geojson")
    p.add_argument("--force", action="store_true", help="overwrite an existing file outside out/")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except UsageError as exc:
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
