"""Reading one money match: its currency, its number as the currency writes it, its qualifier."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..context import Context
from ..models import Money, Qualifier
from ..rules import RuleSet
from ..spans import Match
from .money_cjk import RULE as CJK_RULE
from .money_cjk import cjk_value
from .money_rules import _money_rules, _MoneyRules

_SPACE_MARKS = " \u00a0\u202f\u2009"


def _qualifier(mr: _MoneyRules, phrase: str | None) -> Qualifier:
    if not phrase:
        return "exact"
    quals: dict[str, list[str]] = mr.d["qualifiers"]
    low = " ".join(phrase.lower().split())
    for name in ("over", "under", "about"):
        if low in (w.lower() for w in quals[name]):
            return name
    return "exact"


def _spelled(mr: _MoneyRules, text: str) -> int | None:
    """'twenty-five' -> 25, 'two hundred and ten' -> 210, 'a' -> 1."""
    units: dict[str, int] = mr.d["spelled_numbers"]
    tens: dict[str, int] = mr.d["spelled_tens"]
    total = 0
    current = 0
    for w in re.split(r"[\s-]+", text.lower()):
        if w in ("a", "an"):
            current = 1
        elif w in units:
            current += units[w]
        elif w in tens:
            current += tens[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w == "and":
            continue
        else:
            return None
    return total + current


def parse_number(raw: str, currency: str | None, multiplied: bool,
                 rules: RuleSet | None = None) -> Decimal | None:
    """The value of digits as written, decided from the digit groups and the currency's usual
    notation; None when the notation is truly ambiguous or the groups are malformed."""
    raw = raw.removesuffix(",-").removesuffix(".-")  # '50,- Kč'
    if not raw[-1:].isdigit():
        return None
    parts = re.split(r"([^\d])", raw)
    groups, seps = parts[::2], [_norm_mark(s) for s in parts[1::2]]
    if not seps:
        return Decimal(raw)
    kinds = set(seps)
    last = seps[-1]
    if len(kinds) > 1:
        # two marks: the last one, written once and last, is the decimal mark
        if last not in ".," or seps.count(last) != 1:
            return None
        if not _valid_groups(groups[:-1], seps[-2]):
            return None
        return Decimal("".join(groups[:-1]) + "." + groups[-1])
    if last in " '" or len(seps) > 1:
        # spaces and apostrophes only group; a mark written twice cannot be a decimal mark
        return Decimal("".join(groups)) if _valid_groups(groups, last) else None
    whole, frac = groups
    if len(frac) != 3:
        return Decimal(f"{whole}.{frac}")  # '2,99', '35,70', '1.5': only a decimal mark
    # one mark before three digits: '31.500', '1,500', '1.500 million'
    t = _money_rules(rules).tables
    decimal_marks = t.decimal.get(currency or "", set())
    group_marks = t.group.get(currency or "", set())
    if not multiplied and t.digits.get(currency or "", 2) <= 2:
        return Decimal(whole + frac)  # a price is never written with three decimals
    if last in group_marks and last not in decimal_marks:
        return Decimal(whole + frac)
    if last in decimal_marks and last not in group_marks:
        return Decimal(f"{whole}.{frac}")
    return None


def _norm_mark(ch: str) -> str:
    return " " if ch in _SPACE_MARKS else "'" if ch in "'’" else ch


def _valid_groups(groups: list[str], mark: str) -> bool:
    """Western groups of three ('1,234,567') or Indian ones ('1,50,00,000')."""
    head, rest = groups[0], groups[1:]
    if 1 <= len(head) <= 3 and all(len(g) == 3 for g in rest):
        return True
    return (mark == "," and 1 <= len(head) <= 2 and len(rest) >= 2 and len(rest[-1]) == 3
            and all(len(g) == 2 for g in rest[:-1]))


def _currency(mr: _MoneyRules, g: dict[str, str | None]) -> str | None:
    """The ISO code: a written code wins over a symbol it can be written with ('NZD $100',
    '£94.50 GBP'); a symbol several currencies share gives no value unless convention says."""
    t = mr.tables
    aliases: dict[str, str] = mr.d["code_aliases"]
    code = g.get("code") or g.get("code2") or g.get("code3") or (g.get("code4") or "").upper()
    sym = g.get("sym") or g.get("sym1")
    if code:
        code = aliases.get(code, code)
        if sym and code not in t.symbol_codes.get(sym, set()) and t.symbols.get(sym) not in (None, code):
            return None  # '€100 USD': the symbol and the code disagree
        return code
    if sym:
        return t.symbols.get(sym)
    if g.get("sub"):
        subunits: dict[str, str | None] = mr.d["subunits"]
        return subunits.get((g["sub"] or "").lower())
    if g.get("subp"):
        return "GBP"
    if g.get("unit"):
        implied: dict[str, str] = mr.d["implied_currency_units"]
        return implied.get((g["unit"] or "").lower())
    word = g.get("word")
    return t.names.get(_name_key(mr, word)) if word else None


def _name_key(mr: _MoneyRules, word: str) -> str:
    """'Egyptian  pound', 'egyptianpound' -> 'egyptian pound' as the tables spell it."""
    key = " ".join(word.lower().split())
    return key if key in mr.tables.names else mr.squeezed.get(key.replace(" ", ""), key)


def _value(mr: _MoneyRules, g: dict[str, str | None], n: str, currency: str | None
           ) -> Decimal | None:
    mults: dict[str, int] = mr.d["multipliers"]
    key = g.get(f"mult{n}") or g.get(f"smult{n}") or (g.get("unit") if not n else None)
    factor = mults.get(key, mults.get(key.lower(), 1)) if key else 1
    local: dict[str, dict[str, int]] = mr.d["multipliers_by_currency"]
    if key and currency in local and key in local[currency]:
        factor = local[currency][key]  # 'Rp 45 M': in rupiah M is miliar, a thousand million
    if g.get(f"spelled{n}"):
        spelled = _spelled(mr, g[f"spelled{n}"] or "")
        return None if spelled is None else Decimal(spelled) * factor
    num = g.get(f"num{n}")
    if num is None:
        return None
    value = parse_number(num, currency, bool(key), mr.rules)
    return None if value is None else value * factor


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


@dataclass(frozen=True)
class _Amount:
    currency: str
    low: Decimal
    high: Decimal | None
    qualifier: Qualifier


def _normalise(mr: _MoneyRules, m: Match) -> _Amount | None:
    g = m.groups
    if m.rule == CJK_RULE:
        korean = cjk_value(g)
        return None if korean is None else _Amount(korean[0], korean[1], None,
                                                   _qualifier(mr, g.get("qual")))
    currency = _currency(mr, g)
    if currency is None:
        return None
    if m.rule == "money.subunit":
        subp = g.get("subp")
        n = Decimal(subp) if subp else _value(mr, g, "", currency)
        return None if n is None else _Amount(currency, n / 100, None, _qualifier(mr, g.get("qual")))
    low = _value(mr, g, "", currency)
    if low is None:
        return None
    high: Decimal | None = None
    if m.rule.startswith("money.range"):
        high = _value(mr, g, "2", currency)
        if high is None:
            return None
        if not (g.get("mult") or g.get("smult")) and (g.get("mult2") or g.get("smult2")):
            scaled = _value(mr, {**g, "mult": g.get("mult2"), "smult": g.get("smult2")}, "", currency)
            if scaled is not None and scaled <= high:
                low = scaled  # '$10-20 million': the multiplier is shared
        if low >= high:
            return None
    tail = g.get("_minor")
    if tail is not None and high is None:
        low += Decimal(tail) / 100
    lakhs = g.get("_lakh")
    if lakhs is not None and high is None:
        low += Decimal(lakhs) * 100_000  # '₹12 crore 40 lakh' is one amount
    return _Amount(currency, low, high, _qualifier(mr, g.get("qual")))


def _minor(mr: _MoneyRules, n: str) -> int | None:
    value = int(n) if n.isdigit() else _spelled(mr, n)
    return value if value is not None and 0 < value < 100 else None


def to_money(ctx: Context, m: Match) -> Money | None:
    """The Money item of a candidate, or None when its currency or number is ambiguous."""
    amount = _normalise(_money_rules(ctx.rules), m)
    if amount is None:
        return None
    return Money(
        text=ctx.text[m.start : m.end], amount=_number(amount.low),
        amount_max=_number(amount.high) if amount.high is not None else None,
        currency=amount.currency, qualifier=amount.qualifier,
        evidence=ctx.evidence(m.start, m.end), rule=m.rule,
    )
