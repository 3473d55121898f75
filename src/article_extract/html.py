"""HTML to text for `--html`: markup never becomes data, block elements become paragraph
breaks, `<br>` a line break, and script/style/head contents are dropped. Evidence offsets then
point into this text (the markup has no offsets a reader could use)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
          "section", "article", "header", "footer", "blockquote", "figcaption", "figure",
          "main", "aside", "nav", "dl", "dt", "dd", "pre", "hr", "title"}
_SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object"}
_SPACE = re.compile(r"[^\S\n]+")


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


def strip_html(markup: str) -> str:
    """The visible text: one space between words, one blank line between blocks."""
    parser = _Text()
    parser.feed(markup)
    parser.close()
    lines = [_SPACE.sub(" ", line).strip() for line in "".join(parser.parts).split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"
