"""context.merge_abbreviation_splits (issue 13) reads only the tail of the merged sentence
that its `...\\s*$` patterns can see. Same merges as reading the whole sentence; linear on
a long run of 'feat. '."""

from __future__ import annotations

from article_extract.budget import deadline
from article_extract.context import (
    _ABBREV_END,
    _ALWAYS_GOES_ON,
    _CONTINUES,
    _tail,
    merge_abbreviation_splits,
    split_brand_stops,
)


def _whole_sentence_merge(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The merge as it was before issue 13: every pattern on the whole merged sentence."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        prev = text[out[-1][0] : out[-1][1]] if out else ""
        if out and (_ALWAYS_GOES_ON.search(prev) or (_ABBREV_END.search(prev)
                                                     and _CONTINUES.match(text[s:e]))):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _split_at_periods(text: str) -> list[tuple[int, int]]:
    """Sentence spans cut after every '. ' (as a model that trusts every period would)."""
    spans, start = [], 0
    for i, ch in enumerate(text):
        if ch == "." and text[i + 1 : i + 2] == " ":
            spans.append((start, i + 2))
            start = i + 2
    return [*spans, (start, len(text))] if start < len(text) else spans


TEXTS = [
    "Stay feat. Kim Soo is out. It aired on Dec. 9, 2024, and then Mr. Lee spoke.",
    "The OST (Inst. Ver. ) follows. It starts at 9 p.m. on Friday. Dr. Park agrees.",
    "A. B. Cee wrote it. Approx. 40 songs. No. 1 hit. The End.",
    "Song feat.    \tKim. Other vs. Park. approx. 3 million. The Co. Ltd. said so.",
    "Hello. World. Nothing to merge here. None.",
]


def test_same_merges_as_reading_the_whole_sentence() -> None:
    for text in TEXTS:
        spans = _split_at_periods(text)
        assert merge_abbreviation_splits(text, spans) == _whole_sentence_merge(text, spans)


def test_pinned_merges() -> None:
    text = TEXTS[0]
    merged = merge_abbreviation_splits(text, _split_at_periods(text))
    assert [text[s:e].strip() for s, e in merged] == [
        "Stay feat. Kim Soo is out.", "It aired on Dec. 9, 2024, and then Mr. Lee spoke."]


def test_tail_keeps_trailing_space_and_twelve_characters() -> None:
    text = "Some long sentence ends with feat.   "
    assert _tail(text, 0, len(text)) == "s with feat.   "
    assert _tail(text, 30, len(text)) == "eat.   "
    assert _tail("   ", 0, 3) == "   "


def test_linear_on_a_long_run_of_feat() -> None:
    text = "Lee " + "feat. " * 100_000 + "Min-ho stars"
    spans = _split_at_periods(text)
    with deadline(10.0):  # quadratic before: 25 s
        assert merge_abbreviation_splits(text, spans) == [(0, len(text))]


def test_a_full_stop_after_a_mixed_case_name_ends_the_models_sentence() -> None:
    """'airs on tvN. Kim ...': the model reads 'tvN.' as an abbreviation and runs on."""
    text = "The drama airs on tvN. Roh Min leads it. It airs on KBS. Ends."
    assert [text[s:e] for s, e in split_brand_stops(text, [(0, 40), (41, len(text))])] == [
        "The drama airs on tvN.", "Roh Min leads it.", "It airs on KBS. Ends."]
    long = "on tvN." + " " * 100_000 + "Roh"
    assert split_brand_stops(long, [(0, len(long))]) == [(0, 7), (len(long) - 3, len(long))]
