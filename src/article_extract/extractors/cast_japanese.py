"""Cast named in Japanese press: 'CHARACTER役の ACTOR', 'A、Bらも出演する', 'ACTORが演じる'
(cues/cast.json, category cast_japanese). Japanese writes names without spaces, so a name is
a run of kanji or katakana between particles and punctuation; a list splits at '、'."""

from __future__ import annotations

import re

from ..context import Context
from ..rules import KANA_KANJI
from .names import NameItem

RULES = ("cast.japanese_role", "cast.japanese_cast_list", "cast.japanese_plays")
_KANA_OR_KANJI = re.compile(KANA_KANJI)


def japanese_cast(ctx: Context, start: int, end: int) -> list[tuple[NameItem, str]]:
    """The names the Japanese cast cues in text[start:end] govern, with each cue's rule id."""
    out: list[tuple[NameItem, str]] = []
    if not _KANA_OR_KANJI.search(ctx.text, start, end):
        return out  # the cues hold '役', 'ら' or 'が': a sentence without them is not read
    for rule in RULES:
        for m in ctx.rules.cue_regex(rule).finditer(ctx.text, start, end):
            pos = m.start("names")
            for name in m.group("names").split("、"):
                out.append((NameItem(name, pos, pos + len(name)), rule))
                pos += len(name) + 1
    return out


def surname_to_full(name: str, names: list[str]) -> str:
    """'森川が扮する' after '森川花子': a name that opens exactly one longer name of the
    article's Japanese cast (by two or more characters) is that person's surname."""
    longer = {n for n in names if n.startswith(name) and len(n) >= len(name) + 2}
    return longer.pop() if len(longer) == 1 else name
