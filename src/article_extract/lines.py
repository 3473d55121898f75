"""The segmenter's units: lines, prose paragraphs and list blocks, in offsets into the input.
A module of their own so the segmenter and list induction can both use them."""

from __future__ import annotations

import re
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

    def cell_lines(self) -> list[Line]:
        """The entries of list blocks that pair two columns at a dash ('A – B'), one line each
        and without their bullet or number, for the statistical model: the entities it finds
        there tell which column holds the names (an 'Artist – Title' block reads the other way
        round from a 'Title – Artist' one). One entry at a time: read as one text, the model
        runs a name on into the next line's title."""
        out: list[Line] = []
        for block in self.lists:
            if sum(1 for i in block.items if _DASH_COLUMNS.search(i.text)) * 2 < len(block.items):
                continue
            for item in block.items:
                mark = _ITEM_MARK.match(item.text)
                cut = mark.end() if mark else 0
                if item.text[cut:].strip():
                    out.append(Line(item.start + cut, item.end, item.text[cut:], "cell",
                                    "lists.cells"))
        return out


_DASH_COLUMNS = re.compile(r"\s[–—-]\s")
_ITEM_MARK = re.compile(r"(?:[-*•·–›»▸▶→]|#?\d{1,3}[.):]?)\s++")
