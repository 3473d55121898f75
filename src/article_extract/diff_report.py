"""`diff`'s report: the differences as text lines for people and as JSON for tools. A module
of its own so that the pytest plugin can print a mismatch as `diff` does without the command
line or the file reader."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from .diff_facts import FIELDS, ArticleDiff, CategoryDiff, DiffFact, Written
from .evaluate import Fact, norm


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
