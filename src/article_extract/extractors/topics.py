"""Topics, decided once per article: which work the article is about (its title, scored among
title-shaped spans), which titles are other works (credits, rivals), and which paragraphs turn
to another work. Every later extractor reads these facts instead of working them out again."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..context import Context
from ..contract import Category, Doc, Emitted, Extractor, Fact, Norm
from ..lines import Line
from ..models import Evidence
from ..rules import CAP, RuleSet, alternation, phrase_alternation
from ..spans import occurrences
from .credited import CreditedTitles
from .kinds import WorkWords, work_words
from .names import performer_word_before
from .titles import clean_title, connectors, quoted_spans, run_re, title_case_line, title_like


@dataclass(frozen=True)
class TitleHit:
    """A title-shaped span a rule proposes as a work: the candidate of this extractor."""

    title: str
    start: int
    end: int
    rule: str
    kind: str | None = None


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


@dataclass(frozen=True)
class Topics:
    """The main work and the other works of one article.

    `kinds`: the kinds the main title is introduced with ('the film X'), for the kind rule;
    `others`: titles of other works (sorted), never the main work's facts; `blocked`: titles
    credited to people (casefolded); `subjects`: per paragraph start, the offsets where the
    main work (True) or another work (False) becomes the subject."""

    title: str | None = None
    evidence: Evidence | None = None
    rule: str | None = None
    kinds: Counter[str] = field(default_factory=Counter)
    others: tuple[str, ...] = ()
    blocked: frozenset[str] = frozenset()
    subjects: dict[int, list[tuple[int, bool]]] = field(default_factory=dict)
    alias: str | None = None  # the short name the text also uses ('MMK', 'X' of 'X OST')

    @property
    def names(self) -> tuple[str, ...]:
        """The title and its alias: what names the main work in a sentence."""
        return tuple(n for n in (self.title, self.alias) if n)

    def named_in(self, text: str) -> bool:
        return any(n in text for n in self.names)

    def foreign(self, ctx: Context, pos: int) -> bool:
        """Whether the work last named before `pos` in its paragraph is another one: 'Over
        on PLATFORM, "OTHER TITLE" has held the No. 1 spot. The 10-episode drama ...'. 'The
        drama' and 'it' then mean that work, so the facts there are not the main work's."""
        para = ctx.paragraph_at(pos)
        if para is None or not self.title:
            return False
        last = [main for s, main in self.subjects.get(para.start, []) if para.start + s < pos]
        return bool(last) and not last[-1]


@dataclass(frozen=True)
class _Patterns:
    words: WorkWords
    weights: dict[str, Any]
    kind_before: re.Pattern[str]
    after: re.Pattern[str]
    appositive: re.Pattern[str]
    owner: re.Pattern[str]
    song_cue: re.Pattern[str]
    release_suffix: re.Pattern[str]
    after_in_run: re.Pattern[str]
    kind_possessive: re.Pattern[str]
    kind_dash: re.Pattern[str]
    copula: re.Pattern[str]
    attributive: re.Pattern[str]

    @classmethod
    def build(cls, rules: RuleSet) -> _Patterns:
        words = work_words(rules)
        lex = words.lex
        kinds = alternation(list(words.kind_lookup))
        # 'Motion Picture ', 'Broadway ': what may qualify 'Soundtrack' or 'Cast Recording'
        qualifiers = phrase_alternation(lex["release_qualifiers"])
        return cls(
            words=words, weights=rules.data("title_weights"),
            # 'the tvN K-drama TITLE', 'the film "TITLE"': a kind word right before a title
            kind_before=re.compile(
                rf"(?<![\w-])(?P<kind>{alternation(list(words.kind_lookup) + lex['genre_words'])})"
                r"(?:\s*,)?\s+(?:(?:titled|called|dubbed|named|,)\s+)?(?=\S)", re.I),
            after=re.compile(rf"(?:['’]s?)?,?\s+(?:{alternation(lex['after_title_cues'])})(?![\w])"),
            after_in_run=re.compile(
                rf"(?:['’]s?)?\s+(?:{alternation(lex['after_title_cues'])})(?![\w])", re.I),
            # a headline's 'TITLE Anime's New Trailer': the kind word's possessive ends the title
            kind_possessive=re.compile(rf"\s+(?:{kinds})['’]s(?![\w])", re.I),
            # a headline's 'Mini Album - TITLE': after the kind word and a dash, the rest of the
            # line is the title
            kind_dash=re.compile(rf"(?<![\w-])(?:{kinds})\s*[-–—:]\s+(?P<rest>[^\W\d_]"
                                 r"[^\n]{0,79}?)\s*$", re.I | re.M),
            # 'TITLE is the album that accompanies ...': a sentence that opens with the title
            copula=re.compile(rf"(?P<t>[^\s][^\n]{{0,80}}?)\s+(?:is|was)\s+(?:the|a|an)\s+"
                              rf"(?:[\w-]+\s+){{0,3}}?(?P<kind>{kinds})(?![\w])"),
            # 'the TITLE cast', 'the TITLE anime': a lower-case noun naming a part of the work
            attributive=re.compile(
                rf"\s+(?:{alternation(lex['work_part_nouns'] + list(words.kind_lookup))})"
                r"(?![\w-])"),
            # 'TITLE, the second album from ...', 'TITLE (ALT TITLE), Fuji TV's new drama'
            appositive=re.compile(
                rf"['’\"”]?(?:\s*\([^()]{{1,60}}\))?[,:]\s+(?:the|a|an|her|his|their|its|"
                rf"[\w+ ]{{1,20}}['’]s)\s+(?:[\w,-]+\s+){{0,4}}?(?P<kind>{kinds})(?![\w])", re.I),
            # 'the makers of X', 'the cast of X': the phrase names the work that follows
            owner=re.compile(rf"(?<![\w])(?:{alternation(lex['title_owner_cues'])})\s+", re.I),
            # a quoted title right after 'dance to', 'sang', 'the ballad' is a song
            song_cue=re.compile(rf"(?<![\w])(?:{alternation(lex['song_cues'])})s?\s*,?\s*[\"“‘']?$",
                                re.I),
            # 'X (Original Motion Picture Soundtrack)', 'X: Original Cast Recording'
            release_suffix=re.compile(
                rf"\s*(?:\((?:Original\s+)?(?:{CAP}[a-z]+\s+){{0,2}}?(?:(?:{qualifiers})\s+)?"
                r"(?:Soundtrack|Score|Cast\s+(?:Album|Recording))\)|:\s+(?:The\s+(?:Original\s+)?|"
                rf"Original\s+)(?:(?:{qualifiers})\s+)?(?:Soundtrack|Score|Cast\s+(?:Album|Recording)))"
                r"(?![\w-])"))


_PRONOUNISH = frozenset(["the", "a", "an", "it", "its", "this", "that", "these", "those", "their",
                         "his", "her", "our", "my", "your", "we", "they", "he", "she", "i", "you"])
_BYLINE = re.compile(r"^(?:by\s|posted\s|published|updated|home\s*>|written by|words by|"
                     r"\w+ \d{1,2}, \d{4}\b|\d{4}-\d{2}-\d{2}|"
                     r"[A-Z][a-z]+day,?\s+[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}\s*$)", re.I)
_WORD = re.compile(r"\w")
# capitalized words, with the small words and the colon a title may hold
_TITLE_WORDS = re.compile(rf"{CAP}[\w'’!?.&-]*:?(?:\s+(?:(?:of|the|a|an|and|in|on|to|for|at|by)\s+)*"
                          rf"{CAP}[\w'’!?.&-]*:?){{0,9}}")
_THE_BEFORE = re.compile(r"(?<![\w])the\s+\Z")
_LOCATIVE_BEFORE = re.compile(r"(?<![\w])(?:in|at|from|to|near|across)\s+\Z")
# the word before 'in': a capitalized one makes 'NAME in X' a photo caption ('Sarah Lancashire
# in Happy Valley'), a person in a show, not someone in a place
_CAPITAL_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+\Z")
# tried only where a run of white space begins (from inside a long run it rescanned the rest)
_TRAILING_YEAR = re.compile(r"(?<!\s)(?:\s++(?:in|of|from|since|to))?\s++(?:19|20)\d\d$")
_OPENS = re.compile(r"(?:[.!?:]\s+|[\"“'‘(]\s*)$")
_ALBUM_NEWS = re.compile(r"(?<![\w])(?:OST|soundtrack|cast\s+album|album|score|EP)(?![\w])", re.I)
_ALBUM_AFTER_TITLE = re.compile(r"['’]?s?\s+(?:(?:OST|original\s+soundtrack|soundtrack)\s+)?"
                                r"album(?![\w])", re.I)
# 'New Music To Elvis Soundtrack': a headline about the work's soundtrack as a release
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
_ANAPHOR_END = re.compile(
    r"(?:\b(?:the|this|this\s+new|new)\s+(?:[\w+-]+\s+){0,3}?(?:drama|series|show|film|movie|sitcom|"
    r"thriller|romance|production|project|anime)|\bit|\bwhich|\bthat|\bwho)\s*,?\s*$", re.I)
_LETTER_DASH = re.compile(rf"{CAP}-[a-z]")
# a quoted title right after one of these is a credit, a song or a list entry, not the topic
_NOT_TOPIC_BEFORE = re.compile(
    r"(?<![\w])(?:in|for|of|from|by|to|on|like|with|and|or|include|includes|including|as|"
    r"sang|sings|sung|performed|theme|song|single|track|ballad|OST|titled|called)\s*,?\s*$", re.I)
# what may stand before a title that is its sentence's subject: nothing, or a short opener
# ('Over on Prime Video, ', 'Meanwhile, ')
_SUBJECT_LEAD = re.compile(r"\s*(?:(?:[\w'’+-]+\s+){0,4}[\w'’+-]+,\s*)?")


def _trim_run(words: WorkWords, text: str, s: int, e: int) -> tuple[int, int]:
    """Cut a run after its last platform, kind word or possessive ("Netflix's TITLE")."""
    span = text[s:e]
    cut = 0
    toks = list(re.finditer(r"\S+", span))
    for k, m in enumerate(toks):
        tok = m.group(0)
        bare = tok.rstrip("'’s") if tok.endswith(("'s", "’s")) else tok
        pair = f"{tok} {toks[k + 1].group(0)}" if k + 1 < len(toks) else ""
        if pair.rstrip(",.;:") in words.platforms:
            cut = toks[k + 1].end()  # 'BBC One', 'Tencent Video': the longer name wins
            continue
        if k == 1 and toks[0].group(0) in ("The", "A", "An") and tok.endswith(("'s", "’s")):
            continue  # "The NOUN's NOUN": a possessive inside the title
        if k == 0 and tok.istitle() and bare.lower() in words.kind_lookup and len(toks) > 1:
            continue  # 'Drama OST Collection': a capitalized kind word opening a name is part of it
        if tok.endswith(("'s", "’s", "s'", "s’")) or bare.lower() in words.kind_lookup or \
                tok in words.platforms:
            cut = m.end()
    s2 = s + cut
    while s2 < e and text[s2].isspace():
        s2 += 1
    return s2, e


def _excluded(rules: RuleSet, words: WorkWords, title: str, blocked: frozenset[str]) -> bool:
    low = title.casefold()
    if low in blocked or title in words.platforms or low in words.kind_lookup or \
            low.removesuffix("s") in words.kind_lookup:
        return True
    if re.fullmatch(r"[\d\s.,:-]+", title) or len(title) < 2:
        return True
    split = title.split()
    if all(w.lower().strip(".,'’") in _PRONOUNISH or w.lower() in connectors(rules)
           for w in split):
        return True
    generic: list[str] = words.lex["generic_title_words"]
    if all(w.lower().strip(".,:'’()") in generic for w in split):
        return True  # "Original Soundtrack", "Full Tracklist", "News"
    if len(split) > 1 and title.isupper():
        return True  # a shouted headline, not a title
    return split[0].rstrip(".,") in words.months


def top_lines(ctx: Context, n: int = 5) -> str:
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


def _runs(rules: RuleSet, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Title Case runs, cut at sentence breaks ('GORGEOUS. It' is two things)."""
    out = []
    for m in run_re(rules).finditer(text, start, end):
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



def _title_evidence(d: Doc, n: Norm) -> list[tuple[Fact, Doc | None, str | None]]:
    w = d["work"]
    return [((n(w["title"]),), w.get("evidence"), w.get("rule"))] if w.get("title") else []


class TopicsExtractor(Extractor[TitleHit, Topics]):
    """The main work's title: every title-shaped span is a candidate (a kind word before it,
    a 'starring'/'OST' cue after it, quotes, an appositive, an owner phrase, repetition), the
    policy scores them (data: title_weights.json) and keeps the best above a floor."""

    name = "topics"
    needs = (CreditedTitles,)
    rule_ids = ("work.title_quoted", "work.title_owner", "work.title_after_kind",
                "work.title_before_cue", "work.title_headline_cue", "work.title_appositive",
                "work.title_repeated", "work.title_release_name", "work.title_acronym",
                "work.title_attributive", "work.title_subtitle", "work.title_copula",
                "work.title_release_line")
    categories = (Category(
        "main_work", 1, ("title",),
        lambda d, n: [(n(d["work"]["title"]),)] if d["work"].get("title") else [],
        lambda a, n: [(n(a["work"]["title"]),)] if a["work"].get("title") else [],
        description="the work the article is about",
        evidenced=_title_evidence),)

    def match(self, ctx: Context) -> list[TitleHit]:
        p = ctx.rules.compiled(_Patterns.build)
        return _title_hits(ctx, p, ctx.facts.get(CreditedTitles))

    def decide(self, candidates: list[TitleHit], ctx: Context, /) -> Topics:
        p = ctx.rules.compiled(_Patterns.build)
        return choose_title(ctx, p, candidates, ctx.facts.get(CreditedTitles))

    def emit(self, facts: Topics) -> Emitted:
        return Emitted({"work.title": facts.title, "work.evidence": facts.evidence,
                        "work.rule": facts.rule})


# rules whose cue names a work outright ('Reviewing X', 'X is a 2017 crime drama'): 'in X'
# elsewhere does not make X a place
_NAMING_RULES = frozenset({"work.title_owner", "work.title_copula", "work.title_release_line"})
_RELEASE_HEAD = re.compile(r"\s(?:Original\s+)?(?:Soundtrack|OST|Score)(?:\s*\(\d{4}\))?$")
_RELEASE_LINE = re.compile(r"(?:The\s+)?Original\s+(?:(?:Motion\s+Picture|Television|Series|Game|"
                           r"Cast)\s+)?(?:Soundtrack|Score|Recording)\b")


def _release_headline(ctx: Context, head: Line) -> tuple[int, int] | None:
    """A headline that is a release's name: 'Christmas Special Soundtrack', or a short name
    whose next line says what it is ('SPECTRE' over 'Original Motion Picture Soundtrack')."""
    words = head.text.split()
    if _RELEASE_LINE.match(head.text):  # the name stood on the short line above
        prev = [x for x in ctx.segments.lines if x.end <= head.start and
                x.kind not in ("blank", "noise")]
        if prev and 1 <= len(prev[-1].text.split()) <= 4:
            return prev[-1].start, prev[-1].end
        return None
    if 2 <= len(words) <= 4 and _RELEASE_HEAD.search(head.text) and all(
            w[:1].isupper() or w.lower() in ("of", "the", "a", "and", "to", "in") for w in words):
        return head.start, head.end
    if len(words) <= 4:
        nxt = next((x for x in ctx.segments.lines if x.start > head.end and
                    x.kind not in ("blank", "noise")), None)
        if nxt is not None and _RELEASE_LINE.match(nxt.text):
            return head.start, head.end
    return None


def _translated_from(ctx: Context, cands: dict[str, _Cand], best: _Cand) -> _Cand:
    """'"Queen of Tears" (눈물의 여왕)': a title the text gives in brackets after another
    candidate is that work's name in another script or language; the article's own name for it
    is the one it brackets."""
    if _ACRONYM.fullmatch(best.title):
        return best  # 'MMK' is written out by _spelled_out, with its own rule id
    for i in occurrences(ctx.text, f"({best.title})", None, None):
        before = ctx.text[max(0, i - 120) : i].rstrip().rstrip("\"”’'")
        for c in cands.values():
            if c is not best and c.evidence is not None and before.endswith(c.title):
                c.score = max(c.score, best.score)  # one work, counted with both its names
                return c
    return best


def _mostly(ctx: Context, labels: tuple[str, ...]) -> set[str]:
    """Texts the model gives one of `labels` more often than any other label: 'Furiosa' read
    once as a person and five times as an organization is no person."""
    counts: dict[str, Counter[str]] = {}
    for e in ctx.ents:
        counts.setdefault(e.text, Counter())[e.label] += 1
    out = set()
    for text, c in counts.items():
        inside = sum(c[x] for x in labels)
        if inside and inside >= max((n for lab, n in c.items() if lab not in labels), default=0):
            out.add(text)
    return out


def _title_hits(ctx: Context, p: _Patterns, blocked: frozenset[str]) -> list[TitleHit]:
    text = ctx.text
    words = p.words
    strong = set(p.weights["strong_rules"])
    hits: list[TitleHit] = []
    persons = _mostly(ctx, ("PERSON",))
    genres = {g.lower() for g in words.lex["genre_words"]}
    occasions = _mostly(ctx, ("EVENT", "DATE", "TIME"))
    places = {e.text for e in ctx.ents if e.label in ("GPE", "LOC")}
    nationalities = {e.text for e in ctx.ents if e.label == "NORP"}

    @cache
    def after_locative(title: str) -> bool:
        """'in PLACE' somewhere in the text: a place, not a title (asked once per string)."""
        for s in occurrences(text, title, None, _WORD, overlap=True):
            loc = _LOCATIVE_BEFORE.search(text, max(0, s - 40), s)
            if loc and not _CAPITAL_WORD_BEFORE.search(text, max(0, loc.start() - 40),
                                                       loc.start()):
                return True
        return False

    performer_before = ctx.rules.compiled(performer_word_before)

    @cache
    def described_as_performer(title: str) -> bool:
        """'Rock band X', 'singer X': the text says X is someone, not a work."""
        return any(performer_before.search(text, max(0, s - 30), s)
                   for s in occurrences(text, title, None, _WORD))

    def add(s: int, e: int, rule: str, kind: str | None = None) -> None:
        title = clean_title(text[s:e])
        if not title or not title_like(title) or _excluded(ctx.rules, words, title, blocked):
            return
        if title in nationalities or (title in occasions and rule not in strong):
            return  # 'Memorial Day box office' names a weekend; a quoted "Reply 1988" a show
        if rule != "work.title_quoted" and described_as_performer(title):
            return
        if (rule not in strong and title in persons) or (
                rule not in ("work.title_quoted", "work.title_after_kind", "work.title_owner",
                             "work.title_headline_cue", "work.title_attributive",
                             "work.title_copula", "work.title_release_line")
                and ctx.ents_in(s, e, ("PERSON",))):
            return  # 'NAME and NAME lead the cast' names people, not a work
        if rule not in ("work.title_quoted", "work.title_release_line"):
            if title.isupper():
                return
            if title in places and after_locative(title) and rule not in _NAMING_RULES:
                return  # 'in Detroit' is a place; 'Detroit is a 2017 crime drama' is a film
        hits.append(TitleHit(title, s, s + len(text[s:e].rstrip(",;: ")), rule, kind))

    head = headline(ctx)
    for para in ctx.prose():
        quoted = [q for q in ctx.quoted(para.start, para.end)
                  if not p.song_cue.search(text, max(para.start, q[0] - 30), q[0])]
        for s, e, _inner in quoted:
            add(s, e, "work.title_quoted")
        runs = _runs(ctx.rules, text, para.start, para.end)
        run_starts = [a for a, _ in runs]
        headline_like = title_case_line(para.text)
        for om in p.owner.finditer(text, para.start, para.end):
            q = next(((s, e) for s, e, _ in quoted if s - 1 <= om.end() <= s), None)
            k = bisect.bisect_right(run_starts, om.end()) - 1
            r = q or (runs[k] if k >= 0 and runs[k][0] == om.end() else None)
            if r is None and k >= 0 and runs[k][0] < om.end() < runs[k][1]:
                r = (om.end(), runs[k][1])  # 'Reviewing TITLE is ...': the cue opened the run
            if r:
                add(r[0], r[1], "work.title_owner")
        for km in p.kind_before.finditer(text, para.start, para.end):
            word = km.group("kind")
            if word[0].isupper() and not word.isupper() and not _LETTER_DASH.match(word):
                continue  # 'C-Drama WORD': the kind word is part of a name
            if word.isupper() and len(word) > 3 and "-" not in word:
                continue  # 'PASSENGERS - ORIGINAL SOUNDTRACK Out Friday': a shouted name's word
            pos = km.end()
            kind = words.kind_lookup.get(word.lower())
            q = next(((s, e) for s, e, _ in quoted if s - 1 <= pos <= s), None)
            if q:
                add(q[0], q[1], "work.title_after_kind", kind)
                continue
            k = bisect.bisect_right(run_starts, pos) - 1
            r = runs[k] if k >= 0 and runs[k][0] <= pos < runs[k][1] else None
            if r:
                s, e = _trim_run(words, text, pos, r[1])
                colon = re.match(r":\s+", text[e : e + 3])
                j = bisect.bisect_left(run_starts, e + colon.end()) if colon else len(runs)
                nxt = runs[j] if colon and j < len(runs) and runs[j][0] == e + colon.end() else None
                if nxt and text[nxt[0]].isupper():
                    e = nxt[1]  # "NAME: The SUBTITLE"
                if e > s:
                    add(s, e, "work.title_after_kind", kind)
        for sent in ctx.sentences_in(para.start, para.end):
            cm = p.copula.match(text, sent.start, sent.end)
            if cm and _TITLE_WORDS.fullmatch(cm.group("t")):  # 'X: Original Soundtrack is the album'
                add(cm.start("t"), cm.end("t"), "work.title_copula")  # 'crime drama': no kind
        if head is not None and para.start <= head.start < para.end:
            named = _release_headline(ctx, head)
            if named is not None:
                add(named[0], named[1], "work.title_release_line", "album")
            for km in p.kind_dash.finditer(text, head.start, head.end):
                if km.group("rest")[:1].isupper() and len(km.group("rest").split()) <= 8:
                    add(km.start("rest"), km.end("rest"), "work.title_after_kind", "album"
                        if km.group(0).split()[0].lower() in ("album", "ep") else None)
        for s, e in runs:
            if headline_like:
                kp = p.kind_possessive.search(text, s + 1, e)
                if kp and text.count(text[s : kp.start()]) > 1:
                    a, b = _trim_run(words, text, s, kp.start())
                    add(a, b, "work.title_headline_cue")
            elif _THE_BEFORE.search(text, max(para.start, s - 4), s) or \
                    text.startswith("The ", s):
                a = s + 4 if text.startswith("The ", s) else s
                if text[a].isupper() and text[a:e].lower() not in genres and \
                        p.attributive.match(text, e, para.end) and not ctx.ents_in(
                        a, e, ("GPE", "LOC", "NORP", "DATE", "TIME", "EVENT", "FAC")):
                    add(a, e, "work.title_attributive")
            s2, e2 = _trim_run(words, text, s, e)
            if e2 <= s2:
                continue
            opens_sentence = s2 == para.start or bool(_OPENS.search(text, max(para.start, s2 - 6),
                                                                        s2))
            if p.after.match(text, e2, para.end) and not (
                    opens_sentence and len(text[s2:e2].split()) == 1):
                add(s2, e2, "work.title_before_cue")
            app = p.appositive.match(text, e2, para.end)
            if app:
                add(s2, e2, "work.title_appositive", words.kind_lookup.get(app.group("kind").lower()))
            elif len(text[s2:e2].split()) >= 2 or not opens_sentence:
                add(s2, e2, "work.title_repeated")  # a lone word opening a sentence is no name
            if headline_like:
                # a headline capitalizes everything: 'Coolie Box Office Collection Day 10' is
                # the title, then a cue that the run swallowed
                inner = p.after_in_run.search(text, s2 + 1, e2)
                if inner and inner.start() > s2 and text.count(text[s2 : inner.start()]) > 1:
                    add(s2, inner.start(), "work.title_headline_cue")
        for s, e, _inner in quoted:
            if p.after.match(text, min(e + 1, para.end), para.end):
                add(s, e, "work.title_before_cue")
            app = p.appositive.match(text, min(e + 1, para.end), para.end)
            if app:
                add(s, e, "work.title_appositive", words.kind_lookup.get(app.group("kind").lower()))
    return hits


def choose_title(ctx: Context, p: _Patterns, hits: list[TitleHit], blocked: frozenset[str]
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
                and k not in head_text]:
        del cands[key]  # a capitalized phrase that is only repeated, never introduced as a work
    title: tuple[str, Evidence, str] | None = None
    kinds: Counter[str] = Counter()
    candidates: list[str] = []
    best: _Cand | None = None
    bracketed: _Cand | None = None
    if cands:
        counts = _mentions(text, list(cands))
        for c in cands.values():
            c.score += min(counts.get(c.title, 1) - 1, int(w["repeat_cap"]))
            if c.title in head_text:
                c.score += w["headline"] + (w["headline_start"] if head_text.lstrip(
                    "\"“'‘[(").startswith(c.title) else 0)
        best = max(cands.values(), key=lambda c: (c.score, -c.first, c.title))
        bracketed = best
        best = _translated_from(ctx, cands, best)
        candidates = sorted(
            c.title for c in cands.values() if c.title != best.title and set(c.rules) - {
                "work.title_repeated", "work.title_quoted"})
        if best.score >= w["min_score"] and best.evidence is not None:
            title, kinds = _release_or_work(ctx, p, cands, best, head, head_text)
    main = title[0] if title else None
    alias = best.title if title and best is not None and best.title != main else None
    if title and bracketed is not None and bracketed is not best:
        alias = bracketed.title  # '"Maalaala Mo Kaya" (MMK)': the bracketed name is an alias
    others = sorted(set(_other_titles(ctx, main, blocked)) | set(candidates))
    others = [o for o in others if o != alias]
    return Topics(main, title[1] if title else None, title[2] if title else None, kinds,
                  tuple(others), blocked, _subjects(ctx, main, alias), alias)


def _release_or_work(ctx: Context, p: _Patterns, cands: dict[str, _Cand], best: _Cand,
                     head: Line | None, head_text: str
                     ) -> tuple[tuple[str, Evidence, str], Counter[str]]:
    kinds = best.kinds
    album: Counter[str] = Counter({"album": 1})
    own = p.release_suffix.search(best.title)
    if own and own.end() == len(best.title):
        kinds = album  # the title names a release
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
                     _SOUNDTRACK_AFTER_TITLE.match(head_text, i + len(best.title))
                     for i in occurrences(head_text, best.title, None, _WORD))
                 or _ALBUM_REVIEW.search(head_text)):
        kinds = album  # 'X album review: ...', 'Album Review - X'
    full = _spelled_out(ctx, best.title)
    if full is not None:  # '"MMK" returns': the text also writes it out, '"Maalaala Mo Kaya" (MMK)'
        return (full[0], ctx.evidence(full[1], full[2]), "work.title_acronym"), kinds
    longer = _franchise_name(cands, best.title)
    if longer is not None and longer.evidence:  # "'New Moon'" and "'The Twilight Saga: New Moon'"
        return (longer.title, ctx.evidence(*longer.evidence), "work.title_subtitle"), kinds
    full = _with_subtitle(ctx, best.title)
    if full is not None:  # 'Furiosa' in the headline, 'Furiosa: A Mad Max Saga' in the prose
        return (full[0], ctx.evidence(full[1], full[2]), "work.title_subtitle"), kinds
    assert best.evidence is not None
    s, e = best.evidence
    rules = [r for r, _ in best.rules.most_common() if r != "work.title_repeated"]
    return (best.title, ctx.evidence(s, e), rules[0] if rules else "work.title_repeated"), kinds


_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,6}")


def _spelled_out(ctx: Context, title: str) -> tuple[str, int, int] | None:
    """The full name of an acronym title: a quoted or Title Case name right before
    '(ACRONYM)' whose words start with its letters."""
    if not _ACRONYM.fullmatch(title):
        return None
    for i in occurrences(ctx.text, f"({title})", None, None):
        before = ctx.text[max(0, i - 120) : i].rstrip()
        quoted = quoted_spans(before + " ", 0, len(before) + 1)
        if quoted and quoted[-1][1] >= len(before.rstrip("\"”’'")) - 1:
            name, start = quoted[-1][2], max(0, i - 120) + quoted[-1][0]
        else:
            run = _RUN_AT_END.search(before)
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


def _franchise_name(cands: dict[str, _Cand], title: str) -> _Cand | None:
    """The full name a short title is the subtitle of, quoted in the text: 'The Twilight Saga:
    New Moon' for 'New Moon'."""
    for c in cands.values():
        if c.title.endswith(": " + title) and "work.title_quoted" in c.rules and \
                len(c.title) - len(title) <= 60:
            return c
    return None


def _with_subtitle(ctx: Context, title: str) -> tuple[str, int, int] | None:
    """The full name of a title the prose gives with its subtitle, 'TITLE: A Subtitle Of
    Words', where no person is named after the colon."""
    for i in occurrences(ctx.text, title, None, _WORD):
        para = ctx.paragraph_at(i)
        m = _SUBTITLE.match(ctx.text, i + len(title), para.end) if para else None
        platforms = ctx.rules.platforms()
        if m and not ctx.ents_in(m.start(), m.end(), ("PERSON", "DATE", "GPE")) and not \
                _RELEASE_WORD.search(m.group(0)) and not any(
                    m.group(0).lstrip(": ").startswith(x) for x in platforms):
            return ctx.text[i : m.end()], i, m.end()
    return None


_RUN_AT_END = re.compile(rf"{CAP}[\w'’-]*(?:\s+(?:[a-z]{{1,4}}\s+)?{CAP}[\w'’-]*)+$")


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


def _formal_release(ctx: Context, p: _Patterns, title: str, head_text: str
                    ) -> tuple[str, int, int] | None:
    """When the headline is about a release named formally after the work ('X (Original Motion
    Picture Soundtrack)', 'X: Original Cast Recording'), that release is the main work."""
    if not _ALBUM_NEWS.search(head_text):
        return None
    for s in occurrences(ctx.text, title, None, None):
        suffix = p.release_suffix.match(ctx.text, s + len(title))
        if suffix:
            return ctx.text[s : suffix.end()], s, suffix.end()
    upper = title.upper()  # a shop's 'WONKA: Original Motion Picture Soundtrack'
    for s in occurrences(ctx.text, upper, _WORD, _WORD) if upper != title else ():
        suffix = p.release_suffix.match(ctx.text, s + len(upper))
        if suffix:
            return ctx.text[s : suffix.end()], s, suffix.end()
    return None


def _mentions(text: str, titles: list[str]) -> Counter[str]:
    """Mentions of every candidate in one scan, longest first, so 'Words' inside 'More
    Words' counts for the longer one only."""
    pattern = re.compile(rf"(?<![\w])(?:{alternation(titles)})(?![\w])")
    return Counter(m.group(0) for m in pattern.finditer(text))


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
        topics.sort()
        out[para.start] = topics
    return out


def is_speech(quote: str) -> bool:
    """A quoted sentence someone said ('"It was cold, but worth it," director A told ...'), not
    a title: four words or more, most of them lowercase."""
    words = [w for w in quote.split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) * 2 < len(words)


# 'TITLE, the novel' right before a cue: the noun phrase renames the title
_APPOSITIVE_END = re.compile(rf"(?P<t>{CAP}[\w'’-]*(?:\s+(?:[a-z]{{1,4}}\s+)?{CAP}[\w'’-]*)*)[\"”’']?"
                             r",[\"”’']?\s+(?:the|a|an|[A-Z][\w+]*['’]s)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[\w-]+)$")


def names_main_work(ctx: Context, topics: Topics, sent_start: int, cue_start: int) -> bool:
    """Whether a cue at `cue_start` ('starring', 'directed by') is about the main work: 'X
    starring A' belongs to the main work unless another work is named right before the cue
    ('"OTHER TITLE," starring A' is that film's cast, and so is 'OTHER, the novel starring A')."""
    title = topics.title
    before = ctx.text[sent_start:cue_start].rstrip()
    core = before.rstrip(" ,")
    appos = _APPOSITIVE_END.search(core)
    if appos and not topics.named_in(appos.group("t")) and appos.group("noun").lower() not in \
            work_words(ctx.rules).kind_lookup:
        return False  # 'Love in Black and White, the novel starring A': that work's cast
    if any(core.rstrip("\"”’'").endswith(name) for name in topics.names):
        return True
    if _ANAPHOR_END.search(core):
        return not topics.foreign(ctx, cue_start)  # 'the drama' of a paragraph on a rival
    tail = core[-100:]
    quoted = quoted_spans(tail, 0, len(tail))
    if quoted and quoted[-1][1] >= len(tail.rstrip("\"”’',")) - 1 and \
            not is_speech(quoted[-1][2]):
        return quoted[-1][2] in topics.names
    runs = list(run_re(ctx.rules).finditer(tail))
    if runs and runs[-1].end() == len(tail):
        last = runs[-1].group(0)
        if title and title in last:
            return True
        ents = ctx.ents_in(sent_start + len(core) - len(last), sent_start + len(core),
                           ("PERSON",))
        if len(last.split()) >= 2 and not ents:
            return False
    return not topics.foreign(ctx, cue_start)
