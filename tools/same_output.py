"""Show that a change keeps the tool's output: run the code at OLD_REF and the working tree
over the same articles and compare the JSON documents byte for byte.

    python tools/same_output.py [OLD_REF] [--corpus DIR ...] [--keep DIR]

OLD_REF defaults to HEAD. The old code is exported with `git archive` into a temporary folder
and imported from there (PYTHONPATH comes before the editable install), so nothing in the
checkout changes. Both sides run the batch CLI with one model load each; then every output file
is compared, and each differing article is shown with `article-extract diff` (facts, not bytes).
Exit status: 0 when every output is identical, 1 otherwise."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = ("corpus",)  # the batch CLI walks its subfolders (holdout/, real/) too


def export(ref: str, dest: Path) -> None:
    """The tree at `ref`, unpacked into `dest` (no worktree, no checkout change)."""
    archive = dest / "tree.tar"
    with archive.open("wb") as fh:
        subprocess.run(["git", "archive", "--format=tar", ref, "src"], cwd=ROOT, stdout=fh,
                       check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(dest, filter="data")
    archive.unlink()


def run(src: Path, corpora: list[str], out: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(src), PYTHONHASHSEED="0")
    cmd = [sys.executable, "-m", "article_extract", *corpora, "--out-dir", str(out), "--quiet"]
    done = subprocess.run(cmd, cwd=ROOT, env=env, check=False)
    if done.returncode not in (0, 1):
        raise SystemExit(f"same_output: {cmd} exited {done.returncode}")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("ref", nargs="?", default="HEAD")
    p.add_argument("--corpus", action="append", help="article folder or file (default: corpus/)")
    p.add_argument("--keep", type=Path, help="write both output trees here instead of a temp dir")
    args = p.parse_args()
    corpora = args.corpus or list(DEFAULT_CORPORA)
    with tempfile.TemporaryDirectory(prefix="same_output_") as tmp:
        base = args.keep or Path(tmp)
        old_src = Path(tmp) / "code"
        old_src.mkdir()
        export(args.ref, old_src)
        old, new = base / "old", base / "new"
        run(old_src / "src", corpora, old)
        run(ROOT / "src", corpora, new)
        old_files = {f.relative_to(old) for f in old.rglob("*.json")}
        new_files = {f.relative_to(new) for f in new.rglob("*.json")}
        changed = sorted(f for f in old_files & new_files
                         if (old / f).read_bytes() != (new / f).read_bytes())
        only = sorted(old_files ^ new_files)
        for f in changed:
            print(f"CHANGED {f}")
            subprocess.run([sys.executable, "-m", "article_extract", "diff", str(old / f),
                            str(new / f)], cwd=ROOT, check=False)
        for f in only:
            print(f"ONLY ON ONE SIDE {f}")
        same = len(old_files & new_files) - len(changed)
        print(f"same_output: {same} identical, {len(changed)} changed, {len(only)} on one side "
              f"(old = {args.ref}, new = working tree)")
        return 0 if not changed and not only else 1


if __name__ == "__main__":
    sys.exit(main())
