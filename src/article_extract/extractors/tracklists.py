"""Tracklists: list blocks under a track/disc header, numbered runs, and prose enumerations,
with the declared size and completeness, plus the count statements behind them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..context import Context, clause_end
from ..contract import Category, Doc, Emitted, Extractor, Fact, Norm
from ..lines import ListBlock
from ..lists import INDUCED_NUMBER
from ..models import Evidence, Track, Tracklist
from ..models import Warning as ArticleWarning
from ..rules import CAP, FEAT, RuleSet, alternation, number_words
from ..segment import BULLET, NUMBERING, TRAILING, is_disc_header
from .titles import clean_title

_TRACK_CUE = re.compile(
    r"(?<![\w])(?:tracks?|track\s*list(?:ing)?|tracklist(?:ing)?|songs?|OSTs?|soundtracks?|"
    r"album|EP|LP|CD\s*\d*|dis[ck]\s*\d*|side\s*[A-D1-4]?|singles?|record|numbers|scores?|"
    r"part\s*\d+)(?![\w])", re.I)
_NOT_TRACKS = re.compile(r"(?<![\w])(?:cast|read more|related|also read|credits|episodes?|"
                         r"awards?|nominees|ratings|charts?|box office|things|reasons|facts)"
                         r"(?![\w])", re.I)
_NOT_TITLE = re.compile(r"@|https?://|www\.|^\+?[\d\s()-]{7,}$")
_NUMBERING = re.compile(rf"^(?:{NUMBERING}|{BULLET}\s)\s*", re.I)
_FEAT = re.compile(rf"\s*[(\[]\s*{FEAT}\s+(?P<who>[^)\]]+)[)\]]"
                   rf"|\s+{FEAT}\s+(?P<who2>.+)$", re.I)
_PARTIAL = re.compile(r"(?<![\w])(?:some of|a few of|highlights|selected|among them|a selection|"
                      r"a sample|partial|including)(?![\w])", re.I)
_UNITS = (r"(?:new\s+|original\s+|main\s+|total\s+|vocal\s+|instrumental\s+|background\s+|"
          r"score\s+|bonus\s+)*"
          r"(?:tracks|songs|soundtracks|OSTs|numbers|singles|pieces|cues|compositions|"
          r"scores|background\s+scores)")


@dataclass(frozen=True)
class _Counts:
    """The count patterns, built from the RuleSet's number words."""

    numbers: dict[str, int]
    verb: re.Pattern[str]
    adj: re.Pattern[str]
    owned: re.Pattern[str]
    counted_are: re.Pattern[str]

    @classmethod
    def build(cls, rules: RuleSet) -> _Counts:
        numbers = number_words(rules)
        num = rf"(?P<n>\d{{1,3}}|{alternation(list(numbers))})"
        return cls(
            numbers,
            re.compile(
                r"(?<![\w])(?:consists?\s+of|consisting\s+of|contains?|containing|includes?|"
                r"including|features?|featuring|comprises?|comprising|has|have|boasts?|holds?|"
                r"spans?|with|(?:a\s+)?total\s+of|packs?|offers?|collects?|gathers?|brings?\s+"
                r"together|runs?\s+to)\s+(?:only\s+|just\s+|a\s+total\s+of\s+|all\s+|"
                r"another\s+|the\s+(?:[\w-]+['’]s\s+)?)?" + num + r"\s+" + _UNITS + r"(?![\w])",
                re.I),
            re.compile(r"(?<![\w-])" + num + r"-(?:track|song)(?![\w])", re.I),
            # "the album's six tracks", "the EP's 5 songs": a count owned by the release
            re.compile(r"(?<![\w])(?:album|record|EP|LP|OST|soundtrack|tracklist)['’]s\s+"
                       + num + r"\s+" + _UNITS + r"(?![\w])", re.I),
            # "the album's six tracks are A, B": a counted prose enumeration
            re.compile(r"(?<![\w-])" + num + r"\s+(?:[\w-]+\s+)?(?:tracks|songs)\s+are\s+$",
                       re.I))


_DISC_REF = re.compile(r"(?<![\w])(?:(?P<label>(?:CD|Dis[ck]|Part|Side)\s*(?P<num>\d{1,2}))|"
                       r"the\s+(?P<ord>first|second|third|fourth)\s+(?:CD|dis[ck]|part))(?![\w])",
                       re.I)
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "one": 1, "two": 2, "three": 3,
        "four": 4, "a": 1, "b": 2, "c": 3, "d": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}


@dataclass
class CountStatement:
    count: int
    start: int
    end: int
    disc: int | None  # None: the whole album


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


def _num(counts: _Counts, raw: str) -> int:
    return int(raw) if raw.isdigit() else counts.numbers[raw.lower()]


def _disc_of(text: str) -> tuple[int | None, str | None]:
    m = is_disc_header(text)
    if not m:
        return None, None
    raw = m.group("num")
    n = int(raw) if raw.isdigit() else _ORD.get(raw.lower())
    return n, re.sub(r"\s*[:.]$", "", m.group("label")).strip()


def find_counts(ctx: Context) -> list[CountStatement]:
    """'consists of 14 original soundtracks', 'the 8-track album', 'CD2 contains 40 songs'."""
    counts = ctx.rules.compiled(_Counts.build)
    out: list[CountStatement] = []
    for para in ctx.prose():
        for pattern in (counts.verb, counts.adj, counts.owned):
            for m in pattern.finditer(ctx.text, para.start, para.end):
                sent = ctx.sentence_at(m.start())
                scope = ctx.text[sent.start if sent else para.start : m.start()]
                if pattern is counts.verb and not _TRACK_CUE.search(scope + m.group(0)):
                    continue
                disc = None
                refs = list(_DISC_REF.finditer(scope))
                if refs:
                    r = refs[-1]
                    disc = int(r.group("num")) if r.group("num") else _ORD[r.group("ord").lower()]
                out.append(CountStatement(_num(counts, m.group("n")), m.start("n"), m.end("n"),
                                          disc))
    out.sort(key=lambda c: c.start)
    return out


def _blocks(ctx: Context) -> list[_List]:
    out: list[_List] = []
    prev_end = -1  # where the last accepted tracklist ends
    for block in ctx.segments.lists:
        header_text = block.header.text if block.header else ""
        intro_text = block.intro.text if block.intro else ""
        disc, label = _disc_of(header_text)
        # a header that speaks for itself ('Media contact:') is not read with its intro; a bare
        # disc header or a header-less numbered run is
        context_text = header_text if header_text.endswith(":") and not disc else \
            f"{header_text} {intro_text}"
        numbered = all(_NUMBERING.match(i.text) for i in block.items)
        if _NOT_TRACKS.search(header_text) and not disc:
            continue
        # a second run numbered from 1 right after a tracklist is its next disc
        next_disc = prev_end >= 0 and not block.header and \
            not ctx.text[prev_end : block.items[0].start].strip() \
            and bool(_FIRST_NUMBER.match(block.items[0].text))
        if not (disc or next_disc or _TRACK_CUE.search(context_text) or (
                numbered and _dash_credits(block))):
            continue
        if sum(1 for i in block.items if _NOT_TITLE.search(i.text)) > len(block.items) / 2:
            continue
        first = block.header or block.items[0]
        ev = (first.start, block.items[-1].end)
        rule = ("tracklists.header_block" if block.header else
                "tracklists.induced_block" if block.induced else "tracklists.numbered_block")
        lst = _List(disc, label, [(i.start, i.end) for i in block.items], ev, rule,
                    trailing=block.trailing is not None,
                    partial_header=bool(_PARTIAL.search(header_text)))
        out.append(lst)
        prev_end = block.items[-1].end
    return out


_FIRST_NUMBER = re.compile(r"\s*(?:0?1|I)[.):\s]")


_TABLE_HEADER = re.compile(r"^[^\n|]{0,12}\|\s*(?:Title|Song|Track)\s*\|[^\n]*$", re.I | re.M)
_TABLE_ROW = re.compile(r"\s*(?P<n>\d{1,3})\.?\s*\|\s*(?P<cell>[^|\n]{1,200}?)\s*\|")
# the rest of a row fallen onto lines of its own: '|', '2:58 |', '---|---|', '| Name | 4:03 |'
_TABLE_SCRAP = re.compile(r"[\s:\-\d]*+(?:\|[^|\n]*+)*+$")


def _pipe_tables(ctx: Context) -> list[_List]:
    """A table scraped with its cell bars ('No. | Title | Writer(s) | Length |', then rows
    '1. | "Hair Up" |' whose other cells fell onto lines of their own): each numbered row's
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
    return [(s, e) for s, e in out if e > s and ctx.text[s].isupper()]


_DURATION_END = re.compile(r"\s*[(\[]?\d{1,2}:\d{2}[)\]]?\s*$")
_DASH_NAME_END = re.compile(rf"\s[-–—]\s{CAP}[\w'’.\-]*(?:\s+{CAP}[\w'’.\-]*){{0,3}}\s*$")
_VERSION_WORD = re.compile(r"(?<![\w])(?:Reprise|Version|Remix|Mix|Edit|Live|Interlude|"
                           r"Instrumental|Inst|Theme|Part|Pt|Intro|Outro|Acoustic|Demo|Suite|"
                           r"Medley|Overture|Finale|Prologue|Epilogue)(?![\w])", re.I)


def _last_dash_end(text: str) -> int:
    m = _last_dash(text)
    return m.end() if m else len(text)


def _last_dash(text: str) -> re.Match[str] | None:
    """The last ' – ' outside brackets: 'TITLE – A (엘 – 인피니트) & B' splits before A."""
    depth = 0
    found = None
    for m in _DASH_OR_BRACKET.finditer(text):
        ch = m.group(0)
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            found = m
    return found


_DASH_OR_BRACKET = re.compile(r"\s[-–—]\s|[()\[\]]")


def _split_credit(raw: str, by_credit: bool, dash_credit: bool) -> tuple[str, list[str], int]:
    """(title, performers, length of the title inside raw)."""
    title = raw
    performers: list[str] = []
    if dash_credit:
        m = _last_dash(title)
        if m:
            performers = _people(title[m.end() :])
            title = title[: m.start()]
    elif by_credit:
        m = re.search(r"\sby\s(?!.*\sby\s)", title)
        if m:
            performers = _people(title[m.end() :])
            title = title[: m.start()]
    feat = _FEAT.search(title)
    if feat:
        performers += _people(feat.group("who") or feat.group("who2") or "")
        title = title[: feat.start()] + title[feat.end() :]
    return title.strip(), performers, len(title.rstrip())


def _people(text: str) -> list[str]:
    parts = re.split(r"\s*(?:,\s*(?:and\s+)?|\s&\s|\s+and\s+|\s+x\s+|\s+with\s+)\s*", text.strip())
    names = (re.sub(r"\s*\([^()]*\)$", "", p).strip(" .") for p in parts)  # 'Name (GROUP)'
    return [_LEADING_FEAT.sub("", n) for n in names if n]  # 'A, B, Feat. C'


_LEADING_FEAT = re.compile(r"^(?:feat\.?|ft\.|featuring)\s+", re.I)


def _entries(ctx: Context, lst: _List) -> list[Track]:
    raws = []
    numbers = [INDUCED_NUMBER.match(ctx.text[s:e]) for s, e in lst.items]
    # '01 Intro', '02 Blue': bare numbers that count up from 1 are the numbering
    counted = lst.rule == "tracklists.induced_block" or (
        all(numbers) and [int(m.group("n")) for m in numbers if m] == list(
            range(1, len(numbers) + 1)))
    for s, e in lst.items:
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
            e = length.start()  # 'Find a New Home (4:24)': the running time is no part of it
        raws.append((s, e))
    texts = [ctx.text[s:e] for s, e in raws]
    dash_credit = sum(1 for t in texts if re.search(r"\s[-–—]\s", t)) >= max(1, len(texts) / 2)
    by_credit = sum(1 for t in texts if re.search(r"\sby\s+[A-Z0-9]", t)) >= max(2, len(texts) / 2)
    tracks: list[Track] = []
    for (s, e), raw in zip(raws, texts, strict=True):
        # a list where few lines credit a singer: a dash before a name still does
        title, performers, _ = _split_credit(raw, by_credit, dash_credit or bool(
            _DASH_NAME_END.search(raw) and not _VERSION_WORD.search(raw[_last_dash_end(raw):])))
        title = clean_title(title)
        if lst.rule == "tracklists.table":
            # a cell quotes each title: '"Move Your Feet" / "D.A.N.C.E."', '"X" (film version)'
            title, ts = " ".join(raw.replace('"', "").split()), s
            tracks.append(Track(position=len(tracks) + 1, title=title, performers=[],
                                evidence=ctx.evidence(s, e)))
            continue
        if not title:
            continue
        ts = ctx.text.find(title, s, e)
        if ts < 0:
            continue
        # a title broken over two lines by the scraper: the value reads as one line, the
        # evidence is the text as it stands
        tracks.append(Track(position=len(tracks) + 1, title=" ".join(title.split()),
                            performers=[" ".join(p.split()) for p in performers],
                            evidence=ctx.evidence(ts, ts + len(title))))
    return tracks


def _cut_off(ctx: Context, lst: _List) -> bool:
    """A scrape that stops mid-list leaves a stub: the text's last entry, ending in a lone
    letter ('One S'), or two characters at most without the credit most entries carry ('4. W'
    after '3. Title - Singer')."""
    if len(lst.entries) < 3 or ctx.text[lst.items[-1][1] :].strip():
        return False
    last = lst.entries[-1]
    if not last.performers and re.search(r"\s[B-HJ-NP-Zb-z]$", last.title):
        return True  # 'One S': the page stops inside a word
    credited = sum(1 for t in lst.entries[:-1] if t.performers)
    return len(last.title) <= 2 and not last.performers and credited * 2 >= len(lst.entries) - 1


def find_tracklists(ctx: Context, counts: list[CountStatement]
                    ) -> tuple[list[Tracklist], list[ArticleWarning]]:
    tables = _pipe_tables(ctx)
    lists = [x for x in _blocks(ctx) + _prose_lists(ctx)
             if not any(x.evidence[0] < t.evidence[1] and t.evidence[0] < x.evidence[1]
                        for t in tables)]
    lists = sorted(lists + tables, key=lambda x: x.evidence[0])
    warnings: list[ArticleWarning] = []
    next_disc = 1
    for lst in lists:
        if lst.disc is None:
            lst.disc = next_disc
        next_disc = lst.disc + 1
        lst.entries = _entries(ctx, lst)
        if _cut_off(ctx, lst):
            lst.entries = lst.entries[:-1]
            lst.trailing = True  # the page ends inside the list: it is not all there
    lists = [x for x in lists if len(x.entries) >= 2]
    album_counts = [c for c in counts if c.disc is None]
    distinct = sorted({c.count for c in album_counts})
    if len(distinct) > 1:
        warnings.append(ArticleWarning(
            code="count_conflict",
            message="the article states different sizes for the album: "
                    + ", ".join(str(n) for n in distinct),
            evidence=[ctx.evidence(c.start, c.end) for c in album_counts]))
    out: list[Tracklist] = []
    for lst in lists:
        declared = _declared(ctx, lst, lists, counts, album_counts)
        n = len(lst.entries)
        complete = not (lst.trailing or lst.partial_header or (declared and n < declared[0]))
        s, e = lst.evidence
        out.append(Tracklist(
            disc=lst.disc or 1, label=lst.label,
            declared_count=declared[0] if declared else None,
            declared_count_evidence=declared[1] if declared else None,
            complete=complete, tracks=lst.entries, evidence=ctx.evidence(s, e), rule=lst.rule))
        seen: dict[str, Track] = {}
        for t in lst.entries:
            key = t.title.casefold()
            if key in seen:
                warnings.append(ArticleWarning(
                    code="duplicate_track",
                    message=f"'{t.title}' is listed twice on disc {lst.disc}"
                            f" (positions {seen[key].position} and {t.position})",
                    evidence=[seen[key].evidence, t.evidence]))
            else:
                seen[key] = t
    return out, warnings


def _declared(ctx: Context, lst: _List, lists: list[_List], counts: list[CountStatement],
              album_counts: list[CountStatement]) -> tuple[int, Evidence] | None:
    s = lst.evidence[0]
    header_end = lst.items[0][0]
    for c in counts:
        if s <= c.start < header_end:
            return c.count, ctx.evidence(c.start, c.end)
    for c in counts:
        if c.disc is not None and c.disc == lst.disc and len(lists) > 1:
            return c.count, ctx.evidence(c.start, c.end)
    if not album_counts:
        return None
    n = len(lst.entries)
    matching = [c for c in album_counts if c.count == n]
    if len(lists) == 1:
        c = matching[0] if matching else album_counts[0]
        return c.count, ctx.evidence(c.start, c.end)
    if lst.disc == 1 and matching:
        return matching[0].count, ctx.evidence(matching[0].start, matching[0].end)
    return None


@dataclass(frozen=True)
class TracklistFacts:
    tracklists: list[Tracklist]
    warnings: list[ArticleWarning]



def _tracks_evidence(d: Doc, n: Norm) -> list[tuple[Fact, Doc | None, str | None]]:
    return [((t["disc"], i, n(x["title"])), x.get("evidence"), None)
            for t in d["soundtrack"]["tracklists"] for i, x in enumerate(t["tracks"], 1)]


def _tracklists_evidence(d: Doc, n: Norm) -> list[tuple[Fact, Doc | None, str | None]]:
    out: list[tuple[Fact, Doc | None, str | None]] = []
    for t in d["soundtrack"]["tracklists"]:
        fact = (t["disc"], t["declared_count"], t["complete"], len(t["tracks"]))
        out.append((fact, t.get("evidence"), t.get("rule")))
        if t.get("declared_count_evidence"):
            out.append((fact, t["declared_count_evidence"], None))
    return out


class TracklistsExtractor(Extractor[CountStatement, TracklistFacts]):
    """Every list the text presents as an album's (or disc's) tracks: list blocks under a
    track or disc header, numbered runs, and prose enumerations, with their declared size and
    completeness. Candidates are the count statements ('the 12-track album', 'CD2 contains 40
    songs'); the lists themselves come from the segmenter's blocks and the prose cues."""

    name = "tracklists"
    rule_ids = ("tracklists.header_block", "tracklists.numbered_block",
                "tracklists.induced_block", "tracklists.prose_enumeration", "tracklists.table")
    categories = (
        Category("tracks", 11, ("disc", "position", "title"),
                 lambda d, n: [(t["disc"], i, n(x["title"])) for t in d["soundtrack"]["tracklists"]
                            for i, x in enumerate(t["tracks"], 1)],
                 lambda a, n: [(t["disc"], i, n(x)) for t in a.get("tracklists", [])
                            for i, x in enumerate(t["tracks"], 1)],
                 description="each track in its place",
        evidenced=_tracks_evidence),
        Category("tracklists", 12, ("disc", "declared_count", "complete", "listed"),
                 lambda d, n: [(t["disc"], t["declared_count"], t["complete"], len(t["tracks"]))
                            for t in d["soundtrack"]["tracklists"]],
                 lambda a, n: [(t["disc"], t.get("declared_count"), t.get("complete"),
                             len(t["tracks"])) for t in a.get("tracklists", [])],
                 description="each list's disc, declared size and completeness",
        evidenced=_tracklists_evidence),
    )

    def match(self, ctx: Context) -> list[CountStatement]:
        return find_counts(ctx)

    def decide(self, candidates: list[CountStatement], ctx: Context, /) -> TracklistFacts:
        tracklists, warnings = find_tracklists(ctx, candidates)
        return TracklistFacts(tracklists, warnings)

    def emit(self, facts: TracklistFacts) -> Emitted:
        return Emitted({"soundtrack.tracklists": facts.tracklists}, list(facts.warnings))
