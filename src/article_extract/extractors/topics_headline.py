"""The page's headline, and what it says on its own: the first content line that reads like
a headline, a Latin name in a headline in another script, a headline that is a release's
name ('TITLE Original Soundtrack'). Split from topics_candidates, which reads the titles."""

from __future__ import annotations

import re
from collections import Counter

from ..context import Context
from ..lines import Line
from ..rules import RuleSet, alternation
from ..spans import WORD_CHAR, occurrences
from .kinds import work_words

_BYLINE = re.compile(r"^(?:by\s|posted\s|published|updated|home\s*>|written by|words by|"
                     r"\w+ \d{1,2}, \d{4}\b|\d{4}-\d{2}-\d{2}|"
                     r"[A-Z][a-z]+day,?\s+[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}\s*$|"
                     r"(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+\d{4}\s*$)",
                     re.I)  # 'WEEKDAY 4 MONTH YEAR': a blog's day-first date line


def headline(ctx: Context) -> Line | None:
    """The first content line that is not a byline, dateline stamp or breadcrumb, if it reads
    like a headline (no final full stop: a first line that ends with one is the lede)."""
    for line in ctx.segments.lines:
        if line.kind in ("blank", "noise") or _BYLINE.match(line.text):
            continue
        if len(line.text.split()) < 3 and not re.search(r"[\"“'‘]", line.text):
            continue
        if len(line.text) <= 60 and ctx.rules.compiled(_bare_date_line).fullmatch(line.text):
            continue  # a blog's 'Wednesday, October 15, 2008' over its headline
        if re.search(r"\s(?:[|›»>]|>>|»»)\s|^[A-Z &]+(?:\s*[|/]\s*[A-Z &]+)+$", line.text):
            continue  # a breadcrumb or section label ('Television & radio | Period drama')
        return None if line.text.endswith(".") else line
    return None


_LATIN_RUN = re.compile(r"[A-Z][A-Za-z0-9'’&:.-]*+(?:[ \t]++[A-Za-z0-9'’&:.-]++)*+")


def latin_name_in_foreign_headline(text: str) -> tuple[int, int] | None:
    """A headline in another script (Cyrillic, hangul, kana ...) that names one thing in Latin
    letters names the work: 'Скоро выйдет саундтрек к TITLE…'."""
    letters = [c for c in text if c.isalpha()]
    foreign = sum(1 for c in letters if not c.isascii())
    runs = [m for m in _LATIN_RUN.finditer(text) if m.group(0).rstrip(".:-")]
    if not letters or foreign < 0.6 * len(letters) or len(runs) != 1:
        return None
    m = runs[0]
    return m.start(), m.start() + len(m.group(0).rstrip(".:-"))


def _bare_date_line(rules: RuleSet) -> re.Pattern[str]:
    """A line that is nothing but a date: month and weekday names, numbers, separators."""
    cal = rules.data("calendar")
    names = alternation([*cal["months"], *cal["weekdays"]])
    return re.compile(rf"(?i)(?>(?:{names})\.?|\d{{1,4}}+(?:st|nd|rd|th)?|[ \t,./:-])++")


_RELEASE_HEAD = re.compile(r"\s(?:Original\s+)?(?:Soundtrack|OST|Score)(?:\s*\(\d{4}\))?$")
_RELEASE_LINE = re.compile(r"(?:The\s+)?Original\s+(?:(?:Motion\s+Picture|Television|Series|Game|"
                           r"Cast)\s+)?(?:Soundtrack|Score|Recording)\b")


def release_headline(ctx: Context, head: Line) -> tuple[int, int] | None:
    """A headline that is a release's name: 'Holiday Special Soundtrack', or a short name
    whose next line says what it is ('TITLE' over 'Original Motion Picture Soundtrack')."""
    words = head.text.split()
    if _RELEASE_LINE.match(head.text):  # the name stood on the short line above
        prev = [x for x in ctx.segments.lines if x.end <= head.start and
                x.kind not in ("blank", "noise")]
        if prev and 1 <= len(prev[-1].text.split()) <= 4:
            return prev[-1].start, prev[-1].end
        return None
    if 2 <= len(words) <= 6 and _RELEASE_HEAD.search(head.text) and all(
            w[:1].isupper() or w.lower() in ("of", "the", "a", "and", "to", "in") for w in words):
        return head.start, head.end
    if len(words) <= 4:
        nxt = next((x for x in ctx.segments.lines if x.start > head.end and
                    x.kind not in ("blank", "noise")), None)
        if nxt is not None and _RELEASE_LINE.match(nxt.text):
            return head.start, head.end
    return None


# 'The 7 most costly dramas', 'Top 10 K-dramas of 2021', 'My top 8 favourite movie scores',
# '7 best OSTs': a ranking of several works, none of them the page's one
_RANKED = (r"^(?:(?:the|my|our)\s+)?(?:top\s+\d{1,2}|\d{1,2}\s+(?:most|best|biggest|"
           r"greatest|highest|top|favou?rite|worst|must-watch|essential)|"
           r"\d{1,2}\s+(?:[\w-]+\s+){0,2}?(?:to\s+watch|you\s+(?:should|must|need)))\b")


def _ranking_re(rules: RuleSet) -> re.Pattern[str]:
    """'Most-watched local films of 2019', 'Best drama OSTs': also a superlative
    over a plural kind noun (or OSTs, soundtracks) that ends the phrase."""
    lex = rules.data("lexicon")
    nouns = [w for ws in lex["kind_words"].values() for w in ws if w.isascii() and w[-1] != "s"]
    plural = alternation([*nouns, *lex["ranked_release_nouns"]])
    return re.compile(rf"{_RANKED}|^(?:(?:the|my|our)\s+)?(?:most|best|biggest|greatest|highest|"
                      rf"top|favou?rite|worst|longest)(?:-[a-z]+)?\s+(?:[\w-]+\s+){{0,3}}?"
                      rf"(?:{plural})s(?=\s+(?:of|in|from|for|to|this|ever|so\s+far|you|we)\b|"
                      r"\s*[:,–—]|\s*$)", re.I)


def ranking_headline(rules: RuleSet, head_text: str) -> bool:
    """Whether the headline announces a ranking of several works (a listicle): the page then
    has no main work of its own, whatever its entries say."""
    return rules.compiled(_ranking_re).match(head_text.strip().lstrip("\"“'‘[(")) is not None


def _release_nouns(rules: RuleSet) -> re.Pattern[str]:
    nouns = alternation(rules.data("lexicon")["ranked_release_nouns"])
    return re.compile(rf"(?<![\w-])(?i:{nouns})s?(?![\w-])")


def ranked_kinds(rules: RuleSet, head_text: str) -> Counter[str]:
    """What a ranking ranks is its head noun, the headline's last kind word ('Top 10 K-dramas
    of 2021' ranks series); a ranking of OSTs or soundtracks ranks albums."""
    words = work_words(rules)
    found = [(m.start(), words.kind_lookup.get(w) or words.kind_lookup.get(w[:-1], ""))
             for m in words.kind_word_re.finditer(head_text) for w in (m.group(0).lower(),)]
    found += [(m.start(), "album") for m in rules.compiled(_release_nouns).finditer(head_text)]
    return Counter([k for _, k in sorted(found) if k][-1:])


def lede(ctx: Context) -> str:
    """The first content line, when the page has no headline above it and that line is a
    sentence (eight words or more: a short first line is a site's or a section's name)."""
    first = next((x.text for x in ctx.segments.lines if x.kind not in ("blank", "noise")), "")
    return first if len(first.split()) >= 8 else ""


def unit_word(text: str, name: str) -> bool:
    """A capitalised word a figure follows at each of its mentions ('Rs. 40 lakhs', 'Rs 5
    crore'): a currency or a unit, not a work, even in the headline."""
    spots = list(occurrences(text, name))
    return bool(spots) and all(_FIGURE_AFTER.match(text, s + len(name)) for s in spots)


_FIGURE_AFTER = re.compile(r"\.?[ \t]?\d")


# 'UN TITOLO DEL CIELO: IL RITORNO ...', 'Di un titolo, la colonna sonora ...': a headline's
# opening words up to its first colon, comma or spaced dash
_HEAD_PREFIX = re.compile(r"(?P<t>[^\W\d_][^,:–—\n]{2,60}?)(?=\s*(?:[,:]|\s[–—-]\s))")
_TOP_LINES = 4  # the headline block: the lines above the lede


def headline_prefixes(ctx: Context) -> list[tuple[int, int]]:
    """Where the prose repeats, in its own spelling, the words a headline opens with before a
    colon, comma or dash (two to seven words): a title in sentence case ('Un titolo del
    cielo'), which no run of capitals finds whole, shouted in the headline or written as in the
    prose. Never a person's name or a platform's."""
    lower = ctx.memo("lower_text", lambda: ctx.text.lower())
    if len(lower) != len(ctx.text):
        return []  # a letter whose lower case is longer: offsets would drift
    platforms = ctx.rules.platforms()
    out: list[tuple[int, int]] = []
    lines = [x for x in ctx.segments.lines if x.kind not in ("blank", "noise")][:_TOP_LINES]
    for line in lines:
        if line.text.rstrip().endswith("."):
            break  # the lede: the headline block is above it
        m = _HEAD_PREFIX.match(line.text)
        if m is None or not 2 <= len(m.group("t").split()) <= 7 or m.group("t") in platforms:
            continue
        want = m.group("t").lower()
        spots = [s for s in occurrences(lower, want, WORD_CHAR, WORD_CHAR) if s >= line.end]
        if any(x.start <= s and x.end >= s + len(want) for s in spots
               for x in ctx.ents_in(s, s + len(want), ("PERSON",))):
            continue  # 'NAME NAME: ...' opens with who the story is about (a label on part of
            # the words, 'Di padre' as a person, says nothing)
        first = next((s for s in spots if ctx.text[s].isupper() and not ctx.text[
            s : s + len(want)].isupper()), None)
        if first is not None:
            out.append((first, first + len(want)))
    return out


# 'below I rank my 12 favourite film scores', 'here are the 10 best ...': an intro
# that ranks a number of works
_RANK_INTRO = re.compile(r"(?<![\w-])(?:my|our|the)\s+(?:top\s+)?(?P<n>\d{1,2})\s+(?:all-time\s+)?"
                         r"(?:most\s+)?(?:favou?rite|best|greatest|top|essential)(?![\w-])", re.I)
_INTRO_PARAGRAPHS = 3


def ranked_list(ctx: Context) -> tuple[int, int, str] | None:
    """Where the list an intro ranks lies, and the intro's paragraph: 'my 15 favourite OSTs'
    in one of the first paragraphs, then a list of exactly that many entries (a count the list
    does not bear out is someone's ranking quoted in passing, 'one of the 10 best dramas')."""
    for para in list(ctx.prose())[:_INTRO_PARAGRAPHS]:
        m = _RANK_INTRO.search(ctx.text, para.start, para.end)
        if m is None:
            continue
        for block in ctx.segments.lists:
            if block.items and block.items[0].start > m.end() and \
                    len(block.items) == int(m.group("n")):
                return block.items[0].start, block.items[-1].end, para.text
    return None
