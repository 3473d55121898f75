"""Dates: regular expressions over the raw text, normalized to ISO 8601 with an explicit grain.

Patterns run on prose paragraphs (noise and list items excluded). Days and months stated without
a year take it from the nearest preceding stated year ("context"), else from the reference date;
relative dates ("last year") resolve only against a reference date, otherwise their value is null.
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any, Literal

from dateutil.relativedelta import relativedelta

from ..context import Context
from ..contract import Category, Emitted, Extractor
from ..models import DateItem, Precision, YearSource
from ..rules import alternation, load_data
from ..spans import Match, prefer_longest

_TO = r"\s*(?:to|through|thru|until|till|and|-|–|—)\s*"
_AND = re.compile(r"\sand\s")
_DAYRANGE = r"\s*(?:to|through|thru|until|till|-|–|—)\s*"


@cache
def _calendar() -> dict[str, Any]:
    data: dict[str, Any] = load_data("calendar")
    return data


@cache
def _months() -> dict[str, int]:
    months: dict[str, int] = _calendar()["months"]
    return months


def _month_re(n: str, full_only: bool = False) -> str:
    names = list(_calendar()["full_months"]) if full_only else list(_months())
    return rf"(?P<m{n}>{alternation(names)})(?![A-Za-z])"


def _d(n: str) -> str:
    return rf"(?P<d{n}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d]|:\d)"


def _y(n: str) -> str:
    return rf"(?P<y{n}>(?:19|20)\d{{2}})(?![\d,]\d)"


@cache
def _patterns() -> list[tuple[str, re.Pattern[str], int]]:
    m1, m2, d1, d2, y1, y2 = _month_re("1"), _month_re("2"), _d("1"), _d("2"), _y("1"), _y("2")
    fm1, fm2 = _month_re("1", True), _month_re("2", True)
    cues = alternation(_calendar()["bare_month_cues"])
    ycues = alternation(_calendar()["year_cues"])
    part = r"(?:(?:early|late|mid)[- ]?)?"
    specs = [
        ("dates.range_full", rf"(?:from\s+)?{m1}\s+{d1},?\s+{y1}{_TO}{m2}\s+{d2},?\s+{y2}", 9),
        ("dates.range_full_dmy", rf"(?:from\s+)?{d1}\s+{m1},?\s+{y1}{_TO}{d2}\s+{m2},?\s+{y2}", 9),
        ("dates.range_shared_year", rf"(?:from\s+|between\s+)?{m1}\s+{d1}{_TO}{m2}\s+{d2},?\s+{y2}",
         8),
        ("dates.range_shared_year_dmy",
         rf"(?:from\s+|between\s+)?{d1}\s+{m1}{_TO}{d2}\s+{m2},?\s+{y2}", 8),
        ("dates.range_same_month", rf"{m1}\s+{d1}{_DAYRANGE}{d2},?\s+{y2}", 8),
        ("dates.range_same_month_dmy", rf"{d1}{_DAYRANGE}{d2}\s+{m1},?\s+{y2}", 8),
        ("dates.range_months",
         rf"(?:from|between)\s+{part}{fm1}(?:,?\s+{y1})?\s+(?:to|and|through|until|till)\s+"
         rf"{part}{fm2}(?:,?\s+{y2})?", 7),
        ("dates.range_context_year", rf"(?:from\s+|between\s+)?{m1}\s+{d1}{_TO}{m2}\s+{d2}", 6),
        ("dates.range_years", rf"(?:from|between)\s+{y1}\s+(?:to|and|through|until|till)\s+{y2}", 6),
        ("dates.month_day_year", rf"{m1}\s+{d1},?\s+{y1}", 5),
        ("dates.day_month_year", rf"{d1}\s+(?:of\s+)?{m1},?\s+{y1}", 5),
        ("dates.iso", r"(?<![\d.\-/])(?P<y1>(?:19|20)\d{2})(?P<sep>[-./])(?P<mn1>0[1-9]|1[0-2])"
         r"(?P=sep)(?P<d1>0[1-9]|[12]\d|3[01])(?![\d.\-/]\d)", 5),
        ("dates.month_year", rf"{part}{m1},?\s+(?:of\s+)?{y1}", 4),
        ("dates.month_day", rf"{m1}\s+{d1}", 3),
        ("dates.day_month", rf"(?<![\d,.]){d1}\s+(?:of\s+)?{fm1}", 3),
        ("dates.month_context", rf"(?<![A-Za-z])(?:{cues})\s+{part}{fm1}(?!\s*\d)", 2),
        ("dates.year_cued", rf"(?<![A-Za-z])(?:{ycues})\s+(?:the\s+(?:year\s+)?)?{y1}(?!\d|s\b|-\d)", 1),
        ("dates.year_paren", rf"\((?:[^()\n]{{0,60}},\s*)?{y1}\)", 1),
        ("dates.year_attributive",
         rf"(?<![\w$€£¥₩.,])(?:(?i:the|a|an|his|her|their|its)|[A-Z][\w-]*['’]s?)\s+{y1}\s+"
         rf"(?:[a-z-]+\s+){{0,2}}?(?:{alternation(_calendar()['year_attributive_nouns'])})(?![\w])",
         1),
        ("dates.day_pair", rf"{m1}\s+{d1}\s+(?:and|&)\s+{d2},?\s+{y1}", 6),
        ("dates.range_same_month_context", rf"{m1}\s+{d1}{_DAYRANGE}{d2}(?![\d,]|\s*,?\s*(?:19|20)\d\d)",
         6),
        ("dates.month_relative_year",
         rf"{fm1}\s+(?:of\s+)?(?P<rel>last|this|next)\s+year(?![A-Za-z])", 6),
        ("dates.year_cued_old", r"(?<![A-Za-z])(?:in|since|from|of|until|by)\s+(?P<y1>1[89]\d\d)"
         r"(?![\d,]\d|s\b)", 1),
        ("dates.year_possessive", rf"(?<![\d$€£¥₩,.]){y1}['’]s\b", 1),
        ("dates.relative",
         r"(?<![A-Za-z])(?P<rel>(?:earlier|later)\s+this\s+(?:year|month)|(?:last|this|next)\s+"
         r"(?:year|month)|yesterday|today|tomorrow)(?![A-Za-z])", 1),
    ]
    return [(rid, re.compile(p), prio) for rid, p, prio in specs]


@cache
def _trigger() -> re.Pattern[str]:
    """What every date rule needs somewhere in its match: a digit, a month name or a relative
    word. Most prose paragraphs have none, and one search spares them the ~25 rule scans."""
    return re.compile(rf"\d|{alternation(list(_months()))}|year|month|yesterday|today|tomorrow")


@cache
def _not_after_year() -> re.Pattern[str]:
    words: list[str] = _calendar()["not_after_year"]
    return re.compile(rf"\s*(?:{alternation(words)})(?![A-Za-z])", re.I)


@cache
def _event_re() -> tuple[re.Pattern[str], dict[str, str]]:
    events: dict[str, list[str]] = _calendar()["events"]
    lookup = {w.lower(): name for name, words in events.items() for w in words}
    return re.compile(rf"(?<![A-Za-z])(?:{alternation(list(lookup))})(?![A-Za-z])", re.I), lookup


@dataclass
class _Parsed:
    match: Match
    start: tuple[int, int | None, int | None]  # year, month, day (year 0 = unknown)
    end: tuple[int, int | None, int | None] | None
    stated_year: bool
    relative: str | None = None


def _split_pairs(matches: list[Match]) -> list[Match]:
    """'Feb. 15 and 16, 2025' names two days: two dates, each with its own evidence."""
    out: list[Match] = []
    for m in matches:
        if m.rule != "dates.day_pair":
            out.append(m)
            continue
        g = m.groups
        first = dict(g, d2=None)
        second = dict(g, d1=g["d2"], d2=None)
        out.append(Match("dates.day_pair", m.start, m.start + int(g["_d1_end"] or 0), first))
        out.append(Match("dates.day_pair", m.start + int(g["_d2_start"] or 0), m.end, second))
    return out


def _month(name: str | None) -> int | None:
    return _months().get(name) if name else None


def _int(v: str | None) -> int | None:
    return int(v) if v else None


def _parse(m: Match) -> _Parsed | None:
    g = m.groups
    if m.rule == "dates.relative":
        return _Parsed(m, (0, None, None), None, False, relative=(g["rel"] or "").lower())
    if m.rule == "dates.month_relative_year":
        return _Parsed(m, (0, _month(g.get("m1")), None), None, False,
                       relative=f"{(g['rel'] or '').lower()} year")
    mon1 = _int(g.get("mn1")) or _month(g.get("m1"))
    mon2 = _month(g.get("m2"))
    y1, y2 = _int(g.get("y1")), _int(g.get("y2"))
    d1, d2 = _int(g.get("d1")), _int(g.get("d2"))
    is_range = m.rule.startswith("dates.range")
    if not is_range:
        return _Parsed(m, (y1 or 0, mon1, d1), None, y1 is not None)
    if m.rule.startswith("dates.range_same_month"):
        mon2 = mon1
    year_end = y2 or y1 or 0
    year_start = y1 or y2 or 0
    if y1 is None and y2 is not None and mon1 and mon2 and (mon1, d1 or 0) > (mon2, d2 or 0):
        year_start = y2 - 1  # "Dec. 20 to Jan. 5, 2025" starts in 2024
    if m.rule == "dates.range_years":
        return _Parsed(m, (year_start, None, None), (year_end, None, None), True)
    return _Parsed(m, (year_start, mon1, d1), (year_end, mon2, d2), bool(y1 or y2))


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


def find_matches(text: str, start: int, end: int) -> list[Match]:
    """All date-rule hits inside `text[start:end]`, overlaps resolved."""
    chunk = text[start:end]
    found: list[Match] = []
    if not _trigger().search(chunk):
        return found
    for rid, pattern, prio in _patterns():
        for m in pattern.finditer(chunk):
            if rid == "dates.year_cued" and _not_after_year().match(chunk, m.end()):
                continue
            s, e = m.span()
            if (rid.startswith("dates.range") and _AND.search(m.group(0))
                    and not m.group(0).lower().startswith("between")):
                continue  # "A and B" lists two dates; only "between A and B" is a range
            if rid in ("dates.year_paren", "dates.year_attributive"):
                s, e = m.span("y1")
            if rid in ("dates.month_context", "dates.year_cued"):
                s = m.start("m1") if "m1" in m.groupdict() and m.group("m1") else m.start("y1")
                if rid == "dates.month_context":
                    s = _part_start(chunk, s)
            groups = m.groupdict()
            if rid == "dates.day_pair":
                groups["_d1_end"] = str(m.end("d1") - m.start())
                groups["_d2_start"] = str(m.start("d2") - m.start())
            found.append(Match(rid, start + s, start + e, groups, prio))
    return prefer_longest(found)


def _part_start(chunk: str, s: int) -> int:
    """Keep 'early'/'late'/'mid-' with the month they qualify."""
    m = re.search(r"(?:early|late|mid)[- ]?$", chunk[:s])
    return m.start() if m else s


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
    pattern, lookup = _event_re()
    return ctx.memo(("event_cues", start), lambda: [
        (m.start(), m.end(), lookup[m.group(0).lower()])
        for m in pattern.finditer(ctx.text, start, end)])


def date_matches(ctx: Context) -> list[Match]:
    """Every date-rule hit in the prose paragraphs, overlaps resolved per paragraph."""
    matches: list[Match] = []
    for para in ctx.prose():
        matches.extend(find_matches(ctx.text, para.start, para.end))
    return matches


def extract_dates(ctx: Context, ref: date | None = None,
                  matches: list[Match] | None = None) -> list[DateItem]:
    """Every date in the prose, with years carried from context where they were not stated;
    `ref` (the reference date) resolves relative dates and bare days without a stated year."""
    if matches is None:
        matches = date_matches(ctx)
    parsed = [p for m in _split_pairs(matches) if (p := _parse(m)) is not None]
    parsed.sort(key=lambda p: p.match.start)
    items: list[DateItem] = []
    last_year: int | None = None
    for p in parsed:
        m = p.match
        text = ctx.text[m.start : m.end]
        if p.relative is not None:
            items.append(_relative(ctx, p, text, ref))
            continue
        year_source: YearSource | None = "stated" if p.stated_year else None
        start, end = p.start, p.end
        if not p.stated_year:
            year = last_year if last_year else (ref.year if ref else None)
            year_source = "context" if last_year else ("reference_date" if ref else None)
            if year is not None:
                start = (year, start[1], start[2])
                if end is not None:
                    wrap = start[1] and end[1] and (start[1], start[2] or 0) > (end[1], end[2] or 0)
                    end = (year + 1 if wrap else year, end[1], end[2])
        elif (end or start)[1] is not None or ref is None:
            # with a reference date, a bare year ('early 2023') is background: it does not
            # decide the year of a later 'Oct. 15'
            last_year = (end or start)[0]
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
            precision=precision if value else None,
            event=_event(ctx, m.start, m.end), year_source=year_source if value else None,
            evidence=ctx.evidence(m.start, m.end), rule=m.rule,
        ))
    return items


def _relative(ctx: Context, p: _Parsed, text: str, ref: date | None) -> DateItem:
    rel = p.relative or ""
    value: str | None = None
    precision: Precision | None = None
    if ref is not None:
        if rel.endswith("year") and p.start[1] is not None:
            shift = -1 if rel.startswith("last") else 1 if rel.startswith("next") else 0
            value, precision = f"{ref.year + shift:04d}-{p.start[1]:02d}", "month"
        elif rel.endswith("year"):
            shift = -1 if rel.startswith("last") else 1 if rel.startswith("next") else 0
            value, precision = f"{ref.year + shift:04d}", "year"
        elif rel.endswith("month"):
            shift = -1 if rel.startswith("last") else 1 if rel.startswith("next") else 0
            d = ref + relativedelta(months=shift)
            value, precision = f"{d.year:04d}-{d.month:02d}", "month"
        else:
            shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[rel]
            d = date.fromordinal(ref.toordinal() + shift)
            value, precision = d.isoformat(), "day"
    m = p.match
    return DateItem(
        text=text, value=value, start=value, end=None,
        precision=precision,
        event=_event(ctx, m.start, m.end),
        year_source="reference_date" if value else None, evidence=ctx.evidence(m.start, m.end),
        rule=m.rule,
    )


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
        for m in find_matches(ctx.text, offset, min(line.end, offset + 40)):
            if m.start - offset > 2:
                break
            p = _parse(m)
            if p is None or p.start[1] is None or p.start[2] is None or p.end is not None:
                continue
            year = p.start[0] or _first_stated_year(ctx)
            if year and _valid(year, p.start[1], p.start[2]):
                if dl is not None and not _AGENCY_DASH.match(ctx.text, m.end, line.end):
                    continue  # a dateline is followed by its agency and a dash
                return date(year, p.start[1], p.start[2]), m
            break
    return None


def _first_stated_year(ctx: Context) -> int | None:
    for para in ctx.prose():
        for m in find_matches(ctx.text, para.start, para.end):
            p = _parse(m)
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


class DatesExtractor(Extractor[Match, list[DateItem]]):
    """Every date expression, normalized to ISO 8601 with its grain (day, month, year) and
    intervals as START/END. Candidates: the date rules' hits with the overlap policy
    (`spans.prefer_longest`); decision: years carried from the context or the reference date."""

    name = "dates"
    needs = (ReferenceExtractor,)
    rule_ids = (
                "dates.day_month",
                "dates.day_month_year",
                "dates.day_pair",
                "dates.iso",
                "dates.month_context",
                "dates.month_day",
                "dates.month_day_year",
                "dates.month_relative_year",
                "dates.month_year",
                "dates.range_context_year",
                "dates.range_full",
                "dates.range_full_dmy",
                "dates.range_months",
                "dates.range_same_month",
                "dates.range_same_month_context",
                "dates.range_same_month_dmy",
                "dates.range_shared_year",
                "dates.range_shared_year_dmy",
                "dates.range_years",
                "dates.relative",
                "dates.year_attributive",
                "dates.year_cued",
                "dates.year_cued_old",
                "dates.year_paren",
                "dates.year_possessive")
    categories = (Category(
        "dates", 3, ("value",),
        lambda d: [(x["value"],) for x in d["dates"] if x.get("value")],
        lambda a: [(x,) for x in a.get("dates", [])],
        description="dates, normalized to ISO 8601"),)

    def match(self, ctx: Context) -> list[Match]:
        return date_matches(ctx)

    def decide(self, candidates: list[Match], ctx: Context, /) -> list[DateItem]:
        return extract_dates(ctx, ctx.facts.get(ReferenceExtractor).value, candidates)

    def emit(self, facts: list[DateItem]) -> Emitted:
        return Emitted({"dates": facts})
