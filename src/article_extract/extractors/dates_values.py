"""What one date match says: its year, month and day as written, checked and formatted as ISO 8601."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from ..models import Part, Precision
from ..spans import Match
from .dates_rules import _Cal


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
    if rule == "dates.month_relative_year":  # 'December last year', 'December 15 last year'
        day_text = g.get("d1")
        day = int(day_text) if day_text else None
        return _Parsed(m, (0, _month(cal, g.get("m1")), day), None, False,
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


def _numeric_value(p: _Parsed, order: str) -> tuple[int, int, int] | None:
    assert p.numeric is not None
    a, b, year = p.numeric
    dm = (year, b, a) if _valid(year, b, a) else None
    md = (year, a, b) if _valid(year, a, b) else None
    if dm and md and dm != md:
        return dm if order == "dmy" else md
    return dm or md
