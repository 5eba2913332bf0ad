"""Names as people write them, and queries the way Nominatim takes them.

Reference points are GeoNames' (the world index the tests compile).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from geopy.distance import distance

from geo.cli import main
from geo.errors import PlaceNotFoundError
from geo.places.locate import locate

SPRINGFIELD_IL = (39.80172, -89.64371)
SPRINGFIELD_MA = (42.10148, -72.58981)



def km(entry, point) -> float:
    return distance((entry.lat, entry.lon), point).km


@pytest.mark.parametrize("typed, meant", [
    ("Gonaivess", "Gonaïves"),          # one letter too many
    ("Mirbalais", "Mirebalais"),        # one missing
    ("Jacmell", "Jacmel"),
    ("Portauprinse", "Port-au-Prince"),  # one wrong, no hyphens
    ("Petion Vile", "Pétion-Ville"),     # no accent, no hyphen, one missing
    ("Kinshsa", "Kinshasa"),
    ("Springfeild", "Springfield"),      # two letters swapped
    ("Kharkiw", "Kharkiv"),             # a transliteration
])
def test_a_misspelt_name_of_six_letters_or_more_is_found_and_says_so(gazetteer, typed, meant):
    found = locate(typed, gazetteer)
    assert found.entry.name == meant
    assert found.match == "fuzzy"
    assert 0.8 <= found.score < 1
    assert found.reason.startswith(f"fuzzy match: '{typed}' read as ")


@pytest.mark.parametrize("name", ["Jacmel", "Hinche", "Kharkov", "Petyonvil"])
def test_exact_and_alias_names_are_never_fuzzy(gazetteer, name):
    found = locate(name, gazetteer)
    assert (found.match, found.score) != ("fuzzy", pytest.approx(1))
    assert found.match in ("name", "alias")


def test_a_fuzzy_hit_never_beats_an_exact_one(gazetteer):
    # "Delmas" has exact matches (Haiti, South Africa); in France it has
    # none, and a near spelling in France must not be offered instead.
    assert locate("Delmas", gazetteer, country="FR").entry is None
    assert gazetteer.fuzzy("Delmas") == []
    assert [m.how for m in gazetteer.search("Delmas")] == ["name", "name"]


def test_a_numbered_name_is_no_typo_of_another_number(gazetteer):
    """Roman numerals must agree, as digits do: Bamako's Commune IV is not its Commune V."""
    assert all(m.entry.name != "Commune V" for m in gazetteer.fuzzy("Commune IV"))
    assert any(m.entry.name == "Commune V" for m in gazetteer.fuzzy("Comune V"))


@pytest.mark.parametrize("name", ["Kyivv", "Okapp", "Nationale", "Hospitals", "National Networks", "Wednesdays"])
def test_short_names_and_near_common_words_are_not_matched_fuzzily(gazetteer, name):
    assert gazetteer.fuzzy(name) == []


def test_the_fuzzy_method_gives_candidates_with_kind_and_score(gazetteer):
    [best, *_] = gazetteer.fuzzy("Gonaivess")
    assert (best.entry.name, best.how, best.score) == ("Gonaïves", "fuzzy", 0.889)
    assert best.detail == "fuzzy match: 'Gonaivess' read as 'Gonaïves' (1 edit, score 0.89)"


@pytest.mark.parametrize("query, region, point", [
    ("Springfield, Illinois", "Illinois", SPRINGFIELD_IL),
    ("Springfield, IL", "Illinois", SPRINGFIELD_IL),
    ("Springfield, IL, USA", "Illinois", SPRINGFIELD_IL),
    ("Springfield, Massachusetts", "Massachusetts", SPRINGFIELD_MA),
])
def test_name_comma_region_is_the_place_in_that_region(gazetteer, query, region, point):
    found = locate(query, gazetteer)
    assert found.entry.admin1 == region
    assert km(found.entry, point) < 1


@pytest.mark.parametrize("query, country, admin1", [
    ("London, ON", "CA", "Ontario"),
    ("Atlanta, Georgia", "US", "Georgia"),
    ("Delmas, South Africa", "ZA", "Mpumalanga"),
    ("Cabaret, Haiti", "HT", "Ouest"),
    ("Carrefour, Ouest", "HT", "Ouest"),
])
def test_regions_and_countries_of_the_world_narrow_a_name(gazetteer, query, country, admin1):
    found = locate(query, gazetteer)
    assert (found.entry.country, found.entry.admin1) == (country, admin1)


def test_an_unknown_qualifier_finds_nothing_and_says_why(gazetteer):
    found = locate("Springfield, Qwxzzyland", gazetteer)
    assert found.entry is None
    assert found.reason == "not_found: no region, country or place 'Qwxzzyland' in the offline gazetteer"


@pytest.mark.parametrize("near, point", [("Boston", SPRINGFIELD_MA), ("Chicago", SPRINGFIELD_IL),
                                         ("42.36,-71.06", SPRINGFIELD_MA), ("41.88, -87.63", SPRINGFIELD_IL)])
def test_near_biases_by_distance_not_only_by_country(gazetteer, near, point):
    found = locate("Springfield", gazetteer, near=(near,))
    assert km(found.entry, point) < 1
    assert found.reason.startswith("nearest to ")


def test_unknown_near_or_country_is_an_error_only_when_strict(gazetteer):
    with pytest.raises(PlaceNotFoundError):
        locate("Springfield", gazetteer, near=("Xyzzyville",), strict=True)
    assert locate("Springfield", gazetteer, near=("Xyzzyville",)).entry is not None


@pytest.mark.parametrize("argv, message", [
    (["--near", "Xyzzyville"], "Error: unknown place 'Xyzzyville' for --near; give a place the gazetteer knows or "
                               "LAT,LON such as 18.54,-72.34\n"),
    (["--country", "XX"], "Error: unknown country 'XX' for --country; give an ISO 3166-1 alpha-2 code such as HT "
                          "or US, or a country's name\n"),
    (["--near", "95,3"], "Error: --near '95,3': latitude 95 is outside -90..90 (give LAT,LON)\n"),
])
def test_the_command_names_an_unknown_near_or_country(capsys, argv, message):
    code = main(["geocode", "Springfield", *argv])
    out, err = capsys.readouterr()
    assert (code, out, err) == (1, "", message)


def test_the_command_reports_a_fuzzy_match_and_the_uncertainty(capsys):
    assert main(["geocode", "Gonaivess"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Gonaïves  19.4")
    assert re.fullmatch(r"  within: [\d,]+ m; match: fuzzy, score 0\.89", lines[2])


def test_a_country_may_be_given_by_name(capsys):
    assert main(["geocode", "Delmas", "--country", "South Africa", "--json"]) == 0
    assert '"country": "ZA"' in capsys.readouterr().out


def test_a_closed_pipe_ends_the_command_quietly(private_cache):
    read, write = os.pipe()
    os.close(read)  # like `| head` that has already gone
    done = subprocess.run([sys.executable, "-m", "geo", "geocode", "Springfield"], stdout=write,
                          stderr=subprocess.PIPE, text=True,
                          env={**os.environ, "INCIDENT_MAPPER_CACHE": str(private_cache)})
    os.close(write)
    assert done.stderr == ""
    assert done.returncode == 141


def test_in_a_story_the_focus_city_biases_by_distance_too(gazetteer):
    from geo.places.focus import find_focus
    from geo.places.geocode import resolve
    from geo.text.mentions import find_mentions
    from geo.text.sentences import find_dateline, split_sentences

    body = "CHICAGO (AP) - Police said a fire broke out in Springfield overnight."
    sentences = split_sentences(body, "en")
    mentions = find_mentions(body, sentences, gazetteer)
    focus = find_focus(body, mentions, gazetteer, dateline=find_dateline(body))
    places = {p.mention.text: p for p in resolve(mentions, gazetteer, focus)}
    assert km(places["Springfield"].entry, SPRINGFIELD_IL) < 1


@pytest.mark.parametrize("body, lat, lon", [
    # beyond a few hundred km distance counts for less, but still tells namesakes of about the same size apart
    ("CHICAGO (AP) - Police clashed with protesters in Columbia on Monday.", 38.952, -92.334),
    ("MOSCOW - Drones attacked a fuel depot in Kirovsk on Monday, officials said.", 59.880, 30.995),
])
def test_far_from_the_focus_city_size_decides_only_by_a_clear_margin(gazetteer, body, lat, lon):
    from geo.places.focus import find_focus
    from geo.places.geocode import resolve
    from geo.text.mentions import find_mentions
    from geo.text.sentences import find_dateline, split_sentences
    sentences = split_sentences(body, "en")
    mentions = find_mentions(body, sentences, gazetteer)
    focus = find_focus(body, mentions, gazetteer, dateline=find_dateline(body))
    [town] = [p for p in resolve(mentions, gazetteer, focus) if p.mention.text in ("Columbia", "Kirovsk")]
    assert km(town.entry, (lat, lon)) < 5
