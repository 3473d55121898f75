"""The main work: its title (scored among title-shaped spans), kind, platforms, episode count
and filming locations."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any, cast

from ..context import Context, Sentence
from ..models import Evidence, Mention, WorkKind
from ..rules import alternation, load_data, number_words
from ..segment import Line
from ..spans import occurrences
from .titles import clean_title, connectors, quoted_spans, run_re, title_like

MIN_TITLE_SCORE = 3.0


@cache
def _lex() -> dict[str, Any]:
    data: dict[str, Any] = load_data("lexicon")
    return data


@cache
def kind_lookup() -> dict[str, str]:
    kinds: dict[str, list[str]] = _lex()["kind_words"]
    return {w.lower(): k for k, words in kinds.items() for w in words}


@cache
def _kind_before_re() -> re.Pattern[str]:
    """A kind word right before a title: 'the tvN K-drama TITLE', 'the film "TITLE"'."""
    genres: list[str] = _lex()["genre_words"]
    words = alternation(list(kind_lookup()) + genres)
    return re.compile(
        rf"(?<![\w-])(?P<kind>{words})(?:\s*,)?\s+(?:(?:titled|called|dubbed|named|,)\s+)?(?=\S)",
        re.I)


@cache
def _after_re() -> re.Pattern[str]:
    cues: list[str] = _lex()["after_title_cues"]
    return re.compile(rf"(?:['’]s?)?,?\s+(?:{alternation(cues)})(?![\w])")


@cache
def platform_names() -> dict[str, str]:
    data: dict[str, list[str]] = load_data("platforms")
    return {n: kind for kind in ("video", "music") for n in data[kind]}


@cache
def _platform_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w+])(?:{alternation(list(platform_names()))})(?![\w+])")


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


def _trim_run(text: str, s: int, e: int) -> tuple[int, int]:
    """Cut a run after its last platform, kind word or possessive ("Netflix's TITLE")."""
    span = text[s:e]
    cut = 0
    toks = list(re.finditer(r"\S+", span))
    for k, m in enumerate(toks):
        tok = m.group(0)
        bare = tok.rstrip("'’s") if tok.endswith(("'s", "’s")) else tok
        pair = f"{tok} {toks[k + 1].group(0)}" if k + 1 < len(toks) else ""
        if pair.rstrip(",.;:") in platform_names():
            cut = toks[k + 1].end()  # 'BBC One', 'Tencent Video': the longer name wins
            continue
        if k == 1 and toks[0].group(0) in ("The", "A", "An") and tok.endswith(("'s", "’s")):
            continue  # "The NOUN's NOUN": a possessive inside the title
        if tok.endswith(("'s", "’s", "s'", "s’")) or bare.lower() in kind_lookup() or \
                tok in platform_names():
            cut = m.end()
    s2 = s + cut
    while s2 < e and text[s2].isspace():
        s2 += 1
    return s2, e


_PRONOUNISH = frozenset(["the", "a", "an", "it", "its", "this", "that", "these", "those", "their",
                         "his", "her", "our", "my", "your", "we", "they", "he", "she", "i", "you"])
_BYLINE = re.compile(r"^(?:by\s|posted\s|published|updated|home\s*>|written by|words by|"
                     r"\w+ \d{1,2}, \d{4}\b|\d{4}-\d{2}-\d{2})", re.I)


def _excluded(title: str, ctx: Context, blocked: set[str]) -> bool:
    low = title.casefold()
    if low in blocked or title in platform_names() or low in kind_lookup() or \
            low.removesuffix("s") in kind_lookup():
        return True
    if re.fullmatch(r"[\d\s.,:-]+", title) or len(title) < 2:
        return True
    words = title.split()
    if all(w.lower().strip(".,'’") in _PRONOUNISH or w.lower() in connectors() for w in words):
        return True
    generic: list[str] = _lex()["generic_title_words"]
    if all(w.lower().strip(".,:'’()") in generic for w in words):
        return True  # "Original Soundtrack", "Full Tracklist", "News"
    if len(words) > 1 and title.isupper():
        return True  # a shouted headline, not a title
    months: dict[str, int] = load_data("calendar")["months"]
    return words[0].rstrip(".,") in months


def _top_lines(ctx: Context, n: int = 5) -> str:
    """The first content lines (masthead, section label, headline, standfirst): where a page
    says it is about an album even when the headline itself is hard to pick."""
    lines = [x.text for x in ctx.segments.lines if x.kind not in ("blank", "noise")]
    return " ".join(lines[:n])


def headline(ctx: Context) -> Line | None:
    """The first content line that is not a byline, dateline stamp or breadcrumb, if it reads
    like a headline (no final full stop: a first line that ends with one is the lede)."""
    for line in ctx.segments.lines:
        if line.kind in ("blank", "noise") or _BYLINE.match(line.text):
            continue
        if len(line.text.split()) < 3 and not re.search(r"[\"“'‘]", line.text):
            continue
        if re.search(r"\s[|›»>]\s|^[A-Z &]+(?:\s*[|/]\s*[A-Z &]+)+$", line.text):
            continue  # a breadcrumb or section label ('Television & radio | Period drama')
        return None if line.text.endswith(".") else line
    return None


def _runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Title Case runs, cut at sentence breaks ('GORGEOUS. It' is two things)."""
    out = []
    for m in run_re().finditer(text, start, end):
        s = m.start()
        for brk in re.finditer(r"[.!?]\s+", m.group(0)):
            out.append((s, m.start() + brk.start()))
            s = m.start() + brk.end()
        out.append((s, m.end()))
    trimmed = []
    for a, b in out:
        year = _TRAILING_YEAR.search(text, a, b)
        trimmed.append((a, year.start() if year else b))
    return [(a, b) for a, b in trimmed if b > a]


_TRAILING_YEAR = re.compile(r"(?:\s+(?:in|of|from|since|to))?\s+(?:19|20)\d\d$")


_OPENS = re.compile(r"(?:[.!?:]\s+|[\"“'‘(]\s*)$")


def find_main_title(ctx: Context, blocked: set[str]) -> tuple[str, Evidence, str] | None:
    """Score every title-shaped span: a kind word before it, a 'starring'/'OST' cue after it,
    quotes, an appositive ('X, the second album'), repetition and a place in the headline.
    The best above a floor is the main work."""
    text = ctx.text
    cands: dict[str, _Cand] = {}
    persons = {e.text for e in ctx.ents if e.label == "PERSON"}
    places = {e.text for e in ctx.ents if e.label in ("GPE", "LOC")}
    nationalities = {e.text for e in ctx.ents if e.label == "NORP"}

    @cache
    def _after_locative(title: str) -> bool:
        """'in PLACE' somewhere in the text: a place, not a title (asked once per string)."""
        return any(_LOCATIVE_BEFORE.search(text, max(0, s - 40), s)
                   for s in occurrences(text, title, None, _WORD, overlap=True))

    def add(s: int, e: int, points: float, rule: str, kind: str | None = None) -> None:
        title = clean_title(text[s:e])
        if not title or not title_like(title) or _excluded(title, ctx, blocked):
            return
        strong = rule in ("work.title_quoted", "work.title_after_kind", "work.title_appositive",
                          "work.title_owner")
        if title in nationalities:
            return
        if (not strong and title in persons) or (
                rule not in ("work.title_quoted", "work.title_after_kind", "work.title_owner")
                and ctx.ents_in(s, e, ("PERSON",))):
            return  # 'NAME and NAME lead the cast' names people, not a work
        if rule != "work.title_quoted":
            if title.isupper():
                return
            if title in places and _after_locative(title):
                return
        c = cands.setdefault(title, _Cand(title))
        c.hit(s, s + len(text[s:e].rstrip(",;: ")), points, rule)
        if kind:
            c.kinds[kind] += 1

    paras = list(ctx.prose())
    for para in paras:
        quoted = [q for q in quoted_spans(text, para.start, para.end)
                  if not _song_cue_re().search(text, max(para.start, q[0] - 30), q[0])]
        for s, e, _inner in quoted:
            add(s, e, 1.5, "work.title_quoted")
        runs = _runs(text, para.start, para.end)
        run_starts = [a for a, _ in runs]
        for om in _owner_re().finditer(text, para.start, para.end):
            q = next(((s, e) for s, e, _ in quoted if s - 1 <= om.end() <= s), None)
            k = bisect.bisect_right(run_starts, om.end()) - 1
            r = q or (runs[k] if k >= 0 and runs[k][0] == om.end() else None)
            if r:
                add(r[0], r[1], 3.0, "work.title_owner")
        for km in _kind_before_re().finditer(text, para.start, para.end):
            word = km.group("kind")
            if word[0].isupper() and not word.isupper() and not re.match(r"[A-ZÀ-ÖØ-ÞĀ-Ž]-[a-z]", word):
                continue  # 'C-Drama WORD': the kind word is part of a name
            pos = km.end()
            kind = kind_lookup().get(word.lower())
            q = next(((s, e) for s, e, _ in quoted if s - 1 <= pos <= s), None)
            if q:
                add(q[0], q[1], 3.0, "work.title_after_kind", kind)
                continue
            k = bisect.bisect_right(run_starts, pos) - 1
            r = runs[k] if k >= 0 and runs[k][0] <= pos < runs[k][1] else None
            if r:
                s, e = _trim_run(text, pos, r[1])
                colon = re.match(r":\s+", text[e : e + 3])
                j = bisect.bisect_left(run_starts, e + colon.end()) if colon else len(runs)
                nxt = runs[j] if colon and j < len(runs) and runs[j][0] == e + colon.end() else None
                if nxt and text[nxt[0]].isupper():
                    e = nxt[1]  # "NAME: The SUBTITLE"
                if e > s:
                    add(s, e, 3.0, "work.title_after_kind", kind)
        for s, e in runs:
            s2, e2 = _trim_run(text, s, e)
            if e2 <= s2:
                continue
            opens_sentence = s2 == para.start or bool(_OPENS.search(text, max(para.start, s2 - 6),
                                                                        s2))
            if _after_re().match(text, e2, para.end) and not (
                    opens_sentence and len(text[s2:e2].split()) == 1):
                add(s2, e2, 2.0, "work.title_before_cue")
            app = _appositive_re().match(text, e2, para.end)
            if app:
                add(s2, e2, 3.0, "work.title_appositive",
                    kind_lookup().get(app.group("kind").lower()))
            elif len(text[s2:e2].split()) >= 2 or not opens_sentence:
                add(s2, e2, 0.0, "work.title_repeated")  # a lone word opening a sentence is no name
        for s, e, _inner in quoted:
            if _after_re().match(text, min(e + 1, para.end), para.end):
                add(s, e, 2.0, "work.title_before_cue")
            app = _appositive_re().match(text, min(e + 1, para.end), para.end)
            if app:
                add(s, e, 3.0, "work.title_appositive", kind_lookup().get(app.group("kind").lower()))
    if not cands:
        return None
    head = headline(ctx)
    head_text = text[head.start : head.end] if head else ""
    for key in [k for k, c in cands.items() if set(c.rules) == {"work.title_repeated"}
                and k not in head_text]:
        del cands[key]  # a capitalized phrase that is only repeated, never introduced as a work
    if not cands:
        return None
    counts = _occurrences(text, list(cands))
    for c in cands.values():
        c.score += min(counts.get(c.title, 1) - 1, 5)
        if c.title in head_text:
            c.score += 2 + (1 if head_text.lstrip("\"“'‘[(").startswith(c.title) else 0)
    best = max(cands.values(), key=lambda c: (c.score, -c.first, c.title))
    ctx.notes["title_candidates"] = sorted(
        c.title for c in cands.values() if c.title != best.title and set(c.rules) - {
            "work.title_repeated", "work.title_quoted"})
    if best.score < MIN_TITLE_SCORE or best.evidence is None:
        return None
    ctx.notes["main_title_kinds"] = best.kinds
    own = _RELEASE_SUFFIX.search(best.title)
    if own and own.end() == len(best.title):
        ctx.notes["main_title_kinds"] = Counter({"album": 1})  # the title names a release
    release = _formal_release(ctx, best.title, head_text + " " + _top_lines(ctx))
    if release:
        ctx.notes["main_title_kinds"] = Counter({"album": 1})
        return release[0], ctx.evidence(release[1], release[2]), "work.title_release_name"
    named = _quoted_release(cands, best.title, head_text)
    if named and named.evidence:
        ctx.notes["main_title_kinds"] = Counter({"album": 1})
        return named.title, ctx.evidence(*named.evidence), "work.title_release_name"
    if head and any(_ALBUM_AFTER_TITLE.match(head_text, i + len(best.title))
                    for i in occurrences(head_text, best.title, None, _WORD)):
        ctx.notes["main_title_kinds"] = Counter({"album": 1})  # 'X album review: ...'
    s, e = best.evidence
    rules = [r for r, _ in best.rules.most_common() if r != "work.title_repeated"]
    return best.title, ctx.evidence(s, e), rules[0] if rules else "work.title_repeated"


_WORD = re.compile(r"\w")
_LOCATIVE_BEFORE = re.compile(r"(?<![\w])(?:in|at|from|to|near|across)\s+\Z")
_RELEASE_SUFFIX = re.compile(
    r"\s*(?:\((?:Original\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]+\s+){0,2}?(?:Motion\s+Picture\s+|Television\s+|"
    r"Series\s+|Drama\s+|Game\s+)?(?:Soundtrack|Score|Cast\s+(?:Album|Recording))\)|:\s+(?:The\s+)?Original\s+"
    r"(?:Motion\s+Picture\s+|Television\s+|Broadway\s+|London\s+|Korean\s+)?"
    r"(?:Soundtrack|Score|Cast\s+(?:Album|Recording)))")
_ALBUM_NEWS = re.compile(r"(?<![\w])(?:OST|soundtrack|cast\s+album|album|score|EP)(?![\w])", re.I)


_ALBUM_AFTER_TITLE = re.compile(r"['’]?s?\s+(?:(?:OST|original\s+soundtrack|soundtrack)\s+)?"
                                r"album(?![\w])", re.I)
_OST_SUFFIX = re.compile(r"\s+(?:OST|Original\s+Soundtrack|Soundtrack)")
_RELEASE_NEWS = re.compile(r"(?<![\w])(?:album|tracks?|tracklist|track\s+list|LP|vinyl|"
                           r"(?:two|2|double)-(?:disc|CD))(?![\w])", re.I)


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


def _formal_release(ctx: Context, title: str, head_text: str) -> tuple[str, int, int] | None:
    """When the headline is about a release named formally after the work ('X (Original Motion
    Picture Soundtrack)', 'X: Original Cast Recording'), that release is the main work."""
    if not _ALBUM_NEWS.search(head_text):
        return None
    for s in occurrences(ctx.text, title, None, None):
        suffix = _RELEASE_SUFFIX.match(ctx.text, s + len(title))
        if suffix:
            return ctx.text[s : suffix.end()], s, suffix.end()
    return None


def _occurrences(text: str, titles: list[str]) -> Counter[str]:
    """Mentions of every candidate in one scan, longest first, so 'Words' inside 'More
    Words' counts for the longer one only."""
    pattern = re.compile(rf"(?<![\w])(?:{alternation(titles)})(?![\w])")
    return Counter(m.group(0) for m in pattern.finditer(text))


@cache
def _appositive_re() -> re.Pattern[str]:
    """'TITLE, the second album from ...', 'TITLE (ALT TITLE), Fuji TV's new drama', 'TITLE: a
    hushed BBC drama': a title renamed by a kind phrase."""
    words = alternation(list(kind_lookup()))
    return re.compile(rf"['’\"”]?(?:\s*\([^()]{{1,60}}\))?[,:]\s+(?:the|a|an|her|his|their|its|"
                      rf"[\w+ ]{{1,20}}['’]s)\s+(?:[\w,-]+\s+){{0,4}}?(?P<kind>{words})(?![\w])", re.I)


@cache
def _owner_re() -> re.Pattern[str]:
    """'the makers of X', 'the cast of X': the phrase names the work that follows."""
    cues: list[str] = _lex()["title_owner_cues"]
    return re.compile(rf"(?<![\w])(?:{alternation(cues)})\s+", re.I)


@cache
def _song_cue_re() -> re.Pattern[str]:
    """A quoted title right after 'dance to', 'sang', 'the ballad' is a song, not the work."""
    cues: list[str] = _lex()["song_cues"]
    return re.compile(rf"(?<![\w])(?:{alternation(cues)})s?\s*,?\s*[\"“‘']?$", re.I)


@cache
def _kind_word_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(list(kind_lookup()))})s?(?![\w-])", re.I)


def find_kind(ctx: Context) -> WorkKind | None:
    """The kind the title is introduced with; else the kind words the article uses most."""
    kinds = ctx.notes.get("main_title_kinds")
    if isinstance(kinds, Counter) and kinds:
        top = kinds.most_common()
        if len(top) == 1 or top[0][1] > top[1][1]:
            return cast(WorkKind, str(top[0][0]))
    counts: Counter[str] = Counter()
    for para in ctx.prose():
        for m in _kind_word_re().finditer(ctx.text, para.start, para.end):
            word = m.group(0).lower()
            kind = kind_lookup().get(word) or kind_lookup().get(word[:-1])
            if kind:
                counts[kind] += 1
    if re.search(r"\bepisodes?\b", ctx.text):
        counts["series"] += 2
    if not counts:
        return None
    top = counts.most_common()
    if len(top) > 1 and top[0][1] == top[1][1]:
        return None
    return cast(WorkKind, top[0][0])


_AIR_CUE = re.compile(
    r"(?<![\w])(?:air|airs|aired|airing|stream|streams|streamed|streaming|available|broadcast|"
    r"broadcasts|premiere|premieres|premiered|release|released|releases|drops|dropped|exclusively|"
    r"platform|original|distributed|window|acquired)(?![\w])", re.I)
_ON_PLATFORM = re.compile(r"(?:\bon|\bvia|\bthrough|\bacross)\s+(?:both\s+)?$", re.I)
_ANAPHOR = re.compile(
    r"(?<![\w])(?:the\s+(?:[\w-]+\s+){0,2}?(?:drama|k-drama|series|show|film|movie|album|ep|ost|"
    r"soundtrack|record|anime|season|set|release|collection|compilation|LP|vinyl|edition)|it|its)"
    r"(?![\w])", re.I)


def find_platforms(ctx: Context, title: str | None, kind: str | None,
                   other_titles: list[str]) -> list[Mention]:
    """A platform counts where its sentence is about the main work and says it airs or streams
    there, or where it sits in the work's own noun phrase ('the Netflix K-drama')."""
    out: list[Mention] = []
    for para in ctx.prose():
        for m in _platform_re().finditer(ctx.text, para.start, para.end):
            name = m.group(0)
            ptype = platform_names()[name]
            if (kind == "album") != (ptype == "music"):
                continue
            sent = ctx.sentence_at(m.start())
            if sent is None:
                continue
            rule = None
            if _inside_title(ctx, m.start(), m.end(), title, other_titles):
                continue
            on_cue = bool(_ON_PLATFORM.search(ctx.text[max(sent.start, m.start() - 12) : m.start()])
                          ) or bool(_ON_PLATFORM.search(ctx.text[sent.start : m.start()].rsplit(
                              " and ", 1)[0][-12:]))
            if foreign_topic(ctx, m.start(), title):
                continue
            if _np_re().match(ctx.text, m.end(), sent.end) and not _other_nearby(ctx, sent, m.start(),
                                                                          title, other_titles):
                rule = "work.platform_noun_phrase"
            elif (_about_main(ctx, sent, title) or _follows_main(ctx, sent, title, other_titles)) \
                    and (on_cue or _AIR_CUE.search(sent.text)) and \
                    not _other_nearby(
                    ctx, sent, m.start(), title, other_titles):
                rule = "work.platform_airs_on"
            if rule:
                out.append(Mention(value=name, evidence=ctx.evidence(m.start(), m.end()), rule=rule))
    for line in ctx.segments.lines:  # a fact box: 'Streaming on: Spotify, JioSaavn and Gaana'
        box = _FACT_LINE.match(line.text) if line.kind not in ("noise", "blank") else None
        if box is None:
            continue
        for m in _platform_re().finditer(ctx.text, line.start + box.end(), line.end):
            if (kind == "album") == (platform_names()[m.group(0)] == "music"):
                out.append(Mention(value=m.group(0), evidence=ctx.evidence(m.start(), m.end()),
                                   rule="work.platform_fact_line"))
    return sorted(out, key=lambda x: x.evidence.start)


_FACT_LINE = re.compile(r"^\s*(?:streaming\s+on|available\s+on|stream\s+(?:it\s+)?on|watch\s+(?:it\s+)?on|"
                        r"listen\s+on|where\s+to\s+(?:watch|stream|listen)|platforms?|network|"
                        r"broadcaster|channel|streamer|out\s+on)\s*:\s*", re.I)


@cache
def _np_re() -> re.Pattern[str]:
    """A platform inside the work's noun phrase: 'the Netflix and tvN popular K-drama'."""
    kinds: dict[str, list[str]] = _lex()["kind_words"]
    kind_words = alternation([w for ws in kinds.values() for w in ws])
    platforms = alternation(list(platform_names()))
    genres = alternation(_lex()["genre_words"])
    return re.compile(rf"(?:['’]s)?(?:\s*(?:,|and|&|{platforms}|[a-z][\w-]*|"
                      rf"[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]+-[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]+)"
                      rf"\s*){{0,4}}?\s*(?:{kind_words}|{genres})(?![\w])")


def _inside_title(ctx: Context, s: int, e: int, title: str | None, others: list[str]) -> bool:
    """'Sky' in 'NAME: The Sky WORD' is part of a title, not a broadcaster."""
    for t in [title, *others]:
        if not t:
            continue
        lo = max(0, s - len(t))
        for i in occurrences(ctx.text[lo : e + len(t)], t, None, None):
            if lo + i <= s and e <= lo + i + len(t) and t != ctx.text[s:e]:
                return True
    return False


def _about_main(ctx: Context, sent: Sentence, title: str | None) -> bool:
    return bool((title and title in sent.text) or _ANAPHOR.search(sent.text))


# a quoted title right after one of these is a credit, a song or a list entry, not the topic
_NOT_TOPIC_BEFORE = re.compile(
    r"(?<![\w])(?:in|for|of|from|by|to|on|like|with|and|or|include|includes|including|as|"
    r"sang|sings|sung|performed|theme|song|single|track|ballad|OST|titled|called)\s*,?\s*$", re.I)


# what may stand before a title that is its sentence's subject: nothing, or a short opener
# ('Over on Prime Video, ', 'Meanwhile, ')
_SUBJECT_LEAD = re.compile(r"\s*(?:(?:[\w'’+-]+\s+){0,4}[\w'’+-]+,\s*)?")


def foreign_topic(ctx: Context, pos: int, title: str | None) -> bool:
    """Whether the work last named before `pos` in its paragraph is another one: 'Over on
    PLATFORM, "OTHER TITLE" has held the No. 1 spot. The 10-episode samurai drama ...
    was filmed in PLACE'. 'The drama' and 'it' then mean that work, so the platforms, cast,
    episodes and places there are not the main work's. A quoted title counts as a named work
    only where it is a subject, not a credit or a song ('known for "X"', 'the theme "Y"')."""
    para = ctx.paragraph_at(pos)
    if para is None or not title:
        return False
    key = f"topics:{para.start}"
    topics = ctx.notes.get(key)
    if not isinstance(topics, list):
        topics = [(s, True) for s in occurrences(ctx.text[para.start : para.end], title, None, None)]
        for s, _e, q in quoted_spans(ctx.text, para.start, para.end):
            sent = ctx.sentence_at(s)
            before = ctx.text[sent.start if sent else para.start : max(s - 1, para.start)]
            if q[:1].isupper() and q != title and title not in q and len(q.split()) >= 2 and \
                    _SUBJECT_LEAD.fullmatch(before) and not _NOT_TOPIC_BEFORE.search(before):
                topics.append((s - para.start, False))
        topics.sort()
        ctx.notes[key] = topics
    last = [main for s, main in topics if para.start + s < pos]
    return bool(last) and not last[-1]


def _follows_main(ctx: Context, sent: Sentence, title: str | None, other_titles: list[str]) -> bool:
    """'... give the film a limited run. Netflix has acquired the streaming rights.': a sentence
    that names no work continues the one before it in its paragraph when that one is about the
    main work."""
    if any(t and t in sent.text for t in other_titles):
        return False
    para = ctx.paragraph_at(sent.start)
    prev = ctx.sentence_at(sent.start - 1) if sent.start > 0 else None
    if prev is None or para is None or prev.start < para.start or prev is sent:
        return False
    return _about_main(ctx, prev, title) and not any(t and t in prev.text for t in other_titles)


def _other_nearby(ctx: Context, sent: Sentence, pos: int, title: str | None,
                  other_titles: list[str]) -> bool:
    """Another work named in the sentence, nearer to the platform than the main title."""
    def dist(t: str) -> int | None:
        best = None
        for i in occurrences(sent.text, t, None, None):
            d = abs(sent.start + i - pos)
            best = d if best is None else min(best, d)
        return best

    main_d = dist(title) if title else None
    for t in other_titles:
        if title and (t == title or t in title):
            continue
        d = dist(t)
        if d is not None and (main_d is None or d < main_d):
            return True
    return False


_NUMWORDS = number_words()
_EPISODES = re.compile(
    r"(?<![\w-])(?:(?P<pre>has|have|had|with|spanning|spans|span|of|for|across|comprises|"
    r"comprising|consists of|totaling|totalling|total of|all|its|in|a|an|the)\s+)?"
    r"(?P<n>\d{1,3}|" + "|".join(sorted(_NUMWORDS, key=len, reverse=True)) + r")"
    r"(?P<sep>[- ])(?P<word>episodes|episode)(?![\w-])", re.I)
_NOT_COUNT = re.compile(r"(?:first|last|final|opening|next|remaining|other|more|latest|two|"
                        r"three|early|later|earlier|few|those|these)\s+$", re.I)


def find_episodes(ctx: Context) -> list[tuple[int, int, int]]:
    """(count, start, end) for 'N episodes' / 'N-episode' / 'six-part drama' that state the size
    of a run. Statements of the whole ('the 40-episode drama', 'all 6 episodes', 'a six-part
    adaptation') outrank batches ('dropping six episodes on launch night', 'with two episodes
    on launch day'): where the text has both, only the first kind counts."""
    whole: list[tuple[int, int, int]] = []
    other: list[tuple[int, int, int]] = []
    for para in ctx.prose():
        for m in _EPISODES.finditer(ctx.text, para.start, para.end):
            if m.group("word").lower() == "episode" and m.group("sep") != "-":
                continue  # "episode 5" / "one episode" is not a count of the run
            before = ctx.text[max(para.start, m.start() - 25) : m.start()]
            if _NOT_COUNT.search(before) and not m.group("pre"):
                continue
            raw = m.group("n").lower()
            n = int(raw) if raw.isdigit() else _NUMWORDS[raw]
            if n < 2:
                continue
            if foreign_topic(ctx, m.start(), ctx.main_title):
                continue
            pre = (m.group("pre") or "").lower()
            is_whole = m.group("sep") == "-" or pre in _WHOLE_PRE or bool(
                _IN_TOTAL.match(ctx.text, m.end(), para.end))
            (whole if is_whole else other).append((n, m.start("n"), m.end()))
        for m in _PARTS.finditer(ctx.text, para.start, para.end):
            raw = m.group("n").lower()
            n = int(raw) if raw.isdigit() else _NUMWORDS[raw]
            if n >= 2 and not foreign_topic(ctx, m.start(), ctx.main_title):
                whole.append((n, m.start("n"), m.end()))
    return sorted(whole) if whole else other


_WHOLE_PRE = frozenset({"all", "spanning", "spans", "span", "comprises", "comprising",
                        "consists of", "totaling", "totalling", "total of"})
_IN_TOTAL = re.compile(r"\s+(?:in\s+total|in\s+all|total)(?![\w])", re.I)
_PARTS = re.compile(
    r"(?<![\w-])(?P<n>\d{1,2}|" + "|".join(sorted(_NUMWORDS, key=len, reverse=True)) + r")"
    r"-part\s+(?:[a-z][\w-]*\s+){0,2}?(?:series|drama|adaptation|miniseries|mini-series|"
    r"thriller|saga|docuseries|period\s+piece)(?![\w])", re.I)


@cache
def _filming_re() -> re.Pattern[str]:
    """'filmed in', 'shot the film in', 'filmed from February to July 2024 in', 'filming took
    place between May and August in' ... followed by the place list."""
    cues: list[str] = _lex()["filming_cues"]
    verb = (r"(?:filmed|shot|(?:filming|shooting|production|principal\s+photography|cameras)"
            r"(?:\s+(?:took\s+place|happened|was\s+done|began|started|kicked\s+off|commenced|"
            r"rolled|wrapped))?|lensed|(?:second|first)\s+unit\s+shooting(?:\s+[\w'’-]+){0,4}?)"
            r"(?:\s+(?:the\s+(?:film|series|drama|movie|show|scenes?)|it|largely|mostly|"
            r"entirely|primarily|partly|partially|on\s+location|from\s+\w+\s+to\s+\w+"
            r"(?:,?\s+\d{4})?|between\s+\w+\s+and\s+\w+(?:,?\s+\d{4})?|"
            r"(?:on|in|during)\s+[^,.;()]{0,25}?\d{4}|in\s+(?:early|mid|late)[- ]?\w+|"
            r"over\s+\w+\s+\w+|during\s+\w+))*\s+(?:in|at|across|around)")
    return re.compile(rf"(?<![\w])(?:{alternation(cues)}|{verb})\s+(?:(?:parts|various parts|"
                      rf"locations|several locations|the cities|cities|areas|several cities)\s+"
                      rf"(?:of|in|across|around)\s+)?(?:the\s+)?", re.I)


# between two places of one filming list: ', ', ' and ', ', then moved to ', ' and on soundstages in '
_PLACE_SEP = re.compile(
    r"\s*(?:,\s*(?:and\s+(?:finally\s+)?|as\s+well\s+as\s+)?|\s+and\s+(?:finally\s+)?|\s*&\s*|"
    r"\s+as\s+well\s+as\s+)(?:(?:then\s+|before\s+)?(?:the\s+production\s+)?moved\s+(?:on\s+)?"
    r"to\s+|(?:on|at)\s+(?:[a-z]+\s+){1,2}(?:in|at)\s+)?(?:the\s+|in\s+)?")
_PLACE = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*(?:[ \t]+(?:of[ \t]+|de[ \t]+|du[ \t]+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*)*")


# 'not a frame was shot in X', 'was never filmed in X'; 'a screen adaptation, to be filmed in X'
# (another work, still to come)
_NOT_OURS_FILMED = re.compile(
    r"(?<![\w])(?:not|never|n['’]t|no\s+scenes?\s+(?:were|was))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:filmed|shot)\b|(?<![\w])(?:adaptation|remake|sequel|prequel|spin-off|spinoff),?\s+"
    r"(?:[\w-]+\s+){0,3}?(?:to\s+be|will\s+be|would\s+be)\s+(?:filmed|shot)\b", re.I)


def find_filming_locations(ctx: Context) -> list[Mention]:
    suffixes: list[str] = _lex()["location_suffixes"]
    out: list[Mention] = []
    for para in ctx.prose():
        for cue in _filming_re().finditer(ctx.text, para.start, para.end):
            if foreign_topic(ctx, cue.start(), ctx.main_title) or _NOT_OURS_FILMED.search(
                    ctx.text, max(para.start, cue.start() - 60), cue.end()):
                continue
            pos = cue.end()
            while True:
                m = _PLACE.match(ctx.text, pos, para.end)
                if not m:
                    break
                name = m.group(0).rstrip(".")
                end = m.start() + len(name)
                is_place = bool(ctx.ents_in(m.start(), end, ("GPE", "LOC", "FAC"))) or \
                    name.split()[-1] in suffixes
                first = pos == cue.end()
                # right after a filming cue the model's PERSON or WORK_OF_ART label is not trusted
                odd = ctx.ents_in(m.start(), end, ("DATE", "NORP"))
                if odd or (not is_place and ((first and name.isupper()) or name in
                                             load_data("calendar")["months"])):
                    break
                out.append(Mention(value=name, evidence=ctx.evidence(m.start(), end),
                                   rule="work.filming_cue"))
                sep = _PLACE_SEP.match(ctx.text, end, para.end)
                if not sep:
                    break
                pos = sep.end()
    return out
