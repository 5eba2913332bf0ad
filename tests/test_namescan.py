"""The name scan's shortcuts only save work: it finds what trying every run of words finds."""

from __future__ import annotations

from pathlib import Path

from geo.places import names
from geo.places.gazetteer import LAYER_WORLD
from geo.text import namescan
from geo.text.sentences import Sentence

ROOT = Path(__file__).resolve().parent.parent
WRITTEN = sorted((ROOT / "evals" / "written" / "docs").glob("*.txt"))


def _word_by_word(text: str, gazetteer) -> list[tuple[int, int, tuple[str, ...]]]:
    """The scan spelled out plainly: at each capitalised word not inside a
    name already found, every run of joined words from the longest, every
    key looked up, then the fuzzy reading of every run of capitalised words
    that holds no common word, title, demonym or first name."""
    words = names.word_spans(text)
    keys = [namescan._ABBREVIATIONS.get(w[2], w[2]) if text[w[0]].isupper() else w[2] for w in words]

    def joined(j: int) -> bool:
        gap = text[words[j][1]:words[j + 1][0]]
        return gap == " " or len(gap) <= 2 and not gap.strip(namescan._NAME_GAP) \
            or (words[j][2] in namescan._ABBREVIATIONS and gap == ". ")

    def usable(j: int) -> bool:
        w = words[j][2]
        return text[words[j][0]].isupper() and w not in namescan.COMMON_WORDS and w not in namescan.PERSON_TITLES \
            and not gazetteer.country_of_demonym(w) and not gazetteer.country_of_demonym(w.rstrip("s")) \
            and w not in namescan.FIRST_NAMES

    found, i = [], 0
    while i < len(words):
        if not text[words[i][0]].isupper():
            i += 1
            continue
        run = 1
        while run < gazetteer.max_words and i + run < len(words) and joined(i + run - 1):
            run += 1
        hit, known, first = None, False, i
        # a pack's name with a lower-case head and up to three particles before it: « place de la Nation »
        for h in range(i - 1, max(i - 5, -1), -1):
            if any(not text[words[j][0]].islower() or not joined(j) for j in range(h, i)) \
                    or any(keys[j] not in namescan._PARTICLES for j in range(h + 1, i)):
                break
            if keys[h] in namescan._HEADS:
                for n in range(run, 0, -1):
                    matches = [m for m in gazetteer.matches("".join(keys[h:i + n])) if m.entry.layer != LAYER_WORLD]
                    if matches:
                        hit, known, first = (n, matches), True, h
                        break
                break
        spanned = 0  # the longest name here, inside a longer run of capitals, that the guards set aside
        for n in range(run, 0, -1) if hit is None else ():
            matches = gazetteer.matches("".join(keys[i:i + n]))
            known = known or bool(matches)
            plausible = namescan._plausible(matches, text, words, i, n)
            if matches and not plausible and n > 1 and not spanned and i and text[words[i - 1][0]].isupper() \
                    and joined(i - 1):
                spanned = n
            matches = plausible
            if matches and n == 1 and gazetteer.country_of_demonym(words[i][2]):
                matches = [m for m in matches if m.entry.layer != LAYER_WORLD]
            if matches:
                hit = (n, matches)
                break
        for n in range(min(run, namescan.FUZZY_MAX_WORDS), 0, -1) if hit is None and not known else ():
            if not all(usable(j) for j in range(i, i + n)) \
                    or n > 1 and i + 1 < len(words) and gazetteer.matches(words[i + 1][2]):
                continue
            near = gazetteer.fuzzy(text[words[i][0]:words[i + n - 1][1]], world=namescan.FUZZY_WORLD_IN_PROSE)
            hits = namescan._plausible([m for m in near if m.score >= namescan.FUZZY_PROSE_SCORE
                                        and (m.entry.layer != LAYER_WORLD or m.score >= namescan.FUZZY_WORLD_SCORE)
                                        and m.entry.kind != "country"], text, words, i, n)
            if hits:
                best = max(m.score for m in hits)
                hit = (n, [m for m in hits if m.score == best])
                break
        if hit is None:
            i += max(1, spanned)
            continue
        n, matches = hit
        start, end = words[first][0], words[i + n - 1][1]
        if first < i or not namescan._inside_other_name(text, start, end, matches):
            found.append((start, end, tuple(m.entry.id for m in matches)))
        i += max(n, spanned)
    return found


def test_every_line_of_the_written_corpus_gets_the_names_of_the_word_by_word_scan(gazetteer):
    assert WRITTEN
    lines = [line for path in WRITTEN for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert sum(bool(namescan.find_names(Sentence(0, 0, len(line), line), gazetteer)) for line in lines) > 100
    for line in lines:
        scanned = [(m.start, m.end, tuple(e.id for e in m.candidates))
                   for m in namescan.find_names(Sentence(0, 0, len(line), line), gazetteer)]
        assert scanned == _word_by_word(line, gazetteer), line


def test_the_words_of_a_longer_name_set_aside_start_no_name(gazetteer):
    # "Carrefour New York" is a crossroads of Croix-des-Bouquets: New York, read inside it and set
    # aside, leaves no York of England behind
    line = "Police released at Carrefour New York on Tuesday schoolchildren kidnapped by armed bandits."
    names_found = [m.text for m in namescan.find_names(Sentence(0, 0, len(line), line), gazetteer)]
    assert "York" not in names_found and "New York" not in names_found
    line = "Police released schoolchildren in New York on Tuesday."
    assert [m.text for m in namescan.find_names(Sentence(0, 0, len(line), line), gazetteer)] == ["New York"]
