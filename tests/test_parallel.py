"""`workers > 1`: the same bytes in the same order as one process, streamed with a bounded
number of articles in flight. No timing here (bench/throughput.py measures speed)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Generator, Iterator
from datetime import date
from pathlib import Path

import pytest

from article_extract.api import extract_many, extract_parallel
from article_extract.emit import to_json
from article_extract.parallel import PREFETCH

ROOT = Path(__file__).resolve().parent.parent
PATHS = sorted((ROOT / "corpus").glob("*.txt"))


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    return [p.read_text("utf-8") for p in PATHS]


@pytest.fixture(scope="module")
def one_worker(corpus: list[str]) -> list[str]:
    names = [p.name for p in PATHS]
    return [to_json(a) for a in extract_many(corpus, workers=1, source_paths=names)]


def test_two_workers_byte_identical_in_order(corpus: list[str], one_worker: list[str]) -> None:
    names = [p.name for p in PATHS]
    two = [to_json(a) for a in extract_many(corpus, workers=2, source_paths=names)]
    assert len(two) == len(corpus) >= 28
    assert two == one_worker  # byte for byte, and in input order
    assert all(f'"path": "{n}"' in j for n, j in zip(names, two, strict=True))


def test_small_chunks_refill_in_order(corpus: list[str], one_worker: list[str]) -> None:
    """Many chunks (3 articles each) so queued work is refilled while results are consumed."""
    names = [p.name for p in PATHS]
    got = [to_json(a) for a in extract_parallel(iter(corpus), workers=2, chunk_size=3,
                                                source_paths=iter(names))]
    assert got == one_worker


def test_options_reach_the_workers(seed_text: str) -> None:
    ref = date(2024, 6, 3)
    serial = to_json(next(extract_many([seed_text], reference_date=ref)))
    par = [to_json(a) for a in extract_parallel([seed_text, seed_text], workers=2,
                                                chunk_size=1, reference_date=ref)]
    assert par == [serial, serial]
    assert '"reference_date": "2024-06-03"' in serial


def test_input_is_streamed_not_materialized(corpus: list[str]) -> None:
    pulled = 0

    def texts() -> Iterator[str]:
        nonlocal pulled
        for _ in range(10):
            for t in corpus:
                pulled += 1
                yield t

    gen = extract_parallel(texts(), workers=2, chunk_size=2)
    first = next(gen)
    # at most workers * PREFETCH chunks queued, plus the one refilled before yielding
    assert pulled <= (2 * PREFETCH + 1) * 2
    assert first.work.title == "Harbor of Tomorrow"
    assert isinstance(gen, Generator)
    gen.close()  # stopping early cancels queued work and shuts the pool down
    assert pulled < 10 * len(corpus)


def test_error_after_the_articles_before_it(corpus: list[str]) -> None:
    """Like one process: the articles before a failing input, then its exception."""
    bad: list[object] = [corpus[0], corpus[9], None, corpus[1]]
    for workers in (1, 2):
        got = []
        with pytest.raises(TypeError):
            for art in extract_parallel(bad, workers=workers,  # type: ignore[arg-type]
                                        chunk_size=4):
                got.append(art.work.title)
        assert got == ["Harbor of Tomorrow", "Queen of Tears"], workers


def test_input_error_after_the_articles_read_before_it(corpus: list[str]) -> None:
    """A failing input iterator (an unreadable file, say): what was read comes out first."""

    def texts() -> Iterator[str]:
        yield from corpus[:3]
        raise OSError("disk gone")

    for workers in (1, 2):
        got = []
        with pytest.raises(OSError, match="disk gone"):
            for art in extract_parallel(texts(), workers=workers, chunk_size=2):
                got.append(art.work.title)
        assert len(got) == 3, workers


def test_one_worker_runs_in_process(corpus: list[str], one_worker: list[str]) -> None:
    names = [p.name for p in PATHS]
    got = [to_json(a) for a in extract_parallel(corpus, workers=1, source_paths=names)]
    assert got == one_worker


# --- the time budget in worker processes (issue 13) ------------------------------------------

def _site(tmp_path: Path, code: str) -> str:
    """A sitecustomize for the worker processes only (they put our package first on
    PYTHONPATH and keep the rest), to make them misbehave on purpose."""
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "sitecustomize.py").write_text(code, encoding="utf-8")
    return str(folder)


def test_a_stuck_worker_is_killed_and_replaced(seed_text: str, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Work that no signal reaches (here: SIGALRM blocked in the workers, so their own budget
    never fires) is stopped by the parent GRACE seconds after the budget: that article gets
    a timeout record, a new worker takes over the rest, and the order is kept."""
    from article_extract import parallel

    monkeypatch.setenv("PYTHONPATH", _site(tmp_path, (
        "import signal\nsignal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})\n")))
    monkeypatch.setattr(parallel, "GRACE", 1.0)
    slow = seed_text * 80  # seconds of model time: far past 1 s + 1 s
    pool = parallel.Pool(2, timeout=1)
    try:
        items = [(seed_text, "a"), (slow, "b"), (seed_text, "c"), (seed_text, "d")]
        got = list(pool.run(items, chunk_size=1))
    finally:
        pool.close()
    assert [type(x).__name__ for x in got] == ["Article", "ArticleTimeout", "Article", "Article"]
    assert got[1].message == "b: timeout: stopped at its time budget of 1 s"  # type: ignore[union-attr]
    assert [to_json(x) for x in got[2:]] == [to_json(got[0]).replace('"a"', f'"{n}"')  # type: ignore[arg-type]
                                             for n in "cd"]
    assert pool.started == 3


def test_a_worker_that_dies_costs_one_article(seed_text: str, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPATH", _site(tmp_path, (
        "import os\nimport article_extract.pipeline as p\nreal = p.segment\n"
        "def segment(text):\n"
        "    if 'DIE-NOW' in text:\n        os._exit(3)\n    return real(text)\n"
        "p.segment = segment\n")))
    got = list(extract_many([seed_text, "DIE-NOW", seed_text], workers=2, errors="yield",
                            source_paths=["a", "b", "c"]))
    assert [type(x).__name__ for x in got] == ["Article", "InternalError", "Article"]
    assert got[1].message == ("b: internal error: RuntimeError: the worker process died "  # type: ignore[union-attr]
                              "(exit code 3)")


def test_a_script_needs_no_main_guard(tmp_path: Path) -> None:
    """Workers are fresh interpreters that never import the calling script: a script without
    `if __name__ == "__main__":` works (with multiprocessing's spawn it ended in a
    BrokenProcessPool traceback)."""
    script = tmp_path / "no_guard.py"
    script.write_text(
        "from article_extract import extract_many\n"
        f"texts = [open({str(ROOT / 'corpus' / 'article.txt')!r}, encoding='utf-8').read()] * 3\n"
        "print([a.work.title for a in extract_many(texts, workers=2)])\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=300, cwd=tmp_path)
    assert (proc.returncode, proc.stdout, proc.stderr) == (
        0, "['Queen of Tears', 'Queen of Tears', 'Queen of Tears']\n", "")
