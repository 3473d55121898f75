"""Amounts written the East Asian way: Korean '120억 원', '6억원이 넘게', '2억 5000만원', '5천만 원',
'3조 원', '2억 달러'; Japanese '2億4000万円', '2,160円'; Chinese '台幣4500萬', '2.5億台幣', '3000萬美元',
'300万令吉' (ringgit).
These languages count in ten thousands (만, 万/萬), hundred millions (억, 億/亿) and trillions
(조, 兆); a currency word after the number (원, 円, 美元...) or before it (台幣...) says whose money
it is. '元' alone is the yuan, the Taiwan or the Hong Kong dollar: no currency without more. A
bare Korean amount right after a cost noun ('제작비 6억') is in won; any other bare one is a count."""

from __future__ import annotations

import re
from decimal import Decimal

from ..spans import Match

RULE = "money.cjk_units"

_AMOUNT = re.compile(
    r"(?P<pre>新台幣|新台币|台幣|台币|人民幣|人民币|港幣|港币|美金)?\s?"
    r"(?<![\d.,])(?=\d)"
    r"(?:(?P<jo>\d{1,4}(?:\.\d{1,2})?)\s?[조兆]\s?)?"
    r"(?:(?P<eok>\d{1,4}(?:,\d{3})?(?:\.\d{1,2})?)\s?[억億亿]\s?)?"
    r"(?:(?P<man>\d{1,4}(?:,\d{3})?(?:\.\d{1,2})?)\s?(?P<cheon>[천千]\s?)?[만萬万]\s?)?"
    r"(?P<plain>\d{1,3}(?:,\d{3})+|\d{1,7})?"
    r"(?P<more>多)?"  # '5億多元': five hundred million and more
    # '163萬元人民幣', '714萬元台幣': '元' (units of money) then the currency's name
    r"(?:元(?=新台幣|新台币|台幣|台币|人民幣|人民币|港幣|港币))?"
    r"(?P<cur>원|달러|엔|위안|유로|円|ドル|美元|美金|日圓|日元|韓元|韩元|港元|港幣|港币|歐元|欧元|"
    r"新台幣|新台币|台幣|台币|人民幣|人民币|令吉|元)?")
# the currency words of Korean, Japanese and Chinese press, by ISO code ('元' alone: none)
_CURRENCY = {"원": "KRW", "달러": "USD", "엔": "JPY", "위안": "CNY", "유로": "EUR", "円": "JPY",
             "ドル": "USD", "美元": "USD", "美金": "USD", "日圓": "JPY", "日元": "JPY", "韓元": "KRW",
             "韩元": "KRW", "港元": "HKD", "港幣": "HKD", "港币": "HKD", "歐元": "EUR", "欧元": "EUR",
             "新台幣": "TWD", "新台币": "TWD", "台幣": "TWD", "台币": "TWD", "人民幣": "CNY",
             "人民币": "CNY", "令吉": "MYR"}
# a cost noun right before a bare amount: production cost, budget, investment, fee, sales
_COST_BEFORE = re.compile(r"(?:제작비|순제작비|총제작비|예산|비용|투자비|출연료|매출|수익)"
                          r"(?:만|은|는|이|가|로|도)?\s?$")
# '6억원이 넘게', '300억 원을 넘겼다' (went past), '200억 원을 넘어설': over
_OVER_AFTER = re.compile(r"(?:이|가|을|를)?\s?(?:넘게|넘는|넘어|넘은|넘긴|넘겼|넘었|이상|초과)|以上")
_UNDER_AFTER = re.compile(r"\s?(?:미만|이하|以下|未満)")
_ABOUT_AFTER = re.compile(r"\s?(?:가량|안팎|정도|여(?![\uac00-\ud7a3])|左右|前後)")
_ABOUT_BEFORE = re.compile(r"(?:약|대략|約|约|大約|大约)\s?$")
# '최소 150억원', '最少', '至少' (at least) is over; '최대', '最多', '至多' (at most) under
_OVER_BEFORE = re.compile(r"(?:超過|超过|逾|突破|衝破|冲破|최소|最少|至少|最低)\s?$|"
                          # '至少能拿下 AMOUNT' (can take at least): a verb between
                          r"(?:最少|至少)(?:能|可|會|会|將|将)?(?:拿下|達到|达到|突破|收下)\s?$")
_UNDER_BEFORE = re.compile(r"(?:將近|将近|近|不到|최대|最多|至多)\s?$")
_CJK = re.compile(r"[\uac00-\ud7a3\u3040-\u30ff\u4e00-\u9fff]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def cjk_amounts(chunk: str, offset: int) -> list[Match]:
    """East Asian amounts in `chunk` (which starts at `offset` in the text), as money matches."""
    out: list[Match] = []
    if not _CJK.search(chunk):
        return out
    for m in _AMOUNT.finditer(chunk):
        g = m.groupdict()
        units = g["jo"] or g["eok"] or g["man"]
        cur, pre = g["cur"], g["pre"]
        if not units and not (g["plain"] and ((cur and cur != "元") or pre)):
            continue  # a plain number is money only with its currency word
        if units and g["plain"]:
            continue  # '3億5000万円' reads as units; a number glued after them is something else
        if cur is None and pre is None:
            if not (_HANGUL.search(chunk, max(0, m.start() - 12), m.start())
                    and _COST_BEFORE.search(chunk, max(0, m.start() - 12), m.start())):
                continue  # '2억 명', '7억 뷰', '4500萬人次': a count, not money
            cur = "원"
        lead = len(m.group(0)) - len(m.group(0).lstrip())  # the space before the number
        start = m.start("pre") if pre else m.start() + lead
        end = m.end() if g["cur"] else len(chunk[: m.end()].rstrip())
        qual = "over" if g["more"] else _qualifier(chunk, start, end)
        groups: dict[str, str | None] = {**g, "cur": cur, "qual": qual}
        out.append(Match(RULE, offset + start, offset + end, groups))
    return out


def _qualifier(chunk: str, start: int, end: int) -> str | None:
    if _OVER_AFTER.match(chunk, end) or _OVER_BEFORE.search(chunk, max(0, start - 7), start):
        return "over"
    if _UNDER_AFTER.match(chunk, end) or _UNDER_BEFORE.search(chunk, max(0, start - 4), start):
        return "under"
    if _ABOUT_AFTER.match(chunk, end) or _ABOUT_BEFORE.search(chunk, max(0, start - 4), start):
        return "about"
    return None


def cjk_value(groups: dict[str, str | None]) -> tuple[str, Decimal] | None:
    """The currency and amount of an East Asian match: a currency word before the number wins
    over '元' after it ('台幣4500萬元')."""
    total = Decimal(0)
    for key, unit in (("jo", 10**12), ("eok", 10**8), ("man", 10**4), ("plain", 1)):
        raw = groups.get(key)
        if raw:
            n = Decimal(raw.replace(",", ""))
            total += n * unit * (1000 if key == "man" and groups.get("cheon") else 1)
    code = _CURRENCY.get(groups.get("pre") or "") or _CURRENCY.get(groups.get("cur") or "")
    return (code, total) if code and total else None
