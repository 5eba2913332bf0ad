"""Geocode: decide which gazetteer entry each mention refers to.

Resolution needs the document's *focus*, the country and city a story is
about (see :mod:`geo.places.focus`).  Descriptions ("the country's international airport")
and anaphors ("the prison") are resolved against that focus and against the
places already resolved earlier in the same document.

Every :class:`Place` records why it was chosen and which candidates were
weighed, or why nothing was (``not_found``, ``ambiguous``, ``service_error``).

Context comes before size.  A name is weighed, in order, by: the focus
country, the focus locality, the other countries the text names, being a
country, the layer it comes from (a user's pack over shipped packs over the
world index), being the place's own name rather than an alternate one, and
only then population.  So "Delmas" in a Haiti story is the commune by
Port-au-Prince even though South Africa has a Delmas too, and "Carrefour"
is the commune, not a French town or a supermarket.

World places (GeoNames, airports) met in prose must also be plausible for
the document: a town outside the focus country and the countries the text
names is kept only if it is large (:data:`~geo.places.focus.WORLD_MIN_POPULATION`).  That is
what keeps "Esperance" (Western Australia) out of a Haiti story that quotes
Pierre Esperance.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, replace

from rapidfuzz.distance import OSA

from geo.places import fuzzy, names, query
from geo.places.focus import WORLD_MIN_POPULATION, Focus, strong
from geo.places.gazetteer import LAYER_SHIPPED, LAYER_WORLD, SAMPLED_PACKS, Entry, Gazetteer
from geo.text.mentions import ANAPHOR_REACH, MAIN_WORDS, QUARTER_WORD, Mention
from geo.text.wordlists import COMMON_WORDS


#: How many times more populous than :data:`~geo.places.focus.WORLD_MIN_POPULATION`
#: a world place must be when the story is about another country that
#: nothing else in the text ties it to ("Fano fighters" in an Ethiopian story
#: are no people of Fano, Italy).
FOREIGN_UNVOUCHED = 4


@dataclass(frozen=True)
class Place:
    """A mention together with the entry it resolved to (or why not)."""

    mention: Mention
    entry: Entry | None
    reason: str
    candidates: tuple[str, ...] = ()

    @property
    def resolved(self) -> bool:
        return self.entry is not None


def resolve(mentions: list[Mention], gazetteer: Gazetteer, focus: Focus) -> list[Place]:
    """Resolve each mention, in document order, to a :class:`Place`.

    A name mention none of whose candidates is plausible in this document
    (see the module notes) is left out: it was a word, not a place.
    """
    places: list[Place] = []
    vouchers = _vouchers(mentions)
    context = set(vouchers) | focus.adjectives
    # the first-level regions the text names without doubt ("in Manipur"): a namesake
    # town inside one of them is the one meant (Manipur's Bishnupur, not West Bengal's)
    named_regions = [(m.sentence, _region_key(region.country, region.name)) for m in mentions
                     if m.how in ("name", "dateline") and (region := _region_named(m)) is not None]
    regions = frozenset(key for _, key in named_regions)
    # ...and those of each sentence, which may say what a misspelt town there is
    regions_of: dict[int, frozenset] = {}
    for index, key in named_regions:
        regions_of[index] = regions_of.get(index, frozenset()) | {key}
    named = {e.country for m in mentions for e in m.candidates if e.kind == "country" and len(m.candidates) == 1}
    # the towns the text names, for a world-pack landmark abroad ("Israeli
    # troops raided Al-Shifa Hospital in Gaza City")
    towns = {(e.country, names.key(e.name)) for m in mentions if m.how in ("name", "dateline")
             for e in m.candidates if e.precision == "locality"}
    # the towns the text names without doubt, near one of which a quarter it names must lie
    anchors = [m.candidates[0] for m in mentions if m.how in ("name", "dateline") and len(m.candidates) == 1
               and m.candidates[0].precision == "locality" and not (m.quarter or _QUARTER_NAMED.search(m.text))]
    if focus.locality is not None:
        anchors.append(focus.locality)
    sole = {e.id for e in anchors}
    # Within one document the choice depends only on the candidates, which
    # of them were named by an alternate name, and the name written, so a
    # name repeated a thousand times is weighed once.
    chosen: dict[tuple, tuple[tuple[Entry, ...], Place | None]] = {}
    focus_named = focus.country in vouchers

    def pick(mention: Mention) -> Place | None:
        quarter = mention.quarter or bool(_QUARTER_NAMED.search(mention.text))
        written = names.key(mention.text)
        key = (tuple(e.id for e in mention.candidates), mention.via_alias, quarter, written)
        if key not in chosen:
            others = _others(vouchers, written) | focus.adjectives
            kept = towns_over_namesake_regions(
                tuple(e for e in mention.candidates if _plausible(e, mention, focus, others, named, towns, focus_named)
                      and not (quarter and _far_for_a_quarter(e, anchors))
                      and not (_quarter_elsewhere(e, anchors, towns) and not _names_its_town(mention, e, gazetteer))),
                focus, written)
            chosen[key] = kept, (resolve_name(_narrowed(mention, kept), focus, context, regions=regions)
                                 if kept else None)
        kept, first = chosen[key]
        if first is None:
            return None
        return Place(_narrowed(mention, kept), first.entry, first.reason, first.candidates)

    for mention in mentions:
        if mention.how in ("name", "dateline"):
            place = pick(mention)
            if place is None:
                if not (mention.settlement or mention.located):
                    continue
                place = _settlement_of_the_story(mention, context | {focus.country}, focus.locality, set(vouchers),
                                                 focus.country)
                if place is None and not mention.settlement:
                    continue
            if place is None:
                # « le village de Bahn » in a Burkina story: not Bahn, Germany, but a village no gazetteer holds
                place = _resolve_online(replace(mention, how="unknown", candidates=(), via_alias=frozenset()),
                                        gazetteer, focus, regions_of.get(mention.sentence, frozenset()))
        elif mention.how == "facility":
            if mention.facility_before and focus.country:
                # "the Dusit hotel" in a Nairobi story: a brand, not a Bangkok district; "Penha Hospital" in
                # a Rio story: a hospital of the city, not of a namesake town 700 km away
                # ...and "Lafayette Park" in a Washington story is a park named after a man, whatever the size of
                # Lafayette, Louisiana: a park, a square, a street or a bridge is named, not placed, by the word before
                named_feature = (mention.description is not None and mention.description.kind in _NAMED_NOT_PLACED) \
                    or (mention.facility or "").lower() in _NAMED_NOT_PLACED
                # ...but a town the story also names on its own ("San Miguel Totolapan Mayor…", then "the
                # San Miguel Totolapan town hall") is the story's, however far from its main city
                foreign = [e for e in mention.candidates if e.layer == LAYER_WORLD and (
                    e.country != focus.country or focus.locality is not None
                    and (e.population < FACILITY_NAMESAKE_POPULATION or named_feature)
                    and query.distance_km(e, focus.locality) > FACILITY_NAMESAKE_KM
                    and (named_feature or e.id not in sole))]
                if foreign and len(foreign) == len(mention.candidates):
                    continue
                mention = replace(mention, candidates=tuple(e for e in mention.candidates if e not in foreign))
            container = pick(mention)
            if container is None:
                if mention.candidates:
                    continue
                container = _resolve_online(mention, gazetteer, focus)
            place = _embassy_abroad(container, focus, gazetteer) or resolve_facility(container, gazetteer)
        elif mention.how == "unknown":
            place = _airport_named(mention, gazetteer, focus) or _resolve_online(
                mention, gazetteer, focus, regions_of.get(mention.sentence, frozenset()))
        elif mention.how == "anaphor":
            place = _resolve_anaphor(mention, places)
            if place.entry is None and mention.description is not None:
                place = _in_a_town_named(mention, places, focus, gazetteer) or place
        else:
            place = _resolve_description(mention, gazetteer, focus, places)
        places.append(place)
    return places


#: A town of this size or more, of the very name a region bears, makes that
#: name the town's as often as the region's ("Kaduna").
NAMESAKE_TOWN_POPULATION = 100_000


def _region_named(mention: Mention) -> Entry | None:
    """The first-level region a name gives without doubt: its only
    candidate, or the only region among candidates that are small towns of
    that name or places that bear it only as another name ("Maine": the
    state, not Maine, Wisconsin, nor Des Plaines, which GeoNames also calls
    so)."""
    candidates = mention.candidates
    if len(candidates) == 1:
        return candidates[0] if candidates[0].precision == "region" else None
    regions = [e for e in candidates if e.precision == "region"]
    if len({(e.country, names.key(e.name)) for e in regions}) != 1:
        return None  # (one region may come twice, from GeoNames and from a pack)
    written = names.key(mention.text)
    region = regions[0]
    if names.key(region.name) != written:
        return None
    if any(e is not region and names.key(e.name) == written and e.population >= NAMESAKE_TOWN_POPULATION
           for e in candidates):
        return None
    return region


def _in_a_town_named(mention: Mention, places: list[Place], focus: Focus, gazetteer: Gazetteer) -> Place | None:
    """The facility an anaphor with nothing earlier to refer back to means,
    in the town the text just named or the story's city."""
    # "the airport" after "the march in Les Cayes", or in a story filed
    # from Les Cayes: that town's airport, if it has one.  After a town
    # just named, "the prison" is that town's even when no pack holds it,
    # not the story's city's.
    # the desk a story was filed from is a weaker clue than a town told
    # of a few sentences back
    kind = mention.description.kind if mention.description else None
    recent = _recent_town(mention, places, ANAPHOR_REACH if focus.source == "dateline" else 1)
    towns = [(recent, "the town just named")] if recent else []
    if focus.locality is not None and (recent is None or _in_town(recent, focus.locality)):
        towns.append((focus.locality, "the story's city"))
    if kind == "airport" and recent is not None and recent.precision == "locality":
        # "...in the city of Changuinola. Vandals also took over the airport": the one that
        # names the town just named as the city it serves, a few km out of town
        airport = _airport_serving(recent, gazetteer, serving_only=True)
        if airport is not None:
            return Place(mention, airport, f"the airport serving {recent.name} (the town just named)",
                         (airport.id, recent.id))
    for town, why in towns:
        found = resolve_facility(Place(mention, town, why), gazetteer)
        if found.entry is not None and found.entry.precision == "site":
            return replace(found, reason=f"{found.reason} ({why})")
    if recent is not None and not is_stand_in(recent) and (
            focus.locality is None or not _in_town(recent, focus.locality)):
        # a town just named that no pack knows the facility of: that
        # town's, placed at it and flagged approximate
        found = resolve_facility(Place(_by_its_words(mention), recent, "the town just named"), gazetteer)
        if found.entry is not None:
            return found
    return None


def _narrowed(mention: Mention, kept: tuple[Entry, ...]) -> Mention:
    """``mention`` with only the candidates ``kept``: the mention itself when
    all were kept, as most are (``dataclasses.replace`` costs microseconds,
    and each name mention of a document is resolved)."""
    return mention if kept == mention.candidates else replace(mention, candidates=kept)


def towns_over_namesake_regions(candidates: tuple[Entry, ...], focus: Focus, key: str = "") -> tuple[Entry, ...]:
    """A bare name shared by a town and the region around it is the town:
    "Poltava" is the city, "Diffa" the town, not their regions.  A name shared
    by a country and a region is the country ("Niger", not Nigeria's Niger
    State), unless the region is in the story's own country ("Georgia" in a
    story from Atlanta).  A region whose name no town inside it bears stays a
    candidate (Oregon, Sinaloa), and a name marked as an area by the text
    ("Poltava oblast") comes here with its area readings only (see
    :mod:`geo.text.mentions`)."""
    # a town the name only shortens ("Antioquia" for Santa Fe de Antioquia) does not outrank the
    # region that bears the name itself; a town's name in another language ("Tombouctou") does
    # (but "New York" is New York City, which its state's name only lacks "City" of)
    towns = [e for e in candidates if e.precision in ("locality", "neighbourhood")
             and not (key and key != names.key(e.name) and key in names.key(e.name)
                      and names.key(e.name) != key + "city"
                      and any(names.key(r.name) == key for r in candidates if r.kind == "admin1"))]
    nation = any(e.kind == "country" for e in candidates)
    # a national capital abroad stands for its government more often than a namesake region is
    # meant ("Washington a évoqué des tirs croisés" in a story from Cameroon)
    capital = any("capital" in e.roles and e.country != focus.country for e in candidates)
    if not towns and not nation:
        return candidates
    return tuple(e for e in candidates
                 if not (e.kind in ("admin1", "region") and (any(t.within(e) or _hub_of(t, e) for t in towns)
                                                 or (nation or capital) and e.country != focus.country)))


#: How far a great city that is a first-level unit of its own may lie from
#: the point of the namesake region around it (Kyiv from Kyiv Oblast's).
HUB_KM = 100.0

#: How far from a story's focus city nearness still tells namesakes apart
#: (see :func:`query.cost`): "Aktau" in a story filed from Almaty is
#: Kazakhstan's port city 2,000 km away, not a village 600 km nearer (where
#: "Springfield" in a story from Chicago is still Illinois's, 300 km off,
#: not the larger one in Missouri, 700 km off).
FOCUS_REACH_KM = 500.0


def _hub_of(town: Entry, region: Entry) -> bool:
    """Whether a great town is the hub of a namesake region it is not filed
    in: Kyiv is a unit of its own, yet "Kiev" is the city, not the oblast
    around it."""
    return town.country == region.country and town.population >= NAMESAKE_TOWN_POPULATION \
        and query.distance_km(town, region) <= HUB_KM



#: How far from its city's point a quarter may lie and still be taken for one
#: of its quarters when its row names no city (Port-au-Prince's hill quarters
#: lie 8–10 km from the centre).
QUARTER_KM = 12.0

#: How far from the story's city a town may lie that names a facility from
#: before its noun ("Penha Hospital"): farther, the name is the facility's own.
FACILITY_NAMESAKE_KM = 150.0
#: ...unless the town is big enough to be the facility's own ("Kabul airport" in a Kunduz story).
FACILITY_NAMESAKE_POPULATION = 100_000
#: Kinds whose name before the noun names them after someone or something, not after the town they are
#: in ("Lafayette Park", "Union Square", "Mandela Bridge"): no size makes a far town their own.
_NAMED_NOT_PLACED = frozenset({"park", "square", "road", "street", "bridge", "avenue"})


#: How far from a place's point a facility "in" it may lie, by the place's precision.
FACILITY_RADIUS_KM = {"neighbourhood": 2.0, "locality": 3.0, "city": 10.0}


_MAIN_WORDS = re.compile(rf"\b(?:{MAIN_WORDS}|plus\s+grande?)\b", re.I)


#: Kinds a big city has dozens of while a gazetteer records a few famous ones
#: (the world landmarks pack's Radisson Blu in Bamako): there, "a hotel in
#: Bamako" is some hotel of the city, not the only one the gazetteer happens
#: to know, so only a ``main`` entry, or the name itself, picks one.  A
#: sampled pack's entry of these kinds is never "the only one" even in a small
#: town ("a church in Batticaloa" is not the Zion Church the pack records).
#: A garrison town has several bases: "the barracks in Maiduguri" is not Giwa's.
MANY_IN_A_CITY = frozenset({"hotel", "mall", "church", "hospital", "university", "school", "orphanage", "warehouse",
                           "market", "bank",
                           "square", "park", "venue", "embassy", "military"})


def resolve_facility(container: Place, gazetteer: Gazetteer) -> Place:
    """The facility a phrase such as "the police station in Gressier" names.

    The gazetteer's entries of the facility's kind that lie in the place
    (by their recorded commune, or within :data:`FACILITY_RADIUS_KM`) are
    looked at (a town's own commune, or a few km of its point; a city's
    ten): a single one is the site.  Otherwise the incident goes to the
    place itself, flagged approximate, and keeps the facility's kind and
    words, so that the map can say "a police station in Gressier (location
    approximate: Gressier)" instead of dropping the incident.
    """
    mention, entry = container.mention, container.entry
    kind = mention.description.kind if mention.description else None
    if entry is None or kind is None or entry.precision == "site":
        return container
    indefinite = _INDEFINITE.match(mention.facility or "")  # the article says "one of", and names nothing
    if kind == "airport" and entry.precision in ("locality", "neighbourhood") and mention.how == "facility":
        airport = _airport_serving(entry, gazetteer)
        if airport is not None:
            return Place(mention, airport, f"the airport serving {entry.name}", (airport.id, entry.id))
    big = entry.kind == "city" or entry.population >= 300_000
    radius = FACILITY_RADIUS_KM["city"] if big and entry.precision == "locality" else FACILITY_RADIUS_KM.get(entry.precision)
    if radius is not None:
        pool = _of_the_same_sort(gazetteer.facilities(kind, entry.country), mention.facility or "")
        box = radius / 100  # degrees: a cheap filter before the great-circle distance
        near = [e for e in pool if e.within(entry) or (abs(e.lat - entry.lat) <= box and abs(e.lon - entry.lon) <= box * 3
                                                       and query.distance_km(e, entry) <= radius)]
        # "a church in the Carrefour-Feuilles neighborhood" is one of the city's churches, which the packs may
        # lack; "a clinic in Cabaret" is the town's one health centre
        quarter = indefinite and entry.precision == "neighbourhood"
        if len(near) == 1 and not (kind in MANY_IN_A_CITY and (big or near[0].pack in SAMPLED_PACKS or quarter)) \
                and not _names_another(mention.facility or "", near[0]):
            return Place(mention, near[0], f"the only {kind} known in {entry.name}", (near[0].id, entry.id))
        # a town's main station is its own, but the main one near a quarter
        # is the city's ("a police station in La Saline" is not the national
        # police headquarters two km away)
        mains = [e for e in near if "main" in e.roles and (entry.precision != "neighbourhood" or e.within(entry))]
        if kind in MANY_IN_A_CITY and indefinite:
            mains = []  # "a hospital in the capital" is one of its hospitals, not the main one
        if len(mains) == 1:
            return Place(mention, mains[0], f"the main {kind} of {entry.name}", tuple(e.id for e in near))
    if entry.precision == "country":
        pool = gazetteer.facilities(kind, entry.country)
        sort = _of_the_same_sort(pool, mention.facility or "")
        if _MAIN_WORDS.search(mention.facility or mention.text):
            # "Haiti's main container terminal": the country's one main facility of that kind
            mains = [e for e in pool if "main" in e.roles]
        else:
            # "the parliament building in Haiti": a sort a country has one national building of
            mains = [e for e in sort if "national" in e.roles] if sort is not pool else []
        if len(mains) == 1:
            return Place(mention, mains[0], f"the main {kind} of {entry.name}", (mains[0].id, entry.id))
        capital = gazetteer.capital(entry.country) if kind in SEATS_OF_STATE else None
        if capital is not None:  # "stormed parliament in Kenya": the one in Nairobi
            return resolve_facility(Place(mention, capital, f"capital of {entry.name}", (capital.id,)), gazetteer)
    words = (mention.facility or kind)[indefinite.end() if indefinite else 0:]
    approx = stand_in(entry, kind, f"{words} in {entry.name}",
                      (("facility", kind), ("facility_text", words), ("facility_in", entry.name)))
    noun = _ARTICLE.sub("", words).lower()
    return Place(mention, approx, f"approximate: no {noun} of {entry.name} in the gazetteer; placed at {entry.name} "
                                  f"({entry.precision})", (entry.id,))


def _names_another(words: str, entry: Entry) -> bool:
    """Whether a facility's words hold a name of its own that is none of
    ``entry``'s: "the Karibe Hotel in Pétion-Ville" is not the Hôtel
    Montana, the one hotel the packs know there."""
    own = [names.key(w) for w in words.split()[:-1] if w[:1].isupper() and names.fold(w) not in COMMON_WORDS]
    if not own:
        return False
    held = {names.key(t) for n in entry.all_names for t in n.split()}
    return not any(k in held for k in own if k)


def stand_in(entry: Entry, tag: str, name: str, notes: tuple[tuple[str, str], ...]) -> Entry:
    """An entry for a place the gazetteer lacks (a facility, a village),
    put at the point of the known place that holds it.  Its own id (the
    holder's and *tag*) keeps it apart from the holder's incidents, and its
    *notes* let the map say it is approximate and what it stands for."""
    return replace(entry, id=f"{entry.id}#{tag}", name=name, extra=(*entry.extra, *notes))


def _embassy_abroad(container: Place, focus: Focus, gazetteer: Gazetteer) -> Place | None:
    """"The embassy of France", « l'ambassade de France » in a story from
    Niamey: France's embassy in Niamey, not a building somewhere in France.
    A country named after an embassy noun owns it; the embassy stands in the
    story's city, or else in its country's capital.  The pack's building
    when it holds one of that country's there; otherwise the host town,
    flagged approximate.  None when the phrase is not one of these."""
    mention, owner = container.mention, container.entry
    if (owner is None or owner.kind != "country" or mention.facility_before or mention.description is None
            or mention.description.kind != "embassy" or not focus.country or focus.country == owner.country):
        return None
    host = focus.locality if focus.locality is not None and focus.locality.country == focus.country \
        else gazetteer.capital(focus.country, focus.date)
    if host is None:
        return None
    owned = [e for e in gazetteer.facilities("embassy", host.country)
             if (e.within(host) or query.distance_km(e, host) <= FACILITY_RADIUS_KM["city"])
             and any(_names_country(n, owner, gazetteer) for n in e.all_names)]
    if len(owned) == 1:
        return Place(mention, owned[0], f"the embassy of {owner.name} in {host.name}", (owned[0].id, host.id))
    words = f"{mention.facility or 'embassy'} of {owner.name}"
    approx = stand_in(host, "embassy", f"{words} in {host.name}",
                      (("facility", "embassy"), ("facility_text", words), ("facility_in", host.name)))
    return Place(mention, approx, f"approximate: no embassy of {owner.name} in {host.name} in the gazetteer; "
                                  f"placed at {host.name} ({host.precision})", (host.id,))


def _names_country(name: str, country: Entry, gazetteer: Gazetteer) -> bool:
    """Whether a building's name names this country, by a name of it or its
    people ("Embassy of the United States", "American Embassy")."""
    words = names.tokens(name)
    if any(gazetteer.country_of_demonym(w) == country.country for w in words):
        return True
    text = f" {' '.join(words)} "
    return any(f" {' '.join(t)} " in text for t in (names.tokens(n) for n in country.all_names) if t)


def is_stand_in(entry: Entry) -> bool:
    """Whether *entry* was made by :func:`stand_in` rather than read from a pack."""
    return "#" in entry.id


def _by_its_words(mention: Mention) -> Mention:
    """A description or anaphor that names its facility by its own words
    ("the parliament", « l'Assemblée nationale »), article dropped."""
    return replace(mention, facility=_ARTICLE.sub("", mention.text))


#: How far from a town's point the airport that serves it may lie: airports
#: sit outside the towns they serve (Kandahar's is 18 km out).
AIRPORT_RADIUS_KM = 25.0


def _airport_named(mention: Mention, gazetteer: Gazetteer, focus: Focus) -> Place | None:
    """The airport of the story's country whose own name holds the name
    written (« l'aéroport de Kavumu » is Bukavu Kavumu Airport), when exactly
    one does.  None for other mentions, or when no country is known."""
    if mention.description is None or mention.description.kind != "airport" or not focus.country:
        return None
    words = names.tokens(mention.text)
    airports = gazetteer.facilities("airport", focus.country)
    found = [a for a in airports if any(_holds_words(names.tokens(n), words) for n in a.all_names)]
    how = "named"
    if not found:  # "the Toussain Louverture airport": a letter off in a word of five or more
        found = [a for a in airports if any(_holds_words(names.tokens(n), words, nearly=True) for n in a.all_names)]
        how = "named nearly"
    if len(found) != 1:
        return None
    return Place(mention, found[0], f"the airport of {focus.country} {how} {mention.text}", (found[0].id,))


def _holds_words(name: list[str], words: list[str], nearly: bool = False) -> bool:
    """Whether *words* occur in *name*, in order and side by side; ``nearly``:
    each word of five letters or more may be one edit off."""
    n = len(words)
    if not nearly:
        return any(name[i:i + n] == words for i in range(len(name) - n + 1))
    return any(all(a == b or len(b) >= 5 and OSA.distance(a, b) <= 1 for a, b in zip(name[i:i + n], words))
               for i in range(len(name) - n + 1))


def _airport_serving(place: Entry, gazetteer: Gazetteer, serving_only: bool = False) -> Entry | None:
    """The airport "Kandahar airport" or « l'aéroport de Bangui » means (a
    phrase that names the town; a bare "the airport" keeps to the town's own
    airports, see :func:`resolve_facility`): among
    the airports of the place's country within :data:`AIRPORT_RADIUS_KM`,
    the one a pack curates, else one that names the place as the city it
    serves, else one with an IATA code (scheduled flights), international
    first, nearest first.  An airstrip with none of these is no answer: it
    is left to the radius rule of :func:`resolve_facility`.  ``serving_only``:
    only an airport recorded as serving the place (for a bare "the airport"
    after a town just named)."""
    key = names.key(place.name)
    best = None
    for airport in gazetteer.facilities("airport", place.country):
        serves = names.key(airport.locality or "") == key or key in {names.key(a) for a in airport.all_names}
        scheduled = any(len(a) == 3 and a.isupper() for a in airport.aliases)
        if not (airport.layer > LAYER_WORLD or serves or scheduled) or serving_only and not serves:
            continue
        far = query.distance_km(airport, place)
        if far > AIRPORT_RADIUS_KM:
            continue
        rank = (airport.layer > LAYER_WORLD and (serves or far <= FACILITY_RADIUS_KM["city"]), serves, scheduled,
                "international" in airport.roles, -far)
        if best is None or rank > best[0]:
            best = (rank, airport)
    return best[1] if best else None


#: Sorts of one facility kind that a phrase must not confuse: "the city hall in
#: Dhaka" is not Bangladesh's parliament, though both are ``government``.
_SORTS = (
    re.compile(r"parliament|parlement|assembl|sangsad|congres|capitol|senate|s[ée]nat|legislat|l[ée]gislatif|"
               r"palais\s+du\s+peuple|people['’]s\s+palace", re.I),
    re.compile(r"town\s+hall|city\s+hall|mairie|h[ôo]tel\s+de\s+ville|meri|municipal", re.I),
    re.compile(r"ministry|minist[èe]re|minis\b", re.I),
    re.compile(r"court|tribunal|palais\s+de\s+justice|tribinal", re.I),
    re.compile(r"embassy|ambassade|consulate|consulat|anbasad", re.I),
    # a post is no town's main station: "a police post in Jacmel" is not its departmental directorate
    re.compile(r"\b(?:out)?posts?\b|sous-commissariat|\bantennes?\b|checkpoint|sub-?station|poste\s+avanc", re.I),
)


def _of_the_same_sort(pool: list[Entry], words: str) -> list[Entry]:
    """The entries of ``pool`` of the sort the phrase names, when it names one."""
    for sort in _SORTS:
        if sort.search(words):
            return [e for e in pool if any(sort.search(n) for n in e.all_names)]
    return pool


def _vouchers(mentions: list[Mention]) -> dict[str | None, set[str]]:
    """The countries the text names unambiguously, by curated or large
    places, each with the names (keys) that name it.  A place named only by
    an alternate name ("Zion" for Jerusalem) proves no country: it would
    vouch for its own namesake."""
    out: dict[str | None, set[str]] = {}
    for mention in mentions:
        codes = {e.country for e in mention.candidates if strong(e) and e.id not in mention.via_alias}
        if len(codes) == 1:
            out.setdefault(codes.pop(), set()).add(names.key(mention.text))
    return out


def _others(vouchers: dict[str | None, set[str]], written: str) -> set[str | None]:
    """The countries some name of the text other than ``written`` vouches
    for: a town abroad named three times ("Fano fighters" in an Ethiopian
    story) does not vouch for its own country."""
    return {code for code, keys in vouchers.items() if len(keys) > 1 or written not in keys}


#: A city this populous is believed under another of its names ("Caire", "Bombay") in a story that
#: names no country, where an alternate name of a smaller place needs its country named.
EXONYM_MIN_POPULATION = 1_000_000


#: A world place named only by one of its alternate names, in the focus
#: country, must be this populous: GeoNames lists "Champs" for
#: Champs-sur-Marne and "Étoile" for Étoile-sur-Rhône, which prose uses for
#: other things.
ALIAS_MIN_POPULATION = 20_000


def _plausible(entry: Entry, mention: Mention, focus: Focus, context: set[str | None],
               named: set[str | None] = frozenset(), towns: set[tuple[str, str]] = frozenset(),
               focus_named: bool = False) -> bool:
    """Whether a candidate entry can be what this document means by the name.

    User packs are always believed.  Shipped packs describe one country
    (Haiti's landmarks); their generic names ("General Hospital",
    "Parliament") must not fire in a story about another country, so an
    entry of a shipped pack outside the focus country needs that country
    itself to be named in the text too (``named``).  A world-pack landmark
    abroad may instead have its own town named (``towns``: "Israeli troops
    raided Al-Shifa Hospital in Gaza City" is about Gaza's hospital though the
    focus is Israel).  A region abroad needs its country named, or the
    text's adjective for it: region names repeat across countries (Ouest,
    Plateau, Nord-Ouest).  World places follow the population rules of
    the module notes; ``focus_named``: a place of the text names the focus
    country (not only an adjective, which may be an actor's: "fighters who
    crossed the Somali border").
    """
    if entry.layer > LAYER_SHIPPED or entry.kind == "country" or mention.qualified:
        return True
    if entry.kind == "region":  # the regions pack: Darfur, Mindanao, Swat District...
        return not _region_abroad_unvouched(set(entry.spans), focus, named)
    if entry.layer == LAYER_SHIPPED:
        # (its town may be named inside the very name matched: "the Gare de Lyon in Paris" under a
        # LONDON dateline is the alias "Gare de Lyon in Paris")
        town = names.key(entry.locality or "")
        return (not focus.country or entry.country == focus.country or entry.country in named
                or entry.pack in SAMPLED_PACKS and ((entry.country, town) in towns
                                                    or bool(town) and town in names.key(mention.text)))
    if focus.country and entry.country == focus.country:
        return entry.id not in mention.via_alias or entry.population >= ALIAS_MIN_POPULATION
    if entry.id in mention.via_alias and entry.country not in context:
        # "Makka" in a Kenya story is no alternate name of Mecca; but in a story that names no country,
        # a great city's other name (« au Caire ») is the city
        return focus.country is None and entry.population >= EXONYM_MIN_POPULATION
    if entry.kind == "admin1" and _region_abroad_unvouched({entry.country}, focus, named):
        return False  # « la région de l'Ouest » in a Cameroon story is no department of Haiti
    needed = WORLD_MIN_POPULATION * (10 if entry.id in mention.via_alias else 1)
    if entry.country in context:
        needed //= 5
    elif focus_named and not any(e.country == focus.country for e in mention.candidates):
        needed *= FOREIGN_UNVOUCHED  # (a namesake at home outranks it anyway, and stays weighed beside it)
    return entry.population >= needed


def _region_abroad_unvouched(countries: set[str | None], focus: Focus, named: set[str | None]) -> bool:
    """A region (a first-level unit, or a region of the regions pack) outside
    the story's country needs one of its countries named in the text, or the
    text's adjective for it: region names repeat across countries (Ouest,
    Plateau, Sahel), and a district can share a word with prose (Khyber)."""
    return bool(focus.country) and focus.country not in countries and not countries & (named | focus.adjectives)


def _resolve_online(mention: Mention, gazetteer: Gazetteer, focus: Focus,
                    regions: frozenset[tuple[str | None, str]] = frozenset()) -> Place:
    """A name the gazetteer does not know: ask the online fallback, if any."""
    fallback = gazetteer.fallback
    if fallback is None:
        near = _spelled_otherwise(mention, gazetteer, focus) or _misspelt_in_named_region(mention, gazetteer, regions)
        if near is not None:
            return near
        return Place(mention, None, "not_found: not in the offline gazetteer (no online geocoder configured)")
    entry, reason = fallback.place(mention.text, country=focus.country)
    return Place(mention, entry, reason, (entry.id,) if entry else ())


#: How close a name after a preposition ("in Banyas") must be to a town of
#: the story's country that is spelled otherwise ("Bāniyās"), and how big
#: that town must be, for the offline gazetteer to read it as that town.
TRANSLITERATION_SCORE = 0.85
TRANSLITERATION_POPULATION = 5_000


#: A spelling one written vowel away ("Bogura" for Bogra, "Jhenidah" for
#: Jhenaidah) may score lower: a short name loses more for one letter.
VOWEL_SCORE = 0.8


def _one_vowel_apart(a: str, b: str) -> bool:
    """Whether one skeleton is the other with one vowel more, as Bengali,
    Arabic or Hausa names are written with or without a short vowel."""
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[i] in "aeiouy" and long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _spelled_otherwise(mention: Mention, gazetteer: Gazetteer, focus: Focus) -> Place | None:
    """A name no spelling in the gazetteer has, read as a town of the story's
    country a letter or two away: "Banyas" for Bāniyās, "Tartous" for
    Ţarţūs.  Names transliterated from Arabic, Cyrillic or Amharic are
    spelled several ways, and GeoNames holds only some of them.  Only in the
    story's country, only a town of some size, and only when one town is
    closest, and only a spelling that writes the same sounds (the same
    skeleton, see :mod:`geo.places.fuzzy`): "Kangemi", a quarter of
    Nairobi, is a letter away from the town of Kangema, but not a
    transliteration of it.  A first-level region of the story's country
    needs no more than the closeness (« la région de Koulikouro »)."""
    if focus.country is None:
        return None
    written = fuzzy.skeleton(names.key(mention.text))
    hits = [m for m in gazetteer.fuzzy(mention.text)
            if m.entry.country == focus.country and m.entry.kind != "country" and (
                m.score >= TRANSLITERATION_SCORE and (m.entry.kind == "admin1" or (
                    m.entry.population >= TRANSLITERATION_POPULATION
                    and any(fuzzy.skeleton(names.key(n)) == written for n in m.entry.all_names)))
                or m.score >= VOWEL_SCORE and m.entry.population >= TRANSLITERATION_POPULATION
                and any(_one_vowel_apart(fuzzy.skeleton(names.key(n)), written) for n in m.entry.all_names))]
    if not hits:
        return None
    best = max(m.score for m in hits)
    closest = {m.entry.id: m for m in hits if m.score == best}
    if len(closest) != 1:
        return None
    return _read_as(mention, next(iter(closest.values())), f"a town of the story's country {focus.country}")


#: How far from the story's town a small namesake of a village the text names may lie.
SETTLEMENT_REACH_KM = 150


def _settlement_of_the_story(mention: Mention, countries: set[str | None], home: Entry | None,
                             named: set[str | None] = frozenset(), own: str | None = None) -> Place | None:
    """A name the text calls a town or village (« le village de X », "the
    Palestinian town of Turmus Ayya") or puts on the map with a preposition
    (« à Huwara »), read as the one small place of that name in a country
    the story names: too small to be believed from prose alone, but the
    text says it is a place and the story is in its country.

    ``None`` when no such place, or more than one, bears the name, or when
    the one there lies far from the story's town: village names repeat
    across a country (a Nyaung Gon of Bago is no village of Sagaing).  A
    name after a mere preposition in a story with no town of its own needs
    its country vouched for by a place of the text (``named``), not by an
    adjective alone.  Abroad (outside the story's own country ``own``), only
    by the place's own name: GeoNames keeps the old names of towns, and
    « la ville d'Abbasiya » in a story from south Lebanon is no Yehud, the
    Israeli town on the site of a village once called so."""
    if mention.fuzzy:
        return None  # (a near spelling of a small place is too weak a reading)
    # a name after a mere preposition also needs the story's town near it, whatever its country: « à Boyer »
    # in a Haiti story that names France is no village of France
    here = [e for e in mention.candidates if e.country in countries and e.precision == "locality"
            and not (own is not None and e.country != own and e.id in mention.via_alias
                     and _another_name(mention.text, e))
            and (query.distance_km(e, home) <= SETTLEMENT_REACH_KM if home is not None
                 and (e.country == home.country or not mention.settlement)
                 else mention.settlement or e.country in named)]
    if len(here) != 1:
        return None
    return Place(_narrowed(mention, tuple(here)), here[0],
                 f"a {here[0].kind} of {here[0].country}, a country the story names, "
                 + ("called a settlement by the text" if mention.settlement else "after a preposition of place"),
                 (here[0].id,))


def _another_name(written: str, entry: Entry) -> bool:
    """Whether ``written`` is another name of ``entry`` rather than a spelling
    of its own: "Abbasiya" of Yehud (the village once on its site), where
    "Beit Hanina" spells Bayt Ḩanīnā's sounds a vowel or two apart."""
    a, b = fuzzy.skeleton(names.key(written)), fuzzy.skeleton(names.key(entry.name))
    return OSA.distance(a, b) > max(2, min(len(a), len(b)) // 4)


#: How close a name no gazetteer holds must be to a town of a region the text names to be read as it.
MISSPELLING_SCORE = 0.8


def _misspelt_in_named_region(mention: Mention, gazetteer: Gazetteer,
                              regions: frozenset[tuple[str | None, str]]) -> Place | None:
    """A name no gazetteer holds, read as the one town a letter or two away
    that lies in a region its sentence names (``regions``): « près d'Asongo,
    dans la région de Gao » is Ansongo, a town of Gao.  A typo alone is too
    weak a clue (a world of towns is a letter away from any name); the
    region the writer names with it is the guard."""
    if not regions:
        return None
    hits = {m.entry.id: m for m in gazetteer.fuzzy(mention.text)
            if m.score >= MISSPELLING_SCORE and m.entry.precision == "locality"
            and _region_key(m.entry.country, m.entry.admin1) in regions}
    if len(hits) != 1:
        return None
    match = next(iter(hits.values()))
    return _read_as(mention, match, f"a town of {match.entry.admin1}, a region the text names")


def _read_as(mention: Mention, match, why: str) -> Place:
    """``mention``, a name no gazetteer holds, read as the entry of a near spelling ``match``, saying why."""
    return Place(replace(mention, candidates=(match.entry,)), match.entry, f"{match.detail}, {why}",
                 (match.entry.id,))


def _region_key(country: str | None, region: str | None) -> tuple[str | None, str]:
    """A first-level region as a town's ``admin1`` and the region's own name both give it."""
    return country, names.key(region or "")


#: A city this big is not outranked by a namesake village (a hundredth of its size) of a region the text names.
DWARFING_POPULATION = 500_000


def resolve_name(mention: Mention, focus: Focus, context: set[str | None], *,
                 regions: frozenset[tuple[str | None, str]] = frozenset()) -> Place:
    """The candidate a name most likely means in this story: in its focus
    country, then inside a region the text names (``regions``: country and
    folded name of each), in its focus city, in a country it names, then the
    curated over the world's, and the nearest or largest."""
    candidates = mention.candidates
    ids = tuple(e.id for e in candidates)
    if len(candidates) == 1:
        return Place(mention, candidates[0], "only candidate", ids)

    home = [query.NearPoint(focus.locality.name, focus.locality.lat, focus.locality.lon)] if focus.locality else []
    # "Antioquia" may be the region itself, not a town inside it
    inside_named = frozenset() if any(e.precision == "region" for e in candidates) else regions
    # ...and a village of a region the sentence names before ("In West Java's Bandung ..., while in
    # Surabaya, Indonesia's second-largest city") does not outrank a great city of the same name
    biggest: dict[str | None, int] = {}  # the largest candidate of each country (a giant of the village's own)
    for e in candidates:
        biggest[e.country] = max(biggest.get(e.country, 0), e.population)

    def in_named_region(entry: Entry) -> bool:
        if _region_key(entry.country, entry.admin1) not in inside_named:
            return False  # (the cheap test first: most names lie in no region the text names)
        giant = biggest[entry.country]
        return not (entry.layer == LAYER_WORLD and giant >= DWARFING_POPULATION and entry.population * 100 < giant)

    written = names.key(mention.text)
    largest_alias = max((e.population for e in candidates if e.id in mention.via_alias), default=0)

    def score(entry: Entry) -> tuple:
        return (
            entry.country == focus.country and focus.country is not None,
            in_named_region(entry),
            focus.locality is not None and names.key(entry.locality or "") == names.key(focus.locality.name),
            entry.country in context,
            entry.kind == "country",
            entry.layer,
            entry.id not in mention.via_alias,
            # of two places of like size the name is another name of, the one whose own name begins as it
            # does: "Sloviansk" is Slovyansk, not Nikopol, which GeoNames also once called so (but "Artemovsk"
            # is still Bakhmut, far larger than the Russian village of that name)
            entry.id not in mention.via_alias or names.key(entry.name)[:3] == written[:3]
            and entry.population * 2 >= largest_alias,
            # Near the story's focus city, weighed with size, as for a query's --near.
            -query.cost(entry, home, FOCUS_REACH_KM) if home else entry.population,
            entry.id,
        )

    ranked = sorted(candidates, key=score, reverse=True)
    best = ranked[0]
    if in_named_region(best) and not all(in_named_region(e) for e in ranked[1:]):
        why = f"in {best.admin1}, named in the text"
    elif best.country == focus.country and focus.country:
        why = f"in the document's focus country {focus.country}"
    elif best.country in context:
        why = f"in {best.country}, named elsewhere in the text"
    elif best.kind == "country":
        why = "a country of that name"
    elif best.layer > max(e.layer for e in ranked[1:]):
        why = f"from the {'user' if best.layer == 2 else 'shipped'} pack {best.pack}"
    elif home:
        why = f"nearest to the document's focus {focus.locality.name} for its size"
    else:
        why = "largest population among candidates"
    return Place(mention, best, why, ids)


#: A name the text calls a quarter ("the Xinavane neighbourhood").
_QUARTER_NAMED = re.compile(rf"\s{QUARTER_WORD}$", re.I)
#: How far from a town the story names a world place may lie and still be a
#: quarter the text names.
QUARTER_NAMED_KM = 30.0


def _far_from_every_town(entry: Entry, anchors: list[Entry]) -> bool:
    """Whether *entry* lies more than :data:`QUARTER_NAMED_KM` from every
    other town the story names (*anchors*); false when it names none."""
    towns = [a for a in anchors if a.id != entry.id]
    return bool(towns) and all(query.distance_km(entry, town) > QUARTER_NAMED_KM for town in towns)


def _far_for_a_quarter(entry: Entry, anchors: list[Entry]) -> bool:
    """Whether a world place is too far from every town the story names
    (*anchors*) to be the quarter the text names: the Xinavane neighbourhood
    of Macomia is not the town of Xinavane, 1,500 km south.  Curated places
    are believed, and so is any place when the story names no town."""
    return entry.layer == LAYER_WORLD and _far_from_every_town(entry, anchors)


def _names_its_town(mention: Mention, entry: Entry, gazetteer: Gazetteer) -> bool:
    """Whether the curated name written holds, after the quarter's own words,
    a name of the town the quarter lies in: « la banlieue sud de Beyrouth »
    is Dahieh in a story from Tyre (where « le quartier de Bel Air » in a
    story from Jacmel is no quarter of the capital)."""
    words = mention.text.split()
    if len(words) < 3 or not entry.locality:
        return False
    last = words[-1]
    return last[:1].isupper() and any(
        e.precision == "locality" and e.country == entry.country and query.distance_km(e, entry) <= QUARTER_KM
        for e in gazetteer.lookup(last, codes=False))


#: Curated places that every town has one of, by a name of the same words:
#: a quarter, a crossroads, a road.
_TOWN_PARTS = frozenset({"neighbourhood", "junction", "road"})


def _quarter_elsewhere(entry: Entry, anchors: list[Entry], towns: set[tuple[str, str]] = frozenset()) -> bool:
    """Whether a curated quarter or crossroads lies far from every town the
    story names: « Carrefour aéroport » in a Cap-Haïtien story is that
    city's airport crossroads, not the one of Port-au-Prince 140 km away
    that the pack holds; a quarter of the world pack far from every town the
    story names is another place of that name, whatever its name.  A story that names no town believes the pack, and
    so does one that names the quarter's own town, even where that name has
    a namesake abroad and so anchors nothing ("Haret Hreik, in Beirut's
    southern suburbs": Poland has a Bierutów)."""
    if entry.layer == LAYER_WORLD or entry.kind not in _TOWN_PARTS:
        return False
    if entry.locality and (entry.country, names.key(entry.locality)) in towns:
        return False
    own, town = names.key(entry.name), names.key(entry.locality or "")
    if town and own.startswith(town) and own != town:
        return False  # "Delmas 19" names its own commune: no other town has one
    if not _generic_name(entry.name) and entry.pack not in SAMPLED_PACKS:
        return False  # "Martissant" is the capital's quarter, even in a story that names Jérémie
    # (a quarter of a big city abroad is not: "the army camp of Matete" in a story from Beni is not
    # Kinshasa's commune, 1,700 km away)
    return _far_from_every_town(entry, anchors)


#: Words that many towns' quarters, crossroads and roads are named with.
_GENERIC_PLACE_WORDS = frozenset("""
carrefour route rue place marche bas haut centre ville cite plaine morne pont source fond fonds trou grand grande
petit petite saint sainte bel belle air mont savane riviere habitation lakou ti aeroport airport quartier zone
""".split())


def _generic_name(name: str) -> bool:
    """Whether a quarter's name is made of words other towns name their own
    quarters with (« Carrefour aéroport », « Bel Air », « Bas-Ville »), rather
    than its own (Martissant, Solino)."""
    return any(word in _GENERIC_PLACE_WORDS or word in COMMON_WORDS for word in re.split(r"[\s'’-]+", names.fold(name)) if word)


_INDEFINITE = re.compile(r"(?:an?|one|un|une)\s", re.I)


def _in_town(place: Entry, town: Entry) -> bool:
    """Whether *place* is *town* or one of its quarters (by record, or close
    enough to be one: a quarter's pack row may not name its city)."""
    return place.id == town.id or place.locality == town.id or (
        place.precision == "neighbourhood" and query.distance_km(place, town) <= QUARTER_KM)


def _recent_town(mention: Mention, earlier: list[Place], back: int = 1) -> Entry | None:
    """The town or quarter named last in the mention's sentence or the
    *back* ones before, which a facility phrase without a place of its own
    belongs to."""
    towns = [p for p in earlier if mention.sentence - p.mention.sentence <= back and p.entry is not None
             and p.entry.precision in ("locality", "neighbourhood") and p.mention.how in ("name", "facility")
             and not p.mention.aside]
    if not towns:
        return None
    last = towns[-1]
    # "in Carrefour, a city in the south of the Port-au-Prince metropolitan area": the
    # city named last only situates the town named just before it in the same sentence
    before = [p for p in towns[:-1] if p.mention.sentence == last.mention.sentence and p.entry.kind != "city"
              and query.distance_km(p.entry, last.entry) <= QUARTER_KM]
    return before[-1].entry if last.entry.kind == "city" and before else last.entry


def _resolve_anaphor(mention: Mention, earlier: list[Place]) -> Place:
    kind = mention.description.kind if mention.description else None
    for place in reversed(earlier):
        entry = place.entry
        if entry is None:
            continue
        if (kind is None and entry.precision == "site") or entry.kind == kind or (
                kind == "region" and entry.precision == "region" and not is_stand_in(entry)):
            return Place(mention, entry, f"refers back to '{place.mention.text}'", (entry.id,))
    return Place(mention, None, "not_found: nothing earlier to refer back to")


def _resolve_description(mention: Mention, gazetteer: Gazetteer, focus: Focus, earlier: list[Place]) -> Place:
    d = mention.description
    assert d is not None
    if d.kind == "country":
        if d.country:
            entry = gazetteer.country(d.country)
            return Place(mention, entry, "demonym", (d.country,)) if entry else Place(mention, None, "not_found")
        if d.regions:
            for place in reversed(earlier):
                entry = place.entry
                if entry and entry.kind == "country" and entry.get("subregion") in d.regions:
                    return Place(mention, entry, f"the last {entry.get('subregion')} country named", (entry.id,))
            entry = gazetteer.country(focus.country)
            if entry and entry.get("subregion") in d.regions:
                return Place(mention, entry, "the document's focus country", (entry.id,))
            return Place(mention, None, "not_found: no country of that region named")
        entry = gazetteer.country(focus.country)
        return Place(mention, entry, "the document's focus country", (focus.country or "",)) if entry \
            else Place(mention, None, "not_found: the document has no focus country")
    if d.kind == "capital":
        code = d.country or focus.country
        entry = gazetteer.capital(code, focus.date)
        return Place(mention, entry, f"capital of {code}", (entry.id,) if entry else ()) if entry \
            else Place(mention, None, f"not_found: no capital known for {code}")

    if (d.roles and d.scope is None or d.scope == "town") and (town := _recent_town(mention, earlier)) is not None:
        # « À Mirebalais, ... le commissariat central »: the town's main station, not the nation's;
        # "12 dead in Juliaca, during an attempted invasion of the city's airport": Juliaca's
        return resolve_facility(Place(mention, town, "the town just named"), gazetteer)
    country = focus.country
    locality = None
    if d.scope in ("capital", "town"):
        capital = gazetteer.capital(country, focus.date)
        if capital is not None and mention.facility:
            # "the parliament in the capital": the capital's building of that
            # sort, or the capital itself, flagged approximate
            return resolve_facility(Place(mention, capital, f"capital of {country}", (capital.id,)), gazetteer)
        locality = capital.name if capital else None
    elif d.scope and d.scope not in ("country",):
        country = d.scope
    if country is None:
        return Place(mention, None, "not_found: the document has no focus country")
    # "the country's parliament" asks for the parliament among the government buildings
    found = _of_the_same_sort(gazetteer.find(kind=d.kind, country=country, locality=locality), mention.text)
    ids = tuple(e.id for e in found)
    if d.roles:
        matching = [e for e in found if d.roles <= e.roles]
        if len(matching) == 1:
            return Place(mention, matching[0], f"the {'/'.join(sorted(d.roles))} {d.kind} of {locality or country}", ids)
        if len(matching) > 1:
            mains = [e for e in matching if "main" in e.roles]
            if len(mains) == 1:
                return Place(mention, mains[0], f"the main {d.kind} of {locality or country}", ids)
            return Place(mention, None, "ambiguous", ids)
        mains = [e for e in found if "main" in e.roles]
        if len(mains) == 1 and d.roles <= {"main", "national"}:
            return Place(mention, mains[0], f"the main {d.kind} of {locality or country}", ids)
    if len(found) == 1 and not (locality is None and found[0].pack in SAMPLED_PACKS):
        return Place(mention, found[0], f"the only {d.kind} known in {locality or country}", ids)
    if found and "national" in d.roles and d.kind in SEATS_OF_STATE and locality is None:
        # "the Supreme Court" of a country whose one such building the packs hold in its capital
        capital = gazetteer.capital(country, focus.date)
        seated = [e for e in found if query.distance_km(e, capital) <= FACILITY_RADIUS_KM["city"]] if capital else []
        if len(seated) == 1:
            return Place(mention, seated[0], f"the national {d.kind} of {country}, in its capital", ids)
    if not found and "national" in d.roles and d.kind in SEATS_OF_STATE and locality is None:
        # "protesters stormed parliament" where no pack holds that country's:
        # the nation's parliament or palace sits in its capital
        capital = gazetteer.capital(country, focus.date)
        if capital is not None:
            return resolve_facility(Place(_by_its_words(mention), capital, f"capital of {country}", (capital.id,)),
                                    gazetteer)
    return Place(mention, None, "ambiguous" if found else "not_found", ids)


#: An article before a facility's words ("the", « l' »), not the first letter of its noun.
_ARTICLE = re.compile(r"^(?:(?:the|a|an|le|la|les|un|une|du|des|au|aux|de\s+la)\s+|(?:de\s+)?l['’]\s*)", re.I)

#: Kinds of which a country's national one sits in its capital.
SEATS_OF_STATE = frozenset({"government", "palace"})


