"""Large exports: claims streamed to disk and back in export order give the same files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from mapper import export
from mapper.cli import main
from mapper.incidents import group, group_columns
from mapper.model import Claim, DateSpan
from mapper.records import RecordReader, read_records
from mapper.spill import Spill, pack, unpack

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_claim_comes_back_from_disk_with_every_field():
    claim = Claim(
        "c-1", "reports/a.md", DateSpan(date(2020, 10, 1), date(2020, 10, 3), "range", "early Oct"),
        place_text="Hadrut", place_id="hadrut", place_name="Hadrut", place_names="Hadrut / Հադրութ",
        lat=39.52, lon=47.03, precision="town", uncertainty_m=3000.0, method="exact", score=0.9,
        candidates=("a", "b"), claimant="am-mod", claimant_name="MoD", claimant_side="am",
        claim_chain=("Outlet", "MoD"), event_type="shelling", killed=2, wounded=None,
        quote="q", span=(3, 40), report_date=date(2020, 10, 4), source="s", url="u", notes="n",
        incident_id="i-1", contested=True, problems=["bad killed"],
    )
    assert unpack(pack(claim)) == claim
    undated = Claim("c-2", "r.csv", DateSpan.unknown("some day"))
    assert unpack(pack(undated)) == undated


def claims_in_disorder() -> list[Claim]:
    days = [date(2020, 10, 2), None, date(2020, 10, 1), date(2020, 10, 2), None, date(2020, 10, 1)]
    return [
        Claim(f"c-{k % 3}{k}" if k != 3 else "c-00", "r.csv",
              DateSpan(day, day, "day") if day else DateSpan.unknown(), lat=39.6, lon=46.8)
        for k, day in enumerate(days)
    ]


def test_claims_come_back_in_export_order_each_with_its_incident(monkeypatch):
    claims = claims_in_disorder()
    monkeypatch.setattr(export, "CHUNK_ROWS", 4)  # read back in several chunks
    with Spill() as spill:
        spill.add(claims[:4])
        spill.add(claims[4:])
        incidents, of_claim = group_columns(spill.columns)
        ordered = spill.ordered(incidents, of_claim)
        chunks = list(ordered.chunks())
    expected = group(claims)  # sets the claims' incident ids
    assert incidents == expected and ordered.count == len(claims)
    assert [c for chunk in chunks for c in chunk] == export.sort_claims(claims)
    assert [len(chunk) for chunk in chunks] == [4, 2]


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".csv", ".jsonl"])
def test_a_streamed_export_is_the_same_file_as_one_of_claims_held(gaz, tmp_path, monkeypatch,
                                                                   suffix):
    monkeypatch.chdir(FIXTURES)
    result = read_records(["records_small.csv"], gaz)
    held = export.write(result.claims, tmp_path / f"held{suffix}", gazetteer_version="g",
                        incidents=group(result.claims))
    monkeypatch.setattr(export, "CHUNK_ROWS", 3)  # 8 claims: chunks of 3, 3 and 2
    reader = RecordReader(gaz)
    with Spill() as spill:
        for claims in reader.stream(["records_small.csv"], [], size=3):
            spill.add(claims)
        incidents, of_claim = group_columns(spill.columns)
        streamed = export.write(spill.ordered(incidents, of_claim), tmp_path / f"s{suffix}",
                                gazetteer_version="g", incidents=incidents)
    assert streamed.read_bytes() == held.read_bytes()


def test_records_stream_in_lists_of_the_size_asked(gaz):
    path = FIXTURES / "records_small.csv"
    notices: list = []
    chunks = list(RecordReader(gaz).stream([path], notices, size=3))
    whole = read_records([path], gaz)
    assert [len(c) for c in chunks] == [3, 3, 2]
    assert [c for chunk in chunks for c in chunk] == whole.claims
    assert notices == whole.notices


def test_mapper_export_streams_and_writes_what_it_says(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(FIXTURES)
    out = tmp_path / "claims.geojson"
    assert main(["export", "records_small.csv", "-o", str(out)]) == 0
    said = capsys.readouterr().err
    assert "wrote 8 claims (" in said and out.read_text(encoding="utf-8").count('"Feature"') == 8
