"""`--format html`: one self-contained page to check the evidence by eye.

The article text is shown exactly as decoded, with every evidence span of the output
highlighted by category (`html_marks`); a side panel holds the structured result, each item
linked to its span. Hovering a highlight shows its normalized value (`title`), focusing it
(Tab) shows the same in a tooltip and in the panel's inspector, and each highlight's
`aria-label` says it for screen readers. Warnings are flagged (⚠) right after each span they
cite. The colours, CSS and script are `html_style`'s.

Nothing is fetched: CSS and JS are inline, pinned by hash in a Content-Security-Policy that
forbids every other source, and all text and attribute values are escaped.

This module assembles the page: the panel, the legend, the policy and the document around
them. It hands on the names its callers used from it before the split.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable

from ..emit import to_json
from ..models import Article, Evidence, Mention
from .html_marks import Mark, amount, attr, collect_marks, esc, highlight, other_facts, short
from .html_style import CATEGORIES, CSS, JS, category_class, category_order, colour, css, label


def _link(ev: Evidence | None, label: str) -> str:
    if ev is None or ev.start == ev.end:
        return esc(label)
    return f'<a href="#s-{ev.start}-{ev.end}">{esc(label)}</a>'


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
        ("budget", _link(w.budget.evidence, amount(w.budget)) if w.budget else None),
        ("filmed in", _values(w.filming_locations, w.filming_location_evidence)
         if w.filming_locations else None),
    ]
    rows: list[tuple[str, str]] = [
        ("title", _link(w.evidence, w.title) if w.title else _NONE),
        ("kind", esc(w.kind or "unknown")),
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
                 f"<span class=\"muted\">{esc(d.event or '')} · “{esc(d.text)}”</span></li>"
                 for d in a.dates]
        parts.append(f"<h2>Dates ({len(a.dates)})</h2><ul>{''.join(items)}</ul>")
    if a.money:
        items = [f"<li>{_link(m.evidence, amount(m))} "
                 f"<span class=\"muted\">“{esc(m.text)}”</span></li>" for m in a.money]
        parts.append(f"<h2>Money ({len(a.money)})</h2><ul>{''.join(items)}</ul>")
    sound: list[str] = []
    album = [(k, v) for k, v in (("album", st.album_title), ("released", st.release_date)) if v]
    if album:
        sound.append("<dl>" + "".join(f"<dt>{k}</dt><dd>{esc(v)}</dd>" for k, v in album)
                     + "</dl>")
    if st.artists:
        sound.append("<h3>Artists</h3><ul>" + "".join(
            f"<li>{_link(x.evidence, x.name)}" + (f" ({esc(x.group)})" if x.group else "")
            + "</li>" for x in st.artists) + "</ul>")
    if st.songs:
        sound.append("<h3>Songs</h3><ul>" + "".join(
            f"<li>{_link(s.evidence, s.title)}"
            + (f" — {esc(', '.join(s.performers))}" if s.performers else "") + "</li>"
            for s in st.songs) + "</ul>")
    for tl in st.tracklists:
        head = (f"Disc {tl.disc}" + (f" ({tl.label})" if tl.label else "")
                + f": {len(tl.tracks)} listed"
                + (f" of {tl.declared_count} declared" if tl.declared_count is not None else "")
                + ("" if tl.complete else ", incomplete"))
        tracks = "".join(
            f'<li value="{t.position}">{_link(t.evidence, t.title)}'
            + (f" — {esc(', '.join(t.performers))}" if t.performers else "") + "</li>"
            for t in tl.tracks)
        sound.append(f"<h3>{_link(tl.evidence, head)}</h3><ol>{tracks}</ol>")
    if sound:  # a film or series without soundtrack facts gets no empty "Soundtrack" section
        parts.append("<h2>Soundtrack</h2>" + "".join(sound))
    by_cat: dict[str, list[tuple[Evidence, str]]] = {}
    for ev, cat, fact in (other_facts(a) if others is None else others):
        by_cat.setdefault(cat, []).append((ev, fact.split(": ", 1)[-1]))
    for cat, found in by_cat.items():
        parts.append(f"<h2>{esc(label(cat).capitalize())} ({len(found)})</h2><ul>"
                     + "".join(f"<li>{_link(ev, value)}</li>" for ev, value in found) + "</ul>")
    if a.warnings:
        items = []
        for n, wa in enumerate(a.warnings, 1):
            where = ", ".join(_link(e, short(e.text, 30)) for e in wa.evidence)
            items.append(f"<li><strong>W{n} {esc(wa.code)}</strong>: {esc(wa.message)}"
                         + (f" <span class=\"muted\">at</span> {where}" if where else "")
                         + "</li>")
        parts.append(f'<h2>Warnings ({len(a.warnings)})</h2><ul class="warnings">'
                     f'{"".join(items)}</ul>')
    if include_json:
        parts.append('<h2>JSON</h2><details><summary>the full output</summary>'
                     f'<pre class="json">{esc(to_json(a))}</pre></details>')
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
        f'<li><button type="button" class="{category_class(c)}" data-cat="{attr(c)}" '
        f'data-class="{category_class(c)}" aria-pressed="true" '
        f'title="show or hide the {attr(label(c))} highlights">{esc(label(c))} '
        f"<span class=\"n\">{counts[c]}</span></button></li>"
        for c in category_order(counts))


def evidence_view(a: Article, text: str | None, *, include_json: bool = True,
                  note: str | None = None) -> tuple[str, list[str]]:
    """The page's body (`<div class="layout">`) and the categories it colours. Without
    `text` (the input is not at hand) the structured result is shown with `note` instead."""
    others = list(other_facts(a))
    marks = collect_marks(a, text, others) if text is not None else []
    title = a.work.title or "untitled work"
    source = a.source.path or "stdin"
    body = (f'<div class="text" id="text">{highlight(text, marks, a)}</div>\n'
            if text is not None else f'<p class="missing">{esc(note or "no text")}</p>\n')
    html_ = (
        '<div class="layout">\n<main>\n'
        f"<h1>{esc(title)}</h1>\n"
        f'<p class="meta">{esc(source)} · {a.source.chars} characters · '
        f"{len(marks)} highlighted spans · {len(a.warnings)} warnings · "
        f"article_extract {esc(a.meta.tool_version)}, {esc(a.meta.model)} "
        f"{esc(a.meta.model_version)}</p>\n"
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
        f'<meta http-equiv="Content-Security-Policy" content="{attr(csp([style], [JS]))}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>Evidence: {esc(title)}</title>\n"
        f"<style>{style}</style>\n</head>\n<body>\n"
        f"{body}"
        f"<script>{JS}</script>\n"
        "</body>\n</html>\n"
    )


__all__ = ["CATEGORIES", "CSS", "JS", "Mark", "category_class", "category_order", "collect_marks",
           "colour", "csp", "css", "evidence_view", "highlight", "label", "to_html"]
