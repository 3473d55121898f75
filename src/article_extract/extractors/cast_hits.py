"""The candidate every cast rule produces: a name, the rule that found it, its list's size."""

from __future__ import annotations

from dataclasses import dataclass

from .names import NameItem


@dataclass(frozen=True)
class CastHit:
    """A name a cast cue governs, and the cue's rule id."""

    item: NameItem
    rule: str
    crowd: int = 1  # how many names the cue's list holds
