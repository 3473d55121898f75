"""Cast lists: the entries of a list a cast cue announces, one player each."""

from __future__ import annotations

import re

from ..context import Context
from ..rules import CueSet, RuleSet, alternation
from .cast_hits import CastHit
from .names import NameItem, parse_name_list

_ITEM_LEAD = re.compile(r"[\s•·*\-–—]*")
_ROLE_COLON = re.compile(r"[^:\n]{1,60}?:\s+")
_AS_ROLE_AFTER = re.compile(r"\s+as\s+")


def _dash_character(rules: RuleSet) -> re.Pattern[str]:
    """'NAME - CHARACTER karakteri', 'NAME – CHARACTER (character)': the right side ends with a
    character noun (lexicon character_nouns), so the name on the left plays it."""
    nouns = alternation(rules.words("lexicon", "character_nouns"))
    return re.compile(rf"\s+[-–—]\s+[^\n]{{1,60}}?\s\(?(?i:{nouns})\)?\s*")


def cast_lists(ctx: Context, header: CueSet) -> list[CastHit]:
    """A list a cast cue announces ('The voice cast includes:'): each entry names one player,
    after the character ('CHARACTER: NAME NAME') or before 'as' ('A as the captain')."""
    out: list[CastHit] = []
    for block in ctx.segments.lists:
        head = block.header or block.intro
        if head is None or not header.search(ctx.text, head.start, head.end):
            continue
        for item in block.items:
            lead = _ITEM_LEAD.match(ctx.text, item.start, item.end)
            pos = lead.end() if lead else item.start
            role = _ROLE_COLON.match(ctx.text, pos, item.end)
            pos = role.end() if role else pos
            names = parse_name_list(ctx.rules, ctx.text, pos, item.end, groups=False)
            if names and (role or _AS_ROLE_AFTER.match(ctx.text, names[0].end)
                          or names[0].end >= item.end - 1
                          or ctx.rules.compiled(_dash_character).fullmatch(
                              ctx.text, names[0].end, item.end)):
                out.append(CastHit(names[0], "cast.list_entry", len(block.items)))
    return out + _as_role_lines(ctx, header)


def _as_role_lines(ctx: Context, header: CueSet) -> list[CastHit]:
    """Under a line that announces the cast ('The actors and their roles are listed below.'),
    the lines shaped 'A as CHARACTER, ...' that follow it, one player each."""
    out: list[CastHit] = []
    lines = [x for x in ctx.segments.lines if x.kind not in ("blank", "noise")]
    for k, line in enumerate(lines):
        if not header.search(ctx.text, line.start, line.end):
            continue
        found: list[NameItem] = []
        start = k + 1
        if start < len(lines) and lines[start].text.rstrip().endswith((":", ";")):
            start += 1  # 'Who is in the cast?' then 'Most of the cast are back;' then the list
        for entry in lines[start:]:
            names = parse_name_list(ctx.rules, ctx.text, entry.start, entry.end, groups=False)
            if entry.kind != "item" or not names or names[0].start != entry.start or \
                    not _AS_ROLE_AFTER.match(ctx.text, names[0].end):
                break
            found.append(names[0])
        out += [CastHit(n, "cast.list_entry", len(found)) for n in found]
    return out


# '; the newcomers D and E; and the veterans F and G': after a cue's list, more groups of the
# same cast, each opened by an article and a word or two that describe it
_NEXT_GROUP = re.compile(r";\s*(?:(?:and|e|y|et|und)\s+)?(?:(?:the|os|as|los|las|les|die)\s+)?"
                         r"(?P<words>(?:[a-zà-ÿ][\w'’-]*\s+){1,2})(?=[A-ZÀ-Þ])")


def next_groups(ctx: Context, items: list[NameItem], end: int) -> list[NameItem]:
    """The groups that follow a cue's list after semicolons ('A, B and C; the newcomers D and
    E'): each opened by descriptive words only, a plural noun last (no function word: '; the
    film opens in May' goes on with a clause), each of its names a full name."""
    function = frozenset(ctx.rules.words("lexicon", "function_words"))
    out: list[NameItem] = []
    while items:
        last = items[-1]
        m = _NEXT_GROUP.match(ctx.text, last.paren[2] + 1 if last.paren else last.end, end)
        words = m.group("words").split() if m else []
        if m is None or any(w in function for w in words) or not words[-1].endswith("s"):
            break  # '; the director A wrote it': a group of players is named in the plural
        items = parse_name_list(ctx.rules, ctx.text, m.end(), end, groups=False)
        if not items or any(" " not in x.name for x in items):
            break
        out += items
    return out
