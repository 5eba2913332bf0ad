"""Other names of first-level regions: ISO 3166-2's, in English and French.

The world layer names a first-level region as GeoNames' populated places
carry it (:func:`geo.places.world.admin1_names`): one name, in English or in
the country's language, "South Kivu" but "Nord Kivu", "Northern Darfur".
News writes "North Darfur", « Sud-Kivu », « Extrême-Nord ».  pycountry ships
ISO 3166-2's subdivision names with their English and French translations;
this module ties each of them to the GeoNames region of the same country it
names, so that they become aliases of that region.  GeoNames' numeric admin1
codes are not ISO's, so the tie is made by the words of the names: compass
words in any of the two languages are one word ("Sud", "South", "Southern"),
administrative words ("Province", « région ») are dropped, and word order
does not count.  Only one-to-one ties are kept: a name that fits two regions
of its country, or a region that two subdivisions fit, stays out.

``geo/data/admin1-aliases.csv`` adds the names neither source has (« Darfour-
Nord », « Kordofan du Sud »), each tied to a region by its GeoNames name.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path
from typing import Iterable, Iterator

from geo.places import names

#: The curated names (see the module notes).
CURATED = Path(__file__).resolve().parent.parent / "data" / "admin1-aliases.csv"

#: Compass and position words, English and French, to one token each.
_COMPASS = {
    "north": "N", "northern": "N", "nord": "N", "septentrional": "N", "septentrionale": "N",
    "south": "S", "southern": "S", "sud": "S", "meridional": "S", "meridionale": "S",
    "east": "E", "eastern": "E", "est": "E", "oriental": "E", "orientale": "E",
    "west": "W", "western": "W", "ouest": "W", "occidental": "W", "occidentale": "W",
    "central": "C", "centre": "C", "center": "C", "centrale": "C",
    "far": "X", "extreme": "X",
}
#: Administrative words and articles that do not tell regions apart.
_DROPPED = frozenset("""province provincia region regione state governorate department departement district division
oblast municipality county prefecture territory wilaya muhafazat etat of the de du des la le les l d al el""".split())
#: A bare compass word is a direction in prose, never an alias on its own
#: (the Haiti packs write "Nord Department" for the same reason).
_BARE = frozenset(_COMPASS) | {"centro", "norte", "sur", "este", "oeste", "unite", "lacs", "lakes"}


def tokens(name: str) -> tuple[str, ...]:
    """The words of a region's name that tell it apart, compass words as one
    letter, sorted: "Northern Darfur", "North Darfur" and « Darfour-Nord »
    minus its spelling all give ``("N", "darfur")``."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = [w for w in re.split(r"[^a-z0-9]+", folded) if w and w not in _DROPPED]
    return tuple(sorted(_COMPASS.get(w, w) for w in words))


def usable(alias: str) -> bool:
    """Whether an alias may name a region in text: not a bare compass word."""
    return names.key(alias) not in _BARE and len(names.key(alias)) >= 3


def iso_names(country: str, subdivision) -> list[str]:
    """ISO 3166-2's name of a subdivision and its English and French
    translations (pycountry's gettext catalogues), distinct."""
    import gettext

    import pycountry

    found = [subdivision.name]
    for language in ("en", "fr"):
        try:
            catalogue = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[language])
        except OSError:
            continue
        found.append(catalogue.gettext(subdivision.name))
    return list(dict.fromkeys(found))


def matched(regions: dict[tuple[str, str], str], subdivisions: Iterable) -> Iterator[tuple[str, str, str, str]]:
    """``(alias, country, admin1 code, region name)`` for each name of a
    first-level ISO subdivision tied one-to-one to a GeoNames region of its
    country (see the module notes)."""
    by_tokens: dict[tuple[str, tuple[str, ...]], list[tuple[str, str]]] = {}
    for (country, code), name in regions.items():
        by_tokens.setdefault((country, tokens(name)), []).append((code, name))
    ties: dict[tuple[str, str], list[tuple[str, list[str]]]] = {}
    for sub in subdivisions:
        if getattr(sub, "parent_code", None):
            continue
        country = sub.country_code
        spellings = iso_names(country, sub)
        hits = {hit for s in spellings for hit in by_tokens.get((country, tokens(s)), [])}
        if len(hits) == 1:
            (code, name), = hits
            ties.setdefault((country, code), []).append((name, spellings))
    for (country, code), found in sorted(ties.items()):
        if len(found) != 1:
            continue  # two subdivisions fit one region: neither is trusted
        name, spellings = found[0]
        for alias in spellings:
            if usable(alias) and names.key(alias) != names.key(name):
                yield alias, country, code, name


def curated(regions: dict[tuple[str, str], str], path: Path = CURATED) -> Iterator[tuple[str, str, str, str]]:
    """``(alias, country, admin1 code, region name)`` of the curated table;
    a row whose region the world layer does not name is skipped."""
    code_of = {(country, name): code for (country, code), name in regions.items()}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            country, region = row["country"].strip(), row["admin1"].strip()
            code = code_of.get((country, region))
            if code is None:
                continue
            for alias in (row["aliases_en"] + "|" + row["aliases_fr"]).split("|"):
                if alias.strip() and usable(alias):
                    yield alias.strip(), country, code, region
