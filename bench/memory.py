"""Memory stays flat in a batch (issue 4): peak RSS of the real CLI over N and 10*N articles.

    python bench/memory.py                      # 2,000 vs 20,000 articles, one worker
    python bench/memory.py --small 200 --large 2000 --workers 2
    python bench/memory.py --article 1000000,5000000   # one long article (issue 13)

Articles are short synthetic ones cut from corpus/*.txt (one to three paragraphs; the corpus
repeated), written as files to a temporary folder and run as
`python -m article_extract DIR --jsonl -o FILE --quiet`. Peak RSS comes from the kernel's
accounting of the finished child (wait4), so it covers the whole run, model load included;
with --workers it is the parent's only (each worker is a separate process). Prints the
figures and exits 1 when the large run's peak exceeds the small one's by more than 15%.
Not a test: it takes minutes.

`--unique` gives every article a token never seen before ("Update 1234"). spaCy adds each
new string to its vocabulary for the life of the model (about 350 bytes per lexeme, measured
in-process), so that run shows how a growing vocabulary, as in real text, adds to the peak;
the default run has a fixed vocabulary and shows what our own code keeps per article.

`--article N,M,...` measures one article instead: the corpus's prose paragraphs repeated to N
characters,
run as `python -m article_extract FILE -o OUT --timeout 0`. It prints the peak RSS over that of
a one-line article (the model, the interpreter) and that extra as a multiple of the article's
size in characters; exits 1 when a multiple is over ARTICLE_LIMIT."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 1.15
# Peak RSS of one article over the model's, per character of the article: the documented
# bound (README, issue 13). spaCy's Docs for every chunk live until the rules have read them.
ARTICLE_LIMIT = 120.0


def synthetic(n: int, unique: bool = False) -> list[str]:
    """`n` short articles from the corpus: paragraphs 1..k of article i (numbered)."""
    sources = []
    for p in sorted((ROOT / "corpus").glob("*.txt")):
        paras = [x for x in p.read_text("utf-8").split("\n\n") if x.strip()]
        sources.append(paras)
    out = []
    for i in range(n):
        paras = sources[i % len(sources)]
        k = 1 + (i // len(sources)) % 3
        head = f"Update {i}\n\n" if unique else ""
        out.append(head + "\n\n".join(paras[:k]) + "\n")
    return out


def run(folder: Path, workers: int) -> tuple[float, float, int]:
    """(seconds, peak RSS in MiB, articles written) for one CLI run over `folder`."""
    out = folder.parent / f"{folder.name}.jsonl"
    cmd = [sys.executable, "-m", "article_extract", str(folder), "--jsonl", "-o", str(out),
           "--quiet", "--workers", str(workers)]
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.monotonic() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}")
    with open(out, "rb") as fh:
        written = sum(1 for _ in fh)
    return seconds, usage.ru_maxrss / 1024, written  # ru_maxrss is KiB on Linux


def one_article(path: Path) -> tuple[float, float]:
    """(seconds, peak RSS in MiB) of the CLI on one article."""
    out = path.with_suffix(".json")
    cmd = [sys.executable, "-m", "article_extract", str(path), "-o", str(out), "--timeout", "0"]
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.monotonic() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd)} failed")
    return seconds, usage.ru_maxrss / 1024


def articles(sizes: list[int]) -> int:
    from article_extract.segment import segment

    # the prose paragraphs only: a whole page repeated would turn into noise after its first
    # "Comments" line (a comment thread runs to the end of the page)
    prose = "\n\n".join(para.text for p in sorted((ROOT / "corpus").glob("*.txt"))
                         for para in segment(p.read_text("utf-8")).paragraphs)
    worst = 0.0
    with tempfile.TemporaryDirectory(prefix="article-extract-mem-") as tmp:
        base_file = Path(tmp) / "base.txt"
        base_file.write_text("Kim Soo-hyun stars in Queen of Tears.\n", encoding="utf-8")
        _, base = one_article(base_file)
        print(f"{'one-line article':>22}: peak RSS {base:7.1f} MiB (the model and the interpreter)")
        for n in sizes:
            path = Path(tmp) / f"a{n}.txt"
            path.write_text((prose * (n // len(prose) + 1))[:n], encoding="utf-8")
            seconds, peak = one_article(path)
            extra = peak - base
            per_char = extra * 2**20 / n
            worst = max(worst, per_char)
            print(f"{n:>12,d} characters: {seconds:6.1f} s  peak RSS {peak:7.1f} MiB, "
                  f"{extra:7.1f} MiB over the model = {per_char:5.1f} bytes per character",
                  flush=True)
    ok = worst <= ARTICLE_LIMIT
    print(f"largest: {worst:.1f} bytes of peak memory per character of the article (limit "
          f"{ARTICLE_LIMIT:g}) -> {'OK' if ok else 'FAIL'}")
    return 0 if ok else 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--small", type=int, default=2000)
    ap.add_argument("--large", type=int, default=20000)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs per size; the medians are compared (one run's peak varies by "
                         "some MiB with how nlp.pipe batches happen to line up)")
    ap.add_argument("--unique", action="store_true",
                    help="a new token in every article (spaCy's vocabulary grows)")
    ap.add_argument("--article", metavar="N,M", help="instead: one article of each of these "
                                                     "sizes in characters")
    args = ap.parse_args()
    if args.article:
        return articles([int(x.replace("_", "")) for x in args.article.split(",")])
    peaks: dict[str, list[float]] = {"small": [], "large": []}
    with tempfile.TemporaryDirectory(prefix="article-extract-mem-") as tmp:
        texts = synthetic(max(args.small, args.large), args.unique)
        words = [len(t.split()) for t in texts]
        folders = {}
        for label, n in (("model only", 1), ("small", args.small), ("large", args.large)):
            folder = Path(tmp) / f"n{n}"
            folder.mkdir()
            for i, text in enumerate(texts[:n]):
                (folder / f"a{i:06d}.txt").write_text(text, encoding="utf-8")
            folders[label] = (folder, n)
        plan = [("model only", 1)] + [(lab, 0) for _ in range(args.repeat)
                                      for lab in ("small", "large")]
        for label, _ in plan:
            folder, n = folders[label]
            seconds, peak, written = run(folder, args.workers)
            assert written == n, (written, n)
            if label in peaks:
                peaks[label].append(peak)
            print(f"{label:>10}: {n:6d} articles ({sum(words[:n]):7d} words)  "
                  f"{seconds:6.1f} s  {n / seconds:6.1f} articles/s  peak RSS {peak:6.1f} MiB",
                  flush=True)
    small, large = statistics.median(peaks["small"]), statistics.median(peaks["large"])
    ratio = large / small
    print(f"median peak RSS: {args.small} articles {small:.1f} MiB, {args.large} articles "
          f"{large:.1f} MiB; ratio {ratio:.3f} (limit {LIMIT:.2f}) -> "
          f"{'OK' if ratio <= LIMIT else 'FAIL'}")
    return 0 if ratio <= LIMIT else 1


if __name__ == "__main__":
    raise SystemExit(main())
