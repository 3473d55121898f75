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
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..context import Context
from ..contract import Category, Doc, Emitted, Extractor, Fact, Norm
from ..models import Money, Qualifier
from ..rules import RuleSet, alternation, shipped
from ..spans import Match, occurrences, prefer_longest

_SHORT_MULT = ("k", "K", "m", "M", "mn", "mln", "b", "B", "bn", "tn")
_SPACE_MARKS = " \u00a0\u202f\u2009"
# digit groups: '1,234.50', '1.234,50', '1 234,50', "1'234.50", '1,50,00,000', or plain digits
_GROUPED = (r"\d{1,3}(?:(?:[,.]\d{2,3}|[ \u00a0\u202f\u2009'’]\d{3})(?!\d)){1,6}"
            r"(?:[.,]\d{1,6}(?!\d))?")
_PLAIN = r"\d{1,15}(?:[.,]\d{1,6}|[.,]-(?![\w-]))?(?!\d)"


@dataclass(frozen=True)
class _Tables:
    symbols: dict[str, str | None]      # symbol -> code; None: written for several, no value
    symbol_codes: dict[str, set[str]]   # symbol -> every code that writes it (CLDR)
    codes: set[str]
    names: dict[str, str | None]         # lower-case name or word (spaces dropped) -> code
    digits: dict[str, int]
    decimal: dict[str, set[str]]         # code -> its decimal marks
    group: dict[str, set[str]]           # code -> its grouping marks


def _tables(d: dict[str, Any], cldr: dict[str, Any]) -> _Tables:
    excluded_symbols = set(d["excluded_symbols"])
    symbol_codes = {s: set(cs) for s, cs in cldr["symbols"].items()}
    symbols: dict[str, str | None] = {}
    for sym, codes in symbol_codes.items():
        if sym not in excluded_symbols:
            symbols[sym] = next(iter(codes)) if len(codes) == 1 else None
    conventions: dict[str, str | None] = d["symbols"]
    symbols.update(conventions)
    for sym in excluded_symbols:
        symbols.pop(sym, None)
    codes = set(cldr["codes"]) - set(d["excluded_codes"])
    codes |= set(d["code_aliases"])
    for code in codes:
        symbols.pop(code, None)  # 'CHF' is read as a code
    names: dict[str, str | None] = {n: cs[0] if len(cs) == 1 else None
                                    for n, cs in cldr["names"].items()}
    names.update({w.lower(): c for w, c in d["words"].items()})  # null: too ambiguous
    info = cldr["codes"]
    return _Tables(
        symbols=symbols, symbol_codes=symbol_codes, codes=codes, names=names,
        digits={c: int(v["digits"]) for c, v in info.items()},
        decimal={c: set(v["decimal"]) for c, v in info.items()},
        group={c: set(v["group"]) for c, v in info.items()},
    )


@dataclass(frozen=True)
class _MoneyRules:
    """The currency data of one RuleSet (currencies.json, the CLDR file, an overlay) and the
    patterns compiled from it, built once per RuleSet."""

    rules: RuleSet
    d: dict[str, Any]
    tables: _Tables
    patterns: list[tuple[str, re.Pattern[str]]]
    subunit_tail: re.Pattern[str]
    cue_words: tuple[re.Pattern[str], re.Pattern[str]]
    qualifier_re: re.Pattern[str]
    squeezed: dict[str, str]
    anchor: re.Pattern[str]
    bare_minor: re.Pattern[str]
    budget_cues: tuple[re.Pattern[str], re.Pattern[str]]

    @classmethod
    def build(cls, rules: RuleSet) -> _MoneyRules:
        d: dict[str, Any] = rules.data("currencies")
        t = _tables(d, rules.data("generated/currencies_cldr"))
        return cls(rules, d, t, _patterns(d, t), _subunit_tail(d), _cue_words(d),
                   _qualifier_re(d), {n.replace(" ", ""): n for n in t.names}, _anchor(d, t),
                   _bare_minor(d), _cue_res(d))


def _money_rules(rules: RuleSet | None) -> _MoneyRules:
    return (rules or shipped()).compiled(_MoneyRules.build)


def _name_alternation(names: list[str]) -> str:
    """Longest first; a space inside a name may be missing ('egyptianpound')."""
    ordered = sorted(set(names), key=lambda w: (-len(w), w))
    return "|".join(r"\s?".join(re.escape(p) for p in n.split(" ")) for n in ordered)


def _num(d: dict[str, Any], n: str, lead: bool = True) -> str:
    """A number in digits or in words ('twenty-five', 'two hundred', 'a million'). A number
    that follows a symbol or code may be glued to it ('RM42'); one that leads may not."""
    units = alternation(list(d["spelled_numbers"]))
    tens = alternation(list(d["spelled_tens"]))
    small = rf"(?:(?:{tens})(?:[- ](?:{units}))?|(?:{units}))"
    big = alternation([m for m in d["multipliers"] if m not in _SHORT_MULT and len(m) > 3])
    spelled = (rf"(?:(?:{small}|an?)\s+hundred(?:\s+(?:and\s+)?{small})?|{small}|"
               rf"an?(?=\s+(?i:hundred|{big})\b))")
    guard = r"(?<![\w.,])(?<!\d[.,]\s)" if lead else r"(?<![\d.,])"
    return (rf"(?:{guard}(?P<num{n}>{_GROUPED}|{_PLAIN})|"
            rf"(?<![\w-])(?<!point\s)(?P<spelled{n}>(?i:{spelled}))(?![\w-]))")


def _mult(d: dict[str, Any], n: str) -> str:
    mults: dict[str, int] = d["multipliers"]
    long_mult = alternation([m for m in mults if m not in _SHORT_MULT])
    short_mult = alternation(list(_SHORT_MULT))
    return (rf"(?:(?:\s*|-)(?P<mult{n}>(?i:{long_mult}))\b"
            rf"|(?P<smult{n}>{short_mult})(?![A-Za-z0-9]))?")


def _patterns(d: dict[str, Any], t: _Tables) -> list[tuple[str, re.Pattern[str]]]:
    qual = ""  # the qualifier is looked for before a match (_qualifier_before): cheaper
    sym_alt = alternation([s for s in t.symbols if s])
    code_alt = alternation(sorted(t.codes))
    # a lower-case letter may touch the symbol: an infobox label glued to its value
    # ('Box office$24.1 million'); a capital or digit may not ('HK$' is a symbol of its own)
    sym = rf"(?<![A-Z0-9])(?P<sym>{sym_alt})"
    sym_after = rf"(?P<sym>{sym_alt})(?![A-Za-z0-9])"
    code = rf"(?<![A-Za-z])(?P<code>{code_alt})"
    code2 = rf"(?P<code2>{code_alt})(?![A-Za-z])"
    word = rf"(?P<word>(?i:{_name_alternation(list(t.names))}))(?![A-Za-z])"
    n1, n2, m1, m2 = _num(d, ""), _num(d, "2", lead=False), _mult(d, ""), _mult(d, "2")
    g1 = _num(d, "", lead=False)  # after a symbol or code
    conj = r"\s*(?P<conj>-|–|—|to|and)\s*"
    singular = [n for n in t.names if t.names[n] and not n.endswith("s") and n not in
                {w.lower() for w in d["ambiguous_words"]}]
    before: list[str] = d["names_before_amount"]  # 'ringgit 42': a short list keeps it cheap
    pre = r"(?:(?<![A-Za-z])(?P<pre>(?i:between|from))\s+)?"
    return [
        ("money.symbol", re.compile(
            rf"{qual}(?:{code}\s?)?{sym}\s?(?:{code2}\s?)?{g1}{m1}"
            rf"(?:\s?(?P<code3>{code_alt})(?![A-Za-z]))?")),
        ("money.code", re.compile(rf"{qual}{code}\s?{g1}{m1}")),
        ("money.symbol_after", re.compile(rf"{qual}{n1}{m1}\s?{sym_after}")),
        ("money.code_after", re.compile(rf"{qual}{n1}{m1}\s?{code2}")),
        ("money.word", re.compile(rf"{qual}(?<![$€£¥₩]){n1}{m1}\s+(?:of\s+)?{word}")),
        ("money.word_a", re.compile(
            rf"{qual}(?<![\w-])(?P<spelled>(?i:an?))\s+(?P<word>(?i:{_name_alternation(singular)}))"
            r"(?![A-Za-z])")),
        ("money.word_before", re.compile(
            rf"{qual}(?<![\w-])(?P<word>(?i:{_name_alternation(before)}))\s+{g1}{m1}"
            r"(?![\w%]|\s*(?:%|per\s?cent))")),
        ("money.range_symbol", re.compile(
            rf"{qual}{pre}(?:{code}\s?)?{sym}\s?{g1}{m1}{conj}(?:(?P=sym)\s?)?{n2}{m2}")),
        ("money.range_code", re.compile(rf"{qual}{pre}{code}\s?{g1}{m1}{conj}(?:(?P=code)\s?)?{n2}{m2}")),
        ("money.range_word", re.compile(
            rf"{qual}{pre}(?<![$€£¥₩]){n1}{m1}(?:\s+(?P<word1>(?i:{_name_alternation(list(t.names))})))?"
            rf"{conj}{n2}{m2}\s+(?:of\s+)?{word}")),
        ("money.range_after", re.compile(
            rf"{qual}{pre}{n1}{m1}(?:\s?(?P<sym1>{sym_alt}))?{conj}{n2}{m2}\s?{sym_after}")),
        ("money.subunit", re.compile(
            rf"{qual}(?:{n1}\s?(?P<sub>(?i:cents?|pence|¢))(?![A-Za-z])|"
            rf"(?<![\d.,\w])(?P<subp>\d{{1,3}})p(?![\w'’]|\.m))")),
        # '65 crores', '₹' left out: in Indian news a crore or lakh is of rupees
        ("money.implied_unit", re.compile(
            rf"{qual}(?<![$€£¥₩₹\w.,]){n1}\s?(?P<unit>(?i:{alternation(list(d['implied_currency_units']))}))"
            rf"(?![\w])(?!\s+(?:of\s+)?(?i:{alternation(d['not_money_after_units'])})\b)")),
    ]


def _subunit_tail(d: dict[str, Any]) -> re.Pattern[str]:
    """'$20 and 43c', '20 dollars 43 cents', '3 GBP 1 pence': the minor unit after an amount."""
    units = alternation(list(d["spelled_numbers"]))
    tens = alternation(list(d["spelled_tens"]))
    small = rf"(?:(?:{tens})(?:[- ](?:{units}))?|(?:{units}))"
    return re.compile(rf"(?:\s+and)?\s+(?P<n>\d{{1,2}}|(?i:{small}))\s?"
                      rf"(?P<u>(?i:cents?|c|pence|p|sens?|paise|¢))(?![\w])")


def _cue_words(d: dict[str, Any]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    money = alternation(d["money_cues"])
    weight = alternation(d["weight_cues"])
    return (re.compile(rf"(?<![A-Za-z])(?:{money})(?![A-Za-z])", re.I),
            re.compile(rf"(?<![A-Za-z])(?:{weight})(?![A-Za-z])", re.I))


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


def _qualifier_re(d: dict[str, Any]) -> re.Pattern[str]:
    quals: dict[str, list[str]] = d["qualifiers"]
    return re.compile(rf"(?<![A-Za-z])(?P<qual>(?i:{alternation([q for qs in quals.values() for q in qs])}))"
                      r"\s+$")


def _qualifier_before(mr: _MoneyRules, chunk: str, s: int) -> re.Match[str] | None:
    """'no more than', 'about' right before a match. Looked for once per match: as an optional
    prefix of every rule it was tried at every character of the text."""
    return mr.qualifier_re.search(chunk, max(0, s - 40), s)


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
    code = g.get("code") or g.get("code2") or g.get("code3")
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


def _anchor(d: dict[str, Any], t: _Tables) -> re.Pattern[str]:
    """What every money rule reads: digits, a number word, or 'a'/'an' before a currency."""
    words = alternation([*d["spelled_numbers"], *d["spelled_tens"], "hundred"])
    singular = [n for n in t.names if t.names[n] and not n.endswith("s")]
    return re.compile(rf"\d|(?<![A-Za-z])(?i:{words})(?![A-Za-z])|"
                      rf"(?<![\w-])(?i:an?\s+(?:{_name_alternation(singular)}))(?![A-Za-z])")


_BEFORE, _AFTER = 50, 70  # how far a money match reaches around the number it reads


def _windows(mr: _MoneyRules, chunk: str) -> list[tuple[int, int]]:
    """Stretches of the chunk around its numbers: the rules run there only, so prose without
    numbers costs one scan, and their long alternations are not tried at every character."""
    out: list[tuple[int, int]] = []
    for a in mr.anchor.finditer(chunk):
        lo, hi = max(0, a.start() - _BEFORE), min(len(chunk), a.end() + _AFTER)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def find_money(text: str, start: int, end: int, rules: RuleSet | None = None) -> list[Match]:
    """All money-rule hits inside `text[start:end]`, overlaps resolved."""
    mr = _money_rules(rules)
    chunk = text[start:end]
    found: list[Match] = []
    windows = _windows(mr, chunk)
    if not windows:
        return found  # every money rule reads a number, in digits or words
    ambiguous = {w.lower() for w in mr.d["ambiguous_words"]}
    for rid, pattern in mr.patterns:
        for m in (m for lo, hi in windows for m in pattern.finditer(chunk, lo, hi)):
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
            if _SPLIT_DECIMAL.match(chunk, e):
                continue  # '$119. 95': cents cut off by a space, or a new sentence?
            tail = None
            if rid in _SINGLE and not has_mult and not re.search(r"[.,]\d{1,2}$", g.get("num") or ""):
                t = mr.subunit_tail.match(chunk, e)
                if t and _minor(mr, t.group("n")) is not None:
                    tail = str(_minor(mr, t.group("n")))
                    e = t.end()
                elif mr.bare_minor.match(chunk, e):
                    continue  # '$20 43', '20 rupees and 43': dollars and cents, or two numbers?
            if rid == "money.word_a" and not (g.get("qual") or tail or _money_context(mr, chunk, s)):
                continue  # 'a dollar' is money after 'cost', not in 'a dollar store'
            if rid == "money.word_before" and not (g.get("num") and re.fullmatch(
                    r"(?:19|20)\d\d", g["num"] or "") is None):
                continue  # 'Euro 2024' is a tournament
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
    HK$100 million (US$12.9 million) mark') is the same amount converted: it shares the
    qualifier."""
    out: list[Match] = []
    for k, m in enumerate(found):
        prev = out[k - 1] if k else None
        if prev is not None and prev.groups.get("qual") and not m.groups.get("qual") \
                and _BRACKETED.match(chunk, prev.end - start, m.start - start) and \
                _MARK_AFTER.match(chunk, m.end - start) is None and \
                _BRACKET_CLOSE.match(chunk, m.end - start):
            m = Match(m.rule, m.start, m.end, {**m.groups, "qual": prev.groups["qual"]},
                      m.priority)
        out.append(m)
    return out


_BRACKET_CLOSE = re.compile(r"\s*[)\]]")


_CHANGE_BEFORE = re.compile(
    r"(?<![\w])(?:rose|rise|rising|risen|climbed|climbing|climb|fell|fall|falling|fallen|dropped|"
    r"drop|dropping|grew|grow|growing|grown|increased|increase|increasing|decreased|decrease|"
    r"jumped|jump|slipped|surged|soared|plunged|declined|decline|went|up|down|raised|cut|"
    r"boosted|reduced|revised|doubled|tripled|halved)\b[^.;!?]{0,60}$", re.I)
_LAKH_AFTER_CRORE = re.compile(r"\s+(?:and\s+)?(?P<n>\d{1,2})\s?(?i:lakhs?|lacs?)(?![\w])")
_SPLIT_DECIMAL = re.compile(r"[.,] \d{2}(?![\w.,])")
_SINGLE = ("money.symbol", "money.code", "money.word", "money.code_after", "money.symbol_after",
           "money.word_a", "money.word_before", "money.implied_unit")


def _bare_minor(d: dict[str, Any]) -> re.Pattern[str]:
    units = alternation(list(d["spelled_numbers"]))
    tens = alternation(list(d["spelled_tens"]))
    small = rf"(?:(?:{tens})(?:[- ](?:{units}))?|(?:{units}))"
    after = r"(?:in|at|on|for|to|from|by|per|each|the|a|an|this|that|and|or|but|with)\b"
    return re.compile(rf"(?:\s+and)?\s+(?:\d{{1,2}}|(?i:{small}))(?![\w.,]\w)"
                      rf"(?=\s*(?:[.,;:!?)]|$)|\s+{after})")


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


def extract_money(ctx: Context) -> list[tuple[Match, Money]]:
    out: list[tuple[Match, Money]] = []
    for para in ctx.prose():
        for m in find_money(ctx.text, para.start, para.end, ctx.rules):
            item = to_money(ctx, m)
            if item is not None:
                out.append((m, item))
    return out


def _cue_res(d: dict[str, Any]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    budget = alternation(d["budget_cues"])
    other = alternation(d["not_budget_cues"])
    return (re.compile(rf"(?<![A-Za-z])(?:{budget})(?![A-Za-z])", re.I),
            re.compile(rf"(?<![A-Za-z])(?:{other})(?![A-Za-z])", re.I))


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
        sent = ctx.sentence_at(m.start)
        if sent is None or _RATE_AFTER.match(ctx.text, m.end, sent.end) or _REVENUE_BEFORE.search(
                ctx.text, max(sent.start, m.start - 40), m.start):
            continue  # '... per episode' is a rate, 'taking only $24 million' a gross
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
            if cue.start() not in nearest or dist < nearest[cue.start()][0]:
                nearest[cue.start()] = (dist, k)
        if _WORK_AFTER_AMOUNT.match(ctx.text, m.end, sent.end) and not _owned_by_other(
                ctx.text[sent.start : m.start], other_titles):
            found[k] = item  # '... the €5.5m ($6.3 million) series': the work's own cost
    for _dist, k in nearest.values():
        found[k] = money[k][1]
    return [found[k] for k in sorted(found)]


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



def _evidenced_0(d: Doc, n: Norm) -> list[tuple[Fact, Doc | None, str | None]]:
    return [(f, m.get("evidence"), m.get("rule")) for m in d["money"] for f in money_fact(m)]


class MoneyExtractor(Extractor[Match, list[tuple[Match, Money]]]):
    """Every amount of money: amount in units, ISO 4217 currency, qualifier. Candidates: the
    money rules' hits (symbol or code before the number, code or currency word after it),
    overlaps resolved by `spans.prefer_longest`."""

    name = "money"
    # every id of the patterns (a test checks the list against them)
    rule_ids = ("money.code", "money.code_after", "money.implied_unit", "money.range_after",
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
        """The amounts that can be read (an ambiguous currency or notation gives none)."""
        return [(m, item) for m in candidates if (item := to_money(ctx, m)) is not None]

    def emit(self, facts: list[tuple[Match, Money]]) -> Emitted:
        return Emitted({"money": [m for _, m in facts]})
