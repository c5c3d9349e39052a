"""Claim confidence: the fitted model ships and matches the code, located claims get a value,
unlikely ones are left out by default and kept on request, and nothing unlocated is lost."""

import csv
import json
import re
from datetime import date
from pathlib import Path

import pytest

from mapper import gazetteer
from mapper.cli import main
from mapper.errors import DataError
from mapper.extract import Extractor, confidence, extract_files
from mapper.model import Claim, DateSpan
from mapper.records import read_records
from mapper.reports import read_report

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "reports"


@pytest.fixture(scope="module")
def real():
    """The shipped gazetteer (the examples' and my statement's places are in it)."""
    return gazetteer.load()


def claim(cid: str, **fields) -> Claim:
    return Claim(cid, "r.txt", DateSpan(date(2022, 9, 13), None, "day", "13 September"),
                 **fields)


def test_the_shipped_model_has_the_codes_features_and_a_threshold_inside_0_1():
    fitted = confidence.model()
    assert set(fitted.names) == set(confidence.report_features([claim("c")], 1)[0])
    assert 0 < fitted.threshold < 1
    assert len(fitted.weights) == len(fitted.names) == len(fitted.mean) == len(fitted.scale)


def test_a_model_of_other_features_is_refused_with_the_files_name(tmp_path):
    data = json.loads(confidence.WEIGHTS.read_text(encoding="utf-8"))
    data["features"][0] = "a feature no code computes"
    path = tmp_path / "stale.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DataError, match=r"stale\.json: its features differ"):
        confidence.model(path)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(DataError, match=r"stale\.json: unreadable"):
        confidence.model(path)


@pytest.mark.parametrize("change", [
    {"weights": "short"}, {"scale": "zero"}, {"threshold": 1.5}, {"bias": "nan"}])
def test_a_model_with_numbers_missing_or_out_of_range_is_refused_with_the_files_name(
        tmp_path, change):
    # before, a weight short of the features failed in every report as "internal error (a
    # bug)", a zero scale divided by zero, a threshold of 1.5 left out every located claim
    data = json.loads(confidence.WEIGHTS.read_text(encoding="utf-8"))
    (key, how), = change.items()
    data[key] = {"short": data[key][:-1] if isinstance(data[key], list) else None,
                 "zero": [0.0] * len(data["scale"])}.get(how, how)
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DataError, match=r"broken\.json: a broken claim-confidence model"):
        confidence.model(path)


@pytest.mark.parametrize("flags", [[], ["--min-confidence", "0.5"], ["--jobs", "2"],
                                   ["--jobs", "2", "--min-confidence", "0"]])
def test_a_missing_model_is_one_line_naming_the_file_whatever_the_flags(
        tmp_path, monkeypatch, capsys, flags):
    # before, with --min-confidence the model was first read inside each report's extraction:
    # one "internal error (a bug; please report it ...)" a report
    from mapper import parallel

    monkeypatch.setattr(confidence, "WEIGHTS", tmp_path / "gone.json")
    monkeypatch.setattr(parallel, "BATCH", 3)
    assert main(["extract", *flags, str(EXAMPLES)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error" not in err
    assert err.startswith(f"mapper: error: {tmp_path / 'gone.json'}: cannot read the "
                          "claim-confidence model (No such file or directory)")


def test_located_claims_are_rated_and_a_place_to_review_is_not():
    village = claim("a", place_id="v", lat=40.2, lon=45.9, precision="village", method="exact",
                    score=1.0, event_type="shelling", claim_chain=("outlet", "ministry"))
    region = claim("b", place_id="r", lat=40.0, lon=45.5, precision="region", method="exact",
                   score=1.0, uncertainty_m=50_000.0, claim_chain=("outlet",))
    unknown = claim("c", place_text="Nowhere", method="unresolved")
    confidence.rate([village, region, unknown], 2000)
    assert 0 <= region.confidence < village.confidence <= 1
    assert unknown.confidence is None
    # a threshold above every value keeps only the claim that has none
    assert confidence.split([village, region, unknown], 1.0) == ([unknown], [village, region])
    assert confidence.split([village, region, unknown], 0.0) == ([village, region, unknown], [])


def test_the_rating_reads_a_claims_shape_not_its_words():
    def rated(place_text: str, claimant: str) -> float:
        c = claim("a", place_text=place_text, place_id=place_text.lower(), lat=39.9, lon=46.7,
                  precision="village", method="exact", score=1.0, claimant=claimant,
                  quote=f"{claimant} said {place_text} was shelled.", event_type="shelling")
        confidence.rate([c], 500)
        return c.confidence

    assert rated("Oakvale", "the ministry") == rated("Pinebrook", "a local mayor")


def test_a_wide_area_beside_village_claims_rates_below_the_villages(real):
    # a statement that names the villages shelled and the region they lie in, in my own words
    text = ("---\npublished: 2022-09-14\noutlet: Example Wire\n---\n"
            "Armenia's Defence Ministry said Azerbaijani troops shelled the villages of Sotk "
            "and Kut on 13 September.\n\nA Russian Defence Ministry bulletin reported a "
            "ceasefire violation in Nagorno-Karabakh on 13 September.\n")
    report = read_report("statement.md", data=text.encode())
    claims = Extractor(real).extract(report)
    confidence.rate(claims, len(report.text))
    by_place = {c.place_id: c.confidence for c in claims}
    assert {"sotk", "kut", "nagorno-karabakh"} <= set(by_place)
    assert by_place["nagorno-karabakh"] < min(by_place["sotk"], by_place["kut"])


def test_extraction_leaves_unlikely_claims_out_and_keeps_them_on_request(real):
    extractor = Extractor(real)
    default = list(extract_files([str(EXAMPLES)], extractor))
    everything = list(extract_files([str(EXAMPLES)], extractor, min_confidence=0.0))
    threshold = confidence.model().threshold
    left_out = sum(r.left_out for r in default)
    assert left_out > 0 and sum(r.left_out for r in everything) == 0
    assert sum(map(len, (r.claims for r in everything))) == (
        sum(map(len, (r.claims for r in default))) + left_out)
    for r in default:
        assert all(c.confidence is None or c.confidence >= threshold for c in r.claims)
        assert all(c.lat is not None or c.confidence is None for c in r.claims)
    unlocated = [c.claim_id for r in everything for c in r.claims if c.lat is None]
    assert unlocated and set(unlocated) <= {c.claim_id for r in default for c in r.claims}


def test_the_cli_says_how_many_it_left_out_and_refuses_a_confidence_outside_0_1(capsys):
    assert main(["extract", str(EXAMPLES)]) == 0
    out, err = capsys.readouterr()
    assert re.search(r"\d+ unlikely claims? left out \(--min-confidence 0 keeps them\)", err)
    default = out.splitlines()
    assert main(["extract", "--min-confidence", "0", str(EXAMPLES)]) == 0
    out, err = capsys.readouterr()
    assert "left out" not in err and len(out.splitlines()) > len(default)
    threshold = confidence.model().threshold
    assert all(json.loads(line)["confidence"] is None
               or json.loads(line)["confidence"] >= threshold for line in default)
    with pytest.raises(SystemExit) as stop:
        main(["extract", "--min-confidence", "1.5", str(EXAMPLES)])
    assert stop.value.code == 2
    assert "'1.5' is not a confidence from 0 to 1" in capsys.readouterr().err


def test_an_export_read_back_keeps_its_confidence(gaz, tmp_path):
    sheet = tmp_path / "claims.csv"
    sheet.write_text("place,date,confidence\nSotk,2022-09-13,0.75\nKut,2022-09-13,high\n"
                     "Azat,2022-09-13,7\n", encoding="utf-8")
    claims = read_records([sheet], gaz).claims
    assert [c.confidence for c in claims] == [0.75, None, None]


def test_a_geopackage_holds_confidence_as_a_number(tmp_path, capsys):
    # before, it was a TEXT column ('0.85'): QGIS compared "confidence > 0.5" as text
    import sqlite3

    out = tmp_path / "claims.gpkg"
    assert main(["export", str(EXAMPLES), "-o", str(out)]) == 0
    with sqlite3.connect(out) as db:
        column = [row[2] for row in db.execute("pragma table_info(claims)")
                  if row[1] == "confidence"]
        kinds = {kind for (kind,) in db.execute("select typeof(confidence) from claims")}
    assert column == ["REAL"] and kinds == {"real", "null"}


def test_eval_says_how_many_it_left_out_and_refuses_a_threshold_for_predictions(
        tmp_path, capsys):
    # before, eval left claims out without a word (README: every command says how many), and
    # with --pred it took --min-confidence and scored the file's claims as they were
    gold = str(ROOT / "examples" / "gold.jsonl")
    assert main(["eval", "--gold", gold, str(EXAMPLES)]) == 0
    assert re.search(r"\d+ unlikely claims? left out \(--min-confidence 0 keeps them\)",
                     capsys.readouterr().err)
    assert main(["eval", "--gold", gold, "--min-confidence", "0", str(EXAMPLES)]) == 0
    assert "left out" not in capsys.readouterr().err
    pred = tmp_path / "pred.jsonl"
    assert main(["extract", "-o", str(pred), "--min-confidence", "0", str(EXAMPLES)]) == 0
    capsys.readouterr()
    assert main(["eval", "--gold", gold, "--pred", str(pred), "--min-confidence", "0.5"]) == 2
    assert "--pred scores its claims as they are" in capsys.readouterr().err


def test_claims_read_back_from_records_are_never_left_out(tmp_path, capsys):
    everything = tmp_path / "all.jsonl"
    assert main(["extract", "-o", str(everything), "--min-confidence", "0", str(EXAMPLES)]) == 0
    rows = [json.loads(line) for line in everything.read_text(encoding="utf-8").splitlines()]
    low = [r["claim_id"] for r in rows if r["confidence"] is not None and r["confidence"] < 0.3]
    assert low
    capsys.readouterr()
    out = tmp_path / "back.geojson"
    assert main(["export", str(everything), "-o", str(out), "--min-confidence", "0.9"]) == 0
    assert "left out" not in capsys.readouterr().err
    back = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert len(back) == len(rows) and set(low) <= {f["id"] for f in back}


def test_min_confidence_given_for_records_alone_says_that_it_left_none_of_them_out(tmp_path,
                                                                                   capsys):
    # `mapper map all.jsonl --min-confidence 0.9` took the flag and kept every claim silently
    everything = tmp_path / "all.jsonl"
    assert main(["extract", "-o", str(everything), "--min-confidence", "0", str(EXAMPLES)]) == 0
    rows = [json.loads(line) for line in everything.read_text(encoding="utf-8").splitlines()]
    below = sum(r["confidence"] is not None and r["confidence"] < 0.9 for r in rows)
    capsys.readouterr()
    page = tmp_path / "map.html"
    assert main(["map", str(everything), "-o", str(page), "--min-confidence", "0.9"]) == 0
    err = capsys.readouterr().err
    assert f"{below} claims of records have a confidence below 0.9, kept" in err
    assert main(["map", str(everything), "-o", str(page), "--force"]) == 0
    assert "confidence below" not in capsys.readouterr().err  # no flag, nothing to say


def test_the_claims_left_out_as_unlikely_are_listed_for_review(tmp_path, capsys):
    # the summary said '3 unlikely claims left out' and nothing said which: an analyst had to
    # run again with --min-confidence 0 and compare the exports
    out = tmp_path / "out"
    assert main(["run", str(EXAMPLES), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    rows = list(csv.DictReader((out / "unresolved.csv").open(encoding="utf-8-sig")))
    unlikely = [r for r in rows if r["kind"] == "unlikely"]
    n = len(unlikely)  # as many as the fitted model leaves out of the examples
    assert n and re.search(rf"\b{n} unlikely claims? left out", err)
    assert f"{n} unlikely" in err.splitlines()[-1]  # the review note counts them
    kept = json.loads((out / "claims.geojson").read_text(encoding="utf-8"))["features"]
    assert not {r["claim_id"] for r in unlikely} & {f["id"] for f in kept}
    first = unlikely[0]
    assert first["where"].startswith("reports/") and first["text"]
    assert re.search(r"confidence 0\.\d\d; left out as unlikely", first["message"])


def _fitting_script():
    """bench/realworld/fit_confidence.py, loaded as a module (it is a script, not a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "fit_confidence", ROOT / "bench" / "realworld" / "fit_confidence.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    return script


def test_the_fitting_script_chooses_its_penalty_and_threshold_and_writes_a_model_that_loads(
        tmp_path, monkeypatch, capsys):
    # the examples stand in for a half of the dev reports: texts of any extension, the penalty
    # of those asked whose held-out log loss is lowest, and a model file the code reads
    script = _fitting_script()
    monkeypatch.setattr(script, "WEIGHTS", tmp_path / "fitted.json")
    monkeypatch.setattr(script, "SPLITS", 2)
    gold = str(ROOT / "examples" / "gold.jsonl")
    assert script.main(["--gold", gold, "--texts", str(EXAMPLES),
                        "--penalty", "1", "--penalty", "1000"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"12 reports with a text in {EXAMPLES}, ")
    losses = {float(p): float(v) for p, v in re.findall(r"^ +(\d+): (0\.\d+)$", out, re.M)}
    assert set(losses) == {1.0, 1000.0}
    chosen = min(losses, key=losses.get)
    assert re.search(rf"^chosen: penalty {chosen:g}, threshold 0\.\d\d, cross-validated "
                     r"tuple F1 0\.\d{4} \(0\.\d{4} keeping every claim\)$", out, re.M)
    fitted = confidence.model(tmp_path / "fitted.json")
    assert set(fitted.names) == set(confidence.report_features([claim("c")], 1)[0])
    with pytest.raises(SystemExit) as exc:
        script.main(["--gold", gold, "--texts", str(tmp_path / "none")])
    assert exc.value.code == 2 and "no folder of texts" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "r1", "incidents": []}\n{"incidents": []}\n', encoding="utf-8")
    assert script.main(["--gold", str(bad), "--texts", str(EXAMPLES)]) == 1
    assert f"{bad}:2: not a gold report" in capsys.readouterr().err


def test_a_fit_can_go_to_a_file_of_its_own_leaving_the_shipped_model_alone(
        tmp_path, monkeypatch, capsys):
    # a model fitted on one half to score on the other: written where asked, the package's
    # own file untouched; a folder that is not there is one line naming the file
    script = _fitting_script()
    shipped = tmp_path / "shipped.json"
    monkeypatch.setattr(script, "WEIGHTS", shipped)
    monkeypatch.setattr(script, "SPLITS", 1)
    half = tmp_path / "half-a.json"
    args = ["--gold", str(ROOT / "examples" / "gold.jsonl"), "--texts", str(EXAMPLES),
            "--penalty", "10"]
    assert script.main([*args, "--out", str(half)]) == 0
    assert capsys.readouterr().out.rstrip().endswith(f"wrote {half}")
    assert not shipped.exists()
    fitted = confidence.model(half)
    assert fitted.names and 0 <= fitted.threshold <= 1
    nowhere = tmp_path / "no such folder" / "m.json"
    assert script.main([*args, "--out", str(nowhere)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and f"{nowhere}: cannot write the model" in err
