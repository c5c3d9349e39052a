"""Extraction time of one report as it grows: seconds per MB should stay flat (no quadratic step).

Baseline, measured in the same run: the smallest size's seconds per MB; each larger size prints
its ratio to it. The text is place-dense (every sentence names places, speakers, dates and
casualties) and written here. Peak memory is traced for each size. Asserts nothing about time.

    python bench/bench_report_size.py [--max-mb 16]
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from datetime import date

from mapper import gazetteer
from mapper.extract import Extractor
from mapper.reports import Report

PARAGRAPH = (
    "On 13 September the Armenian Defence Ministry said that Azerbaijani forces shelled Sotk, "
    "Kut and Vank overnight, wounding two soldiers. Baku said its positions near Lachin and "
    "Mets Shen came under fire from Goris. The village of Tagher and Hin Tagher were attacked, "
    "according to the Artsakh InfoCenter, which said three civilians were killed in Hadrut.\n\n"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-mb", type=float, default=16.0)
    args = parser.parse_args()
    extractor = Extractor(gazetteer.load())
    extractor.extract(Report("warm.txt", PARAGRAPH, date(2022, 9, 14), "Wire", "", "en"))
    sizes, mb = [], 0.25
    while mb <= args.max_mb:
        sizes.append(mb)
        mb *= 2
    base = None
    for mb in sizes:
        text = PARAGRAPH * max(1, int(mb * 1e6 / len(PARAGRAPH)))
        report = Report("big.txt", text, date(2022, 9, 14), "Wire", "", "en")
        tracemalloc.start()
        start = time.perf_counter()
        claims = extractor.extract(report)
        seconds = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
        per_mb = seconds / mb
        base = base or per_mb
        print(f"{mb:6.2f} MB: {seconds:7.1f} s, {per_mb:5.1f} s/MB ({per_mb / base:.2f}x the "
              f"{sizes[0]} MB figure), {len(claims)} claims, peak {peak:.0f} MB", flush=True)


if __name__ == "__main__":
    main()
