"""HTML to text for `--html` and `--html-all`. Markup never becomes data; evidence offsets then
point into the text made here (the markup has no offsets a reader could use), which is why the
output carries that text as `source.text` by default.

- `main_content` (`--html`): trafilatura finds the article in the page (its boilerplate removal
  drops navigation, sidebars, related-article lists, share bars, footers and comment threads)
  and reads the page's metadata. The text starts with the headline and a "Published:" line
  holding the metadata's publication date, so the main-work rule sees the headline and the
  dateline rule finds the date, which becomes the reference date (`meta.reference_date_source`
  "html_metadata"); then the article's blocks, a blank line between paragraphs and one list
  item or table row per line.
- `strip_html` (`--html-all`): every visible text of the page, as before trafilatura: for pages
  whose layout trafilatura gets wrong, at the price of the boilerplate."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models import Article

_BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
          "section", "article", "header", "footer", "blockquote", "figcaption", "figure",
          "main", "aside", "nav", "dl", "dt", "dd", "pre", "hr", "title"}
_SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object"}
_SPACE = re.compile(r"[^\S\n]+")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
PUBLISHED = "Published: "


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)  # entities decoded here, exactly once
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _SKIP:  # '<br/>' is one break; '<script/>' opens nothing
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            # keep a space where the markup had one, so '<b>Given</b> Name' stays two words
            # and 'Name</b>-part' stays one
            self.parts.append(" ".join(data.split("\n")).replace("\r", " "))


def _tidy(raw: str) -> str:
    """One space between words, one blank line between blocks, one newline at the end."""
    lines = [_SPACE.sub(" ", line).strip() for line in raw.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


def strip_html(markup: str) -> str:
    """The visible text of the whole page (`--html-all`)."""
    parser = _Text()
    parser.feed(markup)
    parser.close()
    return _tidy("".join(parser.parts))


@dataclass(frozen=True)
class Page:
    """The text the pipeline reads, and the publication date from the page's metadata."""

    text: str
    published: date | None = None


def _inline(el: Any) -> str:
    """An element's text; `<lb/>` (a `<br>` in the page) stays a line break."""
    parts: list[str] = [el.text or ""]
    for child in el:
        parts.append("\n" if child.tag == "lb" else _inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _lines(el: Any) -> list[str]:
    """The lines of a list (one per item, nested lists flattened) or a table (one per row)."""
    out: list[str] = []
    for child in el:
        if child.tag in ("item", "row"):
            nested = [c for c in child if c.tag in ("list", "table")]
            if child.tag == "row":
                out.append(" | ".join(" ".join(_inline(c).split()) for c in child
                                      if c.tag == "cell"))
            else:
                own = (child.text or "") + "".join(
                    (_inline(c) if c.tag not in ("list", "table") else "") + (c.tail or "")
                    for c in child)
                out.append(" ".join(own.split()))
            for n in nested:
                out += _lines(n)
        elif child.tag in ("list", "table"):
            out += _lines(child)
    return [line for line in out if line]


def _blocks(body: Any) -> list[str]:
    blocks: list[str] = []
    for el in body:
        if el.tag in ("list", "table"):
            block = "\n".join(_lines(el))
        elif el.tag in ("graphic", "ref") and not (el.text or "").strip():
            continue
        else:
            block = "\n".join(" ".join(line.split()) for line in _inline(el).split("\n"))
        if block.strip():
            blocks.append(block.strip())
    return blocks


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def published_line(day: date) -> str:
    return f"{PUBLISHED}{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def main_content(markup: str) -> Page:
    """The article in a page (`--html`): headline, publication line, then the main content
    trafilatura finds; comments, navigation and related links are left out."""
    import trafilatura

    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.CRITICAL)  # their notes are not our errors
    doc = trafilatura.bare_extraction(
        markup, with_metadata=True, include_comments=False, include_tables=True,
        include_images=False, include_links=False, deduplicate=False,
        # metadata and markup only: a date found in free text (a comment's) is a guess
        date_extraction_params={"extensive_search": False, "original_date": True})
    title = " ".join((getattr(doc, "title", None) or "").split())
    published = _date(getattr(doc, "date", None))
    body = getattr(doc, "body", None)
    blocks = _blocks(body) if body is not None else []
    if blocks and title and " ".join(blocks[0].split()).casefold() == title.casefold():
        blocks = blocks[1:]  # the page's own <h1>: it leads the text once, as the headline
    head = [title] if title else []
    if published is not None:
        head.append(published_line(published))
    text = "\n\n".join(head + blocks)
    return Page(text + "\n" if text else "", published)


def mark_html_date(article: Article, page: Page) -> None:
    """Say where the reference date came from when it is the page's metadata date, read back
    from the publication line `main_content` wrote (an explicit --reference-date wins)."""
    meta = article.meta
    if (page.published is not None and meta.reference_date_source == "dateline"
            and meta.reference_date == page.published.isoformat()):
        meta.reference_date_source = "html_metadata"
