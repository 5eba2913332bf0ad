"""Dates: when an event happened, as a day and an ACLED time precision.

News text dates events relative to the day it was published: "on Sunday",
"overnight Saturday into Sunday", "since Thursday", "over the weekend".
These resolve against the document date.  ACLED's ``time_precision`` says
how sure the day is: 1 the exact day, 2 only the week (code the middle of
the period), 3 only the month (code the middle of the month).

A sentence dated well before the document ("since the assassination ... in
2021") is *background*: it explains the story but is not one of its events.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from geo.text.prefilter import PrefilterGroup, prefiltered

WEEKDAYS = {name: i for i, name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
WEEKDAYS.update({name: i for i, name in enumerate(
    ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"])})
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS.update({name: i + 1 for i, name in enumerate(
    ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
     "octobre", "novembre", "décembre"])})
MONTHS.update({"fevrier": 2, "aout": 8, "decembre": 12, "sept": 9})

#: How far before the document date an event still counts as news.
BACKGROUND_DAYS = 45


@dataclass(frozen=True)
class DateClaim:
    """A date read from a sentence: the coded day, its precision and words."""

    date: dt.date | None
    time_precision: int
    text: str
    background: bool = False


_WD = "|".join(WEEKDAYS)
_MO = "|".join(sorted(MONTHS, key=len, reverse=True))
_PATTERNS = [
    ("iso", prefiltered(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("dmy", prefiltered(rf"\b(\d{{1,2}})(?:st|nd|rd|th|er)?\s+({_MO})\.?(?:,?\s+(\d{{4}}))?\b", re.I)),
    ("mdy", prefiltered(rf"\b({_MO})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I)),
    ("overnight", prefiltered(rf"\bovernight\s+(?:on\s+)?({_WD})\s+(?:into|to)\s+({_WD})\b", re.I)),
    ("since", prefiltered(rf"\b(?:since|from)\s+(?:last\s+)?({_WD})\b", re.I)),
    ("weekday", prefiltered(rf"\b({_WD})\b", re.I)),
    ("weekend", prefiltered(r"\b(?:over|during|at|on)\s+the\s+weekend\b|\b(?:this|last)\s+weekend\b", re.I)),
    ("yesterday", prefiltered(r"\b(yesterday|hier)\b", re.I)),
    ("today", prefiltered(r"\b(today|aujourd'hui)\b", re.I)),
    ("lastweek", prefiltered(r"\blast\s+week\b|\bla\s+semaine\s+derni[eè]re\b", re.I)),
    ("month", prefiltered(rf"\b(?:in|early|late|mid|end of|beginning of|en|début|fin)\s+(?:-\s*)?({_MO})(?:\s+(\d{{4}}))?\b", re.I)),
    # a span of years: "between 2014 and 2023", « de 2015 à 2020 »: the story's background
    ("span", prefiltered(r"\b(?:between|from|entre|de)\s+((?:19|20)\d{2})\s+(?:and|to|et|à)\s+((?:19|20)\d{2})\b")),
    ("year", prefiltered(r"\b(?:in|since|en|depuis)\s+((?:19|20)\d{2})\b")),
]


#: Which date patterns may match a sentence, in one pass (most sentences name no day).
_FILTER = PrefilterGroup([pattern for _, pattern in _PATTERNS])


def find_date(sentence: str, doc_date: dt.date | None) -> DateClaim | None:
    """The most specific date expression of a sentence, resolved.

    Returns ``None`` when the sentence says nothing about time.
    """
    possible = _FILTER.candidates(sentence)
    for index in sorted(possible):  # most specific first
        name, pattern = _PATTERNS[index]
        match = pattern.search(sentence, found=True)
        if not match:
            continue
        claim = _resolve(name, match, doc_date)
        if claim is not None:
            return claim
    return None


def _resolve(name: str, m: re.Match, doc_date: dt.date | None) -> DateClaim | None:
    text = m.group(0)
    if name == "iso":
        try:
            return _absolute(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), 1, text, doc_date)
        except ValueError:
            return None
    if name in ("dmy", "mdy"):
        day, month = (m.group(1), m.group(2)) if name == "dmy" else (m.group(2), m.group(1))
        year = int(m.group(3)) if m.group(3) else (doc_date.year if doc_date else None)
        if year is None:
            return None
        try:
            when = dt.date(year, MONTHS[month.lower().rstrip(".")], int(day))
        except (ValueError, KeyError):
            return None
        if not m.group(3) and doc_date and when > doc_date + dt.timedelta(days=7):
            when = when.replace(year=year - 1)  # "December 30" in a January story
        return _absolute(when, 1, text, doc_date)
    if name == "span":
        if doc_date and int(m.group(1)) < doc_date.year:
            return DateClaim(None, 3, text, background=True)
        return None
    if name == "year":
        year = int(m.group(1))
        if doc_date and year < doc_date.year:
            return DateClaim(None, 3, text, background=True)
        return None
    if name == "month":
        month = MONTHS.get(m.group(1).lower().rstrip("."))
        if month is None:
            return None
        year = int(m.group(2)) if m.group(2) else (doc_date.year if doc_date else None)
        if year is None:
            return None
        last = calendar.monthrange(year, month)[1]
        lowered = text.lower()
        day = 1 if lowered.startswith(("early", "beginning", "début")) else \
            last if lowered.startswith(("late", "end", "fin")) else 15
        return _absolute(dt.date(year, month, day), 3, text, doc_date)
    if doc_date is None:
        return None
    if name == "overnight":
        return DateClaim(_last_weekday(doc_date, m.group(1)), 1, text)
    if name == "weekday":
        return DateClaim(_last_weekday(doc_date, m.group(1)), 1, text)
    if name == "since":
        start = _last_weekday(doc_date, m.group(1))
        end = doc_date - dt.timedelta(days=1) if doc_date > start else doc_date
        return DateClaim(start + (end - start) / 2 if end > start else start, 2, text)
    if name == "weekend":
        saturday = _last_weekday(doc_date - dt.timedelta(days=1) if doc_date.weekday() == 6 else doc_date, "saturday")
        return DateClaim(saturday, 2, text)
    if name == "yesterday":
        return DateClaim(doc_date - dt.timedelta(days=1), 1, text)
    if name == "today":
        return DateClaim(doc_date, 1, text)
    if name == "lastweek":
        monday = doc_date - dt.timedelta(days=doc_date.weekday() + 7)
        return DateClaim(monday + dt.timedelta(days=3), 2, text)
    return None


def _absolute(when: dt.date, precision: int, text: str, doc_date: dt.date | None) -> DateClaim:
    background = bool(doc_date and (doc_date - when).days > BACKGROUND_DAYS)
    return DateClaim(when, precision, text, background)


def _last_weekday(doc_date: dt.date, weekday: str) -> dt.date:
    """The latest ``weekday`` on or before the document date."""
    back = (doc_date.weekday() - WEEKDAYS[weekday.lower()]) % 7
    return doc_date - dt.timedelta(days=back)
