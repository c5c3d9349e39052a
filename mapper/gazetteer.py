"""Load and check the curated gazetteer tables (places, names, sources, claimants, aliases).

The tables are normalised CSV files that people edit and review in diffs (see
``gazetteer/README.md``). :func:`read` reads them keeping line numbers, :func:`check` lists every
problem the way a linter does (``gazetteer/names.csv:214: unknown place_id 'hin-tager'``),
:func:`load` returns a :class:`Gazetteer` or raises on the first error, and :func:`fmt` rewrites
the files canonically.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path

from mapper.errors import GazetteerError
from mapper.model import PRECISIONS, SIDES, Claimant, Name, Place
from mapper.names import fold, keys

#: Each table: its columns, in order, and the columns its rows are sorted by.
TABLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "places.csv": (
        (
            "id",
            "name",
            "lat",
            "lon",
            "precision",
            "uncertainty_m",
            "kind",
            "country",
            "admin",
            "source_id",
            "note",
        ),
        ("id",),
    ),
    "names.csv": (
        ("place_id", "name", "lang", "script", "kind", "source_id", "note"),
        ("place_id", "lang", "script", "kind", "name"),
    ),
    "sources.csv": (("id", "citation", "url", "accessed", "note"), ("id",)),
    "claimants.csv": (
        ("id", "name", "side", "kind", "country", "color", "source_id", "note"),
        ("id",),
    ),
    "claimant_aliases.csv": (
        ("claimant_id", "alias", "lang", "source_id", "note"),
        ("claimant_id", "alias"),
    ),
    "regions.csv": (("id", "name", "min_lat", "max_lat", "min_lon", "max_lon", "note"), ("id",)),
    # Ordinary words that are also place names: found in text only with a place cue nearby.
    "common_words.csv": (("word", "lang", "note"), ("word", "lang")),
    # Places, areas and countries (by code) and the side that administered them: a place's own
    # row, else its admin area's (and that area's), else its country's, gives the side its
    # residents and officials speak for. A row without dates holds throughout 2020-2023; one
    # with `since` and/or `until` (first and last day, ISO dates, both cited) only on the dates
    # between, for the areas that changed hands.
    "held.csv": (("area_id", "side", "since", "until", "source_id", "note"), ("area_id", "since")),
}

NAME_KINDS = ("preferred", "official", "translit", "variant", "historical", "translated")
SCRIPTS = ("Latn", "Armn", "Cyrl", "Arab", "Geor", "Grek")
#: The most decimals a coordinate may carry at each precision (5 decimals is about a metre).
MAX_DECIMALS = {
    "site": 5,
    "village": 5,
    "town": 5,
    "city": 4,
    "district": 3,
    "region": 3,
    "country": 2,
}
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_LANG = re.compile(r"^[a-z]{2,3}$")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


def default_dir() -> Path:
    """The gazetteer to use: $MAPPER_GAZETTEER, the checkout's gazetteer/, or the installed copy."""
    env = os.environ.get("MAPPER_GAZETTEER")
    if env:
        return Path(env)
    checkout = Path(__file__).resolve().parent.parent / "gazetteer"
    if (checkout / "places.csv").is_file():
        return checkout
    return Path(str(resources.files("mapper.gazetteer_data")))


@dataclass(frozen=True)
class Row:
    """One table row with where it came from."""

    file: str
    line: int
    values: dict[str, str]

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"

    def __getitem__(self, column: str) -> str:
        return self.values.get(column, "")


@dataclass(frozen=True)
class Problem:
    where: str
    message: str
    warning: bool = False

    def __str__(self) -> str:
        return f"{self.where}: {'warning: ' if self.warning else ''}{self.message}"


def _display(directory: Path, name: str) -> str:
    path = directory / name
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def read(directory: Path | None = None) -> dict[str, list[Row]]:
    """Read every table of the gazetteer as rows with file and line numbers."""
    directory = Path(directory or default_dir())
    tables: dict[str, list[Row]] = {}
    for name, (columns, _) in TABLES.items():
        shown = _display(directory, name)
        path = directory / name
        if not path.is_file():
            raise GazetteerError("missing table", where=shown)
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise GazetteerError(f"not UTF-8 ({exc.reason})", where=shown) from None
        reader = csv.reader(io.StringIO(text, newline=""))
        header = next(reader, None)
        if header != list(columns):
            raise GazetteerError(f"header must be {','.join(columns)}", where=f"{shown}:1")
        rows = []
        for values in reader:
            line = reader.line_num
            if not any(v.strip() for v in values):
                continue
            if len(values) != len(columns):
                raise GazetteerError(
                    f"expected {len(columns)} fields, found {len(values)}", where=f"{shown}:{line}"
                )
            rows.append(Row(shown, line, dict(zip(columns, values, strict=True))))
        tables[name] = rows
    return tables


def _decimals(text: str) -> int:
    return len(text.split(".", 1)[1]) if "." in text else 0


def _check_places(tables, problems, sources, place_ids, regions) -> None:
    for row in tables["places.csv"]:
        add = lambda msg, w=False, row=row: problems.append(Problem(row.where, msg, w))  # noqa: E731
        pid = row["id"]
        if not _SLUG.match(pid):
            add(f"id {pid!r} is not a lowercase slug")
        if not row["name"].strip():
            add("empty name")
        if row["precision"] not in PRECISIONS:
            add(f"precision {row['precision']!r} is not one of {', '.join(PRECISIONS)}")
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except ValueError:
            add(f"lat/lon {row['lat']!r}, {row['lon']!r} are not numbers")
        else:
            if not any(b[0] <= lat <= b[1] and b[2] <= lon <= b[3] for b in regions):
                add(
                    f"coordinate ({lat}, {lon}) lies outside every region of regions.csv "
                    "(swapped lat/lon, or a W longitude?)"
                )
            limit = MAX_DECIMALS.get(row["precision"], 5)
            if max(_decimals(row["lat"]), _decimals(row["lon"])) > limit:
                add(f"coordinate has more than {limit} decimals for precision {row['precision']!r}")
        try:
            if float(row["uncertainty_m"]) <= 0:
                raise ValueError
        except ValueError:
            add(f"uncertainty_m {row['uncertainty_m']!r} is not a positive number")
        if row["admin"] and row["admin"] not in place_ids:
            add(f"unknown admin place id {row['admin']!r}")
        if row["source_id"] not in sources:
            add(f"unknown source_id {row['source_id']!r}" if row["source_id"] else "no source_id")


def _check_names(tables, problems, sources, place_ids, keyed: bool) -> dict[str, set[str]]:
    seen: dict[tuple[str, str, str], str] = {}
    places_by_key: dict[str, set[str]] = defaultdict(set)
    first_where: dict[str, str] = {}
    named: set[str] = set()
    for row in tables["names.csv"]:
        add = lambda msg, w=False, row=row: problems.append(Problem(row.where, msg, w))  # noqa: E731
        pid, name = row["place_id"], row["name"]
        if pid not in place_ids:
            add(f"unknown place_id {pid!r}")
        named.add(pid)
        if not name.strip() or name != name.strip():
            add(f"name {name!r} is empty or has surrounding spaces")
        if not _LANG.match(row["lang"]):
            add(f"lang {row['lang']!r} is not an ISO 639 code")
        if row["script"] not in SCRIPTS:
            add(f"script {row['script']!r} is not one of {', '.join(SCRIPTS)}")
        if row["kind"] not in NAME_KINDS:
            add(f"kind {row['kind']!r} is not one of {', '.join(NAME_KINDS)}")
        if row["source_id"] not in sources:
            add(f"unknown source_id {row['source_id']!r}" if row["source_id"] else "no source_id")
        dup = (pid, unicodedata.normalize("NFC", name).casefold(), row["lang"])
        if dup in seen:
            add(f"duplicate name {name!r} ({row['lang']}) for {pid!r}, first at {seen[dup]}")
        seen[dup] = row.where
        for k in keys(name) if keyed else ():
            if k:
                places_by_key[k].add(pid)
                first_where.setdefault(k + "\0" + pid, row.where)
    for row in tables["places.csv"]:
        if row["id"] not in named:
            problems.append(Problem(row.where, f"place {row['id']!r} has no names", True))
    return places_by_key


def check(tables: dict[str, list[Row]], *, collisions: bool = True) -> list[Problem]:
    """Every problem in the tables: errors, and warnings (name collisions) the matcher handles.

    ``collisions`` False: without the names' shared keys (warnings only), whose keys take most
    of the time; :func:`load` needs only the errors."""
    problems: list[Problem] = []
    for name, rows in tables.items():
        id_column = TABLES[name][0][0]
        if id_column != "id":
            continue
        seen: dict[str, str] = {}
        for row in rows:
            if row["id"] in seen:
                problems.append(
                    Problem(row.where, f"duplicate id {row['id']!r}, first at {seen[row['id']]}")
                )
            seen.setdefault(row["id"], row.where)
    sources = {r["id"] for r in tables["sources.csv"]}
    for row in tables["sources.csv"]:
        if not _SLUG.match(row["id"]):
            problems.append(Problem(row.where, f"id {row['id']!r} is not a lowercase slug"))
        if not row["citation"].strip():
            problems.append(Problem(row.where, "empty citation"))
        try:
            date.fromisoformat(row["accessed"])
        except ValueError:
            problems.append(Problem(row.where, f"accessed {row['accessed']!r} is not a date"))
    regions = []
    for row in tables["regions.csv"]:
        try:
            regions.append(
                tuple(float(row[c]) for c in ("min_lat", "max_lat", "min_lon", "max_lon"))
            )
        except ValueError:
            problems.append(Problem(row.where, "bounds are not numbers"))
    place_ids = {r["id"] for r in tables["places.csv"]}
    _check_places(tables, problems, sources, place_ids, regions)
    places_by_key = _check_names(tables, problems, sources, place_ids, collisions)
    where = {r["id"]: r.where for r in tables["places.csv"]}
    for k, pids in sorted(places_by_key.items()):
        if len(pids) > 1:
            first = sorted(pids)[0]
            problems.append(
                Problem(
                    where.get(first, "gazetteer/names.csv"),
                    f"name key {k!r} is shared by {', '.join(sorted(pids))} "
                    "(the matcher returns them as ambiguous)",
                    True,
                )
            )
    countries = {r["country"] for r in tables["places.csv"]}
    held_rows: dict[str, list[Row]] = {}
    for row in tables["held.csv"]:
        if row["area_id"] not in place_ids | countries:
            problems.append(Problem(row.where, f"unknown area_id {row['area_id']!r}"))
        if row["side"] not in SIDES:
            problems.append(
                Problem(row.where, f"side {row['side']!r} is not one of {', '.join(SIDES)}")
            )
        if row["source_id"] not in sources:
            problems.append(Problem(row.where, f"unknown source_id {row['source_id']!r}"))
        problems += _held_dates(row, held_rows.setdefault(row["area_id"], []))
    claimant_ids = {r["id"] for r in tables["claimants.csv"]}
    for row in tables["claimants.csv"]:
        if row["side"] not in SIDES:
            problems.append(
                Problem(row.where, f"side {row['side']!r} is not one of {', '.join(SIDES)}")
            )
        if row["color"] and not _COLOR.match(row["color"]):
            problems.append(Problem(row.where, f"color {row['color']!r} is not #rrggbb"))
        if row["source_id"] not in sources:
            problems.append(Problem(row.where, f"unknown source_id {row['source_id']!r}"))
    alias_seen: dict[str, str] = {}
    for row in tables["claimant_aliases.csv"]:
        if row["claimant_id"] not in claimant_ids:
            problems.append(Problem(row.where, f"unknown claimant_id {row['claimant_id']!r}"))
        if row["source_id"] not in sources:
            problems.append(Problem(row.where, f"unknown source_id {row['source_id']!r}"))
        folded = row["alias"].casefold()
        if folded in alias_seen:
            problems.append(
                Problem(
                    row.where,
                    f"alias {row['alias']!r} already names a claimant at {alias_seen[folded]}",
                )
            )
        alias_seen.setdefault(folded, row.where)
    used = {r["source_id"] for t in tables.values() for r in t}
    for row in tables["sources.csv"]:
        if row["id"] not in used:
            problems.append(Problem(row.where, f"source {row['id']!r} is cited by no row", True))
    return problems


@dataclass
class Gazetteer:
    """The loaded tables: places by id, their names, sources, claimants and their aliases."""

    places: dict[str, Place]
    names: list[Name]
    sources: dict[str, dict[str, str]]
    claimants: dict[str, Claimant]
    aliases: list[tuple[str, str, str]]  # (claimant_id, alias, lang)
    common_words: frozenset[str]  # folded ordinary words that are also place names
    version: str
    directory: Path
    names_by_place: dict[str, list[Name]] = field(default_factory=dict)
    held: dict[str, str] = field(default_factory=dict)  # area or place id -> side (held.csv)
    #: area or place id -> (since, until, side) of its dated rows (ISO dates, "" for open)
    held_spans: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)
    #: side -> the claimant standing for its sources that no name is given for ("Armenian
    #: reports"), of kind ``unspecified``
    unnamed_sources: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in self.names:
            self.names_by_place.setdefault(name.place_id, []).append(name)
        for cid, c in sorted(self.claimants.items()):
            if c.kind == "unspecified":
                self.unnamed_sources.setdefault(c.side, cid)

    def held_by(self, place_id: str, on: str | None = None) -> str | None:
        """The side that administered a place throughout 2020-2023, or with ``on`` (an ISO
        date) on that day (held.csv: the place's own row, else the nearest area above it that
        has one, else its country's); None when not recorded."""
        country = self.places[place_id].country if place_id in self.places else ""
        for area in self.areas_above(place_id):
            if area in self.held:
                return self.held[area]
            if on:
                for since, until, side in self.held_spans.get(area, ()):
                    if since <= on[:10] and (not until or on[:10] <= until):
                        return side
        return self.held.get(country) if country else None

    def areas_above(self, place_id: str) -> list[str]:
        """The place and the areas above it (its ``admin``, that area's ...), nearest first,
        each once; an id the tables lack ends the chain."""
        chain: list[str] = []
        while place_id and place_id not in chain:
            chain.append(place_id)
            place = self.places.get(place_id)
            place_id = place.admin if place else ""
        return chain

    def witness_side(self, claimant: str, place_id: str | None, on: str | None) -> str | None:
        """The side a witness claimant (residents, eyewitnesses) speaks for when it speaks of a
        place: the side that held the place that day (:meth:`held_by`); None for any other
        claimant, no place, or no holder recorded."""
        c = self.claimants.get(claimant)
        if c is None or c.kind != "witness" or not place_id:
            return None
        return self.held_by(place_id, on)

    def display_names(self, place_id: str) -> str:
        """The place's names across languages for display: preferred/official first, one per
        language, e.g. "Hin Tagher / Հին Թաղեր / Köhnə Tağlar / Хин Тагер"."""
        order = {"en": 0, "hy": 1, "az": 2, "ru": 3}
        rank = {"preferred": 0, "official": 1}
        best: dict[str, Name] = {}
        for n in self.names_by_place.get(place_id, []):
            if n.kind not in rank or (n.lang == "hy" and n.script != "Armn"):
                continue
            cur = best.get(n.lang)
            if cur is None or rank[n.kind] < rank[cur.kind]:
                best[n.lang] = n
        shown = [best[lang].name for lang in sorted(best, key=lambda x: (order.get(x, 9), x))]
        return " / ".join(dict.fromkeys(shown))


def coverage(gazetteer: Gazetteer) -> str:
    """The settlements the gazetteer puts in each district and province (its ``admin``), by
    precision, as a Markdown table; settlements with no area recorded last."""
    places = gazetteer.places
    areas = {p.id: p for p in places.values() if p.precision in ("district", "region")}
    counts: dict[str, dict[str, int]] = {}
    for p in places.values():
        if p.precision in ("district", "region", "corridor", "country"):
            continue
        area = p.admin if p.admin in areas else ""
        row = counts.setdefault(area, {})
        row[p.precision] = row.get(p.precision, 0) + 1
    kinds = {"city": "cities", "town": "towns", "village": "villages", "site": "sites"}
    lines = ["| area | country | " + " | ".join(kinds.values()) + " | all |",
             "|---|---|" + "---|" * (len(kinds) + 1)]
    for area_id in sorted(counts, key=lambda a: (a == "", areas[a].country if a else "",
                                                 areas[a].name if a else "")):
        row = counts[area_id]
        name, country = (areas[area_id].name, areas[area_id].country) if area_id else (
            "(no district or province recorded)", "")
        lines.append(f"| {name} | {country} | " + " | ".join(str(row.get(k, 0)) for k in kinds)
                     + f" | {sum(row.values())} |")
    return "\n".join(lines) + "\n"


def version_of(directory: Path) -> str:
    digest = hashlib.sha256()
    for name in sorted(TABLES):
        digest.update((directory / name).read_bytes())
    return digest.hexdigest()[:12]


def load(directory: Path | None = None) -> Gazetteer:
    """Read and check the gazetteer; raise GazetteerError on the first error."""
    directory = Path(directory or default_dir())
    tables = read(directory)
    errors = [p for p in check(tables, collisions=False) if not p.warning]
    if errors:
        more = (
            f" (and {len(errors) - 1} more; run 'mapper gazetteer check')"
            if len(errors) > 1
            else ""
        )
        raise GazetteerError(errors[0].message + more, where=errors[0].where)
    places = {
        r["id"]: Place(
            r["id"],
            r["name"],
            float(r["lat"]),
            float(r["lon"]),
            r["precision"],
            float(r["uncertainty_m"]),
            r["kind"],
            r["country"],
            r["admin"],
            r["source_id"],
            r["note"],
        )
        for r in tables["places.csv"]
    }
    names = [
        Name(
            r["place_id"],
            unicodedata.normalize("NFC", r["name"]),
            r["lang"],
            r["script"],
            r["kind"],
            r["source_id"],
            r["note"],
        )
        for r in tables["names.csv"]
    ]
    claimants = {
        r["id"]: Claimant(r["id"], r["name"], r["side"], r["kind"], r["color"], r["source_id"])
        for r in tables["claimants.csv"]
    }
    aliases = [(r["claimant_id"], r["alias"], r["lang"]) for r in tables["claimant_aliases.csv"]]
    sources = {r["id"]: r.values for r in tables["sources.csv"]}
    common = frozenset(fold(r["word"]) for r in tables["common_words.csv"])  # as texts are read
    held = {r["area_id"]: r["side"] for r in tables["held.csv"]
            if not r["since"] and not r["until"]}
    spans: dict[str, list[tuple[str, str, str]]] = {}
    for r in tables["held.csv"]:
        if r["since"] or r["until"]:
            spans.setdefault(r["area_id"], []).append((r["since"], r["until"], r["side"]))
    return Gazetteer(places, names, sources, claimants, aliases, common, version_of(directory),
                     directory, held=held, held_spans=spans)


def _is_day(text: str) -> bool:
    """True for a real day written YYYY-MM-DD."""
    try:
        return len(text) == 10 and date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def _held_dates(row: Row, earlier: list[Row]) -> list[Problem]:
    """Problems of a held.csv row's dates: not ISO dates, in the wrong order, or overlapping
    another row of the same area (a row without dates covers every date)."""
    problems = []
    for column in ("since", "until"):
        if row[column] and not _is_day(row[column]):
            problems.append(Problem(row.where,
                                    f"{column} {row[column]!r} is not a date YYYY-MM-DD"))
    if row["since"] and row["until"] and row["since"] > row["until"]:
        problems.append(Problem(row.where,
                                f"since {row['since']} is after until {row['until']}"))
    for other in earlier:
        if (not other["until"] or not row["since"] or row["since"] <= other["until"]) and (
                not row["until"] or not other["since"] or other["since"] <= row["until"]):
            problems.append(Problem(row.where, f"{row['area_id']!r} is held on some date by "
                                    f"this row and by {other.where}"))
    earlier.append(row)
    return problems


def _canonical(rows: list[dict[str, str]], columns, sort_by) -> str:
    clean = [{c: unicodedata.normalize("NFC", r.get(c, "").strip()) for c in columns} for r in rows]
    clean.sort(key=lambda r: tuple(r[c].casefold() for c in sort_by) + tuple(r[c] for c in columns))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([r[c] for c in columns] for r in clean)
    return out.getvalue()


def fmt(directory: Path | None = None, *, check_only: bool = False) -> list[str]:
    """Rewrite the tables canonically (sorted rows, NFC, trimmed fields, LF).

    Returns the files that changed (or, with ``check_only``, would change).
    """
    directory = Path(directory or default_dir())
    tables = read(directory)
    changed = []
    for name, (columns, sort_by) in TABLES.items():
        path = directory / name
        text = _canonical([r.values for r in tables[name]], columns, sort_by)
        if path.read_text(encoding="utf-8") != text:
            changed.append(_display(directory, name))
            if not check_only:
                tmp = path.with_suffix(".csv.tmp")
                tmp.write_text(text, encoding="utf-8", newline="\n")
                os.replace(tmp, path)
    return changed
