"""article_extract.dask on Dask's local schedulers: one result dict per element, in order,
equal to the one-process pipeline's JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.bag")

import dask.bag as db

from article_extract.dask import extract_bag
from article_extract.emit import to_json
from article_extract.pipeline import extract_many

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


def test_bad_path_fails_the_task(tmp_path: Path) -> None:
    from article_extract.errors import PathError

    bag = extract_bag(db.from_sequence([str(tmp_path / "missing.txt")]), paths=True)
    with pytest.raises(PathError):
        bag.compute(scheduler="synchronous")
