"""The segmenter's units: lines, prose paragraphs and list blocks, in offsets into the input.
A module of their own so the segmenter and list induction can both use them."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Line:
    """One input line, stripped; `start`/`end` bound the stripped text in the input."""

    start: int
    end: int
    text: str
    kind: str = "prose"  # blank | noise | header | item | prose
    rule: str | None = None


@dataclass
class ListBlock:
    """A header (or intro line) followed by one entry per line."""

    header: Line | None
    intro: Line | None
    items: list[Line] = field(default_factory=list)
    trailing: str | None = None  # "and more..." marker found on the last item
    induced: bool = False  # found from the shape of its lines (lists.py), no header


@dataclass
class Segments:
    text: str
    lines: list[Line]
    paragraphs: list[Line]  # prose lines, noise removed
    lists: list[ListBlock]
    noise: list[Line]
    fragments: list[Line]  # paragraphs that start mid-sentence (cut off by the scraper)
