"""The `incident-map build` command as a user runs it, bad input included."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from geo.cli import main

from .conftest import SEEDS, write_doc


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project folder with the seed article, built once, as cwd."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    assert main(["build"]) == 0
    return tmp_path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_build_with_defaults_writes_layers_map_and_sources(project, capsys):
    assert main(["build"]) == 0
    out = capsys.readouterr().out
    assert "1 document(s): 5 incident(s) (3 at a site, 2 approximate)" in out
    assert (project / "layers" / "incidents.geojson").is_file()
    assert (project / "layers" / "mentions.geojson").is_file()
    assert (project / "output" / "map.html").is_file()
    assert len(list((project / "output" / "sources").glob("*.html"))) == 1
    assert not list(project.rglob(".staging-*")) and not list(project.rglob("*.tmp"))


def test_builds_are_byte_identical(project):
    before = snapshot(project / "layers")
    assert main(["build"]) == 0
    assert snapshot(project / "layers") == before


def test_python_dash_m_runs_the_same_command(project):
    done = subprocess.run([sys.executable, "-m", "geo", "build", "--output", "out2"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (project / "out2" / "map.html").is_file()


@pytest.mark.parametrize("setup, message", [
    (lambda p: shutil.rmtree(p / "seeds"), "Error: seeds: seeds folder does not exist"),
    (lambda p: [f.unlink() for f in (p / "seeds").iterdir()],
     "Error: seeds: no documents (.txt or .md files) in the seeds folder"),
    (lambda p: (p / "seeds" / "empty.txt").write_text(""), "Error: seeds/empty.txt: file is empty"),
    (lambda p: (p / "seeds" / "photo.txt").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"),
     "Error: seeds/photo.txt: file is binary, not text (expected UTF-8 .txt or .md)"),
    (lambda p: (p / "seeds" / "bad.txt").write_text("---\ntitle: x\ndate: yesterday\n---\nGangs attacked.\n"),
     "Error: seeds/bad.txt:3: front matter field 'date': 'yesterday' is not an ISO date (YYYY-MM-DD)"),
    (lambda p: (p / "seeds" / "open.txt").write_text("---\ntitle: x\nGangs attacked.\n"),
     "Error: seeds/open.txt:1: front matter starts with '---' but is never closed by a '---' line"),
])
def test_bad_input_is_one_line_exit_1_and_changes_nothing(project, capsys, setup, message):
    before = snapshot(project / "layers"), snapshot(project / "output")
    capsys.readouterr()
    setup(project)
    assert main(["build"]) == 1
    err = capsys.readouterr().err
    assert err == message + "\n"
    assert (snapshot(project / "layers"), snapshot(project / "output")) == before


def test_an_unwritable_output_folder_changes_nothing(project, capsys):
    before = snapshot(project / "layers")
    (project / "blocked").write_text("a file where a folder should be")
    capsys.readouterr()
    assert main(["build", "--output", "blocked"]) == 1
    assert capsys.readouterr().err == "Error: blocked: exists and is not a folder\n"
    assert snapshot(project / "layers") == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through read-only permissions")
def test_a_read_only_output_folder_changes_nothing(project, capsys):
    before = snapshot(project / "layers")
    (project / "output").chmod(0o500)
    try:
        assert main(["build"]) == 1
    finally:
        (project / "output").chmod(0o755)
    assert "Error: output: folder is not writable" in capsys.readouterr().err
    assert snapshot(project / "layers") == before


def test_latin1_documents_build_with_a_warning(project, capsys):
    (project / "seeds" / "fr.txt").write_bytes(
        "---\ntitle: Attaque\ndate: 2024-03-04\nlanguage: fr\n---\nDes gangs ont attaqué le Palais national.\n"
        .encode("cp1252"))
    capsys.readouterr()
    assert main(["build"]) == 0
    assert "Warning: seeds/fr.txt: not valid UTF-8; read as cp1252" in capsys.readouterr().err


def test_documents_without_front_matter_build(project):
    (project / "seeds" / "plain.txt").write_text(
        "Gangs Attack Palace\n\nGunmen attacked the National Palace in Port-au-Prince.\n", encoding="utf-8")
    assert main(["build"]) == 0


def test_every_command_has_help(capsys):
    from geo.cli import _parser
    parser = _parser()
    commands = parser._subparsers._group_actions[0].choices
    for name in commands:
        with pytest.raises(SystemExit) as done:
            main([name, "--help"])
        assert done.value.code == 0
        assert "usage: incident-map " + name in capsys.readouterr().out


def test_write_doc_helper_makes_valid_documents(tmp_path):
    path = write_doc(tmp_path, "x.txt", "Body.\n")
    assert path.read_text().startswith("---\ntitle: \"Test story\"")
