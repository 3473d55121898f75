"""Tracklists whose entries are a title line followed by its credit lines, as Indian music pages
print them:

    Blue Moon
    SINGERS : A, B
    Malayalam Lyrics : C

A run of three or more such entries is a list. The singer lines (lexicon singer_keys) credit
the title above them; the other key lines (lyrics, music, additional vocals) credit nobody.

Reviews put title and keys on one numbered line, each with a paragraph under it:

    Song 1: Blue Moon; Singer: A; Lyrics: C

Two or more such lines numbered 1, 2, ... are a list (`song_lines`)."""

from __future__ import annotations

import re

from ..context import Context
from ..lines import Line
from ..models import Track
from ..rules import RuleSet, alternation
from .names import NameItem
from .tracklists_quoted import people

# 'KEY : VALUE' with a short key of words (no sentence): 'SINGERS : A, B', 'Lyrics: C'
_KEY_LINE = re.compile(r"\s*(?P<key>[^\W\d_][\w ()/.&'’-]{0,30}?)\s*:\s*(?P<value>\S[^\n]*)")
_MAX_TITLE_WORDS = 8


def _key(rules_keys: frozenset[str], line: Line) -> tuple[bool, str] | None:
    """(is a singer key, value) for a key line, else None."""
    m = _KEY_LINE.fullmatch(line.text)
    if m is None:
        return None
    return m.group("key").strip().casefold() in rules_keys, m.group("value").strip()


def keyed_entries(ctx: Context) -> list[tuple[list[tuple[Line, list[str]]], int]]:
    """Runs of (title line, singers), with where each run's last key line ends: each title line
    is followed at once by key lines, at least one of them a singer key; a run ends at the
    first line that is neither."""
    keys = frozenset(k.casefold() for k in ctx.rules.words("lexicon", "singer_keys"))
    lines = [x for x in ctx.segments.lines if x.kind != "blank"]
    runs: list[tuple[list[tuple[Line, list[str]]], int]] = []
    run: list[tuple[Line, list[str]]] = []
    end = 0
    i = 0
    while i < len(lines):
        title = lines[i]
        singers: list[str] = []
        j = i + 1
        while j < len(lines) and (kv := _key(keys, lines[j])) is not None:
            if kv[0]:
                singers += people(kv[1])
            j += 1
        shaped = _key(keys, title) is None and bool(singers) and \
            len(title.text.split()) <= _MAX_TITLE_WORDS and not title.text.rstrip().endswith(".")
        if shaped:
            run.append((title, singers))
            end = lines[j - 1].end
            i = j
            continue
        if len(run) >= 3:
            runs.append((run, end))
        run = []
        i = max(i + 1, j)  # the key lines just read are no title: each line is read once
    if len(run) >= 3:
        runs.append((run, end))
    return runs


def _song_line_re(rules: RuleSet) -> re.Pattern[str]:
    """'Song 1: TITLE; Singer: A, B; Lyrics: C' (a singer key of lexicon singer_keys)."""
    keys = alternation(rules.words("lexicon", "singer_keys"))
    # no lazy field before white space: each field is taken whole and trimmed after (linear
    # on a line of 100,000 spaces)
    return re.compile(r"[ \t]{0,8}(?i:song|track)[ \t]?(?P<n>\d{1,2})[ \t]?[:.–-][ \t]{0,4}"
                      r"(?P<title>[^;\n]{1,80});[ \t]{0,4}"
                      rf"(?i:{keys})[ \t]?:(?P<who>[^;\n]{{1,160}})(?:;[^\n]*)?")


SongLine = tuple[int, int, list[str]]  # the title's span and its singers


def song_lines(ctx: Context) -> list[tuple[list[SongLine], int]]:
    """Runs of numbered song lines (1, 2, 3 ...; a 1 starts a new run), with where each run's
    last line ends; a run of two or more is a list."""
    pattern = ctx.rules.compiled(_song_line_re)
    runs: list[tuple[list[SongLine], int]] = []
    run: list[SongLine] = []
    end = 0
    for line in ctx.segments.lines:
        m = pattern.fullmatch(ctx.text, line.start, line.end) if line.kind != "blank" else None
        if m is None:
            continue
        n = int(m.group("n"))
        if run and n != len(run) + 1:
            if len(run) >= 2:
                runs.append((run, end))
            run = []
        if n == len(run) + 1:
            title = m.group("title")
            s = m.start("title") + len(title) - len(title.lstrip())
            run.append((s, s + len(title.strip()), people(m.group("who").strip())))
            end = line.end
    if len(run) >= 2:
        runs.append((run, end))
    return runs


def keyed_performers(ctx: Context, track: Track) -> list[NameItem]:
    """Where a keyed entry's key lines name its performers: the rest of its own line ('TITLE;
    Singer: A'), else the key lines under it."""
    eol = ctx.text.find("\n", track.evidence.end)
    rest = (track.evidence.end, eol if eol >= 0 else len(ctx.text))
    m = _KEY_LINES.match(ctx.text, eol + 1) if eol >= 0 else None
    out: list[NameItem] = []
    for name in track.performers:
        i = ctx.text.find(name, *rest)
        if i < 0 and m is not None:
            i = ctx.text.find(name, m.start(), m.end())
        if i >= 0:
            out.append(NameItem(name, i, i + len(name)))
    return out


_KEY_LINES = re.compile(r"(?:[^\W\d_][\w ()/.&'’-]{0,30}?[ \t]*:[ \t]*\S[^\n]*(?:\n|$))+")
