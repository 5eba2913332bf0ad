"""Lexicons of extraction: the words and phrases that decide what a sentence reports.

Each rule is one compiled pattern with a name that says what it finds and a
comment that says why the extractor needs it.  They are kept apart from the
logic of ``geo.text.extract`` (and shared with ``geo.places.geocode``) so that
a new phrasing is added in one place, per language (English, French, Haitian
Creole), and so that a stage can test them once per sentence.  Each is
compiled with its prefilter (:mod:`geo.text.prefilter`): a text that holds none
of the words a rule needs is answered without running the rule.
"""

from __future__ import annotations

import re

from geo.text.prefilter import Prefiltered, PrefilterGroup, prefiltered


#: After "under fire": not the fire of words ("under intensive fire from critics", "from the opposition").
_NOT_CRITICS = (r"(?!\s+(?:from|by)\s+(?:[\w'’-]+\s+){0,2}?(?:critics|lawmakers|legislators|activists|commentators|"
                r"media|press|unions?|voters|campaigners|donors|investors|rights\s+groups|"
                r"opposition\b(?!\s+(?:forces|fighters|rebels|militants|gunmen|militias?|troops|groups?|positions))))")


def _rx(*words: str) -> Prefiltered:
    """One case-blind pattern for a lexicon's words, each matched from a word's start."""
    return prefiltered(r"\b(?:" + "|".join(words) + r")", re.I)

#: What « manifester » shows when it is no demonstration: « il a manifesté son
#: soutien », « les manifestations de cette dynamique ».  A closed list, so that
#: « ont manifesté leurs revendications », « les manifestations de ces derniers
#: jours » stay protests.
SHOWN = (r"(?:soutien|int[ée]r[êe]t|volont[ée]|intention|d[ée]sir|solidarit[ée]|attachement|inqui[ée]tude|"
         r"satisfaction|joie|reconnaissance|gratitude|sympathie|approbation|accord|confiance|dynamique|tendance|"
         r"ph[ée]nom[èe]ne|maladie|[ée]volution|changement|pr[ée]sence|engagement|disponibilit[ée])\b")

#: (pattern, event type, sub-event type) in order of precedence.  English,
#: French and Haitian Creole: a lexicon per language rather than rules per
#: article.  Stems ("incendi", "saccag") cover the inflections.
TRIGGERS: list[tuple[Prefiltered, str, str]] = [
    (_rx(r"state\s+of\s+(?:emergency|siege)", r"curfews?\b", r"martial\s+law", r"[ée]tat\s+d['’]urgence",
         r"[ée]tat\s+de\s+si[èe]ge", r"couvre-feu", r"kouvrefe", r"eta\s+dijans",
         r"section\s+144\b(?=\s+(?:(?:of\s+the\s+)?(?:CrPC|Cr\.?P\.?C\.?|BNSS)\s+)?(?:was|were|has\s+been|had\s+been|is)\s+"
         r"(?:imposed|clamped|enforced|promulgated|declared))",
         r"(?:imposed|clamped|enforced|promulgated)\s+section\s+144\b",
         r"prohibitory\s+orders?\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:imposed|clamped|issued|enforced)",
         r"(?:imposed|clamped|issued)\s+prohibitory\s+orders?"),
     "Strategic developments", "Other"),
    (_rx(r"chemical\s+(?:weapon|attack)", r"nerve\s+agent", r"chlorine\s+gas", r"armes?\s+chimiques?"),
     "Explosions/Remote violence", "Chemical weapon"),
    (_rx(r"suicide\s+(?:bomb|attack)", r"kamikaze", r"attentat[- ]suicide", r"s['’](?:est|sont)\s+fait\s+(?:exploser|sauter)", r"blew\s+(?:himself|herself|themselves)\s+up"), "Explosions/Remote violence", "Suicide bomb"),
    (_rx(r"air\s*strikes?", r"drone\s+(?:strike|attack)", r"bombing\s+raid", r"frappes?\s+a[ée]riennes?",
         r"frappes?\s+de\s+drones?", r"attaques?\s+(?:au|de|par)\s+drones?", r"bombardement\s+a[ée]rien", r"drones?\s+kamikazes?",
         r"frappes?\s+(?:isra[ée]liennes?|russes?|am[ée]ricaines?|ukrainiennes?|turques?|saoudiennes?|de\s+la\s+coalition)",
         r"(?:Israeli|Russian|U\.?S\.?|American|Ukrainian|Turkish|Saudi|coalition)(?:-led)?\s+(?:air\s*)?strikes?\b",
         r"men[ée]\s+(?:une|des)\s+frappes?",
         # « les frappes plus tôt sur la ville de Nassiryé »: a strike aimed at a place
         r"frappes?\s+(?:[\w'’-]+\s+){0,3}?(?:sur|contre|visant|(?:ont|a)\s+(?:vis[ée]|touch[ée]|d[ée]truit))\s+"
         r"(?:(?:la|le|les|l['’]|des|plusieurs|un|une)\s*)?(?:(?-i:[A-ZÀ-Ý])|(?:ville|localit[ée]|village|quartier|"
         r"positions?|b[âa]timents?|immeubles?|maisons?|sites?|zones?|r[ée]gions?|banlieue|camp|base|sud|nord|est\b|ouest))"),
     "Explosions/Remote violence", "Air/drone strike"),
    # "spent shells", "shell casings": what a gun leaves, not artillery
    (_rx(r"shell(?:ing|ed)\b", r"(?<!spent\s)(?<!empty\s)(?<!bullet\s)(?<!gas\s)(?<!teargas\s)(?<!tear-gas\s)shells\b(?!\s+(?:casings?|of\s+(?:various|different)))",
         r"artillery", r"missiles?\b", r"rockets?\b", r"mortars?\b", r"bombard",
         r"obus", r"roquettes?"),
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    (_rx(r"IEDs?\b", r"roadside\s+bomb", r"landmines?", r"car\s+bomb", r"explosive\s+device",
         # a petrol bomb or a firebomb is no explosive weapon (ACLED): thrown by a crowd, it is a riot's
         r"(?<!petrol\s)(?<!gasoline\s)(?<!fire\s)(?<!fire-)(?<!gas\s)bomb(?:s|ing|ed)?\b",
         r"blast", r"explo(?:sion|sive)", r"(?<!protests\s)(?<!violence\s)(?<!anger\s)(?<!unrest\s)(?<!tensions\s)exploded", r"engin\s+explosif", r"(?:voiture|v[ée]hicule|moto|camion|colis|bus)s?\s+pi[ée]g[ée]e?s?\b",
         # French bombs, but not a tear-gas canister nor a figure of speech (« une bombe sociale »)
         r"(?<!effet\sd'une\s)(?<!effet\sd’une\s)\bbombes?\b(?!\s+(?:lacrymog|[àa]\s+retardement|sociale|politique|atomique|nucl[ée]aire))",
         r"(?:bombe|engin|mine|grenade|obus|roquette|kamikaze|explosif|(?:colis|voiture|v[ée]hicule|moto|camion)s?\s+pi[ée]g[ée]e?)s?\b"
         r"[^.;:]{0,40}?\b(?:a|ont|avait|avaient)\s+(?:[ée]t[ée]\s+)?(?:explos[ée]|d[ée]ton[ée]|saut[ée])", r"mines?\s+antipersonnel",
         r"explosion\s+d['’]une\s+mine", r"(?:a|ont)\s+saut[ée]\s+sur\s+une\s+mine"),
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    (_rx(r"grenades?"), "Explosions/Remote violence", "Grenade"),
    # a crowd killing or beating someone outside any demonstration: mob violence
    (_rx(r"lynch", r"\bmob\s+(?:justice|violence|killing|attack)", r"mob\s+(?:beat|killed|burned|lynched)",
         r"vigilante", r"justice\s+populaire", r"vindicte\s+populaire", r"lenchaj", r"bwa\s+kale"),
     "Riots", "Mob violence"),
    (_rx(r"kidnap", r"abduct", r"enl[eèé]v", r"taken\s+hostage", r"held\s+hostage", r"otages?\b", r"s[ée]questr",
         r"kidnape", r"anl[eè]ve", r"anlve"),
     "Violence against civilians", "Abduction/forced disappearance"),
    (_rx(r"rap(?:ed|e)\b", r"sexual\s+(?:violence|assault)", r"viol(?:s|ée?s?)?\b", r"violences?\s+sexuelles?",
         r"kadejak"), "Violence against civilians", "Sexual violence"),
    # an exchange of fire is a battle even when protesters fight in it
    (_rx(r"gun\s*fights?", r"gun\s*battles?", r"fire\s*fights?", r"shoot-?outs?", r"exchange[sd]?\s+(?:of\s+)?fire", r"traded\s+(?:gun)?fire",
         r"[ée]changes?\s+de\s+tirs", r"affrontements?\s+arm[ée]s"), "Battles", "Armed clash"),
    (_rx(r"riot", r"\bmob\b", r"[ée]meut", r"r[ée]voltes?\b", r"[ée]chauffour[ée]es?", r"heurts?\b", r"scuffles?\b", r"scuffled\b", r"violences?\s+urbaines", r"rampag", r"burning\s+(?:tyres|tires)", r"(?:lit|lighting|lighted|set\s+up|built)\s+bonfires", r"violent\s+(?:protests?|demonstrations?)", r"manifestations?\s+violentes?", r"pneus\s+enflamm", r"barikad", r"boule\s+kawotchou",
         r"barricad", r"road\s*blocks?", r"thr(?:ew|own|owing)\s+(?:rocks|stones|petrol\s+bombs|fire\s*bombs|molotov)", r"hurl(?:ed|ing)\s+(?:rocks|stones|petrol\s+bombs|molotov)", r"(?:rocks?|stones?)\s+(?:\w+\s+){0,2}thrown",
         r"jets?\s+de\s+pierres", r"jet[ée]\w*\s+des\s+(?:pierres|projectiles|cocktails)", r"stone\s+throwing", r"tentatives?\s+d['’]intrusion", r"(?:witness\w*|saw|seen)\s+(?:\w+\s+){0,4}unrest", r"unrest\s+(?:erupted|broke\s+out|flared)",
         r"secou[ée]e?s?\s+par\s+des\s+troubles", r"troubles\s+ont\s+[ée]clat[ée]", r"(?:remained|were|stayed)\s+blocked", r"(?:protesters|demonstrators|crowds?|mobs?|manifestants|foule)\s+(?:[\w'’-]+\s+){0,4}(?:storm|envahi|(?:ont\s+)?pris\s+d['’]assaut|attack(?:ed|ing)|torch(?:ed|ing)|set\s+fire|set\s+ablaze|burn(?:ed|t|ing)|loot(?:ed|ing)|ransack|clash(?:ed|ing)|pelt(?:ed|ing)|attaqu|incendi|saccag|pill[ée]|br[ûu]l[ée]|affront)", r"lan[cç]\w*\s+des\s+(?:pierres|projectiles)", r"projectiles?\s+(?:ont\s+[ée]t[ée]\s+)?lanc", r"looters?\b", r"vandal",
         # a roadblock set up by a crowd, not a dam: « un barrage enflammé », « des barrages de pneus »
         r"barrages?\s+(?:enflamm|de\s+pneus|routiers?\s+(?:enflamm|[ée]rig)|(?:ont\s+[ée]t[ée]\s+)?[ée]rig)",
         r"[ée]rig\w*\s+des\s+barrages",
         # stones thrown at a car, a bus, the police: « une voiture de police a été caillassée », "a bus was stoned"
         # (not the habit « ils caillassent régulièrement », nor "he was stoned at the party")
         r"caillass(?:é|ée|és|ées|age|ages|aient|èrent)\b",
         r"(?:was|were|been|being|got)\s+stoned\s+by\b",
         r"(?:cars?|bus|buses|vehicles?|convoys?|police|officers?|trucks?|motorcade|trains?|ambulances?)\s+"
         r"(?:was|were|had\s+been|have\s+been|has\s+been)\s+stoned\b(?!\s+to\s+death)"), "Riots", "Violent demonstration"),
    # an armed group cutting a road off: no demonstration, and no attack either (ACLED's "Other")
    (_rx(r"(?:gangs?|gang\s+members|armed\s+(?:men|groups?|individuals|bandits)|bandits|gunmen|militants|jihadists|rebels|"
         r"hommes\s+arm[ée]s|individus\s+arm[ée]s|bandits\s+arm[ée]s|gangs?\s+arm[ée]s|terroristes|rebelles|djihadistes)\s+"
         r"(?:[\w'’-]+\s+){0,4}?(?:blocked|blocking|block|cut\s+off|sealed\s+off|closed\s+off|ont\s+bloqu[ée]|bloquent|bloquaient|"
         r"bloquant|ont\s+coup[ée]|coupent)\s+(?:off\s+)?(?:[\w'’-]+\s+){0,3}?(?:roads?|routes?|highways?|access|l['’]acc[èe]s|"
         r"axes?|la\s+circulation|traffic)\b"), "Strategic developments", "Other"),
    (_rx(r"protest", r"demonstrat",
         # not "a manifesto", « manifestement », « il a manifesté son soutien », « les manifestations de cette
         # dynamique »: what someone or something shows (see SHOWN)
         rf"manifest(?!o|ly\b|ement\b|[ée]e?s?\s+(?:[\w'’-]+\s+){{0,2}}?(?:son|sa|ses|leurs?|un|une|tout|toute)\s+"
         rf"{SHOWN}|ations?\s+(?:de|d['’])\s*(?:cette|ce|cet|ces|la|l['’]|une?)\s+(?:nouvelle\s+|nouveau\s+)?{SHOWN})",
         r"marche(?:d|rs)?\b", r"(?<!campaign\s)(?<!election\s)(?<!electoral\s)rall(?:y|ied|ies)\b", r"sit-in",
         # in lower case, the noun or the verb: "a march", "they march" (not the month)
         r"(?-i:m)arch(?:es)?\b",
         # « les chrétiens ont marché » (not « ça a marché », it worked; not « au marché », the market)
         r"(?:ont|avaient)\s+marché\b(?!\s+sur\b)",
         r"general\s+strike", r"(?:went|go|goes|going|gone|are|were|was|is)\s+on\s+strike\b", r"\bpicketed\b",
         # the police's answer names the crowd it met: "police fired tear gas at youths", « dispersés à coups de gaz lacrymogène »
         r"tear\s*-?gas", r"lacrymog[èe]ne",
         # a march for a cause, not a parade: « ont défilé dans les rues … pour réclamer »
         r"(?:ont|avaient)\s+d[ée]fil[ée]\s+(?:[\w'’-]+\s+){0,8}?(?:pour\s+(?:r[ée]clamer|d[ée]noncer|exiger|protester|"
         r"demander)|contre\s+(?:la|le|les|l['’]))", r"(?:crowds?|people|residents|protesters|hundreds|dozens|thousands)\s+(?:[\w-]+\s+){0,3}gathered",
         r"(?<!\bde\s)(?<!\bd['’])rassemblement", r"se\s+sont\s+rassembl",
         r"(?:protesters|demonstrators|youths?|residents|crowds?|drivers|traders)\s+(?:[\w'’-]+\s+){0,4}block(?:ed|ing)\s+(?:the\s+|a\s+|several\s+|major\s+|main\s+|key\s+)?(?:[\w'’–-]+\s+){0,3}?(?:roads?|highways?|streets?|routes?|junctions?)\b",
         # objects set across the streets: « des containers ont été mis au travers des rues », "trucks parked across the road"
         r"(?:containers?|conteneurs?|camions?|trucks?|lorries|pneus|tyres|tires|v[ée]hicules?|vehicles?|voitures|cars|buses|"
         r"troncs|arbres|trees|rochers|rocks|pierres|stones|carcasses|bus)\s+(?:[\w'’-]+\s+){0,6}?"
         r"(?:mis|plac[ée]|install[ée]|dispos[ée]|gar[ée]|parked|placed|set)\w*\s+(?:au\s+|en\s+)?(?:travers|across)\s+"
         r"(?:des|de\s+la|de\s+l['’]|du|les|la|the)\s+(?:[\w'’-]+\s+)?(?:rues?|routes?|chauss[ée]es?|voies?|streets?|roads?|"
         r"highways?)\b",
         # « les habitants … en arrivent à bloquer eux-mêmes les routes », « des riverains ont barré la route »
         r"(?:manifestants|habitants|riverains|jeunes|chauffeurs|camionneurs|transporteurs|routiers|(?:moto-?)?taxis|agriculteurs|paysans|"
         r"gr[ée]vistes|commer[çc]ants|marchands|[ée]tudiants|[ée]l[èe]ves|enseignants|travailleurs|ouvriers|population)\s+(?:(?!(?:que|qui|dont|o[uù])\b|qu['’])[^\s.;:!?«»“”]+\s+){0,30}?"
         r"(?:bloqu|barr)\w*\s+(?:[\w'’-]+\s+){0,2}?(?:les\s+|la\s+|des\s+|plusieurs\s+)?(?:routes?|rues?|axes?|carrefours?)\b",
         # « 300 personnes participaient au cortège » (not a funeral's or a president's)
         r"(?:particip\w+|pris\s+part|se\s+sont\s+joint\w*|rejoint)\s+(?:au|aux|à\s+un)\s+cort[èe]ges?\b"
         r"(?!\s+(?:fun[èe]bre|fun[ée]raire|pr[ée]sidentiel|officiel|nuptial|des\s+fun[ée]railles))",
         # « le cortège est parti du rond-point Samarie »: the march itself on its way
         r"\b(?:le|un|du)\s+cort[èe]ge\s+(?![^.;]{0,140}(?:[ée]glise|cimeti[èe]re|fun[ée]raill|fun[èe]bre|obs[èe]ques|"
         r"enterrement|d[ée]pouille|carnaval|mariage))(?:des\s+manifestants\s+)?(?:est\s+parti|s['’]est\s+(?:dirig|ébranl|form)|a\s+(?:quitt|travers|emprunt|"
         r"sillonn|march)|"
         r"se\s+dirige)",
         r"se\s+sont\s+(?:[\w'’-]+\s+){0,3}?mobilis[ée]e?s\s+(?:[\w'’-]+\s+){0,4}?dans\s+les\s+rues",
         r"demand(?:ing|ed)\s+(?:food|aid|water|justice|jobs|wages|security|the\s+(?:release|resignation|departure|return))",
         r"r[ée]clam(?:ant|aient|er)\s+(?:de\s+la\s+nourriture|justice|la\s+d[ée]mission|le\s+d[ée]part|la\s+lib[ée]ration)", r"nation-?wide\s+strike", r"gr[èe]ve", r"gr[èe]v\b", r"mobili[sz]ations?\b", r"manifestasyon", r"\bpays\s+lock",
         r"peyi\s+lok", r"took\s+to\s+the\s+streets", r"descendu(?:e|s|es)?\s+dans\s+(?:les|la)\s+rues?",
         r"batt(?:u|re|ent|aient|ait)\s+le\s+pav[ée]", r"gagn[ée]\w*\s+(?:les|la)\s+rues?",
         r"pran\s+lari", r"proc[èe]s\s+symbolique", r"mock\s+trial", r"tribunal\s+populaire"),
     "Protests", "Peaceful protest"),
    (_rx(r"recaptur", r"retook", r"regain(?:ed|s)?\s+control\s+of\b", r"repris\s+(?:le\s+)?contr[ôo]le",
         r"reconqu[ie]", r"lib[ée]r[ée]e?s?\s+(?:la|le|les)\s+(?:ville|quartier|zone)"),
     "Battles", "Government regains territory"),
    (_rx(r"(?:seized|took|taken|gained)\s+control\s+of", r"overr?an\b", r"overrun", r"captured\s+the\b",
         r"took\s+over", r"taken\s+over", r"seiz(?:ed|ing|ure)\b", r"(?<!-)occup(?:ied|ying|ation)\b(?!\s+(?:West\s+Bank|territor|Palestin|East\s+Jerusalem|Golan|Crimea|Kashmir|part|areas?|zones?)\b)(?!\s+by\s+(?:(?:some|about|hundreds|dozens|thousands|families|of)\s+)*(?:displaced|families|people|residents|protesters|students|refugees))",
         r"pris\s+d['’]assaut", r"prise\s+d['’]assaut",
         # « après la prise de Goma », « la prise de l'aéroport » (not « une prise de parole »)
         r"\bprise\s+(?:de|du|des|d['’])\s*(?:(?-i:[A-ZÉÈÎ])|l['’](?:a[ée]roport|h[ôo]pital|usine|aroport)|la\s+(?:ville|base|caserne|localit[ée]|commune|prison|capitale))",
         r"(?<!re)pris\s+le\s+contr[ôo]le\s+(?:de|du|des|d['’])",
         r"(?:ont|a|avaient|avait)\s+pris\s+(?:le|la|un|l['’]|deux|trois|plusieurs)\s*(?:poste\s+(?:de\s+police|militaire|"
         r"de\s+l['’]arm[ée]e|avanc[ée]|de\s+la\s+gendarmerie)|base|camp\s+militaire|caserne|ville|localit[ée]|village|commissariat)s?\b", r"occup[ée]e?s?\s+par(?!\s+(?:(?:une|des|plusieurs|quelques|de\s+nombreu\w+|centaines?|dizaines?|milliers|de|d['’])\s*)*(?:personnes|d[ée]plac|familles|habitants|r[ée]fugi|manifestants|[ée]tudiants|[ée]l[èe]ves|fid[èe]les))", r"(?:s['’]|se\s+)(?:est|sont|[ée]tait|[ée]taient)\s+empar",
         # « les gangs ont occupé l'hôpital », but not « il a occupé le poste de ministre »
         r"(?:ont|a|avaient|avait)\s+occup[ée]\s+(?!(?:le|les|la|un|une|des|plusieurs)\s+(?:[\w'’-]+\s+)?"
         r"(?:postes?|fonctions?|rangs?|places?|t[êe]te|si[èe]ges?|terrain|devant|esprits?|ann[ée]es?)\b)",
         r"tomb[ée]e?s?\s+(?:aux|entre\s+les)\s+mains", # a place that passed under gangs' control, not one that is under it (a state, no event)
         r"(?:pass|tomb|plac|retrouv)[ée]e?s?\s+(?:[\w'’-]+\s+){0,2}sous\s+(?:le\s+)?contr[ôo]le\s+(?:des|de\s+gangs?|d['’]hommes)",
         r"(?:fell|fallen|falls|came|come|comes|brought)\s+(?:[\w'’-]+\s+){0,2}under\s+(?:the\s+)?control\s+of\s+(?:armed\s+)?gangs?", r"anvayi", r"okipe", r"pran\s+kontw[oò]l"),
     "Battles", "Non-state actor overtakes territory"),
    # a post the state gave up: « le commissariat n'est plus sous le contrôle de la PNH », "abandoned by the police"
    (_rx(r"(?:commissariat|poste|antenne|base|position|caserne|camp|prison|ville|localit[ée]|commune|endroit|zone|quartier|"
         r"village)\b[^.;:]{0,60}?(?:n['’](?:est|sont|était|étaient)\s+plus\s+sous\s+(?:le\s+)?contr[ôo]le\s+"
         r"(?:de\s+la\s+(?:PNH|police)|des\s+(?:autorit[ée]s|forces)|de\s+l['’](?:[ÉéEe]tat|arm[ée]e))|"
         r"abandonn[ée]e?s?\s+par\s+(?:les\s+|la\s+|l['’]\s*)?(?:policiers|police|agents|forces|soldats|militaires|arm[ée]e|PNH)\b)",
         r"(?:station|post|base|position|barracks|checkpoint|prison|town|village|camp)\b[^.;:]{0,60}?"
         r"abandoned\s+by\s+(?:the\s+)?(?:police|officers|troops|soldiers|army|security\s+forces)\b",
         r"no\s+longer\s+under\s+(?:the\s+)?(?:control\s+of\s+the\s+(?:police|state|government|army)|(?:police|state|government)\s+control)"),
     "Strategic developments", "Non-violent transfer of territory"),
    (_rx(r"clash", r"gun\s*fights?", r"gun\s*battles?", r"fire\s*fights?", r"shoot-?outs?", r"exchange[sd]?\s+(?:of\s+)?fire",
         r"fighting\b", r"fought\s+(?:for|over)\s+(?:the\s+)?control\s+of\s+(?:the\s+)?(?:town|city|area|district|neighbou?rhood|quarter|village|"
         r"region|(?-i:[A-Z]))",
         r"se\s+disput\w+\s+le\s+contr[ôo]le\s+(?:de\s+la\s+(?:zone|ville|localit[ée]|commune)|du\s+quartier|de\s+(?-i:[A-ZÀ-Ý]))", r"battl(?:ed|ing)\s+(?:with\s+|against\s+)?(?:the\s+|rival\s+|armed\s+)?(?:police|gangs?|troops|soldiers|rebels|militants|security\s+forces|army|each\s+other|one\s+another|insurgents|fighters|jihadists|militias?|gunmen|officers)\b", r"(?<!legal\s)(?<!court\s)(?<!political\s)(?<!uphill\s)(?<!electoral\s)battles?\b(?!\s+for)", r"came\s+under\s+(?:heavy\s+)?fire" + _NOT_CRITICS, r"under\s+(?:(?:heavy|intense|intensive|constant|sustained|continuous|renewed)\s+)?fire" + _NOT_CRITICS,
         r"besieg", r"siege\s+of", r"skirmish", r"accrochages?\b", r"affrontement", r"s['’]affront", r"affront[ée]s?\b", r"combats?\b", r"[ée]changes?\s+de\s+tirs", r"tirs?\s+nourris",
         r"rafales?\s+(?:d['’]armes|de\s+(?:cartouches|balles|tirs|mitraillettes?|kalachnikovs?))", r"assi[ée]g", r"encercl",
         r"fiziyad", r"batay\b(?!\s+kont)", r"goumen", r"afwontman", r"s[eè]nen", r"(?:lanc[ée]|launched|mounted|men[ée]e?)\s+(?:\w+\s+){0,2}offensive",
         # « une offensive des bandits à Saut-d'Eau », "an offensive by the army on Goma"
         r"\boffensives?\s+(?:des?|du|d['’]|by|of)\s+(?:the\s+|l['’]\s*|la\s+)?(?:bandits|gangs?|rebelles|rebels|arm[ée]e|army|"
         r"troops|forces|militants|jihadistes|djihadistes|terroristes|insurg\w+|groupes?\s+arm[ée]s|armed\s+groups?|M23|ADF|JNIM|FARDC)\b",
         r"op[ée]ration\s+(?:polici[èe]re|muscl[ée]e|anti-?gangs?|de\s+police|conjointe|de\s+la\s+(?:PNH|police))",
         # ground taken back: « ont repris le contrôle du site de Téléco », "troops regained control of the town"
         r"(?:repris|reprendre|reprennent|reprend)\s+le\s+contr[ôo]le\s+(?:du\s+(?:site|quartier|commissariat|village|camp|"
         r"march[ée]|port|pont|carrefour)|de\s+la\s+(?:zone|ville|localit[ée]|commune|route|base)|de\s+l['’]\s*(?:a[ée]roport|axe|"
         r"h[ôo]pital)|de\s+(?-i:[A-ZÀ-Ý]))",
         r"(?:regained|retook|recaptured|retaken|recapture[sd]?)\s+(?:full\s+)?(?:control\s+of\s+)?(?:the\s+)?(?:town|city|village|"
         r"area|district|base|airport|(?-i:[A-Z]))",
         # a fight to take ground back, won or not: « où les forces de l'ordre tentaient vainement de reprendre le
         # contrôle », "troops trying to retake the town"
         r"(?:tent|essa[yi])\w*\s+(?:[\w'’-]+\s+){0,2}?(?:de\s+|d['’]\s*)reprendre\s+(?:le\s+)?contr[ôo]le",
         r"(?:trying|tried|attempting|attempted|sought|seeking|fighting|fought)\s+to\s+(?:retake|regain|recapture)\b",
         r"(?:police|anti-?gang|military|army|security|joint)\s+operation",
         r"(?:men[ée]e?s?|lanc[ée]e?s?|conduit|effectu[ée]e?s?)\s+(?:une?|des|plusieurs)\s+(?:[\w-]+\s+)?op[ée]rations?\b(?!\s+(?:chirurgicale|de\s+(?:sensibilisation|nettoyage|distribution|secours|sauvetage|vaccination)))",
         r"(?:launched|conducted|mounted|carried\s+out)\s+(?:an?|several|two|three)\s+(?:[\w-]+\s+)?operations?\b(?!\s+(?:to\s+(?:rescue|evacuate|distribute|clean)|of\s+(?:rescue|relief)))"), "Battles", "Armed clash"),
    (_rx(r"attack", r"assault", r"storm(?:ed|ing)\b", r"(?:attempt\w*|tried|trying|try)\s+to\s+storm\b", r"raid(?:ed|s)?\b", r"ambush", r"opened\s+fire", r"shot\b",
         r"shooting", r"gunfire", r"gunshots?", r"shots?\s+(?:were\s+)?fired", r"fired\s+(?:up)?on\b",
         # "forces fired into a residential area", "police fired at the crowd" (not "he was fired at the end of")
         # (nor "fired at least 200 workers", "fired into the top corner", "fired back at his critics")
         r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!\bbe\s)(?<!got\s)(?<!get\s)fired\s+(?:into|at|towards?)\s+"
         r"(?!the\s+(?:end|start|beginning)\b|the\s+(?:top|bottom|far|near)\s+(?:corner|of\s+the\s+net)\b|"
         r"the\s+(?:net|goal|corner)\b|will\b|(?:his|her|their|its|the)\s+critics\b|"
         r"(?:[\w'’-]+\s+){0,3}?(?:workers|employees|staff|executives|managers|teachers|players|coaches)\b)",
         r"tent[ée]\s+de\s+(?:s['’]introduire|p[ée]n[ée]trer|forcer)",
         # a forced entry by armed men, troops or a crowd: « des militaires ont pénétré de force dans le palais »,
         # « un char a défoncé la porte », "gunmen forced their way into", "a truck rammed the gates" (not
         # thieves, firemen, rescuers or police serving a warrant)
         r"(?:gunmen|attackers|assailants|militants|rebels|soldiers|troops|bandits|gangs?|gang\s+members|protesters|rioters|"
         r"mobs?|demonstrators|"
         r"armed\s+men|tanks?|armou?red\s+vehicles?|hommes\s+arm[ée]s|assaillants|militaires|soldats|rebelles|"
         r"manifestants|terroristes|djihadistes|jihadistes|chars?|blind[ée]s)\s+(?:[\w'’-]+\s+){0,4}?"
         r"(?:p[ée]n[ée]tr\w*\s+de\s+force|d[ée]fonc\w*\s+(?:la|les|le|l['’])\s*(?:porte|portail|grille|entr[ée]e)s?|"
         r"forced\s+(?:their|its|his|her|a)\s+way\s+into|broke\s+into|rammed\s+(?:through\s+)?(?:the|a|its)\s+(?:main\s+)?"
         r"(?:gates?|doors?|entrance))",
         # bodies found: « deux policiers ont été retrouvés morts à La Saline », « retrouvé assassiné », "found
         # shot dead" (not « retrouvé mort dans sa cellule » after a « malaise », nor the drowned of a shipwreck)
         r"retrouv[ée]e?s?\s+(?:tu[ée]e?s?|assassin[ée]e?s?|ex[ée]cut[ée]e?s?|[ée]gorg[ée]e?s?|d[ée]capit[ée]e?s?)\b",
         r"retrouv[ée]e?s?\s+(?:morte?s?|sans\s+vie)\b(?![^.;]{0,120}\b(?:cellule|noy[ée]|naufrage|malaise|hypothermie|"
         r"froid|accident|overdose|crise\s+cardiaque|chaleur|naturelle))",
         r"found\s+(?:shot|stabbed|hacked|beaten|strangled|bludgeoned)\s+(?:to\s+death|dead)\b", r"(?:tried|attempted)\s+to\s+(?:break\s+into|force\s+(?:their|its|his|a)\s+way)", r"hit\s+by\s+(?:gun)?fire",
         r"sprayed\s+with\s+bullets", r"riddled\s+with\s+bullets", r"gunned\s+down", r"slain", r"executed",
         r"behead", r"(?:personnes|villageois|civils|soldats|hommes|femmes|otages|policiers|corps)\s+(?:[\w'’-]+\s+){0,3}?d[ée]capit",
         r"d[ée]capit[ée]\w*\s+(?:[\w'’-]+\s+){0,2}?(?:personnes|villageois|civils|soldats|hommes|femmes|otages|policiers)", r"[ée]gorg", r"hacked", r"machete",
         # French ambushes and raids (« tendu une embuscade », « ont fait irruption »); hijackings
         r"embuscade", r"(?:ont|a|avaient|avait)\s+fait\s+irruption", r"(?:hommes\s+arm[ée]s|bandits|assaillants|djihadistes|jihadistes|terroristes|rebelles|gangs?|insurg[ée]s|combattants|"
         r"miliciens)\s+(?:[\w'’-]+\s+){0,4}?incursions?\b", r"armed\s+incursions?", r"incursions?\s+(?:of|by|des|de|d['’])\s+"
         r"(?:armed\s+men|gunmen|militants|rebels|hommes\s+arm[ée]s|bandits|djihadistes|jihadistes|terroristes|rebelles|gangs?)",
         r"hijack", r"d[ée]tourn[ée]\s+(?:un|le|l['’])\s*(?:avion|navire|cargo|bus|autobus|camion|bateau|p[ée]trolier)\b",
         r"(?:avion|navire|cargo|bus|autobus|camion|bateau|p[ée]trolier)s?\s+(?:a|ont|avait|avaient)\s+[ée]t[ée]\s+d[ée]tourn[ée]",
         # bodies found: « les corps de trois policiers ont été retrouvés », « corps sans vie »
         r"\bcorps\s+(?:sans\s+vie|calcin[ée]s|cribl[ée]s|d[ée]capit[ée]s|mutil[ée]s)",
         r"\bcorps\s+de\s+(?:\w+\s+){0,2}(?:personnes|policiers|hommes|femmes|victimes|civils|soldats|jeunes|enfants|agents)"
         r"[^.;:]{0,40}?\b(?:retrouv|d[ée]couv|gis|jonch|ramass|abandonn)",
         r"stabb(?:ed|ing)", r"knife\s+attack", r"poignard[ée]", r"coups?\s+de\s+couteau",
         r"overpower(?:ed|ing)\b", r"reported\s+casualties", r"casualties\s+among",
         # « l'hôpital a été ciblé », « ont pris pour cible le commissariat » (not « une aide ciblée »)
         r"(?:a|ont|avait|avaient)\s+(?:[ée]t[ée]\s+)?cibl[ée]", r"pris(?:e|es)?\s+pour\s+cibles?\b", r"[ée]t[ée]\s+la\s+cible\s+d",
         # « ont été visées par des groupes armés » (not « le texte visé par le décret »)
         r"(?:a|ont|avait|avaient)\s+[ée]t[ée]\s+vis[ée]e?s?\s+(?:[\w'’-]+\s+){0,2}?par\s+(?:des|un|une|les|de)\s+(?:[\w'’-]+\s+){0,2}?"
         r"(?:groupes?\s+arm[ée]s|hommes\s+arm[ée]s|individus\s+arm[ée]s|terroristes|djihadistes|jihadistes|assaillants|"
         r"bandits|gangs?|rebelles|insurg[ée]s|drones?|frappes?|tirs)",
         r"(?:recorded|reported|suffered|registered|counted)\s+(?:[\w-]+\s+){0,3}(?:deaths|fatalities|casualties)\b", r"(?:lakoz|fè)\s+(?:\w+\s+){0,2}viktim",
         r"massacre", r"massacr[ée]e?s?\b", r"neutralis[ée]e?s?\s+(?:[\w'’()-]+\s+){0,3}?(?:bandits?|suspects?|terroristes?|assaillants?|criminels?|gangsters?|membres|djihadistes|jihadistes)",
         r"(?:bandits?|suspects?|terroristes?|assaillants?|criminels?|gangsters?|djihadistes|jihadistes)\s+(?:[\w'’-]+\s+){0,3}?neutralis[ée]", r"stray\s+bullets?", r"assassinat", r"killed", r"killing", r"bodies", r"corpses", r"dead\b", r"died\b", r"murder", r"(?:est|sont)\s+mort(?:e|s|es)?\b", r"(?:a|ont)\s+p[ée]ri\b", r"lost\s+(?:their|his|her)\s+li(?:ves|fe)\b", r"(?:ont\s+)?perdu\s+la\s+vie\b",
         r"perdu\s+la\s+vie", r"trouv[ée]\s+la\s+mort", r"(?:a|ont|avait|avaient)\s+(?:ouvert\s+le\s+feu|tir[ée]\s+sur)",
         r"gunmen", r"attaqu", r"pris\s+(?:\w+\s+){0,6}pour\s+cible", r"(?:la|les)\s+cibles?\s+d['’](?:assauts?|attaques?|tirs)",
         r"assauts\b", r"(?:un|une|l['’]|cet|d['’]|des)\s*assaut\b(?!\s+final)", r"targeted\b", r"attentat", r"tu[ée]e?s?\b", r"tuerie", r"carnage", r"abattu", r"ex[ée]cut[ée]",
         r"mitraill", r"cribl[ée]e?s?\s+de\s+balles", r"par\s+balles?", r"fusillade", r"coups?\s+de\s+feu", r"balles?\s+perdues?",
         r"kout\s+zam", r"tirs?\b(?!\s+au(?:x)?\s+buts?)(?!\s+cadr)", r"cadavres?",
         r"assassin", r"spate\s+of\s+(?:extreme\s+)?violence", r"atake", r"touye", r"tire\s+sou", r"masak",
         r"asasin", r"ekzekite", r"\batak\b"),
     "Violence against civilians", "Attack"),
    (_rx(r"loot", r"ransack", r"torch(?:ed|ing)", r"set\s+(?:on\s+)?fire", r"set\s+ablaze", r"set\s+alight",
         r"set\s+(?:[\w'’-]+\s+){1,5}?(?:on\s+fire|ablaze|alight)\b",  # "set homes near the hospital on fire"
         r"set\s+fire", r"burn(?:ed|t|ing)\s+(?:down|to)", r"burn(?:ed|t)\b", r"razed", r"destroy(?:ed|ing)",
         r"arson", r"pill(?:é|ag|er)", r"incendi", r"br[ûu]l[ée]", r"saccag", r"d[ée]trui", r"ras[ée]e?s?\b",
         r"mis\s+le\s+feu", r"calcin[ée]", r"vandalis", r"(?:broke|break(?:ing)?)\s+into\s+(?:a|an|the|several|two|three)\s+(?:\w+\s+){0,2}(?:warehouses?|depots?|shops?|stores?|banks?|houses?|homes?)",
         r"carried\s+off", r"made\s+off\s+with", r"emport[ée]\w*\s+(?:des|les)\s+(?:sacs|vivres|biens|marchandises)", r"smash(?:ed|ing)\b", r"bris[ée]e?s?\b", r"\bboule\b", r"piye", r"kraze", r"mete\s+dife", r"pran\s+dife", r"leve\s+(?:\w+\s+)?dife", r"ensandi", r"dechouke",
         r"d[ée]moli(?:r|e|ssent|ssaient|shed|shing|tion)\b",
         r"ravaje", r"livr[ée]e?s?\s+aux\s+flammes", r"(?:en\s+)?proie\s+(?:aux|des)\s+flammes", r"(?:ont|a|avaient|avait)\s+ravag[ée]\b", r"r[ée]duit(?:e|s|es)?\s+en\s+(?:cendres|ruines)", r"reduced\s+to\s+(?:ashes|rubble)",
         r"ravag[ée]e?s?\s+par\s+(?:les\s+|des\s+|un\s+)?(?:flammes|incendies?|feu)", r"gutted\s+by\s+(?:a\s+)?fire",
         # "all sustained significant destruction", « ont subi d'importants dégâts »
         r"(?:sustained|suffered)\s+(?:(?!brain|nerve|organ|liver|kidney|lung|spinal|hearing|eye)\w+\s+){0,2}"
         r"(?:destruction|damage)", r"(?:ont|a)\s+subi\s+(?:[\w'’]+\s+){0,2}(?:d[ée]g[aâ]ts|destructions?)"),
     "Strategic developments", "Looting/property destruction"),
    (_rx(r"arrest(?:ed|s)\b", r"detained", r"rounded\s+up", r"apprehended", r"interpell", r"arr[êe]t[ée]e?s?\b",
         r"appr[ée]hend", r"mis\s+aux\s+arr[êe]ts", r"arete"), "Strategic developments", "Arrests"),
    (_rx(r"escap(?:e|ed|es)\b", r"jail\s*break", r"prison\s+break", r"break-?out", r"broke\s+out\s+of", r"[ée]vad",
         r"[ée]vasion", r"mutin", r"mutiny"), "Strategic developments", "Other"),
    # last, so that any clash or attack the sentence tells wins: violence that broke out or resumed somewhere
    # (« les violences reprennent à Clichy, puis à Montfermeil ») is unrest in the streets; not a home's, a
    # gang's or sexual violence
    # ("the violence, which lasted for several hours, soon spread to …": a clause and an adverb between)
    (_rx(r"(?<!domestic\s)(?<!sexual\s)(?<!gang\s)(?<!gender-based\s)(?<!family\s)violence(?:\s*,[^,.;]{1,60},)?\s+"
         r"(?:(?:soon|quickly|then|later|also|again)\s+)?(?:has\s+|had\s+)?(?:erupted|broke\s+out|flared|resumed|spread)",
         r"(?<!conjugales\s)(?<!sexuelles\s)(?<!des\sgangs\s)violences\s+(?:ont\s+|avaient\s+)?(?:[ée]clat[ée]|[ée]clatent|"
         r"repris|reprennent|se\s+sont\s+(?:[ée]tendues|propag[ée]es)|s['’][ée]tendent|gagnent|ont\s+gagn[ée])\b"
         r"(?![^.;]{0,60}\bgangs?\b)"), "Riots", "Violent demonstration"),
]

#: Which trigger lexicons may match a sentence, in one pass over it: most
#: sentences hold the words of one or two lexicons, or of none.
TRIGGER_FILTER = PrefilterGroup([pattern for pattern, _, _ in TRIGGERS])

#: Declarations apply to a whole area; they are the only events placed at a
#: country when no finer place is named.
DECLARATION = prefiltered(
    r"state\s+of\s+emergency|(?:declared|imposed|decreed|proclaimed|extended)\s+(?:a\s+)?state\s+of\s+siege|curfew|martial\s+law|[ée]tat\s+d['’]urgence|[ée]tat\s+de\s+si[èe]ge|"
    r"couvre-feu|kouvrefe|eta\s+dijans|"
    # India's order banning assemblies: "Section 144 was imposed in Bishnupur district", "prohibitory orders"
    r"section\s+144\b|prohibitory\s+orders?|imposed\s+section|clamped\s+section", re.I)

#: A measure already in force, the setting of what the sentence tells: « en
#: plein état d'urgence et couvre-feu nocturne », "amid a curfew", "under the
#: state of emergency".  It declares nothing.
UNDER_DECLARATION = prefiltered(
    r"\b(?:en\s+plein(?:e)?|sous|pendant|durant|malgr[ée]|amid|under|during|despite|in\s+spite\s+of|"
    r"dans\s+le\s+cadre\s+d[eu]|as\s+part\s+of|under\s+the\s+terms\s+of)\s+"
    r"(?:(?:l['’]|le|la|les|un|une|a|an|the|this|ce|cet|cette)\s*)?(?:[\w-]+\s+)?"
    r"(?:[ée]tat\s+d['’]urgence|[ée]tat\s+de\s+si[èe]ge|couvre-feu|state\s+of\s+(?:emergency|siege)|curfew|martial\s+law)"
    r"(?:\s+(?:et|and)\s+(?:(?:le|la|du|un|a|the)\s+)?(?:[\w-]+\s+)?(?:couvre-feu|curfew)(?:\s+nocturne|\s+at\s+night)?)?"
    r"(?:\s+nocturne)?", re.I)

#: "near", « non loin de »: what situates a place by another (see the rules that read it).
NEAR_WORDS = (r"(?:near|close\s+to|not\s+far\s+from|next\s+to|pr[èe]s\s+(?:de|du|d['’])|"
              r"non\s+loin\s+(?:de|du|d['’])|[àa]\s+proximit[ée]\s+(?:de|du|d['’]))")

#: An event said to cover a whole country: a country-level incident is right.
NATIONWIDE = prefiltered(
    r"nation-?wide|country-?wide|island-?wide|across\s+the\s+country|throughout\s+the\s+country|all\s+over\s+the\s+country|"
    r"sur\s+tout\s+le\s+territoire|"
    r"general\s+strike|gr[èe]ve\s+g[ée]n[ée]rale|gr[èe]v\s+jeneral|(?:dans|à\s+travers)\s+(?:tout\s+)?le\s+pays|"
    r"sur\s+l['’]ensemble\s+du\s+territoire|(?:nan|pou|atravè|atrave)\s+tout\s+peyi\s+a", re.I)

#: A sentence that names no event itself but points back at the one before:
#: "This criminal act comes...", « Cette action criminelle... ».
BACK_REFERENCE = prefiltered(
    r"^\W*(?:this|that|the|these|those|such)\s+(?:\w+\s+){0,2}(?:attack|assault|act|incident|violence|raid|operation|"
    r"killings?|events?|offensive|massacre|tragedy|crime|bombardment|bombing|strike|airstrike|air\s+strike|shelling|"
    r"clash|protest|demonstration|riot|kidnapping|abduction|scene|unrest|disturbance|chaos|trouble|"
    r"fighting|looting|rioting)s?\b|"
    r"^\W*(?:cette|cet|ce|ces|l['’]|le|la)\s*(?:\w+\s+){0,2}(?:attaque|action|acte|incident|violence|op[ée]ration|"
    r"massacre|trag[ée]die|crime|drame|tuerie|offensive|frappe|bombardement|affrontement|manifestation|[ée]meute|"
    r"enl[èe]vement|sc[èe]ne|trouble|heurt|[ée]chauffour[ée]e|pillage|exaction)s?\b", re.I)

#: Where a road leads, when it leads to a landmark: « la route menant à
#: l'aéroport de Jérémie a été bloquée ».  (A town a road leads to is often
#: the only place an ambush on it has.)
#: The words of roads, which may be named after where they go.
_ROAD_WORDS = r"roads?|route|street|rue|avenue|boulevard|chemin|highway|autoroute|axe|wout"

ROAD_TO_LANDMARK_BEFORE = prefiltered(
    rf"\b(?:{_ROAD_WORDS})\s+(?:[\w'’-]+\s+){{0,2}}?(?:menant|leading|qui\s+m[èe]ne|"
    r"allant|going|qui\s+conduit|conduisant)\s+(?:à|au|aux|vers|to|towards?)\s*(?:the\s+|la\s+|le\s+|l['’]\s*)?"
    r"(?:a[ée]roport|airport|port|h[ôo]pital|hospital|prison|camp|base)(?:\s+(?:de|du|d['’]|of)\s*)?$", re.I)

#: A road named after the facility it leads to: "the road to the airport", « la route de l'aéroport »,
#: « l'avenue de l'Hôpital »: read before the facility's word, which then names no facility (see
#: :func:`geo.text.facilities.road_named_after`; ``ROAD_TO_LANDMARK_BEFORE`` above drops a landmark
#: the mention stage did bind, "the road leading to the airport").
ROAD_TO_BEFORE = re.compile(rf"\b(?:{_ROAD_WORDS})\s+(?:to|leading\s+to|de|du|des|vers|menant\s+[àa])\s+"
                            r"(?:the\s+|l['’]\s*|la\s+|le\s+)?$", re.I)

#: A landmark that only situates another building: « une antenne de police
#: située non loin de la prison », "a school located near the airport".  (A
#: town so named stays the place of a building the gazetteer lacks.)
LANDMARK_NEAR_BEFORE = prefiltered(
    r"\b(?:located|situated|situ[ée]e?s?)\s+(?:just\s+|juste\s+)?" + NEAR_WORDS + r"\s*"
    r"(?:the\s+|la\s+|le\s+|l['’]\s*)?(?:[\w'’-]+\s+){0,3}?(?:(?:de|du|d['’]|of)\s*)?$", re.I)

#: A trend, not an event: "violence continues in the capital", « les vagues de
#: violence se poursuivent à Port-au-Prince ».  A lead sentence saying so takes
#: no event over from the headline.
ONGOING = prefiltered(
    r"\b(?:violences?|ins[ée]curit[ée]|violence|insecurity|unrest|fighting|combats|attaques|attacks|tirs)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:se\s+poursui\w+|continu(?:e|es|ent|ed|ait|aient)\b|persist\w*|rages?\b)|"
    r"(?:ongoing|unabated)\s+(?:gang\s+)?(?:violence|fighting|insecurity)|"
    r"(?:vagues?|spirale|escalade|recrudescence|mont[ée]e)\s+(?:de\s+|d['’]\s*)?(?:la\s+)?(?:violence|ins[ée]curit[ée])|"
    r"(?:waves?|spiral|escalation|surge|upsurge)\s+(?:of|in)\s+(?:gang\s+)?(?:violence|insecurity)", re.I)

#: What came before the event a back-reference points at: "(comes) weeks
#: after", « (est intervenue) quelques semaines après que », "in the wake of".
BACKGROUND_CLAUSE = prefiltered(
    r"\b(?:(?:comes?|came|coming|follows?|followed|intervient|intervenue?|survient|survenue?)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:after|following|since|apr[èe]s|suite\s+[àa]|depuis)|in\s+the\s+wake\s+of|"
    r"dans\s+la\s+foul[ée]e\s+(?:de|d['’]))\b"
    # ...not the event's own hour: "came shortly after midnight", « peu après minuit »
    r"(?!\s+(?:minuit|midnight|midi|noon|l['’]aube|dawn|\d|une\s+heure|one\s+hour|[a-z]+\s+hours?\b|[a-z]+\s+heures\b))",
    re.I)

#: The event just told, again elsewhere: « plusieurs villes ont connu la même
#: nuit », "similar scenes were reported in", "X saw the same", "another
#: officer suffered the same fate in Y".
SAME_AGAIN = prefiltered(r"\b(?:(?:ont|a)\s+(?:[ée]galement\s+|aussi\s+)?connu\s+(?:la\s+m[êe]me\s+nuit|les\s+m[êe]mes|"
                         r"des\s+sc[èe]nes\s+(?:similaires|semblables))|sc[èe]nes\s+(?:similaires|semblables)|"
                         r"similar\s+scenes|(?:saw|witnessed)\s+(?:the\s+same|similar)|the\s+same\s+(?:happened|night)|"
                         # « D'autres cas ont été remarqués à Delmas 33 », "similar cases were reported in X"
                         r"\b(?:d['’]autres|de\s+nouveaux|plusieurs\s+autres)\s+cas\s+(?:[\w'’-]+\s+){0,3}?"
                         r"(?:remarqu|signal|enregistr|recens|rapport|r[ée]pertori|constat)\w*|"
                         r"\b(?:other|similar|further)\s+cases\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:also\s+)?"
                         r"(?:reported|recorded|registered|documented|noted)|"
                         # another victim "suffered the same fate" at a place, « un autre policier a connu le
                         # même sort au boulevard … » (not "the economy suffered the same fate in Kano")
                         r"(?:another|un\s+autre|une\s+autre|a\s+second|un\s+second|une\s+seconde|"
                         r"un\s+deuxi[èe]me|une\s+deuxi[èe]me)\b[^.;]{0,80}?"
                         r"(?:(?:suffered|met|shared)\s+(?:the\s+same|a\s+similar)\s+fate|"
                         r"(?:connu|subi|partag[ée])\s+(?:le\s+m[êe]me\s+sort|un\s+sort\s+(?:similaire|identique)))"
                         r"(?=\s+(?:in|at|on|near|à|au|aux|dans|en|près|sur)\b)|"
                         # « …, comme cela s'est encore passé à Hombori », "…, as happened in X": told after the
                         # event, at a place (not "As it has happened in X, prices have doubled")
                         r",\s*(?:comme\s+(?:cela|ce|[çc]a)\s+(?:s['’]est|s['’][ée]tait|fut|a\s+[ée]t[ée]|[ée]tait)\s+"
                         r"(?:(?:encore|aussi|d[ée]j[àa]|[ée]galement|notamment)\s+)?(?:pass[ée]|produit|arriv[ée]|le\s+cas)|"
                         r"as\s+(?:it\s+)?(?:had\s+|has\s+)?(?:already\s+|also\s+)?happened|as\s+was\s+the\s+case)"
                         r"(?=\s+(?:in|at|on|near|à|au|aux|dans|en)\b)|"
                         # « C'est le cas des catholiques de la paroisse de N'sélé », "Such was the case in X": a
                         # sentence that opens so, about one place, not "many states"
                         r"^\W*(?:c['’](?:est|[ée]tait|fut)\s+(?:notamment\s+|aussi\s+|[ée]galement\s+|d[ée]j[àa]\s+)?le\s+cas|"
                         r"(?:this|that|such)\s+(?:was|is)\s+(?:also\s+)?the\s+case)"
                         r"(?!\s+(?:in\s+|of\s+|de\s+|des\s+|dans\s+)?(?:many|most|several|numerous|plusieurs|nombreu\w*|"
                         r"beaucoup|la\s+plupart|de\s+nombreu\w*)\b))\b", re.I)

#: "the Nigerian capital", « la ville de »: the noun (and one adjective) a name may stand in apposition to,
#: between a phrase that makes the name a mere mention and the name itself.
APPOSITIVE = r"(?:(?:[^\W\d_][\w'’-]*\s+)?(?:capital|capitale|city|town|ville|commune|village),?\s+(?:of\s+|de\s+)?)?$"

#: An event said to span a whole city ("roadblocks throughout Port-au-Prince",
#: "coordinated attacks across Paris", « des tirs dans plusieurs quartiers »):
#: an incident of the city as such, which one building in it does not stand for.
CITYWIDE = prefiltered(r"\b(?:throughout|across|all\s+over|around\s+the\s+(?:city|capital)|paralyz\w*|paralys\w*|"
                      r"partout\s+(?:dans|à)|à\s+travers|dans\s+toute?\s+la|coordinated|simultaneous|"
                      r"(?:several|many|various|multiple|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:other\s+)?"
                      r"(?:neighbou?rhoods|districts|quarters|parts|areas|locations|sites|places|venues)|"
                      r"plusieurs\s+(?:quartiers|endroits|zones|points|sites)|divers\s+(?:quartiers|endroits|points)|"
                      r"(?:streets|rues)\s+(?:of|de|du|des)|in\s+the\s+streets|dans\s+les\s+rues)\b", re.I)

#: Demonstrators by name: what they loot or burn is a violent demonstration
#: (ACLED's Riots), not the looting of an armed group.
DEMONSTRATORS = prefiltered(r"\b(?:protesters|demonstrators|rioters|manifestants|protestataires|[ée]meutiers|"
                            r"manifestan)\b", re.I)

#: A crowd storming a building riots; gunmen storming it attack.
STORMING = prefiltered(r"storm|(?:attempt\w*|tried|trying|try)\s+to\s+storm|pris\s+d['’]assaut|envah", re.I)
CROWD = prefiltered(r"\b(?:protesters|demonstrators|rioters|crowds?|mobs?|thousands|hundreds|manifestants|"
                   r"[ée]meutiers|foule|protestataires|supporters|partisans|students|[ée]tudiants|youths)\b", re.I)

#: Who clashes in a riot: a crowd, youths, students, residents or partisans
#: fighting the police or each other ("youths clashed with police", « des
#: affrontements ont opposé des jeunes aux forces de l'ordre ») riot (ACLED's
#: Riots); a clash of armed groups (see ARMED_GROUP) is a battle.
RIOTING_CROWD = prefiltered(r"\b(?:protesters|demonstrators|rioters|crowds?|mobs?|youths?|young\s+(?:men|people)|students|"
                            r"supporters|manifestants|protestataires|[ée]meutiers|foule|(?:des|les|de)\s+jeunes|"
                            r"[ée]tudiants|partisans|supporteurs|militants\s+(?:de\s+l['’]opposition|du\s+parti))\b", re.I)
#: Organised armed groups other than the state's agents: their clashes are battles.
ARMED_GROUP = prefiltered(r"\b(?:gunmen|militants|rebels?|gangs?|gangsters|fighters|bandits|jihadists?|insurgents?|militias?|"
                          r"militiamen|terroristes?|(?:d)?jihadistes?|rebelles?|hommes\s+arm[ée]s|assaillants|miliciens|"
                          r"groupes?\s+arm[ée]s|armed\s+(?:men|groups?|youths?|supporters|civilians)|kidnappers|ravisseurs|"
                          # a crowd that carries guns fights as a group: "youths armed with AK-47 rifles"
                          r"armed\s+with\s+(?:\w+\s+){0,2}(?:rifles|guns|firearms|weapons|AK-?47s?)|"
                          r"arm[ée]s\s+de\s+(?:fusils|armes|kalachnikovs?|kalach)|rifles|AK-?47s?|kalachnikovs?)\b", re.I)

#: Armed agents of the state: an attack in a sentence that names them is a
#: clash (ACLED's Battles), not violence against civilians.
ARMED_STATE = prefiltered(r"\b(police|officers?|soldiers?|troops|army|security\s+forces|guards?|state\s+institutions|military|"
                          r"peacekeepers|soldats|militaires|l['’]\s*arm[ée]e|arm[ée]e\s+(?:nationale|malienne|burkinab[èe]|nig[ée]rienne|congolaise|"
                          r"camerounaise|tchadienne|ha[ïi]tienne|fran[çc]aise|ivoirienne|guin[ée]enne|s[ée]n[ée]galaise|togolaise|"
                          r"b[ée]ninoise|burundaise|rwandaise|ougandaise|soudanaise|isra[ée]lienne|syrienne)|gendarmes?|gendarmerie|policiers|casques\s+bleus|"
                          r"forces\s+(?:de\s+s[ée]curit[ée]|de\s+d[ée]fense|arm[ée]es|de\s+l['’]ordre)|convoi\s+militaire)\b", re.I)

#: The state's armed agents as the source of a report, not a party to the
#: event: "gunmen killed 20 people, police said", « selon la police ».
STATE_SPEAKER = re.compile(
    r"\b(?:police|army|military|troops)\s+(?:said|says|say|told|reported|confirmed|added|spokes\w+|chief|commissioner)\b|"
    r"\b(?:according\s+to|said\s+the|told\s+the|a\s+(?:local\s+)?)\s*(?:the\s+)?(?:local\s+|state\s+)?"
    r"(?:police|army|military)(?:\s+(?:spokes\w+|officials?|sources?))?\b|"
    r"\bselon\s+(?:la\s+|l['’]\s*)?(?:police|arm[ée]e|gendarmerie)\b|\b(?:a|ont)\s+(?:indiqu[ée]|d[ée]clar[ée]|rapport[ée]|confirm[ée])\s+"
    r"(?:la\s+|l['’]\s*)?(?:police|arm[ée]e|gendarmerie)\b|\b(?:l['’]\s*arm[ée]e|la\s+gendarmerie)\s+(?:a|ont)\s+(?:indiqu[ée]|d[ée]clar[ée]|annonc[ée]|confirm[ée]|affirm[ée])|\b(?:la\s+)?police\s+a\s+(?:indiqu[ée]|d[ée]clar[ée]|confirm[ée])", re.I)

#: Distances and directions: "ten kilometres from", "north of", « au sud de ».
DISTANCE_WORDS = r"km|kilom[eè]tres?|kilometers?|kilometres?|miles?"
DIRECTION_WORDS = (r"north|south|east|west|north-?east|north-?west|south-?east|south-?west|nord|sud|est|ouest|"
                   r"nord-est|nord-ouest|sud-est|sud-ouest")
#: "ten kilometres from Port-au-Prince", "the north coast of Haiti": a place
#: that only situates something else by a distance or direction from it.  It
#: is neither an incident site (extract) nor the story's place (geocode).
#: (But « la banlieue sud de Beyrouth », « les quartiers nord de Marseille »
#: are parts of the city.)
RELATIVE_POSITION = (rf"\b(?<!banlieue\s)(?<!banlieues\s)(?<!quartiers\s)(?<!faubourgs\s)"
                     rf"(?:{DISTANCE_WORDS}|{DIRECTION_WORDS})\s+(?:[\w'’-]+\s+){{0,3}}?"
                     r"(?:of|from|de|du|d['’])")
#: A word that does not open another clause: no auxiliary, no verb of what befell someone, no
#: conjunction of time or cause.  The phrases that run over a few words to a place stop at it: "a
#: student [at Lyon]" is where one studied, but "a student was shot in Ibagué" where one was shot;
#: « un policier originaire de Jacmel a été tué à Carrefour » was killed in Carrefour.
_SAME_CLAUSE = (r"(?!(?:a|ont|avait|avaient|[ée]t[ée]|est|sont|fut|was|were|is|are|has|had|have|been|got|"
                r"that|que|qu|qui|who|which|after|apr[èe]s|before|avant|when|lorsque|quand|while|alors|since|depuis|"
                r"tu[ée]e?s?|abattue?s?|attaqu[ée]e?s?|bless[ée]e?s?|enlev[ée]e?s?|kidnapp[ée]e?s?|assassin[ée]e?s?|"
                r"arr[êe]t[ée]e?s?|interpell[ée]e?s?|shot|killed|attacked|wounded|abducted|kidnapped|stabbed|murdered|"
                r"arrested|detained)\b)")

#: A preposition right before a place: "protesters in Nairobi denounced" were in Nairobi; "in Johnson"
#: is a town, whatever surname the story gives a person.
PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|of|from|to|near|outside|inside|à|au|aux|dans|de|du|des|en|d['’]|"
                                      r"pr[èe]s\s+de)\s*$", re.I)

#: Those who hold a place's offices: "the mayor of Uruapan", « la police de Dar es Salaam », "the army
#: chief in Abuja", "Gonaïves police".
_OFFICE_HOLDERS = (r"police|policiers|mayor|maire|governor|gouverneur|pr[ée]fet|prefect|commissaire|commissioner|"
                   r"chiefs?|chef|authorities|autorit[ée]s|ministers?|ministre|president|pr[ée]sident|government|"
                   r"gouvernement|spokes(?:man|woman|person)|porte-parole|officials?|responsables?|commanders?")
#: A town named for its office holders, before ("the mayor of the nearby commune of Gros-Morne") or
#: after it ("Lagos police", "Jackson's mayor"), or the seat an official speaks from ("the army chief in
#: Abuja condemned the raid").
OFFICE_OF_BEFORE = re.compile(
    r"\b(?:" + _OFFICE_HOLDERS + r")\s+(?:[\w'’-]+\s+){0,2}?(?:of|de|du|des|d['’])\s*(?:the\s+|la\s+|le\s+|l['’]\s*)?"
    r"(?:(?:[\w'’-]+\s+){0,2}?(?:commune|town|city|village|municipality|ville|localit[ée]|r[ée]gion|region|province|"
    r"state|district|d[ée]partement|department|cercle|pr[ée]fecture|gouvernorat|governorate)\s+(?:of|de|du|d['’])\s*)?$",
    re.I)
OFFICE_AFTER = re.compile(r"(?:['’]s)?\s+(?:police|mayor|governor|authorities|residents|city|state|county)\b", re.I)
OFFICIAL_IN_BEFORE = re.compile(r"\b(?:" + _OFFICE_HOLDERS + r")\s+(?:in|at|à|au)\s*$", re.I)

#: What is said of a person right after a name, never of a town: "Snyder is a
#: representative of Glow Ministries", "Snyder's kidnappers demanded $300,000",
#: « Dorval est un militant connu ».
PERSON_AFTER = re.compile(
    r"\s+(?:is|was|est|était)\s+(?:a|an|the|one\s+of\s+the|un|une|le|la|l['’])\s*(?:[\w'’-]+\s+){0,2}?"
    r"(?:representative|spokes(?:man|woman|person)|member|missionary|pastor|priest|nun|official|leader|lawyer|"
    r"attorney|activist|journalist|reporter|photographer|teacher|professor|student|doctor|nurse|commander|officer|"
    r"director|founder|chairman|chairwoman|employee|worker|volunteer|businessman|businesswoman|farmer|veteran|"
    r"father|mother|son|daughter|wife|husband|brother|sister|native|suspect|survivor|witness|"
    r"repr[ée]sentante?|porte-parole|membre|pasteur|pr[êe]tre|religieuse|responsable|dirigeante?|avocate?|"
    r"militante?|journaliste|enseignante?|professeure?|[ée]tudiante?|m[ée]decin|infirmi[èe]re?|commandant|"
    r"directeur|directrice|fondat(?:eur|rice)|employ[ée]e?|b[ée]n[ée]vole|homme\s+d['’]affaires|"
    r"p[èe]re|m[èe]re|fils|fille|[ée]pouse|[ée]poux|fr[èe]re|s[œo]eur|suspecte?|t[ée]moin)s?\b|"
    # a brand's product, not a town: "Honda motorcycle and Toyota car showrooms", "a Toyota Hilux"
    # (but "a Mogadishu car bomb", "a Kabul truck bomb" are the city's)
    r"\s+(?:car|cars|motorcycles?|motorbikes?|trucks?|pick-?ups?|SUVs?|sedans?|showrooms?|dealerships?|Hilux|"
    r"Land\s+Cruisers?|Corolla|Camry)\b(?!\s+(?:bomb|bombs|bombing|bombings|attack|explosion|blast))|"
    r"['’]s\s+(?:kidnappers|abductors|captors|killers|relatives|wife|husband|lawyer|attorney|son|daughter|"
    r"father|mother|funeral|release|death(?!\s+toll)|murder|arrest|abduction|kidnapping)\b", re.I)


#: The phrases right before a place that make it a mere mention in an event
#: sentence: travel and origin ("a visit to", "police from"), where someone
#: lives, was born or is based, an organisation's or a newspaper's name, a
#: road between two towns, where a statement was made, a distance or a
#: direction from it, an office-holder of it, a state's agents from it.
NOT_SITE_BEFORE = prefiltered(
    # a time zone's city: "at 10:00 on Tuesday (same time in Lisbon)" (« heure de Paris »: see the clock's town below)
    r"\b(?:same\s+time\s+(?:as\s+)?in|local\s+time\s+in|time\s+zone\s+(?:of|in))\s*$|"
    # a place told to empty before a strike is not yet hit: « un appel israélien à évacuer la ville de
    # Baalbeck », "the army ordered residents to evacuate Tyre"
    r"\b(?:appel(?:ait|aient|ant|é|e|er|és?)?|appels|ordre|ordonn\w*|somm\w*|exhort\w*|call(?:ed|ing|s)?|urg(?:ed|ing|es)|"
    r"order(?:ed|ing|s)?|warn(?:ed|ing|s)?|told)\s+(?:[\w'’-]+\s+){0,5}?(?:à\s+|d['’]\s*|de\s+|to\s+)(?:[ée]vacuer|evacuate)\s+"
    r"(?:[\w'’-]+\s+){0,4}?$|"
    # where shots were only heard: « des détonations ont été entendues jusqu'au quartier de Santo »,
    # "gunfire could be heard as far as Tabarre"
    r"\b(?:entendu\w*|heard)\s+(?:[\w'’-]+\s+){0,4}?(?:jusqu['’]\s*(?:à|au|aux|en)|as\s+far\s+(?:away\s+)?as)\s+"
    r"(?:(?:la\s+|the\s+)?(?:quartier|zone|localit[ée]|commune|neighbou?rhood|town|district)\s+(?:de|d['’]|of)\s*)?$|"
    # a consequence, not an event: « la fermeture des écoles dans les communes de Pétion-Ville et de Tabarre »
    r"\b(?:fermeture|closure|closing)\s+(?:des?|of)\s+(?:the\s+)?(?:[ée]coles|schools|classes|lyc[ée]es|commerces|shops|"
    r"businesses|bureaux|offices|banques|banks|march[ée]s|markets)\b[^.;:]{0,60}$|"
    # where a victim worked or studied: "a mathematics professor at the State University of Haiti",
    # « pwofesè Matematik nan Inivèsite Leta d Ayiti » (but "a gunman killed two students at Kabul
    # University", « tué deux étudiants à l'université »: where the verb before struck them)
    r"^(?!.*\b(?:killed|killing|shot|stabbed|attacked|abducted|kidnapped|wounded|injured|massacred|gunned\s+down|"
    r"tu[ée]e?s?|tuant|abattu\w*|bless[ée]\w*|enlev[ée]\w*|kidnapp[ée]\w*|assassin[ée]\w*)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:professors?|teachers?|lecturers?|students?|employees?|professeure?s?|enseignante?s?|[ée]tudiante?s?|"
    r"employ[ée]e?s?)\b).*"
    r"\b(?:professors?|teachers?|lecturers?|students?|employees?|professeure?s?|enseignante?s?|[ée]tudiante?s?|"
    r"employ[ée]e?s?|pwofes[èe]|etidyan|anplwaye)\b(?:\s+" + _SAME_CLAUSE + r"[\w'’-]+){0,3}?\s+(?:at|of|nan|lan|à|au|de|du|d['’])\s*"
    r"(?:the\s+|la\s+|le\s+|l['’])?$|"
    # a vessel named after a town: « le bateau Tombouctou », "the ferry Le Joola", "MV Kigoma"
    r"\b(?:bateau|navire|ferry|paquebot|cargo|vessel|ship|boat|steamer|MV|M/V)\s+(?:[«“\"]\s*)?$|"
    # a trip's end or start, named as the verb's object: « le président regagnait Ouagadougou », "left Kabul"
    r"\b(?:regagn\w*|rejoindre|rejoint|quitt(?:er|[ée]e?s?|ait|aient|ant)|left|leaving)\s+(?:the\s+|la\s+|le\s+|l['’])?$|"
    # a river, not the town of its name: « la cité des bords de l'Elbe », "on the banks of the river Niger"
    r"\b(?:bords?|rives?|berges?)\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+)(?:fleuve\s+)?$|"
    r"\b(?:banks?|shores?)\s+of\s+the\s+river\s+$|"
    # a lake named after its country: "the Lake Chad region", « les îles du lac Tchad »
    r"\b(?i:lake|lac)\s+$|"
    # a train's or a convoy's run: "the Jaffar Express going from Quetta to Peshawar"
    r"\bgoing\s+(?:from\s+(?-i:[A-ZÀ-Ý])[\w'’ -]{0,40}?\s+)?(?:from|to|towards?)\s+$|"
    # the far end of a stretch: « de Koulikoro, près de Bamako, jusqu'à Gao » (but « la peur s'est
    # propagée jusqu'à Fermathe, où des tirs... » reached it)
    r"\b(?:de|depuis|from)\s+(?-i:[A-ZÀ-Ý])[^.;:]{0,60}\bjusqu['’]\s*(?:à|au|aux|en)\s+$|"
    # the far end of what a bridge or a road joins: "the bridge that links the town with Dajabón",
    # « la route qui relie Mirebalais à Hinche »
    r"\b(?:links?|linking|connects?|connecting|reli(?:e|ent|ant))\s+(?:[\w'’-]+\s+){0,4}?(?:with|to|and|à|au|et)\s+$|"
    # ...and its start, when a service runs it: « une liaison de Koulikoro », "a bus that runs from Kano"
    r"\b(?:liaisons?|lignes?|trajets?|itin[ée]raires?|link|service|runs?|plies|ply)\b(?:\s+[\w'’-]+){0,6}?\s+(?:de|depuis|from)\s+$|"
    r"(?:\b(?:visit(?:ed|s|ing)?|trip|travel+(?:ed|ing)?|flew|fled|returned|deployed|sent|moved|exiled|headed|"
    r"s[ée]jour|rentr(?:ait|aient|ant|[ée]e?s?)|"
    r"flight|deal|talks|summit|meeting|conference|based|headquartered|born|flee|fleeing|reyinyon|vizit|"
    r"fuite|fui|fuient|fuir|fuyant|fuyaient|"
    r"rend(?:ait|aient|ant)|se\s+rendre|"
    r"(?<!their\s)(?<!his\s)(?<!her\s)(?<!our\s)(?<!my\s)(?<!your\s)(?<!for\s)lives?(?!\s+(?:rounds|ammunition|bullets|fire|shots|grenades|broadcast|coverage|footage|feed|stream|video|updates)\b)|living|studied|"
    r"arriv(?:ed|es|ing|[ée]e?s?)|bound|towards?|heading|seeking|taken|rushed|transported|airlifted|evacuated|"
    r"h[ée]liport[ée]e?s?|flown|"
    r"treated|admitted|transf[ée]r[ée]e?s?|transport[ée]e?s?|[ée]vacu[ée]e?s?|hospitalis[ée]e?s?|soign[ée]e?s?|"
    r"visite|voyage|rendu|envoy[ée]s?|d[ée]ploy[ée]s?|r[ée]fugi[ée]s?|exil[ée]|bas(?:é|ée|és|ées)|n(?:é|ée)|originaires?|"
    r"soti|kouri\s+al|al|ale|rive)\b"
    # (the words between never cross into another clause: « un policier originaire de Jacmel a été tué à
    # Carrefour », "flown to a hospital in Miami after the attack in Cap-Haïtien")
    r"(?:\s+" + _SAME_CLAUSE + r"[\w'’-]+){0,8}(?:,\s+(?:notamment|surtout|including|especially|such\s+as))?\s+(?:to|from|in|with|at|for|à|au|aux|en|de|du|des|vers|pour|jis|nan|lan)|"
    # "fled from X", but "video from X showed gunfire" shows X
    r"(?<!video\s)(?<!videos\s)(?<!footage\s)(?<!images\s)(?<!photos\s)(?<!pictures\s)(?<!reports\s)"
    # ...but "escaped from the National Penitentiary", "abducted from their homes in X" happened there
    r"(?<!escaped\s)(?<!escape\s)(?<!abducted\s)(?<!kidnapped\s)(?<!snatched\s)(?<!stolen\s)(?<!looted\s)"
    # ...and "protests escalated from Boston to San Francisco" spans both
    r"(?<!spread\s)(?<!escalated\s)(?<!stretched\s)(?<!ranged\s)(?<!extended\s)(?<!raged\s)\bfrom|"
    r"\b(?:are|is|were|was|come|came|hail(?:s|ed)?)\s+from(?:,?\s+[\w'’-]+){1,8}\s+in|"
    r"\b(?:front|union|association|mouvement|movement|coalition|comit[ée]|committee|council|conseil|r[ée]seau|network|"
    r"radio|journal|newspaper|t[ée]l[ée]vision|sentinel|herald|times|tribune|gazette|party|parti|federation|f[ée]d[ée]ration|chamber|chambre|league|ligue|"
    r"brigade|army|arm[ée]e|rebels?|rebelles?|"
    # a person's office: "capital city police officer of Peshawar", « le commissaire de Jacmel »
    r"officers?|chief|chef|commander|commissioner|superintendent|governor|mayor|commandant|commissaire|pr[ée]fet|maire|"
    r"d[ée]l[ée]gu[ée])"
    # ...whose name runs on, but not into where it met: "a party rally on the outskirts of Khar"
    # (nor into a verb: « les rebelles se sont emparés de Goma »)
    r"(?:\s+(?!(?:on|in|at|near|outside|sur|dans|pr[èe]s|à|au|aux|se|s['’]\w*|sont|ont|a|est|[ée]taient|avaient|"
    r"have|has|had|were|was|are|is)\b)[\w'’\"“”«»-]+){0,3}\s+(?:of|de|du|des|d['’])|"
    # a chronic state, not an event: "the violence that plagues the capital", « l'insécurité qui gangrène la ville »
    r"\b(?:violence|insecurity|unrest|instability|crime|lawlessness|ins[ée]curit[ée]|violences?|crise)\s+"
    r"(?:that\s+|which\s+|qui\s+)?(?:has\s+|have\s+|a\s+)?(?:long\s+)?(?:plagu|grip|wrack|rack|engulf|ravag|haunt|beset|"
    r"bedevil|sweep|swept|frapp|secou|gangr[èe]n|mine|rong|endeuill)\w*|"
    # a clock's town: « vers 8 h 45 locales (9 h 45 à Paris) », "(heure de Paris)"
    r"\b\d{1,2}\s*(?:h|heures?|:)\s*\d{0,2}\s+(?:à|in)|\bheure\s+de|"
    # where a statement was made: « a déclaré le ministre de l'Intérieur à des journalistes à Paris »
    r"\b(?:d[ée]clar[ée]|dit|annonc[ée]|affirm[ée]|indiqu[ée]|pr[ée]cis[ée]|ajout[ée]|confi[ée]|rapport[ée]|"
    r"expliqu[ée]|soulign[ée]|confirm[ée]|t[ée]moign[ée]|racont[ée])\s+"
    r"(?:(?!que\b|qu['’])[\w'’-]+\s+){1,14}?(?:à|au|depuis)|"
    # what is planned, not what happened: "leaders were due to meet in Kampala"
    r"\b(?:due|set|scheduled|expected|plan(?:s|ned)?|doivent|devait|devaient|doit)\s+(?:to\s+)?(?:meet|gather|convene|"
    r"travel|visit|attend|hold|se\s+r[ée]unir|rencontrer|se\s+rendre)(?:\s+[\w'’-]+){0,4}?\s+(?:in|at|à|au|en)|"
    # where suspects come from: "believed to be from other states, notably Pará and Bahia"
    r"\bfrom\s+(?:other|neighbou?ring|several|various)\s+(?:states|provinces|countries|regions|cities|towns|departments)"
    r",?\s+(?:notably|including|such\s+as|namely|like|in\s+particular)|"
    # the seat of a government or junta: « la junte au pouvoir à Ouagadougou », "the government in Kabul"
    r"\b(?:au\s+pouvoir|in\s+power)\s+(?:à|au|in)|"
    r"\b(?:junta|junte|regime|r[ée]gime|government|gouvernement)\s+(?:in|à|de|d['’])|"
    # where attackers set out from: « les bandits seraient partis de Carrefour avant d'atteindre Kenscoff »,
    # "the gunmen set off from Ngala"
    r"\b(?:bandits|gangs?|gangsters|hommes\s+arm[ée]s|assaillants|attaquants|jihadistes|djihadistes|terroristes|"
    r"gunmen|attackers|militants|fighters|assailants)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:sont|seraient|étaient|"
    r"auraient\s+été)\s+)?(?:partis|venus|arriv[ée]s|set\s+off|had\s+come|came|crossed\s+over)\s+(?:de|du|des|d['’]|from)|"
    # coming from gathering points: « venant des différents postes de rassemblement, dont Milot »
    r"\b(?:venant|provenant|coming|en\s+provenance)\s+(?:[\w'’-]+[\s,]+){0,6}?(?:de|du|des|d['’]|dont|from)|"
    # where a bus or a flight was going: « un autocar … à destination de Port-au-Prince »
    r"\b(?:à|a)\s+destination\s+(?:de|du|des|d['’])|"
    # a party or movement named after a place: « le parti politique Pitit Desalin »
    # (its name right after it: "a party rally in Kano", "a birthday party in Jacmel" happened there)
    r"\b(?:parti|party|mouvement|movement|plateforme|platform)(?:\s+politique|\s+political)?"
    r"(?=(?:\s*[«“\"]|\s+(?-i:[A-ZÀ-Ý])[\w'’-]*){0,3}\s*$)(?:\s*[«“\"]|\s+(?-i:[A-ZÀ-Ý])[\w'’-]*){0,3}|"
    # a person's name: « un jeune garçon du nom d'Anderson Joseph »
    r"\bdu\s+nom\s+d(?:e\s+|['’]\s*)|\b(?:surnomm[ée]e?|alias|identified\s+as|identifi[ée]e?\s+comme)|"
    # where a person comes from: « un chauffeur poids lourd de Saint-Dié », « une étudiante de Lyon »
    r"\b(?:chauffeur|camionneur|routier|enseignante?|professeure?|commer[çc]ante?|agricult(?:eur|rice)|ouvri[eè]re?|"
    r"employ[ée]e?|infirmi[eè]re?|[ée]tudiante?|retrait[ée]e?|(?:trent|quadrag[ée]n|quinquag[ée]n|sexag[ée]n)aire)"
    r"(?:\s+" + _SAME_CLAUSE + r"[\w'’-]+){0,3}\s+(?:de|du|d['’])|"
    r"\b(?:towards?|vers|en\s+direction\s+(?:de|du|d['’])|bound\s+for|head(?:ed|ing)\s+for|en\s+tourn[ée]e\s+(?:à|au|en|dans))|"
    # where a march aims to go, not yet where it is: « [des manifestants] dans l'objectif de traverser Bourdon
    # pour atteindre le Palais national », "[protesters marched] aiming to reach the National Palace" (not
    # « des bandits … pour gagner Mirebalais, où ils ont tué »: only a march's aim)
    r"\b(?:manifest|march|protest|d[ée]fil|cort[èe]ge|rall(?:y|ies)|demonstrat)\w*[^.;:]{0,100}?"
    r"\b(?:(?:dans\s+(?:l['’]\s*objectif|le\s+but)|afin|en\s+vue)\s+(?:de\s+|d['’]\s*)|pour\s+|aiming\s+to\s+|"
    r"in\s+a\s+bid\s+to\s+|in\s+order\s+to\s+)(?:atteindre|rejoindre|gagner|traverser|reach|get\s+to|cross)|"
    # where a place lies: "Kenscoff... is located near the capital, Port-au-Prince", « situé non loin de »
    r"\b(?:(?:is|are|was|were)\s+(?:located|situated)|lies|sits|(?:est|sont)\s+situ[ée]e?s?|se\s+trouve|se\s+situe)\s+"
    r"(?:just\s+|juste\s+)?" + NEAR_WORDS + r"|"
    # a place that only situates another: "the commune that overlooks the capital", « la commune limitrophe de »
    r"\b(?:overlook(?:s|ing|ed)?|surplomb\w*|bordering|borders|limitrophe\s+(?:de|du|d['’])|jouxt\w*)|"
    # where a statement was released or a press conference held: "a statement released by his spokesman in Abuja"
    r"\b(?:statement|communiqu[ée]|press\s+conference|news\s+conference|conf[ée]rence\s+de\s+presse|deklarasyon)"
    r"(?:\s+[\w'’-]+){0,6}\s+(?:in|at|from|à|au|depuis|nan)|"
    # Creole: a road between two places (« sou wout Sid la, ant Matisan ak Kafou »)
    r"\bwout\s+(?:[\w'’-]+[\s,]+){0,3}(?:ant|soti)|"
    r"\b(?:road|highway|route|axis|axe|tron[çc]on)\s+(?:[\w'’-]+\s+){0,2}(?:between|from|linking|connecting|entre|reliant)|"
    r"\bven(?:u|us|ue|ues|ait|aient|ant|ir)\s+(?:de|du|d['’])|\b(?:soti|al|ale|rive|kouri\s+al)\s+(?:kache\s+|jis\s+)?|"
    r"\b(?:said|told|announced|declared|stated|added)\s+(?:\w+\s+){0,2}in|\bwho\s+(?:was|is|were)\s+(?:\w+\s+){0,2}in|"
    r"\b(?:deliver(?:ed|s|ing)?|gave|give|made|read|issued)\s+(?:his|her|their|its|a|the)\s+(?:\w+\s+)?"
    r"(?:statement|speech|remarks|address)(?:\s+\w+){0,2}\s+(?:in|at|from)|"
    # a place only threatened or feared for: "residents fear they could attack Delmas 30", « menacent d'attaquer Pétion-Ville »
    r"\b(?:could|might|would|(?-i:will|may)|threat\w*|fear\w*|plans?|planned|planning|vow\w*|pourrai\w*|pourr(?:a|ont)|"
    r"risqu\w*|menac\w*|craign\w*)\s+(?:[\w'’-]+\s+){0,3}?(?:attack|storm|raid|target|burn|invade|overrun|seize|"
    r"attaquer|envahir|incendier|prendre|s['’]emparer\s+d[eu'’]?)(?:\s+(?:on|in|sur|à))?|"
    r"\b(?:remain(?:s|ed|ing)?|still|reste(?:nt)?|toujours)\s+(?:being\s+)?(?:detained|held|jailed|imprisoned|in\s+custody|"
    r"under\s+house\s+arrest|d[ée]tenue?s?|incarc[ée]r[ée]e?s?|emprisonn[ée]e?s?)\s+(?:in|at|à|au|en|dans)\s*$|"
    # what a picture shows: "This map of Iraq shows the cities where violence erupted", « une carte du Mali »
    r"\b(?:map|carte|satellite\s+image|image\s+satellite)\s+(?:of|de|du|des|d['’])|"
    r"(?<!,\s)\bwhile\s+in|\b(?:left|leaving|leaves|quitt[ée]e?s?|quittant)\s+(?:[\w'’-]+\s+){1,3}?(?:for|pour)\s*$|\bvisiting|\ben\s+d[ée]placement\s+(?:à|au|en)|\bpr[ée]sente?s?\s+(?:à|au)|"
    r"\br[ée]uni(?:e|s|es)?\s+(?:[\w'’-]+\s+){0,3}(?:à|au)|\bjoints?\s+par\s+t[ée]l[ée]phone\s+(?:à|au)|\bdepuis|"
    + RELATIVE_POSITION + r"|"
    r"\b(?:mayor|maire|governor|gouverneur|d[ée]put[ée]|deputy|senator|s[ée]nateur|consul|judge|juge|prosecutor|"
    r"parquet|procureur|pr[ée]fet|prefect|bishop|[ée]v[êe]que|MP|archbishop|archev[êe]que|"
    # the people of a place who speak for it: « les responsables de l'hôpital », "hospital officials"
    r"(?:les|des)\s+responsables|porte-parole)"
    r"(?:\s+" + _SAME_CLAUSE + r"[\w'’-]+){0,3}\s+"
    # (« le commissaire au Cap-Haïtien », but not « la maison du juge à Croix-des-Bouquets », where the
    # house is: « à » only right after the office)
    r"(?:of|for|de|du|d['’])|\b(?:maire|commissaire|pr[ée]fet|d[ée]l[ée]gu[ée])(?:\s+(?:adjoint|principal|g[ée]n[ée]ral))?"
    r"\s+(?:au|à)|\b(?:consul|ambassadeur)(?:\s+(?:honoraire|g[ée]n[ée]ral))?(?:\s+de\s+(?-i:[A-ZÀ-Ý])[\w'’-]+)?\s+(?:au|à)|"
    r"\b(?:police|troops|forces|soldiers|peacekeepers?|officers|government|president|minister|embassy|ambassador|"
    r"delegation|envoy|nationals?|citizens?|policiers|soldats|casques\s+bleus|gouvernement|pr[ée]sident|ministre|"
    r"ambassade|ambassadeur|ressortissants?)\s+(?:of|from|de|du|d['’]))\s*(?:the\s+|la\s+|le\s+|l['’])?" + APPOSITIVE,
    re.I,
)

#: "the West Bank city of", "the northern town of": what introduces a town, skipped before the phrases
#: that make a place a mere mention.
TOWN_OF_BEFORE = prefiltered(r"\s+(?:the|a|an|la|le|l['’])\s*(?:(?!(?:to|towards?|from|in|at|of|and|or|into|near|"
                             r"vers|de|à)\b)[\w'’-]+\s+){0,3}(?:city|town|village|port|capital|ville|localité|commune)\s+"
                             r"(?:of|de|d['’])\s*$", re.I)

#: Verbs of speech, in English, French and Creole.
SPEECH_WORDS = (r"said|says|told|announced|stated|declared|added|called|urged|condemned|warned|promised|"
                 r"a\s+d[ée]clar[ée]|a\s+annonc[ée]|a\s+indiqu[ée]|a\s+affirm[ée]|a\s+pr[ée]cis[ée]|a\s+dit|a\s+appel[ée]|"
                 r"a\s+condamn[ée]|a\s+promis|di|deklare")

#: "In Kyiv, the president said...", « À Port-au-Prince, le ministre a déclaré... »:
#: a place that opens a sentence whose verb is one of speech is where it was said.
SPEECH_OPENING = prefiltered(r"^\W*(?:in|à|a|au|nan|depuis|from)\s+$", re.I)

#: A verb of speech soon after that opening place.
SPEECH_SOON = prefiltered(rf"^[^.;:]{{0,80}}?\b(?:{SPEECH_WORDS})\b", re.I)

#: Care of a victim right before a hospital ("taken to", "died at"): the
#: hospital is where they were treated, not where they were attacked.
CARED_FOR = prefiltered(r"\b(?:(?:taken|rushed|brought|evacuated|transported|airlifted|flown)\s+(?:them\s+|him\s+|her\s+)?to|died|dies|succumbed|treated|recovering|admitted|"
                        # « subissent une intervention chirurgicale à l'hôpital », "underwent surgery at a hospital"
                        r"(?:underwent|undergoing|undergoes|undergo)\s+(?:\w+\s+)?surgery|interventions?\s+chirurgicales?|d[ée]c[ée]d[ée]e?s?|morte?s?|soign[ée]e?s?|"
                        r"transport[ée]e?s?|conduit(?:e|s|es)?|achemin[ée]e?s?|admis(?:e|es)?|[ée]vacu[ée]e?s?|"
                        r"hospitalis[ée]e?s?|mouri)\b", re.I)

#: "to hospitals in the provincial capital Peshawar", « vers l'hôpital de
#: Saint-Marc »: the town of the hospital a victim was taken to, which with a
#: verb of care before it (:data:`CARED_FOR`) is no site either.
HOSPITAL_IN_BEFORE = prefiltered(
    r"\b(?:hospitals?|clinics?|(?:medical|health|trauma)\s+(?:centres?|centers?|facilit(?:y|ies))|h[ôo]pita(?:l|ux)|cliniques?|"
    r"centres?\s+(?:hospitaliers?|de\s+sant[ée]|de\s+soins|m[ée]dica(?:l|ux))|lopital)\s+(?:in|at|of|à|au|de|du|d['’]|nan)\s+"
    r"(?:the\s+|la\s+|le\s+|l['’])?(?:[\w'’-]+\s+){0,3}?" + APPOSITIVE, re.I)

#: "since the 2004 Madrid bombings": a year right before a place names an
#: earlier event the story compares with, not one it reports.
YEAR_BEFORE = prefiltered(r"\b(?:19|20)\d\d\s+$")

#: "in Caracas in 2017" in a 2019 story: a place dated to an earlier year is a comparison.
YEAR_AFTER = prefiltered(r"^\s*,?\s+(?:in|en|back\s+in)\s+((?:19|20)\d\d)\b(?!\s*[-–]\s*(?:19|20)?\d\d)")

#: ...or a year before the story's, by its distance: "a teacher kidnapped in Port-au-Prince last year",
#: « enlevé à Port-au-Prince l'an dernier ».
LAST_YEAR_AFTER = prefiltered(r"^\s*,?\s+(?:last\s+year|the\s+year\s+before|l['’]an\s+(?:dernier|pass[ée])|"
                              r"l['’]ann[ée]e\s+(?:derni[èe]re|pass[ée]e|pr[ée]c[ée]dente)|"
                              r"(?:two|three|four|five|several|a\s+few)\s+years\s+ago|"
                              r"il\s+y\s+a\s+(?:deux|trois|quatre|cinq|quelques|plusieurs)\s+ans)\b", re.I)

#: "a 2018 attack in Port-au-Prince's La Saline slum", « le massacre de 2018 à … »:
#: an event of an earlier year, named in passing.
EARLIER_EVENT = prefiltered(
    r"\b(?:a|an|the|its|their|un|une|le|la|l['’])\s+(?P<year>(?:19|20)\d\d)\s+(?:[\w-]+\s+){1,2}(?:in|at|on|against|à|au|contre)\s+"
    r"(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+['’]s\s+)?$|"
    r"\b(?:massacre|attaque|attentat|tuerie|attack)s?\s+de\s+(?P<year2>(?:19|20)\d\d)\s+(?:à|au|a|dans)\s+(?:la\s+|le\s+|l['’])?$",
    re.I)

#: Natural hazards: "after Hurricane Matthew hit Jeremie" is no incident site,
#: and their damage is no looting or destruction.
HAZARD = prefiltered(r"hurricane|earthquake|quake|flood|landslide|cyclone|tropical\s+storm|typhoon|tsunami|drought|"
                     r"(?:bus|car|truck|lorry|road|plane|train|vehicle|traffic|motorcycle|boat|helicopter)\s+(?:crash|collision|accident)|"
                     r"shipwreck|capsiz|drown|naufrage|chavir|noy[ée]|road\s+accident|accident\s+de\s+(?:la\s+)?(?:route|circulation)|"
                     r"s[ée]isme|tremblement\s+de\s+terre|ouragan|inondation|glissement\s+de\s+terrain|cyclone|"
                     r"tranbleman\s+t[èe]", re.I)

#: Destruction only people do: looting, arson, ransacking.  A hurricane in the
#: same sentence ("trucks were looted ... after Hurricane Matthew") is no cause.
HUMAN_DESTRUCTION = prefiltered(r"loot|ransack|torch|set\s+(?:on\s+)?fire|set\s+(?:ablaze|alight)|arson|pill|saccag|"
                                r"mis\s+le\s+feu|vandalis|piye|incendi|br(?:oke|eak(?:ing)?)\s+into|carried\s+off|"
                                r"made\s+off|emport", re.I)

#: Credits and captions: "Reporting by ...", "X contributed to this report",
#: an agency's desks and day in brackets ("(Rome, Paris, 22 février 2025)"),
#: a line that opens with "Photo:" (one that only closes a sentence run on
#: into it is no credit for that sentence's places).
CREDIT = prefiltered(r"^\W*\(\s*(?:(?-i:[A-ZÀ-Ý])[\w'’-]+(?:[\s-]+(?-i:[A-ZÀ-Ý])[\w'’-]+)*\s*,\s*)+\d{1,2}(?:er)?\s+\w+\.?\s+\d{4}\s*\)\W*$|"
                     r"contributed\s+to\s+this\s+report|\breporting\s+by\b|\bwriting\s+by\b|\bediting\s+by\b|"
                     r"^\W*(?:\w+\s+){0,3}photo(?:graph)?\s*:|\(ici\s+le\b|\bpictured\b|\bfile\s+photo\b|"
                     r"^\W*(?:by|par|correspondance|correspondent)\s+(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+){0,3}\W*$", re.I)

#: "Taipei's embassy", "the Sinaloa cartel", "the Al-Aqsa Martyrs Brigades":
#: the place names whose mission or which group, not where something happened.
OWNER_AFTER = prefiltered(r"^(?:(?:['’]s?)?\s+(?:drug\s+|armed\s+|criminal\s+|rebel\s+|(?-i:[A-Z][\w'’-]+\s+))?"
                          r"(?:embassy|consulate|ambassade|"
                          r"consulat|cartels?|gangs?|militias?|militiamen|fighters|insurgents|combatants|clan|brigades?|fronts?|"
                          # "the Canapé-Vert vigilante group", "the Pèlerin self-defence brigades"
                          r"(?:vigilantes?|self-defen[cs]e)(?:\s+(?:groups?|brigades?|committees?|forces?|units?))?|"
                          r"movements?|federation|mafia|"
                          # a newspaper's title: "The Sydney Morning Herald", "the Kabul Times"
                          r"(?-i:(?:Morning|Evening|Daily|Sunday|Weekly)\s+)?(?-i:Herald|Tribune|Times|Post|Gazette|"
                          r"Telegraph|Chronicle|Courier|Observer|Journal|Monitor)|"
                          # an armed group named after its land: "the West Papua National Liberation Army"
                          r"(?-i:(?:(?-i:[A-Z])[\w'’-]+\s+){0,2}(?:Army|Liberation\s+Front|Liberation\s+Movement|Armed\s+Forces))|"
                          # an official named by the place he serves: "his Nasarawa counterpart, Governor Sule"
                          # ...and by title: "Missouri Gov. Jay Nixon", "Kaduna State Governor"
                          r"counterparts?|governor|gov(?=\.)|lt\.\s+gov(?=\.)|attorney\s+general|mayor|lawmakers?|senators?|"
                          r"sen(?=\.)|rep(?=\.)|officials?|authorities|"
                          # a treaty or a meeting named after its town: "the Geneva agreements", "the Minsk accords"
                          r"agreements?|accords?|protocols?|peace\s+(?:deal|agreement|plan)|"
                          # a force's unit named by the area it serves: "Kano State Command", "Ungoggo Division"
                          r"(?:police\s+)?command|"
                          # a newspaper or station named by its city: "the Port-au-Prince newspaper Le Nouvelliste"
                          r"(?:daily\s+|weekly\s+)?(?:newspapers?|dailies|weeklies|tabloids?|broadcasters?|radio\s+stations?|"
                          r"TV\s+stations?|television\s+stations?|news\s+(?:sites?|outlets?|agency|agencies)|outlets?))\b|"
                          r"-(?:based|born|bound|registered|headquartered)\b|"
                          # a capital standing for its government: "Tehran's repressive policies", "Kigali's allies"
                          # (but "Haiti's government declared a state of emergency" declares it over Haiti)
                          r"['’]s\s+(?:[\w-]+\s+){0,2}(?:polic(?:y|ies)|regime|rulers|stance|allies|diplomacy|propaganda)\b)", re.I)

#: A place right before a verb of speech is where a statement was made:
#: "a spokesman at the United Nations in New York also said".
SPEECH_AFTER = prefiltered(
    r"^\s*(?:\w+\s+){0,2}?(?:said|says|told|announced|stated|declared|added|a\s+d[ée]clar[ée]|a\s+annonc[ée]|"
    r"a\s+indiqu[ée]|a\s+affirm[ée]|a\s+pr[ée]cis[ée]|a\s+dit)\b", re.I)
#: What a building's occupants say, named by their building: "the U.S. Embassy in Colombo meanwhile raised
#: concerns over the shooting" (asked of facilities only: "protesters in Nairobi issued a statement" were there).
BUILDING_SPEAKS_AFTER = prefiltered(
    r"^\s*(?:\w+\s+){0,2}?(?:raised\s+concerns?|expressed\s+(?:its\s+|their\s+)?(?:deep\s+|grave\s+)?"
    r"(?:concern|alarm|regret|condolences)|issued\s+a\s+statement|condemned|urged|called\s+(?:for|on)|"
    r"a\s+exprim[ée]\s+(?:sa|son|ses)\s+(?:pr[ée]occupation|inqui[ée]tude|regrets?|condol[ée]ances)|a\s+condamn[ée]|"
    r"a\s+appel[ée])\b", re.I)
#: A capital speaking for its government, as the bare subject of a verb of judging: « Washington a
#: évoqué des tirs croisés », « Paris a dénoncé », "Washington condemned" (a town after a preposition,
#: "protesters in Nairobi denounced", is where they were).
GOVERNMENT_SPEAKS_AFTER = prefiltered(
    r"^\s+(?:described|denied|blamed|condemned|denounced|critici[sz]ed|welcomed|deplored|"
    r"(?:a|ont)\s+(?:[ée]voqu[ée]|d[ée]nonc[ée]|estim[ée]|assur[ée]|soulign[ée]|expliqu[ée]|d[ée]menti|qualifi[ée]|"
    r"averti|jug[ée]|salu[ée]|regrett[ée]|reconnu|accus[ée]|condamn[ée]))\b", re.I)

#: Joins of a list: "from Brazil and Bolivia", « de France et du Canada ».
LIST_JOIN = prefiltered(r"^\s*(?:,\s*(?:and\s+|et\s+|ak\s+|oswa\s+)?|\s+(?:and|or|et|ou|ak|oswa)\s+(?:the\s+|du\s+|de\s+la\s+|de\s+l['’]|des\s+|de\s+)?)$",
                        re.I)

#: A sentence about another event than the one just told: "a similar drone
#: operation in downtown Port-au-Prince earlier this month", « une autre
#: attaque la semaine dernière ».  Its place is no loose mention of a site
#: told elsewhere in the story.
ANOTHER_EVENT = prefiltered(
    r"\b(?:a|an)\s+(?:similar|separate|earlier|previous|prior)\s+(?:[\w-]+\s+){0,2}?(?:attack|assault|raid|bombing|"
    r"strike|operation|incident|shooting|massacre|explosion|blast)s?\b|\banother\s+(?:[\w-]+\s+)?(?:attack|assault|raid|"
    r"bombing|strike|operation|incident|shooting|massacre|explosion|blast)\b|"
    r"\b(?:une?|l['’])\s*(?:autre|pr[ée]c[ée]dente?|pareille)\s+(?:attaque|op[ée]ration|frappe|incident|fusillade|explosion|"
    r"massacre|tuerie)\b|\b(?:une?)\s+(?:attaque|op[ée]ration|frappe|fusillade|explosion)\s+(?:similaire|semblable|"
    r"analogue|pr[ée]c[ée]dente)\b", re.I)

#: Words that tell of one more actor or event than those told: "another group", « un autre groupe »,
#: "a second attack" (lower-case "new", not New York).
ONE_MORE = re.compile(r"\b(?:another|other|a\s+second|un\s+autre|une\s+autre|d['’]autres|un\s+second|une\s+seconde|"
                      r"un\s+deuxi[èe]me|une\s+deuxi[èe]me|(?-i:nouvel(?:le)?|new))\b", re.I)

#: A sentence told as earlier than the story's event: "a week earlier", « il y a deux semaines ».
EARLIER_TIME = prefiltered(
    r"\b(?:a|one|two|three|four|five|several|a\s+few)\s+(?:days?|weeks?|months?)\s+(?:earlier|before\b(?!\s+\w)|ago)\b|"
    r"\bearlier\s+(?:this|that|in\s+the)\s+(?:week|month)\b|\b(?:days?|weeks?|months?)\s+after\s+(?:a|an)\s|"
    r"\b(?:une|deux|trois|quelques|plusieurs)\s+(?:jours|semaines?|mois)\s+(?:plus\s+t[ôo]t|auparavant|avant\b(?!\s+\w))|"
    r"\bil\s+y\s+a\s+(?:une|deux|trois|quelques|plusieurs)\s+(?:jours|semaines?|mois)\b", re.I)

#: The nouns that call the name after them ("the village of", « la localité de ») a settlement.
SETTLEMENT_WORDS = r"villages?|towns?|city|cities|hamlets?|locality|localities|communit(?:y|ies)|localit[ée]s?|bourgades?|bourgs?|communes?|villes?"

#: Words that mark a name the gazetteer lacks as a village or quarter: before
#: it (« dans la zone de », "near", "the village of") or after it (", a town
#: in", « , première section », "town of East Gojam", ", 15 km from").
VILLAGE_BEFORE = prefiltered(
    r"\b(?:village|town|city|hamlet|locality|community|district|woreda|kebele|zone|localit[ée]|commune|section\s+communale|"
    r"quartier|bourg|ville|r[ée]gion)\s+(?:of|de|d['’])\s*$|\bpr[èe]s\s+(?:de\s+|d['’]\s*)$|\baux\s+environs\s+(?:de\s+|d['’]\s*)$|"
    r"\b(?:near|outside)\s+$|\b(?:bas[ée]|stationn[ée]|cantonn[ée]|positionn[ée])e?s?\s+à\s+$", re.I)
VILLAGE_AFTER = prefiltered(
    r"^\s*,?\s*(?:(?:a|an|the|une?|la|le)\s+)?(?:(?:small|remote|rural|border|nearby|farming|fishing|petite?)\s+)*"
    r"(?:village|town|hamlet|locality|community|suburb|district|woreda|kebele|settlement|localit[ée]|bourgade|quartier|"
    r"(?:premi[èe]re|deuxi[èe]me|troisi[èe]me|quatri[èe]me|\d+(?:e|[èe]me|re))\s+section)\b|"
    r"^\s*,?\s*(?:à|at|about|some|located|situated|situ[ée]e?)\s+(?:(?:une|environ|quelque|about|some)\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:km|kilom)|"
    # a direction or a unit from a known place: « , au sud-est de Beni », ", north-east of Goma",
    # « , dans le territoire de Beni », ", in the district of Kalehe"
    r"^\s*,\s*(?:(?:au|à\s+l['’])\s*(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+(?:de|du|d['’])|"
    r"(?:just\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\b|"
    r"dans\s+(?:le|la|l['’])\s*(?:territoire|quartier|village|commune|secteur|groupement|chefferie|cercle|"
    r"localit[ée]|zone|arrondissement)\b|"
    r"in\s+the\s+(?:[\w-]+\s+)?(?:district|territory|county|province|region|area|chiefdom)\s+of\b)|"
    # the part of the country it lies in: « à Nassoumbou dans le nord du pays », "in the north of the country"
    r"^\s*,?\s*(?:(?:dans\s+le|au)\s+(?:nord|sud|centre|est|ouest)(?:-(?:est|ouest))?\s+du\s+pays|"
    r"in\s+the\s+(?:north|south|centre|center|east|west)(?:-?(?:east|west))?\s+of\s+the\s+country|"
    r"in\s+the\s+country['’]s\s+(?:north|south|centre|center|east|west)(?:-?(?:east|west))?)\b", re.I)

#: « Sollé dans le Nord », « Yondé au Centre-Est »: a name put in a region the
#: text names right after it (see geo.text.extract).  Not English "in": a
#: title-case headline ("Civilians Killed in Drone Strikes in Amhara") says it
#: of anything.
IN_REGION_AFTER = re.compile(r"^\s*,?\s*(?:dans\s+(?:le|la|l['’])\s*|au\s+|en\s+)(?=[A-ZÀ-Ý])")

#: An adjective between a phrase and the place it leads to, read through:
#: "herdsmen from neighbouring Nasarawa State" come from Nasarawa.
NEIGHBOURING = re.compile(r"\s(?:neighbou?ring|nearby|adjacent|voisine?s?|proches?)\s+$", re.I)

#: Between two items of a list: its joins, and the names of the items between
#: (« Laboule, Pèlerin et »), with the preposition an item repeats (« de Molenbeek et de Jette »); and
#: the word that closes a list.
_LIST_ITEM_JOIN = r"(?:\s*,\s*(?:(?:and|et|ak)\s+)?|\s+(?:and|et|ak)\s+)(?:(?:à|au|in|at)\s+|(?:de|du|d['’])\s*)?"
LIST_BETWEEN = re.compile(rf"{_LIST_ITEM_JOIN}(?:[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý0-9][\w'’-]*){{0,3}}{_LIST_ITEM_JOIN})*")
AND_WORD = re.compile(r"\b(?:and|et|ak)\b", re.I)

#: A list that goes on after a place: « Musseau et Pétion-Ville ».
LIST_GOES_ON = re.compile(r"(?:\s*,\s*|\s+(?:and|et|ak)\s+)(?:(?:and|et|ak)\s+)?(?:(?:in|at|à|au)\s+)?[A-ZÀ-Ý]")

#: Casualty words that a natural hazard can be the subject of.
CASUALTY = prefiltered(r"kill|dead|died|death|bodies|corpses|tu[ée]|mort|d[ée]c[èe]s|touye|mouri|destroy|d[ée]trui",
                       re.I)

#: "There was no clash", « Il n'y a pas eu d'affrontement », « aucune attaque »:
#: an event word the sentence denies.
NEGATED = prefiltered(r"(?:\b(?:no|not|never|without|aucune?|sans|pa\s+gen)|n['’]y\s+a(?:\s+pas|\s+eu)+\s+(?:eu\s+)?"
                      r"(?:d['’]|de\s+|des\s+)?|\bpas\s+(?:d['’]|de\s+))\s*$", re.I)
#: An event not (yet) real: planned, called for, feared, threatened, possible, or to be prevented ("a
#: protest is planned for Friday", "called for demonstrations next week", "fear that gangs could attack
#: again", « une manifestation est prévue », « les combats pourraient reprendre »); a measure lifted
#: ("lifted the curfew", « levée du couvre-feu »).  Words right before the event word, a few words apart,
#: or right after it.
UNREALISED_BEFORE = prefiltered(
    # a modal governs the verb right after it ("could attack", "would soon attack"), not a noun object of
    # another verb ("will investigate the killing")
    r"(?:\b(?:could|might|would|should|(?-i:may|will)|shall|pourrai(?:en)?t|pourront|pourra)\s+(?:\w+\s+)?$)|"
    r"(?:\b(?:plans?\s+to|planned\s+to|planning\s+to|threaten(?:s|ed|ing)?\s+to|"
    r"vow(?:s|ed)?\s+to|intends?\s+to|intended\s+to|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)\s+(?:\w+\s+)?to|"
    r"fears?|feared|fearing|risk\s+of|threat\s+of|warn(?:s|ed|ing)?\s+(?:of|against)|ahead\s+of|in\s+case\s+of|to\s+prevent|"
    r"to\s+avoid|to\s+stop|risque(?:nt)?\s+d['’e]|menac(?:e|ent|é|ait|aient)\s+d['’e]|"
    r"appel(?:le|lent|é|ait|aient)?\s+à|appel\s+à|craign(?:ent|ait|aient|ons)|crain(?:t|s)|craintes?\s+d['’e]|peur\s+d['’e]|"
    r"pour\s+(?:[ée]viter|pr[ée]venir|emp[êe]cher)|en\s+pr[ée]vision\s+d['’e]|envisag\w+\s+d['’e]|pr[ée]voi(?:t|ent)\s+d['’e]|"
    r"planned|proposed|upcoming|anticipated|would-be|prochaine?s?)"
    # (the words between stay in the clause: "fled in fear after gunmen attacked" is an attack)
    r"\s+(?:" + _SAME_CLAUSE + r"[\w'’-]+\s+){0,3}?(?:[\w'’-]+\s*/\s*)*(?:\w+['’])?$)", re.I)
#: A measure lifted, not declared: "lifted the curfew", « levée du couvre-feu » (asked of declarations only).
LIFTED_BEFORE = prefiltered(
    r"\b(?:lift(?:ed|s|ing)?|end(?:ed|s|ing)?|revok(?:ed|es|ing)|relax(?:ed|es|ing)?|eas(?:ed|es|ing)|lev[ée]e?|"
    r"l[èe]ve(?:nt)?|lever|fin|suspen\w+)\s+(?:(?:the|a|its|le|la|l['’]|du|de|d['’]|des)\s*)?(?:\w+\s+)?$", re.I)
#: The topic of a protest, not its event: « pour dénoncer l'enlèvement d'un médecin », "to protest against
#: the killings" (asked when the sentence tells of a protest).
TOPIC_BEFORE = prefiltered(
    r"\b(?:d[ée]nonc(?:er|ent|ait|aient|ant|[ée])|protest(?:er|ent|ait|aient|ant|ing|ed)?\s+(?:contre|against)|"
    r"condamn(?:er|ent|ait|aient|ant)|denounc(?:e|ed|ing)|condemn(?:ed|ing)?|contre|against|demand(?:ing|ed)?\s+justice\s+for|"
    r"r[ée]clam(?:er|ant|ent)\s+justice\s+pour|a\s+day\s+after|au\s+lendemain\s+d[eu'’])"
    r"\s+(?:" + _SAME_CLAUSE + r"[\w'’-]+\s+){0,3}?(?:\w+['’])?$", re.I)
#: What is shot with a camera: "the film shot in Nairobi", "footage shot on Sunday".
FILMED_BEFORE = prefiltered(r"\b(?:film|movie|footage|video|scenes?|documentary|series|photos?|pictures?)"
                            r"(?:\s+(?:was|were|being|been))?\s+$", re.I)
UNREALISED_AFTER = prefiltered(
    r"\w*\s+(?:(?:is|are|was|were)\s+(?:planned|scheduled|expected|set|due|called)|"
    r"(?:est|sont|[ée]tait|[ée]taient)\s+(?:pr[ée]vue?s?|annonc[ée]e?s?\s+pour|programm[ée]e?s?|envisag[ée]e?s?)|"
    r"(?:planned|scheduled|pr[ée]vue?s?|programm[ée]e?s?)\s+(?:for|pour|on|le)|"
    r"(?:could|might|would|(?-i:may|will)|pourrai(?:en)?t|pourr(?:a|ont)|risque(?:nt)?\s+de))\b", re.I)

#: A French verb inside its negation: « ils n'ont pas attaqué », « ne tirent jamais ».
NEGATED_FR = prefiltered(r"\bn(?:e\s+|['’]\s*)(?:[\w-]+\s+)?(?:pas\s+|jamais\s+|plus\s+)?$", re.I)
#: ...unless the verb is a conditional, whose negation is a counterfactual that
#: says it happens: « s'ils n'étaient pas contre nous, ils ne brûleraient pas nos maisons ».
CONDITIONAL_FR = prefiltered(r"[\w-]*(?:rais|rait|raient)\b", re.I)

#: "attacks like this", "such attacks", « des attaques de ce genre »: events
#: of a kind, named to compare; whatever else the sentence says of them
#: ("...where they were trying to assassinate someone") did not happen here.
EVENT_NOUNS = (r"(?:attacks?|assaults?|raids?|bombings?|kidnappings?|massacres?|killings?|sieges?|shootings?|"
                r"attaques?|attentats?|assauts?|enl[èe]vements?|tueries?|fusillades?|atak|kidnapin)")

#: Events of a kind, named to compare ("such attacks"): see the rule above.
GENERIC = prefiltered(rf"\b(?:such|similar|comparable|de\s+tel(?:le)?s|pareill?e?s)\s+(?:\w+\s+)?{EVENT_NOUNS}\b|"
                      rf"\b{EVENT_NOUNS}\s+(?:like\s+(?:this|these|that|those|it)\b|of\s+(?:this|that)\s+(?:kind|sort|type)|"
                      rf"de\s+ce\s+(?:genre|type)|comme\s+(?:celles?|ceux|celui)[\s-]+(?:ci|là))|"
                      # a trend, not an event: "kidnappings have surged in the capital", « la recrudescence des enlèvements »
                      rf"\b{EVENT_NOUNS}(?:\s+[\w'’-]+){{0,3}}\s+(?:have|has|had)\s+(?:\w+\s+)?(?:surged|risen|soared|increased|"
                      rf"multiplied|spiked|grown|doubled|tripled|declined|fallen|dropped)\b|"
                      rf"\b{EVENT_NOUNS}(?:\s+[\w'’-]+){{0,3}}\s+(?:se\s+sont\s+multipli|ont\s+(?:augment|doubl|tripl|explos|diminu|baiss))|"
                      rf"\b{EVENT_NOUNS}(?:\s+[\w'’-]+){{0,3}}\s+ap\s+(?:ogmante|miltipliye|vin\s+pi\s+plis)|"
                      # « les actes d'enlèvement ont refait surface en Haïti », "kidnappings have resurfaced"
                      rf"\b{EVENT_NOUNS}(?:\s+[\w'’-]+){{0,3}}\s+(?:ont\s+refait\s+surface|refont\s+surface|"
                      rf"(?:have|has)\s+(?:re-?)?surfaced|(?:are|is)\s+back\s+on\s+the\s+rise)|"
                      rf"\b(?:surge|rise|increase|spike|upsurge|hausse|recrudescence|multiplication)\s+(?:in|of|des?|du)\s+{EVENT_NOUNS}|"
                      # a place's standing or a rate, not an event: "a hotbed of kidnapping", « cinq kidnappings par jour »
                      rf"\b(?:foyer|hotbed|epicent(?:re|er)|[ée]picentre|plaque\s+tournante)\s+(?:du|de\s+l['’]|des|of|for)\s+"
                      rf"(?:\w+\s+)?(?:{EVENT_NOUNS}|kidnapping|violence|crime)|"
                      rf"\b{EVENT_NOUNS}\s+(?:par|per|a|each|chaque)\s+(?:jour|day|semaine|week|mois|month|an|year)\b|"
                      rf"\bblamed\s+for\s+(?:a|the)\s+(?:wave|spate|string|series|surge|rise)\s+of",
                      re.I)
#: A tally over several regions, which no one event can stand for: "several small-scale attacks in Nangarhar
#: and Kunar provinces", « plusieurs attaques dans les régions de » (unless it gives a toll: "a series of
#: coordinated bomb attacks in the provinces of Yala, Narathiwat and Pattani injured 10 people" tells of
#: attacks in each, see geo.text.events).
TALLY = prefiltered(rf"\b(?:several|many|numerous|multiple|various|a\s+(?:number|series|string|spate|wave)\s+of|plusieurs|"
                    rf"de\s+nombreu(?:x|ses)|diverses|une\s+(?:s[ée]rie|vague)\s+d['’])\s*(?:[\w-]+\s+){{0,2}}{EVENT_NOUNS}\s+"
                    rf"(?:in|across|throughout|dans|en|à\s+travers)\s+(?:[\w'’-]+\s+){{0,6}}(?:provinces|states|regions|"
                    rf"departments|governorates|r[ée]gions|d[ée]partements|pays|countries)\b", re.I)
#: A toll of dead or wounded, which makes a tally one event told with its count (see ``TALLY``).
TOLL_GIVEN = prefiltered(r"\b(?:kill\w*|injur\w*|wound\w*|tu[ée]\w*|bless[ée]\w*)\s+(?:at\s+least\s+|au\s+moins\s+)?"
                         r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|deux|trois|quatre|cinq|six|sept|huit|"
                         r"neuf|dix|une\s+dizaine|des\s+dizaines)\b", re.I)

#: "the Paris attackers", "the Madrid bombings": a place naming an event.
EVENT_NAME_AFTER = prefiltered(r"^\s+(?:attacks?|attackers|bombings?|bombers|massacre|shootings?|siege|killings|"
                               r"attentats?|tuerie)\b", re.I)

#: A place the text points at without naming it: "a notorious slum", "Haiti's
#: largest slum", "in the country's north", "northeastern Kenya", "a jail near
#: the capital", « une localité du nord », « dans
#: le sud du pays ».
_PLACE_NOUNS = (r"(?:slum|village|hamlet|town|city|district|neighbou?rhood|quarter|suburb|township|province|region|state|"
                r"county|commune|localit[ée]|quartier|bidonville|ville|r[ée]gion|d[ée]partement|section\s+communale)s?")
ELSEWHERE_UNNAMED = prefiltered(
    rf"(?:\b(?:a|an|one|another|several|un|une|plusieurs)|['’]s)\s+(?:[\w-]+\s+){{0,4}}{_PLACE_NOUNS}\b|"
    r"\b(?:northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|central)\s+(?-i:[A-Z])|"
    r"\b(?:nord|sud|est|ouest|centre)(?:-(?:est|ouest))?\s+(?:du|de\s+la|de\s+l['’]|d['’]|de)\s*(?-i:[A-ZÀ-Ý])|"
    r"\b(?:in|dans|au|à)\s+(?:the|le|la|l['’])\s+(?:country['’]s\s+)?(?:far\s+|extr[êe]me\s+)?"
    r"(?:north|south|east|west|nord|sud|est|ouest)\w*\b|"
    rf"\b(?:northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+{_PLACE_NOUNS}\b|"
    r"\b(?:near|outside|outskirts|pr[èe]s\s+d|non\s+loin|abords|p[ée]riph[ée]rie|banlieue)\b",
    re.I)

#: "on the northern outskirts of the capital Port-au-Prince": a place that
#: situates the site named with it is no second site; alone, it is the place.
SITUATING_BEFORE = prefiltered(
    # ("a suburb of Port-au-Prince", "the suburbs of Paris", but "the Port-au-Prince suburb of Pacot" is Pacot)
    r"(?:\b(?:outskirts|suburbs|(?<=\ba\s)suburb|edge|periphery|p[ée]riph[ée]rie|banlieue|abords|portes|hauteurs|"
    r"heights|hills|collines|mornes)\s+(?:\w+\s+)?(?:of|de|du|d['’]|above|overlooking|surplombant|au-dessus\s+de)|"
    r"\ba\s+\w+\s+suburb\s+of|"
    r"\bjust\s+outside|\bclose\s+to|\bnon\s+loin\s+(?:de|du|d['’]))\s*"
    r"(?:the\s+|la\s+|le\s+|l['’])?" + APPOSITIVE, re.I)

#: A place in apposition that says where the place before it lies: "Koulikoro,
#: near Bamako", « Gourma-Rharous, entre Tombouctou et Gao », "Kenscoff, a town
#: located in the hills above the capital".  The place before is the site.
APPOSED_BEFORE = prefiltered(
    r"(?:,\s*(?:near|outside|pr[èe]s\s+(?:de|du|d['’])|[àa]\s+proximit[ée]\s+(?:de|du|d['’])|entre|between)\s+|"
    # the unit that holds it: « Tsararano, dans la commune de Dembéni », "Yelwata, in the Guma local government area of"
    r",\s*(?:dans|in|en)\s+(?:la|le|l['’]|the)\s*(?:commune|municipalit[éy]|district|d[ée]partement|department|province|"
    r"r[ée]gion|region|arrondissement|section\s+communale|county|comt[ée]|territoire|territory|cercle|pr[ée]fecture|"
    r"local\s+government\s+area|LGA)\s+(?:de|du|d['’]|of)\s*|"
    # the part of the city a quarter lies in: "in Tottenham, north London", « à Sarcelles, au nord de Paris »
    r",\s*(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|central|"
    r"northern|southern|eastern|western|inner|outer|greater)\s+|(?:au|dans\s+le)\s+(?:nord|sud|est|ouest|"
    r"nord-est|nord-ouest|sud-est|sud-ouest|centre)\s+(?:de|du|d['’])\s*)|"
    # "Solino and Delmas 18, which are near the airport"
    r",\s*(?:which|that|qui)\s+(?:is|are|was|were|lies|lie|sits|est|sont|se\s+trouvent?)\s+(?:located\s+|situated\s+|"
    r"situ[ée]e?s?\s+)?" + NEAR_WORDS + r"\s+|"
    r"(?:,\s*(?:a|an|une?|the)|\s*[—–]\s*(?-i:a|an|une?|the))\s+(?:[\w-]+\s+){0,2}(?:town|city|village|commune|suburb|"
    r"neighbou?rhood|district|slum|"
    r"quarter|area|ville|localit[ée]|quartier|bidonville|zone|banlieue)\b[^,.;:()]{0,60}?"
    r"\b(?:of|in|near|above|below|outside|from|between|de|du|d['’]|pr[èe]s\s+de|dans|au-dessus\s+de|en|entre)\s+)\s*"
    r"(?:the\s+|la\s+|le\s+|l['’])?" + APPOSITIVE, re.I)

#: Places whose schools or shops stayed shut, a consequence, not an event: "Schools in Delmas
#: remained closed on Monday after gangs attacked Solino", « les écoles de Delmas sont restées fermées ».
SHUT_BEFORE = prefiltered(r"\b(?:schools?|shops?|stores?|businesses|markets?|banks?|offices?|classes|[ée]coles?|"
                          r"commerces?|magasins?|boutiques?|banques?|bureaux|march[ée]s?|administrations?)\s+"
                          r"(?:in|at|of|de|du|des|à|d['’])\s*$", re.I)
SHUT_AFTER = prefiltered(r"^\s+(?:remained|were|stayed|have\s+been|had\s+been|sont\s+rest[ée]e?s|sont|restent|"
                         r"restaient|[ée]taient)\s+(?:\w+\s+)?(?:closed|shut|ferm[ée]e?s)\b", re.I)

#: The owner in a possessive apposition: "in Cali, Colombia's third most
#: populated city", "Goma, Congo's eastern hub": it says whose town the place
#: before is, and is no site of its own.
OWNER_APPOSED_AFTER = prefiltered(
    r"^['’]s\s+(?:[\w-]+\s+){0,4}(?:city|town|port|capital|village|commune|municipality|suburb|province|state|"
    r"region|district|hub|stronghold)\b", re.I)

#: Where a march went: a protest's place, though "towards" otherwise tells of
#: a flight or a trip (see ``NOT_SITE_BEFORE``).
PROTEST_DESTINATION = prefiltered(
    r"\b(?:converg\w*|march\w*|march[ée]\w*|d[ée]fil\w*|se\s+(?:sont\s+)?dirig\w*|head(?:ed|ing)|mov(?:ed|ing)|"
    r"proceed(?:ed|ing))\s+(?:[\w'’-]+\s+){0,2}?(?:vers|towards?|jusqu['’]\s*(?:à|au)|on|to)\s+"
    r"(?:the\s+|la\s+|le\s+|l['’]\s*|les\s+)?$|"
    # « le cortège est parti …, pour prendre la direction de l'aéroport »
    r"\b(?:prendre|pris|prenant|prend|prennent)\s+la\s+direction\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)$|"
    # where they gathered: « 8 000 manifestants se sont réunis à Marseille » (not a meeting's venue)
    r"\b(?:se\s+sont\s+(?:[ée]galement\s+|aussi\s+)?(?:r[ée]uni|rassembl)\w*|gathered|rallied)\s+(?:à|au|aux|dans|devant|sur|in|at|outside)\s+"
    r"(?:the\s+|la\s+|le\s+|l['’]\s*|les\s+)?$", re.I)

#: Where marchers set out from, when the sentence then says where they went:
#: « Les manifestants de Kafoufèy, convergeant vers Champ-de-Mars », "protesters
#: from Delmas marched to the prime minister's residence".  The start is no site;
#: the destination is (see :data:`PROTEST_DESTINATION`).
MARCHERS_FROM_BEFORE = prefiltered(
    r"\b(?:manifestants|protesters|protestors|demonstrators|marcheurs|marchers|protestataires)\s+"
    r"(?:venus\s+|partis\s+)?(?:de|du|des|d['’]|from)\s*(?:the\s+|la\s+|le\s+|l['’]\s*)?$", re.I)
MARCHERS_WENT_AFTER = prefiltered(
    r"^[^.;:!?]{0,60}?\b(?:converg\w*|march\w*|d[ée]fil\w*|se\s+(?:sont\s+)?dirig\w*|head(?:ed|ing)|walk(?:ed|ing)|"
    r"proceed(?:ed|ing))\s+(?:[\w'’-]+\s+){0,2}?(?:vers|towards?|jusqu['’]\s*(?:à|au)|on|to|en\s+direction)\b", re.I)

#: A word of a headline, for counting the capitalised ones.
HEADLINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")

#: Where an actor is at home: "gangs from Canaan", « le chef de gang X, basé à
#: Titanyen », « qui opère à Village de Dieu », « dont le fief se trouve à
#: Savien ».  It says who attacked, not where: no site, even when the sentence
#: names no other place (the event then keeps the place the story is at).
HOME_BEFORE = prefiltered(
    r"(?:\b(?:gangs?|bandits?|groupes?\s+arm[ée]s?|armed\s+groups?|gang\s+members?|membres?\s+(?:du|des)\s+gangs?|"
    r"hommes\s+arm[ée]s|armed\s+men|gunmen)(?:\s+arm[ée]e?s?|\s+rivaux|\s+rivals?|\s+locaux|\s+local)?"
    r"\s+(?:(?:du|de\s+la|of\s+the)\s+(?:quartier|zone|localit[ée]|neighbou?rhood|area|district)(?:\s+populaire)?\s+)?"
    r"(?:de|du|d['’]|of|from)|\bgang\s+(?:leader|chief|boss)\s+(?:of|from)|"
    r"\b(?:(?:based\s+in|bas[ée]e?s?\s+(?:à|au|dans)|op[ée]rant\s+(?:à|au|dans|en)|qui\s+op[èe]re(?:nt)?\s+(?:à|au|dans|en)|"
    r"(?:who|which|that)\s+operates?\s+(?:in|out\s+of|from)|operating\s+(?:in|out\s+of|from))"
    # (« les bandits qui opèrent dans les zones de Delmas 2, Nazon, Bel-Air »)
    r"(?:\s+(?:les?|la|l['’]|the)\s*(?:zones?|quartiers?|areas?|localit[ée]s?|communes?)\s+(?:de|du|des|d['’]|of))?|"
    # where fighters lie low: "cross the border and hide in the Peshawar area", « se cachent à »
    r"(?:hide|hides|hiding|hid|holed\s+up|se\s+cach\w+|se\s+terr\w+|se\s+r[ée]fugi\w+)\s+(?:out\s+)?(?:in|à|au|dans|en))|"
    r"\b(?:fief|bastion|stronghold|repaire|hideout|base\s+arri[èe]re)\s+(?:[\w'’-]+\s+){0,4}?(?:à|au|in|at|en|de|du|d['’])|"
    # gangs by their names, then their home: « les gangs 400 Mawozo et Taliban de Canaan »
    r"\bgangs?\s+(?:(?-i:[A-Z0-9][\w'’-]*)\s+(?:(?:et|and|ak)\s+)?){1,4}(?:de|du|d['’]|of|from)\s|"
    # a group's quoted name and its home: « les "Talibans / 400 Mawozo" de Canaan », « Chiens méchants » de Shada
    r"[»”\"]\s*(?:de|du|d['’]|of|from)\s)\s*"
    # ...its area: « opérant dans la zone de Canaan », "operating in the area of"
    r"(?:(?:la|le|les|the)\s+(?:zone|quartier|secteur|r[ée]gion|localit[ée]|area|region|district|neighbou?rhood)\s+"
    r"(?:de|du|des|d['’]|of)\s*)?"
    # ...and the commune of that home: « dont le fief se trouve à Savien, dans la commune de Petite-Rivière »
    r"(?:(?-i:[A-ZÀ-Ý])[\w'’-]*(?:[\s-]+(?-i:[A-ZÀ-Ý])[\w'’-]*){0,2},\s*(?:dans|in)\s+(?:la|le|the)\s+"
    r"(?:commune|section\s+communale|communal\s+section|municipality|district)\s+(?:de|du|d['’]|of)\s*)?"
    r"(?:the\s+|la\s+|le\s+|l['’])?" + APPOSITIVE, re.I)

#: A base that is the target of the event, not the home of its actors: "a drone strike hit a gang
#: hideout in Cité Soleil", « l'armée a détruit un repaire des bandits à Kenscoff ».
ATTACKED_BASE_BEFORE = prefiltered(
    r"\b(?:hit|struck|targeted|raided|attacked|stormed|bombed|destroyed|dismantled|overran|frapp\w+|attaqu\w+|vis[ée]\w*|"
    r"d[ée]trui\w+|d[ée]mantel\w+|(?:pris|prise)\s+d['’]assaut|bombard\w+|incendi\w+)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:fief|bastion|stronghold|repaire|hideout|base|camp|QG|headquarters)s?\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:à|au|in|at|en|de|du|d['’])\s*(?:the\s+|la\s+|le\s+|l['’]\s*)?$", re.I)

#: ", second communal section of", ", a suburb of", « , un quartier de »,
#: « , dans la commune de »: what puts a quarter inside the town named next.
PART_OF = re.compile(r",\s*(?:(?:dans|in)\s+)?(?:(?:the|a|an|la|le|l['’]|un|une)\s*)?(?:[\w'’-]+\s+){0,2}"
                     r"(?:section\s+communale|communal\s+section|commune|municipality|quartier|suburb|district|"
                     r"neighbou?rhood|village|localit[ée]|faubourg)\s+(?:of|de|du|d['’])\s*", re.I)

#: The next item of a list that repeats its preposition: "in Canaan and in
#: Titanyen", « à Canaan et à Titanyen ».
LIST_JOIN_AGAIN = prefiltered(r"^\s*(?:,\s*)?(?:(?:and|or|et|ou|ak)\s+)?(?:in|at|à|au|aux|dans|en|nan)\s+(?:the\s+|la\s+|le\s+|l['’])?$",
                              re.I)

#: A sentence that opens with a quotation speaks in someone's voice: it
#: takes no place over from the sentence before.
OPENS_QUOTE = prefiltered(r"^\W{0,3}[«“\"]")

#: A name in brackets right after a capitalised name glosses it: "Lilavois
#: (Santo 17)", "Gonaïves (Artibonite)" name one site, not two.
GLOSS_BEFORE = prefiltered(r"[A-ZÀ-Ý][\w'’.-]*\s*\(\s*(?:[a-zà-ÿ][\w'’-]*\s+){0,4}$")

#: A place said to have been spared: "in the capital, no incident was
#: reported", « à Port-au-Prince, aucun incident n'est à déplorer ».
NOTHING_HAPPENED_AFTER = prefiltered(
    r"^\W{0,3}(?:(?:however|though|en\s+revanche|par\s+contre|cependant)\W+)?(?:no|aucune?|nul(?:le)?|pas\s+d['’]|pa\s+gen)\s+"
    r"(?:major\s+|serious\s+|majeure?\s+|grave\s+)?(?:incidents?|violence|trouble|unrest|clash(?:es)?|d[ée]g[aâ]ts?|"
    r"heurts?|victimes?|casualties|ensid[aà]n)\b|"
    # "the capital of Port-au-Prince and most other areas ... were peaceful Saturday", « la capitale est restée calme »
    r"^(?:\s+and\s+(?:[\w'’-]+\s+){0,10}?)?\s*(?:was|were|remained|stayed|est|sont|[ée]tait|[ée]taient|est\s+rest[ée]e?|"
    r"sont\s+rest[ée]e?s|restait|restaient)\s+(?:largely\s+|mostly\s+|relatively\s+|globalement\s+|relativement\s+)?"
    r"(?:calm|quiet|calme|tranquille)s?\b|"
    # ...or peaceful, when the place itself is said to be (see geo.text.sites: "protests in Dakar were peaceful"
    # is a peaceful protest in Dakar)
    r"^(?:\s+and\s+(?:[\w'’-]+\s+){0,10}?)?\s*(?:was|were|remained|stayed|est\s+rest[ée]e?|sont\s+rest[ée]e?s)\s+"
    r"(?:largely\s+|mostly\s+|relatively\s+|globalement\s+|relativement\s+)?(?P<peaceful>peaceful|paisibles?)\b", re.I)

#: A place said to live under a chronic threat, not to have seen an event: « Alors
#: que Saint-Marc, Liancourt et Port-au-Prince sont en proie à des attaques »,
#: "towns that remain plagued by kidnappings".  The list before the verb shares it.
CHRONIC_AFTER = prefiltered(
    r"^(?:\s*(?:,|\bet\b|\band\b)\s*[\w'’-]+(?:\s+[\w'’-]+)?){0,6},?\s+(?:sont|est|is|are|remains?|restent?|reste|"
    r"demeurent?|have\s+been|has\s+been|ont\s+[ée]t[ée]|a\s+[ée]t[ée])\s+(?:toujours\s+|still\s+|long\s+|depuis\s+longtemps\s+)?"
    r"(?:en\s+proie\s+[àa]|plagued\s+by|in\s+the\s+grip\s+of|gripped\s+by|beset\s+by|wracked\s+by|racked\s+by|"
    r"minée?s?\s+par|gangr[ée]n[ée]e?s?\s+par|livr[ée]e?s?\s+[àa])|"
    # ...or said so without a verb: « les habitants de Ganthier livrés à eux-mêmes face aux assauts »
    r"^\s*,?\s+(?:livr[ée]e?s?\s+[àa]\s+(?:eux|elles|lui)[\s-]*m[êe]mes?|left\s+to\s+fend\s+for\s+themselves)", re.I)

#: A photo credit line: "REUTERS/Pierre Albouy", "(AP Photo/Dieu Nalio Chery)",
#: "AFP via Getty Images", « Photo : X ».
PHOTO_CREDIT = prefiltered(r"\b(?:REUTERS|Reuters|AFP|AP\s+Photo|EPA|Xinhua|Anadolu|Getty\s+Images)\s*/\s*(?-i:[A-Z])|"
                           r"/\s*(?:AFP|REUTERS|Getty\s+Images|AP)\b|\b(?:via|/)\s+Getty\s+Images\b|"
                           r"^\W*(?:photo|cr[ée]dit)\s*(?:photo\s*)?:", re.I)

#: Verbs of physical action in a reported clause: "said protesters damaged
#: buildings", not "called the protests a provocation".
REPORTED_ACTION = prefiltered(r"\b(?:damaged|burn(?:ed|t)|torched|threw|attacked|killed|shot|looted|clashed|stormed|"
                              r"erected|blocked|fired|ransacked|destroyed|broke|set\s+(?:fire|ablaze)|kidnapped|"
                              r"abducted|wounded|injured|raided|exploded|detonated|"
                              r"(?:clashes|fighting|gunfire)\s+(?:broke\s+out|erupted)|"
                              r"(?:ont|a|avaient|avait|auraient|aurait)\s+(?:[ée]t[ée]\s+)?(?:attaqu|incendi|tu[ée]|pill|"
                              r"br[ûu]l|saccag|bloqu|tir[ée]|oppos|bless|enlev|kidnapp|lanc[ée]|jet[ée]|[ée]clat))", re.I)

#: A wire agency after a place, "Washington (AFP) May 23 —": a dateline run
#: into the headline's line, not a site.
AGENCY_AFTER = prefiltered(r"^,?\s*(?:[A-Z][\w.]*\s*|\d{1,2}(?:er)?\s+\w+\.?\s+\d{4}\s*|\w+\.?\s+\d{1,2},?\s+\d{4}\s*)?\((?:AFP|AP|Reuters|Reuter|Xinhua|EFE|ANSA|DPA|UPI|IANS|PTI|"
                           r"HPN|AHP|Bloomberg|CNN|BBC|Anadolu|Kyodo|Yonhap|Al\s+Jazeera|The\s+Associated\s+Press)\)")

#: A clause that names a place of its own ("in Jacmel"): the event it reports
#: happened there, not at the place that framed the statement.
ANOTHER_PLACE = prefiltered(
    r"\b(?:in|at|near|across|over|throughout|à|au|aux|dans|en)\s+(?:(?:the|le|la|l['’])\s*)?"
    r"(?:[A-ZÀ-Ý]|(?:north|south|east|west|central|nord|sud|est|ouest|centre)\w*\b)")

#: What a protest is against or for: « contre l'insécurité en Haïti, notamment à
#: Martissant », "denouncing the killings in Cabaret".  A place after it is the
#: protest's subject, not its venue, when the venue is named before it and no
#: second clause ("against the government and marched to Pétion-Ville") intervenes.
PROTEST_TOPIC = prefiltered(r"\b(?:contre|against|d[ée]non[cç]\w*|denounc\w*|condemn\w*|condamn\w*|over\s+the|"
                            r"en\s+solidarit[ée]\s+avec|in\s+solidarity\s+with|to\s+demand|demanding|"
                            r"pour\s+(?:r[ée]clamer|exiger)|r[ée]clamant|exigeant)\b"
                            r"(?:(?!\b(?:and|et|then|puis|before|avant|after|apr[èe]s|while|tandis)\b)[^.;:!?]){0,80}$", re.I)

#: Examples, not sites: "areas such as Hillah and Basra", « des quartiers comme
#: Santo, Bon Repos sont contrôlés par des bandits »...
EXAMPLES_BEFORE = prefiltered(
    r"\b(?:quartiers?|zones?|areas?|neighbou?rhoods?|localit[ée]s?|communes?|villes?|towns?|cities|places|endroits|"
    r"regions?|r[ée]gions?|provinces?)\s+(?:comme|such\s+as|tel(?:le)?s?\s+que|like)"
    r"(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]*(?:\s+[\w'’-]+)?,)*\s*(?:and\s+|et\s+)?$", re.I)
#: ...unless the list is the subject of what happened: "other towns like Nyeri,
#: Wote and Karatina reported clashes", « des villes comme Arcahaie ont été secouées ».
EXAMPLES_TOLD_AFTER = prefiltered(
    r"^(?:\s*,\s*(?:and\s+|et\s+)?(?-i:[A-ZÀ-Ý])[\w'’-]*(?:[\s-]+(?-i:[A-ZÀ-Ý])[\w'’-]*)*|\s+(?:and|et)\s+(?-i:[A-ZÀ-Ý])[\w'’-]*)*,?\s+"
    r"(?:(?:also|too|aussi|également)\s+)?(?:reported|saw|witnessed|experienced|recorded|registered|were\s+(?:hit|rocked|shaken)|"
    r"ont\s+(?:aussi\s+|également\s+)?(?:connu|enregistr[ée]|[ée]t[ée]\s+(?:secou|touch|frapp|le\s+th[ée][âa]tre)))")

#: ...or when the clause before the examples tells that the event took place
#: there: "the attacks started on Wednesday night in areas like Solino and
#: Delmas 18", « des affrontements ont éclaté dans des quartiers comme Bel-Air »
#: (a list of where it happened, not of places like those it happens in).
EXAMPLES_HAPPENED_BEFORE = prefiltered(
    r"\b(?:started|began|broke\s+out|erupted|took\s+place|happened|occurred|spread|"
    r"(?:ont|a|avaient|avait)\s+(?:[ée]clat[ée]|commenc[ée]|d[ée]but[ée]|eu\s+lieu)|se\s+sont\s+(?:produit|d[ée]roul[ée])\w*)"
    # ...told of that day, not of years ago: "the protests began in 2019 in cities like Baghdad"
    r"\b(?:(?!\b(?:in|en|since|depuis)\s+(?:\d{4}|the\s+\d{4}s)\b|\bago\b|\bil\s+y\s+a\b|\bsince\b|\bdepuis\b|"
    r"\b(?:years|ans|ann[ée]es|decades?)\b)[^.;:!?]){0,80}$", re.I)

#: A town's several places, then the one singled out right before its name:
#: "in several streets, including the Delmas highway", « dans plusieurs
#: quartiers, notamment à Delmas » (see geo.text.sites.singled_out).
INCLUDING = re.compile(
    r"\b(?:several|many|various|numerous|multiple|plusieurs|divers(?:es)?|diff[ée]rent(?:e)?s|nombreu(?:x|ses))\s+"
    r"[^.;:!?]{0,60}?[,\s]\s*(?:including|notably|in\s+particular|particularly|such\s+as|notamment|y\s+compris|dont|"
    r"en\s+particulier|particuli[èe]rement)\s+(?:(?:the|at|in|on|à|au|aux|dans|sur|le|la|les|l['’])\s*){0,2}"
    # « dont la vaste cité d'Ettadhamen », "including the sprawling township of Soweto"
    r"(?:(?:(?:vaste|grande?|petite?|populaire|sprawling|large|small|poor)\s+)?(?:cit[ée]|quartier|bidonville|commune|ville|"
    r"township|district|neighbou?rhood|area|town|suburb|slum)\s+(?:d['’]\s*|de\s+|du\s+|of\s+(?:the\s+)?)?)?$", re.I)

#: A declaration for an area the text does not name: "the area has been under
#: a night curfew", « la zone est sous couvre-feu ».
LOCAL_AREA = prefiltered(r"\b(?:the|this|that)\s+(?:area|district|region|locality|village|neighbou?rhood)\b|"
                         r"\b(?:la|cette)\s+(?:zone|localit[ée]|r[ée]gion)\b|\b(?:le|ce)\s+(?:secteur|quartier|district)\b",
                         re.I)

#: A declaration for "the city" or "the town" is the story's city, not its country.
IN_TOWN = prefiltered(r"\b(?:the|this)\s+(?:city|town)\b|\b(?:la|cette)\s+ville\b|\bla\s+commune\b|\bvil\s+la\b", re.I)

#: A protest met by force: the sub-types "Protest with intervention" and
#: "Excessive force against protesters".
PROTEST_INTERVENTION = prefiltered(
    r"\b(tear\s*-?gas(?:sed|sing)?|dispersed|r[ée]prim[ée]e?s?|water\s+cannon|arrested|gaz\s+lacrymog[èe]nes?|lacrymog[èe]nes?|dispers[ée]e?s?|"
    r"canons?\s+[àa]\s+eau|interpell[ée]e?s?|gaz\s+lakrimoj[èe]n|affrontements?\s+(?:avec|ont\s+oppos[ée])|"
    r"(?:ont\s+)?oppos[ée]\s+(?:les\s+)?forces\s+de\s+l['’]ordre|clash(?:ed|es)?\s+with\s+(?:the\s+)?police)\b", re.I)
PROTEST_EXCESSIVE_FORCE = prefiltered(
    r"\b(fired\s+on|shot|killed|live\s+(?:rounds|ammunition|bullets|fire)|balles\s+r[ée]elles|dans\s+le\s+sang|tir[ée]\s+sur|tu[ée]e?s?|abattu(?:e|s|es)?|(?:deux|trois|quatre|cinq|\d+)\s+morts?|"
    r"faisant\s+(?:un|deux|trois|\d+)\s+morts?|touye)\b", re.I)


#: Other towns of an area than those just named: « à Montfermeil et dans d'autres villes de
#: Seine-Saint-Denis », "in Kano and several other cities of the north".  The area is a site of its
#: own beyond the towns named inside it (where « plusieurs villes d'Île-de-France, notamment Torcy »
#: only introduces the towns it names).
BEYOND_BEFORE = prefiltered(
    r"\b(?:d['’]autres|plusieurs\s+autres|de\s+nombreuses\s+autres|other|several\s+other|many\s+other|"
    # « quasiment toutes les communes de Seine-Saint-Denis », "nearly all the towns of the province"
    r"(?:(?:quasiment|presque|pratiquement)\s+)?toute?s\s+les|(?:nearly\s+|almost\s+|virtually\s+)?all(?:\s+the)?|most(?:\s+of\s+the)?)\s+"
    r"(?:villes|localit[ée]s|communes|quartiers|villages|towns|cities|districts|areas|"
    r"neighbou?rhoods|parts)[\"”»]?\s+(?:de|du|des|d['’]|of|in|across|throughout)\s*(?:la\s+|le\s+|les\s+|l['’]\s*|the\s+)?$",
    re.I)
