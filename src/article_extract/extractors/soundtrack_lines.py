"""Song credits read from single lines outside a tracklist: a table row the scraper broke
inside its credit, '"TITLE" by NAME' lines of a chart, and a drama's theme-song lines
('Opening theme: TITLE by NAME'). Split from soundtrack, which gathers them."""

from __future__ import annotations

import itertools
import re

from ..context import Context
from ..models import Track
from .names import NameItem
from .soundtrack_credits import SongHit, _performers
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

