"""Spans: the mentions of places a text holds, as the later stages see them.

A :class:`Mention` is a span of a document body that names or describes a
place, with the gazetteer entries it may be; a :class:`Description` is
what a descriptive phrase asks for ("the country's main airport").  The
scans of :mod:`geo.text.mentions` make them; :mod:`geo.places.geocode`
resolves them.
"""

from __future__ import annotations

from dataclasses import dataclass

from geo.places.gazetteer import Entry


@dataclass(frozen=True)
class Description:
    """What a descriptive phrase asks for, before context resolves it.

    ``scope`` is ``"capital"``, ``"town"`` (the town just named, else the
    capital: "the city's airport"), ``"country"`` or an ISO country code; ``kind``
    is a gazetteer kind, ``"country"``, ``"capital"`` or ``None`` for "the
    facility".  ``regions`` holds sub-regions named by an adjective.
    """

    kind: str | None
    roles: frozenset[str] = frozenset()
    scope: str | None = None
    regions: frozenset[str] = frozenset()
    country: str | None = None


@dataclass(frozen=True)
class Mention:
    """A span of a document body that refers to a place."""

    start: int
    end: int
    text: str
    sentence: int
    how: str  # "name", "dateline", "description", "anaphor" or "unknown"
    candidates: tuple[Entry, ...] = ()
    description: Description | None = None
    via_alias: frozenset[str] = frozenset()  # ids of world candidates named only by an alternate name
    facility: str | None = None  # the facility's own words ("police station") when how == "facility"
    #: The place names the facility from before its noun ("the Dusit hotel"):
    #: such a name is often a brand, so only a place of the story's country counts.
    facility_before: bool = False
    #: Read through the fuzzy index ("Petion-Vile"): a near spelling, which
    #: the town it is put in must not contradict (see :func:`geo.text.mentions._quarters_of_far_towns`).
    fuzzy: bool = False
    #: Named only to say where another place lies or where an actor is based
    #: ("Canaan, a neighbourhood of Port-au-Prince", "gangs based in Canaan"):
    #: no town a later "the police station" can belong to.
    aside: bool = False
    #: Narrowed by the area written with it ("Marigot, Saint Martin", "the
    #: Mexican city of Culiacán"): the text says where it is, so its size
    #: no longer matters (see :func:`geo.text.mentions._qualified`).
    qualified: bool = False
    #: Called a quarter by a word after a list it starts ("the Penha and
    #: Alemão favela complexes"): a quarter of the story's town, not a far namesake.
    quarter: bool = False
    #: Called a village or town by the words around it (« le village de
    #: Bahn », "Tondi, a village near Djibo"): a place even when no gazetteer
    #: entry of its name fits the story, so it is kept as a name no gazetteer holds.
    settlement: bool = False
    #: Written right after a preposition of place (« à Huwara », "in Huwara"):
    #: a small place of a country the story names may be meant, whatever its size.
    located: bool = False
