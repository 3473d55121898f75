"""The article text with its evidence highlighted: every evidence span of the output gathered
into `Mark`s (one per distinct span, with every fact that cites it) and written as well-nested
`<mark>` elements. A module of its own: what is highlighted and how the markup nests is the
delicate part of the evidence page (`html_page`), testable apart from the page around it.

Why it is built this way:
- one element per distinct span, however many facts cite it (the budget is also an amount),
  so a reader sees every fact about a quote in one place;
- spans nest (a track inside its tracklist); spans that cross are split at the boundary of
  the span opened first and continued in a second element with the same `data-span`, so the
  markup is always well nested and the result depends only on the offsets;
- all text and attribute values are escaped; flags carry no text of their own (their "⚠" is
  CSS content), so the page's text is the input, character for character (a carriage return
  is written as `&#13;` so it survives HTML's newline normalisation).
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..models import Article, Evidence, Money
from .html_style import category_class, label


@dataclass
class Mark:
    """One highlighted span and every fact (and warning) that cites it."""

    start: int
    end: int
    text: str
    labels: list[tuple[str, str]] = field(default_factory=list)  # (category, text)
    warnings: list[int] = field(default_factory=list)  # 1-based warning numbers

    @property
    def key(self) -> str:
        return f"{self.start}-{self.end}"

    @property
    def category(self) -> str:
        cats = [c for c, _ in self.labels if c != "warning"]
        return cats[0] if cats else "warning"

    @property
    def title(self) -> str:
        seen: list[str] = []
        for _, text in self.labels:
            if text not in seen:
                seen.append(text)
        return "\n".join(seen)


def amount(m: Money) -> str:
    word = "" if m.qualifier == "exact" else f"{m.qualifier} "
    return f"{word}{m.amount:,} {m.currency}"


def _facts(a: Article) -> Iterator[tuple[Evidence, str, str]]:
    """(evidence, category, normalized value) for every evidence object in the output."""
    w = a.work
    if w.evidence:
        yield w.evidence, "title", f"work title: {w.title}" + (f" ({w.kind})" if w.kind else "")
    for m in w.platform_evidence:
        yield m.evidence, "platform", f"platform: {m.value}"
    if w.episodes_evidence:
        yield w.episodes_evidence, "episodes", f"episodes: {w.episodes}"
    if w.budget:
        yield w.budget.evidence, "money", f"budget: {amount(w.budget)}"
    for m in w.filming_location_evidence:
        yield m.evidence, "location", f"filming location: {m.value}"
    for c in w.cast:
        known = f" (known for {', '.join(c.known_for)})" if c.known_for else ""
        yield c.evidence, "cast", f"cast: {c.name}{known}"
        for k in c.known_for_evidence:
            yield k.evidence, "known_for", f"{c.name} is known for: {k.value}"
    for d in a.dates:
        details = ", ".join(x for x in (d.event, f"{d.precision} precision" if d.precision else "",
                                         f"year {d.year_source}" if d.year_source else "") if x)
        yield d.evidence, "date", (f"date: {d.value or 'unresolved'}"
                                   + (f" ({details})" if details else ""))
    for money in a.money:
        yield money.evidence, "money", f"money: {amount(money)}"
    st = a.soundtrack
    for ar in st.artists:
        yield ar.evidence, "artist", f"artist: {ar.name}" + (f" of {ar.group}" if ar.group else "")
    for s in st.songs:
        by = f" by {', '.join(s.performers)}" if s.performers else ""
        yield s.evidence, "song", f"song: {s.title}{by}"
    for tl in st.tracklists:
        declared = f" of {tl.declared_count} declared" if tl.declared_count is not None else ""
        label = f" ({tl.label})" if tl.label else ""
        yield tl.evidence, "tracklist", (f"tracklist: disc {tl.disc}{label}, {len(tl.tracks)} "
                                         f"tracks listed{declared}, "
                                         f"{'complete' if tl.complete else 'incomplete'}")
        if tl.declared_count_evidence:
            yield (tl.declared_count_evidence, "count",
                   f"declared size of disc {tl.disc}: {tl.declared_count} tracks")
        for t in tl.tracks:
            by = f" by {', '.join(t.performers)}" if t.performers else ""
            yield t.evidence, "track", f"disc {tl.disc}, track {t.position}: {t.title}{by}"


# The item lists `_facts` reads; an evidence-bearing item in any other list is `other_facts`'s.
_READ = frozenset({"", "work", "platform_evidence", "filming_location_evidence", "cast",
                   "known_for_evidence", "dates", "money", "soundtrack", "artists", "songs",
                   "tracklists", "tracks", "warnings"})


def other_facts(a: Article) -> Iterator[tuple[Evidence, str, str]]:
    """Items with evidence in lists `_facts` does not know: category = the list's name."""

    def walk(obj: Any, key: str) -> Iterator[tuple[Evidence, str, str]]:
        if isinstance(obj, dict):
            ev = obj.get("evidence")
            if key not in _READ and isinstance(ev, dict) and {"start", "end", "text"} <= set(ev):
                value = next((obj[k] for k in ("name", "value", "title", "text")
                              if isinstance(obj.get(k), str)), ev["text"])
                yield Evidence.model_validate(ev), key, f"{label(key)}: {value}"
            for k, v in obj.items():
                if isinstance(v, list):
                    if k not in _READ:  # the known lists are `_facts`'s, items and all
                        yield from walk(v, k)
                elif k != "evidence":
                    yield from walk(v, key)
        elif isinstance(obj, list):
            for item in obj:
                yield from walk(item, key)

    yield from walk(a.model_dump(mode="json"), "")


def collect_marks(a: Article, text: str,
                  others: list[tuple[Evidence, str, str]] | None = None) -> list[Mark]:
    """Every distinct non-empty evidence span, with its facts, sorted by (start, -end).
    ValueError when an evidence quote does not match `text` (the wrong input was passed)."""
    marks: dict[tuple[int, int], Mark] = {}

    def add(ev: Evidence) -> Mark | None:
        if not (0 <= ev.start <= ev.end <= len(text)) or text[ev.start:ev.end] != ev.text:
            raise ValueError(f"evidence {ev.start}:{ev.end} does not match the text; pass the "
                             "decoded input the article was extracted from")
        if ev.start == ev.end:
            return None
        return marks.setdefault((ev.start, ev.end), Mark(ev.start, ev.end, ev.text))

    for ev, cat, fact in (*_facts(a), *(other_facts(a) if others is None else others)):
        mark = add(ev)
        if mark:
            mark.labels.append((cat, fact))
    for n, warning in enumerate(a.warnings, 1):
        for ev in warning.evidence:
            mark = add(ev)
            if mark:
                mark.labels.append(("warning", f"warning W{n} ({warning.code}): "
                                               f"{warning.message}"))
                if n not in mark.warnings:
                    mark.warnings.append(n)
    return sorted(marks.values(), key=lambda m: (m.start, -m.end))


def esc(s: str) -> str:
    return html.escape(s, quote=False).replace("\r", "&#13;")


def attr(s: str) -> str:
    return html.escape(s, quote=True).replace("\r", "&#13;")


def short(s: str, n: int = 60) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _open(mark: Mark, first: bool) -> str:
    classes = f"hl {category_class(mark.category)}" + (" warn" if mark.warnings else "")
    cats = " ".join(dict.fromkeys(c for c, _ in mark.labels))
    common = (f'class="{classes}" data-span="{mark.key}" data-start="{mark.start}" '
              f'data-end="{mark.end}" data-cats="{cats}" title="{attr(mark.title)}"')
    if not first:
        return f'<mark {common} data-cont="1">'
    label = f"{short(mark.text)}: {'; '.join(mark.title.splitlines())}"
    return (f'<mark id="s-{mark.key}" {common} tabindex="0" role="note" '
            f'aria-label="{attr(label)}">')


def _flags(mark: Mark, a: Article) -> str:
    out = []
    for n in mark.warnings:
        w = a.warnings[n - 1]
        msg = f"warning W{n} ({w.code}): {w.message}"
        out.append(f'<span class="flag" data-warning="W{n}" data-n="{n}" role="note" '
                   f'tabindex="0" title="{attr(msg)}" aria-label="{attr(msg)}"></span>')
    return "".join(out)


def highlight(text: str, marks: list[Mark], a: Article) -> str:
    """The text as HTML with well-nested <mark> elements (see the module docstring)."""
    starting: dict[int, list[Mark]] = {}
    ending: dict[int, list[Mark]] = {}
    for m in marks:  # already in (start, -end) order: longer spans open first, outermost
        starting.setdefault(m.start, []).append(m)
        ending.setdefault(m.end, []).append(m)
    out: list[str] = []
    stack: list[Mark] = []
    pos = 0
    for p in sorted(set(starting) | set(ending)):
        out.append(esc(text[pos:p]))
        pos = p
        done = [m for m in stack if m.end == p]
        if done:
            i = min(stack.index(m) for m in done)
            above = stack[i:]
            del stack[i:]
            for m in reversed(above):  # innermost first; a flag follows its own span
                out.append("</mark>")
                if m.end == p:
                    out.append(_flags(m, a))
            for m in above:
                if m.end != p:  # crossed by a span that ended: continue it
                    out.append(_open(m, first=False))
                    stack.append(m)
        for m in starting.get(p, []):
            out.append(_open(m, first=True))
            stack.append(m)
    out.append(esc(text[pos:]))
    return "".join(out)


__all__ = ["Mark", "amount", "attr", "collect_marks", "esc", "highlight", "other_facts", "short"]
