"""Every rule list can be extended through an overlay (`RuleSet({...})`), and the extension
changes what the rules find, on that RuleSet only. One case per list: the same text read with
the shipped rules and with the overlay, and the fact that differs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from article_extract.contract import Facts, run_all
from article_extract.extractors.cast import CastExtractor
from article_extract.extractors.directors import DirectorsExtractor
from article_extract.extractors.episodes import EpisodesExtractor
from article_extract.extractors.filming import FilmingExtractor
from article_extract.extractors.kind import KindExtractor
from article_extract.extractors.platforms import PlatformsExtractor
from article_extract.extractors.soundtrack import SoundtrackExtractor
from article_extract.extractors.topics import TopicsExtractor
from article_extract.extractors.tracklists import TracklistsExtractor
from article_extract.rules import RuleSet, shipped
from article_extract.testing import EntSpec, make_ctx

Probe = Callable[[Facts], Any]


def title(f: Facts) -> Any:
    return f.get(TopicsExtractor).title


def kind(f: Facts) -> Any:
    return f.get(KindExtractor)


def cast(f: Facts) -> Any:
    return [m.name for m in f.get(CastExtractor)]


def artists(f: Facts) -> Any:
    return [a.name for a in f.get(SoundtrackExtractor).artists]


def songs(f: Facts) -> Any:
    return [(s.title, s.performers) for s in f.get(SoundtrackExtractor).songs]


def platforms(f: Facts) -> Any:
    return [p.value for p in f.get(PlatformsExtractor)]


def filming(f: Facts) -> Any:
    return [p.value for p in f.get(FilmingExtractor)]


def episodes(f: Facts) -> Any:
    return f.get(EpisodesExtractor).value


def tracks(f: Facts) -> Any:
    return [(t.title, tl.declared_count) for tl in f.get(TracklistsExtractor).tracklists
            for t in tl.tracks]


def complete(f: Facts) -> Any:
    return [tl.complete for tl in f.get(TracklistsExtractor).tracklists]


# the index the first overlay record gets, after the shipped cast cues
N_CAST = len(shipped().data("cues/cast")["rules"])
KIM: list[EntSpec] = [("PERSON", "Kim Min-ji")]
CASES: dict[str, tuple[dict[str, Any], str, list[EntSpec], Probe, Any, Any]] = {
    # case: (overlay, text, entities, probe, with the shipped rules, with the overlay)
    "lexicon.kind_words": (
        {"lexicon": {"kind_words": {"series": ["serial"]}}},
        "The serial Night Harbor premiered on Friday.", [], title, None, "Night Harbor"),
    "lexicon.title_connectors": (
        {"lexicon": {"title_connectors": ["y"]}},
        "The drama Amor y Guerra premiered.", [], title, "Amor", "Amor y Guerra"),
    "lexicon.after_title_cues": (
        {"lexicon": {"after_title_cues": ["enthralls"]}},
        "Night Harbor enthralls viewers. Fans adore Night Harbor.", [], title, None,
        "Night Harbor"),
    "lexicon.role_words": (
        {"lexicon": {"role_words": ["troubadour"]}},
        "The OST song is performed by troubadour Kim Min-ji.", KIM, artists, [], ["Kim Min-ji"]),
    "lexicon.singer_keys": (
        {"lexicon": {"singer_keys": ["gesang"]}},
        "The songs in the album are\nBlue Moon\nGesang : Kim Min-ji\nRed Sun\nGesang : Lee Jun\n"
        "Gold Gate\nGesang : Park Ha\n", [], songs, [],
        [("Blue Moon", ["Kim Min-ji"]), ("Red Sun", ["Lee Jun"]), ("Gold Gate", ["Park Ha"])]),
    "lexicon.record_words_glued": (
        {"lexicon": {"record_words_glued": ["레코드"]}},
        "SBS 드라마 ‘밤바다’의 OST가 레코드로 나온다.", [], kind, "series", "album"),
    "lexicon.filming_cues": (
        {"lexicon": {"filming_cues": ["captured in"]}},
        "The drama Night Harbor was captured in Busan.", [("GPE", "Busan")], filming, [],
        ["Busan"]),
    "lexicon.filming_cues_other_languages": (
        {"lexicon": {"filming_cues_other_languages": ["kuvattiin"]}},
        "Sarja Night Harbor kuvattiin Turku.", [("GPE", "Turku")], filming, [], ["Turku"]),
    "lexicon.location_suffixes": (
        {"lexicon": {"location_suffixes": ["ISLAND"]}},
        "The drama Night Harbor was filmed in JEJU ISLAND.", [], filming, [], ["JEJU ISLAND"]),
    "lexicon.genre_words": (
        {"lexicon": {"genre_words": ["whodunit"]}},
        "The whodunit Night Harbor premiered on Friday.", [], title, None, "Night Harbor"),
    "lexicon.naming_words": (
        {"lexicon": {"naming_words": ["christened"]}},
        "Christened Night Harbor, the film follows a ferry pilot. Christened Night Harbor opens "
        "in May.", [], title, "Christened Night Harbor", "Night Harbor"),
    "lexicon.generic_title_words": (
        {"lexicon": {"generic_title_words": ["exclusive", "report"]}},
        'The drama "Exclusive Report" premiered.', [], title, "Exclusive Report", None),
    "lexicon.number_words": (
        {"lexicon": {"number_words": {"dozen": 12}}},
        "The drama Night Harbor has a dozen episodes.", [], episodes, None, 12),
    "lexicon.title_owner_cues": (
        {"lexicon": {"title_owner_cues": ["the stars of"]}},
        "We met the stars of Night Harbor today.", [], title, None, "Night Harbor"),
    "lexicon.song_cues": (
        {"lexicon": {"song_cues": ["serenade"]}},
        'Fans love the serenade "Blue Moon". "Blue Moon" is everywhere.', [], title, "Blue Moon",
        None),
    "lexicon.episode_words_other_languages": (
        {"lexicon": {"episode_words_other_languages": ["jaksoa"]}},
        "Sarja Night Harbor sisältää 12 jaksoa.", [], episodes, None, 12),
    "lexicon.character_nouns": (
        {"lexicon": {"character_nouns": ["hahmo"]}},
        "Night Harbor on sarja.\n\nCast:\nLee Jun - Ville hahmo\nPark Ha - Anna hahmo\n"
        "Choi Woo - Mikko hahmo\n", [], cast, [], ["Lee Jun", "Park Ha", "Choi Woo"]),
    "lexicon.fact_box_keys": (
        {"lexicon": {"fact_box_keys": {"any": ["spieldauer", "regie", "genre"]}}},
        "Night Harbor\n\nSpieldauer : 112 Minuten\nRegie : Lee Jun\nGenre : Drama\n", [], title,
        None, "Night Harbor"),
    "lexicon.track_cues_other_languages": (
        {"lexicon": {"track_cues_other_languages": ["spår"]}},
        "Skivan har dessa spår.\n\n01.Blå natt\n02.Röd himmel\n03.Vit sjö", [], tracks, [],
        [("Blå natt", None), ("Röd himmel", None), ("Vit sjö", None)]),
    "lexicon.track_count_units_other_languages": (
        {"lexicon": {"track_count_units_other_languages": ["spår"]}},
        "The album holds 3 spår.\n\nTracklist:\n01.Blue Night\n02.Red Sky\n03.White Lake", [],
        tracks, [("Blue Night", None), ("Red Sky", None), ("White Lake", None)],
        [("Blue Night", 3), ("Red Sky", 3), ("White Lake", 3)]),
    "lexicon.partial_list_words": (
        {"lexicon": {"partial_list_words": ["ett urval"]}},
        "Skivan är ute.\n\nTracklist, ett urval:\n01. Blue Night\n02. Red Sky\n03. White Lake",
        [], complete, [True], [False]),
    "lexicon.function_words": (
        {"lexicon": {"function_words": ["famed"]}},
        "The OST song is performed by famed singer Kim Min-ji.", KIM, artists, ["Kim Min-ji"],
        []),
    "lexicon.collective_performers": (
        {"lexicon": {"collective_performers": ["harbor choir"]}},
        'The OST opens with "Blue Moon" by Harbor Choir.', [], artists, ["Harbor Choir"], []),
    "lexicon.kinship_words": (
        {"lexicon": {"kinship_words": ["stepson"]}},
        "The film Night Harbor is shot in Port Ora. Roh Min and his stepson Lee Jun are in the "
        "film.", [("PERSON", "Roh Min"), ("PERSON", "Lee Jun")], cast, [], ["Roh Min", "Lee Jun"]),
    "lexicon.ensembles_named": (
        {"lexicon": {"ensembles_named": ["Band"]}},
        "The OST song is performed by Band Luna Azul.", [], artists, ["Luna Azul"],
        ["Band Luna Azul"]),
    "lexicon.band_name_connectors": (
        {"lexicon": {"band_name_connectors": ["zum"]}},
        "The OST song is performed by the duo Sun zum Moon.", [], artists, ["Sun"],
        ["Sun zum Moon"]),
    "lexicon.group_nouns": (
        {"lexicon": {"group_nouns": ["crooner"]}},
        "The OST song is performed by the crooner Sun at Moon.", [], artists, ["Sun"],
        ["Sun at Moon"]),
    "lexicon.cast_group_nouns": (
        {"lexicon": {"cast_group_nouns": ["posse"]}},
        "Kim Min-ji and Lee Jun round out the posse of the drama Night Harbor.",
        [*KIM, ("PERSON", "Lee Jun")], cast, [], ["Kim Min-ji", "Lee Jun"]),
    "lexicon.organization_words": (
        {"lexicon": {"organization_words": ["Collective"]}},
        "The drama Night Harbor stars Harbor Collective.", [], cast, ["Harbor Collective"], []),
    "lexicon.release_qualifiers": (
        {"lexicon": {"release_qualifiers": ["Netflix Series"]}},
        "Night Harbor: Original Netflix Series Soundtrack album out now\n\nThe drama Night "
        "Harbor ends. Night Harbor: Original Netflix Series Soundtrack is out.", [], title,
        "Night Harbor", "Night Harbor: Original Netflix Series Soundtrack"),
    "lexicon.release_formats": (
        {"lexicon": {"release_formats": ["MiniDisc"]}},
        "Night Harbor: Red MiniDisc\n\nThe drama “Night Harbor” is loved. Night Harbor: Red "
        "MiniDisc ships today.", [], kind, "series", "album"),
    "lexicon.name_particles": (
        {"lexicon": {"name_particles": ["zum"]}},
        "The drama Night Harbor stars Anna zum Berg and Lee Jun.",
        [("PERSON", "Anna"), ("PERSON", "Lee Jun")], cast, [], ["Anna zum Berg", "Lee Jun"]),
    "lexicon.film_signals": (
        {"lexicon": {"film_signals": ["matinee"]}},
        "Critics call Night Harbor a series. Others call it a film. The matinee sold out.", [],
        kind, None, "film"),
    "lexicon.work_part_nouns": (
        {"lexicon": {"work_part_nouns": ["mood board"]}},
        "Fans shared the Night Harbor mood board. Night Harbor is trending.", [], title, None,
        "Night Harbor"),
    "lexicon.award_names": (
        {"lexicon": {"award_names": ["Kim Min-ji"]}},
        "The OST song is performed by Kim Min-ji.", KIM, artists, ["Kim Min-ji"], []),
    "lexicon.filming_place_nouns": (
        {"lexicon": {"filming_place_nouns": ["paddies"]}},
        "The drama Night Harbor was filmed in the rice paddies of Busan.", [("GPE", "Busan")],
        filming, [], ["Busan"]),
    "platforms.video": (
        {"platforms": {"video": ["Harborflix"]}},
        "The drama Night Harbor streams on Harborflix.", [], platforms, [], ["Harborflix"]),
    "platforms.music": (
        {"platforms": {"music": ["Harbortunes"]}},
        "The album Night Harbor is out now on Harbortunes.", [], platforms, [], ["Harbortunes"]),
    "lexicon.broadcast_slot_words": (
        {"lexicon": {"broadcast_slot_words": ["심야극"]}},
        "MBC 심야극 '밤바다'의 OST가 나왔다. '별빛'을 박하가 불렀다. '별빛'은 인기다.", [], title,
        "별빛", "밤바다"),
    "lexicon.quoted_title_nouns": (
        {"lexicon": {"quoted_title_nouns": ["sèrie"]}},
        'La nova sèrie "Night Harbor" arriba avui.', [], kind, None, "series"),
    "lexicon.ranked_release_nouns": (
        {"lexicon": {"ranked_release_nouns": ["mixtape"]}},
        "Favourite drama mixtapes\n\nThe film Night Harbor stars Roh Min.", [], kind, "film",
        "album"),
    "platforms.stores": (
        {"platforms": {"stores": ["Harborshop"]}},
        "The album Night Harbor is out now on Harborshop.", [], platforms, [], ["Harborshop"]),
    "title_weights.min_score": (
        {"title_weights": {"min_score": 10}},
        "The drama Night Harbor premiered.", [], title, "Night Harbor", None),
    "cues/cast": (
        {"cues/cast": {"rules": [{
            "id": "cast.headed_by", "category": "cast", "direction": "forward", "flags": ["i"],
            "pattern": r"(?<![\w-])headed\s+by\s+", "examples": ["headed by "]}]}},
        "The drama Night Harbor, headed by Kim Min-ji, premiered.", KIM, cast, [],
        ["Kim Min-ji"]),
    "cues/directors": (
        {"cues/directors": {"rules": [{
            "id": "directors.shot_by", "category": "director", "flags": ["i"],
            "pattern": r"(?<![\w-])a\s+film\s+by\s+", "examples": ["a film by "]}]}},
        "Night Harbor, a film by Kim Min-ji, opens Friday.", KIM,
        lambda f: [d.name for d in f.get(DirectorsExtractor)], [], ["Kim Min-ji"]),
    "lexicon.not_director_qualifiers": (
        {"lexicon": {"not_director_qualifiers": ["dialogue"]}},
        "The drama Night Harbor hired dialogue director Kim Min-ji.", KIM,
        lambda f: [d.name for d in f.get(DirectorsExtractor)], ["Kim Min-ji"], []),
    "cues/known_for": (
        {"cues/known_for": {"rules": [{
            "id": "known_for.dazzled_in", "category": "known_for", "flags": ["i"],
            "pattern": r"(?:who\s+)?dazzled\s+in", "examples": ["who dazzled in"]}]}},
        "The drama Night Harbor stars Kim Min-ji (who dazzled in Goblin).", KIM,
        lambda f: [k for m in f.get(CastExtractor) for k in m.known_for], [], ["Goblin"]),
    "cues/platforms": (
        {"cues/platforms": {"rules": [{
            "id": "platforms.fact_line", "category": "platform_fact_line", "flags": ["i"],
            "pattern": r"^\s*(?:home\s+channel)\s*:\s*", "examples": ["Home channel: "]}]}},
        "Night Harbor is a drama.\nHome channel: tvN", [], platforms, [], ["tvN"]),
    "cues/filming": (
        {"cues/filming": {"rules": [{
            "id": "filming.verb", "category": "filming", "flags": ["i"],
            "pattern": r"photographed\s+in", "examples": ["photographed in"]}]}},
        "The drama Night Harbor was photographed in Busan.", [("GPE", "Busan")],
        filming, [], ["Busan"]),
    "cues/soundtrack": (
        {"cues/soundtrack": {"rules": [{
            "id": "songs.sang_title", "category": "sing_verb", "flags": ["i"],
            "pattern": r"\s+(?:belts\s+out|sang)\s+", "examples": [" belts out "]}]}},
        'Kim Min-ji belts out "Blue Moon" for the OST.', KIM, songs, [],
        [("Blue Moon", ["Kim Min-ji"])]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_overlay_extends_the_list(case: str) -> None:
    overlay, text, ents, probe, plain, extended = CASES[case]
    assert probe(run_all(make_ctx(text, ents=ents))) == plain
    rules = RuleSet(overlay)
    assert probe(run_all(make_ctx(text, ents=ents, rules=rules))) == extended
    assert probe(run_all(make_ctx(text, ents=ents))) == plain  # the shipped rules untouched
    assert RuleSet.from_dict(rules.to_dict()) == rules  # and the overlay round-trips


def test_every_list_has_a_case() -> None:
    """Each word list of lexicon.json and platforms.json, and each cue file, is covered."""
    lex = [k for k, v in shipped().data("lexicon").items() if isinstance(v, (list, dict))]
    lists = {f"lexicon.{k}" for k in lex} | {"platforms.video", "platforms.music"} | {
        n for n in ("cues/cast", "cues/directors", "cues/known_for", "cues/platforms",
                    "cues/filming", "cues/soundtrack")}
    covered = {c.split(".")[0] if c.startswith("cues/") else c for c in CASES}
    assert sorted(lists - covered) == []


@pytest.mark.parametrize(("overlay", "message"), [
    ({"cues/cast": {"rules": [{"id": "cast.x", "category": "cast"}]}},
     f"rule data cues/cast.json, record {N_CAST} (cast.x): record: Value error, give exactly one of "
     "'phrases' and 'pattern'"),
    ({"cues/cast": {"rules": [{"id": "cast.x", "category": "cast", "pattern": "(?P<a"}]}},
     "rule data cues/cast.json, record cast.x: pattern: missing >, unterminated name at "
     "position 4"),
    ({"cues/cast": {"rules": [{"id": "cast.x", "category": "cast", "pattern": "{NOPE}"}]}},
     "rule data cues/cast.json, record cast.x: pattern: unknown fragment {NOPE}"),
    ({"cues/cast": {"rules": [{"id": "Cast X", "category": "cast", "pattern": "x"}]}},
     f"rule data cues/cast.json, record {N_CAST} (Cast X): id: String should match pattern "
     "'^[a-z_]+\\.[a-z0-9_]+$'"),
    ({"cues/cast": {"rules": [{"id": "cast.x", "category": "cast", "pattern": "x",
                               "direction": "sideways"}]}},
     f"rule data cues/cast.json, record {N_CAST} (cast.x): direction: Input should be 'forward', "
     "'backward', 'both' or 'none'"),
    ({"lexicon": {"role_words": "singer"}}, "overlay: lexicon.role_words must be a list, not a str"),
    ({"platfroms": {}}, "overlay: unknown data file(s) platfroms"),
])
def test_a_bad_overlay_names_the_file_and_record(overlay: dict[str, Any], message: str) -> None:
    from article_extract.rules import RuleError

    with pytest.raises(RuleError) as info:
        RuleSet(overlay)
    assert str(info.value).startswith(message)
