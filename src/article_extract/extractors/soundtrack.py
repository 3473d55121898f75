"""Soundtrack artists (with their groups) and who sang which song.

The credit finders and the candidate types are in soundtrack_credits; this module gathers the
candidates (`_hits`) and decides.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ..context import Context, clause_end
from ..contract import Category, Doc, Emitted, Extractor, Fact, Norm
from ..models import Artist, Song
from ..rules import CAP, CAPNUM, FEAT
from ..spans import last_match
from .album_artist import AlbumArtistExtractor
from .groups import abbreviated, full_name_map, item_end, one_act, settle_artists
from .kind import KindExtractor
from .names import NameItem, org_word_re, parse_name_list, performer_word_before
from .soundtrack_credits import (
    ArtistHit,
    SongHit,
    SoundtrackHit,
    TrackCreditHit,
    _clause_singers,
    _credit_items,
    _named_as_roles,
    _part_credits,
    _performers,
    _possessive_owners,
    _quoted_performer,
    _singer_before,
    _song_title_after,
    _track_notes,
    _verb_shaped,
    quoted_credit_runs,
)
from .soundtrack_glued import credits_before_quotes, lineup_marks
from .soundtrack_lines import (
    all_tracks_by,
    japanese_themes,
    listed_songs_by,
    possessive_runs,
    singles_titled,
    theme_lines,
    wrapped_credit,
)
from .titles import clean_title
from .topics import TopicsExtractor
from .tracklists import TracklistsExtractor
from .tracklists_keyed import keyed_performers
from .tracklists_quoted import located_performers

# a song word between the owner and the title: the owner sings it
_MUSIC_OWNER = re.compile(r"['’]s?\s+(?:[^\n]{0,60}?\s)?(?:tracks?|songs?|singles?|ballad|theme|"
                          r"cover|version|remake|duet)\s", re.I)
_NOT_SINGER = ("GPE", "LOC", "NORP", "DATE", "FAC", "EVENT", "LAW", "WORK_OF_ART")
# 'NAME NAME', 'NAME NAME-NAME': two to four capitalized words, the shape of a singer's name
_NAME_SHAPE = re.compile(rf"{CAP}[\w'’.-]*(?:\s+{CAP}[\w'’.-]*){{1,3}}")
_FEAT_AFTER = re.compile(rf"[\s,\"”’']*{FEAT}\s+", re.I)


# '(feat. Y)', '(Feat. Y (ALIAS))': a guest's name may carry its other spelling in brackets
_FEAT = re.compile(rf"\s*[(\[]?\s*(?<![\w]){FEAT}\s+(?P<who>(?:[^()\[\]\n]|\([^()\n]*\))+?)\s*[)\]]?\s*$",
                   re.I)
_ALIAS = re.compile(r"\s*\([^()]*\)$")


@dataclass(frozen=True)
class SoundtrackFacts:
    songs: list[Song]
    artists: list[Artist]


_ITS = re.compile(r"(?:Its|Their)\s")
# 'covers of familiar hits, NAME's "TITLE", NAME's "TITLE" ...': the acts first recorded them
# a duo named by two given names in Portuguese and Spanish credits ('Tiago e Davi',
# 'Rui & Ivo'), ending its clause
_DUO = re.compile(rf"({CAP}[^\W\d_]+\s+(?:e|y|&)\s+{CAP}[^\W\d_]+)(?=\s*[,;.]|\s+(?:e|y)\s+[\"“'‘]|\s*$)")
_COVERS_OF = re.compile(r"(?<![\w])covers?\s+of\s", re.I)
_COVER_OF = re.compile(rf"(?P<n>{CAP}[\w.\-]*(?:\s+{CAP}[\w.\-]*){{0,3}})['’]s?\s+cover\s+of\s+\Z")


# "GROUP's NAME 'TITLE'": a group's member named right before the song's title
_MEMBER_BEFORE_TITLE = re.compile(
    rf"(?<![\w-])(?P<g>{CAPNUM}[\w&.\-]*(?:\s+{CAPNUM}[\w&.\-]*){{0,2}})['’]s?\s+"
    rf"(?P<n>{CAP}[\w'’.\-]*(?:\s+{CAP}[\w'’.\-]*){{0,2}})\s*[\"“‘']?\Z")
_SCREEN_WORDS = re.compile(r"(?<![\w-])(?:films?|movies?|screenplays?|directed|directors?|"
                           r"documentar(?:y|ies)|miniseries|sitcoms?|box\s+office|"
                           # a book's or a story's title: "the plot draws on NAME's 'BOOK'"
                           r"novels?|books?|stor(?:y|ies)|plot|webtoons?|comics?|manga|"
                           r"essays?|poems?|fiction(?:al)?|adapted|inspired)(?![\w-])", re.I)
# a sentence about album sales: a singer's quoted title there is an album, not a song
_ALBUM_CHART = re.compile(r"Billboard\s+200|Top\s+Album|album\s+chart|studio\s+album|"
                          r"(?<![\w-])(?:copies|units)(?![\w-])", re.I)
_CLAUSE_LEAD = r"(?:^|[;:]|\bthat\s+|,\s+(?:and|while|but|as)\s+|\bwhile\s+)\s*"


_WHO = re.compile(r",\s+who\s*$")
_SANG = re.compile(r"\s*(?:sang|sings|has\s+sung|performed|recorded)\b", re.I)


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
                "artists.lineup_marks",
                "songs.track_note", "songs.part_quoted", "songs.participle",
                "songs.and_her_single", "songs.sang_title",
                "songs.title_by", "songs.title_de", "songs.theme_line", "songs.possessive",
                "songs.possessive_run", "songs.all_tracks_by", "songs.japanese_theme",
                "songs.single_titled",
                "songs.tracklist_credit",
                "artists.tracklist_credit", "songs.quoted_credit_run", "songs.credit_before_quote",
                "songs.credit_after_quote", "songs.singer_is_after_quote", "songs.subject_with_quote")
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
            if not re.search(r"[^\W\d_]", name) or (title and name == title) or \
                    name.lower() in collective or name in awards:
                return  # the whole cast (a collective credit) sings it but is not a named performer
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
                if hit.needs_artist and hit.singers[0].name not in artists and \
                        abbreviated(hit.singers[0].name, artists) is None:
                    continue
                t, extra = _without_feat(hit.title)
                if not t or not hit.singers or (title and t == title and not hit.music):
                    continue
                performers = list(dict.fromkeys([x.name for x in hit.singers] + extra))
                if not _credited(songs, t, performers):
                    songs[_song_key(t, performers)] = Song(
                        title=t, performers=performers,
                        evidence=ctx.evidence(hit.start, hit.start + len(t)), rule=hit.rule)
                if hit.music:
                    for x in hit.singers:
                        add_artist(x, hit.rule)
            else:
                names = list(dict.fromkeys([c.name for c in hit.credited] or hit.track.performers))
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
        for song in songs.values():  # 'Blue' is 'PLACE Blue': credits that now coincide merge
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
    """'"TITLE" (translated as "ENGLISH TITLE")': the translation names the same song, so
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
        extra = [_ALIAS.sub("", x.strip()) for x in re.split(r"\s*(?:,|&|\band\b)\s*",
                                                              feat.group("who")) if x.strip()]
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
    title_de = rules.cue_regex("songs.title_de")
    voice_of = rules.cue_regex("songs.voice_of")
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

    prev_music, prev_end = False, -1
    for sent in ctx.sentences:
        music = bool(music_re.search(sent.text)) or bool(title and title in sent.text)
        # 'The soundtrack is out. Its collaborators include A': the pronoun carries the record
        carried = prev_music and _ITS.match(sent.text) is not None and not ctx.text[
            prev_end : sent.start].count("\n")
        prev_music, prev_end = music, sent.end
        music = music or carried
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
        # a closing quote may stand after the sentence's full stop: '... single "TITLE."'
        for s, e, q in ctx.quoted(sent.start, min(len(ctx.text), sent.end + 2)):
            after = ctx.text[e : min(para_end, e + 60)]
            by = title_by.match(after)
            if by:
                singers = _quoted_performer(ctx, e + by.end()) or _performers(
                    ctx, e + by.end(), clause_end(ctx, e + by.end()))
                song(q, s, e, singers, "songs.title_by", music or bool(singers))
                continue
            by = title_de.match(after) if music else None
            if by:  # '"TITLE", de A; "TITLE", de B': the act, or the voice named after it
                at = e + by.end()
                duo = _DUO.match(ctx.text, at)  # 'de Tiago e Davi': one act of two given names
                singers = [NameItem(duo.group(1), *duo.span(1))] if duo else _performers(
                    ctx, at, clause_end(ctx, at))
                voice = voice_of.match(ctx.text, item_end(singers[-1])) if singers else None
                if voice:
                    singers = _performers(ctx, voice.end(), clause_end(ctx, voice.end()))
                if singers:
                    song(q, s, e, singers, "songs.title_de", True)
                continue
            clause = _clause_singers(ctx, sent.start, s) if music else None
            if clause is not None:  # 'NAME repping PLACE on their song "TITLE"'
                song(q, s, e, clause[0], clause[1], True)
                continue
            owners = _possessive_owners(ctx, sent.start, s)
            if owners is not None:
                cover = _COVER_OF.search(ctx.text, max(sent.start, owners[0][0].start - 60),
                                         owners[0][0].start)
                if cover:  # "NAME' cover of NAME's 'SONG'": the cover is the first NAME's
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
                continue  # "'SHOW's "TITLE"": the owner is a work, not a singer
            # the given name of an artist already credited ("Ana's 'TITLE'") is that
            # artist, whatever place the model takes it for
            labelled = all(ctx.ents_in(i.start, i.end, ("PERSON", "ORG")) or (
                music and abbreviated(i.name, known_artists) is not None) or (
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
                covered = _COVERS_OF.search(ctx.text, max(sent.start, items[0].start - 200),
                                            items[0].start)
                # 'covers of hits, NAME's "TITLE"': the song, by an act not on the record
                song(q, s, e, singers, "songs.possessive", music and not covered,
                     needs_artist=not labelled)
    out += listed_songs_by(ctx, title_by)
    out += _track_notes(ctx)
    out += theme_lines(ctx)
    out += possessive_runs(ctx, music_re)
    out += singles_titled(ctx, music_re)
    out += all_tracks_by(ctx)
    out += japanese_themes(ctx)
    out += _part_credits(ctx)
    out += quoted_credit_runs(ctx)
    out += credits_before_quotes(ctx)
    out += lineup_marks(ctx)
    album = ctx.facts.get(AlbumArtistExtractor)
    owner = album.owner.item if album.owner else None
    if album.owner is not None:
        out.insert(0, ArtistHit(album.owner.item, album.owner.rule))
        out += [SongHit(t.title, t.start, t.end, (album.owner.item,), t.rule, True)
                for t in album.title_tracks]
    lists = ctx.facts.get(TracklistsExtractor)
    for tl in [*lists.tracklists, *lists.ranked]:
        for t in tl.tracks:
            if t.performers:
                main, featured = _credit_items(ctx, t.evidence.end, t.evidence.start,
                                               t.position)
                main = one_act(ctx, main)  # 'Band & Band - TITLE': one act
                if featured and not main and owner is not None:
                    main = [owner]  # 'TITLE (feat. Y)' on an artist's own album: theirs, with Y
                if not main and not featured:  # a credit no dash or 'by' introduces
                    main = located_performers(ctx, t) or keyed_performers(ctx, t) or \
                        wrapped_credit(ctx, t)
                if tl in lists.ranked:  # a listicle's entry: the song, no artist of an album
                    out.append(SongHit(t.title, t.evidence.start, t.evidence.end,
                                       (*main, *featured), "songs.tracklist_credit", False))
                    continue
                out.append(TrackCreditHit(t, (*main, *featured),
                                          featured_only=bool(featured) and not main))
    return out
