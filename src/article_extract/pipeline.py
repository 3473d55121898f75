"""The staged pipeline: read -> segment -> spaCy -> extract -> assemble -> validate."""

from __future__ import annotations

import hashlib
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from spacy.language import Language
from spacy.tokens import Doc

from . import nlp as nlp_mod
from .budget import (
    Overtime,
    article_budget,
    deadline,
)
from .context import build_context
from .contract import emitted, run_all
from .errors import ArticleError, ArticleTimeout, internal
from .lines import Line, Segments
from .models import Article
from .models import Warning as ArticleWarning
from .rules import RuleSet
from .segment import segment
from .version import __version__

NLP_BATCH = 64


def _set(doc: dict[str, Any], path: str, value: Any) -> None:
    *parents, leaf = path.split(".")
    node = doc
    for key in parents:
        node = node.setdefault(key, {})
    node[leaf] = value


MODEL_CHUNK = 50_000  # characters the model reads at once: bounds its memory and time
_LONG_RUN = re.compile(r"\S{80,}")
# 50 or more tokens in a row without a letter ("1. 1. 1.", "- - -", "• • •", "$ $ $", "| | |"):
# table borders and list debris. The model reads a name or a date in none of them, yet pays for
# each token (100,000 characters of "1. " took it 5 s); the rules read the input, not this.
# Each scan starts at a token's start and stops at the first token with a letter.
_NO_LETTER = r"(?:[^\w\s]|[\d_])+"
_LETTERLESS_RUN = re.compile(rf"(?<!\S){_NO_LETTER}(?:\s+{_NO_LETTER}){{49,}}(?!\S)")
_NON_SPACE = re.compile(r"\S")
# A run that repeats itself: one to twelve tokens, 20 times or more in a row ("Kim's Kim's ...",
# "feat. feat. ...", a tag cloud or a menu scraped again and again). The model reads no name in
# it that the text has not given once already, yet pays for every token (33,000 of "Kim's" took
# it 2.8 s). Each try is bounded (12 tokens of 30 characters, 20 repeats), so the scan is linear.
_REPEATED_RUN = re.compile(r"(?<!\S)((?:\S{1,30}\s{1,3}){1,12}?)\1{19,}")


def model_chunks(paragraphs: list[Line]) -> list[Line]:
    """Paragraphs cut into pieces of at most MODEL_CHUNK characters at a white space (a scraped
    page can hold one 1 MB line); offsets stay offsets into the input."""
    out: list[Line] = []
    for p in paragraphs:
        start = 0
        while len(p.text) - start > MODEL_CHUNK:
            cut = p.text.rfind(" ", start + MODEL_CHUNK // 2, start + MODEL_CHUNK)
            cut = cut if cut > start else start + MODEL_CHUNK
            out.append(Line(p.start + start, p.start + cut, p.text[start:cut], p.kind, p.rule))
            start = cut
        out.append(p if start == 0 else Line(p.start + start, p.end, p.text[start:], p.kind,
                                            p.rule))
    return out


def model_text(text: str) -> str:
    """The text the statistical model reads: runs of 80+ non-space characters (base64, a
    wall of brackets or emoji), runs that repeat themselves 20 times and runs of 50+ tokens
    without a letter become spaces of the same length (line breaks kept). spaCy's tokenizer
    strips affixes from a long run one character at a time, and no name or date lives in any
    of them; offsets are unchanged."""
    # each scan runs only where its run can be (the tokens tell cheaply; the regex's \s and
    # str.split() agree on what white space is): a paragraph seldom holds any of them
    tokens = text.split()
    if not tokens:
        return text
    if max(map(len, tokens)) >= 80:
        text = _LONG_RUN.sub(lambda m: " " * len(m.group(0)), text)
    if len(tokens) >= 20 and Counter(tokens).most_common(1)[0][1] >= 20:  # a unit's first token
        text = _REPEATED_RUN.sub(lambda m: _NON_SPACE.sub(" ", m.group(0)), text)
    if len(tokens) >= 50:
        text = _LETTERLESS_RUN.sub(lambda m: _NON_SPACE.sub(" ", m.group(0)), text)
    return text


def analyse(text: str, segments: Segments, docs: Iterable[tuple[Line, Doc]], *,
            nlp: Language, reference_date: date | None = None,
            source_path: str | None = None, rules: RuleSet | None = None) -> Article:
    """Everything after the statistical model: every registered extractor in dependency order
    (`contract.registry`), then one document assembled from what each contributes, validated."""
    ctx = build_context(text, segments, docs, reference_date, rules)
    out = emitted(run_all(ctx))
    model_name, model_version = nlp_mod.describe(nlp)
    doc: dict[str, Any] = {
        "meta": {"tool_version": __version__, "model": model_name,
                 "model_version": model_version},
        "source": {"path": source_path, "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                   "chars": len(text)},
    }
    for path, value in out.fields.items():
        _set(doc, path, value)
    doc["warnings"] = sorted(out.warnings, key=_warning_order)
    return Article.model_validate(doc)


def _warning_order(w: ArticleWarning) -> tuple[int, str, str]:
    return (w.evidence[0].start if w.evidence else -1, w.code, w.message)


Result = Article | ArticleError
Progress = Callable[[int, int, int], None]


WINDOW_CHARS = 100_000  # articles sharing nlp.pipe batches: bounds whose time a batch spends
LONG_BATCH_CHARS = 64_000  # a long article's pieces per batch: progress by chunk, same speed


@dataclass
class _Job:
    """One article inside `_extract_local`'s window."""

    index: int
    text: str
    path: str | None
    budget: float | None
    used: float = 0.0
    segs: Segments | None = None
    chunks: list[Line] = field(default_factory=list)
    error: ArticleError | None = None

    @property
    def name(self) -> str:
        return self.path if self.path is not None else "<text>"


def _extract_local(texts: Iterable[str], *, reference_date: date | None, model: str | None,
                   source_paths: Iterable[str | None] | None, timeout: float | None,
                   errors: Literal["raise", "yield"], progress: Progress | None = None,
                   on_phase: Callable[[int], None] | None = None) -> Iterator[Result]:
    """`extract_many` in this process. With a `timeout`, each article's segmentation and its
    model-and-rules phase run under `budget.deadline` (the caller checked `can_interrupt`);
    `on_phase(index)` marks the start of each (the worker process reports it, so the parent
    knows which article a stuck process is on)."""
    nlp = nlp_mod.load(model)
    paths = iter(source_paths) if source_paths is not None else None

    def fail(job: _Job, exc: BaseException) -> ArticleError:
        if isinstance(exc, Overtime):
            assert job.budget is not None
            return ArticleTimeout(job.name, job.budget)
        return internal(job.name, exc)

    def run(job: _Job, docs: Iterator[Doc], report: bool) -> Result:
        assert job.segs is not None
        if on_phase:
            on_phase(job.index)
        started = time.perf_counter()
        try:
            with deadline(None if job.budget is None else job.budget - job.used):
                pairs = []
                for k, c in enumerate(job.chunks):
                    pairs.append((c, next(docs)))
                    if progress is not None and report:
                        progress(job.index, k + 1, len(job.chunks))
                return analyse(job.text, job.segs, pairs, nlp=nlp,
                               reference_date=reference_date, source_path=job.path)
        except (Overtime, Exception) as exc:
            if errors == "raise" and not isinstance(exc, Overtime):
                raise
            return fail(job, exc)
        finally:
            job.used += time.perf_counter() - started

    def flush(jobs: list[_Job], batch_size: int = NLP_BATCH,
              report: bool = False) -> Iterator[Result]:
        i = 0
        while i < len(jobs):
            todo = jobs[i:]
            docs = nlp.pipe((model_text(c.text) for j in todo if j.error is None
                             for c in j.chunks), batch_size=batch_size)
            for job in todo:
                i += 1
                result = job.error if job.error is not None else run(job, docs, report)
                if isinstance(result, ArticleError) and errors == "raise":
                    raise result
                yield result
                if isinstance(result, ArticleError) and job.error is None:
                    break  # the model's stream may stop mid-article: start it again after it

    window: list[_Job] = []
    queued = chars = 0
    source = iter(texts)
    index = 0
    while True:
        try:
            text = next(source)
        except StopIteration:
            break
        except Exception:
            yield from flush(window)  # the articles read before a bad input are still delivered
            raise
        size = len(text) if isinstance(text, str) else 0
        job = _Job(index, text, next(paths, None) if paths else None,
                   article_budget(timeout, size))
        index += 1
        if on_phase:
            on_phase(job.index)
        started = time.perf_counter()
        try:
            with deadline(job.budget):
                job.segs = segment(text)
                job.chunks = model_chunks([*job.segs.paragraphs, *job.segs.cell_lines()])
        except (Overtime, Exception) as exc:
            if errors == "raise" and not isinstance(exc, Overtime):
                yield from flush(window)
                raise
            job.error = fail(job, exc)
        job.used = time.perf_counter() - started
        if size > MODEL_CHUNK:  # alone, in batches of about LONG_BATCH_CHARS: progress by piece
            yield from flush(window)
            window, queued, chars = [], 0, 0
            per = max(1, size // max(1, len(job.chunks)))
            yield from flush([job], max(1, min(NLP_BATCH, LONG_BATCH_CHARS // per)), report=True)
            continue
        if window and chars + size > WINDOW_CHARS:
            yield from flush(window)
            window, queued, chars = [], 0, 0
        window.append(job)
        queued += len(job.chunks)
        chars += size
        if queued >= NLP_BATCH:
            yield from flush(window)
            window, queued, chars = [], 0, 0
    if window:
        yield from flush(window)
