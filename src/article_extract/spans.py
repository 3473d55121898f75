"""Small shared span helpers: the overlap policy and regex matches with offsets."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
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
