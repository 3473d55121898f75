"""The Topics facts every later extractor reads, and the questions they ask of them."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..context import Context, clause_end
from ..models import Evidence
from ..quotes import quoted_spans
from ..rules import CAP
from .kinds import work_words
from .titles import run_re


@dataclass(frozen=True)
class Topics:
    """The main work and the other works of one article.

    `kinds`: the kinds the main title is introduced with ('the film X'), for the kind rule;
    `others`: titles of other works (sorted), never the main work's facts; `blocked`: titles
    credited to people (casefolded); `subjects`: per paragraph start, the offsets where the
    main work (True) or another work (False) becomes the subject; `ranking`: the page is a
    listicle of several works, so the cast, credits and numbers it gives are theirs;
    `ranked_list`: where the list the intro ranks lies."""

    title: str | None = None
    evidence: Evidence | None = None
    rule: str | None = None
    kinds: Counter[str] = field(default_factory=Counter)
    others: tuple[str, ...] = ()
    blocked: frozenset[str] = frozenset()
    subjects: dict[int, list[tuple[int, bool]]] = field(default_factory=dict)
    alias: str | None = None  # the short name the text also uses ('MMK', 'X' of 'X OST')
    # the headline ranks several works ('The 5 most expensive series'): no work-level facts
    ranking: bool = False
    # the span of the list an intro ranks ('my 15 favourite OSTs', then 15 entries): its
    # entries are the works ranked, not a tracklist
    ranked_list: tuple[int, int] | None = None

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


_ANAPHOR_END = re.compile(
    r"(?:\b(?:the|this|this\s+new|new)\s+(?:[\w+-]+\s+){0,3}?(?:drama|series|show|film|movie|sitcom|"
    r"thriller|romance|production|project|anime)|\bit|\bwhich|\bthat|\bwho)\s*,?\s*$", re.I)


def is_speech(quote: str) -> bool:
    """A quoted sentence someone said ('"It was cold, but worth it," director A told ...'), not
    a title: four words or more, most of them lowercase."""
    words = [w for w in quote.split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) * 2 < len(words)


# 'TITLE, the novel' right before a cue: the noun phrase renames the title
_CREDIT_TAIL = re.compile(rf",?\s+(?:directed|helmed|produced|written)\s+by\s+{CAP}[\w.'’-]*"
                          rf"(?:\s+{CAP}[\w.'’-]*){{0,3}}$")
_APPOSITIVE_END = re.compile(rf"(?P<t>{CAP}[\w'’-]*(?:\s+(?:[a-z]{{1,4}}\s+)?{CAP}[\w'’-]*)*)[\"”’']?"
                             r",[\"”’']?\s+(?:the|a|an|[A-Z][\w+]*['’]s)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[\w-]+)$")


# after a quoted title: its year, a comma and a short noun phrase that ends at the cue
_AFTER_QUOTED_TITLE = re.compile(r"[\"”’']?\s*(?:\(\d{4}\))?\s*,\s*"
                                 r"(?:[^\s\".,;:!?“”‘’()]+\s+){0,6}[^\s\".,;:!?“”‘’()]+")


def names_main_work(ctx: Context, topics: Topics, sent_start: int, cue_start: int) -> bool:
    """Whether a cue at `cue_start` ('starring', 'directed by') is about the main work: 'X
    starring A' belongs to the main work unless another work is named right before the cue
    ('"OTHER TITLE," starring A' is that film's cast, and so is 'OTHER, the novel starring A')."""
    title = topics.title
    before = ctx.text[sent_start:cue_start].rstrip()
    # 'TITLE directed by NAME stars A': the credit between the title and the cue is an aside
    core = _CREDIT_TAIL.sub("", before.rstrip(" ,")).rstrip(" ,")
    core = core[:-1].rstrip() if core.endswith("(") else core  # 'OTHER (starring A and B)'
    appos = _APPOSITIVE_END.search(core)
    if appos and not topics.named_in(appos.group("t")) and (
            appos.group("noun").lower() not in work_words(ctx.rules).kind_lookup
            or appos.group("t") in topics.others):
        return False  # 'TITLE, the novel starring A', 'OTHER, the film starring A': that work's
    if any(core.rstrip("\"”’'").endswith(name) for name in topics.names):
        return True
    tail = core[-160:]
    quoted = quoted_spans(tail, 0, len(tail))
    if quoted and _AFTER_QUOTED_TITLE.fullmatch(tail, quoted[-1][1]) and \
            not is_speech(quoted[-1][2]):  # '"OTHER" (1998), a film by the British director A'
        return quoted[-1][2] in topics.names
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
        if _OWNED_BEFORE.search(tail, 0, len(tail) - len(last)):
            return False  # "NAME's upcoming OTHER, starring A": another work of that person
    return not topics.foreign(ctx, cue_start)


_OWNED_BEFORE = re.compile(r"\w['’]s\s+(?:upcoming|new|latest|next|last|previous|own)\s+$")


def main_work_after(ctx: Context, topics: Topics, cue_start: int, pos: int) -> bool:
    """What 'stars in' / 'cast in' names is the main work: its title comes first, or a kind
    noun with no other title after it ('in new big-scale period drama'), in a paragraph that is
    not about another work."""
    after = ctx.text[pos : clause_end(ctx, pos)][:160]
    hits = [after.find(n) for n in topics.names if n in after]
    if hits:
        first = min(hits)
        return not any(0 <= after.find(o) < first for o in topics.others)
    words = work_words(ctx.rules)
    named = _NAMED_FIRST.match(after)
    if named and not words.platform_re.match(after):
        return False  # 'the cast of OTHER, a KBS film': a name first, not the main work's
    kinds = words.kind_lookup
    for m in _WORD.finditer(after[:80]):
        if m.group(0).lower() in kinds:  # 'in the KBS drama', 'in new big-scale period drama'
            return not (_TITLE_NEXT.match(after, m.end()) or _QUOTE.search(after, 0, m.start())
                        or topics.foreign(ctx, cue_start))
    return False


def main_work_before(ctx: Context, topics: Topics, sent_start: int, cue_start: int) -> bool:
    """What a participle cue follows is the main work ('la telenovela protagonizada por',
    'TITLE, encabezada por'): its title, or a kind noun outside a paragraph on another work;
    never another noun ('la última versión, encabezada por': an older version's cast)."""
    before = ctx.text[sent_start:cue_start].rstrip(" ,\"”’'»")
    if any(before.endswith(name) for name in topics.names):
        return True
    last = _LAST_WORD.search(before)
    return last is not None and last.group(0).lower() in work_words(ctx.rules).kind_lookup \
        and not topics.foreign(ctx, cue_start)


_LAST_WORD = re.compile(r"[\w'’+-]+$")
_WORD = re.compile(r"[\w'’+-]+")
_TITLE_NEXT = re.compile(rf"\s*[,:]?\s*(?:[\"“‘'«「『]|{CAP})")
_QUOTE = re.compile(r"[\"“‘«「『]")
_NAMED_FIRST = re.compile(rf"[\"“‘'«「『]?{CAP}")


_IN_WHICH = re.compile(r"\b(?:in|on)\s+which\s+$")


def other_work_in_which(ctx: Context, topics: Topics, sent_start: int, pos: int) -> bool:
    """'her other drama, "OTHER," ..., in which A and B play': the relative clause is about
    the last work quoted before it (within 60 characters), and that is not the main work."""
    which = _IN_WHICH.search(ctx.text, sent_start, pos)
    if which is None:
        return False
    quoted = [q for q in ctx.quoted(sent_start, which.start()) if which.start() - q[1] <= 60]
    return bool(quoted) and quoted[-1][2] not in topics.names
