"""What `diff` compares, and how the facts of two outputs pair up (see `diff` for the command).
A module of its own: it works on two documents in memory, so the pytest plugin and the file
reader (`diff_inputs`) both build on it without the command line or the report.

What is compared. The facts are exactly the evaluator's (`evaluate.facts_from_output`, one set
of normalized tuples per category), so "no change" here means "the same score" there, plus a
``warnings`` category keyed on (code, evidence texts). Evidence offsets and rule ids are ignored
unless ``--strict``: then each fact also carries the sorted (start, end, rule) spans of the items
that produced it, so a moved span or a renamed rule is a change. Fields the evaluator does not
score (a date's event or precision, track performers, the album title, warning messages, meta)
are not compared: add them to the evaluator's facts and this diff follows.

Added, removed, changed. A fact present only in NEW is *added*, only in OLD *removed*. A removed
and an added fact of one category form a *change* when they share the category's identity key,
and that key is shared by as many removed facts as added ones (paired in sorted order):

- main_work, kind, budget, episodes: single-valued, so any two values are a change;
- dates, money: the quoted text (a date whose text is the same but whose value differs);
- tracks: aligned as a sequence per disc (difflib), so removing one track is one removed
  line and the tracks after it are not "moved"; a title that leaves one place and appears at
  another is a change of position, and so is a track whose `position` field was edited
  (its position changed by more than the alignment shifted it);
- known_for, songs: the person / the song title; groups: the artist; tracklists: the disc;
  warnings: the code;
- cast, artists, platforms, filming: the value itself, so only added or removed;
- under ``--strict``, first the fact itself (same fact, other evidence spans or rule ids).

Names and titles are matched case-insensitively (the evaluator's normalization) but printed as
written in the output (NEW's spelling for a change).
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from .contract import categories
from .evaluate import CATEGORIES as EVALUATED
from .evaluate import Fact, facts_from_output, norm

CATEGORIES: tuple[str, ...] = (*EVALUATED, "warnings")

#: Names of the elements of each category's fact tuple (the registry's categories), for the report.
FIELDS: dict[str, tuple[str, ...]] = {
    **{c.name: c.fields for c in categories()},
    "warnings": ("code", "evidence_texts"),
}

_SINGLE = frozenset({"main_work", "kind", "budget", "episodes"})
_BY_QUOTE = frozenset({"dates", "money"})
_KEY_FIELDS: dict[str, tuple[int, ...]] = {
    "known_for": (0,), "groups": (0,), "songs": (0,), "tracks": (0, 2), "tracklists": (0,),
    "warnings": (0,),
}

Span = tuple[int, int, str]
Status = Literal["unchanged", "changed", "only_in_old", "only_in_new", "error"]


class Written(str):
    """A name or title as compared (the evaluator's normalization: equal, hashed and ordered
    by it) that remembers how the output wrote it, for the report."""

    shown: str

    def __new__(cls, value: object) -> Written:
        self = super().__new__(cls, norm(value))
        self.shown = " ".join(str(value).split())
        return self


class InputError(ValueError):
    """A missing, unreadable or malformed input; the CLI prints it as one line and exits 2."""


@dataclass(frozen=True)
class DiffFact:
    """A fact as compared: the evaluator's tuple and, under --strict, its evidence spans.
    `quotes` (the evidence texts) only help a reader find it and never affect equality."""

    fact: Fact
    spans: tuple[Span, ...] = ()
    quotes: tuple[str, ...] = field(default=(), compare=False)


@dataclass
class CategoryDiff:
    category: str
    added: list[DiffFact] = field(default_factory=list)
    removed: list[DiffFact] = field(default_factory=list)
    changed: list[tuple[DiffFact, DiffFact]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


@dataclass
class ArticleDiff:
    key: str
    status: Status
    categories: list[CategoryDiff] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.status != "unchanged"


# ----------------------------------------------------------------------------- facts


def _warning_facts(out: dict[str, Any]) -> set[Fact]:
    return {(w["code"], tuple(norm(e["text"]) for e in w.get("evidence", [])))
            for w in out.get("warnings", [])}


def _all_facts(out: dict[str, Any]) -> dict[str, set[Fact]]:
    facts = facts_from_output(out, normalize=Written)
    facts["warnings"] = _warning_facts(out)
    return facts


Attribution = tuple[str, Fact, dict[str, Any], str | None]


def _attributed(out: dict[str, Any]) -> Iterator[Attribution]:
    """(category, fact, evidence, rule) for every item of the output that carries evidence:
    each registry category says which of its facts each evidence supports."""
    for category in categories():
        for fact, ev, rule in category.evidenced(out, Written):
            if ev:
                yield category.name, fact, ev, rule
    for wn in out.get("warnings", []):
        fact = (wn["code"], tuple(norm(e["text"]) for e in wn.get("evidence", [])))
        for e in wn.get("evidence", []):
            yield "warnings", fact, {**e, "text": ""}, None


@dataclass
class _Side:
    """One output's facts, each with the spans and quotes of the items that produced it."""

    facts: dict[str, set[Fact]]
    spans: dict[str, dict[Fact, set[Span]]]
    quotes: dict[str, dict[Fact, set[str]]]

    def item(self, category: str, fact: Fact, strict: bool) -> DiffFact:
        spans = tuple(sorted(self.spans[category].get(fact, ()))) if strict else ()
        return DiffFact(fact, spans, tuple(sorted(self.quotes[category].get(fact, ()))))


def _side(out: dict[str, Any], facts: dict[str, set[Fact]]) -> _Side:
    spans: dict[str, dict[Fact, set[Span]]] = {c: defaultdict(set) for c in CATEGORIES}
    quotes: dict[str, dict[Fact, set[str]]] = {c: defaultdict(set) for c in CATEGORIES}
    for cat, fact, ev, rule in _attributed(out):
        spans[cat][fact].add((int(ev["start"]), int(ev["end"]), rule or ""))
        if ev.get("text"):
            quotes[cat][fact].add(str(ev["text"]))
    return _Side(facts, spans, quotes)


def _order(v: Any) -> tuple[Any, ...]:
    """A total order over fact values (None, numbers, strings, tuples) for stable reports."""
    if v is None:
        return (0,)
    if isinstance(v, bool):
        return (1, int(v))
    if isinstance(v, int | float):
        return (2, v)
    if isinstance(v, str):
        return (3, v)
    if isinstance(v, tuple):
        return (4, tuple(_order(x) for x in v))
    return (5, repr(v))


def _fact_order(f: DiffFact) -> tuple[Any, ...]:
    return (_order(f.fact), f.spans)


def _keys(category: str, f: DiffFact) -> set[Hashable]:
    if category in _SINGLE:
        return {()}
    if category in _BY_QUOTE:
        return {norm(q) for q in f.quotes}
    idx = _KEY_FIELDS.get(category)
    if idx is None or any(i >= len(f.fact) for i in idx):
        return set()
    return {tuple(f.fact[i] for i in idx)}


def _pair(category: str, removed: list[DiffFact], added: list[DiffFact],
          strict: bool) -> CategoryDiff:
    """Turn removed/added facts that share an identity key into changes (module docstring)."""
    passes: list[Callable[[DiffFact], set[Hashable]]] = []
    if strict:
        passes.append(lambda f: {f.fact})
    passes.append(lambda f: _keys(category, f))
    changed: list[tuple[DiffFact, DiffFact]] = []
    for keys_of in passes:
        by_r: dict[Hashable, list[DiffFact]] = defaultdict(list)
        by_a: dict[Hashable, list[DiffFact]] = defaultdict(list)
        for r in removed:
            for k in keys_of(r):
                by_r[k].append(r)
        for a in added:
            for k in keys_of(a):
                by_a[k].append(a)
        used_r: set[DiffFact] = set()
        used_a: set[DiffFact] = set()
        for k in sorted(by_r.keys() & by_a.keys(), key=_order):
            rs = [r for r in by_r[k] if r not in used_r]
            as_ = [a for a in by_a[k] if a not in used_a]
            if rs and len(rs) == len(as_):
                changed.extend(zip(rs, as_, strict=True))
                used_r.update(rs)
                used_a.update(as_)
        removed = [r for r in removed if r not in used_r]
        added = [a for a in added if a not in used_a]
    changed.sort(key=lambda p: _fact_order(p[0]))
    return CategoryDiff(category, added, removed, changed)


@dataclass(frozen=True)
class _Track:
    disc: int
    index: int  # 1-based place in its disc's list
    position: int  # the output's `position` field
    title: Written
    span: Span
    quote: str

    def item(self, strict: bool) -> DiffFact:
        return DiffFact((self.disc, self.position, self.title),
                        (self.span,) if strict else (), (self.quote,))


def _tracks(doc: dict[str, Any]) -> dict[int, list[_Track]]:
    """Each disc's tracks in list order (two lists of one disc run on, as the evaluator's
    facts do)."""
    discs: dict[int, list[_Track]] = defaultdict(list)
    for tl in doc["soundtrack"]["tracklists"]:
        listed = discs[int(tl["disc"])]
        for t in tl["tracks"]:
            ev = t.get("evidence") or {}
            listed.append(_Track(int(tl["disc"]), len(listed) + 1, int(t["position"]),
                                 Written(t["title"]), (int(ev.get("start", 0)),
                                                       int(ev.get("end", 0)), ""),
                                 str(ev.get("text", ""))))
    return discs


def _diff_tracks(old: dict[str, Any], new: dict[str, Any], strict: bool) -> CategoryDiff:
    """Tracks aligned as sequences of titles, disc by disc (module docstring)."""
    cd = CategoryDiff("tracks")
    to, tn = _tracks(old), _tracks(new)
    for disc in sorted(to.keys() | tn.keys()):
        a, b = to.get(disc, []), tn.get(disc, [])
        removed: list[_Track] = []
        added: list[_Track] = []
        matcher = difflib.SequenceMatcher(None, [t.title for t in a], [t.title for t in b],
                                          autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op != "equal":
                removed += a[i1:i2]
                added += b[j1:j2]
                continue
            for o, n in zip(a[i1:i2], b[j1:j2], strict=True):
                edited = n.position - o.position != n.index - o.index
                if edited or (strict and o.span != n.span):
                    cd.changed.append((o.item(strict), n.item(strict)))
        by_title: dict[str, list[_Track]] = defaultdict(list)
        for t in added:
            by_title[t.title].append(t)
        moved: set[int] = set()
        for o in removed:
            candidates = [n for n in by_title.get(o.title, []) if id(n) not in moved]
            if candidates:  # the same title elsewhere in the disc: it moved
                moved.add(id(candidates[0]))
                cd.changed.append((o.item(strict), candidates[0].item(strict)))
            else:
                cd.removed.append(o.item(strict))
        cd.added += [n.item(strict) for n in added if id(n) not in moved]
    return cd


def _track_positions(doc: dict[str, Any]) -> list[tuple[int, list[int]]]:
    return [(int(tl["disc"]), [int(t["position"]) for t in tl["tracks"]])
            for tl in doc["soundtrack"]["tracklists"]]


def _facts_or_fail(doc: dict[str, Any], name: str) -> dict[str, set[Fact]]:
    try:
        return _all_facts(doc)
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise InputError(f"{name}: not an article_extract output ({_why(exc)})") from None


def _side_or_fail(doc: dict[str, Any], facts: dict[str, set[Fact]], name: str) -> _Side:
    try:
        return _side(doc, facts)
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise InputError(f"{name}: not an article_extract output ({_why(exc)})") from None


def _why(exc: Exception) -> str:
    return f"missing {exc}" if isinstance(exc, KeyError) else f"{type(exc).__name__}: {exc}"


def diff_outputs(old: dict[str, Any], new: dict[str, Any], *, strict: bool = False,
                 old_name: str = "OLD", new_name: str = "NEW") -> list[CategoryDiff]:
    """The non-empty per-category differences between two output documents, in CATEGORIES
    order. Raises InputError when either is not an article_extract output."""
    fo, fn = _facts_or_fail(old, old_name), _facts_or_fail(new, new_name)
    try:
        same_positions = _track_positions(old) == _track_positions(new)
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"{new_name}: not an article_extract output ({_why(exc)})") from None
    if fo == fn and same_positions and not strict:  # the common case: nothing to attribute
        return []
    so, sn = _side_or_fail(old, fo, old_name), _side_or_fail(new, fn, new_name)
    out: list[CategoryDiff] = []
    for c in CATEGORIES:
        if c == "tracks":
            tracks = _diff_tracks(old, new, strict)
            if tracks:
                out.append(tracks)
            continue
        olds = {so.item(c, f, strict) for f in fo.get(c, set())}
        news = {sn.item(c, f, strict) for f in fn.get(c, set())}
        if olds == news:
            continue
        cd = _pair(c, sorted(olds - news, key=_fact_order), sorted(news - olds, key=_fact_order),
                   strict)
        if cd:
            out.append(cd)
    return out
