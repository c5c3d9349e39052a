"""`mapper run` end to end: examples and seeds -> map and exports, checked in Chromium and GDAL."""

import subprocess
import sys
from pathlib import Path

import pyogrio
import pytest

from mapper.cli import build_parser, main
from mapper.errors import OutputRefused

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
OUTPUTS = ("map.html", "claims.geojson", "claims.gpkg", "claims.csv", "unresolved.csv")


@pytest.fixture(scope="module")
def example_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("run") / "out"
    result = subprocess.run(
        [sys.executable, "-m", "mapper", "run", "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    return out, result.stderr


def test_run_on_the_bundled_examples_writes_everything(example_run):
    out, stderr = example_run
    for name in OUTPUTS:
        assert (out / name).stat().st_size > 0, name
    assert "reports read" in stderr and "contested incidents" in stderr


def test_exports_open_in_gdal_with_dates_as_dates(example_run):
    out, _ = example_run
    info = pyogrio.read_info(out / "claims.gpkg", layer="claims")
    fields = list(info["fields"])
    types = dict(zip(fields, info["dtypes"], strict=True))
    assert str(types["date_start"]).startswith("datetime64") or types["date_start"] == "object"
    assert fields.index("date_start") < fields.index("report_date")
    assert pyogrio.list_layers(out / "claims.gpkg").tolist()[0][0] in ("claims", "incidents")
    gdf = pyogrio.read_dataframe(out / "claims.geojson")
    located = gdf[~gdf.geometry.isna()]
    assert len(located) > 50
    assert located.geometry.x.between(-180, 180).all() and located.geometry.y.between(-90, 90).all()
    csv = pyogrio.read_dataframe(out / "claims.csv")
    assert "WKT" in csv.columns and "lat" in csv.columns


def test_unresolved_lists_what_needs_attention(example_run):
    out, _ = example_run
    text = (out / "unresolved.csv").read_text(encoding="utf-8")
    assert "Lusakhach" in text  # the invented village of the examples
    assert "İstisu" in text  # the Kalbajar village or Jermuk
    # "Local resident" is an eyewitness: known as such, its side not guessed, nothing to review
    assert "Local resident" not in text
    claims = (out / "claims.csv").read_text(encoding="utf-8")
    (a24,) = [line for line in claims.splitlines() if line.startswith("A24,")]
    assert ",witnesses,Eyewitnesses and local residents,unknown," in a24


def test_two_runs_give_byte_identical_exports(example_run, tmp_path):
    out, _ = example_run
    again = tmp_path / "out"
    assert main(["run", "-o", str(again)]) == 0
    for name in OUTPUTS:
        assert (again / name).read_bytes() == (out / name).read_bytes(), name


def test_outputs_name_reports_relative_to_the_input_folder(example_run, tmp_path):
    out, _ = example_run  # the bundled examples are found by an absolute path
    for name in OUTPUTS:
        data = (out / name).read_bytes()
        assert str(ROOT).encode() not in data and str(Path.home()).encode() + b"/" not in data
    csv = (out / "claims.csv").read_text(encoding="utf-8")
    assert ",records/analyst_sheet.csv," in csv and ",reports/02_yerevan-khin-takher.md," in csv
    assert "records/analyst_sheet.csv:" in (out / "unresolved.csv").read_text(encoding="utf-8")
    # A file named on the command line by an absolute path: its name.
    target = tmp_path / "one.geojson"
    report = ROOT / "examples" / "reports" / "02_yerevan-khin-takher.md"
    assert main(["extract", str(report), "-o", str(target)]) == 0
    text = target.read_text(encoding="utf-8")
    assert '"02_yerevan-khin-takher.md"' in text and str(ROOT) not in text


def test_a_map_of_coordinate_rows_imports_neither_pandas_nor_scipy_nor_requests(tmp_path):
    """Their imports took a sixth of the time of a map of 100,000 rows (folium is imported
    without its optional pandas, and requests only as a module that loads when used:
    cli._import_folium)."""
    rows = tmp_path / "rows.csv"
    rows.write_text("id,date,lat,lon\nr1,2020-10-01,39.8,46.7\nr2,2020-10-02,39.8,46.7\n")
    code = ("import sys; from mapper.cli import main; done = main(sys.argv[1:]); "
            "sys.exit(done or sorted({'pandas', 'scipy', 'urllib3'} & set(sys.modules)) or None)")
    result = subprocess.run([sys.executable, "-c", code, "map", str(rows), "-o",
                             str(tmp_path / "map.html")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "a map of 2 claims" in result.stderr


def test_only_the_process_command_line_leaves_its_objects_uncollected(capsys):
    import gc

    assert main(["gazetteer", "check"]) == 0
    assert gc.get_freeze_count() == 0  # called with arguments, as here: nothing frozen
    code = ("import gc, sys; from mapper.cli import main; sys.argv = ['mapper', 'gazetteer', "
            "'check']; assert main() == 0; print(gc.get_freeze_count() > 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split() == ["True"], result.stderr


def test_requests_loads_when_something_uses_it():
    code = ("import sys; from mapper.cli import _import_folium; _import_folium(); "
            "import folium.features, requests; assert 'urllib3' not in sys.modules; "
            "print(folium.features.requests.codes.ok, requests.Session.__name__)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["200", "Session"]


def test_map_of_the_examples_works_offline(example_run, offline_page, tmp_path):
    out, _ = example_run
    offline_page.open(out / "map.html")
    assert offline_page.errors == [] and offline_page.blocked == []  # no request at all
    stats = offline_page.stats()
    assert stats["claims"] > 50
    legend = offline_page.page.locator(".mapper-panel").inner_text()
    assert (
        "Ministry of Defence of Azerbaijan" in legend and "Ministry of Defence of Armenia" in legend
    )
    offline_page.page.screenshot(path=str(tmp_path / "examples-map.png"))


def test_run_on_the_seed_reports(tmp_path, offline_page):
    out = tmp_path / "seeds"
    code = main(
        [
            "run",
            "--published",
            "2020-12-14",
            "-o",
            str(out),
            str(SEEDS / "000_6fcbae29686dff5e.txt"),
            str(SEEDS / "001_4d834f809b8a8ccd.txt"),
        ]
    )
    assert code == 0
    gdf = pyogrio.read_dataframe(out / "claims.gpkg", layer="claims")
    assert {"hadrut", "khtsaberd", "hin-tagher", "hin-shen", "mets-shen-lachin"} <= set(
        gdf.place_id
    )
    assert bool(gdf.contested.any())  # the two sides' accounts of Hadrut form contested incidents
    offline_page.open(out / "map.html")
    assert offline_page.errors == [] and offline_page.stats()["claims"] == len(gdf)


def test_bad_inputs_give_one_line_errors_and_the_rest_is_kept(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("Troops shelled Goris on Monday, the outlet said.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "cyrillic.txt").write_bytes("Обстрел Шуши вчера.".encode("cp1251"))
    out = tmp_path / "out"
    code = main(["run", "--published", "2021-05-20", "-o", str(out), str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 1
    assert "empty.txt: empty report" in err
    assert "binary.txt: binary file" in err
    assert "cyrillic.txt: not valid UTF-8" in err and "--encoding" in err
    assert "Goris" in (out / "claims.csv").read_text(encoding="utf-8")


def test_existing_file_outside_out_is_not_overwritten(tmp_path, capsys):
    target = tmp_path / "mine.geojson"
    target.write_text("precious", encoding="utf-8")
    records = ROOT / "examples" / "records" / "analyst_sheet.csv"
    assert main(["export", str(records), "-o", str(target)]) == 2  # a usage error
    assert target.read_text(encoding="utf-8") == "precious"
    # said before any input is read: no row's note or error comes first
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("mapper: error:") and "exists; pass --force" in line
    # nor does checking first make the folder of an output that nothing is written to
    assert main(["export", str(tmp_path / "none.csv"), "-o", str(tmp_path / "new" / "x.csv")]) == 1
    assert not (tmp_path / "new").exists()
    assert main(["export", str(records), "-o", str(target), "--force"]) == 0
    assert main(["export", str(records), "-o", str(tmp_path / "mine.shp")]) == 2


def test_export_creates_its_output_folder_like_run(tmp_path):
    records = ROOT / "examples" / "records" / "analyst_sheet.csv"
    target = tmp_path / "new" / "folder" / "sheet.gpkg"
    unresolved = tmp_path / "other" / "attention.csv"
    code = main(["export", str(records), "-o", str(target), "--unresolved", str(unresolved)])
    assert code == 0
    assert target.is_file() and unresolved.is_file()


def _commands(parser, prefix=()):
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                subs = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
                if subs:
                    yield from _commands(sub, (*prefix, name))
                else:
                    yield (*prefix, name), sub


def test_every_command_has_an_example_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = list(_commands(build_parser()))
    assert len(commands) >= 9
    for words, sub in commands:
        assert "example:\n  mapper " in sub.format_help(), words
        assert f"mapper {' '.join(words)}" in readme, words


def test_the_readmes_examples_read_files_a_fresh_clone_has():
    # an example once read ../shared/seeds/..., a file of the project's own machine only
    import re
    import shlex

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("Examples:\n\n```sh\n", 1)[1].split("```", 1)[0]
    inputs = [word for word in shlex.split(block.replace("\\\n", " "))
              if re.search(r"/.+\.(txt|md|csv|jsonl|geojson)$", word)
              and not word.startswith("out/")]
    assert inputs
    for word in inputs:
        path = (ROOT / word).resolve()
        assert path.is_relative_to(ROOT.resolve()) and path.is_file(), word


def test_the_readme_shows_the_summary_the_examples_give(example_run):
    import re

    _, stderr = example_run
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = re.search(r"^(\d+ reports read, .*), [\d.]+ s$", readme, re.M)
    printed = re.search(r"^(\d+ reports read, .*), [\d.]+ s$", stderr, re.M)
    assert shown and printed
    assert shown.group(1) == printed.group(1), "update the figures in README.md"


def test_a_note_many_rows_share_is_told_once(tmp_path, capsys):
    # a 50,000-row sheet naming one village the gazetteer lacks in 5,000 rows had printed
    # 5,000 notes alike, burying every other line of the run
    rows = "".join(f"R{i},2020-12-12,Lusakhach\n" for i in range(6))
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("id,date,place\nS0,2020-12-12,Hadrut\n" + rows, encoding="utf-8")
    assert main(["export", str(sheet), "-o", str(tmp_path / "out" / "s.geojson")]) == 0
    notes = [line for line in capsys.readouterr().err.splitlines() if "Lusakhach" in line]
    assert len(notes) == 1
    assert notes[0].startswith("mapper: note: sheet.csv:3: place 'Lusakhach' is not in the ")
    assert notes[0].endswith(" (also sheet.csv:4, sheet.csv:5, sheet.csv:6 and 2 more)")


def test_export_tells_an_unreadable_report_once(tmp_path, capsys):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "sheet.csv").write_text("date,place\n2020-12-12,Hadrut\n", encoding="utf-8")
    target = tmp_path / "x.geojson"
    assert main(["export", str(tmp_path / "empty.txt"), str(tmp_path / "sheet.csv"),
                 "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.count("empty report") == 1, err
    (line,) = [line for line in err.splitlines() if "empty report" in line]
    assert line.startswith("mapper: error: ")  # an error, not told again as a note


def test_run_says_what_its_unresolved_csv_holds(tmp_path, capsys):
    # an ambiguous day/month and an unknown village are in unresolved.csv: the user is told
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("date,place\n03/04/2022,Hadrut\n2022-09-13,Nowherevillezzz\n",
                     encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(sheet), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"mapper: note: 2 rows to review in {out / 'unresolved.csv'} " in err
    assert "1 ambiguous_date" in err and "1 unresolved" in err


@pytest.mark.parametrize(("name", "advice"), [
    ("sheet.xlsx", "a spreadsheet: save it as CSV"),
    ("sheet.ods", "a spreadsheet: save it as CSV"),
    ("claims.gpkg", "a GeoPackage: export its layer as GeoJSON or CSV"),
    ("report.pdf", "a PDF: save its text"),
    ("page.mhtml", "a page saved as one file"),  # had been read as text: MIME, tags and all
])
def test_a_file_of_another_format_is_told_what_to_save_it_as(tmp_path, capsys, name, advice):
    # an analyst's own spreadsheet is not "a binary file, not a report"
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04\x00\x00binary")
    assert main(["export", str(path), "-o", str(tmp_path / "x.csv")]) == 1
    err = capsys.readouterr().err
    assert f"mapper: error: {path}: {advice}" in err and "not a report" not in err


def test_export_refuses_an_existing_unresolved_file_before_writing_anything(tmp_path, capsys):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("date,place\n2020-12-12,Hadrut\n", encoding="utf-8")
    (tmp_path / "review.csv").write_text("mine", encoding="utf-8")
    target = tmp_path / "claims.geojson"
    code = main(["export", str(sheet), "-o", str(target), "--unresolved",
                 str(tmp_path / "review.csv")])
    assert code == 2 and "review.csv: exists" in capsys.readouterr().err
    assert not target.exists(), "a usage error writes nothing"
    assert (tmp_path / "review.csv").read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("clash", ["file", "own claims.csv"])
def test_run_refuses_its_output_before_reading_anything(tmp_path, capsys, clash):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("date,place\n2020-13-12,Hadrut\n", encoding="utf-8")  # a bad row
    target = tmp_path / "results"
    if clash == "file":
        target.write_text("mine", encoding="utf-8")
    else:  # a folder of the analyst's, not a run's: its claims.csv is theirs
        target.mkdir()
        (target / "claims.csv").write_text("mine", encoding="utf-8")
    assert main(["run", str(sheet), "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert "is not a date" not in err, "the rows were read before the refusal"
    assert ("not a folder" if clash == "file" else "claims.csv: exists") in err


def test_a_run_that_reads_nothing_says_it_wrote_nothing(tmp_path, capsys):
    out = tmp_path / "results"
    assert main(["run", str(tmp_path / "typo.csv"), "-o", str(out)]) == 1
    assert f"nothing was read; {out} not written" in capsys.readouterr().err
    assert not out.exists()


def test_export_refuses_one_file_for_both_outputs(tmp_path, capsys):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("date,place\n2020-12-12,Hadrut\n", encoding="utf-8")
    same = str(tmp_path / "out" / "claims.csv")
    assert main(["export", str(sheet), "-o", same, "--unresolved", same]) == 2
    assert "the same file" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["extract", "export", "map", "run"])
def test_a_folder_with_nothing_to_read_is_told(tmp_path, capsys, command):
    folder = tmp_path / "reprots"
    folder.mkdir()
    (folder / "notes.docx.tmp").write_text("x", encoding="utf-8")
    out = {"extract": [], "export": ["-o", str(tmp_path / "c.csv")],
           "map": ["-o", str(tmp_path / "m.html")], "run": ["-o", str(tmp_path / "out")]}
    main([command, str(folder), *out[command]])
    err = capsys.readouterr().err
    assert f"mapper: note: {folder}: no report or records file in this folder" in err


def test_map_names_the_rows_a_person_should_look_at_as_export_does(tmp_path, capsys):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("date,place,claimant\n2020-12-12,Lusakhach,Armenian MoD\n"
                     "2020-12-13,Shushi,Some Telegram Channel\n", encoding="utf-8")
    assert main(["map", str(sheet), "-o", str(tmp_path / "m.html")]) == 0
    err = capsys.readouterr().err
    assert "sheet.csv:2: place 'Lusakhach' is not in the gazetteer" in err
    assert "sheet.csv:3: claimant 'Some Telegram Channel' is not in the claimant table" in err


def test_map_writes_html_only_and_dash_is_standard_output(tmp_path, capsys):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("date,place\n2020-12-12,Shushi\n", encoding="utf-8")
    for name in ("claims.geojson", "mapfile"):  # had written the HTML page under that name
        assert main(["map", str(sheet), "-o", str(tmp_path / name)]) == 2
        assert "a map is an HTML page: give a .html name" in capsys.readouterr().err
        assert not (tmp_path / name).exists()
    assert main(["map", str(sheet), "-o", "-"]) == 0  # had written a file named '-'
    assert capsys.readouterr().out.startswith("<!DOCTYPE html>")
    assert main(["map", str(sheet), "-o", str(tmp_path / "m.html")]) == 0
    assert (tmp_path / "m.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_run_to_dash_is_bad_usage_not_a_folder_named_dash(here, capsys):
    (here / "r.txt").write_text("Troops shelled Shushi on 12 December 2020.\n", encoding="utf-8")
    assert main(["run", "r.txt", "-o", "-"]) == 2
    assert "mapper run writes five files; give a folder" in capsys.readouterr().err
    assert not (here / "-").exists()


def test_a_run_that_reads_nothing_leaves_the_previous_set(tmp_path, capsys):
    # a mistyped folder (mapper run ../reprots -o out/) replaced the last map with an empty one
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("id,date,place\nm1,2022-09-13,Goris\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(sheet), "-o", str(out)]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    capsys.readouterr()
    assert main(["run", str(tmp_path / "reprots"), str(tmp_path / "my-sheet.csv"),
                 "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "no such file" in err and "nothing was read" in err
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


@pytest.mark.parametrize("command", ["map", "export", "extract"])
def test_a_map_or_export_that_reads_nothing_leaves_the_previous_file(tmp_path, capsys, command):
    sheet = tmp_path / ("report.txt" if command == "extract" else "sheet.csv")
    sheet.write_text("id,date,place\nm1,2022-09-13,Goris\n" if command != "extract" else
                     "Troops shelled Sotk on Monday, the Armenian MoD said.", encoding="utf-8")
    target = tmp_path / "out" / ("map.html" if command == "map" else "claims.geojson")
    jobs = ["--jobs", "1"] if command == "extract" else []
    assert main([command, str(sheet), "-o", str(target), *jobs]) == 0
    before = target.read_bytes()
    capsys.readouterr()
    assert main([command, str(tmp_path / ("typo" + sheet.suffix)), "-o", str(target)]) == 1
    assert "nothing was read" in capsys.readouterr().err
    assert target.read_bytes() == before
    if command == "export":  # standard output still gets an empty collection, for a pipe
        assert main([command, str(tmp_path / "typo.csv"), "-o", "-"]) == 1
        assert '"features": [' in capsys.readouterr().out


def test_global_options_work_after_the_command_too(tmp_path, capsys):
    # `mapper gazetteer lookup --gazetteer DIR NAME` and `mapper run -v ...` were refused
    # ("unrecognized arguments"): the README lists --gazetteer among every command's options
    fixture = str(ROOT / "tests" / "fixtures" / "gazetteer")
    assert main(["gazetteer", "lookup", "--gazetteer", fixture, "Testavan"]) == 0
    assert "testavan" in capsys.readouterr().out
    assert main(["--gazetteer", fixture, "gazetteer", "lookup", "Testavan"]) == 0  # as before
    assert "testavan" in capsys.readouterr().out
    with pytest.raises(OutputRefused):  # -v after the command: the traceback, as before it
        main(["map", "-v", str(tmp_path / "sheet.csv"), "-o", str(tmp_path / "map.txt")])
    assert main(["map", str(tmp_path / "sheet.csv"), "-o", str(tmp_path / "map.txt")]) == 2


def test_the_summary_counts_records_files_and_rows_and_every_unreadable_file(tmp_path, capsys):
    # it counted reports alone: a folder mixing reports and sheets gave no count to check rows
    # in against claims out, and a missing sheet beside a missing folder was '1 unreadable'
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("date,place\n2022-09-13,Jermuk\n2022-09-14,Goris\n", encoding="utf-8")
    report = tmp_path / "r.txt"
    report.write_text("Shelling hit Jermuk on 13 September 2022.", encoding="utf-8")
    args = [str(report), str(sheet), str(tmp_path / "missing.csv"), str(tmp_path / "gone")]
    assert main(["run", *args, "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "1 report read, 1 records file read (2 rows), 2 unreadable, " in err


def test_extract_of_a_folder_says_which_records_files_it_leaves_to_other_commands(tmp_path,
                                                                                   capsys):
    # a folder mixing reports and sheets: extract read the reports and passed over the sheets
    # without a word, their rows in none of its claims
    (tmp_path / "r.txt").write_text("Shelling hit Jermuk on 13 September 2022.",
                                    encoding="utf-8")
    (tmp_path / "acled.csv").write_text("date,place\n2022-09-13,Goris\n", encoding="utf-8")
    assert main(["extract", str(tmp_path), "-o", str(tmp_path / "out" / "c.jsonl")]) == 0
    err = capsys.readouterr().err
    assert (f"mapper: note: {tmp_path}: 1 records file not read (acled.csv): mapper export, "
            "map and run read records") in err


def test_a_second_run_does_not_read_the_first_runs_output_inside_its_input_folder(tmp_path,
                                                                                  capsys):
    # `mapper run DIR -o DIR/out` twice: the second read out/map.html as a report and the
    # exports as records (every claim twice, 'duplicate id' errors, exit 1)
    (tmp_path / "r.txt").write_text("Shelling hit Jermuk on 13 September 2022.",
                                    encoding="utf-8")
    (tmp_path / "sheet.csv").write_text("id,date,place\nS1,2022-09-13,Goris\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path), "-o", str(out)]) == 0
    first = (out / "claims.geojson").read_bytes()
    capsys.readouterr()
    assert main(["run", str(tmp_path), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "1 report read, 1 records file read (1 row)" in err and "duplicate" not in err
    assert (out / "claims.geojson").read_bytes() == first



def test_a_copied_run_folder_without_its_lock_file_is_still_not_read(tmp_path, capsys):
    # the folder copied by a tool that leaves hidden files out, or its ".lock" deleted as a
    # stale lock: the second run read its map as a report and its exports as records again
    (tmp_path / "r.txt").write_text("Shelling hit Jermuk on 13 September 2022.",
                                    encoding="utf-8")
    out = tmp_path / "results"
    assert main(["run", str(tmp_path), "-o", str(out)]) == 0
    (out / ".mapper-run.lock").unlink()
    capsys.readouterr()
    assert main(["run", str(tmp_path), "-o", str(tmp_path / "again")]) == 0
    err = capsys.readouterr().err
    assert "1 report read," in err and "records file" not in err and "duplicate" not in err

def test_a_run_folder_given_as_the_input_is_read_as_its_claims_once(tmp_path, capsys):
    # `mapper map out -o again.html`, last week's run folder given whole: its map was read as
    # a report, claims.csv and claims.geojson both (every claim twice, 'duplicate id' errors,
    # exit 1) and unresolved.csv's review rows as claims without a place
    (tmp_path / "r.txt").write_text("Shelling hit Jermuk on 13 September 2022.",
                                    encoding="utf-8")
    (tmp_path / "sheet.csv").write_text("id,date,place\nS1,2022-09-13,Lusakhach\n",
                                        encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path), "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["map", str(out), "-o", str(tmp_path / "again.html")]) == 0
    err = capsys.readouterr().err
    assert "duplicate" not in err and "no place" not in err and "publication" not in err
    assert "wrote a map of 2 claims (1 located)" in err


def test_a_folders_rich_text_mail_and_files_without_a_suffix_are_named(tmp_path, capsys):
    # TextEdit's default .rtf, a saved e-mail, a page saved by curl without a suffix: inside a
    # folder each was skipped without a word, its incident in no output
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "call.rtf").write_text("{\\rtf1\\ansi Shelling hit Hadrut.}", encoding="utf-8")
    (notes / "tip.eml").write_text("Subject: Hadrut\n\nShelling hit Hadrut.", encoding="utf-8")
    (notes / "page").write_text("Shelling hit Hadrut on 12 December 2020.", encoding="utf-8")
    (notes / "en.md").write_text("---\npublished: 2020-12-14\n---\nThe Armenian Defence "
                                 "Ministry said Azerbaijani forces shelled Hadrut on December "
                                 "12.\n", encoding="utf-8")
    assert main(["run", str(notes), "-o", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert f"{notes / 'call.rtf'}: not read: rich text" in err
    assert f"{notes / 'tip.eml'}: not read: a saved e-mail" in err
    assert f"{notes / 'page'}: not read: no suffix" in err
    assert "3 not_read" in err
    assert main(["extract", str(notes), "-o", str(tmp_path / "claims.csv")]) == 0
    assert f"{notes / 'call.rtf'}: not read: rich text" in capsys.readouterr().err
    # named on the command line, a file without a suffix is read as a report, as before
    assert main(["extract", str(notes / "page"), "-o", str(tmp_path / "page.csv")]) == 0


def test_a_sheet_excel_saved_as_text_is_read_as_records(tmp_path, capsys):
    # Excel's "Unicode Text" (UTF-16, tabs) and "Text (Tab delimited)" save a sheet as .txt:
    # each was read as a report that gave no claim, every row of it in no output
    rows = ("date\tplace\tclaimant\r\n12.12.2020\tHadrut\tArmenian MoD\r\n"
            "13.12.2020\tShusha\tAzerbaijani MoD\r\n")
    folder = tmp_path / "sheets"
    folder.mkdir()
    (folder / "unicode.txt").write_bytes(b"\xff\xfe" + rows.encode("utf-16-le"))
    (folder / "tabs.txt").write_text(rows, encoding="utf-8")
    (folder / "report.txt").write_text("date\tplace: Shelling hit Hadrut on 12 December 2020.",
                                       encoding="utf-8")
    assert main(["run", str(folder), "-o", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert "1 report read, 2 records files read (4 rows), 5 claims" in err


def test_one_report_saved_in_two_folders_is_read_once(tmp_path, capsys):
    # the same statement saved as a/x.md and b/x.md (same name, same text): each of its claims
    # came twice with one id, the GeoJSON's feature ids not unique and the export read back
    # 'duplicate id' errors, exit 1
    text = ("---\npublished: 2020-12-14\n---\nThe Armenian Defence Ministry said Azerbaijani "
            "forces shelled Hadrut on December 12.\n")
    for folder in ("a", "b"):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "x.md").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "in"), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "2 reports read (1 with no claim), 1 claim," in err
    assert (f"{tmp_path / 'in' / 'b' / 'x.md'}: the same report as "
            f"{tmp_path / 'in' / 'a' / 'x.md'} (the same file name and text): read once") in err
    assert main(["export", str(out / "claims.geojson"), "-o", str(tmp_path / "again.csv")]) == 0
    assert main(["extract", str(tmp_path / "in"), "-o", str(tmp_path / "c.jsonl")]) == 0
    assert len((tmp_path / "c.jsonl").read_text(encoding="utf-8").splitlines()) == 1


def test_a_linked_folder_of_reports_is_read_once_and_a_loop_ends(tmp_path, capsys):
    # a folder linking the team's shared reports (ln -s ../shared): passed over without a
    # word, its reports in no output; a link back up must not loop
    shared, mine = tmp_path / "shared", tmp_path / "mine"
    shared.mkdir()
    mine.mkdir()
    front = "---\npublished: 2020-12-14\n---\nThe Armenian Defence Ministry said Azerbaijani "
    (shared / "s.md").write_text(front + "forces shelled Hadrut on December 12.\n",
                                 encoding="utf-8")
    (mine / "m.md").write_text(front + "forces shelled Shusha on December 12.\n",
                               encoding="utf-8")
    (mine / "shared").symlink_to(shared, target_is_directory=True)
    (shared / "up").symlink_to(tmp_path, target_is_directory=True)  # a loop
    assert main(["run", str(mine), "-o", str(tmp_path / "out")]) == 0
    assert "2 reports read, 2 claims" in capsys.readouterr().err


def test_extract_leaves_a_sheet_saved_as_text_to_the_commands_that_read_it(tmp_path, capsys):
    # in a folder its note said the sheet was not read, and then it was, as a report of no
    # claim; named, it was a report of no claim, exit 0
    folder = tmp_path / "notes"
    folder.mkdir()
    sheet = folder / "tabs.txt"
    sheet.write_text("date\tplace\n12.12.2020\tHadrut\n", encoding="utf-8")
    (folder / "r.txt").write_text("Shelling hit Jermuk on 13 September 2022.", encoding="utf-8")
    assert main(["extract", str(folder), "-o", str(tmp_path / "c.jsonl")]) == 0
    err = capsys.readouterr().err
    assert "1 records file not read (tabs.txt)" in err and "no claim" not in err
    assert main(["extract", str(sheet), "-o", str(tmp_path / "d.jsonl")]) == 1
    assert (f"mapper: error: {sheet}: a sheet saved as text (tab-separated columns), not a "
            "report: mapper export, map and run read it") in capsys.readouterr().err


@pytest.mark.parametrize("url", ["ftp://tiles.example.org/{z}/{x}/{y}.png",
                                 "https://tiles.example.org/tile.png"])
def test_a_bad_tiles_url_says_what_it_lacks(tmp_path, capsys, url):
    # 'ftp://.../{z}/{x}/{y}.png' had been told it was no URL "with {z}", which it has
    sheet = tmp_path / "s.csv"
    sheet.write_text("date,place\n2020-12-12,Hadrut\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["map", str(sheet), "-o", str(tmp_path / "m.html"), "--tiles", url,
              "--attribution", "x"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert (f"--tiles: {url!r} is neither 'osm' nor an http(s) address with {{z}}, {{x}} and "
            "{y}") in err


def test_reports_that_give_no_claim_stay_listed(tmp_path, capsys):
    # a journalist's folder of notes in several languages: the ones mapper cannot read, or
    # finds no incident in, are counted in the summary and listed in unresolved.csv, each
    # with what its reading noted, rather than silently missing from every output
    notes = tmp_path / "notes"
    notes.mkdir()
    front = "---\npublished: 2020-12-14\n---\n"
    (notes / "en.md").write_text(front + "The Armenian Defence Ministry said Azerbaijani "
                                 "forces shelled Hadrut on December 12.\n", encoding="utf-8")
    (notes / "de.txt").write_text(front + "Das armenische Verteidigungsministerium erklärte, "
                                  "Truppen hätten am 12. Dezember Hadrut beschossen.\n",
                                  encoding="utf-8")
    (notes / "hy.txt").write_text(front + "Դեկտեմբերի 12-ին ադրբեջանական զորքերը հարձակվել են "
                                  "Հին Թաղեր գյուղի վրա։\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(notes), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "3 reports read (2 with no claim)" in err
    rows = (out / "unresolved.csv").read_text(encoding="utf-8-sig").splitlines()
    listed = {row.split(",")[0]: row for row in rows if ",no_claim," in row}
    assert set(listed) == {"notes/de.txt", "notes/hy.txt"}
    assert "Armenian script" in listed["notes/hy.txt"]
    assert "2 no_claim" in err


@pytest.mark.parametrize("name", ["empty.txt", "Report: Hadrut.txt"])
def test_an_unreadable_report_is_listed_by_its_label_not_its_path(tmp_path, capsys, name):
    # "no path of your machine leaves the tool": unresolved.csv names the empty report as
    # the claims name theirs (relative to the folder given), not by the absolute path; and
    # "Report: Hadrut.txt" (a name a Mac allows) is one file, not where "Report" and a message
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / name).write_text("", encoding="utf-8")
    (notes / "en.md").write_text("---\npublished: 2020-12-14\n---\nThe Armenian Defence "
                                 "Ministry said Azerbaijani forces shelled Hadrut on December "
                                 "12.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(notes), "-o", str(out)]) == 1
    text = (out / "unresolved.csv").read_text(encoding="utf-8-sig")
    assert f"notes/{name},problem,,,,empty report" in text
    assert str(tmp_path) not in text


def test_a_repeated_row_names_the_first_by_its_label_not_its_path(tmp_path):
    # the message of a repeat goes into the claim's notes: every output carries it
    sheets = tmp_path / "sheets"
    sheets.mkdir()
    row = "2022-09-13,Sotk,Armenia MoD\n"
    (sheets / "ids.csv").write_text("id,date,place,claimant\n" + f"h1,{row}" * 2,
                                    encoding="utf-8")
    (sheets / "rows.csv").write_text("date,place,claimant\n" + row * 2, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(sheets / "ids.csv"), str(sheets / "rows.csv"), "-o", str(out)]) == 1
    claims = (out / "claims.csv").read_text(encoding="utf-8-sig")
    assert "first at ids.csv:2" in claims and "row repeats rows.csv:2" in claims
    for name in ("claims.csv", "claims.geojson", "claims.gpkg", "map.html", "unresolved.csv"):
        assert str(tmp_path).encode() not in (out / name).read_bytes(), name


def test_a_sheet_named_alone_and_in_its_folder_is_read_once(tmp_path, capsys, monkeypatch):
    sheets = tmp_path / "sheets"
    sheets.mkdir()
    (sheets / "log.csv").write_text("id,date,place\nh1,2022-09-13,Sotk\n", encoding="utf-8")
    out = tmp_path / "out"
    monkeypatch.chdir(tmp_path)  # the file by its whole path, the folder by a relative one
    assert main(["run", str(sheets / "log.csv"), "sheets", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "1 records file read (1 row)" in err and "duplicate id" not in err
    assert "no report or records file in this folder" not in err  # it was read
    # a folder's README is passed over, but read when named, whichever comes first
    (sheets / "README.md").write_text("---\npublished: 2020-12-14\n---\nThe Armenian Defence "
                                      "Ministry said Azerbaijani forces shelled Hadrut on "
                                      "December 12.\n", encoding="utf-8")
    for order in ([sheets, sheets / "README.md"], [sheets / "README.md", sheets]):
        assert main(["run", *map(str, order), "-o", str(out)]) == 0
        assert "1 report read" in capsys.readouterr().err


@pytest.mark.parametrize(("name", "text", "where"), [
    ("x.geojson", '{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": '
                  'null, "properties": {"date": "2022-13-45", "place": "Sotk"}}]}',
     "x.geojson: feature 1"),
    ("x.json", '[{"date": "2022-13-45", "place": "Sotk"}]', "x.json: item 1"),
])
def test_a_bad_feature_or_item_is_listed_by_its_files_label(tmp_path, name, text, where):
    (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / name), "-o", str(out)]) == 1
    review = (out / "unresolved.csv").read_text(encoding="utf-8-sig")
    assert f"{where},error," in review and str(tmp_path) not in review


def test_extract_names_each_report_that_gives_no_claim(tmp_path, capsys):
    # claims on stdout say nothing of the report that gave none: a note names it
    report = tmp_path / "tr.txt"
    report.write_text("---\npublished: 2020-12-14\n---\nAzerbaycan Savunma Bakanlığı, 12 "
                      "Aralık'ta Hadrut bölgesinde saldırı düzenlendiğini açıkladı.\n",
                      encoding="utf-8")
    assert main(["extract", str(report), "-o", str(tmp_path / "claims.csv")]) == 0
    err = capsys.readouterr().err
    assert f"mapper: note: {report}: no claim found" in err
    assert "from 1 report (1 with no claim)" in err


def test_a_folders_pdf_and_word_document_are_named_not_passed_over(tmp_path, capsys):
    # named on the command line each is told what to save it as; inside a folder they had
    # been skipped without a word, the journalist's PDF of a statement silently in no output
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "statement.pdf").write_bytes(b"%PDF-1.4 binary")
    (notes / "interview.docx").write_bytes(b"PK\x03\x04binary")
    (notes / "en.md").write_text("---\npublished: 2020-12-14\n---\nThe Armenian Defence "
                                 "Ministry said Azerbaijani forces shelled Hadrut on December "
                                 "12.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(notes), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"mapper: note: {notes / 'statement.pdf'}: not read: a PDF: save its text" in err
    assert "2 not_read" in err
    text = (out / "unresolved.csv").read_text(encoding="utf-8-sig")
    assert "notes/statement.pdf,not_read," in text and "notes/interview.docx,not_read," in text
    assert main(["extract", str(notes), "-o", str(tmp_path / "claims.csv")]) == 0
    err = capsys.readouterr().err
    assert f"{notes / 'interview.docx'}: not read: a Word document" in err
