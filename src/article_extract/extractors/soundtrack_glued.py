"""Song credits of languages that glue their particles to names and titles (Korean):
"NAME의 'TITLE'", "A(GROUP)‧B(GROUP)의 'TITLE'", "'TITLE'은 NAME가 노래했다". Split from
soundtrack_credits, whose SongHit they produce."""

from __future__ import annotations

import re

from ..context import Context
from .groups import same_script
from .kinds import work_words
from .names import NameItem
from .soundtrack_credits import ArtistHit, SongHit
from .titles import clean_title
from .topics import TopicsExtractor


def credits_before_quotes(ctx: Context) -> list[SongHit]:
    """"NAME의 'TITLE'", "NAME이 부른 발라드 'TITLE'": in a sentence about music (its words
    found inside words, since Korean glues particles to them), a credit right before a quoted
    title names its singer. The main work's own title is never a song here."""
    music = ctx.rules.cue_regex("soundtrack.music_context_glued")
    before = ctx.rules.cue_regex("songs.credit_before_quote")
    after = [(rid, ctx.rules.cue_regex(rid)) for rid in (
        "songs.credit_after_quote", "songs.singer_is_after_quote")]
    subject = ctx.rules.cue_regex("songs.subject_with_quote")
    kinds = work_words(ctx.rules).kind_lookup
    main = ctx.facts.get(TopicsExtractor).title
    out: list[SongHit] = []
    for sent in ctx.sentences:
        if not music.search(ctx.text, sent.start, sent.end):
            continue
        marked = {s for s, _e, _q in _marked_names(ctx, sent.start, sent.end)}
        for s, e, q in ctx.quoted(sent.start, sent.end):
            title = clean_title(q)
            if not title or title == main or s in marked:
                continue  # '▲ a description ‘NAME’': a lineup entry names a singer, no song
            found = [(m, "songs.credit_before_quote") for m in (
                _nearest(before, ctx.text, max(sent.start, s - 40), s - 1),) if m]
            found += [(m, rid) for rid, rx in after if (m := rx.match(ctx.text, e, sent.end))]
            found += [(m, "songs.subject_with_quote") for m in subject.finditer(
                ctx.text, max(sent.start, s - 20), s + len(q) + 6) if m.end() == s]
            for m, rid in found:
                if m.group("who").lower() in kinds or music.fullmatch(m.group("who")):
                    continue  # 'OST의 제작은 'TITLE'': a kind or music word, not a singer
                if m.groupdict().get("alias") and not _LATIN.search(m.group("who")):
                    continue  # '부터 (NAME)의': a word before a spaced bracket is no singer
                out.append(SongHit(title, s, e, tuple(_chained(ctx, m)), rid, True))
                break  # the first credit that names someone
    return out


def lineup_marks(ctx: Context) -> list[ArtistHit]:
    """'OST 라인업은 ▲폭발적인 가창력의 ‘NAME’ ▲섬세한 음색 ‘NAME’ ▲...': Korean press lists a
    lineup as entries opened by '▲', each a description and then the singer in quotes; in a
    sentence about music, three entries or more so shaped are the soundtrack's singers."""
    music = ctx.rules.cue_regex("soundtrack.music_context_glued")
    return [ArtistHit(NameItem(q, s, e), "artists.lineup_marks")
            for sent in ctx.sentences if music.search(ctx.text, sent.start, sent.end)
            for s, e, q in _marked_names(ctx, sent.start, sent.end)]


_MARK = "▲"


def _marked_names(ctx: Context, start: int, end: int) -> list[tuple[int, int, str]]:
    """The first quoted name (up to twelve characters, after a description) of each '▲' entry
    of a sentence with three entries or more; read once per sentence, which both the song
    credits and the lineup ask about."""
    if _MARK not in ctx.text[start:end]:
        return []
    return ctx.memo(("marked_names", start, end), lambda: _read_marked(ctx, start, end))


def _read_marked(ctx: Context, start: int, end: int) -> list[tuple[int, int, str]]:
    marks = [i for i in range(start, end) if ctx.text[i] == _MARK]
    if len(marks) < 3:
        return []
    out: list[tuple[int, int, str]] = []
    for k, at in enumerate(marks):
        stop = marks[k + 1] if k + 1 < len(marks) else end
        found = next(((s, e, q) for s, e, q in ctx.quoted(at, stop)), None)
        if found and len(found[2]) <= 12 and ctx.text[at + 1 : found[0] - 1].strip():
            out.append(found)
    return out if len(out) >= 3 else []


def _credited(text: str, m: re.Match[str]) -> NameItem:
    """The singer of a Korean credit, with the group its bracket names ('NAME(GROUP)의'); a
    bracket after a space is the name's other spelling ('Night Owls (한빛)의'), and a group in
    Latin capitals with its hangul reading may stand before the member
    ('NIGHTJAR(나이트자) 김하늘의')."""
    grp = m.groupdict().get("grp")
    group = (grp, m.start("grp"), m.end("grp")) if grp else None
    before = _GROUP_BEFORE.search(text, max(0, m.start("who") - 30), m.start("who"))
    if group is None and before is not None and not same_script(before.group("grp"),
                                                                 m.group("who")):
        group = (before.group("grp"), before.start("grp"), before.end("grp"))
    return NameItem(m.group("who"), m.start("who"), m.end("who"), group=group)


_LATIN = re.compile(r"[A-Za-z]")
_GROUP_BEFORE = re.compile(r"(?<![\w])(?P<grp>[A-Z][A-Z0-9]{1,9})\s?\([\uac00-\ud7af]{1,8}\)\s$")


def _nearest(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The credit match nearest the title: "인디계의 아이돌 별빛의 'TITLE'" is 별빛's, not the
    scene's (the pattern allows words between a credit and its title)."""
    found = None
    while (m := pattern.search(text, lo, hi)) is not None:
        found, lo = m, m.end("who")
    return found


# 'A(GROUP)‧B(GROUP)의 'TITLE'', 'A, B가 부른': the singers chained before the one the credit
# regex found
_CHAIN = re.compile(r"(?<![\uac00-\ud7afA-Za-z0-9])(?P<who>[\uac00-\ud7afA-Za-z0-9]{1,12})"
                    r"(?:\((?P<grp>[^()\n]{1,20})\))?\s*(?P<link>[‧·・,])\s*$")
# the last syllables of Korean particles and verb modifiers ('들려준, NAME이 부른'): a word
# ending so before a comma closes a clause; it is no singer
_ENDINGS = frozenset("는은던된준진낸한운린를을가이고서며게도만와과로의에데")
# the tense syllables of a Korean verb ('발표했는데,', '했고,'): a word with one is no name
_TENSE = re.compile(r"[았었였했졌겠]")


def _chained(ctx: Context, m: re.Match[str]) -> list[NameItem]:
    out = [_credited(ctx.text, m)]
    pos = m.start("who")
    while (c := _CHAIN.search(ctx.text, max(0, pos - 40), pos)) is not None:
        if c.group("link") == "," and (c.group("who")[-1] in _ENDINGS or _TENSE.search(
                c.group("who"))):
            break
        out.insert(0, _credited(ctx.text, c))
        pos = c.start("who")
    return out
