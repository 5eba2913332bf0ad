"""Geocoders with geopy's interface: the offline gazetteer, and any online
geopy service behind a cache, a rate limit and polite retries.

:class:`OfflineGeocoder` is a :class:`geopy.geocoders.base.Geocoder`, so
code written for geopy (``geocoder.geocode("Delmas")``) works offline and
returns :class:`geopy.location.Location` objects whose ``raw`` carries the
kind, precision, source, reason and the candidates weighed.

:class:`OnlineFallback` wraps any geopy geocoder chosen by service name
(``nominatim``, ``photon``, ``arcgis``...).  It is asked only for names the
gazetteer cannot place, and it follows Nominatim's usage policy by default:
an identifying User-Agent, at most one request per second (geopy's
:class:`~geopy.extra.rate_limiter.RateLimiter`), a time-out of 10 s, answers
cached for good (:class:`geo.places.cache.GeocodeCache`), and retries with
back-off on 429 and 5xx that honour ``Retry-After``.  A failure never
stops a build: the name is reported as ``service_error`` (remembered for
ten minutes, see :mod:`geo.places.cache`), while everything already placed
stays placed; after a few failed requests in a row the service is not
asked again during the run.
"""

from __future__ import annotations

import inspect
import logging
import re
import time
from typing import Callable

from geopy.exc import (GeocoderAuthenticationFailure, GeocoderInsufficientPrivileges, GeocoderNotFound,
                       GeocoderParseError, GeocoderQueryError, GeocoderRateLimited, GeocoderServiceError,
                       ConfigurationError)
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import get_geocoder_for_service
from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location

from geo.places import names
from geo.places.cache import CachedAnswer, GeocodeCache
from geo.errors import GeocoderConfigError, printable
from geo.places.gazetteer import LAYER_WORLD, Entry, Gazetteer

log = logging.getLogger(__name__)

#: Nominatim's usage policy: one request per second; time-outs of 10 s or more.
MIN_DELAY_SECONDS = 1.0
TIMEOUT_SECONDS = 10.0
#: Never wait longer than this for one Retry-After.
MAX_WAIT_SECONDS = 120.0
#: After this many failed requests in a row (no network, service down), the
#: service is not asked again during this run.
MAX_CONSECUTIVE_FAILURES = 4

_SAMPLE_AGENTS = re.compile(
    r"^\s*(?:geopy(?:/[\d.]+)?|specify a custom user_?agent.*|my[-_ ]?(?:app|application|geocoder|agent)"
    r"(?:/[\d.]+)?|python-requests.*|test|example|user[-_ ]?agent|)\s*$", re.I)


def check_user_agent(user_agent: str | None) -> str:
    """The User-Agent to send, or :class:`GeocoderConfigError` saying why not.

    Nominatim blocks geopy's sample agents: they identify no one, so every
    copy of every tutorial shares one quota.
    """
    if not user_agent or not user_agent.strip():
        raise GeocoderConfigError(
            "an online geocoder needs --user-agent naming your application and a contact, "
            "e.g. --user-agent 'incident-map-ngo-x (ops@example.org)'; Nominatim's usage policy requires it")
    if _SAMPLE_AGENTS.match(user_agent):
        raise GeocoderConfigError(
            f"--user-agent '{user_agent}' is a sample from geopy's documentation; services such as Nominatim "
            "block sample agents because they identify no one. Name your application and a contact, "
            "e.g. 'incident-map-ngo-x (ops@example.org)'")
    return user_agent.strip()


def online_geocoder(service: str, *, user_agent: str | None, timeout: float = TIMEOUT_SECONDS,
                    **options) -> Geocoder:
    """A geopy geocoder by service name, with our User-Agent and time-out.

    ``options`` go to the geopy class (``domain``, ``scheme``, ``api_key``...).
    """
    agent = check_user_agent(user_agent)
    try:
        cls = get_geocoder_for_service(service.lower())
    except GeocoderNotFound:
        raise GeocoderConfigError(
            f"unknown geocoding service '{service}'; use a geopy service name such as nominatim, photon "
            "or arcgis") from None
    options.setdefault("adapter_factory", _adapter_without_hidden_retries)
    try:
        return cls(user_agent=agent, timeout=timeout, **options)
    except (TypeError, ConfigurationError) as exc:
        raise GeocoderConfigError(f"geocoding service '{service}' cannot be set up: {exc}") from None


def _adapter_without_hidden_retries(**kwargs):
    """geopy's requests adapter with urllib3's own retries turned off.

    By default urllib3 retries read time-outs and 429/503 quietly, which
    triples a 10 s time-out and hides rate limiting from us; retries are
    done once, in :meth:`OnlineFallback._ask`, where they are counted,
    logged and honour Retry-After.
    """
    from geopy.adapters import RequestsAdapter

    return RequestsAdapter(max_retries=0, **kwargs)


#: Nominatim's ``addresstype`` (or ``type``) mapped to our kinds.
_KINDS = {"city": "city", "town": "town", "village": "village", "hamlet": "village", "municipality": "commune",
          "suburb": "neighbourhood", "quarter": "neighbourhood", "neighbourhood": "neighbourhood",
          "road": "road", "state": "region", "region": "region", "province": "region", "county": "admin2",
          "country": "country", "aerodrome": "airport"}


def entry_from_answer(service: str, answer: CachedAnswer) -> Entry:
    """An :class:`Entry` for an online answer, keeping the service's raw JSON."""
    raw = answer.raw or {}
    kind = _KINDS.get(str(raw.get("addresstype") or raw.get("type") or ""), "landmark")
    osm = f"{raw['osm_type']}/{raw['osm_id']}" if raw.get("osm_type") and raw.get("osm_id") else None
    ident = osm or raw.get("place_id") or answer.query
    country = ((raw.get("address") or {}).get("country_code") or answer.country or "").upper() or None
    return Entry(id=f"{service}:{ident}", name=(answer.address or answer.query).split(",")[0].strip(),
                 kind=kind, lat=float(answer.lat), lon=float(answer.lon), country=country,
                 source=f"{service}:{osm}" if osm else service, pack=service, layer=LAYER_WORLD,
                 extra=(("address", answer.address or ""),))


class OnlineFallback:
    """An online geopy geocoder behind the persistent cache, the rate limit
    and retries.  Counts what it did in ``requests``, ``cache_hits`` and
    ``failures``, for the build summary and for tests."""

    def __init__(self, geocoder: Geocoder, *, service: str, cache: GeocodeCache | None = None,
                 min_delay_seconds: float = MIN_DELAY_SECONDS, max_retries: int = 3,
                 backoff_seconds: float = 2.0, max_wait_seconds: float = MAX_WAIT_SECONDS,
                 max_consecutive_failures: int = MAX_CONSECUTIVE_FAILURES,
                 sleep: Callable[[float], None] = time.sleep):
        self.geocoder = geocoder
        self.service = service.lower()
        self.cache = cache if cache is not None else GeocodeCache()
        self.max_retries = max_retries
        self.backoff_seconds = backoff_seconds
        self.max_wait_seconds = max_wait_seconds
        self._sleep = sleep
        self._limited = RateLimiter(self._request, min_delay_seconds=min_delay_seconds, max_retries=0,
                                    error_wait_seconds=min_delay_seconds, swallow_exceptions=False)
        parameters = inspect.signature(geocoder.geocode).parameters
        self._bias = "country_codes" if "country_codes" in parameters else None
        # Nominatim names the country only when asked for address details.
        self._details = {"addressdetails": True} if "addressdetails" in parameters else {}
        self.requests = 0
        self.cache_hits = 0
        self.failures = 0
        self.max_consecutive_failures = max_consecutive_failures
        self.consecutive_failures = 0
        #: Why the service is no longer asked during this run, once it is not.
        self.stopped: str | None = None
        self._down_checked = False
        #: (usual retries, time of the run that gave up) while trying a service
        #: a recent run gave up on (see _remembered_stop).
        self._probe: tuple[int, str] | None = None

    def _request(self, query: str, country: str | None) -> Location | None:
        self.requests += 1
        kwargs = {self._bias: country.lower()} if (self._bias and country) else {}
        kwargs.update(self._details)
        return self.geocoder.geocode(query, exactly_one=True, **kwargs)

    def place(self, query: str, *, country: str | None = None) -> tuple[Entry | None, str]:
        """``(entry, reason)`` for a name: from the cache, else from the service.

        The reason starts with ``not_found`` when the service answered that
        it knows no such place, or ``service_error`` when it could not answer.
        """
        cached = self.cache.get(self.service, query, country)
        if cached is not None:
            self.cache_hits += 1
            # The same reason as when first asked, so a rebuild from the cache
            # writes byte-identical layers.
            if cached.error:
                return None, f"service_error: {self.service}: {cached.error} (remembered from a recent try)"
            if not cached.found:
                return None, f"not_found: {self.service} knows no '{query}'"
            return entry_from_answer(self.service, cached), f"{self.service}: not in the offline gazetteer"
        if self.stopped is None and not self._down_checked:
            self._down_checked = True
            self._remembered_stop()
        if self.stopped:
            self.failures += 1
            return None, f"service_error: {self.service}: not asked ({self.stopped})"
        try:
            location = self._ask(query, country)
        except GeocoderServiceError as exc:
            self.failures += 1
            error = f"{type(exc).__name__}: {exc}"
            if not self.stopped:
                log.warning("%s could not place %r: %s", self.service, query, exc)
            self.cache.put(self.service, query, country, error=error[:500])
            return None, f"service_error: {self.service}: {error}"
        if location is None:
            self.cache.put(self.service, query, country)
            return None, f"not_found: {self.service} knows no '{query}'"
        raw = location.raw if isinstance(location.raw, dict) else {"value": location.raw}
        answer = self.cache.put(self.service, query, country, address=location.address,
                                lat=location.latitude, lon=location.longitude, raw=raw)
        return entry_from_answer(self.service, answer), f"{self.service}: not in the offline gazetteer"

    def _ask(self, query: str, country: str | None) -> Location | None:
        """One query with retries: 429 waits for Retry-After, 5xx and
        time-outs back off exponentially; parse, query and auth errors are
        not retried, since asking again cannot fix them."""
        for attempt in range(self.max_retries + 1):
            try:
                answer = self._limited(query, country)
                self.consecutive_failures = 0
                if self._probe is not None:  # the service is back: retries as usual
                    self.max_retries, self._probe = self._probe[0], None
                return answer
            except (GeocoderParseError, GeocoderQueryError, GeocoderAuthenticationFailure,
                    GeocoderInsufficientPrivileges):
                raise
            except GeocoderServiceError as exc:
                self._count_failure(exc)
                if self.stopped:
                    raise
                if isinstance(exc, GeocoderRateLimited):
                    if attempt == self.max_retries:
                        raise
                    wait = exc.retry_after if exc.retry_after is not None else self.backoff_seconds * 2 ** attempt
                else:  # 5xx, time-outs, unreachable
                    if attempt == self.max_retries:
                        raise
                    wait = self.backoff_seconds * 2 ** attempt
                    log.info("%s: %s; retrying in %.1f s", self.service, exc, wait)
            self._sleep(min(float(wait), self.max_wait_seconds))
        return None  # pragma: no cover - the loop always returns or raises

    def _count_failure(self, exc: Exception) -> None:
        """One more failed request in a row; past the limit, stop asking and
        say so once (a build without a network otherwise waits for every
        name's time-outs and retries)."""
        self.consecutive_failures += 1
        if self.stopped is None and self.consecutive_failures >= self.max_consecutive_failures:
            if self._probe is not None:
                self.stopped = f"it failed again after failing in the run of {self._probe[1]}"
                failed = f"failed again ({type(exc).__name__}: {printable(exc)[:200]}), as in the run of {self._probe[1]}"
            else:
                self.stopped = f"{self.consecutive_failures} requests in a row failed, the last with {type(exc).__name__}"
                failed = (f"{self.consecutive_failures} requests in a row failed ({type(exc).__name__}: "
                          f"{printable(exc)[:200]})")
            log.warning("%s: %s; not asking it again during this run, so the names left stay unplaced",
                        self.service, failed)
            # Remembered like any service error (for the cache's error time to
            # live), so the runs that follow do not wait for the same retries.
            self.cache.put(self.service, *_SERVICE_DOWN, error=self.stopped)

    def _remembered_stop(self) -> None:
        """When a recent run gave up on this service, try it once only: one
        request without retries tells whether the network is back."""
        down = self.cache.get(self.service, *_SERVICE_DOWN)
        if down is None or not down.error:
            return
        self._probe = (self.max_retries, time.strftime("%H:%M", time.localtime(down.fetched)))
        self.max_retries = 0
        self.consecutive_failures = self.max_consecutive_failures - 1


#: The cache key that records a service given up on (a query no text can make:
#: names are words, and this key has none).
_SERVICE_DOWN = ("*", "*")


def make_fallback(service: str, *, user_agent: str | None, cache: GeocodeCache | None = None,
                  **options) -> OnlineFallback:
    """The online fallback the CLI's ``--geocoder``/``--user-agent`` ask for."""
    return OnlineFallback(online_geocoder(service, user_agent=user_agent), service=service, cache=cache, **options)


class OfflineGeocoder(Geocoder):
    """The gazetteer (world index + packs) as a geopy geocoder.

    Parameters
    ----------
    gazetteer
        The gazetteer to search; by default :func:`geo.places.gazetteer.load_default`.
        When it has an online ``fallback``, names it cannot place go there.
    """

    def __init__(self, gazetteer: Gazetteer | None = None):
        super().__init__(user_agent="incident-mapper (offline)")
        if gazetteer is None:
            from geo.places.gazetteer import load_default

            gazetteer = load_default()
        self.gazetteer = gazetteer

    def geocode(self, query: str, *, exactly_one: bool = True, timeout=DEFAULT_SENTINEL,
                country: str | None = None, near: tuple[str, ...] | list[str] = ()):
        """The place for ``query`` (``None`` if unknown), or with
        ``exactly_one=False`` every candidate, the chosen one first."""
        from geo.places.locate import locate

        if not isinstance(query, str) or not names.key(query):
            raise GeocoderQueryError(f"cannot geocode {query!r}: give a place name")
        resolution = locate(query, self.gazetteer, country=country, near=tuple(near))
        if resolution.entry is None:
            return None if exactly_one else []
        others = [e for e in resolution.candidates if e is not resolution.entry]
        chosen = to_location(resolution.entry, reason=resolution.reason, candidates=others)
        if exactly_one:
            return chosen
        return [chosen, *(to_location(e, reason="other candidate") for e in others)]


def describe(entry: Entry) -> dict:
    """The plain-data fields of an entry, as printed by ``incident-map geocode``."""
    return {"id": entry.id, "name": entry.name, "lat": entry.lat, "lon": entry.lon, "kind": entry.kind,
            "precision": entry.precision, "country": entry.country, "population": entry.population,
            "source": entry.source, "pack": entry.pack}


def to_location(entry: Entry, *, reason: str, candidates: list[Entry] | tuple[Entry, ...] = ()) -> Location:
    """A geopy :class:`Location` whose ``raw`` keeps our provenance."""
    raw = {**describe(entry), "reason": reason, "candidates": [describe(e) for e in candidates]}
    address = ", ".join(p for p in (entry.name, entry.locality, entry.country) if p)
    return Location(address, (entry.lat, entry.lon), raw)
