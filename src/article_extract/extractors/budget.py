"""The main work's production budget, among the amounts of money the article states."""

from __future__ import annotations

from ..context import Context
from ..contract import Category, Doc, Emitted, Extractor, Fact, Norm
from ..models import Money
from ..models import Warning as ArticleWarning
from .kind import KindExtractor
from .money import MoneyExtractor, find_budget, money_fact
from .topics import TopicsExtractor


def _budget_evidence(d: Doc, n: Norm) -> list[tuple[Fact, Doc | None, str | None]]:
    budget = d["work"].get("budget")
    return [(f, budget["evidence"], budget["rule"]) for f in money_fact(budget)]


class BudgetExtractor(Extractor[Money, list[Money]]):
    """Candidates: every amount tied to a budget cue in its own sentence, with no revenue or
    fee word between them and no other work named as its owner (an album has none). Policy:
    the first is the budget; two different amounts are a conflict, reported."""

    name = "budget"
    needs = (MoneyExtractor, TopicsExtractor, KindExtractor)
    categories = (Category(
        "budget", 5, ("amount", "currency", "qualifier"),
        lambda d, n: money_fact(d["work"].get("budget")),
        lambda a, n: money_fact(a["work"].get("budget")),
        description="the work's production budget",
        evidenced=_budget_evidence),)

    def match(self, ctx: Context) -> list[Money]:
        if ctx.facts.get(KindExtractor) == "album":
            return []
        return find_budget(ctx, ctx.facts.get(MoneyExtractor),
                           list(ctx.facts.get(TopicsExtractor).others))

    def decide(self, candidates: list[Money], ctx: Context, /) -> list[Money]:
        return candidates

    def emit(self, facts: list[Money]) -> Emitted:
        warnings = []
        if len({(b.amount, b.currency) for b in facts}) > 1:
            warnings.append(ArticleWarning(
                code="budget_conflict", message="the article states more than one budget",
                evidence=[b.evidence for b in facts]))
        return Emitted({"work.budget": facts[0] if facts else None}, warnings)
