"""Descriptions: places a text points at by words rather than by a name.

"the country's international airport", "the capital's main prison",
"the East African country", « la capitale haïtienne », "stormed
parliament", « le département du Nord », and capitalised names after a
place preposition that no gazetteer knows ("clashes in Kibumba").  Each
becomes a :class:`~geo.text.spans.Mention` that
:mod:`geo.places.geocode` resolves against the story's focus.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from geo.places import names
from geo.places.gazetteer import Gazetteer
from geo.text.facilities import road_named_after
from geo.text.sentences import Sentence
from geo.text.prefilter import PrefilterGroup, Prefiltered, prefiltered
from geo.text.spans import Description, Mention
from geo.text.wordlists import COMMON_WORDS, PERSON_TITLES, PRESS_TITLES


#: Nouns of facilities in descriptions, mapped to gazetteer kinds.
FACILITY_NOUNS = {
    "prison": "prison", "penitentiary": "prison", "jail": "prison", "gaol": "prison",
    "custodial centre": "prison", "custodial center": "prison", "correctional centre": "prison",
    "correctional center": "prison", "detention centre": "prison", "detention center": "prison",
    "airport": "airport", "airfield": "airport",
    "stadium": "stadium",
    "palace": "palace",
    "port": "port", "seaport": "port",
    "hospital": "hospital",
    "police headquarters": "police", "police station": "police",
    "fuel terminal": "fuel_terminal", "oil terminal": "fuel_terminal",
    "market": "market",
    "cathedral": "church",
    "parliament": "government", "national assembly": "government",
    "supreme court": "government", "constitutional court": "government",
    "facility": None, "compound": None, "building": None, "premises": None,
}


#: Modifiers that select an entry by its roles.
ROLE_WORDS = {
    "main": "main", "largest": "main", "biggest": "main", "principal": "main",
    "central": "main", "national": "national", "international": "international",
    "presidential": "national",  # "the presidential palace": the head of state's, one per country
}


_FILLER_WORDS = ("civil", "soccer", "football", "civilian", "state-run", "public", "sports", "city's", "town's", "local",
                 "small", "little", "tiny", "old", "new", "only")  # "the small airport on the edge of town"


#: Regional adjectives of country descriptions, mapped to UN M49 sub-regions.
REGION_WORDS = {
    "east african": {"Eastern Africa"},
    "west african": {"Western Africa"},
    "central african": {"Middle Africa"},
    "north african": {"Northern Africa"},
    "southern african": {"Southern Africa"},
    "african": {"Eastern Africa", "Western Africa", "Middle Africa", "Northern Africa", "Southern Africa"},
    "sahel": {"Western Africa", "Northern Africa"},
    "sahelian": {"Western Africa", "Northern Africa"},
    "caribbean": {"Caribbean"},
    "central american": {"Central America"},
    "south american": {"South America"},
    "latin american": {"Caribbean", "Central America", "South America"},
    "north american": {"Northern America"},
    "european": {"Western Europe", "Eastern Europe", "Northern Europe", "Southern Europe"},
    "eastern european": {"Eastern Europe"},
    "balkan": {"Southern Europe"},
    "middle eastern": {"Western Asia"},
    "gulf": {"Western Asia"},
    "asian": {"Central Asia", "Southern Asia", "Eastern Asia", "South-eastern Asia", "Western Asia"},
    "south asian": {"Southern Asia"},
    "southeast asian": {"South-eastern Asia"},
    "central asian": {"Central Asia"},
    "pacific": {"Melanesia", "Micronesia", "Polynesia"},
}


_NOUNS = "|".join(sorted((re.escape(n) for n in FACILITY_NOUNS), key=len, reverse=True))


_MODS = "|".join(sorted([*ROLE_WORDS, *_FILLER_WORDS], key=len, reverse=True))


_FACILITY = prefiltered(
    # ("that city's airport" is the city's just named, as "the city's airport" is)
    rf"""(?:\b(?:[Tt]he\s+|[Tt]h(?:at|is)\s+(?=(?:city|town|capital)['’]s\s))(?:(?P<owner>[\w\-]+(?:\s(?-i:[A-Z])[\w\-]+)?)['’]s\s+)?(?P<demonym>(?-i:[A-Z][a-z]+(?:an|ese|ish|i|ch))\s+(?=(?:(?:{_MODS})\s+)*(?:{_NOUNS})))?
           |\b(?P<owner2>(?-i:[A-Z])[\w\-]+)['’]s\s+(?=(?:(?:{_MODS})\s+)+))   # "Haiti's main international airport"
        (?P<mods>(?:(?:{_MODS})\s+)*)
        (?P<noun>{_NOUNS})s?\b""",
    re.VERBOSE | re.IGNORECASE,
)


#: French descriptions and anaphors: « le palais », « l'aéroport », « la prison
#: civile », « le Palais national ».  Nouns whose other senses are common in
#: news prose (« le marché », « à ce stade ») are left out; « le port » is in,
#: but not « le port d'armes » nor « le port du masque ».
FACILITY_NOUNS_FR = {
    "palais": "palace", "aéroport": "airport", "aeroport": "airport", "prison": "prison",
    "pénitencier": "prison", "penitencier": "prison", "commissariat": "police", "hôpital": "hospital",
    "hopital": "hospital", "cathédrale": "church", "cathedrale": "church", "parlement": "government",
    "assemblée nationale": "government", "assemblee nationale": "government",
    "cour suprême": "government", "cour supreme": "government", "cour constitutionnelle": "government",
    "port": "port",
}


ROLE_WORDS_FR = {
    "national": "national", "nationale": "national", "international": "international",
    "internationale": "international", "principal": "main", "principale": "main", "grand": "main",
    "grande": "main", "central": "main", "centrale": "main", "présidentiel": "national", "presidentiel": "national",
}


_ADJ_FR = "|".join(sorted([*ROLE_WORDS_FR, "civil", "civile", "plus"], key=len, reverse=True))  # « le plus grand port »


_FACILITY_FR = prefiltered(
    rf"""\b(?:[Ll]e|[Ll]a|[Ll]['’]|[Dd]u|[Aa]u)\s*(?:(?P<pre>(?:{_ADJ_FR})\s+)*)
        (?P<noun>{"|".join(re.escape(n) for n in sorted(FACILITY_NOUNS_FR, key=len, reverse=True))})\b
        (?P<post>(?:\s+(?:{_ADJ_FR})\b)*)
        (?!\s+(?:de\s+justice|des\s+sports|municipal|de\s+l['’]archev|de\s+la\s+culture|des\s+congr|
                  d['’]armes?|du\s+(?:masque|voile|casque|gilet|uniforme)))""",
    re.VERBOSE | re.IGNORECASE,
)


_CAPITAL_FR = prefiltered(r"\b(?:[Ll]a|[Ll]eur|[Ss]a|[Dd]e\s+la|[Àà]\s+la)\s+capitale\b(?:\s+(?P<adj>[a-zà-ÿ][a-zà-ÿ\-]+))?")


_AREA = prefiltered(
    r"""\b[Tt]he\s+(?P<adjs>(?:(?!(?:the|a|an|as|of|in|on|at|to|and|or|for|with|by|from|that|this|its|their)\b)[\w\-]+\s+){0,3}?)
        (?P<noun>country|nation|capital|republic)\b""",
    re.VERBOSE,
)


#: Capitals of a part of a country ("the regional capital", "the provincial capital").
_NOT_THE_NATIONS_CAPITAL = re.compile(r"\b(?:regional|provincial|state|departmental|district|county|local|"
                                      r"economic|commercial|cultural|religious|spiritual|former|old|ancient)\b", re.I)


#: "the capital of Balochistan": whose capital, when the text says.
_CAPITAL_OF = re.compile(r"\s+of\s+(?:the\s+)?(?P<name>[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,3})")


#: Words that make the name next to them an administrative area: "Poltava
#: oblast", "the Donetsk region", "Zamfara State", « la région de Diffa ».
ADMIN_WORDS = (r"(?:local\s+government\s+area|local\s+government|LGA|township|tehsil|"
                r"(?:oblast|region|province|state|governorate|county|district|department|prefecture|territory|"
                r"raion|rayon|municipality|r[ée]gion|d[ée]partement|pr[ée]fecture|territoire|gouvernorat|wilaya|"
                r"[ée]tat)s?|counties|territories|municipalities|depatman)")  # "Benue and Nasarawa states"


#: Prepositions after which a capitalised name is a place even when the
#: gazetteer does not know it ("clashes in Kibumba"); such names go to the
#: online geocoder, or are reported as not found.
_UNKNOWN = prefiltered(
    r"(?:\b(?:in|near|outside|around|at|over|across|towards?|village\s+of|town\s+of|city\s+of|district\s+of|commune\s+of)\s+|"
    # French needs a place noun: « à » alone comes before persons too
    r"\b(?:(?:[Ll]a\s+)?(?:zone|localit[ée]|commune|section\s+communale|village|quartier|ville|r[ée]gion)\s+(?:de|d['’])\s*|"
    r"pr[èe]s\s+(?:de\s+|d['’]\s*)|aux\s+environs\s+(?:de\s+|d['’]\s*)|"
    # where a unit is based: « un détachement de l'armée basé à Nassoumbou »
    r"(?:bas[ée]|stationn[ée]|cantonn[ée]|positionn[ée])e?s?\s+à\s+|"
    # where an event happened: « tué par balle à Kissosso », « des heurts ont eu lieu à Tanéné »
    r"(?:\b(?:tu[ée]|abattu|bless[ée]|assassin[ée]|lynch[ée]|ex[ée]cut[ée]|enlev[ée]|kidnapp[ée]|attaqu[ée]|"
    r"incendi[ée]|pill[ée]|saccag[ée]|vandalis[ée]|dispers[ée]|interpell[ée])e?s?(?:\s+par\s+balles?)?|"
    # (each auxiliary written out with its participle, so that the prefilter looks for « a eu lieu », not for
    # every « a »; a sentence's text has single spaces)
    r"\b(?:ont eu lieu|a eu lieu|ont [ée]clat[ée]|a [ée]clat[ée]|ont manifest[ée]|a manifest[ée]|ont march[ée]|"
    r"a march[ée]|a explos[ée]|ont explos[ée]|se sont produits?|s['’]est produite?|se sont d[ée]roul[ée]e?s|"
    r"s['’]est d[ée]roul[ée]e?))\s+à\s+))"
    # (an Arabic article joined to the next word stays in the name: "the village of Wad al-Noura")
    r"(?P<name>[A-ZÀ-Ý][\w'’\-]+(?:\s(?:(?:de|du|des|la|le|el|al|of)\s|(?:al|el|ad|ed|ar|er|as|es|ash|at|et|az|ez|an|en)-)?"
    r"[A-ZÀ-Ý][\w'’\-]+){0,3})|"
    # « à Mbelu, au sud-est de Beni », « à Kalunguta, à 20 km de Butembo », « à Mbelu, dans le territoire
    # de Beni »: after a bare « à », the place that situates it says the name is a place too
    r"\bà\s+(?P<name_fr>[A-ZÀ-Ý][\w'’\-]+(?:\s(?:(?:de|du|des|la|le)\s)?[A-ZÀ-Ý][\w'’\-]+){0,2})"
    r"(?=\s*,\s*(?:(?:au|à\s+l['’])\s*(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+(?:de|du|d['’])|"
    r"à\s+(?:(?:une|quelques|environ|près\s+de|moins\s+de|plus\s+de)\s+)?(?:\d+|[a-z]+)\s*(?:km|kilom[èe]tres?)\s|"
    r"pr[èe]s\s+(?:de|du|d['’])|non\s+loin\s+(?:de|du|d['’])|"
    r"dans\s+(?:le|la|l['’])\s*(?:territoire|quartier|village|commune|secteur|groupement|chefferie|cercle|"
    r"d[ée]partement|province|r[ée]gion|localit[ée]|zone)\b)|"
    # « à Nassoumbou dans le nord du pays »
    r"\s*,?\s*(?:dans\s+le|au)\s+(?:nord|sud|centre|est|ouest)(?:-(?:est|ouest))?\s+du\s+pays\b)")


#: « Sollé dans le Nord, Boko dans le Centre-Nord et Yondé au Centre-Est ont
#: été visées »: a list of names each put in a region; two items at least, so
#: that « Ouédraogo dans le Nord a dénoncé… » stays a person.  Each name is
#: kept as a place only where that region is named (see geo.text.extract).
_IN_REGION_ITEM = r"[A-ZÀ-Ý][\w'’\-]+(?:[\s-][A-ZÀ-Ý][\w'’\-]+)?\s+(?:dans\s+(?:le|la|l['’])\s*|au\s+)[A-ZÀ-Ý][\w'’\-]*"
_LIST_IN_REGIONS = prefiltered(
    rf"(?:^|(?<=[,;:])\s*)(?P<list>{_IN_REGION_ITEM}(?:\s*,\s*{_IN_REGION_ITEM})*(?:\s*,?\s+et\s+{_IN_REGION_ITEM})|"
    rf"{_IN_REGION_ITEM}(?:\s*,\s*{_IN_REGION_ITEM})+)")
_IN_REGION_NAME = re.compile(r"(?:^|,\s*|\bet\s+)([A-ZÀ-Ý][\w'’\-]+(?:[\s-][A-ZÀ-Ý][\w'’\-]+)?)(?=\s+(?:dans|au)\b)")


#: An airport named by its own name rather than its town's: « l'aéroport de
#: Kavumu », "Kavumu airport", "the Ambodedjo airport".  Only names the
#: gazetteer lacks as places (a town's airport is the town's, see
#: geo.places.geocode._airport_serving); resolved against the airports' names.
_AIRPORT_NAMED = prefiltered(
    r"\b[Ll]['’]\s*(?P<noun>a[ée]roport)(?:\s+international)?\s+(?:de\s+|d['’]\s*)"
    r"(?P<fr>[A-ZÀ-Ý][\w'’\-]+(?:[\s-][A-ZÀ-Ý][\w'’\-]+)?)|"
    r"\b(?P<en>[A-ZÀ-Ý][\w'’\-]+(?:[\s-][A-ZÀ-Ý][\w'’\-]+)?)\s+(?:(?:[Ii]nternational|[Mm]ilitary)\s+)?"
    r"(?:[Aa]irport|[Aa]ir\s+[Bb]ase|[Aa]irbase)\b")


#: « le département du Nord », « la région des Nippes »: an area named by a
#: lower-case word and a name that alone is no place (Nord, Centre, Sud).
_AREA_PHRASE = prefiltered(rf"\b{ADMIN_WORDS}\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*(?-i:[A-ZÀ-Ý])[\w'’-]+", re.I)


def area_phrases(sentence: Sentence, gazetteer: Gazetteer) -> list[Mention]:
    out = []
    for match in _matches(_AREA_PHRASE, sentence.text):
        entries = tuple(e for e in gazetteer.lookup(match.group(0)) if e.precision == "region")
        if entries:
            out.append(Mention(sentence.start + match.start(), sentence.start + match.end(), match.group(0),
                               sentence.index, "name", entries))
    return out


_PRESS_TITLES = frozenset(PRESS_TITLES)


def unknown_place_name(name: str, gazetteer: Gazetteer) -> bool:
    """Whether a capitalised name a place phrase holds is a place the
    gazetteer lacks: no common word, first name, holiday or title in it
    (« à Pâques », "at Moussa", « à Radio Kiskeya »), no acronym, no
    newspaper's title ("quoted in Ethiopia Observer's report"), and no entry
    of it."""
    if name.isupper() and len(name) <= 6:
        return False  # an acronym is an organisation's: "killed in RSF attack", "in M23 hands"
    if name.split()[-1] in _PRESS_TITLES:
        return False
    return not any(w in COMMON_WORDS or w in PERSON_TITLES for w in names.tokens(name)) and not gazetteer.lookup(name) \
        and gazetteer.country_of_demonym(name) is None  # "in Belgian media"


def unknown_names(sentence: Sentence, gazetteer: Gazetteer) -> list[Mention]:
    out = []
    for match in _matches(_AIRPORT_NAMED, sentence.text):
        group = "fr" if match.group("fr") else "en"
        name = re.sub(r"^(?:The|A|An)\s+", "", match.group(group))
        if not unknown_place_name(name, gazetteer):
            continue
        start = match.end(group) - len(name)
        out.append(Mention(sentence.start + start, sentence.start + start + len(name), name, sentence.index, "unknown",
                           (), Description("airport"), facility=match.group("noun") or "airport"))
    airports = {m.start for m in out}
    for match in _matches(_UNKNOWN, sentence.text):
        group = "name" if match.group("name") else "name_fr"
        name = re.sub(r"['’]s$", "", match.group(group))
        if sentence.start + match.start(group) in airports or not unknown_place_name(name, gazetteer):
            continue
        start = match.start(group)
        end = start + len(name)
        out.append(Mention(sentence.start + start, sentence.start + end, name, sentence.index, "unknown"))
    for match in _matches(_LIST_IN_REGIONS, sentence.text):
        for item in _IN_REGION_NAME.finditer(match.group("list")):
            name = item.group(1)
            start = match.start("list") + item.start(1)
            if not unknown_place_name(name, gazetteer) or any(m.start == sentence.start + start for m in out):
                continue
            out.append(Mention(sentence.start + start, sentence.start + start + len(name), name, sentence.index,
                               "unknown"))
    return out


#: A nation's highest courts, far more often actors ("the Supreme Court ruled")
#: than buildings: a site only where the words before put the event at the
#: building (:data:`_AT_THE_BUILDING`).
_COURT_NOUNS = frozenset({"supreme court", "constitutional court", "cour suprême", "cour supreme",
                          "cour constitutionnelle"})

#: Facilities a country has one of, so that the bare noun means the nation's.
_NATIONAL_NOUNS = frozenset({"parliament", "parlement", "national assembly", "assemblée nationale",
                             "assemblee nationale"}) | _COURT_NOUNS

_AT_THE_BUILDING = prefiltered(
    r"\b(?:into|outside|inside|at|near|towards?|storm(?:ed|ing)?|attack(?:ed|ing)?|besieg(?:ed|ing)|surround(?:ed|ing)|"
    r"enter(?:ed|ing)|torch(?:ed|ing)|vandali[sz](?:ed|ing)|ransack(?:ed|ing)|outside\s+of|in\s+front\s+of|"
    r"devant|dans|vers|contre|envahi|assi[ée]g[ée]|attaqu[ée]|saccag[ée]|incendi[ée]|pris\s+d['’]assaut)\s+$", re.I)


#: English writes the parliament without an article where it means the
#: building: "protesters stormed parliament", "a crowd outside parliament".
_BARE_PARLIAMENT = prefiltered(
    r"\b(?:storm(?:ed|ing|s)?|outside|into|inside|towards?|near|besieg(?:ed|ing)|surround(?:ed|ing)|breach(?:ed|ing)|"
    r"torch(?:ed|ing)|enter(?:ed|ing)|march(?:ed|ing)\s+on|converg(?:ed|ing)\s+on|gates\s+of|attack(?:ed|ing)|"
    r"seiz(?:ed|ing)|occup(?:ied|ying)|loot(?:ed|ing)|vandali[sz](?:ed|ing)|burn(?:ed|t|ing)|set\s+fire\s+to)\s+"
    r"(?P<noun>[Pp]arliament)\b"
    r"(?!['’]s|\s+(?:of|in)\b)")


#: A region the text named, pointed back at where something happened in it:
#: "a bomb exploded near a police van in the province", « des attaques dans
#: la région ».  Only after a preposition of place, and with at most two
#: words between, so that "the province's governor" or "the region's
#: leaders" stay actors.  "The state" is left out (it is the government),
#: and so is "the district", a unit below any the gazetteer holds.
_REGION_ANAPHOR = prefiltered(
    r"""\b(?:in|across|throughout|elsewhere\s+in|dans|à\s+travers|partout\s+dans|ailleurs\s+dans)\s+
        (?P<np>(?:the|this|that|la|cette|le|ce)\s+(?:(?!(?:of|de|du)\b)[a-zà-ÿ-]+\s+){0,2}?
        (?P<noun>province|region|department|governorate|région|département|gouvernorat))\b
        (?!['’]s|\s+(?:of|de|du|d['’]|des)\b)""",
    re.VERBOSE | re.IGNORECASE)


def _court_as_actor(sentence: Sentence, noun: str, start: int) -> bool:
    """Whether a high court's noun at ``start`` names the court that acts,
    not its building (see :data:`_COURT_NOUNS`)."""
    return noun in _COURT_NOUNS and not _AT_THE_BUILDING.search(sentence.text, max(0, start - 40), start)


def find_descriptions(sentence: Sentence, gazetteer: Gazetteer) -> list[Mention]:
    out: list[Mention] = []
    for match in _matches(_REGION_ANAPHOR, sentence.text):
        start, end = match.span("np")
        out.append(Mention(sentence.start + start, sentence.start + end, match.group("np"), sentence.index,
                           "anaphor", (), Description("region")))
    for match in _matches(_FACILITY, sentence.text):
        if road_named_after(sentence.text, match.start()):
            continue  # "the road to the airport": a road, named after where it goes
        noun = match.group("noun").lower()
        mods = match.group("mods").lower().split()
        owner = (match.group("owner") or match.group("owner2") or "").lower()
        roles = frozenset(ROLE_WORDS[m] for m in mods if m in ROLE_WORDS)
        scope = None
        if match.group("demonym"):  # "the Georgian national parliament"
            scope = gazetteer.country_of_demonym(match.group("demonym").strip())
            if scope is None:
                continue  # "the Karibe prison": a name, which the facility binding reads
        if scope is not None:
            pass  # the demonym says whose
        elif owner == "capital":
            scope = "capital"
        elif owner in ("city", "town"):
            scope = "town"  # "the city's airport": the city just named, else the capital
        elif owner in ("country", "nation", "republic"):
            scope = "country"
        elif owner:
            codes = {e.country for e in gazetteer.lookup(owner) if e.kind == "country"}
            scope = codes.pop() if len(codes) == 1 else None
        if _court_as_actor(sentence, noun, match.start()):
            continue  # "after the Constitutional Court barred Morales": the court, not its building
        if noun in _NATIONAL_NOUNS:
            roles |= {"national"}  # a country has one parliament: "the parliament" is the nation's
        if "national" in roles and scope is None:
            scope = "country"
        how = "description" if (roles or scope) else "anaphor"
        out.append(_span(sentence, match, how, Description(FACILITY_NOUNS[noun], roles, scope)))
    for match in _matches(_BARE_PARLIAMENT, sentence.text):
        start, end = match.span("noun")
        out.append(Mention(sentence.start + start, sentence.start + end, match.group("noun"), sentence.index,
                           "description", (), Description("government", frozenset({"national"}), "country")))
    for match in _matches(_FACILITY_FR, sentence.text):
        if road_named_after(sentence.text, match.start()):
            continue  # « sur la route de l'aéroport », a road of Delmas, not the airport
        words = f"{match.group('pre') or ''} {match.group('post') or ''}".lower().split()
        roles = frozenset(ROLE_WORDS_FR[w] for w in words if w in ROLE_WORDS_FR)
        noun = " ".join(match.group("noun").lower().split())
        if _court_as_actor(sentence, noun, match.start()):
            continue  # « la décision de la Cour suprême »
        if noun in _NATIONAL_NOUNS:
            roles |= {"national"}
        scope = "country" if "national" in roles else None
        how = "description" if roles else "anaphor"
        out.append(_span(sentence, match, how, Description(FACILITY_NOUNS_FR[noun], roles, scope)))
    for match in _matches(_CAPITAL_FR, sentence.text):  # « la capitale haïtienne »
        country = gazetteer.country_of_demonym(match.group("adj")) if match.group("adj") else None
        if match.group("adj") and country is None:
            continue  # « la capitale économique »: not the capital
        if re.match(r",?\s+[A-ZÀ-Ý]", sentence.text[match.end():match.end() + 3]):
            continue  # « la capitale Port-au-Prince »: the name that follows says it
        out.append(_span(sentence, match, "description",
                         Description("capital", frozenset(), country, frozenset(), country)))
    for match in _matches(_AREA, sentence.text):
        adjs = match.group("adjs").strip()
        noun = match.group("noun").lower()
        regions: set[str] = set()
        country = None
        lowered = adjs.lower()
        for phrase, subregions in REGION_WORDS.items():
            if _region_word(phrase).search(lowered):
                regions |= subregions
        for word in adjs.split():
            country = gazetteer.country_of_demonym(word) or country
        kind = "capital" if noun == "capital" else "country"
        if noun == "capital" and match.end() < len(sentence.text) and sentence.text[match.end():match.end() + 2] in ("'s", "’s"):
            continue  # "the capital's main prison" is a facility description
        if noun == "capital" and _NOT_THE_NATIONS_CAPITAL.search(adjs):
            continue  # "the regional capital Maiduguri": a province's chief town, named or not, is no national capital
        of = _CAPITAL_OF.match(sentence.text, match.end())
        if noun == "capital" and of and not any(e.kind == "country" for e in gazetteer.lookup(of.group("name"))):
            continue  # "Quetta, the capital of Balochistan province": the name beside it says which town
        out.append(_span(sentence, match, "description",
                         Description(kind, frozenset(), country or None, frozenset(regions), country)))
    return out


@lru_cache(maxsize=None)
def _region_word(phrase: str) -> re.Pattern:
    """The pattern of one of :data:`REGION_WORDS`, compiled once."""
    return re.compile(rf"\b{phrase}\b")


def _span(sentence: Sentence, match: re.Match, how: str, description: Description) -> Mention:
    start, end = match.span()
    return Mention(sentence.start + start, sentence.start + end, match.group(0), sentence.index, how,
                   (), description)


#: The scans each sentence goes through for places described or named
#: without a gazetteer entry (see :func:`_sentence_scans`).
_SENTENCE_SCANS = (_REGION_ANAPHOR, _AIRPORT_NAMED, _FACILITY, _BARE_PARLIAMENT, _FACILITY_FR, _CAPITAL_FR, _AREA,
                   _AREA_PHRASE, _UNKNOWN, _LIST_IN_REGIONS)


_SENTENCE_SCANS_FILTER = PrefilterGroup([rule.regex for rule in _SENTENCE_SCANS])


@lru_cache(maxsize=16)
def _sentence_scans(text: str) -> frozenset[Prefiltered]:
    """Which of :data:`_SENTENCE_SCANS` may match in a sentence, found in one
    pass rather than one per scan: most sentences describe no place, and
    each scan's own check of its words cost as much as this one of all."""
    return frozenset(_SENTENCE_SCANS[i] for i in _SENTENCE_SCANS_FILTER.candidates(text))


#: The scans whose words that one pass looks for (see :attr:`PrefilterGroup.checked`).
_CHECKED_SCANS = frozenset(_SENTENCE_SCANS[i] for i in _SENTENCE_SCANS_FILTER.checked)


def _matches(scan: Prefiltered, text: str) -> Iterator[re.Match] | tuple[()]:
    """The matches of one of :data:`_SENTENCE_SCANS` in a sentence: none when
    the sentence's one pass ruled it out, and its words are not looked for
    again when that pass found them."""
    if scan not in _sentence_scans(text):
        return ()
    return scan.finditer(text, found=scan in _CHECKED_SCANS)
