"""The words the name scan reads: one split per document, each sentence's
words cut from it, must be exactly the words of the sentence split alone."""

from __future__ import annotations

from geo.places import names


def test_words_carry_offsets_and_folded_spelling():
    text = "Tirs à Pétion-Ville, près du « Champ de Mars »_2"
    spans = names.word_spans(text)
    assert [text[s:e] for s, e, _ in spans] == ["Tirs", "à", "Pétion", "Ville", "près", "du", "Champ", "de",
                                                 "Mars", "2"]
    assert [w for _, _, w in spans][:4] == ["tirs", "a", "petion", "ville"]


def test_a_sentence_gets_the_words_it_would_get_on_its_own():
    body = "Gunmen attacked Delmas 33 overnight. Police said Cité Soleil was calm.\n\nSt. Marc too."
    for start, end in ((0, 36), (37, 71), (73, len(body)), (5, 20), (3, 40)):
        # (5, 20) and (3, 40) cut words at an edge: the slice is split on its own
        assert names.words_between(body, start, end) == names.word_spans(body[start:end])


def test_a_sentence_opening_with_an_accented_capital_is_its_own():
    from geo.text.sentences import split_sentences

    body = "Des émeutes ont touché Bezons (Val-d'Oise). À Fresnes, des individus ont attaqué la prison. M. Édouard a parlé."
    assert [s.text for s in split_sentences(body)] == [
        "Des émeutes ont touché Bezons (Val-d'Oise).", "À Fresnes, des individus ont attaqué la prison.",
        "M. Édouard a parlé."]
