"""Quoted strings: the titles an article puts in quotes (Latin quotes, and the corner brackets
Japanese and Chinese use). Below the context, which memoises them per span, so that layer never
reaches up into the extractors for them."""

from __future__ import annotations

import re
from functools import cache

from .rules_data import CAPNUM, UNCASED

# the Latin quotes, the doubled backticks some pages still print for them (``TITLE'' and
# ``TITLE’’), the low-high quotes of Polish, Czech and German („TITLE” „TITLE“), the guillemets
# of French, Italian, Russian and German («TITLE», »TITLE«), and the corner and angle
# brackets Japanese and Chinese put around titles (Taiwan's press marks a song '〈TITLE〉')
_QUOTES = (("``", "''"), ("``", "’’"), ("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"), ("『", "』"),
           ("「", "」"), ("《", "》"), ("〈", "〉"), ("„", "”"), ("„", "“"), ("«", "»"), ("»", "«"))




@cache
def quoted_re() -> re.Pattern[str]:
    parts: list[str] = []
    for open_, close in _QUOTES:
        o, c = re.escape(open_), re.escape(close)
        if open_ == "'":
            # a straight single quote is also an apostrophe: demand a word edge outside, and a
            # capital or an uncased script (hangul, kana, hanzi, Thai) first; Korean glues its
            # particles to the closing quote ("'TITLE'의")
            body = r"(?:[^'\n]|'(?=[A-Za-z])){0,80}?[^\s']"
            parts.append(rf"(?<![\w])'(?P<q{len(parts)}>{CAPNUM}{body}|{UNCASED}(?:{body})?)'"
                         rf"(?!(?!{UNCASED})\w)")
        elif open_ == "‘":
            # the curly apostrophe is also the closing quote: one with a Latin letter after it
            # is an apostrophe inside the title ("‘Harbor’s End’", "‘Don’t Go’")
            parts.append(rf"‘(?P<q{len(parts)}>(?:[^‘’\n]|’(?=[A-Za-z])){{1,90}}?)’(?![A-Za-z])")
            # Korean pages mix their quotes ("NAME의 ‘TITLE' 등"): a curly opening quote that
            # no curly quote closes on its line, closed by a straight one that a Latin letter
            # does not follow (so no apostrophe: "‘rock n' roll")
            parts.append(rf"‘(?P<q{len(parts)}>[^‘’'\n]{{1,60}}?)'(?![A-Za-z])(?![^‘’\n]*’)")
        else:
            idx = len(parts)
            parts.append(rf"{o}(?P<q{idx}>[^{re.escape(open_[0])}{re.escape(close[0])}\n]{{1,90}}?){c}")
            if open_ == "“":
                # '“TITLE“': a page that closes with the opening mark, where no closing one
                # follows on its line
                parts.append(rf"“(?P<q{len(parts)}>[^“”\n]{{1,60}}?)“(?![^“”\n]*”)")
    return re.compile("|".join(parts))


_INITIALISM_END = re.compile(r"(?:^|[\s(])(?:[A-Za-z]\.)+[A-Za-z]$")
_INITIAL_END = re.compile(r"\s[A-Z]$")  # 'NAME M.': one initial


def quoted_spans(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, inner text) of quoted strings; the span covers the inner text only."""
    out = []
    for m in quoted_re().finditer(text, start, end):
        for name, value in m.groupdict().items():
            if value is not None:
                s = m.start(name)
                inner = value.rstrip(",.")
                low_high = text[s - 1 : s] == "„"  # '„TITLE”.': the sentence's stop stays outside
                if (_INITIALISM_END.search(inner) or (low_high and _INITIAL_END.search(inner))) \
                        and value[len(inner) :].startswith("."):
                    inner += "."  # '"TITLE, 4 A.M.,"' keeps the period of 'A.M.', '„NAME M.”' too
                out.append((s, s + len(inner), inner))
                break
    return out
