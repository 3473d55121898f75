"""Tracklists whose entries are a title line followed by its credit lines, as Indian music pages
print them:

    Blue Moon
    SINGERS : A, B
    Malayalam Lyrics : C

A run of three or more such entries is a list. The singer lines (lexicon singer_keys) credit
the title above them; the other key lines (lyrics, music, additional vocals) credit nobody."""

from __future__ import annotations

import re

from ..context import Context
from ..lines import Line
from ..models import Track
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


def keyed_performers(ctx: Context, track: Track) -> list[NameItem]:
    """Where the key lines under a keyed entry's title name its performers."""
    eol = ctx.text.find("\n", track.evidence.end)
    if eol < 0:
        return []
    m = _KEY_LINES.match(ctx.text, eol + 1)
    if m is None:
        return []
    out: list[NameItem] = []
    for name in track.performers:
        i = ctx.text.find(name, m.start(), m.end())
        if i >= 0:
            out.append(NameItem(name, i, i + len(name)))
    return out


_KEY_LINES = re.compile(r"(?:[^\W\d_][\w ()/.&'’-]{0,30}?[ \t]*:[ \t]*\S[^\n]*(?:\n|$))+")
