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


def test_model_text_skips_a_scan_only_where_its_run_cannot_be() -> None:
    """The token checks before each scan are exact: the same text as running all three scans,
    over the corpora and random mixes of the runs' pieces."""
    import random
    from pathlib import Path

    from article_extract.pipeline import _LETTERLESS_RUN, _LONG_RUN, _NON_SPACE, _REPEATED_RUN

    def every_scan(text: str) -> str:
        text = _LONG_RUN.sub(lambda m: " " * len(m.group(0)), text)
        text = _REPEATED_RUN.sub(lambda m: _NON_SPACE.sub(" ", m.group(0)), text)
        return _LETTERLESS_RUN.sub(lambda m: _NON_SPACE.sub(" ", m.group(0)), text)

    root = Path(__file__).resolve().parents[1]
    texts = [p.read_text("utf-8") for p in sorted(root.glob("corpus/**/*.txt"))]
    rng = random.Random(7)
    pieces = ["Kim's ", "feat. ", "1. ", "- ", "x" * 90 + " ", "a b ", "\u00a0", "\t", "Lee Jun ",
              "\x1c", "\u2028", "\u3000"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 150))) for _ in range(3000)]
    changed = sum(every_scan(t) != t for t in texts)
    assert changed > 100  # the mixes do hold runs
    assert [t for t in texts if model_text(t) != every_scan(t)] == []
