"""Money: amounts with ISO 4217 currency, a qualifier and, for ranges, an upper end; and the
main work's budget.

Candidates are regex hits with rule ids (a symbol or code before the number, a symbol, code or
currency name after it, ranges, subunits), one overlap policy (`spans.prefer_longest`), then
normalisation. The currencies come from CLDR (`data/generated/currencies_cldr.json`, generated from
Babel); `data/currencies.json` adds the conventions for symbols several currencies share.
Numbers are read per amount from their digit groups and the currency's usual notation
(`1.234,50 €`, `Rp 31.500`, `₹1,50,00,000`); when the notation is truly ambiguous the amount
is dropped rather than guessed. Ambiguous words ("won", "pounds") count only with a
multiplier, a thousands separator or a money cue before them, so "the drama won" and "lost
twelve pounds" never become money. docs/dates_money.md has the rules.

The currency tables and the patterns are in money_rules, reading one amount in money_amounts;
the budget's finder is in budget.py, with its Extractor.
"""

from __future__ import annotations

import re
from typing import Any

from ..context import Context
from ..contract import Category, Doc, Emitted, Extractor, Fact, Norm
from ..models import Money
from ..rules import RuleSet
from ..spans import Match, prefer_longest
from .money_amounts import _minor, to_money
from .money_cjk import cjk_amounts
from .money_rules import _LETTERS, NEEDS, _money_rules, _MoneyRules

_CLAUSE_BREAK = re.compile(r".*[.;!?]\s", re.S)


def _money_context(mr: _MoneyRules, chunk: str, pos: int) -> bool:
    """A money word ('cost', 'paid', 'ticket') shortly before `pos` in its sentence, and no
    weight word: 'cost him fifty pounds' is money, 'lost fifty pounds' is not."""
    before = chunk[max(0, pos - 60) : pos]
    cut = _CLAUSE_BREAK.match(before)
    if cut:
        before = before[cut.end():]
    money, weight = mr.cue_words
    return bool(money.search(before)) and not weight.search(before)


def _qualifier_before(mr: _MoneyRules, chunk: str, s: int) -> re.Match[str] | None:
    """'no more than', 'about' right before a match. Looked for once per match: as an optional
    prefix of every rule it was tried at every character of the text."""
    return mr.qualifier_re.search(chunk, max(0, s - 40), s)


# 'its estimated budget of (a whopping) AMOUNT': the estimate qualifies the amount it names
_ESTIMATED_NOUN = re.compile(r"(?<![A-Za-z])(?i:estimated)\s+(?:[a-z-]+\s+){1,2}?(?:of|at|was|is)\s+"
                            r"(?:an?\s+)?(?:[a-z]+\s+)?\Z")
_BEFORE, _AFTER = 50, 70  # how far a money match reaches around the number it reads


def _windows(mr: _MoneyRules, chunk: str) -> list[tuple[int, int]]:
    """Stretches of the chunk around its numbers: the rules run there only, so prose without
    numbers costs one scan, and their long alternations are not tried at every character. A
    stretch with no currency in it (a run of list numbers) is dropped: every rule reads one."""
    out: list[tuple[int, int]] = []
    for a in mr.anchor.finditer(chunk):
        lo, hi = max(0, a.start() - _BEFORE), min(len(chunk), a.end() + _AFTER)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    if not out:
        return out
    marks, first_words = mr.needed
    return [(lo, hi) for lo, hi in out if marks.search(chunk, lo, hi) or any(
        w.lower() in first_words for w in _LETTERS.findall(chunk, lo, hi))]


_MARK_BEFORE_REACH, _MARK_AFTER_REACH = 60, 70  # how far a match reaches around its currency


def _spans_by_need(mr: _MoneyRules, chunk: str, windows: list[tuple[int, int]]
                   ) -> dict[str, list[tuple[int, int]]]:
    """For each kind of currency mark (NEEDS), the parts of the windows around its marks: a
    symbol rule runs around symbols only, a name rule around names."""
    out: dict[str, list[tuple[int, int]]] = {"S": [], "C": [], "N": []}
    for lo, hi in windows:
        for kind, marks in mr.marks.find(chunk, lo, hi).items():
            spans = out[kind]
            for a, b in marks:
                a, b = max(lo, a - _MARK_BEFORE_REACH), min(hi, b + _MARK_AFTER_REACH)
                if spans and a <= spans[-1][1]:
                    spans[-1] = (spans[-1][0], b)
                else:
                    spans.append((a, b))
    return out


_PERCENT_AFTER = re.compile(r"\s?(?:%|per\s?cent\b|percent\b)", re.I)


def find_money(text: str, start: int, end: int, rules: RuleSet | None = None) -> list[Match]:
    """All money-rule hits inside `text[start:end]`, overlaps resolved."""
    mr = _money_rules(rules)
    chunk = text[start:end]
    found: list[Match] = cjk_amounts(chunk, start)  # '120억 원', '2億円': units no window marks
    windows = _windows(mr, chunk)
    if not windows:
        return found  # every other money rule reads a number, in digits or words
    ambiguous = {w.lower() for w in mr.d["ambiguous_words"]}
    spans = _spans_by_need(mr, chunk, windows)
    for rid, pattern in mr.patterns:
        for m in (m for lo, hi in spans[NEEDS[rid]] for m in pattern.finditer(chunk, lo, hi)):
            g = m.groupdict()
            if rid in ("money.range_word", "money.range_symbol", "money.range_code",
                       "money.range_after") and (g.get("conj") == "and") != (
                    (g.get("pre") or "").lower() == "between"):
                continue  # 'A and B' is two amounts; 'between A and B' is a range
            if rid.startswith("money.range") and g.get("conj") == "to" and _CHANGE_BEFORE.search(
                    chunk, max(0, m.start() - 80), m.start()):
                continue  # 'climbed from A to B': two amounts, a before and an after
            word = (g.get("word") or "").lower()
            has_mult = bool(g.get("mult") or g.get("smult") or g.get("mult2") or g.get("smult2"))
            if word in ambiguous and not has_mult and not any(
                    ch in (g.get("num") or "") for ch in ",. \u00a0") and not _money_context(
                    mr, chunk, m.start()):
                continue
            s, e = m.span()
            q = _qualifier_before(mr, chunk, s)
            if q:
                g["qual"] = q.group("qual")
                s = q.start()
            elif _ESTIMATED_NOUN.search(chunk, max(0, s - 60), s):
                g["qual"] = "estimated"  # 'an estimated budget of a whopping ₦40 million'
            if _SPLIT_DECIMAL.match(chunk, e):
                continue  # '$119. 95': cents cut off by a space, or a new sentence?
            if _PERCENT_AFTER.match(chunk, e):
                continue  # 'EUR0,00%', 'USD 5%': a rate or a change, not an amount
            tail = None
            if rid in _SINGLE and not has_mult and not re.search(r"[.,]\d{1,2}$", g.get("num") or ""):
                t = mr.subunit_tail.match(chunk, e)
                if t and _minor(mr, t.group("n")) is not None:
                    tail = str(_minor(mr, t.group("n")))
                    e = t.end()
                elif mr.bare_minor.match(chunk, e):
                    continue  # '$20 43', '20 rupees and 43': dollars and cents, or two numbers?
            if rid == "money.subunit" and g.get("sub") == "Cent":
                continue  # 'NN Cent' is a stage name; an amount writes 'cents'
            if rid == "money.word_a" and not (g.get("qual") or tail or _money_context(mr, chunk, s)):
                continue  # 'a dollar' is money after 'cost', not in 'a dollar store'
            if rid == "money.word_before" and not (g.get("num") and re.fullmatch(
                    r"(?:19|20)\d\d", g["num"] or "") is None):
                continue  # 'Euro 2024' is a tournament
            if rid == "money.word_before" and _NUMBER_BEFORE.search(chunk, max(0, s - 6), s):
                continue  # '20 ringgit 43': the name follows the 20; '43' is its cents, or not
            if tail is not None:
                g["_minor"] = tail
            unit = (g.get("mult") or g.get("unit") or "").lower()
            lakh = _LAKH_AFTER_CRORE.match(chunk, e) if unit.startswith("crore") else None
            if lakh:
                g["_lakh"] = lakh.group("n")
                e = lakh.end()
            if not g.get("qual") and _MARK_BEFORE.search(chunk, max(0, s - 50), s) and \
                    _MARK_AFTER.match(chunk, e):
                g["qual"] = "over"  # 'passing the HK$100 million mark', 'the 100 crore club'
            found.append(Match(rid, start + s, start + e, g))
    return _conversions_share_marks(chunk, start, prefer_longest(found))


_NUMBER_BEFORE = re.compile(r"\d\s{1,3}$")

# 'crossed the 100 crore mark', 'entered the $1 billion club': an amount passed is "over"
_MARK_BEFORE = re.compile(
    r"(?<![\w])(?:past|passing|passed|pass|crossing|crossed|crosses|cross|surpassing|surpassed|"
    r"surpass|breaching|breached|beyond|topped|topping|tops|top|hit|hits|hitting|entered|enters|"
    r"entering|joined|joins|joining|reached|reaches|reaching|breaking|broke|breaks|"
    r"past|beat|beats|beating|into)\s+(?:the\s+)?(?:coveted\s+|elusive\s+|magical\s+)?$", re.I)
_MARK_AFTER = re.compile(r"(?:\s*\([^()\n]{1,40}\))?\s*(?:mark|milestone|club|barrier|"
                         r"threshold|figure|level)\b", re.I)
_BRACKETED = re.compile(r"\s*[(\[]\s*$")


def _conversions_share_marks(chunk: str, start: int, found: list[Match]) -> list[Match]:
    """An amount alone in brackets right after a qualified one ('about $40m (£31m)', 'the
    HK$100 million (US$12.9 million) mark'), or after a slash ('over 2 billion won / $1.8
    million'), is the same amount converted: it shares the qualifier."""
    out: list[Match] = []
    for k, m in enumerate(found):
        prev = out[k - 1] if k else None
        slash = prev is not None and _SLASHED.fullmatch(chunk, prev.end - start, m.start - start)
        if prev is not None and prev.groups.get("qual") and not m.groups.get("qual") \
                and (_BRACKETED.match(chunk, prev.end - start, m.start - start) or slash) and \
                _MARK_AFTER.match(chunk, m.end - start) is None and \
                (slash or _BRACKET_CLOSE.match(chunk, m.end - start)):
            m = Match(m.rule, m.start, m.end, {**m.groups, "qual": prev.groups["qual"]},
                      m.priority)
        out.append(m)
    return out


_BRACKET_CLOSE = re.compile(r"\s*[)\]]")
_SLASHED = re.compile(r"\s{0,3}/\s{0,3}")


_CHANGE_BEFORE = re.compile(
    r"(?<![\w])(?:rose|rise|rising|risen|climbed|climbing|climb|fell|fall|falling|fallen|dropped|"
    r"drop|dropping|grew|grow|growing|grown|increased|increase|increasing|decreased|decrease|"
    r"jumped|jump|slipped|surged|soared|plunged|declined|decline|went|up|down|raised|cut|"
    r"boosted|reduced|revised|doubled|tripled|halved)\b[^.;!?]{0,60}$", re.I)
_LAKH_AFTER_CRORE = re.compile(r"\s+(?:and\s+)?(?P<n>\d{1,2})\s?(?i:lakhs?|lacs?)(?![\w])")
_SPLIT_DECIMAL = re.compile(r"[.,] \d{2}(?![\w.,])")
_SINGLE = ("money.symbol", "money.code", "money.word", "money.code_after", "money.symbol_after",
           "money.word_a", "money.word_before", "money.implied_unit", "money.implied_unit_glued")


def extract_money(ctx: Context) -> list[tuple[Match, Money]]:
    out: list[tuple[Match, Money]] = []
    for para in ctx.prose():
        for m in find_money(ctx.text, para.start, para.end, ctx.rules):
            item = to_money(ctx, m)
            if item is not None:
                out.append((m, item))
    return out


def money_fact(m: dict[str, Any] | None) -> list[Fact]:
    return [(float(m["amount"]), m["currency"], m["qualifier"])] if m else []


def _evidenced_0(d: Doc, n: Norm) -> list[tuple[Fact, Doc | None, str | None]]:
    return [(f, m.get("evidence"), m.get("rule")) for m in d["money"] for f in money_fact(m)]


# what follows the unit side of an exchange rate
_RATE = re.compile(r"\s*(?:=|≈|is\s+worth|equals?|was\s+worth|dihitung\s+setara|setara|"
                   r"equivale\s+a|vale)(?![\w])", re.I)


class MoneyExtractor(Extractor[Match, list[tuple[Match, Money]]]):
    """Every amount of money: amount in units, ISO 4217 currency, qualifier. Candidates: the
    money rules' hits (symbol or code before the number, code or currency word after it),
    overlaps resolved by `spans.prefer_longest`."""

    name = "money"
    # every id of the patterns (a test checks the list against them)
    rule_ids = ("money.cjk_units", "money.code", "money.code_after", "money.implied_unit",
                "money.implied_unit_glued", "money.range_after",
                "money.range_code", "money.range_symbol", "money.range_word", "money.subunit", "money.symbol",
                "money.symbol_after", "money.word", "money.word_a", "money.word_before")
    categories = (Category(
        "money", 4, ("amount", "currency", "qualifier"),
        lambda d, n: [f for m in d["money"] for f in money_fact(m)],
        lambda a, n: [f for m in a.get("money", []) for f in money_fact(m)],
        description="amounts of money",
        evidenced=_evidenced_0),)

    def match(self, ctx: Context) -> list[Match]:
        return [m for unit in ctx.prose_and_items()
                for m in find_money(ctx.text, unit.start, unit.end, ctx.rules)]

    def decide(self, candidates: list[Match], ctx: Context, /) -> list[tuple[Match, Money]]:
        """The amounts that can be read (an ambiguous currency or notation gives none), less the
        two sides of an exchange rate ('1 USD = Rp 14,000', '1 USD dihitung setara Rp 14 ribu')."""
        read = [(m, item) for m in candidates if (item := to_money(ctx, m)) is not None]
        rate: set[int] = set()
        for k, (m, item) in enumerate(read):
            if item.amount == 1 and _RATE.match(ctx.text, m.end):
                rate.add(k)  # the unit side
                if k + 1 < len(read) and read[k + 1][0].start - m.end <= 40:
                    rate.add(k + 1)  # and what it is worth
        return [x for k, x in enumerate(read) if k not in rate]

    def emit(self, facts: list[tuple[Match, Money]]) -> Emitted:
        return Emitted({"money": [m for _, m in facts]})
