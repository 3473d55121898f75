"""topics._TRAILING_YEAR (issue 13): tried only where a run of white space begins, the run
never given back. Same matches as before on Title Case runs; linear on a long run."""

from __future__ import annotations

import re

from article_extract.budget import deadline
from article_extract.extractors.topics import _TRAILING_YEAR

_BEFORE = re.compile(r"(?:\s+(?:in|of|from|since|to))?\s+(?:19|20)\d\d$")
RUNS = ["Queen of Tears 2024", "Goblin in 2016", "Goblin  in\t2016", "Squid Game", "Parasite 2019x",
        "Big Mouth   since 1999", "Big Mouth to 1850", "Hotel Del Luna 20245", "A 2024\n", "2024"]


def test_same_matches_as_before() -> None:
    for text in RUNS:
        for start in (0, 1):
            old = _BEFORE.search(text, start)
            new = _TRAILING_YEAR.search(text, start)
            assert (new.span() if new else None) == (old.span() if old else None), text


def test_pinned_matches() -> None:
    assert _TRAILING_YEAR.search("Queen of Tears 2024").start() == 14  # type: ignore[union-attr]
    assert _TRAILING_YEAR.search("Goblin  in\t2016").start() == 6  # type: ignore[union-attr]
    assert _TRAILING_YEAR.search("Squid Game") is None


def test_linear_on_a_long_run_of_spaces() -> None:
    text = "Lee" + " " * 300_000 + "Min-ho"
    with deadline(10.0):  # quadratic before: 7 s for 20,000 spaces
        assert _TRAILING_YEAR.search(text) is None


def test_the_in_run_searches_start_where_white_space_does() -> None:
    """after_in_run and kind_possessive are searched inside a Title Case run; a run that holds a
    long stretch of no-break spaces once made each position rescan the rest (108 s for a
    15,000-space headline). Same hits on ordinary runs, linear on the long one."""
    from article_extract.extractors.topics_patterns import TitlePatterns
    from article_extract.rules import shipped

    p = shipped().compiled(TitlePatterns.build)
    assert p.kind_possessive.search("Night Harbor Drama's New Poster").start() == 12  # type: ignore[union-attr]
    assert p.after_in_run.search("Night Harbor Box Office Collection") is not None
    text = "Lee" + "\u00a0" * 300_000 + "Min-ho"
    with deadline(10.0):
        assert p.kind_possessive.search(text) is None
        assert p.after_in_run.search(text) is None
