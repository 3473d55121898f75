"""The names a cue looks back to: the subject of a role verb ('A (known for X) plays') and the
name list that ends at a cue ('A, B, and C are in the cast'), past the asides between them."""

from __future__ import annotations

import re

from ..context import Context
from ..rules import CAP
from .names import NameItem, is_role_word, parse_name_list

_TRAILING_ASIDE = re.compile(
    r"(?:\s*\([^()]{0,160}\)|,\s?\d{1,2},|,\s+(?:who|whom|whose|fresh|known|best|the|a|an|now|still|also|star|"
    r"previously|recently|of|back)\b[^;]{2,200}?,[\"”’']?)\s*$")


def _trailing_aside(text: str, lo: int, end: int) -> re.Match[str] | None:
    """`_TRAILING_ASIDE.search(text, lo, end)`, tried only near `end`. The pattern is anchored
    at the end and, white space aside, spans at most 216 characters ('(' + 160 + ')', or
    ', ' + a 10-letter word + 200 + ',"'); searched from `lo` it tried every position of the
    sentence, for every role verb in it (quadratic on a long sentence). The window starts 230
    characters before the last non-space character, moved back over a white-space run and
    the comma before it, so the leftmost match is the same."""
    k = end
    while k > lo and text[k - 1].isspace():
        k -= 1
    w = max(lo, k - 230)
    while w > lo and text[w - 1].isspace():
        w -= 1
    if w > lo and text[w - 1] == ",":
        w -= 1
    return _TRAILING_ASIDE.search(text, w, end)


# 'the A and B starrer'; 'With A and B in the lead roles, ...' at a sentence's start
_DETERMINER = re.compile(r"\s*(?:the|a|an|with)\s+", re.I)
_RUN_AT_END = re.compile(rf"(?:{CAP}[\w'’.\-]*)(?:\s+{CAP}[\w'’.\-]*){{0,3}}$")

def ends_at(ctx: Context, item: NameItem, pos: int) -> bool:
    """The list's last name is the cue's subject, maybe with an aside in between."""
    end = item.paren[2] + 1 if item.paren else item.end
    while pos > end:
        aside = _trailing_aside(ctx.text, end, pos)
        if not aside or aside.start() >= pos:
            break
        pos = aside.start()
    return not ctx.text[end:pos].strip(" ,")


_CLAUSE_BREAK = re.compile(r"(?:^|[;:]|,[’'\"”]?\s+(?:and|while|but|with|y|e|et)\s+|"
                           r"\b(?:while|but|where|that)\s+|—|--|"
                           r"\b(?:in|on|for)\s+which\s+|"  # 'the drama in which A and B star'
                           r"\b(?:which|who)\s+(?:has|have|had)\s+|"
                           r"\b(?:actors|actresses|stars|newcomers|names),|"  # 'Two new actors, A, B'
                           r"\b(?:Besides|Aside\s+from|Apart\s+from|In\s+addition\s+to|Along\s+with)\s+"
                           r"[^,;]{1,60},)\s*")


def list_before(ctx: Context, sent_start: int, cue_start: int) -> list[NameItem]:
    """The name list that ends at the cue, from the last clause break; when that break is a
    serial comma's ', and' ('A, B, and C are in the cast'), from the break before it if the
    list read from there is longer."""
    chunk = ctx.text[sent_start:cue_start]  # '^' is the sentence's start
    # a break inside brackets is part of a credit ('A ("Title: Part")'), not the clause's
    breaks = [b for b in _CLAUSE_BREAK.finditer(chunk) if not _inside_brackets(chunk, b.start())]
    best: list[NameItem] = []
    for k in range(len(breaks) - 1, -1, -1):
        start = sent_start + breaks[k].end()
        det = _DETERMINER.match(ctx.text, start, cue_start)
        start = det.end() if det else start
        items = parse_name_list(ctx.rules, ctx.text, start, cue_start, groups=False)
        if items and ends_at(ctx, items[-1], cue_start) and len(items) > len(best):
            best = items
        if not _SERIAL_AND.match(breaks[k].group(0)):
            break
    return best


_SERIAL_AND = re.compile(r",\s+and\s+$")


def _inside_brackets(chunk: str, pos: int) -> bool:
    """Whether `pos` lies inside a bracket still open there (the '^' break never does)."""
    head = chunk[:pos]
    return head.count("(") > head.count(")") or head.count("[") > head.count("]")


def name_before(ctx: Context, sent_start: int, pos: int) -> NameItem | None:
    """The name that is the subject of a role verb, skipping a parenthetical, an age or an
    appositive between them ('A (known for X) plays', 'A, 34, plays', 'A, who played in X,
    stars as')."""
    end = pos
    while True:
        aside = _trailing_aside(ctx.text, sent_start, end)
        if not aside or aside.start() <= sent_start:
            break
        end = aside.start()
    chunk = re.sub(r",\s+who\s*$", "", ctx.text[sent_start:end]).rstrip(" ,")
    m = _RUN_AT_END.search(chunk)
    if not m:
        return None
    s = sent_start + m.start()
    name = m.group(0)
    brk = re.search(r"^.*[a-z]\.\s+", name)
    if brk:  # 'as X. GIVEN SURNAME plays': the run began in the previous sentence
        s += brk.end()
        name = name[brk.end() :]
    words = name.split()
    while words and is_role_word(ctx.rules, words[0]):
        s += len(words[0]) + 1
        words = words[1:]
    if not words:
        return None
    name = " ".join(words)
    return NameItem(name, s, s + len(name))


