"""The date and money rules run only in windows that can hold a match: around a number, and
only where the window also holds what every match of theirs contains (a year, a calendar
word, a currency). The skip must never lose a match: every pattern hit over the corpora and
every string in these tests contains that piece."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from article_extract.extractors.dates_needs import NEEDS
from article_extract.extractors.dates_rules import _cal, _occurrences, find_matches
from article_extract.extractors.money import _windows, find_money
from article_extract.extractors.money_rules import _LETTERS, _money_rules
from article_extract.extractors.money_rules import NEEDS as MONEY_NEEDS
from article_extract.rules_data import fold_ascii
from tests.texts import corpus_and_test_strings

ROOT = Path(__file__).resolve().parents[2]


def _texts() -> list[str]:
    return corpus_and_test_strings()


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def test_every_date_match_holds_what_its_window_needs(texts: list[str]) -> None:
    cal = _cal()
    hits = [(rid, m.group(0)) for t in texts for rid, pat, _ in cal.patterns for m in pat.finditer(t)]
    assert len(hits) > 1000  # the corpora and the tests' strings, not an empty set
    assert [h for h in hits if not cal.needed.search(h[1])] == []


def test_every_date_match_holds_what_its_rule_needs_near_enough(texts: list[str]) -> None:
    """A rule in NEEDS runs only 70 characters before and 80 after a month name, a weekday name
    or four digits: each of its hits holds them, and one of the first kind lies close enough
    to both ends (20 characters to spare, so no lookahead meets the cut)."""
    cal = _cal()
    bad, checked = [], 0
    for t in texts:
        for rid, pat, _ in cal.patterns:
            need = NEEDS.get(rid, "")
            for m in pat.finditer(t) if need else ():
                checked += 1
                near = [f for f in cal.features[need[0]].finditer(t, m.start(), m.end())
                        if m.start() >= f.start() - 70 and m.end() <= f.end() + 60]
                if not near or not all(cal.features[f].search(t, m.start(), m.end()) for f in need):
                    bad.append((rid, m.group(0)))
    assert checked > 800
    assert bad == []


def test_month_and_weekday_names_are_found_as_the_case_blind_scan_finds_them(texts: list[str]) -> None:
    """The folded-candidate search gives every span the feature's own scan gives, in order,
    over the corpora, the test strings and names glued to letters, digits and the four
    characters Python folds with ASCII letters ('ſ', 'K', 'ı', 'İ')."""
    cal = _cal()
    odd = ["ſept 3", "Kmarch", "İjan", "JUNEjuly", "Sept.May 3", "1May", "mayday", "MaY 4", "sEPT.",
           "Friday-Monday", "xFriday", "ſaturday", "Mon.Tue"]
    found = 0
    for t in [*texts, *odd]:
        folded = fold_ascii(t)
        for kind in ("M", "W"):
            want = [m.span() for m in cal.features[kind].finditer(t)]
            assert list(_occurrences(cal, kind, t, folded, 0, len(t))) == want, (kind, t[:60])
            found += len(want)
    assert found > 1000


def test_needs_names_only_date_rules() -> None:
    assert set(NEEDS) <= {rid for rid, _, _ in _cal().patterns}
    assert set("".join(NEEDS.values())) <= set(_cal().features)


def test_every_money_match_holds_a_currency(texts: list[str]) -> None:
    mr = _money_rules(None)
    marks, first_words = mr.needed
    hits = [(rid, m.group(0)) for t in texts for rid, pat in mr.patterns for m in pat.finditer(t)]
    assert len(hits) > 300
    assert [h for h in hits if not (marks.search(h[1]) or any(
        w.lower() in first_words for w in _LETTERS.findall(h[1])))] == []


def test_every_money_match_holds_its_kind_of_mark_near_enough(texts: list[str]) -> None:
    """A money rule runs only 60 characters before and 70 after a mark of its kind (NEEDS):
    every hit holds one close enough to both ends, 10 characters to spare."""
    mr = _money_rules(None)
    bad, checked = [], 0
    for t in texts:
        marks = mr.marks.find(t, 0, len(t))
        for rid, pat in mr.patterns:
            for m in pat.finditer(t):
                checked += 1
                if not any(a >= m.start() and b <= m.end() and m.start() >= a - 50 and m.end() <= b + 60
                           for a, b in marks[MONEY_NEEDS[rid]]):
                    bad.append((rid, m.group(0)))
    assert checked > 300
    assert bad == []


def test_every_money_rule_has_its_need() -> None:
    assert sorted(MONEY_NEEDS) == sorted(rid for rid, _ in _money_rules(None).patterns)


def test_list_numbers_open_no_window() -> None:
    mr = _money_rules(None)
    assert _windows(mr, "1. 1. 1. 2. 3.") == []
    assert _windows(mr, "1. It cost 5 dollars.") == [(0, 21)]  # the whole line
    # a letter that lower-cases to two characters changes no offset: words are looked up alone
    assert _windows(mr, "İ 1. It cost 5 Dollars.") == [(0, 23)]
    assert find_money("1. 1. 1. 2. 3.", 0, 14) == []
    assert find_matches("1. 1. 1. 2. 3.", 0, 14) == []


def test_a_date_beside_list_numbers_is_still_found() -> None:
    text = "1. 2. 3. It opens on 3/4/2025. 4. 5."
    assert [(m.rule, text[m.start:m.end]) for m in find_matches(text, 0, len(text))] == [
        ("dates.numeric", "3/4/2025")]


def test_a_long_run_of_list_numbers_costs_one_scan() -> None:
    """Wall limit only (far above normal): all 57 date rules over 300k characters took
    seconds before the skip."""
    text = "1. " * 100_000
    started = time.perf_counter()
    assert find_matches(text, 0, len(text)) == []
    assert find_money(text, 0, len(text)) == []
    assert time.perf_counter() - started < 3.0
