"""The word-edge gate of a cue set (rules_cues.WORD_EDGE): no cue begins inside a word ('as'
in 'has', 'of' in 'Kof'). Over the corpora and every string in the tests, the gate drops
only such hits (and what they hid), and scanning gives up inside a word at once."""

from __future__ import annotations

import re
from pathlib import Path

from article_extract.rules import shipped
from article_extract.rules_cues import WORD_EDGE
from tests.texts import corpus_and_test_strings

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> list[str]:
    return corpus_and_test_strings()


def test_the_gate_changes_no_hit() -> None:
    rules = shipped()
    categories = sorted({rules.cue(i).category for i in rules.cue_ids()})
    sets = [rules.cue_set(c, d) for c in categories for d in (None, "forward", "backward", "none")]
    texts = _texts()
    found = 0
    for cues in sets:
        if cues.regex.pattern == r"(?!x)x":
            continue  # no records in that direction
        assert cues.regex.pattern.startswith(WORD_EDGE)
        ungated = re.compile(cues.regex.pattern[len(WORD_EDGE) + 3 : -1])
        for t in texts:
            gated = [m.span() for m in cues.regex.finditer(t)]
            plain = [m.span() for m in ungated.finditer(t)]
            dropped = [h for h in plain if h not in gated]
            # a dropped hit began inside a word, or the gated scan found it from a start next
            # to it (the ungated scan had consumed 'as ' of 'conocidas' and met ' como' after)
            assert all(_inside_word(t, a) or any(x < b and a < y for x, y in gated)
                       for a, b in dropped)
            # a hit found only with the gate was hidden behind a dropped one
            assert all(any(a < y and x < b for x, y in dropped) for a, b in gated if (a, b) not in plain)
            found += len(gated)
    assert found > 1000


def _inside_word(text: str, pos: int) -> bool:
    return 0 < pos < len(text) and bool(re.match(r"\w", text[pos - 1])) and bool(
        re.match(r"\w", text[pos]))


def test_every_backward_cast_cue_is_gated_at_a_run_start() -> None:
    """A backward cue tried from inside a run of spaces rescans the run (quadratic on layout
    spaces): each record's branches begin with white space, so the set gates them all."""
    from article_extract.rules import shipped
    from article_extract.rules_cues import _run_start_gated

    for rule in shipped().cue_set("cast", "backward").rules:
        src = rule.source(shipped().fragments)
        if _run_start_gated(src) == src:  # ungated: it must not open on optional white space
            assert "|,?\\s" not in src and not src.startswith((",?\\s", "\\s*")), rule.id

