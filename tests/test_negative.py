"""Sentences that must yield no fact at all (tests/negative/sentences.txt, one per line)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Run

SENTENCES = [
    line.strip()
    for line in (Path(__file__).parent / "negative" / "sentences.txt").read_text("utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]


def _facts(doc: dict[str, Any]) -> dict[str, Any]:
    w, st = doc["work"], doc["soundtrack"]
    return {
        "dates": [d["text"] for d in doc["dates"]],
        "money": [m["text"] for m in doc["money"]],
        "budget": w["budget"],
        "cast": [c["name"] for c in w["cast"]],
        "episodes": w["episodes"],
        "artists": [a["name"] for a in st["artists"]],
        "songs": [s["title"] for s in st["songs"]],
        "tracklists": st["tracklists"],
    }


EMPTY = {"dates": [], "money": [], "budget": None, "cast": [], "episodes": None, "artists": [],
         "songs": [], "tracklists": []}


def test_the_negative_corpus_is_not_trivial() -> None:
    assert len(SENTENCES) == 87


@pytest.mark.parametrize("sentence", SENTENCES)
def test_yields_nothing(run: Run, sentence: str) -> None:
    assert _facts(run(sentence)) == EMPTY
