"""Topics, decided once per article: which work the article is about (its title, scored among
title-shaped spans), which titles are other works (credits, rivals), and which paragraphs turn
to another work. Every later extractor reads these facts instead of working them out again.

The candidates are found in topics_candidates, the policy is topics_policy, and the Topics
facts with their helpers (names_main_work) are in topics_result.
"""

from __future__ import annotations

from ..context import Context
from ..contract import Category, Doc, Emitted, Extractor, Fact, Norm
from .credited import CreditedTitles
from .topics_candidates import _TRAILING_YEAR as _TRAILING_YEAR  # tests/extractors/test_topics_linear.py
from .topics_candidates import TitleHit, _title_hits
from .topics_patterns import TitlePatterns
from .topics_policy import choose_title
from .topics_result import Topics


def _title_evidence(d: Doc, n: Norm) -> list[tuple[Fact, Doc | None, str | None]]:
    w = d["work"]
    return [((n(w["title"]),), w.get("evidence"), w.get("rule"))] if w.get("title") else []


class TopicsExtractor(Extractor[TitleHit, Topics]):
    """The main work's title: every title-shaped span is a candidate (a kind word before it,
    a 'starring'/'OST' cue after it, quotes, an appositive, an owner phrase, repetition), the
    policy scores them (data: title_weights.json) and keeps the best above a floor."""

    name = "topics"
    needs = (CreditedTitles,)
    rule_ids = ("work.title_quoted", "work.title_owner", "work.title_after_kind",
                "work.title_before_cue", "work.title_headline_cue", "work.title_appositive",
                "work.title_repeated", "work.title_release_name", "work.title_acronym",
                "work.title_attributive", "work.title_subtitle", "work.title_copula",
                "work.title_release_line", "work.title_latin_headline", "work.title_fact_box",
                "work.title_year", "work.title_headline_prefix",
                "work.title_sentence_case")
    categories = (Category(
        "main_work", 1, ("title",),
        lambda d, n: [(n(d["work"]["title"]),)] if d["work"].get("title") else [],
        lambda a, n: [(n(a["work"]["title"]),)] if a["work"].get("title") else [],
        description="the work the article is about",
        evidenced=_title_evidence),)

    def match(self, ctx: Context) -> list[TitleHit]:
        p = ctx.rules.compiled(TitlePatterns.build)
        return _title_hits(ctx, p, ctx.facts.get(CreditedTitles))

    def decide(self, candidates: list[TitleHit], ctx: Context, /) -> Topics:
        p = ctx.rules.compiled(TitlePatterns.build)
        return choose_title(ctx, p, candidates, ctx.facts.get(CreditedTitles))

    def emit(self, facts: Topics) -> Emitted:
        return Emitted({"work.title": facts.title, "work.evidence": facts.evidence,
                        "work.rule": facts.rule})
