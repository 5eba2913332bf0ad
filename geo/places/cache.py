"""The cache folder, and the persistent cache of online geocoder answers.

Two things are expensive enough to keep between runs: the compiled world
index (:mod:`geo.places.world`) and the answers of online geocoders.  Nominatim's
usage policy asks callers to cache results, and geopy has no cache of its
own, so every answer (including "not found") is stored in SQLite, keyed by
service, normalised query and country bias.  Each answer is committed as
soon as it arrives: a run that is interrupted after 3,000 of 5,000 names
resumes at name 3,001.

Failures are remembered too, for less long: a "not found" for
:data:`NOT_FOUND_TTL_SECONDS` (a month; gazetteers do change), a service
error for :data:`ERROR_TTL_SECONDS` (ten minutes), so a build run again at
once without a network does not wait for the same time-outs, while a build
the next day asks again.  Places that were found are kept for good.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from geo.places import names
from geo.errors import CacheError

#: How long a "not found" answer and a service error are believed.
NOT_FOUND_TTL_SECONDS = 30 * 24 * 3600.0
ERROR_TTL_SECONDS = 600.0

#: Environment variable that overrides the cache folder (tests set it).
CACHE_ENV = "INCIDENT_MAPPER_CACHE"
APP_NAME = "incident-mapper"


def cache_dir(*, create: bool = True) -> Path:
    """The folder for compiled indexes and geocoder answers.

    ``$INCIDENT_MAPPER_CACHE`` when set, else the platform's user cache
    folder (``~/.cache/incident-mapper`` on Linux).
    """
    override = os.environ.get(CACHE_ENV)
    if override:
        folder = Path(override).expanduser()
    else:
        from platformdirs import user_cache_dir  # only here: keeps import light

        folder = Path(user_cache_dir(APP_NAME))
    if create:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CacheError(folder, f"cannot create the cache folder ({exc.strerror}); "
                                     f"set {CACHE_ENV} to a writable folder") from None
    return folder


def query_key(service: str, query: str, country: str | None) -> tuple[str, str, str]:
    """The cache key of a query: spelling, case and accents do not matter."""
    return service.lower(), names.key(query) or query.strip().lower(), (country or "").upper()


@dataclass(frozen=True)
class CachedAnswer:
    """One stored answer: ``raw`` is the service's JSON (``None`` when the
    service found nothing), kept whole for provenance."""

    service: str
    query: str
    country: str
    address: str | None
    lat: float | None
    lon: float | None
    raw: dict | None
    fetched: float
    error: str | None = None  # the service error, when the service could not answer

    @property
    def found(self) -> bool:
        return self.lat is not None and self.lon is not None


class GeocodeCache:
    """SQLite store of online geocoder answers.

    Parameters
    ----------
    path
        The database file; by default ``geocode-cache.sqlite`` in
        :func:`cache_dir`.
    """

    def __init__(self, path: Path | str | None = None, *, not_found_ttl: float = NOT_FOUND_TTL_SECONDS,
                 error_ttl: float = ERROR_TTL_SECONDS, clock: Callable[[], float] = time.time):
        self.path = Path(path) if path is not None else cache_dir() / "geocode-cache.sqlite"
        self.not_found_ttl = not_found_ttl
        self.error_ttl = error_ttl
        self._clock = clock
        try:
            self._db = sqlite3.connect(self.path, timeout=30)
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS answers (service TEXT, query TEXT, country TEXT, asked TEXT,"
                " address TEXT, lat REAL, lon REAL, raw TEXT, fetched REAL,"
                " PRIMARY KEY (service, query, country))")
            columns = {row[1] for row in self._db.execute("PRAGMA table_info(answers)")}
            if "error" not in columns:  # caches written before errors were remembered
                self._db.execute("ALTER TABLE answers ADD COLUMN error TEXT")
            self._db.commit()
        except sqlite3.Error as exc:
            raise CacheError(self.path, f"cannot open the geocoder cache ({exc})") from None

    def get(self, service: str, query: str, country: str | None = None) -> CachedAnswer | None:
        """The stored answer for a query, or ``None`` if it was never asked
        or the answer is a failure older than its time to live."""
        key = query_key(service, query, country)
        row = self._db.execute("SELECT address, lat, lon, raw, fetched, error FROM answers"
                               " WHERE service = ? AND query = ? AND country = ?", key).fetchone()
        if row is None:
            return None
        address, lat, lon, raw, fetched, error = row
        answer = CachedAnswer(key[0], key[1], key[2], address, lat, lon, json.loads(raw) if raw else None, fetched,
                              error)
        if not answer.found:
            ttl = self.error_ttl if error else self.not_found_ttl
            if self._clock() - fetched > ttl:
                return None
        return answer

    def put(self, service: str, query: str, country: str | None, *, address: str | None = None,
            lat: float | None = None, lon: float | None = None, raw: dict | None = None,
            error: str | None = None) -> CachedAnswer:
        """Store an answer, a definite "not found" or a service ``error``,
        and commit at once."""
        key = query_key(service, query, country)
        fetched = self._clock()
        self._db.execute("INSERT OR REPLACE INTO answers (service, query, country, asked, address, lat, lon, raw,"
                         " fetched, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (*key, query, address, lat, lon,
                          json.dumps(raw, sort_keys=True, default=str) if raw is not None else None, fetched, error))
        self._db.commit()
        return CachedAnswer(*key, address, lat, lon, raw, fetched, error)

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM answers").fetchone()[0]

    def close(self) -> None:
        self._db.close()
