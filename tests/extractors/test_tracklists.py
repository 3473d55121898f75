"""Tracklists: header blocks, numbered lines, credits, prose enumerations, counts."""

from __future__ import annotations

from typing import Any

import pytest

from article_extract.contract import run_all
from article_extract.extractors.soundtrack import SoundtrackExtractor
from article_extract.extractors.tracklists import TracklistsExtractor
from article_extract.extractors.tracklists_keyed import keyed_entries
from article_extract.testing import make_ctx
from tests.conftest import Run


def _lists(run: Run, text: str) -> list[dict[str, Any]]:
    return [{"disc": t["disc"], "label": t["label"], "declared": t["declared_count"],
             "complete": t["complete"], "tracks": [(x["title"], x["performers"]) for x in
                                                   t["tracks"]]}
            for t in run(text)["soundtrack"]["tracklists"]]


def test_numbered_lines_with_dash_credits_and_feat(run: Run) -> None:
    text = ("The OST album consists of 4 tracks:\n\n1. Neon Rain - Kim Se-ra\n"
            "2. Catch Me If You Can (feat. Jinwoo) - BLACKPEARL\n3. Midnight, Again - Ocean\n"
            "4. Night Market (Inst.)\n")
    assert _lists(run, text) == [{
        "disc": 1, "label": None, "declared": 4, "complete": True,
        "tracks": [("Neon Rain", ["Kim Se-ra"]), ("Catch Me If You Can", ["BLACKPEARL", "Jinwoo"]),
                   ("Midnight, Again", ["Ocean"]), ("Night Market (Inst.)", [])]}]


def test_disc_headers_counts_and_trailing_more(run: Run) -> None:
    text = ("Disc 1 holds three tracks, and Disc 2 contains 24 score pieces.\n\nDisc 1\n"
            "1. Snow, Again\n2. Don't Let Go\n3. Until Spring\n\nDisc 2\n1. First Snow\n"
            "2. Ha-eun's Theme\n...and more.\n")
    got = _lists(run, text)
    assert [(x["disc"], x["label"], x["declared"], x["complete"], len(x["tracks"])) for x in got] \
        == [(1, "Disc 1", 3, True, 3), (2, "Disc 2", 24, False, 2)]
    assert got[1]["tracks"][1] == ("Ha-eun's Theme", [])


def test_prose_enumeration_of_quoted_titles(run: Run) -> None:
    text = ('The soundtrack album features "Salt on the Window," "Lantern Song," "Whisky and '
            'Rain" and "Don\'t Let the Light Go Out."')
    assert _lists(run, text)[0]["tracks"] == [
        ("Salt on the Window", []), ("Lantern Song", []), ("Whisky and Rain", []),
        ("Don't Let the Light Go Out", [])]


def test_colon_comma_list(run: Run) -> None:
    text = ("The five-track EP is out now. The tracklist: Velvet Hour, Runaway (feat. Jay Rho), "
            "Blue Cherry and Goodnight Seoul (English Ver.).")
    (tl,) = _lists(run, text)
    assert [t for t, _ in tl["tracks"]] == ["Velvet Hour", "Runaway", "Blue Cherry",
                                           "Goodnight Seoul (English Ver.)"]


def test_a_contact_block_is_not_a_tracklist(run: Run) -> None:
    text = ("The group released two albums.\n\nMedia contact:\nJenny Cho, Nova Wave\n"
            "press@novawave.example\n+82-2-555-0142\n")
    assert _lists(run, text) == []


def test_count_conflict_and_duplicate_warnings(run: Run) -> None:
    text = ("The album consists of 3 original soundtracks. However, the original album only "
            "contains 2 soundtracks.\n\nCD1:\n\nOne Song\n\nTwo Song\n\nOne Song\n")
    doc = run(text)
    assert [w["code"] for w in doc["warnings"]] == ["count_conflict", "duplicate_track"]
    assert doc["soundtrack"]["tracklists"][0]["declared_count"] == 3


def test_bracketed_disc_headers_label_the_discs(run: Run) -> None:
    text = ("The OST album has two discs. Disc 2 features 5 instrumental tracks, including:\n\n"
            "[Disc 1]\n01. Night Shift – Ha Yeon-su (VIVID MAY)\n"
            "02. Blue Hour (Feat. Bang Yul) – Seo Jiwoo\n\n"
            "[Disc 2]\n01. Night Shift (Inst.)\n02. Dawn Delivery\n")
    got = _lists(run, text)
    assert [(t["disc"], t["label"], t["declared"], t["complete"]) for t in got] == [
        (1, "Disc 1", None, True), (2, "Disc 2", 5, False)]
    assert got[0]["tracks"] == [("Night Shift", ["Ha Yeon-su"]),
                                ("Blue Hour", ["Seo Jiwoo", "Bang Yul"])]
    assert [a["name"] for a in run(text)["soundtrack"]["artists"]] == ["Ha Yeon-su", "Seo Jiwoo",
                                                                      "Bang Yul"]


def test_counted_enumeration_without_quotes(run: Run) -> None:
    text = ("The album's six tracks are Udd Ja Patang, Dhoop Ki Chitthi, Saawan Re Saawan, Rooh Se, "
            "Gali Number 9 and Patang (Reprise). Here's why.")
    assert _lists(run, text) == [{
        "disc": 1, "label": None, "declared": 6, "complete": True,
        "tracks": [("Udd Ja Patang", []), ("Dhoop Ki Chitthi", []), ("Saawan Re Saawan", []),
                   ("Rooh Se", []), ("Gali Number 9", []), ("Patang (Reprise)", [])]}]


def test_uncounted_are_is_not_an_enumeration(run: Run) -> None:
    text = "The album's best songs are Rooh Se and Gali Number 9, says the critic."
    assert _lists(run, text) == []


def test_act_headers_split_a_cast_album(run: Run) -> None:
    text = ("Here is the running order:\n\nAct I\n1. Overture\n2. Low Water — Full Company\n"
            "3. Lantern Song — Aoife Brennan & Declan Murphy\n…and more\n\nAct II\n"
            "1. Entr'acte\n2. Fog on the Liffey — Full Company\n")
    got = _lists(run, text)
    assert [(t["disc"], t["label"], t["complete"], [x for x, _ in t["tracks"]]) for t in got] == [
        (1, "Act I", False, ["Overture", "Low Water", "Lantern Song"]),
        (2, "Act II", True, ["Entr'acte", "Fog on the Liffey"])]
    artists = [a["name"] for a in run(text)["soundtrack"]["artists"]]
    assert artists == ["Aoife Brennan", "Declan Murphy"]  # 'Full Company' is not a named act


def test_quoted_titles_with_the_credit_on_either_side_and_a_footnote_legend(run: Run) -> None:
    text = ("The soundtrack to the drama Night Harbor is out now.\n\nNight Harbor: Original "
            "Soundtrack:\n01 Lee Jun: “Salt Road” (Harbor remix)\n"
            "02 “Blue Lantern” [ft. Park Ha and Choi Woo of Paper Kites] *\n"
            "03 “Low Tide” *\n04 Kim Min-ji: “Night Ferry”\n"
            "* collaboration with Han So-ra\n")
    assert _lists(run, text)[0]["tracks"] == [
        ("Salt Road", ["Lee Jun"]), ("Blue Lantern", ["Han So-ra", "Park Ha", "Choi Woo"]),
        ("Low Tide", ["Han So-ra"]), ("Night Ferry", ["Kim Min-ji"])]
    artists = [(a["name"], a["group"]) for a in run(text)["soundtrack"]["artists"]]
    assert artists == [("Lee Jun", None), ("Han So-ra", None), ("Park Ha", "Paper Kites"),
                       ("Choi Woo", "Paper Kites"), ("Kim Min-ji", None)]


def test_quoted_titles_with_the_comma_inside_the_quote_and_a_cut_off_stub(run: Run) -> None:
    text = ("Night Harbor gets its soundtrack album.\n\nThe tracklist:\n\n"
            "1. “Salt Road,” Lee Jun\n2. “Blue Lantern,” Park Ha, Choi Woo\n"
            "3. “Low Tide,” Kim Min-ji\n4. “Night Fer")
    assert _lists(run, text)[0]["tracks"] == [
        ("Salt Road", ["Lee Jun"]), ("Blue Lantern", ["Park Ha", "Choi Woo"]),
        ("Low Tide", ["Kim Min-ji"])]


def test_a_dash_touching_the_closing_quote_still_separates_the_credit(run: Run) -> None:
    text = ("The album Night Harbor has this tracklist:\n\n“Salt Road” – Lee Jun\n\n"
            "“Blue Lantern”– Park Ha, Choi Woo\n\n“Low Tide “– Kim Min-ji\n\n“Night Ferry” – Lee Jun\n")
    assert _lists(run, text)[0]["tracks"] == [
        ("Salt Road", ["Lee Jun"]), ("Blue Lantern", ["Park Ha", "Choi Woo"]),
        ("Low Tide", ["Kim Min-ji"]), ("Night Ferry", ["Lee Jun"])]


KOREAN_OST = ("MBC 드라마 ‘밤바다’ OST 앨범 발매!! 총 5트랙 수록\n"
              "이번 앨범에는 ‘김하늘(별빛)-푸른 밤’, ‘이준(NOVA)-Blue Night’, ‘박하-하얀 길’ 등이 담겼다.\n"
              "드라마의 여운을 담은 이번 앨범은 시청자들에게 선물이 될 전망이다.\n"
              "01.푸른 밤\n02.Blue Night\n03.하얀 길\n04.푸른 밤 (Inst.)\n05.하얀 길 (Piano")


def test_a_numbered_run_under_an_album_intro_in_another_language(run: Run) -> None:
    (tl,) = _lists(run, KOREAN_OST)
    assert (tl["declared"], tl["complete"], [t for t, _ in tl["tracks"]]) == (
        5, False, ["푸른 밤", "Blue Night", "하얀 길", "푸른 밤 (Inst.)"])


def test_a_sentence_quoting_singer_title_pairs_credits_them_by_the_tracklist(run: Run) -> None:
    doc = run(KOREAN_OST)["soundtrack"]
    assert [(s["title"], s["performers"]) for s in doc["songs"]] == [
        ("푸른 밤", ["김하늘"]), ("Blue Night", ["이준"]), ("하얀 길", ["박하"])]
    # a bracket in the name's own script is its group; Latin after Hangul is a romanization
    assert [(a["name"], a["group"]) for a in doc["artists"]] == [
        ("김하늘", "별빛"), ("이준", None), ("박하", None)]


def test_a_last_credit_cut_inside_a_name_the_text_gives_above_is_a_stub(run: Run) -> None:
    text = ("The soundtrack album Night Harbor features Halsey and Lee Jun.\n\nTracklist:\n"
            "1. Salt Road – Lee Jun\n2. Blue Lantern – Park Ha\n3. Low Tide – Choi Woo\n"
            "4. Night Ferry – Halse")
    (tl,) = _lists(run, text)
    assert (tl["complete"], [t for t, _ in tl["tracks"]]) == (
        False, ["Salt Road", "Blue Lantern", "Low Tide"])


def test_a_title_line_credited_by_the_singer_line_under_it() -> None:
    text = ("The songs in the album are\nBlue Moon\nSINGERS : Kim Min-ji, Lee Jun\n"
            "Malayalam Lyrics : Park Ha\nRed Sun\nSINGERS : Lee Jun\nAdditional vox : Choi Woo\n"
            "Gold Gate\nSINGERS : Kim Min-ji\nFollow us on Google News\n")
    f = run_all(make_ctx(text, ents=[]))
    lists = f.get(TracklistsExtractor).tracklists
    assert [(t.title, t.performers) for t in lists[0].tracks] == [
        ("Blue Moon", ["Kim Min-ji", "Lee Jun"]), ("Red Sun", ["Lee Jun"]),
        ("Gold Gate", ["Kim Min-ji"])]
    assert [a.name for a in f.get(SoundtrackExtractor).artists] == ["Kim Min-ji", "Lee Jun"]


def test_key_lines_without_titles_are_no_list_and_read_in_linear_time() -> None:
    text = "SINGERS : Kim Min-ji\n" * 20000  # each line read once (was: from every line on)
    assert keyed_entries(make_ctx(text, ents=[])) == []


def test_a_credit_repeated_before_the_next_quoted_title_is_dropped_and_highlights_are_partial(
        ) -> None:
    text = ('The novela Night Harbor has a rich soundtrack.\n\nVeja abaixo alguns dos destaques:\n\n'
            'Canções:\n\n"Blue Lamp" – Roh Min\n\n– Roh Min "Red Door" – Lee Jun\n\n'
            '– Lee Jun "Gold Gate" – Park Ha\n')
    lists = run_all(make_ctx(text)).get(TracklistsExtractor).tracklists
    assert [(lst.complete, [(t.title, t.performers) for t in lst.tracks]) for lst in lists] == [
        (False, [("Blue Lamp", ["Roh Min"]), ("Red Door", ["Lee Jun"]), ("Gold Gate", ["Park Ha"])])]


def test_numbered_song_lines_with_their_singer_keys_are_a_list_of_the_declared_size() -> None:
    text = ("Night Harbor Audio Review\n\nThere are 5 tracks on the album, sung by many voices.\n\n"
            "Song 1: Blue Lamp; Singer: Roh Min; Lyrics: Park Ha\n\nA strong opener.\n\n"
            "Song 2: Red Door; Singer: Lee Jun & Choi Woo; Lyrics: Park Ha\n\nA duet.\n\n"
            "Song 3: Gold Gate; Singer: Roh Min\n\nThe best of the three.\n")
    facts = run_all(make_ctx(text))
    lists = facts.get(TracklistsExtractor).tracklists
    assert [(lst.declared_count, lst.complete, [(t.title, t.performers) for t in lst.tracks])
            for lst in lists] == [
        (5, False, [("Blue Lamp", ["Roh Min"]), ("Red Door", ["Lee Jun", "Choi Woo"]),
                    ("Gold Gate", ["Roh Min"])])]
    assert [(s.title, s.performers) for s in facts.get(SoundtrackExtractor).songs] == [
        ("Blue Lamp", ["Roh Min"]), ("Red Door", ["Lee Jun", "Choi Woo"]),
        ("Gold Gate", ["Roh Min"])]


def test_a_song_line_run_needs_its_numbers_in_order() -> None:
    text = "Song 2: Red Door; Singer: Lee Jun\n\nSong 5: Gold Gate; Singer: Roh Min\n"
    assert run_all(make_ctx(text)).get(TracklistsExtractor).tracklists == []


def test_names_again_in_another_script_and_bonus_tracks_that_go_on_numbering() -> None:
    text = ("フォーマット:CD\n収録曲:\n"
            "01. Blue Lamp - ロー・ミン (Roh Min) (theme from Night Harbor)\n"
            "02. Red Door - リー・ジュン & パク・ハ (Lee Jun & Park Ha) (theme from Gold Gate)\n"
            "03. 'Wag Ka Nang Umalis - チェ・ウ (Choi Woo)\n"
            "bonus tracks:\n"
            "04. Blue Lamp - キム・ミンジ&リー・ジュン (Kim Min-ji & Lee Jun)\n"
            "05. Red Door - パク・ハ (Park Ha)\n\n"
            "6曲(5トラック)を収録したコンピレーション盤です。\n")
    lists = run_all(make_ctx(text)).get(TracklistsExtractor).tracklists
    assert [(lst.disc, lst.declared_count, [(t.position, t.title, t.performers)
                                            for t in lst.tracks]) for lst in lists] == [
        (1, 5, [(1, "Blue Lamp", ["ロー・ミン"]), (2, "Red Door", ["リー・ジュン", "パク・ハ"]),
                (3, "'Wag Ka Nang Umalis", ["チェ・ウ"]),
                (4, "Blue Lamp", ["キム・ミンジ", "リー・ジュン"]), (5, "Red Door", ["パク・ハ"])])]


def test_a_japanese_lists_slash_names_the_artist_and_a_latin_slash_stays_in_the_title() -> None:
    text = ("収録曲\n1. モノローグ/森川花子(晴生)\n2. Either/Or\n3. 秋の歌\n"
            "4. 夜の港 夜の空/ナイト・ハーバーズ\n")
    (lst,) = run_all(make_ctx(text)).get(TracklistsExtractor).tracklists
    assert [(t.title, t.performers) for t in lst.tracks] == [
        ("モノローグ", ["森川花子"]), ("Either/Or", []), ("秋の歌", []),
        ("夜の港 夜の空", ["ナイト・ハーバーズ"])]


def test_a_line_of_titles_each_closed_by_its_running_time() -> None:
    text = ("Ecco l'elenco dei dischi della colonna sonora di Night Harbor.\n\nDISC ONE – Side One\n\n"
            "Blue Lamp (2:41) Red Door (4:05) Gold Gate (1:12) Silver Key (3:30)* Green Hill (2:02)\n")
    lists = run_all(make_ctx(text)).get(TracklistsExtractor).tracklists
    assert [[t.title for t in tl.tracks] for tl in lists] == [
        ["Blue Lamp", "Red Door", "Gold Gate", "Silver Key", "Green Hill"]]


def test_section_ranges_inside_one_numbered_run() -> None:
    text = ("La BO du film Nuit est sortie.\nTracklist (de la BO en CD ou Digital)\n"
            "1-3 : Autres musiques\n1. Blue Lamp (From 'Night') 4:28\n"
            "2. Red Door (From 'Night') 3:07\n3. Gold Gate 3:39\n4-5 : Nuit\n4. Silver Key 0:49\n"
            "5. Green Hill 0:48\n")
    lists = run_all(make_ctx(text)).get(TracklistsExtractor).tracklists
    assert [(tl.disc, [t.title for t in tl.tracks]) for tl in lists] == [
        (1, ["Blue Lamp (From 'Night')", "Red Door (From 'Night')", "Gold Gate", "Silver Key",
             "Green Hill"])]


ARTIST_FIRST = ("Here is the full track list of the tribute album, 4 songs in all.\n"
                "- Roh Min – Night Harbor\n- Park Ha & Lee Jun – Harbor Days\n"
                "- Choi Woo – Trust Me\n- Han Eun – Slow Tide\n")


def _tracks(facts: Any) -> list[tuple[str, list[str]]]:
    return [(t.title, t.performers) for tl in facts.get(TracklistsExtractor).tracklists
            for t in tl.tracks]


def test_the_models_names_in_the_left_column_read_a_block_artist_first() -> None:
    """No mark says which column holds the names; the model tags the left cells as people."""
    cells = [("PERSON", "Roh Min"), ("PERSON", "Park Ha"), ("PERSON", "Lee Jun"),
             ("PERSON", "Choi Woo"), ("ORG", "Han Eun")]
    facts = run_all(make_ctx(ARTIST_FIRST, cell_ents=cells))
    assert _tracks(facts) == [("Night Harbor", ["Roh Min"]),
                              ("Harbor Days", ["Park Ha", "Lee Jun"]),
                              ("Trust Me", ["Choi Woo"]), ("Slow Tide", ["Han Eun"])]
    songs = facts.get(SoundtrackExtractor).songs
    assert [(s.title, s.performers) for s in songs][:2] == [
        ("Night Harbor", ["Roh Min"]), ("Harbor Days", ["Park Ha", "Lee Jun"])]


def test_names_tagged_in_both_columns_leave_the_block_title_first() -> None:
    cells = [("PERSON", "Roh Min"), ("PERSON", "Choi Woo"), ("PERSON", "Han Eun"),
             ("PERSON", "Night Harbor"), ("ORG", "Slow Tide")]
    facts = run_all(make_ctx(ARTIST_FIRST, cell_ents=cells))
    assert [t for t, _ in _tracks(facts)] == ["Roh Min", "Park Ha & Lee Jun", "Choi Woo",
                                              "Han Eun"]


def test_a_russian_count_of_compositions_is_the_lists_declared_size() -> None:
    text = ("В сборник войдут 3 композиций.\n- Roh Min – Night Harbor\n"
            "- Choi Woo – Trust Me\n- Han Eun – Slow Tide\n")
    lists = run_all(make_ctx(text)).get(TracklistsExtractor).tracklists
    assert [(tl.declared_count, tl.complete, len(tl.tracks)) for tl in lists] == [(3, True, 3)]


def _songs(facts: Any) -> list[tuple[str, list[str]]]:
    return [(s.title, s.performers) for s in facts.get(SoundtrackExtractor).songs]


def test_a_squashed_line_credits_each_entry_up_to_the_next_number() -> None:
    text = ("Album notes\n\nThe soundtrack's songs:\n1. Night Harbor – Roh Min 2. Slow Tide – Park Ha "
            "3. Blue Hour – Choi Woo 4. Trust Me – Han Eun\n")
    facts = run_all(make_ctx(text))
    assert _tracks(facts) == [("Night Harbor", ["Roh Min"]), ("Slow Tide", ["Park Ha"]),
                              ("Blue Hour", ["Choi Woo"]), ("Trust Me", ["Han Eun"])]
    assert _songs(facts) == _tracks(facts)


BRACKETED = ("Tracklist:\n- Night Harbor\n- Slow Tide (Live Version) (Roh Min)\n"
             "- Blue Hour (Park Ha feat. Lee Jun)\n- Trust Me (Give It Time) (Choi Woo)\n"
             "- Harbor Lights (Han Eun feat. Roh Min & Park Ha)\n- Morning (From \"Night Harbor\")\n")


def test_a_block_that_closes_its_entries_with_credit_brackets() -> None:
    """Guests named inside two closing brackets say the block credits there; version tags,
    a source and brackets that are part of a title stay in the title."""
    facts = run_all(make_ctx(BRACKETED))
    assert _tracks(facts) == [
        ("Night Harbor", []), ("Slow Tide (Live Version)", ["Roh Min"]),
        ("Blue Hour", ["Park Ha", "Lee Jun"]), ("Trust Me (Give It Time)", ["Choi Woo"]),
        ("Harbor Lights", ["Han Eun", "Roh Min", "Park Ha"]),
        ('Morning (From "Night Harbor")', [])]


def test_closing_brackets_without_a_guest_stay_part_of_the_titles() -> None:
    text = ("Tracklist:\n- Night Harbor (Roh Min)\n- Slow Tide (Park Ha)\n- Blue Hour (Reprise)\n"
            "- Trust Me (Choi Woo)\n")
    assert [t for t, _ in _tracks(run_all(make_ctx(text)))] == [
        "Night Harbor (Roh Min)", "Slow Tide (Park Ha)", "Blue Hour (Reprise)",
        "Trust Me (Choi Woo)"]


def test_a_polish_tracklist_header_and_count() -> None:
    text = ("Na płycie znalazło się 3 piosenek.\nTracklista albumu:\n- Night Harbor – Roh Min\n"
            "- Slow Tide – Park Ha\n- Blue Hour – Choi Woo\n")
    lists = run_all(make_ctx(text)).get(TracklistsExtractor).tracklists
    assert [(tl.declared_count, [t.title for t in tl.tracks]) for tl in lists] == [
        (3, ["Night Harbor", "Slow Tide", "Blue Hour"])]


def test_quoted_titles_outvote_one_bracketed_guest_on_the_left() -> None:
    """'ACT (featuring GUEST) - "TITLE"' once among many 'ACT - "TITLE"' lines: the quotes
    say the right column holds the titles."""
    text = ('Here is the tracklist:\nRoh Min - "Night Harbor"\nPark Ha - "Slow Tide"\n'
            'Choi Woo (featuring Lee Jun) - "Blue Hour"\nHan Eun and the Tides - "Trust Me"\n'
            'Lee Jun and Park Ha - "Harbor Lights"\nBand of Harbors - "Low Tide"\n')
    facts = run_all(make_ctx(text))
    assert [t for t, _ in _tracks(facts)] == ["Night Harbor", "Slow Tide", "Blue Hour",
                                              "Trust Me", "Harbor Lights", "Low Tide"]
    assert dict(_songs(facts))["Trust Me"] == ["Han Eun and the Tides"]
    assert dict(_songs(facts))["Harbor Lights"] == ["Lee Jun", "Park Ha"]
    # a group noun before 'of' is the act's own name, not a member of a group
    assert dict(_songs(facts))["Low Tide"] == ["Band of Harbors"]
    assert [(a.name, a.group) for a in facts.get(SoundtrackExtractor).artists
            if "Harbors" in a.name] == [("Band of Harbors", None)]


@pytest.mark.parametrize(("intro", "declared"), [
    ("The album holds 12 score cues and the theme song, a total of 13 tracks.", 13),
    ("サウンドトラックには12曲の劇伴と主題歌が入り、合計13曲となる。", 13),
])
def test_a_total_after_its_parts_is_the_lists_size(intro: str, declared: int) -> None:
    text = intro + "\n\n" + "".join(f"{k}. Cue {k}\n" for k in range(1, 6))
    lists = run_all(make_ctx(text)).get(TracklistsExtractor).tracklists
    assert [(tl.declared_count, len(tl.tracks)) for tl in lists] == [(declared, 5)]


def test_a_quoted_film_in_a_from_bracket_is_the_source_not_the_title() -> None:
    text = ("The Night Harbor score album has its track list out.\n"
            "1. Salt Road (From “Night Harbor”/Score)\n2. Blue Lantern (From “Night Harbor”/Score)\n"
            "3. Low Tide (From “Night Harbor”/Score)\n4. Night Ferry (From “Night")
    f = run_all(make_ctx(text, ents=[]))
    (tl,) = f.get(TracklistsExtractor).tracklists
    assert [(t.title, t.performers) for t in tl.tracks] == [
        ("Salt Road (From “Night Harbor”/Score)", []), ("Blue Lantern (From “Night Harbor”/Score)", []),
        ("Low Tide (From “Night Harbor”/Score)", [])]
    assert tl.complete is False  # the page stops inside track 4: the list is not all there
    assert f.get(SoundtrackExtractor).artists == []


QUOTED_BY_LISTICLE = (
    "Here are the best OSTs of the year.\n"
    "Night Harbor (2020): Original Soundtrack\n"
    "The drama led the ratings for weeks, and its soundtrack album features five songs (the "
    "tracklist below), sung by singers from the indie scene and the charts alike.\n"
    '"Salt Road" by Lee Jun\n"Blue Lantern" by Park Ha\n"Low Tide" by Choi Woo\n'
    '"Night Ferry" by Han Eun\n"Slow Tide" by Roh Min\n'
    "Chart Toppers\n"
    '"Blue Hour" by Kim Min-ji\n"Harbor Days" by Ana Ruiz\n"Trust Me" by Lee Jun\n'
    '"Sea Glass" by Park Ha\n"Red Sun" by Choi Woo\n'
    "Slow Tide (2021): Original Soundtrack\nThe second drama on the list.")


def test_quoted_titles_by_their_singers_are_a_list_and_a_heading_ends_it() -> None:
    f = run_all(make_ctx(QUOTED_BY_LISTICLE, ents=[]))
    (tl,) = f.get(TracklistsExtractor).tracklists  # the chart under its heading is no tracklist
    assert (tl.declared_count, tl.complete, [(t.title, t.performers) for t in tl.tracks]) == (
        5, True, [("Salt Road", ["Lee Jun"]), ("Blue Lantern", ["Park Ha"]),
                  ("Low Tide", ["Choi Woo"]), ("Night Ferry", ["Han Eun"]),
                  ("Slow Tide", ["Roh Min"])])
    songs = f.get(SoundtrackExtractor).songs
    assert [(s.title, s.performers) for s in songs if s.title in ("Blue Hour", "Harbor Days")] == [
        ("Blue Hour", ["Kim Min-ji"]), ("Harbor Days", ["Ana Ruiz"])]


def test_clauses_after_a_colon_are_no_titles() -> None:
    text = ("The music of Night Harbor is collected in an album of four parts: CDs 1 and 2 hold "
            "the theme songs with their instrumental versions, and CDs 3 and 4 hold the score.")
    assert run_all(make_ctx(text, ents=[])).get(TracklistsExtractor).tracklists == []


def test_a_release_named_with_a_dash_and_a_list_cut_to_one_letter(run: Run) -> None:
    text = ("Score News: 'Night Harbor' Original Motion Picture Soundtrack Is Here\n\n"
            "On May 2 Norland Records put out Night Harbor—Westmoor Original Motion Picture "
            "Soundtrack, with a score by Lee Jun.\n\nTrack listing:\n\n1. Harbor Lights\n\n"
            "2. Salt Road\n\n3. Grey Tide\n\n4. The Long Night\n\n5. W\n")
    doc = run(text)
    assert (doc["work"]["title"], doc["work"]["kind"]) == (
        "Night Harbor—Westmoor Original Motion Picture Soundtrack", "album")
    lists = doc["soundtrack"]["tracklists"]
    assert [(t["complete"], [x["title"] for x in t["tracks"]]) for t in lists] == [
        (False, ["Harbor Lights", "Salt Road", "Grey Tide", "The Long Night"])]


def test_a_block_paired_at_colons_reads_title_then_performers(run: Run) -> None:
    text = ("The Night Harbor recording is out in May. The track listing is:\n\n"
            "1. Overture: Orchestra\n2. Salt Road:  Roh Min & Park Ha\n"
            "3. Blue Lamp (From “Red Door: A Tale”) : Lee Jun\n4. Gold Gate: Roh Min\n")
    assert _lists(run, text)[0]["tracks"] == [
        ("Overture", ["Orchestra"]), ("Salt Road", ["Roh Min", "Park Ha"]),
        ("Blue Lamp (From “Red Door: A Tale”)", ["Lee Jun"]), ("Gold Gate", ["Roh Min"])]


def test_a_block_paired_at_slashes_reads_performers_first_when_the_page_names_them(
        run: Run) -> None:
    text = ("映画「夜港」のサウンドトラックには、NIGHTJARの新曲とBLUE OWLの曲が入る。"
            "NIGHTJARは新曲を提供。\n\n収録曲\n01. NIGHTJAR / Salt Road\n02. BLUE OWL / Red Door\n"
            "03. NIGHTJAR /虹の港\n04. NIGHTJAR / Gold Gate\n")
    assert _lists(run, text)[0]["tracks"] == [
        ("Salt Road", ["NIGHTJAR"]), ("Red Door", ["BLUE OWL"]), ("虹の港", ["NIGHTJAR"]),
        ("Gold Gate", ["NIGHTJAR"])]


def test_colons_inside_brackets_or_in_few_lines_pair_no_columns() -> None:
    from article_extract.extractors.tracklists_columns import as_dashed

    bracketed = ["Salt Road (From “Red Door: A Tale”/Score)", "Blue Lamp (From “Red Door: A Tale”)"]
    few = ["Salt Road: Reprise", "Blue Lamp", "Gold Gate", "Red Door"]
    times = ["Salt Road 3:45", "Blue Lamp 4:02"]
    assert as_dashed(bracketed) == bracketed
    assert as_dashed(few) == few
    assert as_dashed(times) == times
    assert as_dashed(["Salt Road: Roh Min", "Blue Lamp : Park Ha", "Gold Gate"]) == [
        "Salt Road – Roh Min", "Blue Lamp – Park Ha", "Gold Gate"]


def test_shouted_names_first_and_numbering_that_restarts_after_a_blank_line(run: Run) -> None:
    text = ("The soundtrack of Night Harbor is out on vinyl. It has Blue Owls and Salt Road Band, "
            "and Gold Gate too.\n\n01. BLUE OWLS - Red Door\n02. SALT ROAD BAND - Port Light\n\n"
            "01. GOLD GATE - Westmoor\n02. BLUE OWLS - Norland\n")
    assert [(t["disc"], t["tracks"]) for t in _lists(run, text)] == [
        (1, [("Red Door", ["BLUE OWLS"]), ("Port Light", ["SALT ROAD BAND"])]),
        (2, [("Westmoor", ["GOLD GATE"]), ("Norland", ["BLUE OWLS"])])]


def test_a_wiki_table_with_its_edit_link_glued_before_the_header() -> None:
    text = ("Track listing\n[edit | edit source]| No. | Title | Composer | Time |\n"
            "|---|---|---|---|\n| 1. | \"Blue Lamp\" |\n|\n| 3:29 |\n| 2. | \"Salt Road\" | Lee |\n"
            "| 2:41 |\n| 3. | \"Red Door\" |\n|\n| 4:05 |\n| Total length: | 10:15 | |||\n"
            "References\n")
    assert _tracks(run_all(make_ctx(text, ents=[]))) == [
        ("Blue Lamp", []), ("Salt Road", []), ("Red Door", [])]


def test_releases_told_with_their_years_are_no_tracklist() -> None:
    text = ("The band put out two EPs ahead of the album: Night Harbor: Side A in 2018 and "
            "Night Harbor: Side B in 2019.")
    assert _tracks(run_all(make_ctx(text, ents=[]))) == []


def test_a_list_the_page_ends_on_an_empty_next_number_is_not_complete() -> None:
    """'… 3. GOLD GATE' then '4. ' and nothing more: the scrape cut the list, so it is not all
    there, though the empty line is no track."""
    text = ("Night Harbor's score album is out.\n\nSOUNDTRACK LIST:\n\n1. BLUE LAMP\n\n"
            "2. SALT ROAD\n\n3. GOLD GATE\n\n4. ")
    lists = run_all(make_ctx(text, ents=[])).get(TracklistsExtractor).tracklists
    assert [(len(t.tracks), t.complete) for t in lists] == [(3, False)]
