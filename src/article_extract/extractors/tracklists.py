"""Tracklists: list blocks under a track/disc header, numbered runs, and prose enumerations,
with the declared size and completeness, plus the count statements behind them.

The count statements are found in tracklists_counts and the lists read in tracklists_parsing;
this module ties each list to its declared size and decides its completeness.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..context import Context
from ..contract import Category, Doc, Emitted, Extractor, Fact, Norm
from ..lists import INDUCED_NUMBER
from ..models import Evidence, Track, Tracklist
from ..models import Warning as ArticleWarning
from .topics import TopicsExtractor
from .tracklists_columns import as_dashed, named_outside, names_first, tagged_cell
from .tracklists_counts import CountStatement, find_counts
from .tracklists_keyed import keyed_entries, song_lines
from .tracklists_parsing import (
    Read,
    _blocks,
    _entries,
    _List,
    _pipe_tables,
    _prose_lists,
    _split_rows,
    entry_texts,
)


def find_tracklists(ctx: Context, counts: list[CountStatement]
                    ) -> tuple[list[Tracklist], list[ArticleWarning]]:
    tables = _pipe_tables(ctx) + _split_rows(ctx) + _keyed(ctx)
    lists = [x for x in _blocks(ctx) + _prose_lists(ctx)
             if not any(x.evidence[0] < t.evidence[1] and t.evidence[0] < x.evidence[1]
                        for t in tables)]
    lists = sorted(lists + tables, key=lambda x: x.evidence[0])
    warnings: list[ArticleWarning] = []
    next_disc = 1
    read = [entry_texts(ctx, lst) for lst in lists]
    artist_first = _artist_first(ctx, lists, read)
    for k, lst in enumerate(lists):
        if lst.disc is None:
            lst.disc = next_disc
        next_disc = lst.disc + 1
        lst.entries = _entries(ctx, lst, read[k], artist_first)
        if lst.credits is not None:  # 'TITLE' then 'SINGERS : A, B': the key line credits it
            lst.entries = [t.model_copy(update={"performers": who})
                           for t, who in zip(lst.entries, lst.credits, strict=False)]
        if _cut_off(ctx, lst):
            lst.entries = lst.entries[:-1]
            lst.trailing = True  # the page ends inside the list: it is not all there
        elif _stub_after(ctx, lst):
            lst.trailing = True
    lists = _with_bonus_tracks(ctx, lists)
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


def _cut_off(ctx: Context, lst: _List) -> bool:
    """A scrape that stops mid-list leaves a stub: the text's last entry, cut in a word or bracket
    ('One S', 'X (Piano'), uncredited and two characters long where most are credited, or one
    letter long under longer titles ('18. W')."""
    if len(lst.entries) < 3 or ctx.text[lst.items[-1][1] :].strip():
        return False
    last = lst.entries[-1]
    if not last.performers and (re.search(r"\s[B-HJ-NP-Zb-z]$", last.title) or
                                last.title.count("(") > last.title.count(")")):
        return True  # 'One S', 'TITLE (Piano': the page stops inside a word or a bracket
    credited = sum(1 for t in lst.entries[:-1] if t.performers)
    others = [x for t in lst.entries[:-1] for x in t.performers]
    if any(_cut_name(p, others, ctx.text[: lst.items[-1][0]]) for p in last.performers):
        return True  # '– GIVEN' for 'GIVEN SURNAME', '– NAM' for a 'NAME' named above
    if last.performers:
        return False
    shortest = min(len(t.title) for t in lst.entries[:-1])
    return (len(last.title) <= 2 and credited * 2 >= len(lst.entries) - 1) or (
        len(last.title) == 1 and shortest > 3)


def _cut_name(name: str, others: list[str], before: str) -> bool:
    """`name` begins a longer name the list gives elsewhere, or a word the text has before (a
    Latin name goes on in Latin letters: 'NAMEの' in Japanese prose is the whole name)."""
    more = r"[A-Za-z\u00c0-\u024f]" if re.search(r"[A-Za-z\u00c0-\u024f]$", name) else r"\w"
    return any(o.startswith(name + " ") for o in others) or re.search(
        rf"(?<!\w){re.escape(name)}{more}", before) is not None


def _stub_after(ctx: Context, lst: _List) -> bool:
    """The page ends on one more numbered line than the list holds ('10. TITLE (From “FI'): a
    scrape cut inside the list, so the list is not all there even though the stub is no track."""
    rest = ctx.text[lst.items[-1][1] :].strip() if lst.items else ""
    if not rest or "\n" in rest:
        return False
    nxt = INDUCED_NUMBER.match(rest) or _BARE_NUMBER.fullmatch(rest)  # '16. ' and nothing more
    last = INDUCED_NUMBER.match(ctx.text[lst.items[-1][0] : lst.items[-1][1]])
    return bool(nxt and last and int(nxt.group("n")) == int(last.group("n")) + 1)


_BARE_NUMBER = re.compile(r"#?(?P<n>\d{1,3})[.):]?")


_BONUS = re.compile(r"(?<![\w])bonus(?![\w])", re.I)
# '10-18 : TITLE' over '10. ...': a section of the same run
_SECTION = re.compile(r"(?m)^[ \t]*\d{1,3}[ \t]?[-–][ \t]?\d{1,3}[ \t]?:[ \t]")


def _with_bonus_tracks(ctx: Context, lists: list[_List]) -> list[_List]:
    """'bonus tracks:' (or a section '07-12 : TITLE') over '07. ...' after a list ending at '06.':
    the numbering goes on, so they are the rest of the same list, not another disc."""
    out: list[_List] = []
    for k, lst in enumerate(lists):
        prev = out[-1] if out else None
        header = ctx.text[lst.evidence[0] : lst.items[0][0]]
        first = INDUCED_NUMBER.match(ctx.text[lst.items[0][0] : lst.items[0][1]])
        last = INDUCED_NUMBER.match(ctx.text[prev.items[-1][0] : prev.items[-1][1]]) if prev \
            else None
        gap = ctx.text[prev.items[-1][1] : lst.items[0][0]] if prev else ""
        if prev and lst.label is None and (_BONUS.search(header) or _SECTION.search(gap)) \
                and first and last and \
                int(first.group("n")) == int(last.group("n")) + 1 and prev.entries:
            n = len(prev.entries)
            prev.entries += [t.model_copy(update={"position": n + i + 1})
                             for i, t in enumerate(lst.entries)]
            prev.items += lst.items
            prev.evidence = (prev.evidence[0], lst.evidence[1])
            prev.trailing = lst.trailing
            for later in lists[k + 1 :]:  # the discs after it move up one
                if later.disc and later.label is None:
                    later.disc -= 1
            continue
        out.append(lst)
    return out


def _artist_first(ctx: Context, lists: list[_List], read: list[Read]) -> bool:
    """A page's sides or discs read one way round: whether they give 'NAME – TITLE' is decided
    on the entries of all its lists (tables aside) at once, a name counting as 'named
    elsewhere' only outside all of them (a side of three lines has too little to go on)."""
    texts = [t for lst, r in zip(lists, read, strict=True) if lst.rule != "tracklists.table"
             for t in as_dashed(r[1])]
    spans = [s for lst, r in zip(lists, read, strict=True) if lst.rule != "tracklists.table"
             for s in r[0]]
    if not lists or not texts:
        return False
    lo, hi = min(x.items[0][0] for x in lists), max(x.items[-1][1] for x in lists)
    return names_first(texts, lambda v: named_outside(ctx, v, lo, hi),
                       lambda i, a, b: tagged_cell(ctx, spans[i][0] + a, spans[i][0] + b))


def _keyed(ctx: Context) -> list[_List]:
    return [_List(None, None, [(t.start, t.end) for t, _ in run], (run[0][0].start, end),
                  "tracklists.keyed_block", credits=[who for _, who in run])
            for run, end in keyed_entries(ctx)] + [
        _List(None, None, [(s, e) for s, e, _ in run], (run[0][0], end), "tracklists.song_lines",
              credits=[who for _, _, who in run])
        for run, end in song_lines(ctx)]


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
    # lists a listicle's intro ranks: read like tracklists, but their entries are songs of
    # as many works, with no album to hold them
    ranked: list[Tracklist] = field(default_factory=list)



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
    needs = (TopicsExtractor,)
    rule_ids = ("tracklists.header_block", "tracklists.numbered_block",
                "tracklists.induced_block", "tracklists.prose_enumeration", "tracklists.table",
                "tracklists.keyed_block", "tracklists.song_lines")
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
        """The lists found, less the one a listicle's intro ranks ('my 15 favourite OSTs'):
        its entries are songs of as many works, not one album's tracks."""
        tracklists, warnings = find_tracklists(ctx, candidates)
        span = ctx.facts.get(TopicsExtractor).ranked_list
        ranked = [t for t in tracklists if span and span[0] <= t.evidence.start < span[1]]
        return TracklistFacts([t for t in tracklists if t not in ranked], warnings, ranked)

    def emit(self, facts: TracklistFacts) -> Emitted:
        return Emitted({"soundtrack.tracklists": facts.tracklists}, list(facts.warnings))
