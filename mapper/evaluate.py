"""Score extracted claims against a gold file: place precision/recall, date and side accuracy.

A gold file is JSON Lines. A line with ``published`` (and no ``place_id``) gives a report's
metadata; every other line is one claim a careful analyst would write down::

    {"report": "000.txt", "published": "2020-12-14", "outlet": "SouthFront"}
    {"report": "000.txt", "place_id": "khtsaberd", "date_start": "2020-12-12",
     "date_end": "2020-12-12", "claimant": "am-sources", "claimant_side": "am", ...}

Reports are matched by file name. Places are compared as sets per report (a place the gold lacks
is a false positive); a gold claim's date is right when a predicted claim at its place has a date
range that overlaps it and is at most ``DATE_SLACK_DAYS`` wider; its side is right when a
predicted claim at its place has the same claimant side.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from mapper.errors import DataError

DATE_SLACK_DAYS = 3


@dataclass
class Score:
    report: str
    gold_places: int = 0
    predicted_places: int = 0
    matched_places: int = 0
    gold_claims: int = 0
    dates_right: int = 0
    sides_right: int = 0
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("gold_places", "predicted_places", "matched_places", "gold_claims",
                     "dates_right", "sides_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def place_precision(self) -> float:
        return self.matched_places / self.predicted_places if self.predicted_places else 1.0

    @property
    def place_recall(self) -> float:
        return self.matched_places / self.gold_places if self.gold_places else 1.0

    @property
    def date_accuracy(self) -> float:
        return self.dates_right / self.gold_claims if self.gold_claims else 1.0

    @property
    def side_accuracy(self) -> float:
        return self.sides_right / self.gold_claims if self.gold_claims else 1.0

    def as_dict(self) -> dict[str, object]:
        return {"report": self.report, "place_precision": round(self.place_precision, 3),
                "place_recall": round(self.place_recall, 3),
                "date_accuracy": round(self.date_accuracy, 3),
                "side_accuracy": round(self.side_accuracy, 3), "gold_claims": self.gold_claims,
                "missing": self.missing, "extra": self.extra}


def read_gold(path: str | Path) -> tuple[dict[str, dict], dict[str, list[dict]]]:
    """(metadata by report name, gold claims by report name)."""
    meta: dict[str, dict] = {}
    claims: dict[str, list[dict]] = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                name = Path(row["report"]).name
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise DataError(f"not a gold row ({exc})", where=f"{path}:{n}") from None
            if "place_id" not in row and "place_text" not in row:
                meta[name] = row
            else:
                claims.setdefault(name, []).append(row)
    return meta, claims


def _place_key(row: Mapping) -> str:
    return row.get("place_id") or "text:" + str(row.get("place_text", "")).casefold()


def _day(value) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _date_right(gold: Mapping, predicted: Iterable[Mapping]) -> bool:
    gs, ge = _day(gold.get("date_start")), _day(gold.get("date_end") or gold.get("date_start"))
    if gs is None or ge is None:
        return True  # the gold claim has no date to get right
    for p in predicted:
        ps, pe = _day(p.get("date_start")), _day(p.get("date_end") or p.get("date_start"))
        if ps is None or pe is None:
            continue
        overlaps = ps <= ge and gs <= pe
        wider = ((pe - ps) - (ge - gs)).days
        if overlaps and wider <= DATE_SLACK_DAYS:
            return True
    return False


def score_report(name: str, gold: list[Mapping], predicted: list[Mapping]) -> Score:
    s = Score(name)
    gold_places = {_place_key(g) for g in gold}
    pred_places = {_place_key(p) for p in predicted}
    s.gold_places, s.predicted_places = len(gold_places), len(pred_places)
    s.matched_places = len(gold_places & pred_places)
    s.missing = sorted(gold_places - pred_places)
    s.extra = sorted(pred_places - gold_places)
    for g in gold:
        at_place = [p for p in predicted if _place_key(p) == _place_key(g)]
        s.gold_claims += 1
        s.dates_right += _date_right(g, at_place)
        s.sides_right += any(p.get("claimant_side") == g.get("claimant_side") for p in at_place)
    return s


def score(gold: dict[str, list[Mapping]], predicted: dict[str, list[Mapping]]
          ) -> tuple[list[Score], Score]:
    """Per-report scores and the overall (micro-averaged) score."""
    per = [score_report(name, gold.get(name, []), predicted.get(name, []))
           for name in sorted(set(gold) | set(predicted))]
    total = Score("overall")
    for s in per:
        total.add(s)
    return per, total
