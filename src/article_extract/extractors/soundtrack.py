"""Soundtrack artists (with their groups) and who sang which song."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ..context import Context, clause_end
from ..contract import Category, Doc, Emitted, Extractor, Fact, Norm
from ..models import Artist, Song, Track
from ..rules import CAP, CAPNUM, FEAT
from ..spans import last_match
from .album_artist import AlbumArtistExtractor
from .cast import org_word_re
from .groups import full_name_map, item_end, settle_artists
from .kind import KindExtractor
from .names import NameItem, is_role_word, parse_name_list, performer_word_before
from .titles import clean_title, run_re, title_case_line
from .topics import TopicsExtractor
from .tracklists import TracklistsExtractor

# "NAME's 'TITLE'", "NAME's own 'WORK' OST track 'TITLE'", "A & B's 'TITLE'": the owner, then
# what may describe the song before its title
_POSSESSIVE_TITLE = re.compile(
    rf"(?P<owner>{CAPNUM}[\w.\-]*(?:\s+(?:&\s+|and\s+)?{CAPNUM}[\w.\-]*){{0,4}})['’]s?\s+"
    r"(?P<desc>(?:(?i:own|new|latest|debut|first|second|third|solo|title|lead|main|OST|original|"
    r"[‘'\"“][^‘’'\"“”\n]{1,40}[’'\"”]|tracks?|songs?|singles?|ballad|theme|number|cover|"
    r"version|remake|duet|hit|part\s*\d+|digital)\s+){0,6})$")
# a song word between the owner and the title: the owner sings it
_MUSIC_OWNER = re.compile(r"['’]s?\s+(?:[^\n]{0,60}?\s)?(?:tracks?|songs?|singles?|ballad|theme|"
                          r"cover|version|remake|duet)\s", re.I)
_NOT_SINGER = ("GPE", "LOC", "NORP", "DATE", "FAC", "EVENT", "LAW", "WORK_OF_ART")
# 'Oh Hyuk', 'Lee Moon-se': two to four capitalized words, the shape of a singer's name
_NAME_SHAPE = re.compile(rf"{CAP}[\w'’.-]*(?:\s+{CAP}[\w'’.-]*){{1,3}}")
_FEAT_AFTER = re.compile(rf"[\s,\"”’']*{FEAT}\s+", re.I)
_OWNER_SPLIT = re.compile(r"\s+(?:&|and)\s+")
_FEAT = re.compile(rf"\s*[(\[]?\s*(?<![\w]){FEAT}\s+(?P<who>[^)\]]+?)\s*[)\]]?\s*$", re.I)
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


@dataclass(frozen=True)
class SoundtrackFacts:
    songs: list[Song]
    artists: list[Artist]


def _possessive_owners(ctx: Context, sent_start: int, s: int
                       ) -> tuple[list[NameItem], bool] | None:
    """The singers of "NAME's (...) 'TITLE'" before the quoted title at `s`, and whether the
    owner is itself in quotes (a work: "'Goblin's 'Stay With Me'")."""
    before = ctx.text[sent_start : s - 1] if s > sent_start else ""
    pm = _POSSESSIVE_TITLE.search(before)
    if not pm:
        return None
    owner = _LEAD_WORDS.sub("", pm.group("owner"))
    base = sent_start + pm.end("owner") - len(owner)
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
_COVER_OF = re.compile(rf"(?P<n>{CAP}[\w.\-]*(?:\s+{CAP}[\w.\-]*){{0,3}})['’]s?\s+cover\s+of\s+\Z")


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
    """"'TITLE' by 'Car, The Garden'": a quoted name is one performer, commas and all."""
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


def _verb_shaped(ctx: Context, start: int, end: int) -> bool:
    """A singing verb is lower case, or capitalized only where every word is: 'Lee Sang Soon'
    is a name, 'Taeyeon Sings "X"' a headline. In a shouted line ('STORIES DELIVERED DAILY')
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
# "Sistar's Soyou 'I Miss You'": a group's member named right before the song's title
_MEMBER_BEFORE_TITLE = re.compile(
    rf"(?<![\w-])(?P<g>{CAPNUM}[\w&.\-]*(?:\s+{CAPNUM}[\w&.\-]*){{0,2}})['’]s?\s+"
    rf"(?P<n>{CAP}[\w'’.\-]*(?:\s+{CAP}[\w'’.\-]*){{0,2}})\s*[\"“‘']?\Z")
_SCREEN_WORDS = re.compile(r"(?<![\w-])(?:films?|movies?|screenplays?|directed|directors?|"
                           r"documentar(?:y|ies)|miniseries|sitcoms?|box\s+office)(?![\w-])", re.I)
# a sentence about album sales: a singer's quoted title there is an album, not a song
_ALBUM_CHART = re.compile(r"Billboard\s+200|Top\s+Album|album\s+chart|studio\s+album|"
                          r"(?<![\w-])(?:copies|units)(?![\w-])", re.I)
_CLAUSE_LEAD = r"(?:^|[;:]|\bthat\s+|,\s+(?:and|while|but|as)\s+|\bwhile\s+)\s*"
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
_WHO = re.compile(r",\s+who\s*$")
_SANG = re.compile(r"\s*(?:sang|sings|has\s+sung|performed|recorded)\b", re.I)


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



def _artists_evidence(d: Doc, n: Norm) -> list[tuple[Fact, Doc | None, str | None]]:
    return [((n(a["name"]),), a.get("evidence"), a.get("rule")) for a in d["soundtrack"]["artists"]]


def _groups_evidence(d: Doc, n: Norm) -> list[tuple[Fact, Doc | None, str | None]]:
    return [((n(a["name"]), n(a["group"])), a.get("evidence"), a.get("rule"))
            for a in d["soundtrack"]["artists"] if a.get("group")]


def _songs_evidence(d: Doc, n: Norm) -> list[tuple[Fact, Doc | None, str | None]]:
    return [((n(s["title"]), n(p)), s.get("evidence"), s.get("rule"))
            for s in d["soundtrack"]["songs"] for p in s.get("performers", [])]


class SoundtrackExtractor(Extractor[SoundtrackHit, SoundtrackFacts]):
    """Who sang which song, and the soundtrack's artists with their groups. Candidates, in text
    order: performer credits ('performed by A', 'the lineup includes A'), song credits ('A sang
    TITLE', '"TITLE" by A', "A's 'TITLE'") and tracklist lines with credits. Policy: the first
    credit of a song wins; only credits in a sentence about music make artists; a name that is
    the work's title or a collective ('full company') is no artist; one-word mentions become
    the full name they abbreviate, and each artist gets the group the text ties them to."""

    name = "soundtrack"
    needs = (TopicsExtractor, KindExtractor, TracklistsExtractor, AlbumArtistExtractor)
    rule_ids = ("artists.performed_by", "artists.colon_list", "artists.take_part",
                "songs.track_note", "songs.participle", "songs.and_her_single", "songs.sang_title",
                "songs.title_by", "songs.possessive", "songs.tracklist_credit",
                "artists.tracklist_credit")
    categories = (
        Category("artists", 8, ("name",),
                 lambda d, n: [(n(a["name"]),) for a in d["soundtrack"]["artists"]],
                 lambda a, n: [(n(x["name"]),) for x in a.get("artists", [])],
                 description="performers of the soundtrack",
        evidenced=_artists_evidence),
        Category("groups", 9, ("name", "group"),
                 lambda d, n: [(n(a["name"]), n(a["group"])) for a in d["soundtrack"]["artists"]
                            if a.get("group")],
                 lambda a, n: [(n(x["name"]), n(x["group"])) for x in a.get("artists", [])
                            if x.get("group")],
                 description="the group an artist is tied to",
        evidenced=_groups_evidence),
        Category("songs", 10, ("title", "performer"),
                 lambda d, n: [(n(s["title"]), n(p)) for s in d["soundtrack"]["songs"]
                            for p in s.get("performers", [])],
                 lambda a, n: [(n(s["title"]), n(p)) for s in a.get("songs", [])
                            for p in s.get("performers", [])],
                 description="who sang which song",
        evidenced=_songs_evidence),
    )

    def match(self, ctx: Context) -> list[SoundtrackHit]:
        return _hits(ctx, ctx.facts.get(TopicsExtractor).title)

    def decide(self, candidates: list[SoundtrackHit], ctx: Context, /) -> SoundtrackFacts:
        title = ctx.facts.get(TopicsExtractor).title
        collective = set(ctx.rules.words("lexicon", "collective_performers"))
        awards = set(ctx.rules.words("lexicon", "award_names"))  # 'Emmy, Grammy and Tony winner'

        songs: dict[tuple[str, frozenset[str]], Song] = {}
        artists: dict[str, Artist] = {}

        def add_artist(item: NameItem, rule: str) -> None:
            name = item.name
            if not re.search(r"[A-Za-z]", name) or (title and name == title) or \
                    name.lower() in collective or name in awards:
                return  # 'Full Company' sings the song but is not a named performer
            group = item.group[0] if item.group else None
            if name in artists:
                if group and not artists[name].group:
                    artists[name] = artists[name].model_copy(update={"group": group})
                return
            artists[name] = Artist(name=name, group=group,
                                   evidence=ctx.evidence(item.start, item.end), rule=rule)

        for hit in candidates:
            if isinstance(hit, ArtistHit):
                add_artist(hit.item, hit.rule)
            elif isinstance(hit, SongHit):
                if hit.needs_artist and hit.singers[0].name not in artists:
                    continue
                t, extra = _without_feat(hit.title)
                if not t or not hit.singers or (title and t == title and not hit.music):
                    continue
                performers = [x.name for x in hit.singers] + extra
                if not _credited(songs, t, performers):
                    songs[_song_key(t, performers)] = Song(
                        title=t, performers=performers,
                        evidence=ctx.evidence(hit.start, hit.start + len(t)), rule=hit.rule)
                if hit.music:
                    for x in hit.singers:
                        add_artist(x, hit.rule)
            else:
                names = [c.name for c in hit.credited] or list(hit.track.performers)
                known = any(k == hit.track.title.casefold() for k, _ in songs)
                # 'X (feat. Y)' in the list adds a guest to a song already credited, not
                # another recording of it
                if not (hit.featured_only and known) and \
                        not _credited(songs, hit.track.title, names):
                    songs[_song_key(hit.track.title, names)] = Song(
                        title=hit.track.title, performers=names, evidence=hit.track.evidence,
                        rule=hit.rule)
                for item in hit.credited:
                    add_artist(item, "artists.tracklist_credit")
        full = full_name_map(ctx, [*artists, *(p for song in songs.values() for p in song.performers)])
        settled = settle_artists(ctx, list(artists.values()), full)
        songs_out: dict[tuple[str, frozenset[str]], Song] = {}
        original = _translations(ctx)
        for song in songs.values():  # 'Blue' is 'Odessa Blue': credits that now coincide merge
            named = song.model_copy(update={
                "performers": [full.get(p, p) for p in song.performers],
                "title": original.get(song.title, song.title)})
            if not _credited(songs_out, named.title, named.performers):
                songs_out[_song_key(named.title, named.performers)] = named
        return SoundtrackFacts(list(songs_out.values()), settled)

    def emit(self, facts: SoundtrackFacts) -> Emitted:
        return Emitted({"soundtrack.songs": facts.songs, "soundtrack.artists": facts.artists})


_TRANSLATED = re.compile(r"[\"”’']?\s*\(\s*(?:translated\s+as|English\s+title:?|English:|"
                         r"lit\.|literally|meaning|a\.?k\.?a\.?|also\s+known\s+as)\s*[\"“‘']",
                         re.I)


def _translations(ctx: Context) -> dict[str, str]:
    """'"Chikyūgi" (translated as "Spinning Globe")': the translation names the same song, so
    a credit under it is a credit of the original title."""
    out: dict[str, str] = {}
    quoted = ctx.quoted(0, len(ctx.text))
    for (_s, e, q), (s2, _e2, q2) in itertools.pairwise(quoted):
        m = _TRANSLATED.match(ctx.text, e)
        if m and m.end() >= s2 - 1 and q2 not in out:
            out[clean_title(q2)] = clean_title(q)
    return out


def _song_key(title: str, performers: list[str]) -> tuple[str, frozenset[str]]:
    return title.casefold(), frozenset(p.casefold() for p in performers)


def _credited(songs: dict[tuple[str, frozenset[str]], Song], title: str,
              performers: list[str]) -> bool:
    """Whether the song is already credited: the same title with the same singers, or with
    singers this credit only repeats in part ('A' after 'A and B'). The same title sung by
    others is another recording (a remake and its original, a song on two discs)."""
    t, people = _song_key(title, performers)
    return any(key == t and (people <= others or others <= people)
               for key, others in songs)


def _without_feat(title: str) -> tuple[str, list[str]]:
    """'TITLE (feat. Y & Z)' -> ('TITLE', ['Y', 'Z'])."""
    feat = _FEAT.search(title)
    extra: list[str] = []
    if feat:
        extra = [x.strip() for x in re.split(r"\s*(?:,|&|\band\b)\s*", feat.group("who"))
                 if x.strip()]
        title = title[: feat.start()].strip()
    return clean_title(title), extra


_MUSIC_WORDS_STRICT = re.compile(r"(?:OST|soundtrack|album|lineup|line-up|vocals)", re.I)
_QUOTE_BEFORE = re.compile(r"[\"”’']\s*,?\s*$")


def _hits(ctx: Context, title: str | None) -> list[SoundtrackHit]:
    rules = ctx.rules
    music_re = rules.cue_regex("soundtrack.music_context")
    artist_cue = rules.cue_set("artist_cue")
    sing_verb = rules.cue_regex("songs.sang_title")
    artist_before = rules.cue_set("artist_cue_before")
    album_work = ctx.facts.get(KindExtractor) == "album"
    performer_before = rules.compiled(performer_word_before)  # 'Indie band NAME's "SONG"'

    title_by = rules.cue_regex("songs.title_by")
    org = org_word_re(rules)
    platforms = rules.platforms()
    others = set(ctx.facts.get(TopicsExtractor).others)
    out: list[SoundtrackHit] = []
    known_artists: set[str] = set()  # names credited so far: a possessive may cite one

    def song(t: str, s: int, e: int, singers: list[NameItem], rule: str, music: bool,
             needs_artist: bool = False) -> None:
        out.append(SongHit(t, s, e, tuple(singers), rule, music, needs_artist))
        if music:
            known_artists.update(x.name for x in singers)

    for sent in ctx.sentences:
        music = bool(music_re.search(sent.text)) or bool(title and title in sent.text)
        for cue in artist_cue.finditer(ctx.text, sent.start, sent.end):
            word = ctx.text[cue.start : cue.end].lower().strip()
            if not music:
                continue
            if word.startswith(("featur", "includ", "boast", "bring")) and \
                    not _MUSIC_WORDS_STRICT.search(sent.text):
                continue
            before = ctx.text[max(sent.start, cue.start - 3) : cue.start]
            if word.startswith(("sung", "performed", "sang", "recorded")) and _QUOTE_BEFORE.search(
                    before):
                continue  # '"Title" sung by X' is a song credit, handled below
            listed = _performers(ctx, cue.end, clause_end(ctx, cue.end))
            listed += [i for i in _named_as_roles(ctx, cue.end, sent.end)
                       if all(i.start != x.start for x in listed)]
            for item in listed:
                out.append(ArtistHit(item, cue.rule.id))
                known_artists.add(item.name)
        for cue in artist_before.finditer(ctx.text, sent.start, sent.end):
            lead = last_match(_CLAUSE_LEAD, ctx.text[sent.start : cue.start])
            start = sent.start + (lead.end() if lead else 0)
            items = parse_name_list(ctx.rules, ctx.text, start, cue.start)
            if items and item_end(items[-1]) >= cue.start - 1:
                for item in items:  # 'A, B and C will take part in the music'
                    out.append(ArtistHit(item, cue.rule.id))
                    known_artists.add(item.name)
        for verb in sing_verb.finditer(ctx.text, sent.start, sent.end):
            if not _verb_shaped(ctx, verb.start(), verb.end()):
                continue
            found = _song_title_after(ctx, verb.end(), sent.end)
            who = _WHO.search(ctx.text, sent.start, verb.start())
            at = who.start() if who and _SANG.match(ctx.text, verb.start()) else verb.start()
            singers = _singer_before(ctx, sent.start, at)  # 'NAME, who sang "TITLE"'

            if found and singers:
                song(*found, singers, "songs.sang_title", True)
        para = ctx.paragraph_at(sent.start)
        para_end = para.end if para else sent.end
        # a closing quote may stand after the sentence's full stop: '... single "Lift Me Up."'
        for s, e, q in ctx.quoted(sent.start, min(len(ctx.text), sent.end + 2)):
            after = ctx.text[e : min(para_end, e + 60)]
            by = title_by.match(after)
            if by:
                singers = _quoted_performer(ctx, e + by.end()) or _performers(
                    ctx, e + by.end(), clause_end(ctx, e + by.end()))
                song(q, s, e, singers, "songs.title_by", music or bool(singers))
                continue
            clause = _clause_singers(ctx, sent.start, s) if music else None
            if clause is not None:  # 'E-40 repping the Bay Area on their song "La Vida"'
                song(q, s, e, clause[0], clause[1], True)
                continue
            owners = _possessive_owners(ctx, sent.start, s)
            if owners is not None:
                cover = _COVER_OF.search(ctx.text, max(sent.start, owners[0][0].start - 60),
                                         owners[0][0].start)
                if cover:  # "Tems' cover of Bob Marley's 'SONG'": the cover is Tems's
                    owners = ([NameItem(cover.group("n"), cover.start("n"), cover.end("n"))],
                              False)
            if owners is None:
                member = _MEMBER_BEFORE_TITLE.search(ctx.text, max(sent.start, s - 80), s)
                if member and music and q != title:  # "GROUP's NAME 'SONG'"
                    g = (member.group("g"), member.start("g"), member.end("g"))
                    song(q, s, e, [NameItem(member.group("n"), member.start("n"),
                                            member.end("n"), None, g)], "songs.possessive",
                         music)
                continue
            items, quoted_owner = owners
            if quoted_owner or q == title or any(
                    org.search(i.name) or i.name in platforms or i.name in others or
                    (title and i.name == title) for i in items):
                continue  # "'Goblin's "Stay With Me"": the owner is a work, not a singer
            labelled = all(ctx.ents_in(i.start, i.end, ("PERSON", "ORG")) or (
                music and not ctx.ents_in(i.start, i.end, _NOT_SINGER) and (
                    i.name.isupper() or i.name[:1].isdigit() or i.name in known_artists
                    or _MUSIC_OWNER.search(ctx.text, i.end, s) or _NAME_SHAPE.fullmatch(i.name)))
                for i in items)
            if not (music or album_work or _MUSIC_OWNER.search(ctx.text, items[-1].end, s)
                    or performer_before.search(ctx.text, max(sent.start, items[0].start - 30),
                                               items[0].start)) and _SCREEN_WORDS.search(sent.text):
                continue  # "the screenplay for Martin Scorsese's 'The Irishman'": a film
            if _ALBUM_CHART.search(sent.text):
                continue  # "Tim McGraw's 'Southern Voice' debuts at No. 2 on the Billboard 200"
            if labelled or all(i.name in known_artists for i in items):
                feat = _FEAT_AFTER.match(ctx.text, e, min(para_end, e + 80))
                singers = items + (parse_name_list(rules, ctx.text, feat.end(),
                                                   clause_end(ctx, feat.end()))
                                   if feat else [])
                song(q, s, e, singers, "songs.possessive", music, needs_artist=not labelled)
    out += _track_notes(ctx)
    album = ctx.facts.get(AlbumArtistExtractor)
    owner = album.owner.item if album.owner else None
    if album.owner is not None:
        out.insert(0, ArtistHit(album.owner.item, album.owner.rule))
        out += [SongHit(t.title, t.start, t.end, (album.owner.item,), t.rule, True)
                for t in album.title_tracks]
    for tl in ctx.facts.get(TracklistsExtractor).tracklists:
        for t in tl.tracks:
            if t.performers:
                main, featured = _credit_items(ctx, t.evidence.end)
                if featured and not main and owner is not None:
                    main = [owner]  # 'TITLE (feat. Y)' on an artist's own album: theirs, with Y
                out.append(TrackCreditHit(t, (*main, *featured),
                                          featured_only=bool(featured) and not main))
    return out


_LINE_END = re.compile(r"[\r\n]")
_FEAT_CREDIT = re.compile(rf"\s*[(\[]\s*{FEAT}\s+([^)\]]+)[)\]]", re.I)
_SINGER_RUN = re.compile(rf"(?:{CAPNUM}[\w'’.\-]*)(?:\s+{CAP}[\w'’.\-]*){{0,3}}$")


def _credit_items(ctx: Context, title_end: int) -> tuple[list[NameItem], list[NameItem]]:
    """The performers credited on a track line after its title: '(feat. Y) - A & B' gives
    ([A, B], [Y]) (main, featured)."""
    eol = _LINE_END.search(ctx.text, title_end)  # LF, CRLF or a bare CR ends the line
    line_end = eol.start() if eol else len(ctx.text)
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
    credit = re.match(r"\s*(?:[-–—]|by)\s+", ctx.text[rest_start:line_end])
    if credit:
        items = parse_name_list(ctx.rules, ctx.text, rest_start + credit.end(), line_end)
    return items, featured
