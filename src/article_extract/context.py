"""What the extractors share: the text, its segments, sentences and spaCy's entities (all in
offsets into the input), the RuleSet in force, and the facts of the extractors run so far."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from .facts import Facts
from .lines import Line, Segments
from .models import Evidence
from .quotes import quoted_spans
from .rules import RuleSet, shipped
from .segment import ABBREVIATIONS

if TYPE_CHECKING:  # spaCy is imported only where a model runs, not by every reader of rules
    from spacy.tokens import Doc

T = TypeVar("T")

_EDGE_PUNCT = " \t\r\n,;:.!?\"'“”‘’()[]"


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Ent:
    label: str
    start: int
    end: int
    text: str


@dataclass
class Context:
    """One article as the extractors see it. `reference_date` is the caller's option (the
    dateline found in the text is a fact of the `reference` extractor); `facts` holds the
    typed results of the extractors that ran before, readable by those that declare them."""

    text: str
    segments: Segments
    sentences: list[Sentence]
    ents: list[Ent]
    reference_date: date | None = None
    rules: RuleSet = field(default_factory=shipped)
    # the model's entities inside two-column list blocks (`Segments.cell_lines`), kept apart
    # from `ents`: they say which column of a list holds names, never a fact of the prose
    cell_ents: list[Ent] = field(default_factory=list)
    facts: Facts = field(default_factory=Facts)
    # the input as given, when `text` reads some of its line breaks as spaces (hard-wrapped
    # prose, `hard_wrap`): evidence quotes the input's own characters
    source: str | None = None
    _memo: dict[Any, Any] = field(default_factory=dict, repr=False)
    _starts: list[int] = field(default_factory=list, repr=False)
    _ent_starts: list[int] = field(default_factory=list, repr=False)
    _para_starts: list[int] = field(default_factory=list, repr=False)
    _max_ent: int = 0

    def __post_init__(self) -> None:
        # sorted start offsets make every lookup a bisection, never a scan of the document
        self._starts = [s.start for s in self.sentences]
        self._ent_starts = [e.start for e in self.ents]
        self._para_starts = [p.start for p in self.segments.paragraphs]
        self._max_ent = max((e.end - e.start for e in self.ents), default=0)

    def evidence(self, start: int, end: int) -> Evidence:
        text = self.text if self.source is None else self.source
        return Evidence(start=start, end=end, text=text[start:end])

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < max(self.sentences[i].end, offset + 1):
            return self.sentences[i]
        return None

    def sentences_in(self, start: int, end: int) -> list[Sentence]:
        """The sentences that start in [start, end)."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return self.sentences[lo:hi]

    def paragraph_at(self, offset: int) -> Line | None:
        i = bisect.bisect_right(self._para_starts, offset) - 1
        if i >= 0 and offset <= self.segments.paragraphs[i].end:
            return self.segments.paragraphs[i]
        return None

    def ents_in(self, start: int, end: int, labels: Iterable[str] | None = None) -> list[Ent]:
        wanted = set(labels) if labels is not None else None
        lo = bisect.bisect_left(self._ent_starts, start - self._max_ent)
        hi = bisect.bisect_left(self._ent_starts, end)
        return [e for e in self.ents[lo:hi] if e.start < end and e.end > start
                and (wanted is None or e.label in wanted)]

    def prose(self) -> Iterable[Line]:
        return self.segments.paragraphs

    def prose_and_items(self) -> list[Line]:
        """The prose paragraphs and the entries of list blocks, in text order: where a fact
        can sit on a list line as well ('Day 1 – 65 crores')."""
        return self.memo("prose_and_items", lambda: sorted(
            [*self.segments.paragraphs, *(i for b in self.segments.lists for i in b.items)],
            key=lambda line: line.start))

    def memo(self, key: Any, build: Callable[[], T]) -> T:
        """`build()` once per article for `key`: a cache for work several rules repeat (the
        quoted strings of a paragraph, a sentence's event words), never a channel for facts."""
        if key not in self._memo:
            self._memo[key] = build()
        value: T = self._memo[key]
        return value

    def quoted(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The quoted strings in [start, end), found once per span (`quotes.quoted_spans`)."""
        return self.memo(("quoted", start, end), lambda: quoted_spans(self.text, start, end))


_ABBREVIATION_END = re.compile(r"\b(?:[A-Z]|Inst|Ver|feat|ft|Jr|Sr|Vol)\.$")


def snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span so it neither starts nor ends on white space or edge punctuation; a
    closing bracket or quote stays when its opener is inside the span."""
    while start < end and text[start] in _EDGE_PUNCT and not (
        text[start] in "(\"“‘'" and _closes(text[start:end])
    ):
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        ch = text[end - 1]
        if ch in ")\"”’'" and _opener(ch) in text[start : end - 1]:
            break
        if ch == "." and _ABBREVIATION_END.search(text[start:end]):
            break
        end -= 1
    return start, end


def _opener(ch: str) -> str:
    return {")": "(", "”": "“", "’": "‘"}.get(ch, ch)


def _closes(span: str) -> bool:
    """An opening bracket or quote stays when its partner comes later in the span."""
    closer = {"(": ")", "“": "”", "‘": "’"}.get(span[0], span[0])
    return closer in span[1:]


_ABBREV_END = re.compile(
    r"(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|feat|ft|Inst|Ver|Vol|Pt|"
    r"Mr|Mrs|Ms|Dr|St|Mt|vs|Jr|Sr|Co|Inc|Ltd|approx|est)\.|\b[A-Z]\.|\b[ap]\.m\.)\s*$")
# 'feat.' in any case ('(Feat. NAME)', 'FT.') never ends a sentence
_ALWAYS_GOES_ON = re.compile(r"\b(?:[Ff]eat|FEAT|[Ff]t|FT|Inst|Ver|vs|Mr|Mrs|Ms|Dr|Ma|Mme|Mlle|Prof|Capt|"
                             r"Sgt|dir)\.\s*$")
_CONTINUES = re.compile(r"^\s*(?:[\d(a-z,;]|[A-Z]\.)")


def merge_abbreviation_splits(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Undo sentence breaks the statistical model puts after 'Dec.', 'feat.' or 'p.m.' when
    the text goes on with a number or a lowercase word ('on Dec. 9, 2024, and ...')."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        prev = _tail(text, *out[-1]) if out else ""
        if out and (_ALWAYS_GOES_ON.search(prev) or (_ABBREV_END.search(prev)
                                                     and _CONTINUES.match(text[s:e]))):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _tail(text: str, start: int, end: int) -> str:
    """What the `...\\s*$` patterns above can see of text[start:end]: its trailing white space
    and the 12 characters before it (an abbreviation, its period and the character before it
    for `\\b`). Slicing and searching the whole merged sentence on every merge was quadratic
    (100,000 characters of 'feat. ' took 25 s)."""
    k = end
    while k > start and text[k - 1].isspace():
        k -= 1
    return text[max(start, k - 12) : end]


# 'airs on tvN. Kim ...': a full stop after a name in mixed case ends the sentence, which the
# statistical model misses (it reads 'tvN.' as an abbreviation)
_BRAND_STOP = re.compile(r"(?<![\w.])[a-z]{1,3}[A-Z]{1,3}(\.)\s++(?=[A-Z][a-z])")


def split_brand_stops(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The model's sentences cut after 'tvN.' and the like where another sentence begins."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        for m in _BRAND_STOP.finditer(text, s, e):
            out.append((s, m.end(1)))
            s = m.end()
        out.append((s, e))
    return out


def build_context(text: str, segments: Segments, docs: Iterable[tuple[Line, Doc]],
                  reference_date: date | None = None, rules: RuleSet | None = None) -> Context:
    source, text = text, segments.text  # the rules read hard-wrapped paragraphs as one line
    sentences: list[Sentence] = []
    ents: list[Ent] = []
    cell_ents: list[Ent] = []
    for line, doc in docs:
        base = line.start
        if line.kind == "cell":
            cell_ents += [Ent(x.label_, base + x.start_char, base + x.end_char, x.text)
                          for x in doc.ents]
            continue
        for s0, e0 in split_brand_stops(doc.text, merge_abbreviation_splits(
                doc.text, [(x.start_char, x.end_char) for x in doc.sents])):
            s, e = snap(text, base + s0, base + e0)
            if e > s:
                sentences.append(Sentence(s, e, text[s:e]))
        for ent in doc.ents:
            ents.append(Ent(ent.label_, base + ent.start_char, base + ent.end_char, ent.text))
    sentences.sort(key=lambda s: s.start)
    ents.sort(key=lambda e: (e.start, e.end))
    cell_ents.sort(key=lambda e: (e.start, e.end))
    return Context(text, segments, sentences, ents, reference_date, rules or shipped(),
                   cell_ents, source=None if source == text else source)


_ABBREV = re.compile(rf"(?:^|[\s(.]){ABBREVIATIONS}\.$")


def clause_end(ctx: Context, start: int) -> int:
    """The end of the sentence that contains `start`, read on the raw paragraph so that
    'feat. Y' or 'Inst.' never ends it (the statistical sentences sometimes do)."""
    para = ctx.paragraph_at(start)
    end = min(para.end if para else len(ctx.text), start + 2000)
    for m in _STOP.finditer(ctx.text, start, end):
        if not _ABBREV.search(ctx.text, max(0, m.start() - 8), m.start() + 1):
            return m.start()
    return end


_STOP = re.compile(r"[.!?](?=\s|$)")
