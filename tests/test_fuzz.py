"""The CLI's readers under random input: random bytes, random CSV rows, random JSON.

Whatever comes in, a command ends with exit 0 or 1 and one-line messages (never a traceback or
an internal error), and every record it was given comes out as a claim. Deterministic
(``derandomize``) and bounded to about a minute in all, so that it runs in every suite.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapper.cli import main
from mapper.names import clean
from mapper.records import CLAIM_SIGNS, COLUMNS

GAZETTEER = str(Path(__file__).parent / "fixtures" / "gazetteer")
FUZZ = settings(derandomize=True, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
GOOD = "place,date\nTestavan,2020-12-12\n"

# Text with what hostile input holds: every plane, invisible and control characters, spreadsheet
# formula starts, quotes and delimiters; in JSON also lone surrogates ("\udc80").
HOSTILE = st.sampled_from(
    ['"', ",", ";", "\t", "\n", "\r", "\x00", "\u200b", "\u00ad", "=", "@", "-", "'", "\ufeff"])
TEXT = st.text(st.one_of(st.characters(codec="utf-8"), HOSTILE), max_size=40)
JSON_TEXT = st.text(st.one_of(st.characters(blacklist_categories=()), HOSTILE), max_size=40)
NUMBERS = st.one_of(st.integers(), st.integers(min_value=2**60, max_value=10**400),
                    st.floats(allow_nan=False, allow_infinity=False))
FIELDS = sorted(set(COLUMNS))


def run(args: list[str], stdin: bytes | None = None) -> tuple[int, str]:
    """``mapper ARGS`` in this process: (exit code, stderr)."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["--gazetteer", GAZETTEER, *args])
    return code, err.getvalue()


def claims_in(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").split("\n")  # not splitlines: U+0085 is in text
    return [json.loads(line) for line in lines if line]


def check(code: int, err: str) -> None:
    assert code in (0, 1), err
    assert "Traceback" not in err and "internal error" not in err, err
    assert all(len(line) <= 400 for line in err.splitlines())


@settings(FUZZ, max_examples=120)
@given(data=st.binary(max_size=2000),
       suffix=st.sampled_from([".csv", ".tsv", ".jsonl", ".geojson", ".json"]))
def test_random_bytes_beside_a_good_file_lose_nothing(data, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / f"random{suffix}").write_bytes(data)
        (folder / "good.csv").write_text(GOOD, encoding="utf-8")
        out = folder / "claims.jsonl"
        code, err = run(["export", str(folder / f"random{suffix}"), str(folder / "good.csv"),
                         "-o", str(out)])
        check(code, err)
        assert "testavan" in {c["place_id"] for c in claims_in(out)}


@settings(FUZZ, max_examples=80)
@given(data=st.binary(max_size=2000), encoding=st.sampled_from([None, "cp1251", "latin-1"]))
def test_random_bytes_as_a_report(data, encoding):
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.txt"
        report.write_bytes(data)
        code, err = run(["extract", str(report), "--published", "2020-12-14",
                         *(["--encoding", encoding] if encoding else [])])
        check(code, err)


# Pieces of saved news pages: their tags in any order, opened and closed or not, with what
# their metadata may hold.
PAGE_PIECES = st.sampled_from([
    "<html>", '<html lang="en">', '<html lang="ru">', "</html>", "<head>", "</head>", "<body>",
    "</body>", "<article>", "</article>", "<main>", "</main>", '<div class="related">',
    '<div class="byline">', "</div>", "<p>", "</p>", "</span>", "<table><tr><td>", "</td><td>",
    "<title>", "</title>", '<meta charset="windows-1251">', '<meta charset="klingon">',
    '<meta name="date" content="14.12.2020">', '<meta name="pubdate" content="03/04/2021">',
    '<time datetime="2020-12-14">', '<time datetime="">', "</time>",
    '<script type="application/ld+json">', '{"datePublished": ', '[{"@graph": [1, {"url": 2}]}]',
    "</script>", '<link rel="canonical" href="">', "https://x.example/wiki/Testavan ",
    "Troops shelled Testavan on 12 December.", "@CP1251@", "&nbsp;", "<!--", "-->",
])


@settings(FUZZ, max_examples=80)
@given(pieces=st.lists(st.one_of(PAGE_PIECES, TEXT), max_size=30))
def test_random_tag_soup_as_a_saved_page(pieces):
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.html"
        page.write_bytes("".join(pieces).encode("utf-8").replace(  # bytes of an older page
            b"@CP1251@", "Обстрел Теставана".encode("cp1251")))
        code, err = run(["extract", str(page)])
        check(code, err)


@settings(FUZZ, max_examples=160)
@given(columns=st.lists(st.sampled_from(FIELDS), min_size=1, max_size=6,
                       unique_by=COLUMNS.get),  # two columns for one field: the file is refused
       rows=st.lists(st.lists(st.one_of(TEXT, NUMBERS.map(str)), min_size=6, max_size=6),
                     min_size=1, max_size=8),
       delimiter=st.sampled_from([",", ";", "\t"]))
def test_random_csv_rows_all_become_claims(columns, rows, delimiter):
    out_text = io.StringIO()
    writer = csv.writer(out_text, delimiter=delimiter, lineterminator="\n")
    writer.writerow(columns)
    kept = [row[: len(columns)] for row in rows]
    writer.writerows(kept)
    # Blank rows are no rows (control and invisible characters are removed on reading), nor
    # are rows of notes, a source or an id alone (listed for review instead).
    given_rows = sum(1 for row in kept if any(
        clean(v).strip() and COLUMNS[c] in CLAIM_SIGNS for c, v in zip(columns, row, strict=True)))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "records.csv"
        path.write_text(out_text.getvalue(), encoding="utf-8")
        out = Path(tmp) / "claims.jsonl"
        code, err = run(["export", str(path), "-o", str(out)])
        check(code, err)
        # A quoted field holding a row's worth of delimiters over lines is read as a stray
        # quote, line by line: more claims then, never fewer.
        assert len(claims_in(out)) >= given_rows, err


JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), NUMBERS, JSON_TEXT),
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(JSON_TEXT, inner, max_size=3)),
    max_leaves=8,
)
RECORDS = st.dictionaries(st.one_of(st.sampled_from(FIELDS), JSON_TEXT), JSON_VALUES, max_size=8)


@settings(FUZZ, max_examples=160)
@given(records=st.lists(st.one_of(RECORDS, JSON_VALUES), min_size=1, max_size=6),
       nested=st.integers(min_value=0, max_value=3000))
def test_random_json_lines_all_become_claims(records, nested):
    lines = [json.dumps(r) for r in records]
    lines.append('{"notes": ' + "[" * nested + "]" * nested + "}")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "records.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        out = Path(tmp) / "claims.jsonl"
        code, err = run(["export", str(path), "-o", str(out)])
        check(code, err)
        assert len(claims_in(out)) == len(lines), err


@settings(FUZZ, max_examples=80)
@given(features=st.lists(st.one_of(
    st.fixed_dictionaries({"type": st.just("Feature"), "properties": RECORDS,
                           "geometry": st.one_of(st.none(), JSON_VALUES, st.fixed_dictionaries(
                               {"type": st.just("Point"),
                                "coordinates": st.lists(NUMBERS, max_size=3)}))}),
    JSON_VALUES), min_size=1, max_size=6))
def test_random_geojson_features_all_become_claims(features):
    doc = {"type": "FeatureCollection", "features": features}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "claims.geojson"
        path.write_text(json.dumps(doc), encoding="utf-8")
        out = Path(tmp) / "claims.jsonl"
        code, err = run(["export", str(path), "-o", str(out)])
        check(code, err)
        assert len(claims_in(out)) == len(features), err
