"""Hostile inputs and paths: no traceback, nothing lost, outputs that land as one set.

Each test reproduces one finding of issue 14 (inputs a user may meet: pasted web text, huge or
nested JSON, endless streams, read-only folders, interrupted runs, spreadsheet formulas).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mapper import gazetteer
from mapper.cli import main
from mapper.records import read_records

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
HEADER = "id,date,place,lat,lon,claimant,killed,wounded,notes\n"


@pytest.fixture(scope="module")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.load(FIXTURES / "gazetteer")


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


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
    assert main(["extract", "r.txt"]) == 0
    out, err = capsys.readouterr()
    assert "Goris" in out and "Traceback" not in err
    assert "r.txt: " in err and "publication date" in err


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
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)  # root reads any folder: refuse as chmod would
    assert main(["run", "in", "-o", "out"]) == 1
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
