"""Score extracted claims against gold incidents of real reports, as the independent test does.

The gold file is JSON Lines, one report a line (the format of ``shared/realworld/README.md``)::

    {"id": "am-mod-2022-09-13", "published": "2022-09-13", "outlet": "...",
     "incidents": [{"date": "2022-09-13", "claimant": "Armenia MoD", "side": "am",
                    "places": [{"surface": "Sotk", "place_id": "sotk", "lat": 40.2,
                                "lon": 45.87, "role": null}]}]}

A report file is matched to a gold line by its file name, with or without extension. The scores
are those of ``shared/realworld/score.py``, to the same rounding:

- place recall: share of gold (report, incident place) pairs with a located claim within
  ``NEAR_KM`` of the place (places whose role is ``null``, ``site`` or ``target``);
- place precision: share of located claims within ``NEAR_KM`` of some gold place of the report,
  any role (an area claim also counts when its place_id is a gold place);
- date accuracy: among found pairs with a gold date, some claim there has that date as its
  start or inside a range of at most three days;
- side accuracy: among found pairs, some claim there has the gold side (``outlet`` = any);
- tuple F1 over (report, place, date, side): recall over gold tuples, precision over the
  distinct (lat, lon, date_start, side) tuples of the located claims.

Each miss and each wrongly located claim is put down to a cause, so that a change of rules can be
judged by what it fixed and what it broke.
"""

from __future__ import annotations

import json
import math
import os
from collections import defaultdict
from collections.abc import Container, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from mapper.errors import DataError
from mapper.inputs import read_bounded
from mapper.names import key

NEAR_KM = 2.0
MAX_RANGE_DAYS = 2  # a predicted range of at most three days may hold the gold day
AREAS = frozenset({"district", "region", "province", "area", "country", "corridor"})
SIDES = frozenset({"am", "az", "nk", "ru", "tr", "intl", "neutral"})
SCORED_ROLES = (None, "site", "target")


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (the haversine of the scoring script)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin(math.radians(lat2 - lat1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def date_right(gold: str | None, start: str | None, end: str | None) -> bool:
    if gold is None or start == gold:
        return True
    try:
        g, s, e = (date.fromisoformat(x) for x in (gold, start, end or start))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return s <= g <= e and (e - s).days <= MAX_RANGE_DAYS


def side_of(value: object) -> str:
    v = str(value or "").strip().lower()
    return v if v in SIDES else "other"


def gold_side(value: object) -> str:
    """A gold side; ``outlet`` (the outlet's own claim) or an empty side accepts any side."""
    v = str(value or "").strip().lower()
    return v if v in SIDES else "any"


@dataclass
class Score:
    """Counts for one report or for many; the figures are ratios of them."""

    report: str
    found: int = 0
    total: int = 0
    right: int = 0
    located: int = 0
    date_ok: int = 0
    date_n: int = 0
    side_ok: int = 0
    side_n: int = 0
    tuple_tp: int = 0
    tuple_gold: int = 0
    tuple_pred: int = 0
    missed: list[tuple[str, str]] = field(default_factory=list)  # (cause, what)
    added: list[tuple[str, str]] = field(default_factory=list)  # (cause, what)

    def add(self, other: Score) -> None:
        for name in ("found", "total", "right", "located", "date_ok", "date_n", "side_ok",
                     "side_n", "tuple_tp", "tuple_gold", "tuple_pred"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.missed += other.missed
        self.added += other.added

    @property
    def place_recall(self) -> float:
        return self.found / self.total if self.total else 0.0

    @property
    def place_precision(self) -> float:
        return self.right / self.located if self.located else 0.0

    @property
    def date_accuracy(self) -> float:
        return self.date_ok / self.date_n if self.date_n else 0.0

    @property
    def side_accuracy(self) -> float:
        return self.side_ok / self.side_n if self.side_n else 0.0

    @property
    def tuple_f1(self) -> float:
        r = self.tuple_tp / self.tuple_gold if self.tuple_gold else 0.0
        p = min(1.0, self.tuple_tp / self.tuple_pred) if self.tuple_pred else 0.0
        return 2 * r * p / (r + p) if r + p else 0.0

    def line(self) -> str:
        """The scoring script's summary line."""
        return (f"place_recall={self.place_recall:.2f} ({self.found}/{self.total}) "
                f"place_precision={self.place_precision:.2f} ({self.right}/{self.located}) "
                f"date_acc={self.date_ok}/{self.date_n} side_acc={self.side_ok}/{self.side_n} "
                f"tuple_F1={self.tuple_f1:.2f}")

    def as_dict(self) -> dict[str, object]:
        return {
            "report": self.report,
            "place_recall": round(self.place_recall, 3),
            "place_precision": round(self.place_precision, 3),
            "date_accuracy": round(self.date_accuracy, 3),
            "side_accuracy": round(self.side_accuracy, 3),
            "tuple_f1": round(self.tuple_f1, 3),
            "counts": {"found": self.found, "total": self.total, "right": self.right,
                       "located": self.located, "tuple_tp": self.tuple_tp,
                       "tuple_gold": self.tuple_gold, "tuple_pred": self.tuple_pred},
            "missed": [f"{c}: {w}" for c, w in self.missed],
            "added": [f"{c}: {w}" for c, w in self.added],
        }


def _json_lines(path: str | Path, what: str) -> Iterator[tuple[int, dict]]:
    """(line number, object) of a JSON Lines file; an unreadable file or line is a one-line
    error naming it."""
    try:
        text = read_bounded(path).decode("utf-8-sig")  # Notepad's byte-order mark, as records
    except OSError as exc:
        raise DataError(f"cannot read {what} ({exc.strerror or exc})", where=str(path)) from None
    except UnicodeDecodeError:
        raise DataError(f"cannot read {what} (not UTF-8 text)", where=str(path)) from None
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(f"not {what} ({exc.msg})", where=f"{path}:{n}") from None
        if not isinstance(row, dict):
            raise DataError(f"not {what} (not an object)", where=f"{path}:{n}")
        yield n, row


def read_gold(path: str | Path) -> dict[str, dict]:
    """Gold reports by id; a line that is not a gold report is a one-line error."""
    out: dict[str, dict] = {}
    for n, row in _json_lines(path, "a gold report"):
        if "id" not in row:
            raise DataError("not a gold report (no 'id' field)", where=f"{path}:{n}")
        rid = str(row["id"])
        if why := _gold_fault(row):
            raise DataError(f"not a gold report ({why})", where=f"{path}:{n}")
        if rid in out:
            raise DataError(f"gold report {rid!r} appears twice", where=f"{path}:{n}")
        out[rid] = row
    return out


def _gold_fault(row: Mapping) -> str:
    """What in a gold report's incidents scoring cannot read, or ""."""
    incidents = row.get("incidents", [])
    if not isinstance(incidents, list):
        return "incidents is not a list"
    for i, inc in enumerate(incidents, 1):
        if not isinstance(inc, dict):
            return f"incident {i} is not an object"
        for name in ("date", "date_end"):
            if inc.get(name) is not None and not _iso_date(inc[name]):
                return f"incident {i}: {name} {inc[name]!r} is not a date (YYYY-MM-DD) or null"
        places = inc.get("places", [])
        if not isinstance(places, list) or not all(isinstance(p, dict) for p in places):
            return f"incident {i}: places is not a list of objects"
        for p in places:
            for name, limit in (("lat", 90), ("lon", 180)):
                value = p.get(name)
                if value is not None and not (
                    isinstance(value, int | float) and not isinstance(value, bool)
                    and -limit <= value <= limit
                ):
                    return f"incident {i}: {name} {value!r} is not a number in -{limit}..{limit}"
    return ""


#: The fields of a claim that scoring reads as text.
_CLAIM_TEXTS = ("report", "place_text", "place_id", "precision", "date_start", "date_end",
                "claimant_side")


def _claim_fault(row: Mapping) -> str:
    """What in a claim of `mapper extract` scoring cannot read, or ""."""
    for name, limit in (("lat", 90), ("lon", 180)):
        value = row.get(name)
        if value is not None and not (isinstance(value, int | float)
                                      and not isinstance(value, bool) and -limit <= value <= limit):
            return f"{name} {value!r} is not a number in -{limit}..{limit}"
    if (row.get("lat") is None) != (row.get("lon") is None):
        return "lat and lon must be given together"
    for name in _CLAIM_TEXTS:
        if row.get(name) is not None and not isinstance(row[name], str):
            return f"{name} {row[name]!r} is not text"
    return ""


def _iso_date(value: object) -> bool:
    try:
        date.fromisoformat(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return True


def read_claims(path: str | Path, gold: Mapping[str, dict]) -> dict[str, list[dict]]:
    """Claims as `mapper extract` writes them, by the gold id of their report (claims of
    reports the gold lacks are left out)."""
    out: dict[str, list[dict]] = {}
    for n, row in _json_lines(path, "a claim"):
        if why := _claim_fault(row):
            raise DataError(f"not a claim ({why})", where=f"{path}:{n}")
        rid = report_id(str(row.get("report") or ""), gold)
        if rid is not None:
            out.setdefault(rid, []).append(row)
    return out


def report_id(path: str, ids: Container[str]) -> str | None:
    """The gold id of a report file: its name, or its name without the extension (``ids``
    the gold's, as a dict or set: looked up, never copied, once a claim or report)."""
    base = os.path.basename(path)
    stem = os.path.splitext(base)[0]
    return base if base in ids else stem if stem in ids else None


def _surface_keys(gold: Mapping) -> dict[str, str]:
    return {key(pl.get("surface") or ""): pl.get("surface") or ""
            for inc in gold.get("incidents", []) for pl in inc.get("places", [])}


def score_report(gold: Mapping, claims: list[Mapping], known_places: set[str]) -> Score:
    """The counts of one report: ``claims`` are its predicted claims as exported rows."""
    s = Score(str(gold["id"]))
    places: dict[str, tuple[float, float, list[tuple[str | None, str]], str]] = {}
    anywhere: dict[str, tuple[float, float]] = {}
    for inc in gold.get("incidents", []):
        for pl in inc.get("places", []):
            if pl.get("lat") is None or pl.get("lon") is None:
                continue
            pid = pl.get("place_id") or pl.get("surface")
            pt = (float(pl["lat"]), float(pl["lon"]))
            anywhere[pid] = pt
            if pl.get("role") in SCORED_ROLES:
                entry = places.setdefault(pid, (*pt, [], pl.get("surface") or pid))
                entry[2].append((inc.get("date"), gold_side(inc.get("side"))))
    located = [c for c in claims if c.get("lat") is not None and c.get("lon") is not None]
    surfaces = _surface_keys(gold)
    for c in located:
        s.located += 1
        at = any(km(c["lat"], c["lon"], *pt) <= NEAR_KM for pt in anywhere.values())
        area = (c.get("precision") or "") in AREAS and c.get("place_id") in anywhere
        if at or area:
            s.right += 1
            continue
        what = f"{c.get('place_text')} -> {c.get('place_id')}"
        if key(c.get("place_text") or "") in surfaces:
            s.added.append(("resolved to the wrong place", what))
        elif (c.get("precision") or "") in AREAS:
            s.added.append(("an area the gold does not name", what))
        else:
            s.added.append(("not an incident place in the gold", what))
    s.tuple_pred = len({(round(c["lat"], 3), round(c["lon"], 3), c.get("date_start"),
                         side_of(c.get("claimant_side"))) for c in located})
    for pid, (lat, lon, tuples, surface) in places.items():
        s.total += 1
        here = [c for c in located if km(c["lat"], c["lon"], lat, lon) <= NEAR_KM]
        if here:
            s.found += 1
            days = {d for d, _ in tuples if d}
            if days:
                s.date_n += 1
                ok = any(date_right(d, c.get("date_start"), c.get("date_end"))
                         for d in days for c in here)
                s.date_ok += ok
                if not ok:
                    s.missed.append(("wrong date", f"{surface} ({', '.join(sorted(days))})"))
            s.side_n += 1
            sides = {side for _, side in tuples}
            side_ok = "any" in sides or any(side_of(c.get("claimant_side")) in sides
                                            for c in here)
            s.side_ok += side_ok
            if not side_ok:
                s.missed.append(("wrong side", f"{surface} ({', '.join(sorted(sides))})"))
        else:
            s.missed.append((_miss_cause(surface, pid, claims, known_places), surface))
        for d, side in set(tuples):
            s.tuple_gold += 1
            s.tuple_tp += any(date_right(d, c.get("date_start"), c.get("date_end"))
                              and (side == "any" or side_of(c.get("claimant_side")) == side)
                              for c in here)
    return s


def _miss_cause(surface: str, pid: str, claims: list[Mapping], known_places: set[str]) -> str:
    same = [c for c in claims if key(c.get("place_text") or "") == key(surface)]
    if any(c.get("lat") is None for c in same):
        return "named but left unlocated (ambiguous or unresolved)"
    if same:
        return "named but resolved elsewhere"
    if pid not in known_places:
        return "not in the gazetteer"
    return "no claim made"


def score(gold: Mapping[str, Mapping], predicted: Mapping[str, list[Mapping]],
          known_places: set[str]) -> tuple[list[Score], Score]:
    """Per-report scores (in gold order) and the overall one, summed over all reports."""
    per = [score_report(g, list(predicted.get(rid, [])), known_places)
           for rid, g in gold.items()]
    total = Score("overall")
    for s in per:
        total.add(s)
    return per, total


def by_cause(items: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """(cause, what) pairs grouped by cause, the commonest cause first."""
    groups: dict[str, list[str]] = defaultdict(list)
    for cause, what in items:
        groups[cause].append(what)
    return dict(sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])))
