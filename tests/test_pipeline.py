"""What the statistical model reads (`pipeline.model_text`): the input with its debris blanked,
every offset unchanged."""

from __future__ import annotations

import time

from article_extract.pipeline import model_text


def test_a_run_that_repeats_itself_twenty_times_is_blanked() -> None:
    run = "Kim's " * 20
    text = f"Lee {run}stars.\nKim Min-ji plays."
    out = model_text(text)
    assert len(out) == len(text)
    assert out == "Lee " + " " * len(run) + "stars.\nKim Min-ji plays."


def test_a_repeated_group_of_tokens_keeps_its_line_breaks() -> None:
    run = "Moon River Star\n" * 25
    out = model_text(f"Intro.\n{run}End.")
    assert out == "Intro.\n" + "               \n" * 25 + "End."


def test_nineteen_repeats_and_ordinary_prose_stay() -> None:
    text = "Kim " * 19 + "and the drama Night Harbor, starring Kim Min-ji, airs on tvN."
    assert model_text(text) == text


def test_the_scan_is_linear_on_a_period_it_does_not_blank() -> None:
    """Thirteen tokens repeated (one more than the longest period blanked): every position
    is tried and fails within a bound. Wall limit only, far above the normal 0.1 s."""
    piece = " ".join(f"w{i}" for i in range(13)) + " "
    text = piece * (1_000_000 // len(piece))
    started = time.perf_counter()
    assert model_text(text) == text
    assert time.perf_counter() - started < 10.0
