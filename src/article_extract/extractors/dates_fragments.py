"""The pieces the date patterns are built from (dates_rules): a month, a day, a year, a
weekday, a part of a period, the separators of a range, and where a sentence opens."""

from __future__ import annotations

from typing import Any

from ..rules import alternation

_TO = r"\s*(?:to|through|thru|until|till|and|-|–|—)\s*"
_DAYRANGE = r"\s*(?:to|through|thru|until|till|-|–|—)\s*"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_CJK_MONTH = r"(?P<mn1>1[0-2]|0?[1-9])\s?[月월]"
_CJK_DAY = r"(?P<d1>3[01]|[12]\d|0?[1-9])\s?[日일](?!\d)"
# where a sentence opens: the start of the paragraph or after '. ', '! ', '? '
_OPENING = r"(?:(?<![\s\S])|(?<=[.!?]\s))"


def _month_re(data: dict[str, Any], n: str, full_only: bool = False, case: str = "any") -> str:
    """A month name. `case`: 'title' for rules where the month stands without a number (the
    verbs 'may' and 'march' stay out), 'any' where a number sits next to it, 'safe' before a
    number-first date ('18 may apply' is no date): any case except lower-case may/march."""
    names = list(data["full_months"]) if full_only else list(data["months"])
    if case == "title":
        body = alternation(names)
    elif case == "safe":
        loose = [x for x in names if x not in ("May", "March")]
        body = rf"(?i:{alternation(loose)})|May|MAY|March|MARCH"
    else:
        body = rf"(?i:{alternation(names)})"
    return rf"(?<![A-Za-z0-9])(?P<m{n}>{body})(?![A-Za-z])"


def _other(data: dict[str, Any], n: str) -> str:
    """Day, month in another language, year: '25 de abril de 2011', '4. Dezember 2015', and a
    page's stamp '2, abril 2015' (a comma after the day)."""
    names = alternation(list(data["months_other_languages"]))
    return (rf"{_d(n)}[.,]?\s+(?:de\s+)?(?<![^\W\d_])(?P<m{n}>(?i:{names}))(?![^\W\d_])"
            rf"(?:\s+de|,)?\s+{_y(n)}")


def _d(n: str) -> str:
    return rf"(?P<d{n}>{_DAY})(?![\w]|:\d)"


def _dw(data: dict[str, Any], n: str) -> str:
    """A day as an ordinal word ('the first of March', 'March third')."""
    words = alternation(list(data["ordinal_days"]))
    return rf"(?P<d{n}>(?i:{words}))(?![\w-])"


def _y(n: str) -> str:
    return rf"(?P<y{n}>(?:19|20)\d{{2}})(?![\d,]\d)"


def _weekday_re(data: dict[str, Any], name: str = "wd", full_only: bool = True) -> str:
    names = [w for w in data["weekdays"] if not full_only or len(w) > 5]
    return rf"(?<![\w-])(?P<{name}>(?i:{alternation(names)}))"


def _part_re(data: dict[str, Any]) -> str:
    parts = alternation(list(data["parts"]))
    return rf"(?:(?P<part>(?i:{parts}))[- ]?\s*)"
