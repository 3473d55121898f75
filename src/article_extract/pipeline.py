"""The staged pipeline: read -> segment -> spaCy -> extract -> assemble -> validate."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from . import nlp as nlp_mod
from .context import build_context
from .contract import emitted, run_all
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
    wall of brackets or emoji) become spaces of the same length. spaCy's tokenizer strips
    affixes from such a run one character at a time, and no name or date lives in one;
    offsets are unchanged."""
    return _LONG_RUN.sub(lambda m: " " * len(m.group(0)), text)


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


def extract(text: str, *, reference_date: date | None = None, model: str | None = None,
            source_path: str | None = None) -> Article:
    """Extract one article. The model is loaded once per process and cached."""
    return next(extract_many([text], reference_date=reference_date, model=model,
                             source_paths=[source_path]))


def extract_many(texts: Iterable[str], *, reference_date: date | None = None,
                 model: str | None = None, workers: int = 1,
                 source_paths: Iterable[str | None] | None = None) -> Iterator[Article]:
    """Stream articles through one `nlp.pipe`, paragraph by paragraph, keeping input order;
    `workers > 1` spreads them over processes (one model each), still in input order.

    Paragraphs of consecutive articles share `nlp.pipe` batches (a window of about
    NLP_BATCH paragraphs): one article alone fills a batch poorly, and one pipe call per
    article cost 5% more model time (bench/throughput.py --extras). spaCy's results do not
    depend on batch composition."""
    if workers > 1:
        from .parallel import extract_parallel

        yield from extract_parallel(texts, workers=workers, reference_date=reference_date,
                                    model=model, source_paths=source_paths)
        return
    nlp = nlp_mod.load(model)
    paths = iter(source_paths) if source_paths is not None else None
    window: list[tuple[str, Segments, str | None]] = []
    queued = 0

    def flush() -> Iterator[Article]:
        docs = nlp.pipe([model_text(c.text) for _, segs, _ in window
                         for c in model_chunks(segs.paragraphs)], batch_size=NLP_BATCH)
        for text, segs, path in window:
            pairs = [(c, next(docs)) for c in model_chunks(segs.paragraphs)]
            yield analyse(text, segs, pairs, nlp=nlp, reference_date=reference_date,
                          source_path=path)

    source = iter(texts)
    while True:
        try:
            text = next(source)
            segs = segment(text)
        except StopIteration:
            break
        except Exception:
            yield from flush()  # the articles read before a bad input are still delivered
            raise
        window.append((text, segs, next(paths, None) if paths else None))
        queued += len(segs.paragraphs)
        if queued >= NLP_BATCH:
            yield from flush()
            window, queued = [], 0
    if window:
        yield from flush()
