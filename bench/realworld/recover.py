"""Rebuild the ignored ``texts/`` folder from stored copies of the pages, where no network reaches.

    python bench/realworld/recover.py todo --half dev --lang en   # reports still without a text
    python bench/realworld/recover.py which URL [URL ...]         # the set's reports at these URLs
    python bench/realworld/recover.py wrap                        # raw/<id>.txt -> texts/<id>.md

The set's texts were read from the search tool's stored copies of the pages (its ``pages``
corpus), whose excerpt of a page is its beginning. Where ``fetch.py`` cannot reach the outlets,
a person finds each report's page again in that corpus by its address and saves the excerpt, as
it is, in ``raw/<id>.txt`` (ignored by git). ``todo`` lists what is still missing with what helps
to find it (address, outlet, date, the places as written); ``wrap`` adds the front matter the
gold gives and says, for each text, which of the gold's place spellings it does not contain
(a sign of the wrong page or a shorter copy), and names an excerpt it cannot read, which it
leaves out.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from fetch import front_matter

HERE = Path(__file__).parent


def reports(half: str | None = None):
    for name in ("dev", "test") if half is None else (half,):
        for line in (HERE / f"gold-{name}.jsonl").read_text(encoding="utf-8").splitlines():
            yield json.loads(line)


def surfaces(gold: dict) -> list[str]:
    seen = dict.fromkeys(place["surface"] for incident in gold["incidents"]
                         for place in incident.get("places") or () if place.get("surface"))
    return list(seen)


def todo(args) -> int:
    for gold in reports(args.half):
        if args.lang and gold["language"] != args.lang:
            continue
        if (HERE / "raw" / f"{gold['id']}.txt").exists():
            continue
        print(json.dumps({"id": gold["id"], "url": gold["url"], "outlet": gold["outlet"],
                          "published": gold["published"], "places": surfaces(gold)},
                         ensure_ascii=False))
    return 0


def address_key(url: str) -> str:
    """An address without scheme, ``www.``, trailing slash and case: one page however linked."""
    url = url.strip().casefold().split("://", 1)[-1]
    return url.removeprefix("www.").rstrip("/")


def which(args) -> int:
    """Say which of the set's reports stand at these addresses, and whether each is saved yet."""
    by_address = {address_key(gold["url"]): gold["id"] for gold in reports() if gold.get("url")}
    for url in args.urls:
        found = by_address.get(address_key(url))
        if found is None:
            print(f"{url}: not in the set")
        else:
            saved = (HERE / "raw" / f"{found}.txt").exists()
            print(f"{url}: {found}{' (saved already)' if saved else ''}")
    return 0


def wrap(args) -> int:
    out = HERE / "texts"
    out.mkdir(exist_ok=True)
    written = incomplete = unreadable = 0
    for gold in reports():
        raw = HERE / "raw" / f"{gold['id']}.txt"
        if not raw.exists():
            continue
        try:
            text = raw.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            unreadable += 1
            print(f"raw/{raw.name}: not UTF-8 text ({exc.reason} at byte {exc.start}): "
                  "left out", file=sys.stderr)
            continue
        (out / f"{gold['id']}.md").write_text(front_matter(gold) + text, encoding="utf-8")
        written += 1
        missing = [s for s in surfaces(gold) if s.casefold() not in text.casefold()]
        if missing:
            incomplete += 1
            print(f"{gold['id']}: {len(missing)} of {len(surfaces(gold))} place spellings "
                  f"not in the text", file=sys.stderr)
    print(f"{written} texts written, {incomplete} lack some of their gold's place spellings")
    return 1 if unreadable else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    listing = commands.add_parser("todo", help="reports still without a saved excerpt")
    listing.add_argument("--half", choices=("dev", "test"))
    listing.add_argument("--lang", choices=("en", "fr", "ru"))
    matching = commands.add_parser("which", help="the set's reports at these addresses")
    matching.add_argument("urls", nargs="+")
    commands.add_parser("wrap", help="raw/<id>.txt -> texts/<id>.md with front matter")
    args = parser.parse_args(argv)
    return {"todo": todo, "which": which, "wrap": wrap}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
