"""Evaluate the extractor on a corpus with hand-written answers (docs/annotation.md).

    python -m article_extract.evaluate corpus/ tests/expected/ [--min-f1 0.9] [--details]

Prints precision, recall and F1 per category and overall (micro-averaged over facts), then
the misses and false hits; exits 1 when overall F1 is under --min-f1."""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CATEGORIES = ("main_work", "kind", "dates", "money", "budget", "cast", "known_for", "artists",
              "groups", "songs", "tracks", "tracklists", "episodes", "platforms", "filming")

Fact = tuple[Any, ...]


def norm(s: object) -> str:
    text = unicodedata.normalize("NFKC", str(s))
    text = text.translate(str.maketrans("’‘“”–—", "''\"\"--"))
    return re.sub(r"\s+", " ", text).strip().casefold()


def _money(m: dict[str, Any] | None) -> Fact | None:
    if not m:
        return None
    return (float(m["amount"]), m["currency"], m["qualifier"])


def facts_from_answer(ans: dict[str, Any]) -> dict[str, set[Fact]]:
    """Facts of an answer file (docs/annotation.md)."""
    w = ans["work"]
    return _facts(
        title=w.get("title"), kind=w.get("kind"), dates=ans.get("dates", []),
        money=ans.get("money", []), budget=w.get("budget"), cast=ans.get("cast", []),
        artists=ans.get("artists", []), songs=ans.get("songs", []),
        tracklists=[(t["disc"], t.get("declared_count"), t.get("complete"), t["tracks"])
                    for t in ans.get("tracklists", [])],
        episodes=w.get("episodes"), platforms=w.get("platforms", []),
        filming=w.get("filming_locations", []))


def facts_from_output(out: dict[str, Any], *,
                      normalize: Callable[[object], str] = norm) -> dict[str, set[Fact]]:
    """Facts of the tool's JSON output, in the same terms as an answer file. `normalize`
    turns names and titles into comparable values (the diff passes one that also keeps the
    value as written, for its report)."""
    w = out["work"]
    st = out["soundtrack"]
    return _facts(
        title=w.get("title"), kind=w.get("kind"),
        dates=[d["value"] for d in out["dates"] if d.get("value")],
        money=out["money"], budget=w.get("budget"), cast=w["cast"], artists=st["artists"],
        songs=st["songs"],
        tracklists=[(t["disc"], t["declared_count"], t["complete"],
                     [x["title"] for x in t["tracks"]]) for t in st["tracklists"]],
        episodes=w.get("episodes"), platforms=w["platforms"], filming=w["filming_locations"],
        normalize=normalize)


def _facts(*, title: Any, kind: Any, dates: Iterable[str], money: Iterable[dict[str, Any]],
           budget: dict[str, Any] | None, cast: Iterable[dict[str, Any]],
           artists: Iterable[dict[str, Any]], songs: Iterable[dict[str, Any]],
           tracklists: Iterable[tuple[int, Any, Any, list[str]]], episodes: Any,
           platforms: Iterable[str], filming: Iterable[str],
           normalize: Callable[[object], str] = norm) -> dict[str, set[Fact]]:
    norm = normalize  # the names and titles below are compared as `normalize` makes them
    f: dict[str, set[Fact]] = {c: set() for c in CATEGORIES}
    if title:
        f["main_work"].add((norm(title),))
    if kind:
        f["kind"].add((kind,))
    f["dates"] = {(d,) for d in dates}
    f["money"] = {m for x in money if (m := _money(x))}
    b = _money(budget)
    if b:
        f["budget"].add(b)
    cast = list(cast)
    f["cast"] = {(norm(c["name"]),) for c in cast}
    f["known_for"] = {(norm(c["name"]), norm(k)) for c in cast for k in c.get("known_for", [])}
    artists = list(artists)
    f["artists"] = {(norm(a["name"]),) for a in artists}
    f["groups"] = {(norm(a["name"]), norm(a["group"])) for a in artists if a.get("group")}
    f["songs"] = {(norm(s["title"]), norm(p)) for s in songs for p in s.get("performers", [])}
    for disc, declared, complete, tracks in tracklists:
        f["tracklists"].add((disc, declared, complete, len(tracks)))
        for i, t in enumerate(tracks, 1):
            f["tracks"].add((disc, i, norm(t)))
    if episodes is not None:
        f["episodes"].add((episodes,))
    f["platforms"] = {(norm(p),) for p in platforms}
    f["filming"] = {(norm(p),) for p in filming}
    return f


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


def evaluate(corpus: Path, expected: Path, *, model: str | None = None) -> Report:
    from .emit import to_json
    from .pipeline import extract_many
    from .reader import read_source

    answers = sorted(expected.glob("*.json"))
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
    args = p.parse_args(argv)
    report = evaluate(args.corpus, args.expected, model=args.model)
    print(f"{report.articles} articles")
    print(report.table())
    if args.details:
        for label, rows in (("MISS", report.misses), ("FALSE", report.false_hits)):
            for name, cat, fact in rows:
                print(f"{label:5} {name:<36} {cat:<10} {fact}")
    return 0 if report.overall.f1 >= args.min_f1 else 1


if __name__ == "__main__":
    sys.exit(main())
