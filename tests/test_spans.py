"""spans.py: the overlap policy and the find loop that replaced per-name regexes."""

from __future__ import annotations

import re

from article_extract.quotes import quoted_spans
from article_extract.spans import WORD_OR_APOSTROPHE, Match, occurrences, prefer_longest


def test_occurrences_skip_names_glued_to_a_word() -> None:
    text = "Lee met Leeds fans; Lee-ah and Lee sang. Lee"
    assert list(occurrences(text, "Lee")) == [0, 31, 41]


def test_occurrences_are_literal_not_patterns() -> None:
    text = "K.Will and KxWill and K.Will?"
    assert list(occurrences(text, "K.Will")) == [0, 22]
    assert list(occurrences("a (b) c", "(b)", None, None)) == [2]


def test_occurrences_checks_only_the_sides_asked_for() -> None:
    text = "NOVA's Ryu; Ryu's song; xRyu"
    assert list(occurrences(text, "Ryu", WORD_OR_APOSTROPHE, WORD_OR_APOSTROPHE)) == [7]
    assert list(occurrences(text, "Ryu", None, None)) == [7, 12, 25]


def test_occurrences_match_finditer_or_search_semantics() -> None:
    text = "aaaa"
    assert list(occurrences(text, "aa", None, None)) == [m.start() for m in re.finditer("aa", text)]
    assert list(occurrences(text, "aa", None, None, overlap=True)) == [0, 1, 2]
    assert list(occurrences(text, "", None, None)) == []


def test_prefer_longest_keeps_longest_then_sorts_by_position() -> None:
    got = prefer_longest([Match("a", 5, 9), Match("b", 0, 3), Match("c", 4, 12), Match("d", 11, 14)])
    assert [(m.rule, m.start, m.end) for m in got] == [("b", 0, 3), ("c", 4, 12)]


def test_straight_single_quotes_around_hangul_with_a_glued_particle() -> None:
    text = "tvN 드라마 '밤바다'의 OST, '별'도 담겼다. It's rock 'n' roll and the 'Blue Moon' tour."
    assert [q for _, _, q in quoted_spans(text, 0, len(text))] == ["밤바다", "별", "Blue Moon"]


def test_a_curly_apostrophe_inside_curly_single_quotes_is_no_closing_quote() -> None:
    text = "cameras rolled for ‘Harbor’s End’, and ‘Don’t Go’ plays; ‘밤바다’의 OST"
    assert [q for _, _, q in quoted_spans(text, 0, len(text))] == ["Harbor’s End", "Don’t Go",
                                                                   "밤바다"]


def test_low_high_quotes_of_polish_czech_and_german() -> None:
    text = "seriale „Magda M.” i „Na dobre i na złe“ oraz 'x'"
    assert [q for _, _, q in quoted_spans(text, 0, len(text))] == ["Magda M.", "Na dobre i na złe"]


def test_guillemets_quote_titles_both_ways() -> None:
    text = "La BO de «Nuit du Port» est sortie; der Film »Nachthafen« auch."
    assert [q for _, _, q in quoted_spans(text, 0, len(text))] == ["Nuit du Port", "Nachthafen"]
