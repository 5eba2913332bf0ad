"""Shared fixtures: the project's seeds, a map built from them once, the
default gazetteer, and a way to run one text through extraction."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from geopy.distance import great_circle

from geo.pipeline import build, process_document
from geo.places.gazetteer import load_default
from geo.text.documents import Document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_DOC = "2024-03-04-haiti-national-penitentiary-breakout.txt"
PACKS = ROOT / "geo" / "data" / "gazetteer"
#: Each shipped pack row's sourced point by id, read from the CSV files themselves.
PACK_POINTS = {row["id"]: (float(row["lat"]), float(row["lon"]))
               for pack in sorted(PACKS.glob("*.csv")) if pack.name != "haiti-numbered-streets.csv"
               for row in csv.DictReader(pack.open(encoding="utf-8", newline=""))}


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle km by geopy, independent of the code under test's own use of it."""
    return great_circle(a, b).km


def story_incidents(gazetteer, body: str, language: str = "en", date: dt.date = dt.date(2024, 11, 20)):
    """The incidents of one short story, run through the whole text pipeline."""
    doc = Document(doc="t.txt", path=None, title="t", date=date, url=None, language=language, body=body)
    return process_document(doc, gazetteer).incidents


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory):
    """Point the cache folder (compiled world index, geocoder answers) at a
    temporary folder, so no test reads or writes the user's real cache."""
    with pytest.MonkeyPatch.context() as patch:
        folder = tmp_path_factory.mktemp("cache")
        patch.setenv("INCIDENT_MAPPER_CACHE", str(folder))
        yield folder


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """Build the project's seeds once into a temporary project folder."""
    project = tmp_path_factory.mktemp("project")
    shutil.copytree(SEEDS, project / "seeds")
    result = build(project / "seeds", project / "layers", project / "output")
    return project, result


@pytest.fixture(scope="session")
def seed_incidents(seed_build):
    project, _ = seed_build
    return json.loads((project / "layers" / "incidents.geojson").read_text(encoding="utf-8"))


def write_doc(folder: Path, name: str, body: str, *, date: str | None = "2024-03-04", title: str = "Test story",
              url: str | None = None) -> Path:
    """Write a document with a front-matter header into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    header = ["---", f"title: {json.dumps(title)}"]
    if date:
        header.append(f"date: {date}")
    if url:
        header.append(f"url: {url}")
    header += ["language: en", "---", ""]
    path = folder / name
    path.write_text("\n".join(header) + body, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def gazetteer():
    """The embedded gazetteer a build uses (packs and world index), loaded once."""
    return load_default()


@pytest.fixture(scope="session")
def extract(gazetteer):
    """``extract(body, date=..., language=...)``: one text through the
    pipeline's per-document stage, as a build reads an article dated
    ``date`` (4 March 2024, the seed's day, unless given)."""
    def run(body: str, date: dt.date = dt.date(2024, 3, 4), language: str = "en", title: str = "t"):
        document = Document(doc="t.txt", path=None, title=title, date=date, url=None, language=language, body=body)
        return process_document(document, gazetteer)
    return run
