"""Report: one sentence's account of an event at one place, the unit that
:mod:`geo.text.extract` produces and :mod:`geo.incidents` groups into
incidents."""

from __future__ import annotations

from dataclasses import dataclass

from geo.places.geocode import Place
from geo.text.dates import DateClaim
from geo.text.events import EventTrigger
from geo.text.fatalities import FatalityClaim
from geo.text.sentences import Sentence


@dataclass(frozen=True)
class Report:
    """One sentence's account of an event at one place."""

    sentence: Sentence
    place: Place
    trigger: EventTrigger
    date: DateClaim | None
    fatalities: FatalityClaim | None
    aggregate: bool = False  # the toll covers several sites of this place
