"""Extraction throughput on a corpus of thousands of reports, and peak memory.

Baseline, measured in the same run on the same bytes: a raw pyahocorasick scan of the lower-cased
text for every gazetteer name. Reports are streamed from disk one at a time, so peak memory must
not grow with their number: the run prints it for two corpus sizes. Asserts nothing about time.

    python bench/bench_extract.py [--reports 3000]
    python bench/bench_extract.py --checkout ../old     # and another checkout's code, alternately

With ``--checkout`` (a worktree of an earlier commit; repeat it for several), the same corpus is
extracted by this checkout's code and the others', each in a fresh process, alternately for
``--rounds`` rounds; the best time of each is set against the raw scan of this run. Issue 10's
baseline is a worktree of 82254a9 (``git worktree add ../old 82254a9``): extraction is not to
take longer than that code's on the same corpus. On a machine other jobs share, compare the
CPU times printed beside the times (the order of the checkouts turns each round). Measured
(2026-12-04, load 2.8-3.5 on 2 cores): 0.32 MB/s, 0.35 MB/s of CPU; 82254a9 0.66 MB/s, so 2.09x
its time, 1.88x its CPU time; on a quieter machine (load 0.5-0.9): 0.83 MB/s, 1.05x the
time of 7fc8024 (0.87 MB/s), the code before the thirteenth session; last (load 0.9-1.2,
2026-12-05): 0.88 MB/s, 0.98x the time of 27f2aa0 and 2.23x that of 82254a9. This corpus repeats the
examples' sentences, so memoised lookups hit; real reports do not, and cost more per MB: time
them too, with the CPU time of ``mapper extract --jobs 1 bench/realworld/texts`` against the
same commit's ``mapper extract`` (the README's extraction row has both).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import ahocorasick

# This checkout's code: run as a script, the folder on the path is bench/, and an installed mapper
# (another checkout's, installed editable) would be timed in the first lines instead of it.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mapper import gazetteer
from mapper.dates import find_dates
from mapper.extract import Extractor, extract_files
from mapper.names import fold
from mapper.pipeline import examples_dir
from mapper.reports import read_report


def make_corpus(folder: Path, n: int, seed: int = 3) -> list[Path]:
    """n reports: the example reports' paragraphs shuffled into new reports."""
    rng = random.Random(seed)
    paragraphs = []
    for path in sorted((examples_dir() / "reports").glob("*")):
        text = path.read_text(encoding="utf-8")
        body = text.split("---", 2)[-1]
        paragraphs += [p for p in body.split("\n\n") if len(p) > 80 and "<" not in p]
    paths = []
    for i in range(n):
        chosen = rng.sample(paragraphs, k=min(6, len(paragraphs)))
        path = folder / f"r{i:05d}.txt"
        path.write_text(
            "---\npublished: 2021-05-20\noutlet: Bench Wire\n---\n" + "\n\n".join(chosen) + "\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def timed(paths: list[Path], extractor: Extractor) -> tuple[float, int]:
    t = time.perf_counter()
    claims = sum(len(r.claims) for r in extract_files([str(p) for p in paths], extractor))
    return time.perf_counter() - t, claims


def floor(paths: list[Path], extractor: Extractor) -> float:
    """Seconds for the steps every extraction needs before any rule runs: reading and
    decoding the reports, folding the text, the name scan and the date scan."""
    t = time.perf_counter()
    for path in paths:
        report = read_report(path)
        extractor.scanner.scan(report.text, fold(report.text))
        find_dates(report.text, report.published, report.lang or None)
    return time.perf_counter() - t


def peak_memory(paths: list[Path], extractor: Extractor) -> int:
    """Peak traced memory while extracting (tracemalloc slows Python: not timed)."""
    tracemalloc.start()
    for _ in extract_files([str(p) for p in paths], extractor):
        pass
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


HERE = Path(__file__).resolve().parent
# Times one checkout's extraction of a folder's reports: run with that checkout on the path.
_WORKER = """
import sys, time
from pathlib import Path
from mapper import gazetteer
from mapper.extract import Extractor, extract_files
paths = [str(p) for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
extractor = Extractor(gazetteer.load())
t, cpu = time.perf_counter(), time.process_time()
claims = sum(len(r.claims) for r in extract_files(paths, extractor))
print(time.perf_counter() - t, time.process_time() - cpu, claims)
"""


def alternately(folder: Path, checkouts: list[Path], rounds: int
                 ) -> list[tuple[float, float, int]]:
    """Best seconds, best seconds of CPU and claims of each checkout's extraction of
    ``folder``, each round running every checkout once, in a fresh process (caches and regexes
    start cold, as in one run), in an order that turns each round (the first run of a round
    fared worse in several runs). The CPU time counts only this process's work: on a machine
    other jobs share, it varies less than the time."""
    best = [(float("inf"), float("inf"), 0)] * len(checkouts)
    for r in range(rounds):
        for k in range(len(checkouts)):
            i = (k + r) % len(checkouts)
            checkout = checkouts[i]
            env = {**os.environ, "PYTHONPATH": str(checkout.resolve())}
            out = subprocess.run(
                [sys.executable, "-c", _WORKER, str(folder)], cwd=checkout, env=env, check=True,
                capture_output=True, text=True,
            ).stdout.split()
            secs, cpu, claims = float(out[0]), float(out[1]), int(out[2])
            best[i] = (min(best[i][0], secs), min(best[i][1], cpu), claims)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=3000)
    parser.add_argument("--checkout", type=Path, action="append", default=[],
                        help="also time this checkout's code on the same corpus, alternately "
                             "(repeatable)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    gaz = gazetteer.load()
    extractor = Extractor(gaz)
    automaton = ahocorasick.Automaton()
    for name in gaz.names:
        automaton.add_word(name.name.lower(), name.place_id)
    automaton.make_automaton()
    with tempfile.TemporaryDirectory() as tmp:
        paths = make_corpus(Path(tmp), args.reports)
        size = sum(p.stat().st_size for p in paths)
        texts = [p.read_text(encoding="utf-8") for p in paths]
        t = time.perf_counter()
        found = sum(1 for text in texts for _ in automaton.iter(text.lower()))
        raw = time.perf_counter() - t
        del texts
        seconds, claims = timed(paths, extractor)
        needed = floor(paths, extractor)
        small_peak = peak_memory(paths[: len(paths) // 4], extractor)
        peak = peak_memory(paths, extractor)
        if args.checkout:
            ours, *theirs = alternately(Path(tmp), [HERE.parent, *args.checkout], args.rounds)
    mb = size / 1e6
    print(f"corpus: {len(paths)} reports, {mb:.1f} MB")
    print(f"raw pyahocorasick scan: {mb / raw:.1f} MB/s ({found} name hits)")
    print(
        f"mapper extract: {mb / seconds:.2f} MB/s, {len(paths) / seconds:,.0f} reports/s, "
        f"{claims} claims"
    )
    print(
        f"ratio: extraction takes {seconds / raw:.0f}x the time of the raw scan "
        f"(target: at most 4x, i.e. 10 MB/s)"
    )
    print(
        f"read + fold + name scan + date scan alone: {mb / needed:.1f} MB/s "
        f"({needed / raw:.0f}x the raw scan; the rules take the other "
        f"{(seconds - needed) / seconds:.0%})"
    )
    print(
        f"peak traced memory: {small_peak / 1e6:.1f} MB for {len(paths) // 4} reports, "
        f"{peak / 1e6:.1f} MB for {len(paths)} (streamed: it should not grow)"
    )
    if args.checkout:
        print(f"alternately, best of {args.rounds}, each in a fresh process:")
        named = [("this checkout", ours), *zip(map(str, args.checkout), theirs, strict=True)]
        for name, (secs, cpu, n) in named:
            print(f"  {name}: {mb / secs:.2f} MB/s ({mb / cpu:.2f} MB/s of CPU), {n} claims, "
                  f"{secs / raw:.0f}x the raw scan")
        for checkout, (secs, cpu, _) in zip(args.checkout, theirs, strict=True):
            print(f"  this checkout takes {ours[0] / secs:.2f}x the time of {checkout} "
                  f"({ours[1] / cpu:.2f}x its CPU time)")


if __name__ == "__main__":
    main()
