"""Dates: regular expressions over the raw text, normalized to ISO 8601 with an explicit grain.

Patterns run on prose paragraphs (noise and list items excluded). Days and months stated without
a year take it from the nearest preceding stated year ("context"), else from the reference date;
relative dates ("last year", "said Friday", "two weeks ago") resolve only against a reference
date, otherwise their value is null (a bare weekday with no reference date is no date at all).
Numeric dates whose day/month order is ambiguous follow the article's own signals, else its
dateline, else day-first with an `ambiguous_date_order` warning (docs/dates_money.md).

This module decides (`extract_dates`, the Extractor); the pattern table and its matcher are
in dates_rules, reading one match in dates_values, relative dates in dates_relative and the
reference date in dates_reference.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date

from ..context import Context
from ..contract import Category, Doc, Emitted, Extractor, Fact, Norm
from ..models import DateItem, Precision, YearSource
from ..models import Warning as ArticleWarning
from ..spans import Match
from .dates_reference import ReferenceExtractor, dateline_place
from .dates_relative import _resolve
from .dates_rules import _cal, find_matches
from .dates_values import (
    _apply_special,
    _fmt,
    _numeric_value,
    _parse,
    _Parsed,
    _precision,
    _split_pairs,
    _stated_weekday,
    _valid,
    _year_for_weekday,
)

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
        return ("mdy" if _cal(ctx.rules).us_dateline.search(place) else "dmy"), False
    return "dmy", True


def date_matches(ctx: Context) -> list[Match]:
    """Every date-rule hit in the prose paragraphs and list entries ('CHANNEL: 10/25/2018 at
    22:00'), overlaps resolved per paragraph."""
    matches: list[Match] = []
    for para in ctx.prose_and_items():
        matches.extend(find_matches(ctx.text, para.start, para.end, ctx.rules))
    return matches


# bare years that are the topic of what follows, so they carry even with a reference date
_TOPIC_YEARS = ("dates.year_alone", "dates.year_subject")


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
        elif (((end or start)[1] is not None or ref is None or m.rule in _TOPIC_YEARS)
              and m.rule != "dates.holiday"):
            # with a reference date, a bare year ('early 2023') is background: it does not
            # decide the year of a later 'Oct. 15'; a year heading a list or opening a sentence
            # as its subject ('2014 was good. October was better.') does
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
    rule_ids = ("dates.cjk_md", "dates.cjk_year", "dates.cjk_ym", "dates.cjk_ymd",
                "dates.day_month", "dates.day_month_other", "dates.day_month_year",
                "dates.day_month_year_other", "dates.day_month_yy", "dates.day_month_yy_line",
                "dates.day_of_month", "dates.day_ordinal", "dates.day_pair",
                "dates.holiday", "dates.iso", "dates.last_day_of_month", "dates.month_attributive",
                "dates.month_context", "dates.month_day", "dates.month_day_year",
                "dates.month_day_yy", "dates.month_ordinal", "dates.month_ordinal_year",
                "dates.month_relative", "dates.month_relative_year", "dates.month_subject",
                "dates.month_year", "dates.month_year_numeric", "dates.month_yy",
                "dates.month_zone", "dates.nth_weekday_of_month", "dates.numeric",
                "dates.ordinal_of_month", "dates.part_year", "dates.range_between_other",
                "dates.range_context_year", "dates.range_context_year_dmy", "dates.range_full",
                "dates.range_full_dmy", "dates.range_full_other", "dates.range_month_names",
                "dates.range_months", "dates.range_same_month", "dates.range_same_month_context",
                "dates.range_same_month_dmy", "dates.range_same_month_dmy_context",
                "dates.range_shared_year", "dates.range_shared_year_dmy", "dates.range_years",
                "dates.range_years_dash", "dates.range_years_paren", "dates.relative",
                "dates.relative_count", "dates.relative_in", "dates.season_relative",
                "dates.season_year", "dates.week_of_month", "dates.weekday",
                "dates.weekday_after_next", "dates.weekday_of_week", "dates.weekday_relative",
                "dates.year_alone", "dates.year_attributive", "dates.year_cued",
                "dates.year_cued_old", "dates.year_fraction", "dates.year_month_numeric",
                "dates.year_paren", "dates.year_possessive", "dates.year_subject")
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
