"""Word lists that keep ordinary prose from turning into places.

GeoNames has a town for many everyday words and first names ("Economy",
"Esperance", "Pierre", "Sunday" Island).  These lists are what the text
scanner (:mod:`geo.text.mentions`) refuses to read as a *world* place; curated
pack entries and countries are not affected.  Words are folded with
:func:`geo.places.names.fold` (lower case, no accents).  Hand-compiled for this
project from the function words, calendar words and news vocabulary of
English and French, plus the titles that introduce a person's name.
"""

from __future__ import annotations

_FUNCTION = """
a an the and or but nor so yet for of in on at by to from with without into onto upon over under about above below
after before between among through during until since against within along across behind beyond near off out up down
this that these those there here where when while which who whom whose what why how whether if then than though
although because as also only even just still already again ever never always often soon once now today tonight
tomorrow yesterday some any many much more most few less least several all both each every either neither no not none
one two three four five six seven eight nine ten eleven twelve hundred thousand million billion first second third
last next other another such same own very too well back i me my we us our you your he him his she her it its they
them their is are was were be been being am do does did done have has had having can could will would shall should
may might must le la les un une des du de et ou mais donc car ni en au aux dans sur sous par pour avec sans chez
ce cet cette ces il elle ils elles nous vous on qui que quoi dont est sont ete etait avait selon apres avant depuis
pendant lors entre vers contre plus moins tres bien aussi cela ceci celle celui ceux celles
"""

_CALENDAR = """
monday tuesday wednesday thursday friday saturday sunday weekend week month year morning afternoon evening night
january february march april may june july august september october november december spring summer autumn fall
winter christmas easter noel paques toussaint carnaval ramadan tabaski pentecote lundi mardi mercredi jeudi
vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
"""

_NEWS = """
news report reports reported reporter reporters agency press statement official officials government president
minister ministry prime premier economy economic finance justice interior defense defence security police army
military troops forces soldiers gang gangs leader leaders member members people person man men woman women child
children family families group groups party union council committee commission mission network national
international human rights law order state states city town village country nation capital region province area
district street road bridge border north south east west northern southern eastern western central upper lower
new old great big little small long high low good bad best better worst early late major minor main general
chief head power powerful strong free independence liberty victory peace war hope faith grace joy unity progress
prosperity providence concord harmony friendship welcome paradise eden union alliance republic democracy
barbecue chaos massacre violence crisis emergency curfew attack attacks assault shooting fire water gold silver
hurricane storm cyclone typhoon tornado earthquake flood flooding drought ouragan cyclone seisme
bay beach lake river mount mountain island islands port harbour harbor airport station market church school
chinatown downtown uptown midtown radio tele television operation
hospital university prison camp centre center park garden square hall house home office court palace tower
some such deal reading bath mobile male ash bar bell best buy cut gap hope kind lead man mark page
post rich rock sale say see sign star step story time view wall way wood work young may can will
said says told tell called named known according added asked warned urged
un unicef who nato eu
mr mrs ms dr sir madam
"""

#: News agencies and broadcasters, as they sign a story ("CNN —", "(AFP)").
_AGENCIES = """
afp ap reuters bbc cnn xinhua anadolu efe ansa tass ria interfax kyodo yonhap bernama antara upi dpa voa rfi ips
"""

_FIRST_NAMES = """
john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald
paul steven andrew kenneth joshua kevin brian george edward ronald timothy jason jeffrey ryan jacob gary nicholas eric
jonathan stephen larry justin scott brandon benjamin samuel frank gregory raymond alexander patrick jack dennis jerry
tyler aaron henry jimmy jean pierre jacques michel louis marie anne claude francois andre rene ariel moise jovenel
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
emily donna michelle carol amanda melissa deborah stephanie rebecca laura helen sharon cynthia kathleen amy shirley
angela anna ruth brenda pamela nicole katherine samantha christine catherine virginia rachel carolyn
janet maria heather diane julie joyce evelyn joan kelly christina lauren judith olivia martha andrea frances cheryl
hannah jacqueline gloria teresa sara janice julia grace judy theresa rose beverly denise marilyn amber danielle
abigail brittany diana natalie sophia alexis lori kayla jane esperance josephine isabelle
ahmed mohamed mohammed muhammad ali hassan hussein omar ibrahim abdul yusuf mustafa fatima aisha
marc frantz fritz yves guy gerard evens emmanuel olivier philippe stephane sebastien julien laurent jules
wilner wisly ronald reginald kenold dieudonne fednel jocelyn jeanne nadine marlene ketly mireille nathalie martine
michele chantal moussa mamadou amadou ousmane boubacar issa idrissa souleymane abdoulaye seydou oumar
aliou ibrahima cheikh modou lamine
"""

COMMON_WORDS: frozenset[str] = frozenset((_FUNCTION + _CALENDAR + _NEWS + _AGENCIES + _FIRST_NAMES).split())
#: The agencies and broadcasters that sign stories, with the names of more than one word and those that are
#: no common word elsewhere: "CNN —" on a line of its own is no dateline (see geo.text.sentences).
NEWS_AGENCIES: frozenset[str] = frozenset(_AGENCIES.split()) | {
    "hpn", "alterpresse", "ani", "pti", "ians", "npr", "abc", "cbs", "nbc", "al jazeera", "france 24", "rfe/rl"}
#: First names: a capitalised word right after one is a surname, not a town.
FIRST_NAMES: frozenset[str] = frozenset(_FIRST_NAMES.split()) - {"esperance", "grace"}

#: Words that make a capitalised neighbour part of a place name, not a person's.
GEO_WORDS: frozenset[str] = frozenset("""
city town village province region district county state department oblast governorate prefecture territory
island islands river lake valley mountain mountains mount hills bay coast airport international port camp border
crossing road highway street avenue boulevard bridge square market station base neighbourhood neighborhood quarter
commune municipality zone area north south east west upper lower new old saint st san santa sainte
local lga township tehsil upazila subdistrict arrondissement ward chiefdom cantonment cantt barracks garrison airbase
""".split())

#: The parts people play in a crime, right before their names ("murderer
#: Vivy Michel", « la victime Jean »): the name is a person's, even when a
#: curated place shares it.
CRIME_ROLES: frozenset[str] = frozenset("""
murderer killer suspect victim assassin kidnapper meurtrier victime suspect ravisseur
""".split())

#: Words that introduce a person's name ("Prime Minister Ariel Henry").
PERSON_TITLES: frozenset[str] = frozenset("""
minister president premier senator sen rep gov lt sgt maj pres governor mayor general gen colonel col captain capt
commander lieutenant deputy depute senateur maire correspondance correspondent by par
sergeant officer chief leader spokesman spokeswoman spokesperson director secretary ambassador envoy judge
pope king queen prince princess sheikh emir imam pastor father reverend rev bishop cardinal sir lord lady
dr mr mrs ms nickname nicknamed alias dubbed named called journalist reporter correspondent activist
""".split())

#: The last words of a newspaper's, a channel's or an agency's title ("the
#: Miami Herald", "Ethiopia Observer", « Radio Télévision Caraïbes »): a
#: place name followed by one, or a name ending in one, is the title's.
PRESS_TITLES: tuple[str, ...] = (
    "Post", "Times", "Herald", "Tribune", "Journal", "Gazette", "Observer", "Chronicle", "Sentinel", "Globe",
    "Examiner", "Inquirer", "Courier", "Dispatch", "Telegraph", "Star", "Sun", "Daily", "Standard", "Independent",
    "Mail", "Express", "Record", "Bulletin", "Democrat", "Register", "Monitor", "Matin", "Soir", "Libre", "Radio",
    "Television", "Télévision", "TV", "News", "Press", "Presse",
)
