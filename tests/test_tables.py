"""Reading incident tables: encodings, delimiters, headers, line numbers, and
each bad-row case with the exact message a user sees."""

from __future__ import annotations

import pytest

from geo.errors import ColumnsError, GeoError, TableError
from geo.table.ingest import add_table
from geo.table.rows import parse_date
from geo.table.tables import parse_columns, read_table

from .csv_fixtures import ACLED, BAD, BAD_MESSAGES, CLEAN, USHAHIDI, project, write


@pytest.fixture(autouse=True)
def _cache(monkeypatch, tmp_path_factory):
    monkeypatch.setenv("INCIDENT_MAPPER_CACHE", str(tmp_path_factory.getbasetemp() / "cache"))


@pytest.mark.parametrize("encoding, delimiter, newline", [
    ("utf-8", ",", "\n"), ("utf-8-sig", ",", "\r\n"), ("cp1252", ";", "\r\n"), ("utf-8", "\t", "\n"),
    ("utf-16", "\t", "\r\n"),
])
def test_encodings_and_delimiters_are_detected(tmp_path, encoding, delimiter, newline):
    text = "Date{d}Place{d}Notes\n2024-03-04{d}Pétion-Ville{d}Barricades près du marché\n".replace("{d}", delimiter)
    table = read_table(write(tmp_path, "log.csv", text, encoding=encoding, newline=newline))
    assert table.delimiter == delimiter
    assert table.records[0].values == {"date": "2024-03-04", "place": "Pétion-Ville",
                                       "notes": "Barricades près du marché"}
    assert table.records[0].line == 2


def test_headers_match_ignoring_case_and_spacing(tmp_path):
    table = read_table(write(tmp_path, "a.csv", " LATITUDE , Long itude,Event_Type,SOURCE URL\n1,2,Riots,http://x\n"))
    assert set(table.columns) == {"lat", "lon", "event_type", "source_url"}


def test_acled_export_as_it_comes(tmp_path):
    table = read_table(write(tmp_path, "acled.csv", ACLED))
    assert table.header_of("id") == "event_id_cnty"
    assert table.records[0].values["id"] == "HTI15001"
    assert table.records[0].values["place"] == "Port-au-Prince"
    assert "inter1" in table.ignored


def test_ushahidi_lines_entities_and_blank_first_line(tmp_path):
    table = read_table(write(tmp_path, "ushahidi.csv", USHAHIDI, newline="\r\n"))
    first, second = table.records
    assert (first.line, second.line) == (3, 6)  # blank line 1, header line 2, a three-line cell
    assert first.values["notes"].startswith('People trapped under the "Hotel Montana".\r\nNeed')
    assert first.values["id"] == "4052" and first.values["title"] == "Collapsed building"
    assert table.ignored == ("APPROVED", "VERIFIED")


def test_columns_option_maps_any_spreadsheet(tmp_path):
    path = write(tmp_path, "mine.csv", "When,Where,Y,X\n2024-03-04,Delmas,18.5,-72.3\n")
    table = read_table(path, columns=parse_columns("date=When,place=Where,lat=Y,lon=X"))
    assert table.records[0].values == {"date": "2024-03-04", "place": "Delmas", "lat": "18.5", "lon": "-72.3"}


@pytest.mark.parametrize("content, message", [
    (b"", "file is empty"),
    (b"  \n\n", "file is empty"),
    (b"PK\x03\x04\x14\x00\x00", "not a CSV file: it is a ZIP archive or an Excel workbook; save the sheet as CSV"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "not a CSV file: it holds binary data"),
    (b"2024-03-04,18.5,-72.3\n", "no header row: the first line ('2024-03-04,18.5,-72.3') looks like data; "
                                 "add a header such as date,place,latitude,longitude"),
    (b"date,fatalities,notes\n2024-03-04,3,x\n",
     "no place or coordinate column: need 'place' (or 'location'), or 'latitude' and 'longitude'; "
     "map other names with --columns place=HEADER"),
    (b"Gangs attacked the prison on Sunday.\nMany escaped.\n",
     "not an incident table: no known column in the header (Gangs attacked the prison on Sunday.); "
     "expected e.g. date, place, latitude, longitude, or use --columns"),
])
def test_file_level_problems_get_one_clear_error(tmp_path, content, message):
    path = tmp_path / "t.csv"
    path.write_bytes(content)
    with pytest.raises(TableError) as caught:
        read_table(path)
    assert str(caught.value) == f"{path}: {message}"
    assert isinstance(caught.value, GeoError) and isinstance(caught.value, ValueError)


def test_columns_option_names_the_unmapped_header(tmp_path):
    path = write(tmp_path, "mine.csv", "When,Where\n2024-03-04,Delmas\n")
    with pytest.raises(TableError) as caught:
        read_table(path, columns=parse_columns("date=When,place=Location name"))
    assert str(caught.value) == f"{path}: --columns names 'Location name', which is not in the header (When, Where)"
    with pytest.raises(ColumnsError, match=r"^--columns: 'colour' is not one of our columns"):
        parse_columns("colour=Where")
    with pytest.raises(ColumnsError, match=r"^--columns: 'date' is not FIELD=HEADER"):
        parse_columns("date")


@pytest.mark.parametrize("text, expected", [
    ("2024-03-04", ("2024-03-04", 1)), ("2024-03-04 14:05:00", ("2024-03-04", 1)),
    ("04 March 2024", ("2024-03-04", 1)), ("4-Mar-2024", ("2024-03-04", 1)), ("March 4, 2024", ("2024-03-04", 1)),
    ("25/03/2024", ("2024-03-25", 1)), ("03/25/2024", ("2024-03-25", 1)), ("2024-03", ("2024-03-15", 3)),
])
def test_dates_analysts_write(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text, reason", [
    ("someday", "'someday' is not a date; write it as YYYY-MM-DD"),
    ("2024-02-30", "'2024-02-30' is not a real day"),
    ("03/04/2024", "'03/04/2024' is ambiguous (day/month or month/day?); write it as YYYY-MM-DD"),
])
def test_dates_that_are_rejected(text, reason):
    with pytest.raises(ValueError) as caught:
        parse_date(text)
    assert str(caught.value) == reason


def test_every_bad_row_is_named_with_its_line_column_and_reason(tmp_path):
    seeds = project(tmp_path)
    path = write(tmp_path, "bad.csv", BAD)
    result = add_table(path, seeds)
    messages = [m.replace(str(tmp_path) + "/", "") for m in result.messages()]
    assert len(messages) == len(BAD_MESSAGES)
    for got, want in zip(messages, BAD_MESSAGES):
        assert got.startswith(want), (got, want)
    assert result.summary == "added 1, updated 0, unchanged 0, rejected 7"


def test_rejects_file_holds_the_rows_unchanged_with_a_reason(tmp_path):
    seeds = project(tmp_path)
    path = write(tmp_path, "bad.csv", BAD.replace(",", ";"), encoding="cp1252", newline="\r\n")
    add_table(path, seeds)
    rejects = (tmp_path / "bad.rejects.csv").read_bytes().decode("cp1252")
    lines = rejects.split("\r\n")
    assert lines[0] == "date;place;latitude;longitude;country;fatalities;reason"
    assert lines[1] == "2024-03-01;Port-au-Prince;118.5;-72.3;Haiti;1;latitude: '118.5' is outside -90..90"
    assert lines[4] == "someday;Port-au-Prince;18.5435;-72.3388;Haiti;1;\"date: 'someday' is not a date; write it as YYYY-MM-DD\""
    assert len([line for line in lines if line]) == 8


def test_rows_collect_every_problem(tmp_path):
    seeds = project(tmp_path)
    path = write(tmp_path, "two.csv", "date,latitude,longitude,fatalities\nnope,95,-72.3,-1\n")
    result = add_table(path, seeds)
    assert result.rejected[0].reason == ("date: 'nope' is not a date; write it as YYYY-MM-DD; "
                                         "fatalities: '-1' is negative; latitude: '95' is outside -90..90")


def test_swap_is_not_flagged_without_a_country_or_inside_it(tmp_path):
    seeds = project(tmp_path)
    text = "place,latitude,longitude,country\nA,-72.3388,18.5435,\nB,18.5435,-72.3388,Haiti\nC,18.5,-72.3,Atlantis\n"
    result = add_table(write(tmp_path, "ok.csv", text), seeds)
    assert not result.rejected
    assert result.warnings == [f"{tmp_path / 'ok.csv'}:4: country: 'Atlantis' is not a country we know; "
                               "the row is kept without a country code"]


def test_decimal_commas_of_semicolon_files(tmp_path):
    seeds = project(tmp_path)
    add_table(write(tmp_path, "eu.csv", "lieu;latitude;longitude\nX;18,5435;-72,3388\n",
                    encoding="cp1252"), seeds, columns={"place": "lieu"})
    row = (seeds / "incidents.csv").read_text().splitlines()[1]
    assert ",18.5435,-72.3388," in row


def test_clean_file_has_no_problem(tmp_path):
    seeds = project(tmp_path)
    result = add_table(write(tmp_path, "clean.csv", CLEAN), seeds)
    assert result.summary == "added 3, updated 0, unchanged 0, rejected 0"
