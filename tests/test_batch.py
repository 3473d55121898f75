"""Batch runs (issue 4's batch interface, issue 5's "batches never lose work"): inputs
expanded in a fixed order, one result per article in input order, error records that let the
batch go on, atomic output, --resume after SIGKILL, a clean stop on SIGINT."""

from __future__ import annotations

import io
import json
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from article_extract import pipeline
from article_extract.api import extract
from article_extract.batch import (
    BatchOptions,
    Entry,
    JsonlSink,
    Stop,
    expand,
    run_batch,
)
from article_extract.emit import to_json
from article_extract.errors import PathError
from tests.cli_run import cli, on_a_terminal

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted((ROOT / "corpus").glob("*.txt"))
SEED = ROOT / "corpus" / "article.txt"
SUMMARY = re.compile(r"article-extract: (done|interrupted): (\d+) articles, (\d+) failed, "
                     r"(\d+) skipped, \d+\.\d seconds")


def counts(line: str) -> tuple[str, int, int, int]:
    m = SUMMARY.fullmatch(line)
    assert m is not None, line
    return m.group(1), int(m.group(2)), int(m.group(3)), int(m.group(4))


def short_articles() -> list[str]:
    """The corpus, each cut to its first three paragraphs: real text, quick to extract."""
    out = []
    for p in CORPUS:
        paras = [x for x in p.read_text("utf-8").split("\n\n") if x.strip()]
        out.append("\n\n".join(paras[:3]) + "\n")
    return out


def make_articles(folder: Path, n: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    texts = short_articles()
    names = []
    for i in range(n):
        name = f"art{i:03d}.txt"
        (folder / name).write_text(texts[i % len(texts)], encoding="utf-8")
        names.append(name)
    return names


# --- which inputs, in which order ---------------------------------------------------------

def _tree(root: Path) -> None:
    for rel in ("lib/b.txt", "lib/a.txt", "lib/sub/c.txt", "lib/.hidden/d.txt", "lib/.e.txt",
                "lib/notes.md", "other/x.txt", "other/y.txt", "other/z.md"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text("The drama Queen of Tears aired on tvN on March 9, 2024.\n")


def test_expand_files_folders_globs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    got = list(expand(["other/z.md", "lib", "other/*.txt", "nothing*.txt", "-", "gone.txt"]))
    assert [(e.path, e.out_stem) for e in got] == [
        ("other/z.md", "z"),
        ("lib/a.txt", "a"), ("lib/b.txt", "b"), ("lib/sub/c.txt", "sub/c"),  # recursive, sorted
        ("other/x.txt", "x"), ("other/y.txt", "y"),
        ("nothing*.txt", ""),
        (None, "stdin"),
        ("gone.txt", "gone"),  # fails when read, in its turn
    ]
    assert [e.error.message if e.error else None for e in got] == [
        None, None, None, None, None, None, "nothing*.txt: no files match", None, None]


def test_expand_from_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "list.txt").write_text("other/y.txt\r\n\nlib/sub\n")
    stdin = io.BytesIO(b"other/x.txt\nother/*.txt\n")
    got = list(expand(["list.txt", "-", "missing-list"], from_list=True, stdin=stdin))
    assert [(e.path, e.error.message if e.error else None) for e in got] == [
        ("other/y.txt", None), ("lib/sub/c.txt", None),
        ("other/x.txt", None), ("other/*.txt", None),  # listed paths are taken literally
        ("missing-list", "missing-list: cannot read list: no such file"),
    ]


def test_cli_batch_sources_and_errors(tmp_path: Path) -> None:
    """Folders, globs and a list on stdin in one run; each failure is a record in its place,
    one stderr line, and exit 1."""
    _tree(tmp_path)
    (tmp_path / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "page.txt").write_text("<html><body><p>Queen of Tears</p></body></html>")
    (tmp_path / "long.txt").write_text("Queen of Tears aired on tvN. " * 10)
    r = cli("lib", "other/*.txt", "bin.txt", "nope.txt", "page.txt", "long.txt", "none*.txt",
            "--jsonl", "--max-chars", "200", cwd=tmp_path)
    assert r.code == 1
    recs = r.lines()
    assert [x["source"]["path"] for x in recs] == [
        "lib/a.txt", "lib/b.txt", "lib/sub/c.txt", "other/x.txt", "other/y.txt", "bin.txt",
        "nope.txt", "page.txt", "long.txt", "none*.txt"]
    assert [(x["work"]["title"], x["work"]["platforms"], [d["value"] for d in x["dates"]])
            for x in recs[:5]] == [("Queen of Tears", ["tvN"], ["2024-03-09"])] * 5
    errors = [
        ("not_text", "bin.txt: not text: the input contains NUL bytes"),
        ("path", "nope.txt: no such file"),
        ("not_text", "page.txt: not text: looks like HTML (pass --html to extract from it)"),
        ("too_large", "long.txt: too large: 290 characters, more than --max-chars 200"),
        ("path", "none*.txt: no files match"),
    ]
    assert recs[5:] == [{"source": {"path": recs[5 + i]["source"]["path"]},
                         "error": {"code": c, "message": m}} for i, (c, m) in enumerate(errors)]
    *lines, last = r.err.rstrip("\n").split("\n")
    assert lines == [f"article-extract: {m}" for _, m in errors]
    assert counts(last) == ("done", 10, 5, 0)


def test_from_list_on_stdin(tmp_path: Path) -> None:
    _tree(tmp_path)
    r = cli("--from-list", "--jsonl", stdin=b"other/y.txt\nlib/sub\n", cwd=tmp_path)
    assert r.code == 0
    assert [x["source"]["path"] for x in r.lines()] == ["other/y.txt", "lib/sub/c.txt"]
    assert counts(r.err.rstrip("\n")) == ("done", 2, 0, 0)


# --- --out-dir ---------------------------------------------------------------------------

def test_out_dir_matches_single_article_output(tmp_path: Path) -> None:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    texts = short_articles()[:3]
    for name, text in zip(("a.txt", "b.txt", "sub/c.txt"), texts, strict=True):
        (src / name).write_text(text, encoding="utf-8")
    r = cli("in", "--out-dir", "out", cwd=tmp_path)
    assert (r.code, r.out) == (0, b"")
    assert counts(r.err.rstrip("\n")) == ("done", 3, 0, 0)
    out = tmp_path / "out"
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*")) == [
        "a.json", "b.json", "sub", "sub/c.json"]  # same stems, subfolders kept, no temp files
    for name, text in zip(("a", "b", "sub/c"), texts, strict=True):
        expected = to_json(extract(text, source_path=f"in/{name}.txt"))
        assert (out / f"{name}.json").read_text("utf-8") == expected  # byte for byte


def test_out_dir_name_clash_is_an_error_not_an_overwrite(tmp_path: Path) -> None:
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "x.txt").write_text(f"Queen of Tears {d} aired on tvN.\n")
    r = cli("a/x.txt", "b/x.txt", "--out-dir", "out", cwd=tmp_path)
    assert r.code == 1
    assert r.err.split("\n")[0] == ("article-extract: b/x.txt: output out/x.json belongs to an "
                                    "earlier input with the same name")
    assert json.loads((tmp_path / "out" / "x.json").read_text())["source"]["path"] == "a/x.txt"


def test_out_dir_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("")
    r = cli(SEED, "--out-dir", tmp_path / "f")
    assert (r.code, r.err) == (2, f"article-extract: {tmp_path}/f: is not a directory\n")


# --- --resume ------------------------------------------------------------------------------

def test_resume_out_dir_skips_valid_outputs_only(tmp_path: Path) -> None:
    names = make_articles(tmp_path / "in", 4)
    out = tmp_path / "out"
    out.mkdir()
    (out / "art000.json").write_text('{"schema_version": "1.0"}')  # valid: kept as is
    (out / "art001.json").write_text('{"schema_version": "1.0", "me')  # truncated: redone
    (out / "art002.json").write_text("")  # empty: redone
    r = cli("in", "--out-dir", "out", "--resume", cwd=tmp_path)
    assert r.code == 0
    assert counts(r.err.rstrip("\n")) == ("done", 3, 0, 1)
    assert (out / "art000.json").read_text() == '{"schema_version": "1.0"}'
    for name in names[1:]:
        doc = json.loads((out / name.replace(".txt", ".json")).read_text("utf-8"))
        assert doc["source"]["path"] == f"in/{name}"


def test_resume_jsonl_keeps_finished_lines(tmp_path: Path) -> None:
    names = make_articles(tmp_path / "in", 4)
    first = cli("in/art000.txt", "--jsonl", cwd=tmp_path).out
    partial = tmp_path / "out.jsonl.partial"
    partial.write_bytes(
        first
        + b'{"source":{"path":"in/art001.txt"},"error":{"code":"internal","message":"x"}}\n'
        + first[:-1].replace(b"art000", b"art002")[:200])  # cut off by a kill
    r = cli("in", "--jsonl", "-o", "out.jsonl", "--resume", cwd=tmp_path)
    assert (r.code, r.out) == (0, b"")
    assert counts(r.err.rstrip("\n")) == ("done", 3, 0, 1)
    assert not partial.exists()
    data = (tmp_path / "out.jsonl").read_bytes()
    assert data.startswith(first)  # the finished line, byte for byte
    recs = [json.loads(x) for x in data.decode("utf-8").splitlines()]
    assert [x["source"]["path"] for x in recs] == [f"in/{n}" for n in names]
    assert all("error" not in x for x in recs)


# --- SIGKILL and SIGINT mid-batch ----------------------------------------------------------

def _start(args: list[str], cwd: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "article_extract", *args], cwd=cwd,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def _wait_for(cond: Any, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        assert proc.poll() is None, "the batch ended before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.005)


N_KILL = 150


def test_sigkill_leaves_no_truncated_json_and_resume_finishes(tmp_path: Path) -> None:
    names = make_articles(tmp_path / "in", N_KILL)
    out = tmp_path / "out"
    proc = _start(["in", "--out-dir", "out"], tmp_path)
    _wait_for(lambda: out.is_dir() and any(out.glob("*.json")), proc)
    proc.kill()
    proc.communicate(timeout=30)
    written = sorted(out.glob("*.json"))
    assert 0 < len(written) < N_KILL
    for p in written:
        assert json.loads(p.read_bytes())["source"]["path"] == f"in/{p.stem}.txt"
    r = cli("in", "--out-dir", "out", "--resume", cwd=tmp_path)
    assert r.code == 0
    assert counts(r.err.rstrip("\n")) == ("done", N_KILL - len(written), 0, len(written))
    assert sorted(p.name for p in out.glob("*.json")) == [n[:-4] + ".json" for n in names]


def test_sigkill_jsonl_keeps_finished_lines_and_resume_finishes(tmp_path: Path) -> None:
    names = make_articles(tmp_path / "in", N_KILL)
    partial = tmp_path / "out.jsonl.partial"
    proc = _start(["in", "--jsonl", "-o", "out.jsonl"], tmp_path)
    _wait_for(lambda: partial.exists() and partial.stat().st_size > 0, proc)
    proc.kill()
    proc.communicate(timeout=30)
    assert not (tmp_path / "out.jsonl").exists()  # never a half-written FILE
    lines = partial.read_bytes().split(b"\n")
    done = [json.loads(x) for x in lines[:-1]]  # every complete line is a whole document
    assert 0 < len(done) < N_KILL
    r = cli("in", "--jsonl", "-o", "out.jsonl", "--resume", cwd=tmp_path)
    assert r.code == 0
    assert counts(r.err.rstrip("\n")) == ("done", N_KILL - len(done), 0, len(done))
    recs = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text("utf-8").splitlines()]
    assert [x["source"]["path"] for x in recs] == [f"in/{n}" for n in names]


def test_sigint_stops_after_the_current_article_with_a_summary(tmp_path: Path) -> None:
    make_articles(tmp_path / "in", N_KILL)
    out = tmp_path / "out"
    proc = _start(["in", "--out-dir", "out"], tmp_path)
    _wait_for(lambda: out.is_dir() and any(out.glob("*.json")), proc)
    proc.send_signal(signal.SIGINT)
    _, err_bytes = proc.communicate(timeout=60)
    err = err_bytes.decode("utf-8")
    assert "Traceback" not in err
    assert proc.returncode == 130
    written = sorted(out.glob("*.json"))
    assert err.split("\n")[-2:] == ["", ""] or err.endswith("\n")
    state, articles, failed, skipped = counts(err.rstrip("\n").split("\n")[-1])
    assert (state, articles, failed, skipped) == ("interrupted", len(written), 0, 0)
    assert 0 < len(written) < N_KILL
    assert "article-extract: stopping after the current article" in err
    for p in written:
        json.loads(p.read_bytes())
    r = cli("in", "--out-dir", "out", "--resume", cwd=tmp_path)
    assert r.code == 0
    assert counts(r.err.rstrip("\n")) == ("done", N_KILL - len(written), 0, len(written))


# --- progress, quiet, workers ----------------------------------------------------------------

def test_progress_bar_only_on_a_terminal(tmp_path: Path) -> None:
    make_articles(tmp_path / "in", 3)
    code, out, tty = on_a_terminal(["in", "--jsonl"], tmp_path, columns=100, timeout=60)
    assert code == 0
    assert len(out.splitlines()) == 3  # the bar never touches stdout
    assert "3/3" in tty and "article/s" in tty and "100%" in tty
    assert "article-extract: done: 3 articles, 0 failed, 0 skipped" in tty
    assert "Traceback" not in tty


def test_quiet_prints_nothing_but_errors(tmp_path: Path) -> None:
    make_articles(tmp_path / "in", 2)
    ok = cli("in", "--jsonl", "--quiet", cwd=tmp_path)
    assert (ok.code, ok.err, len(ok.lines())) == (0, "", 2)
    bad = cli("in", "missing.txt", "--jsonl", "-q", cwd=tmp_path)
    assert (bad.code, bad.err) == (1, "article-extract: missing.txt: no such file\n")


def test_two_workers_write_the_same_bytes(tmp_path: Path) -> None:
    pytest.importorskip("article_extract.parallel")
    make_articles(tmp_path / "in", 12)
    (tmp_path / "in" / "art005.txt").write_bytes(b"\x00\x01binary")
    one = cli("in", "--jsonl", "--workers", "1", cwd=tmp_path)
    two = cli("in", "--jsonl", "--workers", "2", cwd=tmp_path)
    assert (one.code, two.code) == (1, 1)
    assert two.out == one.out
    assert [x["source"]["path"] for x in two.lines()] == [f"in/art{i:03d}.txt" for i in range(12)]


# --- in-process: the runner's own logic ------------------------------------------------------

def _entries(tmp_path: Path, texts: list[str]) -> Iterator[Entry]:
    for i, text in enumerate(texts):
        p = tmp_path / f"t{i}.txt"
        p.write_text(text, encoding="utf-8")
        yield Entry(str(p), p.stem)


def test_a_pipeline_failure_is_one_error_record(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The failing article shares an nlp.pipe window with others; only it fails, the batch
    goes on, and the records stay in input order."""
    real = pipeline.analyse

    def analyse(text: str, *args: Any, **kwargs: Any) -> Any:
        if "BOOM" in text:
            raise ValueError("boom\nsecond line")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(pipeline, "analyse", analyse)
    texts = short_articles()[:6]
    texts[2] = texts[2] + "BOOM\n"
    stream = io.BytesIO()
    sink = JsonlSink(None, stream=stream)
    said: list[str] = []
    summary = run_batch(list(_entries(tmp_path, texts)), sink, BatchOptions(), say=said.append)
    recs = [json.loads(x) for x in stream.getvalue().decode().splitlines()]
    assert [x["source"]["path"] for x in recs] == [str(tmp_path / f"t{i}.txt") for i in range(6)]
    assert recs[2] == {"source": {"path": str(tmp_path / "t2.txt")},
                       "error": {"code": "internal", "message": f"{tmp_path}/t2.txt: internal "
                                 "error: ValueError: boom second line"}}
    assert [("error" in x) for x in recs] == [False, False, True, False, False, False]
    assert said == [f"article-extract: {tmp_path}/t2.txt: internal error: ValueError: boom "
                    "second line"]
    assert (summary.articles, summary.failed, summary.skipped, summary.interrupted) == (
        6, 1, 0, False)


def test_stop_request_ends_after_the_current_article(tmp_path: Path) -> None:
    stop = Stop()
    stream = io.BytesIO()
    summary = run_batch(list(_entries(tmp_path, short_articles()[:5])),
                        JsonlSink(None, stream=stream), BatchOptions(), stop=stop,
                        tick=lambda: setattr(stop, "requested", True))
    assert (summary.articles, summary.interrupted) == (1, True)
    assert len(stream.getvalue().splitlines()) == 1


def test_unlistable_input_error_is_a_record(tmp_path: Path) -> None:
    stream = io.BytesIO()
    entries = [Entry("x*", "", PathError("x*: no files match"))]
    summary = run_batch(entries, JsonlSink(None, stream=stream), BatchOptions(), say=lambda _: None)
    assert json.loads(stream.getvalue()) == {"source": {"path": "x*"}, "error": {
        "code": "path", "message": "x*: no files match"}}
    assert (summary.articles, summary.failed) == (1, 1)


# --- the time budget (issue 13) --------------------------------------------------------------

@pytest.mark.parametrize("workers", ["1", "2"])
def test_an_article_over_budget_is_a_timeout_record(tmp_path: Path, workers: str) -> None:
    """The batch goes on after it; with --workers 2 too (there the worker stops the article
    itself, and would be replaced if it could not)."""
    make_articles(tmp_path / "in", 4)
    (tmp_path / "in" / "art001.txt").write_text(short_articles()[0] * 400, encoding="utf-8")
    r = cli("in", "--jsonl", "--timeout", "1", "--workers", workers, cwd=tmp_path, timeout=180)
    assert r.code == 1
    recs = r.lines()
    assert [x["source"]["path"] for x in recs] == [f"in/art{i:03d}.txt" for i in range(4)]
    assert recs[1] == {"source": {"path": "in/art001.txt"}, "error": {
        "code": "timeout", "message": "in/art001.txt: timeout: stopped at its time budget of 1 s"}}
    assert ["error" in x for x in recs] == [False, True, False, False]
    assert r.err.splitlines()[0] == ("article-extract: in/art001.txt: timeout: stopped at its "
                                     "time budget of 1 s")
    assert counts(r.err.splitlines()[-1]) == ("done", 4, 1, 0)


def test_a_long_article_in_a_batch_shows_its_chunks(tmp_path: Path) -> None:
    make_articles(tmp_path / "in", 3)
    (tmp_path / "in" / "art001.txt").write_text(short_articles()[0] * 200, encoding="utf-8")
    code, out, tty = on_a_terminal(["in", "--jsonl", "-o", "out.jsonl"], tmp_path)
    assert (code, out) == (0, b"")
    assert len((tmp_path / "out.jsonl").read_bytes().splitlines()) == 3
    assert re.search(r"long article: \d+/\d+ chunks", tty)
    assert "3/3" in tty and "Traceback" not in tty
