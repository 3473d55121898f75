"""Dates: regular expressions over the raw text, normalized to ISO 8601 with an explicit grain.

Patterns run on prose paragraphs (noise and list items excluded). Days and months stated without
a year take it from the nearest preceding stated year ("context"), else from the reference date;
relative dates ("last year", "said Friday", "two weeks ago") resolve only against a reference
date, otherwise their value is null (a bare weekday with no reference date is no date at all).
Numeric dates whose day/month order is ambiguous follow the article's own signals, else its
dateline, else day-first with an `ambiguous_date_order` warning (docs/dates_money.md).
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from dateutil.relativedelta import relativedelta

from ..context import Context
from ..contract import Category, Doc, Emitted, Extractor, Fact, Norm
from ..lines import Line
from ..models import DateItem, Part, Precision, YearSource
from ..models import Warning as ArticleWarning
from ..rules import RuleSet, alternation, shipped
from ..spans import Match, prefer_longest

_TO = r"\s*(?:to|through|thru|until|till|and|-|–|—)\s*"
_AND = re.compile(r"\sand\s")
_DAYRANGE = r"\s*(?:to|through|thru|until|till|-|–|—)\s*"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"


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


def _patterns(data: dict[str, Any]) -> list[tuple[str, re.Pattern[str], int]]:
    m1, m2, d1, d2, y1, y2 = _month_re(data, "1"), _month_re(data, "2"), _d("1"), _d("2"), _y("1"), _y("2")
    fm1, fm2 = _month_re(data, "1", True, "title"), _month_re(data, "2", True, "title")
    sm1, sm2 = _month_re(data, "1", case="safe"), _month_re(data, "2", case="safe")
    am1 = _month_re(data, "1", True)
    cues = alternation(data["bare_month_cues"])
    ycues = alternation(data["year_cues"])
    part = rf"{_part_re(data)}?"
    wd = _weekday_re(data)
    counts = alternation(list(data["count_words"]))
    cnt = rf"(?P<cnt>\d{{1,2}}|(?i:{counts}))"
    unit = r"(?P<unit>(?i:days?|weeks?|fortnights?|months?|years?))"
    nth = r"(?P<nth>(?i:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th))"
    yy = r"(?P<yy1>\d\d)(?=[.,;:!?)]|\s*$)"
    seasons = alternation(list(data["seasons"]))
    specs = [
        ("dates.range_full", rf"(?:from\s+)?{m1}\s+{d1},?\s+{y1}{_TO}{m2}\s+{d2},?\s+{y2}", 9),
        ("dates.range_full_dmy", rf"(?:from\s+)?{d1}\s+{sm1},?\s+{y1}{_TO}{d2}\s+{sm2},?\s+{y2}", 9),
        ("dates.range_shared_year", rf"(?:from\s+|between\s+)?{m1}\s+{d1}{_TO}{m2}\s+{d2},?\s+{y2}",
         8),
        ("dates.range_shared_year_dmy",
         rf"(?:from\s+|between\s+)?{d1}\s+{sm1}{_TO}{d2}\s+{sm2},?\s+{y2}", 8),
        ("dates.range_same_month", rf"{m1}\s+{d1}{_DAYRANGE}{d2},?\s+{y2}", 8),
        ("dates.range_same_month_dmy", rf"{d1}{_DAYRANGE}{d2}\s+{sm1},?\s+{y2}", 8),
        ("dates.range_months",
         rf"(?:from|between)\s+{part}{fm1}(?:,?\s+{y1})?\s+(?:to|and|through|until|till)\s+"
         rf"{_month_re(data, '2', True, 'title')}(?:,?\s+{y2})?"
         r"(?:\s+(?P<rel>(?i:last|this|next))\s+year(?![A-Za-z]))?", 7),
        ("dates.range_month_names", rf"{fm1}\s*(?:-|–|—|to|through)\s*{fm2},?\s+{y2}", 7),
        ("dates.range_context_year", rf"(?:from\s+|between\s+)?{m1}\s+{d1}{_TO}{m2}\s+{d2}", 6),
        ("dates.range_context_year_dmy",
         rf"(?:from\s+|between\s+)?{d1}\s+{sm1}{_TO}{d2}\s+{sm2}(?!,?\s*(?:19|20)\d\d)", 6),
        ("dates.range_same_month_dmy_context",
         rf"(?<![\d,.]){d1}{_DAYRANGE}{d2}\s+(?:of\s+)?{sm1}(?!,?\s*(?:19|20)\d\d)", 6),
        ("dates.range_years", rf"(?:from|between)\s+{y1}\s+(?:to|and|through|until|till)\s+{y2}", 6),
        ("dates.range_years_dash",
         r"(?<![\w.,$€£¥₩/:-])(?P<y1>(?:19|20)\d\d)\s?[-–—]\s?(?P<y2>(?:19|20)\d\d|\d\d)(?![\w%/:-]|[.,]\d)",
         5),
        # 'Alfred Newman (1901-1970)': a life in brackets may span more than 50 years
        ("dates.range_years_paren",
         r"\((?P<y1>(?:1[6-9]|20)\d\d)\s?[-–—]\s?(?P<y2>(?:1[6-9]|20)\d\d)\)", 6),
        ("dates.month_day_year", rf"{m1}\s+(?:the\s+)?{d1}(?:,\s*|\s+){y1}", 5),
        ("dates.day_month_year", rf"{d1}\s+(?:of\s+)?{sm1}(?:,\s*|\s+){y1}", 5),
        ("dates.day_month_yy", rf"(?P<d1>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\s+(?:of\s+)?{sm1}\s+"
         rf"['’]?{yy}", 5),
        ("dates.month_day_yy", rf"{m1}\s+{d1},?\s+['’](?P<yy1>\d\d)(?![\w])", 5),
        ("dates.month_yy", rf"{fm1}\s+['’](?P<yy1>\d\d)(?![\w])", 4),
        ("dates.ordinal_of_month",
         rf"(?<![A-Za-z])(?:the\s+)?{_dw(data, '1')}\s+(?:day\s+)?(?:of|in)\s+{am1}(?:,?\s+{y1})?", 5),
        ("dates.month_ordinal", rf"{fm1}\s+(?:the\s+)?{_dw(data, '1')}(?:,?\s+{y1})?", 4),
        ("dates.month_ordinal_year", rf"{am1}\s+(?:the\s+)?{_dw(data, '1')},?\s+{y1}", 5),
        ("dates.iso", r"(?<![\d.\-/])(?P<y1>(?:19|20)\d{2})(?P<sep>[-./])(?P<mn1>0?[1-9]|1[0-2])"
         r"(?P=sep)(?P<d1>0?[1-9]|[12]\d|3[01])(?![\d.\-/]\d|\d)", 5),
        ("dates.numeric", r"(?<![\w./-])(?P<na>\d{1,2})(?P<sep>[/.-])(?P<nb>\d{1,2})(?P=sep)"
         r"(?P<ny>(?:19|20)\d{2}|\d{2})(?![\w]|[./-]\d)", 5),
        ("dates.year_month_numeric", r"(?<![\w./-])(?P<y1>(?:19|20)\d{2})/(?P<mn1>0?[1-9]|1[0-2])"
         r"(?![\w/]|[.,]\d)", 4),
        ("dates.month_year_numeric", r"(?<![\w./-])(?P<mn1>0?[1-9]|1[0-2])/(?P<y1>(?:19|20)\d{2})"
         r"(?![\w/]|[.,]\d)", 4),
        ("dates.month_year", rf"{part}{m1},?\s+(?:of\s+)?{y1}", 4),
        ("dates.month_day", rf"{m1}\s+(?:the\s+)?{d1}", 3),
        ("dates.day_month", rf"(?<![\d,.]){d1}\s+(?:of\s+)?{_month_re(data, '1', True, 'safe')}", 3),
        ("dates.day_of_month", rf"(?<![\d,.]){d1}\s+of\s+{am1}(?:,?\s+{y1})?", 3),
        ("dates.month_context", rf"(?<![A-Za-z])(?:{cues})\s+{part}{fm1}(?!\s*\d)", 2),
        ("dates.part_year", rf"(?<![A-Za-z]){_part_re(data)}{y1}(?!\d|s\b|-\d)", 2),
        # 'spring 2023', 'the summer of 2024': a season is told at the year's grain
        ("dates.season_year", rf"(?<![A-Za-z])(?:{_part_re(data)})?(?i:{seasons}),?\s+(?:of\s+)?{y1}"
         r"(?!\d|s\b|-\d)", 3),
        ("dates.season_relative",
         rf"(?<![A-Za-z])(?P<rel>(?i:this|last|next|earlier\s+this|later\s+this|this\s+coming|"
         rf"this\s+past))\s+(?P<season>(?i:{seasons}))(?![A-Za-z])", 3),
        ("dates.year_fraction",
         rf"(?<![A-Za-z])(?:(?:the\s+)?(?P<frac>(?i:first|second|third|fourth|1st|2nd|3rd|4th))\s+"
         rf"(?P<fu>(?i:half|quarter))\s+(?:of\s+)?(?:the\s+year\s+)?|(?P<hq>[HQ][1-4])\s+){y1}"
         r"(?!\d|s\b|-\d)", 4),
        ("dates.year_cued", rf"(?<![A-Za-z])(?:{ycues})\s+(?:the\s+(?:year\s+)?)?{y1}(?!\d|s\b|-\d)", 1),
        ("dates.year_paren", rf"\((?:[^()\n]{{0,60}},\s*)?{y1}\)", 1),
        ("dates.year_attributive",
         rf"(?<![\w$€£¥₩.,])(?:(?i:the|a|an|his|her|their|its|whose)|[A-Z][\w-]*['’]s?)\s+"
         rf"(?:[a-z]+(?:-[a-z]+)?\s+)?{y1}\s+"
         rf"(?:(?:[a-z-]+\s+){{0,2}}?|(?:[A-Z][\w-]*\s+(?:(?:and|of|&)\s+)?){{1,5}}?|"
         rf"(?:(?!(?:the|a|an|at|in|of|on|for|to|with|and|who|that)\s)[A-Za-z-]+\s+){{1,3}}?)"
         rf"(?i:{alternation(data['year_attributive_nouns'])})(?![\w])",
         1),
        ("dates.month_attributive",
         rf"(?<![\w$€£¥₩.,])(?i:the|a|an|his|her|their|its)\s+{part}{fm1}\s+"
         rf"(?:{alternation(data['month_attributive_nouns'])})(?![\w])", 2),
        # 'his showcase on the 28th': a day of the reference date's month
        ("dates.day_ordinal",
         r"(?<![A-Za-z])(?:on|by|until|till|from|since|before)\s+the\s+"
         r"(?P<d1>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))"
         r"(?=\s*(?:[,.;:!?)]|\Z)|\s+(?:where|when|at|and|with|to|for)\s)", 3),
        # 'Christmas Day 2011 and 2012': a fixed holiday with its year(s)
        ("dates.holiday",
         rf"(?<![A-Za-z])(?P<hol>(?i:{alternation(list(data['holidays']))}))\s+(?:of\s+)?{y1}"
         r"(?:\s+(?:and|&)\s+(?P<y2>(?:19|20)\d{2})(?![\d,]\d))?", 6),
        ("dates.day_pair", rf"{m1}\s+{d1}\s+(?:and|&)\s+{d2},?\s+{y1}", 6),
        ("dates.range_same_month_context", rf"{m1}\s+{d1}{_DAYRANGE}{d2}(?!\d|\s*,?\s*(?:19|20)\d\d)",
         6),
        ("dates.month_relative_year",
         rf"{fm1}\s+(?:of\s+)?(?P<rel>last|this|next)\s+year(?![A-Za-z])", 6),
        ("dates.month_relative", rf"(?<![A-Za-z])(?P<rel>(?i:last|next|this))\s+{fm1}(?![A-Za-z]|\s*\d)",
         5),
        ("dates.year_cued_old", r"(?<![A-Za-z])(?:in|since|from|of|until|by)\s+(?P<y1>1[89]\d\d)"
         r"(?![\d,]\d|s\b)", 1),
        ("dates.year_possessive", rf"(?<![\d$€£¥₩,.]){y1}['’]s\b", 1),
        ("dates.relative",
         r"(?<![A-Za-z])(?P<rel>(?:the\s+)?day\s+(?:after\s+tomorrow|before\s+yesterday)|"
         r"(?:earlier|later)\s+this\s+(?:year|month)|(?:last|this|next)\s+(?:year|yr|month|week)|"
         r"yesterday|today|tomorrow)(?![A-Za-z])"
         r"|(?:(?<=^)|(?<=[.!?]\s)|(?<=[\"“‘(]))(?P<relc>(?:The\s+)?Day\s+(?:after\s+tomorrow|"
         r"before\s+yesterday)|(?:Earlier|Later)\s+this\s+(?:year|month)|(?:Last|This|Next)\s+"
         r"(?:year|month|week)|Yesterday|Today|Tomorrow)(?![A-Za-z])", 1),
        ("dates.relative_count",
         rf"(?<![\w-]){cnt}\s+{unit}\s+(?P<dir>(?i:ago|hence|from\s+(?:now|today)))(?![A-Za-z])", 3),
        ("dates.relative_in", rf"(?<![A-Za-z])in\s+{cnt}\s+{unit}(?:['’]?\s+time)?(?![A-Za-z])", 3),
        ("dates.weekday_relative",
         rf"(?<![A-Za-z])(?P<wrel>(?i:last|next|this\s+(?:coming|past)|this|coming|past))\s+{wd}"
         r"(?![\w-])", 4),
        ("dates.weekday_after_next", rf"{wd}\s+after\s+next(?![A-Za-z])", 4),
        ("dates.weekday_of_week",
         rf"{wd}\s+(?:of\s+)?(?P<wk>(?i:this|next|last))\s+week(?![A-Za-z])", 4),
        ("dates.nth_weekday_of_month",
         rf"(?<![A-Za-z])(?:the\s+)?{nth}\s+{wd}\s+(?:of|in)\s+{am1}(?:,?\s+{y1})?", 6),
        ("dates.week_of_month",
         rf"(?<![A-Za-z])(?:the\s+)?{nth}\s+week\s+(?:of|in)\s+{am1}(?:,?\s+{y1})?", 6),
        ("dates.last_day_of_month",
         rf"(?<![A-Za-z])(?:the\s+)?(?P<nth>(?i:last))\s+day\s+(?:of|in)\s+{am1}(?:,?\s+{y1})?", 6),
        ("dates.weekday",
         rf"{wd}(?![\w-]|\s*[-–—]\s*\w|\s*(?:to|through|and|or|&)\s+{_weekday_re(data, 'wd2')}|"
         rf",?\s*\(?\s*(?:the\s+)?(?:\d|{_month_re(data, 'x')}))", 2),
    ]
    return [(rid, re.compile(p), prio) for rid, p, prio in specs]


def _trigger(data: dict[str, Any]) -> re.Pattern[str]:
    """What every date rule needs in its match: a digit, a month or weekday name or a relative
    word. The rules run only around these (a date reaches at most ~70 characters before one
    and 80 after), so their long alternations are not tried at every character."""
    return re.compile(rf"\d|(?i:{alternation(list(data['months']))}|"
                      rf"{alternation(list(data['weekdays']))}|{alternation(list(data['seasons']))}|"
                      r"year|yr|month|week|yesterday|"
                      r"today|tomorrow|fortnight)")


def _not_after_year(data: dict[str, Any]) -> re.Pattern[str]:
    words: list[str] = data["not_after_year"]
    return re.compile(rf"\s*(?:{alternation(words)})(?![A-Za-z])", re.I)



@dataclass(frozen=True)
class _Cal:
    """The calendar data of one RuleSet (data/calendar.json plus an overlay) and the patterns
    compiled from it, built once per RuleSet."""

    data: dict[str, Any]
    months: dict[str, int]  # month names and abbreviations, any case ('MARCH 3', 'march 3')
    weekdays: dict[str, int]
    patterns: list[tuple[str, re.Pattern[str], int]]
    trigger: re.Pattern[str]
    not_after_year: re.Pattern[str]
    tense: tuple[re.Pattern[str], re.Pattern[str]]
    weekday_beside: tuple[re.Pattern[str], re.Pattern[str]]
    event: tuple[re.Pattern[str], dict[str, str]]

    @classmethod
    def build(cls, rules: RuleSet) -> _Cal:
        data: dict[str, Any] = rules.data("calendar")
        return cls(data, {k.lower(): v for k, v in data["months"].items()},
                   {k.lower(): v for k, v in data["weekdays"].items()}, _patterns(data),
                   _trigger(data), _not_after_year(data), _tense_res(data),
                   _weekday_beside(data), _event_re(data))


def _cal(rules: RuleSet | None = None) -> _Cal:
    return (rules or shipped()).compiled(_Cal.build)


@dataclass
class _Parsed:
    match: Match
    start: tuple[int, int | None, int | None]  # year, month, day (year 0 = unknown)
    end: tuple[int, int | None, int | None] | None
    stated_year: bool
    relative: str | None = None
    part: Part | None = None
    special: tuple[str, int, int] | None = None  # computed once the year is known
    numeric: tuple[int, int, int] | None = None  # an ambiguous 'a/b/yyyy': order decided later


def _split_pairs(matches: list[Match]) -> list[Match]:
    """'Feb. 15 and 16, 2025' names two days: two dates, each with its own evidence."""
    out: list[Match] = []
    for m in matches:
        g = m.groups
        if m.rule == "dates.day_pair":
            first, second = dict(g, d2=None), dict(g, d1=g["d2"], d2=None)
        elif m.rule == "dates.holiday" and g.get("y2"):  # 'Christmas Day 2011 and 2012'
            first, second = dict(g, y2=None), dict(g, y1=g["y2"], y2=None)
        else:
            out.append(m)
            continue
        out.append(Match(m.rule, m.start, m.start + int(g["_d1_end"] or 0), first))
        out.append(Match(m.rule, m.start + int(g["_d2_start"] or 0), m.end, second))
    return out


def _month(cal: _Cal, name: str | None) -> int | None:
    return cal.months.get(name.lower()) if name else None


def _int(v: str | None) -> int | None:
    return int(v) if v else None


def _day(cal: _Cal, v: str | None) -> int | None:
    """'15', '15th', 'fifteenth' -> 15."""
    if not v:
        return None
    digits = re.match(r"\d+", v)
    if digits:
        return int(digits.group(0))
    words: dict[str, int] = cal.data["ordinal_days"]
    return words.get(v.lower())


def _part(cal: _Cal, phrase: str | None) -> Part | None:
    if not phrase:
        return None
    parts: dict[str, Part] = cal.data["parts"]
    return parts.get(" ".join(phrase.lower().split()))


def _two_digit_year(yy: int, ref: date | None) -> int:
    """'17' -> 2017, '74' -> 1974: the century that puts the year at most ten years after the
    reference date (or after 2039 without one)."""
    limit = (ref.year if ref else 2029) + 10
    return 2000 + yy if 2000 + yy <= limit else 1900 + yy


_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
        "fifth": 5, "5th": 5, "last": -1}


def _parse(cal: _Cal, m: Match, ref: date | None = None) -> _Parsed | None:
    g = m.groups
    rule = m.rule
    if rule in _RELATIVE_RULES:
        return _Parsed(m, (0, _month(cal, g.get("m1")), None), None, False, relative=rule)
    if rule == "dates.month_relative_year":
        return _Parsed(m, (0, _month(cal, g.get("m1")), None), None, False,
                       relative=f"{(g['rel'] or '').lower()} year")
    part = _part(cal, g.get("part"))
    if rule == "dates.numeric":
        a, b, yr = int(g["na"] or 0), int(g["nb"] or 0), g["ny"] or ""
        if len(yr) == 2 and g["sep"] != "/" and a <= 12 and b <= 12:
            return None  # '10-11-12', '3.4.15': too much like a code or a version number
        year = int(yr) if len(yr) == 4 else _two_digit_year(int(yr), ref)
        return _Parsed(m, (year, None, None), None, True, numeric=(a, b, year))
    if rule == "dates.year_month_numeric":
        y, mo = int(g["y1"] or 0), int(g["mn1"] or 0)
        if mo == (y + 1) % 100:
            return None  # '2009/10' is a season as much as October 2009
        return _Parsed(m, (y, mo, None), None, True)
    if rule == "dates.year_fraction":
        y = int(g["y1"] or 0)
        hq = g.get("hq")
        if hq:
            kind, n = ("half" if hq[0] == "H" else "quarter"), int(hq[1])
        else:
            kind, n = (g["fu"] or "").lower(), _NTH[(g["frac"] or "").lower()]
        size = 6 if kind == "half" else 3
        if n * size > 12:
            return None
        return _Parsed(m, (y, (n - 1) * size + 1, None), (y, n * size, None), True)
    if rule == "dates.holiday":
        mo, day = cal.data["holidays"][" ".join((g.get("hol") or "").lower().split())]
        return _Parsed(m, (int(g["y1"] or 0), mo, day), None, True)
    if rule in ("dates.nth_weekday_of_month", "dates.week_of_month", "dates.last_day_of_month"):
        stated = _int(g.get("y1"))
        n = _NTH[(g["nth"] or "").lower()]
        wd = cal.weekdays.get((g.get("wd") or "").lower(), 0)
        return _Parsed(m, (stated or 0, _month(cal, g.get("m1")), None), None, stated is not None,
                       special=(rule, n, wd))
    mon1 = _int(g.get("mn1")) or _month(cal, g.get("m1"))
    mon2 = _month(cal, g.get("m2"))
    y1, y2 = _int(g.get("y1")), _int(g.get("y2"))
    if g.get("yy1"):
        y1 = _two_digit_year(int((g["yy1"] or "").lstrip("'’")), ref)
    d1, d2 = _day(cal, g.get("d1")), _day(cal, g.get("d2"))
    if rule == "dates.range_years_dash" and y1 and y2 is not None:
        if y2 < 100:
            y2 += y1 - y1 % 100
        if not 0 < y2 - y1 <= 50:
            return None
    is_range = rule.startswith("dates.range")
    if not is_range:
        return _Parsed(m, (y1 or 0, mon1, d1), None, y1 is not None, part=part)
    if rule.startswith("dates.range_same_month"):
        mon2 = mon1
    if rule == "dates.range_months" and g.get("rel"):
        return _Parsed(m, (0, mon1, None), (0, mon2, None), False,
                       relative=f"{(g['rel'] or '').lower()} year", part=part)
    year_end = y2 or y1 or 0
    year_start = y1 or y2 or 0
    if y1 is None and y2 is not None and mon1 and mon2 and (mon1, d1 or 0) > (mon2, d2 or 0):
        year_start = y2 - 1  # "Dec. 20 to Jan. 5, 2025" starts in 2024
    if rule == "dates.range_years_paren" and y1 and y2 is not None and not 0 < y2 - y1 <= 120:
        return None
    if rule in ("dates.range_years", "dates.range_years_dash", "dates.range_years_paren"):
        return _Parsed(m, (year_start, None, None), (year_end, None, None), True)
    return _Parsed(m, (year_start, mon1, d1), (year_end, mon2, d2), bool(y1 or y2), part=part)


_RELATIVE_RULES = frozenset({
    "dates.relative", "dates.relative_count", "dates.relative_in", "dates.weekday",
    "dates.weekday_relative", "dates.weekday_after_next", "dates.weekday_of_week",
    "dates.month_relative", "dates.season_relative", "dates.day_ordinal"})


def _valid(y: int, mo: int | None, d: int | None) -> bool:
    if mo is None:
        return d is None
    if not 1 <= mo <= 12:
        return False
    return d is None or 1 <= d <= calendar.monthrange(y or 2000, mo)[1]


def _fmt(y: int, mo: int | None, d: int | None) -> str:
    if mo is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{mo:02d}"
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _precision(mo: int | None, d: int | None) -> Precision:
    return "year" if mo is None else "month" if d is None else "day"


def _tense_res(data: dict[str, Any]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    future = alternation(data["future_cues"])
    past = alternation(data["past_verbs"])
    return (re.compile(rf"(?<![A-Za-z])(?:{future})(?![A-Za-z])", re.I),
            re.compile(rf"(?<![A-Za-z])(?:{past}|[a-z]{{3,}}ed)(?![A-Za-z])", re.I))


_CLAUSE = re.compile(r"[^.;!?\n]*$")


def _direction(cal: _Cal, chunk: str, start: int, end: int) -> str | None:
    """Whether a bare weekday lies ahead ('will premiere Friday', 'opens Friday') or behind
    ('said Friday', 'announced on Monday') of the article's date; None when the clause does
    not say (then the weekday is not resolved)."""
    head = chunk[max(0, start - 100) : start]
    cut = _CLAUSE.search(head)
    clause = head[cut.start():] if cut else head
    tail = chunk[end : end + 30].split(".")[0]
    future, past = cal.tense
    if future.search(clause):
        return "future"
    if past.search(clause) or re.match(r"\s*(?:,\s*)?(?:said|announced|told|confirmed)\b", tail):
        return "past"
    return None


_LOWER_WORD = re.compile(r"\s+[a-z]")
_SCHEDULE = re.compile(r"(?i)(?:\b(?:every|each|most)\s+|(?:day|\.)\s*(?:to|through|and|or|&|-|–)\s*)$")
_DAY_PART = re.compile(r"(?i)\s*(?:morning|afternoon|evening|night)s?\b")


def find_matches(text: str, start: int, end: int, rules: RuleSet | None = None) -> list[Match]:
    """All date-rule hits inside `text[start:end]`, overlaps resolved."""
    cal = _cal(rules)
    chunk = text[start:end]
    found: list[Match] = []
    windows: list[tuple[int, int]] = []
    for a in cal.trigger.finditer(chunk):
        lo, hi = max(0, a.start() - 70), min(len(chunk), a.end() + 80)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    for rid, pattern, prio in cal.patterns:
        for m in (m for lo, hi in windows for m in pattern.finditer(chunk, lo, hi)):
            if rid == "dates.year_cued" and cal.not_after_year.match(chunk, m.end()):
                continue
            s, e = m.span()
            if (rid.startswith("dates.range") and _AND.search(m.group(0))
                    and not m.group(0).lower().startswith("between")):
                continue  # "A and B" lists two dates; only "between A and B" is a range
            groups = m.groupdict()
            if groups.get("m1") in ("may", "march") and groups.get("d1") and m.start(
                    "m1") < m.start("d1") and _LOWER_WORD.match(chunk, m.end("d1")):
                continue  # 'fans may 3 times': the verb, not the month
            if rid in ("dates.year_paren", "dates.year_attributive"):
                s, e = m.span("y1")
            if rid == "dates.range_years_paren":
                s, e = s + 1, e - 1
            if rid == "dates.month_attributive":
                s, e = m.span("part") if m.group("part") else m.span("m1")
                e = m.end("m1")
            if rid == "dates.day_ordinal":
                s = m.start("d1")
                groups["_dir"] = _direction(cal, chunk, s, e) or "this"
            if rid in ("dates.month_context", "dates.year_cued"):
                s = m.start("m1") if "m1" in m.groupdict() and m.group("m1") else m.start("y1")
                if rid == "dates.month_context" and m.group("part"):
                    s = m.start("part")
            if rid == "dates.weekday":
                if _SCHEDULE.search(chunk, max(0, s - 24), s) or _DAY_PART.match(chunk, e):
                    continue  # 'every Friday', 'Friday and Saturday', 'Monday morning' (habits)
                direction = _direction(cal, chunk, s, e)
                if direction is None:
                    continue
                groups["_dir"] = direction
            if rid == "dates.relative_in" and not cal.tense[0].search(
                    chunk[max(0, s - 100) : s].rsplit(".", 1)[-1]):
                continue  # 'finished in two weeks' is a duration; 'will arrive in two weeks' a date
            if rid == "dates.day_pair":
                groups["_d1_end"] = str(m.end("d1") - m.start())
                groups["_d2_start"] = str(m.start("d2") - m.start())
            if rid == "dates.holiday" and m.group("y2"):
                groups["_d1_end"] = str(m.end("y1") - m.start())
                groups["_d2_start"] = str(m.start("y2") - m.start())
            found.append(Match(rid, start + s, start + e, groups, prio))
    return prefer_longest(found)


def _weekday_beside(data: dict[str, Any]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = alternation(list(data["weekdays"]))
    return (re.compile(rf"(?<![\w-])(?P<wd>(?i:{names}))\.?,?\s+(?:the\s+)?$"),
            re.compile(rf",?\s+(?P<wd>(?i:{names}))(?![\w-])"))


def _stated_weekday(cal: _Cal, text: str, start: int, end: int) -> int | None:
    """'Fri, Jul 18' / 'Jul 18, Fri': the weekday written with a date."""
    before, after = cal.weekday_beside
    m = before.search(text, max(0, start - 14), start) or after.match(text, end)
    return cal.weekdays.get(m.group("wd").lower()) if m else None


def _year_for_weekday(base: int, month: int, day: int, weekday: int) -> int | None:
    """The year nearest to `base` in which that day falls on that weekday."""
    for delta in (0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6):
        y = base + delta
        if _valid(y, month, day) and date(y, month, day).weekday() == weekday:
            return y
    return None


def _apply_special(p: _Parsed, year: int) -> tuple[tuple[int, int | None, int | None],
                                                  tuple[int, int | None, int | None] | None] | None:
    """'last Monday of March', 'the first week of May', 'last day of October' once the year is
    known."""
    assert p.special is not None
    rule, n, wd = p.special
    mo = p.start[1]
    if mo is None:
        return None
    last = calendar.monthrange(year, mo)[1]
    if rule == "dates.last_day_of_month":
        return (year, mo, last), None
    if rule == "dates.week_of_month":
        first = last - 6 if n == -1 else (n - 1) * 7 + 1
        if first + 6 > last and n != -1:
            return None
        return (year, mo, first), (year, mo, first + 6)
    days = [d for d in range(1, last + 1) if date(year, mo, d).weekday() == wd]
    if n == -1:
        return (year, mo, days[-1]), None
    return ((year, mo, days[n - 1]), None) if n <= len(days) else None


_DAY_FIRST_RULES = frozenset({
    "dates.day_month_year", "dates.day_month", "dates.range_full_dmy", "dates.range_shared_year_dmy",
    "dates.range_same_month_dmy", "dates.range_context_year_dmy", "dates.range_same_month_dmy_context"})


def _order(ctx: Context, parsed: list[_Parsed]) -> tuple[str, bool]:
    """Day/month order of the article's ambiguous numeric dates, and whether it is a guess:
    its own unambiguous numeric dates, else dates written day-first in words, else its dateline
    (American: month first), else day first, flagged."""
    dmy = mdy = 0
    for p in parsed:
        if p.numeric:
            a, b, _ = p.numeric
            dmy += a > 12 >= b
            mdy += b > 12 >= a
    if dmy != mdy:
        return ("dmy" if dmy > mdy else "mdy"), False
    # '9 March 2024' is how British and Commonwealth outlets write, 'March 9, 2024' (the year
    # after a comma) how American ones do; a bare 'March 9' is written everywhere (wire style)
    if not dmy and not mdy:
        day_first = sum(p.match.rule in _DAY_FIRST_RULES for p in parsed)
        american = sum(p.match.rule == "dates.month_day_year" and "," in ctx.text[
            p.match.start : p.match.end] for p in parsed)
        if day_first != american:
            return ("dmy" if day_first > american else "mdy"), False
    place = dateline_place(ctx)
    if place is not None:
        us = alternation(_cal(ctx.rules).data["us_dateline_places"])
        return ("mdy" if re.search(rf"(?<![A-Za-z])(?:{us})(?![A-Za-z])", place) else "dmy"), False
    return "dmy", True


def _numeric_value(p: _Parsed, order: str) -> tuple[int, int, int] | None:
    assert p.numeric is not None
    a, b, year = p.numeric
    dm = (year, b, a) if _valid(year, b, a) else None
    md = (year, a, b) if _valid(year, a, b) else None
    if dm and md and dm != md:
        return dm if order == "dmy" else md
    return dm or md


def date_matches(ctx: Context) -> list[Match]:
    """Every date-rule hit in the prose paragraphs and list entries ('Tokyo MX: 10/25/2018 at
    22:00'), overlaps resolved per paragraph."""
    matches: list[Match] = []
    for para in ctx.prose_and_items():
        matches.extend(find_matches(ctx.text, para.start, para.end, ctx.rules))
    return matches


def extract_dates(ctx: Context, ref: date | None = None, matches: list[Match] | None = None
                  ) -> tuple[list[DateItem], list[ArticleWarning]]:
    """Every date in the prose, with years carried from context where they were not stated,
    and the warnings they raise (a numeric date whose day/month order is a guess); `ref` (the
    reference date) resolves relative dates and days written without a year."""
    cal = _cal(ctx.rules)
    if matches is None:
        matches = date_matches(ctx)
    parsed = [p for m in _split_pairs(matches) if (p := _parse(cal, m, ref)) is not None]
    parsed.sort(key=lambda p: p.match.start)
    order: tuple[str, bool] | None = None
    items: list[DateItem] = []
    guessed: list[Match] = []
    last_year: int | None = None
    for p in parsed:
        m = p.match
        text = ctx.text[m.start : m.end]
        if p.relative is not None:
            item = _relative(ctx, p, text, ref)
            if item is not None:
                items.append(item)
            continue
        start, end = p.start, p.end
        if p.numeric is not None:
            order = order or _order(ctx, parsed)
            ordered = _numeric_value(p, order[0])
            if ordered is None:
                continue
            a, b, _ = p.numeric
            if order[1] and a != b and a <= 12 and b <= 12:
                guessed.append(m)
            start = ordered
        year_source: YearSource | None = "stated" if p.stated_year else None
        if not p.stated_year:
            year = last_year if last_year else (ref.year if ref else None)
            year_source = "context" if last_year else ("reference_date" if ref else None)
            weekday = _stated_weekday(cal, ctx.text, m.start, m.end)
            if year is not None and weekday is not None and start[1] and start[2] and end is None:
                year = _year_for_weekday(year, start[1], start[2], weekday) or year
            if year is not None:
                start = (year, start[1], start[2])
                if end is not None:
                    wrap = start[1] and end[1] and (start[1], start[2] or 0) > (end[1], end[2] or 0)
                    end = (year + 1 if wrap else year, end[1], end[2])
        elif ((end or start)[1] is not None or ref is None) and m.rule != "dates.holiday":
            # with a reference date, a bare year ('early 2023') is background: it does not
            # decide the year of a later 'Oct. 15'
            last_year = (end or start)[0]
        if p.special is not None and start[0]:
            done = _apply_special(p, start[0])
            if done is None:
                continue
            start, end = done
        value: str | None = None
        sval: str | None = None
        eval_: str | None = None
        precision: Precision | None = _precision(start[1], start[2])
        if start[0] and _valid(*start) and (end is None or (end[0] and _valid(*end))):
            sval = _fmt(*start)
            value = sval
            if end is not None:
                eval_ = _fmt(*end)
                if eval_ < sval:
                    continue  # an interval that ends before it starts is not a date range
                value = f"{sval}/{eval_}"
        elif start[0] and not _valid(*start):
            continue  # "February 30" is not a date
        items.append(DateItem(
            text=text, value=value, start=sval, end=eval_,
            precision=precision if value else None, part=p.part if value else None,
            event=_event(ctx, m.start, m.end), year_source=year_source if value else None,
            evidence=ctx.evidence(m.start, m.end), rule=m.rule,
        ))
    warnings = [ArticleWarning(
        code="ambiguous_date_order",
        message="numeric date read day-first: the article gives no sign of its day/month order "
                "(no unambiguous numeric date, no written-out dates, no dateline)",
        evidence=[ctx.evidence(m.start, m.end)]) for m in guessed]
    return items, warnings


def _shift(ref: date, count: int, unit: str) -> tuple[str, Precision]:
    unit = unit.lower().rstrip("s")
    if unit in ("day", "week", "fortnight"):
        days = count * {"day": 1, "week": 7, "fortnight": 14}[unit]
        return date.fromordinal(ref.toordinal() + days).isoformat(), "day"
    if unit == "month":
        d = ref + relativedelta(months=count)
        return f"{d.year:04d}-{d.month:02d}", "month"
    return f"{ref.year + count:04d}", "year"


def _count(cal: _Cal, v: str | None) -> int:
    if v and v.isdigit():
        return int(v)
    words: dict[str, int] = cal.data["count_words"]
    return words.get(" ".join((v or "").lower().split()), 0)


def _weekday_value(ref: date, wd: int, how: str) -> date:
    back = (ref.weekday() - wd) % 7
    ahead = (wd - ref.weekday()) % 7
    offset = {"past": -back, "future": ahead, "last": -(back or 7), "next": ahead or 7,
              "this": ahead}[how]
    return date.fromordinal(ref.toordinal() + offset)


def _day_of_reference_month(ref: date, day: int, how: str
                            ) -> tuple[str, str | None, Precision] | None:
    """'on the 28th': that day of the reference date's month; a clause in the past tense
    takes the last such day on or before the reference, the future the next on or after."""
    month = date(ref.year, ref.month, 1)
    if how == "past" and day > ref.day:
        month -= relativedelta(months=1)
    elif how == "future" and day < ref.day:
        month += relativedelta(months=1)
    if not _valid(month.year, month.month, day):
        return None
    return date(month.year, month.month, day).isoformat(), None, "day"


def _resolve(cal: _Cal, p: _Parsed, ref: date) -> tuple[str, str | None, Precision] | None:
    """(start, end or None, precision) of a relative date against the reference date."""
    g = p.match.groups
    rule = p.relative or ""
    wd = cal.weekdays.get((g.get("wd") or "").lower())
    if rule == "dates.weekday" and wd is not None:
        return _weekday_value(ref, wd, g.get("_dir") or "past").isoformat(), None, "day"
    if rule == "dates.weekday_relative" and wd is not None:
        word = " ".join((g.get("wrel") or "").lower().split())
        how = {"last": "last", "this past": "last", "past": "last", "next": "next",
               "this coming": "next", "coming": "next", "this": "this"}[word]
        return _weekday_value(ref, wd, how).isoformat(), None, "day"
    if rule == "dates.day_ordinal":
        return _day_of_reference_month(ref, _day(cal, g.get("d1")) or 0, g.get("_dir") or "this")
    if rule == "dates.weekday_after_next" and wd is not None:
        d = _weekday_value(ref, wd, "next")
        return date.fromordinal(d.toordinal() + 7).isoformat(), None, "day"
    if rule == "dates.weekday_of_week" and wd is not None:
        shift = {"this": 0, "next": 7, "last": -7}[(g.get("wk") or "").lower()]
        monday = ref.toordinal() - ref.weekday()
        return date.fromordinal(monday + shift + wd).isoformat(), None, "day"
    if rule == "dates.month_relative" and p.start[1]:
        mo = p.start[1]
        word = (g.get("rel") or "").lower()
        year = ref.year
        if word == "next" and mo <= ref.month:
            year += 1
        elif word == "last" and mo >= ref.month:
            year -= 1
        return f"{year:04d}-{mo:02d}", None, "month"
    if rule == "dates.season_relative":
        first, last = cal.data["seasons"][(g.get("season") or "").lower()]
        word = (g.get("rel") or "").lower().split()[-1]
        year = ref.year
        if word in ("last", "past") and ref.month <= last:
            year -= 1  # 'last autumn' in March is the autumn of the year before
        elif word in ("next", "coming") and ref.month >= first:
            year += 1
        return f"{year:04d}", None, "year"
    if rule == "dates.relative_count":
        n = _count(cal, g.get("cnt"))
        direction = (g.get("dir") or "").lower()
        unit = g.get("unit") or "day"
        if direction.startswith("from"):  # 'three years from today' names a day
            days = {"fortnight": 14, "week": 7}.get(unit.lower().rstrip("s"), 0) * n
            months = {"month": 1, "year": 12}.get(unit.lower().rstrip("s"), 0) * n
            moved = ref + relativedelta(months=months, days=days or (0 if months else n))
            return moved.isoformat(), None, "day"
        value, precision = _shift(ref, -n if direction == "ago" else n, unit)
        return value, None, precision
    if rule == "dates.relative_in":
        value, precision = _shift(ref, _count(cal, g.get("cnt")), g.get("unit") or "day")
        return value, None, precision
    rel = " ".join((g.get("rel") or g.get("relc") or "").lower().split())
    if rule.endswith("year") and p.start[1] is not None:  # 'December last year'
        shift = -1 if rule.startswith("last") else 1 if rule.startswith("next") else 0
        start = f"{ref.year + shift:04d}-{p.start[1]:02d}"
        if p.end is not None and p.end[1] is not None:
            return start, f"{ref.year + shift:04d}-{p.end[1]:02d}", "month"
        return start, None, "month"
    rel = rel.removeprefix("the ")
    if rel.endswith(("year", "yr")):
        shift = -1 if rel.startswith("last") else 1 if rel.startswith("next") else 0
        return f"{ref.year + shift:04d}", None, "year"
    if rel.endswith("month"):
        shift = -1 if rel.startswith("last") else 1 if rel.startswith("next") else 0
        d = ref + relativedelta(months=shift)
        return f"{d.year:04d}-{d.month:02d}", None, "month"
    if rel.endswith("week"):
        shift = -7 if rel.startswith("last") else 7 if rel.startswith("next") else 0
        monday = ref.toordinal() - ref.weekday() + shift
        return date.fromordinal(monday).isoformat(), date.fromordinal(monday + 6).isoformat(), "day"
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1, "day after tomorrow": 2,
              "day before yesterday": -2}.get(rel)
    if offset is None:
        return None
    return date.fromordinal(ref.toordinal() + offset).isoformat(), None, "day"


def _relative(ctx: Context, p: _Parsed, text: str, ref: date | None) -> DateItem | None:
    m = p.match
    if ref is None and m.rule in ("dates.weekday", "dates.relative_in"):
        return None  # a weekday with no date to count from is not a date (docs/annotation.md)
    resolved = _resolve(_cal(ctx.rules), p, ref) if ref is not None else None
    start = end = value = None
    precision: Precision | None = None
    if resolved is not None:
        start, end, precision = resolved
        value = f"{start}/{end}" if end else start
    return DateItem(
        text=text, value=value, start=start, end=end,
        precision=precision, part=p.part if value else None,
        event=_event(ctx, m.start, m.end),
        year_source="reference_date" if value else None, evidence=ctx.evidence(m.start, m.end),
        rule=m.rule,
    )

def _event_re(data: dict[str, Any]) -> tuple[re.Pattern[str], dict[str, str]]:
    events: dict[str, list[str]] = data["events"]
    lookup = {w.lower(): name for name, words in events.items() for w in words}
    return re.compile(rf"(?<![A-Za-z])(?:{alternation(list(lookup))})(?![A-Za-z])", re.I), lookup



def _event(ctx: Context, start: int, end: int) -> str | None:
    """The event word nearest to the date in its sentence (the one before it on a tie)."""
    sent = ctx.sentence_at(start)
    if sent is None:
        return None
    cues = _sentence_cues(ctx, sent.start, sent.end)
    if not cues:
        return None
    starts = [c[0] for c in cues]
    i = bisect.bisect_left(starts, start)
    best: tuple[int, int, str] | None = None
    for k in (i - 2, i - 1, i, i + 1):  # the nearest cues sit next to the date in the list
        if not 0 <= k < len(cues):
            continue
        s, e, name = cues[k]
        if start <= s < end:
            continue
        dist = start - e if e <= start else s - end
        key = (dist, 0 if e <= start else 1, name)
        if best is None or key < best:
            best = key
    for k in range(i, len(cues)):  # the first cue after the date's end
        s, e, name = cues[k]
        if s >= end:
            key = (s - end, 1, name)
            if best is None or key < best:
                best = key
            break
    return best[2] if best else None


def _sentence_cues(ctx: Context, start: int, end: int) -> list[tuple[int, int, str]]:
    """Event words of one sentence, found once per sentence (a sentence may hold many dates)."""
    pattern, lookup = _cal(ctx.rules).event
    return ctx.memo(("event_cues", start), lambda: [
        (m.start(), m.end(), lookup[m.group(0).lower()])
        for m in pattern.finditer(ctx.text, start, end)])



_PUBLICATION = re.compile(
    r"^(?:(?:published|posted|updated|last updated|first published|date|released)\b\s*(?:on|at)?"
    r"\s*:?\s*|by\s+[^·|•,\n]{2,60}[·|•,]\s*)", re.I)
# 'CITY, ', 'CITY, Country, ': the place before a wire date
# '(Yonhap) --', '/PRNewswire/ --': the agency and the dash after a dateline's date
_AGENCY_DASH = re.compile(r"\s*(?:\([^)]{1,40}\)\s*|/[^/\n]{1,40}/\s*)?(?:--|—|–|-|:)")
_DATELINE = re.compile(r"^[A-Z][A-Za-z.'\- ]{1,40},\s+(?:[A-Z][A-Za-z.'\- ]{1,30},\s+)?(?=\S)")


def find_reference_date(ctx: Context) -> tuple[date, Match] | None:
    """The article's own date: a 'Published: ...' line or a wire dateline ('SEOUL, March 3
    (Yonhap) --') among the first lines. A dateline without a year takes the first stated year."""
    content = [x for x in ctx.segments.lines if x.kind not in ("blank", "noise")]
    for line in content[:10]:  # masthead, section labels, headline, standfirst, byline, date
        pub = _PUBLICATION.match(line.text)
        dl = None if pub else _DATELINE.match(line.text)
        head = pub or dl
        if head is None:
            continue
        offset = line.start + head.end()
        for m in find_matches(ctx.text, offset, min(line.end, offset + 40), ctx.rules):
            if m.start - offset > 2:
                break
            p = _parse(_cal(ctx.rules), m)
            if p is None or p.start[1] is None or p.start[2] is None or p.end is not None:
                continue
            year = p.start[0] or _first_stated_year(ctx)
            if year and _valid(year, p.start[1], p.start[2]):
                if dl is not None and not _AGENCY_DASH.match(ctx.text, m.end, line.end):
                    continue  # a dateline is followed by its agency and a dash
                return date(year, p.start[1], p.start[2]), m
            break
    for line in content[:10]:
        if len(line.text) > _STAMP_MAX:
            continue  # a stamp is a short line
        stamp = _date_stamp(ctx, line)
        if stamp is not None:
            return stamp
    return None


# what a date stamp line holds besides its date: a time and zone, a weekday, a byline, a section
# label ('Box Office | August 24, 2025', 'News May 23, 2022 12:37 PM By NAME')
_STAMP_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*\(?[A-Z]{2,4}\)?)?|"
                         r"\b\d{1,2}\s*[AaPp]\.?[Mm]\.?")
_STAMP_BYLINE = re.compile(r"\b[Bb]y\s+.*$")
_STAMP_MAX = 160
_STAMP_WORDS = frozenset({"posted", "on", "at", "updated", "published", "last", "first", "news",
                          "ist", "kst", "gmt", "et", "pt", "edt", "est", "utc", "bst", "cet", "jst",
                          "am", "pm", "date", "the"})


def _date_stamp(ctx: Context, line: Line) -> tuple[date, Match] | None:
    """A top line that is only a date stamp: one full date with a year, and besides it nothing
    but a time, a weekday, a byline, separators or a short capitalized section label."""
    found = [m for m in find_matches(ctx.text, line.start, line.end, ctx.rules)]
    cal = _cal(ctx.rules)
    days = [(m, p) for m in found if (p := _parse(cal, m)) is not None and p.stated_year
            and p.end is None and p.start[1] is not None and p.start[2] is not None]
    if len(days) != 1 or len(found) > 2:
        return None
    m, p = days[0]
    rest = ctx.text[line.start : m.start] + " " + ctx.text[m.end : line.end]
    rest = _STAMP_BYLINE.sub(" ", _STAMP_TIME.sub(" ", rest))
    words = [w for w in re.split(r"[\s|·•,/—–\-:()]+", rest) if w]
    words = [w for w in words if w.lower() not in _STAMP_WORDS and w.lower() not in cal.weekdays]
    if len(words) > 4 or any(not w[:1].isupper() for w in words):
        return None
    y, mo, d = p.start
    return (date(y, mo, d), m) if mo and d and _valid(y, mo, d) else None


def dateline_place(ctx: Context) -> str | None:
    """The place of a wire dateline ('LOS ANGELES, March 3 (AP) --') among the first lines."""
    content = [x for x in ctx.segments.lines if x.kind not in ("blank", "noise")]
    for line in content[:10]:
        dl = _DATELINE.match(line.text)
        if dl and find_matches(ctx.text, line.start + dl.end(),
                                   min(line.end, line.start + dl.end() + 40), ctx.rules):
            return dl.group(0)
    return None


def _first_stated_year(ctx: Context) -> int | None:
    for para in ctx.prose():
        for m in find_matches(ctx.text, para.start, para.end, ctx.rules):
            p = _parse(_cal(ctx.rules), m)
            if p is not None and p.stated_year:
                return p.start[0]
    return None


@dataclass(frozen=True)
class Reference:
    """The date relative dates resolve against, and where it came from."""

    value: date | None
    source: Literal["option", "dateline"] | None
    evidence: Match | None = None


class ReferenceExtractor(Extractor[tuple[date, Match], Reference]):
    """The article's own date: the caller's option, else a 'Published: ...' line or a wire
    dateline among the first lines ('SEOUL, March 3 (Yonhap) --')."""

    name = "reference"

    def match(self, ctx: Context) -> list[tuple[date, Match]]:
        found = None if ctx.reference_date else find_reference_date(ctx)
        return [found] if found else []

    def decide(self, candidates: list[tuple[date, Match]], ctx: Context, /) -> Reference:
        if ctx.reference_date:
            return Reference(ctx.reference_date, "option")
        if candidates:
            return Reference(candidates[0][0], "dateline", candidates[0][1])
        return Reference(None, None)

    def emit(self, facts: Reference) -> Emitted:
        return Emitted({"meta.reference_date": facts.value.isoformat() if facts.value else None,
                        "meta.reference_date_source": facts.source})


@dataclass(frozen=True)
class DateFacts:
    items: list[DateItem]
    warnings: list[ArticleWarning]



def _evidenced_0(d: Doc, n: Norm) -> list[tuple[Fact, Doc | None, str | None]]:
    return [((x["value"],), x.get("evidence"), x.get("rule")) for x in d["dates"] if x.get("value")]


class DatesExtractor(Extractor[Match, DateFacts]):
    """Every date expression, normalized to ISO 8601 with its grain (day, month, year) and
    intervals as START/END. Candidates: the date rules' hits with the overlap policy
    (`spans.prefer_longest`); decision: years carried from the context or the reference date."""

    name = "dates"
    needs = (ReferenceExtractor,)
    # every id of the patterns (a test checks the list against them)
    rule_ids = ("dates.day_month", "dates.day_month_year", "dates.day_month_yy",
                "dates.day_of_month", "dates.day_ordinal", "dates.day_pair", "dates.holiday",
                "dates.iso",
                "dates.last_day_of_month", "dates.month_attributive", "dates.month_context",
                "dates.month_day", "dates.month_day_year", "dates.month_day_yy",
                "dates.month_ordinal", "dates.month_ordinal_year", "dates.month_relative",
                "dates.month_relative_year", "dates.month_year", "dates.month_year_numeric",
                "dates.month_yy", "dates.nth_weekday_of_month", "dates.numeric",
                "dates.ordinal_of_month", "dates.part_year", "dates.range_context_year",
                "dates.range_context_year_dmy", "dates.range_full", "dates.range_full_dmy",
                "dates.range_month_names", "dates.range_months", "dates.range_same_month",
                "dates.range_same_month_context", "dates.range_same_month_dmy",
                "dates.range_same_month_dmy_context", "dates.range_shared_year",
                "dates.range_shared_year_dmy", "dates.range_years", "dates.range_years_dash",
                "dates.range_years_paren",
                "dates.relative", "dates.relative_count", "dates.relative_in",
                "dates.season_relative", "dates.season_year", "dates.week_of_month",
                "dates.weekday", "dates.weekday_after_next", "dates.weekday_of_week",
                "dates.weekday_relative", "dates.year_attributive", "dates.year_cued",
                "dates.year_cued_old", "dates.year_fraction", "dates.year_month_numeric",
                "dates.year_paren", "dates.year_possessive")
    categories = (Category(
        "dates", 3, ("value",),
        lambda d, n: [(x["value"],) for x in d["dates"] if x.get("value")],
        lambda a, n: [(x,) for x in a.get("dates", [])],
        description="dates, normalized to ISO 8601",
        evidenced=_evidenced_0),)

    def match(self, ctx: Context) -> list[Match]:
        return date_matches(ctx)

    def decide(self, candidates: list[Match], ctx: Context, /) -> DateFacts:
        items, warnings = extract_dates(ctx, ctx.facts.get(ReferenceExtractor).value, candidates)
        return DateFacts(items, warnings)

    def emit(self, facts: DateFacts) -> Emitted:
        return Emitted({"dates": facts.items}, facts.warnings)
