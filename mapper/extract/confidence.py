"""How likely a claim read from a report is one a careful reader would record: the chance, from
a logistic model over the claim's own fields and its report's other claims, that an annotator of
the report would name the same place, day and side.

The weights are data (``mapper/data/confidence.json``), fitted on the development half of the
real-report set by ``bench/realworld/fit_confidence.py``, with the threshold below which
:func:`mapper.extract.extract_files` leaves a located claim out. The features are the claim's
shape, never its words or places: what kind of place and how wide, how it matched, what event,
how dated, through how many voices, and how many places and claims the report has besides.

>>> rate(claims, len(report.text))  # doctest: +SKIP
>>> [c.confidence for c in claims]  # doctest: +SKIP
[0.82, 0.64, 0.21]
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from mapper.errors import DataError
from mapper.extract.dating import FRAME, ON_OR_BEFORE, UNDATED
from mapper.incidents import distance_m
from mapper.model import EVENT_TYPES, Claim, DateSpan

WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "confidence.json"
POINTS = ("site", "village", "town", "city")
AREAS = ("district", "region", "country")
METHODS = ("exact", "variant", "key", "fuzzy", "context")
#: How a claim's date was found: a day or days the text names, words relative to one ("on
#: Friday", "yesterday"), or none, when the claim takes its report's span of days, the days
#: before publication or the days before the statement that makes it.
DATE_KINDS = ("frame", "undated", "on_or_before", "named", "relative")
#: Radius bands of a claim's place, in km: a village, a district, a province, a whole region.
RADII = (5, 20, 45)
#: Characters from the start of a report within which a claim counts as told in its lead.
LEAD = 300
_DIGIT = re.compile(r"\d")


def _date_kind(text: str) -> str:
    if text == FRAME:
        return "frame"
    if text.startswith(UNDATED):
        return "undated"
    if text.startswith(ON_OR_BEFORE):
        return "on_or_before"
    return "named" if _DIGIT.search(text) else "relative"


def _band(radius_m: float | None) -> int:
    km = (radius_m or 0) / 1000
    return sum(km >= r for r in RADII)


def _point(c: Claim) -> bool:
    return c.lat is not None and c.precision in POINTS


def report_features(claims: list[Claim], text_length: int) -> list[dict[str, float]]:
    """The features of each claim of one report (``text_length``: the report's characters).
    What the report gives all its claims is counted once."""
    points = [c for c in claims if _point(c)]
    here = Counter(c.place_id for c in claims)
    holds: dict[str | None, bool] = {}  # an area's place id -> a point claim lies inside it
    for c in claims:
        if c.lat is not None and c.precision in AREAS and c.place_id not in holds:
            holds[c.place_id] = any(distance_m(c, p) <= (c.uncertainty_m or 0) for p in points)
    shared = {"report names points": float(bool(points)),
              "log claims": math.log1p(len(claims)),
              "log places": math.log1p(len(here))}
    return [{**_own(c, text_length), **shared,
             "area holds a point": float(holds.get(c.place_id, False) and c.precision in AREAS),
             "log claims here": math.log1p(here[c.place_id])} for c in claims]


def _own(claim: Claim, text_length: int) -> dict[str, float]:
    """The features of a claim's own fields."""
    f: dict[str, float] = {}
    f.update({f"event:{e}": float(claim.event_type == e) for e in EVENT_TYPES})
    f.update({f"precision:{p}": float(claim.precision == p) for p in POINTS + AREAS})
    band = _band(claim.uncertainty_m)
    f.update({f"radius:{i}": float(band == i) for i in range(len(RADII) + 1)})
    f.update({f"method:{m}": float(claim.method == m) for m in METHODS})
    f["match score"] = claim.score if claim.score is not None else 0.0
    kind = _date_kind(claim.date.text)
    f.update({f"date:{k}": float(kind == k) for k in DATE_KINDS})
    voices = len(claim.claim_chain)
    f.update({"voices:1": float(voices <= 1), "voices:2": float(voices == 2),
              "voices:3+": float(voices >= 3)})
    f["killed"] = float(claim.killed is not None)
    f["wounded"] = float(claim.wounded is not None)
    f["other events"] = float(claim.notes.startswith("also:"))
    start = claim.span[0] if claim.span else 0
    f["position"] = start / max(text_length, 1)
    f["in the lead"] = float(start < LEAD)
    sentences = claim.quote.count(" … ") + 1
    f["one sentence"] = float(sentences == 1)
    f["log sentences"] = math.log1p(sentences)
    return f


@dataclass(frozen=True)
class Model:
    """A fitted logistic model: feature names, their means and scales, weights and bias, and
    the confidence below which a located claim is left out."""

    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float

    def __call__(self, f: dict[str, float]) -> float:
        z = self.bias + sum(w * (f[n] - m) / s for n, m, s, w
                            in zip(self.names, self.mean, self.scale, self.weights, strict=True))
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def model(path: Path | None = None) -> Model:
    """The fitted model at ``path`` (default :data:`WEIGHTS`, the one the package ships), read
    once. Raises :class:`DataError` naming the file when it is missing, unreadable, or fitted
    for other features than the code computes (a stale file)."""
    return _read(path) if path else _shipped(WEIGHTS)


@functools.cache
def _shipped(path: Path) -> Model:
    return _read(path)


def _read(path: Path) -> Model:
    where = str(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        fitted = Model(tuple(data["features"]), tuple(map(float, data["mean"])),
                       tuple(map(float, data["scale"])), tuple(map(float, data["weights"])),
                       float(data["bias"]), float(data["threshold"]))
    except OSError as exc:
        raise DataError(f"cannot read the claim-confidence model ({exc.strerror or exc})",
                        where=where) from None
    except (ValueError, KeyError, TypeError) as exc:
        raise DataError(f"unreadable claim-confidence model: {type(exc).__name__}: "
                        f"{' '.join(str(exc).split())[:200]}", where=where) from None
    expected = set(report_features([Claim("", "", DateSpan.unknown())], 1)[0])
    if set(fitted.names) != expected:
        raise DataError(f"its features differ from the code's (fitted by another version: "
                        f"run bench/realworld/fit_confidence.py): "
                        f"{sorted(set(fitted.names) ^ expected)[:4]}", where=where)
    numbers = (*fitted.mean, *fitted.scale, *fitted.weights, fitted.bias, fitted.threshold)
    if (len(set(fitted.names)) != len(fitted.names)
            or not len(fitted.names) == len(fitted.mean) == len(fitted.scale)
            == len(fitted.weights)
            or not all(map(math.isfinite, numbers)) or 0 in fitted.scale
            or not 0 <= fitted.threshold <= 1):
        raise DataError("a broken claim-confidence model (each feature once, with one finite "
                        "mean, non-zero scale and weight each, and a threshold from 0 to 1: "
                        "run bench/realworld/fit_confidence.py)", where=where)
    return fitted


def rate(claims: list[Claim], text_length: int, fitted: Model | None = None) -> None:
    """Set the confidence of every located claim of one report (one not located has none: it
    is a place to review, whatever its odds)."""
    fitted = fitted or model()
    for c, f in zip(claims, report_features(claims, text_length), strict=True):
        c.confidence = round(fitted(f), 3) if c.lat is not None else None


def split(claims: list[Claim], threshold: float) -> tuple[list[Claim], list[Claim]]:
    """The claims kept (at or above ``threshold``, and every claim without a confidence: one
    not located is never left out) and those left out as unlikely, each in order."""
    kept: list[Claim] = []
    unlikely: list[Claim] = []
    for c in claims:
        (kept if c.confidence is None or c.confidence >= threshold else unlikely).append(c)
    return kept, unlikely
