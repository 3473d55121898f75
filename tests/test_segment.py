"""Stage 2: noise lines, list blocks, fragments, exact offsets."""

from __future__ import annotations

import pytest

from article_extract.segment import noise_rule, segment, split_lines


@pytest.mark.parametrize(("line", "rule"), [
    ("Trending", "noise.trending"),
    ("Expand Tweet", "noise.tweet"),
    ("Advertisement", "noise.ad"),
    ("— Advertisement —", "noise.ad"),
    ("Share this article", "noise.share"),
    ("Read more: Five dramas to watch this week", "noise.read_more"),
    ("Also Read: BTS' V drops new single", "noise.read_more"),
    ("We use cookies to improve your experience. Accept all", "noise.cookies"),
    ("Photo: Netflix", "noise.credit"),
    ("NEWS PROVIDED BY", "noise.press_wire"),
    ("SOURCE Bluewave Sound Co., Ltd.", "noise.press_wire"),
    ("Media Contact:", "noise.press_wire"),
    ("• OMX Baltic0,36%314,54", "noise.ticker"),
    ("• Nasdaq −2,01%21 647,61", "noise.ticker"),
    ("USD/EUR0,00%0,86", "noise.ticker"),
    ("S&P 500 -1.51% 6,506.48", "noise.ticker"),
    ("We use cookies to personalise content and ads, to provide social media features and to "
     "analyse our traffic. By clicking Accept All, you agree to the storing of cookies on your "
     "device. Cookie Settings | Accept All | Reject All", "noise.cookies"),
])
def test_noise_lines(line: str, rule: str) -> None:
    assert noise_rule(line) == rule


@pytest.mark.parametrize("line", [
    "Photos from the set show the cast in period costume.",
    "Trending topics included the finale.",
    "In a Beautiful Way",
])
def test_content_is_not_noise(line: str) -> None:
    assert noise_rule(line) is None


def test_list_block_under_a_disc_header() -> None:
    text = "Intro text here.\n\nCD1:\n\nFirst Song\n\nSecond, Song\n\nThird Song\n\nOutro line here."
    seg = segment(text)
    (block,) = seg.lists
    assert block.header is not None and block.header.text == "CD1:"
    assert [i.text for i in block.items] == ["First Song", "Second, Song", "Third Song"]
    assert [text[i.start : i.end] for i in block.items] == ["First Song", "Second, Song",
                                                            "Third Song"]
    assert [p.text for p in seg.paragraphs] == ["Intro text here.", "Outro line here."]


@pytest.mark.parametrize("header", ["[Disc 2]", "【CD 2】", "== Part 2 ==", "— Disc 2 —", "(CD2)"])
def test_decorated_disc_header_is_a_header(header: str) -> None:
    text = f"The album is out.\n\n{header}\n01. First Song\n02. Second Song\n"
    (block,) = segment(text).lists
    assert block.header is not None and block.header.text == header
    assert [i.text for i in block.items] == ["01. First Song", "02. Second Song"]


def test_trailing_and_more_marks_the_block() -> None:
    seg = segment("Tracks:\n1. One\n2. Two\n...and more.\n\nThe end of it all.")
    (block,) = seg.lists
    assert [i.text for i in block.items] == ["1. One", "2. Two"]
    assert block.trailing == "...and more."


def test_numbered_run_without_header() -> None:
    seg = segment("Some prose here today.\n1. Alpha\n2. Beta\n3. Gamma")
    (block,) = seg.lists
    assert block.header is None
    assert len(block.items) == 3


def test_fragment_and_crlf_offsets() -> None:
    text = "Real start of a story.\r\n\r\never, the album only contains 12 songs.\r\nTrending\r\n"
    seg = segment(text)
    assert [f.text for f in seg.fragments] == ["ever, the album only contains 12 songs."]
    assert [n.text for n in seg.noise] == ["Trending"]
    for p in seg.paragraphs:
        assert text[p.start : p.end] == p.text


def test_feat_inside_a_list_line_is_not_a_sentence_break() -> None:
    seg = segment("Tracklist:\nSea Glass (feat. Ko Eun-chan) - Dear Marine\nLow Tide - Minho")
    (block,) = seg.lists
    assert len(block.items) == 2


def test_a_page_that_opens_mid_sentence_starts_with_noise() -> None:
    text = ("and the deal worth P20 million ended in March 2023, na sinundan pa ng\n\n"
            "Headline of the real story\n\nThe series premieres on May 4.\n\n"
            "and a later paragraph that lost its start stays content.")
    seg = segment(text)
    assert [x.rule for x in seg.noise] == ["noise.leading_fragment"]
    assert [p.text[:8] for p in seg.paragraphs] == ["Headline", "The seri", "and a la"]
    assert [f.text[:8] for f in seg.fragments] == ["and a la"]


def test_a_text_of_one_lowercase_line_is_the_article_not_a_fragment() -> None:
    seg = segment("friday, 03 september 2014")
    assert (seg.noise, [p.text for p in seg.paragraphs]) == ([], ["friday, 03 september 2014"])


def test_a_short_lowercase_date_stamp_opening_the_page_is_content() -> None:
    seg = segment("segunda-feira, 25 de abril de 2011\n\nAmigas e rivais reestreia no SBT")
    assert (seg.noise, len(seg.paragraphs)) == ([], 2)


def test_a_first_line_opening_with_a_camel_case_brand_is_content() -> None:
    seg = segment("tvN will air the drama Night Harbor from May on Fridays.\n\nIt has 16 episodes.")
    assert (seg.noise, len(seg.paragraphs)) == ([], 2)


def test_trending_label_covers_its_bullets_only() -> None:
    text = ("TRENDING\n• Star wins Best Actor on October 2\n• Group announces 2026 tour\n\n"
            "The real article starts here.\n\nTrending\n\nHeadline after a nav label\n")
    seg = segment(text)
    assert [p.text for p in seg.paragraphs] == ["The real article starts here.",
                                                "Headline after a nav label"]


def test_a_numbered_list_squashed_onto_one_line_is_split_into_entries() -> None:
    text = "・「DISC-1」\n1.夜 メイン・テーマ 2.朝 3.Blue Moon Story 4.Forev\nPrices rose 1.5 percent."
    assert [x.text for x in split_lines(text)] == [
        "・「DISC-1」", "1.夜 メイン・テーマ", "2.朝", "3.Blue Moon Story", "4.Forev",
        "Prices rose 1.5 percent."]


def test_a_date_stamp_glued_to_the_first_sentence_opens_the_article() -> None:
    text = (" date 2016-02-11 Ana Ruiz, the star of Blue Hour, has signed on to the film Night "
            "Harbor, a British comedy.\nThe film is shot in Westmoor.")
    seg = segment(text)
    assert (seg.noise, len(seg.paragraphs), seg.fragments) == ([], 2, [])


def test_also_on_a_site_covers_the_linked_headlines_and_their_teasers() -> None:
    text = ("The drama Night Harbor starts filming this week in Busan.\n"
            "Also on The Daily Set\n"
            "Ana Ruiz films vampire comedy Blue Hour\n"
            "Filming begins today on Blue Hour, a new feature film starring and executive produced "
            "by Ana Ruiz, with a shoot in Wales lasting six weeks in all.\n"
            "Roh Min begins filming jewel-thief drama\n"
            "Filming gets underway this week on Slow Tide, a drama inspired by the life of a jewel "
            "thief; Roh Min stars in the lead role.\n")
    seg = segment(text)
    assert [p.text for p in seg.paragraphs] == [
        "The drama Night Harbor starts filming this week in Busan."]
