"""`--format html`: one self-contained page to check the evidence by eye.

The article text is shown exactly as decoded, with every evidence span of the output
highlighted by category; a side panel holds the structured result, each item linked to its
span. Hovering a highlight shows its normalized value (`title`), focusing it (Tab) shows the
same in a tooltip and in the panel's inspector, and each highlight's `aria-label` says it for
screen readers. Warnings are flagged (⚠) right after each span they cite.

Why it is built this way:
- one element per distinct span, however many facts cite it (the budget is also an amount),
  so a reader sees every fact about a quote in one place;
- spans nest (a track inside its tracklist); spans that cross are split at the boundary of
  the span opened first and continued in a second element with the same `data-span`, so the
  markup is always well nested and the result depends only on the offsets;
- nothing is fetched: CSS and JS are inline, pinned by hash in a Content-Security-Policy that
  forbids every other source, and all text and attribute values are escaped;
- flags carry no text of their own (their "⚠" is CSS content), so the page's text is the
  input, character for character (a carriage return is written as `&#13;` so it survives
  HTML's newline normalisation).
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..emit import to_json
from ..models import Article, Evidence, Mention, Money

# category -> (legend label, highlight colour); the order is the legend's and the priority
# that picks a span's colour when several facts cite it. A category not listed here (an item
# list the contract gains later, e.g. work.directors) is still highlighted: `_other_facts`
# finds its evidence, and it gets its list's name as label and a colour of its own.
CATEGORIES: dict[str, tuple[str, str]] = {
    "title": ("work title", "#ffd54f"),
    "platform": ("platform", "#81d4fa"),
    "episodes": ("episodes", "#b39ddb"),
    "money": ("money", "#a5d6a7"),
    "location": ("filming location", "#ffab91"),
    "cast": ("cast", "#f48fb1"),
    "known_for": ("known for", "#f8bbd0"),
    "date": ("date", "#90caf9"),
    "artist": ("artist", "#ce93d8"),
    "song": ("song", "#80cbc4"),
    "tracklist": ("tracklist", "#e0e0e0"),
    "count": ("declared count", "#ffcc80"),
    "track": ("track", "#c5e1a5"),
    "warning": ("warning", "#ffcdd2"),
}

BASE_CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1b1b1b; background: #fafafa; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 440px; min-height: 100vh; }
main { padding: 24px 32px; }
main h1 { font-size: 20px; margin: 0 0 4px; }
.meta { color: #555; font-size: 13px; margin: 0 0 12px; }
.legend { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 16px; padding: 0;
  list-style: none; font-size: 12px; }
.legend button { font: inherit; padding: 1px 8px; border-radius: 10px; cursor: pointer;
  border: 1px solid rgba(0, 0, 0, .15); color: inherit; }
.legend button[aria-pressed="false"] { background: #fff; color: #777;
  text-decoration: line-through; }
mark.hl.off { background: transparent; box-shadow: none; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; padding: 20px 24px;
  border: 1px solid #ddd; border-radius: 6px; line-height: 1.9; max-width: 80ch; }
mark.hl { color: inherit; border-radius: 3px; padding: 1px 0; position: relative;
  box-shadow: inset 0 -2px 0 rgba(0, 0, 0, .22); -webkit-box-decoration-break: clone;
  box-decoration-break: clone; cursor: help; }
mark.hl:focus { outline: 2px solid #1565c0; outline-offset: 1px; }
mark.hl:focus::after { content: attr(title); position: absolute; left: 0; top: 100%; z-index: 10;
  white-space: pre-line; min-width: 16em; max-width: 32em; background: #263238; color: #fff;
  font-size: 12px; line-height: 1.4; padding: 6px 8px; border-radius: 4px; }
mark.warn { text-decoration: underline wavy #c62828; text-decoration-skip-ink: none; }
mark.active { outline: 2px solid #1565c0; }
.flag { color: #c62828; font-weight: 700; font-size: 12px; vertical-align: super;
  cursor: help; padding: 0 1px; }
.flag::before { content: "\\26A0" attr(data-n); }
.flag:focus { outline: 2px solid #c62828; }
aside { border-left: 1px solid #ddd; background: #fff; padding: 16px 20px; font-size: 13px;
  position: sticky; top: 0; height: 100vh; overflow: auto; }
aside h2 { font-size: 15px; margin: 18px 0 6px; border-bottom: 1px solid #eee; }
aside h3 { font-size: 13px; margin: 10px 0 4px; }
aside ul, aside ol { margin: 0; padding-left: 20px; }
aside dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0; }
aside dt { color: #555; }
aside dd { margin: 0; }
aside a { color: #0d47a1; text-decoration: none; }
aside a:hover, aside a:focus { text-decoration: underline; }
#inspector { position: sticky; top: -16px; background: #263238; color: #fff; margin: -16px -20px 0;
  padding: 10px 20px; min-height: 3.2em; white-space: pre-line; font-size: 12px; z-index: 5; }
.warnings li { color: #b71c1c; }
.muted { color: #777; }
pre.json { font-size: 11px; white-space: pre-wrap; overflow-wrap: anywhere; }
@media (max-width: 900px) {
  .layout { grid-template-columns: minmax(0, 1fr); }
  main { padding: 16px; }
  .text { padding: 12px 14px; max-width: none; }
  aside { position: static; height: auto; border-left: 0; border-top: 1px solid #ddd; }
  #inspector { position: sticky; top: 0; margin: -16px -20px 8px; }
}
"""


def category_class(name: str) -> str:
    """A CSS class for a category name (any list name the contract may gain)."""
    return "cat-" + re.sub(r"[^a-z0-9_-]", "-", name.lower())


def colour(name: str) -> str:
    if name in CATEGORIES:
        return CATEGORIES[name][1]
    hue = int(hashlib.sha256(name.encode("utf-8")).hexdigest()[:6], 16) % 360
    return f"hsl({hue} 70% 82%)"


def label(name: str) -> str:
    return CATEGORIES[name][0] if name in CATEGORIES else name.replace("_", " ")


def css(categories: Iterable[str]) -> str:
    """The page's style: the layout, and one colour rule per category it shows."""
    return BASE_CSS + "".join(f".{category_class(c)} {{ background: {colour(c)}; }}\n"
                              for c in dict.fromkeys(categories))


def category_order(categories: Iterable[str]) -> list[str]:
    """The known categories in CATEGORIES order, then the others by name."""
    present = set(categories)
    return [c for c in CATEGORIES if c in present] + sorted(present - set(CATEGORIES))


# kept for callers that want every known category's rule
CSS = css(CATEGORIES)

# Event delegation on the document, so the same script serves an article inserted later (the
# corpus report shows one article's evidence view at a time).
JS = """
(function () {
  var active = null;
  function show(target) {
    var el = target && target.closest ? target.closest(".hl, .flag") : null;
    var box = document.getElementById("inspector");
    if (!el || !box) { return; }
    if (active) { active.classList.remove("active"); }
    active = el.classList.contains("hl") ? el : null;
    if (active) { active.classList.add("active"); }
    box.textContent = el.getAttribute("title");
  }
  function follow() {
    var id = location.hash.slice(1);
    var el = id.indexOf("s-") === 0 ? document.getElementById(id) : null;
    if (el) { el.focus(); }
  }
  function toggle(button) {
    var on = button.getAttribute("aria-pressed") !== "true";
    var root = button.closest(".layout") || document;
    button.setAttribute("aria-pressed", on ? "true" : "false");
    root.querySelectorAll("mark.hl." + button.getAttribute("data-class")).forEach(
      function (m) { m.classList.toggle("off", !on); });
  }
  document.addEventListener("mouseover", function (e) { show(e.target); });
  document.addEventListener("focusin", function (e) { show(e.target); });
  document.addEventListener("click", function (e) {
    var b = e.target.closest ? e.target.closest(".legend button") : null;
    if (b) { toggle(b); }
  });
  window.addEventListener("hashchange", follow);
  follow();
  document.documentElement.setAttribute("data-ready", "1");
})();
"""


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


def _amount(m: Money) -> str:
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
        yield w.budget.evidence, "money", f"budget: {_amount(w.budget)}"
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
        yield money.evidence, "money", f"money: {_amount(money)}"
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


# The item lists `_facts` reads; an evidence-bearing item in any other list is `_other_facts`'s.
_READ = frozenset({"", "work", "platform_evidence", "filming_location_evidence", "cast",
                   "known_for_evidence", "dates", "money", "soundtrack", "artists", "songs",
                   "tracklists", "tracks", "warnings"})


def _other_facts(a: Article) -> Iterator[tuple[Evidence, str, str]]:
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

    for ev, cat, fact in (*_facts(a), *(_other_facts(a) if others is None else others)):
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


def _esc(s: str) -> str:
    return html.escape(s, quote=False).replace("\r", "&#13;")


def _attr(s: str) -> str:
    return html.escape(s, quote=True).replace("\r", "&#13;")


def _short(s: str, n: int = 60) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _open(mark: Mark, first: bool) -> str:
    classes = f"hl {category_class(mark.category)}" + (" warn" if mark.warnings else "")
    cats = " ".join(dict.fromkeys(c for c, _ in mark.labels))
    common = (f'class="{classes}" data-span="{mark.key}" data-start="{mark.start}" '
              f'data-end="{mark.end}" data-cats="{cats}" title="{_attr(mark.title)}"')
    if not first:
        return f'<mark {common} data-cont="1">'
    label = f"{_short(mark.text)}: {'; '.join(mark.title.splitlines())}"
    return (f'<mark id="s-{mark.key}" {common} tabindex="0" role="note" '
            f'aria-label="{_attr(label)}">')


def _flags(mark: Mark, a: Article) -> str:
    out = []
    for n in mark.warnings:
        w = a.warnings[n - 1]
        msg = f"warning W{n} ({w.code}): {w.message}"
        out.append(f'<span class="flag" data-warning="W{n}" data-n="{n}" role="note" '
                   f'tabindex="0" title="{_attr(msg)}" aria-label="{_attr(msg)}"></span>')
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
        out.append(_esc(text[pos:p]))
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
    out.append(_esc(text[pos:]))
    return "".join(out)


def _link(ev: Evidence | None, label: str) -> str:
    if ev is None or ev.start == ev.end:
        return _esc(label)
    return f'<a href="#s-{ev.start}-{ev.end}">{_esc(label)}</a>'


def _values(values: list[str], mentions: list[Mention]) -> str:
    """Each distinct value once, linked to its first mention."""
    first: dict[str, Evidence] = {}
    for m in mentions:
        first.setdefault(m.value.casefold(), m.evidence)
    return ", ".join(_link(first.get(v.casefold()), v) for v in values) or (
        '<span class="muted">none</span>')


# Rows of the work table that are worth a "none"/"unknown" when empty, by kind: an album has
# no platforms or episodes to miss, and a work of unknown kind shows them all.
_EXPECTED: dict[str | None, frozenset[str]] = {
    "series": frozenset({"platforms", "episodes", "budget", "filmed in"}),
    "film": frozenset({"platforms", "budget", "filmed in"}),
    "album": frozenset(),
    None: frozenset({"platforms", "episodes", "budget", "filmed in"}),
}
_NONE = '<span class="muted">none</span>'


def _panel(a: Article, *, include_json: bool = True,
           others: list[tuple[Evidence, str, str]] | None = None) -> str:
    w, st = a.work, a.soundtrack
    parts: list[str] = ['<div id="inspector" aria-live="polite">Hover or focus (Tab) a '
                        'highlight to see its normalized value.</div>']
    expected = _EXPECTED.get(w.kind, _EXPECTED[None])
    optional: list[tuple[str, str | None]] = [
        ("platforms", _values(w.platforms, w.platform_evidence) if w.platforms else None),
        ("episodes", _link(w.episodes_evidence, str(w.episodes))
         if w.episodes is not None else None),
        ("budget", _link(w.budget.evidence, _amount(w.budget)) if w.budget else None),
        ("filmed in", _values(w.filming_locations, w.filming_location_evidence)
         if w.filming_locations else None),
    ]
    rows: list[tuple[str, str]] = [
        ("title", _link(w.evidence, w.title) if w.title else _NONE),
        ("kind", _esc(w.kind or "unknown")),
    ] + [(k, v if v is not None else
          _NONE if k != "episodes" else '<span class="muted">unknown</span>')
         for k, v in optional if v is not None or k in expected]
    parts.append("<h2>Work</h2><dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
                 + "</dl>")
    if w.cast:
        items = []
        for c in w.cast:
            known = ", ".join(_link(k.evidence, k.value) for k in c.known_for_evidence)
            items.append(f"<li>{_link(c.evidence, c.name)}"
                         + (f" — known for {known}" if known else "") + "</li>")
        parts.append(f"<h2>Cast ({len(w.cast)})</h2><ul>{''.join(items)}</ul>")
    if a.dates:
        items = [f"<li>{_link(d.evidence, d.value or 'unresolved')} "
                 f"<span class=\"muted\">{_esc(d.event or '')} · “{_esc(d.text)}”</span></li>"
                 for d in a.dates]
        parts.append(f"<h2>Dates ({len(a.dates)})</h2><ul>{''.join(items)}</ul>")
    if a.money:
        items = [f"<li>{_link(m.evidence, _amount(m))} "
                 f"<span class=\"muted\">“{_esc(m.text)}”</span></li>" for m in a.money]
        parts.append(f"<h2>Money ({len(a.money)})</h2><ul>{''.join(items)}</ul>")
    sound: list[str] = []
    album = [(k, v) for k, v in (("album", st.album_title), ("released", st.release_date)) if v]
    if album:
        sound.append("<dl>" + "".join(f"<dt>{k}</dt><dd>{_esc(v)}</dd>" for k, v in album)
                     + "</dl>")
    if st.artists:
        sound.append("<h3>Artists</h3><ul>" + "".join(
            f"<li>{_link(x.evidence, x.name)}" + (f" ({_esc(x.group)})" if x.group else "")
            + "</li>" for x in st.artists) + "</ul>")
    if st.songs:
        sound.append("<h3>Songs</h3><ul>" + "".join(
            f"<li>{_link(s.evidence, s.title)}"
            + (f" — {_esc(', '.join(s.performers))}" if s.performers else "") + "</li>"
            for s in st.songs) + "</ul>")
    for tl in st.tracklists:
        head = (f"Disc {tl.disc}" + (f" ({tl.label})" if tl.label else "")
                + f": {len(tl.tracks)} listed"
                + (f" of {tl.declared_count} declared" if tl.declared_count is not None else "")
                + ("" if tl.complete else ", incomplete"))
        tracks = "".join(
            f'<li value="{t.position}">{_link(t.evidence, t.title)}'
            + (f" — {_esc(', '.join(t.performers))}" if t.performers else "") + "</li>"
            for t in tl.tracks)
        sound.append(f"<h3>{_link(tl.evidence, head)}</h3><ol>{tracks}</ol>")
    if sound:  # a film or series without soundtrack facts gets no empty "Soundtrack" section
        parts.append("<h2>Soundtrack</h2>" + "".join(sound))
    by_cat: dict[str, list[tuple[Evidence, str]]] = {}
    for ev, cat, fact in (_other_facts(a) if others is None else others):
        by_cat.setdefault(cat, []).append((ev, fact.split(": ", 1)[-1]))
    for cat, found in by_cat.items():
        parts.append(f"<h2>{_esc(label(cat).capitalize())} ({len(found)})</h2><ul>"
                     + "".join(f"<li>{_link(ev, value)}</li>" for ev, value in found) + "</ul>")
    if a.warnings:
        items = []
        for n, wa in enumerate(a.warnings, 1):
            where = ", ".join(_link(e, _short(e.text, 30)) for e in wa.evidence)
            items.append(f"<li><strong>W{n} {_esc(wa.code)}</strong>: {_esc(wa.message)}"
                         + (f" <span class=\"muted\">at</span> {where}" if where else "")
                         + "</li>")
        parts.append(f'<h2>Warnings ({len(a.warnings)})</h2><ul class="warnings">'
                     f'{"".join(items)}</ul>')
    if include_json:
        parts.append('<h2>JSON</h2><details><summary>the full output</summary>'
                     f'<pre class="json">{_esc(to_json(a))}</pre></details>')
    return "".join(parts)


def _sha(s: str) -> str:
    return base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode("ascii")


def csp(styles: Iterable[str], scripts: Iterable[str]) -> str:
    """A policy that allows exactly these inline styles and scripts, and nothing else."""
    def hashes(items: Iterable[str]) -> str:
        return " ".join(f"'sha256-{_sha(x)}'" for x in dict.fromkeys(items))

    return (f"default-src 'none'; style-src {hashes(styles)}; script-src {hashes(scripts)}; "
            "base-uri 'none'; form-action 'none'")


def _legend(marks: list[Mark]) -> str:
    """One toggle per category the article shows (a mark's colour is its first category)."""
    counts: dict[str, int] = {}
    for m in marks:
        counts[m.category] = counts.get(m.category, 0) + 1
    return "".join(
        f'<li><button type="button" class="{category_class(c)}" data-cat="{_attr(c)}" '
        f'data-class="{category_class(c)}" aria-pressed="true" '
        f'title="show or hide the {_attr(label(c))} highlights">{_esc(label(c))} '
        f"<span class=\"n\">{counts[c]}</span></button></li>"
        for c in category_order(counts))


def evidence_view(a: Article, text: str | None, *, include_json: bool = True,
                  note: str | None = None) -> tuple[str, list[str]]:
    """The page's body (`<div class="layout">`) and the categories it colours. Without
    `text` (the input is not at hand) the structured result is shown with `note` instead."""
    others = list(_other_facts(a))
    marks = collect_marks(a, text, others) if text is not None else []
    title = a.work.title or "untitled work"
    source = a.source.path or "stdin"
    body = (f'<div class="text" id="text">{highlight(text, marks, a)}</div>\n'
            if text is not None else f'<p class="missing">{_esc(note or "no text")}</p>\n')
    html_ = (
        '<div class="layout">\n<main>\n'
        f"<h1>{_esc(title)}</h1>\n"
        f'<p class="meta">{_esc(source)} · {a.source.chars} characters · '
        f"{len(marks)} highlighted spans · {len(a.warnings)} warnings · "
        f"article_extract {_esc(a.meta.tool_version)}, {_esc(a.meta.model)} "
        f"{_esc(a.meta.model_version)}</p>\n"
        f'<ul class="legend" aria-label="categories: click to show or hide">{_legend(marks)}</ul>\n'
        f"{body}"
        "</main>\n"
        f'<aside aria-label="structured result">'
        f"{_panel(a, include_json=include_json, others=others)}</aside>\n"
        "</div>\n")
    return html_, [m.category for m in marks]


def to_html(a: Article, text: str) -> str:
    """The evidence page for `a`, whose evidence offsets point into `text`."""
    body, cats = evidence_view(a, text)
    style = css(category_order(cats))
    title = a.work.title or "untitled work"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_attr(csp([style], [JS]))}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>Evidence: {_esc(title)}</title>\n"
        f"<style>{style}</style>\n</head>\n<body>\n"
        f"{body}"
        f"<script>{JS}</script>\n"
        "</body>\n</html>\n"
    )
