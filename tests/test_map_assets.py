"""Where the map's front-end files come from: the CDN, or npm for offline maps."""

from __future__ import annotations

import json
import stat
import sys
from pathlib import Path

import pytest

from geo.cli import main
from geo.errors import AssetsError
from geo.map import assets

from .conftest import SEEDS

TESTS_NPM = Path(__file__).parent / "browser"


def test_the_tests_npm_packages_are_the_versions_the_map_pins():
    wanted = json.loads((TESTS_NPM / "package.json").read_text(encoding="utf-8"))["dependencies"]
    assert wanted == {p.name: p.version for p in assets.PACKAGES}


def test_online_maps_link_each_file_on_the_cdn_leaflet_first():
    tags = assets.links()
    assert '<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css">' in tags
    scripts = [line for line in tags.splitlines() if line.startswith("<script")]
    assert scripts[0] == '<script src="https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js"></script>'
    assert len(scripts) == sum(len(p.js) for p in assets.PACKAGES)


def test_offline_inlining_embeds_images_and_cannot_close_its_element(tmp_path):
    folder = tmp_path / "npm"
    for package in assets.PACKAGES:
        root = folder / "node_modules" / package.name
        for path in (*package.js, *package.css):
            (root / path).parent.mkdir(parents=True, exist_ok=True)
        for path in package.js:
            (root / path).write_text(f'var s = "</script><b>"; // {package.name}\n', encoding="utf-8")
        for path in package.css:
            (root / path).write_text(".x { background: url('../img/i.png') } /* </style> */", encoding="utf-8")
        (root / "img").mkdir(exist_ok=True)
        (root / "img" / "i.png").write_bytes(b"\x89PNG fake")
        (root / "package.json").write_text(json.dumps({"version": package.version}), encoding="utf-8")
    html = assets.inline(folder)
    assert html.count("<script>") == html.count("</script>") == sum(len(p.js) for p in assets.PACKAGES)
    assert html.count("</style>") == sum(len(p.css) for p in assets.PACKAGES)
    assert 'url("data:image/png;base64,iVBORyBmYWtl")' in html
    assert "https://" not in html


def test_an_offline_build_without_the_packages_says_how_to_get_them(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    empty = tmp_path / "no-assets"
    code = main(["build", "--seeds", str(SEEDS), "--offline", "--assets", str(empty)])
    missing = ", ".join(p.spec for p in assets.PACKAGES)
    assert (code, capsys.readouterr().err) == (
        1, f"Error: {empty}: {missing} not installed; an offline map needs them: "
           "run `incident-map assets` (uses npm) first\n")
    assert not (tmp_path / "output" / "map.html").exists()


def test_the_assets_command_installs_the_pinned_versions_with_npm(tmp_path, capsys):
    # A stand-in for npm that records its arguments and installs what it is asked for.
    fake = tmp_path / "npm"
    fake.write_text(f"""#!{sys.executable}
import json, sys, pathlib
args = sys.argv[1:]
prefix = pathlib.Path(args[args.index("--prefix") + 1])
(prefix / "args.json").write_text(json.dumps(args))
for spec in [a for a in args if "@" in a[1:]]:
    name, version = spec.rsplit("@", 1)
    folder = prefix / "node_modules" / name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "package.json").write_text(json.dumps({{"version": version}}))
""", encoding="utf-8")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    folder = assets.install(tmp_path / "assets", npm=str(fake))
    args = json.loads((folder / "args.json").read_text())
    assert args[0] == "install" and [a for a in args if "@" in a[1:]] == [p.spec for p in assets.PACKAGES]
    assert assets.missing(folder) == []


def test_without_npm_the_assets_command_is_a_one_line_error(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(assets.shutil, "which", lambda name: None)
    with pytest.raises(AssetsError, match="npm is not installed"):
        assets.install(tmp_path / "assets")
    assert main(["assets", "--dir", str(tmp_path / "a")]) == 1
    assert capsys.readouterr().err.startswith("Error: npm is not installed")
