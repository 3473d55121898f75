"""The seed article (corpus/article.txt): every fact the pipeline issue lists, asserted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import evidence_spans


def test_work(seed: dict[str, Any]) -> None:
    w = seed["work"]
    assert w["title"] == "Queen of Tears"
    assert w["kind"] == "series"
    assert w["platforms"] == ["Netflix", "tvN", "Dailymotion"]
    assert w["episodes"] == 16
    assert w["filming_locations"] == ["Germany", "South Korea"]
    b = w["budget"]
    assert (b["amount"], b["currency"], b["qualifier"], b["text"]) == (
        48000000, "USD", "over", "over $48 million")


def test_dates_are_exactly_these(seed: dict[str, Any]) -> None:
    values = [d["value"] for d in seed["dates"]]
    assert values == ["2024-03-09", "2024-06-03", "2024-03-09/2024-04-28", "2024-04-30",
                      "2013", "2024-04", "2024-04-30"]
    rng = next(d for d in seed["dates"] if "/" in d["value"])
    assert (rng["start"], rng["end"], rng["precision"], rng["rule"], rng["event"]) == (
        "2024-03-09", "2024-04-28", "day", "dates.range_shared_year", "aired")
    bare = seed["dates"][-1]
    assert (bare["text"], bare["year_source"], bare["rule"]) == ("April 30", "context",
                                                                 "dates.month_day")
    assert [d["precision"] for d in seed["dates"]] == ["day", "day", "day", "day", "year",
                                                        "month", "day"]
    assert "a decade" not in {d["text"] for d in seed["dates"]}


def test_cast_and_known_for(seed: dict[str, Any]) -> None:
    cast = {c["name"]: c["known_for"] for c in seed["work"]["cast"]}
    assert cast == {
        "Kim Soo-hyun": ["It's Okay To Not Be Okay"],
        "Kim Ji-won": ["My Liberation Notes"],
        "Park Sung-hoon": ["The Glory"],
        "Kwak Dong-yeon": ["Vincenzo"],
        "Lee Joo-bin": ["Love To Hate You"],
    }
    assert "Jun Ji-hyun" not in cast


def test_artists_and_songs(seed: dict[str, Any]) -> None:
    st = seed["soundtrack"]
    assert [(a["name"], a["group"]) for a in st["artists"]] == [
        ("Kim Soo-hyun", None), ("Heize", None), ("Hong Isaac", None), ("Paul Kim", None),
        ("Kim Nayoung", None), ("So Soo-bin", None), ("Choi Yuri", None), ("Dori", None),
        ("Kim Taerae", "ZEROBASEONE"), ("Crush", None), ("10CM", None)]
    assert [(s["title"], s["performers"]) for s in st["songs"]] == [("Way Home", ["Kim Soo-hyun"])]
    assert st["album_title"] == "Queen of Tears OST"
    assert st["release_date"] == "2024-04-30"


def test_tracklists(seed: dict[str, Any]) -> None:
    cd1, cd2 = seed["soundtrack"]["tracklists"]
    assert (cd1["disc"], cd1["label"], cd1["declared_count"], cd1["complete"]) == (1, "CD1", 14, True)
    assert [t["title"] for t in cd1["tracks"]] == [
        "In a Beautiful Way", "The Reason of My Smiles", "Tell Me It's Not a Dream", "Hold Me Back",
        "Love You With All My Heart", "Fallin", "Can't Get Over You", "From Bottom of My Heart",
        "Last Chance", "Promise", "Heart Flutter", "More Than Enough", "Way Home",
        "In a Beautiful Way"]
    assert [t["position"] for t in cd1["tracks"]] == list(range(1, 15))
    assert (cd2["disc"], cd2["label"], cd2["declared_count"], cd2["complete"]) == (2, "CD2", 40,
                                                                                   False)
    titles = [t["title"] for t in cd2["tracks"]]
    assert len(titles) == 19
    assert titles[1] == "Love, Love, Love"
    assert titles[11] == "Still, I"
    assert titles[-1] == "Sorry and Thank You"


def test_warnings(seed: dict[str, Any]) -> None:
    by_code = {w["code"]: w for w in seed["warnings"]}
    assert sorted(by_code) == ["count_conflict", "duplicate_track", "truncated_fragment"]
    assert [e["text"] for e in by_code["count_conflict"]["evidence"]] == ["14", "12"]
    assert [e["text"] for e in by_code["duplicate_track"]["evidence"]] == [
        "In a Beautiful Way", "In a Beautiful Way"]
    assert by_code["truncated_fragment"]["evidence"][0]["text"].startswith(
        "ever, the original album")


def test_noise_is_never_data(seed: dict[str, Any], seed_text: str) -> None:
    spans = list(evidence_spans(seed))
    for word in ("Trending", "Expand Tweet"):
        for at in _find_all(seed_text, word):
            assert not any(e["start"] <= at < e["end"] for e in spans), word


def test_every_evidence_span_matches_the_input(seed: dict[str, Any], seed_text: str) -> None:
    spans = list(evidence_spans(seed))
    assert len(spans) > 80
    for e in spans:
        assert seed_text[e["start"] : e["end"]] == e["text"]


def test_every_item_names_its_rule(seed: dict[str, Any]) -> None:
    items = (seed["dates"] + seed["money"] + seed["work"]["cast"] + seed["soundtrack"]["artists"]
             + seed["soundtrack"]["songs"] + seed["soundtrack"]["tracklists"])
    assert all(isinstance(i["rule"], str) and "." in i["rule"] for i in items)


@pytest.mark.parametrize("key", ["sha256", "chars"])
def test_source(seed: dict[str, Any], seed_text: str, key: str) -> None:
    import hashlib

    expected = {"sha256": hashlib.sha256(seed_text.encode()).hexdigest(), "chars": len(seed_text)}
    assert seed["source"][key] == expected[key]


def test_snapshot(article_regression: Any, root: Path) -> None:
    """The whole output, through the plugin users get (issue 7): a fact-level diff on failure,
    offsets and rule ids included (strict)."""
    article_regression.check(root / "corpus" / "article.txt", strict=True)




def _find_all(text: str, word: str) -> list[int]:
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out
