"""The money rules: currency tables (CLDR and currencies.json) and the patterns compiled from them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..rules import RuleSet, alternation, shipped

_SHORT_MULT = ("k", "K", "m", "M", "mn", "mln", "b", "B", "bn", "tn")


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
    needed: tuple[re.Pattern[str], frozenset[str]]
    marks: _Marks
    bare_minor: re.Pattern[str]
    budget_cues: tuple[re.Pattern[str], re.Pattern[str]]

    @classmethod
    def build(cls, rules: RuleSet) -> _MoneyRules:
        d: dict[str, Any] = rules.data("currencies")
        t = _tables(d, rules.data("generated/currencies_cldr"))
        marks = _marks(d, t)
        return cls(rules, d, t, _patterns(d, t), _subunit_tail(d), _cue_words(d),
                   _qualifier_re(d), {n.replace(" ", ""): n for n in t.names}, _anchor(d, t),
                   _needed(marks), marks, _bare_minor(d), _cue_res(d))


def _money_rules(rules: RuleSet | None) -> _MoneyRules:
    return (rules or shipped()).compiled(_MoneyRules.build)


def _name_alternation(names: list[str]) -> str:
    """Longest first; a space inside a name may be missing ('egyptianpound')."""
    ordered = sorted(set(names), key=lambda w: (-len(w), w))
    return "|".join(r"\s?".join(re.escape(p) for p in n.split(" ")) for n in ordered)


def _small_number(d: dict[str, Any]) -> str:
    """A number in words below a hundred ('seven', 'twenty-five', 'forty two')."""
    units = alternation(list(d["spelled_numbers"]))
    tens = alternation(list(d["spelled_tens"]))
    return rf"(?:(?:{tens})(?:[- ](?:{units}))?|(?:{units}))"


def _num(d: dict[str, Any], n: str, lead: bool = True) -> str:
    """A number in digits or in words ('twenty-five', 'two hundred', 'a million'). A number
    that follows a symbol or code may be glued to it ('RM42'); one that leads may not."""
    small = _small_number(d)
    big = alternation([m for m in d["multipliers"] if m not in _SHORT_MULT and len(m) > 3])
    spelled = (rf"(?:(?:{small}|an?)\s+hundred(?:\s+(?:and\s+)?{small})?|{small}|"
               rf"an?(?=\s+(?i:hundred|{big})\b))")
    guard = r"(?<![\w.,])(?<!\d[.,]\s)" if lead else r"(?<![\d,])(?<!\d\.)"  # 'Rs.48' but not '1.[5]'
    return (rf"(?:{guard}(?P<num{n}>{_GROUPED}|{_PLAIN})|"
            rf"(?<![\w-])(?<!point\s)(?P<spelled{n}>(?i:{spelled}))(?![\w-]))")


def _mult(d: dict[str, Any], n: str, spaced_before: str | None = None) -> str:
    """The multiplier after a number. A short one ('m', 'bn') touches the number, or, with
    `spaced_before`, stands apart from it when that follows ('200 m USD': a code after)."""
    mults: dict[str, int] = d["multipliers"]
    long_mult = alternation([m for m in mults if m not in _SHORT_MULT])
    short_mult = alternation(list(_SHORT_MULT))
    # '$7.6 M', '€2 bn': a capital M or B, or bn/mn, may stand one space apart (as a table
    # prints it); a lower-case 'm' or 'b' alone may not ('5 m' is a length)
    apart = r"\s(?=(?:M|B|bn|Bn|mn|mln)(?![\w-]))"
    space = rf"(?:\s(?=(?:{short_mult})\s?(?:{spaced_before}))|{apart})?" if spaced_before else \
        rf"(?:{apart})?"
    return (rf"(?:(?:\s*|-)(?P<mult{n}>(?i:{long_mult}))\b"
            rf"|{space}(?P<smult{n}>{short_mult})(?![A-Za-z0-9]))?")


def _patterns(d: dict[str, Any], t: _Tables) -> list[tuple[str, re.Pattern[str]]]:
    qual = ""  # the qualifier is looked for before a match (_qualifier_before): cheaper
    sym_alt = alternation([s for s in t.symbols if s])
    code_alt = alternation(sorted(t.codes))
    # a lower-case letter may touch the symbol: an infobox label glued to its value
    # ('Box office$24.1 million'); a capital or digit may not ('HK$' is a symbol of its own)
    sym = rf"(?<![A-Z0-9])(?P<sym>{sym_alt})"
    # a symbol after the amount ends its word, Latin or Cyrillic ('руб' is no start of 'рублей')
    sym_after = rf"(?P<sym>{sym_alt})(?![A-Za-z0-9\u0400-\u04ff])"
    code = rf"(?<![A-Za-z])(?P<code>{code_alt})"
    code2 = rf"(?P<code2>{code_alt})(?![A-Za-z])"
    lower_ok = alternation(sorted(d["code_aliases"]))
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
        # '150 million (RMB)', '(rmb)': a code in brackets; in lower case only an alias
        # ('rmb'), since '(all)' or '(top)' are words
        ("money.code_after", re.compile(rf"{qual}{n1}{_mult(d, '', code_alt)}\s?(?:{code2}|"
                                        rf"\((?P<code4>{code_alt}|(?i:{lower_ok}))\))")),
        # '2,5 millones de dólares', '5 milioni di euro', '3 millions d'euros': other languages' 'of'
        ("money.word", re.compile(rf"{qual}(?<![$€£¥₩]){n1}{m1}\s+(?:of\s+|de\s+|di\s+|d['’]\s?)?"
                                  rf"{word}")),
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
        # 'Kerala71.85 Cr': a table row whose label lost the space before its figure
        ("money.implied_unit_glued", re.compile(
            r"(?<=[a-z])(?P<num>\d{1,4}\.\d{1,2})\s?(?P<unit>(?i:cr|crores?|lakhs?))(?![\w])")),
        # '65 crores', '₹' left out: in Indian news a crore or lakh is of rupees
        ("money.implied_unit", re.compile(
            rf"{qual}(?<![$€£¥₩₹\w.,]){n1}\s?(?P<unit>(?i:{alternation(list(d['implied_currency_units']))}))"
            rf"(?![\w])(?!\s+(?:of\s+)?(?i:{alternation(d['not_money_after_units'])})\b)")),
    ]


def _subunit_tail(d: dict[str, Any]) -> re.Pattern[str]:
    """'$20 and 43c', '20 dollars 43 cents', '3 GBP 1 pence': the minor unit after an amount."""
    small = _small_number(d)
    return re.compile(rf"(?:\s+and)?\s+(?P<n>\d{{1,2}}|(?i:{small}))\s?"
                      rf"(?P<u>(?i:cents?|c|pence|p|sens?|paise|¢))(?![\w])")


def _cue_words(d: dict[str, Any]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    money = alternation(d["money_cues"])
    weight = alternation(d["weight_cues"])
    return (re.compile(rf"(?<![A-Za-z])(?:{money})(?![A-Za-z])", re.I),
            re.compile(rf"(?<![A-Za-z])(?:{weight})(?![A-Za-z])", re.I))


def _qualifier_re(d: dict[str, Any]) -> re.Pattern[str]:
    quals: dict[str, list[str]] = d["qualifiers"]
    # a word stands apart from the amount; '~' and '≈' may touch it ('~$29 million')
    return re.compile(rf"(?<![A-Za-z])(?P<qual>(?i:{alternation([q for qs in quals.values() for q in qs])}))"
                      r"(?:(?<=[~≈])\s*|\s+)$")


def _anchor(d: dict[str, Any], t: _Tables) -> re.Pattern[str]:
    """What every money rule reads: digits, a number word, or 'a'/'an' before a currency."""
    words = alternation([*d["spelled_numbers"], *d["spelled_tens"], "hundred"])
    singular = [n for n in t.names if t.names[n] and not n.endswith("s")]
    return re.compile(rf"\d|(?<![A-Za-z])(?i:{words})(?![A-Za-z])|"
                      rf"(?<![\w-])(?i:an?\s+(?:{_name_alternation(singular)}))(?![A-Za-z])")


def _needed(marks: _Marks) -> tuple[re.Pattern[str], frozenset[str]]:
    """What every money match contains besides its number: a sign of a symbol ('$' of 'HK$',
    '€', '¢'), or a word that is a symbol's letters, a code or begins a currency's name, a
    minor unit or a unit that implies its currency ('rs', 'usd', 'dollars', 'crore',
    'egyptianpound' since a name may lose its spaces), case-blind. A looser test than the rules'
    only keeps more windows; one character class and a set lookup per word cost little where
    an alternation of 450 names and 300 codes was tried at every character."""
    return marks.signs, marks.symbol_words | {c.lower() for c in marks.codes} | marks.name_words


_LETTERS = re.compile(r"[^\W\d_]+")

# what every match of a rule holds: a symbol ('S': '$', '€', 'Rs', 'kr'), an ISO code ('C'), or
# a currency's name, a minor unit or a unit that implies its currency ('N': 'dollars', 'cents',
# 'crore', '¢'). A rule runs only around those (tests/extractors/test_windows.py checks it).
NEEDS: dict[str, str] = {
    "money.symbol": "S", "money.range_symbol": "S", "money.symbol_after": "S",
    "money.range_after": "S", "money.code": "C", "money.range_code": "C", "money.code_after": "C",
    "money.word": "N", "money.word_a": "N", "money.word_before": "N", "money.range_word": "N",
    "money.subunit": "N", "money.implied_unit": "N", "money.implied_unit_glued": "N",
}


@dataclass(frozen=True)
class _Marks:
    """Where a currency shows, by kind: signs in one character class, words in sets."""

    signs: re.Pattern[str]
    symbol_words: frozenset[str]
    codes: frozenset[str]
    name_words: frozenset[str]

    def find(self, chunk: str, lo: int, hi: int) -> dict[str, list[tuple[int, int]]]:
        """The spans of the marks of each kind between lo and hi."""
        out: dict[str, list[tuple[int, int]]] = {"S": [], "C": [], "N": []}
        for m in self.signs.finditer(chunk, lo, hi):
            out["N" if m.group(0) == "¢" else "S"].append(m.span())
        for m in _LETTERS.finditer(chunk, lo, hi):
            w = m.group(0)
            if w in self.codes or (m.start() > 0 and chunk[m.start() - 1] == "("
                                   and w.upper() in self.codes):  # '150 million (rmb)'
                out["C"].append(m.span())
            low = w.lower()
            if low in self.symbol_words:
                out["S"].append(m.span())
            if low in self.name_words:
                out["N"].append(m.span())
        for spans in out.values():
            spans.sort()
        return out


def _marks(d: dict[str, Any], t: _Tables) -> _Marks:
    names: set[str] = {"cent", "cents", "pence", "p"}  # '5p'
    for name in [*t.names, *d["names_before_amount"], *d["implied_currency_units"]]:
        parts = _LETTERS.findall(name.lower())
        names.update("".join(parts[: k + 1]) for k in range(len(parts)))
    signs: set[str] = {"¢"}
    words: set[str] = set()
    for sym in (s for s in t.symbols if s):
        bare = sym.replace(".", "")
        marks = [c for c in bare if not c.isalnum() and not c.isspace()]
        if marks:
            signs.update(marks)
        else:
            words.update(w.lower() for w in _LETTERS.findall(bare))
    return _Marks(re.compile(f"[{re.escape(''.join(sorted(signs)))}]"), frozenset(words),
                  frozenset(t.codes), frozenset(names))


def _bare_minor(d: dict[str, Any]) -> re.Pattern[str]:
    small = _small_number(d)
    after = r"(?:in|at|on|for|to|from|by|per|each|the|a|an|this|that|and|or|but|with)\b"
    return re.compile(rf"(?:\s+and)?\s+(?:\d{{1,2}}|(?i:{small}))(?![\w.,]\w)"
                      rf"(?=\s*(?:[.,;:!?)]|$)|\s+{after})")


def _cue_res(d: dict[str, Any]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    budget = alternation(d["budget_cues"])
    other = alternation(d["not_budget_cues"])
    return (re.compile(rf"(?<![A-Za-z])(?:{budget})(?![A-Za-z])", re.I),
            re.compile(rf"(?<![A-Za-z])(?:{other})(?![A-Za-z])", re.I))
