"""Money: amounts, ISO 4217 currencies, qualifiers, and which amount is the budget."""

from __future__ import annotations

import pytest

from tests.conftest import Run


@pytest.mark.parametrize(("text", "amount", "currency", "qualifier", "quote"), [
    ("It cost $200 million.", 200000000, "USD", "exact", "$200 million"),
    ("A fee of US$1.5M was paid.", 1500000, "USD", "exact", "US$1.5M"),
    ("It made 20 billion won.", 20000000000, "KRW", "exact", "20 billion won"),
    ("Sales hit ₩3.5 billion.", 3500000000, "KRW", "exact", "₩3.5 billion"),
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
