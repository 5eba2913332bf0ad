"""Sentences, datelines, relative dates and death tolls."""

from __future__ import annotations

import datetime as dt
import re

import blingfire
import pytest

from geo.text.dates import find_date
from geo.text.fatalities import default_toll, find_fatalities
from geo.text.sentences import find_dateline, split_sentences

MONDAY = dt.date(2024, 3, 4)


def test_sentences_keep_offsets_into_the_body():
    body = "First one here.\n\nGangs attacked the airport on Sunday. Police fled.\n"
    sentences = split_sentences(body)
    assert [s.text for s in sentences] == ["First one here.", "Gangs attacked the airport on Sunday.", "Police fled."]
    for s in sentences:
        assert body[s.start:s.end] == s.text
    assert [s.anchor for s in sentences] == ["s0", "s1", "s2"]


@pytest.mark.parametrize("body", [
    "Des tirs ont éclaté à Pétion-Ville. « Nous avons fui », dit-il. L'hôpital a reçu 12 blessés.",
    "Gunmen 🔫 stormed the station. Residents fled — again. 日本の報道もあった。Police said nothing.",
    "Ça n'a duré qu'une heure.\n\nLe lendemain, à Jérémie, la prison était vide.",
])
def test_sentences_of_accented_and_non_latin_text_are_the_segmenters_at_the_right_characters(body):
    sentences = split_sentences(body)
    assert [s.text for s in sentences] == [body[s.start:s.end] for s in sentences]
    expected = [body[p.start() + b:p.start() + e].strip() for p in re.finditer(r"[^\n]+", body)
                for b, e in blingfire.text_to_sentences_and_offsets(p.group(0))[1]]
    assert [s.text for s in sentences] == expected


def test_the_sentence_patterns_written_for_re_s_fast_scan_answer_as_their_plain_forms():
    # both open with what they look for, so that re scans for it quickly; the plain forms try
    # an alternation at every character
    from pathlib import Path

    from geo.text import sentences

    accented = re.compile(r"[ÀÂÄÉÈÊËÎÏÔÖÙÛÜÇ]|[a-zà-ÿ][.!?][»”\"]?[A-ZÀ-Ý]")
    soft_break = re.compile(r"(?<=[^\s.!?:;»\"”])\n(?=[ \t]*[a-z(«\"“‘'0-9])|(?<=[\w,;–—-])\n(?=[ \t]*\S)")
    texts = [path.read_text(encoding="utf-8") for path in
             sorted((Path(__file__).resolve().parent.parent / "evals" / "written" / "docs").glob("*.txt"))]
    texts += ["les soldats.Dès le début", "M. Édouard", "fin.\nÀ Fresnes", "a\nb", "line,\n  Next", "End.\nnext",
              "word\n(aside)", "«\n", "ok!” Then", "été.Il"]
    for text in texts:
        for cut in range(0, len(text), 97):
            piece = text[cut:cut + 300]
            assert bool(sentences._ACCENTED_CAPITAL.search(piece)) == bool(accented.search(piece)), piece
            assert [m.span() for m in sentences._SOFT_BREAK.finditer(piece)] \
                == [m.span() for m in soft_break.finditer(piece)], piece


@pytest.mark.parametrize("body, place, region", [
    ("PORT-AU-PRINCE, Haiti (AP) — Gangs attacked", "Port-Au-Prince", "Haiti"),
    ("GOMA, Congo (Reuters) - Rebels", "Goma", "Congo"),
    ("KHARKIV, Ukraine — A missile", "Kharkiv", "Ukraine"),
    ("NANTERRE, 1er juillet — Des jeunes", "Nanterre", None),
    ("date 2022-04-29 PORT-AU-PRINCE — Gangs", "Port-Au-Prince", None),
    # title case, on a line of its own, with a long dash: the dateline of a local outlet
    ("Port-au-Prince, 31 juillet 2024 — La situation", "Port-Au-Prince", None),
    ("Gonaïves (Haïti), 24 oct. 2024 [AlterPresse] --- Des bandits", "Gonaïves", "Haïti"),
    ("Insurgents kill ten in Cabo Delgado\nMaputo — Islamist insurgents", "Maputo", None),
])
def test_datelines_set_the_story_place(body, place, region):
    dateline = find_dateline(body)
    assert (dateline.place, dateline.region) == (place, region)


def test_ordinary_openings_are_not_datelines():
    assert find_dateline("Haiti was plunged - deeper into chaos") is None
    assert find_dateline("Saint-Marc-based gangs — and their allies — attacked") is None
    assert find_dateline("The police in Les Cayes – as usual – said nothing") is None


@pytest.mark.parametrize("text, date, precision", [
    ("on Sunday", "2024-03-03", 1),
    ("late Saturday", "2024-03-02", 1),
    ("overnight Saturday into Sunday", "2024-03-02", 1),
    ("since Thursday", "2024-03-01", 2),      # 29 Feb to 3 Mar: the middle of the period
    ("over the weekend", "2024-03-02", 2),
    ("yesterday", "2024-03-03", 1),
    ("on March 1", "2024-03-01", 1),
    ("le 3 mars 2024", "2024-03-03", 1),
    ("in early March", "2024-03-01", 3),
    ("in March", "2024-03-15", 3),
])
def test_relative_dates_resolve_against_the_document_date(text, date, precision):
    claim = find_date(f"Gangs attacked the prison {text}.", MONDAY)
    assert (claim.date.isoformat(), claim.time_precision) == (date, precision)
    assert not claim.background


def test_events_from_earlier_years_are_background():
    claim = find_date("since the assassination of president Jovenel Moise in 2021", MONDAY)
    assert claim.background


def test_relative_dates_need_a_document_date():
    assert find_date("on Sunday", None) is None


@pytest.mark.parametrize("sentence, count, words", [
    ("Dozens were killed in the 'massacre'", 12, "Dozens were killed"),
    ("About a dozen people were killed as gang members attacked", 12, "About a dozen people were killed"),
    ("At least nine people had been killed since Thursday - four of them police officers", 9,
     "At least nine people had been killed"),
    ("observed around a dozen bodies outside it", 12, "around a dozen bodies"),
    ("The blast killed 23 people and injured 40.", 23, "killed 23 people"),
    ("Hundreds of people were killed", 100, "Hundreds of people were killed"),
    ("Tens of civilians died", 10, "Tens of civilians died"),
])
def test_death_tolls_follow_acled_conventions(sentence, count, words):
    claim = find_fatalities(sentence)
    assert (claim.count, claim.text) == (count, words)


@pytest.mark.parametrize("sentence", [
    "Five people were injured in the attack.",
    "Only around 100 of the estimated 3,800 inmates were still inside.",
    "Some 300 families fled the area.",
])
def test_counts_of_other_people_are_not_deaths(sentence):
    assert find_fatalities(sentence) is None


def test_conflicting_tolls_take_the_conservative_figure_and_vague_deaths_a_default():
    claims = [find_fatalities("Dozens were killed"), find_fatalities("At least 14 people were killed")]
    assert default_toll(claims, significant=True) == (12, "Dozens were killed")
    vague = [find_fatalities("a deadly gang assault")]
    assert default_toll(vague, significant=True) == (10, "deadly")
    assert default_toll(vague, significant=False) == (3, "deadly")
    assert default_toll([], significant=True) == (None, None)


def test_a_span_of_past_years_is_background_and_so_is_the_sentence_that_places_it(extract):
    """"…15 other air strikes between 2014 and 2023. The aerial bombardments took
    place in Borno, Yobe…": the places of those earlier strikes, not the story's."""
    result = extract("An army drone killed 85 villagers in Tudun Biri, Kaduna State, on Sunday. Before that, there "
                     "were 15 other air strikes on civilians between 2014 and 2023. The aerial bombardments took "
                     "place in Borno, Yobe and Zamfara states.", date=dt.date(2023, 12, 5))
    assert not {"Borno State", "Yobe State", "Zamfara State"} & {i.place for i in result.incidents}
