"""Title-shaped spans: quoted strings and Title Case runs, the raw material for the main work,
known_for works and song titles. Pure pattern code; scoring lives with each user."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..rules import alternation, load_data

_QUOTES = (("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"))


@cache
def _lex() -> dict[str, Any]:
    data: dict[str, Any] = load_data("lexicon")
    return data


@cache
def connectors() -> frozenset[str]:
    return frozenset(_lex()["title_connectors"])


_CAP = r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž0-9][\w'’.&!?\-]*|[A-ZÀ-ÖØ-ÞĀ-Ž])"


@cache
def run_re() -> re.Pattern[str]:
    """A Title Case run: capitalized words with lowercase connectors inside, never at the ends."""
    conn = alternation(sorted(connectors()))
    return re.compile(rf"(?<![\w'’]){_CAP}(?:(?:\s+(?:{conn}))*\s+{_CAP})*(?![\w])")


@cache
def quoted_re() -> re.Pattern[str]:
    parts = []
    for open_, close in _QUOTES:
        o, c = re.escape(open_), re.escape(close)
        if open_ == "'":
            # a straight single quote is also an apostrophe: demand a word edge outside
            parts.append(r"(?<![\w])'(?P<q3>[A-ZÀ-ÖØ-ÞĀ-Ž0-9](?:[^'\n]|'(?=[A-Za-z])){0,80}?[^\s'])'(?![\w])")
        else:
            idx = len(parts)
            parts.append(rf"{o}(?P<q{idx}>[^{o}{c}\n]{{1,90}}?){c}")
    return re.compile("|".join(parts))


_INITIALISM_END = re.compile(r"(?:^|[\s(])(?:[A-Za-z]\.)+[A-Za-z]$")


def quoted_spans(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, inner text) of quoted strings; the span covers the inner text only."""
    out = []
    for m in quoted_re().finditer(text, start, end):
        for name, value in m.groupdict().items():
            if value is not None:
                s = m.start(name)
                inner = value.rstrip(",.")
                if _INITIALISM_END.search(inner) and value[len(inner) :].startswith("."):
                    inner += "."  # '"TITLE, 4 A.M.,"' keeps the period of 'A.M.'
                out.append((s, s + len(inner), inner))
                break
    return out


def title_like(s: str) -> bool:
    """Starts with a capital or digit, at most 12 words, and not a whole sentence."""
    words = s.split()
    if not words or len(words) > 12:
        return False
    if not (s[0].isupper() or s[0].isdigit()):
        return False
    return not re.search(r"[a-z][.!?]\s+[A-ZÀ-ÖØ-ÞĀ-Ž]", s)


def clean_title(s: str) -> str:
    s = s.strip().strip("\"“”‘’").strip()
    s = re.sub(r"[,;:]+$", "", s).strip()
    if s.endswith("'") and s.count("'") % 2:
        s = s[:-1].rstrip()  # a closing straight quote picked up by a Title Case run
    if s.startswith("'") and s.count("'") % 2:
        s = s[1:].lstrip()
    return s
