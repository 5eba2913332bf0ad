"""Geocode: decide which gazetteer entry each mention refers to.

Resolution needs the document's *focus*, the country and city a story is
about, taken from its dateline, its front matter or, failing both, from the
places it names most.  Descriptions ("the country's international airport")
and anaphors ("the prison") are resolved against that focus and against the
places already resolved earlier in the same document.

Every :class:`Place` records why it was chosen and which candidates were
weighed, or why nothing was (``not_found``, ``ambiguous``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from . import names
from .gazetteer import Entry, Gazetteer
from .mentions import Mention
from .text import Dateline


@dataclass(frozen=True)
class Focus:
    """The country and locality a document is about, and how we know."""

    country: str | None
    locality: Entry | None
    source: str


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


def find_focus(body: str, mentions: list[Mention], gazetteer: Gazetteer, *,
               dateline: Dateline | None = None, hint: str | None = None) -> Focus:
    """Work out the document's focus country and locality."""
    for label, text, region in (("front matter", hint, None),
                                ("dateline", dateline.place if dateline else None,
                                 dateline.region if dateline else None)):
        if not text:
            continue
        region_codes = {e.country for e in gazetteer.lookup(region or "") if e.kind == "country"}
        entries = [e for e in gazetteer.lookup(text) if not region_codes or e.country in region_codes]
        localities = [e for e in entries if e.precision in ("locality", "neighbourhood")]
        if localities:
            best = max(localities, key=lambda e: ("capital" in e.roles, e.population))
            return Focus(best.country, best, label)
        countries = [e for e in entries if e.kind == "country"]
        if countries:
            return Focus(countries[0].country, None, label)
        if region_codes:
            return Focus(sorted(region_codes)[0], None, label)

    votes: Counter[str] = Counter()
    for mention in mentions:
        codes = {e.country for e in mention.candidates if e.country}
        if len(codes) == 1:
            votes[codes.pop()] += 1
    for _, _, word in names.word_spans(body):
        code = gazetteer.country_of_demonym(word)
        if code:
            votes[code] += 1
    if not votes:
        return Focus(None, None, "none")
    country = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    places: Counter[str] = Counter()
    for mention in mentions:
        for entry in mention.candidates:
            if entry.country == country and entry.precision == "locality":
                places[entry.id] += 1
    locality = None
    if places:
        best_id = sorted(places.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        locality = gazetteer.get(best_id)
    return Focus(country, locality, "mentions")


def resolve(mentions: list[Mention], gazetteer: Gazetteer, focus: Focus) -> list[Place]:
    """Resolve each mention, in document order, to a :class:`Place`."""
    places: list[Place] = []
    context = {e.country for m in mentions for e in m.candidates if len({c.country for c in m.candidates}) == 1}
    for mention in mentions:
        if mention.how in ("name", "dateline"):
            place = _resolve_name(mention, focus, context)
        elif mention.how == "anaphor":
            place = _resolve_anaphor(mention, places)
        else:
            place = _resolve_description(mention, gazetteer, focus, places)
        places.append(place)
    return places


def _resolve_name(mention: Mention, focus: Focus, context: set[str | None]) -> Place:
    candidates = mention.candidates
    ids = tuple(e.id for e in candidates)
    if len(candidates) == 1:
        return Place(mention, candidates[0], "only candidate", ids)

    def score(entry: Entry) -> tuple:
        return (
            entry.country == focus.country and focus.country is not None,
            focus.locality is not None and names.key(entry.locality or "") == names.key(focus.locality.name),
            entry.country in context,
            entry.kind == "country",
            entry.population,
            entry.id,
        )

    ranked = sorted(candidates, key=score, reverse=True)
    best = ranked[0]
    if best.country == focus.country and focus.country:
        why = f"in the document's focus country {focus.country}"
    elif best.country in context:
        why = f"in {best.country}, named elsewhere in the text"
    else:
        why = "largest population among candidates"
    return Place(mention, best, why, ids)


def _resolve_anaphor(mention: Mention, earlier: list[Place]) -> Place:
    kind = mention.description.kind if mention.description else None
    for place in reversed(earlier):
        entry = place.entry
        if entry is None:
            continue
        if (kind is None and entry.precision == "site") or entry.kind == kind:
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
        entry = gazetteer.capital(code)
        return Place(mention, entry, f"capital of {code}", (entry.id,) if entry else ()) if entry \
            else Place(mention, None, f"not_found: no capital known for {code}")

    country = focus.country
    locality = None
    if d.scope == "capital":
        capital = gazetteer.capital(country)
        locality = capital.name if capital else None
    elif d.scope and d.scope not in ("country",):
        country = d.scope
    if country is None:
        return Place(mention, None, "not_found: the document has no focus country")
    found = gazetteer.find(kind=d.kind, country=country, locality=locality)
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
    if len(found) == 1:
        return Place(mention, found[0], f"the only {d.kind} known in {locality or country}", ids)
    return Place(mention, None, "ambiguous" if found else "not_found", ids)


@dataclass(frozen=True)
class Resolution:
    """The answer to "where is NAME?" outside any text: a CSV row's place
    column, or ``incident-map geocode``.  ``reason`` explains the choice or,
    when ``entry`` is ``None``, says ``not_found`` or ``ambiguous``."""

    query: str
    entry: Entry | None
    reason: str
    candidates: tuple[Entry, ...] = ()


def locate(name: str, gazetteer: Gazetteer, *, country: str | None = None,
           near: tuple[str, ...] = ()) -> Resolution:
    """Find a single place by name, using a country code and nearby place
    names (an admin region, a city) as context for ambiguous names."""
    candidates = tuple(gazetteer.lookup(name))
    if country:
        in_country = tuple(e for e in candidates if e.country == country.upper())
        if not in_country:
            return Resolution(name, None, f"not_found: no '{name}' in {country.upper()}", candidates)
        candidates = in_country
    if not candidates:
        return Resolution(name, None, "not_found", ())
    context_entries = [e for n in near for e in gazetteer.lookup(n)]
    focus_country = country.upper() if country else None
    if focus_country is None and context_entries:
        focus_country = context_entries[0].country
    locality = next((e for e in context_entries if e.precision == "locality"), None)
    focus = Focus(focus_country, locality, "query")
    from .mentions import Mention  # a pseudo-mention carries the query through the text resolver
    place = _resolve_name(Mention(0, len(name), name, 0, "name", candidates), focus,
                          {e.country for e in context_entries})
    return Resolution(name, place.entry, place.reason, candidates)
