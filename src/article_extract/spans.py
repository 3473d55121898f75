"""Small shared span helpers: the overlap policy and regex matches with offsets."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar


@dataclass(frozen=True)
class Match:
    """A rule's hit: `[start, end)` in the input plus the captured groups."""

    rule: str
    start: int
    end: int
    groups: dict[str, str | None] = field(default_factory=dict, compare=False, hash=False)
    priority: int = 0


M = TypeVar("M", bound=Match)


def prefer_longest(matches: Iterable[M]) -> list[M]:
    """Overlap policy: the longest match wins, then the earlier, then the higher priority;
    the result is sorted by position, so output order never depends on rule order."""
    ordered = sorted(matches, key=lambda m: (-(m.end - m.start), m.start, -m.priority, m.rule))
    kept: list[M] = []
    starts: list[int] = []  # kept spans never overlap, so one sorted list of starts and the
    ends: list[int] = []    # matching ends answer "does this overlap?" by bisection
    for m in ordered:
        i = bisect.bisect_right(starts, m.start)
        if (i > 0 and ends[i - 1] > m.start) or (i < len(starts) and starts[i] < m.end):
            continue
        starts.insert(i, m.start)
        ends.insert(i, m.end)
        kept.append(m)
    return sorted(kept, key=lambda m: (m.start, m.end))


def unique(values: Sequence[str]) -> list[str]:
    """De-duplicate keeping first-seen order (a case-insensitive key)."""
    seen: set[str] = set()
    out: list[str] = []
    for v in values:
        k = v.casefold()
        if k not in seen:
            seen.add(k)
            out.append(v)
    return out


def last_match(pattern: str, text: str) -> re.Match[str] | None:
    """The last non-overlapping match, e.g. the last clause break before a cue."""
    found = None
    for found in re.finditer(pattern, text):  # noqa: B007 - the loop keeps the last one
        pass
    return found


WORD_CHAR = re.compile(r"[\w-]")
WORD_OR_APOSTROPHE = re.compile(r"[\w'’-]")


def occurrences(text: str, needle: str, glued_before: re.Pattern[str] | None = WORD_CHAR,
                glued_after: re.Pattern[str] | None = WORD_CHAR, *,
                overlap: bool = False) -> Iterator[int]:
    """Starts of `needle` in `text`, left to right, that are not glued to a neighbouring
    character (None: no check on that side); non-overlapping like finditer unless `overlap`.
    Names and titles come from the article, so a regex built around one would be compiled
    anew for every article (no cache can help); a find loop is not, and the patterns around
    the name stay compiled once."""
    if not needle:
        return
    n = len(needle)
    i = text.find(needle)
    while i >= 0:
        if not (glued_before and i and glued_before.match(text, i - 1)) and \
                not (glued_after and glued_after.match(text, i + n)):
            yield i
            i = text.find(needle, i + (1 if overlap else n))
        else:
            i = text.find(needle, i + 1)
