"""Titles the text credits to people ('NAME (known for X)', ', who starred in X,'): works
that are never the main one. Found once, read by the topics stage."""

from __future__ import annotations

import re

from ..context import Context
from ..contract import Extractor
from .names import known_for_titles, paren_spans

_CREDIT_ASIDE = re.compile(r",\s+(?:who|best known|known|of)\b[^,.;]{3,120}")
# 'NAME is also known for the documentary X, for Y and for Z': a person's other works
_KNOWN_FOR_CLAUSE = re.compile(r"(?<![\w])(?:is|was|are|were)\s+(?:also\s+|best\s+|widely\s+|"
                               r"perhaps\s+best\s+)?(?P<k>known\s+for\b[^.;\n]{3,200})")


class CreditedTitles(Extractor[tuple[str, int, int], frozenset[str]]):
    """Candidates: titles after a known-for cue in a bracket or an aside; facts: their
    casefolded set."""

    name = "credited"

    def match(self, ctx: Context) -> list[tuple[str, int, int]]:
        out: list[tuple[str, int, int]] = []
        for para in ctx.prose():
            for a, b in paren_spans(ctx.text, para.start, para.end):
                out += known_for_titles(ctx.rules, ctx.text, a + 1, b - 1)
            for m in _CREDIT_ASIDE.finditer(ctx.text[para.start : para.end]):
                s = para.start + m.start() + 2
                out += known_for_titles(ctx.rules, ctx.text, s, para.start + m.end())
            for m in _KNOWN_FOR_CLAUSE.finditer(ctx.text, para.start, para.end):
                out += known_for_titles(ctx.rules, ctx.text, m.start("k"), m.end())
        return out

    def decide(self, candidates: list[tuple[str, int, int]], ctx: Context, /) -> frozenset[str]:
        return frozenset(t.casefold() for t, _, _ in candidates)
