"""Fit the claim-confidence model (mapper/extract/confidence.py) on the development half of the
real-report set, and choose the threshold below which a located claim is left out.

Every report of the gold file with a text is extracted; each located claim is labelled right
when some gold incident of its report has a site within 2 km, the claim's day (or a span of at
most 3 days holding it) and its side, as the scorer counts a tuple. A logistic model with an L2
penalty is fitted on the standardised features. Both the penalty and the threshold are chosen in
five-fold cross-validation over reports (each fold rated by a model fitted on the other four; the
mean over five different splits), so on reports the model did not see: the penalty of
1, 3, ... 300 whose models give the lowest log loss on those reports, then the threshold of
0.00, 0.05, ... 0.50 that gives them the best tuple F1. The held-out half is never read here:
score it afterwards with `mapper extract` and `mapper eval`.

    python bench/realworld/fit_confidence.py --gold GOLD.jsonl --texts DIR  # writes the model
    python bench/realworld/fit_confidence.py --gold GOLD.jsonl --texts DIR --dry-run  # figures
    python bench/realworld/fit_confidence.py --gold GOLD.jsonl --texts DIR --out FILE  # elsewhere

In the twenty-fourth session the model is fitted on the half of the dev reports read while
writing rules (``--gold gold-devA-r.jsonl --texts texts-devA``), so that the other half checks it.
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
from mapper.errors import DataError  # noqa: E402
from mapper.evaluate import date_right, gold_side, km, read_gold, score, side_of  # noqa: E402
from mapper.extract import Extractor  # noqa: E402
from mapper.extract.confidence import WEIGHTS, report_features  # noqa: E402
from mapper.model import claim_row  # noqa: E402
from mapper.reports import read_report  # noqa: E402

FOLDS = 5
SPLITS = 5  # ways of cutting the reports into folds
THRESHOLDS = [round(0.05 * i, 2) for i in range(11)]
#: The penalties on the standardised weights tried, in units of one claim's loss: the larger,
#: the closer the weights stay to 0 (a model that trusts a few hundred reports less).
PENALTIES = (1.0, 3.0, 10.0, 30.0, 100.0, 300.0)
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


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[np.ndarray, float]:
    """Weights and bias of a logistic model of standardised ``x`` with penalty ``l2`` (plain
    gradient descent: deterministic, and the problem is small and convex)."""
    w, b = np.zeros(x.shape[1]), 0.0
    # a step per claim, or per unit of penalty where that is larger: a penalty above the
    # claims' count would otherwise overshoot and diverge
    step = RATE / max(len(y), l2)
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        w -= step * (x.T @ (p - y) + l2 * w)
        b -= RATE * float((p - y).mean())
    return w, b


def rate(x_train: np.ndarray, y_train: np.ndarray, x: np.ndarray, l2: float) -> np.ndarray:
    """The confidence of ``x`` by a model fitted on the training rows with penalty ``l2``,
    standardised by them alone (so nothing of the rows rated reaches their model)."""
    mean, scale = standardise(x_train)
    w, b = fit((x_train - mean) / scale, y_train, l2)
    return 1 / (1 + np.exp(-(((x - mean) / scale) @ w + b)))


def cross_rated(x: np.ndarray, y: np.ndarray, ids: list[str], l2: float) -> list[np.ndarray]:
    """Each claim's confidence by models fitted on the other folds' reports, for each of the
    :data:`SPLITS` ways of cutting the reports into :data:`FOLDS` folds."""
    held = []
    for seed in range(SPLITS):
        fold = np.array([zlib.crc32(f"{seed}:{i}".encode()) % FOLDS for i in ids])
        rated = np.zeros(len(ids))
        for k in range(FOLDS):
            rated[fold == k] = rate(x[fold != k], y[fold != k], x[fold == k], l2)
        held.append(rated)
    return held


def log_loss(y: np.ndarray, p: np.ndarray) -> float:
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return float(-(y * np.log(p) + (1 - y) * np.log(1 - p)).mean())


def read(gold_path: str, texts: str) -> tuple[dict[str, dict], list[dict], list[dict], set[str]]:
    """The gold lines that have a text, the located claims extracted from those texts (each
    with its report's id and whether it is right), their features, and the gazetteer's ids."""
    extractor = Extractor(gazetteer.load())
    gold: dict[str, dict] = {}
    rows: list[dict] = []
    feats: list[dict[str, float]] = []
    files = {p.stem: p for p in sorted(Path(texts).iterdir(), reverse=True) if p.is_file()}
    for rid, g in read_gold(gold_path).items():
        path = files.get(rid)
        if path is None:
            continue
        gold[rid] = g
        report = read_report(str(path))
        claims = extractor.extract(report)
        sites = [(pl["lat"], pl["lon"], inc.get("date"), gold_side(inc.get("side")))
                 for inc in g["incidents"] for pl in inc["places"]
                 if pl.get("lat") is not None and pl.get("role") in (None, "site", "target")]
        for c, f in zip(claims, report_features(claims, len(report.text)), strict=True):
            if c.lat is None:
                continue  # never left out: not part of the fit
            row = claim_row(c)
            row["_id"], row["_right"] = rid, right(row, sites)
            rows.append(row)
            feats.append(f)
    return gold, rows, feats, set(extractor.gazetteer.places)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", default=str(HERE / "gold-dev.jsonl"),
                    help="gold JSON Lines of the reports to fit on (default: %(default)s)")
    ap.add_argument("--texts", default=str(HERE / "texts"),
                    help="folder of their texts, ID.md (or any extension); gold lines "
                         "without one are skipped (default: %(default)s)")
    ap.add_argument("--penalty", type=float, action="append",
                    help="a penalty to try (repeatable; default: each of "
                         f"{', '.join(f'{p:g}' for p in PENALTIES)})")
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    ap.add_argument("--out", default=str(WEIGHTS),
                    help="where to write the model (default: the one the package ships, "
                         "%(default)s); another file leaves it as it is, e.g. to compare a fit "
                         "on one half of the dev reports with the shipped model on the other")
    args = ap.parse_args(argv)
    penalties = tuple(args.penalty or PENALTIES)
    if not Path(args.texts).is_dir():
        ap.error(f"no folder of texts {args.texts}")

    try:
        gold, rows, feats, known = read(args.gold, args.texts)
    except DataError as e:  # a gold line or a text it cannot read, with its file and line
        print(f"{ap.prog}: error: {e}", file=sys.stderr)
        return 1
    if not rows:
        ap.error(f"no located claim in the texts of {args.gold} found in {args.texts}")
    names = sorted(feats[0])
    x_raw = np.array([[f[n] for n in names] for f in feats])
    y = np.array([r["_right"] for r in rows], dtype=float)
    ids = [r["_id"] for r in rows]
    print(f"{len(gold)} reports with a text in {args.texts}, {len(rows)} located claims, "
          f"{y.mean():.1%} of them right")

    # The penalty is the one whose models best predict the claims of reports they did not see
    # (held-out log loss, smooth where F1 is not); the threshold then the one that gives the
    # best tuple F1 on those reports, averaged over the splits so that one split's luck does
    # not choose it.
    print(f"penalty: held-out log loss (mean over {SPLITS} splits of {FOLDS} folds of reports)")
    by_l2 = {}
    for l2 in penalties:
        held = cross_rated(x_raw, y, ids, l2)
        by_l2[l2] = (float(np.mean([log_loss(y, h) for h in held])), held)
        print(f"  {l2:5g}: {by_l2[l2][0]:.4f}")
    l2 = min(penalties, key=lambda v: (round(by_l2[v][0], 4), v))
    held = by_l2[l2][1]
    print(f"penalty {l2:g}; threshold: cross-validated tuple F1 (lowest-highest of the "
          f"{SPLITS} splits), claims left out")
    best = (-1.0, 0.0)
    kept_all = 0.0
    for t in THRESHOLDS:
        f1s = []
        for rated in held:
            kept: dict[str, list[dict]] = {rid: [] for rid in gold}
            for r, p in zip(rows, rated, strict=True):
                if p >= t:
                    kept[r["_id"]].append(r)
            f1s.append(score(gold, kept, known)[1].tuple_f1)
        f1 = float(np.mean(f1s))
        if t == 0:  # no claim is below it
            kept_all = f1
        print(f"  {t:.2f}: {f1:.4f} ({min(f1s):.4f}-{max(f1s):.4f}), "
              f"{int(np.mean([(h < t).sum() for h in held]))} left out")
        best = max(best, (round(f1, 4), -t))
    threshold = -best[1]
    print(f"chosen: penalty {l2:g}, threshold {threshold:.2f}, cross-validated tuple F1 "
          f"{best[0]:.4f} ({kept_all:.4f} keeping every claim)")
    mean, scale = standardise(x_raw)
    w, b = fit((x_raw - mean) / scale, y, l2)
    print("weights of the model fitted on all the reports (standardised features):")
    for n, v in sorted(zip(names, w, strict=True), key=lambda t: t[1]):
        print(f"  {v:+.3f}  {n}")
    if args.dry_run:
        return 0
    model = {
        "about": f"claim confidence, fitted by bench/realworld/fit_confidence.py on "
                 f"{len(gold)} reports of {Path(args.gold).name} with texts in "
                 f"{Path(args.texts).name}/ ({len(rows)} located claims), penalty {l2:g}; "
                 f"cross-validated tuple F1 {best[0]:.4f} ({kept_all:.4f} keeping every claim)",
        "threshold": threshold,
        "features": names,
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "weights": [round(float(v), 6) for v in w],
        "bias": round(b, 6),
    }
    out = Path(args.out)
    try:
        out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    except OSError as exc:
        print(f"{ap.prog}: error: {out}: cannot write the model ({exc.strerror or exc})",
              file=sys.stderr)
        return 1
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
