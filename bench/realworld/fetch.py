"""Fetch the texts of the real-report set again, from the addresses in the gold files.

    python bench/realworld/fetch.py [--force]      # -> bench/realworld/texts/<id>.md

The texts belong to their outlets and are not in the repository; this script rebuilds the
ignored ``texts/`` folder on a machine with a network (it is the only part of the project that
contacts a server, and only when run by hand). Each page is read as ``mapper`` reads a saved page
(its main text, without navigation and furniture) and written with the front matter the gold
gives. A page that has changed or gone since it was annotated scores differently: the gold was
written from the text as it was in November/December 2026 (the search tool's stored copies).
"""

from __future__ import annotations

import argparse
import json
import sys
import urllib.request
from pathlib import Path

HERE = Path(__file__).parent
TIMEOUT_S = 30


def front_matter(gold: dict) -> str:
    lines = ["---", f"published: {gold.get('published') or ''}",
             f"outlet: {gold.get('outlet') or ''}", f"url: {gold.get('url') or ''}",
             f"lang: {gold.get('language') or ''}", "---", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from mapper.reports import read_report

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="fetch texts that exist already")
    args = parser.parse_args(argv)
    out = HERE / "texts"
    out.mkdir(exist_ok=True)
    failed = 0
    for half in ("dev", "test"):
        for line in (HERE / f"gold-{half}.jsonl").read_text(encoding="utf-8").splitlines():
            gold = json.loads(line)
            target = out / f"{gold['id']}.md"
            if target.exists() and not args.force:
                continue
            try:
                request = urllib.request.Request(gold["url"], headers={"User-Agent": "mapper"})
                with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
                    page = response.read()
            except OSError as exc:
                print(f"{gold['id']}: {gold['url']}: {exc}", file=sys.stderr)
                failed += 1
                continue
            saved = out / f"{gold['id']}.html"
            saved.write_bytes(page)
            report = read_report(str(saved))
            saved.unlink()
            target.write_text(front_matter(gold) + report.text, encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
