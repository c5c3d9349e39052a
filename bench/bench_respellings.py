"""How `mapper gazetteer lookup` takes the gazetteer's own names respelt as reports write them.

Each Latin name of a village, town or city that resolves to its place as written is respelt
once per kind: one transliteration change (kh as h, x or k; gh as g; j as dj or dzh; u as ou;
y as i; a hyphen as a space ...), and for Azerbaijani names the letters of that alphabet as
English, French and Russian reports render them (ə as a or e, c as j, dj or dzh, ş as sh, x as
kh, q as g, ı as i). Each respelling is looked up with no context and counted as resolving to
its place, ambiguous with it among the candidates, resolved to another place (a homonym, a
town's old name, a town's district) or to nothing. No report text is read. Prints figures only.

    python bench/bench_respellings.py            # this checkout
    python bench/bench_respellings.py --checkout ../other
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: One change a writer makes to a Latin name: the first match of the left side, replaced.
CHANGES = [("gh", "g"), ("gh", "kh"), ("kh", "h"), ("kh", "x"), ("kh", "k"), ("ch", "tch"),
           ("sh", "ch"), ("j", "dj"), ("j", "dzh"), ("zh", "j"), ("ts", "c"), ("ts", "tz"),
           ("dz", "z"), ("y", "i"), ("i", "y"), ("u", "ou"), ("e", "ye"), ("ye", "e"),
           ("o", "vo"), ("a", "ah"), ("li", "ly"), ("ly", "li"), ("ayi", "ai"), ("iy", "i"),
           ("aa", "a"), ("ll", "l"), ("k", "q"), ("q", "g"), ("g", "q"), ("x", "kh"), ("c", "j"),
           ("-", " "), (" ", "-"), (" ", "")]
#: Azerbaijani letters as reports in other languages render them, the whole name at once.
_BASE = {"ş": "sh", "ç": "ch", "ğ": "gh", "x": "kh", "q": "g", "ö": "o", "ü": "u", "ı": "i",
         "i̇": "i"}
AZERBAIJANI = {
    "English (ə as a, c as j)": {**_BASE, "ə": "a", "c": "j"},
    "ə as e": {**_BASE, "ə": "e", "c": "j"},
    "French (c as dj, u as ou)": {**_BASE, "ə": "a", "c": "dj", "u": "ou", "ü": "u",
                                  "ç": "tch", "ş": "ch"},
    "Russian (c as dzh, ə as e)": {**_BASE, "ə": "e", "c": "dzh", "x": "kh"},
}
OUTCOMES = ("right", "ambiguous with it", "another place", "nothing")


def _shown(part: str) -> str:
    return {" ": "a space", "-": "a hyphen", "": "nothing"}.get(part, part)


def _case_as(original: str, replacement: str) -> str:
    return replacement.capitalize() if original[:1].isupper() else replacement


def one_change(name: str, left: str, right: str) -> str | None:
    m = re.search(re.escape(left), name, re.I)
    if m is None:
        return None
    return name[: m.start()] + _case_as(m.group(), right) + name[m.end() :]


def azerbaijani(name: str, letters: dict[str, str]) -> str | None:
    if not any(ch.lower() in letters for ch in name):
        return None
    return "".join(_case_as(ch, letters[ch.lower()]) if ch.lower() in letters else ch
                   for ch in name)


def outcome(matcher, spelling: str, place_id: str) -> str:
    res = matcher.lookup(spelling)
    if res.status == "resolved":
        return "right" if res.best.place.id == place_id else "another place"
    if res.status == "ambiguous" and any(c.place.id == place_id for c in res.candidates):
        return "ambiguous with it"
    return "another place" if res.status == "ambiguous" else "nothing"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--checkout", type=Path, default=HERE.parent)
    args = parser.parse_args()
    sys.path.insert(0, str(args.checkout))
    from mapper import gazetteer
    from mapper.match import Matcher

    gaz = gazetteer.load(args.checkout / "gazetteer")
    matcher = Matcher(gaz)
    settled = {p.id for p in gaz.places.values() if p.precision in ("village", "town", "city")}
    names = defaultdict(dict)  # place id -> its Latin names (and their languages)
    for n in gaz.names:
        if n.place_id in settled and n.script == "Latn" and n.kind != "historical":
            names[n.place_id][n.name] = n.lang
    counts: dict[str, Counter] = defaultdict(Counter)
    for place_id, written in names.items():
        for name, lang in written.items():
            first = matcher.lookup(name)
            if first.status != "resolved" or first.best.place.id != place_id:
                continue
            kinds = {f"{_shown(a)} as {_shown(b)}": one_change(name, a, b) for a, b in CHANGES}
            if lang == "az":
                kinds |= {k: azerbaijani(name, v) for k, v in AZERBAIJANI.items()}
            for kind, spelling in kinds.items():
                if spelling and spelling not in written:
                    counts[kind][outcome(matcher, spelling, place_id)] += 1
    total = Counter()
    print(f"{'kind':30} {'spellings':>9}  " + "  ".join(f"{o:>17}" for o in OUTCOMES))
    for kind, c in sorted(counts.items(), key=lambda kv: kv[1]["right"] / sum(kv[1].values())):
        n = sum(c.values())
        total.update(c)
        print(f"{kind:30} {n:9d}  " + "  ".join(f"{c[o] / n:17.1%}" for o in OUTCOMES))
    n = sum(total.values())
    print(f"{'all':30} {n:9d}  " + "  ".join(f"{total[o] / n:17.1%}" for o in OUTCOMES))


if __name__ == "__main__":
    main()
