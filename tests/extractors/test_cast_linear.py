"""cast._trailing_aside (issue 13): `_TRAILING_ASIDE` searched near the end only. The same
leftmost match as searching the whole range; linear on a long sentence."""

from __future__ import annotations

import random

from article_extract.budget import deadline
from article_extract.extractors.names_before import _TRAILING_ASIDE, _trailing_aside

TEXTS = [
    "Kim Soo-hyun (Queen of Tears) ",
    "Kim Soo-hyun, who starred in Queen of Tears, ",
    "Kim Soo-hyun,   best known for the hit drama My Love from the Star,\u201d ",
    "Hayase (known for Summer Station)",
    "Kim Soo-hyun plays",
    "Kim Soo-hyun, who starred in Queen of Tears; and later ",
    "A (one) B (two)   \n",
    "Lee, of " + "x" * 190 + ", ",
    "Lee, of " + "x" * 300 + ", ",
    "Lee," + " " * 500 + "the " + "y" * 150 + ",",
    "Lee" + " " * 400 + "(aside)" + " " * 50,
]


def _spans(text: str, lo: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    old = _TRAILING_ASIDE.search(text, lo, len(text))
    new = _trailing_aside(text, lo, len(text))
    return (old.span() if old else None), (new.span() if new else None)


def test_same_leftmost_match_as_the_whole_range() -> None:
    for text in TEXTS:
        for lo in (0, 3, len(text) // 2):
            old, new = _spans(text, lo)
            assert new == old, (text, lo)


def test_pinned_matches() -> None:
    assert _spans(TEXTS[0], 0)[1] == (12, 30)
    assert _spans(TEXTS[1], 0)[1] == (12, 45)
    assert _spans(TEXTS[4], 0)[1] is None
    assert _spans(TEXTS[9], 0)[1] == (3, len(TEXTS[9]))  # the comma before 500 spaces


def test_same_matches_on_random_text() -> None:
    rng = random.Random(13)
    pieces = ["Kim", " ", "  ", ",", ", who", " the", "(", ")", "x" * 40, ";", '"', "\n", "of "]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        old, new = _spans(text, rng.randint(0, len(text)))
        assert new == old, text


def test_linear_on_a_long_sentence() -> None:
    text = "Kim, who starred in X, " * 20_000
    with deadline(10.0):
        for end in range(len(text) - 200_000, len(text), 997):
            _trailing_aside(text, 0, end)
