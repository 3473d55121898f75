"""The main work's kind: series, film or album."""

from __future__ import annotations

import re
from collections import Counter
from typing import cast

from ..context import Context
from ..contract import Category, Emitted, Extractor
from ..models import WorkKind
from ..rules import RuleSet, alternation, number_words
from .cast_find import find_cast_hits
from .episodes import TIMES_MINUTES
from .kinds import work_words
from .topics import TopicsExtractor
from .tracklists import TracklistsExtractor

# a list of this many tracks is an album's: with fewer, a page may name a show's few theme songs
MIN_ALBUM_TRACKS = 5


def _episodes_word(rules: RuleSet) -> re.Pattern[str]:
    """'episodes' in any language the episode counts are read in ('cinco episodios')."""
    other = alternation(rules.words("lexicon", "episode_words_other_languages"))
    return re.compile(rf"\bepisodes?\b|(?<![\w])(?:{other})(?![\w])")


def _parts_re(rules: RuleSet) -> re.Pattern[str]:
    """'a six-part series', 'the 8-episode thriller': only a series comes in parts."""
    numbers = alternation(list(number_words(rules)))
    return re.compile(rf"(?<![\w-])(?:\d{{1,2}}|{numbers})-(?:part|episode)(?![\w-])", re.I)


def _film_signals(rules: RuleSet) -> re.Pattern[str]:
    words = alternation(rules.words("lexicon", "film_signals"))
    return re.compile(rf"(?<![\w])(?:{words})(?![\w])|\d-minute\b", re.I)


def _with_film_signals(counts: Counter[str], ctx: Context) -> Counter[str]:
    """'box office', 'film festival', '215-minute': what only a film has. They settle a film
    against a series; a soundtrack album's article talks about its film too, so they never
    outvote an album the prose names most."""
    top = counts.most_common(1)
    if top and top[0][0] == "album":
        return counts
    signals = len(ctx.rules.compiled(_film_signals).findall(ctx.text))
    if signals:
        counts["film"] += signals
    return counts


class KindExtractor(Extractor[tuple[str, int], WorkKind | None]):
    """Candidates: the kind words of the prose (kind, offset). Policy: a work told in parts or
    episodes ('the six-part series') is a series unless it is an album; the kind the title is
    introduced with wins ('the film X'); else the kind the article names most, with 'episodes'
    counting for a series; a tie is no answer."""

    name = "kind"
    needs = (TopicsExtractor, TracklistsExtractor)
    categories = (Category(
        "kind", 2, ("kind",),
        lambda d, n: [(d["work"]["kind"],)] if d["work"].get("kind") else [],
        lambda a, n: [(a["work"]["kind"],)] if a["work"].get("kind") else [],
        description="series, film or album"),)

    def match(self, ctx: Context) -> list[tuple[str, int]]:
        words = work_words(ctx.rules)
        out: list[tuple[str, int]] = []
        for para in ctx.prose():
            for m in words.kind_word_re.finditer(ctx.text, para.start, para.end):
                word = m.group(0).lower()
                kind = words.kind_lookup.get(word) or words.kind_lookup.get(word[:-1])
                if kind:
                    out.append((kind, m.start()))
        return out

    def decide(self, candidates: list[tuple[str, int]], ctx: Context, /) -> WorkKind | None:
        """A page that lists an album's tracks and names no cast is about the album, whatever
        film or show it belongs to (one that names the show's cast is about the show and its
        soundtrack), and so is one Korean press calls an OST album or gives the OST's size in
        songs; else the kind the title is introduced with, else the kind words' count."""
        topics = ctx.facts.get(TopicsExtractor)
        if sum(len(t.tracks) for t in ctx.facts.get(TracklistsExtractor).tracklists) >= \
                MIN_ALBUM_TRACKS and not find_cast_hits(ctx, topics):
            return "album"
        if any(not topics.foreign(ctx, m.start()) for m in ctx.rules.cue_regex(
                "soundtrack.album_release_glued").finditer(ctx.text)):
            return "album"  # '‘TITLE’ OST 발매', '모두 18곡': the OST put out as a record
        kinds = topics.kinds
        in_parts = any(not topics.foreign(ctx, m.start())
                       for m in ctx.rules.compiled(_parts_re).finditer(ctx.text))
        if in_parts and (not kinds or kinds.most_common(1)[0][0] != "album"):
            return "series"  # 'the crime thriller X ... the six-part series'
        if kinds:
            top = kinds.most_common()
            if len(top) == 1 or top[0][1] > top[1][1]:
                return cast(WorkKind, str(top[0][0]))
        counts: Counter[str] = Counter(k for k, _ in candidates)
        if ctx.rules.compiled(_episodes_word).search(ctx.text) or TIMES_MINUTES.search(ctx.text):
            counts["series"] += 2
        counts = _with_film_signals(counts, ctx)
        if not counts:
            return None
        top = counts.most_common()
        if len(top) > 1 and top[0][1] == top[1][1]:
            return None
        return cast(WorkKind, top[0][0])

    def emit(self, facts: WorkKind | None) -> Emitted:
        return Emitted({"work.kind": facts})
