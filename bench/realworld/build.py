"""Merge the annotators' gold parts into the two halves of the real-report set.

    python bench/realworld/build.py            # parts/*.jsonl -> gold-dev.jsonl, gold-test.jsonl

Places an annotator identified but could not locate (``lat: null``) take the coordinates of the
gazetteer entry of the same id when there is one, or of the entry ``place_ids.csv`` says is the
same place (each row with its evidence): every entry cites its source.

A report goes to the test half when the SHA-256 of its id is odd: a rule fixed before anyone read
the reports, so that nobody chooses which reports the rules are written on. Rules are written
reading the dev half only; the test half is only scored.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent


def half(report_id: str) -> str:
    return "test" if int(hashlib.sha256(report_id.encode()).hexdigest(), 16) % 2 else "dev"


def fill_coordinates(reports) -> int:
    """Places the annotators identified (by id) but could not locate take the coordinates of the
    gazetteer entry of that id, or of the one ``place_ids.csv`` maps it to, which cites its
    source; marked ``"coords": "gazetteer"`` (and ``"gazetteer_id"`` when mapped)."""
    with (HERE.parent.parent / "gazetteer" / "places.csv").open(encoding="utf-8") as f:
        where = {r["id"]: (float(r["lat"]), float(r["lon"])) for r in csv.DictReader(f)}
    with (HERE / "place_ids.csv").open(encoding="utf-8") as f:
        same = {r["gold_id"]: r["gazetteer_id"] for r in csv.DictReader(f)}
    filled = 0
    for report in reports:
        for incident in report["incidents"]:
            for place in incident.get("places") or ():
                pid = place.get("place_id")
                entry = pid if pid in where else same.get(pid)
                if place.get("lat") is None and entry in where:
                    place["lat"], place["lon"] = where[entry]
                    place["coords"] = "gazetteer"
                    if entry != pid:
                        place["gazetteer_id"] = entry
                    filled += 1
    return filled


def main() -> int:
    reports: dict[str, dict] = {}
    for part in sorted((HERE / "parts").glob("*.jsonl")):
        for n, line in enumerate(part.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if row["id"] in reports:
                print(f"{part}:{n}: report {row['id']!r} already annotated", file=sys.stderr)
                continue
            reports[row["id"]] = row
    filled = fill_coordinates(reports.values())
    print(f"{filled} places without coordinates took their gazetteer entry's")
    for name in ("dev", "test"):
        rows = [r for rid, r in sorted(reports.items()) if half(rid) == name]
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        (HERE / f"gold-{name}.jsonl").write_text(text, encoding="utf-8")
        langs = {lang: sum(r.get("language") == lang for r in rows) for lang in ("en", "fr", "ru")}
        print(f"gold-{name}.jsonl: {len(rows)} reports {langs}, "
              f"{sum(len(r['incidents']) for r in rows)} incidents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
