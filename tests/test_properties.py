"""Properties for arbitrary text (issue 5), with hypothesis, bounded so CI stays fast:
random unicode, token soup built from what the rules look for, and mutations of the corpus
articles (deleted lines, shuffled paragraphs, doubled whitespace, injected noise, cut-offs,
other line ends). For each: the pipeline never raises, the output validates against the
committed schema, every evidence span is exactly `input[start:end]`, and the output is
byte-identical across two runs and across PYTHONHASHSEED values."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from functools import cache
from pathlib import Path

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from article_extract.api import extract
from article_extract.emit import article_line, to_json
from tests.conftest import evidence_spans

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted((ROOT / "corpus").glob("*.txt"))

BOUNDED = settings(max_examples=60, deadline=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

NOISE_LINES = [
    "Advertisement", "ADVERTISEMENT", "Read more: The 10 best K-dramas of 2024",
    "Share on Facebook", "Subscribe to our newsletter", "© 2024 Daily Star Media",
    "We use cookies to improve your experience.", "Photo: tvN", "Trending now",
    "Skip to content", "| | |", "…", "1.", "CD1:", "Tracklist", "(", "“", "$", "₩ 1",
    "Posted by admin on March 3, 2024", "Kim Soo-hyun (김수현) 🎬", "\t", "—",
]
TOKENS = [
    "Queen", "of", "Tears", "Kim", "Soo-hyun", "Ji-won", "starring", "stars", "drama", "film",
    "album", "OST", "Part", "feat.", "sung", "by", "and", "&", ",", ".", "(", ")", "“", "”",
    '"', "'", "’s", "March", "9,", "2024", "2024-03-09", "next", "month", "last", "year",
    "$48", "million", "₩56", "billion", "€", "¥", "budget", "episodes", "16", "Netflix",
    "tvN", "filmed", "in", "Germany", "Seoul", "CD1:", "1.", "2.", "-", "–", "—", "\n",
    "\n\n", "\r\n", "\r", "\t", "…", "etc.", "and more", "김수현", "눈물의", "😭", "🎬", "ﬁ",
    "\u200b", "\u2028", "é", "İ", "ß",
]


@cache
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads((ROOT / "schemas" / "article.schema.json").read_text("utf-8"))
    return jsonschema.Draft202012Validator(schema)


@cache
def corpus() -> tuple[str, ...]:
    return tuple(p.read_text("utf-8") for p in CORPUS)


def check(text: str) -> None:
    """All four properties for one input."""
    first = to_json(extract(text))  # never raises: an exception fails the example
    doc = json.loads(first)
    validator().validate(doc)
    assert doc["source"]["chars"] == len(text)
    for s in evidence_spans(doc):
        assert 0 <= s["start"] <= s["end"] <= len(text)
        assert text[s["start"] : s["end"]] == s["text"]
    assert to_json(extract(text)) == first


MUTATIONS = ("delete_lines", "shuffle_paragraphs", "double_whitespace", "inject_noise",
             "cut", "crlf", "cr", "unicode_noise")


def mutate(text: str, ops: list[str], rng: random.Random) -> str:
    """Apply mutation operators in order; `rng` decides where."""
    for op in ops:
        lines = text.split("\n")
        if op == "delete_lines" and lines:
            keep = [ln for ln in lines if rng.random() > 0.25]
            text = "\n".join(keep)
        elif op == "shuffle_paragraphs":
            paras = text.split("\n\n")
            rng.shuffle(paras)
            text = "\n\n".join(paras)
        elif op == "double_whitespace":
            text = "".join(c * 2 if c in " \n" and rng.random() < 0.5 else c for c in text)
        elif op == "inject_noise":
            for _ in range(rng.randint(1, 6)):
                lines.insert(rng.randint(0, len(lines)), rng.choice(NOISE_LINES))
            text = "\n".join(lines)
        elif op == "cut" and text:
            a = rng.randrange(len(text))
            text = text[a:] if rng.random() < 0.5 else text[:a]
        elif op == "crlf":
            text = text.replace("\n", "\r\n")
        elif op == "cr":
            text = text.replace("\n", "\r")
        elif op == "unicode_noise" and text:
            for _ in range(rng.randint(1, 8)):
                i = rng.randrange(len(text))
                text = text[:i] + rng.choice(TOKENS) + text[i:]
    return text


@BOUNDED
@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=400))
def test_random_unicode(text: str) -> None:
    check(text)


@BOUNDED
@given(st.lists(st.one_of(st.sampled_from(TOKENS),
                          st.text(st.characters(exclude_categories=("Cs",)), max_size=4)),
                max_size=120).map(" ".join))
def test_token_soup(text: str) -> None:
    check(text)


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.integers(0, 10**6), st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=4),
       st.integers(0, 2**32 - 1))
def test_mutated_corpus(which: int, ops: list[str], seed: int) -> None:
    texts = corpus()
    check(mutate(texts[which % len(texts)], ops, random.Random(seed)))


def _samples() -> list[str]:
    """A fixed, varied set for the cross-process check: mutations and token soup."""
    rng = random.Random(20240603)
    texts = list(corpus())
    out = [mutate(rng.choice(texts), rng.sample(MUTATIONS, rng.randint(1, 3)), rng)
           for _ in range(16)]
    out += [" ".join(rng.choice(TOKENS) for _ in range(rng.randint(5, 150))) for _ in range(8)]
    return out + texts[:6]


def test_identical_across_hash_seeds(tmp_path: Path) -> None:
    """Three PYTHONHASHSEED values (0, 4242 and this process's random one): the same bytes.
    Set and dict iteration over strings differs between them; the output must not."""
    texts = _samples()
    names = []
    for i, text in enumerate(texts):
        name = f"s{i:02d}.txt"
        (tmp_path / name).write_bytes(text.encode("utf-8"))
        names.append(name)
    outputs = []
    for seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run([sys.executable, "-m", "article_extract", *names, "--jsonl",
                               "--quiet"], cwd=tmp_path, env=env, capture_output=True,
                              timeout=120, check=False)
        assert (proc.returncode, proc.stderr) == (0, b"")
        outputs.append(proc.stdout)
    assert outputs[0] == outputs[1]
    here = "".join(article_line(extract(t, source_path=n)) for t, n in zip(texts, names,
                                                                              strict=True))
    assert outputs[0].decode("utf-8") == here
    assert len(outputs[0].splitlines()) == len(texts)
