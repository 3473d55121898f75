"""Cast named in Chinese press: '由演員 A 與 B 擔綱主演', '主演是 A、B、C', '演員陣容找來 A、B 等',
'A、B 等人将在剧中饰演主角', 'CHARACTER(A饰)', '主演 A、B等人' (cues/cast.json, category
cast_chinese). Chinese writes names without spaces, so a name is a run of two to four hanzi
between the cue, the list's separators and the verb."""

from __future__ import annotations

import re

from ..context import Context
from .names import NameItem

RULES = ("cast.chinese_starring", "cast.chinese_leads_are", "cast.chinese_in_the_show",
         "cast.chinese_role_paren", "cast.chinese_leads_listed", "cast.chinese_takes_lead",
         "cast.chinese_plays_part", "cast.chinese_latin_named")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_SEPARATOR = re.compile(r"[、與与和及,，]")
_AND_OTHERS = re.compile(r"等人?$")


def chinese_cast(ctx: Context, start: int, end: int) -> list[tuple[NameItem, str]]:
    """The names the Chinese cast cues in text[start:end] govern, with each cue's rule id."""
    out: list[tuple[NameItem, str]] = []
    if not _HAN.search(ctx.text, start, end):
        return out  # the cues hold hanzi ('主演'): a sentence without any is not read
    for rule in RULES:
        for m in ctx.rules.cue_regex(rule).finditer(ctx.text, start, end):
            pos = m.start("names")
            for part in _SEPARATOR.split(m.group("names")):
                name = _AND_OTHERS.sub("", part)  # 'A、B等人領銜': B, and others
                out.append((NameItem(name, pos, pos + len(name)), rule))
                pos += len(part) + 1
    return out
