"""Cast named in Japanese press: 'CHARACTER役の ACTOR', 'A、Bらも出演する', 'ACTORが演じる'
(cues/cast.json, category cast_japanese). Japanese writes names without spaces, so a name is
a run of kanji or katakana between particles and punctuation; a list splits at '、'."""

from __future__ import annotations

import re

from ..context import Context
from ..rules import KANA_KANJI
from .names import NameItem

RULES = ("cast.japanese_role", "cast.japanese_cast_list", "cast.japanese_plays",
         "cast.japanese_costars", "cast.japanese_role_paren", "cast.japanese_lead_list")
_KANA_OR_KANJI = re.compile(KANA_KANJI)
# one name of a co-star list, with the bracket after it ('A(BAND)', 'B(原作)')
_K = r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc\u3005]"  # kanji and katakana
_LISTED = re.compile(rf"(?P<n>{_K}{{2,8}}|{_K}{{1,3}}[\u3041-\u3096]{{1,3}}{_K}{{1,3}}(?=[、(]))"
                     r"(?:\((?P<b>[^()\n]{1,20})\))?")  # a given name in kana: '松たか代'

# what a name in such a list is when it is no actor: the director ('A監督'), the source's
# author ('B(原作)'), the writer, the composer
_BRACKET_AFTER = re.compile(r"[(（][^()（）]*[)）]$")
_NOT_ACTOR = re.compile(r"(?:監督|原作|脚本|作家|作曲|主題歌|プロデューサー)$")


def japanese_cast(ctx: Context, start: int, end: int) -> list[tuple[NameItem, str]]:
    """The names the Japanese cast cues in text[start:end] govern, with each cue's rule id."""
    out: list[tuple[NameItem, str]] = []
    if not _KANA_OR_KANJI.search(ctx.text, start, end):
        return out  # the cues hold '役', 'ら' or 'が': a sentence without them is not read
    for rule in RULES:
        for m in ctx.rules.cue_regex(rule).finditer(ctx.text, start, end):
            if rule == "cast.japanese_costars":
                out += [(NameItem(n.group("n"), n.start("n"), n.end("n")), rule)
                        for n in _LISTED.finditer(ctx.text, m.start("names"), m.end("names"))
                        if not _NOT_ACTOR.search(n.group("n"))
                        and not _NOT_ACTOR.search(n.group("b") or "")]
                continue
            pos = m.start("names")
            for name in m.group("names").split("、"):
                bare = _BRACKET_AFTER.sub("", name)  # 'A(特別出演)': a special appearance
                out.append((NameItem(bare, pos, pos + len(bare)), rule))
                pos += len(name) + 1
    return out


def surname_to_full(name: str, names: list[str]) -> str:
    """'森川が扮する' after '森川花子': a name that opens exactly one longer name of the
    article's Japanese cast (by two or more characters) is that person's surname."""
    longer = {n for n in names if n.startswith(name) and len(n) >= len(name) + 2}
    return longer.pop() if len(longer) == 1 else name
