"""Name lookups per second on 10,000 mixed names, and gazetteer load time.

Baseline, measured in the same run: a plain dict lookup of the exact names. Prints figures and
ratios; asserts nothing about time.

    python bench/bench_lookup.py
"""

from __future__ import annotations

import random
import time

from mapper import gazetteer
from mapper.match import Matcher
from mapper.names import translit


def mixed_names(gaz: gazetteer.Gazetteer, n: int, seed: int = 7) -> list[str]:
    """Names as reports spell them: exact, lower case, run together, transliterated, misspelt,
    inflected, unknown."""
    rng = random.Random(seed)
    names = [x.name for x in gaz.names]
    out = []
    for _ in range(n):
        name = rng.choice(names)
        kind = rng.randrange(7)
        if kind == 1:
            name = name.lower()
        elif kind == 2:
            name = name.replace(" ", "")
        elif kind == 3:
            name = translit(name).title()
        elif kind == 4 and len(name) > 4:
            i = rng.randrange(1, len(name) - 1)
            name = name[:i] + name[i + 1 :]  # a letter lost
        elif kind == 5:
            name = name + "а"  # a Russian case ending
        elif kind == 6:
            name = "".join(rng.choice("bcdfgklmnprstvz") + rng.choice("aeiou") for _ in range(4))
        out.append(name)
    return out


def main() -> None:
    t = time.perf_counter()
    gaz = gazetteer.load()
    load_s = time.perf_counter() - t
    t = time.perf_counter()
    matcher = Matcher(gaz)
    index_s = time.perf_counter() - t
    queries = mixed_names(gaz, 10_000)
    exact = {x.name: x.place_id for x in gaz.names}

    t = time.perf_counter()
    statuses = [matcher.lookup(q).status for q in queries]
    ours = time.perf_counter() - t
    t = time.perf_counter()
    hits = sum(q in exact for q in queries)
    base = time.perf_counter() - t

    print(f"gazetteer: {len(gaz.places)} places, {len(gaz.names)} names")
    print(
        f"load and check tables: {load_s * 1000:.0f} ms; build the name index: "
        f"{index_s * 1000:.0f} ms"
    )
    print(
        f"mapper lookups: {len(queries) / ours:,.0f} names/s "
        f"(resolved {statuses.count('resolved')}, ambiguous {statuses.count('ambiguous')}, "
        f"unresolved {statuses.count('unresolved')})"
    )
    print(
        f"plain dict of exact names: {len(queries) / base:,.0f} names/s "
        f"(finds {hits} of {len(queries)})"
    )
    print(f"ratio: mapper takes {ours / base:,.0f}x the time of an exact dict lookup")


if __name__ == "__main__":
    main()
