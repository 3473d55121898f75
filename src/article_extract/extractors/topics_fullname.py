"""The full name of a title the text also gives in short: an acronym spelled out, a subtitle
after a colon or dash, the saga a subtitle belongs to. Split from topics_policy, which picks
the title and then asks here for its full form."""

from __future__ import annotations

import re
from collections import Counter
from typing import Protocol, TypeVar

from ..context import Context
from ..quotes import quoted_spans
from ..rules import CAP
from ..spans import occurrences
from .topics_candidates import _WORD
from .topics_patterns import TitlePatterns


class Named(Protocol):
    """A title candidate: its title and the rules that found it."""

    title: str
    evidence: tuple[int, int] | None
    rules: Counter[str]


C = TypeVar("C", bound=Named)


ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,6}")


def spelled_out(ctx: Context, title: str) -> tuple[str, int, int] | None:
    """The full name of an acronym title: a quoted or Title Case name right before
    '(ACRONYM)' whose words start with its letters."""
    if not ACRONYM.fullmatch(title):
        return None
    for i in occurrences(ctx.text, f"({title})", None, None):
        before = ctx.text[max(0, i - 120) : i].rstrip()
        quoted = quoted_spans(before + " ", 0, len(before) + 1)
        if quoted and quoted[-1][1] >= len(before.rstrip("\"”’'")) - 1:
            name, start = quoted[-1][2], max(0, i - 120) + quoted[-1][0]
        else:
            run = RUN_AT_END.search(before)
            if not run:
                continue
            name, start = run.group(0), max(0, i - 120) + run.start()
        initials = "".join(w[0] for w in name.split() if w[:1].isalpha()).upper()
        if initials.startswith(title[0]) and len(initials) >= len(title) - 1:
            return name, start, start + len(name)
    return None


_SUBTITLE = re.compile(rf":\s+(?:(?:A|An|The)\s+)?{CAP}[\w'’-]*(?:\s+(?:of|the|and|in|on|a|to|for)"
                       rf"\s+{CAP}[\w'’-]*|\s+{CAP}[\w'’-]*)+")


# a release's name after the colon ('X: Original Soundtrack') is the release logic's business
_RELEASE_WORD = re.compile(r"(?<![\w])(?:Original|Soundtrack|OST|Score|Edition|Album|Season|"
                           r"Episode|Vol|Volume|Review|Trailer|Recap)(?![\w])", re.I)


def franchise_name(cands: dict[str, C], title: str) -> C | None:
    """The full name a short title is the subtitle of, quoted in the text: 'The SAGA:
    SUBTITLE' for 'SUBTITLE'."""
    for c in cands.values():
        if c.title.endswith(": " + title) and "work.title_quoted" in c.rules and \
                len(c.title) - len(title) <= 60:
            return c
    return None


def subtitled_name(cands: dict[str, C], title: str) -> C | None:
    """The full name a short title abbreviates, quoted in the text with its subtitle after a
    dash or colon: "'TITLE-SUBTITLE'" (Korean press) for "'TITLE'"."""
    return next((c for c in cands.values() if c.title.startswith(title) and
                 SUBTITLE_JOIN.match(c.title, len(title)) and "work.title_quoted" in c.rules
                 and len(c.title) - len(title) <= 40), None)


SUBTITLE_JOIN = re.compile(r"\s?[-–:]\s?\w")


def with_subtitle(ctx: Context, p: TitlePatterns, title: str) -> tuple[str, int, int] | None:
    """The full name of a title the prose gives with its subtitle, 'TITLE: A Subtitle Of
    Words', where no person is named after the colon."""
    for i in occurrences(ctx.text, title, None, _WORD):
        para = ctx.paragraph_at(i)
        m = _SUBTITLE.match(ctx.text, i + len(title), para.end) if para else None
        platforms = ctx.rules.platforms()
        if m and not ctx.ents_in(m.start(), m.end(), ("PERSON", "DATE", "GPE")) and not \
                _RELEASE_WORD.search(m.group(0)) and not p.format_suffix.match(
                    ctx.text, i + len(title)) and not any(
                    m.group(0).lstrip(": ").startswith(x) for x in platforms):
            return ctx.text[i : m.end()], i, m.end()
    return _one_word_subtitle(ctx, title)


_ONE_WORD = re.compile(rf":\s(?P<w>{CAP}[\w-]*)(?=['’]s\s|[\s,.;]|$)")


def _one_word_subtitle(ctx: Context, title: str) -> tuple[str, int, int] | None:
    """'TITLE: Word' with a one-word subtitle, when the text writes it so twice or more (in any
    case: a release may shout it, 'TITLE: WORD'); once, a colon may start anything."""
    lower = ctx.memo("lower_text", lambda: ctx.text.lower())
    for i in occurrences(ctx.text, title, None, _WORD):
        m = _ONE_WORD.match(ctx.text, i + len(title))
        if m is None or _RELEASE_WORD.fullmatch(m.group("w")) or len(lower) != len(ctx.text):
            continue
        full = ctx.text[i : m.end("w")]
        if lower.count(full.lower()) >= 2 and not ctx.ents_in(m.start("w"), m.end("w"), (
                "PERSON", "DATE", "GPE")):
            return full, i, m.end("w")
    return None


def with_main_part(ctx: Context, title: str) -> tuple[str, int, int] | None:
    """'The Saga: SUBTITLE, a new drama ...' opening a paragraph: the subtitle was found as
    the work, the words before the colon are the rest of its name (no person's: 'NAME: ...'
    opens a quote; and no label's: 'Title: X' alone on its line is a fact box)."""
    for i in occurrences(ctx.text, title, None, _WORD):
        para = ctx.paragraph_at(i)
        m = _MAIN_PART.fullmatch(ctx.text, para.start, i) if para else None
        if m and _APPOSITION.match(ctx.text, i + len(title)) and not ctx.ents_in(
                m.start(), m.end(), ("PERSON", "ORG", "GPE")):
            return ctx.text[m.start() : i + len(title)], m.start(), i + len(title)
    return None


_APPOSITION = re.compile(r",\s+(?:a|an|the)\s")
_MAIN_PART = re.compile(rf"(?:The\s+)?{CAP}[\w'’-]*(?:\s+{CAP}[\w'’-]*){{0,3}}:\s")
RUN_AT_END = re.compile(rf"{CAP}[\w'’-]*(?:\s+(?:[a-z]{{1,4}}\s+)?{CAP}[\w'’-]*)+$")


