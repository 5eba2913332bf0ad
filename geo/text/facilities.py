"""Facilities: "the police station in Gressier", « la prison civile de Jacmel ».

News names most incident sites by a generic noun and the place that holds
it, not by a proper name: "a hotel in Nairobi's Westlands", "the Gressier
police station", « le commissariat de police de Léogâne », « lopital
Mirebalais ».  This module finds such phrases in English, French and
Haitian Creole and says which kind of facility they name and which place
mention locates it.  :mod:`geo.places.geocode` then looks for that facility
in the gazetteer near the place and, when no pack holds it, maps the
incident at the place itself, marked approximate, keeping the facility's
kind and words: an incident is never dropped because its building is
unknown.

The lexicon maps each noun to a gazetteer kind (see ``geo/data/README.md``).
Nouns are matched case-insensitively: French writes its heads in lower case
(« le parc Sainte-Thérèse »), English in either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo.text.lexicons import ROAD_TO_BEFORE
from geo.text.prefilter import prefiltered

#: Facility nouns of English, French and Haitian Creole, by gazetteer kind.
LEXICON: dict[str, tuple[str, ...]] = {
    "police": ("police station", "police stations", "police post", "police headquarters", "police precinct",
               "police substation", "police sub-station", "police commissariat", "police barracks", "police base",
               "commissariat", "sous-commissariat", "commissariat de police", "poste de police",
               "station de police", "komisarya", "sou-komisarya", "direction départementale de la police",
               "police academy", "académie de police", "école de police"),
    "prison": ("prison", "jail", "gaol", "penitentiary", "detention centre", "detention center", "prison civile",
               "centre pénitentiaire", "pénitencier", "maison d'arrêt", "prizon", "custodial centre",
               "custodial center", "correctional centre", "correctional center", "correctional facility",
               "detention facility", "centre de détention", "centre correctionnel"),
    "hospital": ("hospital", "clinic", "health centre", "health center", "medical centre", "medical center",
                 "hôpital", "clinique", "centre de santé", "dispensaire", "lopital", "klinik"),
    "airport": ("airport", "airfield", "airstrip", "aéroport", "aérodrome", "piste d'atterrissage", "ayewopò"),
    "port": ("seaport", "wharf", "harbour", "harbor", "container terminal", "port terminal", "ferry terminal",
             "quai", "wharf de", "pò"),
    "fuel_terminal": ("fuel depot", "fuel terminal", "oil terminal", "oil depot", "fuel storage", "petrol station",
                      "gas station", "filling station", "terminal pétrolier", "dépôt de carburant",
                      "station-service", "station d'essence", "pompe à essence", "ponp gazolin"),
    "hotel": ("hotel", "hôtel", "otèl", "guesthouse", "guest house"),
    "market": ("market", "marketplace", "market place", "marché", "mache"),
    "government": ("town hall", "city hall", "ministry", "parliament building", "parliament", "parliament house",
                   "national assembly", "assemblée nationale", "assemblee nationale", "government building", "governor's office", "prefecture", "mairie", "hôtel de ville",
                   "ministère", "parlement", "préfecture", "délégation départementale", "meri"),
    "court": ("courthouse", "court house", "court of appeal", "palais de justice", "tribunal", "tribunal de paix",
              "cour d'appel", "tribinal"),
    "church": ("church", "cathedral", "mosque", "temple", "église", "cathédrale", "mosquée", "chapelle", "legliz"),
    "school": ("school", "lycée", "collège", "école", "lekòl"),
    "orphanage": ("orphanage", "children's home", "orphelinat", "òfelina", "ofelina"),
    "warehouse": ("warehouse", "food warehouse", "entrepôt", "depo"),
    "university": ("university", "campus", "université", "faculté", "inivèsite"),
    "stadium": ("stadium", "stade", "estad"),
    "palace": ("presidential palace", "presidential residence", "palais présidentiel", "palais presidentiel",
               "palais de la présidence"),
    "station": ("railway station", "train station", "bus station", "bus terminal", "central station",
                "metro station", "subway station", "gare", "gare routière", "estasyon"),
    "mall": ("shopping mall", "shopping centre", "shopping center", "mall", "supermarket", "centre commercial",
             "supermarché"),
    "bank": ("bank branch", "bank", "banque", "bank komèsyal"),
    "military": ("military base", "army base", "military camp", "army camp", "barracks", "garrison", "checkpoint",
                 "cantonment", "cantt", "air base", "airbase", "camp militaire", "base militaire", "caserne",
                 "poste de contrôle", "base aérienne", "détachement militaire", "détachement", "military detachment",
                 "poste militaire", "military post", "army post", "outpost", "poste avancé"),
    "camp": ("displacement camp", "displaced persons camp", "idp camp", "refugee camp", "camp for displaced",
             "camp de déplacés", "camp de réfugiés", "site de déplacés", "site d'hébergement", "kan deplase"),
    "embassy": ("embassy", "consulate", "ambassade", "consulat", "anbasad"),
    "bridge": ("bridge", "pont"),
    "park": ("park", "parc", "pak"),
    "square": ("square", "place publique"),
}

#: Words between a facility noun and the preposition that belong to the noun
#: phrase: « la prison civile de Jacmel », "the main police station in".
_TAIL_WORDS = r"(?:civile?s?|principale?s?|nationale?s?|internationale?s?|international|centrale?s?|main|central|new|old|local|municipal|communal|" \
              r"de\s+police|de\s+la\s+police|national|general|général|université|d['’]état)"
#: Place nouns between the preposition and the name: "in the west coast town of St. Marc".
_PLACE_NOUNS = r"(?:town|city|village|commune|district|neighbou?rhood|area|suburb|region|province|state|county|" \
               r"ville|localité|quartier|zone|section\s+communale|bourg|vil|katye|zòn)"
_PREP = r"(?:in|at|of|near|outside|inside|on\s+the\s+outskirts\s+of|just\s+outside|de|d['’]|du|des|à|au|aux|près\s+de|" \
        r"nan|lan|bò|pou)"

_NOUN_TO_KIND = {noun: kind for kind, nouns in LEXICON.items() for noun in nouns}
_NOUNS = "|".join(sorted((re.escape(n).replace(r"\ ", r"\s+") for n in _NOUN_TO_KIND), key=len, reverse=True))
# (« les chrétiens ont marché »: the verb, not the market)
_NOUN = prefiltered(rf"(?<![\w-])(?<!\bont\s)(?<!\bavaient\s)(?P<noun>{_NOUNS})(?![\w-])", re.IGNORECASE)
_WHEN = r"(?:(?:on\s+|early\s+|late\s+|last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|" \
        r"yesterday|today|overnight|tonight|morning|afternoon|evening|night|lundi|mardi|mercredi|jeudi|vendredi|" \
        r"samedi|dimanche|hier|ce\s+matin|ce\s+soir|cette\s+nuit)(?:\s+(?:morning|afternoon|evening|night|soir|matin))?)"
_RIGHT = re.compile(
    rf"""^(?:\s+{_TAIL_WORDS})*            # « civile », "de police"
        (?:\s+(?-i:[A-ZÀ-Ý][\w'’-]*)(?:\s+(?-i:[A-ZÀ-Ý][\w'’-]*)){{0,3}}(?=\s+(?:de|du|d['’])))?  # its own name: « Aden Adde de »
        (?:\s*,?\s+{_WHEN})?                # "struck the airport Wednesday in"
        \s*,?\s+{_PREP}\s*                  # in / de / à / nan
        (?:(?:the|la|le|les|l['’])\s*)?
        (?:(?:[\w-]+\s+){{0,3}}?{_PLACE_NOUNS}\s+(?:of|de|d['’])\s*(?:(?:la|le|l['’])\s*)?)?   # "the west coast town of", « la commune de la »
        $""",
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(frozen=True)
class FacilityPhrase:
    """A facility noun and the character span of its words in the sentence."""

    kind: str
    noun: str
    start: int
    end: int


def road_named_after(text: str, start: int) -> bool:
    """Whether the facility word at ``start`` names the road that leads to
    it (``ROAD_TO_BEFORE``) rather than the facility itself."""
    return ROAD_TO_BEFORE.search(text, max(0, start - 30), start) is not None


def find_nouns(text: str) -> list[FacilityPhrase]:
    """Every facility noun of a sentence, longest first where they overlap,
    but for the facility a road is named after (:func:`road_named_after`)."""
    out = []
    for match in _NOUN.finditer(text):
        if road_named_after(text, match.start()):
            continue
        noun = re.sub(r"\s+", " ", match.group("noun").lower())
        out.append(FacilityPhrase(_NOUN_TO_KIND[noun], noun, match.start(), match.end()))
    return out


#: Nouns that Creole, and French police reporting, put right before their
#: place with no preposition: « komisarya Kabarè », « lopital Mibalè », « le
#: commissariat Delmas 33 ».  Other nouns so placed are followed by their own
#: name (« le lycée Pétion »), which the packs may know.
JUXTAPOSED = frozenset({"komisarya", "sou-komisarya", "lopital", "prizon", "mache", "commissariat",
                        "sous-commissariat"})


def links_right(between: str, noun: str = "") -> bool:
    """True when the text between a facility noun and a place name makes the
    place its location: " in the town of ", « civile de », " de police de ",
    or a mere space after one of the :data:`JUXTAPOSED` nouns."""
    if noun in JUXTAPOSED and between in (" ", "\u00a0"):
        return True
    return len(between) <= 80 and bool(_RIGHT.match(between))


def links_left(between: str) -> bool:
    """True when a place name directly before a noun qualifies it:
    "the Gressier police station", "Gonaives' police station",
    "Nairobi's Westlands mall"."""
    return bool(re.fullmatch(r"(?:['’]s?)?\s+(?:(?:main|central|new|old|local|only)\s+)?"
                             r"(?:(?:medium|maximum|high|low|minimum)[- ]security\s+|federal\s+|state\s+|district\s+)?",
                             between, re.IGNORECASE))


#: A right-hand link that only says the facility lies near the place:
#: "the Kuje prison just outside Abuja" is in Kuje, not in Abuja.
_NEAR = re.compile(r"\b(?:outside|near|outskirts|close\s+to|près\s+de|aux\s+abords|non\s+loin)\b", re.I)


def only_near(between: str) -> bool:
    return bool(_NEAR.search(between))
