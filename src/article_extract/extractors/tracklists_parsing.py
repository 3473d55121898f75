"""Tracklist parsing: list blocks, scraped tables and prose enumerations read as numbered tracks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..context import Context, clause_end
from ..lines import ListBlock
from ..lists import COLUMN_HEADER, INDUCED_NUMBER
from ..models import Track
from ..rules import CAP, CASELESS, FEAT_DOTTED, KANA_KANJI, RuleSet, alternation
from ..segment import BULLET, NUMBERING, REMARK, TRAILING, is_disc_header
from .titles import clean_title
from .tracklists_columns import (
    VERSION_WORD,
    as_dashed,
    bracket_credits,
    closing_credit,
    first_dash,
    last_dash,
    last_dash_end,
    named_outside,
    names_first,
    tagged_cell,
    with_credit_removed,
    without_repeated_credit,
)
from .tracklists_counts import _ORD, _TRACK_CUE, CountStatement, _Counts, track_cue_other
from .tracklists_quoted import FEAT_CREDIT, people, quoted_entries, quoted_shape, split_legend

_NOT_TRACKS = re.compile(r"(?<![\w])(?:cast|read more|related|also read|credits|episodes?|"
                         r"awards?|nominees|ratings|charts?|box office|things|reasons|facts)"
                         r"(?![\w])", re.I)
# a quoted name in a header ("'Stranger Things: Soundtrack' - Track list") tells no list's kind
_QUOTED_NAME = re.compile(r"[‘“\"][^’”\"\n]{1,120}[’”\"]")
_NOT_TITLE, _NUMBERING = re.compile(r"@|https?://|www\.|^\+?[\d\s()-]{7,}$"), re.compile(
    rf"^(?:{NUMBERING}|{BULLET}\s)\s*", re.I)


def _partial_re(rules: RuleSet) -> re.Pattern[str]:
    """'highlights', 'some of', 'alguns dos destaques': a header or intro that says the list
    shows part of the record (lexicon partial_list_words)."""
    words = alternation(rules.words("lexicon", "partial_list_words"))
    return re.compile(rf"(?<![\w])(?:{words})(?![\w])", re.I)


@dataclass
class _List:
    disc: int | None
    label: str | None
    items: list[tuple[int, int]]  # (start, end) of each raw entry
    evidence: tuple[int, int]
    rule: str
    trailing: bool = False
    partial_header: bool = False
    header_count: CountStatement | None = None
    entries: list[Track] = field(default_factory=list)
    credits: list[list[str]] | None = None  # per item, the singers its key lines name


def _disc_of(text: str) -> tuple[int | None, str | None]:
    m = is_disc_header(text)
    if not m:
        return None, None
    raw = m.group("num")
    n = int(raw) if raw.isdigit() else _ORD.get(raw.lower())
    return n, re.sub(r"\s*[:.]$", "", m.group("label")).strip()


def _blocks(ctx: Context) -> list[_List]:
    out: list[_List] = []
    partial = ctx.rules.compiled(_partial_re)
    prev_end = -1  # where the last accepted tracklist ends
    for block in ctx.segments.lists:
        header_text = block.header.text if block.header else ""
        intro_text = block.intro.text if block.intro else ""
        disc, label = _disc_of(header_text or intro_text)  # 'Side A', a blank line, the run
        # a header that speaks for itself ('Media contact:') is not read with its intro; a bare
        # disc header or a header-less numbered run is
        context_text = header_text if header_text.endswith(":") and not disc else \
            f"{header_text} {intro_text} {_heading_over_fact_lines(ctx, block.items[0].start)}"
        numbered = all(_NUMBERING.match(i.text) for i in block.items)
        if _NOT_TRACKS.search(_QUOTED_NAME.sub("", header_text)) and not disc:
            continue
        # a second run numbered from 1 right after a tracklist is its next disc
        next_disc = prev_end >= 0 and not block.header and \
            not ctx.text[prev_end : block.items[0].start].strip() \
            and bool(_FIRST_NUMBER.match(block.items[0].text))
        section = bool(_SECTION_RANGE.match(intro_text))  # '10-18 : TITLE' over '10. ...'
        if section and block.intro is not None:
            if prev_end >= 0 and not ctx.text[prev_end : block.intro.start].strip():
                next_disc = True  # the run goes on after a tracklist: merged as one list
            context_text += " " + _line_above(ctx, block.intro.start)  # 'Tracklist' over '1-9 :'
        if not (disc or next_disc or _TRACK_CUE.search(context_text) or
                ctx.rules.compiled(track_cue_other).search(context_text) or
                COLUMN_HEADER.match(intro_text) or (
                numbered and _dash_credits(block))):
            continue
        if sum(1 for i in block.items if _NOT_TITLE.search(i.text)) > len(block.items) / 2:
            continue
        first = block.header or block.items[0]
        ev = (first.start, block.items[-1].end)
        rule = ("tracklists.header_block" if block.header else
                "tracklists.induced_block" if block.induced else "tracklists.numbered_block")
        # '1-9 : Other music', '10-18 : TITLE': a section label inside the run, no track
        items = [(i.start, i.end) for i in block.items if not _SECTION_RANGE.match(i.text)]
        if not items:
            continue
        lst = _List(disc, label, items, ev, rule,
                    trailing=block.trailing is not None,
                    partial_header=bool(partial.search(header_text) or (
                        not disc and intro_text.rstrip().endswith(":")
                        and partial.search(intro_text))))
        out.append(lst)
        prev_end = block.items[-1].end
    return out


def _line_above(ctx: Context, pos: int) -> str:
    """The text of the last non-blank line before `pos`."""
    above = [x for x in ctx.segments.lines if x.end <= pos and x.text.strip()]
    return above[-1].text if above else ""


_SECTION_RANGE = re.compile(r"\s*\d{1,3}\s?[-–]\s?\d{1,3}\s?:\s")
# 'RELEASED: 07.16.2008', 'LABEL: NAME': a release's fact lines between its heading and its list
_FIRST_NUMBER, _FACT_LINE = re.compile(r"\s*(?:0?1|I)[.):\s]"), re.compile(
    r"[^\W\d][\w .&/-]{0,20}:[ \t]*+\S[^\n]{0,80}|[ \t]*")


def _heading_over_fact_lines(ctx: Context, start: int, most: int = 6) -> str:
    """The line above a run of fact lines over a list ('NAME OST', then 'LABEL: X', 'DL: Y'):
    it says what the list is, as a header would."""
    end = ctx.text.rfind("\n", 0, start)
    facts = 0
    for _ in range(most):
        if end <= 0:
            return ""
        begin = ctx.text.rfind("\n", 0, end) + 1
        line = ctx.text[begin:end]
        if not _FACT_LINE.fullmatch(line):
            heading = facts and len(line.split()) <= 10 and not line.rstrip().endswith((".", "!", "?"))
            return line if heading else ""  # a heading, not the lede's sentences
        facts += bool(line.strip())
        end = begin - 1
    return ""


# the title column in the languages of the corpus's tables (a store's '| 編號 | 曲名 |' too)
# (a wiki's '[edit | edit source]' link may be glued before it)
_TABLE_HEADER = re.compile(r"^(?:\[[^\n\]]{0,30}\])?\|?[^\n|]{0,12}\|\s*(?:Title|Song|Track|"
                           r"曲名|曲目|곡명|제목|タイトル|歌曲|T[íi]tulo|Titel|Titre)\s*\|[^\n]*$",
                           re.I | re.M)
_TABLE_ROW = re.compile(r"\s*\|?\s*(?P<n>\d{1,3})\.?\s*\|\s*(?P<cell>[^|\n]{1,200}?)\s*\|")
# the rest of a row fallen onto lines of its own: '|', '2:58 |', '---|---|', '| Name | 4:03 |'
_TABLE_SCRAP = re.compile(r"[\s:\-\d]*+(?:\|[^|\n]*+)*+$")


def _pipe_tables(ctx: Context) -> list[_List]:
    """A table scraped with its cell bars ('No. | Title | Writer(s) | Length |', then rows
    '1. | "TITLE" |' whose other cells fell onto lines of their own): each numbered row's
    first cell is a track."""
    out: list[_List] = []
    for head in _TABLE_HEADER.finditer(ctx.text):
        items: list[tuple[int, int]] = []
        pos = head.end() + 1
        while pos < len(ctx.text):
            eol = ctx.text.find("\n", pos)
            eol = len(ctx.text) if eol < 0 else eol
            row = _TABLE_ROW.match(ctx.text, pos, eol)
            if row:
                items.append(row.span("cell"))
            elif not _TABLE_SCRAP.match(ctx.text, pos, eol) or "|" not in ctx.text[pos:eol]:
                break
            pos = eol + 1
        if len(items) >= 2:
            out.append(_List(None, None, items, (head.start(), items[-1][1]), "tracklists.table"))
    return out


PERFORMED_BY = re.compile(r"\s*[–—-]?\s*(?:performed|sung)\s+by\s+")
_OTHER_CREDIT = re.compile(r"\s*[–—-]\s*(?:score|composed|written|arranged|produced)\s+by\s+")
_ROW_MARK = re.compile(r"^[ \t]*(?P<n>\d{1,3})[ \t]*\|[ \t]*$", re.M)


def _split_rows(ctx: Context) -> list[_List]:
    """A table scraped one cell per line: 'N |' alone on a line, then the row's text over the
    following lines up to its closing '|' ('How\nCan I Be Sure Of You – performed by A |')."""
    marks = list(_ROW_MARK.finditer(ctx.text))
    out: list[_List] = []
    run: list[tuple[int, int]] = []
    for k, m in enumerate(marks):
        start = m.end() + 1
        end = marks[k + 1].start() if k + 1 < len(marks) else ctx.text.find("\n\n", start)
        end = len(ctx.text) if end < 0 else end
        body = ctx.text[start:end].rstrip()
        close = body.rfind("|")
        if int(m.group("n")) != len(run) + 1 or close < 0 or "\n\n" in body[:close]:
            if len(run) >= 3:
                out.append(_List(None, None, run, (marks[k - len(run)].start(), run[-1][1]),
                                 "tracklists.table"))
            run = []
            if int(m.group("n")) != 1 or close < 0:
                continue
        run.append((start, start + len(body[:close].rstrip())))
    if len(run) >= 3:
        out.append(_List(None, None, run, (marks[len(marks) - len(run)].start(), run[-1][1]),
                         "tracklists.table"))
    return out


def _dash_credits(block: ListBlock) -> bool:
    return sum(1 for i in block.items if re.search(r"\s[-–—]\s", i.text)) >= len(block.items) / 2


_PROSE_CUE = re.compile(r"(?<![\w])(?:track\s*list(?:ing)?|tracklist(?:ing)?|tracks|songs|"
                        r"soundtrack|album|EP|OST)\b[^.:\"“]{0,60}?(?:\s*:\s*|\s+(?:includes?|"
                        r"features?|consists\s+of|comprises|are|is)\s+)", re.I)


def _prose_lists(ctx: Context) -> list[_List]:
    """'The tracklist: A, B and C' or 'The album features "A," "B" and "C"'."""
    out: list[_List] = []
    counted_are = ctx.rules.compiled(_Counts.build).counted_are
    for sent in ctx.sentences:
        for m in _PROSE_CUE.finditer(ctx.text, sent.start, sent.end):
            counted = bool(counted_are.search(m.group(0)))  # "the album's six tracks are A, B"
            if ctx.text[m.start() : m.end()].count(":") == 0 and "list" not in m.group(0).lower() \
                    and ctx.text[m.end() : m.end() + 1] not in "\"“'‘" and not counted:
                continue
            end = clause_end(ctx, m.end())
            quoted = ctx.quoted(m.end(), end)
            items: list[tuple[int, int]] = []
            pos = m.end()
            for s, e, _ in quoted:
                gap = ctx.text[pos:s]
                if items and not re.fullmatch(r"[\s,.\"“”'‘’]*(?:and\s+|&\s+)?[\"“'‘]?", gap):
                    break
                if not items and s - m.end() > 3:
                    break
                items.append((s, e))
                pos = e
            trailing = bool(re.match(r"[\s,.\"”'’]*(?:and\s+more|among\s+others|etc)",
                                     ctx.text[pos:end]))
            if len(items) < 2 and (":" in m.group(0) or counted):
                items = _comma_items(ctx, m.end(), end)
            if len(items) >= 2:
                out.append(_List(None, None, items, (m.start(), items[-1][1]),
                                 "tracklists.prose_enumeration", trailing=trailing))
                break
    return out


def _comma_items(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    chunk = ctx.text[start:end].rstrip(".")
    out = []
    pos = 0
    for m in re.finditer(r",\s+(?:and\s+)?|\s+and\s+(?=[A-Z\"“])", chunk):
        out.append((start + pos, start + m.start()))
        pos = m.end()
    out.append((start + pos, start + len(chunk)))
    items = [(s, e) for s, e in out if e > s and ctx.text[s].isupper()]
    return [] if any(_clause(ctx.text[s:e]) or _DATED.search(ctx.text, s, e)
                     for s, e in items) else items


# 'NAME: Side A in 2018 and NAME: Side B in 2019': items that end with when they came out are
# releases told in prose, not titles
_DATED = re.compile(r"\s(?:in|on|since)\s+(?:19|20)\d\d\b[.\[\]\d]*$")


def _clause(item: str) -> bool:
    """'Discs 1 and 2 hold the songs ...': six words or more, most in lower case, say
    something; a title in a comma list names something."""
    words = item.split()
    return len(words) >= 6 and sum(1 for w in words if w[:1].islower()) * 2 > len(words)


_DURATION_END = re.compile(r"\s*[(\[]?\d{1,2}:\d{2}[)\]]?[*†‡]?\s*$")  # '(2:16)*': a mark too
_DASH_NAME_END = re.compile(rf"\s[-–—]\s(?:{CAP}[\w'’.\-]*(?:\s+{CAP}[\w'’.\-]*){{0,3}}|"
                            rf"{CASELESS}{{2,10}}(?:\s\([^()\n]{{1,20}}\))?)\s*$")  # '- 김하늘'





def _split_credit(raw: str, by_credit: bool, dash_credit: bool, bracket_credit: bool = False
                  ) -> tuple[str, list[str], int]:
    """(title, performers, length of the title inside raw)."""
    title = raw
    performers: list[str] = []
    closing = closing_credit(title) if bracket_credit else None
    if closing is not None:  # 'TITLE (A feat. B)': the block credits in a closing bracket
        at, main, guests = closing
        performers = people(main) + (people(guests) if guests else [])
        title = title[:at]
    elif dash_credit:
        m = last_dash(title)
        if m:
            performers = people(title[m.end() :])
            title = title[: m.start()]
    elif by_credit:
        m = re.search(r"\sby\s(?!.*\sby\s)", title)
        if m:
            performers = people(title[m.end() :])
            title = title[: m.start()]
    elif (slash := _SLASH_CREDIT.search(title)) is not None:
        performers = people(slash.group("who"))  # 'TITLE/ナイト・ハーバーズ', 'TITLE/森川花子(晴生)'
        title = title[: slash.start()]
    feat = FEAT_CREDIT.search(title)
    if feat:
        performers += people(feat.group("who") or feat.group("who2") or "")
        title = title[: feat.start()] + title[feat.end() :]
    return title.strip(), performers, len(title.rstrip())


# a Japanese list's 'TITLE/ARTIST': after the slash, a name in kanji or kana (and a role in
# brackets after it), never Latin letters ('Either/Or' is a title)
_SLASH_CREDIT = re.compile(rf"(?<=\S)\s?/\s?(?P<who>{KANA_KANJI}{{2,20}}"
                           r"(?:[(（][^()（）\n]{1,20}[)）])?)\s*$")




Read = tuple[list[tuple[int, int]], list[str], dict[str, list[str]]]  # spans, texts, legends


def entry_texts(ctx: Context, lst: _List) -> Read:
    """Each entry's span and text without its numbering, trailing marks and running time."""
    raws = []
    items, legends = split_legend(ctx, lst.items)
    numbers = [INDUCED_NUMBER.match(ctx.text[s:e]) for s, e in items]
    # '01 Intro', '02 Blue': bare numbers that count up from 1 are the numbering
    counted = lst.rule == "tracklists.induced_block" or (
        all(numbers) and [int(m.group("n")) for m in numbers if m] == list(
            range(1, len(numbers) + 1)))
    for s, e in items:
        raw = ctx.text[s:e]
        num = _NUMBERING.match(raw) or (INDUCED_NUMBER.match(raw) if counted else None)
        if num:
            s += num.end()
        raw = ctx.text[s:e]
        tail = TRAILING.search(raw)
        if tail:
            e = s + tail.start()
        length = _DURATION_END.search(ctx.text, s, e)
        if length and length.start() > s:
            e = length.start()  # 'TITLE (4:24)': the running time is no part of it
        remark = REMARK.match(ctx.text, s, e)
        if remark:
            e = remark.end("entry")  # 'TITLE - (A & B): A bright song.': a review follows
        raws.append((s, e))
    return raws, [ctx.text[s:e] for s, e in raws], legends


def _entries(ctx: Context, lst: _List, read: Read | None = None,
             artist_first: bool | None = None) -> list[Track]:
    """The list's tracks from its entries as `entry_texts` reads them. `artist_first` is the
    page's decision for all its lists (the sides or discs of one album read one way round);
    without it the list decides alone."""
    raws, texts, legends = read or entry_texts(ctx, lst)
    if lst.rule != "tracklists.table":
        texts = as_dashed(texts)
    dash_credit = sum(1 for t in texts if re.search(r"\s[-–—]\s", t)) >= max(1, len(texts) / 2)
    if not dash_credit and lst.rule != "tracklists.table" and quoted_shape(texts):
        return quoted_entries(ctx, raws, legends)
    if dash_credit and lst.rule != "tracklists.table" and (
            artist_first if artist_first is not None else names_first(
                texts, lambda v: named_outside(ctx, v, lst.items[0][0], lst.items[-1][1]),
                lambda i, a, b: tagged_cell(ctx, raws[i][0] + a, raws[i][0] + b))):
        return _names_first_entries(ctx, raws, texts)
    by_credit = sum(1 for t in texts if re.search(r"\sby\s+[A-Z0-9]", t)) >= max(2, len(texts) / 2)
    bracketed = not dash_credit and bracket_credits(texts)
    tracks: list[Track] = []
    prev_credit = ""
    for (s, e), raw in zip(raws, texts, strict=True):
        # a list where few lines credit a singer: a dash before a name still does
        title, performers, _ = _split_credit(raw, by_credit, dash_credit or bool(
            _DASH_NAME_END.search(raw) and not VERSION_WORD.search(raw[last_dash_end(raw):])),
            bracketed)
        title = clean_title(without_repeated_credit(title, prev_credit))
        prev_credit = raw[last_dash_end(raw):].strip() if dash_credit else ""
        credit = PERFORMED_BY.search(raw)
        other = _OTHER_CREDIT.search(raw)  # '– score by A': a credit, not a performer
        if lst.rule == "tracklists.table" and (credit or other or '"' in raw or not performers):
            # a cell quotes each title: '"Move Your Feet" / "D.A.N.C.E."', '"X" (film version)';
            # a row may say who performs it: 'TITLE – performed by A' (or 'TITLE - A', below)
            cell = raw[: credit.start()] if credit else raw[: other.start()] if other else raw
            title = clean_title(" ".join(cell.replace('"', "").split()))
            who = people(" ".join(raw[credit.end() :].split())) if credit else []
            tracks.append(Track(position=len(tracks) + 1, title=title, performers=who,
                                evidence=ctx.evidence(s, s + len(cell.rstrip()))))
            continue
        track = _track(ctx, title, performers, s, e, len(tracks))
        if track is not None:
            tracks.append(track)
    return tracks


def _track(ctx: Context, title: str, performers: list[str], lo: int, hi: int, before: int
           ) -> Track | None:
    """The entry's track, its title found in the text between lo and hi; a title broken over
    two lines by the scraper reads as one line, its evidence is the text as it stands."""
    ts = ctx.text.find(title, lo, hi) if title else -1
    te = ts + len(title)
    if ts < 0 and title:
        m = with_credit_removed(title).search(ctx.text, lo, min(hi, lo + 2000))
        if m is None:
            return None
        ts, te = m.span()  # 'TITLE (feat. GUEST) [Radio Edit]': the evidence spans the credit
    if ts < 0:
        return None
    return Track(position=before + 1, title=" ".join(title.split()),
                 performers=[" ".join(p.split()) for p in performers],
                 evidence=ctx.evidence(ts, te))


_FEAT_SPLIT = re.compile(rf"\s+{FEAT_DOTTED}\s+", re.I)


def _names_first_entries(ctx: Context, raws: list[tuple[int, int]], texts: list[str]) -> list[Track]:
    """'NAME ft. GUEST – TITLE (TRANSLATION)': the title after the first dash, the people
    before it."""
    tracks: list[Track] = []
    for (s, _e), raw in zip(raws, texts, strict=True):
        m = first_dash(raw)
        if not m:
            continue
        acts = [p for part in _FEAT_SPLIT.split(raw[: m.start()]) for p in people(part)]
        title = raw[m.end() :]
        guest = FEAT_CREDIT.search(title)  # 'TITLE [ft. GUEST]'
        if guest:
            acts += people(guest.group("who") or guest.group("who2") or "")
            title = title[: guest.start()] + title[guest.end() :]
        # from the mark on: a colon or slash read as a dash is a character shorter
        track = _track(ctx, clean_title(title), acts, s + m.start(), len(ctx.text), len(tracks))
        if track is not None:
            tracks.append(track)
    return tracks
