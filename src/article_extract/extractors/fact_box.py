"""An encyclopedia-style fact box scraped as text: a heading, then 'Key : Value' lines
('Runtime : 02h05', 'Director : NAME'). The heading names the work the box describes."""

from __future__ import annotations

import re

from ..context import Context
from ..rules import RuleSet

_FACT = re.compile(r"[ \t]*(?P<k>[^\W\d_][\w .()/&-]{0,30}?)[ \t]*:[ \t]*\S")
_SHORT_TITLE = re.compile(r"[^\W\d_\s][^\n]{0,80}")


def _kinds_by_key(rules: RuleSet) -> dict[str, str]:
    """'runtime' -> 'film', 'episodes' -> 'series', 'director' -> 'any' (lexicon fact_box_keys)."""
    keys: dict[str, list[str]] = rules.data("lexicon")["fact_box_keys"]
    return {k.lower(): kind for kind, ks in keys.items() for k in ks}


def fact_box_title(ctx: Context) -> tuple[int, int, str | None] | None:
    """The heading of a fact box: one of the page's first three content lines (a site's chrome
    line may come first: 'Archive for the author: NAME'), not itself a fact line, when three
    or more of the six lines under it are fact lines with a work's keys (lexicon
    fact_box_keys): its span, and the kind its keys tell ('Runtime', 'Box office' a film;
    'Episodes', 'Network' a series), if any."""
    kind_of = ctx.rules.compiled(_kinds_by_key)
    lines = [x for x in ctx.segments.lines if x.kind not in ("blank", "noise")]
    k = next((i for i, x in enumerate(lines[:3]) if not _FACT.match(x.text)), None)
    if k is None or len(lines) - k < 4:
        return None
    head = lines[k]
    text = head.text.strip()
    if not _SHORT_TITLE.fullmatch(text) or len(text.split()) > 8 or text.endswith((".", ":")):
        return None
    found: list[str] = []
    for line in lines[k + 1 : k + 7]:
        m = _FACT.match(line.text)
        key = " ".join(m.group("k").lower().split()) if m else ""
        if key in kind_of:
            found.append(kind_of[key])
    if len(found) < 3:
        return None
    kinds = sorted({x for x in found if x != "any"})
    start = head.start + head.text.index(text)
    return start, start + len(text), kinds[0] if len(kinds) == 1 else None
