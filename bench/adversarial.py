"""Adversarial inputs (issue 13): long runs of one piece, timed at 10k, 100k and 1M characters.

    python bench/adversarial.py                          # every case, 10k and 100k characters
    python bench/adversarial.py --sizes 10k,100k,1M --cap 120
    python bench/adversarial.py --cases spaces,kim --contexts alone --sizes 10k   # a quick run
    python bench/adversarial.py --list                   # the pieces and contexts

Scraped pages carry long runs of layout whitespace, repeated punctuation and table debris; a
rule whose regex backtracks over such a run takes time that grows with the square (or worse)
of its length. Each case is one piece repeated to the size, placed in a context: `alone` (the
run is the whole article), `words` (a word before it, two after: "Lee <run> Min-ho stars"),
`list` (the run is the middle entry of a tracklist block). Every case runs the whole pipeline
(`extract`) in a worker process that keeps the model loaded; a case over `--cap` seconds is
stopped (the worker is killed and replaced) and reported as "> cap", together with the
function it was stuck in (from a faulthandler dump taken before the kill). A size whose
smaller size already went over the cap is not run.

Printed per case: the seconds at each size, split into segment / model / rules at the largest
size that finished, and the ratio between consecutive sizes (10 for linear time; the issue's
bar is 1M within 20x its 100k time and every 100k case under 2 s). Not a test:
tests/test_adversarial.py holds the 100k cases to a generous wall limit."""

from __future__ import annotations

import argparse
import contextlib
import itertools
import multiprocessing
import os
import signal
import sys
import tempfile
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

PIECES: dict[str, str] = {
    "spaces": " ",
    "tabs": "\t",
    "nbsp": "\u00a0",
    "blank_lines": "\n",
    "space_lines": "        \n",
    "capitalised": "Moon River Star Light Golden Hour ",
    "kim": "Kim ",
    "hyphens": "-",
    "apostrophes": "Kim's ",
    "straight_dquotes": '"',
    "straight_squotes": "'",
    "curly_dquotes": "\u201c\u201d",
    "curly_squotes": "\u2018\u2019",
    "curly_open": "\u201c",
    "quoted_titles": "\u201cNight Harbor\u201d ",  # a possessive search per quote rescanned the sentence
    "backtick_titles": "``Night Harbor\u2019\u2019 ",
    "commas": ",",
    "parens_open": "(",
    "parens_close": ")",
    "parens_nested": "()",  # special-cased: all the opens, then all the closes
    "brackets": "[]",
    "brackets_open": "[",
    "digits": "0123456789",
    "en_dashes": "\u2013",
    "em_dashes": "\u2014",
    "figure_dashes": "\u2012",
    "bars": "\u2015",
    "minus_signs": "\u2212",
    "feat": "feat. ",
    "numbered": "1. ",
    "dash_markers": "- ",
    "bullets": "\u2022 ",
    "dollars": "$",
    "won_signs": "\u20a9",
    "won": "won ",
    "months": "January February March April May June July August September October "
              "November December ",
    "scripts": "Kim \uae40\uc218\ud604 \u91d1\u79c0\u8ce2 \u041a\u0438\u043c "
               "\u039a\u03b9\u03bc \u0643\u064a\u0645 \u0915\u093f\u092e ",
}
CONTEXTS = ("alone", "words", "list")
SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000}


def run_of(piece: str, size: int) -> str:
    """`piece` repeated to exactly `size` characters (nested parentheses: opens, then closes)."""
    if piece == "()":
        return "(" * (size // 2) + ")" * (size - size // 2)
    return (piece * (size // len(piece) + 1))[:size]


def case_text(piece: str, context: str, size: int) -> str:
    run = run_of(piece, size)
    if context == "alone":
        return run
    if context == "words":
        return f"Lee{run}Min-ho stars" if piece.isspace() else f"Lee {run} Min-ho stars"
    if context == "list":
        return ("The drama's OST album has 3 tracks.\n\nTracklist:\n1. Golden Hour - Kim Soo\n"
                f"2. {run}\n3. Starlight - Park Min\n")
    raise ValueError(f"unknown context {context!r}")


# -- the worker: the model stays loaded across cases ------------------------------------------

def _worker(conn: Connection, dump_path: str) -> None:
    import faulthandler

    from article_extract import nlp as nlp_mod
    from article_extract.emit import to_json
    from article_extract.pipeline import analyse, model_chunks, model_text
    from article_extract.segment import segment

    dump = open(dump_path, "w")  # noqa: SIM115 - lives as long as the process
    faulthandler.register(signal.SIGUSR1, file=dump, all_threads=False)
    nlp = nlp_mod.load()
    list(nlp.pipe(["Warm-up: Kim Soo-hyun stars in Queen of Tears on tvN."]))
    conn.send("ready")
    while True:
        try:
            text = conn.recv()
        except EOFError:
            return
        t0 = time.perf_counter()
        segs = segment(text)
        t1 = time.perf_counter()
        chunks = model_chunks([*segs.paragraphs, *segs.cell_lines()])
        docs = list(nlp.pipe([model_text(c.text) for c in chunks], batch_size=1))
        t2 = time.perf_counter()
        to_json(analyse(text, segs, list(zip(chunks, docs, strict=True)), nlp=nlp))
        t3 = time.perf_counter()
        conn.send((t1 - t0, t2 - t1, t3 - t2))


@dataclass
class Result:
    seconds: float | None  # None: over the cap
    split: tuple[float, float, float] | None = None  # segment, model, rules
    stuck: str = ""


class Runner:
    """One worker process at a time; killed and replaced when a case goes over the cap."""

    def __init__(self, cap: float) -> None:
        self.cap = cap
        self.ctx = multiprocessing.get_context("spawn")
        self.tmp = tempfile.mkdtemp(prefix="adversarial-")
        self.proc: Any = None
        self.conn: Connection | None = None
        self.starts = 0

    def _start(self) -> None:
        self.starts += 1
        self.dump = os.path.join(self.tmp, f"dump{self.starts}.txt")
        parent, child = self.ctx.Pipe()
        self.proc = self.ctx.Process(target=_worker, args=(child, self.dump), daemon=True)
        self.proc.start()
        child.close()
        self.conn = parent
        if parent.recv() != "ready":
            raise SystemExit("the worker did not start")

    def run(self, text: str) -> Result:
        if self.conn is None:
            self._start()
        assert self.conn is not None
        t0 = time.perf_counter()
        self.conn.send(text)
        if self.conn.poll(self.cap):
            split = self.conn.recv()
            return Result(time.perf_counter() - t0, split)
        os.kill(self.proc.pid, signal.SIGUSR1)  # faulthandler: where is it stuck?
        time.sleep(0.5)
        self.stop()
        return Result(None, stuck=where_stuck(Path(self.dump).read_text(errors="replace")))

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.join()
        if self.conn is not None:
            self.conn.close()
        self.proc = self.conn = None


def where_stuck(dump: str) -> str:
    """The innermost article_extract frame of a faulthandler dump ('cast.py:123 find_cast'),
    else the innermost frame at all ('spacy/language.py:1620 pipe': inside the model)."""
    frames = []
    for line in dump.splitlines():
        line = line.strip()
        if line.startswith("File "):
            path, _, rest = line[len("File "):].partition(", line ")
            num, _, func = rest.partition(" in ")
            frames.append((path.strip(chr(34)), num, func))
    for path, num, func in frames:
        if "article_extract" in path:
            return f"{Path(path).name}:{num} {func}"
    if frames:
        path, num, func = frames[0]
        return f"{'/'.join(Path(path).parts[-2:])}:{num} {func}"
    return "?"


def fmt(r: Result | None, cap: float) -> str:
    if r is None:
        return "-"
    return f"> {cap:g}" if r.seconds is None else f"{r.seconds:.2f}"


def parse_list(value: str, allowed: list[str], what: str) -> list[str]:
    if value == "all":
        return allowed
    out = [v.strip() for v in value.split(",") if v.strip()]
    bad = [v for v in out if v not in allowed]
    if bad:
        raise SystemExit(f"unknown {what}: {', '.join(bad)} (choose from {', '.join(allowed)})")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10k,100k", help="comma-separated from 10k,100k,1M "
                                                         "(default 10k,100k)")
    ap.add_argument("--cases", default="all", help="comma-separated piece names (--list)")
    ap.add_argument("--contexts", default="all", help="comma-separated from "
                                                      + ",".join(CONTEXTS))
    ap.add_argument("--cap", type=float, default=30.0,
                    help="seconds per case before it is stopped and reported as '> cap'")
    ap.add_argument("--list", action="store_true", help="print the pieces and contexts")
    ap.add_argument("-o", "--output", help="also write the table to this file")
    args = ap.parse_args(argv)
    if args.list:
        for name, piece in PIECES.items():
            print(f"{name:<18} {piece!r}")
        print("contexts:", ", ".join(CONTEXTS))
        return 0
    sizes = parse_list(args.sizes, list(SIZES), "size")
    sizes.sort(key=SIZES.__getitem__)
    cases = parse_list(args.cases, list(PIECES), "case")
    contexts = parse_list(args.contexts, list(CONTEXTS), "context")

    lines: list[str] = []

    def out(line: str) -> None:
        print(line, flush=True)
        lines.append(line)

    runner = Runner(args.cap)
    head = (f"{'case':<18} {'context':<7} " + " ".join(f"{s:>8}" for s in sizes)
            + "".join(f" {f'{b}/{a}':>9}" for a, b in itertools.pairwise(sizes))
            + f"  {'segment/model/rules s (largest finished)':<42} stuck in")
    out(f"# bench/adversarial.py --sizes {','.join(sizes)} --cap {args.cap:g}; "
        f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.2f}; "
        f"{time.strftime('%Y-%m-%d')}")
    out(head)
    worst: list[tuple[float, str]] = []
    started = time.perf_counter()
    try:
        for name in cases:
            for context in contexts:
                results: dict[str, Result | None] = {}
                over = False
                for s in sizes:
                    if over:
                        results[s] = None
                        continue
                    r = runner.run(case_text(PIECES[name], context, SIZES[s]))
                    results[s] = r
                    over = r.seconds is None
                    worst.append((r.seconds if r.seconds is not None else float("inf"),
                                  f"{name}/{context}/{s}"))
                ratios = []
                for a, b in itertools.pairwise(sizes):
                    ra, rb = results[a], results[b]
                    if ra and rb and ra.seconds and rb.seconds:
                        ratios.append(f"{rb.seconds / ra.seconds:9.1f}")
                    elif ra and ra.seconds and rb and rb.seconds is None:
                        ratios.append(f"{'> ' + format(args.cap / ra.seconds, '.0f'):>9}")
                    else:
                        ratios.append(f"{'-':>9}")
                done = [results[s] for s in sizes if results[s] and results[s].seconds]  # type: ignore[union-attr]
                split = ""
                if done and done[-1] and done[-1].split:
                    split = "/".join(f"{x:.2f}" for x in done[-1].split)
                stuck = next((r.stuck for r in results.values() if r and r.stuck), "")
                out(f"{name:<18} {context:<7} "
                    + " ".join(f"{fmt(results[s], args.cap):>8}" for s in sizes)
                    + " " + " ".join(ratios) + f"  {split:<42} {stuck}")
    except KeyboardInterrupt:
        out("(interrupted)")
    finally:
        runner.stop()
    worst.sort(reverse=True)
    out("")
    out("slowest cases: " + "; ".join(
        f"{label} {'> cap' if s == float('inf') else f'{s:.2f} s'}" for s, label in worst[:12]))
    over_cap = sum(1 for s, _ in worst if s == float("inf"))
    out(f"{len(worst)} runs, {over_cap} over the {args.cap:g} s cap; "
        f"{time.perf_counter() - started:.0f} s in all")
    if args.output:
        Path(args.output).write_text("\n".join(lines) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    with contextlib.suppress(BrokenPipeError):
        sys.exit(main())
