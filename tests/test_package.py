"""Conformance checks over the package itself."""

from __future__ import annotations

import inspect
import subprocess
import sys

import geo
from geo import errors


def test_every_public_name_is_exported():
    for name in geo.__all__:
        assert hasattr(geo, name), name


def test_every_error_class_derives_from_the_root_error_and_a_builtin():
    classes = [c for name, c in inspect.getmembers(errors, inspect.isclass)
               if c.__module__ == errors.__name__ and not name.startswith("_")]  # private bases are never raised
    assert errors.GeoError in classes
    for cls in classes:
        assert issubclass(cls, errors.GeoError)
        if cls is not errors.GeoError:
            assert any(issubclass(cls, b) for b in (ValueError, OSError, TimeoutError, ConnectionError,
                                                     RuntimeError, LookupError, KeyError)), cls


def test_importing_the_package_loads_no_heavy_library():
    code = "import sys, geo, geo.cli; print(sorted(m for m in ('folium', 'pandas', 'geopandas') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
