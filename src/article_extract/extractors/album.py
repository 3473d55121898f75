"""The soundtrack album's title and release date."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..context import Context
from ..contract import Emitted, Extractor
from ..models import DateItem
from ..spans import occurrences
from .dates import DatesExtractor
from .kind import KindExtractor
from .topics import TopicsExtractor

_SOUNDTRACK_SUFFIX = re.compile(r"['’]?s?\s+(?P<suffix>OST|Original Soundtrack|"
                                r"Original Motion Picture Soundtrack|Soundtrack)\b")
_ALBUM_WORD = re.compile(r"(?<![\w])(?:album|OST|soundtrack|record|EP)(?![\w])", re.I)


@dataclass(frozen=True)
class AlbumHit:
    """'TITLE OST' in the text, or a release date in a sentence about the album."""

    rule: str  # album.title_suffix | album.release_date
    value: str


@dataclass(frozen=True)
class Album:
    title: str | None
    release_date: str | None


class AlbumExtractor(Extractor[AlbumHit, Album]):
    """For an album article the album is the work itself; for a show or film, its soundtrack
    is 'TITLE OST' (or '... Soundtrack') where the text names it so. Its release date is the
    first single-day release date in a sentence that speaks of the album."""

    name = "album"
    needs = (TopicsExtractor, KindExtractor, DatesExtractor)
    rule_ids = ("album.title_suffix", "album.release_date")

    def match(self, ctx: Context) -> list[AlbumHit]:
        title = ctx.facts.get(TopicsExtractor).title
        out: list[AlbumHit] = []
        if title and ctx.facts.get(KindExtractor) != "album":
            for s in occurrences(ctx.text, title, None, None, overlap=True):
                m = _SOUNDTRACK_SUFFIX.match(ctx.text, s + len(title))
                if m:
                    out.append(AlbumHit("album.title_suffix", f"{title} {m.group('suffix')}"))
                    break
        for d in ctx.facts.get(DatesExtractor).items:
            if _album_release(ctx, d):
                assert d.value is not None
                out.append(AlbumHit("album.release_date", d.value))
                break
        return out

    def decide(self, candidates: list[AlbumHit], ctx: Context, /) -> Album:
        kind = ctx.facts.get(KindExtractor)
        title = ctx.facts.get(TopicsExtractor).title if kind == "album" else next(
            (c.value for c in candidates if c.rule == "album.title_suffix"), None)
        date = next((c.value for c in candidates if c.rule == "album.release_date"), None)
        return Album(title, date)

    def emit(self, facts: Album) -> Emitted:
        return Emitted({"soundtrack.album_title": facts.title,
                        "soundtrack.release_date": facts.release_date})


def _album_release(ctx: Context, d: DateItem) -> bool:
    if d.event != "release" or not d.value or "/" in d.value:
        return False
    sent = ctx.sentence_at(d.evidence.start)
    return bool(sent and _ALBUM_WORD.search(sent.text))
