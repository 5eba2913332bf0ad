"""The online path, against a real HTTP server on loopback that speaks
Nominatim's JSON API, driven through geopy's own ``Nominatim`` class.

Nothing here reaches the internet: the server listens on 127.0.0.1 on a
random port, and every geocoder is pointed at it.
"""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
from geopy.distance import distance
from geopy.geocoders import Nominatim

from geo.places.cache import GeocodeCache
from geo.errors import GeocoderConfigError
from geo.places.gazetteer import load_default
from geo.places.locate import locate
from geo.places.geocoders import OnlineFallback, check_user_agent, make_fallback, online_geocoder
from geo.pipeline import build

from .conftest import write_doc

AGENT = "incident-mapper-tests (tests@example.org)"
PLACES = {"kibumba": (-1.5167, 29.3333, "Kibumba, Nyiragongo, North Kivu, DR Congo", "village"),
          "rusayo": (-1.5850, 29.1880, "Rusayo, Nyiragongo, North Kivu, DR Congo", "village")}


class Nominatim_(BaseHTTPRequestHandler):
    """``/search?q=...&format=json`` like nominatim.openstreetmap.org.

    The server's ``script`` maps a query to a list of behaviours consumed one
    request at a time: ``ok``, ``429``, ``500``, ``slow``, ``garbage``.
    """

    def do_GET(self):  # noqa: N802 - http.server's naming
        server = self.server
        query = parse_qs(urlsplit(self.path).query)
        q = query.get("q", [""])[0].lower()
        server.requests.append((q, query.get("countrycodes", [None])[0], self.headers.get("User-Agent")))
        script = server.script.get(q) or server.script.get("*") or []
        behaviour = script.pop(0) if len(script) > 1 else (script[0] if script else "ok")
        if behaviour == "429":
            return self._send(429, b"slow down", {"Retry-After": "1"})
        if behaviour == "500":
            return self._send(500, b"internal error")
        if behaviour == "slow":
            time.sleep(0.6)
        if behaviour == "garbage":
            return self._send(200, b"[{not json", {"Content-Type": "application/json"})
        found = PLACES.get(q)
        body = [] if found is None else [{
            "place_id": 42, "osm_type": "node", "osm_id": 1000 + len(q), "lat": str(found[0]), "lon": str(found[1]),
            "display_name": found[2], "addresstype": found[3], "type": found[3], "class": "place",
            **({"address": {"country_code": "cd"}} if query.get("addressdetails") == ["1"] else {})}]
        self._send(200, json.dumps(body).encode(), {"Content-Type": "application/json"})

    def _send(self, status, body, headers=None):
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Nominatim_)
    httpd.requests, httpd.script = [], {}
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def cache(tmp_path):
    db = GeocodeCache(tmp_path / "answers.sqlite")
    yield db
    db.close()


def fallback(server, cache, *, timeout=2.0, max_retries=2, waits=None) -> OnlineFallback:
    """geopy's Nominatim pointed at the loopback server, with short waits."""
    nominatim = online_geocoder("nominatim", user_agent=AGENT, domain=f"127.0.0.1:{server.server_port}",
                                scheme="http", timeout=timeout)
    assert isinstance(nominatim, Nominatim)
    return OnlineFallback(nominatim, service="nominatim", cache=cache, min_delay_seconds=0.0, max_retries=max_retries,
                          backoff_seconds=0.01, sleep=(waits.append if waits is not None else lambda s: None))


def test_a_name_the_gazetteer_lacks_is_placed_online_with_provenance(server, cache):
    online = fallback(server, cache)
    entry, reason = online.place("Kibumba", country="CD")
    assert distance((entry.lat, entry.lon), (-1.5167, 29.3333)).km < 0.01
    assert (entry.kind, entry.precision, entry.source) == ("village", "locality", "nominatim:node/1007")
    assert reason == "nominatim: not in the offline gazetteer"
    assert server.requests == [("kibumba", "cd", AGENT)]


def test_429_waits_for_retry_after_then_succeeds(server, cache):
    server.script["kibumba"] = ["429", "ok"]
    waits: list[float] = []
    entry, _ = fallback(server, cache, waits=waits).place("Kibumba")
    assert entry is not None
    assert waits == [1.0]
    assert len(server.requests) == 2


def test_500_is_retried_with_back_off_then_reported_as_service_error(server, cache):
    server.script["kibumba"] = ["500"]
    waits: list[float] = []
    online = fallback(server, cache, max_retries=2, waits=waits)
    entry, reason = online.place("Kibumba")
    assert entry is None
    assert reason.startswith("service_error: nominatim: GeocoderServiceError")
    assert waits == [0.01, 0.02]
    assert len(server.requests) == 3
    # the failure is remembered briefly: a build run again at once does not wait again
    assert cache.get("nominatim", "Kibumba", None).error.startswith("GeocoderServiceError")
    assert online.place("Kibumba")[1].endswith("(remembered from a recent try)") and len(server.requests) == 3


def test_failures_are_remembered_briefly_and_not_found_longer(server, cache, tmp_path):
    now = [1_000_000.0]
    clocked = GeocodeCache(tmp_path / "clocked.sqlite", clock=lambda: now[0])
    server.script["kibumba"] = ["500", "ok"]
    online = fallback(server, clocked, max_retries=0)
    assert online.place("Kibumba")[1].startswith("service_error")
    assert online.place("Nowhere At All")[1].startswith("not_found")
    now[0] += 11 * 60  # eleven minutes later: the error is asked again, the not-found is still believed
    again = fallback(server, clocked, max_retries=0)
    assert again.place("Kibumba")[0].name == "Kibumba"
    assert again.place("Nowhere At All")[1].startswith("not_found") and again.requests == 1
    now[0] += 31 * 24 * 3600  # a month later the not-found is asked again
    assert fallback(server, clocked, max_retries=0).place("Nowhere At All")[1].startswith("not_found")
    assert [q for q, _, _ in server.requests].count("nowhere at all") == 2
    clocked.close()


def test_without_a_network_the_service_is_dropped_after_a_few_failures(cache, caplog):
    dead = online_geocoder("nominatim", user_agent=AGENT, domain="127.0.0.1:9", scheme="http", timeout=1)
    online = OnlineFallback(dead, service="nominatim", cache=cache, min_delay_seconds=0.0, max_retries=1,
                            backoff_seconds=0.01, sleep=lambda s: None)
    reasons = [online.place(f"Village {n}")[1] for n in range(10)]
    assert online.requests == 4  # two names, two tries each, then no more
    assert all(r.startswith("service_error") for r in reasons)
    assert reasons[-1] == ("service_error: nominatim: not asked (4 requests in a row failed, the last with "
                           "GeocoderUnavailable)")
    stops = [r.getMessage() for r in caplog.records if "not asking it again" in r.getMessage()]
    assert len(stops) == 1 and stops[0].startswith("nominatim: 4 requests in a row failed (GeocoderUnavailable")


def test_the_next_run_after_giving_up_tries_the_service_once_not_four_times(server, cache, caplog):
    dead = online_geocoder("nominatim", user_agent=AGENT, domain="127.0.0.1:9", scheme="http", timeout=1)
    options = dict(service="nominatim", cache=cache, min_delay_seconds=0.0, max_retries=3, backoff_seconds=0.01,
                   sleep=lambda s: None)
    first = OnlineFallback(dead, **options)
    assert all(first.place(f"Village {n}")[0] is None for n in range(10))
    assert first.requests == 4  # one name, four tries, then the service is dropped
    caplog.clear()
    again = OnlineFallback(dead, **options)
    reasons = [again.place(f"Village {n}")[1] for n in range(10)]
    assert again.requests == 1  # a single probe, without retries
    assert re.fullmatch(r"service_error: nominatim: not asked \(it failed again after failing in the run of "
                        r"\d\d:\d\d\)", reasons[-1]), reasons[-1]
    stops = [r.getMessage() for r in caplog.records if "not asking it again" in r.getMessage()]
    assert len(stops) == 1 and re.match(r"nominatim: failed again \(GeocoderUnavailable: .*\), as in the run of "
                                        r"\d\d:\d\d; not asking it again during this run", stops[0]), stops
    # With the network back, the probe succeeds and the run asks as usual, retries included.
    server.script["rusayo"] = ["500", "ok"]
    live = fallback(server, cache, max_retries=3)
    assert live.place("Kibumba")[0].name == "Kibumba" and live.place("Rusayo")[0].name == "Rusayo"
    assert live.stopped is None and live.max_retries == 3


def test_a_response_slower_than_the_timeout_is_a_service_error(server, cache):
    server.script["kibumba"] = ["slow"]
    entry, reason = fallback(server, cache, timeout=0.2, max_retries=0).place("Kibumba")
    assert entry is None
    assert reason.startswith("service_error: nominatim: GeocoderTimedOut")


def test_malformed_json_is_a_service_error_and_is_not_retried(server, cache):
    server.script["kibumba"] = ["garbage"]
    entry, reason = fallback(server, cache).place("Kibumba")
    assert entry is None
    assert reason.startswith("service_error: nominatim: GeocoderParseError")
    assert len(server.requests) == 1


def test_not_found_is_cached_as_a_definite_answer(server, cache):
    online = fallback(server, cache)
    assert online.place("Nowhere At All")[1] == "not_found: nominatim knows no 'Nowhere At All'"
    assert online.place("nowhere at all")[1] == "not_found: nominatim knows no 'nowhere at all'"
    assert len(server.requests) == 1 and online.cache_hits == 1


def test_a_second_build_makes_no_request(server, cache, tmp_path):
    seeds = tmp_path / "seeds"
    write_doc(seeds, "goma.txt", "Fighting between the army and M23 rebels broke out in Kibumba on Monday, "
                                 "killing four civilians in North Kivu province of Congo.")
    first = build(seeds, tmp_path / "layers", tmp_path / "output", fallback=fallback(server, cache))
    assert [i.place for i in first.incidents] == ["Kibumba"]
    assert len(server.requests) == 1
    again = fallback(server, cache)
    second = build(seeds, tmp_path / "layers2", tmp_path / "output2", fallback=again)
    assert again.requests == 0 and again.cache_hits == 1
    assert len(server.requests) == 1
    assert (tmp_path / "layers" / "incidents.geojson").read_bytes() == \
        (tmp_path / "layers2" / "incidents.geojson").read_bytes()
    assert second.incidents[0].country == "CD"


def test_network_failure_still_finishes_the_build_and_keeps_what_was_placed(cache, tmp_path):
    seeds = tmp_path / "seeds"
    write_doc(seeds, "haiti.txt", "Gangs attacked the National Penitentiary in Port-au-Prince on Saturday. "
                                  "Gunmen also attacked homes in Kibumba on Sunday.")
    dead = online_geocoder("nominatim", user_agent=AGENT, domain="127.0.0.1:9", scheme="http", timeout=1)  # nothing listens on port 9
    online = OnlineFallback(dead, service="nominatim", cache=cache, min_delay_seconds=0.0, max_retries=1,
                            backoff_seconds=0.01, sleep=lambda s: None)
    result = build(seeds, tmp_path / "layers", tmp_path / "output", fallback=online)
    assert [(name, reason.split(":")[0]) for _, name, reason in result.unresolved] == [("Kibumba", "service_error")]
    # the village the service could not place stays only approximately placed, at the city the story is set in
    places = {i.place: i for i in result.incidents}
    assert set(places) == {"National Penitentiary", "Kibumba (near Port-au-Prince)"}
    assert places["Kibumba (near Port-au-Prince)"].place_reason.startswith("approximate")


def test_an_interrupted_run_resumes_where_it_stopped(server, cache):
    names = [f"Village {i}" for i in range(10)]
    online = fallback(server, cache)
    for name in names[:6]:
        online.place(name)
    # the process dies here; a new run over all ten names asks only for the last four
    resumed = fallback(server, cache)
    for name in names:
        resumed.place(name)
    assert resumed.requests == 4 and resumed.cache_hits == 6


def test_locate_goes_online_only_for_names_the_gazetteer_cannot_place(server, cache):
    gazetteer = load_default()
    gazetteer.fallback = fallback(server, cache)
    assert locate("Delmas", gazetteer).entry.id == "ht-pap-delmas"
    assert locate("Rusayo", gazetteer, country="CD").entry.source == "nominatim:node/1006"
    assert [r[0] for r in server.requests] == ["rusayo"]


@pytest.mark.parametrize("agent, message", [
    (None, "an online geocoder needs --user-agent naming your application and a contact, e.g. --user-agent "
           "'incident-map-ngo-x (ops@example.org)'; Nominatim's usage policy requires it"),
    ("geopy/2.5.0", "--user-agent 'geopy/2.5.0' is a sample from geopy's documentation; services such as Nominatim "
                    "block sample agents because they identify no one. Name your application and a contact, "
                    "e.g. 'incident-map-ngo-x (ops@example.org)'"),
])
def test_missing_or_sample_user_agents_are_refused_with_the_reason(agent, message):
    with pytest.raises(GeocoderConfigError) as caught:
        check_user_agent(agent)
    assert str(caught.value) == message


@pytest.mark.parametrize("agent", ["Specify a custom user_agent", "my-application", "my_app/1.0"])
def test_every_sample_agent_from_geopys_docs_is_refused(agent):
    with pytest.raises(GeocoderConfigError, match="sample"):
        check_user_agent(agent)


def test_an_unknown_service_is_named_in_the_error():
    with pytest.raises(GeocoderConfigError) as caught:
        make_fallback("nominatimm", user_agent=AGENT)
    assert str(caught.value) == ("unknown geocoding service 'nominatimm'; use a geopy service name such as "
                                 "nominatim, photon or arcgis")


def test_defaults_follow_nominatims_policy(cache):
    online = make_fallback("nominatim", user_agent=AGENT, cache=cache)
    assert online.geocoder.timeout >= 10
    assert online._limited.min_delay_seconds == 1.0
    assert online.geocoder.headers["User-Agent"] == AGENT
