"""Cast named in Korean press: 'CHARACTER(ACTOR 분)', 'ACTOR(CHARACTER 역)', '배우 ACTOR가 맡아',
'ACTOR이 연기한다', 'A와 B가 주연을 맡았다', '주연을 맡은 A와 B', 'A, B 등이 배우로 나서'
(cues/cast.json, category cast_role_paren_korean).
Korean glues particles to names, so a name is a run of hangul the cue's shape bounds."""

from __future__ import annotations

import re

from ..context import Context
from .names import NameItem

RULES = ("cast.role_paren_korean", "cast.korean_actor_role", "cast.korean_takes_role",
         "cast.korean_plays", "cast.korean_leads_named", "cast.korean_list_actors",
         "cast.korean_plays_object")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_AND = re.compile(r"(?:와|과)\s?|,\s?")


def korean_cast(ctx: Context, start: int, end: int) -> list[tuple[NameItem, str]]:
    """The names the Korean cast cues in text[start:end] govern, with each cue's rule id."""
    out: list[tuple[NameItem, str]] = []
    if not _HANGUL.search(ctx.text, start, end):
        return out
    for rule in RULES:
        for m in ctx.rules.cue_regex(rule).finditer(ctx.text, start, end):
            out += [(item, rule) for item in _names(m)]
    return out


def _names(m: re.Match[str]) -> list[NameItem]:
    """The actor of a Korean credit, or each name of its list ('A와 B가 주연을 맡았다')."""
    if "names" not in m.re.groupindex:
        return [NameItem(m.group("actor"), m.start("actor"), m.end("actor"))]
    out: list[NameItem] = []
    pos = m.start("names")
    for part in _AND.split(m.group("names")):
        start = m.string.find(part, pos, m.end("names"))
        out.append(NameItem(part, start, start + len(part)))
        pos = start + len(part)
    return out
