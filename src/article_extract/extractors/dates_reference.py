"""The article's own date (the caller's option, a 'Published:' line, a wire dateline, a date stamp)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from ..context import Context
from ..contract import Emitted, Extractor
from ..lines import Line
from ..spans import Match
from .dates_rules import _cal, find_matches
from .dates_values import _numeric_value, _parse, _Parsed, _valid

_PUBLICATION = re.compile(
    r"^[ \t]*+(?:(?:published|posted|updated|last updated|first published|date|released)\b\s*(?:on|at)?"
    r"\s*:?\s*|by\s+[^·|•,\n]{2,60}[·|•,]\s*|[·|•]\s*)", re.I)
# ('[|·•] DATE' alone on a line: the byline's date, cut from 'by NAME' by the scraper)
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
        numeric = _numeric_dateline(ctx, line)
        if numeric is not None:
            return numeric
    for line in content[:10]:
        if len(line.text) > _STAMP_MAX:
            continue  # a stamp is a short line
        stamp = _date_stamp(ctx, line)
        if stamp is not None:
            return stamp
    for k, line in enumerate(content[:-1]):  # a byline at the foot: 'Written by: NAME', its date
        nxt = content[k + 1]
        if _FOOT_BYLINE.match(line.text) and len(nxt.text) <= _STAMP_MAX:
            stamp = _date_stamp(ctx, nxt)
            if stamp is not None:
                return stamp
    return None


_FOOT_BYLINE = re.compile(r"(?:written|posted|reported|words)\s+by\s*:?\s*\S", re.I)


# what a date stamp line holds besides its date: a time and zone, a weekday, a byline, a section
# label ('Box Office | August 24, 2025', 'News May 23, 2022 12:37 PM By NAME')
_STAMP_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*\(?[A-Z]{2,4}\)?)?|"
                         r"\b\d{1,2}\s*[AaPp]\.?[Mm]\.?")
_STAMP_BYLINE = re.compile(r"\b[Bb]y\s+.*$")
_STAMP_MAX = 160
_STAMP_WORDS = frozenset({"posted", "on", "at", "updated", "published", "last", "first", "news",
                          "ist", "kst", "gmt", "et", "pt", "edt", "est", "utc", "bst", "cet", "jst",
                          "am", "pm", "date", "the",
                          # 'updated', 'published', 'entered', 'edited' in Chinese, Korean, Japanese
                          "更新", "發布", "发布", "發佈", "发表", "發表", "입력", "수정", "등록", "公開",
                          "配信"})


def _date_stamp(ctx: Context, line: Line) -> tuple[date, Match] | None:
    """A top line that is only a date stamp: one full date with a year, and besides it nothing
    but a time, a weekday, a byline, separators or a short capitalized section label."""
    found = [m for m in find_matches(ctx.text, line.start, line.end, ctx.rules)]
    cal = _cal(ctx.rules)
    days = [(m, ymd) for m in found if (p := _parse(cal, m)) is not None and p.stated_year
            and p.end is None and (ymd := _full_day(p)) is not None]
    if len(days) != 1 or len(found) > 2:
        return None
    m, (y, mo, d) = days[0]
    rest = ctx.text[line.start : m.start] + " " + ctx.text[m.end : line.end]
    rest = _STAMP_BYLINE.sub(" ", _STAMP_TIME.sub(" ", rest))
    words = [w for w in re.split(r"[\s|·•,/—–\-:()@]+", rest) if w]  # 'July 7, 2012 @ 4:51 am'
    other_days = {w.lower() for w in cal.data["weekdays_other_languages"]}  # 'jueves, 7 de abril'
    words = [w for w in words if w.lower() not in _STAMP_WORDS and w.lower() not in cal.weekdays
             and w.lower() not in other_days
             and not (w.isdigit() and len(w) <= 2)]  # '(6/12 15:20 更新)': the day again
    if len(words) > 4 or any(not w[:1].isupper() for w in words):
        return None
    return (date(y, mo, d), m) if mo and d and _valid(y, mo, d) else None


def _full_day(p: _Parsed) -> tuple[int, int, int] | None:
    """The day a parsed date names, if it names one: a numeric date only when its order does
    not matter ('28.09.2015'; '09.03.2015' could be either)."""
    if p.numeric is not None:
        dmy, mdy = _numeric_value(p, "dmy"), _numeric_value(p, "mdy")
        return dmy if dmy is not None and dmy == mdy else None
    y, mo, d = p.start
    return (y, mo, d) if y and mo and d else None


# '6/1/2006 Houston --': a numeric date before the place, then the dash
_NUMERIC_DATELINE = re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d\d)\s+"
                               r"(?P<place>[A-Z][A-Za-z.'\- ]{1,40}?)\s*(?:--|—|–)\s")


def _numeric_dateline(ctx: Context, line: Line) -> tuple[date, Match] | None:
    """'6/1/2006 Houston -- ...': the date rule's own numeric match, in the order the article's
    dates take after such a place (dates.py: month first after an American place)."""
    m = _NUMERIC_DATELINE.match(line.text)
    if not m:
        return None
    cal = _cal(ctx.rules)
    end = line.start + m.end("y")
    for hit in find_matches(ctx.text, line.start, end, ctx.rules):
        p = _parse(cal, hit)
        if hit.rule != "dates.numeric" or hit.end != end or p is None or p.numeric is None:
            continue
        value = _numeric_value(p, "mdy" if cal.us_dateline.search(m.group("place")) else "dmy")
        return (date(*value), hit) if value else None
    return None


def dateline_place(ctx: Context) -> str | None:
    """The place of a wire dateline ('LOS ANGELES, March 3 (AP) --', '6/1/2006 Houston --')
    among the first lines."""
    content = [x for x in ctx.segments.lines if x.kind not in ("blank", "noise")]
    for line in content[:10]:
        numeric = _NUMERIC_DATELINE.match(line.text)
        if numeric:
            return numeric.group("place").strip()
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
