"""``incident-map add`` and ``export`` as a user runs them: summaries, exit
codes, --strict, --dry-run, exact error messages, and the popup of a table
incident."""

from __future__ import annotations

import pytest

from geo.cli import main
from geo.map.payload import encode, script_json
from geo.table.store import StoredIncident

from .csv_fixtures import BAD, CLEAN, project, write


@pytest.fixture(autouse=True)
def _project(monkeypatch, tmp_path, tmp_path_factory):
    monkeypatch.setenv("INCIDENT_MAPPER_CACHE", str(tmp_path_factory.getbasetemp() / "cache"))
    monkeypatch.chdir(tmp_path)
    project(tmp_path)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_every_command_has_help(capsys):
    for command in ("add", "export"):
        with pytest.raises(SystemExit) as done:
            main([command, "--help"])
        assert done.value.code == 0
        assert "usage: incident-map " + command in capsys.readouterr().out


def test_add_clean_file_builds_and_exits_0(tmp_path, capsys):
    write(tmp_path, "clean.csv", CLEAN)
    code, out, _ = run(capsys, "add", "clean.csv")
    assert code == 0
    assert out.splitlines()[0] == "added 3, updated 0, unchanged 0, rejected 0"
    assert "3 added from tables" in out and (tmp_path / "output" / "map.html").exists()
    code, out, _ = run(capsys, "add", "clean.csv", "--no-build")
    assert (code, out) == (0, "added 0, updated 0, unchanged 3, rejected 0\n")


def test_partial_success_exits_2_and_writes_rejects(tmp_path, capsys):
    write(tmp_path, "bad.csv", BAD)
    code, out, err = run(capsys, "add", "bad.csv", "--no-build")
    assert code == 2
    assert out.splitlines() == ["added 1, updated 0, unchanged 0, rejected 7",
                                "rejected rows are in bad.rejects.csv: fix them there and add that file"]
    assert err.splitlines()[0] == "bad.csv:2: latitude: '118.5' is outside -90..90"
    assert (tmp_path / "bad.rejects.csv").exists() and (tmp_path / "seeds" / "incidents.csv").exists()


def test_strict_stores_nothing_and_exits_1(tmp_path, capsys):
    write(tmp_path, "bad.csv", BAD)
    code, _, err = run(capsys, "add", "bad.csv", "--strict")
    assert code == 1
    assert err.splitlines()[-1] == ("Error: bad.csv: 7 bad row(s) and --strict: nothing was added; "
                                    "the bad rows are in bad.rejects.csv")
    assert not (tmp_path / "seeds" / "incidents.csv").exists() and not (tmp_path / "output").exists()


def test_dry_run_reports_everything_and_writes_nothing(tmp_path, capsys):
    write(tmp_path, "bad.csv", BAD)
    code, out, err = run(capsys, "add", "bad.csv", "--dry-run")
    assert code == 2
    assert out == "dry run: added 1, updated 0, unchanged 0, rejected 7 (nothing was written)\n"
    assert len(err.splitlines()) == 7
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv", "seeds"]
    assert list((tmp_path / "seeds").iterdir()) == []


@pytest.mark.parametrize("content, argv, message", [
    ("", (), "Error: t.csv: file is empty"),
    ("When,Where\n2024-03-04,Delmas\n", ("--columns", "date=When,place=Place"),
     "Error: t.csv: --columns names 'Place', which is not in the header (When, Where)"),
    ("date,notes\n2024-03-04,x\n", (),
     "Error: t.csv: no place or coordinate column: need 'place' (or 'location'), or 'latitude' and 'longitude'; "
     "map other names with --columns place=HEADER"),
])
def test_file_level_errors_change_nothing(tmp_path, capsys, content, argv, message):
    write(tmp_path, "t.csv", content)
    code, out, err = run(capsys, "add", "t.csv", *argv)
    assert (code, out, err) == (1, "", message + "\n")
    assert list((tmp_path / "seeds").iterdir()) == []


def test_export_each_format_with_filters(tmp_path, capsys):
    write(tmp_path, "clean.csv", CLEAN)
    run(capsys, "add", "clean.csv")
    for fmt in ("geojson", "csv", "gpkg", "kml"):
        code, out, _ = run(capsys, "export", "--format", fmt, "--type", "Riots")
        assert (code, out) == (0, f"exported 1 incident(s) to output/incidents.{fmt}\n")
    code, out, _ = run(capsys, "export", "--format", "csv", "-o", "x.csv", "--since", "2024-03-03", "--until", "2024-03-04")
    assert (code, out) == (0, "exported 1 incident(s) to x.csv\n")
    code, _, err = run(capsys, "export", "--format", "csv", "--since", "March")
    assert (code, err) == (1, "Error: --since: 'March' is not a date; write it as YYYY-MM-DD\n")


def _table_incident(notes: str, url: str) -> StoredIncident:
    return StoredIncident(
        id="t-1", date="2024-03-04", time_precision=1, event_type="Riots", sub_event_type="Mob violence",
        disorder_type="", title="Mob violence: Delmas", place="Delmas", lat=18.54, lon=-72.3, precision="site",
        country="HT", admin1="", admin2="", admin3="", actor1="", assoc_actor_1="", actor2="", assoc_actor_2="",
        civilian_targeting="", fatalities=None, notes=notes, source="Radio <Kiskeya>", source_scale="",
        source_url=url, tags="", place_id="p", place_kind="point", place_source="table", place_reason="given")


def _table_sources(incident) -> tuple[list[str], list]:
    data = encode([incident], [], {})
    strings = data["strings"]
    [group] = data["sourceGroups"]
    return strings, [[strings[k] for k in source] for source in group]


def test_table_popup_data_keeps_notes_as_text_and_links_only_http():
    notes = '<script>alert("x")</script> `${boom}` </div>'
    incident = _table_incident(notes, "https://example.org/report?a=1&b=2").incident()
    strings, sources = _table_sources(incident)
    assert notes in strings  # shown with textContent by the page, never parsed as HTML
    assert sources == [["Radio <Kiskeya>", "https://example.org/report?a=1&b=2", ""]]
    page_json = script_json(encode([incident], [], {}))
    assert "<" not in page_json and ">" not in page_json  # cannot end the <script> element it sits in
    _, unsafe = _table_sources(_table_incident("n", "javascript:alert(1)").incident())
    assert unsafe == [["Radio <Kiskeya>", "", "javascript:alert(1)"]]  # shown as text, never a link
