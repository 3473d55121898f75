"""List induction: find lists a page never announced with a header, from the shape of their
lines, and mend what scraping did to them.

A run of three or more short lines with a repeated shape (an optional number, then two parts
around one separator: 'Title – Artist', 'Artist - Title', 'Title | 3:45') is a list. Scraping
breaks such lists in typical ways, and the entries are rebuilt before anything reads them:

- a line cut in two ('04 TITLE WORDS' + 'WORD – SINGER (SHOW OST)'): a line that starts
  lower-case, with a separator or a bracket, or that follows an entry without its separator
  or with an open bracket, continues that entry (only when the two lines touch: a blank line
  always ends an entry);
- a dropped number ('TITLE – SINGER' between '06 ...' and '08 ...'): the line is
  still an entry, in its place;
- numbering that restarts at 1 starts a new disc.

A listicle may also set each entry as a heading of its own, with a paragraph or two about it
before the next ('1. NAME – TITLE', prose, 'NAME – TITLE', prose, ...): three or more such
one-line paragraphs with the same separator, prose and nothing else between them, are a list
too (`spaced`).

Entries are `Line`s whose text may span a line break (offsets still point into the input);
the segmenter hands the lists on as `ListBlock`s with `induced=True`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lines import Line, ListBlock

# a leading number: '01 ', '1. ', '1) ', '#3 ', '12 - '
INDUCED_NUMBER = re.compile(r"^(?:#?(?P<n>\d{1,3})(?:[.):]|\s+[-–—]?)\s*)(?=\S)")
_NUMBER = INDUCED_NUMBER
# the separator between the two parts of an entry
# ('"TITLE" by NAME': after a closing quote, 'by' separates the title from its credit)
_SEPARATOR = re.compile(r"\s[–—-]\s|\s[–—-]$|^[–—-]\s|\s\|\s|\t|(?<=[”\"])\s++by\s")
# a whole entry of that shape: a quoted title, then its credit
_QUOTED_BY = re.compile(r"^[“\"][^“”\"\n]{1,150}[”\"]\s+by\s+\S")
_WORD = re.compile(r"\S+")
# a full stop inside: prose, not an entry. Tried only where a lowercase run begins, and the run
# is never given back: from inside a long run it rescanned the rest (quadratic); same matches
_SENTENCE = re.compile(r"(?<![a-z])[a-z]{2,}+[.!?]\s+[A-Z]")
# a table's column headings left on a line of their own ('# Title Length', 'No. Title Artist
# Time'): never part of an entry; it heads the list that follows
COLUMN_HEADER = re.compile(r"^\s*+(?:#|No\.?|Nr\.?|Track)?\s*+(?:Title|Song|Name)\s++"
                           r"(?:(?:Artist|Performer|Singer|Length|Time|Duration|Writers?)\s*+){1,3}$",
                           re.I)
# a release's fact line: 'Release Date: May 24, 2024', 'UPC: 0602...', 'Label: NAME'
_FACT_LINE = re.compile(r"\s*+[A-Z][\w/&.-]{0,20}(?:\s[A-Z][\w/&.-]{0,20}){0,2}:\s+\S")
MAX_ENTRY_WORDS = 24  # an entry is a title and a credit, never a paragraph
MIN_ENTRIES = 3


@dataclass
class _Entry:
    lines: list[Line]
    number: int | None

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end

    def text(self, source: str) -> str:
        return source[self.start : self.end]


def _number(text: str) -> int | None:
    m = _NUMBER.match(text)
    return int(m.group("n")) if m else None


def _unbalanced(text: str) -> bool:
    return text.count("(") > text.count(")") or text.count("[") > text.count("]")


def _continues(prev: _Entry, line: Line, source: str, touching: bool) -> bool:
    """Whether `line` is the rest of `prev`, cut off by the scraper."""
    if not touching or _number(line.text) is not None:
        return False
    text = line.text
    before = prev.text(source)
    if _FACT_LINE.match(text) and _SEPARATOR.search(before):
        return False  # 'Release Date: May 24, 2024' under the list: a fact of the release
    if text.startswith(("– ", "— ", "- ")):
        # '- A – B' under '- C – D' is a bullet like its neighbour's, with a separator of its
        # own: the next entry. Only a bare '– SINGER' is the cut-off rest of the line above.
        return not (_SEPARATOR.search(text, 2) or before.startswith(text[:2]))
    if text[:1].islower() or text[:1] in "([":
        return True
    if _unbalanced(before) and ")" in text:
        return True
    if not _SEPARATOR.search(text):
        # neither a number nor a separator: the rest of the entry above, unless that entry is
        # whole ('"TITLE" by NAME' then a heading 'Chart Toppers')
        return not _QUOTED_BY.match(before)
    return not _SEPARATOR.search(before)


def _gap(source: str, a: int, b: int) -> bool:
    """A blank line between two offsets (the lines do not touch)."""
    return source[a:b].replace("\r\n", "\n").replace("\r", "\n").count("\n") > 1


def _entries(run: list[Line], source: str) -> list[_Entry]:
    out: list[_Entry] = []
    for line in run:
        touching = bool(out) and not _gap(source, out[-1].end, line.start)
        if out and _continues(out[-1], line, source, touching):
            out[-1].lines.append(line)
        else:
            out.append(_Entry([line], _number(line.text)))
    return out


def _groups(entries: list[_Entry], source: str) -> list[list[_Entry]]:
    """Entries that touch, split at blank lines. A page either writes its list one entry per
    line (groups of many) or with a blank line after each entry (groups of one); in the second
    case the whole run is one candidate."""
    groups: list[list[_Entry]] = []
    for e in entries:
        if groups and not _gap(source, groups[-1][-1].end, e.start):
            groups[-1].append(e)
        else:
            groups.append([e])
    groups = [part for g in groups for part in _quoted_parts(g, source)]
    if any(len(g) >= MIN_ENTRIES for g in groups):
        return [g for g in groups if len(g) >= MIN_ENTRIES]
    return [entries]


def _quoted_parts(group: list[_Entry], source: str) -> list[list[_Entry]]:
    """A run of '"TITLE" by NAME' entries ends at a line that quotes nothing (a heading such
    as 'Chart Toppers' between two lists): it is neither an entry nor part of one."""
    if sum(1 for e in group if _QUOTED_BY.match(e.text(source))) < MIN_ENTRIES:
        return [group]
    parts: list[list[_Entry]] = [[]]
    for e in group:
        if e.text(source)[:1] in "“\"":
            parts[-1].append(e)
        elif parts[-1]:
            parts.append([])
    return [p for p in parts if p]


def _trimmed(entries: list[_Entry], source: str) -> list[_Entry]:
    """Without the lines before the first entry and after the last that have neither a
    separator nor a number (a heading, 'Purchase This Album')."""
    def shaped(e: _Entry) -> bool:
        return bool(_SEPARATOR.search(e.text(source)) or e.number is not None)

    lo, hi = 0, len(entries)
    while lo < hi and not shaped(entries[lo]):
        lo += 1
    while hi > lo and not shaped(entries[hi - 1]):
        hi -= 1
    return entries[lo:hi]


def _split_discs(entries: list[_Entry]) -> list[list[_Entry]]:
    """Numbering that starts again at 1 (or goes back) starts the next disc."""
    discs: list[list[_Entry]] = [[]]
    last = 0
    for e in entries:
        if e.number is not None:
            if e.number <= 1 < last or e.number < last - 1:
                discs.append([])
            last = e.number
        discs[-1].append(e)
    return [d for d in discs if d]


def _good(entries: list[_Entry], source: str) -> bool:
    """Enough entries, most with a separator or a number, none a paragraph."""
    if len(entries) < MIN_ENTRIES:
        return False
    texts = [e.text(source) for e in entries]
    if any(len(_WORD.findall(t)) > MAX_ENTRY_WORDS for t in texts):
        return False
    shaped = sum(1 for e, t in zip(entries, texts, strict=True)
                 if _SEPARATOR.search(t) or e.number is not None)
    return shaped >= max(MIN_ENTRIES, 0.75 * len(entries))


def induce(lines: list[Line], source: str, intro: Line | None) -> list[ListBlock]:
    """The induced lists of a run of consecutive content lines that no header announced."""
    blocks: list[ListBlock] = []
    run: list[Line] = []
    above = intro  # the line right above the run: a paragraph that ended the run before it
    for line in [*lines, None]:
        heading = line is not None and bool(COLUMN_HEADER.match(line.text))
        if line is not None and not heading and len(_WORD.findall(line.text)) <= MAX_ENTRY_WORDS and (
                _SEPARATOR.search(line.text) or _number(line.text) is not None
                or not _SENTENCE.search(line.text)):
            run.append(line)
            continue
        if len(run) >= MIN_ENTRIES:
            for group in _groups(_entries(run, source), source):
                entries = _trimmed(group, source)
                if not _good(entries, source):
                    continue
                # what the list is about is said by the line right before it, if the run has one
                before = [x for x in run if x.end <= entries[0].start]
                said = before[-1] if before else above
                for disc in _split_discs(entries):
                    if len(disc) >= 2:
                        items = [Line(e.start, e.end, e.text(source), "item", "lists.induced")
                                 for e in disc]
                        blocks.append(ListBlock(header=None, intro=said, items=items,
                                                induced=True))
        run = [line] if heading and line is not None else []  # it introduces the next run
        above = line if line is not None and not heading else above
    return blocks


_DASH = re.compile(r"\s([–—-])\s")
HEADING_END = re.compile(r"[.!?:;,]$")
MAX_HEADING_WORDS = 12


def _heading_entry(line: Line) -> str | None:
    """The separator of a line that reads as a list entry set as a heading of its own."""
    text = line.text
    if len(_WORD.findall(text)) > MAX_HEADING_WORDS or HEADING_END.search(text):
        return None
    seps = _DASH.findall(text)
    return seps[0] if len(seps) == 1 else None


def spaced(paragraphs: list[Line], source: str, intro_of: dict[int, Line]) -> list[ListBlock]:
    """Entries set as headings with prose between them: one-line paragraphs with one and the
    same dash, each with a blank line before and after, and only longer prose between two of
    them."""
    blocks: list[ListBlock] = []
    run: list[Line] = []
    sep: str | None = None

    def flush() -> None:
        if len(run) >= MIN_ENTRIES:
            items = [Line(x.start, x.end, x.text, "item", "lists.spaced") for x in run]
            blocks.append(ListBlock(header=None, intro=intro_of.get(id(run[0])), items=items,
                                    induced=True))

    for line in paragraphs:
        mark = _heading_entry(line) if _blank_around(source, line) else None
        if mark and (not run or mark == sep):
            run.append(line)
            sep = mark
        elif mark:
            flush()
            run, sep = [line], mark
        elif len(_WORD.findall(line.text)) <= MAX_HEADING_WORDS:
            flush()  # a short line of another shape ends the list
            run, sep = [], None
    flush()
    return blocks


def _blank_around(source: str, line: Line) -> bool:
    """A blank line (or the edge of the text) on both sides of `line`."""
    before = _BLANK_BEFORE.search(source[max(0, line.start - 12) : line.start])
    return (line.start == 0 or before is not None) and bool(_BLANK_AFTER.match(source, line.end))


_BLANK_BEFORE = re.compile(r"\n[ \t]*+\r?\n[ \t]*+$")
_BLANK_AFTER = re.compile(r"[ \t]*+(?:\r?\n[ \t]*+\r?\n|\s*+$)")
