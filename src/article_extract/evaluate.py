"""Evaluate the extractor on a corpus with hand-written answers (docs/annotation.md).

    python -m article_extract.evaluate corpus/ tests/expected/ [--min-f1 0.9] [--details]

Prints precision, recall and F1 per category and overall (micro-averaged over facts), then
the misses and false hits; exits 1 when overall F1 is under --min-f1."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .contract import Fact, categories, category_names, norm

__all__ = ["CATEGORIES", "Fact", "Report", "Score", "evaluate", "facts_from_answer",
           "facts_from_output", "main", "norm"]

CATEGORIES: tuple[str, ...] = category_names()  # from the extractor registry, in report order


def facts_from_answer(ans: dict[str, Any]) -> dict[str, set[Fact]]:
    """Facts of an answer file (docs/annotation.md); a category whose key the file lacks is
    not scored (left out)."""
    return {c.name: set(c.from_answer(ans, norm)) for c in categories() if c.scored(ans)}


def facts_from_output(out: dict[str, Any], *,
                      normalize: Callable[[object], Any] = norm) -> dict[str, set[Fact]]:
    """Facts of the tool's JSON output, in the same terms as an answer file. `normalize`
    turns names and titles into comparable values (the diff passes one that also keeps the
    value as written, for its report)."""
    return {c.name: set(c.from_output(out, normalize)) for c in categories()}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=lambda: {c: Score() for c in CATEGORIES})
    misses: list[tuple[str, str, Fact]] = field(default_factory=list)
    false_hits: list[tuple[str, str, Fact]] = field(default_factory=list)
    articles: int = 0

    @property
    def overall(self) -> Score:
        s = Score()
        for sc in self.scores.values():
            s.tp, s.fp, s.fn = s.tp + sc.tp, s.fp + sc.fp, s.fn + sc.fn
        return s

    def add(self, name: str, gold: dict[str, set[Fact]], got: dict[str, set[Fact]]) -> None:
        self.articles += 1
        for c in CATEGORIES:
            if c not in gold:
                continue  # the answer file does not annotate this category
            g, o = gold[c], got[c]
            sc = self.scores[c]
            sc.tp += len(g & o)
            sc.fp += len(o - g)
            sc.fn += len(g - o)
            self.misses += [(name, c, x) for x in sorted(g - o, key=repr)]
            self.false_hits += [(name, c, x) for x in sorted(o - g, key=repr)]

    def table(self) -> str:
        rows = [f"{'category':<12} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
        for c in CATEGORIES:
            s = self.scores[c]
            rows.append(f"{c:<12} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
                        f"{s.tp:5d} {s.fp:5d} {s.fn:5d}")
        o = self.overall
        rows.append(f"{'overall':<12} {o.precision:6.3f} {o.recall:6.3f} {o.f1:6.3f} "
                    f"{o.tp:5d} {o.fp:5d} {o.fn:5d}")
        return "\n".join(rows)


def evaluate(corpus: Path, expected: Path, *, model: str | None = None,
             only: Sequence[str] | None = None) -> Report:
    """Score the articles of `corpus` that have an answer in `expected` (only the stems in
    `only`, when given)."""
    from .api import extract_many
    from .emit import to_json
    from .reader import read_source

    answers = sorted(a for a in expected.glob("*.json") if only is None or a.stem in only)
    texts: list[str] = []
    for a in answers:
        texts.append(read_source(str(corpus / f"{a.stem}.txt"))[0])
    report = Report()
    for a, art in zip(answers, extract_many(texts, model=model), strict=True):
        gold = facts_from_answer(json.loads(a.read_text("utf-8")))
        got = facts_from_output(json.loads(to_json(art)))
        report.add(a.stem, gold, got)
    return report


def main(argv: Sequence[str] | None = None, *, prog: str = "python -m article_extract.evaluate"
         ) -> int:
    p = argparse.ArgumentParser(
        prog=prog, description="Score the extractor on a corpus against hand-written answers "
                               "(docs/annotation.md): precision, recall and F1 per category.")
    p.add_argument("corpus", type=Path, help="folder of article .txt files")
    p.add_argument("expected", type=Path, help="folder of answer .json files, one per article")
    p.add_argument("--min-f1", type=float, default=0.0, help="exit 1 when overall F1 is lower")
    p.add_argument("--details", action="store_true", help="list every miss and false hit")
    p.add_argument("--model")
    p.add_argument("--batch", help="score one batch of the corpus's batches.json "
                                   "(the blind protocol: corpus/real/BLIND.md)")
    args = p.parse_args(argv)
    only = None
    if args.batch:
        batches = json.loads((args.corpus / "batches.json").read_text("utf-8"))
        only = batches[args.batch]
    report = evaluate(args.corpus, args.expected, model=args.model, only=only)
    print(f"{report.articles} articles")
    print(report.table())
    if args.details:
        for label, rows in (("MISS", report.misses), ("FALSE", report.false_hits)):
            for name, cat, fact in rows:
                print(f"{label:5} {name:<36} {cat:<10} {fact}")
    return 0 if report.overall.f1 >= args.min_f1 else 1


if __name__ == "__main__":
    sys.exit(main())
