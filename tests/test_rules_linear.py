"""rules._run_start_gated (issue 13): a cue whose every branch begins with required white
space is tried only where a run of white space begins. Same matches as the ungated cue on
ordinary sentences; no longer quadratic inside a long run."""

from __future__ import annotations

import re

import pytest

from article_extract.budget import deadline
from article_extract.rules import shipped
from article_extract.rules_cues import _run_start_gated, _top_branches

SENTENCES = [
    "Kim Soo-hyun plays Baek Hyun-woo in the drama.",
    "Kim Soo-hyun  also plays the heir, and Kim Ji-won portrays Hong Hae-in.",
    "Park Bo-young and Lee Jae-wook lead the star-studded cast of the series.",
    "Lee Min-ho co-stars.",
    "The Shawshank Redemption starrer returns, and Jo In-sung will star in it too.",
    "Bong Joon-ho is at the helm, and Park Chan-wook\tis back at the helm.",
    "IU sang the title song, while Taeyeon has sung \u201cAll About You\u201d.",
    '"Love Wins All" has been picked as the album\u2019s title track.',
    "Nothing here: plays, co-stars and sang without a subject.",
]


def test_top_branches_skip_groups_classes_and_escapes() -> None:
    assert _top_branches(r"\s+a|[|(]b|(c|d)\||[^]|]x") == [r"\s+a", "[|(]b", r"(c|d)\|", "[^]|]x"]
    assert _top_branches("abc") == ["abc"]


def test_gate_only_where_every_branch_needs_white_space_first() -> None:
    assert _run_start_gated(r"\s+plays|\s+voices") == r"(?<!\s)(?:\s+plays|\s+voices)"
    assert _run_start_gated(r"\s*as\s+") == r"\s*as\s+"  # may start on a letter: untouched
    # a branch that opens otherwise leaves the others gated, each on its own
    assert _run_start_gated(r"\s+plays|stars") == r"(?:(?<!\s)\s+plays|stars)"


GATED = ["cast.lead_the_cast", "cast.co_star", "cast.plays_role", "directors.at_the_helm",
         "songs.sang_title", "songs.title_track_before"]


@pytest.mark.parametrize("rule_id", GATED)
def test_gated_cue_finds_what_the_plain_pattern_finds(rule_id: str) -> None:
    rules = shipped()
    rule = rules.cue(rule_id)
    plain = re.compile(rule.source(rules.fragments), re.I if "i" in rule.flags else 0)
    gated = rules.cue_regex(rule_id)
    assert gated.pattern.startswith((r"(?<!\s)", r"(?:(?<!\s)"))
    for text in SENTENCES:
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_pinned_matches() -> None:
    rules = shipped()
    text = SENTENCES[1]
    assert [m.group(0) for m in rules.cue_regex("cast.plays_role").finditer(text)] == [
        "  also plays ", " portrays "]
    assert [(m.start, m.rule.id) for m in rules.cue_set("cast", "backward").finditer(
        SENTENCES[2])] == [(30, "cast.lead_the_cast")]  # " lead the star-studded cast"


def test_gated_cues_are_linear_in_a_run_of_spaces() -> None:
    rules = shipped()
    text = "Lee" + " " * 200_000 + "Min-ho stars"
    with deadline(10.0):  # quadratic before: minutes
        for rule_id in GATED:
            assert rules.cue_regex(rule_id).search(text) is None
        assert list(rules.cue_set("cast", "backward").finditer(text)) == []


def test_album_owner_same_matches_and_linear() -> None:
    """cues/soundtrack.json artists.album_owner: `(?<!\\s)` before each branch's `\\s+` (after
    the optional possessive), so a run of spaces is scanned from its start only (5,000 spaces
    took 8 s); the matches are the pattern's without the guards."""
    rules = shipped()
    gated = rules.cue_regex("artists.album_owner")
    plain = re.compile(gated.pattern.replace(r"(?<!\s)", ""), re.I)
    texts = ["IU 1st Mini Album", "NewJeans's first full-length album", "BTS  unveils album",
             "IU's   new album, and BLACKPINK\u2019s 2nd studio album", "Kim album", "Kim 's new EP"]
    for text in texts:
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.group(0) for m in gated.finditer(texts[3])] == ["'s   new album",
                                                              "\u2019s 2nd studio album"]
    with deadline(10.0):
        assert gated.search("Kim" + " " * 200_000 + "x") is None


# cues matched only at one position (right after a name or a quoted title), never searched
ANCHORED = frozenset({"cast_as_role", "title_by", "title_de", "voice_of", "theme_line"})


@pytest.mark.parametrize("space", [" ", "\u00a0", "\t"])
def test_every_cue_set_is_linear_in_a_run_of_white_space(space: str) -> None:
    """Each category's cues as the extractors run them (one alternation per category and
    direction), over 100,000 characters of one kind of white space: a cue that starts with
    white space and is not gated (as 'cast.led_by' was, for an hour) rescans the run from
    every position."""
    rules = shipped()
    kinds = sorted({(r.category, r.direction) for r in map(rules.cue, rules.cue_ids())
                    if r.category not in ANCHORED})
    assert len(kinds) > 15
    text = "Lee" + space * 100_000 + "Min-ho stars, led by Kim"
    with deadline(10.0):  # linear: well under a second; quadratic: minutes
        for category, direction in kinds:
            list(rules.cue_set(category, direction).finditer(text))
