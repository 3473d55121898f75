"""Credit finders: who a sentence, a possessive, a track note or a track line says sang a song."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..context import Context, clause_end
from ..models import Track
from ..rules import CAP, CAPNUM, FEAT, FEAT_DOTTED
from ..segment import BULLET, REMARK
from ..spans import last_match
from .groups import item_end, same_script
from .names import NameItem, is_role_word, parse_name_list
from .titles import clean_title, run_re, title_case_line
from .tracklists import TracklistsExtractor

# "NAME's 'TITLE'", "NAME's own 'WORK' OST track 'TITLE'", "A & B's 'TITLE'": the owner, then
# what may describe the song before its title
_POSSESSIVE_REACH = 600  # characters: five owner words, "'s", six descriptors of 40 or less
_POSSESSIVE_TITLE = re.compile(
    rf"(?P<owner>{CAPNUM}[\w.\-]*(?:\s+(?:&\s+|and\s+)?{CAPNUM}[\w.\-]*){{0,4}})['’]s?\s+"
    r"(?P<desc>(?:(?i:own|new|latest|debut|first|second|third|solo|title|lead|main|OST|original|"
    r"[‘'\"“][^‘’'\"“”\n]{1,40}[’'\"”]|tracks?|songs?|singles?|ballad|theme|number|cover|"
    r"version|remake|duet|hit|part\s*\d+|digital)\s+){0,6})$")


_OWNER_SPLIT = re.compile(r"\s+(?:&|and)\s+")


_LEAD_WORDS = re.compile(rf"^(?:(?:And|But|Or|So|Then|Also|The)\s+|{CAP}[\w-]*-(?:songwriter|"
                         r"singer|star)\s+)")


@dataclass(frozen=True)
class ArtistHit:
    """A performer a credit names in a sentence about music."""

    item: NameItem
    rule: str


@dataclass(frozen=True)
class SongHit:
    """A song with the singers a credit gives it. `music`: its sentence is about music, so the
    singers are soundtrack artists too. `needs_artist`: a possessive ("NAME's 'SONG'") the
    model did not label; it counts only if NAME is by then a known artist."""

    title: str
    start: int
    end: int
    singers: tuple[NameItem, ...]
    rule: str
    music: bool
    needs_artist: bool = False


@dataclass(frozen=True)
class TrackCreditHit:
    """A tracklist line that credits performers ('TITLE (feat. Y) - A & B')."""

    track: Track
    credited: tuple[NameItem, ...]
    rule: str = "songs.tracklist_credit"
    featured_only: bool = False  # the line names only guests ('TITLE (feat. Y)')


SoundtrackHit = ArtistHit | SongHit | TrackCreditHit


def _possessive_owners(ctx: Context, sent_start: int, s: int
                       ) -> tuple[list[NameItem], bool] | None:
    """The singers of "NAME's (...) 'TITLE'" before the quoted title at `s`, and whether the
    owner is itself in quotes (a work: "'SHOW's 'TITLE'")."""
    # the pattern is anchored at the title and spans at most five owner words and six short
    # descriptors: searched over the whole sentence it rescanned it for every quoted title
    # (quadratic on a sentence of thousands of quotes); the window starts at a white space
    lo = max(sent_start, s - 1 - _POSSESSIVE_REACH)
    if lo > sent_start:
        space = ctx.text.rfind(" ", sent_start, lo)
        lo = space + 1 if space >= 0 else sent_start
    before = ctx.text[lo : s - 1] if s > lo else ""
    pm = _POSSESSIVE_TITLE.search(before)
    if not pm:
        return None
    owner = _LEAD_WORDS.sub("", pm.group("owner"))
    base = lo + pm.end("owner") - len(owner)
    quoted = base > 0 and ctx.text[base - 1] in "'‘\"“"
    items: list[NameItem] = []
    pos = 0
    for part in [*_OWNER_SPLIT.split(owner)]:
        at = owner.find(part, pos)
        pos = at + len(part)
        words = part.split()
        while len(words) > 1 and is_role_word(ctx.rules, words[0]):
            words = words[1:]  # 'Rapper NAME's "SONG"'
        name = " ".join(words)
        start = base + at + len(part) - len(name)
        items.append(NameItem(name, start, start + len(name)))
    return items, quoted


_NAME_AS_ROLE = re.compile(
    rf"(?<![\w'’.-])(?P<n>{CAP}[\w'’.\-]*(?:\s+{CAP}[\w'’.\-]*){{1,3}})(?:\s*\([^()]{{0,80}}\))?"
    rf"\s+as\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}{CAP}")


def _named_as_roles(ctx: Context, start: int, end: int) -> list[NameItem]:
    """After a performer cue, 'A (credits) as ROLE; B as ROLE': each name its role follows is
    a performer, whatever titles and praise stand before it ('Oscar winner A as X')."""
    return [NameItem(m.group("n"), m.start("n"), m.end("n"))
            for m in _NAME_AS_ROLE.finditer(ctx.text, start, end)]


_TRACK_NOTE = re.compile(
    r"(?<![\w])Tracks?\s+(?P<nums>\d{1,3}(?:\s*(?:,|and|&)\s*\d{1,3}){0,20})\s+(?:is|are|was|were)\s+"
    r"(?:performed|sung)\s+by\s+")


_NAMES = (rf"{CAPNUM}[\w'’.\-]*(?:\s+{CAPNUM}[\w'’.\-]*){{0,3}}"
          rf"(?:\s*(?:,|and|&)\s*{CAPNUM}[\w'’.\-]*(?:\s+{CAPNUM}[\w'’.\-]*){{0,3}}){{0,5}}")
_SONG_NOUN = r"(?:(?:[a-z-]+\s+){0,2}?(?:song|track|single|cut|number|anthem|ballad)\s*,?\s+)?"
# 'NAMES VERB-ing ... on/to their song "TITLE"'
_PARTICIPLE_BEFORE = re.compile(
    rf"(?<![\w'’.-])(?P<names>{_NAMES})\s+[a-z]+ing\b[^,;\"“”\n]{{0,60}}?\s(?:on|to|with)\s+"
    rf"(?:(?:their|his|her|its)\s+)?{_SONG_NOUN}[\"“‘']?\Z")
# 'NAME and her lead single "TITLE"'
_AND_HER_SINGLE = re.compile(
    rf"(?<![\w'’.-])(?P<names>{CAP}[\w'’.\-]*(?:\s+{CAP}[\w'’.\-]*){{0,3}})\s+and\s+(?:his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:single|song|track|ballad|anthem)\s*,?\s*[\"“‘']?\Z")


def _clause_singers(ctx: Context, sent_start: int, s: int) -> tuple[list[NameItem], str] | None:
    """The singers a clause names before a quoted song, and the rule that found them."""
    lo = max(sent_start, s - 160)
    for rule, pattern in (("songs.participle", _PARTICIPLE_BEFORE),
                          ("songs.and_her_single", _AND_HER_SINGLE)):
        m = pattern.search(ctx.text, lo, s)
        if m:
            items = parse_name_list(ctx.rules, ctx.text, m.start("names"), m.end("names"))
            if items:
                return items, rule
    return None


def _quoted_performer(ctx: Context, pos: int) -> list[NameItem]:
    """"'TITLE' by 'WORD, The WORD'": a quoted name is one performer, commas and all."""
    found = ctx.quoted(pos, min(len(ctx.text), pos + 80))
    if found and found[0][0] - pos <= 1 and _NAME_SHAPED.fullmatch(found[0][2]):
        s, e, q = found[0]
        return [NameItem(q, s, e)]
    return []


_NAME_SHAPED = re.compile(rf"{CAPNUM}[\w'’.&-]*(?:,?\s+{CAPNUM}[\w'’.&-]*){{0,4}}")


def _track_notes(ctx: Context) -> list[SongHit]:
    """A tracklist's notes, 'Track 3 is performed by A, B and C', 'Track 4 and 5 is performed
    by A': the numbered tracks of the (first) list get those singers."""
    lists = ctx.facts.get(TracklistsExtractor).tracklists
    if not lists:
        return []
    tracks = {i: t for i, t in enumerate(lists[0].tracks, 1)}
    out: list[SongHit] = []
    for m in _TRACK_NOTE.finditer(ctx.text):
        eol = ctx.text.find("\n", m.end())
        end = clause_end(ctx, m.end()) if eol < 0 else min(eol, clause_end(ctx, m.end()))
        singers = parse_name_list(ctx.rules, ctx.text, m.end(), end)
        for n in re.findall(r"\d+", m.group("nums")):
            t = tracks.get(int(n))
            if t and singers:
                out.append(SongHit(t.title, t.evidence.start, t.evidence.end, tuple(singers),
                                   "songs.track_note", True))
    return out


_PART_BEFORE = re.compile(r"(?<![\w])(?:OST\s+)?Part\.?\s?\d{1,2}\s+\Z", re.I)
_TITLE_DASH_ARTIST = re.compile(r"(?P<t>[^\n]{1,80}?)\s[-–—]\s(?P<a>[^\n]{1,60})")


def _part_credits(ctx: Context) -> list[SongHit]:
    """"OST Part.2 'TITLE - SINGER'": a K-drama OST part named in prose with its
    title and singer inside one pair of quotes."""
    out: list[SongHit] = []
    for para in ctx.prose():
        for s, _e, q in ctx.quoted(para.start, para.end):
            if not _PART_BEFORE.search(ctx.text, max(para.start, s - 20), s - 1):
                continue
            m = _TITLE_DASH_ARTIST.fullmatch(q)
            if not m or not _NAME_SHAPED.fullmatch(m.group("a")):
                continue
            title = clean_title(m.group("t"))
            a = s + m.start("a")
            out.append(SongHit(title, s, s + len(m.group("t")),
                               (NameItem(m.group("a"), a, a + len(m.group("a"))),),
                               "songs.part_quoted", True))
    return out


_DASHED = re.compile(r"(?P<l>[^\n\-–—]{1,60}?)\s?[-–—]\s?(?P<r>[^\n]{1,80})")
_GLUED_PAREN = re.compile(r"(?P<n>[^()\s][^()]{0,30}?)\((?P<p>[^()\n]{1,30})\)\s*")


def quoted_credit_runs(ctx: Context) -> list[SongHit]:
    """'‘A(GROUP)-TITLE’, ‘B-TITLE’ ... 등': a sentence quoting two or more 'A-B' pairs. Which side
    is the title is decided for the run at once, by the article's tracklist: the side whose
    values are its track titles (without a tracklist, nothing is read). A bracket glued to a
    name in the same script is the singer's group ('김하늘(별빛)'); one in Latin letters after
    a name in another script is its romanization ('김하늘(KIM HANEUL)')."""
    lists = ctx.facts.get(TracklistsExtractor).tracklists
    titles = {t.title.casefold() for tl in lists for t in tl.tracks}
    out: list[SongHit] = []
    if not titles:
        return out
    for sent in ctx.sentences:
        pairs = [(s, m) for s, _e, q in ctx.quoted(sent.start, sent.end)
                 if (m := _DASHED.fullmatch(q))]
        if len(pairs) < 2:
            continue
        left = sum(clean_title(m.group("l")).casefold() in titles for _, m in pairs)
        right = sum(clean_title(m.group("r")).casefold() in titles for _, m in pairs)
        if max(left, right) < 2 or min(left, right) > 0:
            continue
        who_side, title_side = ("r", "l") if left else ("l", "r")
        for s, m in pairs:
            a = s + m.start(who_side)
            name, group = m.group(who_side).strip(), None
            glued = _GLUED_PAREN.fullmatch(name)
            if glued and same_script(glued.group("n"), glued.group("p")):
                name = glued.group("n").strip()
                group = (glued.group("p"), a + glued.start("p"), a + glued.end("p"))
            elif glued:
                name = glued.group("n").strip()
            title = clean_title(m.group(title_side))
            t = s + m.start(title_side)
            out.append(SongHit(title, t, t + len(m.group(title_side)),
                               (NameItem(name, a, a + len(name), group=group),),
                               "songs.quoted_credit_run", True))
    return out


def _verb_shaped(ctx: Context, start: int, end: int) -> bool:
    """A singing verb is lower case, or capitalized only where every word is: 'Lee Sang Soon'
    is a name, 'NAME Sings "X"' a headline. In a shouted line ('STORIES DELIVERED DAILY')
    only a quoted title after it counts."""
    word = ctx.text[start:end].strip()
    if not word[:1].isupper():
        return True
    if word.isupper() and len(word) > 1:
        return bool(re.match(r"\s*[\"“‘']", ctx.text[end : end + 3]))
    eol = ctx.text.find("\n", start)
    return title_case_line(ctx.text[ctx.text.rfind("\n", 0, start) + 1 : eol if eol >= 0 else
                                    len(ctx.text)])


# 'the OST ', 'the opening theme song, ': what may stand between the verb and an unquoted title
_SONG_NOUN_BEFORE = re.compile(r"the\s+(?:(?:[\w-]+\s+){0,2}?(?:OST|song|track|single|ballad|theme)"
                               r"(?:\s+song)?\s*,?\s+)?")


_WORK_THEN_SONG = re.compile(r"[\"”’']?\s*(?:OST|soundtrack|theme\s+song|song|track)\s*,?\s*"
                             r"[\"“‘']", re.I)


def _song_title_after(ctx: Context, pos: int, end: int) -> tuple[str, int, int] | None:
    """The song named after a singing verb: a quoted title within a short descriptor, or an
    unquoted Title Case run right after the verb."""
    quoted = ctx.quoted(pos, min(end, pos + 110))
    if len(quoted) > 1 and _WORK_THEN_SONG.match(ctx.text, quoted[0][1]):
        quoted = quoted[1:]  # "sang the 'WORK' OST 'SONG'": the second quote is the song
    quoted = [q for q in quoted if q[0] < pos + 70]
    if quoted:
        s, e, q = quoted[0]
        between = ctx.text[pos:s]
        if re.fullmatch(r"(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w-]+\s+){0,4}?[\"“‘']?|"
                        r"[^.;]{0,60}?(?:[,:]|(?i:OST|soundtrack|song|track))\s*[\"“‘']",
                        between):
            return clean_title(q), s, e
        return None
    para = ctx.paragraph_at(pos)
    if para is not None and ctx.memo(("title_case_line", para.start),
                                     lambda: title_case_line(para.text)):
        return None  # in a headline every word is capitalized: no run is a title by its shape
    m = _SONG_NOUN_BEFORE.match(ctx.text, pos, end)
    p = m.end() if m else pos
    r = run_re(ctx.rules).match(ctx.text, p, end)
    if r and r.start() == p and re.search(r"[^\W\d_]", r.group(0)):  # 'the 2015 version': no title
        title = ctx.text[r.start() : r.end()]
        if title.split()[0].lower() in ("the", "a", "an") and len(title.split()) == 1:
            return None
        return title, r.start(), r.end()
    return None


# 'NAME also sings', 'NAME has recorded', 'NAME will sing': words between a singer and the verb
_BETWEEN_SINGER_AND_VERB = re.compile(
    r"(?:\s+(?:also|then|now|later|herself|himself|themselves|again|once\s+again|both|together|"
    r"solo|alone|has|have|had|will|would|recently|previously|already|just|is|was|are|were|"
    r"(?:wrote|composed|co-wrote|penned|produced|arranged)\s+and))+\s*$")


def _singer_before(ctx: Context, sent_start: int, pos: int) -> list[NameItem]:
    chunk_start = sent_start
    cut = last_match(r"(?:[;:]|,\s+(?:while|and|but|as)\s+|\bwhile\s+|\bwhere\s+)",
                     ctx.text[sent_start:pos])
    if cut:
        chunk_start = sent_start + cut.end()
    adverb = _BETWEEN_SINGER_AND_VERB.search(ctx.text[chunk_start:pos])
    if adverb:
        pos = chunk_start + adverb.start()  # 'NAME also sings'
    items = parse_name_list(ctx.rules, ctx.text, chunk_start, pos)
    if items and item_end(items[-1]) >= pos - 1:
        return items
    m = _SINGER_RUN.search(ctx.text[chunk_start:pos])
    if m:
        s = chunk_start + m.start()
        return [NameItem(m.group(0), s, s + len(m.group(0)))]
    return []


def _performers(ctx: Context, start: int, end: int) -> list[NameItem]:
    return parse_name_list(ctx.rules, ctx.text, start, end)


_LINE_END = re.compile(r"[\r\n]")
_FEAT_CREDIT = re.compile(rf"\s*[(\[]\s*{FEAT}\s+([^)\]]+)[)\]]", re.I)
_SINGER_RUN = re.compile(rf"(?:{CAPNUM}[\w'’.\-]*)(?:\s+{CAP}[\w'’.\-]*){{0,3}}$")


def _credit_items(ctx: Context, title_end: int, title_start: int | None = None,
                  position: int | None = None) -> tuple[list[NameItem], list[NameItem]]:
    """The performers credited on a track line after its title: '(feat. Y) - A & B' gives
    ([A, B], [Y]) (main, featured); or before it, on a line that names them first
    ('A ft. Y – TITLE', 'A – TITLE [ft. Y]'). `position`: the track's place in its list, so
    that a bare number opening the line ('7 NAME - TITLE') is read as its numbering."""
    if title_start is not None:
        first = _credit_before(ctx, title_start, title_end, position)
        if first is not None:
            return first
    eol = _LINE_END.search(ctx.text, title_end)  # LF, CRLF or a bare CR ends the line
    line_end = _entry_end(ctx, title_end, eol.start() if eol else len(ctx.text), position)
    rest = ctx.text[title_end:line_end]
    items: list[NameItem] = []
    feat = _FEAT_CREDIT.match(rest)
    featured: list[NameItem] = []
    if feat:
        featured = parse_name_list(ctx.rules, ctx.text, title_end + feat.start(1),
                                   title_end + feat.end(1))
        rest_start = title_end + feat.end()
    else:
        rest_start = title_end
    # "'TITLE' – A"; 'TITLE: A', 'TITLE / A' in a block that pairs its columns so
    credit = re.match(r"[’'\"”]?\s*(?:[-–—/]|by)\s+|:\s+", ctx.text[rest_start:line_end])
    if credit:
        items = parse_name_list(ctx.rules, ctx.text, rest_start + credit.end(), line_end)
        left = _BRACKETED_TEXT.sub("", ctx.text[item_end(items[-1]) : line_end]) if items else ""
        if re.search(r"[^\W\d_]", left) or _BAND_NUMBER.fullmatch(left):
            # 'WORD or WORD' (a band): the name list stopped inside a name; take the credit as written
            items = _written_names(ctx, rest_start + credit.end(), line_end)
    return items, featured


def _entry_end(ctx: Context, start: int, line_end: int, position: int | None) -> int:
    """Where entry `position` ends on its line: before the next entry's number when the
    scraper squashed the list onto one line ('1. A – X 2. B – Y'), else at the line's end."""
    bol = max(ctx.text.rfind("\n", 0, start), ctx.text.rfind("\r", 0, start)) + 1
    remark = REMARK.match(ctx.text, bol, line_end)
    if remark and remark.end("entry") >= start:
        line_end = remark.end("entry")  # 'TITLE by A and B – A strong track': the review is no credit
    if position is None:
        return line_end
    for m in _ENTRY_NUMBER.finditer(ctx.text, start, line_end):
        if int(m.group(1)) == position + 1:
            return m.start()
    return line_end


_ENTRY_NUMBER = re.compile(r"\s(\d{1,3})[.)]\s")
# 'NAME 5', 'NAME 182': a number that ends the credit is part of the band's name (a
# running time has a colon, a note a bracket)
_BAND_NUMBER = re.compile(r"\s{1,3}\d{1,3}\s*")
# 'NN. NAME ft. GUEST – ', '- NAME – ', 'NN. NAME / ' or 'NN. NAME: ' (not 'Track 2: ', a
# label) before a title: the line names its performers first
_NAMES_BEFORE = re.compile(rf"(?:\d{{1,3}}[.)]\s*|{BULLET}\s+)?"
                           rf"(?P<who>[^\s–—-][^\n–—/:]{{0,80}}?)(?:\s(?:[–—-]\s|/\s?)|(?<!\d):\s)[\"“‘']?")
_FEAT_WORD = re.compile(rf"\s{FEAT_DOTTED}\s+", re.I)
_BARE_NUMBER = re.compile(r"[^\S\n]{0,8}(\d{1,3})[^\S\n]+(?=\S)")


def _credit_before(ctx: Context, title_start: int, title_end: int, position: int | None = None
                   ) -> tuple[list[NameItem], list[NameItem]] | None:
    """'NN. A & B ft. Y – TITLE [ft. Z]': ([A, B], [Y, Z]); None when no names stand before.
    A bare number is the numbering only when it is the track's `position` ('7 NAME - TITLE'
    as the 7th entry; '10 Years - TITLE' elsewhere keeps the band's number)."""
    bol = max(ctx.text.rfind("\n", 0, title_start), ctx.text.rfind("\r", 0, title_start)) + 1
    bare = _BARE_NUMBER.match(ctx.text, bol, title_start) if position is not None else None
    if bare and int(bare.group(1)) == position:
        bol = bare.end()
    before = _NAMES_BEFORE.fullmatch(ctx.text, bol, title_start)
    if not before:
        return None
    who_start, who_end = before.span("who")
    guest = _FEAT_WORD.search(ctx.text, who_start, who_end)
    cut = guest.start() if guest else who_end
    main = parse_name_list(ctx.rules, ctx.text, who_start, cut)
    left = ctx.text[item_end(main[-1]) : cut] if main else ""
    head = min(main[0].start, main[0].group[1] if main[0].group else cut) if main else cut
    if re.search(r"[^\W\d_]", _BRACKETED_TEXT.sub("", left)) or _BAND_NUMBER.fullmatch(left) or \
            ctx.text[who_start:head].strip() or _AND_THE.search(ctx.text, who_start, cut):
        # 'WORD And The WORD', 'Band Of WORD': the name list stopped inside a name or took its
        # first word for a descriptor; the credit is as written
        main = _written_names(ctx, who_start, cut)
    featured = parse_name_list(ctx.rules, ctx.text, guest.end(), who_end) if guest else []
    eol = _LINE_END.search(ctx.text, title_end)
    # 'TITLE (ft. Z)' after the title, or inside its evidence: 'TITLE (ft. Z) [Radio Edit]'
    after = _FEAT_CREDIT.search(ctx.text, title_start, eol.start() if eol else len(ctx.text))
    if after:
        featured += parse_name_list(ctx.rules, ctx.text, after.start(1), after.end(1))
    return main, featured


_BRACKETED_TEXT = re.compile(r"\([^()\n]*(?:\)|$)|\[[^\[\]\n]*(?:\]|$)")  # one cut by a line break too


# the separators of a credit written out ('A, B & C', 'A and B'); 'NAME & The BAND' and
# 'NAME and the BAND' are one act
# (white space before one is taken only from its run's start: linear on a run of spaces)
_WRITTEN_SEP = re.compile(r"(?:(?<!\s)\s++)?(?:,|&(?!\s+[Tt]he\s)|\band\b(?!\s+[Tt]he\s))\s*+")
_AND_THE = re.compile(r"\s(?:and|&)\s+[Tt]he\s+[A-Z]")


def _written_names(ctx: Context, start: int, end: int) -> list[NameItem]:
    """A credit split only at commas, '&' and 'and': 'WORD or WORD', 'NAME &
    NAME'."""
    out = []
    pos = start
    for cut in [*_WRITTEN_SEP.finditer(ctx.text, start, end), None]:
        stop = cut.start() if cut else end
        raw = ctx.text[pos:stop]
        name = raw.strip()
        if name and not name[:1].islower():  # 'WORD, the WORD': no name starts lower-case
            s = pos + raw.find(name)
            out.append(NameItem(name, s, s + len(name)))
        pos = cut.end() if cut else end
    return out
