"""Soundtrack artists (with their groups) and who sang which song."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..context import Context, clause_end
from ..models import Artist, Song, Tracklist
from ..rules import load_data
from ..spans import WORD_CHAR, WORD_OR_APOSTROPHE, last_match, occurrences
from .cast import ORG_WORD
from .names import FUNCTION_WORDS, OF_GROUP, NameItem, is_role_word, parse_name_list, role_tokens
from .titles import clean_title, quoted_spans, run_re

_MUSIC = re.compile(r"(?<![\w])(?:OSTs?|soundtracks?|album|EP|tracks?|songs?|singles?|theme|"
                    r"ballad|vocals|sung|sang|sings|performed|performs|lineup|line-up|"
                    r"tracklist|record)(?![\w])", re.I)
_ARTIST_CUE = re.compile(
    r"(?<![\w])(?:(?:performed|sung|sang|voiced|recorded|featuring\s+vocals|vocals)\s+by|"
    r"(?:vocals|voices|contributions|songs?|tracks?|numbers?|singles?|duets?)\s+(?:from|by)|"
    r"(?:artists?|singers?|line-?up|participants|participating\s+artists?|performers)\s+"
    r"(?:include|includes|including|such\s+as|like|are|is|:)|"
    r"(?:featuring|features|feature|including|includes)\s+(?=(?:the\s+)?(?:[a-z-]+\s+){0,3}"
    r"[A-ZÀ-ÖØ-ÞĀ-Ž]))\s*", re.I)
_SING_VERB = re.compile(
    r"\s+(?:sang|sings|sing|performed|performs|perform|recorded|records|will\s+sing|"
    r"has\s+sung|delivers|delivered|lent\s+(?:his|her|their)\s+voices?\s+to|lends\s+"
    r"(?:his|her|their)\s+voices?\s+to|contributed|contributes|contribute|croons|crooned|voiced|"
    r"covers?|covered|provides?|provided|(?:makes?|made)\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,3}?"
    r"debut\s+with)\s+", re.I)
_SUNG_BY = re.compile(r"[,\s]*\(?(?:sung|performed|recorded|sang)\s+by\s+", re.I)
# '"Title" by X', '"Title," sung by X', '"Title," a solo track by X'
_TITLE_BY = re.compile(  # an aside in brackets may come first: '"TITLE" (TRANSLATION), sung by'
    r"[\s,\"”’']*(?:\([^()\n]{1,40}\)[\s,]*)?(?:(?:is|was|will\s+be|has\s+been)\s+)?(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:track|song|single|ballad|number|duet|theme|OST|solo|cover)\s+(?:sung\s+|performed\s+|"
    r"recorded\s+)?|\(?(?:sung|performed|recorded|sang|voiced)\s+(?:solo\s+|live\s+|"
    r"together\s+)?)?by\s+")
_POSSESSIVE_TITLE = re.compile(r"([A-ZÀ-ÖØ-ÞĀ-Ž][\w.\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.\-]*){0,3})['’]s?\s+$")
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
    cut = last_match(r"(?:[;:]|,\s+(?:while|and|but|as)\s+|\bwhile\s+|\bwhere\s+)",
                     ctx.text[sent_start:pos])
    if cut:
        chunk_start = sent_start + cut.end()
    adverb = re.search(r"(?:\s+(?:also|then|now|later|herself|himself|themselves|again|once\s+again|"
                       r"both|together|solo|alone))+\s*$", ctx.text[chunk_start:pos])
    if adverb:
        pos = chunk_start + adverb.start()  # 'NAME also sings'
    items = parse_name_list(ctx.text, chunk_start, pos)
    if items and item_end(items[-1]) >= pos - 1:
        return items
    m = re.search(r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž0-9][\w'’.\-]*)(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.\-]*){0,3}$",
                  ctx.text[chunk_start:pos])
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
        if not re.search(r"[A-Za-z]", name) or (title and name == title) or \
                name.lower() in _COLLECTIVE:
            return  # 'Full Company' sings the song but is not a named performer
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
            for item in _performers(ctx, cue.end(), clause_end(ctx, cue.end())):
                add_artist(item, "artists.performed_by")
        for verb in _SING_VERB.finditer(ctx.text, sent.start, sent.end):
            found = _song_title_after(ctx, verb.end(), sent.end)
            singers = _singer_before(ctx, sent.start, verb.start())
            if found and singers:
                add_song(*found, singers, "songs.sang_title", True)
        para = ctx.paragraph_at(sent.start)
        para_end = para.end if para else sent.end
        for s, e, q in quoted_spans(ctx.text, sent.start, sent.end):
            after = ctx.text[e : min(para_end, e + 60)]
            by = _TITLE_BY.match(after)
            if by:
                singers = _performers(ctx, e + by.end(), clause_end(ctx, e + by.end()))
                add_song(q, s, e, singers, "songs.title_by", music or bool(singers))
                continue
            pm = _POSSESSIVE_TITLE.search(ctx.text[sent.start : s - 1] if s > sent.start else "")
            if pm:
                name = re.sub(r"^(?:(?:And|But|Or|So|Then|Also|The)\s+|[A-ZÀ-ÖØ-ÞĀ-Ž][\w-]*-(?:songwriter|"
                              r"singer|star)\s+)", "", pm.group(1))
                words = name.split()
                while len(words) > 1 and is_role_word(words[0]):
                    words = words[1:]  # 'Rapper NAME's "SONG"'
                name = " ".join(words)
                ps = sent.start + pm.end(1) - len(name)
                item = NameItem(name, ps, ps + len(name))
                if (ctx.ents_in(item.start, item.end, ("PERSON", "ORG")) or item.name in artists
                        or (music and item.name.isupper())) \
                        and not ORG_WORD.search(item.name) and q != title:
                    add_song(q, s, e, [item], "songs.possessive", music)
    for tl in tracklists:
        for t in tl.tracks:
            if not t.performers:
                continue
            credited = _credit_items(ctx, t.evidence.end)
            names = [c.name for c in credited] or list(t.performers)
            key = t.title.casefold()
            if key not in songs:
                songs[key] = Song(title=t.title, performers=names,
                                  evidence=t.evidence, rule="songs.tracklist_credit")
            for item in credited:
                add_artist(item, "artists.tracklist_credit")
    full = _full_name_map(ctx, list(artists))
    settled = _settle_artists(ctx, list(artists.values()), full)
    songs_out = [s.model_copy(update={"performers": [full.get(p, p) for p in s.performers]})
                 for s in songs.values()]
    return songs_out, settled


_GROUP_OF = OF_GROUP + r"(?P<g>[A-ZÀ-ÖØ-ÞĀ-Ž0-9][\w.&\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž0-9][\w.&\-]*){0,2})"
_GROUP_POSS = r"(?P<g>[A-ZÀ-ÖØ-ÞĀ-Ž0-9][\w.&\-]*)(?:['’]s?|’)\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*\s+(?:and|&)\s+)?"


def _full_name_map(ctx: Context, names: list[str]) -> dict[str, str]:
    """One-word mentions that abbreviate exactly one full name in the text ('Mori' -> 'Aki
    Mori'); full names are artists' names or the model's PERSON spans made of capitalized words."""
    people = set(names) | {e.text for e in ctx.ents if e.label == "PERSON" and
                           re.fullmatch(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*){1,3}",
                                        e.text) and
                           not any(w.lower() in FUNCTION_WORDS for w in e.text.split())}
    out: dict[str, str] = {}
    for name in names:
        if len(name.split()) != 1:
            continue
        full = sorted(p for p in people if len(p.split()) > 1 and name in (p.split()[0],
                                                                           p.split()[-1]))
        if len(full) == 1:
            out[name] = full[0]
    return out


def _settle_artists(ctx: Context, artists: list[Artist], full: dict[str, str]) -> list[Artist]:
    """Merge a bare one-word mention into the full name it abbreviates ('SURNAME' ->
    'GIVEN SURNAME'), and give an artist the group the text ties it to anywhere ('NAME of
    GROUP', "GROUP's NAME and NAME", 'NAME (GROUP)')."""
    names = [a.name for a in artists]
    out: list[Artist] = []
    for a in artists:
        if a.name in full:
            if full[a.name] in names:
                continue  # already listed under the full name
            a = a.model_copy(update={"name": full[a.name]})
        if a.group is None:
            group = _group_for(ctx, a.name, names)
            if group:
                a = a.model_copy(update={"group": group})
        out.append(a)
    return out


_AFTER_NAME_GROUP = (
    re.compile(_GROUP_OF),
    re.compile(r"\s*\((?P<g>[A-ZÀ-ÖØ-ÞĀ-Ž0-9][\w.&\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž0-9][\w.&\-]*)?)\)"),
)
_GROUP_POSS_BEFORE = re.compile(rf"(?<![\w-]){_GROUP_POSS}\Z")
_POSS_REACH = 200  # how far before a name its "GROUP's" may start


def _group_for(ctx: Context, name: str, names: list[str]) -> str | None:
    """The first group the text ties `name` to: 'NAME of GROUP', "GROUP's NAME", 'NAME (GROUP)'.
    The name is found with str.find and only the patterns around it are regexes, compiled once."""
    text = ctx.text
    for g in _groups_around(text, name):
        if g != name and not ORG_WORD.search(g) and \
                g.lower() not in role_tokens() and not g.islower():
            return g
    return None


def _groups_around(text: str, name: str) -> Iterator[str]:
    """Candidate groups in rule order ('of GROUP', "GROUP's", '(GROUP)'), each in text order."""
    rules: list[Iterator[str]] = [
        _group_after(text, name, _AFTER_NAME_GROUP[0]),
        _group_before(text, name),
        _group_after(text, name, _AFTER_NAME_GROUP[1]),
    ]
    for found in rules:
        yield from found


def _group_after(text: str, name: str, tail: re.Pattern[str]) -> Iterator[str]:
    done = 0  # matches do not overlap, as with finditer
    for s in occurrences(text, name, WORD_OR_APOSTROPHE, None):
        if s < done:
            continue
        m = tail.match(text, s + len(name))
        if m:
            done = m.end()
            yield m.group("g")


def _group_before(text: str, name: str) -> Iterator[str]:
    done = 0
    for s in occurrences(text, name, WORD_CHAR, WORD_OR_APOSTROPHE):
        m = _GROUP_POSS_BEFORE.search(text, max(done, s - _POSS_REACH), s)
        if m:
            done = s + len(name)
            yield m.group("g")


def item_end(item: NameItem) -> int:
    """Where a list element ends: after its '(GROUP)' or 'of GROUP' part, if any."""
    ends = [item.end]
    if item.group:
        ends.append(item.group[2] + (1 if item.paren else 0))
    if item.paren:
        ends.append(item.paren[2] + 1)
    return max(ends)


_LINE_END = re.compile(r"[\r\n]")
_COLLECTIVE = frozenset(load_data("lexicon")["collective_performers"])
_FEAT_CREDIT = re.compile(r"\s*[(\[]\s*(?:feat\.?|ft\.?|featuring)\s+([^)\]]+)[)\]]", re.I)


def _credit_items(ctx: Context, title_end: int) -> list[NameItem]:
    """The performers credited on a track line after its title: '(feat. Y) - A & B'."""
    eol = _LINE_END.search(ctx.text, title_end)  # LF, CRLF or a bare CR ends the line
    line_end = eol.start() if eol else len(ctx.text)
    rest = ctx.text[title_end:line_end]
    items: list[NameItem] = []
    feat = _FEAT_CREDIT.match(rest)
    featured: list[NameItem] = []
    if feat:
        featured = parse_name_list(ctx.text, title_end + feat.start(1), title_end + feat.end(1))
        rest_start = title_end + feat.end()
    else:
        rest_start = title_end
    credit = re.match(r"\s*(?:[-–—]|by)\s+", ctx.text[rest_start:line_end])
    if credit:
        items = parse_name_list(ctx.text, rest_start + credit.end(), line_end)
    return items + featured
