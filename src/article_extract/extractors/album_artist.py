"""Whose album an album article is about ('GROUP 1st Mini Album', "NAME's first
full-length album", 'X unveils album tracklist'), and the songs that only say they are its
title track ('"TITLE" has been picked as the title track')."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..context import Context
from ..contract import Extractor
from ..rules import CAPNUM
from .kind import KindExtractor
from .names import NameItem, is_role_word, org_word_re
from .titles import clean_title
from .topics import TopicsExtractor

# the name that ends right at the cue: one to four capitalized words (a word may start with a digit)
_OWNER_RUN = re.compile(rf"{CAPNUM}[\w.&'’-]*(?:\s+{CAPNUM}[\w.&'’-]*){{0,3}}\Z")
_LEADING = frozenset({"Album", "Review:", "Review", "Album:", "News:", "[NEWS]", "Exclusive:"})


@dataclass(frozen=True)
class AlbumOwner:
    """The artist whose album the article is about, and the cue that says so."""

    item: NameItem
    rule: str


@dataclass(frozen=True)
class TitleTrack:
    """A song the text calls the album's title track."""

    title: str
    start: int
    end: int
    rule: str


@dataclass(frozen=True)
class AlbumArtist:
    owner: AlbumOwner | None
    title_tracks: tuple[TitleTrack, ...]


class AlbumArtistExtractor(Extractor[AlbumOwner | TitleTrack, AlbumArtist]):
    """Candidates: a name right before an album cue (data: cues/soundtrack.json, category
    album_owner) in a sentence that names the album and no other work, and the quoted songs
    a title-track cue names (category title_track). Policy: only in an article whose work is
    an album; the first owner in text order (the
    headline first) wins; a name that is the album's own title, a platform, a company or a
    role word is no owner."""

    name = "album_artist"
    needs = (TopicsExtractor, KindExtractor)
    rule_ids = ("artists.album_owner", "songs.title_track", "songs.title_track_before")

    def match(self, ctx: Context) -> list[AlbumOwner | TitleTrack]:
        if ctx.facts.get(KindExtractor) != "album":
            return []
        out: list[AlbumOwner | TitleTrack] = []
        owner_cues = ctx.rules.cue_set("album_owner")
        track_cues = ctx.rules.cue_set("title_track")
        topics = ctx.facts.get(TopicsExtractor)
        for sent in ctx.sentences:
            about = topics.named_in(sent.text)
            for cue in owner_cues.finditer(ctx.text, sent.start, sent.end) if about else ():
                run = _OWNER_RUN.search(ctx.text, max(sent.start, cue.start - 60), cue.start)
                if run:
                    words = run.group(0).split()
                    skip = 0
                    while skip < len(words) - 1 and words[skip] in _LEADING:
                        skip += 1  # 'Album Review: NAME' keeps only the name
                    name = " ".join(words[skip:])
                    s = run.end() - len(name)
                    if any(o in sent.text and o not in name for o in topics.others
                           if not topics.named_in(o)):
                        continue  # the sentence names another work: maybe another album
                    out.append(AlbumOwner(NameItem(name, s, run.end()), cue.rule.id))
            for cue in track_cues.finditer(ctx.text, sent.start, sent.end):
                quoted = ctx.quoted(max(sent.start, cue.start - 80), min(sent.end, cue.end + 80))
                if cue.rule.direction == "forward":
                    hit = next(((a, b, q) for a, b, q in quoted if 0 <= a - cue.end <= 1), None)
                else:
                    hit = next(((a, b, q) for a, b, q in reversed(quoted)
                                if not ctx.text[b : cue.start].strip(" ,\"”’'")), None)
                if hit:
                    out.append(TitleTrack(clean_title(hit[2]), hit[0], hit[1], cue.rule.id))
        return out

    def decide(self, candidates: list[AlbumOwner | TitleTrack], ctx: Context, /) -> AlbumArtist:
        topics = ctx.facts.get(TopicsExtractor)
        platforms = ctx.rules.platforms()
        org = org_word_re(ctx.rules)
        owner = next((c for c in candidates if isinstance(c, AlbumOwner)
                      and c.item.name not in topics.names and c.item.name not in platforms
                      and not org.search(c.item.name)
                      and not is_role_word(ctx.rules, c.item.name.split()[0])), None)
        tracks = tuple(c for c in candidates if isinstance(c, TitleTrack) and c.title)
        return AlbumArtist(owner, tracks if owner else ())
