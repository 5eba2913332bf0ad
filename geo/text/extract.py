"""Extract: from resolved places and sentences to per-sentence event reports.

A sentence reports an event when it holds an event trigger ("attacked",
"stormed", "state of emergency", "protest") and is not background (dated
long before the story).  Its incident *sites* are the places it resolves
that the event happened at.  Places are only *mentioned* when:

* the sentence reports no event (a prime minister's trip to Kenya);
* they sit in a travel or origin phrase ("a visit to Kenya", "police from
  the East African country");
* a finer place inside them is the site ("the National Penitentiary in
  Port-au-Prince": the city only locates the prison).

Event types follow ACLED's taxonomy (6 types, 25 sub-types).
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from geo.text.dates import BACKGROUND_DAYS, DateClaim, find_date
from geo.text.fatalities import FatalityClaim, find_fatalities
from geo.places.geocode import Focus, Place
from geo.places.query import distance_km
from geo.places.gazetteer import Entry, Gazetteer
from geo.text.mentions import Mention
from geo.text.sentences import Sentence

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": ("Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"),
}

#: Kinds of place that armed state agents guard: an attack on one is a clash.
GUARDED_KINDS = {"prison", "police", "airport", "military", "palace", "government", "port", "fuel_terminal"}


def _rx(*words: str) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(words) + r")", re.I)


#: (pattern, event type, sub-event type) in order of precedence.  English,
#: French and Haitian Creole: a lexicon per language rather than rules per
#: article.  Stems ("incendi", "saccag") cover the inflections.
TRIGGERS: list[tuple[re.Pattern, str, str]] = [
    (_rx(r"state\s+of\s+(?:emergency|siege)", r"curfews?\b", r"martial\s+law", r"[ée]tat\s+d['’]urgence",
         r"[ée]tat\s+de\s+si[èe]ge", r"couvre-feu", r"kouvrefe", r"eta\s+dijans"),
     "Strategic developments", "Other"),
    (_rx(r"chemical\s+(?:weapon|attack)", r"nerve\s+agent", r"chlorine\s+gas", r"armes?\s+chimiques?"),
     "Explosions/Remote violence", "Chemical weapon"),
    (_rx(r"suicide\s+(?:bomb|attack)", r"kamikaze", r"attentat[- ]suicide"), "Explosions/Remote violence", "Suicide bomb"),
    (_rx(r"air\s*strikes?", r"drone\s+(?:strike|attack)", r"bombing\s+raid", r"frappes?\s+a[ée]riennes?",
         r"frappes?\s+de\s+drones?", r"bombardement\s+a[ée]rien", r"drones?\s+kamikazes?"),
     "Explosions/Remote violence", "Air/drone strike"),
    (_rx(r"shell(?:ing|ed|s)\b", r"artillery", r"missiles?\b", r"rockets?\b", r"mortars?\b", r"bombard",
         r"obus", r"roquettes?"),
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    (_rx(r"IEDs?\b", r"roadside\s+bomb", r"landmines?", r"car\s+bomb", r"explosive\s+device", r"bomb(?:s|ing|ed)?\b",
         r"blast", r"explo(?:sion|sive|ded)", r"engin\s+explosif", r"voiture\s+pi[ée]g[ée]e", r"mines?\s+antipersonnel"),
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    (_rx(r"grenades?"), "Explosions/Remote violence", "Grenade"),
    (_rx(r"kidnap", r"abduct", r"enlev", r"taken\s+hostage", r"held\s+hostage", r"otages?\b", r"s[ée]questr",
         r"kidnape"),
     "Violence against civilians", "Abduction/forced disappearance"),
    (_rx(r"rap(?:ed|e)\b", r"sexual\s+(?:violence|assault)", r"viol(?:s|ée?s?)?\b", r"violences?\s+sexuelles?",
         r"kadejak"), "Violence against civilians", "Sexual violence"),
    # an exchange of fire is a battle even when protesters fight in it
    (_rx(r"gun\s*fights?", r"gun\s*battles?", r"fire\s*fights?", r"shoot-?outs?", r"exchange[sd]?\s+(?:of\s+)?fire",
         r"[ée]changes?\s+de\s+tirs", r"affrontements?\s+arm[ée]s"), "Battles", "Armed clash"),
    (_rx(r"riot", r"lynch", r"\bmob\b", r"[ée]meut", r"rampag", r"burning\s+(?:tyres|tires)", r"pneus\s+enflamm",
         r"barricad", r"road\s*blocks?", r"thr(?:ew|own|owing)\s+(?:rocks|stones)", r"(?:rocks?|stones?)\s+(?:\w+\s+){0,2}thrown",
         r"jets?\s+de\s+pierres", r"lan[cç]\w*\s+des\s+pierres", r"looters?\b", r"vandal"), "Riots", "Violent demonstration"),
    (_rx(r"protest", r"demonstrat", r"manifest", r"marche(?:d|rs)?\b", r"rall(?:y|ied|ies)\b", r"sit-in",
         r"general\s+strike", r"(?:crowds?|people|residents|protesters|hundreds|dozens|thousands)\s+(?:[\w-]+\s+){0,3}gathered",
         r"rassemblement", r"se\s+sont\s+rassembl",
         r"demand(?:ing|ed)\s+(?:food|aid|water|justice|jobs|wages|security|the\s+(?:release|resignation|departure|return))",
         r"r[ée]clam(?:ant|aient|er)\s+(?:de\s+la\s+nourriture|justice|la\s+d[ée]mission|le\s+d[ée]part|la\s+lib[ée]ration)", r"nation-?wide\s+strike", r"gr[èe]ve", r"gr[èe]v\b", r"mobilisation", r"manifestasyon", r"\bpays\s+lock",
         r"peyi\s+lok", r"took\s+to\s+the\s+streets", r"descendu(?:e|s|es)?\s+dans\s+(?:les|la)\s+rues?",
         r"pran\s+lari"),
     "Protests", "Peaceful protest"),
    (_rx(r"recaptur", r"retook", r"regain(?:ed|s)?\s+control\s+of\b", r"repris\s+(?:le\s+)?contr[ôo]le",
         r"reconqu[ie]", r"lib[ée]r[ée]e?s?\s+(?:la|le|les)\s+(?:ville|quartier|zone)"),
     "Battles", "Government regains territory"),
    (_rx(r"(?:seized|took|taken|gained)\s+control\s+of", r"overr?an\b", r"overrun", r"captured\s+the\b",
         r"took\s+over", r"taken\s+over", r"seiz(?:ed|ing|ure)\b", r"occup(?:ied|ying|ation)\b(?!\s+by\s+(?:(?:some|about|hundreds|dozens|thousands|families|of)\s+)*(?:displaced|families|people|residents|protesters|students|refugees))",
         r"pris\s+d['’]assaut", r"prise\s+d['’]assaut", r"occup[ée]e?s?\s+par(?!\s+(?:(?:une|des|plusieurs|quelques|de\s+nombreu\w+|centaines?|dizaines?|milliers|de|d['’])\s*)*(?:personnes|d[ée]plac|familles|habitants|r[ée]fugi|manifestants|[ée]tudiants|[ée]l[èe]ves|fid[èe]les))", r"s['’](?:est|sont)\s+empar",
         r"tomb[ée]e?s?\s+(?:aux|entre\s+les)\s+mains", r"sous\s+(?:le\s+)?contr[ôo]le\s+(?:des|de\s+gangs?|d['’]hommes)",
         r"under\s+(?:the\s+)?control\s+of\s+(?:armed\s+)?gangs?"),
     "Battles", "Non-state actor overtakes territory"),
    (_rx(r"clash", r"gun\s*fights?", r"gun\s*battles?", r"fire\s*fights?", r"shoot-?outs?", r"exchange[sd]?\s+(?:of\s+)?fire",
         r"fighting\b", r"battles?\b(?!\s+for)", r"came\s+under\s+(?:heavy\s+)?fire", r"under\s+(?:heavy\s+)?fire",
         r"besieg", r"siege\s+of", r"affrontement", r"s['’]affront", r"affront[ée]s\b", r"combats?\b", r"[ée]changes?\s+de\s+tirs", r"tirs?\s+nourris",
         r"rafales?\s+d['’]armes", r"assi[ée]g", r"encercl", r"fiziyad", r"batay",
         r"op[ée]ration\s+(?:polici[èe]re|muscl[ée]e|anti-?gangs?|de\s+police|conjointe|de\s+la\s+(?:PNH|police))",
         r"(?:police|anti-?gang|military|army|security|joint)\s+operation"), "Battles", "Armed clash"),
    (_rx(r"attack", r"assault", r"storm(?:ed|ing)\b", r"(?:attempt\w*|tried|trying|try)\s+to\s+storm\b", r"raid(?:ed|s)?\b", r"ambush", r"opened\s+fire", r"shot\b",
         r"shooting", r"gunfire", r"gunshots?", r"shots?\s+(?:were\s+)?fired", r"hit\s+by\s+(?:gun)?fire",
         r"sprayed\s+with\s+bullets", r"riddled\s+with\s+bullets", r"gunned\s+down", r"slain", r"executed",
         r"behead", r"hacked", r"machete", r"stabbed",
         r"massacre", r"assassinat", r"killed", r"killing", r"bodies", r"corpses", r"dead\b", r"died\b", r"murder",
         r"gunmen", r"attaqu", r"pris\s+(?:\w+\s+){0,6}pour\s+cible", r"targeted\b", r"attentat", r"tu[ée]e?s?\b", r"tuerie", r"carnage", r"abattu", r"ex[ée]cut[ée]",
         r"mitraill", r"cribl[ée]e?s?\s+de\s+balles", r"par\s+balles?", r"fusillade", r"tirs?\b(?!\s+au(?:x)?\s+buts?)(?!\s+cadr)", r"cadavres?",
         r"assassin", r"spate\s+of\s+(?:extreme\s+)?violence", r"atake", r"touye", r"tire\s+sou"),
     "Violence against civilians", "Attack"),
    (_rx(r"loot", r"ransack", r"torch(?:ed|ing)", r"set\s+(?:on\s+)?fire", r"set\s+ablaze", r"set\s+alight",
         r"set\s+fire", r"burn(?:ed|t|ing)\s+(?:down|to)", r"burn(?:ed|t)\b", r"razed", r"destroy(?:ed|ing)",
         r"arson", r"pill(?:é|ag|er)", r"incendi", r"br[ûu]l[ée]", r"saccag", r"d[ée]trui", r"ras[ée]e?s?\b",
         r"mis\s+le\s+feu", r"vandalis", r"smash(?:ed|ing)\b", r"bris[ée]e?s?\b", r"\bboule\b", r"piye", r"kraze"),
     "Strategic developments", "Looting/property destruction"),
    (_rx(r"arrest(?:ed|s)\b", r"detained", r"rounded\s+up", r"apprehended", r"interpell", r"arr[êe]t[ée]e?s?\b",
         r"appr[ée]hend", r"mis\s+aux\s+arr[êe]ts", r"arete"), "Strategic developments", "Arrests"),
    (_rx(r"escap(?:e|ed|es)\b", r"jail\s*break", r"prison\s+break", r"break-?out", r"broke\s+out\s+of", r"[ée]vad",
         r"[ée]vasion", r"mutin", r"mutiny"), "Strategic developments", "Other"),
]

#: Declarations apply to a whole area; they are the only events placed at a
#: country when no finer place is named.
_DECLARATION = re.compile(
    r"state\s+of\s+emergency|(?:declared|imposed|decreed|proclaimed|extended)\s+(?:a\s+)?state\s+of\s+siege|curfew|martial\s+law|[ée]tat\s+d['’]urgence|[ée]tat\s+de\s+si[èe]ge|"
    r"couvre-feu|kouvrefe|eta\s+dijans", re.I)
#: An event said to cover a whole country: a country-level incident is right.
_NATIONWIDE = re.compile(
    r"nation-?wide|across\s+the\s+country|throughout\s+the\s+country|all\s+over\s+the\s+country|"
    r"general\s+strike|gr[èe]ve\s+g[ée]n[ée]rale|gr[èe]v\s+jeneral|(?:dans|à\s+travers)\s+(?:tout\s+)?le\s+pays|"
    r"sur\s+l['’]ensemble\s+du\s+territoire|(?:nan|pou|atravè|atrave)\s+tout\s+peyi\s+a", re.I)
#: A sentence that names no event itself but points back at the one before:
#: "This criminal act comes...", « Cette action criminelle... ».
_BACK_REFERENCE = re.compile(
    r"^\W*(?:this|that|the|these|such)\s+(?:\w+\s+){0,2}(?:attack|assault|act|incident|violence|raid|operation|"
    r"killings?|events?|offensive|massacre|tragedy|crime)s?\b|"
    r"^\W*(?:cette|cet|ce|ces|l['’]|le|la)\s*(?:\w+\s+){0,2}(?:attaque|action|acte|incident|violence|op[ée]ration|"
    r"massacre|trag[ée]die|crime|drame|tuerie|offensive)s?\b", re.I)

#: "the capital", « la ville de »: the noun a name may stand in apposition to,
#: between a phrase that makes the name a mere mention and the name itself.
_APPOSITIVE = r"(?:(?:Haitian\s+|haïtienne\s+)?(?:capital|capitale|city|town|ville|commune|village)\s+(?:of\s+|de\s+)?)?$"
_ARMED_STATE = re.compile(r"\b(police|officers?|soldiers?|troops|army|security\s+forces|guards?|state\s+institutions|military)\b", re.I)
_NOT_SITE_BEFORE = re.compile(
    r"(?:\b(?:visit(?:ed|s|ing)?|trip|travel+(?:ed|ing)?|flew|fled|returned|deployed|sent|moved|exiled|headed|"
    r"flight|deal|talks|summit|meeting|conference|based|headquartered|born|"
    r"(?<!their\s)(?<!his\s)(?<!her\s)(?<!our\s)(?<!my\s)(?<!your\s)(?<!for\s)lives?|living|studied|"
    r"arriv(?:ed|es|ing|[ée]e?s?)|bound|towards?|heading|seeking|taken|rushed|transported|airlifted|evacuated|"
    r"treated|admitted|transf[ée]r[ée]e?s?|transport[ée]e?s?|[ée]vacu[ée]e?s?|hospitalis[ée]e?s?|soign[ée]e?s?|"
    r"visite|voyage|rendu|envoy[ée]s?|d[ée]ploy[ée]s?|r[ée]fugi[ée]s?|exil[ée]|bas(?:é|ée|és|ées)|n(?:é|ée)|originaires?|"
    r"soti|kouri\s+al|al|ale|rive)\b"
    r"(?:\s+[\w'’-]+){0,8}\s+(?:to|from|in|with|at|for|à|au|aux|en|de|du|des|vers|pour|jis)|"
    # "fled from X", but "video from X showed gunfire" shows X
    r"(?<!video\s)(?<!videos\s)(?<!footage\s)(?<!images\s)(?<!photos\s)(?<!pictures\s)(?<!reports\s)\bfrom|"
    r"\b(?:are|is|were|was|come|came|hail(?:s|ed)?)\s+from(?:,?\s+[\w'’-]+){1,8}\s+in|"
    r"\b(?:front|union|association|mouvement|movement|coalition|comit[ée]|committee|council|conseil|r[ée]seau|network|"
    r"radio|journal|newspaper|t[ée]l[ée]vision|sentinel|herald|times|tribune|gazette|party|parti|federation|f[ée]d[ée]ration|chamber|chambre|league|ligue|"
    r"brigade|army|arm[ée]e|rebels?|rebelles?)(?:\s+[\w'’\"“”«»-]+){0,3}\s+(?:of|de|du|des|d['’])|"
    # a chronic state, not an event: "the violence that plagues the capital", « l'insécurité qui gangrène la ville »
    r"\b(?:violence|insecurity|unrest|instability|crime|lawlessness|ins[ée]curit[ée]|violences?|crise)\s+"
    r"(?:that\s+|which\s+|qui\s+)?(?:has\s+|have\s+|a\s+)?(?:long\s+)?(?:plagu|grip|wrack|rack|engulf|ravag|haunt|beset|"
    r"bedevil|sweep|swept|frapp|secou|gangr[èe]n|mine|rong|endeuill)\w*|"
    # where a person comes from: « un chauffeur poids lourd de Saint-Dié », « une étudiante de Lyon »
    r"\b(?:chauffeur|camionneur|routier|enseignante?|professeure?|commer[çc]ante?|agricult(?:eur|rice)|ouvri[eè]re?|"
    r"employ[ée]e?|infirmi[eè]re?|[ée]tudiante?|retrait[ée]e?|(?:trent|quadrag[ée]n|quinquag[ée]n|sexag[ée]n)aire)"
    r"(?:\s+[\w'’-]+){0,3}\s+(?:de|du|d['’])|"
    r"\b(?:towards?|vers|en\s+direction\s+(?:de|du|d['’])|bound\s+for|head(?:ed|ing)\s+for|en\s+tourn[ée]e\s+(?:à|au|en|dans))|"
    r"\b(?:road|highway|route|axis|axe|tron[çc]on)\s+(?:[\w'’-]+\s+){0,2}(?:between|from|linking|connecting|entre|reliant)|"
    r"\bvenus?\s+(?:de|du|d['’])|\b(?:soti|al|ale|rive|kouri\s+al)\s+(?:kache\s+|jis\s+)?|"
    r"\b(?:said|told|announced|declared|stated|added)\s+(?:\w+\s+){0,2}in|\bwho\s+(?:was|is|were)\s+(?:\w+\s+){0,2}in|"
    r"\b(?:deliver(?:ed|s|ing)?|gave|give|made|read|issued)\s+(?:his|her|their|its|a|the)\s+(?:\w+\s+)?"
    r"(?:statement|speech|remarks|address)(?:\s+\w+){0,2}\s+(?:in|at|from)|"
    r"\bwhile\s+in|\bvisiting|\ben\s+d[ée]placement\s+(?:à|au|en)|\bpr[ée]sente?s?\s+(?:à|au)|"
    r"\br[ée]uni(?:e|s|es)?\s+(?:[\w'’-]+\s+){0,3}(?:à|au)|\bjoints?\s+par\s+t[ée]l[ée]phone\s+(?:à|au)|\bdepuis|"
    r"\b(?:km|kilom[eè]tres?|kilometers?|kilometres?|miles?)\s+(?:[\w'’-]+\s+){0,3}(?:of|from|de|du|d['’])|"
    r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|nord|sud|est|ouest|nord-est|"
    r"nord-ouest|sud-est|sud-ouest)\s+(?:of|de|du|d['’])|"
    r"\b(?:mayor|maire|governor|gouverneur|d[ée]put[ée]|deputy|senator|s[ée]nateur|consul|judge|juge|prosecutor|"
    r"parquet|procureur|pr[ée]fet|prefect|bishop|[ée]v[êe]que|MP|archbishop|archev[êe]que)(?:\s+[\w'’-]+){0,3}\s+"
    r"(?:of|for|de|du|d['’]|au|à)|"
    r"\b(?:police|troops|forces|soldiers|peacekeepers?|officers|government|president|minister|embassy|ambassador|"
    r"delegation|envoy|nationals?|citizens?|policiers|soldats|casques\s+bleus|gouvernement|pr[ée]sident|ministre|"
    r"ambassade|ambassadeur|ressortissants?)\s+(?:of|from|de|du|d['’]))\s*(?:the\s+|la\s+|le\s+|l['’])?" + _APPOSITIVE,
    re.I,
)
#: "the West Bank city of", "the northern town of": what introduces a town, skipped before the phrases
#: that make a place a mere mention.
_TOWN_OF_BEFORE = re.compile(r"\s+(?:the|a|an|la|le|l['’])\s*(?:(?!(?:to|towards?|from|in|at|of|and|or|into|near|"
                             r"vers|de|à)\b)[\w'’-]+\s+){0,3}(?:city|town|village|port|capital|ville|localité|commune)\s+"
                             r"(?:of|de|d['’])\s*$", re.I)
#: A place right before a verb of speech is where a statement was made:
#: "a spokesman at the United Nations in New York also said".
_SPEECH_WORDS = (r"said|says|told|announced|stated|declared|added|called|urged|condemned|warned|promised|"
                 r"a\s+d[ée]clar[ée]|a\s+annonc[ée]|a\s+indiqu[ée]|a\s+affirm[ée]|a\s+pr[ée]cis[ée]|a\s+dit|a\s+appel[ée]|"
                 r"a\s+condamn[ée]|a\s+promis|di|deklare")
#: "In Kyiv, the president said...", « À Port-au-Prince, le ministre a déclaré... »:
#: a place that opens a sentence whose verb is one of speech is where it was said.
_SPEECH_OPENING = re.compile(rf"^\W*(?:in|à|a|au|nan|depuis|from)\s+$", re.I)
_SPEECH_SOON = re.compile(rf"^[^.;:]{{0,80}}?\b(?:{_SPEECH_WORDS})\b", re.I)
_CARED_FOR = re.compile(r"\b(?:(?:taken|rushed|brought|evacuated|transported|airlifted)\s+to|died|dies|succumbed|treated|recovering|admitted|d[ée]c[ée]d[ée]e?|mort|soign[ée]e?|"
                        r"hospitalis[ée]e?|mouri)\b", re.I)
#: "since the 2004 Madrid bombings": a year right before a place names an
#: earlier event the story compares with, not one it reports.
_YEAR_BEFORE = re.compile(r"\b(?:19|20)\d\d\s+$")
#: "in Caracas in 2017" in a 2019 story: a place dated to an earlier year is a comparison.
_YEAR_AFTER = re.compile(r"^\s*,?\s+(?:in|en|back\s+in)\s+((?:19|20)\d\d)\b(?!\s*[-–]\s*(?:19|20)?\d\d)")
#: "a 2018 attack in Port-au-Prince's La Saline slum", « le massacre de 2018 à … »:
#: an event of an earlier year, named in passing.
_EARLIER_EVENT = re.compile(
    r"\b(?:a|an|the|its|their|un|une|le|la|l['’])\s+(?P<year>(?:19|20)\d\d)\s+(?:[\w-]+\s+){1,2}(?:in|at|on|against|à|au|contre)\s+"
    r"(?:the\s+)?(?:[A-Z][\w'’-]+['’]s\s+)?$|"
    r"\b(?:massacre|attaque|attentat|tuerie|attack)s?\s+de\s+(?P<year2>(?:19|20)\d\d)\s+(?:à|au|a|dans)\s+(?:la\s+|le\s+|l['’])?$",
    re.I)


#: Natural hazards: "after Hurricane Matthew hit Jeremie" is no incident site,
#: and their damage is no looting or destruction.
_HAZARD = re.compile(r"hurricane|earthquake|quake|flood|landslide|cyclone|tropical\s+storm|typhoon|tsunami|drought|"
                     r"s[ée]isme|tremblement\s+de\s+terre|ouragan|inondation|glissement\s+de\s+terrain|cyclone|"
                     r"tranbleman\s+t[èe]", re.I)
#: Credits and captions: "Reporting by ...", "X contributed to this report".
_CREDIT = re.compile(r"contributed\s+to\s+this\s+report|\breporting\s+by\b|\bwriting\s+by\b|\bediting\s+by\b|"
                     r"\bphoto(?:graph)?\s*:|\(ici\s+le\b|\bpictured\b|\bfile\s+photo\b|"
                     r"^\W*(?:by|par|correspondance|correspondent)\s+[A-Z]\w+(?:\s+[A-Z]\w+){0,3}\W*$", re.I)
#: "Taipei's embassy", "the Sinaloa cartel": the place names whose mission or
#: which group, not where something happened.
_OWNER_AFTER = re.compile(r"^(?:(?:['’]s?)?\s+(?:drug\s+|armed\s+|criminal\s+|rebel\s+)?(?:embassy|consulate|ambassade|"
                          r"consulat|cartels?|gangs?|militia|clan|brigade|front|movement|federation|mafia)\b|"
                          r"-(?:based|born|bound|registered|headquartered)\b)", re.I)
_SPEECH_AFTER = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:said|says|told|announced|stated|declared|added|a\s+d[ée]clar[ée]|a\s+annonc[ée]|"
    r"a\s+indiqu[ée]|a\s+affirm[ée]|a\s+pr[ée]cis[ée]|a\s+dit)\b", re.I)
#: Joins of a list: "from Brazil and Bolivia", « de France et du Canada ».
_LIST_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+|et\s+|ak\s+)?|\s+(?:and|or|et|ou|ak)\s+(?:the\s+|du\s+|de\s+la\s+|de\s+l['’]|des\s+|de\s+)?)$",
                        re.I)


@dataclass(frozen=True)
class EventTrigger:
    event_type: str
    sub_event_type: str
    text: str


@dataclass(frozen=True)
class Report:
    """One sentence's account of an event at one place."""

    sentence: Sentence
    place: Place
    trigger: EventTrigger
    date: DateClaim | None
    fatalities: FatalityClaim | None
    aggregate: bool = False  # the toll covers several sites of this place


#: Casualty words that a natural hazard can be the subject of.
_CASUALTY = re.compile(r"kill|dead|died|death|bodies|corpses|tu[ée]|mort|d[ée]c[èe]s|touye|mouri|destroy|d[ée]trui",
                       re.I)


#: "There was no clash", « Il n'y a pas eu d'affrontement », « aucune attaque »:
#: an event word the sentence denies.
_NEGATED = re.compile(r"(?:\b(?:no|not|never|without|aucune?|sans|pa\s+gen)|n['’]y\s+a(?:\s+pas|\s+eu)+\s+(?:eu\s+)?"
                      r"(?:d['’]|de\s+|des\s+)?|\bpas\s+(?:d['’]|de\s+))\s*$", re.I)


#: "attacks like this", "such attacks", « des attaques de ce genre »: events
#: of a kind, named to compare; whatever else the sentence says of them
#: ("...where they were trying to assassinate someone") did not happen here.
_EVENT_NOUNS = (r"(?:attacks?|assaults?|raids?|bombings?|kidnappings?|massacres?|killings?|sieges?|shootings?|"
                r"attaques?|attentats?|assauts?|enl[èe]vements?|tueries?|fusillades?)")
_GENERIC = re.compile(rf"\b(?:such|similar|comparable|de\s+tel(?:le)?s|pareill?e?s)\s+(?:\w+\s+)?{_EVENT_NOUNS}\b|"
                      rf"\b{_EVENT_NOUNS}\s+(?:like\s+(?:this|these|that|those|it)\b|of\s+(?:this|that)\s+(?:kind|sort|type)|"
                      rf"de\s+ce\s+(?:genre|type)|comme\s+(?:celles?|ceux|celui)[\s-]+(?:ci|là))", re.I)


def _caused_by_hazard(sentence: str, match: re.Match) -> bool:
    """True when a casualty word belongs to a hazard's clause: "an earthquake
    that killed 2,000", « le séisme qui a fait 300 morts » report no attack."""
    if not _CASUALTY.match(match.group(0)):
        return False
    clause = re.split(r"[.;:!?]|,\s+(?:and|but|while|as|et|mais)\b", sentence[:match.start()])[-1]
    return bool(_HAZARD.search(clause[-60:]))


def classify(sentence: str, site_kinds: set[str]) -> EventTrigger | None:
    """The ACLED type of the event a sentence reports, if any."""
    if _GENERIC.search(sentence):
        return None
    for pattern, event_type, sub_event in TRIGGERS:
        match = next((m for m in pattern.finditer(sentence)
                      if not _caused_by_hazard(sentence, m) and not _NEGATED.search(sentence[max(0, m.start() - 40):m.start()])),
                     None)
        if not match:
            continue
        if sub_event == "Looting/property destruction" and _HAZARD.search(sentence):
            continue  # homes destroyed by a hurricane
        if event_type == "Violence against civilians" and sub_event == "Attack":
            if site_kinds & GUARDED_KINDS or _ARMED_STATE.search(sentence):
                return EventTrigger("Battles", "Armed clash", match.group(0))
        if event_type == "Protests":
            if re.search(r"\b(tear\s*gas|dispersed|water\s+cannon|arrested)\b", sentence, re.I):
                sub_event = "Protest with intervention"
            if re.search(r"\b(fired\s+on|shot|killed)\b", sentence, re.I):
                sub_event = "Excessive force against protesters"
        return EventTrigger(event_type, sub_event, match.group(0))
    return None


def reports(body: str, sentences: list[Sentence], places: list[Place], focus: Focus,
            gazetteer: Gazetteer, doc_date, title: str | None = None) -> list[Report]:
    """The event reports of one document, one per (sentence, site).

    A sentence that names places but no event takes the event of the
    sentence before it when it points back at it ("This criminal act
    comes...", « Cette action criminelle... »); the first sentences
    that name a place take the headline's event.  Country-level incidents
    are kept only for declarations and nation-wide events: "violence in
    Haiti has displaced..." is no incident in Haiti as a whole.
    """
    by_sentence: dict[int, list[Place]] = {}
    for place in places:
        if place.entry is not None:
            by_sentence.setdefault(place.mention.sentence, []).append(place)
    headline = classify(title, set()) if title else None
    out: list[Report] = []
    pending: EventTrigger | None = None  # an event whose sentence named no site
    lead = 2  # sentences with places that may take the headline's event
    quiet: tuple[Sentence, list[Place]] | None = None  # the last sentence's places, when it reported no event
    quiet_judged = True  # whether quiet holds judged site candidates or the sentence's raw places
    story = _story_date(sentences, by_sentence, doc_date)
    captions = _captions(sentences)

    def judge(sentence: Sentence, here: list[Place]) -> list[Place]:
        return [p for p in _site_candidates(body, here, sentence, doc_date) if not _named_event_elsewhere(body, p, focus)]

    for sentence in sentences:
        here = by_sentence.get(sentence.index, [])
        date = find_date(sentence.text, doc_date)
        if date is not None and date.background and not _near_story(date, story):
            pending = None
            continue
        # The kinds of the sites only refine the type of an event found
        # (see classify); a sentence with no event of its own and none to
        # carry over cannot make a report, so its places are judged only if
        # the next sentence needs them (see _place_before).
        trigger = classify(sentence.text, set())
        if sentence.index in captions and trigger is None:
            continue  # a photo's caption neither takes the headline's event nor lends its place
        if trigger is None and pending is None and lead <= 0:
            quiet = (sentence, here) if here else None
            quiet_judged = False
            continue
        candidates = judge(sentence, here)
        if trigger is not None and candidates:
            trigger = classify(sentence.text, {_kind(p) for p in candidates})
        if trigger is None and candidates:
            carried = pending if pending is not None else (headline if lead > 0 else None)
            if carried is not None and (_BACK_REFERENCE.search(sentence.text) or (pending is None and lead > 0)):
                trigger = classify(carried.text, {_kind(p) for p in candidates}) or carried
        if candidates or any(p.mention.how == "dateline" for p in here):
            lead -= 1  # the dateline's sentence is the lead's first, whatever else it names
        if trigger is None:
            pending = None
            quiet = (sentence, [p for p in candidates if p.entry.precision != "country"])
            quiet_judged = True
            continue
        before, quiet = quiet, None
        if before is not None and not quiet_judged:
            before = (before[0], [p for p in judge(*before) if p.entry.precision != "country"])
        fatalities = find_fatalities(sentence.text)
        if _DECLARATION.search(trigger.text):
            out.extend(_declaration(sentence, candidates, focus, gazetteer, trigger, date, fatalities))
            pending = None
            continue
        nationwide = trigger.event_type == "Protests" and bool(_NATIONWIDE.search(sentence.text))
        # "were kidnapped in Haiti on Saturday": a dated event the story places
        # no finer than the country stays there (dropped later if it places it finer)
        dated = date is not None and date.date is not None and date.time_precision == 1 \
            and trigger.event_type != "Strategic developments"
        countries = [p for p in candidates if p.entry.precision == "country"]
        candidates = [p for p in candidates if nationwide or p.entry.precision != "country"]
        if not candidates:
            carried_place = _place_before(sentence, here, before)
            if carried_place is not None:
                out.append(Report(sentence, carried_place, trigger, date, fatalities))
                pending = None
                continue
            out.extend(_follow_up(sentence, out, date, fatalities))
            if dated:  # kept only if the story maps nothing finer (see _country_only_events)
                out.extend(Report(sentence, p, trigger, date, fatalities) for p in countries)
            pending = trigger
            continue
        pending = None
        sites, area = _sites(candidates)
        if area is not None:
            out.append(Report(sentence, area, trigger, date, fatalities, aggregate=True))
            fatalities = None
        for place in sites:
            out.append(Report(sentence, place, trigger, date, fatalities if len(sites) == 1 else None))
    return _country_only_events(_regions_with_finer_sites_dropped(out), focus)


def _regions_with_finer_sites_dropped(found: list[Report]) -> list[Report]:
    """An event placed only at a region ("the station in the Donetsk
    region") is coded to the finer site the story gives elsewhere inside
    that region (Kramatorsk), as ACLED codes an event to the finest place
    known; the region stays when nothing finer lies in it, and so does a
    declaration, which covers the whole region by nature."""
    finer = [r.place.entry for r in found if r.place.entry.precision in ("site", "neighbourhood", "locality")]
    return [r for r in found
            if not (r.place.entry.precision == "region" and not _DECLARATION.search(r.trigger.text)
                    and any(_inside(e, r.place.entry) for e in finer))]


def _country_only_events(found: list[Report], focus: Focus) -> list[Report]:
    """A dated event placed no finer than a country ("17 missionaries were
    kidnapped in Haiti on Saturday") is the story's incident only when the
    country is the story's own and the story maps nothing else: any other
    site means the country was named in passing, or as an actor.
    Declarations and nation-wide events keep their country always."""
    def vague(r: Report) -> bool:
        return (r.place.entry.precision == "country" and not _DECLARATION.search(r.trigger.text)
                and not (r.trigger.event_type == "Protests" and _NATIONWIDE.search(r.sentence.text)))
    rest = [r for r in found if not vague(r)]
    if rest:
        return rest
    own = [r for r in found if r.place.entry.country == focus.country]
    # filed from abroad ("Washington D.C. (CNA) — ...kidnapped in Haiti"): the one country the events name
    return own or (found if len({r.place.entry.id for r in found}) == 1 else [])


#: How many of the first sentences naming a place may set the story's date.
_STORY_LEAD = 3


def _story_date(sentences: list[Sentence], by_sentence: dict[int, list[Place]], doc_date):
    """The day an investigation or a look-back reports on, when its lead
    dates the event well before publication ("On the morning of November 13,
    police raided Grand Ravine" in a March story): events near that day are
    the story's own, not background."""
    seen = 0
    for sentence in sentences:
        if not by_sentence.get(sentence.index):
            continue
        date = find_date(sentence.text, doc_date)
        if date is not None and date.background and date.date is not None and classify(sentence.text, set()):
            return date.date
        seen += 1
        if seen >= _STORY_LEAD:
            return None
    return None


def _near_story(date: DateClaim, story) -> bool:
    if story is None:
        return False
    if date.date is None:
        return date.text.strip().isdigit() and int(date.text.strip()) == story.year
    return (date.date - story).days >= -BACKGROUND_DAYS


def _kind(place: Place) -> str:
    """The kind of place an event hit: the facility's, for "the police station in X"."""
    return place.entry.get("facility") or place.entry.kind


#: "the Paris attackers", "the Madrid bombings": a place naming an event.
_EVENT_NAME_AFTER = re.compile(r"^\s+(?:attacks?|attackers|bombings?|bombers|massacre|shootings?|siege|killings|"
                               r"attentats?|tuerie)\b", re.I)


def _named_event_elsewhere(body: str, place: Place, focus: Focus) -> bool:
    """A place used as the name of an event ("the Paris attackers" in a
    story from Brussels) refers to that other event, unless it is the
    story's own city."""
    if place.mention.how != "name" or place.entry.precision not in ("neighbourhood", "locality", "region"):
        return False  # "the prison attack" is the attack on that prison
    if not _EVENT_NAME_AFTER.match(body[place.mention.end:place.mention.end + 20]):
        return False
    return focus.locality is None or place.entry.id != focus.locality.id


#: "on the northern outskirts of the capital Port-au-Prince": a place that
#: situates the site named with it is no second site; alone, it is the place.
_SITUATING_BEFORE = re.compile(
    r"(?:\b(?:outskirts|suburbs?|edge|periphery|p[ée]riph[ée]rie|banlieue|abords|portes)\s+(?:\w+\s+)?(?:of|de|du|d['’])|"
    r"\bjust\s+outside|\bclose\s+to|\bnon\s+loin\s+(?:de|du|d['’])|"
    r"\b(?:gangs?|bandits?|groupes?\s+arm[ée]s?|armed\s+groups?|gang\s+members?|membres?\s+(?:du|des)\s+gangs?)"
    r"\s+(?:de|du|d['’]|of|from|based\s+in|bas[ée]s?\s+(?:à|au|dans))|\bgang\s+(?:leader|chief|boss)\s+(?:of|from))\s*"
    r"(?:the\s+|la\s+|le\s+|l['’])?" + _APPOSITIVE, re.I)


def _site_candidates(body: str, here: list[Place], sentence: Sentence, doc_date=None) -> list[Place]:
    """The places of a sentence that may be incident sites: not datelines,
    not travel or origin phrases, not where a statement was made, and not
    the next item of a list that started as one of those."""
    declaring = bool(_DECLARATION.search(sentence.text))
    out = []
    previous_mentioned: Place | None = None
    for place in sorted(here, key=lambda p: p.mention.start):
        mentioned = _only_mentioned(body, place, sentence, declaring=declaring, doc_date=doc_date)
        if not mentioned and previous_mentioned is not None and place.mention.start >= previous_mentioned.mention.end:
            mentioned = bool(_LIST_JOIN.match(body[previous_mentioned.mention.end:place.mention.start]))
        if mentioned:
            previous_mentioned = place
            continue
        previous_mentioned = None
        out.append(place)
    # "died at Port-au-Prince's Canapé-Vert Hospital": the owner of a place that is no site is none either
    excluded = [p for p in here if p not in out]
    out = [p for p in out if not any(q.mention.start > p.mention.end and
                                     re.fullmatch(r"['’]s?\s+", body[p.mention.end:q.mention.start]) for q in excluded)]
    situating = [p for p in out if _SITUATING_BEFORE.search(body[sentence.start:p.mention.start][-80:])]
    if situating and len(situating) < len(out):
        out = [p for p in out if p not in situating]
    return out


_OPENS_QUOTE = re.compile(r"^\W{0,3}[«“\"]")


def _quoted(sentence: Sentence, place: Place) -> bool:
    """Whether a place is named inside a quotation of its sentence."""
    before = sentence.text[:place.mention.start - sentence.start]
    return (before.count('"') % 2 == 1 or before.count("«") > before.count("»")
            or before.count("“") > before.count("”"))


def _place_before(sentence: Sentence, here: list[Place], quiet: tuple[Sentence, list[Place]] | None) -> Place | None:
    """The place of an event told without one, from the sentence right before:
    « … ses activités dans le quartier de Bel Air. L'organisation a indiqué que
    le bâtiment avait été pris dans des affrontements… ».  Only when this
    sentence names no place finer than a country, and the one before named a
    single place and no event of its own."""
    if quiet is None or quiet[0].index != sentence.index - 1:
        return None
    if any(p.entry.precision != "country" for p in here) or _OPENS_QUOTE.match(sentence.text):
        return None
    places = {p.entry.id: p for p in quiet[1] if not _quoted(quiet[0], p)}
    # "Cite Soleil, a Port-au-Prince slum": the city only situates its quarter
    places = {k: p for k, p in places.items() if not any(_inside(o.entry, p.entry) for o in places.values())}
    if len(places) != 1:
        return None
    place = next(iter(places.values()))
    if place.entry.precision in ("region", "country"):
        return None  # a region named in passing ("Political feudalism in Sindh") is no place to carry an event to
    return Place(Mention(sentence.start, sentence.start, "", sentence.index, "follow-up"), place.entry,
                 f"the place of the sentence before ({place.mention.text})", (place.entry.id,))


def _follow_up(sentence: Sentence, earlier: list[Report], date: DateClaim | None,
               fatalities: FatalityClaim | None) -> list[Report]:
    """A toll given in the sentence right after an event ("At least ten
    people were killed, police said.") belongs to that event, when the
    event had a single site.  Without a number the sentence adds nothing."""
    if fatalities is None or fatalities.count is None or not earlier:
        return []
    previous = [r for r in earlier if r.sentence.index == sentence.index - 1 and not r.aggregate]
    if len({r.place.entry.id for r in previous}) != 1:
        return []
    report = previous[0]
    if report.trigger.event_type == "Strategic developments":
        return []
    entry = report.place.entry
    place = Place(Mention(sentence.start, sentence.start, "", sentence.index, "follow-up"), entry,
                  f"continues the previous sentence about {entry.name}", (entry.id,))
    return [Report(sentence, place, report.trigger, date or report.date, fatalities)]


#: A photo credit line: "REUTERS/Pierre Albouy", "(AP Photo/Dieu Nalio Chery)",
#: "AFP via Getty Images", « Photo : X ».
_PHOTO_CREDIT = re.compile(r"\b(?:REUTERS|Reuters|AFP|AP\s+Photo|EPA|Xinhua|Anadolu|Getty\s+Images)\s*/\s*[A-Z]|"
                           r"/\s*(?:AFP|REUTERS|Getty\s+Images|AP)\b|\b(?:via|/)\s+Getty\s+Images\b|"
                           r"^\W*(?:photo|cr[ée]dit)\s*(?:photo\s*)?:", re.I)


def _captions(sentences: list[Sentence]) -> set[int]:
    """The sentences that caption a photo: those a credit line ends or
    follows.  A stock photo's caption ("Ban Ki-moon addresses a session in
    Geneva") says where the photo was taken, not where the story happened."""
    out = set()
    for sentence in sentences:
        text = sentence.text.strip()
        if len(text) <= 80 and _PHOTO_CREDIT.search(text):
            out.add(sentence.index - 1)
        elif _PHOTO_CREDIT.search(text[-60:]):
            out.add(sentence.index)
    return out


@lru_cache(maxsize=64)
def _is_credit(sentence: str) -> bool:
    """Whether a sentence is a credit line, once per sentence rather than once
    per place in it (a list of 400 names otherwise scans its sentence 400 times)."""
    return _CREDIT.search(sentence) is not None


#: Verbs of physical action in a reported clause: "said protesters damaged
#: buildings", not "called the protests a provocation".
_REPORTED_ACTION = re.compile(r"\b(?:damaged|burn(?:ed|t)|torched|threw|attacked|killed|shot|looted|clashed|stormed|"
                              r"erected|blocked|fired|ransacked|destroyed|broke|set\s+(?:fire|ablaze)|kidnapped|"
                              r"abducted|ont\s+(?:attaqu|incendi|tu[ée]|pill|br[ûu]l|saccag|bloqu|tir[ée]))", re.I)
_AGENCY_AFTER = re.compile(r"^,?\s*(?:[A-Z][\w.]*\s*|\d{1,2}(?:er)?\s+\w+\.?\s+\d{4}\s*|\w+\.?\s+\d{1,2},?\s+\d{4}\s*)?\((?:AFP|AP|Reuters|Reuter|Xinhua|EFE|ANSA|DPA|UPI|IANS|PTI|"
                           r"HPN|AHP|Bloomberg|CNN|BBC|Anadolu|Kyodo|Yonhap|Al\s+Jazeera|The\s+Associated\s+Press)\)")
_ANOTHER_PLACE = re.compile(r"\b(?:in|at|near|à|au|dans)\s+(?:the\s+)?[A-ZÀ-Ý]")


def _only_mentioned(body: str, place: Place, sentence: Sentence, *, declaring: bool = False, doc_date=None) -> bool:
    """True when a place of an event sentence is not where the event was.

    ``declaring``: the sentence declares a state of emergency or a curfew,
    where "France has declared..." names the area, not a speaker.
    """
    if place.mention.how == "dateline":
        return True
    # "fled to the northern town of X" reads as "fled to X" for the phrases below
    before = _TOWN_OF_BEFORE.sub(" ", body[sentence.start:place.mention.start][-120:])[-80:]
    if place.mention.how == "facility" and place.mention.facility and _NOT_SITE_BEFORE.search(before):
        # « le commissariat de police de Léogâne »: the facility's own words are no
        # "police of X"; the phrase must hold before them too
        cut = before.lower().rfind(place.mention.facility.lower())
        if cut >= 0 and not _NOT_SITE_BEFORE.search(before[:cut]):
            before = before[:cut]
    after = body[place.mention.end:sentence.end][:120]
    if _AGENCY_AFTER.match(after):
        return True  # "Washington (AFP) May 23 —": a dateline run into the headline's line
    if _is_credit(sentence.text) or _HAZARD.search(before[-60:]):
        return True
    if _YEAR_BEFORE.search(before):
        return True
    after_year = _YEAR_AFTER.match(after)
    if after_year and doc_date is not None and int(after_year.group(1)) < doc_date.year:
        return True  # "fights in the National Assembly in Caracas in 2017": a comparison
    earlier = _EARLIER_EVENT.search(before)
    if earlier and doc_date is not None and int(earlier.group("year") or earlier.group("year2")) < doc_date.year:
        return True
    if _kind(place) == "hospital" and _CARED_FOR.search(before):
        return True  # "died at Canapé-Vert Hospital": where a victim was treated, not attacked
    speech = _SPEECH_OPENING.match(before) and _SPEECH_SOON.match(after)
    if speech:
        # "In Port-au-Prince, the spokesman said protesters burned cars": the
        # place frames the reported event when that names no place of its own
        reported = after[speech.end():]
        return not (_REPORTED_ACTION.search(reported) and classify(reported, set())
                    and not _ANOTHER_PLACE.search(reported))
    if _OWNER_AFTER.match(after) and place.mention.how != "facility":
        return True
    return bool(_NOT_SITE_BEFORE.search(before)) or (not declaring and bool(_SPEECH_AFTER.match(after)))


def _sites(candidates: list[Place]) -> tuple[list[Place], Place | None]:
    """Split candidate places into sites and, if any, an aggregate area.

    A place that contains another candidate is only its container, unless it
    contains two or more sites: then a toll cannot be pinned to any one site
    and stays with the containing area ("nine killed ... in Port-au-Prince,
    including the airport and the stadium").
    """
    unique: dict[str, Place] = {}
    for place in candidates:
        unique.setdefault(place.entry.id, place)
    places = list(unique.values())
    containers = {p.entry.id for p in places if any(_inside(q.entry, p.entry) for q in places)}
    sites = [p for p in places if p.entry.id not in containers]
    area = None
    if len(sites) >= 2:
        areas = [p for p in places if p.entry.id in containers and p.entry.precision == "locality"]
        if areas:
            area = areas[0]
    return sites, area


#: How far from a place's point a finer place it locates may lie, by precision:
#: "the Port-au-Prince slum of Cité Soleil", "Nairobi's Westlands".
_CONTAINS_KM = {"neighbourhood": 2.5, "locality": 15.0, "region": 120.0}
_ORDER = ("site", "neighbourhood", "locality", "region", "country")


def _inside(inner: Entry, outer: Entry) -> bool:
    """True when ``inner`` lies in ``outer``: by recorded parents, as the
    approximate facility of that place, or as a finer place close by."""
    if inner.id == outer.id:
        return False
    if inner.within(outer) or inner.id.startswith(outer.id + "#"):
        return True
    radius = _CONTAINS_KM.get(outer.precision)
    if radius is None:
        return False
    finer = _ORDER.index(inner.precision) < _ORDER.index(outer.precision)
    # "Cité Soleil, a Port-au-Prince slum": a commune beside the capital is in it
    # for the reader, though both are localities
    beside_city = (inner.precision == outer.precision == "locality" and outer.kind == "city"
                   and inner.kind != "city" and not inner.get("facility"))
    if not (finer or beside_city):
        return False
    return distance_km(inner, outer) <= (radius if finer else 8.0)


#: A declaration for "the city" or "the town" is the story's city, not its country.
_IN_TOWN = re.compile(r"\b(?:the|this)\s+(?:city|town)\b|\b(?:la|cette)\s+ville\b|\bla\s+commune\b|\bvil\s+la\b", re.I)


def _declaration(sentence: Sentence, candidates: list[Place], focus: Focus, gazetteer: Gazetteer,
                 trigger: EventTrigger, date: DateClaim | None, fatalities) -> list[Report]:
    """A state of emergency or curfew applies to the area that declared it:
    the place the sentence names, or the focus country."""
    if candidates:
        broadest = max(candidates, key=lambda p: ("site", "neighbourhood", "locality", "region", "country").index(p.entry.precision))
        return [Report(sentence, broadest, trigger, date, None)]
    if focus.locality is not None and _IN_TOWN.search(sentence.text):
        mention = Mention(sentence.start, sentence.start, "", sentence.index, "focus")
        return [Report(sentence, Place(mention, focus.locality, "the document's focus city (\"the city\")",
                                       (focus.locality.id,)), trigger, date, None)]
    country: Entry | None = gazetteer.country(focus.country)
    if country is None:
        return []
    mention = Mention(sentence.start, sentence.start, "", sentence.index, "focus")
    return [Report(sentence, Place(mention, country, "the document's focus country (no place named)", (country.id,)),
                   trigger, date, None)]
