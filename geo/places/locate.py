"""Locate: where is NAME?  One place for a name typed outside any text.

A spreadsheet's place column and ``incident-map geocode`` ask for a name
with no story around it.  The name may carry qualifiers after commas
("Springfield, Illinois"), a country to keep to and places to be near; the
candidates are then weighed as a story's are (see :mod:`geo.places.geocode`),
with a fuzzy reading for typos and, when configured, an online geocoder for
what the offline gazetteer lacks.
"""

from __future__ import annotations

from dataclasses import dataclass

from geo.errors import PlaceNotFoundError
from geo.places import names, query
from geo.places.focus import Focus
from geo.places.gazetteer import LAYER_WORLD, Entry, Gazetteer
from geo.places.geocode import resolve_name, towns_over_namesake_regions


@dataclass(frozen=True)
class Resolution:
    """The answer to "where is NAME?" outside any text: a CSV row's place
    column, or ``incident-map geocode``.  ``reason`` explains the choice or,
    when ``entry`` is ``None``, says ``not_found`` or ``ambiguous``."""

    query: str
    entry: Entry | None
    reason: str
    candidates: tuple[Entry, ...] = ()
    #: How the query named the entry: ``name``, ``alias``, ``code``,
    #: ``street`` or ``fuzzy``; ``score`` is below 1 only for ``fuzzy``.
    match: str = "name"
    score: float = 1.0


def locate(name: str, gazetteer: Gazetteer, *, country: str | None = None,
           near: tuple[str, ...] = (), strict: bool = False) -> Resolution:
    """Find a single place by name, as Nominatim or Photon would.

    ``name`` may carry qualifiers after commas: ``"Springfield, Illinois"``,
    ``"Cabaret, Haiti"``, ``"Springfield, IL, USA"`` (a first-level region or
    a country; see :mod:`geo.places.query`).  ``country`` (a code or a name)
    keeps only that country's places.  Each ``near`` is a place name or
    ``"LAT,LON"``: candidates are weighed by distance to it, with size.
    With ``strict`` an unknown ``country`` or ``near`` is a
    :class:`~geo.errors.PlaceNotFoundError` naming it (the command line);
    without, it is ignored (a spreadsheet's admin columns are only hints).

    A name nothing matches exactly may match fuzzily (a typo, a
    transliteration; see :meth:`Gazetteer.fuzzy`); the reason then says
    ``fuzzy match`` with its score.  The offline gazetteer answers first; a
    name it cannot place goes to the gazetteer's online ``fallback`` when one
    is configured, and the reason then says ``service_error`` or
    ``not_found`` as the service answered.  Codes and abbreviations ("PAP",
    "JFK") are accepted here: a query is a context that fits them, unlike a
    capitalised word of prose.
    """
    try:
        code = query.country_code(country, gazetteer)
    except PlaceNotFoundError:
        if strict:
            raise
        code = None
    points = _near_points(near, gazetteer, code, strict)
    head, matches, scopes = _qualified(name, gazetteer)
    if scopes is None:
        return Resolution(name, None, f"not_found: no region, country or place '{name.rsplit(',', 1)[-1].strip()}' "
                                      "in the offline gazetteer")
    fuzzy = () if matches else tuple(gazetteer.fuzzy(head))
    for scope in scopes:
        countries = set(scope.countries)
        if code:
            countries = {code} if not countries or code in countries else {"-"}
        candidates = _within(matches, countries, scope.regions) or _within(fuzzy, countries, scope.regions)
        if candidates:
            break
    else:
        scope = scopes[0]
        fallback = gazetteer.fallback
        where = ""
        if scope.regions:
            where += f" in {', '.join(sorted({r.name for r in scope.regions}))}"
        if code or scope.countries:
            where += f" in {', '.join(sorted({code} if code else scope.countries))}"
        if fallback is not None:
            entry, reason = fallback.place(name, country=code)
            return Resolution(name, entry, reason, (entry,) if entry else ())
        return Resolution(name, None, f"not_found: no '{head}'{where} in the offline gazetteer",
                          tuple(m.entry for m in matches))
    points = points + _near_points(scope.near, gazetteer, code, False)
    regions = scope.regions
    if candidates[0].how == "fuzzy":  # the nearest spellings only; context decides among those
        candidates = tuple(m for m in candidates if m.score == candidates[0].score)
    # "Poltava" is the city, not the oblast around it; "Niger" the country, not Niger State
    preferred = towns_over_namesake_regions(tuple(m.entry for m in candidates), Focus(code, None, "query"))
    candidates = tuple(m for m in candidates if m.entry in preferred)
    entries = tuple(m.entry for m in candidates)
    if points:
        ranked = sorted(entries, key=lambda e: (query.cost(e, points), -e.layer, e.id))
        best = ranked[0]
        nearest = min(points, key=lambda p: query.distance_km(best, p))
        reason = f"nearest to {nearest.label} ({query.distance_km(best, nearest):,.0f} km) for its size" \
            if len(ranked) > 1 else "only candidate"
    else:
        focus = Focus(code or (next(iter(countries)) if len(countries) == 1 else None), None, "query")
        via_alias = frozenset(m.entry.id for m in candidates if m.how == "alias" and m.entry.layer == LAYER_WORLD)
        from geo.text.mentions import Mention  # a pseudo-mention carries the query through the text resolver
        place = resolve_name(Mention(0, len(head), head, 0, "name", entries, via_alias=via_alias), focus, set())
        best, reason = place.entry, place.reason
        ranked = (best, *(e for e in entries if e is not best))
    chosen = next(m for m in candidates if m.entry is best)
    if chosen.detail:
        reason = chosen.detail if len(entries) == 1 else f"{chosen.detail}; {reason}"
    elif regions and len(entries) == 1:
        reason = f"the only '{head}' in {', '.join(sorted({f'{r.name}, {r.country}' for r in regions}))}"
    return Resolution(name, best, reason, tuple(ranked), chosen.how, chosen.score)


def _within(matches, countries: set[str], regions) -> tuple:
    """The matches in one of ``countries`` and one of ``regions`` (either
    empty: no condition)."""
    return tuple(m for m in matches if (not countries or m.entry.country in countries)
                 and (not regions or any(r.holds(m.entry) for r in regions)))


def _near_points(near: tuple[str, ...], gazetteer: Gazetteer, code: str | None,
                 strict: bool) -> list[query.NearPoint]:
    """The points of ``near``: coordinates as given, names located first."""
    points = []
    for text in near:
        if not text.strip():
            continue
        point = query.parse_point(text)
        if point is not None:
            points.append(query.NearPoint(text.strip(), *point))
            continue
        found = locate(text, gazetteer, country=code)
        if found.entry is None and code:
            found = locate(text, gazetteer)
        if found.entry is None:
            if strict:
                raise PlaceNotFoundError(f"unknown place '{text}' for --near; give a place the gazetteer knows "
                                         "or LAT,LON such as 18.54,-72.34")
            continue
        points.append(query.NearPoint(found.entry.name, found.entry.lat, found.entry.lon, found.entry.country,
                                      found.entry))
    return points


@dataclass(frozen=True)
class _Scope:
    """What the qualifiers of a query allow: countries, regions, and places
    to be near (``"Delmas 33, Port-au-Prince"``)."""

    countries: frozenset[str] = frozenset()
    regions: tuple[query.Region, ...] = ()
    near: tuple[str, ...] = ()


def _qualified(name: str, gazetteer: Gazetteer) -> tuple[str, list, list[_Scope] | None]:
    """``(head, exact matches of head, scopes)`` of a query that may end in
    ``, REGION`` and ``, COUNTRY`` qualifiers.  A qualifier that can be read
    two ways ("IL": Illinois or Israel; "Georgia") gives one scope per
    reading, in order of preference; ``scopes`` is ``None`` when a
    qualifier names nothing."""
    matches = gazetteer.matches(names.key(name))
    parts = [p.strip() for p in name.split(",")]
    if matches or len(parts) < 2 or not all(parts):
        return name, matches, [_Scope()]
    head, qualifiers = parts[0], parts[1:]
    readings: list[list[_Scope]] = []
    for qualifier in qualifiers:
        options = []
        found = query.regions(qualifier, gazetteer)
        nation = {e.country for e in gazetteer.lookup(qualifier) if e.kind == "country"}
        if gazetteer.country(qualifier) is not None:
            nation.add(qualifier.upper())
        if nation:
            options.append(_Scope(countries=frozenset(nation)))
        if found:
            options.insert(0 if len(qualifier) <= 3 else len(options), _Scope(regions=tuple(found)))
        if not options and gazetteer.lookup(qualifier, codes=False):
            options.append(_Scope(near=(qualifier,)))
        if not options:
            return head, [], None
        readings.append(options)
    scopes = [_Scope()]
    for options in readings:
        scopes = [_Scope(a.countries | b.countries, a.regions + b.regions, a.near + b.near)
                  for a in scopes for b in options]
    return head, gazetteer.matches(names.key(head)), scopes
