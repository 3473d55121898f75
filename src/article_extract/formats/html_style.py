"""How the evidence page looks: each category's label and colour (in legend order), the page's
CSS and its one script. A module of its own because two pages wear it: one article's evidence
page (`html_page`) and the corpus report (`view`), which shows one article's evidence at a time.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

# category -> (legend label, highlight colour); the order is the legend's and the priority
# that picks a span's colour when several facts cite it. A category not listed here (an item
# list the contract gains later, e.g. work.directors) is still highlighted: `other_facts`
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


__all__ = ["BASE_CSS", "CATEGORIES", "CSS", "JS", "category_class", "category_order", "colour",
           "css", "label"]
