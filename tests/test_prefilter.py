"""The prefilter of the lexicons only saves work: every answer is the regular expression's own."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings, strategies as st

from geo.text import dates, descriptions, facilities, fatalities, lexicons, mentions, namescan, sites
from geo.text.prefilter import Prefiltered, PrefilterGroup, prefiltered, required_literals

ROOT = Path(__file__).resolve().parent.parent
WRITTEN = sorted((ROOT / "evals" / "written" / "docs").glob("*.txt"))

RULES = {name: value for module in (lexicons, facilities, mentions, descriptions, namescan)
         for name, value in vars(module).items() if isinstance(value, Prefiltered)}
RULES.update({f"trigger {index}": pattern for index, (pattern, _, _) in enumerate(lexicons.TRIGGERS)})
RULES.update({f"date {name}": pattern for name, pattern in dates._PATTERNS})
RULES.update({f"toll {index}": pattern for index, pattern in enumerate([*fatalities._PATTERNS, fatalities._DEATH_WORD])})
GROUPS = [
    ([pattern for pattern, _, _ in lexicons.TRIGGERS], lexicons.TRIGGER_FILTER),
    ([pattern for _, pattern in dates._PATTERNS], dates._FILTER),
    ([*fatalities._PATTERNS, fatalities._DEATH_WORD], fatalities._FILTER),
    # the rules asked once per sentence rather than once per place or per scan
    (list(sites._AROUND_PLACE), sites._AROUND_PLACE_FILTER),
    (list(descriptions._SENTENCE_SCANS), descriptions._SENTENCE_SCANS_FILTER),
]
#: Words the rules are made of, in the cases and spellings news text uses them.
VOCABULARY = sorted({literal for rule in RULES.values() for literal in rule.literals or ()}
                    | {literal for patterns, _ in GROUPS for p in patterns for literal in required_literals(p) or ()})


def _agrees(text: str) -> None:
    for name, rule in RULES.items():
        for mine, own in ((rule.search(text), rule.regex.search(text)), (rule.match(text), rule.regex.match(text))):
            assert (mine and (mine.span(), mine.groups())) == (own and (own.span(), own.groups())), (name, text)
        assert [m.span() for m in rule.finditer(text)] == [m.span() for m in rule.regex.finditer(text)], (name, text)
    for patterns, group in GROUPS:
        possible = group.candidates(text)
        for index, pattern in enumerate(patterns):
            if pattern.search(text):
                assert index in possible, (pattern.pattern[:60], text)
            if index in possible:  # a candidate is searched without a second look for its words
                assert [m.span() for m in pattern.finditer(text, found=True)] \
                    == [m.span() for m in pattern.regex.finditer(text)], (pattern.pattern[:60], text)


def test_literals_are_read_off_the_pattern():
    # the longest word each alternative needs, lower-cased; a class of letters gives each spelling
    assert required_literals(re.compile(r"\b(?:state\s+of\s+emergency|curfews?\b)", re.I)) == {"emergency", "curfew"}
    assert required_literals(re.compile(r"[ée]tat\s+de\s+si[èe]ge", re.I)) == {"siège", "siege"}
    assert required_literals(re.compile(r"\b(?:km|\w+ly)", re.I)) == {"km", "ly"}
    assert required_literals(re.compile(r"\b(?:km|\w+)", re.I)) is None  # one alternative requires nothing


def test_every_sentence_of_the_written_corpus_gets_the_same_answers():
    assert WRITTEN
    for path in WRITTEN:
        for line in path.read_text(encoding="utf-8").splitlines():
            _agrees(line)


def test_a_match_is_tried_only_where_its_leading_words_start():
    # an optional opening group ("(?:ont\s+)?perdu") and a group that turns case-blindness off
    # ("(?-i:m)arch") still give the words a match starts with: it is tried only there
    rule = prefiltered(r"\b(?:(?-i:m)arch(?:es)?\b|(?:ont\s+)?perdu\s+la\s+vie)", re.I)
    assert set(rule._starts) == {"march", "ont", "perdu"}
    for text in ("ils ont perdu la vie", "a March march", "perdu la vie", "MARCH", "ont  perdu la vie, marches"):
        assert [m.span() for m in rule.finditer(text)] == [m.span() for m in rule.regex.finditer(text)], text


def test_a_number_starts_a_match_wherever_a_digit_of_any_script_stands():
    # "\d" leads with every decimal digit re knows, so a toll is tried only at digits and its words
    rule = prefiltered(r"\b(?:(?:at\s+least\s+)?\d[\d,]*|dozens)\s+(?:people\s+)?killed", re.I)
    assert {"at", "dozens", "7", "\u0663", "\u096a"} <= set(rule._starts)
    for text in ("at least 12 people killed", "1,200 killed and ٣ killed", "dozens killed", "४ killed", "x12 killed"):
        assert [m.span() for m in rule.finditer(text)] == [m.span() for m in rule.regex.finditer(text)], text


def test_a_match_after_a_comma_or_at_the_text_s_start_is_tried_only_there():
    # "(?:^|(?<=[,;])\s*|\band\s+)Name(?=\s+dans)": it starts at the text's start, right after a
    # comma or a semicolon, or at "and"
    rule = prefiltered(r"(?:^|(?<=[,;])\s*|\b(?:et|and)\s+)(?P<name>[A-Z]\w+)(?=\s+dans)")
    assert set(rule._starts) == {"\x02", "\x01,", "\x01;", "et", "and"}
    for text in ("Sollé dans le Nord, Boko dans le Centre et Yondé dans l'Est", "x,Boko dans", "Boko dans",
                 "a; Yondé dans", "vu Boko dans", "and Boko dans", ""):
        assert [m.span() for m in rule.finditer(text)] == [m.span() for m in rule.regex.finditer(text)], text
        assert (rule.search(text) or rule.regex.search(text)) is None \
            or rule.search(text).span() == rule.regex.search(text).span(), text


def test_a_case_sensitive_pattern_with_a_case_blind_group_starts_at_its_words_in_lower_case():
    # "(?i:gov|capt)" in a case-sensitive pattern: its starts are looked for in the lower-cased
    # text, lower-cased ("Ron" as "ron"), rather than trying the pattern at every position
    rule = prefiltered(r"\b(?:(?i:capt|gov)\.?\s+(?:[A-Z]\w+\s+){0,2}|(?:Ron|Jay)\s+)(?P<surname>[A-Z]\w+)\b")
    assert set(rule._starts) == {"capt", "gov", "ron", "jay"}
    for text in ("Capt. Ron Johnson and Gov. Nixon", "CAPT Ron Johnson", "ron Johnson, jay Nixon, Jay Nixon",
                 "GOV. Jay Nixon", "Governor Nixon", "Capt Johnson", "capt. ron johnson", ""):
        assert [(m.span(), m.groups()) for m in rule.finditer(text)] \
            == [(m.span(), m.groups()) for m in rule.regex.finditer(text)], text


def test_a_long_alternation_is_tried_one_alternative_at_a_time_with_the_same_match():
    rule = prefiltered(r"(?:\bvisit(?:ed)?\s+to|\bfrom|\bkm\s+(?:of|from)|\bnorth\s+of)\s*(?:the\s+)?$", re.I)
    assert rule._parts is not None
    for text in ("a visited to the ", "ten km from ", "they fled from the ", "north of", "the capital "):
        mine, own = rule.search(text), rule.regex.search(text)
        assert (mine and mine.span()) == (own and own.span())


def test_an_alternative_split_in_turn_is_tried_by_its_own_alternatives_in_one_pass():
    # "travel ... to|from ..." nested in a long alternation, as in NOT_SITE_BEFORE: its alternatives,
    # each with the tail, join the outer ones, so that one automaton pass picks among all of them
    rule = prefiltered(r"\bheard\s+as\s+far\s+as\s+$|\bbateau\s+$|\bleft\s+$|"
                       r"(?:\bvisit(?:ed)?\s+to|\bfrom|\bkm\s+(?:of|from)|\bnorth\s+of)\s*(?:the\s+)?$", re.I)
    assert len(rule._parts) == 7
    for text in ("a visited to the ", "ten km from ", "they fled from the ", "north of", "the capital ",
                 "shots were heard as far as ", "they left ", "le bateau ", "left from the "):
        mine, own = rule.search(text), rule.regex.search(text)
        assert (mine and mine.span()) == (own and own.span()), text
        assert bool(rule.match(text)) == bool(rule.regex.match(text)), text


def test_a_group_looks_for_the_lower_case_of_a_case_sensitive_word():
    # the group searches the lower-cased text: "The" is found as "the", "[Ll]a" as "la"
    group = PrefilterGroup([re.compile(r"\b[Tt]he\s+prison"), re.compile(r"\b(?:[Ll]a|[Ss]a)\s+capitale")])
    assert group.checked == {0, 1}
    assert group.candidates("THE PRISON") == {0}  # a superset: the pattern itself then says no
    assert group.candidates("La capitale") == {1}
    assert group.candidates("a capital city") == set()
    accented = PrefilterGroup([re.compile(r"\bÉtat\s+d['’]urgence"), re.compile(r"\bΣ\w+")])
    assert accented.checked == {0}  # a capital sigma lower-cases by its context: not looked for
    assert accented.candidates("l'État d’urgence") == {0, 1} and accented.candidates("la guerre") == {1}


def test_a_character_without_case_is_a_literal_whatever_its_script():
    # the curly apostrophe is no letter: "l’" and "d’" lead, not "l" and "d", which every text holds
    rule = prefiltered(r"\b(?:(?:l['’]|d['’])\s*assaut|assauts)\b", re.I)
    assert set(rule._starts) == {"l'", "l’", "d'", "d’", "assauts"}
    for text in ("L’ASSAUT", "d'assaut", "les assauts", "l’ assaut final", "d’Lassaut"):
        assert [m.span() for m in rule.finditer(text)] == [m.span() for m in rule.regex.finditer(text)], text


def test_a_sentence_answers_for_its_slices_once_word_starts_are_dropped():
    """A place's rules are asked of slices of its sentence, which may begin
    inside a word; the sentence's one answer must let through every rule
    that matches in any such slice."""
    inside = [prefiltered(r"\bcamp\b", re.I)]
    assert PrefilterGroup(inside).candidates("they decamp here") == set()
    assert inside[0].search("camp here")  # the slice "camp here" of that sentence
    assert PrefilterGroup(inside, word_starts=False).candidates("they decamp here") == {0}
    rules = list(sites._AROUND_PLACE)
    group = PrefilterGroup([rule.regex for rule in rules], word_starts=False)
    for path in WRITTEN:
        for line in path.read_text(encoding="utf-8").splitlines():
            possible = group.candidates(line)
            for cut in range(0, len(line), 6):
                for piece in (line[max(0, cut - 80):cut], line[cut:cut + 120]):
                    for index, rule in enumerate(rules):
                        if rule.regex.search(piece) or rule.regex.match(piece):
                            assert index in possible, (rule.pattern[:60], piece)


def test_letters_that_fold_unlike_lower_case_are_not_skipped():
    """``re.IGNORECASE`` matches the long s and the dotless i to "s" and "i"; ``str.lower`` does not."""
    rule = prefiltered(r"\bstate\s+of\s+emergency", re.I)
    assert rule.search("a \u017ftate of emergency") is not None
    assert prefiltered(r"\bkidnap", re.I).search("K\u0131DNAPPED") is not None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(VOCABULARY), st.sampled_from(["the", "in", "de", ",", "2024", "12", "'", "’s"])),
                max_size=12),
       st.sampled_from([str, str.upper, str.title, str.capitalize]),
       st.sampled_from([" ", "", "-", "\u00a0"]))
def test_any_mix_of_lexicon_words_gets_the_same_answers(words, case, gap):
    _agrees(case(gap.join(words)))


def test_a_capital_asked_for_in_a_case_blind_rule_is_a_capital():
    """Under re.I, [A-Z] matches any letter: "a birthday party in Jacmel" once read as the party « Jacmel »."""
    from geo.text import declarations, extract, unplaced
    loose = []
    for module in (lexicons, facilities, mentions, descriptions, namescan, sites, declarations, extract, unplaced):
        for name, value in vars(module).items():
            pattern, flags = getattr(value, "pattern", None), getattr(value, "flags", 0)
            if isinstance(pattern, str) and flags & re.I:
                loose += [f"{module.__name__}.{name}" for _ in re.finditer(r"(?<!\(\?-i:)\[A-Z", pattern)]
    assert loose == []
