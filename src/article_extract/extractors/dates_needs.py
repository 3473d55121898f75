"""What every match of a date rule holds (a month name, a weekday name, four digits), and how a
window shows it: the rules run only around those (dates_rules.find_matches)."""

from __future__ import annotations

import re
from typing import Any

from ..rules import alternation

# what every match of a rule contains, beyond what every window holds: a month name ('M'), a
# weekday name ('W'), four digits ('Y'), a number before a CJK month sign ('C': '3月'). A
# window without it is not searched by that rule; tests/extractors/test_windows.py checks each
# rule's hits over the corpora and test strings
NEEDS: dict[str, str] = {
    "dates.range_full": "MY", "dates.range_full_dmy": "MY", "dates.range_shared_year": "MY",
    "dates.range_shared_year_dmy": "MY", "dates.range_same_month": "MY",
    "dates.range_same_month_dmy": "MY", "dates.range_months": "M", "dates.range_month_names": "MY",
    "dates.range_context_year": "M", "dates.range_context_year_dmy": "M",
    "dates.range_same_month_dmy_context": "M", "dates.range_years": "Y", "dates.range_years_dash": "Y",
    "dates.range_years_paren": "Y", "dates.month_day_year": "MY", "dates.day_month_year": "MY",
    "dates.day_month_yy": "M", "dates.day_month_yy_line": "M", "dates.month_day_yy": "M",
    "dates.month_yy": "M",
    "dates.ordinal_of_month": "M", "dates.month_ordinal": "M", "dates.month_ordinal_year": "MY",
    "dates.iso": "Y", "dates.year_month_numeric": "Y", "dates.month_year_numeric": "Y",
    "dates.month_year": "MY", "dates.month_day": "M", "dates.day_month": "M",
    "dates.day_of_month": "M", "dates.month_context": "M", "dates.part_year": "Y",
    "dates.season_year": "Y", "dates.year_fraction": "Y", "dates.year_cued": "Y",
    "dates.year_paren": "Y", "dates.year_alone": "Y", "dates.day_month_year_other": "Y",
    "dates.range_between_other": "Y", "dates.range_full_other": "Y", "dates.year_attributive": "Y",
    "dates.month_attributive": "M", "dates.year_subject": "Y", "dates.month_subject": "M",
    "dates.month_zone": "M", "dates.cjk_ymd": "Y", "dates.cjk_ym": "Y", "dates.cjk_year": "Y",
    "dates.cjk_md": "C",
    "dates.holiday": "Y", "dates.day_pair": "MY", "dates.range_same_month_context": "M",
    "dates.month_relative_year": "M", "dates.month_relative": "M", "dates.year_cued_old": "Y",
    "dates.year_possessive": "Y", "dates.weekday_relative": "W", "dates.weekday_after_next": "W",
    "dates.weekday_of_week": "W", "dates.nth_weekday_of_month": "WM", "dates.week_of_month": "M",
    "dates.last_day_of_month": "M", "dates.weekday": "W",
}


def features(data: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """How a window shows it holds a month name, a weekday name, four digits."""
    months = alternation(list(data["months"]))
    weekdays = alternation(list(data["weekdays"]))
    return {"M": re.compile(rf"(?<![A-Za-z0-9])(?i:{months})(?![A-Za-z])"),
            "W": re.compile(rf"(?<![\w-])(?i:{weekdays})"), "Y": re.compile(r"\d{4}"),
            "C": re.compile(r"\d\s?[月월]")}


def feature_candidates(data: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """Where a month or weekday name may start, found on the folded text (`fold_ascii`) with a
    case-sensitive alternation, then confirmed by the feature itself: the same occurrences,
    several times faster than a case-blind scan."""
    return {"M": re.compile(alternation([m.lower() for m in data["months"]])),
            "W": re.compile(alternation([w.lower() for w in data["weekdays"]]))}
