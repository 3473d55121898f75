"""Which column of a dashed list is the title: 'TITLE – NAME' or 'NAME – TITLE', decided for a
page's lists at once from the marks on either side and from what the page names elsewhere.
The dash helpers every dashed-list reader shares live here, below tracklists_parsing."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator

from ..context import Context
from ..rules import CAP, CASELESS, FEAT_DOTTED
from ..spans import occurrences
from .groups import same_script

_DASH_OR_BRACKET = re.compile(r"(?:\s|(?<=[”\"“]))[-–—]\s|[()\[\]]")  # '“TITLE”– A' too


def last_dash_end(text: str) -> int:
    m = last_dash(text)
    return m.end() if m else len(text)


def dashes(text: str) -> Iterator[re.Match[str]]:
    """The ' – ' separators outside brackets, left to right."""
    depth = 0
    for m in _DASH_OR_BRACKET.finditer(text):
        ch = m.group(0)
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            yield m


def last_dash(text: str) -> re.Match[str] | None:
    """The last ' – ' outside brackets: 'TITLE – A (엘 – 인피니트) & B' splits before A."""
    found = None
    for found in dashes(text):  # noqa: B007 - the loop keeps the last one
        pass
    return found


# the marks of an 'A – B' entry's side that names people ("GROUP's NAME", group in capitals;
# 'A ft. B') and of its title side (a translation in another script in brackets, quotes)
_NAME_MARK = re.compile(rf"(?<![\w])[A-Z0-9][A-Z0-9&.-]+[’']s\s+{CAP}|\s{FEAT_DOTTED}\s")
# a song title speaks ('Bang Your Head', 'I’m Gone', 'Don’t Go'); an act's name seldom does
_SUNG_WORD = re.compile(r"(?<![\w'’])(?:I|I[’']m|I[’']ll|I[’']ve|(?i:me|my|you|your|you[’']re|we|"
                        r"our|don[’']t|can[’']t|won[’']t|ain[’']t))(?![\w'’])")
_TITLE_MARK = re.compile(rf"\([^()]*{CASELESS}[^()]*\)|^\s*[\"“‘'].*[\"”’']\s*$")


def names_first(texts: list[str], elsewhere: Callable[[str], bool] | None = None,
                tagged: Callable[[int, int, int], bool] | None = None) -> bool:
    """Whether a block's entries read 'NAME – TITLE': decided for the block at once, every
    entry having both sides and no mark saying the other way. The marks: a group's possessive
    or a bare 'ft.' on the names' side, a translation in another script or a bracketed
    '[ft. X]' or a pronoun or contraction ('Bang Your Head', 'Don’t Go') on the title's side
    (two entries must say so, three times as many as say the other way); or, failing marks, the page
    itself: the left column's values are named elsewhere in it (headline, prose) at least
    twice as often as the right column's, and at least twice; or the model's entities: it
    tags the left cell a person or a group in half the entries or more (three at least), and
    the right cell in a third as many. `tagged(i, a, b)`: whether entry i's text[a:b] is such
    a cell."""
    first = second = 0
    left_seen = right_seen = left_tag = right_tag = 0
    for i, t in enumerate(texts):
        m = first_dash(t)
        if not m:
            return False  # a bare title among them: the list is of titles, credited or not
        raw_left, right = t[: m.start()], t[m.end() :]
        left = _BRACKETED.sub("", raw_left)
        first += bool(_NAME_MARK.search(left) or _TITLE_MARK.search(right) or
                      _BRACKET_FEAT.search(right) or _SUNG_WORD.search(right))
        second += bool(_NAME_MARK.search(_BRACKETED.sub("", right)) or _TITLE_MARK.search(
            raw_left) or _BRACKET_FEAT.search(raw_left) or _SUNG_WORD.search(left))
        if elsewhere is not None:
            left_seen += elsewhere(left.strip())
            right_seen += elsewhere(_BRACKETED.sub("", right).strip())
        if tagged is not None:
            left_tag += tagged(i, 0, m.start())
            right_tag += tagged(i, m.end(), len(t))
    if second and first < 3 * second:
        return False  # marks both ways: the left reads as names only if they say so 3 to 1
    return first >= 2 or (left_seen >= 2 and left_seen >= 2 * right_seen) or (
        left_tag >= 3 and 2 * left_tag >= len(texts) and left_tag >= 3 * right_tag)


_NAME_LABELS = frozenset({"PERSON", "ORG"})
NAME_COVER = 0.6  # of a cell's non-space characters that the model's names must cover


def tagged_cell(ctx: Context, start: int, end: int) -> bool:
    """Whether the model read the list cell text[start:end] as names: its PERSON and ORG
    entities there (`Context.cell_ents`) cover most of the cell."""
    size = sum(1 for c in ctx.text[start:end] if not c.isspace())
    if not size:
        return False
    ents = ctx.cell_ents  # sorted by start: only those that start inside the cell are read
    starts: list[int] = ctx.memo(("cell_ent_starts",), lambda: [e.start for e in ents])
    covered = 0
    k = bisect.bisect_left(starts, start)
    while k < len(ents) and ents[k].start < end:
        e = ents[k]
        if e.label in _NAME_LABELS and e.end <= end + 1:
            covered += sum(1 for c in ctx.text[e.start : min(e.end, end)] if not c.isspace())
        k += 1
    return covered >= NAME_COVER * size


_BRACKET_FEAT = re.compile(rf"[(\[]\s*{FEAT_DOTTED}\s", re.I)


_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def named_outside(ctx: Context, value: str, start: int, end: int) -> bool:
    """Whether `value` (a cell of a list) is written as a whole word elsewhere in the text; a
    cell the list shouts ('ALICE OF HARBORS') counts in any case ('Alice of Harbors' in the
    prose)."""
    if len(value) < 2:
        return False
    before = _LATIN_WORD if _LATIN_WORD.match(value) else None
    after = _LATIN_WORD if _LATIN_WORD.match(value[-1]) else None
    text = ctx.text
    if value.isupper() and len(value) > 3:
        lowered = ctx.memo(("lowered",), lambda: ctx.text.lower())
        if len(lowered) == len(text):  # the same offsets ('İ' lowers to two characters)
            text, value = lowered, value.lower()
    return any(not start <= s < end for s in occurrences(text, value, before, after))


# a Latin or digit character: what glues to a Latin name's edge; a name in kanji, kana or
# hangul runs straight into the words around it ('RADIOHEADの', 'さらに渋谷'), and a Latin name
# next to those is still a whole word
_LATIN_WORD = re.compile(r"[0-9A-Za-z\u00c0-\u024f_]")


# the other marks a block may pair its two columns with: 'TITLE: NAMES', 'NAME / TITLE' (a
# running time '3:45' has no space after its colon, 'Either/Or' none around its slash)
_OTHER_SEPARATORS = (re.compile(r"(?<=\S)\s?:\s+(?=\S)"), re.compile(r"\s/\s*(?=\S)"))
_DASHED = re.compile(r"\s[-–—]\s")


def as_dashed(texts: list[str]) -> list[str]:
    """A block that pairs its columns at a colon or a spaced slash reads as a dashed one: when
    no entry has a dash and two thirds of them (two at least) hold the mark exactly once, the
    mark becomes ' – ' in every entry (the first one only where a line holds two), and the
    dashed reading decides which column is the title."""
    if any(_DASHED.search(t) for t in texts):
        return texts
    masked = [_ENCLOSED.sub(lambda m: "\0" * len(m.group(0)), t) for t in texts]
    for sep in _OTHER_SEPARATORS:
        once = sum(len(sep.findall(t)) == 1 for t in masked)
        if once >= max(2, 2 * len(texts) / 3):
            found = [sep.search(t) for t in masked]
            return [t[: m.start()] + " – " + t[m.end() :] if m else t
                    for t, m in zip(texts, found, strict=True)]
    return texts


# what a mark inside never separates columns in: brackets and quotes ('(From “X: Y”/Score)')
_ENCLOSED = re.compile(r"\([^()\n]*\)|\[[^\[\]\n]*\]|“[^“”\n]*”|\"[^\"\n]*\"")


def first_dash(text: str) -> re.Match[str] | None:
    return next(dashes(text), None)


def without_repeated_credit(title: str, prev_credit: str) -> str:
    """'NAME "TITLE"' after an entry credited to NAME: the scraper repeated the line before's
    credit in front of this one's quoted title; the title is the quoted part."""
    if len(prev_credit) > 1 and title.startswith(prev_credit):
        rest = title[len(prev_credit) :].lstrip()
        if rest[:1] in "\"“" and rest[1:].strip():
            return rest
    return title


def with_credit_removed(title: str) -> re.Pattern[str]:
    """The title's words with room for one bracketed credit between two of them: a guest
    credit taken out of the middle ('TITLE (feat. GUEST) [TAG]' is 'TITLE [TAG]')."""
    words = [re.escape(w) for w in title.split()]
    gap = r"\s*(?:[(\[][^()\[\]\n]{1,80}[)\]]\s*)?"
    return re.compile(r"\s+".join(words[:1]) + "".join(gap + w for w in words[1:]))


# 'TITLE (A)', 'TITLE (A feat. B & C)': the performers in a bracket that closes the entry
_CLOSING = re.compile(r"\s\((?P<who>[^()\n]{1,120})\)\s*$")
_GUESTS = re.compile(rf"\s{FEAT_DOTTED}\s+", re.I)
# what a closing bracket holds when it is no credit: a version or a part, the work a song is
# from, a running time, a bare number or year
_VERSIONS = (r"Reprise|Version|Remix|Mix|Edit|Live|Interlude|Instrumental|Inst|Theme|Part|Pt|"
             r"Intro|Outro|Acoustic|Demo|Suite|Medley|Overture|Finale|Prologue|Epilogue")
# a version of a song ('TITLE - Remix', 'TITLE (Live)'): no performer's name
VERSION_WORD = re.compile(rf"(?<![\w])(?:{_VERSIONS})(?![\w])", re.I)
_TAG = re.compile(rf"(?<![\w])(?:{_VERSIONS}|Remaster(?:ed)?|Radio|Extended|Bonus|OST|Soundtrack|"
                  r"Score|From)(?![\w])|^[\d\s:.,/-]*$|^(?:with|w/)\s", re.I)


def closing_credit(text: str) -> tuple[int, str, str | None] | None:
    """(where the bracket opens, the main performers, the guests) of an entry closed by a
    credit bracket; None for a version tag, a source or a bracket of another script."""
    m = _CLOSING.search(text)
    if not m or _TAG.search(m.group("who")) or _GUESTS.match(" " + m.group("who")) or \
            not m.group("who")[:1].isupper():
        return None  # '(feat. B)' alone names guests only: FEAT_CREDIT reads it
    head = text[: m.start()]
    if not head.strip() or not same_script(head, m.group("who")):
        return None  # 'TITLE (タイトル)': a translation, not a credit
    who = m.group("who")
    guest = _GUESTS.search(who)
    return m.start(), who[: guest.start()] if guest else who, who[guest.end() :] if guest else None


def bracket_credits(texts: list[str]) -> bool:
    """Whether a block credits its performers in brackets that close its entries, decided
    for the block at once: half its entries or more close so, and two of those brackets or
    more name a guest ('A feat. B'), which only a credit does (a version tag never)."""
    closing = [c for t in texts if (c := closing_credit(t)) is not None]
    return 2 * len(closing) >= len(texts) and sum(1 for c in closing if c[2]) >= 2
