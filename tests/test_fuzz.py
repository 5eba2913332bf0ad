"""Fuzzing every boundary where untrusted text comes in: CSV tables given to
``add``, front matter, gazetteer packs, and hand edits of the store.

Each property runs in-process (no process per case) with Hypothesis; together
they run well over 2,000 cases.  The promise checked is the one the CLI
makes: a case ends in success, rejected rows (exit 2) or one of our own
errors (exit 1), never in another exception, and an error leaves the store
byte for byte as it was.
"""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from geo.errors import GeoError, printable
from geo.places.borders import load_borders
from geo.places.gazetteer import load_default, read_pack
from geo.table import store
from geo.table.ingest import add_table
from geo.text.documents import split_front_matter

FUZZ = settings(max_examples=600, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

#: Cells that tend to break parsers: numbers at the edges, odd digits,
#: control and formatting characters, quotes, delimiters, huge runs.
NASTY = st.sampled_from([
    "", " ", "0", "-0", "1e400", "9" * 400, "nan", "inf", "-91", "181", "18,54", "²", "٣", "1_000", "0x10",
    "2024-02-30", "2024-13-01", "not-a-date", "04 March 2024", "12/03/2024", "2024-03",
    "\x00", "\x1b]0;x\x07", "\r\n", "\n", "\"", "\"\"", ",", ";", "\t", "\ufffe", "\uffff", "\ud800", "\u202e",
    "=cmd|' /C calc'!A0", "&quot;", "Pétion-Ville", "Delmas", "Port-au-Prince", "HT", "Haiti", "Atlantis",
    "x" * 40_000,
])
CELL = st.one_of(NASTY, st.text(max_size=30))
HEADERS = st.sampled_from(["id", "date", "place", "latitude", "longitude", "lat", "lon", "country", "fatalities",
                           "notes", "event_type", "precision", "geo_precision", "time_precision", "Lieu", "Morts",
                           "Fecha", "", "\x1b[2J", "place"])


@pytest.fixture(scope="module")
def collaborators():
    return load_default(), load_borders()


@pytest.fixture(scope="module")
def workdir():
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


def _encode(text: str, how: str) -> bytes:
    if how == "utf-16":
        return text.encode("utf-16", errors="surrogatepass")
    if how == "bom-cp1252":
        return b"\xef\xbb\xbf" + text.encode("cp1252", errors="replace")
    return text.encode("utf-8", errors="surrogatepass")


@settings(FUZZ, max_examples=400)
@given(header=st.lists(HEADERS, min_size=1, max_size=7),
       rows=st.lists(st.lists(CELL, max_size=8), max_size=6),
       delimiter=st.sampled_from([",", ";", "\t"]),
       encoding=st.sampled_from(["utf-8", "utf-8", "utf-16", "bom-cp1252"]),
       truncate=st.integers(min_value=0, max_value=3))
def test_add_of_any_table_ends_cleanly_and_an_error_changes_nothing(collaborators, workdir, header, rows, delimiter,
                                                                    encoding, truncate):
    gazetteer, borders = collaborators
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    raw = _encode(buffer.getvalue(), encoding)
    raw = raw[:len(raw) - truncate] if truncate else raw  # odd UTF-16 byte counts, cut quotes
    seeds = workdir / "seeds"
    seeds.mkdir(exist_ok=True)
    (seeds / "incidents.csv").write_text(
        store.dump({"k": store.parse_row({"id": "k", "lat": "18.5", "lon": "-72.3"}, Path("x"), 2)}),
        encoding="utf-8")
    before = (seeds / "incidents.csv").read_bytes()
    table = workdir / "t.csv"
    table.write_bytes(raw)
    try:
        result = add_table(table, seeds, gazetteer=gazetteer, borders=borders)
    except GeoError as exc:  # exit 1
        assert (seeds / "incidents.csv").read_bytes() == before
        assert "\n" not in printable(exc) and len(printable(exc)) < 2000
        return
    for line in result.messages():  # exit 2 lines: one line each, bounded
        assert "\n" not in line and "\x1b" not in line and len(line) < 2000
    loaded = store.load(seeds / "incidents.csv")  # whatever was stored reads back
    assert "k" in loaded
    assert all(r.line >= 2 for r in result.rejected)


FRONT_KEYS = st.sampled_from(["title", "date", "url", "language", "place", "source", "x", "date\x1b", "- a", "?"])
FRONT_VALUES = st.one_of(
    NASTY, st.text(max_size=20),
    st.sampled_from(["[1, 2", "{a: 1}", "&a [1]", "*a", "!!python/object:os.system", "2024-02-30T10:00:00",
                     "2024-03-04", "|", ">", "'unclosed", "\"\\x\"", "!!binary ZZZ", "- - -", "@x", "`x", "%YAML 1.1"]))


@FUZZ
@given(pairs=st.lists(st.tuples(FRONT_KEYS, FRONT_VALUES), max_size=8),
       indent=st.sampled_from(["", " ", "\t"]), closed=st.booleans())
def test_any_front_matter_is_read_or_refused_with_a_line(pairs, indent, closed):
    block = "".join(f"{indent}{k}: {v}\n" for k, v in pairs)
    text = f"---\n{block}{'---' if closed else ''}\nGangs attacked Delmas.\n"
    try:
        meta, body, offset = split_front_matter(text, Path("seeds/x.txt"))
    except GeoError as exc:
        message = printable(exc)
        assert message.startswith("seeds/x.txt") and len(message) < 2000
        return
    assert text[offset:] == body
    if meta.get("date") is not None:
        assert meta["date"].isoformat()
    if meta.get("url") is not None:
        assert meta["url"].lower().startswith(("http://", "https://"))


PACK_COLUMNS = st.sampled_from(["name", "aliases", "kind", "lat", "lon", "country", "source", "population",
                                "uncertainty_m", "id", "roles", ""])


@FUZZ
@given(header=st.lists(PACK_COLUMNS, min_size=1, max_size=8, unique=True),
       rows=st.lists(st.lists(CELL, max_size=9), max_size=5))
def test_any_gazetteer_pack_is_read_or_refused_with_a_line(header, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    try:
        entries = read_pack("pack.gazetteer.csv", text=buffer.getvalue())
    except GeoError as exc:
        assert printable(exc).startswith("pack.gazetteer.csv")
        return
    for entry in entries:
        assert -90 <= entry.lat <= 90 and -180 <= entry.lon <= 180 and entry.name


@FUZZ
@given(column=st.sampled_from(store.COLUMNS), value=CELL, row=st.integers(min_value=0, max_value=2),
       extra=st.sampled_from(["", ",", "\"", "\n", ",x,y", "\r"]))
def test_any_hand_edit_of_the_store_is_read_or_named(workdir, column, value, row, extra):
    rows = {f"r{n}": store.parse_row({"id": f"r{n}", "lat": "18.5", "lon": "-72.3", "date": "2024-03-04",
                                      "fatalities": "2", "time_precision": "1"}, Path("x"), 2) for n in range(3)}
    text = store.dump(rows)
    lines = text.split("\n")
    buffer = io.StringIO()
    cells = next(csv.reader([lines[row + 1]]))
    cells[store.COLUMNS.index(column)] = value
    csv.writer(buffer, lineterminator="").writerow(cells)
    lines[row + 1] = buffer.getvalue() + extra
    path = workdir / "incidents.csv"
    path.write_bytes("\n".join(lines).encode("utf-8", errors="surrogatepass"))
    try:
        loaded = store.load(path)
    except GeoError as exc:
        message = printable(exc)
        assert message.startswith(str(path)) and len(message) < 2000
        return
    for incident in loaded.values():  # what loads can be built and exported
        incident.incident()
        assert incident.fatalities is None or 0 <= incident.fatalities <= store.MAX_COUNT
        if incident.date:
            assert len(incident.date) == 10
