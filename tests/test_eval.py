"""`incident-map eval`: scoring incident sites against annotated gold.

The written corpus (evals/written/) is 46 short articles the team wrote at
real places, in English, French and Haitian Creole, with gold sites and
non-sites.  Its scores are held above floors that are raised as the
extractor improves, so a change that loses sites or maps mentions fails CI.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geo.cli import main
from geo.errors import GoldError
from geo.eval import GoldDocument, GoldSite, Predicted, evaluate, load_gold, score_document

ROOT = Path(__file__).resolve().parent.parent
WRITTEN = ROOT / "evals" / "written"

#: Floors for the written corpus (measured: see the closing note of issue 7).
FLOORS = {"precision": 0.97, "recall": 0.94, "landmarks_within_1km": 0.90, "accuracy_161km": 0.99}


@pytest.fixture(scope="module")
def written_report():
    return evaluate(load_gold(WRITTEN / "gold.json"), WRITTEN / "docs")


def test_the_written_corpus_scores_above_its_floors(written_report):
    summary = written_report.summary()
    assert summary["documents"] >= 40 and summary["documents_failed"] == 0
    assert written_report.precision >= FLOORS["precision"]
    assert written_report.recall >= FLOORS["recall"]
    assert summary["landmarks_within_1km"]["share"] >= FLOORS["landmarks_within_1km"]
    assert summary["accuracy"]["161km"]["share"] >= FLOORS["accuracy_161km"]


def test_the_written_corpus_covers_every_class_and_language():
    data = json.loads((WRITTEN / "gold.json").read_text(encoding="utf-8"))
    counts = {c: sum(1 for d in data["documents"] if c in d["classes"]) for c in range(1, 7)}
    assert all(n >= 4 for n in counts.values()), counts
    languages = {d["language"] for d in data["documents"]}
    assert {"en", "fr", "ht"} <= languages


def site(name, lat, lon, tol=1.0, kind="landmark"):
    return GoldSite(name, kind, lat, lon, tol)


def test_matching_is_one_to_one_within_tolerance_and_names_mapped_non_sites():
    gold = GoldDocument("d", "d.txt", "en",
                        sites=(site("Airport", 18.5800, -72.2925, 2.0), site("Stadium", 18.5361, -72.3424, 0.5)),
                        non_sites=(site("Kenya", 0.0236, 37.9062, 300, "country"),))
    predicted = [Predicted("TLIA", 18.5801, -72.2926, "site", "gunfire at the airport"),
                 Predicted("Port-au-Prince", 18.5435, -72.3388, "locality", "clashes in the capital"),
                 Predicted("Kenya", 0.0236, 37.9062, "country", "a visit to Kenya")]
    score = score_document(gold, predicted)
    assert [(g.name, p.name) for g, p, _ in score.matches] == [("Airport", "TLIA")]
    # the city's point is 0.9 km from the stadium: outside the stadium's 0.5 km, so a miss and a false site
    [(stadium, nearest, km)] = score.missed
    assert stadium.name == "Stadium" and nearest.name == "Port-au-Prince" and km == pytest.approx(0.9, abs=0.1)
    assert [(p.name, n.name if n else None) for p, n in score.false_sites] == [("Port-au-Prince", None),
                                                                               ("Kenya", "Kenya")]
    assert score.nearest_km[0][1] < 0.1


def test_a_prediction_far_from_the_site_is_a_miss_and_a_false_site():
    gold = GoldDocument("d", "d.txt", "en", sites=(site("Gressier", 18.5406, -72.5269, 5.0, "locality"),),
                        non_sites=())
    score = score_document(gold, [Predicted("Gressier, Louisiana", 30.0, -90.0, "locality", "")])
    assert score.matches == [] and len(score.missed) == 1 and score.missed[0][2] > 2000
    assert score.false_sites[0][1] is None


def test_a_malformed_gold_file_names_the_document_and_field(tmp_path):
    bad = tmp_path / "gold.json"
    bad.write_text(json.dumps({"format": "incident-mapper-gold/1", "documents": [
        {"id": "a", "file": "a.txt", "sites": [{"name": "X", "kind": "landmark", "lat": 123, "lon": 0,
                                                "tolerance_km": 1}]}]}), encoding="utf-8")
    with pytest.raises(GoldError) as error:
        load_gold(bad)
    assert str(error.value) == f"{bad}: documents[0].sites[0].lat: 123 is not a number in -90..90"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(GoldError, match=r"gold.json:1: not valid JSON"):
        load_gold(bad)


def test_the_eval_command_prints_the_figures_users_compare(tmp_path, capsys):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(
        "---\ntitle: Gangs attack Gressier police station\ndate: 2024-05-12\nlanguage: en\n---\n"
        "Gangs stormed the police station in Gressier overnight, a police union said.\n"
        "The prime minister, who was in Nairobi for talks, condemned the attack.\n", encoding="utf-8")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"format": "incident-mapper-gold/1", "documents": [{
        "id": "a", "file": "a.txt", "language": "en",
        "sites": [{"name": "Gressier", "kind": "locality", "lat": 18.5406, "lon": -72.5269, "tolerance_km": 5}],
        "non_sites": [{"name": "Nairobi", "lat": -1.2833, "lon": 36.8167, "tolerance_km": 15}]}]}), encoding="utf-8")
    assert main(["eval", str(gold), str(docs), "-v"]) == 0
    out = capsys.readouterr().out
    assert "1 documents, 1 gold sites, 1 predicted sites, 1 matched within tolerance" in out
    assert "precision 100.0%  recall 100.0%" in out
    assert "non-sites mapped as incident sites: 0" in out
    assert "ok     Gressier [locality]" in out
    assert main(["eval", str(gold), str(docs), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)["summary"]
    assert summary["precision"] == 1.0 and summary["recall"] == 1.0
