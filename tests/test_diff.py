"""`article_extract diff`: fact-level differences on hand-made pairs, the report formats, the
matching of JSONL files and folders, and the exit codes of the CLI."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from article_extract import diff as D
from article_extract import diff_facts, diff_inputs
from article_extract.diff import CategoryDiff, DiffFact, diff_outputs

DATA = Path(__file__).parent / "data" / "diff"
BASE: dict[str, Any] = json.loads((DATA / "harbor_lights.json").read_text("utf-8"))

Doc = dict[str, Any]


def variant(edit: Callable[[Doc], None], doc: Doc | None = None) -> Doc:
    """A deep copy of the hand-made article (or `doc`) with one edit applied."""
    new = copy.deepcopy(BASE if doc is None else doc)
    edit(new)
    return new


def plain(cats: list[CategoryDiff]) -> dict[str, dict[str, list[Any]]]:
    """The diff as plain tuples, so expected values can be written out exactly."""
    return {c.category: {"added": [f.fact for f in c.added],
                         "removed": [f.fact for f in c.removed],
                         "changed": [(o.fact, n.fact) for o, n in c.changed]} for c in cats}


def shift_evidence(node: Any, by: int) -> None:
    """Move every evidence span by `by` code points and rename every rule id."""
    if isinstance(node, dict):
        if set(node) == {"start", "end", "text"}:
            node["start"] += by
            node["end"] += by
        if isinstance(node.get("rule"), str):
            node["rule"] += "_v2"
        for v in node.values():
            shift_evidence(v, by)
    elif isinstance(node, list):
        for v in node:
            shift_evidence(v, by)


def move_home_before_tide(d: Doc) -> None:
    tracks = d["soundtrack"]["tracklists"][0]["tracks"]
    tracks[1], tracks[2] = tracks[2], tracks[1]
    for i, t in enumerate(tracks, 1):
        t["position"] = i


# ----------------------------------------------------------------------------- facts


def test_identical_documents_have_no_difference() -> None:
    assert diff_outputs(BASE, copy.deepcopy(BASE)) == []
    assert diff_outputs(BASE, copy.deepcopy(BASE), strict=True) == []


def test_fields_name_every_element_of_every_category() -> None:
    """The report's field names must follow the evaluator's fact tuples (no silent drift)."""
    facts = diff_facts._all_facts(BASE)
    assert set(facts) == set(D.CATEGORIES) == set(D.FIELDS)
    for category, fs in facts.items():
        assert fs, f"the hand-made article has no {category} fact"
        assert {len(f) for f in fs} == {len(D.FIELDS[category])}, category


def test_moved_track_is_a_change_of_position() -> None:
    """Two tracks that swap places: one moved past the other, which stays in line."""
    new = variant(move_home_before_tide)
    assert plain(diff_outputs(BASE, new)) == {
        "tracks": {"added": [], "removed": [],
                   "changed": [((1, 3, "home"), (1, 2, "home"))]}}


def _long_list(n: int) -> Doc:
    def fill(d: Doc) -> None:
        tl = d["soundtrack"]["tracklists"][0]
        tl["tracks"] = [{"position": i, "title": f"Song {i}", "performers": [],
                         "evidence": {"start": 300 + 10 * i, "end": 306 + 10 * i,
                                      "text": f"Song {i}"}}
                        for i in range(1, n + 1)]
        tl["declared_count"] = None

    return variant(fill)


def test_one_removed_track_of_nineteen_is_one_line() -> None:
    old = _long_list(19)

    def drop_fourth(d: Doc) -> None:
        tracks = d["soundtrack"]["tracklists"][0]["tracks"]
        del tracks[3]
        for i, t in enumerate(tracks, 1):
            t["position"] = i

    cats = diff_outputs(old, variant(drop_fourth, old))
    tracks = next(c for c in cats if c.category == "tracks")
    assert plain([tracks]) == {"tracks": {"added": [], "removed": [(1, 4, "song 4")],
                                          "changed": []}}
    assert D.format_categories([tracks]) == ["  tracks", '    - disc=1 position=4 title="Song 4"']


def test_an_edited_position_field_is_a_change() -> None:
    def renumber(d: Doc) -> None:
        d["soundtrack"]["tracklists"][0]["tracks"][1]["position"] = 5

    cats = diff_outputs(BASE, variant(renumber))
    assert plain(cats) == {"tracks": {"added": [], "removed": [],
                                      "changed": [((1, 2, "tide"), (1, 5, "tide"))]}}
    assert D.format_categories(cats) == ["  tracks", '    ~ disc=1 title="Tide": position 2 -> 5']


def test_names_and_titles_are_printed_as_written_and_matched_in_any_case() -> None:
    recased = variant(lambda d: d["work"]["cast"][0].update(name="KIM ARA"))
    assert diff_outputs(BASE, recased) == []
    renamed = variant(lambda d: d["work"]["cast"][0].update(name="Kim Ara-Lee"))
    assert D.format_categories(diff_outputs(BASE, renamed)) == [
        "  cast", '    - "Kim Ara"', '    + "Kim Ara-Lee"  (at "Kim Ara")', "  known_for",
        '    - name="Kim Ara" work="Blue Hour"', '    + name="Kim Ara-Lee" work="Blue Hour"']


def test_inserted_track_is_added_and_the_following_ones_are_not_moved() -> None:
    def insert_intro(d: Doc) -> None:
        tracks = d["soundtrack"]["tracklists"][0]["tracks"]
        tracks.insert(0, {"position": 1, "title": "Intro", "performers": [],
                          "evidence": {"start": 300, "end": 305, "text": "Intro"}})
        for i, t in enumerate(tracks, 1):
            t["position"] = i

    cats = plain(diff_outputs(BASE, variant(insert_intro)))
    assert cats == {
        "tracks": {"added": [(1, 1, "intro")], "removed": [], "changed": []},
        "tracklists": {"added": [], "removed": [],
                       "changed": [((1, 3, True, 3), (1, 3, True, 4))]}}


def test_date_with_the_same_text_and_another_value_is_a_change() -> None:
    new = variant(lambda d: d["dates"][0].update(value="2023-05-01", start="2023-05-01"))
    cats = diff_outputs(BASE, new)
    assert plain(cats) == {"dates": {"added": [], "removed": [],
                                     "changed": [(("2024-05-01",), ("2023-05-01",))]}}
    assert cats[0].changed[0][1].quotes == ("May 1, 2024",)


def test_date_with_another_text_and_value_is_added_and_removed() -> None:
    def reword(d: Doc) -> None:
        d["dates"][1].update(text="July 2024", value="2024-07",
                             evidence={"start": 180, "end": 189, "text": "July 2024"})

    assert plain(diff_outputs(BASE, variant(reword))) == {
        "dates": {"added": [("2024-07",)], "removed": [("2024-06",)], "changed": []}}


def test_new_cast_member_is_added_with_what_they_are_known_for() -> None:
    def add_member(d: Doc) -> None:
        d["work"]["cast"].append({
            "name": "Park Min", "known_for": ["Glass Road"],
            "evidence": {"start": 400, "end": 408, "text": "Park Min"}, "rule": "cast.starring",
            "known_for_evidence": [{"value": "Glass Road", "rule": "cast.known_for_paren",
                                    "evidence": {"start": 410, "end": 420,
                                                 "text": "Glass Road"}}]})

    assert plain(diff_outputs(BASE, variant(add_member))) == {
        "cast": {"added": [("park min",)], "removed": [], "changed": []},
        "known_for": {"added": [("park min", "glass road")], "removed": [], "changed": []}}


def test_removed_cast_member_and_changed_group_budget_and_warning() -> None:
    def edit(d: Doc) -> None:
        del d["work"]["cast"][1]
        d["soundtrack"]["artists"][0]["group"] = "STARFALL X"
        d["work"]["budget"]["amount"] = 3000000
        d["warnings"][0]["evidence"][1]["text"] = "5"

    assert plain(diff_outputs(BASE, variant(edit))) == {
        "budget": {"added": [], "removed": [],
                   "changed": [((2000000.0, "USD", "exact"), (3000000.0, "USD", "exact"))]},
        "cast": {"added": [], "removed": [("lee jun",)], "changed": []},
        "known_for": {"added": [], "removed": [("lee jun", "night train")], "changed": []},
        "groups": {"added": [], "removed": [],
                   "changed": [(("yuna", "starfall"), ("yuna", "starfall x"))]},
        "warnings": {"added": [], "removed": [],
                     "changed": [(("count_conflict", ("3", "4")), ("count_conflict", ("3", "5")))]},
    }


def test_other_evidence_offsets_and_rule_ids_change_nothing_unless_strict() -> None:
    new = variant(lambda d: shift_evidence(d, 7))
    assert diff_outputs(BASE, new) == []
    cats = diff_outputs(BASE, new, strict=True)
    # every fact of every category with evidence changed, none was added or removed
    assert [c.category for c in cats] == [
        "main_work", "dates", "money", "budget", "cast", "known_for", "directors", "artists",
        "groups", "songs", "tracks", "tracklists", "episodes", "platforms", "filming", "warnings"]
    assert all(not c.added and not c.removed for c in cats)
    dates = next(c for c in cats if c.category == "dates")
    assert dates.changed == [
        (DiffFact(("2024-05-01",), ((49, 60, "dates.month_day_year"),)),
         DiffFact(("2024-05-01",), ((56, 67, "dates.month_day_year_v2"),))),
        (DiffFact(("2024-06",), ((205, 214, "dates.month_year"),)),
         DiffFact(("2024-06",), ((212, 221, "dates.month_year_v2"),)))]
    assert dates.changed[0][1].quotes == ("May 1, 2024",)
    assert D.changed_fields("dates", *dates.changed[0]) == ["evidence"]


def test_strict_reports_a_rule_rename_alone() -> None:
    new = variant(lambda d: d["work"]["cast"][0].update(rule="cast.lead"))
    assert diff_outputs(BASE, new) == []
    assert plain(diff_outputs(BASE, new, strict=True)) == {
        "cast": {"added": [], "removed": [], "changed": [(("kim ara",), ("kim ara",))]}}


def test_malformed_document_is_an_input_error() -> None:
    with pytest.raises(D.InputError, match=r"^NEW: not an article_extract output \(missing"):
        diff_outputs(BASE, {"work": {}})


# ----------------------------------------------------------------------------- formats


def test_text_report_lines() -> None:
    new = variant(move_home_before_tide)
    new["dates"][0]["value"] = "2023-05-01"
    ad = D.ArticleDiff("corpus/harbor_lights.txt", "changed", diff_outputs(BASE, new))
    assert D.format_article(ad) == [
        "corpus/harbor_lights.txt: 0 added, 0 removed, 2 changed",
        "  dates",
        '    ~ "2024-05-01" -> "2023-05-01"  (at "May 1, 2024")',
        "  tracks",
        '    ~ disc=1 title="Home": position 3 -> 2',
    ]


def test_strict_text_report_shows_the_spans() -> None:
    new = variant(lambda d: d["work"]["cast"][0].update(rule="cast.lead"))
    lines = D.format_categories(diff_outputs(BASE, new, strict=True))
    assert lines == ["  cast",
                     '    ~ "Kim Ara": evidence 82-89 cast.starring -> 82-89 cast.lead']


def test_json_report_of_an_article() -> None:
    new = variant(lambda d: d["dates"][0].update(value="2023-05-01"))
    ad = D.ArticleDiff("k", "changed", diff_outputs(BASE, new))
    assert D.article_json(ad, strict=False) == {
        "key": "k", "status": "changed", "notes": [],
        "categories": {"dates": {
            "added": [], "removed": [],
            "changed": [{"old": {"value": "2024-05-01", "quotes": ["May 1, 2024"]},
                         "new": {"value": "2023-05-01", "quotes": ["May 1, 2024"]},
                         "fields": ["value"]}]}}}


# ----------------------------------------------------------------------------- inputs


def write_jsonl(path: Path, docs: list[Doc]) -> Path:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), "utf-8")
    return path


def article(name: str, edit: Callable[[Doc], None] | None = None) -> Doc:
    def rename(d: Doc) -> None:
        d["source"]["path"] = f"corpus/{name}.txt"
        if edit:
            edit(d)

    return variant(rename)


def summary(diffs: list[D.ArticleDiff]) -> list[tuple[str, str]]:
    return [(a.key, a.status) for a in diffs]


def test_jsonl_in_the_same_order_is_read_in_lockstep(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    old = write_jsonl(tmp_path / "old.jsonl", [article(n) for n in "abc"])
    new = write_jsonl(tmp_path / "new.jsonl", [
        article("a"), article("b", lambda d: d["work"].update(episodes=16)), article("c")])

    def no_seek(*_: Any) -> None:
        raise AssertionError("the lockstep pass must not re-read records")

    monkeypatch.setattr(diff_inputs._FileSource, "load", no_seek)
    diffs = list(D.compare_paths(old, new))
    assert summary(diffs) == [("corpus/a.txt", "unchanged"), ("corpus/b.txt", "changed"),
                              ("corpus/c.txt", "unchanged")]
    assert plain(diffs[1].categories) == {
        "episodes": {"added": [], "removed": [], "changed": [((12,), (16,))]}}


def test_jsonl_in_another_order_falls_back_to_an_index(tmp_path: Path) -> None:
    old = write_jsonl(tmp_path / "old.jsonl", [article(n) for n in "abcd"])
    new = write_jsonl(tmp_path / "new.jsonl", [
        article("a"), article("c", lambda d: d["work"].update(title="Harbour Lights")),
        article("e"), article("b"),
        {"source": "corpus/d.txt", "error": {"code": "not_text", "message": "NUL bytes"}}])
    diffs = list(D.compare_paths(old, new))
    assert summary(diffs) == [("corpus/a.txt", "unchanged"), ("corpus/b.txt", "unchanged"),
                              ("corpus/c.txt", "changed"), ("corpus/d.txt", "error"),
                              ("corpus/e.txt", "only_in_new")]
    assert plain(diffs[2].categories) == {
        "main_work": {"added": [], "removed": [],
                      "changed": [(("harbor lights",), ("harbour lights",))]}}
    assert diffs[3].notes == ["NEW is an error record (not_text: NUL bytes)"]


def test_jsonl_article_missing_from_new(tmp_path: Path) -> None:
    old = write_jsonl(tmp_path / "old.jsonl", [article(n) for n in "ab"])
    new = write_jsonl(tmp_path / "new.jsonl", [article("a")])
    assert summary(list(D.compare_paths(old, new))) == [("corpus/a.txt", "unchanged"),
                                                        ("corpus/b.txt", "only_in_old")]


def test_two_single_documents_are_compared_whatever_their_paths(tmp_path: Path) -> None:
    old = tmp_path / "old.json"
    old.write_text(json.dumps(article("x"), indent=2), "utf-8")
    new = write_jsonl(tmp_path / "new.jsonl", [article("y", move_home_before_tide)])
    diffs = list(D.compare_paths(old, new))
    assert summary(diffs) == [("corpus/y.txt", "changed")]


def test_folders_are_matched_by_file_stem(tmp_path: Path) -> None:
    for side, names in (("old", ["a", "sub/b", "c"]), ("new", ["a", "sub/b", "d"])):
        for name in names:
            p = tmp_path / side / f"{name}.json"
            p.parent.mkdir(parents=True, exist_ok=True)
            edit = move_home_before_tide if (side, name) == ("new", "sub/b") else None
            p.write_text(json.dumps(article(name.rsplit("/")[-1], edit), indent=2), "utf-8")
    diffs = list(D.compare_paths(tmp_path / "old", tmp_path / "new"))
    assert summary(diffs) == [("a", "unchanged"), ("c", "only_in_old"), ("d", "only_in_new"),
                              ("sub/b", "changed")]


def test_changed_input_text_is_noted(tmp_path: Path) -> None:
    old = tmp_path / "old.json"
    new = tmp_path / "new.json"
    old.write_text(json.dumps(BASE), "utf-8")
    new.write_text(json.dumps(variant(lambda d: d["source"].update(sha256="0" * 64)) | {
        "work": {**BASE["work"], "kind": "film"}}), "utf-8")
    (ad,) = D.compare_paths(old, new)
    assert ad.notes == ["the input text differs (source.sha256)"]


# ----------------------------------------------------------------------------- CLI


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "article_extract", "diff", *map(str, args)],
                          capture_output=True, text=True, timeout=60)


@pytest.fixture
def pair(tmp_path: Path) -> Callable[[Doc], tuple[Path, Path]]:
    def _pair(new_doc: Doc) -> tuple[Path, Path]:
        old, new = tmp_path / "old.json", tmp_path / "new.json"
        old.write_text(json.dumps(BASE, indent=2), "utf-8")
        new.write_text(json.dumps(new_doc, indent=2), "utf-8")
        return old, new

    return _pair


def test_cli_exit_0_when_no_fact_changed(pair: Callable[[Doc], tuple[Path, Path]]) -> None:
    old, new = pair(variant(lambda d: shift_evidence(d, 3)))
    r = cli(old, new)
    assert (r.returncode, r.stdout, r.stderr) == (0, "1 article: 0 changed, 1 unchanged\n", "")


def test_cli_exit_1_when_a_fact_changed(pair: Callable[[Doc], tuple[Path, Path]]) -> None:
    old, new = pair(variant(move_home_before_tide))
    r = cli(old, new)
    assert (r.returncode, r.stderr) == (1, "")
    assert r.stdout == ("corpus/harbor_lights.txt: 0 added, 0 removed, 1 changed\n"
                        "  tracks\n"
                        '    ~ disc=1 title="Home": position 3 -> 2\n'
                        "1 article: 1 changed, 0 unchanged\n")


def test_cli_strict_counts_evidence_offsets(pair: Callable[[Doc], tuple[Path, Path]]) -> None:
    old, new = pair(variant(lambda d: shift_evidence(d, 3)))  # exit 0 without --strict
    r = cli(old, new, "--strict", "--format", "json")
    assert r.returncode == 1
    report = json.loads(r.stdout)
    assert report["summary"] == {"articles": 1, "changed": 1, "unchanged": 0, "only_in_old": 0,
                                 "only_in_new": 0, "error": 0}
    main = report["articles"][0]["categories"]["main_work"]["changed"]
    assert main == [{"old": {"title": "Harbor Lights", "quotes": ["Harbor Lights"],
                             "evidence": [{"start": 0, "end": 13,
                                           "rule": "work.title_before_cue"}]},
                     "new": {"title": "Harbor Lights", "quotes": ["Harbor Lights"],
                             "evidence": [{"start": 3, "end": 16,
                                           "rule": "work.title_before_cue_v2"}]},
                     "fields": ["evidence"]}]


def test_json_format_when_nothing_changed(pair: Callable[[Doc], tuple[Path, Path]],
                                          capsys: pytest.CaptureFixture[str]) -> None:
    old, new = pair(BASE)
    assert D.main([str(old), str(new), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "old": str(old), "new": str(new), "strict": False, "changed": False,
        "summary": {"articles": 1, "changed": 0, "unchanged": 1, "only_in_old": 0,
                    "only_in_new": 0, "error": 0},
        "articles": []}


@pytest.mark.parametrize("case", ["missing", "bad_json", "not_article", "file_vs_folder",
                                  "bad_option", "one_argument", "bad_jsonl_line"])
def test_exit_2_on_usage_or_input_error(tmp_path: Path, case: str,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    """In-process, every kind of bad input: one line on stderr, exit 2, nothing on stdout."""
    good = tmp_path / "good.json"
    good.write_text(json.dumps(BASE), "utf-8")
    bad = tmp_path / "bad.json"
    args: list[str | Path]
    if case == "missing":
        args, expected = [good, tmp_path / "nope.json"], f"{tmp_path / 'nope.json'}: no such file"
    elif case == "bad_json":
        bad.write_text('{\n  "work": ', "utf-8")
        args, expected = [good, bad], f"{bad}: invalid JSON"
    elif case == "not_article":
        bad.write_text("[1, 2]", "utf-8")
        args, expected = [bad, good], f"{bad}: expected a JSON object, got list"
    elif case == "file_vs_folder":
        args, expected = [good, tmp_path], "give two files or two folders"
    elif case == "bad_option":
        args, expected = [good, good, "--format", "xml"], "argument --format: invalid choice"
    elif case == "one_argument":
        args, expected = [good], "the following arguments are required: new"
    else:
        old = write_jsonl(tmp_path / "old.jsonl", [article("a"), article("b")])
        new = tmp_path / "new.jsonl"
        new.write_text(json.dumps(article("a")) + "\n{oops\n", "utf-8")
        args, expected = [old, new], f"{new}:2: invalid JSON"
    assert D.main([str(a) for a in args]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert expected in err
    assert len(err.splitlines()) == 1, err
    assert "Traceback" not in err
    assert "usage:" not in err


def test_cli_exit_2_is_one_line_without_traceback(tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps(BASE), "utf-8")
    new = tmp_path / "new.jsonl"
    new.write_text(json.dumps(article("a")) + "\n{oops\n", "utf-8")
    r = cli(good, new)
    assert (r.returncode, r.stdout) == (2, "")
    assert r.stderr == f"article-extract diff: {new}:2: invalid JSON (Expecting property name " \
                       "enclosed in double quotes, line 1 column 2)\n"
