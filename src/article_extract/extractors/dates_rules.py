"""The date rules: the pattern table compiled from data/calendar.json, and the matcher that runs it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..rules import RuleSet, alternation, shipped
from ..rules_data import fold_ascii
from ..spans import Match, prefer_longest
from .dates_fragments import (
    _CJK_DAY,
    _CJK_MONTH,
    _DAYRANGE,
    _OPENING,
    _TO,
    _d,
    _dw,
    _month_re,
    _other,
    _part_re,
    _weekday_re,
    _y,
)
from .dates_needs import NEEDS, feature_candidates, features

_AND = re.compile(r"\sand\s")


def _patterns(data: dict[str, Any]) -> list[tuple[str, re.Pattern[str], int]]:
    m1, m2, d1, d2, y1, y2 = _month_re(data, "1"), _month_re(data, "2"), _d("1"), _d("2"), _y("1"), _y("2")
    fm1, fm2 = _month_re(data, "1", True, "title"), _month_re(data, "2", True, "title")
    sm1, sm2 = _month_re(data, "1", case="safe"), _month_re(data, "2", case="safe")
    am1 = _month_re(data, "1", True)
    cues = alternation(data["bare_month_cues"])
    # a cue opening a sentence has its capital ('In 1994, she ...')
    ycues = alternation([*data["year_cues"], *(c[:1].upper() + c[1:] for c in data["year_cues"])])
    part = rf"{_part_re(data)}?"
    wd = _weekday_re(data)
    counts = alternation(list(data["count_words"]))
    cnt = rf"(?P<cnt>\d{{1,2}}|(?i:{counts}))"
    unit = r"(?P<unit>(?i:days?|weeks?|fortnights?|months?|years?))"
    nth = r"(?P<nth>(?i:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th))"
    yy = r"(?P<yy1>\d\d)(?=[.,;:!?)]|\s*$)"
    seasons = alternation(list(data["seasons"]))
    subject = rf"\s+(?:{alternation(data['subject_verbs'])})(?![A-Za-z])"
    other_months = alternation(list(data["months_other_languages"]))
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
        ("dates.day_month_year", rf"{d1}\s+(?:of\s+)?{m1}(?:,\s*|\s+){y1}", 5),  # a year after: any case
        # '25 de abril de 2011', '4. Dezember 2015', '17 Haziran 2022': a month named in another
        # language counts only with its day and year around it
        ("dates.day_month_year_other", rf"(?<![\d.]){_other(data, '1')}", 5),
        # '20 de abril': with 'de' between them a day and a month of another language need no
        # year (it comes from the context, as for 'April 20')
        ("dates.day_month_other", rf"(?<![\d.]){d1}\s+de\s+(?P<m1>(?i:{other_months}))(?![^\W\d_])"
         r"(?!(?:\s+de|,)?\s+(?:19|20)\d\d)", 3),
        ("dates.range_between_other",
         rf"(?<![\w])(?i:entre|zwischen)\s+{_other(data, '1')}\s+(?i:e|y|et|und)\s+{_other(data, '2')}", 9),
        ("dates.range_full_other",
         rf"(?<![\d.]){_other(data, '1')}\s*(?:(?i:a|al|até|hasta|au|bis)\s|[-–—]\s*)"
         rf"(?:(?i:o|el|le|den|zum)\s+)?{_other(data, '2')}", 9),
        ("dates.day_month_yy", rf"(?P<d1>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\s+(?:of\s+)?{sm1}\s+"
         rf"['’]?{yy}", 5),
        # '- 10 Aug 17' alone on its line: a site's date stamp with a two-digit year
        ("dates.day_month_yy_line", rf"(?m:(?<=^)|(?<=^- )|(?<=^• )|(?<=^· )|(?<=^\* )){d1}\s+{sm1}\s+"
         r"(?P<yy1>\d\d)[^\S\n]*$", 5),
        # 'March 9, '24', or 'DECEMBER 21 19' with no apostrophe when the two digits end the clause
        ("dates.month_day_yy", rf"{m1}\s+{d1}(?:,?\s+['’]|[^\S\n])(?P<yy1>\d\d)(?![\w])"
         r"(?:(?<=['’]\d\d)|(?=\.(?!\d)|,(?!\s*\d)|[;:!?)]|[^\S\n]*(?:\n|$)))", 5),
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
        # ('décadas de 1940': a decade, not a year)
        ("dates.year_cued", rf"(?<![A-Za-z])(?<!cadas\s)(?<!cada\s)(?:{ycues})\s+(?:the\s+(?:year\s+)?)?"
         rf"{y1}(?!\d|s\b|-\d)", 1),
        ("dates.year_paren", rf"\((?:[^()\n]{{0,60}},\s*)?{y1}\)", 1),
        # a year that is a line, or a sentence opening a line, of its own: '2014.', a '2023' line
        # in a list of dates; the dates after it take their year from it
        ("dates.year_alone", rf"(?m:^)[^\S\n]{{0,8}}{y1}(?:\.(?=[^\S\n]|$)|[^\S\n]{{0,8}}$)", 1),
        # Chinese, Japanese and Korean dates: '2015年10月13日', '2015년 10월', '1982年', '3月5日'
        # (a decade, '2000年代', is no date)
        ("dates.cjk_ymd", rf"(?<!\d){y1}\s?[年년]\s?{_CJK_MONTH}\s?{_CJK_DAY}", 5),
        ("dates.cjk_ym", rf"(?<!\d){y1}\s?[年년]\s?{_CJK_MONTH}(?!\s?\d)", 4),
        ("dates.cjk_year", rf"(?<!\d){y1}\s?[年년](?![代대]|\s?\d)", 1),
        ("dates.cjk_md", rf"(?<![\d年년]){_CJK_MONTH}\s?{_CJK_DAY}", 3),
        # '2014 was a good year. October was better.': a sentence opening with a year or a month
        # as its subject; the months that are also given names stay out ('June was thrilled')
        ("dates.year_subject", rf"{_OPENING}[^\S\n]{{0,8}}{y1}(?={subject})", 1),
        ("dates.month_subject",
         rf"{_OPENING}(?P<m1>{alternation(data['subject_months'])})(?={subject})", 2),
        # 'January UTC', 'June KST': a month with a time zone after it
        ("dates.month_zone", rf"{fm1}(?=\s+(?:{alternation(data['time_zones'])})(?![A-Za-z]))", 2),
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
         rf"{fm1}(?:\s+{d1},?)?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year(?![A-Za-z])", 6),
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
         r"(?:year|month|week)|Yesterday|Today|Tomorrow)(?![A-Za-z])"
         # '昨天', '어제', 'ayer': the same words in other languages ('오늘날' is 'nowadays')
         rf"|(?<![A-Za-z])(?P<relx>(?i:{alternation(list(data['relative_words_other_languages']))}))"
         r"(?![A-Za-z날])", 1),
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


def _calendar_words(data: dict[str, Any]) -> str:
    """Month, weekday and season names and the calendar units, for a case-blind alternation."""
    return (f"{alternation(list(data['months']))}|{alternation(list(data['weekdays']))}|"
            f"{alternation(list(data['seasons']))}|year|yr|month|week|fortnight|tomorrow|"
            f"{alternation(list(data['relative_words_other_languages']))}")


def _trigger(data: dict[str, Any]) -> re.Pattern[str]:
    """What every date rule needs in its match: a digit, a month or weekday name or a relative
    word. The rules run only around these (a date reaches at most ~70 characters before one
    and 80 after), so their long alternations are not tried at every character. It runs on the
    folded text (`fold_ascii`): the same matches as a case-blind search, faster."""
    return re.compile(rf"\d|{_calendar_words(data).lower()}|yesterday|today")  # on fold_ascii(text)


def _needed(data: dict[str, Any]) -> re.Pattern[str]:
    """What every date match contains, stricter than `_trigger`: a four-digit year, a numeric
    date's separator between digits, an ordinal day, or a calendar word. A window around
    bare digits ('1. 1. 1.', a table of scores) holds none and is skipped whole: the match
    itself must contain one, so skipping it changes no result, only the time."""
    return re.compile(rf"\d{{4}}|\d[/.\-]\d|\d(?:st|nd|rd|th)|\d\s?[月월]|\d\s+de\s|"
                      rf"(?i:{_calendar_words(data)}|day)")  # '20 de abril': no year needed


def _us_dateline(data: dict[str, Any]) -> re.Pattern[str]:
    places = data["us_dateline_places"]
    words = alternation([*places["ap_standalone_cities"], *places["states"]])
    return re.compile(rf"(?<![A-Za-z])(?:{words})(?![A-Za-z])", re.I)


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
    features: dict[str, re.Pattern[str]]
    candidates: dict[str, re.Pattern[str]]
    trigger: re.Pattern[str]
    needed: re.Pattern[str]
    us_dateline: re.Pattern[str]  # a place that makes a dateline American
    not_after_year: re.Pattern[str]
    tense: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]
    weekday_beside: tuple[re.Pattern[str], re.Pattern[str]]
    event: tuple[re.Pattern[str], dict[str, str]]

    @classmethod
    def build(cls, rules: RuleSet) -> _Cal:
        data: dict[str, Any] = rules.data("calendar")
        months = {**data["months"], **data["months_other_languages"]}
        return cls(data, {k.lower(): v for k, v in months.items()},
                   {k.lower(): v for k, v in data["weekdays"].items()}, _patterns(data), features(data),
                   feature_candidates(data),
                   _trigger(data), _needed(data), _us_dateline(data), _not_after_year(data), _tense_res(data),
                   _weekday_beside(data), _event_re(data))


def _cal(rules: RuleSet | None = None) -> _Cal:
    return (rules or shipped()).compiled(_Cal.build)


def _tense_res(data: dict[str, Any]) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    future = alternation(data["future_cues"])
    past = alternation(data["past_verbs"])
    reporting = alternation(data["reporting_verbs"])
    opener = alternation(data["clause_openers"])
    return (re.compile(rf"(?<![A-Za-z])(?:{future})(?![A-Za-z])", re.I),
            re.compile(rf"(?<![A-Za-z])(?:{past}|[a-z]{{3,}}ed)(?![A-Za-z])", re.I),
            # a reporting verb followed by the clause it reports: 'said the show', 'told X that'
            re.compile(rf"(?<![A-Za-z])(?:{reporting})(?:\s{{1,3}}(?:{opener})\s|(?=[^.;!?]*\bthat\s))",
                       re.I))


_CLAUSE = re.compile(r"(?:[^.;!?\n]|\.(?=\S))*$")  # 'Rs.15', 'U.S.' do not end a clause


def _direction(cal: _Cal, chunk: str, start: int, end: int) -> str | None:
    """Whether a bare weekday lies ahead ('will premiere Friday', 'opens Friday') or behind
    ('said Friday', 'announced on Monday') of the article's date; None when the clause does
    not say (then the weekday is not resolved)."""
    head = chunk[max(0, start - 100) : start]
    cut = _CLAUSE.search(head)
    clause = head[cut.start():] if cut else head
    tail = chunk[end : end + 30].split(".")[0]
    future, past, reporting = cal.tense
    said = [m.end() for m in reporting.finditer(clause)]
    if said:
        clause = clause[said[-1]:]  # 'said the show airs Friday': the tense of what was said
    if future.search(clause):
        return "future"
    if past.search(clause) or re.match(r"\s*(?:,\s*)?(?:said|announced|told|confirmed)\b", tail):
        return "past"
    return None


def _occurrences(cal: _Cal, kind: str, chunk: str, folded: str, lo: int, hi: int
                 ) -> Iterator[tuple[int, int]]:
    """The spans `cal.features[kind].finditer(chunk, lo, hi)` gives, found faster: candidates
    on the folded text, each confirmed by the feature at its start (a name starts where a
    letter does not precede it, so no candidate hides one)."""
    feature = cal.features[kind]
    candidates = cal.candidates.get(kind)
    if candidates is None:
        yield from (m.span() for m in feature.finditer(chunk, lo, hi))
        return
    end = lo
    for c in candidates.finditer(folded, lo, hi):
        if c.start() < end:
            continue
        m = feature.match(chunk, c.start(), hi)
        if m:
            end = m.end()
            yield m.span()


def _around(cal: _Cal, kind: str, chunk: str, folded: str, windows: list[tuple[int, int]]
            ) -> list[tuple[int, int]]:
    """The parts of the windows around each occurrence of a feature (70 characters before it,
    80 after, as around a trigger): a rule whose every match holds a month name runs only
    around month names."""
    out: list[tuple[int, int]] = []
    for lo, hi in windows:
        for fs, fe in _occurrences(cal, kind, chunk, folded, lo, hi):
            a, b = max(lo, fs - 70), min(hi, fe + 80)
            if out and a <= out[-1][1]:
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
    return out


_LOWER_WORD = re.compile(r"\s+[a-z]")
_OPENERS = ("dates.year_subject", "dates.month_subject")


def _after_break(text: str, at: int) -> bool:
    """Whether a paragraph starting at `at` opens a sentence: the text starts there, or a
    sentence end or a blank line comes before it (up to 200 characters back)."""
    before = text[max(0, at - 200) : at]
    body = before.rstrip()
    return not body or body[-1] in ".!?:" or before[len(body):].count("\n") > 1
_SCHEDULE = re.compile(r"(?i)(?:\b(?:every|each|most)\s+|(?:day|\.)\s*(?:to|through|and|or|&|-|–|/)\s*|#)$")
# 'Monday/Tuesday drama', 'Wed-Thu dramas': a weekday paired with the next is a time slot
_SLOT_PAIR = re.compile(r"(?i)\s*[/–-]\s*(?:mon|tue|wed|thu|fri|sat|sun)")
_DAY_PART = re.compile(r"(?i)\s*(?:morning|afternoon|evening|night)s?\b")


def find_matches(text: str, start: int, end: int, rules: RuleSet | None = None) -> list[Match]:
    """All date-rule hits inside `text[start:end]`, overlaps resolved."""
    cal = _cal(rules)
    chunk = text[start:end]
    found: list[Match] = []
    windows: list[tuple[int, int]] = []
    folded = fold_ascii(chunk)
    for a in cal.trigger.finditer(folded):
        lo, hi = max(0, a.start() - 70), min(len(chunk), a.end() + 80)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    windows = [w for w in windows if cal.needed.search(chunk, *w)]
    if not windows:
        return []
    around = {f: _around(cal, f, chunk, folded, windows) for f in cal.features}
    by_need: dict[str, list[tuple[int, int]]] = {"": windows}
    for rid, pattern, prio in cal.patterns:
        need = NEEDS.get(rid, "")
        spans = by_need.get(need)
        if spans is None:
            spans = by_need[need] = [w for w in around[need[0]] if all(
                cal.features[f].search(chunk, *w) for f in need[1:])]
        if not spans:
            continue
        for m in (m for lo, hi in spans for m in pattern.finditer(chunk, lo, hi)):
            if rid == "dates.year_cued" and cal.not_after_year.match(chunk, m.end()):
                continue
            s, e = m.span()
            if rid in _OPENERS and s == 0 and not _after_break(text, start):
                continue  # a line of wrapped prose ('aired between 2004 and\n2008 is out')
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
                if _SCHEDULE.search(chunk, max(0, s - 24), s) or _DAY_PART.match(chunk, e) or \
                        _SLOT_PAIR.match(chunk, e):
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


def _event_re(data: dict[str, Any]) -> tuple[re.Pattern[str], dict[str, str]]:
    events: dict[str, list[str]] = data["events"]
    lookup = {w.lower(): name for name, words in events.items() for w in words}
    return re.compile(rf"(?<![A-Za-z])(?:{alternation(list(lookup))})(?![A-Za-z])", re.I), lookup
