"""Fit the claim-confidence model (mapper/extract/confidence.py) on the development half of the
real-report set, and choose the threshold below which a located claim is left out.

Every dev report with a text is extracted; each located claim is labelled right when some gold
incident of its report has a site within 2 km, the claim's day (or a span of at most 3 days
holding it) and its side, as the scorer counts a tuple. A logistic model with an L2 penalty is
fitted on the standardised features. The threshold is the one of 0.00, 0.05, ... 0.50 that gives
the best tuple F1 in five-fold cross-validation over reports (each fold scored by a model fitted
on the other four; the mean over five different splits), so it is chosen on reports the model
did not see. The held-out half is never
read here: score it afterwards with `mapper extract` and `score.py`.

    python bench/realworld/fit_confidence.py            # writes mapper/data/confidence.json
    python bench/realworld/fit_confidence.py --dry-run  # prints the figures only
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from mapper import gazetteer  # noqa: E402
from mapper.evaluate import date_right, gold_side, km, score, side_of  # noqa: E402
from mapper.extract import Extractor  # noqa: E402
from mapper.extract.confidence import WEIGHTS, report_features  # noqa: E402
from mapper.model import claim_row  # noqa: E402
from mapper.reports import read_report  # noqa: E402

FOLDS = 5
SPLITS = 5  # ways of cutting the reports into folds
THRESHOLDS = [round(0.05 * i, 2) for i in range(11)]
L2 = 1.0  # the penalty on the standardised weights, in units of one claim's loss
STEPS, RATE = 3000, 0.1


def right(claim: dict, sites: list[tuple[float, float, str | None, str]]) -> bool:
    return any(km(claim["lat"], claim["lon"], lat, lon) <= 2.0
               and date_right(day, claim["date_start"], claim["date_end"])
               and side in ("any", side_of(claim["claimant_side"]))
               for lat, lon, day, side in sites)


def standardise(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The mean and scale of each feature (a scale of 1 where a feature never varies)."""
    mean, scale = x.mean(0), x.std(0)
    scale[scale == 0] = 1.0
    return mean, scale


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Weights and bias of a logistic model of standardised ``x`` (plain gradient descent:
    deterministic, and the problem is small and convex)."""
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        w -= RATE * (x.T @ (p - y) + L2 * w) / len(y)
        b -= RATE * float((p - y).mean())
    return w, b


def rate(x_train: np.ndarray, y_train: np.ndarray, x: np.ndarray) -> np.ndarray:
    """The confidence of ``x`` by a model fitted on the training rows, standardised by them
    alone (so nothing of the rows rated reaches their model)."""
    mean, scale = standardise(x_train)
    w, b = fit((x_train - mean) / scale, y_train)
    return 1 / (1 + np.exp(-(((x - mean) / scale) @ w + b)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", default=str(HERE / "gold-dev.jsonl"))
    ap.add_argument("--texts", default=str(HERE / "texts"))
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    args = ap.parse_args(argv)

    extractor = Extractor(gazetteer.load())
    gold: dict[str, dict] = {}
    rows: list[dict] = []  # located claims, with their report id and label
    feats: list[dict[str, float]] = []
    for line in Path(args.gold).read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        path = Path(args.texts) / f"{g['id']}.md"
        if not path.exists():
            continue
        gold[g["id"]] = g
        report = read_report(str(path))
        claims = extractor.extract(report)
        sites = [(pl["lat"], pl["lon"], inc.get("date"), gold_side(inc.get("side")))
                 for inc in g["incidents"] for pl in inc["places"]
                 if pl.get("lat") is not None and pl.get("role") in (None, "site", "target")]
        for c, f in zip(claims, report_features(claims, len(report.text)), strict=True):
            if c.lat is None:
                continue  # never left out: not part of the fit
            row = claim_row(c)
            row["_id"], row["_right"] = g["id"], right(row, sites)
            rows.append(row)
            feats.append(f)
    names = sorted(feats[0])
    x_raw = np.array([[f[n] for n in names] for f in feats])
    y = np.array([r["_right"] for r in rows], dtype=float)
    print(f"{len(gold)} reports, {len(rows)} located claims, {y.mean():.1%} of them right")

    # five folds of reports, each fold's claims rated by a model fitted on the other four; the
    # split drawn five ways and the F1 of each threshold averaged, so that one split's luck does
    # not choose it
    known = set(extractor.gazetteer.places)
    held = []
    for seed in range(SPLITS):
        fold = np.array([zlib.crc32(f"{seed}:{r['_id']}".encode()) % FOLDS for r in rows])
        rated = np.zeros(len(rows))
        for k in range(FOLDS):
            rated[fold == k] = rate(x_raw[fold != k], y[fold != k], x_raw[fold == k])
        held.append(rated)
    best = (-1.0, 0.0)
    for t in THRESHOLDS:
        f1s = []
        for rated in held:
            kept: dict[str, list[dict]] = {rid: [] for rid in gold}
            for r, p in zip(rows, rated, strict=True):
                if p >= t:
                    kept[r["_id"]].append(r)
            total = score(gold, kept, known)[1]
            f1s.append(total.tuple_f1)
        f1 = float(np.mean(f1s))
        print(f"  threshold {t:.2f}: cross-validated tuple F1 {f1:.4f} "
              f"({min(f1s):.3f}-{max(f1s):.3f} over {SPLITS} splits), "
              f"{int(np.mean([(h < t).sum() for h in held]))} claims left out")
        best = max(best, (round(f1, 4), -t))
    threshold = -best[1]
    mean, scale = standardise(x_raw)
    w, b = fit((x_raw - mean) / scale, y)
    print(f"threshold {threshold:.2f} (cross-validated tuple F1 {best[0]:.4f})")
    for n, v in sorted(zip(names, w, strict=True), key=lambda t: t[1]):
        print(f"  {v:+.3f}  {n}")
    if args.dry_run:
        return 0
    model = {
        "about": "claim confidence, fitted by bench/realworld/fit_confidence.py on "
                 f"{len(gold)} reports of the development half ({len(rows)} located claims)",
        "threshold": threshold,
        "features": names,
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "weights": [round(float(v), 6) for v in w],
        "bias": round(b, 6),
    }
    WEIGHTS.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {WEIGHTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
