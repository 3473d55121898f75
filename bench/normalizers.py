"""Accuracy of the date and money normalizers per form family, on the team's own cases.

    python bench/normalizers.py [--details]

Not a test: it prints, per family, how many phrases got the expected value (ok), no value
(miss) or another value (wrong: worse than a miss). Each phrase sits in a plain sentence; the
cases are written by the team (docs/dates_money.md lists the families), not taken from other
projects' suites. A case whose expected value is None must give no value at all."""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from datetime import date
from typing import Any

from article_extract import extract

REF = date(2024, 6, 12)  # a Wednesday

# (family, sentence, expected): dates expect the ISO value, money (amount, amount_max, currency,
# qualifier); None means the sentence must give no value
DATES: list[tuple[str, str, str | None]] = [
    ("month names, any case", "The show opens march 3.", "2024-03-03"),
    ("month names, any case", "The show opens MARCH 3, 2025.", "2025-03-03"),
    ("month names, any case", "The show opened on Sept. 14, 2023.", "2023-09-14"),
    ("month names, any case", "Fans who are 18 may apply.", None),
    ("month names, any case", "The band will march 10 miles.", None),
    ("day-first and ranges", "It premiered on 9 March 2024.", "2024-03-09"),
    ("day-first and ranges", "The festival runs from 13 to 15 July.", "2024-07-13/2024-07-15"),
    ("day-first and ranges", "The festival runs 13–15 July 2025.", "2025-07-13/2025-07-15"),
    ("day-first and ranges", "The festival runs July 13-15.", "2024-07-13/2024-07-15"),
    ("day-first and ranges", "It ran from 13 July to 2 August 2023.", "2023-07-13/2023-08-02"),
    ("day-first and ranges", "Filming ran between May and June 2025.", "2025-05/2025-06"),
    ("day-first and ranges", "It aired from March 9 to April 28, 2024.", "2024-03-09/2024-04-28"),
    ("day-first and ranges", "It aired from Dec. 20 to Jan. 5, 2025.", "2024-12-20/2025-01-05"),
    ("day-first and ranges", "The show ran 2019–2021.", "2019/2021"),
    ("numeric", "It aired on 2024-03-09.", "2024-03-09"),
    ("numeric", "It aired in 2014/10.", "2014-10"),
    ("numeric", "It aired on 25/12/2015.", "2015-12-25"),
    ("numeric", "It aired on 12/25/2015.", "2015-12-25"),
    ("numeric", "It aired on 9.3.2017, and on 25.3.2017.", "2017-03-09"),
    ("numeric", "It aired on 10/31/74.", "1974-10-31"),
    ("numeric", "See pages 12-14 of the booklet.", None),
    ("numeric", "Update to version 2.10.3.", None),
    ("ordinals", "It opens on the first of March.", "2024-03-01"),
    ("ordinals", "It opened March third 2015.", "2015-03-03"),
    ("ordinals", "It opens on the 3rd of March.", "2024-03-03"),
    ("ordinals", "It opened on 14th April 15.", "2015-04-14"),
    ("ordinals", "It aired on NOVEMBER 30 18.", "2018-11-30"),
    ("ordinals", "It opens on the 4th of July.", "2024-07-04"),
    ("weekdays and relative", "The studio said Friday that it had wrapped.", "2024-06-07"),
    ("weekdays and relative", "The finale will air on Friday.", "2024-06-14"),
    ("weekdays and relative", "It aired last Monday.", "2024-06-10"),
    ("weekdays and relative", "The single dropped on December 14 last year.", "2023-12-14"),
    ("weekdays and relative", "It airs next Tuesday.", "2024-06-18"),
    ("weekdays and relative", "It airs the day after tomorrow.", "2024-06-14"),
    ("weekdays and relative", "The rights end three years from today.", "2027-06-12"),
    ("weekdays and relative", "The sequel will open in two weeks.", "2024-06-26"),
    ("weekdays and relative", "It airs on the last Monday of March.", "2024-03-25"),
    ("weekdays and relative", "It shoots in the first week of May.", "2024-05-01/2024-05-07"),
    ("weekdays and relative", "It premieres Fri, Jul 18.", "2025-07-18"),
    ("weekdays and relative", "Last year was its best.", "2023"),
    ("weekdays and relative", "The weekly show airs every Friday.", None),
    ("weekdays and relative", "The album was finished in two weeks.", None),
    ("parts of periods", "It opens in early March 2025.", "2025-03"),
    ("parts of periods", "It opens in late 2025.", "2025"),
    ("parts of periods", "It shot in the first half of 2023.", "2023-01/2023-06"),
    ("parts of periods", "It shot in Q3 2023.", "2023-07/2023-09"),
    ("parts of periods", "It opens by the end of 2025.", "2025"),
    ("years and months as subjects", "2014 was good for the band.", "2014"),
    ("years and months as subjects", "The tour ended. October was quiet.", "2024-10"),
    ("years and months as subjects", "June was thrilled with the song.", None),
    ("years and months as subjects", "Room 2014 was booked.", None),
    ("years and months as subjects", "The update lands January UTC.", "2024-01"),
    ("Chinese, Japanese, Korean", "映画は2019年3月5日に公開。", "2019-03-05"),
    ("Chinese, Japanese, Korean", "드라마는 2015년 10월 방송.", "2015-10"),
    ("Chinese, Japanese, Korean", "12月24日に公開。", "2024-12-24"),
    ("Chinese, Japanese, Korean", "2000年代の曲。", None),
]

Amount = tuple[float, float | None, str, str]
MONEY: list[tuple[str, str, Amount | None]] = [
    ("after the amount", "Entry was 20€ at the door.", (20, None, "EUR", "exact")),
    ("after the amount", "The CD sells for 35,70 € in Berlin.", (35.7, None, "EUR", "exact")),
    ("after the amount", "Tickets cost 9 800 Kč in Prague.", (9800, None, "CZK", "exact")),
    ("after the amount", "The box set cost 171900 руб. in Moscow.", (171900, None, "RUB", "exact")),
    ("after the amount", "The fee was 100 USD per head.", (100, None, "USD", "exact")),
    ("notation", "A single costs € 2,99 on the store.", (2.99, None, "EUR", "exact")),
    ("notation", "A ticket costs Rp 31.500 in Jakarta.", (31500, None, "IDR", "exact")),
    ("notation", "The rights went for $ 1.144.000.", (1144000, None, "USD", "exact")),
    ("notation", "The set cost 1 234,50 € to build.", (1234.5, None, "EUR", "exact")),
    ("notation", "The film cost ₹1,50,00,000 to make.", (15000000, None, "INR", "exact")),
    ("notation", "The deal was worth €1,500 million.", None),
    ("notation", "The price was 172 kr in Stockholm.", None),
    ("code and symbol", "It retails at NZD $100.70 in Auckland.", (100.7, None, "NZD", "exact")),
    ("code and symbol", "It grossed US$4.7 billion.", (4.7e9, None, "USD", "exact")),
    ("code and symbol", "It grossed HK$5 million.", (5e6, None, "HKD", "exact")),
    ("code and symbol", "It grossed NT$1,160 million.", (1.16e9, None, "TWD", "exact")),
    ("code and symbol", "It grossed RM50 million.", (5e7, None, "MYR", "exact")),
    ("code and symbol", "It grossed ฿3 million.", (3e6, None, "THB", "exact")),
    ("spelled and named", "The bet cost ten dollars.", (10, None, "USD", "exact")),
    ("spelled and named", "It made two million won.", (2e6, None, "KRW", "exact")),
    ("spelled and named", "Entry was 20 Euros.", (20, None, "EUR", "exact")),
    ("spelled and named", "Tickets cost fifty pounds.", (50, None, "GBP", "exact")),
    ("spelled and named", "It made 42 Egyptian pounds.", (42, None, "EGP", "exact")),
    ("spelled and named", "He lost fifty pounds for the role.", None),
    ("subunits", "Each stream pays $20 and 43c.", (20.43, None, "USD", "exact")),
    ("subunits", "Each stream pays 43 cents.", (0.43, None, "USD", "exact")),
    ("subunits", "Each stream pays 5p.", (0.05, None, "GBP", "exact")),
    ("ranges", "Seats cost between $10 and $20.", (10, 20, "USD", "exact")),
    ("ranges", "The film cost $10-20 million.", (1e7, 2e7, "USD", "exact")),
    ("ranges", "It cost 10 to 20 crore rupees.", (1e8, 2e8, "INR", "exact")),
    ("ranges", "It cost $1.5 million to $2 million.", (1.5e6, 2e6, "USD", "exact")),
    ("qualifiers", "Entry is no more than 7 euros.", (7, None, "EUR", "under")),
    ("qualifiers", "Entry is up to 7 euros.", (7, None, "EUR", "under")),
    ("qualifiers", "It cost no less than $5 million.", (5e6, None, "USD", "over")),
    ("qualifiers", "It grossed nearly $2 million.", (2e6, None, "USD", "under")),
    ("qualifiers", "It grossed about 1.2 billion yen.", (1.2e9, None, "JPY", "about")),
    ("korean units", "이 작품은 120억 원 규모다.", (1.2e10, None, "KRW", "exact")),
    ("korean units", "총 1억 5000만원이 들었다.", (1.5e8, None, "KRW", "exact")),
    ("korean units", "한 편에 6억원이 넘게 쓰였다.", (6e8, None, "KRW", "over")),
    ("korean units", "관객 1억 명이 봤다.", None),
    ("japanese and chinese units", "総額2億4000万円を投じた。", (2.4e8, None, "JPY", "exact")),
    ("japanese and chinese units", "投入2.5億台幣製作。", (2.5e8, None, "TWD", "exact")),
    ("japanese and chinese units", "票房4500萬元。", None),
]


def _date_result(doc: dict[str, Any], expected: str | None) -> str:
    values = [d["value"] for d in doc["dates"] if d["value"]]
    if expected is None:
        return "ok" if not values else "wrong"
    return "ok" if expected in values else "miss" if not values else "wrong"


def _money_result(doc: dict[str, Any], expected: Amount | None) -> str:
    items = doc["money"]
    if expected is None:
        return "ok" if not items else "wrong"
    if not items:
        return "miss"
    m = items[0]
    high = m.get("amount_max")  # absent before issue 15
    got = (float(m["amount"]), None if high is None else float(high),
           m["currency"], m["qualifier"])
    want = (float(expected[0]), None if expected[1] is None else float(expected[1]),
            expected[2], expected[3])
    return "ok" if got == want else "wrong"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--details", action="store_true", help="print every miss and wrong value")
    args = parser.parse_args()
    tally: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    details: list[str] = []
    for kind, cases in (("dates", DATES), ("money", MONEY)):
        for family, sentence, expected in cases:
            doc = extract(sentence, reference_date=REF).model_dump(mode="json")
            result = (_date_result(doc, expected) if kind == "dates"  # type: ignore[arg-type]
                      else _money_result(doc, expected))  # type: ignore[arg-type]
            tally[(kind, family)][result] += 1
            if result != "ok":
                details.append(f"  {result:5} {kind}: {sentence!r} expected {expected!r}")
    print(f"{'family':34} {'cases':>5} {'ok':>4} {'miss':>4} {'wrong':>5} {'accuracy':>8}")
    totals: dict[str, Counter[str]] = defaultdict(Counter)
    for (kind, family), c in tally.items():
        n = sum(c.values())
        totals[kind].update(c)
        print(f"{kind + ': ' + family:34} {n:5} {c['ok']:4} {c['miss']:4} {c['wrong']:5} "
              f"{c['ok'] / n:8.3f}")
    for kind, c in totals.items():
        n = sum(c.values())
        print(f"{kind + ': all':34} {n:5} {c['ok']:4} {c['miss']:4} {c['wrong']:5} {c['ok'] / n:8.3f}")
    if args.details:
        print("\n".join(details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
