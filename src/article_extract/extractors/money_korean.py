"""Amounts written the Korean way: '150억 원', '4억원이 넘게', '1억 5000만원', '5천만 원', '3조 원',
'1억 달러'. Korean counts in units of ten thousand (만), a hundred million (억) and a trillion
(조); '원' (won) or a currency word after the number says whose money it is. Without one, an
amount right after a cost noun ('제작비 4억') is in won; any other bare '4억' is a count."""

from __future__ import annotations

import re
from decimal import Decimal

from ..spans import Match

RULE = "money.korean"

_AMOUNT = re.compile(
    r"(?<![\d.,])(?=\d{1,4}(?:[.,]\d{1,3})?\s?(?:조|억|천\s?만|만))"
    r"(?:(?P<jo>\d{1,4}(?:\.\d{1,2})?)\s?조\s?)?"
    r"(?:(?P<eok>\d{1,4}(?:,\d{3})?(?:\.\d{1,2})?)\s?억\s?)?"
    r"(?:(?P<man>\d{1,4}(?:,\d{3})?)\s?(?P<cheon>천\s?)?만\s?)?"
    r"(?P<cur>원|달러|엔|위안|유로)?")
# the currency words of Korean press, by ISO code
_CURRENCY = {"원": "KRW", "달러": "USD", "엔": "JPY", "위안": "CNY", "유로": "EUR"}
# a cost noun right before a bare amount: production cost, budget, investment, fee, sales
_COST_BEFORE = re.compile(r"(?:제작비|순제작비|총제작비|예산|비용|투자비|출연료|매출|수익)"
                          r"(?:만|은|는|이|가|로|도)?\s?$")
_OVER_AFTER = re.compile(r"(?:이|가)?\s?(?:넘게|넘는|넘어|넘은|이상|초과)")
_UNDER_AFTER = re.compile(r"\s?(?:미만|이하)")
_ABOUT_AFTER = re.compile(r"\s?(?:가량|안팎|정도|여)(?![\uac00-\ud7a3])")
_ABOUT_BEFORE = re.compile(r"(?:약|대략)\s?$")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def korean_amounts(chunk: str, offset: int) -> list[Match]:
    """Korean amounts in `chunk` (which starts at `offset` in the text), as money matches."""
    out: list[Match] = []
    if not _HANGUL.search(chunk):
        return out
    for m in _AMOUNT.finditer(chunk):
        g = m.groupdict()
        if not (g["jo"] or g["eok"] or g["man"]):
            continue
        cur = g["cur"]
        if cur is None and not _COST_BEFORE.search(chunk, max(0, m.start() - 12), m.start()):
            continue  # '1억 명', '4억 뷰': a count, not money
        end = m.end() if cur else len(chunk[: m.end()].rstrip())
        qual = None
        if _OVER_AFTER.match(chunk, end):
            qual = "over"
        elif _UNDER_AFTER.match(chunk, end):
            qual = "under"
        elif _ABOUT_AFTER.match(chunk, end) or _ABOUT_BEFORE.search(chunk, max(0, m.start() - 4),
                                                                      m.start()):
            qual = "about"
        groups: dict[str, str | None] = {**g, "cur": cur or "원", "qual": qual}
        out.append(Match(RULE, offset + m.start(), offset + end, groups))
    return out


def korean_value(groups: dict[str, str | None]) -> tuple[str, Decimal] | None:
    """The currency and amount of a Korean match."""
    total = Decimal(0)
    for key, unit in (("jo", 10**12), ("eok", 10**8), ("man", 10**4)):
        raw = groups.get(key)
        if raw:
            n = Decimal(raw.replace(",", ""))
            total += n * unit * (1000 if key == "man" and groups.get("cheon") else 1)
    code = _CURRENCY.get(groups.get("cur") or "")
    return (code, total) if code and total else None
