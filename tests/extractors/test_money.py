"""Money: amounts, ISO 4217 currencies, qualifiers, and which amount is the budget."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Run


@pytest.mark.parametrize(("text", "amount", "currency", "qualifier", "quote"), [
    ("It cost $200 million.", 200000000, "USD", "exact", "$200 million"),
    ("A fee of US$1.5M was paid.", 1500000, "USD", "exact", "US$1.5M"),
    ("It made 20 billion won.", 20000000000, "KRW", "exact", "20 billion won"),
    ("Sales hit ₩3.5 billion.", 3500000000, "KRW", "exact", "₩3.5 billion"),
    ("It has taken VNĐ76 billion.", 76000000000, "VND", "exact", "VNĐ76 billion"),
    ("Sales hit KRW 10 billion.", 10000000000, "KRW", "exact", "KRW 10 billion"),
    ("A €40m production.", 40000000, "EUR", "exact", "€40m"),
    ("A £12 million film.", 12000000, "GBP", "exact", "£12 million"),
    ("It grossed over $48 million.", 48000000, "USD", "over", "over $48 million"),
    ("It grossed nearly $2 million.", 2000000, "USD", "under", "nearly $2 million"),
    ("It grossed about 1.2 billion yen.", 1200000000, "JPY", "about", "about 1.2 billion yen"),
    ("It grossed roughly €18m.", 18000000, "EUR", "about", "roughly €18m"),
    ("A CD costs ₩22,000.", 22000, "KRW", "exact", "₩22,000"),
    ("The rights sold for INR 500 million.", 500000000, "INR", "exact", "INR 500 million"),
    ("Powers to $74 Million opening.", 74000000, "USD", "exact", "$74 Million"),
    ("Its estimated budget of a whopping ₦62 million set a record.", 62000000, "NGN", "about",
     "₦62 million"),
    ("The estimated crowd of 500 paid $20 each.", 20, "USD", "exact", "$20"),
    ("It is a 150 million (rmb) production.", 150000000, "CNY", "exact", "150 million (rmb)"),
    ("It cost 20 million (HKD) in all.", 20000000, "HKD", "exact", "20 million (HKD)"),
    ("드라마 제작비 최소 150억원이 들었다.", 15000000000, "KRW", "over", "150억원"),
    ("드라마 전체 비용은 300억 원을 넘겼다.", 30000000000, "KRW", "over", "300억 원"),
    ("드라마 출연료는 최대 20억 원이다.", 2000000000, "KRW", "under", "20억 원"),
])
def test_money_forms(run: Run, text: str, amount: int, currency: str, qualifier: str,
                     quote: str) -> None:
    (m,) = run(text)["money"]
    assert (m["amount"], m["currency"], m["qualifier"], m["text"]) == (amount, currency,
                                                                       qualifier, quote)
    assert m["evidence"]["text"] == quote


@pytest.mark.parametrize("text", [
    "The drama won Best Drama.",
    "In 2000 fans lined up.",
    "It sold 1.2 million copies.",
    "The video passed 400 million streams.",
    "It weighs 12 pounds.",
    "The pair USD/EUR0,00%0,86 barely moved.",
    "The dollar index rose USD 1.5% against the euro.",
    "They sold 20 million (all) copies.",
    "It reached 3 million (top) views.",
])
def test_not_money(run: Run, text: str) -> None:
    assert run(text)["money"] == []


def test_budget_is_the_amount_tied_to_the_budget_word(run: Run) -> None:
    doc = run('The film "Iron Sky" opened with $74 million. It carries a production budget of '
              "$200 million, and its star commanded a $20 million fee.")
    b = doc["work"]["budget"]
    assert (b["amount"], b["currency"], b["text"]) == (200000000, "USD", "$200 million")
    assert [m["amount"] for m in doc["money"]] == [74000000, 200000000, 20000000]


def test_revenue_is_never_the_budget(run: Run) -> None:
    doc = run("The series earned about 1 million yuan per episode and grossed over $20 million.")
    assert doc["work"]["budget"] is None
    assert len(doc["money"]) == 2


def test_another_works_budget_is_not_ours(run: Run) -> None:
    doc = run('The new drama "Blue Tram" premiered on tvN. "Glass Tiger"\'s budget of $250 '
              "million dwarfs it.")
    assert doc["work"]["budget"] is None


def _money(run: Run, text: str) -> list[tuple[str, float, float | None, str, str]]:
    return [(m["text"], m["amount"], m["amount_max"], m["currency"], m["qualifier"])
            for m in run(text)["money"]]


@pytest.mark.parametrize(("text", "expected"), [
    # symbol, code or name after the amount
    ("Entry was 20€ at the door.", ("20€", 20, None, "EUR", "exact")),
    ("The CD sells for 35,70 € in Berlin.", ("35,70 €", 35.7, None, "EUR", "exact")),
    ("Tickets cost 9 800 Kč in Prague.", ("9 800 Kč", 9800, None, "CZK", "exact")),
    ("The vinyl costs 45,00 zł in Warsaw.", ("45,00 zł", 45, None, "PLN", "exact")),
    ("The box set cost 171900 руб. in Moscow.", ("171900 руб.", 171900, None, "RUB", "exact")),
    ("The fee was 100 USD per head.", ("100 USD", 100, None, "USD", "exact")),
    ("A seat was 3,990 Ft.", ("3,990 Ft", 3990, None, "HUF", "exact")),
    # decimal comma, thousands dot or space, Indian grouping
    ("A single costs € 2,99 on the store.", ("€ 2,99", 2.99, None, "EUR", "exact")),
    ("A ticket costs Rp 31.500 in Jakarta.", ("Rp 31.500", 31500, None, "IDR", "exact")),
    ("The rights went for $ 1.144.000 last year.", ("$ 1.144.000", 1144000, None, "USD", "exact")),
    ("The set cost 1 234,50 € to build.", ("1 234,50 €", 1234.5, None, "EUR", "exact")),
    ("The set cost 2.999,00 EUR to build.", ("2.999,00 EUR", 2999, None, "EUR", "exact")),
    ("The film cost ₹1,50,00,000 to make.", ("₹1,50,00,000", 15000000, None, "INR", "exact")),
    ("The deal was worth $1,500 million.", ("$1,500 million", 1500000000, None, "USD", "exact")),
    ("The deal was worth $1.5 million.", ("$1.5 million", 1500000, None, "USD", "exact")),
    ("A box set is CHF 1'250.50 in Zurich.", ("CHF 1'250.50", 1250.5, None, "CHF", "exact")),
    # a code next to a symbol: the code wins
    ("It retails at NZD $100.70 in Auckland.", ("NZD $100.70", 100.7, None, "NZD", "exact")),
    ("It retails at SGD$4.90 there.", ("SGD$4.90", 4.9, None, "SGD", "exact")),
    ("It retails at £94.50 GBP there.", ("£94.50 GBP", 94.5, None, "GBP", "exact")),
    ("It grossed HK$5 million.", ("HK$5 million", 5000000, None, "HKD", "exact")),
    ("It grossed S$3 million.", ("S$3 million", 3000000, None, "SGD", "exact")),
    ("It grossed A$2 million.", ("A$2 million", 2000000, None, "AUD", "exact")),
    ("It grossed C$7 million.", ("C$7 million", 7000000, None, "CAD", "exact")),
    ("It grossed NT$1,160 million.", ("NT$1,160 million", 1160000000, None, "TWD", "exact")),
    ("It grossed R$260,00 per seat.", ("R$260,00", 260, None, "BRL", "exact")),
    ("It grossed RM50 million.", ("RM50 million", 50000000, None, "MYR", "exact")),
    ("It grossed ₱100 million.", ("₱100 million", 100000000, None, "PHP", "exact")),
    ("It grossed ฿3 million.", ("฿3 million", 3000000, None, "THB", "exact")),
    # spelled numbers, currency names in any case and number
    ("The bet cost ten dollars.", ("ten dollars", 10, None, "USD", "exact")),
    ("It made two million won.", ("two million won", 2000000, None, "KRW", "exact")),
    ("Entry was 20 Euros.", ("20 Euros", 20, None, "EUR", "exact")),
    ("Tickets cost fifty pounds.", ("fifty pounds", 50, None, "GBP", "exact")),
    ("It made twenty-five thousand dollars.", ("twenty-five thousand dollars", 25000, None, "USD",
                                              "exact")),
    ("It made 42 Egyptian pounds.", ("42 Egyptian pounds", 42, None, "EGP", "exact")),
    ("It made 42 Kuwaiti dinars.", ("42 Kuwaiti dinars", 42, None, "KWD", "exact")),
    ("It cost a dollar.", ("a dollar", 1, None, "USD", "exact")),
    # subunits
    ("Each stream pays $20 and 43c.", ("$20 and 43c", 20.43, None, "USD", "exact")),
    ("Each stream pays 43 cents.", ("43 cents", 0.43, None, "USD", "exact")),
    ("Each stream pays 5p.", ("5p", 0.05, None, "GBP", "exact")),
    ("It cost 20 dollars 43 cents.", ("20 dollars 43 cents", 20.43, None, "USD", "exact")),
    # ranges keep both ends
    ("Seats cost between $10 and $20.", ("between $10 and $20", 10, 20, "USD", "exact")),
    ("The film cost $10-20 million.", ("$10-20 million", 10000000, 20000000, "USD", "exact")),
    ("It cost 10 to 20 crore rupees.", ("10 to 20 crore rupees", 100000000, 200000000, "INR",
                                        "exact")),
    ("It cost ₹10 to 20 crore.", ("₹10 to 20 crore", 100000000, 200000000, "INR", "exact")),
    # crore and lakh written in Tamil and Hindi, and their rupee signs
    ("டிக்கெட் விலை ரூ. 150 மட்டுமே.", ("ரூ. 150", 150, None, "INR", "exact")),
    ("टिकट रु. 200 का है।", ("रु. 200", 200, None, "INR", "exact")),
    ("திரைப்படச் செலவு சுமார் 40 கோடி என்றனர்.", ("40 கோடி", 400000000, None, "INR", "exact")),
    ("இசைக்கு 75 லட்சம் ஆனது.", ("75 லட்சம்", 7500000, None, "INR", "exact")),
    ("फिल्म पर 50 करोड़ खर्च हुए।", ("50 करोड़", 500000000, None, "INR", "exact")),
    ("It cost $1.5 million to $2 million.", ("$1.5 million to $2 million", 1500000, 2000000,
                                             "USD", "exact")),
    ("Seats run around 10-20 dollars.", ("around 10-20 dollars", 10, 20, "USD", "about")),
    # qualifiers, negation included
    ("Entry is no more than 7 euros.", ("no more than 7 euros", 7, None, "EUR", "under")),
    ("Entry is not more than 7 euros.", ("not more than 7 euros", 7, None, "EUR", "under")),
    ("Entry is up to 7 euros.", ("up to 7 euros", 7, None, "EUR", "under")),
    ("Entry is at most 7 euros.", ("at most 7 euros", 7, None, "EUR", "under")),
    ("It cost no less than $5 million.", ("no less than $5 million", 5000000, None, "USD", "over")),
    ("It cost at least $5 million.", ("at least $5 million", 5000000, None, "USD", "over")),
])
def test_money_forms_of_the_world(run: Run, text: str,
                                  expected: tuple[str, float, float | None, str, str]) -> None:
    assert _money(run, text) == [expected]


@pytest.mark.parametrize("text", [
    "The deal was worth €1,500 million.",  # euro notation both ways: 1.5 or 1,500 million?
    "The price was 172 kr in Stockholm.",  # kr: SEK, NOK, DKK or ISK
    "It cost 50 riyals.",              # Saudi, Qatari, Omani or Yemeni
    "It cost $20 43.",                 # dollars and cents, or two numbers?
    "It cost 20 ringgit 43.",          # the name belongs to the 20; 43 cents, or a count?
    "It cost $119. 95 at launch.",
    "Earnings were €100 USD.",         # the symbol and the code disagree
    "He lost fifty pounds for the role.",
    "It weighs 12 pounds.",
    "The TOP 10 songs of the year.",
    "Doors open at 5pm.",
])
def test_ambiguous_or_not_money_gives_no_value(run: Run, text: str) -> None:
    assert run(text)["money"] == []


def test_cldr_currency_data_matches_the_pinned_babel(root: Path) -> None:
    """data/generated/currencies_cldr.json is generated, never edited by hand."""
    done = subprocess.run([sys.executable, str(root / "tools" / "cldr_currencies.py"), "--check"],
                          capture_output=True, text=True, check=False)
    assert (done.returncode, done.stderr) == (0, "")


def test_every_iso_code_babel_knows_is_read(run: Run) -> None:
    assert _money(run, "The fee was 42 MNT, then 42 BGN and 42 KZT.") == [
        ("42 MNT", 42, None, "MNT", "exact"), ("42 BGN", 42, None, "BGN", "exact"),
        ("42 KZT", 42, None, "KZT", "exact")]


@pytest.mark.parametrize(("text", "expected"), [
    ("한 편을 찍는 데 6억원이 넘게 쓰였다.", [("6억원", 600_000_000, "KRW", "over")]),
    ("총 1억 5000만원과 5천만 원이 들었다.",
     [("1억 5000만원", 150_000_000, "KRW", "exact"), ("5천만 원", 50_000_000, "KRW", "exact")]),
    ("약 3조 원, 그리고 1억 달러.",
     [("3조 원", 3_000_000_000_000, "KRW", "about"), ("1억 달러", 100_000_000, "USD", "exact")]),
    ("1회당 제작비 6억 들었다.", [("6억", 600_000_000, "KRW", "exact")]),  # a cost noun: won
])
def test_cjk_amounts(run: Run, text: str, expected: list[tuple[str, int, str, str]]) -> None:
    assert [(m["text"], m["amount"], m["currency"], m["qualifier"]) for m in run(text)["money"]] == \
        expected


@pytest.mark.parametrize(("text", "budget"), [
    ("이 영화는 순제작비만 210억원이 들어간 대작이다.", 21_000_000_000),
    ("이 작품은 120억 원 규모의 액션 영화로 마무리됐다.", 12_000_000_000),
    ("1회당 제작비 6억 들었다.", None),  # the cost of one episode
])
def test_korean_budget(run: Run, text: str, budget: int | None) -> None:
    found = run(text)["work"]["budget"]
    assert (found["amount"] if found else None) == budget


@pytest.mark.parametrize(("text", "expected"), [
    ("con unos ocho millones de euros de presupuesto", ("unos ocho millones de euros", 8e6, "EUR", "about")),
    ("um orçamento de dois milhões de reais", ("dois milhões de reais", 2e6, "BRL", "exact")),
    ("un budget di cinque milioni di euro", ("cinque milioni di euro", 5e6, "EUR", "exact")),
    ("le budget reste modeste, près de 9 millions d'euros.", ("près de 9 millions d'euros", 9e6, "EUR",
                                                          "under")),
])
def test_spelled_numbers_and_of_in_other_languages(run: Run, text: str,
                                                   expected: tuple[str, float, str, str]) -> None:
    assert [(m["text"], m["amount"], m["currency"], m["qualifier"]) for m in run(text)["money"]] == \
        [expected]


@pytest.mark.parametrize(("text", "amount"), [
    ("Con unos ocho millones de euros de presupuesto, el equipo viajó.", 8e6),
    ("O orçamento do filme Noite é de dois milhões de reais.", 2e6),
    ("La película recaudó en taquilla cinco millones de euros.", None),
    # French: the series 'will come to' (cost) over 80 million dollars
    ("La série Nuit reviendra à plus de 80 millions de dollars.", 8e7),
    ("Le film Nuit a coûté 12 millions d'euros.", 12e6),
])
def test_budget_words_in_spanish_and_portuguese(run: Run, text: str, amount: float | None) -> None:
    budget = run(text)["work"]["budget"]
    assert (budget["amount"] if budget else None) == amount


def test_m_after_rupiah_is_miliar(run: Run) -> None:
    doc = run("Biaya Produksi Film Malam Capai Rp 45 M\n\nFilm itu menelan Rp 45 miliar, "
              "sedangkan sewa perahu USD 10 ribu per hari.")
    assert [(m["text"], m["amount"], m["currency"]) for m in doc["money"]][:2] == [
        ("Rp 45 M", 45e9, "IDR"), ("Rp 45 miliar", 45e9, "IDR")]
    assert doc["work"]["budget"]["amount"] == 45e9


def test_a_korean_amount_belongs_to_the_work_quoted_after_it(run: Run) -> None:
    doc = run("제작비가 3억원뿐이던 저예산 작품 '별빛'으로 주목받은 감독이 돌아온다. 이번 작품은 "
              "제작비 7억원을 들인 영화 '밤바다'이다. 영화 '밤바다'는 12월 개봉한다.")
    assert doc["work"]["title"] == "밤바다"
    assert doc["work"]["budget"]["amount"] == 700_000_000


@pytest.mark.parametrize(("text", "expected"), [
    ("総額2億4000万円を投じた。", [("2億4000万円", 240_000_000, "JPY", "exact")]),
    ("価格は2,160円(tax in)です。", [("2,160円", 2160, "JPY", "exact")]),
    ("票房就衝破台幣4500萬,觀影人次突破100萬。", [("台幣4500萬", 45_000_000, "TWD", "over")]),
    ("這部砸下新台幣5億多元拍成。", [("新台幣5億多元", 500_000_000, "TWD", "over")]),
    ("总投资约5000万美元。", [("5000万美元", 50_000_000, "USD", "about")]),
    ("票房4500萬元。", []),  # '元' alone: yuan, Taiwan or Hong Kong dollars
    # '元' then the currency's name; the conversion in brackets is about
    ("首日只收進163萬元人民幣(約714萬元台幣)。", [("163萬元人民幣", 1_630_000, "CNY", "exact"),
                                                   ("714萬元台幣", 7_140_000, "TWD", "about")]),
    ("最後至少能拿下5億人民幣。", [("5億人民幣", 500_000_000, "CNY", "over")]),  # can take at least
    ("预售票房已达约300万令吉。", [("300万令吉", 3_000_000, "MYR", "about")]),  # ringgit
])
def test_japanese_and_chinese_amounts(run: Run, text: str,
                                      expected: list[tuple[str, int, str, str]]) -> None:
    assert [(m["text"], m["amount"], m["currency"], m["qualifier"]) for m in run(text)["money"]] == \
        expected


def test_a_chinese_budget_word(run: Run) -> None:
    doc = run("電影「夜港」從籌備到拍攝花了五年,投入2.5億台幣製作;上映5天票房就衝破台幣4500萬。")
    assert (doc["work"]["budget"]["amount"], doc["work"]["budget"]["currency"]) == (250_000_000,
                                                                                  "TWD")


@pytest.mark.parametrize(("text", "amount"), [
    ('Cameras began rolling for "Night Harbor", with more than 2,400 million yuan invested in '
     "it.", 2_400_000_000),
    ('Netflix invested 2 billion won in Korean shows this year; "Night Harbor" is one of them.',
     None),
])
def test_money_invested_in_the_work_is_its_budget(run: Run, text: str, amount: int | None) -> None:
    budget = run(text)["work"]["budget"]
    assert (budget["amount"] if budget else None) == amount


def test_a_russian_budget_word_ties_the_amount(run: Run) -> None:
    doc = run("Триллер «Ночной порт» снимут в Москве. Бюджет картины — 90 млн рублей.")
    assert (doc["work"]["budget"]["amount"], doc["work"]["budget"]["currency"]) == (90000000, "RUB")


@pytest.mark.parametrize(("text", "amount"), [
    ("புதிய திரைப்படம் பட்ஜெட் 8 கோடி கொண்டது. அதன் வசூல் 30 கோடி.", 8e7),
    ("அந்தத் திரைப்படம் வசூல் 30 கோடி பெற்றது.", None),
    ("फिल्म 'रात का बंदरगाह' का बजट 50 करोड़ है।", 5e8),
])
def test_budget_words_in_tamil_and_hindi(run: Run, text: str, amount: float | None) -> None:
    budget = run(text)["work"]["budget"]
    assert (budget["amount"] if budget else None) == amount
