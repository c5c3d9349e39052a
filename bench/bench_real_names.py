"""Place and claimant spellings as real reports write them, resolved by the gazetteer.

The spellings come from the annotated real-report set (bench/realworld/gold-dev.jsonl): every
distinct place surface with the annotators' coordinate, and every distinct claimant with the
incident's side. A place counts when `mapper gazetteer lookup` resolves it (not ambiguous) to a
point within 2 km of the annotators' coordinate; a claimant counts when claimant resolution gives
the gold side (an outlet speaking for itself, side ``outlet``, counts when it is recognised as a
claimant of the table). Names in ``claim_chain`` (mostly outlets, which have no side in gold) are
scored only as recognised or not.

The test half is scored only when asked, and then only its figures are printed, never its names.

    python bench/bench_real_names.py                        # dev: figures and misses by cause
    python bench/bench_real_names.py --checkout ../main     # another checkout's code (before)
    python bench/bench_real_names.py --set test             # held-out half: figures only
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from bench_place_accuracy import LIMIT_KM, km, lookup

HERE = Path(__file__).resolve().parent
CAUSES = ("not found", "ambiguous", "found far")
CLAIMANT_CAUSES = ("no side", "other side", "outlet not known")


Place = tuple[str, float, float]


Said = tuple[str, str]  # (claimant as written, gold side)
#: where a claimant is first said: the report's date and the incident's and report's places
Context = tuple[str, tuple[str, ...], tuple[str, ...]]


def read_gold(path: Path) -> tuple[dict[Place, tuple[str, ...]], int, dict[Said, Context],
                                   list[str]]:
    """Distinct (surface, lat, lon), each with the other places its report names (where it
    first appears), the count of surfaces without coordinates, distinct (claimant, side) with
    where each is first said, and distinct claim-chain names, in order of first appearance."""
    places: dict[Place, tuple[str, ...]] = {}
    no_coords: set[str] = set()
    claimants: dict[Said, Context] = {}
    chain: dict[str, None] = {}
    for line in path.open(encoding="utf-8"):
        if not line.strip():
            continue
        record = json.loads(line)
        report = record["incidents"]
        named = {p["surface"] for inc in report for p in inc.get("places") or ()}
        for inc in report:
            for p in inc.get("places") or ():
                if p.get("lat") is None or p.get("lon") is None:
                    no_coords.add(p["surface"])
                else:
                    others = tuple(sorted(named - {p["surface"]}))
                    places.setdefault((p["surface"], p["lat"], p["lon"]), others)
            if inc.get("claimant"):
                here = tuple(p["surface"] for p in inc.get("places") or ())
                claimants.setdefault((inc["claimant"], inc.get("side") or ""),
                                     (record.get("published") or "", here, tuple(sorted(named))))
            for name in inc.get("claim_chain") or ():
                chain[name] = None
    with_coords = {s for s, _, _ in places}
    return places, len(no_coords - with_coords), claimants, list(chain)


def place_cause(res: dict, truth: tuple[float, float]) -> str | None:
    """Why a lookup result misses the truth, or None when it is right."""
    if res["status"] == "unresolved":
        return "not found"
    if res["status"] != "resolved":
        return "ambiguous"
    return None if km((res["lat"], res["lon"]), truth) <= LIMIT_KM else "found far"


def score_places(places: list[Place], results: list[dict], show: bool) -> float:
    misses: dict[str, list[str]] = defaultdict(list)
    for (surface, lat, lon), res in zip(places, results, strict=True):
        cause = place_cause(res, (lat, lon))
        if cause is not None:
            where = (f" -> {res['place_id']} {km((res['lat'], res['lon']), (lat, lon)):.1f} km"
                     if res["lat"] is not None else "")
            misses[cause].append(f"{surface!r}{where}")
    good = len(places) - sum(len(m) for m in misses.values())
    share = good / len(places)
    by_cause = ", ".join(f"{c} {len(misses[c])}" for c in CAUSES)
    print(f"  places within {LIMIT_KM:g} km: {good}/{len(places)} = {share:.1%} ({by_cause})")
    if show:
        for cause in CAUSES:
            for m in misses[cause]:
                print(f"    {cause}: {m}")
    return share


def in_context(places: dict[Place, tuple[str, ...]], gaz) -> list[dict]:
    """Lookups with the other places of the report as context to break ties, then homonyms of
    different rank settled on the largest (as `mapper gazetteer lookup` does)."""
    from mapper.match import Matcher

    matcher = Matcher(gaz)
    out = []
    for (surface, _, _), others in places.items():
        res = matcher.lookup(surface, context=others, standalone=True)
        best = res.best if res.status != "unresolved" else None
        out.append({"status": res.status, "place_id": best.place.id if best else None,
                    "lat": best.place.lat if best else None,
                    "lon": best.place.lon if best else None})
    return out


def side_in_context(index, matcher, gaz, text: str, context: Context):
    """The claimant match of ``text`` said in a report of that date, and for an eyewitness
    the side that held the incident's places that day (the extractor's rule for witnesses,
    with the date), when they agree."""
    on, here, named = context
    m = index.match(text, on or None)
    if m.side != "unknown" or not (m.known and gaz.claimants[m.claimant].kind == "witness"):
        return m, m.side
    sides = set()
    for surface in here:
        res = matcher.lookup(surface, context=[n for n in named if n != surface],
                             standalone=True)
        sides.add(gaz.held_by(res.best.place.id, on or None)
                  if res.status == "resolved" else None)
    return m, (sides.pop() if len(sides) == 1 and None not in sides else "unknown")


def score_claimants(claimants: dict[Said, Context], chain: list[str], gaz,
                    show: bool) -> float:
    from mapper.claimants import ClaimantIndex
    from mapper.match import Matcher

    index = ClaimantIndex(gaz)
    matcher = Matcher(gaz)
    for label, in_context in (("", False), (", with the report's date and places", True)):
        wrong: dict[str, list[str]] = defaultdict(list)
        for (text, side), context in claimants.items():
            if in_context:
                m, got = side_in_context(index, matcher, gaz, text, context)
            else:
                m = index.match(text)
                got = m.side
            if side == "outlet":
                cause = None if m.known else "outlet not known"
            else:
                cause = None if got == side else "no side" if got == "unknown" else "other side"
            if cause is not None:
                wrong[cause].append(f"{text!r} ({side}) -> {got} {m.claimant} [{m.method}]")
        bad = sum(len(w) for w in wrong.values())
        share = 1 - bad / len(claimants)
        causes = ", ".join(f"{c} {len(wrong[c])}" for c in CLAIMANT_CAUSES)
        print(f"  claimants with the right side{label}: {len(claimants) - bad}/"
              f"{len(claimants)} = {share:.1%} ({causes})")
        if show:
            for cause, ws in wrong.items():
                for w in ws:
                    print(f"    {cause}: {w}")
    unknown = [name for name in chain if not index.match(name).known]
    print(f"  claim-chain names recognised: {len(chain) - len(unknown)}/{len(chain)} = "
          f"{1 - len(unknown) / len(chain):.1%}")
    if show:
        for name in unknown:
            print(f"    chain name not recognised: {name!r}")
    return share


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--checkout", type=Path, default=HERE.parent)
    parser.add_argument("--set", choices=("dev", "test"), default="dev",
                        help="test: the held-out half, figures only")
    args = parser.parse_args()
    show = args.set == "dev"
    places, skipped, claimants, chain = read_gold(HERE / "realworld" / f"gold-{args.set}.jsonl")
    print(f"gold-{args.set}: {len(places)} distinct (surface, lat, lon); {skipped} surfaces "
          f"without coordinates in gold skipped; {len(claimants)} distinct (claimant, side); "
          f"{len(chain)} distinct claim-chain names")
    sys.path.insert(0, str(args.checkout))
    from mapper import gazetteer

    gaz = gazetteer.load(args.checkout / "gazetteer")
    surfaces = [s for s, _, _ in places]
    print("mapper gazetteer lookup --no-geonames (curated tables only)")
    score_places(list(places), lookup(surfaces, args.checkout, ["--no-geonames"]), False)
    print("mapper gazetteer lookup (with GeoNames, the default)")
    score_places(list(places), lookup(surfaces, args.checkout, []), show)
    print("curated tables, the report's other places as context, then rank")
    score_places(list(places), in_context(places, gaz), show)
    score_claimants(claimants, chain, gaz, show)


if __name__ == "__main__":
    main()
