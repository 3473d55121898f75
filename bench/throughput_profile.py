"""Where the time of `bench/throughput.py` goes: per pipeline stage (`--stages`) and per
function of ours under cProfile, with regex compiles traced to their line (`--profile N`).
Split from throughput.py, which runs these on request."""

from __future__ import annotations

import cProfile
import io
import pstats
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any


class _Sink(io.TextIOBase):
    """/dev/null that still makes every line exist (the work of building it is measured)."""

    def __init__(self) -> None:
        self.chars = 0

    def write(self, s: str) -> int:
        self.chars += len(s)
        return len(s)


def to_jsonl(articles: Iterable[Any], on_item: Callable[[], None] | None = None) -> None:
    """The JSONL a batch writes, into a sink: model_dump + one compact JSON line each."""
    from article_extract.emit import to_jsonl_line

    sink = _Sink()
    for i, art in enumerate(articles):
        sink.write(to_jsonl_line(art.model_dump(mode="json")))
        if on_item and i % 50 == 0:
            on_item()


# -- profile ----------------------------------------------------------------------------------

def stages(texts: list[str]) -> None:
    """Wall time per stage of extract_many, without a profiler's distortion: every function
    the pipeline module calls by name is wrapped with a timer, and spaCy's lazy `nlp.pipe`
    is timed per document it yields."""
    import inspect

    import article_extract.pipeline as pl
    from article_extract import nlp as nlp_mod
    from article_extract.api import extract_many

    spent: dict[str, float] = {}
    depth = [0]  # analyse is depth 0; only its direct callees (depth 1) are booked

    def timer(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapped(*a: Any, **k: Any) -> Any:
            depth[0] += 1
            t0 = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                depth[0] -= 1
                if depth[0] <= 1:
                    spent[name] = spent.get(name, 0.0) + time.perf_counter() - t0
        return wrapped

    nlp = nlp_mod.load()
    real_pipe = nlp.pipe

    def pipe(*a: Any, **k: Any) -> Iterator[Any]:
        it = real_pipe(*a, **k)
        while True:
            t0 = time.perf_counter()
            try:
                doc = next(it)
            except StopIteration:
                return
            finally:
                spent["spaCy nlp.pipe"] = spent.get("spaCy nlp.pipe", 0.0) + (
                    time.perf_counter() - t0)
            yield doc

    originals: dict[str, Callable[..., Any]] = {
        name: obj for name, obj in vars(pl).items()
                 if inspect.isfunction(obj) and obj.__module__.startswith("article_extract.")
                 and name not in ("extract", "extract_many", "analyse")}
    originals["analyse"] = pl.analyse
    dump: dict[str, float] = {}
    try:
        for name, fn in originals.items():
            setattr(pl, name, timer(name, fn))
        nlp.pipe = pipe  # type: ignore[method-assign]
        from article_extract.emit import to_jsonl_line

        t0 = time.perf_counter()
        for art in extract_many(texts):
            t1 = time.perf_counter()
            to_jsonl_line(art.model_dump(mode="json"))
            dump["x"] = dump.get("x", 0.0) + time.perf_counter() - t1
        total = time.perf_counter() - t0
    finally:
        for name, fn in originals.items():
            setattr(pl, name, fn)
        del nlp.pipe
    spent["model_dump + JSON line"] = dump.get("x", 0.0)
    analyse = spent.pop("analyse")
    inner = sum(v for k, v in spent.items() if k not in ("spaCy nlp.pipe", "segment",
                                                         "model_dump + JSON line"))
    spent["analyse: rest (assembly, Pydantic validation)"] = analyse - inner
    spent["other (windowing, generators)"] = total - analyse - sum(
        spent[k] for k in ("spaCy nlp.pipe", "segment", "model_dump + JSON line"))
    print(f"\nstages of extract_many -> JSONL, {len(texts)} articles, {total:.2f} s "
          f"({1000 * total / len(texts):.1f} ms/article), wall time per stage:")
    for name, secs in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {100 * secs / total:5.1f}%  {secs:7.2f} s  {1000 * secs / len(texts):6.2f} "
              f"ms/article  {name}")


def profile(texts: list[str]) -> None:
    """Where our time goes: cumulative share per article_extract function (cProfile), then,
    timed without the profiler, how much of a plain run is spent compiling regexes and from
    which line of ours."""
    from article_extract.api import extract_many

    prof = cProfile.Profile()
    prof.enable()
    to_jsonl(extract_many(texts))
    prof.disable()
    raw: dict[Any, Any] = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    total = max(v[3] for v in raw.values())
    print(f"\nprofile of {len(texts)} articles, {total:.2f} s under cProfile "
          "(cumulative share of the whole run)")
    rows = []
    for (file, line, func), (_cc, _nc, tt, ct, _callers) in raw.items():
        ours = "article_extract" in file and "bench" not in file
        if ours or (func == "pipe" and file.endswith("spacy/language.py")):
            short = file.split("src/")[-1].split("site-packages/")[-1]
            rows.append((ct, tt, f"{short}:{line}:{func}"))
    for ct, tt, name in sorted(rows, reverse=True)[:32]:
        print(f"  {100 * ct / total:5.1f}%  cum {ct:6.2f} s  self {tt:5.2f} s  {name}")

    rc: Any = sys.modules["re._compiler"]  # what re._compile calls; no stubs for it

    spent: dict[str, list[float]] = {}
    original = rc.compile

    def compile_timed(p: Any, flags: int = 0) -> Any:
        frame = sys._getframe(1)
        while frame.f_back and "/re/" in frame.f_code.co_filename:
            frame = frame.f_back
        where = (f"{frame.f_code.co_filename.split('src/')[-1]}:{frame.f_lineno}:"
                 f"{frame.f_code.co_name}")
        t0 = time.perf_counter()
        try:
            return original(p, flags)
        finally:
            rec = spent.setdefault(where, [0.0, 0.0])
            rec[0] += time.perf_counter() - t0
            rec[1] += 1

    rc.compile = compile_timed
    try:
        t0 = time.perf_counter()
        to_jsonl(extract_many(texts))
        plain = time.perf_counter() - t0
    finally:
        rc.compile = original
    secs = sum(v[0] for v in spent.values())
    calls = sum(v[1] for v in spent.values())
    print(f"\nregex compiles (no profiler): {calls:.0f} = {calls / len(texts):.0f} per article, "
          f"{secs:.2f} s = {100 * secs / plain:.1f}% of a {plain:.2f} s run; by caller:")
    for where, (s_, c_) in sorted(spent.items(), key=lambda kv: -kv[1][0])[:10]:
        print(f"  {100 * s_ / plain:5.1f}%  {s_:6.3f} s  {c_:6.0f} compiles  {where}")
