"""Money: amounts with ISO 4217 currency and a qualifier, and the main work's budget.

Regexes over raw prose: a symbol or code before the number ("US$1.5M", "KRW 10 billion") or a
currency word after it ("20 billion won"). Ambiguous words ("won", "pounds") count only with a
multiplier or a thousands separator, so "the drama won" never becomes money.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import Any

from ..context import Context
from ..contract import Category, Emitted, Extractor, Fact
from ..models import Money, Qualifier
from ..rules import alternation, load_data
from ..spans import Match, occurrences, prefer_longest

_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SHORT_MULT = ("k", "K", "m", "M", "mn", "mln", "b", "B", "bn", "tn")


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = load_data("currencies")
    return data


def _d(key: str) -> Any:
    return _data()[key]


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    symbols: dict[str, str] = _d("symbols")
    codes: list[str] = _d("codes")
    words: dict[str, str] = _d("words")
    mults: dict[str, int] = _d("multipliers")
    quals: dict[str, list[str]] = _d("qualifiers")
    long_mult = alternation([m for m in mults if m not in _SHORT_MULT])
    short_mult = alternation(list(_SHORT_MULT))
    mult = rf"(?:(?:\s*|-)(?P<mult>(?i:{long_mult}))\b|(?P<smult>{short_mult})(?![A-Za-z0-9]))?"
    qual = rf"(?:(?P<qual>{alternation([q for qs in quals.values() for q in qs])})\s+)?"
    sym = rf"(?<![A-Za-z0-9])(?P<sym>{alternation(list(symbols))})"
    code = rf"(?<![A-Za-z])(?P<code>{alternation(codes)})"
    word = rf"(?P<word>{alternation(list(words))})(?![A-Za-z])"
    return [
        ("money.symbol", re.compile(rf"{qual}{sym}\s?{_NUM}{mult}")),
        ("money.code", re.compile(rf"{qual}{code}\s?{_NUM}{mult}")),
        ("money.code_after", re.compile(rf"{qual}(?<![\d.,]){_NUM}{mult}\s+{code}(?![A-Za-z])")),
        ("money.word", re.compile(rf"{qual}(?<![\d.,$€£¥₩]){_NUM}{mult}\s+(?:of\s+)?{word}")),
    ]


def _qualifier(phrase: str | None) -> Qualifier:
    if not phrase:
        return "exact"
    quals: dict[str, list[str]] = _d("qualifiers")
    low = phrase.lower()
    for name in ("over", "under", "about"):
        if low in (w.lower() for w in quals[name]):
            return name
    return "exact"


def _amount(num: str, multiplier: int) -> int | float:
    value = Decimal(num.replace(",", "")) * multiplier
    return int(value) if value == value.to_integral_value() else float(value)


def _currency(g: dict[str, str | None]) -> str:
    if g.get("sym"):
        return str(_d("symbols")[g["sym"]])
    if g.get("code"):
        aliases: dict[str, str] = _d("code_aliases")
        return aliases.get(g["code"] or "", g["code"] or "")
    words: dict[str, str] = _d("words")
    return words[g["word"] or ""]


_DIGIT = re.compile(r"\d")


def find_money(text: str, start: int, end: int) -> list[Match]:
    chunk = text[start:end]
    found: list[Match] = []
    if not _DIGIT.search(chunk):
        return found  # every money rule reads a number in digits
    ambiguous = set(_d("ambiguous_words"))
    for rid, pattern in _patterns():
        for m in pattern.finditer(chunk):
            g = m.groupdict()
            has_mult = bool(g.get("mult") or g.get("smult"))
            if rid == "money.word" and g.get("word") in ambiguous and not (
                has_mult or "," in (g.get("num") or "")
            ):
                continue
            found.append(Match(rid, start + m.start(), start + m.end(), g))
    return prefer_longest(found)


def to_money(ctx: Context, m: Match) -> Money:
    g = m.groups
    mults: dict[str, int] = _d("multipliers")
    key = g.get("mult") or g.get("smult")
    factor = 1
    if key:
        factor = mults.get(key, mults.get(key.lower(), 1))
    return Money(
        text=ctx.text[m.start : m.end], amount=_amount(g["num"] or "0", factor),
        currency=_currency(g), qualifier=_qualifier(g.get("qual")),
        evidence=ctx.evidence(m.start, m.end), rule=m.rule,
    )


def extract_money(ctx: Context) -> list[tuple[Match, Money]]:
    out: list[tuple[Match, Money]] = []
    for para in ctx.prose():
        for m in find_money(ctx.text, para.start, para.end):
            out.append((m, to_money(ctx, m)))
    return out


@cache
def _cue_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    budget = alternation(_d("budget_cues"))
    other = alternation(_d("not_budget_cues"))
    return (re.compile(rf"(?<![A-Za-z])(?:{budget})(?![A-Za-z])", re.I),
            re.compile(rf"(?<![A-Za-z])(?:{other})(?![A-Za-z])", re.I))


def find_budget(ctx: Context, money: list[tuple[Match, Money]],
                other_titles: list[str]) -> list[Money]:
    """Money tied to a budget cue in its own sentence, with no revenue or fee word between them,
    and no other work named as the budget's owner."""
    budget_re, other_re = _cue_res()
    found: list[Money] = []
    cue_cache: dict[int, list[re.Match[str]]] = {}
    for k, (m, item) in enumerate(money):
        if k and _is_conversion(ctx, money[k - 1][0], m):
            continue  # '20 billion won ($15 million)': the budget is stated once
        sent = ctx.sentence_at(m.start)
        if sent is None:
            continue
        best: int | None = None
        if sent.start not in cue_cache:
            cue_cache[sent.start] = list(budget_re.finditer(ctx.text, sent.start, sent.end))
        for cue in cue_cache[sent.start]:
            lo, hi = (cue.end(), m.start) if cue.end() <= m.start else (m.end, cue.start())
            between = ctx.text[lo:hi]
            if other_re.search(between) or len(between) > 80 or re.search(r"[;]|\bwhile\b", between):
                continue
            if cue.group(0).lower() == "cost" and cue.end() > m.start:
                continue  # "the $5 million cost of..." is too loose; "cost $5 million" is fine
            if _owned_by_other(ctx.text[sent.start : cue.start()], other_titles):
                continue
            dist = hi - lo
            best = dist if best is None else min(best, dist)
        if best is not None:
            found.append(item)
    return found


def _is_conversion(ctx: Context, prev: Match, m: Match) -> bool:
    """An amount in brackets right after another amount restates it in another currency."""
    return bool(re.fullmatch(r"\s*[(\[]\s*(?:about|around|roughly|approximately|some|or|nearly|"
                             r"over|about\s+)?\s*", ctx.text[prev.end : m.start]))


_OWNER_TAIL = re.compile(r"[\"”’']?['’]s?\s+(?:\w+\s+){0,2}$")


def _owned_by_other(before: str, other_titles: list[str]) -> bool:
    """"X's budget": the cue belongs to another title named just before it. The titles come
    from the article, so they are found with str.find and only the tail is a regex."""
    tail = before[-60:]
    return any(_OWNER_TAIL.match(tail, i + len(t))
               for t in other_titles for i in occurrences(tail, t, None, None, overlap=True))


def money_fact(m: dict[str, Any] | None) -> list[Fact]:
    return [(float(m["amount"]), m["currency"], m["qualifier"])] if m else []


class MoneyExtractor(Extractor[Match, list[tuple[Match, Money]]]):
    """Every amount of money: amount in units, ISO 4217 currency, qualifier. Candidates: the
    money rules' hits (symbol or code before the number, code or currency word after it),
    overlaps resolved by `spans.prefer_longest`."""

    name = "money"
    rule_ids = ("money.symbol", "money.code", "money.code_after", "money.word")
    categories = (Category(
        "money", 4, ("amount", "currency", "qualifier"),
        lambda d: [f for m in d["money"] for f in money_fact(m)],
        lambda a: [f for m in a.get("money", []) for f in money_fact(m)],
        description="amounts of money"),)

    def match(self, ctx: Context) -> list[Match]:
        return [m for para in ctx.prose() for m in find_money(ctx.text, para.start, para.end)]

    def decide(self, candidates: list[Match], ctx: Context, /) -> list[tuple[Match, Money]]:
        return [(m, to_money(ctx, m)) for m in candidates]

    def emit(self, facts: list[tuple[Match, Money]]) -> Emitted:
        return Emitted({"money": [m for _, m in facts]})
