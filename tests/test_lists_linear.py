"""lists._SENTENCE (issue 13): starts only where a lowercase run begins and never gives the
run back. Same matches as before on entries and prose; linear on a long lowercase run."""

from __future__ import annotations

import re

from article_extract.budget import deadline
from article_extract.lists import _SENTENCE

_BEFORE = re.compile(r"[a-z]{2,}[.!?]\s+[A-Z]")
LINES = ["1. Golden Hour - Kim Soo", "It rained. Then Kim sang.", "Hi. There", "ok!  Yes",
         "Dr. Park - Song", "a. B", "lower case only", "the end.\nNext", "x" * 50 + "? Y"]


def test_same_matches_as_before() -> None:
    for text in LINES:
        old, new = _BEFORE.search(text), _SENTENCE.search(text)
        assert (new.span() if new else None) == (old.span() if old else None), text


def test_pinned_matches() -> None:
    assert _SENTENCE.search(LINES[1]).group(0) == "rained. T"  # type: ignore[union-attr]
    assert _SENTENCE.search(LINES[0]) is None
    assert _SENTENCE.search(LINES[5]) is None


def test_linear_on_a_long_lowercase_run() -> None:
    with deadline(10.0):  # quadratic before: 1.8 s for 16,000 letters
        assert _SENTENCE.search("a" * 300_000 + " end") is None
