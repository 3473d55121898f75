"""Fact-level diff of two extractions, for regression-testing a corpus across rule changes,
tool upgrades or spaCy models.

    python -m article_extract diff OLD NEW [--strict] [--format text|json]

OLD and NEW are two output JSON files, two JSONL files (one output or error record per line),
or two output folders (``*.json``, recursively). Folders are matched by file path without the
``.json`` suffix, JSONL records by ``source.path`` (``#LINE`` when it is null); two files that
each hold one article are compared with each other whatever their paths. Only articles with a
difference are printed, then a summary line. Exit code: 0 when no fact changed, 1 when one did
(or an article is only on one side, or is an error record on one side), 2 on a usage or input
error (one line on stderr, never a traceback).

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

Large JSONL files are read in one pass, record by record, while both are in the same order;
at the first key that differs, the rest of NEW is indexed by key to byte offsets (not records)
and read back with seeks, so memory stays proportional to the number of keys, not the data.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
from collections import defaultdict, deque
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import IO, Any, Literal, NoReturn

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

EXIT_SAME, EXIT_CHANGED, EXIT_USAGE = 0, 1, 2

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


# ----------------------------------------------------------------------------- inputs


@dataclass
class _Record:
    key: str
    where: str
    offset: int = 0
    doc: dict[str, Any] | None = None


def _record_key(doc: dict[str, Any]) -> str | None:
    src = doc.get("source")
    path = src.get("path") if isinstance(src, dict) else src
    return os.path.normpath(path) if isinstance(path, str) and path else None


def _parse(raw: bytes | str, where: str) -> dict[str, Any]:
    try:
        doc = json.loads(raw)
    except UnicodeDecodeError as exc:
        raise InputError(f"{where}: not UTF-8 ({exc.reason})") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: invalid JSON ({exc.msg}, line {exc.lineno} column "
                         f"{exc.colno})") from None
    if not isinstance(doc, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(doc).__name__}")
    return doc


class _FileSource:
    """One JSON document or JSONL file, read lazily; JSONL records can be re-read by offset."""

    def __init__(self, path: Path, fh: IO[bytes]) -> None:
        self.path, self.fh = path, fh
        first = self._next_nonblank()
        self.jsonl = first is not None and _is_complete_json(first[1])
        self.single_doc: dict[str, Any] | None = None
        if self.jsonl:
            self.single = self._next_nonblank() is None
        elif first is None:
            self.single = False  # an empty file: no article at all
        else:
            fh.seek(0)
            self.single_doc = _parse(fh.read(), str(path))
            self.single = True

    def _next_nonblank(self) -> tuple[int, bytes] | None:
        while True:
            offset = self.fh.tell()
            line = self.fh.readline()
            if not line:
                return None
            if line.strip():
                return offset, line

    def records(self) -> Iterator[_Record]:
        if self.single_doc is not None:
            doc = self.single_doc
            yield _Record(_record_key(doc) or self.path.name, str(self.path), 0, doc)
            return
        if not self.jsonl:
            return
        self.fh.seek(0)
        lineno = 0
        while True:
            offset = self.fh.tell()
            line = self.fh.readline()
            if not line:
                return
            lineno += 1
            if line.strip():
                where = f"{self.path}:{lineno}"
                doc = _parse(line, where)
                yield _Record(_record_key(doc) or f"#{lineno}", where, offset, doc)

    def load(self, rec: _Record) -> _Record:
        """The record again, re-read from its offset (the fallback index keeps only offsets)."""
        if self.single_doc is not None:
            return _Record(rec.key, rec.where, 0, self.single_doc)
        self.fh.seek(rec.offset)
        return _Record(rec.key, rec.where, rec.offset, _parse(self.fh.readline(), rec.where))


def _is_complete_json(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _stream_pairs(old: _FileSource, new: _FileSource
                  ) -> Iterator[tuple[str, _Record | None, _Record | None]]:
    """Pairs of records with the same key: in lockstep while both files agree on the order,
    then through an index of the rest of NEW (key -> offsets)."""
    oi, ni = old.records(), new.records()
    o, n = next(oi, None), next(ni, None)
    while o is not None and n is not None and o.key == n.key:
        yield o.key, o, n
        o, n = next(oi, None), next(ni, None)
    index: dict[str, deque[_Record]] = defaultdict(deque)
    for r in chain([n] if n is not None else [], ni):
        index[r.key].append(_Record(r.key, r.where, r.offset))  # drop the parsed document
    for r in chain([o] if o is not None else [], oi):
        queue = index.get(r.key)
        if queue:
            yield r.key, r, new.load(queue.popleft())
        else:
            yield r.key, r, None
    for r in sorted((r for q in index.values() for r in q), key=lambda r: r.offset):
        yield r.key, None, r


def _dir_files(root: Path) -> dict[str, Path]:
    return {p.relative_to(root).with_suffix("").as_posix(): p
            for p in sorted(root.rglob("*.json")) if p.is_file()}


def _read_doc(path: Path) -> dict[str, Any]:
    try:
        return _parse(path.read_bytes(), str(path))
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None


def _error_of(doc: dict[str, Any] | None) -> dict[str, Any] | None:
    if doc is not None and "error" in doc and "work" not in doc:
        err = doc["error"]
        return err if isinstance(err, dict) else {"code": "error", "message": str(err)}
    return None


def _diff_records(key: str, old: _Record | None, new: _Record | None,
                  strict: bool) -> ArticleDiff:
    if old is None:
        return ArticleDiff(key, "only_in_new")
    if new is None:
        return ArticleDiff(key, "only_in_old")
    assert old.doc is not None and new.doc is not None
    eo, en = _error_of(old.doc), _error_of(new.doc)
    if eo or en:
        if eo and en and eo.get("code") == en.get("code"):
            return ArticleDiff(key, "unchanged")
        notes = [f"{side} is an error record ({e.get('code')}: {e.get('message')})"
                 for side, e in (("OLD", eo), ("NEW", en)) if e]
        return ArticleDiff(key, "error", notes=notes)
    cats = diff_outputs(old.doc, new.doc, strict=strict, old_name=old.where, new_name=new.where)
    notes = []
    so, sn = old.doc.get("source"), new.doc.get("source")
    if (isinstance(so, dict) and isinstance(sn, dict)
            and so.get("sha256") and sn.get("sha256") and so["sha256"] != sn["sha256"]):
        notes.append("the input text differs (source.sha256)")
    return ArticleDiff(key, "changed" if cats else "unchanged", cats, notes)


def compare_paths(old: Path, new: Path, *, strict: bool = False) -> Iterator[ArticleDiff]:
    """Diff two files or two folders, article by article, streaming (see the module doc)."""
    for p in (old, new):
        if not p.exists():
            raise InputError(f"{p}: no such file or folder")
    if old.is_dir() != new.is_dir():
        raise InputError(f"{old} and {new}: give two files or two folders")
    if old.is_dir():
        fo, fn = _dir_files(old), _dir_files(new)
        for key in sorted(fo.keys() | fn.keys()):
            ro = _Record(key, str(fo[key]), 0, _read_doc(fo[key])) if key in fo else None
            rn = _Record(key, str(fn[key]), 0, _read_doc(fn[key])) if key in fn else None
            yield _diff_records(key, ro, rn, strict)
        return
    with ExitStack() as stack:
        try:
            so = _FileSource(old, stack.enter_context(old.open("rb")))
            sn = _FileSource(new, stack.enter_context(new.open("rb")))
        except OSError as exc:
            raise InputError(f"{exc.filename}: {exc.strerror or exc}") from None
        if so.single and sn.single:
            ro, rn = next(so.records()), next(sn.records())
            yield _diff_records(rn.key, ro, rn, strict)
            return
        for key, ro2, rn2 in _stream_pairs(so, sn):
            yield _diff_records(key, ro2, rn2, strict)


# ----------------------------------------------------------------------------- report


def _plain(v: Any) -> Any:
    if isinstance(v, Written):
        return v.shown
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, tuple):
        return [_plain(x) for x in v]
    return v


def _names(category: str, n: int) -> tuple[str, ...]:
    names = FIELDS.get(category, ())
    return names if len(names) == n else tuple(f"field{i}" for i in range(n))


def _value(v: Any) -> str:
    return json.dumps(_plain(v), ensure_ascii=False)


def _render(category: str, fact: Fact, only: Iterable[int] | None = None) -> str:
    names = _names(category, len(fact))
    idx = range(len(fact)) if only is None else list(only)
    if len(names) == 1:
        return " ".join(_value(fact[i]) for i in idx)
    return " ".join(f"{names[i]}={_value(fact[i])}" for i in idx)


def _spans_text(f: DiffFact) -> str:
    return ", ".join(f"{s}-{e}" + (f" {r}" if r else "") for s, e, r in f.spans) or "none"


def _quote_text(f: DiffFact) -> str:
    """The evidence texts a reader needs to find the fact, unless they just repeat it."""
    said = {norm(x) for x in f.fact if isinstance(x, str)}
    quotes = [q for q in f.quotes if norm(q) not in said]
    if not quotes:
        return ""
    shown = ", ".join(json.dumps(q if len(q) <= 60 else q[:57] + "...", ensure_ascii=False)
                      for q in quotes[:3])
    return f"  (at {shown}{', ...' if len(quotes) > 3 else ''})"


def changed_fields(category: str, old: DiffFact, new: DiffFact) -> list[str]:
    names = _names(category, len(old.fact))
    out = [names[i] for i, (a, b) in enumerate(zip(old.fact, new.fact, strict=False)) if a != b]
    if old.spans != new.spans:
        out.append("evidence")
    return out


def _change_line(category: str, old: DiffFact, new: DiffFact) -> str:
    names = _names(category, len(old.fact))
    diff = [i for i, (a, b) in enumerate(zip(old.fact, new.fact, strict=False)) if a != b]
    parts: list[str] = []
    if len(names) == 1 and diff:
        parts.append(f"{_value(old.fact[0])} -> {_value(new.fact[0])}")
        context = ""
    else:
        parts += [f"{names[i]} {_value(old.fact[i])} -> {_value(new.fact[i])}" for i in diff]
        context = _render(category, old.fact, (i for i in range(len(names)) if i not in diff))
    if old.spans != new.spans:
        parts.append(f"evidence {_spans_text(old)} -> {_spans_text(new)}")
    line = "; ".join(parts)
    return (f"{context}: {line}" if context else line) + _quote_text(new if new.quotes else old)


def format_categories(cats: Sequence[CategoryDiff], indent: str = "  ") -> list[str]:
    """Text lines: `+` added, `-` removed, `~` changed, grouped by category."""
    lines: list[str] = []
    for cd in cats:
        lines.append(f"{indent}{cd.category}")
        for sign, facts in (("-", cd.removed), ("+", cd.added)):
            for f in facts:
                ev = f"  [{_spans_text(f)}]" if f.spans else ""
                lines.append(f"{indent}  {sign} {_render(cd.category, f.fact)}{ev}"
                             f"{_quote_text(f)}")
        for old, new in cd.changed:
            lines.append(f"{indent}  ~ {_change_line(cd.category, old, new)}")
    return lines


def _counts(cats: Sequence[CategoryDiff]) -> str:
    a = sum(len(c.added) for c in cats)
    r = sum(len(c.removed) for c in cats)
    ch = sum(len(c.changed) for c in cats)
    return f"{a} added, {r} removed, {ch} changed"


def format_article(ad: ArticleDiff) -> list[str]:
    head = {"changed": _counts(ad.categories), "unchanged": "no change",
            "only_in_old": "only in OLD", "only_in_new": "only in NEW",
            "error": "error record"}[ad.status]
    return ([f"{ad.key}: {head}"] + [f"  note: {n}" for n in ad.notes]
            + format_categories(ad.categories))


def _fact_json(category: str, f: DiffFact, strict: bool) -> dict[str, Any]:
    out: dict[str, Any] = {n: _plain(v) for n, v in
                           zip(_names(category, len(f.fact)), f.fact, strict=True)}
    out["quotes"] = list(f.quotes)
    if strict:
        out["evidence"] = [{"start": s, "end": e, "rule": r or None} for s, e, r in f.spans]
    return out


def article_json(ad: ArticleDiff, strict: bool) -> dict[str, Any]:
    return {
        "key": ad.key,
        "status": ad.status,
        "notes": ad.notes,
        "categories": {
            cd.category: {
                "added": [_fact_json(cd.category, f, strict) for f in cd.added],
                "removed": [_fact_json(cd.category, f, strict) for f in cd.removed],
                "changed": [{"old": _fact_json(cd.category, o, strict),
                             "new": _fact_json(cd.category, n, strict),
                             "fields": changed_fields(cd.category, o, n)}
                            for o, n in cd.changed],
            } for cd in ad.categories},
    }


# ----------------------------------------------------------------------------- CLI


_EXTRA_COUNTS = (("only_in_old", "only in OLD"), ("only_in_new", "only in NEW"),
                 ("error", "with an error record"))


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit 2, never the usage dump."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"article-extract diff: error: {message}\n")
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="article-extract diff",
                description="Facts added, removed and changed between two extractions "
                            "(JSON files, JSONL files or output folders). Exit 0: no change, "
                            "1: changed, 2: usage or input error.")
    p.add_argument("old", type=Path, help="the accepted output: JSON, JSONL or a folder")
    p.add_argument("new", type=Path, help="the output to check, of the same kind")
    p.add_argument("--strict", action="store_true",
                   help="evidence offsets and rule ids count as changes too")
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="text for people (default), json for tools")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # --help (0) or a usage error (2, already reported)
        return int(exc.code or 0)
    counts = {s: 0 for s in ("changed", "unchanged", "only_in_old", "only_in_new", "error")}
    report: list[dict[str, Any]] = []
    try:
        for ad in compare_paths(args.old, args.new, strict=args.strict):
            counts[ad.status] += 1
            if not ad.changed:
                continue
            if args.format == "json":
                report.append(article_json(ad, args.strict))
            else:
                sys.stdout.write("\n".join(format_article(ad)) + "\n")
                sys.stdout.flush()
    except InputError as exc:
        sys.stderr.write(f"article-extract diff: {exc}\n")
        return EXIT_USAGE
    except OSError as exc:  # a read failing midway (the opening errors are InputErrors)
        sys.stderr.write(f"article-extract diff: {exc.filename or args.new}: "
                         f"{exc.strerror or exc}\n")
        return EXIT_USAGE
    changed = sum(v for k, v in counts.items() if k != "unchanged")
    if args.format == "json":
        doc = {"old": str(args.old), "new": str(args.new), "strict": args.strict,
               "changed": changed > 0, "summary": {"articles": sum(counts.values()), **counts},
               "articles": report}
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    else:
        total = sum(counts.values())
        extra = "".join(f", {counts[k]} {label}" for k, label in _EXTRA_COUNTS if counts[k])
        sys.stdout.write(f"{total} article{'s' if total != 1 else ''}: {counts['changed']} "
                         f"changed, {counts['unchanged']} unchanged{extra}\n")
    return EXIT_CHANGED if changed else EXIT_SAME
