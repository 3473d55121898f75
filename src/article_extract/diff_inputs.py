"""The two sides of `diff` read from disk: two output files (JSON or JSONL) or two output
folders, paired article by article and handed to `diff_facts`. A module of its own: reading
and pairing large inputs is its own craft, apart from what is compared and how it is shown.

Folders are matched by file path without the ``.json`` suffix, JSONL records by
``source.path`` (``#LINE`` when it is null); two files that each hold one article are compared
with each other whatever their paths.

Large JSONL files are read in one pass, record by record, while both are in the same order;
at the first key that differs, the rest of NEW is indexed by key to byte offsets (not records)
and read back with seeks, so memory stays proportional to the number of keys, not the data.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict, deque
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import IO, Any

from .diff_facts import ArticleDiff, InputError, diff_outputs


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
