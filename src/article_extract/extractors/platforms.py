"""Platforms: the broadcasters and streaming services the main work airs or streams on (for an
album: the music services it is released on)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..context import Context, Sentence
from ..contract import Category, Doc, Emitted, Extractor, Fact, Norm
from ..models import Mention
from ..rules import CAP, COUNT_TIMES_MINUTES, RuleSet, alternation
from ..spans import occurrences, unique
from .kind import KindExtractor
from .kinds import platform_kind, work_words
from .topics import TopicsExtractor
from .topics_result import Topics


@dataclass(frozen=True)
class PlatformHit:
    """A platform name in the prose (or a fact line), and the rule that would credit it."""

    name: str
    start: int
    end: int
    rule: str  # work.platform_noun_phrase | work.platform_airs_on | work.platform_fact_line


def _np_re(rules: RuleSet) -> re.Pattern[str]:
    """A platform inside the work's noun phrase: 'the Netflix and tvN popular K-drama'."""
    lex = rules.data("lexicon")
    kind_words = alternation([w for ws in lex["kind_words"].values() for w in ws])
    platforms = alternation(list(rules.platforms()))
    genres = alternation(lex["genre_words"])
    return re.compile(rf"(?:['’]s)?(?:\s*(?:,|and|&|{platforms}|[a-z][\w-]*|(?i:first|original|new|"
                      rf"latest|exclusive)|{CAP}[a-z]+-{CAP}[a-z]+)"
                      rf"\s*){{0,4}}?\s*(?:{kind_words}|{genres}|{COUNT_TIMES_MINUTES})(?![\w])")



def _owns(text: str, pos: int, title: str) -> bool:
    """The platform's possessive right before the main work's title: "PLATFORM's TITLE"."""
    m = re.match(r"['’]s\s+(?:[\"“‘']\s*)?", text[pos : pos + 6])
    return m is not None and text.startswith(title, pos + m.end()) and not (
        text[pos + m.end() + len(title) : pos + m.end() + len(title) + 1].isalnum())


def _platforms_evidence(d: Doc, n: Norm) -> list[tuple[Fact, Doc | None, str | None]]:
    return [((n(m["value"]),), m.get("evidence"), m.get("rule"))
            for m in d["work"].get("platform_evidence", [])]


class PlatformsExtractor(Extractor[PlatformHit, list[Mention]]):
    """A platform counts where its sentence is about the main work and says it airs or streams
    there, where it sits in the work's own noun phrase ('the Netflix K-drama'), or on a fact
    line ('Streaming on: ...'); video services for a show or film, music services for an
    album; never inside a title, in a paragraph about another work, or nearer another work."""

    name = "platforms"
    needs = (TopicsExtractor, KindExtractor)
    rule_ids = ("work.platform_noun_phrase", "work.platform_airs_on", "work.platform_fact_line",
                "work.platform_schedule_list", "work.platform_possessive",
                "work.platform_title_paren")
    categories = (Category(
        "platforms", 14, ("platform",),
        lambda d, n: [(n(p),) for p in d["work"]["platforms"]],
        lambda a, n: [(n(p),) for p in a["work"].get("platforms", [])],
        description="where the work airs, streams or is released",
        evidenced=_platforms_evidence),)

    def match(self, ctx: Context) -> list[PlatformHit]:
        if ctx.facts.get(TopicsExtractor).ranking:
            return []  # a listicle's numbers and people belong to the works it ranks
        topics = ctx.facts.get(TopicsExtractor)
        words = work_words(ctx.rules)
        on_re = ctx.rules.cue_regex("platforms.on_cue")
        air_re = ctx.rules.cue_regex("platforms.air_cue")
        np_re = ctx.rules.compiled(_np_re)
        title, others = topics.title, list(topics.others)
        out: list[PlatformHit] = []
        for para in ctx.prose():
            for m in words.platform_re.finditer(ctx.text, para.start, para.end):
                sent = ctx.sentence_at(m.start())
                if sent is None or _inside_title(ctx, m.start(), m.end(), title, others) or \
                        _VENUE_AFTER.match(ctx.text, m.end()) or \
                        _AFFILIATION_AFTER.match(ctx.text, m.end()) or \
                        _other_work_after(ctx.text, m.end(), title) or (
                            _OWNER_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
                            and _KIND_AFTER.match(ctx.text, m.end())
                            and not ctx.ents_in(max(0, m.start() - 30), m.start(), ("GPE",))):
                    continue  # 'CITY's PLATFORM Theatre' is a place, 'PLATFORM actor A' a person's
                    # employer, 'the PLATFORM series OTHER' another work's platform
                on_cue = bool(on_re.search(ctx.text[max(sent.start, m.start() - 12) : m.start()])
                              ) or bool(on_re.search(ctx.text[sent.start : m.start()].rsplit(
                                  " and ", 1)[0][-12:]))
                if topics.foreign(ctx, m.start()):
                    continue
                rule = None
                if out and out[-1].end >= sent.start and (_BRACKET_AFTER.fullmatch(
                        ctx.text, out[-1].end, m.start()) or (
                        out[-1].rule == "work.platform_airs_on" and _AND_THE.fullmatch(
                            ctx.text, out[-1].end, m.start()))):
                    rule = out[-1].rule  # 'on CHANNEL (PROVIDER Ch 393)': the provider too;
                    # 'on CHANNEL and the SERVICE': the second of the pair as well
                elif title and _owns(ctx.text, m.end(), title):
                    rule = "work.platform_possessive"  # "PLATFORM's TITLE"
                elif (np_re.match(ctx.text, m.end(), sent.end) or _KOREAN_NP.match(
                        ctx.text, m.end(), sent.end)) and not _other_nearby(
                        sent, m.start(), title, others):
                    rule = "work.platform_noun_phrase"
                elif (_about_main(ctx, sent, topics) or _follows_main(ctx, sent, topics)) \
                        and (on_cue or air_re.search(sent.text)) and \
                        not _other_nearby(sent, m.start(), title, others):
                    rule = "work.platform_airs_on"
                if rule:
                    out.append(PlatformHit(m.group(0), m.start(), m.end(), rule))
        fact_re = ctx.rules.cue_regex("platforms.fact_line")
        for line in ctx.segments.lines:  # a fact box: 'Streaming on: Spotify, JioSaavn and Gaana'
            box = fact_re.match(line.text) if line.kind not in ("noise", "blank") else None
            if box is None:
                continue
            for m in words.platform_re.finditer(ctx.text, line.start + box.end(), line.end):
                out.append(PlatformHit(m.group(0), m.start(), m.end(), "work.platform_fact_line"))
        out += _schedule_lists(ctx, words.platform_re)
        out += _title_parens(ctx, words.platform_re, title)
        return out

    def decide(self, candidates: list[PlatformHit], ctx: Context, /) -> list[Mention]:
        """Keep the platforms of the work's medium: music services for an album, else video;
        a store sells both, but an album is only sold there when the text says where ('on
        STORE', a fact line): 'the STORE Original Soundtrack' names the studio behind a film."""
        album = ctx.facts.get(KindExtractor) == "album"
        words = work_words(ctx.rules)
        kept = [Mention(value=h.name, evidence=ctx.evidence(h.start, h.end), rule=h.rule)
                for h in candidates
                if _medium_fits(platform_kind(words, h.name), h, album, ctx.text)]
        return sorted(kept, key=lambda x: x.evidence.start)

    def emit(self, facts: list[Mention]) -> Emitted:
        return Emitted({"work.platforms": unique([p.value for p in facts]),
                        "work.platform_evidence": facts})


def _medium_fits(kind: str | None, hit: PlatformHit, album: bool, text: str) -> bool:
    if not album:
        return kind != "music"
    return kind == "music" or (kind == "store" and hit.rule not in _NAMING_RULES
                               and not _STUDIO_AFTER.match(text, hit.end))


_NAMING_RULES = ("work.platform_noun_phrase", "work.platform_possessive",
                 "work.platform_title_paren")
_STUDIO_AFTER = re.compile(r"\s+Originals?(?![\w])")


# 'CITY's PLATFORM Theatre', 'BBC Films', 'NAME Networks': a place, a studio or the company
# named after the platform
_VENUE_AFTER = re.compile(r"\s+(?:Theatre|Theater|Hall|Arena|Center|Centre|Stadium|Plaza|Building|"
                          r"Tower|Studios|Lot|Searchlight|Films|Pictures|Productions|Worldwide|Networks)(?![\w])")
_BRACKET_AFTER = re.compile(r"\s?\(\s?")
# 'PLATFORM이 준비한 주말드라마', 'PLATFORM 새 드라마': a Korean noun phrase, the particle glued to
# the platform, a few words, then a word ending in a kind noun (드라마, 시리즈, 오리지널) or a
# broadcast slot's drama ('수목극': the Wednesday-Thursday drama)
_KOREAN_NP = re.compile(r"(?:가|이|의)?\s(?:[\uac00-\ud7af]{1,6}\s){0,3}?(?:[\uac00-\ud7af]{0,4}"
                        r"(?:드라마|시리즈|오리지널)|(?:[월화수목금토일]{2}|주말|일일)극)")
_AND_THE = re.compile(r"\s*(?:,\s*)?(?:and|&|or)\s+the\s+")
_AFFILIATION_AFTER = re.compile(r"\s+(?:actor|actress|actors|actresses|star|stars|artiste?s?|"
                                r"host|hosts|presenter|anchor|executive|boss)(?![\w])")
# 'the PLATFORM series TITLE', 'the PLATFORM original TITLE': the title that follows is the work
_WORK_AFTER = re.compile(rf"[^\S\n]+(?:original[^\S\n]+)?(?:mini-?series|series|drama|show|sitcom|film|movie|"
                         rf"original)[^\S\n]+[\"“‘'«]?(?P<t>{CAP}[\w'’-]*)")
# "NAME's PLATFORM series": that person's works on the platform, not the main work's
_OWNER_BEFORE = re.compile(r"[A-Z][\w-]*['’]s?\s+$")
# ... a kind noun that names no work after it ("NAME's PLATFORM series, for example, are"; never
# "NAME's PLATFORM drama 'TITLE'", the main work's platform)
_KIND_AFTER = re.compile(r"\s+(?:series|dramas|shows|films|movies)(?=\s*[,.;]|\s+(?:are|were|have|"
                         r"had)(?![\w]))")


def _other_work_after(text: str, pos: int, title: str | None) -> bool:
    """Whether the platform at `pos` introduces a named work that is not the main one."""
    m = _WORK_AFTER.match(text, pos)
    return m is not None and not (title and title.startswith(m.group("t")))
_ENTRY_START = re.compile(r"[\s•·*\-–—]*")
_ENTRY_SEP = re.compile(r"\s*[:–—|-]\s")


def _schedule_lists(ctx: Context, platform_re: re.Pattern[str]) -> list[PlatformHit]:
    """A list a header or intro says is where the work airs ('The broadcast lineup is as
    follows:'): each entry that opens with a platform and a separator ('CHANNEL: 10/25 at
    22:00') names one."""
    cue = ctx.rules.cue_regex("platforms.schedule_list")
    out: list[PlatformHit] = []
    for block in ctx.segments.lists:
        intro = " ".join(x.text for x in (block.header, block.intro) if x is not None)
        if not cue.search(intro):
            continue
        for item in block.items:
            start = _ENTRY_START.match(ctx.text, item.start, item.end)
            pos = start.end() if start else item.start
            m = platform_re.match(ctx.text, pos, item.end)
            if m and _ENTRY_SEP.match(ctx.text, m.end(), item.end):
                out.append(PlatformHit(m.group(0), m.start(), m.end(),
                                       "work.platform_schedule_list"))
    return out


_PAREN_OPEN = re.compile(r"[\"”’']?\s?\(\s?")
_PAREN_CLOSE = re.compile(r"\s?\)")


def _title_parens(ctx: Context, platform_re: re.Pattern[str], title: str | None
                  ) -> list[PlatformHit]:
    """'"TITLE" (tvN)', '1. TITLE (tvN) - 5.8%': a bracket holding only a platform, right after
    the main work's title, in prose, a caption or a list line alike (Korean pages credit a
    show's network so)."""
    if not title:
        return []
    out: list[PlatformHit] = []
    for s in occurrences(ctx.text, title):
        opened = _PAREN_OPEN.match(ctx.text, s + len(title))
        m = platform_re.match(ctx.text, opened.end()) if opened else None
        if m and _PAREN_CLOSE.match(ctx.text, m.end()):
            out.append(PlatformHit(m.group(0), m.start(), m.end(), "work.platform_title_paren"))
    return out


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


def _about_main(ctx: Context, sent: Sentence, topics: Topics) -> bool:
    return topics.named_in(sent.text) or bool(
        ctx.rules.cue_regex("platforms.anaphor").search(sent.text))


def _follows_main(ctx: Context, sent: Sentence, topics: Topics) -> bool:
    """'... give the film a limited run. Netflix has acquired the streaming rights.': a sentence
    that names no work continues the one before it in its paragraph when that one is about the
    main work."""
    if any(t and t in sent.text for t in topics.others):
        return False
    para = ctx.paragraph_at(sent.start)
    prev = ctx.sentence_at(sent.start - 1) if sent.start > 0 else None
    if prev is None or para is None or prev.start < para.start or prev is sent:
        return False
    return _about_main(ctx, prev, topics) and not any(t and t in prev.text
                                                           for t in topics.others)


def _other_nearby(sent: Sentence, pos: int, title: str | None, other_titles: list[str]) -> bool:
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
