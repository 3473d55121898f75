"""article_extract.dask on Dask's local schedulers and on a real dask.distributed cluster:
one result dict per element, in order, equal to the one-process pipeline's JSON; a failed
article is its error record, in its place."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.bag")

import dask.bag as db

from article_extract.api import extract_many
from article_extract.dask import extract_bag
from article_extract.emit import to_json

ROOT = Path(__file__).resolve().parent.parent
NAMES = ["article.txt", "a01_harbor_of_tomorrow.txt", "a03_florist_next_door_ost.txt",
         "a07_winter_we_met_again.txt", "b08_low_tide_ost.txt", "c06_veldra_ashen_sky_ost.txt"]
# (title, tracks per tracklist) as the hand-written answers in tests/expected/ give them
EXPECTED = [
    ("Queen of Tears", [14, 19]),
    ("Harbor of Tomorrow", []),
    ("The Florist Next Door", [2, 2, 2]),
    ("The Winter We Met Again", [5, 6]),
    ("Low Tide (Original Motion Picture Soundtrack)", [8]),
    ("Veldra: The Ashen Sky", [6, 5]),
]


def _summary(results: list[dict[str, Any]]) -> list[tuple[str, list[int]]]:
    return [(r["work"]["title"], [len(t["tracks"]) for t in r["soundtrack"]["tracklists"]])
            for r in results]


@pytest.fixture(scope="module")
def paths() -> list[str]:
    return [str(ROOT / "corpus" / n) for n in NAMES]


@pytest.fixture(scope="module")
def serial(paths: list[str]) -> list[dict[str, Any]]:
    texts = [Path(p).read_text("utf-8") for p in paths]
    return [json.loads(to_json(a)) for a in extract_many(texts, source_paths=paths)]


def test_paths_synchronous(paths: list[str], serial: list[dict[str, Any]]) -> None:
    bag = extract_bag(db.from_sequence(paths, npartitions=3), paths=True)
    got = bag.compute(scheduler="synchronous")
    assert _summary(got) == EXPECTED
    assert [r["source"]["path"] for r in got] == paths
    assert got == serial  # the same documents the CLI writes
    seed = got[0]
    assert seed["work"]["kind"] == "series"
    assert seed["work"]["episodes"] == 16
    assert [t["declared_count"] for t in seed["soundtrack"]["tracklists"]] == [14, 40]


def test_texts_synchronous_loads_the_model_once(paths: list[str], serial: list[dict[str, Any]],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy

    loads: list[str] = []
    real_load = spacy.load

    def counting_load(name: str, **kw: Any) -> Any:
        loads.append(name)
        return real_load(name, **kw)

    monkeypatch.setattr(spacy, "load", counting_load)
    texts = [Path(p).read_text("utf-8") for p in paths]
    got = extract_bag(db.from_sequence(texts, npartitions=6)).compute(scheduler="synchronous")
    assert loads == []  # six partitions, and the process's model (loaded above) serves all
    assert _summary(got) == EXPECTED
    assert [r["source"]["path"] for r in got] == [None] * 6
    assert [{**r, "source": None} for r in got] == [{**r, "source": None} for r in serial]


def test_paths_processes(paths: list[str], serial: list[dict[str, Any]]) -> None:
    """Dask's local process pool: each worker process loads its own model once."""
    bag = extract_bag(db.from_sequence(paths, npartitions=3), paths=True)
    got = bag.compute(scheduler="processes", num_workers=2)
    assert _summary(got) == EXPECTED
    assert got == serial


def _bad_inputs(tmp_path: Path) -> list[str]:
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02 not text \x00")
    (tmp_path / "page.txt").write_text("<!doctype html><html><body>Hi</body></html>",
                                       encoding="utf-8")
    return [str(tmp_path / "missing.txt"), str(tmp_path / "binary.txt"), str(tmp_path / "page.txt")]


def test_bad_paths_are_error_records_in_place(paths: list[str], serial: list[dict[str, Any]],
                                              tmp_path: Path) -> None:
    """Issue 13: one bad file used to fail its whole task; now each is the CLI's --jsonl
    error record, in its place, and the articles around it are as usual."""
    missing, binary, page = _bad_inputs(tmp_path)
    items = [missing, paths[0], binary, page, paths[1], missing]
    got = extract_bag(db.from_sequence(items, npartitions=2), paths=True).compute(
        scheduler="synchronous")
    assert got[1] == serial[0] and got[4] == serial[1]
    assert [g for i, g in enumerate(got) if i not in (1, 4)] == [
        {"source": {"path": missing}, "error": {"code": "path",
                                                "message": f"{missing}: no such file"}},
        {"source": {"path": binary}, "error": {
            "code": "not_text", "message": f"{binary}: not text: the input contains NUL bytes"}},
        {"source": {"path": page}, "error": {
            "code": "not_text",
            "message": f"{page}: not text: looks like HTML (pass --html to extract from it)"}},
        {"source": {"path": missing}, "error": {"code": "path",
                                                "message": f"{missing}: no such file"}},
    ]


def test_a_slow_article_is_a_timeout_record(seed_text: str) -> None:
    """The budget applies per article: a text the model needs seconds for, with a 1 s
    budget, is stopped; the texts around it are done."""
    texts = [seed_text, seed_text * 80, seed_text]
    got = extract_bag(db.from_sequence(texts, npartitions=1), timeout=1).compute(
        scheduler="synchronous")
    assert got[1] == {"source": {"path": None}, "error": {
        "code": "timeout", "message": "<text>: timeout: stopped at its time budget of 1 s"}}
    assert got[0] == got[2] and got[0]["work"]["title"] == "Queen of Tears"


def test_reference_date_string_and_bad_arguments(seed_text: str) -> None:
    """Issue 13: a string reference date failed inside the worker with a TypeError; now it
    is taken, and a bad one is a ValueError when the graph is built."""
    got = extract_bag(db.from_sequence([seed_text]), reference_date="2024-06-03").compute(
        scheduler="synchronous")
    assert got[0]["meta"]["reference_date"] == "2024-06-03"
    with pytest.raises(ValueError, match=r"^reference_date must be a datetime\.date"):
        extract_bag(db.from_sequence([seed_text]), reference_date="3 June 2024")
    with pytest.raises(ValueError, match=r"^timeout must be"):
        extract_bag(db.from_sequence([seed_text]), timeout=-1)


def test_distributed_local_cluster(paths: list[str], serial: list[dict[str, Any]],
                                   tmp_path: Path, seed_text: str) -> None:
    """A real dask.distributed cluster with a worker process: its tasks run in a thread, where
    no signal reaches, so the budget is kept by the worker's own child process. Bad files
    and the slow article are records in place; the good articles equal the CLI's output."""
    distributed = pytest.importorskip("distributed")
    slow = tmp_path / "slow.txt"
    slow.write_text(seed_text * 80, encoding="utf-8")
    missing, binary, _ = _bad_inputs(tmp_path)
    items = [paths[0], missing, str(slow), paths[1], binary]
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster):
        got = extract_bag(db.from_sequence(items, npartitions=2), paths=True,
                          timeout=1).compute()
    assert [g.get("error", {}).get("code") for g in got] == [None, "path", "timeout", None,
                                                              "not_text"]
    assert got[2] == {"source": {"path": str(slow)}, "error": {
        "code": "timeout", "message": f"{slow}: timeout: stopped at its time budget of 1 s"}}
    assert (got[0], got[3]) == (serial[0], serial[1])
