"""The title policy: score the candidates, pick the main work, name the release it may be."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..context import Context
from ..lines import Line
from ..models import Evidence
from ..spans import occurrences
from .topics_candidates import _WORD, TitleHit
from .topics_fullname import (
    ACRONYM,
    SUBTITLE_JOIN,
    franchise_name,
    spelled_out,
    subtitled_name,
    with_main_part,
    with_subtitle,
)
from .topics_headline import headline, lede, ranked_kinds, ranked_list, ranking_headline, unit_word
from .topics_patterns import TitlePatterns
from .topics_result import Topics, is_speech


@dataclass
class _Cand:
    title: str
    score: float = 0.0
    first: int = 10**9
    evidence: tuple[int, int] | None = None
    kinds: Counter[str] = field(default_factory=Counter)
    rules: Counter[str] = field(default_factory=Counter)

    def hit(self, start: int, end: int, points: float, rule: str) -> None:
        self.score += points
        self.rules[rule] += 1
        if start < self.first:
            self.first = start
            self.evidence = (start, end)


_ALBUM_NEWS = re.compile(r"(?<![\w])(?:OST|soundtrack|cast\s+album|album|score|EP)(?![\w])", re.I)
_ALBUM_AFTER_TITLE = re.compile(r"['’]?s?\s+(?:(?:OST|original\s+soundtrack|soundtrack)\s+"
                                r"(?:album|pre-?orders?|pre-?sales?|vinyl|LP|CD|앨범|발매)|album)(?![\w])",
                                re.I)  # 'X OST pre-order begins', "'X' OST 발매": the record is the news
# "'X' season four volume one soundtrack revealed", 'X soundtrack features A, B', 'X soundtrack to
# be issued on vinyl': the headline's news is the soundtrack's release or its contents
_SOUNDTRACK_NEWS_AFTER_TITLE = re.compile(
    r"['’]?s?(?:\s+[a-z0-9][\w-]{0,15}){0,5}?\s+(?:OST|soundtrack)\s+(?:is\s+|to\s+be\s+)?(?:"
    r"revealed|released|reissued|issued|announced|unveiled|detailed|details|features|featuring|"
    r"tracklist|track\s+list|(?:comes|coming|heads|heading)\s+to\s+(?:vinyl|CD))(?![\w])")
# 'Label Releases Soundtrack For X', 'Soundtrack Album To X': the headline names the record first
# (not 'part 3 of OST for X': a single of the show's soundtrack)
_SOUNDTRACK_FOR = re.compile(r"Soundtrack\s+(?:Album\s+)?(?:For|To)\s+['‘\"“]?$")
# '[OST] X (complete)', 'OST - X PREORDER': a page tagged as a soundtrack record
_OST_TAG = re.compile(r"^\W*(?:\[\s*(?:OST|Soundtrack)\s*\]|OST\s+[-–—:]\s)")
# 'New Music To NAME Soundtrack': a headline about the work's soundtrack as a release
_SOUNDTRACK_AFTER_TITLE = re.compile(r"['’]?s?\s+(?:Original\s+)?Soundtrack(?![\w])")
_ALBUM_REVIEW = re.compile(r"^\W*album\s+review\b", re.I)
_HEAD_OST_ALBUM = re.compile(r"\b(?:OST|soundtrack)\s+album\b", re.I)
_BODY_OST_ALBUM = re.compile(r"\s+(OST|Original\s+Soundtrack)\s+album\b", re.I)


def _body_release(ctx: Context, title: str, after: int) -> tuple[str, Evidence, str] | None:
    """'the X OST album' in the prose: the release's name is 'X OST'."""
    for i in occurrences(ctx.text, title, _WORD, None):
        m = _BODY_OST_ALBUM.match(ctx.text, i + len(title)) if i >= after else None
        if m:
            return (f"{title} {m.group(1)}", ctx.evidence(i, i + len(title)),
                    "work.title_release_name")
    return None


_QUALIFIED_OST = re.compile(r"\s+(?:Full|Complete|Official|Special|Deluxe)\s+(OST|Soundtrack)\b")
_QUOTED_OST = re.compile(r"[’'\"”](\s+(?:OST|Original\s+Soundtrack|Soundtrack))\s+(?:Album|LP|CD)\b",
                         re.I)
_OST_SUFFIX = re.compile(r"\s+(?:OST|Original\s+Soundtrack|Soundtrack)")
_RELEASE_NEWS = re.compile(r"(?<![\w])(?:album|tracks?|tracklist|track\s+list|LP|vinyl|"
                           r"(?:two|2|double)-(?:disc|CD))(?![\w])", re.I)


# a quoted title right after one of these is a credit, a song or a list entry, not the topic
_NOT_TOPIC_BEFORE = re.compile(
    r"(?<![\w])(?:in|for|of|from|by|to|on|like|with|and|or|include|includes|including|as|"
    r"sang|sings|sung|performed|theme|song|single|track|ballad|OST|titled|called)\s*,?\s*$", re.I)
# what may stand before a title that is its sentence's subject: nothing, or a short opener
# ('Over on Prime Video, ', 'Meanwhile, ')
_SUBJECT_LEAD = re.compile(r"\s*(?:(?:[\w'’+-]+\s+){0,4}[\w'’+-]+,\s*)?")


def top_lines(ctx: Context, n: int = 5) -> str:
    """The first content lines (masthead, section label, headline, standfirst): where a page
    says it is about an album even when the headline itself is hard to pick."""
    lines = [x.text for x in ctx.segments.lines if x.kind not in ("blank", "noise")]
    return " ".join(lines[:n])


def _translated_from(ctx: Context, cands: dict[str, _Cand], best: _Cand) -> _Cand:
    """'"TITLE" (한국어 제목)': a title the text gives in brackets after another
    candidate is that work's name in another script or language; the article's own name for it
    is the one it brackets."""
    if ACRONYM.fullmatch(best.title):
        return best  # 'MMK' is written out by _spelled_out, with its own rule id
    for i in occurrences(ctx.text, f"({best.title})", None, None):
        before = ctx.text[max(0, i - 120) : i].rstrip().rstrip("\"”’'")
        for c in cands.values():
            if c is not best and c.evidence is not None and before.endswith(c.title):
                c.score = max(c.score, best.score)  # one work, counted with both its names
                return c
    return best


def choose_title(ctx: Context, p: TitlePatterns, hits: list[TitleHit], blocked: frozenset[str]
                 ) -> Topics:
    """The policy: score, drop the merely repeated, pick the best above the floor; a formally
    named release in the headline becomes the main work itself."""
    text = ctx.text
    w = p.weights
    cands: dict[str, _Cand] = {}
    for h in hits:
        c = cands.setdefault(h.title, _Cand(h.title))
        c.hit(h.start, h.end, float(w["points"][h.rule]), h.rule)
        if h.kind:
            c.kinds[h.kind] += 1
    head = headline(ctx)
    head_text = text[head.start : head.end] if head else ""
    for key in [k for k, c in cands.items() if set(c.rules) == {"work.title_repeated"}
                and (not _in_headline(k, head_text) or _place_name(text, k)
                     or unit_word(text, k))]:
        del cands[key]  # a capitalized phrase that is only repeated, never introduced as a work
    ranked = ranked_list(ctx)
    ranking = ranking_headline(ctx.rules, head_text) or ranked is not None
    title: tuple[str, Evidence, str] | None = None
    kinds: Counter[str] = ranked_kinds(ctx.rules, head_text if ranked is None else ranked[2]
                                       ) if ranking else Counter()
    candidates: list[str] = []
    best: _Cand | None = None
    bracketed: _Cand | None = None
    if cands:
        counts = _mentions(text, list(cands))
        first_line = lede(ctx) if head is None else ""
        opening = _past_rubric(text, head_text).lstrip("\"“'‘[(").upper()
        for c in cands.values():
            c.score += min(counts.get(_canon(c.title), 1) - 1, int(w["repeat_cap"]))
            if _in_headline(c.title, head_text):
                c.score += w["headline"] + (w["headline_start"] if opening.startswith(
                    c.title.upper()) else 0)
            elif first_line and "work.title_quoted" in c.rules and first_line.lstrip(
                    "\"“'‘[(").startswith(c.title):
                c.score += w["headline"]  # no headline: a lede opening with it quoted stands in
        best = max(cands.values(), key=lambda c: (c.score, -c.first, c.title))
        bracketed = best
        best = _translated_from(ctx, cands, best)
        candidates = sorted(
            c.title for c in cands.values() if c.title != best.title and set(c.rules) - {
                "work.title_repeated", "work.title_quoted"})
        if best.score >= w["min_score"] and best.evidence is not None and not ranking:
            title, kinds = _release_or_work(ctx, p, cands, best, head, head_text)
    main = title[0] if title else None
    alias = best.title if title and best is not None and best.title != main else None
    if title and bracketed is not None and bracketed is not best:
        alias = bracketed.title  # '"Word Word Word" (WWW)': the bracketed name is an alias
    if main and alias is None:  # "'TITLE-SUBTITLE'" first, "'TITLE'" after: the short name
        alias = next((c.title for c in cands.values() if main.startswith(c.title) and
                      SUBTITLE_JOIN.match(main, len(c.title))), None)
    others = sorted(set(_other_titles(ctx, main, blocked)) | set(candidates))
    others = [o for o in others if o != alias]
    return Topics(main, title[1] if title else None, title[2] if title else None, kinds,
                  tuple(others), blocked, _subjects(ctx, main, alias), alias, ranking,
                  ranked[:2] if ranked else None)


def _past_rubric(text: str, head_text: str) -> str:
    """The headline after a section label the page never uses again ('Promo Round-up: TITLE',
    'Exclusive: TITLE') when what follows it recurs in the text: the headline's opening is
    that (a fact line 'Runtime: 112 minutes' keeps its own)."""
    m = _RUBRIC.match(head_text)
    return m.group(2) if m and text.count(m.group(1)) == 1 and text.count(
        m.group(2).strip()) > 1 else head_text


_RUBRIC = re.compile(r"\s*([^:\n]{1,30}):\s+(\S.*)", re.S)


# 'in PLACE', 'south of PLACE', 'near PLACE' (never 'starred in TITLE': a screen verb first)
_PLACE_BEFORE = re.compile(r"(?<![\w'’])(?:(?<!starred )(?<!starring )(?<!appeared )(?<!role )"
                           r"(?<!roles )(?<!cast )(?<!seen )(?<!known )in|at|near|outside|"
                           r"(?:north|south|east|west)\s+of)\s+$", re.I)


def _place_name(text: str, name: str) -> bool:
    """A capitalized phrase that each of its (two or more) mentions places: after 'in',
    'at', 'near' or 'south of', never after a screen verb. Only repeated, it names where the
    story happens, not a work, even in the headline ('Cameras roll in PLACE')."""
    spots = list(occurrences(text, name))
    return len(spots) >= 2 and all(
        _PLACE_BEFORE.search(text, max(0, s - 20), s) is not None for s in spots)


def _in_headline(title: str, head_text: str) -> bool:
    """The headline names the title as written, or shouts it ('the GAME NAME series') when
    the title has more than one word (one capitalised word is too easily another's)."""
    if title in head_text:
        return True
    if " " not in title:
        return False
    up = title.upper()  # a plain search: a pattern per candidate would be compiled per article
    i = head_text.find(up)
    while i >= 0:
        before = head_text[i - 1 : i]
        after = head_text[i + len(up) : i + len(up) + 1]
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            return True
        i = head_text.find(up, i + 1)
    return False


def _release_or_work(ctx: Context, p: TitlePatterns, cands: dict[str, _Cand], best: _Cand,
                     head: Line | None, head_text: str
                     ) -> tuple[tuple[str, Evidence, str], Counter[str]]:
    kinds = best.kinds
    album: Counter[str] = Counter({"album": 1})
    own = p.release_suffix.search(best.title)
    if own and own.end() == len(best.title):
        kinds = album  # the title names a release
    if any(p.format_suffix.match(ctx.text, i + len(best.title))
           for i in occurrences(ctx.text, best.title, None, _WORD)):
        kinds = album  # 'TITLE: Red Vinyl LP': a store page sells the record
    release = _formal_release(ctx, p, best.title, head_text + " " + top_lines(ctx))
    if release:
        return (release[0], ctx.evidence(release[1], release[2]), "work.title_release_name"), album
    named = _quoted_release(cands, best.title, head_text) or _listed_release(
        ctx, cands, best.title, head_text)
    if named and named.evidence:
        return (named.title, ctx.evidence(*named.evidence), "work.title_release_name"), album
    if head:
        news = bool(_RELEASE_NEWS.search(head_text))
        for i in occurrences(head_text, best.title, None, _WORD):
            suffix = _OST_SUFFIX.match(head_text, i + len(best.title))
            if suffix and (news or "Original" in suffix.group(0)):
                # 'X OST Album Pre-Release ...', 'X Original Soundtrack Announced': the headline
                # names the release itself
                s = head.start + i
                return (head_text[i : suffix.end()], ctx.evidence(s, s + suffix.end() - i),
                        "work.title_release_name"), album
            qualified = _QUALIFIED_OST.match(head_text, i + len(best.title))
            if qualified and news:  # 'X Full OST Album Released': the release is 'X OST'
                s = head.start + i
                return (f"{best.title} {qualified.group(1)}", ctx.evidence(s, s + len(best.title)),
                        "work.title_release_name"), album
            if news and _HEAD_OST_ALBUM.search(head_text, i + len(best.title)):
                named_in_body = _body_release(ctx, best.title, head.end)
                if named_in_body is not None:  # 'X confirms special OST album ...', 'the X
                    return named_in_body, album  # OST album features ...': the album is news
            quoted = _QUOTED_OST.match(head_text, i + len(best.title))
            if quoted and (best.title + quoted.group(1)) in ctx.text[head.end :]:
                # "'X' OST Album" and 'the X OST album' in the prose: that is the release's name
                s = head.start + i
                return (best.title + quoted.group(1), ctx.evidence(s, s + len(best.title)),
                        "work.title_release_name"), album
    if head and (any(_ALBUM_AFTER_TITLE.match(head_text, i + len(best.title)) or
                     _SOUNDTRACK_AFTER_TITLE.match(head_text, i + len(best.title)) or
                     _SOUNDTRACK_NEWS_AFTER_TITLE.match(head_text, i + len(best.title)) or
                     _SOUNDTRACK_FOR.search(head_text, 0, i) or _OST_TAG.match(head_text)
                     for i in occurrences(head_text, best.title, None, _WORD))
                 or _ALBUM_REVIEW.search(head_text)):
        kinds = album  # 'X album review: ...', 'Album Review - X'
    full = spelled_out(ctx, best.title)
    if full is not None:  # '"WWW" returns': the text also writes it out, '"Word Word Word" (WWW)'
        return (full[0], ctx.evidence(full[1], full[2]), "work.title_acronym"), kinds
    longer = franchise_name(cands, best.title) or subtitled_name(cands, best.title)
    if longer is not None and longer.evidence:  # "'SUBTITLE'" and "'The SAGA: SUBTITLE'"
        return (longer.title, ctx.evidence(*longer.evidence), "work.title_subtitle"), kinds
    full = with_subtitle(ctx, p, best.title) or with_main_part(ctx, best.title)
    if full is not None:  # 'TITLE' in the headline, 'TITLE: A Subtitle' in the prose
        return (full[0], ctx.evidence(full[1], full[2]), "work.title_subtitle"), kinds
    assert best.evidence is not None
    s, e = best.evidence
    rules = [r for r, _ in best.rules.most_common() if r != "work.title_repeated"]
    return (best.title, ctx.evidence(s, e), rules[0] if rules else "work.title_repeated"), kinds


def _quoted_release(cands: dict[str, _Cand], title: str, head_text: str) -> _Cand | None:
    """'"X OST" Two-Disc Album Arrives ...': the headline quotes the release by its own name
    (the work's title plus 'OST') and speaks of an album or its tracks, so the release is the
    subject. 'X' OST: 5 songs' (the quotes around the work alone) stays about the work."""
    if not _RELEASE_NEWS.search(head_text):
        return None
    for c in cands.values():
        if (c.title.startswith(title) and _OST_SUFFIX.fullmatch(c.title, len(title))
                and "work.title_quoted" in c.rules and c.title in head_text):
            return c
    return None


def _listed_release(ctx: Context, cands: dict[str, _Cand], title: str, head_text: str
                    ) -> _Cand | None:
    """A product listing's own line, '"X Original Soundtrack: Japanese Edition"', under a
    headline about the soundtrack: the release so named is the subject."""
    if not _ALBUM_NEWS.search(head_text):
        return None
    for c in sorted(cands.values(), key=lambda c: c.first):
        if not (c.title.startswith(title) and c.evidence and "work.title_quoted" in c.rules
                and _OST_SUFFIX.match(c.title, len(title))):
            continue
        line = ctx.paragraph_at(c.evidence[0])
        if line is not None and line.text.strip(" \"“”'‘’") == c.title:
            return c
    return None


def _formal_release(ctx: Context, p: TitlePatterns, title: str, head_text: str
                    ) -> tuple[str, int, int] | None:
    """When the headline is about a release named formally after the work ('X (Original Motion
    Picture Soundtrack)', 'X: Original Cast Recording'), that release is the main work."""
    if not _ALBUM_NEWS.search(head_text):
        return None
    for s in occurrences(ctx.text, title, None, None):
        suffix = p.release_suffix.match(ctx.text, s + len(title))
        if suffix:
            return ctx.text[s : suffix.end()], s, suffix.end()
    upper = title.upper()  # a shop's 'TITLE: Original Motion Picture Soundtrack'
    for s in occurrences(ctx.text, upper, _WORD, _WORD) if upper != title else ():
        suffix = p.release_suffix.match(ctx.text, s + len(upper))
        if suffix:
            return ctx.text[s : suffix.end()], s, suffix.end()
    return None


def _mentions(text: str, titles: list[str]) -> Counter[str]:
    """Mentions of every candidate in one scan, longest first, so 'Words' inside 'More
    Words' counts for the longer one only. A small word inside a title may change case
    ('Salt Of The Earth' is a mention of 'Salt of the Earth'); counts are keyed by `_canon`."""
    loose = [_SMALL_INSIDE.sub(lambda m: f"(?i:{m.group(1)})", re.escape(t))
             for t in sorted(set(titles), key=lambda t: (-len(t), t))]
    pattern = re.compile(rf"(?<![\w])(?:{'|'.join(loose)})(?![\w])")
    return Counter(_canon(m.group(0)) for m in pattern.finditer(text))


_SMALL = "of|the|a|an|and|in|on|to|for|at|by|with|from|or"
_SMALL_INSIDE = re.compile(rf"(?<=\\ )({_SMALL})(?=\\ )", re.I)  # between escaped spaces


def _canon(title: str) -> str:
    """A title with its inner small words in lower case: what its mentions are counted by."""
    return re.sub(rf"(?<= )({_SMALL})(?= )", lambda m: m.group(1).lower(), title, flags=re.I)


def _other_titles(ctx: Context, main: str | None, blocked: frozenset[str]) -> list[str]:
    titles = set()
    for para in ctx.prose():
        for _, _, q in ctx.quoted(para.start, para.end):
            if q != main and q[:1].isupper():
                titles.add(q)
    for t in blocked:
        m = re.search(re.escape(t), ctx.text, re.I)
        if m:
            titles.add(m.group(0))
    return sorted(titles)


# the book-title marks and corner brackets Chinese and Japanese put around a work's name:
# wherever one stands in a sentence ('新片「OTHER」，則由 A 出演'), that work is the subject
# from there on (no capital letter or sentence-opening place says so in these scripts)
_TITLE_BRACKETS = frozenset("《『「")


def _subjects(ctx: Context, title: str | None, alias: str | None = None
              ) -> dict[int, list[tuple[int, bool]]]:
    """Per paragraph, where the main work (True) or another quoted work (False) is named as a
    subject; a quoted title counts only where it is a subject, not a credit or a song
    ('known for "X"', 'the theme "Y"')."""
    out: dict[int, list[tuple[int, bool]]] = {}
    if not title:
        return out
    for para in ctx.prose():
        topics = [(s, True) for name in (title, alias) if name
                  for s in occurrences(ctx.text[para.start : para.end], name, None, None)]
        for s, _e, q in ctx.quoted(para.start, para.end):
            sent = ctx.sentence_at(s)
            before = ctx.text[sent.start if sent else para.start : max(s - 1, para.start)]
            if q[:1].isupper() and q not in (title, alias) and title not in q and \
                    len(q.split()) >= 2 and \
                    not is_speech(q) and _SUBJECT_LEAD.fullmatch(before) and \
                    not _NOT_TOPIC_BEFORE.search(before):
                topics.append((s - para.start, False))
            elif ctx.text[s - 1 : s] in _TITLE_BRACKETS and q not in (title, alias) and \
                    title not in q and (alias is None or alias not in q):
                topics.append((s - para.start, False))  # '「OTHER」' anywhere: another work
        topics.sort()
        out[para.start] = topics
    return out
