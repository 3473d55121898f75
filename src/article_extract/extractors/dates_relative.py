"""Relative dates ('last year', 'said Friday', 'two weeks ago') resolved against the reference date."""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta

from ..models import Precision
from .dates_rules import _Cal
from .dates_values import _day, _Parsed, _valid


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
    other: dict[str, str] = cal.data["relative_words_other_languages"]
    word = g.get("relx") or ""  # 'Hoy' opening a sentence is 'hoy'
    rel = " ".join((g.get("rel") or g.get("relc") or other.get(word, other.get(word.lower(), ""))
                    ).lower().split())
    if rule.endswith("year") and p.start[1] is not None:  # 'December last year'
        shift = -1 if rule.startswith("last") else 1 if rule.startswith("next") else 0
        start = f"{ref.year + shift:04d}-{p.start[1]:02d}"
        if p.start[2] is not None:  # 'December 15 last year'
            if not _valid(ref.year + shift, p.start[1], p.start[2]):
                return None
            return f"{start}-{p.start[2]:02d}", None, "day"
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
