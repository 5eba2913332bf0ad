"""Reading seed documents: front matter, headlines, encodings, bad files."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from geo.text.documents import read_document
from geo.errors import FrontMatterError, SeedError


def test_front_matter_gives_title_date_url_and_language(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("---\ntitle: Gangs storm prison\ndate: 2024-03-04\nurl: https://example.org/a\n"
                    "language: fr\n---\nBody text.\n", encoding="utf-8")
    doc = read_document(path, tmp_path)
    assert (doc.doc, doc.title, doc.date, doc.url, doc.language) == (
        "a.txt", "Gangs storm prison", dt.date(2024, 3, 4), "https://example.org/a", "fr")
    assert doc.body == "Body text.\n"
    assert path.read_text()[doc.body_offset:] == doc.body


def test_without_front_matter_a_headline_first_line_is_the_title(tmp_path):
    path = tmp_path / "b.txt"
    path.write_text("Chaos In Haiti as Inmates Break Out\n\nHaiti was plunged into chaos.\n", encoding="utf-8")
    doc = read_document(path, tmp_path)
    assert doc.title == "Chaos In Haiti as Inmates Break Out"
    assert doc.date is None
    assert doc.body == "Haiti was plunged into chaos.\n"


def test_a_first_line_that_is_a_sentence_is_not_a_title(tmp_path):
    path = tmp_path / "c.txt"
    path.write_text("Gangs attacked the prison on Sunday.\nMore followed.\n", encoding="utf-8")
    doc = read_document(path, tmp_path)
    assert doc.title is None
    assert doc.body.startswith("Gangs attacked")


def test_nested_documents_keep_their_relative_path(tmp_path):
    (tmp_path / "2024" / "march").mkdir(parents=True)
    path = tmp_path / "2024" / "march" / "d.md"
    path.write_text("# Heading\n\nText.\n", encoding="utf-8")
    assert read_document(path, tmp_path).doc == "2024/march/d.md"


def test_cp1252_text_is_read_with_a_warning_naming_the_file(tmp_path, caplog):
    path = tmp_path / "fr.txt"
    path.write_bytes("Des gangs ont attaqué la prison à Port-au-Prince dimanche. « Émeute »\n".encode("cp1252"))
    with caplog.at_level(logging.WARNING, logger="geo"):
        doc = read_document(path, tmp_path)
    assert "attaqué" in doc.body and "« Émeute »" in doc.body
    assert doc.encoding == "cp1252"
    assert f"{path}: not valid UTF-8; read as cp1252" in caplog.text


def test_a_utf8_bom_is_not_part_of_the_text(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff---\ntitle: T\n---\nBody\n".encode("utf-8"))
    assert read_document(path, tmp_path).title == "T"


@pytest.mark.parametrize("content, message", [
    (b"", "file is empty"),
    (b"   \n\n  ", "file is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "file is binary, not text (expected UTF-8 .txt or .md)"),
])
def test_empty_and_binary_files_are_refused(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(SeedError) as error:
        read_document(path, tmp_path)
    assert str(error.value) == f"{path}: {message}"


@pytest.mark.parametrize("header, message", [
    ("---\ntitle: T\nBody never closed\n", "1: front matter starts with '---' but is never closed by a '---' line"),
    ("---\ntitle: [unclosed\n---\nBody\n", "3: front matter is not valid YAML: expected ',' or ']', but got '<stream end>'"),
    ("---\ndate: 4 March\n---\nBody\n", "2: front matter field 'date': '4 March' is not an ISO date (YYYY-MM-DD)"),
    ("---\nurl: javascript:alert(1)\n---\nBody\n", "2: front matter field 'url': 'javascript:alert(1)' is not an http(s) URL"),
    ("---\n- a\n- b\n---\nBody\n", "2: front matter must be 'key: value' lines"),
])
def test_malformed_front_matter_names_file_and_line(tmp_path, header, message):
    path = tmp_path / "fm.txt"
    path.write_text(header, encoding="utf-8")
    with pytest.raises(FrontMatterError) as error:
        read_document(path, tmp_path)
    assert str(error.value) == f"{path}:{message}"
