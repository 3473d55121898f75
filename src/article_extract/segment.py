"""Stage 2: clean and segment. Lines are classified (noise, prose, header, list item) and
grouped into prose paragraphs and list blocks; all offsets stay offsets into the input."""

from __future__ import annotations

import bisect
import re

from .hard_wrap import read_text, unwrap
from .lines import Line, ListBlock, Segments
from .lists import HEADING_END, INDUCED_NUMBER, induce, spaced
from .rules import RegexRule, RuleSet, shipped

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
# '[Disc 1]', '【CD 2】', '== Part 3 ==': decoration around the label is not part of it
_DISC_HEADER = re.compile(
    r"^(?:[\[(【<«=*#]+\s*|[-–—]+\s+)?"
    r"(?P<label>(?:CD|Disc|Disk|Part|Vol\.?|Volume|Side|Act)\s*:?\s*"
    r"(?P<num>\d{1,2}|[A-D]|One|Two|Three|Four|I{1,3}|IV)(?![\w'’]))"
    r"\b(?:\s*(?:[\])】>»=*#]+|[-–—]+$))?(?P<rest>.{0,120})$",
    re.I,
)
# '1.', '01)', '(3)', '4 - ', 'Track 5:', 'A-side:', 'Bonus track:' start a list entry
NUMBERING = (r"(?:#?\d{1,3}[.):]|\(\d{1,3}\)|\d{1,3}\s*-\s|(?:Track|No\.)\s*\d{1,3}\s*[:.\-–]|"
             r"(?:[AB]-side|Side\s*[AB12]|Bonus(?:\s+track)?|Hidden\s+track)\s*[:\-–])")
_NUMBERED = re.compile(rf"^{NUMBERING}\s*(?=\S)", re.I)
# 'TITLE - (A & B): A bright song, ...': an entry with its credit in brackets, then a colon and
# the reviewer's prose; the entry ends at the bracket. 'TITLE by A, B and C – A strong track
# ...': a 'by' credit, then a spaced dash and the prose; the entry ends before the dash
REMARK = re.compile(r"(?P<entry>[^():\n]{1,120}\([^()\n]{1,120}\)(?=\s*:\s+\S+\s+\S+\s+\S)|"
                    r"[^\n–—]{1,120}?\sby\s[^\n–—]{1,700}?(?=\s[–—]\s+\S+\s+\S+\s+\S))")
# a section of page furniture that runs to the end of the page, or over its short lines
_SECTION_END = re.compile(r"^(?:\d+\s+)?(?:comments?|responses?|replies)\s*(?:\(\d+\))?:?$|"
                          r"^(?:leave a (?:comment|reply)|join the (?:discussion|conversation)|"
                          r"add a comment|show comments)\b.*$", re.I)
# a bare 'TRENDING' is also a nav label above the headline: it covers bullet lines only
_SECTION_BULLETS = re.compile(r"^(?:trending(?: on [\w .'’-]{1,30})?|trending stories|most read|"
                              r"most popular|top stories|"
                              r"editor'?s picks?|read next|up next)\s*:?$", re.I)
_SECTION_LINKS = re.compile(r"^(?:related(?: posts| articles| stories| news)?|more (?:stories|news|"
                            r"from [\w .]{1,30})|also on [\w .]{1,30}|you may also like|"
                            r"recommended(?: for you)?|"
                            r"popular (?:posts|stories)|tags?|trending now|latest news)\s*:?$", re.I)
BULLET = r"[-*•·–›»▸▶→]"  # the marks a bulleted line may start with
_BULLET = re.compile(rf"^{BULLET}\s+(?=\S)")
_WORD = re.compile(r"\S+")
# The guard in front, "not inside a run of white space unless at a comma", starts the scan of
# a run only at its first character: without it a search tried every position of a long run
# of spaces, each scanning to the run's end (quadratic: 10 s for 20,000 spaces). Any match it
# finds begins where the unguarded pattern's leftmost match did, so the matches are the same.
TRAILING = re.compile(
    r"(?:(?<!\s)|(?=[,;]))"
    r"(?:[,;]?\s*(?:and|&)\s+(?:many\s+)?more\b[.…]*|[,;]?\s*etc\.?|[,;]?\s*among others\.?"
    r"|\s*(?:\.{3}|…))\s*$",
    re.I,
)
ABBREVIATIONS = (r"(?:feat|ft|Inst|Ver|Vol|Pt|Jr|Sr|No|Op|Mr|Mrs|Ms|Dr|Ma|Mme|Mlle|Prof|Capt|Sgt|St|vs|"
                 r"Mt|Co|Inc|Ltd|[A-Z])")
_ABBREV_BEFORE = re.compile(rf"(?:^|[\s(\[.])(?:{ABBREVIATIONS})\.$")
_TRAIL_LINE = re.compile(r"^(?:\.{3}|…)?\s*(?:(?:and|&)\s+(?:many\s+)?more\b.*|etc\.?)$|^(?:\.{3}|…)$",
                         re.I)
_ABBREV_END = re.compile(r"(?:\b(?:feat|ft|Inst|Ver|Vol|Pt|Jr|Sr|No|Op|Mr|Mrs|Ms|Dr|St|vs|[A-Z])\.|\.{3}|…)$")


def _noise_rules(rules: RuleSet) -> list[RegexRule]:
    return [RegexRule.from_dict(d) for d in rules.data("noise")["rules"]]


def noise_rule(text: str, rules: RuleSet | None = None) -> str | None:
    """The id of the noise rule (data: noise.json) that matches this stripped line, if any."""
    for rule in (rules or shipped()).compiled(_noise_rules):
        if rule.regex.match(text):
            return rule.id
    return None


def split_lines(text: str) -> list[Line]:
    out: list[Line] = []
    for m in _LINE.finditer(text):
        raw = m.group(0)
        if not raw:
            continue
        body = raw.rstrip("\r\n")
        lead = len(body) - len(body.lstrip())
        stripped = body.strip()
        start = m.start() + lead
        glued = _GLUED_DISC.match(stripped)
        if glued:  # 'Disc: 2 1. TITLE': the scraper joined a disc header to its first entry
            out.append(Line(start, start + glued.end(1), glued.group(1), "prose"))
            start += glued.end()
            stripped = stripped[glued.end() :]
        for a, b in _squashed_entries(stripped):
            out.append(Line(start + a, start + b, stripped[a:b], "blank" if a == b else "prose"))
    return out


# '1.TITLE 2.TITLE 3.TITLE' on one line: a numbered list the scraper joined
_SQUASHED_NUMBER = re.compile(r"(?:(?<=\s)|^)(?P<n>\d{1,2})\.(?=\s?\S)")


def _squashed_entries(line: str) -> list[tuple[int, int]]:
    """The spans of a line's entries: itself, or, when it holds a numbered run that counts up
    from 1 by one at least three times ('1.夜 2.朝 3.Blue Moon Story'), each numbered entry."""
    timed = _timed_entries(line)
    if timed:
        return timed
    if line.count(".") < 3:
        return [(0, len(line))]
    marks = [m for m in _SQUASHED_NUMBER.finditer(line)]
    run: list[re.Match[str]] = []
    for m in marks:
        if int(m.group("n")) == len(run) + 1:
            run.append(m)
    if len(run) < 3 or (run[0].start() != 0 and not line[: run[0].start()].rstrip().endswith(":")):
        return [(0, len(line))]
    starts = [m.start() for m in run]
    spans = [(0, starts[0])] if starts[0] else []
    spans += [(a, len(line[:b].rstrip())) for a, b in zip(starts, [*starts[1:], len(line)],
                                                           strict=True)]
    return [(a, b) for a, b in spans if b > a] or [(0, len(line))]


# 'TITLE (2:41) TITLE (4:05)* TITLE (1:12)': titles the scraper joined, each closed by its
# running time in brackets (a mark such as '*' may follow it)
_TIMED_END = re.compile(r"\(\d{1,2}:\d{2}\)[*†‡]?(?=\s+\S|\s*$)")


def _timed_entries(line: str) -> list[tuple[int, int]]:
    """Each entry of a line of three or more 'TITLE (m:ss)' entries, else nothing."""
    ends = [m.end() for m in _TIMED_END.finditer(line)]
    if len(ends) < 3 or line[ends[-1] :].strip():
        return []
    starts = [0] + [len(line[:e]) + (len(line[e:]) - len(line[e:].lstrip())) for e in ends[:-1]]
    return [(a, b) for a, b in zip(starts, ends, strict=True) if line[a:b].strip()]


_GLUED_DISC = re.compile(r"((?:CD|Disc|Disk)\s*+:?\s*+\d{1,2})\s++(?=0?1[.)]\s+\S)", re.I)


# a line that names the list under it ('X OST Album Track List'), with or without a colon
_LIST_TITLE = re.compile(r"(?<![\w-])(?:track\s?list(?:ing)?|track\s+listing|song\s+list|"
                         r"set\s?list|cast\s+list)\s*$", re.I)


def is_disc_header(text: str) -> re.Match[str] | None:
    m = _DISC_HEADER.match(text)
    if m and len(_WORD.findall(text)) <= 14:
        return m
    return None


def _looks_like_item(text: str) -> bool:
    """A list entry: short, and not a finished sentence (a title has no final full stop)."""
    words = len(_WORD.findall(text))
    numbered = _NUMBERED.match(text) or _BULLET.match(text)
    if numbered:
        return words <= 25 or REMARK.match(text, numbered.end()) is not None
    if words > 14 or words == 0:
        return False
    if text.endswith((".", "!", "?", ":")) and not _ABBREV_END.search(text) and not text.endswith(
        ("!", "?")
    ):
        return False
    # A line that contains a sentence break is prose, not a title ('feat. Y' is no break).
    return not any(not _ABBREV_BEFORE.search(text[: m.start() + 2])
                   for m in re.finditer(r"[a-z0-9)][.!?]\s+[A-Z]", text))


def _classify(line: Line, rules: RuleSet) -> Line:
    if line.kind == "blank":
        return line
    rule = noise_rule(line.text, rules)
    if rule:
        return Line(line.start, line.end, line.text, "noise", rule)
    words = len(_WORD.findall(line.text))
    if line.text.endswith(":") or (is_disc_header(line.text) and words <= 14) or (
            words <= 14 and _LIST_TITLE.search(line.text)):
        return Line(line.start, line.end, line.text, "header")
    if _looks_like_item(line.text):
        return Line(line.start, line.end, line.text, "item")
    return Line(line.start, line.end, line.text, "prose")


def _numbered(line: Line) -> bool:
    return bool(_NUMBERED.match(line.text))


def _sections(lines: list[Line]) -> list[Line]:
    """Comment threads run to the end of the page; link sections ('Related posts') cover the
    short lines that follow them. Both are noise: readers' comments are never facts."""
    out: list[Line] = []
    mode = ""
    teaser = False  # the line above is a linked story's headline: this one is its teaser
    for line in lines:
        if line.kind == "blank":
            out.append(line)
            continue
        heading = len(_WORD.findall(line.text)) <= 12 and not HEADING_END.search(line.text)
        if mode != "end" and _SECTION_END.match(line.text):
            mode = "end"
        elif mode != "end" and _SECTION_LINKS.match(line.text):
            mode = "links"
            out.append(Line(line.start, line.end, line.text, "noise", "noise.section"))
            continue
        elif mode != "end" and _SECTION_BULLETS.match(line.text):
            mode = "bullets"
            out.append(Line(line.start, line.end, line.text, "noise", "noise.section"))
            continue
        elif (mode == "links" and len(_WORD.findall(line.text)) > 16 and not teaser) or (
                mode == "bullets" and not _BULLET.match(line.text)):
            mode = ""
        if mode:
            out.append(Line(line.start, line.end, line.text, "noise", f"noise.section_{mode}"))
        else:
            out.append(line)
        teaser = mode == "links" and heading
    return out


_BRAND_START = re.compile(r"[a-z]+[A-Z]")  # 'tvN', 'iQiyi', 'eBay': a name, not a sentence's tail


# a page's date stamp glued to its first sentence ('date 2016-02-11 NAME, the star of ...'):
# the article's own opening, not the tail of another story
_STAMP_START = re.compile(r"\s*+(?:date|published|posted|updated)\s?:?\s?\d{4}-\d{2}\b", re.I)


def _lowercase_name(line: str, function_words: frozenset[str]) -> bool:
    """'nightjar members A and B will ...', 'nightjar's new single': a name its owners write in lower
    case opens the line, followed by a word that says it is a group (a sentence's tail does
    not go on so: 'was not what I expected')."""
    m = _LOWERCASE_NAME.match(line)
    return m is not None and m.group(1) not in function_words


_LOWERCASE_NAME = re.compile(r"([a-z][a-z0-9]{1,20})(?:['’]s\s|\s+(?:members?|leader|vocalist|"
                             r"maknae|unit|subunit)\s)")


def _leading_fragment(lines: list[Line], words: frozenset[str]) -> list[Line]:
    """A page whose first content line starts mid-sentence begins with the tail of something
    else the scraper caught (another story, a teaser): noise, not the article's facts. Later
    fragments stay content (with a warning), since they usually continue the article. A text
    of one content line is the article itself, whatever its case ('friday, 03 september 2014'),
    and a short line is no sentence's tail: a lower-case date stamp ('segunda-feira, 25 de abril
    de 2011') opens many pages."""
    content = [x for x in lines if x.kind not in ("blank", "noise")]
    for k, line in enumerate(lines):
        if line.kind in ("blank", "noise"):
            continue
        if line.kind in ("prose", "item") and line.text[:1].islower() and len(content) > 1 and \
                len(_WORD.findall(line.text)) > 6 and not _BRAND_START.match(line.text) and \
                not _STAMP_START.match(line.text) and not _lowercase_name(line.text, words):
            lines = [*lines[:k], Line(line.start, line.end, line.text, "noise",
                                      "noise.leading_fragment"), *lines[k + 1 :]]
        break
    return lines


def _number(line: Line) -> int | None:
    m = INDUCED_NUMBER.match(line.text)
    return int(m.group("n")) if m else None


def _next(last: Line, line: Line) -> bool:
    """'6 TITLE' after '5. TITLE': the next number, its dot lost by the page, still
    continues the list."""
    a, b = _number(last), _number(line)
    return a is not None and b == a + 1


def _restarts(last: Line, line: Line) -> bool:
    """Numbering that starts again at 1 after a higher number."""
    a, b = _number(last), _number(line)
    return a is not None and b == 1 and a > 1


def _adjacent_before(content: list[Line], noise: list[Line], i: int) -> Line | None:
    """The content line before a header-less list introduces it only when no noise line ('SEE
    ALSO: ...', a share bar) stands between: past one, the list belongs to the page furniture."""
    if i == 0:
        return None
    prev = content[i - 1]
    k = bisect.bisect_right([n.start for n in noise], prev.end)
    return None if k < len(noise) and noise[k].start < content[i].start else prev


def segment(text: str, rules: RuleSet | None = None) -> Segments:
    """Lines classified and grouped into paragraphs and list blocks (noise rules from `rules`,
    the shipped ones by default)."""
    rs = rules or shipped()
    words = frozenset(rs.words("lexicon", "function_words"))
    lines = _sections([_classify(x, rs) for x in split_lines(text)])
    lines = _leading_fragment(unwrap(lines, text), words)
    text = read_text(text, lines)
    content = [x for x in lines if x.kind not in ("blank", "noise")]
    noise = [x for x in lines if x.kind == "noise"]
    lists: list[ListBlock] = []
    paragraphs: list[Line] = []
    i = 0
    while i < len(content):
        line = content[i]
        if line.kind == "header":
            j = i + 1
            items: list[Line] = []
            while j < len(content) and content[j].kind == "item":
                if items and _numbered(items[0]) and not _numbered(content[j]) and not _next(
                        items[-1], content[j]):
                    break  # a numbered list ends at its first unnumbered line ('WHAT'S NEXT')
                if len(items) >= 2 and _restarts(items[-1], content[j]) and \
                        text.count("\n", items[-1].end, content[j].start) >= 2:
                    break  # '01' again after a blank line: the next disc
                items.append(content[j])
                j += 1
            if len(items) >= 2:
                intro = content[i - 1] if i > 0 else None
                block = ListBlock(header=line, intro=intro, items=items)
                lists.append(block)
                j = _take_trailer(content, j, block)
                if (not is_disc_header(line.text) and not line.text.endswith(":")) or _has_sentence(
                        line.text):
                    paragraphs.append(line)
                i = j
                continue
            paragraphs.append(line)
            i += 1
            continue
        if line.kind == "item" and _numbered(line):
            j = i
            items = []
            while j < len(content) and content[j].kind == "item" and (
                    _numbered(content[j]) or (bool(items) and _next(items[-1], content[j]))):
                if len(items) >= 2 and _restarts(items[-1], content[j]) and \
                        text.count("\n", items[-1].end, content[j].start) >= 2:
                    break  # '01' again after a blank line: the next side or disc
                items.append(content[j])
                j += 1
            if len(items) >= 2:
                block = ListBlock(header=None, intro=_adjacent_before(content, noise, i),
                                  items=items)
                lists.append(block)
                i = _take_trailer(content, j, block)
                continue
        paragraphs.append(line)
        i += 1
    paragraphs, induced = _induce(text, content, paragraphs)
    intro_of = {id(p): paragraphs[k - 1] for k, p in enumerate(paragraphs) if k}
    headed = spaced(paragraphs, text, intro_of)
    if headed:
        taken = {x.start for b in headed for x in b.items}
        paragraphs = [p for p in paragraphs if p.start not in taken]
        induced += headed
    lists = sorted(lists + induced, key=lambda b: b.items[0].start)
    for block in lists:
        m = TRAILING.search(block.items[-1].text)
        if m and block.trailing is None:
            block.trailing = m.group(0).strip()
    fragments = [p for p in paragraphs if p.text[:1].islower() and not _STAMP_START.match(p.text)
                 and not _lowercase_name(p.text, words)]
    return Segments(text, lines, paragraphs, lists, noise, fragments)


def _induce(text: str, content: list[Line], paragraphs: list[Line]
            ) -> tuple[list[Line], list[ListBlock]]:
    """Lists no header announced (lists.induce), from runs of paragraph lines that follow one
    another in the page; their lines leave the paragraphs. The page's first line (its
    headline) is never an entry."""
    in_para = {id(p) for p in paragraphs}
    blocks: list[ListBlock] = []
    run: list[Line] = []
    intro: Line | None = None
    for k, line in enumerate([*content, None]):
        if line is not None and id(line) in in_para and k > 0:
            run.append(line)
            continue
        if run:
            blocks += induce(run, text, intro)
        run = []
        intro = line if line is not None and line.kind in ("prose", "header") else intro
    if not blocks:
        return paragraphs, []
    spans = [(b.items[0].start, b.items[-1].end) for b in blocks]
    kept = [p for p in paragraphs if not any(s <= p.start and p.end <= e for s, e in spans)]
    return kept, blocks


def _take_trailer(content: list[Line], j: int, block: ListBlock) -> int:
    """A line that only says '...and more.' right after a list marks it incomplete."""
    if j < len(content) and _TRAIL_LINE.match(content[j].text):
        block.trailing = content[j].text
        return j + 1
    return j


def _has_sentence(text: str) -> bool:
    """A header line such as 'CD2 contains 40 songs. Here are some:' also states facts."""
    return len(_WORD.findall(text)) >= 4


def lists_intro(content: list[Line], index: int) -> Line | None:
    """The nearest preceding header or prose line, which often says what the list is."""
    k = index - 1
    while k >= 0:
        if content[k].kind in ("header", "prose"):
            return content[k]
        k -= 1
    return None
