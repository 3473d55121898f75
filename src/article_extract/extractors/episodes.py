"""The main work's episode count, with a warning where the article states two."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..context import Context
from ..contract import Category, Doc, Emitted, Extractor, Fact, Norm
from ..models import Evidence
from ..models import Warning as ArticleWarning
from ..rules import COUNT_TIMES_MINUTES, RuleSet, alternation, number_words
from .topics import TopicsExtractor


@dataclass(frozen=True)
class EpisodeHit:
    count: int
    start: int
    end: int
    whole: bool  # states the size of the whole run, not a batch ('dropping six episodes')
    rule: str  # episodes.count | episodes.parts | .fact_line | .cjk_count | .times_minutes


@dataclass(frozen=True)
class Episodes:
    value: int | None
    evidence: Evidence | None
    warnings: tuple[ArticleWarning, ...] = ()


@dataclass(frozen=True)
class _Patterns:
    numbers: dict[str, int]
    episodes: re.Pattern[str]
    parts: re.Pattern[str]
    kind_after: re.Pattern[str]  # 'N episode drama': a work's kind noun right after 'episode'
    kind_of: re.Pattern[str]  # 'a series of N episodes', 'serie de N episodios': the whole run

    @classmethod
    def build(cls, rules: RuleSet) -> _Patterns:
        numbers = number_words(rules)
        words = alternation(list(numbers))
        return cls(numbers, re.compile(
            r"(?<![\w-])(?:(?P<pre>has|have|had|with|spanning|spans|span|of|for|across|comprises|"
            r"comprising|consists of|totaling|totalling|total of|all|its|in|a|an|the)\s+)?"
            rf"(?P<n>\d{{1,3}}|{words})"
            r"(?:(?P<sep>-)|\s+(?P<adj>(?-i:[a-z][a-z-]+\s+){1,2})?)(?P<word>episodes|episode|"
            + alternation(rules.words("lexicon", "episode_words_other_languages")) + ")"
            r"(?![\w-])", re.I), re.compile(
            rf"(?<![\w-])(?P<n>\d{{1,2}}|{words})"
            r"-part\s+(?:[a-z][\w-]*\s+){0,2}?(?:series|drama|adaptation|miniseries|mini-series|"
            r"thriller|saga|docuseries|period\s+piece|show|k-drama|anime|sitcom|romance)(?![\w])"
            # 'a tale told in three parts' (not 'an album split into two halves')
            rf"|(?<=\s)(?:told|airs|aired|airing|broadcast)\s+(?:in|over)\s+"
            rf"(?P<n2>\d{{1,2}}|{words})\s+parts(?![\w])", re.I),
            re.compile(rf"\s+(?:{rules.fragments['KIND_WORD']})(?![\w-])", re.I),
            re.compile(rf"(?<![\w-])(?:{rules.fragments['KIND_WORD']}|serie|série)\s+(?:of|de|con|com|mit)"
                       r"\s+(?:(?:a|an|the|total\s+de|un\s+total\s+de)\s+)?\Z", re.I))


_NOT_COUNT = re.compile(r"(?:first|last|final|opening|next|remaining|other|more|latest|two|"
                        r"three|early|later|earlier|few|those|these)\s+$", re.I)
_BATCH_WORDS = frozenset({"new", "more", "remaining", "final", "last", "first", "bonus", "special",
                          "extra", "additional", "further", "next", "previous", "latest",
                          "early", "later", "subsequent", "fresh"})
_WHOLE_PRE = frozenset({"all", "spanning", "spans", "span", "comprises", "comprising",
                        "consists of", "totaling", "totalling", "total of"})
_FACT_LINE = re.compile(r"\s*(?:no\.?\s+of\s+|number\s+of\s+|total\s+)?episodes\s*[:|]\s*(?P<n>\d{1,4})"
                        r"(?![\d.,:])", re.I)
_SCHEDULE_AFTER = re.compile(r"\s+(?:back[\s-]to[\s-]back|(?:a|per|each|every)\s+(?:week|day|night|"
                             r"weekday|weekend)|weekly|daily|at\s+a\s+time|in\s+a\s+row)(?![\w])", re.I)
# the whole run in Chinese, Korean and Japanese: '共36集', '全剧预计为36集', '首季共有6集' (in all N
# episodes), '16부작' (in 16 parts), '총 16회' (16 episodes in all), '全10話' (10 episodes in all)
_CJK_COUNT = re.compile(
    r"(?:共|全劇|全剧|總共|总共)(?:有|計|计|預計為|预计为|預計|预计|為|为)?\s?(?P<n>\d{1,3})\s?集|"
    r"(?<!\d)(?P<n2>\d{1,3})\s?부작|(?:총|全)\s?(?P<n3>\d{1,3})\s?(?:회|話)(?!차|째)|"
    # '这部30集的古装电视剧《X》', '24集都市剧《X》': the count before the kind noun and the title
    r"(?<!\d)(?P<n4>\d{1,3})\s?集的?[\u4e00-\u9fff]{0,6}?(?:剧|劇)(?=《|「)")
# the trade press's 'a BBC Two 4 x 60': four episodes of sixty minutes (the minutes a slot runs)
TIMES_MINUTES = re.compile(r"(?<![\w.,])(?=(?P<n>\d{1,3}))" + COUNT_TIMES_MINUTES +
                           r"(?:['’]|\s?mins?\b)?(?![\w]|[.,]\d)")
_IN_TOTAL = re.compile(r"\s+(?:in\s+total|in\s+all|total)(?![\w])", re.I)



def _episodes_evidence(d: Doc, n: Norm) -> list[tuple[Fact, Doc | None, str | None]]:
    w = d["work"]
    return [((w["episodes"],), w.get("episodes_evidence"), None)] if w.get("episodes") is not None \
        else []


class EpisodesExtractor(Extractor[EpisodeHit, Episodes]):
    """Candidates: 'N episodes', 'N-episode', 'six-part drama' (not 'episode 5', 'the first two
    episodes'), outside paragraphs about another work. Policy: statements of the whole ('the
    40-episode drama', 'all 6 episodes') outrank batches ('dropping six episodes on launch
    night'); two different counts are a conflict, reported, with no value."""

    name = "episodes"
    needs = (TopicsExtractor,)
    rule_ids = ("episodes.count", "episodes.parts", "episodes.fact_line", "episodes.cjk_count",
                "episodes.times_minutes")
    categories = (Category(
        "episodes", 13, ("episodes",),
        lambda d, n: [(d["work"]["episodes"],)] if d["work"].get("episodes") is not None else [],
        lambda a, n: [(a["work"]["episodes"],)] if a["work"].get("episodes") is not None else [],
        description="the stated episode count",
        evidenced=_episodes_evidence),)

    def match(self, ctx: Context) -> list[EpisodeHit]:
        if ctx.facts.get(TopicsExtractor).ranking:
            return []  # a listicle's numbers and people belong to the works it ranks
        p = ctx.rules.compiled(_Patterns.build)
        topics = ctx.facts.get(TopicsExtractor)
        out: list[EpisodeHit] = []
        for para in ctx.prose():
            for m in p.episodes.finditer(ctx.text, para.start, para.end):
                attributive = False
                if m.group("word").lower() == "episode" and m.group("sep") != "-":
                    attributive = bool(p.kind_after.match(ctx.text, m.end()))
                    if not attributive:  # 'the 70 episode drama' counts, the hyphen lost
                        continue  # "episode 5" / "one episode" is not a count of the run
                adj = (m.group("adj") or "").split()
                if any(a in _BATCH_WORDS for a in adj):
                    continue  # 'two new episodes', 'the final three episodes': a batch
                before = ctx.text[max(para.start, m.start() - 25) : m.start()]
                if _NOT_COUNT.search(before) and not m.group("pre"):
                    continue
                if _SCHEDULE_AFTER.match(ctx.text, m.end(), para.end):
                    continue  # 'two episodes back to back', 'three episodes a week': a schedule
                raw = m.group("n").lower()
                n = int(raw) if raw.isdigit() else p.numbers[raw]
                if n < 2 or topics.foreign(ctx, m.start()):
                    continue
                pre = (m.group("pre") or "").lower()
                whole = m.group("sep") == "-" or attributive or pre in _WHOLE_PRE or bool(
                    _IN_TOTAL.match(ctx.text, m.end(), para.end)) or bool(
                    p.kind_of.search(ctx.text, max(para.start, m.start("n") - 40), m.start("n")))
                out.append(EpisodeHit(n, m.start("n"), m.end(), whole, "episodes.count"))
            for m in p.parts.finditer(ctx.text, para.start, para.end):
                g = "n" if m.group("n") else "n2"
                raw = m.group(g).lower()
                n = int(raw) if raw.isdigit() else p.numbers[raw]
                if n >= 2 and not topics.foreign(ctx, m.start()):
                    out.append(EpisodeHit(n, m.start(g), m.end(), True, "episodes.parts"))
            for m in TIMES_MINUTES.finditer(ctx.text, para.start, para.end):
                n = int(m.group("n"))
                if n >= 2 and not topics.foreign(ctx, m.start()):
                    out.append(EpisodeHit(n, m.start("n"), m.end(), True, "episodes.times_minutes"))
            for m in _CJK_COUNT.finditer(ctx.text, para.start, para.end):
                n = int(m.group("n") or m.group("n2") or m.group("n3") or m.group("n4"))
                if n >= 2 and not topics.foreign(ctx, m.start()):
                    out.append(EpisodeHit(n, m.start(), m.end(), True, "episodes.cjk_count"))
        for line in ctx.segments.lines:  # a fact box: 'Episodes: 43', 'No. of episodes | 16'
            f = _FACT_LINE.match(line.text) if line.kind not in ("blank", "noise") else None
            if f and int(f.group("n")) >= 2:
                a = line.start + f.start("n")
                out.append(EpisodeHit(int(f.group("n")), a, a + len(f.group("n")), True,
                                      "episodes.fact_line"))
        return out

    def decide(self, candidates: list[EpisodeHit], ctx: Context, /) -> Episodes:
        whole = sorted((h.count, h.start, h.end) for h in candidates if h.whole)
        found = whole or [(h.count, h.start, h.end) for h in candidates if not h.whole]
        if not found:
            return Episodes(None, None)
        counts = Counter(n for n, _, _ in found)
        if len(counts) > 1:
            return Episodes(None, None, (ArticleWarning(
                code="episodes_conflict",
                message="different episode counts: " + ", ".join(str(n) for n in sorted(counts)),
                evidence=[ctx.evidence(s, e) for _, s, e in found]),))
        return Episodes(found[0][0], ctx.evidence(found[0][1], found[0][2]))

    def emit(self, facts: Episodes) -> Emitted:
        return Emitted({"work.episodes": facts.value, "work.episodes_evidence": facts.evidence},
                       list(facts.warnings))
