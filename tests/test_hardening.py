"""Hostile inputs and paths: no traceback, nothing lost, outputs that land as one set.

Each test reproduces one finding of issue 14 (inputs a user may meet: pasted web text, huge or
nested JSON, endless streams, read-only folders, interrupted runs, spreadsheet formulas).
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from mapper import gazetteer
from mapper.cli import main
from mapper.records import read_records
from mapper.reports import read_report

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
HEADER = "id,date,place,lat,lon,claimant,killed,wounded,notes\n"


def write(name: str, content: str | bytes) -> Path:
    path = Path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def features(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["features"]


def mapper(*args: str, stdin: bytes | None = None, timeout: float = 120):
    """The CLI in a process of its own, as a user runs it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "mapper", *args], input=stdin,
                          capture_output=True, timeout=timeout, env=env)


# -- nothing lost -------------------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"foo,bar\n1,2\n", b"place,date\n\xff\xfe,2020\n",
                                      b"[1, 2]"])
def test_an_unreadable_records_file_loses_nothing_beside_it(here, capsys, content):
    write("good.csv", "place,date\nShusha,2020-11-08\n")
    write("bad.csv" if content[:1] != b"[" else "bad.geojson", content)
    bad = "bad.csv" if content[:1] != b"[" else "bad.geojson"
    assert main(["export", "good.csv", bad, "-o", "claims.geojson"]) == 1
    err = capsys.readouterr().err
    assert f"mapper: error: {bad}" in err and "Traceback" not in err
    assert [f["properties"]["place_id"] for f in features(here / "claims.geojson")] == ["shusha"]


def test_strict_still_stops_at_an_unreadable_file(gaz, here):
    from mapper.errors import RecordError

    write("empty.csv", "")
    with pytest.raises(RecordError, match="empty"):
        read_records(["empty.csv"], gaz, strict=True)


@pytest.mark.parametrize("front", ["published:", "published: ''", "published: yesterday",
                                    "date:", "published: 0001-01-01"])
def test_a_bad_or_empty_publication_date_is_a_note_and_the_report_is_read(here, capsys, front):
    write("r.txt", f"---\n{front}\n---\nArtillery shelled Goris on 8 November.\n")
    # every claim kept: a one-line report's claim at a town rates near the threshold
    assert main(["extract", "r.txt", "--min-confidence", "0"]) == 0
    out, err = capsys.readouterr()
    assert "Goris" in out and "Traceback" not in err
    assert "r.txt: " in err and "publication date" in err



@pytest.mark.parametrize("top", ["---\npublished: 2020-12-14\noutlet: My Notes\n\n",
                                 "---\npublished: 2020-12-14\n--\n",
                                 "published: 2020-12-14\noutlet: My Notes\n\n"])
def test_front_matter_without_its_dashed_lines_is_read_and_named(here, capsys, top):
    # the fields had been read as text (the publication day as the event's date) while the
    # note asked to "add 'published:' front matter", which the user had done; then named but
    # still read as text, the outlet lost
    write("r.md", top + "Artillery shelled Goris yesterday.\n")
    assert main(["extract", "r.md", "--min-confidence", "0"]) == 0
    out, err = capsys.readouterr()
    assert "r.md: the lines at the top look like front matter ('published:', 'outlet:') and " \
           "are read as it" in err
    assert "put a line '---' above and below them" in err
    (row,) = [json.loads(line) for line in out.splitlines()]
    assert row["date_start"] == "2020-12-13"
    assert row["claim_chain"] == ("My Notes" if "outlet" in top else "r")


def test_lines_like_front_matter_with_text_among_them_stay_text(here, capsys):
    write("r.md", "published: 2020-12-14\nArtillery shelled Goris yesterday.\n")
    assert main(["extract", "r.md"]) == 0
    assert "but are read as report text (a line of text among them)" in capsys.readouterr().err


def test_toml_front_matter_between_plus_lines_is_read(here, capsys):
    # Hugo's '+++' block had been read as report text: no publication date, and its
    # 'date = ...' line taken for the day of the event
    write("r.md", '+++\ntitle = "Notes"\ndate = 2020-12-14T09:30:00+04:00\n'
                  'outlet = "My Notes"\n+++\nArtillery shelled Goris yesterday.\n')
    assert main(["extract", "r.md", "--min-confidence", "0"]) == 0
    out, err = capsys.readouterr()
    (claim,) = [json.loads(line) for line in out.splitlines()]
    assert (claim["place_id"], claim["date_start"], claim["source"]) == (
        "goris", "2020-12-13", "My Notes")
    assert "publication date" not in err and "front matter" not in err


def test_a_front_matter_field_mapper_does_not_read_is_named(here, capsys):
    # 'source:' meant as the outlet and 'link:' as the url had been dropped without a word,
    # then named and not read; 'rating:' is no field of a report
    write("r.md", "---\npublished: 2020-12-14\ntitle: Shelling\nsource: Telegram @front\n"
                  "link: https://t.me/front/1\nrating: 5\n---\nArtillery shelled Goris "
                  "yesterday.\n")
    assert main(["extract", "r.md", "--min-confidence", "0"]) == 0
    out, err = capsys.readouterr()
    assert "r.md: front matter source: read as outlet:, link: read as url:" in err
    assert ("r.md: front matter rating: not read (mapper reads published, outlet, url "
            "and lang): ignored") in err
    (row,) = [json.loads(line) for line in out.splitlines()]
    assert (row["claim_chain"], row["url"]) == ("Telegram @front", "https://t.me/front/1")

def test_an_out_of_range_published_flag_is_a_usage_error(here, capsys):
    write("r.txt", "Artillery shelled Goris yesterday.\n")
    with pytest.raises(SystemExit) as exc:
        main(["extract", "--published", "0001-01-01", "r.txt"])
    assert exc.value.code == 2
    assert "--published" in capsys.readouterr().err


def test_export_reads_records_on_stdin(here):
    done = mapper("export", "-", "-o", "out.geojson", stdin=b"place,date\nShusha,2020-11-08\n")
    assert done.returncode == 0, done.stderr
    assert [f["properties"]["place_id"] for f in features(here / "out.geojson")] == ["shusha"]


@pytest.mark.parametrize("invisible", ["\u200b", "\u00ad", "\u2060", "\ufeff"])
def test_invisible_characters_inside_a_name_are_removed_on_reading(gaz, here, invisible):
    from mapper.extract import Extractor
    from mapper.match import Matcher
    from mapper.reports import read_report

    name = f"Testa{invisible}van"
    result = read_records([write("r.csv", f"place,date\n{name},2020-11-08\n")], gaz)
    assert [c.place_id for c in result.claims] == ["testavan"]
    assert Matcher(gaz).lookup(name).status == "resolved"
    real = gazetteer.load()
    name = f"Stepa{invisible}nakert"
    write("r.txt", f"---\npublished: 2020-11-09\n---\nArtillery struck {name} on 8 November.\n")
    claims = Extractor(real).extract(read_report("r.txt"))
    assert [c.place_id for c in claims] == ["stepanakert"]


def test_nul_inside_a_csv_field_does_not_truncate_the_geopackage(here):
    import pyogrio

    write("r.csv", "place,date,notes\nShusha,2020-11-08,before\x00after\n")
    assert main(["export", "r.csv", "-o", "r.gpkg"]) == 0
    frame = pyogrio.read_dataframe("r.gpkg", layer="claims")
    assert list(frame.notes) == ["beforeafter"]


def test_an_unreadable_subfolder_is_named(here, capsys, monkeypatch):
    write("in/good.txt", "---\npublished: 2020-11-09\n---\nTroops shelled Goris on Monday.\n")
    (here / "in" / "locked").mkdir()
    write("in/locked/hidden.txt", "Artillery shelled Shusha.\n")
    real_scandir = os.scandir

    def scandir(path="."):
        if isinstance(path, str | os.PathLike) and Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)  # root reads any folder: refuse as chmod would
    # (every claim kept: a one-line report's claim at a town lies near the confidence threshold)
    assert main(["run", "in", "-o", "out", "--min-confidence", "0"]) == 1
    err = capsys.readouterr().err
    assert "mapper: error: in/locked: " in err and "ermission denied" in err
    assert "Goris" in (here / "out" / "claims.csv").read_text(encoding="utf-8-sig")


def test_an_encoding_flag_does_not_garble_utf8_files(gaz, here, capsys):
    write("ru.csv", "place,date,notes\nШуша,2020-11-08,заметка\n".encode("cp1251"))
    write("utf.csv", "place,date,notes\nШуша,2020-11-09,обстрел\n")
    assert main(["export", "ru.csv", "utf.csv", "--encoding", "cp1251", "-o", "c.geojson"]) == 0
    notes = sorted(f["properties"]["notes"] for f in features(here / "c.geojson"))
    assert notes == ["заметка", "обстрел"]
    assert "utf.csv: " in capsys.readouterr().err  # said: read as UTF-8, not cp1251


# -- nothing crashes: records -------------------------------------------------------------------


def test_a_csv_field_over_128_kib_reads_back(gaz, here):
    quote = "x" * 200_000
    write("r.csv", f'place,date,notes\nShusha,2020-11-08,"{quote}"\n')
    result = read_records(["r.csv"], gaz)
    assert result.ok and result.claims[0].notes == quote


@pytest.mark.parametrize("line", ['{"place": "Shusha", "killed": 1' + "0" * 400 + "}",
                                   '{"place": "Shusha", "lat": 1' + "0" * 400 + ', "lon": 1}',
                                   '{"place": "Shusha", "notes": ' + "[" * 100_000 + "]" * 100_000
                                   + "}",
                                   '{"place": "Shusha", "notes": "\\udc80 \\ud800"}',
                                   '{"place": "Sh\\udc80", "\\udc81": 1}'],
                         ids=["huge-count", "huge-lat", "nested", "surrogates", "surrogate-key"])
def test_hostile_json_is_a_row_problem_not_a_crash(here, capsys, line):
    write("r.jsonl", line + "\n" + '{"place": "Goris", "date": "2020-11-08"}\n')
    code = main(["export", "r.jsonl", "-o", "c.geojson"])
    err = capsys.readouterr().err
    assert code in (0, 1) and "Traceback" not in err
    places = [f["properties"]["place_text"] for f in features(here / "c.geojson")]
    assert len(places) == 2 and "Goris" in places
    assert all(len(line) < 500 for line in err.splitlines())


def test_deeply_nested_geojson_is_an_error_line(here, capsys):
    write("r.geojson", "[" * 100_000 + "]" * 100_000)
    write("good.csv", "place,date\nShusha,2020-11-08\n")
    assert main(["export", "r.geojson", "good.csv", "-o", "c.geojson"]) == 1
    assert "r.geojson" in capsys.readouterr().err
    assert len(features(here / "c.geojson")) == 1


@pytest.mark.parametrize("count", ["9223372036854775808", "100000000000000000001", "1e30"])
def test_counts_beyond_64_bits_are_refused_per_row_as_written(here, capsys, count):
    write("r.csv", f"place,date,killed\nShusha,2020-11-08,{count}\nGoris,2020-11-08,3\n")
    assert main(["export", "r.csv", "-o", "c.gpkg"]) == 1
    err = capsys.readouterr().err
    assert f"r.csv:2: killed '{count}'" in err
    main(["export", "r.csv", "-o", "c.geojson"])
    rows = {f["properties"]["place_text"]: f["properties"] for f in features(here / "c.geojson")}
    assert rows["Goris"]["killed"] == 3 and rows["Shusha"]["killed"] is None
    assert count in rows["Shusha"]["notes"]


def test_counts_are_not_rounded_through_a_float(gaz, here):
    write("r.jsonl", '{"place": "Testavan", "killed": 9007199254740993}\n')
    assert read_records(["r.jsonl"], gaz).claims[0].killed == 9007199254740993


# -- nothing crashes: paths ---------------------------------------------------------------------


def test_run_into_an_existing_file_is_a_usage_error(here, capsys):
    write("taken", "a file")
    assert main(["run", "-o", "taken"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("mapper: error: taken: ") and len(err.splitlines()) == 1


@pytest.mark.parametrize("target", ["/proc/mapper-out", "/proc/version/out", "a" * 300])
def test_outputs_that_cannot_be_written_are_one_line_errors(here, capsys, target):
    write("r.csv", "place,date\nShusha,2020-11-08\n")
    assert main(["run", "r.csv", "-o", target]) == 2
    err = capsys.readouterr().err
    assert err.count("mapper: error:") >= 1 and "Traceback" not in err
    assert err.splitlines()[-1].startswith("mapper: error: ")


def test_a_300_character_file_name_is_an_error_line(here, capsys):
    long = "a" * 300 + ".csv"
    write("good.csv", "place,date\nShusha,2020-11-08\n")
    assert main(["export", long, "good.csv", "-o", "c.geojson"]) == 1
    assert "File name too long" in capsys.readouterr().err
    assert main(["export", "good.csv", "-o", "b" * 300 + ".geojson"]) == 2


@pytest.mark.parametrize("command", ["extract", "export", "run"])
def test_dev_zero_as_input_is_bounded(here, command):
    args = [command, "/dev/zero"] + (["-o", "c.geojson"] if command == "export" else [])
    if command == "export":
        args[1:1] = ["--encoding", "utf-8"]
    done = mapper(*args, "-o", "out") if command == "run" else mapper(*args)
    assert done.returncode == 1, done.stderr
    assert b"/dev/zero: " in done.stderr and b"Traceback" not in done.stderr


def test_an_endless_stdin_is_bounded(here):
    with open("/dev/zero", "rb") as zero:
        done = subprocess.run([sys.executable, "-m", "mapper", "extract", "-"], stdin=zero,
                              capture_output=True, timeout=120,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode in (1, 2) and b"MB limit" in done.stderr, done.stderr


def test_an_internal_error_exits_70_in_one_line(here, capsys, monkeypatch):
    import mapper.pipeline

    def broken(*args, **kwargs):
        raise RuntimeError("a bug " + "x" * 5000)

    monkeypatch.setattr(mapper.pipeline, "read_claims", broken)
    write("r.csv", "place\nShusha\n")
    assert main(["export", "r.csv", "-o", "c.geojson"]) == 70
    err = capsys.readouterr().err
    assert err.startswith("mapper: internal error") and "-v" in err and "RuntimeError: a bug" in err
    assert len(err.splitlines()) == 1 and len(err) < 500
    with pytest.raises(RuntimeError):
        main(["-v", "export", "r.csv", "-o", "c.geojson"])


def test_a_bug_on_one_report_loses_that_report_only(here, capsys, monkeypatch):
    from mapper.extract import Extractor

    extract = Extractor.extract

    def broken(self, report):
        if "Tegh" in report.text:
            raise RuntimeError("a bug " + "x" * 5000)
        return extract(self, report)

    monkeypatch.setattr(Extractor, "extract", broken)
    write("a.txt", "On Monday Azerbaijani troops shelled Tegh, the ministry said.")
    write("b.txt", "On Monday Azerbaijani troops shelled Sotk, the ministry said.")
    assert main(["extract", "--jobs", "1", "--published", "2021-05-20", "a.txt", "b.txt"]) == 1
    out, err = capsys.readouterr()
    assert [json.loads(line)["place_id"] for line in out.splitlines()] == ["sotk"]
    (line,) = err.splitlines()
    assert line.startswith("mapper: error: a.txt: internal error") and "RuntimeError" in line
    assert len(line) < 400


@pytest.mark.parametrize("args", [["export", "r.csv", "-o", "c.shp"],
                                  ["extract", "r.txt", "-o", "c.xlsx"],
                                  ["export", "r.csv", "--encoding", "klingon", "-o", "c.csv"],
                                  ["run", "r.csv", "--encoding", "klingon"]])
def test_unknown_encoding_or_output_suffix_is_a_usage_error(here, capsys, args):
    write("r.csv", "place\nShusha\n")
    try:
        code = main(args)
    except SystemExit as exc:  # argparse refuses the flag
        code = exc.code
    assert code == 2
    err = capsys.readouterr().err
    assert "klingon" in err or "unknown output format" in err


def test_a_note_quoting_a_megabyte_is_cut(here, capsys):
    write("r.csv", "place,date\n" + "Q" * 1_000_000 + ",2020-11-08\n")
    main(["export", "r.csv", "-o", "c.geojson"])
    err = capsys.readouterr().err
    assert err and max(len(line) for line in err.splitlines()) <= 400
    assert features(here / "c.geojson")[0]["properties"]["place_text"] == "Q" * 1_000_000


# -- outputs as one set, safe to open -----------------------------------------------------------

OUTPUTS = ("map.html", "claims.geojson", "claims.gpkg", "claims.csv", "unresolved.csv")


def _first_run(here: Path) -> dict[str, bytes]:
    write("r.csv", "place,date\nShusha,2020-11-08\n")
    assert main(["run", "r.csv", "-o", "results"]) == 0
    return {name: (here / "results" / name).read_bytes() for name in OUTPUTS}


def test_a_run_that_fails_midway_changes_no_output(here, monkeypatch):
    import mapper.pipeline

    before = _first_run(here)
    write("r.csv", "place,date\nGoris,2020-11-09\n")

    def broken(*args, **kwargs):
        raise KeyboardInterrupt  # as if interrupted after the exports, before the map

    monkeypatch.setattr(mapper.pipeline, "write_map", broken)
    assert main(["run", "r.csv", "-o", "results"]) == 130
    assert {n: (here / "results" / n).read_bytes() for n in OUTPUTS} == before
    assert sorted(p.name for p in (here / "results").iterdir()) == sorted(
        [*OUTPUTS, ".mapper-run.lock"])


def test_a_second_run_into_its_own_folder_needs_no_force_but_others_are_guarded(here):
    _first_run(here)
    assert main(["run", "r.csv", "-o", "results"]) == 0  # the run's own folder
    write("mine/claims.csv", "precious")
    assert main(["run", "r.csv", "-o", "mine"]) == 2
    assert (here / "mine" / "claims.csv").read_text() == "precious"
    assert not (here / "mine" / "map.html").exists()
    write("home/out/Documents/taxes.csv", "precious")
    assert main(["export", "r.csv", "-o", "home/out/Documents/taxes.csv"]) == 2
    assert (here / "home/out/Documents/taxes.csv").read_text() == "precious"


def test_stale_temporary_files_of_killed_runs_are_removed(here):
    _first_run(here)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    stale = [f".mapper-run.{dead}-0123abcd.tmp", f".claims.{dead}-0123abcd.tmp.gpkg",
             f".claims.{dead}-0123abcd.tmp.gpkg-wal"]
    (here / "results" / stale[0]).mkdir()
    write(f"results/{stale[0]}/claims.csv", "half")
    for name in stale[1:]:
        write(f"results/{name}", "half")
    write(f"results/.sheet.{dead}-0123abcd.tmp.csv", "not ours")
    assert main(["run", "r.csv", "-o", "results"]) == 0
    left = {p.name for p in (here / "results").iterdir()}
    assert not left & set(stale) and f".sheet.{dead}-0123abcd.tmp.csv" in left


def test_a_second_concurrent_run_is_refused(here, capsys):
    import fcntl

    _first_run(here)
    with open(here / "results" / ".mapper-run.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        assert main(["run", "r.csv", "-o", "results"]) == 2
    assert "another mapper run is writing" in capsys.readouterr().err


def test_sigterm_ends_a_run_like_sigint_and_leaves_nothing_behind(here):
    before = _first_run(here)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # Records on a standard input that stays open: the run is surely still reading at SIGTERM.
    proc = subprocess.Popen([sys.executable, "-m", "mapper", "run", "r.csv", "-", "-o", "results"],
                            stdin=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    proc.stdin.write(b"place,date\nGoris,2020-11-09\n")
    proc.stdin.flush()
    time.sleep(5)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert b"interrupted" in err and b"Traceback" not in err
    assert {n: (here / "results" / n).read_bytes() for n in OUTPUTS} == before
    assert {p.name for p in (here / "results").iterdir()} == {*OUTPUTS, ".mapper-run.lock"}


def test_csv_cells_that_spreadsheets_would_run_are_defused(here):
    write("r.csv", "place,date,notes,claimant\n"
                   '=HYPERLINK("http://x"),2020-11-08,"\t=1+1",@SUM(A1)\n'
                   "Shusha,2020-11-08,-2+3,+Someone\n")
    assert main(["run", "r.csv", "-o", "out"]) == 0
    text = (here / "out" / "claims.csv").read_text(encoding="utf-8")
    assert text.startswith("\ufeff")  # Excel reads Armenian and Cyrillic as UTF-8
    cells = [c for row in csv.reader(io.StringIO(text[1:])) for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")]
    assert "'=HYPERLINK(\"http://x\")" in cells and "'-2+3" in cells and "'@SUM(A1)" in cells
    unresolved = (here / "out" / "unresolved.csv").read_text(encoding="utf-8")
    cells = [c for row in csv.reader(io.StringIO(unresolved[1:])) for c in row]
    assert "'=HYPERLINK(\"http://x\")" in cells
    assert not [c for c in cells if c[:1] in ("=", "+", "@")]
    props = [f["properties"] for f in features(here / "out" / "claims.geojson")]
    assert {p["place_text"] for p in props} == {'=HYPERLINK("http://x")', "Shusha"}
    # mapper reads its own CSV back as it was
    assert main(["export", "out/claims.csv", "-o", "back.geojson"]) == 0
    back = {f["properties"]["place_text"] for f in features(here / "back.geojson")}
    assert back == {'=HYPERLINK("http://x")', "Shusha"}


@pytest.mark.parametrize("command", ["run", "map", "export"])
def test_reports_without_a_date_get_the_note_extract_prints(here, capsys, command):
    write("r.txt", "Troops shelled Goris on Monday, the outlet said.\n")
    args = {"run": ["run", "r.txt", "-o", "out"], "map": ["map", "r.txt", "-o", "out/m.html"],
            "export": ["export", "r.txt", "-o", "out/c.geojson"]}[command]
    (here / "out").mkdir()
    assert main(args) == 0
    assert "mapper: note: r.txt: no publication date" in capsys.readouterr().err


def test_one_report_is_not_reports(here, capsys):
    write("r.txt", "---\npublished: 2020-11-09\n---\nTroops shelled Goris on Monday.\n")
    # (every claim kept: a one-line report's claim at a town lies near the confidence threshold)
    assert main(["run", "r.txt", "-o", "out", "--min-confidence", "0"]) == 0
    err = capsys.readouterr().err
    assert "1 report read, 1 claim, " in err
    assert main(["extract", "r.txt", "-o", "out/c.csv", "--min-confidence", "0"]) == 0
    assert "wrote 1 claim from 1 report to" in capsys.readouterr().err


def _read_only(monkeypatch, folder: Path) -> None:
    """Refuse files made in ``folder`` as a read-only file system would (root writes any
    folder chmod'ed read-only)."""
    import tempfile

    import pyogrio.errors

    from mapper import export

    def refuse(*args, **kwargs):
        raise OSError(30, "Read-only file system")

    real_mkstemp, real_open, real_gpkg = tempfile.mkstemp, os.open, export.write_gpkg
    monkeypatch.setattr(tempfile, "mkstemp", lambda *a, dir=None, **k: refuse() if Path(
        dir or ".").resolve() == folder.resolve() else real_mkstemp(*a, dir=dir, **k))
    monkeypatch.setattr(os, "open", lambda p, *a, **k: refuse() if Path(
        p).parent.resolve() == folder.resolve() else real_open(p, *a, **k))

    def gpkg(path, *args, **kwargs):
        if Path(path).parent.resolve() == folder.resolve():
            raise pyogrio.errors.DataSourceError(
                f"sqlite3_open({path}) failed: unable to open database file")
        return real_gpkg(path, *args, **kwargs)

    monkeypatch.setattr(export, "write_gpkg", gpkg)


@pytest.mark.parametrize("output", ["m.html", "c.gpkg", "c.geojson", "c.csv"])
def test_a_read_only_output_folder_is_one_line_and_exit_2(here, capsys, monkeypatch, output):
    write("r.csv", HEADER + "r1,2020-11-08,Shusha,,,,,,\n")
    (here / "ro").mkdir()
    _read_only(monkeypatch, here / "ro")
    command = "map" if output.endswith(".html") else "export"
    assert main([command, "r.csv", "-o", f"ro/{output}"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"mapper: error: ro/{output}: cannot write") and "\n" not in err
    assert ".tmp" not in err  # the temporary file is no name the user knows
    assert list((here / "ro").iterdir()) == []


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_windows_and_old_mac_line_ends_read_as_a_plain_line_end(here, capsys, line_end):
    # "\r\n" had been kept in the text: offsets, paragraphs and lines read otherwise, and the
    # dev reports saved so lost 0.03 of their tuple F1
    text = ("---\npublished: 2023-09-01\noutlet: Test Wire\n---\nShelling near Sotk\n"
            "Armenia's Defence Ministry said:\n\"Troops shelled Sotk on Friday.\n"
            "They also fired at Kut.\"\nBaku denied it.\n")
    write("lf.md", text)
    write("crlf.md", text.replace("\n", line_end))
    assert main(["extract", "lf.md", "crlf.md"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]

    def fields(r):
        return r["place_id"], r["claimant"], r["date_start"], r["span_start"], r["quote"]
    lf = [fields(r) for r in rows if r["report"] == "lf.md"]
    assert lf and lf == [fields(r) for r in rows if r["report"] == "crlf.md"]


def test_hard_wrapped_lines_of_a_paragraph_read_as_one_line(here, capsys):
    # a text wrapped at 40 characters (e-mail, a PDF's text) had each line read as a paragraph
    # of its own: the ministry's denial lost its speaker (the dev reports so wrapped at 72
    # fell from 0.756 to 0.707 tuple F1)
    para = ("Residents of Kut told reporters that shells landed near their houses on Tuesday "
            "evening. The Azerbaijani Defence Ministry denied the reports and said Armenian "
            "units had fired first at positions in the Kalbajar district.")
    head = "---\npublished: 2021-05-20\noutlet: Test Wire\n---\nShelling near Kut\n\n"
    write("one.md", head + para + "\n")
    write("wrapped.md", head + "\n".join(textwrap.wrap(para, 40)) + "\n")
    assert main(["extract", "one.md", "wrapped.md", "--min-confidence", "0"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]

    def fields(r):
        return r["place_id"], r["claimant"], r["date_start"], r["span_start"]
    one = [fields(r) for r in rows if r["report"] == "one.md"]
    assert ("kalbajar-district", "az-mod") in {f[:2] for f in one}
    assert one == [fields(r) for r in rows if r["report"] == "wrapped.md"]


@pytest.mark.parametrize("text", [
    # short lines that are not a wrapped paragraph: headlines, a list of villages
    "Shelling near Sotk\nTwo wounded in Kut\nTalks in Moscow end\nBorder calm in Tavush\n"
    "Drone downed over Tegh\n",
    # a page's text: a paragraph a line, most of them long
    "Shelling near Sotk\n" + "Troops fired at the village for hours on Tuesday, officials "
    "said, and two soldiers were wounded in the attack near the border. " * 3 + "\n" * 2,
])
def test_lines_that_are_no_hard_wrap_are_kept(text):
    from mapper.reports import unwrap
    assert unwrap(text) == text


@pytest.mark.parametrize("name, code", [("English", "en"), ("français", "fr"),
                                        ("Русский", "ru"), ("en", "en"), ("Armenian", "Armenian")])
def test_a_language_named_in_front_matter_reads_as_its_code(here, name, code):
    # "lang: English" had been told that "extraction reads English, French and Russian only"
    write("r.md", f"---\nlang: {name}\n---\nTroops shelled Kut.\n")
    report = read_report("r.md")
    assert report.lang == code
    assert any("reads English, French and Russian only" in n
               for n in report.notices) == (code == "Armenian")
