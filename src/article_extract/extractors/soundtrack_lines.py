"""Song credits outside a tracklist's own lines: a table row the scraper broke inside its
credit, '"TITLE" by NAME' lines of a chart, a drama's theme-song lines ('Opening theme: TITLE by
NAME') and their Japanese forms, runs of unquoted "NAME's TITLE" in prose, and one act credited
with every listed track. Split from soundtrack, which gathers them."""

from __future__ import annotations

import itertools
import re

from ..context import Context, clause_end
from ..models import Track
from ..rules import CAP
from .names import NameItem
from .soundtrack_credits import SongHit, _performers
from .titles import run_re
from .topics import TopicsExtractor
from .tracklists import TracklistsExtractor
from .tracklists_parsing import PERFORMED_BY


def theme_lines(ctx: Context) -> list[SongHit]:
    """'Opening theme: TITLE by NAME (note)', 'Insert song: TITLE by A and B': a line that
    labels a drama's theme song (data: cues/soundtrack.json songs.theme_line) credits it."""
    line_re = ctx.rules.cue_regex("songs.theme_line")
    out: list[SongHit] = []
    for line in ctx.segments.lines:
        m = line_re.match(ctx.text, line.start, line.end)
        if m is None:
            continue
        singers = _performers(ctx, m.start("who"), m.end("who"))
        if singers:
            out.append(SongHit(m.group("t"), m.start("t"), m.end("t"), tuple(singers),
                               "songs.theme_line", True))
    return out


def japanese_themes(ctx: Context) -> list[SongHit]:
    """'主題歌はARTIST「TITLE」', 'ARTISTの「TITLE」が主題歌': a Japanese theme-song credit (data:
    cues/soundtrack.json songs.japanese_theme) names the song and the act that sings it."""
    out: list[SongHit] = []
    for m in ctx.rules.cue_regex("songs.japanese_theme").finditer(ctx.text):
        t = "t" if m.group("t") else "t2"
        a = "a" if m.group("a") else "a2"
        singer = NameItem(m.group(a).strip(), m.start(a), m.start(a) + len(m.group(a).strip()))
        out.append(SongHit(m.group(t), m.start(t), m.end(t), (singer,), "songs.japanese_theme", True))
    return out


def wrapped_credit(ctx: Context, track: Track) -> list[NameItem]:
    """'TITLE – performed by GIVEN\nSURNAME |': a table row the scraper broke inside the
    credit; the name is read across the break, right after 'performed by'."""
    credit = PERFORMED_BY.match(ctx.text, track.evidence.end, track.evidence.end + 200)
    if credit is None:
        return []
    out: list[NameItem] = []
    for name in track.performers:
        words = name.split()
        tokens = list(itertools.islice(_TOKEN.finditer(ctx.text, credit.end()), len(words)))
        if [t.group(0).rstrip(",.;") for t in tokens] == words:
            out.append(NameItem(name, credit.end(), tokens[-1].start() + len(words[-1])))
    return out


_TOKEN = re.compile(r"\S+")


def listed_songs_by(ctx: Context, title_by: re.Pattern[str]) -> list[SongHit]:
    """'"TITLE" by NAME' lines of a list that is no tracklist (a chart under its own heading):
    songs with their singers, who are not thereby on this soundtrack."""
    held = [tl.evidence for tl in ctx.facts.get(TracklistsExtractor).tracklists]
    out: list[SongHit] = []
    for block in ctx.segments.lists:
        for line in block.items:
            if any(ev.start <= line.start < ev.end for ev in held):
                continue
            for s, e, q in ctx.quoted(line.start, line.end):
                by = title_by.match(ctx.text, e, line.end)
                singers = _performers(ctx, by.end(), line.end) if by else []
                if singers:
                    out.append(SongHit(q, s, e, tuple(singers), "songs.title_by", False))
    return out


# "NAME's TITLE" in an unquoted run: the owner (one to four capitalized words) and the "'s "
_OWNER = re.compile(rf"(?<![\w'’])(?P<n>(?:{CAP}[\w.\-]*\s){{0,3}}{CAP}[\w.\-]*)['’]s\s+")
_RUN_SEP = re.compile(r",?\s+and\s+|,\s+")
_RUN_END = re.compile(r"\s*(?:[.;!?)—–]|$)")
_AND_OWNER = re.compile(rf"\s+and\s+{CAP}[^,]*?['’]s\s")


def possessive_runs(ctx: Context, music_re: re.Pattern[str]) -> list[SongHit]:
    """'four OSTs have come out: A's Title One, B's Title Two, and C's Title Three': three or
    more unquoted "NAME's TITLE" items joined by commas and 'and' in a sentence about music,
    the whole run closed by the sentence's end. Each is a song its owner sings; a run of two,
    or one that breaks off, says too little about where its titles end."""
    topics = ctx.facts.get(TopicsExtractor)
    platforms = ctx.rules.platforms()
    titles = run_re(ctx.rules)
    out: list[SongHit] = []
    for sent in ctx.sentences:
        if not music_re.search(sent.text) or ("’s " not in sent.text and "'s " not in sent.text):
            continue
        pos = sent.start
        while (first := _OWNER.search(ctx.text, pos, sent.end)) is not None:
            run, at = _possessive_run(ctx, titles, first, sent.end)
            if len(run) >= 3 and not any(n.name in platforms or n.name in topics.names
                                         or n.name in topics.others for n, _ in run):
                out += [SongHit(t, s, e, (n,), "songs.possessive_run", True) for n, (t, s, e) in run]
            pos = max(at, first.end())
    return out


def _possessive_run(ctx: Context, titles: re.Pattern[str], owner: re.Match[str], end: int
                    ) -> tuple[list[tuple[NameItem, tuple[str, int, int]]], int]:
    """The items from `owner` on, and where reading stopped; empty unless the run ends with
    its sentence."""
    run: list[tuple[NameItem, tuple[str, int, int]]] = []
    while True:
        t = titles.match(ctx.text, owner.end(), end)
        if t is None:
            return [], owner.end()
        cut = _AND_OWNER.search(t.group(0))  # 'A's Title and B's Title': two items
        t_end = t.start() + (cut.start() if cut else len(t.group(0)))
        name = NameItem(owner.group("n"), owner.start("n"), owner.end("n"))
        run.append((name, (ctx.text[t.start() : t_end], t.start(), t_end)))
        sep = _RUN_SEP.match(ctx.text, t_end, end)
        nxt = _OWNER.match(ctx.text, sep.end(), end) if sep else None
        if nxt is None:
            return (run if _RUN_END.match(ctx.text, t_end, end + 1) else []), t_end
        owner = nxt


# 'Every track ... is played by NAME', 'All songs performed by NAME'
_ALL_TRACKS = re.compile(r"(?<![\w])(?i:all|every)\s+(?:(?:the|of\s+the)\s+)?(?i:tracks?|songs?)"
                         r"(?![\w])[^.;\n]{0,80}?(?<![\w])(?:performed|played|sung)\s+by\s+"
                         r"(?:the\s+)?")
# 'TITLE, a NAME/NAME song, sung by NAME': a credit for one track of the list
_ONE_TRACK_BY = re.compile(r"(?:,[^,;\n]{1,60},)?\s+(?:sung|performed)\s+by\s+")


def all_tracks_by(ctx: Context) -> list[SongHit]:
    """'Every track is played by the NAME Ensemble; one, TITLE, a NAME song, sung by NAME':
    a sentence that credits every track of the article's list to one act gives each listed
    track without a performer of its own that act, and a track it names with its own credit
    that credit."""
    lists = ctx.facts.get(TracklistsExtractor).tracklists
    tracks = [t for tl in lists for t in tl.tracks if not t.performers]
    if not tracks:
        return []
    out: list[SongHit] = []
    for m in _ALL_TRACKS.finditer(ctx.text):
        stop = clause_end(ctx, m.end())
        semi = ctx.text.find(";", m.end(), stop)  # '...; the one exception is TITLE'
        act = _performers(ctx, m.end(), semi if semi >= 0 else stop)
        if not act:
            continue
        sent = ctx.sentence_at(m.start())
        end = sent.end if sent else clause_end(ctx, m.end())
        for t in tracks:
            spot = ctx.text.find(t.title, m.end(), end)
            own = _ONE_TRACK_BY.match(ctx.text, spot + len(t.title), end) if spot >= 0 else None
            singers = _performers(ctx, own.end(), clause_end(ctx, own.end())) if own else act
            out.append(SongHit(t.title, t.evidence.start, t.evidence.end, tuple(singers or act),
                               "songs.all_tracks_by", True))
        break
    return out


# 'a NAME single titled “TITLE”', 'the new NAME song called "TITLE"': the act named as the
# song's owner right before the noun
_SINGLE_TITLED = re.compile(
    rf"(?<![\w])(?:a|an|the)\s+(?:(?:new|latest|fresh|brand-new)\s+)?"
    rf"(?P<who>{CAP}[\w'’.&+-]*(?:\s+{CAP}[\w'’.&+-]*){{0,3}})\s+(?:new\s+)?"
    r"(?:single|song|track|ballad|duet)\s+(?:titled|called|named|entitled)\s*[:,]?\s*$")


_NAMING_WORD = re.compile(r"(?<![\w])(?:titled|called|named|entitled)(?![\w])")


def singles_titled(ctx: Context, music_re: re.Pattern[str]) -> list[SongHit]:
    """'a NAME single titled “TITLE”' (in prose or a list's entry): NAME sings TITLE."""
    out: list[SongHit] = []
    for part in ctx.prose_and_items():
        if not _NAMING_WORD.search(part.text):
            continue  # the rare phrase first: no part's quotes are read without it
        for s, e, q in ctx.quoted(part.start, part.end):
            m = _SINGLE_TITLED.search(ctx.text, max(part.start, s - 90), s - 1)
            if m and music_re.search(part.text) and not ctx.ents_in(
                    m.start("who"), m.end("who"), ("GPE", "DATE", "NORP")):
                who = NameItem(m.group("who"), m.start("who"), m.end("who"))
                out.append(SongHit(q, s, e, (who,), "songs.single_titled", True))
    return out
