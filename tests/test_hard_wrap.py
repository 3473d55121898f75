"""Hard-wrapped prose: each paragraph read as one line, offsets and quotes still the input's."""

from __future__ import annotations

from typing import Any

from article_extract.segment import segment
from tests.conftest import Run

WRAPPED = (
    "Night Harbor, the new drama from the small studio in Port Ora, will\n"
    "open on a quiet evening in spring. The writers say the\n"
    "story follows two sisters who run a ferry between the islands and\n"
    "the mainland, and who fall out over the family's debts.\n"
    "The series stars Roh Min, Park Ha and Lee\n"
    "Jun, with Choi Woo as the harbour master who keeps an eye\n"
    "on them.\n"
)


def test_a_wrapped_paragraph_is_one_line_with_the_inputs_offsets() -> None:
    segs = segment(WRAPPED)
    assert len(segs.paragraphs) == 1
    para = segs.paragraphs[0]
    assert (para.start, para.end) == (0, len(WRAPPED) - 1)
    assert para.text == WRAPPED[:-1].replace("\n", " ")
    assert segs.text == WRAPPED[:-1].replace("\n", " ") + "\n"


def test_a_paragraph_ends_at_a_short_line_that_closes_a_sentence() -> None:
    text = WRAPPED + "\nBlue Lamp, a film shot in Westmoor last year, is\n" + \
        "the other title the studio has on its slate for the\n" + \
        "season; its cast has not been named and its date is\n" + \
        "still open, the producers say.\n"
    assert [p.text[:9] for p in segment(text).paragraphs] == ["Night Har", "Blue Lamp"]


def test_a_name_broken_over_two_lines_is_one_name_and_its_evidence_quotes_the_input(
        run: Run) -> None:
    doc: dict[str, Any] = run(WRAPPED)
    cast = {c["name"]: c for c in doc["work"]["cast"]}
    assert list(cast) == ["Roh Min", "Park Ha", "Lee Jun", "Choi Woo"]
    ev = cast["Lee Jun"]["evidence"]
    assert ev["text"] == "Lee\nJun" == WRAPPED[ev["start"] : ev["end"]]


def test_lines_that_are_titles_or_whole_sentences_stay_apart() -> None:
    titles = "Night Harbor\nBlue Lamp in the rain\nSalt Road\nRed Door at noon\nGold Gate\n"
    sentences = (
        "The series opens in spring on the small channel that bought it.\n"
        "Its two leads met on the set of a film shot in Westmoor.\n"
        "The studio says a second season is already being written.\n"
        "A soundtrack album with twelve songs follows in the summer.\n"
    )
    shouted = "REVIEW\nMuch\nlike the film it scores, the album opens with a song that\n" + \
        "sets the mood for the rest, and it keeps that mood for\n" + \
        "the whole of its forty minutes, which is more than most\n" + \
        "albums of its kind manage to do.\n"
    assert len(segment(titles).lines) == 5
    assert [p.text for p in segment(sentences).paragraphs] == sentences.splitlines()
    assert [p.text[:12] for p in segment(shouted).paragraphs] == ["REVIEW", "Much like th"]
