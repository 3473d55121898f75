"""Cast: people stated to act in the main work, each with the other works the text credits.

Cast cues: 'starring A, B and C' (when it follows the main work, not another title), 'A and B
lead the cast', 'the cast includes ...', 'A plays CHARACTER', 'CHARACTER (played by A)'."""

from __future__ import annotations

import re

from ..context import Context
from ..models import CastMember, Mention
from ..spans import unique
from .names import NameItem, known_for_titles, paren_spans, parse_name_list
from .titles import quoted_spans, run_re

_FORWARD = re.compile(
    r"(?<![\w-])(?:starring|co-starring|stars|(?:the\s+)?(?:main\s+|lead\s+|star-studded\s+|"
    r"ensemble\s+|voice\s+)?cast\s+(?:also\s+)?(?:includes|include|including|features|of|is led by|"
    r"led by|is headlined by|comprises|boasts)|(?:joined|rounded out|supported)\s+by|"
    r"(?:the\s+)?(?:voice\s+)?cast\s*:)\s+", re.I)
_BACKWARD = re.compile(
    r"\s+(?:lead|leads|headline|headlines|front|fronts|star|co-star)\s+(?:the\s+)?(?:cast|series|"
    r"drama|film|movie|show|ensemble|in|as|alongside|opposite)?(?![\w-])", re.I)
_PLAYS = re.compile(
    r"\s+(?:plays|will play|stars as|portrays|will portray|takes on the role of|plays the role of|"
    r"is cast as|was cast as|has been cast as|voices|will voice|returns as|appears as)\s+", re.I)
_PLAYED_BY = re.compile(r"\(?\b(?:played|portrayed|voiced)\s+by\s+", re.I)
_ANAPHOR_END = re.compile(
    r"(?:\b(?:the|this|this\s+new|new)\s+(?:[\w+-]+\s+){0,3}?(?:drama|series|show|film|movie|sitcom|"
    r"thriller|romance|production|project|anime)|\bit|\bwhich|\bthat|\bwho)\s*,?\s*$", re.I)


def _owner_ok(ctx: Context, sent_start: int, cue_start: int, title: str | None) -> bool:
    """'X starring A' belongs to the main work only when X is the main title or a phrase like
    'the drama'; another title right before the cue makes it that work's cast."""
    before = ctx.text[sent_start:cue_start].rstrip(" ,\"”’'")
    if title and before.endswith(title):
        return True
    if _ANAPHOR_END.search(before):
        return True
    tail = before[-80:]
    quoted = quoted_spans(tail, 0, len(tail))
    if quoted and quoted[-1][1] >= len(tail) - 1:
        return bool(title and quoted[-1][2] == title)
    runs = list(run_re().finditer(tail))
    if runs and runs[-1].end() == len(tail):
        last = runs[-1].group(0)
        if title and title in last:
            return True
        ents = ctx.ents_in(sent_start + len(before) - len(last), sent_start + len(before),
                           ("PERSON",))
        return not (len(last.split()) >= 2 and not ents)
    return bool(title and title in before) or not title


def _looks_like_person(ctx: Context, item: NameItem) -> bool:
    if not re.search(r"[A-Za-z]", item.name) or (item.name.isupper() and len(item.name) > 4):
        return False
    words = item.name.split()
    if ctx.ents_in(item.start, item.end, ("PERSON",)):
        return True
    if ctx.ents_in(item.start, item.end, ("GPE", "ORG", "WORK_OF_ART", "DATE", "NORP", "LOC")):
        return False
    return 2 <= len(words) <= 4


def find_cast(ctx: Context, title: str | None) -> list[CastMember]:
    people: dict[str, CastMember] = {}

    def add(item: NameItem, rule: str) -> None:
        if not _looks_like_person(ctx, item):
            return
        if title and (item.name == title or item.name in title):
            return
        if item.name not in people:
            people[item.name] = CastMember(name=item.name, known_for=[],
                                           evidence=ctx.evidence(item.start, item.end), rule=rule)

    for sent in ctx.sentences:
        for cue in _FORWARD.finditer(ctx.text, sent.start, sent.end):
            word = cue.group(0).strip().lower()
            if word.startswith(("starring", "co-starring", "stars")) and not _owner_ok(
                    ctx, sent.start, cue.start(), title):
                continue
            for item in parse_name_list(ctx.text, cue.end(), sent.end, groups=False):
                add(item, "cast.starring" if "star" in word else "cast.cast_includes")
        for cue in _BACKWARD.finditer(ctx.text, sent.start, sent.end):
            start = _list_start(ctx, sent.start, cue.start())
            items = parse_name_list(ctx.text, start, cue.start(), groups=False)
            if items and items[-1].end >= cue.start() - 1:
                for item in items:
                    add(item, "cast.lead_the_cast")
        for cue in _PLAYS.finditer(ctx.text, sent.start, sent.end):
            run = _run_before(ctx, sent.start, cue.start())
            if run:
                add(run, "cast.plays_role")
        for cue in _PLAYED_BY.finditer(ctx.text, sent.start, sent.end):
            items = parse_name_list(ctx.text, cue.end(), sent.end, groups=False)
            if items:
                add(items[0], "cast.played_by")
    members = list(people.values())
    return [_with_known_for(ctx, m) for m in members]


def _list_start(ctx: Context, sent_start: int, cue_start: int) -> int:
    """Where a name list that ends at the cue begins: after the last clause break."""
    chunk = ctx.text[sent_start:cue_start]
    m = None
    for m in re.finditer(r"(?:^|[;:]|\b(?:while|and|but|where|as)\s+(?=[A-Z][^,]*\s+and\s)|"
                         r"—|--)\s*", chunk):
        pass
    return sent_start + (m.end() if m else 0)


def _run_before(ctx: Context, sent_start: int, pos: int) -> NameItem | None:
    chunk = ctx.text[sent_start:pos]
    m = re.search(r"(?:[A-Z][\w'’.\-]*)(?:\s+[A-Z][\w'’.\-]*){0,3}$", chunk)
    if not m:
        return None
    s = sent_start + m.start()
    name = m.group(0)
    prev = chunk[: m.start()].rstrip()
    if prev.endswith((",", "(")) or not prev or re.search(r"\b(?:and|while|actor|actress|star)$",
                                                           prev):
        return NameItem(name, s, s + len(name))
    return NameItem(name, s, s + len(name))


def _name_forms(name: str) -> list[str]:
    words = name.split()
    forms = [name]
    if len(words) >= 2:
        forms += [words[0], words[-1]]
    return forms


def _with_known_for(ctx: Context, member: CastMember) -> CastMember:
    titles: list[Mention] = []
    forms = _name_forms(member.name)
    for i, form in enumerate(forms):
        for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", ctx.text):
            if i and _other_full_name(ctx, m.start(), m.end(), member.name):
                continue
            titles.extend(_credits_after(ctx, m.end()))
    values = unique([t.value for t in titles])
    kept = [next(t for t in titles if t.value == v) for v in values]
    return member.model_copy(update={"known_for": values, "known_for_evidence": kept})


def _other_full_name(ctx: Context, s: int, e: int, full: str) -> bool:
    """A bare surname inside another full name ('Kim' of 'Kim Ji-won') is not this person."""
    for ent in ctx.ents_in(s, e, ("PERSON",)):
        if ent.text != full and ent.text not in full:
            return True
    word_before = re.search(r"[A-Z][\w-]*\s+$", ctx.text[max(0, s - 30) : s])
    word_after = re.match(r"\s+[A-Z][\w-]*", ctx.text[e : e + 30])
    return bool((word_before or word_after) and ctx.text[s:e] != full)


def _credits_after(ctx: Context, pos: int) -> list[Mention]:
    """'(starred in X)', ', who played in X,', ', best known for X,', ' is known for X'."""
    text = ctx.text
    out: list[Mention] = []
    m = re.match(r"\s*\(", text[pos : pos + 3])
    if m:
        spans = paren_spans(text, pos, min(len(text), pos + 200))
        if spans and spans[0][0] == pos + m.end() - 1:
            a, b = spans[0]
            out += _mentions(known_for_titles(text, a + 1, b - 1), ctx, "cast.known_for_paren")
        return out
    m = re.match(r",\s+(?P<clause>(?:who|best|known|widely|famous|recognized|the star|"
                 r"previously|fresh|recently)[^;()]{3,160}?)(?:,(?=\s)|\.(?=\s|$)|;|$)",
                 text[pos : pos + 200])
    if m:
        a = pos + m.start("clause")
        b = pos + m.end("clause")
        out += _mentions(known_for_titles(text, a, b), ctx, "cast.known_for_appositive")
        return out
    m = re.match(r"\s+(?:is|was|remains)\s+(?P<clause>(?:best\s+|widely\s+)?(?:known|famous|"
                 r"remembered)\s+for[^;()]{3,160}?)(?:\.(?=\s|$)|;|$)", text[pos : pos + 200])
    if m:
        a = pos + m.start("clause")
        b = pos + m.end("clause")
        out += _mentions(known_for_titles(text, a, b), ctx, "cast.known_for_clause")
    return out


def _mentions(found: list[tuple[str, int, int]], ctx: Context, rule: str) -> list[Mention]:
    return [Mention(value=t, evidence=ctx.evidence(s, e), rule=rule) for t, s, e in found]
