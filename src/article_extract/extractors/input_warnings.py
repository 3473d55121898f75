"""Warnings about the input itself: paragraphs the scraper cut off, an empty text."""

from __future__ import annotations

import re

from ..context import Context
from ..contract import Emitted, Extractor
from ..models import Warning as ArticleWarning

_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


class InputWarningsExtractor(Extractor[ArticleWarning, list[ArticleWarning]]):
    """A paragraph that starts mid-sentence (its facts are kept, its start is missing), and an
    input with no text at all."""

    name = "input_warnings"
    rule_ids = ("truncated_fragment", "empty_input")

    def match(self, ctx: Context) -> list[ArticleWarning]:
        out = []
        for frag in ctx.segments.fragments:
            m = _SENTENCE_END.search(ctx.text[frag.start : frag.end])
            end = frag.start + (m.end() if m else min(60, frag.end - frag.start))
            out.append(ArticleWarning(
                code="truncated_fragment",
                message="a paragraph starts mid-sentence (cut off by the scraper); facts in it "
                        "are kept but its start is missing",
                evidence=[ctx.evidence(frag.start, end)]))
        if not ctx.text.strip():
            out.append(ArticleWarning(code="empty_input", message="the input has no text",
                                      evidence=[]))
        return out

    def decide(self, candidates: list[ArticleWarning], ctx: Context, /) -> list[ArticleWarning]:
        return candidates

    def emit(self, facts: list[ArticleWarning]) -> Emitted:
        return Emitted(warnings=facts)
