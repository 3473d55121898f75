"""The main work's production budget, among the amounts of money the article states."""

from __future__ import annotations

import re

from ..context import Context
from ..contract import Category, Doc, Emitted, Extractor, Fact, Norm
from ..models import Money
from ..models import Warning as ArticleWarning
from ..spans import Match, occurrences
from .kind import KindExtractor
from .money import MoneyExtractor, money_fact
from .money_rules import _money_rules
from .topics import TopicsExtractor


def find_budget(ctx: Context, money: list[tuple[Match, Money]],
                other_titles: list[str]) -> list[Money]:
    """Money tied to a budget cue in its own sentence, with no revenue or fee word between them,
    and no other work named as the budget's owner. A cue speaks for the one amount nearest to
    it: '$24 million against a budget of $34 million' has one budget."""
    budget_re, other_re = _money_rules(ctx.rules).budget_cues
    found: dict[int, Money] = {}
    nearest: dict[int, tuple[int, int]] = {}  # cue start -> (distance, index of the amount)
    cue_cache: dict[int, list[re.Match[str]]] = {}
    for k, (m, item) in enumerate(money):
        if k and _is_conversion(ctx, money[k - 1][0], m):
            continue  # '20 billion won ($15 million)': the budget is stated once
        if _under_key_line(ctx.text, m.start, budget_re):
            found[k] = item  # a fact box's 'BUDGET :' line, its value on the next line
            continue
        sent = ctx.sentence_at(m.start)
        if sent is None or _RATE_AFTER.match(ctx.text, m.end, sent.end) or _REVENUE_BEFORE.search(
                ctx.text, max(sent.start, m.start - 40), m.start):
            continue  # '... per episode' is a rate, 'taking only $24 million' a gross
        if _quoted_other_after(ctx, m.end, min(sent.end, m.end + 40)):
            continue  # '제작비가 3억원뿐이던 작품 'OTHER'': the amount of the work after it
        if sent.start not in cue_cache:
            cue_cache[sent.start] = list(budget_re.finditer(ctx.text, sent.start, sent.end))
        for cue in cue_cache[sent.start]:
            lo, hi = (cue.end(), m.start) if cue.end() <= m.start else (m.end, cue.start())
            between = ctx.text[lo:hi]
            if other_re.search(between) or len(between) > 80 or re.search(r"[;]|\bwhile\b", between):
                continue
            if _RATE_BEFORE_CUE.search(ctx.text, max(sent.start, cue.start() - 8), cue.start()):
                continue  # '1회당 제작비 6억': the cost of one episode
            if cue.group(0).lower() == "cost" and cue.end() > m.start:
                continue  # "the $5 million cost of..." is too loose; "cost $5 million" is fine
            if _owned_by_other(ctx.text[sent.start : cue.start()], other_titles):
                continue
            dist = hi - lo
            if cue.start() not in nearest or dist < nearest[cue.start()][0]:
                nearest[cue.start()] = (dist, k)
        if (_WORK_AFTER_AMOUNT.match(ctx.text, m.end, sent.end) or _SCALE_AFTER.match(
                ctx.text, m.end, sent.end)) and not _owned_by_other(
                ctx.text[sent.start : m.start], other_titles):
            found[k] = item  # '... the €5.5m ($6.3 million) series': the work's own cost
    for _dist, k in nearest.values():
        found[k] = money[k][1]
    return [found[k] for k in sorted(found)]


def _under_key_line(text: str, pos: int, cue: re.Pattern[str]) -> bool:
    """The amount opens its line, and the line before is a budget key alone ('BUDGET :')."""
    line_start = text.rfind("\n", 0, pos) + 1
    if text[line_start:pos].strip() or line_start == 0:
        return False
    prev = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start].strip()
    return prev.endswith(":") and cue.fullmatch(prev[:-1].strip()) is not None


# '120억 원 규모의 액션 영화': an amount 'in scale' of the work that follows (Korean)
_RATE_BEFORE_CUE = re.compile(r"(?:회당|편당)\s?$")
_SCALE_AFTER = re.compile(r"\s?규모의\s")
_REVENUE_BEFORE = re.compile(r"(?<![\w])(?:taking|took|takes|grossed|grossing|earned|earning|"
                             r"collected|collecting|raked\s+in|brought\s+in)\s+(?:(?:only|just|"
                             r"about|nearly|almost|around|some|over|under)\s+)?\Z", re.I)
_RATE_AFTER = re.compile(r"(?:\s*[(\[][^()\[\]\n]{1,40}[)\]])?\s+(?:per|an|a|each|every)\s+"
                         r"(?:episode|ep|day|week|month|hour|minute|installment|instalment)\b",
                         re.I)
# an amount that qualifies the work itself: 'the €5.5m ($6.3 million) series', 'a $200 million
# film' (not 'the $100 million-grossing film')
_WORK_AFTER_AMOUNT = re.compile(
    r"(?:\s*[(\[][^()\[\]\n]{1,40}[)\]])?\s+"
    r"(?:(?!(?:of|the|for|in|on|at|to|from|by|a|an|and|or|its|their)\s)[a-z][\w-]*\s+){0,2}?"
    r"(?:series|film|movie|drama|production|project|blockbuster|feature|epic|show|thriller|"
    r"tentpole|adaptation|miniseries|remake|biopic)(?![\w'’-])")


def _is_conversion(ctx: Context, prev: Match, m: Match) -> bool:
    """An amount in brackets right after another amount restates it in another currency."""
    return bool(re.fullmatch(r"\s*[(\[]\s*(?:about|around|roughly|approximately|some|or|nearly|"
                             r"over|about\s+|~|≈)?\s*", ctx.text[prev.end : m.start]))


_OWNER_TAIL = re.compile(r"[\"”’']?['’]s?\s+(?:\w+\s+){0,2}$")


def _owned_by_other(before: str, other_titles: list[str]) -> bool:
    """"X's budget": the cue belongs to another title named just before it. The titles come
    from the article, so they are found with str.find and only the tail is a regex."""
    tail = before[-60:]
    return any(_OWNER_TAIL.match(tail, i + len(t))
               for t in other_titles for i in occurrences(tail, t, None, None, overlap=True))


def _quoted_other_after(ctx: Context, start: int, end: int) -> bool:
    """Korean puts what an amount belongs to after it: the first quoted title within reach is
    not the main work."""
    if not _HANGUL.search(ctx.text, max(0, start - 20), end):
        return False
    quoted = ctx.quoted(start, end)
    names = ctx.facts.get(TopicsExtractor).names
    return bool(quoted and names) and not any(n in quoted[0][2] for n in names)


_HANGUL = re.compile(r"[\uac00-\ud7a3]")


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
        if ctx.facts.get(TopicsExtractor).ranking:
            return []  # a listicle's numbers and people belong to the works it ranks
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
