"""Hard-wrapped prose: a page (a blog post pasted from an editor, a mail, a PDF) that breaks its
sentences at a fixed width. Read line by line, a name split over two lines ('Lee\\nJun') is two
fragments and a cast sentence is five list items; joined, each paragraph is one line again.

The block is recognised as a whole, never line by line: most of its lines have about the same
length (the wrap width), carry prose (several words each) and several of its breaks fall inside
a sentence (the next line goes on in lower case). Inside the block a paragraph still ends at a
line that closes a sentence well short of the width. The joined line keeps the input's offsets:
its text is the input's slice with each line break read as a space."""

from __future__ import annotations

import re
from itertools import pairwise

from .lines import Line

_MIN_LINES = 4
_WIDTH = (40, 100)  # wrap widths seen on the web (editors, mail clients, PDF exports)
_FULL_SHARE = 0.6  # lines between 70% and 115% of the width
_MIN_WORDS = 5.0  # mean words per line: prose, not a list of titles
_SENTENCE_END = re.compile(r"[.!?…][\"”’)»]?$")
_BREAK = re.compile(r"[\r\n]")
# a bullet or a number opens a list entry; a closing '|' ends a table's scraped cell ('3 |')
_LISTED = re.compile(r"^(?:[-*•·–›»▸▶→]\s|#?\d{1,3}[.):]\s|\(\d{1,3}\)\s)|(?:^|\s)\|$")


def _member(line: Line) -> bool:
    """A prose or item line; never a bulleted or numbered one, a table's cell, nor a shouted
    heading ('REVIEW')."""
    return line.kind in ("prose", "item") and not _LISTED.match(line.text) and not (
        len(line.text) > 1 and line.text.isupper())


def _width(lengths: list[int]) -> int:
    """The wrap width: the length most lines come close to without passing (a line someone
    edited later may run past it, a paragraph's last line falls short)."""
    ordered = sorted(lengths)
    return ordered[int(0.75 * (len(ordered) - 1))]


def _wrapped(run: list[Line]) -> bool:
    if len(run) < _MIN_LINES:
        return False
    lengths = [len(x.text) for x in run]
    width = _width(lengths)
    if not _WIDTH[0] <= width <= _WIDTH[1]:
        return False
    full = sum(0.7 * width <= n <= 1.15 * width for n in lengths)
    words = sum(len(x.text.split()) for x in run) / len(run)
    inside = sum(not _SENTENCE_END.search(a.text) and b.text[:1].islower()
                 for a, b in pairwise(run))
    return full >= _FULL_SHARE * len(run) and words >= _MIN_WORDS and inside >= max(
        2, (len(run) - 1) * 0.3)


def _paragraphs(run: list[Line]) -> list[list[Line]]:
    """A line that ends a sentence well short of the width ends its paragraph."""
    width = _width([len(x.text) for x in run])
    out: list[list[Line]] = [[]]
    for line in run:
        out[-1].append(line)
        if _SENTENCE_END.search(line.text) and len(line.text) < 0.8 * width:
            out.append([])
    return [p for p in out if p]


def _joined(group: list[Line], text: str) -> Line:
    if len(group) == 1:
        return group[0]
    start, end = group[0].start, group[-1].end
    return Line(start, end, _BREAK.sub(" ", text[start:end]), "prose")


def unwrap(lines: list[Line], text: str) -> list[Line]:
    """`lines` with each hard-wrapped paragraph made one prose line (`read_text` gives the
    text those lines are slices of)."""
    out: list[Line] = []
    run: list[Line] = []
    for line in [*lines, None]:
        if line is not None and _member(line):
            run.append(line)
            continue
        if _wrapped(run):
            out += [_joined(g, text) for g in _paragraphs(run)]
        else:
            out += run
        run = []
        if line is not None:
            out.append(line)
    return out


def read_text(text: str, lines: list[Line]) -> str:
    """The input with the line breaks inside joined paragraphs read as spaces: the text the
    rules match on. Same length, so every offset into it is an offset into the input (whose
    exact characters the evidence quotes)."""
    joined = [x for x in lines if x.kind == "prose" and _BREAK.search(text, x.start, x.end)]
    if not joined:
        return text
    chars = list(text)
    for line in joined:
        for k in range(line.start, line.end):
            if chars[k] in "\r\n":
                chars[k] = " "
    return "".join(chars)
