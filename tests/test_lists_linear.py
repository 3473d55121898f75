"""lists._SENTENCE (issue 13): starts only where a lowercase run begins and never gives the
run back. Same matches as before on entries and prose; linear on a long lowercase run."""

from __future__ import annotations

import re
import time

from article_extract.budget import deadline
from article_extract.extractors.tracklists_columns import tagged_cell
from article_extract.lists import _SENTENCE
from article_extract.testing import make_ctx

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


def test_the_model_names_in_a_long_dash_list_are_read_in_linear_time() -> None:
    """Each cell looks only at the entities that start inside it (a bisection), not at all of
    them: 10,000 entries with 20,000 entities took 200 million comparisons (8 s)."""
    n = 10_000
    lines = [f"- Roh Min{k} – Night Harbor {k}" for k in range(n)]
    text = "Tracklist:\n" + "\n".join(lines) + "\n"
    ctx = make_ctx(text, cell_ents=[("PERSON", f"Roh Min{k}") for k in range(n)]
                   + [("ORG", f"Night Harbor {k}") for k in range(n)])
    pos = [text.index(line) + 2 for line in lines]
    started = time.perf_counter()
    tagged = [tagged_cell(ctx, p, p + len(f"Roh Min{k}")) for k, p in enumerate(pos)]
    assert all(tagged)
    assert time.perf_counter() - started < 5.0  # about 0.1 s; reading every entity took 8 s
