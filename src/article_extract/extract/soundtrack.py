"""Soundtrack artists (with their groups) and who sang which song."""

from __future__ import annotations

import re

from ..context import Context
from ..models import Artist, Song, Tracklist
from .names import NameItem, parse_name_list
from .titles import clean_title, quoted_spans, run_re

_MUSIC = re.compile(r"(?<![\w])(?:OSTs?|soundtracks?|album|EP|tracks?|songs?|singles?|theme|"
                    r"ballad|vocals|sung|sang|sings|performed|performs|lineup|line-up|"
                    r"tracklist|record)(?![\w])", re.I)
_ARTIST_CUE = re.compile(
    r"(?<![\w])(?:(?:performed|sung|sang|voiced|recorded|featuring\s+vocals|vocals)\s+by|"
    r"(?:vocals|voices|contributions|songs|tracks)\s+(?:from|by)|"
    r"(?:artists?|singers?|line-?up|participants|participating\s+artists?|performers)\s+"
    r"(?:include|includes|including|such\s+as|like|are|is|:)|"
    r"(?:featuring|features|feature|including|includes)\s+(?=(?:the\s+)?(?:[a-z-]+\s+){0,3}"
    r"[A-Z]))\s*", re.I)
_SING_VERB = re.compile(
    r"\s+(?:sang|sings|sing|performed|performs|perform|recorded|records|will\s+sing|"
    r"has\s+sung|delivers|delivered|lent\s+(?:his|her|their)\s+voices?\s+to|lends\s+"
    r"(?:his|her|their)\s+voices?\s+to|contributed|contributes|croons|crooned|voiced)\s+", re.I)
_SUNG_BY = re.compile(r"[,\s]*\(?(?:sung|performed|recorded|sang)\s+by\s+", re.I)
_POSSESSIVE_TITLE = re.compile(r"([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})['’]s?\s+$")
_FEAT = re.compile(r"\s*[(\[]?\s*(?:feat\.?|ft\.?|featuring)\s+(?P<who>[^)\]]+?)\s*[)\]]?\s*$",
                   re.I)


def _song_title_after(ctx: Context, pos: int, end: int) -> tuple[str, int, int] | None:
    """The song named after a singing verb: a quoted title within a short descriptor, or an
    unquoted Title Case run right after the verb."""
    quoted = quoted_spans(ctx.text, pos, min(end, pos + 70))
    if quoted:
        s, e, q = quoted[0]
        between = ctx.text[pos:s]
        if re.fullmatch(r"(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w-]+\s+){0,4}?[\"“‘']?|"
                        r"[^.;]{0,60}?[,:]\s*[\"“‘']", between):
            return clean_title(q), s, e
        return None
    m = re.match(r"(?:the\s+(?:OST\s+|song\s+|track\s+|single\s+|ballad\s+)?)?", ctx.text[pos:end])
    p = pos + (m.end() if m else 0)
    r = run_re().match(ctx.text, p, end)
    if r and r.start() == p:
        title = ctx.text[r.start() : r.end()]
        if title.split()[0].lower() in ("the", "a", "an") and len(title.split()) == 1:
            return None
        return title, r.start(), r.end()
    return None


def _singer_before(ctx: Context, sent_start: int, pos: int) -> list[NameItem]:
    chunk_start = sent_start
    chunk = ctx.text[sent_start:pos]
    cut = None
    for cut in re.finditer(r"(?:[;:]|,\s+(?:while|and|but|as)\s+|\bwhile\s+|\bwhere\s+)", chunk):
        pass
    if cut:
        chunk_start = sent_start + cut.end()
    items = parse_name_list(ctx.text, chunk_start, pos)
    if items and items[-1].end >= pos - 1:
        return items
    m = re.search(r"(?:[A-Z0-9][\w'’.\-]*)(?:\s+[A-Z][\w'’.\-]*){0,3}$", ctx.text[chunk_start:pos])
    if m:
        s = chunk_start + m.start()
        return [NameItem(m.group(0), s, s + len(m.group(0)))]
    return []


def _performers(ctx: Context, start: int, end: int) -> list[NameItem]:
    return parse_name_list(ctx.text, start, end)


def find_songs_and_artists(ctx: Context, title: str | None, tracklists: list[Tracklist]
                           ) -> tuple[list[Song], list[Artist]]:
    songs: dict[str, Song] = {}
    artists: dict[str, Artist] = {}

    def add_artist(item: NameItem, rule: str) -> None:
        name = item.name
        if not re.search(r"[A-Za-z]", name) or (title and name == title):
            return
        group = item.group[0] if item.group else None
        if name in artists:
            if group and not artists[name].group:
                artists[name] = artists[name].model_copy(update={"group": group})
            return
        artists[name] = Artist(name=name, group=group, evidence=ctx.evidence(item.start, item.end),
                               rule=rule)

    def add_song(t: str, s: int, e: int, singers: list[NameItem], rule: str, music: bool) -> None:
        feat = _FEAT.search(t)
        extra: list[str] = []
        if feat:
            extra = [x.strip() for x in re.split(r"\s*(?:,|&|\band\b)\s*", feat.group("who"))
                     if x.strip()]
            t = t[: feat.start()].strip()
            e = s + len(t)
        t = clean_title(t)
        if not t or not singers or (title and t == title and not music):
            return
        key = t.casefold()
        if key not in songs:
            songs[key] = Song(title=t, performers=[x.name for x in singers] + extra,
                              evidence=ctx.evidence(s, s + len(t)), rule=rule)
        if music:
            for x in singers:
                add_artist(x, rule)

    for sent in ctx.sentences:
        music = bool(_MUSIC.search(sent.text)) or bool(title and title in sent.text)
        for cue in _ARTIST_CUE.finditer(ctx.text, sent.start, sent.end):
            word = cue.group(0).lower()
            if not music:
                continue
            if word.startswith(("featur", "includ")) and not re.search(
                    r"(?:OST|soundtrack|album|lineup|line-up|vocals)", sent.text, re.I):
                continue
            before = ctx.text[max(sent.start, cue.start() - 3) : cue.start()]
            if word.startswith(("sung", "performed", "sang", "recorded")) and re.search(
                    r"[\"”’']\s*,?\s*$", before):
                continue  # '"Title" sung by X' is a song credit, handled below
            for item in _performers(ctx, cue.end(), sent.end):
                add_artist(item, "artists.performed_by")
        for verb in _SING_VERB.finditer(ctx.text, sent.start, sent.end):
            found = _song_title_after(ctx, verb.end(), sent.end)
            singers = _singer_before(ctx, sent.start, verb.start())
            if found and singers:
                add_song(*found, singers, "songs.sang_title", True)
        for s, e, q in quoted_spans(ctx.text, sent.start, sent.end):
            after = ctx.text[e : min(sent.end, e + 40)]
            by = re.match(r"[\"”’']?\s*,?\s*(?:\(?(?:sung|performed|recorded|sang)\s+)?by\s+", after)
            if by:
                singers = _performers(ctx, e + by.end(), sent.end)
                add_song(q, s, e, singers, "songs.title_by", music)
                continue
            pm = _POSSESSIVE_TITLE.search(ctx.text[sent.start : s - 1] if s > sent.start else "")
            if pm:
                ps = sent.start + pm.start(1)
                item = NameItem(pm.group(1), ps, ps + len(pm.group(1)))
                if ctx.ents_in(item.start, item.end, ("PERSON", "ORG")):
                    add_song(q, s, e, [item], "songs.possessive", music)
    for tl in tracklists:
        for t in tl.tracks:
            if not t.performers:
                continue
            key = t.title.casefold()
            if key not in songs:
                songs[key] = Song(title=t.title, performers=list(t.performers),
                                  evidence=t.evidence, rule="songs.tracklist_credit")
            for p in t.performers:
                ps = ctx.text.find(p, t.evidence.end)
                if ps >= 0:
                    add_artist(NameItem(p, ps, ps + len(p)), "artists.tracklist_credit")
    return list(songs.values()), list(artists.values())
