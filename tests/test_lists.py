"""List induction (lists.py): lists no header announced, found from the shape of their lines,
with the damage scraping does mended."""

from __future__ import annotations

from article_extract.extractors.names import parse_name_list
from article_extract.rules import shipped
from article_extract.segment import segment

WRAPPED = """Drama OST Collection review

Drama OST Collection

If – Taeyeon (Hong Gil Dong OST)
02 Do You Know – Lyn (I Love You
03 Until My Tears
Dry – Tei (Lobbyist OST)
04 One Year is Like a Day – Bobby Kim (War
of Money OST)
Love is Leaving – Han Ul (Golden Bride OST)
06 Song of Sorrow
– Je-A (King and I OST)

01 Back Step – Bobby Kim & Buga Kingz
(The Devil OST)
02 My Destiny – Bada
03 Kite – Park Wan
Gyu (Hong Gil Dong OST)

Purchase This Album
"""


def test_wrapped_lines_are_mended_and_a_restart_is_a_new_list() -> None:
    blocks = [b for b in segment(WRAPPED).lists if b.induced]
    assert [[" ".join(i.text.split()) for i in b.items] for b in blocks] == [
        ["If – Taeyeon (Hong Gil Dong OST)", "02 Do You Know – Lyn (I Love You",
         "03 Until My Tears Dry – Tei (Lobbyist OST)",
         "04 One Year is Like a Day – Bobby Kim (War of Money OST)",
         "Love is Leaving – Han Ul (Golden Bride OST)",
         "06 Song of Sorrow – Je-A (King and I OST)"],
        ["01 Back Step – Bobby Kim & Buga Kingz (The Devil OST)", "02 My Destiny – Bada",
         "03 Kite – Park Wan Gyu (Hong Gil Dong OST)"]]
    assert all(b.intro is not None and "OST" in b.intro.text for b in blocks)


def test_list_lines_leave_the_paragraphs_and_the_headline_stays() -> None:
    texts = [p.text for p in segment(WRAPPED).paragraphs]
    assert texts == ["Drama OST Collection review", "Drama OST Collection", "Purchase This Album"]


def test_blank_lines_between_entries() -> None:
    text = ("Intro sentence about the album, which is out now.\n\n"
            "The Reasons for My Smiles — BSS\n\nTell Me It's Not a Dream — 10CM\n\n"
            "Hold Me Back — HEIZE\n\nLove You With All My Heart — Crush\n\n"
            "The end of the article is a sentence. It has two.\n")
    blocks = [b for b in segment(text).lists if b.induced]
    assert [[i.text for i in b.items] for b in blocks] == [[
        "The Reasons for My Smiles — BSS", "Tell Me It's Not a Dream — 10CM",
        "Hold Me Back — HEIZE", "Love You With All My Heart — Crush"]]


def test_prose_and_two_dashed_lines_are_no_list() -> None:
    text = ("Breaking - Netflix renews the show\n\nThe drama returns - and fans cheer.\n\n"
            "A long paragraph follows here, with several clauses, and it ends. It is prose.\n")
    assert [b for b in segment(text).lists if b.induced] == []


def test_a_name_list_asked_to_read_past_the_end_of_the_text_stops_there() -> None:
    text = "Julie Kim (Blue Moon), an Oscar winner"
    assert [i.name for i in parse_name_list(shipped(), text, 0, len(text) + 500)] == ["Julie Kim"]


def test_a_lowercase_verb_before_a_capitalized_nationality_ends_the_name_list() -> None:
    text = "director Lee Jun, brings Chinese Harbor 3 costars Park Ha back"
    assert [i.name for i in parse_name_list(shipped(), text, 9, len(text))] == ["Lee Jun"]


def test_a_release_fact_line_under_a_list_is_not_the_rest_of_its_last_entry() -> None:
    text = ("Tracks\n1 Roh Min - Blue Lamp\n2 Lee Jun - Red Door\n3 Park Ha - Gold Gate\n"
            "Release Date: May 24, 2024\nUPC: 600753997406\n")
    blocks = [b for b in segment(text).lists if b.induced]
    assert [[i.text for i in b.items] for b in blocks] == [
        ["1 Roh Min - Blue Lamp", "2 Lee Jun - Red Door", "3 Park Ha - Gold Gate"]]


def test_an_ensemble_word_opening_a_credit_is_part_of_the_bands_name() -> None:
    for text, expected in [("Ana Lira e Trio Vento Sul", ["Ana Lira", "Trio Vento Sul"]),
                           ("the trio Nadia and Roh Min", ["Nadia", "Roh Min"]),
                           ("K-Pop Girl Group Nova", ["Nova"])]:
        assert [i.name for i in parse_name_list(shipped(), text, 0, len(text))] == expected


def test_dash_bulleted_lines_with_a_dash_of_their_own_are_entries_each() -> None:
    """'- A – B' under '- C – D': a bullet like the neighbour's, not the cut-off rest of it."""
    text = ("The record's full running order follows.\n- Roh Min – Night Harbor\n"
            "- Park Ha & Lee Jun – Harbor Days\n- Choi Woo – Trust Me\n")
    blocks = [b for b in segment(text).lists if b.induced]
    assert [[i.text for i in b.items] for b in blocks] == [[
        "- Roh Min – Night Harbor", "- Park Ha & Lee Jun – Harbor Days",
        "- Choi Woo – Trust Me"]]


def test_a_bare_dash_line_still_continues_the_entry_above() -> None:
    text = ("Album notes\n\n01 Night Harbor – Roh Min\n02 Slow Tide\n– Park Ha\n"
            "03 Trust Me – Choi Woo\n")
    blocks = [b for b in segment(text).lists if b.induced]
    assert [[" ".join(i.text.split()) for i in b.items] for b in blocks] == [[
        "01 Night Harbor – Roh Min", "02 Slow Tide – Park Ha", "03 Trust Me – Choi Woo"]]


def test_cell_lines_are_the_entries_of_dash_blocks_without_their_marks() -> None:
    text = ("Tracklist:\n- Roh Min – Night Harbor\n- Choi Woo – Trust Me\n\n"
            "Also out:\n1. Slow Tide\n2. Blue Hour\n")
    segs = segment(text)
    cells = segs.cell_lines()
    assert [(c.text, c.kind, text[c.start : c.end]) for c in cells] == [
        ("Roh Min – Night Harbor", "cell", "Roh Min – Night Harbor"),
        ("Choi Woo – Trust Me", "cell", "Choi Woo – Trust Me")]

