"""Messy incident tables, written by the tests themselves into tmp folders.

Each one imitates a file analysts really have: a clean log, an ACLED export,
a Ushahidi export (Haiti 2010) with a leading blank line, multi-line quoted
cells and ``&quot;`` entities, and a file with one row per kind of mistake.
"""

from __future__ import annotations

from pathlib import Path

CLEAN = """id,date,place,latitude,longitude,country,event_type,sub_event_type,fatalities,notes,source,source_url
pap-1,2024-03-02,National Penitentiary,18.5413,-72.3410,Haiti,Battles,Armed clash,12,"Gangs stormed the prison; ""thousands"" escaped",AP,https://apnews.com/article/haiti-prison
pap-2,2024-03-04,Delmas,,,Haiti,Riots,Mob violence,0,Barricades on Route de Delmas,Le Nouvelliste,https://lenouvelliste.com/a
pap-3,2024-03-05,Toussaint Louverture International Airport,18.58,-72.2925,HT,Explosions/Remote violence,Grenade,,Shots at the airport,Reuters,javascript:alert(1)
"""

ACLED_HEADER = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
                "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
                "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,"
                "fatalities,tags,timestamp")
ACLED = ACLED_HEADER + """
HTI15001,04 March 2024,2024,1,Political violence,Battles,Armed clash,Viv Ansanm,,3,Police Forces of Haiti (2021-),,1,13,,332,Caribbean,Haiti,Ouest,Port-au-Prince,Port-au-Prince,Port-au-Prince,18.5435,-72.3388,1,Le Nouvelliste,National,"On 4 March 2024, gang members clashed with police.",4,,1709856000
HTI15002,05 March 2024,2024,2,Demonstrations,Protests,Peaceful protest,Protesters (Haiti),,6,,,0,60,,332,Caribbean,Haiti,Ouest,Port-au-Prince,Petion-Ville,Petion-Ville,18.5125,-72.2853,2,Radio Kiskeya,National,Residents marched.,0,crowd size=no report,1709856000
HTI15003,06 March 2024,2024,1,Political violence,Violence against civilians,Attack,Unidentified Gang,,3,Civilians (Haiti),,7,37,Civilian targeting,332,Caribbean,Haiti,Ouest,Port-au-Prince,Delmas,Delmas,,,1,Haiti Libre,National,Armed men shot a driver.,1,,1709856000
"""

USHAHIDI = """
#,INCIDENT TITLE,INCIDENT DATE,LOCATION,DESCRIPTION,CATEGORY,LATITUDE,LONGITUDE,APPROVED,VERIFIED
4052,Collapsed building,2010-01-13 14:05:00,Petion-Ville,"People trapped under the &quot;Hotel Montana&quot;.
Need heavy equipment.
Urgent.","1. Emergency, 1a. Collapsed structure",18.5125,-72.2853,YES,NO
4053,Water needed,2010-01-14 09:30:00,Delmas 33,"Families near Delmas 33
ask for water",2. Vital Lines,18.5520,-72.3010,YES,YES
"""

#: One row per kind of mistake, each on a known line (the header is line 1).
BAD = """date,place,latitude,longitude,country,fatalities
2024-03-01,Port-au-Prince,118.5,-72.3,Haiti,1
2024-03-01,Port-au-Prince,abc,-72.3,Haiti,1
2024-03-01,Port-au-Prince,-72.3388,18.5435,Haiti,1
someday,Port-au-Prince,18.5435,-72.3388,Haiti,1
2024-03-01,Port-au-Prince,18.5435,-72.3388,Haiti,-4
2024-03-01,Atlantis Plaza,,,Haiti,0
2024-03-01,,,,Haiti,0
2024-03-01,Port-au-Prince,18.5435,-72.3388,Haiti,2
"""
BAD_MESSAGES = [
    "bad.csv:2: latitude: '118.5' is outside -90..90",
    "bad.csv:3: latitude: 'abc' is not a number",
    "bad.csv:4: latitude/longitude: probable lat/lon swap: (-72.3388, 18.5435) is outside Haiti "
    "but (18.5435, -72.3388) is inside; swap the two columns",
    "bad.csv:5: date: 'someday' is not a date; write it as YYYY-MM-DD",
    "bad.csv:6: fatalities: '-4' is negative",
    "bad.csv:7: place: 'Atlantis Plaza' cannot be geocoded in Haiti (not_found",
    "bad.csv:8: place: empty, and the row has no latitude/longitude",
]


def write(folder: Path, name: str, text: str, *, encoding: str = "utf-8", newline: str = "\n") -> Path:
    """Write ``text`` (written with ``\\n``) in an encoding and line ending."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    return path


def project(root: Path) -> Path:
    """An empty project: a seeds folder with nothing in it."""
    seeds = root / "seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    return seeds
